// refnet enrich [selection]: Crossref's record of each work with a DOI,
// attached as a further source.  What the work gains (references, abstract,
// ISSN, subjects, funders, ORCIDs) and what it keeps is the merge's rule,
// not this command's: a later source never overwrites an earlier value.
#include <cmath>
#include <iostream>
#include <map>

#include "fetch_common.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "enrich", "refnet enrich [options] [ID|DOI|KEY...]",
      "add Crossref's record (references, abstract, ...) to works with a DOI",
      "Works are selected as for `list` (default: every work).  For each work with a\n"
      "DOI, Crossref's record becomes a further source of the work: it fills what the\n"
      "work lacks and overwrites nothing.  Answers are cached in the library, so a\n"
      "second run makes no requests (--refresh asks again).  The work is committed in\n"
      "batches: an interrupted run keeps what it did, and running it again finishes.\n\n"
      "With --match-references, the references of the selected works that have no\n"
      "DOI are matched instead (see `refnet resolve`): each DOI found is set on the\n"
      "reference, so that `network citation` links it to the work in the library.\n"
      "Ambiguous and unmatched references are named on stderr and left as they are.\n\n"
      "environment: REFNET_CROSSREF_URL (default https://api.crossref.org), REFNET_MAILTO.\n\n"
      "exit status: 0 every work with a DOI was looked up (a DOI not in Crossref, or\n"
      "with --offline not in the cache, is only a note); 3 some lookups failed; 1 all failed; 2 bad command line.\n",
      kSelectionOptions};
  spec.options.push_back({"match-references", nullptr, "find the DOIs of references without one (Crossref search, validated)"});
  const auto& shared = crossref_options();
  spec.options.insert(spec.options.end(), shared.begin(), shared.end());
  spec.examples =
      "refnet enrich --mailto me@example.org\nrefnet enrich --year 2020- --mailto me@example.org\n"
      "refnet enrich --match-references --mailto me@example.org\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

int run(const Args& args) {
  Library lib = open_library(args, false);
  Query q = selection_from_args(args, lib);
  CrossrefSettings settings = crossref_settings(args, "enrich");
  if (args.has("match-references")) return match_references(args, lib, q, settings);

  // DOI -> the works that have it (two unmerged works may share one).
  std::map<std::string, std::vector<std::int64_t>> works_of;
  std::map<std::string, std::string> spelled;  // DOI -> as the work writes it, for messages
  std::vector<std::string> dois;
  std::size_t selected = 0, without_doi = 0;
  lib.each(q, [&](const Work& w) {
    ++selected;
    if (w.record.doi.empty()) {
      ++without_doi;
      return true;
    }
    auto& ids = works_of[w.record.doi];
    if (ids.empty()) {
      dois.push_back(w.record.doi);
      spelled[w.record.doi] = w.record.spelled_doi();
    }
    ids.push_back(w.id);
    return true;
  });
  if (dois.empty()) {
    if (!settings.quiet)
      std::cerr << "refnet enrich: " << selected << (selected == 1 ? " work" : " works")
                << " selected, none with a DOI: nothing to do\n";
    if (args.json())  // the summary below, all its counts 0
      std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"selected\":" << selected
                << ",\"without_doi\":" << without_doi << ",\"dois\":0,\"enriched\":0,\"unchanged\":0,\"not_found\":0,"
                << "\"failed\":0,\"not_cached\":0,\"cached\":0,\"requests\":0}\n";
    return kOk;
  }

  FailureReport failures("enrich");
  FetchProgress progress("enrich", dois.size(), settings.quiet || args.json());
  settings.client.on_wait = [&](double sec, const std::string& why) {
    progress.note("refnet enrich: waiting " + std::to_string(static_cast<long>(std::ceil(sec))) + " s: " + why);
  };
  CrossrefClient client(settings.client);
  std::size_t enriched = 0, had_it = 0, not_found = 0, failed = 0, cached = 0, not_cached = 0;
  {
    BatchedTransaction tx(lib, settings.batch);
    fetch_with_cache(lib, client, dois, settings.cache, [&](FetchResult&& r) {
      cached += r.from_cache;
      switch (r.outcome) {
        case FetchOutcome::ok:
          for (std::int64_t id : works_of[r.doi]) {
            auto res = lib.attach(id, *r.record);
            if (res.status == Library::AddStatus::present) ++had_it;
            else ++enriched;
          }
          break;
        case FetchOutcome::not_found:
          ++not_found;
          if (!settings.quiet) progress.note("refnet enrich: note: " + spelled[r.doi] + ": not in Crossref (404)");
          break;
        case FetchOutcome::not_cached:
          ++not_cached;
          if (!settings.quiet) progress.note("refnet enrich: note: " + spelled[r.doi] + ": " + r.error);
          break;
        case FetchOutcome::failed:
          ++failed;
          r.doi = spelled[r.doi];
          failures.failed(progress, r);
          break;
      }
      progress.tick();
      tx.step();
    });
    tx.commit();
  }
  progress.finish();
  failures.finish(std::cerr);

  if (args.json()) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"selected\":" << selected
              << ",\"without_doi\":" << without_doi << ",\"dois\":" << dois.size() << ",\"enriched\":" << enriched
              << ",\"unchanged\":" << had_it << ",\"not_found\":" << not_found << ",\"failed\":" << failed
              << ",\"not_cached\":" << not_cached << ",\"cached\":" << cached << ",\"requests\":" << client.requests()
              << "}\n";
  } else if (!settings.quiet) {
    std::cout << "enrich: " << selected << (selected == 1 ? " work" : " works") << " selected, " << without_doi
              << " without a DOI; " << enriched << " enriched, " << had_it << " already had Crossref's record";
    if (not_found) std::cout << ", " << not_found << " not in Crossref";
    if (not_cached) std::cout << ", " << not_cached << " not in the cache (--offline: run without it to ask Crossref)";
    if (failed) std::cout << ", " << failed << " failed";
    std::cout << " (" << cached << " from the cache, " << client.requests() << " requests)\n";
  }
  if (failed == 0) return kOk;
  return failed < dois.size() ? kPartial : kFailure;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
