// APA's list of names in one field: an ampersand before the last name
// ("Dracott, K., Robinson, C. V., & Birdsall, C.", "Lee, M. & Park, S.";
// TeX's "\&" in BibTeX), as reference managers' APA citations write it and
// EndNote's BibTeX and spreadsheets pass it on.  Shared by the BibTeX name
// reader and the table reader (RIS's name fields read "&" as a comma already:
// importers/name_field.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refnet {

// `list` with its one ampersand joiner (", & ", " & ", ", \& ", " \& ")
// taken for a comma ("Dracott, K., Robinson, C. V., Birdsall, C."), when a
// comma comes before it (a list, not "Smith & Jones"); empty when `list`
// holds no such joiner or more than one.  Whether the pieces are people is
// the caller's to decide: a firm's "Johnson & Johnson, Inc." has one too.
std::string ampersand_as_comma(std::string_view list);

// Whether one piece of such a list and the next are a family name and its
// initials ("Robinson", "C. V."; packed, "CV" or "ABCD"), given as their
// words (each reader splits words its own way: BibTeX's braces and '~'):
// the family not initials alone, the given part initials only.  A list of
// them in turn is that many people (APA's, Cochrane's "Strong, M, Johnstone,
// P").
bool family_then_initials(const std::vector<std::string_view>& family, const std::vector<std::string_view>& given);

}  // namespace refnet
