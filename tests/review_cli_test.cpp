// Screening by one or two reviewers (refnet screen), Cohen's kappa, the
// terminal walk driven through a pseudo-terminal, and the near-duplicate
// review table's errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli_library.hpp"
#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const std::string kWos = fixture("corpora/umbrella-review__savedrecs.txt");

std::string lib_arg(const TempDir& dir) { return "--library '" + (dir / "lib.sqlite") + "' "; }

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

// Ten works, two reviewers (fixtures/review/two_reviewers.tsv):
//   ana: I I I I E E E E M M
//   ben: I I I E E E E I M E
// Agreements: 3 (I) + 3 (E) + 1 (M) = 7 of 10: po = 0.7.
// Marginals: ana I 4, E 4, M 2; ben I 4, E 5, M 1.
// pe = (4*4 + 4*5 + 2*1) / 100 = 0.38; kappa = (0.7 - 0.38) / (1 - 0.38) = 0.32 / 0.62 = 0.516129...
TEST_CASE("Cohen's kappa against a hand computation", "[review][screen]") {
  std::vector<std::pair<std::string, std::string>> r;
  const char* a = "IIIIEEEEMM";
  const char* b = "IIIEEEEIME";
  for (int i = 0; i < 10; ++i) r.emplace_back(std::string(1, a[i]), std::string(1, b[i]));
  double po = 0, pe = 0;
  CHECK(cohen_kappa(r, &po, &pe) == Approx(0.32 / 0.62));
  CHECK(po == Approx(0.7));
  CHECK(pe == Approx(0.38));
  // Perfect agreement on one category: pe = 1, kappa 1 by convention.
  CHECK(cohen_kappa({{"I", "I"}, {"I", "I"}}) == 1.0);
}

