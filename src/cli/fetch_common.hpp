// What `refnet fetch` and `refnet enrich` share (defined in fetch.cpp): the
// Crossref client's options and a transaction committed in batches.
#pragma once

#include <cstddef>
#include <ostream>
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

// A run's failures, each told as it comes, except those of the DOIs the
// client gave up together because nothing answered (no network, no name
// resolution, every connection refused): one message, told by finish().
class FailureReport {
 public:
  // `searches`: the run searched reference strings (resolve, enrich
  // --match-references), not DOIs.
  explicit FailureReport(std::string command, bool searches = false)
      : command_(std::move(command)), searches_(searches) {}
  void failed(FetchProgress& progress, const FetchResult& r) {
    // "not tried: URL does not answer (...)", "gave up after 1 try: URL does not answer (...)"
    if (r.error.find(" does not answer (") != std::string::npos) {
      ++unreachable_;
      why_ = r.error.substr(r.error.find(": ") + 2);
      return;
    }
    progress.note("refnet " + command_ + ": error: " + r.doi + ": " + r.error);
  }
  // After the progress line is done.
  void finish(std::ostream& err) const {
    if (!unreachable_) return;
    err << "refnet " << command_ << ": error: " << why_ << ": the network or Crossref is unreachable; the run stopped, "
        << unreachable_
        << (searches_ ? (unreachable_ == 1 ? " reference string not searched" : " reference strings not searched")
                      : (unreachable_ == 1 ? " DOI not fetched" : " DOIs not fetched"))
        << " (run again when online; --offline uses what the cache holds)\n";
  }

 private:
  std::string command_;
  bool searches_ = false;
  std::size_t unreachable_ = 0;
  std::string why_;
};

// `enrich --match-references` (resolve.cpp): the references without a DOI of
// the works `q` selects, searched in Crossref and validated; the DOIs found
// are set on the references (one journal entry).  Returns the exit status.
int match_references(const Args& args, Library& lib, const Query& q, CrossrefSettings& settings);

}  // namespace refnet::cli
