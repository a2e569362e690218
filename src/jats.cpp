// JATS / HTML fragments -> plain text, in one pass without an XML parser:
// Crossref fragments are often not well-formed XML (undeclared namespace
// prefixes, bare '&' and '<' in text), and a DOM per abstract would be slow.
#include "refnet/jats.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Script { none, sup, sub };

// Tags that delimit a block of text.  Everything else is inline and adds no
// space ("<i>Meta</i>bourneti" stays glued, as the publisher wrote it).
// JATS's own block tags, then HTML's.
constexpr std::string_view kJatsBlocks[] = {"p",       "sec",      "title",    "list",       "list-item",
                                            "abstract", "trans-abstract", "disp-quote", "caption", "label",
                                            "def-list", "def-item", "table-wrap", "fig",      "boxed-text",
                                            "AbstractText"};  // PubMed's, pasted into Lens's and Dimensions' RIS
constexpr std::string_view kHtmlBlocks[] = {"div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                            "blockquote", "table", "tr"};

template <std::size_t N>
bool one_of(std::string_view name, const std::string_view (&names)[N]) {
  for (std::string_view b : names)
    if (iequals(name, b)) return true;
  return false;
}

bool is_block_tag(std::string_view name) { return one_of(name, kJatsBlocks) || one_of(name, kHtmlBlocks); }

// The inline tags the flattener reads: rich text, scripts, a line break, a
// link, and the ones it only strips.  has_escaped_markup knows markup by
// these and the block tags, so the two cannot drift apart.
enum class Inline { italic, bold, smallcaps, sup, sub, br, link, plain };
struct InlineTag {
  std::string_view name;
  Inline kind;
};
constexpr InlineTag kInlineTags[] = {
    {"i", Inline::italic},    {"italic", Inline::italic}, {"em", Inline::italic},  {"b", Inline::bold},
    {"bold", Inline::bold},   {"strong", Inline::bold},   {"sc", Inline::smallcaps}, {"scp", Inline::smallcaps},
    {"sup", Inline::sup},     {"sub", Inline::sub},       {"br", Inline::br},      {"a", Inline::link},
    {"span", Inline::plain},  {"uri", Inline::plain},     {"u", Inline::plain},    {"inline-formula", Inline::plain},
    {"inf", Inline::sub}};  // Scopus's subscript: "K <inf>m</inf>"

std::optional<Inline> inline_tag(std::string_view name) {
  for (const InlineTag& t : kInlineTags)
    if (iequals(name, t.name)) return t.kind;
  return std::nullopt;
}

struct Entity {
  const char* name;
  char32_t cp;
};
constexpr Entity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},          {"gt", '>'},          {"quot", '"'},
    {"apos", '\''},     {"nbsp", ' '},        {"ndash", 0x2013},    {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018},    {"rsquo", 0x2019},    {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"thinsp", ' '},      {"ensp", ' '},        {"emsp", ' '},
    {"minus", 0x2212},  {"times", 0x00D7},    {"deg", 0x00B0},      {"plusmn", 0x00B1},
    {"micro", 0x00B5},  {"middot", 0x00B7},   {"bull", 0x2022},     {"alpha", 0x03B1},
    {"beta", 0x03B2},   {"gamma", 0x03B3},    {"delta", 0x03B4},    {"mu", 0x03BC},
    {"le", 0x2264},     {"ge", 0x2265},       {"copy", 0x00A9},     {"reg", 0x00AE},
    // HTML 4's Latin-1 letters and signs, its Latin Extended and punctuation
    // ("M&eacute;tis", "Fran&ccedil;ois", "&euro;"), as web pages write them.
    {"iexcl", 0x00A1}, {"cent", 0x00A2}, {"pound", 0x00A3}, {"curren", 0x00A4}, {"yen", 0x00A5}, {"brvbar", 0x00A6},
    {"sect", 0x00A7}, {"uml", 0x00A8}, {"ordf", 0x00AA}, {"laquo", 0x00AB}, {"not", 0x00AC}, {"shy", 0x00AD},
    {"macr", 0x00AF}, {"sup2", 0x00B2}, {"sup3", 0x00B3}, {"acute", 0x00B4}, {"para", 0x00B6}, {"cedil", 0x00B8},
    {"sup1", 0x00B9}, {"ordm", 0x00BA}, {"raquo", 0x00BB}, {"frac14", 0x00BC}, {"frac12", 0x00BD},
    {"frac34", 0x00BE}, {"iquest", 0x00BF}, {"Agrave", 0x00C0}, {"Aacute", 0x00C1}, {"Acirc", 0x00C2},
    {"Atilde", 0x00C3}, {"Auml", 0x00C4}, {"Aring", 0x00C5}, {"AElig", 0x00C6}, {"Ccedil", 0x00C7},
    {"Egrave", 0x00C8}, {"Eacute", 0x00C9}, {"Ecirc", 0x00CA}, {"Euml", 0x00CB}, {"Igrave", 0x00CC},
    {"Iacute", 0x00CD}, {"Icirc", 0x00CE}, {"Iuml", 0x00CF}, {"ETH", 0x00D0}, {"Ntilde", 0x00D1}, {"Ograve", 0x00D2},
    {"Oacute", 0x00D3}, {"Ocirc", 0x00D4}, {"Otilde", 0x00D5}, {"Ouml", 0x00D6}, {"Oslash", 0x00D8},
    {"Ugrave", 0x00D9}, {"Uacute", 0x00DA}, {"Ucirc", 0x00DB}, {"Uuml", 0x00DC}, {"Yacute", 0x00DD},
    {"THORN", 0x00DE}, {"szlig", 0x00DF}, {"agrave", 0x00E0}, {"aacute", 0x00E1}, {"acirc", 0x00E2},
    {"atilde", 0x00E3}, {"auml", 0x00E4}, {"aring", 0x00E5}, {"aelig", 0x00E6}, {"ccedil", 0x00E7},
    {"egrave", 0x00E8}, {"eacute", 0x00E9}, {"ecirc", 0x00EA}, {"euml", 0x00EB}, {"igrave", 0x00EC},
    {"iacute", 0x00ED}, {"icirc", 0x00EE}, {"iuml", 0x00EF}, {"eth", 0x00F0}, {"ntilde", 0x00F1}, {"ograve", 0x00F2},
    {"oacute", 0x00F3}, {"ocirc", 0x00F4}, {"otilde", 0x00F5}, {"ouml", 0x00F6}, {"divide", 0x00F7},
    {"oslash", 0x00F8}, {"ugrave", 0x00F9}, {"uacute", 0x00FA}, {"ucirc", 0x00FB}, {"uuml", 0x00FC},
    {"yacute", 0x00FD}, {"thorn", 0x00FE}, {"yuml", 0x00FF}, {"OElig", 0x0152}, {"oelig", 0x0153},
    {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178}, {"fnof", 0x0192}, {"circ", 0x02C6}, {"tilde", 0x02DC},
    {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030},
    {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"euro", 0x20AC}, {"trade", 0x2122}, {"prime", 0x2032},
    {"Prime", 0x2033}, {"larr", 0x2190}, {"rarr", 0x2192}, {"harr", 0x2194}, {"uarr", 0x2191}, {"darr", 0x2193},
    {"ne", 0x2260}, {"asymp", 0x2248}, {"infin", 0x221E}, {"sum", 0x2211}, {"radic", 0x221A},
};

}  // namespace

