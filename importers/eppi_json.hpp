// EPPI-Reviewer's JSON export of a review (importers/eppi_json.cpp).  Only
// detect.cpp dispatches to it: before the JSON readers, as the text's own
// format (the Crossref reader took it and kept nothing but DOIs).
#pragma once

#include <string_view>

#include "refnet/importer.hpp"

namespace refnet {

// {"CodeSets": [...], "References": [...]}: each reference's fields as EPPI
// keeps them, authors "Family Given;" without a comma, the review's codes
// by id.  Rules at the top of eppi_json.cpp.
ParseStats parse_eppi_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A JSON object with a "References" array whose first item has EPPI's
// "ItemId" and "ShortTitle".
bool looks_like_eppi_json(std::string_view text);

}  // namespace refnet
