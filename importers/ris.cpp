// RIS importer: the dialects of Scopus, Web of Science, PubMed, Zotero,
// EndNote, IEEE Xplore and publisher pages.
//
// Two layers.  The lexer walks the text once, line by line, and turns it into
// records of raw fields (a tag, the value on the tag line, and the
// continuation lines that follow), all string_views into the input.  The
// builder then maps one record's fields to a Record: a field with a slot in
// the model goes there, every other one goes to `extra` under its tag, in
// order, so that RIS -> library -> RIS loses nothing.
//
// What real files do, and what we do about it:
// - Tag lines are `XX  - value`.  Pure and some web pages write `TY - JOUR`
//   with one space: accepted for the tags RIS defines (the one-space form is
//   too easy to meet in running text to accept for any two capitals).  The
//   space after the dash and the value may be missing (`ER  -`, `SP  -`).
// - A line that is not a tag line continues the previous field (WoS indents
//   continuations by three spaces; PubMed and rispy's examples do not indent
//   at all).  Free text (AB, N2, N1 and the other note tags) keeps its line
//   structure: continuation lines are joined with '\n', because WoS and
//   Scopus start a paragraph or a new reference on a new line.  Every other
//   field is one logical line and continuations are joined with a space
//   (a title wrapped by a tool).  KW is the exception: each line is its own
//   keyword list.
// - Blank lines between tags are ignored (Pure, the synthetic corpus).  A
//   blank line inside free text (AB, N1, ...) is a paragraph break ("\n\n"),
//   as Zotero's RIS writer puts an abstract's paragraphs and its reader
//   takes them back.
// - Web of Science separates some repeated tags with a lone CR, which
//   decode_text turns into a line end; when the CR was lost on the way the
//   tag is glued to the end of the previous value (`...USAAD  - Kansas`).
//   A known tag followed by `  - ` inside a line is split off as a new line.
// - Web of Science (AN `WOS:...`) writes the item's authors in AU and the
//   authors of the book or proceedings it is in (its BA and GP) in A1:
//   `A1  - IEEE` on a conference paper, the chapter's author again on a
//   chapter.  With AU present, A1 is kept in extra, not read as authors.
// - Records end at ER.  A new TY (of a RIS type) before ER ends the record,
//   with a warning.  At the end of the input, a record without ER is a
//   truncated file when the file closes its other records with ER: it is
//   rejected with an error (its last field may be cut).  A file without any
//   ER is an ER-less export and its records are taken, with a warning.  Old
//   Scopus exports have no TY: in non-embedded mode a record starts at any
//   tag line after the previous ER.
// - A TY inside a record whose value is not a RIS type ("TY  - Review",
//   Scopus 2016) is the document type: read as M3.
// - A UTF-8 byte-order mark at the start of any line is nothing (`cat a.ris
//   b.ris` puts one before a TY in the middle of the file).
// - Between records, a TY line indented by white space (" TY  - JOUR": the
//   pages of an export joined with a space) opens its record, said once a
//   file.
// - refnet's mark on its own export, a line before a record's TY
//   (`refnet-library: 3f9a2c5d1e7b8a90/12`, own_export_mark.hpp), is that
//   record's extra field refnet-library.
// - Nothing is skipped silently: text between records is reported (one
//   warning for each run of lines), except prose around the records of a
//   web page; a tag line outside TY..ER is reported even there.
// - A record without title, author, DOI or container is kept, as Zotero
//   keeps an untitled item, with a warning naming the tags it holds (notes
//   only, an abstract, a year); one with nothing but its TY is rejected.
#include <algorithm>
#include <deque>
#include <map>
#include <cstring>
#include <optional>
#include <unordered_set>

#include "issue_first_day.hpp"
#include "source_string.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/doi_supplement.hpp"
#include "refnet/importer.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/jats.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ebsco_container.hpp"
#include "first_url.hpp"
#include "info_pmid.hpp"
#include "misplaced_issue.hpp"
#include "months_of_year.hpp"
#include "name_field.hpp"
#include "ads_tagged.hpp"
#include "left_references.hpp"
#include "ris_fields.hpp"
#include "ris_kept_apart.hpp"
#include "scopus_fields.hpp"
#include "refnet/own_export_mark.hpp"
#include "skipped_lines.hpp"
#include "wos_fields.hpp"

namespace refnet {

namespace {

constexpr std::uint16_t tag_code(char a, char b) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(a) << 8) | static_cast<unsigned char>(b));
}
constexpr std::uint16_t T(const char (&s)[3]) { return tag_code(s[0], s[1]); }
// APA PsycNET's four-letter "PMID  - 33355555": a code no two-letter tag has.
constexpr std::uint16_t kPmidTag = tag_code('P', '#');
// RefWorks' "PMCID PMC1234567".
constexpr std::uint16_t kPmcidTag = tag_code('P', '$');

