// The parse-only benchmark loop shared by the bench_*_parse programs: decode
// once, then time `parse` over the text with a sink that counts records and,
// per record, what `count` gives (by default its cited references); best of
// N runs.
//
// Wall-clock MB/s on a shared machine moves by a third from run to run; the
// instructions a parse executes do not.  Count them with callgrind, naming the
// parser with its parenthesis:
//   valgrind --tool=callgrind --toggle-collect='refnet::parse_ris(*' build/bench_ris_parse FILE 1
// ('refnet::parse_ris*' also matches parse_ris_name, and the toggle switches
// collection off inside every author's name: 93M instead of 108M on the 10k
// corpus; 'parse_medline*' likewise skips parse_medline_date.)
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

inline std::size_t count_references(const refnet::Record& r) { return r.references.size(); }

template <typename Parse, typename Count = std::size_t (*)(const refnet::Record&)>
int run_parse_bench(int argc, char** argv, const char* usage, Parse parse, const char* counted = "cited references",
                    Count count = count_references) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s %s [runs]\n", argv[0], usage);
    return 2;
  }
  int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  std::string text = refnet::decode_text(refnet::read_file(argv[1])).text;
  double mb = text.size() / 1e6, best = 1e30;
  std::size_t records = 0, rejected = 0, items = 0;
  for (int i = 0; i < runs; ++i) {
    refnet::Diagnostics diags;
    diags.set_source(argv[1], text);
    items = 0;
    auto t0 = std::chrono::steady_clock::now();
    refnet::ParseStats s = parse(text, diags, [&](refnet::Record&& r) { items += count(r); });
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (secs < best) best = secs;
    records = s.records;
    rejected = s.rejected;
  }
  std::printf("%s: %.1f MB, %zu records (%zu rejected, %zu %s), best of %d: %.3f s = %.0f MB/s, %.0f records/s\n",
              argv[1], mb, records, rejected, items, counted, runs, best, mb / best, records / best);
  return 0;
}
