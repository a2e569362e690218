// refnet dedup: the duplicates no DOI revealed; --apply merges them.
#include <cstdio>
#include <iostream>

#include "cli.hpp"
#include "refnet/dedup.hpp"
#include "refnet/output.hpp"
#include "refnet/recheck.hpp"
#include "refnet/review.hpp"
#include "render.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "dedup",
    "refnet dedup [options]",
    "find works that are one work (title, year, creators); --apply merges them",
    "Records with the same DOI, PMID, PMCID, WoS UT or Scopus EID are merged on\n"
    "import when their titles (or first author, year and page) agree.  dedup\n"
    "finds the rest: the\n"
    "normalized title (case, accents, punctuation, LaTeX folded) or the title\n"
    "without its subtitle, years at most one apart (up to three for the same\n"
    "abstract, or for a record under its journal without volume or pages, dated\n"
    "when the work first appeared, and the journal's later record of it, under\n"
    "the journal's new name too when the long title and the whole author list\n"
    "agree), and at\n"
    "least one creator in common (family name and first initial); the same WoS\n"
    "UT or Scopus EID.\n"
    "Vetoes: two different DOIs, PMIDs or PMCIDs (two DOIs or PMIDs pass when\n"
    "title, creator, year, volume and page agree; under four title words, the\n"
    "journal, issue and whole page range too); a shared identifier the\n"
    "titles do not confirm (a supplement's DOI on many abstracts: there other\n"
    "titles, or titles naming other subjects, are other abstracts whatever the\n"
    "authors, year and page, and so are other first pages of one volume);\n"
    "different ISBNs, or\n"
    "the same title with different volumes or pages, unless title, creator and\n"
    "year agree (print and electronic ISBN, a year apart with one abstract;\n"
    "online-first pages), or title,\n"
    "author list, journal and volume agree and the page ranges meet (945-948,\n"
    "948-961), or title, author list and journal agree and the record without\n"
    "pages is a volume earlier (filed ahead of print); other years in other\n"
    "venues (an abstract and the article; one ISBN is one venue, whatever two\n"
    "databases call the book); in one year, a meeting's paper and a journal's\n"
    "article (venues so named, that cannot be one; no ISSN, ISBN, DOI or first\n"
    "page shared); a word\n"
    "of one title put for another word, not a spelling of it (serotonin /\n"
    "melatonin), unless the page of one volume is the same, or the abstract\n"
    "(reworded or not), year and authors are; a title that names a kind of\n"
    "piece (\"Editorial\", \"Series Preface\", \"Index\") or none, unless the\n"
    "journal, volume and first page (or issue) agree; a title that is a\n"
    "periodical's name unless both are printed in one place; two patents; two\n"
    "Elsevier items of one journal (their PIIs, in a link, a DOI or PubMed's\n"
    "record); two Cochrane reviews (their ids) or two years of one (versions of\n"
    "the review).  Editors count as creators only\n"
    "where no author is named.  The same volume and page range\n"
    "with the same first author is one work whatever the titles say (a translated\n"
    "title).  No group joins two works a veto keeps apart.  The pairs kept apart\n"
    "are listed for review.\n"
    "Without --apply nothing changes.  Every merge is logged; 'refnet unmerge WORK'\n"
    "or 'refnet undo' reverses it.\n",
    {
        {"apply", nullptr, "merge each group into its oldest work"},
        {"threshold", "S", "minimum score of a pair, 0-1 (default 0.85)"},
        {"review", nullptr, "list the candidate pairs for a human, one a row (TSV): pairs the rules would merge (decision 'same'), pairs a veto kept apart, pairs below the threshold (score 0.5 and up); pairs judged different before are left out"},
        {"output", "FILE", "with --review: write the table to FILE (default: standard output)"},
        {"decisions", "FILE", "apply a reviewed table (decision same/different; empty: later) as one change: 'same' pairs are merged, 'different' pairs are never proposed again"},
        {"recheck", nullptr, "judge the merges refnet made (on import, by --apply) again by today's rules and list the works they would keep apart (a library an older refnet made keeps its merges); a person's merges are not judged"},
        {"split", nullptr, "with --recheck: split those merges as one change ('refnet undo' takes it back): each is undone, its sources back in their works, and its other works merged again"},
    },
    "refnet dedup\nrefnet dedup --threshold 0.9 --json\nrefnet dedup --apply\nrefnet dedup --review -o pairs.tsv\n"
    "refnet dedup --recheck\nrefnet dedup --recheck --split\n"};

// A side of a rechecked merge as a line: the work's ID, year and title as
// its sources give them.
std::string side_line(Library& lib, std::int64_t work) {
  Record r = judged_record(lib.source_records(work));
  std::string line = std::to_string(work) + "  " + (r.issued.year ? std::to_string(r.issued.year) : "----") + "  " +
                     (r.title.empty() ? "(no title)" : r.title);
  if (!r.doi.empty()) line += "  doi:" + r.doi;
  return line;
}

