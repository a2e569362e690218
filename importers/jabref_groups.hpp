// JabRef's metadata in a .bib file: `@Comment{jabref-meta: KEY:VALUE;}`,
// its groups above all (`grouping`, JabRef 3.9 and later; `groupstree`
// with `groupsversion:3` before, and Better BibTeX's JabRef export).  The
// format is JabRef's MetaDataParser and GroupsParser: the value's line
// breaks are no data (JabRef and Better BibTeX wrap long lines anywhere),
// its units end at a ';' not escaped by '\', and a group's unit is
// "LEVEL KIND:NAME;CONTEXT;..." whose fields are split the same way again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace refnet::jabref {

struct Group {
  int level = 0;     // 1: under JabRef's "All entries"
  std::string kind;  // StaticGroup, ExplicitGroup (JabRef 3 and before), KeywordGroup, SearchGroup, ...
  std::string name;
  // How the group's view joins its subgroups' and parent's: 0 independent
  // (its own entries only), 1 refining (those also in its parent), 2
  // including (its own and its subgroups').
  int context = 2;
  std::vector<std::string> fields;  // after the context, unescaped
  std::string path;                 // the names from the top group down, separated by '\n'
  std::string shown_path;           // the same separated by '/', as refnet names the collection
};

// The key and value of a "jabref-meta: KEY:VALUE" comment, line breaks
// taken out; false when the comment is not JabRef's metadata.
bool meta_of(std::string_view comment, std::string& key, std::string& value);

// The groups of a `grouping` or `groupstree` value, in the file's order,
// JabRef's root (level 0, "All entries") left out; `bad` gets the units
// that are no group ("LEVEL KIND:..."), as written.
std::vector<Group> parse_groups(std::string_view value, std::vector<std::string>& bad);

// Whether the group lists its entries (a static group: the entries whose
// `groups` field names it, and an old ExplicitGroup's keys).
bool is_static(const Group& g);
// An old ExplicitGroup's keys (JabRef 3 and before; later ones list none).
std::vector<std::string> legacy_keys(const Group& g);
// What a group that is a rule holds, in words: "the entries whose author
// field contains 'Churchill'"; empty for a static group.
std::string rule_of(const Group& g);

}  // namespace refnet::jabref
