// Crossref's work types ("journal-article", "book-chapter", "peer-review",
// "posted-content") as CSL types: the Crossref reader's table, also for the
// tables that copy Crossref's type into a column (Publish or Perish's CSV of a
// Crossref search); and OpenAlex's, for JSON made from its works.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// The CSL type of a Crossref type, "" when `type` is none (case as Crossref
// writes it: lower case, hyphens).
std::string crossref_csl_type(std::string_view type);
// The same for an OpenAlex work type ("preprint", "erratum", "conference-paper").
std::string openalex_csl_type(std::string_view type);

}  // namespace refnet
