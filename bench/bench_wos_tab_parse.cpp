// Parse-only speed of the Web of Science tab-delimited importer.  Run by hand:
//   bench_wos_tab_parse /tmp/gc100k/corpus.wos-tab.txt [runs]
// (the WoS tagged corpus of bench/gen_wos_scopus.py written as a tab file by
// fixtures/wos/tagged_to_tab.py --utf8).  Nothing is asserted; the figures
// are printed.
#include "parse_bench.hpp"

int main(int argc, char** argv) {
  return run_parse_bench(argc, argv, "FILE.txt", [](std::string_view text, refnet::Diagnostics& diags,
                                                   const refnet::RecordSink& sink) {
    return refnet::parse_wos_tab(text, diags, sink);
  });
}
