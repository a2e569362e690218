// audit68: the trust leftovers of session 67 (issue #11) and their siblings
// in real exports.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }

}  // namespace

namespace {
std::string extra_of(const Record& r, const std::string& name) {
  for (const auto& f : r.extra)
    if (f.name == name) return f.value;
  return {};
}
}  // namespace

// Semantic Scholar's Graph API writes a paper's BibTeX (citationStyles.bibtex)
// with its publicationTypes, a Python list, as the entry type:
// "@['JournalArticle', 'Conference']{Ammar2018ConstructionOT," (the API's own
// documentation), "@['Review']{Kianfar2019ComparisonAA," and, for a paper of
// no type, "@None{" (blackadad/paper-scraper's tests, copied from the API).
// refnet skipped each list-typed entry ("does not open an entry"), and a
// file that opens with one was no BibTeX at all: "no bibliographic records
// found", 0 of 3 read; @None was an unknown type read as a document.
TEST_CASE("audit68: Semantic Scholar's entry types written as a Python list are read", "[audit68]") {
  Parsed p = parse_file(fixture("bibtex/semantic_scholar_list_types.bib"));
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "does not open an entry") == 0);
  REQUIRE(p.records.size() == 3);
  const Record& a = p.records[0];
  CHECK(a.type == "article-journal");
  CHECK(a.container_title == "Journal of chemical theory and computation");
  CHECK(a.pages == "3878-3888");
  CHECK(extra_of(a, "publicationTypes") == "JournalArticle");
  const Record& b = p.records[1];
  CHECK(b.citekey == "Kianfar2019ComparisonAA");
  CHECK(b.type == "article-journal");  // a review article in a journal
  CHECK(extra_of(b, "publicationTypes") == "Review");
  const Record& c = p.records[2];
  CHECK(c.citekey == "Ammar2018ConstructionOT");
  CHECK(c.type == "paper-conference");  // NAACL, its booktitle; no journal
  CHECK(c.container_title == "NAACL");
  CHECK(c.authors.size() == 23);
  CHECK(extra_of(c, "publicationTypes") == "JournalArticle, Conference");
  for (const Record& r : p.records) CHECK(extra_of(r, "entrytype").empty());
  CHECK(said(p, "Python list") == 1);  // said once a file

  // Behind an ordinary entry, in the middle of a file.
  Parsed mid = parse_string("@article{x2020, title={An ordinary entry}, journal={J}, year={2020}}\n\n" +
                            slurp(fixture("bibtex/semantic_scholar_list_types.bib")));
  CHECK(mid.records.size() == 4);
  CHECK(said(mid, "does not open an entry") == 0);

  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imp = run_refnet(lib + "import " + q(fixture("bibtex/semantic_scholar_list_types.bib")));
  INFO(imp.err);
  CHECK(imp.status == 0);
  CHECK(has(imp.out + imp.err, "3 read, 3 new"));
}

TEST_CASE("audit68: Semantic Scholar's @None entries are typed by their fields, said", "[audit68]") {
  Parsed p = parse_file(fixture("bibtex/semantic_scholar_none_type.bib"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].type == "article-journal");  // a journal is named
  CHECK(p.records[0].container_title == "Reviews in Inorganic Chemistry");
  CHECK(p.records[1].type == "document");  // a venue alone
  for (const Record& r : p.records) CHECK(extra_of(r, "entrytype").empty());
  CHECK(said(p, "is none refnet knows") == 0);
  CHECK(said(p, "@None") == 1);
}

// A RIS ID that is a number alone (EndNote's record number "ID  - 2550",
// Ovid's and CAB's likewise: ~9,000 records of the dedup sets) is a key the
// library never keeps (citekey.cpp's machine_made): the works get keys made
// and the number was dropped without a word.  It is said once a file, with
// how many; an ID that is the record's PMID (Ovid MEDLINE's) is no loss.
TEST_CASE("audit68: RIS IDs that are bare record numbers are said once a file", "[audit68]") {
  Parsed p = parse_string(
      "TY  - JOUR\nID  - 123\nAU  - Smith, John\nTI  - A title of things\nPY  - 2020\nJO  - J Things\nER  - \n\n"
      "TY  - JOUR\nID  - 124\nAU  - Doe, Jane\nTI  - Another title\nPY  - 2021\nER  - \n\n"
      "TY  - JOUR\nID  - smith2019\nAU  - Roe, Ann\nTI  - A third title\nPY  - 2019\nER  - \n");
  REQUIRE(p.records.size() == 3);
  CHECK(said(p, "record number") == 1);
  CHECK(said(p, "2 records") == 1);

  // Ovid MEDLINE: the ID is the record's PMID, read from its link.
  Parsed ovid = parse_string(
      "TY  - JOUR\nID  - 30439442\nT1  - Mushroom poisoning: A proposed new clinical classification.\n"
      "A1  - White, Julian\nY1  - 2018//\nJF  - Toxicon\nVL  - 157\nSP  - 53\nEP  - 65\n"
      "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=medp&NEWS=N&AN=30439442\nER  -\n");
  REQUIRE(ovid.records.size() == 1);
  CHECK(ovid.records[0].pmid == "30439442");
  CHECK(said(ovid, "record number") == 0);

  // What the user sees on import.
  TempDir dir;
  const std::string path = dir / "endnote.ris";
  std::ofstream(path, std::ios::binary) << p.text;
  const auto imp = run_refnet("--library " + q(dir / "lib.sqlite") + " import " + q(path));
  CHECK(imp.status == 0);
  CHECK(has(imp.err, "record number"));
}

