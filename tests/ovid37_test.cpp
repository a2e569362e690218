// Ovid's RIS of MEDLINE, APA PsycInfo and CENTRAL as a biomedical reviewer
// exports it today (newuser37: the MSM syndemics scoping review's searches,
// MaxenceOuafik/MSM-Syndemic-Scoping-Review, excerpts in fixtures/ris/
// ovid_msm_*.ris).  These files name no database (no DB, no DP): Ovid's link
// to each record does ("ovidweb.cgi?...&D=medp&...&AN=32487818").
#include <catch2/catch.hpp>

#include <sstream>

#include "../importers/ris_fields.hpp"
#include "refnet/exporter.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Before: 0 of the 190 records of msm__medline.ris had a PMID (the PMID is
// Ovid's accession number: `ID` and the link's `AN=`; only a record whose DB
// named Ovid MEDLINE had its link read), and PRISMA counted them under the
// file's name.  The codes seen: med6..med16, medc, medl, medp, prem,
// prem1..prem3, mesx (Ovid MEDLINE's segments, In-Process, Epub Ahead of
// Print).
TEST_CASE("Ovid MEDLINE RIS naming no database: the PMID is the link's AN, the database the link's D=", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_medline.ris"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "32487818");  // D=medp
  CHECK(p.records[1].pmid == "31591666");  // D=prem
  CHECK(p.records[2].pmid == "32160759");  // D=mesx
  for (const Record& r : p.records) {
    CHECK(default_source_label(r) == "MEDLINE (Ovid)");
    CHECK(source_label_warning(r).empty());
  }
  // PsycINFO's and CENTRAL's accession numbers are theirs, no PMID.
  Parsed ps = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(ps.records.size() == 4);
  for (const Record& r : ps.records) {
    CHECK(r.pmid.empty());
    CHECK(default_source_label(r) == "PsycINFO");
  }
  Parsed c = parse_file(fixture("ris/ovid_msm_central.ris"));
  REQUIRE(c.records.size() == 3);
  for (const Record& r : c.records) {
    CHECK(r.pmid.find("CN-") == std::string::npos);  // CENTRAL's accession number is no PMID
    CHECK(default_source_label(r) == "CENTRAL (Ovid)");
  }
}

