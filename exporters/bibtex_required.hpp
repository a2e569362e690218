// The fields each entry type requires, as bibtex's standard styles (btxdoc:
// "Required fields") and biblatex's data model (blx-dm.def's mandatory
// constraints, which `biber --validate-datamodel` checks) define them: an
// entry without one makes bibtex say "empty journal in smith2020" and biber
// "Missing mandatory field 'journaltitle'".  The writer cannot invent the
// value; it says which entries will be warned about, before LaTeX does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refnet::bibtex_out {

// The required fields (an "a|b" alternative written so) that the entry text
// `entry` ("@article{key,\n  author = {...},\n...}") lacks; `biblatex` picks
// biblatex's data model, else bibtex's styles.  An unknown type requires
// nothing.  bibtex's also: "volume beside number (...)" for an @article with
// a number and no volume, which plain.bst warns of ("there's a number but no
// volume in KEY"), and "year (plainnat and apalike ...)" for an entry of any
// type without a year, which those author-year styles warn of.
// `biblatex_only`, when given, gets the entry's fields that are biblatex's
// only (urldate, origdate, maintitle, translator, location...: a .bib
// source's own fields written back, or refnet's urldate), which no BibTeX
// style (plain, plainnat, apalike) prints: their names as the entry has
// them, from the one reading of its field names.
std::vector<std::string> missing_required_fields(std::string_view entry, bool biblatex,
                                                 std::vector<std::string_view>* biblatex_only = nullptr);

}  // namespace refnet::bibtex_out
