// A month or day that a date's text holds but the date cannot ("2011/13/02",
// "Mar 45, 2019", "2018-13-05") is left out of the record's date: every reader
// that reads dates with parse_ris_date or parse_raw_date says so, as the RIS
// reader has since f3d1600 (session 50's second read: ProQuest, Ovid, EndNote
// XML and CSL-JSON dropped it without a word).
#include <catch2/catch.hpp>

#include "../importers/date_parts.hpp"
#include "../importers/ris_fields.hpp"
#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool said(const Diagnostics& d, std::string_view text) {
  for (const auto& x : d.items())
    if (x.severity == Severity::warning && x.message.find(text) != std::string::npos) return true;
  return false;
}

const char* const kProQuest =
    "____________________________________________________________\n\n"
    "Report Information from ProQuest\nMarch 02 2024 09:15\n"
    "____________________________________________________________\n\n"
    "Document 1 of 1\n\nSocial capital and health\n\n"
    "Author: Smith, John\n\n"
    "Title: Social capital and health\n\n"
    "Publication title: Journal of Health Studies\n\n"
    "Publication date: Mar 45, 2019\n\n"
    "Document type: Journal Article\n\n"
    "ProQuest document ID: 2201234567\n"
    "____________________________________________________________\n";

}  // namespace

TEST_CASE("ProQuest: a day the publication date cannot hold is said", "[date_left_out]") {
  Parsed p = parse_string(kProQuest);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issued == Date{2019, 3, 0, ""});
  CHECK(said(p.diags, "Publication date Mar 45, 2019: day 45 is no day: left out"));
}

TEST_CASE("Ovid: a day DP cannot hold is said", "[date_left_out]") {
  Parsed p = parse_string("<1. >\nVN  - Ovid Technologies\nDB  - Embase\nTI  - Kept.\nAU  - Behan L.\n"
                          "DP  - 2018 Mar 45\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issued == Date{2018, 3, 0, ""});
  CHECK(said(p.diags, "DP 2018 Mar 45: day 45 is no day: left out"));
}

TEST_CASE("EndNote XML: a month and day the pub-dates cannot hold are said", "[date_left_out]") {
  Parsed p = parse_string(
      "<xml><records><record><ref-type name=\"Journal Article\">17</ref-type>"
      "<titles><title>A</title></titles>"
      "<dates><year>2011</year><pub-dates><date>2011/13/02</date></pub-dates></dates>"
      "</record></records></xml>");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issued == Date{2011, 0, 0, ""});
  CHECK(said(p.diags, "pub-dates 2011/13/02: month 13 is no month: left out"));
  CHECK(said(p.diags, "pub-dates 2011/13/02: day 02 without a month: left out"));
}

TEST_CASE("CSL-JSON: a raw date's month and day it cannot hold are said", "[date_left_out]") {
  Parsed p = parse_string(R"([{"id":"a","type":"article-journal","title":"A","issued":{"raw":"2018-13-05"}}])");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issued.year == 2018);
  CHECK(p.records[0].issued.month == 0);
  CHECK(said(p.diags, "CSL 'issued' raw '2018-13-05': month 13 is no month, day 05 without a month: left out"));
}

TEST_CASE("dates read whole say nothing left out", "[date_left_out]") {
  for (const char* fine : {"2011/02/03/", "2011///Spring", "2011/Feb/03", "2011///", "03/2018", "Mar 15, 2019",
                           "2019 Mar 5", "Spring 2019", "2022 Jan-Feb", "2018-03-05", "2018-03", "20170812",
                           "44 BC", "2001-2003", "2019"}) {
    INFO(fine);
    Date d = parse_ris_date(fine);
    CHECK(date_parts_left_out(fine, d).empty());
    Date raw = parse_raw_date(fine);
    CHECK(date_parts_left_out(fine, raw).empty());
  }
}

TEST_CASE("a JSON reader's range of years is read whole", "[date_left_out]") {
  // parse_raw_date's "2019/2020" is 2019 to 2020 (zotero_json_import_test's
  // export12 case); RIS's slashed date reads 2020 as a month and says so.
  Date raw = parse_raw_date("2019/2020");
  CHECK(raw.end_year == 2020);
  CHECK(date_parts_left_out("2019/2020", raw).empty());
}
