// A work's view: chosen field by field from the records of its sources.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// Which source gave a field of the view, and what the others said.
struct FieldChoice {
  std::string field;        // "title", "authors", "abstract", ...
  std::size_t source = 0;   // index into the sources given to merge_records
  std::string value;        // the value used, as text
  std::vector<std::pair<std::size_t, std::string>> alternatives;  // other sources' differing values
};

struct MergedView {
  Record record;
  std::vector<FieldChoice> choices;
};

// Rules: a field comes from the first source (in import order) that has it,
// except: the longer abstract; for creators, full given names over initials
// and structured names over literal strings; keywords and references are
// unions (keywords folded for case, references by DOI or normalized string);
// `extra` fields are a union by name (first value kept) over the sources in
// the first source's format (extra names are that format's field names).
MergedView merge_records(const std::vector<Record>& sources);

}  // namespace refnet
