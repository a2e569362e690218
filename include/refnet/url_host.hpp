// Host names: the host of a link (url_host) and whether a value is one
// (is_web_host); a link's query value (url_query_value).
// The host of a link ("https://scholar.google.com/scholar?cites=1" ->
// "scholar.google.com", "app.dimensions.ai" of
// "https://app.dimensions.ai/details/..."): what follows its scheme's "://"
// up to its path, query, fragment, a backslash (BibTeX's "\&") or a space;
// empty when `url` opens with no scheme of five letters at most ("https").
// With UrlHost::bare_www an address written without its scheme
// ("www.taylorfrancis.com/books/...", as reference lists and Publish or
// Perish's CSV write them) has a host too.
#pragma once

#include <optional>
#include <string_view>

namespace refnet {

enum class UrlHost { scheme, bare_www };

inline std::string_view url_host(std::string_view url, UrlHost kind = UrlHost::scheme) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos && scheme <= 5) {
    url.remove_prefix(scheme + 3);
  } else if (kind != UrlHost::bare_www || url.size() < 4 ||
             !((url[0] | 0x20) == 'w' && (url[1] | 0x20) == 'w' && (url[2] | 0x20) == 'w' && url[3] == '.')) {
    return {};
  }
  return url.substr(0, url.find_first_of("/?#\\ "));
}

// A web site's host name ("researchgate.net", "books.google.com",
// "ieeexplore.ieee.org"): labels of letters, digits and hyphens joined by
// dots, the last a top-level domain of letters, no capitals, no space.
inline bool is_web_host(std::string_view v) {
  std::size_t dot = v.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || v.size() - dot - 1 < 2 || v.size() - dot - 1 > 6) return false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c == '.' && i > 0 && v[i - 1] != '.');
    if (!ok || (i > dot && !(c >= 'a' && c <= 'z'))) return false;
  }
  return true;
}

// The value of `key` ("id=pmid:", "DO=") in a link's query: what follows its
// first occurrence that opens a parameter (after '?' or '&') up to the next
// '&' or '#'; nothing when no occurrence opens one.  A view into `url`, so
// that its place in a file is known (doi_in_url's diagnostics).
inline std::optional<std::string_view> url_query_value(std::string_view url, std::string_view key) {
  for (std::size_t p = url.find(key); p != std::string_view::npos; p = url.find(key, p + 1)) {
    if (p == 0 || (url[p - 1] != '&' && url[p - 1] != '?')) continue;
    const std::string_view v = url.substr(p + key.size());
    return v.substr(0, v.find_first_of("&#"));
  }
  return std::nullopt;
}

}  // namespace refnet
