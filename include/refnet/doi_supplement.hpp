// A DOI listed beside the DOI of the work it is a supplement of: ESA's
// "10.1890/14-2275.1.sm" beside "10.1890/14-2275.1" (Web of Science's DOI
// lists, in DI and in cited references), PLOS's review files
// "10.1371/journal.pone.0099999.s001".  The readers of DOI lists (RIS DO,
// WoS DI, BibTeX doi, tables: ris.cpp's first_of_doi_list; WoS cited
// references: reference_strings.cpp) take the work's DOI, not its supplement's.
#pragma once

#include <string_view>

namespace refnet {

// Whether normalized DOI `part` is `work` followed by a supplement's suffix:
// ".sm", ".s" and one to four digits, ".suppl"/"/suppl" (and ".supp",
// ".sup" with digits or none), case aside.  A chapter's DOI after its
// book's ("10.1002/9781444354614.ch1") is no supplement: the chapter is a
// work of its own.
bool is_supplement_doi(std::string_view part, std::string_view work);

// Whether normalized DOI `part` is `whole` followed by a part's suffix, as a
// chapter's DOI extends its book's: a separator ('.', '_', '-', '/') and one
// to twelve letters and digits ("10.1002/9781444354614.ch1",
// "10.1007/978-3-642-00312-7_28", "10.1515/9781400871148-001",
// "10.1017/cbo9780511511035.004"); a supplement's suffix is no part.
bool is_part_doi(std::string_view part, std::string_view whole);

}  // namespace refnet
