#include "refnet/text.hpp"

#include "refnet/record.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace refnet {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::size_t trailing_ellipsis(std::string_view s) {
  for (std::string_view cut : {std::string_view("\xE2\x80\xA6"), std::string_view("...")})
    if (ends_with(s, cut)) return cut.size();
  return 0;
}

std::size_t leading_ellipsis(std::string_view s) {
  for (std::string_view cut : {std::string_view("\xE2\x80\xA6"), std::string_view("...")})
    if (starts_with(s, cut)) return cut.size();
  return 0;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
    } else {
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(c);
    }
  }
  return out;
}

namespace {

// The length of the HTML line break at s[i] ("<br>", "<br/>", "<br />",
// "%3Cbr /%3E", "%3Cbr%20/%3E", "%3Cbr/%3E"), or 0.
std::size_t html_break_at(std::string_view s, std::size_t i) {
  std::string_view r = s.substr(i);
  std::size_t p;
  std::string_view close;
  if (istarts_with(r, "<br")) p = 3, close = ">";
  else if (istarts_with(r, "%3Cbr")) p = 5, close = "%3E";
  else return 0;
  if (p < r.size() && r[p] == ' ') ++p;
  else if (istarts_with(r.substr(p), "%20")) p += 3;
  if (p < r.size() && r[p] == '/') ++p;
  return istarts_with(r.substr(p), close) ? p + close.size() : 0;
}

}  // namespace

bool has_html_break(std::string_view s) {
  // One memchr for each opening byte: find_first_of("<%") asked, for every
  // byte of the value, whether the set holds it (most of a RIS parse).
  for (char open : {'<', '%'})
    for (std::size_t i = s.find(open); i != std::string_view::npos; i = s.find(open, i + 1))
      if (html_break_at(s, i)) return true;
  return false;
}

std::string remove_html_breaks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = (s[i] == '<' || s[i] == '%') ? html_break_at(s, i) : 0) {
      i += n;
      if (!out.empty() && !is_space(out.back()) && i < s.size() && !is_space(s[i]) && html_break_at(s, i) == 0)
        out.push_back(' ');
      continue;
    }
    out.push_back(s[i++]);
  }
  return std::string(trim(out));
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

namespace {
// Bytes that end a run copied as it is: '"', '\\', a control character, or a
// byte >= 0x80 (the start of a sequence that must be checked).
inline bool json_special(unsigned char c) { return c == '"' || c == '\\' || c < 0x20 || c >= 0x80; }
}  // namespace

// The first byte of [p, end) that json_special() picks, or end.
const char* find_json_special(const char* p, const char* end) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
  while (end - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // A signed compare with 0x20 catches control characters and bytes >= 0x80 at once.
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                               _mm_cmplt_epi8(v, space));
    int mask = _mm_movemask_epi8(hit);
    if (mask) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && !json_special(static_cast<unsigned char>(*p))) ++p;
  return p;
}

namespace {
}  // namespace

// One pass: runs of plain bytes (and of valid UTF-8 sequences) are appended
// in one go; only the bytes that need it are escaped or replaced.
void append_json_string(std::string& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out.push_back('"');
  const char* p = s.data();
  const char* const end = p + s.size();
  const char* run = p;
  for (;;) {
    p = find_json_special(p, end);
    if (p == end) break;
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      // Valid sequences stay in the run; each byte next_utf8 cannot decode is U+FFFD.
      std::size_t i = static_cast<std::size_t>(p - s.data());
      const std::size_t at = i;
      char32_t cp = next_utf8(s, i);
      if (cp != 0xFFFD || i - at == 3) {
        p = s.data() + i;
        continue;
      }
      out.append(run, static_cast<std::size_t>(p - run));
      out.append("\xEF\xBF\xBD", 3);
      run = ++p;
      continue;
    }
    out.append(run, static_cast<std::size_t>(p - run));
    switch (c) {
      case '"': out.append("\\\"", 2); break;
      case '\\': out.append("\\\\", 2); break;
      case '\n': out.append("\\n", 2); break;
      case '\r': out.append("\\r", 2); break;
      case '\t': out.append("\\t", 2); break;
      case '\b': out.append("\\b", 2); break;
      case '\f': out.append("\\f", 2); break;
      default: {
        const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(esc, 6);
      }
    }
    run = ++p;
  }
  out.append(run, static_cast<std::size_t>(end - run));
  out.push_back('"');
}

