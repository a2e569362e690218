#include "refnet/extra_fields.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "refnet/latex.hpp"
#include "refnet/months.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// The formats whose extra fields are RIS tags: RIS, and EndNote's and
// RefWorks' tagged text, which the RIS reader reads (%S is T3, %7 is ET).
bool ris_like(std::string_view format) {
  return format == "ris" || format == "endnote-tagged" || format == "refworks-tagged";
}

std::string_view format_of(const Record& r, const ExtraField& f) {
  return f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
}

// Types a series title belongs to under RIS's T3 (Zotero's RIS: a book
// section's and a conference paper's series).  A journal article's T3 is
// something else: Embase's conference name, "(var.pagings).", an erratum.
bool t3_is_series(std::string_view csl) {
  return csl == "chapter" || csl == "paper-conference" || ris_t2_is_series(csl);
}

// Types that come in editions.  EndNote's "edition" of a journal article
// (and its RIS ET) is the date it was published online ("2019/08/02").
bool has_editions(std::string_view csl) {
  return csl == "book" || csl == "chapter" || csl == "collection" || csl == "classic" || csl == "entry" ||
         csl == "entry-dictionary" || csl == "entry-encyclopedia" || csl == "report" || csl == "software" ||
         csl == "dataset" || csl == "map" || csl == "standard" || csl == "musical_score" || csl == "pamphlet";
}

// "2019/08/02", "2019-08": a date, which no edition is.
bool date_shaped(std::string_view v) {
  v = trim(v);
  std::size_t digits = 0;
  for (char c : v) {
    if (is_digit(c)) ++digits;
    else if (c != '/' && c != '-') return false;
  }
  return digits >= 6;
}

struct Name {
  std::string_view name;
  enum Kind { any_but_ris, bibtex, bibtex_series_number, ris, ris_t2_series, ris_t3_series, csl_or_zotero, format_is } kind;
  std::string_view format = {};  // format_is: the one format whose field it is
};

bool matches(const Record& r, const ExtraField& f, std::string_view fmt, const Name& n) {
  switch (n.kind) {
    case Name::any_but_ris: return !ris_like(fmt) && iequals(f.name, n.name);
    case Name::bibtex: return fmt == "bibtex" && iequals(f.name, n.name);
    case Name::bibtex_series_number:
      return fmt == "bibtex" && iequals(f.name, n.name) && bibtex_number_is_series_number(r.type);
    case Name::ris: return ris_like(fmt) && f.name == n.name;
    case Name::ris_t2_series: return ris_like(fmt) && f.name == n.name && ris_t2_is_series(r.type);
    case Name::ris_t3_series: return ris_like(fmt) && f.name == n.name && t3_is_series(r.type);
    case Name::csl_or_zotero:
      return (fmt == "csl-json" || fmt == "zotero-rdf" || fmt == "zotero-json") && f.name == n.name;
    case Name::format_is: return fmt == n.format && f.name == n.name;
  }
  return false;
}

// The first extra field with one of `names`, in the order of `names`, whose
// text `accept` takes (any, by default): a field in the record's own format
// first, then one a merged source gave.
template <std::size_t N, typename Accept>
ExtraValue find(const Record& r, const Name (&names)[N], Accept accept) {
  for (int pass = 0; pass < 2; ++pass)
    for (const Name& n : names)
      for (const ExtraField& f : r.extra) {
        if (f.format.empty() != (pass == 0) || trim(f.value).empty()) continue;
        std::string_view fmt = format_of(r, f);
        if (!matches(r, f, fmt, n)) continue;
        ExtraValue v;
        v.field = &f;
        v.text = fmt == "bibtex" ? latex_to_unicode(f.value) : std::string(trim(f.value));
        if (accept(f, std::string_view(v.text))) return v;
      }
  return {};
}
template <std::size_t N>
ExtraValue find(const Record& r, const Name (&names)[N]) {
  return find(r, names, [](const ExtraField&, std::string_view) { return true; });
}

