// The one table of English month names (months.hpp) and the two ways the
// readers match a word against it: the MEDLINE and WoS date readers by the
// first three letters, the RIS and BibTeX readers by a prefix of the name.
#include <catch2/catch.hpp>

#include "refnet/months.hpp"

using namespace refnet;

TEST_CASE("month names: the BibTeX macros and the full names of one table", "[months]") {
  CHECK(month_abbreviation(1) == "jan");
  CHECK(month_abbreviation(9) == "sep");
  CHECK(month_name(12) == "december");
  CHECK(month_name(0).empty());
  CHECK(month_abbreviation(13).empty());
}

TEST_CASE("a month word read by prefix (RIS, BibTeX) or by its first three letters (MEDLINE, WoS)", "[months]") {
  // A prefix of the name, three letters or more.
  CHECK(month_from_prefix("Sep") == 9);
  CHECK(month_from_prefix("Sept") == 9);
  CHECK(month_from_prefix("SEPTEMBER") == 9);
  CHECK(month_from_prefix("Decided") == 0);
  CHECK(month_from_prefix("JAN-FEB") == 0);
  CHECK(month_from_prefix("Ma") == 0);
  // The first three letters, whatever follows (the date readers bound the length).
  CHECK(month_from_abbreviation("JAN-FEB") == 1);
  CHECK(month_from_abbreviation("Marvel") == 3);
  CHECK(month_from_abbreviation("may") == 5);
  CHECK(month_from_abbreviation("Ma") == 0);
  // Words as dedup's volume test takes them: the name, three letters, "sept".
  CHECK(is_month_word("sept"));
  CHECK(is_month_word("june"));
  CHECK_FALSE(is_month_word("janu"));
  CHECK(is_season_word("fall"));
  CHECK_FALSE(is_season_word("fal"));
}
