// Unicode to LaTeX for BibTeX values: the inverse of latex_to_unicode
// (latex.cpp), written so that decoding what this writes gives the text back.
//
// - The ten special characters are escaped: \& \% \$ \# \_ \{ \} and the
//   three without a short form as \textasciitilde{}, \textasciicircum{},
//   \textbackslash{} (the decoder reads all three).
// - Math passes through: a `$...$` span, by pandoc's rule for TeX math (the
//   opening `$` has a non-space right after it, the closing one a non-space
//   right before it and no digit after it, so "$5 and $10" is money), and
//   only when its braces balance, since an unbalanced brace would break the
//   BibTeX value.  \(...\) likewise.
// - A no-break space is written `~`; a run of hyphens "--" that the text
//   really holds is written "-{}-", since "--" would decode to an en dash.
// - What pdflatex's inputenc does not set up (pdflatex_reads) is spelt, as
//   --ascii spells everything non-ASCII: letters as accent commands ({\"u},
//   {\c{c}}, {\ss}), dashes and quotes as TeX ligatures, symbols as text
//   commands ({\textmu}) or else math ({\ensuremath{\leq}}, − as {\ensuremath{-}}), a run of
//   super- or subscripts as math ({\ensuremath{^{-3}}}, which the decoder
//   reads as ⁻³; \textsuperscript is what <sup> markup becomes), a Greek
//   letter standing alone as math (Greek words stay Greek).  In braces that
//   open with a control sequence, which bibtex's case changes leave alone
//   and the decoder does not read as case protection.  What has no spelling
//   (CJK, Cyrillic) stays UTF-8; the writers name it.
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "refnet/latex.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// The accent command for a combining mark, or nullptr.  Punctuation accents
// are written {\"u}; letter accents {\c{c}}.
const char* accent_command(char32_t mark) {
  switch (mark) {
    case 0x0300: return "`";
    case 0x0301: return "'";
    case 0x0302: return "^";
    case 0x0303: return "~";
    case 0x0304: return "=";
    case 0x0306: return "u";
    case 0x0307: return ".";
    case 0x0308: return "\"";
    case 0x030A: return "r";
    case 0x030B: return "H";
    case 0x030C: return "v";
    case 0x030F: return "G";
    case 0x0323: return "d";
    case 0x0327: return "c";
    case 0x0328: return "k";
    case 0x0331: return "b";
    default: return nullptr;
  }
}

// Letters and symbols with a control word of their own (the decoder's table).
const char* symbol_command(char32_t cp) {
  switch (cp) {
    case U'ß': return "{\\ss}";
    case U'ø': return "{\\o}";
    case U'Ø': return "{\\O}";
    case U'ł': return "{\\l}";
    case U'Ł': return "{\\L}";
    case U'ı': return "{\\i}";
    case U'ȷ': return "{\\j}";
    case U'æ': return "{\\ae}";
    case U'Æ': return "{\\AE}";
    case U'œ': return "{\\oe}";
    case U'Œ': return "{\\OE}";
    case U'å': return "{\\aa}";
    case U'Å': return "{\\AA}";
    case U'ð': return "{\\dh}";
    case U'Ð': return "{\\DH}";
    case U'þ': return "{\\th}";
    case U'Þ': return "{\\TH}";
    case U'đ': return "{\\dj}";
    case U'Đ': return "{\\DJ}";
    case U'ŋ': return "{\\ng}";
    case U'Ŋ': return "{\\NG}";
    case U'–': return "--";
    case U'—': return "---";
    case U'‘': return "`";
    case U'’': return "'";
    case U'“': return "``";
    case U'”': return "''";
    case U'…': return "{\\ldots}";
    case U'©': return "{\\textcopyright}";
    case U'®': return "{\\textregistered}";
    case U'™': return "{\\texttrademark}";
    case U'§': return "{\\S}";
    case U'¶': return "{\\P}";
    case U'£': return "{\\pounds}";
    case U'€': return "{\\texteuro}";
    case U'°': return "{\\textdegree}";
    case U'«': return "{\\guillemotleft}";
    case U'»': return "{\\guillemotright}";
    case U'·': return "{\\textperiodcentered}";
    case U'•': return "{\\textbullet}";
    case U'†': return "{\\textdagger}";
    case U'‡': return "{\\ddag}";
    case U'±': return "{\\textpm}";
    case U'×': return "{\\texttimes}";
    case U'¡': return "{\\textexclamdown}";
    case U'¿': return "{\\textquestiondown}";
    case U'µ': return "{\\textmu}";
    case U'−': return "{\\ensuremath{-}}";  // \textminus: pandoc drops it
    case U'′': return "{\\ensuremath{'}}";  // read back as ′ (TeX's ' in math)
    case U'‐': case U'‑': return "-";
    case U'‚': return ",";
    case U'„': return ",,";
    case U'\u2009': case U'\u202F': return "{\\,}";  // read back as U+2009 (pandoc drops \thinspace)
    default: return nullptr;
  }
}

