// LaTeX in BibTeX values to Unicode.
//
// One pass over the value with a small stack of brace frames.  What a control
// sequence means is looked up in tables (symbols, accents, commands whose
// argument is kept or dropped), never decided by a chain of ifs, so adding a
// command is adding a row.
#include "refnet/accents.hpp"
#include "refnet/latex.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <cstring>
#include <iterator>
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
    {"textbraceleft", "{"}, {"textbraceright", "}"},
    {"textasciicircum", "^"}, {"textunderscore", "_"}, {"textbar", "|"}, {"textless", "<"},
    {"textgreater", ">"}, {"guillemotleft", "«"}, {"guillemotright", "»"}, {"guillemetleft", "«"},
    {"guillemetright", "»"}, {"textperiodcentered", "·"}, {"textbullet", "•"}, {"textdagger", "†"},
    {"dag", "†"}, {"ddag", "‡"}, {"textmu", "µ"}, {"textpm", "±"}, {"texttimes", "×"}, {"textminus", "−"},
    {"textdollar", "$"}, {"textasciiacute", "\u00B4"}, {"textasciidieresis", "\u00A8"},
    {"textasciimacron", "\u00AF"}, {"textonehalf", "½"}, {"textonequarter", "¼"}, {"textthreequarters", "¾"},
    {"textperthousand", "‰"}, {"textcelsius", "℃"}, {"textcent", "¢"}, {"textyen", "¥"}, {"textnumero", "№"},
    {"textordfeminine", "ª"}, {"textordmasculine", "º"}, {"textparagraph", "¶"}, {"textdaggerdbl", "‡"},
    {"textbrokenbar", "¦"}, {"textlbrackdbl", "⟦"}, {"textrbrackdbl", "⟧"}, {"textvisiblespace", "␣"},
    {"guilsinglleft", "‹"}, {"guilsinglright", "›"}, {"quotedblbase", "„"}, {"quotesinglbase", "‚"},
    {"textrightarrow", "→"}, {"textleftarrow", "←"}, {"textlangle", "⟨"}, {"textrangle", "⟩"},
    {"textohm", "Ω"}, {"ndash", "–"}, {"mdash", "—"},
    {"fi", ""},  // the end of an \ifmmode whose text branch was read
    {"newline", " "}, {"linebreak", " "}, {"enspace", " "}, {"emspace", " "},
    {"thinspace", "\u2009"}, {"textexclamdown", "¡"}, {"textquestiondown", "¿"}, {"LaTeX", "LaTeX"}, {"TeX", "TeX"},
    {"BibTeX", "BibTeX"}, {"LaTeXe", "LaTeX2e"}, {"slash", "/"}, {"textsection", "§"},
    // biblatex's punctuation commands (dblp writes "Reduction\\hyphen{}Free").
    {"hyphen", "-"}, {"addslash", "/"}, {"adddot", "."}, {"addperiod", "."}, {"addcomma", ","},
    {"addcolon", ":"}, {"addsemicolon", ";"}, {"addspace", " "}, {"addnbspace", "\u00A0"},
    {"addthinspace", "\u2009"},
    {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ε"}, {"varepsilon", "ε"},
    {"zeta", "ζ"}, {"eta", "η"}, {"theta", "θ"}, {"vartheta", "ϑ"}, {"iota", "ι"}, {"kappa", "κ"},
    {"lambda", "λ"}, {"mu", "μ"}, {"nu", "ν"}, {"xi", "ξ"}, {"omicron", "ο"}, {"pi", "π"}, {"varpi", "ϖ"},
    {"rho", "ρ"}, {"varrho", "ϱ"}, {"sigma", "σ"}, {"varsigma", "ς"}, {"tau", "τ"}, {"upsilon", "υ"},
    {"phi", "φ"}, {"varphi", "φ"}, {"chi", "χ"}, {"psi", "ψ"}, {"omega", "ω"},
    {"Gamma", "Γ"}, {"Delta", "Δ"}, {"Theta", "Θ"}, {"Lambda", "Λ"}, {"Xi", "Ξ"}, {"Pi", "Π"},
    {"Sigma", "Σ"}, {"Upsilon", "Υ"}, {"Phi", "Φ"}, {"Psi", "Ψ"}, {"Omega", "Ω"},
    // Font switches and spacing: they stand for nothing in plain text.
    {"em", ""}, {"it", ""}, {"bf", ""}, {"sc", ""}, {"rm", ""}, {"sf", ""}, {"tt", ""}, {"sl", ""},
    {"itshape", ""}, {"bfseries", ""}, {"scshape", ""}, {"upshape", ""}, {"mdseries", ""},
    {"normalfont", ""}, {"rmfamily", ""}, {"sffamily", ""}, {"ttfamily", ""}, {"relax", ""},
    {"protect", ""}, {"xspace", ""}, {"small", ""}, {"large", ""}, {"footnotesize", ""},
    {"newblock", ""}, {"noindent", ""}, {"par", " "}, {"quad", " "}, {"qquad", " "},
    {"hspace", ""}, {"allowbreak", ""}, {"nobreak", ""}, {"break", " "}, {"ignorespaces", ""},
};

