#include "refnet/user_fields.hpp"

#include <algorithm>

#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// One field: its canonical name, the other names it answers to, and how
// to read, write and copy it.
struct Field {
  const char* name;
  std::vector<const char*> aliases;
  std::string Record::*text = nullptr;  // a plain text field, or:
  enum class Kind { text, authors, editors, date, year, keywords, issn, isbn, type, doi, note } kind = Kind::text;
};

const std::vector<Field>& fields() {
  using K = Field::Kind;
  static const std::vector<Field> all = {
      {"title", {}, &Record::title},
      {"author", {"authors"}, nullptr, K::authors},
      {"editor", {"editors"}, nullptr, K::editors},
      {"date", {"issued"}, nullptr, K::date},
      {"year", {}, nullptr, K::year},
      {"container-title", {"journal", "journaltitle", "booktitle", "container", "series"}, &Record::container_title},
      {"container-title-short", {"journal-abbrev", "shortjournal", "journal-abbreviation"}, &Record::container_title_short},
      {"volume", {}, &Record::volume},
      {"issue", {}, &Record::issue},
      // CSL's number: an article number, a report's or patent's number.
      // BibTeX's `number` of an article is its issue: see user_field_meant.
      {"number", {"eid", "article-number", "articleno"}, &Record::number},
      {"pages", {"page"}, &Record::pages},
      {"publisher", {}, &Record::publisher},
      {"publisher-place", {"address", "location", "place"}, &Record::publisher_place},
      {"doi", {}, nullptr, K::doi},
      {"pmid", {}, &Record::pmid},
      {"pmcid", {}, &Record::pmcid},
      {"url", {"URL"}, &Record::url},
      {"abstract", {}, &Record::abstract},
      {"language", {"langid"}, &Record::language},
      {"keywords", {"keyword"}, nullptr, K::keywords},
      {"issn", {}, nullptr, K::issn},
      {"isbn", {}, nullptr, K::isbn},
      {"type", {}, nullptr, K::type},
      {"note", {}, nullptr, K::note},
  };
  return all;
}

const Field* find(std::string_view name) {
  std::string n = ascii_lower(trim(name));
  for (const Field& f : fields()) {
    if (n == f.name) return &f;
    for (const char* a : f.aliases)
      if (n == ascii_lower(a)) return &f;
  }
  return nullptr;
}

