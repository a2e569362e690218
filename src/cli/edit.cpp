// refnet set / unset: the user's own corrections to a work, kept as its
// "user" source (see refnet/user_fields.hpp): they win over every imported
// source, now and after any later import or merge.  One journal entry each.
#include <functional>
#include <iostream>

#include "cli.hpp"
#include "refnet/user_fields.hpp"

namespace refnet::cli {
namespace {

// The one live work `name` names; UsageError naming it otherwise.
std::int64_t one_work(Library& lib, const std::string& name) {
  auto ids = lib.resolve(name);
  if (ids.empty()) throw UsageError("no work in the library is named '" + name + "' (an ID, a DOI or a citation key)");
  if (ids.size() > 1) throw UsageError("'" + name + "' names " + std::to_string(ids.size()) + " works: use an ID");
  return ids[0];
}

// Applies `change` to the work's user record in one transaction and prints the result.
int change_work(const Args& args, const std::string& what, const std::function<void(Record&)>& change) {
  Library lib = open_library(args, false);
  std::int64_t id = one_work(lib, args.positionals()[0]);
  Library::Transaction tx(lib);
  bool changed = lib.edit_user_record(id, change);
  auto w = lib.get(id);
  lib.journal().describe(what + " on work " + std::to_string(id) + (w->record.citekey.empty() ? "" : " " + w->record.citekey));
  tx.commit();
  if (args.json()) {
    std::cout << "{\"id\":" << id << ",\"changed\":" << (changed ? "true" : "false") << "}\n";
  } else {
    TerminalSafeOutput safe(std::cout);
    std::cout << (changed ? what + " on work " : "nothing changed on work ") << id << "\n";
  }
  return kOk;
}

const CommandSpec kSetSpec{
    "set", "refnet set [options] WORK FIELD=VALUE...", "correct fields of a work (your value wins over every source)",
    "WORK: an ID, a DOI or a citation key.  FIELD: a BibTeX or CSL name: title, author\n"
    "(\"Family, Given and Family, Given\"), editor, year, date (YYYY-MM-DD), journal\n"
    "(container-title, booktitle), journal-abbrev, volume, issue, number, pages, doi,\n"
    "pmid, pmcid, keywords (a; b), abstract, type (a CSL type), note, url, publisher,\n"
    "address, issn, isbn, language.  The values are kept as your own source of the\n"
    "work: 'refnet show' says so, and no later import or merge overrides them.\n"
    "A bad field or value changes nothing.  'refnet undo' takes the change back.\n"
    "Example: refnet set smith2020 journal='Journal of Examples' year=2021\n",
    {}};

int run_set(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.size() < 2) throw UsageError("name a work and at least one FIELD=VALUE");
  std::vector<std::pair<std::string, std::string>> fields;
  Record probe;
  for (std::size_t i = 1; i < pos.size(); ++i) {
    auto eq = pos[i].find('=');
    if (eq == std::string::npos) throw UsageError("'" + pos[i] + "' is not FIELD=VALUE");
    fields.emplace_back(pos[i].substr(0, eq), pos[i].substr(eq + 1));
    try {
      set_user_field(probe, fields.back().first, fields.back().second);  // every field checked before any change
    } catch (const FieldError& e) {
      throw UsageError(e.what());
    }
  }
  std::string names;
  for (const auto& f : fields) names += (names.empty() ? "" : ", ") + canonical_field(f.first);
  return change_work(args, "set " + names, [&](Record& user) {
    for (const auto& [field, value] : fields) set_user_field(user, field, value);
  });
}

const CommandSpec kUnsetSpec{"unset", "refnet unset [options] WORK FIELD...",
                             "remove fields from a work (even those its sources give)",
                             "FIELD: as for 'refnet set'.  The removal is kept as your own source of the work.\n"
                             "Example: refnet unset smith2020 abstract url\n",
                             {}};

int run_unset(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.size() < 2) throw UsageError("name a work and at least one FIELD");
  std::string names;
  Record probe;
  for (std::size_t i = 1; i < pos.size(); ++i) {
    try {
      unset_user_field(probe, pos[i]);
    } catch (const FieldError& e) {
      throw UsageError(e.what());
    }
    names += (names.empty() ? "" : ", ") + canonical_field(pos[i]);
  }
  return change_work(args, "unset " + names, [&](Record& user) {
    for (std::size_t i = 1; i < pos.size(); ++i) unset_user_field(user, pos[i]);
  });
}

const Registration reg_set{kSetSpec, run_set};
const Registration reg_unset{kUnsetSpec, run_unset};

}  // namespace
}  // namespace refnet::cli
