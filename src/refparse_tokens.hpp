// Internal to the reference parser (src/refparse*.cpp): a reference's tokens read by their index, as the rules after
// the model read them.  Each rule wrote these as its own lambdas ("word", "is_word", "small_number"), 80 times over.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "refparse_detail.hpp"

namespace refnet::refparse {

// `word(k)`: token k's text; `word.is_word(k)`: it opens with no punctuation (its first byte read alone, as
// is_word_token); `word.small_number(k, most)`: one or two digits worth 1 to `most`.  Holds the text's view and a
// reference to the tokens: it lives no longer than they do.
struct TokenText {
  std::string_view text;
  const std::vector<Token>& toks;
  std::string_view operator()(std::size_t k) const { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); }
  bool is_word(std::size_t k) const {
    return !detail::is_punct_cp(char32_t(static_cast<unsigned char>(text[toks[k].begin])));
  }
  bool small_number(std::size_t k, int most) const {
    std::string_view w = (*this)(k);
    if (w.size() > 2 || !all_digits(w)) return false;
    int v = w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
    return v >= 1 && v <= most;
  }
};

// The first token labelled l from `from` on, labels.size() when there is none.
inline std::size_t first_labelled(const std::vector<Label>& labels, Label l, std::size_t from = 0) {
  while (from < labels.size() && labels[from] != l) ++from;
  return from;
}

// The first token not labelled l from `from` on: the end of the span of l's that starts there.
inline std::size_t past_labelled(const std::vector<Label>& labels, Label l, std::size_t from) {
  while (from < labels.size() && labels[from] == l) ++from;
  return from;
}

}  // namespace refnet::refparse
