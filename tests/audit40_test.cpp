// audit40: real exports not held before (IEEE Xplore CSV of 2025, RefWorks
// BibTeX of WoS records, Web of Science plain text/BibTeX/RIS, Scopus
// CSV/RIS/BibTeX, ACM DL BibTeX, Publish or Perish CSV), each class found there.
#include <catch2/catch.hpp>

#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit40: HTML character references in IEEE Xplore's Authors cell do not split names",
          "[audit40][ieee_csv]") {
  // MuTheMule/ECSA2025_Paper108 ieeexplore.csv: "B. B&#x00E9;atrix-May; S. I.
  // &#x015E;tefan; ..." was cut at the references' ';' into seven names,
  // two of them "B. B&#x00E9" and "atrix-May", for five authors.
  Parsed p = parse_file(fixture("ieee/html_entities_in_authors.csv"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[0].family == "Béatrix-May");
  CHECK(r.authors[0].given == "B.");
  CHECK(r.authors[1].family == "Ştefan");
  CHECK(r.authors[1].given == "S. I.");
  CHECK(r.authors[4].family == "Andreea");
  // Five affiliations for five authors: each gets its own, none kept apart.
  CHECK(r.authors[0].affiliations.size() == 1);
  CHECK(r.get_extra("Author Affiliations").empty());
  CHECK(has_diag(p.diags, Severity::warning, 2, "Authors: HTML character references in 1 cell"));
  CHECK(p.records[1].authors.size() == 23);  // a row without references is read as before
  CHECK(p.records[1].authors[15].family == "Müller");
}
