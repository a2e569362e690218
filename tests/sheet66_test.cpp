// sheet66: issue #11, tables a script or spreadsheet re-saved.  pandas
// writes an integer column with an empty cell as floats ("40788791.0");
// Excel writes a long number as it shows it, in scientific notation with
// its last digits gone ("2.05031E+15" for SAGE Open Medicine's article
// number 2050312113499912).  An identifier so written was kept as written,
// without a word: "pmid 40788791.0", "SP  - 2.05031E+15".
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("sheet66: a PMID a script saved as a decimal ('40788791.0') is the PMID, said", "[sheet66]") {
  // danillocelino/slr_churn_unlearning_uid's webofscience.csv: Web of
  // Science's Excel export saved by pandas, its Pubmed Id column "40788791.0"
  // in the 3 of 50 rows that have one.
  const Parsed p = parse_file(fixture("wos/wos_csv_float_pmid.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "40788791");
  CHECK(p.records[1].pmid == "38835363");
  CHECK(p.records[2].pmid.empty());
  CHECK(said(p, "PMID '40788791.0' is a whole number written as a decimal (a script or spreadsheet saved it so): "
                "read as 40788791 (said once a file)") == 1);
  CHECK(said(p, "38835363.0") == 0);  // once a file
}

TEST_CASE("sheet66: a number in Excel's scientific notation is no page or identifier, kept and said", "[sheet66]") {
  // camaradesuk/ASySD's labelled_test_set.csv: SAGE Open Med 1, article
  // 2050312113499912, saved by Excel as "2.05031E+15" (4 of 1,845 rows).
  const Parsed p = parse_file(fixture("table/asysd_pages_scientific.csv"));
  REQUIRE(p.records.size() == 2);
  for (const Record& r : p.records) {
    CHECK(r.pages.empty());
    CHECK(r.number.empty());
    CHECK(extra_values(r, "pages") == std::vector<std::string>{"2.05031E+15"});
  }
  CHECK(said(p, "pages '2.05031E+15' is a number in scientific notation (a spreadsheet or script wrote it so; the "
                "digits it leaves out may be lost): not read as the pages, kept in extra") == 2);
}

TEST_CASE("sheet66: identifiers of a Scopus CSV a script or spreadsheet saved", "[sheet66]") {
  const std::string csv =
      "\"Authors\",\"Title\",\"Year\",\"Source title\",\"Volume\",\"ISSN\",\"ISBN\",\"PubMed ID\",\"Document Type\","
      "\"Source\",\"EID\"\n"
      "\"Smith J.\",\"A first title of a paper\",\"2020\",\"Journal of Tests\",\"3\",\"\",\"9781234567897.0\","
      "\"32145678.0\",\"Article\",\"Scopus\",\"2-s2.0-85000000001\"\n"
      "\"Jones K.\",\"A second title of a paper\",\"2020\",\"Journal of Tests\",\"4\",\"\",\"9.78123E+12\",\"3.2e+07\","
      "\"Article\",\"Scopus\",\"2-s2.0-85000000002\"\n"
      "\"Brown L.\",\"A third title of a paper\",\"2020\",\"Journal of Tests\",\"5\",\"\",\"\",\"3.2145679e+07\","
      "\"Article\",\"Scopus\",\"2-s2.0-85000000003\"\n";
  const Parsed p = parse_string(csv, Format::scopus_csv);
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "32145678");
  CHECK(p.records[0].isbn == std::vector<std::string>{"9781234567897"});
  // Scientific notation: the digits it does not write are lost (Excel) or
  // zeros (R): no identifier either way, kept.
  CHECK(p.records[1].pmid.empty());
  CHECK(p.records[1].isbn.empty());
  CHECK(extra_values(p.records[1], "pmid") == std::vector<std::string>{"3.2e+07"});
  CHECK(extra_values(p.records[1], "isbn") == std::vector<std::string>{"9.78123E+12"});
  CHECK(said(p, "PMID '3.2e+07' is a number in scientific notation") == 1);
  CHECK(said(p, "ISBN '9.78123E+12' is a number in scientific notation") == 1);
  // All its digits written: the number.
  CHECK(p.records[2].pmid == "32145679");
}

TEST_CASE("sheet66: a PMID column of Lens or a table written as a decimal is the PMID", "[sheet66]") {
  const std::string csv = "Title,Authors,Year,Journal,PMID\n"
                          "A first title of a paper,\"Smith, J\",2020,Journal of Tests,32145678.0\n"
                          "A second title of a paper,\"Jones, K\",2020,Journal of Tests,3.2e+07\n";
  const Parsed p = parse_string(csv, Format::table_csv);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid == "32145678");
  CHECK(p.records[1].pmid.empty());
  CHECK(said(p, "is a whole number written as a decimal") == 1);
  CHECK(said(p, "3.2e+07") == 1);
}

