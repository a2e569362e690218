// The stacked pass's segment features (model55): the second pass reads the first pass's labels segment by segment
// (the label a segment opens with, its commonest label and whether it is mixed, the segments either side, where the
// token is in it, how far past the author block, a title or date labelled earlier), and a second pass trains over a
// given first pass, starting from its weights.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/refparse.hpp"
#include "refnet/refparse_stack.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

std::vector<std::string> stacked_features(std::string_view text, const std::vector<Label>& first, std::size_t i) {
  std::vector<Token> toks = tokenize(text);
  REQUIRE(toks.size() == first.size());
  std::vector<std::string> f;
  stack_features(text, toks, first, i, f);
  return f;
}

bool has(const std::vector<std::string>& f, std::string_view x) { return std::find(f.begin(), f.end(), x) != f.end(); }

// The share of the examples' tokens a model labels as their gold labels.
double accuracy(const Model& m, const std::vector<Example>& examples) {
  std::size_t right = 0, total = 0;
  for (const Example& ex : examples) {
    std::vector<Token> toks = tokenize(ex.text);
    std::vector<Label> got = m.label(ex.text, toks);
    for (std::size_t i = 0; i < got.size(); ++i) right += got[i] == ex.labels[i];
    total += got.size();
  }
  return double(right) / double(total);
}

std::vector<Example> core_examples() {
  std::vector<Example> all =
      read_anystyle(test::slurp(std::string(REFNET_FIXTURES) + "/refparse/anystyle__core.xml"), "core.xml");
  deduplicate(all);
  REQUIRE(all.size() > 1200);
  return all;
}

}  // namespace

TEST_CASE("stacked pass: the first pass's labels read segment by segment", "[refparse]") {
  // Smith , J . | A study of things . | Journal of Crime , | 12 , | 3 - 4 .
  const std::string text = "Smith, J. A study of things. Journal of Crime, 12, 3-4.";
  const std::vector<Label> first{kAuthor, kAuthor, kAuthor,   kAuthor, kTitle,  kTitle,  kTitle,
                                 kTitle,  kTitle,  kJournal,  kJournal, kTitle, kJournal, kVolume,
                                 kVolume, kPages,  kPages,    kPages,  kPages};
  // "Journal": its segment opens with a journal label, mostly journal but one title in it, after the title's segment
  // and a period, before the volume's; one segment after the author block; a title before it, no date.
  std::vector<std::string> f = stacked_features(text, first, 9);
  CHECK(has(f, "s0=journal"));  // the token-level stack features are still there
  CHECK(has(f, "sg0=journal|journal"));
  CHECK(has(f, "sgpos=B|journal"));
  CHECK(has(f, "sgmaj=journal|mix|journal"));
  CHECK(has(f, "sgprev=title|journal"));
  CHECK(has(f, "sgnext=volume|journal"));
  CHECK(has(f, "sgsep=.|title|journal"));
  CHECK(has(f, "sgauth=1|journal"));
  CHECK(has(f, "sgtitle<y|journal"));
  CHECK(has(f, "sgdate<n|journal"));
  // "Crime", labelled title inside the journal's segment: its own label with the segment's.
  f = stacked_features(text, first, 11);
  CHECK(has(f, "sg0=journal|title"));
  CHECK(has(f, "sgpos=E|title"));
  CHECK(has(f, "sgmaj=journal|mix|title"));
  // The title's segment: the first after the author block, no title before it.
  f = stacked_features(text, first, 5);
  CHECK(has(f, "sgpos=I|title"));
  CHECK(has(f, "sgmaj=title|one|title"));
  CHECK(has(f, "sgauth=0|title"));
  CHECK(has(f, "sgtitle<n|title"));
  CHECK(has(f, "sgprev=author|title"));
  // The period between title and journal: a mark, with the segments either side.
  f = stacked_features(text, first, 8);
  CHECK(has(f, "sgbrk=title|journal|title"));
  CHECK(std::none_of(f.begin(), f.end(), [](const std::string& x) { return x.rfind("sg0=", 0) == 0; }));
  // The opening name: alone in its segment, in the author block, nothing before.
  f = stacked_features(text, first, 0);
  CHECK(has(f, "sgpos=U|author"));
  CHECK(has(f, "sgauth=a|author"));
  CHECK(has(f, "sgsep=<s>|<s>|author"));
  // The pages' dash: inside the last segment, nothing after it.
  f = stacked_features(text, first, 16);
  CHECK(has(f, "sgpos=I|pages"));
  CHECK(has(f, "sgnext=</s>|pages"));
  CHECK(has(f, "sgauth=3|pages"));
  // No author block at all, and a date before the segment.
  const std::vector<Label> no_author{kTitle, kTitle, kTitle, kTitle, kDate, kDate, kDate, kDate, kDate,
                                     kJournal, kJournal, kJournal, kJournal, kVolume, kVolume, kPages,
                                     kPages, kPages, kPages};
  f = stacked_features(text, no_author, 10);
  CHECK(has(f, "sgauth=n|journal"));
  CHECK(has(f, "sgdate<y|journal"));
  CHECK(has(f, "sgtitle<y|journal"));
}

