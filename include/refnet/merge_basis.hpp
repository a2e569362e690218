// What a merge on import joined its records by: the merge log's `basis`
// column (schema 21).  prisma counts the duplicates removed on import by
// it, and `dedup --recheck` leaves a tool's re-export of one entry alone by
// it; before, both read the words of the merge's reason ("same PMID 123"),
// which a reworded reason would have changed.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// An identifier both records carry, in the order prisma lists them.
inline constexpr const char* kIdentifierBases[] = {"DOI", "PMID", "PMCID", "WoS UT", "Scopus EID"};
// One entry of a tool's export read again (its key, and title and year or
// an edit of a pinned key's entry).
inline constexpr const char* kEntryBasis = "entry";
// One item of a Zotero library exported again (its URI).
inline constexpr const char* kZoteroItemBasis = "Zotero item";
// One record whose two identifiers named two works.
inline constexpr const char* kTwoIdentifiersBasis = "two identifiers";

// The identifier that dedup's shared_identifier ("DOI 10.1/x", "WoS UT
// WOS:...") names; "" for none.
inline std::string identifier_basis(std::string_view shared) {
  for (const char* id : kIdentifierBases) {
    const std::string_view name(id);
    if (shared.size() > name.size() && shared.substr(0, name.size()) == name && shared[name.size()] == ' ')
      return std::string(name);
  }
  return "";
}

}  // namespace refnet
