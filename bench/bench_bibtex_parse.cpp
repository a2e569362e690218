// Parse-only speed of the BibTeX importer: bench_bibtex_parse FILE [REPEAT]
// (e.g. /tmp/gc100k/corpus.bib from shared/bench/gen_corpus.py).  Prints
// records, diagnostics and MB/s of the best run; the sink only counts.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.bib [REPEAT]\n", argv[0]);
    return 2;
  }
  int repeat = argc > 2 ? std::atoi(argv[2]) : 3;
  std::string text = refnet::decode_text(refnet::read_file(argv[1])).text;
  double best = 1e30;
  std::size_t records = 0, diags = 0;
  for (int i = 0; i < repeat; ++i) {
    refnet::Diagnostics d;
    d.set_source(argv[1], text);
    std::size_t n = 0;
    // CPU time, not wall time: the figure should not depend on what else the
    // machine is doing.
    std::clock_t c0 = std::clock();
    refnet::parse_bibtex(text, d, [&n](refnet::Record&&) { ++n; });
    double s = double(std::clock() - c0) / CLOCKS_PER_SEC;
    if (s < best) best = s;
    records = n;
    diags = d.errors() + d.warnings();
  }
  std::printf("%zu records, %zu diagnostics, %.1f MB in %.3f s CPU: %.0f MB/s\n", records, diags,
              text.size() / 1e6, best, text.size() / 1e6 / best);
}