// Symbols of math mode ($\times$, $\leq$); written in text they are read too.
constexpr Symbol kMathSymbols[] = {
    {"times", "×"}, {"pm", "±"}, {"mp", "∓"}, {"leq", "≤"}, {"le", "≤"}, {"geq", "≥"}, {"ge", "≥"},
    {"leqslant", "⩽"}, {"geqslant", "⩾"}, {"neq", "≠"}, {"ne", "≠"}, {"approx", "≈"}, {"sim", "∼"},
    {"simeq", "≃"}, {"lesssim", "≲"}, {"gtrsim", "≳"}, {"equiv", "≡"}, {"cong", "≅"}, {"propto", "∝"},
    {"ll", "≪"}, {"gg", "≫"}, {"infty", "∞"}, {"cdot", "·"}, {"circ", "∘"}, {"prime", "′"}, {"div", "÷"},
    {"rightarrow", "→"}, {"to", "→"}, {"leftarrow", "←"}, {"leftrightarrow", "↔"}, {"Rightarrow", "⇒"},
    {"uparrow", "↑"}, {"downarrow", "↓"}, {"partial", "∂"}, {"nabla", "∇"}, {"ell", "ℓ"}, {"hbar", "ℏ"},
    {"ast", "∗"}, {"star", "⋆"}, {"bullet", "•"}, {"cdots", "⋯"}, {"langle", "⟨"}, {"rangle", "⟩"},
    {"in", "∈"}, {"subset", "⊂"}, {"cup", "∪"}, {"cap", "∩"}, {"forall", "∀"}, {"exists", "∃"},
    {"neg", "¬"}, {"wedge", "∧"}, {"vee", "∨"}, {"oplus", "⊕"}, {"otimes", "⊗"}, {"odot", "⊙"},
    {"perp", "⊥"}, {"parallel", "∥"}, {"emptyset", "∅"}, {"sharp", "♯"}, {"flat", "♭"}, {"vert", "|"},
    {"mid", "|"}, {"AA", "Å"}, {"deg", "°"}};

// More of them, read only: the writer spells these characters as it did
// before they were read (UTF-8 or a text command).
constexpr Symbol kMoreMathSymbols[] = {
    {"backslash", "\\"}, {"setminus", "∖"}, {"vdash", "⊢"},
    {"top", "⊤"}, {"bot", "⊥"}, {"mapsto", "↦"}, {"imath", "ı"}, {"jmath", "ȷ"}, {"lnot", "¬"}, {"land", "∧"},
    {"lor", "∨"}, {"notin", "∉"}, {"supset", "⊃"}, {"subseteq", "⊆"}, {"supseteq", "⊇"}, {"sum", "∑"},
    {"prod", "∏"}, {"int", "∫"}, {"surd", "√"}, {"dagger", "†"}, {"ddagger", "‡"}, {"aleph", "ℵ"},
    {"Leftarrow", "⇐"}, {"Leftrightarrow", "⇔"}, {"iff", "⟺"}, {"implies", "⟹"}, {"longrightarrow", "⟶"},
    {"lceil", "⌈"}, {"rceil", "⌉"}, {"lfloor", "⌊"}, {"rfloor", "⌋"}, {"models", "⊨"}, {"vDash", "⊨"}};

// The journal macros of the AAS (aas_macros.sty), which ADS writes in the
// BibTeX it exports ("journal = {\apj}"): the abbreviation each stands for,
// checked against aas_macros.sty as ADS ships it (bccp/cosmobib @ e9ef366);
// \apjl is "ApJL" and \psj "PSJ" as AASTeX 6.3 defines them (the older
// file's \apjl prints "ApJ").
constexpr Symbol kJournalMacros[] = {
    {"aj", "AJ"}, {"actaa", "Acta Astron."}, {"araa", "ARA&A"}, {"apj", "ApJ"}, {"apjl", "ApJL"},
    {"apjs", "ApJS"}, {"ao", "Appl. Opt."}, {"apss", "Ap&SS"}, {"aap", "A&A"}, {"aapr", "A&A Rev."},
    {"aaps", "A&AS"}, {"azh", "AZh"}, {"baas", "BAAS"}, {"bac", "Bull. astr. Inst. Czechosl."},
    {"caa", "Chinese Astron. Astrophys."},
    {"cjaa", "Chinese J. Astron. Astrophys."}, {"icarus", "Icarus"}, {"jcap", "J. Cosmology Astropart. Phys."},
    {"jrasc", "JRASC"}, {"memras", "MmRAS"}, {"mnras", "MNRAS"}, {"na", "New A"}, {"nar", "New A Rev."},
    {"pra", "Phys. Rev. A"}, {"prb", "Phys. Rev. B"}, {"prc", "Phys. Rev. C"}, {"prd", "Phys. Rev. D"},
    {"pre", "Phys. Rev. E"}, {"prl", "Phys. Rev. Lett."}, {"pasa", "PASA"}, {"pasp", "PASP"}, {"pasj", "PASJ"},
    {"psj", "PSJ"}, {"rmxaa", "Rev. Mexicana Astron. Astrofis."}, {"qjras", "QJRAS"}, {"skytel", "S&T"},
    {"solphys", "Sol. Phys."}, {"sovast", "Soviet Ast."}, {"ssr", "Space Sci. Rev."}, {"zap", "ZAp"},
    {"nat", "Nature"}, {"iaucirc", "IAU Circ."}, {"aplett", "Astrophys. Lett."},
    {"apspr", "Astrophys. Space Phys. Res."}, {"bain", "Bull. Astron. Inst. Netherlands"},
    {"fcp", "Fund. Cosmic Phys."}, {"gca", "Geochim. Cosmochim. Acta"}, {"grl", "Geophys. Res. Lett."},
    {"jcp", "J. Chem. Phys."}, {"jgr", "J. Geophys. Res."}, {"jqsrt", "J. Quant. Spec. Radiat. Transf."},
    {"memsai", "Mem. Soc. Astron. Italiana"}, {"nphysa", "Nucl. Phys. A"}, {"physrep", "Phys. Rep."},
    {"physscr", "Phys. Scr"}, {"planss", "Planet. Space Sci."}, {"procspie", "Proc. SPIE"}, {"astap", "A&A"},
    {"apjlett", "ApJL"}, {"apjsupp", "ApJS"}, {"applopt", "Appl. Opt."}};

