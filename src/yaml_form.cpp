// The YAML spelling of an edit form (see refnet/yaml_form.hpp): a writer
// and a line-based reader for the small part of YAML it needs.
#include "refnet/yaml_form.hpp"

#include <algorithm>
#include <optional>

#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

bool is_creator_field(std::string_view f) { return f == "author" || f == "editor"; }
bool is_list_field(std::string_view f) { return is_creator_field(f) || f == "keywords" || f == "issn" || f == "isbn"; }
bool is_block_field(std::string_view f) { return f == "abstract" || f == "note"; }

[[noreturn]] void fail(std::uint32_t line, const std::string& what) {
  throw FieldError("line " + std::to_string(line) + ": " + what);
}

// ---- writing ----

// A scalar a plain YAML reader would not take as text: quoted.
bool needs_quotes(std::string_view s) {
  if (s.empty() || is_space(s.front()) || is_space(s.back())) return true;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos) return true;
  if (s.back() == ':') return true;
  return s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos ||
         s.find_first_of("\n\t\r") != std::string_view::npos;
}

std::string scalar(std::string_view s) {
  if (!needs_quotes(s)) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out + "\"";
}

// A block scalar's lines, indented by `indent` spaces.
void block(std::string& out, std::string_view text, const std::string& indent) {
  out += "|\n";
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += line.empty() ? std::string() : indent + std::string(line);
    out += '\n';
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
}

// "Family, Given" (as user_fields writes a creator) as a YAML mapping.
void creator_item(std::string& out, const Creator& c) {
  if (c.is_literal()) {
    out += "  - literal: " + scalar(c.literal) + "\n";
    return;
  }
  out += "  - family: " + scalar(c.full_family()) + "\n";
  if (!c.given.empty()) out += "    given: " + scalar(c.given) + "\n";
  if (!c.suffix.empty()) out += "    suffix: " + scalar(c.suffix) + "\n";
}

// ---- reading ----

struct Line {
  std::uint32_t no = 0;
  std::size_t indent = 0;
  std::string_view text;  // after the indentation, line end removed
  bool blank = false;     // empty or only a comment
};

std::vector<Line> lines_of(std::string_view s) {
  std::vector<Line> out;
  std::uint32_t no = 0;
  std::size_t at = 0;
  while (at < s.size()) {
    std::size_t nl = s.find('\n', at);
    std::string_view raw = s.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    at = nl == std::string_view::npos ? s.size() : nl + 1;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    Line l;
    l.no = ++no;
    while (l.indent < raw.size() && raw[l.indent] == ' ') ++l.indent;
    if (l.indent < raw.size() && raw[l.indent] == '\t') fail(l.no, "a tab in the indentation (YAML indents with spaces)");
    l.text = raw.substr(l.indent);
    std::string_view t = trim(l.text);
    l.blank = t.empty() || t.front() == '#';
    out.push_back(l);
  }
  return out;
}

// A plain scalar without its comment (" #" starts one).
std::string_view uncomment(std::string_view s) {
  std::size_t hash = s.find(" #");
  if (hash != std::string_view::npos) s = s.substr(0, hash);
  return trim(s);
}

// A quoted scalar at the start of `s`; `rest` gets what follows it.
std::string quoted(std::string_view s, std::uint32_t line, std::string_view& rest) {
  char q = s.front();
  std::string out;
  for (std::size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (q == '\'' && c == '\'') {
      if (i + 1 < s.size() && s[i + 1] == '\'') {
        out += '\'';
        ++i;
        continue;
      }
      rest = s.substr(i + 1);
      return out;
    }
    if (q == '"' && c == '"') {
      rest = s.substr(i + 1);
      return out;
    }
    if (q == '"' && c == '\\' && i + 1 < s.size()) {
      char e = s[++i];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '0': out += '\0'; break;
        case '"':
        case '\\':
        case '/': out += e; break;
        case ' ': out += ' '; break;
        case 'u':
        case 'x': {
          std::size_t n = e == 'u' ? 4 : 2;
          if (i + n >= s.size()) fail(line, "a short \\" + std::string(1, e) + " escape");
          char32_t cp = 0;
          for (std::size_t k = 1; k <= n; ++k) {
            char h = s[i + k];
            int v = is_digit(h) ? h - '0' : (to_lower(h) >= 'a' && to_lower(h) <= 'f') ? to_lower(h) - 'a' + 10 : -1;
            if (v < 0) fail(line, "a bad \\" + std::string(1, e) + " escape");
            cp = cp * 16 + static_cast<char32_t>(v);
          }
          append_utf8(out, cp);
          i += n;
          break;
        }
        default: fail(line, std::string("an unknown escape \\") + e + " in a double-quoted value");
      }
      continue;
    }
    out += c;
  }
  fail(line, std::string("a value opened with ") + q + " is not closed on its line");
}

