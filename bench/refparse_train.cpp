// Trains the reference parser's model from labelled references and writes
// it as text: how data/refparse.model is made.
//   build/refparse_train [DATA_DIR] [OUT]
// DATA_DIR defaults to ../shared/refparse (AnyStyle's and GROBID's labelled
// references), OUT to data/refparse.model.  The held-out split
// (refparse::is_held_out) is left out, so bench/refparse_eval measures the
// model on references it never saw.  Deterministic: the same data gives the
// same file.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "refnet/refparse.hpp"

using namespace refnet::refparse;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/refparse";
  std::string out = argc > 2 ? argv[2] : "data/refparse.model";
  TrainOptions opt;
  // Overrides for experiments; data/refparse.model is made with the defaults.
  if (const char* e = std::getenv("REFPARSE_EPOCHS")) opt.epochs = std::atoi(e);
  if (const char* e = std::getenv("REFPARSE_MIN_COUNT")) opt.min_count = std::atoi(e);
  if (const char* e = std::getenv("REFPARSE_PRUNE")) opt.prune = float(std::atof(e));
  std::vector<Example> all = load_corpus(dir);
  std::vector<Example> train_set;
  for (Example& ex : all)
    if (!is_held_out(ex)) train_set.push_back(std::move(ex));
  std::cerr << "refparse_train: " << all.size() << " distinct references, training on " << train_set.size()
            << " (" << all.size() - train_set.size() << " held out), " << opt.epochs << " epochs\n";
  Model m = train(train_set, opt);
  std::string text = m.save();
  std::ofstream o(out, std::ios::binary);
  o << text;
  if (!o) {
    std::cerr << "refparse_train: cannot write " << out << "\n";
    return 1;
  }
  std::cerr << "refparse_train: " << m.weights.size() << " features, " << text.size() << " bytes -> " << out << "\n";
  return 0;
}
