// refnet tag add|rm TAG WORK... / refnet tag rename OLD NEW / refnet tag
// delete TAG / refnet tags: the user's tags on works; refnet label: the
// labels of the source records.  Tags are exact strings
// (case kept); `--tag T` / `--not-tag T` select by them in list, export,
// network, rm, ...  Each tag command is one journal entry.
#include <sqlite3.h>

#include <iostream>

#include "cli.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

// The tag as stored: trimmed; empty or holding a control character is a usage error.
std::string checked_tag(const std::string& raw) {
  std::string tag(trim(raw));
  if (tag.empty()) throw UsageError("a tag cannot be empty");
  for (unsigned char c : tag)
    if (c < 0x20 || c == 0x7f) throw UsageError("a tag cannot hold control characters: " + json_quote(raw));
  if (!is_valid_utf8(tag)) throw UsageError("a tag must be UTF-8 text");
  return tag;
}

CommandSpec make_spec() {
  CommandSpec spec{"tag", "refnet tag add|rm|remove [options] TAG WORK... | SELECTION; tag rename OLD NEW; tag delete TAG",
                   "put a tag on works, or take it off; rename or delete a tag",
                   "WORK: an ID, a DOI, a citation key, a WoS UT, Scopus EID, pmid:N or PMCID;\n"
                   "or a selection (--keyword, --year, ...).\n"
                   "A tag is any text without control characters (spaces around it are dropped).\n"
                   "rename OLD NEW: every work that carries OLD carries NEW instead (into a tag that\n"
                   "exists: the two become one).  delete TAG: off every work.  Screening decisions\n"
                   "(screen:...) are changed with 'refnet screen'.  Each is one entry of 'refnet log'.\n",
                   {},
    "refnet tag add to-read smith2020 12\nrefnet tag rm to-read --year 2019\n"
    "refnet tag rename to-read reading\nrefnet tag delete old-project\n"};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  return spec;
}
const CommandSpec kSpec = make_spec();

bool screening_tag(const std::string& tag) { return tag.rfind("screen:", 0) == 0; }

// `tag rename OLD NEW`, `tag delete TAG`: on every work that carries the tag
// (in the trash and absorbed ones too, so that restore and unmerge give back
// the new name), one journal entry.
int run_rename_or_delete(const Args& args) {
  const auto& pos = args.positionals();
  const bool rename = pos[0] == "rename";
  if (pos.size() != (rename ? 3u : 2u))
    throw UsageError(rename ? "say 'tag rename OLD NEW'" : "say 'tag delete TAG'");
  const std::string from = checked_tag(pos[1]);
  const std::string to = rename ? checked_tag(pos[2]) : std::string();
  if (rename && from == to) throw UsageError("the tag is called '" + from + "' already");
  for (const std::string* t : {&from, &to})
    if (screening_tag(*t))
      throw UsageError("'" + *t + "' is a screening decision: change decisions with 'refnet screen', which keeps each "
                       "reviewer's and the agreed one together");
  Library lib = open_library(args, false);
  Library::Transaction tx(lib);
  const std::int64_t carried = run_sql(lib, "SELECT count(*) FROM tags WHERE tag = ?1", {from});
  if (carried == 0) throw UsageError("no work carries the tag '" + from + "': nothing changed ('refnet tags' lists them)");
  std::int64_t merged = 0;
  // The merges not undone that copied OLD onto their survivor (merges.tags_added)
  // copied what is now NEW, or nothing: undoing one takes back the renamed
  // copy, and never a NEW the survivor carried itself.  Before the tags change.
  if (rename)
    run_sql(lib,
            "UPDATE merges SET tags_added = (SELECT json_group_array(CASE WHEN j.value = ?1 THEN ?2 ELSE j.value END) "
            "FROM json_each(merges.tags_added) j WHERE j.value <> ?1 OR NOT (EXISTS (SELECT 1 FROM tags t WHERE "
            "t.work_id = merges.into_work AND t.tag = ?2) OR EXISTS (SELECT 1 FROM json_each(merges.tags_added) k "
            "WHERE k.value = ?2))) WHERE undone_at IS NULL AND json_valid(tags_added) AND EXISTS (SELECT 1 FROM "
            "json_each(merges.tags_added) j WHERE j.value = ?1)",
            {from, to});
  else
    run_sql(lib,
            "UPDATE merges SET tags_added = (SELECT json_group_array(j.value) FROM json_each(merges.tags_added) j "
            "WHERE j.value <> ?1) WHERE undone_at IS NULL AND json_valid(tags_added) AND EXISTS (SELECT 1 FROM "
            "json_each(merges.tags_added) j WHERE j.value = ?1)",
            {from});
  if (rename) {
    // A work that carries both keeps NEW (its date): OLD is taken off below.
    run_sql(lib, "UPDATE tags SET tag = ?2 WHERE tag = ?1 AND work_id NOT IN (SELECT work_id FROM tags WHERE tag = ?2)",
           {from, to});
    merged = run_sql(lib, "DELETE FROM tags WHERE tag = ?1", {from});
    lib.journal().describe("renamed tag " + json_quote(from) + " to " + json_quote(to) + " on " + std::to_string(carried) +
                           (carried == 1 ? " work" : " works"));
  } else {
    run_sql(lib, "DELETE FROM tags WHERE tag = ?1", {from});
    lib.journal().describe("deleted tag " + json_quote(from) + " from " + std::to_string(carried) +
                           (carried == 1 ? " work" : " works"));
  }
  tx.commit();
  const std::string works = std::to_string(carried) + (carried == 1 ? " work" : " works");
  if (args.json()) {
    std::cout << "{\"tag\":" << json_quote(from);
    if (rename) std::cout << ",\"to\":" << json_quote(to) << ",\"works\":" << carried << ",\"merged\":" << merged;
    else std::cout << ",\"deleted\":" << carried;
    std::cout << "}\n";
    return kOk;
  }
  TerminalSafeOutput safe(std::cout);
  if (rename) {
    std::cout << "renamed tag '" << from << "' to '" << to << "' on " << works;
    if (merged) std::cout << " (" << merged << " carried '" << to << "' already)";
    std::cout << "\n";
  } else {
    std::cout << "deleted tag '" << from << "' from " << works << "\n";
  }
  return kOk;
}

