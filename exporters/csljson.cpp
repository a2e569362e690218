// CSL-JSON (the CSL 1.0.2 data schema), as pandoc and citeproc read it: an
// array of items, keys in a fixed order (ordered_json), two-space indent.
//
// - `id` is the citation key, `type` the record's CSL type ("document" if it
//   somehow is not one).
// - The title's rich text (<i>, <b>, <sub>, <sup>, small caps) is written as
//   it is kept; protected title case as <span class="nocase">...</span>, the
//   rich-text markup citeproc-js and pandoc understand; `<` and `&` stay as
//   they are (pandoc reads no entities), but for a `<` that opens a tag
//   spelling or a `&` that opens an entity, which are escaped.
// - A BibTeX source's note is CSL's `note`, as its text.
// - Names: family, given, non-dropping-particle ("van der" sorts with the
//   family name in most styles), suffix; a corporate name as `literal`.
//   "and others" at the end is {"literal": "others"}, pandoc's spelling, which
//   its citeproc prints "et al." (CSL itself has no form for it).
// - `issued` is date-parts ([[2018, 1, 1]] shortened to what is known), or
//   {"literal": "in press"} for a date that is only text; `accessed` likewise
//   from RIS Y2 or BibTeX urldate (a CSL-JSON source's own is kept as it was).
// - ISSN/ISBN are strings in the schema: several are joined with ", ";
//   keywords likewise (CSL's `keyword` is one comma-separated string); when
//   a keyword holds a comma or a semicolon ("Behavior, Addictive/psychology"),
//   the list is also written whole as CSL 1.0.2's "custom": {"keywords": [..]}
//   (the Web of Science UT and Scopus EID there too: "wos-ut", "scopus-eid"),
//   which refnet reads back first and pandoc and citeproc-js ignore.
// - The journal abbreviation, an article or report number, PMID and PMCID
//   have CSL variables of their own (container-title-short, number, PMID,
//   PMCID); a short title (BibTeX shorttitle, RIS ST) is title-short.
//   importers/csl_json.cpp reads all this back to the same Record.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

#include "bibtex_common.hpp"
#include "language.hpp"
#include "refnet/citekey.hpp"
#include "refnet/exporter.hpp"
#include "refnet/zotero_item.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/jats.hpp"
#include "refnet/months.hpp"
#include "refnet/latex.hpp"
#include "refnet/names.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/role_names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// biblatex's localisation keys for the type of a report (`type =
// {techreport}`) as the words its English strings print (english.lbx):
// CSL's genre is text, printed as it is.  Other values are the source's own
// words.  (A thesis's: thesis_genre.)
std::string_view genre_words(std::string_view kind) {
  static constexpr std::pair<std::string_view, std::string_view> kKeys[] = {
      {"techreport", "Technical report"}, {"resreport", "Research report"}};
  for (auto [key, words] : kKeys)
    if (iequals(trim(kind), key)) return words;
  return kind;
}


using ojson = nlohmann::ordered_json;

std::string join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// The text between a title's tags as it is: CSL processors read no entities
// (pandoc printed "DNA &amp; RNA" as "DNA &Amp; RNA").  Only what the
// importer would take for markup or an entity is escaped: a '<' opening a
// tag spelling ("<i>"), a '&' opening "&amp;", "&lt;" or "&gt;".
std::string escape_markup_lookalikes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string_view rest = s.substr(i);
    if (s[i] == '<' && starts_rich_tag(rest)) out += "&lt;";
    else if (s[i] == '&' && (starts_with(rest, "&amp;") || starts_with(rest, "&lt;") || starts_with(rest, "&gt;")))
      out += "&amp;";
    else out += s[i];
  }
  return out;
}

// The title's rich text as CSL writes it; its protected spans as <span
// class="nocase">, the text between the tags as it is (but for what would
// read as a tag or an entity).  A title without markup or spans is written
// as it is ("a < b").
struct CslTitleSink : RichSink {
  std::string out;
  void text(std::string_view s) override { out += escape_markup_lookalikes(s); }
  void open(Rich k) override { out += rich_open_tag(k); }
  void close(Rich k) override { out += rich_close_tag(k); }
};

std::string csl_title(const Record& r) {
  if (r.title_nocase.empty() && (!may_have_rich_text(r.title) || rich_tags(r.title).empty())) return r.title;
  CslTitleSink sink;
  walk_rich_text(r.title, r.title_nocase, sink);
  return sink.out;
}

