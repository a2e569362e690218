// refnet's own RIS export read back: the addresses it wrote (own_addresses.hpp).
#include "refnet/own_addresses.hpp"

#include <algorithm>

#include "refnet/extra_fields.hpp"
#include "refnet/latex.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

bool is_ad(const Record& r, const ExtraField& f) {
  const std::string& format = f.format.empty() ? r.provenance.format : f.format;
  return f.name == "AD" && (format == "ris" || format == "endnote-tagged" || format == "refworks-tagged");
}

}  // namespace

std::vector<std::string> written_addresses(const Record& view) {
  std::vector<std::string> out;
  auto add = [&out](std::string_view a) {
    std::string s = collapse_space(a);
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  for (const auto* names : {&view.authors, &view.editors})
    for (const Creator& c : *names)
      for (const std::string& a : c.affiliations) add(a);
  for (const ExtraField* f : address_fields(view)) {
    const std::string& format = f->format.empty() ? view.provenance.format : f->format;
    add(format == "bibtex" ? latex_paragraphs_to_unicode(f->value) : f->value);
  }
  for (const ExtraField& f : view.extra)
    if (f.name == "AD") add(f.value);
  return out;
}

std::size_t drop_written_addresses(Record& entry, const std::vector<std::string>& addresses, const Record* kept) {
  if (addresses.empty()) return 0;
  auto written = [&](const ExtraField& f) {
    if (!is_ad(entry, f)) return false;
    const std::string value = collapse_space(f.value);
    if (std::find(addresses.begin(), addresses.end(), value) == addresses.end()) return false;
    return !kept || std::none_of(kept->extra.begin(), kept->extra.end(), [&](const ExtraField& k) {
      return k.name == "AD" && collapse_space(k.value) == value;
    });
  };
  const auto end = std::remove_if(entry.extra.begin(), entry.extra.end(), written);
  const auto n = static_cast<std::size_t>(entry.extra.end() - end);
  entry.extra.erase(end, entry.extra.end());
  return n;
}

}  // namespace refnet
