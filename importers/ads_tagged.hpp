// NASA ADS's tagged export (importers/ads_tagged.cpp): read in place of the
// RIS reader's EndNote tagged format, whose letters it shares.
#pragma once

#include <string_view>

#include "refnet/importer.hpp"

namespace refnet {

// The first line a bibcode's "%R", a "%T" line and no "%0" among the first 40.
bool looks_like_ads_tagged(std::string_view text);
ParseStats parse_ads_tagged(std::string_view text, Diagnostics& diags, const RecordSink& sink);

}  // namespace refnet
