#include <algorithm>
// Citation keys from a JabRef/Better-BibTeX-like pattern.
//
// The pattern is literal text and bracketed parts, each a field with
// optional modifiers: "[auth:lower][year][shorttitle:lower]".
//
// Fields (a missing value expands to empty unless said otherwise):
//   [auth]            first author's family name, without the von-part
//                     ("van der Berg" -> "Berg", as JabRef's [auth]); the
//                     editors when there are no authors; a corporate author
//                     gives its name without spaces, or the initials of a
//                     name of three words or more ("WHO"); no creator -> "anon"
//   [authN]           the first N letters of [auth]
//   [authors]         every author's family name, concatenated
//   [authorsN]        the first N, then "EtAl" when there are more
//   [auth.etal]       "Kassen", "Kassen.Smith", or "Kassen.etal" (3 or more)
//   [authEtAl]        "Kassen", "KassenSmith", or "KassenEtAl"
//   [year]            four-digit year; no year -> "nd" ("no date", as
//                     citation styles print it), so that the key still says
//                     the year is missing instead of silently running the
//                     name into the title
//   [shortyear]       the last two digits of the year, or "nd"
//   [title]           every title word, capitalised, concatenated
//   [shorttitle]      the first title word that is not a stop word (this is
//                     what the default pattern needs: "kassen2018promoting")
//   [shorttitleN]     the first N such words, capitalised, concatenated
//   [veryshorttitle]  the same as [shorttitle] (JabRef's name for it)
//   [journal]         the container title's words, capitalised, concatenated
//   [firstpage]       the pages up to the first '-'
// Modifiers: :lower, :upper, :abbr (the first letter of each word, stop
// words left out: "International Review of Administrative Sciences" ->
// "IRAS").
//
// The expansion is ASCII-folded and every character outside
// [A-Za-z0-9_:.-] is removed; punctuation is then trimmed from both ends,
// because pandoc ends a citation key at trailing punctuation and wants it to
// begin with a letter, digit or '_'.  Such a key is safe for BibTeX,
// biblatex and pandoc alike.
#include "refnet/citekey.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <utf8proc.h>

#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

bool is_key_char(char c) { return is_alpha(c) || is_digit(c) || c == '_' || c == ':' || c == '.' || c == '-'; }
bool is_key_edge(char c) { return is_alpha(c) || is_digit(c) || c == '_'; }

// Folds to ASCII, removes unsafe characters, trims punctuation at the ends.
std::string sanitize_key(std::string_view s) {
  std::string folded = ascii_fold(s);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded)
    if (is_key_char(c)) out.push_back(c);
  std::size_t b = 0, e = out.size();
  while (b < e && !is_key_edge(out[b])) ++b;
  while (e > b && !is_key_edge(out[e - 1])) --e;
  return out.substr(b, e - b);
}

bool is_stop_word(std::string_view w) {
  static constexpr std::string_view words[] = {
      "a",    "an",   "the",  "of",   "on",   "in",  "at",    "to",    "for",  "and",  "or",  "but",
      "nor",  "with", "from", "by",   "as",   "into", "onto", "about", "over", "under", "upon", "via",
      "is",   "are",  "be",   "its",  "this", "that", "these", "those", "what", "how",  "why", "when",
      "do",   "does", "not",  "so",   "than", "vs",  "der",   "die",   "das",  "le",   "la",  "les",
      "un",   "une",  "el",   "los",  "las",  "il",  "de",    "des",   "du",   "et",   "und", "y"};
  std::string lower = ascii_lower(w);
  for (auto s : words)
    if (lower == s) return true;
  return false;
}

// Letters of a script other than Latin (Greek U+0370 and up: Cyrillic,
// Han, kana, Hangul, Arabic...), which ascii_fold() would drop.
bool has_non_latin(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = next_utf8(s, i);
    if (cp >= 0x370 && cp != 0x2013 && cp != 0x2014 && !(cp >= 0x1E00 && cp < 0x2000)) return true;
  }
  return false;
}