TEST_CASE("Ovid database codes: the database each names", "[review][ovid37]") {
  CHECK(ovid_database("med16") == "MEDLINE (Ovid)");
  CHECK(ovid_database("prem2") == "MEDLINE (Ovid)");
  CHECK(ovid_database("mesx") == "MEDLINE (Ovid)");
  CHECK(ovid_database("psyc4") == "PsycINFO");
  CHECK(ovid_database("cctr") == "CENTRAL (Ovid)");
  CHECK(ovid_database("emed21") == "Embase");
  CHECK(ovid_database("emez") == "Embase");
  CHECK(ovid_database("zzzz").empty());
  // A code refnet does not know: the platform and the code, said at import.
  Parsed p = parse_string("TY  - JOUR\nT1  - A title\nA1  - Smith, J\n"
                          "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=zzzz&NEWS=N&AN=123\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(default_source_label(p.records[0]) == "Ovid (zzzz)");
  CHECK(source_label_warning(p.records[0]).find("Ovid names the database by a code refnet does not know (D=zzzz)") == 0);
}

// Before: the record's full-text link and the library's link resolver were
// one L2 value, "...&AN=32487818Link to the External Link Resolver:
// https://explore.lib.uliege.be/...": Ovid writes both after ER on one line.
TEST_CASE("Ovid's line after ER: the full-text link and the link resolver's are two L2 values", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_medline.ris"));
  REQUIRE(p.records.size() == 3);
  std::vector<std::string> l2 = extra_values(p.records[0], "L2");
  REQUIRE(l2.size() == 3);
  CHECK(l2[0] == "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=medp&NEWS=N&AN=32487818");
  CHECK(l2[1] == "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=medp&AN=32487818");
  CHECK(starts_with(l2[2], "https://explore.lib.uliege.be/openurl/32ULG_INST/32ULG_INST:ULIEGE?"));
  for (const Record& r : p.records)
    for (const std::string& v : extra_values(r, "L2")) CHECK(v.find("Link to") == std::string::npos);
  // A PsycINFO record's line has no resolver: one link, as before.
  Parsed ps = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(ps.records.size() == 4);
  CHECK(extra_values(ps.records[1], "L2").size() == 2);
}

// Before: a work with a PMID and a ProQuest (or any RIS) source whose own AN
// is another accession number got no PMID in the RIS export: 68 of the 91
// works with a PMID among newuser37's 123 included had one.
TEST_CASE("RIS export: the PMID beside the source's own AN lines", "[export][ris][ovid37]") {
  Parsed p = parse_string("TY  - JOUR\nT1  - Syndemic vulnerability\nAU  - Bourey, Christine\nPY  - 2018\n"
                          "AN  - 2063105705\nDB  - ProQuest Central; Sociological Abstracts\nER  - \n");
  REQUIRE(p.records.size() == 1);
  Record r = p.records[0];
  r.pmid = "29968142";  // from the work's MEDLINE source
  std::ostringstream out;
  write_ris(out, {r});
  // ProQuest's own AN stays, kept apart in a note (rtris37: a bare number
  // under AN may be read as a PMID), and the PMID has its own AN line.
  CHECK(out.str().find("N1  - AN (kept apart by refnet): 2063105705\r\n") != std::string::npos);
  CHECK(out.str().find("AN  - PMID:29968142\r\n") != std::string::npos);
  // A source whose AN is the PMID (PubMed's RIS): one line, not two.
  Parsed q = parse_string("TY  - JOUR\nT1  - A title\nAU  - Smith, J\nDB  - PubMed\nAN  - 29968142\nER  - \n");
  REQUIRE(q.records.size() == 1);
  REQUIRE(q.records[0].pmid == "29968142");
  std::ostringstream out2;
  write_ris(out2, {q.records[0]});
  const std::string one = out2.str();
  CHECK(one.find("29968142") != std::string::npos);
  CHECK(one.find("29968142") == one.rfind("29968142"));
}

// Before: the 15 records of msm__cochrane.ris (CENTRAL via Ovid, `TY - ELEC`)
// were all webpages; a trial registry's record had the registry number as
// its author ("A1 - NCT04381559", citation key nct043815592020sexual), its
// official title (T2) as container, its address (JA) in extra.
TEST_CASE("CENTRAL via Ovid: ELEC records of a journal are articles; a registry's record has no author", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_central.ris"));
  REQUIRE(p.records.size() == 3);
  const Record& trial = p.records[0];
  CHECK(trial.type == "webpage");
  CHECK(trial.authors.empty());
  CHECK(trial.number == "NCT04381559");
  CHECK(trial.url == "https://clinicaltrials.gov/show/NCT04381559");
  CHECK(trial.container_title.empty());
  CHECK(starts_with(trial.get_extra("T2"), "Integrating Cognitive-behavioural Therapy"));
  CHECK(trial.get_extra("JA").empty());
  CHECK(has_diag(p.diags, Severity::note, 6, "A1 NCT04381559 is the trial's registry number"));
  const Record& article = p.records[1];
  CHECK(article.type == "article-journal");
  CHECK(article.container_title == "BMC infectious diseases");
  CHECK(article.volume == "17");
  CHECK(article.pages == "398");
  CHECK(article.authors.size() == 4);
  bool said = false;
  for (const auto& d : p.diags.items()) said |= d.message.find("TY ELEC of a record that names a journal") == 0;
  CHECK(said);
  CHECK(p.records[2].type == "article-journal");  // a conference abstract in a journal's supplement (SP A54)
}

// Before: PsycINFO's dissertations (JF "Dissertation Abstracts International:
// Section B...", 17 of msm__psycinfo.ris's 157 records) and its chapters
// (T2 the book, an ISBN, no JF) were journal articles; the book's editors
// ("A3 - Merrick, Joav [Ed]") stayed in extra.
TEST_CASE("PsycINFO via Ovid: dissertations are theses, chapters chapters with their book's editors", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(p.records.size() == 4);
  const Record& thesis = p.records[0];
  CHECK(thesis.type == "thesis");
  CHECK(thesis.container_title.empty());
  CHECK(thesis.get_extra("JF") == "Dissertation Abstracts International: Section B: The Sciences and Engineering");
  CHECK(has_diag(p.diags, Severity::note, 10, "Dissertation Abstracts International"));
  const Record& chapter = p.records[1];
  CHECK(chapter.type == "chapter");
  CHECK(chapter.container_title == "Public health yearbook, 2012");
  REQUIRE(chapter.editors.size() == 1);
  CHECK(chapter.editors[0].family == "Merrick");
  CHECK(chapter.editors[0].given == "Joav");
  CHECK(chapter.get_extra("A3").empty());
  const Record& two = p.records[2];
  CHECK(two.type == "chapter");
  REQUIRE(two.editors.size() == 2);
  CHECK(two.editors[0].family == "Klein");
  CHECK(two.editors[1].family == "Merrick");
  CHECK(p.records[3].type == "article-journal");
}

// Before: PsycINFO's cited references (M1, one a line: 7,192 in 136 of
// msm__psycinfo.ris's 157 records) were extras, and the PsycINFO-only works
// had no references.  Its classification ("M1 - Social Psychology [3000]")
// is no reference and stays.
TEST_CASE("PsycINFO via Ovid: the M1 lines are the cited references", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.records[0].references.empty());
  CHECK(p.records[0].get_extra("M1") == "Social Psychology [3000]");
  const Record& r = p.records[3];
  REQUIRE(r.references.size() == 4);
  CHECK(r.get_extra("M1").empty());
  CHECK(starts_with(r.references[1].raw, "Bancroft, J., Janssen, E., Strong, D., & Vukadinovic, Z. (2003)."));
  CHECK(r.references[1].year == "2003");
  CHECK(r.references[1].doi == "10.1023/a:1023461500810");
  CHECK(r.references[1].author.find("Bancroft") == 0);
  CHECK(r.references[1].title == "The relation between mood and sexuality in gay men");
  CHECK(r.references[1].container == "Archives of Sexual Behavior");
  CHECK(r.references[1].volume == "32");
  CHECK(r.references[1].first_page == "231");
  CHECK(r.references[0].first_page == "e54691");  // "8, 1, e54691http://dx.doi.org/10.1371/..."
  CHECK(r.references[0].doi == "10.1371/journal.pone.0054691");
  REQUIRE(p.records[1].references.size() == 4);
  const Reference& book = p.records[1].references[1];  // "... manual. San Antonio, TX: Psychological Corporation, 1998."
  CHECK(book.author == "Bernstein, D. P.");
  CHECK(book.year == "1998");
  CHECK(book.title == "Childhood Trauma Questionnaire: A retrospective self-report manual");
  CHECK(book.container.empty());
  CHECK(book.volume.empty());
}

