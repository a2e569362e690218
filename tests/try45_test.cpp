// A new user's day (task try45): what last session's users left behind, and
// what a scholar, an author and a reviewer hit on real exports this time.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const Record* by_doi(const Parsed& p, const std::string& doi) {
  for (const auto& r : p.records)
    if (r.doi == doi) return &r;
  return nullptr;
}

}  // namespace

// Zotero's RIS export writes DA as year/month/day/part, the part being what
// its date parser (zotero/utilities date.js strToDate) left over, joined with
// a JavaScript undefined read as the word "undefined".  PubMed's "2021
// Apr-Jun" becomes "2021/06//Apr undefined": the parser takes the last month
// name, leaving the first.  The date is April to June 2021 and
// "undefined" no text of the source; it was exported as note = {Apr undefined}.
TEST_CASE("Zotero's DA '2021/06//Apr undefined' is April to June 2021, the 'undefined' left out and said", "[try45]") {
  Parsed p = parse_file(fixture("corpora/citesource__pubmed_46.ris"));
  REQUIRE(p.records.size() == 46);
  const Record* apr = by_doi(p, "10.1080/10550887.2020.1856298");  // J Addict Dis 39(2), 2021 Apr-Jun
  REQUIRE(apr);
  CHECK(apr->issued.year == 2021);
  CHECK(apr->issued.month == 4);
  CHECK(apr->issued.end_year == 2021);
  CHECK(apr->issued.end_month == 6);
  CHECK(apr->issued.text.empty());
  const Record* jan = by_doi(p, "10.1053/comp.2002.29857");  // Compr Psychiatry 43(1), 2002 Jan-Feb
  REQUIRE(jan);
  CHECK(show(jan->issued) == "2002/1/0/");
  CHECK(jan->issued.end_month == 2);
  CHECK(has_diag(p.diags, Severity::warning, 397, "undefined"));
  CHECK(has_diag(p.diags, Severity::warning, 1524, "undefined"));

  // A season stays the date's text, the junk beside it still left out.
  Parsed s = parse_string("TY  - JOUR\nTI  - A season\nDA  - 2003///Spring undefined\nER  - \n");
  REQUIRE(s.records.size() == 1);
  CHECK(s.records[0].issued.year == 2003);
  CHECK(s.records[0].issued.text == "Spring");
  CHECK(has_diag(s.diags, Severity::warning, 3, "undefined"));
  // Zotero's bare "undefined" (no part left) is no text, as before, and not said on every record.
  Parsed u = parse_string("TY  - JOUR\nTI  - No part\nDA  - 1999/08//undefined\nER  - \n");
  REQUIRE(u.records.size() == 1);
  CHECK(show(u.records[0].issued) == "1999/8/0/");
  CHECK(!has_diag(u.diags, Severity::warning, 3, "undefined"));
}

// Web of Science writes "[Anonymous]" for an unsigned work; Zotero carries it
// into its RIS (AU) and BibTeX (author = {{[Anonymous]}}).  refnet drops the
// placeholder (no one is named), which left the work without author: bibtex
// warned "empty author", biber "Missing mandatory field 'author'".  biblatex
// has no convention of its own; its option useauthor=false sorts and labels
// an entry by its title, as an unsigned work is cited, while the author field
// is there: author = {Anonymous} (not braced: the placeholder, as refnet reads
// it back; {Anonymous} braced is a name), options = {useauthor=false}; BibTeX's
// styles print "Anonymous", APA's word for it.  CSL-JSON keeps no author (CSL's
// styles put the title first).  The placeholder is kept in the record.
TEST_CASE("an unsigned work's [Anonymous] from Zotero: kept in the record, written as biblatex and bibtex read it", "[try45]") {
  for (const char* f : {"ris/zotero_anonymous.ris", "bibtex/zotero_anonymous.bib"}) {
    INFO(f);
    Parsed p = parse_file(fixture(f));
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].authors.empty());
    CHECK(extra_values(p.records[0], "author-placeholder") == std::vector<std::string>{"[Anonymous]"});
  }
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("ris/zotero_anonymous.ris"))).status == 0);
  auto bib = run_refnet("export --no-pin --format bibtex" + lib);
  INFO(bib.out << bib.err);
  CHECK(bib.out.find("  author = {Anonymous},\n") != std::string::npos);
  CHECK(bib.err.find("lacks a field") == std::string::npos);
  auto latex = run_refnet("export --no-pin --format biblatex" + lib);
  INFO(latex.out << latex.err);
  CHECK(latex.out.find("  author = {Anonymous},\n") != std::string::npos);
  CHECK(latex.out.find("  options = {useauthor=false},\n") != std::string::npos);
  CHECK(latex.err.find("lacks a field") == std::string::npos);
  auto json = run_refnet("export --no-pin --format csl-json" + lib);
  CHECK(json.out.find("\"author\"") == std::string::npos);
  // Read back: the placeholder again, not an author named Anonymous.
  std::ofstream(tmp / "back.bib") << latex.out;
  Parsed back = parse_file(tmp / "back.bib");
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].authors.empty());
  CHECK(extra_values(back.records[0], "author-placeholder").size() == 1);
}

// An unsigned work is not a work whose authors are missing: the source says
// it is unsigned.  Before, import said "incomplete record (no authors)" of it
// and `list --incomplete` listed it.
TEST_CASE("an unsigned work's [Anonymous] is no gap: import does not call it incomplete", "[try45]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  auto imp = run_refnet("import" + lib + " " + q(fixture("ris/zotero_anonymous.ris")));
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.err.find("no authors") == std::string::npos);
  auto inc = run_refnet("list --incomplete" + lib);
  INFO(inc.out << inc.err);
  CHECK(inc.out.find("Cavalier") == std::string::npos);
}

