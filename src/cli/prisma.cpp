// refnet prisma: the PRISMA 2020 numbers of the library, as text, JSON, or
// the flow diagram (SVG, HTML).
#include <algorithm>
#include <iostream>

#include "cli.hpp"
#include "refnet/output.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "prisma",
    "refnet prisma [options]",
    "the PRISMA 2020 flow numbers: records identified per source, duplicates removed, screened, excluded, included",
    "Records identified are the source records, by their label (import --source);\n"
    "duplicates removed are the works absorbed by merges not undone: by identifier\n"
    "on import (and which: DOI, PMID, PMCID, WoS UT, Scopus EID, the same entry\n"
    "exported again), by fuzzy matching (dedup --apply), by hand (merge, dedup\n"
    "--decisions);\n"
    "records screened are the works.  Screening decisions are the tags\n"
    "screen:include, screen:exclude:REASON and screen:maybe ('refnet screen').\n"
    "The numbers add up: identified = duplicates removed + screened, and\n"
    "screened = excluded + included + awaiting.\n\n"
    "Once any full-text decision exists ('refnet screen --stage fulltext'), the\n"
    "works included at title/abstract are the reports sought for retrieval, and\n"
    "the full-text lines follow: reports not retrieved, assessed for eligibility,\n"
    "excluded with their reasons, awaiting, then studies included in review\n"
    "(reports tagged with one study:NAME are one study) and reports of included\n"
    "studies.  sought = not retrieved + assessed, and assessed = excluded +\n"
    "included + awaiting; a line that does not add up is named.\n\n"
    "With two reviewers, a work's decision is the one they agree on, or the\n"
    "resolution of their conflict ('refnet screen --resolve', by consensus or an\n"
    "arbiter); a conflict not resolved is awaiting.  The conflicts resolved are\n"
    "counted on their own line; a resolution of a work the reviewers agreed on\n"
    "overrules them, and is counted as such (agreed decisions overruled).\n\n"
    "--json: \"included\" is the title/abstract count (with a full-text stage,\n"
    "the reports sought), as ever; \"included_title_abstract\" says so, and\n"
    "\"included_in_review\" is the final count: {\"stage\": the last stage\n"
    "screened, \"reports\", \"studies\"}.  \"resolved\": the conflicts resolved,\n"
    "{\"consensus\", \"arbiter\"}, at each stage; \"overruled\" (when any): the\n"
    "resolutions of works the reviewers agreed on, the same way.\n\n"
    "  refnet prisma -o flow.svg     the flow diagram (flow.html: a web page of it)\n",
    {
        {"output", "FILE", "write the flow diagram: FILE.svg (SVG) or FILE.html (a page holding it)"},
    },
    "refnet prisma\nrefnet prisma -o flow.svg\nrefnet prisma --json\n"};

// {"reason":n,...}
std::string reasons_json(const std::vector<std::pair<std::string, std::int64_t>>& reasons) {
  std::string out = "{";
  for (std::size_t i = 0; i < reasons.size(); ++i)
    out += (i ? "," : "") + json_quote(reasons[i].first) + ":" + std::to_string(reasons[i].second);
  return out + "}";
}

std::string resolved_json(std::int64_t consensus, std::int64_t arbiter) {
  return "{\"consensus\":" + std::to_string(consensus) + ",\"arbiter\":" + std::to_string(arbiter) + "}";
}

// ",\"overruled\":{...}" when a resolution overruled agreeing reviewers; "" else
// (a library without one keeps its JSON as it was).
std::string overruled_json(std::int64_t consensus, std::int64_t arbiter) {
  return consensus + arbiter ? ",\"overruled\":" + resolved_json(consensus, arbiter) : std::string();
}

// "  conflicts resolved: 3 (by consensus 2, by an arbiter 1)\n"; "" without any.
std::string resolved_line(const char* what, std::int64_t consensus, std::int64_t arbiter) {
  if (consensus + arbiter == 0) return {};
  return std::string("  ") + what + ": " + std::to_string(consensus + arbiter) + " (by consensus " +
         std::to_string(consensus) + ", by an arbiter " + std::to_string(arbiter) + ")\n";
}

