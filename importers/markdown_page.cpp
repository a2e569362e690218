// A page saved as Markdown, read as the text the page shows (markdown_page.hpp).
// Web clippers and crawlers write a publisher's page so: "# Title", bylines and
// references as list items ("  * Kenneth J. Lacovara1, "), the journal in
// emphasis ("_Scientific Reports_ **volume 4**"), buttons and figures as links
// and images ("[](https://www.nature.com/...)").  The page reader
// (page_text.cpp) knows pages as a browser copies them; this makes the one the
// other, line by line, so that its rules serve both.
#include "markdown_page.hpp"

#include <utility>
#include <vector>

#include "refnet/text.hpp"

namespace refnet {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// The index of the bracket closing the one at s[i] on the same line (nested
// pairs counted, a backslash's escape skipped), or npos.
std::size_t closing(std::string_view s, std::size_t i, char open, char close) {
  int depth = 0;
  for (std::size_t k = i; k < s.size(); ++k) {
    if (s[k] == '\\') {
      ++k;
      continue;
    }
    if (s[k] == open) ++depth;
    else if (s[k] == close && --depth == 0) return k;
  }
  return npos;
}

// Where an address or a DOI starting at s[i] ends (its text is copied as written: "10.1007/978-3-319-07635-5_3",
// "https://example.org/a_b_"), or i when none starts there.
std::size_t verbatim_end(std::string_view s, std::size_t i) {
  std::string_view t = s.substr(i);
  const bool url = starts_with(t, "http://") || starts_with(t, "https://") || starts_with(t, "www.");
  const bool doi = t.size() > 4 && t[0] == '1' && t[1] == '0' && t[2] == '.' && is_digit(t[3]) &&
                   (i == 0 || !(is_alpha(s[i - 1]) || is_digit(s[i - 1])));
  if (!url && !doi) return i;
  std::size_t e = i;
  while (e < s.size() && !is_space(s[e])) ++e;
  if (doi && s.substr(i, e - i).find('/') == npos) return i;
  return e;
}

// A line of inline Markdown: its text without emphasis, links' addresses, images, code ticks and escapes.
void inline_text(std::string_view s, std::string& out) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  bool star_open = false;  // an emphasis opened by '*' not yet closed
  while (i < n) {
    const char c = s[i];
    if (std::size_t e = verbatim_end(s, i); e > i) {
      out.append(s.substr(i, e - i));
      i = e;
      continue;
    }
    if (c == '\\' && i + 1 < n && ascii_punct(s[i + 1])) {
      out.push_back(s[i + 1]);
      i += 2;
      continue;
    }
    if (c == '`') {
      ++i;
      continue;
    }
    // "<https://doi.org/10.5251/abjna.2011.2.5.752.760>": the address.
    if (c == '<' && (starts_with(s.substr(i + 1), "http://") || starts_with(s.substr(i + 1), "https://"))) {
      std::size_t e = s.find('>', i);
      if (e != npos && s.substr(i, e - i).find(' ') == npos) {
        out.append(s.substr(i + 1, e - i - 1));
        i = e + 1;
        continue;
      }
    }
    // "[text](url "title")" is its text; "![alt](url)" and "[](url)" nothing; "[12]", "[DOI]" stay.
    if (c == '[' || (c == '!' && i + 1 < n && s[i + 1] == '[')) {
      const std::size_t b = c == '!' ? i + 1 : i;
      const std::size_t close = closing(s, b, '[', ']');
      if (close != npos && close + 1 < n && s[close + 1] == '(') {
        if (std::size_t end = closing(s, close + 1, '(', ')'); end != npos) {
          // An icon's link to the DOI ("[](https://doi.org/10.1080/08912963.2014.976817)", Taylor & Francis'
          // Crossmark): the address, the only place the page gives its DOI.
          std::string_view address = s.substr(close + 2, end - close - 2);
          if (c == '[' && close == b + 1 && (starts_with(address, "https://doi.org/10.") ||
                                             starts_with(address, "http://dx.doi.org/10.")))
            out.append(address.substr(0, address.find(' ')));
          else if (c == '[')
            inline_text(s.substr(b + 1, close - b - 1), out);
          i = end + 1;
          continue;
        }
      }
      // "[Mustapha Chellali][7]", "[Issue 3][3]" (a reference link, html2text's and pandoc's: its address in a
      // definition at the page's end) is its text; "[][41]" nothing.
      if (c == '[' && close != npos && close + 1 < n && s[close + 1] == '[') {
        if (std::size_t end = closing(s, close + 1, '[', ']');
            end != npos && end > close + 1 && s.substr(close + 2, end - close - 2).find(' ') == npos) {
          inline_text(s.substr(b + 1, close - b - 1), out);
          i = end + 1;
          continue;
        }
      }
      if (c == '!' && close == npos && trim(s.substr(b + 1)).empty()) break;  // an image's alt text runs over lines
    }
    // An image's or a link's address on the line after its text: "](https://www.ncbi.nlm.nih.gov/)".
    if (c == ']' && i + 1 < n && s[i + 1] == '(' && trim(out).empty()) {
      if (std::size_t end = closing(s, i + 1, '(', ')'); end != npos) {
        i = end + 1;
        continue;
      }
    }
    // Emphasis: a run of '*' or '_' at a word's edge.  Inside a word ("snake_case", "a*b") it is the text's, unless
    // it closes a '*' opened before ("*Mat. Zametki*88", "**.gov**website": html2text ate the space after the
    // emphasis, which the page shows: a space); alone between spaces ("a * b") it is the text's too.
    if (c == '*' || c == '_') {
      std::size_t r = i;
      while (r < n && s[r] == c) ++r;
      const char prev = i > 0 ? s[i - 1] : ' ';
      const char next = r < n ? s[r] : ' ';
      const bool inside = !is_space(prev) && !is_space(next) && !ascii_punct(prev) && !ascii_punct(next);
      const bool opens = !is_space(next);
      const bool closes = !is_space(prev) && prev != '(' && prev != '[';
      if (!inside && (opens || closes)) {
        if (c == '*') star_open = !(closes && star_open) && opens;
        i = r;
        continue;
      }
      if (inside && c == '*' && star_open) {
        star_open = false;
        out.push_back(' ');
        i = r;
        continue;
      }
      out.append(s.substr(i, r - i));
      i = r;
      continue;
    }
    out.push_back(c);
    ++i;
  }
}

