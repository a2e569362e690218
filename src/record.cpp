#include "refnet/record.hpp"

#include "refnet/text.hpp"
#include "refnet/wos_ut.hpp"
#include "stored_views.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <locale>
#include <sstream>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace refnet {

std::string source_position(const Provenance& p) {
  std::string out = p.file.empty() ? std::string("<input>") : p.file;
  out += ':' + std::to_string(p.line) + ':' + std::to_string(p.column ? p.column : 1);
  return out;
}

std::string Creator::full_family() const {
  if (particle.empty()) return family;
  return particle + " " + family;
}

std::string Creator::display() const {
  if (is_literal()) return literal;
  std::string out = given;
  std::string fam = full_family();
  if (!fam.empty()) {
    if (!out.empty()) out += ' ';
    out += fam;
  }
  if (!suffix.empty()) out += ", " + suffix;
  return out;
}

const std::string& Record::spelled_doi() const {
  // A spelling left over from another DOI (a `set doi=` that kept the old
  // spelling) is no spelling of this one.
  return doi_spelling.empty() || doi_spelling == doi || !iequals(doi_spelling, doi) ? doi : doi_spelling;
}

std::string_view Record::get_extra(std::string_view name) const {
  for (const auto& f : extra)
    if (f.name == name) return f.value;
  return {};
}

void Record::add_keyword(std::string_view k) {
  k = trim(k);
  if (k.empty()) return;
  for (const auto& have : keywords)
    if (iequals(have, k)) return;
  keywords.emplace_back(k);
}

bool is_csl_type(std::string_view type) {
  static constexpr std::string_view types[] = {
      "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
      "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
      "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
      "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
      "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
      "personal_communication", "post", "post-weblog", "regulation", "report", "review",
      "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"};
  return std::find(std::begin(types), std::end(types), type) != std::end(types);
}

// ---------------------------------------------------------------------------
// JSON.  Written and read by hand: the store writes one per record on import,
// and every reader of the library decodes one per work.

namespace {

void put_text(std::string& out, std::string_view s) { append_json_string(out, s); }

// Writes `"key":` with the separating comma when needed.
struct ObjectWriter {
  std::string& out;
  bool first = true;
  explicit ObjectWriter(std::string& o) : out(o) { out.push_back('{'); }
  // k is one of the Record's own keys: plain ASCII, nothing to escape.
  void key(std::string_view k) {
    if (!first) out.push_back(',');
    first = false;
    out.push_back('"');
    out.append(k);
    out.append("\":", 2);
  }
  void str(std::string_view k, std::string_view v) {
    if (v.empty()) return;
    key(k);
    put_text(out, v);
  }
  void num(std::string_view k, long long v) {
    if (v == 0) return;
    key(k);
    out += std::to_string(v);
  }
  void strings(std::string_view k, const std::vector<std::string>& v) {
    if (v.empty()) return;
    key(k);
    out.push_back('[');
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out.push_back(',');
      put_text(out, v[i]);
    }
    out.push_back(']');
  }
  void close() { out.push_back('}'); }
};

void put_creators(ObjectWriter& w, std::string_view k, const std::vector<Creator>& v) {
  if (v.empty()) return;
  w.key(k);
  w.out.push_back('[');
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) w.out.push_back(',');
    ObjectWriter c(w.out);
    c.str("family", v[i].family);
    c.str("given", v[i].given);
    c.str("particle", v[i].particle);
    c.str("suffix", v[i].suffix);
    c.str("literal", v[i].literal);
    c.str("orcid", v[i].orcid);
    c.strings("affiliations", v[i].affiliations);
    c.close();
  }
  w.out.push_back(']');
}

}  // namespace

