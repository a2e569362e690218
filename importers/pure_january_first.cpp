#include "pure_january_first.hpp"

#include <regex>

namespace refnet {

PureJanuaryFirst pure_january_first(std::string_view text) {
  PureJanuaryFirst found;
  constexpr std::string_view kLabel = "Publication status";
  for (std::size_t at = text.find(kLabel); at != std::string_view::npos; at = text.find(kLabel, at + 1)) {
    // A line's start: the label is the page's, not words of its abstract.
    if (at > 0 && text[at - 1] != '\n') continue;
    // The status ("Published", "Accepted/In press", "E-pub ahead of print"),
    // " - ", then the date alone on the rest of its line.  (Built on the
    // first such line only: a regex costs ~3 M instructions, which every
    // import paid, user68's work_guard small-import +3 %.)
    static const std::regex kValue(
        R"(^[ \t]*\r?\n?[ \t]*[A-Z][A-Za-z/ -]{0,40}? - ((?:Jan(?:uary)?\.? 1,? ((?:19|20)\d\d))|(?:1 Jan(?:uary)?\.? ((?:19|20)\d\d)))[ \t]*\r?(?:\n|$))");
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
