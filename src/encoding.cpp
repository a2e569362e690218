#include "refnet/encoding.hpp"
#include "refnet/input.hpp"

#include <iconv.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <algorithm>
#include <array>

#include "refnet/text.hpp"

namespace refnet {

namespace {

using Issues = std::vector<DecodeIssue>;

std::string hex_byte(unsigned char c) {
  static const char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

// Converts with iconv; an invalid sequence becomes U+FFFD (one issue each)
// and conversion goes on with the next byte, rather than failing the whole
// file.  (UTF-16 and UTF-32 never come here: a byte skipped would misalign
// every code unit after it.)
std::string iconv_to_utf8(std::string_view in, const std::string& from, Issues& issues) {
  iconv_t cd = iconv_open("UTF-8", from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("unknown encoding '" + from + "'");
  std::string out;
  out.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  std::size_t done = 0;
  while (src_left > 0) {
    char* dst = out.data() + done;
    std::size_t dst_left = out.size() - done;
    std::size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
    } else {  // EILSEQ or EINVAL: one bad byte, replaced
      out.resize(done);
      issues.push_back({done, "byte " + hex_byte(static_cast<unsigned char>(*src)) + " is not " + from +
                                  ": replaced by U+FFFD"});
      append_utf8(out, 0xFFFD);
      done = out.size();
      out.resize(done + src_left * 2 + 16);
      ++src;
      --src_left;
    }
  }
  iconv_close(cd);
  out.resize(done);
  return out;
}

// UTF-16 and UTF-32 by hand, code unit by code unit: a lone surrogate or a
// value beyond U+10FFFF is replaced and the next unit is read where it is.
// `base`: the file offset of in[0] (after a BOM), for the messages.
std::string utf16_to_utf8(std::string_view in, bool big_endian, Issues& issues, std::size_t base = 0) {
  std::string out;
  out.reserve(in.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(in[i]), b = static_cast<unsigned char>(in[i + 1]);
    return big_endian ? char32_t(a << 8 | b) : char32_t(b << 8 | a);
  };
  std::size_t i = 0;
  for (; i + 2 <= in.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 4 <= in.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(u));
      issues.push_back({out.size(), std::string("lone UTF-16 surrogate ") + hex + " (byte " + std::to_string(base + i) +
                                        " of the file): replaced by U+FFFD"});
      u = 0xFFFD;
    }
    append_utf8(out, u);
  }
  if (i < in.size()) {
    issues.push_back({out.size(), "odd last byte of a UTF-16 file: replaced by U+FFFD"});
    append_utf8(out, 0xFFFD);
  }
  return out;
}

std::string utf32_to_utf8(std::string_view in, bool big_endian, Issues& issues, std::size_t base = 0) {
  std::string out;
  out.reserve(in.size() / 2);
  std::size_t i = 0;
  for (; i + 4 <= in.size(); i += 4) {
    auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(in[i + k])); };
    std::uint32_t u = big_endian ? (b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3)) : (b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0));
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
      issues.push_back({out.size(), "invalid UTF-32 code unit (byte " + std::to_string(base + i) + " of the file): replaced by U+FFFD"});
      u = 0xFFFD;
    }
    append_utf8(out, static_cast<char32_t>(u));
  }
  if (i < in.size()) {
    issues.push_back({out.size(), "incomplete last code unit of a UTF-32 file: replaced by U+FFFD"});
    append_utf8(out, 0xFFFD);
  }
  return out;
}

// windows-1252 is small and the common fallback: decoded by table, no iconv.
void append_cp1252(std::string& out, unsigned char c) {
  static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  if (c < 0x80)
    out.push_back(static_cast<char>(c));
  else if (c < 0xA0)
    append_utf8(out, high[c - 0x80]);
  else
    append_utf8(out, c);
}

std::string cp1252_to_utf8(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (unsigned char c : in) append_cp1252(out, c);
  return out;
}

