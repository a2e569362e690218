// Elsevier Pure's research portals date a work known by its year as of
// January 1st: "Publication statusAccepted/In press - Jan 1 2018" on the
// page (seed 000, an article of IRAS 2019, 85(4), online 2018), month = "1"
// and day = "1" in its "Cite this" BibTeX, PY - 2018/1/1 in its RIS (the
// cover date Scopus gives an article in press, which Pure takes).  Read as
// 2018-01-01, bibtex printed "January 2018" (user67's finding 11).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

struct PureJanuaryFirst {
  int year = 0;          // 0: the text holds no such line
  std::size_t at = 0;    // the offset of its "Publication status"
  std::string written;   // the date as the page writes it: "Jan 1 2018"
  std::string status;    // "Accepted/In press", "E-pub ahead of print"
  // The page's own title, folded (letters and digits, lower case): the lines
  // above its "Research output:" line (title, subtitle), else its first line.
  std::vector<std::string> titles;
};

// The Pure page's "Publication status<status> - Jan 1 YYYY" (or "1 Jan
// YYYY", "January 1, YYYY"; the label glued to its value, or on the line
// before it) in `text`; year 0 when there is none, its date is another
// day, or its status is one where Jan 1 can be the issue's own date
// ("Published - Jan 1 2018": review68's finding 5; only "Accepted/In press"
// and "E-pub ahead of print" stand for a work not yet in an issue).
PureJanuaryFirst pure_january_first(std::string_view text);

// Whether a record titled `title` is the page's own work (its title begins
// with a line of the page's title block): an entry pasted under the page,
// dated January 1st, is not dated by the page (review68's finding 5).
bool pure_own_work(const PureJanuaryFirst& page, std::string_view title);

}  // namespace refnet
