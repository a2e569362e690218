// The first day of an issue's month that an exporter writes as the day of a
// date whose own words name no day: EBSCO Research's CSV dates its records
// "20240301" beside its coverDate "Mar2024" (chriscastille6/CMV's
// EBSCO-Metadata-06_26_2026-4.csv: "20251001" beside "Oct2025", "20240201"
// beside "Feb/Mar2024", "20251010" beside "2025", a day); a RIS date writes
// such words in its fourth part ("1988/03/01/MAR 1988").  That day 01 is no
// day of the source's.
#pragma once

#include <string_view>

#include "refnet/months.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet {

// True when `words` name `year` (four digits) and no other number, so no
// day: "Mar2024", "Mar/Apr2025", "MAR 1988", "Spring2024", "2025".  False
// for "Mar 1 2024", "3/1/2024", "2024" when `year` is 2023, "" .
// `names_month`: a word of them is a month's name.
inline bool words_name_no_day(std::string_view words, int year, bool& names_month) {
  bool has_year = false;
  names_month = false;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t j = i;
    if (is_digit(words[i])) {
      while (j < words.size() && is_digit(words[j])) ++j;
      if (j - i != 4 || std::stoi(std::string(words.substr(i, 4))) != year) return false;
      has_year = true;
    } else if (is_alpha(words[i])) {
      while (j < words.size() && is_alpha(words[j])) ++j;
      names_month = names_month || month_from_prefix(words.substr(i, j - i)) != 0;
    } else {
      ++j;
    }
    i = j;
  }
  return has_year;
}

// A date's day 01 beside `words` that name its year and no day: left out
// (and its month 01 too where the words name no month: "2025" beside
// 20250101).  True when something was left out.
inline bool drop_issue_first_day(Date& d, std::string_view words) {
  bool names_month = false;
  if (d.day != 1 || !d.year || !words_name_no_day(words, d.year, names_month)) return false;
  d.day = 0;
  if (!names_month && d.month == 1) d.month = 0;
  return true;
}

}  // namespace refnet