TEST_CASE("two reviewers: decisions per reviewer, tags only where they agree, conflicts and kappa",
          "[review][screen]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "'").status == 0);
  auto s = run_refnet("screen --decisions '" + fixture("review/two_reviewers.tsv") + "' " + lib);
  INFO(s.err);
  CHECK(s.status == 0);
  CHECK(s.out.find("20 rows: 20 decisions recorded") != std::string::npos);
  auto c = run_refnet("screen --conflicts " + lib);
  CHECK(c.status == 0);
  CHECK(c.out.find("10 works screened by both, 7 agreed, 3 disagree; observed 0.700, expected 0.380, Cohen's kappa 0.516") !=
        std::string::npos);
  CHECK(c.out.find("key\tana\tben\n") == 0);
  CHECK(c.out.find("\tinclude\texclude: off topic\n") != std::string::npos);
  CHECK(c.out.find("\tmaybe\texclude: off topic\n") != std::string::npos);
  auto j = run_refnet("screen --conflicts --json " + lib);
  CHECK(j.out.find("\"kappa\":0.516") != std::string::npos);
  // The tags carry the agreed decisions: 3 include, 3 exclude, 1 maybe.
  std::string included = run_refnet("list --tag screen:include " + lib).out;
  CHECK(std::count(included.begin(), included.end(), '\n') == 3);
  auto p = run_refnet("prisma --json " + lib);
  CHECK(p.out.find("\"excluded\":3,\"exclusion_reasons\":{\"off topic\":3},\"included\":3") != std::string::npos);
  CHECK(p.out.find("\"maybe\":1,\"conflicts\":3,\"unscreened\":19") != std::string::npos);  // the 3 conflicts apart (newuser9)
  // Ben changes his mind on the fourth work: now they agree on it.
  write_file(dir / "ben.tsv", "10.1016/j.ijdrr.2022.103123\tinclude\t\n");  // headerless: key, decision, reason
  auto first4 = run_refnet("screen --decisions '" + (dir / "ben.tsv") + "' --reviewer ben " + lib);
  INFO(first4.err);
  c = run_refnet("screen --conflicts " + lib);
  CHECK(c.out.find("8 agreed, 2 disagree") != std::string::npos);
  CHECK(run_refnet("screen --conflicts --reviewers ana " + lib).status == 2);
  {
    // A third reviewer (the audit: two were compared, without a word): every
    // pair is compared, and a warning says so.
    write_file(dir / "cai.tsv", "10.1016/j.ijdrr.2022.103123\texclude\toff topic\n10.1108/sasbe-08-2022-0180\tinclude\t\n");
    REQUIRE(run_refnet("screen --decisions '" + (dir / "cai.tsv") + "' --reviewer cai " + lib).status == 0);
    auto three = run_refnet("screen --conflicts " + lib);
    CHECK(three.status == 0);
    CHECK(three.err.find("warning: 3 reviewers: each of the 3 pairs is compared") != std::string::npos);
    CHECK(three.out.find("key\tana\tben\n") == 0);
    CHECK(three.out.find("\nkey\tana\tcai\n") != std::string::npos);
    CHECK(three.out.find("\nkey\tben\tcai\n") != std::string::npos);
    CHECK(three.out.find("8 agreed, 2 disagree") != std::string::npos);  // ana and ben, as above
    auto j3 = run_refnet("screen --conflicts --json " + lib);
    CHECK(j3.out.rfind("{\"pairs\":[{\"reviewers\":[\"ana\",\"ben\"]", 0) == 0);
    auto named = run_refnet("screen --conflicts --reviewers ana,ben " + lib);
    CHECK(named.err.find("warning: the library has 3 reviewers; only ana and ben are compared") != std::string::npos);
    run_refnet("undo " + lib);  // cai's decisions go
  }
  // A reason on an inclusion is dropped with a warning; the terminal shows
  // the first thousand diagnostics of a table and counts the rest.
  std::string many;
  for (int i = 0; i < 1005; ++i) many += "10.1016/j.ijdrr.2022.103123\tinclude\tgood\n";
  write_file(dir / "many.tsv", many);
  auto m = run_refnet("screen --decisions '" + (dir / "many.tsv") + "' --reviewer ben " + lib);
  CHECK(m.status == 0);
  CHECK(m.err.find("many.tsv:1:37: warning: a reason is only kept for an exclusion: 'good' dropped") != std::string::npos);
  CHECK(m.err.find("many.tsv: 5 more diagnostics not shown\n") != std::string::npos);
}

TEST_CASE("screen --conflicts without two reviewers says how to record them", "[review][screen]") {
  // The README's run ends "refnet screen: error: agreement needs two
  // reviewers; the library has 0", which did not say what to do.
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "'").status == 0);
  auto none = run_refnet("screen --conflicts " + lib);
  CHECK(none.status == 1);
  CHECK(none.err.find("the library has no reviewer's decisions") != std::string::npos);
  CHECK(none.err.find("refnet screen --reviewer NAME --decisions FILE") != std::string::npos);
  write_file(dir / "ana.tsv", "10.1016/j.ijdrr.2022.103123\texclude\toff topic\n");
  REQUIRE(run_refnet("screen --decisions '" + (dir / "ana.tsv") + "' --reviewer ana " + lib).status == 0);
  auto one = run_refnet("screen --conflicts " + lib);
  CHECK(one.status == 1);
  CHECK(one.err.find("the library has one reviewer's decisions (ana)") != std::string::npos);
  CHECK(one.err.find("refnet screen --reviewer NAME --decisions FILE") != std::string::npos);
}