// Punctuation ICU's romanisation spells as ascii_fold() does (’ as ', “ as ",
// the dashes as -, U+202F left for ascii_fold's space): a text of ASCII and
// these alone romanises to what ascii_fold() makes of it, without ICU (whose
// transliterator costs ~150 M instructions to build, once a process: an export
// of works with a curly apostrophe in a name or title paid it to learn nothing).
// ‚ and „ are not among them: ICU spells them , and ,, where ascii_fold says ' and ".
bool folds_as_icu(char32_t cp) {
  switch (cp) {
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': case U'\u2015': case U'\u2212':
    case U'\u2018': case U'\u2019': case U'\u2032': case U'\u201C': case U'\u201D': case U'\u2033':
    case U'\u2002': case U'\u2003': case U'\u2009': case U'\u202F':
      return true;
    default:
      return false;
  }
}

// A Latin letter with diacritics, one precomposed code point that decomposes
// to an ASCII letter and combining marks (é, Ş, ạ): ICU's Latin-ASCII and
// ascii_fold() both keep the ASCII letter (all 488 of U+00C0-U+024F and
// U+1E00-U+1EFF, checked with uconv -x 'Any-Latin; Latin-ASCII').
bool accented_ascii_letter(char32_t cp) {
  if (!((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF))) return false;
  utf8proc_int32_t parts[8];
  int boundclass = 0;
  const utf8proc_ssize_t n =
      utf8proc_decompose_char(utf8proc_int32_t(cp), parts, 8, UTF8PROC_DECOMPOSE, &boundclass);
  if (n < 2 || n > 8 || parts[0] >= 0x80 || !is_alpha(char(parts[0]))) return false;
  for (utf8proc_ssize_t k = 1; k < n; ++k)
    if (utf8proc_get_property(parts[k])->combining_class == 0) return false;
  return true;
}

// Whether ICU would romanise `s` to nothing ascii_fold() does not make of it
// too: ASCII, that punctuation and accented Latin letters only.
bool folds_alike(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const char32_t cp = next_utf8(s, i);
    if (!folds_as_icu(cp) && !accented_ascii_letter(cp)) return false;
  }
  return true;
}

// ICU's romanisation ("Any-Latin; Latin-ASCII": Иванов -> Ivanov, Παπαδόπουλος
// -> Papadopoulos, 王小明 -> wang xiao ming), for the text ascii_fold() would
// lose.  ICU transliterators are not thread-safe: one per thread.
std::string romanize(std::string_view s) {
  if (!has_non_latin(s) || folds_alike(s)) return std::string(s);
  thread_local std::unique_ptr<icu::Transliterator> t;
  thread_local bool failed = false;
  if (!t && !failed) {
    UErrorCode status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      t.reset();
      failed = true;
    }
  }
  if (!t) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// The words of a text, romanised and ASCII-folded: runs of letters and
// digits; a hyphen or apostrophe inside a word joins ("E-Government" -> "EGovernment").
std::vector<std::string> words_of(std::string_view text) {
  std::string folded = ascii_fold(romanize(text));
  std::vector<std::string> words;
  std::string cur;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (is_alpha(c) || is_digit(c)) {
      cur.push_back(c);
    } else if ((c == '-' || c == '\'') && !cur.empty() && i + 1 < folded.size() &&
               (is_alpha(folded[i + 1]) || is_digit(folded[i + 1]))) {
      // joined: skip the character
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::string capitalize(std::string w) {
  if (!w.empty()) w[0] = to_upper(w[0]);
  return w;
}

std::string concat_capitalized(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += capitalize(w);
  return out;
}

// A corporate name as a key part: of one or two words without spaces
// ("OECD", "EuropeanCommission"); longer, the initials of its words, stop
// words left out, a word in capitals or digits kept whole, as JabRef
// abbreviates institutions ("World Health Organization Regional Office for
// Europe" -> "WHOROE", "Anopheles gambiae 1000 Genomes Consortium" ->
// "AG1000GC"): a key of 77 letters is no key a person types.
std::string corporate_key_name(std::string_view name) {
  std::vector<std::string> words;
  for (std::string& w : words_of(name))
    if (!is_stop_word(w)) words.push_back(std::move(w));
  if (words.size() <= 2) return concat_capitalized(words_of(name));
  auto capitals = [](const std::string& w) {
    return std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // A name in capitals throughout ("BANQUE NATIONALE DE BELGIQUE") says no
  // acronym by its case: initials only.
  const bool shouting = std::all_of(words.begin(), words.end(), capitals);
  std::string out;
  for (const std::string& w : words) {
    const bool whole = std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); }) ||
                       (!shouting && w.size() >= 2 && capitals(w));
    out += whole ? w : std::string(1, to_upper(w[0]));
  }
  return out;
}

