// A citation's source written as one string, as PubMed's CSV export
// (Citation), Ovid's field format (SO) and embase.com's CSV before 2020
// (Source) write it:
//
//   Behav Ther. 2022 Mar;53(2):334-347. doi: 10.1016/j.beth.2021.09.007. Epub 2021 Oct 12.   PubMed (NLM)
//   Journal of Hepatology. 45(3):123-9, 2018 Mar.                                          Ovid MEDLINE
//   BMC Proceedings. 12 (Supplement 3) (no pagination), 2018. Date of Publication: 2018.  Embase
//   Journal of X. 68 (3) (pp 45-50), 2018. Article Number: e12.                            Embase
//   Cancer (2004) 102:4 (253-258). Date of Publication: 25 Aug 2004                         embase.com CSV
//   Dissertation Abstracts International. Vol.75(2-A(E)),2014, pp. 45-50.                 PsycINFO
//   ACSM'S Health & Fitness Journal January/February 2010;14(1):56                        Journals@Ovid
//
// The readers keep the string itself in extra; what it gives fills the
// slots the record's own fields left empty.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

struct SourceParts {
  std::string journal;  // before the first ". " (or before the date, Journals@Ovid)
  std::string volume;
  std::string issue;    // "2", "Supplement 3", "2-A(E)"
  std::string pages;    // MEDLINE's short ranges made whole: "123-9" -> "123-129"
  std::string number;   // Embase "Article Number: 1234", or a lone e-locator ("e27850")
  std::string doi;      // "doi: 10.x" (as written, not normalised)
  Date date;            // the publication date (not PubMed's "Epub" date)
  // NLM's citation of a book (NCBI Bookshelf): "Ottawa (ON): Canadian Agency
  // for Drugs and Technologies in Health; 2019 Jun." names no journal.
  bool book = false;
  std::string place;
  std::string publisher;
};

SourceParts parse_source_string(std::string_view s);

// Embase's volume of an article without pages as EndNote, Ovid and tables
// made from them pass it on in the volume field: "18 (8) (no pagination)",
// "12 (Supplement 3) (no pagination)", "2016 (no pagination)", or Ovid's RIS
// cut at its first bracket, "IS  - 7) (no pagination".  The volume keeps its
// number, the issue the bracketed one; an issue field that held the article
// number (EndNote's "1704" beside "18 (8) (no pagination)") keeps it as the
// article number.  Returns what was done, to be said, or empty when the
// fields hold no such thing (or hold more than can be placed: left as
// written).
std::string split_no_pagination(std::string& volume, std::string& issue, std::string& number);

}  // namespace refnet