// "---", "* * *", "___" (a thematic break) and "---|---" (a table's rule line): nothing the page shows.
bool rule_line(std::string_view t) {
  t = trim(t);
  if (t.size() < 3) return false;
  std::size_t marks = 0, bars = 0, dashes = 0;
  for (char c : t) {
    if (c == '|') ++bars;
    else if (c == '-') ++dashes, ++marks;
    else if (c == '*' || c == '_') ++marks;
    else if (c != ' ' && c != ':') return false;
  }
  if (bars) return dashes > 0;
  return marks >= 3 && t.find(':') == npos;
}

// "[27]: /action/getFTRLinkout?url=..." (a reference link's definition): an address the page does not show.
bool link_definition(std::string_view t) {
  if (t.empty() || t[0] != '[') return false;
  std::size_t close = t.find("]: ");
  return close != npos && close > 1 && t.substr(1, close - 1).find_first_of("[] ") == npos &&
         t.substr(close + 3).find(' ') == npos;
}

// One line: its leading white space, then the text after its block marks ("> ", "## ", "* ", "- ", "+ ").
std::string markdown_line(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) out.push_back(s[i++]);
  if (rule_line(s.substr(i)) || link_definition(s.substr(i))) return out;
  std::size_t n = s.size();
  auto skip_spaces = [&] {
    while (i < n && s[i] == ' ') ++i;
  };
  // A table's row as html2text writes it ("Comments: | 26 pages |", " | [https://doi.org/10.48550/...][8]"): its
  // outer bars are none of the text (the bars between cells stay, as a browser's copy shows them).
  if (i < n && s[i] == '|') {
    ++i;
    skip_spaces();
  }
  for (std::size_t e = n; e > i && (s[e - 1] == ' ' || s[e - 1] == '|'); --e)
    if (s[e - 1] == '|') {
      if (e - 1 == i || s[e - 2] == ' ') n = e - 1;
      break;
    }
  for (int marks = 0; marks < 4 && i < n; ++marks) {
    if (s[i] == '>') {
      ++i;
      skip_spaces();
      continue;
    }
    if (s[i] == '#') {
      std::size_t h = i;
      while (h < n && s[h] == '#') ++h;
      if (h - i <= 6 && (h == n || s[h] == ' ')) {
        i = h;
        skip_spaces();
        // "## References ##": the closing hashes too.
        std::size_t e = n;
        while (e > i && s[e - 1] == ' ') --e;
        std::size_t k = e;
        while (k > i && s[k - 1] == '#') --k;
        if (k < e && (k == i || s[k - 1] == ' ')) n = k;
        continue;
      }
    }
    if ((s[i] == '*' || s[i] == '-' || s[i] == '+') && i + 1 < n && s[i + 1] == ' ') {
      i += 2;
      skip_spaces();
      continue;
    }
    break;
  }
  inline_text(s.substr(i, n - i), out);
  return out;
}

}  // namespace

