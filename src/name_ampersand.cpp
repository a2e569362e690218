// APA's ampersand before the last name of a list (name_ampersand.hpp).
#include "refnet/name_ampersand.hpp"

#include <algorithm>

#include "refnet/names.hpp"

namespace refnet {

std::string ampersand_as_comma(std::string_view list) {
  // The longest joiners first: ", & " is ", " and "& ".
  static constexpr std::string_view kJoiners[] = {", \\& ", ", & ", " \\& ", " & "};
  std::size_t at = std::string_view::npos, size = 0;
  for (std::string_view j : kJoiners)
    if (std::size_t p = list.find(j); p != std::string_view::npos) {
      at = p;
      size = j.size();
      break;
    }
  if (at == std::string_view::npos || list.substr(0, at).find(',') == std::string_view::npos) return {};
  // One ampersand only: "Smith, J., Brown & Co, ..., & Lee, M." is no APA list.
  if (list.find('&', at + size) != std::string_view::npos || list.substr(0, at).find('&') != std::string_view::npos)
    return {};
  return std::string(list.substr(0, at)) + ", " + std::string(list.substr(at + size));
}

bool family_then_initials(const std::vector<std::string_view>& family, const std::vector<std::string_view>& given) {
  return !family.empty() && !given.empty() &&
         !std::all_of(family.begin(), family.end(), [](std::string_view w) { return is_initials(w); }) &&
         std::all_of(given.begin(), given.end(),
                     [](std::string_view w) { return is_initials(w) || is_packed_initials(w); });
}

}  // namespace refnet
