#include "refnet/encoding.hpp"
#include "refnet/input.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "refnet/text.hpp"

namespace refnet {

namespace {

// Converts with iconv; invalid sequences become U+FFFD rather than failing
// the whole file.
std::string iconv_to_utf8(std::string_view in, const std::string& from) {
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
      if (out.size() - done < 4) out.resize(out.size() * 2);
      out.resize(done);
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

// windows-1252 is small and the common fallback: decoded by table, no iconv.
std::string cp1252_to_utf8(std::string_view in) {
  static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (unsigned char c : in) {
    if (c < 0x80)
      out.push_back(static_cast<char>(c));
    else if (c < 0xA0)
      append_utf8(out, high[c - 0x80]);
    else
      append_utf8(out, c);
  }
  return out;
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

// JabRef writes "% Encoding: NAME" as the first line.
std::string encoding_header(std::string_view s) {
  // Line ends are not normalized yet: the first line may end in CR alone.
  std::string_view first = s.substr(0, std::min<std::size_t>(s.find_first_of("\r\n"), 200));
  first = trim(first);
  if (!starts_with(first, "%")) return {};
  first = trim(first.substr(1));
  if (!istarts_with(first, "encoding:")) return {};
  return std::string(trim(first.substr(9)));
}

bool is_utf8_name(std::string_view name) { return iequals(name, "utf-8") || iequals(name, "utf8"); }
bool is_cp1252_name(std::string_view name) {
  return iequals(name, "windows-1252") || iequals(name, "cp1252") || iequals(name, "iso-8859-1") ||
         iequals(name, "latin1") || iequals(name, "iso8859-1") || iequals(name, "iso-8859-15");
}

// CRLF and lone CR become LF, in place.
void normalize_line_ends(std::string& s) {
  if (s.find('\r') == std::string::npos) return;
  std::size_t w = 0;
  for (std::size_t r = 0; r < s.size(); ++r) {
    char c = s[r];
    if (c == '\r') {
      s[w++] = '\n';
      if (r + 1 < s.size() && s[r + 1] == '\n') ++r;
    } else {
      s[w++] = c;
    }
  }
  s.resize(w);
}

std::string decode_as(std::string bytes, std::string_view name) {
  if (is_utf8_name(name)) return bytes;
  if (iequals(name, "windows-1252") || iequals(name, "cp1252")) return cp1252_to_utf8(bytes);
  return iconv_to_utf8(bytes, std::string(name));
}

}  // namespace

DecodedText decode_text(std::string bytes, std::string_view forced) {
  DecodedText d;
  auto starts = [&](std::string_view bom) { return starts_with(bytes, bom); };
  if (!forced.empty()) {
    d.encoding = std::string(forced);
    if (starts("\xEF\xBB\xBF") && is_utf8_name(forced)) bytes.erase(0, 3);
    d.text = decode_as(std::move(bytes), forced);
  } else if (starts("\xEF\xBB\xBF")) {
    d.encoding = "UTF-8";
    bytes.erase(0, 3);
    d.text = std::move(bytes);
  } else if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) {
    d.encoding = "UTF-32LE";
    d.text = iconv_to_utf8(std::string_view(bytes).substr(4), "UTF-32LE");
  } else if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) {
    d.encoding = "UTF-32BE";
    d.text = iconv_to_utf8(std::string_view(bytes).substr(4), "UTF-32BE");
  } else if (starts("\xFF\xFE")) {
    d.encoding = "UTF-16LE";
    d.text = iconv_to_utf8(std::string_view(bytes).substr(2), "UTF-16LE");
  } else if (starts("\xFE\xFF")) {
    d.encoding = "UTF-16BE";
    d.text = iconv_to_utf8(std::string_view(bytes).substr(2), "UTF-16BE");
  } else if (std::string header = encoding_header(bytes); !header.empty() && !is_utf8_name(header)) {
    d.encoding = header;
    try {
      d.text = is_cp1252_name(header) ? cp1252_to_utf8(bytes) : iconv_to_utf8(bytes, header);
    } catch (const std::runtime_error&) {  // a header naming an unknown encoding: guess instead
      const char* guess = is_valid_utf8(bytes) ? "UTF-8" : "windows-1252";
      return decode_text(std::move(bytes), guess);
    }
  } else if (is_valid_utf8(bytes)) {
    d.encoding = "UTF-8";
    d.text = std::move(bytes);
  } else if (looks_like_gb(bytes)) {
    d.encoding = "GB18030";
    d.text = iconv_to_utf8(bytes, "GB18030");
  } else {
    d.encoding = "windows-1252";
    d.text = cp1252_to_utf8(bytes);
  }
  // A BOM inside converted text (UTF-16 with BOM decoded by a forced name).
  if (starts_with(d.text, "\xEF\xBB\xBF")) d.text.erase(0, 3);
  normalize_line_ends(d.text);
  return d;
}

std::string read_file(const std::string& path) { return read_input(path); }

}  // namespace refnet
