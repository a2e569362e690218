// Labels written in volume and issue fields (number_labels.hpp).
#include "number_labels.hpp"

#include <vector>

#include "refnet/text.hpp"

namespace refnet {

namespace {

// A volume's or issue's number: "40", "1/2", "7A", "S1", "2-3", "XII".
bool is_number_word(std::string_view w) {
  if (w.empty() || w.size() > 12) return false;
  bool digit = false, roman = true;
  for (char c : w) {
    if (is_digit(c)) digit = true;
    else if (!(c == '-' || c == '/' || is_alpha(c))) return false;
    if (!(c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C')) roman = false;
  }
  return digit || roman;
}

bool label_word(std::string_view w, std::initializer_list<std::string_view> labels) {
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  for (std::string_view x : labels)
    if (l == x) return true;
  return false;
}

// "v.40": the label glued to the number.
std::vector<std::string_view> words_of(std::string_view v) {
  std::vector<std::string_view> out;
  for (std::string_view w : split_words(v)) {
    const std::size_t dot = w.find('.');
    if (dot != std::string_view::npos && dot + 1 < w.size() && is_digit(w[dot + 1])) {
      out.push_back(w.substr(0, dot + 1));
      out.push_back(w.substr(dot + 1));
    } else {
      out.push_back(w);
    }
  }
  return out;
}

}  // namespace

std::string volume_without_label(std::string_view value, std::string& issue) {
  value = trim(value);
  if (value.empty() || !(value.front() == 'v' || value.front() == 'V')) return {};
  std::vector<std::string_view> w = words_of(value);
  std::size_t i = 0;
  while (i < w.size() && label_word(w[i], {"v", "vol", "volume"})) ++i;
  if (i == 0 || i >= w.size() || !is_number_word(w[i])) return {};
  std::string volume(w[i]);
  if (volume.back() == ',') volume.pop_back();
  ++i;
  if (i == w.size()) return volume;
  if (i + 2 == w.size() && label_word(w[i], {"issue", "no", "n", "nr", "num", "number"}) && is_number_word(w[i + 1])) {
    issue = std::string(w[i + 1]);
    return volume;
  }
  return {};
}

std::string issue_without_label(std::string_view value) {
  value = trim(value);
  if (value.size() < 4 || is_digit(value.front())) return {};
  std::vector<std::string_view> w = words_of(value);
  if (w.size() == 2 && label_word(w[0], {"issue", "no", "nr", "num", "number"}) && is_number_word(w[1]))
    return std::string(w[1]);
  return {};
}

LabelsCut cut_number_labels(Record& r) {
  LabelsCut cut;
  if (!r.volume.empty()) {
    std::string issue;
    if (std::string volume = volume_without_label(r.volume, issue); !volume.empty()) {
      if (issue.empty() || r.issue.empty() || r.issue == issue) {
        cut = {"volume", r.volume, volume + (issue.empty() ? "" : ", issue " + issue)};
        r.volume = std::move(volume);
        if (!issue.empty()) r.issue = std::move(issue);
      }
    }
  }
  if (!r.issue.empty())
    if (std::string issue = issue_without_label(r.issue); !issue.empty()) {
      if (cut.field.empty()) cut = {"issue", r.issue, issue};
      r.issue = std::move(issue);
    }
  return cut;
}

}  // namespace refnet
