// Lead, session 50 (issue #11): trust on real exports.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Scopus BibTeX gives some conference records the conference's code as their
// number (pybibx's scopus.bib: "number={215879}" beside "Conference
// Code:215879" in the note, twice in 1,050 entries): no issue of the volume.
// The issue stays empty, the value is kept in extra and said; a number that
// is not the code stays the issue.
TEST_CASE("a Scopus BibTeX number that is the conference code is no issue", "[lead50]") {
  Parsed p = parse_file(fixture("bibtex/scopus_conference_review.bib"));
  bool seen = false;
  for (const Record& r : p.records) {
    if (r.title.rfind("10th Scientific Meeting of the Classification", 0) != 0) continue;
    seen = true;
    CHECK(r.issue.empty());
    CHECK(r.get_extra("number") == "215879");
  }
  CHECK(seen);
  CHECK(has_diag(p.diags, Severity::warning, 5, "number 215879 is the conference code"));
  Parsed kept = parse_string(
      "@CONFERENCE{X2019,\ntitle={A paper},\njournal={Lecture Notes},\nyear={2019},\nnumber={4},\n"
      "note={Conference Code:215879},\ndocument_type={Conference Paper},\nsource={Scopus},\n}\n");
  REQUIRE(kept.records.size() == 1);
  CHECK(kept.records[0].issue == "4");
}