// Writes a non-ASCII code point as accents on an ASCII base letter:
// "ü" -> {\"u}, "ç" -> {\c{c}}, "ǘ" -> {\'{\"u}}.  False when it is not
// such a letter.
bool put_accented(std::string& out, char32_t cp) {
  utf8proc_int32_t buf[8];
  int options = UTF8PROC_DECOMPOSE;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8, utf8proc_option_t(options), nullptr);
  if (n < 2 || n > 8 || buf[0] >= 0x80 || !is_alpha(char(buf[0]))) return false;
  for (utf8proc_ssize_t k = 1; k < n; ++k)
    if (!accent_command(static_cast<char32_t>(buf[k]))) return false;
  char base = char(buf[0]);
  // Accents go on the dotless i and j: {\'\i} is what LaTeX wants; {\'i}
  // also works and the decoder reads both, so keep the plain letter.
  std::string inner(1, base);
  for (utf8proc_ssize_t k = 1; k < n; ++k) {
    const char* cmd = accent_command(static_cast<char32_t>(buf[k]));
    bool punct = !is_alpha(cmd[0]);
    if (punct && k == 1)
      inner = std::string("\\") + cmd + inner;
    else
      inner = std::string("\\") + cmd + "{" + inner + "}";
  }
  out += '{';
  out += inner;
  out += '}';
  return true;
}

// The run of super- or subscripts (all of one kind) that starts at
// text[start], as one math script: "⁻³" -> {\ensuremath{^{-3}}}, letters
// upright ("ₑ" -> {\ensuremath{_{\mathrm{e}}}}).  In UTF-8 a run pdflatex
// reads whole (m², x³) stays as it is.  Returns the end of the run.
std::size_t put_scripts(std::string& out, std::string_view text, std::size_t start, bool super, bool ascii) {
  std::string bases;
  bool read = !ascii;
  std::size_t end = start;
  for (std::size_t i = start; i < text.size();) {
    bool s = false;
    std::size_t j = i;
    char32_t cp = next_utf8(text, j);
    char base = script_base(cp, s);
    if (!base || s != super) break;
    read = read && pdflatex_reads(cp);
    bases += base;
    end = i = j;
  }
  if (read) {
    out.append(text.substr(start, end - start));
    return end;
  }
  out += super ? "{\\ensuremath{^{" : "{\\ensuremath{_{";
  for (std::size_t k = 0; k < bases.size();) {
    if (!is_alpha(bases[k])) {
      out += bases[k++];
      continue;
    }
    std::size_t e = k;
    while (e < bases.size() && is_alpha(bases[e])) ++e;
    out += "\\mathrm{";
    out.append(bases, k, e - k);
    out += '}';
    k = e;
  }
  out += "}}}";
  return end;
}

// The spaces of U+2000..U+205F and U+3000 as LaTeX sets them; "" for the
// zero-width ones; nullptr for anything else.
const char* space_command(char32_t cp) {
  switch (cp) {
    case 0x2002: return "\\enspace{}";  // en space
    case 0x2003: return "\\quad{}";     // em space
    case 0x2009: case 0x202F: case 0x2006: case 0x200A: case 0x2005: case 0x205F: return "\\,";  // thin
    case 0x2000: case 0x2001: case 0x2004: case 0x2007: case 0x2008: case 0x3000: return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return "";  // zero width
    case 0x2028: case 0x2029: return " ";  // line and paragraph separators
    default: return nullptr;
  }
}

// The end of the math span opening at text[i] ('$', "$$", "\(" or "\["), or npos.
std::size_t math_end(std::string_view text, std::size_t i) {
  std::size_t close;
  std::size_t after;
  if (text.substr(i, 2) == "$$") {
    // Display math, which the BibTeX reader keeps verbatim with its
    // delimiters: written as it is, not as "\$" around an inline "$x$".
    close = text.find("$$", i + 2);
    if (close == std::string_view::npos || close == i + 2) return std::string_view::npos;
    after = close + 2;
  } else if (text[i] == '$') {
    if (i + 1 >= text.size() || is_space(text[i + 1]) || text[i + 1] == '$') return std::string_view::npos;
    close = i + 1;
    for (;;) {
      close = text.find('$', close);
      if (close == std::string_view::npos) return close;
      if (text[close - 1] == '\\') {  // \$ inside math
        ++close;
        continue;
      }
      if (!is_space(text[close - 1]) && !(close + 1 < text.size() && is_digit(text[close + 1]))) break;
      ++close;
    }
    after = close + 1;
  } else {
    close = text.find(text[i + 1] == '(' ? "\\)" : "\\]", i + 2);
    if (close == std::string_view::npos) return close;
    after = close + 2;
  }
  int depth = 0;
  for (std::size_t k = i; k < after; ++k) {
    if (text[k] == '\\') {
      ++k;
      continue;
    }
    if (text[k] == '{') ++depth;
    if (text[k] == '}' && --depth < 0) return std::string_view::npos;
  }
  return depth == 0 ? after : std::string_view::npos;
}

bool is_greek(char32_t cp) { return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF); }

