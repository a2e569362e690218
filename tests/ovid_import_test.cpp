// Ovid's own field format on Zotero's OVID Tagged translator test cases
// (BIOSIS, IPSA, Journals@Ovid, Zoological Record, PsycINFO, Books@Ovid) and
// on an Embase record in the layout of Ovid's Citavi direct export.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>

#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "roundtrip_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string ovid_case(int i) {
  char name[64];
  std::snprintf(name, sizeof name, "corpora/zotero-cases/ovid/%03d.input.txt", i);
  return fixture(name);
}

}  // namespace

// One Embase record as Ovid's "Citavi" direct export writes it (the layout
// of knh11545/commandline4expertsearchers' Embase_citavi_r3001-3002.ovd,
// which has no licence; fields cut, the abstract shortened).
const char* const kEmbase =
    "<3001. >\n"
    "VN  - Ovid Technologies\n"
    "DB  - Embase\n"
    "UI  - 621381829\n"
    "ST  - CONFERENCE ABSTRACT\n"
    "TI  - Quality of life in patients with primary ciliary dyskinesia: A systematic review.\n"
    "SO  - BMC Proceedings. Conference: 2nd BEAT-PCD Conference and 3rd PCD Training School: Part 2. Spain. 12 "
    "(Supplement 3) (no pagination), 2018. Date of Publication: 2018.\n"
    "AU  - Behan L.\n"
    "AU  - Lucas J.S.\n"
    "IN  - (Behan, Rubbo, Lucas) NIHR Southampton Biomedical Research Centre, Southampton, United Kingdom\n"
    "      (Behan, Galvin) School of Applied Psychology, University College Cork, Cork, Ireland\n"
    "PB  - BioMed Central Ltd.\n"
    "MH  - adult\n"
    "MH  - *Kartagener syndrome\n"
    "MH  - *quality of life\n"
    "OD  - *Kartagener syndrome\n"
    "AB  - Background: As in most rare diseases, little is known.\n"
    "Method(s): We searched MEDLINE.\n"
    "MRI - based imaging was not used.\n"
    "IS  - 1753-6561\n"
    "DO  - http://dx.doi.org/10.1186/s12919-018-0099-8\n"
    "LG  - English\n"
    "PT  - Conference Abstract\n"
    "YR  - 2018\n"
    "\n"
    "<3002. >\n"
    "VN  - Ovid Technologies\n"
    "DB  - Ovid MEDLINE(R)\n"
    "UI  - 24892981\n"
    "FA  - Kobori, Osamu\n"
    "AU  - Kobori O\n"
    "AI  - Kobori, Osamu; ORCID: https://orcid.org/0000-0002-1825-0097\n"
    "AI  - Someone, Else; 0000-0001-5109-3700\n"
    "TI  - A second record.\n"
    "SO  - Journal of Hepatology. 45(3):123-9, 2018 Mar.\n"
    "IS  - uj0, 0330500\n";

