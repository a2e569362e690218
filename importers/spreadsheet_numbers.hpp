// Identifiers and numbers a script or spreadsheet re-saved as numbers.
// pandas writes an integer column with an empty cell as floats: a Web of
// Science table's Pubmed Id "40788791.0" (danillocelino/
// slr_churn_unlearning_uid's webofscience.csv, 3 of 50 rows), a Scopus
// ISBN "9781234567897.0".  Excel writes a number longer than its cell shows
// in scientific notation, with the digits it does not show gone: SAGE Open
// Medicine's article number 2050312113499912 as the pages "2.05031E+15"
// (camaradesuk/ASySD's labelled_test_set.csv, 4 of 1,845 rows); R writes
// 32000000 as "3.2e+07".
#pragma once

#include <string>
#include <tuple>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

class Diagnostics;

// `v` a number in scientific notation ("2.05031E+15", "3.2e+07").
bool scientific_notation(std::string_view v);

// The whole number a scientific notation writes with all its digits
// ("3.2145679e+07": 32145679), else empty ("3.2e+07": the digits after the
// 2 are zeros if R wrote it, lost if Excel did; no one can tell).
std::string whole_number_from_scientific(std::string_view v);

// An ISSN a spreadsheet read as a number, its leading zeros dropped
// ("280836" for 0028-0836: Scopus writes ISSNs without the hyphen; a table
// of Zotero's, "219916" for 0021-9916): the ISSN when the zeros put back
// give its check digit, else empty.
std::string issn_without_zeros(std::string_view v);

// What the per-record pass said once a file.
struct SpreadsheetNumbersSaid {
  bool decimal_number = false;      // a volume "16.0", pages "307.0-326.0"
  bool decimal_identifier = false;  // "40788791.0"
  bool scientific_whole = false;     // "3.2145679e+07"
  bool issn_zeros = false;           // "280836": 0028-0836
};

// Reads the record's volume, issue and pages written as decimals ("16.0",
// "307.0-326.0": the numbers; not its number: a report's "1.0" may be its
// version, and a script keeps an article-number column, which holds letters,
// as text) and its PMID and ISBNs so written ("40788791.0") as
// the numbers, and an ISSN whose leading zeros a spreadsheet dropped
// ("280836", its check digit right) as the ISSN, said once a file; a PMID, ISBN, ISSN, pages, article number,
// volume or issue in scientific notation is no value of its field: moved to
// extra under the field's name, said at each record (the file still
// imports).
void read_spreadsheet_numbers(Record& r, Diagnostics& diags, SpreadsheetNumbersSaid& said);

}  // namespace refnet
