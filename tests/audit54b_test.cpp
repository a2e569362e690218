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

