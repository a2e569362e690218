// sheet68 (issue #11): real exports of sources not tried before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/doi.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Lens.org's JSON export of 2019-2021 (restrepo/lens's lens-export.json, 155
// works of one institution) names its ID "record_lens_id", its identifiers
// "citation_ids", its journal "journal" (title_full, publisher, issn,
// country) and its pages "pages_start"/"pages_end": refnet took it for
// Crossref JSON (no "lens_id") and read every work without authors, year,
// DOI, journal or pages (155 works warned "incomplete", their fields kept in
// extra).  Its authors are listed once per affiliation with the same "seq"
// (35 of 155 works: 52 entries that are no further person).
TEST_CASE("Lens.org's JSON export of 2020 (record_lens_id, citation_ids, journal) is read as Lens", "[sheet68]") {
  Parsed p = parse_file(fixture("json/lens_export_2020.json"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "is this Crossref JSON") == 0);
  CHECK(said(p, "incomplete record") == 0);
  for (const Record& r : p.records) CHECK(r.provenance.format == "lens");

  const Record* ochoa = titled(p.records, "Can a congenital dysfunctional bladder");
  REQUIRE(ochoa);
  CHECK(ochoa->type == "article-journal");
  // One person listed twice, once per affiliation (seq 1 both times).
  CHECK(family_given(ochoa->authors) == "Ochoa, Bernardo");
  REQUIRE(ochoa->authors.size() == 1);
  CHECK(ochoa->authors[0].affiliations ==
        std::vector<std::string>{"Louisiana State University", "University of Antioquia"});
  CHECK(ochoa->doi == "10.1007/s00467-003-1291-1");
  CHECK(ochoa->pmid == "14648341");
  CHECK(ochoa->container_title == "Pediatric Nephrology");
  CHECK(ochoa->publisher == "Springer Nature");
  CHECK(ochoa->issn == std::vector<std::string>{"0931-041X", "1432-198X"});
  CHECK(ochoa->volume == "19");
  CHECK(ochoa->issue == "1");
  CHECK(ochoa->pages == "6-12");
  CHECK(ochoa->issued.year == 2003);
  CHECK(ochoa->issued.month == 11);
  CHECK(ochoa->issued.day == 25);
  CHECK(extra_values(*ochoa, "Lens ID") == std::vector<std::string>{"111-246-336-407-299"});
  CHECK(extra_values(*ochoa, "magid") == std::vector<std::string>{"mag1983618051"});
  CHECK(extra_values(*ochoa, "Citing Patents Count") == std::vector<std::string>{"1"});
  CHECK(extra_values(*ochoa, "record_lens_id").empty());
  CHECK(extra_values(*ochoa, "citation_ids").empty());
  CHECK(extra_values(*ochoa, "journal").empty());
  CHECK(!extra_values(*ochoa, "fields_of_study").empty());

  const Record* hiv = titled(p.records, "Papel del dominio V1/V2");
  REQUIRE(hiv);
  CHECK(family_given(hiv->authors) ==
        "Granados-Gonzalez, Viviana; Piedrahita, Leidy Diana; Martínez, Marlen; Genin, Christian; Riffard, Serge; "
        "Urcuqui-Inchima, Silvio");
  CHECK(hiv->doi == "10.1016/j.eimc.2008.02.010");
  CHECK(hiv->container_title == "Enfermedades Infecciosas Y Microbiologia Clinica");
  CHECK(hiv->pages == "523-530");
  CHECK(hiv->issued.year == 2009);

  // No journal: a chapter of a book (its DOI says so); its first author twice.
  const Record* book = titled(p.records, "Advanced Processing and Manufacturing");
  REQUIRE(book);
  CHECK(book->authors.size() == 5);
  CHECK(book->authors[0].affiliations == std::vector<std::string>{"University of Antioquia"});
  CHECK(book->doi == "10.1002/9781118095379.ch12");
  CHECK(book->pages == "97-107");
  CHECK(book->issued.year == 2011);

  // The repeated entries read as one person are said, once for the file.
  CHECK(said(p, "once per affiliation") == 1);
}

