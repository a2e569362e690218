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
#include "refnet/issn_check.hpp"
#include "bibtex_required.hpp"

#include <nlohmann/json.hpp>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <string_view>
#include <unordered_set>

#include "language.hpp"
#include "refnet/citekey.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/latex.hpp"
#include "refnet/latex_macros.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/role_names.hpp"
#include "refnet/text.hpp"
#include "refnet/user_fields.hpp"

namespace refnet {
namespace bibtex_out {

namespace {

// The bytes unicode_to_latex has to look at: the LaTeX specials, '-' (a
// run of two is spelt -{}-), the lead byte of a no-break space and, with
// --ascii, every non-ASCII byte.  Most values have none of them and are
// appended as they are, without building a string.
struct LatexBytes {
  bool special[2][256] = {};
  LatexBytes() {
    for (int a = 0; a < 2; ++a) {
      for (unsigned char c : std::string_view("&%#_{}~^$\\-")) special[a][c] = true;
      special[a][0xC2] = true;
      // U+0100 and beyond: what pdflatex does not read is spelt (only
      // U+00C0..U+00FF, lead byte 0xC3, is read whole).
      for (int c = 0xC4; c < 0x100; ++c) special[a][c] = true;
      if (a)
        for (int c = 0x80; c < 0x100; ++c) special[a][c] = true;
    }
  }
};
const LatexBytes kLatexBytes;

// An ISBN-10 or ISBN-13 whose check digit holds, hyphens and spaces aside
// (what biber's Business::ISBN accepts).
bool valid_isbn(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (is_digit(c) || ((c == 'X' || c == 'x') && d.size() == 9)) d += to_upper(c);
    else if (c != '-' && c != ' ') return false;
  }
  int sum = 0;
  if (d.size() == 10) {
    for (int i = 0; i < 10; ++i) sum += (10 - i) * (d[i] == 'X' ? 10 : d[i] - '0');
    return sum % 11 == 0;
  }
  if (d.size() != 13 || d.find('X') != std::string::npos) return false;
  for (int i = 0; i < 13; ++i) sum += (d[i] - '0') * (i % 2 ? 3 : 1);
  return sum % 10 == 0;
}

// An ISBN as biber's Business::ISBN takes one: the value's digits and X's
// alone (uppercased: "1-4338-2187-7 (Hardcover)" and "ISBN-978-1-5985-7192-9"
// are ISBNs to it), ten or thirteen of them, the check digit holding, an
// ISBN-13 of 978 or 979 (the EAN prefixes of books: "2222222222222" is none).
bool biber_takes_isbn(std::string_view s) {
  std::string d;
  for (char c : s)
    if (is_digit(c) || c == 'X' || c == 'x') d += to_upper(c);
  if (d.size() == 13 && d.compare(0, 3, "978") != 0 && d.compare(0, 3, "979") != 0) return false;
  return (d.size() == 10 || d.size() == 13) && valid_isbn(d);
}

// A (valid) ISBN of the United States' 979-8 group whose registrant the
// ranges of Business::ISBN::Data 20210112 (what biber 2.18 reads on Debian
// 12) do not hold: 200-219, 5500-7499 and 9850000-9850009 were all it knew
// of 979-8, so IGI Global's 979-8-3693, IEEE's 979-8-3503 and the ACM's
// 979-8-4007 are "invalid" to it (Business::ISBN's INVALID_PUBLISHER_CODE).
bool isbn_range_unknown_in_2021(std::string_view s) {
  std::string d;
  for (char c : s)
    if (is_digit(c)) d += c;
  if (d.size() != 13 || d.compare(0, 4, "9798") != 0) return false;
  const long r = std::stol(d.substr(4, 7));  // the registrant and what follows it, 7 digits
  return !((r >= 2000000 && r <= 2199999) || (r >= 5500000 && r <= 7499999) || (r >= 9850000 && r <= 9850009));
}

// An ISSN whose check digit holds ("0140-525X"), its hyphen aside.
bool valid_issn(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (is_digit(c) || ((c == 'X' || c == 'x') && d.size() == 7)) d += to_upper(c);
    else if (c != '-') return false;
  }
  if (d.size() != 8) return false;
  return d[7] == issn_check_char(d);
}

bool needs_latex(std::string_view s, bool ascii) {
  const bool* special = kLatexBytes.special[ascii ? 1 : 0];
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (!special[c]) continue;
    if (c == '-' && (i + 1 == s.size() || s[i + 1] != '-')) continue;
    return true;
  }
  return false;
}

// Appends unicode_to_latex(s, ascii) to `out`.
void put_latex(std::string& out, std::string_view s, bool ascii) {
  if (needs_latex(s, ascii)) out += unicode_to_latex(s, ascii);
  else out.append(s);
}

// How names are spelt: UTF-8, accents for the letters only (the bibtex
// dialect: bibtex counts bytes, so alpha labels and sorting need {\"O}, while
// a ’ stays what it is), or everything as --ascii.
enum class NameEnc { utf8, letters, ascii };

void put_name_text(std::string& out, std::string_view s, NameEnc enc) {
  if (enc != NameEnc::letters || !needs_latex(s, true)) {
    put_latex(out, s, enc == NameEnc::ascii);
    return;
  }
  std::size_t run = 0;  // start of the text not yet written
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    auto cp = static_cast<utf8proc_int32_t>(next_utf8(s, i));
    utf8proc_category_t cat = utf8proc_category(cp);
    bool letter = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
                  cat == UTF8PROC_CATEGORY_MN;
    if (!letter) continue;
    // A combining mark after an ASCII letter ("Cle\u0301ment", NFD): the
    // letter is the start of what is composed ({\'e}).
    if (cat == UTF8PROC_CATEGORY_MN && start > run && static_cast<unsigned char>(s[start - 1]) < 0x80 &&
        is_alpha(s[start - 1]))
      --start;
    put_latex(out, s.substr(run, start - run), false);
    // A letter and the combining marks after it, composed together.
    while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80) {
      std::size_t j = i;
      if (utf8proc_category(static_cast<utf8proc_int32_t>(next_utf8(s, j))) != UTF8PROC_CATEGORY_MN) break;
      i = j;
    }
    put_latex(out, s.substr(start, i - start), true);
    run = i;
  }
  put_latex(out, s.substr(run), false);
}

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

// What a title's source LaTeX (the importer's "@title") reads as, with the
// macros the record's @preamble defines expanded as the importer read them.
std::string title_of_source(std::string_view source, const Record& r) {
  LatexMacros macros;
  for (const auto& x : r.extra)
    if (x.format.empty() && x.name == "@preamble") macros.add_definitions(x.value);
  std::string expanded;
  return latex_title_to_rich(macros.expand(source, expanded) ? std::string_view(expanded) : source);
}

// URLs and DOIs are written as they are; a brace would end the value, so an
// unbalanced one is percent-encoded (which a URL allows).  Appends to `out`.
void put_verbatim(std::string& out, std::string_view s) {
  if (balanced(s) && s.find('\\') == std::string_view::npos) {
    out.append(s);
    return;
  }
  for (char c : s) {
    if (c == '{') out += "%7B";
    else if (c == '}') out += "%7D";
    else if (c == '\\') out += "%5C";
    else out += c;
  }
}

bool from_bibtex(const Record& r) { return r.provenance.format == "bibtex"; }

bool has_extra(const Record& r, std::string_view name) {
  for (const auto& f : r.extra)
    if (f.name == name && f.format.empty()) return true;
  return false;
}

// "235-256" -> "235--256"; every run of hyphens becomes an en dash.
void put_pages(std::string& out, std::string_view pages, bool ascii) {
  for (std::size_t i = 0; i < pages.size();) {
    if (pages[i] == '-') {
      while (i < pages.size() && pages[i] == '-') ++i;
      out += "--";
      continue;
    }
    std::size_t j = pages.find('-', i);
    if (j == std::string_view::npos) j = pages.size();
    put_latex(out, pages.substr(i, j - i), ascii);
    i = j;
  }
}

// The items joined by `sep`, as the old join() of strings did: an empty item
// adds no separator before the next while nothing was written yet.
void put_joined(std::string& out, const std::vector<std::string>& items, std::string_view sep) {
  std::size_t start = out.size();
  for (const auto& s : items) {
    if (out.size() != start) out += sep;
    out += s;
  }
}

// A name part as written in a name list: encoded, and braced when BibTeX
// would otherwise split it wrongly (a comma or " and " inside it).
void put_name_part(std::string& out, std::string_view s, NameEnc enc) {
  bool risky = s.find(',') != std::string_view::npos;
  for (std::size_t i = 0; !risky && i + 5 <= s.size(); ++i)
    risky = is_space(s[i]) && istarts_with(s.substr(i + 1), "and") && is_space(s[i + 4]);
  if (risky) out += '{';
  put_name_text(out, s, enc);
  if (risky) out += '}';
}

bool starts_lower(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) {
    auto c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {  // utf8proc's answer for ASCII, without the call
      ++i;
      if (c >= 'a' && c <= 'z') return true;
      if (c >= 'A' && c <= 'Z') return false;
      continue;
    }
    char32_t cp = next_utf8(w, i);
    auto u = static_cast<utf8proc_int32_t>(cp);
    if (utf8proc_toupper(u) != u) return true;
    if (utf8proc_tolower(u) != u) return false;
  }
  return false;
}

// Would BibTeX read a lower-case word of this family name as a von part?
bool family_needs_braces(std::string_view family) {
  if (family.find(' ') == std::string_view::npos) return false;  // one word: no von part
  std::vector<std::string> words = split_list(family, " ");
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if (starts_lower(words[i])) return true;
  return false;
}

void put_name(std::string& out, const Creator& c, NameEnc enc, bool for_biber) {
  if (c.is_literal() || (c.family.empty() && c.given.empty())) {
    if (c.literal == "others") {
      out += "others";
      return;
    }
    out += '{';
    put_name_text(out, c.literal, enc);
    out += '}';
    return;
  }
  // A von part BibTeX would not recognise (a word not starting lower case)
  // is marked with the classic {\relax Word}: BibTeX sees the lower-case
  // "relax", the decoder drops the command.
  if (!c.particle.empty()) {
    for (const auto& word : split_list(c.particle, " ")) {
      bool lower = starts_lower(word);
      if (!lower) out += "{\\relax ";
      put_name_text(out, word, enc);
      if (!lower) out += '}';
      out += ' ';
    }
  }
  // biber counts the commas of a name at every depth and rejects more than
  // two ("has too many commas, skipping entry"): a name whose parts hold
  // commas of their own (Scopus's editor lists read as one person) is
  // written braced whole, as the source's text, which bibtex and biber print
  // as it is.  Not biblatex's extended names (given=Brian, prefix=de), which
  // biber reads, nor for archiving (--profile full), which keeps the parts.
  std::size_t commas = (c.suffix.empty() ? 0 : 2) + (c.suffix.empty() && !c.given.empty() ? 1 : 0);
  for (const std::string* part : {&c.family, &c.given, &c.suffix, &c.particle})
    commas += static_cast<std::size_t>(std::count(part->begin(), part->end(), ','));
  bool extended = false;
  for (const std::string* part : {&c.family, &c.given, &c.suffix, &c.particle})
    extended = extended || part->find('=') != std::string::npos;
  if (for_biber && commas > 2 && !extended) {
    out += '{';
    if (!c.particle.empty()) {
      put_name_text(out, c.particle, enc);
      out += ' ';
    }
    put_name_text(out, c.family, enc);
    for (const std::string* part : {&c.suffix, &c.given}) {
      if (part->empty()) continue;
      out += ", ";
      put_name_text(out, *part, enc);
    }
    out += '}';
    return;
  }
  // Without a given name there is no comma to mark where the last name
  // starts: a family name of several words is braced whole ("{Van Gogh}",
  // not "Van Gogh," whose trailing comma bibtex rejects), and the von part
  // before it is told by its lower case ("de Reuse").
  const bool alone = c.given.empty() && c.suffix.empty();
  bool brace = family_needs_braces(c.family) || c.family.find(',') != std::string::npos ||
               (alone && c.family.find(' ') != std::string::npos);
  if (brace) out += '{';
  put_name_text(out, c.family, enc);
  if (brace) out += '}';
  if (!c.suffix.empty()) {
    out += ", ";
    put_name_part(out, c.suffix, enc);
    out += ", ";
    // An empty First after a Jr part is spelt {}: a trailing comma is an error.
    if (c.given.empty()) out += "{}";
    else put_name_part(out, c.given, enc);
    return;
  }
  if (!c.given.empty()) {
    out += ", ";
    put_name_part(out, c.given, enc);
  }
}

// Keywords joined by ", ", a keyword that holds a comma braced
// ("{Behavior, Addictive/psychology}"), so that a reader splits it back whole.
void put_keywords(std::string& out, const std::vector<std::string>& items, bool ascii) {
  std::size_t start = out.size();
  for (const auto& s : items) {
    if (s.empty()) continue;
    if (out.size() != start) out += ", ";
    bool comma = s.find(',') != std::string::npos;
    if (comma) out += '{';
    put_latex(out, s, ascii);
    if (comma) out += '}';
  }
}

// ---------------------------------------------------------------------------
// The paper profile: what a database adds that no reader of a bibliography
// should see.

// Fields of .bib exports from Scopus, Web of Science, JabRef, Mendeley that
// are about the database record, not the work.
bool vendor_field(std::string_view name) {
  static constexpr std::string_view names[] = {
      "affiliation", "affiliations", "correspondence_address", "correspondence_address1", "funding_details",
      "funding_text", "art_number", "owner", "timestamp", "references", "cited-references", "unique-id",
      "source", "document_type", "publication_stage", "coden", "abbrev_source_title", "da",
      "usage-count-last-180-days", "usage-count-since-2013", "times-cited", "number-of-cited-references",
      "web-of-science-categories", "research-areas", "orcid-numbers", "researcherid-numbers",
      "esi-highly-cited-paper", "esi-hot-paper", "earlyaccessdate", "journal-iso", "author-email",
      "funding-acknowledgement", "funding-text", "cited_by", "page_count", "pubmed_id", "chemicals_cas",
      "tradenames", "manufacturers", "molecular_seqnumbers", "sponsors", "type-of-work", "mendeley-tags",
      "mendeley-groups", "file", "keywords-plus", "journal-iso-abbreviation",
      // export18: what else biber met in the corpora's .bib exports ("Field
      // 'doc-delivery-number' invalid in data model"): Web of Science's
      // delivery number, open-access flag, index, early-access date and
      // electronic ISSN; dblp's and ACM's ids of their own record.
      "doc-delivery-number", "oa", "web-of-science-index", "early_access_date", "eissn", "biburl", "bibsource",
      "acmid"};
  // Asked for every field of every entry: one hash look-up, not 60 compares.
  static const std::unordered_set<std::string_view> known(std::begin(names), std::end(names));
  std::string n = ascii_lower(name);
  if (known.count(n)) return true;
  // "funding_text 1", "funding_text_2", "author_keywords"? (kept: they are keywords)
  return n.rfind("funding_text", 0) == 0 || n.rfind("funding-text", 0) == 0;
}