std::string fulltext_json(const PrismaFullText& f) {
  return "{\"sought\":" + std::to_string(f.sought) + ",\"not_retrieved\":" + std::to_string(f.not_retrieved) +
         ",\"assessed\":" + std::to_string(f.assessed) + ",\"excluded\":" + std::to_string(f.excluded) +
         ",\"exclusion_reasons\":" + reasons_json(f.exclusion_reasons) + ",\"included\":" + std::to_string(f.included) +
         ",\"studies\":" + std::to_string(f.studies) + ",\"awaiting\":" + std::to_string(f.awaiting()) +
         ",\"maybe\":" + std::to_string(f.maybe) + ",\"conflicts\":" + std::to_string(f.conflicts) +
         ",\"not_assessed\":" + std::to_string(f.unassessed) + ",\"not_counted\":" + std::to_string(f.not_counted) +
         ",\"resolved\":" + resolved_json(f.resolved_consensus, f.resolved_arbiter) +
         overruled_json(f.overruled_consensus, f.overruled_arbiter) + "}";
}

// " (DOI 29, PMID 1)"; "" without any.
std::string identifier_text(const std::vector<std::pair<std::string, std::int64_t>>& ids) {
  std::string out;
  for (const auto& [name, n] : ids) out += (out.empty() ? " (" : ", ") + name + " " + std::to_string(n);
  return out.empty() ? out : out + ")";
}

std::string counts_json(const PrismaCounts& c) {
  std::string out = "{\"identified\":{";
  for (std::size_t i = 0; i < c.identified.size(); ++i)
    out += (i ? "," : "") + json_quote(c.identified[i].first) + ":" + std::to_string(c.identified[i].second);
  out += "},\"identified_total\":" + std::to_string(c.identified_total) +
         ",\"attached\":" + std::to_string(c.attached) + ",\"own_exports\":" + std::to_string(c.own_exports) +
         ",\"duplicates_removed\":" + std::to_string(c.duplicates_removed) +
         ",\"duplicates_by_identifier\":" + std::to_string(c.duplicates_identifier) +
         ",\"duplicates_by_fuzzy\":" + std::to_string(c.duplicates_fuzzy) +
         ",\"duplicates_by_hand\":" + std::to_string(c.duplicates_manual) +
         ",\"removed_other\":" + std::to_string(c.removed_other) + ",\"screened\":" + std::to_string(c.screened) +
         ",\"excluded\":" + std::to_string(c.excluded) + ",\"exclusion_reasons\":" + reasons_json(c.exclusion_reasons);
  out += ",\"included\":" + std::to_string(c.included) + ",\"awaiting\":" + std::to_string(c.awaiting()) +
         ",\"maybe\":" + std::to_string(c.maybe) + ",\"conflicts\":" + std::to_string(c.conflicts) + ",\"unscreened\":" + std::to_string(c.unscreened) +
         ",\"multiple_decisions\":" + std::to_string(c.multiple_decisions);
  // Unambiguous, whatever the stages: the title/abstract count, and the final one.
  out += ",\"resolved\":" + resolved_json(c.resolved_consensus, c.resolved_arbiter) +
         overruled_json(c.overruled_consensus, c.overruled_arbiter) +
         ",\"included_title_abstract\":" + std::to_string(c.included) + ",\"included_in_review\":{\"stage\":" +
         (c.has_fulltext ? "\"fulltext\",\"reports\":" + std::to_string(c.fulltext.included) +
                               ",\"studies\":" + std::to_string(c.fulltext.studies)
                         : "\"title\",\"reports\":" + std::to_string(c.included) +
                               ",\"studies\":" + std::to_string(c.title_studies)) +
         "}";
  // The full-text stage, once it has begun (a one-stage library's JSON is as it was).
  // Appended (dedup59): which identifiers the duplicates removed on import shared.
  out += ",\"duplicates_by_identifier_kind\":" + reasons_json(c.identifier_kinds);
  if (c.has_fulltext) out += ",\"fulltext\":" + fulltext_json(c.fulltext);
  return out + "}";
}

