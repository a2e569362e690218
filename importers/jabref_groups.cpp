// JabRef's metadata comments and groups: see jabref_groups.hpp.
#include "jabref_groups.hpp"

#include "refnet/text.hpp"

namespace refnet::jabref {

namespace {

// The units of `s` ending at a ';' that no '\' escapes, each unescaped
// ("\;" is ';', "\\" is '\'); empty units are kept (a group's fields may be
// empty), the last one only when something follows the last ';'.
std::vector<std::string> units(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  bool escape = false, any = false;
  for (char c : s) {
    if (escape) {
      cur += c;
      escape = false;
      any = true;
    } else if (c == '\\') {
      escape = true;
    } else if (c == ';') {
      out.push_back(std::move(cur));
      cur.clear();
      any = false;
    } else {
      cur += c;
      any = true;
    }
  }
  if (any) out.push_back(std::move(cur));
  return out;
}

int number(const std::string& s, int fallback) {
  std::string_view v = trim(s);
  if (v.empty() || v.size() > 3) return fallback;
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return fallback;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

bool meta_of(std::string_view comment, std::string& key, std::string& value) {
  constexpr std::string_view kFlag = "jabref-meta: ";
  std::string text;
  text.reserve(comment.size());
  for (char c : comment)
    if (c != '\n' && c != '\r') text += c;
  std::string_view t = trim(text);
  if (t.substr(0, kFlag.size()) != kFlag) return false;
  t.remove_prefix(kFlag.size());
  const std::size_t colon = t.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  key = std::string(trim(t.substr(0, colon)));
  value = std::string(t.substr(colon + 1));
  return true;
}

std::vector<Group> parse_groups(std::string_view value, std::vector<std::string>& bad) {
  std::vector<Group> out;
  std::vector<std::string> path_of_level;  // the path of the last group at each level
  for (const std::string& unit : units(value)) {
    std::string_view u = trim(unit);
    if (u.empty()) continue;
    const std::size_t space = u.find(' '), colon = u.find(':');
    if (space == std::string_view::npos || space == 0 || colon == std::string_view::npos || colon < space) {
      bad.emplace_back(u);
      continue;
    }
    Group g;
    g.level = number(std::string(u.substr(0, space)), -1);
    g.kind = std::string(trim(u.substr(space + 1, colon - space - 1)));
    if (g.level < 0 || g.kind.empty()) {
      bad.emplace_back(u);
      continue;
    }
    if (g.level == 0) continue;  // JabRef's "All entries"
    std::vector<std::string> f = units(u.substr(colon + 1));
    g.name = f.empty() ? std::string() : std::string(trim(f[0]));
    if (f.size() > 1) g.context = number(f[1], 2);
    if (f.size() > 2) g.fields.assign(f.begin() + 2, f.end());
    // Its parent: the last group of a lower level (JabRef's GroupsParser).
    std::string parent;
    for (int l = std::min<int>(g.level - 1, int(path_of_level.size()) - 1); l >= 1; --l)
      if (!path_of_level[l].empty()) {
        parent = path_of_level[l];
        break;
      }
    g.path = parent.empty() ? g.name : parent + "\n" + g.name;
    g.shown_path = g.path;
    for (char& c : g.shown_path)
      if (c == '\n') c = '/';
    if (int(path_of_level.size()) <= g.level) path_of_level.resize(g.level + 1);
    path_of_level[g.level] = g.path;
    for (std::size_t l = g.level + 1; l < path_of_level.size(); ++l) path_of_level[l].clear();
    out.push_back(std::move(g));
  }
  return out;
}

bool is_static(const Group& g) { return g.kind == "StaticGroup" || g.kind == "ExplicitGroup"; }

std::vector<std::string> legacy_keys(const Group& g) {
  std::vector<std::string> keys;
  if (g.kind != "ExplicitGroup") return keys;
  for (const std::string& f : g.fields)
    if (!trim(f).empty()) keys.emplace_back(trim(f));
  return keys;
}

std::string rule_of(const Group& g) {
  auto field = [&](std::size_t i) { return i < g.fields.size() ? std::string(trim(g.fields[i])) : std::string(); };
  if (g.kind == "KeywordGroup")
    return "the entries whose " + field(0) + " field " + (field(3) == "1" ? "matches the expression '" : "contains '") +
           field(1) + "'";
  if (g.kind == "SearchGroup") return "the entries JabRef's search '" + field(0) + "' finds";
  if (g.kind == "AutomaticKeywordGroup")
    return "a group for each word of the entries' " + field(0) + " field";
  if (g.kind == "AutomaticPersonsGroup") return "a group for each person of the entries' " + field(0) + " field";
  if (g.kind == "TexGroup") return "the entries the LaTeX file " + field(0) + " cites";
  if (is_static(g)) return {};
  return "a kind of group refnet does not know";
}

}  // namespace refnet::jabref
