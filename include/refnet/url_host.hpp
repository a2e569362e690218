// The host of a link ("https://scholar.google.com/scholar?cites=1" ->
// "scholar.google.com", "app.dimensions.ai" of
// "https://app.dimensions.ai/details/..."): what follows its scheme's "://"
// up to its path, query, fragment, a backslash (BibTeX's "\&") or a space;
// empty when `url` opens with no scheme of five letters at most ("https").
#pragma once

#include <string_view>

namespace refnet {

inline std::string_view url_host(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos || scheme > 5) return {};
  url.remove_prefix(scheme + 3);
  return url.substr(0, url.find_first_of("/?#\\ "));
}

}  // namespace refnet
