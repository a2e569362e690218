// Parse-only speed of the Scopus CSV importer.  Run by hand:
//   bench_scopus_csv_parse /tmp/gc100k/corpus.scopus.csv [runs]
// (generate the corpus with /work/shared/bench/gen_corpus.py, then
// bench/gen_wos_scopus.py on its directory).  Nothing is asserted; the
// figures are printed.
#include "parse_bench.hpp"

int main(int argc, char** argv) {
  return run_parse_bench(argc, argv, "FILE.csv", [](std::string_view text, refnet::Diagnostics& diags,
                                                   const refnet::RecordSink& sink) {
    return refnet::parse_scopus_csv(text, diags, sink);
  });
}
