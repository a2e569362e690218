// BibTeX and BibLaTeX import.
//
// A hand-written lexer over the whole text: entries are found by their '@',
// text between them (a web page, '%' comments, JabRef metadata) is skipped.
// Values stay string_views into the text unless macros or '#' concatenation
// make a new string.  An entry is first read into an `Entry` (raw fields), then
// crossref/xdata inheritance is applied, then it is mapped to a Record by a
// table of field names.  A malformed entry is reported at its offset and
// skipped; the lexer resumes at the next '@' that starts a line.
#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <map>
#include <unordered_map>
#include <unordered_set>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "info_pmid.hpp"
#include "jabref_groups.hpp"
#include "refnet/citekey.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/latex.hpp"
#include "refnet/latex_macros.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "refnet/review.hpp"
#include "refnet/store.hpp"
#include "refnet/url_host.hpp"
#include "unsafe_keys.hpp"
#include "ris_fields.hpp"
#include "s2_entry_types.hpp"
#include "scopus_fields.hpp"
#include "source_string.hpp"
#include "wos_fields.hpp"

namespace refnet {

namespace {

// ---------------------------------------------------------------------------
// Entry types.

struct TypeMapping {
  std::string_view bibtex;  // lower case
  std::string_view csl;
  bool foreign = false;     // a reference manager's own name: always kept as `entrytype`
};
// BibTeX/BibLaTeX entry type -> CSL type.  The first row naming a CSL type is
// the one an exporter writes back; any other type is kept as extra
// `entrytype` so that BibTeX -> library -> BibTeX gives the same type.
constexpr TypeMapping kTypes[] = {
    {"article", "article-journal"},   {"inproceedings", "paper-conference"},
    {"conference", "paper-conference"}, {"incollection", "chapter"},
    {"inbook", "chapter"},            {"bookinbook", "chapter"},
    {"suppbook", "chapter"},          {"suppcollection", "chapter"},
    {"inreference", "entry-encyclopedia"}, {"book", "book"},
    {"mvbook", "book"},               {"proceedings", "book"},
    // A collection is an edited book (pandoc's biblatex reader: "book"),
    // not CSL's `collection` (an archive's); the type is kept as entrytype.
    {"mvproceedings", "book"},        {"collection", "book"},
    {"mvcollection", "book"},         {"reference", "book"},
    {"mvreference", "book"},          {"booklet", "pamphlet"},
    {"phdthesis", "thesis"},          {"mastersthesis", "thesis"},
    {"thesis", "thesis"},             {"techreport", "report"},
    {"report", "report"},             {"manual", "report"},
    {"online", "webpage"},            {"www", "webpage"},
    {"electronic", "webpage"},        {"webpage", "webpage"},
    {"misc", "document"},             {"unpublished", "manuscript"},
    {"patent", "patent"},             {"dataset", "dataset"},
    {"data", "dataset"},              {"software", "software"},
    {"periodical", "periodical"},     {"standard", "standard"},
    {"letter", "personal_communication"}, {"review", "review"},
    {"artwork", "graphic"},           {"audio", "song"},
    {"video", "motion_picture"},      {"movie", "motion_picture"},
    {"music", "song"},                {"legislation", "legislation"},
    {"jurisdiction", "legal_case"},   {"performance", "performance"},
    // Mendeley Reference Manager's types (its BibTeX export writes its own
    // names); Zotero reads them as these.
    {"web_page", "webpage", true},    {"book_section", "chapter", true},
    {"newspaper_article", "article-newspaper", true}, {"magazine_article", "article-magazine", true},
    {"conference_proceedings", "paper-conference", true}, {"working_paper", "report", true},
    {"encyclopedia_article", "entry-encyclopedia", true}, {"computer_program", "software", true},
    {"film", "motion_picture", true}, {"television_broadcast", "broadcast", true},
    {"hearing", "hearing", true},     {"statute", "legislation", true},
    {"bill", "bill", true},           {"case", "legal_case", true},
    {"journal_article", "article-journal", true}, {"generic", "document", true},
    // EBSCOhost's BibTeX writes its dissertations as @masterthesis (PsycINFO's
    // Dissertation Abstracts International records): a thesis of no degree said.
    {"masterthesis", "thesis", true},
};

// Maps a lower-case entry type; `lossy` says whether the type must be kept.
std::string_view csl_type(std::string_view bibtex, bool& lossy) {
  for (const TypeMapping& m : kTypes) {
    if (m.bibtex != bibtex) continue;
    // Lossless when this row is the first one for its CSL type.
    for (const TypeMapping& first : kTypes)
      if (first.csl == m.csl) {
        lossy = m.foreign || first.bibtex != bibtex;
        break;
      }
    return m.csl;
  }
  lossy = true;
  return "document";
}

bool is_container_type(std::string_view t) {
  static constexpr std::string_view kinds[] = {"book", "mvbook", "collection", "mvcollection", "proceedings",
                                               "mvproceedings", "reference", "mvreference", "periodical", "xdata"};
  return std::find(std::begin(kinds), std::end(kinds), t) != std::end(kinds);
}

bool is_part_type(std::string_view t) {
  static constexpr std::string_view kinds[] = {"inbook", "incollection", "inproceedings", "conference",
                                               "bookinbook", "suppbook", "suppcollection", "inreference"};
  return std::find(std::begin(kinds), std::end(kinds), t) != std::end(kinds);
}

// Fields a crossref child never takes from its parent: biblatex's
// non-inherited fields, plus those that identify the parent itself (its DOI on
// every paper of a proceedings would merge them all in dedup).
bool never_inherited(std::string_view f) {
  static constexpr std::string_view names[] = {
      "ids",     "crossref", "xref",     "xdata",   "entryset", "entrysubtype", "execute", "label",
      "options", "presort",  "related",  "relatedoptions", "relatedstring", "relatedtype", "shorthand",
      "shorthandintro", "sortkey", "doi", "url", "urldate", "eprint", "eprinttype", "eprintclass",
      "abstract", "file", "pages", "keywords", "key"};
  return std::find(std::begin(names), std::end(names), f) != std::end(names);
}

// ---------------------------------------------------------------------------
// Raw entries.

// Field names the Record has a slot for (slot_of below).
enum class Slot {
  none, title, journal, booktitle, author, editor, year, month, day, date, volume, number, issue,
  pages, publisher, institution, address, issn, isbn, doi, url, abstract, language, langid, keywords,
  author_keywords, cited_references, references, pmid, unique_id, fjournal, location, pmcid, note, shortjournal,
  article_number,  // biblatex's eid (refnet's export writes it), Scopus's art_number, MDPI's, ACM's
  eissn            // Web of Science's electronic ISSN ("EISSN = {{1468-4462}}"), as its tagged file's EI
};

struct Field {
  std::string_view name;   // as written
  std::string_view view;   // the value, when it is a slice of the text
  std::string owned;       // the value, when macros or '#' built it
  bool is_owned = false;
  bool undefined_macro = false;  // the value is the name of a macro no @string defined
  std::uint32_t offset = 0;  // of the field name
  Slot slot = Slot::none;    // of the name, looked up once
  std::string_view value() const { return is_owned ? std::string_view(owned) : view; }
};

struct Entry {
  std::string type;  // lower case
  // Semantic Scholar's "@['JournalArticle', 'Conference']{" (the list as
  // written) or "@None{": its type is decided by the list and the fields
  // (s2_entry_types.hpp).
  std::string_view s2_types;
  bool s2 = false;
  std::string_view key;
  std::vector<Field> fields;
  std::size_t start = 0;  // the '@'
  std::size_t end = 0;    // past the closing delimiter
};

// A field as the mapper sees it, wherever it came from (this entry, a
// crossref parent in this file, an entry of an earlier file).
struct FieldRef {
  std::string_view name;
  std::string_view value;
  std::size_t offset;
  bool own;  // written in this entry (not inherited)
  Slot slot;
  // The value as written when `value` is it with the @preamble's macros
  // expanded (extra fields keep the LaTeX as written); else empty.
  std::string_view written = {};
  std::string_view as_written() const { return written.empty() ? value : written; }
};

struct ParseError {
  std::size_t offset;
  std::string message;
};

// Identifier characters of entry types, field names and macro names: any
// byte but white space and the punctuation of the syntax.
constexpr std::array<bool, 256> make_ident_chars() {
  std::array<bool, 256> s{};
  for (auto& x : s) x = true;
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v', '=', ',', '{', '}', '(', ')', '"', '#', '%', '@', '\'', '~'})
    s[c] = false;
  return s;
}
constexpr std::array<bool, 256> kIdentChar = make_ident_chars();
inline bool is_ident_char(char c) { return kIdentChar[static_cast<unsigned char>(c)]; }

inline bool is_word_char(char c) {
  return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '-' || c == '+' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// '@' at `at` opens an entry: "@type{" or "@type(" (white space allowed
// before the delimiter), and the '@' is not inside a word (an e-mail address).
bool entry_opens_at(std::string_view t, std::size_t at) {
  // A byte-order mark (U+FEFF) before the '@' is nothing: `cat a.bib b.bib`
  // puts the second file's BOM at the start of a line.
  // Nor is a U+FFFD that decoding put for a bad code unit.
  std::size_t before = at;
  while (before >= 3 && (t.compare(before - 3, 3, "\xEF\xBB\xBF") == 0 || t.compare(before - 3, 3, "\xEF\xBF\xBD") == 0))
    before -= 3;
  if (before > 0 && is_word_char(t[before - 1])) return false;
  // Semantic Scholar's "@['JournalArticle', 'Conference']{".
  if (at + 1 < t.size() && t[at + 1] == '[') return s2_type_list_end(t, at + 1) != std::string_view::npos;
  std::size_t i = at + 1;
  std::size_t s = i;
  while (i < t.size() && (is_alpha(t[i]) || is_digit(t[i]) || t[i] == '_' || t[i] == '-')) ++i;
  if (i == s || !is_alpha(t[s])) return false;
  while (i < t.size() && is_space(t[i])) ++i;
  return i < t.size() && (t[i] == '{' || t[i] == '(');
}

std::string lower_key(std::string_view k) { return ascii_lower(k); }

// "1", "01", "jan", "Jan.", "January" -> 1..12; 0 otherwise.
int parse_month(std::string_view v) {
  v = trim(v);
  while (!v.empty() && (v.front() == '{')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == '}' || v.back() == '.')) v.remove_suffix(1);
  if (v.empty()) return 0;
  if (std::all_of(v.begin(), v.end(), is_digit)) {
    if (v.size() > 2) return 0;
    int m = std::stoi(std::string(v));
    return m >= 1 && m <= 12 ? m : 0;
  }
  return month_from_prefix(v);
}

int parse_uint(std::string_view v, std::size_t max_digits) {
  if (v.empty() || v.size() > max_digits || !std::all_of(v.begin(), v.end(), is_digit)) return -1;
  int n = 0;
  for (char c : v) n = n * 10 + (c - '0');
  return n;
}

// BibLaTeX/EDTF date: YYYY, YYYY-MM, YYYY-MM-DD (months and days of one
// digit too: "1995-1-04"), optionally a time after 'T', qualifiers '~' '?'
// '%' ("1034~"), unspecified digits at the end of the year ("199X": 1990),
// seasons as months 21-41 ("2003-21": the year only), BCE years ("-0044":
// -44), and ranges "a/b" whose first end is taken (an open start, "../b" or
// "/b", gives b).  Returns false when not that shape; `exact` says nothing
// but a single plain date was there (otherwise the caller keeps the text).
bool parse_iso_date(std::string_view v, Date& d, bool& exact) {
  v = trim(v);
  exact = true;
  std::string_view first = v;
  if (std::size_t slash = v.find('/'); slash != std::string_view::npos) {
    exact = false;
    first = v.substr(0, slash);
    if (first.empty() || first == "..") first = v.substr(slash + 1);
  }
  if (std::size_t t = first.find('T'); t != std::string_view::npos) {
    first = first.substr(0, t);
    exact = false;
  }
  std::string s;
  for (char c : first) {
    if (c == '~' || c == '?' || c == '%') exact = false;
    else s.push_back(c);
  }
  std::size_t i = 0;
  bool bce = !s.empty() && s[0] == '-';
  if (bce) {
    i = 1;
    exact = false;
  }
  // The year: four digits, the last ones may be X.
  if (s.size() < i + 4) return false;
  int y = 0;
  bool unspecified = false;
  for (std::size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    if (c == 'X' || c == 'x') unspecified = true;
    else if (!is_digit(c) || unspecified) return false;
    y = y * 10 + (is_digit(c) ? c - '0' : 0);
  }
  if (unspecified) exact = false;
  i += 4;
  // A part: '-' then one or two digits (or "XX"); 0 when absent.
  auto part = [&](int& out) {
    if (i >= s.size()) return true;
    if (s[i] != '-') return false;
    std::size_t b = ++i;
    if (s.compare(b, 2, "XX") == 0) {
      i += 2;
      unspecified = true;
      exact = false;
      return true;
    }
    while (i < s.size() && is_digit(s[i]) && i - b < 2) ++i;
    out = parse_uint(std::string_view(s).substr(b, i - b), 2);
    return out >= 1;
  };
  int m = 0, day = 0;
  if (!part(m)) return false;
  if (m >= 21 && m <= 41) {  // a season or a quarter: the year is what is certain
    m = 0;
    exact = false;
  } else if (m > 12 || !part(day) || day > 31) {
    return false;
  }
  if (i != s.size()) return false;
  if (unspecified && m > 0) m = day = 0;
  d.year = bce ? -y : y;
  d.month = m;
  d.day = day;
  return true;
}

// Whether a year field says what the date field beside it does, as refnet's
// BibTeX export writes the two: "1984--1986" for "1984/1986", "199X" for
// "199X", "1951?" for "1951?", "1909" for "1909~" or "1909-05-01".
bool year_of_date(std::string_view year, std::string_view date, const Date& d) {
  year = trim(year);
  date = trim(date);
  if (d.year <= 0) return false;
  std::string y = std::to_string(d.year);
  if (d.is_range()) return d.end_year > 0 && year == y + "--" + std::to_string(d.end_year);
  if (year == y) return true;
  std::string_view first = date.substr(0, 4);
  return year == first || (year.size() == 5 && year.substr(0, 4) == first && year[4] == '?' &&
                           date.find('?') != std::string_view::npos);
}

// The end of a range "a/b" whose start parse_iso_date read: b's year, month
// and day, or Date::kOpenEnd for "a/" and "a/..".  An open start ("../b")
// and an end that is not a date leave the date without an end.
void parse_iso_end(std::string_view v, Date& d) {
  v = trim(v);
  std::size_t slash = v.find('/');
  if (slash == std::string_view::npos) return;
  std::string_view a = trim(v.substr(0, slash)), b = trim(v.substr(slash + 1));
  if (a.empty() || a == "..") return;
  if (b.empty() || b == "..") {
    d.end_year = Date::kOpenEnd;
    return;
  }
  Date e;
  bool exact = false;
  if (!parse_iso_date(b, e, exact) || e.year <= 0) return;
  d.end_year = e.year;
  d.end_month = e.month;
  d.end_day = e.day;
}

// A year before the common era as a year field writes it: "535 BCE",
// "535 BC", "535 B.C." (year_from_words) or biblatex's astronomical
// "-0534" (-534, as parse_iso_date reads a date); 0 otherwise.
int bce_year(std::string_view y) {
  y = trim(y);
  if (int words = year_from_words(y)) return words;
  if (y.size() < 2 || y.size() > 5 || y[0] != '-') return 0;
  int n = parse_uint(y.substr(1), 4);
  return n > 0 ? -n : 0;
}

// A year field that is a range of years, as BibTeX styles print one
// ("2001--2003", "2001–2003", "2001/2003", or "2001--" with no end): its
// end, or 0 when the value is not that.
int year_range_end(std::string_view y) {
  y = trim(y);
  if (y.size() < 5 || parse_uint(y.substr(0, 4), 4) < 0) return 0;
  std::string_view rest = y.substr(4);
  std::size_t n = 0;
  if (rest.substr(0, 2) == "--") n = 2;
  else if (rest.substr(0, 3) == "\u2013") n = 3;
  else if (rest[0] == '-' || rest[0] == '/') n = 1;
  if (n == 0) return 0;
  rest = trim(rest.substr(n));
  if (rest.empty()) return Date::kOpenEnd;
  int end = parse_uint(rest, 4);
  return rest.size() == 4 && end > 0 ? end : 0;
}

// Splits on any of the separators (a few ASCII bytes) outside braces, trims,
// drops empties: "{Behavior, Addictive}, Soil" is two keywords, as biblatex
// reads it.  (text.hpp's split_list does a string search per byte; this is
// per field.)
template <std::size_t N>
std::vector<std::string_view> split_on(std::string_view s, const char (&seps)[N]) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (i == 0 || s[i - 1] != '\\')) {
      if (s[i] == '{') ++depth;
      else if (s[i] == '}' && depth > 0) --depth;
    }
    bool sep = i == s.size();
    for (std::size_t k = 0; k + 1 < N && !sep && depth == 0; ++k) sep = s[i] == seps[k];
    if (!sep) continue;
    std::string_view piece = trim(s.substr(start, i - start));
    if (!piece.empty()) out.push_back(piece);
    start = i + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Field names the Record has a slot for.

struct SlotName {
  std::string_view name;  // lower case
  Slot slot;
};
// Sorted by first letter: slot_of looks only at the rows of that letter.
constexpr SlotName kSlotNames[] = {
    {"author", Slot::author},       {"address", Slot::address},   {"abstract", Slot::abstract},
    {"author_keywords", Slot::author_keywords}, {"art_number", Slot::article_number},
    {"article-number", Slot::article_number}, {"articleno", Slot::article_number},  // MDPI's, ACM's
    {"booktitle", Slot::booktitle}, {"cited-references", Slot::cited_references},
    {"city", Slot::location},  // Mendeley Reference Manager's place of publication
    {"doi", Slot::doi},             {"date", Slot::date},         {"day", Slot::day},
    {"editor", Slot::editor},       {"eid", Slot::article_number}, {"fjournal", Slot::fjournal},
    {"isbn", Slot::isbn},         {"issn", Slot::issn},         {"eissn", Slot::eissn},
    {"issue", Slot::issue},         {"institution", Slot::institution},
    {"journal", Slot::journal},     {"journaltitle", Slot::journal},
    {"journal-abbreviation", Slot::shortjournal},
    {"keywords", Slot::keywords},   {"language", Slot::language}, {"langid", Slot::langid},
    {"location", Slot::location},   {"month", Slot::month},       {"number", Slot::number},
    {"note", Slot::note},
    {"pages", Slot::pages},         {"publisher", Slot::publisher}, {"pmid", Slot::pmid},
    {"pmcid", Slot::pmcid},         {"pubmed_id", Slot::pmid},  // Scopus
    {"references", Slot::references}, {"school", Slot::institution}, {"shortjournal", Slot::shortjournal},
    {"title", Slot::title},         {"url", Slot::url},           {"unique-id", Slot::unique_id},
    {"volume", Slot::volume},
    {"year", Slot::year}};

// For each lower-case letter, the rows of kSlotNames that start with it.
struct SlotRange {
  std::uint8_t begin = 0, end = 0;
};
constexpr std::array<SlotRange, 26> make_slot_ranges() {
  std::array<SlotRange, 26> r{};
  for (std::size_t i = 0; i < std::size(kSlotNames); ++i) {
    SlotRange& x = r[static_cast<std::size_t>(kSlotNames[i].name[0] - 'a')];
    if (x.begin == x.end) x.begin = static_cast<std::uint8_t>(i);
    x.end = static_cast<std::uint8_t>(i + 1);
  }
  return r;
}
constexpr std::array<SlotRange, 26> kSlotRanges = make_slot_ranges();

// The slot of a field name, in any case (a lookup per field: no hashing, no
// allocation).
Slot slot_of(std::string_view name) {
  if (name.empty() || name.size() > 24) return Slot::none;
  char first = to_lower(name[0]);
  if (first < 'a' || first > 'z') return Slot::none;
  const SlotRange& range = kSlotRanges[static_cast<std::size_t>(first - 'a')];
  for (std::size_t i = range.begin; i < range.end; ++i) {
    std::string_view n = kSlotNames[i].name;
    if (n.size() != name.size()) continue;
    std::size_t k = 1;
    while (k < n.size() && to_lower(name[k]) == n[k]) ++k;
    if (k == n.size()) return kSlotNames[i].slot;
  }
  return Slot::none;
}

// Bytes that end a run of plain value text.
constexpr std::array<bool, 256> make_value_stops() {
  std::array<bool, 256> s{};
  for (unsigned char c : {'{', '}', '"', '\\', '\n'}) s[c] = true;
  return s;
}
constexpr std::array<bool, 256> kValueStop = make_value_stops();

// The first index from `i` of a byte that ends plain value text, or `n`.
// Values are mostly plain text (abstracts): sixteen bytes at a time.
inline std::size_t skip_plain_value(const char* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
  const __m128i open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'), quote = _mm_set1_epi8('"'),
                backslash = _mm_set1_epi8('\\'), newline = _mm_set1_epi8('\n');
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, open), _mm_cmpeq_epi8(v, close)),
                               _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                            _mm_cmpeq_epi8(v, newline)));
    if (int mask = _mm_movemask_epi8(hit)) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (i < n && !kValueStop[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

// A name of dots alone ("...", "\u2026", "{...}"): where a list was cut.
bool is_ellipsis_name(const Creator& c) {
  std::string_view parts[] = {c.literal, c.family, c.given, c.particle, c.suffix};
  bool dot = false;
  for (std::string_view p : parts)
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p[i] == '.') {
        dot = true;
      } else if (p.compare(i, 3, "\xE2\x80\xA6") == 0) {
        dot = true;
        i += 2;
      } else if (p[i] != ' ' && p[i] != '{' && p[i] != '}') {
        return false;
      }
    }
  return dot;
}

// The citation keys of a file, to warn about duplicates: open addressing in
// one small array of (hash tag, key index), so that a lookup is about one
// cache miss, not a chase through a bucket and a node per key as in an
// unordered_set.
class KeySet {
 public:
  // False when `key` (not empty) was there already.
  bool insert(std::string_view key) {
    if ((keys_.size() + 1) * 2 > cells_.size()) grow();
    std::uint64_t h = std::hash<std::string_view>{}(key);
    auto tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t mask = cells_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Cell& c = cells_[i];
      if (c.index == 0) {
        keys_.push_back({key, h});
        c = {tag, static_cast<std::uint32_t>(keys_.size())};
        return true;
      }
      if (c.tag == tag && keys_[c.index - 1].key == key) return false;
    }
  }

 private:
  struct Cell {
    std::uint32_t tag = 0;    // high bits of the hash
    std::uint32_t index = 0;  // 1 + index in keys_; 0: free
  };
  struct Key {
    std::string_view key;
    std::uint64_t hash;
  };
  std::vector<Cell> cells_;
  std::vector<Key> keys_;

  void grow() {
    cells_.assign(cells_.empty() ? 1024 : cells_.size() * 2, Cell{});
    std::size_t mask = cells_.size() - 1;
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      std::size_t i = keys_[k].hash & mask;
      while (cells_[i].index) i = (i + 1) & mask;
      cells_[i] = {static_cast<std::uint32_t>(keys_[k].hash >> 32), static_cast<std::uint32_t>(k + 1)};
    }
  }
};