// A Greek letter standing alone ("α-synuclein", "Φ29"), which pdflatex's
// inputenc cannot read: the UTF-8 export spells it.  Greek words stay Greek.
bool lone_greek(std::string_view text, std::size_t start, std::size_t end, char32_t cp) {
  if (!is_greek(cp)) return false;
  if (start > 0) {  // the character before: back over its continuation bytes
    std::size_t k = start - 1;
    while (k > 0 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
    if (is_greek(next_utf8(text, k))) return false;
  }
  std::size_t n = end;
  return n >= text.size() || !is_greek(next_utf8(text, n));
}

}  // namespace

std::string unicode_to_latex(std::string_view text_in, bool ascii) {
  // Decomposed accents ("e" + U+0301: Zotero's and macOS's NFD text) are
  // composed first, so that they are spelt like the precomposed ones: left
  // as they were, pdflatex could not typeset them (a combining mark is no
  // character inputenc sets up) and the export said so of every such entry.
  // Only with --ascii, or when the text holds a combining diacritical mark
  // (U+0300-U+036F, UTF-8 0xCC 0x80 to 0xCD 0xAF), is the text composed.
  std::string composed;
  std::string_view text = text_in;
  bool plain = true, marks = false;
  for (std::size_t k = 0; k < text_in.size(); ++k) {
    auto ch = static_cast<unsigned char>(text_in[k]);
    plain = plain && ch < 0x80;
    marks = marks || ((ch == 0xCC || ch == 0xCD) && k + 1 < text_in.size() &&
                      (ch == 0xCC || static_cast<unsigned char>(text_in[k + 1]) <= 0xAF));
  }
  if ((ascii && !plain) || marks) {
    utf8proc_uint8_t* nfc = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(text_in).c_str()));
    if (nfc) {
      composed = reinterpret_cast<const char*>(nfc);
      std::free(nfc);
      text = composed;
    }
  }
  // bibtex and biber count every brace of a value, "\{" too: when the
  // text's own braces do not balance, each is spelt out.
  bool balanced = true;
  int depth = 0;
  for (char ch : text) {
    if (ch == '{') ++depth;
    else if (ch == '}' && --depth < 0) balanced = false;
  }
  balanced = balanced && depth == 0;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '{': case '}':
          if (!balanced) {
            out += c == '{' ? "\\textbraceleft{}" : "\\textbraceright{}";
            ++i;
            continue;
          }
          [[fallthrough]];
        case '&': case '%': case '#': case '_':
          out += '\\';
          out += char(c);
          ++i;
          continue;
        case '~': out += "\\textasciitilde{}"; ++i; continue;
        case '^': out += "\\textasciicircum{}"; ++i; continue;
        case '$':
        case '\\': {
          if (c == '$' || (i + 1 < text.size() && (text[i + 1] == '(' || text[i + 1] == '['))) {
            std::size_t end = math_end(text, i);
            if (end != std::string_view::npos) {
              out.append(text.substr(i, end - i));
              i = end;
              continue;
            }
          }
          out += c == '$' ? "\\$" : "\\textbackslash{}";
          ++i;
          continue;
        }
        case '-':
          out += '-';
          if (i + 1 < text.size() && text[i + 1] == '-') out += "{}";
          ++i;
          continue;
        default:
          out += char(c);
          ++i;
          continue;
      }
    }
    std::size_t start = i;
    char32_t cp = next_utf8(text, i);
    if (cp == 0x00A0) {
      out += '~';
      continue;
    }
    if (bool super = false; script_base(cp, super)) {
      i = put_scripts(out, text, start, super, ascii);
      continue;
    }
    // UTF-8 stays where pdflatex reads it, and in Greek words.
    if (!ascii && (pdflatex_reads(cp) || (is_greek(cp) && !lone_greek(text, start, i, cp)))) {
      out.append(text.substr(start, i - start));
      continue;
    }
    if (const char* s = symbol_command(cp)) {
      out += s;
      continue;
    }
    if (put_accented(out, cp)) continue;
    if (const char* sp = space_command(cp)) {
      out += sp;
      continue;
    }
    // A combining mark left on an ASCII letter that has no precomposed
    // form ("x" + U+0301): the accent command around the letter.
    if (const char* cmd = accent_command(cp)) {
      if (!out.empty() && is_alpha(out.back())) {
        char base = out.back();
        out.pop_back();
        out += is_alpha(cmd[0]) ? std::string("{\\") + cmd + "{" + base + "}}" : std::string("{\\") + cmd + base + "}";
        continue;
      }
    }
    if (std::string_view name = latex_math_command(cp); !name.empty()) {
      out += "{\\ensuremath{\\";
      out += name;
      out += "}}";
      continue;
    }
    // --ascii: CJK text's fullwidth punctuation and letters (U+FF01-U+FF5E,
    // the "：" of "题目：副题") are their ASCII characters (NFKC), the
    // ideographic space a space; kept, pdflatex stops on them.
    if (ascii && ((cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000)) {
      out += unicode_to_latex(std::string(1, cp == 0x3000 ? ' ' : static_cast<char>(cp - 0xFEE0)), ascii);
      continue;
    }
    out.append(text.substr(start, i - start));
  }
  return out;
}

}  // namespace refnet
