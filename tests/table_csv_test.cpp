// The table reader (importers/table_csv.cpp): one dinosaur search exported
// from twelve tools that have no reader of their own (asreview's
// citation-file-formatting, CC0).  Before it, eleven of these were "no
// bibliographic records found" and Covidence's was read as a web page: one
// bogus "incomplete" article instead of ten.
#include <catch2/catch.hpp>
#include <algorithm>
#include "../importers/source_string.hpp"
#include "refnet/doi.hpp"
#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string names_of(const Record& r) {
  std::string s;
  for (const auto& a : r.authors) s += (s.empty() ? "" : "; ") + a.family + ", " + a.given;
  return s;
}

const Record& titled(const Parsed& p, std::string_view start) {
  for (const auto& r : p.records)
    if (r.title.rfind(start, 0) == 0) return r;
  FAIL("no record titled " << start);
  return p.records.front();
}

}  // namespace

TEST_CASE("table reader: every export of the search gives all its rows, detected as a table", "[table][corpora]") {
  struct Case {
    const char* file;
    std::size_t records;
  };
  for (Case c : {Case{"zotero.csv", 10}, {"rayyan.csv", 10}, {"covidence.csv", 10}, {"cochrane.csv", 3},
                 {"cinahl.csv", 10}, {"embase.csv", 10}, {"embase-excel.csv", 10}, {"openalex.csv", 9},
                 {"googlescholar.csv", 10}, {"abstrackr.csv", 10}, {"refworks.tsv", 100}, {"lens.tsv", 100}}) {
    std::string path = fixture(std::string("corpora/citation-file-formatting__") + c.file);
    INFO(c.file);
    Detection d = detect_formats(decode_text(slurp(path)).text);
    CHECK(d.table_csv);
    Parsed p = parse_file(path);
    CHECK(p.records.size() == c.records);
    for (const auto& r : p.records) {
      INFO(r.title);
      CHECK(r.provenance.format == "table");
      CHECK_FALSE(r.title.empty());
      if (std::string_view(c.file) != "abstrackr.csv") CHECK(r.issued.year >= 1990);  // Abstrackr has no year column
      CHECK_FALSE(r.authors.empty());
      for (const auto& a : r.authors) CHECK_FALSE((a.family.empty() && a.literal.empty()));
    }
  }
}

TEST_CASE("table reader: names, dates, pages and identifiers as each tool writes them", "[table]") {
  // Zotero: "Family, I.; ..." authors, Manual Tags as keywords, type.
  Parsed z = parse_file(fixture("corpora/citation-file-formatting__zotero.csv"));
  const Record& scales = titled(z, "Cellular structure of dinosaur scales");
  CHECK(names_of(scales) == "Yang, Z.; Jiang, B.; Xu, J.; McNamara, M.E.");
  CHECK(scales.container_title == "Nature Communications");
  CHECK(scales.container_title_short == "Nat. Commun.");
  CHECK(scales.doi == "10.1038/s41467-024-48400-3");
  CHECK(scales.type == "article-journal");
  CHECK(std::find(scales.keywords.begin(), scales.keywords.end(), "animal tissue") != scales.keywords.end());

  // Rayyan: " and " between names; the RIS text glued after the DOI is said
  // and kept; the ISSN JSON array read.
  Parsed ray = parse_file(fixture("corpora/citation-file-formatting__rayyan.csv"));
  const Record& hap = titled(ray, "Description of a new specimen of Haplocanthosaurus");
  CHECK(hap.doi == "10.1002/ar.25520");
  CHECK(hap.authors.size() >= 3);
  CHECK(hap.authors[0].family == "Boisvert");
  CHECK(hap.issn == std::vector<std::string>{"1932-8494", "1932-8486"});
  CHECK(said(ray, "doi holds more than a DOI: 10.1002/ar.25520 read, the cell kept in extra"));
  CHECK_FALSE(said(ray, "is not a list of ISSNs"));

  // Embase: the search query line before the header is skipped and said;
  // "Yang Z., Jiang B." names; First/Last Page; Source (the citation line)
  // kept beside Source title.
  Parsed em = parse_file(fixture("corpora/citation-file-formatting__embase.csv"));
  CHECK(said(em, "1 line before the table's header skipped"));
  const Record& e1 = titled(em, "Cellular structure of dinosaur scales");
  CHECK(names_of(e1) == "Yang, Z.; Jiang, B.; Xu, J.; McNamara, M.E.");
  CHECK_FALSE(e1.get_extra("Source").empty());
  for (const auto& r : em.records)
    if (r.container_title.rfind("Cladistics", 0) == 0) CHECK(r.pages == "307-356");
  // Excel's ';'-separated save of the same export reads the same.
  Parsed ex = parse_file(fixture("corpora/citation-file-formatting__embase-excel.csv"));
  REQUIRE(ex.records.size() == em.records.size());
  for (std::size_t i = 0; i < ex.records.size(); ++i) {
    CHECK(ex.records[i].title == em.records[i].title);
    CHECK(names_of(ex.records[i]) == names_of(em.records[i]));
    CHECK(ex.records[i].doi == em.records[i].doi);
  }

  // Cochrane: Source is the journal; "PUBMED 37362617"; U+2010 in pages.
  Parsed co = parse_file(fixture("corpora/citation-file-formatting__cochrane.csv"));
  const Record& spain = titled(co, "The Incredible Years Parenting");
  CHECK(spain.pmid == "37362617");
  CHECK(spain.container_title.rfind("Psychosocial intervention", 0) == 0);
  CHECK(spain.pages == "43-58");
  CHECK(names_of(spain).rfind("Arruabarrena, I; Rivas, GR", 0) == 0);

  // CINAHL: Excel's ="..." quoting; M/D/YYYY and "Jun2023" dates.
  Parsed ci = parse_file(fixture("corpora/citation-file-formatting__cinahl.csv"));
  for (const auto& r : ci.records) {
    INFO(r.title);
    CHECK(r.issued.year >= 2000);
    for (const auto& e : r.extra) CHECK(e.value.rfind("=\"", 0) != 0);
  }
  CHECK_FALSE(said(ci, "not a list of ISSNs"));

  // OpenAlex: '|' lists; the DOI from its resolver URL.
  Parsed oa = parse_file(fixture("corpora/citation-file-formatting__openalex.csv"));
  const Record& bio = titled(oa, "A bioprovince for the Barremian");
  CHECK(bio.doi == "10.1016/j.cretres.2023.105752");
  CHECK(bio.authors.size() == 5);
  CHECK(bio.authors[0].family == "Vicente");
  CHECK(bio.authors[0].given == "Alba");
  CHECK(bio.container_title == "Cretaceous Research");
  CHECK(bio.issued.year == 2024);
  CHECK(bio.issued.month == 2);

  // OpenAlex's web export since 2024 (bibliometrix's sample): the title only
  // as "display_name" (no "title" column: the file was "no bibliographic
  // records found"), PMIDs as PubMed addresses in "ids.pmid".
  Parsed oa2 = parse_file(fixture("corpora/bibliometrix__openalex_sample.csv"));
  CHECK(oa2.records.size() == 8);
  const Record& bx = titled(oa2, "bibliometrix : An R-tool for comprehensive science mapping analysis");
  CHECK(bx.doi == "10.1016/j.joi.2017.08.007");
  CHECK(names_of(bx) == "Aria, Massimo; Cuccurullo, Corrado");
  CHECK(bx.container_title == "Journal of Informetrics");
  CHECK(bx.issued.year == 2017);
  CHECK(bx.issued.month == 9);
  CHECK(titled(oa2, "Bibliometrix analysis of medical tourism").pmid == "33957813");
  CHECK(default_source_label(bx) == "OpenAlex");
  CHECK_FALSE(said(oa2, "ids.pmid"));
  // The older export's "title" still fills the title, its "display_name" kept.
  CHECK(bio.get_extra("display_name") == bio.title);
  CHECK(titled(oa, "Orthoceratoid and coleoid cephalopods").pmid == "38584612");

  // Abstrackr: the second, 8-column table is read and said; pubmed id 0 is
  // none (it joined six works as "same PMID 0").
  Parsed ab = parse_file(fixture("corpora/citation-file-formatting__abstrackr.csv"));
  CHECK(ab.stats.records == 10);
  CHECK(ab.stats.rejected == 1);  // the line "citations that are not yet labeled by anyone"
  CHECK(said(ab, "row has 8 cells, the header 17: read as the first 8 columns"));
  for (const auto& r : ab.records) CHECK(r.pmid.empty());

  // RefWorks: "Family,Given;..." with "null" given names.
  Parsed rw = parse_file(fixture("corpora/citation-file-formatting__refworks.tsv"));
  for (const auto& r : rw.records)
    for (const auto& a : r.authors) CHECK(a.given != "null");
}

