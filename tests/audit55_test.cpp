// audit55 (issue #11): names written family name first without a comma by
// sources other than CNKI and ProQuest, and EPPI-Reviewer's JSON export.
// The real files are one review's library (infoqualitylab's Empirical
// Retraction Lit, CC-BY-4.0) as EPPI-Reviewer exported it and as the Zotero
// library made of it exports RIS: the same 385 works in both files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "record_lookup.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::vector<std::string> extras(const Record& r, const std::string& name) {
  std::vector<std::string> out;
  for (const ExtraField& e : r.extra)
    if (e.name == name) out.push_back(e.value);
  return out;
}
}  // namespace

// EPPI-Reviewer's JSON export was taken by the Crossref reader, which kept
// of each item its DOI, URL and short title: 385 works without title,
// authors, year, journal or abstract, said only as "incomplete record".
TEST_CASE("EPPI-Reviewer JSON: every reference read with its fields, names family first", "[audit55]") {
  Parsed p = parse_file(fixture("corpora/empirical-retraction-lit__eppi_export.json"));
  REQUIRE(p.records.size() == 385);
  CHECK(p.stats.rejected == 0);
  CHECK(std::all_of(p.records.begin(), p.records.end(), [](const Record& r) {
    return !r.title.empty() && !r.authors.empty() && r.issued.year > 0;
  }));
  CHECK(p.records[0].provenance.format == "eppi-json");

  const Record& a = p.records[0];
  CHECK(a.title == "Analysis of retracted articles on medicines administered to humans");
  CHECK(a.container_title == "British Journal of Clinical Pharmacology");
  REQUIRE(a.authors.size() == 1);
  CHECK(a.authors[0].family == "Dal-Ré");
  CHECK(a.authors[0].given == "Rafael");
  CHECK(a.issued.year == 2019);
  CHECK(a.volume == "85");
  CHECK(a.issue == "9");
  CHECK(a.pages == "2179-2181");
  CHECK(a.doi == "10.1111/bcp.14021");
  CHECK(a.keywords.size() == 11);
  // The review's codes, by their names in the code set.
  const std::vector<std::string> codes = extras(a, "eppi-code");
  REQUIRE(codes.size() == 4);
  CHECK(std::all_of(codes.begin(), codes.end(), [](const std::string& c) { return c.rfind("Comparison Sets > ", 0) == 0; }));
  CHECK(extras(a, "eppi-status") == std::vector<std::string>{"Included in review"});

  const Record* abbas = by_title(p.records, "Conflicts of interest in infection prevention");
  REQUIRE(abbas != nullptr);
  CHECK(abbas->issued.month == 10);
  REQUIRE(abbas->issn.size() == 1);
  CHECK(abbas->issn[0] == "0342-4642");
  REQUIRE(abbas->authors.size() == 12);
  CHECK(abbas->authors[3].family == "Morel");
  CHECK(abbas->authors[3].given == "Chantal M");

  const Record* thesis = by_title(p.records, "An Assessment of Retractions");
  REQUIRE(thesis != nullptr);
  CHECK(thesis->type == "thesis");
  CHECK(thesis->publisher == "University of South Florida");
  CHECK(thesis->publisher_place == "Tampa, FL");

  const Record* chapter = by_title(p.records, "Retracted articles\u2013the scientific version");
  REQUIRE(chapter != nullptr);
  CHECK(chapter->type == "chapter");
  CHECK(chapter->publisher == "Routledge");
  REQUIRE(chapter->editors.size() == 4);
  CHECK(chapter->editors[1].family == "Jaffé");
  CHECK(chapter->editors[1].given == "Mariela E");
  CHECK(chapter->pages == "47-70");

  // The short title names the first author's family name of two words.
  const Record* osf = by_title(p.records, "Retracted publications about COVID-19");
  REQUIRE(osf != nullptr);
  REQUIRE(!osf->authors.empty());
  CHECK(osf->authors[0].family == "Bendezu Quispe");
  CHECK(osf->authors[0].given == "Guido Jean Pierre");
  CHECK(osf->doi == "10.17605/osf.io/jk3xg");

  // Family first whatever the words show: an initial inside, a particle
  // inside, an elided word last.
  const Record* sources = by_title(p.records, "Sources of error");
  REQUIRE(sources != nullptr);
  REQUIRE(sources->authors.size() == 3);
  CHECK(sources->authors[1].family == "Steen");
  CHECK(sources->authors[1].given == "R Grant");
  CHECK(sources->wos_ut == "WOS:000340845900004");
  const Record* corrective = by_title(p.records, "Corrective factors");
  REQUIRE(corrective != nullptr);
  REQUIRE(corrective->authors.size() == 2);
  CHECK(corrective->authors[1].full_family() == "Teixeira da Silva");
  CHECK(corrective->authors[1].given == "Jaime A");
  const Record* surgery = by_title(p.records, "Retracted articles in surgery journals");
  REQUIRE(surgery != nullptr);
  CHECK(surgery->authors[0].family == "Cassão");
  CHECK(surgery->authors[0].given == "Bruna Dell'Acqua");
  const Record* prior = by_title(p.records, "Prior publication and redundancy");
  REQUIRE(prior != nullptr);
  CHECK(prior->authors[0].full_family() == "de Vasconcelos");
  CHECK(prior->authors[0].given == "Sonia Maria Ramos");

  // QuickCitation (the fields again) is dropped, and said once.
  CHECK(said(p, "QuickCitation") == 1);
}

