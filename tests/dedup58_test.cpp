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

TEST_CASE("import: a page that is an article number is read as the article number, in every format", "[dedup58]") {
  SECTION("ScienceDirect's BibTeX pages = {107976}") {
    Parsed p = parse_file(fixture("corpora/screenie__ScienceDirect.bib"));
    const Record* r = by_title(p.records, "A deep learning model based on data decomposition");
    REQUIRE(r != nullptr);
    CHECK(r->number == "107976");
    CHECK(r->pages.empty());
    // A range stays pages.
    int ranges = 0;
    for (const Record& x : p.records) ranges += x.pages.find('-') != std::string::npos;
    CHECK(ranges > 0);
    CHECK(said(p, "is an article number") == 1);
  }
  SECTION("Lens's RIS SP 106644 without EP") {
    Parsed p = parse_file(fixture("ris/six_databases_excerpt/lens_343.ris"));
    const Record* r = by_title(p.records, "Wildfire exposure during pregnancy");
    REQUIRE(r != nullptr);
    CHECK(r->number == "106644");
    CHECK(r->pages.empty());
  }
  SECTION("PubMed's MEDLINE PG 112595 and PLOS's e-locator e0268950") {
    Parsed p = parse_file(fixture("corpora/pybibx__mcda_pubmed.txt"));
    const Record* plos = by_title(p.records, "On the Monte Carlo weights");
    const Record* hta = by_title(p.records, "Multiple Criteria Decision Analysis for HTA");
    const Record* ranged = by_title(p.records, "Framework for Drug Formulary Decision");
    REQUIRE(plos != nullptr);
    REQUIRE(hta != nullptr);
    REQUIRE(ranged != nullptr);
    CHECK(plos->number == "e0268950");
    CHECK(plos->pages.empty());
    CHECK(hta->number == "112595");
    CHECK(hta->pages.empty());
    CHECK(ranged->pages == "438-447");
    CHECK(ranged->number.empty());
  }
  SECTION("Zotero's CSL-JSON page: the Royal Society's 20200147, SAGE's e-locator 0886260520966669") {
    Parsed p = parse_file(fixture("corpora/dopl-and-spite__My_Library.json"));
    const Record* rs = by_title(p.records, "Some people just want to watch the world burn");
    const Record* sage = by_title(p.records, "Examining the relationship between v");
    REQUIRE(rs != nullptr);
    REQUIRE(sage != nullptr);
    CHECK(rs->number == "20200147");
    CHECK(rs->pages.empty());
    CHECK(sage->number == "0886260520966669");
    CHECK(sage->pages.empty());
  }
  SECTION("Crossref's page") {
    Parsed p = parse_string(R"({"items":[{"DOI":"10.1098/rstb.2020.0147","type":"journal-article",)"
                            R"("title":["Some people just want to watch the world burn"],"page":"20200147"}]})",
                            Format::crossref);
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].number == "20200147");
    CHECK(p.records[0].pages.empty());
  }
  SECTION("Scopus's BibTeX: the same number as art_number and pages, once") {
    Parsed p = parse_string("@ARTICLE{Gan2025,\n author = {Gan, L.},\n title = {A title},\n journal = {J},\n"
                            " year = {2025},\n volume = {75},\n art_number = {107976},\n pages = {107976}\n}\n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].number == "107976");
    CHECK(p.records[0].pages.empty());
  }
  SECTION("what stays pages") {
    // Five digits (PNAS's page 12345), an e-page of a supplement (e151),
    // a supplement's page (S1234), a chapter's page, a page beside another
    // article number.
    Parsed p = parse_string(
        "TY  - JOUR\nTI  - Five digits\nAU  - Smith, J.\nPY  - 2020\nSP  - 12345\nER  - \n\n"
        "TY  - JOUR\nTI  - An e-page\nAU  - Smith, J.\nPY  - 2020\nSP  - e151\nER  - \n\n"
        "TY  - JOUR\nTI  - A supplement page\nAU  - Smith, J.\nPY  - 2020\nSP  - S123456\nER  - \n\n"
        "TY  - CHAP\nTI  - A chapter\nAU  - Smith, J.\nPY  - 2020\nSP  - 123456\nER  - \n\n"
        "TY  - JOUR\nTI  - Another number\nAU  - Smith, J.\nPY  - 2020\nSP  - 123456\nC7  - 99\nER  - \n");
    REQUIRE(p.records.size() == 5);
    CHECK(p.records[0].pages == "12345");
    CHECK(p.records[1].pages == "e151");
    CHECK(p.records[2].pages == "S123456");
    CHECK(p.records[3].pages == "123456");
    CHECK(p.records[4].pages == "123456");
    CHECK(p.records[4].number == "99");
    for (const Record& r : p.records)
      if (r.title != "Another number") CHECK(r.number.empty());
    CHECK(said(p, "is an article number") == 0);
  }
}

TEST_CASE("an article and a conference abstract of one title in another journal stay apart, the number read as one",
          "[dedup58]") {
  // fixtures/dedup/abstract_other_journal.ris: records 1 and 3 (SP 6305735)
  // now carry the article number; 2 (25-26) stays a work of its own.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/abstract_other_journal.ris")});
  REQUIRE(lib.stats().works == 3);
  std::vector<std::vector<std::int64_t>> got;
  for (const auto& g : find_duplicates(lib)) got.push_back(g.works);
  CHECK(got == std::vector<std::vector<std::int64_t>>{{1, 3}});
}

TEST_CASE("dedup: an e-locator read as the article number still places the record against another issue", "[dedup58]") {
  // bib-dedupe's respiratory set (CoLRev-Environment/bib-dedupe, records 48
  // and 49): Wang et al. 2012, PLoS ONE 7, issue 152 with page e43268, and
  // the same article, issue 153, without pages.  With the page read as the
  // article number neither record gave pages, and "same title, issues 152
  // and 153" (a column's issues without pages) kept them apart.
  Record a = article("Cell-free microRNA expression profiles in malignant effusion associated with patient survival",
                     2012, "PLoS ONE", "7");
  Record b = a;
  a.issue = "152";
  a.number = "e43268";
  b.issue = "153";
  CHECK(duplicate_score(a, b, DedupOptions{}, nullptr) >= 0.85);
  // Without a place on either side, the issues still decide.
  a.number.clear();
  CHECK(duplicate_score(a, b, DedupOptions{}, nullptr) == 0);
}
