// How many of the labelled journal and container spans an external gazetteer
// names exactly: the words of the span, lower-cased and joined by one space,
// are one of its names (gazetteer_lexicon's keys, whatever their kind).
//   build/refparse_gazetteer_coverage GAZETTEER.tsv [DATA_DIR]
// DATA_DIR defaults to ../shared/refparse; the held-out split is left out
// (the references refparse_train learns from, dev split included).  Prints
// per label the spans, the distinct span values and the share of each named.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

using namespace refnet::refparse;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: refparse_gazetteer_coverage GAZETTEER.tsv [DATA_DIR]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string tsv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    std::cerr << "refparse_gazetteer_coverage: cannot read " << argv[1] << "\n";
    return 1;
  }
  Lexicon gz = gazetteer_lexicon(tsv);
  std::vector<Example> all = load_corpus(argc > 2 ? argv[2] : "../shared/refparse");
  struct Count {
    std::size_t spans = 0, named = 0;
    std::set<std::string> values, named_values;
  };
  Count counts[2];
  for (const Example& ex : all) {
    if (is_held_out(ex)) continue;
    std::vector<Token> toks = tokenize(ex.text);
    if (toks.size() != ex.labels.size()) continue;
    for (std::size_t a = 0; a < toks.size();) {
      std::size_t b = a;
      while (b < toks.size() && ex.labels[b] == ex.labels[a]) ++b;
      if (ex.labels[a] == kJournal || ex.labels[a] == kContainer) {
        std::string key = "gz:";
        std::size_t words = 0;
        for (std::size_t k = a; k < b; ++k) {
          std::string_view w = std::string_view(ex.text).substr(toks[k].begin, toks[k].end - toks[k].begin);
          unsigned char c = static_cast<unsigned char>(w[0]);
          if (c < 0x80 && !refnet::is_alpha(char(c)) && !refnet::is_digit(char(c))) continue;  // punctuation, as gazetteer_lexicon skips it
          key += (words++ ? " " : "") + refnet::ascii_lower(w);
        }
        Count& n = counts[ex.labels[a] == kJournal ? 0 : 1];
        ++n.spans;
        n.values.insert(key);
        if (gz.count(key)) ++n.named, n.named_values.insert(key);
      }
      a = b;
    }
  }
  std::cout << (gz.size() - 1) << " gazetteer keys\nlabel        spans  named  share  values  named  share\n";
  for (int l = 0; l < 2; ++l) {
    const Count& n = counts[l];
    std::printf("%-10s %7zu %6zu %5.1f%% %7zu %6zu %5.1f%%\n", l == 0 ? "journal" : "container", n.spans, n.named,
                n.spans ? 100.0 * double(n.named) / double(n.spans) : 0.0, n.values.size(), n.named_values.size(),
                n.values.empty() ? 0.0 : 100.0 * double(n.named_values.size()) / double(n.values.size()));
  }
  return 0;
}
