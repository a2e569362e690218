// UTF-8 read as Windows-1252 and written again (mojibake.hpp).
#include "mojibake.hpp"

#include <algorithm>
#include <vector>

#include "left_references.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// The byte Windows-1252 reads as `c` (its C1 bytes as Latin-1 reads them
// too), or -1.
int cp1252_byte(char32_t c) {
  if (c >= 0x80 && c <= 0xFF) return static_cast<int>(c);
  switch (c) {
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
  }
}

// A character text is written with: letters and marks of the scripts
// mojibake comes from, general punctuation, the euro and trade marks.
bool plausible(char32_t u) {
  return (u >= 0xA0 && u <= 0x17F) || (u >= 0x300 && u <= 0x36F) || (u >= 0x386 && u <= 0x3CE) ||
         (u >= 0x400 && u <= 0x45F) || (u >= 0x1E00 && u <= 0x1EFF) || (u >= 0x2010 && u <= 0x2044) ||
         u == 0x20AC || u == 0x2122 || (u >= 0x3000 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7A3);
}

// How sure a lead byte read as Windows-1252 makes a run: 2 alone ("Ã©",
// "Â©", "Å‚", "Ä…", "â€™": Latin letters and punctuation), 1 when the value
// holds two runs or more (Greek "Î»", Cyrillic "Ð°", CJK "ä¸­": a word of
// them makes several), 0 never ("×" or "Ø" before a no-break space or "°":
// Hebrew and Arabic letters would be made of text).
int lead_weight(int lead) {
  if ((lead >= 0xC2 && lead <= 0xC5) || lead == 0xE2) return 2;
  if (lead == 0xCE || lead == 0xCF || lead == 0xD0 || lead == 0xD1 || (lead >= 0xE3 && lead <= 0xED)) return 1;
  return 0;
}

// Fast exit, byte by byte: a lead byte read as Windows-1252 (U+00C2..U+00ED,
// written C3 82..C3 AD) before a continuation byte read so (U+0080..U+00BF,
// written C2 80..C2 BF; the letters and marks of 80..9F: C5, C6, CB, E2
// 80..E2 84; U+FFFD, EF BF BD).  An "é" in a French title is not looked at
// again.
bool may_hold_mojibake(std::string_view v) {
  for (std::size_t i = v.find('\xC3'); i != std::string_view::npos && i + 2 < v.size(); i = v.find('\xC3', i + 1)) {
    const auto lead = static_cast<unsigned char>(v[i + 1]), next = static_cast<unsigned char>(v[i + 2]);
    if (lead >= 0x82 && lead <= 0xAD && (next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2 || next == 0xEF))
      return true;
  }
  return false;
}

struct Cp {
  char32_t c;
  std::size_t begin, end;  // its bytes in the value
};

}  // namespace

std::string repaired_mojibake(std::string_view v) {
  if (!may_hold_mojibake(v)) return {};
  std::vector<Cp> cps;
  for (std::size_t i = 0; i < v.size();) {
    const std::size_t b = i;
    const char32_t c = next_utf8(v, i);
    cps.push_back({c, b, i});
  }
  struct Piece {
    std::size_t begin, end;  // the run's bytes
    char32_t u;
    int weight;
  };
  std::vector<Piece> pieces;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    const int lead = cp1252_byte(cps[k].c);
    const int weight = lead < 0 ? 0 : lead_weight(lead);
    if (weight == 0) continue;
    const std::size_t n = lead < 0xE0 ? 1 : 2;
    if (k + n >= cps.size()) continue;
    char32_t u = static_cast<char32_t>(lead & (n == 1 ? 0x1F : 0x0F));
    bool ok = true;
    for (std::size_t m = 1; m <= n && ok; ++m) {
      int b = cp1252_byte(cps[k + m].c);
      // "â€�": the closing quote's last byte, 9D, became U+FFFD.
      if (b < 0 && cps[k + m].c == 0xFFFD && lead == 0xE2 && m == 2 && cp1252_byte(cps[k + 1].c) == 0x80) b = 0x9D;
      ok = b >= 0x80 && b <= 0xBF;
      u = (u << 6) | static_cast<char32_t>(b & 0x3F);
    }
    if (!ok) continue;
    // Overlong and surrogate forms are no character.
    if ((n == 2 && u < 0x800) || (u >= 0xD800 && u <= 0xDFFF) || !plausible(u)) continue;
    pieces.push_back({cps[k].begin, cps[k + n].end, u, weight});
    k += n;
  }
  std::size_t weak = 0;
  for (const Piece& p : pieces) weak += p.weight == 1;
  std::string out;
  std::size_t copied = 0, runs = 0;
  for (const Piece& p : pieces) {
    if (p.weight == 1 && weak < 2) continue;
    out.append(v.substr(copied, p.begin - copied));
    append_utf8(out, p.u);
    copied = p.end;
    ++runs;
  }
  if (runs == 0) return {};
  out.append(v.substr(copied));
  return out;
}

std::string mojibake_excerpt(std::string_view v) {
  std::size_t at = v.size();
  for (std::string_view mark : {"\u00C3", "\u00C2", "\u00E2"}) at = std::min(at, v.find(mark));
  if (at == v.size()) at = 0;
  std::size_t begin = at > 25 ? at - 25 : 0;
  while (begin > 0 && (static_cast<unsigned char>(v[begin]) & 0xC0) == 0x80) --begin;
  const std::string_view excerpt = utf8_prefix(v.substr(begin), 60);
  return std::string(begin > 0 ? "..." : "") + std::string(excerpt) + (begin + excerpt.size() < v.size() ? "..." : "");
}

std::size_t repair_mojibake(Record& r, std::string& first) {
  return rewrite_record_texts(r, first, [](std::string_view v, bool) { return repaired_mojibake(v); }, true);
}

}  // namespace refnet
