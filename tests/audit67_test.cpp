// audit67: real database exports not seen before (issue #11).
//
// EBSCO's new interface (research.ebsco.com) exports CSV whose first two
// columns name each record's database: longDBName ("Academic Search
// Complete", "Business Source Complete", "Complementary Index") and
// shortDBName (EBSCO's code: a9h, bth, edb); its plink is an opaque
// research.ebsco.com/plink/<uuid> address without the db= code of the old
// EBSCOhost permalinks.  refnet named no database for it: prisma and
// overlap counted every record under the file's name, with a note "no
// record of this file names its database" (chriscastille6/CMV's
// EBSCO-Metadata-06_26_2026-4.csv: 50 records of an EBSCO Research search
// across Academic Search Complete, Business Source Complete, CINAHL and
// Complementary Index, one label, the file's name).
//
// EBSCO's code bth is Business Source Complete and buh Business Source
// Premier (the same real file: longDBName "Business Source Complete",
// shortDBName "bth"; libraries' holdings links "Business Source Complete"
// -> direct.asp?db=bth): refnet had the two swapped, so an EBSCOhost RIS
// with "DB  - bth" was counted under Business Source Premier.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }

}  // namespace

TEST_CASE("audit67: EBSCO Research's CSV names each record's database in longDBName", "[audit67]") {
  Parsed p = parse_file(fixture("table/ebsco_research_export.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(default_source_label(p.records[0]) == "Academic Search Complete");
  CHECK(default_source_label(p.records[1]) == "Complementary Index");
  CHECK(default_source_label(p.records[2]) == "Business Source Complete");
  // The fields it was already read into stay as they were.
  CHECK(p.records[0].pages == "153-172");
  CHECK(p.records[2].issue == "5/6");
  REQUIRE(p.records[2].authors.size() == 2);
  CHECK(p.records[2].authors[0].family == "Hao");

  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imp = run_refnet(lib + "import " + q(fixture("table/ebsco_research_export.csv")));
  REQUIRE(imp.status == 0);
  CHECK_FALSE(has(imp.err, "names its database"));
  const auto prisma = run_refnet(lib + "prisma");
  REQUIRE(prisma.status == 0);
  INFO(prisma.out);
  CHECK(has(prisma.out, "Academic Search Complete: 1"));
  CHECK(has(prisma.out, "Business Source Complete: 1"));
  CHECK(has(prisma.out, "Complementary Index: 1"));
  CHECK_FALSE(has(prisma.out, "ebsco_research_export.csv"));
}

TEST_CASE("audit67: EBSCOhost's code bth is Business Source Complete, buh Business Source Premier", "[audit67]") {
  for (const auto& [code, name] : {std::pair<const char*, const char*>{"bth", "Business Source Complete"},
                                   {"buh", "Business Source Premier"}}) {
    Record r;
    r.provenance.format = "ris";
    r.provenance.file = "/home/me/search/ebsco.ris";
    r.add_extra("DB", code);
    r.add_extra("DP", "EBSCOhost");
    INFO(code);
    CHECK(default_source_label(r) == name);
  }
}

// EBSCO Research's BibTeX (research.ebsco.com) writes "null" for a volume,
// an issue or an end page it lacks and "N.PAG-N.PAG" (its "no pagination")
// for pages.  refnet kept them: volume "null", issue "null", pages
// "833-null" and "N.PAG-N.PAG" (clbustos/buhos's spec/fixtures/
// EBSCO_wrong_3.bib: 26 entries, 12 "null" volumes and numbers, 3 end
// pages "null", one "N.PAG-N.PAG"), which an export wrote back and dedup's
// volume test compared.  Its entries link an opaque plink under EBSCO's own
// key (accession number and date) and name no database: prisma counted
// them under the file's name.
TEST_CASE("audit67: EBSCO Research's BibTeX 'null' volumes, issues and end pages are no value", "[audit67]") {
  Parsed p = parse_file(fixture("bibtex/ebsco_research_nulls.bib"));
  REQUIRE(p.records.size() == 4);
  const Record& a = p.records[0];
  CHECK(a.volume == "13");
  CHECK(a.issue.empty());
  CHECK(a.pages == "1-12");
  const Record& b = p.records[1];
  CHECK(b.volume.empty());
  CHECK(b.issue.empty());
  const Record& c = p.records[2];
  CHECK(c.pages == "833");
  CHECK(c.issue == "4");
  const Record& d = p.records[3];
  CHECK(d.pages.empty());
  CHECK(d.volume == "65");
  for (const Record& r : p.records) {
    INFO(r.title);
    for (const auto& f : r.extra) CHECK(f.value.find("null") == std::string::npos);
    CHECK(default_source_label(r) == "EBSCO");
  }
  CHECK(said(p, "null") == 1);  // said once a file

  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("bibtex/ebsco_research_nulls.bib"))).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK(has(prisma.out, "    EBSCO: 4\n"));
}

