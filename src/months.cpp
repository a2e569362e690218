#include "refnet/months.hpp"

#include <algorithm>
#include <vector>

#include "refnet/calendar.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

constexpr std::string_view kNames[12] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};

}  // namespace

std::string_view month_name(int month) { return month >= 1 && month <= 12 ? kNames[month - 1] : std::string_view(); }

std::string_view month_abbreviation(int month) { return month_name(month).substr(0, 3); }

int month_from_prefix(std::string_view w) {
  if (w.size() < 3) return 0;
  for (int m = 0; m < 12; ++m)
    if (w.size() <= kNames[m].size() && iequals(w, kNames[m].substr(0, w.size()))) return m + 1;
  return 0;
}

int month_from_abbreviation(std::string_view w) {
  return w.size() < 3 ? 0 : month_from_prefix(w.substr(0, 3));
}

bool is_month_word(std::string_view w) {
  for (std::string_view n : kNames)
    if (w == n || w == n.substr(0, 3)) return true;
  return w == "sept";
}

bool is_season_word(std::string_view w) {
  for (std::string_view s : kSeasonWords)
    if (w == s) return true;
  return false;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month != 2) return month >= 1 && month <= 12 ? kDays[month - 1] : 0;
  const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return leap ? 29 : 28;
}

std::string month_of_year(int year, int month) {
  std::string name(month_name(month));
  if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return year ? name + " " + std::to_string(year) : name;
}

int wos_season(std::string_view word) {
  static constexpr std::pair<std::string_view, int> kCodes[] = {{"spr", 21}, {"sum", 22}, {"fal", 23}, {"win", 24}};
  for (const auto& [code, season] : kCodes)
    if (iequals(word, code)) return season;
  const int code = season_code(word);
  return code >= 21 && code <= 24 ? code : 0;
}

bool names_no_month(std::string_view value) {
  bool any = false;
  for (std::size_t i = 0; i < value.size();) {
    if (!is_digit(value[i]) && !is_alpha(value[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    const bool digits = is_digit(value[i]);
    while (i < value.size() && (digits ? is_digit(value[i]) : is_alpha(value[i]))) ++i;
    if (i < value.size() && !digits && static_cast<unsigned char>(value[i]) >= 0x80) return false;  // "Mär", "août"
    const std::string_view w = value.substr(b, i - b);
    any = true;
    if (digits) {
      if (const int n = w.size() <= 2 ? std::stoi(std::string(w)) : 0; n >= 1 && n <= 12) return false;
      continue;
    }
    // "Sept" is a prefix of September; season_code knows "Fall" and the
    // quarters, wos_season WoS's "SPR".
    if (month_from_prefix(w) || season_code(w) || wos_season(w)) return false;
  }
  return any;
}

namespace {
constexpr std::string_view kSeasonNames[] = {"Spring", "Summer", "Autumn", "Winter"};
constexpr std::string_view kDivisions[] = {"Quarter 1",      "Quarter 2",      "Quarter 3",      "Quarter 4",
                                           "Quadrimester 1", "Quadrimester 2", "Quadrimester 3", "Semester 1",
                                           "Semester 2"};
}  // namespace

std::string_view season_name(int code) {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (auto s : kSeasonNames) v.emplace_back(s);
    for (const char* half : {" (Northern Hemisphere)", " (Southern Hemisphere)"})
      for (auto s : kSeasonNames) v.push_back(std::string(s) + half);
    for (auto s : kDivisions) v.emplace_back(s);
    return v;
  }();
  return code >= 21 && code <= 41 ? std::string_view(names[static_cast<std::size_t>(code - 21)]) : std::string_view();
}

int season_code(std::string_view name) {
  const std::string n = ascii_lower(collapse_space(trim(name)));
  if (n == "fall") return 23;
  for (int code = 21; code <= 41; ++code)
    if (n == ascii_lower(season_name(code))) return code;
  return 0;
}

bool read_season_date(std::string_view text, int& year, int& code) {
  std::string_view t = trim(text);
  auto four_digits = [](std::string_view s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
  };
  std::string_view y, s;
  if (t.size() > 5 && four_digits(t.substr(0, 4)) && (t[4] == '-' || t[4] == ' ')) {
    y = t.substr(0, 4), s = trim(t.substr(5));  // 1985-23, 1985-autumn, 2003 Spring
  } else if (std::size_t sp = t.rfind(' '); sp != std::string_view::npos && four_digits(t.substr(sp + 1))) {
    y = t.substr(sp + 1), s = trim(t.substr(0, sp));  // Spring 2003
  } else {
    return false;
  }
  int c = 0;
  if (s.size() == 2 && is_digit(s[0]) && is_digit(s[1])) c = (s[0] - '0') * 10 + (s[1] - '0');
  else if (!s.empty() && !is_digit(s[0])) c = season_code(s);
  if (!season_name(c).size()) return false;
  year = std::stoi(std::string(y));
  code = c;
  return year > 0;
}

bool read_month_range(std::string_view s, MonthRange& r) {
  std::string shape;  // 'Y' a year, 'M' a month, '-' the dash
  int years[2] = {0, 0}, months[2] = {0, 0};
  std::size_t ny = 0, nm = 0;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '-') {
      shape += '-';
      ++i;
    } else if (c == ' ' || c == '.' || c == ',') {
      ++i;
    } else if (is_digit(c)) {
      std::size_t b = i;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i - b != 4 || ny == 2) return false;
      years[ny++] = std::stoi(std::string(s.substr(b, 4)));
      shape += 'Y';
    } else if (is_alpha(c)) {
      std::size_t b = i;
      while (i < s.size() && is_alpha(s[i])) ++i;
      int m = month_from_prefix(s.substr(b, i - b));
      if (!m || nm == 2) return false;
      months[nm++] = m;
      shape += 'M';
    } else {
      return false;
    }
  }
  if (shape == "YM-M" || shape == "M-MY") years[1] = years[0];
  else if (shape != "YM-YM" && shape != "MY-MY") return false;
  if (years[1] < years[0] || (years[1] == years[0] && months[1] <= months[0])) return false;
  r = MonthRange{years[0], months[0], years[1], months[1]};
  return true;
}

std::string year_words(int year) {
  return year < 0 ? std::to_string(1 - static_cast<long>(year)) + " BCE" : std::to_string(year);
}

int year_from_words(std::string_view text) {
  std::string_view t = trim(text);
  std::size_t n = 0;
  while (n < t.size() && is_digit(t[n])) ++n;
  if (n == 0 || n > 4) return 0;
  std::string era;
  for (char c : t.substr(n))
    if (c != '.' && c != ' ') era += to_upper(c);
  if (era != "BCE" && era != "BC") return 0;
  int year = std::stoi(std::string(t.substr(0, n)));
  return year >= 1 ? 1 - year : 0;
}

bool is_zero_year(std::string_view text) {
  std::string_view t = trim(text);
  return !t.empty() && t.size() <= 4 && t.find_first_not_of('0') == std::string_view::npos;
}

std::string zero_year_message(std::string_view field, std::string_view value) {
  return std::string(field) + " '" + std::string(trim(value)) +
         "' is no year: the work is undated, the value kept as an extra field";
}

}  // namespace refnet
