// The one path by which records enter the library, for `import` and `fetch`
// alike: a citation key is assigned, and a record whose DOI a work already
// has is merged into that work.
#pragma once

#include <cstddef>

#include "refnet/citekey.hpp"
#include "refnet/record.hpp"
#include "refnet/store.hpp"

namespace refnet {

class Ingest {
 public:
  struct Counts {
    std::size_t added = 0;    // new works
    std::size_t present = 0;  // the same source text was already imported
    std::size_t merged = 0;   // joined an existing work by DOI
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

 private:
  Library::AddResult count(const Library::AddResult& res, const std::string& key);
  Library& lib_;
  KeyAssigner keys_;
  bool merge_by_doi_;
  Counts counts_;
};

}  // namespace refnet
