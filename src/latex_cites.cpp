// Scanning .aux and .tex files for citation keys: a small hand-written
// scanner, not a TeX interpreter (macros that wrap \cite are not expanded).
#include "refnet/latex_cites.hpp"

#include <unordered_set>

#include "refnet/text.hpp"

namespace refnet {

namespace {

class Collector {
 public:
  Collector(CitedKeys& out, std::string_view text) : out_(out), text_(text) {}
  // "a, b ,c" -> a, b, c
  void add_list(std::string_view list) {
    std::size_t s = 0;
    for (std::size_t i = 0; i <= list.size(); ++i) {
      if (i < list.size() && list[i] != ',') continue;
      std::string_view k = trim(list.substr(s, i - s));
      s = i + 1;
      if (k.empty()) continue;
      if (k == "*") {
        out_.all = true;
        continue;
      }
      if (seen_.insert(std::string(k)).second) {
        out_.keys.emplace_back(k);
        out_.at.push_back(static_cast<std::size_t>(k.data() - text_.data()));
      }
    }
  }

 private:
  CitedKeys& out_;
  std::string_view text_;  // what the lists are views of
  std::unordered_set<std::string> seen_;
};

// The group starting at text[i] == open, up to its balanced close; i moves
// past it.  Returns false (i unchanged) when text[i] is not `open` or the
// group does not close.
bool group(std::string_view text, std::size_t& i, char open, char close, std::string_view& inner) {
  if (i >= text.size() || text[i] != open) return false;
  int depth = 0;
  for (std::size_t j = i; j < text.size(); ++j) {
    if (text[j] == '\\') {
      ++j;
      continue;
    }
    if (text[j] == open) ++depth;
    else if (text[j] == close && --depth == 0) {
      inner = text.substr(i + 1, j - i - 1);
      i = j + 1;
      return true;
    }
  }
  return false;
}

void skip_space(std::string_view text, std::size_t& i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
}

}  // namespace

CitedKeys keys_from_aux(std::string_view aux) {
  CitedKeys out;
  Collector c(out, aux);
  for (std::size_t i = aux.find('\\'); i != std::string_view::npos; i = aux.find('\\', i + 1)) {
    std::string_view rest = aux.substr(i);
    std::size_t j = i;
    std::string_view inner;
    if (rest.rfind("\\citation", 0) == 0) {
      j += 9;
      if (group(aux, j, '{', '}', inner)) c.add_list(inner);
    } else if (rest.rfind("\\abx@aux@cite", 0) == 0) {
      j += 13;
      // biblatex 3.x: \abx@aux@cite{refsection}{key}; older: \abx@aux@cite{key}
      std::string_view first, second;
      if (group(aux, j, '{', '}', first)) {
        if (group(aux, j, '{', '}', second)) c.add_list(second);
        else c.add_list(first);
      }
    }
  }
  return out;
}

CitedKeys keys_from_tex(std::string_view tex) {
  CitedKeys out;
  Collector c(out, tex);
  std::size_t i = 0;
  while (i < tex.size()) {
    char ch = tex[i];
    if (ch == '%') {  // a comment, to the end of the line
      while (i < tex.size() && tex[i] != '\n') ++i;
      continue;
    }
    if (ch != '\\') {
      ++i;
      continue;
    }
    std::size_t b = ++i;
    while (i < tex.size() && is_alpha(tex[i])) ++i;
    std::string name = ascii_lower(tex.substr(b, i - b));
    if (name.empty()) {  // \% \\ and the like
      ++i;
      continue;
    }
    if (name.find("cite") == std::string::npos || name == "citestyle" || name == "citeindexfalse" ||
        name == "citeindextrue")
      continue;
    if (i < tex.size() && tex[i] == '*') ++i;
    // [pre][post] (pre)(post) {keys}; biblatex's \cites, \parencites... repeat it.
    const bool multi = name.size() >= 5 && name.compare(name.size() - 5, 5, "cites") == 0;
    for (;;) {
      std::size_t j = i;
      std::string_view inner;
      skip_space(tex, j);
      while (group(tex, j, '[', ']', inner) || group(tex, j, '(', ')', inner)) skip_space(tex, j);
      if (!group(tex, j, '{', '}', inner)) break;
      c.add_list(inner);
      i = j;
      if (!multi) break;
    }
  }
  return out;
}

namespace {

bool key_char(char c) { return is_alpha(c) || is_digit(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; }

// One line of Markdown outside code blocks: its citations' keys.
void markdown_keys(std::string_view line, Collector& c) {
  static constexpr std::string_view internal = ":.#$%&-+?<>~/";
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '`') {  // inline code: to the closing run of as many backticks
      std::size_t run = i;
      while (run < line.size() && line[run] == '`') ++run;
      std::size_t close = line.find(line.substr(i, run - i), run);
      if (close == std::string_view::npos) return;
      i = close + (run - i) - 1;
      continue;
    }
    if (line[i] != '@') continue;
    // Not an e-mail address's (ann@example.org), nor an escaped \@.
    if (i > 0 && (key_char(line[i - 1]) || line[i - 1] == '\\')) continue;
    std::size_t b = i + 1, e = b;
    if (b < line.size() && line[b] == '{') {  // @{key}
      e = line.find('}', b + 1);
      if (e == std::string_view::npos) continue;
      if (e > b + 1) c.add_list(line.substr(b + 1, e - b - 1));
      i = e;
      continue;
    }
    if (b < line.size() && line[b] == '*') {  // nocite: '@*'
      c.add_list(line.substr(b, 1));
      continue;
    }
    while (e < line.size() &&
           (key_char(line[e]) || (internal.find(line[e]) != std::string_view::npos && e + 1 < line.size() &&
                                  key_char(line[e + 1]) && e > b)))
      ++e;
    if (e > b) c.add_list(line.substr(b, e - b));
    i = e - 1 < i ? i : e - 1;
  }
}

}  // namespace

CitedKeys keys_from_markdown(std::string_view md) {
  CitedKeys out;
  Collector c(out, md);
  std::string_view fence;  // the open code block's fence, ``` or ~~~
  for (std::size_t i = 0; i < md.size();) {
    std::size_t eol = md.find('\n', i);
    if (eol == std::string_view::npos) eol = md.size();
    std::string_view line = md.substr(i, eol - i);
    std::string_view t = trim(line);
    i = eol + 1;
    if (fence.empty() && (starts_with(t, "```") || starts_with(t, "~~~"))) {
      fence = t.substr(0, 3);
      continue;
    }
    if (!fence.empty()) {
      if (starts_with(t, fence)) fence = {};
      continue;
    }
    markdown_keys(line, c);
  }
  return out;
}

}  // namespace refnet