// A scalar value that starts on a line (after "key:" or "- ").
std::string scalar_value(std::string_view s, std::uint32_t line) {
  s = trim(s);
  if (!s.empty() && (s.front() == '"' || s.front() == '\'')) {
    std::string_view rest;
    std::string v = quoted(s, line, rest);
    rest = trim(rest);
    if (!rest.empty() && rest.front() != '#') fail(line, "text after a quoted value: '" + std::string(rest) + "'");
    return v;
  }
  return std::string(uncomment(s));
}

class Reader {
 public:
  explicit Reader(std::string_view text) : lines_(lines_of(text)) {}

  EditForm read() {
    EditForm form;
    std::map<std::string, std::uint32_t> seen;
    while (next_content()) {
      const Line& l = lines_[i_];
      std::string_view t = trim(l.text);
      if (l.indent == 0 && (t == "---" || t == "...")) {
        ++i_;
        continue;
      }
      if (l.indent != 0) fail(l.no, "expected 'field: value' at the start of the line, found '" + std::string(t) + "'");
      std::size_t colon = find_colon(t);
      if (colon == std::string_view::npos) fail(l.no, "expected 'field: value', found '" + std::string(t) + "'");
      std::string name(trim(t.substr(0, colon)));
      std::string_view rest = t.substr(colon + 1);
      ++i_;
      std::string canonical = name == "key" || name == "notes" ? name
                              : iequals(name, "annote")        ? std::string("notes")
                                                               : canonical_field(name);
      if (canonical.empty()) fail(l.no, "unknown field '" + name + "' (known: key, " + known_fields() + ", notes)");
      if (canonical == "year") canonical = "date";  // a year is a date
      if (auto it = seen.find(canonical); it != seen.end())
        fail(l.no, "field '" + name + "' given twice (also line " + std::to_string(it->second) + ")");
      seen[canonical] = l.no;
      form.lines[canonical] = l.no;
      auto items = value(rest, l.no, 0);
      if (canonical == "notes") {
        for (auto& n : items)
          if (!trim(n).empty()) form.notes.push_back(std::string(trim(n)));
        continue;
      }
      std::string v;
      for (const auto& item : items)
        if (!trim(item).empty()) v += (v.empty() ? "" : is_creator_field(canonical) ? " and " : "; ") + std::string(trim(item));
      if (canonical == "key") form.key = v;
      else if (!v.empty()) form.fields[canonical] = v;
    }
    return form;
  }

 private:
  std::vector<Line> lines_;
  std::size_t i_ = 0;

  // Moves to the next line that is not blank or a comment; false at the end.
  bool next_content() {
    while (i_ < lines_.size() && lines_[i_].blank) ++i_;
    return i_ < lines_.size();
  }

