// refnet screen: screening decisions (include, exclude with a reason,
// maybe), one reviewer or two; on a terminal one work at a time, else from a
// table.
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <unordered_set>

#include "cli.hpp"
#include "refnet/encoding.hpp"
#include "refnet/input.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kSpec{
    "screen",
    "refnet screen [options]",
    "screen works: include, exclude (with a reason) or maybe, on a terminal or from a table",
    "On a terminal, the works not yet screened (by this reviewer) are shown one at a\n"
    "time: title, authors, year, venue, keywords and abstract, the --highlight words\n"
    "marked.  Keys: i include, e exclude (then the reason: its number in --reasons,\n"
    "or typed), m maybe, u undo the last decision, s skip, q quit.  Each decision is\n"
    "saved at once.\n\n"
    "Two stages (PRISMA 2020): title/abstract (the default) and --stage fulltext,\n"
    "where the works included at title/abstract are the reports sought: each is\n"
    "included, excluded with a reason, maybe, or not retrieved (key n; in a table\n"
    "not-retrieved: sought, its full text not obtained).  A work excluded or not\n"
    "included at title/abstract cannot be decided at full text (an error names it).\n\n"
    "Decisions are the tags screen:include, screen:exclude:REASON and screen:maybe\n"
    "(title/abstract), screen:fulltext:include, screen:fulltext:exclude:REASON,\n"
    "screen:fulltext:maybe and screen:fulltext:not-retrieved (full text),\n"
    "which 'refnet prisma' counts and --tag selects.  With two reviewers\n"
    "(--reviewer NAME), each one's decisions are kept apart; a work gets the tag\n"
    "only when the reviewers who decided agree.  --conflicts lists the works they\n"
    "disagree on and Cohen's kappa, then the works both excluded for different\n"
    "reasons and the kappa of the reasons; with more than two reviewers, every pair in turn\n"
    "(a warning says so; --json: {\"pairs\": [...]}).\n\n"
    "--decisions FILE reads a TSV table: key (or id, DOI), decision (include,\n"
    "exclude, maybe; empty or 'undecided' takes a decision back), reason, and\n"
    "optionally reviewer; a header row naming these columns is recognised.\n\n"
    "Conflicts are settled beside the reviewers' decisions, which are kept as\n"
    "they gave them (their kappa stays that of their independent screening):\n"
    "--resolve WORK DECISION records the final decision of a work (include,\n"
    "exclude:REASON, maybe, at full text not-retrieved; 'undecided' takes it\n"
    "back), by consensus (the default) or --role arbiter (a third reviewer),\n"
    "--by NAME who settled it.  --role arbiter (or consensus) with --decisions\n"
    "FILE reads the resolutions from a table (its reviewer column, or --reviewer,\n"
    "who settled them); on a terminal, it walks through the conflicts not yet\n"
    "resolved, showing each reviewer's decision.  A work's tag is its resolution\n"
    "while it has one, else the reviewers' agreed decision; a conflict without\n"
    "one stays a conflict ('prisma' counts it as awaiting).  --conflicts shows\n"
    "each conflict's resolution and how many are resolved, by consensus and by\n"
    "an arbiter.\n",
    {
        {"reviewer", "NAME", "the reviewer deciding (default: one reviewer, unnamed)"},
        {"stage", "STAGE", "title (title/abstract, the default) or fulltext (the reports sought: included at title/abstract)"},
        {"decisions", "FILE", "apply the decisions of a TSV table (key, decision, reason[, reviewer]) as one change"},
        {"conflicts", nullptr, "list the works two reviewers disagree on, and Cohen's kappa"},
        {"reviewers", "A,B", "with --conflicts: the two reviewers to compare (default: every pair of the library's reviewers)"},
        {"resolve", "WORK", "settle the reviewers' conflict on WORK: the final decision (the next word: include, exclude:REASON, maybe, not-retrieved, undecided)"},
        {"role", "ROLE", "reviewer (the default), consensus or arbiter: the decisions recorded settle conflicts (with --resolve, --decisions, or on a terminal)"},
        {"by", "NAME", "with --resolve: who settled the conflict (an arbiter's name, 'ana+ben')"},
        {"reasons", "LIST", "comma-separated exclusion reasons to pick from by number on a terminal"},
        {"highlight", "WORDS", "comma-separated words to mark in titles, abstracts and keywords", true},
    },
    "refnet screen --reasons 'wrong population,wrong design' --highlight gambling,loneliness\nrefnet screen --reviewer ana --decisions decisions.tsv\nrefnet screen --conflicts\nrefnet screen --resolve smith2020 exclude:'wrong population' --by ana+ben\nrefnet screen --role arbiter --reviewer carol --decisions settled.tsv\nrefnet screen --stage fulltext --reviewer ana --decisions fulltext.tsv\n"};