// The same schema as a client saved one work of the Scholarly API of 2020
// (restrepo/lens's data/lens_*.json: "_id", "references" by a number,
// "referenced_by_count").
TEST_CASE("Lens.org's 2020 API record: referenced_by_count is the citing works' count", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens_one.json";
  std::ofstream(path, std::ios::binary)
      << R"([{"_id":2430705673162,"referenced_by_patent_count":0,"citation_ids":[{"type":"doi","value":"10.1140/epjc/s10052-015-3733-x"}],)"
         R"("record_lens_id":"024-307-056-731-628","publication_type":"journal article","authors":[{"collective_name":null,)"
         R"("first_name":"Alexander Gallego","last_name":"Cadavid","initials":"AG","is_personal":true,"seq":1,"ids":[],"affiliations":[]}],)"
         R"("title":"A written title of one work","pages_start":"5","pages_end":null,"volume":"75","issue":"11",)"
         R"("journal":{"title_full":"European Physical Journal C","issn":[{"value":"14346044","type":"print"}]},)"
         R"("references":[{"lens_id":1200441599}],"year_published":2015,"referenced_by_count":13}])";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "lens");
  CHECK(r.doi == "10.1140/epjc/s10052-015-3733-x");
  CHECK(r.container_title == "European Physical Journal C");
  CHECK(r.pages == "5");
  CHECK(r.issued.year == 2015);
  CHECK(extra_values(r, "Citing Works Count") == std::vector<std::string>{"13"});
  CHECK(extra_values(r, "Citing Patents Count") == std::vector<std::string>{"0"});
  CHECK(r.references.size() == 1);
}

// The Scholarly API of 2020 wrote a reference's "lens_id" as Lens's internal
// number (restrepo/lens's data/lens_*.json: 15 and 61 references, each warned
// "is not a Lens ID", none matching a work).  The number is the Lens ID
// without its hyphens and check digit (ISO 7064 MOD 11-2, as ORCID's): the
// record "_id" 2430705673162 is "024-307-056-731-628".  Written as the Lens
// ID, a reference finds the work of the file it names.
TEST_CASE("Lens.org's numeric reference IDs are read as Lens IDs", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens_refs.json";
  std::ofstream(path, std::ios::binary)
      << R"([{"_id":2430705673162,"record_lens_id":"024-307-056-731-628","title":"The cited work",)"
         R"("citation_ids":[{"type":"doi","value":"10.1140/epjc/s10052-015-3733-x"}],"year_published":2015},)"
         R"({"_id":3434143191159,"record_lens_id":"034-341-431-911-594","title":"The citing work",)"
         R"("citation_ids":[{"type":"doi","value":"10.1103/physrevd.93.015012"}],"year_published":2016,)"
         R"("references":[{"lens_id":2430705673162},{"lens_id":1200441599}]}])";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 2);
  const Record* citing = titled(p.records, "The citing work");
  REQUIRE(citing);
  REQUIRE(citing->references.size() == 2);
  CHECK(citing->references[0].raw == "024-307-056-731-628");
  CHECK(citing->references[0].doi == "10.1140/epjc/s10052-015-3733-x");
  CHECK(citing->references[1].raw == "000-012-004-415-990");
  CHECK(said(p, "is not a Lens ID") == 0);
  CHECK(said(p, "numeric Lens IDs") == 1);
}

namespace {
const Creator* named(const Record& r, std::string_view family) {
  for (const Creator& c : r.authors)
    if (c.family == family) return &c;
  return nullptr;
}
}  // namespace