// The Zotero library made of that EPPI export keeps each name as one field
// and exports it so: "AU  - Dal-Ré Rafael", "AU  - Morel Chantal M" (1,151
// names of 385 works, none with a comma).  Read given first, "Dal-Ré" was a
// given name and "Rafael" the family name, without a word.  The file's
// names that show their order ("Morel Chantal M", a known given name last)
// show family first: the file is read so, and that is said once.
TEST_CASE("RIS: a file whose names without a comma show family first is read so", "[audit55]") {
  Parsed p = parse_file(fixture("corpora/empirical-retraction-lit__zotero.ris"));
  REQUIRE(p.records.size() == 385);
  const Record* a = by_title(p.records, "Analysis of retracted articles on medicines");
  REQUIRE(a != nullptr);
  REQUIRE(a->authors.size() == 1);
  CHECK(a->authors[0].family == "Dal-Ré");
  CHECK(a->authors[0].given == "Rafael");
  const Record* abbas = by_title(p.records, "Conflicts of interest in infection prevention");
  REQUIRE(abbas != nullptr);
  REQUIRE(abbas->authors.size() == 12);
  CHECK(abbas->authors[1].family == "Pires");
  CHECK(abbas->authors[1].given == "Daniela");
  CHECK(abbas->authors[3].family == "Morel");
  CHECK(abbas->authors[3].given == "Chantal M");
  CHECK(abbas->authors[8].family == "Lucet");
  const Record* corrective = by_title(p.records, "Corrective factors");
  REQUIRE(corrective != nullptr);
  REQUIRE(corrective->authors.size() == 2);
  CHECK(corrective->authors[1].full_family() == "Teixeira da Silva");
  const Record* prior = by_title(p.records, "Prior publication and redundancy");
  REQUIRE(prior != nullptr);
  CHECK(prior->authors[0].full_family() == "de Vasconcelos");
  // Its records carry EPPI-Reviewer's tag (audit56): read as EPPI's.
  CHECK(said(p, "as EPPI-Reviewer writes them") == 1);
}

