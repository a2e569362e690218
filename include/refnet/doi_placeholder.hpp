// A placeholder for a DOI not yet assigned ("10.1177/ToBeAssigned"), which
// normalize_doi reads as no DOI: what a reader adds when it says so.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// Whether `value` (a DOI field's value, a resolver's address of one) is a
// DOI's prefix with a placeholder for its suffix: SAGE's "ToBeAssigned"
// (HAL's BibTeX), "TBA", "pending", "null", a template's x's
// ("10.XXXX/XXXXX" aside, which has no prefix: "10.1016/j.xxx.2020.xx.xxx").
bool is_placeholder_doi(std::string_view value);
// ": a placeholder for a DOI not yet assigned, no work's DOI" when `value`
// is one, else empty: the tail of a reader's "... is not a DOI" message.
std::string placeholder_doi_note(std::string_view value);

}  // namespace refnet