// Read, never written: commands of packages (amssymb's \\leqslant) or of
// none (\\omicron), which a document without them does not know.
constexpr std::string_view kReadOnlyMath[] = {"leqslant", "geqslant", "lesssim", "gtrsim", "omicron"};

// The math-mode symbol named `name` (\\leq: "≤"), or nullptr.
const Symbol* math_symbol(std::string_view name) {
  for (const Symbol& sym : kMathSymbols)
    if (sym.name == name) return &sym;
  for (const Symbol& sym : kMoreMathSymbols)
    if (sym.name == name) return &sym;
  return nullptr;
}

// Commands of math mode whose argument is text ($4^{\textrm{ème}}$) or
// letters in another font ($\mathrm{CO}_2$): the argument stays.
constexpr std::string_view kMathTextArgument[] = {"text", "textrm", "textit", "textbf", "textsf", "mbox", "mathrm",
                                                  "mathit", "mathbf", "mathsf", "mathnormal", "operatorname"};

// Commands whose braced argument is dropped entirely (\noopsort{a}).
constexpr std::string_view kDropArgument[] = {"noopsort", "nocite", "label", "hspace", "vspace",
                                              "index", "hphantom", "phantom", "vphantom", "hyphenation"};

// Commands whose first braced argument is no text, the second is
// (\foreignlanguage{german}{Haus}, \textcolor{red}{x}).
constexpr std::string_view kDropFirstArgument[] = {"foreignlanguage", "textcolor", "colorbox", "hyperlink"};

// Commands whose argument is their text, as it is (what is not plain text
// of it, a title keeps as rich text: \emph, \textsuperscript): no word lost.
constexpr std::string_view kKeepArgument[] = {
    "textit", "textbf", "textsl", "textsc", "textrm", "textsf", "texttt", "textup", "textmd", "textnormal",
    "emph", "mbox", "hbox", "fbox", "makebox", "text", "textsuperscript", "textsubscript", "underline", "uline",
    "mkbibemph", "mkbibbold", "mkbibitalic", "mkbibsuperscript", "mkbibsubscript", "NoCaseChange", "nocase",
    "protect", "ensuremath", "mathrm", "mathit", "mathbf", "mathsf", "mathnormal", "operatorname", "textlatin",
    "textgreek", "textenglish", "emphasis", "textsmallcaps", "oldstylenums"};

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
    for (const Symbol& s : kJournalMacros) t.emplace(s.name, s.text);
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

// The character an accent stands for when it has nothing to go on.
std::string_view spacing_accent(char32_t mark) {
  switch (mark) {
    case 0x0303: return "~";
    case 0x0302: return "^";
    case 0x0300: return "`";
    case 0x0301: return "\u00B4";
    case 0x0308: return "\u00A8";
    case 0x0304: return "\u00AF";
    case 0x0307: return "\u02D9";
    default: return "";
  }
}

class Decoder {
 public:
  Decoder(std::string_view in, std::vector<Span>* nocase, int level, bool paragraphs = false, bool rich = false)
      : in_(in), nocase_(nocase), level_(level), paragraphs_(paragraphs), rich_(rich) {
    out_.reserve(in.size());
  }

  // The unknown commands met go to `unknown`, their offsets counted from
  // `base` (where this value starts in the one reported on).
  Decoder& reporting(std::vector<LatexUnknownCommand>* unknown, std::size_t base) {
    unknown_ = unknown;
    base_ = base;
    return *this;
  }

  std::string run() {
    while (i_ < in_.size()) step();
    // A font switch outside any group ("\em x" as the whole value) ends here.
    put_closers(top_closers_);
    return std::move(out_);
  }

 private:
  enum class Frame : std::uint8_t { protect, plain, argument };
  struct Open {
    Frame kind;
    std::uint32_t start;
    std::string closers;  // rich text: the close tags this group's end writes (\emph{, {\em)
  };