// UTF-8 with stray bytes (a UTF-8 file and a Latin-1 file concatenated, or
// Latin-1 text after a UTF-8 BOM): valid sequences are kept, each byte that
// is not UTF-8 is read as windows-1252; one issue per line.
std::string repair_utf8(std::string_view in, Issues& issues) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  std::size_t i = 0, line_start = 0;
  std::size_t first = std::string::npos, count = 0;  // of this line's bad bytes
  std::string shown;
  auto flush = [&] {
    if (count)
      issues.push_back({first, std::to_string(count) + (count == 1 ? " byte" : " bytes") + " not UTF-8 on this line (" +
                                   shown + "): read as windows-1252"});
    first = std::string::npos;
    count = 0;
    shown.clear();
  };
  while (i < in.size()) {
    auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == '\n') {
        flush();
        line_start = i + 1;
      }
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t j = i;
    char32_t cp = next_utf8(in, j);
    if (cp != 0xFFFD || in.compare(i, 3, "\xEF\xBF\xBD") == 0) {
      out.append(in, i, j - i);
      i = j;
      continue;
    }
    if (!count) first = out.size();
    if (count < 4) shown += (shown.empty() ? "" : " ") + hex_byte(c);
    ++count;
    append_cp1252(out, c);
    ++i;
  }
  (void)line_start;
  flush();
  return out;
}

// Does the text hold any valid multi-byte UTF-8 sequence?
bool has_utf8_sequence(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t j = i;
    char32_t cp = next_utf8(s, j);
    if (j - i > 1 && cp != 0xFFFD) return true;
    i = j;
  }
  return false;
}

// GB2312/GBK text pairs every non-ASCII byte with another in 0xA1-0xFE;
// Latin-1 text almost never has two high bytes in a row.
bool looks_like_gb(std::string_view s) {
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    if (c < 0xA1 || c == 0xFF || i + 1 >= s.size()) return false;
    auto d = static_cast<unsigned char>(s[i + 1]);
    if (d < 0xA1 || d == 0xFF) return false;
    ++pairs;
    ++i;
  }
  return pairs > 0;
}

// UTF-16 written without a BOM (Web of Science's tab-delimited "Win" export
// read back by a tool that dropped it): text that is mostly ASCII has a zero
// byte in most code units, always on the same side.  Big-endian when the
// zeros come first; nullopt when the first kilobytes do not look so.
std::optional<bool> bomless_utf16(std::string_view s) {
  std::string_view head = s.substr(0, std::min<std::size_t>(s.size(), 4096) & ~std::size_t(1));
  if (head.size() < 8) return std::nullopt;
  std::size_t even = 0, odd = 0;  // zero bytes at even and odd offsets
  for (std::size_t i = 0; i < head.size(); i += 2) {
    even += head[i] == '\0';
    odd += head[i + 1] == '\0';
  }
  const std::size_t units = head.size() / 2;
  if (odd * 2 >= units && even * 20 < units) return false;
  if (even * 2 >= units && odd * 20 < units) return true;
  return std::nullopt;
}

// The first `n` lines (line ends not normalized yet: CR alone counts), of
// at most 400 bytes.  Looked for in those 400 bytes only: find_first_of
// calls memchr per byte, and a Crossref or CSL-JSON file is one line of
// megabytes (a tenth of reading one went here).
std::string_view first_lines(std::string_view s, int n) {
  s = s.substr(0, 400);
  std::size_t end = 0;
  for (int k = 0; k < n && end < s.size(); ++k) {
    std::size_t e = s.find_first_of("\r\n", end);
    end = e == std::string_view::npos ? s.size() : e + 1;
  }
  return s.substr(0, end);
}

// JabRef writes "% Encoding: NAME" as the first line.
std::string encoding_header(std::string_view s) {
  std::string_view first = s.substr(0, 200);
  first = first.substr(0, first.find_first_of("\r\n"));
  first = trim(first);
  if (!starts_with(first, "%")) return {};
  first = trim(first.substr(1));
  if (!istarts_with(first, "encoding:")) return {};
  return std::string(trim(first.substr(9)));
}

