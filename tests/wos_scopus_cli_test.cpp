// WoS tagged and Scopus CSV end to end: the networks built from a WoS tagged
// file equal those built from the same records' WoS BibTeX export, and a WoS
// and a Scopus export of the same works merge into one work each by DOI.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

#include <catch2/catch.hpp>

#include "support.hpp"

using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {

// doi18: how many times `text` occurs in `s`.
std::size_t occurrences(std::string_view s, std::string_view text) {
  std::size_t n = 0;
  for (std::size_t p = s.find(text); p != std::string_view::npos; p = s.find(text, p + text.size())) ++n;
  return n;
}

std::string q(const std::string& s) { return "'" + s + "'"; }

nlohmann::json stats(const std::string& lib) {
  auto r = run_refnet("stats --json --library " + q(lib));
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("networks from a WoS tagged file equal those from the same records' WoS BibTeX", "[wos][network]") {
  // fixtures/wos/pybibx__wos.txt is pybibx__wos.bib written as WoS writes a
  // tagged file (fixtures/wos/bibtex_to_tagged.py): the same CR lines.
  TempDir tmp;
  std::string bib = tmp / "bib.sqlite", txt = tmp / "txt.sqlite";
  auto a = run_refnet("import --quiet --library " + q(bib) + " " + q(fixture("corpora/pybibx__wos.bib")));
  auto b = run_refnet("import --quiet --library " + q(txt) + " " + q(fixture("wos/pybibx__wos.txt")));
  REQUIRE(a.status == 0);
  INFO(b.err);
  REQUIRE(b.status == 0);
  // doi18: only the 13 repaired cited reference DOIs are said (the BibTeX
  // file's CR lines are the same, and say them too), and the one abstract in
  // HTML ("...local governance.</p>") read as text.
  CHECK(occurrences(b.err, "warning: ") == 14);
  CHECK(occurrences(b.err, "warning: the abstract is written in markup") == 1);
  CHECK(occurrences(b.err, "warning: cited reference DOI ") == 13);
  auto sb = stats(bib), st = stats(txt);
  CHECK(st["formats"][0][0] == "wos");
  CHECK(st["works"] == sb["works"]);
  CHECK(st["references"] == 9581);
  CHECK(st["references"] == sb["references"]);
  CHECK(st["references_with_doi"] == sb["references_with_doi"]);
  check_same_networks(tmp, bib, txt, 1000);
  // Keywords Plus (WoS tagged ID, WoS BibTeX Keywords-Plus) give the same
  // index-keyword map: the same node ids with the same occurrences.  (The
  // labels differ: the BibTeX importer keeps a brace of "{{A; B}}" in them.)
  auto ids = [&](const std::string& lib, const std::string& out) {
    auto k = run_refnet("network keywords --field index --min-occurrences 3 --seed 1 -o " + q(tmp / out) +
                        " --library " + q(lib));
    REQUIRE(k.status == 0);
    std::vector<std::string> rows;
    std::istringstream in(slurp(tmp / out));
    for (std::string line; std::getline(in, line);) {
      std::size_t c1 = line.find(','), c5 = c1;
      for (int i = 0; i < 4 && c5 != std::string::npos; ++i) c5 = line.find(',', c5 + 1);
      std::size_t c6 = c5 == std::string::npos ? c5 : line.find(',', c5 + 1);
      if (c6 != std::string::npos) rows.push_back(line.substr(0, c1) + " " + line.substr(c5 + 1, c6 - c5 - 1));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
  };
  auto index_bib = ids(bib, "ib.csv"), index_txt = ids(txt, "it.csv");
  CHECK(index_txt.size() == 80);  // 79 nodes and the header
  CHECK(index_txt == index_bib);

  auto report = run_refnet("network citation --report --json --cluster none -o " + q(tmp / "c.csv") + " --library " + q(txt));
  REQUIRE(report.status == 0);
  auto j = nlohmann::json::parse(report.out);
  CHECK(j["links"] == 1234);  // as from the BibTeX (network_cli_test)
  CHECK(j["report"]["doi"] == 1217);
  CHECK(j["report"]["key"] == 17);
}

TEST_CASE("the same 29 works from WoS and from Scopus are 29 works after the DOI merge", "[wos][scopus_csv]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  auto r = run_refnet("import --library " + q(lib) + " " + q(fixture("corpora/umbrella-review__savedrecs.txt")) + " " +
                      q(fixture("corpora/umbrella-review__scopus.csv")));
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::string said = r.out + r.err;
  CHECK(said.find("umbrella-review__savedrecs.txt: 29 read, 29 new") != std::string::npos);
  CHECK(said.find("umbrella-review__scopus.csv: 29 read, 0 new, 29 merged by identifier") != std::string::npos);
  auto s = stats(lib);
  CHECK(s["works"] == 29);
  CHECK(s["sources"] == 58);
  CHECK(s["merged"] == 29);
}

TEST_CASE("--format wos, scopus-csv and csv force the importers", "[wos][scopus_csv]") {
  TempDir tmp;
  auto w = run_refnet("import --quiet --format wos --library " + q(tmp / "a.sqlite") + " " +
                      q(fixture("corpora/decolonizing-expertise__savedrecs.txt")));
  CHECK(w.status == 0);
  CHECK(stats(tmp / "a.sqlite")["works"] == 50);
  auto c = run_refnet("import --quiet --format csv --library " + q(tmp / "b.sqlite") + " " +
                      q(fixture("corpora/poultrybibliometric__scopus.csv")));
  CHECK(c.status == 0);
  CHECK(stats(tmp / "b.sqlite")["works"] == 69);
  auto bad = run_refnet("import --format docx --library " + q(tmp / "c.sqlite") + " x");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("wos, scopus-csv") != std::string::npos);
}
