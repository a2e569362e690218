// Reference strings in the fixed formats bibliographic databases write, read
// into Reference fields.  One parser per machine format, used by every
// importer that meets it: Web of Science `CR` lines (WoS tagged files, the
// `Cited-References` field of WoS BibTeX) and Scopus reference lists (the
// `References` column of Scopus CSV, `references` in Scopus BibTeX, the
// "N1  - References:" note of Scopus RIS).
#pragma once

#include <string_view>
#include <vector>

#include "refnet/doi.hpp"
#include "refnet/record.hpp"

namespace refnet {

// One WoS cited reference:
//   Author, Year, SOURCE, Vvol, Ppage, DOI 10.x
// any part may be missing ("[Anonymous], THEM AR", "Simonovic SP, 2011,
// SYSTEMS APPROACH MAN"), and the DOI may be a list, "DOI [10.a, DOI 10.b]"
// (the first is kept).  An anonymous author ("[Anonymous]", "ANONYMOUS")
// leaves `author` empty.  `raw` is the line as given.
// A DOI it repaired (white space WoS put inside, a list's other DOIs left
// out, what normalize_doi repairs; `at` from the start of `line`) is added to
// `*repairs` when given, for the caller to say where the line is written.
Reference parse_wos_reference(std::string_view line, std::vector<DoiRepair>* repairs = nullptr);
// The same, into `out`: every field is set anew, the strings keep their
// buffers (a fresh Reference at the back of a reference list: no move of its
// nine strings; or one a reader reuses).
void parse_wos_reference(std::string_view line, Reference& out, std::vector<DoiRepair>* repairs = nullptr);

// The references of a WoS CR field: one per line ('\n'-separated); repairs
// with `at` from the start of `lines`.
void add_wos_references(std::string_view lines, std::vector<Reference>& out, std::vector<DoiRepair>* repairs = nullptr);

// A value the Scopus reference parser left out of the fields it read (the
// reference's text, `raw`, keeps it): `what` names its kind ("a genre mark
// after the title"), `value` the words left out, `at` where the reference
// starts (from the start of the list add_scopus_references was given, 0 for
// parse_scopus_reference).  For the importer to say (once a file per kind).
struct ReferenceDrop {
  const char* what = "";
  std::string value;
  std::string reference;
  std::size_t at = 0;
};

// One Scopus reference:
//   Authors, Title (Year) Source, Volume (Issue), pp. First-Last. , extra
// or, for books and reports, "Authors, (Year) Title, , Publisher".
// A DOI repaired (a space Scopus broke it at, what normalize_doi or the
// reference parser repairs or drops) is added to `*repairs` when given, `at`
// from the start of `s`.
// What it leaves out of the fields (a genre mark, a note, an access date, a
// book's series) is added to `*drops` when given.
Reference parse_scopus_reference(std::string_view s, std::vector<DoiRepair>* repairs = nullptr,
                                 std::vector<ReferenceDrop>* drops = nullptr);

// A Scopus reference list: "; "-separated, possibly wrapped one reference a
// line.  A "; " inside a title is told apart from a separator by what is
// around it (a new reference starts with "Family, I." or "(Year)", or both
// sides hold a "(Year)" of their own).
// Repairs as parse_scopus_reference's, `at` from the start of `list`.
// "undefined", what Scopus writes since 2024 for a reference it could not
// render, is left out (a reference of its own, joined to none), counted in
// `*placeholders` when given.
// Drops as parse_scopus_reference's, `at` from the start of `list`.
void add_scopus_references(std::string_view list, std::vector<Reference>& out,
                           std::vector<DoiRepair>* repairs = nullptr, std::size_t* placeholders = nullptr,
                           std::vector<ReferenceDrop>* drops = nullptr);

// One reference as APA PsycInfo writes it (Ovid's RIS, one an M1 line):
//   Authors (Year). Title. Source, Volume, Issue, First-Last. http://dx.doi.org/DOI
// the DOI's link may be glued to the pages ("e54691http://dx.doi.org/...").
// Fills `author` (the first, "Family, I."), `year`, `title`, `container`,
// `volume`, `first_page` and `doi` of what is there; without "(Year)."
// after the authors, the reference parser reads it (complete_reference).
// A DOI repaired or dropped is added to `*repairs`, `at` from the start of `s`.
Reference parse_apa_reference(std::string_view s, std::vector<DoiRepair>* repairs = nullptr);

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
