// PubMed's ID in a DOI field, in the info: URI scheme ("info:pmid/21143862"):
// EndNote's electronic-resource-num of a PubMed record, which its BibTeX, RIS
// and XML exports write as the DOI.  The DOI-field readers (RIS DO, BibTeX
// doi, EndNote XML, the tables' DOI cells, the labelled exports) give it to
// the PMID instead of keeping it as "not a DOI".
#pragma once

#include <cstddef>
#include <string_view>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// When `v` is "info:pmid/N" and the record has no other PMID: N is r's PMID,
// said at `offset` under `label`; true.  False (nothing done) otherwise: the
// reader keeps `v` as it keeps any other value that is no DOI.
bool take_info_pmid(Record& r, std::string_view v, std::string_view label, Diagnostics& diags, std::size_t offset);

}  // namespace refnet
