// Crossref REST API JSON -> Records.
//
// Shapes accepted (all may repeat, one per line, as JSON Lines):
//   {"status":"ok","message-type":"work","message":{work}}
//   {"status":"ok","message-type":"work-list","message":{"items":[work...]}}
//   {work}   [work...]   {"items":[work...]}   {"10.1/x": [work] or message, ...}
//
// Speed and memory: a work-list of 100k works is ~90 MB.  A DOM of it costs
// several times its size and nlohmann builds one at ~40 MB/s, so the text is
// read by a small hand-written JSON reader instead: it builds a flat tree of
// nodes that point into the text (no string is copied until a field is
// mapped), and the big `items` arrays are streamed: each item is parsed,
// mapped, passed to the sink, and its nodes are dropped before the next.
// Peak memory is the text plus one item.  The reader tracks byte offsets, so
// errors come out as file:line:col.
//
// article-number goes to Record::number, short-container-title (the first
// one) to Record::container_title_short.
// What goes to Record::extra (name = Crossref key):
//   kept   funder, license, link, relation, update-to, updated-by, assertion,
//          alternative-id, archive, is-referenced-by-count,
//          subtype, group-title, institution, the other container titles, original-title,
//          short-title, translator/chair, author affiliations (as
//          "affiliation": one array of names per author), any key not listed here;
//          dates posted/accepted/approved/published-print/published-online as
//          "YYYY-MM-DD"; crossref_type when the CSL type loses information.
//          Strings are stored decoded, numbers as written, arrays and objects
//          as compact JSON.  Empty values are dropped.
//   dropped indexed, deposited, created, published (date fallbacks only),
//          content-domain, score, prefix, member, source, resource,
//          journal-issue, reference-count, references-count (redundant or
//          bookkeeping of Crossref itself), issn-type/isbn-type (merged into
//          issn/isbn).  `reference` lives in Record::references only.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "crossref_types.hpp"
#include "csv_rows.hpp"
#include "ris_fields.hpp"

namespace refnet {

namespace {

// ---------------------------------------------------------------------------
// A minimal JSON reader: RFC 8259, strict, positions kept.

enum class JKind : std::uint8_t { null, boolean, number, string, array, object };

struct JNode {
  JKind kind = JKind::null;
  bool escaped = false;    // a string holding backslash escapes
  std::uint32_t size = 1;  // nodes in this subtree, itself included
  std::uint32_t count = 0; // elements of an array, members of an object
  std::size_t begin = 0;   // the value's text [begin, end), quotes included
  std::size_t end = 0;
};

const char* kind_name(JKind k) {
  switch (k) {
    case JKind::null: return "null";
    case JKind::boolean: return "a boolean";
    case JKind::number: return "a number";
    case JKind::string: return "a string";
    case JKind::array: return "an array";
    case JKind::object: return "an object";
  }
  return "?";
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = to_lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The content of a string node, escapes decoded.  The reader has validated
// the escapes; a lone surrogate becomes U+FFFD.
std::string unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    char e = s[++i];
    switch (e) {
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'u': {
        auto hex4 = [&](std::size_t at) {
          char32_t v = 0;
          for (std::size_t k = 0; k < 4; ++k) v = v * 16 + char32_t(hex_digit(s[at + k]));
          return v;
        };
        char32_t cp = hex4(i + 1);
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() + 0 && s[i + 1] == '\\' && s[i + 2] == 'u') {
          char32_t lo = hex4(i + 3);
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        append_utf8(out, cp);
        break;
      }
      default: out.push_back(e); break;  // " \ /
    }
  }
  return out;
}

class Importer;

// Parses one JSON value into a flat pre-order vector of nodes.  Arrays that
// hold works (`items`, a top-level array) are streamed to the Importer
// element by element instead of being kept.
class JsonReader {
 public:
  JsonReader(std::string_view text, std::vector<JNode>& nodes, Importer& owner)
      : t_(text), nodes_(nodes), owner_(owner) {}

  // Where a value may stream its arrays of works.
  enum class Where { top, in_top_object, in_message, items, other };

  bool value(std::size_t& p, int depth, Where where);

  std::size_t error_at = 0;
  std::string error;
  bool error_reported = false;  // the Importer already reported it
  std::string_view message_type;  // of the top-level message, once seen
  bool streaming = true;          // off when one work is wanted: a list is then an error

 private:
  std::string_view t_;
  std::vector<JNode>& nodes_;
  Importer& owner_;

  static constexpr int kMaxDepth = 400;

  bool fail(std::size_t at, std::string what) {
    error_at = at;
    error = std::move(what);
    return false;
  }
  void skip_ws(std::size_t& p) const {
    while (p < t_.size() && (t_[p] == ' ' || t_[p] == '\n' || t_[p] == '\t' || t_[p] == '\r')) ++p;
  }
  bool string(std::size_t& p);
  bool number(std::size_t& p);
  bool literal(std::size_t& p, std::string_view word, JKind kind);
  bool array(std::size_t& p, int depth, bool stream);
  bool object(std::size_t& p, int depth, Where where);
};

// ---------------------------------------------------------------------------
// The importer: walks the shapes, maps works to Records.

enum class Field {
  other, drop, doi, type, title, subtitle, container_title, short_container_title, author,
  editor, issued, published_print, published_online, date_fallback, date_extra, volume, issue,
  page, publisher, publisher_place, issn, issn_type, isbn, isbn_type, url, abstract, language,
  subject, keyword, reference, article_number
};

Field field_of(std::string_view key) {
  static const std::unordered_map<std::string_view, Field> fields = {
      {"DOI", Field::doi},
      {"type", Field::type},
      {"title", Field::title},
      {"subtitle", Field::subtitle},
      {"container-title", Field::container_title},
      {"short-container-title", Field::short_container_title},
      {"article-number", Field::article_number},
      {"number", Field::article_number},  // CSL-JSON
      {"container-title-short", Field::short_container_title},  // CSL-JSON
      {"author", Field::author},
      {"editor", Field::editor},
      {"issued", Field::issued},
      {"published-print", Field::published_print},
      {"published-online", Field::published_online},
      {"published", Field::date_fallback},
      {"created", Field::date_fallback},
      {"posted", Field::date_extra},
      {"accepted", Field::date_extra},
      {"approved", Field::date_extra},
      {"volume", Field::volume},
      {"issue", Field::issue},
      {"page", Field::page},
      {"publisher", Field::publisher},
      {"publisher-location", Field::publisher_place},
      {"publisher-place", Field::publisher_place},  // CSL-JSON
      {"ISSN", Field::issn},
      {"issn-type", Field::issn_type},
      {"ISBN", Field::isbn},
      {"isbn-type", Field::isbn_type},
      {"URL", Field::url},
      {"abstract", Field::abstract},
      {"language", Field::language},
      {"subject", Field::subject},
      {"keyword", Field::keyword},  // CSL-JSON
      {"reference", Field::reference},
      // As of when Crossref wrote the work: a re-fetch's date (export_date in merge.hpp).
      {"indexed", Field::date_extra},
      {"deposited", Field::date_extra},
      {"content-domain", Field::drop},
      {"score", Field::drop},
      {"prefix", Field::drop},
      {"member", Field::drop},
      {"source", Field::drop},
      {"resource", Field::drop},
      {"journal-issue", Field::drop},
      {"reference-count", Field::drop},
      {"references-count", Field::drop},
  };
  auto it = fields.find(key);
  return it == fields.end() ? Field::other : it->second;
}

// A source's work type (Crossref's; OpenAlex's in kOpenalexTypes) as a CSL type.
struct TypeMap {
  std::string_view source, csl;
  bool lossless;  // the CSL type names the source's type back
};
constexpr TypeMap kTypes[] = {
    {"journal-article", "article-journal", true},
    {"proceedings-article", "paper-conference", true},
    {"book-chapter", "chapter", true},
    {"book-section", "chapter", false},
    {"book-part", "chapter", false},
    {"book", "book", true},
    {"monograph", "book", false},
    {"edited-book", "book", false},
    {"reference-book", "book", false},
    {"book-set", "book", false},
    {"book-series", "book", false},
    {"book-track", "book", false},
    {"posted-content", "article", false},  // preprints; subtype says which
    {"dissertation", "thesis", true},
    {"report", "report", true},
    {"report-component", "report", false},
    {"report-series", "report", false},
    {"dataset", "dataset", true},
    {"database", "dataset", false},
    {"reference-entry", "entry", false},
    {"standard", "standard", true},
    {"standard-series", "standard", false},
    {"peer-review", "review", false},
    {"journal", "periodical", false},
    {"journal-issue", "periodical", false},
    {"journal-volume", "periodical", false},
    {"journal-section", "periodical", false},
    {"proceedings", "book", false},
    {"proceedings-series", "book", false},
    {"component", "document", false},
    {"grant", "document", false},
    {"other", "document", false},
};

// Text fields: the common case is clean text, which is copied as is; markup,
// entities or layout white space go through the flattener.
std::string clean_text(std::string_view s) {
  bool dirty = !s.empty() && (s.front() == ' ' || s.back() == ' ');
  for (std::size_t i = 0; i < s.size() && !dirty; ++i) {
    char c = s[i];
    dirty = c == '<' || c == '&' || c == '\n' || c == '\t' || c == '\r' ||
            (c == ' ' && i + 1 < s.size() && s[i + 1] == ' ');
  }
  return dirty ? markup_to_text(s) : std::string(s);
}

// A title keeps its italics, bold and small caps as rich text; `math` says
// whether MathML sub/superscripts were written in one line.
std::string clean_title(std::string_view s, bool& math) {
  math = false;
  return s.find('<') == std::string_view::npos ? clean_text(s) : markup_to_rich_text(s, math);
}

std::string date_text(const Date& d) { return d.year == 0 ? d.text : iso_date(d, '-'); }

class Importer {
 public:
  Importer(std::string_view text, Diagnostics& diags, const RecordSink& sink, bool single)
      : t_(text), diags_(diags), sink_(sink), single_(single), reader_(text, nodes_, *this) {
    reader_.streaming = !single;
  }