bool is_markdown_page(std::string_view text) {
  std::size_t headings = 0, links = 0;
  for (std::size_t p = text.find("]("); p != npos && links < 3; p = text.find("](", p + 2))
    if (starts_with(text.substr(p + 2), "http")) ++links;
  // Reference links' definitions at a line's start: "[9]: https://doi.org/10.1016/j.jtusci.2015.02.008".
  for (std::size_t p = text.find("\n["); p != npos && links < 3; p = text.find("\n[", p + 2))
    if (link_definition(text.substr(p + 1, text.find('\n', p + 1) - p - 1)) &&
        text.substr(p + 1).find("]: http") < text.substr(p + 1).find('\n'))
      ++links;
  if (links >= 3) return true;
  std::size_t pos = 0;
  while (pos < text.size() && headings < 2) {
    std::size_t end = text.find('\n', pos);
    if (end == npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    std::size_t i = 0;
    while (i < l.size() && i < 3 && l[i] == ' ') ++i;
    std::size_t h = i;
    while (h < l.size() && l[h] == '#') ++h;
    if (h > i && h - i <= 6 && h + 1 < l.size() && l[h] == ' ' && !is_space(l[h + 1])) ++headings;
    pos = end + 1;
  }
  return headings >= 2;
}

std::string markdown_page_text(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  std::size_t pos = 0;
  while (pos < markdown.size()) {
    std::size_t end = markdown.find('\n', pos);
    if (end == npos) end = markdown.size();
    std::string_view line = markdown.substr(pos, end - pos);
    const bool cr = !line.empty() && line.back() == '\r';
    if (cr) line.remove_suffix(1);
    const std::string text = markdown_line(line);
    out += text;
    out.append(line.size() - text.size(), ' ');
    if (cr) out.push_back('\r');
    if (end < markdown.size()) out.push_back('\n');
    pos = end + 1;
  }
  return out;
}

std::size_t markdown_title_offset(std::string_view markdown) {
  // The level-one headings: where each starts and what it shows.
  std::vector<std::pair<std::size_t, std::string>> headings;
  bool fenced = false;
  for (std::size_t pos = 0; pos < markdown.size();) {
    std::size_t end = markdown.find('\n', pos);
    if (end == npos) end = markdown.size();
    std::string_view l = markdown.substr(pos, end - pos);
    if (starts_with(l, "```")) fenced = !fenced;
    // "# Title": one hash, a space, then text ("# " alone heads nothing).
    if (!fenced && l.size() > 2 && l[0] == '#' && l[1] == ' ') {
      std::string shown = collapse_space(trim(markdown_line(l)));
      if (!shown.empty()) headings.emplace_back(pos, std::move(shown));
    }
    pos = end + 1;
  }
  if (headings.size() == 1) return headings[0].first;
  // A paper converted from its PDF: the title heads the publisher's cover
  // page and again the first page, the journal's name heads the cover once.
  std::size_t found = npos;
  for (std::size_t a = 0; a < headings.size(); ++a)
    for (std::size_t b = a + 1; b < headings.size(); ++b)
      if (headings[a].second == headings[b].second) {
        if (found != npos && headings[found].second != headings[a].second) return npos;
        if (found == npos) found = a;
      }
  return found == npos ? npos : headings[found].first;
}

}  // namespace refnet
