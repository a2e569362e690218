// The spans the reference parser labelled and read into no field of their own (a second title or container run, a
// date after the work's, a second publisher...): kept in the record's annotation (CSL annote) and told to the caller, who says them
// (`refnet parse`, the page importer): nothing the model labelled disappears silently (issues 11 and 16).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/refparse.hpp"

namespace refnet {

struct KeptSpan {
  std::string why;      // "a second title span", "a date span after the work's date"
  std::string written;  // the span as written, its edges' punctuation stripped
  std::size_t at = 0;   // where `written` starts in the text
};
// "<why> '<written>' kept in the annotation".
std::string kept_span_message(const KeptSpan& k);
// parse_reference, each kept span added to `*kept` (when given).
Record parse_reference(std::string_view text, std::vector<DoiRepair>* repairs, std::vector<KeptSpan>* kept);

namespace refparse {
// to_record and parse, each kept span added to `*kept` (when given).
Record to_record(std::string_view text, const std::vector<Token>& tokens, const std::vector<Label>& labels,
                 std::vector<DoiRepair>* repairs, std::vector<KeptSpan>* kept);
Record parse(std::string_view text, const Model& model, std::vector<DoiRepair>* repairs, std::vector<KeptSpan>* kept);
}  // namespace refparse

}  // namespace refnet