TEST_CASE("screen on a terminal: include, exclude with a picked reason, undo, quit (driven through a pty)",
          "[review][screen]") {
  TempDir dir;
  const std::string lib = dir / "lib.sqlite";
  REQUIRE(run_refnet("import --library '" + lib + "' '" + kWos + "'").status == 0);
  // Without a terminal: refused, with the way out.
  auto no_tty = run_refnet("screen --library '" + lib + "'");
  CHECK(no_tty.status == 2);
  CHECK(no_tty.err.find("--decisions FILE") != std::string::npos);
  // Keys: i (work 1 included), e then 2 (work 2 excluded: "not urban"),
  // u (work 2 back to unscreened, shown again), m (work 2 maybe), q.
  std::string out = screen_on_pty(dir, lib, {"--reasons", "not a review,not urban", "--highlight", "resilience"}, "ie2umq");
  INFO(out);
  CHECK(out.find("[1/29]") != std::string::npos);
  CHECK(out.find("\x1b[1;33mresilience\x1b[0m") != std::string::npos);  // highlighted
  CHECK(out.find("2 not urban") != std::string::npos);
  CHECK(out.find("undone") != std::string::npos);
  CHECK(out.find("2 decisions saved; 27 works left to screen") != std::string::npos);
  auto p = run_refnet("prisma --json --library '" + lib + "'");
  CHECK(p.out.find("\"excluded\":0,") != std::string::npos);
  CHECK(p.out.find("\"included\":1,") != std::string::npos);
  CHECK(p.out.find("\"maybe\":1,") != std::string::npos);
}

// The full-text stage on a terminal (prisma39): only the works included at
// title/abstract are shown (10 of fixtures/review/screening.tsv's 29), and
// n marks a report not retrieved.
TEST_CASE("screen --stage fulltext on a terminal: the reports sought, n for not retrieved (driven through a pty)",
          "[review][screen][prisma39]") {
  TempDir dir;
  const std::string lib = dir / "lib.sqlite";
  REQUIRE(run_refnet("import --library '" + lib + "' '" + kWos + "'").status == 0);
  REQUIRE(run_refnet("screen --library '" + lib + "' --decisions '" + fixture("review/screening.tsv") + "'").status == 3);
  // Keys: n (report 1 not retrieved), i (report 2 included), e then 1
  // (report 3 excluded: "wrong outcome"), q.
  std::string out =
      screen_on_pty(dir, lib, {"--stage", "fulltext", "--reasons", "wrong outcome,wrong design"}, "nie1q");
  INFO(out);
  CHECK(out.find("[1/10]") != std::string::npos);
  CHECK(out.find("[n]ot retrieved") != std::string::npos);
  CHECK(out.find("3 decisions saved; 7 works left to screen") != std::string::npos);
  auto p = run_refnet("prisma --json --library '" + lib + "'");
  CHECK(p.out.find("\"fulltext\":{\"sought\":10,\"not_retrieved\":1,\"assessed\":9,\"excluded\":1,"
                   "\"exclusion_reasons\":{\"wrong outcome\":1},\"included\":1,\"studies\":1,\"awaiting\":7,\"maybe\":0,"
                   "\"conflicts\":0,\"not_assessed\":7,") != std::string::npos);
}

TEST_CASE("dedup --decisions: rows it cannot apply are errors with their position, the rest applies",
          "[review][dedup]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import --no-merge " + lib + "'" + kWos + "' '" + fixture("corpora/umbrella-review__scopus.csv") +
                     "'")
              .status == 0);
  REQUIRE(run_refnet("dedup --review -o '" + (dir / "pairs.tsv") + "' " + lib).status == 0);
  std::string pairs = slurp(dir / "pairs.tsv");
  // --no-merge kept the 29 pairs of one DOI apart: the rules merge them now.
  std::size_t rows = 0;
  for (char ch : pairs) rows += ch == '\n';
  CHECK(rows == 1 + 29);
  write_file(dir / "bad.tsv", "key_a\tkey_b\tdecision\n1\t30\tsame\n2\t31\tmaybe\n3\t9999\tdifferent\n4\t33\t\n");
  auto d = run_refnet("dedup --decisions '" + (dir / "bad.tsv") + "' " + lib);
  CHECK(d.status == 3);
  CHECK(d.err.find("bad.tsv:3:6: error: decision 'maybe' is neither 'same' nor 'different'") != std::string::npos);
  CHECK(d.err.find("bad.tsv:4:3: error: '9999' names no work") != std::string::npos);
  CHECK(d.out.find("4 rows: 1 same, 0 different, 1 undecided, 2 skipped; 1 merges (1 works absorbed)") !=
        std::string::npos);
  CHECK(run_refnet("prisma --json " + lib).out.find("\"duplicates_by_hand\":1,") != std::string::npos);
}

