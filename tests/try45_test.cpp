// A new user's day (task try45): what last session's users left behind, and
// what a scholar, an author and a reviewer hit on real exports this time.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const Record* by_doi(const Parsed& p, const std::string& doi) {
  for (const auto& r : p.records)
    if (r.doi == doi) return &r;
  return nullptr;
}

}  // namespace

// Zotero's RIS export writes DA as year/month/day/part, the part being what
// its date parser (zotero/utilities date.js strToDate) left over, joined with
// a JavaScript undefined read as the word "undefined".  PubMed's "2021
// Apr-Jun" becomes "2021/06//Apr undefined": the parser takes the last month
// name, leaving the first.  The date is April to June 2021 and
// "undefined" no text of the source; it was exported as note = {Apr undefined}.
TEST_CASE("Zotero's DA '2021/06//Apr undefined' is April to June 2021, the 'undefined' left out and said", "[try45]") {
  Parsed p = parse_file(fixture("corpora/citesource__pubmed_46.ris"));
  REQUIRE(p.records.size() == 46);
  const Record* apr = by_doi(p, "10.1080/10550887.2020.1856298");  // J Addict Dis 39(2), 2021 Apr-Jun
  REQUIRE(apr);
  CHECK(apr->issued.year == 2021);
  CHECK(apr->issued.month == 4);
  CHECK(apr->issued.end_year == 2021);
  CHECK(apr->issued.end_month == 6);
  CHECK(apr->issued.text.empty());
  const Record* jan = by_doi(p, "10.1053/comp.2002.29857");  // Compr Psychiatry 43(1), 2002 Jan-Feb
  REQUIRE(jan);
  CHECK(show(jan->issued) == "2002/1/0/");
  CHECK(jan->issued.end_month == 2);
  CHECK(has_diag(p.diags, Severity::warning, 397, "undefined"));
  CHECK(has_diag(p.diags, Severity::warning, 1524, "undefined"));

  // A season stays the date's text, the junk beside it still left out.
  Parsed s = parse_string("TY  - JOUR\nTI  - A season\nDA  - 2003///Spring undefined\nER  - \n");
  REQUIRE(s.records.size() == 1);
  CHECK(s.records[0].issued.year == 2003);
  CHECK(s.records[0].issued.text == "Spring");
  CHECK(has_diag(s.diags, Severity::warning, 3, "undefined"));
  // Zotero's bare "undefined" (no part left) is no text, as before, and not said on every record.
  Parsed u = parse_string("TY  - JOUR\nTI  - No part\nDA  - 1999/08//undefined\nER  - \n");
  REQUIRE(u.records.size() == 1);
  CHECK(show(u.records[0].issued) == "1999/8/0/");
  CHECK(!has_diag(u.diags, Severity::warning, 3, "undefined"));
}
