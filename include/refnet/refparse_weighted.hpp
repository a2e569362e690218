// The reference parser's CRF trained with a weight per labelled reference (model58): a reference of weight w counts
// w times in the likelihood (its loss and its expected and observed counts scaled by w), so that a corpus whose labels
// are noisier (AnyStyle's ugly set: session 45 corrected labels in 232 of its 528 held-out references with a wrong
// field) can count less than the others without leaving it out.  The lexicon and the features are learnt from every
// reference as train() learns them, so models trained with and without weights share one lexicon.
#pragma once

#include <vector>

#include "refnet/refparse.hpp"

namespace refnet::refparse {

// train() for a one-pass CRF (options.algorithm kCrf, no stack_folds), `weights` one per example, each above 0; all
// 1.0 gives train()'s model, bit for bit.  Throws std::invalid_argument otherwise.
Model train_weighted(const std::vector<Example>& examples, const TrainOptions& options,
                     const std::vector<double>& weights);

}  // namespace refnet::refparse