TEST_CASE("stacked pass: a second pass's weight on a segment feature changes the labels it gives", "[refparse]") {
  std::string head = "refparse-model 2\nlabels";
  for (int y = 0; y < kLabelCount; ++y) head += std::string(" ") + label_name(Label(y));
  head += "\ntransitions";
  for (int k = 0; k < (kLabelCount + 1) * kLabelCount; ++k) head += " 0";
  head += "\nlexicon 0\n";
  // First pass: every token a title.  Second pass: a token whose segment follows a title segment is the journal.
  const std::string one = head + "bias\t3:100\n";
  const std::string two = head + "s0=title\t3:100\nsgprev=title|title\t4:500\n";
  const Model m = Model::load(one + "stacked\n" + two);
  const std::string text = "A study of things. Journal of Crime";
  const std::vector<Token> toks = tokenize(text);
  REQUIRE(toks.size() == 8);
  const std::vector<Label> want{kTitle, kTitle, kTitle, kTitle, kTitle, kJournal, kJournal, kJournal};
  CHECK(m.label(text, toks) == want);
  CHECK(Model::load(one).label(text, toks) == std::vector<Label>(8, kTitle));
}

TEST_CASE("stacked pass: trained over a given first pass, from its weights, on labels of first passes trained without "
          "their fold",
          "[refparse]") {
  std::vector<Example> all = core_examples();
  std::vector<Example> train_set(all.begin(), all.begin() + 240);
  std::vector<Example> test_set(all.begin() + 1000, all.begin() + 1200);
  TrainOptions opt;
  opt.algorithm = TrainOptions::kCrf;
  opt.max_iterations = 30;
  opt.prune = 0.01f;
  opt.threads = 1;
  const Model first_pass = train(train_set, opt);
  opt.stack_folds = 3;
  opt.stack_iterations = 15;
  const std::vector<std::vector<Label>> labels = stack_fold_labels(train_set, opt);
  REQUIRE(labels.size() == train_set.size());
  std::size_t differ = 0, tokens = 0;
  for (std::size_t e = 0; e < labels.size(); ++e) {
    REQUIRE(labels[e].size() == train_set[e].labels.size());
    for (std::size_t i = 0; i < labels[e].size(); ++i) differ += labels[e][i] != train_set[e].labels[i];
    tokens += labels[e].size();
  }
  // Labels of first passes that never saw the reference: not the gold labels.
  CHECK(differ * 50 > tokens);
  TrainOptions none = opt;
  none.stack_folds = 0;
  CHECK_THROWS_AS(stack_fold_labels(train_set, none), std::invalid_argument);
  CHECK_THROWS_AS(train_second_pass(train_set, opt, {}, first_pass), std::invalid_argument);

  const Model stacked = train_second_pass(train_set, opt, labels, first_pass);
  REQUIRE(stacked.stacked);
  CHECK(stacked.save().rfind(first_pass.save(), 0) == 0);  // the first pass as it was, then "stacked"
  CHECK(stacked.stacked->lexicon.empty());
  std::size_t segment_weights = 0;
  for (const auto& kv : stacked.stacked->weights) segment_weights += kv.first.rfind("sg", 0) == 0;
  CHECK(segment_weights > 20);
  // Without the segment features: none of them.
  const Model plain = train_second_pass(train_set, opt, labels, first_pass, false);
  REQUIRE(plain.stacked);
  CHECK(std::none_of(plain.stacked->weights.begin(), plain.stacked->weights.end(),
                     [](const auto& kv) { return kv.first.rfind("sg", 0) == 0; }));
  CHECK(train_second_pass(train_set, opt, labels, first_pass).save() == stacked.save());
  CHECK(Model::load(stacked.save()).save() == stacked.save());
  // From the first pass's weights, two iterations already label about as well as the first pass; from zero they
  // would not (two iterations of a CRF from zero give a model far below it).
  TrainOptions two = opt;
  two.max_iterations = 2;
  const double base = accuracy(first_pass, test_set);
  INFO("first pass " << base);
  CHECK(accuracy(train_second_pass(train_set, two, labels, first_pass), test_set) > base - 0.05);
  TrainOptions cold = two;
  cold.stack_folds = 0;
  CHECK(accuracy(train(train_set, cold), test_set) < base - 0.05);
  CHECK(accuracy(stacked, test_set) > 0.70);
}
