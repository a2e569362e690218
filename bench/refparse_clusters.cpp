// Learns the reference parser's word classes (refparse::learn_word_classes)
// from unlabelled reference strings and writes them as "word<TAB>class"
// lines: how data/refparse_classes.tsv is made.
//   build/refparse_clusters [DATA_DIR] [OUT] [FILE...]
// The strings: the labelled references of DATA_DIR (default
// ../shared/refparse) outside the held-out and dev splits, their labels
// unused, and the cited references (their raw text) of each FILE as refnet
// imports it (Scopus CSV `References`, WoS `CR`, RIS `N1 - References:`...).
// OUT defaults to data/refparse_classes.tsv; bench/refparse_train reads it.
// Deterministic: the same inputs give the same file.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/refparse.hpp"

using namespace refnet;
using namespace refnet::refparse;

int main(int argc, char** argv) {
  std::string dir = "../shared/refparse", out = "data/refparse_classes.tsv";
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (i == 1) dir = argv[i];
    else if (i == 2) out = argv[i];
    else files.push_back(argv[i]);
  }
  std::vector<std::string> texts;
  for (const Example& ex : load_corpus(dir))
    if (!is_held_out(ex) && !is_dev(ex)) texts.push_back(ex.text);
  std::size_t labelled = texts.size();
  for (const std::string& f : files) {
    Diagnostics diags;
    std::size_t before = texts.size();
    import_text(decode_text(read_file(f)).text, Format::unknown, diags, [&](Record&& r) {
      for (const Reference& ref : r.references)
        if (!ref.raw.empty()) texts.push_back(ref.raw);
    });
    std::cerr << "refparse_clusters: " << f << ": " << texts.size() - before << " reference strings\n";
  }
  // REFPARSE_CLASSES_K=N: N classes rather than 64; REFPARSE_CLASSES_MIN=N: words seen N times (default 5).
  int k = 64, min_count = 5;
  if (const char* e = std::getenv("REFPARSE_CLASSES_K")) k = std::max(1, std::atoi(e));
  if (const char* e = std::getenv("REFPARSE_CLASSES_MIN")) min_count = std::max(1, std::atoi(e));
  Lexicon classes = learn_word_classes(texts, k, min_count);
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& [k, v] : classes)
    if (k.size() > 3) rows.emplace_back(k.substr(3), v);  // "wc:" off; not the mark
  std::sort(rows.begin(), rows.end());
  std::ofstream o(out, std::ios::binary);
  for (const auto& [w, c] : rows) o << w << "\t" << c << "\n";
  if (!o) {
    std::cerr << "refparse_clusters: cannot write " << out << "\n";
    return 1;
  }
  std::cerr << "refparse_clusters: " << labelled << " training strings and " << texts.size() - labelled
            << " cited references -> " << rows.size() << " words in classes -> " << out << "\n";
  return 0;
}
