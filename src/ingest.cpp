#include "refnet/ingest.hpp"

#include <algorithm>
#include <unordered_set>

#include "refnet/merge.hpp"
#include "refnet/source_keys.hpp"
#include "refnet/text.hpp"
#include "refnet/user_fields.hpp"

namespace refnet {

namespace {
// Works' keys and every alias: a paper may still \cite an absorbed or
// replaced key, so a new work never takes it.
std::unordered_set<std::string> taken_keys(Library& lib) {
  std::vector<std::string> keys = lib.citekeys();
  std::unordered_set<std::string> taken(keys.begin(), keys.end());
  for (auto& [work, alias] : lib.absorbed_keys()) taken.insert(std::move(alias));
  return taken;
}
}  // namespace

Ingest::Ingest(Library& lib, bool merge_by_doi) : lib_(lib), keys_(taken_keys(lib)), merge_by_doi_(merge_by_doi),
      crossref_pending_(lib.any_crossref_pending()) {}

namespace {
// The same pattern as the KeyAssigner of every Ingest.
const KeyAssigner& proposer() {
  static const KeyAssigner p({});
  return p;
}
}  // namespace

namespace {
// A database's accession number in a RIS record's ID (CENTRAL's
// "CN-01779678", PsycINFO's "2021-94054-001", ERIC's "EJ1251011", Lens's
// "004-730-763-880-57X") is no key (citekey.cpp's machine_made): the work
// gets a key made, and the number stays in extra under ID, as a second ID
// does, which refnet's RIS export writes back in a note naming ID (before
// session 67 it was dropped without a word).  A tool's bare record number
// (EndNote's "ID  - 12") is the tool's own, of no use outside it.
void keep_accession_id(Record& r, const std::string& own_key, bool own) {
  if (own || own_key.empty() || r.provenance.keyed_by() != "ris") return;
  if (all_digits(own_key)) return;
  for (const ExtraField& f : r.extra)
    if (f.name == "ID" && f.value == own_key) return;
  r.add_extra("ID", own_key);
}
}  // namespace

Library::AddResult Ingest::add(Record&& r) {
  std::string own_key = r.citekey;
  inherit_from_library(r);
  KeyAssigner::Proposal proposal = proposer().propose(r);
  keep_accession_id(r, own_key, proposal.own);
  r.citekey = assign_key(r, proposal);
  // A key a person chose names the entry: a re-export from the same tool joins it.
  Library::AddResult res = count(lib_.add(r, merge_by_doi_, proposal.own ? own_key : std::string()), r.citekey);
  note_made_key(res, r.citekey, proposal);
  take_edited_key(res, r, own_key, r.citekey, proposal.own);
  link_crossref(res, r, own_key);
  keep_source_key(res, r, own_key);
  keep_alias_fields(res, r);
  note_source_key(res, r, own_key, proposal.own);
  note_behind_yours(res, r);
  return res;
}

Ingest::Prepared Ingest::prepare(Record&& r) {
  Prepared p;
  p.key = proposer().propose(r);
  p.record = std::move(r);
  keep_accession_id(p.record, p.record.citekey, p.key.own);
  std::string own = std::move(p.record.citekey);
  p.record.citekey = p.key.key;
  p.encoded = Library::encode(p.record);
  p.record.citekey = std::move(own);
  return p;
}

Library::AddResult Ingest::add(Prepared&& p) {
  Record& r = p.record;
  std::string own_key = r.citekey;
  bool inherited = inherit_from_library(r);
  std::string key = assign_key(r, p.key);
  r.citekey = key;
  // Taken already: the key has a suffix, and the JSON must say so.
  if (inherited) p.encoded = Library::encode(r);
  else if (key != p.key.key) p.encoded.json = to_json(r);
  Library::AddResult res = count(lib_.add(r, merge_by_doi_, p.encoded, p.key.own ? own_key : std::string()), key);
  note_made_key(res, key, p.key);
  take_edited_key(res, r, own_key, key, p.key.own);
  link_crossref(res, r, own_key);
  keep_source_key(res, r, own_key);
  keep_alias_fields(res, r);
  note_source_key(res, r, own_key, p.key.own);
  note_behind_yours(res, r);
  return res;
}

// Keys must not depend on the order of a file's entries: an entry's own key
// that a key made earlier in this import holds ("smith2020promoting" made for
// an entry keyed 1234567) is the entry's; the earlier work takes the
// pattern's next free key, as it would have had the entry come first.  A key
// an earlier import gave stays: a paper may \cite it.
std::string Ingest::assign_key(const Record& r, const KeyAssigner::Proposal& p) {
  if (p.own)
    if (auto it = made_keys_.find(ascii_lower(p.key)); it != made_keys_.end()) {
      MadeKey made = std::move(it->second);
      made_keys_.erase(it);
      std::string other = keys_.assign(r, KeyAssigner::Proposal{made.expansion, false});
      lib_.set_citekey(made.work, other);
      made_keys_[ascii_lower(other)] = std::move(made);
      keys_.release(p.key);
    }
  return keys_.assign(r, p);
}

void Ingest::note_made_key(const Library::AddResult& res, const std::string& key, const KeyAssigner::Proposal& p) {
  if (res.status == Library::AddStatus::added && !p.own) made_keys_[ascii_lower(key)] = MadeKey{res.work_id, p.key};
}

bool Ingest::inherit_from_library(Record& r) {
  std::string parent_key = crossref_parent_key(r);
  if (parent_key.empty()) return false;
  std::optional<std::int64_t> parent = lib_.work_by_key(parent_key);
  if (!parent) return false;
  std::optional<Work> w = lib_.get(*parent);
  return w && inherit_from_parent(r, w->record);
}

void Ingest::link_crossref(const Library::AddResult& res, const Record& r, const std::string& own_key) {
  if (res.status == Library::AddStatus::present || r.provenance.format != "bibtex") return;
  std::string parent_key = crossref_parent_key(r);
  if (!parent_key.empty() && !lib_.work_by_key(parent_key)) {
    lib_.await_crossref_parent(res.work_id, parent_key);
    crossref_pending_ = true;
  }
  if (!crossref_pending_) return;
  // The children that waited for this record: by its own key and the one it got.
  for (const std::string& key : {own_key, r.citekey}) {
    if (key.empty()) continue;
    for (std::int64_t child : lib_.take_crossref_children(key)) {
      if (child == res.work_id) continue;
      std::optional<Work> parent = lib_.get(res.work_id);
      if (!parent) continue;
      bool filled = lib_.edit_sources(child, [&](Record& c) {
        std::string k = crossref_parent_key(c);
        return !k.empty() && (iequals(k, key)) && inherit_from_parent(c, parent->record);
      });
      if (filled) ++counts_.crossref_resolved;
    }
    if (own_key == r.citekey) break;
  }
}

namespace {
// Whether biber reads `key` as an entry key (biblatex ids): no white space
// or control characters, none of , { } " # % ( ) = \ ~ (an apostrophe, a
// slash, a plus sign, a letter beyond ASCII are fine).
bool biber_key(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f) return false;
    if (std::string_view(",{}\"#%()=\\~").find(c) != std::string_view::npos) return false;
  }
  return true;
}
}  // namespace

