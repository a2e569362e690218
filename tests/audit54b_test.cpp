// Issue 11 (audit54b): merge-on-import and dedup judge a work by the same
// evidence.
// - The import-time identifier merge reads a work's titles in other
//   languages (its sources' X1, TT, original title...) as dedup does: a
//   record whose own title is another work's original title joins it on
//   import, not only when `dedup` runs.
#include <catch2/catch.hpp>

#include "refnet/dedup.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit54b: the identifier merge on import reads the work's titles in other languages, as dedup does",
          "[audit54b][dedup]") {
  // fixtures/dedup/import_other_title_{embase.ris,scielo.txt}, in the shape of
  // zelcofir/Bibliometrico_Hospitales @e0e4702 data/EMBASE_21032026_571.ris
  // and SCIELO_21032026_214.txt (no licence stated: measured, nothing copied;
  // titles, names and the DOI made up), Zevallos-Delgado et al. 2023, Acta
  // Médica Peruana 40(2): one DOI.  Embase gives the English title with the
  // Spanish original in T2 (original-title) and the English version's pages
  // 104-110; SciELO the Spanish title, another English translation in X1 and
  // the Spanish version's pages 135-141.  Imported Embase first, SciELO's
  // record was judged against a view without the original title ("kept
  // apart: same DOI ... different title"), which `dedup` then joined (4 such
  // pairs of one DOI in zel's five files).
  const std::string embase = fixture("dedup/import_other_title_embase.ris"),
                    scielo = fixture("dedup/import_other_title_scielo.txt");
  for (const auto& order : {std::vector<std::string>{embase, scielo}, std::vector<std::string>{scielo, embase}}) {
    TempDir tmp;
    Library lib(tmp / "lib.sqlite");
    import_files(lib, order);
    CHECK(lib.stats().works == 1);
    CHECK(find_duplicates(lib).empty());
  }
  // audit53b's pair in the same shape (SciELO's X1 is the Web of Science
  // record's title; a second pair of one DOI whose X1 is not): one work of
  // the first on import, the second kept apart.
  {
    TempDir t;
    Library l(t / "lib.sqlite");
    import_files(l, {fixture("dedup/title_in_other_language_scielo.txt"), fixture("dedup/title_in_other_language_wos.bib")});
    CHECK(l.stats().works == 3);
  }
  // With --no-merge, dedup joins the two records.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {embase, scielo}, /*merge_by_doi=*/false);
  REQUIRE(lib.stats().works == 2);
  auto groups = find_duplicates(lib);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].works == std::vector<std::int64_t>{1, 2});
}

TEST_CASE("audit54b: records of one identifier are joined first, and a later join is judged against them together",
          "[audit54b][dedup]") {
  // fixtures/dedup/two_editions_{embase.ris,pubmed.txt}, in the shape of
  // zelcofir/Bibliometrico_Hospitales @e0e4702 data/EMBASE_21032026_571.ris
  // and PUBMED_21032026_240.txt (no licence stated: measured, nothing copied;
  // titles, names, DOIs and PMIDs made up), Accinelli et al. 2021, Revista
  // Colombiana de Psiquiatría 50(4):243-251: the Spanish edition's DOI
  // (10.1016/j.rcp...) and the English one's (10.1016/j.rcpeng...).  Embase
  // has the Spanish DOI with its PMID, the volume and pages; PubMed a record
  // of each: the English one with volume and pages, the Spanish one ahead of
  // print (2020, neither).  1: Embase, 2: PubMed's English, 3: PubMed's
  // Spanish.  Import merges 1 and 3 (DOI and PMID) and dedup then joins 2
  // ("different DOIs, but title, creator, year, volume and page agree").
  // Without the merge, dedup joined 1 and 2 first and refused 3: "different
  // DOIs" between 2 and 3, whose ahead-of-print record gives no volume or
  // pages to excuse them.
  const std::vector<std::string> files{fixture("dedup/two_editions_embase.ris"),
                                       fixture("dedup/two_editions_pubmed.txt")};
  {
    TempDir tmp;
    Library lib(tmp / "lib.sqlite");
    import_files(lib, files);
    REQUIRE(lib.stats().works == 2);
    auto groups = find_duplicates(lib);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].works.size() == 2);
  }
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, files, /*merge_by_doi=*/false);
  REQUIRE(lib.stats().works == 3);
  std::vector<KeptApart> apart;
  auto groups = find_duplicates(lib, DedupOptions{}, &apart);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].works == std::vector<std::int64_t>{1, 2, 3});
  CHECK(apart.empty());
  // The pairwise veto still holds between the two records alone.
  const Record english = lib.record(2, RecordParts{}).value(), spanish = lib.record(3, RecordParts{}).value();
  CHECK(duplicate_score(english, spanish, DedupOptions{}, nullptr) == 0);
}
