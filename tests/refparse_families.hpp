#pragma once
// The authors' family names of a parsed reference (an organisation's whole name), in order (refparse40_test,
// refparse41_test and refparse43_test use it).
#include <string>
#include <vector>

#include "refnet/record.hpp"

namespace refnet::test {

inline std::vector<std::string> families(const Record& r) {
  std::vector<std::string> out;
  for (const Creator& c : r.authors) out.push_back(c.is_literal() ? c.literal : c.family);
  return out;
}

}  // namespace refnet::test
