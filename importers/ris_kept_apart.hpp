// refnet's RIS writer and reader agree on how a value kept apart from a
// field is written (exporters/ris.cpp, importers/ris.cpp).
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// A value a record keeps in extra under an RIS tag that parse_ris reads as
// a field (IS, AB, AN, T2, A2, ... : Ovid's NLM code in IS, EBSCO's
// copyright as a second AB, another database's accession number): written
// back under that tag, parse_ris and every other reader would take it as
// the field.  The RIS writer puts it in a note that names the tag,
// `N1  - IS (kept apart by refnet): du1, 7807270`, which parse_ris reads
// back into extra IS.
bool ris_tag_reads_as_field(std::string_view tag, std::string_view value);
// A database's name (DB, DP) or link (L2) that would make parse_ris read
// r's written fields otherwise: a title's final period dropped as NLM's
// (a merged work's title from Dimensions, the DB from Ovid), an article's
// editors taken as Ovid MEDLINE's investigators.  Kept apart as above.
bool ris_tag_changes_reading(const Record& r, std::string_view tag, std::string_view value);
std::string ris_kept_apart_note(std::string_view tag, std::string_view value);
// The tag and value of such a note; false for any other note.
bool read_ris_kept_apart_note(std::string_view note, std::string_view& tag, std::string_view& value);

}  // namespace refnet
