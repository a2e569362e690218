// Settling screening conflicts beside the reviewers' own decisions (issue
// #11, a new user's trial: settling a conflict meant rewriting both
// reviewers' decisions, so their agreement was lost, and a third reviewer
// was only a third vote).  The fixture review of prisma_test.cpp: WoS +
// Scopus (58 records, 29 works), screened by ana and ben in two stages
// (fixtures/review/two_stage_*.tsv).
//
// Counted by hand (fixtures/review/count_two_stage.py over the two tables,
// the resolutions below settling the conflicts):
//   title/abstract before: include 14, exclude 8 (not urban 5, not a review 2,
//     'not a review / wrong outcome' 1), conflicts 2, maybe 1, unscreened 4;
//     kappa over the 25 both screened, 23 agreed: 0.844.
//   resolved (su11071943 include by consensus, ijdrr.2018.07.015 exclude 'not
//     urban' by the arbiter carol, ijdrr.2019.101096's reasons settled on 'not
//     a review' by consensus): include 15, exclude 9 (not urban 6, not a
//     review 3), conflicts 0, maybe 1, unscreened 4; kappa still 0.844.
//   full text, sought 15 (su11071943 now among them: its row is recorded, 2
//     rows skipped instead of 3): not retrieved 2, include 5, exclude 5
//     (wrong outcome 3, 'wrong outcome / wrong study design' 1, wrong study
//     design 1), conflict 1, maybe 1, unassessed 1; resolved (scs.2020.102327
//     include by the arbiter, ijdrr.2020.101769 'wrong outcome' by
//     consensus): include 6 (studies 5: two reports share study:oseikyei),
//     exclude 5 (wrong outcome 4, wrong study design 1), maybe 1, unassessed 1.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "cli_library.hpp"
#include "refnet/review.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

long json_number(const std::string& json, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + key + "\":(-?[0-9]+)"))) return -1;
  return std::stol(m[1]);
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// The reviewers' own decisions at a stage, one line each.
std::string reviewers_rows(const std::string& path, const std::string& stage) {
  Library lib(path);
  std::string out;
  for (const ScreeningDecision& d : lib.screening(0, stage))
    out += std::to_string(d.work_id) + " " + d.reviewer + " " + d.decision + " " + d.reason + " " + d.at + "\n";
  return out;
}

void screened_by_two(const CliLibrary& lib) {
  REQUIRE(lib.run("import '" + fixture("corpora/umbrella-review__savedrecs.txt") + "' '" +
                  fixture("corpora/umbrella-review__scopus.csv") + "'")
              .status == 0);
  REQUIRE(lib.run("screen --decisions '" + fixture("review/two_stage_title.tsv") + "'").status == 0);
}

const char* const kKappa =
    "25 works screened by both, 23 agreed, 2 disagree; observed 0.920, expected 0.488, Cohen's kappa 0.844\n";
const char* const kReasonKappa =
    "reasons: 8 works excluded by both, 7 for the same reason, 1 for different ones; observed 0.875, expected 0.484, "
    "Cohen's kappa 0.758\n";

}  // namespace