// --stage, normalised.
std::string stage_of(const Args& args) {
  std::string stage = kTitleStage;
  if (args.has("stage") && !parse_stage(args.get("stage"), stage))
    throw UsageError("--stage: '" + args.get("stage") + "' is neither title (title/abstract) nor fulltext");
  return stage;
}

// --role: "" (a reviewer's decisions), or the method of the resolutions recorded.
std::string method_of(const Args& args) {
  std::string role = ascii_lower(trim(args.get("role", args.has("resolve") ? kConsensus : "reviewer")));
  if (role == "reviewer") {
    if (args.has("resolve")) throw UsageError("--resolve records a resolution: --role consensus or arbiter");
    return {};
  }
  if (role == kConsensus || role == kArbiter) return role;
  throw UsageError("--role: '" + args.get("role") + "' is none of reviewer, consensus, arbiter");
}

// "1 row", "2 rows".
std::string count_of(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

bool apply_table_arg(Library& lib, const std::string& path,
                     const std::function<void(std::string_view text, Diagnostics& diags)>& apply) {
  DecodedText text = decode_text(read_input(path));
  Diagnostics diags(Diagnostics::kAll);
  diags.set_source(path == "-" ? "<stdin>" : path, text.text);
  {
    Library::Transaction tx(lib);
    apply(text.text, diags);
    tx.commit();
  }
  // The first thousand, as import shows them.
  constexpr std::size_t kShown = 1000;
  const auto& items = diags.items();
  for (std::size_t i = 0; i < items.size() && i < kShown; ++i) std::cerr << items[i].format();
  if (items.size() > kShown) std::cerr << diags.file() << ": " << (items.size() - kShown) << " more diagnostics not shown\n";
  return diags.errors() > 0;
}

namespace {

int apply_table(const Args& args, Library& lib) {
  ScreeningResult res;
  const std::string method = method_of(args);
  bool errors = apply_table_arg(lib, args.get("decisions"), [&](std::string_view text, Diagnostics& diags) {
    res = apply_screening_decisions(lib, text, args.get("reviewer"), diags, stage_of(args), method);
  });
  const bool settle = !method.empty();
  std::cout << count_of(res.rows, "row", "rows") << ": "
            << count_of(res.applied, settle ? "resolution" : "decision", settle ? "resolutions" : "decisions")
            << " recorded, " << res.cleared << " taken back, " << res.skipped << " skipped\n";
  return errors ? kPartial : kOk;
}

// The stage, as a message says it.
std::string stage_words(const std::string& stage) {
  return stage == kFullTextStage ? "at full text" : "at title/abstract";
}

// refnet screen --resolve WORK DECISION: one resolution.
int resolve_one(const Args& args, Library& lib) {
  const std::string stage = stage_of(args), method = method_of(args);
  if (args.positionals().size() != 1)
    throw UsageError("--resolve WORK DECISION: the decision, one word after the work (include, exclude:REASON, "
                     "maybe" + std::string(stage == kFullTextStage ? ", not-retrieved" : "") + ", undecided)");
  std::string word = args.positionals()[0], reason;
  if (std::size_t colon = word.find(':'); colon != std::string::npos) {
    reason = word.substr(colon + 1);
    word.resize(colon);
  }
  std::string decision;
  if (!parse_decision(word, decision))
    throw UsageError("--resolve: '" + args.positionals()[0] + "' is not include, exclude:REASON, maybe" +
                     (stage == kFullTextStage ? ", not-retrieved" : "") + " or undecided");
  if (!reason.empty() && decision != "exclude")
    throw UsageError("--resolve: a reason is only for an exclusion (exclude:REASON)");
  const std::string name = args.get("resolve");
  std::vector<std::int64_t> ids = lib.resolve(name);
  if (ids.size() != 1)
    throw UsageError("--resolve: '" + name + "' names " + (ids.empty() ? "no work" : std::to_string(ids.size()) + " works"));
  const std::int64_t work = lib.live_work(ids[0]);
  const std::string by = args.get("by", args.get("reviewer"));
  std::string note;
  Library::Transaction tx(lib);
  std::string refused = record_resolution(lib, work, decision, reason, method, by, stage, &note);
  if (!refused.empty()) {
    std::cerr << "refnet screen: error: '" << name << "': " << refused << "; nothing recorded\n";
    return kPartial;
  }
  lib.journal().describe((decision.empty() ? "took back the resolution of work " : "resolved work ") +
                         std::to_string(work) + " " + stage_words(stage));
  tx.commit();
  if (!note.empty()) std::cerr << "refnet screen: warning: '" << name << "': " << note << "\n";
  TerminalSafeOutput safe(std::cout);
  if (decision.empty()) {
    std::cout << name << ": no resolution " << stage_words(stage) << "\n";
  } else {
    std::cout << name << " " << stage_words(stage) << ": " << decision << (reason.empty() ? "" : ": " + collapse_space(reason))
              << " (" << method << (by.empty() ? "" : ", by " + by) << ")\n";
  }
  return kOk;
}

std::string key_of(Library& lib, std::int64_t work) {
  RecordParts parts;
  parts.references = parts.abstract = parts.extra = false;
  auto r = lib.record(work, parts);
  return r && !r->citekey.empty() ? r->citekey : std::to_string(work);
}

// A conflict's resolution as the table says it: "include (consensus, by ana+ben)", "unresolved".
std::string resolution_words(const Agreement::Conflict& c) {
  if (c.resolution.empty()) return "unresolved";
  return c.resolution + " (" + c.method + (c.by.empty() ? "" : ", by " + c.by) + ")";
}

// "2 conflicts: 1 resolved (by consensus 1, by an arbiter 0), 1 unresolved".
std::string resolved_words(const char* what, std::size_t all, std::int64_t consensus, std::int64_t arbiter) {
  return count_of(all, what, (std::string(what) + "s").c_str()) + ": " + std::to_string(consensus + arbiter) +
         " resolved (by consensus " + std::to_string(consensus) + ", by an arbiter " + std::to_string(arbiter) +
         "), " + std::to_string(static_cast<std::int64_t>(all) - consensus - arbiter) + " unresolved";
}

// One pair of reviewers: their conflicts and kappa (as JSON, or as a table).
void print_agreement(Library& lib, const Agreement& ag, bool json) {
  char kappa[64], reason_kappa[64];
  std::snprintf(kappa, sizeof kappa, "%.3f", ag.kappa);
  std::snprintf(reason_kappa, sizeof reason_kappa, "%.3f", ag.reason_kappa);
  auto conflicts_json = [&](const std::vector<Agreement::Conflict>& list, std::int64_t consensus, std::int64_t arbiter) {
    std::cout << "[";
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Agreement::Conflict& c = list[i];
      std::cout << (i ? "," : "") << "{\"id\":" << c.work_id << ",\"key\":" << json_quote(key_of(lib, c.work_id))
                << ",\"a\":" << json_quote(c.a) << ",\"b\":" << json_quote(c.b) << ",\"resolution\":";
      if (c.resolution.empty())
        std::cout << "null";
      else
        std::cout << "{\"decision\":" << json_quote(c.resolution) << ",\"method\":" << json_quote(c.method)
                  << ",\"by\":" << json_quote(c.by) << "}";
      std::cout << "}";
    }
    std::cout << "],\"resolved\":{\"consensus\":" << consensus << ",\"arbiter\":" << arbiter
              << "},\"unresolved\":" << static_cast<std::int64_t>(list.size()) - consensus - arbiter;
  };
  if (json) {
    std::cout << "{\"reviewers\":[" << json_quote(ag.reviewer_a) << "," << json_quote(ag.reviewer_b)
              << "],\"both\":" << ag.both << ",\"agreed\":" << ag.agreed << ",\"observed\":" << ag.observed
              << ",\"expected\":" << ag.expected << ",\"kappa\":" << kappa << ",\"conflicts\":";
    conflicts_json(ag.conflicts, ag.resolved_consensus, ag.resolved_arbiter);
    std::cout << ",\"reasons\":{\"both_excluded\":" << ag.both_excluded << ",\"same_reason\":" << ag.same_reason
              << ",\"observed\":" << ag.reason_observed << ",\"expected\":" << ag.reason_expected
              << ",\"kappa\":" << reason_kappa << ",\"conflicts\":";
    conflicts_json(ag.reason_conflicts, ag.reason_resolved_consensus, ag.reason_resolved_arbiter);
    std::cout << "}";
    if (ag.trashed) std::cout << ",\"trashed\":" << ag.trashed;
    std::cout << "}";
    return;
  }
  TerminalSafeOutput safe(std::cout);
  // The works they decided differently on, then those both excluded for
  // different reasons, each with its resolution; "no conflicts" without any.
  if (ag.conflicts.empty() && ag.reason_conflicts.empty()) {
    std::cout << "no conflicts between " << ag.reviewer_a << " and " << ag.reviewer_b << "\n";
  } else {
    // The resolution column once any conflict is resolved (a table as it was before).
    const bool resolved = ag.resolved_consensus + ag.resolved_arbiter + ag.reason_resolved_consensus +
                          ag.reason_resolved_arbiter > 0;
    std::cout << "key\t" << ag.reviewer_a << "\t" << ag.reviewer_b << (resolved ? "\tresolution\n" : "\n");
    for (const auto* list : {&ag.conflicts, &ag.reason_conflicts})
      for (const auto& c : *list)
        std::cout << key_of(lib, c.work_id) << "\t" << c.a << "\t" << c.b
                  << (resolved ? "\t" + resolution_words(c) : std::string()) << "\n";
  }
  char line[200];
  std::snprintf(line, sizeof line, "%lld %s screened by both, %lld agreed, %zu disagree; observed %.3f, expected %.3f, ",
                static_cast<long long>(ag.both), ag.both == 1 ? "work" : "works", static_cast<long long>(ag.agreed),
                ag.conflicts.size(), ag.observed, ag.expected);
  std::cout << line << "Cohen's kappa " << kappa << "\n";
  if (!ag.conflicts.empty())
    std::cout << resolved_words("conflict", ag.conflicts.size(), ag.resolved_consensus, ag.resolved_arbiter) << "\n";
  if (ag.trashed)
    std::cout << ag.trashed << (ag.trashed == 1 ? " work screened by a reviewer is" : " works screened by a reviewer are")
              << " in the trash, left out ('refnet restore' brings " << (ag.trashed == 1 ? "it" : "them") << " back)\n";
  if (ag.both_excluded == 0) return;
  std::snprintf(line, sizeof line,
                "reasons: %lld %s excluded by both, %lld for the same reason, %zu for different ones; observed %.3f, "
                "expected %.3f, ",
                static_cast<long long>(ag.both_excluded), ag.both_excluded == 1 ? "work" : "works",
                static_cast<long long>(ag.same_reason),
                ag.reason_conflicts.size(), ag.reason_observed, ag.reason_expected);
  std::cout << line << "Cohen's kappa " << reason_kappa << "\n";
  if (!ag.reason_conflicts.empty())
    std::cout << "reasons: "
              << resolved_words("conflict", ag.reason_conflicts.size(), ag.reason_resolved_consensus,
                                ag.reason_resolved_arbiter)
              << "\n";
}

int conflicts(const Args& args, Library& lib) {
  const std::string stage = stage_of(args);
  std::set<std::string> reviewers;
  for (const auto& d : lib.screening(0, stage))
    if (!d.reviewer.empty()) reviewers.insert(d.reviewer);
  std::vector<std::pair<std::string, std::string>> pairs;
  if (args.has("reviewers")) {
    auto names = split_list(args.get("reviewers"), ",");
    if (names.size() != 2) throw UsageError("--reviewers: two names, comma-separated");
    pairs.emplace_back(names[0], names[1]);
    if (reviewers.size() > 2)
      std::cerr << "refnet screen: warning: the library has " << reviewers.size()
                << " reviewers; only " << names[0] << " and " << names[1] << " are compared\n";
  } else if (reviewers.size() > 2) {
    // Cohen's kappa is for two raters: every pair is compared, one after the other.
    for (auto a = reviewers.begin(); a != reviewers.end(); ++a)
      for (auto b = std::next(a); b != reviewers.end(); ++b) pairs.emplace_back(*a, *b);
    std::cerr << "refnet screen: warning: " << reviewers.size() << " reviewers: each of the " << pairs.size()
              << " pairs is compared (Cohen's kappa is for two)\n";
  } else {
    pairs.emplace_back("", "");  // the two the library has (screening_agreement says when it has not two)
  }
  std::vector<Agreement> all;
  for (const auto& [a, b] : pairs) all.push_back(screening_agreement(lib, a, b, stage));
  if (args.json()) {
    if (all.size() == 1) {
      print_agreement(lib, all[0], true);
    } else {
      std::cout << "{\"pairs\":[";
      for (std::size_t i = 0; i < all.size(); ++i) {
        if (i) std::cout << ",";
        print_agreement(lib, all[i], true);
      }
      std::cout << "]}";
    }
    std::cout << "\n";
    return kOk;
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i) std::cout << "\n";
    print_agreement(lib, all[i], false);
  }
  return kOk;
}

