// What a reviewer relies on in a systematic review (issue 11, a new user's
// six-database search of CiteSource): the PRISMA box naming each database,
// two reviewers' agreement on the decision and on the reason, keywords
// counted once whatever their spelling, --text finding words (not parts of
// words), and records lacking a title, authors or year said at import and
// found again.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;
using Catch::Contains;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

struct Lib {
  TempDir dir;
  std::string path = dir / "library.sqlite";
  CommandResult run(const std::string& command, const std::string& rest = {}) const {
    return run_refnet(command + " --library " + q(path) + " " + rest);
  }
  std::vector<std::string> lines(const std::string& command, const std::string& rest) const {
    CommandResult r = run(command, rest);
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < r.out.size()) {
      std::size_t nl = r.out.find('\n', at);
      std::string line = r.out.substr(at, nl - at);
      if (!line.empty() && line.back() == '\r') line.pop_back();  // CSV's CRLF
      out.push_back(line);
      at = nl == std::string::npos ? r.out.size() : nl + 1;
    }
    return out;
  }
};

using Keys = std::vector<std::string>;

}  // namespace

// Before: the new user's PRISMA box read "Dimensions_246.ris" and
// "lens_343.ris" (file names), "EBSCO (egh)" for Environment Index and
// "PubMed" for Ovid MEDLINE, and the import said nothing of the guesses.
TEST_CASE("PRISMA names the database of each export, and an import says when the label is a guess",
          "[review][prisma][review34]") {
  Lib lib;
  CommandResult imp = lib.run("import", q(fixture("review/database_labels.ris")));
  REQUIRE(imp.status == 0);
  auto p = nlohmann::json::parse(lib.run("prisma", "--json").out);
  CHECK(p.at("identified") == nlohmann::json({{"Dimensions", 1},
                                              {"Lens", 1},
                                              {"Environment Index", 1},
                                              {"MEDLINE (Ovid)", 3},
                                              {"EconLit", 1},
                                              {"ProQuest", 1},
                                              {"database_labels.ris", 1}}));
  // The last record (a PubMed search a reference manager saved as RIS)
  // names nothing: its label is the file's name, and the import says so.
  CHECK_THAT(imp.err, Contains("database_labels.ris:153:1: note: no record of this file names its database"));
  CHECK_THAT(imp.err, Contains("count them under the file's name 'database_labels.ris'; name the database with "
                               "'refnet import --source NAME'"));
  CHECK_THAT(imp.err, Contains("database_labels.ris:139:1: note: the records name the platform (ProQuest), not the "
                               "database searched on it"));
  // Named by the user: one label for every record, nothing to warn of.
  Lib named;
  CommandResult imp2 = named.run("import", "--source 'PubMed' " + q(fixture("review/database_labels.ris")));
  REQUIRE(imp2.status == 0);
  CHECK(imp2.err.find("names its database") == std::string::npos);
  CHECK(imp2.err.find("platform") == std::string::npos);
  CHECK(nlohmann::json::parse(named.run("prisma", "--json").out).at("identified") == nlohmann::json({{"PubMed", 9}}));

  Record r;
  r.provenance.format = "ris";
  r.provenance.file = "/home/me/search/medline.ris";
  r.add_extra("DB", "MEDLINE");
  r.add_extra("DP", "Ovid Technologies");
  CHECK(default_source_label(r) == "MEDLINE (Ovid)");
  CHECK(source_label_warning(r).empty());
  r.extra.clear();
  r.add_extra("DB", "egh");
  r.add_extra("DP", "EBSCOhost");
  CHECK(default_source_label(r) == "Environment Index");
  r.extra.clear();
  r.add_extra("DB", "zz9");
  r.add_extra("DP", "EBSCOhost");
  CHECK(default_source_label(r) == "EBSCO (zz9)");
  CHECK_THAT(source_label_warning(r), Contains("EBSCOhost names the database by a code refnet does not know (DB zz9)"));
  r.extra.clear();
  CHECK(database_of(r).empty());
  CHECK(default_source_label(r) == "medline.ris");
}

