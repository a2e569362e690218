// Shared by the libFuzzer harnesses (see fuzz/README.md): the invariants
// every parser's output must keep, checked inside the harness so that a
// violation is a crash libFuzzer records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"
#include "refnet/importer.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet::fuzz {

[[noreturn]] inline void violated(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "invariant violated: %s\n%.*s\n", what, static_cast<int>(std::min<std::size_t>(detail.size(), 2000)),
               detail.data());
  std::abort();
}

inline void require_utf8(std::string_view s, const char* what) {
  if (!is_valid_utf8(s)) violated(what, s);
}

// A record survives its JSON round trip exactly, and its JSON is UTF-8.
inline void check_record(const Record& r) {
  std::string json = to_json(r);
  require_utf8(json, "a record's JSON is not valid UTF-8");
  Record back;
  try {
    back = record_from_json(json);
  } catch (const std::exception& e) {
    violated("a record's own JSON does not read back", json);
  }
  if (to_json(back) != json) violated("the record JSON round trip is not exact", json);
}

// Parses `text` as `format` (unknown: detected) and checks every record.
inline void import_and_check(std::string_view text, Format format) {
  Diagnostics diags(16);
  diags.set_source("<fuzz>", text);
  import_text(text, format, diags, [](Record&& r) { check_record(r); });
}

}  // namespace refnet::fuzz