  ParseStats run();

  // Called by the reader for each element of a streamed array; the element
  // is nodes_[node] and its subtree.
  void on_item(std::size_t node) { dispatch_item(node); }
  // Called by the reader when an element of a streamed array is malformed:
  // reports it and returns where the array goes on (npos: it cannot).
  std::size_t on_bad_item(std::size_t item_begin, std::size_t array_begin);

 private:
  std::string_view t_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  bool single_;
  std::vector<JNode> nodes_;
  JsonReader reader_;
  ParseStats stats_;
  std::size_t works_seen_ = 0;  // in single mode, only one is wanted

  // -- tree access ----------------------------------------------------------
  const JNode& n(std::size_t i) const { return nodes_[i]; }
  std::size_t next(std::size_t i) const { return i + nodes_[i].size; }
  std::string_view raw(std::size_t i) const { return t_.substr(n(i).begin, n(i).end - n(i).begin); }
  std::string_view string_raw(std::size_t i) const { return t_.substr(n(i).begin + 1, n(i).end - n(i).begin - 2); }
  std::string str(std::size_t i) const {
    return n(i).escaped ? unescape(string_raw(i)) : std::string(string_raw(i));
  }
  // A scalar as text: strings decoded, numbers and booleans as written.
  std::string scalar(std::size_t i) const {
    switch (n(i).kind) {
      case JKind::string: return str(i);
      case JKind::number:
      case JKind::boolean: return std::string(raw(i));
      default: return {};
    }
  }
  // A string, or the first element of an array of them (Crossref wraps
  // titles in arrays; CSL-JSON does not).
  std::string first_text(std::size_t i) const {
    if (n(i).kind == JKind::array) return n(i).count ? scalar(i + 1) : std::string();
    return scalar(i);
  }
  template <class F>
  void for_each_element(std::size_t arr, F&& f) const {
    std::size_t c = arr + 1;
    for (std::uint32_t k = 0; k < n(arr).count; ++k, c = next(c)) f(c);
  }
  template <class F>
  void for_each_member(std::size_t obj, F&& f) const {
    std::size_t c = obj + 1;
    for (std::uint32_t k = 0; k < n(obj).count; ++k) {
      std::size_t v = c + 1;
      if (n(c).escaped) f(std::string_view(unescape(string_raw(c))), v);
      else f(string_raw(c), v);
      c = next(v);
    }
  }
  // The value of a member, or npos.
  std::size_t member(std::size_t obj, std::string_view key) const {
    std::size_t found = std::string::npos;
    for_each_member(obj, [&](std::string_view k, std::size_t v) {
      if (found == std::string::npos && k == key) found = v;
    });
    return found;
  }
  bool empty_value(std::size_t i) const {
    const JNode& v = n(i);
    return v.kind == JKind::null || ((v.kind == JKind::array || v.kind == JKind::object) && v.count == 0) ||
           (v.kind == JKind::string && v.end - v.begin == 2);
  }
  // Compact JSON of a value: white space outside strings removed, strings
  // kept as written.
  std::string compact(std::size_t i) const;
  std::string extra_value(std::size_t i) const {
    return n(i).kind == JKind::array || n(i).kind == JKind::object ? compact(i) : scalar(i);
  }

  // -- shapes -----------------------------------------------------------------
  void top_value(std::size_t root);
  void dispatch_item(std::size_t i);
  bool is_message(std::size_t obj) const;
  void message(std::size_t obj);
  bool looks_like_work(std::size_t obj) const;
  std::string non_work_members_;  // of the first object that is not a work
  void error(std::size_t at, std::string what) {
    diags_.error(at, std::move(what));
    ++stats_.rejected;
  }

  // -- mapping ----------------------------------------------------------------
  void emit_work(std::size_t obj);
  void map_work(std::size_t obj, Record& r);
  // OpenAlex works (the API, pyalex, openalexR): their own keys, read by
  // map_openalex; see there.
  bool is_openalex(std::size_t obj) const;
  void map_openalex(std::size_t obj, Record& r);
  NameGuesses name_guesses_;  // OpenAlex's given-first names, said once at the end
  // Semantic Scholar's papers (its Graph API: paper search, batch, a paper's
  // citations and references): read by map_semantic_scholar.
  bool is_semantic_scholar(std::size_t obj) const;
  void map_semantic_scholar(std::size_t obj, Record& r);
  Date date(std::size_t i) const;
  void creators(std::size_t arr, Record& r, std::vector<Creator>& out, std::string* affiliations = nullptr) const;
  Creator creator(std::size_t obj) const;
  Reference reference(std::size_t obj) const;
};

// ---------------------------------------------------------------------------
// JsonReader

bool JsonReader::value(std::size_t& p, int depth, Where where) {
  skip_ws(p);
  if (p >= t_.size()) return fail(p, "unexpected end of input, expected a JSON value");
  if (depth > kMaxDepth) return fail(p, "JSON nested too deeply");
  switch (t_[p]) {
    case '{': return object(p, depth, where);
    case '[': {
      bool stream = streaming && (where == Where::top || (where == Where::items && (message_type.empty() ||
                                                                                      message_type == "work-list")));
      return array(p, depth, stream);
    }
    case '"': return string(p);
    case 't': return literal(p, "true", JKind::boolean);
    case 'f': return literal(p, "false", JKind::boolean);
    case 'n': return literal(p, "null", JKind::null);
    default:
      if (t_[p] == '-' || is_digit(t_[p])) return number(p);
      return fail(p, std::string("unexpected character '") + t_[p] + "', expected a JSON value");
  }
}

bool JsonReader::string(std::size_t& p) {
  JNode node;
  node.kind = JKind::string;
  node.begin = p++;
  const char* s = t_.data();
  const std::size_t size = t_.size();
  for (;;) {
    // The hot loop: plain bytes.
    while (p < size) {
      unsigned char c = static_cast<unsigned char>(s[p]);
      if (c == '"' || c == '\\' || c < 0x20) break;
      ++p;
    }
    if (p >= size) return fail(p, "unexpected end of input inside a string");
    char c = s[p];
    if (c == '"') break;
    if (c != '\\') return fail(p, c == '\n' ? "unterminated string (line end inside a string)"
                                            : "control character inside a string");
    node.escaped = true;
    if (p + 1 >= size) return fail(p + 1, "unexpected end of input inside a string");
    char e = s[p + 1];
    if (e == 'u') {
      for (std::size_t k = 2; k < 6; ++k)
        if (p + k >= size || hex_digit(s[p + k]) < 0) return fail(p, "invalid \\u escape in string");
      p += 6;
    } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
      p += 2;
    } else {
      return fail(p, std::string("invalid escape '\\") + e + "' in string");
    }
  }
  node.end = ++p;
  nodes_.push_back(node);
  return true;
}

