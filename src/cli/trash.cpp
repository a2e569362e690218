// refnet rm / trash / restore: move works to the trash and back, and empty it.
// A trashed work is hidden from every reader (see Library::trash); each of
// these commands is one journal entry.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "cli.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

void print_ids(const Args& args, const char* key, const std::vector<std::int64_t>& ids, const char* verb) {
  if (args.json()) {
    std::cout << "{\"" << key << "\":[";
    for (std::size_t i = 0; i < ids.size(); ++i) std::cout << (i ? "," : "") << ids[i];
    std::cout << "]}\n";
    return;
  }
  std::cout << verb << " " << ids.size() << (ids.size() == 1 ? " work" : " works");
  if (!ids.empty()) {
    std::cout << (ids.size() == 1 ? " (ID" : " (IDs");
    for (std::size_t i = 0; i < ids.size() && i < 20; ++i) std::cout << " " << ids[i];
    std::cout << (ids.size() > 20 ? " ...)" : ")");
  }
  std::cout << "\n";
}

// What `rm` says of the works it trashes that carry a screening decision
// (a screen: tag): "" when none does.  In the trash a work leaves the
// PRISMA flow: 'prisma' counts it as removed before screening.
std::string screened_works_warning(Library& lib, const std::vector<std::int64_t>& ids) {
  std::map<std::string, std::vector<std::string>> by_state;  // "included at full text" -> keys
  std::size_t n = 0;
  for (std::int64_t id : ids) {
    std::string state;
    bool full = false;
    for (const std::string& t : lib.tags_of(id)) {
      if (t.rfind("screen:", 0) != 0) continue;
      bool at_full = t.rfind("screen:fulltext:", 0) == 0;
      if (full && !at_full) continue;  // the full-text decision says more
      std::string rest = t.substr(at_full ? 16 : 7);
      std::size_t colon = rest.find(':');
      std::string decision = rest.substr(0, colon);
      state = (decision == "include" ? "included" : decision == "exclude" ? "excluded"
               : decision == "maybe" ? "marked maybe" : decision) + (at_full ? " at full text" : " at title/abstract");
      full = at_full;
    }
    // No agreed decision at a stage, its reviewers disagreeing: an unresolved
    // conflict, which leaves the flow with the work too (before try41: not said).
    for (const char* stage : {"fulltext", "title"}) {
      if (!state.empty() && (full || stage == std::string("title"))) break;
      std::set<std::string> given;
      for (const ScreeningDecision& d : lib.screening(id, stage))
        given.insert(decision_kind(d));
      if (given.size() < 2) continue;
      const bool at_full = stage == std::string("fulltext");
      if (!lib.resolutions(id, stage).empty()) continue;  // resolved: its tag says the decision
      state = std::string("in an unresolved reviewers' conflict") + (at_full ? " at full text" : " at title/abstract");
      full = at_full;
      break;
    }
    if (state.empty()) continue;
    ++n;
    auto w = lib.get(id);
    by_state[state].push_back(w && !w->record.citekey.empty() ? w->record.citekey : std::to_string(id));
  }
  if (!n) return {};
  std::string out = "refnet rm: warning: " + std::to_string(n) + (n == 1 ? " work carries" : " works carry") +
                    " a screening decision (";
  bool first = true;
  for (const auto& [state, keys] : by_state) {
    out += (first ? "" : "; ") + std::to_string(keys.size()) + " " + state + ":";
    for (std::size_t i = 0; i < keys.size() && i < 5; ++i) out += " " + keys[i];
    if (keys.size() > 5) out += " ...";
    first = false;
  }
  return out + "): in the trash " + (n == 1 ? "it leaves" : "they leave") +
         " the screening flow, and 'refnet prisma' counts " + (n == 1 ? "it" : "them") +
         " as removed before screening (other reasons); to keep the PRISMA flow, exclude " +
         (n == 1 ? "it" : "them") + " with a reason instead ('refnet undo' takes the rm back)\n";
}

CommandSpec make_rm_spec() {
  CommandSpec spec{"rm", "refnet rm [options] WORK... | SELECTION", "move works to the trash",
                   "WORK: an ID, a DOI, a citation key, a WoS UT, Scopus EID, pmid:N or PMCID.\n"
                   "A selection (--keyword, --year, --tag, ...) trashes every work it matches; at least a WORK or a filter is needed.\n"
                   "Trashed works are hidden from list, export, network, dedup and stats until\n"
                   "'refnet restore'; 'refnet undo' takes the rm back.\n",
                   {},
    "refnet rm smith2020 10.1000/xyz\nrefnet rm --tag wrong-import\n"};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  return spec;
}
const CommandSpec kRmSpec = make_rm_spec();

