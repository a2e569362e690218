// refnet collection new|rm|rename|add|remove|list: named, nestable sets of
// works, and saved searches.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "refnet/text.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "collection", "refnet collection new|rm|rename|add|remove|list [options] [NAME] [NEW|ID|DOI|KEY...]",
      "organise works in named collections, nested, and saved searches",
      "  new NAME [--parent P] [--query Q]   a collection (inside P); with --query, a saved\n"
      "                                      search: its works are those 'refnet search Q' finds\n"
      "                                      whenever it is used\n"
      "  rm NAME                             remove a collection (not its works)\n"
      "  rename NAME NEW                     call a collection (or saved search) NEW: its works,\n"
      "                                      place and query stay; undo takes it back\n"
      "  add NAME WORK...|selection          add works, named or selected as 'list' selects\n"
      "  remove NAME WORK...                 take works out\n"
      "  list                                the collections as a tree, with their number of works\n"
      "A collection holds its own works and those of the collections inside it.  Every command\n"
      "that selects works takes --collection NAME.\n",
      {{"parent", "P", "new: inside the collection P"},
       {"query", "Q", "new: a saved search (the query language of 'refnet search')"}}};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  spec.examples =
      "refnet collection new thesis\n"
      "refnet collection new chapter2 --parent thesis\n"
      "refnet collection add chapter2 kassen2018promoting 10.1177/0020852317735595\n"
      "refnet collection add chapter2 --keyword e-government --year 2015-\n"
      "refnet collection new recent-egov --query 'e-government year:2020-'\n"
      "refnet collection rename chapter2 'chapter 2'\n"
      "refnet collection list\n"
      "refnet list --collection thesis\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

std::vector<std::int64_t> selected(Library& lib, const Args& args) {
  if (args.positionals().size() < 3 && !has_selection_filter(args))
    throw UsageError("name the works (ID, DOI or key) or select them (--keyword, --year, ...)");
  Query q = selection_from_args(args, lib, nullptr, 2);
  // A work named but in the trash: said, nothing changed, as 'tag' does
  // (user68: "added 0 works ... (the selection matched no work)").
  const auto& pos = args.positionals();
  for (std::size_t i = 2; i < pos.size(); ++i)
    for (std::int64_t id : lib.resolve(pos[i]))
      if (auto w = lib.get(id); w && !w->trashed_at.empty())
        throw UsageError("work " + std::to_string(id) + " ('" + pos[i] + "') is in the trash: 'refnet restore " +
                         std::to_string(id) + "' first");
  std::vector<std::int64_t> ids;
  lib.each(q, RecordParts{false, false, false, false}, [&](const Work& w) {
    ids.push_back(w.id);
    return true;
  });
  return ids;
}

int list(const Args& args) {
  Library lib = open_library(args, false, Library::Access::read_only);
  std::vector<Collection> all = lib.collections();
  auto count = [&](const std::string& name) {
    Query q;
    q.collections = {name};
    return lib.count(q);
  };
  TerminalSafeOutput safe(std::cout);
  if (args.json()) {
    std::cout << "[";
    for (std::size_t i = 0; i < all.size(); ++i) {
      const Collection& c = all[i];
      std::string parent;
      for (const Collection& p : all)
        if (p.id == c.parent) parent = p.name;
      std::cout << (i ? ",\n" : "\n") << "{\"name\":" << json_quote(c.name)
                << ",\"parent\":" << (parent.empty() ? "null" : json_quote(parent))
                << ",\"query\":" << (c.query.empty() ? "null" : json_quote(c.query)) << ",\"members\":" << c.members
                << ",\"works\":" << count(c.name) << "}";
    }
    std::cout << (all.empty() ? "]\n" : "\n]\n");
    return kOk;
  }
  // Depth: the number of ancestors, for the indent.
  auto depth = [&](const Collection& c) {
    int d = 0;
    for (std::int64_t p = c.parent; p && d < 64; ++d) {
      std::int64_t next = 0;
      for (const Collection& a : all)
        if (a.id == p) next = a.parent;
      p = next;
    }
    return d;
  };
  for (const Collection& c : all) {
    std::string left = std::string(2 * static_cast<std::size_t>(depth(c)), ' ') + c.name;
    std::cout << left << std::string(left.size() < 30 ? 30 - left.size() : 1, ' ') << count(c.name)
              << (c.query.empty() ? "" : "  (saved search: " + c.query + ")") << "\n";
  }
  if (all.empty()) std::cerr << "no collections (refnet collection new NAME)\n";
  return kOk;
}

