// refnet overlap: how the sources (databases) of a review overlap.
#include <iostream>

#include "cli.hpp"
#include "refnet/output.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "overlap",
    "refnet overlap [options]",
    "how the sources overlap: works per source, works only one source found, works each pair found",
    "Sources are the labels of the imported records (import --source).  A work\n"
    "counts for every source that has a record of it, merged or not.\n\n"
    "  refnet overlap -o overlap.svg   a heatmap of the pairs and an UpSet-style plot\n"
    "  refnet overlap -o overlap.tsv   the table\n",
    {
        {"output", "FILE", "write FILE.svg (heatmap and UpSet-style plot) or FILE.tsv (the table)"},
    },
    "refnet overlap\nrefnet overlap -o overlap.svg\nrefnet overlap -o overlap.tsv\n"};

int run(const Args& args) {
  std::string path = args.get("output");
  bool tsv = false;
  if (!path.empty()) {
    std::string lower = ascii_lower(path);
    tsv = ends_with(lower, ".tsv");
    if (!tsv && !ends_with(lower, ".svg")) throw UsageError("--output: '" + path + "' is neither .svg nor .tsv");
  }
  Library lib = open_library(args, false, Library::Access::read_only);
  Overlap o = source_overlap(lib);
  if (!path.empty()) write_output(path, [&](std::ostream& out) { out << (tsv ? overlap_tsv(o) : overlap_svg(o)); });
  if (args.json()) {
    std::cout << "{\"total\":" << o.total << ",\"sources\":[";
    for (std::size_t i = 0; i < o.labels.size(); ++i) {
      std::cout << (i ? "," : "") << "{\"label\":" << json_quote(o.labels[i]) << ",\"works\":" << o.works[i]
                << ",\"unique\":" << o.unique[i] << ",\"shared\":{";
      for (std::size_t j = 0; j < o.labels.size(); ++j)
        std::cout << (j ? "," : "") << json_quote(o.labels[j]) << ":" << o.shared[i][j];
      std::cout << "}}";
    }
    std::cout << "],\"combinations\":[";
    for (std::size_t c = 0; c < o.combinations.size(); ++c) {
      std::cout << (c ? "," : "") << "{\"sources\":[";
      for (std::size_t k = 0; k < o.combinations[c].first.size(); ++k)
        std::cout << (k ? "," : "") << json_quote(o.labels[o.combinations[c].first[k]]);
      std::cout << "],\"works\":" << o.combinations[c].second << "}";
    }
    std::cout << "]}\n";
    return kOk;
  }
  TerminalSafeOutput safe(std::cout);
  std::cout << overlap_tsv(o);
  std::cout << o.total << " works found by " << o.labels.size() << " sources\n";
  if (!path.empty()) std::cout << "written to " << path << "\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
