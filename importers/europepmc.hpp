// Europe PMC's REST responses in XML (format=xml): read by the JSON reader's
// rules (europepmc_json.cpp), each <result> taken as the JSON result it
// mirrors.  Only detect.cpp dispatches to it.
#pragma once

#include <string_view>

#include "refnet/importer.hpp"

namespace refnet {

// A <responseWrapper> whose <resultList> holds <result> elements, or the
// /article endpoint's <responseWrapper> with one <result>.
ParseStats parse_europepmc_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// An XML document whose root is <responseWrapper> with Europe PMC's
// <hitCount> or <resultList> in its first kilobytes.
bool looks_like_europepmc_xml(std::string_view text);

}  // namespace refnet
