// Errors are part of the interface: a malformed entry is reported as
//   file:line:column: error: what is wrong
//       the offending line
//       ^
// like a compiler does, and the importer goes on with the next entry.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  std::uint32_t line = 0;    // 1-based; 0 when the message is about the whole file
  std::uint32_t column = 0;  // 1-based, in characters (not bytes)
  std::string message;
  std::string source_line;  // the offending line, without its line end

  // "file:line:col: error: message\n  source line\n  ^\n"
  std::string format() const;
  // "file:line:col: error: message" on one line (no line end): the form of
  // `import --diagnostics FILE`, one diagnostic per line.
  std::string headline() const;
};

// Maps byte offsets of a text to line and column, and collects diagnostics.
// Importers report by offset; the line/column arithmetic lives here once.
class Diagnostics {
 public:
  Diagnostics() = default;
  // Limit how many diagnostics are kept (the count goes on); the default
  // keeps 1,000.  Diagnostics(Diagnostics::kAll) keeps every one.
  explicit Diagnostics(std::size_t keep) : keep_(keep) {}
  static constexpr std::size_t kAll = static_cast<std::size_t>(-1);

  void set_source(std::string file, std::string_view text);
  const std::string& file() const { return file_; }

  void report(Severity s, std::size_t offset, std::string message);
  void error(std::size_t offset, std::string message) { report(Severity::error, offset, std::move(message)); }
  void warning(std::size_t offset, std::string message) { report(Severity::warning, offset, std::move(message)); }
  // A diagnostic about the whole file (no position).
  void file_error(std::string message);
  // A diagnostic at a line and column (a record's start, Provenance) when no
  // offset is at hand: no source line.  Line 0 is the whole file, column 0 the
  // line without a column.
  void report_at(Severity s, std::uint32_t line, std::uint32_t column, std::string message);

  // 1-based line of a byte offset into the current text.
  std::uint32_t line_of(std::size_t offset) const;
  // 1-based line and column (in UTF-8 characters) of a byte offset.
  std::pair<std::uint32_t, std::uint32_t> position(std::size_t offset) const;

  const std::vector<Diagnostic>& items() const { return items_; }
  // Bytes searched for line ends so far: each once when offsets come in
  // order, whatever the line lengths (a Crossref file is one 90 MB line).
  std::size_t scanned_bytes() const { return scanned_bytes_; }
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return warnings_; }
  void clear();

 private:
  std::string file_;
  std::string_view text_;
  std::vector<Diagnostic> items_;
  std::size_t keep_ = 1000;
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
  // Counts a diagnostic; the new item when it is kept (null past keep_).
  Diagnostic* add(Severity s, std::string message);
  // Line starts are found lazily and only as far as a diagnostic asks (most
  // imports report nothing, a few report near the start of a 1 GB file):
  // the start of every kStride-th line is kept, the rest is counted again.
  static constexpr std::size_t kStride = 64;
  // The 1-based line holding `offset` and the offset where it starts.
  std::pair<std::uint32_t, std::size_t> line_start(std::size_t offset) const;
  mutable std::vector<std::size_t> marks_;  // marks_[k]: start of line k * kStride + 1
  mutable std::uint32_t far_line_ = 1;      // the line holding far_scanned_
  mutable std::size_t far_start_ = 0;       // and its start
  mutable std::size_t far_scanned_ = 0;     // text before this was searched for newlines
  mutable std::size_t scanned_bytes_ = 0;
  // The last column found: offsets that come in order on one long line (a
  // one-line JSON or XML export) are counted on from it, not from the line's start.
  mutable std::size_t col_line_start_ = static_cast<std::size_t>(-1);
  mutable std::size_t col_offset_ = 0;
  mutable std::uint32_t col_ = 1;
  std::uint32_t column_at(std::size_t line_start, std::size_t offset) const;
};

}  // namespace refnet
