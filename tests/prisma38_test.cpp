// PRISMA: one line per database search for ProQuest's RIS (issue 11).
//
// fixtures/ris/proquest_msm_three_db_lists.ris: three records of ONE
// ProQuest search (msm__proquest.ris, 66 records) whose DB lists the
// databases holding each: "ProQuest Central; Sociological Abstracts",
// "Sociological Abstracts", "Agricultural & Environmental Science
// Collection; ProQuest Central; Sociological Abstracts; Sociology Database".
// Counted by hand: the name all three DB lines share is "Sociological
// Abstracts" (and all 66 of the whole file's DB lines name it: grep).
#include <catch2/catch.hpp>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const std::string kThree = fixture("ris/proquest_msm_three_db_lists.ris");
const std::string kPqdt = fixture("corpora/metaknowledge__ProQuest_TestFile.txt");

std::string identified(const TempDir& dir) {
  auto r = run_refnet("prisma --json --library '" + (dir / "lib.sqlite") + "'");
  REQUIRE(r.status == 0);
  std::size_t at = r.out.find("\"identified\":{");
  REQUIRE(at != std::string::npos);
  return r.out.substr(at, r.out.find('}', at) - at + 1);
}

}  // namespace

// Before: four lines for one search ("ProQuest" for the DB list over 60
// characters, each shorter list as written); the whole file 4 lines, now 1.
TEST_CASE("PRISMA: one ProQuest search's records, one line (the database all name)", "[prisma][prisma38]") {
  TempDir dir;
  REQUIRE(run_refnet("import --library '" + (dir / "lib.sqlite") + "' '" + kThree + "' '" + kPqdt + "'").status == 0);
  // A single database's search (PQDT, every record the same) keeps its name;
  // the other file's label is not touched.
  CHECK(identified(dir) ==
        "\"identified\":{\"ProQuest Dissertations & Theses Global\":100,\"Sociological Abstracts\":3}");
}

TEST_CASE("PRISMA: import --source still names a ProQuest file", "[prisma][prisma38]") {
  TempDir dir;
  REQUIRE(run_refnet("import --source 'ProQuest (SA)' --library '" + (dir / "lib.sqlite") + "' '" + kThree + "'")
              .status == 0);
  CHECK(identified(dir) == "\"identified\":{\"ProQuest (SA)\":3}");
}

TEST_CASE("FileDatabases: the databases all of a file's ProQuest records name", "[prisma][prisma38]") {
  Parsed p = parse_file(kThree);
  REQUIRE(p.records.size() == 3);
  FileDatabases all;
  for (const Record& r : p.records) all.add(r);
  CHECK(all.label() == "Sociological Abstracts");
  CHECK(all.relabelled() == std::vector<std::string>{"ProQuest Central; Sociological Abstracts",
                                                     "Sociological Abstracts", "ProQuest"});
  // The first and the third name two databases both: the platform and both.
  FileDatabases two;
  two.add(p.records[0]);
  two.add(p.records[2]);
  CHECK(two.label() == "ProQuest (ProQuest Central, Sociological Abstracts)");
  // No database common to all: the platform.
  Record other = p.records[1];
  for (ExtraField& f : other.extra)
    if (f.name == "DB") f.value = "Sociology Database";
  two.add(other);
  CHECK(two.label() == "ProQuest");
  // Another database's record is none of ProQuest's.
  FileDatabases none;
  Parsed scopus = parse_string("TY  - JOUR\nT1  - A title\nAU  - Smith, J\nDB  - Scopus\nER  - \n");
  REQUIRE(scopus.records.size() == 1);
  none.add(scopus.records[0]);
  CHECK(none.label().empty());
  // Its import says no guess of a platform alone of these records.
  CHECK(source_label_warning(p.records[2]).empty());
}
