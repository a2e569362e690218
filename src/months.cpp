#include "refnet/months.hpp"

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

}  // namespace refnet
