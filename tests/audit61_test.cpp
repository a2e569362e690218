// audit61 (issue #11): real exports refnet had not seen, and the siblings of
// classes of corruption fixed once in another format.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::size_t titles_ending_with_period(const Parsed& p) {
  std::size_t n = 0;
  for (const Record& r : p.records) n += !r.title.empty() && r.title.back() == '.';
  return n;
}
}  // namespace

// EBSCOhost ends the titles of most of its databases with a period, in each
// of its exports (RIS, BibTeX, CSV): Criminal Justice Abstracts (i3h) 39 of
// its 41 titles (the other two end with '?'), Academic Search Premier 4 of 4,
// CINAHL's RIS 9 of 9 and CSV 10 of 10, PsycINFO's BibTeX 2 of 2, CoLRev's
// EBSCO BibTeX 2 of 2 (one without a permalink); EconLit's none.  The period
// of NLM's titles was dropped for MEDLINE records only (DB MEDLINE); the rest
// kept EBSCO's, which a style then doubles and which is not the title other
// databases give.  A record from
// EBSCOhost (DP EBSCOhost, its permalink) is read without it, said once a
// file; the period of an abbreviation or an initial stays.
TEST_CASE("EBSCOhost's period after its titles is dropped, in RIS, BibTeX and CSV", "[audit61]") {
  struct Case {
    const char* file;
    std::size_t records;
  };
  for (Case c : {Case{"corpora/citesource__crimjust_41.ris", 41}, Case{"corpora/synthesisr__ASP_ris_example.ris", 4},
                 Case{"corpora/citation-file-formatting__cinahl.ris", 9},
                 Case{"corpora/citation-file-formatting__cinahl.csv", 10},
                 Case{"bibtex/ebsco_psycinfo_masterthesis.bib", 2}, Case{"table/ebsco_csv.csv", 2}}) {
    INFO(c.file);
    Parsed p = parse_file(fixture(c.file));
    REQUIRE(p.records.size() == c.records);
    CHECK(p.stats.rejected == 0);
    CHECK(titles_ending_with_period(p) == 0);
    CHECK(said(p, "EBSCOhost ends its titles with a period") == 1);
  }
  // CoLRev's EBSCO BibTeX (placeholder values): its second entry has no
  // permalink, and nothing else says EBSCOhost wrote it: as written.
  Parsed colrev = parse_file(fixture("corpora/colrev__ebsco_bib.bib"));
  REQUIRE(colrev.records.size() == 2);
  CHECK(colrev.records[0].title == "Paper title");
  CHECK(colrev.records[1].title == "When sharing fixes prices.");
  Parsed crim = parse_file(fixture("corpora/citesource__crimjust_41.ris"));
  REQUIRE(crim.records.size() == 41);
  CHECK(crim.records[0].title ==
        "Discourses of responsible gambling and gambling harm: observations from Victoria, Australia");
  Parsed asp = parse_file(fixture("corpora/synthesisr__ASP_ris_example.ris"));
  REQUIRE(asp.records.size() == 4);
  CHECK(asp.records[3].title == "2ZGK-6 型可调宽窄行高速水稻插秧机设计与试验");
  // An abbreviation's or an initial's period stays; a question stays; a
  // record of another database keeps its title as written.
  Parsed q = parse_string(
      "TY  - JOUR\nT1  - Air quality in the U.S.\nDP  - EBSCOhost\nDB  - a9h\nER  - \n\n"
      "TY  - JOUR\nT1  - Who bets?\nDP  - EBSCOhost\nDB  - i3h\nER  - \n\n"
      "TY  - JOUR\nT1  - Why we fight.\nDB  - Scopus\nER  - \n\n"
      "TY  - JOUR\nT1  - A permalink's record.\n"
      "UR  - https://search.ebscohost.com/login.aspx?direct=true&db=a9h&AN=1&site=ehost-live\nER  - \n");
  REQUIRE(q.records.size() == 4);
  CHECK(q.records[0].title == "Air quality in the U.S.");
  CHECK(q.records[1].title == "Who bets?");
  CHECK(q.records[2].title == "Why we fight.");
  CHECK(q.records[3].title == "A permalink's record");
  CHECK(said(q, "EBSCOhost ends its titles with a period") == 1);
}

