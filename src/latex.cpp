// LaTeX in BibTeX values to Unicode.
//
// One pass over the value with a small stack of brace frames.  What a control
// sequence means is looked up in tables (symbols, accents, commands whose
// argument is kept or dropped), never decided by a chain of ifs, so adding a
// command is adding a row.
#include "refnet/latex.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "refnet/text.hpp"

namespace refnet {

namespace {

// Control words that stand for a character (or for nothing).
struct Symbol {
  std::string_view name;
  std::string_view text;
};
constexpr Symbol kSymbols[] = {
    {"ss", "ß"}, {"SS", "SS"}, {"o", "ø"}, {"O", "Ø"}, {"l", "ł"}, {"L", "Ł"}, {"i", "ı"}, {"j", "ȷ"},
    {"ae", "æ"}, {"AE", "Æ"}, {"oe", "œ"}, {"OE", "Œ"}, {"aa", "å"}, {"AA", "Å"}, {"dh", "ð"},
    {"DH", "Ð"}, {"th", "þ"}, {"TH", "Þ"}, {"ng", "ŋ"}, {"NG", "Ŋ"}, {"dj", "đ"}, {"DJ", "Đ"},
    {"textendash", "–"}, {"textemdash", "—"}, {"textquoteleft", "‘"}, {"textquoteright", "’"},
    {"textquotedblleft", "“"}, {"textquotedblright", "”"}, {"textquotedbl", "\""},
    {"textquotesingle", "'"}, {"ldots", "…"}, {"dots", "…"}, {"textellipsis", "…"},
    {"textregistered", "®"}, {"texttrademark", "™"}, {"copyright", "©"}, {"textcopyright", "©"},
    {"S", "§"}, {"P", "¶"}, {"pounds", "£"}, {"textsterling", "£"}, {"euro", "€"}, {"texteuro", "€"},
    {"textdegree", "°"}, {"degree", "°"}, {"textbackslash", "\\"}, {"textasciitilde", "~"},
    {"textasciicircum", "^"}, {"textunderscore", "_"}, {"textbar", "|"}, {"textless", "<"},
    {"textgreater", ">"}, {"guillemotleft", "«"}, {"guillemotright", "»"}, {"guillemetleft", "«"},
    {"guillemetright", "»"}, {"textperiodcentered", "·"}, {"textbullet", "•"}, {"textdagger", "†"},
    {"dag", "†"}, {"ddag", "‡"}, {"textmu", "µ"}, {"textpm", "±"}, {"texttimes", "×"},
    {"textexclamdown", "¡"}, {"textquestiondown", "¿"}, {"LaTeX", "LaTeX"}, {"TeX", "TeX"},
    {"BibTeX", "BibTeX"}, {"LaTeXe", "LaTeX2e"}, {"slash", "/"}, {"textsection", "§"},
    {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ε"}, {"kappa", "κ"},
    {"lambda", "λ"}, {"mu", "μ"}, {"pi", "π"}, {"sigma", "σ"}, {"tau", "τ"}, {"omega", "ω"},
    {"Delta", "Δ"}, {"Omega", "Ω"}, {"Sigma", "Σ"},
    // Font switches and spacing: they stand for nothing in plain text.
    {"em", ""}, {"it", ""}, {"bf", ""}, {"sc", ""}, {"rm", ""}, {"sf", ""}, {"tt", ""}, {"sl", ""},
    {"itshape", ""}, {"bfseries", ""}, {"scshape", ""}, {"upshape", ""}, {"mdseries", ""},
    {"normalfont", ""}, {"rmfamily", ""}, {"sffamily", ""}, {"ttfamily", ""}, {"relax", ""},
    {"protect", ""}, {"xspace", ""}, {"small", ""}, {"large", ""}, {"footnotesize", ""},
    {"newblock", ""}, {"noindent", ""}, {"par", " "}, {"quad", " "}, {"qquad", " "},
    {"hspace", ""}, {"allowbreak", ""}, {"nobreak", ""}, {"break", " "}, {"ignorespaces", ""},
};

// Commands whose braced argument is dropped entirely (\noopsort{a}).
constexpr std::string_view kDropArgument[] = {"noopsort", "nocite", "label", "hspace", "vspace",
                                              "index", "hphantom", "phantom"};

// Commands whose argument is copied verbatim, not decoded.
constexpr std::string_view kVerbatimArgument[] = {"url", "path", "nolinkurl", "verb"};

// Accents: the combining mark each accent command puts on its argument.
// Punctuation accents (\"u) are looked up by character, letter accents (\v S)
// by their one-letter name.
constexpr std::array<char32_t, 128> make_accents() {
  std::array<char32_t, 128> a{};
  a['"'] = 0x0308;
  a['\''] = 0x0301;
  a['`'] = 0x0300;
  a['^'] = 0x0302;
  a['~'] = 0x0303;
  a['='] = 0x0304;
  a['.'] = 0x0307;
  a['u'] = 0x0306;
  a['v'] = 0x030C;
  a['H'] = 0x030B;
  a['c'] = 0x0327;
  a['k'] = 0x0328;
  a['r'] = 0x030A;
  a['d'] = 0x0323;
  a['b'] = 0x0331;
  a['t'] = 0x0361;
  a['G'] = 0x030F;
  return a;
}
constexpr std::array<char32_t, 128> kAccents = make_accents();
inline bool is_punct_accent(char c) {
  return c == '"' || c == '\'' || c == '`' || c == '^' || c == '~' || c == '=' || c == '.';
}

const std::unordered_map<std::string_view, std::string_view>& symbols() {
  static const std::unordered_map<std::string_view, std::string_view> table = [] {
    std::unordered_map<std::string_view, std::string_view> t;
    for (const Symbol& s : kSymbols) t.emplace(s.name, s.text);
    return t;
  }();
  return table;
}

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view name) {
  for (std::string_view s : list)
    if (s == name) return true;
  return false;
}

// Bytes that need more than a copy: everything else is copied in runs.
constexpr std::array<bool, 256> make_special() {
  std::array<bool, 256> s{};
  for (unsigned char c : {'\\', '{', '}', '$', '~', '-', '`', '\'', ' ', '\t', '\n', '\r', '\f', '\v'}) s[c] = true;
  return s;
}
constexpr std::array<bool, 256> kSpecial = make_special();

inline bool is_letter(char c) { return is_alpha(c); }

class Decoder {
 public:
  Decoder(std::string_view in, std::vector<Span>* nocase, int level) : in_(in), nocase_(nocase), level_(level) {
    out_.reserve(in.size());
  }