TEST_CASE("table reader: the database a table names in its columns is the source a review counts", "[table]") {
  auto label = [](const char* file) {
    Parsed p = parse_file(fixture(std::string("corpora/citation-file-formatting__") + file));
    REQUIRE_FALSE(p.records.empty());
    std::string first = default_source_label(p.records.front());
    for (const auto& r : p.records) CHECK(default_source_label(r) == first);
    return first;
  };
  CHECK(label("embase.csv") == "Embase");
  CHECK(label("embase-excel.csv") == "Embase");
  CHECK(label("cochrane.csv") == "Cochrane Library");
  CHECK(label("openalex.csv") == "OpenAlex");
  CHECK(label("lens.tsv") == "Lens");
  CHECK(label("cinahl.csv") == "Academic Search Premier");  // db=aph in EBSCOhost's permalinks
  // Tools, not databases: the file's name.
  CHECK(label("rayyan.csv") == "citation-file-formatting__rayyan.csv");
  CHECK(label("zotero.csv") == "citation-file-formatting__zotero.csv");
}

TEST_CASE("a table written or re-saved by R: 'NA' alone in a cell is no value, said once a column", "[table]") {
  // Before, the abstract was "NA", the DOI "NA" a warning, the volume "NA".
  test::Parsed p = test::parse_string(
      "Title,Authors,Abstract,DOI,Volume,Year,Journal\n"
      "One title,\"Smith, J.\",NA,NA,NA,2001,J One\n"
      "Two title,\"Doe, K.\",An abstract,10.1000/two,NA,2002,NA\n"
      "Three title,\"Roe, L.\",NA and more,NA,4,2003,J Three\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].abstract.empty());
  CHECK(p.records[0].doi.empty());
  CHECK(p.records[0].volume.empty());
  CHECK(p.records[1].container_title.empty());
  CHECK(p.records[2].abstract == "NA and more");
  std::size_t said = 0;
  for (const Diagnostic& d : p.diags.items()) {
    CHECK(d.message.find("not a DOI") == std::string::npos);
    said += d.message.find("'NA'") != std::string::npos;
  }
  CHECK(said == 4);  // Abstract, DOI, Volume, Journal
  CHECK(has_diag(p.diags, Severity::warning, 2, "DOI: 'NA' in 2 rows read as no value"));
}

// ACM Digital Library's CSV export (stefan-kolb/paas-definition's acm.csv,
// 64 rows): BibTeX's fields as columns.  Before, the two proceedings (their
// title in "booktitle") were rejected, the book had no title, a paper's
// proceedings were lost to extra, "issue_no" was no issue, and names with
// a character reference ("M. In&#233;s  Torres") were cut at its ';'.
TEST_CASE("table reader: ACM DL's CSV, booktitle, issue_no and character references", "[table]") {
  Parsed p = parse_file(fixture("table/acm_dl.csv"));
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 5);
  const Record& paper = p.records[0];
  CHECK(paper.type == "paper-conference");
  CHECK(paper.container_title == "Proceedings of the 2014 International Conference on Cloud and Autonomic Computing");
  CHECK(paper.pages == "83-92");
  CHECK(names_of(paper) == "Brandt, Lars; Jansen, Kai");
  const Record& article = p.records[1];
  CHECK(article.type == "article-journal");
  CHECK(article.container_title == "Pattern Anal. Appl.");
  CHECK(article.issue == "3");
  CHECK(names_of(article) == "Justo, Raquel; Torres, M. Inés; Alcaide, José M.");
  const Record& proceedings = p.records[2];
  CHECK(proceedings.type == "book");
  CHECK(proceedings.title == "Proceedings of the 2Nd International Workshop on Software-Defined Ecosystems");
  CHECK(proceedings.container_title.empty());
  const Record& book = p.records[3];
  CHECK(book.type == "book");
  CHECK(book.title == "The Great Migration: Your Roadmap to Linked Data");
  CHECK(book.publisher == "Outskirts Press");
  const Record& report = p.records[4];
  CHECK(report.type == "report");
  CHECK(report.title == "SP 800-145. A Definition of Platforms");
  CHECK(report.container_title.empty());
  CHECK(report.publisher == "National Institute of Standards & Technology");
}

// Publish or Perish writes Google Scholar's HTML-escaped text as it comes
// (maniAR777/CollabCite's PoPCites.csv): "Ethics &amp; AI" is "Ethics & AI",
// and an abstract "<p>&lt;strong&gt;..." is markup, read as text (every
// reader's abstract in markup is), not entities decoded into new tags.
TEST_CASE("table reader: character references decoded, not in a cell with markup", "[table]") {
  Parsed p = parse_string("Cites,Authors,Title,Year,Source,Abstract\n"
                          "3,\"A Lee, B Kim\",Ethics &amp; AI: A Review,2023,Ethics J,\"<p>&lt;strong&gt;Ethics&lt;/strong&gt; of AI</p>\"\n",
                          Format::table_csv);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Ethics & AI: A Review");
  CHECK(p.records[0].abstract == "Ethics of AI");
}