TEST_CASE("Ovid: an Embase record of the Citavi export, then an Ovid MEDLINE one", "[ovid]") {
  Parsed p = parse_string(kEmbase);
  CHECK(describe_content(p.text) == "Ovid's field format");
  CHECK(p.diags.errors() == 0);
  CHECK(p.diags.warnings() == 0);
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "ovid");
  CHECK(r.provenance.line == 1);
  CHECK(default_source_label(r) == "Embase");
  CHECK(r.type == "paper-conference");
  CHECK(r.title == "Quality of life in patients with primary ciliary dyskinesia: A systematic review");
  CHECK(show(r.authors) == "{|Behan||L.|} {|Lucas||J.S.|} ");
  CHECK(r.container_title == "BMC Proceedings");
  CHECK(r.volume == "12");
  CHECK(r.issue == "Supplement 3");
  CHECK(r.pages.empty());
  CHECK(r.issued.year == 2018);
  CHECK(r.doi == "10.1186/s12919-018-0099-8");
  CHECK(r.issn == std::vector<std::string>{"1753-6561"});
  CHECK(r.language == "English");
  CHECK(r.publisher == "BioMed Central Ltd.");
  CHECK(r.pmid.empty());  // an Embase accession number, not a PMID
  CHECK(r.get_extra("UI") == "621381829");
  CHECK(r.keywords == std::vector<std::string>{"adult", "Kartagener syndrome", "quality of life"});
  // The EndNote variant does not indent an abstract's later lines; "MRI - " is no tag there.
  CHECK(r.abstract ==
        "Background: As in most rare diseases, little is known. Method(s): We searched MEDLINE. MRI - based imaging was "
        "not used.");
  CHECK(starts_with(r.get_extra("IN"), "(Behan, Rubbo, Lucas) NIHR"));
  CHECK(r.get_extra("IN").find("(Behan, Galvin) School") != std::string::npos);  // the continuation line
  CHECK(r.get_extra("OD") == "*Kartagener syndrome");
  CHECK(starts_with(r.get_extra("SO"), "BMC Proceedings. Conference:"));

  const Record& m = p.records[1];
  CHECK(m.provenance.line == 26);
  CHECK(default_source_label(m) == "MEDLINE (Ovid)");  // the database and its platform, as PRISMA names them (review34)
  CHECK(m.pmid == "24892981");  // UI in MEDLINE is the PMID
  REQUIRE(m.authors.size() == 1);  // FA, not AU again
  CHECK(m.authors[0].given == "Osamu");
  CHECK(m.authors[0].orcid == "0000-0002-1825-0097");
  CHECK(m.get_extra("AU") == "Kobori O");
  CHECK(m.get_extra("AI") == "Someone, Else; 0000-0001-5109-3700");  // no author of that name
  CHECK(m.title == "A second record");
  CHECK(m.container_title == "Journal of Hepatology");
  CHECK(m.volume == "45");
  CHECK(m.issue == "3");
  CHECK(m.pages == "123-129");
  CHECK(show(m.issued) == "2018/3/0/");
  CHECK(m.issn.empty());
  CHECK(m.get_extra("IS") == "uj0, 0330500");
  CHECK(has_diag(p.diags, Severity::note, 36, "IS uj0, 0330500 is Ovid's NLM journal code and ID, not an ISSN: kept in extra"));
  check_export_round_trip(p.records);

  CHECK(parse_format_name("ovid") == Format::ovid);
  CHECK(format_name(Format::ovid) == "ovid");
}

// Ovid's full names carry degrees, roles and numbers ("Peterson, James A.
// Ph.D., FACSM"); its reader drops them with the list of degrees every
// reader uses (is_name_degree: before names23 a second list of its own,
// without "M.Sc.", "FRCPC", "MSW"...).
TEST_CASE("Ovid: degrees, roles and numbers after a full name are dropped and said", "[ovid][names]") {
  Parsed p = parse_string("<1. >\nVN  - Ovid Technologies\nDB  - Embase\nTI  - Kept.\n"
                          "FA  - Peterson, James A. Ph.D., FACSM; Slade, Martin D. MPH 1; "
                          "Walsdorf, Neill B. [Inventor, Reprint Author]; Kumar, Anil M.Sc.; Lee, Kim MB ChB; "
                          "Shedko, MB; Roe, Jane MSW\n",
                          Format::ovid);
  REQUIRE(p.records.size() == 1);
  std::string names;
  for (const Creator& c : p.records[0].authors) names += c.family + ", " + c.given + "; ";
  CHECK(names ==
        "Peterson, James A.; Slade, Martin D.; Walsdorf, Neill B.; Kumar, Anil; Lee, Kim; Shedko, MB; Roe, Jane; ");
  CHECK(has_diag(p.diags, Severity::note, 5, "FA 'Kumar, Anil M.Sc.': read as 'Kumar, Anil'"));
}

TEST_CASE("Ovid: text outside the records, a record number without fields, a record with nothing", "[ovid]") {
  Parsed p = parse_string("Search history: (bmc or plos).jx.\n1 result\n\n<1. >\nVN  - Ovid Technologies\nDB  - Embase\n"
                          "TI  - Kept.\n\n<2. >\n\n<3. >\nVN  - Ovid Technologies\nDB  - Embase\nLG  - English\n");
  CHECK(describe_content(p.text) == "Ovid's field format");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Kept");
  CHECK(p.stats.rejected == 2);
  CHECK(has_diag(p.diags, Severity::warning, 1, "2 lines outside the Ovid records skipped"));
  CHECK(has_diag(p.diags, Severity::error, 9, "Ovid record number with no fields; skipped"));
  CHECK(has_diag(p.diags, Severity::error, 11, "Ovid record has no title, no author, no DOI and no PMID; skipped"));
}