bool JsonReader::number(std::size_t& p) {
  JNode node;
  node.kind = JKind::number;
  node.begin = p;
  auto digits = [&] {
    std::size_t s = p;
    while (p < t_.size() && is_digit(t_[p])) ++p;
    return p > s;
  };
  if (t_[p] == '-') ++p;
  if (p < t_.size() && t_[p] == '0') ++p;
  else if (!digits()) return fail(p, "invalid number");
  if (p < t_.size() && t_[p] == '.') {
    ++p;
    if (!digits()) return fail(p, "invalid number: digits expected after '.'");
  }
  if (p < t_.size() && (t_[p] == 'e' || t_[p] == 'E')) {
    ++p;
    if (p < t_.size() && (t_[p] == '+' || t_[p] == '-')) ++p;
    if (!digits()) return fail(p, "invalid number: digits expected in exponent");
  }
  node.end = p;
  nodes_.push_back(node);
  return true;
}

bool JsonReader::literal(std::size_t& p, std::string_view word, JKind kind) {
  if (t_.compare(p, word.size(), word) != 0)
    return fail(p, "invalid literal, expected '" + std::string(word) + "'");
  JNode node;
  node.kind = kind;
  node.begin = p;
  p += word.size();
  node.end = p;
  nodes_.push_back(node);
  return true;
}

bool JsonReader::array(std::size_t& p, int depth, bool stream) {
  std::size_t self = nodes_.size();
  JNode head;
  head.kind = JKind::array;
  head.begin = p++;
  nodes_.push_back(head);
  std::uint32_t count = 0;
  skip_ws(p);
  if (p < t_.size() && t_[p] == ']') {
    ++p;
  } else {
    for (;;) {
      std::size_t mark = nodes_.size();
      skip_ws(p);
      std::size_t item_begin = p;
      if (!value(p, depth + 1, Where::other)) {
        if (!stream || error_reported) return false;
        // One bad work costs that work only, when its end can be found.
        nodes_.resize(mark);
        std::size_t resume = owner_.on_bad_item(item_begin, nodes_[self].begin);
        if (resume == std::string::npos) {
          error_reported = true;
          return false;
        }
        p = resume;
      } else if (stream) {
        owner_.on_item(mark);
        nodes_.resize(mark);
      } else {
        ++count;
      }
      skip_ws(p);
      if (p < t_.size() && t_[p] == ',') {
        ++p;
        continue;
      }
      if (p < t_.size() && t_[p] == ']') {
        ++p;
        break;
      }
      return fail(p, p < t_.size() ? "expected ',' or ']' in array" : "unexpected end of input inside an array");
    }
  }
  nodes_[self].count = count;
  nodes_[self].end = p;
  nodes_[self].size = static_cast<std::uint32_t>(nodes_.size() - self);
  return true;
}

bool JsonReader::object(std::size_t& p, int depth, Where where) {
  std::size_t self = nodes_.size();
  JNode head;
  head.kind = JKind::object;
  head.begin = p++;
  nodes_.push_back(head);
  std::uint32_t count = 0;
  skip_ws(p);
  if (p < t_.size() && t_[p] == '}') {
    ++p;
  } else {
    for (;;) {
      skip_ws(p);
      if (p >= t_.size()) return fail(p, "unexpected end of input inside an object");
      if (t_[p] != '"') return fail(p, "expected a member name in double quotes");
      std::size_t key = nodes_.size();
      if (!string(p)) return false;
      skip_ws(p);
      if (p >= t_.size() || t_[p] != ':') return fail(p, "expected ':' after member name");
      ++p;
      std::string_view name = t_.substr(nodes_[key].begin + 1, nodes_[key].end - nodes_[key].begin - 2);
      Where inner = Where::other;
      if (where == Where::top || where == Where::in_message) {
        if (name == "items") inner = Where::items;
        else if (name == "message" && where == Where::top) inner = Where::in_message;
      }
      std::size_t v = nodes_.size();
      if (!value(p, depth + 1, inner)) return false;
      if (where == Where::top && name == "message-type" && nodes_[v].kind == JKind::string && !nodes_[v].escaped)
        message_type = t_.substr(nodes_[v].begin + 1, nodes_[v].end - nodes_[v].begin - 2);
      ++count;
      skip_ws(p);
      if (p < t_.size() && t_[p] == ',') {
        ++p;
        continue;
      }
      if (p < t_.size() && t_[p] == '}') {
        ++p;
        break;
      }
      return fail(p, p < t_.size() ? "expected ',' or '}' in object" : "unexpected end of input inside an object");
    }
  }
  nodes_[self].count = count;
  nodes_[self].end = p;
  nodes_[self].size = static_cast<std::uint32_t>(nodes_.size() - self);
  return true;
}

// ---------------------------------------------------------------------------
// Shapes

// Where a malformed array element ends: string-aware bracket matching from
// its first character.  Returns the offset of the ',' or ']' after it, or
// npos when the text ends first.
std::size_t skip_element(std::string_view t, std::size_t p) {
  int depth = 0;
  while (p < t.size()) {
    char c = t[p];
    if (c == '"') {
      for (++p; p < t.size() && t[p] != '"'; ++p)
        if (t[p] == '\\') ++p;
      if (p >= t.size()) return std::string::npos;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return c == ']' ? p : std::string::npos;
      --depth;
    } else if (c == ',' && depth == 0) {
      return p;
    }
    ++p;
  }
  return std::string::npos;
}

// The name of an object's first member ("indexed" in `{"indexed":...`), or
// empty when `p` does not open an object with a member.
std::string_view first_member(std::string_view t, std::size_t p) {
  while (p < t.size() && is_space(t[p])) ++p;
  if (p >= t.size() || t[p] != '{') return {};
  ++p;
  while (p < t.size() && is_space(t[p])) ++p;
  if (p >= t.size() || t[p] != '"') return {};
  std::size_t end = t.find('"', p + 1);
  return end == std::string_view::npos ? std::string_view() : t.substr(p, end + 1 - p);  // quotes included
}