// A piece of a note that a database wrote about its record: "Export Date: 7
// December 2022", "Cited By: 3", "Correspondence Address: ...", accession
// numbers, e-mail addresses.
bool boilerplate(std::string_view piece) {
  static constexpr std::string_view prefixes[] = {
      "export date", "cited by", "cited by:", "correspondence address", "source:", "accession number",
      "language of original document", "funding details", "funding text", "references:", "chemicals/cas",
      "tradenames", "manufacturers", "molecular sequence numbers", "coden", "pubmed id", "art. no.",
      "conference code", "publisher:", "document type", "publication stage", "abbreviated source title",
      "an:", "accession", "database:", "place: ", "email", "e-mail", "ut:", "doi:",
      // Web of Science's counts, as Zotero keeps them in a note (annote):
      // "Times Cited in Web of Science Core Collection:  12Total Times Cited: ...".
      "times cited", "total times cited", "cited reference count", "usage count"};
  std::string p = ascii_lower(trim(piece));
  if (p.empty()) return true;
  for (auto pre : prefixes)
    if (p.rfind(pre, 0) == 0) return true;
  // An e-mail address anywhere (EBSCO puts the author's in N1).
  std::size_t at = p.find('@');
  return at != std::string::npos && at > 0 && p.find('.', at) != std::string::npos && p.find(' ', at) == std::string::npos;
}

// The note without its boilerplate: pieces split at ";" and line ends;
// `dropped` counts the pieces left out.
std::string clean_note(std::string_view note, std::size_t& dropped) {
  std::string out;
  std::size_t s = 0;
  for (std::size_t i = 0; i <= note.size(); ++i) {
    if (i < note.size() && note[i] != ';' && note[i] != '\n') continue;
    std::string_view piece = trim(note.substr(s, i - s));
    s = i + 1;
    if (piece.empty()) continue;
    if (boilerplate(piece)) {
      ++dropped;
      continue;
    }
    if (!out.empty()) out += "; ";
    out.append(piece);
  }
  return out;
}

}  // namespace

std::string_view note_for_paper(std::string_view note, std::string& buf, const ExportOptions& opt) {
  std::size_t dropped = 0;
  buf = clean_note(note, dropped);
  if (!dropped) return note;
  if (opt.notes) opt.notes->vendor_notes += dropped;
  return buf;
}

