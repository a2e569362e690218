// What EBSCOhost writes after an abstract: its label of whose the abstract
// is ("... related harm. [ABSTRACT FROM AUTHOR]", "[ABSTRACT FROM
// PUBLISHER]") and its copyright statement ("Copyright of PLoS ONE is the
// property of Public Library of Science and its content may not be copied or
// emailed ..."), which its RIS gives as a second AB line, its CSV in the
// abstract's cell, and Zotero's RIS of a record saved from it joined to the
// abstract.
#pragma once

#include <algorithm>
#include <string_view>

#include "refnet/text.hpp"

namespace refnet {

// Where EBSCOhost's copyright statement starts in an abstract; npos when
// none.
inline std::size_t ebsco_copyright_at(std::string_view v) {
  const std::size_t at = v.rfind("Copyright of ");
  if (at == std::string_view::npos || (at > 0 && v[at - 1] != ' ')) return std::string_view::npos;
  const std::string_view tail = v.substr(at);
  if (tail.find(" is the property of ") == std::string_view::npos ||
      tail.find(" may not be copied or emailed ") == std::string_view::npos)
    return std::string_view::npos;
  return at;
}

// The abstract without EBSCOhost's label after it (trimmed), or the abstract
// itself when it ends in no such label.  Copies that passed through other
// tools keep the label's siblings: a ';' after it, where Mendeley joined the
// copyright statement, and no '[' ("... developers. ABSTRACT FROM
// AUTHOR];"), taken only after a sentence's end.
inline std::string_view without_ebsco_abstract_label(std::string_view abstract) {
  std::string_view a = trim(abstract);
  if (!a.empty() && a.back() == ';') a = trim(a.substr(0, a.size() - 1));
  if (a.empty() || a.back() != ']') return abstract;
  const std::size_t label = a.rfind("ABSTRACT FROM ");
  if (label == std::string_view::npos) return abstract;
  const std::string_view whose = a.substr(label + 14, a.size() - label - 15);
  if (whose.empty() || !std::all_of(whose.begin(), whose.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == ' '; }))
    return abstract;
  if (label > 0 && a[label - 1] == '[') return trim(a.substr(0, label - 1));
  // Without its '[': after a sentence's end only.
  const std::string_view before = trim(a.substr(0, label));
  if (label == 0 || a[label - 1] != ' ' || before.empty() || (before.back() != '.' && before.back() != '?' && before.back() != '!'))
    return abstract;
  return before;
}

}  // namespace refnet
