// The months EndNote writes apart from their year (RIS "PY - 2003" with "DA -
// May-Jun", XML <year>2003</year> with <pub-dates><date>May-Jun</date>):
// MEDLINE's double issue "2003 May-Jun" (months.hpp's read_month_range),
// "Dec-Jan" running into the next year.  False for any other text ("Jan
// 5-18", a day range; "Spring").
#pragma once

#include <string>
#include <string_view>

#include "refnet/months.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet {

inline bool month_range_of_year(std::string_view months, int year, MonthRange& r) {
  months = trim(months);
  if (year <= 0 || months.empty() || is_digit(months.front())) return false;
  const std::string y = std::to_string(year);
  if (read_month_range(y + " " + std::string(months), r)) return true;
  // Across the year's end: a double or quarterly issue ("Dec-Jan", "Nov-Feb").
  const std::size_t dash = months.find('-');
  if (dash == std::string_view::npos || months.find('-', dash + 1) != std::string_view::npos) return false;
  return read_month_range(y + " " + std::string(months.substr(0, dash)) + "-" + std::to_string(year + 1) + " " +
                              std::string(months.substr(dash + 1)),
                          r) &&
         r.month >= 10 && r.end_month <= 3;
}

// `d` (a date of `year`) given the range of months `m` read of `months`
// (month_range_of_year), its text the two as MEDLINE writes them when it had
// none.
inline void take_month_range(Date& d, const MonthRange& m, std::string_view months) {
  d.month = m.month;
  d.day = 0;
  d.end_year = m.end_year;
  d.end_month = m.end_month;
  if (d.text.empty()) d.text = std::to_string(d.year) + " " + std::string(trim(months));
}

}  // namespace refnet