TEST_CASE("conflicts settled by consensus and by an arbiter: the reviewers' decisions and kappa stay, PRISMA counts "
          "the final decisions, undo takes a resolution back",
          "[review][screen][consensus40]") {
  CliLibrary lib;
  screened_by_two(lib);
  const std::string before = reviewers_rows(lib.path, kTitleStage);
  auto c = lib.run("screen --conflicts");
  CHECK(has(c.out, kKappa));
  CHECK(has(c.out, "2 conflicts: 0 resolved (by consensus 0, by an arbiter 0), 2 unresolved\n"));
  CHECK(c.out.rfind("key\tana\tben\n", 0) == 0);  // no resolution yet: the table as it was
  CHECK(has(c.out, "\tinclude\texclude: not urban\n"));

  // By consensus, one work; an arbiter's table, the other.
  auto r = lib.run("screen --resolve 10.3390/su11071943 include --by ana+ben");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out == "10.3390/su11071943 at title/abstract: include (consensus, by ana+ben)\n");
  r = lib.run("screen --resolve 10.1016/j.ijdrr.2019.101096 'exclude:not a review'");
  REQUIRE(r.status == 0);
  {
    std::ofstream(lib.dir / "arbiter.tsv") << "key\tdecision\treason\n10.1016/j.ijdrr.2018.07.015\texclude\tnot urban\n";
  }
  r = lib.run("screen --role arbiter --reviewer carol --decisions '" + (lib.dir / "arbiter.tsv") + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out == "1 row: 1 resolution recorded, 0 taken back, 0 skipped\n");

  // The reviewers' own decisions are as they gave them: the agreement too.
  CHECK(reviewers_rows(lib.path, kTitleStage) == before);
  c = lib.run("screen --conflicts");
  CHECK(has(c.out, kKappa));
  CHECK(has(c.out, kReasonKappa));
  CHECK(has(c.out, "2 conflicts: 2 resolved (by consensus 1, by an arbiter 1), 0 unresolved\n"));
  CHECK(has(c.out, "reasons: 1 conflict: 1 resolved (by consensus 1, by an arbiter 0), 0 unresolved\n"));
  CHECK(c.out.rfind("key\tana\tben\tresolution\n", 0) == 0);
  CHECK(has(c.out, "\tinclude\texclude: not urban\texclude: not urban (arbiter, by carol)\n"));
  CHECK(has(c.out, "\tinclude\texclude: not urban\tinclude (consensus, by ana+ben)\n"));
  CHECK(has(c.out, "\texclude: not a review\texclude: wrong outcome\texclude: not a review (consensus)\n"));
  auto cj = lib.run("screen --conflicts --json");
  CHECK(has(cj.out, "\"kappa\":0.844,"));
  CHECK(has(cj.out, "\"resolution\":{\"decision\":\"exclude: not urban\",\"method\":\"arbiter\",\"by\":\"carol\"}"));
  CHECK(has(cj.out, "\"resolved\":{\"consensus\":1,\"arbiter\":1},\"unresolved\":0,\"reasons\""));

  // PRISMA: the final decisions.
  auto p = lib.run("prisma --json");
  INFO(p.err);
  REQUIRE(p.status == 0);
  CHECK(has(p.out, "\"screened\":29,\"excluded\":9,\"exclusion_reasons\":{\"not urban\":6,\"not a review\":3},"
                   "\"included\":15,\"awaiting\":5,\"maybe\":1,\"conflicts\":0,\"unscreened\":4,"));
  CHECK(has(p.out, "\"resolved\":{\"consensus\":2,\"arbiter\":1},\"included_title_abstract\":15,"
                   "\"included_in_review\":{\"stage\":\"title\",\"reports\":15,\"studies\":15}"));
  auto t = lib.run("prisma");
  CHECK(has(t.out, "  awaiting a decision: 5 (maybe 1, reviewers disagree 0, not screened 4)\n"
                   "  conflicts resolved: 3 (by consensus 2, by an arbiter 1)\nIncluded\n  records included: 15\n"));
  REQUIRE(lib.run("prisma -o '" + (lib.dir / "flow.svg") + "'").status == 0);
  const std::string svg = slurp(lib.dir / "flow.svg");
  const std::size_t box = svg.find("id=\"included\"");
  REQUIRE(box != std::string::npos);
  CHECK(has(svg.substr(box, svg.find("</g>", box) - box), "(n\u00a0=\u00a015)"));

  // A reviewer changing their mind later: the resolution stays the final decision.
  {
    std::ofstream(lib.dir / "late.tsv") << "key\tdecision\treason\treviewer\n10.3390/su11071943\texclude\tnot urban\tana\n";
  }
  REQUIRE(lib.run("screen --decisions '" + (lib.dir / "late.tsv") + "'").status == 0);
  CHECK(json_number(lib.run("prisma --json").out, "included") == 15);

  // Undo takes the last change back (ana's late decision), then the arbiter's.
  REQUIRE(lib.run("undo").status == 0);
  CHECK(reviewers_rows(lib.path, kTitleStage) == before);
  REQUIRE(lib.run("undo").status == 0);
  p = lib.run("prisma --json");
  CHECK(json_number(p.out, "conflicts") == 1);
  CHECK(json_number(p.out, "excluded") == 8);
  // ... and --resolve WORK undecided, the consensus.
  r = lib.run("screen --resolve 10.3390/su11071943 undecided");
  REQUIRE(r.status == 0);
  CHECK(r.out == "10.3390/su11071943: no resolution at title/abstract\n");
  p = lib.run("prisma --json");
  CHECK(json_number(p.out, "conflicts") == 2);
  CHECK(json_number(p.out, "included") == 14);
  CHECK(has(p.out, "\"resolved\":{\"consensus\":1,\"arbiter\":0}"));
  CHECK(reviewers_rows(lib.path, kTitleStage) == before);
}

