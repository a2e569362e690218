// refnet set / unset: the user's own corrections to a work, kept as its
// "user" source (see refnet/user_fields.hpp): they win over every imported
// source, now and after any later import or merge.  One journal entry each.
#include <functional>
#include <iostream>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "cli.hpp"
#include "refnet/diagnostics.hpp"
#include "refnet/exporter.hpp"
#include "refnet/importer.hpp"
#include "refnet/user_fields.hpp"

namespace refnet::cli {
namespace {

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
    "A bad field or value changes nothing.  'refnet undo' takes the change back.\n",
    {},
    "refnet set smith2020 journal='Journal of Examples' year=2021\n"};

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
                             "FIELD: as for 'refnet set'.  The removal is kept as your own source of the work.\n",
                             {},
    "refnet unset smith2020 abstract url\n"};

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

const CommandSpec kEditSpec{
    "edit", "refnet edit [options] WORK", "edit a work in $VISUAL or $EDITOR, as BibTeX",
    "The work is written as a BibTeX entry to a temporary file and the editor opened on\n"
    "it; the fields you change, add or delete are kept as your own source of the work\n"
    "(as 'refnet set' and 'refnet unset' do).  An unknown field or a bad value reopens\n"
    "the editor with the error at the top; a file left as it was changes nothing.\n",
    {},
    "refnet edit smith2020\nEDITOR=nano refnet edit smith2020\n"};

}  // namespace

std::string run_editor(const std::string& text, const std::string& suffix) {
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  if (!editor || !*editor) editor = "vi";
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = tmp && *tmp ? tmp : "/tmp";
  std::string path = dir + "/refnet-edit-XXXXXX" + suffix;
  int fd = mkstemps(path.data(), static_cast<int>(suffix.size()));
  if (fd < 0) throw StoreError("cannot create a temporary file in " + dir);
  ::close(fd);
  struct Remove {
    std::string p;
    ~Remove() { std::remove(p.c_str()); }
  } remove_later{path};
  { std::ofstream(path, std::ios::binary) << text; }
  if (std::system((std::string(editor) + " " + shell_quote(path)).c_str()) != 0)
    throw StoreError(std::string("the editor (") + editor + ") failed; nothing changed");
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::int64_t one_work(Library& lib, const std::string& name) {
  auto ids = lib.resolve(name);
  if (ids.empty()) throw UsageError("no work in the library is named '" + name + "' (an ID, a DOI or a citation key)");
  if (ids.size() > 1) throw UsageError("'" + name + "' names " + std::to_string(ids.size()) + " works: use an ID");
  return ids[0];
}

namespace {

// The one record of a BibTeX text, or the reason there is not one.
std::optional<Record> parse_one(const std::string& text, std::string& error) {
  Diagnostics diags;
  diags.set_source("edited entry", text);
  std::vector<Record> records;
  parse_bibtex(text, diags, [&](Record&& r) { records.push_back(std::move(r)); });
  for (const auto& d : diags.items())
    if (d.severity == Severity::error) error += (error.empty() ? "" : "; ") + d.message + " (line " + std::to_string(d.line) + ")";
  if (!error.empty()) return std::nullopt;
  if (records.size() != 1) {
    error = "expected one BibTeX entry, found " + std::to_string(records.size());
    return std::nullopt;
  }
  return records[0];
}

// The changes from `before` to `after` (both read back from BibTeX) as
// set/unset on the user record; FieldError for an unknown field.
std::vector<std::pair<std::string, std::string>> changes(const Record& before, const Record& after) {
  std::vector<std::pair<std::string, std::string>> out;  // field, value ("" = unset)
  for (const std::string& f : field_names()) {
    if (f == "year") continue;  // part of the date
    std::string a = field_text(before, f), b = field_text(after, f);
    if (a != b) out.emplace_back(f, b);
  }
  for (const auto& e : after.extra) {
    if (!canonical_field(e.name).empty()) continue;
    if (before.get_extra(e.name) != e.value)
      throw FieldError("unknown field '" + e.name + "' (known: " + known_fields() + ")");
  }
  return out;
}

int run_edit(const Args& args) {
  if (args.positionals().size() != 1) throw UsageError("name one work (ID, DOI or key)");
  Library lib = open_library(args, false);
  std::int64_t id = one_work(lib, args.positionals()[0]);
  auto work = lib.get(id);
  std::ostringstream bib;
  write_bibtex(bib, {work->record});
  const std::string original = bib.str();
  std::string error;
  auto baseline = parse_one(original, error);
  if (!baseline) throw StoreError("work " + std::to_string(id) + " does not read back from BibTeX: " + error);

  std::string shown = original;
  std::vector<std::pair<std::string, std::string>> edits;
  for (;;) {
    std::string text = run_editor(shown, ".bib");
    if (text == original || text == shown) {
      if (text != original) std::cerr << "refnet edit: error: " << error << "\n";
      std::cout << "nothing changed on work " << id << "\n";
      return text == original ? kOk : kFailure;
    }
    error.clear();
    if (auto edited = parse_one(text, error)) {
      try {
        edits = changes(*baseline, *edited);
        Record probe;
        for (const auto& [f, v] : edits) v.empty() ? unset_user_field(probe, f) : set_user_field(probe, f, v);
        break;
      } catch (const FieldError& e) {
        error = e.what();
      }
    }
    // As git commit: the text back, the error on top (BibTeX ignores lines outside entries).
    std::string kept = text;
    while (kept.rfind("% refnet: ", 0) == 0) kept.erase(0, kept.find('\n') + 1);
    shown = "% refnet: error: " + error + "\n% refnet: fix it and save, or leave the file as it is to give up\n" + kept;
  }
  if (edits.empty()) {
    std::cout << "nothing changed on work " << id << "\n";
    return kOk;
  }
  std::string names;
  for (const auto& e : edits) names += (names.empty() ? "" : ", ") + e.first;
  Library::Transaction tx(lib);
  lib.edit_user_record(id, [&](Record& user) {
    for (const auto& [f, v] : edits) v.empty() ? unset_user_field(user, f) : set_user_field(user, f, v);
  });
  lib.journal().describe("edited " + names + " on work " + std::to_string(id));
  tx.commit();
  std::cout << "edited " << names << " on work " << id << "\n";
  return kOk;
}

const Registration reg_set{kSetSpec, run_set};
const Registration reg_edit{kEditSpec, run_edit};
const Registration reg_unset{kUnsetSpec, run_unset};

}  // namespace
}  // namespace refnet::cli
