// refnet fetch DOI...: import works as Crossref describes them, through the
// same importer and the same Ingest (keys, merge by DOI) as `import`.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

#include "fetch_common.hpp"
#include "refnet/doi.hpp"
#include "refnet/encoding.hpp"
#include "refnet/ingest.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {

const std::vector<OptionSpec>& crossref_options() {
  static const std::vector<OptionSpec> options = {
      {"mailto", "ADDR", "your e-mail address, sent to Crossref in the User-Agent (default: $REFNET_MAILTO)"},
      {"parallel", "N", "requests in flight at most (default 3); the server's rate limit is honoured anyway"},
      {"retries", "N", "retry a failed request (5xx, 429, timeout, broken connection) up to N times (default 4)"},
      {"timeout", "SEC", "give up a request after SEC seconds (default 30; connecting: at most 10)"},
      {"backoff", "SEC", "wait about SEC seconds before the first retry, doubling each time (default 1)"},
      {"max-wait", "SEC", "wait at most SEC seconds when the server asks to slow down (default 60)"},
      {"refresh", nullptr, "ask Crossref again even for what the library's cache holds an answer to"},
      {"offline", nullptr, "use only answers cached in the library; no requests"},
      {"batch", "N", "commit to the library every N answers (default 100): an interrupted run keeps its work"},
      {"quiet", nullptr, "no progress and no notes, errors only"},
  };
  return options;
}

namespace {

unsigned parse_count(const Args& args, const char* name, unsigned fallback, unsigned lo, unsigned hi) {
  if (!args.has(name)) return fallback;
  std::string v = args.get(name);
  if (v.empty() || v.size() > 6 || !std::all_of(v.begin(), v.end(), is_digit))
    throw UsageError(std::string("--") + name + ": '" + v + "' is not a number");
  unsigned n = static_cast<unsigned>(std::stoul(v));
  if (n < lo || n > hi)
    throw UsageError(std::string("--") + name + ": " + v + " is out of range (" + std::to_string(lo) + "-" +
                     std::to_string(hi) + ")");
  return n;
}

double parse_seconds(const Args& args, const char* name, double fallback, bool zero_ok) {
  if (!args.has(name)) return fallback;
  std::string v = args.get(name);
  std::size_t used = 0;
  double d = -1;
  try {
    d = std::stod(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != v.size() || v.empty() || !(d >= 0) || (!zero_ok && d == 0) || d > 86400)
    throw UsageError(std::string("--") + name + ": '" + v + "' is not a number of seconds");
  return d;
}

}  // namespace

CrossrefSettings crossref_settings(const Args& args, const std::string& command) {
  CrossrefSettings s;
  s.client = FetchOptions::from_environment();
  if (args.has("mailto")) s.client.mailto = args.get("mailto");
  s.client.parallel = parse_count(args, "parallel", s.client.parallel, 1, 50);
  s.client.retries = parse_count(args, "retries", s.client.retries, 0, 20);
  s.client.timeout = parse_seconds(args, "timeout", s.client.timeout, false);
  s.client.connect_timeout = std::min(s.client.connect_timeout, s.client.timeout);
  s.client.backoff = parse_seconds(args, "backoff", s.client.backoff, true);
  s.batch = parse_count(args, "batch", 100, 1, 1000000);
  s.cache.refresh = args.has("refresh");
  s.cache.offline = args.has("offline");
  if (s.cache.refresh && s.cache.offline) throw UsageError("--refresh and --offline contradict each other");
  s.quiet = args.has("quiet");
  s.client.max_wait = parse_seconds(args, "max-wait", s.client.max_wait, true);
  if (!s.client.mailto.empty())
    if (auto why = mailto_problem(s.client.mailto))
      throw UsageError(std::string(args.has("mailto") ? "--mailto" : "REFNET_MAILTO") + ": '" +
                       terminal_safe(s.client.mailto) + "' refused: " + *why);
  if (!s.cache.offline && s.client.mailto.empty())
    std::cerr << "refnet " << command
              << ": warning: no contact address for Crossref; give --mailto ADDR or set REFNET_MAILTO "
                 "(requests that name one are served by the 'polite' pool)\n";
  return s;
}

namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "fetch", "refnet fetch [options] DOI... (or --from FILE, or - for DOIs on standard input)",
      "import works from Crossref by DOI",
      "Each DOI may be spelled any usual way (10.1/x, doi:10.1/x, https://doi.org/10.1/x);\n"
      "a file or standard input holds one per line (blank lines and # comments are\n"
      "skipped).  A work whose DOI the library has already gains Crossref's record as a\n"
      "further source.  Answers are cached in the library: fetching again asks nobody.\n\n"
      "environment: REFNET_CROSSREF_URL (default https://api.crossref.org), REFNET_MAILTO.\n\n"
      "exit status: 0 every DOI fetched (or not in Crossref, or with --offline not in\n"
      "the cache: each only a note);\n"
      "3 some failed (invalid DOI, server error after the retries, ...); 1 none could be\n"
      "fetched; 2 bad command line.\n",
      {{"from", "FILE", "read DOIs from FILE, one per line (- for standard input)", true}}};
  const auto& shared = crossref_options();
  spec.options.insert(spec.options.end(), shared.begin(), shared.end());
  spec.examples =
      "refnet fetch 10.1177/0020852317735595 --mailto me@example.org\nrefnet fetch --from dois.txt --mailto me@example.org\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

