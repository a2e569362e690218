// audit61 (issue #11): real exports refnet had not seen, and the siblings of
// classes of corruption fixed once in another format.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::size_t titles_ending_with_period(const Parsed& p) {
  std::size_t n = 0;
  for (const Record& r : p.records) n += !r.title.empty() && r.title.back() == '.';
  return n;
}
}  // namespace

// EBSCOhost ends the titles of most of its databases with a period, in each
// of its exports (RIS, BibTeX, CSV): Criminal Justice Abstracts (i3h) 39 of
// its 41 titles (the other two end with '?'), Academic Search Premier 4 of 4,
// CINAHL's RIS 9 of 9 and CSV 10 of 10, PsycINFO's BibTeX 2 of 2, CoLRev's
// EBSCO BibTeX 2 of 2 (one without a permalink); EconLit's none.  The period
// of NLM's titles was dropped for MEDLINE records only (DB MEDLINE); the rest
// kept EBSCO's, which a style then doubles and which is not the title other
// databases give.  A record from
// EBSCOhost (DP EBSCOhost, its permalink) is read without it, said once a
// file; the period of an abbreviation or an initial stays.
TEST_CASE("EBSCOhost's period after its titles is dropped, in RIS, BibTeX and CSV", "[audit61]") {
  struct Case {
    const char* file;
    std::size_t records;
  };
  for (Case c : {Case{"corpora/citesource__crimjust_41.ris", 41}, Case{"corpora/synthesisr__ASP_ris_example.ris", 4},
                 Case{"corpora/citation-file-formatting__cinahl.ris", 9},
                 Case{"corpora/citation-file-formatting__cinahl.csv", 10},
                 Case{"bibtex/ebsco_psycinfo_masterthesis.bib", 2}, Case{"table/ebsco_csv.csv", 2}}) {
    INFO(c.file);
    Parsed p = parse_file(fixture(c.file));
    REQUIRE(p.records.size() == c.records);
    CHECK(p.stats.rejected == 0);
    CHECK(titles_ending_with_period(p) == 0);
    CHECK(said(p, "EBSCOhost ends its titles with a period") == 1);
  }
  // CoLRev's EBSCO BibTeX (placeholder values): its second entry has no
  // permalink, and nothing else says EBSCOhost wrote it: as written.
  Parsed colrev = parse_file(fixture("corpora/colrev__ebsco_bib.bib"));
  REQUIRE(colrev.records.size() == 2);
  CHECK(colrev.records[0].title == "Paper title");
  CHECK(colrev.records[1].title == "When sharing fixes prices.");
  Parsed crim = parse_file(fixture("corpora/citesource__crimjust_41.ris"));
  REQUIRE(crim.records.size() == 41);
  CHECK(crim.records[0].title ==
        "Discourses of responsible gambling and gambling harm: observations from Victoria, Australia");
  Parsed asp = parse_file(fixture("corpora/synthesisr__ASP_ris_example.ris"));
  REQUIRE(asp.records.size() == 4);
  CHECK(asp.records[3].title == "2ZGK-6 型可调宽窄行高速水稻插秧机设计与试验");
  // An abbreviation's or an initial's period stays; a question stays; a
  // record of another database keeps its title as written.
  Parsed q = parse_string(
      "TY  - JOUR\nT1  - Air quality in the U.S.\nDP  - EBSCOhost\nDB  - a9h\nER  - \n\n"
      "TY  - JOUR\nT1  - Who bets?\nDP  - EBSCOhost\nDB  - i3h\nER  - \n\n"
      "TY  - JOUR\nT1  - Why we fight.\nDB  - Scopus\nER  - \n\n"
      "TY  - JOUR\nT1  - A permalink's record.\n"
      "UR  - https://search.ebscohost.com/login.aspx?direct=true&db=a9h&AN=1&site=ehost-live\nER  - \n");
  REQUIRE(q.records.size() == 4);
  CHECK(q.records[0].title == "Air quality in the U.S.");
  CHECK(q.records[1].title == "Who bets?");
  CHECK(q.records[2].title == "Why we fight.");
  CHECK(q.records[3].title == "A permalink's record");
  CHECK(said(q, "EBSCOhost ends its titles with a period") == 1);
}
