// Internal to refparse.cpp: the word classes and shapes its token features are made of, declared for the tests
// (tests/refparse_features_test.cpp keeps the features' first, token-by-token implementation as the oracle of
// the one that reads each reference once).
#pragma once

#include <string>
#include <string_view>

namespace refnet::refparse::detail {

// A code point that ends a word: ASCII punctuation, and the general punctuation, Latin-1 symbols and
// CJK/full-width punctuation blocks.
bool is_punct_cp(char32_t c);
// ASCII lower case.
std::string lower(std::string_view s);
// The keyword class of a lower-cased word ("pp", "vol", "month", "pub", "jour"...), null when none.
const char* keyword_class(const std::string& w);
// Whether w (any case) is in keyword class cls.
bool is_class(std::string_view w, std::string_view cls);
// A straight, curly or guillemet quote.
bool is_quote(std::string_view v);
// "Xx", "X", "x", "d", "X.": runs of one class written once.
std::string shape(std::string_view w);
// "year", "d4", "d1".."d3", "dlong", "roman", or "" (not a number).
std::string number_class(std::string_view w);

}  // namespace refnet::refparse::detail
