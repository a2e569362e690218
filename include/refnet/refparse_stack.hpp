// The stacked (second) pass of the reference parser, trained over a given first pass (model55): the first pass's
// labels of each training reference from first passes trained without its fold, and the second pass's features,
// which read those labels token by token and segment by segment.
#pragma once

#include <string_view>
#include <vector>

#include "refnet/refparse.hpp"

namespace refnet::refparse {

// stack_features plus the features of the segments the first pass's labels make (segments: tokens between
// , . ; ( ) and the string's ends, as token_features cuts them), each with the token's own first-pass label: the
// label of its segment's first token, its segment's commonest label and whether the segment holds more than one, the
// commonest labels of the segments before and after it and the mark between, where in its segment the token is
// (first, inside, last, alone), how many segments came since the first author run ended, and whether a title or a
// date was labelled in an earlier segment.  A segment break (the mark itself) gets the labels on either side.
void stack_features(std::string_view text, const std::vector<Token>& tokens, const std::vector<Label>& first,
                    std::size_t i, std::vector<std::string>& out);

// Per example, the labels of a first pass trained on the other folds (options.stack_folds folds by source document,
// as lexicon_fold cuts them; options.stack_iterations iterations; the examples whose tokens do not match their labels
// keep their own labels): what train_second_pass trains on.
std::vector<std::vector<Label>> stack_fold_labels(const std::vector<Example>& examples, const TrainOptions& options);

// `first_pass` with a second pass trained on `examples` (options.max_iterations iterations) over the first-pass labels
// `first` (stack_fold_labels), its features token_features plus stack_features (the segment ones only with
// `segments`).  L-BFGS starts from the first pass's weights (the features, transitions and edges both passes have), so
// that fewer iterations reach the optimum; the optimum itself does not depend on the start.
Model train_second_pass(const std::vector<Example>& examples, const TrainOptions& options,
                        const std::vector<std::vector<Label>>& first, const Model& first_pass, bool segments = true);

}  // namespace refnet::refparse