  std::string run() {
    while (i_ < in_.size()) step();
    return std::move(out_);
  }

 private:
  enum class Frame : std::uint8_t { protect, plain, argument };
  struct Open {
    Frame kind;
    std::uint32_t start;
  };

  std::string_view in_;
  std::vector<Span>* nocase_;
  int level_;  // recursion depth of accent arguments
  std::size_t i_ = 0;
  std::string out_;
  bool pending_space_ = false;
  std::vector<Open> stack_;
  int brace_depth_ = 0;  // protect + plain frames open: BibTeX's brace level
  int open_singles_ = 0;  // ` quotes not yet closed by a '

  static bool is_word_byte(char c) { return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

  void flush_space() {
    if (pending_space_ && !out_.empty()) out_.push_back(' ');
    pending_space_ = false;
  }
  void put(std::string_view s) {
    if (s.empty()) return;
    flush_space();
    out_.append(s);
  }
  void space() { pending_space_ = !out_.empty(); }

  void step() {
    char c = in_[i_];
    if (!kSpecial[static_cast<unsigned char>(c)]) {
      // A run of ordinary bytes, single spaces between words included.
      std::size_t j = i_ + 1, n = in_.size();
      while (j < n) {
        unsigned char b = static_cast<unsigned char>(in_[j]);
        if (!kSpecial[b]) ++j;
        else if (b == ' ' && j + 1 < n && !kSpecial[static_cast<unsigned char>(in_[j + 1])]) j += 2;
        else break;
      }
      put(in_.substr(i_, j - i_));
      i_ = j;
      return;
    }
    switch (c) {
      case '\\': command(); return;
      case '{': open_brace(); return;
      case '}': close_brace(); return;
      case '$': math(); return;
      case '~': put("\u00A0"); ++i_; return;
      case '-': dashes(); return;
      case '`':
        if (i_ + 1 < in_.size() && in_[i_ + 1] == '`') {
          put("“");
          i_ += 2;
        } else {
          put("‘");
          ++i_;
          ++open_singles_;
        }
        return;
      case '\'':
        if (i_ + 1 < in_.size() && in_[i_ + 1] == '\'') {
          put("”");
          i_ += 2;
        } else {
          // `x' is ‘x’: a quote opened by a backtick is closed by the next
          // ' that is not an apostrophe inside a word (`don't' is ‘don't’).
          bool inside_word = !out_.empty() && !pending_space_ && is_word_byte(out_.back()) && i_ + 1 < in_.size() &&
                             is_word_byte(in_[i_ + 1]);
          if (open_singles_ > 0 && !inside_word) {
            put("’");
            --open_singles_;
          } else {
            put("'");
          }
          ++i_;
        }
        return;
      default:  // white space
        space();
        ++i_;
        return;
    }
  }

  void dashes() {
    std::size_t j = i_;
    while (j < in_.size() && in_[j] == '-') ++j;
    std::size_t n = j - i_;
    if (n == 2) put("–");
    else if (n == 3) put("—");
    else put(in_.substr(i_, n));
    i_ = j;
  }

  void open_brace() {
    ++i_;
    // A group opened at brace level 0 protects its case unless it starts with
    // a control sequence: BibTeX treats {\"u} and {\em x} as special
    // characters, not as protection.
    Frame kind = Frame::plain;
    if (brace_depth_ == 0 && !(i_ < in_.size() && in_[i_] == '\\')) kind = Frame::protect;
    if (kind == Frame::protect) flush_space();
    stack_.push_back({kind, static_cast<std::uint32_t>(out_.size())});
    ++brace_depth_;
  }

  void open_argument() {
    ++i_;  // the '{'
    stack_.push_back({Frame::argument, static_cast<std::uint32_t>(out_.size())});
  }

  void close_brace() {
    ++i_;
    if (stack_.empty()) return;  // a stray '}' (the BibTeX parser never passes one)
    Open o = stack_.back();
    stack_.pop_back();
    if (o.kind == Frame::argument) return;
    --brace_depth_;
    if (o.kind == Frame::protect && nocase_ && out_.size() > o.start)
      nocase_->push_back({o.start, static_cast<std::uint32_t>(out_.size())});
  }

  // $...$, $$...$$, \(...\), \[...\]: kept verbatim with their delimiters.
  void math() {
    std::size_t start = i_;
    bool display = i_ + 1 < in_.size() && in_[i_ + 1] == '$';
    std::size_t j = i_ + (display ? 2 : 1);
    while (j < in_.size()) {
      if (in_[j] == '\\') {
        j += 2;
        continue;
      }
      if (in_[j] == '$') break;
      ++j;
    }
    std::size_t end = j >= in_.size() ? in_.size() : j + (display && j + 1 < in_.size() && in_[j + 1] == '$' ? 2 : 1);
    put(in_.substr(start, end - start));
    i_ = end;
  }

  void math_until(std::string_view closer) {
    std::size_t start = i_;
    std::size_t j = in_.find(closer, i_ + 2);
    std::size_t end = j == std::string_view::npos ? in_.size() : j + closer.size();
    put(in_.substr(start, end - start));
    i_ = end;
  }

  void skip_spaces() {
    while (i_ < in_.size() && is_space(in_[i_])) ++i_;
  }

  // The braced group at i_ (which is '{'), without its braces; i_ moves past it.
  std::string_view take_group() {
    std::size_t start = ++i_;
    int depth = 1;
    while (i_ < in_.size()) {
      char c = in_[i_];
      if (c == '\\' && i_ + 1 < in_.size()) {
        i_ += 2;
        continue;
      }
      if (c == '{') ++depth;
      else if (c == '}' && --depth == 0) break;
      ++i_;
    }
    std::string_view g = in_.substr(start, i_ - start);
    if (i_ < in_.size()) ++i_;
    return g;
  }

  void command() {
    std::size_t start = i_;
    if (i_ + 1 >= in_.size()) {
      put("\\");
      ++i_;
      return;
    }
    char n = in_[i_ + 1];
    if (is_letter(n)) {
      std::size_t j = i_ + 1;
      while (j < in_.size() && is_letter(in_[j])) ++j;
      std::string_view name = in_.substr(i_ + 1, j - i_ - 1);
      i_ = j;
      if (name.size() == 1 && kAccents[static_cast<unsigned char>(name[0])] && !is_punct_accent(name[0])) {
        // \v S and \v{S}, but \c alone before a non-letter is still \c.
        accent(kAccents[static_cast<unsigned char>(name[0])], true);
        return;
      }
      word_command(name, start);
      return;
    }
    i_ += 2;
    if (static_cast<unsigned char>(n) < 128 && is_punct_accent(n)) {
      accent(kAccents[static_cast<unsigned char>(n)], false);
      return;
    }
    switch (n) {
      case '&': case '%': case '$': case '#': case '_': case '{': case '}': case '~': case '^':
        put(std::string_view(&in_[start + 1], 1));
        return;
      case ' ': case '\n': case '\t': case ',': case ';': case ':': case '!': case '\\':
        space();
        if (n == '\\' && i_ < in_.size() && in_[i_] == '*') ++i_;
        return;
      case '-': case '/': case '@':
        return;  // discretionary hyphen, italic correction, spacing hint
      case '(':
        i_ = start;
        math_until("\\)");
        return;
      case '[':
        i_ = start;
        math_until("\\]");
        return;
      default:
        put(in_.substr(start + 1, 1));
        return;
    }
  }

  void word_command(std::string_view name, std::size_t start) {
    const auto& table = symbols();
    auto it = table.find(name);
    if (it != table.end()) {
      bool is_space_command = it->second == " ";
      if (is_space_command) space();
      else put(it->second);
      // TeX swallows the space after a control word; "\ss{}" ends it explicitly.
      skip_spaces();
      if (i_ + 1 < in_.size() && in_[i_] == '{' && in_[i_ + 1] == '}') i_ += 2;
      return;
    }
    std::size_t after = i_;
    skip_spaces();
    bool has_argument = i_ < in_.size() && in_[i_] == '{';
    if (!has_argument) {
      // An unknown control word without argument: dropped, like a font switch.
      if (after == i_) return;
      return;
    }
    if (in_list(kDropArgument, name)) {
      take_group();
      return;
    }
    if (in_list(kVerbatimArgument, name)) {
      put(take_group());
      return;
    }
    if (name == "href") {
      take_group();  // the URL; the text that follows is what a reader sees
      skip_spaces();
      if (i_ < in_.size() && in_[i_] == '{') open_argument();
      return;
    }
    // \textit{x}, \emph{x}, \mbox{x} and unknown commands: the argument stays.
    open_argument();
  }

  // The argument of an accent: {x}, {\i}, x, \i.  Returns its decoded text.
  std::string accent_argument(bool letter_accent) {
    if (letter_accent) skip_spaces();
    else if (i_ < in_.size() && in_[i_] == ' ') skip_spaces();
    if (i_ >= in_.size()) return {};
    char c = in_[i_];
    if (c == '{') {
      std::string_view g = take_group();
      if (level_ > 8) return std::string(g);
      return Decoder(g, nullptr, level_ + 1).run();
    }
    if (c == '\\') {
      std::size_t j = i_ + 1;
      while (j < in_.size() && is_letter(in_[j])) ++j;
      if (j == i_ + 1) {  // \"\& and the like: not an accentable letter
        return {};
      }
      std::string_view name = in_.substr(i_ + 1, j - i_ - 1);
      auto it = symbols().find(name);
      i_ = j;
      skip_spaces();
      return it != symbols().end() ? std::string(it->second) : std::string();
    }
    if (c == '}') return {};
    std::size_t j = i_;
    next_utf8(in_, j);
    std::string s(in_.substr(i_, j - i_));
    i_ = j;
    return s;
  }

  void accent(char32_t mark, bool letter_accent) {
    std::string base = accent_argument(letter_accent);
    if (base.empty()) return;
    std::size_t k = 0;
    char32_t first = next_utf8(base, k);
    // Accents go on the dotted letters: \'{\i} is í, not ı with an acute.
    if (first == U'ı') first = U'i';
    if (first == U'ȷ') first = U'j';
    utf8proc_int32_t buf[4] = {static_cast<utf8proc_int32_t>(first), static_cast<utf8proc_int32_t>(mark), 0, 0};
    utf8proc_ssize_t len = utf8proc_normalize_utf32(buf, 2, UTF8PROC_COMPOSE);
    flush_space();
    if (len < 1) len = 2;
    for (utf8proc_ssize_t x = 0; x < len; ++x) append_utf8(out_, static_cast<char32_t>(buf[x]));
    out_.append(base, k, std::string::npos);
  }
};

// Bytes the decoder changes wherever they stand.  The other special bytes
// change only doubled: "--" "''" "  " (a single '-', '\'' or ' ' is copied
// as it is), and ' ' also at either end.
constexpr std::array<bool, 256> make_always_special() {
  std::array<bool, 256> s{};
  for (unsigned char c : {'\\', '{', '}', '$', '~', '`', '\t', '\n', '\r', '\f', '\v'}) s[c] = true;
  return s;
}
constexpr std::array<bool, 256> kAlwaysSpecial = make_always_special();

// Whether the Decoder's output would differ from `v`.  Most values (titles,
// abstracts, numbers) are plain text: sixteen bytes at a time.
bool needs_decoding(std::string_view v) {
  const std::size_t n = v.size();
  if (n == 0) return false;
  if (v.front() == ' ' || v.back() == ' ') return true;
  const char* s = v.data();
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i backslash = _mm_set1_epi8('\\'), open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'),
                dollar = _mm_set1_epi8('$'), tilde = _mm_set1_epi8('~'), grave = _mm_set1_epi8('`'),
                tab = _mm_set1_epi8('\t'), four = _mm_set1_epi8(4), dash = _mm_set1_epi8('-'),
                quote = _mm_set1_epi8('\''), blank = _mm_set1_epi8(' ');
  // Each pass reads s[i, i + 17): the pairs that start in the 16 bytes.
  for (; i + 17 <= n; i += 16) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + 1));
    __m128i ctl = _mm_sub_epi8(a, tab);  // \t \n \v \f \r are 9..13
    __m128i hit = _mm_cmpeq_epi8(_mm_min_epu8(ctl, four), ctl);
    hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(a, backslash), _mm_cmpeq_epi8(a, open)));
    hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(a, close), _mm_cmpeq_epi8(a, dollar)));
    hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(a, tilde), _mm_cmpeq_epi8(a, grave)));
    __m128i same = _mm_cmpeq_epi8(a, b);
    __m128i doubled = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(a, dash), _mm_cmpeq_epi8(a, quote)),
                                   _mm_cmpeq_epi8(a, blank));
    hit = _mm_or_si128(hit, _mm_and_si128(same, doubled));
    if (_mm_movemask_epi8(hit)) return true;
  }
#endif
  for (; i < n; ++i) {
    char c = s[i];
    if (kAlwaysSpecial[static_cast<unsigned char>(c)]) return true;
    if ((c == '-' || c == '\'' || c == ' ') && i + 1 < n && s[i + 1] == c) return true;
  }
  return false;
}

}  // namespace

std::string latex_to_unicode(std::string_view value, std::vector<Span>* nocase) {
  if (!needs_decoding(value)) return std::string(value);
  return Decoder(value, nocase, 0).run();
}

}  // namespace refnet