char32_t named_reference(std::string_view name) {
  for (const Entity& e : kEntities)
    if (name == e.name) return e.cp;
  return 0;
}

bool numeric_reference(std::string_view s, std::size_t i, char32_t& cp, std::size_t& end) {
  if (i >= s.size() || s[i] != '#') return false;
  std::size_t k = i + 1;
  bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
  if (hex) ++k;
  const std::size_t digits = k;
  cp = 0;
  for (; k < s.size() && s[k] != ';'; ++k) {
    char c = s[k];
    int d;
    if (is_digit(c)) d = c - '0';
    else if (hex && to_lower(c) >= 'a' && to_lower(c) <= 'f') d = to_lower(c) - 'a' + 10;
    else return false;
    cp = cp * (hex ? 16 : 10) + char32_t(d);
    if (cp > 0x10FFFF) return false;
  }
  if (k == digits || k >= s.size()) return false;
  end = k + 1;
  return true;
}

namespace {

// Decodes the entity at s[i] == '&'; on success appends it and returns the
// index after ';'.  Returns i when it is not an entity (a bare '&').
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  std::size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) return i;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  char32_t cp = 0;
  if (body[0] == '#') {
    std::size_t end = 0;  // semi + 1: the digits hold no ';'
    if (!numeric_reference(s, i + 1, cp, end)) return i;
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  } else {
    for (const Entity& e : kEntities)
      if (body == e.name) cp = e.cp;
    if (cp == 0) return i;
  }
  append_utf8(out, cp);
  return semi + 1;
}

