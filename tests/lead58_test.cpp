// Lead, session 58 (issue #11): a library an older refnet filled gets
// today's reading of a file imported again.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_library.hpp"
#include "refnet/exporter.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

void sql(const std::string& path, const std::string& statements) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

const char* const kTwo =
    "TY  - JOUR\nAU  - Lewis, Gary F.\nTI  - Heart rate variability and social engagement\nT2  - Psychophysiology\n"
    "PY  - 2012\nVL  - 49\nSP  - 1\nEP  - 9\nDO  - 10.1111/j.1469-8986.2011.01309.x\nER  - \n\n"
    "TY  - JOUR\nAU  - Roe, Ann\nTI  - A second study of nothing much\nT2  - Journal of Tests\nPY  - 2010\nER  - \n";
}  // namespace

TEST_CASE("a record already present that this refnet reads otherwise gets today's reading", "[lead58]") {
  CliLibrary lib;
  const std::string ris = lib.dir / "search.ris";
  std::ofstream(ris, std::ios::binary) << kTwo;
  REQUIRE(lib.run("import '" + ris + "'").status == 0);
  // As an older refnet read it: the name turned round (family 'F.'), the
  // volume lost.
  sql(lib.path,
      "UPDATE sources SET data = json_remove(json_set(data, '$.authors[0].family', 'F.', '$.authors[0].given', "
      "'Lewis Gary'), '$.volume') WHERE json_extract(data, '$.title') LIKE 'Heart rate%'");
  // (the view of a one-source work is its source: refreshed by any edit)
  CHECK(has(lib.run("export --format bibtex").out, "F., Lewis Gary"));

  const auto again = lib.run("import '" + ris + "'");
  CHECK(again.status == 0);
  CHECK(has(again.out, "2 already present"));
  CHECK(has(again.out, "1 record already present read otherwise by this refnet"));
  CHECK(has(again.out, "(author, volume)"));
  const std::string bib = lib.run("export --format bibtex").out;
  CHECK(has(bib, "Lewis, Gary F."));
  CHECK_FALSE(has(bib, "F., Lewis Gary"));
  CHECK(has(bib, "volume = {49}"));
  // The folded family names the filters use follow the view.
  CHECK(has(lib.run("list --author lewis").out, "Heart rate"));

  // Said once: the source holds today's reading now.
  const auto third = lib.run("import '" + ris + "' --json");
  CHECK(has(third.out, "\"reread\":0"));
  CHECK_FALSE(has(lib.run("import '" + ris + "'").out, "read otherwise"));

  // Undoable, as every import is.
  const auto log = lib.run("log");
  INFO(log.out);
  sql(lib.path,
      "UPDATE sources SET data = json_set(data, '$.authors[0].family', 'F.', '$.authors[0].given', 'Lewis Gary') "
      "WHERE json_extract(data, '$.title') LIKE 'Heart rate%'; "
      // (a work of one source whose view is that source's record)
      "UPDATE works SET data = '' WHERE title LIKE 'Heart rate%'");
  const auto json = lib.run("import '" + ris + "' --json");
  CHECK(has(json.out, "\"reread\":1"));
  CHECK(has(json.out, "\"rereads\":[{\"work\":"));
  REQUIRE(lib.run("undo").status == 0);
  CHECK(has(lib.run("export --format bibtex").out, "F., Lewis Gary"));
}

TEST_CASE("a file read the same way again changes nothing and says nothing of a new reading", "[lead58]") {
  CliLibrary lib;
  const std::string ris = lib.dir / "search.ris";
  std::ofstream(ris, std::ios::binary) << kTwo;
  REQUIRE(lib.run("import '" + ris + "'").status == 0);
  // The same text in another file at other lines: the same source, not a
  // new reading (where it came from is not what it says).
  const std::string moved = lib.dir / "moved.ris";
  std::ofstream(moved, std::ios::binary) << "\n\n\n" << kTwo;
  const auto again = lib.run("import '" + moved + "' --json");
  CHECK(has(again.out, "\"present\":2"));
  CHECK(has(again.out, "\"reread\":0"));
}

