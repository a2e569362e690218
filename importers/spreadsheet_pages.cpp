// A page range a spreadsheet read as a date (spreadsheet_pages.hpp).
#include "spreadsheet_pages.hpp"


#include "refnet/diagnostics.hpp"
#include "refnet/extra_fields.hpp"
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

std::string issue_from_spreadsheet_date(std::string_view issue) {
  issue = trim(issue);
  const std::size_t dash = issue.find('-');
  if (dash == std::string_view::npos || issue.find('-', dash + 1) != std::string_view::npos) return {};
  const std::string_view a = issue.substr(0, dash), b = issue.substr(dash + 1);
  int first = 0, last = 0;
  if (int day = two_digits(a), month = month_number(b); day >= 1 && day <= 31 && month) {
    first = day, last = month;  // "01-Feb": 1-2
  } else if (int m = month_number(a), year = two_digits(b); m && year > 12) {
    first = m, last = year;  // "Nov-13": 11-13
  }
  if (!first || last <= first) return {};
  return std::to_string(first) + "-" + std::to_string(last);
}

Date date_from_spreadsheet_serial(std::string_view v, bool* time) {
  v = trim(v);
  const std::size_t dot = v.find('.');
  const std::string_view whole = v.substr(0, dot), fraction = dot == std::string_view::npos ? "" : v.substr(dot + 1);
  if (whole.size() != 5 || !all_digits(whole) || (dot != std::string_view::npos && (fraction.empty() ||
                                                                                   !all_digits(fraction))))
    return {};
  const long serial = std::stol(std::string(whole));
  if (serial < 10000 || serial > 73050) return {};
  // Days since 1970-01-01 (1899-12-30 is 25569 days before it), to a civil
  // date (H. Hinnant's days_from_civil inverse).
  long z = serial - 25569 + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2));
  if (time) *time = !fraction.empty() && fraction.find_first_not_of('0') != std::string_view::npos;
  return d;
}

std::string serial_date_message(std::string_view column, std::string_view written, const Date& d, bool time,
                                std::string_view once) {
  const std::string iso = iso_date(d, '-');
  return std::string(column) + " '" + std::string(trim(written)) +
         "' is a spreadsheet's day number (Excel counts days from 30 December 1899: the date column was saved as "
         "numbers): read as " + iso + (time ? ", its time of day left out" : "") + " (said once " + std::string(once) + ")";
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
