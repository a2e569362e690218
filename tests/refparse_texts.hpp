#pragma once
// Reference strings to run the parser's model over (refparse_features_test, refparse_model52_test): every reference
// of the labelled fixtures and of the samples' tables, and Crossref-style strings and edge cases.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/refparse.hpp"
#include "support.hpp"

namespace refnet::test {

inline std::vector<std::string> reference_texts() {
  std::vector<std::string> texts;
  const std::string dir = std::string(REFNET_FIXTURES) + "/refparse/";
  for (const char* xml : {"anystyle__core.xml", "styles_test.xml"})
    for (refparse::Example& ex : refparse::read_anystyle(slurp(dir + xml), xml)) texts.push_back(std::move(ex.text));
  // The reference strings of the samples (their column `raw` or `reference`).
  auto cut = [](std::string_view s, char sep) {
    std::vector<std::string_view> out;
    for (std::size_t at = 0;;) {
      std::size_t e = s.find(sep, at);
      out.push_back(s.substr(at, e == std::string_view::npos ? std::string_view::npos : e - at));
      if (e == std::string_view::npos) return out;
      at = e + 1;
    }
  };
  for (const char* tsv : {"cited_sample.tsv", "styles_sample.tsv", "social_science.tsv"}) {
    const std::string all = slurp(dir + tsv);
    std::vector<std::string_view> lines = cut(all, '\n');
    std::vector<std::string_view> header = cut(lines[0], '\t');
    std::size_t column = std::find(header.begin(), header.end(), "raw") - header.begin();
    if (column == header.size()) column = std::find(header.begin(), header.end(), "reference") - header.begin();
    REQUIRE(column < header.size());
    for (std::size_t l = 1; l < lines.size(); ++l)
      if (std::vector<std::string_view> cells = cut(lines[l], '\t'); column < cells.size() && !cells[column].empty())
        texts.emplace_back(cells[column]);
  }
  // Crossref's `unstructured` strings as the generated corpus writes them, and edge cases: one token, links, quotes,
  // brackets never closed, nothing but punctuation.
  for (const char* s : {"External source 3 of 61 (1992). Some report.", "x", ".", "2011", "(((", "\"A\" \"B\"",
                        "Smith, J. (2011). Title: a \u201cquoted\u201d part. J. Am. Chem. Soc., 12(3), 45-67. "
                        "https://doi.org/10.1000/xyz doi:10.1000/abc",
                        "Oxford University Press, Oxford, UK, 2001, pp. 1-10 [in Russian]"})
    texts.emplace_back(s);
  return texts;
}


}  // namespace refnet::test
