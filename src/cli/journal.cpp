// refnet log / undo / redo: the journal of changes (see refnet/journal.hpp).
#include <iostream>

#include "cli.hpp"
#include "refnet/journal.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

std::int64_t entry_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("'" + s + "' is not a journal entry ID (see 'refnet log')");
  return std::stoll(s);
}

void print_entry(const JournalEntry& e) {
  std::cout << e.id << '\t' << e.at << '\t' << e.command << '\t' << e.summary;
  if (!e.undone_at.empty()) std::cout << "\t(undone " << e.undone_at << (e.redoable ? ", redo makes it again" : "") << ")";
  std::cout << '\n';
}

std::string entry_json(const JournalEntry& e) {
  std::string out = "{\"id\":" + std::to_string(e.id) + ",\"at\":" + json_quote(e.at) + ",\"command\":" +
                    json_quote(e.command) + ",\"summary\":" + json_quote(e.summary) + ",\"undone\":" +
                    (e.undone_at.empty() ? "false" : "true");
  if (!e.undone_at.empty()) out += ",\"undone_at\":" + json_quote(e.undone_at);
  return out + ",\"redoable\":" + (e.redoable ? "true" : "false") + "}";
}

const CommandSpec kLogSpec{"log", "refnet log [options]", "list the changes made to the library, newest first",
                           "Each line: entry ID, time (UTC), the command, what it changed (rows added +,\n"
                           "changed ~ and removed - per table).  'refnet undo ID' reverses an entry.\n",
                           {{"n", "N", "the N newest entries only"}},
    "refnet log -n 5\n"};

int run_log(const Args& args) {
  std::size_t limit = 0;
  if (args.has("n")) limit = static_cast<std::size_t>(entry_id(args.get("n")));
  Library lib = open_library(args, false);
  auto entries = lib.journal().entries(limit);
  TerminalSafeOutput safe(std::cout);
  if (args.json()) {
    std::cout << "[";
    for (std::size_t i = 0; i < entries.size(); ++i) std::cout << (i ? ",\n" : "") << entry_json(entries[i]);
    std::cout << "]\n";
    return kOk;
  }
  for (const auto& e : entries) print_entry(e);
  return kOk;
}

// Undo or redo `id` in one transaction, then say what was done.
int reverse(const Args& args, Library& lib, std::int64_t id, bool undo) {
  Journal& j = lib.journal();
  Library::Transaction tx(lib);
  if (undo) j.undo(id);
  else j.redo(id);
  tx.commit();
  auto e = j.entry(id);
  if (args.json()) {
    std::cout << "{\"" << (undo ? "undone" : "redone") << "\":" << entry_json(*e) << "}\n";
  } else {
    TerminalSafeOutput safe(std::cout);
    std::cout << (undo ? "undid " : "redid ") << e->id << ": " << e->command << " (" << e->summary << ")\n";
  }
  return kOk;
}

const CommandSpec kUndoSpec{"undo", "refnet undo [options] [ID]",
                            "reverse the latest change (or entry ID of 'refnet log'), whole",
                            "Without ID, the newest entry not undone.  An entry that later live entries\n"
                            "depend on (they changed the same rows) is refused, naming them.\n",
                            {},
    "refnet undo\nrefnet undo 12\n"};

// undo / redo [ID]: the entry named, else the one `latest` gives.
int run_reverse(const Args& args, bool undo) {
  if (args.positionals().size() > 1) throw UsageError("name at most one journal entry");
  Library lib = open_library(args, false);
  std::optional<std::int64_t> id;
  if (!args.positionals().empty()) id = entry_id(args.positionals()[0]);
  else id = undo ? lib.journal().last_live() : lib.journal().last_redoable();
  if (!id) {
    std::cout << (undo ? "nothing to undo\n" : "nothing to redo\n");
    return kOk;
  }
  return reverse(args, lib, *id, undo);
}

int run_undo(const Args& args) { return run_reverse(args, true); }

const CommandSpec kRedoSpec{"redo", "refnet redo [options] [ID]",
                            "make again the latest undone change (or entry ID)",
                            "Possible until a new change is made.\n", {},
    "refnet redo\nrefnet redo 12\n"};

int run_redo(const Args& args) { return run_reverse(args, false); }

const Registration reg_log{kLogSpec, run_log};
const Registration reg_undo{kUndoSpec, run_undo};
const Registration reg_redo{kRedoSpec, run_redo};

}  // namespace
}  // namespace refnet::cli