std::string to_json(const Record& r) {
  std::string out;
  out.reserve(512 + r.title.size() + r.abstract.size() + r.references.size() * 96);
  ObjectWriter w(out);
  w.str("type", r.type);
  w.str("title", r.title);
  if (!r.title_nocase.empty()) {
    w.key("title_nocase");
    out.push_back('[');
    for (std::size_t i = 0; i < r.title_nocase.size(); ++i) {
      if (i) out.push_back(',');
      out += '[' + std::to_string(r.title_nocase[i].begin) + ',' + std::to_string(r.title_nocase[i].end) + ']';
    }
    out.push_back(']');
  }
  w.str("container_title", r.container_title);
  w.str("container_title_short", r.container_title_short);
  put_creators(w, "authors", r.authors);
  put_creators(w, "editors", r.editors);
  if (!r.issued.empty()) {
    w.key("issued");
    ObjectWriter d(out);
    d.num("year", r.issued.year);
    d.num("month", r.issued.month);
    d.num("day", r.issued.day);
    d.str("text", r.issued.text);
    d.num("end_year", r.issued.end_year);
    d.num("end_month", r.issued.end_month);
    d.num("end_day", r.issued.end_day);
    d.close();
  }
  w.str("volume", r.volume);
  w.str("issue", r.issue);
  w.str("pages", r.pages);
  w.str("number", r.number);
  w.str("publisher", r.publisher);
  w.str("publisher_place", r.publisher_place);
  w.strings("issn", r.issn);
  w.strings("isbn", r.isbn);
  w.str("doi", r.doi);
  if (&r.spelled_doi() != &r.doi) w.str("doi_spelling", r.doi_spelling);
  w.str("pmid", r.pmid);
  w.str("pmcid", r.pmcid);
  w.str("wos_ut", r.wos_ut);
  w.str("scopus_eid", r.scopus_eid);
  w.str("url", r.url);
  w.str("abstract", r.abstract);
  w.str("language", r.language);
  w.strings("keywords", r.keywords);
  if (!r.references.empty()) {
    w.key("references");
    out.push_back('[');
    for (std::size_t i = 0; i < r.references.size(); ++i) {
      if (i) out.push_back(',');
      const Reference& ref = r.references[i];
      ObjectWriter o(out);
      o.str("key", ref.key);
      o.str("doi", ref.doi);
      o.str("raw", ref.raw);
      o.str("author", ref.author);
      o.str("year", ref.year);
      o.str("title", ref.title);
      o.str("container", ref.container);
      o.str("volume", ref.volume);
      o.str("first_page", ref.first_page);
      o.close();
    }
    out.push_back(']');
  }
  w.str("citekey", r.citekey);
  if (!r.extra.empty()) {
    w.key("extra");
    out.push_back('[');
    for (std::size_t i = 0; i < r.extra.size(); ++i) {
      if (i) out.push_back(',');
      out.push_back('[');
      put_text(out, r.extra[i].name);
      out.push_back(',');
      put_text(out, r.extra[i].value);
      if (!r.extra[i].format.empty()) {
        out.push_back(',');
        put_text(out, r.extra[i].format);
      }
      out.push_back(']');
    }
    out.push_back(']');
  }
  const Provenance& p = r.provenance;
  if (!p.file.empty() || !p.format.empty() || p.line || p.hash) {
    w.key("provenance");
    ObjectWriter o(out);
    o.str("file", p.file);
    o.str("format", p.format);
    o.num("line", p.line);
    if (p.column > 1) o.num("column", p.column);  // most records start a line
    if (!p.key_format.empty()) o.str("key_format", p.key_format);
    if (p.hash) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(p.hash));
      o.str("hash", buf);
    }
    o.close();
  }
  w.close();
  return out;
}

// ---------------------------------------------------------------------------
// Reading.  One pass over the text, no DOM: the object to_json writes is
// decoded straight into the Record, and the parts a reader did not ask for
// are scanned over (still checked to be JSON) without building anything.
// The semantics are those of the nlohmann DOM reader it replaced (kept as the
// oracle in tests/record_json_test.cpp): any valid JSON is read, unknown keys
// and values of the wrong type are ignored, the last of duplicate keys wins, a
// number field holding a non-number throws, and so does text that is not JSON
// (UTF-8 checked, no raw control characters, a leading BOM allowed, the
// input ends at a NUL byte after the value).