// ---- the terminal walk

// Raw keys from the terminal while alive (no echo, no line buffering).
class RawTerminal {
 public:
  RawTerminal() {
    if (tcgetattr(STDIN_FILENO, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    ok_ = tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
  }
  ~RawTerminal() {
    if (ok_) tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
  }
  RawTerminal(const RawTerminal&) = delete;
  RawTerminal& operator=(const RawTerminal&) = delete;
  // A key, or -1 at the end of input.
  int key() {
    unsigned char c;
    ssize_t n = ::read(STDIN_FILENO, &c, 1);
    return n == 1 ? c : -1;
  }
  // A line typed (echoed by hand), without its end.
  std::string line() {
    std::string s;
    for (int c = key(); c != -1 && c != '\n' && c != '\r'; c = key()) {
      if ((c == 127 || c == 8) && !s.empty()) {
        s.pop_back();
        std::cout << "\b \b" << std::flush;
        continue;
      }
      s += static_cast<char>(c);
      std::cout << static_cast<char>(c) << std::flush;
    }
    std::cout << "\n";
    return s;
  }

 private:
  termios saved_{};
  bool ok_ = false;
};

// `text` made safe for the terminal, the highlight words (folded ASCII
// case) in bold yellow.
std::string highlighted(std::string_view text, const std::vector<std::string>& words) {
  std::string safe = terminal_safe(text);
  if (words.empty()) return safe;
  std::string lower = ascii_lower(safe);
  std::vector<bool> mark(safe.size(), false);
  for (const std::string& w : words) {
    std::string lw = ascii_lower(w);
    if (lw.empty()) continue;
    for (std::size_t at = lower.find(lw); at != std::string::npos; at = lower.find(lw, at + 1))
      std::fill(mark.begin() + static_cast<std::ptrdiff_t>(at),
                mark.begin() + static_cast<std::ptrdiff_t>(at + lw.size()), true);
  }
  std::string out;
  for (std::size_t i = 0; i < safe.size(); ++i) {
    if (mark[i] && (i == 0 || !mark[i - 1])) out += "\x1b[1;33m";
    out += safe[i];
    if (mark[i] && (i + 1 == safe.size() || !mark[i + 1])) out += "\x1b[0m";
  }
  return out;
}

void show_work(const Work& w, std::size_t at, std::size_t total, const std::vector<std::string>& words) {
  const Record& r = w.record;
  std::cout << "\n\x1b[2m[" << at << "/" << total << "] work " << w.id << "  " << terminal_safe(r.citekey)
            << "\x1b[0m\n";
  std::cout << "\x1b[1m" << highlighted(r.title.empty() ? "(untitled)" : strip_rich_text(r.title), words) << "\x1b[0m\n";
  std::string authors;
  for (std::size_t i = 0; i < r.authors.size() && i < 8; ++i) {
    const Creator& c = r.authors[i];
    authors += (i ? "; " : "") + (c.is_literal() ? c.literal : c.full_family() + (c.given.empty() ? "" : ", " + c.given));
  }
  if (r.authors.size() > 8) authors += "; et al.";
  std::cout << terminal_safe(authors) << "\n";
  std::cout << (r.issued.year ? std::to_string(r.issued.year) : std::string("n.d.")) << "  "
            << terminal_safe(r.container_title) << "\n";
  if (!r.keywords.empty()) {
    std::string kw;
    for (const auto& k : r.keywords) kw += (kw.empty() ? "" : "; ") + k;
    std::cout << "keywords: " << highlighted(kw, words) << "\n";
  }
  if (!r.abstract.empty()) std::cout << "\n" << highlighted(r.abstract, words) << "\n";
}

int walk(const Args& args, Library& lib) {
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
    throw UsageError("not a terminal: screen one work at a time on a terminal, or apply a table with --decisions FILE");
  const std::string reviewer = args.get("reviewer");
  const std::string stage = stage_of(args);
  const bool full = stage == kFullTextStage;
  // --role arbiter|consensus: the conflicts not yet resolved, each
  // reviewer's decision shown.
  const std::string method = method_of(args);
  std::map<std::int64_t, std::vector<ScreeningDecision>> given;
  if (!method.empty()) {
    for (ScreeningDecision& d : lib.screening(0, stage)) given[d.work_id].push_back(std::move(d));
    for (const ScreeningResolution& r : lib.resolutions(0, stage)) given.erase(r.work_id);
    for (auto it = given.begin(); it != given.end();) {
      std::set<std::string> said;
      for (const ScreeningDecision& d : it->second) said.insert(d.decision + ":" + fold_words(d.reason));
      it = said.size() > 1 ? std::next(it) : given.erase(it);
    }
  }
  std::vector<std::string> reasons = split_list(args.get("reasons"), ",");
  std::vector<std::string> words;
  for (const auto& h : args.all("highlight"))
    for (auto& w : split_list(h, ",")) words.push_back(w);
  // The works this reviewer has not decided on at the stage (alone: without
  // a decision tag of the stage); at full text, of the works included at
  // title/abstract.
  std::unordered_set<std::int64_t> done, sought;
  for (const auto& d : lib.screening(0, stage))
    if (d.reviewer == reviewer) done.insert(d.work_id);
  const std::string prefix = screening_tag_prefix(stage);
  for (const auto& [work, tag] : lib.live_tags_with_prefix(prefix))
    if (reviewer.empty() && (full || tag.rfind(screening_tag_prefix(kFullTextStage), 0) != 0)) done.insert(work);
  const std::string included = screening_tag("include", "");
  for (const auto& [work, tag] : lib.live_tags_with_prefix(included))
    if (tag == included) sought.insert(work);
  std::vector<std::int64_t> todo;
  lib.each_summary([&](const WorkSummary& s) {
    if (!method.empty() ? given.count(s.id) > 0 : !done.count(s.id) && (!full || sought.count(s.id)))
      todo.push_back(s.id);
  });
  if (todo.empty() && !method.empty()) {
    std::cout << "no conflict " << (full ? "at full text" : "at title/abstract") << " awaits a resolution\n";
    return kOk;
  }
  if (todo.empty()) {
    if (full && sought.empty())
      std::cout << "no work is included at title/abstract: nothing to read in full text\n";
    else
      std::cout << "every work" << (full ? " included at title/abstract" : "") << " is screened"
                << (full ? " at full text" : "") << (reviewer.empty() ? "" : " by " + reviewer) << "\n";
    return kOk;
  }
  RawTerminal term;
  std::vector<std::size_t> history;  // positions decided this session, for undo
  std::size_t i = 0, decided = 0;
  auto decide = [&](std::int64_t work, const std::string& decision, const std::string& reason) {
    Library::Transaction tx(lib);
    std::string note;
    std::string refused = method.empty() ? record_screening(lib, work, reviewer, decision, reason, stage)
                                         : record_resolution(lib, work, decision, reason, method,
                                                             args.get("by", reviewer), stage, &note);
    tx.commit();
    if (!refused.empty()) std::cout << "not saved: " << refused << "\n";
    if (!note.empty()) std::cout << note << "\n";
    return refused.empty();
  };
  while (i < todo.size()) {
    auto w = lib.get(todo[i]);
    if (!w || w->merged_into) {
      ++i;
      continue;
    }
    show_work(*w, i + 1, todo.size(), words);
    if (auto it = given.find(w->id); it != given.end()) {
      std::cout << "\n";
      for (const ScreeningDecision& d : it->second)
        std::cout << terminal_safe(d.reviewer.empty() ? "(unnamed)" : d.reviewer) << ": " << d.decision
                  << (d.reason.empty() ? "" : ": " + terminal_safe(d.reason)) << "\n";
    }
    std::cout << "\n[i]nclude  [e]xclude  [m]aybe  " << (full ? "[n]ot retrieved  " : "")
              << "[u]ndo  [s]kip  [q]uit > " << std::flush;
    int k = term.key();
    std::cout << (k > 32 && k < 127 ? std::string(1, static_cast<char>(k)) : std::string()) << "\n";
    if (k == -1 || k == 'q') break;
    if (k == 'i' || k == 'm' || (full && k == 'n')) {
      if (!decide(w->id, k == 'i' ? "include" : k == 'm' ? "maybe" : "not-retrieved", "")) {
        ++i;
        continue;
      }
      history.push_back(i++);
      ++decided;
    } else if (k == 'e') {
      std::string reason;
      if (!reasons.empty()) {
        for (std::size_t r = 0; r < reasons.size(); ++r) std::cout << "  " << (r + 1) << " " << reasons[r] << "\n";
        std::cout << "  o other (type it)\nreason > " << std::flush;
        int rk = term.key();
        std::cout << (rk > 32 && rk < 127 ? std::string(1, static_cast<char>(rk)) : std::string()) << "\n";
        if (rk >= '1' && rk <= '9' && static_cast<std::size_t>(rk - '1') < reasons.size()) reason = reasons[rk - '1'];
        else if (rk == 'o') reason = term.line();
        else {
          std::cout << "no reason picked: not excluded\n";
          continue;
        }
      } else {
        std::cout << "reason > " << std::flush;
        reason = term.line();
      }
      if (!decide(w->id, "exclude", reason)) {
        ++i;
        continue;
      }
      history.push_back(i++);
      ++decided;
    } else if (k == 'u') {
      if (history.empty()) {
        std::cout << "nothing to undo\n";
        continue;
      }
      i = history.back();
      history.pop_back();
      if (decide(todo[i], "", "")) {
        --decided;
        std::cout << "undone\n";
      }
    } else if (k == 's') {
      ++i;
    } else {
      std::cout << (full ? "keys: i e m n u s q\n" : "keys: i e m u s q\n");
    }
  }
  const std::size_t left = todo.size() - std::min(todo.size(), decided);
  if (!method.empty())
    std::cout << count_of(decided, "resolution", "resolutions") << " saved; " << count_of(left, "conflict", "conflicts")
              << " left to resolve\n";
  else
    std::cout << count_of(decided, "decision", "decisions") << " saved; " << count_of(left, "work", "works")
              << " left to screen\n";
  return kOk;
}

int run(const Args& args) {
  Library lib = open_library(args, false);
  if (args.has("conflicts")) return conflicts(args, lib);
  if (args.has("resolve")) return resolve_one(args, lib);
  if (args.has("decisions")) return apply_table(args, lib);
  return walk(args, lib);
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
