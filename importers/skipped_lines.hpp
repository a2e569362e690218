// Lines outside any record of a line-tagged export (Ovid, Cochrane,
// NoteExpress), said once per run of them: "N lines outside the Ovid
// records skipped" at the run's first line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"

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

}  // namespace refnet