TEST_CASE("export csv: the work's source labels, tags and screening decision, read back by Python's csv module",
          "[review][export]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "'").status == 0);
  REQUIRE(run_refnet("import --source 'Scopus, 2024' " + lib + "'" + fixture("corpora/umbrella-review__scopus.csv") +
                     "'")
              .status == 0);
  write_file(dir / "s.tsv",
             "key\tdecision\treason\n10.1108/sasbe-08-2022-0180\tinclude\t\n"
             "10.1016/j.crm.2022.100443\texclude\t\"wrong population; adults\"\n");
  REQUIRE(run_refnet("screen --decisions '" + (dir / "s.tsv") + "' " + lib).status == 0);
  const std::string csv = dir / "screened.csv";
  auto e = run_refnet("export --tag screen:include --columns key,doi,sources,tags,decision,reason -o '" + csv + "' " +
                      lib);
  INFO(e.err);
  REQUIRE(e.status == 0);
  auto e2 = run_refnet("export --columns doi,sources,decision,reason -o '" + (dir / "all.tsv") + "' " + lib);
  REQUIRE(e2.status == 0);
  write_file(dir / "read.py",
             "import csv, sys\n"
             "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
             "print(len(rows), rows[0]['doi'], '|', rows[0]['sources'], '|', rows[0]['tags'], '|', rows[0]['decision'])\n"
             "rows = list(csv.DictReader(open(sys.argv[2], newline='', encoding='utf-8'), dialect='excel-tab'))\n"
             "ex = [r for r in rows if r['decision'] == 'exclude']\n"
             "print(len(rows), len(ex), ex[0]['reason'])\n");
  std::string cmd = "python3 '" + (dir / "read.py") + "' '" + csv + "' '" + (dir / "all.tsv") + "' >'" +
                    (dir / "py.out") + "' 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  CHECK(slurp(dir / "py.out") ==
        "1 10.1108/SASBE-08-2022-0180 | Web of Science; Scopus, 2024 | screen:include | include\n"  // as both spell it
        "29 1 wrong population; adults\n");
  // An empty selection does not overwrite the table; an unknown extension is refused.
  CHECK(run_refnet("export --tag nothing-has-this -o '" + csv + "' " + lib).status == 1);
  CHECK(slurp(csv).find("SASBE") != std::string::npos);
  CHECK(run_refnet("export -o '" + (dir / "x.xlsx") + "' " + lib).status == 2);
  // LibreOffice (.ci/install-deps installs its headless Calc) reads the
  // table too: opened as UTF-8 CSV and written out again, every cell of
  // every row is what Python's csv module reads from ours.
  if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
    WARN("soffice not installed: the LibreOffice read-back of the CSV is skipped");
    return;
  }
  const std::string lo = dir / "lo";
  std::string conv = "timeout 120 soffice --headless --infilter='CSV:44,34,76,1' "
                     "--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir '" + lo + "' '" + csv +
                     "' >/dev/null 2>&1";
  REQUIRE(std::system(conv.c_str()) == 0);
  write_file(dir / "same.py",
             "import csv, sys\n"
             "rows = lambda p: list(csv.reader(open(p, encoding='utf-8-sig', newline='')))\n"
             "a, b = rows(sys.argv[1]), rows(sys.argv[2])\n"
             "print(len(a), sum(x != y for x, y in zip(a, b)))\n");
  std::string same = "python3 '" + (dir / "same.py") + "' '" + csv + "' '" + lo + "/screened.csv' >'" +
                     (dir / "same.out") + "'";
  REQUIRE(std::system(same.c_str()) == 0);
  std::string counts = slurp(dir / "same.out");
  CHECK(counts.substr(counts.find(' ')) == " 0\n");                  // no cell differs
  CHECK(std::stoi(counts) >= 2);                                      // the header and the work
}