// The words of a degree, folded ("Tesis de Maestría" -> tesis de maestria),
// dots and apostrophes gone ("Ph.D." -> phd, "Master's" -> masters), and a
// run of words of one or two letters joined ("Ph. D." -> phd, "M. Sc." -> msc).
std::vector<std::string> degree_tokens(std::string_view words) {
  std::string f = fold(words);
  std::string clean;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (f[i] == '.' || f[i] == '\'') continue;
    if (f.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
      i += 2;
      continue;
    }
    clean += is_alpha(f[i]) || is_digit(f[i]) || static_cast<unsigned char>(f[i]) >= 0x80 ? f[i] : ' ';
  }
  std::vector<std::string> tokens;
  bool short_run = false;
  for (std::string_view w : split_words(clean)) {
    bool is_short = w.size() <= 2;
    if (is_short && short_run) tokens.back() += w;
    else tokens.emplace_back(w);
    short_run = is_short;
  }
  return tokens;
}

bool starts_with_any(std::string_view w, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes)
    if (w.substr(0, p.size()) == p) return true;
  return false;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

Degree degree_of_words(std::string_view words) {
  bool doctoral = false, masters = false, bachelor = false, dissertation = false;
  // CNKI's and NoteExpress's 博士 (doctoral) and 硕士 (master's) theses.
  if (words.find("博士") != std::string_view::npos) doctoral = true;
  else if (words.find("硕士") != std::string_view::npos) masters = true;
  for (const std::string& w : degree_tokens(words)) {
    // A doctorate: Ph.D., D.Phil., Ed.D., Psy.D., D.Sc., Dr. (rer. nat.),
    // doctoral/doctorate/doctorat/doctorado, Doktorarbeit, dottorato, doutorado.
    if (one_of(w, {"phd", "phdthesis", "dphil", "edd", "psyd", "dsc", "scd", "dba", "dnp", "drph", "dr", "thd",
                   "dmin", "dma", "dmus", "dlitt", "dpsych", "dclinpsy", "engd", "dsw"}) ||
        starts_with_any(w, {"doctor", "doktor", "dottor", "doutor", "promotion"}))
      doctoral = true;
    // A master's: M.A., M.S., M.Sc., M.Phil., M.Ed., LL.M., Master's,
    // Masterarbeit, mathesis, Magister, maestría, mestrado, mémoire, maîtrise.
    else if (one_of(w, {"ma", "ms", "msc", "mphil", "med", "mres", "meng", "mba", "mfa", "msw", "mph", "mpa", "llm",
                        "mst", "mlitt", "mdes", "march", "mmus", "mals", "mla", "mat", "msed", "msn", "mdiv", "mpp",
                        "mps", "mhs", "mm", "mathesis", "memoire", "maitrise"}) ||
             starts_with_any(w, {"master", "magist", "maestr", "mestrad", "mestre"}))
      masters = true;
    // A bachelor's, honours or undergraduate thesis, a licentiate.
    else if (one_of(w, {"ba", "bs", "bsc", "beng", "bphil", "honours", "honors", "undergraduate"}) ||
             starts_with_any(w, {"bachelor", "licenci", "licentia"}))
      bachelor = true;
    // A dissertation is a doctoral thesis (German, American usage) unless
    // other words say otherwise ("Master's dissertation").
    else if (starts_with_any(w, {"dissertation", "dissertacao", "disertacion"}))
      dissertation = true;
  }
  if (doctoral) return Degree::doctoral;
  if (masters) return Degree::masters;
  if (bachelor) return Degree::unknown;
  return dissertation ? Degree::doctoral : Degree::unknown;
}

Date issued_of(const Record& r) {
  Date d = r.issued;
  if (int bce = d.year == 0 ? year_from_words(d.text) : 0) {
    d.year = bce;
    d.text.clear();
  }
  return d;
}

DateQualifiers date_qualifiers(const Record& r) {
  DateQualifiers q;
  for (const ExtraField& f : r.extra) {
    std::string_view format = format_of(r, f);
    if (f.name == "date" && format == "bibtex") {
      q = edtf_qualifiers(f.value);
    } else if (f.name == "issued" && format == "csl-json") {
      q.approximate = csl_circa(f.value);
      if (q.approximate && r.issued.year != 0) q.text = std::to_string(r.issued.year) + "~";
    } else {
      continue;
    }
    if (q) q.field = &f;
    else q = DateQualifiers{};
    if (q) break;
  }
  return q;
}

