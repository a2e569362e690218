// Re-imports and naming works (update11): an older export imported after a
// newer one leaves the newer in the view (the databases' own export dates
// decide), a BibTeX re-export joins its entry by key, title and year, works
// are named by WoS UT, Scopus EID, PMID and PMCID, and --json prints JSON.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "library_state.hpp"
#include "support.hpp"

using refnet::test::fixture;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {

const std::string kWos = fixture("corpora/decolonizing-expertise__savedrecs.txt");
const std::string kMedline = fixture("corpora/pybibx__mcda_pubmed.txt");
const std::string kScopus = fixture("corpora/poultrybibliometric__scopus.csv");

std::string q(const std::string& s) { return "'" + s + "'"; }

// `path`'s text with every match of `re` replaced, written to dir/name.
std::string rewritten(const TempDir& d, const std::string& name, const std::string& path,
                      std::initializer_list<std::pair<const char*, const char*>> subs) {
  std::string text = slurp(path);
  for (auto [re, by] : subs) {
    std::string t = std::regex_replace(text, std::regex(re), by);
    REQUIRE(t != text);
    text = std::move(t);
  }
  std::string out = d / name;
  { std::ofstream(out, std::ios::binary) << text; }
  return out;
}

std::string pages_of(refnet::test::CliLibrary& lib, const std::string& work) {
  return nlohmann::json::parse(lib.run("show", "--json " + q(work)).out).at(0).value("pages", "");
}

}  // namespace

TEST_CASE("an older Web of Science export imported after a newer one leaves the newer one in the view", "[cli]") {
  TempDir d;
  // The same search exported in March 2021: page 121 where WoS later corrected it, no citations yet.
  const std::string march = rewritten(d, "savedrecs-march.txt", kWos,
                                      {{"\nDA 2022-10-05", "\nDA 2021-03-01"}, {"\nTC [0-9]+", "\nTC 0"},
                                       {"\nBP 119\nEP 122\n", "\nBP 119\nEP 121\n"}});
  const std::string ut = "WOS:A1996UP02800003";

  refnet::test::CliLibrary newer_first;
  newer_first.run("import", q(kWos));
  auto again = newer_first.run("import", q(march));
  CHECK_THAT(again.out, Catch::Contains("50 merged by identifier, 0 updated (50 older than the export their works hold, "
                                        "kept behind it)"));
  CHECK(pages_of(newer_first, ut) == "119-122");
  CHECK(newer_first.scalar("SELECT count(*) FROM works WHERE merged_into IS NULL") == 50);
  // The older values stay as the sources' alternatives.
  CHECK_THAT(newer_first.run("show", q(ut)).out, Catch::Contains("119-121"));

  refnet::test::CliLibrary older_first;
  older_first.run("import", q(march));
  auto summary = nlohmann::json::parse(older_first.run("import", "--json " + q(kWos)).out);
  CHECK(summary.at("merged_by_identifier") == 50);
  CHECK(summary.at("updated") == 50);
  CHECK(summary.at("older") == 0);
  CHECK(pages_of(older_first, ut) == "119-122");
  // Either order, one view (two libraries: without the mark naming each, session 62).
  CHECK(newer_first.run("export", "--format csl-json --skip-fields refnet-library").out ==
        older_first.run("export", "--format csl-json --skip-fields refnet-library").out);
}

TEST_CASE("an older MEDLINE export (earlier LR) imported after a newer one updates nothing", "[cli]") {
  TempDir d;
  const std::string old = rewritten(d, "pubmed-old.txt", kMedline,
                                    {{"\nLR  - [0-9]+", "\nLR  - 20190101"}, {"\nSTAT- MEDLINE", "\nSTAT- In-Process"}});
  refnet::test::CliLibrary lib;
  lib.run("import", q(kMedline));
  auto summary = nlohmann::json::parse(lib.run("import", "--json " + q(old)).out);
  CHECK(summary.at("merged_by_identifier") == 10);
  CHECK(summary.at("updated") == 0);
  CHECK(summary.at("older") == 10);
  CHECK(lib.scalar("SELECT count(*) FROM works w, json_each(w.data, '$.extra') e WHERE w.merged_into IS NULL AND "
                   "json_extract(e.value, '$[0]') = 'STAT' AND json_extract(e.value, '$[1]') = 'In-Process'") == 0);
}

TEST_CASE("a BibTeX re-export from the same tool joins its entries by key, title and year", "[cli]") {
  TempDir d;
  const std::string first = d / "zotero.bib", second = d / "zotero-again.bib";
  const std::string entries =
      "@article{kassen_promising_2013,\n  title = {A promising phenomenon of open data},\n  journal = {Government "
      "Information Quarterly},\n  year = {2013},\n  pages = {508--513},\n}\n\n"
      "@book{smith_open_2020,\n  title = {Open Data in {Ghana}},\n  publisher = {Sub-Saharan Publishers},\n  year = "
      "{2020},\n}\n";
  { std::ofstream(first, std::ios::binary) << entries; }
  // Exported again: the pages corrected; another user's 'smith_open_2020' is another book.
  { std::ofstream(second, std::ios::binary) << std::regex_replace(entries, std::regex("508--513"), "508--514")
                                            << "\n@book{smith_open_2020b,\n  title = {Open Data in Kenya},\n  year = {2020},\n}\n"; }
  refnet::test::CliLibrary lib;
  lib.run("import", q(first));
  auto again = lib.run("import", q(second));
  CHECK_THAT(again.out, Catch::Contains("3 read, 1 new, 1 merged by identifier, 1 updated, 1 already present"));
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into IS NULL") == 3);
  CHECK(pages_of(lib, "kassen_promising_2013") == "508-514");
  // A key alone joins nothing: the same key on another title is a work of its own.
  const std::string other = d / "other-user.bib";
  { std::ofstream(other, std::ios::binary) << "@article{kassen_promising_2013,\n  title = {Open data politics},\n  year = {2013},\n}\n"; }
  CHECK_THAT(lib.run("import", q(other)).out, Catch::Contains("1 read, 1 new, 0 merged by identifier"));
}

