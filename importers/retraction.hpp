// A retracted work is kept, and kept visible: the keyword "Retracted
// Publication" (PubMed's publication type, what a user searches for) and a
// warning.  CSL has no field for it and Zotero keeps it beside the item
// (its Retraction Watch notice), so refnet's Record says it with a keyword,
// which every exporter writes and search finds.
#pragma once

#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// What says that `r` is a retracted work, "" when nothing does: PubMed's
// publication type "Retracted Publication" (MEDLINE PT, PubMed XML
// PublicationType), Web of Science's DT ("Article; Retracted Publication"),
// Crossref's `updated-by` a retraction, OpenAlex's is_retracted (its CSV's
// column, its JSON's key), a title opening "RETRACTED:",
// "RETRACTED ARTICLE:" or "[Retracted]" (Elsevier's, Springer's, Wiley's
// watermark).  A retraction notice is no retracted work: PubMed's
// "Retraction of Publication", Taylor & Francis's "Retracted Article: <the
// title> (<JOURNAL>, (2023), 45, 1, (96-104))", which cites the work.
std::string retraction_evidence(const Record& r);

// When `r` is a retracted work: the keyword, and a warning at its line.
void mark_retraction(Record& r, Diagnostics& diags);

}  // namespace refnet
