// Creators kept among the extra fields (role_names.hpp).
#include "refnet/role_names.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

#include "refnet/text.hpp"

namespace refnet {

std::vector<Creator> creators_of_extra(std::string_view text) {
  std::vector<Creator> out;
  for (std::string_view one : split_list(text, ";")) {
    Creator c;
    std::vector<std::string> parts = split_list(one, ",");
    if (parts.empty()) continue;
    if (parts.size() == 1) {
      c.literal = parts[0];
    } else {
      c.family = parts[0];
      c.given = parts[1];
      if (parts.size() > 2) c.suffix = parts[2];
    }
    out.push_back(std::move(c));
  }
  return out;
}

namespace {

// CSL 1.0.2's names variables (csl-data.json) but author and editor.
constexpr std::string_view kCslNames[] = {
    "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator", "director",
    "editorial-director", "editor-translator", "executive-producer", "guest", "host", "illustrator", "interviewer",
    "narrator", "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
    "script-writer", "series-creator", "translator"};

bool is_csl_names(std::string_view name) {
  return std::find(std::begin(kCslNames), std::end(kCslNames), name) != std::end(kCslNames);
}

// Zotero's creator types that its own CSL export writes under a CSL names
// variable (Zotero's schema: the "csl" names mappings), as the Zotero readers
// keep them (the RDF reader names a series' editors and a book's authors by
// CSL already).  Zotero's primary types (author, director, composer...) are
// the Record's authors.
constexpr std::pair<std::string_view, std::string_view> kZoteroRoles[] = {
    {"translator", "translator"},           {"contributor", "contributor"},
    {"seriesEditor", "collection-editor"},  {"collection-editor", "collection-editor"},
    {"bookAuthor", "container-author"},     {"container-author", "container-author"},
    {"reviewedAuthor", "reviewed-author"},  {"recipient", "recipient"},
    {"interviewer", "interviewer"},         {"castMember", "performer"},
    {"scriptwriter", "script-writer"},      {"producer", "producer"},
    {"guest", "guest"},                     {"host", "host"},
    {"narrator", "narrator"}};

}  // namespace

std::string_view csl_role_of(const Record& r, const ExtraField& f) {
  const std::string_view format = f.format.empty() ? std::string_view(r.provenance.format) : std::string_view(f.format);
  if (format == "csl-json") {
    for (std::string_view v : kCslNames)
      if (f.name == v) return v;
    return {};
  }
  if (format == "zotero-rdf" || format == "zotero-json")
    for (const auto& [zotero, csl] : kZoteroRoles)
      if (f.name == zotero) return csl;
  return {};
}

std::vector<RoleNames> role_names_of(const Record& r) {
  std::vector<RoleNames> out;
  for (const ExtraField& f : r.extra) {
    const std::string_view csl = csl_role_of(r, f);
    if (csl.empty() || !is_csl_names(csl) || trim(f.value).empty()) continue;
    std::vector<Creator> people = creators_of_extra(f.value);
    if (!people.empty()) out.push_back(RoleNames{&f, csl, std::move(people)});
  }
  return out;
}

}  // namespace refnet