// Digits and + - = ( ) only: a letter in <sup> stays a letter ("10<sup>th</sup>").
char32_t script_char(Script s, char c) {
  if (!is_digit(c) && !(c && std::strchr("+-=()", c))) return 0;
  return script_form(static_cast<unsigned char>(c), s == Script::sup);
}

// The '>' that ends the tag whose name starts at s[from]: a '>' inside a
// quoted attribute value (MathML <mfenced close=">">) does not.  A quote
// that follows no '=' is not an attribute's; an unclosed one is not trusted
// (the first '>' then ends the tag, as before).
std::size_t tag_end(std::string_view s, std::size_t from) {
  std::size_t first = s.find('>', from);
  for (std::size_t k = from; k < s.size(); ++k) {
    char c = s[k];
    if (c == '>') return k;
    if (c == '<') break;  // no '>' before the next tag: not a tag
    if (c != '=') continue;
    std::size_t q = k + 1;
    while (q < s.size() && is_space(s[q])) ++q;
    if (q >= s.size() || (s[q] != '"' && s[q] != '\'')) continue;
    std::size_t shut = s.find(s[q], q + 1);
    if (shut == std::string_view::npos) return first;
    k = shut;
  }
  return first;
}

class Flattener {
 public:
  explicit Flattener(bool blocks, bool rich = false) : blocks_(blocks), rich_(rich) {}
  // A note (Zotero's HTML notes): <br> is a line break, and a link keeps
  // its address after its text ("site (https://...)").
  Flattener& note() {
    note_ = true;
    return *this;
  }

  // MathML sub/superscripts were written in one line ("η_p²").
  bool math_simplified() const { return math_simplified_; }

  std::string run(std::string_view s) {
    has_block_tags_ = false;
    for (std::size_t i = 0; i < s.size();) {
      char c = s[i];
      if (c == '<') {
        std::size_t next = tag(s, i);
        if (next != i) {
          i = next;
          continue;
        }
      } else if (c == '&') {
        std::size_t next = i;
        std::string decoded;
        next = decode_entity(s, i, decoded);
        if (next != i && !decoded.empty() &&
            std::all_of(decoded.begin(), decoded.end(), [](char x) { return is_space(x); })) {
          // An escaped line end or tab (Lens's "<jats:p>&#x0D;\n&#x0D;\n..."):
          // white space as the raw one is, not a CR at the start of the text.
          space_ = true;
          i = next;
          continue;
        }
        if (next != i) {
          text(decoded);
          i = next;
          continue;
        }
      } else if (is_space(c)) {
        std::size_t newlines = 0;
        while (i < s.size() && is_space(s[i])) newlines += s[i++] == '\n';
        space_ = true;
        space_newline_ = newlines > 0;
        // Plain text keeps its own paragraph breaks.
        if (blocks_ && newlines >= 2 && !has_block_tags_) brk_ = true;
        continue;
      }
      // A run of plain text goes out in one piece.
      std::size_t j = i + 1;
      while (j < s.size() && s[j] != '<' && s[j] != '&' && !is_space(s[j])) ++j;
      text(s.substr(i, j - i));
      i = j;
    }
    // A pair with nothing between ("<i></i>") says nothing.
    if (rich_)
      for (Rich k : {Rich::italic, Rich::bold, Rich::smallcaps}) {
        std::string empty = std::string(rich_open_tag(k)) + std::string(rich_close_tag(k));
        for (std::size_t at = out_.find(empty); at != std::string::npos; at = out_.find(empty, at))
          out_.erase(at, empty.size());
      }
    if (rich_) drop_whole_bold(out_);
    return std::move(out_);
  }