// The source's own biblatex options beside the unsigned work's: one options
// field holding both (before: useauthor=false written, the source's
// "skipbib=false" left out with a warning).
TEST_CASE("an unsigned work with its own biblatex options: one options field holds both", "[try45]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  std::ofstream(tmp / "o.bib") << "@article{anon2011,\n  author = {{[Anonymous]}},\n  title = {Heart study},\n"
                                  "  journal = {Veterinary Record},\n  year = {2011},\n  options = {skipbib=false},\n}\n";
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(tmp / "o.bib")).status == 0);
  // (Without the mark naming each library, session 62: two libraries' exports are compared.)
  auto latex = run_refnet("export --no-pin --format biblatex --skip-fields refnet-library" + lib);
  INFO(latex.out << latex.err);
  CHECK(latex.out.find("  options = {skipbib=false,useauthor=false},\n") != std::string::npos);
  CHECK(latex.out.find("options", latex.out.find("options") + 1) == std::string::npos);
  CHECK(latex.err.find("second value") == std::string::npos);
  // Read back and written again: the same one field.
  std::ofstream(tmp / "back.bib") << latex.out;
  REQUIRE(run_refnet("import --quiet --library " + q(tmp / "lib2.sqlite") + " " + q(tmp / "back.bib")).status == 0);
  auto again = run_refnet("export --no-pin --format biblatex --skip-fields refnet-library --library " + q(tmp / "lib2.sqlite"));
  CHECK(again.out == latex.out);
}

// `refnet stats` counted "dogs" and "dog" as two keywords while every map
// folds an English plural with its singular when both occur (collect_terms):
// one rule now serves both, a work with both counted once, an acronym in
// capitals ("AIDS") kept from the lower-case word it would be the plural of.
TEST_CASE("stats: top keywords fold a plural with its singular as the maps do", "[try45]") {
  TempDir tmp;
  // (Dogs and cats, MeSH's check tags, stats now leaves out as the maps do,
  // try46: networks and trees fold alike.)
  std::ofstream(tmp / "k.ris") << "TY  - JOUR\nTI  - One\nKW  - networks\nKW  - AIDS\nER  - \n\n"
                                  "TY  - JOUR\nTI  - Two\nKW  - Networks\nKW  - network\nKW  - aid\nER  - \n\n"
                                  "TY  - JOUR\nTI  - Three\nKW  - networks\nKW  - AIDS\nER  - \n\n"
                                  "TY  - JOUR\nTI  - Four\nKW  - networks\nKW  - trees\nER  - \n";
  const std::string lib = " --library '" + (tmp / "lib.sqlite") + "'";
  REQUIRE(run_refnet("import --quiet" + lib + " '" + (tmp / "k.ris") + "'").status == 0);
  auto st = run_refnet("stats --json" + lib);
  INFO(st.out << st.err);
  auto j = nlohmann::json::parse(st.out);
  std::map<std::string, int> top;
  for (const auto& p : j["top_keywords"]) top[p[0].get<std::string>()] = p[1].get<int>();
  CHECK(top == std::map<std::string, int>{{"networks", 4}, {"AIDS", 2}, {"aid", 1}, {"trees", 1}});
}

// The co-authorship map of two papers sharing an author and a third by one
// author alone said "VOS layout (2 components side by side)" while the lone
// author was drawn below the pair, not beside it, and is no "component" to a
// reader: the description says what the packing does (parts with no link
// between them placed apart) and which parts are lone nodes.
TEST_CASE("a map's layout note names the lone nodes and says they are placed apart, not side by side", "[try45]") {
  TempDir tmp;
  std::ofstream(tmp / "co.ris") << "TY  - JOUR\nTI  - Rivers\nAU  - Smith, John\nAU  - Jones, Mary\nPY  - 2020\nER  - \n\n"
                                   "TY  - JOUR\nTI  - Lakes\nAU  - Jones, Mary\nAU  - Brown, Alan\nPY  - 2021\nER  - \n\n"
                                   "TY  - JOUR\nTI  - Seas\nAU  - Green, Paula\nPY  - 2021\nER  - \n";
  const std::string lib = " --library '" + (tmp / "lib.sqlite") + "'";
  REQUIRE(run_refnet("import --quiet" + lib + " '" + (tmp / "co.ris") + "'").status == 0);
  REQUIRE(run_refnet("network coauthor" + lib + " -o '" + (tmp / "co.svg") + "'").status == 0);
  std::string svg = slurp(tmp / "co.svg");
  CHECK(svg.find("side by side") == std::string::npos);
  CHECK(svg.find("VOS layout (1 node without links placed apart)") != std::string::npos);
  // Two linked groups and a lone author.
  std::ofstream(tmp / "co2.ris") << "TY  - JOUR\nTI  - Hills\nAU  - White, Ann\nAU  - Black, Tom\nPY  - 2019\nER  - \n";
  REQUIRE(run_refnet("import --quiet" + lib + " '" + (tmp / "co2.ris") + "'").status == 0);
  REQUIRE(run_refnet("network coauthor" + lib + " -o '" + (tmp / "co2.svg") + "'").status == 0);
  CHECK(slurp(tmp / "co2.svg").find("VOS layout (2 groups with no link between them placed apart, and 1 node without links)") !=
        std::string::npos);
}
