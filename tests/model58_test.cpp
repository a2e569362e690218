// Weighted training references (model58): refparse::train_weighted, the CRF whose likelihood counts a reference of
// weight w w times (bench/refparse_train's REFPARSE_SOURCE_WEIGHTS).
#include <catch2/catch.hpp>

#include <cmath>

#include "refnet/refparse.hpp"
#include "refnet/refparse_weighted.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

std::vector<Example> core_examples() {
  return read_anystyle(test::slurp(std::string(REFNET_FIXTURES) + "/refparse/anystyle__core.xml"), "core");
}

TrainOptions small_crf() {
  TrainOptions opt;
  opt.algorithm = TrainOptions::kCrf;
  opt.max_iterations = 25;
  opt.prune = 0.01f;
  opt.threads = 1;
  opt.edge_features = true;
  opt.edge_word_before = true;
  return opt;
}

// The largest difference between two models' weights of features, transitions and edges (a feature one lacks: 0).
double largest_difference(const Model& a, const Model& b) {
  double most = 0;
  auto rows = [&](const Model& x, const Model& y) {
    for (const auto& [name, ws] : x.weights) {
      std::vector<double> other(kLabelCount, 0.0);
      if (const LabelWeights* o = y.weights.get(name))
        for (auto [l, w] : *o) other[l] = w;
      for (auto [l, w] : ws) most = std::max(most, std::fabs(double(w) - other[l]));
    }
  };
  rows(a, b);
  rows(b, a);
  for (std::size_t t = 0; t < a.transitions.size() && t < b.transitions.size(); ++t)
    most = std::max(most, std::fabs(double(a.transitions[t]) - double(b.transitions[t])));
  return most;
}

}  // namespace

TEST_CASE("train_weighted: weights of 1 give train()'s model, bit for bit", "[refparse][model58]") {
  std::vector<Example> all = core_examples();
  std::vector<Example> train_set(all.begin(), all.begin() + 150);
  TrainOptions opt = small_crf();
  opt.lexicon_min_count = 3;
  opt.span_min_count = 2;
  opt.lexicon_folds = 3;
  const Model plain = train(train_set, opt);
  CHECK(train_weighted(train_set, opt, std::vector<double>(train_set.size(), 1.0)).save() == plain.save());
  // Another weight gives another model, the same one each time.
  std::vector<double> half(train_set.size(), 1.0);
  for (std::size_t e = 0; e < half.size(); e += 2) half[e] = 0.5;
  const Model weighted = train_weighted(train_set, opt, half);
  CHECK(weighted.save() != plain.save());
  CHECK(train_weighted(train_set, opt, half).save() == weighted.save());
  // The lexicon is learnt from every reference whatever its weight.
  CHECK(weighted.lexicon == plain.lexicon);
}

TEST_CASE("train_weighted: a reference of weight 2 counts as the reference twice", "[refparse][model58]") {
  std::vector<Example> all = core_examples();
  std::vector<Example> once(all.begin(), all.begin() + 60);
  std::vector<Example> twice = once;
  std::vector<double> weights(once.size(), 1.0);
  for (std::size_t e = 0; e < once.size(); e += 3) {
    twice.push_back(once[e]);
    weights[e] = 2.0;
  }
  TrainOptions opt = small_crf();
  opt.edge_features = false;  // min_count 1 and no lexicon: the duplicates change no feature and no lexicon entry
  opt.edge_word_before = false;
  opt.min_count = 1;
  opt.lexicon_min_count = 0;
  opt.max_iterations = 60;
  const Model duplicated = train(twice, opt);
  const Model weighted = train_weighted(once, opt, weights);
  const Model unweighted = train(once, opt);
  // The same objective (sums in another order, L-BFGS's steps the same up to rounding): the weights agree to the
  // text form's hundredths, where leaving the duplicates out moves some by more than a tenth.
  INFO("weighted against duplicated " << largest_difference(weighted, duplicated) << ", against once "
                                      << largest_difference(unweighted, duplicated));
  CHECK(largest_difference(weighted, duplicated) < 0.02);
  CHECK(largest_difference(unweighted, duplicated) > 0.1);
}

TEST_CASE("train_weighted: one weight a reference, above 0, for a one-pass CRF", "[refparse][model58]") {
  std::vector<Example> all = core_examples();
  std::vector<Example> train_set(all.begin(), all.begin() + 20);
  TrainOptions opt = small_crf();
  opt.max_iterations = 2;
  CHECK_THROWS_AS(train_weighted(train_set, opt, std::vector<double>(19, 1.0)), std::invalid_argument);
  std::vector<double> zero(20, 1.0);
  zero[3] = 0;
  CHECK_THROWS_AS(train_weighted(train_set, opt, zero), std::invalid_argument);
  TrainOptions perceptron = opt;
  perceptron.algorithm = TrainOptions::kPerceptron;
  CHECK_THROWS_AS(train_weighted(train_set, perceptron, std::vector<double>(20, 1.0)), std::invalid_argument);
  TrainOptions stacked = opt;
  stacked.stack_folds = 2;
  CHECK_THROWS_AS(train_weighted(train_set, stacked, std::vector<double>(20, 1.0)), std::invalid_argument);
}
