// dedup61 (issue #11): dedup's rules on real labelled sets: a conference
// paper and its journal version known by the DOI alone; Publish or Perish's
// BibTeX read as its CSV is.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/review.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<std::vector<std::int64_t>> groups_of(Library& lib) {
  std::vector<std::vector<std::int64_t>> got;
  for (const auto& g : find_duplicates(lib, DedupOptions{}, nullptr)) got.push_back(g.works);
  return got;
}

bool said(const std::vector<std::string>& why, const std::string& part) {
  return std::any_of(why.begin(), why.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("a meeting's paper and, another year, an article whose DOI names a journal are two works", "[dedup61]") {
  // fixtures/dedup/conference_and_journal_doi.bib: bib-dedupe's test cases
  // (CoLRev-Environment/bib-dedupe @b7b5cf3, tests/test_cases.json, MIT)
  // stahl_elbeltagi_2004_cmc_missing_doi_vs_with_doi (1, 2: one article)
  // and stahl_cmc_2004_vs_stahl_cmc_2003_amcis (2, 3: the AMCIS 2003 paper
  // and the 2004 article, "NOT duplicate").  The article's record names no
  // journal; its DOI, Taylor & Francis's 10.1080/<ISSN>.<year>.<number>,
  // spells the journal's ISSN 1097-198X.  All three were one work.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/conference_and_journal_doi.bib")});
  REQUIRE(lib.stats().works == 3);
  CHECK(groups_of(lib) == std::vector<std::vector<std::int64_t>>{{1, 2}});
  const Record plain = lib.record(1, RecordParts{}).value();
  const Record article = lib.record(2, RecordParts{}).value();
  const Record paper = lib.record(3, RecordParts{}).value();
  REQUIRE(paper.container_title == "Americas Conference on Information Systems");
  std::vector<std::string> why;
  CHECK(duplicate_score(article, paper, DedupOptions{}, &why) == 0);
  CHECK(said(why, "ISSN 1097-198X in its DOI"));
  CHECK(duplicate_score(plain, article, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  // Elsevier's PII, its older form and Blackwell's DOI spell the ISSN too.
  for (const char* doi : {"10.1016/S0010-440X(64)80030-4", "10.1016/0013-4694(71)90072-1",
                          "10.1111/j.1365-2648.2004.03138.x", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"}) {
    Record other = article;
    other.doi = doi;
    CHECK(duplicate_score(other, paper, DedupOptions{}, nullptr) == 0);
  }
  // Not where the check character is wrong (no ISSN), nor where the paper's
  // record gives that ISSN (proceedings printed as the journal's issue), nor
  // in the same year.
  Record unchecked = article;
  unchecked.doi = "10.1080/10971981.2004.10856384";
  CHECK(duplicate_score(unchecked, paper, DedupOptions{}, nullptr) > 0);
  Record in_journal = paper;
  in_journal.issn = {"1097-198X"};
  CHECK(duplicate_score(article, in_journal, DedupOptions{}, nullptr) > 0);
  Record same_year = paper;
  same_year.issued.year = 2004;
  CHECK(duplicate_score(article, same_year, DedupOptions{}, nullptr) > 0);
}
