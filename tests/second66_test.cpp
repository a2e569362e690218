// second66: issue #11's leftovers from session 65, read a second time.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The diagnostics of a parse on one line each ("file:L:C: warning: ...").
std::string headlines(const Parsed& p) {
  std::string out;
  for (const refnet::Diagnostic& d : p.diags.items()) out += d.headline() + "\n";
  return out;
}

}  // namespace

// A database CSV's year column beside its date column: when the two say other
// years the date's is kept and the column's goes in extra, and it was kept
// there without a word (settle_year), where a year cell that is not a year is
// said (ab3654db's year_cell).  Each fixture is a real export's row with its
// year cell made another year (no file of fixtures/corpora, ../shared/corpora
// or /tmp/dedup65/data has such a row: Lens 252+8 rows, PubMed 27, Zotero
// 1,259, WoS 133 measured).
TEST_CASE("second66: a year column that says another year than the date column is said", "[second66]") {
  SECTION("Lens.org CSV: Date Published 2020-11-22, Publication Year 2021") {
    Parsed p = parse_file(fixture("table/lens_year_not_date_year.csv"));
    INFO(headlines(p));
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].issued.year == 2020);
    CHECK(p.records[0].get_extra("Publication Year") == "2021");
    CHECK(has(headlines(p), "lens_year_not_date_year.csv:2:158: warning: Date Published says 2020, Publication Year "
                            "says 2021, kept 2020 as the year and 2021 in extra"));
  }
  SECTION("PubMed CSV: the Citation's 2020 Feb, Publication Year 2021") {
    Parsed p = parse_file(fixture("medline/pubmed_csv_year_not_citation_year.csv"));
    INFO(headlines(p));
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].issued.year == 2020);
    CHECK(p.records[0].get_extra("Publication Year") == "2021");
    CHECK(has(headlines(p), "pubmed_csv_year_not_citation_year.csv:2:224: warning: Citation says 2020, Publication "
                            "Year says 2021, kept 2020 as the year and 2021 in extra"));
  }
  SECTION("Zotero CSV (a table): Date 2024, Publication Year 2023; and a year cell that is not a year") {
    Parsed p = parse_file(fixture("table/zotero_year_not_date_year.csv"));
    INFO(headlines(p));
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].issued.year == 2024);
    CHECK(p.records[0].get_extra("Publication Year") == "2023");
    CHECK(has(headlines(p), "zotero_year_not_date_year.csv:2:29: warning: Date says 2024, Publication Year says 2023, "
                            "kept 2024 as the year and 2023 in extra"));
    // table_csv's own year check kept a non-year in extra unsaid too.
    CHECK(p.records[1].issued.year == 2024);
    CHECK(p.records[1].get_extra("Publication Year") == "In press");
    CHECK(has(headlines(p), "zotero_year_not_date_year.csv:3:29: warning: Publication Year is not a year, kept in "
                            "extra: In press"));
  }
  SECTION("Dimensions API JSON: date 2019-01-08, year 2020") {
    Parsed p = parse_file(fixture("json/dimensions_year_not_date_year.json"));
    INFO(headlines(p));
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].issued.year == 2019);
    CHECK(p.records[0].get_extra("year") == "2020");
    CHECK(has(headlines(p), "warning: date says 2019, year says 2020, kept 2019 as the year and 2020 in extra"));
    CHECK(said(p, "says") == 1);
  }
}

