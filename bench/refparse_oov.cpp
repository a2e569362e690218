// Where the reference parser's model loses on unseen text (issue 16, model59): words the model knows against words it
// does not, and tokens at a field's boundary against tokens inside a field.
//   build/refparse_oov [DATA_DIR] [--model FILE] [--tsv FILE]...
// A word is known when the model has weights for its "w=" feature (the lower-cased word seen at least min_count times
// in training).  On the held-out split of DATA_DIR (default ../shared/refparse; the labels as published, the label
// corrections applied when fixtures/refparse/label_corrections.tsv is there) each token's label from parse_labels (the
// model, then the rules) is compared with its gold label: the wrong tokens' share among known and unknown words,
// punctuation, and tokens whose gold label differs from a neighbour's (a boundary); the raw Viterbi labels
// (Model::label) the same, so that the rules' share shows.  For each --tsv table (its first column the reference, as
// refparse_eval reads it; no token labels) the share of unknown words only: the unseen sets' distance from the
// training data.  Prints one line per count; assert nothing.
#include <algorithm>
#include <cstdio>
#include <map>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "../src/refparse_detail.hpp"
#include "refnet/refparse.hpp"

using namespace refnet::refparse;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool is_word(std::string_view w) {
  return !w.empty() && !detail::is_punct_cp(char32_t(static_cast<unsigned char>(w[0])));
}

struct Tally {
  long tokens = 0, wrong = 0;
  void add(bool bad) {
    ++tokens;
    wrong += bad;
  }
};

void print(const char* what, const Tally& t) {
  std::printf("  %-28s %8ld tokens %7ld wrong %6.2f %%\n", what, t.tokens, t.wrong,
              t.tokens ? 100.0 * double(t.wrong) / double(t.tokens) : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "../shared/refparse", model_file;
  std::vector<std::string> tsvs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--model" && i + 1 < argc) model_file = argv[++i];
    else if (a == "--tsv" && i + 1 < argc) tsvs.push_back(argv[++i]);
    else dir = a;
  }
  Model loaded;
  if (!model_file.empty()) loaded = Model::load(slurp(model_file));
  const Model& m = model_file.empty() ? bundled_model() : loaded;
  auto known = [&](std::string_view w) { return m.weights.count("w=" + detail::lower(w)) > 0; };

  std::vector<Example> all = load_corpus(dir);
  std::string corrections = slurp("fixtures/refparse/label_corrections.tsv");
  if (!corrections.empty()) {
    std::vector<std::string> problems;
    apply_label_corrections(all, corrections, "fixtures/refparse/label_corrections.tsv", problems);
  }
  // [0] parse_labels, [1] the model's Viterbi alone.
  Tally known_w[2], unknown_w[2], punct[2], boundary[2], inside[2], total[2];
  std::map<std::pair<int, int>, long> inside_pairs;  // parse_labels' wrong tokens inside a field: (gold, parsed)
  for (const Example& ex : all) {
    if (!is_held_out(ex)) continue;
    std::vector<Token> toks = tokenize(ex.text);
    if (toks.size() != ex.labels.size() || toks.empty()) continue;
    std::vector<Label> got[2] = {parse_labels(ex.text, toks, m), m.label(ex.text, toks)};
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::string_view w = std::string_view(ex.text).substr(toks[i].begin, toks[i].end - toks[i].begin);
      bool edge = (i > 0 && ex.labels[i - 1] != ex.labels[i]) ||
                  (i + 1 < toks.size() && ex.labels[i + 1] != ex.labels[i]);
      for (int k = 0; k < 2; ++k) {
        bool bad = got[k][i] != ex.labels[i];
        total[k].add(bad);
        (is_word(w) ? (known(w) ? known_w[k] : unknown_w[k]) : punct[k]).add(bad);
        (edge ? boundary[k] : inside[k]).add(bad);
        if (k == 0 && bad && !edge) ++inside_pairs[{ex.labels[i], got[k][i]}];
      }
    }
  }
  const char* names[2] = {"parse_labels (model and rules)", "the model's Viterbi alone"};
  for (int k = 0; k < 2; ++k) {
    std::printf("held-out, corrected labels, %s:\n", names[k]);
    print("all tokens", total[k]);
    print("known words", known_w[k]);
    print("unknown words", unknown_w[k]);
    print("punctuation", punct[k]);
    print("at a field's boundary", boundary[k]);
    print("inside a field", inside[k]);
  }
  std::vector<std::pair<long, std::pair<int, int>>> pairs;
  for (const auto& [p, c] : inside_pairs) pairs.emplace_back(c, p);
  std::sort(pairs.rbegin(), pairs.rend());
  std::printf("parse_labels' wrong tokens inside a field, gold -> parsed (the 12 commonest):\n");
  for (std::size_t k = 0; k < pairs.size() && k < 12; ++k)
    std::printf("  %-14s -> %-14s %6ld\n", label_name(Label(pairs[k].second.first)),
                label_name(Label(pairs[k].second.second)), pairs[k].first);
  for (const std::string& file : tsvs) {
    std::ifstream in(file);
    std::string line;
    long words = 0, unknown = 0;
    bool header = true;
    while (std::getline(in, line)) {
      if (header) {
        header = false;
        continue;
      }
      std::string text = line.substr(0, line.find('\t'));
      for (const Token& t : tokenize(text)) {
        std::string_view w = std::string_view(text).substr(t.begin, t.end - t.begin);
        if (!is_word(w)) continue;
        ++words;
        unknown += !known(w);
      }
    }
    std::printf("%s: %ld words, %ld unknown to the model (%.2f %%)\n", file.c_str(), words, unknown,
                words ? 100.0 * double(unknown) / double(words) : 0.0);
  }
  return 0;
}
