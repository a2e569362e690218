// Finding a parsed record by what a test knows of it.
#pragma once

#include <string_view>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet::test {

// The first record whose title starts with `title_start`, or null.
inline const Record* by_title(const std::vector<Record>& records, std::string_view title_start) {
  for (const Record& r : records)
    if (starts_with(r.title, title_start)) return &r;
  return nullptr;
}

}  // namespace refnet::test
