// Text and JSON renderings of works shared by list, show and other commands.
#pragma once

#include <string>

#include "refnet/store.hpp"

namespace refnet::cli {

// "Kassen", "Knox & Janenova", "Knox et al."
std::string short_authors(const Record& r);
// One line: "12  kassen2018promoting  2018  Kassen  Promoting public ... (Int. Rev. ...)"
std::string list_line(const Work& w);
// The work as JSON: its record's fields plus "id" and "sources".
std::string work_json(const Work& w);

}  // namespace refnet::cli
