#pragma once
// A Web of Science UT of a database on its platform other than the Core
// Collection ("WOS:") and MEDLINE ("MEDLINE:", which names a PMID too): what
// an "All Databases" search exports, and what Mendeley and EndNote keep in
// a BibTeX pmid or a RIS AN: "PQDT:59988973" (ProQuest Dissertations &
// Theses), "SCIELO:S0034-73292021000100005", "BCI:BCI200700123456" (BIOSIS),
// "KJD:ART002567890" (KCI), "RSCI:43821234", "CSCD:6543210", "ZOOREC:...",
// "CCC:...", "DIIDW:...", "INSPEC:...", "CABI:...", "FSTA:...", "DRCI:...",
// "PPRN:..." (preprints), "GRANTS:...".

#include <string_view>

#include "refnet/text.hpp"

namespace refnet {

inline bool is_wos_platform_ut(std::string_view v) {
  static constexpr std::string_view kPrefixes[] = {"PQDT:", "SCIELO:", "BCI:",  "KJD:",  "RSCI:",  "CSCD:", "ZOOREC:", "CCC:",
                                                   "DIIDW:", "INSPEC:", "CABI:", "FSTA:", "DRCI:", "PPRN:", "GRANTS:"};
  for (std::string_view p : kPrefixes) {
    if (v.size() <= p.size() || v.size() > p.size() + 40 || v.substr(0, p.size()) != p) continue;
    std::string_view id = v.substr(p.size());
    if (!(is_alpha(id.front()) || is_digit(id.front()))) return false;
    for (char c : id)
      if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '.') return false;
    return true;
  }
  return false;
}

}  // namespace refnet