// Emacs: "-*- coding: latin-9 -*-" (or "-*- mode: bibtex; coding: utf-8 -*-",
// often behind a '%') on the first or second line; Emacs' names mapped to
// iconv's ("latin-9" -> ISO-8859-15, "-unix"/"-dos" suffixes dropped).
std::string emacs_coding(std::string_view s) {
  std::string_view head = first_lines(s, 2);
  std::size_t open = head.find("-*-");
  if (open == std::string_view::npos) return {};
  std::size_t close = head.find("-*-", open + 3);
  if (close == std::string_view::npos) return {};
  std::string vars = ascii_lower(head.substr(open + 3, close - open - 3));
  std::size_t c = vars.find("coding:");
  if (c == std::string::npos) return {};
  std::string_view rest = trim(std::string_view(vars).substr(c + 7));
  std::string name(rest.substr(0, std::min(rest.find_first_of("; \t"), rest.size())));
  for (std::string_view suffix : {"-unix", "-dos", "-mac"})
    if (ends_with(name, suffix)) name.resize(name.size() - suffix.size());
  if (starts_with(name, "iso-")) name = name.substr(4);  // iso-latin-1
  static const std::pair<std::string_view, std::string_view> latin[] = {
      {"latin-0", "ISO-8859-15"}, {"latin-1", "ISO-8859-1"}, {"latin-2", "ISO-8859-2"}, {"latin-3", "ISO-8859-3"},
      {"latin-4", "ISO-8859-4"},  {"latin-5", "ISO-8859-9"}, {"latin-6", "ISO-8859-10"}, {"latin-7", "ISO-8859-13"},
      {"latin-8", "ISO-8859-14"}, {"latin-9", "ISO-8859-15"}, {"prefer-utf-8", "UTF-8"}, {"utf-8-with-signature", "UTF-8"}};
  for (const auto& [emacs, iconv_name] : latin)
    if (name == emacs) return std::string(iconv_name);
  return name;
}

bool is_utf8_name(std::string_view name) { return iequals(name, "utf-8") || iequals(name, "utf8"); }
// windows-1252 is what "Latin-1" means in practice (WHATWG); ISO-8859-15
// differs from it (0xA4 is €) and goes to iconv.
bool is_cp1252_name(std::string_view name) {
  return iequals(name, "windows-1252") || iequals(name, "cp1252") || iequals(name, "iso-8859-1") ||
         iequals(name, "latin1") || iequals(name, "iso8859-1");
}

std::string decode_as(std::string bytes, std::string_view name, Issues& issues) {
  if (is_utf8_name(name)) return is_valid_utf8(bytes) ? std::move(bytes) : repair_utf8(bytes, issues);
  if (is_cp1252_name(name)) return cp1252_to_utf8(bytes);
  std::string upper = ascii_lower(name);
  if (upper == "utf-16le" || upper == "utf16le") return utf16_to_utf8(bytes, false, issues);
  if (upper == "utf-16be" || upper == "utf16be" || upper == "utf-16" || upper == "utf16") {
    std::string_view b = bytes;
    bool little = starts_with(b, "\xFF\xFE");
    bool bom = starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF");
    if (bom) b.remove_prefix(2);
    return utf16_to_utf8(b, !little, issues, bom ? 2 : 0);
  }
  if (upper == "utf-32le") return utf32_to_utf8(bytes, false, issues);
  if (upper == "utf-32be" || upper == "utf-32") return utf32_to_utf8(bytes, true, issues);
  return iconv_to_utf8(bytes, std::string(name), issues);
}

bool is_control(char32_t cp) { return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F); }

// The first index from `i` of a byte that may start a control character or
// a BOM (C0 but TAB and LF, 0x7F, 0xC2, 0xEF), or s.size(); sixteen bytes at
// a time, since most texts hold none.
std::size_t next_suspect(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
#if defined(__SSE2__)
  const __m128i c1f = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
                del = _mm_set1_epi8(0x7F), c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                ef = _mm_set1_epi8(static_cast<char>(0xEF));
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, c1f), v);  // v <= 0x1F
    low = _mm_andnot_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)), low);
    __m128i hit = _mm_or_si128(_mm_or_si128(low, _mm_cmpeq_epi8(v, del)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, ef)));
    if (int mask = _mm_movemask_epi8(hit)) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < n; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c == 0xC2 || c == 0xEF) return i;
  }
  return n;
}

