// The reference parser's model as parsing runs it (model52): features written into one buffer and looked up by their
// hash in FeatureMap, edge weights added token by token, Viterbi without a buffer per call.  The labels must be those
// of the code it replaced, which built a std::string per feature, found it in a std::unordered_map, and decoded over
// a table of n * L * L transitions: that code is kept here as the oracle, run over every token of the labelled
// fixtures and the samples' references, with the bundled model and with a small stacked model.
#include <catch2/catch.hpp>

#include <random>
#include <unordered_map>

#include "refnet/refparse.hpp"
#include "refnet/refparse_stack.hpp"
#include "refparse_texts.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

// A model's weights as the code before model52 kept them.
struct OracleModel {
  std::unordered_map<std::string, std::vector<std::pair<Label, float>>> weights;
  std::unordered_map<std::string, std::vector<std::pair<std::uint16_t, float>>> edges;
  std::vector<float> transitions;
  std::unique_ptr<OracleModel> stacked;

  explicit OracleModel(const Model& m) : transitions(m.transitions) {
    for (const auto& [f, ws] : m.weights) weights[f].assign(ws.begin(), ws.end());
    for (const auto& [f, ws] : m.edges) edges[f].assign(ws.begin(), ws.end());
    if (m.stacked) stacked = std::make_unique<OracleModel>(*m.stacked);
  }
};

void oracle_add_scores(const OracleModel& m, const std::vector<std::string>& feats, float* row) {
  for (const std::string& f : feats) {
    auto it = m.weights.find(f);
    if (it == m.weights.end()) continue;
    for (auto [y, w] : it->second) row[y] += w;
  }
}

std::vector<Label> oracle_viterbi(const std::vector<float>& scores, const float* trans, std::size_t n,
                                  const float* steps = nullptr) {
  const int L = kLabelCount;
  std::vector<Label> out(n);
  if (n == 0) return out;
  std::vector<float> best(n * L);
  std::vector<std::uint8_t> back(n * L);
  for (int y = 0; y < L; ++y) best[y] = scores[y] + trans[L * L + y];
  for (std::size_t i = 1; i < n; ++i)
    for (int y = 0; y < L; ++y) {
      const float* t = steps ? steps + i * L * L : trans;
      float m = -1e30f;
      int arg = 0;
      for (int p = 0; p < L; ++p) {
        float v = best[(i - 1) * L + p] + t[p * L + y];
        if (v > m) m = v, arg = p;
      }
      best[i * L + y] = m + scores[i * L + y];
      back[i * L + y] = std::uint8_t(arg);
    }
  int y = int(std::max_element(best.begin() + std::ptrdiff_t((n - 1) * L), best.begin() + std::ptrdiff_t(n * L)) -
              (best.begin() + std::ptrdiff_t((n - 1) * L)));
  for (std::size_t i = n; i-- > 0;) {
    out[i] = Label(y);
    y = back[i * L + y];
  }
  return out;
}

std::vector<Label> oracle_decode(const OracleModel& m, std::vector<float>& scores, const std::vector<int>& pin,
                                 std::string_view text, const std::vector<Token>& tokens) {
  const int L = kLabelCount;
  const std::size_t n = pin.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (pin[i] >= 0)
      for (int y = 0; y < L; ++y)
        if (y != pin[i]) scores[i * L + y] = -1e6f;
    if (pin[i] == kNotPublisherOrPlace) scores[i * L + kPublisher] = scores[i * L + kLocation] = -1e6f;
    if (pin[i] == kNotAuthor) scores[i * L + kAuthor] = -1e6f;
    if (pin[i] == kNotTitle) scores[i * L + kTitle] = -1e6f;
  }
  std::vector<float> trans = m.transitions;
  trans.resize(std::size_t(L + 1) * L, 0.0f);
  if (m.edges.empty()) return oracle_viterbi(scores, trans.data(), n);
  const std::size_t LL = std::size_t(L) * L;
  std::vector<float> steps(tokens.size() * LL);
  std::vector<std::string> feats;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    float* row = &steps[i * LL];
    std::copy(trans.begin(), trans.begin() + std::ptrdiff_t(LL), row);
    edge_features(text, tokens, i, feats);
    for (const std::string& f : feats) {
      auto it = m.edges.find(f);
      if (it == m.edges.end()) continue;
      for (auto [k, w] : it->second) row[k] += w;
    }
  }
  return oracle_viterbi(scores, trans.data(), n, steps.data());
}