// NASA ADS's tagged export ("ADS" format: %R bibcode, %A authors ';'-separated
// and wrapped at 72 columns, %F affiliations "AA(...), AB(...)", %P/%L first
// and last page, %B abstract, %Y "DOI: ..." and "eprintid: arXiv:...", %I the
// links, %C the copyright) was read as EndNote's tagged format, whose
// letters mean other things (anlitsai/pub_list's export-ads.txt, 191 works):
// no DOI (175 in %Y, read as a tertiary author), no abstract (189 in %B, read
// as a secondary title), the publisher "ABSTRACT: Abstract;" (189, %I), the
// copyright line the place, the last page kept in extra, keywords cut at the
// line ends, "Max-\nMoerbeck" read "Max- Moerbeck".
TEST_CASE("NASA ADS's tagged export is read as ADS's, not as EndNote's", "[sheet68]") {
  Parsed p = parse_file(fixture("ads/ads_export_2019.txt"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  const Record* q = titled(p.records, "Investigating the multiwavelength");
  REQUIRE(q);
  CHECK(q->doi == "10.1093/mnras/stz2792");
  CHECK(q->container_title == "Monthly Notices of the Royal Astronomical Society");
  CHECK(q->volume == "490");
  CHECK(q->pages == "5300-5316");
  CHECK(q->issued.year == 2019);
  CHECK(q->issued.month == 12);
  CHECK(q->publisher.empty());
  CHECK(q->publisher_place.empty());
  CHECK(q->url == "https://ui.adsabs.harvard.edu/abs/2019MNRAS.490.5300D");
  CHECK(q->abstract.rfind("An abstract written for this fixture", 0) == 0);
  CHECK(q->abstract.find("near-infrared") != std::string::npos);
  CHECK(extra_values(*q, "ADS bibcode") == std::vector<std::string>{"2019MNRAS.490.5300D"});
  CHECK(extra_values(*q, "arXiv") == std::vector<std::string>{"1910.03609"});
  CHECK(extra_values(*q, "copyright").size() == 1);
  CHECK(extra_values(*q, "ADS links").size() == 3);
  REQUIRE(q->authors.size() == 10);
  CHECK(q->authors[0].family == "D'Ammando");
  CHECK(q->authors[0].given == "F.");
  CHECK(named(*q, "Slavcheva-Mihova"));
  CHECK(named(*q, "Max-Moerbeck"));
  REQUIRE(named(*q, "Samal"));
  CHECK(named(*q, "Samal")->given == "M. R.");
  CHECK(q->authors[7].literal == "WEBT Collaboration");
  // AA, AB, AD: the first, second and fourth authors' affiliations.
  CHECK(q->authors[0].affiliations == std::vector<std::string>{"INAF - Istituto di Radioastronomia, Via Gobetti 101, I-40129 Bologna, Italy"});
  CHECK(q->authors[1].affiliations.size() == 1);
  CHECK(q->authors[2].affiliations.empty());
  CHECK(q->authors[3].affiliations.size() == 2);
  CHECK(q->keywords == std::vector<std::string>{"radiation mechanisms: non-thermal", "galaxies: individual: CTA 102",
                                                "galaxies: jets", "gamma-rays: general",
                                                "Astrophysics - High Energy Astrophysical Phenomena"});

  const Record* iau = titled(p.records, "Stacking analysis of HERITAGE");
  REQUIRE(iau);
  CHECK(iau->doi == "10.1017/s1743921318006981");
  CHECK(iau->pages == "383-384");
  CHECK(iau->authors.size() == 6);
  CHECK(iau->keywords.back() == "stars: mass-loss");
  for (const Record& r : p.records) CHECK(r.provenance.format == "ads-tagged");
}

// A line after a record's blank line continues none of its fields: it is
// skipped, said (found writing the reader: "100-99 stray line" as the pages).
TEST_CASE("ADS tagged: a stray line after a record is skipped, said, not joined to its last field", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/export-ads.txt";
  std::ofstream(path, std::ios::binary) << "%R 2020ApJ...900..100X\n%T A title\n%A X, Y.; Z, W.\n%P 100\n%L 109\n\n"
                                           "stray line\n%R 2021arXiv210112345Q\n%T Another title\n";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 2);
  const Record* a = titled(p.records, "A title");
  REQUIRE(a);
  CHECK(a->pages == "100-109");
  CHECK(said(p, "stray line") + said(p, "skipped") >= 1);
  const Record* b = titled(p.records, "Another title");
  REQUIRE(b);
  CHECK(b->type == "article");
}

// HAL's BibTeX writes a paper's number of pages where its pages go:
// "PAGES = {7p.}" (Gepetto/gepetto-utils's hal.bib: 21 of 200 entries, "3p." to
// "56p."); read as the pages, a style printed "pp. 7p.".  The count is the
// work's page total (biblatex's pagetotal, CSL's number-of-pages), said once.
TEST_CASE("HAL's 'PAGES = {7p.}' is the number of pages, not the pages", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/hal.bib";
  std::ofstream(path, std::ios::binary)
      << "@inproceedings{tournois:hal-01575033,\n  TITLE = {{Online Payload Identification for Quadruped Robots}},\n"
         "  AUTHOR = {Tournois, Guido G and Semini, Claudio G},\n  BOOKTITLE = {{IEEE/RSJ International Conference on "
         "Intelligent Robots and Systems}},\n  PAGES = {7p.},\n  YEAR = {2017},\n  HAL_ID = {hal-01575033},\n}\n\n"
         "@article{delprete:hal-01356989,\n  TITLE = {{Joint Position and Velocity Bounds}},\n  AUTHOR = {Del Prete, "
         "Andrea},\n  JOURNAL = {{IEEE Robotics and Automation Letters}},\n  PAGES = {pp.281-288},\n  YEAR = {2018},\n}\n";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 2);
  const Record* paper = titled(p.records, "Online Payload");
  REQUIRE(paper);
  CHECK(paper->pages.empty());
  CHECK(extra_values(*paper, "pagetotal") == std::vector<std::string>{"7"});
  CHECK(said(p, "number of pages") == 1);
  const Record* article = titled(p.records, "Joint Position");
  REQUIRE(article);
  CHECK(article->pages == "281-288");
}

