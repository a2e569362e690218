// A missed duplicate found by audit6 on a real cross-database set (CiteSource's
// gambling-harms search: Lens, PsycINFO, Scopus, PubMed, Criminal Justice
// Abstracts, 645 records), recorded first as a [!shouldfail] test; the
// library-level case (blocking too) is dedup_test's online_first_pages.ris.
#include <catch2/catch.hpp>

#include "refnet/dedup.hpp"
#include "support.hpp"

using namespace refnet;

namespace {

Creator person(const char* family, const char* given) {
  Creator c;
  c.family = family;
  c.given = given;
  return c;
}

}  // namespace

TEST_CASE("an online-first record two years before its issue is the same work (Lens vs PsycINFO)",
          "[dedup]") {
  // Lens: online 2019-01-24, pages 1-17, no DOI; PsycINFO and Scopus: the
  // issue of 2021, pages 891-907, DOI 10.1007/s11469-019-0056-4.  Same title,
  // the same four authors, journal, volume 19 and issue 4: years two apart
  // keep them apart today.
  Record lens;
  lens.title = "Gamblers\xE2\x80\x99 Perceptions of Stakeholder Responsibility for Minimizing Gambling Harm";
  lens.container_title = "International Journal of Mental Health and Addiction";
  lens.issued.year = 2019;
  lens.volume = "19";
  lens.issue = "4";
  lens.pages = "1-17";
  lens.authors = {person("Gray", "Heather"), person("LaPlante", "Debi A."), person("Abarbanel", "Brett"),
                  person("Bernhard", "Bo J.")};
  Record psyc = lens;
  psyc.title = "Gamblers\xE2\x80\x99 perceptions of stakeholder responsibility for minimizing gambling harm";
  psyc.issued.year = 2021;
  psyc.pages = "891-907";
  psyc.doi = "10.1007/s11469-019-0056-4";
  psyc.authors[0].given = "Heather M.";
  CHECK(duplicate_score(lens, psyc, DedupOptions{}, nullptr) > 0);
}
