// The row loop the CSV exports share; see csv_rows.hpp.
#include "csv_rows.hpp"

#include <algorithm>

#include "refnet/text.hpp"

namespace refnet {

std::vector<std::string> csv_header_names(const CsvRow& header) {
  std::vector<std::string> names;
  names.reserve(header.cells.size());
  for (const std::string& h : header.cells) names.emplace_back(trim(h));
  return names;
}

ParseStats read_csv_records(std::string_view text, CsvReader& reader, std::size_t columns, Diagnostics& diags,
                            const RecordSink& sink, std::string_view format, std::string_view what,
                            const std::function<bool(const CsvRow&, Record&)>& build) {
  ParseStats stats;
  CsvRow row;
  while (reader.next(row)) {
    if (row.malformed) {
      ++stats.rejected;
      continue;
    }
    if (row.cells.size() == 1 && trim(row.cells[0]).empty()) continue;  // a blank line
    if (row.cells.size() != columns) {
      diags.error(row.offset, "row has " + std::to_string(row.cells.size()) + " cells, the header " +
                                  std::to_string(columns) + "; skipped");
      ++stats.rejected;
      continue;
    }
    Record r;
    if (!build(row, r)) {
      diags.error(row.offset, std::string(what) + " row has no title, no author and no DOI; skipped");
      ++stats.rejected;
      continue;
    }
    std::string_view source = text.substr(row.offset, reader.offset() - row.offset);
    deliver_record(std::move(r), format, source, diags.line_of(row.offset), diags, stats, sink);
  }
  return stats;
}

void add_keyword_list(std::string_view cell, Record& r) {
  for (const std::string& k : split_list(cell, ";"))
    if (std::none_of(r.keywords.begin(), r.keywords.end(), [&](const std::string& h) { return iequals(h, k); }))
      r.keywords.push_back(k);
}

}  // namespace refnet
