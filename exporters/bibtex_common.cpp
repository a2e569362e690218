// The BibTeX and BibLaTeX entry writer.
//
// Both dialects write the same fields in the same fixed order; a small table
// says what each dialect calls them (journal/journaltitle, address/location,
// year+month/date).  Values are LaTeX-encoded (unicode_to_latex) except the
// verbatim ones (url, doi, file) and the raw extra fields.
//
// Extra fields: a record from a BibTeX source keeps every field without a
// slot as its raw BibTeX value, so those are written back as they were (this
// is what makes BibTeX -> library -> BibTeX lossless).  Extra fields from
// other formats (RIS tags like N1, Crossref keys) are not BibTeX: they are
// left out rather than guessed at, except an RIS note (N1), which becomes
// `note` since that is what a reader of the .bib would look for.
#include "bibtex_common.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <string_view>

#include "refnet/citekey.hpp"
#include "refnet/latex.hpp"
#include "refnet/text.hpp"

namespace refnet::bibtex_out {

namespace {

constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

bool balanced(std::string_view s) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == '{') ++depth;
    if (s[i] == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

// URLs and DOIs are written as they are; a brace would end the value, so an
// unbalanced one is percent-encoded (which a URL allows).
std::string verbatim(std::string_view s) {
  if (balanced(s) && s.find('\\') == std::string_view::npos) return std::string(s);
  std::string out;
  for (char c : s) {
    if (c == '{') out += "%7B";
    else if (c == '}') out += "%7D";
    else if (c == '\\') out += "%5C";
    else out += c;
  }
  return out;
}

bool from_bibtex(const Record& r) { return r.provenance.format == "bibtex"; }

bool has_extra(const Record& r, std::string_view name) {
  for (const auto& f : r.extra)
    if (f.name == name && f.format.empty()) return true;
  return false;
}

// "235-256" -> "235--256"; every run of hyphens becomes an en dash.
std::string format_pages(std::string_view pages, bool ascii) {
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    if (pages[i] == '-') {
      while (i < pages.size() && pages[i] == '-') ++i;
      out += "--";
      continue;
    }
    std::size_t j = pages.find('-', i);
    if (j == std::string_view::npos) j = pages.size();
    out += unicode_to_latex(pages.substr(i, j - i), ascii);
    i = j;
  }
  return out;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// A name part as written in a name list: encoded, and braced when BibTeX
// would otherwise split it wrongly (a comma or " and " inside it).
std::string name_part(std::string_view s, bool ascii) {
  std::string enc = unicode_to_latex(s, ascii);
  bool risky = s.find(',') != std::string_view::npos;
  for (std::size_t i = 0; !risky && i + 5 <= s.size(); ++i)
    risky = is_space(s[i]) && istarts_with(s.substr(i + 1), "and") && is_space(s[i + 4]);
  return risky ? "{" + enc + "}" : enc;
}

bool starts_lower(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    char32_t cp = next_utf8(w, i);
    auto u = static_cast<utf8proc_int32_t>(cp);
    if (utf8proc_toupper(u) != u) return true;
    if (utf8proc_tolower(u) != u) return false;
  }
  return false;
}

// Would BibTeX read a lower-case word of this family name as a von part?
bool family_needs_braces(std::string_view family) {
  std::vector<std::string> words = split_list(family, " ");
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (starts_lower(words[i])) return true;
  return false;
}

std::string format_name(const Creator& c, bool ascii) {
  if (c.is_literal() || (c.family.empty() && c.given.empty())) {
    if (c.literal == "others") return "others";
    return "{" + unicode_to_latex(c.literal, ascii) + "}";
  }
  std::string last;
  // A von part BibTeX would not recognise (a word not starting lower case)
  // is marked with the classic {\relax Word}: BibTeX sees the lower-case
  // "relax", the decoder drops the command.
  for (const auto& word : split_list(c.particle, " ")) {
    std::string enc = unicode_to_latex(word, ascii);
    last += starts_lower(word) ? enc : "{\\relax " + enc + "}";
    last += ' ';
  }
  std::string fam = unicode_to_latex(c.family, ascii);
  if (family_needs_braces(c.family) || c.family.find(',') != std::string::npos) fam = "{" + fam + "}";
  last += fam;
  bool multiword = last.find(' ') != std::string::npos;
  if (!c.suffix.empty()) return last + ", " + name_part(c.suffix, ascii) + ", " + name_part(c.given, ascii);
  if (!c.given.empty()) return last + ", " + name_part(c.given, ascii);
  // "Van Gogh" alone would read as First=Van; the empty First keeps it whole.
  return multiword ? last + "," : last;
}

// ---------------------------------------------------------------------------
// Title protection.

struct Word {
  std::size_t begin, end;  // the letters and digits, punctuation trimmed
};

std::vector<Word> title_words(std::string_view t) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    std::size_t b = i;
    while (i < t.size() && t[i] != ' ') ++i;
    std::size_t e = i;
    // Trim ASCII punctuation at both ends: "(DNA)," -> "DNA".
    auto punct = [](char c) { return static_cast<unsigned char>(c) < 0x80 && !is_alpha(c) && !is_digit(c); };
    while (b < e && punct(t[b])) ++b;
    while (e > b && punct(t[e - 1])) --e;
    if (b < e) words.push_back({b, e});
  }
  return words;
}