TEST_CASE("sheet66: a table's Year a script saved as a decimal ('2019.0') is the year, said", "[sheet66]") {
  const std::string csv = "Title,Authors,Year,Journal\n"
                          "A first title of a paper,\"Smith, J\",2019.0,Journal of Tests\n"
                          "A second title of a paper,\"Jones, K\",2020.0,Journal of Tests\n"
                          "A third title of a paper,\"Brown, L\",in press,Journal of Tests\n";
  const Parsed p = parse_string(csv, Format::table_csv);
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].issued.year == 2019);
  CHECK(p.records[1].issued.year == 2020);
  CHECK(extra_values(p.records[0], "Year").empty());
  CHECK(said(p, "Year '2019.0' is a whole number written as a decimal (a script or spreadsheet saved it so): read "
                "as 2019 (said once a file)") == 1);
  CHECK(said(p, "2020.0") == 0);
}

TEST_CASE("sheet66: pandas's and a spreadsheet's missing values in a table are no value, said", "[sheet66]") {
  // A table a script turned to text before writing it ("nan", "None") or a
  // spreadsheet saved with its formulas' errors ("#N/A", "#VALUE!"): before,
  // the work's volume was "#VALUE!" or "None" and its pages "nan", unsaid.
  const std::string csv = "Title,Authors,Year,Journal,Volume,Pages\n"
                          "A first title of a paper,\"Smith, J\",2019,Journal of Tests,#VALUE!,nan\n"
                          "A second title of a paper,\"Jones, K\",#N/A,Journal of Tests,None,NaN\n"
                          "A third title of a paper,\"Brown, L\",2020,Journal of Tests,3,nan\n";
  const Parsed p = parse_string(csv, Format::table_csv);
  REQUIRE(p.records.size() == 3);
  for (const Record& r : p.records) {
    CHECK(r.pages.empty());
    CHECK(r.extra.empty());
  }
  CHECK(p.records[0].volume.empty());
  CHECK(p.records[1].volume.empty());
  CHECK(p.records[2].volume == "3");
  CHECK(said(p, "Pages: 'nan' in 2 rows read as no value (Python's missing value: the file was written or re-saved "
                "by a script (pandas))") == 1);
  CHECK(said(p, "Volume: '#VALUE!' in 1 row read as no value (a spreadsheet's error value: the file was saved by a "
                "spreadsheet)") == 1);
  CHECK(said(p, "Year: '#N/A' in 1 row") == 1);
  CHECK(said(p, "Volume: 'None' in 1 row") == 1);
}

TEST_CASE("sheet66: a Scopus ISSN a spreadsheet read as a number, its leading zeros lost, is the ISSN", "[sheet66]") {
  // Scopus writes ISSNs without the hyphen ("00280836"); Excel reads one
  // that opens with zeros as a number and saves "280836": refnet kept it as
  // the ISSN.  The zeros put back, the check digit tells.
  const std::string csv = "\"Authors\",\"Title\",\"Year\",\"Source title\",\"Volume\",\"ISSN\",\"Document Type\","
                          "\"Source\",\"EID\"\n"
                          "\"Smith J.\",\"A first title of a paper\",\"2020\",\"Nature\",\"3\",\"280836\",\"Article\","
                          "\"Scopus\",\"2-s2.0-85000000001\"\n"
                          "\"Jones K.\",\"A second title of a paper\",\"2020\",\"The Lancet\",\"4\",\"1406736\","
                          "\"Article\",\"Scopus\",\"2-s2.0-85000000002\"\n"
                          "\"Brown L.\",\"A third title of a paper\",\"2020\",\"Journal of Tests\",\"5\",\"280837\","
                          "\"Article\",\"Scopus\",\"2-s2.0-85000000003\"\n";
  const Parsed p = parse_string(csv, Format::scopus_csv);
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].issn == std::vector<std::string>{"0028-0836"});
  CHECK(p.records[1].issn == std::vector<std::string>{"0140-6736"});
  CHECK(said(p, "ISSN '280836' lost its leading zeros (a spreadsheet read it as a number): read as 0028-0836, its "
                "check digit right (said once a file)") == 1);
  CHECK(said(p, "1406736") == 0);
  // A wrong check digit: no ISSN this reader can tell (kept as written).
  CHECK(p.records[2].issn == std::vector<std::string>{"280837"});
}
