// Reference strings in the fixed formats bibliographic databases write, read
// into Reference fields.  One parser per machine format, used by every
// importer that meets it: Web of Science `CR` lines (WoS tagged files, the
// `Cited-References` field of WoS BibTeX) and Scopus reference lists (the
// `References` column of Scopus CSV, `references` in Scopus BibTeX, the
// "N1  - References:" note of Scopus RIS).
#pragma once

#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// One WoS cited reference:
//   Author, Year, SOURCE, Vvol, Ppage, DOI 10.x
// any part may be missing ("[Anonymous], THEM AR", "Simonovic SP, 2011,
// SYSTEMS APPROACH MAN"), and the DOI may be a list, "DOI [10.a, DOI 10.b]"
// (the first is kept).  An anonymous author ("[Anonymous]", "ANONYMOUS")
// leaves `author` empty.  `raw` is the line as given.
Reference parse_wos_reference(std::string_view line);
// The same, into `out`: every field is set anew, the strings keep their
// buffers (a fresh Reference at the back of a reference list: no move of its
// nine strings; or one a reader reuses).
void parse_wos_reference(std::string_view line, Reference& out);

// The references of a WoS CR field: one per line ('\n'-separated).
void add_wos_references(std::string_view lines, std::vector<Reference>& out);

// One Scopus reference:
//   Authors, Title (Year) Source, Volume (Issue), pp. First-Last. , extra
// or, for books and reports, "Authors, (Year) Title, , Publisher".
Reference parse_scopus_reference(std::string_view s);

// A Scopus reference list: "; "-separated, possibly wrapped one reference a
// line.  A "; " inside a title is told apart from a separator by what is
// around it (a new reference starts with "Family, I." or "(Year)", or both
// sides hold a "(Year)" of their own).
void add_scopus_references(std::string_view list, std::vector<Reference>& out);

}  // namespace refnet

namespace refnet {

// Emerald's lines (and those of the sites that copy Emerald's pages) for a
// reference and for a work citing the page's article:
//   "What public servants really think of e-government;Public Management Review,2012"
//   "Consultative Authoritarianism in Central Asia;Europe-Asia Studies;2024-07"
// title, container, then a year after a comma or a date (YYYY, YYYY-MM,
// YYYY-MM-DD) after a ';'.  The separators are ';' with no space after them
// (a ";" between authors has one).  Fills `out`'s title, container_title and
// issued; false (and `out` untouched) when the line is not that shape.
bool parse_emerald_line(std::string_view line, Record& out);

// A cited work as a Reference: `raw` as the list gave it, the first
// author ("Family, Given", or the literal name), the year, title,
// container, volume, first page and DOI of what a parser read from it.
Reference reference_from_record(const Record& r, std::string_view raw);

}  // namespace refnet