// Upper-case letters after the first: DNA, iPhone, McDonald, e-Government.
bool has_inner_capital(std::string_view w) {
  std::size_t i = 0;
  bool first = true;
  while (i < w.size()) {
    char32_t cp = next_utf8(w, i);
    auto u = static_cast<utf8proc_int32_t>(cp);
    bool upper = utf8proc_tolower(u) != u;
    if (upper && !first) return true;
    if (utf8proc_toupper(u) != u || upper) first = false;
  }
  return false;
}

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  auto u = static_cast<utf8proc_int32_t>(next_utf8(w, i));
  return utf8proc_tolower(u) != u;
}

std::vector<Span> guess_protection(std::string_view t) {
  std::vector<Word> words = title_words(t);
  // Sentence case when most longer words after the first start lower case.
  int lower = 0, upper = 0;
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::string_view w = t.substr(words[k].begin, words[k].end - words[k].begin);
    if (utf8_length(w) < 4) continue;
    if (starts_lower(w)) ++lower;
    else if (starts_upper(w)) ++upper;
  }
  bool sentence_case = lower > upper;
  std::vector<Span> spans;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = t.substr(words[k].begin, words[k].end - words[k].begin);
    bool protect = has_inner_capital(w);
    if (!protect && sentence_case && k > 0 && starts_upper(w)) {
      // The first word of a subtitle is capitalised by the sentence, not by the noun.
      std::size_t p = words[k].begin;
      while (p > 0 && t[p - 1] == ' ') --p;
      bool after_stop = p > 0 && (t[p - 1] == ':' || t[p - 1] == '.' || t[p - 1] == '?' || t[p - 1] == '!');
      protect = !after_stop;
    }
    if (!protect) continue;
    auto b = static_cast<std::uint32_t>(words[k].begin), e = static_cast<std::uint32_t>(words[k].end);
    // Neighbouring protected words share one group: {United States}.
    if (!spans.empty() && spans.back().end + 1 == b && t[spans.back().end] == ' ')
      spans.back().end = e;
    else
      spans.push_back({b, e});
  }
  return spans;
}

// ---------------------------------------------------------------------------
// Types.

