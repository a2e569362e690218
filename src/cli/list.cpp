// refnet list [selection]: one line per work.
#include <iostream>

#include "cli.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{"list", "refnet list [options] [ID|DOI|KEY...]", "list the works in the library, filtered",
                   "Filters combine (all must hold).  Example: refnet list --year 2015-2020 --keyword e-government\n",
                   kSelectionOptions};
  return spec;
}
const CommandSpec kSpec = make_spec();

int run(const Args& args) {
  TerminalSafeOutput safe_output(std::cout);  // imported text never drives the terminal
  Library lib = open_library(args, false, Library::Access::read_only);
  Query q = selection_from_args(args, lib);
  if (args.json()) {
    std::cout << "[";
    bool first = true;
    lib.each(q, [&](const Work& w) {
      // each() does not read the sources; get() does, as for `show --json`.
      auto full = lib.get(w.id);
      std::cout << (first ? "\n" : ",\n") << work_json(full ? *full : w);
      first = false;
      return true;
    });
    std::cout << (first ? "]\n" : "\n]\n");
    return kOk;
  }
  std::size_t n = 0;
  lib.each(q, [&](const Work& w) {
    std::cout << list_line(w) << "\n";
    ++n;
    return true;
  });
  std::cerr << n << (n == 1 ? " work\n" : " works\n");
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