// Publish or Perish as a spreadsheet re-saved it (ChoroDev/master-degree-
// graduation-project's PoPCites.csv, 448 rows): 19 rows of commas alone,
// each rejected as "row has no title, no author and no DOI" (an error a row,
// counted as lost records).  A row with no value in any cell is a blank
// line: skipped, said once with the count.
TEST_CASE("CSV readers: a row of separators alone is a blank line, said once", "[table][lens]") {
  Parsed p = parse_string("Cites,Authors,Title,Year,Source,Publisher\n"
                          "1,A Lee,A paper,2016,J Inf,x.net\n"
                          ",,,,,\n"
                          "2,B Kim,Another paper,2017,J Inf,y.net\n"
                          ",,,,,\n",
                          Format::table_csv);
  CHECK(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  CHECK(p.diags.errors() == 0);
  CHECK(has_diag(p.diags, Severity::warning, 3, "2 rows with no value in any cell (blank lines as a spreadsheet writes them): skipped"));
  Parsed lens = parse_string("Lens ID,Title,Author/s,DOI\n010-1,A paper,Ann Lee,10.1000/a\n,,,\n");
  CHECK(lens.records.size() == 1);
  CHECK(lens.stats.rejected == 0);
}

// Publish or Perish takes Google Scholar's DOI from the page's web address,
// and a page that goes on after the DOI gives it a path that is no part of
// it (Literature-Review-On-Conveyor-Belt-Digitalization's, CollabCite's and
// Research-trends-in-Propithecus-coquereli's PoPCites.csv): taylorfrancis.com
// "10.4324/9781003179900-55/united-nations-...-helen-canton" (the title and
// the authors), Oxford Academic "10.1093/chemse/bjab008/6168037" (OUP's
// article number).  The DOI is the address's, said; other DOIs with more
// than one '/' stay ("10.1088/1755-1315/614/1/012138").
TEST_CASE("table reader: a DOI Publish or Perish took with the page's path after it", "[table][doi]") {
  Parsed p = parse_string(
      "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,DOI\n"
      "0,H Canton,United Nations Industrial Development Organization,2021,The Europa Directory,taylorfrancis.com,"
      "https://www.taylorfrancis.com/chapters/edit/10.4324/9781003179900-55/united-nations-industrial-development-"
      "organization%E2%80%94unido-helen-canton,10.4324/9781003179900-55/united-nations-industrial-development-"
      "organization%E2%80%94unido-helen-canton\n"
      "2,A Smith,Taste,2021,Chemical Senses,academic.oup.com,"
      "https://academic.oup.com/chemse/article-abstract/doi/10.1093/chemse/bjab008/6168037,"
      "10.1093/chemse/bjab008/6168037\n"
      "1,B Kim,Soils,2020,IOP Conf Ser,iopscience.iop.org,https://iopscience.iop.org/article/10.1088/1755-1315/614/1/012138/meta,"
      "10.1088/1755-1315/614/1/012138\n",
      Format::table_csv);
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].doi == "10.4324/9781003179900-55");
  CHECK(p.records[1].doi == "10.1093/chemse/bjab008");
  CHECK(p.records[2].doi == "10.1088/1755-1315/614/1/012138");
  CHECK(has_diag(p.diags, Severity::warning, 2, "10.4324/9781003179900-55"));
  CHECK(has_diag(p.diags, Severity::warning, 3, "10.1093/chemse/bjab008"));
  CHECK(has_diag(p.diags, Severity::warning, 2, "3 publishers are the web site"));
  CHECK(has_diag(p.diags, Severity::warning, 1, "column \"Cites\" not read into a field"));  // csv33
  CHECK(p.diags.warnings() == 4);
  // find_doi in such an address, as in a reference list's link.
  CHECK(find_doi("Pollitt, C. (2004), https://www.taylorfrancis.com/books/mono/10.4324/9780203887882/"
                 "public-management-reform-christopher-pollitt") == std::optional<std::string>("10.4324/9780203887882"));
  CHECK(find_doi("https://academic.oup.com/jpart/article/doi/10.1093/jopart/muab001/6126406?login=false") ==
        std::optional<std::string>("10.1093/jopart/muab001"));
  CHECK(find_doi("https://www.tandfonline.com/doi/full/10.1080/14719037.2020.1744982") ==
        std::optional<std::string>("10.1080/14719037.2020.1744982"));
}

TEST_CASE("table reader: titles and sources Google Scholar cut short are said once a file", "[table]") {
  Parsed p = parse_string("Cites,Authors,Title,Year,Source,Publisher\n"
                          "3,A Garakis,Farm management systems and the Future …,2021,Computers and Electronics in …,Elsevier\n"
                          "1,B Kim,A whole title,2020,J Inf,x.net\n"
                          "2,C Lee,Another title,2019,Journal of Things...,y.net\n",
                          Format::table_csv);
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].title == "Farm management systems and the Future …");  // kept as written
  CHECK(has_diag(p.diags, Severity::warning, 2, "1 titles and 2 sources end in an ellipsis"));
  CHECK(has_diag(p.diags, Severity::warning, 3, "2 publishers are the web site"));
  CHECK(has_diag(p.diags, Severity::warning, 1, "column \"Cites\" not read into a field"));  // csv33
  CHECK(p.diags.warnings() == 3);
}

// Publish or Perish's Publisher is what Google Scholar shows: the publisher
// or the site it found the work on (36 % of 4,689 rows of seven real
// PoPCites.csv files: "ieeexplore.ieee.org", "mdpi.com", "books.google.com",
// "researchgate.net", "search.proquest.com"), which BibTeX exports wrote as
// the publisher.
TEST_CASE("table reader: a web site as the publisher is no publisher", "[table]") {
  Parsed p = parse_string("Cites,Authors,Title,Year,Source,Publisher\n"
                          "3,A Lee,One,2021,J Inf,researchgate.net\n"
                          "1,B Kim,Two,2020,J Inf,Elsevier\n"
                          "2,C Roe,Three,2019,Sustainability,mdpi.com\n"
                          "2,D Poe,Four,2019,Proc,IEEE\n"
                          "2,E Moe,Five,2019,Proc,Wiley-Blackwell\n",
                          Format::table_csv);
  REQUIRE(p.records.size() == 5);
  CHECK(p.records[0].publisher.empty());
  CHECK(p.records[0].get_extra("Publisher") == "researchgate.net");
  CHECK(p.records[1].publisher == "Elsevier");
  CHECK(p.records[2].publisher.empty());
  CHECK(p.records[3].publisher == "IEEE");
  CHECK(p.records[4].publisher == "Wiley-Blackwell");
  CHECK(has_diag(p.diags, Severity::warning, 2, "2 publishers are the web site"));
  // The sites named are this file's, most frequent first, not examples.
  CHECK(has_diag(p.diags, Severity::warning, 2, "('researchgate.net', 'mdpi.com')"));
  CHECK_FALSE(has_diag(p.diags, Severity::warning, 2, "books.google.com"));
}

