// Layouts of a keyword map at real vocabulary size (issue 17): VOS mapping
// against igraph's Fruchterman-Reingold, time and canvas used.  Prints one
// tab-separated line per layout:
//   layout  nodes  links  seconds  cpu_seconds  central_90%_span  description
// and, for VOS, its iterations and components.
// Usage: bench_map_layout LIBRARY [TOP]   (TOP: nodes kept, default 2000)
// The library: gen_corpus.py --works 25000 --tail-vocab 50000, imported.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <iostream>

#include "refnet/network_build.hpp"
#include "refnet/network_layout.hpp"

int main(int argc, char** argv) {
  using namespace refnet;
  if (argc < 2) {
    std::cerr << "usage: bench_map_layout LIBRARY [TOP]\n";
    return 2;
  }
  Library lib(argv[1], false, Library::Access::read_only);
  NetworkOptions o;
  o.type = "keywords";
  o.top = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 2000;
  o.normalization = Normalization::association;
  o.link_documents = false;
  Network base = build_network(load_network_docs(lib, Query{}, NetworkDocParts::for_type(o.type)), o);
  for (const char* layout : {"vos", "fr"}) {
    Network n = base;
    AnalysisOptions a;
    a.cluster = "none";
    a.layout = layout;
    a.seed = 1;
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    analyse_network(n, a);
    double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // The SVG's plot area, where the pictures fit the layout.
    std::printf("%s\t%zu\t%zu\t%.3f\t%.3f\t%.3f\t%s\n", layout, n.nodes.size(), n.links.size(), s, cpu,
                central_span(n, 940, 792), n.description.c_str());
    if (std::string(layout) == "vos") {
      VosLayoutOptions vo;
      vo.seed = 1;
      VosLayoutReport r = vos_layout(n, vo);
      std::printf("vos\t%zu iterations (largest component), %zu components, Barnes-Hut %s\n", r.iterations,
                  r.components, r.barnes_hut ? "yes" : "no");
      vo.outlier_pull = -1;  // what the outliers do to the canvas when left where they are
      vos_layout(n, vo);
      std::printf("vos, outliers not pulled in\t\t\t\t\t%.3f\n", central_span(n, 940, 792));
    }
  }
  return 0;
}