struct TypeRow {
  std::string_view csl, bibtex, biblatex;
};
// The bibtex column is what classic BibTeX styles know; the biblatex column
// is also the BibTeX importer's inverse (its first row for each CSL type), so
// a record that came from a .bib file goes back under the type it had.
constexpr TypeRow kTypes[] = {
    {"article-journal", "article", "article"},
    {"article-magazine", "article", "article"},
    {"article-newspaper", "article", "article"},
    {"article", "article", "article"},
    {"review", "article", "review"},
    {"review-book", "article", "review"},
    {"book", "book", "book"},
    {"classic", "book", "book"},
    {"collection", "book", "collection"},
    {"periodical", "book", "periodical"},
    {"chapter", "incollection", "incollection"},
    {"entry-dictionary", "incollection", "inreference"},
    {"entry-encyclopedia", "incollection", "inreference"},
    {"entry", "incollection", "inreference"},
    {"paper-conference", "inproceedings", "inproceedings"},
    {"event", "proceedings", "proceedings"},
    {"thesis", "phdthesis", "thesis"},
    {"report", "techreport", "report"},
    {"manuscript", "unpublished", "unpublished"},
    {"pamphlet", "booklet", "booklet"},
    {"webpage", "misc", "online"},
    {"post", "misc", "online"},
    {"post-weblog", "misc", "online"},
    {"dataset", "misc", "dataset"},
    {"software", "misc", "software"},
    {"patent", "misc", "patent"},
    {"standard", "techreport", "standard"},
    {"personal_communication", "misc", "letter"},
    {"graphic", "misc", "artwork"},
    {"song", "misc", "audio"},
    {"motion_picture", "misc", "video"},
    {"legislation", "misc", "legislation"},
    {"legal_case", "misc", "jurisdiction"},
    {"performance", "misc", "performance"},
    {"speech", "misc", "misc"},
};

// Which field holds the container title.
// A record from a .bib file got its container from journal/journaltitle or
// booktitle (series and howpublished stay extra fields there), so it goes
// back to one of those.
enum class Container { journal, booktitle, series, howpublished };
Container container_kind(const Record& r) {
  std::string_view type = r.type;
  bool journal_like = type.substr(0, 7) == "article" || type == "review" || type == "review-book" ||
                      type == "periodical";
  if (from_bibtex(r)) return journal_like ? Container::journal : Container::booktitle;
  if (type == "chapter" || type == "paper-conference" || type == "entry-dictionary" ||
      type == "entry-encyclopedia" || type == "entry")
    return Container::booktitle;
  if (type == "book" || type == "report" || type == "thesis" || type == "collection") return Container::series;
  if (type == "webpage" || type == "post" || type == "post-weblog" || type == "dataset" || type == "software")
    return Container::howpublished;
  return Container::journal;
}

// ---------------------------------------------------------------------------
// An entry being written.

class EntryWriter {
 public:
  EntryWriter(std::ostream& out, Dialect d) : out_(out), d_(d) {}

  void field(std::string_view name, const std::string& value) {
    if (value.empty()) return;
    for (const auto& n : written_)
      if (iequals(n, name)) return;  // a field is written once
    written_.emplace_back(name);
    out_ << (first_ ? "\n  " : ",\n  ") << name << " = {" << value << '}';
    first_ = false;
  }
  // An extra field of a .bib source: written even when empty, and as often
  // as the source repeated it (Scopus: one funding_details per funder).
  void raw(std::string_view name, const std::string& value) {
    written_.emplace_back(name);
    out_ << (first_ ? "\n  " : ",\n  ") << name << " = {" << value << '}';
    first_ = false;
  }
  // A macro, unbraced: month = jan.
  void macro(std::string_view name, std::string_view value) {
    written_.emplace_back(name);
    out_ << (first_ ? "\n  " : ",\n  ") << name << " = " << value;
    first_ = false;
  }
  bool has(std::string_view name) const {
    for (const auto& n : written_)
      if (iequals(n, name)) return true;
    return false;
  }
  void finish() { out_ << "\n}\n"; }

 private:
  std::ostream& out_;
  Dialect d_;
  std::vector<std::string> written_;
  bool first_ = true;
};

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  return s.size() < 2 ? "0" + s : s;
}