std::size_t Importer::on_bad_item(std::size_t item_begin, std::size_t array_begin) {
  diags_.error(reader_.error_at, reader_.error);
  ++stats_.rejected;
  std::size_t resume = skip_element(t_, item_begin);
  // A corrupted bracket inside the bad work makes bracket matching stop
  // inside it, and the objects of its reference list would pass for works.
  // The works of one list open with the same member (Crossref writes members
  // in a fixed order): when the element after the bad one is an object that
  // opens otherwise than the list's first work, go on at the next that does.
  std::string_view lead = first_member(t_, array_begin + 1);
  if (lead.empty() || resume == std::string::npos || t_[resume] != ',') return resume;
  std::string_view next = first_member(t_, resume + 1);
  // What follows is a member ("page": ...), not an element: still inside the work.
  std::size_t q = resume + 1;
  while (q < t_.size() && is_space(t_[q])) ++q;
  bool member_follows = false;
  if (q < t_.size() && t_[q] == '"') {
    std::size_t close = t_.find('"', q + 1);
    std::size_t colon = close == std::string_view::npos ? close : close + 1;
    while (colon != std::string_view::npos && colon < t_.size() && is_space(t_[colon])) ++colon;
    member_follows = colon != std::string_view::npos && colon < t_.size() && t_[colon] == ':';
  }
  if (!member_follows && (next.empty() || next == lead)) return resume;
  for (std::size_t at = t_.find(lead, resume); at != std::string::npos; at = t_.find(lead, at + 1)) {
    std::size_t q = at;
    while (q > resume && is_space(t_[q - 1])) --q;
    if (q == resume || t_[q - 1] != '{') continue;
    --q;
    while (q > resume && is_space(t_[q - 1])) --q;
    if (q > resume && t_[q - 1] == ',') return q - 1;
  }
  return std::string::npos;  // no further work: the ones before the error stay
}

ParseStats Importer::run() {
  if (t_.size() >= UINT32_MAX) {
    diags_.file_error("Crossref JSON larger than 4 GB");
    ++stats_.rejected;
    return stats_;
  }
  std::size_t p = 0;
  auto skip_ws = [&] {
    while (p < t_.size() && is_space(t_[p])) ++p;
  };
  skip_ws();
  while (p < t_.size()) {
    std::size_t start = p;
    bool ok = false;
    if (t_[p] == '{' || t_[p] == '[') {
      nodes_.clear();
      reader_.error_reported = false;
      reader_.message_type = {};
      ok = reader_.value(p, 0, JsonReader::Where::top);
      if (ok) {
        top_value(0);
      } else if (!reader_.error_reported) {
        error(reader_.error_at, reader_.error);
      }
    } else {
      error(p, "expected a JSON object or array");
    }
    if (!ok) {
      // Go on at the next line that opens a value: JSON Lines lose only the
      // bad line.  (In a pretty-printed document nested values are indented,
      // so this does not land inside one.)
      std::size_t q = t_.find('\n', start);
      while (q != std::string::npos && q + 1 < t_.size() && t_[q + 1] != '{' && t_[q + 1] != '[')
        q = t_.find('\n', q + 1);
      if (q == std::string::npos || q + 1 >= t_.size()) break;
      p = q + 1;
      continue;
    }
    skip_ws();
  }
  if (single_ && works_seen_ == 0 && stats_.rejected == 0 && diags_.errors() == 0) {
    diags_.error(0, "no Crossref work found");
    ++stats_.rejected;
  }
  if (stats_.records == 0 && !non_work_members_.empty())
    diags_.file_error("no Crossref work in the file: JSON objects with the members " + non_work_members_ +
                      ", none of them bibliographic (title, DOI, author, container-title, issued, type)");
  name_guesses_.say(diags_);
  return stats_;
}

bool Importer::is_message(std::size_t obj) const {
  return member(obj, "message") != std::string::npos &&
         (member(obj, "status") != std::string::npos || member(obj, "message-type") != std::string::npos);
}

bool Importer::looks_like_work(std::size_t obj) const {
  bool work = false;
  for_each_member(obj, [&](std::string_view k, std::size_t) {
    Field f = field_of(k);
    work = work || f == Field::doi || f == Field::title || f == Field::type || f == Field::author ||
           f == Field::url || f == Field::container_title || f == Field::issued;
  });
  return work;
}

void Importer::top_value(std::size_t root) {
  if (n(root).kind == JKind::array) {
    if (single_) error(n(root).begin, "expected one Crossref work, found an array");
    return;  // its elements were streamed
  }
  if (is_message(root)) return message(root);
  // Crossref's {"items": [...]}; OpenAlex's {"meta": {...}, "results": [...]};
  // Semantic Scholar's {"total": .., "offset": .., "data": [...]}.
  for (std::string_view list : {"items", "results", "data"})
    if (std::size_t items = member(root, list); items != std::string::npos && n(items).kind == JKind::array) {
      if (single_) return error(n(root).begin, "expected one Crossref work, found a list");
      return for_each_element(items, [&](std::size_t i) { dispatch_item(i); });
    }
  if (looks_like_work(root)) return dispatch_item(root);
  // An object of works or messages keyed by DOI (as test suites store them).
  bool keyed = n(root).count > 0;
  for_each_member(root, [&](std::string_view, std::size_t v) {
    keyed = keyed && (n(v).kind == JKind::object || n(v).kind == JKind::array);
  });
  if (!keyed || single_)
    return error(n(root).begin, "not a Crossref work, work list or message (no DOI, title, type or items)");
  for_each_member(root, [&](std::string_view, std::size_t v) {
    if (n(v).kind == JKind::array) for_each_element(v, [&](std::size_t i) { dispatch_item(i); });
    else dispatch_item(v);
  });
}

void Importer::message(std::size_t obj) {
  std::size_t status = member(obj, "status");
  std::size_t type = member(obj, "message-type");
  std::size_t body = member(obj, "message");
  std::string type_name = type == std::string::npos ? std::string() : scalar(type);
  if (status != std::string::npos && scalar(status) != "ok") {
    // {"status":"error","message-type":"validation-failure",
    //  "message":[{"type":..., "message":"..."}]} or a message string.
    std::string why;
    auto add = [&](std::size_t v) {
      std::string s = n(v).kind == JKind::object && member(v, "message") != std::string::npos
                          ? scalar(member(v, "message"))
                          : scalar(v);
      if (s.empty()) return;
      if (!why.empty()) why += "; ";
      why += s;
    };
    if (n(body).kind == JKind::array) for_each_element(body, add);
    else add(body);
    return error(n(obj).begin, "Crossref API returned status '" + scalar(status) + "'" +
                                   (type_name.empty() ? "" : " (" + type_name + ")") +
                                   (why.empty() ? "" : ": " + why));
  }
  bool list = type_name == "work-list" ||
              (type_name.empty() && n(body).kind == JKind::object && member(body, "items") != std::string::npos);
  if (!type_name.empty() && type_name != "work" && type_name != "work-list")
    return error(n(obj).begin, "Crossref message of type '" + type_name + "' holds no works");
  if (!list) return dispatch_item(body);
  if (single_) return error(n(obj).begin, "expected one Crossref work, found a work-list");
  std::size_t items = n(body).kind == JKind::object ? member(body, "items") : std::string::npos;
  if (items == std::string::npos || n(items).kind != JKind::array)
    return error(n(body).begin, "Crossref work-list message without an items array");
  for_each_element(items, [&](std::size_t i) { dispatch_item(i); });
}

void Importer::dispatch_item(std::size_t i) {
  if (n(i).kind != JKind::object)
    return error(n(i).begin, std::string("Crossref work expected, found ") + kind_name(n(i).kind));
  if (is_message(i)) return message(i);
  // A paper's citations and references (Semantic Scholar): {"citingPaper":
  // {...}} or {"citedPaper": {...}}, with the citation's own context.
  for (std::string_view wrap : {"citingPaper", "citedPaper"})
    if (std::size_t p = member(i, wrap); p != std::string::npos && n(i).count <= 4 && n(p).kind == JKind::object &&
                                         is_semantic_scholar(p))
      return emit_work(p);
  if (!looks_like_work(i) && !is_semantic_scholar(i)) {
    if (non_work_members_.empty()) {
      // What the first such object holds, for the summary at the end.
      for_each_member(i, [&](std::string_view k, std::size_t) {
        if (non_work_members_.size() < 60) non_work_members_ += (non_work_members_.empty() ? "" : ", ") + std::string(k);
      });
      if (non_work_members_.empty()) non_work_members_ = "(none)";
    }
    return error(n(i).begin, "not a Crossref work (no DOI, title, type, author or URL)");
  }
  emit_work(i);
}

