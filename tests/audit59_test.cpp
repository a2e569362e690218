// audit59 (issue #11): the items session 58 found and left: APA's '&' before
// the last name outside BibTeX, `info:pmid/N` in a DOI field, a supplement's
// DOI listed before its article's, HTML character references in MEDLINE, and
// the entity warning naming Scopus in other databases' files.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

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

// A DOI list whose first DOI is a supplement's: Web of Science writes
// "[10.1890/14-2275.1.sm, 10.1890/14-2275.1]" for an Ecology article (a cited
// reference of decolonizing-expertise's savedrecs.txt, below), and its DI,
// EndNote's DOI field after it and the tables' DOI cells list DOIs the same
// way: the first DOI was taken, the supplement's.  ESA's ".sm", PLOS's
// review files ".s001": the work's is the DOI the other extends.
TEST_CASE("a DOI list: the article's DOI, not its supplement's", "[audit59]") {
  for (const char* file : {"ris/doi_info_pmid_supplement.ris", "bibtex/doi_info_pmid_supplement.bib"}) {
    INFO(file);
    Parsed p = parse_file(fixture(file));
    const Record* r = titled(p.records, "Supplement DOI");
    REQUIRE(r != nullptr);
    CHECK(r->doi == "10.1890/14-2275.1");
    CHECK(said(p, "supplement") >= 1);
  }
  Parsed p = parse_file(fixture("ris/doi_info_pmid_supplement.ris"));
  const Record* plos = titled(p.records, "A PLOS article");
  REQUIRE(plos != nullptr);
  CHECK(plos->doi == "10.1371/journal.pone.0099999");
  // Two DOIs neither of which extends the other: the first, as before.
  const Record* two = titled(p.records, "Two articles");
  REQUIRE(two != nullptr);
  CHECK(two->doi == "10.1890/14-1111.1");
}

// PubMed's MEDLINE text writes '<', '>' and '&' of abstracts and titles as
// HTML character references ("P &lt; 0.05": Tverm027's PubMed search, 1 of
// 294 records; about 1 in 790 PubMed records): before, kept as written
// without a word.
TEST_CASE("MEDLINE: HTML character references are decoded and said", "[audit59]") {
  Parsed p = parse_file(fixture("medline/html_entities.txt"));
  REQUIRE(p.records.size() == 2);
  const Record* r = titled(p.records, "Deep learning");
  REQUIRE(r != nullptr);
  CHECK(r->title == "Deep learning for cephalometric landmarks & treatment planning");
  CHECK(r->abstract.find("P < 0.05") != std::string::npos);
  CHECK(r->abstract.find("<2 mm") != std::string::npos);
  CHECK(r->abstract.find("\u20100.4") != std::string::npos);
  CHECK(r->abstract.find("&lt;") == std::string::npos);
  const Record* plain = titled(p.records, "A plain title");
  REQUIRE(plain != nullptr);
  CHECK(plain->abstract == "Nothing escaped here: R&D spending, 5 < 6.");
  CHECK(said(p, "character references") == 1);
}

// The entity warning of a RIS file named Scopus whatever the file's database
// (IEEE Xplore's RIS in litstudy's example, a Web of Science RIS).
TEST_CASE("RIS: the entity warning names no database the file is not from", "[audit59]") {
  Parsed ieee = parse_file(fixture("corpora/litstudy__tests_resources_example.ris"));
  CHECK(said(ieee, "character references") == 1);
  CHECK(said(ieee, "Scopus") == 0);
  Parsed scopus = parse_string(
      "TY  - JOUR\nAU  - Smith, J.\nTI  - R&amp;D in firms\nPY  - 2020\nDB  - Scopus\nER  - \n");
  REQUIRE(scopus.records.size() == 1);
  CHECK(scopus.records[0].title == "R&D in firms");
  CHECK(said(scopus, "Scopus") == 1);
}

// IEEE Xplore's RIS names no database: 'prisma' and 'overlap' counted its
// records under the file's name ("IEEE Xplore Citation RIS Download
// 2024.5.17.15.25.20.ris" in Tverm027's review; a renamed file lost even
// that).  Its layout names it: VO repeating VL, JA and Y1 on every record.
TEST_CASE("IEEE Xplore's RIS is labelled by its layout, not its file name", "[audit59]") {
  Parsed p = parse_file(fixture("corpora/litstudy__tests_resources_example.ris"));
  REQUIRE(p.records.size() == 25);
  std::size_t ieee = 0;
  for (const Record& r : p.records) ieee += default_source_label(r) == "IEEE Xplore";
  CHECK(ieee == 25);
  CHECK(said(p, "IEEE Xplore's RIS layout") == 1);
  CHECK(said(p, "no record of this file names its database") == 0);
  // A record naming its database keeps it; one without IEEE's layout is not IEEE's.
  Parsed other = parse_string(
      "TY  - JOUR\nAU  - Smith, J.\nTI  - Named\nPY  - 2020\nVO  - 3\nVL  - 3\nJA  - J\nY1  - 2020\nDB  - Scopus\nER  - \n\n"
      "TY  - JOUR\nAU  - Smith, J.\nTI  - Plain\nPY  - 2020\nVL  - 3\nJA  - J\nY1  - 2020\nER  - \n");
  REQUIRE(other.records.size() == 2);
  CHECK(default_source_label(other.records[0]) == "Scopus");
  CHECK(default_source_label(other.records[1]) != "IEEE Xplore");
}

// The same in a Web of Science cited reference: decolonizing-expertise's
// savedrecs.txt cites "Ecology 96, 2669" as "DOI [10.1890/14-2275.1.sm,
// 10.1890/14-2275.1]": the reference took the supplement's DOI, which no
// work of a library has (citation maps missed the link).
TEST_CASE("a WoS cited reference's DOI list: the work's DOI, not its supplement's", "[audit59]") {
  Parsed p = parse_file(fixture("corpora/decolonizing-expertise__savedrecs.txt"));
  std::size_t found = 0;
  for (const Record& r : p.records)
    for (const Reference& ref : r.references)
      if (ref.raw.find("14-2275.1.sm") != std::string::npos) {
        ++found;
        CHECK(ref.doi == "10.1890/14-2275.1");
      }
  CHECK(found == 1);
  CHECK(said(p, "the first is the other's supplement") == 1);
  // A chapter's DOI after its book's is no supplement: the first stays.
  Parsed chapter = parse_string(
      "TY  - CHAP\nAU  - Smith, J.\nTI  - A chapter\nPY  - 2011\n"
      "DO  - 10.1002/9781444354614.ch1, 10.1002/9781444354614\nER  - \n");
  REQUIRE(chapter.records.size() == 1);
  CHECK(chapter.records[0].doi == "10.1002/9781444354614.ch1");
}

// Dimensions' BibTeX export (cardozojr/Kenia's Dimensions.bib, 56 entries)
// names no database: 'prisma' and 'overlap' counted its records under the
// file's name.  Its entries carry Dimensions' key, the publication ID
// ("pub.1006827953"), and link to their page there, as ScienceDirect's and
// EBSCOhost's BibTeX are known by theirs; a library's entry linking a
// Dimensions page under a person's key stays the file's.
TEST_CASE("Dimensions' BibTeX is labelled Dimensions", "[audit59]") {
  Parsed p = parse_file(fixture("dimensions/dimensions_bibtex.bib"));
  REQUIRE(p.records.size() == 3);
  CHECK(default_source_label(p.records[0]) == "Dimensions");
  CHECK(default_source_label(p.records[1]) == "Dimensions");
  CHECK(default_source_label(p.records[2]) != "Dimensions");
}