std::size_t matching_brace(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == '{') ++depth;
    else if (s[i] == '}' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

std::vector<std::string> split_list(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  for_each_list_item(s, separators, [&](std::string_view piece) { out.emplace_back(piece); });
  return out;
}

std::size_t count_newlines(const char* s, std::size_t n) {
  std::size_t lines = 0, i = 0;
#if defined(__SSE2__)
  const __m128i newline = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    // Byte counters (0 - -1 per hit) for at most 255 blocks, then summed.
    __m128i acc = zero;
    std::size_t end = std::min(n - 15, i + 255 * 16);
    for (; i < end; i += 16)
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)), newline));
    __m128i sums = _mm_sad_epu8(acc, zero);
    lines += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; i < n; ++i) lines += s[i] == '\n';
  return lines;
}

char32_t script_form(char32_t c, bool superscript) {
  // Indexed by letter - 'a' (or 'A'); 0: no such character in Unicode.
  static constexpr char32_t sup_lower[26] = {0x1D43, 0x1D47, 0x1D9C, 0x1D48, 0x1D49, 0x1DA0, 0x1D4D, 0x02B0, 0x2071,
                                             0x02B2, 0x1D4F, 0x02E1, 0x1D50, 0x207F, 0x1D52, 0x1D56, 0,      0x02B3,
                                             0x02E2, 0x1D57, 0x1D58, 0x1D5B, 0x02B7, 0x02E3, 0x02B8, 0x1DBB};
  static constexpr char32_t sup_upper[26] = {0x1D2C, 0x1D2E, 0,      0x1D30, 0x1D31, 0,      0x1D33, 0x1D34, 0x1D35,
                                             0x1D36, 0x1D37, 0x1D38, 0x1D39, 0x1D3A, 0x1D3C, 0x1D3E, 0,      0x1D3F,
                                             0,      0x1D40, 0x1D41, 0x2C7D, 0x1D42, 0,      0,      0};
  static constexpr char32_t sub_lower[26] = {0x2090, 0,      0,      0,      0x2091, 0,      0,      0x2095, 0x1D62,
                                             0x2C7C, 0x2096, 0x2097, 0x2098, 0x2099, 0x2092, 0x209A, 0,      0x1D63,
                                             0x209B, 0x209C, 0x1D64, 0x1D65, 0,      0x2093, 0,      0};
  static constexpr char32_t sup_digits[10] = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                              0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  if (c >= '0' && c <= '9') return superscript ? sup_digits[c - '0'] : char32_t(0x2080 + (c - '0'));
  if (c >= 'a' && c <= 'z') return superscript ? sup_lower[c - 'a'] : sub_lower[c - 'a'];
  if (c >= 'A' && c <= 'Z') return superscript ? sup_upper[c - 'A'] : 0;
  constexpr std::string_view ops = "+-=()";
  if (c == 0x2212) c = '-';  // the minus sign
  if (c < 0x80 && ops.find(static_cast<char>(c)) != std::string_view::npos)
    return (superscript ? 0x207A : 0x208A) + char32_t(ops.find(static_cast<char>(c)));
  return 0;
}

char script_base(char32_t cp, bool& superscript) {
  // Where script_form's characters are: ¹²³, the modifier letters, the
  // phonetic superscripts, U+2070..U+209C, ⱼ ⱽ.
  bool maybe = cp == 0x00B2 || cp == 0x00B3 || cp == 0x00B9 || (cp >= 0x02B0 && cp <= 0x02E4) ||
               (cp >= 0x1D2C && cp <= 0x1DBF) || (cp >= 0x2070 && cp <= 0x209C) || cp == 0x2C7C || cp == 0x2C7D;
  if (!maybe) return 0;
  static constexpr std::string_view kBases =
      "0123456789+-=()abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (bool sup : {true, false})
    for (char c : kBases)
      if (script_form(static_cast<unsigned char>(c), sup) == cp) {
        superscript = sup;
        return c;
      }
  return 0;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x110000) {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    append_utf8(out, 0xFFFD);
  }
}

