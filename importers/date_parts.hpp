// What parse_ris_date and parse_raw_date (ris_fields.hpp) leave out of a
// date, said by every reader that reads dates with them.  Defined in ris.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// The parts of `s` that parse_ris_date or parse_raw_date, reading it as `d`,
// left out: a slashed date's month or day it cannot hold ("2008//04/11": "day
// 04 without a month"; "2011/13/02": "month 13 is no month"), an ISO date's
// ("2018-13-05"), a free date's number that became no day ("Mar 45, 2019":
// "day 45 is no day").  None for a date without a year (kept as text, whole)
// or whose text is kept.
std::vector<std::string> date_parts_left_out(std::string_view s, const Date& d);
// Each of them said at `offset`: "<label> <s>: day 04 without a month: left
// out".  Every reader of parse_ris_date says so.
void say_date_parts_left_out(std::string_view label, std::string_view s, const Date& d, Diagnostics& diags,
                             std::size_t offset);

}  // namespace refnet
