// A page range a spreadsheet read as a date (spreadsheet_pages.hpp).
#include "spreadsheet_pages.hpp"

#include "refnet/diagnostics.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

int month_number(std::string_view w) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int m = 0; m < 12; ++m)
    if (w == kMonths[m]) return m + 1;
  return 0;
}

int two_digits(std::string_view w) {
  if (w.empty() || w.size() > 2 || !all_digits(w)) return -1;
  return std::stoi(std::string(w));
}

}  // namespace

std::string pages_from_spreadsheet_date(std::string_view pages) {
  pages = trim(pages);
  const std::size_t dash = pages.find('-');
  if (dash == std::string_view::npos || pages.find('-', dash + 1) != std::string_view::npos) return {};
  const std::string_view a = pages.substr(0, dash), b = pages.substr(dash + 1);
  std::string first, last;
  if (int day = two_digits(a), month = month_number(b); day >= 1 && day <= 31 && month) {
    // "21-Aug": day 21 of August, from "21-8".
    first = std::to_string(day);
    last = std::to_string(month);
  } else if (int m = month_number(a), year = two_digits(b); m && year > 12) {
    // "Dec-18": the 18 no month, so month and year, from "12-18".
    first = std::to_string(m);
    last = std::to_string(year);
  } else {
    return {};
  }
  return normalize_pages(first + "-" + last);
}

std::string whole_number_from_decimal(std::string_view v, bool ranges) {
  v = trim(v);
  std::string out;
  for (std::size_t from = 0;;) {
    const std::size_t dash = v.find('-', from);
    const std::string_view part = v.substr(from, dash == std::string_view::npos ? std::string_view::npos : dash - from);
    if (part.size() < 3 || part.substr(part.size() - 2) != ".0" || !all_digits(part.substr(0, part.size() - 2)))
      return {};
    out.append(part.substr(0, part.size() - 2));
    if (dash == std::string_view::npos) return out;
    if (!ranges) return {};
    out.push_back('-');
    from = dash + 1;
  }
}

int year_from_decimal(std::string_view v) {
  const std::string whole = whole_number_from_decimal(v, false);
  return whole.size() == 4 ? std::stoi(whole) : 0;
}

std::string decimal_read_message(std::string_view field, std::string_view written, std::string_view whole,
                                 bool plural) {
  return std::string(field) + " '" + std::string(trim(written)) + "' " +
         (plural ? "are whole numbers written as decimals (a script or spreadsheet saved them so)"
                 : "is a whole number written as a decimal (a script or spreadsheet saved it so)") +
         ": read as " + std::string(whole) + " (said once a file)";
}

void say_decimal_year(Diagnostics& diags, std::size_t offset, const std::string& field, std::string_view v, int year,
                      bool& said) {
  if (said) return;
  said = true;
  diags.warning(offset, decimal_read_message(field, v, std::to_string(year)));
}

}  // namespace refnet
