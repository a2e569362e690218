// Roles written after names (name_roles.hpp).
#include "name_roles.hpp"

#include <algorithm>

#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// An editor's role, as the styles of several languages abbreviate it.
bool is_editor_role(std::string_view w) {
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  return l == "ed" || l == "eds" || l == "editor" || l == "editors" || l == "hrsg" || l == "hg" || l == "hgg" ||
         l == "\xc3\xa9" "d" || l == "\xc3\xa9" "ds";  // éd., éds.
}

bool plural_role(std::string_view w) {
  std::string l = ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  return l == "eds" || l == "editors" || l == "hgg" || l == "hrsg" || l == "\xc3\xa9" "ds";
}

// The name of `c` as written in one string: its literal, else its parts.
std::string_view role_in(Creator& c, std::string*& field, std::string_view& before) {
  for (std::string* v : {&c.literal, &c.family, &c.given, &c.suffix}) {
    std::string_view role = role_after_name(*v, before);
    if (!role.empty()) {
      field = v;
      return role;
    }
  }
  return {};
}

}  // namespace

std::string_view role_after_name(std::string_view name, std::string_view& before) {
  std::string_view t = trim(name);
  if (t.size() < 4 || t.back() != ')') return {};
  const std::size_t open = t.rfind('(');
  if (open == std::string_view::npos) return {};
  std::string_view role = trim(t.substr(open + 1, t.size() - open - 2));
  if (!is_editor_role(role)) return {};
  // An acronym in capitals is an organisation's ("Department of Education
  // (ED)"), not a role.
  if (role.back() != '.' && std::none_of(role.begin(), role.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  before = trim(t.substr(0, open));
  while (!before.empty() && before.back() == ',') before = trim(before.substr(0, before.size() - 1));
  return role;
}

NameRoles read_roles_in_names(Record& r) {
  NameRoles out;
  std::size_t marked_authors = 0;
  bool last_marked = false, plural = false;
  for (std::vector<Creator>* list : {&r.authors, &r.editors})
    for (std::size_t i = 0; i < list->size(); ++i) {
      Creator& c = (*list)[i];
      std::string* field = nullptr;
      std::string_view before;
      std::string_view role = role_in(c, field, before);
      if (role.empty()) continue;
      if (out.names == 0) {
        out.first = c.display();
        out.role = std::string(role);
      }
      ++out.names;
      const bool is_plural = plural_role(role);
      std::string kept(before);
      *field = kept;
      if (field == &c.literal && !kept.empty()) {
        // Kept whole for its parentheses: the person's name it is.
        Creator split = parse_ris_name(kept);
        if (!split.empty()) {
          split.orcid = std::move(c.orcid);
          split.affiliations = std::move(c.affiliations);
          c = std::move(split);
        }
      }
      if (list == &r.authors) {
        ++marked_authors;
        if (i + 1 == list->size()) last_marked = true, plural = is_plural;
      }
    }
  // The authors are the editors: the list ends in an editors' role, one
  // editor's role names the only one, or each carries it; where the record
  // names no editors apart.
  if (marked_authors > 0 && r.editors.empty() &&
      ((last_marked && (plural || r.authors.size() == 1)) || marked_authors == r.authors.size())) {
    r.editors = std::move(r.authors);
    r.authors.clear();
    out.made_editors = true;
  }
  return out;
}

}  // namespace refnet
