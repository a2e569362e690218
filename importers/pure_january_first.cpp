#include "pure_january_first.hpp"

#include <regex>

namespace refnet {

PureJanuaryFirst pure_january_first(std::string_view text) {
  PureJanuaryFirst found;
  static const std::string kLabel = "Publication status";
  // The status ("Published", "Accepted/In press", "E-pub ahead of print"),
  // " - ", then the date alone on the rest of its line.
  static const std::regex kValue(
      R"(^[ \t]*\r?\n?[ \t]*[A-Z][A-Za-z/ -]{0,40}? - ((?:Jan(?:uary)?\.? 1,? ((?:19|20)\d\d))|(?:1 Jan(?:uary)?\.? ((?:19|20)\d\d)))[ \t]*\r?(?:\n|$))");
  for (std::size_t at = text.find(kLabel); at != std::string_view::npos; at = text.find(kLabel, at + 1)) {
    // A line's start: the label is the page's, not words of its abstract.
    if (at > 0 && text[at - 1] != '\n') continue;
    std::string_view rest = text.substr(at + kLabel.size(), 120);
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(rest.begin(), rest.end(), m, kValue)) continue;
    found.year = std::stoi(m[2].matched ? m[2].str() : m[3].str());
    found.at = at;
    found.written = m[1].str();
    return found;
  }
  return found;
}

}  // namespace refnet
