// A value that is still one CSV field as a spreadsheet or a CSV export wrote
// it, its quotes around it and its inner quotes doubled: a library that
// once went through CSV and was read back without unquoting (IEBH's
// dedupe-sweep respiratory library, an EndNote library: 246 of its 1,988
// titles, `"Corticosteroids in ... A double-blind, placebo-controlled,
// randomized study"`, `"... diagnosis of ""tuberculous pleurisy"""`, and its
// pages `"52-4, 64"` and journals `"Lung cancer (Amsterdam, Netherlands)"`).
// A database cut some of them at its length limit, their closing quote lost
// with the end (41 titles of 199 or 200 characters there).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

struct CsvUnquoted {
  std::string text;  // the field's text: its quotes gone, each doubled quote one
  bool cut = false;  // no closing quote: the value's end was lost
  // For each byte of the value as written (and its end), where it is in `text`.
  std::vector<std::uint32_t> moved;
};

// v read as one CSV field: it opens with a double quote, every quote inside
// is doubled ("") and it closes with a quote or ends without one (cut), and
// what is inside holds what makes a CSV writer quote a field (a comma, a
// quote or a line break).  Nothing for any other value, however it starts:
// a title that opens with a quotation (`"Older" age is a risk factor ...`,
// `"it takes the stars aligning": ...`) has a quote alone inside it, and a
// whole title in quotes without a comma (`"I have a dream"`) is no CSV's.
std::optional<CsvUnquoted> csv_unquoted(std::string_view v);

// csv_unquoted on a record's title (its protected spans moved with their
// text), short titles (extra short-title, title-short, shorttitle, ST),
// containers, pages, volume, issue, number, publisher and place.
struct CsvFieldsUnquoted {
  std::size_t values = 0;     // how many changed
  std::string first;          // the first of them as it was
  bool title_cut = false;     // the title had no closing quote
  std::size_t title_length = 0;  // its length then, in characters
};
CsvFieldsUnquoted unquote_csv_fields(Record& r);

}  // namespace refnet