void Importer::emit_work(std::size_t obj) {
  if (single_ && works_seen_++ > 0) return error(n(obj).begin, "expected one Crossref work, found several");
  Record r;
  const char* format = "crossref";
  if (is_openalex(obj)) {
    map_openalex(obj, r);
    format = "openalex";
  } else if (is_semantic_scholar(obj)) {
    map_semantic_scholar(obj, r);
    format = "semantic-scholar";
  } else {
    map_work(obj, r);
  }
  set_provenance(r, diags_, format, n(obj).begin, raw(obj));
  ++stats_.records;
  sink_(std::move(r));
}

std::string Importer::compact(std::size_t i) const {
  std::string_view s = raw(i);
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (in_string) {
      if (c == '\\' && s[k + 1] == '/') {
        out.push_back(s[++k]);  // "http:\/\/..." is legal JSON, "http://..." is what a reader expects
        continue;
      }
      out.push_back(c);
      if (c == '\\') out.push_back(s[++k]);
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out.push_back(c);
    } else if (!is_space(c)) {
      out.push_back(c);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Mapping one work

int to_int(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 6) return 0;
  bool neg = s[0] == '-';
  if (neg) s.remove_prefix(1);
  int v = 0;
  for (char c : s) {
    if (!is_digit(c)) return 0;
    v = v * 10 + (c - '0');
  }
  return neg ? -v : v;
}

Date Importer::date(std::size_t i) const {
  Date d;
  if (n(i).kind == JKind::string) {  // a bare "2012-03-21"
    d.text = str(i);
    return d;
  }
  if (n(i).kind != JKind::object) return d;
  for_each_member(i, [&](std::string_view k, std::size_t v) {
    if (k == "date-parts" && n(v).kind == JKind::array && n(v).count > 0 && n(v + 1).kind == JKind::array) {
      int parts[3] = {0, 0, 0};
      int k2 = 0;
      for_each_element(v + 1, [&](std::size_t e) {
        if (k2 < 3) parts[k2++] = (n(e).kind == JKind::number || n(e).kind == JKind::string) ? to_int(scalar(e)) : 0;
      });
      d.year = parts[0];
      d.month = parts[1] >= 1 && parts[1] <= 12 ? parts[1] : 0;
      d.day = d.month && parts[2] >= 1 && parts[2] <= 31 ? parts[2] : 0;
      if (d.year == 0) d.month = d.day = 0;
    } else if ((k == "raw" || k == "literal") && d.text.empty()) {
      d.text = scalar(v);
    }
  });
  return d;
}

Creator Importer::creator(std::size_t obj) const {
  Creator c;
  if (n(obj).kind == JKind::string) {
    c.literal = clean_text(str(obj));
    return c;
  }
  if (n(obj).kind != JKind::object) return c;
  for_each_member(obj, [&](std::string_view k, std::size_t v) {
    if (n(v).kind != JKind::string) return;
    if (k == "family") c.family = clean_text(str(v));
    else if (k == "given") c.given = clean_text(str(v));
    else if (k == "name" || k == "literal") c.literal = clean_text(str(v));
    else if (k == "ORCID") c.orcid = clean_orcid(str(v));
    else if (k == "suffix") c.suffix = clean_text(str(v));
    else if (k == "non-dropping-particle" || k == "dropping-particle")
      c.particle = c.particle.empty() ? clean_text(str(v)) : c.particle + " " + clean_text(str(v));
  });
  if (c.family.empty() && c.given.empty() && c.literal.empty()) c.literal = {};
  organisation_as_literal(c);  // {"family":"World Health Organization"}
  return c;
}

// Affiliations have no slot in Creator; when any author has one they go to
// extra as [["Univ A","Inst B"],[],...], one array per author in order.
void Importer::creators(std::size_t arr, Record& r, std::vector<Creator>& out, std::string* affiliations) const {
  std::string placeholder;  // an unsigned work's "Anonymous" (dropped from the authors)
  std::string aff = "[";
  bool any = false;
  for_each_element(arr, [&](std::size_t e) {
    Creator c = creator(e);
    if (std::string said = drop_given_titles(c, "Crossref creator"); !said.empty()) diags_.warning(n(e).begin, said);
    if (c.empty() || said_anonymous(c, "Crossref creator", diags_, n(e).begin, &out == &r.authors ? &placeholder : nullptr))
      return;
    out.push_back(std::move(c));
    if (!affiliations) return;
    if (aff.size() > 1) aff += ',';
    aff += '[';
    std::size_t list = n(e).kind == JKind::object ? member(e, "affiliation") : std::string::npos;
    if (list != std::string::npos && n(list).kind == JKind::array) {
      bool first = true;
      for_each_element(list, [&](std::size_t a) {
        std::size_t name = n(a).kind == JKind::object ? member(a, "name") : std::string::npos;
        if (name == std::string::npos || n(name).kind != JKind::string) return;
        if (!first) aff += ',';
        aff += raw(name);  // a JSON string as written
        first = false;
        any = true;
      });
    }
    aff += ']';
  });
  aff += ']';
  if (any && affiliations) *affiliations = std::move(aff);
  keep_author_placeholder(r, std::move(placeholder));
}

Reference Importer::reference(std::size_t obj) const {
  Reference ref;
  if (n(obj).kind == JKind::string) {
    ref.raw = std::string(trim(str(obj)));
    return ref;
  }
  if (n(obj).kind != JKind::object) return ref;
  std::string doi, volume_title, series_title;
  std::size_t doi_at = 0, raw_at = 0, raw_end = 0;
  for_each_member(obj, [&](std::string_view k, std::size_t v) {
    switch (k.size() ? k[0] : 0) {
      case 'k': if (k == "key") ref.key = scalar(v); break;
      case 'D':
        if (k == "DOI") {
          doi = scalar(v);
          doi_at = n(v).begin;
        }
        break;
      case 'u':
        if (k == "unstructured") {
          ref.raw = std::string(trim(scalar(v)));
          raw_at = n(v).begin;
          raw_end = n(v).end;
        }
        break;
      case 'a':
        if (k == "author") ref.author = clean_text(scalar(v));
        else if (k == "article-title") ref.title = clean_text(scalar(v));
        break;
      case 'y': if (k == "year") ref.year = scalar(v); break;
      case 'v':
        if (k == "volume-title") volume_title = clean_text(scalar(v));
        else if (k == "volume") ref.volume = scalar(v);
        break;
      case 'j': if (k == "journal-title") ref.container = clean_text(scalar(v)); break;
      case 's': if (k == "series-title") series_title = clean_text(scalar(v)); break;
      case 'f': if (k == "first-page") ref.first_page = scalar(v); break;
      default: break;
    }
  });
  if (!doi.empty()) {
    if (auto d = normalize_doi_said(doi, "reference DOI", diags_, doi_at)) {
      ref.doi = std::move(*d);
    } else if (ref.raw.empty()) {
      diags_.warning(doi_at, "reference DOI is not a DOI, kept as the reference's text: " + doi);
      ref.raw = doi;  // not a DOI after all; keep what was written
    } else {
      diags_.warning(doi_at, "reference DOI is not a DOI, dropped (the reference keeps its text): " + doi);
    }
  }
  if (ref.title.empty()) ref.title = std::move(volume_title);
  else if (ref.container.empty()) ref.container = std::move(volume_title);  // a chapter in a book
  if (ref.container.empty()) ref.container = std::move(series_title);
  // Only `unstructured` (and perhaps a DOI): the reference parser reads it.
  if (!ref.raw.empty() && ref.title.empty() && ref.author.empty() && ref.container.empty()) {
    std::vector<DoiRepair> repairs;
    complete_reference(ref, &repairs);
    // Said where the string writes the DOI; at the string's start when JSON
    // escapes inside the DOI hide it.
    for (const DoiRepair& d : repairs)
      say_doi_repair(d, "cited reference DOI", diags_, offset_in_cell(t_, raw_at, d.written, raw_end));
  }
  return ref;
}

void Importer::map_work(std::size_t obj, Record& r) {
  std::string crossref_type, subtitle;
  Date issued, print, online, fallback;
  bool have_type = false;
  std::string foreign;  // keys that are not Crossref's, for a work without a DOI
  for_each_member(obj, [&](std::string_view key, std::size_t v) {
    if (empty_value(v)) return;
    const JKind kind = n(v).kind;
    const bool text = kind == JKind::string || kind == JKind::number;
    bool done = true;
    bool math = false;  // MathML written in one line (clean_title, jats_to_text)
    switch (field_of(key)) {
      case Field::drop: break;
      case Field::doi:
        if (auto d = normalize_doi_said(scalar(v), "DOI", diags_, n(v).begin)) {
          r.doi = std::move(*d);
        } else {
          diags_.warning(n(v).begin, "DOI is not a DOI, kept in extra: " + std::string(scalar(v)) +
                                         placeholder_doi_note(scalar(v)));
          done = false;
        }
        break;
      case Field::type:
        if (kind == JKind::string) {
          crossref_type = str(v);
          have_type = true;
        } else {
          done = false;
        }
        break;
      case Field::title:
        if (kind == JKind::array && n(v).count > 1) r.add_extra("title", compact(v));  // the other titles
        r.title = clean_title(first_text(v), math);
        if (math) diags_.warning(n(v).begin, math_simplified_warning("title"));
        break;
      case Field::subtitle:
        subtitle = clean_title(first_text(v), math);
        if (math) diags_.warning(n(v).begin, math_simplified_warning("subtitle"));
        if (kind == JKind::array && n(v).count > 1) r.add_extra("subtitle", compact(v));
        break;
      case Field::container_title:
        r.container_title = clean_text(first_text(v));
        if (kind == JKind::array && n(v).count > 1) r.add_extra("container-title", compact(v));
        break;
      case Field::short_container_title: r.container_title_short = clean_text(first_text(v)); break;
      case Field::article_number: if (text) r.number = std::string(trim(scalar(v))); else done = false; break;
      case Field::author:
        if (kind == JKind::array) {
          std::string affiliations;
          creators(v, r, r.authors, &affiliations);
          if (!affiliations.empty()) r.add_extra("affiliation", std::move(affiliations));
        } else {
          done = false;
        }
        break;
      case Field::editor:
        if (kind == JKind::array) creators(v, r, r.editors);
        else done = false;
        break;
      case Field::issued: issued = date(v); break;
      case Field::published_print:
        print = date(v);
        if (!print.empty()) r.add_extra(std::string(key), date_text(print));
        break;
      case Field::published_online:
        online = date(v);
        if (!online.empty()) r.add_extra(std::string(key), date_text(online));
        break;
      case Field::date_fallback:
        if (fallback.empty()) fallback = date(v);
        break;
      case Field::date_extra: {
        Date d = date(v);
        if (d.empty()) done = false;
        else r.add_extra(std::string(key), date_text(d));
        break;
      }
      case Field::volume: if (text) r.volume = std::string(trim(scalar(v))); else done = false; break;
      case Field::issue: if (text) r.issue = std::string(trim(scalar(v))); else done = false; break;
      case Field::page: if (text) r.pages = normalize_pages(scalar(v)); else done = false; break;
      case Field::publisher: if (text) r.publisher = clean_text(scalar(v)); else done = false; break;
      case Field::publisher_place: if (text) r.publisher_place = clean_text(scalar(v)); else done = false; break;
      case Field::url: if (text) r.url = std::string(trim(scalar(v))); else done = false; break;
      case Field::abstract:
        if (!text) {
          done = false;
          break;
        }
        r.abstract = jats_to_text(scalar(v), math);
        if (math) diags_.warning(n(v).begin, math_simplified_warning("abstract"));
        break;
      case Field::language: if (text) r.language = std::string(trim(scalar(v))); else done = false; break;
      case Field::issn:
      case Field::isbn: {
        auto& list = field_of(key) == Field::issn ? r.issn : r.isbn;
        if (kind == JKind::array) for_each_element(v, [&](std::size_t e) {
            std::string s(trim(scalar(e)));
            if (!s.empty()) list.push_back(std::move(s));
          });
        else if (text) list.push_back(std::string(trim(scalar(v))));
        else done = false;
        break;
      }
      case Field::issn_type:
      case Field::isbn_type:
        // [{"value":"1932-6203","type":"electronic"}]: the values join ISSN/ISBN
        // (merged after the loop, as the order of keys is free).
        done = kind == JKind::array;
        break;
      case Field::subject:
        if (kind == JKind::array) for_each_element(v, [&](std::size_t e) {
            r.add_keyword(clean_text(scalar(e)));
          });
        else done = false;
        break;
      case Field::keyword:
        if (kind == JKind::string) for (const auto& k : split_list(clean_text(str(v)), ",;")) r.add_keyword(k);
        else done = false;
        break;
      case Field::reference:
        if (kind == JKind::array) {
          r.references.reserve(n(v).count);
          for_each_element(v, [&](std::size_t e) {
            Reference ref = reference(e);
            if (!(ref == Reference{})) r.references.push_back(std::move(ref));
          });
        } else {
          done = false;
        }
        break;
      case Field::other:
        done = false;
        if (foreign.size() < 80) foreign += (foreign.empty() ? "" : ", ") + std::string(key);
        break;
    }
    if (!done) r.add_extra(std::string(key), extra_value(v));
  });
  // Every Crossref work has a DOI: one without, holding keys Crossref never
  // writes, is likely another JSON dialect whose fields were not read.
  if (r.doi.empty() && !foreign.empty())
    diags_.warning(n(obj).begin, "a work without a DOI holds keys that are not Crossref's (" + foreign +
                                     "): kept in extra, not read; is this Crossref JSON?");

  // ISSN/ISBN from the typed lists, when the plain lists lack them.
  for_each_member(obj, [&](std::string_view key, std::size_t v) {
    Field f = field_of(key);
    if ((f != Field::issn_type && f != Field::isbn_type) || n(v).kind != JKind::array) return;
    auto& list = f == Field::issn_type ? r.issn : r.isbn;
    for_each_element(v, [&](std::size_t e) {
      if (n(e).kind != JKind::object) return;
      std::size_t val = member(e, "value");
      if (val == std::string::npos) return;
      std::string s(trim(scalar(val)));
      if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
    });
  });

  if (!subtitle.empty()) {
    if (r.title.empty()) {
      r.title = std::move(subtitle);
    } else if (r.title.find(subtitle) == std::string::npos) {
      char last = r.title.back();
      r.title += (last == ':' || last == '?' || last == '!' || last == '.') ? " " : ": ";
      r.title += subtitle;
    }
  }

  for (const Date* d : {&issued, &print, &online, &fallback})
    if (!d->empty()) {
      r.issued = *d;
      break;
    }

  if (have_type) {
    const TypeMap* m = nullptr;
    for (const TypeMap& t : kTypes)
      if (t.source == crossref_type) m = &t;
    if (m) {
      r.type = std::string(m->csl);
      if (!m->lossless) r.add_extra("crossref_type", crossref_type);
    } else if (is_csl_type(crossref_type)) {
      r.type = crossref_type;  // CSL-JSON mixed in with Crossref works
    } else {
      r.type = "document";
      r.add_extra("crossref_type", crossref_type);
    }
  }
}

}  // namespace