// EndNote writes MEDLINE's double issue as the year and, apart, the months:
// RIS "PY - 2003" and "DA - May-Jun", XML <year>2003</year> and
// <pub-dates><date>May-Jun</date></pub-dates> (IEBH/RefLib's blue-light
// library: 12 of its 102 records; dedupe-sweep's copper and tafenoquine
// searches: 5 each, "Nov-Dec", "Jul-Sep", "Jan-Jun").  PubMed's own file of
// the same records reads "2003 May-Jun" as a range of months; the RIS reader
// kept May alone and dropped "-Jun" without a word, the XML reader kept May
// and the text in extra.  The months are the range of the year beside them
// ("Dec-Jan" runs into the next year).
TEST_CASE("EndNote's DA and pub-dates 'May-Jun' beside the year are a range of months", "[audit61]") {
  Parsed ris = parse_file(fixture("endnote/blue_light_month_ranges.ris"));
  REQUIRE(ris.records.size() == 3);
  struct Want {
    const char* title;
    int year, month, end_month;
  };
  for (Want w : {Want{"Large surface photodynamic therapy", 2004, 1, 2},
                 Want{"Photodynamic therapy for the treatment of acne", 2004, 11, 12},
                 Want{"Proton magic angle spinning NMR", 2003, 5, 6}}) {
    INFO(w.title);
    const Record* r = titled(ris.records, w.title);
    REQUIRE(r != nullptr);
    CHECK(r->issued.year == w.year);
    CHECK(r->issued.month == w.month);
    CHECK(r->issued.end_year == w.year);
    CHECK(r->issued.end_month == w.end_month);
  }
  // PubMed's MEDLINE reading of the same date: the same Date.
  Parsed nbib = parse_string("PMID- 12872936\nTI  - Proton magic angle spinning NMR.\nDP  - 2003 May-Jun\n"
                             "AU  - Doe J\n");
  REQUIRE(nbib.records.size() == 1);
  const Record* proton = titled(ris.records, "Proton magic angle spinning NMR");
  REQUIRE(proton != nullptr);
  CHECK(proton->issued == nbib.records[0].issued);

  for (const char* file : {"corpora/dedupe-sweep__copper.xml", "corpora/dedupe-sweep__tafenoquine.xml"}) {
    Parsed p = parse_file(fixture(file));
    std::size_t ranges = 0;
    for (const Record& r : p.records) ranges += r.issued.is_range() && r.issued.end_month > 0;
    CHECK(ranges == 5);
  }
  // A quarter (the file's two records of this article: one dated so).
  Parsed copper = parse_file(fixture("corpora/dedupe-sweep__copper.xml"));
  std::size_t quarter = 0;
  for (const Record& r : copper.records)
    quarter += r.title.rfind("Research on serum and saliva concentration", 0) == 0 && r.issued.year == 2009 &&
               r.issued.month == 7 && r.issued.end_year == 2009 && r.issued.end_month == 9;
  CHECK(quarter == 1);

  // Across the year's end; a range of days is no range of months.
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - Winter issue\nPY  - 1998\nDA  - Dec-Jan\nER  - \n\n"
      "TY  - JOUR\nTI  - Days\nPY  - 2001\nDA  - Jan 5-18\nER  - \n");
  REQUIRE(q.records.size() == 2);
  CHECK(q.records[0].issued.year == 1998);
  CHECK(q.records[0].issued.month == 12);
  CHECK(q.records[0].issued.end_year == 1999);
  CHECK(q.records[0].issued.end_month == 1);
  CHECK(q.records[1].issued.month == 1);
  CHECK_FALSE(q.records[1].issued.is_range());
  Parsed x = parse_string(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><records><record><ref-type name=\"Journal Article\">17</ref-type>"
      "<contributors><authors><author>Doe, J.</author></authors></contributors>"
      "<titles><title>Winter issue</title></titles><dates><year>1998</year><pub-dates><date>Dec-Jan</date>"
      "</pub-dates></dates></record></records></xml>\n");
  REQUIRE(x.records.size() == 1);
  CHECK(x.records[0].issued.year == 1998);
  CHECK(x.records[0].issued.month == 12);
  CHECK(x.records[0].issued.end_year == 1999);
  CHECK(x.records[0].issued.end_month == 1);
}

