// A publication status in a volume, issue or page field (publication_status.hpp).
#include "publication_status.hpp"

#include <algorithm>

#include "refnet/text.hpp"

namespace refnet {

namespace {

constexpr std::string_view kStatuses[] = {
    "epub ahead of print", "publish ahead of print", "online ahead of print", "ahead of print", "ahead-of-print",
    "article in press",    "in press",               "online first",          "online-first",   "early view",
    "early access",        "epub"};

bool month_word(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  if (l.size() < 3) return false;
  for (std::string_view m : kMonths)
    if (starts_with(l, m) && l.size() <= 9) return true;
  return false;
}

// Words that are a date only: "Apr 25", "2020 Jan 5", "25 April 2019",
// "2020" (a number alone is no date: "12" is a volume).
bool date_only(std::string_view s) {
  bool month = false, year = false;
  for (std::string_view w : split_words(s)) {
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':')) w.remove_suffix(1);
    if (w.empty()) continue;
    const bool digits = w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
    if (!digits && !month_word(w)) return false;
    month = month || !digits;
    year = year || (digits && w.size() == 4 && (starts_with(w, "19") || starts_with(w, "20")));
  }
  return month || year;
}

// A volume, issue or page as a number: "33", "12-19", "S1", "iv".
bool number_like(std::string_view s) {
  if (s.empty() || s.size() > 20) return false;
  bool digit = false;
  for (char c : s) {
    if (is_digit(c)) digit = true;
    else if (!(c == '-' || c == '/' || is_alpha(c))) return false;
  }
  return digit;
}

std::string_view strip_marks(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.front() == ',' || s.front() == ';' || s.front() == '.' || s.front() == ':'))
    s = trim(s.substr(1));
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == '.' || s.back() == ':'))
    s = trim(s.substr(0, s.size() - 1));
  return s;
}

}  // namespace

bool split_publication_status(std::string_view value, std::string& kept, std::string& status) {
  const std::string_view v = trim(value);
  if (v.size() < 4 || v.size() > 60) return false;
  // Most values are numbers: no status's letters in them.
  if (std::none_of(v.begin(), v.end(), [](char c) { return c == 'e' || c == 'E' || c == 'i' || c == 'I'; }))
    return false;
  const std::string low = ascii_lower(v);
  std::size_t at = std::string::npos, len = 0;
  for (std::string_view s : kStatuses)
    if (std::size_t p = low.find(s); p != std::string::npos) {
      at = p, len = s.size();
      break;
    }
  if (at == std::string::npos) return false;
  // A word's part is none ("reprint", "epubs"): the phrase is whole words.
  auto letter = [&](std::size_t i) { return i < low.size() && is_alpha(low[i]); };
  if ((at > 0 && letter(at - 1)) || letter(at + len)) return false;
  // The status's span: its brackets, when it is in brackets.
  std::size_t begin = at, end = at + len;
  const std::size_t open = low.find_last_of("[(", at), close = low.find_first_of("])", at + len);
  if (open != std::string::npos && close != std::string::npos && low.find_first_of("])", open) == close) {
    begin = open;
    end = close + 1;
  }
  std::string_view inside = trim(v.substr(begin, end - begin));
  if (!inside.empty() && (inside.front() == '[' || inside.front() == '(')) inside = trim(inside.substr(1, inside.size() - 2));
  // "Epub" alone only in brackets with a date ("[Epub 2020 Jan 5]") or as
  // the whole value.
  if (low.compare(at, len, "epub") == 0) {
    std::string_view after = trim(inside.substr(std::min(inside.size(), std::size_t(4))));
    if (begin == at && trim(v).size() != len) return false;
    if (!after.empty() && !date_only(after)) return false;
  }
  std::string rest = std::string(strip_marks(v.substr(0, begin))) + " " + std::string(strip_marks(v.substr(end)));
  std::string_view r = strip_marks(rest);
  if (r.empty() || date_only(r)) {
    kept.clear();
    status = std::string(v.front() == '[' || v.front() == '(' ? inside : v);
    if (!r.empty()) status = std::string(v);
    return true;
  }
  if (number_like(r)) {
    kept = std::string(r);
    status = std::string(inside);
    return true;
  }
  return false;
}

StatusMoved move_publication_status(Record& r) {
  StatusMoved moved;
  for (auto [name, field] : {std::pair<const char*, std::string*>{"volume", &r.volume},
                             {"issue", &r.issue}, {"pages", &r.pages}}) {
    std::string kept, status;
    if (field->empty() || !split_publication_status(*field, kept, status)) continue;
    if (moved.field.empty()) moved = {name, *field};
    bool have = false;
    for (const ExtraField& f : r.extra)
      if (f.name == "status" && iequals(f.value, status)) have = true;
    // CSL's variable: written so by the CSL-JSON export (as a CSL-JSON
    // source's own), as an abstract's label is the genre.
    if (!have) r.extra.push_back({"status", std::move(status), "csl-json"});
    *field = std::move(kept);
  }
  return moved;
}

}  // namespace refnet