// A key a .bib source (or Zotero's citation key) gave that the library cannot keep ("O'Brien2020",
// ACM's "10.1145/3290605.3300233", "Müller2020") is what the user's papers
// \cite: it stays the work's alias (biblatex writes it in `ids`; `refnet
// show` finds the work by it), unless another work holds it already.
void Ingest::keep_source_key(const Library::AddResult& res, const Record& r, const std::string& own_key) {
  // The key of a .bib, and Zotero's citation key (its RDF's z:citationKey,
  // its JSON's citationKey).
  const std::string_view f = r.provenance.keyed_by();
  if ((f != "bibtex" && f != "zotero-rdf" && f != "zotero-json") || own_key.empty() || is_safe_key(own_key) ||
      iequals(own_key, r.citekey))
    return;
  if (res.status != Library::AddStatus::added && res.status != Library::AddStatus::merged) return;
  if (!biber_key(own_key) || !keys_.claim(own_key)) return;
  lib_.add_key_alias(own_key, res.work_id);
  ++counts_.aliased;
}

// The keys an importer gave the record beside its own (kLibraryAlias: a
// biblatex @set's key, on its first member): the work's aliases, so that
// `refnet show KEY` and a paper's \cite{KEY} find it, unless another work
// holds the key (said).
void Ingest::keep_alias_fields(Library::AddResult& res, const Record& r) {
  for (const ExtraField& f : r.extra) {
    if (f.name != kLibraryAlias || f.value.empty()) continue;
    if (res.work_id == 0) continue;
    const std::vector<std::int64_t> named = lib_.resolve(f.value);
    if (std::find(named.begin(), named.end(), res.work_id) != named.end()) continue;  // kept already
    if (named.empty() && biber_key(f.value) && keys_.claim(f.value)) {
      lib_.add_key_alias(f.value, res.work_id);
      continue;
    }
    res.said.push_back(source_position(r.provenance) + ": warning: key " + f.value + " (a biblatex @set's) names " +
                       (named.empty() ? std::string("another record of this import") : describe_work(lib_, named.front())) +
                       " already: not kept as an alias of " + describe_work(lib_, res.work_id));
  }
}

