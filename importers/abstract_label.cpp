// A meeting abstract's label after its title (abstract_label.hpp).
#include "abstract_label.hpp"

#include "refnet/text.hpp"

namespace refnet {

std::string without_abstract_label(std::string_view title, std::string& label) {
  std::string_view t = trim(title);
  if (t.size() < 3 || t.back() != ']') return {};
  const std::size_t open = t.rfind('[');
  if (open == std::string_view::npos || open == 0) return {};
  const std::string_view inner = trim(t.substr(open + 1, t.size() - open - 2));
  std::string_view kind = inner;
  for (std::string_view lead : {"meeting ", "conference "})
    if (istarts_with(kind, lead)) kind = trim(kind.substr(lead.size()));
  if (!istarts_with(kind, "abstract")) return {};
  std::string_view rest = trim(kind.substr(8));
  if (!rest.empty()) {
    // "abstract no: 134", "abstract no:1", "Abstract no. P586", "abstract #12"
    if (istarts_with(rest, "no")) rest = trim(rest.substr(2));
    else if (istarts_with(rest, "number")) rest = trim(rest.substr(6));
    if (!rest.empty() && (rest.front() == ':' || rest.front() == '.' || rest.front() == '#'))
      rest = trim(rest.substr(1));
    if (rest.empty() || rest.find(' ') != std::string_view::npos) return {};
    bool digit = false;
    for (char c : rest) {
      if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '.') return {};
      digit = digit || is_digit(c);
    }
    if (!digit) return {};
  }
  const std::string_view before = trim(t.substr(0, open));
  if (before.empty()) return {};
  label = std::string(inner);
  return std::string(before);
}

}  // namespace refnet