int run(const Args& args) {
  std::string path = args.get("output");
  bool html = false;
  if (!path.empty()) {
    std::string lower = ascii_lower(path);
    html = ends_with(lower, ".html") || ends_with(lower, ".htm");
    if (!html && !ends_with(lower, ".svg"))
      throw UsageError("--output: '" + path + "' is neither .svg nor .html (the formats of the flow diagram)");
  }
  Library lib = open_library(args, false, Library::Access::read_only);
  PrismaCounts c = prisma_counts(lib);
  if (c.multiple_decisions)
    std::cerr << "refnet prisma: warning: " << c.multiple_decisions
              << " works carry more than one screening decision of a stage; each is counted once (include, then "
                 "exclude, then " << (c.has_fulltext ? "not retrieved, then " : "") << "maybe): see 'refnet list --tag'\n";
  if (c.fulltext.not_counted)
    std::cerr << "refnet prisma: warning: " << c.fulltext.not_counted
              << " works carry full-text decisions but are not included at title/abstract (merged with a work "
                 "decided there?); they are not counted at full text: see 'refnet list --tag screen:fulltext:...'\n";
  if (!path.empty()) write_output(path, [&](std::ostream& out) { out << (html ? prisma_html(c) : prisma_svg(c)); });
  if (args.json()) {
    std::cout << counts_json(c) << "\n";
    return kOk;
  }
  TerminalSafeOutput safe(std::cout);
  std::cout << "Identification\n  records identified: " << c.identified_total << "\n";
  for (const auto& [label, n] : c.identified) std::cout << "    " << label << ": " << n << "\n";
  // Attached records: Crossref's by 'refnet enrich', and the user's own
  // corrections (set, edit), which no search found (before user59 all were
  // said to be enrichment's).
  if (c.attached)
    std::cout << "  (" << c.attached << (c.attached == 1 ? " record" : " records")
              << " added to works by 'refnet enrich' or by your corrections (set, edit) not counted)\n";
  // refnet's own exports read back (session 60): copies of works, not records a search found.
  if (c.own_exports)
    std::cout << "  (" << c.own_exports << (c.own_exports == 1 ? " record" : " records")
              << " of refnet's own exports read back not counted: copies of the works they were written from)\n";
  std::cout << "  duplicates removed: " << c.duplicates_removed << "\n    by identifier: " << c.duplicates_identifier
            << identifier_text(c.identifier_kinds) << "\n    by fuzzy matching: " << c.duplicates_fuzzy << "\n    by hand: " << c.duplicates_manual
            << "\n  removed for other reasons (refnet rm): " << c.removed_other << "\nScreening\n  records screened: " << c.screened << "\n  records excluded: " << c.excluded << "\n";
  for (const auto& [reason, n] : c.exclusion_reasons) std::cout << "    " << reason << ": " << n << "\n";
  std::cout << "  awaiting a decision: " << c.awaiting() << " (maybe " << c.maybe << ", reviewers disagree " << c.conflicts
            << ", not screened " << c.unscreened << ")\n"
            << resolved_line("conflicts resolved", c.resolved_consensus, c.resolved_arbiter)
            << resolved_line("agreed decisions overruled", c.overruled_consensus, c.overruled_arbiter);
  if (!c.has_fulltext) {
    std::cout << "Included\n  records included: " << c.included << "\n";
  } else {
    const PrismaFullText& f = c.fulltext;
    std::cout << "  reports sought for retrieval: " << f.sought << "\n  reports not retrieved: " << f.not_retrieved
              << "\n  reports assessed for eligibility: " << f.assessed << "\n  reports excluded: " << f.excluded << "\n";
    for (const auto& [reason, n] : f.exclusion_reasons) std::cout << "    " << reason << ": " << n << "\n";
    std::cout << "  reports awaiting a decision: " << f.awaiting() << " (maybe " << f.maybe << ", reviewers disagree "
              << f.conflicts << ", not assessed " << f.unassessed << ")\n"
              << resolved_line("reports' conflicts resolved", f.resolved_consensus, f.resolved_arbiter)
              << resolved_line("reports' agreed decisions overruled", f.overruled_consensus, f.overruled_arbiter)
              << "Included\n  studies included in review: "
              << f.studies << "\n  reports of included studies: " << f.included << "\n";
  }
  if (!path.empty()) std::cout << "flow diagram written to " << path << "\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
