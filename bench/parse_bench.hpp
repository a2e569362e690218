// The parse-only benchmark loop shared by bench_wos_parse and
// bench_scopus_csv_parse: decode once, then time `parse` over the text with a
// sink that counts records and their cited references; best of N runs.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

template <typename Parse>
int run_parse_bench(int argc, char** argv, const char* usage, Parse parse) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s %s [runs]\n", argv[0], usage);
    return 2;
  }
  int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  std::string text = refnet::decode_text(refnet::read_file(argv[1])).text;
  double mb = text.size() / 1e6, best = 1e30;
  std::size_t records = 0, rejected = 0, references = 0;
  for (int i = 0; i < runs; ++i) {
    refnet::Diagnostics diags;
    diags.set_source(argv[1], text);
    references = 0;
    auto t0 = std::chrono::steady_clock::now();
    refnet::ParseStats s = parse(text, diags, [&](refnet::Record&& r) { references += r.references.size(); });
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (secs < best) best = secs;
    records = s.records;
    rejected = s.rejected;
  }
  std::printf("%s: %.1f MB, %zu records (%zu rejected, %zu cited references), best of %d: %.3f s = %.0f MB/s, %.0f records/s\n",
              argv[1], mb, records, rejected, references, runs, best, mb / best, records / best);
  return 0;
}