TEST_CASE("full text: a resolved title/abstract conflict is sought; full-text conflicts resolved count at their "
          "resolution; the JSON says which count is the review's",
          "[review][screen][consensus40]") {
  CliLibrary lib;
  screened_by_two(lib);
  REQUIRE(lib.run("screen --resolve 10.3390/su11071943 include --by ana+ben").status == 0);
  REQUIRE(lib.run("screen --resolve 10.1016/j.ijdrr.2018.07.015 'exclude:not urban' --role arbiter --by carol")
              .status == 0);
  auto ft = lib.run("screen --stage fulltext --decisions '" + fixture("review/two_stage_fulltext.tsv") + "'");
  CHECK(ft.status == 3);
  CHECK(has(ft.out, "29 rows: 27 decisions recorded, 0 taken back, 2 skipped"));
  CHECK_FALSE(has(ft.err, "su11071943"));
  REQUIRE(lib.run("tag add study:oseikyei 10.1108/sasbe-08-2022-0180 10.1108/ci-03-2021-0047").status == 0);
  auto p = lib.run("prisma --json");
  INFO(p.err);
  CHECK(has(p.out, "\"fulltext\":{\"sought\":15,\"not_retrieved\":2,\"assessed\":13,\"excluded\":5,"
                   "\"exclusion_reasons\":{\"wrong outcome\":3,\"wrong outcome / wrong study design\":1,"
                   "\"wrong study design\":1},\"included\":5,\"studies\":4,\"awaiting\":3,\"maybe\":1,\"conflicts\":1,"
                   "\"not_assessed\":1,\"not_counted\":0,\"resolved\":{\"consensus\":0,\"arbiter\":0}}"));

  // A title/abstract resolution cannot take a work with full-text decisions out of the reports sought.
  auto r = lib.run("screen --resolve 10.3390/su11071943 'exclude:not urban'");
  CHECK(r.status == 3);
  CHECK(has(r.err, "'10.3390/su11071943': it has 1 full-text decision, which need it included at title/abstract"));
  // Nor is a work nobody screened resolved, nor one not sought at full text.
  r = lib.run("screen --resolve 10.1016/j.ijdrr.2018.02.004 include");
  CHECK(r.status == 3);
  CHECK(has(r.err, "no reviewer has decided on it at title/abstract"));
  r = lib.run("screen --stage fulltext --resolve 10.3390/su12197896 include");
  CHECK(r.status == 3);
  CHECK(has(r.err, "it is excluded at title/abstract (not urban)"));
  CHECK(lib.run("screen --resolve 10.3390/su11071943 not-retrieved").status == 3);
  CHECK(lib.run("screen --resolve 10.3390/su11071943").status == 2);  // no decision
  CHECK(lib.run("screen --resolve 10.3390/su11071943 include:why").status == 2);
  CHECK(lib.run("screen --resolve 10.3390/su11071943 include --role reviewer").status == 2);

  REQUIRE(lib.run("screen --stage fulltext --resolve 10.1016/j.scs.2020.102327 include --role arbiter --by carol")
              .status == 0);
  REQUIRE(lib.run("screen --stage ft --resolve 10.1016/j.ijdrr.2020.101769 'exclude:wrong outcome'").status == 0);
  p = lib.run("prisma --json");
  CHECK(has(p.out, "\"fulltext\":{\"sought\":15,\"not_retrieved\":2,\"assessed\":13,\"excluded\":5,"
                   "\"exclusion_reasons\":{\"wrong outcome\":4,\"wrong study design\":1},\"included\":6,\"studies\":5,"
                   "\"awaiting\":2,\"maybe\":1,\"conflicts\":0,\"not_assessed\":1,\"not_counted\":0,"
                   "\"resolved\":{\"consensus\":1,\"arbiter\":1}}"));
  // The top-level "included" stays the title/abstract count (the reports
  // sought); the review's count is named.
  CHECK(json_number(p.out, "included") == 15);
  CHECK(has(p.out, "\"included_title_abstract\":15,\"included_in_review\":{\"stage\":\"fulltext\",\"reports\":6,"
                   "\"studies\":5}"));
  auto t = lib.run("prisma");
  CHECK(has(t.out, "  reports' conflicts resolved: 2 (by consensus 1, by an arbiter 1)\nIncluded\n"
                   "  studies included in review: 5\n  reports of included studies: 6\n"));
  auto c = lib.run("screen --conflicts --stage fulltext");
  CHECK(has(c.out, "13 works screened by both, 12 agreed, 1 disagree; observed 0.923, expected 0.325, Cohen's kappa "
                   "0.886\n1 conflict: 1 resolved (by consensus 0, by an arbiter 1), 0 unresolved\n"));
}