DateQualifiers edtf_qualifiers(std::string_view edtf) {
  DateQualifiers q;
  std::string_view v = trim(edtf);
  if (v.empty() || v.find('/') != std::string_view::npos) return q;  // a range says its years
  std::string_view year = v.substr(v[0] == '-' ? 1 : 0, 4);
  q.unspecified = year.find_first_of("Xx") != std::string_view::npos;
  q.uncertain = v.find_first_of("?%") != std::string_view::npos;
  q.approximate = v.find_first_of("~%") != std::string_view::npos;
  q.text = std::string(v);
  return q;
}

std::string edtf_unqualified(std::string_view edtf) {
  std::string out;
  for (char c : trim(edtf))
    if (c != '?' && c != '~' && c != '%') out += c;
  return out;
}

bool csl_circa(std::string_view json) {
  // Compact JSON: {"date-parts":[[1931]],"circa":true}
  std::size_t c = json.find("\"circa\"");
  if (c == std::string_view::npos) return false;
  std::string_view rest = trim(json.substr(c + 7));
  if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
  return !(starts_with(rest, "false") || starts_with(rest, "0") || starts_with(rest, "null") ||
           starts_with(rest, "\"\""));
}

std::string DateQualifiers::year_text(int year) const {
  std::string y = std::to_string(year);
  if (unspecified && text.size() >= 4) {
    std::size_t at = text[0] == '-' ? 1 : 0;
    for (std::size_t i = 0; i < 4 && i < y.size() && at + i < text.size(); ++i)
      if (text[at + i] == 'X' || text[at + i] == 'x') y[i] = 'X';
  }
  if (uncertain) y += '?';
  return y;
}

ThesisDegree thesis_degree(const Record& r) {
  ThesisDegree d;
  if (r.type != "thesis") return d;
  // The fields that say the kind of thesis, in order; `words`: whether the
  // field's words are the kind even when they name no degree (RIS M1 is a
  // number elsewhere, MEDLINE's SO the whole source).
  struct Said {
    std::string_view name;
    enum Where { bibtex, ris, medline, other } where;
    bool words;
  };
  static constexpr Said kSaid[] = {{"type", Said::bibtex, true},       {"genre", Said::other, true},
                                   {"thesisType", Said::other, true},  {"work-type", Said::other, true},
                                   {"Degree", Said::other, true},      {"M3", Said::ris, true},
                                   {"M1", Said::ris, false},           {"SO", Said::medline, false}};
  for (int pass = 0; pass < 2; ++pass) {
    for (const Said& s : kSaid) {
      for (const ExtraField& f : r.extra) {
        if (f.format.empty() != (pass == 0) || trim(f.value).empty()) continue;
        std::string_view fmt = format_of(r, f);
        bool here = s.where == Said::bibtex   ? fmt == "bibtex" && iequals(f.name, s.name)
                    : s.where == Said::ris    ? ris_like(fmt) && f.name == s.name
                    : s.where == Said::medline ? fmt == "medline" && f.name == s.name
                                               : !ris_like(fmt) && fmt != "bibtex" && iequals(f.name, s.name);
        if (!here) continue;
        std::string text = fmt == "bibtex" ? latex_to_unicode(f.value) : std::string(trim(f.value));
        d.degree = degree_of_words(text);
        if (d.degree != Degree::unknown) {
          d.words = text;
          return d;
        }
        if (s.words && d.words.empty()) d.words = text;
      }
    }
    // A .bib source's entry type: @mastersthesis, or @phdthesis, which the
    // importer keeps no entry type for (a type field said more, above).
    if (pass == 0 && r.provenance.format == "bibtex" && d.words.empty()) {
      std::string_view entry = r.get_extra("entrytype");
      if (iequals(entry, "mastersthesis")) d.degree = Degree::masters;
      else if (entry.empty()) d.degree = Degree::doctoral;
      if (d.degree != Degree::unknown) return d;
    }
  }
  // EndNote's Degree field is a thesis's volume (its RIS: "VL  - Ph.D.").
  if (std::none_of(r.volume.begin(), r.volume.end(), [](char c) { return is_digit(c); })) {
    Degree v = degree_of_words(r.volume);
    if (v != Degree::unknown) {
      d.degree = v;
      d.words = r.volume;
      d.in_volume = true;
    }
  }
  return d;
}

