// A work's publication status written where its numbers go: PubMed's
// "[Epub ahead of print]" as the volume or the pages (bib-dedupe's
// haematology set: 3 volumes, "Apr 25 [Epub ahead of print]" among them, and
// 1 page range), Dimensions' "ahead-of-print" as the volume and issue,
// "Publish Ahead of Print" (a journal site's BibTeX), "(Online first)"
// (Zotero's, EPPI-Reviewer's), "In press", "(in press)".  No volume, issue
// or page: the status (CSL `status`), kept in extra as a CSL variable.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// Splits `value` into the status it holds and the number left beside it
// ("33 [Epub ahead of print]": "33"); false when it holds no status, or
// more than a number or a date beside it.  A date beside a status ("Apr 25
// [Epub ahead of print]", "[Epub 2020 Jan 5]") is the status's.
bool split_publication_status(std::string_view value, std::string& kept, std::string& status);

struct StatusMoved {
  std::string field;    // the first field it was in: "volume", "issue", "pages"
  std::string written;  // its value as written
};

// The volume, issue and pages of `r` without a status written in them, the
// status kept in extra as "status" (once); the first moved.
StatusMoved move_publication_status(Record& r);

}  // namespace refnet