// A raw BibTeX value with --ascii: its LaTeX stays as it is, only the
// non-ASCII characters are spelt as LaTeX (one character never needs escaping).
std::string ascii_letters(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    if (static_cast<unsigned char>(raw[i]) < 0x80) {
      out.push_back(raw[i++]);
      continue;
    }
    std::size_t start = i;
    next_utf8(raw, i);
    out += unicode_to_latex(raw.substr(start, i - start), true);
  }
  return out;
}

// A field name as BibTeX and biber accept it.  Scopus writes names with a
// (no-break) space, "funding_text 1", which refnet's importer tolerates but
// BibTeX rejects: each such character becomes one '_'.
std::string field_name(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    char c = name[i];
    bool ok = is_alpha(c) || is_digit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/';
    next_utf8(name, i);
    out.push_back(ok ? c : '_');
  }
  return out;
}

// A .bib source can spell one slot twice (journal and journaltitle, langid
// and language, number and issue): the importer fills the slot from the
// first and keeps the second as an extra field.  To give the same record
// back, the slot is written under a name the extra fields do not use.
std::string_view spelling(const Record& r, std::initializer_list<std::string_view> names) {
  if (!from_bibtex(r)) return *names.begin();
  for (std::string_view n : names)
    if (!has_extra(r, n)) return n;
  return *names.begin();
}

void write_entry(std::ostream& out, const Record& r, const ExportOptions& opt, Dialect d) {
  const bool ascii = opt.ascii;
  const bool latex = d == Dialect::biblatex;
  auto enc = [ascii](std::string_view s) { return unicode_to_latex(s, ascii); };

  std::string key = r.citekey.empty() ? expand_key_pattern(kDefaultKeyPattern, r) : r.citekey;
  std::string type = entry_type(r, d);
  out << '@' << type << '{' << key << ',';
  EntryWriter w(out, d);

  w.field("author", format_names(r.authors, ascii));
  w.field("editor", format_names(r.editors, ascii));
  w.field("title", format_title(r, ascii));

  std::string container = enc(r.container_title);
  bool other_container = from_bibtex(r) && (has_extra(r, "journal") || has_extra(r, "journaltitle") ||
                                            has_extra(r, "booktitle"));
  switch (other_container ? Container::journal : container_kind(r)) {
    case Container::journal:
      w.field(latex ? spelling(r, {"journaltitle", "journal"}) : spelling(r, {"journal", "journaltitle"}), container);
      break;
    case Container::booktitle: w.field("booktitle", container); break;
    case Container::series: w.field("series", container); break;
    case Container::howpublished: w.field(latex ? "organization" : "howpublished", container); break;
  }

  const Date& dt = r.issued;
  // A .bib date the importer could not take whole (a range: 1984/1986) is
  // an extra `date` that gives the same issued date again: write only that.
  // An extra `year` beside a date means the date came first: write a date.
  bool date_in_extra = from_bibtex(r) && has_extra(r, "date");
  bool as_date = latex || (from_bibtex(r) && has_extra(r, "year"));
  if (date_in_extra) {
    // written with the extra fields
  } else if (as_date && dt.year > 0) {
    std::string date = std::to_string(dt.year);
    if (dt.month >= 1 && dt.month <= 12) {
      date += "-" + two_digits(dt.month);
      if (dt.day >= 1 && dt.day <= 31) date += "-" + two_digits(dt.day);
    }
    w.field("date", date);
  } else if (dt.year > 0) {
    w.field("year", std::to_string(dt.year));
    if (dt.month >= 1 && dt.month <= 12) w.macro("month", kMonths[dt.month - 1]);
    if (dt.month >= 1 && dt.day >= 1 && dt.day <= 31) w.field("day", std::to_string(dt.day));
  } else if (!dt.text.empty()) {
    w.field("year", enc(dt.text));  // "in press": a year field takes text
  }

  w.field("volume", enc(r.volume));
  w.field(spelling(r, {"number", "issue"}), enc(r.issue));
  w.field("pages", format_pages(r.pages, ascii));

  std::string publisher = enc(r.publisher);
  // A .bib source's publisher was a `publisher` field (school and
  // institution stay extra fields there); elsewhere a thesis has a school
  // and a report an institution, as BibTeX styles expect.
  if (from_bibtex(r)) w.field("publisher", publisher);
  else if (r.type == "thesis") w.field(latex ? "institution" : "school", publisher);
  else if (r.type == "report" || r.type == "standard") w.field("institution", publisher);
  else w.field("publisher", publisher);
  w.field(latex ? spelling(r, {"location", "address"}) : spelling(r, {"address", "location"}), enc(r.publisher_place));

  if (r.type == "thesis" && latex && type == "thesis" && !from_bibtex(r)) w.field("type", "phdthesis");

  w.field("doi", verbatim(r.doi));
  // ISSNs and ISBNs are kept as the source wrote them (the importer does not decode them).
  w.field("issn", verbatim(join(r.issn, ", ")));
  w.field("isbn", verbatim(join(r.isbn, ", ")));
  w.field("url", verbatim(r.url));
  w.field(spelling(r, {"language", "langid"}), enc(r.language));
  std::vector<std::string> kws;
  for (const auto& k : r.keywords) kws.push_back(enc(k));
  w.field("keywords", join(kws, ", "));
  w.field("abstract", enc(r.abstract));

  if (from_bibtex(r)) {
    for (const auto& f : r.extra) {
      if (f.name == "entrytype" || f.name.empty() || !f.format.empty()) continue;  // another format's field
      std::string value = balanced(f.value) ? (ascii ? ascii_letters(f.value) : f.value) : enc(f.value);
      w.raw(field_name(f.name), value);
    }
  } else if (r.provenance.format == "ris") {
    std::vector<std::string> notes;
    for (const auto& f : r.extra)
      if (f.name == "N1" && f.format.empty()) notes.push_back(enc(f.value));
    w.field("note", join(notes, "\n\n"));
  }
  w.finish();
}

}  // namespace

