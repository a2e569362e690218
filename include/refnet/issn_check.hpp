// The ISSN's check character (ISO 3297: weights 8 to 2 over the first seven
// digits, modulus 11, 10 written 'X'), asked by every reader and writer that
// tells an ISSN from another number: dedup's ISSN in a DOI, EBSCOhost's
// "Journal (19994907)", a spreadsheet's ISSN without its leading zeros, the
// BibTeX/biblatex export's ISSN check.
#pragma once

#include <string_view>

namespace refnet {

// `first7`: the ISSN's first seven characters, digits.
inline char issn_check_char(std::string_view first7) {
  int sum = 0;
  for (int i = 0; i < 7; ++i) sum += (first7[static_cast<std::size_t>(i)] - '0') * (8 - i);
  const int check = (11 - sum % 11) % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

}  // namespace refnet
