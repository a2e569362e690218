// dedup58 (issue #11): article numbers written as pages.  ScienceDirect's
// BibTeX writes `pages = {113397}` where Scopus writes the article number
// (`art_number`, RIS C7): one work's two records disagreed on pages and
// number, and dedup compared the one's page with the other's number only
// where the other gave no pages.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "record_lookup.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Record article(const std::string& title, int year, const std::string& journal, const std::string& volume) {
  Record r;
  r.type = "article-journal";
  r.title = title;
  r.issued.year = year;
  r.container_title = journal;
  r.volume = volume;
  r.authors.push_back({"Leng", "W.", "", "", "", "", {}});
  r.authors.push_back({"Ouyang", "X.", "", "", "", "", {}});
  return r;
}

}  // namespace

TEST_CASE("dedup: an article number against a page range of another journal in the same year keeps the two apart",
          "[dedup58]") {
  // fixtures/dedup/abstract_other_journal.ris (ASySD's labelled test set):
  // Mediators of Inflammation's article 6305735 (its volume the year) and
  // the abstract of one title on pages 25-26 of Diabetes/Metabolism
  // Research and Reviews 32 Suppl 2.  With the article number in the number
  // field (as Scopus gives it, and the readers now read such a page) the
  // range said nothing against it: one work.
  const std::string title =
      "The SGLT-2 Inhibitor Dapagliflozin Has a Therapeutic Effect on Atherosclerosis in Diabetic ApoE(-/-) Mice";
  Record numbered = article(title, 2016, "Mediators of Inflammation", "2016");
  numbered.number = "6305735";
  Record abstract = article(title, 2016, "Diabetes/Metabolism Research and Reviews", "32 (Supplement 2)");
  abstract.pages = "25-26";
  CHECK(duplicate_score(numbered, abstract, DedupOptions{}, nullptr) == 0);
  // A library imported before: the number in the pages field.
  Record paged = numbered;
  paged.number.clear();
  paged.pages = "6305735";
  CHECK(duplicate_score(paged, abstract, DedupOptions{}, nullptr) == 0);
  // The article's two records, one number written as the page: one work.
  CHECK(duplicate_score(paged, numbered, DedupOptions{}, nullptr) >= 0.95);
  // A numbered article's own pages from 1 (1-12) are no other place.
  Record own_pages = numbered;
  own_pages.number.clear();
  own_pages.pages = "1-12";
  CHECK(duplicate_score(numbered, own_pages, DedupOptions{}, nullptr) >= 0.95);
}

TEST_CASE("dedup: two article numbers are compared", "[dedup58]") {
  const std::string title = "Influent prediction in wastewater treatment plants by data decomposition";
  // ScienceDirect's page 107976 (a library imported before) and Scopus's
  // article number 107976: one place, one work.
  Record sciencedirect = article(title, 2025, "Journal of Water Process Engineering", "75");
  sciencedirect.pages = "107976";
  Record scopus = sciencedirect;
  scopus.pages.clear();
  scopus.number = "107976";
  std::vector<std::string> why;
  CHECK(duplicate_score(sciencedirect, scopus, DedupOptions{}, &why) >= 0.95);
  for (const auto& w : why) CHECK(w.find("article number") == std::string::npos);
  // One title by the same authors in one year in two journals, under two
  // article numbers (one volume the year): two works, as two page ranges are.
  Record one = article(title, 2020, "Water Research", "2020");
  one.number = "115634";
  Record other = article(title, 2020, "Journal of Environmental Management", "");
  other.number = "110712";
  CHECK(duplicate_score(one, other, DedupOptions{}, nullptr) == 0);
  // Under one article number in one journal: one work.
  Record again = one;
  again.authors.pop_back();
  CHECK(duplicate_score(one, again, DedupOptions{}, nullptr) >= 0.95);
}

TEST_CASE("dedup: a shared DOI is confirmed by first author, year and article number", "[dedup58]") {
  // A title in two languages (an English and a Spanish record of one DOI):
  // the first author, the year and the place confirm it, the place being
  // the article number where neither record gives pages.
  Record en = article("Water quality indicators of treatment plants predicted by deep learning", 2025,
                      "Journal of Water Process Engineering", "75");
  Record es = article("Indicadores de calidad del agua de plantas de tratamiento", 2025,
                      "Journal of Water Process Engineering", "75");
  en.doi = es.doi = "10.1016/j.jwpe.2025.107976";
  en.number = es.number = "107976";
  std::string why;
  CHECK(confirm_shared_identifier(en, es, &why));
  es.number = "107977";
  CHECK_FALSE(confirm_shared_identifier(en, es, &why));
}