// refnet's own export read back whose entry's key is none of its work's (no
// key, old key or key a source gave it: the mark found the work though the
// key was edited in the file): the user's edit, as `refnet edit` makes one.
// The edited key becomes the work's key, pinned, and the old one (pinned,
// written out: a paper may cite it) its alias, so that both name the work and
// the next export writes the key the user wrote (before session 64 the work
// kept its key and the edited one named nothing: a paper citing it broke at
// the next export).  A key another work holds (its key or alias) leaves the
// work's key as it is, said.  `key` is the key
// the import assigned the entry: the edited key itself when nothing held it.
void Ingest::take_edited_key(Library::AddResult& res, const Record& r, const std::string& own_key,
                             const std::string& key, bool own) {
  // (Only a key a person chose: an EndNote record number in RIS ID, which
  // the export writes as it came, is no key of the work's.)
  if (!own || !res.read_back || own_key.empty() || res.status != Library::AddStatus::merged) return;
  const std::int64_t work = res.work_id;
  if (std::optional<std::int64_t> named = lib_.work_by_key(own_key); named && *named == work) return;
  for (const KeyGiver& g : key_givers(lib_, own_key))
    if (g.work == work) return;
  const std::optional<Record> view = lib_.record(work, RecordParts{false, false, false, false});
  if (!view) return;
  const std::string old = view->citekey;
  const std::string head = source_position(r.provenance) + ": note: key " + own_key + " of refnet's own export of " +
                           describe_work(lib_, work) + " is not the work's";
  if (key == own_key && !old.empty()) {
    const bool written = lib_.key_pinned(work);
    lib_.set_citekey(work, own_key);
    lib_.add_key_alias(old, work, written);
    lib_.pin_keys({work});
    res.said.push_back(head + ": edited in the file (found by the mark), it is the work's key now, as 'refnet edit' "
                       "makes it, pinned; the old key " + old + " stays its alias, so a paper citing it still finds it "
                       "('refnet undo' takes the import back)");
    return;
  }
  std::string why = "which this import gave another work";
  if (std::optional<std::int64_t> other = lib_.work_by_key(own_key); other && *other != work)
    why = "which names " + describe_work(lib_, *other);
  res.said.push_back(head + " (edited in the file?), " + why + ": found by the mark; the work keeps its key " + old +
                     ", which refnet's exports write");
}

