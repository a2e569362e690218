// JSON helpers the nlohmann-based readers share (CSL-JSON, Zotero item JSON,
// Europe PMC).
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/importer.hpp"
#include "refnet/text.hpp"

namespace refnet {

inline void skip_json_ws(std::string_view t, std::size_t& p) {
  while (p < t.size() && is_space(t[p])) ++p;
}

// One past the end of the JSON value at `p`: a string, an object or an array
// (strings and their escapes inside skipped), or a scalar up to the next
// , ] } or white space.  npos when the text ends inside a string, object or
// array.
inline std::size_t json_value_end(std::string_view t, std::size_t p) {
  int depth = 0;
  for (; p < t.size(); ++p) {
    char c = t[p];
    if (c == '"') {
      for (++p; p < t.size() && t[p] != '"'; ++p)
        if (t[p] == '\\') ++p;
      if (p >= t.size()) return std::string_view::npos;
      if (depth == 0) return p + 1;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return p;
      if (--depth == 0) return p + 1;
    } else if (depth == 0 && (c == ',' || is_space(c))) {
      return p;
    }
  }
  return depth == 0 ? p : std::string_view::npos;
}

// Where `key`'s member is written in a record's text `src` (which starts at
// `begin` in the whole text), else the record's start: a value's place.
inline std::size_t member_offset(std::string_view src, std::size_t begin, const std::string& key) {
  const std::size_t at = src.find("\"" + key + "\"");
  return begin + (at == std::string_view::npos ? 0 : at);
}

// A JSON value's bytes [begin, end) in the text.
struct JsonRange {
  std::size_t begin, end;
};

// The elements of the array at `p` ('['); the first only, with `first`.  An
// element not closed runs to the end of the text (its parse says where).
inline std::vector<JsonRange> json_elements(std::string_view t, std::size_t p, bool first = false) {
  std::vector<JsonRange> out;
  ++p;
  for (;;) {
    skip_json_ws(t, p);
    if (p >= t.size() || t[p] == ']') break;
    std::size_t end = json_value_end(t, p);
    if (end == std::string_view::npos) {  // not closed: the item's parse says where
      out.push_back({p, t.size()});
      break;
    }
    if (end == p) break;
    out.push_back({p, end});
    if (first) break;
    p = end;
    skip_json_ws(t, p);
    if (p < t.size() && t[p] == ',') ++p;
  }
  return out;
}

// Where the value of member `name` of the object at `p` ('{') begins, or
// npos (also when the object is not well formed before it).
inline std::size_t json_member(std::string_view t, std::size_t p, std::string_view name) {
  ++p;
  for (;;) {
    skip_json_ws(t, p);
    if (p >= t.size() || t[p] != '"') return std::string_view::npos;
    std::size_t key_end = json_value_end(t, p);
    if (key_end == std::string_view::npos) return std::string_view::npos;
    std::string_view key = t.substr(p + 1, key_end - p - 2);
    p = key_end;
    skip_json_ws(t, p);
    if (p >= t.size() || t[p] != ':') return std::string_view::npos;
    ++p;
    skip_json_ws(t, p);
    if (key == name) return p;
    p = json_value_end(t, p);
    if (p == std::string_view::npos) return std::string_view::npos;
    skip_json_ws(t, p);
    if (p < t.size() && t[p] == ',') ++p;
  }
}

// A value's line breaks as "\n": JSON's "\r\n" and a bare "\r" (EPPI-
// Reviewer's abstracts, "Purpose\r\rTo assess") are line breaks, which the
// record's control characters would otherwise lose, gluing the words on
// either side ("PurposeTo assess").
inline std::string json_line_breaks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') out.push_back(s[i]);
    else if (i + 1 >= s.size() || s[i + 1] != '\n') out.push_back('\n');
  }
  return out;
}

// A string or a number as text ("volume": 12 and "volume": "12" alike);
// empty for anything else.
inline std::string json_text(const nlohmann::json& v) {
  if (v.is_string()) {
    std::string_view s = trim(v.get_ref<const std::string&>());
    return s.find('\r') == std::string_view::npos ? std::string(s) : json_line_breaks(s);
  }
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  return {};
}

// The member `key` of the object `o` as text (json_text); empty when absent.
inline std::string json_member_text(const nlohmann::json& o, std::string_view key) {
  auto it = o.find(key);
  return it == o.end() ? std::string() : json_text(*it);
}

// What goes to Record::extra: a string as it is, anything else as compact JSON.
inline std::string json_extra_text(const nlohmann::json& v) {
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    return s.find('\r') == std::string::npos ? s : json_line_breaks(s);
  }
  return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The JSON value of an array element `src` (the text of `at`), parsed; a
// malformed one said "malformed <what>: <the parser's words>" at the byte the
// parser stopped at and counted rejected: nothing then.  The readers of
// arrays of records (EPPI-Reviewer, RefLib, the Scopus API, Europe PMC,
// Zotero JSON) read each element so: one bad record, the rest still read.
inline std::optional<nlohmann::json> parse_json_element(std::string_view src, const JsonRange& at, std::string_view what,
                                                        Diagnostics& diags, ParseStats& stats) {
  try {
    return nlohmann::json::parse(src);
  } catch (const nlohmann::json::parse_error& e) {
    std::size_t off = at.begin + (e.byte > 0 ? e.byte - 1 : 0);
    diags.error(std::min(off, at.end - 1), "malformed " + std::string(what) + ": " + e.what());
    ++stats.rejected;
    return std::nullopt;
  }
}

// As parse_json_element, for an array of records each an object (EPPI-Reviewer,
// RefLib, the Scopus API): a value not an object said "<what> is not an
// object: skipped" and counted rejected.
inline std::optional<nlohmann::json> parse_json_object(std::string_view src, const JsonRange& at, std::string_view what,
                                                       Diagnostics& diags, ParseStats& stats) {
  std::optional<nlohmann::json> v = parse_json_element(src, at, what, diags, stats);
  if (v && !v->is_object()) {
    diags.error(at.begin, std::string(what) + " is not an object: skipped");
    ++stats.rejected;
    return std::nullopt;
  }
  return v;
}

}  // namespace refnet