 private:
  bool blocks_;
  bool rich_;  // italic, bold and small caps kept as CSL rich text
  int rich_open_ = 0;
  std::string out_;
  bool space_ = false, space_newline_ = false, brk_ = false, has_block_tags_ = false;
  Script script_ = Script::none;
  // MathML <msub>/<msup>/<msubsup>: the element depth of each open one and
  // how many children it has opened; the script child being read (its
  // depth, its role, its text) is written as one piece when it closes.
  struct MathScript {
    int kind;  // 1 msub, 2 msup, 3 msubsup
    int depth;
    int child = 0;
  };
  std::vector<MathScript> math_;
  int depth_ = 0;
  int capture_depth_ = 0;  // 0: no script child being read
  Script capture_role_ = Script::none;
  std::string capture_;
  bool math_simplified_ = false;
  bool note_ = false;
  std::string href_;           // the address of the note's link being read
  std::size_t href_from_ = 0;  // where its text starts in out_

  // A script child: Unicode when every character has a form ("²", "¹⁰"),
  // else after '_' or '^', in parentheses when longer than one character.
  void end_capture() {
    std::string t = collapse_space(capture_);
    std::string uni;
    bool all = !t.empty();
    for (char c : t) {
      char32_t cp = script_char(capture_role_, c);
      if (!cp) {
        all = false;
        break;
      }
      append_utf8(uni, cp);
    }
    if (all) {
      out_ += uni;
    } else if (!t.empty()) {
      out_ += capture_role_ == Script::sup ? '^' : '_';
      out_ += utf8_length(t) > 1 ? "(" + t + ")" : t;
    }
    capture_.clear();
    capture_depth_ = 0;
    space_ = space_newline_ = false;
    math_simplified_ = true;
  }

  // MathML's element structure; true when the tag was a script's own.
  void math_tag(std::string_view name, bool closing, bool empty) {
    if (!closing) {
      if (!math_.empty() && depth_ == math_.back().depth && !capture_depth_) {
        MathScript& m = math_.back();
        ++m.child;
        Script role = m.kind == 1 ? (m.child == 2 ? Script::sub : Script::none)
                      : m.kind == 2 ? (m.child == 2 ? Script::sup : Script::none)
                                    : (m.child == 2 ? Script::sub : m.child == 3 ? Script::sup : Script::none);
        if (role != Script::none) {
          capture_role_ = role;
          capture_depth_ = depth_ + 1;
          capture_.clear();
          space_ = space_newline_ = false;
        }
      }
      if (empty) {
        if (capture_depth_ == depth_ + 1) end_capture();
        return;
      }
      ++depth_;
      int kind = iequals(name, "msub") ? 1 : iequals(name, "msup") ? 2 : iequals(name, "msubsup") ? 3 : 0;
      if (kind) math_.push_back({kind, depth_});
      return;
    }
    if (capture_depth_ && depth_ == capture_depth_) end_capture();
    if (!math_.empty() && math_.back().depth == depth_) math_.pop_back();
    if (depth_ > 0) --depth_;
  }

  // A title bold from end to end (Lens: "<b>Short-term exposure to ... PM</b>
  // <sub><strong>2.5</strong></sub><b> and ...</b>") is the database's
  // display, not emphasis of the title's own: the bold goes.  Bold on a part
  // of it stays.
  static void drop_whole_bold(std::string& s) {
    std::vector<RichTag> tags = rich_tags(s);
    if (std::none_of(tags.begin(), tags.end(), [](const RichTag& t) { return t.kind == Rich::bold; })) return;
    int bold = 0;
    std::size_t k = 0;
    for (std::size_t i = 0; i < s.size();) {
      if (k < tags.size() && tags[k].begin == i) {
        if (tags[k].kind == Rich::bold) bold += tags[k].close ? -1 : 1;
        i = tags[k++].end;
      } else if (bold == 0 && !is_space(s[i])) {
        return;
      } else {
        ++i;
      }
    }
    for (auto t = tags.rbegin(); t != tags.rend(); ++t)
      if (t->kind == Rich::bold) s.erase(t->begin, t->end - t->begin);
  }

