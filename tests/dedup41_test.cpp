// dedup41: duplicates the labelled real sets still missed (ai-labour's
// cross-database search, bib-dedupe's cytology_screening set), each after a
// real pair: strong evidence outweighing one weak difference.
#include <catch2/catch.hpp>

#include "refnet/dedup.hpp"
#include "refnet/ingest.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

using Groups = std::vector<std::vector<std::int64_t>>;

// Imports one fixture into `lib`, which must then hold `works` works, and
// returns dedup's groups as lists of work ids.
Groups groups_of(Library& lib, const std::string& rel, std::int64_t works) {
  import_files(lib, {fixture(rel)});
  REQUIRE(lib.stats().works == works);
  Groups got;
  for (const auto& g : find_duplicates(lib)) got.push_back(g.works);
  return got;
}

}  // namespace

TEST_CASE("one word of the title put for another under the same abstract and authors is one work", "[dedup41]") {
  // fixtures/dedup/same_abstract_other_word.ris, after ai-labour's search
  // (ChannarongIntahchomphoo/Effects-of-AI-and-robotics-on-human-labour
  // @e5a867d, Web of Science.ris and scopus.ris): Benitez et al., SPIE
  // Medical Imaging 2019, volume 10950, "... to Identify Anomalies in
  // Computed Tomography (CT) Reports" in Web of Science, "... to identify
  // abnormalities in ..." in Scopus, one DOI, nine authors and one abstract
  // (Scopus adds "© 2019 SPIE."); with DOIs hidden "veto: one title has a
  // word where the other has another (anomalies / abnormalities)" kept them
  // apart.  Titles, names and abstracts altered.
  //  1, 2: one work: the same abstract, authors, year and volume;
  //  3, 4: a lab's two papers of one issue (serotonin / melatonin), each
  //     with its own abstract: two works;
  //  5: the abstract of 1 and 2 in another volume under a third word: its
  //     own work.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  CHECK(groups_of(lib, "dedup/same_abstract_other_word.ris", 5) == Groups{{1, 2}});
}

TEST_CASE("one title and author list on page ranges that meet in one volume is one work", "[dedup41]") {
  // fixtures/dedup/overlapping_pages.ris, after bib-dedupe's cytology_screening
  // set (CoLRev-Environment/bib-dedupe @13c2baf^, records 42 and 43, labelled
  // one work): Zanotti & Belinson, "Update on the diagnosis and treatment of
  // human papillomavirus infection", Cleveland Clinic Journal of Medicine 69,
  // 945-948 (2003, MEDLINE's "[Review] [33 refs]") and 948-961 (2002):
  // "veto: same title, pages 945-948 and 948-961" kept them apart.  Titles
  // and names altered.
  //  1, 2: one work: the ranges share page 948;
  //  3, 4: the same title and authors on ranges that do not meet
  //     (930-937, 938-944): two works;
  //  5, 6: ranges that meet, but one author list names someone the other
  //     lacks: two works.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  CHECK(groups_of(lib, "dedup/overlapping_pages.ris", 6) == Groups{{1, 2}});
}