// Does `s` hold a control character (or, with `bom`, a BOM) from `i` on?
bool has_control(std::string_view s, bool bom) {
  for (std::size_t i = next_suspect(s, 0); i < s.size(); i = next_suspect(s, i + 1)) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2) {
      auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
      if (next >= 0x80 && next <= 0x9F) return true;
    } else if (c == 0xEF) {
      if (bom && s.compare(i, 3, "\xEF\xBB\xBF") == 0) return true;
    } else {
      return true;
    }
  }
  return false;
}

// "control character U+0091 and 2 more <what>": one issue for a line's
// control characters.
std::string controls_message(char32_t shown, std::size_t count, std::string_view what) {
  char hex[12];
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(shown));
  return std::string("control character ") + hex +
         (count > 1 ? " and " + std::to_string(count - 1) + " more" : std::string()) + " " + std::string(what);
}

// The issues a pass added join the earlier ones, in offset order.
void merge_issues(Issues& issues, const Issues& added) {
  if (added.empty()) return;
  issues.insert(issues.end(), added.begin(), added.end());
  std::stable_sort(issues.begin(), issues.end(),
                   [](const DecodeIssue& a, const DecodeIssue& b) { return a.offset < b.offset; });
}

// The typographic characters of windows-1252's 0x80-0x9F range (€ … ‘ ’ “ ”
// – — ™), or 0: text decoded as Latin-1 somewhere before it reached us
// holds them as C1 controls (U+0091 for ‘).  The other C1 codes (U+009B is a
// terminal's CSI) have no such reading and are removed as controls.
char32_t c1_typographic(unsigned char low) {
  switch (low) {
    case 0x80: return 0x20AC; case 0x85: return 0x2026; case 0x91: return 0x2018; case 0x92: return 0x2019;
    case 0x93: return 0x201C; case 0x94: return 0x201D; case 0x96: return 0x2013; case 0x97: return 0x2014;
    case 0x99: return 0x2122;
    default: return 0;
  }
}

// C1 controls that are windows-1252 punctuation read as Latin-1 become that
// punctuation (one issue per line); the offsets of earlier issues follow.
void c1_as_cp1252(std::string& s, Issues& issues) {
  bool any = false;
  for (std::size_t i = s.find('\xC2'); i != std::string::npos && i + 1 < s.size(); i = s.find('\xC2', i + 1))
    if (c1_typographic(static_cast<unsigned char>(s[i + 1]))) {
      any = true;
      break;
    }
  if (!any) return;
  std::string out;
  out.reserve(s.size() + 16);
  Issues added;
  std::size_t k = 0, line_first = std::string::npos, count = 0;
  char32_t shown = 0;
  auto flush = [&] {
    if (!count) return;
    added.push_back(
        {line_first, controls_message(shown, count, "read as windows-1252 punctuation (text once decoded as Latin-1)")});
    count = 0;
  };
  for (std::size_t r = 0; r < s.size();) {
    while (k < issues.size() && issues[k].offset <= r) issues[k++].offset = out.size();
    if (s[r] == '\n') flush();
    char32_t cp = s[r] == '\xC2' && r + 1 < s.size() ? c1_typographic(static_cast<unsigned char>(s[r + 1])) : 0;
    if (cp) {
      if (!count) line_first = out.size(), shown = static_cast<unsigned char>(s[r + 1]);
      ++count;
      append_utf8(out, cp);
      r += 2;
      continue;
    }
    out.push_back(s[r++]);
  }
  while (k < issues.size()) issues[k++].offset = out.size();
  flush();
  s = std::move(out);
  merge_issues(issues, added);
}