// OpenAlex's web CSV in its readable layout (Title, Author "A|B", Year, DOI,
// Type, Source, Citation count, Abstract, ID: the shape CoLRev's
// csv_transforms reads as "human readable" OpenAlex CSV, its test's row) was
// read right but counted under the file's name by prisma and overlap: the
// dotted layout is named OpenAlex by its "id" column, this one's is "ID".
TEST_CASE("OpenAlex's readable CSV is counted under OpenAlex", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/works.csv";
  std::ofstream(path, std::ios::binary)
      << "Title,Author,Year,DOI,Type,Source,Citation count,Abstract,ID\n"
         "Phase 3 Trial,Alice A|Bob B,2023,https://doi.org/10.1056/example,article,New England Journal of "
         "Medicine,618,A trial abstract.,https://openalex.org/W4323293924\n";
  const std::string lib = "--library '" + dir.path.string() + "/lib.sqlite' ";
  REQUIRE(run_refnet(lib + "import '" + path + "'").status == 0);
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK(labels.out.find("OpenAlex") != std::string::npos);
  CHECK(labels.out.find("works.csv") == std::string::npos);
}

// Which database found them: NASA ADS's tagged export and its BibTeX (each
// entry's adsurl, "https://ui.adsabs.harvard.edu/abs/<bibcode>"), HAL's
// BibTeX (HAL_ID) were counted under the file's name by prisma and overlap
// (anlitsai/pub_list's 191 + 191, Uendert's 38, Gepetto's 200).
TEST_CASE("NASA ADS's and HAL's exports are counted under their database", "[sheet68]") {
  TempDir dir;
  const std::string bib = dir.path.string() + "/mixed.bib";
  std::ofstream(bib, std::ios::binary)
      << "@ARTICLE{2019MNRAS.490.5300D,\n       author = {{D'Ammando}, F. and {Raiteri}, C.~M.},\n        title = "
         "\"{Investigating the multiwavelength behaviour of CTA 102}\",\n      journal = {\\mnras},\n         year = "
         "2019,\n       volume = {490},\n        pages = {5300-5316},\n          doi = {10.1093/mnras/stz2792},\n       "
         "adsurl = {https://ui.adsabs.harvard.edu/abs/2019MNRAS.490.5300D},\n      adsnote = {Provided by the SAO/NASA "
         "Astrophysics Data System}\n}\n\n"
         "@phdthesis{campana:tel-01591472,\n  TITLE = {{Motion planning for digital actors}},\n  AUTHOR = {Campana, "
         "Myl{\\`e}ne},\n  SCHOOL = {{Universit{\\'e} Paul Sabatier (Toulouse 3)}},\n  YEAR = {2017},\n  HAL_ID = "
         "{tel-01591472},\n  HAL_VERSION = {v1},\n}\n";
  const std::string lib = "--library '" + dir.path.string() + "/lib.sqlite' ";
  REQUIRE(run_refnet(lib + "import '" + bib + "' '" + fixture("ads/ads_export_2019.txt") + "'").status == 0);
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK(labels.out.find("3\t2\tNASA ADS") != std::string::npos);  // the BibTeX entry and the tagged record: one work
  CHECK(labels.out.find("1\tHAL") != std::string::npos);
  CHECK(labels.out.find("mixed.bib") == std::string::npos);
  CHECK(labels.out.find("ads_export_2019.txt") == std::string::npos);
}

