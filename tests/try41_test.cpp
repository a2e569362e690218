// A new user's trial of main (session 41, /work/notes/try41-report.md):
// a systematic reviewer's screening with two reviewers, and a PhD student's
// exports of books with original dates.  The fixture review of
// consensus40_test.cpp: WoS + Scopus (29 works), screened by ana and ben
// (fixtures/review/two_stage_title.tsv): 2 conflicts on the decision
// (10.3390/su11071943, 10.1016/j.ijdrr.2018.07.015), 1 on the reason
// (10.1016/j.ijdrr.2019.101096), 25 works screened by both.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

void screened_by_two(const CliLibrary& lib) {
  REQUIRE(lib.run("import '" + fixture("corpora/umbrella-review__savedrecs.txt") + "' '" +
                  fixture("corpora/umbrella-review__scopus.csv") + "'")
              .status == 0);
  REQUIRE(lib.run("screen --decisions '" + fixture("review/two_stage_title.tsv") + "'").status == 0);
}

// The CSL-JSON export of a library holding `bib` (as orig.bib), whitespace
// taken out; no origdate is said unwritten.
std::string flat_csl_of(const CliLibrary& lib, const std::string& bib, std::string* csl_out = nullptr) {
  std::ofstream(lib.dir / "orig.bib") << bib;
  REQUIRE(lib.run("import '" + (lib.dir / "orig.bib") + "'").status == 0);
  auto csl = lib.run("export --no-pin --format csl-json");
  INFO(csl.err);
  REQUIRE(csl.status == 0);
  CHECK_FALSE(has(csl.err, "origdate"));
  if (csl_out) *csl_out = csl.out;
  return std::regex_replace(csl.out, std::regex("\\s+"), "");
}

}  // namespace

// Before: a consensus decision on a work both reviewers had included was
// counted among "conflicts resolved" (2 where the reviewers had 1 conflict).
TEST_CASE("prisma: a resolution of a work the reviewers agreed on is no conflict resolved; it is said as an "
          "overruled decision",
          "[review][screen][try41]") {
  CliLibrary lib;
  screened_by_two(lib);
  REQUIRE(lib.run("screen --resolve 10.3390/su11071943 include --by ana+ben").status == 0);
  auto r = lib.run("screen --resolve 10.1108/sasbe-08-2022-0180 'exclude:not urban' --by ana+ben");
  REQUIRE(r.status == 0);
  CHECK(has(r.err, "the reviewers agree on it (include): the consensus decision overrules them"));
  auto c = lib.run("screen --conflicts");
  CHECK(has(c.out, "2 conflicts: 1 resolved (by consensus 1, by an arbiter 0), 1 unresolved\n"));
  auto p = lib.run("prisma --json");
  INFO(p.out);
  CHECK(has(p.out, "\"resolved\":{\"consensus\":1,\"arbiter\":0},"));
  CHECK(has(p.out, "\"overruled\":{\"consensus\":1,\"arbiter\":0},"));
  // The overruling decision is the work's: 14 agreed includes, one taken out, one conflict resolved as include.
  CHECK(has(p.out, "\"included\":14,"));
  auto t = lib.run("prisma");
  CHECK(has(t.out, "  conflicts resolved: 1 (by consensus 1, by an arbiter 0)\n"
                   "  agreed decisions overruled: 1 (by consensus 1, by an arbiter 0)\n"));
}

// Before: rm of a work the reviewers disagree on (no screen: tag) said
// nothing, and screen --conflicts went on listing and counting it.
TEST_CASE("rm of a work in an unresolved screening conflict is said; screen --conflicts leaves trashed works out "
          "and says so",
          "[review][screen][try41]") {
  CliLibrary lib;
  screened_by_two(lib);
  auto before = lib.run("screen --conflicts");
  REQUIRE(has(before.out, "25 works screened by both, 23 agreed, 2 disagree"));
  const std::string key = lib.run("list --format keys 10.1016/j.ijdrr.2018.07.015").out;
  REQUIRE(!key.empty());
  const std::string k = key.substr(0, key.find('\n'));
  REQUIRE(has(before.out, k + "\t"));

  auto rm = lib.run("rm 10.1016/j.ijdrr.2018.07.015");
  INFO(rm.err);
  REQUIRE(rm.status == 0);
  CHECK(has(rm.err, "refnet rm: warning: 1 work carries a screening decision (1 in an unresolved reviewers' conflict "
                    "at title/abstract: " + k + ")"));

  auto c = lib.run("screen --conflicts");
  INFO(c.out);
  CHECK_FALSE(has(c.out, k + "\t"));
  CHECK(has(c.out, "24 works screened by both, 23 agreed, 1 disagree"));
  CHECK(has(c.out, "\n1 conflict: 0 resolved (by consensus 0, by an arbiter 0), 1 unresolved\n"));
  CHECK(has(c.out, "1 work screened by a reviewer is in the trash, left out ('refnet restore' brings it back)\n"));
  auto p = lib.run("prisma --json");
  CHECK(has(p.out, "\"conflicts\":1,"));

  REQUIRE(lib.run("undo").status == 0);
  c = lib.run("screen --conflicts");
  CHECK(has(c.out, "25 works screened by both, 23 agreed, 2 disagree"));
  CHECK_FALSE(has(c.out, "in the trash"));
}