// A name without what it holds in brackets, and in parentheses too when
// `parentheses`.
std::string outside_brackets(std::string_view name, bool parentheses) {
  std::string out;
  for (std::size_t i = 0, depth = 0; i < name.size(); ++i) {
    const char ch = name[i];
    if (ch == '[' || (parentheses && ch == '(')) ++depth;
    else if ((ch == ']' || (parentheses && ch == ')')) && depth) --depth;
    else if (!depth) out.push_back(ch);
  }
  return out;
}

// A creator's name as a key part: the family name without the von-part; a
// corporate name, corporate_key_name.
std::string key_name(const Creator& c) {
  if (!c.family.empty()) {
    // A second family name in parentheses (a maiden or former one: "Baidya
    // (Kayal)") is no part of the key: baidya2014, as the record's citing
    // papers write it ("Baidya E, 2014").  Nor is a romanization in
    // brackets after a name in its own script ("Հակոբյան [Hakobyan]",
    // ArmEnBib's): the key is made of one form, the name's own, as
    // "Հակոբյան" alone makes it (before: hakobyanhakobyan1990).
    std::string key = concat_capitalized(words_of(outside_brackets(c.family, true)));
    return key.empty() ? concat_capitalized(words_of(c.family)) : key;
  }
  // A single-field name's romanization likewise ("Ա-Դո [A-Do]", a pseudonym).
  std::string key = corporate_key_name(outside_brackets(c.literal, false));
  return key.empty() ? corporate_key_name(c.literal) : key;
}

// The creators that name the work: authors, else editors.
const std::vector<Creator>& naming_creators(const Record& r) { return r.authors.empty() ? r.editors : r.authors; }

struct Names {
  std::vector<std::string> names;  // without "others"
  bool more = false;               // "and others" was given
};
Names creator_names(const Record& r) {
  Names n;
  for (const auto& c : naming_creators(r)) {
    if (is_others(c)) {
      n.more = true;
      continue;
    }
    // A name that gives no key part keeps its place ("Anon"), so that the
    // key never silently names the second author as the first.
    std::string k = key_name(c);
    n.names.push_back(k.empty() ? std::string("Anon") : std::move(k));
  }
  return n;
}

std::string year_of(const Record& r) {
  if (r.issued.year <= 0) return "nd";
  std::string y = std::to_string(r.issued.year);
  while (y.size() < 4) y.insert(y.begin(), '0');
  return y;
}

std::vector<std::string> content_words(std::string_view title) {
  std::vector<std::string> out;
  for (auto& w : words_of(title))
    if (!is_stop_word(w)) out.push_back(std::move(w));
  return out;
}

std::string first_n(std::vector<std::string> words, std::size_t n) {
  if (words.size() > n) words.resize(n);
  return concat_capitalized(words);
}

// Parses a decimal suffix of `name` after `prefix`: "authors3" -> 3.
bool numbered(std::string_view name, std::string_view prefix, std::size_t& n) {
  if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix) return false;
  n = 0;
  for (char c : name.substr(prefix.size())) {
    if (!is_digit(c)) return false;
    n = n * 10 + std::size_t(c - '0');
    if (n > 1000) return false;
  }
  return n > 0;
}