// ASySD's labelled test set (camaradesuk/ASySD, GPL-3.0; 5 of its 1,845
// rows, abstracts cut): 1,731 rows glue their authors without a separator.
// Before, "Adeli K.Lewis G. F." was one person (family "Adeli K.Lewis"),
// and a long list one literal.
TEST_CASE("table reader: names glued without a separator are split, said once a file", "[table]") {
  test::Parsed p = test::parse_file(fixture("table/asysd_glued_names.csv"));
  REQUIRE(p.records.size() == 5);
  CHECK(names_of(titled(p, "Intestinal lipoprotein")) == "Adeli, K.; Lewis, G. F.");
  const Record& sglt2 = titled(p, "SGLT2 inhibition");
  REQUIRE(sglt2.authors.size() == 12);
  CHECK(sglt2.authors[4].family == "El Hachmane");
  CHECK(sglt2.authors[11].family == "Jonsson-Rylander");
  CHECK(sglt2.authors[11].given == "A. C.");
  const Record& dpp = titled(p, "The Dipeptidyl Peptidases");
  REQUIRE(dpp.authors.size() == 10);
  CHECK(dpp.authors[5].full_family() == "Van Der Veken");
  CHECK(dpp.authors[7].family == "De Meyer");
  CHECK(dpp.authors[7].given == "G. R. Y.");
  CHECK(names_of(titled(p, "Is glycemic control")) == "Avogaro, A.");
  CHECK(test::has_diag(p.diags, Severity::warning, 2,
                       "author: 4 values held 30 names glued without a separator, split at the dot of an initial "
                       "before a family name; the first 'Adeli K.Lewis G. F.' (2 names)"));
  std::size_t said = 0;
  for (const Diagnostic& d : p.diags.items()) said += d.message.find("glued") != std::string::npos;
  CHECK(said == 1);
}

// bib-dedupe's tables (CoLRev-Environment/bib-dedupe cytology_screening,
// 45 names) cut MEDLINE's "van Ballegooijen M" at its first space:
// "van, Ballegooijen M", "Del, Mistro A".  Before, family "van", given
// "Ballegooijen M".
TEST_CASE("table reader: 'particle, Family Initials' is the particle's family name, said once", "[table][names]") {
  test::Parsed p = test::parse_string(
      "Title,Authors,Year,Journal\n"
      "One title,\"Cuzick, J and van, Ballegooijen M and Del, Mistro A and Du, Wenyu Derek and De, Prabuddha\",2001,J\n");
  REQUIRE(p.records.size() == 1);
  CHECK(names_of(p.records[0]) == "Cuzick, J; Ballegooijen, M; Del Mistro, A; Du, Wenyu Derek; De, Prabuddha");
  CHECK(p.records[0].authors[1].particle == "van");
  CHECK(p.records[0].authors[2].full_family() == "Del Mistro");
  CHECK(test::has_diag(p.diags, Severity::warning, 2,
                       "Authors: 2 names written 'particle, Family Initials' read as 'particle Family, Initials'"));
}

TEST_CASE("table reader: Embase's CSV before 2020, the citation line its only journal, year, volume and pages",
          "[table][embase]") {
  // embase.com's CSV of 2019 (asreview's tests/demo_data/embase.csv) has no
  // Source title, Publication Year, Volume, Issue or First Page column: the
  // "Source" cell is the whole citation, "Cancer (2004) 102:4 (253-258).
  // Date of Publication: 25 Aug 2004".  Before, it was the journal's name as
  // written and the six works had no year, volume, issue or pages.
  Parsed em = parse_file(fixture("corpora/asreview__embase-2019.csv"));
  REQUIRE(em.records.size() == 6);
  const Record& cysts = titled(em, "Duplication cysts");
  CHECK(cysts.container_title == "Endoscopic Ultrasound");
  CHECK(cysts.issued.year == 2014);
  CHECK(cysts.volume == "3");
  CHECK(cysts.issue == "3");
  CHECK(cysts.pages == "152-160");
  CHECK(cysts.get_extra("Source") == "Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 2014");
  for (const Record& r : em.records) {
    CHECK(r.issued.year > 2000);
    CHECK_FALSE(r.volume.empty());
    CHECK_FALSE(r.pages.empty());
    CHECK(r.container_title.find('(') == std::string::npos);
  }
  // The date of publication refines the year: "25 Aug 2004".
  for (const Record& r : em.records)
    if (r.container_title == "Cancer") {
      CHECK(r.issued.year == 2004);
      CHECK(r.issued.month == 8);
      CHECK(r.volume == "102");
      CHECK(r.issue == "4");
      CHECK(r.pages == "253-258");
    }
  // No issue: "International Journal of Surgery Case Reports (2019) 54 (83-86)".
  for (const Record& r : em.records)
    if (r.container_title == "International Journal of Surgery Case Reports") {
      CHECK(r.volume == "54");
      CHECK(r.issue.empty());
      CHECK(r.pages == "83-86");
    }
  // The same reading of the string as Ovid's and PubMed's readers use.
  SourceParts s = parse_source_string("World Journal of Gastroenterology (2011) 17:1 (130-134). Date of Publication: "
                                      "January 7, 2011");
  CHECK(s.journal == "World Journal of Gastroenterology");
  CHECK(s.volume == "17");
  CHECK(s.issue == "1");
  CHECK(s.pages == "130-134");
  CHECK(s.date.year == 2011);
  // A Source that is a journal's name alone stays the journal (Cochrane's),
  // a name with a number in it too ("3 Biotech").
  CHECK(parse_source_string("3 Biotech").date.year == 0);
}