void read_doi_lines(const std::string& file, std::vector<std::string>& out) {
  std::string text = read_file(file);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view line = trim(std::string_view(text).substr(pos, end - pos));
    pos = end + 1;
    if (line.empty() || line.front() == '#') continue;
    out.emplace_back(line);
  }
}

int run(const Args& args) {
  std::vector<std::string> given;
  for (const auto& p : args.positionals()) {
    if (p == "-") read_doi_lines("-", given);
    else given.push_back(p);
  }
  for (const auto& f : args.all("from")) read_doi_lines(f, given);
  if (given.empty()) throw UsageError("no DOIs to fetch");

  CrossrefSettings settings = crossref_settings(args, "fetch");
  std::vector<std::string> dois;
  std::unordered_set<std::string> seen;
  std::unordered_map<std::string, std::string> typed;  // DOI -> as the user wrote it, for messages
  std::size_t invalid = 0;
  for (const auto& g : given) {
    auto doi = normalize_doi(g);
    if (!doi) {
      std::cerr << "refnet fetch: error: '" << g << "' is not a DOI\n";
      ++invalid;
      continue;
    }
    if (!seen.insert(*doi).second) continue;
    dois.push_back(*doi);
    std::string_view written = doi_as_written(*doi, g);
    typed[*doi] = written.empty() ? *doi : std::string(written);
  }

  Library lib = open_library(args);
  Ingest ingest(lib);
  FailureReport failures("fetch");
  FetchProgress progress("fetch", dois.size(), settings.quiet || args.json());
  settings.client.on_wait = [&](double sec, const std::string& why) {
    progress.note("refnet fetch: waiting " + std::to_string(static_cast<long>(std::ceil(sec))) + " s: " + why);
  };
  CrossrefClient client(settings.client);
  std::size_t fetched = 0, not_found = 0, failed = 0, cached = 0, not_cached = 0;
  std::vector<std::pair<std::string, std::string>> outcomes;  // doi, what (for --json)

  {
    BatchedTransaction tx(lib, settings.batch);
    fetch_with_cache(lib, client, dois, settings.cache, [&](FetchResult&& r) {
      cached += r.from_cache;
      r.doi = typed[r.doi];
      switch (r.outcome) {
        case FetchOutcome::ok: {
          auto res = ingest.add(std::move(*r.record));
          ++fetched;
          const char* what = res.status == Library::AddStatus::added    ? "new"
                             : res.status == Library::AddStatus::merged ? "merged"
                                                                        : "present";
          outcomes.emplace_back(r.doi, what);
          break;
        }
        case FetchOutcome::not_found:
          ++not_found;
          outcomes.emplace_back(r.doi, "not in Crossref");
          if (!settings.quiet) progress.note("refnet fetch: note: " + r.doi + ": not in Crossref (404)");
          break;
        case FetchOutcome::not_cached:
          ++not_cached;
          outcomes.emplace_back(r.doi, r.error);
          if (!settings.quiet) progress.note("refnet fetch: note: " + r.doi + ": " + r.error);
          break;
        case FetchOutcome::failed:
          ++failed;
          outcomes.emplace_back(r.doi, "failed: " + r.error);
          failures.failed(progress, r);
          break;
      }
      progress.tick();
      tx.step();
    });
    const auto& c = ingest.counts();
    lib.log_import("crossref: " + std::to_string(dois.size()) + " DOIs from " + settings.client.base_url,
                   static_cast<std::int64_t>(fetched), static_cast<std::int64_t>(c.added),
                   static_cast<std::int64_t>(c.present + c.merged), static_cast<std::int64_t>(failed + invalid));
    tx.commit();
  }
  progress.finish();
  failures.finish(std::cerr);

  const auto& c = ingest.counts();
  if (args.json()) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"dois\":[";
    for (std::size_t i = 0; i < outcomes.size(); ++i)
      std::cout << (i ? "," : "") << "{\"doi\":" << json_quote(outcomes[i].first)
                << ",\"result\":" << json_quote(outcomes[i].second) << "}";
    std::cout << "],\"fetched\":" << fetched << ",\"new\":" << c.added << ",\"merged\":" << c.merged
              << ",\"present\":" << c.present << ",\"not_found\":" << not_found << ",\"not_cached\":" << not_cached
              << ",\"failed\":" << failed
              << ",\"invalid\":" << invalid << ",\"cached\":" << cached << ",\"requests\":" << client.requests()
              << "}\n";
  } else if (!settings.quiet) {
    std::cout << "fetched " << fetched << " of " << dois.size() + invalid << " DOIs: " << c.added << " new, "
              << c.merged << " merged into works with the same DOI, " << c.present << " already present";
    if (not_found) std::cout << "; " << not_found << " not in Crossref";
    if (not_cached) std::cout << "; " << not_cached << " not in the cache (--offline: run without it to ask Crossref)";
    if (failed + invalid) std::cout << "; " << failed + invalid << " failed";
    std::cout << " (" << cached << " from the cache, " << client.requests() << " requests)\n";
  }
  if (failed + invalid == 0) return kOk;
  return fetched + not_found + not_cached > 0 ? kPartial : kFailure;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
