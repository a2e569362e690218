// refnet's mark on its own exports (issue 11, session 62): each entry of a
// BibTeX or BibLaTeX export names the library it was written from in a field
// `refnet-library = {3f9a2c5d1e7b8a90}` (bibtex, biber and pandoc skip a field
// they do not know without a word; only `biber --validate-datamodel` names it),
// each CSL-JSON item in custom "refnet-library".  The value is the library's
// identity, a random number made once for each library (table
// library_identity), so that read back into that library an entry is known as
// refnet's own export even when its key, title and year are those of a source
// of the same format (a Zotero library's BibTeX, whose keys the export keeps:
// before, "the same tool's re-export" of each entry, counted by prisma), and
// another library's export (a colleague's) stays a source.  RIS and CSV/TSV
// carry no mark: every RIS tag is a field to Zotero (an unknown one becomes a
// note on the item), and a column more is one more in every spreadsheet.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

struct sqlite3;

namespace refnet {

// The BibTeX field and the CSL-JSON custom member.
inline constexpr std::string_view kOwnExportField = "refnet-library";

// The mark a record read from a file carries ("" for none): its BibTeX field,
// or the member of its CSL-JSON custom (the CSL-JSON reader keeps custom
// members it does not know in extra "custom", as JSON).
std::string own_export_mark(const Record& r);

// Whether `f` is a record's mark (the writers write the library's own, never
// the one a record was read with).
bool is_own_export_mark(const ExtraField& f);

// The identity of the library open on `db` ("" for a library without one: an
// older refnet's, opened read-only).
std::string library_identity(sqlite3* db);

}  // namespace refnet