std::string crossref_csl_type(std::string_view type) {
  for (const TypeMap& t : kTypes)
    if (t.source == type) return std::string(t.csl);
  return "";
}

// OpenAlex: "id" is its work address (https://openalex.org/W…), or "ids"
// holds an "openalex" one.
bool Importer::is_openalex(std::size_t obj) const {
  std::size_t id = member(obj, "id");
  if (id != std::string::npos && n(id).kind == JKind::string && starts_with(str(id), "https://openalex.org/W")) return true;
  std::size_t ids = member(obj, "ids");
  return ids != std::string::npos && n(ids).kind == JKind::object && member(ids, "openalex") != std::string::npos;
}

namespace {

// OpenAlex's work types (docs.openalex.org, work object) as CSL types, as
// Zotero's "OpenAlex JSON" translator maps them (a journal source makes a
// journal article, a conference one a paper, a submitted version a
// preprint); `lossless` when the CSL type names the OpenAlex type back, as
// in kTypes.  "conference-paper" and "data-paper" are types of OpenAlex's
// works of 2026 (ACL-anthology papers; Scientific Data's descriptors), which
// docs.openalex.org did not list before.  Any other type (other, paratext,
// peer-review, grant) is a document.
constexpr TypeMap kOpenalexTypes[] = {
    {"article", "article-journal", true}, {"book", "book", true}, {"book-chapter", "chapter", true},
    {"dissertation", "thesis", true}, {"report", "report", true}, {"dataset", "dataset", true},
    {"reference-entry", "entry-encyclopedia", false}, {"standard", "standard", true},
    {"editorial", "article-journal", false}, {"letter", "article-journal", false},
    {"erratum", "article-journal", false}, {"preprint", "article", false}, {"review", "article-journal", false},
    {"libguides", "entry-encyclopedia", false}, {"supplementary-materials", "article-journal", false},
    {"retraction", "article-journal", false}, {"conference-paper", "paper-conference", true},
    {"data-paper", "article-journal", false}};

}  // namespace