  // Writes the white space pending before what comes next (`next`: its
  // first character).
  void flush_space(char next) {
    if (!out_.empty()) {
      if (brk_ && blocks_) {
        out_ += "\n\n";
      } else if (space_ || brk_) {
        // A line break inside "( <i>Tridacna</i> )" is layout, not a space.
        bool layout = space_newline_ && !brk_ && (out_.back() == '(' || next == ')');
        if (!layout && out_.back() != ' ') out_ += ' ';
      }
    }
    space_ = space_newline_ = brk_ = false;
  }

  void text(std::string_view t) {
    if (t.empty()) return;
    if (capture_depth_) {
      if (space_ && !capture_.empty()) capture_ += ' ';
      space_ = space_newline_ = false;
      capture_ += t;
      return;
    }
    flush_space(t[0]);
    if (script_ == Script::none) {
      out_ += t;
      return;
    }
    for (char c : t) {
      char32_t cp = script_char(script_, c);
      if (cp) append_utf8(out_, cp);
      else out_ += c;
    }
  }

  // The rich-text kind (CSL 1.0.2) of a JATS/HTML inline tag, if it has one.
  static std::optional<Rich> rich_kind(std::string_view name) {
    switch (inline_tag(name).value_or(Inline::plain)) {
      case Inline::italic: return Rich::italic;
      case Inline::bold: return Rich::bold;
      case Inline::smallcaps: return Rich::smallcaps;
      default: return std::nullopt;
    }
  }

  // The value of attribute `key` (Label="...") of a tag's inside, its
  // entities decoded; "" when none.
  static std::string attribute(std::string_view inner, std::string_view key) {
    for (std::size_t at = inner.find(key); at != std::string_view::npos; at = inner.find(key, at + 1)) {
      std::size_t q = at + key.size() + 1;
      if (at == 0 || inner[at - 1] != ' ' || q >= inner.size() || inner[q - 1] != '=') continue;
      if (inner[q] != '"' && inner[q] != '\'') continue;
      std::size_t end = inner.find(inner[q], q + 1);
      if (end == std::string_view::npos) return {};
      return decode_entities(inner.substr(q + 1, end - q - 1));
    }
    return {};
  }

  // The href="..." of a tag's inside, its entities decoded; "" when none.
  static std::string link_address(std::string_view inner) {
    std::size_t at = inner.find("href=");
    if (at == std::string_view::npos || at + 6 > inner.size()) return {};
    char q = inner[at + 5];
    if (q != '"' && q != '\'') return {};
    std::size_t end = inner.find(q, at + 6);
    if (end == std::string_view::npos) return {};
    return Flattener(false).run(inner.substr(at + 6, end - at - 6));
  }

