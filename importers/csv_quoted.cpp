// Values still written as one CSV field (csv_quoted.hpp).
#include "csv_quoted.hpp"

#include "refnet/text.hpp"

namespace refnet {

std::optional<CsvUnquoted> csv_unquoted(std::string_view v) {
  if (v.size() < 2 || v.front() != '"') return std::nullopt;
  CsvUnquoted u;
  u.moved.assign(v.size() + 1, 0);
  bool closed = false, needs_quotes = false;
  std::size_t i = 1;
  while (i < v.size()) {
    u.moved[i] = static_cast<std::uint32_t>(u.text.size());
    const char c = v[i];
    if (c == '"') {
      if (i + 1 < v.size() && v[i + 1] == '"') {
        u.moved[i + 1] = static_cast<std::uint32_t>(u.text.size());
        u.text.push_back('"');
        needs_quotes = true;
        i += 2;
        continue;
      }
      if (i + 1 != v.size()) return std::nullopt;  // a quote alone inside: no CSV field
      closed = true;
      ++i;
      break;
    }
    needs_quotes = needs_quotes || c == ',' || c == '\n' || c == '\r';
    u.text.push_back(c);
    ++i;
  }
  if (!needs_quotes || u.text.empty()) return std::nullopt;
  u.cut = !closed;
  u.moved[0] = 0;
  u.moved[v.size()] = static_cast<std::uint32_t>(u.text.size());
  if (closed) u.moved[v.size() - 1] = static_cast<std::uint32_t>(u.text.size());
  return u;
}

CsvFieldsUnquoted unquote_csv_fields(Record& r) {
  CsvFieldsUnquoted said;
  auto one = [&](std::string& v) -> std::optional<CsvUnquoted> {
    std::optional<CsvUnquoted> u = csv_unquoted(v);
    if (!u) return u;
    if (said.values++ == 0) said.first = v;
    v = u->text;
    return u;
  };
  const std::size_t title_length = utf8_length(r.title);
  if (std::optional<CsvUnquoted> u = one(r.title)) {
    for (Span& s : r.title_nocase) s = {u->moved[s.begin], u->moved[s.end]};
    said.title_cut = u->cut;
    said.title_length = title_length;
  }
  for (std::string* v : {&r.container_title, &r.container_title_short, &r.pages, &r.volume, &r.issue, &r.number,
                         &r.publisher, &r.publisher_place})
    one(*v);
  for (ExtraField& f : r.extra)
    if (iequals(f.name, "short-title") || iequals(f.name, "title-short") || iequals(f.name, "shorttitle") ||
        f.name == "ST")
      one(f.value);
  return said;
}

}  // namespace refnet
