// refnet unmerge WORK: reverse the latest merge into (or of) a work (one
// journal entry, which `refnet undo` can take back in its turn).
#include <iostream>

#include "cli.hpp"

namespace refnet::cli {
namespace {

void print_restored(const Args& args, const std::vector<std::int64_t>& restored) {
  if (args.json()) {
    std::cout << "{\"restored\":[";
    for (std::size_t i = 0; i < restored.size(); ++i) std::cout << (i ? "," : "") << restored[i];
    std::cout << "]}\n";
    return;
  }
  std::cout << "restored work" << (restored.size() == 1 ? "" : "s");
  for (std::int64_t id : restored) std::cout << " " << id;
  std::cout << "\n";
}

const CommandSpec kUnmergeSpec{"unmerge", "refnet unmerge [options] WORK",
                               "reverse the latest merge into (or of) a work",
                               "The absorbed works come back with their IDs, keys and sources.\n", {},
    "refnet unmerge 12\n"};

int run_unmerge(const Args& args) {
  if (args.positionals().size() != 1) throw UsageError("name one work (ID, DOI or key)");
  Library lib = open_library(args, false);
  const std::string& name = args.positionals()[0];
  // An absorbed work's own ID names it; its key or DOI names the live work.
  std::int64_t id = 0;
  if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos) {
    id = std::stoll(name);
  } else {
    id = one_work(lib, name);
  }
  Library::Transaction tx(lib);
  auto restored = lib.unmerge_work(id);
  tx.commit();
  print_restored(args, restored);
  return kOk;
}

const Registration reg_unmerge{kUnmergeSpec, run_unmerge};

}  // namespace
}  // namespace refnet::cli
