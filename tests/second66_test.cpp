// second66: issue #11's leftovers from session 65, read a second time.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "refnet/dedup.hpp"
#include "refnet/names.hpp"
#include "cli_library.hpp"
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

// A journal's supplement written only in the pages: Cochrane CENTRAL's records
// of two ACR 2013 abstracts in Arthritis & Rheumatism 65 (CN-01747390, Sieper
// et al., "Sustained clinical remission ... adalimumab treatment", S653-S654;
// CN-01763093, van der Heijde et al., "Relationship between MRI and clinical
// remission ... adalimumab therapy", S768), no issue, under the supplement's
// DOI 10.1002/art.38216: the titles alike (over 0.5), so the shared DOI was
// confirmed and the two made one work on import (NMN-NR review's
// central.ris, bench/dedup_sets.sh's nmn set).  d2dc6aba's supplement test
// read the issue and volume only, and its other-pages veto one-page items
// only.
TEST_CASE("second66: two abstracts on other pages of a supplement written in the pages are two works", "[second66]") {
  Parsed p = parse_file(fixture("dedup/supplement_pages_central.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pages == "S653-S654");
  CHECK(p.records[1].pages == "S768");
  std::string why;
  CHECK_FALSE(refnet::confirm_shared_identifier(p.records[0], p.records[1], &why));
  CHECK(why == "first pages 653 and 768 of items in one volume's supplement");
  CliLibrary lib;
  lib.import("dedup/supplement_pages_central.ris");
  const CommandResult list = lib.run("list --format json");
  REQUIRE(list.status == 0);
  CHECK(nlohmann::json::parse(list.out).size() == 2);
}

// Its sibling that stays one work: ASySD's labelled test set (camaradesuk/ASySD
// @df54be9 tests/testthat/labelled_test_set.csv, GPL-3.0; records 405 and 1145,
// labelled duplicates), Kwon et al. 2016, "Proximal tubular GLP-1 receptor
// activity is increased in CKD rat with myocardial ...", Nephrology Dialysis
// Transplantation 31 Suppl 1 under DOI 10.1093/ndt/gfw188.21: OUP's page
// "i428" on one record, "1428-1428" (the letter read as a 1) on the other.
// The other-pages veto takes ranges only when both write the supplement's
// letter: a first version without that kept these apart (bench: ASySD 586 -> 587
// works, one more missed).
TEST_CASE("second66: a supplement page that lost its letter is no other page", "[second66]") {
  refnet::Record a, b;
  for (refnet::Record* r : {&a, &b}) {
    r->title = "Proximal tubular GLP-1 receptor activity is increased in CKD rat with myocardial infarction";
    r->container_title = "Nephrology Dialysis Transplantation";
    r->doi = "10.1093/ndt/gfw188.21";
    r->issued.year = 2016;
    r->authors.push_back(refnet::parse_ris_name("Kwon, S. K."));
  }
  a.volume = "1)";
  a.pages = "i428";
  b.volume = "31";
  b.issue = "SUPPL. 1";
  b.pages = "1428-1428";
  std::string why;
  CHECK(refnet::confirm_shared_identifier(a, b, &why));
  INFO(why);
  CHECK(why.find("title similarity") == 0);
}
