// A supplement's DOI beside its work's (doi_supplement.hpp).
#include "refnet/doi_supplement.hpp"

#include "refnet/text.hpp"

namespace refnet {

bool is_supplement_doi(std::string_view part, std::string_view work) {
  if (work.empty() || part.size() < work.size() + 3 || !istarts_with(part, work)) return false;
  const char sep = part[work.size()];
  if (sep != '.' && sep != '/') return false;
  const std::string suffix = ascii_lower(part.substr(work.size() + 1));
  if (suffix == "sm") return true;
  // ".s001", ".s1"; ".suppl", ".suppl1", ".supp", ".sup2".
  std::string_view rest = suffix;
  for (std::string_view word : {std::string_view("suppl"), std::string_view("supp"), std::string_view("sup"),
                                std::string_view("s")})
    if (starts_with(rest, word)) {
      rest.remove_prefix(word.size());
      return rest.size() <= 4 && all_digits(rest) && !(word == "s" && rest.empty());
    }
  return false;
}

bool is_part_doi(std::string_view part, std::string_view whole) {
  if (whole.empty() || part.size() < whole.size() + 2 || part.size() > whole.size() + 13 || !istarts_with(part, whole))
    return false;
  const char sep = part[whole.size()];
  if (sep != '.' && sep != '_' && sep != '-' && sep != '/') return false;
  for (char ch : part.substr(whole.size() + 1))
    if (!is_alpha(ch) && !is_digit(ch)) return false;
  return !is_supplement_doi(part, whole);
}

}  // namespace refnet
