// What `refnet fetch` and `refnet enrich` share (defined in fetch.cpp): the
// Crossref client's options and a transaction committed in batches.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "refnet/fetch.hpp"

namespace refnet::cli {

// --mailto, --parallel, --retries, --timeout, --backoff, --refresh,
// --offline, --batch, --quiet.  A function, not a global: command specs are
// built during static initialisation, in no defined order across files.
const std::vector<OptionSpec>& crossref_options();

struct CrossrefSettings {
  FetchOptions client;
  CacheMode cache;
  std::size_t batch = 100;
  bool quiet = false;
};
// Reads the options (UsageError on a bad value) and warns on stderr when no
// contact address is set for a run that will go online.
CrossrefSettings crossref_settings(const Args& args, const std::string& command);

// A run that survives a kill: committed every `batch` units of work (one
// transaction each), so what was done stays done and a re-run starts from
// there.  The last, partial batch is committed by commit(); destroyed
// without it, that batch is rolled back.
class BatchedTransaction {
 public:
  BatchedTransaction(Library& lib, std::size_t batch) : lib_(lib), batch_(batch ? batch : 1) { tx_.emplace(lib_); }
  // After each unit.
  void step() {
    if (++n_ % batch_ != 0) return;
    tx_->commit();
    tx_.emplace(lib_);
  }
  void commit() { tx_->commit(); }

 private:
  Library& lib_;
  std::size_t batch_;
  std::size_t n_ = 0;
  std::optional<Library::Transaction> tx_;
};

}  // namespace refnet::cli
