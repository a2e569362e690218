// Accents written apart from their letters.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

// The letter `base` with the combining `mark` as one precomposed character (u and U+0308: ü; ı and ȷ take it as i
// and j: í), or 0 when Unicode has none.
char32_t compose_accent(char32_t base, char32_t mark);
// Text a PDF gave of LaTeX-set accents: the accent as a spacing character beside its letter ("G¨odel", "P´olya",
// "Erd˝os", "Fran¸ cois", "Ari~no"; before the letter, one space between them at most, or in some PDFs' text after
// it: "de´ja", "Es¸itli") joined with it into one letter ("Gödel").  An apostrophe typed as an accent stays: before a
// word-final s, t, d, m, ll, re, ve ("Zipf´s", "don´t"), after an elided l', d', qu' ("l´université"), before a
// capital ("O´Brien"); the ASCII ~ only between two letters ("/~user"); the ASCII ` never (Hawaiian's ʻokina is
// written so, "Hawai`i", as often as a grave accent, "Amp`ere").  With `offsets`,
// offsets[i] is the byte of s that byte i came from (and offsets[size] is s.size()).  s itself when it holds none.
std::string join_spacing_accents(std::string_view s, std::vector<std::uint32_t>* offsets = nullptr);
// Whether s may hold such an accent (a byte of one): join_spacing_accents has nothing to do otherwise.
inline bool may_hold_spacing_accent(std::string_view s) { return s.find_first_of("~\xC2\xCB") != std::string_view::npos; }

}  // namespace refnet
