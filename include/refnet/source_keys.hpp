// A key means one work, per source (issue 11, newuser39's findings 1 and 2).
// Two colleagues' .bib files may give `smith2020` to two different works: the
// library keeps, for each source record, the key its file gave (table
// source_keys), so that
// - an import says when an entry's key already names another work;
// - a paper's keys (export --aux/--cites) name the work of the source the
//   paper's other keys come from, or a warning names every work the key may
//   mean;
// - an entry carrying a pinned key of the library (the user's own export,
//   edited) is that work unless the rest of the record contradicts it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/store.hpp"

namespace refnet {

// Source record `source_id` gave its work the key `key` (as its file wrote it).
void remember_source_key(Library& lib, std::int64_t source_id, std::string_view key);

// A source that gave a key: the live work it belongs to, its label (import
// --source) and where it was read.
struct KeyGiver {
  std::int64_t work = 0;
  std::string label;
  std::string file;
  std::uint32_t line = 0;
};
// The sources that gave `key` (case ignored), in import order.
std::vector<KeyGiver> key_givers(Library& lib, std::string_view key);

// The keys the sources labelled `labels` (import --source; a source without a
// label by its file, as selections match it) gave their works, by the live
// work each belongs to now, in import order (export --source writes them).
std::map<std::int64_t, std::vector<std::string>> keys_given_by(Library& lib, const std::vector<std::string>& labels);

// "work 8 (\"The wealth of microbial communities\", 2020)".
std::string describe_work(Library& lib, std::int64_t work);

// The works of a paper's keys (export --aux/--cites).  A key that names one
// work (its key, an alias, the key a source gave it) is that work.  A key
// that sources gave to several works is the work whose givers' labels the
// paper's other keys come from most (`by_source`); when no label decides,
// the work that holds the key now (or that Library::resolve finds), and
// `ambiguous` is set.
struct PaperKey {
  std::vector<std::int64_t> works;       // what the key names for the export
  std::vector<std::int64_t> candidates;  // every work the key may name, when more than one
  std::string label;                     // by_source: the label that decided
  bool by_source = false;
  bool ambiguous = false;
};
std::vector<PaperKey> resolve_paper_keys(Library& lib, const std::vector<std::string>& keys);
// What a choice among candidates says: "smith2020 names 2 works: ...".
std::string describe_choice(Library& lib, const std::string& key, const PaperKey& k);

// An entry whose key is the pinned key of a work (`view`): the work, read
// again after an edit, when nothing contradicts it badly (see README,
// "Re-importing your own export"): no DOI, PMID or PMCID of the two differs,
// the first creators' family names agree (when both have one), and the title
// or the year is as it was, the other changed at most a little (a title that
// one extends, or of which most words stay).  Otherwise `differs` names what
// differs ("title and year").
bool pinned_key_entry(const Record& entry, const Record& view, std::string* differs);
// The live work whose pinned key is `key`, when `entry` is that work by
// pinned_key_entry (Library::add joins the entry to it).
std::optional<std::int64_t> pinned_key_work(Library& lib, const Record& entry, std::string_view key);
// Whether `later` is an edit of `earlier`, an entry of the same tool under the
// same key (BibTeX, CSL-JSON, RIS: formats refnet exports keys in), by
// pinned_key_entry: the later takes the earlier's place in the work's view
// (merge_records), as a later export of a record does.
bool edited_entry(const Record& later, const Record& earlier);

// refnet's own export of `work` read back (`entry`, joining the work): its
// note field (BibTeX and CSL-JSON annote, RIS N1) holds the work's notes as
// refnet wrote them, after the entry's own text.  The notes are found again
// in it (the longest common run of paragraphs): an edited paragraph updates
// its note (Library::set_notes, in the import's journal entry: undo
// reverses), paragraphs after the last note are a new note, a note left out
// is kept; the note field keeps only the entry's own text, so a note is
// never also the source's.  Returns what it said, `file:line:1: note: ...`.
std::vector<std::string> take_own_notes(Library& lib, std::int64_t work, Record& entry);

}  // namespace refnet
