// Creators the Record has no member for (a work's translators, contributors,
// the editors of its series, the authors of the book it is in...), kept
// among the extra fields as "Family, Given; Family, Given, Suffix; Literal"
// by the readers of the formats that have them:
//   CSL-JSON (importers/csl_json.cpp)   every CSL names variable but author
//                                       and editor, under its CSL name
//   Zotero RDF (importers/zotero_rdf.cpp) z:translators, bib:contributors,
//                                       z:reviewedAuthors... under Zotero's
//                                       creator type ("translator",
//                                       "reviewedAuthor"); z:seriesEditors as
//                                       "collection-editor", z:bookAuthors as
//                                       "container-author"
//   Zotero JSON (importers/zotero_json.cpp) creators of those types, under
//                                       Zotero's creator type
// One reading of them serves every exporter: CSL-JSON writes them as CSL
// names, biblatex its translator and bookauthor.  Before user59 only a
// CSL-JSON source's were written back; Zotero RDF's translators and
// contributors stayed in extra, "not written".
#pragma once

#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// A list of names as the readers above keep it, as Creators again.
std::vector<Creator> creators_of_extra(std::string_view text);

// The CSL names variable ("translator", "container-author") an extra field
// of `r` holds, as its source format names it; empty when it holds none.
// Author and editor are Record members, never extra fields.
std::string_view csl_role_of(const Record& r, const ExtraField& f);

struct RoleNames {
  const ExtraField* field = nullptr;
  std::string_view csl;  // the CSL names variable
  std::vector<Creator> people;
};
// The record's extra name lists, in the order of its extra fields.
std::vector<RoleNames> role_names_of(const Record& r);

}  // namespace refnet