// EPPI-Reviewer's RIS export writes its names the same way ("A1  -
// Brownstein C D", asreview's EPPI sample; "A1  - Dal-Ré Rafael" where the
// names are whole) and makes the short title of the first one's family name
// ("ST  - Brownstein (2024)").  Its every name is family first, whatever its
// words show.  (Made up in the pattern of that sample and of the JSON's
// names.)
TEST_CASE("EPPI-Reviewer RIS: every name family first", "[audit55]") {
  Parsed p = parse_string(
      "TY  - JOUR\nT1  - Sources of error in the retracted scientific literature\nJF  - The FASEB Journal\n"
      "A1  - Casadevall Arturo\nA1  - Steen R Grant\nA1  - Fang Ferric C\nST  - Casadevall (2014)\nPY  - 2014\n"
      "DA  - 2014///\nY1  - 2014///\nU1  - 54780123\nER  - \n\n"
      "TY  - JOUR\nT1  - Analysis of retracted articles on medicines administered to humans\n"
      "JF  - British Journal of Clinical Pharmacology\nA1  - Dal-Ré Rafael\nST  - Dal-Ré (2019)\nPY  - 2019\n"
      "U1  - 54780091\nER  - \n");
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.records[0].authors.size() == 3);
  CHECK(p.records[0].authors[0].family == "Casadevall");
  CHECK(p.records[0].authors[0].given == "Arturo");
  CHECK(p.records[0].authors[1].family == "Steen");
  CHECK(p.records[0].authors[1].given == "R Grant");
  CHECK(p.records[0].authors[2].family == "Fang");
  REQUIRE(p.records[1].authors.size() == 1);
  CHECK(p.records[1].authors[0].family == "Dal-Ré");
  CHECK(said(p, "as EPPI-Reviewer writes them") == 1);
}

// EPPI-Reviewer cut Embase's "Dos Santos, H.B." at its comma into two
// names ("A1  - Dos Santos", "A1  - H B"), which were read as two people
// (given "Dos", family "Santos"; given "H", family "B").  asreview's EPPI
// export of a dinosaur search (CC0), 2 of its 10 records.
TEST_CASE("EPPI-Reviewer RIS: initials alone after a name are its given name, cut at the comma", "[audit55]") {
  Parsed p = parse_file(fixture("corpora/citation-file-formatting__eppireviewer.ris"));
  REQUIRE(p.records.size() == 10);
  std::size_t seen = 0;
  for (const Record& r : p.records) {
    if (r.authors.empty() || r.authors[0].family != "Troiano") continue;
    ++seen;
    REQUIRE(r.authors.size() == 4);
    CHECK(r.authors[0].given == "L P");
    CHECK(r.authors[1].full_family() == "Dos Santos");
    CHECK(r.authors[1].given == "H B");
    CHECK(r.authors[2].family == "Aureliano");
  }
  CHECK(seen == 2);
  CHECK(said(p, "which EPPI-Reviewer cut at its comma") == 2);
}

// Elsewhere a name without a comma stays given first ("Hui wang", Scopus's
// RIS of a search; "CAIZHI SHEN", EBSCO's), and where the name could be
// family first that guess is said once for the file.
TEST_CASE("RIS: a name without a comma read given first as a guess is said once", "[audit55]") {
  Parsed p = parse_string(
      "TY  - JOUR\nTI  - Robots and labour\nAU  - Hui wang\nAU  - Jiang Wei\nAU  - Smith, John\nPY  - 2020\n"
      "ER  - \n\nTY  - JOUR\nTI  - Robots and labour again\nAU  - Jiang Wei\nAU  - Lars G. Willighagen\nPY  - 2021\n"
      "ER  - \n");
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.records[0].authors.size() == 3);
  CHECK(p.records[0].authors[0].family == "wang");
  CHECK(p.records[0].authors[1].family == "Wei");
  CHECK(p.records[1].authors[1].family == "Willighagen");
  CHECK(said(p, "read given name first") == 1);
  // A name that shows its order is no guess.
  Parsed shown = parse_string("TY  - JOUR\nTI  - A study\nAU  - Lars G. Willighagen\nAU  - Steven Sprick Schuster\n"
                              "PY  - 2019\nER  - \n");
  REQUIRE(shown.records.size() == 1);
  CHECK(said(shown, "read given name first") == 0);
}
