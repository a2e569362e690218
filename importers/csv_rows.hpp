// What the CSV exports of bibliographic databases (Lens.org, Dimensions)
// share once their header is read: each row is either a record or a
// rejection with its diagnostic.  The column mapping is each importer's own.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "refnet/csv.hpp"
#include "refnet/importer.hpp"
#include "refnet/record.hpp"

namespace refnet {

// The slot a header name maps to in an importer's table (names compared
// without case and surrounding space, '_' as a space); `fallback` (extra)
// when none.
bool csv_name_equals(std::string_view table_name, std::string_view header_name);
template <typename Col, std::size_t N>
Col column_named(const std::pair<std::string_view, Col> (&table)[N], std::string_view name, Col fallback) {
  for (const auto& [n, col] : table)
    if (csv_name_equals(n, name)) return col;
  return fallback;
}

// The slot each of a header's `names` maps to in `table` (column_named).
template <typename Col, std::size_t N>
std::vector<Col> columns_named(const std::pair<std::string_view, Col> (&table)[N], const std::vector<std::string>& names,
                               Col fallback) {
  std::vector<Col> cols;
  cols.reserve(names.size());
  for (const std::string& n : names) cols.push_back(column_named(table, n, fallback));
  return cols;
}

// Whether a row is the header line again, as where two exports were joined
// (`cat a.csv b.csv`, the second with its byte-order mark or not); and the
// note that says it was read as such, not as a record.
bool is_header_again(std::string_view header_line, std::string_view row);
void say_header_again(Diagnostics& diags, std::size_t offset);

// The header row's names, trimmed: the names each importer maps to slots.
std::vector<std::string> csv_header_names(const CsvRow& header);

// The first line of a CSV export without its byte-order mark: what the
// readers' format checks look at.
std::string_view csv_header_line(std::string_view text);

// Reads the rows after the header from `reader`: a malformed row (already
// reported by the reader) and a row whose width does not fit the header are
// rejected, blank lines skipped.  A row fits when it has the header's
// `columns` cells, or, with `fits` given, when `fits` says so (Scopus reads
// surplus cells as more Funding Texts).  `build` fills a record from a row
// and returns false when the row holds no title, no author and no DOI
// (rejected: "`what` row has no title...").  Records are delivered with
// provenance `format` and the row's text as their source.  With `glued`
// given, a row it finds holding a second record after its own (a line break
// lost: SpringerLink) is cut by it into `row` and `next`, each read as a row.
ParseStats read_csv_records(std::string_view text, CsvReader& reader, std::size_t columns, Diagnostics& diags,
                            const RecordSink& sink, std::string_view format, std::string_view what,
                            const std::function<bool(const CsvRow&, Record&)>& build,
                            const std::function<bool(const CsvRow&)>& fits = nullptr,
                            const std::function<bool(CsvRow&, CsvRow&)>& glued = nullptr);

// The identifier cells every export has, read into `r`: a DOI, a PMID (a
// number, or PubMed's address of one: OpenAlex), ISSNs and ISBNs.  A value
// that is none is kept in extra under the column's name, with a warning at
// `offset` saying so.  A DOI cell listing DOIs ("10.1/a; 10.1/b", Lens)
// gives the first, the cell kept in extra (first_of_doi_list).
// Where `piece` (a part of the cell that starts at `cell_offset`: one of
// its list's entries, a DOI in it) is written in `text`: its first
// occurrence from the cell on (before `cell_end`), else the cell's start.
// Also for other readers' fields: an RIS note, a JSON string.
std::size_t offset_in_cell(std::string_view text, std::size_t cell_offset, std::string_view piece,
                           std::size_t cell_end = std::string_view::npos);
// With `text_mark_said` given (a CSV reader's cell), a spreadsheet's text
// mark before the identifier is read past (without_text_mark).
void read_doi_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                   bool* text_mark_said = nullptr);
void read_pmid_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                    bool* text_mark_said = nullptr);
void read_sn_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                  bool* text_mark_said = nullptr);

// An identifier cell (a DOI, ISSN, ISBN, PMID) with a spreadsheet's text
// mark ("'10.1000/x", "'9781234567897": an apostrophe typed so that the
// sheet would not read it as a number, a date or a formula, written out with
// it by a script): the cell without it, said once a file (`said`); any other
// cell as it is.  Every CSV reader's identifier columns (a title may begin
// with an apostrophe: never read past there).
std::string_view without_text_mark(std::string_view v, const std::string& column, std::size_t offset,
                                   Diagnostics& diags, bool& said);

// A cell kept in extra under `column`.  When the column's name says it holds
// a date ("Date Added", "Date Modified", "Create Date", "Online Date", "Date
// Added To Xplore": the word "date") and the cell is a spreadsheet's day
// number ("44259.5242": date_from_spreadsheet_serial), the date it counts is
// kept (2021-03-04), said once a column (`said`: the columns said).
void add_extra_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                    std::vector<std::string>& said);

// A year cell ("2021"): its year; a year a script wrote as a decimal
// ("2019.0") too, said once a file (`decimal_said`); anything else none, the
// cell kept in extra under `column`, said at `offset`.
std::optional<int> year_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags,
                             Record& r, bool& decimal_said);

// A year column's year (year_cell), its column's name and where its cell is.
struct YearCell {
  int year = 0;
  std::string column;
  std::size_t offset = 0;
};

// A date cell a spreadsheet saved as its day number ("43831":
// date_from_spreadsheet_serial), read into the record's date until
// settle_serial_date has seen the row's year column.
struct SerialDateCell {
  std::string written, column;
  std::size_t offset = 0;
};
// Reads `v` into r.issued when it is such a number, noting it in `cell`;
// false when it is none.
bool read_serial_date_cell(std::string_view v, const std::string& column, std::size_t offset, Record& r,
                           SerialDateCell& cell);
// The day number read: said once a file (`said`) when the row's year column
// has no year or the same; when it says another year, the number is no date
// ("19893" beside 1989 is no 1954-06-18): the date dropped, the cell kept in
// extra under its column, said at its cell.  Before settle_year.
void settle_serial_date(const SerialDateCell& cell, const YearCell& year, Diagnostics& diags, Record& r, bool& said);

// A year column beside a date column (`date_column`, where the record's date
// came from): the record's year when the date gave none; when it says another
// year, the date's is kept and the column's year goes in extra under its
// name, said at its cell ("Date Published says 2015, Publication Year says
// 2016, kept 2015 as the year and 2016 in extra").
void settle_year(const YearCell& year, std::string_view date_column, Diagnostics& diags, Record& r);

// A ';'-separated list cell (keywords, MeSH terms) added to `r.keywords`,
// skipping any already there in another case.
void add_keyword_list(std::string_view cell, Record& r);

}  // namespace refnet