// Before: 'screen --conflicts' counted a work one reviewer excluded for the
// wrong population and the other for the wrong design as agreed, and the
// work's tag (and PRISMA's reasons) kept the first reviewer's reason only.
TEST_CASE("two reviewers' agreement on the decision and on the reason", "[review][screen][review34]") {
  Lib lib;
  REQUIRE(lib.run("import", q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  REQUIRE(lib.run("screen", "--decisions " + q(fixture("review/two_reviewers.tsv"))).status == 0);
  // Ben excludes one of the three works both excluded for another reason;
  // another he writes with a capital (the same reason).
  std::ofstream(lib.dir / "ben.tsv") << "10.1016/j.ress.2021.107926\texclude\twrong design\n"
                                        "10.1016/j.ijdrr.2021.102276\texclude\tOff topic\n";
  REQUIRE(lib.run("screen", "--reviewer ben --decisions " + q(lib.dir / "ben.tsv")).status == 0);
  CommandResult c = lib.run("screen", "--conflicts");
  REQUIRE(c.status == 0);
  // The decisions as before: 7 of 10 agreed.
  CHECK_THAT(c.out, Contains("10 works screened by both, 7 agreed, 3 disagree; observed 0.700, expected 0.380, "
                             "Cohen's kappa 0.516\n"));
  // The reasons: 3 works excluded by both, one for different reasons.
  // po = 2/3; pe = (3/3)(2/3) = 2/3; kappa 0.
  CHECK_THAT(c.out, Contains("reasons: 3 works excluded by both, 2 for the same reason, 1 for different ones; "
                             "observed 0.667, expected 0.667, Cohen's kappa 0.000\n"));
  CHECK_THAT(c.out, Contains("\texclude: off topic\texclude: wrong design\n"));
  auto j = nlohmann::json::parse(lib.run("screen", "--conflicts --json").out);
  CHECK(j.at("reasons").at("both_excluded") == 3);
  CHECK(j.at("reasons").at("same_reason") == 2);
  CHECK(j.at("reasons").at("conflicts").size() == 1);
  // PRISMA shows both reasons until the reviewers settle on one.
  auto p = nlohmann::json::parse(lib.run("prisma", "--json").out);
  CHECK(p.at("exclusion_reasons") == nlohmann::json({{"off topic", 2}, {"off topic / wrong design", 1}}));
  CHECK(p.at("excluded") == 3);
}

// Before: 'list --text mental' listed "Environmental Crimes" and a work
// whose keyword is ENVIRONMENTAL disasters beside "the mental health of
// Australians".
TEST_CASE("--text finds the start of words; --inside-words any part", "[list][review34]") {
  Lib lib;
  REQUIRE(lib.run("import", q(fixture("review/words.ris"))).status == 0);
  CHECK(lib.lines("list", "--text mental --format keys") == Keys{"zhang2022longterm"});
  CHECK(lib.lines("list", "--text 'Mental-Health' --format keys") == Keys{"zhang2022longterm"});
  CHECK(lib.lines("list", "--text mental --inside-words --sort key --format keys") ==
        Keys{"dorey2021continental", "mohanta2023evaluating", "zhang2022longterm"});
  // A word's start is a prefix: "environ" finds Environmental, ENVIRONMENTAL
  // and the journal Environment International.
  CHECK(lib.lines("list", "--text environmental --sort key --format keys") ==
        Keys{"dorey2021continental", "mohanta2023evaluating"});
  CHECK(lib.lines("list", "--text environ --sort key --format keys") ==
        Keys{"dorey2021continental", "mohanta2023evaluating", "wu2023wildfirerelated"});
  CHECK(lib.run("list", "--inside-words").status == 2);  // it goes with --text
  // Chinese is written without spaces between words: CNKI's "乡村数字治理研究"
  // is found by 治理研究, 乡村振兴 by 振兴, as before word starts.
  REQUIRE(lib.run("import", q(fixture("ris/cnki_refworks.txt"))).status == 0);
  CHECK(lib.lines("list", "--text 治理研究 --format keys").size() == 1);
  CHECK(lib.lines("list", "--text 振兴 --format keys").size() == 1);
  CHECK_THAT(lib.run("list", "--help").out, Contains("--inside-words"));
}

// Before: 'stats' showed "META-analysis" (4) and "MACHINE learning": the
// first spelling met, counted once per spelling in a work (one EBSCO record
// has META-analysis and meta‐analysis), and "meta- analysis" apart.
TEST_CASE("stats counts a keyword once a work under every spelling and shows its commonest",
          "[stats][review34]") {
  Lib lib;
  REQUIRE(lib.run("import", q(fixture("review/words.ris"))).status == 0);
  auto s = nlohmann::json::parse(lib.run("stats", "--json").out);
  auto top = s.at("top_keywords");
  // Five spellings, once each: the first in byte order not in capitals.
  CHECK(top.at(0) == nlohmann::json({"Meta-analysis", 4}));
  // Wildfire twice, wildfire once, and EBSCO's WILDFIRES, its plural as on
  // the maps (try45), in a fourth work.
  CHECK(top.at(1) == nlohmann::json({"Wildfire", 4}));
  CHECK(std::find(top.begin(), top.end(), nlohmann::json({"Machine learning", 2})) != top.end());
  for (const auto& kw : top) {
    std::string k = kw.at(0);
    CHECK(k != "META-analysis");
    CHECK(k != "MACHINE learning");
  }
}

// Before: a Lens record of an issue DOI with no title and no authors (an
// article's abstract on it) and a book's index without authors were
// imported without a word, and nothing found them.
TEST_CASE("an incomplete record is said at import and found by list --incomplete", "[import][list][review34]") {
  Lib lib;
  CommandResult imp = lib.run("import", q(fixture("review/lens_incomplete.ris")));
  REQUIRE(imp.status == 0);
  CHECK_THAT(imp.err, Contains("lens_incomplete.ris:29:1: warning: incomplete record (no title, no authors): imported; "
                               "'refnet list --incomplete' lists such works"));
  CHECK_THAT(imp.err, Contains("lens_incomplete.ris:17:1: warning: incomplete record (no authors)"));
  CHECK(imp.err.find("lens_incomplete.ris:1:1: warning: incomplete") == std::string::npos);
  CHECK(imp.err.find("names its database") == std::string::npos);  // Lens, by its records' addresses
  std::vector<std::string> dois = lib.lines("list", "--incomplete --format csv --columns doi");
  CHECK(dois == std::vector<std::string>{"doi", "10.1108/978-1-83982-400-520201008", "10.1111/gcbb.v15.11"});
  CHECK(lib.lines("list", "--incomplete --year 2023 --format csv --columns doi") ==
        std::vector<std::string>{"doi", "10.1111/gcbb.v15.11"});
  Record r;
  r.title = "A title";
  CHECK(screening_gaps(r) == "no authors, no year");
  r.issued.year = 2020;
  r.editors.push_back(Creator{});
  CHECK(screening_gaps(r).empty());
}