namespace {


// Length of the well-formed UTF-8 sequence at p (p[0] >= 0x80), or 0: no
// overlong forms, no surrogates, nothing above U+10FFFF (RFC 3629).
inline int utf8_sequence(const char* p, const char* end) {
  auto at = [&](int k) { return static_cast<unsigned char>(p[k]); };
  auto cont = [&](int k, unsigned lo, unsigned hi) { return at(k) >= lo && at(k) <= hi; };
  const unsigned c = at(0);
  const std::ptrdiff_t left = end - p;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return left >= 2 && cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3) return 0;
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c < 0xF5) {
    if (left < 4) return 0;
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A JSON number as nlohmann holds it: an integer that fits 64 bits (signed
// when negative), else a double.
struct Number {
  enum Kind { none, negative, positive, real } kind = none;
  std::int64_t i = 0;
  std::uint64_t u = 0;
  double d = 0;
  bool boolean = false;  // true/false: nlohmann converts them to 1/0
  template <typename T>
  T as() const {
    switch (kind) {
      case negative: return static_cast<T>(i);
      case positive: return static_cast<T>(u);
      case real:
        // Out of range is undefined behaviour in the old reader; here, 0.
        return d > -9.2e18 && d < 9.2e18 ? static_cast<T>(static_cast<std::int64_t>(d)) : T(0);
      case none: break;
    }
    return static_cast<T>(boolean ? 1 : 0);
  }
};

class Reader {
 public:
  explicit Reader(std::string_view text) : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()) {
    // nlohmann skips a byte order mark at the start.
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) p_ += 3;
  }

  // record_fields_from_json: the text fields read, the others skipped.
  void only_text(std::initializer_list<std::string_view> text) {
    lean_ = true;
    text_ = text;
  }

  Record record(const RecordParts& parts) {
    parts_ = parts;
    Record r;
    ws();
    if (peek() == '{') {
      read_object([&](std::string_view key) { record_field(r, key); });
    } else {
      skip_value();  // valid JSON that is not an object: a default Record
    }
    ws();
    // nlohmann ends the input at a NUL byte, and so, for the same answers, do we.
    if (p_ != end_ && *p_ != '\0') fail("expected end of input");
    if (r.type.empty()) r.type = "article-journal";
    return r;
  }

 private:
  const char* begin_;
  const char* p_;
  const char* end_;
  RecordParts parts_;
  bool lean_ = false;
  std::initializer_list<std::string_view> text_;
  std::string key_scratch_;  // a key that holds escapes, decoded

  [[noreturn]] void fail(const char* what) const {
    throw RecordJsonError(static_cast<std::size_t>(p_ - begin_), what);
  }
  [[noreturn]] void fail(const std::string& what) const { fail(what.c_str()); }
  [[noreturn]] void fail_at(const char* at, const char* what) const {
    throw RecordJsonError(static_cast<std::size_t>(at - begin_), what);
  }

  // The current byte, or 0 at the end (0 is never valid outside a string).
  char peek() const { return p_ < end_ ? *p_ : '\0'; }
  void ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  void expect(char c, const char* what) {
    ws();
    if (peek() != c) fail(what);
    ++p_;
  }

  // --- strings -----------------------------------------------------------

  // One escape after the backslash at p_; appends it to out when Store.
  template <bool Store>
  void escape(std::string* out) {
    const char* at = p_;
    ++p_;  // the backslash
    if (p_ >= end_) fail("unterminated string");
    char c = *p_++;
    char plain = 0;
    switch (c) {
      case '"': plain = '"'; break;
      case '\\': plain = '\\'; break;
      case '/': plain = '/'; break;
      case 'b': plain = '\b'; break;
      case 'f': plain = '\f'; break;
      case 'n': plain = '\n'; break;
      case 'r': plain = '\r'; break;
      case 't': plain = '\t'; break;
      case 'u': {
        char32_t cp = hex4(at);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') fail_at(at, "high surrogate without a low one");
          p_ += 2;
          char32_t lo = hex4(at);
          if (lo < 0xDC00 || lo > 0xDFFF) fail_at(at, "high surrogate without a low one");
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          fail_at(at, "low surrogate without a high one");
        }
        if (Store) append_utf8(*out, cp);
        return;
      }
      default: fail_at(at, "invalid escape");
    }
    if (Store) out->push_back(plain);
  }
  char32_t hex4(const char* at) {
    if (end_ - p_ < 4) fail_at(at, "\\u needs four hex digits");
    char32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      int h = hex_value(p_[k]);
      if (h < 0) fail_at(at, "\\u needs four hex digits");
      v = (v << 4) | static_cast<char32_t>(h);
    }
    p_ += 4;
    return v;
  }

  // The string at p_ (its opening quote); decoded into *out when Store,
  // else only checked.  Runs of plain bytes are copied in one go.
  template <bool Store>
  void string(std::string* out) {
    ++p_;  // the opening quote
    if (Store) out->clear();
    const char* run = p_;
    for (;;) {
      p_ = find_json_special(p_, end_);
      if (p_ >= end_) fail_at(run, "unterminated string");
      const unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        if (Store) out->append(run, static_cast<std::size_t>(p_ - run));
        ++p_;
        return;
      }
      if (c == '\\') {
        if (Store) out->append(run, static_cast<std::size_t>(p_ - run));
        escape<Store>(out);
        run = p_;
      } else if (c < 0x20) {
        fail("control character in a string");
      } else {
        int n = utf8_sequence(p_, end_);
        if (!n) fail("invalid UTF-8 in a string");
        p_ += n;  // part of the run
      }
    }
  }
  void read_string(std::string& out) { string<true>(&out); }
  void skip_string() { string<false>(nullptr); }

  // A key: a view of the text when it holds no escape (always, for what
  // to_json writes), else decoded into key_scratch_.
  std::string_view key() {
    if (peek() != '"') fail("expected a key");
    const char* start = p_ + 1;
    const char* q = find_json_special(start, end_);
    if (q < end_ && *q == '"') {
      p_ = q + 1;
      return {start, static_cast<std::size_t>(q - start)};
    }
    read_string(key_scratch_);
    return key_scratch_;
  }

  // --- objects and arrays ------------------------------------------------

  // At '{': calls on_key(key) with p_ at the value, which on_key must read
  // or skip.  The key view lives until on_key returns.
  template <typename OnKey>
  void read_object(OnKey&& on_key) {
    ++p_;
    ws();
    if (peek() == '}') {
      ++p_;
      return;
    }
    for (;;) {
      ws();
      std::string_view k = key();
      expect(':', "expected ':'");
      ws();
      on_key(k);
      ws();
      char c = peek();
      ++p_;
      if (c == ',') continue;
      if (c == '}') return;
      --p_;
      fail("expected ',' or '}'");
    }
  }

  // At '[': calls on_element() with p_ at each element, which it must read or skip.
  template <typename OnElement>
  void read_array(OnElement&& on_element) {
    ++p_;
    ws();
    if (peek() == ']') {
      ++p_;
      return;
    }
    for (;;) {
      ws();
      on_element();
      ws();
      char c = peek();
      ++p_;
      if (c == ',') continue;
      if (c == ']') return;
      --p_;
      fail("expected ',' or ']'");
    }
  }

  // --- scalars -----------------------------------------------------------

  void literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
      fail("invalid literal");
    p_ += word.size();
  }

  // Checks the number at p_ against JSON's grammar and reads its value.
  Number number() {
    const char* start = p_;
    Number n;
    bool neg = false;
    if (peek() == '-') {
      neg = true;
      ++p_;
    }
    if (peek() == '0') {
      ++p_;
    } else if (peek() >= '1' && peek() <= '9') {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    } else {
      fail("invalid number");
    }
    const char* int_end = p_;
    bool real = false;
    if (peek() == '.') {
      ++p_;
      if (!(peek() >= '0' && peek() <= '9')) fail("invalid number");
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      real = true;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++p_;
      if (peek() == '+' || peek() == '-') ++p_;
      if (!(peek() >= '0' && peek() <= '9')) fail("invalid number");
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
      real = true;
    }
    if (!real) {
      std::uint64_t u = 0;
      bool overflow = false;
      for (const char* q = start + neg; q < int_end; ++q) {
        unsigned digit = static_cast<unsigned>(*q - '0');
        if (u > (UINT64_MAX - digit) / 10) overflow = true;
        u = u * 10 + digit;
      }
      if (!overflow && !neg) {
        n.kind = Number::positive;
        n.u = u;
        return n;
      }
      if (!overflow && u <= (std::uint64_t(1) << 63)) {
        n.kind = Number::negative;
        n.i = static_cast<std::int64_t>(0 - u);
        return n;
      }
    }
    // A fraction, an exponent, or an integer too wide for 64 bits: a double.
    n.kind = Number::real;
    std::string digits(start, p_);
    std::istringstream in(digits);
    in.imbue(std::locale::classic());
    in >> n.d;
    return n;
  }

  // A value a number field holds: a number, or true/false (as 1/0); anything
  // else throws, as nlohmann's get<int>() did.
  template <typename T>
  T integer() {
    char c = peek();
    if (c == '-' || (c >= '0' && c <= '9')) return number().template as<T>();
    if (c == 't') {
      literal("true");
      return 1;
    }
    if (c == 'f') {
      literal("false");
      return 0;
    }
    skip_value();  // the text must still be JSON: a syntax error wins
    fail("a number field holds something else");
  }

  // Any value, checked and dropped.  Iterative: nesting depth is bounded by
  // memory, not by the stack.
  void skip_value() {
    char c = peek();
    switch (c) {
      case '"': skip_string(); return;
      case '{':
      case '[': skip_nested(); return;
      case 't': literal("true"); return;
      case 'f': literal("false"); return;
      case 'n': literal("null"); return;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
          return;
        }
        fail(p_ < end_ ? "expected a value" : "unexpected end of input");
    }
  }
  void skip_nested() {
    std::string open;  // the brackets still open, innermost last
    for (;;) {
      // p_ is at an opening bracket.
      open.push_back(*p_++);
      ws();
      bool closed = peek() == (open.back() == '{' ? '}' : ']');
      if (closed) ++p_;
      for (;;) {
        if (!closed) {
          // A member or element.
          if (open.back() == '{') {
            if (peek() != '"') fail("expected a key");
            skip_string();
            expect(':', "expected ':'");
            ws();
          }
          char c = peek();
          if (c == '{' || c == '[') break;  // descend
          skip_value();
          ws();
          c = peek();
          if (c == ',') {
            ++p_;
            ws();
            continue;
          }
          if (c != (open.back() == '{' ? '}' : ']')) fail(open.back() == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
          ++p_;
        }
        // The innermost container is closed.
        open.pop_back();
        if (open.empty()) return;
        ws();
        char c = peek();
        if (c == ',') {
          ++p_;
          ws();
          closed = false;
          continue;
        }
        if (c != (open.back() == '{' ? '}' : ']')) fail(open.back() == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
        ++p_;
        closed = true;
      }
    }
  }

  // --- the Record's parts ------------------------------------------------

  // A string field: set when the value is a string, empty otherwise.
  void str(std::string& out) {
    if (peek() == '"') {
      read_string(out);
    } else {
      out.clear();
      skip_value();
    }
  }

  // An array of strings; other elements are dropped.
  void strings(std::vector<std::string>& out) {
    out.clear();
    if (peek() != '[') return skip_value();
    read_array([&] {
      if (peek() == '"') {
        out.emplace_back();
        read_string(out.back());
      } else {
        skip_value();
      }
    });
  }

  void creators(std::vector<Creator>& out) {
    out.clear();
    if (peek() != '[') return skip_value();
    read_array([&] {
      Creator& c = out.emplace_back();  // an element that is not an object gives an empty Creator
      if (peek() != '{') return skip_value();
      read_object([&](std::string_view k) {
        switch (k.size()) {
          case 5:
            if (k == "given") return str(c.given);
            if (k == "orcid") return str(c.orcid);
            break;
          case 6:
            if (k == "family") return str(c.family);
            if (k == "suffix") return str(c.suffix);
            break;
          case 7:
            if (k == "literal") return str(c.literal);
            break;
          case 8:
            if (k == "particle") return str(c.particle);
            break;
          case 12:
            if (k == "affiliations") return strings(c.affiliations);
            break;
        }
        skip_value();
      });
    });
  }

  void references(std::vector<Reference>& out) {
    out.clear();
    if (peek() != '[') return skip_value();
    read_array([&] {
      Reference& ref = out.emplace_back();
      if (peek() != '{') return skip_value();
      read_object([&](std::string_view k) {
        switch (k.size()) {
          case 3:
            if (k == "raw") return str(ref.raw);
            if (k == "key") return str(ref.key);
            if (k == "doi") return str(ref.doi);
            break;
          case 4:
            if (k == "year") return str(ref.year);
            break;
          case 5:
            if (k == "title") return str(ref.title);
            break;
          case 6:
            if (k == "author") return str(ref.author);
            if (k == "volume") return str(ref.volume);
            break;
          case 9:
            if (k == "container") return str(ref.container);
            break;
          case 10:
            if (k == "first_page") return str(ref.first_page);
            break;
        }
        skip_value();
      });
    });
  }

  // [[begin, end], ...]: an element that is not a pair of values is dropped;
  // a pair whose values are not numbers throws.
  void title_nocase(std::vector<Span>& out) {
    out.clear();
    if (peek() != '[') return skip_value();
    read_array([&] {
      if (peek() != '[') return skip_value();
      const char* pair_at = p_;
      std::uint32_t v[2] = {0, 0};
      bool numeric[2] = {true, true};
      int count = 0;
      read_array([&] {
        if (count < 2) {
          char c = peek();
          if (c == '-' || (c >= '0' && c <= '9')) {
            v[count] = number().as<std::uint32_t>();
          } else if (c == 't' || c == 'f') {
            v[count] = c == 't';
            skip_value();
          } else {
            numeric[count] = false;
            skip_value();
          }
        } else {
          skip_value();
        }
        ++count;
      });
      if (count != 2) return;
      if (!numeric[0] || !numeric[1]) fail_at(pair_at, "a title_nocase bound is not a number");
      out.push_back({v[0], v[1]});
    });
  }

  void extra(std::vector<ExtraField>& out) {
    out.clear();
    if (peek() != '[') return skip_value();
    read_array([&] {
      if (peek() != '[') return skip_value();
      ExtraField& f = out.emplace_back();
      std::string* slot[3] = {&f.name, &f.value, &f.format};
      bool is_string[3] = {false, false, false};
      int count = 0;
      read_array([&] {
        if (count < 3 && peek() == '"') {
          read_string(*slot[count]);
          is_string[count] = true;
        } else {
          skip_value();
        }
        ++count;
      });
      if ((count == 2 || count == 3) && is_string[0] && is_string[1]) {
        if (count == 3 && !is_string[2]) f.format.clear();
      } else {
        out.pop_back();
      }
    });
  }

  void issued(Date& d) {
    d = Date{};
    if (peek() != '{') return skip_value();
    read_object([&](std::string_view k) {
      if (k == "year") return void(d.year = integer<int>());
      if (k == "month") return void(d.month = integer<int>());
      if (k == "day") return void(d.day = integer<int>());
      if (k == "text") return str(d.text);
      if (k == "end_year") return void(d.end_year = integer<int>());
      if (k == "end_month") return void(d.end_month = integer<int>());
      if (k == "end_day") return void(d.end_day = integer<int>());
      skip_value();
    });
  }

  void provenance(Provenance& p) {
    p = Provenance{};
    if (peek() != '{') return skip_value();
    std::string hash;
    read_object([&](std::string_view k) {
      if (k == "file") return str(p.file);
      if (k == "format") return str(p.format);
      if (k == "line") return void(p.line = integer<std::uint32_t>());
      if (k == "column") return void(p.column = integer<std::uint32_t>());
      if (k == "key_format") return str(p.key_format);
      if (k == "hash") return str(hash);
      skip_value();
    });
    if (p.line && !p.column) p.column = 1;
    p.hash = parse_hash(hash);
  }
  std::uint64_t parse_hash(const std::string& h) {
    if (h.empty()) return 0;
    if (h.size() <= 16) {
      std::uint64_t v = 0;
      bool plain = true;
      for (char c : h) {
        int x = hex_value(c);
        if (x < 0) {
          plain = false;
          break;
        }
        v = (v << 4) | static_cast<unsigned>(x);
      }
      if (plain) return v;
    }
    // What the old reader accepted ("0x1F", " 1f"), it still does; what made
    // stoull throw std::invalid_argument / std::out_of_range (and stopped
    // every read command) is a damaged record like any other.
    try {
      return std::stoull(h, nullptr, 16);
    } catch (const std::logic_error&) {
      fail("provenance hash '" + h.substr(0, 40) + "' is not a hexadecimal number of 64 bits");
    }
  }

  // Whether record_fields_from_json leaves the key's value unread: a text
  // field not asked for (the parts, the date, provenance, title_nocase are
  // read as record_from_json reads them).
  bool unread(std::string_view k) const {
    static constexpr std::string_view structured[] = {"issued",  "provenance", "title_nocase", "extra",     "authors",
                                                      "editors", "abstract",   "references"};
    for (std::string_view s : structured)
      if (k == s) return false;
    for (std::string_view t : text_)
      if (k == t) return false;
    return true;
  }

  void record_field(Record& r, std::string_view k) {
    if (lean_ && unread(k)) return skip_value();
    switch (k.size()) {
      case 3:
        if (k == "doi") return str(r.doi);
        if (k == "url") return str(r.url);
        break;
      case 4:
        if (k == "pmid") return str(r.pmid);
        if (k == "type") return str(r.type);
        if (k == "issn") return strings(r.issn);
        if (k == "isbn") return strings(r.isbn);
        break;
      case 5:
        if (k == "title") return str(r.title);
        if (k == "issue") return str(r.issue);
        if (k == "pages") return str(r.pages);
        if (k == "pmcid") return str(r.pmcid);
        if (k == "extra") {
          if (parts_.extra) return extra(r.extra);
          r.extra.clear();
          return skip_value();
        }
        break;
      case 6:
        if (k == "volume") return str(r.volume);
        if (k == "issued") return issued(r.issued);
        if (k == "number") return str(r.number);
        if (k == "wos_ut") return str(r.wos_ut);
        break;
      case 7:
        if (k == "authors" || k == "editors") {
          std::vector<Creator>& v = k[0] == 'a' ? r.authors : r.editors;
          if (parts_.creators) return creators(v);
          v.clear();
          return skip_value();
        }
        if (k == "citekey") return str(r.citekey);
        break;
      case 8:
        if (k == "abstract") {
          if (parts_.abstract) return str(r.abstract);
          r.abstract.clear();
          return skip_value();
        }
        if (k == "language") return str(r.language);
        if (k == "keywords") return strings(r.keywords);
        break;
      case 9:
        if (k == "publisher") return str(r.publisher);
        break;
      case 10:
        if (k == "references") {
          if (parts_.references) return references(r.references);
          r.references.clear();
          return skip_value();
        }
        if (k == "provenance") return provenance(r.provenance);
        if (k == "scopus_eid") return str(r.scopus_eid);
        break;
      case 12:
        if (k == "title_nocase") return title_nocase(r.title_nocase);
        if (k == "doi_spelling") return str(r.doi_spelling);
        break;
      case 15:
        if (k == "container_title") return str(r.container_title);
        if (k == "publisher_place") return str(r.publisher_place);
        break;
      case 21:
        if (k == "container_title_short") return str(r.container_title_short);
        break;
    }
    skip_value();
  }
};

}  // namespace

