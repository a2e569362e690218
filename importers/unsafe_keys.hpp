// Citation keys a library key cannot be (letters, digits and _ : . - only):
// the library gives those works new keys and keeps these as their aliases
// (ingest's keep_source_key).  Said once a file, at the first, by the
// readers of the formats that carry a person's key (BibTeX's entry key,
// Zotero RDF's z:citationKey, Zotero JSON's citationKey).
#pragma once

#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"

namespace refnet {

struct UnsafeKeys {
  std::size_t count = 0, first_at = 0;
  std::string first;

  void add(std::string_view key, std::size_t at) {
    if (count++ > 0) return;
    first_at = at;
    first = std::string(key);
  }
  // `field`: the key's name in the format ("citation key", "z:citationKey").
  void say(Diagnostics& diags, std::string_view field) const {
    if (count == 0) return;
    diags.warning(first_at, std::string(field) + " '" + first + "'" +
                                (count > 1 ? " and " + std::to_string(count - 1) + " more hold" : " holds") +
                                " characters a library key cannot (letters, digits and _ : . - only): the library "
                                "gives those works new keys and keeps these as their aliases (biblatex ids, export --aux)");
  }
};

}  // namespace refnet
