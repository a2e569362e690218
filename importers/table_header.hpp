// Where a table of references (table_csv.cpp's reader) has its header, for
// detection: kept out of importer.hpp, which most of the tree includes.
#pragma once

#include <cstddef>
#include <string_view>

namespace refnet {

// Whether `text` is a table whose header line (as the table reader finds
// it: a title column and two more known ones, in the first 40 lines) starts
// before `offset`.
bool table_header_before(std::string_view text, std::size_t offset);

}  // namespace refnet