namespace {

// A database's page of its own record (Scopus's inward/record.url, Web of
// Science's full record, an EBSCOhost or Ovid login link): about the
// database, not the work, yet bibtex and biblatex styles print it as the
// work's URL.
bool database_record_page(std::string_view url) {
  std::string u = ascii_lower(url);
  static constexpr std::string_view hosts[] = {"scopus.com/", "webofknowledge.com/", "webofscience.com/",
                                               "search.ebscohost.com/login.aspx", "ovidsp.", "ovid.com/"};
  for (auto h : hosts)
    if (u.find(h) != std::string::npos) return true;
  return false;
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
// A hyphenated word whose parts each start upper case ("Multi-Objective",
// "Co-Evolutionary": how title case writes it) has none: bibtex's "Multi-
// objective" is right.
bool has_inner_capital(std::string_view w) {
  std::size_t i = 0;
  bool first = true, capitalised = false, start = true;
  while (i < w.size()) {
    auto c = static_cast<unsigned char>(w[i]);
    char32_t cp = c < 0x80 ? (++i, c) : next_utf8(w, i);
    if (cp == '-' && capitalised) {
      first = true;
      continue;
    }
    auto u = static_cast<utf8proc_int32_t>(cp);
    // utf8proc's answers for ASCII, without the calls: only A-Z and a-z have another case.
    bool upper = c < 0x80 ? c >= 'A' && c <= 'Z' : utf8proc_tolower(u) != u;
    bool lower = c < 0x80 ? c >= 'a' && c <= 'z' : utf8proc_toupper(u) != u;
    if (upper && !first) return true;
    if (start && upper) capitalised = true;
    start = false;
    if (lower || upper) first = false;
  }
  return false;
}

bool starts_upper(std::string_view w) {
  std::size_t i = 0;
  auto u = static_cast<utf8proc_int32_t>(next_utf8(w, i));
  return utf8proc_tolower(u) != u;
}

// The byte of w where its first letter (a character with a case) starts, and
// whether that letter is upper case: "‘Listening" 3, true.  w.size() when w
// has no such letter.
std::size_t first_letter(std::string_view w, bool& upper) {
  for (std::size_t i = 0; i < w.size();) {
    const std::size_t at = i;
    auto c = static_cast<unsigned char>(w[i]);
    auto u = static_cast<utf8proc_int32_t>(c < 0x80 ? (++i, c) : next_utf8(w, i));
    if (utf8proc_tolower(u) != u) return upper = true, at;
    if (utf8proc_toupper(u) != u) return upper = false, at;
  }
  return upper = false, w.size();
}

std::vector<Span> guess_protection(std::string_view t) {
  std::vector<Word> words = title_words(t);
  // Sentence case when two longer words after the first start lower case,
  // which title case never leaves so ("Digital government in Kazakhstan and
  // Estonia: lessons from Europe": two, against three names), or one does
  // and no more start upper case ("Gambling harm in Australia").  The words
  // title case leaves lower case ("from", "with") do not count.  A title
  // case title taken for sentence case only has its capitals braced, which
  // sentence-case styles then print as written; the other way round loses
  // the names.
  static constexpr std::string_view minor[] = {"from", "with", "into", "onto", "over", "upon", "than", "that",
                                               "about", "after", "under", "between", "through", "without",
                                               "within", "versus", "among", "along", "during", "toward", "towards"};
  // Each word's inner capitals, asked by both passes: found once.
  std::vector<bool> inner(words.size());
  for (std::size_t k = 0; k < words.size(); ++k)
    inner[k] = has_inner_capital(t.substr(words[k].begin, words[k].end - words[k].begin));
  int lower = 0, upper = 0;
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::string_view w = t.substr(words[k].begin, words[k].end - words[k].begin);
    if (utf8_length(w) < 4) continue;
    bool is_minor = false;
    for (auto m : minor) is_minor = is_minor || w == m;
    if (is_minor || inner[k]) continue;  // e-Government says nothing of the title's case
    if (starts_lower(w)) ++lower;
    else if (starts_upper(w)) ++upper;
  }
  bool sentence_case = lower >= 2 || (lower == 1 && upper <= 1);
  std::vector<Span> spans;
  bool letters_before = false;  // a word before this one has a letter ("« Title »": « has none)
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = t.substr(words[k].begin, words[k].end - words[k].begin);
    bool protect = inner[k];
    bool upper = false;
    const std::size_t letter = first_letter(w, upper);
    const bool starts_title = !letters_before;
    letters_before = letters_before || letter < w.size();
    if (!protect && upper) {
      // bibtex's sentence case (change.case$ "t") keeps two bytes as they
      // are: the title's first and the first after ": ".  The first word of
      // the title or of a subtitle after a colon is capitalised by the
      // sentence, not by the noun: braced only when its capital is not that
      // byte ("‘Listening State?’", "“Men Cannot Be Raped”", "(Mis)reading"
      // were printed "‘listening").  After ". ", "? " and "! " bibtex lowers
      // the capital ("walkability. a practical", "too much? the role"): a
      // capital there is kept as any other of a sentence-case title.
      std::size_t token = words[k].begin;  // where the word starts with its punctuation
      while (token > 0 && t[token - 1] != ' ') --token;
      std::size_t p = token;
      while (p > 0 && t[p - 1] == ' ') --p;
      const bool after_colon = p > 0 && t[p - 1] == ':';
      std::size_t first = 0;  // the title's first byte
      while (first < t.size() && t[first] == ' ') ++first;
      if (starts_title || after_colon) protect = words[k].begin + letter != (starts_title ? first : token);
      else protect = sentence_case;
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

// The entry types each dialect's styles know; another type (a .bib source's
// @web_page, @book_section) makes pandoc reject the file and bibtex warn.
bool known_type(std::string_view type, Dialect d) {
  static constexpr std::string_view bibtex[] = {"article",       "book",        "booklet",      "conference",
                                                "inbook",        "incollection", "inproceedings", "manual",
                                                "mastersthesis", "misc",        "phdthesis",    "proceedings",
                                                "techreport",    "unpublished"};
  static constexpr std::string_view biblatex[] = {
      "mvbook",   "bookinbook", "suppbook",   "collection", "mvcollection", "suppcollection", "dataset",
      "online",   "patent",     "periodical", "suppperiodical", "mvproceedings", "reference",  "mvreference",
      "inreference", "report",  "set",        "software",   "thesis",       "xdata",          "artwork",
      "audio",    "bibnote",    "commentary", "image",      "jurisdiction", "legislation",    "legal",
      "letter",   "movie",      "music",      "performance", "review",      "standard",       "video",
      "electronic", "www"};
  for (auto t : bibtex)
    if (type == t) return true;
  if (d == Dialect::bibtex) return false;
  for (auto t : biblatex)
    if (type == t) return true;
  return false;
}

// biblatex's data model (blx-dm.def, biblatex 3.x): the entry types each
// of these fields is declared for, every field the model gives some types
// only (export26: generated from blx-dm.def's \DeclareDatamodelEntryfields;
// the date parts are read apart).  biber --validate-datamodel warns of
// one in another type ("Invalid field 'publisher' for entrytype 'article'")
// and the standard styles never print it there.  Fields not listed here are
// declared for every type (doi, url, keywords, abstract, langid...) or are
// the creators, titles and dates, which are always written.
struct FieldTypes {
  std::string_view field, types;  // types: space-separated, a space at both ends
};
constexpr FieldTypes kBiblatexFields[] = {
    {"addendum", " article book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
     "manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings reference "
     "report software suppbook suppcollection thesis unpublished "},
    {"afterword", " book bookinbook collection inbook incollection inreference mvbook mvcollection mvreference "
     "reference suppbook suppcollection "},
    {"annotator", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference reference suppbook suppcollection "},
    {"author", " article book bookinbook booklet dataset inbook incollection inproceedings inreference manual misc "
     "mvbook mvcollection mvreference online patent report software suppbook suppcollection thesis unpublished "},
    {"bookauthor", " bookinbook inbook suppbook "},
    {"booksubtitle", " bookinbook inbook incollection inproceedings inreference suppbook suppcollection "},
    {"booktitle", " bookinbook inbook incollection inproceedings inreference suppbook suppcollection "},
    {"booktitleaddon", " bookinbook inbook incollection inproceedings inreference suppbook suppcollection "},
    {"chapter", " book bookinbook booklet collection inbook incollection inproceedings inreference manual "
     "proceedings reference report suppbook suppcollection thesis "},
    {"commentator", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference reference suppbook suppcollection "},
    {"edition", " book bookinbook collection dataset inbook incollection inreference manual mvbook mvcollection "
     "mvreference reference suppbook suppcollection "},
    {"editor", " article book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
     "manual misc mvbook mvcollection mvproceedings mvreference online periodical proceedings reference software "
     "suppbook suppcollection "},
    {"editora", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference periodical reference suppbook suppcollection "},
    {"editoratype", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference periodical reference suppbook suppcollection "},
    {"editorb", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference periodical reference suppbook suppcollection "},
    {"editorbtype", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference periodical reference suppbook suppcollection "},
    {"editorc", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference periodical reference suppbook suppcollection "},
    {"editorctype", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference periodical reference suppbook suppcollection "},
    {"editortype", " article book bookinbook booklet collection dataset inbook incollection inproceedings "
     "inreference manual misc mvbook mvcollection mvproceedings mvreference online periodical proceedings reference "
     "software suppbook suppcollection "},
    {"eid", " article book bookinbook booklet collection inbook incollection inproceedings inreference manual "
     "proceedings reference report suppbook suppcollection thesis "},
    // (blx-dm.def declares entryset for every type too, but biber's run says
    // of a member's "Field 'entryset' is no longer needed in set member
    // entries in Biber - ignoring": a @set's only; export66.)
    {"entryset", " set "},
    {"eventtitle", " inproceedings mvproceedings proceedings unpublished "},
    {"eventtitleaddon", " inproceedings mvproceedings proceedings unpublished "},
    {"foreword", " book bookinbook collection inbook incollection inreference mvbook mvcollection mvreference "
     "reference suppbook suppcollection "},
    {"holder", " patent "},
    {"howpublished", " booklet misc software unpublished "},
    {"institution", " report thesis "},
    {"introduction", " book bookinbook collection inbook incollection inreference mvbook mvcollection mvreference "
     "reference suppbook suppcollection "},
    {"isbn", " book bookinbook collection inbook incollection inproceedings inreference manual mvbook mvcollection "
     "mvproceedings mvreference proceedings reference suppbook suppcollection "},
    {"isrn", " report "},
    {"issn", " article periodical "},
    {"issue", " article periodical "},
    {"issuesubtitle", " article periodical "},
    {"issuetitle", " article periodical "},
    {"issuetitleaddon", " article periodical "},
    {"journalsubtitle", " article "},
    {"journaltitle", " article "},
    {"journaltitleaddon", " article "},
    {"language", " article book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
     "manual misc mvbook mvcollection mvproceedings mvreference online periodical proceedings reference report "
     "software suppbook suppcollection thesis unpublished "},
    {"location", " book bookinbook booklet collection dataset inbook incollection inproceedings inreference manual "
     "misc mvbook mvcollection mvproceedings mvreference patent proceedings reference report software suppbook "
     "suppcollection thesis unpublished "},
    {"mainsubtitle", " book bookinbook collection inbook incollection inproceedings inreference proceedings "
     "reference suppbook suppcollection "},
    {"maintitle", " book bookinbook collection inbook incollection inproceedings inreference proceedings reference "
     "suppbook suppcollection "},
    {"maintitleaddon", " book bookinbook collection inbook incollection inproceedings inreference proceedings "
     "reference suppbook suppcollection "},
    {"note", " article bibnote book bookinbook booklet collection dataset inbook incollection inproceedings "
     "inreference manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings "
     "reference report software suppbook suppcollection thesis unpublished "},
    {"number", " article book bookinbook collection dataset inbook incollection inproceedings inreference manual "
     "mvbook mvcollection mvproceedings mvreference patent periodical proceedings reference report suppbook "
     "suppcollection "},
    {"organization", " dataset inproceedings manual misc mvproceedings online proceedings software "},
    {"origlanguage", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference reference suppbook suppcollection "},
    {"pages", " article book bookinbook booklet collection inbook incollection inproceedings inreference manual "
     "proceedings reference report suppbook suppcollection thesis "},
    {"pagetotal", " book booklet collection manual mvbook mvproceedings proceedings reference report thesis "},
    {"part", " book bookinbook collection inbook incollection inproceedings inreference proceedings reference "
     "suppbook suppcollection "},
    {"publisher", " book bookinbook collection dataset inbook incollection inproceedings inreference manual mvbook "
     "mvcollection mvproceedings mvreference proceedings reference suppbook suppcollection "},
    {"pubstate", " article book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
     "manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings reference "
     "report software suppbook suppcollection thesis unpublished "},
    {"series", " article book bookinbook collection dataset inbook incollection inproceedings inreference manual "
     "mvbook mvproceedings periodical proceedings reference suppbook suppcollection "},
    {"subtitle", " article book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
     "manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings reference "
     "report software suppbook suppcollection thesis unpublished "},
    {"title", " article book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
     "manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings reference "
     "report software suppbook suppcollection thesis unpublished "},
    {"titleaddon", " article book bookinbook booklet collection dataset inbook incollection inproceedings "
     "inreference manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings "
     "reference report software suppbook suppcollection thesis unpublished "},
    {"translator", " article book bookinbook collection inbook incollection inreference mvbook mvcollection "
     "mvreference reference suppbook suppcollection "},
    {"type", " booklet dataset manual misc patent report software thesis unpublished "},
    {"venue", " inproceedings mvproceedings proceedings unpublished "},
    {"version", " article dataset manual misc online patent report software "},
    {"volume", " article book bookinbook collection inbook incollection inproceedings inreference mvbook "
     "mvcollection mvreference periodical proceedings reference suppbook suppcollection "},
    {"volumes", " book bookinbook collection inbook incollection inproceedings inreference mvbook mvcollection "
     "mvproceedings mvreference proceedings reference suppbook suppcollection "},
};
// The types the data model gives fields of their own; the others (review,
// standard, letter, artwork...: biblatex's unsupported types, which its
// standard styles print as @misc) are written as @misc for a paper
// (biblatex_paper_type) and left alone when archiving.
constexpr std::string_view kBiblatexTypesWithFields =
    " article bibnote book bookinbook booklet collection dataset inbook incollection inproceedings inreference "
    "manual misc mvbook mvcollection mvproceedings mvreference online patent periodical proceedings reference "
    "report set software suppbook suppcollection thesis unpublished ";

bool listed(std::string_view list, std::string_view word) {
  for (std::size_t p = list.find(word); p != std::string_view::npos; p = list.find(word, p + 1))
    if (list[p - 1] == ' ' && p + word.size() < list.size() && list[p + word.size()] == ' ') return true;
  return false;
}

// Whether biblatex's data model declares the field for the entry type.
bool biblatex_field_for_type(std::string_view field, std::string_view type) {
  // The classic names biber reads as biblatex's types (its driver's aliases).
  static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
      {"conference", "inproceedings"}, {"electronic", "online"}, {"www", "online"},
      {"mastersthesis", "thesis"},     {"phdthesis", "thesis"},  {"techreport", "report"}};
  for (auto [alias, is] : aliases)
    if (type == alias) type = is;
  if (type.empty() || !listed(kBiblatexTypesWithFields, type)) return true;
  std::string f = ascii_lower(field);
  for (const auto& row : kBiblatexFields)
    if (row.field == f) return listed(row.types, type);
  return true;
}

// The fields of biblatex's data model (blx-dm.def, biblatex 3.x), for
// every type; biber --validate-datamodel warns of any other ("Field
// 'numpages' invalid in data model - ignoring").  The date fields' parts
// (year, month, eventyear, urlday...) are read apart.
bool biblatex_model_field(std::string_view field) {
  static constexpr std::string_view kFields =
      " abstract addendum afterword annotation annotator author authortype bookauthor bookpagination booksubtitle "
      "booktitle booktitleaddon chapter commentator crossref date doi edition editor editora editoratype editorb "
      "editorbtype editorc editorctype editortype eid entryset entrysubtype eprint eprintclass eprinttype eventdate "
      "eventtitle eventtitleaddon execute file foreword gender holder howpublished ids indexsorttitle indextitle "
      "institution introduction isan isbn ismn isrn issn issue issuesubtitle issuetitle issuetitleaddon iswc "
      "journalsubtitle journaltitle journaltitleaddon keywords label langid langidopts language library lista listb "
      "listc listd liste listf location mainsubtitle maintitle maintitleaddon namea nameaddon nameatype nameb "
      "namebtype namec namectype note number options organization origdate origlanguage origlocation origpublisher "
      "origtitle pages pagetotal pagination part presort publisher pubstate related relatedoptions relatedstring "
      "relatedtype reprinttitle series shortauthor shorteditor shorthand shorthandintro shortjournal shortseries "
      "shorttitle sortkey sortname sortshorthand sorttitle sortyear subtitle title titleaddon translator type url "
      "urldate usera userb userc userd usere userf venue verba verbb verbc version volume volumes xdata xref ";
  static constexpr std::string_view kDateParts =
      " year month day hour minute second timezone yeardivision endyear endmonth endday endhour endminute endsecond "
      "endtimezone endyeardivision ";
  std::string f = ascii_lower(field);
  if (listed(kFields, f)) return true;
  std::string_view part = f;
  for (std::string_view date : {"event", "orig", "url"})
    if (part.substr(0, date.size()) == date) part.remove_prefix(date.size());
  return !part.empty() && listed(kDateParts, part);
}

// The biblatex name of a .bib source's own field: biblatex.def's driver
// source map for BibTeX data (address -> location, school -> institution,
// journal -> journaltitle...), ACM's numpages (biblatex's pagetotal) and
// the conference's `location` ACM writes beside the publisher's `address`
// (the importer keeps it as an extra field only then): biblatex's venue.
std::string biblatex_name(std::string_view field) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"address", "location"},       {"school", "institution"},       {"journal", "journaltitle"},
      {"annote", "annotation"},      {"hyphenation", "langid"},       {"archiveprefix", "eprinttype"},
      {"primaryclass", "eprintclass"}, {"key", "sortkey"},            {"pdf", "file"},
      {"numpages", "pagetotal"},     {"location", "venue"},           {"book-author", "bookauthor"}};
  std::string f = ascii_lower(field);
  for (auto [bibtex, biblatex] : kNames)
    if (f == bibtex) return std::string(biblatex);
  return f;
}

// A conference paper published in a journal's issue (Web of Science's
// "Proceedings Paper" in Social Studies of Science 38(6), Scopus's IOP
// Conference Series 175(1)): a volume and an issue, in no series.
// BibTeX's @inproceedings has no issue (its number is the number in a
// series: bibtex warns "can't use both volume and number fields"), so for
// a paper it is an @article of that journal.  A .bib source's `number` may
// be the number in a series: there the journal's ISSN must say so too
// (RIS's IS, a CSV's Issue column are issues).
bool in_journal_issue(const Record& r) {
  return r.type == "paper-conference" && !r.container_title.empty() && !r.volume.empty() && !r.issue.empty() &&
         (!r.issn.empty() || !from_bibtex(r)) && !series_of(r);
}

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

// The type of a biblatex entry for a paper, from the type `t` the CSL type
// or the source gave: biber --validate-datamodel on the export of the
// fixtures and corpora warned 183 times of a field the type does not have.
// - A record in a journal (its container written as journaltitle) with a
//   volume, an issue or pages is an @article, whatever else its source
//   called it (EBSCO's and Gale's "Generic", Zotero's video in a journal);
// - biblatex's unsupported types (@video, @letter, @jurisdiction, @review
//   ...: no field of theirs is in the data model, "Invalid field 'title'
//   for entrytype 'video'") are @misc, as the standard styles print them;
// - a @collection or @proceedings with authors and no editor is a @book
//   (neither has an author in the data model).
std::string biblatex_paper_type(const Record& r, std::string t) {
  bool journal = !r.container_title.empty() && (container_kind(r) == Container::journal ||
                                                (from_bibtex(r) && (has_extra(r, "journal") ||
                                                                    has_extra(r, "journaltitle"))));
  bool placed = !r.volume.empty() || !r.issue.empty() || !r.pages.empty();
  bool unsupported = !listed(kBiblatexTypesWithFields, t) && t != "phdthesis" && t != "mastersthesis" &&
                     t != "techreport" && t != "conference" && t != "electronic" && t != "www";
  if (journal && placed && t != "article" && (unsupported || t == "misc" || t == "online" || t == "unpublished"))
    return "article";
  if (unsupported) return "misc";
  if ((t == "collection" || t == "proceedings") && r.editors.empty() && !r.authors.empty()) return "book";
  return t;
}

// ---------------------------------------------------------------------------
// An entry being written.

// The scratch space of one writer, reused from entry to entry so that a
// long export does not allocate per field.
struct Scratch {
  std::vector<std::string> written;  // field names of the entry so far
  std::size_t n_written = 0;
  std::string value;  // a value being built
  // The extra fields of the entry being written that it holds (or that are
  // said otherwise: a .bib source's own); the rest are counted (UnwrittenExtras).
  std::vector<const ExtraField*> used;
  // Values left out of biblatex entries (a field the entry's type does not
  // have: a journal article's publisher): why -> the keys, said once at the end.
  std::map<std::string, std::vector<std::string>> left_out;
  // Conference papers in a journal's issue written as @article (in_journal_issue).
  std::vector<std::string> as_article;
  // Theses whose degree no source says, written with type = {Thesis}.
  std::vector<std::string> no_degree;
  // Works written under an entry type the reader reads as another CSL type
  // (a legal case as @misc): "legal_case\tmisc" -> the keys.
  std::map<std::string, std::vector<std::string>> retyped;
  // A .bib source's entry type refnet does not know (read as a document,
  // kept as entrytype: biber's @conversation, biblatex's @customa) written
  // as another: "conversation\tmisc" -> the keys.
  std::map<std::string, std::vector<std::string>> unknown_types;
  // BibTeX: a .bib source's biblatex type BibTeX's styles do not know
  // (@thesis, @collection, @online) written as BibTeX's: "thesis\tmastersthesis" -> the keys.
  std::map<std::string, std::vector<std::string>> biblatex_types;
  // BibTeX: a `type` holding one of biblatex's localisation keys (mathesis,
  // techreport), which BibTeX's styles print as they are, written as the
  // entry type or biblatex's words: "mathesis\t@mastersthesis" -> the keys.
  std::map<std::string, std::vector<std::string>> type_keys;
  // BibTeX: @book and @inbook entries with an author and an editor, the editor left out.
  std::vector<std::string> editor_left;
  // BibTeX: entries with a volume and a number in a series, the number left out.
  std::vector<std::string> number_left;
  // biblatex for a paper: ISBNs and ISSNs whose check digit fails, which biber
  // warns of: "ISBN" or "ISSN" -> the keys.
  std::map<std::string, std::vector<std::string>> bad_ids;
  // biblatex for a paper: valid 979-8 ISBNs biber's 2021 ranges do not know.
  std::vector<std::string> isbn_new_range;
  // biblatex for a paper: the values of the entry being written that its
  // type does not have (fits_type), kept until the entry ends: left out
  // when the entry has another field, else written (EntryWriter::finish).
  struct Unfit {
    std::string name, value;
  };
  std::vector<Unfit> unfit;
  // Entries that had no field their type has: written with the ones they
  // had, "misc\tpages" -> the keys.
  std::map<std::string, std::vector<std::string>> only_unfit;
  // What the creators carry that the dialect has no place for, counted for
  // one warning an export: ORCIDs (BibTeX's; biblatex writes them as name
  // annotations) and affiliations, and the keys of their works.
  std::size_t orcids_lost = 0, affiliations_lost = 0;
  std::vector<std::string> orcid_keys, affiliation_keys;
};

class EntryWriter {
 public:
  EntryWriter(std::string& out, Scratch& s, const ExportOptions& opt) : out_(out), s_(s), opt_(opt) {
    s_.n_written = 0;
    s_.unfit.clear();
  }

  void field(std::string_view name, std::string_view value) {
    if (value.empty() || !wanted(name) || has(name)) return;  // a field is written once
    if (number_beside_volume(name)) return;
    if (fits_type(name, value)) put(name, value, true);
  }
  // An extra field of a .bib source: written even when empty, and as often
  // as the source repeated it (Scopus: one funding_details per funder).
  void raw(std::string_view name, std::string_view value) {
    if (number_beside_volume(name)) return;
    if (wanted(name) && (value.empty() || fits_type(name, value))) put(name, value, true);
  }
  // BibTeX for a paper: a @book's (@inbook's, @incollection's,
  // @inproceedings's, @proceedings's) number in a series beside its volume,
  // which the styles do not print together ("can't use both volume and
  // number fields"), is left out; left_number() says whether it was.
  void no_number_beside_volume() { no_number_beside_volume_ = true; }
  bool left_number() const { return left_number_; }
  // biblatex for a paper: the fields biblatex's data model does not give
  // the entry's type (a journal article's publisher) are left out, and
  // counted for the writer's warning.
  void check_type(std::string_view type) { type_ = type; }
  // The entry's key, which the values left out are said with.
  void set_key(std::string_view key) { key_ = key; }
  bool takes(std::string_view name) const { return type_.empty() || biblatex_field_for_type(name, type_); }
  // Whether the entry has the field already.
  bool has(std::string_view name) const {
    for (std::size_t i = 0; i < s_.n_written; ++i)
      if (iequals(s_.written[i], name)) return true;
    return false;
  }
  // Whether the entry's type has the field; a value it does not have waits
  // for the end of the entry (finish).
  bool fits_type(std::string_view name, std::string_view value) {
    if (type_.empty() || biblatex_field_for_type(name, type_)) return true;
    s_.unfit.push_back({std::string(name), std::string(value)});
    return false;
  }
  // Says, once for the whole export, that a value of this entry was left out and why.
  void left_out(const std::string& why) {
    auto& keys = s_.left_out[why];
    if (keys.empty() || keys.back() != key_) keys.emplace_back(key_);
  }
  // A data annotation of biblatex (author+an:orcid): no field of any type's,
  // and for a paper too (styles print none); --skip-fields still leaves it out.
  void annotation(std::string_view name, std::string_view value) { unless_skipped(name, value); }
  // The record's identifier in a database's own field (Web of Science's
  // unique-id): not the vendor noise a paper's profile leaves out.
  void identifier(std::string_view name, std::string_view value) { unless_skipped(name, value); }
  // A macro, unbraced: month = jan.
  void macro(std::string_view name, std::string_view value) {
    if (wanted(name)) put(name, value, false);
  }
  void unless_skipped(std::string_view name, std::string_view value) {
    if (!value.empty() && !opt_.skip_fields.count(ascii_lower(name)) && !has(name)) put(name, value, true);
  }
  // Whether the options let the field be written: --skip-fields, then
  // --keep-fields, then the profile.
  bool wanted(std::string_view name) const {
    std::string n = ascii_lower(name);
    if (opt_.skip_fields.count(n)) return false;
    if (opt_.keep_fields.count(n)) return true;
    if (opt_.profile == ExportProfile::paper && vendor_field(n)) {
      if (opt_.notes) ++opt_.notes->vendor_fields;
      return false;
    }
    return true;
  }
  // The values the type does not have are left out, and said, unless the
  // entry has no other field (biber's examples: a @misc with pages only):
  // an empty entry is no entry to a reader (refnet's: "entry has no
  // fields"), so they are written, and that is said.
  void finish() {
    if (s_.n_written == 0 && !s_.unfit.empty()) {
      std::string names;
      for (const auto& u : s_.unfit) {
        if (!names.empty()) names += ", ";
        names += ascii_lower(u.name);
        put(u.name, u.value, true);
      }
      s_.only_unfit[std::string(type_) + '\t' + names].emplace_back(key_);
    } else {
      for (const auto& u : s_.unfit)
        left_out(ascii_lower(u.name) + " is not a field of biblatex's @" + std::string(type_) +
                 " (biber warns, no style prints it there)");
    }
    s_.unfit.clear();
    out_ += "\n}\n";
  }
  // Lossless archiving (--profile full): a field whose source value was an
  // undefined macro (the importer's "@macro" extra, "MITaddr") is
  // written as the bare macro name again, as the source wrote it.
  void keep_undefined_macros(const Record& r) { macros_of_ = &r; }

 private:
  const Record* macros_of_ = nullptr;
  std::string_view type_, key_;
  bool no_number_beside_volume_ = false, left_number_ = false;
  bool number_beside_volume(std::string_view name) {
    if (!no_number_beside_volume_ || !iequals(name, "number") || !has("volume")) return false;
    left_number_ = true;
    return true;
  }

  // The macro a value was read from, when the value (as LaTeX decodes it:
  // "Ayodele\_M" is the name Ayodele_M) is still that macro's name.  Not by
  // field name: a field may be written under another name than it was read
  // (a @book's `journal = ec` is its `series`).
  std::string_view undefined_macro(std::string_view value) const {
    std::string decoded;
    for (const auto& f : macros_of_->extra) {
      if (f.name != "@macro" || !f.format.empty()) continue;
      std::string_view macro = f.value;
      if (value == macro) return macro;
      if (decoded.empty()) decoded = latex_to_unicode(value);
      if (decoded == macro) return macro;
    }
    return {};
  }

  void put(std::string_view name, std::string_view value, bool braced) {
    if (braced && macros_of_) {
      if (std::string_view macro = undefined_macro(value); !macro.empty()) {
        value = macro;
        braced = false;
      }
    }
    if (s_.n_written == s_.written.size()) s_.written.emplace_back();
    s_.written[s_.n_written++].assign(name.data(), name.size());
    out_ += first_ ? "\n  " : ",\n  ";
    out_ += name;
    out_ += braced ? " = {" : " = ";
    out_ += value;
    if (braced) out_ += '}';
    first_ = false;
  }
  std::string& out_;
  Scratch& s_;
  const ExportOptions& opt_;
  bool first_ = true;
};

void put_two_digits(std::string& out, int n) {
  if (n < 10) out += '0';
  out += std::to_string(n);
}

// "2001", "2001-03", "2001-03-05": as much as is known.  A year has four
// digits, as biber reads them ("0800"), and one before the common era its
// sign ("-0534": 535 BCE).
void put_iso_date(std::string& out, int year, int month, int day) {
  if (year < 0) out += '-';
  std::string digits = std::to_string(year < 0 ? -static_cast<long>(year) : year);
  if (digits.size() < 4) out.append(4 - digits.size(), '0');
  out += digits;
  if (month < 1 || month > 12) return;
  out += '-';
  put_two_digits(out, month);
  if (day < 1 || day > 31) return;
  out += '-';
  put_two_digits(out, day);
}

// What the text of a date with a year ("2022 Jan-Feb", MEDLINE's DP;
// "Spring 2019"; Zotero's "2018/ed") says beyond its year, month and day:
// the last month of a range of months of that year, a season, or words no
// date field of BibTeX or biblatex holds (`rest`).
struct DateText {
  int end_month = 0;
  std::string season;
  bool rest = false;
};

DateText read_date_text(const Date& dt) {
  DateText t;
  std::string_view s = dt.text;
  if (int code = season_code(s); code && dt.month == 0) {  // "Quarter 1" (EDTF 33), "Autumn (Northern Hemisphere)"
    t.season = std::string(season_name(code));
    return t;
  }
  int months = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_alpha(s[i]) && !is_digit(s[i]) && static_cast<unsigned char>(s[i]) < 0x80) {
      if (s[i] != '-' && s[i] != '/' && s[i] != ',' && s[i] != '.' && !is_space(s[i])) t.rest = true;
      ++i;
      continue;
    }
    std::size_t start = i;
    bool digits = is_digit(s[i]);
    while (i < s.size() && (digits ? is_digit(s[i]) : !is_digit(s[i]) && (is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)))
      ++i;
    std::string_view w = s.substr(start, i - start);
    if (digits) {
      int n = w.size() <= 4 ? std::stoi(std::string(w)) : -1;
      if (!((w.size() == 4 && n == dt.year) || (w.size() <= 2 && n == dt.day && dt.day > 0))) t.rest = true;
    } else if (int m = month_from_prefix(w)) {
      if (months == 0 && m == dt.month) {
      } else if (months == 1 && m > dt.month && dt.month > 0) {
        t.end_month = m;
      } else {
        t.rest = true;
      }
      ++months;
    } else if (is_season_word(ascii_lower(w)) && t.season.empty()) {
      t.season = std::string(w);
      t.season[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t.season[0])));
    } else {
      t.rest = true;
    }
  }
  if (t.rest) t.end_month = 0, t.season.clear();  // the whole text goes to a note
  return t;
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


// The spans guess_protection finds in a title with rich text: found in the
// text without its tags, given back as offsets of the title.
std::vector<Span> guess_title_protection(std::string_view t) {
  if (!may_have_rich_text(t)) return guess_protection(t);
  std::vector<std::uint32_t> at;
  std::string plain = strip_rich_text(t, &at);
  std::vector<Span> spans = guess_protection(plain);
  for (Span& s : spans) {
    s.begin = at[s.begin];
    s.end = at[s.end - 1] + 1;  // after its last byte, before a closing tag
  }
  return spans;
}

}  // namespace

// What the source protected; when it protected nothing (a .bib source too:
// Google Scholar's and Pure's braces nothing, and bibtex's sentence-case
// styles would print "kazakhstan"), what guess_protection finds.
std::vector<Span> protected_title_spans(const Record& r) {
  if (!r.title_nocase.empty()) return r.title_nocase;
  return guess_title_protection(r.title);
}

namespace {

// Rich text as LaTeX: \emph, \textbf, \textsubscript, \textsuperscript,
// \textsc, and a protected span braced.
struct LatexTitleSink : RichSink {
  std::string& out;
  bool ascii;
  LatexTitleSink(std::string& o, bool a) : out(o), ascii(a) {}
  void text(std::string_view s) override { put_latex(out, s, ascii); }
  void open(Rich k) override {
    switch (k) {
      case Rich::italic: out += "\\emph{"; break;
      case Rich::bold: out += "\\textbf{"; break;
      case Rich::sub: out += "\\textsubscript{"; break;
      case Rich::sup: out += "\\textsuperscript{"; break;
      case Rich::smallcaps: out += "\\textsc{"; break;
      case Rich::nocase: out += '{'; break;
    }
  }
  void close(Rich) override { out += '}'; }
};

// Lossless (--profile full): a .bib source's title braced as the source
// braced it, so that import gives the same record back.
void put_title(std::string& out, const Record& r, bool ascii, ExportProfile profile) {
  std::string_view t = r.title;
  if (t.empty()) return;
  LatexTitleSink sink(out, ascii);
  const bool as_source = profile == ExportProfile::full && from_bibtex(r);
  walk_rich_text(t, as_source ? r.title_nocase : protected_title_spans(r), sink);
}

void put_names(std::string& out, const std::vector<Creator>& names, NameEnc enc, bool for_biber = true) {
  std::size_t start = out.size();
  for (const auto& c : names) {
    if (c.empty() && c.particle.empty()) continue;
    if (out.size() != start) out += " and ";
    put_name(out, c, enc, for_biber);
  }
}

// What has no LaTeX spelling (CJK, Cyrillic, ℡) is kept in UTF-8, which
// pdflatex stops on ("Unicode character 高 (U+9AD8) not set up for use
// with LaTeX"; with --ascii, every non-ASCII character left): said, with the
// entry and the characters.
void warn_unspelt(const Record& r, std::string_view entry, bool ascii, ExportNotes& notes) {
  std::vector<char32_t> found;
  for (std::size_t i = 0; i < entry.size();) {
    // An entry is mostly ASCII (LaTeX spells the rest): eight bytes at a
    // time up to the next byte >= 0x80.
    while (i + 8 <= entry.size()) {
      std::uint64_t eight;
      std::memcpy(&eight, entry.data() + i, 8);
      if (eight & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i == entry.size()) break;
    if (static_cast<unsigned char>(entry[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = next_utf8(entry, i);
    if ((ascii || !pdflatex_reads(cp)) && std::find(found.begin(), found.end(), cp) == found.end()) found.push_back(cp);
  }
  if (found.empty()) return;
  constexpr std::size_t kNamed = 40;  // a CJK title names each of its characters
  std::string w = r.citekey + ": ";
  for (std::size_t k = 0; k < found.size() && k < kNamed; ++k) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(found[k]));
    if (k) w += ", ";
    append_utf8(w, found[k]);
    w += std::string(" (") + hex + ")";
  }
  if (found.size() > kNamed) w += " and " + std::to_string(found.size() - kNamed) + " more";
  w += found.size() == 1 ? " has" : " have";
  w += " no LaTeX spelling: kept in UTF-8, which pdflatex cannot typeset (xelatex and lualatex can)";
  notes.warnings.push_back(std::move(w));
}

// biblatex's volume is an integer (biber: "Invalid value of field 'volume'
// must be datatype 'integer' - ignoring field").  What databases write there
// instead: "v. 9" (AGRIS), "8(1)" (a volume and its issue), "6992 LNCS"
// (Scopus: the series' abbreviation after the number), "98 Suppl 1"
// (PubMed: a supplement).  The number is the volume; an issue the record
// has nowhere else becomes the issue; what is left is `dropped`, the whole
// value when it starts with no number ("2014-January", "A") or is a range
// of volumes ("346-347").
struct VolumeParts {
  std::string volume, issue;
  std::string part;  // "1.2", "I.2": volume 1, part 2 (biblatex's part of a logical volume)
  std::string_view dropped;
};

// A roman numeral up to 39 ("I", "iv", "XII"), else 0.
int roman_number(std::string_view s) {
  static constexpr std::string_view kRoman[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  std::string l = ascii_lower(s);
  int tens = 0;
  while (!l.empty() && l[0] == 'x' && tens < 3) l.erase(0, 1), ++tens;
  for (int units = 0; units < 10; ++units)
    if (l == kRoman[units]) return tens * 10 + units == 0 ? 0 : tens * 10 + units;
  return 0;
}

VolumeParts biblatex_volume(std::string_view v, std::string_view issue) {
  VolumeParts p;
  std::string_view t = trim(v);
  // A multi-part volume as collected works number them: "1.2", "I.2"
  // (Benjamin's Gesammelte Schriften), "IV/1".
  if (std::size_t dot = t.find_first_of("./"); dot != std::string_view::npos && dot > 0 && dot + 1 < t.size()) {
    std::string_view a = t.substr(0, dot), b = t.substr(dot + 1);
    bool a_digits = std::all_of(a.begin(), a.end(), is_digit) && a.size() <= 4;
    bool b_digits = std::all_of(b.begin(), b.end(), is_digit) && b.size() <= 3;
    int vol = a_digits ? std::stoi(std::string(a)) : roman_number(a);
    if (b_digits && vol > 0) {
      p.volume = std::to_string(vol);
      p.part = std::string(b);
      return p;
    }
  }
  std::size_t digits = t.size() > 1 && t[0] == '-' ? 1 : 0;
  while (digits < t.size() && is_digit(t[digits])) ++digits;
  if (digits == t.size() && !t.empty() && t != "-") {
    p.volume = std::string(t);
    return p;
  }
  for (bool again = true; again;) {  // "v. 9", "Vol. 9", "v. v. 176"
    again = false;
    for (std::string_view pre : {"volume ", "vol.", "vol ", "v."})
      if (istarts_with(t, pre)) {
        t = trim(t.substr(pre.size()));
        again = true;
      }
  }
  std::size_t n = 0;
  while (n < t.size() && is_digit(t[n])) ++n;
  std::string_view rest = trim(t.substr(n));
  if (n == 0 || (!rest.empty() && (rest[0] == '-' || rest[0] == '/' || rest[0] == ','))) {
    p.dropped = trim(v);
    return p;
  }
  p.volume = std::string(t.substr(0, n));
  if (rest.empty()) return p;
  std::string_view own = rest;  // an issue written after the volume
  if (own.size() > 2 && own.front() == '(' && own.back() == ')') own = trim(own.substr(1, own.size() - 2));
  for (std::string_view pre : {"issue ", "no. ", "no.", "n. "})
    if (istarts_with(own, pre)) own = trim(own.substr(pre.size()));
  bool supplement = istarts_with(rest, "suppl");
  bool short_number = !own.empty() && own.size() <= 4 && std::all_of(own.begin(), own.end(), is_digit);
  bool issue_like = supplement || own != rest || short_number;
  if (issue_like && (issue.empty() || iequals(trim(issue), own))) {
    if (issue.empty()) p.issue = std::string(own);
    return p;
  }
  p.dropped = rest;
  return p;
}

// The issn or isbn field: every number, ", "-separated; but biblatex's
// issn and isbn hold one (biber: "Invalid ISSN in value of field 'issn'"
// for "0140-525X, 1469-1825", "ISBN '9781118644898, 9781119974079' ... is
// invalid"): the first whose check digit holds, the others said (print and
// electronic numbers of one journal or book, mostly).
std::string identifiers_field(const Record& r, const std::vector<std::string>& numbers, bool (*valid)(std::string_view),
                              const char* field, const char* what, bool latex, const ExportOptions& opt) {
  std::string joined;
  if (!(latex && opt.profile == ExportProfile::paper && numbers.size() > 1)) {
    put_joined(joined, numbers, ", ");
    return joined;
  }
  auto first = std::find_if(numbers.begin(), numbers.end(), [valid](const std::string& x) { return valid(x); });
  if (first == numbers.end()) first = numbers.begin();
  joined = *first;
  std::string others;
  for (const auto& x : numbers)
    if (&x != &*first) others += (others.empty() ? "" : ", ") + x;
  if (opt.notes)
    opt.notes->warnings.push_back(r.citekey + ": " + field + " holds one " + what + " in biblatex: " + joined +
                                  " written, " + others + " left out");
  return joined;
}

// "1=\"0000-0002-1825-0097\"; 3=\"...\"": the ORCIDs of a name list as a
// biblatex data annotation of its items (biber reads it as a literal
// annotation of each name; its validator accepts `author+an:orcid`).
std::string orcid_annotation(const std::vector<Creator>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].orcid.empty()) continue;
    if (!out.empty()) out += "; ";
    out += std::to_string(i + 1) + "=\"" + names[i].orcid + '"';
  }
  return out;
}

// The creators' ORCIDs: biblatex's name annotations (author+an:orcid), which
// the BibTeX reader reads back; BibTeX has no place for them, nor either
// dialect for affiliations (CSL-JSON keeps both): counted, said at the end.
void keep_creator_ids(EntryWriter& w, const Record& r, const std::string& key, bool latex, Scratch& scratch) {
  std::size_t orcids = 0, affiliations = 0;
  for (const auto* names : {&r.authors, &r.editors})
    for (const Creator& c : *names) {
      orcids += !c.orcid.empty();
      affiliations += c.affiliations.size();
    }
  if (latex) {
    w.annotation("author+an:orcid", orcid_annotation(r.authors));
    w.annotation("editor+an:orcid", orcid_annotation(r.editors));
  } else if (orcids) {
    scratch.orcids_lost += orcids;
    scratch.orcid_keys.push_back(key);
  }
  if (affiliations) {
    scratch.affiliations_lost += affiliations;
    scratch.affiliation_keys.push_back(key);
  }
}

void write_entry(std::string& out, const Record& r, const ExportOptions& opt, Dialect d, Scratch& scratch) {
  const bool ascii = opt.ascii;
  const bool latex = d == Dialect::biblatex;
  const bool bib = from_bibtex(r);
  std::string& v = scratch.value;
  scratch.used.clear();
  if (bib)  // written with the entry's fields below, or said (vendor, type, data model, dangling)
    for (const auto& f : r.extra)
      if (f.format.empty()) scratch.used.push_back(&f);
  // The value of `s` LaTeX-encoded, in the scratch buffer (valid until the next call).
  auto enc = [&](std::string_view s) -> const std::string& {
    v.clear();
    put_latex(v, s, ascii);
    return v;
  };

  // For a paper, biblatex gets each slot under biblatex's own name, and a
  // .bib source's own field under its biblatex name (biblatex_name); else
  // a field goes back under the name its source gave it (spelling).
  const bool remap = latex && opt.profile == ExportProfile::paper;
  auto slot = [&](std::initializer_list<std::string_view> names) {
    return remap ? *names.begin() : spelling(r, names);
  };

  const std::size_t entry_start = out.size();
  out += '@';
  const std::string type = entry_type(r, d, opt.profile == ExportProfile::full);
  // A conference paper entry_type made an @article of its journal.
  const bool paper_as_article = type == "article" && in_journal_issue(r);
  if (paper_as_article) scratch.as_article.push_back(r.citekey);
  out += type;
  out += '{';
  const std::size_t key_start = out.size();
  if (r.citekey.empty()) out += expand_key_pattern(kDefaultKeyPattern, r);
  else out += r.citekey;
  const std::string key = out.substr(key_start);
  out += ',';
  // A .bib source's biblatex type BibTeX's styles do not know: its own
  // (entrytype) or the one the importer read its CSL type from (@online).
  std::string biblatex_own;
  if (d == Dialect::bibtex && bib && !paper_as_article) {
    biblatex_own = ascii_lower(r.get_extra("entrytype"));
    // (The importer keeps no type for @phdthesis and @techreport: source_entry_type.)
    if (biblatex_own.empty() && r.type != "thesis" && r.type != "report")
      for (const auto& row : kTypes)
        if (row.csl == r.type) {
          biblatex_own = std::string(row.biblatex);
          break;
        }
    if (biblatex_own == type || !known_type(biblatex_own, Dialect::biblatex) || known_type(biblatex_own, Dialect::bibtex))
      biblatex_own.clear();
    else scratch.biblatex_types[biblatex_own + '\t' + type].push_back(key);
  }
  if (!paper_as_article && biblatex_own.empty() && bibtex_entry_csl_type(type) != r.type)
    scratch.retyped[r.type + '\t' + type].push_back(key);
  // The retyped warning cannot say it: the type read nothing but a
  // document, and @misc reads back as one.  (misc and Mendeley's generic
  // are the types refnet reads as a document; any other it did not know.)
  if (bib && r.type == "document") {
    const std::string own = ascii_lower(r.get_extra("entrytype"));
    if (!own.empty() && own != type && own != "misc" && own != "generic")
      scratch.unknown_types[own + '\t' + type].push_back(key);
  }
  EntryWriter w(out, scratch, opt);
  w.set_key(key);
  if (d == Dialect::bibtex && opt.profile == ExportProfile::paper && !opt.keep_fields.count("number") &&
      (type == "book" || type == "inbook" || type == "incollection" || type == "inproceedings" ||
       type == "proceedings" || type == "conference"))
    w.no_number_beside_volume();
  if (latex && opt.profile == ExportProfile::paper) w.check_type(type);
  if (bib && opt.profile == ExportProfile::full) w.keep_undefined_macros(r);
  if (latex && opt.aliases) {
    auto it = opt.aliases->find(r.citekey);
    if (it != opt.aliases->end()) {
      v.clear();
      put_joined(v, it->second, ", ");
      w.field("ids", v);
    }
  }

  v.clear();
  const bool for_biber = opt.profile == ExportProfile::paper;
  // bibtex counts bytes: a UTF-8 name gives alpha a label cut inside a
  // letter ("Öz20") and sorts after Z.  Its names are written as accent
  // commands in braces ({\"O}zdemir), which text.prefix$ counts as one
  // letter and purify$ sorts as O; biber reads UTF-8 (biblatex keeps it).
  const NameEnc names = ascii ? NameEnc::ascii : d == Dialect::bibtex ? NameEnc::letters : NameEnc::utf8;
  put_names(v, r.authors, names, for_biber);
  // An unsigned work (the source's "[Anonymous]"): BibTeX's styles print
  // "Anonymous", APA's word for it; biblatex, which has no convention of its
  // own, sorts and labels it by its title (useauthor=false), as such a work
  // is cited, and biber finds the author its entry types require.  Not braced:
  // the placeholder, as the importer reads it back ({Anonymous} is a name).
  const bool unsigned_work = v.empty() && !r.get_extra("author-placeholder").empty();
  if (unsigned_work) v = "Anonymous";
  w.field("author", v);
  // The entry's own options (the source's, or refnet's read back) keep
  // theirs beside it: one options field, as biblatex takes.
  const ExtraField* own_options = nullptr;
  for (const auto& f : r.extra)
    if (f.name == "options" && f.format.empty() && !own_options) own_options = &f;
  if (unsigned_work && latex) {
    std::string options = own_options ? std::string(trim(own_options->value)) : "";
    if (options.find("useauthor") == std::string::npos) options += (options.empty() ? "" : ",") + std::string("useauthor=false");
    w.field("options", options);
  }
  // The placeholder itself is said by the author written (--profile full
  // keeps it); the options are written with useauthor=false.
  auto said_by_unsigned = [&](const ExtraField& f) {
    return unsigned_work && ((f.name == "author-placeholder" && opt.profile == ExportProfile::paper) ||
                             (latex && &f == own_options));
  };
  if (!bib)
    for (const auto& f : r.extra)
      if (said_by_unsigned(f)) scratch.used.push_back(&f);
  v.clear();
  put_names(v, r.editors, names, for_biber);
  // BibTeX's styles print a @book's or @inbook's author or else its editor,
  // never both, and warn "can't use both author and editor fields" (plain,
  // plainnat, apalike; not when a crossref gives the editor): for a paper
  // the editor of an authored book is left out, said (biblatex prints both).
  if (d == Dialect::bibtex && opt.profile == ExportProfile::paper && (type == "book" || type == "inbook") &&
      !v.empty() && w.has("author") && !opt.keep_fields.count("editor") && !has_extra(r, "crossref")) {
    scratch.editor_left.push_back(key);
    v.clear();
  }
  w.field("editor", v);
  keep_creator_ids(w, r, key, latex, scratch);
  v.clear();
  // The source's own LaTeX for a title whose commands Unicode cannot say
  // (\noopsort, \emph, \mbox: the importer's "@title"), while the title is
  // still what it decodes to.
  std::string_view source_title = bib ? r.get_extra("@title") : std::string_view();
  if (!source_title.empty() && balanced(source_title) && title_of_source(source_title, r) == r.title)
    v = ascii ? ascii_letters(source_title) : std::string(source_title);
  else put_title(v, r, ascii, opt.profile);
  // BibTeX has no subtitle (bibtex: "Warning--I'm ignoring ...", no .bst
  // prints it): for a paper it is joined to the title, "Title: Subtitle",
  // as biblatex prints the two.  biblatex keeps its subtitle field.
  const ExtraField* subtitle = nullptr;
  if (d == Dialect::bibtex && opt.profile == ExportProfile::paper && !v.empty() && !opt.keep_fields.count("subtitle"))
    for (const ExtraField& f : r.extra)
      if (f.name == "subtitle" && ((bib && f.format.empty()) || f.format == "bibtex") && !trim(f.value).empty())
        subtitle = &f;
  if (subtitle) {
    while (!v.empty() && is_space(v.back())) v.pop_back();
    if (!(ends_with(v, ":") || ends_with(v, "?") || ends_with(v, "!") || ends_with(v, "."))) v += ':';
    v += ' ';
    const std::string_view sub = trim(subtitle->value);
    if (balanced(sub)) v += ascii ? ascii_letters(sub) : std::string(sub);
    else put_latex(v, sub, ascii);
    scratch.used.push_back(subtitle);
  }
  w.field("title", v);
  // The short title from another format (RIS ST, CSL title-short, EndNote's
  // short-title): biblatex's shorttitle, which BibTeX styles pass over and
  // the reader reads back.  A .bib source's own is written with its fields.
  if (ExtraValue st = short_title_of(r); st && !st.verbatim_in(r, "bibtex") && !(bib && has_extra(r, "shorttitle"))) {
    w.field("shorttitle", enc(st.text));
    scratch.used.push_back(st.field);
  }
  // plain and alpha sort an entry by its author (a book's or a
  // proceedings' by its editor) or else by `key`, and take alpha's label
  // from it: without one, bibtex warns "to sort, need author or key" and
  // sorts the entry by nothing.  For a paper in the BibTeX dialect, an
  // entry with no author gets its title (else its container, publisher or
  // citation key) as its key, a leading article left out as plain's own
  // title sort does (biber reads `key` as sortkey,
  // and biblatex sorts such an entry by its title anyway).
  if (d == Dialect::bibtex && opt.profile == ExportProfile::paper && !has_extra(r, "key") &&
      std::all_of(r.authors.begin(), r.authors.end(), [](const Creator& c) { return c.empty() || is_others(c); })) {
    // The source's own LaTeX title, when written, as it is: its
    // \noopsort{b} is how its author wanted it sorted.
    bool own_latex = !source_title.empty() && v == source_title;
    std::string sort = own_latex ? v : may_have_rich_text(r.title) ? strip_rich_text(r.title) : r.title;
    if (sort.empty()) sort = !r.container_title.empty() ? r.container_title : r.publisher;
    if (trim(sort).empty()) sort = key;  // nothing else names it
    std::string_view k = trim(sort);
    for (std::string_view article : {"a ", "an ", "the "})
      if (k.size() > article.size() && istarts_with(k, article)) k = trim(k.substr(article.size()));
    v.clear();
    if (own_latex) v = k;
    else put_name_text(v, k, ascii ? NameEnc::ascii : NameEnc::letters);
    w.field("key", v);
  }

  bool other_container = bib && (has_extra(r, "journal") || has_extra(r, "journaltitle") ||
                                 has_extra(r, "booktitle"));
  if (!r.container_title.empty()) {
    const std::string& container = enc(r.container_title);
    switch (other_container || paper_as_article ? Container::journal : container_kind(r)) {
      case Container::journal: {
        std::string_view name = latex ? slot({"journaltitle", "journal"}) : slot({"journal", "journaltitle"});
        // biblatex's journaltitle is an @article's: a @misc's or
        // @unpublished's container is how it was published, an @online's
        // the site's owner, the organization (biblatex_paper_type made an
        // @article of one with a volume, issue or pages).
        if (!w.takes(name)) name = w.takes("howpublished") ? "howpublished" : w.takes("organization") ? "organization" : name;
        w.field(name, container);
        break;
      }
      case Container::booktitle: w.field("booktitle", container); break;
      case Container::series: w.field("series", container); break;
      case Container::howpublished: w.field(latex ? "organization" : "howpublished", container); break;
    }
  }

  const Date issued = issued_of(r);  // "535 BCE" kept as text is that year
  const Date& dt = issued;
  // The part of a date's text no date field says goes to the note, said.
  DateText said;
  std::string date_note;
  if (dt.year > 0 && !dt.text.empty() && !dt.is_range()) said = read_date_text(dt);
  if (said.rest || (!said.season.empty() && dt.month != 0)) {
    said = DateText{};
    date_note = dt.text;
    if (opt.notes)
      opt.notes->warnings.push_back(r.citekey + ": the date '" + dt.text + "' says more than " +
                                    (latex ? "biblatex's date" : "the year and month fields") + " can: written as " +
                                    std::to_string(dt.year) + ", the text as a note");
  }
  // A .bib date the importer could not take whole (a range: 1984/1986) is
  // an extra `date` that gives the same issued date again: write only that.
  // An extra `year` beside a date means the date came first: write a date.
  bool date_in_extra = bib && has_extra(r, "date");
  bool as_date = latex || (bib && has_extra(r, "year"));
  // An EDTF date ("199X", "1951?", "1909~", CSL circa): biblatex's date says
  // it; bibtex's year field is printed as it is, so it says what it can.
  const DateQualifiers edtf = dt.year > 0 && !dt.is_range() ? date_qualifiers(r) : DateQualifiers{};
  if (date_in_extra && as_date) {
    // written with the extra fields
  } else if (as_date && dt.year != 0) {
    v.clear();
    put_iso_date(v, dt.year, dt.month, dt.day);
    // A range: biblatex's "2001/2003", "2001-03/2001-05", open "2001/".
    if (dt.is_range()) {
      v += '/';
      if (dt.end_year > 0) put_iso_date(v, dt.end_year, dt.end_month, dt.end_day);
    } else if (said.end_month) {
      v += '/';
      put_iso_date(v, dt.year, said.end_month, 0);
    } else if (int code = season_code(said.season); code && dt.month == 0) {
      // biblatex's season: EDTF's "1985-23", printed "Autumn 1985" (before
      // humfields40 the season was an `issue`, or a note beside one).
      v += '-' + std::to_string(code);
    }
    if (edtf && edtf.field && !date_in_extra) {
      // CSL circa: biblatex's approximate date ("1931~")
      if (edtf.uncertain && edtf.approximate) v += '%';
      else if (edtf.uncertain) v += '?';
      else if (edtf.approximate) v += '~';
      scratch.used.push_back(edtf.field);
    }
    w.field("date", v);
  } else if (dt.year < 0) {
    // Before the common era: "535 BCE", as an author writes it (bibtex
    // prints the year field as it is).
    w.field("year", year_words(dt.year));
  } else if (dt.year > 0) {
    // A range of years is printed as the source meant it: bibtex styles set
    // the year field as it is ("2001--2003" is 2001–2003, an open range
    // "2001--"), sort by it in order and take alpha's label from its last
    // digits.  A range within one year keeps the start's month and day;
    // its end is said.
    v = edtf ? edtf.year_text(dt.year) : std::to_string(dt.year);
    if (edtf.approximate && opt.notes)
      opt.notes->warnings.push_back(r.citekey + ": the date '" + edtf.text +
                                    "' is approximate, which bibtex's year field cannot say: written as " + v +
                                    (date_in_extra ? " (the date field keeps '" + edtf.text + "' for biblatex)" : ""));
    // A range of months within the year ("2022 Jan-Feb", read as one).
    const bool month_range = dt.is_range() && dt.end_year == dt.year && dt.month >= 1 && dt.end_month > dt.month &&
                             dt.end_month <= 12 && dt.day == 0 && dt.end_day == 0;
    if (dt.is_range() && dt.end_year != dt.year) {
      v += "--";
      if (dt.end_year > 0) v += std::to_string(dt.end_year);
    } else if (dt.is_range() && !month_range && opt.notes) {
      opt.notes->warnings.push_back(r.citekey + ": the date's range ends " + std::to_string(dt.end_year) + "-" +
                                    std::to_string(dt.end_month) + (dt.end_day ? "-" + std::to_string(dt.end_day) : "") +
                                    ", which the year and month fields cannot say: its start written");
    }
    w.field("year", v);
    if ((said.end_month && !dt.is_range()) || month_range) {
      // jan # "--" # feb: bibtex styles print "January--February".
      v.assign(month_abbreviation(dt.month)).append(" # \"--\" # ");
      v.append(month_abbreviation(month_range ? dt.end_month : said.end_month));
      w.macro("month", v);
    } else if (!said.season.empty() && dt.month == 0) {
      w.field("month", said.season);  // plain prints "Spring 2019"
    } else if (!dt.is_range() || dt.end_year == dt.year) {
      if (dt.month >= 1 && dt.month <= 12) w.macro("month", month_abbreviation(dt.month));
      if (dt.month >= 1 && dt.day >= 1 && dt.day <= 31) w.field("day", std::to_string(dt.day));
    } else if (dt.month >= 1 && opt.notes) {
      // One month field would print the start's month as the whole range's.
      opt.notes->warnings.push_back(r.citekey + ": the months of the date range " + v +
                                    " cannot be said by the year and month fields: left out");
    }
  } else if (!dt.text.empty() && latex && !(bib && has_extra(r, "note"))) {
    // biblatex's year is a number (biber: "year field 'in press' ... is not
    // an integer"): a publication state is a `pubstate`, other text a note.
    std::string state = ascii_lower(trim(dt.text));
    if (state == "in press" || state == "inpress" || state == "forthcoming" || state == "submitted") {
      w.field("pubstate", state == "in press" ? "inpress" : state);
    } else {
      date_note = dt.text;
      if (opt.notes)
        opt.notes->warnings.push_back(r.citekey + ": the date '" + dt.text +
                                      "' has no year biblatex can read: written as a note");
    }
  } else if (!dt.text.empty()) {
    w.field("year", enc(dt.text));  // "in press": a year field takes text
  }

  // A CSL source's fields that biblatex has under its own names (Zotero's
  // translator, original-date ...): before export39 "not written: biblatex
  // has no field for it".
  if (latex) {
    static constexpr struct {
      std::string_view csl, bib;
      char kind;  // t: text, d: date, n: names ("Family, Given; Literal", as the CSL reader keeps them)
    } kCslFields[] = {{"translator", "translator", 'n'},       {"container-author", "bookauthor", 'n'},
                      {"original-date", "origdate", 'd'},      {"original-title", "origtitle", 't'},
                      {"number-of-volumes", "volumes", 't'},   {"original-publisher", "origpublisher", 't'},
                      {"original-publisher-place", "origlocation", 't'}};
    for (const auto& k : kCslFields) {
      const ExtraField* f = nullptr;
      // A list of names also from Zotero RDF and JSON (z:translators, z:bookAuthors: role_names.hpp).
      for (const ExtraField& x : r.extra)
        if (k.kind == 'n' ? csl_role_of(r, x) == k.csl
                          : x.name == k.csl && (x.format.empty() ? r.provenance.format : x.format) == "csl-json")
          f = &x;
      if (!f || trim(f->value).empty() || w.has(k.bib)) continue;
      v.clear();
      if (k.kind == 'n') {
        put_names(v, creators_of_extra(f->value), names, for_biber);
      } else if (k.kind == 'd') {
        // {"date-parts":[["1905"]]}: the first date's numbers; CSL's circa is
        // EDTF's ~ ({1899~}), an EDTF literal ("189X") written as it is
        // (before try41 circa was dropped and a literal said unwritten).
        std::string_view dv = f->value;
        auto j = nlohmann::json::parse(dv, nullptr, false);
        if (j.is_object() && j.contains("literal") && j["literal"].is_string()) {
          const std::string raw = j["literal"].get<std::string>();
          const std::string literal(trim(raw));
          if (!edtf_date(literal)) continue;
          w.field(k.bib, literal);
          if (w.has(k.bib)) scratch.used.push_back(f);
          continue;
        }
        const bool circa = csl_circa(dv);
        std::size_t at = dv.find("[[");
        if (at == std::string_view::npos || dv.find("],[") != std::string_view::npos) continue;
        int part[3] = {0, 0, 0}, n = 0;
        for (std::size_t i = at + 2; i < dv.size() && dv[i] != ']' && n < 3;) {
          if (!is_digit(dv[i])) {
            ++i;
            continue;
          }
          int x = 0;
          while (i < dv.size() && is_digit(dv[i])) x = x * 10 + (dv[i++] - '0');
          part[n++] = x;
        }
        if (part[0] <= 0) continue;
        put_iso_date(v, part[0], part[1], part[2]);
        if (circa) v += '~';
      } else {
        v = enc(std::string(trim(f->value)));
      }
      w.field(k.bib, v);
      if (w.has(k.bib)) scratch.used.push_back(f);
    }
  }

  // A thesis's degree read from its volume ("Ph.D.": EndNote's Degree) is no volume.
  const ThesisDegree degree = thesis_degree(r);
  if (degree.in_volume) {
    w.field(slot({"number", "issue"}), enc(r.issue));  // the degree is said by the type
  } else if (latex && opt.profile == ExportProfile::paper && !r.volume.empty()) {
    VolumeParts vol = biblatex_volume(r.volume, r.issue);
    w.field("volume", vol.volume);
    if (!vol.part.empty() && w.takes("part")) w.field("part", vol.part);
    else if (!vol.part.empty()) w.left_out("the part \"" + vol.part + "\" of volume \"" + r.volume + "\" (biblatex's part is a book's)");
    w.field(slot({"number", "issue"}), enc(vol.issue.empty() ? r.issue : vol.issue));
    if (vol.volume.empty())
      w.left_out("the volume \"" + r.volume + "\" is not a number, which biblatex's volume is");
    else if (!vol.dropped.empty())
      w.left_out("the words \"" + std::string(vol.dropped) + "\" after the volume's number in \"" + r.volume +
                 "\" have no place in biblatex's volume, which is a number: the number written, the words");
  } else {
    w.field("volume", enc(r.volume));
    w.field(slot({"number", "issue"}), enc(r.issue));
  }
  v.clear();
  put_pages(v, expand_page_range(r.pages), ascii);  // "809-19" stored by an older import
  w.field("pages", v);
  // An article number is an `eid` (biblatex prints it where pages go); a
  // report's or patent's number is its `number`, when the issue left room.
  if (!r.number.empty()) {
    bool numbered = r.type == "report" || r.type == "patent" || r.type == "standard";
    w.field(numbered && r.issue.empty() ? "number" : "eid", enc(r.number));
  }
  // The series, the number in it and the edition, kept among the extra
  // fields under each source's name (extra_fields.hpp); a .bib source's own
  // fields are written back with its extra fields below.
  auto own_field = [&](const ExtraValue& x, std::string_view name) {
    return x.verbatim_in(r, "bibtex") || (bib && has_extra(r, name));
  };
  if (ExtraValue series = series_of(r); series && !own_field(series, "series")) {
    w.field("series", enc(series.text));  // once: not when the container went there
    scratch.used.push_back(series.field);
  }
  if (ExtraValue number = series_number_of(r);
      number && !own_field(number, "number") && r.issue.empty() && r.number.empty()) {
    w.field("number", enc(number.text));  // "the number ... of a work in a series" (btxdoc)
    scratch.used.push_back(number.field);
  }
  if (ExtraValue edition = edition_of(r); edition && !own_field(edition, "edition")) {
    w.field("edition", enc(edition.text));
    scratch.used.push_back(edition.field);
  }
  // A whole work's number of pages (Zotero's RIS SP of a thesis, CSL's
  // number-of-pages): biblatex's pagetotal; BibTeX has no such field.
  if (ExtraValue total = page_count_of(r); latex && total && !own_field(total, "pagetotal") &&
                                           !own_field(total, "numpages") && w.takes("pagetotal")) {
    w.field("pagetotal", enc(total.text));
    scratch.used.push_back(total.field);
  }

  // A .bib source's publisher was a `publisher` field (school and
  // institution stay extra fields there); elsewhere a thesis has a school
  // and a report an institution, as BibTeX styles expect.
  // The importer reads school and institution into the publisher slot:
  // a thesis's publisher goes back as its school (BibTeX) or institution
  // (biblatex), a report's as its institution, since no style prints the
  // publisher of either.
  if (!r.publisher.empty()) {
    const std::string& publisher = enc(r.publisher);
    if (r.type == "thesis")
      w.field(latex ? slot({"institution", "school", "publisher"}) : slot({"school", "institution", "publisher"}),
              publisher);
    else if (r.type == "report" || r.type == "standard") w.field(slot({"institution", "publisher"}), publisher);
    else w.field("publisher", publisher);
  }
  w.field(latex ? slot({"location", "address"}) : slot({"address", "location"}), enc(r.publisher_place));

  // A thesis's kind, from where its source said it (extra_fields.hpp):
  // biblatex's key for a master's or a doctorate; the source's words
  // ("Diplomarbeit", "Bachelor's thesis") when they name neither; else
  // "Thesis": @phdthesis alone would say "PhD thesis" of a thesis whose
  // degree nobody said, and biblatex's @thesis must have a type.
  // (A .bib source's own type field is written back with its fields; one
  // without, a Mendeley @thesis, gets one for a paper.)
  if (r.type == "thesis" && (!bib || (opt.profile == ExportProfile::paper && !has_extra(r, "type"))) &&
      (type == "thesis" || type == "phdthesis" || type == "mastersthesis")) {
    if (const ExtraField* f = degree_field(r, degree)) scratch.used.push_back(f);  // the type says it
    if (degree.degree == Degree::unknown) {
      if (degree.words.empty()) scratch.no_degree.push_back(key);
      w.field("type", degree.words.empty() ? std::string("Thesis") : enc(degree.words));
    } else if (type == "thesis") {
      w.field("type", degree.degree == Degree::masters ? "mathesis" : "phdthesis");
    }
  }
  // When a web page was looked at (Zotero's Accessed, CSL accessed, RIS
  // Y2): urldate, ISO 8601 as biblatex wants it (BibTeX's styles ignore it;
  // Zotero's BibTeX writes it too).  One with no date in it stays unwritten.
  if (const AccessDate a = access_date_of(r); a && a.date.year > 0 && !(bib && has_extra(r, "urldate"))) {
    w.field("urldate", iso_date(a.date, '-'));
    scratch.used.push_back(a.field);
  }
  // Any other work's kind in its source's words (Zotero's Type field: a
  // preprint's "Working paper", a report's "Policy brief"; extra_fields.hpp):
  // `type`, which biblatex gives @misc, @unpublished, @report and a few
  // more (elsewhere it is left out, and said) and BibTeX's styles print
  // for a report.  A .bib source's own type is written back with its fields.
  if (ExtraValue genre = genre_of(r); genre && !own_field(genre, "type")) {
    w.field("type", enc(genre.text));
    scratch.used.push_back(genre.field);
  }
  // biblatex's @report must have a type (biber: "Missing mandatory field
  // 'type'"): one no source gives is biblatex's own for @techreport.
  if (latex && type == "report" && (!bib || (opt.profile == ExportProfile::paper && !has_extra(r, "type"))))
    w.field("type", "techreport");

  v.clear();
  put_verbatim(v, r.spelled_doi());
  w.field("doi", v);
  // ISSNs and ISBNs are kept as the source wrote them (the importer does not decode them).
  // (Not said when the type has no such field: the whole field is left out, and said.)
  std::string joined;
  if (w.takes("issn")) joined = identifiers_field(r, r.issn, valid_issn, "issn", "ISSN", latex, opt);
  else put_joined(joined, r.issn, ", ");
  v.clear();
  put_verbatim(v, joined);
  w.field("issn", v);
  // One the check digit fails (or no ISSN at all): written as the source gave
  // it, said (biber --validate-datamodel: "Invalid ISSN in value of field 'issn'").
  if (latex && opt.profile == ExportProfile::paper && !v.empty() && w.has("issn") && !valid_issn(joined))
    scratch.bad_ids["ISSN"].push_back(key);
  joined.clear();
  if (w.takes("isbn")) joined = identifiers_field(r, r.isbn, valid_isbn, "isbn", "ISBN", latex, opt);
  else put_joined(joined, r.isbn, ", ");
  v.clear();
  put_verbatim(v, joined);
  w.field("isbn", v);
  // (biber on every run: "ISBN '0-69-697269-4' in entry 'hicks2001' is invalid".)
  if (latex && opt.profile == ExportProfile::paper && !v.empty() && w.has("isbn")) {
    if (!biber_takes_isbn(joined)) scratch.bad_ids["ISBN"].push_back(key);
    else if (isbn_range_unknown_in_2021(joined)) scratch.isbn_new_range.push_back(key);
  }
  if (opt.profile == ExportProfile::paper && database_record_page(r.url) && !opt.keep_fields.count("url")) {
    if (opt.notes) ++opt.notes->vendor_fields;  // --profile full keeps it
  } else {
    v.clear();
    put_verbatim(v, r.url);
    w.field("url", v);
  }
  // biblatex prints `language` ("English.") in every entry: the language
  // goes to `langid`, babel's name, which sets hyphenation and is not printed.
  // (--profile full keeps what the source wrote, for a lossless round trip.)
  if (latex && opt.profile == ExportProfile::paper) {
    std::string babel = export_language::babel(r.language);
    if (babel.empty() && !trim(r.language).empty()) {
      // Not a language refnet knows: one word is written (biblatex warns
      // of a language it does not support and keeps English strings).
      std::string word = ascii_lower(trim(r.language));
      bool one_word = std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (one_word) babel = word;
      if (opt.notes)
        opt.notes->warnings.push_back(r.citekey + ": the language '" + r.language +
                                      "' has no babel name refnet knows: " +
                                      (one_word ? "written as langid = {" + word + "}" : "left out"));
    }
    w.field("langid", babel);
  } else if (latex) {
    // --profile full: biblatex's langid for a babel name ("english", as the
    // source wrote it) and for another format's language ("ja": japanese);
    // a .bib source's other word ("en", "English") stays its `language`,
    // for a lossless round trip.  Before humfields40 every langid came back
    // as `language`, which biblatex prints.
    std::string babel = export_language::babel(r.language);
    if (bib && babel != std::string(trim(r.language))) {
      w.field(slot({"language", "langid"}), enc(r.language));
    } else {
      if (babel.empty()) babel = std::string(trim(r.language));
      w.field(spelling(r, {"langid", "language"}), enc(babel));
    }
  } else {
    w.field(slot({"language", "langid"}), enc(r.language));
  }
  w.field(latex ? "shortjournal" : "journal-abbreviation", enc(r.container_title_short));
  if (latex && opt.profile == ExportProfile::paper) {
    // biblatex has no pmid or pmcid field (biber: "Field 'pmid' invalid in
    // data model - ignoring"): a PubMed id is an `eprint` of eprinttype
    // pubmed, which the standard styles print as "PMID: 123" with its link;
    // without one, the PMCID is the eprint ("PMCID: PMC123").  An entry has
    // one eprint: a source's own (arXiv) comes first.
    const bool own_eprint = bib && has_extra(r, "eprint");
    if (!r.pmid.empty() && !own_eprint) {
      w.field("eprint", enc(r.pmid));
      w.field("eprinttype", "pubmed");
    } else if (!r.pmcid.empty() && !own_eprint) {
      w.field("eprint", enc(r.pmcid));
      w.field("eprinttype", "PMCID");
    }
    if (!r.pmid.empty() && own_eprint)
      w.left_out("the PMID has no field in biblatex but the eprint, which the source's own eprint holds");
    if (!r.pmcid.empty() && (own_eprint || !r.pmid.empty()))
      w.left_out("the PMCID has no field in biblatex but the eprint, which holds the " +
                 std::string(own_eprint ? "source's own eprint" : "PMID (eprinttype pubmed)"));
  } else {
    w.field("pmid", enc(r.pmid));
    w.field("pmcid", enc(r.pmcid));
  }
  // The Web of Science UT as Web of Science's own .bib writes it
  // (unique-id = {WOS:000256054000002}), which the reader takes back: the
  // identifier merge and dedup go by it.  biblatex's data model has no such
  // field (biber: "Field 'unique-id' invalid in data model"): a paper's
  // biblatex leaves it out, and says so.
  if (!r.wos_ut.empty()) {
    if (latex && opt.profile == ExportProfile::paper && !opt.keep_fields.count("unique-id"))
      w.left_out("the Web of Science UT has no field in biblatex (--profile full or --keep-fields unique-id writes it "
                 "as unique-id, which refnet reads back)");
    else
      w.identifier("unique-id", enc(r.wos_ut));
  }
  v.clear();
  put_keywords(v, r.keywords, ascii);
  if (const auto* tags = of_work(opt.tags_as_keywords, r)) {
    std::vector<std::string> more;  // the tags not already keywords
    for (const auto& t : *tags)
      if (std::none_of(r.keywords.begin(), r.keywords.end(), [&](const std::string& k) { return iequals(k, t); }))
        more.push_back(t);
    if (!v.empty() && !more.empty()) v += ", ";
    put_keywords(v, more, ascii);
  }
  w.field("keywords", v);
  w.field("abstract", enc(r.abstract));
  // The user's notes (refnet note), LaTeX-escaped, a blank line between
  // them; after a .bib source's own annote, in the same field.
  std::string annote;
  std::vector<std::string> written_notes;  // each note as written, LaTeX-escaped
  if (const auto* notes = of_work(opt.user_notes, r))
    for (const auto& n : *notes) {
      if (!annote.empty()) annote += "\n\n";
      std::string one;
      put_latex(one, n, ascii);
      annote += one;
      written_notes.emplace_back(trim(one));
    }

  const bool paper = opt.profile == ExportProfile::paper;
  // The source's annotation (a CSL-JSON item's annote, the spans the reference parser kept), before the user's
  // notes: BibTeX's annote, biblatex's annotation (before: "1 value of annote (csl-json) not written: BibTeX has no
  // field for it").  CSL's rich text (<i>...</i>) as its text.
  {
    std::string own;
    for (const ExtraField* f : annotation_fields(r)) {
      scratch.used.push_back(f);
      std::string text = html_note_to_text(f->value);
      if (may_have_rich_text(text)) text = strip_rich_text(text);
      std::string cleaned;
      std::string_view value = trim(paper ? note_for_paper(text, cleaned, opt) : std::string_view(text));
      // refnet's own CSL-JSON read back: a paragraph equal to one of the work's notes is written with them (issue 11).
      for (std::size_t at = 0; at <= value.size();) {
        std::size_t end = value.find("\n\n", at);
        if (end == std::string_view::npos) end = value.size();
        std::string one;
        put_latex(one, trim(value.substr(at, end - at)), ascii);
        at = end + 2;
        if (trim(one).empty() || std::find(written_notes.begin(), written_notes.end(), trim(one)) != written_notes.end())
          continue;
        if (!own.empty()) own += "\n\n";
        own += trim(one);
      }
    }
    if (!own.empty()) annote = annote.empty() ? own : own + "\n\n" + annote;
  }
  if (bib) {
    for (const auto& f : r.extra) {
      if (f.name == "entrytype" || f.name.empty() || !f.format.empty()) continue;  // another format's field
      if (f.name[0] == '@') continue;  // the file's @preamble: written before the entry
      if (&f == subtitle) continue;    // joined to the title
      if (said_by_unsigned(f)) continue;
      if (is_own_export_mark(f)) continue;  // the export's own is written (below), not the one read
      std::string name = field_name(f.name);
      if (latex && paper && (iequals(name, "article-number") || iequals(name, "articleno"))) {
        // Web of Science's and ACM's article number is biblatex's eid (biber:
        // "Field 'article-number' invalid in data model - ignoring").
        if (w.wanted(name) && w.wanted("eid")) w.field("eid", balanced(f.value) ? f.value : enc(f.value));
        continue;
      }
      // A note of the source's (note, Zotero's annote) without what the
      // database wrote about its record ("Times Cited in Web of Science ...").
      std::string cleaned;
      std::string_view value = paper && (iequals(name, "note") || iequals(name, "annote"))
                                   ? note_for_paper(f.value, cleaned, opt)
                                   : std::string_view(f.value);
      if (value.empty() && !f.value.empty()) continue;
      if (!annote.empty() && iequals(name, "annote") && w.wanted(name)) {
        // refnet's own export read back: its annote holds the work's notes,
        // which are written again below, so the paragraphs equal to one of
        // them are not written twice (issue 11: a note doubled on every round
        // trip).  An edited paragraph differs from every note and is kept.
        std::string own = balanced(value) ? (ascii ? ascii_letters(value) : std::string(value)) : enc(value);
        std::string kept;
        for (std::size_t at = 0; at <= own.size();) {
          std::size_t end = own.find("\n\n", at);
          if (end == std::string::npos) end = own.size();
          std::string_view para = trim(std::string_view(own).substr(at, end - at));
          if (!para.empty() && std::find(written_notes.begin(), written_notes.end(), para) == written_notes.end()) {
            if (!kept.empty()) kept += "\n\n";
            kept += para;
          }
          at = end + 2;
        }
        if (!kept.empty()) annote = kept + "\n\n" + annote;
        continue;
      }
      if (iequals(name, "month") && names_no_month(value)) {
        // month = {31} read from Mendeley's BibTeX: no month, which biblatex
        // and bibtex would print as one.  `refnet show` still lists it.
        std::string_view v = trim(value);
        while (v.size() >= 2 && v.front() == '{' && v.back() == '}') v = trim(v.substr(1, v.size() - 2));
        w.left_out("month (the source's own field) '" + std::string(v) + "' is not a month");
        continue;
      }
      if ((iequals(name, "crossref") || iequals(name, "xref")) && opt.crossref_cycles &&
          opt.crossref_cycles->count(ascii_lower(r.citekey))) {
        if (opt.notes)
          opt.notes->warnings.push_back(r.citekey + ": " + name + " to '" + std::string(trim(value)) +
                                        "' closes a cycle of cross-references: left out");
        continue;
      }
      if ((iequals(name, "crossref") || iequals(name, "xref")) && opt.exported_keys &&
          !opt.exported_keys->count(ascii_lower(trim(value)))) {
        // bibtex stops with "A bad cross reference", biber warns: no dangling reference.
        if (opt.notes)
          opt.notes->warnings.push_back(r.citekey + ": " + name + " to '" + std::string(trim(value)) +
                                        "', which is not in this export: left out");
        continue;
      }
      std::string xdata;
      if (iequals(name, "xdata") && opt.exported_keys) {
        // The importer reads an @xdata entry's fields into the entries that
        // name it and keeps no record of it: a reference to one that is not
        // exported would dangle (biber: "references XDATA entry ... which
        // does not exist").
        std::string gone;
        std::size_t n_gone = 0;
        for (const std::string& k : split_list(value, ",")) {
          if (opt.exported_keys->count(ascii_lower(k))) {
            xdata += (xdata.empty() ? "" : ", ") + k;
          } else {
            gone += (gone.empty() ? "'" : ", '") + k + "'";
            ++n_gone;
          }
        }
        if (n_gone && opt.notes)
          opt.notes->warnings.push_back(r.citekey + ": xdata to " + gone + (n_gone == 1 ? ", which is" : ", which are") +
                                        " not in this export: left out");
        if (xdata.empty()) continue;
        value = xdata;
      }
      if (!latex && paper && iequals(name, "type") && !opt.keep_fields.count("type")) {
        // biblatex's localisation keys, which biblatex prints in the
        // document's language and BibTeX's styles as they are ("mathesis,
        // Massachusetts Institute of Technology"): the entry type says
        // them, else biblatex's English words.
        static constexpr struct {
          std::string_view key, entry, words;
        } kTypeKeys[] = {{"mathesis", "mastersthesis", "Master's thesis"}, {"phdthesis", "phdthesis", "PhD thesis"},
                         {"candthesis", "", "Candidate thesis"},           {"techreport", "techreport", "Technical Report"},
                         {"resreport", "", "Research Report"},             {"software", "", "Computer software"},
                         {"datacd", "", "CD-ROM"},                         {"audiocd", "", "Audio CD"}};
        std::string_view t = trim(value);
        const auto* k = std::find_if(std::begin(kTypeKeys), std::end(kTypeKeys),
                                     [&](const auto& x) { return iequals(x.key, t); });
        if (k != std::end(kTypeKeys)) {
          if (k->entry == type) {
            scratch.type_keys[std::string(k->key) + "\t@" + type].push_back(key);
            continue;
          }
          scratch.type_keys[std::string(k->key) + "\t{" + std::string(k->words) + "}"].push_back(key);
          value = k->words;
        }
      }
      if (!latex && paper && w.has(name) && !opt.keep_fields.count(ascii_lower(name))) {
        // A field the source repeated (BASE's second `language`), or one
        // the entry has from its slot: bibtex takes the first value and
        // warns of the second ("I'm ignoring ...'s extra field").
        w.left_out(ascii_lower(name) + " (the source's own field) gives the entry's " + ascii_lower(name) +
                   " a second value, which BibTeX does not take");
        continue;
      }
      if (remap && !opt.keep_fields.count(ascii_lower(name))) {
        if (!w.wanted(name)) continue;
        std::string to = biblatex_name(name);
        if (!biblatex_model_field(to)) {
          w.left_out(ascii_lower(name) +
                     " (the source's own field) has no field in biblatex's data model (biber warns, no style prints it)");
          continue;
        }
        if (w.has(to)) {
          w.left_out(ascii_lower(name) + " (the source's own field) gives the entry's " + to +
                     " a second value, which biblatex does not take");
          continue;
        }
        name = std::move(to);
      }
      if (!balanced(value)) w.raw(name, enc(value));
      else if (ascii) w.raw(name, ascii_letters(value));
      else w.raw(name, value);
    }
  }
  // The user's own biblatex fields on a work of another format ('refnet set
  // translator=...'; a .bib source's are its own fields, written above).
  if (!bib)
    for (const ExtraField& f : r.extra) {
      if (f.format != "bibtex" || !is_extra_field(f.name) || &f == subtitle || w.has(f.name) || !w.wanted(f.name))
        continue;
      if (!balanced(f.value)) w.raw(f.name, enc(f.value));
      else w.raw(f.name, ascii ? ascii_letters(f.value) : f.value);
      scratch.used.push_back(&f);
    }
  if (!bib) {
    v.clear();
    put_latex(v, date_note, ascii);
    bool any = !v.empty();
    // The source's notes (RIS N1, a CSL-JSON item's note: Zotero's; EndNote's
    // notes) and the user's (refnet set note=...): before humfields40 all but
    // RIS's N1 were "not written: BibTeX has no field for it".
    for (const ExtraField* n : note_fields(r)) {
      const ExtraField& f = *n;
      if (!f.format.empty() && f.format != kUserFormat) continue;  // another source's, in its own format
      scratch.used.push_back(&f);
      // Zotero writes its notes as HTML: their text, not their tags.
      std::string text = html_note_to_text(f.value);
      std::string cleaned;
      std::string_view value = paper ? note_for_paper(text, cleaned, opt) : std::string_view(text);
      if (value.empty()) continue;
      if (any && !v.empty()) v += "\n\n";
      any = true;
      put_latex(v, value, ascii);
    }
    w.field("note", v);
  } else {
    // The user's note (refnet set note=...) takes the place of the source's
    // own (user_fields: a user's note clears the others), then the date's words.
    v.clear();
    for (const ExtraField& f : r.extra)
      if (f.format == kUserFormat && f.name == "note" && !trim(f.value).empty()) {
        if (!v.empty()) v += "\n\n";
        put_latex(v, trim(f.value), ascii);
        scratch.used.push_back(&f);
      }
    if (!date_note.empty()) {
      if (!v.empty()) v += "\n\n";
      put_latex(v, date_note, ascii);
    }
    w.field("note", v);  // not when the source's own note was written
  }
  w.field(remap ? "annotation" : "annote", annote);
  // The reference list, for lossless archiving: one reference a line, as Web
  // of Science writes `Cited-References` (which the BibTeX importer reads
  // back, DOIs included), so that export -> import keeps the citation network.
  if (!paper && !r.references.empty()) {
    v.clear();
    for (const auto& ref : r.references) {
      std::string line = ref.raw;
      if (line.empty()) {
        for (std::string_view part : {std::string_view(ref.author), std::string_view(ref.year),
                                      std::string_view(ref.container)})
          if (!part.empty()) line += (line.empty() ? "" : ", ") + std::string(part);
        if (!ref.volume.empty()) line += (line.empty() ? "V" : ", V") + ref.volume;
        if (!ref.first_page.empty()) line += (line.empty() ? "P" : ", P") + ref.first_page;
      }
      if (!ref.doi.empty() && ascii_lower(line).find(ref.doi) == std::string::npos)
        line += (line.empty() ? "DOI " : ", DOI ") + ref.doi;
      for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
      if (line.empty()) continue;
      if (!v.empty()) v += '\n';
      put_latex(v, line, ascii);
    }
    w.field("cited-references", v);
  }
  // refnet's mark: the library the entry was exported from (own_export_mark.hpp).
  if (!opt.library_mark.empty())
    w.unless_skipped(kOwnExportField, own_export_mark_for(opt.library_mark, opt.work_ids, r.citekey));
  w.finish();
  if (w.left_number()) scratch.number_left.push_back(key);
  if (opt.notes) warn_unspelt(r, std::string_view(out).substr(entry_start), ascii, *opt.notes);
}

class BibtexRecordWriter : public RecordWriter {
 public:
  BibtexRecordWriter(const ExportOptions& opt, Dialect d) : opt_(opt), d_(d) {}
  void record(std::string& out, const Record& r) override {
    put_preambles(out, r);
    warn_undefined_macros(r);
    if (!first_) out += '\n';
    first_ = false;
    const std::size_t start = out.size();
    const Record* recased = &r;
    if (opt_.title_case != TitleCase::keep && !r.title.empty()) {
      recased_ = r;
      std::vector<Span> kept = recase_title_kept(recased_, opt_.title_case);
      if (recased_.title_nocase.empty()) recased_.title_nocase = std::move(kept);  // braced: {Kazakhstan}
      recased = &recased_;
    }
    const Record& entry = *recased;
    write_entry(out, entry, opt_, d_, scratch_);
    unwritten_.record(entry, scratch_.used);
    if (opt_.notes) {
      std::vector<std::string_view> unprinted;  // BibTeX: biblatex's fields no style prints
      std::vector<std::string> lacking = missing_required_fields(std::string_view(out).substr(start), d_ == Dialect::biblatex,
                                                                 d_ == Dialect::bibtex ? &unprinted : nullptr);
      if (!lacking.empty()) ++lacking_entries_;
      for (std::string& f : lacking) lacking_[std::move(f)].push_back(r.citekey);
      for (std::string_view f : unprinted) ++unprinted_[ascii_lower(f)];
      if (!unprinted.empty()) unprinted_keys_.push_back(r.citekey);
    }
  }
  // The values left out of biblatex entries (a field the type does not
  // have), one warning per reason, with the first keys.
  void end(std::string&) override {
    if (!opt_.notes) return;
    for (const auto& [why, keys] : scratch_.left_out) {
      std::string w = why + ": left out of ";
      if (keys.size() == 1) w += keys[0];
      else w += std::to_string(keys.size()) + " entries (" + keys_named(keys) + ")";
      opt_.notes->warnings.push_back(std::move(w));
    }
    scratch_.left_out.clear();
    if (!scratch_.as_article.empty())
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.as_article.size()) + " conference paper" +
          (scratch_.as_article.size() == 1 ? "" : "s") +
          " in a journal's issue (a volume and an issue) written as @article of the journal: " +
          "@inproceedings has no issue (" + keys_named(scratch_.as_article) + ")");
    scratch_.as_article.clear();
    if (!scratch_.no_degree.empty())
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.no_degree.size()) + " thes" + (scratch_.no_degree.size() == 1 ? "is" : "es") +
          " whose degree no source says written with type = {Thesis}, which styles print as it is (not \"PhD "
          "thesis\"); " +
          (d_ == Dialect::bibtex ? "a master's is @mastersthesis, a doctorate @phdthesis without a type ("
                                 : "a master's is type = {mathesis}, a doctorate {phdthesis} (") +
          keys_named(scratch_.no_degree) + ")");
    scratch_.no_degree.clear();
    for (const auto& [types, keys] : scratch_.retyped) {
      const std::size_t tab = types.find('\t');
      const std::string entry = types.substr(tab + 1);
      opt_.notes->warnings.push_back(
          std::to_string(keys.size()) + " " + types.substr(0, tab) + (keys.size() == 1 ? " work" : " works") +
          " written as @" + entry + ", which reads back as " + std::string(bibtex_entry_csl_type(entry)) + " (" +
          keys_named(keys) + ")");
    }
    scratch_.retyped.clear();
    for (const auto& [types, keys] : scratch_.unknown_types) {
      const std::size_t tab = types.find('\t');
      const std::string own = types.substr(0, tab), entry = types.substr(tab + 1);
      // biblatex's @customa ... @customf: types of its data model for a
      // style's own drivers, with no field of their own (biber
      // --validate-datamodel: "Invalid field 'title' for entrytype
      // 'customa'"); the standard styles print them as @misc.
      const bool custom = own.size() == 7 && own.compare(0, 6, "custom") == 0 && own[6] >= 'a' && own[6] <= 'f';
      std::string w = std::to_string(keys.size()) + (keys.size() == 1 ? " entry" : " entries") + " of type @" + own;
      if (!custom) w += ", which refnet does not know,";
      else if (d_ == Dialect::bibtex) w += " (one of biblatex's custom types, which BibTeX's styles do not know)";
      else w += " (one of biblatex's custom types, which its data model gives no author or title: biber "
                "--validate-datamodel warns; the standard styles print it as @misc)";
      w += " written as @" + entry + " (" + keys_named(keys) + "); --profile full writes @" + own + " back";
      opt_.notes->warnings.push_back(std::move(w));
    }
    scratch_.unknown_types.clear();
    if (!scratch_.biblatex_types.empty()) {
      std::size_t n = 0;
      std::string list;
      for (const auto& [types, keys] : scratch_.biblatex_types) {
        const std::size_t tab = types.find('\t');
        n += keys.size();
        list += (list.empty() ? "" : "; ") + ("@" + types.substr(0, tab)) + " as @" + types.substr(tab + 1) + " (" +
                keys_named(keys) + ")";
      }
      opt_.notes->warnings.push_back(std::to_string(n) + (n == 1 ? " entry" : " entries") +
                                     " of biblatex types BibTeX's styles do not know written as BibTeX's: " + list +
                                     "; the biblatex export and --profile full keep them");
    }
    scratch_.biblatex_types.clear();
    if (!scratch_.type_keys.empty()) {
      std::size_t n = 0;
      std::string list;
      for (const auto& [what, keys] : scratch_.type_keys) {
        const std::size_t tab = what.find('\t');
        n += keys.size();
        list += (list.empty() ? "" : "; ") + what.substr(0, tab) + " as " + what.substr(tab + 1) + " (" +
                keys_named(keys) + ")";
      }
      opt_.notes->warnings.push_back(std::to_string(n) + (n == 1 ? " type field holds" : " type fields hold") +
                                     " biblatex's localisation keys, which BibTeX's styles print as they are: written "
                                     "as the entry type or the words biblatex prints: " + list +
                                     "; the biblatex export and --keep-fields type keep the key");
    }
    scratch_.type_keys.clear();
    if (!scratch_.editor_left.empty())
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.editor_left.size()) + " @book and @inbook " +
          (scratch_.editor_left.size() == 1 ? "entry" : "entries") +
          " with an author and an editor, which BibTeX's styles do not print together (bibtex: \"can't use both "
          "author and editor fields\"): the editor left out, the author printed (" + keys_named(scratch_.editor_left) +
          "); --keep-fields editor keeps it, the biblatex export prints both");
    scratch_.editor_left.clear();
    if (!scratch_.number_left.empty())
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.number_left.size()) + (scratch_.number_left.size() == 1 ? " entry" : " entries") +
          " with a volume and a number, which BibTeX's styles do not print together (bibtex: \"can't use both volume "
          "and number fields\"): the number left out, the volume printed (" + keys_named(scratch_.number_left) +
          "); --keep-fields number keeps it, the biblatex export prints both");
    scratch_.number_left.clear();
    for (const auto& [what, keys] : scratch_.bad_ids)
      opt_.notes->warnings.push_back(
          std::to_string(keys.size()) + " " + what + (keys.size() == 1 ? "" : "s") + " whose check digit fails" +
          " (or that " + (keys.size() == 1 ? "is" : "are") + " no " + what + "), written as " +
          (keys.size() == 1 ? "its source gave it" : "their sources gave them") + ": biber warns (" +
          (what == "ISBN" ? "\"ISBN '...' in entry '...' is invalid\"" : "--validate-datamodel: \"Invalid ISSN\"") +
          ") (" + keys_named(keys) + ")");
    scratch_.bad_ids.clear();
    if (!scratch_.isbn_new_range.empty()) {
      const bool one = scratch_.isbn_new_range.size() == 1;
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.isbn_new_range.size()) + (one ? " ISBN" : " ISBNs") +
          " of the United States' 979-8 group, valid, in a range biber's ISBN data of 2021 does not know "
          "(Business::ISBN::Data 20210112, which Debian 12 installs with biber 2.18): biber says \"ISBN '...' in entry '...' is invalid\"; a "
          "newer Business::ISBN::Data, or ISBN_RANGE_MESSAGE naming the ISBN agency's current RangeMessage.xml, knows " +
          (one ? "it (" : "them (") + keys_named(scratch_.isbn_new_range) + ")");
      scratch_.isbn_new_range.clear();
    }
    for (const auto& [what, keys] : scratch_.only_unfit) {
      const std::size_t tab = what.find('\t');
      opt_.notes->warnings.push_back(
          std::to_string(keys.size()) + (keys.size() == 1 ? " entry" : " entries") + " with no field biblatex's @" +
          what.substr(0, tab) + " has but " + what.substr(tab + 1) + " written with it (biber warns of it), not empty (" +
          keys_named(keys) + ")");
    }
    scratch_.only_unfit.clear();
    if (scratch_.orcids_lost)
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.orcids_lost) + " creators' ORCIDs of " + std::to_string(scratch_.orcid_keys.size()) +
          (scratch_.orcid_keys.size() == 1 ? " work" : " works") +
          " not written: BibTeX has no field for them (biblatex keeps them as author+an:orcid, CSL-JSON as ORCID) (" +
          keys_named(scratch_.orcid_keys) + ")");
    if (scratch_.affiliations_lost)
      opt_.notes->warnings.push_back(
          std::to_string(scratch_.affiliations_lost) + " creators' affiliations of " +
          std::to_string(scratch_.affiliation_keys.size()) +
          (scratch_.affiliation_keys.size() == 1 ? " work" : " works") + " not written: " +
          (d_ == Dialect::bibtex ? "BibTeX" : "biblatex") +
          " has no field for a name's affiliation (CSL-JSON keeps them, RIS as AD) (" +
          keys_named(scratch_.affiliation_keys) + ")");
    if (!lacking_.empty()) {
      // Nothing to write them from: said before bibtex or biber says it.
      std::string w = std::to_string(lacking_entries_) + (lacking_entries_ == 1 ? " entry lacks a field its type requires, which "
                                              : " entries lack a field their type requires, which ") +
                      (d_ == Dialect::bibtex ? "bibtex warns of (\"empty journal in ...\")"
                                             : "biber warns of (\"Missing mandatory field\")") +
                      ": no source gives it:";
      const char* sep = " ";
      for (const auto& [field, keys] : lacking_) {
        w += sep + field + " (" + std::to_string(keys.size()) + ": " + keys_named(keys) + ")";
        sep = "; ";
      }
      opt_.notes->incomplete.push_back(std::move(w));
    }
    lacking_.clear();
    lacking_entries_ = 0;
    if (!unprinted_.empty()) {
      // Kept (another tool reads them), but no BibTeX style prints them: said
      // once an export, most frequent first.
      std::vector<std::pair<std::string, std::size_t>> counts(unprinted_.begin(), unprinted_.end());
      std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
      std::size_t values = 0;
      std::string list;
      for (const auto& [field, n] : counts) {
        values += n;
        list += (list.empty() ? "" : ", ") + field + " " + std::to_string(n);
      }
      const bool one = unprinted_keys_.size() == 1;
      opt_.notes->warnings.push_back(
          std::to_string(values) + (values == 1 ? " value" : " values") + " of biblatex's fields kept in " +
          std::to_string(unprinted_keys_.size()) + (one ? " entry" : " entries") +
          ", which BibTeX's styles (plain, plainnat, apalike) do not print: " + list + " (" +
          keys_named(unprinted_keys_) + "); the biblatex export prints them");
    }
    unprinted_.clear();
    unprinted_keys_.clear();
    scratch_.orcids_lost = scratch_.affiliations_lost = 0;
    scratch_.orcid_keys.clear();
    scratch_.affiliation_keys.clear();
    unwritten_.say(d_ == Dialect::bibtex ? "BibTeX" : "biblatex", opt_.notes);
  }
  // Everything but the reference list: the abstract and the creators are
  // fields, the extra fields hold entrytype and the raw fields of a .bib source.
  RecordParts parts() const override {
    RecordParts p;
    p.references = opt_.profile == ExportProfile::full;
    return p;
  }

 private:
  ExportOptions opt_;
  Dialect d_;
  Scratch scratch_;
  UnwrittenExtras unwritten_;  // the extra fields no entry held, said at the end
  Record recased_;  // the record with its title recased (--title-case)
  bool first_ = true;
  // Required fields the entries lack (missing_required_fields): field -> keys.
  std::map<std::string, std::vector<std::string>> lacking_;
  std::size_t lacking_entries_ = 0;
  // BibTeX: biblatex's fields written in entries (missing_required_fields' biblatex_only): field -> values, and the entries.
  std::map<std::string, std::size_t> unprinted_;
  std::vector<std::string> unprinted_keys_;
  std::vector<std::string> preambles_;  // written so far
  std::vector<std::string> macros_warned_;

  // A field whose value was a macro the source never defined (`address =
  // MITaddr`; the importer's "@macro" extra holds its name): refnet writes
  // no @string, so for a paper the value stays the text it was read as,
  // `{MITaddr}`, and that is said once per macro and export (--profile full
  // writes the bare name back, as the source had it).
  void warn_undefined_macros(const Record& r) {
    if (!opt_.notes || !from_bibtex(r) || opt_.profile == ExportProfile::full) return;
    for (const auto& f : r.extra) {
      if (f.name != "@macro" || !f.format.empty()) continue;
      const std::string& macro = f.value;
      if (std::find(macros_warned_.begin(), macros_warned_.end(), ascii_lower(macro)) != macros_warned_.end()) continue;
      macros_warned_.push_back(ascii_lower(macro));
      opt_.notes->warnings.push_back(r.citekey + ": the value " + macro +
                                     " names a macro its source never defined (no @string): written as the text {" +
                                     macro + "}");
    }
  }

  // The @preamble of the record's source file (kept by the importer), each
  // text once per export, before the first entry that came with it: bibtex
  // and biber read a @preamble anywhere in the file.
  void put_preambles(std::string& out, const Record& r) {
    if (!from_bibtex(r)) return;
    for (const auto& f : r.extra) {
      if (f.name != "@preamble" || !f.format.empty()) continue;
      if (std::find(preambles_.begin(), preambles_.end(), f.value) != preambles_.end()) continue;
      preambles_.push_back(f.value);
      if (!balanced(f.value)) {  // the parser never passes one; said rather than written broken
        if (opt_.notes) opt_.notes->warnings.push_back(r.citekey + ": @preamble with unbalanced braces: left out");
        continue;
      }
      if (!first_) out += '\n';
      first_ = false;
      out += "@preamble{{";
      out += f.value;
      out += "}}\n";
    }
  }
};

}  // namespace



