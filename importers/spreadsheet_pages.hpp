// A page range a spreadsheet read as a date and wrote back as one: Excel,
// in a day-month locale, makes "1-8" the first of August ("01-Aug"),
// MEDLINE's abbreviated "21-8" (21-28) "21-Aug", and "12-18", whose 18 is no
// month, December 2018 ("Dec-18").  Libraries that went through a
// spreadsheet keep them: IEBH's
// dedupe-sweep respiratory library (EndNote XML, 31), asysd's labelled test set (CSV, 38 of 1,845) and bib-dedupe's
// respiratory set; "Empyema thoracis", Clin Med Insights Circ Respir Pulm
// Med 2010;4:1-8, is "01-Aug" there, and asysd's "21-Aug" is "21-28" in the
// set's other records of the work.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// The range written back as pages ("01-Aug" -> "1-8", "21-Aug" -> "21-28"
// with MEDLINE's abbreviation made whole, "Dec-18" -> "12-18"), or empty
// when `pages` is no such date.
std::string pages_from_spreadsheet_date(std::string_view pages);

// An issue range a spreadsheet read as a date: "11-13", whose 13 is no
// month, as November 2013 ("Nov-13": Behaviour 148(11-13) in
// NPMoran/synthesis-review_mutualistism-antagonism's joined table), "1-2" as
// the first of February ("01-Feb").  The range ("11-13"), or empty when
// `issue` is no such date or would give a range that runs backwards.
std::string issue_from_spreadsheet_date(std::string_view issue);

// A date a spreadsheet stored as its day number and that was written out as
// the number: Excel (its 1900 date system) counts days from 30 December 1899,
// so 2020-01-01 is "43831" and noon of 2020-11-24 "44159.5".  A date column
// read back as text (R's readxl with text columns, pandas from a column of
// mixed cells, a column formatted General) is so written.  Only a number of
// five digits before its fraction is one (10000 is 1927-05-18, 73050
// 2099-12-31): four digits are a year, never a day number.  The date (its
// year, month and day), else a Date without a year.  `time`: the number had
// a fraction, the time of day, left out.
Date date_from_spreadsheet_serial(std::string_view v, bool* time = nullptr);

// What is said of a date cell so read: "Date '43831' is a spreadsheet's day
// number (...): read as 2020-01-01 (said once a file)"; `once`: "a file",
// or "a column" where each column is said.
std::string serial_date_message(std::string_view column, std::string_view written, const Date& d, bool time,
                                std::string_view once = "a file");

// A whole number a script or spreadsheet wrote as a decimal: pandas writes an
// integer column with an empty cell as floats, so a table of Web of Science's
// Excel export saved by a script reads "15660.0" as the volume, "307.0" and
// "326.0" as the pages (danillocelino/slr_churn_unlearning_uid's
// webofscience.csv: 29, 35 and 35 of 50 rows).  The number ("16", pages
// "307-326"), or empty when `v` is not such a number or range (a part
// without ".0", "2.5", "1.00"), or is a range and `ranges` is false (an
// identifier's, a year's).
std::string whole_number_from_decimal(std::string_view v, bool ranges = true);

// A year so written ("2025.0": a Year column with an empty cell), else 0.
int year_from_decimal(std::string_view v);

// What is said of `written` read as `whole` ("volume '16.0' is a whole
// number written as a decimal (a script or spreadsheet saved it so): read as
// 16 (said once a file)"; `plural`: pages, "are whole numbers ...").
std::string decimal_read_message(std::string_view field, std::string_view written, std::string_view whole,
                                 bool plural = false);

// What a reader says when it reads such a year: once a file (`said` set),
// at `offset`, naming the field.
class Diagnostics;
void say_decimal_year(Diagnostics& diags, std::size_t offset, const std::string& field, std::string_view v, int year,
                      bool& said);

}  // namespace refnet