// Tags of the RIS specification plus those of the WoS and IEEE dialects.
constexpr std::string_view kKnownTags[] = {
    "TY", "ER", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4",
    "C5", "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DI", "DO", "DP", "ED", "EP",
    "ET", "FU", "FX", "H1", "H2", "ID", "IS", "J1", "J2", "J9", "JA", "JF", "JI", "JO", "KW", "L1",
    "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2", "M3", "N1", "N2", "NV", "OP", "PA", "PB", "PI",
    "PP", "PU", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST", "T1", "T2", "T3", "TA", "TI", "TT",
    "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "WE", "Y1", "Y2"};

struct KnownTags {
  bool table[26][36] = {};
  KnownTags() {
    for (std::string_view t : kKnownTags) table[t[0] - 'A'][slot(t[1])] = true;
  }
  static int slot(char c) { return (c >= 'A' && c <= 'Z') ? c - 'A' : 26 + (c - '0'); }
  bool operator()(char a, char b) const { return table[a - 'A'][slot(b)]; }
};
const KnownTags is_known_tag;

inline bool tag_first(char c) { return c >= 'A' && c <= 'Z'; }
inline bool tag_second(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// If `line` is a tag line, the offset where its value starts (past "- ");
// else 0.
std::size_t tag_line_value(std::string_view line) {
  std::size_t n = line.size();
  if (n < 4 || !tag_first(line[0]) || !tag_second(line[1]) || line[2] != ' ') return 0;
  std::size_t i = 3;
  if (line[3] == ' ') {
    i = 4;
  } else if (!is_known_tag(line[0], line[1])) {
    return 0;
  }
  if (i >= n || line[i] != '-') return 0;
  ++i;
  if (i == n) return i;
  if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') return i + 1;
  // "AU  -Smith": the space after the dash is missing; trusted only in the
  // two-space form of a tag RIS defines.
  return (line[3] == ' ' && is_known_tag(line[0], line[1])) ? i : 0;
}

// Where a tag glued onto the end of a value starts (`USAAD  - `), or npos.
// Every line goes through here, so it looks for the rarer '-' with memchr
// and checks the context around each one.
std::size_t find_glued_tag(std::string_view s) {
  const char* base = s.data();
  const std::size_t n = s.size();
  std::size_t from = 4;  // "XY  -": the dash is at least at offset 4
  while (from + 1 < n) {
    const void* hit = std::memchr(base + from, '-', n - from - 1);
    if (!hit) return std::string_view::npos;
    std::size_t d = static_cast<const char*>(hit) - base;
    if (s[d + 1] == ' ' && s[d - 1] == ' ' && s[d - 2] == ' ' && tag_first(s[d - 4]) && tag_second(s[d - 3]) &&
        is_known_tag(s[d - 4], s[d - 3]))
      return d - 4;
    from = d + 1;
  }
  return std::string_view::npos;
}

// ---------------------------------------------------------------------------
// EndNote's tagged format ("refer", .enw: Google Scholar's and AIS eLibrary's
// "EndNote" export): "%A Guo, Wenbo" lines, a record a block of them ended
// by a blank line, "%0 Journal Article" its type anywhere in the block.  Each
// "%X" tag is read as the RIS tag of the same field; one without a RIS
// twin keeps its own name ("%W") in extra.

std::uint16_t refer_tag(char c) {
  switch (c) {
    case '0': return T("TY"); case 'A': return T("AU"); case 'B': return T("T2"); case 'C': return T("CY");
    case 'D': return T("PY"); case 'E': return T("ED"); case 'F': return T("LB"); case 'G': return T("LA");
    case 'I': return T("PB"); case 'J': return T("JF"); case 'K': return T("KW"); case 'L': return T("CN");
    case 'M': return T("AN"); case 'N': return T("IS"); case 'O': return T("J2"); case 'P': return T("SP");
    case 'Q': return T("TT"); case 'R': return T("DO"); case 'S': return T("T3"); case 'T': return T("TI");
    case 'U': return T("UR"); case 'V': return T("VL"); case 'X': return T("AB"); case 'Y': return T("A3");
    case 'Z': return T("N1"); case '7': return T("ET"); case '8': return T("DA"); case '9': return T("M3");
    case '?': return T("A4"); case '@': return T("SN"); case '!': return T("ST"); case '&': return T("SE");
    case '+': return T("AD"); case '~': return T("DB"); case '>': return T("L1"); case '<': return T("RN");
    case '[': return T("Y2"); case 'W': return T("DP");  // EndNote's "Database Provider" (CNKI)
    default: return static_cast<std::uint16_t>(('%' << 8) | static_cast<unsigned char>(c));
  }
}

// "%A Smith, J": a '%', a printable ASCII code, then a space or the line end.
bool is_refer_line(std::string_view line) {
  return line.size() >= 2 && line[0] == '%' && line[1] > ' ' && line[1] < 0x7f &&
         (line.size() == 2 || line[2] == ' ' || line[2] == '\t');
}

// The whole text is EndNote tagged: its first line that is not blank is a
// "%" tag line, and a type ("%0") or title ("%T") line is among them.
bool looks_like_refer(std::string_view text) {
  std::string_view body = trim(text);
  while (starts_with(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
  if (!is_refer_line(body.substr(0, body.find('\n')))) return false;
  return starts_with(body, "%0 ") || starts_with(body, "%T ") || body.find("\n%0 ") != std::string_view::npos ||
         body.find("\n%T ") != std::string_view::npos;
}

// Ovid's link to a record (review.hpp's ovid_link): a MEDLINE database's
// accession number is the PMID.
bool ovid_medline_link(const OvidLink& link) { return ovid_database(link.db) == "MEDLINE (Ovid)"; }

// The name of a tag as the file writes it: its two characters, or RefWorks'
// "U10".."U15".
std::string tag_name(std::uint16_t tag) {
  char a = static_cast<char>(tag >> 8), b = static_cast<char>(tag & 0xff);
  if (a == 'U' && b >= 0x10 && b <= 0x15) return std::string("U1") + static_cast<char>('0' + (b - 0x10));
  return std::string{a, b};
}

// ---------------------------------------------------------------------------
// RefWorks' tagged format (what CNKI, Wanfang and VIP export "for RefWorks",
// and RefWorks itself writes): "A1 Sharma Ashutosh;Georgi Mikhail" lines, a
// record opened by "RT Journal Article" and ended by a blank line or the
// next RT.  Its tags are RIS tags where they mean the same; the others are
// read as their RIS twin, and those without one keep their own name in
// extra ("SR", "OT", "CL").

constexpr std::string_view kRefWorksTags[] = {
    "RT", "SR", "ID", "A1", "A2", "A3", "A4", "A5", "A6", "T1", "T2", "T3", "JF", "JO", "YR", "FD", "VO", "IS",
    "SP", "OP", "K1", "AB", "NO", "ED", "PB", "PP", "SN", "AV", "AD", "AN", "LA", "CL", "SF", "OT", "LK", "DO",
    "CN", "DB", "DS", "IP", "RD", "ST", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "UL", "SL", "LL", "CR", "WT", "WV", "WP",
    "OL"};

std::uint16_t refworks_tag(char a, char b) {
  switch (tag_code(a, b)) {
    case T("RT"): return T("TY");
    case T("YR"): return T("PY");
    case T("FD"): return T("DA");  // "Publication Data, Free Form"
    case T("VO"): return T("VL");
    case T("OP"): return T("EP");  // "Other Pages"; the whole range when there is no SP (see finish)
    case T("K1"): return T("KW");
    case T("NO"): return T("N1");
    case T("ED"): return T("ET");  // the edition; RIS's ED is an editor
    case T("JO"): return T("J2");  // the periodical's abbreviation
    case T("LK"): case T("UL"): return T("UR");
    case T("DS"): return T("DP");  // "Data Source": CNKI
    case T("RD"): return T("Y2");  // "Retrieved Date"
    default: return tag_code(a, b);
  }
}

// RefWorks' user fields U10 to U15 have three characters: their code is 'U'
// and 0x10 to 0x15, which tag_name spells back.
constexpr std::uint16_t kUser10Tag = tag_code('U', '\x10');

// U1 to U5, RefWorks' U10 to U15, M1 and M2: fields whose meaning the
// exporter chooses.
bool is_user_or_misc(std::uint16_t tag) {
  char a = static_cast<char>(tag >> 8), b = static_cast<char>(tag & 0xff);
  return (a == 'U' && ((b >= '1' && b <= '5') || (b >= 0x10 && b <= 0x15))) || (a == 'M' && (b == '1' || b == '2'));
}

// "35957633 [PMID]": the value and the label in the brackets that end it,
// spaces trimmed; no label when the value does not end with one.
std::pair<std::string_view, std::string_view> labelled_id(std::string_view v) {
  v = trim(v);
  std::size_t open = v.rfind('[');
  if (v.empty() || v.back() != ']' || open == std::string_view::npos) return {v, {}};
  return {trim(v.substr(0, open)), trim(v.substr(open + 1, v.size() - open - 2))};
}

// "A1 Smith, J", "vo 23" (CNKI writes that one tag in lower case), "vo" with
// nothing after it, "PMID 123", "U12 x": a known tag, then a space or the line end.
std::size_t refworks_tag_length(std::string_view line) {
  if (line.size() >= 3 && line[0] == 'U' && line[1] == '1' && line[2] >= '0' && line[2] <= '5' &&
      (line.size() == 3 || line[3] == ' ' || line[3] == '\t'))
    return 3;
  for (std::string_view t : {"PMID", "PMCID"})
    if (starts_with(line, t) && (line.size() == t.size() || line[t.size()] == ' ')) return t.size();
  if (line.size() < 2 || (line.size() > 2 && line[2] != ' ' && line[2] != '\t')) return 0;
  if (line[0] == 'v' && line[1] == 'o') return 2;
  for (std::string_view t : kRefWorksTags)
    if (line[0] == t[0] && line[1] == t[1]) return 2;
  return 0;
}

// The whole text is RefWorks tagged: its first line that is not blank is
// "RT <type>", and an author, title or periodical line follows in its block.
// RefWorks' own export opens with a header: "Refworks Export Tagged Format",
// its character set, a legend of tags and font marks, then "BEGIN EXPORTED
// REFERENCES".
constexpr std::string_view kRefWorksHeader = "RefWorks Export Tagged Format";
constexpr std::string_view kRefWorksHeaderEnd = "BEGIN EXPORTED REFERENCES";

bool looks_like_refworks(std::string_view text) {
  std::string_view body = trim(text);
  while (starts_with(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
  if (istarts_with(body, kRefWorksHeader)) {
    std::size_t end = body.find(kRefWorksHeaderEnd);
    if (end == std::string_view::npos) return false;
    body = trim(body.substr(end + kRefWorksHeaderEnd.size()));
  }
  if (!starts_with(body, "RT ")) return false;
  std::size_t pos = 0;
  for (int lines = 0; lines < 40 && pos < body.size(); ++lines) {
    std::size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (lines > 0 && trim(line).empty()) return false;
    if (lines > 0 && refworks_tag_length(line) &&
        (starts_with(line, "A1 ") || starts_with(line, "T1 ") || starts_with(line, "JF ")))
      return true;
    pos = end + 1;
  }
  return false;
}

// The CSL type of a RefWorks reference type that EndNote names otherwise
// ("Book, Section", "Dissertation/Thesis"), or "".
std::string_view refworks_type_csl(std::string_view name) {
  struct Name {
    std::string_view refworks, csl;
  };
  static constexpr Name kNames[] = {
      {"Book, Whole", "book"}, {"Book, Section", "chapter"}, {"Book, Edited", "book"},
      {"Dissertation/Thesis", "thesis"}, {"Dissertation/Thesis, Unpublished", "thesis"},
      {"Dissertation", "thesis"}, {"Unpublished Material", "manuscript"}, {"Abstract", "article-journal"},
      {"Journal, Electronic", "article-journal"}, {"Monograph", "book"}, {"Laws/Statutes", "legislation"},
      {"Case/Court Decisions", "legal_case"}, {"Bills/Resolutions", "bill"}, {"Sound Recording", "song"},
      {"Video/ DVD", "motion_picture"}, {"Video/DVD", "motion_picture"}, {"Motion Picture", "motion_picture"},
      {"Online Discussion Forum/Blogs", "post-weblog"}, {"Music Score", "musical_score"},
      // Zotero's RefWorks export writes these.
      {"Bills", "bill"}, {"Statutes", "legislation"}, {"Case", "legal_case"}, {"Video", "motion_picture"},
      {"Online Discussion Forum", "post-weblog"}, {"Court Decisions", "legal_case"}, {"Laws", "legislation"},
      {"Resolutions", "bill"}, {"Thesis, Unpublished", "thesis"}, {"DVD", "motion_picture"}};
  name = trim(name);
  for (const Name& n : kNames)
    if (iequals(n.refworks, name)) return n.csl;
  return {};
}

// ---------------------------------------------------------------------------
// Raw records.

struct RawField {
  std::uint16_t tag;
  std::uint32_t line;        // 1-based line of the tag
  std::size_t offset;        // byte offset of the tag
  std::string_view value;    // on the tag line, trimmed
  std::uint32_t cont_begin;  // continuation lines: RawRecord::conts[cont_begin, cont_end)
  std::uint32_t cont_end;
  // Set when the reader looked at `value` (add_field): whether it holds a '<'
  // and whether it is HTML debris, so that field_value need not look again.
  bool scanned = false;
  bool has_lt = false;
  bool debris = false;
};

struct RawRecord {
  std::vector<RawField> fields;
  std::vector<std::string_view> conts;  // trimmed; empty only for a paragraph break of free text
  std::size_t begin = 0;                // offset of the first tag
  std::size_t end = 0;                  // end of the last line that belongs to it
  std::uint32_t line = 0;
  void clear() {
    fields.clear();
    conts.clear();
  }
};

// ---------------------------------------------------------------------------
// Field values.

bool is_text_tag(std::uint16_t t) {
  switch (t) {
    case T("AB"): case T("N2"): case T("N1"): case T("RN"): case T("FX"): case T("AD"):
      return true;
    default:
      return false;
  }
}

// The whole value of a field: continuations joined with '\n' for free text,
// with a space otherwise.
// HTML line breaks ("<br />") a web page left in a value: all of them in a
// field that is not free text; in free text (N1 may be a Zotero HTML note)
// only a value of nothing else.
bool html_debris(std::uint16_t tag, std::string_view v) {
  return has_html_break(v) && (!is_text_tag(tag) || remove_html_breaks(v).empty());
}

// Web of Science names a character it cannot write: "PM2<middle dot>5".
constexpr std::string_view kMiddleDot = "<middle dot>";
std::string wos_characters(std::string s) {
  for (std::size_t p = s.find(kMiddleDot); p != std::string::npos; p = s.find(kMiddleDot, p + 2))
    s.replace(p, kMiddleDot.size(), "\xC2\xB7");
  return s;
}

// The reader warns about HTML debris; it is removed here.
std::string field_value(const RawRecord& rec, const RawField& f) {
  if (f.cont_begin == f.cont_end) {
    if (f.scanned && !f.has_lt && !f.debris) return std::string(f.value);
    std::string v = (f.scanned ? f.debris : html_debris(f.tag, f.value)) ? remove_html_breaks(f.value)
                                                                          : std::string(f.value);
    return v.find('<') == std::string::npos ? v : wos_characters(std::move(v));
  }
  char sep = is_text_tag(f.tag) ? '\n' : ' ';
  std::string out(f.value);
  for (std::uint32_t i = f.cont_begin; i < f.cont_end; ++i) {
    if (!out.empty()) out += sep;
    out.append(rec.conts[i]);
  }
  if (html_debris(f.tag, out)) out = remove_html_breaks(out);
  return out.find('<') == std::string::npos ? out : wos_characters(std::move(out));
}

}  // namespace

bool has_other_markup(std::string_view s) {
  std::vector<RichTag> tags = rich_tags(s);
  std::size_t k = 0;
  for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
    while (k < tags.size() && tags[k].begin < i) ++k;
    if (k < tags.size() && tags[k].begin == i) continue;
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    std::size_t name = j;
    while (j < s.size() && is_alpha(s[j])) ++j;
    if (j > name && j < s.size() && (s[j] == '>' || s[j] == ' ' || s[j] == '/')) return true;
  }
  return false;
}

namespace {

// Each line of a field (the tag line's value, then each continuation).
template <typename F>
void for_each_line(const RawRecord& rec, const RawField& f, F&& fn) {
  if (!f.value.empty()) fn(f.value);
  for (std::uint32_t i = f.cont_begin; i < f.cont_end; ++i) fn(rec.conts[i]);
}

// ---------------------------------------------------------------------------
// Types.

struct TypeMap {
  std::string_view ris;
  std::string_view csl;
  bool canonical;  // the RIS type an exporter writes back for this CSL type
};

// RIS types (the RIS specification, EndNote's and Zotero's lists) to CSL.
// Where several RIS types share a CSL type only one is canonical; the others
// keep their TY in extra so that a round trip gives it back.
constexpr TypeMap kTypes[] = {
    {"JOUR", "article-journal", true},      {"JFULL", "article-journal", false},
    {"EJOUR", "article-journal", false},    {"INPR", "article-journal", false},
    {"ABST", "article", false},             {"BOOK", "book", true},
    {"EBOOK", "book", false},               {"EDBOOK", "book", false},
    {"CHAP", "chapter", true},              {"ECHAP", "chapter", false},
    {"CONF", "paper-conference", true},     {"CPAPER", "paper-conference", false},
    {"THES", "thesis", true},               {"RPRT", "report", true},
    {"GOVDOC", "report", false},            {"ELEC", "webpage", true},
    {"WEB", "webpage", false},              {"GEN", "document", true},
    {"GRANT", "document", false},           {"EQUA", "document", false},
    {"MULTI", "document", false},           {"AGGR", "dataset", false},
    {"NEWS", "article-newspaper", true},    {"MGZN", "article-magazine", true},
    {"DATA", "dataset", true},              {"DBASE", "dataset", false},
    {"ANCIENT", "classic", false},          {"CLSWK", "classic", true},
    {"ART", "graphic", true},               {"FIGURE", "figure", true},
    {"CHART", "figure", false},             {"ADVS", "motion_picture", false},
    {"MPCT", "motion_picture", true},       {"VIDEO", "motion_picture", false},
    {"BILL", "bill", true},                 {"UNBILL", "bill", false},
    {"BLOG", "post-weblog", true},          {"CASE", "legal_case", true},
    {"LEGAL", "legal_case", false},         {"CTLG", "collection", true},
    {"COMP", "software", true},             {"DICT", "entry-dictionary", true},
    {"ENCYC", "entry-encyclopedia", true},  {"HEAR", "hearing", true},
    {"MANSCPT", "manuscript", true},        {"UNPB", "manuscript", false},
    {"MAP", "map", true},                   {"MUSIC", "musical_score", true},
    {"SOUND", "song", true},                {"PAMP", "pamphlet", true},
    {"PAT", "patent", true},                {"PCOMM", "personal_communication", true},
    {"ICOMM", "personal_communication", false}, {"SER", "book", false},
    {"SLIDE", "speech", true},              {"STAND", "standard", true},
    {"STAT", "legislation", true},
};

const TypeMap* find_type(std::string_view ty) {
  char buf[8];
  if (ty.size() > sizeof buf) return nullptr;
  for (std::size_t i = 0; i < ty.size(); ++i) buf[i] = to_upper(ty[i]);
  std::string_view up(buf, ty.size());
  for (const TypeMap& m : kTypes)
    if (m.ris == up) return &m;
  return nullptr;
}

// ---------------------------------------------------------------------------
// Dates: "2018/1/1", "2018///", "2018/08//", "1999/08//undefined",
// "2023/01/09/", "2020//", "AUG", "SEP 22", "2018 Sep 22", "1 Jan.-Feb. 2019",
// "24-27 Sept. 2019", "Spring 2018".


int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// The words of a RIS date's fourth part without Zotero's "undefined" (see
// parse_ris_date), one space between them.
std::string without_zotero_undefined(std::string_view part) {
  std::string out;
  for (std::string_view w : split_words(part))
    if (w != "undefined") out += (out.empty() ? "" : " ") + std::string(w);
  return out;
}

}  // namespace

// The CSL types whose number RIS's C7 holds (see the C7 case below).
static bool c7_is_number(std::string_view type) {
  for (std::string_view t : {"article-journal", "paper-conference", "article", "report", "patent", "legal_case",
                             "legislation", "bill", "regulation", "standard"})
    if (type == t) return true;
  return false;
}

std::string without_major_topic_marks(std::string_view term) {
  term = trim(term);
  std::string out;
  out.reserve(term.size());
  for (std::size_t j = 0; j < term.size(); ++j) {
    bool opens = out.empty() || out.back() == '/';  // the heading or a subheading starts here
    if (!(term[j] == '*' && opens)) out.push_back(term[j]);
  }
  return std::string(trim(out));
}

std::string_view name_before_et_al(std::string_view s, std::string_view label, Diagnostics& diags,
                                   std::size_t offset) {
  // "et al." holds at most one space: the last two spaces are where it can start.
  std::size_t at = s.size();
  for (int spaces = 0; spaces < 2 && at > 0; ++spaces) {
    at = s.rfind(' ', at - 1);
    if (at == std::string_view::npos) break;
    if (!is_et_al(s.substr(at + 1))) continue;
    std::string_view name = trim(s.substr(0, at));
    while (!name.empty() && name.back() == ',') name = trim(name.substr(0, name.size() - 1));
    if (name.empty()) return s;
    diags.warning(offset, std::string(label) + " '" + std::string(trim(s)) + "': read as " + std::string(name) +
                              " and others (et al.)");
    return name;
  }
  return s;
}

Creator endnote_name(std::string_view name, std::string_view label, Diagnostics& diags, std::size_t offset) {
  std::string_view s = trim(name);
  if (s.empty() || s.back() != ',') return parse_ris_name(s);
  while (!s.empty() && s.back() == ',') s = trim(s.substr(0, s.size() - 1));
  const std::vector<std::string_view> w = split_words(s);
  const bool initials_family =
      w.size() >= 2 && ((is_initials(w.front()) && !is_initials(w.back())) || family_before_initials(w) > 0);
  if ((s.find(',') != std::string_view::npos || initials_family) && !is_corporate_name(w)) {
    Creator c = parse_ris_name(s);
    if (c.literal.empty() && !c.family.empty() && !c.given.empty()) {
      diags.warning(offset, std::string(label) + " '" + std::string(trim(name)) +
                                "': EndNote's trailing comma marks an organisation, but this is a person's name: read as " +
                                c.family + ", " + c.given);
      return c;
    }
  }
  Creator c;
  c.literal = std::string(s);
  return c;
}

namespace {
// Another identifier of the same work that repositories write beside its DOI
// in the DOI field: a URN (EPFL's "urn:nbn:ch:bel-epfl-thesis7156-3"), a
// handle ("hdl:20.500.14299/127640", "https://hdl.handle.net/..."), an arXiv id.
bool is_other_identifier(std::string_view piece) {
  for (std::string_view scheme : {"urn:", "hdl:", "arxiv:", "https://hdl.handle.net/", "http://hdl.handle.net/"})
    if (istarts_with(piece, scheme) && piece.size() > scheme.size()) return true;
  // A report's or a repository's number, capitals then digits: the Joint
  // Research Centre's "JRC118512" after its report's DOI (Google Scholar's
  // RIS: "DO  - 10.2760/456870, JRC118512").
  std::size_t caps = 0;
  while (caps < piece.size() && piece[caps] >= 'A' && piece[caps] <= 'Z') ++caps;
  return caps >= 2 && piece.size() - caps >= 3 && all_digits(piece.substr(caps));
}

// Web of Science's article number as EndNote's import of Web of Science
// records writes it on the line before the DOI in its DOI field ("ARTN
// 107353" then "10.1016/j.eneco.2024.107353"; "ARTN e0212345"; Physical
// Review's "ARTN 025301(R)"), and the publisher's item identifier after it
// ("PII S0022112019003756"; both: "ARTN R3", "PII S0022112019000727", the
// DOI): the marker, then one piece of letters, digits, '-' and '(' ')'.
bool is_article_number(std::string_view piece) {
  if (piece.empty()) return false;
  for (char c : piece)
    if (!is_alpha(c) && !is_digit(c) && c != '-' && c != '(' && c != ')') return false;
  return true;
}

// The lines of a DOI field without those that repeat a DOI an earlier line
// gave, words after it: EndNote's import of a PubMed record writes the DOI,
// then PubMed's citation's tail ("10.1038/ng.311" then "10.1038/ng.311. Epub
// 2009 Jan 25."), which says nothing of another work.  `repeats` counts them.
std::string without_repeated_doi_lines(std::string_view v, std::size_t& repeats) {
  std::string kept;
  std::vector<std::string> seen;
  repeats = 0;
  std::size_t start = 0;
  while (start <= v.size()) {
    std::size_t end = v.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = v.size();
    std::string_view line = trim(v.substr(start, end - start));
    std::size_t cut = line.find_first_of(" \t");
    std::string_view head = line.substr(0, cut);
    while (!head.empty() && (head.back() == '.' || head.back() == ';' || head.back() == ',')) head.remove_suffix(1);
    std::optional<std::string> d = head.empty() ? std::nullopt : normalize_doi(head);
    if (d && cut != std::string_view::npos && std::find(seen.begin(), seen.end(), *d) != seen.end()) {
      ++repeats;
    } else {
      if (d && cut == std::string_view::npos) seen.push_back(*d);
      if (!line.empty()) {
        if (!kept.empty()) kept += '\n';
        kept += line;
      }
    }
    start = end + 1;
  }
  return kept;
}

// A web address of the work a DOI names, beside it: one that holds the DOI's
// suffix ("https://www.nature.com/articles/ng.2871#supplementary-information"
// beside 10.1038/ng.2871, as EndNote keeps a Nature record's).
bool is_page_of_doi(std::string_view url, std::string_view doi) {
  std::size_t slash = doi.find('/');
  if (slash == std::string_view::npos || slash + 1 >= doi.size()) return false;
  return ascii_lower(url).find(ascii_lower(doi.substr(slash + 1))) != std::string::npos;
}
}  // namespace

std::optional<std::string> first_of_doi_list(std::string_view field, std::string_view label, Diagnostics& diags,
                                             std::size_t offset) {
  // Pieces separated by ';', ',' or spaces, each a DOI or another identifier
  // (never words: "10.1000/a; see erratum" may name another work's DOI).
  std::size_t repeats = 0;
  // "[10.1890/14-2275.1.sm, 10.1890/14-2275.1]": a list in brackets.
  if (std::string_view t = trim(field); t.size() > 2 && t.front() == '[' && t.back() == ']')
    field = t.substr(1, t.size() - 2);
  const std::string lines = without_repeated_doi_lines(field, repeats);
  const std::string_view v = lines;
  std::string_view first_doi;
  std::vector<std::string_view> all_dois;
  std::vector<std::string_view> pages;
  std::size_t dois = 0, others = 0, article_numbers = 0, piis = 0;
  bool all = true;
  std::string_view marker;  // "ARTN" or "PII", waiting for its identifier
  for_each_list_item(v, "; ,\t\n\r", [&](std::string_view piece) {
    if (!all) return;
    if (!marker.empty()) {
      if (!is_article_number(piece)) all = false;
      else ++(marker == "PII" ? piis : article_numbers);
      marker = {};
    } else if (piece == "ARTN" || piece == "PII") {
      marker = piece;
    } else if (normalize_doi(piece)) {
      if (dois++ == 0) first_doi = piece;
      all_dois.push_back(piece);
    } else if (is_other_identifier(piece)) {
      ++others;
    } else if (istarts_with(piece, "https://") || istarts_with(piece, "http://")) {
      pages.push_back(piece);
    } else {
      all = false;
    }
  });
  if (!all || !marker.empty() || dois == 0) return std::nullopt;
  // A supplement's DOI before its work's (ESA's "10.1890/14-2275.1.sm,
  // 10.1890/14-2275.1", as Web of Science lists them): the work's is the
  // first DOI that is no supplement of another of the list.
  std::string_view part;
  for (std::string_view d : all_dois) {
    const std::string nd = *normalize_doi(d);
    const bool is_part = std::any_of(all_dois.begin(), all_dois.end(),
                                     [&](std::string_view o) { return is_supplement_doi(nd, *normalize_doi(o)); });
    if (!is_part) {
      if (d != first_doi) part = first_doi;
      first_doi = d;
      break;
    }
  }
  std::optional<std::string> norm = normalize_doi(first_doi);
  for (std::string_view page : pages)
    if (!is_page_of_doi(page, *norm)) return std::nullopt;
  if (dois + others + article_numbers + piis + pages.size() + repeats < 2) return std::nullopt;
  // The first's repair, if any, is said (the field stays in extra as written).
  std::optional<std::string> first = normalize_doi_said(first_doi, label, diags, offset);
  if (!part.empty()) {
    diags.warning(offset, std::string(label) + " holds " + std::to_string(dois) + " DOIs: " + *first +
                              " is the work's, not the first, " + std::string(part) +
                              ", its supplement's; the field is kept in extra");
  } else if (others == 0 && article_numbers == 0 && piis == 0 && pages.empty() && repeats == 0) {
    diags.warning(offset, std::string(label) + " holds " + std::to_string(dois) + " DOIs: the first, " + *first +
                              ", is the work's; the list is kept in extra");
  } else {
    std::vector<std::string> what{dois == 1 ? std::string("a DOI") : std::to_string(dois) + " DOIs"};
    if (others)
      what.push_back(std::to_string(others) + (others == 1 ? " other identifier" : " other identifiers") +
                     " (URN, handle, arXiv, a report's number)");
    if (article_numbers) what.emplace_back("Web of Science's article number ('ARTN', as EndNote writes it)");
    if (piis) what.emplace_back("the publisher's item identifier ('PII')");
    if (repeats) what.emplace_back("the DOI again with PubMed's words after it ('. Epub ...')");
    if (!pages.empty()) what.emplace_back(pages.size() == 1 ? "a web page of the work" : "web pages of the work");
    std::string list;
    for (std::size_t i = 0; i < what.size(); ++i)
      list += (i == 0 ? "" : i + 1 == what.size() ? " and " : ", ") + what[i];
    diags.warning(offset, std::string(label) + " holds " + list + ": the " + (dois == 1 ? "DOI" : "first DOI") + ", " +
                              *first + ", is the work's; the field is kept in extra");
  }
  return first;
}

std::optional<std::string> doi_of_field(std::string_view v, std::string_view label, Diagnostics& diags,
                                        std::size_t offset, bool* listed) {
  if (listed) *listed = false;
  if (auto d = normalize_doi_said(v, label, diags, offset)) return d;
  std::optional<std::string> first = first_of_doi_list(v, label, diags, offset);
  if (listed) *listed = first.has_value();
  return first;
}

bool take_doi_field(Record& r, bool& doi_set, std::string_view v, std::string_view label, Diagnostics& diags,
                    std::size_t offset) {
  if (doi_set) return false;
  bool listed = false;
  if (auto d = doi_of_field(v, label, diags, offset, &listed)) {
    r.doi = std::move(*d);
    doi_set = true;
    return !listed;  // a list of identifiers stays as written
  }
  if (take_info_pmid(r, v, label, diags, offset)) return true;
  diags.warning(offset,
                std::string(label) + " is not a DOI, kept in extra: " + std::string(v) + placeholder_doi_note(v));
  return false;
}

std::string csl_type_of_ris(std::string_view ty) {
  const TypeMap* m = find_type(trim(ty));
  return m ? std::string(m->csl) : std::string();
}

Date parse_ris_date(std::string_view s) {
  Date d;
  s = trim(s);
  if (s.empty()) return d;
  // Before the common era: "535 BCE", "535 BC" is the year -534 (months.hpp).
  if (int bce = year_from_words(s)) {
    d.year = bce;
    return d;
  }
  if (s.find('/') != std::string_view::npos) {
    std::string_view part[4];
    std::size_t n = 0, start = 0;
    for (std::size_t i = 0; i <= s.size() && n < 4; ++i) {
      if (i == s.size() || (s[i] == '/' && n < 3)) {
        part[n++] = trim(s.substr(start, i - start));
        start = i + 1;
      }
    }
    // "03/2018" (month/year, an EndNote library's DA from Crossref): the
    // month and the year, no other order being one of four digits last.
    if (n == 2 && all_digits(part[0]) && part[0].size() <= 2 && all_digits(part[1]) && part[1].size() == 4) {
      const int m = to_int(part[0]);
      if (m >= 1 && m <= 12) {
        d.year = to_int(part[1]);
        d.month = m;
        return d;
      }
    }
    // RIS's year has four digits: "10/15/online" (Nature) starts with no year.
    if (all_digits(part[0]) && part[0].size() >= 3 && part[0].size() <= 4) d.year = to_int(part[0]);
    if (all_digits(part[1]) && part[1].size() <= 2) {
      int m = to_int(part[1]);
      if (m >= 1 && m <= 12) d.month = m;
    } else if (int m = month_from_prefix(part[1])) {
      d.month = m;
    }
    if (all_digits(part[2]) && part[2].size() <= 2) {
      int day = to_int(part[2]);
      if (day >= 1 && day <= 31 && d.month) d.day = day;
    }
    // The fourth part is free text ("Spring").  Zotero writes there what its
    // date parser left of the date, a JavaScript undefined joined as the word
    // "undefined": no text ("1999/08//undefined": nothing left).
    d.text = without_zotero_undefined(part[3]);
    // Of PubMed's "2021 Apr-Jun" that parser takes the last month name and
    // leaves the first ("2021/06//Apr undefined"): a month before the date's
    // is the first of a range that ends at it.
    if (int first = month_from_prefix(d.text); first && d.year && d.month > first) {
      d.end_year = d.year;
      d.end_month = d.month;
      d.month = first;
      d.text.clear();
    }
    // A range of months there ("2010/09//2010 Sep-Oct", as refnet writes
    // MEDLINE's double issues) that starts where the date does gives its end.
    if (MonthRange m; !d.text.empty() && read_month_range(d.text, m) && (d.year == 0 || m.year == d.year) &&
                      (d.month == 0 || m.month == d.month)) {
      d.year = m.year;
      d.month = m.month;
      d.end_year = m.end_year;
      d.end_month = m.end_month;
    }
    // A first part that is not a year ("19893/01/01") keeps the whole date
    // as text rather than leaving a month without its year.
    if ((d.year == 0 && d.month == 0) || (d.year == 0 && !part[0].empty())) {
      d = Date{};
      d.text = std::string(s);
    }
    return d;
  }
  // ISO 8601: "2020-03-15", "2020-03" (RefWorks' FD, some exporters' DA).
  if ((s.size() == 7 || (s.size() == 10 && s[7] == '-' && all_digits(s.substr(8, 2)))) &&
      all_digits(s.substr(0, 4)) && s[4] == '-' && all_digits(s.substr(5, 2))) {
    int m = to_int(s.substr(5, 2)), day = s.size() == 10 ? to_int(s.substr(8, 2)) : 0;
    if (m >= 1 && m <= 12 && day >= 0 && day <= 31) {
      d.year = to_int(s.substr(0, 4));
      d.month = m;
      d.day = day;
      return d;
    }
  }
  // A range of years as sources write one in PY or DA: "2001-2003",
  // "2001 – 2003", "2001--2003".
  if (s.size() >= 9 && all_digits(s.substr(0, 4)) && all_digits(s.substr(s.size() - 4))) {
    std::string_view sep = trim(s.substr(4, s.size() - 8));
    if (sep == "-" || sep == "--" || sep == "\u2013") {
      d.year = to_int(s.substr(0, 4));
      d.end_year = to_int(s.substr(s.size() - 4));
      if (d.end_year > d.year) return d;
      d = Date{};
    }
  }
  // Free form: words and numbers in any order.
  int small[2] = {0, 0};
  int smalls = 0, months = 0;
  bool other = false;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_alpha(s[i]) && !is_digit(s[i])) ++i;
    std::size_t start = i;
    if (i < s.size() && is_digit(s[i])) {
      while (i < s.size() && is_digit(s[i])) ++i;
    } else {
      while (i < s.size() && (is_alpha(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80)) ++i;
    }
    if (i == start) {
      if (i < s.size()) ++i;
      continue;
    }
    std::string_view w = s.substr(start, i - start);
    if (all_digits(w)) {
      // "20170812" (TRID's "Start date: 20170812"): ISO 8601's basic form.
      const int mm = w.size() == 8 ? to_int(w.substr(4, 2)) : 0, dd = w.size() == 8 ? to_int(w.substr(6, 2)) : 0;
      if (w.size() == 8 && d.year == 0 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
        d.year = to_int(w.substr(0, 4));
        d.month = mm;
        d.day = dd;
      } else if (w.size() == 4 && d.year == 0 && to_int(w) <= 2100) d.year = to_int(w);
      // (A number past 2100 is no year: "BS 7991:2001", a standard and its year.)
      else if (w.size() <= 2 && smalls < 2) small[smalls++] = to_int(w);
      else other = true;
    } else if (int m = month_from_prefix(w)) {
      if (months++ == 0) d.month = m;
    } else {
      other = true;
    }
  }
  // One day number beside one month is a day; "24-27 Sept." is a range and
  // "Jan.-Feb." a double issue: neither gives a day.
  if (d.month && months == 1 && smalls == 1 && small[0] >= 1 && small[0] <= 31) d.day = small[0];
  if (other || (d.year == 0 && d.month == 0) || smalls > 1 || months > 1) d.text = std::string(s);
  // "2022 Jan-Feb", "Jan.-Feb. 2019", "1998 Dec-1999 Jan": a range of
  // months (MEDLINE's DP as PubMed's and EndNote's RIS carry it), the text kept.
  if (MonthRange m; !d.text.empty() && read_month_range(s, m)) {
    d.year = m.year;
    d.month = m.month;
    d.end_year = m.end_year;
    d.end_month = m.end_month;
  }
  return d;
}

namespace {

// Ovid's Y2 (importers: the record's reading): "2017//", "1983-03//",
// "20221010//" -- digits run together or joined by '-', then the RefMan
// slashes.  Anything else is no date (year 0).
Date ovid_date(std::string_view s) {
  s = trim(s);
  while (!s.empty() && s.back() == '/') s.remove_suffix(1);
  std::string digits;
  for (char c : s)
    if (is_digit(c)) digits += c;
    else if (c != '-') return {};
  Date d;
  if (digits.size() != 4 && digits.size() != 6 && digits.size() != 8) return d;
  const int month = digits.size() >= 6 ? to_int(digits.substr(4, 2)) : 0;
  const int day = digits.size() == 8 ? to_int(digits.substr(6, 2)) : 0;
  if (month > 12 || day > 31 || (digits.size() >= 6 && month == 0)) return d;
  d.year = to_int(digits.substr(0, 4));
  d.month = month;
  d.day = day;
  return d;
}

}  // namespace

std::vector<std::string> date_parts_left_out(std::string_view s, const Date& d) {
  std::vector<std::string> out;
  s = trim(s);
  // A date kept as text is whole ("2018/ed", as parse_raw_date keeps it);
  // "44 BC" is a year.
  if (!d.year || d.text == s || year_from_words(s)) return out;
  if (d.end_year && !d.month) return out;  // a range of years ("2019/2020"), read whole
  auto month_day = [&](std::string_view month, std::string_view day) {
    if (!month.empty() && !d.month) out.push_back("month " + std::string(month) + " is no month");
    if (!day.empty() && !d.day)
      out.push_back("day " + std::string(day) + (d.month ? " is no day" : " without a month"));
  };
  if (s.find('/') != std::string_view::npos) {
    // The month and day parts as parse_ris_date splits them (its fourth part
    // is kept as text).
    std::string_view part[2];
    std::string_view rest = s;
    for (std::string_view& p : part) {
      std::size_t at = rest.find('/');
      if (at == std::string_view::npos) break;
      rest.remove_prefix(at + 1);
      p = trim(rest.substr(0, rest.find('/')));
    }
    month_day(part[0], part[1]);
    return out;
  }
  if (!d.text.empty() || d.end_year) return out;  // the text kept says it all
  // ISO's "2018-13-05" (a JSON reader's raw date): its month and day parts.
  if (s.size() > 5 && all_digits(s.substr(0, 4)) && s[4] == '-') {
    std::string_view part[2];
    std::string_view rest = s.substr(5);
    bool iso = true;
    for (std::string_view& p : part) {
      std::size_t at = rest.find('-');
      p = rest.substr(0, at);
      iso = iso && !p.empty() && p.size() <= 2 && all_digits(p);
      if (at == std::string_view::npos) {
        rest = {};
        break;
      }
      rest.remove_prefix(at + 1);
    }
    if (iso && rest.empty()) {
      month_day(part[0], part[1]);
      return out;
    }
  }
  // Free form: a number of one or two digits that did not become the day
  // ("Mar 45, 2019", "15 2019").
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) {
      ++i;
      continue;
    }
    std::string_view w = s.substr(start, i - start);
    bool alone = (start == 0 || !is_alpha(s[start - 1])) && (i == s.size() || !is_alpha(s[i]));
    if (alone && w.size() <= 2 && to_int(w) != d.day) month_day({}, w);
  }
  return out;
}

void say_date_parts_left_out(std::string_view label, std::string_view s, const Date& d, Diagnostics& diags,
                             std::size_t offset) {
  for (const std::string& part : date_parts_left_out(s, d))
    diags.warning(offset, std::string(label) + " " + std::string(trim(s)) + ": " + part + ": left out");
}

// ---------------------------------------------------------------------------
// SN: one or several ISSNs and ISBNs, with labels: "0020-8523",
// "1573-3602 1050-5350", "03029743 (ISSN); 3642041450 (ISBN)",
// "2325-9671 (electronic)".  Returns false when a piece is neither.

std::string cut_isi_links(std::string_view v, std::vector<IsiLink>& links) {
  static constexpr std::string_view kLink = "<Go to ISI>://";
  std::string rest;
  std::size_t p = 0;
  for (std::size_t at; (at = v.find(kLink, p)) != std::string_view::npos;) {
    rest.append(v.substr(p, at - p));
    std::size_t b = at + kLink.size(), e = b;
    while (e < v.size() && !is_space(v[e]) && v[e] != ';') ++e;
    std::string_view id = v.substr(b, e - b);
    links.push_back({std::string(v.substr(at, e - at)), (istarts_with(id, "WOS:") ? "" : "ISI:") + std::string(id)});
    rest.push_back(' ');
    p = e;
  }
  rest.append(v.substr(std::min(p, v.size())));
  return std::string(trim(rest));
}

void take_isi_link(Record& r, IsiLink&& link, std::string_view field, std::size_t offset, Diagnostics& diags) {
  Accession a = take_accession(r, link.ut, false);
  if (a == Accession::conflict)
    diags.warning(offset, std::string(field) + " " + link.link + " disagrees with the record's identifier " + r.wos_ut +
                              ": kept as extra field");
  if (a != Accession::filled) r.add_extra(std::string(field), std::move(link.link));
}

// A line that is a copyright and nothing else: "(C) 2019 by the American
// Psychological Association", "\u00a9 2001 Someone", "Copyright 2020 X. All
// rights reserved." (a year or "rights reserved" in it, short).
bool is_copyright_line(std::string_view v) {
  v = trim(v);
  if (!(istarts_with(v, "(C)") || starts_with(v, "\u00a9") || istarts_with(v, "Copyright")) || v.size() > 160) return false;
  if (ascii_lower(v).find("rights reserved") != std::string::npos) return true;
  for (std::size_t i = 0; i + 4 <= v.size(); ++i)
    if ((v.compare(i, 2, "19") == 0 || v.compare(i, 2, "20") == 0) && all_digits(v.substr(i, 4)) &&
        (i + 4 == v.size() || !is_digit(v[i + 4])) && (i == 0 || !is_digit(v[i - 1])))
      return true;
  return false;
}

std::string_view pubmed_link_id(std::string_view link, bool& pmcid) {
  link = trim(link);
  for (std::string_view scheme : {"https://", "http://"})
    if (istarts_with(link, scheme)) link.remove_prefix(scheme.size());
  if (istarts_with(link, "www.")) link.remove_prefix(4);
  static constexpr std::pair<std::string_view, bool> kPaths[] = {
      {"pubmed.ncbi.nlm.nih.gov/", false},   {"ncbi.nlm.nih.gov/pubmed/", false},
      {"europepmc.org/article/MED/", false}, {"europepmc.org/abstract/MED/", false},
      {"ncbi.nlm.nih.gov/pmc/articles/", true}, {"pmc.ncbi.nlm.nih.gov/articles/", true},
      {"europepmc.org/article/PMC/", true}};
  for (const auto& [path, pmc] : kPaths) {
    if (!istarts_with(link, path)) continue;
    std::string_view id = link.substr(path.size());
    id = id.substr(0, id.find_first_of("/?#"));
    // Only the identifier, at the end of the address or before its last '/'.
    const std::size_t after = path.size() + id.size();
    if (after < link.size() && !(link[after] == '/' && after + 1 == link.size())) return {};
    const bool ok = pmc ? is_pmcid(id) && istarts_with(id, "PMC") : !id.empty() && id.size() <= 9 && all_digits(id);
    if (!ok) return {};
    pmcid = pmc;
    return id;
  }
  return {};
}

bool classify_sn(std::string_view sn, Record& r) {
  std::vector<std::string> issn, isbn;
  bool ok = true;
  std::size_t i = 0;
  // EndNote separates several numbers with a backslash, or with the two
  // characters "\r" ("1537-744X (Electronic)\r1537-744X (Linking)");
  // Rayyan writes a JSON list (["1932-8494", "1932-8486"]).
  auto separator = [&](std::size_t k) {
    return is_space(sn[k]) || sn[k] == ';' || sn[k] == ',' || sn[k] == '\\' || sn[k] == '[' || sn[k] == ']' ||
           sn[k] == '"';
  };
  while (i < sn.size()) {
    while (i < sn.size() && separator(i)) {
      if (sn[i] == '\\' && i + 1 < sn.size() && (sn[i + 1] == 'r' || sn[i + 1] == 'n')) ++i;
      ++i;
    }
    if (i >= sn.size()) break;
    if (sn[i] == '(') {  // a label: "(ISSN)", "(Print)", "(Linking)"
      std::size_t close = sn.find(')', i);
      i = close == std::string_view::npos ? sn.size() : close + 1;
      continue;
    }
    std::size_t start = i;
    while (i < sn.size() && !(separator(i) || sn[i] == '(')) ++i;
    std::string_view tok = sn.substr(start, i - start);
    std::string digits;
    bool clean = true;
    for (char c : tok) {
      if (is_digit(c) || c == 'X' || c == 'x') digits.push_back(to_upper(c));
      else if (c != '-') clean = false;
    }
    if (!clean) {
      ok = false;
      continue;
    }
    bool x_inside = digits.find('X') != std::string::npos && digits.find('X') + 1 != digits.size();
    if (digits.size() == 8 && !x_inside) {
      issn.push_back(digits.substr(0, 4) + "-" + digits.substr(4));
    } else if ((digits.size() == 10 && !x_inside) || (digits.size() == 13 && digits.find('X') == std::string::npos)) {
      isbn.emplace_back(tok);
    } else {
      ok = false;
    }
  }
  if (!ok) return false;
  for (auto& s : issn)
    if (std::find(r.issn.begin(), r.issn.end(), s) == r.issn.end()) r.issn.push_back(std::move(s));
  for (auto& s : isbn)
    if (std::find(r.isbn.begin(), r.isbn.end(), s) == r.isbn.end()) r.isbn.push_back(std::move(s));
  return true;
}

void read_issn_or_isbn(std::string_view s, bool issn, Record& r) {
  if (s.empty() || classify_sn(s, r)) return;
  for (std::string& piece : split_list(s, issn ? ",; \t\n" : ",;")) (issn ? r.issn : r.isbn).push_back(std::move(piece));
}

namespace {

// ---------------------------------------------------------------------------
// Titles and containers.

// "J Gambl Stud" abbreviates "Journal of gambling studies": each word of the
// abbreviation is a prefix of a later word of the full name, in order.
bool abbreviates(std::string_view abbr, std::string_view full) {
  std::string a = fold_words(abbr), f = fold_words(full);
  if (a.empty() || f.empty()) return false;
  if (a == f) return true;
  std::size_t ai = 0, fi = 0;
  while (ai < a.size()) {
    std::size_t ae = a.find(' ', ai);
    if (ae == std::string::npos) ae = a.size();
    std::string_view aw(a.data() + ai, ae - ai);
    bool found = false;
    while (fi < f.size()) {
      std::size_t fe = f.find(' ', fi);
      if (fe == std::string::npos) fe = f.size();
      std::string_view fw(f.data() + fi, fe - fi);
      fi = fe + 1;
      if (starts_with(fw, aw)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    ai = ae + 1;
  }
  return true;
}

// "References: ...", or in Scopus's Chinese and Japanese interface
// "参考文献: ...".
bool is_references_note(std::string_view v) {
  return istarts_with(v, "References:") || starts_with(v, "\xE5\x8F\x82\xE8\x80\x83\xE6\x96\x87\xE7\x8C\xAE:");
}

}  // namespace

constexpr std::string_view kKeptApart = " (kept apart by refnet): ";

bool ris_tag_reads_as_field(std::string_view tag, std::string_view value) {
  static constexpr std::string_view kFieldTags[] = {
      "TI", "T1", "CT", "BT", "T2", "JO", "JF", "JA", "J2", "AU", "A1", "A2", "ED", "PY", "Y1", "DA", "VL",
      "VO", "IS", "C7", "SP", "EP", "PB", "CY", "PP", "PU", "PI", "SN", "DO", "UR", "AB", "N2", "LA", "KW",
      "C2", "C3", "C5", "ID"};
  // An accession number is read as the UT, the EID or (a bare number, where
  // DB or DP names PubMed or MEDLINE) the PMID; EBSCO's and Dimensions'
  // own ("pub.1138209644") are none of these.
  if (tag == "AN") {
    Record scratch;
    return take_accession(scratch, value, true) != Accession::not_identifier;
  }
  if (std::find(std::begin(kFieldTags), std::end(kFieldTags), tag) != std::end(kFieldTags)) return true;
  // A note of cited references, or one that looks kept apart itself.
  std::string_view t, v;
  if (tag == "N1") return is_references_note(value) || read_ris_kept_apart_note(value, t, v);
  // U1..U5, M1, M2: a labelled PubMed ID ("35957633 [PMID]") is read as one.
  if (tag.size() == 2 && ((tag[0] == 'U' && tag[1] >= '1' && tag[1] <= '5') ||
                          (tag[0] == 'M' && (tag[1] == '1' || tag[1] == '2')))) {
    std::string_view label = labelled_id(value).second;
    return iequals(label, "PMID") || iequals(label, "PMCID");
  }
  return false;
}

bool ris_tag_changes_reading(const Record& r, std::string_view tag, std::string_view value) {
  const bool db = tag == "DB" || tag == "DP";
  if (!db && tag != "L2" && tag != "UR") return false;
  const std::string v = ascii_lower(trim(value));
  const bool ovid = db && starts_with(v, "ovid");
  // Builder::build drops NLM's final period of a title under these.
  const bool nlm = ovid || (db && (v.find("pubmed") != std::string::npos || v.find("medline") != std::string::npos)) ||
                   (!db && !ovid_link(value).db.empty());
  if (nlm && drop_nlm_period(r.title) != r.title) return true;
  // Ovid MEDLINE's A2 of an article is its investigators, not editors.
  return ovid && v.find("medline") != std::string::npos && r.type == "article-journal" && !r.editors.empty();
}

std::string ris_kept_apart_note(std::string_view tag, std::string_view value) {
  std::string out(tag);
  out += kKeptApart;
  out += value;
  return out;
}

bool read_ris_kept_apart_note(std::string_view note, std::string_view& tag, std::string_view& value) {
  if (note.size() < 2 + kKeptApart.size() || note.substr(2, kKeptApart.size()) != kKeptApart) return false;
  const char a = note[0], b = note[1];
  if (!(a >= 'A' && a <= 'Z') || !((b >= 'A' && b <= 'Z') || is_digit(b))) return false;
  tag = note.substr(0, 2);
  value = note.substr(2 + kKeptApart.size());
  return true;
}

bool is_nlm_journal_id(std::string_view v) {
  bool id = false;
  int parts = 0;
  for (std::size_t start = 0; start <= v.size(); ++parts) {
    std::size_t comma = v.find(',', start);
    std::string_view p = trim(v.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    bool digits = p.size() >= 7 && p.size() <= 9 && std::all_of(p.begin(), p.end(), is_digit);
    bool code = p.size() >= 2 && p.size() <= 4 &&
                std::all_of(p.begin(), p.end(), [](char c) { return (c >= 'a' && c <= 'z') || is_digit(c); });
    if (digits && !id) id = true;
    else if (!code) return false;
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return id && parts <= 1;
}

// A trial registry's number, as CENTRAL writes it in the author field of a
// registry's record ("A1 - NCT04381559"; the Cochrane Library "NCT05155527,").
std::string registry_number_of(std::string_view v) {
  v = trim(v);
  while (!v.empty() && (v.back() == ',' || v.back() == ';' || v.back() == '.')) v.remove_suffix(1);
  v = trim(v);
  if (v.find(' ') != std::string_view::npos) return "";
  auto digits_after = [&](std::string_view prefix, std::size_t min) {
    if (!starts_with(v, prefix)) return false;
    std::string_view rest = v.substr(prefix.size());
    return rest.size() >= min && all_digits(rest);
  };
  // Letters and digits after the prefix, some digits among them: Brazil's
  // "RBR-85vh8fx", Iran's "IRCT20200408046987N1", the EU's
  // "EUCTR2020-001435-27-IT", India's "CTRI/2020/05/025224".
  auto code_after = [&](std::string_view prefix, std::size_t min) {
    if (!starts_with(v, prefix) || v.size() < prefix.size() + min) return false;
    std::string_view rest = v.substr(prefix.size());
    return std::any_of(rest.begin(), rest.end(), [](char c) { return is_digit(c); }) &&
           std::all_of(rest.begin(), rest.end(), [](char c) {
             return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '/';
           });
  };
  const bool number = digits_after("NCT", 8) || digits_after("ISRCTN", 6) || digits_after("ACTRN", 14) ||
                      digits_after("DRKS", 8) || digits_after("NTR", 3) || digits_after("NL", 4) ||
                      digits_after("TCTR", 11) || digits_after("KCT", 7) || digits_after("PACTR", 12) ||
                      digits_after("jRCTs", 9) || digits_after("jRCT", 10) || digits_after("UMIN", 9) ||
                      code_after("ChiCTR", 3) || code_after("IRCT", 5) || code_after("EUCTR", 5) ||
                      code_after("CTRI/", 8) || code_after("RBR-", 4) || code_after("JapicCTI-", 4) ||
                      code_after("SLCTR/", 6) || code_after("JPRN-", 5);
  return number ? std::string(v) : "";
}

namespace {

bool is_registry_number(std::string_view v) { return !registry_number_of(v).empty(); }

// An address where a journal's name belongs (CENTRAL's "JA -
// https://clinicaltrials.gov/show/NCT04381559").
bool is_address(std::string_view v) {
  v = trim(v);
  return (istarts_with(v, "http://") || istarts_with(v, "https://")) && v.find(' ') == std::string_view::npos;
}

// SN holds an ISBN: a piece of 10 or 13 digits (the last of ten may be X),
// hyphens aside ("978-1-62808-078-0 (Hardcover)").
bool sn_has_isbn(std::string_view sn) {
  bool found = false;
  for_each_list_item(sn, " ;,", [&](std::string_view piece) {
    std::size_t digits = 0, other = 0;
    for (std::size_t k = 0; k < piece.size(); ++k) {
      char c = piece[k];
      if (is_digit(c) || ((c == 'X' || c == 'x') && k + 1 == piece.size())) ++digits;
      else if (c != '-') ++other;
    }
    found |= other == 0 && (digits == 10 || digits == 13);
  });
  return found;
}

// APA PsycInfo's "Merrick, Joav [Ed]", "Klein, Hugh [Ed], Merrick, Joav
// [Ed]": the names before each "[Ed]" mark; empty when the value has none.
std::vector<std::string_view> marked_editors(std::string_view v) {
  std::vector<std::string_view> names;
  static constexpr std::string_view kMark = "[Ed]";
  for (std::size_t at = v.find(kMark); at != std::string_view::npos; at = v.find(kMark)) {
    std::string_view name = trim(v.substr(0, at));
    while (!name.empty() && (name.front() == ',' || name.front() == ';')) name = trim(name.substr(1));
    if (!name.empty()) names.push_back(name);
    v.remove_prefix(at + kMark.size());
  }
  v = trim(v);
  if (!names.empty() && !v.empty() && v != "," && v != ";") return {};  // more than marked names
  return names;
}

// APA PsycInfo's classification of a record ("Social Psychology [3000]"),
// where its M1 lines are otherwise the cited references.
bool is_psycinfo_classification(std::string_view v) {
  v = trim(v);
  if (v.size() < 7 || v.back() != ']') return false;
  std::size_t open = v.rfind('[');
  return open != std::string_view::npos && open + 6 == v.size() && all_digits(v.substr(open + 1, 4));
}

// ---------------------------------------------------------------------------
// The builder: one raw record to a Record.

class Builder {
 public:
  // `family_first_said`: names without a comma are written family name
  // first (RefWorks tagged); the flag, shared by the records of a file, is
  // set once that was said.
  // `text`: the input the record's offsets point into.
  // `family_first_source` names who writes them so ("CNKI", "ProQuest");
  // `family_first_certain`: every name, whatever its words show (EPPI).
  // `given_first_guess_said`: where names are read given first, the flag of
  // the file's one warning that a name's order was guessed.
  Builder(const RawRecord& rec, std::string_view text, Diagnostics& diags, bool* family_first_said = nullptr,
          std::string_view family_first_source = "CNKI", bool family_first_certain = false,
          bool* given_first_guess_said = nullptr, bool file_given_first = false, bool* issue_first_day_said = nullptr)
      : rec_(rec),
        text_(text),
        diags_(diags),
        family_first_said_(family_first_said),
        family_first_source_(family_first_source),
        family_first_certain_(family_first_certain),
        given_first_guess_said_(given_first_guess_said),
        file_given_first_(file_given_first),
        issue_first_day_said_(issue_first_day_said) {}

  // False when the record has nothing to identify it by.
  bool build(Record& r);
  // What the cited-reference parser left out of a Scopus record's references, the file's (null: said at each).
  CitedDrops* cited_drops = nullptr;

 private:
  const RawRecord& rec_;
  std::string_view text_;
  Diagnostics& diags_;
  bool* family_first_said_;
  std::string_view family_first_source_;
  bool family_first_certain_;
  bool* given_first_guess_said_;
  bool file_given_first_;  // the file's names without a comma show given name first (file_family_first's vote)
  bool* issue_first_day_said_;  // the file's one warning of a day 01 its date's words do not name

 public:
  // ProQuest's records where its file's vote does not read names without a
  // comma family first: each name whose words show it is (NameField's
  // shown_family_first).
  NameField::ShownFamilyFirst* shown_family_first_ = nullptr;
  const std::unordered_set<std::string>* file_given_words_ = nullptr;

 private:

  std::string value(const RawField& f) const { return field_value(rec_, f); }
  std::string value(int i) const { return field_value(rec_, rec_.fields[i]); }
  void extra(Record& r, const RawField& f) const {
    std::string v = value(f);
    if (!v.empty()) r.add_extra(tag_name(f.tag), std::move(v));
  }
  // A PMID or PMCID a field names fills the record's when it has none; the
  // same again is nothing more; another, or a value that is no such ID,
  // stays in extra (keep: the field is kept already) and is said.
  void take_pubmed_id(Record& r, const RawField& f, std::string_view id, bool pmcid, bool keep = true) const {
    std::string& field = pmcid ? r.pmcid : r.pmid;
    const std::string what = pmcid ? "PMCID" : "PMID";
    const bool valid = pmcid ? is_pmcid(id) : !id.empty() && id.size() <= 9 && all_digits(id);
    if (valid && field.empty()) {
      field = std::string(id);
      return;
    }
    if (valid && field == id) return;
    std::string v = value(f);
    const std::string tag = f.tag == kPmidTag ? "PMID" : f.tag == kPmcidTag ? "PMCID" : tag_name(f.tag);
    diags_.warning(f.offset, tag + " " + v +
                                 (valid ? " names another " + what + " than the record's " + field
                                        : " is not a " + what) +
                                 ": kept in extra");
    if (keep) r.add_extra(tag, std::move(v));
  }
  // A name field add_names could not read as names: kept, and said.
  void not_names(Record& r, const RawField& f) const { keep_unread_names(r, tag_name(f.tag), value(f), diags_, f.offset); }
  // False when the field is no name and no list of names (Ovid's list of the
  // cited works' authors): nothing added, the caller keeps it.
  bool add_names(std::vector<Creator>& to, const RawField& f) const;
  // Warns about a date whose year is not four digits ("19893"), and about a
  // month or day of a slashed date that the date cannot hold ("2008//04/11":
  // a day without its month; "2011/13/02"), which parse_ris_date leaves out.
  void check_year(const RawField& f, std::string_view v, const Date& d) const;
  // A slashed date's day 01 beside a fourth part naming its month and year
  // but no day ("1988/03/01/MAR 1988"): the exporter's first day of the
  // issue's month (issue_first_day.hpp), left out and said once a file.
  void issue_first_day(const RawField& f, std::string_view v, Date& d) const {
    if (d.text.empty() || d.is_range() || !drop_issue_first_day(d, d.text)) return;
    if (issue_first_day_said_ && *issue_first_day_said_) return;
    if (issue_first_day_said_) *issue_first_day_said_ = true;
    diags_.warning(f.offset, std::string(tag_name(f.tag)) + " " + std::string(v) + ": its day 01 beside the words '" +
                                 d.text + "', which name no day, is the first day of the issue's month, no day: read as " +
                                 format_date(d) + " (said once a file)");
  }
  // Zotero's "undefined" beside the words of a DA's fourth part, which
  // parse_ris_date leaves out ("2021/06//Apr undefined"): said.  Alone it
  // says only that nothing was left, on most of Zotero's records.
  void zotero_undefined(const RawField& f, std::string_view v, const Date& d) const;
  // "PY  - 0000" (Scopus's year of a reference it could not date): said.
  bool zero_year(const RawField& f, std::string_view v) const {
    if (!is_zero_year(v)) return false;
    diags_.warning(f.offset, zero_year_message(tag_name(f.tag), v));
    return true;
  }
};

void Builder::check_year(const RawField& f, std::string_view v, const Date& d) const {
  if (d.year) {
    say_date_parts_left_out(tag_name(f.tag), v, d, diags_, f.offset);
    // The fourth part naming another year ("2007/08//2014 Sep", CiteSource's
    // Criminal Justice Abstracts: an article of September 2014): the first
    // part is the date, the conflict said.  An e-publication's or another
    // event's date there ("Epub 2013 Dec 2") is none.
    if (!d.text.empty() && !d.is_range()) {
      const std::string folded = ascii_lower(d.text);
      bool event = false;
      for (const char* word : {"epub", "online", "print", "publish", "accessed", "cited", "received", "accepted"})
        event = event || folded.find(word) != std::string::npos;
      const std::vector<std::string_view> words = split_words(d.text);
      auto year = std::find_if(words.begin(), words.end(), [](std::string_view w) { return w.size() == 4 && all_digits(w); });
      if (!event && year != words.end() && to_int(*year) >= 1000 && to_int(*year) != d.year)
        diags_.warning(f.offset, std::string(tag_name(f.tag)) + " " + std::string(v) + ": its fourth part names the year " +
                                     std::string(*year) + ", its first " + std::to_string(d.year) + ": read as " +
                                     format_date(d) + " (the fourth part kept as the date's words)");
    }
    return;
  }
  std::size_t i = 0;
  while (i < v.size() && !is_digit(v[i])) ++i;
  std::size_t j = i;
  while (j < v.size() && is_digit(v[j])) ++j;
  if (j - i > 4)
    diags_.warning(f.offset, "date " + std::string(v) + ": " + std::string(v.substr(i, j - i)) +
                                 " is not a year; kept as text");
}

void Builder::zotero_undefined(const RawField& f, std::string_view v, const Date& d) const {
  std::string_view part = v;
  for (int slashes = 0; slashes < 3; ++slashes) {
    std::size_t at = part.find('/');
    if (at == std::string_view::npos) return;
    part.remove_prefix(at + 1);
  }
  std::vector<std::string_view> words = split_words(part);
  if (words.size() < 2 || std::find(words.begin(), words.end(), "undefined") == words.end()) return;
  diags_.warning(f.offset, "DA " + std::string(v) +
                               ": 'undefined' is Zotero's JavaScript writing of no value, not the date's: left out; read as " +
                               format_date(d));
}

namespace {

// EconLit's editor mark after the last editor's given names: "Padmaja eds",
// "Gordon C. ed" (lower case, after a name: "Witkowski, Ed" is Ed).  Taken
// off the given name; true when there was one.
bool strip_editor_mark(Creator& c) {
  for (std::string_view mark : {" eds.", " eds", " ed.", " ed"})
    if (c.given.size() > mark.size() && ends_with(c.given, mark)) {
      c.given.resize(c.given.size() - mark.size());
      while (!c.given.empty() && c.given.back() == ',') c.given.pop_back();
      return true;
    }
  return false;
}

}  // namespace

bool Builder::add_names(std::vector<Creator>& to, const RawField& f) const {
  const std::string v = value(f), label = tag_name(f.tag);
  // EPPI-Reviewer cuts a name it imported as "Family, Initials" at the
  // comma into two ("A1  - Dos Santos", "A1  - H B": Embase's "Dos Santos,
  // H.B."): initials alone after a name without any are its given name.
  if (family_first_certain_ && !to.empty()) {
    const RawField* prev = nullptr;
    for (const RawField& g : rec_.fields) {
      if (g.offset >= f.offset) break;
      if (g.tag == f.tag) prev = &g;
    }
    auto initials = [](std::string_view x) { return is_initials(x); };
    const std::vector<std::string_view> w = split_words(v);
    if (prev != nullptr && !w.empty() && std::all_of(w.begin(), w.end(), initials)) {
      const std::string family = value(*prev);
      const std::vector<std::string_view> fw = split_words(family);
      if (!fw.empty() && std::none_of(fw.begin(), fw.end(), initials) && family.find(',') == std::string::npos) {
        diags_.warning(f.offset, label + " '" + v + "' after '" + family +
                                     "': initials alone are the given name of the name before them, which "
                                     "EPPI-Reviewer cut at its comma: read as one person, '" + family + ", " + v + "'");
        to.back() = parse_ris_name(family + ", " + v);
        return true;
      }
    }
  }
  NameField field{v, label, f.offset, [&] {
                    std::vector<std::string_view> other;
                    for (const RawField& g : rec_.fields)
                      if (g.tag == f.tag && g.offset != f.offset) other.push_back(g.value);
                    return other;
                  },
                  family_first_said_,  family_first_source_, family_first_certain_, given_first_guess_said_,
                  file_given_first_,   shown_family_first_,      file_given_words_};
  return read_name_field(field, to, diags_);
}

bool Builder::build(Record& r) {
  const auto& fs = rec_.fields;
  const int n = static_cast<int>(fs.size());
  // First occurrence of the tags whose meaning depends on others.
  int iTY = -1, iTI = -1, iCT = -1, iT2 = -1, iJO = -1, iJF = -1, iJA = -1, iJ2 = -1, iBT = -1;
  int iPB = -1, iCY = -1, iM3 = -1, iDB = -1, iDP = -1, iT3 = -1;
  for (int i = 0; i < n; ++i) {
    if (fs[i].value.empty() && fs[i].cont_begin == fs[i].cont_end) continue;
    int* slot = nullptr;
    switch (fs[i].tag) {
      case T("TY"): slot = &iTY; break;
      case T("TI"): case T("T1"): slot = &iTI; break;
      case T("CT"): slot = &iCT; break;
      case T("T2"): slot = &iT2; break;
      case T("T3"): slot = &iT3; break;
      case T("JO"): slot = &iJO; break;
      case T("JF"): slot = &iJF; break;
      case T("JA"): slot = &iJA; break;
      case T("J2"): slot = &iJ2; break;
      case T("BT"): slot = &iBT; break;
      case T("PB"): slot = &iPB; break;
      case T("M3"): slot = &iM3; break;
      case T("CY"): case T("PP"): slot = &iCY; break;
      case T("DB"): slot = &iDB; break;
      case T("DP"): slot = &iDP; break;
      default: break;
    }
    if (slot && *slot < 0) *slot = i;
  }

  // A record of PubMed or MEDLINE (DB or DP says so: Ovid, EBSCOhost, a
  // reference manager's copy) or of Ovid (its RIS names no database, its
  // link does: "...ovidweb.cgi?...&D=med1&..."; PsycINFO's titles there
  // end as MEDLINE's): NLM ends every title with a period ("Effects of X
  // on Y.", "[Translated title]."), dropped as the MEDLINE and Ovid readers
  // do, unless it ends an abbreviation ("U.S.").
  bool pubmed_database = false;
  OvidLink ovid_record;  // the first Ovid link: the record's database (D=) and accession number
  for (int i = 0; i < n; ++i)
    if (fs[i].tag == T("DB") || fs[i].tag == T("DP")) {
      std::string v = ascii_lower(value(fs[i]));
      // EndNote names PubMed's provider "NLM" ("DP  - NLM" beside the PMID
      // in AN) in a library PubMed filled.
      pubmed_database |= v.find("pubmed") != std::string::npos || v.find("medline") != std::string::npos || v == "nlm";
    } else if ((fs[i].tag == T("L2") || fs[i].tag == T("UR")) && ovid_record.db.empty()) {
      ovid_record = ovid_link(fs[i].value);
    }
  const std::string ovid_db = ovid_database(ovid_record.db);
  // Ovid's full-text journals (APA PsycArticles, Journals@Ovid: D=paovft...,
  // ovft...) write the authors' institutions in PB, one a line.
  const bool ovid_fulltext =
      istarts_with(ovid_record.db, "paovft") || istarts_with(ovid_record.db, "ovft");
  bool institutions_said = false;
  // Ovid writes the journal's code and NLM ID in IS when it has no issue.
  auto names_ovid = [&](int i) { return i >= 0 && istarts_with(trim(fs[i].value), "Ovid"); };
  const bool ovid = names_ovid(iDB) || names_ovid(iDP) || !ovid_record.db.empty();
  // Ovid MEDLINE (DB says so, or the link's D=): a journal article there has
  // no editors; its A2 holds the investigators (MEDLINE's IR) and the
  // collective author (CN).
  const bool ovid_medline =
      ovid_db == "MEDLINE (Ovid)" ||
      (ovid && iDB >= 0 && ascii_lower(fs[iDB].value).find("medline") != std::string::npos);
  const bool nlm_title_period = pubmed_database || ovid;
  // Web of Science (AN "WOS:..."): AU are the item's authors and A1 the
  // book's or proceedings' authors, WoS's BA and GP ("A1 - IEEE" on a
  // conference paper, the chapter's own author again on a book chapter).
  bool wos_au = false, wos_an = false;
  // A Derwent Innovations Index patent of a WoS "all databases" export (AN
  // "DIIDW:..."): its SN are the patent's numbers, as PN in WoS's tagged file.
  bool derwent = false;
  int kw_lines = 0;  // the record's KW fields: see KW
  for (const RawField& f : fs) {
    wos_au = wos_au || (f.tag == T("AU") && !trim(f.value).empty());
    wos_an = wos_an || (f.tag == T("AN") && istarts_with(trim(f.value), "WOS:"));
    derwent = derwent || (f.tag == T("AN") && istarts_with(trim(f.value), "DIIDW:"));
    kw_lines += f.tag == T("KW");
  }
  const bool wos_book_authors = wos_au && wos_an;

  // Type.
  bool keep_ty = false;
  if (iTY >= 0) {
    std::string_view ty = trim(fs[iTY].value);
    const TypeMap* m = find_type(ty);
    // EndNote's name of the type ("Journal Article"): its tagged format's %0.
    std::string_view endnote = m ? std::string_view() : endnote_type_csl(ty);
    if (!m && endnote.empty()) endnote = refworks_type_csl(ty);  // "Book, Section"
    r.type = m ? std::string(m->csl) : !endnote.empty() ? std::string(endnote) : "document";
    keep_ty = m ? !m->canonical || ty != m->ris : endnote.empty();
    // Scopus's SER is a paper or chapter in a book series (LNCS); M3 says
    // which, and T2 is then the volume it appears in.
    if (iequals(ty, "SER") && iM3 >= 0) {
      std::string_view m3 = trim(fs[iM3].value);
      if (istarts_with(m3, "Conference")) r.type = "paper-conference";
      else if (iequals(m3, "Article") || iequals(m3, "Review") || istarts_with(m3, "Book Chapter") ||
               iequals(m3, "Chapter") || iequals(m3, "Note") || iequals(m3, "Editorial"))
        r.type = "chapter";
    }
  } else {
    r.type = (iJO >= 0 || iJF >= 0 || iT2 >= 0 || iJA >= 0 || iJ2 >= 0) ? "article-journal" : "document";
  }
  // Ovid's CENTRAL writes every record "TY - ELEC": one that names a
  // journal (JA, JF or JO, not an address) with a volume or pages is a
  // journal article.  A trial registry's record there names the registry
  // number as its author (see A1) and its official title in T2.  The
  // Cochrane Library's own RIS writes a registry's record "TY - JOUR" with
  // "M3 - Trial registry record", the registry's address as its journal and
  // its number as its author (M3 "Journal article" beside WHO's registry
  // address, at times): a document, as its plain text reads it (PT "Trial
  // registry record").
  bool numbered = false, journal = false, located = false, registry = false;
  for (const RawField& f : fs) {
    const bool journal_tag = f.tag == T("JA") || f.tag == T("JF") || f.tag == T("JO");
    numbered |= (f.tag == T("A1") || f.tag == T("AU")) && is_registry_number(f.value);
    journal |= journal_tag && !trim(f.value).empty() && !is_address(f.value);
    located |= (f.tag == T("VL") || f.tag == T("SP")) && !trim(f.value).empty();
    registry |= (f.tag == T("M3") && fold(f.value).find("trial registry") != std::string::npos) ||
                (journal_tag && is_address(f.value));
  }
  bool trial_registry = false;
  if (r.type == "webpage" && iTY >= 0 && iequals(trim(fs[iTY].value), "ELEC")) {
    trial_registry = numbered;
    if (journal && located && !trial_registry) {
      r.type = "article-journal";
      diags_.report(Severity::note, fs[iTY].offset,
                    "TY ELEC of a record that names a journal and its volume or pages (Ovid's CENTRAL): read as a "
                    "journal article");
    }
  } else {
    trial_registry = numbered && registry;
    if (trial_registry && r.type == "article-journal") {
      r.type = "document";
      diags_.report(Severity::note, iTY >= 0 ? fs[iTY].offset : 0,
                    "a trial registry's record (its number as author, M3 or the registry's address as journal): read "
                    "as a document, not a journal article");
    }
  }
  // APA PsycInfo via Ovid writes every record "TY - JOUR": a dissertation
  // names Dissertation Abstracts International (DAI) as its journal, a
  // chapter its book in T2 beside the book's ISBN and no journal.
  int dai = -1;
  if (ovid_db == "PsycINFO" && r.type == "article-journal") {
    for (int j : {iJF, iT3})
      if (j >= 0 && istarts_with(trim(fs[j].value), "Dissertation Abstracts International") && dai < 0) dai = j;
    bool isbn = false;
    for (const RawField& f : fs) isbn |= f.tag == T("SN") && sn_has_isbn(f.value);
    if (dai >= 0) {
      r.type = "thesis";
      diags_.report(Severity::note, fs[dai].offset,
                    tag_name(fs[dai].tag) + " names Dissertation Abstracts International: a dissertation, read as "
                    "a thesis (DAI, its volume and issue kept, DAI not as the container)");
    } else if (iJF < 0 && iJO < 0 && iT2 >= 0 && isbn) {
      r.type = "chapter";
      diags_.report(Severity::note, fs[iTY].offset,
                    "TY JOUR of APA PsycInfo naming a book (T2) and its ISBN, no journal: read as a chapter");
    }
  }
  const bool series_t2 = ris_t2_is_series(r.type);

  // Title: TI/T1, else CT, else (for a whole book) BT.
  int title_i = iTI >= 0 ? iTI : iCT;
  if (title_i < 0 && iBT >= 0 && series_t2) title_i = iBT;
  std::string jo = iJO >= 0 ? value(iJO) : std::string(), jf = iJF >= 0 ? value(iJF) : std::string();
  std::string t2 = iT2 >= 0 ? value(iT2) : std::string();
  // Pure and some Scopus pages put the subtitle in T2 and the journal in
  // JO/JF: `T1 - Promoting public cooperation`, `T2 - key drivers, ...`.
  // T2 is the container everywhere else (Zotero, EndNote, a GEN record),
  // so the rule is narrow: a journal article whose T2 comes right after its
  // title, while JO/JF name the journal and T2 is neither that journal nor
  // an abbreviation of it, and neither is a translation: Ovid writes the
  // English title in T1, bracketed or ending with a full stop ("[Trends in
  // Abuse of Biogenic Drugs].", "Psychedelic drugs in the treatment of
  // anxiety."), and the original title in T2.  When it fires, a note says so.
  bool t2_subtitle = false;
  // Embase.com writes the English title in T1 and the original-language
  // title in T2 (its own records: DB Embase, UR at embase.com).
  bool embase_com = false;
  for (int i = 0; i < n && !embase_com; ++i)
    embase_com = ((fs[i].tag == T("DB") || fs[i].tag == T("DP")) && iequals(trim(fs[i].value), "Embase")) ||
                 ((fs[i].tag == T("UR") || fs[i].tag == T("L2")) && fs[i].value.find("embase.com/") != std::string::npos);
  // Ovid MEDLINE writes NLM's English translation in T1, bracketed, and the
  // original title in T2; the title is read without the brackets
  // (drop_nlm_period), so T2 is kept as what it is, the original title.
  const bool nlm_translation = nlm_title_period && title_i >= 0 && nlm_translated_title(fs[title_i].value);
  const bool t2_original =
      (embase_com || nlm_translation) && r.type == "article-journal" && iT2 >= 0 && (iJF >= 0 || iJO >= 0);
  auto translation = [](std::string_view v) {
    v = trim(v);
    return !v.empty() && (v.front() == '[' || v.back() == '.');
  };
  if (!t2_original && title_i >= 0 && (fs[title_i].tag == T("TI") || fs[title_i].tag == T("T1")) && iT2 == title_i + 1 &&
      (iJO >= 0 || iJF >= 0) && r.type == "article-journal" && !translation(t2) &&
      !translation(fs[title_i].value)) {
    t2_subtitle = true;
    for (int j : {iJO, iJF, iJA, iJ2, iBT})
      if (j >= 0) {
        std::string v = value(j);
        if (abbreviates(t2, v) || abbreviates(v, t2)) t2_subtitle = false;
      }
  }
  // Container: the full journal name first, abbreviations last.
  int container_i = -1;
  for (int j : {iJF, iJO, (!series_t2 && !t2_subtitle && !t2_original && !trial_registry) ? iT2 : -1,
                title_i == iBT ? -1 : iBT, iJA, iJ2})
    if (j >= 0 && j != dai && !is_address(fs[j].value)) {
      container_i = j;
      break;
    }
  // JO is the abbreviation in the RIS specification and in Zotero's export
  // ("T2 - Government Information Quarterly", "JO - Gov Inf Q"), and some
  // exporters put one in JF: the full name in T2 wins then.
  if (container_i >= 0 && (container_i == iJO || container_i == iJF) && iT2 >= 0 && !series_t2 && !t2_subtitle &&
      !t2_original) {
    std::string v = value(container_i);
    if (v != t2 && abbreviates(v, t2)) container_i = iT2;
  }

  bool have_py = false;
  Date py, da;
  int da_i = -1, py_i = -1;
  bool title_set = false, container_set = false, doi_set = false, url_set = false, abstract_set = false;
  std::string sp, ep;
  std::unordered_set<std::string> keyword_seen;  // ASCII-lower-cased, as iequals compares
  std::vector<int> an;
  std::vector<int> database_ids;  // C2, C3, C5: see after the loop
  std::vector<Creator> collectives;  // Ovid MEDLINE's A2, after the authors
  int editor_mark = -1;               // the AU whose name ended in EconLit's "eds": see after the loop
  std::vector<IsiLink> isi_links;  // EndNote's "<Go to ISI>://WOS:…" in UR: after AN
  std::vector<std::size_t> isi_offsets;
  for (int i = 0; i < n; ++i) {
    const RawField& f = fs[i];
    if (f.value.empty() && f.cont_begin == f.cont_end) continue;  // empty tags carry nothing
    switch (f.tag) {
      case T("TY"):
        if (i == iTY && !keep_ty) break;
        extra(r, f);
        break;
      case T("TI"): case T("T1"): case T("CT"): case T("BT"): case T("T2"): case T("JO"): case T("JF"):
      case T("JA"): case T("J2"): {
        if (i == title_i && !title_set) {
          r.title = value(f);
          if (may_have_rich_text(r.title) && has_other_markup(r.title)) {
            r.title = markup_to_rich_text(r.title);
            // Lens writes some titles bold from end to end: its display, which
            // markup_to_rich_text leaves out (jats.hpp).
            if (value(f).find("<b>") != std::string::npos && r.title.find("<b>") == std::string::npos)
              diags_.warning(f.offset, tag_name(f.tag) + " is bold from end to end (<b>...</b>): the database's " +
                                           "display, not the title's emphasis: read without it");
          }
          if (nlm_title_period) r.title = drop_nlm_period(r.title);
          if (t2_subtitle) {
            char last = r.title.empty() ? ' ' : r.title.back();
            r.title += (last == ':' || last == '?' || last == '!' || last == '.') ? " " : ": ";
            r.title += t2;
            diags_.report(Severity::note, fs[iT2].offset,
                          "T2 follows the title and JO/JF name the journal: T2 is read as the subtitle");
          }
          title_set = true;
        } else if (i == iT2 && t2_subtitle) {
          // consumed by the title
        } else if (i == iT2 && t2_original && !(container_i >= 0 && value(f) == value(container_i))) {
          diags_.report(Severity::note, f.offset,
                        embase_com ? "T2 of an Embase.com article is its original-language title: kept as original-title"
                                   : "T2 beside NLM's bracketed English title is the original-language title: kept as "
                                     "original-title");
          r.add_extra("original-title", value(f));
        } else if (i == container_i && !container_set) {
          r.container_title = value(f);
          // Ovid ends a book's title as NLM ends a title (PsycINFO's "T2 -
          // Public health yearbook, 2012.").
          if (nlm_title_period && f.tag == T("T2")) r.container_title = drop_nlm_period(r.container_title);
          container_set = true;
        } else if (f.tag != T("TI") && f.tag != T("T1") && is_address(f.value) && !url_set) {
          r.url = std::string(trim(value(f)));
          url_set = true;
          diags_.report(Severity::note, f.offset, tag_name(f.tag) + " holds an address, not a journal: read as the url");
        } else if (i == iT2 && trial_registry) {
          diags_.report(Severity::note, f.offset,
                        "T2 of a trial registry's record is its official title, not a container: kept in extra");
          extra(r, f);
        } else {
          std::string v = value(f);
          // JO, JF and JA often repeat T2 word for word: nothing to keep.
          bool repeat = f.tag != T("TI") && f.tag != T("T1") && container_i >= 0 && v == value(container_i);
          // A periodical's or proceedings' abbreviation: JA (the RIS
          // specification's; Wiley's "JA - Public Admin. Dev."), J2 (Zotero's,
          // Scopus's, EndNote's alternate journal), or JO when it abbreviates
          // the container (the specification's and Zotero's reading).  In
          // other types J2 is any alternate title: kept as it is.
          bool periodical = starts_with(r.type, "article") || r.type == "paper-conference" || r.type == "review";
          bool abbreviation = !repeat && periodical && container_i >= 0 && r.container_title_short.empty() &&
                              (f.tag == T("JA") || f.tag == T("J2") ||
                               (f.tag == T("JO") && abbreviates(v, value(container_i))));
          if (abbreviation) r.container_title_short = std::move(v);
          else if (!repeat) r.add_extra(tag_name(f.tag), std::move(v));
        }
        break;
      }
      case T("AU"): case T("A1"):
        if (f.tag == T("A1") && wos_book_authors) {
          extra(r, f);  // as the WoS tagged reader keeps GP
          break;
        }
        if (trial_registry && is_registry_number(f.value)) {
          std::string v = registry_number_of(value(f));
          diags_.report(Severity::note, f.offset,
                        tag_name(f.tag) + " " + v + " is the trial's registry number, not an author: read as its number");
          if (r.number.empty()) r.number = std::move(v);
          else if (r.number != v) extra(r, f);
          break;
        }
        {
          const std::size_t before = r.authors.size();
          if (!add_names(r.authors, f)) not_names(r, f);
          if (r.authors.size() > before && strip_editor_mark(r.authors.back())) editor_mark = static_cast<int>(i);
        }
        drop_anonymous_authors(r, "AU", diags_, f.offset);
        break;
      // A2 is the secondary author: the editor of a book or proceedings in
      // every dialect we read (Zotero, EndNote, Scopus).  A3 (series editor)
      // and A4 (translator, subsidiary author) have no slot and go to extra
      // verbatim, so an exporter can write them back.
      case T("A3"): {
        // APA PsycInfo names the editors of a chapter's book in A3, each
        // marked: "Merrick, Joav [Ed]", "Klein, Hugh [Ed], Merrick, Joav [Ed]".
        std::vector<std::string_view> names = marked_editors(f.value);
        if (names.empty() || f.cont_begin != f.cont_end) {
          extra(r, f);
          break;
        }
        for (std::string_view name : names) r.editors.push_back(parse_ris_name(name));
        diags_.report(Severity::note, f.offset,
                      "A3 names " + std::to_string(names.size()) + (names.size() == 1 ? " editor" : " editors") +
                          " marked [Ed] (APA PsycInfo): read as the editors");
        break;
      }
      case T("A2"): case T("ED"):
        if (f.tag == T("A2") && ovid_medline && r.type == "article-journal") {
          std::string v = value(f);
          Creator c = parse_ris_name(v);
          if (!c.literal.empty() && v.find(',') == std::string::npos) {
            diags_.report(Severity::note, f.offset,
                          "A2 of an Ovid MEDLINE article is its collective author (MEDLINE's CN): '" + v +
                              "' read as an author");
            collectives.push_back(std::move(c));
          } else {
            diags_.warning(f.offset, "A2 of an Ovid MEDLINE article lists its investigators (MEDLINE's IR), not "
                                     "editors: kept in extra ('" +
                                         std::string(utf8_prefix(v, 40)) + "...')");
            extra(r, f);
          }
          break;
        }
        if (!add_names(r.editors, f)) not_names(r, f);
        drop_anonymous_creators(r.editors, "A2", diags_, f.offset, false);
        break;
      case T("PY"): case T("Y1"): {
        std::string v = value(f);
        if (zero_year(f, v)) {
          r.add_extra(tag_name(f.tag), std::move(v));
        } else if (!have_py) {
          py = parse_ris_date(v);
          have_py = true;
          py_i = i;
          check_year(f, v, py);
          issue_first_day(f, v, py);
        } else if (Date d = parse_ris_date(v); !(d == py)) {
          // IEEE Xplore's journal articles: "PY - 2022", then "Y1 - Nov. 2022"
          // or "Mar.-Apr. 2015", the issue's month(s) of PY's year, read into
          // the date (before, kept in extra unread).  A conference paper's Y1
          // is the meeting's days ("24-27 July 2023", a number first): not the
          // paper's date, kept; so is a Y1 of another year.
          if (f.tag == T("Y1") && py.year && d.year == py.year && !py.month && d.month && !d.day &&
              !is_digit(trim(v).front()) && !d.end_day) {
            py = d;
          } else {
            r.add_extra(f.tag == T("PY") ? "PY" : "Y1", std::move(v));
          }
        }
        break;
      }
      case T("DA"):
        if (zero_year(f, value(f))) {
          extra(r, f);
        } else if (da_i < 0) {
          da_i = i;
          std::string v = value(f);
          da = parse_ris_date(v);
          check_year(f, v, da);
          issue_first_day(f, v, da);
          zotero_undefined(f, v, da);
        } else {
          extra(r, f);
        }
        break;
      case T("VL"): case T("VO"):  // IEEE repeats VL as VO
        if (r.volume.empty()) r.volume = value(f);
        else if (value(f) != r.volume) extra(r, f);
        break;
      case T("IS"): {
        std::string v = value(f);
        if (ovid && is_nlm_journal_id(v)) {
          diags_.report(Severity::note, f.offset,
                        "IS " + v + " is Ovid's NLM journal code and ID, not an issue: kept in extra");
          r.add_extra("IS", std::move(v));
        } else if (iequals(v, "prepublish")) {
          diags_.warning(f.offset, "IS prepublish is CNKI's mark of an online-first article, not an issue: kept in extra");
          r.add_extra("IS", std::move(v));
        } else if (MisplacedIssue m = misplaced_issue(v); !m.what.empty()) {
          diags_.warning(f.offset, misplaced_issue_said("IS", v, m, m.ris_tag));
          r.add_extra(std::string(m.ris_tag), std::move(v));
        } else if (r.issue.empty()) {
          r.issue = std::move(v);
        } else {
          extra(r, f);
        }
        break;
      }
      // C7 is a work's number: a journal article's or conference paper's
      // article number (Scopus, WoS, EndNote), a report's, patent's, case's
      // or law's number (refnet's export writes it there); of PubMed's
      // e-books and e-chapters it is a PMCID, of a generic work anything.
      case T("C7"):
        if (r.number.empty() && c7_is_number(r.type)) r.number = value(f);
        else extra(r, f);
        break;
      case T("SP"): case T("EP"): {
        // EBSCO writes "N.PAG" ("no pagination") where an article has no
        // page numbers: no page.
        std::string v = value(f);
        if (iequals(v, "N.PAG")) {
          diags_.warning(f.offset, std::string(f.tag == T("SP") ? "SP" : "EP") + " " + v +
                                       " is EBSCO's 'no pagination', no page: dropped");
          break;
        }
        std::string& slot = f.tag == T("SP") ? sp : ep;
        if (slot.empty()) slot = std::move(v);
        else extra(r, f);
        break;
      }
      case T("PB"):
        if (ovid_fulltext) {
          if (!institutions_said)
            diags_.report(Severity::note, f.offset,
                          "PB '" + value(f) + "' is an author's institution (Ovid's full-text journals, D=" +
                              std::string(ovid_record.db) + "): kept in extra, not read as the publisher");
          institutions_said = true;
          extra(r, f);
        } else if (r.publisher.empty()) {
          r.publisher = value(f);
        } else {
          extra(r, f);
        }
        break;
      case T("CY"): case T("PP"):
        if (is_copyright_line(f.value)) {
          diags_.report(Severity::note, f.offset,
                        tag_name(f.tag) + " '" + value(f) + "' is a copyright line, not a place: kept in extra");
          extra(r, f);
        } else if (r.publisher_place.empty()) {
          r.publisher_place = value(f);
        } else {
          extra(r, f);
        }
        break;
      // Web of Science's publisher (PU) and its city (PI), when the record
      // has no PB/CY; the street address (PA) stays in extra.
      case T("PU"):
        if (iPB < 0 && r.publisher.empty()) r.publisher = value(f);
        else extra(r, f);
        break;
      case T("PI"):
        if (iCY < 0 && r.publisher_place.empty()) r.publisher_place = value(f);
        else extra(r, f);
        break;
      case T("SN"):
        if (derwent) {
          if (r.number.empty()) r.number = value(f);
          extra(r, f);
        } else if (!classify_sn(value(f), r)) {
          extra(r, f);
        }
        break;
      case T("DO"): {
        std::string v = value(f);
        if (!doi_set) {
          bool listed = false;
          if (auto d = doi_of_field(v, "DO", diags_, f.offset, &listed)) {
            r.doi = std::move(*d);
            doi_set = true;
            if (!listed) break;  // a list of identifiers stays in extra as written
          } else if (auto sd = normalize_short_doi(v)) {  // "10/fhcmr3": the source's DOI (doi.hpp)
            r.doi = std::move(*sd);
            doi_set = true;
            break;
          } else if (take_info_pmid(r, v, "DO", diags_, f.offset)) {
            break;
          } else {
            diags_.warning(f.offset, "DO is not a DOI, kept in extra: " + v + placeholder_doi_note(v));
          }
        }
        r.add_extra("DO", std::move(v));
        break;
      }
      case T("UR"): {
        std::string v = value(f);
        if (v.find("<Go to ISI>://") != std::string::npos) {
          std::size_t before = isi_links.size();
          v = cut_isi_links(v, isi_links);
          for (std::size_t k = before; k < isi_links.size(); ++k) isi_offsets.push_back(f.offset);
          if (v.empty()) break;
        }
        std::string_view first = trim(v);
        std::size_t cut = end_of_first_url(first);
        if (!url_set && cut == std::string_view::npos) {
          r.url = std::move(v);
          url_set = true;
        } else if (!url_set) {
          // Several URLs in one UR: the first is the url, the rest stay.
          r.url = std::string(first.substr(0, cut));
          url_set = true;
          std::string_view rest = trim(first.substr(cut + 1));
          while (!rest.empty() && rest.front() == ';') rest = trim(rest.substr(1));
          if (!rest.empty()) r.add_extra("UR", std::string(rest));
        } else {
          r.add_extra("UR", std::move(v));
        }
        break;
      }
      case T("AB"): case T("N2"): {
        std::string v = value(f);
        // APA PsycArticles via Ovid: "N2 - (C) 2019 by the American
        // Psychological Association", no abstract.
        if (is_copyright_line(v)) {
          diags_.report(Severity::note, f.offset,
                        tag_name(f.tag) + " '" + v + "' is a copyright line, not an abstract: kept in extra");
          r.add_extra(tag_name(f.tag), std::move(v));
          break;
        }
        if (!abstract_set) {
          r.abstract = std::move(v);
          abstract_set = true;
        } else if (v != r.abstract) {
          r.add_extra(f.tag == T("AB") ? "AB" : "N2", std::move(v));
        }
        break;
      }
      case T("LA"): {
        // CNKI ends the value with its list separator: "中文;".
        std::string v = value(f);
        while (!v.empty() && (v.back() == ';' || v.back() == ' ')) v.pop_back();
        if (r.language.empty()) r.language = std::move(v);
        else if (!v.empty()) r.add_extra("LA", std::move(v));
        break;
      }
        break;
      case T("KW"): {
        // One keyword per line, or (Ovid, one KW line in all) a ';'-list on
        // one line.  A record with several KW lines wrote one keyword a line,
        // so a ';' there is the keyword's own: EconLit's JEL descriptors
        // ("Climate; Natural Disasters and Their Management; Global Warming
        // Q54"), APA PsycInfo's classifications.
        const std::string_view sep = kw_lines > 1 ? std::string_view() : std::string_view(";");
        // PubMed marks major MeSH headings and subheadings with '*'
        // ("*Gambling", "Gambling/epidemiology/*psychology"): the mark is not
        // part of the term, so "*Gambling" and "Gambling" are one keyword.
        for_each_line(rec_, f, [&](std::string_view line) {
          for_each_list_item(line, sep, [&](std::string_view k) {
            std::string kw;
            if (k.find('*') != std::string_view::npos) {
              kw = without_major_topic_marks(k);
              k = kw;
              if (k.empty()) return;
            }
            // One set lookup per keyword: a record with 200,000 KW lines
            // is read in linear time.
            if (keyword_seen.insert(ascii_lower(k)).second) r.keywords.emplace_back(k);
          });
        });
        break;
      }
      case T("N1"): {
        std::string v = value(f);
        if (is_references_note(v)) {
          auto at = [&](const std::string& w) { return offset_in_cell(text_, f.offset, w, rec_.end); };
          // Past the label.
          read_scopus_reference_list(std::string_view(v).substr(v.find(':') + 1), r.references, diags_, f.offset, at,
                                     cited_drops);
        } else if (std::string_view tag, kept; read_ris_kept_apart_note(v, tag, kept)) {
          // refnet's RIS export of a value kept in extra under a field's tag.
          r.add_extra(std::string(tag), std::string(kept));
        } else {
          r.add_extra("N1", std::move(v));
        }
        break;
      }
      case T("AN"): {
        // An accession number that is no identifier under any DB (EBSCO's,
        // Dimensions' "pub.1138209644") stays in extra where it stands;
        // the others once DB and DP are known.
        Record scratch;
        if (take_accession(scratch, value(f), true) == Accession::not_identifier) extra(r, f);
        else an.push_back(i);
        break;
      }
      case T("C2"): {
        // The PMCID, as Zotero and EndNote write it; C2 is other things too.
        std::string v = value(f);
        if (r.pmcid.empty() && is_pmcid(v))
          r.pmcid = std::move(v);
        else
          database_ids.push_back(i);  // once DB is known
        break;
      }
      case T("C3"): case T("C5"):
        database_ids.push_back(i);
        break;
      case T("ID"):
        if (r.citekey.empty()) r.citekey = value(f);
        else extra(r, f);
        break;
      case kPmidTag: case kPmcidTag:
        take_pubmed_id(r, f, trim(value(f)), f.tag == kPmcidTag);
        break;
      default:
        // APA PsycInfo via Ovid writes each cited reference on an M1 line
        // ("Meyer, I. H. (2003). Prejudice as stress ..."), beside the
        // record's classification ("Social Psychology [3000]").
        if (f.tag == T("M1") && ovid_db == "PsycINFO" && !is_psycinfo_classification(f.value)) {
          std::string v = value(f);
          std::vector<DoiRepair> repairs;
          r.references.push_back(parse_apa_reference(v, &repairs));
          for (const DoiRepair& d : repairs)
            say_doi_repair(d, "cited reference DOI", diags_, offset_in_cell(text_, f.offset, d.written, rec_.end));
          break;
        }
        // Dimensions labels the IDs it writes in U1: "35957633 [PMID]",
        // "PMC9359172 [PMCID]"; any user or misc field may.
        if (is_user_or_misc(f.tag)) {
          std::string v = value(f);
          if (auto [id, label] = labelled_id(v); iequals(label, "PMID") || iequals(label, "PMCID")) {
            take_pubmed_id(r, f, id, iequals(label, "PMCID"));
            break;
          }
        }
        extra(r, f);
        break;
    }
  }

  // Accession numbers that are identifiers (WoS UT, Scopus EID; a PMID when
  // DB or DP says PubMed or MEDLINE: pubmed_database) fill their fields, so
  // that dedup sees them; any other stays in extra.
  for (int i : an) {
    std::string v = value(fs[i]);
    Accession a = take_accession(r, v, pubmed_database);
    if (a == Accession::conflict)
      diags_.warning(fs[i].offset, "AN " + v + " disagrees with the record's identifier: kept in extra");
    if (a != Accession::filled) extra(r, fs[i]);
  }
  // Ovid MEDLINE writes no PMID field: the PMID is the accession number in
  // its link "ovidweb.cgi?T=JS&PAGE=reference&D=med22&NEWS=N&AN=39012781"
  // (D=med..., prem..., mesx: MEDLINE; D=pmnm..., PubMed-not-MEDLINE), and
  // its ID.  Another Ovid database's AN (Embase's, PsycINFO's) is that
  // database's.
  if (ovid_medline)
    for (int i = 0; i < n; ++i) {
      if (fs[i].tag != T("L2") && fs[i].tag != T("UR")) continue;
      OvidLink link = ovid_link(fs[i].value);
      if (ovid_medline_link(link)) take_pubmed_id(r, fs[i], link.id, false, false);  // the link stays
    }
  // The link to the library's resolver Ovid writes after ER carries the
  // record's PMID when it has one, whatever the database: CENTRAL's records
  // name it nowhere else ("...?sid=OVID:cctrdb&id=pmid:28587607&id=doi:...").
  // (The link stays.)
  // A library's resolver link is also written as a UR inside the record
  // (Embase's: "...?sid=OVID:embase&id=pmid:16081194&id=doi:...").
  for (int i = 0; i < n; ++i)
    if ((fs[i].tag == T("L2") && fs[i].line == 0) || fs[i].tag == T("UR")) {
      std::string_view v = fs[i].value;
      std::size_t sid = v.find("sid=OVID:"), at = v.find("&id=pmid:");
      if (sid == std::string_view::npos || at == std::string_view::npos) continue;
      std::string_view id = v.substr(at + 9);
      id = id.substr(0, id.find('&'));
      // CENTRAL puts any identifier of the record there (an NCT number, a
      // DOI): only digits are a PMID.
      if (!id.empty() && id.size() <= 9 && all_digits(id)) take_pubmed_id(r, fs[i], id, false, false);
      // A record without DO (CENTRAL writes none, MEDLINE none for some):
      // its DOI is here, in the PMID's slot (CENTRAL's "id=pmid:10.1136%2F
      // sextrans-2019-sti.145") or its own ("&id=doi:10.1097%2FOLQ..."),
      // URL-encoded.  (The link stays.)
      if (doi_set) continue;
      std::string_view slot = id;
      if (std::size_t d = v.find("&id=doi:"); d != std::string_view::npos && d + 8 < v.size() && v[d + 8] != '&') {
        slot = v.substr(d + 8);
        slot = slot.substr(0, slot.find('&'));
      }
      if (!starts_with(slot, "10.")) continue;
      if (std::optional<std::string> d = normalize_doi(slot)) {
        diags_.report(Severity::note, fs[i].offset,
                      "the DOI in Ovid's link to the resolver after the record ('" + std::string(slot) +
                          "'), the record without DO, read as its DOI: " + *d);
        r.doi = std::move(*d);
        doi_set = true;
      }
    }
  // A link to the work's own PubMed, PMC or Europe PMC record (Lens's L2
  // lines, 89 PMIDs of 100 records named nowhere else): its PMID or PMCID.
  // (The link stays.)
  for (int i = 0; i < n; ++i)
    if (fs[i].tag == T("L2") || fs[i].tag == T("UR")) {
      bool pmc = false;
      if (std::string_view id = pubmed_link_id(fs[i].value, pmc); !id.empty()) take_pubmed_id(r, fs[i], id, pmc, false);
    }
  for (std::size_t k = 0; k < isi_links.size(); ++k) take_isi_link(r, std::move(isi_links[k]), "UR", isi_offsets[k], diags_);
  // The PubMed ID some databases write in a custom field: Scopus in C2,
  // Embase.com in C5 (its "Medline PMID"; DB is "Medline" alone for some
  // records, UR is embase.com for all), the Cochrane Library in C3 ("PUBMED
  // 21314913,EMBASE 643589775", its other databases' IDs after it: the field
  // stays in extra).  Elsewhere these fields are other things: kept.
  for (Creator& c : collectives) r.authors.push_back(std::move(c));
  // EBSCOhost lists an author once per affiliation, in the form each
  // affiliation's source gave it ("AU  - Russell, Alex" ... "AU  - Russell,
  // Alex M T"): the same family name and a given name that extends the
  // other from its whole first word ("Alex", "Alex M T") is one person, in
  // the fuller form, where the first was; the other is dropped and said.
  // ("Smith, John" and "Smith, Jane A", "Lee, J" and "Lee, John" stay two.)
  if (r.authors.size() >= 2 && std::any_of(fs.begin(), fs.end(), [](const RawField& f) {
        return f.tag == T("DP") && trim(f.value) == "EBSCOhost";
      })) {
    auto first_word = [](std::string_view g) { return g.substr(0, std::min(g.find(' '), g.size())); };
    auto extends = [&](std::string_view longer, std::string_view shorter) {
      const std::string_view w = first_word(shorter);
      return longer.size() > shorter.size() && starts_with(longer, shorter) && longer[shorter.size()] == ' ' &&
             w.size() >= 2 && !is_initials(w);
    };
    for (std::size_t j = 1; j < r.authors.size();) {
      Creator& later = r.authors[j];
      auto same = std::find_if(r.authors.begin(), r.authors.begin() + static_cast<std::ptrdiff_t>(j), [&](const Creator& c) {
        return c.literal.empty() && later.literal.empty() && !c.family.empty() && c.family == later.family &&
               c.particle == later.particle && (extends(c.given, later.given) || extends(later.given, c.given));
      });
      if (same == r.authors.begin() + static_cast<std::ptrdiff_t>(j)) {
        ++j;
        continue;
      }
      const std::string kept = (later.given.size() > same->given.size() ? later : *same).full_family() + ", " +
                               (later.given.size() > same->given.size() ? later.given : same->given);
      const std::string dropped = (later.given.size() > same->given.size() ? *same : later).full_family() + ", " +
                                  (later.given.size() > same->given.size() ? same->given : later.given);
      diags_.warning(rec_.begin, "AU '" + dropped + "' and '" + kept +
                                     "': one person listed again (EBSCOhost lists an author once per affiliation): "
                                     "read once, as '" + kept + "'");
      if (later.given.size() > same->given.size()) *same = std::move(later);
      r.authors.erase(r.authors.begin() + static_cast<std::ptrdiff_t>(j));
    }
  }
  // EconLit (through ProQuest) ends the list of an edited book's editors with
  // "eds" ("AU  - Mishra, Padmaja eds"; one editor "ed"): the mark is no part
  // of the name, and the names are the editors where no A2 names any.
  if (editor_mark >= 0) {
    const std::string v = value(fs[editor_mark]);
    if (r.editors.empty()) {
      r.editors = std::move(r.authors);
      r.authors.clear();
      diags_.report(Severity::note, fs[editor_mark].offset,
                    "AU '" + v + "' ends the list with EconLit's editor mark: the " +
                        std::to_string(r.editors.size()) + " names are the editors, the mark dropped");
    } else {
      diags_.report(Severity::note, fs[editor_mark].offset,
                    "AU '" + v + "' ends with EconLit's editor mark; the record names its editors in A2: the mark dropped");
    }
  }
  bool scopus = !r.scopus_eid.empty(), embase = r.url.find("embase.com/") != std::string::npos;
  for (int i = 0; i < n; ++i)
    if (fs[i].tag == T("DB") || fs[i].tag == T("DP")) {
      std::string v = ascii_lower(value(fs[i]));
      scopus |= v.find("scopus") != std::string::npos;
      embase |= v.find("embase") != std::string::npos;
    }
  auto is_pmid = [](std::string_view v) { return !v.empty() && v.size() <= 9 && all_digits(v); };
  for (int i : database_ids) {
    const RawField& f = fs[i];
    std::string v = value(f);
    std::vector<std::string_view> ids;
    bool whole = false;  // the field is the PMID and nothing else
    if ((f.tag == T("C2") && scopus) || (f.tag == T("C5") && embase)) {
      whole = is_pmid(trim(v));
      if (whole) ids.push_back(trim(v));
    } else if (f.tag == T("C3")) {
      for_each_list_item(v, ",", [&](std::string_view item) {
        if (std::string_view id = trim(item.substr(std::min<std::size_t>(7, item.size())));
            istarts_with(item, "PUBMED ") && is_pmid(id))
          ids.push_back(id);
      });
    }
    for (std::string_view id : ids) {
      if (r.pmid.empty()) {
        r.pmid = std::string(id);
      } else if (r.pmid != id) {
        diags_.warning(f.offset, tag_name(f.tag) + " " + v + " names another PubMed ID than the record's " + r.pmid +
                                     ": kept in extra");
        whole = false;
        break;
      }
    }
    if (!whole) extra(r, f);
  }

  // Scopus's "Conference Review" (M3): a volume of proceedings, not a paper.
  // Its T2 names the conference, an event, not a container (kept as the
  // "Conference name" Scopus's CSV calls it: a book's T2 would be read as
  // its series); C3, when it is not the volume's own title, is the series
  // the volume is in.
  if (scopus && is_scopus_conference_review(r.get_extra("M3"))) {
    for (int i = 0; i < n; ++i)
      if (fs[i].tag == T("T2") && !r.container_title.empty() && value(fs[i]) == r.container_title) {
        if (r.container_title != r.title) r.add_extra("Conference name", std::move(r.container_title));
        r.container_title.clear();
      }
    auto c3 = std::find_if(r.extra.begin(), r.extra.end(), [](const ExtraField& f) { return f.name == "C3"; });
    if (r.container_title.empty() && c3 != r.extra.end() && c3->value != r.title) {
      r.container_title = std::move(c3->value);
      r.extra.erase(c3);
    }
    read_as_proceedings_volume(r, false, "T2");
  }

  // Scopus writes the EID only inside UR: ".../record.uri?eid=2-s2.0-...&doi=...".
  if (std::string_view eid = scopus_eid_in_url(r.url); !eid.empty())
    if (take_accession(r, eid, false) == Accession::conflict)
      for (int i = 0; i < n; ++i)
        if (fs[i].tag == T("UR")) {
          diags_.warning(fs[i].offset, "the EID " + std::string(eid) + " of UR disagrees with the record's " +
                                           r.scopus_eid + ": kept in the URL only");
          break;
        }

  // Citavi writes the work's date in Y2 and no DA ("PY  - 2021", "Y2  -
  // 2021/03/30"; M4 Citavi): 93 of 93 Y2 of a Citavi RIS of Lens records
  // are Lens's DA of the same works.  Read as DA where its year is PY's;
  // another tool's Y2 (RIS's access date) stays in extra.
  if (da_i < 0 && have_py && iequals(trim(r.get_extra("M4")), "Citavi"))
    for (int i = 0; i < n; ++i)
      if (fs[i].tag == T("Y2")) {
        const std::string v = value(fs[i]);
        const Date y2 = parse_ris_date(v);
        auto kept = std::find_if(r.extra.begin(), r.extra.end(),
                                 [&](const ExtraField& e) { return e.name == "Y2" && e.value == v; });
        if (y2.year == py.year && y2.month && kept != r.extra.end()) {
          r.extra.erase(kept);
          da_i = i;
          da = y2;
        }
        break;
      }

  // Ovid writes RIS's old "secondary date" in Y2, never an access date: the
  // year again (CENTRAL: "Y1 - 2017//", "Y2 - 2017//"), ERIC's date with
  // its month ("Y2 - 1983-03//"), MEDLINE's electronic publication ("Y2 -
  // 20221010//", a day of 2022 or of the year before the issue's).  Read as
  // an access date, every CENTRAL record was "accessed" in its own year.
  // The year again or its month is the date (read as DA); MEDLINE's is its
  // DEP, kept as the MEDLINE reader keeps it.  Ovid's export of ERIC names
  // neither Ovid nor a link ("DB - ERIC"): its dates show it, Y1 "1989//".
  auto ovid_y1 = [&] {
    if (py_i < 0 || fs[py_i].tag != T("Y1")) return false;
    const std::string v = value(py_i);
    return v.size() == 6 && all_digits(std::string_view(v).substr(0, 4)) && ends_with(v, "//");
  };
  if (da_i < 0 && (ovid || ovid_y1()))
    for (int i = 0; i < n; ++i)
      if (fs[i].tag == T("Y2")) {
        const std::string v = value(fs[i]);
        auto kept = std::find_if(r.extra.begin(), r.extra.end(),
                                 [&](const ExtraField& e) { return e.name == "Y2" && e.value == v; });
        if (kept == r.extra.end()) break;
        const Date y2 = ovid_date(v);
        if (y2.year == 0) break;
        if (ovid_medline && y2.month) {
          kept->name = "DEP";
          kept->format = "medline";
          kept->value = iso_date(y2, '-');
          kept->value.erase(std::remove(kept->value.begin(), kept->value.end(), '-'), kept->value.end());
        } else if (have_py && y2.year == py.year && (py.month == 0 || py.month == y2.month)) {
          r.extra.erase(kept);
          da_i = i;
          da = y2;
        }
        break;
      }

  // Date: DA wins over PY and Y1 when it has a year (Zotero's rule: PY is
  // "typically less complete", Y1 is deprecated); PY or Y1 of another year
  // is kept in extra, with a warning.  A DA without a year (WoS "DA - AUG",
  // "SEP 22") refines PY's year with month and day.
  if (have_py) r.issued = py;
  if (da_i >= 0) {
    bool used = true;
    const char* py_tag = have_py && fs[py_i].tag == T("Y1") ? "Y1" : "PY";
    if (!have_py) {
      r.issued = da;
    } else if (da.year && da.year != py.year) {
      std::string pv = value(py_i);
      diags_.warning(fs[py_i].offset, std::string(py_tag) + " " + pv + " disagrees with DA " + value(da_i) +
                                          ": DA is the date, " + py_tag + " kept in extra");
      r.add_extra(py_tag, std::move(pv));
      r.issued = da;
    } else if (da.year) {
      // The same year: DA is the more complete date; PY's free text
      // ("Spring") stays when DA has none.
      std::string text = r.issued.text;
      r.issued = da;
      if (r.issued.text.empty()) r.issued.text = std::move(text);
    } else if (MonthRange m; r.issued.year > 0 && (r.issued.month == 0 || r.issued.month == da.month) &&
                                month_range_of_year(da.text, r.issued.year, m)) {
      // EndNote's "DA - May-Jun" beside "PY - 2003": MEDLINE's double
      // issue "2003 May-Jun", read as its MEDLINE reader reads it.
      take_month_range(r.issued, m, da.text);
    } else if (da.month && (r.issued.month == 0 || r.issued.month == da.month)) {
      if (r.issued.month == 0) r.issued.day = 0;
      r.issued.month = da.month;
      if (da.day) r.issued.day = da.day;
    } else if (!da.month && std::any_of(da.text.begin(), da.text.end(), is_digit)) {
      // "DA - 10/15/online" (Nature) beside "PY - 2015": numbers that are
      // no date RIS can read; PY stays the date.
      diags_.warning(fs[da_i].offset, "DA " + value(da_i) + " has no year (RIS writes it with four digits): " +
                                          py_tag + " " + value(py_i) + " is the date, DA kept in extra");
      used = false;
    } else if (!da.month && !da.text.empty() && r.issued.text.empty()) {
      r.issued.text = da.text;  // a season or the like that PY did not say
    } else {
      used = false;
    }
    if (!used) extra(r, fs[da_i]);
  }

  // Pages: SP may already be a range; EP completes it.
  for (auto& c : sp)
    if (c == '\t') c = ' ';
  // PsycINFO (Ovid's RIS) writes its "No Pagination Specified" split over SP
  // "No" and EP "Specified", or whole in SP: no page.  Read as "No-Specified",
  // it was a range that kept an online-first record apart from the other
  // databases' records of the article (MaxenceOuafik/MSM-Syndemic-Scoping-Review).
  if ((iequals(trim(sp), "No") && iequals(trim(ep), "Specified")) || istarts_with(trim(sp), "No Pagination")) {
    for (const RawField& f : fs)
      if (f.tag == T("SP")) {
        diags_.warning(f.offset, "pages '" + std::string(trim(sp)) + (ep.empty() ? "" : " " + std::string(trim(ep))) +
                                     "' are PsycINFO's 'No Pagination Specified', no page: dropped");
        break;
      }
    sp.clear();
    ep.clear();
  }
  // IEEE Xplore's RIS of proceedings printed in volumes writes the volume
  // after the last page ("EP  - 2113 vol.3"): the volume, said; another VL
  // stays, the EP's volume kept in extra.
  for (std::string* slot : {&sp, &ep}) {
    std::size_t at = slot->find(" vol.");
    if (at == std::string::npos) at = slot->find(" Vol.");
    if (at == std::string::npos || at == 0) continue;
    std::string vol(trim(std::string_view(*slot).substr(at + 5)));
    if (vol.empty() || !std::all_of(vol.begin(), vol.end(), [](char ch) { return is_digit(ch); })) continue;
    const std::string written = *slot;
    const char* tag = slot == &sp ? "SP" : "EP";
    slot->erase(at);
    std::string said;
    if (r.volume.empty() || r.volume == vol) {
      said = r.volume.empty() ? "read as volume " + vol : "VL says it too";
      r.volume = vol;
    } else {
      said = "VL gives volume " + r.volume + ": kept in extra";
      r.add_extra(tag, written);
    }
    for (const RawField& f : fs)
      if (f.tag == tag_code(tag[0], tag[1])) {
        diags_.warning(f.offset, std::string(tag) + " '" + written +
                                     "' holds the volume after the page (IEEE Xplore): page " + *slot + ", " + said);
        break;
      }
  }
  std::string pages = sp.empty() ? sp : normalize_pages(sp);  // dashes, "pp 37-64" (TRID)
  if (std::size_t d = pages.find("--"); d != std::string::npos) pages.replace(d, 2, "-");
  if (!ep.empty()) {
    if (pages.empty()) pages = ep;
    // SP 809, EP 19; SP and EP of one page are that page (Lens's and
    // OpenAlex's article numbers: SP 636959, EP 636959).
    else if (pages.find('-') == std::string::npos && pages != trim(ep)) pages = expand_page_range(pages + "-" + ep);
    else if (!ends_with(pages, ep)) r.add_extra("EP", ep);
  }
  if (trim(pages) == "-") pages.clear();  // "<br />-<br />" once its HTML is gone: no page
  // "107936-" (CNKI's article numbers): a range without its end is its first page.
  if (pages.size() > 1 && pages.back() == '-' && pages.find('-') == pages.size() - 1) {
    for (const RawField& f : fs)
      if (f.tag == T("SP") || f.tag == T("EP")) {
        diags_.warning(f.offset, "pages " + pages + " have no last page: read as " +
                                     pages.substr(0, pages.size() - 1));
        break;
      }
    pages.pop_back();
  }
  // Zotero's RIS writes a book's, thesis's or manuscript's number of pages
  // in SP ("SP  - xvi, 414"; its RIS import reads SP of those types so),
  // as EndNote writes a book's: a count, not the pages a part of something
  // takes.  SP alone, no range: kept in extra, said.
  if (ep.empty() && pages_are_page_count(r.type, pages)) {
    for (const RawField& f : fs)
      if (f.tag == T("SP")) {
        diags_.warning(f.offset, "SP " + pages + " of a whole " + r.type +
                                     " is its number of pages (Zotero's and EndNote's RIS), not pages: kept in extra");
        break;
      }
    r.add_extra("SP", std::move(pages));
    pages.clear();
  }
  r.pages = std::move(pages);

  // DOI from elsewhere when DO gave none: Scopus's U2, a URL, M3 (EndNote's
  // DOI), or a note that starts with one.  Never a DOI further inside a
  // note: WoS and PsycINFO notes list the cited works and instruments with
  // theirs.
  if (!doi_set) {
    for (std::uint16_t want : {T("U2"), T("DI"), T("M3"), T("L3"), T("UR"), T("L1"), T("L2"), T("L4"), T("N1")}) {
      for (int i = 0; i < n && !doi_set; ++i) {
        if (fs[i].tag != want) continue;
        std::string v = value(fs[i]);
        std::optional<std::string> d;
        const std::string tag{char(want >> 8), char(want & 0xff)};
        if (want == T("UR") || want == T("L1") || want == T("L2") || want == T("L4"))
          d = doi_in_url(v, tag, diags_, fs[i].offset);
        else if (want == T("N1")) d = labelled_doi_said(v, tag, diags_, fs[i].offset);
        else d = normalize_doi_said(v, tag, diags_, fs[i].offset);
        if (d) {
          r.doi = std::move(*d);
          doi_set = true;
        }
      }
      if (doi_set) break;
    }
  }

  // Web of Science: an Early Access record has no PY until its issue; C6,
  // WoS's EA in RIS ("DEC 2020", kept), dates it, as EA does in the tagged
  // file.  (C6 is another thing in other sources' RIS.)
  if (wos_an && !r.issued.year && !r.issued.month && r.issued.text.empty())
    for (int i = 0; i < n; ++i)
      if (fs[i].tag == T("C6")) {
        Date d;
        read_pd(trim(fs[i].value), d);
        if (d.year) r.issued = d;
        break;
      }

  // A Derwent patent has no date in WoS's RIS: its accession number's year dates it.
  if (derwent && !r.issued.year && r.issued.text.empty())
    for (int i = 0; i < n; ++i)
      if (fs[i].tag == T("AN") && istarts_with(trim(fs[i].value), "DIIDW:")) {
        date_derwent_patent(fs[i].value, r, diags_, fs[i].offset);
        break;
      }

  // EBSCOhost (PsycINFO) opens N1 with the record's accession number and
  // its PMID: "Accession Number: 2022-52282-006. PMID: 35165170 ...".  Only
  // there: a PMID further inside a note may be a cited work's.
  for (int i = 0; i < n && r.pmid.empty(); ++i) {
    if (fs[i].tag != T("N1") || !istarts_with(fs[i].value, "Accession Number:")) continue;
    std::string_view v = fs[i].value;
    std::size_t dot = v.find(". ");
    if (dot == std::string_view::npos || !starts_with(v.substr(dot + 2), "PMID: ")) continue;
    std::string_view id = v.substr(dot + 8);
    id = id.substr(0, id.find_first_not_of("0123456789"));
    if (!id.empty() && id.size() <= 9) r.pmid = std::string(id);
  }

  if (!r.title.empty() || !r.authors.empty() || !r.doi.empty()) return true;
  // No TI, AU or DO.  Zotero keeps such a record by what it has: a whole
  // journal (JFULL) is named by its JF/JO/T2, and a record with only a
  // container (T2, BT, JO) is still a reference to something in it.
  if (r.container_title.empty()) {
    // Only notes, an abstract, a year...: an untitled item in Zotero, an
    // untitled work here, so that nothing the user had is lost.  A record
    // with nothing but its type is nothing.
    std::string tags;
    for (const RawField& f : rec_.fields) {
      std::string tag = tag_name(f.tag);
      if (tag == "TY" || tag == "ER" || value(f).empty() || tags.find(tag) != std::string::npos) continue;
      tags += (tags.empty() ? "" : ", ") + tag;
    }
    if (tags.empty()) return false;
    diags_.warning(rec_.begin, "RIS record has no title, no author, no DOI and no container; kept as an untitled work (" +
                                   tags + ")");
    return true;
  }
  if (iTY >= 0 && iequals(trim(fs[iTY].value), "JFULL")) {
    diags_.warning(rec_.begin, "JFULL record without a title: the journal " + r.container_title + " is its title");
    r.title = std::move(r.container_title);
    r.container_title.clear();
  } else {
    diags_.warning(rec_.begin, "RIS record has no title, no author and no DOI; kept by its container " +
                                   r.container_title);
  }
  return true;
}

// ---------------------------------------------------------------------------
// The lexer.

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink, bool embedded)
      : text_(text), diags_(diags), sink_(sink), embedded_(embedded) {}

  ParseStats run() {
    page_ = embedded_ && looks_like_page(text_);
    refer_ = !embedded_ && looks_like_refer(text_);
    refworks_ = !embedded_ && !refer_ && looks_like_refworks(text_);
    const char* data = text_.data();
    const std::size_t n = text_.size();
    std::size_t pos = 0;
    std::uint32_t line_no = 1;
    while (pos < n) {
      const void* nl = std::memchr(data + pos, '\n', n - pos);
      std::size_t end = nl ? static_cast<const char*>(nl) - data : n;
      if (refer_ || refworks_) tagged_line(pos, end, line_no);
      else logical_line(pos, end, line_no);
      pos = end + 1;
      ++line_no;
    }
    flush_pending();
    flush_skipped();
    if ((refer_ || refworks_) && in_record_) finish();  // the last block needs no blank line after it
    say_na();
    if (in_record_) {
      if (seen_er_) {
        // The file closes its records with ER, and this one was cut off: a
        // truncated download or copy.  Its last field may be cut too.
        diags_.error(rec_.begin, "RIS record not closed by ER before the end of the input (truncated file?); skipped");
        in_record_ = false;
        ++stats_.rejected;
      } else {
        // No ER anywhere: an ER-less export, records end where the next TY
        // (or the input) does.
        if (rec_.fields.size() > 1)
          diags_.warning(rec_.begin, "RIS record not closed by ER before the end of the input");
        finish();
      }
    }
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  bool embedded_;
  bool in_record_ = false;
  bool seen_er_ = false;
  RawRecord rec_;
  ParseStats stats_;
  bool pending_ = false;  // rec_ is closed by ER and not yet emitted
  bool page_ = false;  // embedded in markup or BibTeX: prose between records is the page
  bool refer_ = false;  // EndNote tagged ("%A ..."), not RIS
  bool refworks_ = false;  // RefWorks tagged ("RT Journal Article", "A1 ..."), not RIS
  bool family_first_said_ = false;  // CNKI's names without a comma are family first: said once
  bool proquest_family_first_said_ = false;  // ProQuest's likewise
  int proquest_order_ = 0;                    // 1: its names without a comma are family first; -1 not; 0 not asked
  NameField::ShownFamilyFirst proquest_shown_family_first_;  // names read so where their words show it (Builder)
  bool eppi_family_first_said_ = false;       // EPPI-Reviewer's likewise
  bool file_family_first_said_ = false;       // a file's whose names show that order likewise
  int file_order_ = 0;                        // 1: such a file; -1 not; 0 not asked
  bool file_given_first_ = false;             // the file's names without a comma show given name first
  bool given_first_guess_said_ = false;       // a name read given first that may be family first: said once
  bool issue_first_day_said_ = false;         // a date's day 01 its words do not name: said once

  // The order the file's names without a comma show (unmarked_name_order)
  // where no known source wrote them: names of a library a tool filled with
  // them ("Dal-Ré Rafael", "Morel Chantal M": a Zotero library imported from
  // EPPI-Reviewer keeps each name as one field and exports it so).  Only
  // names with two words or more that are no initials vote ("Auer M.E.",
  // Scopus's old form, is family first everywhere; "AUSTRALASIAN INST MIN &
  // MET", an organisation, none); family first when three of them or more
  // show it, three times as many as show given first and a quarter of all.
  bool file_family_first() {
    if (file_order_ != 0) return file_order_ > 0;
    int family = 0, given = 0, people = 0;
    int listed_family = 0, listed_given = 0;  // the names of ';' lists ("Kim Anderson; Jaime Cidro")
    each_name_line([&](std::string_view name) {
      if (name.find(';') != std::string_view::npos) {
        for_each_list_item(name, ";", [&](std::string_view n) {
          if (n.find(',') != std::string_view::npos || !is_unmarked_person_name(n)) return;
          const int o = unmarked_name_order(n);
          listed_family += o > 0;
          listed_given += o < 0;
        });
        return;
      }
      if (name.find(',') != std::string_view::npos || !is_unmarked_person_name(name)) return;
      const int o = unmarked_name_order(name);
      ++people;
      family += o > 0;
      given += o < 0;
    });
    file_order_ = family >= 3 && family >= 3 * given && 4 * family >= people ? 1 : -1;
    // The other way round: names typed given name first, one a line or in
    // ';' lists (the Indigenous Studies Portal's "Loriene Roy", "Candace
    // Brunette-Debassige ; Pauline Wakeham").
    given += listed_given;
    family += listed_family;
    file_given_first_ = given >= 3 && given >= 3 * family;
    return file_order_ > 0;
  }

  // EPPI-Reviewer writes every name family name first without a comma
  // ("A1  - Brownstein C D", its JSON export's "Dal-Ré Rafael") and makes
  // the short title of the first one's family name and the year ("ST  -
  // Brownstein (2024)"): a record whose ST so opens its first name is its.
  // It also tags every record "KW  - eppi-reviewer4", which a Zotero library
  // made of its export keeps when it drops the short title.
  bool eppi_record() const {
    std::string_view st, first;
    for (const RawField& f : rec_.fields) {
      if (f.tag == T("KW") && trim(f.value) == "eppi-reviewer4") return true;
      if (f.tag == T("ST") && st.empty()) st = trim(f.value);
      if ((f.tag == T("A1") || f.tag == T("AU")) && first.empty()) first = trim(f.value);
    }
    const std::size_t open = st.rfind(" (");
    if (open == std::string_view::npos || open == 0 || st.back() != ')' || first.find(',') != std::string_view::npos)
      return false;
    const std::string_view family = st.substr(0, open);
    return first.size() > family.size() + 1 && starts_with(first, family) && first[family.size()] == ' ';
  }

  // ProQuest writes some names without a comma: family first in most of its
  // files (Sociological Abstracts, IBSS, ABI/INFORM: "Scuderi Raffaele"),
  // given first in others (an LLBA export of 2024: "Gergo Varda").  The
  // file's AU lines that show their order (unmarked_name_order) decide, once
  // a file; given first, as elsewhere, when they do not.
  bool proquest_family_first() {
    if (proquest_order_ != 0) return proquest_order_ > 0;
    int votes = 0;
    each_name_line([&](std::string_view name) { votes += unmarked_name_order(name); });
    proquest_order_ = votes > 0 ? 1 : -1;
    return proquest_order_ > 0;
  }
  // The given names' words of the file's "Family, Given" AU and A1 names
  // ("Lozada-Martínez, Iván David": "Iván", "David"), read once.
  std::unordered_set<std::string> file_given_words_;
  bool file_given_words_read_ = false;
  const std::unordered_set<std::string>& file_given_words() {
    if (file_given_words_read_) return file_given_words_;
    file_given_words_read_ = true;
    each_name_line([&](std::string_view name) {
      const std::size_t comma = name.find(',');
      if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos) return;
      for (std::string_view w : split_words(name.substr(comma + 1)))
        if (!is_initials(w) && w.size() >= 2 && !common_family_word(w)) file_given_words_.emplace(w);
    });
    // A word the file also writes as a family name ("Darío, Rubén" beside
    // "Ortega, Darío") is no given name of the file.
    each_name_line([&](std::string_view name) {
      const std::size_t comma = name.find(',');
      if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos) return;
      for (std::string_view w : split_words(name.substr(0, comma))) file_given_words_.erase(std::string(w));
    });
    return file_given_words_;
  }
  // Each AU and A1 line's name in the whole file, for the votes above.
  template <typename F>
  void each_name_line(F&& f) const {
    for (std::size_t b = 0; b < text_.size();) {
      std::size_t e = std::min(text_.find('\n', b), text_.size());
      std::string_view line = text_.substr(b, e - b);
      if (line.size() > 6 && (starts_with(line, "AU  - ") || starts_with(line, "A1  - "))) f(trim(line.substr(6)));
      b = e + 1;
    }
  }
  // Per tag, R's "NA" read as no value: where first, in how many records.
  std::map<std::uint16_t, std::pair<std::size_t, std::size_t>> na_;
  // MDPI's "KW  - n/a" (the article has no keywords): where first, in how many records.
  std::pair<std::size_t, std::size_t> kw_na_{0, 0};
  CitedDrops cited_drops_;  // what the cited-reference parser left out, said once a file
  DecodedValues entities_;  // values with character references (left_references.hpp), this record's decoded
  std::string entities_source_;  // the database the first such record names (DB, else DP), if any
  std::pair<std::size_t, std::size_t> ieee_{0, 0};  // records of IEEE Xplore's layout: first, count
  // IDs that are a number alone (EndNote's, Ovid's, CAB's record numbers):
  // where the first is, how many, the first and the last, said once a file.
  struct RecordNumbers {
    std::size_t at = 0, count = 0;
    std::string first, last;
  } record_numbers_;
  std::pair<std::size_t, std::size_t> ebsco_container_{0, 0};  // EBSCOhost's "Journal (Publisher)": first, count
  std::string ebsco_container_what_;                             // the first's: "publisher" or "ISSN"

  bool ieee_xplore_layout() const {
    bool vo = false, vl = false, ja = false, y1 = false;
    for (const RawField& f : rec_.fields) {
      if (f.tag == T("DB") || f.tag == T("DP")) return false;
      vo = vo || f.tag == T("VO");
      vl = vl || f.tag == T("VL");
      ja = ja || f.tag == T("JA");
      y1 = y1 || f.tag == T("Y1");
    }
    return vo && vl && ja && y1;
  }
  std::pair<std::size_t, std::size_t> indented_ty_{0, 0};  // TY lines indented between records: first, count
  bool refworks_header_ = false;  // inside RefWorks' export header (its tag legend)
  std::deque<std::string> rewritten_;  // values the reader rewrote (RawField::value points here)
  bool blank_in_text_ = false;  // a blank line after a line of a free-text field
  // Non-blank text outside any record, not yet reported: [skip_begin_, skip_end_).
  std::size_t skip_begin_ = 0, skip_end_ = 0, skip_lines_ = 0;
  bool skip_has_tag_ = false;

  // One physical line [begin, end), which may hold glued tags.
  void logical_line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view line = text_.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A byte-order mark at a line start is nothing: `cat a.ris b.ris` puts
    // the second file's BOM before its first TY.
    while (starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3);
    // " TY  - JOUR" between records: the pages of an export joined with a
    // space (the Miletus Bibliography's Zotero export, every 100th record).
    // Outside a record an indented TY of a RIS type opens its record; inside
    // one an indented line still continues the field.
    if (!in_record_ && !line.empty() && (line.front() == ' ' || line.front() == '\t')) {
      std::string_view t = line;
      while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
      if (std::size_t v = tag_line_value(t); v > 0 && t[0] == 'T' && t[1] == 'Y' && find_type(trim(t.substr(v)))) {
        if (indented_ty_.second++ == 0) indented_ty_.first = static_cast<std::size_t>(t.data() - text_.data());
        line = t;
      }
    }
    // "PMID  - 33355555" (APA PsycNET): one field, not "PM" and a glued "ID".
    if (in_record_ && starts_with(line, "PMID"))
      if (std::size_t v = tag_line_value(line.substr(2)); v > 0 && line.substr(2, 2) == "ID") {
        std::size_t off = static_cast<std::size_t>(line.data() - text_.data());
        on_tag(kPmidTag, trim(line.substr(2 + v)), off, off + line.size(), line_no);
        return;
      }
    for (;;) {
      std::size_t vstart = tag_line_value(line);
      std::string_view rest = vstart ? line.substr(vstart) : line;
      std::size_t glued = std::string_view::npos;
      if (in_record_ || vstart) glued = find_glued_tag(rest);
      std::string_view here = glued == std::string_view::npos ? rest : rest.substr(0, glued);
      std::size_t off = static_cast<std::size_t>(line.data() - text_.data());
      std::size_t here_end = static_cast<std::size_t>(here.data() + here.size() - text_.data());
      if (vstart) on_tag(tag_code(line[0], line[1]), trim(here), off, here_end, line_no);
      else if (in_record_ && trim(here) == "ER") on_tag(T("ER"), {}, off, here_end, line_no);  // "ER" without its dash
      else on_text(trim(here), off, here_end);
      if (glued == std::string_view::npos) return;
      line = rest.substr(glued);
    }
  }

  // One line of EndNote or RefWorks tagged text: a tag line opens a record
  // or adds a field to the open one (RefWorks' RT opens the next record), a
  // blank line ends it, another line continues the field.  CNKI's RefWorks
  // export puts a blank line inside a record, after a keyword list that runs
  // on to a second line ("K1 ...;...", " Library resource discovery...",
  // "", "AB ..."), and its theses' abstracts hold blank lines between
  // paragraphs indented with a tab: in RefWorks, whose records open with RT,
  // the next RT ends a record, and a blank line is a paragraph break in
  // free text.
  void tagged_line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view line = text_.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3);
    std::size_t off = static_cast<std::size_t>(line.data() - text_.data());
    if (trim(line).empty()) {
      if (refworks_ && in_record_) on_text({}, off, end);
      else if (in_record_) finish();
      return;
    }
    if (refworks_ && line_no == 1 && istarts_with(trim(line), kRefWorksHeader)) refworks_header_ = true;
    if (refworks_header_) {
      // RefWorks' header names the format, the character set and the tags: no data.
      if (trim(line) == kRefWorksHeaderEnd) refworks_header_ = false;
      return;
    }
    std::size_t tag_len = 0;
    std::uint16_t tag = 0;
    if (refer_ && is_refer_line(line)) {
      tag_len = 2;
      tag = refer_tag(line[1]);
    } else if (refworks_ && (tag_len = refworks_tag_length(line)) != 0) {
      auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
      tag = tag_len == 4   ? kPmidTag
            : tag_len == 5 ? kPmcidTag
            : tag_len == 3 ? static_cast<std::uint16_t>(kUser10Tag + (line[2] - '0'))
                           : refworks_tag(upper(line[0]), upper(line[1]));
    }
    if (!tag_len) {
      if (in_record_) on_text(trim(line), off, end);
      else skip(off, end, false);
      return;
    }
    if (refworks_ && in_record_ && tag == T("TY")) finish();
    if (!in_record_) {
      flush_skipped();
      start(off, line_no);
    }
    blank_in_text_ = false;
    add_field(tag, line.substr(0, tag_len), trim(line.substr(tag_len)), off, end, line_no);
  }

  // A field of the open record; HTML debris in it is reported (field_value
  // removes it).  `name` is the tag as the file writes it.
  void add_field(std::uint16_t tag, std::string_view name, std::string_view value, std::size_t off, std::size_t end,
                 std::uint32_t line_no) {
    // One memchr for each byte that can open a break ("<br />", "%0D%0A").
    const bool lt = value.find('<') != std::string_view::npos;
    const bool debris = (lt || value.find('%') != std::string_view::npos) && html_debris(tag, value);
    if (debris)
      diags_.warning(off, std::string(name) + " holds an HTML line break ('<br />', left by a web page): removed");
    auto c = static_cast<std::uint32_t>(rec_.conts.size());
    rec_.fields.push_back({tag, line_no, off, value, c, c, true, lt, debris});
    rec_.end = end;
  }

  void on_tag(std::uint16_t tag, std::string_view value, std::size_t off, std::size_t end, std::uint32_t line_no) {
    blank_in_text_ = false;
    if (tag == T("ER")) seen_er_ = true;
    if (!in_record_) {
      if (tag == T("ER")) return;
      if (pending_ && tag == T("NL")) {
        // APA PsycInfo via Ovid writes the journal's NLM abbreviation after
        // the record's ER ("ER  - " then "NL  - AIDS Behav"), before the
        // full-text link: the closed record's, as that link is.
        add_field(tag, "NL", value, off, end, line_no);
        return;
      }
      flush_pending();
      if (tag != T("TY") && embedded_) {  // a field outside TY..ER: page text, or a record that lost its TY
        skip(off, end, true);
        return;
      }
      flush_skipped();
      start(off, line_no);
    } else if (tag == T("ER")) {
      // Emitted at the next record, text or the end: Ovid writes the
      // record's full-text link after its ER.
      rec_.end = end;
      in_record_ = false;
      pending_ = true;
      return;
    } else if (tag == T("TY") && !find_type(value)) {
      // Scopus (2016, localised interface) writes its document type as a
      // second TY inside the record ("TY  - Review", "TY  - Short Survey"),
      // where newer exports write M3.  Not a RIS type: not a new record.
      diags_.warning(off, "TY " + std::string(value) + " inside a record is not a RIS type: read as M3 (document type)");
      tag = T("M3");
    } else if (tag == T("TY")) {
      diags_.warning(rec_.begin, "RIS record not closed by ER; it ends where the next TY begins");
      finish();
      start(off, line_no);
    }
    add_field(tag, std::string{char(tag >> 8), char(tag & 0xff)}, value, off, end, line_no);
  }

  void on_text(std::string_view s, std::size_t off, std::size_t end) {
    if (s.empty()) {
      // A blank line inside free text (AB, N1, ...) followed by more of it
      // is a paragraph break, as Zotero writes and reads it.
      blank_in_text_ = in_record_ && !rec_.fields.empty() && is_text_tag(rec_.fields.back().tag);
      return;
    }
    if (blank_in_text_ && in_record_) rec_.conts.push_back({});  // joined as "\n\n"
    blank_in_text_ = false;
    if (!in_record_) {
      if (pending_ && istarts_with(s, kOvidLink)) {
        // "Link to the Ovid Full Text or citation: https://...": the closed
        // record's full-text link (L2); its text stays outside the hash.
        // Ovid glues the library's link resolver to it on the same line
        // ("...&AN=32487818Link to the External Link Resolver: https://..."):
        // a link of its own.  The labels are Ovid's, no part of a link.
        std::string_view rest = s.substr(kOvidLink.size());
        while (!rest.empty()) {
          std::size_t next = rest.find(kOvidNextLink);
          std::size_t colon = next == std::string_view::npos ? next : rest.find(": ", next);
          if (colon == std::string_view::npos) next = colon;  // no label after all: one link
          std::string_view url = trim(rest.substr(0, next));
          auto c = static_cast<std::uint32_t>(rec_.conts.size());
          if (!url.empty())
            rec_.fields.push_back({T("L2"), 0, off + static_cast<std::size_t>(url.data() - s.data()), url, c, c});
          rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
        return;
      }
      flush_pending();
      if (header_line(s)) return;
      // refnet's mark on its own export, before the record's TY
      // (own_export_mark.hpp): the next record's.
      if (!page_ && !refer_ && !refworks_ && istarts_with(s, kRisMarkLine)) {
        mark_ = trim(s.substr(kRisMarkLine.size()));
        return;
      }
      if (!is_record_number(s)) skip(off, end, false);
      return;
    }
    if (rec_.fields.back().tag == T("TY")) {
      // TY holds one word; a line after it continues nothing.
      diags_.warning(off, "line after TY is not a RIS tag line; skipped: " + std::string(s));
      return;
    }
    rec_.conts.push_back(s);
    rec_.fields.back().cont_end = static_cast<std::uint32_t>(rec_.conts.size());
    rec_.end = end;
  }

  static constexpr std::string_view kOvidLink = "Link to the Ovid Full Text or citation:";
  static constexpr std::string_view kOvidNextLink = "Link to the ";

  // The header of the RIS specification, which JSTOR writes before each
  // record and APA PsycNET before the first: "Provider: JSTOR
  // http://www.jstor.org", "Database: JSTOR", "Content: text/plain; ...".
  // The database and provider are the following records' DB and DP when
  // they name none; the content type says nothing about them.
  std::string_view header_db_, header_dp_;
  std::size_t header_db_off_ = 0, header_dp_off_ = 0;
  bool header_line(std::string_view s) {
    if (page_) return false;
    if (istarts_with(s, "Provider:")) {
      header_dp_ = trim(s.substr(9));
      header_dp_off_ = static_cast<std::size_t>(s.data() - text_.data());
    } else if (istarts_with(s, "Database:")) {
      header_db_ = trim(s.substr(9));
      header_db_off_ = static_cast<std::size_t>(s.data() - text_.data());
    } else if (!istarts_with(s, "Content:")) {
      return false;
    }
    return true;
  }
  void add_header_fields() {
    bool db = false, dp = false;
    for (const RawField& f : rec_.fields) db = db || f.tag == T("DB"), dp = dp || f.tag == T("DP");
    auto c = static_cast<std::uint32_t>(rec_.conts.size());
    if (!db && !header_db_.empty()) rec_.fields.push_back({T("DB"), 0, header_db_off_, header_db_, c, c});
    if (!dp && !header_dp_.empty()) rec_.fields.push_back({T("DP"), 0, header_dp_off_, header_dp_, c, c});
  }

  void flush_pending() {
    if (!pending_) return;
    pending_ = false;
    finish();
  }

  // "942." before each record: Ovid and other hosts number the records of
  // an export; the Cochrane Library's RIS writes "Record #1 of 172".  A
  // separator that carries nothing; not reported.
  static bool is_record_number(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    return (i > 0 && i + 1 == s.size() && s[i] == '.') || is_record_heading(s);
  }

  // A web page or a BibTeX file around the records: a line that starts
  // with '<' or '@'.
  static bool looks_like_page(std::string_view t) {
    std::string_view body = trim(t);
    if (!body.empty() && (body.front() == '<' || body.front() == '@')) return true;
    return t.find("\n<") != std::string_view::npos || t.find("\n@") != std::string_view::npos;
  }

  // Text between records.  In a RIS file it is something the reader does
  // not understand; in a page (HTML, or BibTeX beside the RIS) prose and
  // markup are the page, but a run that holds a tag line looks like RIS data
  // and is reported.
  // One warning for each run of such lines.
  void skip(std::size_t off, std::size_t end, bool tag_line) {
    if (skip_lines_ == 0) {
      skip_begin_ = off;
      skip_has_tag_ = false;
    }
    skip_end_ = end;
    skip_has_tag_ = skip_has_tag_ || tag_line;
    ++skip_lines_;
  }

  void flush_skipped() {
    if (skip_lines_ == 0) return;
    if (!page_ || skip_has_tag_)
      diags_.warning(skip_begin_, std::to_string(skip_lines_) + (skip_lines_ == 1 ? " line" : " lines") +
                                      " outside any RIS record skipped (" + std::to_string(skip_end_ - skip_begin_) +
                                      " bytes)" + (skip_has_tag_ ? ": tag lines outside TY..ER" : ""));
    skip_lines_ = 0;
  }

  void say_na() {
    if (indented_ty_.second)
      diags_.warning(indented_ty_.first, "a TY line indented by white space read as a record's start" +
                                             (indented_ty_.second == 1
                                                  ? std::string()
                                                  : " (" + std::to_string(indented_ty_.second) + " in this file)"));
    indented_ty_ = {0, 0};
    for (const auto& [tag, where] : na_) {
      diags_.warning(where.first, tag_name(tag) + " 'NA' in " + std::to_string(where.second) +
                                      (where.second == 1 ? " record" : " records") +
                                      " read as no value (R's missing value: the file was written by R)");
    }
    na_.clear();
    if (kw_na_.second)
      diags_.warning(kw_na_.first, "KW 'n/a' in " + std::to_string(kw_na_.second) +
                                       (kw_na_.second == 1 ? " record" : " records") +
                                       " read as no keyword (MDPI writes it for an article without keywords)");
    kw_na_ = {0, 0};
    cited_drops_.say(diags_);
    if (entities_.count) {
      const std::string dialect = refer_ ? "EndNote's tagged format" : refworks_ ? "RefWorks' tagged format" : "RIS";
      diags_.warning(entities_.first, std::to_string(entities_.count) +
                                          (entities_.count == 1 ? " value holds" : " values hold") +
                                          " HTML character references ('&lt;', '&amp;', '&#39;'...; " +
                                          (entities_source_.empty() ? std::string("the exporter escaped")
                                                                    : entities_source_ + "'s " + dialect + " escapes") +
                                          " '<', '>' and '&'; " + dialect + " has no escapes): decoded");
    }
    entities_ = {};
    if (record_numbers_.count)
      diags_.report(Severity::note, record_numbers_.at,
                    "ID of " + std::to_string(record_numbers_.count) +
                        (record_numbers_.count == 1 ? " record is a number alone ('" + record_numbers_.first + "')"
                                                    : " records is a number alone ('" + record_numbers_.first +
                                                          "' ... '" + record_numbers_.last + "')") +
                        ": a record number of the tool that wrote the file (EndNote's), "
                        "no key and no identifier elsewhere: not kept, the works get keys made");
    record_numbers_ = {};
    if (const NameField::ShownFamilyFirst& n = proquest_shown_family_first_; n.count)
      diags_.warning(n.at, std::to_string(n.count) + (n.count == 1 ? " name" : " names") +
                               " without a comma read family name first where " +
                               (n.count == 1 ? "its words show it (" : "their words show it (") +
                               (n.by_file == 0 ? "a known given name last"
                                : n.by_file == n.count
                                    ? "a given name of this file's 'Family, Given' names last"
                                    : std::to_string(n.by_file) + " by a given name of this file's 'Family, Given' "
                                                                  "names last, the others by a known given name") +
                               ", none first; ProQuest writes some so)" + (n.count == 1 ? ": " : ", the first: ") + n.first);
    proquest_shown_family_first_ = {};
    if (ieee_.second)
      diags_.report(Severity::note, ieee_.first,
                    std::to_string(ieee_.second) +
                        (ieee_.second == 1 ? " record has IEEE Xplore's RIS layout (VO repeating VL, JA, Y1) and "
                                             "names no database: its DP is 'IEEE Xplore', which 'prisma' and "
                                             "'overlap' count it under"
                                           : " records have IEEE Xplore's RIS layout (VO repeating VL, JA, Y1) and "
                                             "name no database: their DP is 'IEEE Xplore', which 'prisma' and "
                                             "'overlap' count them under"));
    ieee_ = {0, 0};
    if (ebsco_container_.second)
      diags_.report(Severity::note, ebsco_container_.first,
                    std::to_string(ebsco_container_.second) +
                        (ebsco_container_.second == 1 ? " journal name holds" : " journal names hold") +
                        " EBSCOhost's mark of the journal after it (the first its " + ebsco_container_what_ +
                        "; 'Forests (19994907)', 'Journal of ... (Taylor & Francis Ltd)', named so in its copyright "
                        "statement): the journal without it, the publisher or ISSN in its field, the name as written "
                        "kept in extra (ebsco-container)");
    ebsco_container_ = {0, 0};
  }

  // refnet's mark read before the next record's TY, and the open record's.
  std::string_view mark_, rec_mark_;

  void start(std::size_t off, std::uint32_t line_no) {
    in_record_ = true;
    rec_mark_ = mark_;
    mark_ = {};
    rec_.clear();
    rec_.begin = off;
    rec_.end = off;
    rec_.line = line_no;
  }

  void finish() {
    in_record_ = false;
    if (!refer_ && !refworks_) add_header_fields();
    // "AB  - NA": R's missing value, in files written by R (synthesisr,
    // CiteSource, revtools): no value.  Said once a tag, at the end.
    for (RawField& f : rec_.fields)
      if (f.value == "NA" && f.cont_begin == f.cont_end) {
        auto [it, fresh] = na_.try_emplace(f.tag, f.offset, 0);
        ++it->second.second;
        f.value = {};
      }
    for (RawField& f : rec_.fields)
      if (f.tag == T("KW") && f.cont_begin == f.cont_end && iequals(trim(f.value), "n/a")) {
        if (kw_na_.second++ == 0) kw_na_.first = f.offset;
        f.value = {};
      }
    // HTML character references ("p &lt; 0.05", "Siebold. &amp; Zucc.",
    // "Alzheimer&#39;s": Scopus's RIS of 2019-2020, Nature's, EBSCO's): RIS
    // has no escapes, so they are the characters (left_references.hpp: also
    // beside a '<' of text, "p < 0.05 &amp; ...", and in a title's markup).
    // Said once a file.
    const bool none_yet = entities_.count == 0;
    entities_.store.clear();
    for (RawField& f : rec_.fields) {
      f.value = entities_.decode(f.value, f.offset);
      for (std::uint32_t i = f.cont_begin; i < f.cont_end; ++i) rec_.conts[i] = entities_.decode(rec_.conts[i], f.offset);
      if (f.scanned) f.has_lt = f.value.find('<') != std::string_view::npos;
    }
    if (none_yet && entities_.count) {  // the database the first such record names
      entities_source_.clear();
      for (std::uint16_t tag : {T("DB"), T("DP")})
        for (const RawField& g : rec_.fields)
          if (g.tag == tag && entities_source_.empty()) entities_source_ = collapse_space(g.value);
      if (entities_source_.size() > 60) entities_source_.clear();
    }
    if (refworks_) {
      // OP ("Other Pages") is the end page after an SP, else the whole range
      // ("OP 23-25": CNKI writes no SP).
      bool sp = false;
      for (const RawField& f : rec_.fields) sp = sp || f.tag == T("SP");
      for (RawField& f : rec_.fields) {
        if (!sp && f.tag == T("EP")) f.tag = T("SP");
        // FD "01/01" is month and day (RefWorks' own export), not a year and
        // a month as RIS's DA "2003/01" would be.
        std::string_view v = f.value;
        std::size_t slash = v.find('/');
        if (f.tag == T("DA") && slash >= 1 && slash <= 2 && v.size() - slash - 1 >= 1 && v.size() - slash - 1 <= 2 &&
            all_digits(v.substr(0, slash)) && all_digits(v.substr(slash + 1))) {
          rewritten_.push_back("/" + std::string(v) + "/");
          f.value = rewritten_.back();
        }
      }
    }
    // CNKI, Wanfang and VIP write names family first without a comma
    // ("Sharma Ashutosh"); RefWorks and others write "Last, First", and a
    // name without a comma in their files is in reading order ("Lars G.
    // Willighagen", citation.js's example).
    bool chinese_database = false;
    if (refworks_)
      for (const RawField& f : rec_.fields)
        if (f.tag == T("DP") || f.tag == T("DB") || f.tag == T("UR")) {
          std::string v = ascii_lower(f.value);
          for (std::string_view db : {"cnki", "wanfang", "cqvip"})
            chinese_database = chinese_database || v.find(db) != std::string::npos;
        }
    // ProQuest writes most names "Family, Given", and some without the
    // comma, most of those family first ("Scuderi Raffaele", "Di Gennaro
    // Roberta", "Teixeira da Silva Daniel": Sociological Abstracts, IBSS,
    // ABI/INFORM), a few given first ("Matteo Di Tullio").  Its records
    // link to proquest.com or name it in their OpenURL ("sid=ProQ:").
    // A library's proxy wraps the link ("...login?qurl=https%3A%2F%2Fwww.
    // proquest.com%2Fscholarly-journals%2F...": clbustos/buhos's
    // proquest_test.ris), and DB names ProQuest's database ("ProQuest One
    // Academic").
    bool proquest = false;
    if (!chinese_database)
      for (const RawField& f : rec_.fields) {
        if (f.tag == T("UR") || f.tag == T("L1") || f.tag == T("L2") || f.tag == T("L3") || f.tag == T("L4"))
          proquest = proquest || f.value.find("proquest.com/") != std::string_view::npos ||
                     f.value.find("proquest.com%2F") != std::string_view::npos ||
                     f.value.find("sid=ProQ") != std::string_view::npos;
        else if (f.tag == T("DB"))
          proquest = proquest || starts_with(f.value, "ProQuest");
      }
    Record r;
    const bool proquest_record = proquest;
    if (proquest) proquest = proquest_family_first();
    const bool eppi = !chinese_database && !proquest && eppi_record();
    const bool file_family_first = !chinese_database && !proquest && !eppi && this->file_family_first();
    Builder b(rec_, text_, diags_,
              chinese_database    ? &family_first_said_
              : proquest          ? &proquest_family_first_said_
              : eppi              ? &eppi_family_first_said_
              : file_family_first ? &file_family_first_said_
                                  : nullptr,
              proquest ? "ProQuest" : eppi ? "EPPI-Reviewer" : file_family_first ? "this file" : "CNKI", eppi,
              chinese_database || proquest || eppi || file_family_first ? nullptr : &given_first_guess_said_,
              !chinese_database && !proquest && !eppi && !file_family_first && file_given_first_, &issue_first_day_said_);
    if (proquest_record && !proquest) {
      b.shown_family_first_ = &proquest_shown_family_first_;
      b.file_given_words_ = &file_given_words();
    }
    b.cited_drops = &cited_drops_;
    if (!b.build(r)) {
      diags_.error(rec_.begin, "RIS record holds nothing but its type; skipped");
      ++stats_.rejected;
      return;
    }
    // A bare record number in ID: the library makes the work a key
    // (citekey.cpp's machine_made) and keeps the number nowhere; said once a
    // file (say_na).  Ovid's ID is the record's accession number, which its
    // link keeps ("...&AN=24128272"; MEDLINE's, the PMID, read): not lost.
    if (!refer_ && !refworks_ && !r.citekey.empty() && all_digits(r.citekey) && r.citekey != r.pmid) {
      const std::string in_link = "AN=" + r.citekey;
      const RawField* id = nullptr;
      bool linked = false;
      for (const RawField& f : rec_.fields) {
        if (f.tag == T("ID") && !id) id = &f;
        linked = linked || (f.value.find(in_link) != std::string_view::npos &&
                            (f.value.size() == f.value.find(in_link) + in_link.size() ||
                             !is_digit(f.value[f.value.find(in_link) + in_link.size()])));
      }
      if (id && !linked) {
        if (record_numbers_.count++ == 0) record_numbers_.at = id->offset, record_numbers_.first = r.citekey;
        record_numbers_.last = r.citekey;
      }
    }
    // IEEE Xplore's RIS names no database (no DB, DP or link): its layout
    // does, VO repeating VL beside JA and Y1 ("1-2 Feb. 2024"), all written on
    // every record, even empty.  Its records get IEEE Xplore as their DP (the
    // catalog Zotero's translator names), what 'prisma' and 'overlap' count
    // them under, whatever the file is called; said once a file.
    if (!refer_ && !refworks_ && ieee_xplore_layout()) {
      r.add_extra("DP", "IEEE Xplore");
      if (ieee_.second++ == 0) ieee_.first = rec_.begin;
    }
    if (std::string split = split_ebsco_container(r); !split.empty() && ebsco_container_.second++ == 0) {
      ebsco_container_.first = rec_.begin;
      ebsco_container_what_ = split;
    }
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty()) {
      std::size_t at = rec_.begin;
      for (const RawField& f : rec_.fields)
        if (f.tag == (said.rfind("issue", 0) == 0 ? T("IS") : T("VL"))) {
          at = f.offset;
          break;
        }
      diags_.report(Severity::note, at, said);
    }
    // refnet's mark is the record's, and part of what it is: the same
    // record in another library's export, or in none, is another record
    // (before, one of a colleague's refnet export that this library's export
    // repeated was "already present", that source's mark taken as a new reading).
    std::string_view source = text_.substr(rec_.begin, rec_.end - rec_.begin);
    std::string marked_source;
    if (!rec_mark_.empty()) {
      r.add_extra(std::string(kOwnExportField), std::string(rec_mark_));
      marked_source = std::string(kRisMarkLine) + " " + std::string(rec_mark_) + "\n" + std::string(source);
      source = marked_source;
    }
    rec_mark_ = {};
    deliver_record(std::move(r), refer_ ? "endnote-tagged" : refworks_ ? "refworks-tagged" : "ris", source, rec_.line,
                   diags_, stats_, sink_);
  }
};

}  // namespace

bool looks_like_endnote_tagged(std::string_view text) { return looks_like_refer(text); }
bool looks_like_refworks_tagged(std::string_view text) { return looks_like_refworks(text); }

ParseStats parse_ris(std::string_view text, Diagnostics& diags, const RecordSink& sink, bool embedded) {
  // NASA ADS's tagged export shares EndNote's letters, not their meanings.
  if (!embedded && looks_like_ads_tagged(text)) return parse_ads_tagged(text, diags, sink);
  Parser p(text, diags, sink, embedded);
  return p.run();
}

}  // namespace refnet