TEST_CASE("table reader: a table whose columns are named by RIS tags", "[table][ris]") {
  // synthesisr's write_refs(format = "csv"/"tsv") and eviatlas write the RIS
  // tags as column names (synthesisr's tests/testthat/testdata/eviatlas.csv,
  // a row of the same shape here); ASReview reads such tables.  Before, the
  // file was "no bibliographic records found": the row lost.
  const std::string header = "TY,AU,year,DA,TI,JO,SP,VL,IS,SN,UR,DO,ID\n";
  Parsed p = parse_string(header +
                          "JOUR,\"Bianchi, Anna M. and Rossi, Luca\",2021,2021/03/04,A map of grazing trials,"
                          "Environmental Evidence,12,10,2,2047-2382,https://doi.org/10.1234/ee.2021.12,"
                          "10.1234/ee.2021.12,Bianchi2021\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "A map of grazing trials");
  CHECK(names_of(r) == "Bianchi, Anna M.; Rossi, Luca");
  CHECK(r.container_title == "Environmental Evidence");
  CHECK(r.issued == Date{2021, 3, 4, ""});
  CHECK(r.volume == "10");
  CHECK(r.issue == "2");
  CHECK(r.pages == "12");
  CHECK(r.doi == "10.1234/ee.2021.12");
  CHECK(r.url == "https://doi.org/10.1234/ee.2021.12");
  CHECK(r.issn == std::vector<std::string>{"2047-2382"});
  CHECK(r.type == "article-journal");
  CHECK(r.get_extra("ID") == "Bianchi2021");
  // The same as a TSV.
  std::string tsv = header;
  std::replace(tsv.begin(), tsv.end(), ',', '\t');
  Parsed t = parse_string(tsv + "BOOK\tWhite, Jo\t2019\t\tFields and hedges\t\t\t\t\t\t\t\t\n");
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].title == "Fields and hedges");
  CHECK(t.records[0].type == "book");
  CHECK(t.records[0].issued.year == 2019);
  // Tags of a title and its abstract, ends of a page range, keywords.
  Parsed q = parse_string("TI,AU,PY,T2,AB,KW,SP,EP\nTide pools,\"Okafor, C\",2020,Marine Biology,Tide pools hold "
                          "life.,ecology; coasts,5,9\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].container_title == "Marine Biology");
  CHECK(q.records[0].abstract == "Tide pools hold life.");
  CHECK(q.records[0].keywords == std::vector<std::string>{"ecology", "coasts"});
  CHECK(q.records[0].pages == "5-9");
  CHECK(q.records[0].issued.year == 2020);
}

TEST_CASE("table reader: character references escaped twice are decoded to the character", "[table]") {
  // Covidence's CSV of a PsycINFO search (EmilyMeng05/GRaND_include-exclude's
  // covidence.csv, 4 titles of 1,959): "gene 677C&amp;gt;T polymorphism".
  // The reader decoded once and kept "677C&gt;T".
  Parsed p = parse_string("Title,Authors,Abstract,Published Year,Journal,DOI,Covidence #\n"
                          "Association of MTHFR 677C&amp;gt;T polymorphism with R&amp;D outcomes,\"Li, X; Wu, Y\",,"
                          "2015,Psychiatry Research,,#12\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Association of MTHFR 677C>T polymorphism with R&D outcomes");
  CHECK(said(p, "escaped twice"));
}

TEST_CASE("table reader: 'Family Words, Given Names' alone is one name, not two", "[table][names]") {
  // Covidence's CSV of a PsycINFO search (EmilyMeng05/GRaND_include-exclude,
  // line 1850): the thesis of "Du Rietz, Ebba Eva Charlotte" was read as two
  // people, "Du Rietz" and "Ebba Eva Charlotte", silently.  Two names of two
  // words or more are a list when they are written with initials ("Liu R.,
  // Adler D.G.", "Smith A, Walter B"); without any, the comma is the one
  // between family and given names.
  Parsed p = parse_string("Title,Authors,Published Year,Covidence #\n"
                          "Neurobiological correlates of ADHD,\"Du Rietz, Ebba Eva Charlotte\",2017,#1\n"
                          "Duplication cysts,\"Liu R., Adler D.G.\",2014,#2\n"
                          "Coping,\"Smith A, Walter B\",2020,#3\n");
  REQUIRE(p.records.size() == 3);
  CHECK(names_of(p.records[0]) == "Du Rietz, Ebba Eva Charlotte");
  CHECK(names_of(p.records[1]) == "Liu, R.; Adler, D.G.");
  CHECK(names_of(p.records[2]) == "Smith, A; Walter, B");
}