TEST_CASE("Ovid: Zotero's OVID Tagged cases, 23 records of eight databases", "[ovid]") {
  std::vector<Record> all;
  std::size_t warnings = 0, errors = 0;
  for (int i = 0; i < 10; ++i) {
    Parsed p = parse_file(ovid_case(i));
    errors += p.diags.errors();
    warnings += p.diags.warnings();
    for (Record& r : p.records) all.push_back(std::move(r));
  }
  CHECK(errors == 0);
  CHECK(warnings == 0);
  REQUIRE(all.size() == 23);  // as many items as Zotero's expected outputs
  auto titled = [&](std::string_view start) -> const Record& {
    for (const Record& r : all)
      if (starts_with(r.title, start)) return r;
    FAIL("no record titled " << start);
    return all.front();
  };
  // BIOSIS: a patent, roles in brackets after the names.
  const Record& patent = titled("Dietary supplements");
  CHECK(patent.type == "patent");
  CHECK(show(patent.authors) == "{|Walsdorf||Neill B.|} {|Wabner||Cindy L.|} {|Alexandrides||George|} ");
  // BIOSIS: "[Author, Reprint Author; E-mail: ...]" holds a ';': no name.
  const Record& thysa = titled("Comparison of methods for sampling Thysanoptera");
  CHECK(show(thysa.authors) == "{|Werner||S. M.|} {|Nordheim||E. V.|} {|Raffa||K. F.|} ");
  CHECK(thysa.container_title == "Forest Ecology & Management");
  CHECK(thysa.volume == "201");
  CHECK(thysa.issue == "2-3");
  CHECK(thysa.pages == "327-334");
  // BIOSIS chapter: the book and its editors from SO.
  const Record& chapter = titled("Peak Erazor");
  CHECK(chapter.type == "chapter");
  CHECK(chapter.container_title == "Methods in proteome and protein analysis");
  CHECK(show(chapter.editors) == "{|Kamp||Roza Maria|} {|Calvete||Juan J.|} {|Choli-Papadopoulou||Theodora|} ");
  CHECK(chapter.pages == "359-370");
  CHECK(chapter.isbn == std::vector<std::string>{"3-540-20222-6"});
  // Journals@Ovid: degrees after the names, labels after the title, the date inside SO.
  const Record& take = titled("Take Ten");
  CHECK(take.title == "Take Ten: Need-to-Know Facts About Breast Cancer");
  CHECK(show(take.authors) == "{|Peterson||James A.|} ");
  CHECK(take.container_title == "ACSM'S Health & Fitness Journal");
  CHECK(take.volume == "14");
  CHECK(take.pages == "56");
  const Record& seafarers = titled("Injury, Illness");  // quoted, "[Article]"
  CHECK(seafarers.title == "Injury, Illness, and Work Restriction in Merchant Seafarers");
  CHECK(show(seafarers.authors) == "{|Lefkowitz||Rafael Y.|} {|Slade||Martin D.|} {|Redlich||Carrie A.|} ");
  CHECK(show(seafarers.issued) == "2015/6/0/");
  CHECK(titled("Lobular Breast Carcinoma").type == "article-journal");  // DT "Extraordinary Case Report."
  // Zoological Record: "Shedko, MB" is a family name and initials; a chapter's book in BT.
  const Record& copepods = titled("Parasitic copepods");  // "[...]": a translated title, without its brackets
  CHECK(copepods.type == "chapter");
  CHECK(copepods.authors[0].family == "Shedko");
  CHECK(copepods.authors[0].given == "MB");
  CHECK(starts_with(copepods.container_title, "[Parasitological research in Siberia"));
  CHECK(copepods.pages == "214-218");
  CHECK(copepods.issued.year == 2002);
  CHECK(titled("The role of temperature").pages == "433-441");  // "Hydrobiologia. 2007 15 June; 433-441."
  // PsycINFO: indented lines, AN with a PMID in it kept, the PMID field read.
  const Record& ocd = titled("A comparison of manifestations");
  CHECK(ocd.pmid == "24892981");
  CHECK(ocd.doi == "10.1017/s1352465814000277");
  CHECK(ocd.container_title == "Behavioural and Cognitive Psychotherapy");
  CHECK(ocd.volume == "43");
  CHECK(ocd.issue == "5");
  CHECK(ocd.pages == "623-634");
  CHECK(show(ocd.issued) == "2015/9/0/");
  CHECK(ocd.keywords.size() == 6);
  // PsycINFO ("VN - ", one space): a dissertation and a chapter of an edited book.
  const Record& thesis = titled("Academic procrastination");
  CHECK(thesis.type == "thesis");
  CHECK(thesis.issued.year == 2014);
  const Record& tackling = titled("Understanding and tackling procrastination");
  CHECK(tackling.type == "chapter");
  CHECK(tackling.container_title == "Cognitive behavioural coaching in practice: An evidence based approach");
  CHECK(show(tackling.editors) == "{|Neenan||Michael|} {|Palmer||Stephen|} ");
  CHECK(tackling.pages == "11-31");
  // Books@Ovid: books, editors ';'-separated.
  const Record& atlas = titled("Colour Atlas");
  CHECK(atlas.type == "book");
  CHECK(show(atlas.editors) == "{|McGarry||John W.|} {|Elsheikha||Hany M.|} {|Taylor||Suzanne|} ");
  CHECK(atlas.isbn == std::vector<std::string>{"978-1-80062-734-5"});
  CHECK(atlas.publisher == "CABI Publishing");
  check_export_round_trip(all);
}

