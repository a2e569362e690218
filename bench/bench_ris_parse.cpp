// Parse-only speed of the RIS importer: decode once, then time parse_ris over
// the text with a sink that only counts.  Run by hand:
//   bench_ris_parse /tmp/gc100k/corpus.ris [runs]
// (generate the corpus with /work/shared/bench/gen_corpus.py).  Nothing is
// asserted; the figures are printed.
#include "parse_bench.hpp"

int main(int argc, char** argv) {
  return run_parse_bench(
      argc, argv, "FILE.ris",
      [](std::string_view text, refnet::Diagnostics& diags, const refnet::RecordSink& sink) {
        return refnet::parse_ris(text, diags, sink);
      },
      "authors", [](const refnet::Record& r) { return r.authors.size(); });
}
