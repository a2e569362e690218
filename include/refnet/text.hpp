// Small string utilities shared by every module: UTF-8, ASCII case, trimming,
// splitting, folding for comparison, and the content hash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
// Not empty, and ASCII digits only: "2019", "0123".
inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}
// Letters written in capitals throughout (ASCII): "NATURAL HAZARDS",
// "J. AM. CHEM. SOC."; false with no capital or any lower-case letter.
inline bool in_capitals(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  return upper;
}
inline char to_upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }
// No byte above 0x7F: ASCII throughout (true when empty).
inline bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Inline: the readers call it for every value and every part of one (a
// WoS cited reference has six), where the call cost more than the work.
// A byte above ' ' (nearly every one) is not white space: one comparison.
inline std::string_view trim(std::string_view s) {
  const char* p = s.data();
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(p[b]) <= ' ' && is_space(p[b])) ++b;
  while (e > b && static_cast<unsigned char>(p[e - 1]) <= ' ' && is_space(p[e - 1])) --e;
  return std::string_view(p + b, e - b);
}
std::string ascii_lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);  // ASCII case-insensitive
bool istarts_with(std::string_view s, std::string_view prefix);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// The length in bytes of the ellipsis that ends `s` ("…" or "..."), 0 when
// none: a value its source cut short (Google Scholar's titles, sources and
// author lists, through Publish or Perish).
std::size_t trailing_ellipsis(std::string_view s);
// The length in bytes of the ellipsis that begins `s`, 0 when none: a list
// its source cut at the start ("…, IL Schafer, Y Shefti", Google Scholar's).
std::size_t leading_ellipsis(std::string_view s);

// Collapse runs of white space (including line ends) to one space, and trim.
std::string collapse_space(std::string_view s);

// An HTML line break a web page left in a value: "<br>", "<br/>", "<br />"
// (any case), or URL-encoded in a link ("%3Cbr /%3E").
bool has_html_break(std::string_view s);
// `s` without its HTML line breaks: one between two words becomes a space,
// the rest go; trimmed ("2<br />" -> "2", "<br />-<br />" -> "-").
std::string remove_html_breaks(std::string_view s);

// The words of s: runs of non-space characters, as views into s.
std::vector<std::string_view> split_words(std::string_view s);

// Appends s as a JSON string literal, quotes included; bytes that are not
// UTF-8 become U+FFFD (JSON is UTF-8, and a reader would reject them).
// The first byte of [p, end) that ends a run of plain JSON string content
// ('"', '\\', a control character, or a byte >= 0x80 to be checked as UTF-8),
// or end; sixteen bytes at a time.  Shared by the JSON writer and reader.
const char* find_json_special(const char* p, const char* end);
void append_json_string(std::string& out, std::string_view s);

// Page ranges as sources write them, trimmed, with the en dash, em dash,
// hyphens (U+2010, U+2011), figure dash and minus sign written as '-':
// "235\u2013256" -> "235-256"; a run of them is one ("83--92" -> "83-92");
// an abbreviated range is made whole (expand_page_range).
std::string normalize_pages(std::string_view s);
// An abbreviated page range made whole: the last page written without the
// leading digits it shares with the first, as MEDLINE writes every range
// and many journals and databases some ("809-19" -> "809-819", "6913-7" ->
// "6913-6917", "S10-5" -> "S10-S15").  Anything else as written: whole
// ranges ("99-101"), a last page that would come before the first
// ("809-05"), roman numerals ("xi-xv"), e-locators, lists ("1-5, 7").
std::string expand_page_range(std::string_view pages);

// Index of the '}' matching the '{' at s[open] (a backslash escapes the
// byte after it, as in LaTeX), or npos.
std::size_t matching_brace(std::string_view s, std::size_t open);
// Split on any of the separator characters, trim each piece, drop empty ones.
std::vector<std::string> split_list(std::string_view s, std::string_view separators);
// The pieces split_list gives, each handed to fn as a view into s (no
// string, no vector): for the readers, which split a list in every record.
template <typename F>
void for_each_list_item(std::string_view s, std::string_view separators, F&& fn) {
  for (std::size_t start = 0;;) {
    // One memchr for a single separator; find_first_of asks the set for every byte.
    std::size_t i = separators.size() == 1 ? s.find(separators[0], start) : s.find_first_of(separators, start);
    if (i > s.size()) i = s.size();
    std::string_view piece = trim(s.substr(start, i - start));
    if (!piece.empty()) fn(piece);
    if (i == s.size()) break;
    start = i + 1;
  }
}

