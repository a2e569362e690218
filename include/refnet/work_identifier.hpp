// Work identifiers other than DOIs, as keys: the table reader recognises
// OpenAlex's cited-work addresses with them, networks match references to
// works by them.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// A work identifier as a key, "pmid:12345"; kind is pmid, pmcid, openalex
// or lens.  Empty when the value is not one: an OpenAlex work is
// "https://openalex.org/W123" or "W123" (any case), a Lens ID
// "000-463-679-101-319", a PMCID "PMC123" or "123", a PMID digits.
std::string work_identifier(std::string_view kind, std::string_view value);

}  // namespace refnet
