// A record whose identifiers lead to two existing works (issue 11, store39):
// its DOI on one work, its PMID on another.  A MEDLINE record without the
// DOI, an APA PsycInfo record without the PMID, and Scopus's record with
// both (fixtures/ris/two_works_one_record: one article of the MSM syndemics
// scoping review's searches) are one work whatever order they come in.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/ingest.hpp"
#include "refnet/review.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const std::vector<std::string> kFiles = {"medline", "psycinfo", "scopus"};

std::string path_of(const std::string& name) { return fixture("ris/two_works_one_record/" + name + ".ris"); }

std::string live_works(const std::string& lib) {
  Library l(lib, false);
  std::string out;
  l.each_summary([&](const WorkSummary& w) { out += std::to_string(w.id) + " "; });
  return out;
}

Record article(const std::string& doi, const std::string& pmid, const std::string& pmcid, std::uint64_t hash) {
  Record r;
  r.type = "article-journal";
  r.title = "Syndemics of depression, alcohol use, and victimisation, and their association with HIV-related sexual risk";
  r.issued.year = 2017;
  r.authors.push_back({"Chakrapani", "Venkatesan", "", "", "", "", {}});
  r.container_title = "Global Public Health";
  r.volume = "12";
  r.pages = "250-265";
  r.doi = doi;
  r.pmid = pmid;
  r.pmcid = pmcid;
  r.provenance.format = "ris";
  r.provenance.file = "r.ris";
  r.provenance.line = static_cast<std::uint32_t>(hash);
  r.provenance.hash = hash;
  return r;
}

}  // namespace

TEST_CASE("MEDLINE, PsycInfo and Scopus records of one article: one work in every import order", "[store]") {
  std::vector<std::string> order = kFiles;
  int orders = 0;
  do {
    TempDir tmp;
    const std::string lib = tmp / "lib.sqlite";
    std::string err;
    for (const std::string& f : order) {
      CommandResult r = run_refnet("import --library '" + lib + "' '" + path_of(f) + "'");
      REQUIRE(r.status == 0);
      err += r.err;
    }
    INFO(order[0] << " " << order[1] << " " << order[2] << "\n" << err);
    CHECK(live_works(lib) == "1 ");
    Library l(lib, false);
    std::optional<Work> w = l.get(1);
    REQUIRE(w);
    CHECK(w->record.doi == "10.1080/17441692.2015.1091024");
    CHECK(w->record.pmid == "26457339");
    CHECK(l.source_records(1).size() == 3);
    ++orders;
  } while (std::next_permutation(order.begin(), order.end()));
  CHECK(orders == 6);
}

TEST_CASE("the record that shows two works are one says so, and unmerge separates them", "[store]") {
  TempDir tmp;
  const std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --library '" + lib + "' '" + path_of("medline") + "' '" + path_of("psycinfo") + "'").status == 0);
  REQUIRE(live_works(lib) == "1 2 ");
  CommandResult r = run_refnet("import --library '" + lib + "' '" + path_of("scopus") + "'");
  CHECK(r.status == 0);
  CHECK(r.err.find("scopus.ris:1:1: warning: the record's PMID 26457339 is work 1's and its DOI "
                   "10.1080/17441692.2015.1091024 work 2's, and the rest of the record confirms both: one work, "
                   "2 merged into 1 (same DOI 10.1080/17441692.2015.1091024; ") != std::string::npos);
  CHECK(r.err.find("'refnet unmerge 1' separates them") != std::string::npos);
  CHECK(live_works(lib) == "1 ");
  {
    Library l(lib, false);
    std::vector<MergeEntry> merges = l.merges_of(1);
    REQUIRE(merges.size() == 2);
    CHECK(merges.back().kind == "identifier");
    CHECK(merges.back().absorbed == std::vector<std::int64_t>{2});
    CHECK(merges.back().reason.find("has PMID 26457339 of work 1 and DOI 10.1080/17441692.2015.1091024 of work 2") !=
          std::string::npos);
  }
  // The whole import, undone: the Scopus record goes too, and the two works are back.
  REQUIRE(run_refnet("undo --library '" + lib + "'").status == 0);
  CHECK(live_works(lib) == "1 2 ");
  {
    Library l(lib, false);
    CHECK(l.source_records(1).size() == 1);
    CHECK(l.source_records(2).size() == 1);
  }
  // Imported again and unmerged: the record stays with work 1, work 2 is back.
  REQUIRE(run_refnet("import --library '" + lib + "' '" + path_of("scopus") + "'").status == 0);
  REQUIRE(live_works(lib) == "1 ");
  REQUIRE(run_refnet("unmerge --library '" + lib + "' 1").status == 0);
  CHECK(live_works(lib) == "1 2 ");
  Library l(lib, false);
  CHECK(l.source_records(1).size() == 2);
  CHECK(l.source_records(2).size() == 1);
}

