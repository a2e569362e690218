// EBSCOhost's journal names with the publisher or ISSN after them
// (ebsco_container.hpp).  Found in ESHackathon/CiteSource's Environment Index
// export (envindex_100.ris: 4 of 100 records) and in the copyright statements
// of mcguinlu/COVID_suicide_living's EBSCO records (11 journals so written).
#include "ebsco_container.hpp"
#include "refnet/issn_check.hpp"

#include <algorithm>

#include "ebsco_abstract.hpp"
#include "refnet/ebscohost.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// Letters and digits alone, folded: "John Wiley & Sons, Inc. " and "John
// Wiley & Sons, Inc" are one name.
std::string name_key(std::string_view s) {
  std::string k;
  for (char c : s)
    if (is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80) k.push_back(to_lower(c));
  return k;
}

// An ISSN with its check digit right: "19994907", "2076-2615", "1234-567X".
bool is_issn(std::string_view s, std::string& out) {
  std::string d;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '-' && i == 4) continue;
    if (is_digit(s[i]) || (d.size() == 7 && (s[i] == 'X' || s[i] == 'x'))) d.push_back(to_upper(s[i]));
    else return false;
  }
  if (d.size() != 8) return false;
  if (issn_check_char(d) != d[7]) return false;
  out = d.substr(0, 4) + "-" + d.substr(4);
  return true;
}

// "Copyright of <container> is the property of <publisher> and its content
// may not be copied ...": the container and the publisher.
bool copyright_parts(std::string_view v, std::string_view& container, std::string_view& publisher) {
  const std::size_t at = ebsco_copyright_at(v);
  if (at == std::string_view::npos) return false;
  std::string_view s = v.substr(at + 13);
  const std::size_t prop = s.find(" is the property of ");
  if (prop == std::string_view::npos) return false;
  container = trim(s.substr(0, prop));
  s = s.substr(prop + 20);
  const std::size_t end = s.find(" and its content ");
  publisher = trim(s.substr(0, end));
  return !container.empty() && !publisher.empty();
}

}  // namespace

std::string split_ebsco_container(Record& r) {
  std::string_view c = trim(r.container_title);
  if (c.size() < 4 || c.back() != ')') return {};
  const std::size_t open = c.rfind(" (");
  if (open == std::string_view::npos || open == 0) return {};
  const std::string_view inside = trim(c.substr(open + 2, c.size() - open - 3));
  if (inside.empty() || inside.find('(') != std::string_view::npos) return {};
  // EBSCOhost's statement naming this container, in the abstract or in extra.
  std::string_view stated_publisher;
  bool stated = false;
  auto look = [&](std::string_view v) {
    std::string_view sc, sp;
    if (!stated && copyright_parts(v, sc, sp) && name_key(sc) == name_key(c)) stated = true, stated_publisher = sp;
  };
  look(r.abstract);
  for (const ExtraField& e : r.extra) look(e.value);
  if (!stated && !from_ebscohost(r)) return {};
  const std::string key = name_key(inside);
  std::string issn;
  std::string what;
  if (!key.empty() && (key == name_key(stated_publisher) || key == name_key(r.publisher))) what = "publisher";
  else if (is_issn(inside, issn)) what = "ISSN";
  else return {};
  const std::string written(c);
  r.container_title = std::string(trim(c.substr(0, open)));
  if (r.container_title_short == written) r.container_title_short = r.container_title;
  if (what == "publisher" && trim(r.publisher).empty()) r.publisher = std::string(inside);
  if (what == "ISSN" && std::find(r.issn.begin(), r.issn.end(), issn) == r.issn.end()) r.issn.push_back(issn);
  r.add_extra("ebsco-container", written);
  return what;
}

}  // namespace refnet
