#include "refnet/ingest.hpp"

#include <unordered_set>

namespace refnet {

namespace {
std::unordered_set<std::string> taken_keys(Library& lib) {
  std::vector<std::string> keys = lib.citekeys();
  return {keys.begin(), keys.end()};
}
}  // namespace

Ingest::Ingest(Library& lib, bool merge_by_doi) : lib_(lib), keys_(taken_keys(lib)), merge_by_doi_(merge_by_doi) {}

Library::AddResult Ingest::add(Record&& r) {
  r.citekey = keys_.assign(r);
  return count(lib_.add(r, merge_by_doi_), r.citekey);
}

Ingest::Prepared Ingest::prepare(Record&& r) {
  // The same pattern as the KeyAssigner of every Ingest.
  static const KeyAssigner proposer({});
  Prepared p;
  p.key = proposer.propose(r);
  p.record = std::move(r);
  std::string own = std::move(p.record.citekey);
  p.record.citekey = p.key.key;
  p.encoded = Library::encode(p.record);
  p.record.citekey = std::move(own);
  return p;
}

Library::AddResult Ingest::add(Prepared&& p) {
  Record& r = p.record;
  std::string key = keys_.assign(r, p.key);
  r.citekey = key;
  // Taken already: the key has a suffix, and the JSON must say so.
  if (key != p.key.key) p.encoded.json = to_json(r);
  return count(lib_.add(r, merge_by_doi_, p.encoded), key);
}

Library::AddResult Ingest::count(const Library::AddResult& res, const std::string& key) {
  switch (res.status) {
    case Library::AddStatus::added: ++counts_.added; break;
    case Library::AddStatus::merged: ++counts_.merged; break;
    case Library::AddStatus::present:
      keys_.release(key);
      ++counts_.present;
      break;
  }
  return res;
}

}  // namespace refnet