// The bytes of a JSON string as ojson::dump writes it (ensure_ascii off):
// " \ and the control characters escaped, the rest as it is, which is what
// append_json_string writes of valid UTF-8.  A string that is not valid
// UTF-8 (it should not get this far) is left to ojson, which replaces what is
// invalid rather than throwing.
void put_string(std::string& out, std::string_view s) {
  if (!is_valid_utf8(s)) {
    out += ojson(std::string(s)).dump(-1, ' ', false, ojson::error_handler_t::replace);
    return;
  }
  append_json_string(out, s);
}

// An object being written as ojson::dump(2) lays it out, at a given depth:
// members on their own lines, "{}" when it has none.
class ObjectWriter {
 public:
  ObjectWriter(std::string& out, int depth) : out_(out), depth_(depth) {}
  // Starts a member: the line break, the indent and the key.
  std::string& key(const char* k) {
    keys_.emplace_back(k);
    out_ += first_ ? "{\n" : ",\n";
    first_ = false;
    out_.append(2 * (depth_ + 1), ' ');
    out_ += '"';
    out_ += k;
    out_ += "\": ";
    return out_;
  }
  void string(const char* k, std::string_view value) { put_string(key(k), value); }
  // A member only when its value is not empty.
  void nonempty(const char* k, std::string_view value) {
    if (!value.empty()) string(k, value);
  }
  // Whether the object has the member already.
  bool has(std::string_view k) const { return std::find(keys_.begin(), keys_.end(), k) != keys_.end(); }
  void finish() {
    if (first_) {
      out_ += "{}";
      return;
    }
    out_ += '\n';
    out_.append(2 * depth_, ' ');
    out_ += '}';
  }

 private:
  std::string& out_;
  int depth_;
  bool first_ = true;
  std::vector<std::string> keys_;
};

// A creator's ORCID and affiliations, as Crossref's JSON writes them in a
// name ("ORCID": "https://orcid.org/...", "affiliation": [{"name": ...}]),
// which the CSL-JSON reader reads back and CSL processors pass over: CSL has
// no variable for them, and nothing else of the format would keep them.
void put_creator_identity(ObjectWriter& n, std::string& out, const Creator& c) {
  if (!c.orcid.empty()) n.string("ORCID", "https://orcid.org/" + c.orcid);
  if (c.affiliations.empty()) return;
  n.key("affiliation") += "[";
  for (std::size_t i = 0; i < c.affiliations.size(); ++i) {
    out += i ? ",\n          " : "\n          ";
    ObjectWriter a(out, 5);
    a.string("name", c.affiliations[i]);
    a.finish();
  }
  out += "\n        ]";
}

// "author": [ {...}, ... ] at depth 2 (inside an item): the creators CSL can
// name; nothing when there is none.  BibTeX's "and others" after them is
// {"literal": "others"}, as pandoc writes it (pandoc -f bibtex -t csljson)
// and its citeproc prints it: "et al."; alone or before another name it is
// left out.
void put_names(ObjectWriter& item, std::string& out, const char* key, const std::vector<Creator>& creators) {
  bool first = true;
  for (std::size_t i = 0; i < creators.size(); ++i) {
    const Creator& c = creators[i];
    if (c.empty() || (is_others(c) && (first || i + 1 != creators.size()))) continue;
    if (first) item.key(key) += "[\n      ";
    else out += ",\n      ";
    first = false;
    ObjectWriter n(out, 3);
    if (c.is_literal()) {
      n.string("literal", c.literal);
    } else {
      n.nonempty("family", c.family);
      n.nonempty("given", c.given);
      n.nonempty("non-dropping-particle", c.particle);
      n.nonempty("suffix", c.suffix);
    }
    put_creator_identity(n, out, c);
    n.finish();
  }
  if (!first) out += "\n    ]";
}

// One date-parts array: [2018, 1, 1] shortened to what is known.
void put_date_parts(std::string& out, int year, int month, int day) {
  out += "[\n          ";
  out += std::to_string(year);
  if (month >= 1 && month <= 12) {
    out += ",\n          ";
    out += std::to_string(month);
    if (day >= 1 && day <= 31) {
      out += ",\n          ";
      out += std::to_string(day);
    }
  }
  out += "\n        ]";
}