// EBSCOhost's BibTeX keys an entry by its accession number and the date
// ("17370987920231001"); refnet found the database from the permalink's db=
// only when that key was still the entry's, but the library replaces a key
// that is a number alone before it labels the record: such entries were
// counted under the file's name (clbustos/buhos's EBSCO_wrong_2.bib, whose
// link also has a '|' after the accession number: "AN=173709879|&amp;").
TEST_CASE("audit67: an EBSCOhost BibTeX entry keyed by a number alone is counted under its database",
          "[audit67]") {
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("bibtex/ebscohost_numeric_key.bib"))).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK(has(prisma.out, "    Fuente Académica Plus: 1\n"));  // db=fap (audit68; "EBSCO (fap)" before)
  CHECK_FALSE(has(prisma.out, "ebscohost_numeric_key.bib"));
}

// EBSCOhost's BibTeX writes the authors' e-mail addresses and ORCID iDs in
// URL where it has them ("URL = {mcvh@eircom.net}", "URL = {ORCID:
// 0000-0002-5727-0576}", "URL = {k.woolf@ucl.ac.uk, ORCID: ...}"): refnet
// read them as the work's url, without a word (clbustos/buhos's
// ebscohost_wrong_1.bib: 51 of 199 entries, whose 'open' then opened an
// e-mail address and whose RIS and CSL exports wrote it as the link).
TEST_CASE("audit67: e-mail addresses and ORCID iDs in a BibTeX url are no url", "[audit67]") {
  Parsed p = parse_file(fixture("bibtex/ebscohost_url_emails.bib"));
  REQUIRE(p.records.size() == 4);
  for (std::size_t i = 0; i < 3; ++i) {
    INFO(p.records[i].title);
    CHECK(p.records[i].url.empty());
    CHECK_FALSE(extra_values(p.records[i], "url").empty());  // kept
  }
  CHECK(extra_values(p.records[0], "url") == std::vector<std::string>{"mcvh@eircom.net"});
  CHECK(has(p.records[3].url, "ebscohost.com/login.aspx"));
  CHECK(default_source_label(p.records[3]) == "PsycINFO");
  CHECK(said(p, "e-mail") == 1);  // said once a file
}

