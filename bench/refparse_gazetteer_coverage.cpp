// How many of the labelled journal and container spans an external gazetteer
// names exactly: the words of the span, lower-cased and joined by one space,
// are one of its names (gazetteer_lexicon's keys, whatever their kind).
//   build/refparse_gazetteer_coverage GAZETTEER.tsv [DATA_DIR]
// DATA_DIR defaults to ../shared/refparse; the held-out split is left out
// (the references refparse_train learns from, dev split included).  Prints
// per label the spans, the distinct span values and the share of each named;
// then (model61) where the feature would fire: the word tokens lexicon_spans
// puts under a name (xg=), by their labelled field, for names of one word and
// of two or more, and the title spans holding a name of two words or more.
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
  // The tokens under a name (lexicon_spans' ext over word tokens), by label and the name's word count (1, 2+).
  std::size_t under[2][kLabelCount] = {}, words_by_label[kLabelCount] = {};
  std::size_t title_spans = 0, title_spans_hit = 0;
  for (const Example& ex : all) {
    if (is_held_out(ex)) continue;
    std::vector<Token> toks = tokenize(ex.text);
    if (toks.size() != ex.labels.size()) continue;
    std::vector<LexiconSpan> spans = lexicon_spans(ex.text, toks, gz);
    for (std::size_t k = 0; k < toks.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(ex.text[toks[k].begin]);
      if (c < 0x80 && !refnet::is_alpha(char(c)) && !refnet::is_digit(char(c))) continue;
      ++words_by_label[ex.labels[k]];
      if (!spans[k].ext.empty()) ++under[spans[k].ext_start == spans[k].ext_last ? 0 : 1][ex.labels[k]];
    }
    for (std::size_t a = 0; a < toks.size();) {
      std::size_t b = a;
      while (b < toks.size() && ex.labels[b] == ex.labels[a]) ++b;
      if (ex.labels[a] == kTitle) {
        ++title_spans;
        for (std::size_t k = a; k < b; ++k)
          if (!spans[k].ext.empty() && spans[k].ext_start != spans[k].ext_last) {
            ++title_spans_hit;
            break;
          }
      }
      a = b;
    }
  }
  std::printf("word tokens under a name, by label: words, under 1-word names, under 2+-word names\n");
  std::size_t tot[2] = {};
  for (int y = 0; y < kLabelCount; ++y) tot[0] += under[0][y], tot[1] += under[1][y];
  for (int y = 0; y < kLabelCount; ++y)
    if (words_by_label[y])
      std::printf("%-16s %8zu %8zu %5.1f%% %8zu %5.1f%%\n", label_name(Label(y)), words_by_label[y], under[0][y],
                  100.0 * double(under[0][y]) / double(words_by_label[y]), under[1][y],
                  100.0 * double(under[1][y]) / double(words_by_label[y]));
  std::printf("under a name: 1-word %zu (journal %.1f%%), 2+-word %zu (journal %.1f%%, container %.1f%%, title %.1f%%)\n",
              tot[0], tot[0] ? 100.0 * double(under[0][kJournal]) / double(tot[0]) : 0.0, tot[1],
              tot[1] ? 100.0 * double(under[1][kJournal]) / double(tot[1]) : 0.0,
              tot[1] ? 100.0 * double(under[1][kContainer]) / double(tot[1]) : 0.0,
              tot[1] ? 100.0 * double(under[1][kTitle]) / double(tot[1]) : 0.0);
  std::printf("title spans holding a 2+-word name: %zu of %zu\n", title_spans_hit, title_spans);
  std::cout << (gz.size() - 1) << " gazetteer keys\nlabel        spans  named  share  values  named  share\n";
  for (int l = 0; l < 2; ++l) {
    const Count& n = counts[l];
    std::printf("%-10s %7zu %6zu %5.1f%% %7zu %6zu %5.1f%%\n", l == 0 ? "journal" : "container", n.spans, n.named,
                n.spans ? 100.0 * double(n.named) / double(n.spans) : 0.0, n.values.size(), n.named_values.size(),
                n.values.empty() ? 0.0 : 100.0 * double(n.named_values.size()) / double(n.values.size()));
  }
  return 0;
}
