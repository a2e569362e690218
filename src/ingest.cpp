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
  Library::AddResult res = lib_.add(r, merge_by_doi_);
  switch (res.status) {
    case Library::AddStatus::added: ++counts_.added; break;
    case Library::AddStatus::merged: ++counts_.merged; break;
    case Library::AddStatus::present:
      keys_.release(r.citekey);
      ++counts_.present;
      break;
  }
  return res;
}

}  // namespace refnet