// A range is two date-parts ([[2001], [2003]]), as CSL 1.0.2 has it; an
// open range ("2001/") has no CSL form: its start is written (the caller says so).
// A year before the common era is CSL's negative year (csl_year: 535 BC is
// -535), as pandoc makes of biblatex's -0534.
// An EDTF date's qualifiers (date_qualifiers): a year with unspecified
// digits ("199X") is CSL's literal, as written (date-parts would say 1990);
// an uncertain or approximate one ("1951?", "1909~") is CSL's circa.
void put_date(ObjectWriter& item, const char* key, const Date& d, const DateQualifiers& q = {}) {
  if (q.unspecified && !q.text.empty()) {
    std::string& out = item.key(key);
    out += "{\n      \"literal\": ";
    put_string(out, q.text);
    out += "\n    }";
  } else if (d.year != 0) {
    std::string& out = item.key(key);
    out += "{\n      \"date-parts\": [\n        ";
    put_date_parts(out, csl_year(d.year), d.month, d.day);
    if (d.end_year > 0 || (d.year < 0 && d.end_year < 0 && d.end_year != Date::kOpenEnd)) {
      out += ",\n        ";
      put_date_parts(out, csl_year(d.end_year), d.end_month, d.end_day);
    }
    out += "\n      ]";
    // A season kept beside the year (RIS "2003///Spring", biblatex's
    // 1985-23): CSL's season, 1-4 (pandoc prints "Autumn"); a quarter or a
    // semester, which CSL numbers not, by its name.
    if (int code = d.month == 0 && !d.is_range() ? season_code(d.text) : 0; code && csl_season(code)) {
      out += ",\n      \"season\": " + std::to_string(csl_season(code));
    } else if (code) {
      out += ",\n      \"season\": ";
      put_string(out, season_name(code));
    }
    if (q.uncertain || q.approximate) out += ",\n      \"circa\": true";
    out += "\n    }";
  } else if (!d.text.empty()) {
    std::string& out = item.key(key);
    out += "{\n      \"literal\": ";
    put_string(out, d.text);
    out += "\n    }";
  }
}

// The extra field get_extra(name) reads (the first of that name), or null.
const ExtraField* extra_field(const Record& r, std::string_view name) {
  for (const ExtraField& f : r.extra)
    if (f.name == name) return &f;
  return nullptr;
}

// `accessed`: CSL-JSON's own (kept by the importer as compact JSON) as it
// was, else the access date another source gave (extra_fields.hpp: Zotero's
// RDF dateSubmitted, RIS Y2, BibTeX urldate ...).
void put_accessed(ObjectWriter& item, const Record& r, std::vector<const ExtraField*>& used) {
  const AccessDate a = access_date_of(r);
  if (!a) return;
  used.push_back(a.field);
  if (a.field->name == "accessed") {
    auto j = nlohmann::json::parse(a.field->value, nullptr, false);
    if (j.is_object() && (j.contains("date-parts") || j.contains("literal") || j.contains("raw"))) {
      item.key("accessed") += j.dump();
      return;
    }
  }
  put_date(item, "accessed", a.date);
}

// A .bib source's fields that CSL has under another name (biblatex's
// translator, origdate, origtitle, volumes, bookauthor): before export39
// they were "not written: CSL-JSON has no field for it".
void put_biblatex_fields(ObjectWriter& item, std::string& out, const Record& r, std::vector<const ExtraField*>& used) {
  enum Kind { text, date, names };
  static constexpr struct {
    std::string_view bib;
    const char* csl;
    Kind kind;
  } kFields[] = {{"translator", "translator", names},   {"bookauthor", "container-author", names},
                 {"origdate", "original-date", date},   {"origtitle", "original-title", text},
                 {"volumes", "number-of-volumes", text}, {"origlocation", "original-publisher-place", text},
                 {"origpublisher", "original-publisher", text}};
  for (const auto& k : kFields) {
    const ExtraField* f = extra_field(r, k.bib);
    if (!f || (f->format.empty() ? r.provenance.format : f->format) != "bibtex" || trim(f->value).empty()) continue;
    std::string value = latex_to_unicode(f->value);
    if (k.kind == names) {
      std::vector<Creator> people = parse_bibtex_names(f->value);
      if (people.empty()) continue;
      put_names(item, out, k.csl, people);
    } else if (k.kind == date) {
      // EDTF's qualifiers (origdate {1899~}, {1880?}, {189X}, {1899?-03}): CSL's
      // circa, or the literal; before try41 such a date was said unwritten.
      // The field as written: latex_to_unicode reads EDTF's ~ as a tie (U+00A0).
      const DateQualifiers q = edtf_qualifiers(f->value);
      Date d = access_date(edtf_unqualified(f->value));
      if (d.year == 0 && !q.unspecified) continue;  // a range ("1924-06-07/1924-07-09"): said unwritten
      put_date(item, k.csl, d, q);
    } else {
      item.nonempty(k.csl, value);
    }
    used.push_back(f);
  }
}