std::string openalex_csl_type(std::string_view type) {
  for (const TypeMap& t : kOpenalexTypes)
    if (t.source == type) return std::string(t.csl);
  return "";
}

// An OpenAlex work.  Read: title, DOI (its https://doi.org/ address), the
// publication date (else year), type, authors (display names, given name
// first, with ORCIDs), the primary location's source (journal, ISSNs,
// publisher), biblio (volume, issue, pages), the abstract rebuilt from its
// inverted index, keywords, language, and PMID/PMCID from `ids`.  Every
// other key, and those only partly read (authorships with their
// institutions, primary_location), stays in extra as written; the work's
// OpenAlex address is extra "openalex", and referenced_works are its
// references (their addresses as raw text).
void Importer::map_openalex(std::size_t obj, Record& r) {
  std::string type, source_type, version, display_name;
  for_each_member(obj, [&](std::string_view key, std::size_t v) {
    if (empty_value(v)) return;
    const JKind kind = n(v).kind;
    bool done = true;
    bool math = false;
    if (key == "id") {
      r.add_extra("openalex", scalar(v));
    } else if (key == "doi") {
      if (auto d = normalize_doi_said(scalar(v), "doi", diags_, n(v).begin)) r.doi = std::move(*d);
      else done = false;
    } else if (key == "title") {
      r.title = clean_title(scalar(v), math);
      if (math) diags_.warning(n(v).begin, math_simplified_warning("title"));
    } else if (key == "display_name") {
      display_name = clean_text(scalar(v));
    } else if (key == "publication_year") {
      if (!r.issued.year) r.issued.year = std::atoi(std::string(raw(v)).c_str());
    } else if (key == "publication_date") {
      // "1982-11-01"; anything else stays in extra.
      Date d = parse_raw_date(scalar(v));
      if (d.year && d.text.empty()) r.issued = d;
      else done = false;
    } else if (key == "type") {
      type = scalar(v);
    } else if (key == "language") {
      r.language = scalar(v);
    } else if (key == "ids" && kind == JKind::object) {
      done = false;  // mag and the rest, as written
      if (std::size_t pm = member(v, "pmid"); pm != std::string::npos) {
        std::string s = scalar(pm);
        r.pmid = s.substr(s.find_last_of('/') + 1);
      }
      if (std::size_t pmc = member(v, "pmcid"); pmc != std::string::npos) {
        std::string s = scalar(pmc);
        if (!s.empty() && s.back() == '/') s.pop_back();
        s = s.substr(s.find_last_of('/') + 1);
        r.pmcid = starts_with(s, "PMC") ? s : "PMC" + s;
      }
      if (std::size_t oa = member(v, "openalex"); oa != std::string::npos && r.get_extra("openalex").empty())
        r.add_extra("openalex", scalar(oa));
    } else if (key == "authorships" && kind == JKind::array) {
      done = false;  // institutions, countries, positions: as written
      for_each_element(v, [&](std::size_t a) {
        if (n(a).kind != JKind::object) return;
        std::size_t author = member(a, "author");
        std::size_t name = author == std::string::npos ? author : member(author, "display_name");
        if (name == std::string::npos || empty_value(name)) name = member(a, "raw_author_name");
        if (name == std::string::npos || empty_value(name)) return;
        const std::string written = clean_text(scalar(name));
        NameGuess guess;
        Creator c = parse_given_first_name(written, &guess);
        name_guesses_.add(guess, "authorships.author.display_name", written, c, n(name).begin);
        if (std::size_t orcid = member(author, "orcid"); orcid != std::string::npos && !empty_value(orcid))
          c.orcid = clean_orcid(scalar(orcid));
        r.authors.push_back(std::move(c));
      });
    } else if (key == "primary_location" && kind == JKind::object) {
      done = false;  // landing page, licence, version: as written
      if (std::size_t ver = member(v, "version"); ver != std::string::npos) version = scalar(ver);
      std::size_t source = member(v, "source");
      if (source != std::string::npos && n(source).kind == JKind::object) {
        auto text_of = [&](std::string_view k) {
          std::size_t m = member(source, k);
          return m == std::string::npos || empty_value(m) ? std::string() : clean_text(scalar(m));
        };
        r.container_title = text_of("display_name");
        r.publisher = text_of("host_organization_name");
        source_type = text_of("type");
        if (std::size_t issn = member(source, "issn"); issn != std::string::npos && n(issn).kind == JKind::array) {
          for_each_element(issn, [&](std::size_t e) {
            std::string s(trim(scalar(e)));
            if (!s.empty()) r.issn.push_back(std::move(s));
          });
        } else if (std::string l = text_of("issn_l"); !l.empty()) {
          r.issn.push_back(l);
        }
      }
    } else if (key == "biblio" && kind == JKind::object) {
      std::string first, last;
      for_each_member(v, [&](std::string_view k, std::size_t b) {
        if (empty_value(b)) return;
        std::string s(trim(scalar(b)));
        if (k == "volume") r.volume = s;
        else if (k == "issue") r.issue = s;
        else if (k == "first_page") first = s;
        else if (k == "last_page") last = s;
        else r.add_extra("biblio." + std::string(k), s);
      });
      r.pages = !last.empty() && last != first && !first.empty() ? first + "-" + last : first;
    } else if (key == "abstract_inverted_index" && kind == JKind::object) {
      // {"Words":[0],"in":[1,4],...}: each word at its positions.
      std::vector<std::string> words;
      for_each_member(v, [&](std::string_view word, std::size_t positions) {
        if (n(positions).kind != JKind::array) return;
        for_each_element(positions, [&](std::size_t p) {
          long at = std::atol(std::string(raw(p)).c_str());
          if (at < 0 || at > 200000) return;
          if (words.size() <= static_cast<std::size_t>(at)) words.resize(at + 1);
          words[at] = std::string(word);
        });
      });
      std::string text;
      for (const std::string& w : words)
        if (!w.empty()) text += (text.empty() ? "" : " ") + w;
      r.abstract = std::move(text);
    } else if (key == "referenced_works" && kind == JKind::array) {
      // The works it cites, by their OpenAlex addresses: its references
      // (network_build matches them to works by OpenAlex ID).
      for_each_element(v, [&](std::size_t w) {
        if (n(w).kind != JKind::string || empty_value(w)) return;
        Reference ref;
        ref.raw = std::string(trim(str(w)));
        r.references.push_back(std::move(ref));
      });
    } else if (key == "keywords" && kind == JKind::array) {
      for_each_element(v, [&](std::size_t k) {
        if (n(k).kind == JKind::string) return r.add_keyword(clean_text(str(k)));
        if (n(k).kind != JKind::object) return;
        std::size_t dn = member(k, "display_name");
        if (dn == std::string::npos) dn = member(k, "keyword");
        if (dn != std::string::npos && !empty_value(dn)) r.add_keyword(clean_text(scalar(dn)));
      });
    } else {
      done = false;
    }
    if (!done) r.add_extra(std::string(key), extra_value(v));
  });
  if (r.title.empty()) r.title = display_name;
  else if (!display_name.empty() && display_name != r.title) r.add_extra("display_name", display_name);
  r.type = "document";
  bool lossless = type.empty();
  for (const TypeMap& t : kOpenalexTypes)
    if (t.source == type) r.type = std::string(t.csl), lossless = t.lossless;
  if (!lossless) r.add_extra("openalex_type", type);  // editorial, letter, review...: a journal article of a kind
  if (source_type == "journal" && r.type != "article-journal") r.type = "article-journal";
  else if (source_type == "conference") r.type = "paper-conference";
  if (version == "submittedVersion") r.type = "article";  // a preprint
  // A book's source is its series; its publisher is the host organisation.
  if (r.type == "book" && !r.container_title.empty()) {
    r.add_extra("collection-title", r.container_title);
    r.container_title.clear();
  }
  // A thesis' or a dataset's source is where it is kept: the publisher.
  if ((r.type == "thesis" || r.type == "dataset") && !r.container_title.empty()) {
    r.publisher = r.container_title;
    r.container_title.clear();
  }
}

