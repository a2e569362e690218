// audit45: real exports of the kinds tried least (Cochrane, CSL-JSON, Zotero
// RDF, ...) and the siblings audit44 left in Scopus BibTeX, each class found there.
#include <catch2/catch.hpp>

#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit45: a Scopus BibTeX DOI that a line break split after a hyphen is repaired", "[audit45][bibtex][doi]") {
  // MARCIOBASILIO/SR_ELECTRE_LDA scopus.bib: `doi={10.1061/(ASCE)WR.1943-
  // 5452.0001029}` was no DOI (kept as an extra field).
  Parsed p = parse_file(fixture("bibtex/scopus_doi_space_after_hyphen.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1061/(asce)wr.1943-5452.0001029");
  CHECK(has_diag(p.diags, Severity::warning, 8, "doi 10.1061/(ASCE)WR.1943- 5452.0001029 repaired (white space inside removed)"));

  std::string repair;
  CHECK(normalize_doi("10.1061/(ASCE)WR.1943- 5452.0001029", &repair) ==
        std::optional<std::string>("10.1061/(asce)wr.1943-5452.0001029"));
  CHECK(repair == "white space inside removed");
  // Words after a hyphen, or two gaps, are no split DOI.
  CHECK_FALSE(normalize_doi("10.1000/abc- see erratum").has_value());
  CHECK_FALSE(normalize_doi("10.1000/a- b- c").has_value());
  CHECK_FALSE(normalize_doi("10.1000/a -b").has_value());
}
