#include "refnet/diagnostics.hpp"

#include <algorithm>

#include "refnet/text.hpp"

namespace refnet {

std::string Diagnostic::format() const {
  static const char* const names[] = {"error", "warning", "note"};
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += ": ";
  out += names[static_cast<int>(severity)];
  out += ": ";
  out += message;
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
  lines_.clear();
  indexed_ = false;
}

void Diagnostics::index_lines() const {
  if (indexed_) return;
  lines_.clear();
  lines_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') lines_.push_back(i + 1);
  indexed_ = true;
}

std::uint32_t Diagnostics::line_of(std::size_t offset) const {
  index_lines();
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset);
  return static_cast<std::uint32_t>(it - lines_.begin());
}

std::pair<std::uint32_t, std::uint32_t> Diagnostics::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  std::uint32_t line = line_of(offset);
  std::size_t start = lines_[line - 1];
  auto col = static_cast<std::uint32_t>(utf8_length(text_.substr(start, offset - start)) + 1);
  return {line, col};
}

void Diagnostics::report(Severity s, std::size_t offset, std::string message) {
  if (s == Severity::error) ++errors_;
  if (s == Severity::warning) ++warnings_;
  if (items_.size() >= keep_) return;
  Diagnostic d;
  d.severity = s;
  d.file = file_;
  d.message = std::move(message);
  if (!text_.empty() || offset == 0) {
    auto [line, col] = position(offset);
    d.line = line;
    d.column = col;
    std::size_t start = lines_[line - 1];
    std::size_t end = text_.find('\n', start);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view src = text_.substr(start, std::min<std::size_t>(end - start, 200));
    d.source_line = std::string(src);
  }
  items_.push_back(std::move(d));
}

void Diagnostics::file_error(std::string message) {
  ++errors_;
  if (items_.size() >= keep_) return;
  Diagnostic d;
  d.file = file_;
  d.message = std::move(message);
  items_.push_back(std::move(d));
}

void Diagnostics::clear() {
  items_.clear();
  errors_ = warnings_ = 0;
}

}  // namespace refnet
