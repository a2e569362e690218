// RFC 4180 CSV reader.  A cell is bare (up to the next separator or line end)
// or quoted (up to a quote not followed by another quote); a quoted cell may
// hold separators and line breaks.
#include "refnet/csv.hpp"

#include <cstring>

namespace refnet {

std::size_t csv_start(std::string_view text) {
  std::size_t pos = text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (std::size_t i = pos; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') pos = i + 1;
    else if (c != ' ' && c != '\t' && c != '\r') break;
  }
  return pos;
}

bool backslash_escaped_quotes(std::string_view text, char separator) {
  auto boundary = [&](char c) { return c == separator || c == '\n' || c == '\r'; };
  bool escaped = false;
  for (std::size_t i = text.find('"'); i != std::string_view::npos; i = text.find('"', i + 1)) {
    const char before = i > 0 ? text[i - 1] : '\n';
    const char after = i + 1 < text.size() ? text[i + 1] : '\n';
    if (before == '\\') {
      escaped = escaped || !(boundary(after) || after == '"');
    } else if (after == '"') {
      const char next = i + 2 < text.size() ? text[i + 2] : '\n';
      if (!boundary(before) && !boundary(next)) return false;  // "a ""b"" c": RFC 4180
      ++i;  // the pair read
    }
  }
  return escaped;
}

CsvReader::CsvReader(std::string_view text, Diagnostics& diags, char separator)
    : text_(text), diags_(diags), sep_(separator), pos_(csv_start(text)) {
  if (text.find("\\\"") == std::string_view::npos || !backslash_escaped_quotes(text, separator)) return;
  backslash_quotes_ = true;
  diags_.report(Severity::note, text.find("\\\""),
                "quotes inside cells written \\\" (R's write.table): read as a quote");
}

bool CsvReader::next(CsvRow& row) {
  const std::size_t n = text_.size();
  if (pos_ >= n) return false;
  const char* data = text_.data();
  row.offset = pos_;
  row.malformed = false;
  std::size_t used = 0;  // cells of `row` filled, their strings' capacity reused
  auto cell = [&](std::size_t at) -> std::string& {
    if (used == row.cells.size()) {
      row.cells.emplace_back();
      row.offsets.push_back(0);
    }
    row.offsets[used] = at;
    std::string& c = row.cells[used++];
    c.clear();
    return c;
  };
  std::size_t p = pos_;
  for (;;) {
    std::string& c = cell(p);
    if (p < n && data[p] == '"') {
      const std::size_t open = p++;
      bool closed = false;
      while (p < n) {
        const void* q = std::memchr(data + p, '"', n - p);
        std::size_t e = q ? static_cast<const char*>(q) - data : n;
        c.append(data + p, e - p);
        p = e;
        if (p >= n) break;
        if (backslash_quotes_ && !c.empty() && c.back() == '\\') {  // \" (R's write.table)
          c.back() = '"';
          ++p;
          continue;
        }
        if (p + 1 < n && data[p + 1] == '"') {
          c.push_back('"');
          p += 2;
          continue;
        }
        ++p;
        closed = true;
        break;
      }
      if (!closed) {
        diags_.error(open, "quoted cell is never closed; the row is skipped");
        row.malformed = true;
        // Go on at the line after the one where the row began.
        const void* nl = std::memchr(data + row.offset, '\n', n - row.offset);
        pos_ = nl ? static_cast<const char*>(nl) - data + 1 : n;
        row.cells.resize(used);
        row.offsets.resize(used);
        return true;
      }
      if (p < n && data[p] != sep_ && data[p] != '\n' && data[p] != '\r') {
        diags_.warning(p, "text after the closing quote of a cell; kept");
        while (p < n && data[p] != sep_ && data[p] != '\n' && data[p] != '\r') c.push_back(data[p++]);
      }
    } else {
      std::size_t e = p;
      while (e < n && data[e] != sep_ && data[e] != '\n' && data[e] != '\r') ++e;
      c.append(data + p, e - p);
      p = e;
    }
    if (p < n && data[p] == sep_) {
      ++p;
      continue;
    }
    // Line end: LF, CRLF or a lone CR.
    if (p < n && data[p] == '\r') ++p;
    if (p < n && data[p] == '\n') ++p;
    break;
  }
  pos_ = p;
  row.cells.resize(used);
  row.offsets.resize(used);
  return true;
}

std::vector<CsvRow> read_csv(std::string_view text, Diagnostics& diags, char separator) {
  std::vector<CsvRow> rows;
  CsvReader reader(text, diags, separator);
  CsvRow row;
  while (reader.next(row)) rows.push_back(row);
  return rows;
}

}  // namespace refnet
