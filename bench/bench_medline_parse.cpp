// Parse-only speed of the MEDLINE importer.  The input is a generated corpus
// (/work/shared/bench/gen_corpus.py; any format refnet reads, e.g.
// corpus.crossref.json) written out as PubMed writes MEDLINE, or a MEDLINE
// file as it is.  Decoded once, then parse_medline is timed with a sink that only
// counts.
//   bench_medline_parse /tmp/refnet-bench/gc100000/corpus.crossref.json [runs] [--write corpus.medline.txt]
// --write saves the converted input (for import_bench and refnet import).
// Nothing is asserted; the figures are printed.
#include "pubmed_corpus.hpp"

int main(int argc, char** argv) {
  using namespace refnet;
  return bench::run_parse_bench(
      argc, argv, "MEDLINE", [](const Detection& d) { return d.medline; }, bench::to_medline, parse_medline);
}
