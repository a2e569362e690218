// The average of reference-parser models trained on the same references (model58: an ensemble at the cost of one
// model): every feature's, transition's and edge feature's weight the mean of the models' (0 where a model has
// none), so that the averaged model's score of a labelling is the mean of the models' scores, and Viterbi over it
// labels as the product of the models' distributions (each to the power 1/k) would.  The models must share their
// lexicon (the same training references give the same one; a model's marks such as "win:" are added): a word two
// lexicons class differently is an error, since the features of one lexicon are all a model can read.
//   build/refparse_average OUT MODEL MODEL [MODEL...] [--prune X]
// --prune X drops the averaged weights below X in magnitude (the trainer's prune is 0.01).  Deterministic: the same
// models give the same file (Model::save sorts every part).
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

#include "refnet/refparse.hpp"

using namespace refnet::refparse;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  std::vector<std::string> inputs;
  float prune = 0.0f;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--prune" && i + 1 < argc) {
      prune = float(std::atof(argv[++i]));
    } else if (out.empty()) {
      out = a;
    } else {
      inputs.push_back(a);
    }
  }
  if (out.empty() || inputs.empty()) {
    std::cerr << "usage: refparse_average OUT MODEL [MODEL...] [--prune X]\n";
    return 2;
  }
  const double k = double(inputs.size());
  const std::size_t L = kLabelCount, LL = L * L;
  std::map<std::string, std::vector<double>> weights, edges;
  std::vector<double> transitions(LL + L, 0.0);
  Lexicon lexicon;
  for (const std::string& path : inputs) {
    std::string text = slurp(path);
    if (text.empty()) {
      std::cerr << "refparse_average: cannot read " << path << "\n";
      return 1;
    }
    Model m = Model::load(text);
    if (m.stacked) {
      std::cerr << "refparse_average: " << path << " has a second pass; only one-pass models average\n";
      return 1;
    }
    for (const auto& [word, cls] : m.lexicon) {
      auto [it, added] = lexicon.emplace(word, cls);
      if (!added && it->second != cls) {
        std::cerr << "refparse_average: the lexicons differ: '" << word << "' is " << it->second << " and " << cls
                  << " in " << path << "\n";
        return 1;
      }
    }
    for (std::size_t t = 0; t < m.transitions.size() && t < transitions.size(); ++t) transitions[t] += m.transitions[t] / k;
    for (const auto& [name, ws] : m.weights) {
      std::vector<double>& row = weights[name];
      row.resize(L, 0.0);
      for (auto [y, w] : ws) row[std::size_t(y)] += w / k;
    }
    for (const auto& [name, ws] : m.edges) {
      std::vector<double>& row = edges[name];
      row.resize(LL, 0.0);
      for (auto [pn, w] : ws) row[pn] += w / k;
    }
  }
  Model avg;
  for (std::size_t y = 0; y < L; ++y) avg.labels.push_back(label_name(Label(y)));
  avg.lexicon = std::move(lexicon);
  for (double t : transitions) avg.transitions.push_back(float(t));
  const float keep = std::max(prune, 0.005f);  // what the text form (1/100) would write as 0 is dropped
  for (const auto& [name, row] : weights) {
    std::vector<LabelWeights::value_type> ws;
    for (std::size_t y = 0; y < L; ++y)
      if (std::fabs(row[y]) >= keep) ws.emplace_back(Label(y), float(row[y]));
    if (!ws.empty()) avg.weights.emplace(name, LabelWeights(std::move(ws)));
  }
  for (const auto& [name, row] : edges) {
    std::vector<EdgeWeights::value_type> ws;
    for (std::size_t pn = 0; pn < LL; ++pn)
      if (std::fabs(row[pn]) >= keep) ws.emplace_back(std::uint16_t(pn), float(row[pn]));
    if (!ws.empty()) avg.edges.emplace(name, EdgeWeights(std::move(ws)));
  }
  std::string text = avg.save();
  std::ofstream o(out, std::ios::binary);
  o << text;
  if (!o) {
    std::cerr << "refparse_average: cannot write " << out << "\n";
    return 1;
  }
  std::cerr << "refparse_average: " << inputs.size() << " models, " << avg.weights.size() << " features, "
            << avg.edges.size() << " edge features, " << text.size() << " bytes -> " << out << "\n";
  return 0;
}
