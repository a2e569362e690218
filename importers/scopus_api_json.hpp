// Scopus Search API JSON (importers/scopus_api_json.cpp).  Only detect.cpp
// dispatches to it, before the Crossref reader takes JSON it knows no better.
#pragma once

#include <string_view>

#include "refnet/importer.hpp"

namespace refnet {

// {"search-results": {"entry": [...]}}, its entries saved as one array (R's
// rscopus, pybliometrics), or a list of such responses: each entry's
// "dc:title", "dc:creator", "prism:publicationName", "prism:doi", "eid", ...
// read by the Scopus CSV's field rules.  Rules at the top of the .cpp.
ParseStats parse_scopus_api_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// JSON whose first entry is a Scopus Search API entry ("eid" "2-s2.0-...",
// or "dc:identifier" "SCOPUS_ID:..."), or a response of its ("search-results").
bool looks_like_scopus_api_json(std::string_view text);

}  // namespace refnet
