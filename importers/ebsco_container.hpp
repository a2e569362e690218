// EBSCOhost's journal names with the publisher or ISSN after them, which it
// writes to tell journals of one title apart (importers/ebsco_container.cpp).
#pragma once

#include <string>

#include "refnet/record.hpp"

namespace refnet {

// A record of EBSCOhost's (its DP or permalink, or its copyright statement
// "Copyright of <container> is the property of <publisher> ...", in the
// abstract or kept in extra) whose container ends in a parenthesis holding
// the publisher that statement or the record's PB names ("Journal of the Air
// & Waste Management Association (Taylor & Francis Ltd)", "Social Science
// Quarterly (Wiley-Blackwell)") or an ISSN ("Forests (19994907)", "Animals
// (2076-2615)"): the container without it, the publisher the record's when it
// names none, the ISSN among its ISSNs, the container as written kept in extra
// "ebsco-container".  A parenthesis of anything else stays (NLM's "Lancet
// (London, England)", "Evidence-based Complementary & Alternative Medicine
// (eCAM)").  Returns "publisher" or "ISSN" when it split, "" when not.
std::string split_ebsco_container(Record& r);

}  // namespace refnet
