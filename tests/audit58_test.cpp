// audit58 (issue #11): EndNote's BibTeX export ("My EndNote Library.txt",
// keys RN<number>, fields indented three spaces, `type = {Journal Article}`),
// which copies EndNote's own fields as they are: a Web of Science record's
// article number and PII before its DOI, PubMed's citation tail after it, one
// keyword a line, the Date in the year.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "record_lookup.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* by_key(const std::vector<Record>& records, std::string_view key) {
  for (const Record& r : records)
    if (r.citekey == key) return &r;
  return nullptr;
}
}  // namespace

// ZhiLiHydro/Self-Use-Handy-Codes's EndNote library of Web of Science
// records: 42 of its 185 DOI fields hold more than the DOI, the article
// number ("ARTN R1") and Cambridge's PII ("PII S0022112019003756") on the
// lines before it; 29 (every one with a PII, and "ARTN 025301(R)") lost their
// DOI ("not a DOI", kept in extra).
TEST_CASE("EndNote's DOI field: the DOI after Web of Science's article number and PII", "[audit58]") {
  Parsed p = parse_file(fixture("bibtex/endnote_wos_pii_doi.bib"));
  REQUIRE(p.records.size() == 6);
  const std::map<std::string, std::string> want = {
      {"RN1044", "10.1017/jfm.2019.41"},  {"RN1022", "10.1017/jfm.2019.395"}, {"RN1007", "10.1017/jfm.2019.375"},
      {"RN1052", "10.1017/jfm.2019.72"},  {"RN1035", "10.1017/jfm.2019.127"}, {"RN1036", "10.1017/jfm.2019.171"}};
  for (const auto& [key, doi] : want) {
    const Record* r = by_key(p.records, key);
    REQUIRE(r != nullptr);
    CHECK(r->doi == doi);
  }
  CHECK(said(p, "not a DOI") == 0);
  // Said, the field kept as written.
  CHECK(said(p, "PII") == 3);
  const Record* pii = by_key(p.records, "RN1007");
  REQUIRE(pii != nullptr);
  CHECK(pii->get_extra("doi") == "PII S0022112019003756\n10.1017/jfm.2019.375");

  SECTION("the same in EndNote's RIS (one DO, its lines continued)") {
    Parsed ris = parse_string(
        "TY  - JOUR\r\nAU  - Augier, P.\r\nTI  - Shallow water wave turbulence\r\nT2  - Journal of Fluid Mechanics\r\n"
        "PY  - 2019\r\nVL  - 874\r\nDO  - ARTN R3\r\nPII S0022112019000727\r\n10.1017/jfm.2019.72\r\nER  - \r\n");
    REQUIRE(ris.records.size() == 1);
    CHECK(ris.records[0].doi == "10.1017/jfm.2019.72");
  }
  SECTION("a PII is a marker before one identifier, not before words") {
    Parsed bib = parse_string(
        "@article{a,\n   author = {A, B.},\n   title = {T},\n   year = {2019},\n"
        "   DOI = {PII see erratum\n10.1017/jfm.2019.72}\n}\n");
    REQUIRE(bib.records.size() == 1);
    CHECK(bib.records[0].doi.empty());
  }
}

// The shape of three EndNote libraries exported as BibTeX (alicia-lledo/
// My_thesis_latex, 691 entries; lmfritz/ActivityBudgets, 363; LamGaahou/CHS,
// 32; none licensed, so made up here): a PubMed record's DOI field holds the
// DOI and again the DOI with PubMed's "Epub" date after it (8 of 691), or
// the DOI and the article's supplementary-information page (4 of 691): each
// was "not a DOI".
TEST_CASE("EndNote's DOI field: the DOI again with PubMed's tail, or beside its page", "[audit58]") {
  Parsed p = parse_file(fixture("bibtex/endnote_pubmed_fields.bib"));
  REQUIRE(p.records.size() == 4);
  const Record* epub = by_key(p.records, "RN12");
  REQUIRE(epub != nullptr);
  CHECK(epub->doi == "10.1007/s11356-023-99999-1");
  const Record* supp = by_key(p.records, "RN13");
  REQUIRE(supp != nullptr);
  CHECK(supp->doi == "10.1038/ng.9999");
  CHECK(said(p, "not a DOI") == 0);
  SECTION("a page that is not the DOI's keeps the field apart") {
    Parsed bib = parse_string(
        "@article{a,\n   author = {A, B.},\n   title = {T},\n   year = {2019},\n"
        "   DOI = {10.1038/ng.9999\nhttps://www.nature.com/articles/ng.1234}\n}\n");
    REQUIRE(bib.records.size() == 1);
    CHECK(bib.records[0].doi.empty());
  }
  SECTION("a line that starts with another DOI keeps the field apart") {
    Parsed bib = parse_string(
        "@article{a,\n   author = {A, B.},\n   title = {T},\n   year = {2019},\n"
        "   DOI = {10.1038/ng.9999\n10.1038/ng.1234. Epub 2014 Jan 17.}\n}\n");
    REQUIRE(bib.records.size() == 1);
    CHECK(bib.records[0].doi.empty());
  }
}