// SciELO's CSV joins its authors' "Family, Given" pairs by commas, and reads
// pair by pair since audit67; an organisation among them is one piece
// alone: "Ministerio de Salud, Instituto Nacional de Salud" was read as one
// person (family "Ministerio de Salud", given "Instituto Nacional de
// Salud"), unsaid but for the file's note on pairs (review67's finding 9);
// "Organización Panamericana de la Salud, Pérez Gómez, Juan Carlos" as one
// name (family, given "Pérez Gómez", suffix "Juan Carlos").  Where each run
// of pieces between organisations pairs up, an organisation is a name alone.
TEST_CASE("audit68: SciELO's organisations among 'Family, Given' pairs are names alone", "[audit68]") {
  Parsed p = parse_file(fixture("table/scielo_organisations.csv"));
  REQUIRE(p.records.size() == 3);
  const Record& a = p.records[0];
  REQUIRE(a.authors.size() == 2);
  CHECK(a.authors[0].literal == "Ministerio de Salud");
  CHECK(a.authors[1].literal == "Instituto Nacional de Salud");
  const Record& b = p.records[1];
  REQUIRE(b.authors.size() == 2);
  CHECK(b.authors[0].literal == "Organización Panamericana de la Salud");
  CHECK(b.authors[1].family == "Pérez Gómez");
  CHECK(b.authors[1].given == "Juan Carlos");
  const Record& c = p.records[2];  // persons only: as before
  REQUIRE(c.authors.size() == 2);
  CHECK(c.authors[1].family == "Martínez-Gallego");
  CHECK(said(p, "read as one name") == 0);
  CHECK(said(p, "organisation") == 1);  // the file's note says them
}

// JSTOR's BibTeX keys each entry by the DOI of its stable page (JSTOR's
// 10.2307/<id> for jstor.org/stable/<id>, the publisher's for
// jstor.org/stable/10.1086/...) and writes no doi field: the entries came in
// without a DOI, and dedup against a Web of Science or Scopus export of the
// same articles (which carry 10.2307/... DOIs) had only titles to go on.
TEST_CASE("audit68: JSTOR's BibTeX entries take their key, the DOI of their stable page, as DOI", "[audit68]") {
  Parsed p = parse_file(fixture("bibtex/jstor_citation_list.txt"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].doi == "10.2307/9000001");
  CHECK(p.records[1].doi == "10.2307/9000002");
  CHECK(p.records[2].doi == "10.1086/9000003");
  CHECK(said(p, "read as its DOI") == 1);  // said once a file
  // A DOI key linking elsewhere is no JSTOR entry: its key stays a key.
  Parsed other = parse_string("@article{10.2307/9000003,\n URL = {https://example.org/stable/9000003},\n"
                              " title = {Elsewhere},\n author = {Example, Anna},\n year = {2001}\n}\n",
                              Format::bibtex);
  REQUIRE(other.records.size() == 1);
  CHECK(other.records[0].doi.empty());
}