namespace {
// Work 1: PubMed's record (the PMID, no DOI); work 2: another database's (the
// DOI, no PMID); then the record with both.  `distinct`: a reviewer judged
// 1 and 2 different before it came.
Library::AddResult record_with_both(Library& lib, const std::string& pmcid1, const std::string& pmcid2,
                                    bool distinct) {
  Library::Transaction tx(lib);
  Ingest ingest(lib, true);
  ingest.add(article("", "26457339", pmcid1, 1));
  ingest.add(article("10.1080/17441692.2015.1091024", "", pmcid2, 2));
  if (distinct) REQUIRE(lib.mark_distinct(1, 2));
  Library::AddResult res = ingest.add(article("10.1080/17441692.2015.1091024", "26457339", "", 3));
  tx.commit();
  return res;
}
}  // namespace

TEST_CASE("two works a record confirms but dedup keeps apart stay apart, proposed for review", "[store]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  Library::AddResult res = record_with_both(lib, "PMC1111111", "PMC2222222", false);  // two PMCIDs
  CHECK(res.status == Library::AddStatus::merged);
  CHECK(res.work_id == 1);
  REQUIRE(res.also_confirmed.size() == 1);
  CHECK(res.also_confirmed[0].work == 2);
  CHECK(res.also_confirmed[0].identifier == "DOI 10.1080/17441692.2015.1091024");
  CHECK(res.also_confirmed[0].joined == "PMID 26457339");
  CHECK_FALSE(res.also_confirmed[0].merged);
  CHECK(res.also_confirmed[0].why.find("veto: different PMCIDs (PMC1111111, PMC2222222)") == 0);
  CHECK(lib.stats().works == 2);
  // dedup --review lists the pair.
  std::vector<ReviewPair> pairs = review_pairs(lib);
  CHECK(std::any_of(pairs.begin(), pairs.end(), [](const ReviewPair& p) { return p.a == 1 && p.b == 2; }));
}

TEST_CASE("two works a reviewer judged different are not merged by a record that confirms both", "[store]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  Library::AddResult res = record_with_both(lib, "", "", true);
  REQUIRE(res.also_confirmed.size() == 1);
  CHECK_FALSE(res.also_confirmed[0].merged);
  CHECK(res.also_confirmed[0].why.find("judged different") == 0);
  CHECK(lib.stats().works == 2);
}

TEST_CASE("a later export of a user's entry whose DOI another work has: the two works are one, the user's key kept",
          "[store]") {
  TempDir tmp;
  const std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --library '" + lib + "' '" + fixture("ris/two_works_one_record/own_library.bib") +
                     "' '" + path_of("psycinfo") + "'")
              .status == 0);
  REQUIRE(live_works(lib) == "1 2 ");
  const std::string again = fixture("ris/two_works_one_record/own_library_with_doi.bib");
  CommandResult r = run_refnet("import --library '" + lib + "' '" + again + "'");
  CHECK(r.status == 0);
  CHECK(r.err.find("own_library_with_doi.bib:1:1: warning: the record's DOI 10.1080/17441692.2015.1091024 is work 2's "
                   "and its key chakrapani2017syndemics work 1's, and the rest of the record confirms both: one work, 2 "
                   "merged into 1") != std::string::npos);
  CHECK(live_works(lib) == "1 ");
  Library l(lib, false);
  std::optional<Work> w = l.get(1);
  REQUIRE(w);
  CHECK(w->record.citekey == "chakrapani2017syndemics");
  CHECK(w->record.doi == "10.1080/17441692.2015.1091024");
  CHECK(l.source_records(1).size() == 3);
}