// Lens's CSV writes a line break inside a cell as ';': between the JATS
// elements of an abstract too ("<jats:title>Abstract</jats:title>;
// <jats:p>..."), which was read into the text: 5 of amgonzalezvargas/
// public_datasets' 1,000 and 13 of spicy-adobo/LIS-4-5693's 1,000 abstracts
// opened with ";\n\n".  A ';' right after a JATS element's end is such a break.
TEST_CASE("Lens CSV: the ';' Lens writes between an abstract's JATS elements is no text", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens-export.csv";
  std::ofstream(path, std::ios::binary)
      << "Lens ID,Title,Publication Year,Author/s,Abstract,DOI\n"
         "000-102-650-000-001,Indoor objects,2021,A. Author,\"<jats:title>Abstract</jats:title>;         "
         "<jats:p>indoor objects and recognition present a task.</jats:p>;         <jats:p>Second paragraph; with a "
         "semicolon.</jats:p>\",10.1000/abc\n";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 1);
  const std::string& a = p.records[0].abstract;
  INFO(a);
  CHECK(a.rfind("indoor objects", 0) == 0);
  CHECK(a.find("task.\n\nSecond paragraph; with a semicolon.") != std::string::npos);
  CHECK(a.find(";\n") == std::string::npos);
}

// The same inside and around inline elements (spicy-adobo/LIS-4-5693's
// lens-topology.csv): "<jats:p>;   We", "a field;   <jats:italic>K</jats:italic>;
// , when", "&#x0D;;".  A ';' of the text after an element stays.
TEST_CASE("Lens CSV: Lens's ';' breaks inside an abstract's paragraphs are no text", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens-export.csv";
  std::ofstream(path, std::ios::binary)
      << "Lens ID,Title,Publication Year,Author/s,Abstract,DOI\n"
         "000-102-650-000-002,Etale,2021,A. Author,\"<jats:title>Abstract</jats:title>;                   <jats:p>;     "
         "                We investigate the following question: Given a field;                     "
         "<jats:italic>K</jats:italic>;                     , when is it so? Cells <jats:italic>in vivo</jats:italic>; "
         "in vitro.</jats:p>\",10.1000/abd\n"
         "000-102-650-000-003,Complementary,2021,B. Author,\"<jats:p>&#x0D;; &#x0D;; A topology on a set.</jats:p>\","
         "10.1000/abe\n";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 2);
  const Record* etale = titled(p.records, "Etale");
  REQUIRE(etale);
  INFO(etale->abstract);
  CHECK(etale->abstract.rfind("We investigate", 0) == 0);
  CHECK(etale->abstract.find("field; K") == std::string::npos);
  CHECK(etale->abstract.find("in vivo; in vitro") != std::string::npos);
  const Record* comp = titled(p.records, "Complementary");
  REQUIRE(comp);
  INFO(comp->abstract);
  CHECK(comp->abstract.find(';') == std::string::npos);
  // The ';' left out are said, counted, once a file (title's, p's, field's,
  // italic's; two after '&#x0D;').
  CHECK(said(p, "line breaks in the JATS markup") == 1);
  CHECK(said(p, "6 ';' Lens wrote for line breaks in the JATS markup of 2 abstracts") == 1);
}

