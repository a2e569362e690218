// Where the first of several URLs in one value ends (RIS's UR,
// EPPI-Reviewer's URL).
#pragma once

#include <string_view>

#include "refnet/text.hpp"

namespace refnet {

// At white space, or at a ';' that another URL follows ("http://a;
// http://b").  A ';' inside a URL is the URL's own: Wiley's SICI links
// ("...(19990415)257:2<50::AID-AR4>3.0.CO;2-W/abstract").
inline std::size_t end_of_first_url(std::string_view v) {
  std::size_t space = v.find_first_of(" \t\n");
  for (std::size_t semi = v.find(';'); semi < space; semi = v.find(';', semi + 1)) {
    std::string_view next = trim(v.substr(semi + 1));
    if (next.empty() || istarts_with(next, "http://") || istarts_with(next, "https://") ||
        istarts_with(next, "ftp://") || istarts_with(next, "www."))
      return semi;
  }
  return space;
}

}  // namespace refnet
