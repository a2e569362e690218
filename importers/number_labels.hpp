// A volume or issue written with its label: AGRIS's RIS writes the volume
// "v. 40", "v. v. 176", "v. 7 issue 4" (CiteSource's AGRIS.ris: 9 of its 12
// records); "Volume 14", "Vol. I"; Dimensions' BibTeX the issue "Issue 1/2".
// The label is no part of the number.
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// The volume of `value` without its label ("v. 7 issue 4": "7"), and the
// issue it names after it in `issue` ("4"); empty when `value` is no
// labelled number.
std::string volume_without_label(std::string_view value, std::string& issue);
// The issue of `value` without its label ("Issue 1/2", "No. 3"); empty
// when none.
std::string issue_without_label(std::string_view value);

struct LabelsCut {
  std::string field;    // the first field cut: "volume" or "issue"
  std::string written;  // as written
  std::string read;     // as read
};

// `r`'s volume and issue without their labels; an issue named in the
// volume is the issue where the record gives none (or the same).
LabelsCut cut_number_labels(Record& r);

}  // namespace refnet
