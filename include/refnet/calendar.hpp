#pragma once
// The calendar's days, for dates read or typed (src/months.cpp).

#include <string>

namespace refnet {

// The days of `month` (1-12) of `year` by the Gregorian rule; a year 0 (not
// known) gets February's 29.
int days_in_month(int year, int month);

// "February 2013" ("February" for year 0): a month as messages name it.
std::string month_of_year(int year, int month);

}  // namespace refnet
