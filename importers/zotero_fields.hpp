// What Zotero's item JSON reader and its RDF reader share.
#pragma once

#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// The CSL type Zotero maps an item type ("journalArticle") to; "" when it
// is not one of Zotero's.
std::string_view zotero_csl_type(std::string_view item_type);
// A creator type read as the work's author (author, inventor, programmer...).
bool is_zotero_primary_creator(std::string_view creator_type);
// A DOI field: the record's DOI (a list: the first, written kept in extra
// "DOI"), a shortDOI, or kept in extra "DOI" with a warning at `offset`.
void read_zotero_doi(const std::string& s, Record& r, Diagnostics& diags, std::size_t offset);
// One line of Zotero's `extra` (RDF: dc:description): "PMID:", "PMCID:",
// "DOI:", "Citation Key:" read, any other line kept in extra "extra".
void read_zotero_extra_line(std::string_view line, Record& r, Diagnostics& diags, std::size_t offset);

}  // namespace refnet
