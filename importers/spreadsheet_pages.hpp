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

namespace refnet {

// The range written back as pages ("01-Aug" -> "1-8", "21-Aug" -> "21-28"
// with MEDLINE's abbreviation made whole, "Dec-18" -> "12-18"), or empty
// when `pages` is no such date.
std::string pages_from_spreadsheet_date(std::string_view pages);

}  // namespace refnet
