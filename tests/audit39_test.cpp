// audit39: real exports not held before (an EBSCOhost Philosopher's Index
// RIS, Web of Science RIS and BibTeX with Early Access and Derwent records, an
// Ovid export of APA PsycArticles and Embase), each class found there.
#include <catch2/catch.hpp>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit39: an Early Access record of WoS's RIS or BibTeX is dated by its early-access date", "[ris][bibtex][wos]") {
  // besidescrazy/chatGPTtest savedrecs.ris: 16 of 644 records have no PY,
  // only C6 (WoS's EA); Phildizzle/CCSLitSearchR savedrecs.bib: 39 of 371
  // entries have no Year, only EarlyAccessDate.  They were undated.
  Parsed p = parse_file(fixture("ris/wos_early_access_c6.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(show(p.records[0].issued) == "2020/12/0/");
  CHECK(p.records[0].get_extra("C6") == "DEC 2020");  // kept, as the tagged reader keeps EA
  CHECK(p.records[1].issued.year == 2022);             // PY wins
  CHECK(p.records[1].issued.month == 3);
  CHECK(p.diags.warnings() == 0);  // no "incomplete record (no year)"

  Parsed b = parse_file(fixture("bibtex/wos_early_access.bib"));
  REQUIRE(b.records.size() == 2);
  CHECK(show(b.records[0].issued) == "2021/12/0/");
  CHECK(b.records[1].issued.year == 2022);
  CHECK(b.records[1].issued.month == 0);
  CHECK(b.diags.warnings() == 0);

  // C6 is EA only in WoS's RIS: another source's C6 dates nothing.
  Parsed o = parse_string("TY  - JOUR\nTI  - A title\nAU  - Doe, J\nC6  - DEC 2020\nER  - \n");
  REQUIRE(o.records.size() == 1);
  CHECK(o.records[0].issued.year == 0);
}