// ---------------------------------------------------------------------------
// The parser.

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink, const BibtexOptions& options)
      : t_(text), diags_(diags), sink_(sink), options_(options) {
    macros_ = options.context ? &options.context->macros : &local_macros_;
    for (int m = 1; m <= 12; ++m) {
      std::string name(month_abbreviation(m));
      if (!macros_->count(name)) {
        std::string full(month_name(m));
        full[0] = to_upper(full[0]);
        macros_->emplace(name, full);
      }
    }
  }

  ParseStats run() {
    std::size_t p = 0;
    // A biblatex @set may come before or after its members, JabRef's groups
    // come after theirs: the entries are then emitted at the end, when the
    // sets and groups are known (as for crossref).
    deferring_ = has_set_or_groups();
    while (p < t_.size()) {
      const void* hit = std::memchr(t_.data() + p, '@', t_.size() - p);
      if (!hit) break;
      std::size_t at = static_cast<const char*>(hit) - t_.data();
      if (commented_out(at) && entry_opens_at(t_, at)) {
        commented_entry(at);
        p = at + 1;
        continue;
      }
      if (!entry_opens_at(t_, at)) {
        if (at_line_start(at) || glued_entry(at)) not_an_entry(at);
        p = at + 1;
        continue;
      }
      p = entry(at);
    }
    finish();
    return stats_;
  }

 private:
  std::string_view t_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  const BibtexOptions& options_;
  ParseStats stats_;
  std::unordered_map<std::string, std::string> local_macros_;
  std::unordered_map<std::string, std::string>* macros_;
  std::size_t p_ = 0;  // cursor inside the entry being read

  // Entries a crossref/xdata may name, by lower-case key (and alias).
  std::vector<Entry> kept_;
  std::unordered_map<std::string, std::size_t> kept_index_;
  // Once a crossref/xdata field has been seen, every entry is kept and
  // emitted at the end, when all targets of the file are known.
  bool deferring_ = false;
  std::size_t jstor_dois_ = 0;  // JSTOR entries whose key was read as their DOI (said at the first)
  bool braced_names_said_ = false;  // Web of Science's doubly braced editors, said once
  bool repeated_keywords_said_ = false;  // BASE's one keyword a `keywords` field, said once
  bool keyword_lines_said_ = false;      // EndNote's one keyword a line, said once
  bool page_count_said_ = false;         // HAL's "PAGES = {7p.}", a page total, said once

  // EndNote's Year holds what a source gave as the year, often the whole
  // date ("2023/02/01", "2025–08–12" with en dashes, "2021 Jun", "Mar 18,
  // 2021"): when the date read from it (parse_raw_date, dashes as '-') has
  // the year already read, a month and no words left, the record's date is
  // it, said; false otherwise (the field then stays in extra).
  bool year_holds_date(const std::string& y, const FieldRef& f, Date& issued) {
    std::string iso;
    for (std::size_t i = 0; i < y.size(); ++i) {
      // U+2013 and U+2014 between digits: '-'.
      if (i + 2 < y.size() && static_cast<unsigned char>(y[i]) == 0xE2 && static_cast<unsigned char>(y[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(y[i + 2]) == 0x93 || static_cast<unsigned char>(y[i + 2]) == 0x94) && i > 0 &&
          is_digit(y[i - 1]) && i + 3 < y.size() && is_digit(y[i + 3])) {
        iso += '-';
        i += 2;
      } else {
        iso += y[i];
      }
    }
    if (issued.end_year != 0) return false;
    Date d = parse_raw_date(iso);
    if (d.year != issued.year || d.month == 0 || !d.text.empty() || d.end_year != 0) return false;
    if (!date_parts_left_out(iso, d).empty()) return false;
    issued.month = d.month;
    issued.day = d.day;
    if (f.own)
      diags_.report(Severity::note, f.offset,
                    "year '" + y + "' is a date: read as " + std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") +
                        std::to_string(d.month) +
                        (d.day ? std::string("-") + (d.day < 10 ? "0" : "") + std::to_string(d.day) : std::string()) +
                        " (EndNote writes the Date a source gave in its Year)");
    return true;
  }

  // A keywords value of two lines or more, each line starting at its first
  // column and none ending with ',' (EndNote's one keyword a line).
  static bool keyword_lines(std::string_view list) {
    std::size_t breaks = 0;
    for (std::size_t i = list.find('\n'); i != std::string_view::npos; i = list.find('\n', i + 1)) {
      ++breaks;
      if (i + 1 >= list.size() || is_space(list[i + 1])) return false;
      std::size_t before = i;
      while (before > 0 && list[before - 1] == '\r') --before;
      if (before == 0 || list[before - 1] == ',') return false;
    }
    return breaks > 0;
  }
  std::vector<std::size_t> deferred_;
  // Entry types no row of kTypes names (biblatex's @customa, a tool's own):
  // read as documents, the type kept as entrytype, said once a type.
  struct UnknownType {
    std::string type;
    std::size_t count = 0;
    std::size_t at = 0;  // the first
  };
  std::vector<UnknownType> unknown_types_;
  // Semantic Scholar's entries typed by a Python list or @None (s2_type):
  // how many, the first, and the types read, said once a file (finish).
  struct S2Types {
    std::size_t lists = 0, nones = 0, at = std::string_view::npos;
    std::vector<std::string> read;  // "['Review'] -> article", each once
  } s2_;
  void s2_type(Entry& e) {
    bool journal = false;
    for (const Field& f : e.fields) journal = journal || (f.slot == Slot::journal && !trim(f.value()).empty());
    const std::string type = s2_bibtex_type(s2_type_list_words(e.s2_types), journal);
    std::string said = (e.s2_types.empty() ? std::string("None") : std::string(e.s2_types)) + " -> " + type;
    if (std::find(s2_.read.begin(), s2_.read.end(), said) == s2_.read.end()) s2_.read.push_back(std::move(said));
    ++(e.s2_types.empty() ? s2_.nones : s2_.lists);
    if (s2_.at == std::string_view::npos) s2_.at = e.start;
    e.type = type;
  }
  void say_s2_types() {
    if (s2_.at == std::string_view::npos) return;
    std::string read;
    for (const std::string& r : s2_.read) read += (read.empty() ? "" : "; ") + r;
    const std::size_t n = s2_.lists + s2_.nones;
    diags_.report(Severity::note, s2_.at,
                  "Semantic Scholar's entry types (" + std::to_string(n) + (n > 1 ? " entries" : " entry") + ": " +
                      (s2_.lists ? "its publication types written as a Python list" : "") +
                      (s2_.lists && s2_.nones ? ", " : "") + (s2_.nones ? "@None for no type" : "") +
                      ") read by the types and the fields: " + read +
                      (s2_.lists ? "; the list kept as the extra field 'publicationTypes'" : ""));
  }
  // JabRef's metadata comments ("jabref-meta: KEY:VALUE"): the groups become
  // collections (read_jabref_groups), the rest is said (say_jabref_meta).
  struct JabrefMeta {
    std::string key, value;
    std::size_t at = 0;
  };
  std::vector<JabrefMeta> jabref_meta_;
  // The collections (paths, '\n'-separated) of JabRef's static groups each
  // entry is in, by its lower-case key.
  std::unordered_map<std::string, std::vector<std::string>> jabref_paths_;
  static bool known_entry_type(std::string_view t) {
    for (const TypeMapping& m : kTypes)
      if (m.bibtex == t) return true;
    return false;
  }
  // biblatex @set entries: the sets each member is in (by the member's
  // lower-case key), the first member taking the set's key as its alias.
  struct SetMembership {
    std::size_t set = 0;  // index in kept_
    bool first = false;
    std::string note;     // the set's annotation, for the first member
  };
  std::unordered_map<std::string, std::vector<SetMembership>> set_members_;
  // Each set's members found in the file (indexes in kept_), in its
  // entryset's order: they are emitted in that order (emit_deferred), so
  // that the set's collection holds them in it and the biblatex export
  // writes the set's entryset back as it was.
  std::vector<std::vector<std::size_t>> set_order_;
  // The @xdata entries an entry's xdata named (indexes in kept_).
  mutable std::unordered_set<std::size_t> used_xdata_;
  KeySet seen_keys_;
  // Keys the library cannot keep: how many, the first and where.
  UnsafeKeys unsafe_keys_;
  CitedDrops cited_drops_;  // what the cited-reference parser left out, said once a file
  // "year={NA}": R's missing value (bibliometrix, revtools write it): the
  // field names in the order first met, where the first was, how many values.
  std::vector<std::string> na_fields_;
  std::size_t na_values_ = 0, na_at_ = 0;
  std::size_t contacts_in_url_ = 0;  // url values that are e-mail addresses or ORCID iDs
  // EBSCO's placeholders for a value it lacks ("number = "null"", "pages =
  // "833-null"", "N.PAG"): how many, the first as written and where.
  std::size_t ebsco_placeholders_ = 0, ebsco_placeholder_at_ = 0;
  std::string ebsco_placeholder_first_;
  // Entries whose empty fields their `source` filled: how many, the first.
  std::size_t sources_read_ = 0, source_read_at_ = 0;
  std::size_t pop_labelled_ = 0;  // Publish or Perish's entries labelled by their engine
  std::size_t acm_labelled_ = 0;  // the ACM Digital Library's entries labelled so
  std::size_t cochrane_labelled_ = 0;  // the Cochrane Library's entries labelled so
  bool pop_scanned_ = false;
  std::string pop_engine_;  // the engine the file's PoP entries link (pop_file_engine)
  std::size_t cut_lists_ = 0, cut_list_at_ = 0;  // name lists ending in "..." (Google Scholar's cut): count, first
  // Issues holding PubMed's labelled ISSNs: how many, the first and where.
  std::size_t issns_in_issue_ = 0, issn_in_issue_at_ = 0;
  std::string issn_in_issue_;
  // Macros no @string of the file (or of the files before it in the
  // command) defines, in the order first used: how many uses, the first where.
  std::vector<std::pair<std::string, std::size_t>> undefined_macros_;
  std::size_t undefined_uses_ = 0, undefined_at_ = 0;
  static constexpr std::size_t kUndefinedSaidAtPlace = 5;

  void undefined_macro(std::string_view name, std::size_t at) {
    if (undefined_uses_++ == 0) undefined_at_ = at;
    auto it = std::find_if(undefined_macros_.begin(), undefined_macros_.end(),
                           [&](const auto& m) { return m.first == name; });
    if (it != undefined_macros_.end()) {
      ++it->second;
      return;
    }
    undefined_macros_.emplace_back(std::string(name), 1);
    if (undefined_macros_.size() <= kUndefinedSaidAtPlace)
      diags_.warning(at, "undefined macro '" + std::string(name) + "' (kept as its name)");
  }

  // The uses not said where they stand, in one line: the names most used
  // first, with their counts.
  void say_undefined_macros() {
    if (undefined_uses_ <= std::min(undefined_macros_.size(), kUndefinedSaidAtPlace)) return;
    std::vector<std::pair<std::string, std::size_t>> by_use = undefined_macros_;
    std::stable_sort(by_use.begin(), by_use.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string names;
    for (std::size_t i = 0; i < by_use.size() && i < 10; ++i)
      names += (i ? ", '" : "'") + by_use[i].first + "' (" + std::to_string(by_use[i].second) + ")";
    if (by_use.size() > 10) names += " and " + std::to_string(by_use.size() - 10) + " more";
    diags_.warning(undefined_at_, "undefined @string macros: " + std::to_string(by_use.size()) +
                                      (by_use.size() > 1 ? " names" : " name") + " in " +
                                      std::to_string(undefined_uses_) + " uses, each kept as its name: " + names +
                                      "; the file that defines them (a library's abbreviations or names .bib), "
                                      "imported in the same command before this one, gives their values");
  }

  // Crossref parents not in this import yet (another file of the library,
  // imported later or never), in the order first named: the entries naming
  // them, the first where.
  std::vector<std::string> absent_parents_;
  std::size_t absent_parent_entries_ = 0, absent_parent_at_ = 0;

  void absent_parent(std::string_view key, std::size_t at) {
    if (absent_parent_entries_++ == 0) {
      absent_parent_at_ = at;
      diags_.report(Severity::note, at,
                    "crossref parent '" + std::string(key) +
                        "' not in this import yet: the entry takes its fields when the parent arrives");
    }
    if (std::find(absent_parents_.begin(), absent_parents_.end(), key) == absent_parents_.end())
      absent_parents_.emplace_back(key);
  }

  void say_absent_parents() {
    if (absent_parent_entries_ < 2) return;
    std::string names;
    for (std::size_t i = 0; i < absent_parents_.size() && i < 5; ++i) names += (i ? ", '" : "'") + absent_parents_[i] + "'";
    if (absent_parents_.size() > 5) names += " and " + std::to_string(absent_parents_.size() - 5) + " more";
    const std::size_t more = absent_parent_entries_ - 1;
    diags_.report(Severity::note, absent_parent_at_,
                  std::to_string(more) + (more > 1 ? " more entries name" : " more entry names") +
                      " crossref parents not in this import yet (" + std::to_string(absent_parents_.size()) +
                      (absent_parents_.size() > 1 ? " parents in all: " : " parent in all: ") + names +
                      "): each takes its parent's fields when the parent arrives");
  }

  // Fields repeated in an entry, by name as first written: where the first
  // was said, in which entry, and in how many entries after it.
  struct RepeatedField {
    std::string name, first_entry;
    std::size_t at = 0, more = 0;
  };
  std::vector<RepeatedField> repeated_fields_;
  std::string last_repeat_entry_;  // an entry repeating one field twice counts once

  void repeated_field(std::string_view name, std::string_view entry, std::size_t at) {
    auto it = std::find_if(repeated_fields_.begin(), repeated_fields_.end(),
                           [&](const RepeatedField& r) { return iequals(r.name, name); });
    if (it == repeated_fields_.end()) {
      diags_.warning(at, "duplicate field '" + std::string(name) + "' in entry '" + std::string(entry) +
                             "' (the first is used, this one kept as an extra field)");
      repeated_fields_.push_back({std::string(name), std::string(entry), at, 0});
    } else if (it->first_entry != entry && last_repeat_entry_ != std::string(name) + '\n' + std::string(entry)) {
      ++it->more;
    }
    last_repeat_entry_ = std::string(name) + '\n' + std::string(entry);
  }

  // Fields switched off by hand ("@url", "\\volume"): the first and how many.
  std::string off_field_;
  std::size_t off_fields_ = 0, off_field_at_ = 0;
  // Values Mendeley escaped twice ("$\\backslash$n"): how many, the first.
  std::size_t escaped_breaks_ = 0, escaped_break_at_ = 0;
  // Values holding HTML character references ("&#38;"): how many, the first.
  std::size_t html_references_ = 0, html_reference_at_ = 0;
  // LaTeX commands the decoder does not know, by name: the first (where, in
  // which field, with an argument kept or not) and in how many values.
  struct UnknownCommand {
    std::size_t at = 0, values = 0;
    std::string field, example;
    bool argument_kept = false;
  };
  std::map<std::string, UnknownCommand> unknown_commands_;
  std::vector<std::string> preambles_;  // the file's @preamble texts so far, in order
  LatexMacros preamble_macros_;          // the macros they define
  // Macros of the @preamble the entries use (read expanded): names, the first use.
  std::vector<std::string> expanded_macros_;
  std::size_t expanded_macro_at_ = 0;
  // Line counting for provenance: entries come in order, so count forward.
  PositionCounter positions_{t_};

  // --- lexing -------------------------------------------------------------

  [[noreturn]] void fail(std::size_t offset, std::string message) { throw ParseError{offset, std::move(message)}; }

  void skip_ws() {
    while (p_ < t_.size()) {
      char c = t_[p_];
      if (is_space(c)) ++p_;
      else if (c == '%') {
        while (p_ < t_.size() && t_[p_] != '\n') ++p_;
      } else break;
    }
  }

  std::string_view ident() {
    std::size_t s = p_;
    while (p_ < t_.size() && is_ident_char(t_[p_])) ++p_;
    return t_.substr(s, p_ - s);
  }

  // The '@' at `at` is the first thing on its line (after blanks).
  bool at_line_start(std::size_t at) const {
    std::size_t b = at;
    while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
    return b == 0 || t_[b - 1] == '\n';
  }
  // The '@' at `at` follows a '%' that begins its line (after blanks):
  // "%@ARTICLE{key," is an entry commented out line by line.  Inside an
  // entry '%' comments to the end of the line (skip_ws), so before one too.
  bool commented_out(std::size_t at) const {
    std::size_t b = at;
    while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
    if (b == 0 || t_[b - 1] != '%') return false;
    while (b > 0 && t_[b - 1] == '%') --b;
    return at_line_start(b);
  }
  void commented_entry(std::size_t at) {
    std::size_t eol = t_.find('\n', at);
    std::string_view line = utf8_prefix(t_.substr(at, eol == std::string_view::npos ? t_.size() - at : eol - at), 40);
    diags_.warning(at, "'" + std::string(trim(line)) + "' is commented out with '%': skipped, as its other '%' lines");
  }

  // A '@' at a line start (after optional blanks) that opens an entry.
  bool entry_at_line_start(std::size_t at) const { return at_line_start(at) && entry_opens_at(t_, at); }

  // "x@article{": an entry opener glued to a word (not an e-mail address).
  bool glued_entry(std::size_t at) const {
    std::size_t i = at + 1;
    while (i < t_.size() && is_alpha(t_[i])) ++i;
    return i > at + 1 && i < t_.size() && (t_[i] == '{' || t_[i] == '(');
  }

  // A line starting with '@' that opens no entry ("@article" with no '{',
  // "@ article{"): BibTeX would skip it as comment text; say so, since it is
  // most likely an entry that is lost.
  void not_an_entry(std::size_t at) {
    std::size_t eol = t_.find('\n', at);
    std::string_view line = utf8_prefix(t_.substr(at, eol == std::string_view::npos ? t_.size() - at : eol - at), 40);
    diags_.warning(at, "'" + std::string(trim(line)) + "' does not open an entry (" +
                           (at_line_start(at) ? "'@type{' or '@type('" : "the '@' is glued to a word") +
                           "): skipped as comment text");
  }

  // Where to go on after a malformed entry that opened at `at`.
  std::size_t resume_after(std::size_t at) const {
    std::size_t q = at + 1;
    std::size_t first_any = std::string_view::npos;
    while (true) {
      std::size_t a = t_.find('@', q);
      if (a == std::string_view::npos) break;
      if (entry_at_line_start(a)) return a;
      if (first_any == std::string_view::npos && entry_opens_at(t_, a)) first_any = a;
      q = a + 1;
    }
    return first_any == std::string_view::npos ? t_.size() : first_any;
  }

  // Inside a value: a line that starts with "@type{" means the value was
  // never closed; BibTeX would swallow the next entries, we report it.
  bool runaway_at(std::size_t nl) const {
    std::size_t a = nl + 1;
    while (a < t_.size() && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    return a < t_.size() && t_[a] == '@' && entry_opens_at(t_, a);
  }

  // One part of a value, appended to `parts`.
  // Web of Science wraps its lines inside an escape: "\end\{document\" then
  // "   } 3.5 language model" (milensys/genai_authorship savedrecs.bib).  A
  // '\' that ends a line, and a '}' that starts the next with text after it
  // on its line, are one "\}": where that '}' is (the line break between
  // them recorded in wrapped_, for rejoined), else npos.
  std::size_t wrapped_escape(std::size_t backslash, char delim, int depth) {
    std::size_t q = backslash + 2;
    while (q < t_.size() && (t_[q] == ' ' || t_[q] == '\t')) ++q;
    if (delim != '{' || depth != 0 || q >= t_.size() || t_[q] != '}' || !stray_close(q)) return std::string_view::npos;
    wrapped_.emplace_back(backslash + 1, q);
    return q;
  }
  // `part` (value_part's last) without the line breaks wrapped_escape found.
  std::string rejoined(std::string_view part) const {
    const std::size_t base = static_cast<std::size_t>(part.data() - t_.data());
    std::string out;
    std::size_t from = 0;
    for (auto [cut, end] : wrapped_) {
      out.append(part.substr(from, cut - base - from));
      from = end - base;
    }
    out.append(part.substr(from));
    return out;
  }

  // After the '{' at `open`: R's character vector filling the whole braced
  // value, 'c(' then strings in double quotes (R's escapes: \" and \\) or
  // NA, separated by commas, then ')' before the closing '}' (white space
  // between them, line breaks too).  Where that '}' is; else npos.
  std::size_t r_vector_end(std::size_t open) const {
    constexpr auto npos = std::string_view::npos;
    std::size_t q = open + 1;
    auto blanks = [&] {
      while (q < t_.size() && is_space(t_[q])) ++q;
    };
    blanks();
    if (t_.compare(q, 3, "c(\"") != 0) return npos;
    q += 2;
    blanks();
    while (q < t_.size()) {
      if (t_[q] == '"') {
        for (++q; q < t_.size() && t_[q] != '"'; ++q) {
          if (t_[q] == '\n') return npos;  // R writes a line break in a string as \n
          if (t_[q] == '\\') ++q;
        }
        if (q >= t_.size()) return npos;
        ++q;
      } else if (t_.compare(q, 2, "NA") == 0) {
        q += 2;
      } else {
        return npos;
      }
      blanks();
      if (q < t_.size() && t_[q] == ',') {
        ++q;
        blanks();
        continue;
      }
      if (q >= t_.size() || t_[q] != ')') return npos;
      ++q;
      blanks();
      return q < t_.size() && t_[q] == '}' ? q : npos;
    }
    return npos;
  }

  std::string_view value_part(std::string_view field) {
    wrapped_.clear();
    if (p_ >= t_.size()) fail(p_, "expected a value for field '" + std::string(field) + "', found the end of the text");
    char c = t_[p_];
    if (c == '{') {
      // R's character vector c("Abel, S", "{Buckingham Shum}, Simon", "{...")
      // (an R package's BibTeX of a data frame's list column): delimited by
      // its quotes, a brace inside a string (Google Scholar's cut "{...")
      // being the string's, not the value's.
      if (std::size_t end = r_vector_end(p_); end != std::string_view::npos) {
        r_vector_ = t_.substr(p_ + 1, end - p_ - 1);
        p_ = end + 1;
        return r_vector_;
      }
    }
    if (c == '{' || c == '"') {
      std::size_t open = p_;
      int depth = 0;
      ++p_;
      std::size_t s = p_;
      while (p_ < t_.size()) {
        p_ = skip_plain_value(t_.data(), p_, t_.size());
        if (p_ >= t_.size()) break;
        char d = t_[p_];
        if (d == '{') ++depth;
        else if (d == '}') {
          if (depth == 0) {
            if (c == '{' && !stray_close(p_)) {
              if (std::size_t z = line_close(p_); z != std::string_view::npos) {
                diags_.warning(p_, "unbalanced '}' in the value of field '" + std::string(field) +
                                       "': text that opens no field follows it on its line, which ends with '},': "
                                       "the value read to there");
                p_ = z;
              } else if (std::size_t z = closed_entry_early(open, p_); z != std::string_view::npos) {
                diags_.warning(p_, "unbalanced '}' in the value of field '" + std::string(field) +
                                       "' would close the entry, but the entry goes on (text after it on its line, "
                                       "then a field): the value read to the last '}' before the next field, its "
                                       "unbalanced braces dropped");
                p_ = z;
                unbalanced_value_ = true;
              }
              break;
            }
            if (c != '{') fail(p_, "unbalanced '}' in the value of field '" + std::string(field) + "'");
            // Web of Science wraps its lines inside an escape ("\end\{document\"
            // then "   } 3.5 language model", milensys/genai_authorship
            // savedrecs.bib): text goes on after a '}' that would end the
            // value, so that '}' is the value's own; read on, said.
            diags_.warning(p_, "unbalanced '}' in the value of field '" + std::string(field) +
                                   "': text follows it on its line, so it is part of the value (read on to the '}' "
                                   "that ends it)");
          } else {
            --depth;
          }
        } else if (d == '"' && c == '"' && depth == 0) {
          // NBER: '"' unescaped inside a "..." title ("... of the "Sharing
          // Economy"",): a quote followed by text ends no value; the value
          // runs to the '"' that ends the line before its ',' or '}'.
          if (!ends_quoted_value(p_)) {
            std::size_t last = line_final_quote(p_);
            if (last != std::string_view::npos) {
              diags_.warning(p_, "'\"' inside the \"...\" value of field '" + std::string(field) +
                                     "' (read to the '\"' that ends the line)");
              p_ = last;
            }
          }
          break;
        } else if (d == '\\' && p_ + 1 < t_.size()) {
          // The byte after a backslash is never a delimiter: "\{" and "\}"
          // are literal braces (BibTeX counts them, but Web of Science writes
          // an unbalanced "\{" and means a brace), "\"" is a quote.
          if (t_[p_ + 1] != '\n') ++p_;
          else if (std::size_t q = wrapped_escape(p_, c, depth); q != std::string_view::npos) p_ = q;
        } else if (d == '\n' && runaway_at(p_)) {
          p_ = one_line_close(open, field, p_);
          break;
        }
        ++p_;
      }
      if (p_ >= t_.size()) p_ = one_line_close(open, field, t_.size());
      // The value took the entry's own closing '}' (a new entry, or the end
      // of the text, follows): an unbalanced '{' in the value, which ends
      // before.  (At the end of the text too: one '{' left open in the last
      // entry was "unterminated entry", the entry rejected, where two were
      // read to their line; user68's finding 12.)
      if (c == '{' && !value_cut_ && p_ < t_.size() && t_[p_] == '}') {
        std::size_t a = p_ + 1;
        while (a < t_.size() && is_space(t_[a])) ++a;
        // Its own: the value's first line ends with a '}' before it, or it
        // stands alone on its line as an entry's closing '}' does.
        std::size_t b = p_;
        while (b > open && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
        if ((a >= t_.size() || (t_[a] == '@' && entry_opens_at(t_, a))) &&
            (first_line_close(open) < p_ || t_[b - 1] == '\n'))
          p_ = one_line_close(open, field, a);
      }
      std::string_view v = t_.substr(s, p_ - s);
      // Cut short of a delimiter (one_line_close): what follows is read_entry's.
      if (!value_cut_) ++p_;
      value_cut_ = false;
      return v;
    }
    if (is_digit(c)) {
      std::size_t s = p_;
      while (p_ < t_.size() && is_digit(t_[p_])) ++p_;
      return t_.substr(s, p_ - s);
    }
    if (is_ident_char(c)) {
      std::size_t s = p_;
      std::string_view name = ident();
      std::string lower = lower_key(name);
      auto it = macros_->find(lower);
      if (it == macros_->end() && rejected_macros_.count(lower))
        fail(s, "macro '" + std::string(name) + "' was rejected where it was defined: so is this use");
      if (it != macros_->end()) count_expansion(it->second, s);
      if (it == macros_->end()) {
        undefined_macro(name, s);
        last_part_undefined_ = true;
        return name;
      }
      return it->second;
    }
    fail(p_, "expected a value for field '" + std::string(field) + "'");
  }

  // A {...} value that never closes before `stop` (the next entry's line or
  // the end of the text).  Scopus writes one field a line: a value opened on
  // a line that ends with "}," (an OCR'd '{' for a '(' in an abstract,
  // "{Austropotamobius pallipes)") ends there.  Otherwise the value ends at
  // the line before the first line of the entry that opens a field ("Year =
  // {...}") when that line ends with the value's delimiter, and the fields
  // after it are read; failing that, the value and the entry end at the
  // entry's last delimiter before `stop`.  Each said as a warning where the
  // value opens; with no delimiter at all, the runaway error.
  std::size_t one_line_close(std::size_t open, std::string_view field, std::size_t stop) {
    const std::string what = "unbalanced '" + std::string(1, t_[open]) + "' in the value of field '" + std::string(field) + "'";
    std::size_t close = first_line_close(open);
    if (close != std::string_view::npos) {
      diags_.warning(open, what + ": it ends with its line");
      return close;
    }
    const char delim = t_[open] == '{' ? '}' : '"';
    // The lines of the entry that open a field: the first after a line that
    // ends with the value's delimiter, else the first.
    std::size_t cut = std::string_view::npos, field_at = 0;
    for (std::size_t nl = t_.find('\n', open); nl != std::string_view::npos && nl < stop; nl = t_.find('\n', nl + 1)) {
      std::size_t q = nl + 1;
      while (q < stop && (t_[q] == ' ' || t_[q] == '\t')) ++q;
      if (q >= stop || !field_opens_at(q)) continue;
      std::size_t e = line_end_before(nl, open);
      if (e > open + 1 && t_[e - 1] == delim) {
        cut = e - 1, field_at = q;
        break;
      }
      if (cut == std::string_view::npos && e > open) cut = e, field_at = q;
    }
    if (cut != std::string_view::npos) {
      diags_.warning(open, what + ": it runs past the line before field '" +
                               std::string(t_.substr(field_at, t_.find_first_of(" \t=", field_at) - field_at)) + "' (line " +
                               std::to_string(diags_.line_of(field_at)) + "), where it is cut");
      value_cut_ = t_[cut] != delim;
      return cut;
    }
    std::size_t last = t_.find_last_of(entry_close_, stop == 0 ? 0 : stop - 1);
    if (last == std::string_view::npos || last <= open) break_runaway(open, field);
    diags_.warning(open, what + ": it runs to " +
                             (stop < t_.size() ? "the next entry (line " + std::to_string(diags_.line_of(stop + 1)) + ")"
                                               : std::string("the end of the text")) +
                             "; the value and its entry end at the entry's last '" + std::string(1, entry_close_) +
                             "' (line " + std::to_string(diags_.line_of(last)) + ")");
    value_cut_ = true;
    return last;
  }
  // Where the line that ends at the newline `nl` ends, before blanks and one ','.
  std::size_t line_end_before(std::size_t nl, std::size_t floor) const {
    std::size_t e = nl;
    while (e > floor && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\r')) --e;
    if (e > floor && t_[e - 1] == ',') --e;
    while (e > floor && (t_[e - 1] == ' ' || t_[e - 1] == '\t')) --e;
    return e;
  }
  // The '}' at q would end a {...} value, but it starts a continuation line
  // (a line wrapped inside the value), text follows it that is not what may
  // follow a value (',', the entry's end, '#', a comment), and the text after
  // it closes as a value does: at a '}' after text on its line that ends the
  // line (before a ','), with braces balanced, before any line that opens a
  // field, closes the entry or starts one.  ("{Title} junk here," stays an
  // error, not a longer title.)
  bool stray_close(std::size_t q) const {
    std::size_t b = q;
    while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
    if (b == q || b == 0 || t_[b - 1] != '\n') return false;
    std::size_t a = q + 1;
    while (a < t_.size() && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    if (a >= t_.size() || std::strchr(",})#%\r\n@", t_[a]) != nullptr || field_opens_at(a)) return false;
    int depth = 0;
    for (std::size_t i = a; i < t_.size(); ++i) {
      char d = t_[i];
      if (d == '\\' && i + 1 < t_.size() && t_[i + 1] != '\n') {
        ++i;
      } else if (d == '{') {
        ++depth;
      } else if (d == '}' && depth > 0) {
        --depth;
      } else if (d == '}') {
        std::size_t b = i, e = i + 1;
        while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
        while (e < t_.size() && (t_[e] == ' ' || t_[e] == '\t' || t_[e] == '\r')) ++e;
        if (e < t_.size() && t_[e] == ',') ++e;
        while (e < t_.size() && (t_[e] == ' ' || t_[e] == '\t' || t_[e] == '\r')) ++e;
        return b > 0 && t_[b - 1] != '\n' && (e >= t_.size() || t_[e] == '\n');
      } else if (d == '\n') {
        std::size_t n = i + 1;
        while (n < t_.size() && (t_[n] == ' ' || t_[n] == '\t')) ++n;
        if (n >= t_.size() || t_[n] == '}' || t_[n] == ')' || t_[n] == '@' || field_opens_at(n)) return false;
      }
    }
    return false;
  }

  // The '}' at q would end a {...} value in the middle of its line, but ", "
  // and text that opens no field follow it, and the line ends with "}," before
  // a line that opens a field or closes the entry: web text pasted into a
  // field, its braces unbalanced (CoLRev's EBSCO test file: 'Keywords = {...,
  // @type:Person}, @type:Person}, ..., author:{name:Nowag, ..., 0},').  Where
  // that last '}' is, else npos.
  std::size_t line_close(std::size_t q) const {
    std::size_t b = q;
    while (b > 0 && (t_[b - 1] == ' ' || t_[b - 1] == '\t')) --b;
    if (b == 0 || t_[b - 1] == '\n') return std::string_view::npos;
    std::size_t a = q + 1;
    while (a < t_.size() && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    if (a >= t_.size() || t_[a] != ',') return std::string_view::npos;
    ++a;
    while (a < t_.size() && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    if (a >= t_.size() || std::strchr("\r\n}),", t_[a]) != nullptr || field_opens_at(a) || entry_opens_at(t_, a))
      return std::string_view::npos;
    const std::size_t eol = std::min(t_.find('\n', a), t_.size());
    std::size_t z = eol;
    while (z > a && (t_[z - 1] == ' ' || t_[z - 1] == '\t' || t_[z - 1] == '\r')) --z;
    if (z < a + 2 || t_[z - 1] != ',' || t_[z - 2] != '}') return std::string_view::npos;
    std::size_t n = eol + 1;
    while (n < t_.size() && (t_[n] == ' ' || t_[n] == '\t' || t_[n] == '\r' || t_[n] == '\n')) ++n;
    if (n < t_.size() && t_[n] != '}' && t_[n] != ')' && !field_opens_at(n)) return std::string_view::npos;
    return z - 2;
  }

  // The '}' at q ends the {...} value opened at `open` on its line, and the
  // '}' after it would close the entry, but text follows them on the line,
  // which ends with '}' (before a ','), and the next line opens a field or
  // closes the entry: braces an R package unbalanced in a title
  // (RefManageR's "Title = {CRC SIT}} Smart Learning Design ...},", 66
  // entries of sjgknight's cites.bib, whose year and the rest were lost with
  // the entry closed there); or the '}'s after the value end their line
  // before a ',' and the next line opens a field ("Title = {HELEN ABADZI}},",
  // "Type = {BOOK}},": the fields after it were lost).  Where the value's last
  // '}' is, else npos.
  std::size_t closed_entry_early(std::size_t open, std::size_t q) const {
    constexpr auto npos = std::string_view::npos;
    if (t_[open] != '{' || entry_close_ != '}' || q + 1 >= t_.size() || t_[q + 1] != '}') return npos;
    if (t_.substr(open, q - open).find('\n') != npos) return npos;
    std::size_t a = q + 1;
    while (a < t_.size() && t_[a] == '}') ++a;
    const std::size_t run = a - 1;  // the last '}' of those after the value
    while (a < t_.size() && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    auto next_line_goes_on = [&](std::size_t eol) {
      std::size_t n = eol + 1;
      while (n < t_.size() && is_space(t_[n])) ++n;
      return n >= t_.size() || t_[n] == '}' || field_opens_at(n);
    };
    // "Title = {HELEN ABADZI}}," then a field's line (RefManageR's
    // "Type = {BOOK}},"): the entry goes on; the '}' is the value's text.
    if (a < t_.size() && t_[a] == ',') {
      std::size_t e = a + 1;
      while (e < t_.size() && (t_[e] == ' ' || t_[e] == '\t' || t_[e] == '\r')) ++e;
      if (e >= t_.size() || t_[e] != '\n') return npos;
      std::size_t n = e + 1;
      while (n < t_.size() && is_space(t_[n])) ++n;
      return n < t_.size() && field_opens_at(n) ? run : npos;
    }
    if (a >= t_.size() || std::strchr("\r\n%@", t_[a]) != nullptr) return npos;
    const std::size_t eol = std::min(t_.find('\n', a), t_.size());
    std::size_t z = eol;
    while (z > a && (t_[z - 1] == ' ' || t_[z - 1] == '\t' || t_[z - 1] == '\r')) --z;
    if (z > a && t_[z - 1] == ',') --z;
    if (z <= a || t_[z - 1] != '}') return npos;
    return next_line_goes_on(eol) ? z - 1 : npos;
  }

  // The '}' that ends the line a {...} value opened on (before its ','), or npos.
  std::size_t first_line_close(std::size_t open) const {
    std::size_t e = t_.find('\n', open);
    if (t_[open] != '{' || e == std::string_view::npos) return std::string_view::npos;
    while (e > open && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\r')) --e;
    if (e > open && t_[e - 1] == ',') --e;
    return e > open + 1 && t_[e - 1] == '}' ? e - 1 : std::string_view::npos;
  }

  // After the '"' at q: what may follow the end of a "..." value.
  bool ends_quoted_value(std::size_t q) const {
    std::size_t a = q + 1;
    while (a < t_.size() && (t_[a] == ' ' || t_[a] == '\t')) ++a;
    return a >= t_.size() || std::strchr(",})#\r\n%", t_[a]) != nullptr;
  }
  // The '"' after q that ends its line (before an optional ',', '}' or ')'),
  // or npos.
  std::size_t line_final_quote(std::size_t q) const {
    std::size_t e = t_.find('\n', q);
    if (e == std::string_view::npos) e = t_.size();
    while (e > q && (t_[e - 1] == ' ' || t_[e - 1] == '\t' || t_[e - 1] == '\r')) --e;
    if (e > q && (t_[e - 1] == ',' || t_[e - 1] == '}' || t_[e - 1] == ')')) --e;
    while (e > q && (t_[e - 1] == ' ' || t_[e - 1] == '\t')) --e;
    return e > q + 1 && t_[e - 1] == '"' ? e - 1 : std::string_view::npos;
  }

  [[noreturn]] void break_runaway(std::size_t open, std::string_view field) {
    fail(open, std::string("unterminated ") + (t_[open] == '{' ? "'{'" : "'\"'") + " in the value of field '" +
                   std::string(field) + "'");
  }

  // Macro expansion is bounded: "@string{m1 = m0 # m0}" ... doubles at each
  // definition (1 KB of input made 6 GB).  Macros are stored expanded, so
  // there is no depth to bound, only sizes: a value built by macros and '#'
  // stays under kMaxBuiltValue, and all the macro text copied into the values
  // of one file under kMaxExpansion plus the file's size.  A definition that
  // would exceed them is rejected, and so is every use of it.
  static constexpr std::size_t kMaxBuiltValue = std::size_t(1) << 20;
  static constexpr std::size_t kMaxExpansion = std::size_t(64) << 20;
  std::size_t expanded_ = 0;
  bool last_part_undefined_ = false;  // value_part read a macro name no @string defined
  char entry_close_ = '}';            // the delimiter that closes the entry being read
  bool value_cut_ = false;            // one_line_close ended the value short of a delimiter
  std::string_view r_vector_;         // the last value_part read as R's c("...", ...) (r_vector_end)
  bool unbalanced_value_ = false;     // closed_entry_early read the last value_part: its braces to balance
  // Fields whose value was R's character vector: how many, the first, where.
  std::size_t r_vectors_ = 0, r_vector_at_ = 0, r_vector_braces_ = 0;
  std::string r_vector_first_;
  std::vector<std::pair<std::size_t, std::size_t>> wrapped_;  // line breaks inside a "\}" value_part read
  std::unordered_set<std::string> rejected_macros_;  // @string definitions rejected

  void append_part(Field& f, std::string_view part, std::size_t at) {
    if (f.owned.size() + part.size() > kMaxBuiltValue)
      fail(at, "the value of '" + std::string(f.name) + "' would exceed " + std::to_string(kMaxBuiltValue >> 20) +
                   " MiB through @string macros and '#' (not expanded)");
    f.owned.append(part);
  }

  // A macro's value is copied into a field: counted against the file's budget.
  void count_expansion(std::string_view value, std::size_t at) {
    expanded_ += value.size();
    if (expanded_ > kMaxExpansion + t_.size())
      fail(at, "@string macros expand to more than " + std::to_string((kMaxExpansion + t_.size()) >> 20) +
                   " MiB in this file (not expanded)");
  }

  // value := part ('#' part)*
  void value(Field& f) {
    last_part_undefined_ = false;
    std::string_view first = value_part(f.name);
    if (!wrapped_.empty()) {
      diags_.warning(wrapped_.front().first - 1, "'\\' ends a line and '}' starts the next in the value of field '" +
                                                     std::string(f.name) +
                                                     "': an escaped '\\}' wrapped in two (Web of Science), read as one");
      f.owned = rejoined(first);
      f.is_owned = true;
      first = f.owned;
    }
    skip_ws();
    if (p_ >= t_.size() || t_[p_] != '#') {
      f.undefined_macro = last_part_undefined_;
      f.view = first;
      // A macro's value lives in the macro table, which later @string may
      // change: own it.
      if (!f.is_owned && !(first.data() >= t_.data() && first.data() <= t_.data() + t_.size())) {
        f.owned = std::string(first);
        f.is_owned = true;
      }
      return;
    }
    if (!f.is_owned) f.owned = std::string(first);
    f.is_owned = true;
    // An undefined macro stays its name, apart from what '#' joins it to:
    // "Chase #and# Ormsbee" (names of another file's @strings) is two names,
    // not "ChaseandOrmsbee".
    bool undefined_before = last_part_undefined_;
    while (p_ < t_.size() && t_[p_] == '#') {
      ++p_;
      skip_ws();
      std::size_t at = p_;
      last_part_undefined_ = false;
      std::string_view part = value_part(f.name);
      if ((undefined_before || last_part_undefined_) && !f.owned.empty() && !part.empty() &&
          !is_space(f.owned.back()) && !is_space(part.front()))
        append_part(f, " ", at);
      append_part(f, part, at);
      undefined_before = last_part_undefined_;
      skip_ws();
    }
  }

  // Where a bare number's value of `f` read up to `p_` ("303" of "303--312")
  // ends when digits and dashes go on to a ',' or `close` on its line (a
  // page range written without braces); npos otherwise.
  std::size_t bare_range_end(const Field& f, char close) const {
    constexpr auto npos = std::string_view::npos;
    if (f.is_owned || f.view.empty() || f.view.data() < t_.data() || f.view.data() > t_.data() + t_.size() ||
        !all_digits(f.view) || f.view.data() + f.view.size() != t_.data() + p_)
      return npos;
    std::size_t q = p_;
    while (q < t_.size() && (is_digit(t_[q]) || t_[q] == '-')) ++q;
    if (!is_digit(t_[q - 1])) return npos;
    std::size_t r = q;
    while (r < t_.size() && (t_[r] == ' ' || t_[r] == '\t' || t_[r] == '\r')) ++r;
    return r < t_.size() && (t_[r] == ',' || t_[r] == close || t_[r] == '\n') ? q : npos;
  }

  // Where the value of `f`, braced and closed early at `closed` by a '}'
  // of its text, ends: the last '}' of that line, before a ',' or nothing,
  // when the next line opens a field or closes the entry (`close`); npos
  // when the value is no such slice of one line.
  std::size_t stray_brace_end(const Field& f, std::size_t closed, char close) const {
    constexpr auto npos = std::string_view::npos;
    if (f.is_owned || f.view.data() < t_.data() || f.view.data() > t_.data() + t_.size()) return npos;
    std::size_t begin = std::size_t(f.view.data() - t_.data());
    if (begin == 0 || t_[begin - 1] != '{' || closed == 0 || t_[closed - 1] != '}') return npos;
    if (t_.substr(begin, closed - begin).find('\n') != npos) return npos;
    std::size_t eol = t_.find('\n', closed);
    if (eol == npos) eol = t_.size();
    std::size_t end = eol;
    while (end > closed && is_space(t_[end - 1])) --end;
    if (end > closed && t_[end - 1] == ',') --end;
    if (end <= closed || t_[end - 1] != '}') return npos;
    std::size_t next = eol;
    while (next < t_.size() && is_space(t_[next])) ++next;
    if (next < t_.size() && t_[next] != close && !field_opens_at(next)) return npos;
    return end - 1;
  }

  // Skips a balanced {...} or (...) starting at p_ (for @comment); false
  // when the text ends first.
  bool skip_group() {
    char open = t_[p_], close = open == '{' ? '}' : ')';
    int depth = 0;
    for (; p_ < t_.size(); ++p_) {
      if (t_[p_] == open) ++depth;
      else if (t_[p_] == close && --depth == 0) {
        ++p_;
        return true;
      }
    }
    return false;
  }

  // Reads the entry whose '@' is at `at`; returns where scanning goes on.
  std::size_t entry(std::size_t at) {
    p_ = at + 1;
    std::size_t ts = p_;
    Entry e;
    if (p_ < t_.size() && t_[p_] == '[') {
      p_ = s2_type_list_end(t_, p_);
      e.s2_types = t_.substr(ts, p_ - ts);
      e.s2 = true;
      e.type = std::string(e.s2_types);  // as written, for the messages until the fields decide
    } else {
      while (p_ < t_.size() && (is_alpha(t_[p_]) || is_digit(t_[p_]) || t_[p_] == '_' || t_[p_] == '-')) ++p_;
      e.type = ascii_lower(t_.substr(ts, p_ - ts));
      e.s2 = t_.substr(ts, p_ - ts) == "None";
    }
    e.start = at;
    skip_ws();
    if (e.type == "comment") {
      const std::size_t open = p_;
      if (skip_group()) {
        if (p_ > open + 2 && t_.substr(open + 1, 6) == "jabref") jabref_comment(at, t_.substr(open + 1, p_ - open - 2));
        return p_;
      }
      // Unbalanced: what follows is not swallowed, only reported.
      std::size_t next = resume_after(at);
      diags_.warning(at, "unterminated @comment: skipped up to " +
                             (next < t_.size() ? "line " + std::to_string(diags_.line_of(next)) : std::string("the end")));
      return next;
    }
    char close = t_[p_] == '{' ? '}' : ')';
    entry_close_ = close;
    ++p_;
    try {
      if (e.type == "preamble") {
        const std::size_t open = p_ - 1;
        skip_ws();
        if (std::size_t end = preamble_words(open); end != std::string_view::npos) return end;
        Field f;
        f.name = "preamble";
        value(f);
        skip_ws();
        if (p_ >= t_.size() || t_[p_] != close) fail(p_, std::string("expected '") + close + "' to close @preamble");
        preamble(at, f.value());
        return p_ + 1;
      }
      if (e.type == "string") {
        string_definitions(close);
        return p_;
      }
      read_entry(e, close);
      if (e.s2) s2_type(e);
    } catch (ParseError& err) {
      diags_.error(err.offset, std::move(err.message));
      ++stats_.rejected;
      return resume_after(at);
    }
    e.end = p_;
    accept(std::move(e));
    return p_;
  }

  // "@preamble{BibTeX for papers by David Kotz; for complete/updated list
  // see ...}" (Zotero's test case 019): words, no string or macro, that
  // BibTeX would choke on; a comment in the file's head.  Skipped, said;
  // where scanning goes on, else npos (a string or a macro: read it).
  std::size_t preamble_words(std::size_t open) {
    std::size_t q = p_;
    if (q >= t_.size() || !is_alpha(t_[q])) return std::string_view::npos;
    while (q < t_.size() && (is_alpha(t_[q]) || is_digit(t_[q]) || std::strchr("_-:.+/", t_[q]))) ++q;
    while (q < t_.size() && is_space(t_[q])) ++q;
    if (q >= t_.size() || t_[q] == '#' || t_[q] == entry_close_) return std::string_view::npos;
    const std::size_t words = p_;
    p_ = open;
    if (!skip_group()) {
      p_ = words;
      return std::string_view::npos;
    }
    std::size_t eol = t_.find('\n', words);
    diags_.warning(words, "@preamble holds words, no string ('" +
                              std::string(utf8_prefix(t_.substr(words, std::min(eol, p_ - 1) - words), 40)) +
                              "...'): BibTeX cannot read it; skipped as a comment");
    return p_;
  }

  // A @preamble's text (macros expanded, '#' joined) goes with every entry
  // read after it, as an extra field "@preamble" (a name no BibTeX field can
  // have), so that an export writes it back before them: the \noopsort and
  // \newcommand its entries' fields use.  The same text twice is kept once.
  void preamble(std::size_t at, std::string_view text) {
    if (trim(text).empty()) return;
    if (std::find(preambles_.begin(), preambles_.end(), text) != preambles_.end()) return;
    if (stats_.records > 0)
      diags_.warning(at, "@preamble after " + std::to_string(stats_.records) +
                             (stats_.records == 1 ? " entry" : " entries") +
                             ": kept with the entries after it, not with those before");
    preambles_.emplace_back(text);
    preamble_macros_.add_definitions(text);
  }

  void string_definitions(char close) {
    while (true) {
      skip_ws();
      if (p_ >= t_.size()) fail(p_, "unterminated @string");
      if (t_[p_] == close) {
        ++p_;
        return;
      }
      if (t_[p_] == ',') {
        ++p_;
        continue;
      }
      std::size_t ns = p_;
      std::string_view name = ident();
      if (name.empty()) fail(p_, "expected a macro name in @string");
      skip_ws();
      if (p_ >= t_.size() || t_[p_] != '=') fail(p_, "expected '=' after macro name '" + std::string(name) + "'");
      ++p_;
      skip_ws();
      Field f;
      f.name = name;
      f.offset = static_cast<std::uint32_t>(ns);
      try {
        value(f);
      } catch (ParseError&) {
        // A later definition may not bring the name back at a small size.
        rejected_macros_.insert(lower_key(name));
        macros_->erase(lower_key(name));
        throw;
      }
      std::string v(f.value());
      (*macros_)[lower_key(name)] = std::move(v);
      ++stats_.macros;
    }
  }

  // Whether a field opens at `at`: a name (Web of Science's with spaces)
  // and '='.
  bool field_opens_at(std::size_t at) const {
    std::size_t q = at;
    while (q < t_.size() && (is_ident_char(t_[q]) || t_[q] == ' ' || t_[q] == '\t')) ++q;
    return q > at && is_ident_char(t_[at]) && q < t_.size() && t_[q] == '=';
  }

  void read_entry(Entry& e, char close) {
    skip_ws();
    std::size_t ks = p_;
    while (p_ < t_.size() && !is_space(t_[p_]) && t_[p_] != ',' && t_[p_] != close && t_[p_] != '{' &&
           t_[p_] != '}' && t_[p_] != '=' && t_[p_] != '"' && t_[p_] != '@')
      ++p_;
    e.key = t_.substr(ks, p_ - ks);
    recover_spaced_key(e, ks, close);
    skip_ws();
    if (p_ >= t_.size()) fail(e.start, "unterminated entry '" + std::string(e.key) + "'");
    if (t_[p_] == '=') fail(ks, "missing citation key: a field name follows the '" + e.type + "' entry type");
    if (t_[p_] == close) fail(e.start, empty_entry(e));
    if (t_[p_] != ',') {
      // "@article{Fu-2006" and "  title = {...}" on the next line (a
      // hand-kept file): the comma is taken as there, said, as after a value.
      if (t_.substr(ks, p_ - ks).find('\n') == std::string_view::npos || !field_opens_at(p_))
        fail(p_, "expected ',' after the citation key '" + std::string(e.key) + "'");
      diags_.warning(ks, "missing ',' after the citation key '" + std::string(e.key) +
                             "': taken as there, since a field opens on the next line");
    } else {
      ++p_;
    }
    if (!is_ascii(e.key))
      diags_.warning(ks, "citation key '" + std::string(e.key) +
                             "' has non-ASCII characters: the library gives the work a new key");
    e.fields.reserve(16);
    while (true) {
      skip_ws();
      if (p_ >= t_.size()) fail(e.start, "unterminated entry '" + std::string(e.key) + "': no closing '" + close + "'");
      char c = t_[p_];
      if (c == close) {
        if (e.fields.empty()) fail(e.start, empty_entry(e));
        ++p_;
        return;
      }
      if (c == ',') {
        ++p_;
        continue;
      }
      // A field switched off by hand with a leading '@' ("@url={...}") is
      // no new entry: it is read under the name written, as '\volume' is.
      bool at_field = c == '@' && !entry_opens_at(t_, p_) && field_opens_at(p_ + 1);
      if (c == '@' && !at_field) {
        if (!e.fields.empty() && entry_at_line_start(p_)) {
          // What BibTeX would swallow into this entry is the next entry.
          diags_.warning(e.start, "entry '" + std::string(e.key) + "' has no closing '" + close +
                                      "': it ends where the next entry starts (line " +
                                      std::to_string(diags_.line_of(p_)) + ")");
          return;
        }
        fail(e.start, "unterminated entry '" + std::string(e.key) + "': a new entry starts before its closing '" +
                          close + "'");
      }
      std::size_t ns = p_;
      if (at_field) ++p_;
      Field f;
      ident();
      f.name = t_.substr(ns, p_ - ns);
      f.offset = static_cast<std::uint32_t>(ns);
      // Web of Science writes names with spaces: "Early Access Date = ".
      for (std::size_t q = p_;;) {
        while (q < t_.size() && (t_[q] == ' ' || t_[q] == '\t')) ++q;
        if (q == p_ || q >= t_.size() || !is_ident_char(t_[q])) break;
        p_ = q;
        ident();
        f.name = t_.substr(ns, p_ - ns);
        q = p_;
      }
      if (f.name.empty()) fail(p_, std::string("expected a field name, found '") + c + "'");
      if ((f.name[0] == '@' || f.name[0] == '\\') && off_fields_++ == 0) {
        off_field_ = std::string(f.name);
        off_field_at_ = ns;
      }
      skip_ws();
      if (p_ >= t_.size() || t_[p_] != '=')
        fail(p_, "expected '=' after field name '" + std::string(f.name) + "'");
      ++p_;
      skip_ws();
      r_vector_ = {};
      unbalanced_value_ = false;
      value(f);
      f.slot = slot_of(f.name);
      if (!r_vector_.empty() && !f.is_owned && f.view.data() == r_vector_.data()) r_vector_value(f);
      if (unbalanced_value_ && !f.is_owned) {
        f.owned = std::string(f.view);
        drop_unbalanced_braces(f.owned);
        f.is_owned = true;
      }
      unescape_mendeley(f, ns);
      unescape_html_references(f, ns);
      skip_ws();
      // The value ends before the white space value() and skip_ws() passed.
      std::size_t value_end = p_;
      while (value_end > 0 && is_space(t_[value_end - 1])) --value_end;
      const bool next_entry = p_ < t_.size() && t_[p_] == '@' && entry_opens_at(t_, p_);
      if (next_entry && !entry_at_line_start(p_))
        fail(e.start, "unterminated entry '" + std::string(e.key) + "': a new entry starts before its closing '" +
                          close + "'");
      // "Pages = 303--312," (pybliographer's BibTeX, Garyfallidis/didaktoriko):
      // a page range written bare, which BibTeX reads as the number 303,
      // rejecting the entry at its dashes.  Digits and dashes up to the ','
      // (or the entry's end) on that line are the value, said.
      if (!next_entry && p_ < t_.size() && t_[p_] == '-') {
        if (std::size_t end = bare_range_end(f, close); end != std::string_view::npos) {
          const std::size_t begin = std::size_t(f.view.data() - t_.data());
          f.view = t_.substr(begin, end - begin);
          diags_.warning(begin, "the value " + std::string(f.view) + " of field '" + std::string(f.name) +
                                    "' is written without braces or quotes, which BibTeX reads as a number only: "
                                    "read whole");
          p_ = end;
          skip_ws();
          value_end = end;
        }
      }
      if (!next_entry && p_ < t_.size() && t_[p_] != ',' && t_[p_] != close) {
        // Scopus writes a '}' of the text unescaped ("...imino]methyl}-6-
        // methoxyphenol" in an abstract): the value closed early, and its
        // line goes on to the '},' ending the field, a field (or the entry's
        // end) on the next line, as Scopus writes one field a line.  The value
        // is read to that brace, said; the entry was lost.
        if (std::size_t end = stray_brace_end(f, value_end, close); end != std::string_view::npos) {
          diags_.warning(value_end - 1, "a '}' in the value of field '" + std::string(f.name) +
                                            "' closes no '{' (Scopus writes a text's braces unescaped): read as a "
                                            "'}' of the text, the value going on to the '}' that ends its line");
          // The brace is the text's, kept as written: escaped, as \} reads;
          // so is every other '}' of the rest that closes no '{' of it.
          const std::size_t begin = std::size_t(f.view.data() - t_.data());
          f.owned = std::string(t_.substr(begin, value_end - 1 - begin)) + "\\}";
          int depth = 0;
          for (std::size_t q = value_end; q < end; ++q) {
            const char ch = t_[q];
            if (ch == '\\' && q + 1 < end) {
              f.owned.append(t_.substr(q, 2));
              ++q;
              continue;
            }
            if (ch == '{') ++depth;
            if (ch == '}' && depth == 0) {
              diags_.warning(q, "another '}' in the value of field '" + std::string(f.name) +
                                    "' closes no '{': read as a '}' of the text");
              f.owned += "\\}";
              continue;
            }
            if (ch == '}') --depth;
            f.owned.push_back(ch);
          }
          f.is_owned = true;
          p_ = end + 1;
          skip_ws();
          value_end = end + 1;
        }
      }
      if (!next_entry && p_ < t_.size() && t_[p_] != ',' && t_[p_] != close) {
        // A hand-edited entry that lost the comma at a line's end
        // ("isbn = {3503-2480}" then "doi = {...}" on the next line): the
        // next line opens a field, so the comma is taken as there, said.
        if (t_.substr(value_end, p_ - value_end).find('\n') == std::string_view::npos || !field_opens_at(p_))
          fail(p_, "expected ',' or '" + std::string(1, close) + "' after the value of field '" +
                       std::string(f.name) + "'");
        diags_.warning(value_end, "missing ',' after the value of field '" + std::string(f.name) +
                                      "': taken as there, since a field opens on the next line");
      }
      // A repeated field is kept (Scopus writes funding_details once per
      // funder); the mapping uses the first value of a field with a slot and
      // keeps the others as extra fields, which is worth a warning.
      // (BASE writes one keyword a `keywords` field: each is read, below.)
      // Said where the first stands; the same field repeated in more entries
      // in one line at the end (Publish or Perish writes two notes in every
      // entry: 989 warnings of one thing in a real file).
      if (f.slot != Slot::none && f.slot != Slot::keywords) {
        for (const Field& g : e.fields)
          if (g.slot == f.slot && iequals(g.name, f.name)) {
            repeated_field(f.name, e.key, ns);
            break;
          }
      }
      e.fields.push_back(std::move(f));
    }
  }

  // Mendeley escapes again what it had escaped: a line break of the data it
  // imported (PubMed's structured abstracts, a URL or ISSN list) is the text
  // "$\\backslash$n" or "$\\backslash$r", a command "{\\textless}" is
  // "{\\{}$\\backslash$textless{\\}}" ("p < 0.05"), a command with its
  // argument "\\textit{g1}" is "$\\backslash$textit{\\{}g1{\\}}"
  // (Jollyhrothgar/bibtex mendeley.bib).  Each is read as what it stands
  // for: the line break (which the mapping reads as paragraphs or list
  // items), the command, the command and its argument.  An escaped
  // backslash left (before no command) is said where it is.
  // Drops the braces of `s` that close none and those left open (a
  // backslash's brace is text); how many.
  static std::size_t drop_unbalanced_braces(std::string& s) {
    std::string kept;
    std::vector<std::size_t> opens;
    std::size_t dropped = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char ch = s[i];
      if (ch == '\\' && i + 1 < s.size()) {
        kept += ch;
        kept += s[++i];
        continue;
      }
      if (ch == '{') opens.push_back(kept.size());
      if (ch == '}' && opens.empty()) {
        ++dropped;
        continue;
      }
      if (ch == '}') opens.pop_back();
      kept += ch;
    }
    for (std::size_t k = opens.size(); k-- > 0;) kept.erase(opens[k], 1), ++dropped;
    s = std::move(kept);
    return dropped;
  }

  // A value that is R's character vector (r_vector_end): its strings, R's
  // escapes read (\" a quote, \\ a backslash, \n and \t a space), NA (R's
  // missing value) left out; a name list's joined by 'and' (RefManageR
  // writes a data frame's author column so: sjgknight's cites.bib, 1,233
  // entries), another field's by "; ".  A brace a string leaves unbalanced
  // (Google Scholar's cut list ends "{...") is dropped.  Said once a file.
  void r_vector_value(Field& f) {
    const std::string_view v = f.view;
    std::vector<std::string> values;
    for (std::size_t q = v.find('(') + 1; q < v.size(); ++q) {
      if (v[q] != '"') continue;
      std::string s;
      for (++q; q < v.size() && v[q] != '"'; ++q) {
        if (v[q] == '\\' && q + 1 < v.size()) {
          const char e = v[++q];
          if (e == 'n' || e == 't') s += ' ';
          else if (e == '"' || e == '\\') s += e;
          else s += '\\', s += e;
        } else {
          s += v[q];
        }
      }
      r_vector_braces_ += drop_unbalanced_braces(s);
      if (!trim(s).empty()) values.push_back(std::string(trim(s)));
    }
    const std::string name = ascii_lower(f.name);
    const bool names = f.slot == Slot::author || f.slot == Slot::editor ||
                       name == "editora" || name == "editorb" || name == "editorc" || name == "translator" ||
                       name == "bookauthor" || name == "commentator" || name == "annotator" || name == "holder";
    std::string joined;
    for (const std::string& x : values) joined += (joined.empty() ? "" : names ? " and " : "; ") + x;
    if (r_vectors_++ == 0) {
      r_vector_at_ = f.offset;
      r_vector_first_ = std::string(f.name) + " = {" + std::string(utf8_prefix(v, 50)) + (v.size() > 50 ? "..." : "") + "}";
    }
    f.owned = std::move(joined);
    f.is_owned = true;
  }

  void unescape_mendeley(Field& f, std::size_t at) {
    static constexpr std::string_view kBackslash = "$\\backslash$", kOpen = "{\\{}", kClose = "{\\}}";
    std::string_view v = f.value();
    std::size_t first = v.find(kBackslash);
    if (first == std::string_view::npos) return;
    // `arguments`: escaped braces after a command are its argument's; given
    // up when they do not balance.
    auto unescape = [&](bool arguments, std::string& out, int& open) {
      out.assign(v.substr(0, first));
      out.reserve(v.size());
      open = 0;
      bool changed = false;
      for (std::size_t i = first; i < v.size();) {
        if (open > 0 && v.compare(i, kOpen.size(), kOpen) == 0) {
          out += '{';
          ++open;
          i += kOpen.size();
          continue;
        }
        if (open > 0 && v.compare(i, kClose.size(), kClose) == 0) {
          out += '}';
          --open;
          i += kClose.size();
          continue;
        }
        std::size_t after = i + kBackslash.size();
        if (v.compare(i, kBackslash.size(), kBackslash) == 0 && after < v.size()) {
          std::size_t e = after;
          while (e < v.size() && is_alpha(v[e])) ++e;
          // "{\{}$\backslash$textless{\}}": the command in its group.
          if (e > after && out.size() >= kOpen.size() && std::string_view(out).substr(out.size() - kOpen.size()) == kOpen &&
              v.compare(e, kClose.size(), kClose) == 0) {
            out.resize(out.size() - kOpen.size());
            out += "{\\";
            out += v.substr(after, e - after);
            out += '}';
            i = e + kClose.size();
            changed = true;
            continue;
          }
          // "$\backslash$textit{\{}g1{\}}": the command and its argument.
          if (arguments && e > after && v.compare(e, kOpen.size(), kOpen) == 0) {
            out += '\\';
            out += v.substr(after, e - after);
            out += '{';
            ++open;
            i = e + kOpen.size();
            changed = true;
            continue;
          }
          // "$\backslash$nabla", "$\backslash$alpha": a command without an
          // argument that latex_to_unicode knows (not "nThe", a line break
          // before "The"; "ni" and "nu" of two letters stay line breaks).
          if (const std::string_view name = v.substr(after, e - after);
              !name.empty() && (e >= v.size() || !is_digit(v[e])) &&
              (name.size() >= 3 || (name[0] != 'n' && name[0] != 'r')) &&
              latex_unknown_commands("\\" + std::string(name)).empty()) {
            out += "{\\";
            out += name;
            out += '}';  // the space after it is the text's
            i = e;
            changed = true;
            continue;
          }
          if (v[after] == 'n' || v[after] == 'r') {
            out += '\n';
            i = after + 1;
            changed = true;
            continue;
          }
        }
        out += v[i++];
      }
      return changed;
    };
    std::string out;
    int open = 0;
    bool changed = unescape(true, out, open);
    if (open != 0) changed = unescape(false, out, open);
    // (Paths hold it: Mendeley's file field "C$\\backslash$:/Users/...".)
    if (std::size_t left = out.find(kBackslash); left != std::string::npos && !verbatim_field(f))
      diags_.warning(at, std::string(f.name) + ": Mendeley's escaped backslash '$\\backslash$' before no command it "
                                               "escapes ('" + std::string(utf8_prefix(std::string_view(out).substr(left), 40)) +
                                               "'): read as a backslash");
    if (!changed) return;
    f.owned = std::move(out);
    f.is_owned = true;
    if (escaped_breaks_++ == 0) escaped_break_at_ = at;
  }

  // A character reference of HTML in a value ("&#38;", "&#x2019;", "&amp;",
  // Scopus's "&amp;quot;" escaped twice), or escaped for LaTeX as ACM DL's
  // BibTeX writes it ("\&\#38;"): the
  // character, written back as LaTeX would have it ("\&" for "&") so that
  // the LaTeX reading that follows sees what the source meant.
  void unescape_html_references(Field& f, std::size_t at) {
    std::string_view v = f.value();
    std::size_t first = v.find("&");
    if (first == std::string_view::npos || v.find(';', first) == std::string_view::npos) return;
    std::string out;
    bool changed = false;
    std::size_t copied = 0;
    for (std::size_t i = first; i < v.size(); ++i) {
      if (v[i] != '&') continue;
      // "&#", "\&\#": the reference starts at the '&' or its backslash.
      std::size_t start = i > 0 && v[i - 1] == '\\' ? i - 1 : i;
      std::size_t j = i + 1;
      if (j + 1 < v.size() && v[j] == '\\' && v[j + 1] == '#') ++j;
      char32_t cp = 0;
      std::size_t end = 0;
      // A reference at v[k] (after its '&'): numeric ("#38;") or named
      // ("quot;", Scopus's "&amp;quot;" escaped twice).
      auto reference_at = [&](std::size_t k) {
        if (k < v.size() && v[k] == '#') {
          if (!numeric_reference(v, k, cp, end) || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
          return end - k - 2 - (v[k + 1] == 'x' || v[k + 1] == 'X') <= 7;  // "#", "x", ";" aside
        }
        std::size_t semi = k;
        while (semi < v.size() && semi - k <= 8 && is_alpha(v[semi])) ++semi;
        if (semi == k || semi >= v.size() || v[semi] != ';') return false;
        cp = named_reference(v.substr(k, semi - k));
        end = semi + 1;
        // '&lt;' and '&gt;' are left to the reading of escaped markup
        // ("&lt;italic&gt;", ACM DL), which knows a tag from text.
        return cp != 0 && cp != '<' && cp != '>';
      };
      if (!reference_at(j)) continue;
      while (cp == '&') {  // "&amp;quot;": the reference the '&' opens
        const std::size_t amp_end = end;
        if (!reference_at(amp_end)) {
          cp = '&', end = amp_end;
          break;
        }
      }
      out.append(v.substr(copied, start - copied));
      if (!verbatim_field(f) && cp < 0x80 && std::strchr("&%$#_{}", static_cast<int>(cp))) out += '\\';
      if (cp == '\\') out += "\\textbackslash{}";
      else if (cp == '~') out += "\\textasciitilde{}";
      else if (cp == '^') out += "\\textasciicircum{}";
      else append_utf8(out, cp);
      copied = end;
      i = end - 1;
      changed = true;
    }
    if (!changed) return;
    out.append(v.substr(copied));
    f.owned = std::move(out);
    f.is_owned = true;
    if (html_references_++ == 0) html_reference_at_ = at;
  }

  static std::string empty_entry(const Entry& e) {
    return e.key.empty() ? "empty entry '@" + e.type + "': no citation key and no fields"
                         : "entry '" + std::string(e.key) + "' has no fields";
  }

  // Scopus writes keys with spaces and commas ("@ARTICLE{van Ginkel2021,",
  // "@ARTICLE{Ribeiro, Jr2022,"), ACM keys with an '@' where the first
  // author's field starts with one ("@inproceedings{@Candice:2015:CPT:...,"):
  // Scopus's keys from a family name with a parenthesised part ("@ARTICLE{(Wie)
  // Yusuf2016280,", mariannasebo scopus.bib): when the line of the key holds no
  // field (no '=' or delimiter, so no new entry either; parentheses are the
  // entry's delimiter only in "@article(...)") and ends with a comma, the key
  // runs to that comma.
  void recover_spaced_key(Entry& e, std::size_t ks, char close) {
    std::size_t eol = t_.find('\n', ks);
    if (eol == std::string_view::npos) eol = t_.size();
    std::string_view line = t_.substr(ks, eol - ks);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.size() < 2 || line.back() != ',') return;
    std::string_view key = trim(line.substr(0, line.size() - 1));
    std::string_view never = close == ')' ? std::string_view("={}()\"#%") : std::string_view("={}\"#%");
    if (key.size() == e.key.size() || key.find_first_of(never) != std::string_view::npos) return;
    e.key = key;
    p_ = static_cast<std::size_t>(key.data() - t_.data()) + key.size();
    const char* what = key.find(',') != std::string_view::npos ? "a comma (as Scopus writes them)"
                       : key.find('@') != std::string_view::npos ? "an '@' (as ACM writes some)"
                                                                 : "a space (as Scopus writes them)";
    diags_.warning(ks, "citation key '" + std::string(key) + "' holds " + what +
                           ": read up to the comma that ends its line; the library gives the work a new key");
  }

  // --- entries to records -------------------------------------------------

  static bool has_field(const Entry& e, std::string_view name) {
    for (const Field& f : e.fields)
      if (iequals(f.name, name)) return true;
    return false;
  }

  void keep(Entry&& e, bool defer) {
    std::size_t idx = kept_.size();
    std::string k = lower_key(e.key);
    kept_index_.emplace(k, idx);
    for (const Field& f : e.fields)
      if (iequals(f.name, "ids"))
        for (const std::string& alias : split_list(f.value(), ", "))
          kept_index_.emplace(lower_key(alias), idx);
    kept_.push_back(std::move(e));
    if (defer) deferred_.push_back(idx);
  }

  void accept(Entry&& e) {
    if (!e.key.empty() && !seen_keys_.insert(e.key))
      diags_.warning(e.start, "duplicate citation key '" + std::string(e.key) + "'");
    if (!deferring_ && (has_field(e, "crossref") || has_field(e, "xdata"))) deferring_ = true;
    bool record = e.type != "xdata" && e.type != "set";
    if (deferring_) {
      keep(std::move(e), record);
      return;
    }
    if (record) emit(e);
    if (is_container_type(e.type)) keep(std::move(e), false);
  }

  // Whether the text holds a biblatex "@set{" entry (any case) or JabRef's groups.
  bool has_set_or_groups() const {
    for (std::size_t p = 0; p + 4 < t_.size();) {
      const void* hit = std::memchr(t_.data() + p, '@', t_.size() - p);
      if (!hit) return false;
      std::size_t at = static_cast<const char*>(hit) - t_.data();
      if (at + 4 < t_.size() && iequals(t_.substr(at + 1, 3), "set")) {
        std::size_t q = at + 4;
        while (q < t_.size() && is_space(t_[q])) ++q;
        if (q < t_.size() && (t_[q] == '{' || t_[q] == '(')) return true;
      }
      // "@Comment{jabref-meta: grouping:" (JabRef 3.9 on), "groupstree:" before.
      if (iequals(t_.substr(at + 1, 7), "comment") && t_.substr(at + 9, 18) == "jabref-meta: group") return true;
      p = at + 1;
    }
    return false;
  }

  // biblatex's @set entries (a group of entries cited as one key: biber's
  // \cite{stdmodel} prints Glashow, Weinberg and Salam) are no work of
  // their own: each member is read as its work and put in the collection
  // named by the set's key; the first member keeps the set's key as its
  // alias (refnet show KEY, export's ids) and its annotation as a note.
  // Each set said, with what became of it; a member the file lacks too.
  void read_sets() {
    for (std::size_t idx = 0; idx < kept_.size(); ++idx) {
      const Entry& e = kept_[idx];
      if (e.type != "set") continue;
      std::vector<std::string> members;
      std::string note, dropped, missing, first;
      std::size_t entryset_at = e.start;
      for (const Field& f : e.fields) {
        std::string n = ascii_lower(f.name);
        if (n == "entryset") {
          members = split_list(f.value(), ",");
          entryset_at = f.offset;
        } else if (n == "annotation" || n == "annote" || n == "note" || n == "abstract") {
          note += (note.empty() ? "" : "\n") + latex_to_unicode(f.value());
        } else if (n != "crossref") {  // biblatex: it names the first member
          dropped += (dropped.empty() ? "" : ", ") + std::string(f.name);
        }
      }
      std::string list;
      for (const std::string& m : members) list += (list.empty() ? "" : ", ") + m;
      std::string key(e.key);
      std::string said = "@set '" + key + "' (biblatex's group of entries cited as one" +
                         (members.empty() ? std::string(", its entryset empty") : ": " + list) + ") is no work of its own";
      std::size_t found = 0;
      set_order_.emplace_back();
      for (const std::string& m : members) {
        auto it = kept_index_.find(lower_key(m));
        if (it == kept_index_.end() || kept_[it->second].type == "set" || kept_[it->second].type == "xdata") {
          diags_.warning(entryset_at, "entryset of @set '" + key + "': '" + m +
                                          "' is not in the file (the set's collection lacks it)");
          missing += (missing.empty() ? "" : ", ") + m;
          continue;
        }
        const bool is_first = found++ == 0;
        if (is_first) first = m;
        set_order_.back().push_back(it->second);
        set_members_[ascii_lower(kept_[it->second].key)].push_back({idx, is_first, is_first ? note : std::string()});
      }
      if (found) {
        said += ": its " + std::string(found == 1 ? "member" : std::to_string(found) + " members") +
                " in the file go in the collection '" + key + "'; its key is kept as an alias of '" + first +
                "' (refnet show " + key + " finds it; the biblatex export writes it in that entry's ids, not as an @set)";
        if (!note.empty()) said += "; its annotation is a note of '" + first + "'";
      } else {
        said += ", and none of its members is in the file: its key names nothing";
        if (!note.empty()) said += ", its annotation is not kept";
      }
      if (!dropped.empty()) said += "; not kept: " + dropped;
      diags_.warning(e.start, said);
    }
  }

  // The deferred entries in the file's order, except that the first member
  // of a set the file reaches brings the set's other members with it, in
  // the set's entryset order (biber's examples.bib: set:aksin comes before
  // set:herrmann, the set's first member): the order they join the set's
  // collection in.  A member of two sets follows the first set.
  void emit_deferred() {
    std::unordered_map<std::size_t, std::size_t> set_of;  // member -> its first set
    for (std::size_t s = 0; s < set_order_.size(); ++s)
      for (std::size_t idx : set_order_[s]) set_of.emplace(idx, s);
    std::vector<bool> emitted(kept_.size(), true);
    for (std::size_t idx : deferred_) emitted[idx] = false;
    for (std::size_t idx : deferred_) {
      if (emitted[idx]) continue;
      auto in = set_of.find(idx);
      if (in != set_of.end())
        for (std::size_t m : set_order_[in->second])
          if (!emitted[m]) {
            emitted[m] = true;
            emit(kept_[m]);
          }
      if (emitted[idx]) continue;
      emitted[idx] = true;
      emit(kept_[idx]);
    }
  }

  // A JabRef comment: its metadata kept for finish(); JabRef's custom entry
  // type definitions ("jabref-entrytype: ...") are metadata refnet does not use.
  void jabref_comment(std::size_t at, std::string_view text) {
    std::string key, value;
    if (jabref::meta_of(text, key, value)) {
      jabref_meta_.push_back({std::move(key), std::move(value), at});
    } else if (trim(text).substr(0, 17) == "jabref-entrytype:") {
      std::string_view def = trim(trim(text).substr(17));
      jabref_meta_.push_back({"jabref-entrytype", std::string(def.substr(0, def.find(':'))), at});
    }
  }

  // JabRef's groups: each static group (StaticGroup; JabRef 3's
  // ExplicitGroup) is a collection, nested as the groups are, holding the
  // entries whose `groups` field names it and those an ExplicitGroup lists.
  // A group that is a rule (keyword, search, automatic, LaTeX file) is no
  // list of entries: said with its rule; so are a static group with no
  // entry of the file (no collection holds nothing), a key or a group name
  // that names nothing, and a group whose view JabRef builds otherwise
  // than refnet (refining its parent; not including its subgroups).
  void read_jabref_groups() {
    const JabrefMeta* tree = nullptr;
    for (const JabrefMeta& m : jabref_meta_)
      if (m.key == "grouping" || (m.key == "groupstree" && !tree)) tree = &m;
    if (!tree) return;
    std::vector<std::string> bad;
    std::vector<jabref::Group> groups = jabref::parse_groups(tree->value, bad);
    const std::size_t at = tree->at;
    for (const std::string& b : bad)
      diags_.warning(at, "JabRef's groups (jabref-meta: " + tree->key + "): '" + std::string(utf8_prefix(b, 60)) +
                             "' is no group: not read");
    // The static groups by name (the `groups` field names a group, not its path).
    std::unordered_map<std::string, std::vector<std::size_t>> by_name;
    for (std::size_t i = 0; i < groups.size(); ++i)
      if (jabref::is_static(groups[i])) by_name[groups[i].name].push_back(i);
    std::vector<std::size_t> members(groups.size(), 0);
    auto join = [&](const std::string& key, std::size_t g) {
      std::vector<std::string>& paths = jabref_paths_[lower_key(key)];
      if (std::find(paths.begin(), paths.end(), groups[g].path) != paths.end()) return;
      paths.push_back(groups[g].path);
      ++members[g];
    };
    for (std::size_t i = 0; i < groups.size(); ++i)
      for (const std::string& key : jabref::legacy_keys(groups[i])) {
        auto it = kept_index_.find(lower_key(key));
        if (it == kept_index_.end() || kept_[it->second].type == "set" || kept_[it->second].type == "xdata") {
          diags_.warning(at, "JabRef group '" + groups[i].shown_path + "' lists '" + key +
                                 "', which is no entry of the file: not in its collection");
          continue;
        }
        join(std::string(kept_[it->second].key), i);
      }
    std::map<std::string, std::vector<std::string>> unnamed;  // a name no group has -> the keys
    for (const Entry& e : kept_) {
      if (e.type == "set" || e.type == "xdata") continue;
      for (const Field& f : e.fields) {
        if (!iequals(f.name, "groups")) continue;
        for (const std::string& name : split_list(f.value(), ",")) {
          const std::string n(trim(name));
          if (n.empty()) continue;
          auto it = by_name.find(n);
          if (it == by_name.end()) {
            unnamed[n].emplace_back(e.key);
            continue;
          }
          for (std::size_t g : it->second) join(std::string(e.key), g);
        }
      }
    }
    for (const auto& [name, keys] : unnamed) {
      std::string named;
      for (std::size_t k = 0; k < keys.size() && k < 5; ++k) named += (k ? ", " : "") + keys[k];
      if (keys.size() > 5) named += ", ...";
      diags_.warning(at, "the groups field of " + named + " names '" + name +
                             "', which is no static group of the file's JabRef groups: in no collection");
    }
    std::string read;
    std::size_t n_read = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const jabref::Group& g = groups[i];
      if (!jabref::is_static(g)) {
        diags_.warning(at, "JabRef's " + g.kind + " '" + g.shown_path + "' (" + jabref::rule_of(g) +
                               ") is a rule, not a list of entries: no collection holds it");
        continue;
      }
      // Whether a subgroup (at any depth) holds an entry: its collection
      // makes this one, as its parent.
      bool held_below = false;
      for (std::size_t j = i + 1; j < groups.size() && groups[j].level > g.level; ++j)
        if (members[j] && jabref::is_static(groups[j])) held_below = true;
      if (members[i] == 0) {
        if (!held_below)
          diags_.warning(at, "JabRef group '" + g.shown_path + "' holds no entry of the file: no collection made");
        continue;
      }
      ++n_read;
      if (n_read <= 8)
        read += (read.empty() ? "" : ", ") + g.shown_path + " (" + std::to_string(members[i]) +
                (members[i] == 1 ? " entry)" : " entries)");
      if (g.context == 1)
        diags_.warning(at, "JabRef group '" + g.shown_path +
                               "' refines its parent (JabRef shows only its entries that are in the parent too): its "
                               "collection holds all its own");
      else if (g.context == 0 && held_below)
        diags_.warning(at, "JabRef group '" + g.shown_path +
                               "' does not show its subgroups' entries in JabRef; refnet's view of its collection does");
    }
    if (n_read > 8) read += ", ... (" + std::to_string(n_read - 8) + " more)";
    if (n_read)
      diags_.report(Severity::note, at,
                    "JabRef's groups (jabref-meta: " + tree->key + "): " + std::to_string(n_read) +
                        (n_read == 1 ? " static group read as a collection: " : " static groups read as collections: ") + read);
  }

  // The JabRef metadata refnet has no use for, said in one note: the
  // file's settings in JabRef (its dialect, file directory, key patterns,
  // save order, field content selectors...), which are no data of a work.
  void say_jabref_meta() {
    std::string said;
    std::size_t at = 0, n = 0;
    for (const JabrefMeta& m : jabref_meta_) {
      if (m.key == "grouping" || m.key == "groupstree" || m.key == "groupsversion") continue;
      if (n++ == 0) at = m.at;
      std::string v(trim(m.value));
      while (!v.empty() && v.back() == ';') v.pop_back();
      said += (said.empty() ? "" : ", ") + m.key + " (" + std::string(utf8_prefix(v, 40)) +
              (v.size() > 40 ? "..." : "") + (m.key == "databaseType" ? "; refnet reads BibTeX and biblatex alike" : "") +
              ")";
    }
    for (const JabrefMeta& m : jabref_meta_)
      if (m.key == "groups" || (m.key == "groupsversion" && trim(m.value).substr(0, 1) != "3"))
        diags_.warning(m.at, "JabRef's groups of a version before 3 (jabref-meta: " + m.key + ") are not read");
    if (said.empty()) return;
    diags_.report(Severity::note, at, "JabRef's settings for the file, which refnet does not use: " + said);
  }

  // An @xdata entry no entry named: its fields went into no work.
  void say_unused_xdata() {
    for (std::size_t idx = 0; idx < kept_.size(); ++idx) {
      const Entry& e = kept_[idx];
      if (e.type != "xdata" || used_xdata_.count(idx)) continue;
      std::string names;
      for (const Field& f : e.fields) names += (names.empty() ? "" : ", ") + std::string(f.name);
      // Named in a value by a granular reference ("xdata=gxd2-author-1"),
      // which refnet does not resolve (said where it is).
      const bool granular = t_.find("xdata=" + std::string(e.key) + "-") != std::string_view::npos;
      diags_.warning(e.start, "@xdata '" + std::string(e.key) + "' (biblatex's fields for the entries whose xdata names it) is " +
                                  (granular ? std::string("named only by granular references ('xdata=") + std::string(e.key) +
                                                  "-...'), which refnet does not resolve"
                                            : std::string("named by no entry of the file")) +
                                  ": its fields (" + (names.empty() ? std::string("none") : names) + ") are in no work" +
                                  (granular ? "" : " unless a later file of the import names it"));
    }
  }

  void finish() {
    read_sets();
    read_jabref_groups();
    emit_deferred();
    say_unused_xdata();
    say_jabref_meta();
    say_s2_types();
    for (const UnknownType& u : unknown_types_)
      diags_.report(Severity::note, u.at,
                    "entry type '@" + u.type + "' (" + std::to_string(u.count) + (u.count > 1 ? " entries" : " entry") +
                        ") is none refnet knows: read as " + (u.count > 1 ? "documents" : "a document") +
                        ", the type kept as the extra field 'entrytype'");
    unsafe_keys_.say(diags_, "citation key");
    cited_drops_.say(diags_);
    if (escaped_breaks_)
      diags_.warning(escaped_break_at_, "Mendeley's escaped line breaks and commands ('$\\backslash$n', "
                                        "'{\\{}$\\backslash$textless{\\}}') in " +
                                            std::to_string(escaped_breaks_) + (escaped_breaks_ > 1 ? " values" : " value") +
                                            ": read as what they stand for");
    say_unknown_commands();
    say_undefined_macros();
    say_absent_parents();
    if (!expanded_macros_.empty()) {
      std::string names;
      for (const std::string& n : expanded_macros_) names += (names.empty() ? "\\" : ", \\") + n;
      diags_.report(Severity::note, expanded_macro_at_,
                    "commands the file's @preamble defines (" + names + ") are read expanded (a title's LaTeX is kept as written)");
    }
    if (html_references_)
      diags_.warning(html_reference_at_, "HTML character references ('&#38;', '&amp;') in " + std::to_string(html_references_) +
                                             (html_references_ > 1 ? " values" : " value") +
                                             ": read as the characters (ACM DL's and Scopus's BibTeX, text from web pages)");
    if (r_vectors_)
      diags_.warning(r_vector_at_, std::to_string(r_vectors_) + (r_vectors_ > 1 ? " values are" : " value is") +
                                       " R's character vector, as an R package writes a list column (" +
                                       r_vector_first_ + "): read as its strings, a list of names joined by 'and'" +
                                       (r_vector_braces_ ? ", " + std::to_string(r_vector_braces_) +
                                                               " unbalanced braces inside the strings dropped"
                                                         : std::string()));
    if (na_values_) {
      std::string names;
      for (std::size_t i = 0; i < na_fields_.size() && i < 6; ++i) names += (i ? ", " : "") + na_fields_[i];
      if (na_fields_.size() > 6) names += " and " + std::to_string(na_fields_.size() - 6) + " more";
      diags_.warning(na_at_, std::to_string(na_values_) + (na_values_ > 1 ? " values" : " value") +
                                 " '{NA}' (R's missing value, as bibliometrix and revtools write it) in " + names +
                                 ": read as no value");
    }
    if (ebsco_placeholders_)
      diags_.warning(ebsco_placeholder_at_,
                     std::to_string(ebsco_placeholders_) + (ebsco_placeholders_ > 1 ? " values are" : " value is") +
                         " EBSCO's placeholder for a volume, issue or page it lacks ('null', 'N.PAG' its 'no "
                         "pagination'; the first " + ebsco_placeholder_first_ +
                         "): read as no value, an end page 'null' as the first page alone");
    if (issns_in_issue_)
      diags_.warning(issn_in_issue_at_, "the issue of " + std::to_string(issns_in_issue_) +
                                            (issns_in_issue_ > 1 ? " entries holds" : " entry holds") +
                                            " PubMed's labelled ISSNs ('" + std::string(utf8_prefix(issn_in_issue_, 60)) +
                                            "', BibTeX written by R): read as the ISSNs, the rest as the issue");
    if (sources_read_)
      diags_.warning(source_read_at_,
                     "field 'source' of " + std::to_string(sources_read_) + (sources_read_ > 1 ? " entries" : " entry") +
                         " (BibTeX written by R: revtools, pubmedR) fills what they leave empty: a journal's name is "
                         "the journal; a PubMed citation gives the journal, volume, issue, pages, date and DOI, and "
                         "stays as 'source'");
    if (cut_lists_)
      diags_.warning(cut_list_at_, std::to_string(cut_lists_) + (cut_lists_ > 1 ? " name lists end" : " name list ends") +
                                       " in '...' (Google Scholar cut them short, as Publish or Perish writes them): "
                                       "read as 'and others', not as a name '...'");
    for (const RepeatedField& r : repeated_fields_)
      if (r.more)
        diags_.warning(r.at, "duplicate field '" + r.name + "' in " + std::to_string(r.more) +
                                 (r.more > 1 ? " more entries" : " more entry") + " after entry '" + r.first_entry +
                                 "' (the first of each is used, the others kept as extra fields)");
    if (off_fields_)
      diags_.warning(off_field_at_, "field name '" + off_field_ + "'" +
                                        (off_fields_ > 1 ? " and " + std::to_string(off_fields_ - 1) + " more start"
                                                         : " starts") +
                                        " with '@' or '\\' (switched off by hand?): kept as extra fields under the "
                                        "names written, not as the fields they name ('" +
                                        off_field_.substr(1) + "')");
    if (options_.context) {
      for (const auto& [k, idx] : kept_index_) {
        const Entry& e = kept_[idx];
        BibtexContext::Entry c;
        c.type = e.type;
        c.key = std::string(e.key);
        for (const Field& f : e.fields) c.fields.emplace_back(ascii_lower(f.name), std::string(f.value()));
        options_.context->entries.emplace(k, std::move(c));
      }
    }
  }

  // A target of crossref/xdata: its type and fields.
  struct Target {
    std::string_view type;
    std::vector<FieldRef> fields;
  };

  bool lookup(std::string_view key, Target& out) const {
    std::string k = lower_key(trim(key));
    auto it = kept_index_.find(k);
    if (it != kept_index_.end()) {
      const Entry& e = kept_[it->second];
      if (e.type == "xdata") used_xdata_.insert(it->second);
      out.type = e.type;
      for (const Field& f : e.fields) out.fields.push_back({f.name, f.value(), f.offset, false, f.slot});
      return true;
    }
    if (options_.context) {
      auto ct = options_.context->entries.find(k);
      if (ct != options_.context->entries.end()) {
        out.type = ct->second.type;
        for (const auto& [n, v] : ct->second.fields) out.fields.push_back({n, v, 0, false, slot_of(n)});
        return true;
      }
    }
    return false;
  }

  static const FieldRef* find(const std::vector<FieldRef>& fs, std::string_view name) {
    for (const FieldRef& f : fs)
      if (iequals(f.name, name)) return &f;
    return nullptr;
  }

  // Adds the fields of xdata entries named in `fields` (recursively).
  void add_xdata(std::vector<FieldRef>& fields, std::unordered_set<std::string>& visiting, int depth) {
    const FieldRef* xd = find(fields, "xdata");
    if (!xd) return;
    std::size_t offset = xd->offset;
    std::vector<std::string> keys = split_list(xd->value, ",");
    for (const std::string& key : keys) {
      if (!visiting.insert(lower_key(key)).second || depth > 16) {
        diags_.warning(offset, "xdata loop through '" + key + "'");
        continue;
      }
      Target t;
      if (!lookup(key, t)) {
        diags_.warning(offset, "xdata entry '" + key + "' not found");
        continue;
      }
      add_xdata(t.fields, visiting, depth + 1);
      for (const FieldRef& f : t.fields) {
        if (iequals(f.name, "ids") || iequals(f.name, "xdata") || find(fields, f.name)) continue;
        fields.push_back({f.name, f.value, offset, false, f.slot});
      }
    }
  }

  // The fields of an entry with crossref and xdata applied.
  std::vector<FieldRef> resolve(std::string_view type, std::vector<FieldRef> fields, int depth) {
    std::unordered_set<std::string> visiting;
    add_xdata(fields, visiting, 0);
    const FieldRef* cr = find(fields, "crossref");
    if (!cr || depth > 8) return fields;
    std::size_t offset = cr->offset;
    std::string_view parent_key = cr->value;
    Target parent;
    if (!lookup(parent_key, parent)) {
      // Not an error: the store resolves the child whenever its parent
      // arrives (later in this import, or in a later one).
      absent_parent(trim(parent_key), offset);
      return fields;
    }
    std::vector<FieldRef> pf = resolve(parent.type, std::move(parent.fields), depth + 1);
    bool part = is_part_type(type);
    auto add = [&](std::string_view name, std::string_view value) {
      if (!find(fields, name)) fields.push_back({name, value, offset, false, slot_of(name)});
    };
    for (const FieldRef& f : pf) {
      std::string n = ascii_lower(f.name);
      if (never_inherited(n)) continue;
      // biblatex: the parent's title is the child's booktitle (or
      // maintitle, or journaltitle), not its title.
      if (n == "title" || n == "subtitle" || n == "titleaddon") {
        if (part) {
          // BibTeX copies the parent's booktitle; biblatex maps its title.
          if (n == "title" && find(pf, "booktitle")) continue;
          add(n == "title" ? "booktitle" : n == "subtitle" ? "booksubtitle" : "booktitleaddon", f.value);
        } else if (starts_with(parent.type, "mv")) {
          add(n == "title" ? "maintitle" : n == "subtitle" ? "mainsubtitle" : "maintitleaddon", f.value);
        } else if (parent.type == "periodical") {
          add(n == "title" ? "journaltitle" : n == "subtitle" ? "journalsubtitle" : "journaltitleaddon", f.value);
        } else {
          add(f.name, f.value);
        }
        continue;
      }
      add(f.name, f.value);
    }
    return fields;
  }


  // Fields whose values are no LaTeX text: paths and addresses
  // ("C:\\Users\\..." holds no commands).
  template <typename F>
  static bool verbatim_field(const F& f) {
    if (f.slot == Slot::doi || f.slot == Slot::url) return true;
    for (std::string_view n : {"file", "pdf", "local-url", "eprint", "crossref", "xdata", "ids", "urldate"})
      if (iequals(f.name, n)) return true;
    return istarts_with(f.name, "bdsk-") || istarts_with(f.name, "url");
  }

  // The commands of the entry's values the LaTeX decoder does not know,
  // gathered for one warning a name (finish()).
  void note_unknown_commands(const Entry& e) {
    for (const Field& f : e.fields) {
      std::string_view v = f.value();
      if (v.find('\\') == std::string_view::npos || verbatim_field(f)) continue;
      std::vector<LatexUnknownCommand> unknown = latex_unknown_commands(v);
      const bool in_text = !f.is_owned && v.data() >= t_.data() && v.data() <= t_.data() + t_.size();
      std::vector<std::string_view> counted;  // a name is counted once a value
      for (const LatexUnknownCommand& u : unknown) {
        if (preamble_macros_.defines(u.name)) {  // read expanded (emit)
          if (expanded_macros_.empty()) expanded_macro_at_ = in_text ? static_cast<std::size_t>(v.data() - t_.data()) + u.offset : f.offset;
          if (std::find(expanded_macros_.begin(), expanded_macros_.end(), u.name) == expanded_macros_.end())
            expanded_macros_.emplace_back(u.name);
          continue;
        }
        UnknownCommand& c = unknown_commands_[u.name];
        if (c.values == 0) {
          c.at = in_text ? static_cast<std::size_t>(v.data() - t_.data()) + u.offset : f.offset;
          c.field = ascii_lower(f.name);
          c.argument_kept = u.argument_kept;
          std::size_t end = u.offset + 1 + u.name.size();
          if (u.argument_kept) {
            // "\\foo{bar}" as written, the argument cut at 30 characters.
            std::size_t open = v.find('{', end), depth = 0, k = open;
            for (; k < v.size(); ++k) {
              if (v[k] == '{') ++depth;
              else if (v[k] == '}' && --depth == 0) break;
            }
            end = k < v.size() ? k + 1 : v.size();
          }
          c.example = std::string(utf8_prefix(v.substr(u.offset, end - u.offset), 40));
        }
        if (std::find(counted.begin(), counted.end(), u.name) == counted.end()) {
          ++c.values;
          counted.push_back(u.name);
        }
      }
    }
  }

  void say_unknown_commands() {
    std::vector<std::pair<std::size_t, std::string>> order;
    for (const auto& [name, c] : unknown_commands_) order.emplace_back(c.at, name);
    std::sort(order.begin(), order.end());
    for (const auto& [at, name] : order) {
      const UnknownCommand& c = unknown_commands_[name];
      std::string where = c.values > 1 ? " (in " + std::to_string(c.values) + " values, said once for the file)" : "";
      // A macro the file's @preamble defines: the document knows it, refnet
      // does not expand definitions.
      bool defined = false;
      for (const std::string& p : preambles_)
        for (std::size_t k = p.find("\\" + name); k != std::string::npos && !defined; k = p.find("\\" + name, k + 1))
          defined = k + 1 + name.size() >= p.size() || !is_alpha(p[k + 1 + name.size()]);
      std::string why = defined ? ", named in the file's @preamble in a form refnet does not expand (an optional "
                                  "argument, a delimited \\def)" : "";
      if (name == "n")  // not a command: a line break escaped as in C
        diags_.warning(at, c.field + ": '\\n' (a line break written as in C) read as a space" + where);
      else if (c.argument_kept)
        diags_.warning(at, c.field + ": unknown LaTeX command '\\" + name + "' left out, its argument kept ('" + c.example +
                               "')" + why + where);
      else
        diags_.warning(at, c.field + ": unknown LaTeX command '\\" + name + "' dropped" + why + where);
    }
  }

  // EBSCO Research's BibTeX writes "null" for a volume, an issue or an end
  // page it lacks ("number = "null"", "pages = "833-null"") and "N.PAG"
  // ("no pagination", "N.PAG-N.PAG") for pages: true when f's value is such
  // a placeholder, `left` then what remains of it ("833"; empty: no value).
  bool ebsco_placeholder(const Field& f, std::string_view& left) {
    const bool pages = f.slot == Slot::pages;
    if (!pages && f.slot != Slot::volume && f.slot != Slot::number && f.slot != Slot::issue) return false;
    const std::string_view t = trim(f.value());
    if (t.size() < 4 || (t.back() != 'l' && t.back() != 'L' && t.back() != 'G' && t.back() != 'g')) return false;
    if (iequals(t, "null") || (pages && (iequals(t, "N.PAG") || iequals(t, "N.PAG-N.PAG")))) left = {};
    else if (pages && t.size() > 5 && iequals(t.substr(t.size() - 5), "-null")) left = trim(t.substr(0, t.size() - 5));
    else return false;
    if (ebsco_placeholders_++ == 0)
      ebsco_placeholder_at_ = f.offset, ebsco_placeholder_first_ = std::string(f.name) + " = \"" + std::string(t) + "\"";
    return true;
  }

  void emit(const Entry& e) {
    note_unknown_commands(e);
    std::vector<FieldRef> fields;
    fields.reserve(e.fields.size());
    // Values the @preamble's macros changed ("\printfirst{a}{b}" is "a"),
    // which the mapping reads; the title as written, for the exporters.
    std::deque<std::string> expanded;
    for (const Field& f : e.fields) {
      if (f.value() == "NA" && !f.undefined_macro) {  // R's missing value: no value
        if (na_values_++ == 0) na_at_ = f.offset;
        std::string name = ascii_lower(f.name);
        if (std::find(na_fields_.begin(), na_fields_.end(), name) == na_fields_.end()) na_fields_.push_back(name);
        continue;
      }
      std::string_view v = f.value();
      if (std::string_view left; ebsco_placeholder(f, left)) {
        if (left.empty()) continue;
        v = left;
      }
      if (std::string x; !preamble_macros_.empty() && !verbatim_field(f) && preamble_macros_.expand(v, x)) {
        expanded.push_back(std::move(x));
        fields.push_back({f.name, expanded.back(), f.offset, true, f.slot, v});
      } else {
        fields.push_back({f.name, v, f.offset, true, f.slot});
      }
    }
    if (deferring_ || !kept_.empty() || options_.context) {
      if (find(fields, "crossref") || find(fields, "xdata")) fields = resolve(e.type, std::move(fields), 0);
      // What the child inherits is read as its own values are: the
      // @preamble's commands expanded (a proceedings' booktitle "\MaxMin").
      for (FieldRef& f : fields)
        if (std::string x; !f.own && !preamble_macros_.empty() && !verbatim_field(f) && preamble_macros_.expand(f.value, x)) {
          expanded.push_back(std::move(x));
          f.written = f.value;
          f.value = expanded.back();
        }
    }
    Record r;
    map_fields(e, fields, r);
    // Embase's "18 (8) (no pagination)" kept whole in volume by the manager
    // that wrote the entry: volume, issue and article number, as RIS reads it.
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty()) {
      const FieldRef* v = find(fields, "volume");
      diags_.report(Severity::note, v ? v->offset : e.start, said);
    }
    for (const std::string& p : preambles_) r.add_extra("@preamble", p);
    if (!set_members_.empty()) {
      auto in = set_members_.find(ascii_lower(e.key));
      if (in != set_members_.end())
        for (const SetMembership& m : in->second) {
          const std::string set_key(kept_[m.set].key);
          r.add_extra(std::string(kLibraryCollection), set_key);
          if (!m.first) continue;
          r.add_extra(std::string(kLibraryAlias), set_key);
          if (!m.note.empty()) r.add_extra(std::string(kLibraryNote), "@set " + set_key + ": " + m.note);
        }
    }
    if (!jabref_paths_.empty()) {
      auto in = jabref_paths_.find(ascii_lower(e.key));
      if (in != jabref_paths_.end())
        for (const std::string& path : in->second) r.add_extra(std::string(kLibraryCollection), path);
    }
    if (std::string engine = search_engine_of(e, r); !engine.empty()) {
      // JSTOR's key is the DOI of the entry's stable page (search_engine_of),
      // and it writes no doi field: the DOI, said once a file.
      if (engine == "JSTOR" && r.doi.empty() && doi_shaped(e.key))
        if (std::optional<std::string> doi = normalize_doi(e.key)) {
          r.doi = std::move(*doi);
          if (jstor_dois_++ == 0)
            diags_.report(Severity::note, e.start,
                          "JSTOR's BibTeX keys each entry by the DOI of its stable page ('" + std::string(e.key) +
                              "' for " + r.url + ") and writes no doi field: the key read as its DOI");
        }
      r.add_extra("@database", std::move(engine));
    }
    // A title whose LaTeX says more than its Unicode ("{\noopsort{b}}Zebras",
    // "\emph{Equus}", "\mbox{2 km}"): its source text, which the BibTeX
    // writers put back while the title is unchanged.
    if (const FieldRef* title = find(fields, "title")) {
      if (!latex_decodes_losslessly(title->value) || !title->written.empty())
        r.add_extra("@title", std::string(title->as_written()));
    }
    // `address = MITaddr` with no @string for it: the value is the text
    // "MITaddr"; an exporter says so (the source meant a macro).
    // The macro names, sorted: an export writes the fields in its own order
    // and may name them otherwise (a @book's journal is its series).
    std::vector<std::string> macros;
    for (const Field& f : e.fields)
      if (f.undefined_macro) macros.emplace_back(f.value());
    std::sort(macros.begin(), macros.end());
    for (std::string& m : macros) r.add_extra("@macro", std::move(m));
    deliver_record_at(std::move(r), "bibtex", t_.substr(e.start, e.end - e.start), positions_.at(e.start), diags_, stats_,
                      sink_);
  }

  // A url value that is no address but people's e-mail addresses or ORCID
  // iDs ("mcvh@eircom.net", "ORCID: 0000-0002-5727-0576", "a@b.org, ORCID:
  // ..."): no scheme, no "www.", its first item an e-mail address or an
  // "ORCID:" label.
  static bool contact_not_url(std::string_view v) {
    v = trim(v);
    if (v.empty() || v.find("://") != std::string_view::npos || istarts_with(v, "www.")) return false;
    if (istarts_with(v, "ORCID:")) return true;
    const std::string_view first = v.substr(0, v.find_first_of(",; "));
    const std::size_t at = first.find('@');
    return at != std::string_view::npos && at > 0 && first.find('.', at) != std::string_view::npos &&
           first.find('/') == std::string_view::npos && first.find(':') == std::string_view::npos;
  }

  // EBSCO's key (an accession number, then the date as yyyymmdd) on an
  // entry linking EBSCO: EBSCOhost's permalink with that accession number
  // (AN=, "AN=173709879|&amp;lang=es" as one export wrote it), or EBSCO
  // Research's plink (research.ebsco.com).
  static bool ebsco_entry(std::string_view key, std::string_view url) {
    if (key.size() < 9) return false;
    const std::string_view date = key.substr(key.size() - 8), an = key.substr(0, key.size() - 8);
    if (!all_digits(date)) return false;
    const int month = (date[4] - '0') * 10 + (date[5] - '0'), day = (date[6] - '0') * 10 + (date[7] - '0');
    if (date[0] == '0' || month < 1 || month > 12 || day > 31) return false;
    if (!std::all_of(an.begin(), an.end(), [](char c) { return is_digit(c) || is_alpha(c) || c == '.' || c == '-'; }))
      return false;
    if (iequals(url_host(url), "research.ebsco.com")) return true;
    std::size_t at = url.find("AN=");
    if (url.find("ebscohost.com/") == std::string_view::npos || at == std::string_view::npos) return false;
    std::string_view number = url.substr(at + 3);
    number = number.substr(0, number.find_first_of("&|"));
    return number == an;
  }

  // The search engine whose hits an entry describes, by its layout ('prisma'
  // and 'overlap' count the record under it, whatever the file is called):
  // - Publish or Perish's BibTeX: PoP's key ("pop00001") and its query date
  //   as a note ("Query date: 2020-02-08 20:42:36") on every entry; the
  //   engine by the entry's links to its pages (the note "5168 cites:
  //   https://scholar.google.com/scholar?cites=...", `related`, a profile's
  //   `citation`), else by the file's: an entry cited by nobody links none.
  // - Google Scholar's own BibTeX: the key is the first author's family
  //   name, the year and the title's first word in lower case
  //   ("drelich2017long"), the title written first, each field
  //   "  name={value}" (spaceless, indented by two).
  // Empty for another entry.
  std::string search_engine_of(const Entry& e, const Record& r) {
    auto engine_of_link = [](std::string_view v) -> std::string {
      std::size_t http = v.find("http");
      if (http == std::string_view::npos) return {};
      std::string_view host = url_host(v.substr(http));
      return host.find("scholar.google.") != std::string_view::npos ? "Google Scholar" : std::string();
    };
    const std::string_view key = e.key;
    if (key.size() > 3 && key.compare(0, 3, "pop") == 0 && all_digits(key.substr(3))) {
      bool query_date = false;
      std::string engine;
      for (const Field& f : e.fields) {
        const std::string_view v = trim(f.value());
        if (iequals(f.name, "note") && starts_with(v, "Query date: ")) query_date = true;
        if (engine.empty() && (iequals(f.name, "note") || iequals(f.name, "related") || iequals(f.name, "citation")))
          engine = engine_of_link(v);
      }
      if (!query_date) return {};
      if (engine.empty()) engine = pop_file_engine();
      if (!engine.empty() && pop_labelled_++ == 0)
        diags_.report(Severity::note, e.start,
                      "Publish or Perish's BibTeX (keys 'pop00001'..., its query date as a note) of a " + engine +
                          " search: its entries are counted under " + engine + " by 'prisma' and 'overlap'");
      return engine;
    }
    // EBSCO's BibTeX, EBSCOhost's and EBSCO Research's: each entry under
    // EBSCO's key, the accession number then the date ("13362467620181001",
    // "1994-36986-00119930101", "edsgcl.77575106720231201"), linking
    // EBSCOhost's permalink ("...&db=aph&AN=133624676&...", whose db= names
    // the database: review.cpp) or EBSCO Research's plink, which names none.
    // Said here, where the key is still the file's: the library replaces a
    // key that is a number alone before the record is labelled.
    if (ebsco_entry(key, r.url)) return "EBSCO";
    // The Cochrane Library's BibTeX: "Record #1 of 3" on the line before
    // each entry (its own key, "Huey25").
    if (cochrane_record_line(e.start)) {
      if (cochrane_labelled_++ == 0)
        diags_.report(Severity::note, e.start,
                      "the Cochrane Library's BibTeX ('Record #1 of N' before each entry): its entries are counted "
                      "under Cochrane Library by 'prisma' and 'overlap'");
      return "Cochrane Library";
    }
    // JSTOR's BibTeX ("citations.txt", "JSTOR Citation List"): each entry
    // under the DOI of its stable page, JSTOR's own "10.2307/2083364" for
    // jstor.org/stable/2083364 or the publisher's "10.1086/591289" for
    // jstor.org/stable/10.1086/591289 (Changhong-YU/Tools-for-Jstor's exports).
    if (doi_shaped(key)) {
      const std::string_view host = url_host(r.url);
      const std::size_t stable = r.url.find("/stable/");
      const std::string_view page = stable == std::string::npos ? std::string_view() : std::string_view(r.url).substr(stable + 8);
      if ((host == "www.jstor.org" || host == "jstor.org") && !page.empty() &&
          (page == key || (starts_with(key, "10.2307/") && page == key.substr(8))))
        return "JSTOR";
    }
    // The ACM Digital Library's BibTeX: each entry under its DOI as key
    // ("10.1145/3316782.3322746"; ACM's own "10.5555/..." for a work without
    // one), with ACM's `numpages` or `issue_date`, else ACM as its publisher
    // and the key its DOI (an article "Just Accepted").  Other databases key
    // entries by DOI too (PLOS, Frontiers, JSTOR, Oxford), without these.
    if (doi_shaped(key)) {
      bool acm_field = starts_with(key, "10.5555/"), acm_publisher = false, doi_is_key = false;
      for (const Field& f : e.fields) {
        acm_field = acm_field || iequals(f.name, "numpages") || iequals(f.name, "issue_date");
        acm_publisher = acm_publisher || (iequals(f.name, "publisher") && trim(f.value()) == "Association for Computing Machinery");
        doi_is_key = doi_is_key || (iequals(f.name, "doi") && iequals(trim(f.value()), key));
      }
      if (acm_field || (acm_publisher && doi_is_key)) {
        if (acm_labelled_++ == 0)
          diags_.report(Severity::note, e.start,
                        "the ACM Digital Library's BibTeX (entries under their DOI, with ACM's numpages or "
                        "issue_date): its entries are counted under ACM Digital Library by 'prisma' and 'overlap'");
        return "ACM Digital Library";
      }
      return {};
    }
    // Google Scholar's own layout.
    std::string_view text = t_.substr(e.start, e.end - e.start);
    std::size_t comma = text.find(',');
    if (comma == std::string_view::npos || r.authors.empty() || !r.issued.year) return {};
    std::string_view fields = text.substr(comma + 1);
    if (!fields.empty() && fields[0] == '\r') fields.remove_prefix(1);
    if (!starts_with(fields, "\n  title={") || fields.find("\n  author={") == std::string_view::npos) return {};
    std::size_t i = 0;
    while (i < key.size() && key[i] >= 'a' && key[i] <= 'z') ++i;
    const std::string year = std::to_string(r.issued.year);
    if (i == 0 || key.compare(i, 4, year) != 0) return {};
    std::string_view family = key.substr(0, i), word = key.substr(i + 4);
    const Creator& first = r.authors.front();
    std::string folded = ascii_lower(ascii_fold(first.is_literal() ? first.literal : first.full_family()));
    folded.erase(std::remove_if(folded.begin(), folded.end(), [](char ch) { return ch < 'a' || ch > 'z'; }), folded.end());
    if (folded.find(family) == std::string::npos) return {};
    // The word: the title's first but for little words ("hastie2009elements",
    // "The elements of statistical learning").
    static const std::unordered_set<std::string_view> kLittle = {"a",  "an", "the", "on", "of",   "in",  "to",
                                                                   "for", "and", "at", "by", "with", "from", "is"};
    if (word.empty()) return {};
    const std::string title = ascii_lower(ascii_fold(fold_words(r.title)));
    for (std::string_view w : split_on(title, " ")) {
      if (w.empty()) continue;
      if (w == word) return "Google Scholar";
      if (!kLittle.count(w)) return {};
    }
    return {};
  }
  // Whether the last line before `at` that holds text is "Record #<n> of <m>".
  bool cochrane_record_line(std::size_t at) const {
    std::string_view before = t_.substr(0, at);
    while (!before.empty() && (before.back() == '\n' || before.back() == '\r' || before.back() == ' ' || before.back() == '\t'))
      before.remove_suffix(1);
    std::size_t nl = before.find_last_of('\n');
    std::string_view line = trim(nl == std::string_view::npos ? before : before.substr(nl + 1));
    if (!starts_with(line, "Record #")) return false;
    line.remove_prefix(8);
    std::size_t of = line.find(" of ");
    return of != std::string_view::npos && of > 0 && all_digits(line.substr(0, of)) && line.size() > of + 4 &&
           all_digits(line.substr(of + 4));
  }
  // "10.1145/3316782.3322746": "10.", four to nine digits, '/', more.
  static bool doi_shaped(std::string_view key) {
    if (!starts_with(key, "10.")) return false;
    std::size_t slash = key.find('/');
    return slash != std::string_view::npos && slash >= 7 && slash <= 12 && slash + 1 < key.size() &&
           all_digits(key.substr(3, slash - 3));
  }
  // The engine the file's Publish or Perish entries link ("N cites:" notes
  // on one host), read once; empty when none or several.
  const std::string& pop_file_engine() {
    if (pop_scanned_) return pop_engine_;
    pop_scanned_ = true;
    std::string engine;
    for (std::size_t at = t_.find(" cites: http"); at != std::string_view::npos; at = t_.find(" cites: http", at + 1)) {
      std::string_view host = url_host(t_.substr(at + 8, 200));
      std::string one = host.find("scholar.google.") != std::string_view::npos ? "Google Scholar" : std::string(host);
      if (engine.empty()) engine = one;
      if (one != engine) return pop_engine_;  // several: none
    }
    if (engine == "Google Scholar") pop_engine_ = engine;
    return pop_engine_;
  }

  void map_fields(const Entry& e, const std::vector<FieldRef>& fields, Record& r) {
    bool lossy = false;
    r.type = std::string(csl_type(e.type, lossy));
    if (lossy) {
      r.add_extra("entrytype", e.type);
      if (!known_entry_type(e.type)) {
        auto it = std::find_if(unknown_types_.begin(), unknown_types_.end(),
                               [&](const UnknownType& u) { return u.type == e.type; });
        if (it == unknown_types_.end()) unknown_types_.push_back({e.type, 1, e.start});
        else ++it->count;
      }
    }
    if (!e.s2_types.empty()) {
      std::string types;
      for (const std::string& w : s2_type_list_words(e.s2_types)) types += (types.empty() ? "" : ", ") + w;
      if (!types.empty()) r.add_extra("publicationTypes", types);  // "@[]{": no type, as @None
    }
    r.citekey = std::string(e.key);
    // A key the library cannot keep (ACM, PLOS, Frontiers, JSTOR and Oxford
    // key entries by DOI: '/'): said once a file, at the first.  Non-ASCII
    // keys and Scopus's keys with a space or comma are said where they are
    // read.
    if (!e.key.empty() && !is_safe_key(e.key) && e.key.find_first_of(" ,") == std::string_view::npos &&
        is_ascii(e.key))
      unsafe_keys_.add(e.key, e.start);
    std::string placeholder;  // the author the entry names is "[Anonymous]": an unsigned work
    const FieldRef *year = nullptr, *month = nullptr, *day = nullptr, *date = nullptr, *booktitle = nullptr,
                   *institution = nullptr, *fjournal = nullptr, *address = nullptr, *location = nullptr,
                   *series_number = nullptr, *source = nullptr, *url = nullptr;
    // A report's or a patent's number is its number (CSL `number`), not an issue.
    const bool numbered = r.type == "report" || r.type == "patent" || r.type == "standard";
    // A book's, a chapter's or a proceedings paper's is its number in a series
    // (extra_fields.hpp) when it names one (below).
    const bool in_series = bibtex_number_is_series_number(r.type);
    // Raw (LaTeX as written), but for the white space around the value, which
    // BibTeX ignores (Taylor & Francis wraps its eprint URL in blank lines).
    auto extra = [&r](const FieldRef& f) { r.add_extra(ascii_lower(f.name), std::string(trim(f.as_written()))); };
    auto once = [&](bool taken, const FieldRef& f) {
      if (taken) extra(f);
      return !taken;
    };
    // Web of Science's editors in a second pair of braces: the people, said
    // once a file.
    auto unbraced_names = [&](const FieldRef& f, std::string_view v) {
      std::string_view list = braced_name_list(v);
      if (list.empty()) return v;
      if (!braced_names_said_)
        diags_.warning(f.offset, std::string(f.name) + ": braces around a list of names ('" +
                                     std::string(utf8_prefix(list, 40)) +
                                     "'), as Web of Science writes its editors: read as people, not one name (said once for the file)");
      braced_names_said_ = true;
      return list;
    };
    // "B. Abrahao; P. Parigi; A. Gupta; K. S. Cook" (a hand-made or
    // converted file): people separated by ';' and no 'and', which BibTeX
    // reads as one name.  Each part at brace level 0 a name (a capital
    // first, six words at most, no digit): the list rejoined with 'and',
    // said; else "" (a braced literal, an 'and' anywhere: as written).
    auto semicolon_people = [&](const FieldRef& f, std::string_view v) {
      std::vector<std::string_view> parts;
      int depth = 0;
      std::size_t start = 0;
      for (std::size_t i = 0; i <= v.size(); ++i) {
        const char ch = i < v.size() ? v[i] : ';';
        if (ch == '\\') ++i;
        else if (ch == '{') ++depth;
        else if (ch == '}') depth = depth > 0 ? depth - 1 : 0;
        else if (ch == ';' && depth == 0) {
          if (std::string_view part = trim(v.substr(start, i - start)); !part.empty() || i < v.size()) parts.push_back(part);
          start = i + 1;
        }
      }
      std::string joined;
      if (parts.size() < 2) return joined;
      for (std::string_view part : parts) {
        const std::vector<std::string_view> words = split_words(part);
        const unsigned char first = part.empty() ? 0 : static_cast<unsigned char>(part[0]);
        if (words.empty() || words.size() > 6 ||
            !((first >= 'A' && first <= 'Z') || first == '{' || first == '\\' || first >= 0xC3) ||
            std::any_of(part.begin(), part.end(), is_digit) ||
            std::any_of(words.begin(), words.end(), [](std::string_view w) { return iequals(w, "and"); }))
          return std::string();
        joined += (joined.empty() ? "" : " and ") + std::string(part);
      }
      diags_.warning(f.offset, std::string(f.name) + ": " + std::to_string(parts.size()) +
                                   " names separated by ';', not by 'and': read as " + std::to_string(parts.size()) +
                                   " people, where BibTeX reads one name");
      return joined;
    };
    // The Cochrane Library's "Rautiainen, R, Lehtola, MM, ..., and Verbeek,
    // JH": BibTeX reads one name of many parts there; read as the people.
    auto say_comma_pairs = [&](const FieldRef& f, std::size_t pairs) {
      if (pairs == 0) return;
      diags_.warning(f.offset, std::string(f.name) + ": " + std::to_string(pairs) +
                                   " names written 'Family, Initials' and separated by commas, not by 'and' (the "
                                   "Cochrane Library's BibTeX): read as " +
                                   std::to_string(pairs) + " people, where BibTeX reads one name");
    };
    // Scopus's addresses among the names (is_address_item): the only
    // affiliations a BibTeX name list gives.
    auto say_addresses = [&](const FieldRef& f, const std::vector<Creator>& names) {
      std::size_t n = 0;
      for (const Creator& c : names) n += c.affiliations.size();
      if (n == 0) return;
      diags_.warning(f.offset, std::string(f.name) + ": " + std::to_string(n) +
                                   " addresses among the names joined by 'and' (Scopus writes each editor's "
                                   "affiliation after the name): read as the affiliations of the names before them");
    };
    // biblatex's name options ("useprefix=true", extended name format): no
    // part of any name, and refnet has nowhere to keep them.
    std::vector<std::string> options;
    // A granular XDATA reference ("xdata=gxd2-author-1": the first name of
    // entry gxd2's author list) is not resolved: a name is missing.
    auto say_name_options = [&](const FieldRef& f) {
      if (options.empty()) return;
      std::string list, xdata;
      for (const std::string& o : options) {
        std::string& to = istarts_with(o, "xdata=") ? xdata : list;
        to += (to.empty() ? "" : "; ") + o;
      }
      if (!list.empty())
        diags_.report(Severity::note, f.offset, std::string(f.name) + ": biblatex name options are not kept: " + list);
      if (!xdata.empty())
        diags_.warning(f.offset, std::string(f.name) + ": granular XDATA references are not resolved, their names are missing: " + xdata);
      options.clear();
    };
    // The names of an author or editor field, and what their reading did
    // that the names do not show; the author's "[Anonymous]" dropped in
    // `*placeholder`.
    auto read_names = [&](const FieldRef& f, std::string_view v, std::string* placeholder = nullptr) {
      std::size_t pairs = 0, nulls = 0;
      std::string_view list = unbraced_names(f, v);
      const std::string people = semicolon_people(f, list);
      std::vector<Creator> names = parse_bibtex_names(people.empty() ? list : people, &options, &pairs, &nulls);
      say_comma_pairs(f, pairs);
      say_addresses(f, names);
      if (nulls > 0)
        diags_.warning(f.offset, std::string(f.name) + ": 'null' after " + std::to_string(nulls) +
                                     (nulls == 1 ? " name" : " names") +
                                     " (Scopus writes it for missing initials): left out, the names read alone");
      say_name_options(f);
      // Google Scholar cuts long lists, and Publish or Perish's BibTeX
      // writes the cut as a last name "...": the list goes on, BibTeX's
      // "and others" (a lone "..." names no one).
      if (!names.empty() && is_ellipsis_name(names.back())) {
        names.pop_back();
        if (!names.empty()) {
          Creator others;
          others.literal = "others";
          names.push_back(std::move(others));
        }
        if (cut_lists_++ == 0) cut_list_at_ = f.offset;
      }
      std::string dropped = drop_anonymous_creators(names, f.name, diags_, f.offset, placeholder != nullptr,
                                                    true);  // {Anonymous} kept
      if (placeholder) *placeholder = std::move(dropped);
      return names;
    };
    // A Scopus export: its `keywords` are index keywords, separated by ";  "
    // (two spaces, always).  Written back by refnet (source = Scopus kept as
    // an extra field), the index keywords are in `keywords-plus` and the
    // `keywords` are the author's, separated by ", " or "; ".
    bool author_keywords = false, source_scopus = false, split = false, scopus_separator = false;
    for (const FieldRef& f : fields) {
      author_keywords |= f.slot == Slot::author_keywords;
      source_scopus |= iequals(f.name, "source") && iequals(unbrace(f.value), "Scopus");
      split |= iequals(f.name, "keywords-plus");
      scopus_separator |= f.slot == Slot::keywords && f.value.find(";  ") != std::string_view::npos;
    }
    bool scopus = !split && (author_keywords || (source_scopus && scopus_separator));
    bool keywords_field = false;  // a `keywords` field was read
    for (const FieldRef& f : fields) {
      std::string_view v = f.value;
      switch (f.slot) {
        case Slot::title:
          if (once(!r.title.empty(), f)) {
            r.title = latex_title_to_rich(v, &r.title_nocase);
            // ACM's "Integration of &lt;italic&gt;a Priori&lt;/Italic&gt; ...":
            // publisher markup escaped as text, read as the markup it is.
            if (has_escaped_markup(r.title)) {
              r.title = markup_to_rich_text(latex_to_unicode(v));
              r.title_nocase.clear();
            }
          }
          break;
        case Slot::journal:
          if (once(!r.container_title.empty(), f)) r.container_title = latex_to_unicode(v);
          break;
        case Slot::booktitle:
          if (once(booktitle != nullptr, f)) booktitle = &f;
          break;
        case Slot::author:
          if (once(!r.authors.empty(), f)) r.authors = read_names(f, v, &placeholder);
          break;
        case Slot::editor:
          if (once(!r.editors.empty(), f)) r.editors = read_names(f, v);
          break;
        case Slot::year:
          if (once(year != nullptr, f)) year = &f;
          break;
        case Slot::month:
          if (once(month != nullptr, f)) month = &f;
          break;
        case Slot::day:
          if (once(day != nullptr, f)) day = &f;
          break;
        case Slot::date:
          if (once(date != nullptr, f)) date = &f;
          break;
        case Slot::volume:
          if (once(!r.volume.empty(), f)) r.volume = latex_to_unicode(v);
          break;
        case Slot::number:
          if (numbered) {
            if (once(!r.number.empty(), f)) r.number = latex_to_unicode(v);
            break;
          }
          if (in_series) {
            if (once(series_number != nullptr, f)) series_number = &f;
            break;
          }
          [[fallthrough]];
        case Slot::issue:
          if (once(!r.issue.empty(), f)) {
            r.issue = latex_to_unicode(v);
            special_issue(r);
          }
          break;
        case Slot::article_number:
          if (once(!r.number.empty(), f)) r.number = latex_to_unicode(v);
          break;
        case Slot::shortjournal:  // biblatex's, and refnet's BibTeX journal-abbreviation
          if (once(!r.container_title_short.empty(), f)) r.container_title_short = latex_to_unicode(v);
          break;
        case Slot::fjournal:
          if (once(fjournal != nullptr, f)) fjournal = &f;
          break;
        case Slot::pages:
          // HAL writes a paper's number of pages there ("PAGES = {7p.}"),
          // Scopus a note's ("pages={1 pp}", "{7P}"): its page total, said once a file.
          if (std::string_view count = page_count_number(unbrace(v));
              !count.empty() && unbrace(v).find('-') == std::string_view::npos) {
            if (!page_count_said_)
              diags_.warning(f.offset, std::string(f.name) + " '" + std::string(trim(unbrace(v))) +
                                           "' is the work's number of pages (as HAL and Scopus write it: '7p.', "
                                           "'1 pp'), not its pages: "
                                           "kept as its page total, pagetotal " + std::string(count) +
                                           " (said once a file)");
            page_count_said_ = true;
            r.add_extra("pagetotal", std::string(count));
            break;
          }
          if (once(!r.pages.empty(), f)) r.pages = normalize_pages(v);
          break;
        case Slot::publisher:
          if (once(!r.publisher.empty(), f)) r.publisher = latex_to_unicode(v);
          break;
        case Slot::institution:
          // CSL and Zotero call the school of a thesis and the institution
          // of a report their publisher; BibTeX writes them back by type.
          if ((r.type == "thesis" || r.type == "report") && !institution) institution = &f;
          else extra(f);
          break;
        case Slot::address:
          if (once(address != nullptr, f)) address = &f;
          break;
        case Slot::location:
          if (once(location != nullptr, f)) location = &f;
          break;
        case Slot::issn:
          // As RIS reads SN: "00063657" (Scopus) is 0006-3657, as the other
          // importers write it; a value that is no ISSN is kept as it is.
          if (once(!r.issn.empty(), f) && !classify_sn(unbrace(v), r))
            for (std::string_view x : split_on(unbrace(v), ",; \n\t")) r.issn.emplace_back(x);
          break;
        case Slot::eissn:
          // Beside ISSN, as the tagged reader reads EI beside SN.
          if (!classify_sn(unbrace(v), r)) extra(f);
          break;
        case Slot::isbn:
          if (once(!r.isbn.empty(), f))
            for (std::string_view x : split_on(unbrace(v), ",; \n\t")) {
              // PubMed's label of the number before it ("(Electronic)",
              // "(Linking)", which Mendeley keeps), as classify_sn skips it.
              if (x.size() > 2 && x.front() == '(' && x.back() == ')') continue;
              // An ISSN put in the isbn field (Zotero libraries): 0449-3087.
              auto digits = [&x](std::size_t a, std::size_t b) {
                for (std::size_t k = a; k < b; ++k)
                  if (!is_digit(x[k])) return false;
                return true;
              };
              bool issn = x.size() == 9 && x[4] == '-' && digits(0, 4) && digits(5, 8) &&
                          (is_digit(x[8]) || x[8] == 'X' || x[8] == 'x');
              if (issn) {
                std::string n(x);
                n[8] = to_upper(n[8]);
                diags_.warning(f.offset, "ISSN '" + n + "' in the isbn field: kept as the ISSN");
                if (std::find(r.issn.begin(), r.issn.end(), n) == r.issn.end()) r.issn.push_back(std::move(n));
              } else {
                r.isbn.emplace_back(x);
              }
            }
          break;
        case Slot::doi:
          if (!r.doi.empty()) {
            extra(f);
          } else if (auto d = normalize_doi_said(strip_url_command(v), f.name, diags_, f.offset)) {
            r.doi = *d;
          } else if (auto first = first_of_doi_list(v, f.name, diags_, f.offset)) {
            r.doi = std::move(*first);
            extra(f);
          } else if (auto sd = normalize_short_doi(strip_url_command(v))) {  // "10/fhcmr3": the source's DOI (doi.hpp)
            r.doi = std::move(*sd);
          } else if (!take_info_pmid(r, v, f.name, diags_, f.offset)) {
            if (!trim(v).empty())
              diags_.warning(f.offset, "not a DOI: '" + std::string(trim(v)) + "'" + placeholder_doi_note(v) +
                                           " (kept as extra field)");
            extra(f);
          }
          break;
        case Slot::url:
          // EBSCOhost's BibTeX writes the authors' e-mail addresses and
          // ORCID iDs in URL where it has them ("URL = {mcvh@eircom.net}",
          // "{k.woolf@ucl.ac.uk, ORCID: 0000-0002-6200-8804}"): no address
          // of the work, kept as written.
          if (contact_not_url(v)) {
            if (contacts_in_url_++ == 0)
              diags_.warning(f.offset, std::string(f.name) + " '" + std::string(utf8_prefix(trim(v), 60)) +
                                           "' holds the authors' e-mail addresses or ORCID iDs, not the work's "
                                           "address (as EBSCOhost's BibTeX writes them): kept in extra, not read "
                                           "as the url (said once a file)");
            extra(f);
            break;
          }
          if (once(!r.url.empty(), f)) {
            url = &f;
            r.url = std::string(trim(strip_url_command(v)));
            // EndNote's BibTeX: "<Go to ISI>://WOS:000…" (the record's UT),
            // then the address on the next line.
            if (r.url.find("<Go to ISI>://") != std::string::npos) {
              std::vector<IsiLink> links;
              std::string rest = cut_isi_links(r.url, links);
              std::size_t cut = rest.find_first_of(" \t\n");
              r.url = rest.substr(0, cut);
              if (cut != std::string::npos) r.add_extra(std::string(f.name), std::string(trim(rest.substr(cut))));
              for (IsiLink& l : links) take_isi_link(r, std::move(l), f.name, f.offset, diags_);
            }
            // A Scopus record's URL carries its EID: .../record.uri?eid=2-s2.0-85107941291&doi=...
            if (std::string_view eid = scopus_eid_in_url(r.url); !eid.empty())
              if (take_accession(r, eid, false) == Accession::conflict)
                diags_.warning(f.offset, "the EID " + std::string(eid) + " of " + std::string(f.name) +
                                             " disagrees with the record's " + r.scopus_eid + ": kept in the URL only");
          }
          break;
        case Slot::pmid:       // PubMed's, JabRef's, Better BibTeX's
        case Slot::unique_id:  // Web of Science's: {{WOS:000719584000015}}
          if (Accession a = take_accession(r, unbrace(v), f.slot == Slot::pmid); a != Accession::filled) {
            diags_.warning(f.offset, std::string(f.name) + " '" + std::string(trim(v)) +
                                         (a == Accession::conflict ? "' disagrees with the record's identifier"
                                                                   : "' is not an identifier refnet knows") +
                                         ": kept as extra field");
            extra(f);
          }
          break;
        case Slot::pmcid:  // "PMC1234567", as PubMed and Zotero write it
          if (std::string_view id = unbrace(v); is_pmcid(id) && (r.pmcid.empty() || r.pmcid == id)) {
            r.pmcid = std::string(id);
          } else {
            diags_.warning(f.offset, std::string(f.name) + " '" + std::string(trim(v)) +
                                         (is_pmcid(id) ? "' disagrees with the record's PMCID" : "' is not a PMCID") +
                                         ": kept as extra field");
            extra(f);
          }
          break;
        case Slot::note:
          // The note stays; a line "PMID: 23439512" or "PMCID: PMC123" in it
          // (Zotero's and JabRef's writers put them there) is also read.
          extra(f);
          note_identifiers(v, r);
          break;
        case Slot::abstract:
          if (once(!r.abstract.empty(), f)) {
            r.abstract = latex_paragraphs_to_unicode(v);
            if (has_escaped_markup(r.abstract)) r.abstract = jats_to_text(r.abstract);  // ACM: "&lt;italic&gt;T5&lt;/italic&gt;"
          }
          break;
        case Slot::language:
        case Slot::langid:
          if (once(!r.language.empty(), f)) r.language = latex_to_unicode(v);
          break;
        case Slot::keywords:
          if (scopus) {
            // Scopus: `keywords` are its index keywords, ';'-separated
            // ("Animals, Wild; Soil"): kept apart from the author keywords,
            // where networks look for index keywords (as WoS Keywords-Plus).
            std::string joined;
            for (std::string_view k : split_on(unbrace(v), ";")) {
              std::string d = latex_to_unicode(k);
              if (d.empty()) continue;
              if (!joined.empty()) joined += "; ";
              joined += d;
            }
            if (!joined.empty()) r.add_extra("keywords-plus", std::move(joined));
          } else {
            // BASE (Bielefeld Academic Search Engine) writes one keyword a
            // field, the field repeated: every one is read.
            if (keywords_field && !repeated_keywords_said_) {
              diags_.report(Severity::note, f.offset,
                            "repeated field '" + std::string(f.name) + "' in entry '" + r.citekey +
                                "' (one keyword a field, as BASE writes them): every one read as keywords (said "
                                "once for the file)");
              repeated_keywords_said_ = true;
            }
            keywords_field = true;
            // Separated by ';' when there is one (a keyword may hold a
            // comma: "Sorting, Case study"), else by ','.
            // (A ';' inside braces is part of a keyword.)
            // (A field wrapped whole in braces, as WoS writes them, is
            // unwrapped first; inside, braces keep a keyword whole.)
            std::string_view list = unbrace(v);
            bool semicolons = split_on(list, ";").size() > 1 || (!list.empty() && list.back() == ';');
            // EndNote's BibTeX export writes its Keywords field one keyword a
            // line, the lines not indented (a writer that wraps a line
            // indents the rest), none ending with a separator; a MeSH
            // heading keeps its comma ("Animals, Wild"), PubMed's
            // major-topic '*' goes as in every reader of MeSH.
            if (!semicolons && keyword_lines(list)) {
              if (!keyword_lines_said_) {
                diags_.report(Severity::note, f.offset,
                              "field '" + std::string(f.name) + "' in entry '" + r.citekey +
                                  "' lists one keyword a line (EndNote's BibTeX export): each line read as a keyword "
                                  "(said once for the file)");
                keyword_lines_said_ = true;
              }
              for (std::string_view k : split_on(list, "\n")) r.add_keyword(without_major_topic_marks(latex_to_unicode(k)));
              break;
            }
            std::vector<std::string_view> keywords = semicolons ? split_on(list, ";") : split_on(list, ",");
            // Separated by ", " (Zotero, JabRef): a comma with no space
            // after it and a digit before it is the keyword's own ("46,XX
            // TRUE HERMAPHRODITES", "2,3-diphosphoglycerate"): the pieces it
            // cut are one.  (Mendeley's "Art,Black studies" beside ", " is
            // two keywords.)
            bool spaced = false;  // a comma with white space after it
            for (std::size_t c = list.find(','); c != std::string_view::npos && !spaced; c = list.find(',', c + 1))
              spaced = c + 1 < list.size() && is_space(list[c + 1]);
            if (!semicolons && spaced && keywords.size() > 1) {
              std::vector<std::string_view> whole;
              for (std::string_view k : keywords) {
                // Glued: the piece starts right after the comma that ended the one before.
                if (!whole.empty() && whole.back().data() + whole.back().size() + 1 == k.data() &&
                    is_digit(whole.back().back()))
                  whole.back() = std::string_view(whole.back().data(), whole.back().size() + 1 + k.size());
                else
                  whole.push_back(k);
              }
              keywords = std::move(whole);
            }
            for (std::string_view k : keywords) {
              std::string d = latex_to_unicode(k);
              r.add_keyword(d);
            }
          }
          break;
        case Slot::author_keywords:
          // Scopus author keywords are the record's keywords.
          if (once(!r.keywords.empty(), f))
            for (std::string_view k : split_on(unbrace(v), ";")) {
              std::string d = latex_to_unicode(k);
              r.add_keyword(d);
            }
          break;
        case Slot::cited_references:
        case Slot::references:
          if (once(!r.references.empty(), f)) {
            // Said where the DOI is written in the field (found as the reference writes it), else at the field.
            auto at_written = [&](const std::string& w) { return f.own ? offset_in_cell(t_, f.offset, w) : f.offset; };
            if (f.slot == Slot::references) {
              read_scopus_reference_list(latex_to_unicode(v), r.references, diags_, f.offset, at_written, &cited_drops_);
              break;
            }
            std::vector<DoiRepair> repairs;
            wos_references(v, r.references, repairs);
            for (const DoiRepair& d : repairs) say_doi_repair(d, "cited reference DOI", diags_, at_written(d.written));
          }
          break;
        case Slot::none:
          if (!source && iequals(f.name, "source")) source = &f;
          extra(f);
          break;
      }
    }
    // After the fields: refnet's --profile full writes the source's own
    // placeholder ("[Anonymous]") beside the author it wrote for it.
    keep_author_placeholder(r, std::move(placeholder));
    // An @proceedings' or @book's booktitle that repeats its title is its
    // own title, not a container.
    if (booktitle) {
      std::string bt = latex_to_unicode(booktitle->value);
      if (r.container_title.empty() && !(is_container_type(e.type) && bt == r.title)) r.container_title = std::move(bt);
      else extra(*booktitle);
    }
    // The number in the series when the entry names a series; stays the
    // source's own field (written back as it was).  Without one it is an
    // issue: Scopus files a conference paper in a journal as @CONFERENCE
    // with a `journal` and its issue as the number, and refnet's own export
    // of such a paper has the journal as booktitle.
    if (series_number) {
      if (!find(fields, "series") || find(fields, "journal") || find(fields, "journaltitle")) {
        if (r.issue.empty()) r.issue = latex_to_unicode(series_number->value);
        else extra(*series_number);
      } else {
        extra(*series_number);
      }
    }
    // MathSciNet: journal = {Adv. Math.}, fjournal = {Advances in Mathematics}.
    if (fjournal) {
      std::string full = latex_to_unicode(fjournal->value);
      if (r.container_title.empty() || r.container_title == full) {
        r.container_title = std::move(full);
      } else if (r.container_title_short.empty()) {
        r.container_title_short = std::move(r.container_title);
        r.container_title = std::move(full);
      } else {
        extra(*fjournal);
      }
    }
    // biblatex's `location` is BibTeX's `address`; when an entry has both
    // (ACM's exports), `address` is the publisher's and `location` the
    // event's place.
    if (address) r.publisher_place = latex_to_unicode(address->value);
    if (location) {
      if (r.publisher_place.empty()) r.publisher_place = latex_to_unicode(location->value);
      else extra(*location);
    }
    if (institution) {
      if (r.publisher.empty()) r.publisher = latex_to_unicode(institution->value);
      else extra(*institution);
    }
    map_date(r, year, month, day, date, extra);
    if (r.issue.find(" (") != std::string::npos) issns_in_issue(r, e.start);
    if (source && !is_container_type(e.type)) read_source(r, *source);
    // No doi field: the DOI of a resolver's or publisher's address in `url`
    // ("http://dx.doi.org/10..."), as the RIS reader takes it from UR.
    if (url && r.doi.empty())
      if (auto d = doi_in_url(r.url, "url", diags_, url->offset)) r.doi = std::move(*d);
    // Web of Science: an Early Access record has no year until its issue; its
    // "Early Access Date" ("NOV 2021", kept; "EarlyAccessDate" since 2022)
    // dates it, as EA does in WoS's tagged file.
    if (!r.issued.year && !r.issued.month && r.issued.text.empty())
      if (std::string_view ea = !r.get_extra("early access date").empty() ? r.get_extra("early access date")
                                                                          : r.get_extra("earlyaccessdate");
          !ea.empty()) {
        Date d;
        read_pd(unbrace(ea), d);
        if (d.year) r.issued = d;
      }
    // Scopus's document type: `document_type`, since 2024 `type` ("type =
    // {Conference review}") beside "source = {Scopus}".
    const FieldRef* scopus_type = find(fields, "document_type");
    if (!scopus_type && source_scopus) scopus_type = find(fields, "type");
    // Scopus's "Conference Review", whichever entry type it came as
    // (@CONFERENCE, @ARTICLE in a series): a volume of proceedings.
    if (scopus_type && is_scopus_conference_review(unbrace(scopus_type->value)))
      read_as_proceedings_volume(r, true, "journal");
    // Scopus's book chapter as @BOOK, the book's title its `journal`: a
    // chapter in that book (as the CSV reader reads Scopus's Book Chapter).
    if (scopus_type && iequals(trim(unbrace(scopus_type->value)), "Book Chapter") && r.type == "book" &&
        !r.container_title.empty() && r.container_title != r.title)
      r.type = "chapter";
    // Scopus files a chapter or a conference paper in a book series as
    // @ARTICLE, the series its `journal` ("Lecture Notes in Data Engineering
    // and Communications Technologies"): a "Book Chapter" is a chapter; a
    // "Conference Paper" is a paper in proceedings when the volume is a book
    // (an ISBN, a DOI of a book's chapter "10.1007/978-..."), and stays an
    // article in a journal's conference issue (European Journal of
    // Operational Research, no ISBN).
    if (scopus_type && e.type == "article" && r.type == "article-journal") {
      const std::string csl = refnet::scopus_type(trim(unbrace(scopus_type->value)));
      const bool book = !r.isbn.empty() || r.doi.find("/978-") != std::string::npos ||
                        r.doi.find("/979-") != std::string::npos;
      if (csl == "chapter" || (csl == "paper-conference" && book)) r.type = csl;
    }
    // Scopus's code of the conference given as the number ("number={215879}"
    // beside "Conference Code:215879" in the note): no issue; kept and said.
    if (const FieldRef* number = find(fields, "number"); number && !r.issue.empty() && scopus_type)
      if (const FieldRef* note = find(fields, "note")) {
        std::string_view n = unbrace(note->value);
        std::size_t at = n.find("Conference Code:");
        std::string_view code = at == std::string_view::npos ? std::string_view() : trim(n.substr(at + 16));
        code = code.substr(0, std::min(code.size(), code.find_first_not_of("0123456789")));
        if (!code.empty() && code == r.issue) {
          diags_.warning(number->offset, "number " + r.issue +
                                             " is the conference code Scopus gives in the note, not an issue: "
                                             "kept in extra");
          r.add_extra("number", std::move(r.issue));
          r.issue.clear();
        }
      }
    eprint_identifier(r);
    orcid_annotations(r, r.authors, "author+an:orcid");
    orcid_annotations(r, r.editors, "editor+an:orcid");
    organisation_editor(r, fields);
  }

  // HAL's BibTeX writes the publisher or the organiser as the editor
  // (Gepetto/gepetto-utils's hal.bib: "EDITOR = {Springer}" beside
  // "PUBLISHER = {Springer International Publishing}", "EDITOR = {IEEE}"),
  // a Mendeley library a catalogue record's e-book platform ("editor =
  // {EBSCOhost}"): one name, no given name, that the publisher's name starts
  // with or that is a publisher's or a platform's one word (not a family
  // name: "Wiley", "Taylor" are also people's).  An organisation, kept as
  // written; said.
  void organisation_editor(Record& r, const std::vector<FieldRef>& fields) {
    if (r.editors.size() != 1 || r.editors[0].is_literal() || !r.editors[0].given.empty()) return;
    const FieldRef* f = find(fields, "editor");
    if (!f) return;
    const std::string name = latex_to_unicode(unbrace(f->value));
    if (name.empty() || name.find_first_of(" ,") != std::string::npos) return;
    static constexpr std::string_view kOrganisations[] = {
        "IEEE", "ACM", "AAAI", "IFAC", "IFIP", "SIAM", "USENIX", "MDPI", "Springer", "Springer-Verlag",
        "Elsevier", "EBSCOhost", "ProQuest", "NetLibrary", "CNRS", "Inria"};
    bool known = false;
    for (std::string_view o : kOrganisations) known = known || iequals(name, o);
    const std::string_view publisher = r.publisher;
    const bool publishers = publisher.size() > name.size() && istarts_with(publisher, name) &&
                            !is_alpha(publisher[name.size()]) && !is_digit(publisher[name.size()]);
    if (!known && !(publishers || iequals(publisher, name))) return;
    diags_.warning(f->offset, "editor '" + name + "' is " +
                                  (known && !publishers ? std::string("an organisation") : "the publisher's name") +
                                  ", not a person: read as the organisation's name");
    Creator org;
    org.literal = name;
    r.editors[0] = std::move(org);
  }

  // biblatex's data annotations of a name list, as refnet's biblatex export
  // writes the creators' ORCIDs: author+an:orcid = {1="0000-0002-1825-0097";
  // 3="..."}.  Each item's ORCID goes to its name when the name has none;
  // the field stays in extra unless every item was read so.
  // 0000-0002-1825-009X
  static bool is_orcid(std::string_view s) {
    if (s.size() != 19) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (i % 5 == 4 ? c != '-' : !(is_digit(c) || (i == 18 && c == 'X'))) return false;
    }
    return true;
  }

  static void orcid_annotations(Record& r, std::vector<Creator>& names, std::string_view field) {
    auto it = std::find_if(r.extra.begin(), r.extra.end(),
                           [&](const ExtraField& f) { return f.format.empty() && iequals(f.name, field); });
    if (it == r.extra.end()) return;
    bool all = true;
    std::string_view v = it->value;
    for (std::size_t s = 0; s < v.size();) {
      std::size_t e = v.find(';', s);
      if (e == std::string_view::npos) e = v.size();
      std::string_view item = trim(v.substr(s, e - s));
      s = e + 1;
      if (item.empty()) continue;
      std::size_t eq = item.find('=');
      std::size_t n = 0;
      std::string_view pos = eq == std::string_view::npos ? std::string_view() : trim(item.substr(0, eq));
      for (char c : pos) n = is_digit(c) && n < 100000 ? n * 10 + std::size_t(c - '0') : 0;
      std::string_view id = eq == std::string_view::npos ? std::string_view() : trim(item.substr(eq + 1));
      if (id.size() >= 2 && id.front() == '"' && id.back() == '"') id = id.substr(1, id.size() - 2);
      std::string orcid = clean_orcid(id);
      if (pos.empty() || n == 0 || n > names.size() || !is_orcid(orcid) ||
          (!names[n - 1].orcid.empty() && names[n - 1].orcid != orcid)) {
        all = false;
        continue;
      }
      names[n - 1].orcid = std::move(orcid);
    }
    if (all) r.extra.erase(it);
  }

  // biblatex's way of giving a PubMed id, as refnet's export writes it:
  // eprint = {31874372}, eprinttype = {pubmed} (or a PMCID, eprinttype
  // PMCID).  Read into the PMID or PMCID when the record has none.
  static void eprint_identifier(Record& r) {
    std::string_view type = trim(r.get_extra("eprinttype")), id = trim(r.get_extra("eprint"));
    if (type.empty() || id.empty()) return;
    std::string* slot = nullptr;
    if ((iequals(type, "pubmed") || iequals(type, "pmid")) && id.size() <= 10 &&
        std::all_of(id.begin(), id.end(), [](char c) { return is_digit(c); }))
      slot = &r.pmid;
    else if (iequals(type, "pmcid") && is_pmcid(id))
      slot = &r.pmcid;
    if (!slot || !slot->empty()) return;
    *slot = std::string(id);
    r.extra.erase(std::remove_if(r.extra.begin(), r.extra.end(),
                                 [](const auto& f) { return f.format.empty() && (f.name == "eprint" || f.name == "eprinttype"); }),
                  r.extra.end());
  }

  // Web of Science's BibTeX writes its special-issue marker after the issue
  // ("Number = {{7, SI}}", or "{{SI}}" alone), its tagged file as the tag SI
  // beside IS: the issue is the number, the marker the extra field si (SI
  // in the tagged file's reader, whose extra fields are its tags).
  static void special_issue(Record& r) {
    std::string_view is = r.issue;
    if (is != "SI" && !ends_with(is, ", SI")) return;
    r.issue = is == "SI" ? std::string() : std::string(trim(is.substr(0, is.size() - 4)));
    r.add_extra("si", "SI");  // lower case, as the other BibTeX fields kept
  }

  // `source`: in Scopus's BibTeX the database (kept as an extra field, which
  // the record's source label reads); in BibTeX written by R (revtools,
  // pubmedR) the journal, plain ("PLOS Computational Biology", beside
  // journal={NA}) or as PubMed cites it ("Sci Total Environ. 2019 Jun
  // 20;670:129-137. doi: ...", beside year={NA}, doi={NA}).  A plain name is
  // the container of an entry that has none (then no extra field); a
  // citation fills the container, volume, issue, pages, date and DOI the
  // entry left empty and stays as it was written.  Said once a file.
  void read_source(Record& r, const FieldRef& f) {
    std::string text = latex_to_unicode(unbrace(f.value));
    if (text.empty()) return;
    const bool journal_words = text.find("Journal") != std::string::npos || text.find("Database Syst") != std::string::npos ||
                               text.find("Database of") != std::string::npos;
    if (!journal_words && !database_named(text).empty()) return;
    SourceParts s = parse_source_string(text);
    const bool cited = !s.volume.empty() || !s.pages.empty() || s.date.year != 0 || !s.doi.empty();
    bool used = false;
    auto fill = [&used](std::string& slot, const std::string& v) {
      if (slot.empty() && !v.empty()) slot = v, used = true;
    };
    if (cited && !s.book && !s.journal.empty()) {
      fill(r.container_title, s.journal);
      fill(r.volume, s.volume);
      fill(r.issue, s.issue);
      fill(r.pages, s.pages);
      if (r.issued.year == 0 && r.issued.text.empty() && s.date.year != 0) r.issued = s.date, used = true;
      if (r.doi.empty() && !s.doi.empty())
        if (auto d = normalize_doi_said(s.doi, "source", diags_, f.offset)) r.doi = *d, used = true;
    } else if (!cited && r.container_title.empty()) {
      r.container_title = text;
      used = true;
      const std::string written(trim(f.value));
      r.extra.erase(std::remove_if(r.extra.begin(), r.extra.end(),
                                   [&](const auto& x) { return x.format.empty() && x.name == "source" && x.value == written; }),
                    r.extra.end());
    }
    if (used && sources_read_++ == 0) source_read_at_ = f.offset;
  }

  // BibTeX written by R from a PubMed search (revtools; kaelynr/
  // MicrobiomeThesis BibChunks, 112 of 135 entries) joins PubMed's labelled
  // ISSNs and the issue with " and ": "1879-1026 (Electronic) and 0048-9697
  // (Linking) and 23".  The ISSNs are the record's, the rest the issue; said
  // once a file.
  void issns_in_issue(Record& r, std::size_t at) {
    if (r.issue.find("(Print)") == std::string::npos && r.issue.find("(Electronic)") == std::string::npos &&
        r.issue.find("(Linking)") == std::string::npos)
      return;
    Record found;
    std::string rest;
    std::string_view is = r.issue;
    for (std::size_t start = 0; start <= is.size();) {
      std::size_t end = std::min(is.find(" and ", start), is.size());
      std::string_view piece = trim(is.substr(start, end - start));
      start = end + 5;
      if (piece.empty() || (piece.find('(') != std::string_view::npos && classify_sn(piece, found))) continue;
      rest += (rest.empty() ? "" : " and ") + std::string(piece);
    }
    if (found.issn.empty() || !found.isbn.empty()) return;
    for (std::string& n : found.issn)
      if (std::find(r.issn.begin(), r.issn.end(), n) == r.issn.end()) r.issn.push_back(std::move(n));
    if (issns_in_issue_++ == 0) {
      issn_in_issue_at_ = at;
      issn_in_issue_ = r.issue;
    }
    r.issue = std::move(rest);
  }

  // A PMCID of at most ten digits.
  static bool is_pmcid(std::string_view id) { return id.size() <= 13 && refnet::is_pmcid(id); }

  // "PMID: 23439512" and "PMCID: PMC3456789" lines of a note fill the PMID
  // and PMCID when the record has none.
  static void note_identifiers(std::string_view note, Record& r) {
    for (std::string_view raw : split_on(unbrace(note), "\n")) {
      std::string decoded = latex_to_unicode(raw);
      std::string_view line = decoded;
      for (auto [label, field] : {std::pair<std::string_view, std::string*>{"PMID:", &r.pmid}, {"PMCID:", &r.pmcid}}) {
        if (!starts_with(line, label)) continue;
        std::string_view id = trim(line.substr(label.size()));
        bool ok = field == &r.pmid ? !id.empty() && id.size() <= 10 &&
                                         std::all_of(id.begin(), id.end(), [](char c) { return is_digit(c); })
                                   : is_pmcid(id);
        if (ok && field->empty()) *field = std::string(id);
      }
    }
  }

  template <typename Extra>
  void map_date(Record& r, const FieldRef* year, const FieldRef* month, const FieldRef* day,
                const FieldRef* date, Extra& extra) {
    bool date_unread = false;
    // "0000" is no year (zero_year_message): the entry is undated.
    auto zero_year = [&](const FieldRef*& f, std::string_view name) {
      if (!f || !is_zero_year(unbrace(f->value))) return;
      if (f->own) diags_.warning(f->offset, zero_year_message(name, unbrace(f->value)));
      extra(*f);
      f = nullptr;
    };
    zero_year(date, "date");
    zero_year(year, "year");
    int season_year = 0, season = 0;
    if (date && read_season_date(unbrace(date->value), season_year, season)) {
      // A season (EDTF "1985-23"; "1985-autumn", "Spring 2003"): the year and
      // the season's name, as RIS's "2003///Spring" is read; the exporters
      // write biblatex's 1985-23, BibTeX's month = {Autumn}, CSL's season.
      r.issued.year = season_year;
      r.issued.text = std::string(season_name(season));
      std::string_view dv = trim(unbrace(date->value));
      if (date->own && !(dv.size() == 7 && is_digit(dv[5])))
        diags_.warning(date->offset, "date '" + std::string(dv) + "' read as " + r.issued.text + " " +
                                         std::to_string(season_year) + " (EDTF " + std::to_string(season_year) + "-" +
                                         std::to_string(season) + ", as biblatex writes it)");
    } else if (date) {
      bool exact = false;
      if (parse_iso_date(unbrace(date->value), r.issued, exact)) {
        parse_iso_end(unbrace(date->value), r.issued);
        if (!exact) extra(*date);
        // "199X": a year of the 1990s, not 1990; said, as what list and
        // search show is 1990 (the exporters write the date as written).
        std::string_view dv = trim(unbrace(date->value));
        if (date->own && dv.substr(0, std::min<std::size_t>(dv.size(), 5)).find_first_of("Xx") != std::string_view::npos)
          diags_.warning(date->offset, "date '" + std::string(dv) + "' has unspecified digits: sorted and listed as " +
                                           std::to_string(r.issued.year) +
                                           ", kept as written for export (biblatex, CSL literal, BibTeX year)");
      } else {
        r.issued.text = latex_to_unicode(date->value);
        date_unread = true;
      }
    }
    if (year) {
      std::string_view y = unbrace(year->value);
      int n = parse_uint(y, 4);
      if (date_unread && n >= 0 && y.size() == 4) {
        // "date = {July 6, 2016}" beside "year = {2016}": the year is the
        // year; the date's text is kept as an extra field.
        if (date->own)
          diags_.warning(date->offset, "date '" + r.issued.text +
                                           "' is not a date refnet can read: the year is field 'year', the date "
                                           "kept as an extra field");
        date_unread = false;
        r.issued.text.clear();
        r.issued.year = n;
        extra(*date);
      } else if (r.issued.year != 0 || !r.issued.text.empty()) {
        // date wins; keep what year said, unless it is the year refnet's
        // BibTeX export writes beside the date (1984--1986 for 1984/1986,
        // 199X, 1951?)
        if (!year_of_date(y, unbrace(date->value), r.issued)) extra(*year);
      } else if (n >= 0 && y.size() == 4) {
        r.issued.year = n;
      } else {
        // "2018a", "in press", "{2018}": the first run of exactly four
        // digits ("19893" holds none: not 9893), the rest kept.  A year
        // before the common era ("535 BCE", "535 BC"; biblatex's "-0534")
        // is that year (-534), as the date field's "-0534" is.
        std::string d = latex_to_unicode(y);
        const int bce = bce_year(d);
        r.issued.year = bce;
        for (std::size_t i = 0; i + 4 <= d.size() && bce == 0; ++i)
          if ((i == 0 || !is_digit(d[i - 1])) && parse_uint(std::string_view(d).substr(i, 4), 4) >= 0 &&
              (i + 4 == d.size() || !is_digit(d[i + 4]))) {
            r.issued.year = parse_uint(std::string_view(d).substr(i, 4), 4);
            break;
          }
        if (r.issued.year > 0) r.issued.end_year = year_range_end(d);
        if (bce != 0) {
          if (d != year_words(bce)) extra(*year);  // "535 BCE" is what the exporters write
        } else if (r.issued.year == 0) {
          r.issued.text = d;
          if (year->own && std::any_of(d.begin(), d.end(), is_digit))
            diags_.warning(year->offset, "year '" + d + "' is not a year (kept as text)");
        } else if (d.size() != 4 && !year_holds_date(d, *year, r.issued)) {
          extra(*year);
        }
      }
    }
    if (date_unread && date->own)
      diags_.warning(date->offset, "date '" + r.issued.text + "' is not a date refnet can read (kept as text)");
    if (month) {
      std::string_view mv = unbrace(month->value);
      // RefWorks: "June 23," (a month and a day, the comma that stood before the year).
      while (!mv.empty() && (mv.back() == ',' || is_space(mv.back()))) mv.remove_suffix(1);
      int m = parse_month(mv), d = 0;
      // Web of Science: "MAR 16" is a month and a day.
      std::size_t sp = mv.find(' ');
      if (!m && !day && sp != std::string_view::npos) {
        d = parse_uint(trim(mv.substr(sp + 1)), 2);
        m = d >= 1 && d <= 31 ? parse_month(mv.substr(0, sp)) : 0;
      }
      // RefWorks: "-04-28", an ISO date's month and day without its year.
      if (std::string_view md = mv.substr(!mv.empty() && mv.front() == '-' ? 1 : 0);
          !m && !day && md.size() == 5 && md[2] == '-' && all_digits(md.substr(0, 2)) && all_digits(md.substr(3))) {
        const int a = parse_month(md.substr(0, 2)), b = parse_uint(md.substr(3), 2);
        if (a && b >= 1 && b <= 31) m = a, d = b;
      }
      // Web of Science: "JUN-JUL", "OCT-DEC": a range of months of the year
      // (biblatex writes it as a date range; one month field would say less);
      // jan # "--" # feb, as refnet's BibTeX export writes one, the same.
      int end = 0;
      if (std::size_t dash = mv.find('-'); !m && !day && dash != std::string_view::npos) {
        std::size_t after = mv.find_first_not_of('-', dash);
        int a = parse_month(mv.substr(0, dash)), b = after == std::string_view::npos ? 0 : parse_month(mv.substr(after));
        if (a && b > a) m = a, end = b;
      }
      if (m && r.issued.month == 0 && r.issued.year != 0 && !(end && r.issued.is_range())) {
        r.issued.month = m;
        if (d) r.issued.day = d;
        if (end) {
          r.issued.end_year = r.issued.year;
          r.issued.end_month = end;
        }
      } else if (int sc = season_code(mv) ? season_code(mv) : wos_season(mv); sc && !m && r.issued.year != 0 && r.issued.month == 0 &&
                                           r.issued.text.empty() && !r.issued.is_range()) {
        r.issued.text = std::string(season_name(sc));  // month = {Summer}: BibTeX's season, as refnet writes it
      } else if (!(m && m == r.issued.month && d == 0)) {
        // month = {31} (Mendeley), {Jnu}: kept among the entry's own fields,
        // which `refnet show` lists and the BibTeX writers leave out, said.
        if (month->own && names_no_month(mv))
          diags_.warning(month->offset, "month '" + std::string(mv) +
                                            "' is not a month: kept as the source's own field, not in the date");
        extra(*month);
      }
    }
    if (day) {
      int d = parse_uint(unbrace(day->value), 2);
      if (d >= 1 && d <= 31 && r.issued.day == 0 && r.issued.month != 0) r.issued.day = d;
      else if (!(d >= 1 && d == r.issued.day)) extra(*day);
    }
  }

  // "{{10.1/x}}" (Web of Science wraps every value): the braces go.
  static std::string_view unbrace(std::string_view v) {
    v = trim(v);
    while (v.size() >= 2 && v.front() == '{' && v.back() == '}') {
      int depth = 0;
      bool outer = true;
      for (std::size_t i = 0; i + 1 < v.size(); ++i) {
        if (v[i] == '{') ++depth;
        else if (v[i] == '}' && --depth == 0) {
          outer = false;
          break;
        }
      }
      if (!outer) break;
      v = trim(v.substr(1, v.size() - 2));
    }
    return v;
  }

  // A DOI or URL as written: without \url{...}, and with the escapes BibTeX
  // writers put in (Web of Science: "10.1007/978-1-4020-5802-8\_15") decoded.
  static std::string strip_url_command(std::string_view v) {
    v = unbrace(v);
    if (starts_with(v, "\\url{") && ends_with(v, "}")) v = v.substr(5, v.size() - 6);
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (v[i] == '\\' && i + 1 < v.size() && std::string_view("_%&#$~").find(v[i + 1]) != std::string_view::npos) continue;
      // A brace group of one character is that character: Web of Science's
      // "{[}" in a SICI DOI ("10.1641/0006-3568(2006)56{[}801:SCEABS]2.0.CO;2").
      if (v[i] == '{' && i + 2 < v.size() && v[i + 2] == '}' && v[i + 1] != '{' && v[i + 1] != '}') {
        out.push_back(v[i + 1]);
        i += 2;
        continue;
      }
      out.push_back(v[i]);
    }
    return out;
  }

  // "--" is an en dash once decoded; text.hpp's normalize_pages does the rest.
  static std::string normalize_pages(std::string_view v) { return refnet::normalize_pages(latex_to_unicode(v)); }

  static void wos_references(std::string_view v, std::vector<Reference>& out, std::vector<DoiRepair>& repairs) {
    std::size_t s = 0;
    for (std::size_t i = 0; i <= v.size(); ++i) {
      if (i < v.size() && v[i] != '\n') continue;
      std::string line = latex_to_unicode(v.substr(s, i - s));
      s = i + 1;
      if (line.empty()) continue;
      out.push_back(parse_wos_reference(line, &repairs));
    }
  }

};

}  // namespace

std::string_view bibtex_entry_csl_type(std::string_view entry_type) {
  bool lossy = false;
  return csl_type(entry_type, lossy);
}

ParseStats parse_bibtex(std::string_view text, Diagnostics& diags, const RecordSink& sink,
                        const BibtexOptions& options) {
  return Parser(text, diags, sink, options).run();
}

}  // namespace refnet