const ExtraField* degree_field(const Record& r, const ThesisDegree& d) {
  if (d.words.empty() || d.in_volume) return nullptr;
  for (const ExtraField& f : r.extra)
    if (trim(f.value) == d.words || (f.value.find('\\') != std::string::npos && latex_to_unicode(f.value) == d.words))
      return &f;
  return nullptr;
}

std::string thesis_genre(const ThesisDegree& d) {
  // biblatex's keys (english.lbx's words), what refnet's own biblatex export writes.
  static constexpr std::pair<std::string_view, std::string_view> kKeys[] = {
      {"phdthesis", "PhD thesis"}, {"mathesis", "Master's thesis"}, {"candthesis", "Candidate thesis"}};
  for (auto [key, words] : kKeys)
    if (iequals(trim(d.words), key)) return std::string(words);
  // The source's phrase ("Doctoral dissertation", "Tesis de maestría",
  // "Diplomarbeit") as it is; a bare degree ("Ph.D.", "M.A.") as the words.
  bool phrase = false;
  for (const std::string& w : degree_tokens(d.words))
    phrase = phrase || starts_with_any(w, {"thes", "dissert", "tesi", "tese", "memoire", "maitrise"}) ||
             w.find("arbeit") != std::string::npos;
  if (phrase || d.degree == Degree::unknown) return d.words;
  return d.degree == Degree::masters ? "Master's thesis" : "PhD thesis";
}

bool ris_t2_is_series(std::string_view csl) {
  return csl == "book" || csl == "report" || csl == "thesis" || csl == "classic" || csl == "software" ||
         csl == "map" || csl == "pamphlet" || csl == "periodical" || csl == "collection";
}

bool bibtex_number_is_series_number(std::string_view csl) {
  return csl == "book" || csl == "chapter" || csl == "paper-conference" || csl == "collection";
}

bool ExtraValue::verbatim_in(const Record& r, std::string_view format) const {
  if (!field || !field->format.empty()) return false;
  return format == "ris" ? ris_like(r.provenance.format) : r.provenance.format == format;
}

ExtraValue series_of(const Record& r) {
  static const Name kNames[] = {{"collection-title", Name::any_but_ris},
                                {"series", Name::bibtex},
                                {"T2", Name::ris_t2_series},
                                {"T3", Name::ris_t3_series}};
  return find(r, kNames);
}

ExtraValue genre_of(const Record& r) {
  static const Name kNames[] = {{"genre", Name::csl_or_zotero},          {"reportType", Name::csl_or_zotero},
                                {"letterType", Name::csl_or_zotero},     {"manuscriptType", Name::csl_or_zotero},
                                {"mapType", Name::csl_or_zotero},        {"presentationType", Name::csl_or_zotero},
                                {"websiteType", Name::csl_or_zotero},    {"postType", Name::csl_or_zotero}};
  if (r.type == "thesis") return {};
  return find(r, kNames);
}

