#include "refnet/diagnostics.hpp"

#include <algorithm>
#include <cstring>
#include <tuple>

#include "refnet/text.hpp"

namespace refnet {

std::string Diagnostic::headline() const {
  static const char* const names[] = {"error", "warning", "note"};
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += ": ";
  out += names[static_cast<int>(severity)];
  out += ": ";
  // One line, whatever the message holds.
  for (char c : message) out += c == '\n' ? ' ' : c;
  return out;
}

std::string Diagnostic::format() const {
  std::string out = headline();
  out += '\n';
  if (!source_line.empty()) {
    out += "  ";
    out += source_line;
    out += "\n  ";
    // The caret goes under the column: count characters, keep tabs as tabs.
    std::size_t chars = 0;
    for (std::size_t i = 0; i < source_line.size() && chars + 1 < column;) {
      char c = source_line[i];
      out += c == '\t' ? '\t' : ' ';
      next_utf8(source_line, i);
      ++chars;
    }
    out += "^\n";
  }
  return out;
}

void Diagnostics::set_source(std::string file, std::string_view text) {
  file_ = std::move(file);
  text_ = text;
  marks_.clear();
  far_line_ = 1;
  far_start_ = 0;
  far_scanned_ = 0;
  scanned_bytes_ = 0;
  col_line_start_ = static_cast<std::size_t>(-1);
  col_offset_ = 0;
  col_ = 1;
}

std::pair<std::uint32_t, std::size_t> Diagnostics::line_start(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const char* base = text_.data();
  // Searches [from, offset) for newlines, from a line `line` starting at `start`.
  auto walk = [&](std::uint32_t line, std::size_t start, std::size_t from, bool record) {
    scanned_bytes_ += offset > from ? offset - from : 0;
    while (from < offset) {
      const void* nl = std::memchr(base + from, '\n', offset - from);
      if (!nl) break;
      start = from = static_cast<std::size_t>(static_cast<const char*>(nl) - base) + 1;
      ++line;
      if (record && (line - 1) % kStride == 0) marks_.push_back(start);
    }
    return std::pair<std::uint32_t, std::size_t>{line, start};
  };
  if (marks_.empty()) marks_.push_back(0);
  if (offset >= far_scanned_) {
    std::tie(far_line_, far_start_) = walk(far_line_, far_start_, far_scanned_, true);
    far_scanned_ = offset;
    return {far_line_, far_start_};
  }
  // Inside the last line found: no newline between its start and far_scanned_.
  if (offset >= far_start_) return {far_line_, far_start_};
  // Further back: from the last mark at or before offset (at most kStride lines).
  std::size_t k = static_cast<std::size_t>(std::upper_bound(marks_.begin(), marks_.end(), offset) - marks_.begin()) - 1;
  return walk(static_cast<std::uint32_t>(k * kStride + 1), marks_[k], marks_[k], false);
}

std::uint32_t Diagnostics::line_of(std::size_t offset) const { return line_start(offset).first; }

std::pair<std::uint32_t, std::uint32_t> Diagnostics::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto [line, start] = line_start(offset);
  return {line, column_at(start, offset)};
}

std::uint32_t Diagnostics::column_at(std::size_t start, std::size_t offset) const {
  std::size_t from = start;
  std::uint32_t col = 1;
  if (start == col_line_start_ && offset >= col_offset_) {
    from = col_offset_;
    col = col_;
  }
  col += static_cast<std::uint32_t>(utf8_length(text_.substr(from, offset - from)));
  col_line_start_ = start;
  col_offset_ = offset;
  col_ = col;
  return col;
}

Diagnostic* Diagnostics::add(Severity s, std::string message) {
  if (s == Severity::error) ++errors_;
  if (s == Severity::warning) ++warnings_;
  if (items_.size() >= keep_) return nullptr;  // counted, not kept
  Diagnostic& d = items_.emplace_back();
  d.severity = s;
  d.file = file_;
  d.message = std::move(message);
  return &d;
}

void Diagnostics::report(Severity s, std::size_t offset, std::string message) {
  Diagnostic* d = add(s, std::move(message));
  if (!d || !(!text_.empty() || offset == 0)) return;
  offset = std::min(offset, text_.size());
  auto [line, start] = line_start(offset);
  d->line = line;
  d->column = column_at(start, offset);
  std::size_t end = text_.find('\n', start);
  if (end == std::string_view::npos) end = text_.size();
  // At most 200 bytes, cut between characters (the excerpt stays UTF-8).
  d->source_line = std::string(utf8_prefix(text_.substr(start, end - start), 200));
}

void Diagnostics::file_error(std::string message) { add(Severity::error, std::move(message)); }

void Diagnostics::report_at(Severity s, std::uint32_t line, std::uint32_t column, std::string message) {
  if (Diagnostic* d = add(s, std::move(message))) {
    d->line = line;
    d->column = line ? column : 0;
  }
}

void Diagnostics::clear() {
  items_.clear();
  errors_ = warnings_ = 0;
}

}  // namespace refnet
