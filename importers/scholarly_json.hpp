// Lens.org's and Dimensions' JSON of scholarly works (importers/lens_json.cpp,
// importers/dimensions_json.cpp).  Only detect.cpp dispatches to them, before
// the Crossref reader takes JSON it knows no better; no --format name of
// their own (`--format json` reads them, as RefLib's and the Scopus API's).
#pragma once

#include <string>
#include <string_view>

#include "refnet/importer.hpp"
#include "json_values.hpp"

namespace refnet {

// Lens.org's scholarly works: its JSON export (JSON Lines, a record a line),
// the Scholarly API's response {"total": ..., "data": [...]}, arrays of
// records or of responses.  Rules at the top of the .cpp.
ParseStats parse_lens_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// JSON whose first record has a "lens_id" and is a scholarly work (a Lens
// patent has "doc_number" or "biblio": not one).
bool looks_like_lens_json(std::string_view text);

// The Dimensions API's publications: {"_stats": ..., "publications": [...]}
// (the DSL's answer, dimcli's saved results), arrays of publications or of
// responses, JSON Lines.  Rules at the top of the .cpp.
ParseStats parse_dimensions_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A response naming "publications" beside "_stats", or JSON whose first
// record's "id" is a publication's, "pub.<digits>".
bool looks_like_dimensions_json(std::string_view text);

// The records of a service's JSON: the text's top-level values one after
// another (JSON Lines too), an array's elements, a response's records under
// `list` ("data", "publications"), any other object one record.  Parsed at
// most `limit` records deep (detection asks for the first).
std::vector<JsonRange> scholarly_json_records(std::string_view text, std::string_view list,
                                              std::size_t limit = std::string_view::npos);

// Lens's publication types ("journal article", "book chapter", ...) as CSL
// types; the Lens CSV reader's too (lens_csv.cpp).
std::string lens_type(std::string_view lens_publication_type);

}  // namespace refnet