Date access_date(std::string_view s) {
  Date d;
  s = trim(s);
  // A CSL date object: its first date's parts.
  if (!s.empty() && s.front() == '{') {
    std::size_t at = s.find("\"date-parts\"");
    std::size_t open = at == std::string_view::npos ? at : s.find("[[", at);
    if (open == std::string_view::npos) {
      d.text = std::string(s);
      return d;
    }
    std::string_view rest = s.substr(open + 2);
    std::string parts;
    for (char c : rest.substr(0, rest.find(']')))
      if (c != '"' && !is_space(c)) parts += c == ',' ? '-' : c;
    return access_date(parts);
  }
  // A time after the date: "2019-11-06 19:43:44", "2020-11-30T10:00:00Z".
  for (std::size_t i = 8; i + 2 < s.size(); ++i)
    if ((s[i] == ' ' || s[i] == 'T') && is_digit(s[i - 1]) && is_digit(s[i + 1]) &&
        s.find(':', i) != std::string_view::npos) {
      s = s.substr(0, i);
      break;
    }
  int part[3] = {0, 0, 0};
  std::size_t n = 0, i = 0;
  bool ok = !s.empty();
  while (ok && i < s.size() && n < 3) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start || i - start > 4) ok = false;
    else part[n++] = std::stoi(std::string(s.substr(start, i - start)));
    if (i < s.size() && (s[i] == '/' || s[i] == '-')) ++i;
    else if (i < s.size()) ok = false;
  }
  ok = ok && i == s.size() && part[0] >= 1000 && (n < 2 || (part[1] >= 1 && part[1] <= 12)) &&
       (n < 3 || (part[2] >= 1 && part[2] <= 31));
  if (!ok) {
    d.text = std::string(s);
    return d;
  }
  d.year = part[0];
  d.month = n >= 2 ? part[1] : 0;
  d.day = n >= 3 ? part[2] : 0;
  return d;
}

std::string iso_date(const Date& d, char sep) {
  char buf[32];
  if (d.day > 0 && d.month > 0) std::snprintf(buf, sizeof buf, "%04d%c%02d%c%02d", d.year, sep, d.month, sep, d.day);
  else if (d.month > 0) std::snprintf(buf, sizeof buf, "%04d%c%02d", d.year, sep, d.month);
  else std::snprintf(buf, sizeof buf, "%04d", d.year);
  return buf;
}

AccessDate access_date_of(const Record& r) {
  static const Name kNames[] = {{"accessed", Name::any_but_ris},
                                {"dateSubmitted", Name::any_but_ris},
                                {"urldate", Name::bibtex},
                                {"access-date", Name::any_but_ris},
                                {"Y2", Name::ris}};
  ExtraValue v = find(r, kNames);
  if (!v) return {};
  return {v.field, access_date(v.text)};
}

namespace {
// Web of Science's early access date: "MAR 2021", "2021 MAR", "MAR 15 2021".
Date wos_early_access(std::string_view s) {
  Date d;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (is_space(s[i]) || s[i] == ',')) ++i;
    std::size_t start = i;
    while (i < s.size() && !is_space(s[i]) && s[i] != ',') ++i;
    std::string_view w = s.substr(start, i - start);
    if (w.empty()) break;
    if (all_digits(w) && w.size() == 4) d.year = std::stoi(std::string(w));
    else if (all_digits(w) && w.size() <= 2) d.day = std::stoi(std::string(w));
    else if (int m = month_from_abbreviation(w)) d.month = m;
    else return {};
  }
  if (!d.year || d.day > 31 || (d.day && !d.month)) return {};
  return d;
}
}  // namespace

AccessDate available_date_of(const Record& r) {
  static const Name kNames[] = {{"DEP", Name::format_is, "medline"},
                                {"ArticleDate", Name::format_is, "pubmed-xml"},
                                {"published-online", Name::format_is, "crossref"},
                                {"EA", Name::format_is, "wos"},
                                {"EA", Name::format_is, "wos-tab"},
                                {"available-date", Name::format_is, "csl-json"}};
  Date d;
  ExtraValue v = find(r, kNames, [&d](const ExtraField& f, std::string_view text) {
    if (f.name == "DEP")  // 20211227
      d = text.size() == 8 && all_digits(text)
              ? access_date(std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) + "-" +
                            std::string(text.substr(6, 2)))
              : Date{};
    else if (f.name == "EA")
      d = wos_early_access(text);
    else
      d = access_date(text);
    return d.year > 0 && d.text.empty();
  });
  if (!v) return {};
  return {v.field, d};
}

ExtraValue short_title_of(const Record& r) {
  static const Name kNames[] = {{"title-short", Name::any_but_ris},
                                {"shorttitle", Name::any_but_ris},
                                {"short-title", Name::any_but_ris},
                                {"ST", Name::ris}};
  return find(r, kNames);
}

