// A Zotero item's identity across its exports (issue 11, sessions 60-61).
// Zotero's CSL-JSON gives each item its URI as `id` ("http://zotero.org/users/
// 96641/items/BDQRTS3T"; a library never synced: users/local/<id>/items/<key>),
// whatever its title, DOI or key: an item edited in Zotero and exported again
// is the same record (same_database_record), a later reading of it.  The same
// URI, or the item's key alone, comes in other exports of the item under other
// names (zotero_item): Zotero JSON's and Better BibTeX JSON's "uri"; a .bib
// entry's `zotero-uri`, `uri`, `zotero` (zotero://select/...) or `zotero-key`;
// an RDF resource named by the URI; refnet's own CSL-JSON export writes it as
// custom "zotero-uri".  Zotero RDF's "#item_123" is the item's row in one
// Zotero installation, not its key: it names the item among that
// installation's RDF exports only (zotero_rdf_item).
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// The item a value names: "zotero.org/users/96641/items/BDQRTS3T" of its
// URI (http or https, the scheme and "www." dropped), "zotero.org/groups/5/
// items/KEY" of zotero://select/groups/5/items/KEY, "items/KEY" when the
// library is not said (zotero://select/library/items/KEY, the old
// zotero://select/items/1_KEY, a key alone when `key_alone`); "" when `id`
// is none (an 8-character key of Zotero's alphabet is needed).
std::string zotero_item_uri(std::string_view id, bool key_alone = false);
// The item a record is (the extra fields above); "" for any other record.
std::string zotero_item(const Record& r);
// Whether two items (zotero_item_uri's forms) are one: the same key, in one
// library, or in libraries that can be one (a library not said; a local
// library, which keeps its keys when it is synced to users/N).
bool same_zotero_item(std::string_view a, std::string_view b);
// The item key of such a form ("BDQRTS3T"), "" of "".
std::string_view zotero_item_key(std::string_view item);
// Zotero RDF's local item name ("#item_123" -> "123"), "" for another record.
std::string_view zotero_rdf_item(const Record& r);

// Whether records of `format` are a database's (Web of Science, Scopus, MEDLINE,
// Crossref, ...), evidence of their own, rather than a reference manager's
// export of a library's entry (BibTeX, RIS, Zotero RDF, CSL-JSON).
bool is_database_format(std::string_view format);

}  // namespace refnet
