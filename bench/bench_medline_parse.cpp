// Parse-only speed of the MEDLINE importer.  The input is a generated corpus
// (/work/shared/bench/gen_corpus.py; any format refnet reads, e.g.
// corpus.crossref.json) written out as PubMed writes MEDLINE, or a MEDLINE file
// as it is.  Decoded once, then parse_medline is timed with a sink that only counts.
//   bench_medline_parse /tmp/refnet-bench/gc100000/corpus.crossref.json [runs] [--write corpus.medline.txt]
// --write saves the converted input (for import_bench and refnet import).
// Nothing is asserted; the figures are printed.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "pubmed_corpus.hpp"

int main(int argc, char** argv) {
  using namespace refnet;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS [runs] [--write OUT]\n", argv[0]);
    return 2;
  }
  int runs = 5;
  std::string write;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--write" && i + 1 < argc) write = argv[++i];
    else runs = std::atoi(argv[i]);
  }
  std::string text = decode_text(read_file(argv[1])).text;
  if (!detect_formats(text).medline) text = bench::to_medline(bench::load_corpus(argv[1]));
  if (!write.empty()) std::ofstream(write, std::ios::binary) << text;
  double mb = text.size() / 1e6, best = 1e30;
  std::size_t records = 0, rejected = 0, authors = 0;
  for (int i = 0; i < runs; ++i) {
    Diagnostics diags;
    diags.set_source(argv[1], text);
    authors = 0;
    auto t0 = std::chrono::steady_clock::now();
    ParseStats s = parse_medline(text, diags, [&](Record&& r) { authors += r.authors.size(); });
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (secs < best) best = secs;
    records = s.records;
    rejected = s.rejected;
  }
  std::printf("%s (MEDLINE): %.1f MB, %zu records (%zu rejected, %zu authors), best of %d: %.3f s = %.0f MB/s, %.0f records/s\n",
              argv[1], mb, records, rejected, authors, runs, best, mb / best, records / best);
  return 0;
}
