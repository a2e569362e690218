// What an export says of the extra fields it did not write, as a command
// prints it (src/cli/export.cpp).
#pragma once

#include <string>
#include <vector>

namespace refnet {

// An export's warnings (ExportNotes::warnings) as a command says them: the
// lines UnwrittenExtras::say writes, one a field ("1640 values of PHST
// (medline) not written: BibTeX has no field for it (k1, ...)"), stay one a
// field for a source format with at most three such fields; a source format
// with more is said in one line where its first field's was, each field with
// its count ("7123 values of 34 fields (medline) not written: BibTeX has no
// field for them: PHST 1640, AID 591, ... (k1, k2, ...)"), so that a MEDLINE
// library's bookkeeping tags do not bury what a paper needs to know.  The
// other warnings as they are, in order.
std::vector<std::string> warnings_said(const std::vector<std::string>& warnings);

}  // namespace refnet