// `collection rename NAME NEW`: one journal entry.  A kept export that
// selects the old name (auto-exports are outside the journal) is named.
int rename(const Args& args, Library& lib, Library::Transaction& tx, const std::string& from, const std::string& to) {
  if (trim(to).empty() || trim(to) != to) throw UsageError("a collection name must be non-empty, without outer spaces");
  if (to == from) throw UsageError("the collection is called '" + from + "' already");
  if (run_sql(lib, "SELECT count(*) FROM collections WHERE name = ?1", {from}) == 0)
    throw StoreError("no collection named '" + from + "' ('refnet collection list' lists them)");
  if (run_sql(lib, "SELECT count(*) FROM collections WHERE name = ?1", {to}) != 0)
    throw StoreError("a collection named '" + to + "' exists already");
  const bool saved = run_sql(lib, "SELECT count(*) FROM collections WHERE name = ?1 AND query IS NOT NULL", {from}) != 0;
  run_sql(lib, "UPDATE collections SET name = ?2 WHERE name = ?1", {from, to});
  lib.journal().describe("renamed collection " + json_quote(from) + " to " + json_quote(to));
  tx.commit();
  std::vector<std::string> kept;  // kept exports selecting --collection FROM
  for (const KeptExport& k : lib.kept_exports()) {
    const auto a = nlohmann::json::parse(k.args, nullptr, false);
    if (!a.is_array()) continue;
    for (std::size_t i = 0; i + 1 < a.size(); ++i)
      if (a[i] == "--collection" && a[i + 1] == from) kept.push_back(k.path);
  }
  if (args.json()) {
    std::cout << "{\"collection\":" << json_quote(from) << ",\"to\":" << json_quote(to)
              << ",\"kept_exports_selecting_it\":" << json_string_array(kept) << "}\n";
  } else {
    std::cerr << "renamed " << (saved ? "saved search '" : "collection '") << from << "' to '" << to << "'\n";
  }
  for (const std::string& path : kept)
    std::cerr << "refnet collection: warning: the kept export " << path << " selects --collection '" << from
              << "', which names no collection now: keep it again with --collection '" << to
              << "' (refnet export --keep -o " << shell_quote(path) << " ...)\n";
  return kOk;
}

int run(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.empty()) throw UsageError("what to do: new, rm, add, remove or list");
  const std::string& action = pos[0];
  if (action == "list") {
    if (pos.size() > 1) throw UsageError("list takes no names");
    return list(args);
  }
  if (action != "new" && action != "rm" && action != "rename" && action != "add" && action != "remove")
    throw UsageError("'" + action + "' is not one of new, rm, rename, add, remove, list");
  if (pos.size() < 2) throw UsageError(action + " needs a collection NAME");
  const std::string& name = pos[1];
  if ((args.has("parent") || args.has("query")) && action != "new") throw UsageError("--parent and --query go with new");
  Library lib = open_library(args, false);
  Library::Transaction tx(lib);
  try {
    if (action == "new") {
      if (pos.size() > 2) throw UsageError("new takes one NAME");
      lib.create_collection(name, args.get("parent"), args.get("query"));
      tx.commit();
      std::cerr << (args.has("query") ? "saved search '" : "collection '") << name << "' created\n";
      if (args.json())
        std::cout << "{\"collection\":" << json_quote(name) << ",\"created\":true,\"saved_search\":"
                  << (args.has("query") ? "true" : "false") << "}\n";
    } else if (action == "rename") {
      if (pos.size() != 3) throw UsageError("say 'collection rename NAME NEW'");
      return rename(args, lib, tx, name, pos[2]);
    } else if (action == "rm") {
      if (pos.size() > 2) throw UsageError("rm takes one NAME");
      lib.remove_collection(name);
      tx.commit();
      std::cerr << "collection '" << name << "' removed (its works stay in the library)\n";
      if (args.json()) std::cout << "{\"collection\":" << json_quote(name) << ",\"deleted\":true}\n";
    } else {
      std::vector<std::int64_t> ids = selected(lib, args);
      std::size_t n = action == "add" ? lib.collection_add(name, ids) : lib.collection_remove(name, ids);
      tx.commit();
      std::size_t same = ids.size() - n;
      std::cerr << (action == "add" ? "added " : "removed ") << n << (n == 1 ? " work" : " works")
                << (action == "add" ? " to '" : " from '") << name << "'";
      if (same) std::cerr << " (" << same << (action == "add" ? " already there)" : " not in it)");
      else if (ids.empty()) std::cerr << " (the selection matched no work)";
      std::cerr << "\n";
      if (args.json())
        std::cout << "{\"collection\":" << json_quote(name) << ",\"" << (action == "add" ? "added" : "removed")
                  << "\":" << n << ",\"unchanged\":" << same << "}\n";
    }
  } catch (const StoreError& e) {
    std::cerr << "refnet collection: error: " << e.what() << "\n";
    return kFailure;
  }
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