std::string expand_field(std::string_view field, const Record& r) {
  std::size_t n = 0;
  if (field == "auth") {
    Names ns = creator_names(r);
    return ns.names.empty() ? "anon" : ns.names[0];
  }
  if (numbered(field, "auth", n)) {
    Names ns = creator_names(r);
    std::string a = ns.names.empty() ? "anon" : ns.names[0];
    return a.substr(0, n);
  }
  if (field == "authors" || numbered(field, "authors", n)) {
    Names ns = creator_names(r);
    if (ns.names.empty()) return "anon";
    std::string out;
    std::size_t limit = n ? n : ns.names.size();
    for (std::size_t i = 0; i < ns.names.size() && i < limit; ++i) out += ns.names[i];
    if (n && (ns.names.size() > n || ns.more)) out += "EtAl";
    return out;
  }
  if (field == "auth.etal" || field == "authEtAl") {
    Names ns = creator_names(r);
    if (ns.names.empty()) return "anon";
    bool dotted = field == "auth.etal";
    if (ns.names.size() == 1 && !ns.more) return ns.names[0];
    if (ns.names.size() == 2 && !ns.more) return ns.names[0] + (dotted ? "." : "") + ns.names[1];
    return ns.names[0] + (dotted ? ".etal" : "EtAl");
  }
  if (field == "year") return year_of(r);
  if (field == "shortyear") {
    std::string y = year_of(r);
    return y == "nd" ? y : y.substr(y.size() - 2);
  }
  if (field == "title") return concat_capitalized(words_of(strip_rich_text(r.title)));
  if (field == "shorttitle" || field == "veryshorttitle") return first_n(content_words(strip_rich_text(r.title)), 1);
  if (numbered(field, "shorttitle", n)) return first_n(content_words(strip_rich_text(r.title)), n);
  if (field == "journal") return concat_capitalized(words_of(r.container_title));
  if (field == "firstpage") {
    std::string_view p = r.pages;
    std::size_t dash = p.find_first_of("-–,");
    return std::string(trim(p.substr(0, dash)));
  }
  throw std::invalid_argument("unknown citation key field [" + std::string(field) + "]");
}

// The text a field's words came from, for :abbr.
std::string abbreviate(std::string_view field, const Record& r, const std::string& expanded) {
  std::string_view source;
  std::string plain_title;
  if (field == "title" || field.substr(0, 10) == "shorttitle" || field == "veryshorttitle")
    source = plain_title = strip_rich_text(r.title);
  else if (field == "journal")
    source = r.container_title;
  std::string out;
  if (source.empty()) {
    // Capitalised concatenations: take the capitals ("KassenSmith" -> "KS").
    for (std::size_t i = 0; i < expanded.size(); ++i)
      if (i == 0 || (expanded[i] >= 'A' && expanded[i] <= 'Z')) out.push_back(expanded[i]);
    return out;
  }
  for (const auto& w : content_words(source)) out.push_back(to_upper(w[0]));
  return out;
}

}  // namespace

bool is_safe_key(std::string_view key) { return !key.empty() && sanitize_key(key) == key; }

bool made_up_key(std::string_view key, const Record& source) {
  const std::string base = expand_key_pattern(kDefaultKeyPattern, source);
  if (base.empty() || key.size() < base.size() || key.compare(0, base.size(), base) != 0) return false;
  std::string_view suffix = key.substr(base.size());
  if (!suffix.empty()) return std::all_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  // The formats whose readers take a record's own key (bibtex.cpp, csl_json.cpp,
  // zotero_json.cpp, mods_xml.cpp, a table's key column): there the key may be the user's.
  const std::string& f = source.provenance.format;
  return f != "bibtex" && f != "csl-json" && f != "zotero-json" && f != "mods" && f != "table";
}

std::string expand_key_pattern(std::string_view pattern, const Record& r) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == ']') throw std::invalid_argument("unmatched ']' in key pattern at offset " + std::to_string(i));
    if (c != '[') {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t close = pattern.find(']', i + 1);
    if (close == std::string_view::npos)
      throw std::invalid_argument("unterminated '[' in key pattern: " + std::string(pattern.substr(i)));
    std::string_view part = pattern.substr(i + 1, close - i - 1);
    if (part.find('[') != std::string_view::npos)
      throw std::invalid_argument("nested '[' in key pattern: [" + std::string(part) + "]");
    // The field name ends at the first ':'; "auth.etal" keeps its dot.
    std::size_t colon = part.find(':');
    std::string_view field = part.substr(0, colon);
    std::string value = expand_field(field, r);
    while (colon != std::string_view::npos) {
      std::size_t next = part.find(':', colon + 1);
      std::string_view mod = part.substr(colon + 1, next == std::string_view::npos ? next : next - colon - 1);
      if (mod == "lower")
        value = ascii_lower(value);
      else if (mod == "upper")
        for (char& ch : value) ch = to_upper(ch);
      else if (mod == "abbr")
        value = abbreviate(field, r, value);
      else
        throw std::invalid_argument("unknown citation key modifier :" + std::string(mod) + " in [" +
                                    std::string(part) + "]");
      colon = next;
    }
    out += value;
    i = close + 1;
  }
  return sanitize_key(out);
}