int recheck(const Args& args, Library& lib, const DedupOptions& opt) {
  std::vector<RecheckedMerge> found = recheck_merges(lib, opt);
  std::size_t merges = 0, splittable = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    merges += i == 0 || found[i].merge != found[i - 1].merge;
    splittable += found[i].splittable;
  }
  SplitResult split;
  if (args.has("split")) {
    Library::Transaction tx(lib);
    split = split_merges(lib, found);
    tx.commit();
  }
  if (args.json()) {
    std::cout << "{\"merges\":" << merges << ",\"works\":" << found.size() << ",\"rechecked\":[";
    for (std::size_t i = 0; i < found.size(); ++i) {
      const RecheckedMerge& f = found[i];
      std::cout << (i ? "," : "") << "{\"merge\":" << f.merge << ",\"at\":" << json_quote(f.at)
                << ",\"kind\":" << json_quote(f.kind) << ",\"reason\":" << json_quote(f.reason)
                << ",\"into\":" << f.into << ",\"work\":" << f.work << ",\"live\":" << f.live
                << ",\"why\":" << json_quote(f.why) << ",\"splittable\":" << (f.splittable ? "true" : "false") << "}";
    }
    std::cout << "]";
    if (args.has("split"))
      std::cout << ",\"split\":{\"merges\":" << split.merges << ",\"restored\":" << split.restored
                << ",\"remerged\":" << split.remerged << ",\"skipped\":" << split.skipped << "}";
    std::cout << "}\n";
    return kOk;
  }
  TerminalSafeOutput safe(std::cout);
  for (const RecheckedMerge& f : found) {
    std::cout << "merge " << f.merge << " (" << f.kind << ", " << f.at << ": " << f.reason << ") joined work " << f.work
              << " to work " << f.into << "; today's rules keep them apart: " << f.why << "\n";
    // The sides as the sources make them (after a split, each its own work).
    std::cout << "  " << side_line(lib, args.has("split") ? f.into : f.live) << "\n";
    if (args.has("split")) std::cout << "  " << side_line(lib, lib.live_work(f.work)) << "\n";
    if (!f.splittable)
      std::cout << "  (work " << f.into << " was merged into work " << f.live
                << " since: 'refnet unmerge " << f.live << "' first, then split this one)\n";
  }
  std::cout << merges << (merges == 1 ? " merge" : " merges") << " refnet made joined " << found.size()
            << (found.size() == 1 ? " work" : " works") << " that today's rules keep apart";
  if (args.has("split"))
    std::cout << "; " << split.merges << " split (" << split.restored << " works restored, " << split.remerged
              << " of them merged again by today's rules" << (split.skipped ? ", " + std::to_string(split.skipped) + " merges not split: merged again since" : "")
              << "); 'refnet undo' takes the split back\n";
  else
    std::cout << (found.empty() ? "\n" : "; nothing changed ('refnet dedup --recheck --split' splits them)\n");
  return kOk;
}

int review(const Args& args, Library& lib, const DedupOptions& opt) {
  ReviewOptions ro;
  ro.dedup = opt;
  std::vector<ReviewPair> pairs = review_pairs(lib, ro);
  std::string table = review_tsv(lib, pairs);
  std::size_t same = 0;
  for (const auto& p : pairs) same += p.decision == "same";
  if (args.has("output")) {
    write_output(args.get("output"), [&](std::ostream& out) { out << table; });
    std::cerr << pairs.size() << " pairs to review (" << same << " the rules would merge, pre-filled 'same') written to "
              << args.get("output") << "; fill the decision column and run 'refnet dedup --decisions "
              << args.get("output") << "'\n";
    if (args.json())
      std::cout << "{\"output\":" << json_quote(args.get("output")) << ",\"pairs\":" << pairs.size() << ",\"same\":" << same
                << "}\n";
  } else if (args.json()) {
    std::cout << review_json(lib, pairs);
  } else {
    TerminalSafeOutput safe(std::cout);
    std::cout << table;
  }
  return kOk;
}

int decisions(const Args& args, Library& lib) {
  PairDecisionsResult res;
  bool errors = apply_table_arg(lib, args.get("decisions"), [&](std::string_view text, Diagnostics& diags) {
    res = apply_pair_decisions(lib, text, diags);
  });
  if (args.json()) {
    std::cout << "{\"rows\":" << res.rows << ",\"same\":" << res.same << ",\"different\":" << res.different
              << ",\"undecided\":" << res.undecided << ",\"skipped\":" << res.skipped << ",\"merges\":" << res.merges
              << ",\"absorbed\":" << res.absorbed << "}\n";
    return errors ? kPartial : kOk;
  }
  std::cout << res.rows << " rows: " << res.same << " same, " << res.different << " different, " << res.undecided
            << " undecided, " << res.skipped << " skipped; " << res.merges << " merges (" << res.absorbed
            << " works absorbed); 'refnet undo' reverses them\n";
  return errors ? kPartial : kOk;
}