// review68b: a ';' of the text between two inline elements, one blank apart
// ("<jats:italic>Escherichia coli</jats:italic>; <jats:italic>Staphylococcus
// aureus</jats:italic>"), was taken for Lens's break (an element's end, the
// next element following) and read "Escherichia coli Staphylococcus aureus",
// silently.  After an inline element's end (italic, bold, sup, sub, sc) only
// the break's indentation (two blanks and more) marks Lens's ';'; after a
// block's end (p, title, sec) the next element does too.  Constructed after
// /tmp/review68b/lens.csv.
TEST_CASE("Lens CSV: a ';' of the text between two inline elements stays", "[sheet68]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/lens-export.csv";
  std::ofstream(path, std::ios::binary)
      << "Lens ID,Title,Publication Year,Author/s,Abstract,DOI\n"
         "000-102-650-000-001,Strains,2021,A. Author,\"<jats:p>We tested <jats:italic>Escherichia coli</jats:italic>; "
         "<jats:italic>Staphylococcus aureus</jats:italic> and <jats:italic>Bacillus subtilis</jats:italic>; all grew. "
         "Ions: Na<jats:sup>+</jats:sup>; <jats:bold>K</jats:bold>.</jats:p>\",10.1000/abc\n"
         "000-102-650-000-002,Breaks,2021,B. Author,\"<jats:p>A field <jats:italic>K</jats:italic>;      "
         "<jats:italic>L</jats:italic> holds.</jats:p>; <jats:p>Next.</jats:p>\",10.1000/abd\n";
  Parsed p = parse_file(path);
  REQUIRE(p.records.size() == 2);
  const Record* strains = titled(p.records, "Strains");
  REQUIRE(strains);
  INFO(strains->abstract);
  CHECK(strains->abstract.find("Escherichia coli; Staphylococcus aureus and Bacillus subtilis; all grew.") !=
        std::string::npos);
  CHECK(strains->abstract.find("Na⁺; K.") != std::string::npos);
  const Record* breaks = titled(p.records, "Breaks");
  REQUIRE(breaks);
  INFO(breaks->abstract);
  CHECK(breaks->abstract.find(';') == std::string::npos);  // Lens's indented break, a break between paragraphs
  CHECK(breaks->abstract.find("K L holds.") != std::string::npos);
  CHECK(said(p, "2 ';' Lens wrote for line breaks in the JATS markup of 1 abstract ") == 1);
}