namespace {
// Keys no person chose: a long hexadecimal hash (Pure, some publishers) or a
// bare number (Scopus EIDs, database IDs).  Nobody cites \cite{00734f17...}.
// Outside a .bib (whose keys a paper may cite already: Web of Science's
// "ISI:000461270600041" stays), also a database's accession number in RIS
// ID: five digits or more and at most four letters, as Lens's
// "004-730-763-880-57X", PsycINFO's "2021-94054-001", CENTRAL's
// "CN-01570110", ERIC's "EJ1251011", "WOS:000461270600041".
bool machine_made(std::string_view key, std::string_view format) {
  bool all_digits = std::all_of(key.begin(), key.end(), is_digit);
  bool all_hex = std::all_of(key.begin(), key.end(), [](char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
  if (all_digits || (all_hex && key.size() >= 16)) return true;
  // refnet's own table (its key column, which no other table's reader
  // takes: importers/table_csv.cpp) writes the library's keys, a .bib's
  // among them: read back, `WOS:000072971100005` is the key it wrote.
  if (format == "bibtex" || format == "table") return false;
  auto digits = std::count_if(key.begin(), key.end(), is_digit);
  auto letters = std::count_if(key.begin(), key.end(), [](char c) { return is_alpha(c); });
  // Scopus's BibTeX key, a family name, the year and the first page
  // ("Liu202155", "Li2020123"), is a key a paper cites: refnet's RIS export
  // writes it in ID, and reading it back made the work another key.
  std::size_t name = 0;
  while (name < key.size() && is_alpha(key[name])) ++name;
  const bool scopus_key = name >= 2 && key[0] >= 'A' && key[0] <= 'Z' && key[1] >= 'a' && key[1] <= 'z' &&
                          key.size() >= name + 4 && (key.substr(name, 2) == "19" || key.substr(name, 2) == "20") &&
                          std::all_of(key.begin() + std::ptrdiff_t(name), key.end(), is_digit);
  return digits >= 5 && letters <= 4 && !scopus_key;
}
}  // namespace

KeyAssigner::KeyAssigner(const std::unordered_set<std::string>& taken, std::string pattern)
    : pattern_(std::move(pattern)) {
  taken_.reserve(taken.size());
  for (const auto& k : taken) taken_.insert(folded(k));
}

std::string KeyAssigner::folded(std::string_view key) { return ascii_lower(key); }

std::string KeyAssigner::assign(const Record& r) {
  if (is_safe_key(r.citekey) && !machine_made(r.citekey, r.provenance.keyed_by()) && claim(r.citekey)) return r.citekey;
  return generate(r);
}

std::string KeyAssigner::generate(const Record& r) { return unique(expand_key_pattern(pattern_, r)); }

KeyAssigner::Proposal KeyAssigner::propose(const Record& r) const {
  if (is_safe_key(r.citekey) && !machine_made(r.citekey, r.provenance.keyed_by())) return {r.citekey, true};
  return {expand_key_pattern(pattern_, r), false};
}

std::string KeyAssigner::assign(const Record& r, const Proposal& p) {
  if (p.own) {
    if (claim(p.key)) return p.key;
    return generate(r);  // the person's key is taken: as assign() does
  }
  return unique(p.key);
}

// candidate, candidate+"a" ... "z", "aa", "ab", ... (bijective base 26).
std::string KeyAssigner::unique(std::string candidate) {
  if (candidate.empty()) candidate = "anon";
  if (claim(candidate)) return candidate;
  for (std::size_t n = 1;; ++n) {
    std::string suffix;
    for (std::size_t k = n; k > 0; k = (k - 1) / 26) suffix.insert(suffix.begin(), char('a' + (k - 1) % 26));
    std::string key = candidate + suffix;
    if (claim(key)) return key;
  }
}

}  // namespace refnet
