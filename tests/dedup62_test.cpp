// dedup62 (issue #11): dedup's rules on real sets: one ACM article under
// the DOIs of its two parents.
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

std::vector<std::vector<std::int64_t>> groups_of(Library& lib) {
  std::vector<std::vector<std::int64_t>> got;
  for (const auto& g : find_duplicates(lib, DedupOptions{}, nullptr)) got.push_back(g.works);
  return got;
}

bool said(const std::vector<std::string>& why, const std::string& part) {
  return std::any_of(why.begin(), why.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("one ACM article under its proceedings' DOI and its SIG issue's DOI is one work", "[dedup62]") {
  // fixtures/dedup/acm_two_parents_pop.csv and acm_two_parents_scopus.ris:
  // tributetotobler/bibliotobler @d280288 (GPL-3.0): Tobler 1978,
  // "Comparing figures by regression", in Google Scholar (Publish or Perish)
  // under 10.1145/965139.807389 (ACM SIGGRAPH Computer Graphics 12(3)) and
  // in Scopus under 10.1145/800248.807389 (SIGGRAPH '78's proceedings,
  // pp. 193-195).  fixtures/dedup/relabel.tsv labels them one paper; they
  // were kept apart: 'veto: different DOIs'.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/acm_two_parents_pop.csv"), fixture("dedup/acm_two_parents_scopus.ris")});
  REQUIRE(lib.stats().works == 2);
  CHECK(groups_of(lib) == std::vector<std::vector<std::int64_t>>{{1, 2}});
  const Record scholar = lib.record(1, RecordParts{}).value();
  const Record scopus = lib.record(2, RecordParts{}).value();
  REQUIRE(scholar.doi == "10.1145/965139.807389");
  REQUIRE(scopus.doi == "10.1145/800248.807389");
  std::vector<std::string> why;
  CHECK(duplicate_score(scholar, scopus, DedupOptions{}, &why) >= DedupOptions{}.threshold);
  CHECK(said(why, "ACM's article 807389 under two parents"));
  // Another article of the same proceedings, another registrant's DOIs of
  // that shape, or no article number: still two DOIs, two works.
  for (const char* doi : {"10.1145/800248.807390", "10.1000/965139.807389", "10.1145/807389", "10.1145/800248.80738",
                          "10.1145/965139.807389x"}) {
    Record other = scopus;
    other.doi = doi;
    std::vector<std::string> w;
    CHECK(duplicate_score(scholar, other, DedupOptions{}, &w) == 0);
    CHECK(said(w, "veto: different DOIs"));
  }
  // The DOIs no longer keep them apart, the records still do: another title
  // under the same article number is judged as any other pair.
  Record retitled = scopus;
  retitled.title = "Bidimensional regression";
  CHECK(duplicate_score(scholar, retitled, DedupOptions{}, nullptr) < DedupOptions{}.threshold);
}

TEST_CASE("two patents of one title and inventors are two works", "[dedup62]") {
  // fixtures/dedup/two_patents_pop.csv: tributetotobler/bibliotobler
  // @d280288 (GPL-3.0) data/PoPCites.csv lines 746 and 747: Google Scholar's
  // hits of Fujii, Kraska, Pietron (Pletron), Tobler et al., "Ratio shift
  // control for a multiple ratio automatic transmission", US Patent
  // US7351183B2 (2008) and its continuation US7503875B2 (2009), each with
  // its own link and citations.  They were one work: 'same normalized title,
  // shared creator fujii y, years 2008 and 2009'.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/two_patents_pop.csv")});
  REQUIRE(lib.stats().works == 2);
  CHECK(groups_of(lib).empty());
  const Record first = lib.record(1, RecordParts{}).value();
  const Record second = lib.record(2, RecordParts{}).value();
  REQUIRE(first.url == "https://patents.google.com/patent/US7351183B2/en");
  std::vector<std::string> why;
  CHECK(duplicate_score(first, second, DedupOptions{}, &why) == 0);
  CHECK(said(why, "veto: two patents (US7351183, US7503875)"));
  // One patent under another kind code or link, or a record without one:
  // judged as before.
  Record granted = second;
  granted.url = "https://www.google.com/patents/US7351183";
  CHECK(duplicate_score(first, granted, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  Record unlinked = second;
  unlinked.url.clear();
  CHECK(duplicate_score(first, unlinked, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  // A patent's number field says it too ("US 7,503,875 B2").
  Record numbered = unlinked;
  numbered.type = "patent";
  numbered.number = "US 7,503,875 B2";
  CHECK(duplicate_score(first, numbered, DedupOptions{}, nullptr) == 0);
}