int run(const Args& args) {
  // Finding the groups only reads: read-only, as export (the file mapped).
  const bool writes = args.has("apply") || args.has("decisions") || args.has("review") || args.has("split");
  Library lib = open_library(args, false, writes ? Library::Access::read_write : Library::Access::read_only);
  DedupOptions opt;
  if (args.has("threshold")) {
    try {
      opt.threshold = std::stod(args.get("threshold"));
    } catch (const std::exception&) {
      throw UsageError("--threshold: '" + args.get("threshold") + "' is not a number");
    }
    if (opt.threshold <= 0 || opt.threshold > 1) throw UsageError("--threshold must be in (0, 1]");
  }
  if (args.has("review") && args.has("decisions")) throw UsageError("--review and --decisions: one at a time");
  if (args.has("output") && !args.has("review")) throw UsageError("--output goes with --review");
  if (args.has("split") && !args.has("recheck")) throw UsageError("--split goes with --recheck");
  if (args.has("recheck") && (args.has("apply") || args.has("review") || args.has("decisions")))
    throw UsageError("--recheck: without --apply, --review or --decisions");
  if (args.has("recheck")) return recheck(args, lib, opt);
  if (args.has("review")) return review(args, lib, opt);
  if (args.has("decisions")) return decisions(args, lib);
  std::vector<KeptApart> apart;
  std::vector<DuplicateGroup> groups = find_duplicates(lib, opt, &apart);
  const bool apply = args.has("apply");
  std::size_t absorbed = 0;
  // Each group's works as they are before the merge: an absorbed work has
  // no key of its own after it (it was listed as "2  -  2004 ...").
  std::vector<std::vector<std::string>> lines;
  if (!args.json())
    for (const auto& g : groups) {
      auto& l = lines.emplace_back();
      for (std::int64_t id : g.works)
        if (auto w = lib.get(id)) l.push_back(list_line(*w));
    }
  if (apply) {
    Library::Transaction tx(lib);
    for (const auto& g : groups) {
      std::vector<std::int64_t> rest(g.works.begin() + 1, g.works.end());
      std::string reason;
      for (const auto& r : g.reasons) reason += (reason.empty() ? "" : "; ") + r;
      char score[32];
      std::snprintf(score, sizeof score, " (score %.2f)", g.score);
      lib.merge(g.works.front(), rest, "fuzzy", reason + score);
      absorbed += rest.size();
    }
    tx.commit();
  }
  if (args.json()) {
    std::cout << "{\"applied\":" << (apply ? "true" : "false") << ",\"groups\":[";
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const auto& g = groups[i];
      std::cout << (i ? "," : "") << "{\"works\":[";
      for (std::size_t k = 0; k < g.works.size(); ++k) std::cout << (k ? "," : "") << g.works[k];
      std::cout << "],\"score\":" << g.score << ",\"reasons\":" << json_string_array(g.reasons) << "}";
    }
    std::cout << "],\"kept_apart\":[";
    for (std::size_t i = 0; i < apart.size(); ++i)
      std::cout << (i ? "," : "") << "{\"works\":[" << apart[i].a << "," << apart[i].b
                << "],\"reason\":" << json_quote(apart[i].reason) << "}";
    std::cout << "]}\n";
    return kOk;
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& g = groups[i];
    char head[64];
    std::snprintf(head, sizeof head, "group of %zu, score %.2f: ", g.works.size(), g.score);
    std::cout << head;
    for (std::size_t k = 0; k < g.reasons.size(); ++k) std::cout << (k ? "; " : "") << g.reasons[k];
    std::cout << "\n";
    for (const std::string& line : lines[i]) std::cout << "  " << line << "\n";
  }
  for (const auto& k : apart) {
    std::cout << k.reason << "\n";
    for (std::int64_t id : {k.a, k.b})
      if (auto w = lib.get(id)) std::cout << "  " << list_line(*w) << "\n";
  }
  if (!apart.empty()) std::cout << apart.size() << " pairs kept apart (not merged; 'refnet merge' if they are one work)\n";
  if (apply)
    std::cout << groups.size() << " groups merged (" << absorbed << " works absorbed); 'refnet undo' reverses the last\n";
  else
    std::cout << groups.size() << " groups of duplicates found; nothing changed (use --apply to merge)\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
