// refnet reads its own CSV export back (issue 11, csv33): a library of real
// fixtures exported with every column of `--columns`, imported into a fresh
// library, gives the same fields, work by work.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "refnet/exporter.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

nlohmann::json list_json(const std::string& lib) {
  auto r = run_refnet("list --format json --library '" + lib + "'");
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

// The names as a CSV cell can hold them: "particle family", given, suffix,
// or the literal (affiliations and ORCIDs are no CSV column; which words of
// "Van der Woerdt" are the particle is not written).
std::vector<std::string> names_of(const nlohmann::json& w, const char* field) {
  std::vector<std::string> out;
  if (!w.contains(field)) return out;
  auto part = [](const nlohmann::json& c, const char* p) { return c.contains(p) ? c.at(p).get<std::string>() : ""; };
  for (const auto& c : w.at(field)) {
    std::string family = part(c, "particle").empty() ? part(c, "family") : part(c, "particle") + " " + part(c, "family");
    out.push_back(part(c, "literal") + family + "|" + part(c, "given") + "|" + part(c, "suffix"));
  }
  return out;
}

}  // namespace

TEST_CASE("csv33: every column of refnet's CSV export is read back into the field it came from",
          "[csv][csv33]") {
  // Real exports: a Zotero BibTeX (1,000 records, keys of its own), Web of
  // Science tagged text (UT, J9, AR), a Scopus CSV (EID, Art. No.) and
  // PubMed's MEDLINE (PMID, PMCID).  Before: container empty for every
  // work, type 'document' for 1,234 of 1,294, keys regenerated (1,000),
  // wos_ut (236), container_short (246), number (26), scopus_eid (8) lost.
  TempDir d;
  const std::string a = d / "a.sqlite", b = d / "b.sqlite", csv = d / "all.csv";
  auto imp = run_refnet("import --library '" + a + "' '" + fixture("corpora/asysd__zotero_export.bib") + "' '" +
                        fixture("wos/pybibx__wos.txt") + "' '" + fixture("corpora/bibliometrix__scopus_sample.csv") +
                        "' '" + fixture("corpora/citation-file-formatting__pubmed.txt") + "'");
  REQUIRE((imp.status == 0 || imp.status == 3));
  std::string columns = csv_column_list();
  columns.erase(std::remove(columns.begin(), columns.end(), ' '), columns.end());
  auto ex = run_refnet("export --library '" + a + "' --format csv --columns " + columns + " -o '" + csv + "'");
  REQUIRE(ex.status == 0);
  auto back = run_refnet("import --library '" + b + "' '" + csv + "'");
  INFO(back.err);
  REQUIRE(back.status == 0);
  // The columns that are facts of the work, not of its record (id in the
  // library, sources, format, tags, screening, notes) or counted from another
  // (nrefs) are kept in extra and said, once a file.
  // (tags, decision, reason and notes are empty here: nothing to keep, nothing said.)
  CHECK(back.err.find("columns \"id\", \"nrefs\", \"sources\", \"format\" not read into a field") != std::string::npos);

  const nlohmann::json before = list_json(a), after = list_json(b);
  REQUIRE(before.size() == after.size());
  REQUIRE(before.size() > 1200);
  std::map<std::string, nlohmann::json> by_key;
  for (const auto& w : after) by_key[w.at("citekey").get<std::string>()] = w;
  std::map<std::string, int> differ;
  const char* fields[] = {"type", "title", "container_title", "container_title_short", "issued", "volume", "issue",
                          "pages", "number", "publisher", "publisher_place", "doi", "pmid", "pmcid", "wos_ut",
                          "scopus_eid", "issn", "isbn", "url", "language", "keywords", "abstract"};
  std::size_t with = 0;
  for (const auto& w : before) {
    const std::string key = w.at("citekey");
    auto it = by_key.find(key);
    if (it == by_key.end()) {
      ++differ["citekey"];
      continue;
    }
    const nlohmann::json& v = it->second;
    for (const char* f : fields) {
      const nlohmann::json x = w.contains(f) ? w.at(f) : nlohmann::json(), y = v.contains(f) ? v.at(f) : nlohmann::json();
      if (x != y) {
        if (++differ[f] <= 2) UNSCOPED_INFO(key << " " << f << ": " << x.dump() << " -> " << y.dump());
      }
    }
    for (const char* f : {"authors", "editors"})
      if (names_of(w, f) != names_of(v, f)) ++differ[f];
    const std::size_t n = w.contains("references") ? w.at("references").size() : 0;
    if (n != (v.contains("references") ? v.at("references").size() : 0)) ++differ["references"];
    with += n > 0;
  }
  CHECK(with > 200);
  std::string said;
  for (const auto& [f, n] : differ) said += f + ": " + std::to_string(n) + " works; ";
  CHECK(said == "");
}

TEST_CASE("csv33: refnet's TSV with few columns is refnet's table: key, number, literal names, dates, references",
          "[csv][csv33]") {
  // What `export --format tsv --columns key,title,wos_ut,number,issue,authors,date,references` writes.
  // Before (e8320d7): key, wos_ut and references kept in extra, number read as the issue, the organisation a
  // person, the date's range and text lost.
  Parsed p = parse_string(
      "key\ttitle\twos_ut\tnumber\tissue\tauthors\tdate\treferences\r\n"
      "kassen2018promoting\tPromoting public cooperation\tWOS:000432100600007\t117527\t2\t"
      "Kassen, Maxat; World Health Organization\t2023-04/2023-06 (2023 Apr-Jun)\t"
      "\"Aria M.; Cuccurullo C., Bibliometrix, J Informetr, 11, (2017)\nNew M, 1999, J CLIMATE, V12, P829, DOI "
      "10.1175/1520-0442(1999)012<0829:RTCSTC>2.0.CO;2\"\r\n",
      Format::table_csv);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.citekey == "kassen2018promoting");
  CHECK(r.wos_ut == "WOS:000432100600007");
  CHECK(r.number == "117527");
  CHECK(r.issue == "2");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Kassen");
  CHECK(r.authors[1].literal == "World Health Organization");
  CHECK(r.issued.year == 2023);
  CHECK(r.issued.end_month == 6);
  CHECK(r.issued.text == "2023 Apr-Jun");
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[1].raw.find("CO;2") != std::string::npos);
  CHECK(p.diags.warnings() == 0);
}
