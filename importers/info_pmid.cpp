// PubMed's ID written as an info: URI in a DOI field (info_pmid.hpp).
#include "info_pmid.hpp"

#include <string>

#include "refnet/text.hpp"

namespace refnet {

bool take_info_pmid(Record& r, std::string_view v, std::string_view label, Diagnostics& diags, std::size_t offset) {
  v = trim(v);
  constexpr std::string_view kScheme = "info:pmid/";
  if (!istarts_with(v, kScheme)) return false;
  const std::string_view id = v.substr(kScheme.size());
  if (id.empty() || id.size() > 9 || !all_digits(id) || (!r.pmid.empty() && r.pmid != id)) return false;
  r.pmid = std::string(id);
  diags.warning(offset, std::string(label) + " '" + std::string(v) +
                            "' is PubMed's ID in the info: URI scheme (EndNote's electronic resource number), not a "
                            "DOI: read as the PMID");
  return true;
}

}  // namespace refnet
