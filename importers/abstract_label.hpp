// A meeting abstract's label after its title, as the Cochrane Library's
// CENTRAL writes the abstracts it indexes from conference books and journal
// supplements and the libraries built from it keep them: "... preliminary
// results [Abstract]", "... interferon alfa [abstract no: 134]",
// "... tuberculosis [abstract no:1]" (IEBH's dedupe-sweep respiratory
// library: 61 of 1,988 titles).  The label says what kind of work the record
// is, not what it is called: the same abstract from another database has no
// label, and a work's title should not depend on the database.
#pragma once

#include <string>
#include <string_view>

namespace refnet {

// `title` without the label at its end, or empty when it ends with none (or
// the label is all there is); `label` gets the label's words as written,
// without its brackets ("Abstract", "abstract no: 134").  Only a label after
// the title's words: "[Abstract]" alone is no title's end, and a bracket
// that closes a translated title ("[Title in English]") is no label.
std::string without_abstract_label(std::string_view title, std::string& label);

}  // namespace refnet