// SciELO's CSV export (ID,Title,Author(s),Source,Journal,Language(s),
// Publication year,Fulltext URL) joins its authors' "Family, Given" pairs
// by commas: "Maldonado Alegre, Fernando Camilo, Ulloa Córdova, Vanessa
// Dora, ...".  refnet read such a cell as one name (warned) or, for
// "Becerra, Isabel Jiménez, Reyes, Roberto Canales, ...", as one person whose
// suffix held the others; only lists whose given names were one word came
// out right (clbustos/buhos's scielo_export.csv: 7 of 15 rows wrong, 15
// people missing).  Its ID is SciELO's article ID and collection: the rows
// were counted under the file's name.  Its volume, issue and pages are only
// in Source ("Journal; 8(1); 132-145"), kept in extra unread.
TEST_CASE("audit67: SciELO's CSV authors are 'Family, Given' pairs joined by commas", "[audit67]") {
  Parsed p = parse_file(fixture("table/scielo_export.csv"));
  REQUIRE(p.records.size() == 4);
  const Record& a = p.records[0];
  REQUIRE(a.authors.size() == 4);
  CHECK(a.authors[0].family == "Maldonado Alegre");
  CHECK(a.authors[0].given == "Fernando Camilo");
  CHECK(a.authors[2].family == "Príncipe Concha");
  CHECK(a.authors[3].given == "Beymar Pedro");
  const Record& b = p.records[1];
  REQUIRE(b.authors.size() == 4);
  CHECK(b.authors[1].family == "Reyes");
  CHECK(b.authors[1].given == "Roberto Canales");
  CHECK(b.authors[0].suffix.empty());
  CHECK(p.records[2].authors.size() == 2);  // "Pinheiro, Laís, Melo, Cynthia": as before
  REQUIRE(p.records[3].authors.size() == 1);
  CHECK(p.records[3].authors[0].family == "Bermúdez-González");
  CHECK(said(p, "read as one name") == 0);
  for (const Record& r : p.records) CHECK(default_source_label(r) == "SciELO");
  // Its volume, issue and pages only in Source, after the journal's name:
  // "Revista de Ciencias Humanísticas y Sociales (ReHuSo); 8(1); 132-145".
  CHECK(a.volume == "8");
  CHECK(a.issue == "1");
  CHECK(a.pages == "132-145");
  CHECK(extra_values(a, "Source").size() == 1);  // kept
  CHECK(said(p, "read from Source") == 1);
}

