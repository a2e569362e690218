// TeX's accent commands left in names (tex_in_names.hpp).
#include "tex_in_names.hpp"

#include "refnet/latex.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

bool has_tex_accent(std::string_view v) {
  static constexpr std::string_view kAccents = "'\"`^~=.vuHcdbkrt";
  for (std::size_t i = v.find('\\'); i != std::string_view::npos && i + 2 < v.size() + 1; i = v.find('\\', i + 1)) {
    if (i + 1 >= v.size() || kAccents.find(v[i + 1]) == std::string_view::npos) continue;
    std::string_view rest = v.substr(i + 2);
    const bool letter_command = is_alpha(v[i + 1]);
    if (!rest.empty() && rest.front() == '{') {
      rest = rest.substr(1);
      if (starts_with(rest, "\\i}") || starts_with(rest, "\\j}")) return true;
      if (rest.size() >= 2 && is_alpha(rest[0]) && rest[1] == '}') return true;
    } else if (!letter_command && !rest.empty() && is_alpha(rest.front())) {
      return true;  // \'e, \"u
    }
  }
  return false;
}

std::size_t read_tex_accents_in_names(Record& r, std::string& first) {
  if (r.provenance.format == "bibtex" || r.provenance.format == "biblatex") return 0;
  std::size_t changed = 0;
  for (std::vector<Creator>* list : {&r.authors, &r.editors})
    for (Creator& c : *list) {
      bool any = false;
      const std::string written = c.literal;
      for (std::string* v : {&c.family, &c.given, &c.particle, &c.suffix, &c.literal})
        if (has_tex_accent(*v)) {
          if (!any && changed == 0 && first.empty()) first = c.display();
          *v = latex_to_unicode(*v);
          any = true;
        }
      // A name kept whole for its backslashes and braces ("Bojan Karla\v{s}",
      // a reader's splitter takes them for no person's letters): split as its
      // letters are, where they read as a person's name and the name as
      // written did not.
      if (any && c.is_literal() && parse_ris_name(written).is_literal()) {
        Creator split = parse_ris_name(c.literal);
        if (!split.is_literal() && !split.empty()) {
          c.family = std::move(split.family);
          c.given = std::move(split.given);
          c.particle = std::move(split.particle);
          c.suffix = std::move(split.suffix);
          c.literal.clear();
        }
      }
      changed += any;
    }
  return changed;
}

}  // namespace refnet