Record record_from_json(std::string_view text, const RecordParts& parts) { return Reader(text).record(parts); }

Record record_from_json(std::string_view text) { return Reader(text).record(RecordParts::all()); }

Record record_fields_from_json(std::string_view json, const RecordParts& parts,
                               std::initializer_list<std::string_view> text) {
  Reader reader(json);
  reader.only_text(text);
  return reader.record(parts);
}

std::string format_date(const Date& d) {
  auto ymd = [](int y, int m, int day) {
    std::string out = y > 0 ? std::to_string(y) : "";
    if (m) out += (m < 10 ? "-0" : "-") + std::to_string(m);
    if (day) out += (day < 10 ? "-0" : "-") + std::to_string(day);
    return out;
  };
  std::string out = d.year ? ymd(d.year, d.month, d.day) : "";
  // A range as biblatex and EDTF write it: "2001/2003", "2020/" (no end).
  if (d.is_range()) out += "/" + ymd(d.end_year, d.end_month, d.end_day);
  if (!d.text.empty()) out += (out.empty() ? "" : " ") + ("(" + d.text + ")");
  return out;
}

bool same_content(const Record& a, const Record& b) {
  return a.type == b.type && a.title == b.title && a.title_nocase == b.title_nocase &&
         a.container_title == b.container_title && a.container_title_short == b.container_title_short &&
         a.number == b.number && a.pmid == b.pmid && a.pmcid == b.pmcid && a.wos_ut == b.wos_ut &&
         a.scopus_eid == b.scopus_eid && a.authors == b.authors && a.editors == b.editors &&
         a.issued == b.issued && a.volume == b.volume && a.issue == b.issue && a.pages == b.pages &&
         a.publisher == b.publisher && a.publisher_place == b.publisher_place && a.issn == b.issn &&
         a.isbn == b.isbn && a.doi == b.doi && a.doi_spelling == b.doi_spelling && a.url == b.url && a.abstract == b.abstract &&
         a.language == b.language && a.keywords == b.keywords && a.references == b.references &&
         a.citekey == b.citekey && a.extra == b.extra;
}

