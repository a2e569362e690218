// audit67: real database exports not seen before (issue #11).
//
// EBSCO's new interface (research.ebsco.com) exports CSV whose first two
// columns name each record's database: longDBName ("Academic Search
// Complete", "Business Source Complete", "Complementary Index") and
// shortDBName (EBSCO's code: a9h, bth, edb); its plink is an opaque
// research.ebsco.com/plink/<uuid> address without the db= code of the old
// EBSCOhost permalinks.  refnet named no database for it: prisma and
// overlap counted every record under the file's name, with a note "no
// record of this file names its database" (chriscastille6/CMV's
// EBSCO-Metadata-06_26_2026-4.csv: 50 records of an EBSCO Research search
// across Academic Search Complete, Business Source Complete, CINAHL and
// Complementary Index, one label, the file's name).
//
// EBSCO's code bth is Business Source Complete and buh Business Source
// Premier (the same real file: longDBName "Business Source Complete",
// shortDBName "bth"; libraries' holdings links "Business Source Complete"
// -> direct.asp?db=bth): refnet had the two swapped, so an EBSCOhost RIS
// with "DB  - bth" was counted under Business Source Premier.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }

}  // namespace

TEST_CASE("audit67: EBSCO Research's CSV names each record's database in longDBName", "[audit67]") {
  Parsed p = parse_file(fixture("table/ebsco_research_export.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(default_source_label(p.records[0]) == "Academic Search Complete");
  CHECK(default_source_label(p.records[1]) == "Complementary Index");
  CHECK(default_source_label(p.records[2]) == "Business Source Complete");
  // The fields it was already read into stay as they were.
  CHECK(p.records[0].pages == "153-172");
  CHECK(p.records[2].issue == "5/6");
  REQUIRE(p.records[2].authors.size() == 2);
  CHECK(p.records[2].authors[0].family == "Hao");

  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imp = run_refnet(lib + "import " + q(fixture("table/ebsco_research_export.csv")));
  REQUIRE(imp.status == 0);
  CHECK_FALSE(has(imp.err, "names its database"));
  const auto prisma = run_refnet(lib + "prisma");
  REQUIRE(prisma.status == 0);
  INFO(prisma.out);
  CHECK(has(prisma.out, "Academic Search Complete: 1"));
  CHECK(has(prisma.out, "Business Source Complete: 1"));
  CHECK(has(prisma.out, "Complementary Index: 1"));
  CHECK_FALSE(has(prisma.out, "ebsco_research_export.csv"));
}

TEST_CASE("audit67: EBSCOhost's code bth is Business Source Complete, buh Business Source Premier", "[audit67]") {
  for (const auto& [code, name] : {std::pair<const char*, const char*>{"bth", "Business Source Complete"},
                                   {"buh", "Business Source Premier"}}) {
    Record r;
    r.provenance.format = "ris";
    r.provenance.file = "/home/me/search/ebsco.ris";
    r.add_extra("DB", code);
    r.add_extra("DP", "EBSCOhost");
    INFO(code);
    CHECK(default_source_label(r) == name);
  }
}