  // The ':' that ends a mapping key: followed by a space or the line end.
  static std::size_t find_colon(std::string_view t) {
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' ')) return i;
    return std::string_view::npos;
  }

  // The value after "key:" (whose line is at `indent`): its items (a scalar is one).
  std::vector<std::string> value(std::string_view rest, std::uint32_t line, std::size_t indent) {
    rest = trim(rest);
    if (!rest.empty() && rest.front() == '#') rest = {};
    if (!rest.empty() && (rest.front() == '|' || rest.front() == '>')) return {block_scalar(rest, line, indent)};
    if (!rest.empty() && rest.front() == '[') return flow_list(rest, line);
    if (!rest.empty()) {
      std::string v = scalar_value(rest, line);
      // A plain scalar may go on over more-indented lines (folded with spaces).
      if (rest.front() != '"' && rest.front() != '\'') v += continuation(indent);
      return {v};
    }
    if (!next_content() || lines_[i_].indent < indent) return {};
    const Line& first = lines_[i_];
    std::string_view t = trim(first.text);
    if (t == "-" || t.rfind("- ", 0) == 0) return list(first.indent);
    if (first.indent > indent) {
      std::string v(uncomment(t));
      ++i_;
      return {v + continuation(indent)};
    }
    return {};
  }

  // The following lines indented deeper than `indent`, not list items: " " + each.
  std::string continuation(std::size_t indent) {
    std::string out;
    while (next_content() && lines_[i_].indent > indent) {
      std::string_view t = trim(lines_[i_].text);
      if (t.rfind("- ", 0) == 0 || t == "-" || find_colon(t) != std::string_view::npos) break;
      out += " " + std::string(uncomment(t));
      ++i_;
    }
    return out;
  }

  // "|", "|-", ">", ... and the lines indented deeper than `indent`.
  std::string block_scalar(std::string_view head, std::uint32_t line, std::size_t indent) {
    bool folded = head.front() == '>';
    std::string_view opts = uncomment(head.substr(1));
    for (char c : opts)
      if (c != '-' && c != '+' && !is_digit(c)) fail(line, "a block scalar is '|' or '>' (with - or +), not '" + std::string(head) + "'");
    std::vector<std::string_view> body;
    std::size_t body_indent = 0;
    while (i_ < lines_.size()) {
      const Line& l = lines_[i_];
      bool empty = trim(l.text).empty();
      if (!empty && l.indent <= indent) break;
      if (!empty && body_indent == 0) body_indent = l.indent;
      if (!empty && l.indent < body_indent) fail(l.no, "a line of a block scalar indented less than its first line");
      // A comment-looking line inside a block scalar is text; indentation
      // beyond the first line's is kept (it is in the text before l.text).
      std::size_t extra = empty ? 0 : l.indent - body_indent;
      body.push_back(empty ? std::string_view() : std::string_view(l.text.data() - extra, l.text.size() + extra));
      ++i_;
    }
    while (!body.empty() && body.back().empty()) body.pop_back();
    std::string out;
    for (std::size_t k = 0; k < body.size(); ++k) {
      if (!folded) {
        out += (k ? "\n" : "") + std::string(body[k]);
      } else if (body[k].empty()) {
        out += '\n';  // '>': a blank line is a line break, other line ends are spaces
      } else {
        if (!out.empty() && out.back() != '\n') out += ' ';
        out += std::string(body[k]);
      }
    }
    return out;
  }

  // "[a, 'b, c', d]" on one line.
  std::vector<std::string> flow_list(std::string_view s, std::uint32_t line) {
    std::vector<std::string> out;
    s.remove_prefix(1);
    for (;;) {
      s = trim(s);
      if (s.empty()) fail(line, "a list opened with [ is not closed on its line");
      if (s.front() == ']') {
        std::string_view rest = trim(s.substr(1));
        if (!rest.empty() && rest.front() != '#') fail(line, "text after a list: '" + std::string(rest) + "'");
        return out;
      }
      if (s.front() == '"' || s.front() == '\'') {
        std::string_view rest;
        out.push_back(quoted(s, line, rest));
        s = trim(rest);
      } else {
        std::size_t end = s.find_first_of(",]");
        if (end == std::string_view::npos) fail(line, "a list opened with [ is not closed on its line");
        out.emplace_back(trim(s.substr(0, end)));
        s = s.substr(end);
      }
      if (!s.empty() && s.front() == ',') s.remove_prefix(1);
      else if (s.empty() || s.front() != ']') fail(line, "expected ',' or ']' in a list");
    }
  }

  // Items "- ..." at `indent`: scalars, block scalars, or creators as
  // family/given/suffix/literal mappings (written back "Family, Suffix, Given").
  std::vector<std::string> list(std::size_t indent) {
    std::vector<std::string> out;
    while (next_content()) {
      const Line& l = lines_[i_];
      std::string_view t = trim(l.text);
      if (l.indent != indent || !(t == "-" || t.rfind("- ", 0) == 0)) {
        if (l.indent > indent) fail(l.no, "expected a list item '- ...' indented as the one above");
        break;
      }
      ++i_;
      std::string_view item = trim(t.substr(1));
      std::size_t colon = find_colon(item);
      std::string key = colon == std::string_view::npos ? "" : std::string(trim(item.substr(0, colon)));
      if (key == "family" || key == "given" || key == "suffix" || key == "literal" || key == "particle") {
        out.push_back(creator(item, l.no, indent));
      } else if (!item.empty() && (item.front() == '|' || item.front() == '>')) {
        out.push_back(block_scalar(item, l.no, indent));
      } else {
        std::string v = item.empty() ? "" : scalar_value(item, l.no);
        if (!item.empty() && item.front() != '"' && item.front() != '\'') v += continuation(indent + 1);
        out.push_back(v);
      }
    }
    return out;
  }

  std::string creator(std::string_view first, std::uint32_t line, std::size_t indent) {
    std::map<std::string, std::string> parts;
    auto take = [&](std::string_view kv, std::uint32_t no) {
      std::size_t colon = find_colon(kv);
      if (colon == std::string_view::npos) fail(no, "expected 'family: ...', 'given: ...', 'suffix: ...' or 'literal: ...'");
      std::string k(trim(kv.substr(0, colon)));
      if (k != "family" && k != "given" && k != "suffix" && k != "literal" && k != "particle")
        fail(no, "a name has family, given, suffix or literal, not '" + k + "'");
      if (parts.count(k)) fail(no, "'" + k + "' given twice in one name");
      parts[k] = scalar_value(kv.substr(colon + 1), no);
    };
    take(first, line);
    while (next_content() && lines_[i_].indent > indent) {
      std::string_view t = trim(lines_[i_].text);
      if (t.rfind("- ", 0) == 0) break;
      take(t, lines_[i_].no);
      ++i_;
    }
    if (parts.count("literal")) {
      if (parts.size() > 1) fail(line, "a literal name has nothing else (no family or given)");
      return "{" + parts["literal"] + "}";
    }
    std::string family = parts["family"];
    if (!parts["particle"].empty()) family = parts["particle"] + " " + family;
    if (trim(family).empty()) fail(line, "a name without its family name");
    std::string out = family;
    if (!parts["suffix"].empty()) out += ", " + parts["suffix"];
    if (!parts["given"].empty()) out += ", " + parts["given"];
    return out;
  }
};

}  // namespace