// The Virtual Health Library's (BVS) CSV: "Volume number" beside "Issue
// number", each row's database in "Database".  refnet read the issue but
// kept the volume in extra ("not read into a field"), and counted the rows
// under the file's name (clbustos/buhos's bvs_ingles.csv: 13 MEDLINE rows,
// 13 volumes missing).  Its pages are only in Source ("J Psychiatr Res;139:
// 179-184, 2021 07."), kept in extra unread: 13 rows without pages.
TEST_CASE("audit67: the Virtual Health Library's CSV: its volume, and its database", "[audit67]") {
  Parsed p = parse_file(fixture("table/bvs_medline.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].volume == "139");
  CHECK(p.records[1].volume == "30");
  CHECK(p.records[1].issue == "2");
  for (const Record& r : p.records) {
    CHECK(extra_values(r, "Volume number").empty());
    CHECK(default_source_label(r) == "MEDLINE (BVS)");
  }
  // The pages only in Source: "J Psychiatr Res;139: 179-184, 2021 07.".
  CHECK(p.records[0].pages == "179-184");
  CHECK(p.records[1].pages == "183-211");
}

// A RefWorks CSV whose Web of Science records came into RefWorks through
// WoS's BibTeX keeps that BibTeX's closing braces and escapes: "NORDIC
// PSYCHOLOGY}", "PSYCHOLOGY \& HEALTH}", ISSN "1901-2276}", an abstract
// ending in "}".  refnet kept the journals and abstracts so, unsaid, and
// refused the ISSNs one warning a row (clbustos/buhos's refworks.csv: 28 of
// 97 rows).
TEST_CASE("audit67: RefWorks CSV cells ending in a BibTeX brace are read without it", "[audit67]") {
  Parsed p = parse_file(fixture("table/refworks_bibtex_residue.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].container_title == "NORDIC PSYCHOLOGY");
  CHECK(p.records[0].issn == std::vector<std::string>{"1901-2276"});
  CHECK(p.records[0].abstract.back() != '}');
  CHECK(p.records[1].container_title == "PSYCHOLOGY & HEALTH");
  CHECK(p.records[2].container_title == "Teaching and Teacher Education");
  CHECK(said(p, "is not a list of ISSNs") == 0);
  CHECK(said(p, "BibTeX") == 1);  // said once a file
}

// EBSCO Research's CSV dates an issue of a month (coverDate "Mar2024",
// "Oct2025", "Mar/Apr2025") by its first day (publicationDate 20240301,
// 20251001, 20250301): that day is no day of the source's (chriscastille6/
// CMV's EBSCO-Metadata-06_26_2026-4.csv: "20240301" beside "Mar2024",
// "20251001" beside "Oct2025"; "20251010" beside "2025" is a day).  Read as
// the year and month, said once a file.
TEST_CASE("audit67: EBSCO's first day of a month's issue is no day", "[audit67]") {
  Parsed p = parse_file(fixture("table/ebsco_research_export.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].issued.year == 2024);
  CHECK(p.records[0].issued.month == 3);
  CHECK(p.records[0].issued.day == 0);  // 20240301, coverDate Mar2024
  CHECK(p.records[1].issued.day == 10);  // 20251010, coverDate 2025: a day
  CHECK(p.records[2].issued.month == 3);
  CHECK(p.records[2].issued.day == 0);  // 20250301, coverDate Mar/Apr2025
  CHECK(said(p, "no day") == 1);  // said once a file
}

// A RIS date whose fourth part, the source's own words, names the month and
// year but no day ("1988/03/01/MAR 1988"): its day 01 is the exporter's.
TEST_CASE("audit67: a RIS date's day 01 beside words naming only the month is no day", "[audit67]") {
  Parsed p = parse_string("TY  - JOUR\nAU  - Doe, Jane\nTI  - A test of dates\nJO  - Some Journal\n"
                          "PY  - 1988/03/01/MAR 1988\nER  - \n\n"
                          "TY  - JOUR\nAU  - Roe, Jim\nTI  - Another\nJO  - Some Journal\n"
                          "PY  - 1990/05/01/May 1 1990\nER  - \n",
                          Format::ris);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].issued.year == 1988);
  CHECK(p.records[0].issued.month == 3);
  CHECK(p.records[0].issued.day == 0);
  CHECK(p.records[1].issued.day == 1);  // its words name the day
  CHECK(said(p, "no day") == 1);
}

// JSTOR's BibTeX ("citations.txt": "JSTOR Citation List", each entry keyed
// by the DOI of its page, 10.2307/<id> for jstor.org/stable/<id> or the
// publisher's 10.1086/591289 for jstor.org/stable/10.1086/591289) names
// JSTOR nowhere else: its entries went under the file's name in prisma and
// overlap (Changhong-YU/Tools-for-Jstor's data/citations*.txt, 62 entries).
TEST_CASE("audit67: JSTOR's BibTeX entries are counted under JSTOR", "[audit67]") {
  Parsed p = parse_file(fixture("bibtex/jstor_citation_list.txt"));
  REQUIRE(p.records.size() == 3);
  CHECK(default_source_label(p.records[0]) == "JSTOR");
  CHECK(default_source_label(p.records[1]) == "JSTOR");
  CHECK(default_source_label(p.records[2]) == "JSTOR");  // keyed by the publisher's DOI, jstor.org/stable/<it>
  CHECK(p.records[0].issue.empty());
  // A DOI key linking elsewhere is no JSTOR entry.
  Parsed other = parse_string("@article{10.2307/9000003,\n URL = {https://example.org/stable/9000003},\n"
                              " title = {Elsewhere},\n author = {Example, Anna},\n year = {2001}\n}\n",
                              Format::bibtex);
  REQUIRE(other.records.size() == 1);
  CHECK(default_source_label(other.records[0]) != "JSTOR");

  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("bibtex/jstor_citation_list.txt"))).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK(has(prisma.out, "JSTOR: 3"));
}
