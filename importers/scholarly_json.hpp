// Lens.org's and Dimensions' JSON of scholarly works (importers/lens_json.cpp,
// importers/dimensions_json.cpp).  Only detect.cpp dispatches to them, before
// the Crossref reader takes JSON it knows no better; no --format name of
// their own (`--format json` reads them, as RefLib's and the Scopus API's).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

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

// A reference naming a record of the same file by its id (the extra field
// `id_field`: "Lens ID", "Publication ID"; the reference's key, else its
// text) gets that record's DOI: citations inside one export are found by
// DOI, as the services' CSVs' are.
inline void link_references_by_id(std::vector<Record>& records, std::string_view id_field) {
  std::unordered_map<std::string, std::string> doi_of;
  for (const Record& r : records)
    if (std::string_view id = r.get_extra(id_field); !id.empty() && !r.doi.empty()) doi_of.emplace(id, r.doi);
  for (Record& r : records)
    for (Reference& ref : r.references)
      if (ref.doi.empty())
        if (auto it = doi_of.find(ref.key.empty() ? ref.raw : ref.key); it != doi_of.end()) ref.doi = it->second;
}

// Reads each record of `entries` with `reader` (read(json, its text, where
// it starts, Record&), false for a record without title, author or DOI:
// rejected, said as "<what> without title, author or DOI"), links their
// references by `id_field`, and delivers each at its place as `format`.
template <class Reader>
ParseStats read_scholarly_records(std::string_view text, const std::vector<JsonRange>& entries, Reader& reader,
                                  std::string_view format, std::string_view what, std::string_view id_field,
                                  Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::vector<Record> records;
  std::vector<JsonRange> sources;
  for (const JsonRange& at : entries) {
    std::string_view src = text.substr(at.begin, at.end - at.begin);
    std::optional<nlohmann::json> parsed = parse_json_object(src, at, what, diags, stats);
    if (!parsed) continue;
    Record r;
    if (!reader.read(*parsed, src, at.begin, r)) {
      diags.error(at.begin, std::string(what) + " without title, author or DOI: skipped");
      ++stats.rejected;
      continue;
    }
    records.push_back(std::move(r));
    sources.push_back(at);
  }
  link_references_by_id(records, id_field);
  PositionCounter positions(text);
  for (std::size_t i = 0; i < records.size(); ++i)
    deliver_record_at(std::move(records[i]), format, text.substr(sources[i].begin, sources[i].end - sources[i].begin),
                      positions.at(sources[i].begin), diags, stats, sink);
  return stats;
}

// Lens's publication types ("journal article", "book chapter", ...) as CSL
// types; the Lens CSV reader's too (lens_csv.cpp).
std::string lens_type(std::string_view lens_publication_type);

}  // namespace refnet