int run_tag(const Args& args) {
  const auto& pos = args.positionals();
  if (!pos.empty() && (pos[0] == "rename" || pos[0] == "delete")) return run_rename_or_delete(args);
  // "remove" as "rm", as 'collection' takes both.
  if (pos.empty() || (pos[0] != "add" && pos[0] != "rm" && pos[0] != "remove"))
    throw UsageError("say 'tag add TAG WORK...', 'tag rm TAG WORK...', 'tag rename OLD NEW' or 'tag delete TAG'");
  if (pos.size() < 2) throw UsageError("name the tag");
  const bool add = pos[0] == "add";
  const std::string tag = checked_tag(pos[1]);
  if (pos.size() < 3 && !has_selection_filter(args)) throw UsageError("name works (ID, DOI or key) or give a selection (--keyword, ...)");
  Library lib = open_library(args, false);
  Query q = selection_from_args(args, lib, nullptr, 2);  // an unknown work: UsageError naming it, nothing changed
  for (std::size_t i = 2; i < pos.size(); ++i)  // a work named but in the trash: said, nothing changed
    for (std::int64_t id : lib.resolve(pos[i]))
      if (auto w = lib.get(id); w && !w->trashed_at.empty())
        throw UsageError("work " + std::to_string(id) + " ('" + pos[i] + "') is in the trash: 'refnet restore " +
                         std::to_string(id) + "' first");
  std::vector<std::int64_t> ids;
  lib.each(q, RecordParts{false, false, false, false}, [&](const Work& w) {
    ids.push_back(w.id);
    return true;
  });
  std::size_t changed = 0;
  Library::Transaction tx(lib);
  for (std::int64_t id : ids) changed += add ? lib.add_tag(id, tag) : lib.remove_tag(id, tag);
  lib.journal().describe((add ? "tagged " : "untagged ") + std::to_string(changed) + (changed == 1 ? " work " : " works ") +
                         json_quote(tag));
  tx.commit();
  if (args.json()) {
    std::cout << "{\"tag\":" << json_quote(tag) << ",\"" << (add ? "added" : "removed") << "\":" << changed
              << ",\"selected\":" << ids.size() << "}\n";
  } else {
    TerminalSafeOutput safe(std::cout);
    std::cout << (add ? "tagged " : "untagged ") << changed << " of " << ids.size()
              << (ids.size() == 1 ? " work '" : " works '") << tag << "'\n";
  }
  return kOk;
}

const CommandSpec kTagsSpec{"tags", "refnet tags [options]", "list the tags with the number of works carrying each",
                            "", {},
    "refnet tags --json\n"};

int run_tags(const Args& args) {
  if (!args.positionals().empty()) throw UsageError("tags takes no argument");
  Library lib = open_library(args, false, Library::Access::read_only);
  auto counts = lib.tag_counts();
  TerminalSafeOutput safe(std::cout);
  if (args.json()) {
    std::cout << "[";
    for (std::size_t i = 0; i < counts.size(); ++i)
      std::cout << (i ? "," : "") << "{\"tag\":" << json_quote(counts[i].first) << ",\"works\":" << counts[i].second << "}";
    std::cout << "]\n";
    return kOk;
  }
  for (const auto& [tag, n] : counts) std::cout << n << '\t' << tag << '\n';
  return kOk;
}