// Append the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t cp);
// The number of '\n' in s[0, n), sixteen bytes at a time: how the readers
// count their records' lines forward.
std::size_t count_newlines(const char* s, std::size_t n);

// The Unicode superscript (or subscript) form of a character: digits,
// + - = ( ) and the letters that have one ("n" -> "ⁿ", "e" -> "ₑ"); 0 when
// there is none ("q" has no superscript, "b" no subscript).  JATS <sup>
// and LaTeX math ^{...} use this one table.
char32_t script_form(char32_t c, bool superscript);
// The inverse: the character a Unicode superscript or subscript stands for
// ("⁻" -> '-', "ₑ" -> 'e') and, in `superscript`, which it is; 0 when `cp`
// is none of script_form's characters.
char script_base(char32_t cp, bool& superscript);
// Decode one code point at s[i], advancing i; invalid bytes give U+FFFD.
char32_t next_utf8(std::string_view s, std::size_t& i);
bool is_valid_utf8(std::string_view s);
// Number of code points in s (invalid bytes count one each).
std::size_t utf8_length(std::string_view s);
// The first max_bytes bytes of s or fewer: never the first bytes of a
// character cut in two.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes);
// The first character of s (one code point, however many bytes: "Б", not
// its lead byte, which "А" shares), or empty.
std::string_view first_letter(std::string_view s);

// Text from imported data made safe for a terminal: C0 control characters
// but tab and line feed, DEL and the C1 controls (U+0080..U+009F) are shown
// as escapes ("\x1B", "\u009B") instead of reaching the terminal, where ESC
// sequences set the window title, clear the screen or write the clipboard.
std::string terminal_safe(std::string_view s);

// Unicode folding for comparison: NFKC, case fold, accents stripped
// ("Müller" -> "muller", "Łukasiewicz" -> "lukasiewicz").
std::string fold(std::string_view s);
// Like fold, then only letters and digits are kept, words separated by one
// space: for comparing titles ("The E-Government Paradox." -> "the e government paradox").
std::string fold_words(std::string_view s);
// ASCII transliteration for citation keys and file names
// ("ü" -> "u", "ø" -> "o", "ł" -> "l", "ß" -> "ss", "æ" -> "ae").
std::string ascii_fold(std::string_view s);

// Rich text in titles: the markup of CSL 1.0.2 ("Rich text markup within
// fields"), which CSL-JSON and Zotero (its RIS too) carry and which a
// Record's title keeps: <i>, <b>, <sub>, <sup>, <span
// style="font-variant:small-caps;"> (Zotero's style="small-caps" read too)
// and <span class="nocase">.  Importers map their own markup to it (BibTeX
// \emph, \textsuperscript...: latex_title_to_rich); exporters map it out.
// Only tags that open and close in order are markup: "a < b", a stray "<i>"
// are text.
enum class Rich : std::uint8_t { italic, bold, sub, sup, smallcaps, nocase };
struct RichTag {
  std::uint32_t begin = 0, end = 0;  // the tag's bytes
  Rich kind = Rich::italic;
  bool close = false;
};
// The markup tags of s, in order, each open tag followed later by its close.
std::vector<RichTag> rich_tags(std::string_view s);
// Whether s begins with a tag rich_tags reads ("<i>", "</span>"...): the
// text a writer escapes so that it stays text.
bool starts_rich_tag(std::string_view s);
// The tag refnet writes for each kind (CSL's spelling).
std::string_view rich_open_tag(Rich k);
std::string_view rich_close_tag(Rich k);
// s without its markup tags: what dedup, keys, search, term maps and plain
// outputs (CSV, show) see.  With `offsets`, offsets[i] is the byte of s
// that plain byte i came from (and offsets[size] is s.size()).  Fast when s
// has no '<'.
std::string strip_rich_text(std::string_view s, std::vector<std::uint32_t>* offsets = nullptr);
inline bool may_have_rich_text(std::string_view s) { return s.find('<') != std::string_view::npos; }

// Walks a title's rich text and its protected spans (title_nocase) as
// properly nested groups for a writer: text() for the runs of text, open()
// and close() for the tags and the spans (Rich::nocase).  A group that
// crosses another is closed before the other's end and opened again after it.
struct RichSink {
  virtual ~RichSink() = default;
  virtual void text(std::string_view s) = 0;
  virtual void open(Rich k) = 0;
  virtual void close(Rich k) = 0;
};
struct Span;
void walk_rich_text(std::string_view title, const std::vector<Span>& nocase, RichSink& sink);

// 64-bit content hash of a record's source text and its format, eight bytes
// at a time.  Stored in libraries: never change it without a migration.
std::uint64_t content_hash(std::string_view format, std::string_view text);

}  // namespace refnet
