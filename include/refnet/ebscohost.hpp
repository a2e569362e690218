// A record EBSCOhost exported (its RIS names the platform in DP, every export
// links its permalink "https://search.ebscohost.com/login.aspx?...&AN=...",
// proxied or not): the import reads the title without the period EBSCOhost
// ends it with, and keyword maps read its subject terms' capitals.
#pragma once

#include <string>

#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet {

inline bool from_ebscohost(const Record& r) {
  return iequals(trim(r.get_extra("DP")), "EBSCOhost") || r.url.find("ebscohost.com/") != std::string::npos;
}

}  // namespace refnet