// refnet label list / label rename OLD NEW: the labels of the source records
// (the database or search each came from: import --source, else the database
// the file names, else the file's name), which prisma and overlap count by.
const CommandSpec kLabelSpec{
    "label", "refnet label list | rename OLD NEW [options]", "list or rename the labels of the imported records' sources",
    "A source label is given at import: --source LABEL, else the database the file names, else\n"
    "the file's name.  list: records, works and label, one a line.  rename OLD NEW: every\n"
    "source record labelled OLD is labelled NEW (into a label that exists: the two become\n"
    "one); prisma and overlap count by the new label.  One entry of 'refnet log'.\n",
    {},
    "refnet label list\nrefnet label rename lens_343.ris Lens\n"};

// A source's label as every reader takes it (store.cpp: coalesce(label, file, '')).
#define REFNET_SOURCE_LABEL "coalesce(label, file, '')"

int run_label(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.empty() || (pos[0] != "list" && pos[0] != "rename")) throw UsageError("say 'label list' or 'label rename OLD NEW'");
  if (pos[0] == "list") {
    if (pos.size() != 1) throw UsageError("label list takes no other argument");
    Library lib = open_library(args, false, Library::Access::read_only);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(lib.handle(),
                           "SELECT " REFNET_SOURCE_LABEL " AS l, count(*), count(DISTINCT work_id) FROM sources "
                           "WHERE format <> 'user' GROUP BY l ORDER BY l",
                           -1, &st, nullptr) != SQLITE_OK)
      throw StoreError(std::string("label: ") + sqlite3_errmsg(lib.handle()));
    TerminalSafeOutput safe(std::cout);
    bool first = true;
    if (args.json()) std::cout << "[";
    while (sqlite3_step(st) == SQLITE_ROW) {
      const char* l = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      std::string label = l ? l : "";
      if (args.json())
        std::cout << (first ? "" : ",") << "{\"label\":" << json_quote(label) << ",\"records\":" << sqlite3_column_int64(st, 1)
                  << ",\"works\":" << sqlite3_column_int64(st, 2) << "}";
      else
        std::cout << sqlite3_column_int64(st, 1) << '\t' << sqlite3_column_int64(st, 2) << '\t' << label << '\n';
      first = false;
    }
    sqlite3_finalize(st);
    if (args.json()) std::cout << "]\n";
    return kOk;
  }
  if (pos.size() != 3) throw UsageError("say 'label rename OLD NEW'");
  const std::string from = pos[1], to(trim(pos[2]));
  if (to.empty()) throw UsageError("the new label is empty");
  for (unsigned char c : to)
    if (c < 0x20 || c == 0x7f) throw UsageError("a label cannot hold control characters: " + json_quote(to));
  if (!is_valid_utf8(to)) throw UsageError("a label must be UTF-8 text");
  if (from == to) throw UsageError("the label is '" + from + "' already");
  Library lib = open_library(args, false);
  Library::Transaction tx(lib);
  const std::string where = " FROM sources WHERE format <> 'user' AND " REFNET_SOURCE_LABEL " = ?1";
  const std::int64_t records = run_sql(lib, ("SELECT count(*)" + where).c_str(), {from});
  if (records == 0)
    throw UsageError("no source record has the label '" + from + "': nothing changed ('refnet label list' lists them)");
  const std::int64_t had = run_sql(lib, ("SELECT count(*)" + where).c_str(), {to});
  run_sql(lib, "UPDATE sources SET label = ?2 WHERE format <> 'user' AND " REFNET_SOURCE_LABEL " = ?1", {from, to});
  const std::string said = "relabelled " + std::to_string(records) + (records == 1 ? " source record: " : " source records: ") +
                           from + " -> " + to;
  lib.journal().describe(said);
  tx.commit();
  if (args.json()) {
    std::cout << "{\"label\":" << json_quote(from) << ",\"to\":" << json_quote(to) << ",\"records\":" << records
              << ",\"existed\":" << (had ? "true" : "false") << "}\n";
    return kOk;
  }
  TerminalSafeOutput safe(std::cout);
  std::cout << said;
  if (had) std::cout << " (a label " << had << (had == 1 ? " record" : " records") << " had already: one label now)";
  std::cout << "\n";
  return kOk;
}

const Registration reg_tag{kSpec, run_tag};
const Registration reg_label{kLabelSpec, run_label};
const Registration reg_tags{kTagsSpec, run_tags};

}  // namespace

std::int64_t run_sql(Library& lib, const char* sql, const std::vector<std::string>& params) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(lib.handle(), sql, -1, &st, nullptr) != SQLITE_OK)
    throw StoreError(std::string("refnet: ") + sqlite3_errmsg(lib.handle()));
  for (std::size_t i = 0; i < params.size(); ++i)
    sqlite3_bind_text(st, int(i + 1), params[i].c_str(), int(params[i].size()), SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  std::int64_t n = sqlite3_changes(lib.handle());
  if (rc == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) throw StoreError(std::string("refnet: ") + sqlite3_errmsg(lib.handle()));
  return n;
}

}  // namespace refnet::cli
