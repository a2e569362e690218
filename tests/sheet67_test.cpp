// sheet67: issue #11, values tables and JSON exports lost or rewrote
// without a word: Excel's serial dates, TRUE/FALSE cells, apostrophe- and
// formula-quoted identifiers, ISSNs read as dates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("sheet67: a date column a spreadsheet saved as day numbers ('43831') is read as the dates, said once",
          "[sheet67]") {
  // EBSCO's CSV (CINAHL) has its Publication Date ="4/3/2024"; opened in a
  // spreadsheet and read back as text (R's readxl with text columns, a
  // column formatted General), a date is the sheet's day number: 45385.
  const Parsed p = parse_file(fixture("table/cinahl_serial_date.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(show(p.records[0].issued) == "2024/4/3/");
  CHECK(extra_values(p.records[0], "Publication Date").empty());
  CHECK(said(p, "Publication Date '45385' is a spreadsheet's day number (Excel counts days from 30 December "
                "1899: the date column was saved as numbers): read as 2024-04-03 (said once a file)") == 1);
  CHECK(p.records[1].issued.year == 2024);  // ="3/6/2024" as before

  // Lens: two of three Date Published cells so saved, beside Publication
  // Year; the year agrees, nothing else is said.
  const Parsed lens = parse_file(fixture("table/lens_serial_dates.csv"));
  REQUIRE(lens.records.size() == 3);
  CHECK(show(lens.records[0].issued) == "2020/11/22/");
  CHECK(show(lens.records[1].issued) == "2020/11/24/");
  CHECK(show(lens.records[2].issued) == "2021/6/30/");
  CHECK(said(lens, "is a spreadsheet's day number") == 1);
  CHECK(said(lens, "Publication Year says") == 0);
  for (const Record& r : lens.records) CHECK(extra_values(r, "Date Published").empty());
}

TEST_CASE("sheet67: a day number with a time is the day; a number the year column does not confirm is no date",
          "[sheet67]") {
  // Zotero's CSV: Date "45519.3399652778" (2024-08-15 08:09:33 as a sheet
  // stores it), and "19893" beside Publication Year 2024: as a day number
  // 1954-06-18, as a year none; the year column's year, the cell kept.
  const Parsed p = parse_file(fixture("table/zotero_serial_dates.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(show(p.records[0].issued) == "2024/8/15/");
  CHECK(said(p, "Date '45519.3399652778' is a spreadsheet's day number (Excel counts days from 30 December 1899: "
                "the date column was saved as numbers): read as 2024-08-15, its time of day left out "
                "(said once a file)") == 1);
  CHECK(show(p.records[1].issued) == "2024/0/0/");
  CHECK(extra_values(p.records[1], "Date") == std::vector<std::string>{"19893"});
  CHECK(said(p, "Date '19893' is no date: as a spreadsheet's day number it is 1954-06-18, which Publication Year "
                "(2024) does not confirm; kept in extra") == 1);
}

TEST_CASE("sheet67: a table's date cell that is no date is said where it is kept", "[sheet67]") {
  const std::string csv = "Title,Authors,Date,Journal\n"
                          "A first title of a paper,\"Smith, J\",202001,Journal of Tests\n"
                          "A second title of a paper,\"Jones, K\",2019,Journal of Tests\n";
  const Parsed p = parse_string(csv, Format::table_csv);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].issued.year == 0);  // never a year read out of a longer number
  CHECK(extra_values(p.records[0], "Date") == std::vector<std::string>{"202001"});
  CHECK(said(p, "Date is not a date, kept in extra: 202001") == 1);
  CHECK(p.records[1].issued.year == 2019);
}

TEST_CASE("sheet67: an issue range a spreadsheet read as a date ('Nov-13') is the range, said", "[sheet67]") {
  // NPMoran/synthesis-review_mutualistism-antagonism's MA.fullrec.final.csv
  // (Web of Science's and Scopus's BibTeX joined by R, through a
  // spreadsheet): Behaviour 148(11-13), "Number = {{11-13}}" in its wos.bib,
  // is "Nov-13"; Ecological Monographs 75(1):3-35's pages "Mar-35".
  const Parsed p = parse_file(fixture("table/ma_issue_as_date.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].issue == "11-13");
  CHECK(p.records[0].pages == "1257-1275");
  CHECK(said(p, "issue 'Nov-13' is an issue range a spreadsheet read as a date (month-year): read as 11-13 (said "
                "once a file)") == 1);
  CHECK(p.records[1].issue == "1");
  CHECK(p.records[1].pages == "3-35");
}

TEST_CASE("sheet67: a WoS DOI Link a script saved as '0.0' is no link, said once", "[sheet67]") {
  // danillocelino/slr_churn_unlearning_uid's webofscience.csv: WoS's Excel
  // export saved by pandas; its DOI Link cells, Excel's link formulas, are
  // "0.0" in all 43 rows with a DOI.
  const Parsed p = parse_file(fixture("wos/wos_csv_doi_link_zero.csv"));
  REQUIRE(p.records.size() == 2);
  for (const Record& r : p.records) {
    CHECK(extra_values(r, "DL").empty());
    CHECK(!r.doi.empty());
  }
  CHECK(said(p, "DOI Link '0.0' is no link (a spreadsheet's link formula saved as its value by a script): not "
                "kept (said once a file)") == 1);
}

TEST_CASE("sheet67: a table's Month column: a month name read, another month than the date's said", "[sheet67]") {
  // ACM Digital Library's CSV writes the month as a word ("September"):
  // it was dropped without a word.
  const Parsed acm = parse_file(fixture("table/acm_dl.csv"));
  REQUIRE(acm.records.size() >= 2);
  CHECK(show(acm.records[1].issued) == "2004/9/0/");
  const std::string csv = "Title,Authors,Date,Month\n"
                          "A first title of a paper,\"Smith, J\",2020-03-01,4\n"
                          "A second title of a paper,\"Jones, K\",2020,Spring\n"
                          "A third title of a paper,\"Brown, L\",2020-03,March\n";
  const Parsed p = parse_string(csv, Format::table_csv);
  REQUIRE(p.records.size() == 3);
  CHECK(show(p.records[0].issued) == "2020/3/1/");
  CHECK(extra_values(p.records[0], "Month") == std::vector<std::string>{"4"});
  CHECK(said(p, "Date says month 3, Month says 4: kept 3 as the month and 4 in extra") == 1);
  CHECK(extra_values(p.records[1], "Month") == std::vector<std::string>{"Spring"});
  CHECK(said(p, "Month is not a month, kept in extra: Spring") == 1);
  CHECK(show(p.records[2].issued) == "2020/3/0/");  // the same month: nothing to say
  CHECK(said(p, "Month says") == 1);
}

TEST_CASE("sheet67: a Dimensions JSON date that is no date is said where it is kept", "[sheet67]") {
  std::string json = slurp(fixture("json/dimensions_api_two_publications.json"));
  const std::size_t at = json.find("\"date\": \"2019-01-08\"");
  REQUIRE(at != std::string::npos);
  json.replace(at, 20, "\"date\": \"in press\"");
  const Parsed p = parse_string(json);
  REQUIRE(p.records.size() == 2);
  std::size_t kept = 0;
  for (const Record& x : p.records) kept += extra_values(x, "date") == std::vector<std::string>{"in press"};
  CHECK(kept == 1);
  CHECK(said(p, "date is not a date, kept in extra: in press") == 1);
}

TEST_CASE("sheet67: a DOI, ISSN or ISBN cell with a spreadsheet's text mark ('10.1000/x) is read, said once",
          "[sheet67]") {
  const std::string csv = "Title,Authors,Year,Journal,DOI,ISSN,ISBN\n"
                          "A first title of a paper,\"Smith, J\",2020,Journal of Tests,'10.1000/xyz1,'0028-0836,\n"
                          "A second title of a paper,\"Jones, K\",2020,Journal of Tests,'10.1000/xyz2,,"
                          "'9781234567897\n";
  const Parsed p = parse_string(csv, Format::table_csv);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.1000/xyz1");
  CHECK(p.records[0].issn == std::vector<std::string>{"0028-0836"});
  CHECK(p.records[1].doi == "10.1000/xyz2");
  CHECK(p.records[1].isbn == std::vector<std::string>{"9781234567897"});
  for (const Record& r : p.records) CHECK(r.extra.empty());
  CHECK(said(p, "DOI ''10.1000/xyz1' begins with a spreadsheet's text mark (an apostrophe that kept it from being "
                "read as a number or formula): read without it (said once a file)") == 1);
  CHECK(said(p, "is not a") == 0);
}

TEST_CASE("sheet67: a table's ISSN a spreadsheet read as a number, its leading zeros lost, is the ISSN, said once",
          "[sheet67]") {
  // lukasbirki/Review_Validity's complete_list_coded.csv: Zotero's CSV
  // saved by a spreadsheet (dates 15/03/2021), its ISSNs 0021-9916,
  // 0362-9805 and 0092-5853 written 219916, 3629805 and 925853: "ISSN is not
  // a list of ISSNs or ISBNs, kept in extra" (7 of 171 rows), the works
  // without their journals' ISSNs.  Political Communication 38(1-2) is
  // "01-Feb" there.
  const Parsed p = parse_file(fixture("table/zotero_excel_issn_zeros.csv"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.records[0].issn == std::vector<std::string>{"0021-9916"});
  CHECK(p.records[1].issn == std::vector<std::string>{"0362-9805"});
  CHECK(p.records[2].issn == std::vector<std::string>{"0092-5853"});
  for (const Record& r : p.records) CHECK(extra_values(r, "ISSN").empty());
  CHECK(said(p, "ISSN '219916' lost its leading zeros (a spreadsheet read it as a number): read as 0021-9916, its "
                "check digit right (said once a file)") == 1);
  CHECK(said(p, "is not a list of ISSNs") == 0);
  CHECK(p.records[3].issn == std::vector<std::string>{"1058-4609", "1091-7675"});
  CHECK(p.records[3].issue == "1-2");
}

TEST_CASE("sheet67: a table a spreadsheet saved with dates day first (17/12/2020) has its dates read day first",
          "[sheet67]") {
  // lukasbirki/Review_Validity's complete_list_coded.csv (Zotero's CSV
  // saved by a spreadsheet in a day-month locale): Date "02/01/2018" for
  // Political Communication's issue of 2 January 2018, "17/12/2020" beside
  // it; Date Added "04/07/2022 14:48".  Only the year was read (108 of 171
  // rows' dates so written; no second number over 12 in the file).
  const Parsed p = parse_file(fixture("table/zotero_excel_day_first.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(show(p.records[0].issued) == "2018/1/2/");
  CHECK(show(p.records[1].issued) == "2020/12/17/");
  CHECK(said(p, "Date '02/01/2018' read day first, as 2018-01-02: the file writes its dates day first "
                "('17/12/2020': no month 17), as a spreadsheet in a day-month locale saves them (said once a "
                "file)") == 1);
  // A file whose dates say nothing of their order keeps the day and month
  // unread (audit53: another table's "4/3/2024" is not EBSCO's).
  const Parsed q = parse_string("Title,Authors,Date\nA first title of a paper,\"Smith, J\",02/01/2018\n",
                                Format::table_csv);
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].issued.year == 2018);
  CHECK(q.records[0].issued.month == 0);
}

TEST_CASE("sheet67: the database readers read an identifier with a spreadsheet's text mark ('10.1000/x), said once",
          "[sheet67]") {
  // A database's CSV opened in a spreadsheet, its DOI, ISSN, ISBN and PMID
  // cells typed with an apostrophe so that the sheet would not read them as
  // numbers or dates, written out with it by a script (no real file of the
  // kind found: the test writes each reader's table).  Before, "DOI is not a
  // DOI, kept in extra: '10.1000/xyz1" and the work had no DOI.
  struct Case {
    Format format;
    std::string csv;
  };
  const Case cases[] = {
      {Format::lens_csv, "Lens ID,Title,Publication Year,Source Title,ISSNs,Author/s,PMID,DOI\n"
                         "001-002-003-004-005,A first title,2020,Journal of Tests,'0028-0836,J Smith,'31301691,"
                         "'10.1000/xyz1\n"
                         "001-002-003-004-006,A second title,2020,Journal of Tests,,K Jones,,'10.1000/xyz2\n"},
      {Format::dimensions_csv, "Rank,Publication ID,DOI,PMID,Title,Source title,PubYear,Authors,ISSN\n"
                               "1,pub.1,'10.1000/xyz1,'31301691,A first title,Journal of Tests,2020,\"Smith, J\","
                               "'0028-0836\n"
                               "2,pub.2,'10.1000/xyz2,,A second title,Journal of Tests,2020,\"Jones, K\",\n"},
      {Format::pubmed_csv, "PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,"
                           "NIHMS ID,DOI\n"
                           "'31301691,A first title.,Smith J.,J Tests. 2020;1(2):3-4.,Smith J,J Tests,2020,"
                           "2020/03/01,,,'10.1000/xyz1\n"
                           "31301692,A second title.,Jones K.,J Tests. 2020;1(2):5-6.,Jones K,J Tests,2020,"
                           "2020/03/01,,,'10.1000/xyz2\n"},
      {Format::ieee_csv, "Document Title,Authors,Publication Title,Date Added To Xplore,Publication Year,ISSN,ISBNs,"
                         "DOI\n"
                         "A first title,J. Smith,Journal of Tests,2020-03-01,2020,'0028-0836,,'10.1000/xyz1\n"
                         "A second title,K. Jones,Journal of Tests,2020-03-01,2020,,'9781234567897,'10.1000/xyz2\n"},
      {Format::springer_csv, "Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,Item DOI,"
                             "Authors,Publication Year,URL,Content Type\n"
                             "A first title,Journal of Tests,,1,2,'10.1000/xyz1,John Smith,2020,"
                             "https://link.springer.com/x,Article\n"
                             "A second title,Journal of Tests,,1,2,'10.1000/xyz2,Kate Jones,2020,"
                             "https://link.springer.com/y,Article\n"},
      {Format::scopus_csv, "Authors,Title,Year,Source title,DOI,ISSN,ISBN,PubMed ID,EID\n"
                           "Smith J.,A first title,2020,Journal of Tests,'10.1000/xyz1,'00280836,,'31301691,"
                           "2-s2.0-1\n"
                           "Jones K.,A second title,2020,Journal of Tests,'10.1000/xyz2,,'9781234567897,,2-s2.0-2\n"},
      {Format::wos_tab, "PT\tAU\tTI\tSO\tSN\tBN\tPY\tVL\tBP\tEP\tDI\tPM\tUT\n"
                        "J\tSmith, J\tA first title\tJOURNAL OF TESTS\t'0028-0836\t\t2020\t1\t3\t4\t'10.1000/xyz1\t"
                        "'31301691\tWOS:000000000000001\n"
                        "J\tJones, K\tA second title\tJOURNAL OF TESTS\t\t'9781234567897\t2020\t1\t5\t6\t"
                        "'10.1000/xyz2\t\tWOS:000000000000002\n"},
  };
  for (const Case& c : cases) {
    INFO(std::string(format_name(c.format)));
    const Parsed p = parse_string(c.csv, c.format);
    REQUIRE(p.records.size() == 2);
    const Record& a = p.records[0];
    const Record& b = p.records[1];
    CHECK(a.doi == "10.1000/xyz1");
    CHECK(b.doi == "10.1000/xyz2");
    if (c.format != Format::springer_csv && c.format != Format::pubmed_csv)
      CHECK(std::find(a.issn.begin(), a.issn.end(), "0028-0836") != a.issn.end());
    if (c.format == Format::ieee_csv || c.format == Format::scopus_csv || c.format == Format::wos_tab)
      CHECK(b.isbn == std::vector<std::string>{"9781234567897"});
    if (c.format != Format::ieee_csv && c.format != Format::springer_csv) CHECK(a.pmid == "31301691");
    for (const Record& r : p.records)
      for (const ExtraField& e : r.extra) CHECK(e.value.find('\'') == std::string::npos);
    CHECK(said(p, "begins with a spreadsheet's text mark (an apostrophe that kept it from being read as a number or "
                  "formula): read without it (said once a file)") == 1);
    CHECK(said(p, "is not a") == 0);
  }
}

TEST_CASE("sheet67: a WoS table's counts a script saved as decimals ('12.0') are the numbers, said once",
          "[sheet67]") {
  // pandas writes an integer column with an empty cell as floats (the
  // volume "15660.0" of danillocelino/slr_churn_unlearning_uid's
  // webofscience.csv): its Times Cited and Cited Reference Count so.
  const std::string tab = "PT\tAU\tTI\tSO\tPY\tVL\tBP\tEP\tNR\tTC\tZ9\tUT\n"
                          "J\tSmith, J\tA first title\tJOURNAL OF TESTS\t2020\t1\t3\t4\t30.0\t12.0\t14.0\t"
                          "WOS:000000000000001\n"
                          "J\tJones, K\tA second title\tJOURNAL OF TESTS\t2020\t1\t5\t6\t8\t0.0\t\t"
                          "WOS:000000000000002\n";
  const Parsed p = parse_string(tab, Format::wos_tab);
  REQUIRE(p.records.size() == 2);
  CHECK(extra_values(p.records[0], "TC") == std::vector<std::string>{"12"});
  CHECK(extra_values(p.records[0], "Z9") == std::vector<std::string>{"14"});
  CHECK(extra_values(p.records[0], "NR") == std::vector<std::string>{"30"});
  CHECK(extra_values(p.records[1], "TC") == std::vector<std::string>{"0"});
  CHECK(extra_values(p.records[1], "NR") == std::vector<std::string>{"8"});
  CHECK(said(p, "NR '30.0' is a whole number written as a decimal (a script or spreadsheet saved it so): read as 30 "
                "(said once a file)") == 1);
  CHECK(said(p, "written as a decimal") == 1);
}

TEST_CASE("sheet67: a date column kept in extra that a spreadsheet saved as day numbers keeps the date, said",
          "[sheet67]") {
  // Zotero's Date Added, IEEE's Online Date, PubMed's Create Date, read
  // back from a sheet as its day numbers ("44259.5242"): before, kept so.
  const Parsed z = parse_string("Key,Item Type,Publication Year,Author,Title,Publication Title,Date,Date Added,"
                                "Date Modified\n"
                                "ABCD1234,journalArticle,2020,\"Smith, J\",A first title,Journal of Tests,2020,"
                                "44259.5242,44621\n"
                                "ABCD1235,journalArticle,2020,\"Jones, K\",A second title,Journal of Tests,2020,"
                                "43500,2022-03-01 10:00:00\n",
                                Format::table_csv);
  REQUIRE(z.records.size() == 2);
  CHECK(extra_values(z.records[0], "Date Added") == std::vector<std::string>{"2021-03-04"});
  CHECK(extra_values(z.records[0], "Date Modified") == std::vector<std::string>{"2022-03-01"});
  CHECK(extra_values(z.records[1], "Date Added") == std::vector<std::string>{"2019-02-04"});
  CHECK(extra_values(z.records[1], "Date Modified") == std::vector<std::string>{"2022-03-01 10:00:00"});
  CHECK(z.records[0].issued.year == 2020);
  CHECK(said(z, "Date Added '44259.5242' is a spreadsheet's day number (Excel counts days from 30 December 1899: "
                "the date column was saved as numbers): read as 2021-03-04, its time of day left out (said once "
                "a column)") == 1);
  CHECK(said(z, "Date Modified '44621' is a spreadsheet's day number") == 1);
  CHECK(said(z, "day number") == 2);

  const Parsed ieee = parse_string("Document Title,Authors,Publication Title,Date Added To Xplore,Publication Year,"
                                   "DOI,Online Date\n"
                                   "A first title,J. Smith,Journal of Tests,45000,2023,10.1000/xyz1,45000\n",
                                   Format::ieee_csv);
  REQUIRE(ieee.records.size() == 1);
  CHECK(extra_values(ieee.records[0], "Date Added To Xplore") == std::vector<std::string>{"2023-03-15"});
  CHECK(extra_values(ieee.records[0], "Online Date") == std::vector<std::string>{"2023-03-15"});
  CHECK(said(ieee, "day number") == 2);

  const Parsed pm = parse_string("PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,"
                                 "PMCID,NIHMS ID,DOI\n"
                                 "31301691,A first title.,Smith J.,J Tests. 2022;1(2):3-4.,Smith J,J Tests,2022,"
                                 "44621,,,10.1000/xyz1\n",
                                 Format::pubmed_csv);
  REQUIRE(pm.records.size() == 1);
  CHECK(extra_values(pm.records[0], "Create Date") == std::vector<std::string>{"2022-03-01"});
  CHECK(said(pm, "Create Date '44621' is a spreadsheet's day number") == 1);
  CHECK(pm.records[0].issued.year == 2022);
}
