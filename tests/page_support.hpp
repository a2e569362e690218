// Helpers of the article-page tests (user54_test, user55_test, user56_test): a page fixture parsed as the CLI does,
// its warnings counted, a converted page's text split into the lines a reader sees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

namespace refnet::test {

// A fixture of fixtures/pages/ parsed as `refnet import` does.
inline Parsed page(const std::string& name) { return parse_file(fixture("pages/" + name)); }

// How many of a parse's warnings say `part`.
inline std::size_t warnings_with(const Parsed& p, std::string_view part) {
  std::size_t n = 0;
  for (const Diagnostic& d : p.diags.items())
    n += d.severity == Severity::warning && d.message.find(part) != std::string::npos;
  return n;
}

// The lines of a page's text, each trimmed and its runs of spaces collapsed (a converted page keeps every line
// where it was, its markup blanked: the lines are what a reader sees).
inline std::vector<std::string> shown_lines(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t from = 0; from < text.size();) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    lines.push_back(collapse_space(trim(text.substr(from, end - from))));
    from = end + 1;
  }
  return lines;
}

}  // namespace refnet::test
