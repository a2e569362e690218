// RefLib's JSON (importers/reflib_json.cpp).  Only detect.cpp dispatches to
// it, before the Crossref reader takes a JSON array it knows no better.
#pragma once

#include <string_view>

#include "refnet/importer.hpp"

namespace refnet {

// [{"recNumber": 895, "type": "journalArticle", "title": ..., "journal": ...,
// "authors": ["Family, G."], ...}]: the references of IEBH's RefLib (the
// Bond University systematic-review tools' library), EndNote's fields under
// RefLib's names.  Rules at the top of reflib_json.cpp.
ParseStats parse_reflib_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A JSON array whose first item is an object of RefLib's keys only, one of
// them a key no other JSON refnet reads has (recNumber, journal, authors as
// an array of strings, urls, isbn, ...).
bool looks_like_reflib_json(std::string_view text);

}  // namespace refnet