  std::string_view in_;
  std::vector<Span>* nocase_;
  int level_;  // recursion depth of accent arguments
  bool paragraphs_;  // a blank line or \par is a paragraph break ("\n\n"), not a space
  bool rich_;  // titles: \emph, \textsuperscript... as rich text tags (<i>, <sup>)
  std::vector<LatexUnknownCommand>* unknown_ = nullptr;  // latex_unknown_commands
  std::size_t base_ = 0;
  std::string top_closers_;  // close tags of font switches outside any group
  std::size_t i_ = 0;
  std::string out_;
  bool pending_space_ = false;
  bool pending_paragraph_ = false;
  std::vector<Open> stack_;
  int brace_depth_ = 0;  // protect + plain frames open: BibTeX's brace level
  int open_singles_ = 0;  // ` quotes not yet closed by a '

  static bool is_word_byte(char c) { return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

  void flush_space() {
    if (pending_space_ && !out_.empty()) out_.append(pending_paragraph_ ? "\n\n" : " ");
    pending_space_ = pending_paragraph_ = false;
  }
  void put(std::string_view s) {
    if (s.empty()) return;
    flush_space();
    out_.append(s);
  }
  void space() { pending_space_ = !out_.empty(); }
  void paragraph() {
    space();
    pending_paragraph_ = pending_space_;
  }

  // At a line break: does a line holding only blanks follow (TeX's end of a
  // paragraph)?  Then i_ moves past the blank lines.
  bool blank_line_follows() {
    std::size_t j = i_ + 1, nl = 0;
    for (; j < in_.size() && is_space(in_[j]); ++j) nl += in_[j] == '\n';
    if (nl == 0) return false;
    i_ = j;
    return true;
  }

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
        if (paragraphs_ && c == '\n' && blank_line_follows()) {
          paragraph();
          return;
        }
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
    if (in_.substr(i_, 3) == "\\,}") {  // {\,}: a thin space, as the writers spell U+2009
      put("\u2009");
      i_ += 3;
      return;
    }
    // A group opened at brace level 0 protects its case unless it starts with
    // a control sequence: BibTeX treats {\"u} and {\em x} as special
    // characters, not as protection.
    Frame kind = Frame::plain;
    if (brace_depth_ == 0 && !(i_ < in_.size() && in_[i_] == '\\')) kind = Frame::protect;
    if (kind == Frame::protect) flush_space();
    stack_.push_back({kind, static_cast<std::uint32_t>(out_.size()), {}});
    ++brace_depth_;
  }

  void open_argument(const Rich* tag = nullptr) {
    ++i_;  // the '{'
    stack_.push_back({Frame::argument, static_cast<std::uint32_t>(out_.size()), {}});
    if (tag) {
      put(rich_open_tag(*tag));
      stack_.back().closers = rich_close_tag(*tag);
    }
  }

  // Close tags, each after the text it closes: "<i>x</i> y", not "<i>x </i>y";
  // a tag that closes nothing takes its open tag away ("\emph{}").
  void put_closers(std::string_view closers) {
    while (!closers.empty()) {
      std::size_t n = closers.find('<', 1);
      if (n == std::string_view::npos) n = closers.size();
      std::string_view close = closers.substr(0, n);
      closers.remove_prefix(n);
      std::string_view open;
      for (Rich k : {Rich::italic, Rich::bold, Rich::sub, Rich::sup, Rich::smallcaps})
        if (rich_close_tag(k) == close) {
          open = rich_open_tag(k);
          if (ends_with(out_, open)) break;
          open = {};
        }
      if (open.empty()) {
        out_.append(close);
        continue;
      }
      out_.resize(out_.size() - open.size());
      // The space written before the open tag waits for what comes next.
      if (!out_.empty() && out_.back() == ' ') {
        out_.pop_back();
        pending_space_ = true;
      }
    }
  }

  // The rich text a formatting command or font switch stands for in a title.
  static bool rich_command(std::string_view name, Rich& k) {
    static constexpr struct {
      std::string_view name;
      Rich kind;
    } kRich[] = {{"emph", Rich::italic},         {"textit", Rich::italic},         {"mkbibemph", Rich::italic},
                 {"textsl", Rich::italic},       {"textbf", Rich::bold},           {"mkbibbold", Rich::bold},
                 {"textsc", Rich::smallcaps},    {"textsuperscript", Rich::sup},   {"mkbibsuperscript", Rich::sup},
                 {"textsubscript", Rich::sub},   {"em", Rich::italic},             {"it", Rich::italic},
                 {"itshape", Rich::italic},      {"sl", Rich::italic},             {"bf", Rich::bold},
                 {"bfseries", Rich::bold},       {"sc", Rich::smallcaps},          {"scshape", Rich::smallcaps}};
    for (const auto& row : kRich)
      if (row.name == name) {
        k = row.kind;
        return true;
      }
    return false;
  }