void put_joined(ObjectWriter& item, const char* key, const std::vector<std::string>& items, std::string& scratch) {
  scratch = join(items, ", ");
  item.nonempty(key, scratch);
}

// CSL 1.0.2's "custom" (what has no CSL variable, which the CSL-JSON reader
// reads back): "keywords": [...] when `keyword` alone would split a
// keyword; the Web of Science UT ("wos-ut") and Scopus EID ("scopus-eid"),
// which dedup and the identifier merge go by.
void put_custom(ObjectWriter& item, const Record& r, const ExtraField* zotero, std::string_view mark) {
  const std::vector<std::string>& keywords = r.keywords;
  const bool list = std::any_of(keywords.begin(), keywords.end(),
                                [](const std::string& k) { return k.find_first_of(",;") != std::string::npos; });
  if (!list && r.wos_ut.empty() && r.scopus_eid.empty() && !zotero && mark.empty()) return;
  std::string& out = item.key("custom");
  out += "{";
  bool first_member = true;
  auto member = [&](std::string_view name) {
    out += first_member ? "\n      " : ",\n      ";
    first_member = false;
    put_string(out, name);
    out += ": ";
  };
  if (list) {
    member("keywords");
    out += "[";
    bool first = true;
    for (const auto& k : keywords) {
      out += first ? "\n        " : ",\n        ";
      first = false;
      put_string(out, k);
    }
    out += "\n      ]";
  }
  for (const auto& [name, value] : {std::pair<std::string_view, std::string_view>{"wos-ut", r.wos_ut},
                                    std::pair<std::string_view, std::string_view>{"scopus-eid", r.scopus_eid}})
    if (!value.empty()) {
      member(name);
      put_string(out, value);
    }
  if (zotero) {
    member("zotero-uri");
    put_string(out, trim(zotero->value));
  }
  // refnet's mark: the library the item was exported from (own_export_mark.hpp).
  if (!mark.empty()) {
    member(kOwnExportField);
    put_string(out, mark);
  }
  out += "\n    }";
}

// A Zotero item's URI ("http://zotero.org/users/96641/items/BDQRTS3T": the
// id of Zotero's CSL-JSON, Zotero JSON's uri, a .bib entry's zotero-uri):
// the item's identity (zotero_item.hpp).  CSL-JSON's id is the work's refnet
// key, which citations name; the URI goes to custom "zotero-uri", which the
// reader takes back as the identity (session 61; before, "id (csl-json) not
// written: CSL-JSON has no field for it").  A key alone or a zotero://select
// link with no library stays what it was, no URI.
const ExtraField* zotero_uri_field(const Record& r) {
  for (const ExtraField& f : r.extra) {
    const std::string_view format = f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
    const bool named = (f.name == "id" && format == "csl-json") || iequals(f.name, "zotero-uri") || iequals(f.name, "uri");
    if (named && starts_with(zotero_item_uri(f.value), "zotero.org/") && istarts_with(trim(f.value), "http")) return &f;
  }
  return nullptr;
}

// TeX math left in a BibTeX source's title, which the importer could not
// say in Unicode or rich text ($\frac{a}{b}$, $\sqrt{x}$; $x^{2}$ and
// CO$_2$ were read as x² and CO₂): CSL has no form for it, so it is written
// as the source's text, and said.  The first such span, or empty.
std::string_view tex_math_in(const Record& r) {
  if (r.provenance.format != "bibtex") return {};
  std::string_view t = r.title;
  for (std::size_t b = t.find('$'); b != std::string_view::npos; b = t.find('$', b + 1)) {
    std::size_t e = t.find('$', b + 1);
    if (e == std::string_view::npos) return {};
    std::string_view m = t.substr(b, e + 1 - b);
    if (m.find_first_of("\\^_{") != std::string_view::npos) return m;
    b = e;
  }
  return {};
}