EditForm edit_form(const Record& r, const std::vector<std::string>& notes) {
  EditForm form;
  form.key = r.citekey;
  for (const std::string& f : field_names()) {
    if (f == "year") continue;  // part of the date
    std::string v = field_text(r, f);
    if (!v.empty()) form.fields[f] = v;
  }
  form.notes = notes;
  return form;
}

std::string write_yaml_form(const EditForm& form, const std::string& header) {
  std::string out = header;
  out += "key: " + scalar(form.key) + "\n";
  for (const std::string& f : field_names()) {
    auto it = form.fields.find(f);
    if (it == form.fields.end()) continue;
    const std::string& v = it->second;
    out += f + ":";
    if (is_creator_field(f)) {
      out += "\n";
      for (const Creator& c : parse_bibtex_names(v)) creator_item(out, c);
    } else if (is_list_field(f)) {
      out += "\n";
      for (const auto& item : split_list(v, ";")) out += "  - " + scalar(item) + "\n";
    } else if (is_block_field(f)) {
      out += " ";
      block(out, v, "  ");
    } else {
      out += " " + scalar(v) + "\n";
    }
  }
  if (!form.notes.empty()) {
    out += "notes:\n";
    for (const auto& n : form.notes) {
      out += "  - ";
      block(out, n, "    ");
    }
  }
  return out;
}

EditForm read_yaml_form(std::string_view text) { return Reader(text).read(); }

}  // namespace refnet
