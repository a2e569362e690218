// Lines outside any record of a line-tagged export (Ovid, Cochrane,
// NoteExpress), said once per run of them: "N lines outside the Ovid
// records skipped" at the run's first line.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"
#include "refnet/text.hpp"

namespace refnet {

class SkippedLines {
 public:
  // `format` names the records: "Ovid", "Cochrane", "NoteExpress".
  explicit SkippedLines(std::string_view format) : format_(format) {}
  // One more line skipped; `at` is its offset.
  void add(std::size_t at) {
    if (at_ == std::string_view::npos) at_ = at;
    ++lines_;
  }
  // Says the run so far, if any, and starts a new one.
  void say(Diagnostics& diags) {
    if (at_ == std::string_view::npos) return;
    diags.warning(at_, std::to_string(lines_) + " line" + (lines_ > 1 ? "s" : "") + " outside the " +
                           std::string(format_) + " records skipped");
    at_ = std::string_view::npos;
    lines_ = 0;
  }

 private:
  std::string_view format_;
  std::size_t at_ = std::string_view::npos;
  std::size_t lines_ = 0;
};

// Calls `line(begin, end, line_no)` for every line of `text`: `end` at its
// '\n' or the text's end, lines numbered from 1.  The line loop of the
// line-tagged readers (Ovid, Cochrane, NoteExpress, ProQuest).
template <class F>
void for_each_text_line(std::string_view text, F&& line) {
  std::size_t pos = 0;
  std::uint32_t line_no = 1;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    line(pos, end, line_no);
    pos = end + 1;
    ++line_no;
  }
}

// "Record #12 of 250": true, with 12 and 250.  The Cochrane Library opens
// each record of its plain text and of its RIS so.
inline bool is_record_heading(std::string_view l, std::size_t* number = nullptr, std::size_t* of = nullptr) {
  if (!starts_with(l, "Record #")) return false;
  std::string_view rest = l.substr(8);
  std::size_t n = 0;
  while (n < rest.size() && is_digit(rest[n])) ++n;
  if (n == 0 || n > 9 || !starts_with(rest.substr(n), " of ")) return false;
  std::string_view total = rest.substr(n + 4);
  if (total.empty() || total.size() > 9 || !std::all_of(total.begin(), total.end(), is_digit)) return false;
  if (number) *number = std::stoul(std::string(rest.substr(0, n)));
  if (of) *of = std::stoul(std::string(total));
  return true;
}

}  // namespace refnet