int run_rm(const Args& args) {
  if (args.positionals().empty() && !has_selection_filter(args)) throw UsageError("name works (ID, DOI or key) or give a selection (--keyword, --year, --tag, ...)");
  Library lib = open_library(args, false);
  Query q = selection_from_args(args, lib);  // an unknown name: UsageError naming it, nothing changed
  std::vector<std::int64_t> ids;
  lib.each(q, RecordParts{false, false, false, false}, [&](const Work& w) {
    ids.push_back(w.id);
    return true;
  });
  // A work screened leaves the screening flow with the trash: said, each by its decision.
  if (std::string said = screened_works_warning(lib, ids); !said.empty()) std::cerr << said;
  Library::Transaction tx(lib);
  auto moved = lib.trash(ids);
  lib.journal().describe("trashed " + std::to_string(moved.size()) + (moved.size() == 1 ? " work" : " works"));
  tx.commit();
  print_ids(args, "trashed", moved, "moved to the trash:");
  return kOk;
}

const CommandSpec kTrashSpec{"trash", "refnet trash [options]", "list the works in the trash, or empty it",
                             "Each line: ID, key, year, title, when it was trashed.\n"
                             "--empty deletes them for good (one journal entry: 'refnet undo' still\n"
                             "brings them back).\n",
                             {{"empty", nullptr, "delete the trashed works (and the works merged into them)"}},
    "refnet trash\nrefnet trash --empty\n"};

int run_trash(const Args& args) {
  if (!args.positionals().empty()) throw UsageError("trash takes no WORK (to trash works: refnet rm WORK...)");
  Library lib = open_library(args, false, args.has("empty") ? Library::Access::read_write : Library::Access::read_only);
  if (args.has("empty")) {
    Library::Transaction tx(lib);
    std::int64_t n = lib.empty_trash();
    lib.journal().describe("emptied the trash: " + std::to_string(n) + (n == 1 ? " work" : " works"));
    tx.commit();
    if (args.json()) std::cout << "{\"deleted\":" << n << "}\n";
    else std::cout << "deleted " << n << (n == 1 ? " work" : " works") << " from the trash\n";
    return kOk;
  }
  auto works = lib.trashed();
  TerminalSafeOutput safe(std::cout);
  if (args.json()) {
    std::cout << "[";
    for (std::size_t i = 0; i < works.size(); ++i) {
      const auto& w = works[i];
      std::cout << (i ? ",\n" : "") << "{\"id\":" << w.id << ",\"key\":" << json_quote(w.record.citekey)
                << ",\"title\":" << json_quote(strip_rich_text(w.record.title)) << ",\"trashed_at\":" << json_quote(w.trashed_at) << "}";
    }
    std::cout << "]\n";
    return kOk;
  }
  for (const auto& w : works)
    std::cout << w.id << '\t' << w.record.citekey << '\t' << (w.record.issued.year ? std::to_string(w.record.issued.year) : "")
              << '\t' << strip_rich_text(w.record.title) << '\t' << w.trashed_at << '\n';
  std::cerr << works.size() << (works.size() == 1 ? " work" : " works") << " in the trash\n";
  return kOk;
}

const CommandSpec kRestoreSpec{"restore", "refnet restore [options] WORK... | --all",
                               "bring works back from the trash",
                               "WORK: an ID or a citation key of a trashed work.\n",
                               {{"all", nullptr, "every work in the trash"}},
    "refnet restore 12 smith2020\nrefnet restore --all\n"};

int run_restore(const Args& args) {
  if (args.positionals().empty() == !args.has("all")) throw UsageError("name trashed works (ID or key), or --all");
  Library lib = open_library(args, false);
  std::vector<std::int64_t> ids;
  if (args.has("all")) {
    for (const auto& w : lib.trashed()) ids.push_back(w.id);
  } else {
    std::vector<std::int64_t> in_trash;
    for (const auto& w : lib.trashed()) in_trash.push_back(w.id);
    for (const auto& name : args.positionals()) {
      auto found = lib.resolve(name);
      bool any = false;
      for (std::int64_t id : found)
        if (std::find(in_trash.begin(), in_trash.end(), id) != in_trash.end()) {
          ids.push_back(id);
          any = true;
        }
      if (!any) throw UsageError("no work in the trash is named '" + name + "' (see 'refnet trash')");
    }
  }
  Library::Transaction tx(lib);
  auto back = lib.restore(ids);
  lib.journal().describe("restored " + std::to_string(back.size()) + (back.size() == 1 ? " work" : " works"));
  tx.commit();
  print_ids(args, "restored", back, "restored");
  return kOk;
}

const Registration reg_rm{kRmSpec, run_rm};
const Registration reg_trash{kTrashSpec, run_trash};
const Registration reg_restore{kRestoreSpec, run_restore};

}  // namespace
}  // namespace refnet::cli