// CSL 1.0.2's variables (csl-data.json) by kind, but those refnet has a
// member for: what a CSL-JSON item held that refnet keeps among its extra
// fields (importers/csl_json.cpp: "anything else", other name lists) is
// written back under its own name.
enum class CslVar { none, text, names, date };
CslVar csl_variable(std::string_view name) {
  static constexpr std::string_view kText[] = {
      "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority", "call-number",
      "chapter-number", "citation-label", "collection-number", "collection-title", "dimensions", "division", "edition",
      "event", "event-place", "event-title", "genre", "jurisdiction", "license", "medium", "note", "number-of-pages",
      "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "page-first", "part",
      "part-title", "printing", "references", "reviewed-genre", "reviewed-title", "scale", "section", "source",
      "status", "supplement", "title-short", "version", "volume-title", "volume-title-short", "year-suffix"};
  static constexpr std::string_view kNames[] = {
      "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator", "director",
      "editorial-director", "editor-translator", "executive-producer", "guest", "host", "illustrator", "interviewer",
      "narrator", "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
      "script-writer", "series-creator", "translator"};
  static constexpr std::string_view kDates[] = {"accessed", "available-date", "event-date", "original-date", "submitted"};
  for (auto v : kText)
    if (name == v) return CslVar::text;
  for (auto v : kNames)
    if (name == v) return CslVar::names;
  for (auto v : kDates)
    if (name == v) return CslVar::date;
  return CslVar::none;
}

// A value found among the extra fields (extra_fields.hpp), and its field written.
void put_extra_value(ObjectWriter& it, const char* key, const ExtraValue& v, std::vector<const ExtraField*>& used) {
  if (!v || v.text.empty()) return;
  it.string(key, v.text);
  used.push_back(v.field);
}

// A CSL-JSON source's own variables that refnet keeps among the extra
// fields (csl_variable), under their own names, unless the item has them
// already; a date as the reader kept it (compact JSON), a name list as names.
// A Zotero field (its item JSON's or its RDF's name) that Zotero's own CSL
// export writes under a CSL variable (the "csl" mappings of Zotero's schema);
// "" for the others.
std::string_view zotero_csl_variable(std::string_view field) {
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"libraryCatalog", "source"},        {"callNumber", "call-number"},
      {"archiveLocation", "archive_location"}, {"archive", "archive"},
      {"numberOfVolumes", "number-of-volumes"}, {"numPages", "number-of-pages"},
      {"conferenceName", "event-title"},   {"meetingName", "event-title"},
      {"artworkSize", "dimensions"},       {"runningTime", "dimensions"},
      {"scale", "scale"},                  {"rights", "license"},
      {"versionNumber", "version"},        {"section", "section"},
      {"committee", "section"},            {"medium", "medium"},
      {"artworkMedium", "medium"},         {"audioRecordingFormat", "medium"},
      {"videoRecordingFormat", "medium"},  {"interviewMedium", "medium"},
      {"court", "authority"},              {"legislativeBody", "authority"},
      {"issuingAuthority", "authority"}};
  for (const auto& [z, csl] : kMap)
    if (field == z) return csl;
  return {};
}

void put_own_variables(ObjectWriter& it, std::string& out, const Record& r, std::vector<const ExtraField*>& used) {
  for (const ExtraField& f : r.extra) {
    // A list of names: a CSL-JSON source's, and Zotero's translators,
    // contributors, reviewed authors ... (role_names.hpp; before user59 Zotero
    // RDF's and JSON's were "not written").
    if (const std::string_view role = csl_role_of(r, f); !role.empty()) {
      if (trim(f.value).empty() || it.has(role)) continue;
      std::vector<Creator> people = creators_of_extra(f.value);
      if (people.empty()) continue;
      put_names(it, out, std::string(role).c_str(), people);
      used.push_back(&f);
      continue;
    }
    std::string_view format = f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
    if (format == "zotero-json" || format == "zotero-rdf") {
      // Zotero's libraryCatalog is CSL's source, its rights CSL's license ...
      const std::string_view csl = zotero_csl_variable(f.name);
      if (csl.empty() || trim(f.value).empty() || it.has(csl)) continue;
      it.string(std::string(csl).c_str(), f.value);
      used.push_back(&f);
      continue;
    }
    CslVar kind = format == "csl-json" ? csl_variable(f.name) : CslVar::none;
    if (kind == CslVar::none || trim(f.value).empty()) continue;
    if (f.name == "annote") continue;  // written with the user's notes (annotation_fields)
    if (it.has(f.name)) continue;  // written from the record (the series, the edition ...)
    if (kind == CslVar::text) {
      it.string(f.name.c_str(), f.value);
    } else if (kind == CslVar::names) {
      put_names(it, out, f.name.c_str(), creators_of_extra(f.value));
    } else {
      auto j = nlohmann::json::parse(f.value, nullptr, false);
      if (j.is_object()) it.key(f.name.c_str()) += j.dump();
      else put_date(it, f.name.c_str(), access_date(f.value));
    }
    used.push_back(&f);
  }
}