// EBSCOhost ends an abstract with whose it is, "[ABSTRACT FROM AUTHOR]" or
// "[ABSTRACT FROM PUBLISHER]" (Criminal Justice Abstracts 40 of 41 records,
// CINAHL's RIS 9 of 9 and CSV 10 of 10, Academic Search Premier 3 of 4; a
// Zotero library that saved such a record, CiteSource's empirical
// retraction search, keeps it too): EBSCO's label, which Zotero's EBSCOhost
// translator cuts, not the abstract's text.  Cut, said once a file.  That
// Zotero record's abstract goes on with EBSCO's copyright statement (its RIS's
// second AB, which the table reader cut from its CSV's abstracts): kept in
// extra, as EBSCO's RIS has it.
TEST_CASE("EBSCOhost's '[ABSTRACT FROM AUTHOR]' after an abstract is its label, cut", "[audit61]") {
  struct Case {
    const char* file;
    std::size_t labelled;
  };
  for (Case c : {Case{"corpora/citesource__crimjust_41.ris", 40}, Case{"corpora/citation-file-formatting__cinahl.ris", 9},
                 Case{"corpora/citation-file-formatting__cinahl.csv", 10},
                 Case{"corpora/synthesisr__ASP_ris_example.ris", 3},
                 Case{"corpora/empirical-retraction-lit__zotero.ris", 1}}) {
    INFO(c.file);
    Parsed p = parse_file(fixture(c.file));
    std::size_t left = 0, abstracts = 0;
    for (const Record& r : p.records) {
      left += r.abstract.find("[ABSTRACT FROM") != std::string::npos;
      abstracts += !r.abstract.empty();
    }
    CHECK(left == 0);
    CHECK(abstracts >= c.labelled);
    CHECK(said(p, "[ABSTRACT FROM AUTHOR]") == 1);
  }
  Parsed crim = parse_file(fixture("corpora/citesource__crimjust_41.ris"));
  REQUIRE(!crim.records.empty());
  const std::string& a = crim.records[0].abstract;
  CHECK(ends_with(a, "concerned with reducing gambling related harm."));
  Parsed zotero = parse_file(fixture("corpora/empirical-retraction-lit__zotero.ris"));
  std::size_t copyrights = 0;
  for (const Record& r : zotero.records) {
    CHECK(r.abstract.find("Copyright of ") == std::string::npos);
    if (starts_with(r.get_extra("AB"), "Copyright of Journal of Humanities & Arts Computing")) {
      ++copyrights;
      CHECK(ends_with(r.abstract, "that does not contain retractions."));
    }
  }
  CHECK(copyrights == 1);
  CHECK(said(zotero, "EBSCOhost's copyright statement") == 1);
  // The words inside an abstract, or another bracket at its end, stay.
  Parsed q = parse_string(
      "TY  - JOUR\nT1  - One\nAB  - Text [ABSTRACT FROM AUTHOR] and more.\nER  - \n\n"
      "TY  - JOUR\nT1  - Two\nAB  - Results were clear [1].\nER  - \n");
  REQUIRE(q.records.size() == 2);
  CHECK(q.records[0].abstract == "Text [ABSTRACT FROM AUTHOR] and more.");
  CHECK(q.records[1].abstract == "Results were clear [1].");
}

// Ovid MEDLINE writes a review's label and its count of references after the
// title, "Title. [Review] [33 refs]": its field format's reader drops the
// label, but the RIS, tables and libraries that carry Ovid's records kept it
// (bib-dedupe's cytology_screening set, whose records came from Ovid: 48
// titles end "[Review] [N refs]", 7 "?. [Review]" or ". [Review]"), so the
// title was not the one PubMed and the other databases give.  In every
// format: cut, with the period NLM ends the title with, said once a file; a
// "[Review]" that follows no sentence's end (a book review's title) stays.
TEST_CASE("Ovid's '[Review] [33 refs]' after a title is its label, cut in every format", "[audit61]") {
  Parsed p = parse_file(fixture("dedup/overlapping_pages.ris"));
  REQUIRE(!p.records.empty());
  CHECK(p.records[0].title == "Update on the diagnosis and treatment of genital wart infection");
  CHECK(said(p, "Ovid's label after a title") == 1);
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - Screening in the vaccination era?. [Review]\nER  - \n\n"
      "TY  - JOUR\nTI  - Treatment of CIN 3: review of the literature. [Review] [45 refs]\nER  - \n\n"
      "TY  - JOUR\nTI  - Lesions in the U.S. [Review] [125 refs]\nER  - \n\n"
      "TY  - BOOK\nTI  - The history of science [Review]\nER  - \n\n"
      "TY  - JOUR\nTI  - A [Review] of methods\nER  - \n");
  REQUIRE(q.records.size() == 5);
  CHECK(q.records[0].title == "Screening in the vaccination era?");
  CHECK(q.records[1].title == "Treatment of CIN 3: review of the literature");
  CHECK(q.records[2].title == "Lesions in the U.S.");
  CHECK(q.records[3].title == "The history of science [Review]");
  CHECK(q.records[4].title == "A [Review] of methods");
  CHECK(said(q, "Ovid's label after a title ('[Review]',") == 1);
  // A table of such records (bib-dedupe's CSV layout).
  Parsed t = parse_string(
      "\"ID\",\"title\",\"year\",\"author\",\"pages\",\"volume\",\"number\",\"ENTRYTYPE\",\"journal\"\n"
      "\"id_1\",\"HPV testing as an adjunct to cervical cytology for screening. [Review] [20 refs]\",2006,"
      "\"Zuna, R E\",\"288-297\",108,,\"article\",\"Cancer\"\n");
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].title == "HPV testing as an adjunct to cervical cytology for screening");
}
