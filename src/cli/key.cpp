// refnet key pin WORK... | SELECTION: pin citation keys, so that rekey
// never changes them (one journal entry).
#include <iostream>

#include "cli.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{"key", "refnet key pin [options] WORK... | SELECTION", "pin citation keys (rekey keeps them)",
                   "WORK: an ID, a DOI, a citation key, a WoS UT, Scopus EID, pmid:N or PMCID;\n"
                   "or a selection (--keyword, --year, ...).\n",
                   {},
    "refnet key pin smith2020 --tag thesis\n"};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  return spec;
}
const CommandSpec kSpec = make_spec();

int run(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.empty() || pos[0] != "pin") throw UsageError("say 'key pin WORK...'");
  if (pos.size() < 2 && !has_selection_filter(args))
    throw UsageError("name works (ID, DOI or key) or give a selection (--keyword, ...)");
  Library lib = open_library(args, false);
  Query q = selection_from_args(args, lib, nullptr, 1);
  std::vector<std::int64_t> ids;
  lib.each(q, RecordParts{false, false, false, false}, [&](const Work& w) {
    ids.push_back(w.id);
    return true;
  });
  Library::Transaction tx(lib);
  std::int64_t n = lib.pin_keys(ids);
  lib.journal().describe("pinned " + std::to_string(n) + (n == 1 ? " key" : " keys"));
  tx.commit();
  if (args.json()) std::cout << "{\"pinned\":" << n << ",\"selected\":" << ids.size() << "}\n";
  else std::cout << "pinned " << n << " of " << ids.size() << (ids.size() == 1 ? " key\n" : " keys\n");
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
