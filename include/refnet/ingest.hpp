// The one path by which records enter the library, for `import` and `fetch`
// alike: a citation key is assigned; a record whose DOI, PMID or PMCID a work
// already has is merged into that work when the rest of the record confirms
// it (else kept apart, and the result says so); a BibTeX child and its
// `crossref` parent find each other in whichever order they arrive.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "refnet/citekey.hpp"
#include "refnet/record.hpp"
#include "refnet/store.hpp"

namespace refnet {

class Ingest {
 public:
  struct Counts {
    std::size_t added = 0;    // new works
    std::size_t present = 0;  // the same source text was already imported
    std::size_t merged = 0;   // joined an existing work by DOI, PMID, PMCID, WoS UT or Scopus EID
    std::size_t read_back = 0;  // refnet's own export read back: copies attached to their works (not in merged)
    std::size_t updated = 0;  // of those, records that changed their work's view as later exports of its record
    std::size_t older = 0;    // of those, older exports than one the work holds (AddResult::older): view kept
    std::size_t kept_apart = 0;         // records kept apart from a work sharing an identifier
    std::size_t crossref_resolved = 0;  // children completed from a parent that came after them
    std::size_t aliased = 0;  // .bib keys the library could not keep, kept as the works' aliases
    std::size_t doi_spelled = 0;  // of `present`, records whose DOI's spelling their source takes (AddResult)
  };

  // The caller owns the transaction around the calls to add().
  explicit Ingest(Library& lib, bool merge_by_doi = true);
  Library::AddResult add(Record&& r);

  // add() in two halves: prepare() does the work that needs no library (the
  // key's pattern, the record's JSON with the key it will most likely get)
  // and may run on another thread, ahead of add(Prepared).  The result is
  // the same as add(Record).
  struct Prepared {
    Record record;
    KeyAssigner::Proposal key;
    Library::Encoded encoded;  // Library::encode(record) with record.citekey = key.key
  };
  static Prepared prepare(Record&& r);
  Library::AddResult add(Prepared&& p);
  const Counts& counts() const { return counts_; }
  // The works a later export of their record updated, with the fields it
  // changed (Library::AddResult::updated), in the order first updated.
  struct Update {
    std::int64_t work = 0;
    std::vector<std::string> fields;
  };
  const std::vector<Update>& updates() const { return updates_; }
  // The works whose source this refnet read otherwise than the library had
  // it (Library::AddResult::reread), with the fields that changed.
  const std::vector<Update>& rereads() const { return rereads_; }
  // `file:line:1: warning: key K already names work N ...`: an entry whose own
  // key another work holds, which it was not joined to (source_keys.hpp).
  const std::vector<std::string>& key_warnings() const { return key_warnings_; }
  // The works whose user-set fields a later export changed
  // (Library::AddResult::behind_yours), and `file:line:1: warning: your
  // title kept over the new export's: "..."` for each field.
  const std::vector<Update>& behind_yours() const { return behind_yours_; }
  const std::vector<std::string>& yours_warnings() const { return yours_warnings_; }

 private:
  Library::AddResult count(const Library::AddResult& res, const std::string& key);
  // Before storing: a child whose parent is in the library takes its fields.
  bool inherit_from_library(Record& r);
  // After storing: the child waits for its parent, the parent completes the
  // children that waited for it (`own_key`: the key the source gave it).
  void link_crossref(const Library::AddResult& res, const Record& r, const std::string& own_key);
  void keep_source_key(const Library::AddResult& res, const Record& r, const std::string& own_key);
  void keep_alias_fields(Library::AddResult& res, const Record& r);
  // A key the user edited in refnet's own export read back (the mark found
  // its work): the work's key now, as `refnet edit` makes it, said in res.said.
  void take_edited_key(Library::AddResult& res, const Record& r, const std::string& own_key, const std::string& key,
                       bool own);
  void note_source_key(const Library::AddResult& res, const Record& r, const std::string& own_key, bool own);
  void note_behind_yours(const Library::AddResult& res, const Record& r);
  // The key for r: an entry's own key that a key this import made from the
  // pattern holds is the entry's, that work taking the pattern's next key.
  std::string assign_key(const Record& r, const KeyAssigner::Proposal& p);
  // A key this import made for a new work: that key's pattern expansion is
  // remembered, by the key in lower case.
  void note_made_key(const Library::AddResult& res, const std::string& key, const KeyAssigner::Proposal& p);
  Library& lib_;
  KeyAssigner keys_;
  bool merge_by_doi_;
  bool crossref_pending_;  // children may be waiting for a parent
  Counts counts_;
  std::vector<Update> rereads_;
  std::vector<Update> updates_;
  std::vector<std::string> key_warnings_;
  std::vector<Update> behind_yours_;
  std::vector<std::string> yours_warnings_;
  struct MadeKey {
    std::int64_t work = 0;
    std::string expansion;  // the pattern's, before a suffix
  };
  std::unordered_map<std::string, MadeKey> made_keys_;
};

}  // namespace refnet