// The last pass, for every encoding and format: CRLF and lone CR become LF, a
// BOM at a line start goes, control characters go (one issue per line); the
// offsets of earlier issues follow the bytes they point at.
void normalize(std::string& s, Issues& issues) {
  c1_as_cp1252(s, issues);
  // Most texts need nothing.
  bool needed = has_control(s, true);  // CR included
  if (!needed) return;
  Issues added;
  std::size_t k = 0;  // next earlier issue to move
  std::size_t w = 0;
  std::size_t removed = 0, first = 0;
  char32_t shown = 0;
  auto flush = [&] {
    if (!removed) return;
    added.push_back({first, controls_message(shown, removed, "removed from this line")});
    removed = 0;
  };
  auto skip_boms = [&](std::size_t& r) {
    while (s.compare(r, 3, "\xEF\xBB\xBF") == 0) r += 3;  // a BOM at a line start is nothing
  };
  for (std::size_t r = 0; r < s.size();) {
    // A run of bytes that are none of these (LF and TAB among them) moves
    // whole: most of a CRLF file.  While a line's controls are still to be
    // said, the run stops after its LF, where they are said.
    if (std::size_t e = next_suspect(s, r); e > r) {
      if (removed)
        if (std::size_t lf = s.find('\n', r); lf < e) e = lf + 1;
      for (; k < issues.size() && issues[k].offset < e; ++k)
        issues[k].offset = w + (issues[k].offset > r ? issues[k].offset - r : 0);
      std::memmove(&s[w], &s[r], e - r);
      w += e - r;
      r = e;
      if (s[r - 1] == '\n') {
        flush();
        skip_boms(r);
      }
      continue;
    }
    while (k < issues.size() && issues[k].offset <= r) issues[k++].offset = w;
    auto c = static_cast<unsigned char>(s[r]);
    if (c == '\r') {
      flush();
      s[w++] = '\n';
      r += (r + 1 < s.size() && s[r + 1] == '\n') ? 2 : 1;
      skip_boms(r);
      continue;
    }
    std::size_t len = c < 0x80 ? 1 : (c == 0xC2 && r + 1 < s.size()) ? 2 : 0;
    char32_t cp = len == 1 ? c : len == 2 ? char32_t(static_cast<unsigned char>(s[r + 1]) & 0x3F) | 0x80 : 0x100;
    if (len && is_control(cp)) {
      if (!removed) {
        first = w;
        shown = cp;
      }
      ++removed;
      r += len;
      continue;
    }
    s[w++] = s[r++];
  }
  while (k < issues.size()) issues[k++].offset = w;
  flush();
  s.resize(w);
  merge_issues(issues, added);
}

}  // namespace