// Model::label as it was (model52's parent, 75aa25c).
std::vector<Label> oracle_label(const OracleModel& m, const Lexicon& lexicon, std::string_view text,
                                const std::vector<Token>& tokens, const std::vector<int>* more_pins = nullptr) {
  const int L = kLabelCount;
  const std::size_t n = tokens.size();
  std::vector<float> scores(n * L, 0.0f);
  std::vector<LexiconSpan> spans = lexicon_spans(text, tokens, lexicon);
  std::vector<int> pin = pinned_labels(text, tokens);
  if (more_pins)
    for (std::size_t i = 0; i < n && i < more_pins->size(); ++i)
      if (pin[i] == -1) pin[i] = (*more_pins)[i];
  std::vector<std::vector<std::string>> feats(n);
  for (std::size_t i = 0; i < n; ++i) {
    token_features(text, tokens, i, feats[i], &lexicon, &spans);
    oracle_add_scores(m, feats[i], &scores[i * L]);
  }
  std::vector<Label> first = oracle_decode(m, scores, pin, text, tokens);
  if (!m.stacked) return first;
  std::fill(scores.begin(), scores.end(), 0.0f);
  for (std::size_t i = 0; i < n; ++i) {
    stack_features(text, tokens, first, i, feats[i]);
    oracle_add_scores(*m.stacked, feats[i], &scores[i * L]);
  }
  return oracle_decode(*m.stacked, scores, pin, text, tokens);
}

std::string show(const std::vector<Label>& labels) {
  std::string out;
  for (Label l : labels) out += std::string(label_name(l)) + " ";
  return out;
}

// Every reference of `texts` labelled by `model` and by the oracle, with no more pins and with quoted_title_pins'
// (parse_labels' second decoding) where they say something: the number of references whose labels differ.
std::size_t differing_labels(const Model& model, const std::vector<std::string>& texts, std::size_t& tokens) {
  const OracleModel oracle(model);
  std::size_t differing = 0;
  for (const std::string& text : texts) {
    std::vector<Token> toks = tokenize(text);
    tokens += toks.size();
    std::vector<Label> got = model.label(text, toks);
    std::vector<Label> want = oracle_label(oracle, model.lexicon, text, toks);
    if (got != want && ++differing <= 3) {
      INFO(text);
      CHECK(show(got) == show(want));
    }
    if (std::vector<int> pin = quoted_title_pins(text, toks, want); !pin.empty()) {
      got = model.label(text, toks, &pin);
      want = oracle_label(oracle, model.lexicon, text, toks, &pin);
      if (got != want && ++differing <= 3) {
        INFO(text << " | quoted title pins");
        CHECK(show(got) == show(want));
      }
    }
  }
  return differing;
}

}  // namespace

TEST_CASE("Model::label: the bundled model's labels are those of the string-keyed model it replaced",
          "[refparse][model52]") {
  const std::vector<std::string> texts = test::reference_texts();
  REQUIRE(texts.size() > 1000);
  const Model& model = bundled_model();
  REQUIRE_FALSE(model.edges.empty());
  std::size_t tokens = 0;
  CHECK(differing_labels(model, texts, tokens) == 0);
  CHECK(tokens > 20000);
}

TEST_CASE("Model::label: a stacked model with edge features labels as the string-keyed model did",
          "[refparse][model52]") {
  std::vector<Example> examples =
      read_anystyle(test::slurp(std::string(REFNET_FIXTURES) + "/refparse/anystyle__core.xml"), "core");
  REQUIRE(examples.size() > 300);
  std::vector<Example> train_set(examples.begin(), examples.begin() + 200);
  TrainOptions opt;
  opt.algorithm = TrainOptions::kCrf;
  opt.min_count = 2;
  opt.prune = 0.01f;
  opt.lexicon_min_count = 3;
  opt.span_min_count = 2;
  opt.max_iterations = 15;
  opt.stack_folds = 2;
  opt.stack_iterations = 10;
  opt.edge_features = true;
  opt.edge_word_before = true;
  opt.threads = 1;
  const Model model = train(train_set, opt);
  REQUIRE(model.stacked);
  REQUIRE_FALSE(model.stacked->edges.empty());
  std::vector<std::string> texts;
  for (const Example& ex : examples) texts.push_back(ex.text);
  std::size_t tokens = 0;
  CHECK(differing_labels(model, texts, tokens) == 0);
  // A model made by hand with fewer transitions than labels (the rest 0) labels as the oracle too.
  Model bare = Model::load(model.save());
  bare.transitions.resize(kLabelCount);
  tokens = 0;
  CHECK(differing_labels(bare, std::vector<std::string>(texts.begin(), texts.begin() + 50), tokens) == 0);
}

