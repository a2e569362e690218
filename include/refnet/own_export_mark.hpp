// refnet's mark on its own exports (issue 11, sessions 62 and 63): each entry
// of a BibTeX or BibLaTeX export names the library and the work it was
// written from in a field `refnet-library = {3f9a2c5d1e7b8a90/12}` (bibtex,
// biber and pandoc skip a field they do not know without a word; only `biber
// --validate-datamodel` names it), each CSL-JSON item in custom
// "refnet-library", and each RIS record in a line of its own before its TY,
// `refnet-library: 3f9a2c5d1e7b8a90/12`, where JSTOR and the Cochrane Library
// write the RIS specification's header lines (`Provider: JSTOR ...`) before
// each record: Zotero's RIS translator, JabRef, bibutils' ris2xml and refnet
// pass over a line outside TY..ER without a word, where every tag (U1-U5,
// M3, N1, an unknown one) is a field or a note to some of them (Zotero: an
// unknown tag a note on the item; JabRef: U1, U2, N1 a comment, M3 the DOI;
// ris2xml: U1 a note).  The library's part is the library's identity, a
// random number made once for each library (table library_identity), so that
// read back into that library an entry is known as refnet's own export even
// when its key, title and year are those of a source of the same format (a
// Zotero library's BibTeX, whose keys the export keeps; an EndNote or
// Mendeley library's RIS, whose IDs it keeps: before, "the same tool's
// re-export" of each entry, counted by prisma), and another library's export
// (a colleague's) stays a source.  The work's part (session 63) is the id of
// the work the entry was written from, so that an entry whose key or title the
// user edited in the file still finds its work; a mark without it (session
// 62's) is read as before, by the entry's key, title and year.  CSV/TSV carry
// none: every column is one more in every spreadsheet and data frame, and the
// key column (the default's first) names the work.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "refnet/record.hpp"

struct sqlite3;

namespace refnet {

// The BibTeX field and the CSL-JSON custom member.
inline constexpr std::string_view kOwnExportField = "refnet-library";

// The RIS line before a record's TY: "refnet-library: " and the mark.
inline constexpr std::string_view kRisMarkLine = "refnet-library:";

// The mark a record read from a file carries ("" for none): its BibTeX field
// (the RIS reader keeps its line in the same extra field), or the member of
// its CSL-JSON custom (the CSL-JSON reader keeps custom members it does not
// know in extra "custom", as JSON).
std::string own_export_mark(const Record& r);

// A mark's parts: "3f9a2c5d1e7b8a90/12" is library 3f9a2c5d1e7b8a90, work
// 12; "3f9a2c5d1e7b8a90" (session 62's) names no work (work 0).  A work part
// that is no positive number is none.
struct OwnExportMark {
  std::string library;
  std::int64_t work = 0;
};
OwnExportMark parse_own_export_mark(std::string_view mark);

// The mark an export writes on the entry written under `key`: the library's
// identity `library` ("" for none: no mark), with the id of the work by that
// key in `work_ids` (the written keys of the exported works) when it has one.
std::string own_export_mark_for(std::string_view library,
                                const std::unordered_map<std::string, std::int64_t>* work_ids, std::string_view key);

// Whether `f` is a record's mark (the writers write the library's own, never
// the one a record was read with).
bool is_own_export_mark(const ExtraField& f);

// The identity of the library open on `db` ("" for a library without one: an
// older refnet's, opened read-only).
std::string library_identity(sqlite3* db);

}  // namespace refnet
