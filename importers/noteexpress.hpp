// What detection needs of the NoteExpress reader beyond importer.hpp.
#pragma once

#include <string_view>

namespace refnet {

// CNKI's E-Study or custom export ("Title-题名: ..." lines), which the
// NoteExpress reader reads (looks_like_noteexpress says yes to it too).
bool looks_like_cnki_estudy(std::string_view text);

}  // namespace refnet