// The key the entry's file gave (a .bib key, a CSL-JSON id) is remembered
// for its source (source_keys.hpp); a key that already names another work is
// said: `bob.bib:19:1: warning: key smith2020 already names work 1 (...)`.
void Ingest::note_source_key(const Library::AddResult& res, const Record& r, const std::string& own_key, bool own) {
  if (own_key.empty() || res.status == Library::AddStatus::present) return;
  if (!own && r.provenance.keyed_by() != "bibtex") return;
  remember_source_key(lib_, lib_.last_source_id(), own_key);
  std::optional<std::int64_t> named = lib_.work_by_key(own_key);
  if (!named || *named == res.work_id) return;
  std::string why;
  std::optional<Work> other = lib_.get(*named);
  if (!other || !other->trashed_at.empty()) return;
  if (iequals(other->record.citekey, own_key) && lib_.key_pinned(*named) &&
      !pinned_key_entry(r, other->record, &why))
    why = " (a pinned key: the entry's " + why + " differ" + (why.find(" and ") == std::string::npos ? "s" : "") + ")";
  else
    why.clear();
  std::string where = source_position(r.provenance);
  key_warnings_.push_back(where + ": warning: key " + own_key + " already names " + describe_work(lib_, *named) + why +
                          ": this entry is " + describe_work(lib_, res.work_id) +
                          "; a paper's " + own_key + " is the work of the source its other keys come from "
                          "(export --aux/--cites)");
}

void Ingest::note_behind_yours(const Library::AddResult& res, const Record& r) {
  if (res.behind_yours.empty()) return;
  Update& u = behind_yours_.emplace_back(Update{res.work_id, {}});
  const std::string where = source_position(r.provenance);
  // The user's value is the view's (over every source): both said, as text
  // (a title without its case protection's braces; before session 62 the
  // user's value was not said, and the export's title came with braces).
  const std::optional<Record> view = lib_.record(res.work_id, RecordParts{false, true, true, true});
  for (const auto& [field, value] : res.behind_yours) {
    u.fields.push_back(field);
    std::string yours = !view ? std::string() : field == "title" ? strip_rich_text(view->title) : field_text(*view, field);
    if (yours.size() > 200) yours = yours.substr(0, 197) + "...";
    yours_warnings_.push_back(where + ": warning: your " + field + (yours.empty() ? "" : " \"" + yours + "\"") +
                              " kept over the new export's \"" + value + "\" ('refnet unset " +
                              std::to_string(res.work_id) + " " + field + "' takes the export's): " +
                              describe_work(lib_, res.work_id));
  }
}

Library::AddResult Ingest::count(const Library::AddResult& res, const std::string& key) {
  counts_.kept_apart += res.kept_apart.empty() ? 0 : 1;
  switch (res.status) {
    case Library::AddStatus::added: ++counts_.added; break;
    case Library::AddStatus::merged:
      ++(res.read_back ? counts_.read_back : counts_.merged);
      counts_.older += res.older;
      if (!res.updated.empty()) {
        ++counts_.updated;
        auto it = std::find_if(updates_.begin(), updates_.end(), [&](const Update& u) { return u.work == res.work_id; });
        if (it == updates_.end()) it = updates_.insert(updates_.end(), Update{res.work_id, {}});
        for (const std::string& f : res.updated)
          if (std::find(it->fields.begin(), it->fields.end(), f) == it->fields.end()) it->fields.push_back(f);
      }
      break;
    case Library::AddStatus::present:
      keys_.release(key);
      ++counts_.present;
      if (res.doi_spelled) ++counts_.doi_spelled;
      if (!res.reread.empty()) rereads_.push_back(Update{res.work_id, res.reread});
      break;
  }
  return res;
}

}  // namespace refnet
