#include "refnet/user_fields.hpp"

#include <algorithm>

#include "../exporters/language.hpp"
#include "refnet/calendar.hpp"
#include "refnet/doi.hpp"
#include "refnet/months.hpp"
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
  enum class Kind { text, authors, editors, date, year, keywords, issn, isbn, type, doi, note, extra } kind = Kind::text;
  // An extra field (biblatex's, kept by the work under its BibTeX name): its
  // value is t text, n names ("Family, Given and ..."), d an EDTF date, l a
  // language; `csl`: the name a CSL-JSON source gives it.
  char value = 't';
  const char* csl = nullptr;
};

const std::vector<Field>& fields() {
  using K = Field::Kind;
  static const std::vector<Field> all = {
      {"title", {}, &Record::title},
      {"author", {"authors"}, nullptr, K::authors},
      {"editor", {"editors"}, nullptr, K::editors},
      {"date", {"issued"}, nullptr, K::date},
      {"year", {}, nullptr, K::year},
      {"container-title", {"journal", "journaltitle", "booktitle", "container"}, &Record::container_title},
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
      // biblatex's fields for books and their editions (humfields40): kept
      // as the work's extra fields, which the exporters write (biblatex
      // under these names, CSL-JSON under CSL's, BibTeX where it has one).
      {"subtitle", {}, nullptr, K::extra},
      {"titleaddon", {}, nullptr, K::extra},
      {"maintitle", {}, nullptr, K::extra},
      {"origtitle", {"original-title"}, nullptr, K::extra, 't', "original-title"},
      {"translator", {"translators"}, nullptr, K::extra, 'n', "translator"},
      {"bookauthor", {"container-author"}, nullptr, K::extra, 'n', "container-author"},
      {"series", {"collection-title"}, nullptr, K::extra, 't', "collection-title"},
      {"edition", {}, nullptr, K::extra, 't', "edition"},
      {"volumes", {"number-of-volumes"}, nullptr, K::extra, 't', "number-of-volumes"},
      {"part", {}, nullptr, K::extra, 't', "part"},
      {"origdate", {"original-date"}, nullptr, K::extra, 'd', "original-date"},
      {"origpublisher", {"original-publisher"}, nullptr, K::extra, 't', "original-publisher"},
      {"origlocation", {"original-publisher-place"}, nullptr, K::extra, 't', "original-publisher-place"},
      {"origlanguage", {}, nullptr, K::extra, 'l'},
      {"pubstate", {"status"}, nullptr, K::extra, 't', "status"},
      {"eventtitle", {"event-title"}, nullptr, K::extra, 't', "event-title"},
      {"venue", {"event-place"}, nullptr, K::extra, 't', "event-place"},
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
  // A season: "1985-23" (EDTF), "1985-autumn", "Spring 2003", "1985 (Autumn)" (as format_date writes it).
  std::string unparenthesised;
  for (char c : s)
    if (c != '(' && c != ')') unparenthesised += c;
  if (int code = 0; read_season_date(unparenthesised, d.year, code)) {
    d.text = std::string(season_name(code));
    return d;
  }
  d.year = 0;
  auto one = [&](std::string_view part, int& y, int& m, int& day) {
    auto parts = split_list(part, "-");
    if (parts.empty() || parts.size() > 3)
      throw FieldError("date '" + std::string(s) + "' is not YYYY, YYYY-MM or YYYY-MM-DD, a season (1985-23, Autumn 1985), or a range START/END");
    y = number(parts[0], "year", 1, 9999);
    if (parts.size() > 1) m = number(parts[1], "month", 1, 12);
    if (parts.size() > 2) day = number(parts[2], "day", 1, 31);
    if (day > days_in_month(y, m))
      throw FieldError("date '" + std::string(s) + "' is not in the calendar: " + month_of_year(y, m) + " has " + std::to_string(days_in_month(y, m)) + " days");
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

// Whether `e` is extra field `f` of a record: its BibTeX name (a .bib
// source's own, the user's, or a .bib source's in another format's view),
// or its CSL name in a CSL-JSON source's.  Not the user's markers.
std::string_view format_of(const Record& r, const ExtraField& e) {
  return e.format.empty() ? std::string_view(r.provenance.format) : std::string_view(e.format);
}

bool is_extra(const Record& r, const ExtraField& e, const Field& f) {
  if (e.format == "unset" || e.format == "set") return false;
  const std::string_view format = format_of(r, e);
  if (format == "csl-json") return f.csl && e.name == f.csl;
  return (format == "bibtex" || format == kUserFormat) && find(e.name) == &f;
}

std::string extra_text(const Record& r, const Field& f) {
  for (const ExtraField& e : r.extra)
    if (is_extra(r, e, f) && !trim(e.value).empty()) {
      if (format_of(r, e) != "csl-json" || f.value != 'n') return e.value;
      // The CSL-JSON reader keeps a name list as "Family, Given; Literal".
      std::string out;
      for (const auto& piece : split_list(e.value, ";"))
        if (!trim(piece).empty()) out += (out.empty() ? "" : " and ") + std::string(trim(piece));
      return out;
    }
  return "";
}

}  // namespace

// An EDTF date as biblatex reads one (origdate, and date): YYYY, YYYY-MM,
// YYYY-MM-DD, a season YYYY-21..41, unspecified digits (199X, 1985-XX), a
// qualifier ~ ? % at the end, a year before the common era (-0044), or a
// range START/END (an end open: "1900/" or "1900/..").
bool edtf_date(std::string_view s) {
  auto one = [](std::string_view p) {
    if (!p.empty() && (p.back() == '~' || p.back() == '?' || p.back() == '%')) p.remove_suffix(1);
    if (!p.empty() && p.front() == '-') p.remove_prefix(1);
    if (p.size() < 4) return false;
    bool x = false;
    for (std::size_t i = 0; i < 4; ++i) {
      if (p[i] == 'X') x = true;
      else if (!is_digit(p[i]) || x) return false;
    }
    auto two = [&](std::size_t at, int lo, int hi, bool& unspecified) {
      if (p.size() < at + 3 || p[at] != '-') return false;
      if (p[at + 1] == 'X' && p[at + 2] == 'X') return unspecified = true;
      if (!is_digit(p[at + 1]) || !is_digit(p[at + 2])) return false;
      int n = (p[at + 1] - '0') * 10 + (p[at + 2] - '0');
      return n >= lo && n <= hi;
    };
    bool ux = false;
    if (p.size() == 4) return true;
    if (!two(4, 1, 41, ux)) return false;
    int month = ux ? 0 : (p[5] - '0') * 10 + (p[6] - '0');
    if (p.size() == 7) return month <= 12 || month >= 21;
    if (month > 12) return false;  // a season has no day
    // 2013-02-30 is no day ("1985-02-XX" is a day of its month).
    const int year = x ? 0 : std::stoi(std::string(p.substr(0, 4)));
    return p.size() == 10 && two(7, 1, month ? days_in_month(year, month) : 31, ux);
  };
  std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return one(s);
  std::string_view a = s.substr(0, slash), b = s.substr(slash + 1);
  if (b.find('/') != std::string_view::npos) return false;
  const bool a_open = a.empty() || a == "..", b_open = b.empty() || b == "..";
  return !(a_open && b_open) && (a_open || one(a)) && (b_open || one(b));
}

namespace {

// A language: one refnet knows (babel's "ngerman", ISO's "de", "German"),
// or one word of letters (biblatex's name of a language refnet does not know).
bool language_word(std::string_view s) {
  if (!export_language::babel(s).empty() || !export_language::bcp47(s).empty()) return true;
  return !s.empty() && s.size() <= 40 && std::all_of(s.begin(), s.end(), [](char c) { return is_alpha(c); });
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
    case K::extra:
      r.extra.erase(std::remove_if(r.extra.begin(), r.extra.end(), [&](const ExtraField& e) { return is_extra(r, e, f); }),
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
    case K::extra: {
      std::string value;
      for (const ExtraField& e : from.extra)
        if (e.format == kUserFormat && e.name == f.name) value = e.value;
      if (value.empty()) return false;
      clear(to, f);
      // A .bib source's own field in a BibTeX view; else a BibTeX field in
      // another format's view (as merge marks one).
      to.extra.push_back({f.name, std::move(value), to.provenance.format == "bibtex" ? "" : "bibtex"});
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_extra_field(std::string_view name) {
  const Field* f = find(name);
  return f && f->kind == Field::Kind::extra;
}

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
    case K::extra: return extra_text(r, f);
  }
  return "";
}

// A list of names as `show` writes it, "Knox, Colin; Janenova, Saltanat" or
// "Colin Knox; Saltanat Janenova": each ';' outside braces is BibTeX's " and "
// (a name holds no ';'; it was read as one person, family "Knox, Colin;
// Janenova": user67).
static std::string names_value(const std::string& value) {
  std::string out;
  int depth = 0;
  for (char c : value) {
    if (c == '{') ++depth;
    else if (c == '}' && depth > 0) --depth;
    if (c == ';' && depth == 0) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += " and ";
      continue;
    }
    if (c == ' ' && ends_with(out, " and ")) continue;
    out += c;
  }
  return out;
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
      if (f.text == &Record::language && !language_word(value))
        throw FieldError("language '" + value +
                         "' is not a language (a babel name: ngerman, french; an ISO code: de, en-GB; or one word)");
      if (f.text == &Record::title) set_title(user, value);
      else user.*f.text = f.text == &Record::pages ? normalize_pages(value) : value;
      break;
    case K::authors:
    case K::editors: {
      auto names = parse_bibtex_names(names_value(value));
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
    case K::extra:
      if (f.value == 'n') value = names_value(value);
      if (f.value == 'n' && parse_bibtex_names(value).empty())
        throw FieldError(std::string(f.name) + ": no name in '" + value + "'");
      if (f.value == 'd' && !edtf_date(value))
        throw FieldError(std::string(f.name) + " '" + value +
                         "' is not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, a season YYYY-21..24, 199X, 1905~, "
                         "1951?, or a range START/END)");
      if (f.value == 'l' && !language_word(value))
        throw FieldError(std::string(f.name) + " '" + value +
                         "' is not a language (a babel name: ngerman, french; an ISO code: de, fr; or one word)");
      clear(user, f);
      user.extra.push_back({f.name, value, std::string(kUserFormat)});
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
