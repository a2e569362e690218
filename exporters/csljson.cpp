// CSL-JSON (the CSL 1.0.2 data schema), as pandoc and citeproc read it: an
// array of items, keys in a fixed order (ordered_json), two-space indent.
//
// - `id` is the citation key, `type` the record's CSL type ("document" if it
//   somehow is not one).
// - Protected title case is written as <span class="nocase">...</span>, the
//   rich-text markup citeproc-js and pandoc understand; `<`, `>` and `&` in a
//   title with such spans are written as entities so the markup stays valid.
// - Names: family, given, non-dropping-particle ("van der" sorts with the
//   family name in most styles), suffix; a corporate name as `literal`.
//   "and others" has no CSL form and is left out.
// - `issued` is date-parts ([[2018, 1, 1]] shortened to what is known), or
//   {"literal": "in press"} for a date that is only text.
// - ISSN/ISBN are strings in the schema: several are joined with ", ";
//   keywords likewise (CSL's `keyword` is one comma-separated string).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

#include "refnet/citekey.hpp"
#include "refnet/exporter.hpp"

namespace refnet {

namespace {

using ojson = nlohmann::ordered_json;

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

void put(ojson& item, const char* key, const std::string& value) {
  if (!value.empty()) item[key] = value;
}

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

std::string csl_title(const Record& r) {
  if (r.title_nocase.empty()) return r.title;
  std::vector<Span> spans = r.title_nocase;
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::string_view t = r.title;
  std::string out;
  std::size_t pos = 0;
  for (const Span& s : spans) {
    if (s.begin < pos || s.end > t.size() || s.begin >= s.end) continue;
    out += html_escape(t.substr(pos, s.begin - pos));
    out += "<span class=\"nocase\">";
    out += html_escape(t.substr(s.begin, s.end - s.begin));
    out += "</span>";
    pos = s.end;
  }
  out += html_escape(t.substr(pos));
  return out;
}

ojson names(const std::vector<Creator>& creators) {
  ojson list = ojson::array();
  for (const auto& c : creators) {
    if (c.is_literal() && c.literal == "others") continue;
    if (c.empty()) continue;
    ojson n = ojson::object();
    if (c.is_literal()) {
      n["literal"] = c.literal;
    } else {
      put(n, "family", c.family);
      put(n, "given", c.given);
      put(n, "non-dropping-particle", c.particle);
      put(n, "suffix", c.suffix);
    }
    list.push_back(std::move(n));
  }
  return list;
}

ojson issued(const Date& d) {
  ojson date = ojson::object();
  if (d.year > 0) {
    ojson parts = ojson::array({d.year});
    if (d.month >= 1 && d.month <= 12) {
      parts.push_back(d.month);
      if (d.day >= 1 && d.day <= 31) parts.push_back(d.day);
    }
    date["date-parts"] = ojson::array({parts});
  } else if (!d.text.empty()) {
    date["literal"] = d.text;
  }
  return date;
}

ojson item(const Record& r) {
  ojson it = ojson::object();
  it["id"] = r.citekey.empty() ? expand_key_pattern(kDefaultKeyPattern, r) : r.citekey;
  it["type"] = is_csl_type(r.type) ? r.type : "document";
  put(it, "title", csl_title(r));
  put(it, "container-title", r.container_title);
  ojson a = names(r.authors);
  if (!a.empty()) it["author"] = std::move(a);
  ojson e = names(r.editors);
  if (!e.empty()) it["editor"] = std::move(e);
  ojson date = issued(r.issued);
  if (!date.empty()) it["issued"] = std::move(date);
  put(it, "volume", r.volume);
  put(it, "issue", r.issue);
  put(it, "page", r.pages);
  put(it, "publisher", r.publisher);
  put(it, "publisher-place", r.publisher_place);
  put(it, "DOI", r.doi);
  put(it, "ISSN", join(r.issn, ", "));
  put(it, "ISBN", join(r.isbn, ", "));
  put(it, "URL", r.url);
  put(it, "abstract", r.abstract);
  put(it, "language", r.language);
  put(it, "keyword", join(r.keywords, ", "));
  return it;
}

// The array of items as ojson::dump(2) writes it ("[]" when empty), one item
// at a time: each item is dumped alone and indented one level.
class CsljsonRecordWriter : public RecordWriter {
 public:
  void record(std::string& out, const Record& r) override {
    out += first_ ? "[\n  " : ",\n  ";
    first_ = false;
    // Invalid UTF-8 (it should not get this far) is replaced, not thrown on.
    std::string text = item(r).dump(2, ' ', false, ojson::error_handler_t::replace);
    // A line break in the dump is structure (strings escape theirs).
    std::size_t i = 0;
    for (std::size_t nl; (nl = text.find('\n', i)) != std::string::npos; i = nl + 1) {
      out.append(text, i, nl + 1 - i);
      out += "  ";
    }
    out.append(text, i, std::string::npos);
  }
  void end(std::string& out) override { out += first_ ? "[]\n" : "\n]\n"; }
  // CSL-JSON has no slot for the reference list or the extra fields.
  RecordParts parts() const override {
    RecordParts p;
    p.references = false;
    p.extra = false;
    return p;
  }

 private:
  bool first_ = true;
};

}  // namespace

std::unique_ptr<RecordWriter> csljson_writer(const ExportOptions&) { return std::make_unique<CsljsonRecordWriter>(); }

void write_csljson(std::ostream& out, const std::vector<Record>& records, const ExportOptions&) {
  CsljsonRecordWriter w;
  std::string buf;
  for (const auto& r : records) {
    w.record(buf, r);
    if (buf.size() >= (1u << 20)) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  w.end(buf);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

}  // namespace refnet