  // s[i] == '<'.  Returns the index after the tag, or i when this '<' opens
  // no tag (a '<' in "p < 0.05").
  std::size_t tag(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return i;
    char n = s[i + 1];
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t e = s.find("-->", i + 4);
      return e == std::string_view::npos ? s.size() : e + 3;
    }
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      std::size_t e = s.find("]]>", i + 9);
      std::size_t stop = e == std::string_view::npos ? s.size() : e;
      text(s.substr(i + 9, stop - i - 9));
      return e == std::string_view::npos ? s.size() : e + 3;
    }
    if (!(is_alpha(n) || n == '/' || n == '?' || n == '!')) return i;
    std::size_t close = tag_end(s, i + 1);
    if (close == std::string_view::npos) return i;
    std::string_view inner = s.substr(i + 1, close - i - 1);
    bool closing = !inner.empty() && inner[0] == '/';
    if (closing) inner.remove_prefix(1);
    std::size_t name_end = 0;
    while (name_end < inner.size() && !is_space(inner[name_end]) && inner[name_end] != '/') ++name_end;
    std::string_view name = inner.substr(0, name_end);
    if (std::size_t colon = name.rfind(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    std::size_t after = close + 1;
    if (!math_.empty() || iequals(name, "msub") || iequals(name, "msup") || iequals(name, "msubsup"))
      math_tag(name, closing, !inner.empty() && inner.back() == '/');
    else if (n != '?' && n != '!')
      depth_ += closing ? (depth_ > 0 ? -1 : 0) : (!inner.empty() && inner.back() == '/' ? 0 : 1);

    if (std::optional<Rich> rich = rich_ ? rich_kind(name) : std::nullopt) {
      if (!closing) {
        flush_space('<');  // the space before an opening tag goes before it
        ++rich_open_;
        out_ += rich_open_tag(*rich);
      } else if (rich_open_ > 0) {
        --rich_open_;
        out_ += rich_close_tag(*rich);
      }
    } else if (std::optional<Inline> k = inline_tag(name); k && (*k == Inline::sup || *k == Inline::sub)) {
      script_ = closing ? Script::none : (*k == Inline::sup ? Script::sup : Script::sub);
    } else if (note_ && iequals(name, "br")) {
      if (!out_.empty()) out_ += '\n';
      space_ = space_newline_ = false;
    } else if (iequals(name, "br")) {
      space_ = true;
    } else if (note_ && iequals(name, "a")) {
      if (!closing) {
        href_ = link_address(inner);
        flush_space('<');
        href_from_ = out_.size();
      } else if (!href_.empty()) {
        if (std::string_view(out_).substr(href_from_) != href_) out_ += " (" + href_ + ")";
        href_.clear();
      }
    } else if (is_block_tag(name)) {
      has_block_tags_ = true;
      brk_ = true;
      if (!closing && iequals(name, "AbstractText")) {
        // A structured abstract's part: its Label leads it, unless the text
        // says it already ("INTRODUCTION: <AbstractText Label="INTRODUCTION">").
        std::string label = attribute(inner, "Label");
        std::string_view before = trim(out_);
        std::string_view head = before.empty() || before.back() != ':' ? std::string_view{}
                                                                        : trim(before.substr(0, before.size() - 1));
        if (!label.empty() && head.size() >= label.size() && iequals(head.substr(head.size() - label.size()), label)) {
          brk_ = false;
          space_ = true;
        } else if (!label.empty()) {
          text(label + ":");
          space_ = true;
        }
      }
      if (!closing && iequals(name, "title")) {
        // A section title that only says "Abstract" repeats the field name.
        std::size_t end = s.find("</", after);
        if (end != std::string_view::npos && iequals(trim(s.substr(after, end - after)), "abstract")) {
          std::size_t gt = s.find('>', end);
          return gt == std::string_view::npos ? s.size() : gt + 1;
        }
      }
    }
    return after;
  }
};

}  // namespace

