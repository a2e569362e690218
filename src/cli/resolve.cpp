// refnet resolve STRING...: the DOI of a reference string, by Crossref's
// search and validation (refnet/reference_match.hpp); and what `enrich
// --match-references` does with every reference of the library that has
// no DOI.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>

#include "fetch_common.hpp"
#include "refnet/input.hpp"
#include "refnet/reference_match.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {

namespace {

constexpr int kRows = 5;  // candidates asked per string

struct SearchCounts {
  std::size_t matched = 0, ambiguous = 0, unmatched = 0, failed = 0, not_cached = 0, cached = 0, requests = 0;
};

// Searches each string (cache first) and validates its candidates; `told`
// is told each string's verdict (nullptr: the search failed, r.error says why).
SearchCounts match_strings(Library& lib, const std::vector<std::string>& strings, CrossrefSettings& settings,
                           const char* command, bool quiet,
                           const std::function<void(const std::string&, const MatchVerdict*, const FetchResult&)>& told) {
  SearchCounts n;
  FailureReport failures(command, true);
  FetchProgress progress(command, strings.size(), quiet);
  settings.client.on_wait = [&](double sec, const std::string& why) {
    progress.note(std::string("refnet ") + command + ": waiting " + std::to_string(static_cast<long>(std::ceil(sec))) +
                  " s: " + why);
  };
  CrossrefClient client(settings.client);
  {
    BatchedTransaction tx(lib, settings.batch);
    search_with_cache(lib, client, strings, kRows, settings.cache, [&](FetchResult&& r) {
      n.cached += r.from_cache;
      if (r.outcome == FetchOutcome::not_cached) {
        ++n.not_cached;  // --offline: told once, after the run (the string is the caller's to show)
        told(r.doi, nullptr, r);
      } else if (r.outcome != FetchOutcome::ok) {
        ++n.failed;
        failures.failed(progress, r);
        told(r.doi, nullptr, r);
      } else {
        Reference ref;
        ref.raw = r.doi;
        MatchVerdict v = validate_candidates(ref, r.candidates);
        switch (v.outcome) {
          case MatchOutcome::matched: ++n.matched; break;
          case MatchOutcome::ambiguous: ++n.ambiguous; break;
          case MatchOutcome::unmatched: ++n.unmatched; break;
        }
        told(r.doi, &v, r);
      }
      progress.tick();
      tx.step();
    });
    tx.commit();
  }
  progress.finish();
  failures.finish(std::cerr);
  if (n.not_cached && !settings.quiet)
    std::cerr << "refnet " << command << ": note: " << n.not_cached
              << (n.not_cached == 1 ? " reference string is" : " reference strings are")
              << " not in the cache (--offline): run without --offline to search Crossref\n";
  n.requests = client.requests();
  return n;
}

CommandSpec make_spec() {
  CommandSpec spec{"resolve", "refnet resolve [options] STRING...|FILE|-",
                   "find the DOI of a reference string through Crossref's search",
                   "Each STRING (a reference as a paper writes it) is searched in Crossref\n"
                   "(query.bibliographic, 5 candidates).  Candidates scoring less than half the\n"
                   "best one's are dropped; each other is checked against the string: its year\n"
                   "(within one), volume, issue, first page, first author's family name and title\n"
                   "are looked for in it.  The best supported candidate is taken when at least 3\n"
                   "fields support it, the author or the title among them, and no candidate with\n"
                   "another DOI is supported as well; otherwise the string is unmatched or\n"
                   "ambiguous, and the line says why.  Answers are cached in the library.\n"
                   "A FILE (or - for standard input) gives one reference a line, as for 'refnet parse'.\n\n"
                   "output: one line per string: matched|ambiguous|unmatched|failed|uncached, the\n"
                   "DOI (or -), the string, and why (uncached: --offline and not in the cache).\n\n"
                   "exit status: 0 every string was searched (or, with --offline, not in the\n"
                   "cache); 3 some searches failed; 1 all failed.\n",
                   {}};
  const auto& shared = crossref_options();
  spec.options.insert(spec.options.end(), shared.begin(), shared.end());
  spec.examples =
      "refnet resolve 'Kassen, M. (2013) A promising phenomenon of open data, Gov Inf Q, 30, 508-513'\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

// The strings to resolve: each argument, or the lines of a file it names
// ("-": standard input), one reference a line, as `refnet parse` reads them.
std::vector<std::string> reference_strings(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& a : args) {
    std::error_code ec;
    if (a != "-" && !std::filesystem::is_regular_file(a, ec)) {
      out.push_back(a);
      continue;
    }
    // read_input, as `refnet parse` reads its FILE or standard input.
    const std::string text = read_input(a);
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
      std::size_t e = std::min(text.find('\n', pos), text.size());
      std::string_view t = trim(std::string_view(text).substr(pos, e - pos));
      pos = e + 1;
      if (t.empty()) continue;
      out.emplace_back(t);
      ++n;
    }
    std::cerr << "refnet resolve: " << n << " reference string" << (n == 1 ? "" : "s") << " from "
              << (a == "-" ? "standard input" : a) << "\n";
  }
  return out;
}

