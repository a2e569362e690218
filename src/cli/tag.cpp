// refnet tag add|rm TAG WORK... / refnet tags: the user's tags on works.
// Tags are exact strings (case kept); `--tag T` / `--not-tag T` select by
// them in list, export, network, rm, ...  Each tag command is one journal entry.
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
  CommandSpec spec{"tag", "refnet tag add|rm [options] TAG WORK... | SELECTION", "put a tag on works, or take it off",
                   "WORK: an ID, a DOI, a citation key, a WoS UT, Scopus EID, pmid:N or PMCID;\n"
                   "or a selection (--keyword, --year, ...).\n"
                   "A tag is any text without control characters (spaces around it are dropped).\n",
                   {},
    "refnet tag add to-read smith2020 12\nrefnet tag rm to-read --year 2019\n"};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  return spec;
}
const CommandSpec kSpec = make_spec();

int run_tag(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.empty() || (pos[0] != "add" && pos[0] != "rm"))
    throw UsageError("say 'tag add TAG WORK...' or 'tag rm TAG WORK...'");
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
              << (ids.size() == 1 ? " work " : " works ") << tag << "\n";
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

const Registration reg_tag{kSpec, run_tag};
const Registration reg_tags{kTagsSpec, run_tags};

}  // namespace
}  // namespace refnet::cli