TEST_CASE("Ovid: the format is told from RIS and MEDLINE, and forced formats are checked", "[ovid]") {
  Detection d = detect_formats(kEmbase);
  CHECK(d.ovid);
  CHECK_FALSE(d.ris);
  CHECK_FALSE(d.medline);
  Parsed forced = parse_string(kEmbase, Format::ris);
  CHECK(forced.records.empty());
  CHECK(forced.diags.errors() == 1);
  // A MEDLINE file is no Ovid file.
  CHECK_FALSE(detect_formats("PMID- 1\nTI  - x\nAU  - Smith J\n").ovid);
}

// Ovid's "Export to Excel/CSV" of Embase (rachelnewnham/AHRO-Python, CC0):
// the tags as a table's header, a repeated field's values one a line in its
// cell.  Before, both files were "no bibliographic records found".
TEST_CASE("Ovid CSV export: Embase rows read as Ovid records", "[ovid]") {
  Parsed p = parse_file(fixture("corpora/ahro-python__citation.csv"));
  CHECK(describe_content(p.text) == "Ovid's field format");
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 4);
  const Record& r = p.records[1];
  CHECK(r.provenance.format == "ovid");
  CHECK(r.title == "Physicians' and pharmacists' use of My Health Record in the emergency department: results "
                   "from a mixed-methods study");
  REQUIRE(r.authors.size() == 7);
  CHECK(r.authors[0].family == "Mullins");
  CHECK(r.authors[0].given == "A.K.");
  CHECK(r.authors[6].family == "Skouteris");
  CHECK(r.container_title == "Health Information Science and Systems");
  CHECK(r.volume == "9");
  CHECK(r.issue == "1");
  CHECK(r.number == "19");
  CHECK(r.issued.year == 2021);
  CHECK(r.doi == "10.1007/s13755-021-00148-6");
  CHECK(std::find(r.keywords.begin(), r.keywords.end(), "Emergency department") != r.keywords.end());
  CHECK(r.get_extra("ORN").empty());

  // The shorter export: no DOI column; the PMID written with PubMed's address.
  Parsed q = parse_file(fixture("corpora/ahro-python__embase.csv"));
  REQUIRE(q.records.size() == 4);
  CHECK(q.records[0].pmid == "29635641");
  CHECK(q.records[0].authors.size() >= 2);
  CHECK(q.records[0].issued.year == 2018);
  check_export_round_trip(p.records);
}