int run(const Args& args) {
  const std::vector<std::string> strings = reference_strings(args.positionals());
  if (strings.empty()) throw UsageError("no reference string given");
  Library lib = open_library(args);
  CrossrefSettings settings = crossref_settings(args, "resolve");
  std::string json = "[";
  SearchCounts n = match_strings(lib, strings, settings, "resolve", true,
                                 [&](const std::string& s, const MatchVerdict* v, const FetchResult& r) {
    const char* outcome = v ? to_string(v->outcome) : r.outcome == FetchOutcome::not_cached ? "uncached" : "failed";
    std::string doi = v ? v->doi : std::string();
    std::string why = v ? v->why : r.error;
    if (args.json()) {
      if (json.size() > 1) json += ",";
      json += "{\"string\":" + json_quote(s) + ",\"outcome\":\"" + outcome + "\",\"doi\":" +
              (doi.empty() ? std::string("null") : json_quote(doi)) + ",\"why\":" + json_quote(why) + ",\"candidates\":[";
      if (v)
        for (std::size_t i = 0; i < v->checked.size(); ++i) {
          const auto& c = v->checked[i];
          json += std::string(i ? "," : "") + "{\"doi\":" + json_quote(c.doi) + ",\"score\":" + std::to_string(c.score) +
                  ",\"support\":" + std::to_string(c.support) + "}";
        }
      json += "]}";
    } else {
      std::cout << outcome << "\t" << (doi.empty() ? "-" : doi) << "\t" << s << "\t" << why << "\n";
    }
  });
  if (args.json()) std::cout << json << "]\n";
  if (n.failed == 0) return kOk;
  return n.failed < strings.size() ? kPartial : kFailure;
}

const Registration reg{kSpec, run};

}  // namespace

int match_references(const Args& args, Library& lib, const Query& q, CrossrefSettings& settings) {
  // Reference string -> the works citing it without a DOI.
  std::map<std::string, std::vector<std::int64_t>> works_of;
  std::vector<std::string> strings;
  std::size_t selected = 0, without_doi = 0;
  lib.each(q, [&](const Work& w) {
    ++selected;
    for (const Reference& ref : w.record.references) {
      if (!ref.doi.empty()) continue;
      std::string s = bibliographic_string(ref);
      if (s.empty()) continue;
      ++without_doi;
      auto& ids = works_of[s];
      if (ids.empty()) strings.push_back(s);
      if (ids.empty() || ids.back() != w.id) ids.push_back(w.id);
    }
    return true;
  });
  bool quiet = settings.quiet || args.json();
  if (strings.empty()) {
    if (!settings.quiet)
      std::cerr << "refnet enrich: " << selected << (selected == 1 ? " work" : " works")
                << " selected, no reference without a DOI: nothing to match\n";
    return kOk;
  }
  std::map<std::string, std::string> doi_of;
  SearchCounts n = match_strings(lib, strings, settings, "enrich", quiet,
                                 [&](const std::string& s, const MatchVerdict* v, const FetchResult&) {
    if (!v) return;
    if (v->outcome == MatchOutcome::matched) {
      doi_of[s] = v->doi;
      return;
    }
    if (!settings.quiet)
      std::cerr << "refnet enrich: note: " << to_string(v->outcome) << " (" << v->why << "), left without a DOI: " << s
                << "\n";
  });
  // The DOIs go on the references of every source of the citing works: one
  // change, which `refnet undo` takes back whole.
  std::size_t set = 0, works = 0;
  {
    Library::Transaction tx(lib);
    std::map<std::int64_t, bool> seen;
    for (const auto& [s, doi] : doi_of)
      for (std::int64_t id : works_of[s]) {
        if (seen[id]) continue;
        seen[id] = true;
        std::size_t before = set;
        lib.edit_sources(id, [&](Record& r) {
          bool changed = false;
          for (Reference& ref : r.references) {
            if (!ref.doi.empty()) continue;
            auto it = doi_of.find(bibliographic_string(ref));
            if (it == doi_of.end()) continue;
            ref.doi = it->second;
            ++set;
            changed = true;
          }
          return changed;
        });
        works += set > before;
      }
    lib.journal().describe("matched " + std::to_string(doi_of.size()) + " reference strings to DOIs in " +
                           std::to_string(works) + (works == 1 ? " work" : " works"));
    tx.commit();
  }
  if (args.json()) {
    std::cout << "{\"library\":" << json_quote(lib.path()) << ",\"selected\":" << selected
              << ",\"references_without_doi\":" << without_doi << ",\"strings\":" << strings.size()
              << ",\"matched\":" << n.matched << ",\"ambiguous\":" << n.ambiguous << ",\"unmatched\":" << n.unmatched
              << ",\"failed\":" << n.failed << ",\"not_cached\":" << n.not_cached << ",\"references_set\":" << set << ",\"works_changed\":" << works
              << ",\"cached\":" << n.cached << ",\"requests\":" << n.requests << "}\n";
  } else if (!settings.quiet) {
    std::cout << "enrich --match-references: " << selected << (selected == 1 ? " work" : " works") << " selected, "
              << without_doi << " references without a DOI (" << strings.size() << " distinct); " << n.matched
              << " matched, " << n.ambiguous << " ambiguous, " << n.unmatched << " unmatched";
    if (n.not_cached) std::cout << ", " << n.not_cached << " not in the cache";
    if (n.failed) std::cout << ", " << n.failed << " failed";
    std::cout << "; " << set << " references in " << works << (works == 1 ? " work" : " works") << " given a DOI ("
              << n.cached << " from the cache, " << n.requests << " requests)\n";
  }
  if (n.failed == 0) return kOk;
  return n.failed < strings.size() ? kPartial : kFailure;
}

}  // namespace refnet::cli