TEST_CASE("screen: 'no conflicts' instead of an empty table; a row, a decision", "[review][screen][consensus40]") {
  CliLibrary lib;
  lib.import("corpora/umbrella-review__savedrecs.txt");
  {
    std::ofstream(lib.dir / "one.tsv") << "key\tdecision\treason\treviewer\n10.1108/sasbe-08-2022-0180\tinclude\t\tana\n";
    std::ofstream(lib.dir / "two.tsv") << "key\tdecision\treason\treviewer\n10.1108/sasbe-08-2022-0180\tinclude\t\tben\n"
                                          "10.1016/j.crm.2022.100443\texclude\tnot urban\tana\n"
                                          "10.1016/j.crm.2022.100443\texclude\tnot urban\tben\n";
  }
  auto r = lib.run("screen --decisions '" + (lib.dir / "one.tsv") + "'");
  CHECK(r.out == "1 row: 1 decision recorded, 0 taken back, 0 skipped\n");
  r = lib.run("screen --decisions '" + (lib.dir / "two.tsv") + "'");
  CHECK(r.out == "3 rows: 3 decisions recorded, 0 taken back, 0 skipped\n");
  auto c = lib.run("screen --conflicts");
  CHECK(c.out == "no conflicts between ana and ben\n"
                 "2 works screened by both, 2 agreed, 0 disagree; observed 1.000, expected 0.500, Cohen's kappa 1.000\n"
                 "reasons: 1 work excluded by both, 1 for the same reason, 0 for different ones; observed 1.000, "
                 "expected 1.000, Cohen's kappa 1.000\n");
  // An arbiter overruling reviewers who agree: recorded, and said.
  r = lib.run("screen --resolve 10.1016/j.crm.2022.100443 include --role arbiter --by carol");
  CHECK(r.status == 0);
  CHECK(has(r.err, "warning: '10.1016/j.crm.2022.100443': the reviewers agree on it (exclude:not urban): the arbiter "
                   "decision overrules them"));
  CHECK(json_number(lib.run("prisma --json").out, "included") == 2);
}

TEST_CASE("rm of works screened: said, by decision; PRISMA still adds up", "[review][screen][consensus40]") {
  CliLibrary lib;
  screened_by_two(lib);
  REQUIRE(lib.run("screen --stage fulltext --decisions '" + fixture("review/two_stage_fulltext.tsv") + "'").status == 3);
  auto before = lib.run("prisma --json");
  REQUIRE(before.status == 0);
  // 10.1108/sasbe-08-2022-0180: both include at full text; 10.1016/j.crm.2022.100443 too.
  auto rm = lib.run("rm 10.1108/sasbe-08-2022-0180 10.1016/j.crm.2022.100443");
  INFO(rm.err);
  REQUIRE(rm.status == 0);
  CHECK(has(rm.err, "refnet rm: warning: 2 works carry a screening decision (2 included at full text: "));
  CHECK(has(rm.err, "'refnet prisma' counts them as removed before screening (other reasons)"));
  auto p = lib.run("prisma --json");
  INFO(p.err);
  REQUIRE(p.status == 0);
  CHECK(json_number(p.out, "removed_other") == json_number(before.out, "removed_other") + 2);
  CHECK(json_number(p.out, "screened") == json_number(before.out, "screened") - 2);
  CHECK(json_number(p.out, "included") == json_number(before.out, "included") - 2);
  CHECK(has(p.out, "\"included_in_review\":{\"stage\":\"fulltext\",\"reports\":3,"));
  // A work without a decision: nothing said.
  rm = lib.run("rm 10.1016/j.ijdrr.2018.02.004");
  CHECK(rm.status == 0);
  CHECK_FALSE(has(rm.err, "screening decision"));
}

// The arbiter on a terminal: only the conflicts not yet resolved, each
// reviewer's decision shown (keys: i for the first, e then 2 for the second, q).
TEST_CASE("screen --role arbiter on a terminal walks through the conflicts (driven through a pty)",
          "[review][screen][consensus40]") {
  CliLibrary lib;
  screened_by_two(lib);
  const std::vector<std::string> arbiter = {"--role", "arbiter", "--by", "carol", "--reasons", "not urban,not a review"};
  const std::string out = screen_on_pty(lib.dir, lib.path, arbiter, "ie2q");
  INFO(out);
  CHECK(has(out, "[1/3] work "));
  CHECK(has(out, "ana: exclude: not a review\r\nben: exclude: wrong outcome\r\n"));
  CHECK(has(out, "ana: include\r\nben: exclude: not urban\r\n"));
  CHECK(has(out, "2 resolutions saved; 1 conflict left to resolve"));
  auto c = lib.run("screen --conflicts");
  CHECK(has(c.out, kKappa));
  CHECK(has(c.out, "2 conflicts: 1 resolved (by consensus 0, by an arbiter 1), 1 unresolved\n"));
  CHECK(has(c.out, "reasons: 1 conflict: 1 resolved (by consensus 0, by an arbiter 1), 0 unresolved\n"));
  // None left: said.
  std::ofstream(lib.dir / "rest.tsv") << "key\tdecision\treason\n10.1016/j.ijdrr.2018.07.015\tinclude\t\n";
  REQUIRE(lib.run("screen --role consensus --decisions '" + (lib.dir / "rest.tsv") + "'").status == 0);
  CHECK(has(screen_on_pty(lib.dir, lib.path, arbiter, "q"), "no conflict at title/abstract awaits a resolution"));
}