const Field& known(std::string_view name) {
  const Field* f = find(name);
  if (!f) throw FieldError("unknown field '" + std::string(name) + "' (known: " + known_fields() + ")");
  return *f;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// A creator as BibTeX writes one: "von Family, Jr, Given", "{Literal}".
std::string bibtex_name(const Creator& c) {
  if (c.is_literal()) return "{" + c.literal + "}";
  std::string out = c.full_family();
  if (!c.suffix.empty()) out += ", " + c.suffix;
  if (!c.given.empty()) out += ", " + c.given;
  return out;
}

std::string names_text(const std::vector<Creator>& list) {
  std::vector<std::string> names;
  for (const auto& c : list) names.push_back(bibtex_name(c));
  return join(names, " and ");
}

int number(std::string_view s, const char* what, int lo, int hi) {
  if (s.empty() || s.size() > 4 || !std::all_of(s.begin(), s.end(), is_digit))
    throw FieldError(std::string(what) + " '" + std::string(s) + "' is not a number");
  int v = std::stoi(std::string(s));
  if (v < lo || v > hi) throw FieldError(std::string(what) + " " + std::string(s) + " is out of range");
  return v;
}

// YYYY, YYYY-MM or YYYY-MM-DD, or a range of two of them START/END (END
// empty: a range still open, "2020/").
Date parse_date(std::string_view s) {
  Date d;
  auto one = [&](std::string_view part, int& y, int& m, int& day) {
    auto parts = split_list(part, "-");
    if (parts.empty() || parts.size() > 3)
      throw FieldError("date '" + std::string(s) + "' is not YYYY, YYYY-MM or YYYY-MM-DD, or a range START/END");
    y = number(parts[0], "year", 1, 9999);
    if (parts.size() > 1) m = number(parts[1], "month", 1, 12);
    if (parts.size() > 2) day = number(parts[2], "day", 1, 31);
  };
  std::size_t slash = s.find('/');
  one(trim(s.substr(0, slash)), d.year, d.month, d.day);
  if (slash == std::string_view::npos) return d;
  std::string_view end = trim(s.substr(slash + 1));
  if (end.empty()) {
    d.end_year = Date::kOpenEnd;
    return d;
  }
  one(end, d.end_year, d.end_month, d.end_day);
  auto key = [](int y, int m, int day) { return y * 10000 + m * 100 + day; };
  if (key(d.end_year, d.end_month, d.end_day) < key(d.year, d.month, d.day))
    throw FieldError("date '" + std::string(s) + "' ends before it starts");
  return d;
}

std::vector<std::string> list_of(std::string_view s, std::string_view seps) {
  std::vector<std::string> out;
  for (const auto& item : split_list(s, seps)) {
    std::string t(trim(item));
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

// A title as the user writes it: {…} protects its words from case changes
// (as in BibTeX).  The braces are taken out and their places kept as the
// title's nocase spans; unbalanced braces are an error.
void set_title(Record& r, std::string_view value) {
  std::string text;
  std::vector<Span> spans;
  int depth = 0;
  std::uint32_t begin = 0;
  for (char c : value) {
    if (c == '{') {
      if (depth++ == 0) begin = static_cast<std::uint32_t>(text.size());
    } else if (c == '}') {
      if (depth == 0) throw FieldError("title: a closing brace without its opening brace");
      if (--depth == 0 && text.size() > begin) spans.push_back({begin, static_cast<std::uint32_t>(text.size())});
    } else {
      text += c;
    }
  }
  if (depth != 0) throw FieldError("title: an opening brace without its closing brace");
  r.title = std::move(text);
  r.title_nocase = std::move(spans);
}

// The title with its protected words in braces again (what set_title reads).
std::string title_text(const Record& r) {
  std::string out;
  std::size_t at = 0;
  for (const Span& sp : r.title_nocase) {
    if (sp.begin < at || sp.end > r.title.size() || sp.begin >= sp.end) continue;
    out.append(r.title, at, sp.begin - at);
    out += '{';
    out.append(r.title, sp.begin, sp.end - sp.begin);
    out += '}';
    at = sp.end;
  }
  out.append(r.title, at, std::string::npos);
  return out;
}

bool has_marker(const Record& user, const char* name, const char* marker) {
  for (const auto& e : user.extra)
    if (e.format == marker && e.name == name) return true;
  return false;
}
bool is_unset(const Record& user, const char* name) { return has_marker(user, name, "unset"); }

void forget_unset(Record& user, const char* name) {
  user.extra.erase(std::remove_if(user.extra.begin(), user.extra.end(),
                                  [&](const ExtraField& e) { return e.format == "unset" && e.name == name; }),
                   user.extra.end());
}

void clear(Record& r, const Field& f) {
  using K = Field::Kind;
  switch (f.kind) {
    case K::text:
      (r.*f.text).clear();
      if (f.text == &Record::title) r.title_nocase.clear();
      break;
    case K::authors: r.authors.clear(); break;
    case K::editors: r.editors.clear(); break;
    case K::date:
    case K::year: r.issued = Date{}; break;
    case K::keywords: r.keywords.clear(); break;
    case K::issn: r.issn.clear(); break;
    case K::isbn: r.isbn.clear(); break;
    case K::type: r.type.clear(); break;
    case K::doi: r.doi.clear(), r.doi_spelling.clear(); break;
    case K::note:
      r.extra.erase(std::remove_if(r.extra.begin(), r.extra.end(),
                                   [](const ExtraField& e) { return e.name == "note" && e.format != "unset"; }),
                    r.extra.end());
      break;
  }
}

// Copies field `f` from `from` to `to` when `from` has it; whether it did.
bool copy(Record& to, const Record& from, const Field& f) {
  using K = Field::Kind;
  switch (f.kind) {
    case K::text:
      if ((from.*f.text).empty()) return false;
      to.*f.text = from.*f.text;
      if (f.text == &Record::title) to.title_nocase = from.title_nocase;  // its own protected words
      return true;
    case K::authors:
      if (from.authors.empty()) return false;
      to.authors = from.authors;
      return true;
    case K::editors:
      if (from.editors.empty()) return false;
      to.editors = from.editors;
      return true;
    case K::date:
      if (from.issued.empty()) return false;
      to.issued = from.issued;
      return true;
    case K::year: return false;  // part of the date
    case K::keywords:
      if (from.keywords.empty()) return false;
      to.keywords = from.keywords;
      return true;
    case K::issn:
      if (from.issn.empty()) return false;
      to.issn = from.issn;
      return true;
    case K::isbn:
      if (from.isbn.empty()) return false;
      to.isbn = from.isbn;
      return true;
    case K::type:
      // A record always has a type: the user's counts only when set.
      if (from.type.empty() || !has_marker(from, "type", "set")) return false;
      to.type = from.type;
      return true;
    case K::doi:
      if (from.doi.empty()) return false;
      to.doi = from.doi;
      to.doi_spelling = from.doi_spelling;
      return true;
    case K::note: {
      std::string_view note = from.get_extra("note");
      if (note.empty()) return false;
      clear(to, f);
      to.extra.push_back({"note", std::string(note), "user"});
      return true;
    }
  }
  return false;
}

}  // namespace

std::string canonical_field(std::string_view name) {
  const Field* f = find(name);
  return f ? f->name : "";
}

std::string user_field_meant(std::string_view name, std::string_view type) {
  // As the BibTeX importer reads `number` (importers/bibtex.cpp).
  const bool numbered = type == "report" || type == "patent" || type == "standard";
  if (ascii_lower(trim(name)) == "number" && !numbered) return "issue";
  return std::string(name);
}

std::vector<std::string> field_names() {
  std::vector<std::string> out;
  for (const Field& f : fields()) out.emplace_back(f.name);
  return out;
}

std::string known_fields() {
  std::string out;
  for (const auto& f : field_names()) out += (out.empty() ? "" : ", ") + f;
  return out;
}

std::string field_text(const Record& r, std::string_view name) {
  const Field& f = known(name);
  using K = Field::Kind;
  switch (f.kind) {
    case K::text: return f.text == &Record::title ? title_text(r) : r.*f.text;
    case K::authors: return names_text(r.authors);
    case K::editors: return names_text(r.editors);
    case K::date: return format_date(r.issued);
    case K::year: return r.issued.year ? std::to_string(r.issued.year) : "";
    case K::keywords: return join(r.keywords, "; ");
    case K::issn: return join(r.issn, "; ");
    case K::isbn: return join(r.isbn, "; ");
    case K::type: return r.type;
    case K::doi: return r.spelled_doi();
    case K::note: return std::string(r.get_extra("note"));
  }
  return "";
}

void set_user_field(Record& user, std::string_view name, std::string_view raw) {
  const Field& f = known(name);
  std::string value = collapse_space(trim(raw));
  if (value.empty()) throw FieldError(std::string(f.name) + ": empty value (to remove the field: refnet unset WORK " + f.name + ")");
  if (!is_valid_utf8(value)) throw FieldError(std::string(f.name) + ": not UTF-8 text");
  using K = Field::Kind;
  forget_unset(user, f.kind == K::year ? "date" : f.name);
  switch (f.kind) {
    case K::text:
      if (f.text == &Record::title) set_title(user, value);
      else user.*f.text = f.text == &Record::pages ? normalize_pages(value) : value;
      break;
    case K::authors:
    case K::editors: {
      auto names = parse_bibtex_names(value);
      if (names.empty()) throw FieldError(std::string(f.name) + ": no name in '" + value + "'");
      (f.kind == K::authors ? user.authors : user.editors) = std::move(names);
      break;
    }
    case K::date: user.issued = parse_date(value); break;
    case K::year: user.issued = Date{number(value, "year", 1, 9999), 0, 0, {}}; break;
    case K::keywords: user.keywords = list_of(value, ";,"); break;
    case K::issn: user.issn = list_of(value, ";, "); break;
    case K::isbn: user.isbn = list_of(value, ";, "); break;
    case K::type:
      if (!is_csl_type(value)) throw FieldError("type '" + value + "' is not a CSL type (article-journal, book, chapter, ...)");
      user.type = value;
      if (!has_marker(user, "type", "set")) user.extra.push_back({"type", "", "set"});
      break;
    case K::doi: {
      auto doi = normalize_doi(value);
      if (!doi) throw FieldError("doi '" + value + "' is not a DOI (10.prefix/suffix)");
      user.doi = *doi;
      user.doi_spelling.clear();
      keep_doi_spelling(user, value);
      break;
    }
    case K::note:
      clear(user, f);
      user.extra.push_back({"note", std::string(trim(raw)), "user"});
      break;
  }
}

void unset_user_field(Record& user, std::string_view name) {
  const Field& f = known(name);
  if (f.kind == Field::Kind::type) throw FieldError("type cannot be removed, only set (refnet set WORK type=...)");
  const char* canonical = f.kind == Field::Kind::year ? "date" : f.name;
  clear(user, find(canonical) ? *find(canonical) : f);
  forget_unset(user, canonical);
  user.extra.push_back({canonical, "", "unset"});
}

std::vector<std::string> apply_user_record(Record& view, const Record& user) {
  std::vector<std::string> decided;
  for (const Field& f : fields()) {
    if (is_unset(user, f.name)) {
      clear(view, f);
      decided.push_back(f.name);
    } else if (copy(view, user, f)) {
      decided.push_back(f.name);
    }
  }
  return decided;
}

}  // namespace refnet