std::vector<Span> protected_title_spans(const Record& r) {
  if (!r.title_nocase.empty() || from_bibtex(r)) return r.title_nocase;
  return guess_protection(r.title);
}

std::string format_title(const Record& r, bool ascii) {
  std::vector<Span> spans = protected_title_spans(r);
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::string_view t = r.title;
  std::string out;
  std::size_t pos = 0;
  for (const Span& s : spans) {
    if (s.begin < pos || s.end > t.size() || s.begin >= s.end) continue;  // overlapping or stale: skip
    out += unicode_to_latex(t.substr(pos, s.begin - pos), ascii);
    out += '{';
    out += unicode_to_latex(t.substr(s.begin, s.end - s.begin), ascii);
    out += '}';
    pos = s.end;
  }
  out += unicode_to_latex(t.substr(pos), ascii);
  return out;
}

std::string format_names(const std::vector<Creator>& names, bool ascii) {
  std::string out;
  for (const auto& c : names) {
    if (c.empty() && c.particle.empty()) continue;
    if (!out.empty()) out += " and ";
    out += format_name(c, ascii);
  }
  return out;
}

std::string entry_type(const Record& r, Dialect d) {
  std::string_view kept = r.get_extra("entrytype");
  if (!kept.empty()) return ascii_lower(kept);
  // A .bib source's own type is the importer's first row for its CSL type:
  // the biblatex column, except the two classic names it lists first.
  if (from_bibtex(r) && r.type == "thesis") return "phdthesis";
  if (from_bibtex(r) && r.type == "report") return "techreport";
  bool biblatex = d == Dialect::biblatex || from_bibtex(r);
  for (const auto& row : kTypes)
    if (row.csl == r.type) return std::string(biblatex ? row.biblatex : row.bibtex);
  return "misc";
}

void write_entries(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt, Dialect d) {
  bool first = true;
  for (const auto& r : records) {
    if (!first) out << '\n';
    first = false;
    write_entry(out, r, opt, d);
  }
}

}  // namespace refnet::bibtex_out