std::string format_title(const Record& r, bool ascii, ExportProfile profile) {
  std::string out;
  put_title(out, r, ascii, profile);
  return out;
}


std::string format_names(const std::vector<Creator>& names, bool ascii) {
  std::string out;
  put_names(out, names, ascii ? NameEnc::ascii : NameEnc::utf8);
  return out;
}

namespace {

std::string source_entry_type(const Record& r, Dialect d, bool lossless) {
  if (!lossless && in_journal_issue(r)) return "article";
  std::string kept = ascii_lower(r.get_extra("entrytype"));
  if (!kept.empty() && (lossless || known_type(kept, d))) return kept;
  // A .bib source's own type is the importer's first row for its CSL type:
  // the biblatex column, except the two classic names it lists first.
  // (biblatex's @thesis with type = {mathesis}: BibTeX's @mastersthesis.)
  if (from_bibtex(r) && r.type == "thesis")
    return d == Dialect::bibtex && thesis_degree(r).degree == Degree::masters ? "mastersthesis" : "phdthesis";
  if (from_bibtex(r) && r.type == "report") return "techreport";
  // A thesis from elsewhere: @mastersthesis for a master's, else @phdthesis
  // (with a type field when the degree is not a doctorate: write_entry).
  if (r.type == "thesis" && d == Dialect::bibtex)
    return thesis_degree(r).degree == Degree::masters ? "mastersthesis" : "phdthesis";
  // A preprint or working paper (CSL "article") in no journal or archive:
  // @misc, where @article would lack its journal (bibtex warns, biber too).
  if (r.type == "article" && r.container_title.empty()) return "misc";
  for (const auto& row : kTypes) {
    if (row.csl != r.type) continue;
    if (d == Dialect::biblatex) return std::string(row.biblatex);
    // A .bib source's biblatex type goes back as it was when archiving, or
    // when classic styles know it; else the classic type.
    bool own = from_bibtex(r) && kept.empty() && (lossless || known_type(row.biblatex, d));
    return std::string(own ? row.biblatex : row.bibtex);
  }
  return "misc";
}

}  // namespace

std::string entry_type(const Record& r, Dialect d, bool lossless) {
  std::string t = source_entry_type(r, d, lossless);
  return d == Dialect::biblatex && !lossless ? biblatex_paper_type(r, std::move(t)) : t;
}

void write_entries(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt, Dialect d) {
  BibtexRecordWriter w(opt, d);
  write_records(w, out, records);
}

}  // namespace bibtex_out

std::unique_ptr<RecordWriter> bibtex_writer(const ExportOptions& opt) {
  return std::make_unique<bibtex_out::BibtexRecordWriter>(opt, bibtex_out::Dialect::bibtex);
}

std::unique_ptr<RecordWriter> biblatex_writer(const ExportOptions& opt) {
  return std::make_unique<bibtex_out::BibtexRecordWriter>(opt, bibtex_out::Dialect::biblatex);
}

}  // namespace refnet
