// JSON of bibliographic services refnet has no reader for, told by content
// (importers/json_dialects.cpp), so that it is refused by its name instead
// of being read as Crossref's JSON into works without authors, year or DOI.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// "the ISTEX API's JSON (arkIstex, ...)" and the like
// when the text's first record (or its response's) is one of a service
// refnet does not read; "" otherwise.
std::string unread_json_dialect(std::string_view text);

}  // namespace refnet
