// A table cell that holds a whole record: a review team's sheet with each
// row's RIS record (Rayyan's, without ER) or BibTeX entry in a column of its
// own.  Read by the format's reader and merged into the row's record.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// What the cells of one file held, said once a file (say_cell_records).
struct CellRecords {
  struct Column {
    std::string name;
    std::string format;  // "RIS", "BibTeX"
    std::size_t cells = 0;
    std::size_t first_at = 0;
  };
  std::vector<Column> columns;
  std::size_t differing = 0;  // rows where the cell's record says another value than the row
  std::size_t first_differing = 0;
  std::string first_differing_fields;
};

// "RIS" when `cell` (as the CSV reader gives it, unquoted) is a RIS record:
// its first line that is not blank is a TY tag line and another tag line
// follows; "BibTeX" when it is one BibTeX entry, whole; "" otherwise.
std::string_view record_in_cell(std::string_view cell);

// Reads `cell` (whose record_in_cell is `format`; at byte `at` of `text`,
// its opening quote or its first character) with the format's reader and
// merges the one record it holds into `row`: each field the row's own
// columns left empty is the cell's; one they filled otherwise keeps the
// row's value and the cell's in extra under "<column>: <field>" (counted in
// `tally`, said by say_cell_records); keywords and extra fields are added;
// the cell's type is the record's unless `typed` (the row named one; set
// when the cell's is taken).
// The reader's diagnostics are said at their place in the file.  A cell
// without ER: the cell's end closes it.  False when the cell holds no record
// the reader kept (its diagnostics said why): the cell is then the row's as
// any other.
bool merge_cell_record(std::string_view text, std::size_t at, std::string_view cell, std::string_view format,
                       const std::string& column, Record& row, bool& typed, Diagnostics& diags,
                       CellRecords& tally);

// The file's notes: which columns held records, how many; the rows whose
// cell disagreed with their columns.
void say_cell_records(const CellRecords& tally, Diagnostics& diags);

}  // namespace refnet
