// Crossref over libcurl: GET {base}/works/{DOI} for many DOIs at once, as a
// good citizen of the API: a User-Agent with a mailto (the polite pool), a
// bounded number of requests in flight, the server's announced rate limit
// (X-Rate-Limit-Limit per X-Rate-Limit-Interval) never exceeded, 429 paused
// for Retry-After, 5xx / timeouts / broken connections retried with
// exponential backoff and jitter a bounded number of times.  A response is
// only ever handed on whole and parsed: a truncated body or malformed JSON
// is a failure of that DOI, never a record.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

class Library;

struct FetchOptions {
  std::string base_url = "https://api.crossref.org";
  std::string mailto;          // named in the User-Agent; empty: the public pool
  unsigned parallel = 3;       // requests in flight at most
  unsigned retries = 4;        // further tries after a failed one (so 5 tries in all)
  double timeout = 30;         // seconds for a whole request
  double connect_timeout = 10; // seconds to connect
  double backoff = 1;          // seconds before the first retry; doubles with each, jittered
  double max_backoff = 60;
  // The longest wait a server may ask for (429 Retry-After); a longer one
  // fails the DOI with the reason instead of stalling the run.
  double max_wait = 60;
  // Told of every such wait before it starts ("rate limit"), for the
  // progress line.
  std::function<void(double seconds, const std::string& why)> on_wait;

  // Defaults with $REFNET_CROSSREF_URL and $REFNET_MAILTO applied.
  static FetchOptions from_environment();
};

// Why `mailto` cannot go into a User-Agent header (control characters: a
// CR/LF would inject headers; not NAME@DOMAIN), or nothing when it can.
std::optional<std::string> mailto_problem(std::string_view mailto);

// Why a parsed answer is not about the DOI asked (normalized), or empty.
std::string answer_mismatch(const Record& answer, const std::string& asked);

// "refnet/0.1.0 (https://github.com/refnet; mailto:ADDR)", without the
// mailto part when `mailto` is empty.
std::string user_agent(const std::string& mailto);

// {base}/works/{doi}: every byte of the DOI but unreserved characters and
// '/' percent-encoded ("10.1002/(SICI)1097" -> "10.1002/%28SICI%291097").
std::string work_url(std::string_view base, std::string_view doi);

// Parses the body of a /works/{doi} answer (a `work` message) into a
// Record whose provenance names `url`.  Nothing, and `error` set, when the
// body is not one work (malformed or cut-off JSON, an API error message).
std::optional<Record> parse_work_response(std::string_view body, const std::string& url, std::string& error);

// {base}/works?query.bibliographic=Q&rows=N: Crossref's search for a
// reference string (Q percent-encoded as a query value).
std::string search_url(std::string_view base, std::string_view bibliographic, int rows = 5);

// One item of a search answer: the work and Crossref's relevance score.
struct SearchCandidate {
  Record record;
  double score = 0;
};

// Parses the body of a search answer (a `work-list` message): its items in
// order, each with its score.  Nothing, and `error` set, when the body is
// not a work list (malformed or cut-off JSON, an API error message).
std::optional<std::vector<SearchCandidate>> parse_search_response(std::string_view body, const std::string& url,
                                                                  std::string& error);

enum class FetchOutcome {
  ok,         // 200 and one work: `record` is set
  not_found,  // 404: not in Crossref (a note, not an error)
  failed,     // `error` says why
  not_cached, // --offline and no cached answer: not asked (a note, not an error)
};

struct FetchResult {
  std::string doi;  // as asked, normalized; a search: the reference string asked
  std::string url;
  FetchOutcome outcome = FetchOutcome::failed;
  int http_status = 0;  // of the last answer; 0 when none came
  std::string body;     // the last answer's body (ok: the work JSON)
  std::optional<Record> record;
  std::string error;    // failed: "gave up after 5 tries: HTTP 503", ...
  unsigned tries = 0;   // requests made for this DOI (0: from the cache)
  bool from_cache = false;
  bool search = false;                       // an answer to search(): `candidates`, not `record`
  std::vector<SearchCandidate> candidates;   // a search's items, best first
};

using FetchCallback = std::function<void(FetchResult&&)>;

// The client.  Not thread-safe; everything, callbacks included, happens on
// the calling thread.
class CrossrefClient {
 public:
  explicit CrossrefClient(FetchOptions options);
  ~CrossrefClient();
  CrossrefClient(const CrossrefClient&) = delete;
  CrossrefClient& operator=(const CrossrefClient&) = delete;

  const FetchOptions& options() const { return options_; }

  // Fetches each DOI (normalized, see normalize_doi) and calls `done` once
  // per DOI as it finishes, in the order they finish.
  void fetch(const std::vector<std::string>& dois, const FetchCallback& done);

  // Searches Crossref for each reference string (search_url, `rows`
  // candidates), with the same limits, retries and pauses as fetch(), and
  // calls `done` once per string: ok with its candidates (none: Crossref
  // found nothing), or failed.
  void search(const std::vector<std::string>& strings, int rows, const FetchCallback& done);

  // Requests sent so far, retries included.
  std::size_t requests() const { return requests_; }

 private:
  struct Engine;
  FetchOptions options_;
  std::size_t requests_ = 0;
};

// fetch() with the library's response cache in front: an answer cached for
// the URL (200 or 404) is used without a request unless `refresh`; with
// `offline`, a DOI not in the cache is FetchOutcome::not_cached (not asked).  New 200 and
// 404 answers are put in the cache before `done` sees them, so inside the
// caller's open transaction, if any: the cache and what the caller makes of
// the answer are committed (or lost) together.
struct CacheMode {
  bool refresh = false;
  bool offline = false;
};
void fetch_with_cache(Library& lib, CrossrefClient& client, const std::vector<std::string>& dois, CacheMode mode,
                      const FetchCallback& done);
// search() with the same cache in front (keyed by the search URL).
void search_with_cache(Library& lib, CrossrefClient& client, const std::vector<std::string>& strings, int rows,
                       CacheMode mode, const FetchCallback& done);

// Progress on stderr: a bar redrawn in place (done/total, rate, ETA) when
// stderr is a terminal, otherwise a plain line at every tenth of the way
// (none for a run of fewer than kProgressLinesFrom items: its summary says
// all, and `enrich: 1/1 (1229.8/s)` is noise).
// note() prints a line (a per-DOI message) without breaking the bar.
constexpr std::size_t kProgressLinesFrom = 20;
class FetchProgress {
 public:
  FetchProgress(std::string label, std::size_t total, bool quiet = false);
  ~FetchProgress();
  void tick();
  void note(const std::string& line);
  void finish();

 private:
  std::string label_;
  std::size_t total_, done_ = 0, next_line_ = 0;
  bool tty_, quiet_, finished_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
  void draw(bool force);
  std::string rate_eta() const;
};

}  // namespace refnet
