// dedup64 (issue #11): dedup's rules on real sets: two years of one Cochrane
// review are two versions of it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool said(const std::vector<std::string>& why, const std::string& part) {
  return std::any_of(why.begin(), why.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("two years of one Cochrane review are two versions of it", "[dedup64]") {
  // fixtures/dedup/cochrane_versions.bib: Tan et al., "Air versus oxygen
  // for resuscitation of infants at birth", Cochrane Database Syst Rev 2004
  // issue 3 (CD002273.pub2) and its update, 2005 issue 2 (.pub3), from
  // bib-dedupe's test cases (MIT), and the same two without their DOIs.
  // Without DOIs they were one work ('same normalized title; shared
  // creator ...; years 2004 and 2005'), one id and title in one journal.
  Parsed p = parse_file(fixture("dedup/cochrane_versions.bib"));
  REQUIRE(p.records.size() == 4);
  const Record &v2 = p.records[0], &v3 = p.records[1], &v2_bare = p.records[2], &v3_bare = p.records[3];
  REQUIRE(v2_bare.doi.empty());
  REQUIRE(v3_bare.doi.empty());
  std::vector<std::string> why;
  CHECK(duplicate_score(v2_bare, v3_bare, DedupOptions{}, &why) == 0);
  CHECK(said(why, "veto: years 2004 and 2005 of the Cochrane Database of Systematic Reviews: two versions"));
  CHECK(duplicate_score(v3_bare, v2_bare, DedupOptions{}, nullptr) == 0);
  // A version's DOI on one side, the other version's year on the other.
  CHECK(duplicate_score(v2, v3_bare, DedupOptions{}, nullptr) == 0);
  CHECK(duplicate_score(v3, v2_bare, DedupOptions{}, nullptr) == 0);
  // One version with and without its DOI is one work.
  CHECK(duplicate_score(v2, v2_bare, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  CHECK(duplicate_score(v3, v3_bare, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  // The database named in full, the id gone: still the database's two years.
  Record full2 = v2_bare, full3 = v3_bare;
  for (Record* r : {&full2, &full3}) {
    r->container_title = "Cochrane Database of Systematic Reviews";
    r->number.clear();
    r->pages.clear();
  }
  CHECK(duplicate_score(full2, full3, DedupOptions{}, nullptr) == 0);
  // Two years of another journal's record are not decided by this rule.
  Record j2 = full2, j3 = full3;
  j2.container_title = j3.container_title = "Journal of Perinatology";
  std::vector<std::string> w;
  duplicate_score(j2, j3, DedupOptions{}, &w);
  CHECK(!said(w, "Cochrane"));
  // Imported, the four records are the two versions.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/cochrane_versions.bib")});
  REQUIRE(lib.stats().works == 4);
  std::vector<std::vector<std::int64_t>> got;
  for (const auto& g : find_duplicates(lib, DedupOptions{}, nullptr)) got.push_back(g.works);
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::vector<std::int64_t>>{{1, 3}, {2, 4}});
}