// EBSCOhost's database codes fap and pzh were unknown: their records were
// counted under "EBSCO" (clbustos/buhos's EBSCO_wrong_2.bib, a Fuente
// Académica Plus record, db=fap; ebscohost_wrong_1.bib's 1942 chapter of
// "Life and ways of the seven-to-eight year old", APA accession number
// 2007-02245-005, db=pzh: PsycBOOKS).
TEST_CASE("audit68: EBSCOhost's codes fap and pzh name Fuente Académica Plus and PsycBOOKS", "[audit68]") {
  for (const auto& [code, name] : {std::pair<const char*, const char*>{"fap", "Fuente Académica Plus"},
                                   {"pzh", "PsycBOOKS"}}) {
    Record r;
    r.provenance.format = "ris";
    r.provenance.file = "/home/me/search/ebsco.ris";
    r.add_extra("DB", code);
    r.add_extra("DP", "EBSCOhost");
    INFO(code);
    CHECK(default_source_label(r) == name);
  }
  Parsed p = parse_file(fixture("bibtex/ebscohost_numeric_key.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(default_source_label(p.records[0]) == "Fuente Académica Plus");
}

// ProQuest writes most names "Family, Given" and a few without the comma,
// in either order: "Higuera-Cetina Carlos Iván" (family first) beside
// "Michele Demi Collado" (given first) in one file (clbustos/buhos's
// proquest_test.ris).  The file's vote on such names ties, so each was read
// given name first: family "Iván", given "Higuera-Cetina Carlos" (warned as
// a guess).  A name whose own words show its order (a known given name
// last and none first) is read in that order, said once a file.
TEST_CASE("audit68: ProQuest's names without a comma are read in the order their words show", "[audit68]") {
  Parsed p = parse_file(fixture("ris/proquest_unmarked_names.ris"));
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.records[0].authors.size() == 8);
  const Creator& h = p.records[0].authors[4];
  CHECK(h.family == "Higuera-Cetina");
  CHECK(h.given == "Carlos Iván");
  REQUIRE(p.records[1].authors.size() == 9);
  const Creator& m = p.records[1].authors[2];
  CHECK(m.family == "Collado");  // given name first: its words show it
  CHECK(m.given == "Michele Demi");
  CHECK(p.records[0].authors[0].family == "Picón-Jaimes");  // "Family, Given": as before
  CHECK(said(p, "Higuera-Cetina Carlos Iván") == 1);  // said once a file
}

// An empty list ("@[]{", a paper of no type in Python's repr) is @None's
// sibling: typed by its fields, no empty publicationTypes kept.
TEST_CASE("audit68: Semantic Scholar's empty type list is read as @None", "[audit68]") {
  Parsed p = parse_string("@[]{Kianfar2019ComparisonAA,\n author = {E. Kianfar},\n journal = {Reviews in Inorganic "
                          "Chemistry},\n title = {Comparison and assessment of zeolite catalysts},\n year = {2019}\n}\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].type == "article-journal");
  for (const auto& f : p.records[0].extra) CHECK(f.name != "publicationTypes");
  CHECK(said(p, "does not open an entry") == 0);
}

// review68's finding 4: a given name of the file's "Family, Given" names
// flipped names written given name first.  "Wang, Li" made "Li" a given
// name, so "Xiaoming Li" was read family "Xiaoming", given "Li"; "Sipho
// Thomas" likewise by AnyStyle's "Thomas" (main read them given name first,
// as ProQuest's vote says).  A common family name last shows no order, and a
// word the file also writes as a family name ("Darío, Rubén") is no given
// name of the file.  The warning says where the evidence came from and how
// many names were read so.
TEST_CASE("audit68: a common family name last, or a word the file writes as a family name, flips no name",
          "[audit68]") {
  Parsed p = parse_file(fixture("ris/proquest_given_first_names.ris"));
  REQUIRE(p.records.size() == 3);
  REQUIRE(p.records[0].authors.size() == 4);
  CHECK(family_given(p.records[0].authors) == "Wang, Li; Zhang, Wei; Li, Xiaoming; Wei, Nkosinathi");
  REQUIRE(p.records[1].authors.size() == 4);
  CHECK(p.records[1].authors[2].family == "Thomas");
  CHECK(p.records[1].authors[2].given == "Sipho");
  REQUIRE(p.records[2].authors.size() == 3);
  CHECK(p.records[2].authors[2].family == "Darío");
  CHECK(p.records[2].authors[2].given == "Anxo");
  CHECK(said(p, "where their words show it") == 0);
  // The older fixture: one name read so, by the file's own given name
  // ("Lozada-Martínez, Iván David"), said with its evidence and count.
  Parsed h = parse_file(fixture("ris/proquest_unmarked_names.ris"));
  CHECK(said(h, "1 name without a comma read family name first") == 1);
  CHECK(said(h, "a given name of this file's 'Family, Given' names last") == 1);
}

// One policy for a tool's record numbers: the RIS reader says EndNote's
// bare numbers in ID once a file and keeps them nowhere (f4e0e720), so that
// no export carries another tool's numbers.  The EndNote XML reader kept
// rec-number in extra (2,414 of them said unwritten by every export,
// export32): now it does as the RIS reader does, said once a file with how
// many.  dedupe-sweep's tafenoquine.xml: 179 records, rec-number 19 ... 35.
TEST_CASE("audit68: EndNote XML's rec-number is said once a file and not kept, as RIS's bare ID", "[audit68]") {
  Parsed p = parse_file(fixture("corpora/dedupe-sweep__tafenoquine.xml"));
  REQUIRE(p.records.size() == 179);
  std::size_t kept = 0;
  for (const Record& r : p.records) kept += !extra_of(r, "rec-number").empty();
  CHECK(kept == 0);
  CHECK(said(p, "rec-number of 179 records ('19' ... '35')") == 1);
  CHECK(said(p, "not kept, the works get keys made") == 1);
}