namespace {

// What a file that is no text is ("an Excel workbook (.xls)..."), with what
// to import instead; empty for text.  Known by the first bytes: an Office
// file, a PDF, an archive, a program, an SQLite database.  (A file of zero
// bytes here and there is UTF-16, which decode_text reads.)
std::string not_text(std::string_view b) {
  auto at = [&](std::string_view magic) { return starts_with(b, magic); };
  auto holds = [&](std::string_view part, std::size_t within) {
    return b.substr(0, within).find(part) != std::string_view::npos;
  };
  const std::string export_again =
      "export the records again as text (Web of Science: Plain text or Tab delimited; Scopus: CSV, RIS or BibTeX)";
  const std::string as_text =
      ", not text: refnet reads text exports; save the sheet as CSV (UTF-8) and import that, or " + export_again;
  if (at("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {  // OLE2: Office 97-2003
    if (holds(std::string_view("W\0o\0r\0d\0D\0o\0c\0", 14), 1 << 16))
      return "a Word document (.doc), not text: save it as plain text (.txt) and import that";
    return "an Excel workbook (.xls) or another Office 97-2003 file" + as_text;
  }
  // The same bytes read as Latin-1 and written out as UTF-8 (a tool that took the workbook for text).
  if (at("\xC3\x90\xC3\x8F\x11\xC3\xA0\xC2\xA1\xC2\xB1\x1A\xC3\xA1"))
    return "an Excel workbook (.xls) that a program rewrote as text (its bytes read as Latin-1): no longer a "
           "workbook nor text; " + export_again;
  if (at("PK\x03\x04")) {  // ZIP: Office Open XML, OpenDocument, or an archive
    if (holds("xl/", b.size())) return "an Excel workbook (.xlsx)" + as_text;
    if (holds("word/", b.size())) return "a Word document (.docx), not text: save it as plain text (.txt) and import that";
    if (holds("opendocument.spreadsheet", 4096)) return "an OpenDocument spreadsheet (.ods)" + as_text;
    return "a ZIP archive, not text: unpack it and import the files it holds";
  }
  if (at("%PDF-"))
    return "a PDF, not text: refnet reads the exports of databases and reference managers; for an article's "
           "record, 'refnet fetch DOI'";
  if (at("\x1F\x8B")) return "gzip-compressed data, not text: uncompress it (gunzip) and import the file it holds";
  if (at(std::string_view("SQLite format 3\0", 16)))
    return "an SQLite database, not text (a refnet library is opened with --library, not imported)";
  if (at("\x7F" "ELF") || at("MZ\x90") || at("\xCF\xFA\xED\xFE")) return "a program, not text";
  return {};
}

}  // namespace

DecodedText decode_text(std::string bytes, std::string_view forced) {
  if (std::string what = not_text(bytes); !what.empty()) throw std::runtime_error(what);
  DecodedText d;
  auto starts = [&](std::string_view bom) { return starts_with(bytes, bom); };
  std::string header;
  if (forced.empty() && !starts("\xEF\xBB\xBF") && !starts("\xFF\xFE") && !starts("\xFE\xFF") &&
      !starts(std::string_view("\x00\x00\xFE\xFF", 4))) {
    header = encoding_header(bytes);
    if (header.empty()) header = emacs_coding(bytes);
    if (is_utf8_name(header)) header = "UTF-8";
  }
  if (!forced.empty()) {
    d.encoding = std::string(forced);
    if (starts("\xEF\xBB\xBF") && is_utf8_name(forced)) bytes.erase(0, 3);
    d.text = decode_as(std::move(bytes), forced, d.issues);
  } else if (starts("\xEF\xBB\xBF")) {
    d.encoding = "UTF-8";
    bytes.erase(0, 3);
    d.text = decode_as(std::move(bytes), "UTF-8", d.issues);
  } else if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) {
    d.encoding = "UTF-32LE";
    d.text = utf32_to_utf8(std::string_view(bytes).substr(4), false, d.issues, 4);
  } else if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) {
    d.encoding = "UTF-32BE";
    d.text = utf32_to_utf8(std::string_view(bytes).substr(4), true, d.issues, 4);
  } else if (starts("\xFF\xFE")) {
    d.encoding = "UTF-16LE";
    d.text = utf16_to_utf8(std::string_view(bytes).substr(2), false, d.issues, 2);
  } else if (starts("\xFE\xFF")) {
    d.encoding = "UTF-16BE";
    d.text = utf16_to_utf8(std::string_view(bytes).substr(2), true, d.issues, 2);
  } else if (std::optional<bool> big = bomless_utf16(bytes)) {
    d.encoding = *big ? "UTF-16BE" : "UTF-16LE";
    d.text = utf16_to_utf8(bytes, *big, d.issues);
  } else if (!header.empty()) {
    d.encoding = header;
    try {
      d.text = decode_as(bytes, header, d.issues);
    } catch (const std::runtime_error&) {  // a header naming an unknown encoding: guess instead
      const char* guess = is_valid_utf8(bytes) ? "UTF-8" : "windows-1252";
      DecodedText g = decode_text(std::move(bytes), guess);
      g.issues.insert(g.issues.begin(), {0, "unknown encoding '" + header + "' named in the file: read as " + guess});
      return g;
    }
  } else if (is_valid_utf8(bytes)) {
    d.encoding = "UTF-8";
    d.text = std::move(bytes);
  } else if (looks_like_gb(bytes)) {
    d.encoding = "GB18030";
    d.text = iconv_to_utf8(bytes, "GB18030", d.issues);
  } else if (has_utf8_sequence(bytes)) {
    d.encoding = "UTF-8";
    d.text = repair_utf8(bytes, d.issues);
  } else {
    d.encoding = "windows-1252";
    d.text = cp1252_to_utf8(bytes);
  }
  // A BOM inside converted text (UTF-16 with BOM decoded by a forced name).
  if (starts_with(d.text, "\xEF\xBB\xBF")) {
    d.text.erase(0, 3);
    for (DecodeIssue& i : d.issues) i.offset = i.offset >= 3 ? i.offset - 3 : 0;
  }
  normalize(d.text, d.issues);
  return d;
}

