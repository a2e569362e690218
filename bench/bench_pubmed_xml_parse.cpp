// Parse-only speed of the PubMed XML importer.  The input is a generated corpus
// (/work/shared/bench/gen_corpus.py; any format refnet reads, e.g.
// corpus.crossref.json) written out as PubMed writes PubMed XML, or a PubMed XML
// file as it is.  Decoded once, then parse_pubmed_xml is timed with a sink that only
// counts.
//   bench_pubmed_xml_parse /tmp/refnet-bench/gc100000/corpus.crossref.json [runs] [--write corpus.pubmed.xml]
// --write saves the converted input (for import_bench and refnet import).
// Nothing is asserted; the figures are printed.
#include "pubmed_corpus.hpp"

int main(int argc, char** argv) {
  using namespace refnet;
  return bench::run_parse_bench(
      argc, argv, "PubMed XML", [](const Detection& d) { return d.pubmed_xml; }, bench::to_pubmed_xml, parse_pubmed_xml);
}