TEST_CASE("FeatureMap: finds what std::unordered_map finds, by any string, in the order entries came",
          "[refparse][model52]") {
  std::mt19937 rng(52);
  FeatureMap<int> map;
  std::unordered_map<std::string, int> want;
  std::vector<std::string> order;
  // Names of every length around the hash's 4- and 8-byte steps, many sharing prefixes and suffixes, as features do.
  auto name = [&] {
    std::string s;
    std::size_t len = rng() % 40;
    for (std::size_t k = 0; k < len; ++k) s += "ab=|xyz."[rng() % 8];
    return s;
  };
  for (int k = 0; k < 20000; ++k) {
    std::string s = name();
    auto [it, added] = map.emplace(s, k);
    auto [wit, wadded] = want.emplace(s, k);
    CHECK(added == wadded);
    CHECK(it->second == wit->second);
    if (wadded) order.push_back(s);
  }
  REQUIRE(map.size() == want.size());
  for (const auto& [s, v] : want) {
    REQUIRE(map.count(s) == 1);
    CHECK(map.at(s) == v);
    CHECK(*map.get(s) == v);
    CHECK(map.get(s, feature_hash(s)) == &map.find(s)->second);
  }
  for (int k = 0; k < 20000; ++k) {
    std::string s = name() + "#";  // no name holds '#'
    CHECK(map.get(s) == nullptr);
    CHECK(map.find(s) == map.end());
  }
  CHECK_THROWS_AS(map.at("#"), std::out_of_range);
  std::size_t at = 0;
  for (const auto& [s, v] : map) CHECK(s == order[at++]);
  map["new"] = 7;
  CHECK(map.at("new") == 7);
  map["new"] += 1;
  CHECK(map.at("new") == 8);
  CHECK(map.size() == want.size() + 1);
  // The empty name is a name like the others.
  CHECK(map.count("") == want.count(""));
  map.clear();
  CHECK(map.empty());
  CHECK(map.get("new") == nullptr);
  map.emplace("again", 1);
  CHECK(map.at("again") == 1);
}

TEST_CASE("WeightList: a list of many weights is a dense row too, unless a key comes twice", "[refparse][model52]") {
  std::vector<LabelWeights::value_type> many;
  for (int y = 0; y < 10; ++y) many.emplace_back(Label(2 * y), 0.5f * float(y + 1));
  LabelWeights dense(many);
  REQUIRE(dense.dense() != nullptr);
  for (int y = 0; y < kLabelCount; ++y) CHECK(dense.dense()[y] == (y % 2 ? 0.0f : 0.5f * float(y / 2 + 1)));
  CHECK(dense.size() == 10);
  CHECK(dense[3].first == Label(6));
  CHECK(LabelWeights({{kTitle, 1.0f}, {kJournal, 2.0f}}).dense() == nullptr);  // few: a list only
  many.emplace_back(Label(0), 1.0f);
  CHECK(LabelWeights(many).dense() == nullptr);  // label 0 twice: added one by one, as the text lists them
  dense.append({{Label(1), 1.0f}});
  REQUIRE(dense.dense() != nullptr);
  CHECK(dense.dense()[1] == 1.0f);
  // A feature named on two lines of the model's text has the weights of both.
  std::string text = bundled_model().save();
  std::size_t lexicon = text.find("\nlexicon ");
  REQUIRE(lexicon != std::string::npos);
  Model m = Model::load(text + "w=journal\t4:250\nw=journal\t5:-100\n");
  const LabelWeights& ws = m.weights.at("w=journal");
  CHECK(ws.size() == bundled_model().weights.at("w=journal").size() + 2);
  CHECK(ws[ws.size() - 1].first == kContainer);
  CHECK(ws[ws.size() - 1].second == Approx(-1.0f));
}