// Before: biblatex origdate {1899~} was "not written: CSL-JSON has no field
// for it", and CSL's original-date with circa became origdate {1899}.
TEST_CASE("original dates: circa, uncertain and unspecified go between biblatex origdate and CSL original-date",
          "[export][csljson][biblatex][try41]") {
  CliLibrary lib;
  std::string csl;
  const std::string flat = flat_csl_of(
      lib,
      "@book{weber1922,\n  author = {Weber, Max},\n  title = {Wirtschaft und Gesellschaft},\n  date = {1922},\n  "
      "origdate = {1899~},\n  publisher = {Mohr}\n}\n\n@book{simmel1900,\n  author = {Simmel, Georg},\n  title = "
      "{Philosophie des Geldes},\n  date = {1900},\n  origdate = {189X},\n  publisher = {Duncker}\n}\n\n"
      "@book{tonnies1887,\n  author = {T\\\"onnies, Ferdinand},\n  title = {Gemeinschaft und Gesellschaft},\n  date = "
      "{1887},\n  origdate = {1880?},\n  publisher = {Fues}\n}\n",
      &csl);
  CHECK(has(flat, "\"original-date\":{\"date-parts\":[[1899]],\"circa\":true}"));
  CHECK(has(flat, "\"original-date\":{\"literal\":\"189X\"}"));
  CHECK(has(flat, "\"original-date\":{\"date-parts\":[[1880]],\"circa\":true}"));

  // Back: CSL-JSON's original-date to biblatex, circa kept.
  CliLibrary back;
  std::ofstream(back.dir / "orig.json") << csl;
  REQUIRE(back.run("import '" + (back.dir / "orig.json") + "'").status == 0);
  auto bib = back.run("export --no-pin --format biblatex");
  INFO(bib.err);
  CHECK(has(bib.out, "origdate = {1899~}"));
  CHECK(has(bib.out, "origdate = {189X}"));
  CHECK(has(bib.out, "origdate = {1880~}"));
  CHECK_FALSE(has(bib.err, "original-date"));

  // A user's origdate (refnet set) is written to CSL-JSON as circa too.
  REQUIRE(lib.run("set simmel1900 origdate=1905~").status == 0);
  auto one = lib.run("export --no-pin --format csl-json simmel1900");
  CHECK(has(std::regex_replace(one.out, std::regex("\\s+"), ""),
            "\"original-date\":{\"date-parts\":[[1905]],\"circa\":true}"));
}

// EDTF level 2 puts a qualifier on one part of the date ("1985?-03": the year
// uncertain).  A .bib `date` so written was read as circa, but the same value in
// `origdate` was "not written: CSL-JSON has no field for it", without any date.
// Since session 42 both read the qualifiers the same way (edtf_qualifiers).
TEST_CASE("original dates: a qualifier on the year of a longer EDTF date is circa, as in date",
          "[export][csljson][biblatex][try41]") {
  CliLibrary lib;
  const std::string flat =
      flat_csl_of(lib,
                  "@book{simmel1985,\n  author = {Simmel, Georg},\n  title = {Philosophie des Geldes},\n  date = "
                  "{1985?-03},\n  origdate = {1899?-03},\n  publisher = {Suhrkamp}\n}\n\n@book{weber2004,\n  author = "
                  "{Weber, Max},\n  title = {Die protestantische Ethik},\n  date = {2004},\n  origdate = {1904~-06-11},\n  "
                  "publisher = {Beck}\n}\n");
  CHECK(has(flat, "\"issued\":{\"date-parts\":[[1985,3]],\"circa\":true}"));
  CHECK(has(flat, "\"original-date\":{\"date-parts\":[[1899,3]],\"circa\":true}"));
  CHECK(has(flat, "\"original-date\":{\"date-parts\":[[1904,6,11]],\"circa\":true}"));
}
