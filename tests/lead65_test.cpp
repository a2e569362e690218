// lead65: a journal supplement's DOI is not a work's.  A meeting's abstracts
// printed in a journal's supplement often share one DOI, the supplement's
// (Embase's "Transfusion 56(Supplement 4)", DOI 10.1111/trf.13807, on every
// AABB 2016 abstract; "Annals of Surgical Oncology 26(Supplement 1)", DOI
// 10.1245/s10434-019-07174-5, on the SSO 2019 abstracts), several on one
// page.  The import confirmed a shared DOI by the first author, year and
// first page, or by a title similarity over 0.5: audit65 found five distinct
// abstracts of maksymfritsak's Embase_Ovid.txt made two works.  Issue #11's
// supplement-DOI class.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }

std::size_t works_in(const std::string& lib) {
  const auto list = run_refnet(lib + "list --format json");
  REQUIRE(list.status == 0);
  std::size_t works = 0;
  for (std::size_t at = list.out.find("\"sources\""); at != std::string::npos; at = list.out.find("\"sources\"", at + 1))
    ++works;
  return works;
}

}  // namespace

TEST_CASE("lead65: abstracts under one supplement DOI are other works when their titles differ", "[lead65]") {
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imported = run_refnet(lib + "import " + q(fixture("dedup/embase_supplement_doi_abstracts.txt")));
  REQUIRE(imported.status == 0);
  INFO(imported.out + imported.err);
  CHECK(works_in(lib) == 5);
  // Said, with the reason: other titles; titles naming other subjects.
  CHECK(has(imported.err, "kept apart: same DOI 10.1245/s10434-019-07174-5"));
  CHECK(has(imported.err, "in a supplement: other abstracts under its DOI"));
  CHECK(has(imported.err, "kept apart: same DOI 10.1111/trf.13807"));
  CHECK(has(imported.err, "the titles name other subjects"));
}

TEST_CASE("lead65: one abstract from two databases under its supplement's DOI is still one work", "[lead65]") {
  // Embase's and Scopus's records of one AABB abstract: "platelets" and
  // "platelet", "100%" and "100 %", "Supplement 4" and "SUPPL. 4".
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imported = run_refnet(lib + "import " + q(fixture("dedup/supplement_doi_same_abstract.ris")));
  REQUIRE(imported.status == 0);
  INFO(imported.out + imported.err);
  CHECK(has(imported.out, "1 merged by identifier"));
  CHECK(works_in(lib) == 1);
}

TEST_CASE("lead65: dedup groups a supplement's one abstract and keeps its other abstracts apart", "[lead65]") {
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import --no-merge " + q(fixture("dedup/supplement_doi_same_abstract.ris")) + " " +
                     q(fixture("dedup/embase_supplement_doi_abstracts.txt")))
              .status == 0);
  REQUIRE(works_in(lib) == 7);
  const auto dedup = run_refnet(lib + "dedup");
  REQUIRE(dedup.status == 0);
  INFO(dedup.out + dedup.err);
  // The chikungunya abstract's three records (two of the .ris, one of
  // Embase's display text) are one group; the trypanosoma and babesia ones
  // and Peng's two SSO abstracts stay apart.
  CHECK(has(dedup.out, "1 groups of duplicates found"));
  CHECK(has(dedup.out, "group of 3"));
  CHECK(has(dedup.out, "chikungunya / trypanosoma"));
  CHECK(has(dedup.out, "in a supplement: other abstracts under its DOI"));
}

TEST_CASE("lead65: a database CSV's year cell that is not a year is said where it is kept in extra", "[lead65]") {
  // IEEE Xplore's CSV (the same shape as ieee/publication_year_underscore.csv)
  // with "2015-2016" and "In press" in its year column: no year, the cell kept
  // in extra, and (before) not a word, where the PMID, DOI and ISSN cells of
  // the same importers warn (second65's find).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imported = run_refnet(lib + "import " + q(fixture("ieee/publication_year_not_a_year.csv")));
  REQUIRE(imported.status == 0);
  INFO(imported.err);
  CHECK(has(imported.err, "warning: Publication_Year is not a year, kept in extra: 2015-2016"));
  CHECK(has(imported.err, "warning: Publication_Year is not a year, kept in extra: In press"));
  CHECK(has(imported.err, "publication_year_not_a_year.csv:2:153: warning: Publication_Year is not a year"));
}
