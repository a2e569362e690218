// refnet rekey [--pattern P] [selection]: regenerate the citation keys of
// the selected works from a pattern and store them, in one transaction.
//
// Keys are otherwise stable (given once at import, kept as more records
// arrive); this is the one command that changes them.  The selected works'
// old keys are free for the new ones; every other work keeps its key, and a
// new key that clashes with one gets an a, b, ... suffix.
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include <unistd.h>

#include "cli.hpp"
#include "refnet/citekey.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "rekey", "refnet rekey [options] [ID|DOI|KEY...]", "regenerate citation keys from a pattern",
      "Patterns: literal text and [field:modifier] parts.  Fields: auth, authN, authors,\n"
      "authorsN, auth.etal, authEtAl, year (nd when missing), shortyear, title,\n"
      "shorttitle, shorttitleN, veryshorttitle, journal, firstpage.  Modifiers: lower,\n"
      "upper, abbr.  The result is ASCII-folded; characters other than letters, digits\n"
      "and _ : . - are removed.  Prints 'old<TAB>new' for each changed key, then asks\n"
      "(--yes: does not ask).  Pinned keys ('refnet key pin') are kept; every old key\n"
      "stays an alias that show, export --aux and resolve still find.\n",
      {
          {"pattern", "P", "the key pattern (default: [auth:lower][year][shorttitle:lower])"},
          {"dry-run", nullptr, "print the changes, store nothing"},
          {"yes", nullptr, "store the changes without asking (without a terminal to ask, rekey only prints them)"},
      }};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  spec.examples =
      "refnet rekey\nrefnet rekey --pattern '[auth:lower][year]'\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

struct Change {
  std::int64_t id;
  std::string old_key, new_key;
};

int run(const Args& args) {
  std::string pattern = args.get("pattern", std::string(kDefaultKeyPattern));
  try {
    expand_key_pattern(pattern, Record{});  // a bad pattern is a usage error, before any work
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--pattern: ") + e.what());
  }
  Library lib = open_library(args, false);
  Query q = selection_from_args(args, lib);
  std::vector<Work> works;
  lib.each(q, [&](const Work& w) {
    works.push_back(w);
    return true;
  });

  // Held: every key and alias but those of the works rekeyed (a work may
  // take back one of its own aliases; another's alias may still be \cited).
  std::vector<std::string> all = lib.citekeys();
  std::unordered_set<std::string> taken(all.begin(), all.end());
  std::unordered_set<std::int64_t> rekeyed;
  for (const auto& w : works) {
    taken.erase(w.record.citekey);
    rekeyed.insert(w.id);
  }
  for (auto& [work, alias] : lib.absorbed_keys())
    if (!rekeyed.count(work)) taken.insert(std::move(alias));
  KeyAssigner keys(std::move(taken), pattern);
  std::vector<Change> changes;
  std::size_t pinned = 0;
  for (const auto& w : works) {
    if (lib.key_pinned(w.id)) {
      ++pinned;
      continue;
    }
    std::string key = keys.generate(w.record);
    if (key != w.record.citekey) changes.push_back({w.id, w.record.citekey, key});
  }

  const bool json = args.json();
  if (!json)
    for (const auto& c : changes) std::cout << c.old_key << '\t' << c.new_key << '\n';
  bool apply = !args.has("dry-run") && !changes.empty();
  if (apply && !args.has("yes")) {
    if (json || !::isatty(0)) {  // --json does not ask either
      std::cerr << "not changed: no terminal to ask; 'refnet rekey --yes' stores the changes\n";
      apply = false;
    } else {
      std::cerr << "change " << changes.size() << (changes.size() == 1 ? " key" : " keys") << "? [y/N] " << std::flush;
      std::string answer;
      std::getline(std::cin, answer);
      apply = answer == "y" || answer == "Y" || answer == "yes";
    }
  }
  if (apply) {
    Library::Transaction tx(lib);
    // Two steps, so that works trading keys never clash on the way: first a
    // placeholder no real key can equal (a key never holds '#'), then the key.
    for (const auto& c : changes) lib.set_citekey(c.id, "#rekey#" + std::to_string(c.id));
    for (const auto& c : changes) lib.set_citekey(c.id, c.new_key);
    for (const auto& c : changes)
      if (!c.old_key.empty()) lib.add_key_alias(c.old_key, c.id);
    lib.journal().describe("rekeyed " + std::to_string(changes.size()) + (changes.size() == 1 ? " work" : " works"));
    tx.commit();
  }
  if (json) {
    std::cout << "{\"selected\":" << works.size() << ",\"pinned\":" << pinned << ",\"changed\":" << (apply ? "true" : "false")
              << ",\"changes\":[";
    for (std::size_t i = 0; i < changes.size(); ++i)
      std::cout << (i ? "," : "") << "{\"id\":" << changes[i].id << ",\"old\":" << json_quote(changes[i].old_key)
                << ",\"new\":" << json_quote(changes[i].new_key) << "}";
    std::cout << "]}\n";
  }
  std::cerr << (apply ? "changed " : "would change ") << changes.size() << " of " << works.size()
            << (works.size() == 1 ? " key" : " keys");
  if (pinned) std::cerr << " (" << pinned << " pinned, kept)";
  std::cerr << "\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
