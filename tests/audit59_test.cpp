// audit59 (issue #11): the items session 58 found and left: APA's '&' before
// the last name outside BibTeX, `info:pmid/N` in a DOI field, a supplement's
// DOI listed before its article's, HTML character references in MEDLINE, and
// the entity warning naming Scopus in other databases' files.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* titled(const std::vector<Record>& records, std::string_view start) {
  for (const Record& r : records)
    if (r.title.rfind(start, 0) == 0) return &r;
  return nullptr;
}
}  // namespace

// A table's authors cell holding an APA list (EndNote's and Zotero's APA
// citations copied into a spreadsheet; lmfritz/ActivityBudgets' BibTeX holds
// the same list): before, "& Birdsall, C." was one person's family name
// ("& Birdsall"), and "Lee, M. & Park, S." one name, said "not separated".
TEST_CASE("a table's authors cell: APA's '&' before the last name is a comma", "[audit59]") {
  Parsed p = parse_file(fixture("table/apa_ampersand_authors.csv"));
  REQUIRE(p.records.size() == 4);
  const Record* three = titled(p.records, "Grazing");
  REQUIRE(three != nullptr);
  CHECK(family_given(three->authors) == "Dracott, K.; Robinson, C. V.; Birdsall, C.");
  const Record* two = titled(p.records, "Activity budgets");
  REQUIRE(two != nullptr);
  CHECK(family_given(two->authors) == "Lee, M.; Park, S.");
  const Record* particles = titled(p.records, "Time budgets");
  REQUIRE(particles != nullptr);
  CHECK(particles->authors.size() == 4);
  if (particles->authors.size() == 4) {
    CHECK(particles->authors[0].full_family() == "van der Berg");
    CHECK(particles->authors[3].family == "Lee-Smith");
  }
  // A firm's '&' is no list.
  const Record* firm = titled(p.records, "A review of corporate");
  REQUIRE(firm != nullptr);
  REQUIRE(firm->authors.size() == 1);
  CHECK(firm->authors[0].display().find("Johnson & Johnson") != std::string::npos);
  CHECK(said(p, "names not separated") == 0);
  // Said once a file.
  CHECK(said(p, "'&'") == 1);
}

// EndNote's "electronic-resource-num" of a PubMed record is "info:pmid/N"
// (alicia-lledo/My_thesis_latex's EndNote BibTeX, 2 of 691): PubMed's ID in
// the info: URI scheme, not a DOI.  Before: "not a DOI", kept in extra, the
// PMID lost to dedup and `show pmid:`.
TEST_CASE("info:pmid/N in a DOI field is the PMID", "[audit59]") {
  for (const char* file : {"ris/doi_info_pmid_supplement.ris", "bibtex/doi_info_pmid_supplement.bib"}) {
    INFO(file);
    Parsed p = parse_file(fixture(file));
    const Record* r = titled(p.records, "Hidden pmid");
    REQUIRE(r != nullptr);
    CHECK(r->pmid == "21143862");
    CHECK(r->doi.empty());
    CHECK(said(p, "kept in extra: info:pmid") + said(p, "(kept as extra field)") == 0);
    CHECK(said(p, "info:pmid/21143862") == 1);
    CHECK(said(p, "read as the PMID") == 1);
  }
}
