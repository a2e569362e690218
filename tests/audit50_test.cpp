// audit50 (issue #11): trust on real database exports, read as a new user would.
#include <catch2/catch.hpp>

#include <string>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::size_t count_of(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t p = s.find(part); p != std::string::npos; p = s.find(part, p + 1)) ++n;
  return n;
}
}  // namespace

// Scopus's "Conference Review" is the record of a whole proceedings volume:
// its title the conference's, no author, editors where Scopus has them
// (RobertoNardone/Low-Power-Wide-Area-Networks-Review scopus.csv: 6 of 61
// records; pybibx's Scopus BibTeX: 17 of 1,050; a Scopus RIS of
// bchaihuaque/merge-systematic-review: 3 of 127).  Read as a conference paper
// (CSV, RIS) or an article (BibTeX's @ARTICLE), it was exported as
// @inproceedings or @article, and plain.bst said "empty author" for each.  It
// is a book of proceedings: CSL "book", BibTeX's @proceedings (which needs no
// author); the conference's name (RIS T2) is no container of it, and a source
// title that repeats the title no series.
TEST_CASE("a Scopus Conference Review is a proceedings volume, exported as @proceedings", "[audit50]") {
  CliLibrary lib;
  lib.import("scopus/conference_review.csv");
  lib.import("bibtex/scopus_conference_review.bib");
  lib.import("ris/scopus_conference_review.ris");
  CommandResult bib = lib.run("export --format bibtex --no-pin");
  REQUIRE(bib.status == 0);
  CHECK(count_of(bib.out, "@proceedings{") == 8);
  CHECK(count_of(bib.out, "@inproceedings{zhu2021visualizing,") == 1);  // a conference paper
  CHECK(bib.out.find("series = {4th IEEE International Conference on Management") == std::string::npos);
  CHECK(bib.out.find("series = {Advances in Intelligent Systems and Computing}") != std::string::npos);
  CHECK(bib.out.find("series = {2019 IEEE Sustainability") == std::string::npos);  // its own title
  // The conference paper in a journal's issue stays what it was.
  CHECK(count_of(bib.out, "@article{fecilak2020nonintrusive,") == 1);
  CHECK(count_of(bib.out, "@article{") == 1);
  CHECK(bib.err.find("author (") == std::string::npos);  // no entry lacks an author its type requires
  CHECK(bib.out.find("title = {17th International Conference on Computer Aided Systems Theory, {EUROCAST} 2019}") !=
        std::string::npos);
  CommandResult csl = lib.run("export --format csl-json --no-pin");
  REQUIRE(csl.status == 0);
  CHECK(count_of(csl.out, "\"type\": \"book\"") + count_of(csl.out, "\"type\":\"book\"") == 8);
}

// A Scopus CSV opened by a spreadsheet whose separator is ';' and saved
// again (TatraiN/scopusdata scopus.csv, 819 rows): the header was said and
// the rows that no longer fit it skipped, but 146 rows whose cells happened
// to count 19 were imported with the cells shifted and re-quoted: titles
// "2025", journals '78""', the URL as the DOI, the title among the author
// IDs.  Every row that holds a quote was re-read and re-quoted by the
// spreadsheet: none of them is the export's; each is skipped with an error.
TEST_CASE("the rows of a CSV re-saved by a ';' spreadsheet are not imported shifted", "[audit50]") {
  CliLibrary lib;
  CommandResult r = lib.run("import '" + fixture("scopus/semicolon_resaved.csv") + "'");
  CHECK(r.out.find(" 0 new,") != std::string::npos);
  CHECK(r.out.find(" 7 rejected") != std::string::npos);
  CHECK(count_of(r.err, "the header ends in ';;'") == 1);
  CHECK(count_of(r.err, ": error: ") == 8);  // the header's and one a row
  CHECK(count_of(r.err, "incomplete record") == 0);
  CHECK(count_of(r.err, "DOI is not a DOI") == 0);
}

// Web of Science's AF writes a last initial where a suffix goes: 'Stenko,
// D., V' beside AU 'Stenko, DV', 'Atsani, S., I' beside 'Atsani, SI'
// (gaarbelaez/TP-init_recherche savedrecs: 5 names in 1,651 records).  Read
// as suffix V ("the fifth"): BibTeX wrote 'Stenko, V, D.', keys and dedup's
// first-author test saw another name.  When AU's initials end with the
// letter it is an initial.
TEST_CASE("a WoS AF initial written where a suffix goes is an initial when AU has it", "[audit50]") {
  CliLibrary lib;
  CommandResult r = lib.run("import '" + fixture("wos/af_initial_as_suffix.txt") + "'");
  REQUIRE(r.status == 0);
  CHECK(count_of(r.err, "is an initial, not a suffix") == 3);
  CommandResult l = lib.run("list --format json");
  CHECK(l.out.find(R"({"family":"Stenko","given":"D. V.",)") != std::string::npos);
  CHECK(l.out.find(R"({"family":"Fedorova","given":"D. V.",)") != std::string::npos);
  CHECK(l.out.find(R"({"family":"Atsani","given":"S. I.",)") != std::string::npos);
  CHECK(count_of(l.out, R"("suffix":)") == 0);
}