namespace {

// The control characters of `s` removed; `kept` (when given) receives, for
// each byte offset of the old string, the offset it now has.  A carriage
// return (an escaped Windows line end, XML's "&#13;") is a line break, not
// a character lost: dropped before a line feed, else `cr` (a line feed in
// text of paragraphs, a space in a one-line value), and not counted.
std::size_t strip_controls(std::string& s, std::vector<std::uint32_t>* kept = nullptr, char cr = ' ') {
  // Most values hold none: look before copying.
  bool any = has_control(s, false);
  if (!any) return 0;
  if (kept) kept->assign(s.size() + 1, 0);
  std::size_t w = 0, removed = 0;
  for (std::size_t r = 0; r < s.size();) {
    if (kept) (*kept)[r] = static_cast<std::uint32_t>(w);
    auto c = static_cast<unsigned char>(s[r]);
    std::size_t len = c < 0x80 ? 1 : (c == 0xC2 && r + 1 < s.size()) ? 2 : 0;
    char32_t cp = len == 1 ? c : len == 2 ? char32_t(static_cast<unsigned char>(s[r + 1]) & 0x3F) | 0x80 : 0x100;
    if (cp == '\r') {
      if (r + 1 < s.size() && s[r + 1] == '\n') ++r;
      else s[w++] = cr, ++r;
      continue;
    }
    if (len && is_control(cp)) {
      if (kept && len == 2) (*kept)[r + 1] = static_cast<std::uint32_t>(w);
      r += len;
      ++removed;
      continue;
    }
    s[w++] = s[r++];
  }
  if (kept) (*kept)[s.size()] = static_cast<std::uint32_t>(w);
  s.resize(w);
  return removed;
}

std::size_t strip_controls(std::vector<std::string>& v) {
  std::size_t n = 0;
  for (std::string& s : v) n += strip_controls(s);
  return n;
}

std::size_t strip_controls(Creator& c) {
  return strip_controls(c.family) + strip_controls(c.given) + strip_controls(c.particle) + strip_controls(c.suffix) +
         strip_controls(c.literal) + strip_controls(c.orcid) + strip_controls(c.affiliations);
}

}  // namespace

std::size_t remove_control_characters(Record& r) {
  std::size_t n = 0;
  std::vector<std::uint32_t> moved;
  if (std::size_t t = strip_controls(r.title, r.title_nocase.empty() ? nullptr : &moved)) {
    n += t;
    for (Span& s : r.title_nocase) {
      s.begin = s.begin < moved.size() ? moved[s.begin] : static_cast<std::uint32_t>(r.title.size());
      s.end = s.end < moved.size() ? moved[s.end] : static_cast<std::uint32_t>(r.title.size());
    }
  }
  for (std::string* s : {&r.type, &r.container_title, &r.container_title_short, &r.volume, &r.issue, &r.pages,
                         &r.number, &r.publisher, &r.publisher_place, &r.doi, &r.pmid, &r.pmcid, &r.wos_ut,
                         &r.scopus_eid, &r.url, &r.language, &r.citekey, &r.issued.text})
    n += strip_controls(*s);
  n += strip_controls(r.abstract, nullptr, '\n');
  for (Creator& c : r.authors) n += strip_controls(c);
  for (Creator& c : r.editors) n += strip_controls(c);
  n += strip_controls(r.issn) + strip_controls(r.isbn) + strip_controls(r.keywords);
  for (Reference& x : r.references)
    for (std::string* s : {&x.key, &x.doi, &x.raw, &x.author, &x.year, &x.title, &x.container, &x.volume, &x.first_page})
      n += strip_controls(*s);
  for (ExtraField& e : r.extra) n += strip_controls(e.name) + strip_controls(e.value, nullptr, '\n');
  return n;
}

std::string read_file(const std::string& path) { return read_input(path); }

}  // namespace refnet
