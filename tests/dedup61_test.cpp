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

TEST_CASE("Publish or Perish's BibTeX: a Google Scholar hit whose journal is the site it was found on is one work "
          "with the journal's records, as its CSV row is",
          "[dedup61]") {
  // fixtures/dedup/scholar_site_pop.bib: tributetotobler/bibliotobler
  // @d280288 (GPL-3.0) data/PoPCites.csv row 5 (Tobler, "Spatial interaction
  // patterns", 1975, found on pure.iiasa.ac.at, no source) written in
  // Publish or Perish's BibTeX layout, which puts the site in `journal`
  // where Google Scholar gave no source (RedwanNewaz/PublicationManager's
  // PoPCites.bib: 64 of 294 @article entries, 'Citeseer', 'cs.rice.edu',
  // 'ieeexplore.ieee.org'...); the CSV keeps it as Publisher.
  // fixtures/dedup/scholar_site_lens.csv: the same repository's
  // data/lens-export.csv data row 114, Journal of Environmental Systems 6(4), 1976
  // (references and most of the abstract cut).  The CSV row was one work
  // with Lens's; the BibTeX entry was kept apart: 'veto: years 1975 and 1976
  // in other venues (pure.iiasa.ac.at; Journal of Environmental Systems)'.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/scholar_site_pop.bib"), fixture("dedup/scholar_site_lens.csv")});
  REQUIRE(lib.stats().works == 2);
  CHECK(groups_of(lib) == std::vector<std::vector<std::int64_t>>{{1, 2}});
  const Record hit = lib.record(1, RecordParts{}).value();
  const Record article = lib.record(2, RecordParts{}).value();
  REQUIRE(hit.container_title == "pure.iiasa.ac.at");
  CHECK(google_scholar_hit(hit));
  std::vector<std::string> why;
  CHECK(duplicate_score(hit, article, DedupOptions{}, &why) >= DedupOptions{}.threshold);
  CHECK(said(why, "the site Google Scholar found it on (pure.iiasa.ac.at)"));
  // A hit cited by nobody links no Scholar page: the file's layout says it
  // is one (the reader's '@database').
  Record uncited = hit;
  uncited.extra.clear();
  uncited.add_extra("@database", "Google Scholar");
  CHECK(google_scholar_hit(uncited));
  CHECK(duplicate_score(uncited, article, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  // A journal's name stays a venue; so does a host named by a record that is
  // no Scholar hit.
  Record named = hit;
  named.container_title = "Research Reports";
  CHECK(duplicate_score(named, article, DedupOptions{}, nullptr) == 0);
  Record plain = hit;
  plain.extra.clear();
  CHECK_FALSE(google_scholar_hit(plain));
  CHECK(duplicate_score(plain, article, DedupOptions{}, nullptr) == 0);
}