bool has_escaped_markup(std::string_view s) {
  for (std::size_t at = s.find("&lt;"); at != std::string_view::npos; at = s.find("&lt;", at + 4)) {
    std::size_t b = at + 4;
    if (b < s.size() && s[b] == '/') ++b;
    std::size_t e = b;
    while (e < s.size() && (is_alpha(s[e]) || s[e] == ':' || s[e] == '-')) ++e;
    if (e == b || e >= s.size() || !(s[e] == ' ' || s.compare(e, 4, "&gt;") == 0 || s.compare(e, 5, "/&gt;") == 0))
      continue;
    std::string_view name = s.substr(b, e - b);
    if (std::size_t colon = name.rfind(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
    // Not a link ("&lt;a few" is text more often than an escaped <a>), nor
    // HTML's blocks, which abstracts about the web name as text.
    std::optional<Inline> kind = inline_tag(name);
    if ((kind && *kind != Inline::link) || one_of(name, kJatsBlocks)) return true;
  }
  return false;
}

bool has_markup(std::string_view s) {
  for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<', at + 1)) {
    std::size_t b = at + 1;
    if (s.compare(b, 5, "jats:") == 0 || s.compare(b, 4, "mml:") == 0) return true;
    bool closing = b < s.size() && s[b] == '/';
    if (closing) ++b;
    std::size_t e = b;
    while (e < s.size() && (is_alpha(s[e]) || s[e] == '-')) ++e;
    if (e == b) continue;
    // A name in a namespace is its local name: Ovid's "<ovid:br/>".
    if (e + 1 < s.size() && s[e] == ':' && is_alpha(s[e + 1])) {
      b = ++e;
      while (e < s.size() && (is_alpha(s[e]) || s[e] == '-')) ++e;
    }
    std::string_view name = s.substr(b, e - b);
    std::size_t gt = e;
    while (gt < s.size() && s[gt] == ' ') ++gt;
    if (gt < s.size() && s[gt] == '/') ++gt;
    if (gt >= s.size() || s[gt] != '>') continue;
    // "<br>", "<br/>" alone; any other tag by its end tag ("a <b> c" is text).
    if (iequals(name, "br") && !closing) return true;
    if (!closing) continue;
    std::optional<Inline> kind = inline_tag(name);
    if ((kind && *kind != Inline::link) || is_block_tag(name)) return true;
  }
  return false;
}

namespace {
// Flattens `markup`; markup escaped once more (has_escaped_markup) is made
// markup first: its &lt; and &gt; are read as < and > (a '<' that opens no
// tag stays text).
std::string flatten(std::string_view markup, bool blocks, bool rich, bool* math_simplified) {
  std::string unescaped;
  if (has_escaped_markup(markup)) {
    unescaped.reserve(markup.size());
    for (std::size_t i = 0; i < markup.size();) {
      if (markup.compare(i, 4, "&lt;") == 0) unescaped += '<', i += 4;
      else if (markup.compare(i, 4, "&gt;") == 0) unescaped += '>', i += 4;
      else unescaped += markup[i++];
    }
    markup = unescaped;
  }
  Flattener f(blocks, rich);
  std::string out = f.run(markup);
  if (math_simplified) *math_simplified = f.math_simplified();
  return out;
}
}  // namespace

std::string jats_to_text(std::string_view markup) { return flatten(markup, true, false, nullptr); }
std::string jats_to_text(std::string_view markup, bool& math_simplified) {
  return flatten(markup, true, false, &math_simplified);
}
std::string math_simplified_warning(std::string_view what) {
  return "MathML sub/superscripts in the " + std::string(what) +
         " written in one line ('_' before a subscript, '^' before a superscript when Unicode has no form)";
}
std::string markup_to_text(std::string_view markup) { return flatten(markup, false, false, nullptr); }

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t next = s[i] == '&' ? decode_entity(s, i, out) : i;
    if (next == i) out += s[i++];
    else i = next;
  }
  return out;
}

std::string decode_entities(std::string_view s, bool& twice) {
  std::string once = decode_entities(s);
  twice = false;
  if (s.find("&amp;") == std::string_view::npos || once.find('&') == std::string::npos) return once;
  std::string again = decode_entities(once);
  twice = again != once;
  return again;
}
std::string markup_to_text(std::string_view markup, bool& math_simplified) {
  return flatten(markup, false, false, &math_simplified);
}
std::string markup_to_rich_text(std::string_view markup) { return flatten(markup, false, true, nullptr); }
std::string markup_to_rich_text(std::string_view markup, bool& math_simplified) {
  return flatten(markup, false, true, &math_simplified);
}
std::size_t markup_tag_end(std::string_view s, std::size_t from) { return tag_end(s, from); }

bool is_html_note(std::string_view note) {
  std::string_view t = trim(note);
  // Zotero's import notes: "The following values have no corresponding
  // Zotero field:<br/>accession-num: ..."
  for (std::string_view br : {"<br/>", "<br>", "<br />", "</p>"})
    if (t.find(br) != std::string_view::npos) return true;
  if (t.empty() || t[0] != '<') return false;
  for (std::string_view open : {"<p>", "<p ", "<div", "<span", "<h1>", "<h2>", "<ul>", "<ol>", "<blockquote"})
    if (istarts_with(t, open)) return true;
  return false;
}

std::string html_note_to_text(std::string_view note) {
  if (!is_html_note(note)) return std::string(note);
  std::string text = Flattener(true).note().run(note);
  // "&nbsp;&nbsp;" is layout: one space, and none at a line's ends.
  std::string out;
  for (std::size_t start = 0;;) {
    std::size_t end = text.find('\n', start);
    out += collapse_space(std::string_view(text).substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) return out;
    out += '\n';
    start = end + 1;
  }
}

}  // namespace refnet
