// Crossref JSON import speed: parse + map a file, print MB/s and what came
// out.  Run by hand (peak memory with /usr/bin/time -v):
//   bench_crossref_parse /tmp/gc100k/corpus.crossref.json [repeats]
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/importer.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.json [repeats]\n", argv[0]);
    return 2;
  }
  int repeats = argc > 2 ? std::atoi(argv[2]) : 1;
  std::string text;
  {
    // Read straight into one buffer: peak memory is then the text plus what
    // the importer holds.
    std::ifstream in(argv[1], std::ios::binary | std::ios::ate);
    text.resize(static_cast<std::size_t>(in.tellg()));
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
  }
  double best = 1e9, best_cpu = 1e9;  // CPU time too: shared machines make wall time noisy
  std::size_t records = 0, references = 0, authors = 0, errors = 0;
  for (int k = 0; k < repeats; ++k) {
    refnet::Diagnostics diags;
    diags.set_source(argv[1], text);
    records = references = authors = 0;
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    refnet::ParseStats s = refnet::parse_crossref_json(text, diags, [&](refnet::Record&& r) {
      ++records;
      references += r.references.size();
      authors += r.authors.size();
    });
    double dt = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, dt);
    best_cpu = std::min(best_cpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
    errors = diags.errors();
    (void)s;
  }
  std::printf("%s: %.1f MB in %.3f s = %.1f MB/s (CPU %.3f s = %.1f MB/s); %zu records, %zu authors, %zu references, %zu errors\n",
              argv[1], text.size() / 1e6, best, text.size() / 1e6 / best, best_cpu, text.size() / 1e6 / best_cpu,
              records, authors, references, errors);
}
