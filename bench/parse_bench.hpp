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
//
// A change of a parser's speed must not change what it reads:
//   bench_wos_parse FILE 1 --dump before.jsonl      (and after the change: diff)
// writes each record's JSON (references, provenance included) as the sink
// gets it, then the diagnostics; --dump-kept writes the same from records the
// sink kept (moved away) until the end: a parser that reuses the buffers of a
// record the sink did not keep must give the same lines both ways.
//
// --keep: the timed sink keeps every record (moves it into a vector, freed
// after the clock stops), as `refnet import` does, instead of counting and
// dropping it: a parser that reuses the buffers of dropped records gains
// nothing then, and the figure is the one an import sees.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"

inline std::size_t count_references(const refnet::Record& r) { return r.references.size(); }

// One line a record: its JSON, then the file, format, line and hash of its provenance.
inline void dump_record(std::ostream& out, const refnet::Record& r) {
  out << refnet::to_json(r) << '\t' << r.provenance.file << '\t' << r.provenance.format << '\t'
      << r.provenance.line << '\t' << r.provenance.hash << '\n';
}

// --dump FILE / --dump-kept FILE (see above): parse once into FILE.
template <typename Parse>
void dump_parse(std::string_view text, const char* name, Parse parse, const std::string& path, bool kept) {
  std::ofstream out(path, std::ios::binary);
  refnet::Diagnostics diags(refnet::Diagnostics::kAll);
  diags.set_source(name, text);
  std::vector<refnet::Record> records;
  refnet::ParseStats s = parse(text, diags, [&](refnet::Record&& r) {
    if (kept) records.push_back(std::move(r));
    else dump_record(out, r);
  });
  for (const refnet::Record& r : records) dump_record(out, r);
  for (const refnet::Diagnostic& d : diags.items()) out << d.headline() << '\n';
  out << s.records << " records, " << s.rejected << " rejected\n";
}

// "FILE [runs] [--dump OUT] [--dump-kept OUT]": the runs, and the dumps asked for.
struct BenchArgs {
  int runs = 5;
  bool keep = false;
  std::string dump, dump_kept;
  BenchArgs(int argc, char** argv) {
    for (int i = 2; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--dump" && i + 1 < argc) dump = argv[++i];
      else if (a == "--dump-kept" && i + 1 < argc) dump_kept = argv[++i];
      else if (a == "--keep") keep = true;
      else if (a.rfind("--", 0) == 0) ++i;  // another option and its value (--write OUT)
      else runs = std::atoi(argv[i]);
    }
  }
  template <typename Parse>
  void dumps(std::string_view text, const char* name, Parse parse) const {
    if (!dump.empty()) dump_parse(text, name, parse, dump, false);
    if (!dump_kept.empty()) dump_parse(text, name, parse, dump_kept, true);
  }
};

template <typename Parse, typename Count = std::size_t (*)(const refnet::Record&)>
int run_parse_bench(int argc, char** argv, const char* usage, Parse parse, const char* counted = "cited references",
                    Count count = count_references) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s %s [runs] [--keep] [--dump OUT] [--dump-kept OUT]\n", argv[0], usage);
    return 2;
  }
  const BenchArgs args(argc, argv);
  const int runs = args.runs;
  std::string text = refnet::decode_text(refnet::read_file(argv[1])).text;
  args.dumps(text, argv[1], parse);
  double mb = text.size() / 1e6, best = 1e30;
  std::size_t records = 0, rejected = 0, items = 0;
  for (int i = 0; i < runs; ++i) {
    refnet::Diagnostics diags;
    diags.set_source(argv[1], text);
    items = 0;
    std::vector<refnet::Record> kept;
    auto t0 = std::chrono::steady_clock::now();
    refnet::ParseStats s = parse(text, diags, [&](refnet::Record&& r) {
      items += count(r);
      if (args.keep) kept.push_back(std::move(r));
    });
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (secs < best) best = secs;
    records = s.records;
    rejected = s.rejected;
  }
  std::printf("%s: %.1f MB, %zu records (%zu rejected, %zu %s), best of %d%s: %.3f s = %.0f MB/s, %.0f records/s\n",
              argv[1], mb, records, rejected, items, counted, runs, args.keep ? " (records kept)" : "", best, mb / best,
              records / best);
  return 0;
}