TEST_CASE("table reader: values under a column the header does not name are kept under its number, said", "[table]") {
  // A table saved by a spreadsheet with a column left without a name (as SpringerLink's CSV widens to unnamed
  // columns): the value was kept under the name "" (shown as '[]', never exported) and nothing was said.
  Parsed p = parse_string("Title,Authors,Year,,DOI\n"
                          "A study of things,\"Smith, John\",2020,hidden value,10.1000/x1\n"
                          "Another study,\"Doe, Jane\",2021,,10.1000/x2\n"
                          "A third study,\"Roe, Rick\",2022,second value,10.1000/x3\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].get_extra("column 4") == "hidden value");
  CHECK(p.records[2].get_extra("column 4") == "second value");
  CHECK(p.records[0].get_extra("").empty());
  CHECK(said(p, "2 values in columns the header does not name: kept in extra as 'column 4'"));
}

TEST_CASE("table reader: Google Scholar's Cyrillic names with initials first are a list", "[table][names]") {
  // ChoroDev/master-degree-graduation-project's PoPCites.csv: "ЕЗ Макеева, ВВ Махарадзе" (2 people) was read as
  // one name ("names not separated by ';'"), in 200 rows of 429; "PM Barrett, KJ Willis" was read right.
  Parsed p = parse_string("Cites,Authors,Title,Year,Source,Publisher\n"
                          "4,\"\u0415\u0417 \u041C\u0430\u043A\u0435\u0435\u0432\u0430, "
                          "\u0412\u0412 \u041C\u0430\u0445\u0430\u0440\u0430\u0434\u0437\u0435\","
                          "A paper,2014,J Inf,cyberleninka.ru\n",
                          Format::table_csv);
  REQUIRE(p.records.size() == 1);
  CHECK(names_of(p.records[0]) ==
        "\u041C\u0430\u043A\u0435\u0435\u0432\u0430, \u0415\u0417; \u041C\u0430\u0445\u0430\u0440\u0430\u0434\u0437\u0435, \u0412\u0412");
  CHECK_FALSE(said(p, "names not separated"));
  // funkepunkemonke/Research-trends-in-Propithecus-coquereli's PoPCites.csv: "AI Schulte-Hostedde, ..." (the list
  // cut short after its first name) was one family name "AI Schulte-Hostedde", and "S ICHINO, ..." "S ICHINO".
  Parsed q = parse_string("Cites,Authors,Title,Year,Source,Publisher\n"
                          "57,\"AI Schulte-Hostedde, ...\",Integrating evolution in zoo populations,2017,Evol Appl,x.net\n"
                          "3,\"S ICHINO, ...\",New cases of vertebrate predation,2015,Lemur News,y.net\n",
                          Format::table_csv);
  REQUIRE(q.records.size() == 2);
  CHECK(names_of(q.records[0]) == "Schulte-Hostedde, AI");
  CHECK(names_of(q.records[1]) == "ICHINO, S");
  CHECK_FALSE(said(q, "names not separated"));
}

TEST_CASE("table reader: Publish or Perish's ',' always separates people; 'Family, Given I' alone is one name, unsaid",
          "[table][names]") {
  // kagort/databases2's PoPCites.csv (a Crossref search through Publish or Perish): "Hannah Bleher, Matthias Braun"
  // was one name (171 rows said "names not separated"); Olayile/Research_paper_classifier's: "H Khan, IU Haq, M
  // Munsif, Mustaqeem, SU Khan" (a one-word name among them) was one name for five people.
  Parsed p = parse_string("Cites,Authors,Title,Year,Source,Publisher,ArticleURL,CitesURL,GSRank\n"
                          "3,\"Hannah Bleher, Matthias Braun\",Diffused responsibility,2022,AI Ethics,Springer,,,1\n"
                          "9,\"H Khan, IU Haq, M Munsif, Mustaqeem, SU Khan\",Video summarization,2024,Sensors,MDPI,,,2\n",
                          Format::table_csv);
  REQUIRE(p.records.size() == 2);
  CHECK(names_of(p.records[0]) == "Bleher, Hannah; Braun, Matthias");
  REQUIRE(p.records[1].authors.size() == 5);
  CHECK(p.records[1].authors[3].literal + p.records[1].authors[3].family == "Mustaqeem");
  CHECK(p.records[1].authors[4].family == "Khan");
  CHECK_FALSE(said(p, "names not separated"));
  // Covidence's and Zotero's CSV (EmilyMeng05/GRaND_include-exclude covidence.csv: 54 such warnings; ASySD's
  // zotero_export.csv: 62): one author, "Family, Given Initial", was read right but said to be uncertain.
  Parsed q = parse_string("Title,Authors,Published Year,Journal\n"
                          "A paper,\"Weissman, Myrna M\",2015,J Psy\n"
                          "B paper,\"Darke, P. G.\",2016,J Vet\n"
                          "C paper,\"Morrissette, Debbi Ann\",2017,J Psy\n"
                          "D paper,\"Pittman, F. S. 3rd\",2018,J Vet\n"
                          "E paper,\"Mustaqeem, SU Khan\",2019,Sensors\n",
                          Format::table_csv);
  REQUIRE(q.records.size() == 5);
  CHECK(names_of(q.records[2]) == "Morrissette, Debbi Ann");
  CHECK(q.records[3].authors.size() == 1);
  CHECK(q.records[3].authors[0].family == "Pittman");
  CHECK(has_diag(q.diags, Severity::warning, 6, "names not separated"));  // two people or one: unsure, said
  CHECK(names_of(q.records[0]) == "Weissman, Myrna M");
  CHECK(names_of(q.records[1]) == "Darke, P. G.");
}

TEST_CASE("table reader: Embase's volume '18 (8) (no pagination)' is volume 18, issue 8", "[table]") {
  // ASySD's labelled_test_set.csv (camaradesuk/ASySD @df54be9, GPL-3.0) row
  // 905 in its own columns, author list cut to three, abstract and DOI left
  // out: the volume was kept as written, the issue was the article number.
  Parsed p = parse_string(
      "author,title,year,journal,abstract,doi,number,pages,volume,isbn,record_id,label,source\n"
      "Nakatsu Y.Kokubo H.Bumdelger B.,The SGLT2 inhibitor luseogliflozin rapidly normalizes aortic mRNA levels,"
      "2017,Int J Mol Sci,NA,NA,1704,NA,18 (8) (no pagination),1661-6596 1422-0067,906,duplicate,Embase\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.volume == "18");
  CHECK(r.issue == "8");
  CHECK(r.number == "1704");
  CHECK(said(p, "volume '18 (8) (no pagination)' is Embase's for an article without pages"));
}

TEST_CASE("table reader: a citation's author list, given names first, commas and a final ', and', is one person a name",
          "[table]") {
  // fixtures/table/acm_citation_names.csv: danillocelino/slr_churn_unlearning_uid
  // @9f76a59 acm.csv lines 1-2 (a table of ACM Digital Library citations:
  // authors as ACM's reference format writes them).  The cell was read as
  // two people, "Thanh Trung Huynh Thanh Tam Nguyen, Zhao Ren, ..., Hongzhi
  // Yin," and "Quoc Viet Hung Nguyen", without a word.
  Parsed p = parse_file(fixture("table/acm_citation_names.csv"));
  REQUIRE(p.records.size() == 1);
  CHECK(names_of(p.records[0]) ==
        "Nguyen, Thanh Tam; Huynh, Thanh Trung; Ren, Zhao; Nguyen, Phi Le; Liew, Alan Wee-Chung; Yin, Hongzhi; "
        "Nguyen, Quoc Viet Hung");
  // Three names or more between commas need no comma before "and"; a
  // family and given name stay one person.
  Parsed q = parse_string("authors,Year,title,venue,pages,article,publisher_location,doi,doi_url,category,raw_entry\n"
                          "\"Ann Lee, Bo Chen, Cy Diaz and Di Eng\",2020,T,,,,,,,,\n"
                          "\"van der Berg, Jan Willem and Smith, John\",2020,U,,,,,,,,\n");
  REQUIRE(q.records.size() == 2);
  CHECK(names_of(q.records[0]) == "Lee, Ann; Chen, Bo; Diaz, Cy; Eng, Di");
  CHECK(names_of(q.records[1]) == "Berg, Jan Willem; Smith, John");  // "van der" the particle
}

TEST_CASE("table reader: R's write.table quotes '\"' inside a cell as \\\", no row lost", "[table][csv]") {
  // fixtures/table/r_write_table_escaped_quotes.csv: Helioszjr/Bibliometrix
  // @4b1515f dadosbiblio.csv (bibliometrix's data frame of a Scopus search
  // saved by write.table(sep = ";")) lines 1, 2 and 6, cells cut to ~90
  // characters.  An abstract quoting Steve Jobs ("\"IT DOESN'T MAKE SENSE
  // ...\"") ended its cell at the \": the row had 101 cells and was
  // rejected, 10 of the file's 87 rows so.
  Parsed p = parse_file(fixture("table/r_write_table_escaped_quotes.csv"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 2);
  const Record& r = titled(p, "EDUCATION BY CHALLENGE");
  CHECK(r.abstract.rfind("\"IT DOESN'T MAKE SENSE TO HIRE SMART PEOPLE AND TELL THEM WHAT TO DO; WE HIRE SMART PEOPLE, "
                         "SO THEY CAN TELL US WHAT TO DO.\" STEVE JOBS",
                         0) == 0);
  CHECK(names_of(r) == "NICOLA, SUSANA; MENDONCA, JORGE; PINTO, CARLA; PEREIRA, ALBERTO");
  CHECK(said(p, "quotes inside cells written \\\" (R's write.table): read as a quote"));
}

TEST_CASE("table reader: bibliometrix's data frame saved as CSV is read by its Web of Science field tags", "[table]") {
  // fixtures/table/bibliometrix_wos.csv: seymakalay/biblio @5c2f5f0 M.csv (convert2df of
  // a WoS search, write.csv), the header and two rows, abstracts, addresses,
  // keywords and cited references cut.  Every work was dated by DA, the
  // date of the export (2020-05-14: 362 of 362), its DOI, journal, pages,
  // keywords and cited references only in extra, its type "document".
  Parsed p = parse_file(fixture("table/bibliometrix_wos.csv"));
  REQUIRE(p.records.size() == 2);
  const Record& r = titled(p, "CULTURE, ETHNICITY AND ACCESS TO BANK CREDIT");
  CHECK(r.issued.year == 2017);
  CHECK(r.issued.month == 0);
  CHECK(r.get_extra("DA") == "2020-05-14");
  CHECK(r.doi == "10.1177/0972150917713077");
  CHECK(r.container_title == "GLOBAL BUSINESS REVIEW");
  CHECK(r.container_title_short == "GLOB. BUS. REV.");
  CHECK(r.volume == "18");
  CHECK(r.issue == "6");
  CHECK(r.pages == "1552-1567");
  CHECK(r.get_extra("PG") == "16");  // WoS's number of pages
  CHECK(r.type == "article-journal");
  CHECK(r.wos_ut == "WOS:000424605800014");
  CHECK(names_of(r) == "MISHRA, ONKAR NATH; TRIPATHI, P. S.");  // AF, the full names, as WoS's own reader
  CHECK(r.keywords ==
        std::vector<std::string>{"CULTURAL DETERMINANTS", "DISCRETE CHOICE MODELS", "ENTREPRENEURIAL FINANCE"});
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].raw == "AGHION P, 2010, Q J ECON, V125, P1015, DOI 10.1162/QJEC.2010.125.3.1015");
  CHECK(r.references[0].doi == "10.1162/qjec.2010.125.3.1015");
  CHECK(r.references[1].year == "1985");
  CHECK(default_source_label(r) == "Web of Science");

  // fixtures/table/bibliometrix_pubmed.csv: wiryadana/Endocrine_COVID_pandemic
  // @803ac69 pubmed.csv (convert2df of a PubMed search), the header and the
  // row of PMID 34002112, its abstract and addresses cut.  PG is MEDLINE's
  // pagination there; UT the PMID.
  Parsed m = parse_file(fixture("table/bibliometrix_pubmed.csv"));
  REQUIRE(m.records.size() == 1);
  const Record& s = m.records[0];
  CHECK(s.issued.year == 2021);
  CHECK(s.doi == "10.1159/000516114");
  CHECK(s.container_title == "BREAST CARE (BASEL, SWITZERLAND)");
  CHECK(s.pages == "135-143");
  CHECK(s.pmid == "34002112");
  CHECK(s.type == "article-journal");
  CHECK(default_source_label(s) == "PubMed");

  // A data frame of bibliometrix's mergeDbSources (WoS and Scopus records,
  // DB ISI here) saved by write.table(sep = ";").
  Parsed e = parse_file(fixture("table/r_write_table_escaped_quotes.csv"));
  const Record& t = titled(e, "EDUCATION BY CHALLENGE");
  CHECK(t.issued.year == 2019);  // not DA's 2022-12-08
  CHECK(t.doi == "10.21125/inted.2019.1292");
  CHECK(t.pages == "5182-5190");
  CHECK(t.type == "paper-conference");
  CHECK(default_source_label(t) == "Web of Science");
}

TEST_CASE("table reader: Web of Science's citation report CSV is WoS's, with its years and pages", "[table]") {
  // fixtures/table/wos_citation_report.csv: seymakalay/biblio @5c2f5f0
  // savedrecs.370.csv (a citation report saved without its lines above the
  // header) lines 1-3.  Its "Source Title" made it a Scopus CSV: 370 of 370
  // works without a year (Scopus's reader knows no "Publication Year") or
  // pages, labelled Scopus.
  Detection d = detect_formats(decode_text(slurp(fixture("table/wos_citation_report.csv"))).text);
  CHECK_FALSE(d.scopus_csv);
  Parsed p = parse_file(fixture("table/wos_citation_report.csv"));
  REQUIRE(p.records.size() == 2);
  const Record& r = titled(p, "Political connections and preferential access to finance");
  CHECK(r.issued.year == 2008);
  CHECK(r.issued.month == 6);
  CHECK(r.container_title == "JOURNAL OF FINANCIAL ECONOMICS");
  CHECK(r.pages == "554-580");
  CHECK(r.doi == "10.1016/j.jfineco.2006.11.003");
  CHECK(r.get_extra("Total Citations") == "442");
  CHECK(default_source_label(r) == "Web of Science");
  const Record& s = titled(p, "Lending relationships in Germany");
  CHECK(s.pages == "1317-1353");
  CHECK(s.issue == "10-11");
}

TEST_CASE("table reader: R's write.table with its defaults (cells between spaces, row names) is a table", "[table]") {
  // fixtures/table/r_write_table_default.txt: wiryadana/Endocrine_COVID_pandemic
  // @803ac69 pubmed.txt (bibliometrix's data frame of a PubMed search saved
  // by write.table(M, "pubmed.txt")): the header and the row of PMID
  // 33963516, its abstract and addresses cut.  Cells between single spaces,
  // every string quoted, the header one name short (the rows' first cell
  // is R's row name): "no bibliographic records found", 186 of 186 lost.
  Parsed p = parse_file(fixture("table/r_write_table_default.txt"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "table");
  CHECK(r.title == "COVID-19 AND ENDOCRINE AND METABOLIC DISEASES. AN UPDATED STATEMENT FROM THE EUROPEAN SOCIETY OF "
                   "ENDOCRINOLOGY.");
  CHECK(names_of(r) == "PUIG-DOMINGO, M; MARAZUELA, M; YILDIZ, B O; GIUSTINA, A");
  CHECK(r.issued.year == 2021);
  CHECK(r.doi == "10.1007/s12020-021-02734-w");
  CHECK(r.pages == "301-316");
  CHECK(r.pmid == "33963516");
  CHECK(r.get_extra("column 1") == "PUIG-DOMINGO M, 2021, ENDOCRINE");
  CHECK(said(p, "R's row names"));
  // A line of prose with quoted words is no header.
  Parsed q = parse_string("\"Title\" and \"Authors\" of the \"Year\"\n\"A\" \"B\" \"C\"\n");
  CHECK(q.records.empty());  // One row a cell too long is a row of its own, not row names shifting
  // every column.
  Parsed o = parse_string("Title,Authors,Year\nA,Roe J,2020,stray\nB,Doe K,2021\n");
  CHECK_FALSE(said(o, "R's row names"));
  CHECK(titled(o, "B").issued.year == 2021);
}

TEST_CASE("table reader: Embase's article number, written only in its citation line, is the article number",
          "[table]") {
  // Embase names an article without pages by its number in SOURCE alone
  // ("Medicine in Drug Discovery (2024) 21 Article Number: 100172. Date of
  // Publication: 1 Feb 2024"): it stayed in that line in extra, the work
  // without a locator (CSL, BibTeX: no page, no number).
  Parsed p = parse_file(fixture("table/embase_fields_by_row.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].number == "100172");
  CHECK(p.records[0].pages.empty());
  CHECK(p.records[0].get_extra("Source").find("Article Number: 100172") != std::string_view::npos);  // kept
  // Embase's CSV with a journal column beside Source (asreview's
  // citation-file-formatting, CC0).
  Parsed q = parse_file(fixture("corpora/citation-file-formatting__embase.csv"));
  CHECK(titled(q, "Cellular structure of dinosaur scales").number == "4063");
  CHECK(titled(q, "Stratigraphic architecture of the Belly River").number == "e0292318");
}

// audit42: Zotero's CSV names its item types as Zotero does; those the
// exporters' names lack ("blogPost", "presentation", "podcast",
// "videoRecording", "artwork", "letter") were typed by guess, a journal
// article or a document: 126 of the 817 rows of diegodlh/openglam-oach's
// zotero.csv, whose Zotero RDF of the same library typed them right.
TEST_CASE("table reader: Zotero's CSV item types are Zotero's CSL types (real excerpt)", "[table]") {
  Parsed p = parse_file(fixture("table/openglam_zotero_types_excerpt.csv"));
  REQUIRE(p.records.size() == 7);
  std::vector<std::string> types;
  for (const Record& r : p.records) types.push_back(r.type);
  CHECK(types == std::vector<std::string>{"post-weblog", "speech", "song", "motion_picture", "graphic",
                                          "personal_communication", "book"});
  for (const Record& r : p.records) CHECK(r.get_extra("Item Type").empty());  // read, not kept aside
}

// audit42: Zotero's CSV writes a person "Last, First" and people joined by
// "; "; a single-field name (an organisation, mostly) as it is, without a
// comma.  Read as a person written given name first, "New York Public
// Library" was family "Library", given "New York Public": 65 names of the
// 964 of openglam-oach's zotero.csv, which its Zotero RDF keeps whole.  One
// person with a comma ("Watt, J. Charles") was said to be names without a
// separator.
TEST_CASE("table reader: Zotero's CSV names are its own layout: no comma, a single-field name (real excerpt)",
          "[table]") {
  Parsed p = parse_file(fixture("table/openglam_zotero_names_excerpt.csv"));
  REQUIRE(p.records.size() == 4);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].literal == "New York Public Library");
  REQUIRE(p.records[1].authors.size() == 1);
  CHECK(p.records[1].authors[0].literal == "Smithsonian Institution");
  REQUIRE(p.records[2].authors.size() == 1);
  CHECK(p.records[2].authors[0].family == "Watt");
  CHECK(p.records[2].authors[0].given == "J. Charles");
  CHECK_FALSE(said(p, "names not separated"));
  const auto& three = p.records[3].authors;
  REQUIRE(three.size() == 3);
  CHECK(three[2].family == "Mitchell");
  CHECK(three[2].given == "Vernon");
  CHECK(three[2].suffix == "Jr");
}

// audit42: Zotero keeps a DOI its item type has no field for in Extra
// ("DOI: 10.1007/978-3-319-20170-2", a book), as its RDF's dc:description
// does, whose reader reads it: openglam-oach's zotero.csv kept 7 such DOIs
// in extra "Extra", the works without a DOI to merge on.
TEST_CASE("table reader: Zotero's CSV Extra lines are read as Zotero's extra (real excerpt)", "[table]") {
  Parsed p = parse_file(fixture("table/openglam_zotero_types_excerpt.csv"));
  REQUIRE(p.records.size() == 7);
  const Record& book = p.records[6];
  CHECK(book.doi == "10.1007/978-3-319-20170-2");
  CHECK(book.get_extra("Extra").empty());
  CHECK(p.records[2].get_extra("extra") == "Library Catalog: podcasts.apple.com");  // a line not read, kept
  CHECK_FALSE(said(p, "\"Extra\""));  // no longer a column not read
}

// audit43: ASySD's Zotero CSV (camaradesuk/ASySD zotero_export.csv, 1,233
// rows) holds each item's Extra lines joined on one line ("Place: United
// States PMID: 35319117  PMCID: PMC9151451"): no PMID of its 1,233 was read.
// The line is split before a "PMID:", "PMCID:" or "DOI:" whose value is that
// identifier alone, when the line starts with a key of Zotero's; free text
// that names a PMID stays as written.
TEST_CASE("table reader: Zotero's CSV Extra lines joined on one line are read line by line (real excerpt)",
          "[table]") {
  Parsed p = parse_file(fixture("table/asysd_zotero_extra_joined.csv"));
  REQUIRE(p.records.size() == 4);
  const char* const pmids[] = {"35319117", "23122173", "516334", "31049243"};
  const char* const pmcids[] = {"PMC9151451", "", "", "PMC6458861"};
  const char* const places[] = {"Place: United States", "Place: United States", "Place: England",
                                "Place: United Kingdom"};
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(p.records[i].pmid == pmids[i]);
    CHECK(p.records[i].pmcid == pmcids[i]);
    CHECK(p.records[i].get_extra("extra") == places[i]);  // a line not read, kept
  }
  CHECK(said(p, "Zotero's Extra: 4 lines hold several lines joined on one (the first: 'Place: United States "
                "PMID: 35319117  PMCID: PMC9151451'): read as lines starting at each 'PMID:', 'PMCID:' or 'DOI:' "
                "its identifier alone follows"));
  // Rows of the same export's columns, Extra (the 36th) made up.
  const std::string text = slurp(fixture("table/asysd_zotero_extra_joined.csv"));
  const std::string header = text.substr(0, text.find('\n') + 1);
  auto row = [](const std::string& key, const std::string& title, const std::string& extra) {
    std::string cells = "\"" + key + "\",\"journalArticle\",\"\",\"\",\"" + title + "\"";
    for (int i = 5; i < 35; ++i) cells += ",\"\"";
    cells += ",\"" + extra + "\"";
    for (int i = 36; i < 87; ++i) cells += ",\"\"";
    return cells + "\n";
  };
  Parsed free = parse_string(header + row("A", "One", "Retraction of: Smith J. PMID: 123") +
                             row("B", "Two", "Place: United States PMID: see the note") +
                             row("C", "Three", "Place: Japan DOI: 10.1000/xyz PMID: 42"));
  REQUIRE(free.records.size() == 3);
  CHECK(free.records[0].pmid.empty());  // no key of Zotero's starts the line: free text
  CHECK(free.records[0].get_extra("extra") == "Retraction of: Smith J. PMID: 123");
  CHECK(free.records[1].pmid.empty());  // "see the note" is no PMID
  CHECK(free.records[1].get_extra("extra") == "Place: United States PMID: see the note");
  CHECK(free.records[2].doi == "10.1000/xyz");
  CHECK(free.records[2].pmid == "42");
  CHECK(free.records[2].get_extra("extra") == "Place: Japan");
}
