// TeX's accent commands left in the names of a format that has no TeX: a
// table built from BibTeX (crossdb's unlearning__acm.csv, ACM's references
// with their names as ACM's BibTeX writes them: "Bojan Karla\v{s}",
// "Andreas Tr\"{u}gler", "Mar\'{\i}a A. Zapata", 17 names).  BibTeX's own
// reader reads them; in any other format they are the letters they stand for.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// Whether v holds an accent command on a letter: \'{e}, \"u, \v{s}, \~{a},
// \'{\i} (not a backslash of another kind: "a\b", "\n").
bool has_tex_accent(std::string_view v);

// The names of `r`'s authors and editors with such commands read as their
// letters (latex_to_unicode); how many names changed, and the first as it
// was in `first` when that is empty.  Nothing for BibTeX's records.
std::size_t read_tex_accents_in_names(Record& r, std::string& first);

}  // namespace refnet
