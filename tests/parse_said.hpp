#pragma once
// Whether a parse said something: a diagnostic whose message holds `what`
// (five test files had their own copy).
#include <string>
#include <string_view>

#include "support.hpp"

namespace refnet::test {

inline bool said(const Parsed& p, std::string_view what) {
  for (const auto& d : p.diags.items())
    if (d.message.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace refnet::test