// One item at depth 1 (inside the array), keys in the fixed order.
void put_item(std::string& out, const Record& r, std::string& scratch, const ExportOptions& opt,
              std::vector<const ExtraField*>& used) {
  used.clear();
  ObjectWriter it(out, 1);
  if (r.citekey.empty()) it.string("id", expand_key_pattern(kDefaultKeyPattern, r));
  else it.string("id", r.citekey);
  it.string("type", is_csl_type(r.type) ? std::string_view(r.type) : std::string_view("document"));
  {
    // biblatex's subtitle: CSL has none; Zotero and pandoc join it to the
    // title ("Discipline and Punish: The Birth of the Prison").
    std::string title = csl_title(r);
    const ExtraField* sub = extra_field(r, "subtitle");
    if (sub && (sub->format.empty() ? r.provenance.format : sub->format) == "bibtex" && !trim(sub->value).empty()) {
      std::string words = latex_to_unicode(sub->value);
      if (!title.empty() && title.find(words) == std::string::npos)
        title += std::string(ends_with(title, ":") || ends_with(title, "?") || ends_with(title, "!") ? " " : ": ") + words;
      used.push_back(sub);
    }
    it.nonempty("title", title);
  }
  if (std::string_view m = tex_math_in(r); !m.empty() && opt.notes)
    opt.notes->warnings.push_back(r.citekey + ": the title's TeX math " + std::string(m) +
                                  " has no CSL rich-text form: written as TeX");
  // The short title: RIS ST, or BibTeX shorttitle (kept as the source's
  // LaTeX, decoded here).
  put_extra_value(it, "title-short", short_title_of(r), used);
  it.nonempty("container-title", r.container_title);
  it.nonempty("container-title-short", r.container_title_short);
  // The series and the number in it (extra_fields.hpp: a CSL-JSON item's
  // own, EndNote's, MEDLINE's, RIS T3, BibTeX series, the reference parser's).
  put_extra_value(it, "collection-title", series_of(r), used);
  put_extra_value(it, "collection-number", series_number_of(r), used);
  put_names(it, out, "author", r.authors);
  put_names(it, out, "editor", r.editors);
  const Date issued = issued_of(r);  // "535 BCE" kept as text is that year
  const DateQualifiers edtf = issued.year > 0 && !issued.is_range() ? date_qualifiers(r) : DateQualifiers{};
  put_date(it, "issued", issued, edtf);
  // What the source's own date said (a .bib date "199X", "1900/1955"; CSL's
  // circa) is said by issued.
  if (edtf) used.push_back(edtf.field);
  else if (const ExtraField* f = extra_field(r, "date"); f && issued.is_range() && (f->format.empty() ? r.provenance.format : f->format) == "bibtex")
    used.push_back(f);
  if (r.issued.end_year == Date::kOpenEnd && r.issued.year > 0 && opt.notes)
    opt.notes->warnings.push_back(r.citekey + ": the open date range " + std::to_string(r.issued.year) +
                                  "/ has no CSL form: its start written");
  put_accessed(it, r, used);
  // Online before its issue: MEDLINE's DEP, PubMed's ArticleDate, Crossref's
  // published-online, Web of Science's early access date.
  if (const AccessDate a = available_date_of(r)) {
    put_date(it, "available-date", a.date);
    used.push_back(a.field);
  }
  // A page's "Received 15 Feb 2023" (page_text.cpp): CSL's submitted.  Its
  // "Accepted" has no CSL variable (said unwritten).
  if (const ExtraField* f = extra_field(r, "received"); f && !it.has("submitted")) {
    const std::string_view format = f->format.empty() ? std::string_view(r.provenance.format) : std::string_view(f->format);
    if (const Date d = access_date(f->value); format == "page" && d.year > 0) {
      put_date(it, "submitted", d);
      used.push_back(f);
    }
  }
  put_biblatex_fields(it, out, r, used);
  it.nonempty("volume", r.volume);
  it.nonempty("issue", r.issue);
  it.nonempty("page", expand_page_range(r.pages));  // "809-19" stored by an older import
  it.nonempty("number", r.number);
  put_extra_value(it, "edition", edition_of(r), used);
  put_extra_value(it, "number-of-pages", page_count_of(r), used);
  // A thesis's or report's kind ("PhD thesis") when the source said it
  // (BibTeX type/@phdthesis, RIS M3, EndNote's work-type, ProQuest's
  // Degree, CSL's own genre: extra_fields.hpp): words, not biblatex's keys.
  // Any other work's kind in its source's words (Zotero's Type field:
  // extra_fields.hpp's genre_of), else a .bib report's type.
  if (r.type == "thesis") {
    ThesisDegree d = thesis_degree(r);
    it.nonempty("genre", thesis_genre(d));
    if (const ExtraField* f = degree_field(r, d)) used.push_back(f);
  } else if (ExtraValue genre = genre_of(r)) {
    put_extra_value(it, "genre", genre, used);
  } else if (r.type == "report") {
    if (std::string_view kind = r.get_extra("type"); !kind.empty()) {
      it.string("genre", genre_words(kind));
      used.push_back(extra_field(r, "type"));
    }
  }
  it.nonempty("publisher", r.publisher);
  it.nonempty("publisher-place", r.publisher_place);
  if (const ExtraField* a = extra_field(r, "archive"); a && !a->value.empty()) {
    it.string("archive", a->value);  // a thesis's repository (CSL-JSON's own, the parser's)
    used.push_back(a);
  }
  it.nonempty("DOI", r.spelled_doi());
  it.nonempty("PMID", r.pmid);
  it.nonempty("PMCID", r.pmcid);
  put_joined(it, "ISSN", r.issn, scratch);
  put_joined(it, "ISBN", r.isbn, scratch);
  it.nonempty("URL", r.url);
  it.nonempty("abstract", r.abstract);
  // BCP 47 ("en", not "English"): citeproc title-cases only English items,
  // and recognises them by the tag.
  std::string tag = export_language::bcp47(r.language);
  if (tag.empty() && !trim(r.language).empty() && opt.notes)
    opt.notes->warnings.push_back(r.citekey + ": the language '" + r.language +
                                  "' has no BCP 47 tag refnet knows: written as it is");
  it.nonempty("language", tag.empty() ? std::string_view(r.language) : std::string_view(tag));
  put_joined(it, "keyword", r.keywords, scratch);
  const ExtraField* zotero = zotero_uri_field(r);
  if (zotero) used.push_back(zotero);
  put_custom(it, r, zotero, own_export_mark_for(opt.library_mark, opt.work_ids, r.citekey));
  // A BibTeX note (its own, not another source's), as its text: pandoc maps
  // a .bib note to CSL's note too; and what the reference parser read as a
  // note (`refnet parse`: no file's record, "United Nations Department of
  // Economic and Social Affairs").
  if (r.provenance.format == "bibtex" || r.provenance.format.empty())
    for (const ExtraField& f : r.extra)
      if (f.name == "note" && f.format.empty()) {
        scratch = latex_paragraphs_to_unicode(f.value);
        it.nonempty("note", scratch);
        used.push_back(&f);
        break;
      }
  // The notes of other formats: an RIS source's N1 (Zotero's HTML as its
  // text), EndNote's notes, a CSL item's own note; one CSL note, a blank
  // line between them.
  if (r.provenance.format != "bibtex" && !r.provenance.format.empty()) {
    scratch.clear();
    for (const ExtraField* f : note_fields(r)) {
      if ((f->format.empty() ? r.provenance.format : f->format) == "bibtex") continue;
      if (!scratch.empty()) scratch += "\n\n";
      scratch += html_note_to_text(f->value);
      used.push_back(f);
    }
    it.nonempty("note", scratch);
  }
  // The source's annotation (a CSL-JSON item's own annote, the spans the reference parser kept), then the user's
  // notes (refnet note); before, annote was written for a CSL-JSON item's own alone, "not written" for the rest.  A
  // paragraph equal to one of the notes (refnet's own CSL-JSON read back) is written once (issue 11).
  {
    const auto* notes = of_work(opt.user_notes, r);
    scratch.clear();
    std::vector<const ExtraField*> annotations = annotation_fields(r);
    // A .bib source's annote (BibTeX) or annotation (biblatex), as pandoc maps them, as their text (before: "1 value
    // of annote (bibtex) not written: CSL-JSON has no field for it").
    for (const ExtraField& f : r.extra)
      if ((f.format.empty() ? r.provenance.format : f.format) == "bibtex" &&
          (iequals(f.name, "annote") || iequals(f.name, "annotation")) && !trim(f.value).empty())
        annotations.push_back(&f);
    for (const ExtraField* f : annotations) {
      used.push_back(f);
      const bool from_bib = (f->format.empty() ? r.provenance.format : f->format) == "bibtex";
      const std::string text = from_bib ? latex_paragraphs_to_unicode(f->value) : f->value;
      // A .bib annote's database bookkeeping (Web of Science's "Times Cited ..."), as the BibTeX export leaves it out.
      std::string cleaned;
      std::string_view v = from_bib && opt.profile == ExportProfile::paper
                               ? bibtex_out::note_for_paper(text, cleaned, opt)
                               : std::string_view(text);
      for (std::size_t at = 0; at <= v.size();) {
        std::size_t end = v.find("\n\n", at);
        if (end == std::string_view::npos) end = v.size();
        std::string_view para = trim(v.substr(at, end - at));
        at = end + 2;
        if (para.empty() || (notes && std::any_of(notes->begin(), notes->end(),
                                                  [&](const std::string& n) { return trim(n) == para; })))
          continue;
        if (!scratch.empty()) scratch += "\n\n";
        scratch += para;
      }
    }
    if (notes && !notes->empty()) {
      if (!scratch.empty()) scratch += "\n\n";
      scratch += join(*notes, "\n\n");
    }
    it.nonempty("annote", scratch);
  }
  put_own_variables(it, out, r, used);
  it.finish();
}