// EndNote writes its Keywords field one keyword a line, the lines not
// indented (a MeSH heading keeps its comma: "Animals, Wild"), PubMed's
// major-topic '*' as PubMed has it: 34 of lmfritz's 36 keyword fields and
// LamGaahou's one were each read as one keyword, the lines joined.
TEST_CASE("EndNote's BibTeX keywords: one a line", "[audit58]") {
  Parsed p = parse_file(fixture("bibtex/endnote_pubmed_fields.bib"));
  REQUIRE(p.records.size() == 4);
  const Record* mesh = by_key(p.records, "RN12");
  REQUIRE(mesh != nullptr);
  CHECK(mesh->keywords == std::vector<std::string>{"Seasons", "Hot Temperature", "Animals, Wild", "Salts/chemistry",
                                                   "Energy storage density", "Water vapor sorption"});
  const Record* own = by_key(p.records, "RN14");
  REQUIRE(own != nullptr);
  CHECK(own->keywords == std::vector<std::string>{"drones", "photogrammetry", "body condition"});
  CHECK(said(p, "one keyword a line") == 1);

  SECTION("a list wrapped by its writer stays the list it was") {
    // Web of Science's BibTeX indents the line it wraps, inside a keyword.
    Parsed wos = parse_string(
        "@article{a,\nauthor = {A, B.},\ntitle = {T},\nyear = {2019},\n"
        "Keywords = {Climate change; biodiversity; land\n   use},\n}\n");
    REQUIRE(wos.records.size() == 1);
    CHECK(wos.records[0].keywords == std::vector<std::string>{"Climate change", "biodiversity", "land use"});
    // A ', ' list wrapped after a comma.
    Parsed wrapped = parse_string(
        "@article{a,\n  author = {A, B.},\n  title = {T},\n  year = {2019},\n"
        "  keywords = {alpha, beta,\ngamma, delta}\n}\n");
    REQUIRE(wrapped.records.size() == 1);
    CHECK(wrapped.records[0].keywords == std::vector<std::string>{"alpha", "beta", "gamma", "delta"});
    CHECK(said(wos, "one keyword a line") + said(wrapped, "one keyword a line") == 0);
  }
}

// EndNote's Year holds what a source gave as the year, often a whole date
// ("2023/02/01", "2025–08–12" with en dashes, "2021 Jun", "Mar 18, 2021":
// 41 of lmfritz's 363): read as the year alone, the field kept in extra
// without a word, and written back by the BibTeX export beside the year as
// `year = {2023/02/01}` with the year moved to `date`.
TEST_CASE("EndNote's BibTeX year: a whole date is the date", "[audit58]") {
  Parsed p = parse_file(fixture("bibtex/endnote_pubmed_fields.bib"));
  REQUIRE(p.records.size() == 4);
  const Record* slashed = by_key(p.records, "RN14");
  REQUIRE(slashed != nullptr);
  CHECK(slashed->issued.year == 2024);
  CHECK(slashed->issued.month == 2);
  CHECK(slashed->issued.day == 1);
  CHECK(slashed->get_extra("year").empty());
  const Record* dashed = by_key(p.records, "RN15");
  REQUIRE(dashed != nullptr);
  CHECK(dashed->issued.year == 2024);
  CHECK(dashed->issued.month == 7);
  CHECK(dashed->issued.day == 20);
  CHECK(dashed->get_extra("year").empty());
  CHECK(said(p, "is a date") == 2);

  SECTION("other years keep what they kept") {
    Parsed bib = parse_string(
        "@article{a,\n   author = {A, B.},\n   title = {T},\n   year = {Mar 18, 2021}\n}\n"
        "@article{b,\n   author = {A, B.},\n   title = {U},\n   year = {2018a}\n}\n"
        "@article{c,\n   author = {A, B.},\n   title = {V},\n   year = {1984--1986}\n}\n");
    REQUIRE(bib.records.size() == 3);
    CHECK(bib.records[0].issued.year == 2021);
    CHECK(bib.records[0].issued.month == 3);
    CHECK(bib.records[0].issued.day == 18);
    CHECK(bib.records[1].issued.year == 2018);
    CHECK(bib.records[1].issued.month == 0);
    CHECK(bib.records[1].get_extra("year") == "2018a");
    CHECK(bib.records[2].issued.year == 1984);
    CHECK(bib.records[2].issued.end_year == 1986);
    CHECK(bib.records[2].issued.month == 0);
  }
}