  void close_brace() {
    ++i_;
    if (stack_.empty()) return;  // a stray '}' (the BibTeX parser never passes one)
    Open o = std::move(stack_.back());
    stack_.pop_back();
    put_closers(o.closers);
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
    // Inline math made of letters, digits, Greek, symbols and scripts
    // ("$\Sigma^{0}$", "DNA$_{\textrm{2}}$", "$10^{-3}$") is text: Unicode.
    // Anything else (\frac, \sqrt, an unclosed '$') stays verbatim.
    std::string text;
    if (!display && j < in_.size() && math_to_text(in_.substr(start + 1, j - start - 1), text, level_, rich_)) {
      put(text);
    } else {
      put(in_.substr(start, end - start));
    }
    i_ = end;
  }

  // The argument of ^ _ or of a command in math: "{...}" without its
  // braces, "\cmd", or one character.  `i` moves past it; false at the end.
  static bool math_atom(std::string_view m, std::size_t& i, std::string_view& atom) {
    while (i < m.size() && is_space(m[i])) ++i;
    if (i >= m.size()) return false;
    std::size_t b = i;
    if (m[i] == '{') {
      int depth = 0;
      for (; i < m.size(); ++i) {
        if (m[i] == '\\') ++i;
        else if (m[i] == '{') ++depth;
        else if (m[i] == '}' && --depth == 0) break;
      }
      if (i >= m.size()) return false;
      atom = m.substr(b + 1, i - b - 1);
      ++i;
      return true;
    }
    if (m[i] == '\\') {
      ++i;
      while (i < m.size() && is_letter(m[i])) ++i;
      if (i == b + 1 && i < m.size()) ++i;
    } else {
      next_utf8(m, i);
    }
    atom = m.substr(b, i - b);
    return true;
  }

