// dedup43: duplicates of the real labelled sets, each case after a real pair
// with made-up companions that must stay apart.
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

TEST_CASE("Ovid MEDLINE's original title (T2 beside the English title it reads without NLM's brackets) is the work's "
          "title in another language",
          "[dedup43]") {
  // fixtures/dedup/ovid_translated_titles.ris: colandr's Ovid export as
  // Ovid writes it (datakind/permanent-colandr-back @220a03b,
  // colandr_data/dedupe-v2/data/0_Ovid_search_results_1_to_1000.ris, MEDLINE,
  // and 0_Ovid_search_results_1001_to_2000.ris, Embase; keywords and
  // abstracts left out).  Since NLM's brackets are read off the English title
  // (small39), dedup no longer knew MEDLINE's T2 for the original title, which
  // it took only beside a bracketed title: Gartz 1985 was never compared, and
  // two papers whose original titles differ were compared by their English.
  //  1, 2: Gouzoulis et al. 1994, MEDLINE and Embase, Der Nervenarzt
  //     65(3):198-201: one work (by volume and pages, before and after);
  //  3, 4: Gartz 1985, MEDLINE's "[Comparative thin layer chromatography
  //     studies ...]" and Embase's "Comparative thin-layer chromatographical
  //     examinations ...", Pharmazie 40(2):134, one German original in T2 and
  //     T3: one work (missed before);
  //  5, 6: Delay et al. 1959, MEDLINE's "[Somatic effects of psilocybine]"
  //     (13661670, pages left out) and a made-up Embase record of the other
  //     paper of that issue ("Les effets psychiques de la psilocybine et les
  //     perspectives therapeutiques" in T3) under the same English title (a
  //     translation two papers could share): two works (joined before).
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  CHECK(groups_of(lib, "dedup/ovid_translated_titles.ris", 6) == Groups{{1, 2}, {3, 4}});
}

TEST_CASE("a family name with a letter lost, the given name in full, at one place in two author lists is one person",
          "[dedup43]") {
  // fixtures/dedup/lost_letter_family.bib, after plants' search
  // (NatallyCelestino/Revision_Plants_Recognition @ccc3477, savedrecs.bib and
  // scopus.bib; no licence, so titles, names and abstracts altered): Hu,
  // Feng, Yang, Xia & Ren, CAC 2018, pages 2135-2140, in Web of Science
  // dated 2018 (the meeting) and in Scopus dated 2019 (IEEE Xplore's volume)
  // with "Fen, Hailin" second (the correspondence address: hlfeng@); "veto:
  // years 2018 and 2019, each author list has names the other lacks (Feng;
  // Fen)" kept them apart.
  //  1, 2: one work;
  //  3, 4: a yearly review under one title, 2019 and 2020, "Zhang, Wei"
  //     second and "Zhan, Wei" third: not one place in the lists, two works.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  CHECK(groups_of(lib, "dedup/lost_letter_family.bib", 4) == Groups{{1, 2}});
}

TEST_CASE("a conference paper on two printings' pages, dated a year apart, under one abstract is one work",
          "[dedup43]") {
  // fixtures/dedup/two_printings_years.bib, after plants' search
  // (NatallyCelestino/Revision_Plants_Recognition @ccc3477; no licence, so
  // titles, names and abstracts altered): Goyal, Kapil & Kumar, GUCON 2018,
  // one ISBN, the same title, authors and abstract, Web of Science's 2018 on
  // pages 398-404 and Scopus's 2019 (IEEE Xplore's year) on 405-411 with the
  // DOI (Web of Science's citing records give "P405" and that DOI): "veto:
  // same title, pages" kept them apart; the rule for two printings of one
  // proceedings wanted the same year.
  //  1, 2: one work;
  //  3, 4: seven pages and six: two works;
  //  5, 6: the next year's conference (another ISBN), two years apart: two
  //     works.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  CHECK(groups_of(lib, "dedup/two_printings_years.bib", 6) == Groups{{1, 2}});
}