TEST_CASE("Ovid's display text (<1>, field names on their lines) is read", "[ovid]") {
  // JabRef's samples of Ovid's Txt export in its display layout (Journals@Ovid): a field's name on a line, its
  // value indented below.  It was described as "an XML document <1>" (then as a format refnet does not read):
  // nothing was imported.  The names are Ovid's tags spelt out; the values read as the tagged export's.
  Parsed p = parse_file(fixture("ingest/ovid_display_text.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title ==
        "Correct positioning of percutaneous iliosacral screws with computer-navigated versus fluoroscopically guided "
        "surgery in traumatic pelvic ring fractures");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[0].family == "Verbeek");
  CHECK(r.authors[0].given == "Jan");
  CHECK(r.authors[2].family == "Vugt");
  CHECK(r.authors[2].particle == "van");
  CHECK(r.authors[2].given == "Arie");
  CHECK(r.authors[3].given == "Jan Paul");
  CHECK(r.container_title == "Journal of Orthopaedic Trauma");
  CHECK(r.doi == "10.1097/bot.0000000000000502");
  CHECK(r.issn.size() == 1);
  CHECK(r.language == "English");
  CHECK(r.abstract == "Lorem ipsum abstract");
  REQUIRE(r.keywords.size() == 17);
  CHECK(r.keywords.back() == "pelvic fracture");
  CHECK(r.get_extra("Status") == "Publish Ahead of Print, POST ACCEPTANCE, 30 November 2015");
  CHECK(r.get_extra("Journal Subset") == "Clinical Medicine.  Health Professions.");
  CHECK(starts_with(r.url, "http://ovidsp.ovid.com/ovidweb.cgi?"));

  // Degrees Ovid separates like names ("Bunkers, Sandra Schmidt RN; PhD; FAAN 1") are the name's, not authors;
  // the source's volume, issue, pages and date are read.
  Parsed d = parse_file(fixture("ingest/ovid_display_text_degrees.txt"));
  REQUIRE(d.records.size() == 1);
  const Record& b = d.records[0];
  REQUIRE(b.authors.size() == 1);
  CHECK(b.authors[0].family == "Bunkers");
  CHECK(b.authors[0].given == "Sandra Schmidt");
  CHECK(b.title == "Listening: Important to the Stuff of a Life");
  CHECK(b.container_title == "Nursing Science Quarterly");
  CHECK(b.volume == "28");
  CHECK(b.issue == "2");
  CHECK(b.pages == "103-106");
  CHECK(b.issued.year == 2015);
  CHECK(b.doi == "10.1177/0894318415571606");

  // An XML document stays one.
  CHECK(describe_content("<records><record/></records>") == "an XML document <records>");
  CHECK(parse_string("<1>\nthis is no field list\n  nor this\n").records.empty());
}

TEST_CASE("Books@Ovid's display text: a 'Chapter Title' is the record's title, the book its container", "[ovid]") {
  // JabRef's OvidImporterTest1.txt (made-up values; no real Books@Ovid save with
  // chapters found): "Chapter Title" was kept in extra, the record titled by the
  // book ("Musterbuch") or untitled.  As JabRef reads it, the chapter's title is
  // the record's and the book's its container.
  Parsed p = parse_file(fixture("ingest/ovid_display_chapter_title.txt"));
  REQUIRE(p.records.size() == 4);  // the fifth, no title, no author, is rejected
  const Record& einleitung = p.records[0];
  CHECK(einleitung.title == "Einleitung");
  CHECK(einleitung.container_title == "Musterbuch");
  CHECK(einleitung.type == "chapter");
  CHECK(einleitung.get_extra("Chapter Title").empty());
  CHECK(has_diag(p.diags, Severity::note, 12,
                 "Chapter Title 'Einleitung' is the record's title, the book 'Musterbuch' its container: a chapter"));
  const Record& test = p.records[2];
  CHECK(test.title == "Test");
  CHECK(test.container_title == "Very Long Title");
  CHECK(test.type == "chapter");
  // No chapter title: as before.
  CHECK(p.records[1].title == "Max the Editor");
  CHECK(p.records[3].type == "book");
}
