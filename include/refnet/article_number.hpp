// An article number written where the pages go.  ScienceDirect's BibTeX
// writes `pages = {113397}` where Scopus writes `art_number = {113397}` (RIS
// C7, its CSV's "Art. No."); PubMed's PG, Lens's and OpenAlex's SP, Zotero's
// and Crossref's `page` do the same with Elsevier's, Frontiers', Hindawi's and
// the Royal Society's numbers, SAGE writes its online-first e-locator
// (0886260520966669) there, PLOS, JMIR and BMJ Open their e-locators
// (e0198859, e33376, e031909).  The import reads such a page as the article
// number (CSL `number`), the dedup vetoes compare it as one.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// The article number a pages field holds instead of pages, or "": one
// number without a range of six digits or more (no journal's volume reaches
// page 100000), or an "e" and five digits or more (an e-locator: the
// e-pages of print journals, "e151" of a supplement, "e1-e10" of a
// guideline, stay pages).  A five-digit number may be a page (PNAS 12345),
// a shorter e-number a page of an e-section: both stay pages.
std::string article_number_in_pages(std::string_view pages);

// The CSL types a pages field may hold an article number for: a journal's
// article, a conference paper, a preprint or a magazine's article (a book's
// or thesis's "pages" are its count).
bool numbered_by_article(std::string_view csl_type);

// Reads an article number written as the record's pages as its number
// (number field empty, or the same number there): returns the pages so
// moved, or "" when they stay pages (a range, another number beside them,
// a type without article numbers).
std::string read_pages_as_article_number(Record& r);

}  // namespace refnet
