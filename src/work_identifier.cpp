// Work identifiers as keys: what references name a cited work by instead
// of a DOI (see work_identifier.hpp).
#include "refnet/work_identifier.hpp"

#include "refnet/text.hpp"

namespace refnet {

std::string work_identifier(std::string_view kind, std::string_view value) {
  value = trim(value);
  if (value.empty()) return {};
  if (kind == "openalex") {
    for (std::string_view prefix : {"https://openalex.org/", "http://openalex.org/"})
      if (value.size() > prefix.size() && istarts_with(value, prefix)) value.remove_prefix(prefix.size());
    if (value.size() < 2 || (value[0] != 'W' && value[0] != 'w') || !all_digits(value.substr(1))) return {};
    return "openalex:W" + std::string(value.substr(1));
  }
  if (kind == "lens") {
    // Five groups of three, the last character a check digit or X.
    if (value.size() != 19) return {};
    for (std::size_t i = 0; i < 19; ++i) {
      const char c = value[i];
      const bool ok = i % 4 == 3 ? c == '-' : is_digit(c) || (i == 18 && (c == 'X' || c == 'x'));
      if (!ok) return {};
    }
    std::string id(value);
    id.back() = to_upper(id.back());
    return "lens:" + id;
  }
  if (kind == "pmid") return all_digits(value) ? "pmid:" + std::string(value) : std::string();
  if (kind == "pmcid") {
    if (value.size() > 3 && istarts_with(value, "PMC")) value.remove_prefix(3);
    return all_digits(value) ? "pmcid:PMC" + std::string(value) : std::string();
  }
  return {};
}

}  // namespace refnet
