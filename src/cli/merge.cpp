// refnet merge ID ID...: merge works by hand.
#include <iostream>

#include "cli.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{"merge", "refnet merge [options] WORK WORK...",
                        "merge works by hand into the first one named (ID, DOI or key)",
                        "The sources of the other works move to the first; its view is recomputed\n"
                        "field by field.  'refnet unmerge WORK' or 'refnet undo' reverses it.\n",
                        {{"reason", "TEXT", "why, for the merge log"}},
    "refnet merge 12 47 --reason 'preprint and article'\nrefnet merge kassen2018promoting 10.1177/0020852317735595\n"};

int run(const Args& args) {
  if (args.positionals().size() < 2) throw UsageError("name at least two works");
  Library lib = open_library(args, false);
  std::vector<std::int64_t> ids;
  for (const auto& p : args.positionals()) {
    auto found = works_named(lib, p);
    for (std::int64_t id : ids)
      if (id == found[0]) throw UsageError("'" + p + "' names work " + std::to_string(id) + " twice");
    ids.push_back(found[0]);
  }
  Library::Transaction tx(lib);
  std::int64_t m = lib.merge(ids.front(), {ids.begin() + 1, ids.end()}, "manual", args.get("reason", "by hand"));
  tx.commit();
  if (args.json())
    std::cout << "{\"merge\":" << m << ",\"into\":" << ids.front() << "}\n";
  else
    std::cout << "merged " << (ids.size() - 1) << (ids.size() == 2 ? " work" : " works") << " into work " << ids.front()
              << " (merge " << m << ")\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