std::vector<const ExtraField*> address_fields(const Record& r) {
  std::vector<const ExtraField*> out;
  for (const ExtraField& f : r.extra) {
    if (trim(f.value).empty() || ris_like(format_of(r, f))) continue;
    if (iequals(f.name, "auth-address") || iequals(f.name, "affiliation") || iequals(f.name, "affiliations") ||
        iequals(f.name, "Author Affiliations"))
      out.push_back(&f);
  }
  return out;
}

std::vector<const ExtraField*> note_fields(const Record& r) {
  std::vector<const ExtraField*> out;
  for (const ExtraField& f : r.extra) {
    if (trim(f.value).empty()) continue;
    std::string_view fmt = format_of(r, f);
    if (ris_like(fmt) ? f.name == "N1"
                      : (iequals(f.name, "note") || (fmt == "endnote-xml" && f.name == "notes") ||
                         (fmt == "bibtex" && iequals(f.name, "annote"))))
      out.push_back(&f);
  }
  return out;
}

std::vector<const ExtraField*> annotation_fields(const Record& r) {
  std::vector<const ExtraField*> out;
  for (const ExtraField& f : r.extra) {
    if (trim(f.value).empty() || !iequals(f.name, "annote")) continue;
    std::string_view fmt = format_of(r, f);
    if (fmt != "bibtex" && !ris_like(fmt)) out.push_back(&f);
  }
  return out;
}

ExtraValue series_number_of(const Record& r) {
  static const Name kNames[] = {{"collection-number", Name::any_but_ris}, {"number", Name::bibtex_series_number}};
  return find(r, kNames);
}

ExtraValue edition_of(const Record& r) {
  static const Name kNames[] = {{"edition", Name::any_but_ris}, {"ET", Name::ris}};
  if (!has_editions(r.type)) return {};
  ExtraValue v = find(r, kNames);
  return v && date_shaped(v.text) ? ExtraValue{} : v;
}

bool is_own_keyword_field(const Record& r, const ExtraField& f) {
  const std::string_view format = f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
  return (format == "medline" && f.name == "OT") || (format == "pubmed-xml" && f.name == "Keyword") ||
         (format == "europepmc" && f.name == "keyword");
}

bool pages_are_page_count(std::string_view csl, std::string_view pages) {
  pages = trim(pages);
  return (csl == "book" || csl == "thesis" || csl == "manuscript") && !pages.empty() &&
         pages.find('-') == std::string_view::npos;
}

std::string_view page_count_number(std::string_view pages) {
  while (!pages.empty() && (pages.back() == '.' || is_space(pages.back()))) pages.remove_suffix(1);
  std::size_t end = pages.size();
  while (end > 0 && is_alpha(pages[end - 1])) --end;
  std::string_view unit = pages.substr(end);
  if (!(iequals(unit, "p") || iequals(unit, "pp") || iequals(unit, "pages"))) return {};
  std::string_view count = trim(pages.substr(0, end));
  // A number, the front matter's roman numerals before it ("xii, 388", "x+383"); not "061504, 10" (an article's
  // number, then its count).
  std::size_t digits = count.size();
  while (digits > 0 && is_digit(count[digits - 1])) --digits;
  if (digits == count.size()) return {};
  std::string_view front = trim(count.substr(0, digits));
  if (!front.empty() && (front.back() == ',' || front.back() == '+')) front = trim(front.substr(0, front.size() - 1));
  for (char c : front)
    if (!std::strchr("ivxlcIVXLC", c)) return {};
  return count;
}

bool is_page_count(std::string_view pages) { return !page_count_number(pages).empty(); }

// A whole book's, thesis's or manuscript's number of pages: biblatex's
// pagetotal (ACM's numpages), CSL's number-of-pages, RIS SP alone of those
// three types (Zotero's numPages; the RIS reader keeps it in extra then).
ExtraValue page_count_of(const Record& r) {
  static const Name kNames[] = {{"pagetotal", Name::bibtex},
                                {"numpages", Name::bibtex},
                                {"number-of-pages", Name::any_but_ris},
                                {"SP", Name::ris}};
  ExtraValue v = find(r, kNames);
  const bool whole = r.type == "book" || r.type == "thesis" || r.type == "manuscript";
  if (v && ris_like(format_of(r, *v.field)) && !(whole && r.pages.empty())) return {};
  return v;
}

}  // namespace refnet
