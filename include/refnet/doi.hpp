// The one DOI normalizer used everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace refnet {

// Strips resolver prefixes (https://doi.org/, http://dx.doi.org/, doi:, DOI ),
// surrounding white space and trailing punctuation, URL-decodes (%2F), lower-
// cases, and checks the 10.NNNN/suffix shape.  Returns nothing when the input
// is not a DOI.
std::optional<std::string> normalize_doi(std::string_view s);

// A shortDOI (https://shortdoi.org: "10/gbhhv3", "https://doi.org/10/gbhhv3"),
// prefixes stripped and lower-cased as normalize_doi does; nothing when `s` is
// not one.  It names the same work as its long DOI, which only a resolver
// knows: importers keep it as the source's DOI and never expand it.
std::optional<std::string> normalize_short_doi(std::string_view s);
// Finds a DOI inside free text ("... doi:10.1000/xyz123. ..."), normalized.
std::optional<std::string> find_doi(std::string_view text);

}  // namespace refnet