char32_t next_utf8(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n = c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
  if (n < 0 || i + n >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (n == 1 ? 0x1F : n == 2 ? 0x0F : 0x07);
  for (int k = 1; k <= n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Overlong, surrogate and out-of-range forms are invalid.
  if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += n + 1;
  return cp;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t before = i;
    char32_t cp = next_utf8(s, i);
    if (cp == 0xFFFD) {
      // A literal U+FFFD in the text is valid; a decoding failure advances one byte.
      if (i - before != 3) return false;
      if (s.substr(before, 3) != "\xEF\xBF\xBD") return false;
    }
  }
  return true;
}

std::size_t utf8_length(std::string_view s) {
  // Step as next_utf8 does, so that a stray continuation byte or a cut
  // sequence counts one character per byte, as the caret of a diagnostic does.
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next_utf8(s, i);
  return n;
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

std::string_view first_letter(std::string_view s) {
  std::size_t end = 0;
  if (!s.empty()) next_utf8(s, end);
  return s.substr(0, end);
}

namespace {
std::string utf8proc_map_string(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

// Letters that have no decomposition in Unicode, so stripping marks leaves
// them as they are; transliterated by hand for folding and keys.
const char* special_fold(char32_t cp) {
  switch (cp) {
    case U'ß': return "ss";
    case U'ẞ': return "SS";
    case U'ø': return "o";
    case U'Ø': return "O";
    case U'ł': return "l";
    case U'Ł': return "L";
    case U'đ': return "d";
    case U'Đ': return "D";
    case U'ð': return "d";
    case U'Ð': return "D";
    case U'þ': return "th";
    case U'Þ': return "Th";
    case U'æ': return "ae";
    case U'Æ': return "AE";
    case U'œ': return "oe";
    case U'Œ': return "OE";
    case U'ı': return "i";
    case U'ħ': return "h";
    case U'Ħ': return "H";
    case U'ŀ': return "l";
    case U'Ŀ': return "L";
    case U'ŋ': return "ng";
    case U'Ŋ': return "NG";
    case U'ŧ': return "t";
    case U'Ŧ': return "T";
    case U'‐': case U'‑': case U'‒': case U'–': case U'—': case U'―': case U'−': return "-";
    case U'‘': case U'’': case U'‚': case U'′': return "'";
    case U'“': case U'”': case U'„': case U'″': return "\"";
    case U'\u00A0': case U'\u2002': case U'\u2003': case U'\u2009': case U'\u202F': return " ";
    default: return nullptr;
  }
}

std::string replace_specials(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = next_utf8(s, i);
    if (const char* r = special_fold(cp))
      out += r;
    else
      out.append(s.data() + start, i - start);
  }
  return out;
}
}  // namespace

std::string fold(std::string_view s) {
  if (is_ascii(s)) return ascii_lower(s);
  return utf8proc_map_string(replace_specials(s),
                             UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                 UTF8PROC_IGNORE);
}

std::string fold_words(std::string_view s) {
  std::string out;
  // ASCII (fold is then ascii_lower): the letters and digits lowered, one space for each run of anything else
  // between them, in one pass with no copy.
  if (is_ascii(s)) {
    out.reserve(s.size());
    bool pending = false;
    for (char c : s) {
      if (!(is_alpha(c) || is_digit(c))) {
        pending = !out.empty();
        continue;
      }
      if (pending) out.push_back(' ');
      pending = false;
      out.push_back(to_lower(c));
    }
    return out;
  }
  std::string f = fold(s);
  out.reserve(f.size());
  bool pending = false;
  for (std::size_t i = 0; i < f.size();) {
    std::size_t start = i;
    char32_t cp = next_utf8(f, i);
    bool word_char;
    if (cp < 0x80) {
      word_char = is_alpha(char(cp)) || is_digit(char(cp));
    } else {
      auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
      word_char = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                  (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    }
    if (!word_char) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.append(f.data() + start, i - start);
  }
  return out;
}

std::string ascii_fold(std::string_view s) {
  if (is_ascii(s)) return std::string(s);
  std::string stripped = utf8proc_map_string(
      replace_specials(s), UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  std::string out;
  out.reserve(stripped.size());
  for (std::size_t i = 0; i < stripped.size();) {
    std::size_t start = i;
    char32_t cp = next_utf8(stripped, i);
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (const char* r = special_fold(cp)) {
      out += r;
    } else {
      (void)start;  // letters of other scripts have no ASCII form: dropped
    }
  }
  return out;
}

namespace {
inline std::uint64_t mix64(std::uint64_t h) {  // MurmurHash3's finalizer
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Eight bytes at a time: the hash runs over every record of every import, so
// a byte-at-a-time hash costs a tenth of the parse.  Stored in libraries:
// changing it makes re-imports of old files look new.
std::uint64_t hash_bytes(std::uint64_t h, std::string_view s) {
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, p, 8);
    h = (h ^ mix64(w)) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  std::uint64_t tail = 0;
  __builtin_memcpy(&tail, p, n);
  h = (h ^ mix64(tail ^ (std::uint64_t(n) << 56))) * 0x9E3779B97F4A7C15ULL;
  return h;
}
}  // namespace

std::uint64_t content_hash(std::string_view format, std::string_view text) {
  std::uint64_t h = hash_bytes(0x243F6A8885A308D3ULL ^ format.size(), format);
  h = hash_bytes(h, text);
  return mix64(h ^ text.size());
}

std::string normalize_pages(std::string_view s) {
  std::string out;
  std::string_view v = trim(s);
  // "pp 37-64", "pp. 37", "p. 37": the abbreviation of "pages" before a
  // number is not part of the range ("p37", "pp. xi" stay).
  for (std::string_view abbr : {"pp.", "pp", "p."}) {
    if (v.size() <= abbr.size() || !istarts_with(v, abbr)) continue;
    std::string_view rest = trim(v.substr(abbr.size()));
    bool spaced = abbr.back() == '.' || is_space(v[abbr.size()]);
    if (spaced && !rest.empty() && is_digit(rest.front())) v = rest;
    break;
  }
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2012 FIGURE DASH, U+2013
    // EN DASH, U+2014 EM DASH, U+2212 MINUS
    if (i + 2 < v.size() + 0 && (unsigned char)v[i] == 0xE2) {
      unsigned char b1 = v[i + 1], b2 = v[i + 2];
      if ((b1 == 0x80 && b2 >= 0x90 && b2 <= 0x94) || (b1 == 0x88 && b2 == 0x92)) {
        if (out.empty() || out.back() != '-') out.push_back('-');
        i += 2;
        continue;
      }
    }
    // BibTeX's "83--92" as a table cell writes it (ACM DL's CSV): one '-'.
    if (v[i] == '-' && !out.empty() && out.back() == '-') continue;
    out.push_back(v[i]);
  }
  // "79 – 88" (Scopus's BibTeX since 2023), "S10 - S15": one dash between
  // two pages, each one word, with spaces around it.  Lists ("1-5, 7") and
  // words ("in press - online") stay as written.
  if (std::size_t dash = out.find('-');
      dash != std::string::npos && out.find('-', dash + 1) == std::string::npos) {
    std::string_view a = trim(std::string_view(out).substr(0, dash)), b = trim(std::string_view(out).substr(dash + 1));
    auto one_word = [](std::string_view w) {
      return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) { return is_space(c); });
    };
    if ((a.size() + b.size() + 1 < out.size()) && one_word(a) && one_word(b)) out = std::string(a) + "-" + std::string(b);
  }
  return expand_page_range(out);
}

std::string expand_page_range(std::string_view pg) {
  pg = trim(pg);
  std::size_t dash = pg.find('-');
  if (dash == std::string_view::npos || pg.find('-', dash + 1) != std::string_view::npos) return std::string(pg);
  std::string_view a = pg.substr(0, dash), b = pg.substr(dash + 1);
  // A letter prefix must be the same on both sides ("e123-e45") or only on
  // the first ("S10-5" -> "S10-S15").
  std::size_t pa = 0;
  while (pa < a.size() && is_alpha(a[pa])) ++pa;
  std::string_view an = a.substr(pa);
  std::size_t pb = 0;
  while (pb < b.size() && is_alpha(b[pb])) ++pb;
  std::string_view bn = b.substr(pb);
  if (an.empty() || bn.empty() || !all_digits(an) || !all_digits(bn) || (pb && b.substr(0, pb) != a.substr(0, pa)))
    return std::string(pg);
  if (bn.size() >= an.size()) return std::string(pg);
  std::string last = std::string(an.substr(0, an.size() - bn.size())) + std::string(bn);
  // "809-05" is no range 809-805: as written.
  if (last.size() == an.size() && last <= std::string(an)) return std::string(pg);
  std::string out(a);
  out += '-';
  out.append(a.substr(0, pa));
  out += last;
  return out;
}

std::string terminal_safe(std::string_view s) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      unsigned char d = static_cast<unsigned char>(s[++i]);
      out += "\\u00";
      out += hex[d >> 4];
      out += hex[d & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace refnet

// ---------------------------------------------------------------------------
// Rich text markup in titles.

namespace refnet {

namespace {

struct TagSpelling {
  std::string_view text;
  Rich kind;
  bool close;
};
// What is read (case-insensitive); the first spelling of each kind is written.
constexpr TagSpelling kTagSpellings[] = {
    {"<i>", Rich::italic, false},
    {"</i>", Rich::italic, true},
    {"<b>", Rich::bold, false},
    {"</b>", Rich::bold, true},
    {"<sub>", Rich::sub, false},
    {"</sub>", Rich::sub, true},
    {"<sup>", Rich::sup, false},
    {"</sup>", Rich::sup, true},
    {"<span style=\"font-variant:small-caps;\">", Rich::smallcaps, false},
    {"<span style=\"font-variant: small-caps;\">", Rich::smallcaps, false},
    {"<span style=\"font-variant:small-caps\">", Rich::smallcaps, false},
    {"<span style=\"small-caps\">", Rich::smallcaps, false},  // Zotero's
    {"<sc>", Rich::smallcaps, false},                         // citeproc-js reads it too
    {"</sc>", Rich::smallcaps, true},
    {"<span class=\"nocase\">", Rich::nocase, false},
    {"</span>", Rich::smallcaps, true},  // closes either span: told by the open one
};

bool is_span(Rich k) { return k == Rich::smallcaps || k == Rich::nocase; }

}  // namespace

std::string_view rich_open_tag(Rich k) {
  switch (k) {
    case Rich::italic: return "<i>";
    case Rich::bold: return "<b>";
    case Rich::sub: return "<sub>";
    case Rich::sup: return "<sup>";
    case Rich::smallcaps: return "<span style=\"font-variant:small-caps;\">";
    case Rich::nocase: return "<span class=\"nocase\">";
  }
  return {};
}

std::string_view rich_close_tag(Rich k) {
  switch (k) {
    case Rich::italic: return "</i>";
    case Rich::bold: return "</b>";
    case Rich::sub: return "</sub>";
    case Rich::sup: return "</sup>";
    case Rich::smallcaps:
    case Rich::nocase: return "</span>";
  }
  return {};
}

bool starts_rich_tag(std::string_view s) {
  for (const TagSpelling& t : kTagSpellings)
    if (s.size() >= t.text.size() && iequals(s.substr(0, t.text.size()), t.text)) return true;
  return false;
}

std::vector<RichTag> rich_tags(std::string_view s) {
  std::vector<RichTag> tags;
  std::size_t i = s.find('<');
  if (i == std::string_view::npos) return tags;
  std::vector<std::size_t> open;  // indexes into tags of the open tags not yet closed
  std::vector<bool> matched;
  for (; i < s.size(); i = s.find('<', i + 1)) {
    if (i == std::string_view::npos) break;
    for (const TagSpelling& t : kTagSpellings) {
      if (s.size() - i < t.text.size() || !iequals(s.substr(i, t.text.size()), t.text)) continue;
      RichTag tag;
      tag.begin = static_cast<std::uint32_t>(i);
      tag.end = static_cast<std::uint32_t>(i + t.text.size());
      tag.kind = t.kind;
      tag.close = t.close;
      if (!t.close) {
        open.push_back(tags.size());
        tags.push_back(tag);
        matched.push_back(false);
      } else if (!open.empty() && (tags[open.back()].kind == t.kind ||
                                   (is_span(t.kind) && is_span(tags[open.back()].kind)))) {
        tag.kind = tags[open.back()].kind;
        matched[open.back()] = true;
        open.pop_back();
        tags.push_back(tag);
        matched.push_back(true);
      }
      // A close tag that closes nothing open is text.
      break;
    }
  }
  // Open tags never closed are text; so are the tags opened inside them
  // and closed (kept: they are balanced among themselves).
  std::vector<RichTag> out;
  out.reserve(tags.size());
  for (std::size_t k = 0; k < tags.size(); ++k)
    if (matched[k]) out.push_back(tags[k]);
  return out;
}

std::string strip_rich_text(std::string_view s, std::vector<std::uint32_t>* offsets) {
  std::vector<RichTag> tags = rich_tags(s);
  std::string out;
  out.reserve(s.size());
  if (offsets) {
    offsets->clear();
    offsets->reserve(s.size() + 1);
  }
  std::size_t pos = 0;
  auto copy = [&](std::size_t to) {
    out.append(s, pos, to - pos);
    if (offsets)
      for (std::size_t k = pos; k < to; ++k) offsets->push_back(static_cast<std::uint32_t>(k));
  };
  for (const RichTag& t : tags) {
    copy(t.begin);
    pos = t.end;
  }
  copy(s.size());
  if (offsets) offsets->push_back(static_cast<std::uint32_t>(s.size()));
  return out;
}

void walk_rich_text(std::string_view title, const std::vector<Span>& nocase, RichSink& sink) {
  // The events: where each group opens and closes.  Tags are skipped over;
  // a span whose end falls inside a tag's bytes is stale and left out.
  struct Event {
    std::uint32_t at;
    std::uint32_t skip;  // bytes of the tag at `at` (0 for a span's edge)
    bool close;
    Rich kind;
    int group;  // which group: tags by their open tag's index, spans after them
  };
  std::vector<RichTag> tags = rich_tags(title);
  if (tags.empty() && nocase.empty()) {
    if (!title.empty()) sink.text(title);
    return;
  }
  std::vector<Event> events;
  std::vector<int> open_tags;
  for (std::size_t k = 0; k < tags.size(); ++k) {
    const RichTag& t = tags[k];
    int group;
    if (!t.close) {
      group = static_cast<int>(k);
      open_tags.push_back(group);
    } else {
      group = open_tags.back();
      open_tags.pop_back();
    }
    events.push_back({t.begin, t.end - t.begin, t.close, t.kind, group});
  }
  auto inside_tag = [&](std::uint32_t at) {
    for (const RichTag& t : tags)
      if (at > t.begin && at < t.end) return true;
    return false;
  };
  std::vector<Span> spans(nocase.begin(), nocase.end());
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::uint32_t last = 0;
  int next_group = static_cast<int>(tags.size());
  for (const Span& sp : spans) {
    if (sp.begin < last || sp.end > title.size() || sp.begin >= sp.end || inside_tag(sp.begin) ||
        inside_tag(sp.end))
      continue;  // overlapping or stale: skipped
    events.push_back({sp.begin, 0, false, Rich::nocase, next_group});
    events.push_back({sp.end, 0, true, Rich::nocase, next_group});
    ++next_group;
    last = sp.end;
  }
  // At one offset: closes first (a span ending where a tag starts), then a
  // span opening before the tag at that offset, then the tag.
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.at != b.at) return a.at < b.at;
    if (a.close != b.close) return a.close;
    return a.skip < b.skip;
  });
  // Groups are opened lazily, before the text they hold: a group closed
  // and opened again around another's end writes nothing when no text follows.
  struct Open {
    int group;
    Rich kind;
    bool written;
  };
  std::vector<Open> stack;
  auto put_text = [&](std::string_view s) {
    for (Open& o : stack)
      if (!o.written) {
        sink.open(o.kind);
        o.written = true;
      }
    sink.text(s);
  };
  std::size_t pos = 0;
  for (const Event& e : events) {
    if (e.at > pos) put_text(title.substr(pos, e.at - pos));
    pos = std::max<std::size_t>(pos, e.at + e.skip);
    if (!e.close) {
      stack.push_back({e.group, e.kind, false});
      continue;
    }
    std::size_t k = stack.size();
    while (k > 0 && stack[k - 1].group != e.group) --k;
    if (k == 0) continue;
    // Close the groups opened inside this one, this one, and open them again.
    for (std::size_t j = stack.size(); j > k; --j)
      if (stack[j - 1].written) sink.close(stack[j - 1].kind);
    if (stack[k - 1].written) sink.close(stack[k - 1].kind);
    std::vector<Open> reopen(stack.begin() + static_cast<std::ptrdiff_t>(k), stack.end());
    stack.resize(k - 1);
    for (Open& o : reopen) {
      o.written = false;
      stack.push_back(o);
    }
  }
  if (pos < title.size()) put_text(title.substr(pos));
  for (std::size_t j = stack.size(); j > 0; --j)
    if (stack[j - 1].written) sink.close(stack[j - 1].kind);
}

}  // namespace refnet