  // Math to text: true when every part has a plain-text form.  A script
  // whose characters all have a Unicode super/subscript becomes them
  // ("^{0}" -> "⁰"); one that does not ("^{\textrm{ème}}") is its text.
  static bool math_to_text(std::string_view m, std::string& out, int level, bool rich = false) {
    if (level > 8) return false;
    bool space = false;
    for (std::size_t i = 0; i < m.size();) {
      char c = m[i];
      if (is_space(c)) {
        space = true;
        ++i;
        continue;
      }
      bool spaced = space && !out.empty();
      if (spaced) out.push_back(' ');
      space = false;
      if (c == '^' || c == '_') {
        ++i;
        std::string_view atom;
        std::string inner;
        std::size_t from = i;
        if (!math_atom(m, i, atom)) return false;
        // "C_\\text{max}": a command that takes an argument takes it here too.
        if (atom.size() > 1 && atom[0] == '\\' && in_list(kMathTextArgument, atom.substr(1))) {
          std::string_view arg;
          if (!math_atom(m, i, arg)) return false;
          atom = m.substr(from, i - from);
        }
        if (!math_to_text(atom, inner, level + 1, rich)) return false;
        std::string scripted;
        bool all = !inner.empty();
        for (std::size_t k = 0; k < inner.size() && all;) {
          char32_t f = script_form(next_utf8(inner, k), c == '^');
          if (f) append_utf8(scripted, f);
          all = f != 0;
        }
        if (all) out += scripted;
        else if (rich) out.append(rich_open_tag(c == '^' ? Rich::sup : Rich::sub)).append(inner).append(rich_close_tag(c == '^' ? Rich::sup : Rich::sub));
        else out += inner;
      } else if (c == '{') {
        std::string_view atom;
        if (!math_atom(m, i, atom) || !math_to_text(atom, out, level + 1, rich)) return false;
      } else if (c == '\\') {
        std::size_t b = i + 1;
        std::string_view atom;
        math_atom(m, i, atom);
        std::string_view name = m.substr(b, i - b);
        if (name.empty()) return false;
        // The spaces after a control word that only end it before a letter
        // or digit go ("\\Delta T" is "ΔT", "3\\times 10" is "3×10"), unless
        // the command stands between spaces ("a \\leq b"); before anything
        // else they are spaces ("\\mu + \\lambda").
        if (is_letter(name[0]) && i < m.size() && is_space(m[i])) {
          std::size_t k = i;
          while (k < m.size() && is_space(m[k])) ++k;
          if (k < m.size() && (is_letter(m[k]) || is_digit(m[k])) && !spaced) i = k;
        }
        if (name.size() == 1 && !is_letter(name[0])) {
          if (std::string_view(",;:! ").find(name[0]) != std::string_view::npos) continue;  // spacing
          if (std::string_view("%&$#_{}").find(name[0]) == std::string_view::npos) return false;
          out += name;
          continue;
        }
        if (in_list(kMathTextArgument, name)) {
          while (i < m.size() && is_space(m[i])) ++i;
          std::string_view arg;
          if (i >= m.size() || m[i] != '{' || !math_atom(m, i, arg)) return false;
          std::string inner;
          if (name.substr(0, 4) == "math" || name == "operatorname") {
            if (!math_to_text(arg, inner, level + 1, rich)) return false;
          } else {
            inner = Decoder(arg, nullptr, level + 1).run();
          }
          out += inner;
          continue;
        }
        auto it = symbols().find(name);
        if (it != symbols().end() && it->second != " ") {
          out += it->second;
          continue;
        }
        const Symbol* sym = math_symbol(name);
        if (!sym) return false;
        out += sym->text;
      } else if (c == '}' || c == '&' || c == '#' || c == '%' || c == '~' || c == '$') {
        return false;
      } else if (c == '\'') {
        out += "′";  // TeX's ' in math is ^{\prime}: 5$'$ is 5′
        ++i;
      } else if (c == '-') {
        out += "−";  // TeX's - in math is the minus sign
        ++i;
      } else {
        std::size_t b = i;
        next_utf8(m, i);
        out.append(m.substr(b, i - b));
      }
    }
    return true;
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
      case '\\':
        if (over_escaped()) {
          i_ = start + 1;  // read "\'e" as if the backslash were single
          command();
          return;
        }
        space();
        if (i_ < in_.size() && in_[i_] == '*') ++i_;
        return;
      case ' ': case '\n': case '\t': case ',': case ';': case ':': case '!':
        space();
        return;
      case '-': case '/': case '@':
        return;  // discretionary hyphen, italic correction, spacing hint
      case '(': {
        // \(...\) is $...$ (dblp writes "5\({}^{\mbox{th}}\)"): text when
        // it has a plain-text form, else verbatim.
        std::size_t close = in_.find("\\)", i_);
        std::string text;
        if (close != std::string_view::npos && math_to_text(in_.substr(i_, close - i_), text, level_, rich_)) {
          put(text);
          i_ = close + 2;
          return;
        }
        i_ = start;
        math_until("\\)");
        return;
      }
      case '[':
        i_ = start;
        math_until("\\]");
        return;
      default:
        put(in_.substr(start + 1, 1));
        return;
    }
  }

  // "D\\'ecoret", "Swe{\\i}g": a doubled backslash inside a word, before an
  // accent or a letter command, is a backslash escaped once too often (by a
  // program writing @String values), not a line break: a line break inside
  // a word is never meant.  i_ is after the "\\\\".
  bool over_escaped() const {
    if (out_.empty() || pending_space_ || !is_word_byte(out_.back()) || i_ >= in_.size()) return false;
    char n = in_[i_];
    if (static_cast<unsigned char>(n) < 128 && is_punct_accent(n)) return true;
    if (!is_letter(n)) return false;
    std::size_t j = i_;
    while (j < in_.size() && is_letter(in_[j])) ++j;
    std::string_view name = in_.substr(i_, j - i_);
    if (name.size() == 1 && kAccents[static_cast<unsigned char>(name[0])]) return true;
    auto it = symbols().find(name);
    return it != symbols().end() && !it->second.empty() && it->second != " ";
  }

  // After "\ifmmode" (APS's BibTeX: "{\ifmmode\ddot{O}\else\"{O}\fi}"): text
  // is not math, so what stands between \else and \fi is read and the math
  // branch skipped (the \fi that ends it reads as nothing).  False when the
  // conditional does not end in the group it opens in.
  bool take_text_branch() {
    int depth = 0, nested = 0;
    for (std::size_t j = i_; j < in_.size(); ++j) {
      char c = in_[j];
      if (c == '{') ++depth;
      else if (c == '}' && --depth < 0) return false;
      if (c != '\\' || j + 1 >= in_.size() || !is_letter(in_[j + 1])) {
        if (c == '\\') ++j;
        continue;
      }
      std::size_t k = j + 1;
      while (k < in_.size() && is_letter(in_[k])) ++k;
      std::string_view word = in_.substr(j + 1, k - j - 1);
      if (depth == 0 && nested == 0 && (word == "else" || word == "fi")) {
        i_ = k;
        return true;
      }
      if (word.substr(0, 2) == "if") ++nested;
      else if (word == "fi") --nested;
      j = k - 1;
    }
    return false;
  }

  // The accents of math mode, by name (\ddot{u}, \acute{\imath}): the
  // combining mark, 0 when `name` is none.
  static char32_t math_accent(std::string_view name) {
    static constexpr struct {
      std::string_view name;
      char32_t mark;
    } kMathAccents[] = {{"acute", 0x0301}, {"grave", 0x0300}, {"ddot", 0x0308}, {"tilde", 0x0303}, {"hat", 0x0302},
                        {"bar", 0x0304},   {"dot", 0x0307},   {"breve", 0x0306}, {"check", 0x030C}};
    for (const auto& a : kMathAccents)
      if (a.name == name) return a.mark;
    return 0;
  }

  void word_command(std::string_view name, std::size_t start) {
    if (name == "ifmmode" && take_text_branch()) return;
    if (char32_t mark = math_accent(name); mark && i_ < in_.size() && (in_[i_] == '{' || in_[i_] == '\\')) {
      accent(mark, true);
      return;
    }
    const auto& table = symbols();
    auto it = table.find(name);
    Rich rich;
    if (rich_ && it != table.end() && it->second.empty() && rich_command(name, rich)) {
      // A font switch ({\em x}, {\bf x}): the tag closes with its group.
      put(rich_open_tag(rich));
      (stack_.empty() ? top_closers_ : stack_.back().closers).insert(0, rich_close_tag(rich));
      skip_spaces();
      return;
    }
    if (it != table.end()) {
      bool is_space_command = it->second == " ";
      if (paragraphs_ && name == "par") paragraph();
      else if (is_space_command) space();
      else put(it->second);
      // TeX swallows the space after a control word; "\ss{}" ends it explicitly.
      skip_spaces();
      if (i_ + 1 < in_.size() && in_[i_] == '{' && in_[i_ + 1] == '}') i_ += 2;
      return;
    }
    // A math symbol written in text ("a \\leq b", which LaTeX itself would
    // set as math after a complaint): its character, not nothing.
    if (const Symbol* sym = math_symbol(name)) {
      put(sym->text);  // the space after it stays: "b \\times c" is "b × c"
      if (i_ + 1 < in_.size() && in_[i_] == '{' && in_[i_ + 1] == '}') i_ += 2;
      return;
    }
    const bool known = takes_argument(name);
    if (!known && name[0] == 'n' && (name.size() == 1 || (name[1] >= 'A' && name[1] <= 'Z'))) {
      // "physics.\nNew Worlds" (ADS abstracts): an escaped line break
      // glued to the next word, not a command "\nNew" that drops "New".
      unknown("n", start, false);
      space();
      i_ = start + 2;
      return;
    }
    skip_spaces();
    bool has_argument = i_ < in_.size() && in_[i_] == '{';
    if (!known && has_argument && i_ + 1 < in_.size() && in_[i_ + 1] == '}') {
      i_ += 2;  // "\foo{}": the braces end the control word
      has_argument = false;
    }
    if (!has_argument) {
      // An unknown control word without argument (a macro of the document's,
      // "\MaxMinAntSystem"): it stands for nothing here, and is said.
      if (!known) unknown(name, start, false);
      return;
    }
    if (name == "ensuremath") {
      // Math in text: read as $...$ is (Unicode when it is text, else the
      // command as written).
      std::string_view arg = take_group();
      std::string text;
      if (math_to_text(arg, text, level_, rich_)) put(text);
      else put(in_.substr(start, i_ - start));
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
    if (name == "mkbibquote" || name == "enquote") {
      // biblatex's and csquotes' quotation: its marks, not nothing (a
      // BibTeX export that kept the command stopped pdflatex without biblatex).
      open_argument();
      put("“");
      stack_.back().closers = "”";
      return;
    }
    if (in_list(kDropFirstArgument, name)) {
      // \foreignlanguage{german}{Haus}: the language, the colour is no text.
      take_group();
      skip_spaces();
      if (i_ < in_.size() && in_[i_] == '{') open_argument();
      return;
    }
    // \textit{x}, \emph{x}, \mbox{x} and unknown commands: the argument stays,
    // in a title as rich text where it says one (<i>x</i>).
    if (rich_ && rich_command(name, rich)) {
      open_argument(&rich);
      return;
    }
    if (!known) unknown(name, start, true);
    open_argument();
  }

  // A command this decoder reads with its braced argument.
  static bool takes_argument(std::string_view name) {
    Rich rich;
    return in_list(kKeepArgument, name) || in_list(kDropArgument, name) || in_list(kVerbatimArgument, name) ||
           in_list(kDropFirstArgument, name) || rich_command(name, rich) || name == "href" || name == "mkbibquote" ||
           name == "enquote" || name == "ensuremath";
  }

  void unknown(std::string_view name, std::size_t at, bool argument_kept) {
    if (unknown_) unknown_->push_back({std::string(name), base_ + at, argument_kept});
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
      return Decoder(g, nullptr, level_ + 1).reporting(unknown_, base_ + static_cast<std::size_t>(g.data() - in_.data())).run();
    }
    if (c == '\\') {
      std::size_t j = i_ + 1;
      while (j < in_.size() && is_letter(in_[j])) ++j;
      if (j == i_ + 1) {  // \"\& and the like: not an accentable letter
        return {};
      }
      std::string_view name = in_.substr(i_ + 1, j - i_ - 1);
      auto it = symbols().find(name);
      if (it == symbols().end()) unknown(name, i_, false);
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
    if (base.empty()) {
      // An accent on nothing ("\~{}", "\~" at the end) is the accent's own
      // character: the ASCII tilde of "http://host/\~{}user", "^".
      if (!letter_accent) put(spacing_accent(mark));
      return;
    }
    std::size_t k = 0;
    char32_t first = next_utf8(base, k);
    flush_space();
    if (char32_t made = compose_accent(first, mark)) {  // \'{\i} is í, not ı with an acute (compose_accent)
      append_utf8(out_, made);
    } else {
      append_utf8(out_, first == U'ı' ? U'i' : first == U'ȷ' ? U'j' : first);
      append_utf8(out_, mark);
    }
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

std::vector<LatexUnknownCommand> latex_unknown_commands(std::string_view value) {
  std::vector<LatexUnknownCommand> out;
  if (value.find('\\') == std::string_view::npos) return out;
  Decoder(value, nullptr, 0).reporting(&out, 0).run();
  return out;
}

std::string latex_title_to_rich(std::string_view value, std::vector<Span>* nocase) {
  if (!needs_decoding(value)) return std::string(value);
  return Decoder(value, nocase, 0, false, true).run();
}

bool latex_decodes_losslessly(std::string_view value) {
  for (std::size_t i = value.find('\\'); i != std::string_view::npos; i = value.find('\\', i)) {
    std::size_t j = i + 1;
    while (j < value.size() && is_letter(value[j])) ++j;
    if (j == i + 1) {  // a control symbol: \" \& \\ \, ...
      i += 2;
      continue;
    }
    std::string_view name = value.substr(i + 1, j - i - 1);
    i = j;
    if (name.size() == 1 && kAccents[static_cast<unsigned char>(name[0])]) continue;  // \v S, \c c
    if (name == "ensuremath") continue;  // its argument is checked as the rest
    if (name == "mkbibquote" || name == "enquote") continue;  // “...”
    auto it = symbols().find(name);
    if (it != symbols().end() && !it->second.empty()) continue;  // \ss, \ldots, \alpha
    return false;
  }
  return true;
}

std::string_view latex_math_command(char32_t cp) {
  std::string ch;
  append_utf8(ch, cp);
  for (const Symbol& sym : kMathSymbols)
    if (sym.text == ch && !in_list(kReadOnlyMath, sym.name)) return sym.name;
  // The Greek letters, which the text table reads too (\\alpha outside math).
  if ((cp >= 0x0370 && cp <= 0x03FF))
    for (const Symbol& sym : kSymbols)
      if (sym.text == ch && !in_list(kReadOnlyMath, sym.name)) return sym.name;
  return {};
}

bool pdflatex_reads(char32_t cp) {
  if (cp < 0x80) return true;
  // The non-ASCII characters LaTeX's utf8.def sets up for the encodings a
  // document without packages loads (OT1, T1 and TS1 through textcomp),
  // as ranges: a test document with every character of these blocks, one
  // a paragraph (Latin-1 to Latin Extended-B, IPA, Greek, Cyrillic,
  // Latin Extended Additional, punctuation, scripts, currency, letterlike
  // symbols, arrows, math operators).  Those of T1 only (\\k, \\dh, \\th,
  // guillemets) are read too: the document's fontenc decides.
  static constexpr struct {
    char32_t lo, hi;
  } kRead[] = {{0x00A0, 0x0125}, {0x0128, 0x0137}, {0x0139, 0x013E}, {0x0141, 0x0148}, {0x014A, 0x0165},
               {0x0168, 0x017E}, {0x0192, 0x0192}, {0x01C4, 0x01D4}, {0x01E2, 0x01E3}, {0x01E6, 0x01EB},
               {0x01F0, 0x01F0}, {0x01F4, 0x01F5}, {0x0218, 0x021B}, {0x0232, 0x0233}, {0x0237, 0x0237},
               {0x02C6, 0x02C7}, {0x02D8, 0x02D9}, {0x02DB, 0x02DD}, {0x1E02, 0x1E03}, {0x1E0D, 0x1E0D},
               {0x1E1E, 0x1E21}, {0x1E25, 0x1E25}, {0x1E30, 0x1E31}, {0x1E37, 0x1E37}, {0x1E43, 0x1E43},
               {0x1E45, 0x1E45}, {0x1E47, 0x1E47}, {0x1E5B, 0x1E5B}, {0x1E63, 0x1E63}, {0x1E6D, 0x1E6D},
               {0x1E8E, 0x1E91}, {0x1E9E, 0x1E9E}, {0x1EF2, 0x1EF3}, {0x2010, 0x2016}, {0x2018, 0x201A},
               {0x201C, 0x201E}, {0x2020, 0x2022}, {0x2026, 0x2026}, {0x2030, 0x2031}, {0x2039, 0x203B},
               {0x203D, 0x203D}, {0x2044, 0x2044}, {0x204E, 0x204E}, {0x2052, 0x2052}, {0x20A1, 0x20A1},
               {0x20A4, 0x20A4}, {0x20A6, 0x20A6}, {0x20A9, 0x20A9}, {0x20AB, 0x20AC}, {0x20B1, 0x20B1},
               {0x2103, 0x2103}, {0x2116, 0x2117}, {0x211E, 0x211E}, {0x2120, 0x2120}, {0x2122, 0x2122},
               {0x2126, 0x2127}, {0x212E, 0x212E}, {0x2190, 0x2193}, {0x2329, 0x232A}, {0x2422, 0x2423},
               {0x25E6, 0x25E6}, {0x25EF, 0x25EF}, {0x266A, 0x266A}, {0x27E8, 0x27E9}, {0xFB00, 0xFB06}};
  std::size_t lo = 0, hi = std::size(kRead);
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (kRead[mid].hi < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < std::size(kRead) && kRead[lo].lo <= cp;
}

std::string latex_paragraphs_to_unicode(std::string_view value) {
  if (!needs_decoding(value)) return std::string(value);
  return Decoder(value, nullptr, 0, true).run();
}

}  // namespace refnet
