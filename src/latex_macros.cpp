// The macros of a BibTeX file's @preamble; see latex_macros.hpp.
#include "refnet/latex_macros.hpp"

#include "refnet/text.hpp"

namespace refnet {

namespace {

void skip_blanks(std::string_view t, std::size_t& i) {
  while (i < t.size() && is_space(t[i])) ++i;
}

// The control word at t[i] == '\\' ("\\name"): its name, i past it; empty
// when a control symbol or no command.
std::string_view control_word(std::string_view t, std::size_t& i) {
  if (i >= t.size() || t[i] != '\\') return {};
  std::size_t s = i + 1, e = s;
  while (e < t.size() && is_alpha(t[e])) ++e;
  if (e == s) return {};
  i = e;
  return t.substr(s, e - s);
}

// The balanced group at t[i] == '{': its content, i past its '}'; false
// when it does not close.
bool group(std::string_view t, std::size_t& i, std::string_view& content) {
  if (i >= t.size() || t[i] != '{') return false;
  std::size_t close = matching_brace(t, i);
  if (close == std::string_view::npos) return false;
  content = t.substr(i + 1, close - i - 1);
  i = close + 1;
  return true;
}

// One argument of a use: a group's content, a control sequence, or one
// character (TeX's undelimited argument, after blanks).
bool argument(std::string_view t, std::size_t& i, std::string_view& arg) {
  skip_blanks(t, i);
  if (i >= t.size() || t[i] == '}') return false;
  if (t[i] == '{') return group(t, i, arg);
  std::size_t s = i;
  if (t[i] == '\\') {
    if (control_word(t, i).empty()) i = std::min(t.size(), i + 2);
  } else {
    ++i;
    while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;  // a whole UTF-8 character
  }
  arg = t.substr(s, i - s);
  return true;
}

constexpr int kMaxDepth = 8;
constexpr std::size_t kMaxGrowth = 4096;

}  // namespace

void LatexMacros::add_definitions(std::string_view p) {
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] != '\\') continue;
    std::size_t k = i;
    std::string_view command = control_word(p, k);
    if (command.empty()) {
      ++i;  // a control symbol: "\\\\", "\\{"
      continue;
    }
    std::string_view name, body;
    Definition d;
    if (command == "newcommand" || command == "renewcommand" || command == "providecommand") {
      if (k < p.size() && p[k] == '*') ++k;
      skip_blanks(p, k);
      std::string_view braced;
      if (k < p.size() && p[k] == '{' && group(p, k, braced)) {
        std::size_t n = 0;
        name = control_word(braced, n);
        if (n != braced.size()) name = {};
      } else {
        name = control_word(p, k);
      }
      skip_blanks(p, k);
      if (k < p.size() && p[k] == '[') {
        std::size_t close = p.find(']', k);
        if (close == std::string_view::npos) break;
        std::string_view n = trim(p.substr(k + 1, close - k - 1));
        if (n.size() != 1 || n[0] < '0' || n[0] > '9') name = {};
        else d.arguments = n[0] - '0';
        k = close + 1;
        skip_blanks(p, k);
        if (k < p.size() && p[k] == '[') {  // an optional argument: not kept
          name = {};
          k = p.find(']', k);
          if (k == std::string_view::npos) break;
          ++k;
          skip_blanks(p, k);
        }
      }
      if (!group(p, k, body)) break;
    } else if (command == "def") {
      name = control_word(p, k);
      // Undelimited parameters only: "#1#2".
      while (k + 1 < p.size() && p[k] == '#' && p[k + 1] == '1' + d.arguments) {
        ++d.arguments;
        k += 2;
      }
      if (k >= p.size() || p[k] != '{' || !group(p, k, body)) {
        i = k;
        continue;
      }
    } else {
      i = k - 1;
      continue;
    }
    if (!name.empty()) {
      d.body = std::string(body);
      defs_[std::string(name)] = std::move(d);
    }
    i = k - 1;
  }
}

bool LatexMacros::expand_once(std::string_view t, std::string& out) const {
  out.clear();
  bool changed = false;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] != '\\') {
      out += t[i++];
      continue;
    }
    std::size_t k = i;
    std::string_view name = control_word(t, k);
    auto def = name.empty() ? defs_.end() : defs_.find(name);
    if (def == defs_.end()) {
      std::size_t end = name.empty() ? std::min(t.size(), i + 2) : k;
      out.append(t.substr(i, end - i));
      i = end;
      continue;
    }
    std::string_view args[9];
    bool whole = true;
    for (int a = 0; a < def->second.arguments && whole; ++a) whole = argument(t, k, args[a]);
    if (!whole) {
      out.append(t.substr(i, k - i));
      i = k;
      continue;
    }
    const std::string& body = def->second.body;
    for (std::size_t b = 0; b < body.size(); ++b) {
      if (body[b] == '#' && b + 1 < body.size() && body[b + 1] >= '1' && body[b + 1] <= '9') {
        int n = body[b + 1] - '1';
        if (n < def->second.arguments) out.append(args[n]);
        ++b;
      } else if (body[b] == '#' && b + 1 < body.size() && body[b + 1] == '#') {
        out += '#';
        ++b;
      } else {
        out += body[b];
      }
    }
    // A control word ending the body keeps its end before letters that follow.
    if (def->second.arguments == 0 && !body.empty() && is_alpha(body.back()) && k < t.size() && is_alpha(t[k])) out += ' ';
    changed = true;
    i = k;
  }
  return changed;
}

bool LatexMacros::expand(std::string_view text, std::string& out) const {
  if (defs_.empty() || text.find('\\') == std::string_view::npos) return false;
  std::string current(text), next;
  bool changed = false;
  for (int depth = 0; depth < kMaxDepth; ++depth) {
    if (!expand_once(current, next)) break;
    if (next.size() > 4 * text.size() + kMaxGrowth) break;  // a definition that grows without end
    current.swap(next);
    changed = true;
  }
  if (changed) out = std::move(current);
  return changed;
}

}  // namespace refnet
