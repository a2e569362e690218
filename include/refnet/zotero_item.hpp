// A Zotero item's identity across its exports (issue 11, session 60).  Zotero's
// CSL-JSON gives each item its URI as `id` ("http://zotero.org/users/96641/
// items/BDQRTS3T"; a library never synced: users/local/<id>/items/<key>),
// whatever its title, DOI or key: an item edited in Zotero and exported again
// is the same record (same_database_record), a later reading of it.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// "zotero.org/users/96641/items/BDQRTS3T" of such a URI (http or https, the
// scheme and "www." dropped); "" when `id` is none.
std::string zotero_item_uri(std::string_view id);
// The item a CSL-JSON record is (its extra "id", which the reader keeps when
// it is no citation key); "" for any other record.
std::string zotero_item(const Record& r);

// Whether records of `format` are a database's (Web of Science, Scopus, MEDLINE,
// Crossref, ...), evidence of their own, rather than a reference manager's
// export of a library's entry (BibTeX, RIS, Zotero RDF, CSL-JSON).
bool is_database_format(std::string_view format);

}  // namespace refnet