// HAL's BibTeX writes SAGE's placeholder for a DOI not yet assigned
// (Gepetto/gepetto-utils's hal.bib, hal-01267345: "DOI = {10.1177/ToBeAssigned}"),
// and so do references copying it ("..., SAGE Journals, 2024, 1-31,
// doi:10.1177/ToBeAssigned.") and templates users fill in ("10.XXXX/XXXXX",
// "10.1016/j.xxx.2020.xx.xxx").  refnet read it as the work's DOI: two works
// of one placeholder are "kept apart: same DOI" (a pair for review), and the
// work's published record (its real DOI) was vetoed "different DOIs".
TEST_CASE("A placeholder DOI (HAL's 10.1177/ToBeAssigned) is no DOI: kept in extra, said", "[sheet68]") {
  for (const char* placeholder :
       {"10.1177/ToBeAssigned", "https://doi.org/10.1177/ToBeAssigned", "10.1177/tobeassigned", "10.1177/to-be-assigned",
        "10.1016/j.xxx.2020.xx.xxx", "10.1038/s41467-023-xxxxx", "10.1234/XXXXXXX"}) {
    INFO(placeholder);
    CHECK(!normalize_doi(placeholder));
  }
  // Real DOIs with an 'x' or a word in them stay.
  for (const char* real : {"10.1111/j.1461-0248.2007.01124.x", "10.1111/j.1469-185X.1988.tb00725.x",
                           "10.5555/3026877.3026899", "10.1016/S0140-6736(20)30183-5", "10.1002/pending.2020.1",
                           "10.3390/xx12345", "10.1177/0885412220921526"}) {
    INFO(real);
    CHECK(normalize_doi(real));
  }
  CHECK(!find_doi("C. Alessi, E. Falotico et al., Rod models in continuum and soft robot control: a review, SAGE "
                  "Journals, 2024, 1-31, doi:10.1177/ToBeAssigned."));

  Parsed p = parse_file(fixture("corpora/gepetto__hal.bib"));
  const Record* planner = titled(p.records, "An efficient acyclic contact planner");
  REQUIRE(planner);
  CHECK(planner->doi.empty());
  CHECK(extra_values(*planner, "doi") == std::vector<std::string>{"10.1177/ToBeAssigned"});
  CHECK(said(p, "10.1177/ToBeAssigned") == 1);
  CHECK(said(p, "placeholder") == 1);

  // The work as IEEE published it (T-RO 34(3), 2018) is the preprint's work.
  Record published;
  published.type = "article-journal";
  published.title = "An Efficient Acyclic Contact Planner for Multiped Robots";
  published.authors = planner->authors;
  published.issued.year = 2018;
  published.container_title = "IEEE Transactions on Robotics";
  published.doi = "10.1109/tro.2018.2819658";
  Record preprint = *planner;
  preprint.issued.year = 2018;  // the veto of the years aside: the DOIs decide
  std::vector<std::string> why;
  duplicate_score(preprint, published, DedupOptions{}, &why);
  for (const std::string& w : why) CHECK(w.find("different DOIs") == std::string::npos);
}

// HAL's BibTeX writes the publisher or the organiser in EDITOR
// (Gepetto/gepetto-utils's hal.bib: "EDITOR = {Springer}" beside "PUBLISHER =
// {{Springer International Publishing}}", "EDITOR = {IEEE}" twice), and a
// Mendeley library the e-book platform of a catalogue record
// (zotero-better-bibtex's web_page_and_other_mendeley_idiocy.bib: "editor =
// {EBSCOhost}", "{ProQuest (Firm)}"): read as a person named Springer, IEEE...
TEST_CASE("BibTeX: a publisher or an organisation in EDITOR is read as an organisation, said", "[sheet68]") {
  Parsed hal = parse_file(fixture("corpora/gepetto__hal.bib"));
  const Record* book = titled(hal.records, "Geometric and Numerical Foundations of Movements");
  REQUIRE(book);
  REQUIRE(book->editors.size() == 1);
  CHECK(book->editors[0].is_literal());
  CHECK(book->editors[0].literal == "Springer");
  const Record* humanoids = titled(hal.records, "A kinematics-dynamics based estimator");
  REQUIRE(humanoids);
  REQUIRE(humanoids->editors.size() == 1);
  CHECK(humanoids->editors[0].literal == "IEEE");
  CHECK(said(hal, "editor 'Springer'") == 1);
  CHECK(said(hal, "editor 'IEEE'") == 2);

  Parsed mendeley = parse_file(fixture("corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib"));
  const Record* fragility = titled(mendeley.records, "White fragility");
  REQUIRE(fragility);
  REQUIRE(fragility->editors.size() == 1);
  CHECK(fragility->editors[0].literal == "EBSCOhost");
  std::size_t proquest = 0;
  for (const Record& r : mendeley.records)
    for (const Creator& c : r.editors) proquest += c.literal == "ProQuest (Firm)";
  CHECK(proquest == 4);

  // One word that is a person's family name stays a person.
  Parsed person = parse_string("@inproceedings{k, title={T}, author={A, B}, editor={Teredesai}, "
                               "booktitle={KDD}, publisher={ACM}, year=2019}\n");
  REQUIRE(person.records.size() == 1);
  REQUIRE(person.records[0].editors.size() == 1);
  CHECK(!person.records[0].editors[0].is_literal());
  CHECK(person.records[0].editors[0].family == "Teredesai");
}