// Semantic Scholar: "paperId", its 40 hexadecimal digits (an API's
// responses hold no other "paperId").
bool Importer::is_semantic_scholar(std::size_t obj) const {
  if (n(obj).kind != JKind::object) return false;
  const std::size_t id = member(obj, "paperId");
  if (id == std::string::npos || n(id).kind != JKind::string) return false;
  const std::string s = str(id);
  return s.size() == 40 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// Semantic Scholar's publication types as CSL types (api.semanticscholar.org,
// paper object): the first that maps names the type; all of them are kept.
constexpr TypeMap kSemanticScholarTypes[] = {
    {"JournalArticle", "article-journal", true}, {"Conference", "paper-conference", true},
    {"Book", "book", true},                      {"BookSection", "chapter", true},
    {"Dataset", "dataset", true},                {"News", "article-newspaper", true},
};

// A Semantic Scholar paper: paperId, externalIds {DOI, PubMed,
// PubMedCentral, ArXiv, ...}, title, abstract, year, publicationDate,
// venue, journal {name, volume, pages}, publicationVenue, authors [{name}]
// (given name first), url, publicationTypes; the rest (citation counts,
// fields of study, tldr, openAccessPdf...) kept in extra as written.
void Importer::map_semantic_scholar(std::size_t obj, Record& r) {
  std::string venue, types;
  for_each_member(obj, [&](std::string_view key, std::size_t v) {
    if (empty_value(v)) return;
    const JKind kind = n(v).kind;
    bool done = true, math = false;
    if (key == "paperId") {
      r.add_extra("semantic-scholar", scalar(v));
    } else if (key == "title") {
      r.title = clean_title(scalar(v), math);
      if (math) diags_.warning(n(v).begin, math_simplified_warning("title"));
    } else if (key == "abstract") {
      r.abstract = clean_text(scalar(v));
    } else if (key == "year") {
      if (!r.issued.year) r.issued.year = std::atoi(std::string(raw(v)).c_str());
    } else if (key == "publicationDate") {
      Date d = parse_raw_date(scalar(v));
      if (d.year && d.text.empty()) r.issued = d;
      else done = false;
    } else if (key == "venue") {
      venue = clean_text(scalar(v));
    } else if (key == "url") {
      r.url = scalar(v);
    } else if (key == "externalIds" && kind == JKind::object) {
      for_each_member(v, [&](std::string_view k, std::size_t id) {
        if (empty_value(id)) return;
        const std::string s(trim(scalar(id)));
        if (k == "DOI") {
          if (auto d = normalize_doi_said(s, "externalIds.DOI", diags_, n(id).begin)) r.doi = std::move(*d);
          else r.add_extra("externalIds.DOI", s);
        } else if (k == "PubMed" && all_digits(s)) {
          r.pmid = s;
        } else if (k == "PubMedCentral" && !s.empty()) {
          r.pmcid = starts_with(s, "PMC") ? s : "PMC" + s;
        } else {
          r.add_extra("externalIds." + std::string(k), s);
        }
      });
    } else if (key == "journal" && kind == JKind::object) {
      for_each_member(v, [&](std::string_view k, std::size_t j) {
        if (empty_value(j)) return;
        const std::string s(trim(scalar(j)));
        if (k == "name") r.container_title = clean_text(s);
        else if (k == "volume") r.volume = s;
        else if (k == "pages") r.pages = s;
        else r.add_extra("journal." + std::string(k), extra_value(j));
      });
    } else if (key == "authors" && kind == JKind::array) {
      done = false;  // their Semantic Scholar IDs: as written
      for_each_element(v, [&](std::size_t a) {
        std::size_t name = n(a).kind == JKind::object ? member(a, "name") : std::string::npos;
        if (name == std::string::npos || empty_value(name)) return;
        const std::string written = clean_text(scalar(name));
        NameGuess guess;
        Creator c = parse_given_first_name(written, &guess);
        name_guesses_.add(guess, "authors.name", written, c, n(name).begin);
        r.authors.push_back(std::move(c));
      });
    } else if (key == "publicationTypes" && kind == JKind::array) {
      for_each_element(v, [&](std::size_t t) {
        const std::string s = scalar(t);
        types += (types.empty() ? "" : ", ") + s;
        for (const TypeMap& m : kSemanticScholarTypes)
          if (r.type.empty() && m.source == s) r.type = std::string(m.csl);
      });
      r.add_extra("publicationTypes", types);
    } else {
      done = false;
    }
    if (!done) r.add_extra(std::string(key), extra_value(v));
  });
  // "venue" is the journal's or the conference's name as Semantic Scholar
  // writes it; journal.name, where given, is the journal's.
  if (r.container_title.empty()) r.container_title = venue;
  else if (!venue.empty() && venue != r.container_title) r.add_extra("venue", venue);
  if (r.type.empty()) r.type = r.container_title.empty() ? "document" : "article-journal";
}

ParseStats parse_crossref_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Importer(text, diags, sink, false).run();
}

ParseStats parse_crossref_work(std::string_view json, Diagnostics& diags, const RecordSink& sink) {
  return Importer(json, diags, sink, true).run();
}

}  // namespace refnet
