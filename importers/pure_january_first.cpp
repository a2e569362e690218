#include "pure_january_first.hpp"

#include <cctype>
#include <regex>

namespace refnet {

namespace {

// Letters and digits, ASCII ones in lower case; other bytes of UTF-8 kept.
std::string fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) out += c;
    else if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

std::vector<std::string> page_titles(std::string_view text) {
  std::vector<std::string> titles;
  auto lines_of = [&titles](std::string_view block, bool first_only) {
    for (std::size_t at = 0; at < block.size();) {
      std::size_t end = block.find('\n', at);
      if (end == std::string_view::npos) end = block.size();
      std::string folded = fold(block.substr(at, end - at));
      if (folded.size() >= 8) {
        titles.push_back(std::move(folded));
        if (first_only) return;
      }
      at = end + 1;
    }
  };
  std::size_t output = text.find("Research output:");
  while (output != std::string_view::npos && output > 0 && text[output - 1] != '\n')
    output = text.find("Research output:", output + 1);
  if (output != std::string_view::npos && output <= 2000) lines_of(text.substr(0, output), false);
  else lines_of(text.substr(0, 2000), true);
  return titles;
}

}  // namespace

bool pure_own_work(const PureJanuaryFirst& page, std::string_view title) {
  const std::string folded = fold(title);
  for (const std::string& line : page.titles)
    if (folded.compare(0, line.size(), line) == 0) return true;
  return false;
}

PureJanuaryFirst pure_january_first(std::string_view text) {
  PureJanuaryFirst found;
  constexpr std::string_view kLabel = "Publication status";
  for (std::size_t at = text.find(kLabel); at != std::string_view::npos; at = text.find(kLabel, at + 1)) {
    // A line's start: the label is the page's, not words of its abstract.
    if (at > 0 && text[at - 1] != '\n') continue;
    // A status where Jan 1 is Pure's placeholder of the year ("Accepted/In
    // press", "E-pub ahead of print": not yet in an issue; not "Published",
    // whose issue can be dated January 1st), " - ", then the date alone on
    // the rest of its line.  (Built on the
    // first such line only: a regex costs ~3 M instructions, which every
    // import paid, user68's work_guard small-import +3 %.)
    static const std::regex kValue(
        R"(^[ \t]*\r?\n?[ \t]*(Accepted/In press|E-pub ahead of print) - ((?:Jan(?:uary)?\.? 1,? ((?:19|20)\d\d))|(?:1 Jan(?:uary)?\.? ((?:19|20)\d\d)))[ \t]*\r?(?:\n|$))");
    std::string_view rest = text.substr(at + kLabel.size(), 120);
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(rest.begin(), rest.end(), m, kValue)) continue;
    found.year = std::stoi(m[3].matched ? m[3].str() : m[4].str());
    found.at = at;
    found.status = m[1].str();
    found.written = m[2].str();
    found.titles = page_titles(text);
    return found;
  }
  return found;
}

}  // namespace refnet
