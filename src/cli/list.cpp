// refnet list [selection]: the selected works, one line each (or TSV, CSV,
// JSON, keys).
#include <iostream>

#include "cli.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{"list", "refnet list [options] [ID|DOI|KEY...]", "list the works in the library, filtered",
                   "Filters combine: every one must hold, a repeated filter too (--keyword a --keyword b:\n"
                   "works with both keywords).  On a terminal the list goes through $PAGER (less -FRX).\n",
                   kSelectionOptions};
  spec.options.insert(spec.options.end(), listing_options().begin(), listing_options().end());
  spec.examples =
      "refnet list --year 2015-2020 --keyword e-government\n"
      "refnet list --author 'Ernst, M.' --sort -year\n"
      "refnet list --text 'open data' --format csv --columns key,year,title,doi\n"
      "refnet list --tag to-read --format keys\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

int run(const Args& args) {
  Library lib = open_library(args, false, Library::Access::read_only);
  Query q = selection_from_args(args, lib);
  return show_works(lib, q, args);
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