TEST_CASE("works are named by WoS UT, Scopus EID, PMID and PMCID; a name several works share lists them", "[cli]") {
  refnet::test::CliLibrary lib;
  lib.run("import", q(kWos) + " " + q(kMedline) + " " + q(kScopus));
  auto id_of = [&](const std::string& name) {
    return nlohmann::json::parse(lib.run("show", "--json " + q(name)).out).at(0).at("id").get<std::int64_t>();
  };
  const std::int64_t by_ut = id_of("WOS:000830892100009");
  CHECK(by_ut == lib.scalar("SELECT work_id FROM sources WHERE json_extract(data, '$.wos_ut') = 'WOS:000830892100009'"));
  CHECK(id_of("wos:000830892100009") == by_ut);
  CHECK(id_of("pmid:36206242") == lib.scalar("SELECT id FROM works WHERE pmid = '36206242'"));
  CHECK(id_of("PMC9543698") == lib.scalar("SELECT id FROM works WHERE pmcid = 'PMC9543698'"));
  CHECK(id_of("2-s2.0-85103845390") ==
        lib.scalar("SELECT work_id FROM sources WHERE json_extract(data, '$.scopus_eid') = '2-s2.0-85103845390'"));
  // Every command that takes a work: tag, set.
  lib.run("tag", "add checked pmid:36206242");
  CHECK(lib.scalar("SELECT count(*) FROM tags WHERE tag = 'checked'") == 1);
  lib.run("set", "WOS:000830892100009 'note=seen'");
  auto unknown = lib.run("show", "pmid:1", 2);
  CHECK_THAT(unknown.err, Catch::Contains("no work in the library is named 'pmid:1'"));

  // Two records kept apart that share a PMID (a PMID typed into the wrong record).
  TempDir d;
  const std::string clash = d / "clash.nbib";
  { std::ofstream(clash, std::ios::binary) << "PMID- 99999001\nTI  - Malaria vaccines in Ghana.\nDP  - 2001\n\n"
                                              "PMID- 99999001\nTI  - Cholera in Haiti after the earthquake.\nDP  - 2011\n"; }
  lib.run("import", q(clash));
  auto several = lib.run("show", "pmid:99999001", 2);
  CHECK_THAT(several.err, Catch::Contains("'pmid:99999001' names 2 works; name one by its ID:"));
  CHECK_THAT(several.err, Catch::Contains("Malaria vaccines in Ghana"));
  CHECK_THAT(several.err, Catch::Contains("Cholera in Haiti"));
  lib.run("set", "pmid:99999001 'note=x'", 2);
}

TEST_CASE("dedup --review --json prints the pairs as JSON, not the table", "[cli]") {
  refnet::test::CliLibrary lib;
  lib.run("import", q(fixture("corpora/pybibx__wos.bib")) + " " + q(fixture("corpora/pybibx__scopus.bib")));
  const std::string table = lib.run("dedup", "--review").out;
  const std::size_t rows = std::count(table.begin(), table.end(), '\n') - 1;
  REQUIRE(rows > 0);
  auto pairs = nlohmann::json::parse(lib.run("dedup", "--review --json").out);
  REQUIRE(pairs.is_array());
  CHECK(pairs.size() == rows);
  for (const char* key : {"kind", "score", "id_a", "id_b", "key_a", "key_b", "title_a", "title_b", "reason", "decision"})
    CHECK(pairs.at(0).contains(key));
  // Applying a reviewed table: its counts as JSON too.
  TempDir d;
  const std::string decisions = d / "pairs.tsv";
  { std::ofstream(decisions, std::ios::binary) << table; }
  auto applied = nlohmann::json::parse(lib.run("dedup", "--decisions " + q(decisions) + " --json").out);
  CHECK(applied.at("rows") == rows);
}

TEST_CASE("a command given --json prints JSON: export to standard output, completion", "[cli]") {
  refnet::test::CliLibrary lib;
  lib.run("import", q(kMedline));
  auto bib = nlohmann::json::parse(lib.run("export", "--format bibtex --json").out);
  CHECK(bib.at("format") == "bibtex");
  CHECK(bib.at("works") == 10);
  CHECK_THAT(bib.at("text").get<std::string>(), Catch::StartsWith("@article{"));
  CHECK(bib.at("text") == lib.run("export", "--format bibtex").out);
  // CSL-JSON is JSON already: printed as it is.
  CHECK(nlohmann::json::parse(lib.run("export", "--format csl-json --json").out).size() == 10);
  // A shell script has no JSON form: said, nothing printed.
  auto completion = lib.run("completion", "bash --json", 2);
  CHECK(completion.out.empty());
}
