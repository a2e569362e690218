// Comma-separated values as RFC 4180 writes them, and as spreadsheets and
// databases (Scopus) actually export them: cells quoted or bare, "" for a
// quote inside a quoted cell, line breaks inside quoted cells, LF or CRLF
// rows, a UTF-8 BOM before the header.  R's write.table() writes a quote
// inside a quoted cell \" instead (its qmethod "escape", the default):
// such a file is read so, said once (backslash_escaped_quotes).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"

namespace refnet {

// One row: its cells unquoted, and where each began in the text.
struct CsvRow {
  std::vector<std::string> cells;
  std::vector<std::size_t> offsets;  // byte offset of each cell's first character
  std::size_t offset = 0;            // of the row
  // The row is not well-formed CSV (a quoted cell never closed): the cells
  // read are there, the error was reported, and reading goes on at the line
  // after the one where the row began.
  bool malformed = false;
};

// Where a CSV text's first row begins: after a UTF-8 byte-order mark and
// lines that hold only white space (blank lines before the header; the
// bytes of a joined file's earlier part, blanked to read a later part).
std::size_t csv_start(std::string_view text);

// Whether a text quotes '"' inside its quoted cells as \" (R's
// write.table): some \" is followed by a character that cannot follow a
// cell's closing quote (neither `separator`, a line end, nor '"'), and no ""
// stands inside a cell (RFC 4180's way, which R's escape never writes: ""
// there is an empty cell, between separators or line ends).
bool backslash_escaped_quotes(std::string_view text, char separator);

// Reads rows one at a time, reporting what is wrong to `diags` by offset:
// an error for a quoted cell that is never closed, a warning for text after
// a closing quote ("ab"cd: kept as abcd).  In a text written with \" for a
// quote (backslash_escaped_quotes), \" inside a quoted cell is a quote,
// said once a reader with a note where the first is.
class CsvReader {
 public:
  CsvReader(std::string_view text, Diagnostics& diags, char separator = ',');
  // False at the end of the text.  A blank line is a row of one empty cell.
  bool next(CsvRow& row);
  // Where the next row begins: the end of the row just read.
  std::size_t offset() const { return pos_; }
  char separator() const { return sep_; }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  char sep_;
  std::size_t pos_ = 0;
  bool backslash_quotes_ = false;
};

// Splits a whole text into rows (tests, small files).
std::vector<CsvRow> read_csv(std::string_view text, Diagnostics& diags, char separator = ',');

}  // namespace refnet
