// Parse-only speed of the Web of Science tagged importer.  Run by hand:
//   bench_wos_parse /tmp/gc100k/corpus.wos.txt [runs]
// (generate the corpus with /work/shared/bench/gen_corpus.py, then
// bench/gen_wos_scopus.py on its directory).  Nothing is asserted; the
// figures are printed.
#include "parse_bench.hpp"

int main(int argc, char** argv) {
  return run_parse_bench(argc, argv, "FILE.txt", [](std::string_view text, refnet::Diagnostics& diags,
                                                   const refnet::RecordSink& sink) {
    return refnet::parse_wos_tagged(text, diags, sink);
  });
}