// Before: APA PsycInfo's journal abbreviation after ER ("ER  - " then "NL  -
// J Gay Lesbian Ment Health") and the full-text link after it were skipped,
// "2 lines outside any RIS record" (134 of msm__psycinfo.ris's 157 records).
TEST_CASE("PsycINFO via Ovid: NL after ER and the link after it are the record's", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.records[3].get_extra("NL") == "J Gay Lesbian Ment Health");
  std::vector<std::string> l2 = extra_values(p.records[3], "L2");
  REQUIRE(l2.size() == 3);
  CHECK(l2[1] == "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=psyc16&AN=2019-04922-001");
  for (const auto& d : p.diags.items()) CHECK(d.message.find("outside any RIS record") == std::string::npos);
}

// Before: CENTRAL's records (Ovid) had no PMID: Ovid writes it only in the
// link to the library's resolver after ER ("sid=OVID:cctrdb&id=pmid:28587607"),
// 4 of msm__cochrane.ris's 15 records (the others hold an NCT number, a DOI
// or nothing there).
TEST_CASE("Ovid's resolver link after ER: the record's PMID", "[ris][ovid37]") {
  Parsed c = parse_file(fixture("ris/ovid_msm_central.ris"));
  REQUIRE(c.records.size() == 3);
  CHECK(c.records[0].pmid.empty());  // "id=pmid:&": none
  CHECK(c.records[1].pmid == "28587607");
  CHECK(c.records[2].pmid.empty());  // "id=pmid:10.1136%2Fsextrans-...": CENTRAL's DOI in that slot
  for (const auto& d : c.diags.items()) CHECK(d.message.find("PMID") == std::string::npos);
  Parsed m = parse_file(fixture("ris/ovid_msm_medline.ris"));
  REQUIRE(m.records.size() == 3);
  CHECK(m.records[0].pmid == "32487818");  // the same as the AN: nothing said
  for (const auto& d : m.diags.items()) CHECK(d.message.find("PMID") == std::string::npos);
}

// Before: the Cochrane Library's own RIS writes a trial registry's record
// "TY - JOUR" with its registry number as the author, a comma after it
// ("A1 - NCT05155527,"), the registry's address as the journal and "M3 -
// Trial registry record": refnet made it a journal article by a person
// "NCT05155527" (107 such records in ferenci-tamas' Cochrane.ris; NCT, IRCT,
// TCTR, EUCTR, ChiCTR, CTRI/, jRCT, RBR-, JapicCTI-, ISRCTN numbers).
TEST_CASE("Cochrane RIS: a trial registry record's number is no author", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("cochrane/central_registry_record.ris"));
  REQUIRE(p.records.size() == 1);
  const Record& trial = p.records[0];
  CHECK(trial.authors.empty());
  CHECK(trial.number == "NCT05155527");
  CHECK(trial.type == "document");  // as the Cochrane Library's plain text reads it
  CHECK(trial.url == "https://clinicaltrials.gov/show/NCT05155527");
  CHECK(has_diag(p.diags, Severity::note, 7, "A1 NCT05155527 is the trial's registry number"));
  for (std::string_view n : {"IRCT20200408046987N1", "TCTR20220427005", "EUCTR2020-001435-27-IT", "ChiCTR2000029544",
                             "CTRI/2020/05/025224", "jRCTs051200049", "jRCT2041210004", "RBR-85vh8fx",
                             "JapicCTI-205238", "ISRCTN12345678", "NCT05155527,"}) {
    INFO(n);
    CHECK(!registry_number_of(n).empty());
  }
  for (std::string_view n : {"Udwadia, ZF", "NCT", "RBR", "CTRI", "Tandon, M", "NL"}) {
    INFO(n);
    CHECK(registry_number_of(n).empty());
  }
}
