// What the CSV exports of bibliographic databases (Lens.org, Dimensions)
// share once their header is read: each row is either a record or a
// rejection with its diagnostic.  The column mapping is each importer's own.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/csv.hpp"
#include "refnet/importer.hpp"
#include "refnet/record.hpp"

namespace refnet {

// The header row's names, trimmed: the names each importer maps to slots.
std::vector<std::string> csv_header_names(const CsvRow& header);

// Reads the rows after the header from `reader`: a malformed row (already
// reported by the reader) and a row with more or fewer cells than the
// header's `columns` are rejected, blank lines skipped; `build` fills a
// record from a row and returns false when the row holds no title, no
// author and no DOI (rejected: "`what` row has no title...").  Records are
// delivered with provenance `format` and the row's text as their source.
ParseStats read_csv_records(std::string_view text, CsvReader& reader, std::size_t columns, Diagnostics& diags,
                            const RecordSink& sink, std::string_view format, std::string_view what,
                            const std::function<bool(const CsvRow&, Record&)>& build);

// A ';'-separated list cell (keywords, MeSH terms) added to `r.keywords`,
// skipping any already there in another case.
void add_keyword_list(std::string_view cell, Record& r);

}  // namespace refnet
