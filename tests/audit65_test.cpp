// audit65: count audits on real exports of databases the project has few of
// (issue #11): maksymfritsak/Preprocessing-for-Systematic-Review-of-
// Retracted-Studies' Embase_Ovid.txt (Ovid's display text of an Embase
// search, 2,253 records, MIT).
#include <catch2/catch.hpp>

#include <string>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Embase's source of a journal supplement writes "Suppl." with its period:
// "Blood. Conference: 60th Annual Meeting ..., ASH 2018. San Diego, CA United
// States. 132(Suppl. 1) (no pagination), 2018.".  The locator was looked for
// after the last ". " before a digit, inside the issue's bracket: volume
// "1)", no issue (257 of the 2,253 records of Embase_Ovid.txt).  A ';' in a
// conference's name ("... Stroke Conference; State-of-the-Science ...
// Symposium 2023; ...") was taken for PubMed's "2022 Mar;53(2)" after the
// date: no volume, no issue.
TEST_CASE("audit65: Embase's supplement issue 'Suppl. 1' and a ';' in a conference name keep the locator",
          "[audit65]") {
  Parsed p = parse_file(fixture("ingest/ovid_display_embase_supplements.txt"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].container_title == "Blood");
  CHECK(p.records[0].volume == "132");
  CHECK(p.records[0].issue == "Suppl. 1");
  CHECK(p.records[0].issued.year == 2018);
  CHECK(p.records[1].volume == "11");
  CHECK(p.records[1].issue == "1 SUPPL. 1");
  CHECK(p.records[1].pages == "S77-S78");
  CHECK(p.records[2].container_title == "Stroke");
  CHECK(p.records[2].volume == "54");
  CHECK(p.records[2].issue == "Supplement 1");
  CHECK(p.records[2].issued.year == 2023);
}