// The array of items as ojson::dump(2) writes it ("[]" when empty), one item
// at a time.
class CsljsonRecordWriter : public RecordWriter {
 public:
  void record(std::string& out, const Record& r) override {
    out += first_ ? "[\n  " : ",\n  ";
    first_ = false;
    const Record& w = with_title_case(r, opt_.title_case, recased_);
    put_item(out, w, scratch_, opt_, used_);
    zotero_uris_ += zotero_uri_field(w) != nullptr;
    unwritten_.record(w, used_);
  }
  void end(std::string& out) override {
    out += first_ ? "[]\n" : "\n]\n";
    unwritten_.say("CSL-JSON", opt_.notes);
    if (zotero_uris_ && opt_.notes)
      opt_.notes->warnings.push_back(
          std::to_string(zotero_uris_) + (zotero_uris_ == 1 ? " Zotero item URI" : " Zotero item URIs") +
          " (the id of Zotero's CSL-JSON) written as custom \"zotero-uri\": id is each work's refnet key, which "
          "citations name; refnet reads the URI back as the item's");
  }
  // CSL-JSON has no slot for the reference list or the extra fields.
  RecordParts parts() const override {
    RecordParts p;
    p.references = false;  // the extra fields give title-short, accessed, genre, collection-title, note
    return p;
  }

 private:
  Record recased_;  // the record with its title recased (--title-case)
  std::size_t zotero_uris_ = 0;  // Zotero item URIs written (zotero_uri_field)
  bool first_ = true;
  std::string scratch_;
  std::vector<const ExtraField*> used_;  // the extra fields of the item being written that it holds
  UnwrittenExtras unwritten_;
  ExportOptions opt_;

 public:
  explicit CsljsonRecordWriter(const ExportOptions& opt) : opt_(opt) {}
};

}  // namespace

std::unique_ptr<RecordWriter> csljson_writer(const ExportOptions& opt) {
  return std::make_unique<CsljsonRecordWriter>(opt);
}

void write_csljson(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt) {
  CsljsonRecordWriter w(opt);
  write_records(w, out, records);
}

}  // namespace refnet