namespace {
std::string csl_of(const std::string& text, std::vector<std::string>* warnings = nullptr) {
  const Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 1);
  std::ostringstream out;
  ExportNotes notes;
  ExportOptions opt;
  opt.notes = &notes;
  write_csljson(out, p.records, opt);
  if (warnings) *warnings = notes.warnings;
  return out.str();
}
std::string squeezed(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }), s.end());
  return s;
}
}  // namespace

TEST_CASE("an online-first date is CSL's available-date", "[lead58]") {
  // MEDLINE's DEP: the date of the electronic publication, before the issue.
  const std::string medline =
      "PMID- 34961234\nTI  - A trial of something.\nDP  - 2022 Mar\nDEP - 20211227\nAU  - Roe A\n"
      "FAU - Roe, Ann\nTA  - J Test\nJT  - Journal of tests\nVI  - 12\nPG  - 1-9\nSO  - J Test. 2022 Mar;12:1-9.\n";
  std::vector<std::string> warnings;
  const std::string csl = squeezed(csl_of(medline, &warnings));
  CHECK(has(csl, "\"available-date\":{\"date-parts\":[[2021,12,27]]}"));
  CHECK(has(csl, "\"issued\":{\"date-parts\":[[2022,3]]}"));
  for (const auto& w : warnings) CHECK_FALSE(has(w, "DEP"));
  // Web of Science's early access date.
  const std::string wos =
      "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Roe, A\nAF Roe, Ann\nTI A trial of something\n"
      "SO JOURNAL OF TESTS\nPY 2022\nVL 12\nBP 1\nEP 9\nEA MAR 2021\nUT WOS:000123456700001\nER\n\nEF\n";
  CHECK(has(squeezed(csl_of(wos)), "\"available-date\":{\"date-parts\":[[2021,3]]}"));
  // Crossref's published-online.
  const std::string crossref =
      R"({"DOI":"10.1000/x1","type":"journal-article","title":["A trial of something"],)"
      R"("author":[{"family":"Roe","given":"Ann"}],"container-title":["Journal of tests"],)"
      R"("published-print":{"date-parts":[[2022,3]]},"published-online":{"date-parts":[[2021,12,27]]},)"
      R"("issued":{"date-parts":[[2021,12,27]]}})";
  CHECK(has(squeezed(csl_of(crossref)), "\"available-date\":{\"date-parts\":[[2021,12,27]]}"));
  // No such field: none written.
  CHECK_FALSE(has(csl_of("PMID- 1\nTI  - T.\nDP  - 2022\nAU  - Roe A\nSO  - J. 2022.\n"), "available-date"));
  // A WoS value that is no date is not one.
  CHECK_FALSE(has(csl_of("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Roe, A\nTI T\nSO J\nPY 2022\n"
                         "EA SOMETIME\nUT WOS:000123456700002\nER\n\nEF\n"),
                  "available-date"));
}

TEST_CASE("a BibTeX author field holding an APA list with '&' before the last name is that many people", "[lead58]") {
  // lmfritz/ActivityBudgets's "My EndNote Library.txt" (EndNote's BibTeX,
  // found by audit58): one author field, the list as APA writes it; read as
  // one person of many parts without a word.
  const Parsed p = parse_string(
      "@article{RN1, author = {Dracott, K., Robinson, C. V., Smith, A. B., & Birdsall, C.},\n"
      "  title = {Activity budgets of bats}, journal = {J. Mammals}, year = {2019}}\n"
      "@article{RN2, author = {Dracott, K., Robinson, C. V., \\& Birdsall, C.},\n"
      "  title = {Activity budgets of bats two}, journal = {J. Mammals}, year = {2020}}\n"
      // Not a list: a firm's name with an ampersand stays one name.
      "@article{RN3, author = {{Johnson & Johnson}},\n"
      "  title = {A report}, journal = {J. Mammals}, year = {2020}}\n");
  REQUIRE(p.records.size() == 3);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].family == "Dracott");
  CHECK(a[3].family == "Birdsall");
  CHECK(a[3].given == "C.");
  REQUIRE(p.records[1].authors.size() == 3);
  CHECK(p.records[1].authors[2].family == "Birdsall");
  REQUIRE(p.records[2].authors.size() == 1);
  CHECK(said(p, "read as 4 people") == 1);
  CHECK(said(p, "read as 3 people") == 1);
}