bool is_pmcid(std::string_view s) {
  return s.size() > 3 && starts_with(s, "PMC") &&
         std::all_of(s.begin() + 3, s.end(), [](char c) { return is_digit(c); });
}

Accession take_accession(Record& r, std::string_view value, bool pubmed_database) {
  std::string_view v = trim(value);
  auto digits = [](std::string_view s, std::size_t max = 10) {
    return !s.empty() && s.size() <= max && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
  };
  std::string* field = nullptr;
  std::string pmid, ut;
  if (istarts_with(v, "WOS:") && v.size() > 4) {
    field = &r.wos_ut;
  } else if (istarts_with(v, "ISI:") && v.size() > 4 && v.size() <= 24 &&
             std::all_of(v.begin() + 4, v.end(), [](char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); })) {
    // "ISI:000461270600041"; before 1997 letters too ("ISI:A1997YK80600021").
    // The label of the same UT before "WOS:" (WoS BibTeX of 2019 and older).
    field = &r.wos_ut;
    ut = "WOS:" + std::string(v.substr(4));
    v = ut;
  } else if (istarts_with(v, "MEDLINE:") && digits(v.substr(8))) {
    field = &r.wos_ut;
    pmid = std::string(v.substr(8));
  } else if (istarts_with(v, "PMID:") && digits(trim(v.substr(5)))) {
    // refnet's RIS export labels the PMID it writes in AN.
    field = &r.pmid;
    ut = std::string(trim(v.substr(5)));  // the number alone
    v = ut;
  } else if (starts_with(v, "2-s2.0-") && digits(v.substr(7), 20)) {
    field = &r.scopus_eid;
  } else if (is_wos_platform_ut(v)) {  // another database's UT on the WoS platform
    field = &r.wos_ut;
  } else if (pubmed_database && digits(v)) {
    field = &r.pmid;
  } else {
    return Accession::not_identifier;
  }
  if (!field->empty() && *field != v) return Accession::conflict;
  if (!pmid.empty() && !r.pmid.empty() && r.pmid != pmid) return Accession::conflict;
  *field = std::string(v);
  if (!pmid.empty()) r.pmid = std::move(pmid);
  return Accession::filled;
}

std::string_view scopus_eid_in_url(std::string_view url) {
  url = trim(url);
  if (!(istarts_with(url, "http://") || istarts_with(url, "https://"))) return {};
  std::string_view host = url.substr(url.find("//") + 2);
  host = host.substr(0, host.find('/'));
  if (!(iequals(host, "scopus.com") ||
        (host.size() > 11 && iequals(host.substr(host.size() - 11), ".scopus.com"))))
    return {};
  std::size_t at = url.find("eid=2-s2.0-");
  if (at == std::string_view::npos || (url[at - 1] != '?' && url[at - 1] != '&')) return {};
  std::string_view eid = url.substr(at + 4);
  eid = eid.substr(0, eid.find_first_of("&#"));
  std::size_t digits = 7;
  while (digits < eid.size() && is_digit(eid[digits])) ++digits;
  return digits > 7 && digits == eid.size() ? eid : std::string_view{};
}

}  // namespace refnet
