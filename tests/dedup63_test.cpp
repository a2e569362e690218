// dedup63 (issue #11): dedup's rules on real sets: an article number on one
// side only is no evidence either way.
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

// The record as a reader that knows a Cochrane review's id gives it: the id
// as the article number, no pages (Cochrane's own export, PubMed's, and
// audit62's reading of EndNote's 'Cd010458' page).
Record numbered(Record r) {
  if (!r.pages.empty()) r.number = r.pages;
  r.pages.clear();
  return r;
}

}  // namespace

TEST_CASE("a Cochrane review's article number on one record only is no evidence against its twin", "[dedup63]") {
  // fixtures/dedup/cochrane_id_one_side.xml: IEBH/dedupe-sweep's respiratory
  // library (records 120/121 and 605/606), each pair labelled duplicate:
  // Stewart et al. 2012 (CD008173) and Engel et al. 2007 (CD001876), one
  // record with the review's id, its twin with none, and each with EndNote's
  // record number as its issue (1426/1425, 346/347).  With the id read as
  // the article number (audit62's 69abeab6), neither record had a page, and
  // 'same title, issues 1426 and 1425' kept them apart (4 pairs of
  // bib-dedupe's copy of the library).
  Parsed p = parse_file(fixture("dedup/cochrane_id_one_side.xml"));
  REQUIRE(p.records.size() == 4);
  // (as the page before audit62's reading, as the number since)
  REQUIRE(p.records[0].pages + p.records[0].number == "CD008173");
  REQUIRE(p.records[1].pages.empty());
  REQUIRE(p.records[2].pages + p.records[2].number == "CD001876");
  for (std::size_t i : {0u, 2u}) {
    const Record with_id = numbered(p.records[i]), twin = p.records[i + 1];
    REQUIRE(with_id.number.substr(0, 2) == "CD");
    std::vector<std::string> why;
    CHECK(duplicate_score(with_id, twin, DedupOptions{}, &why) >= DedupOptions{}.threshold);
    CHECK(!said(why, "veto"));
    CHECK(duplicate_score(twin, with_id, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
    // The same id on both sides places both alike.
    Record both = twin;
    both.number = with_id.number;
    CHECK(duplicate_score(with_id, both, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
    // Without a place on either side, the issues still decide (a column's
    // issues without pages).
    Record bare = with_id;
    bare.number.clear();
    std::vector<std::string> w;
    CHECK(duplicate_score(bare, twin, DedupOptions{}, &w) == 0);
    CHECK(said(w, "veto: same title, issues"));
    // Two reviews' ids that differ are two reviews, as two pages were.
    Record other = twin;
    other.number = "CD999999";
    CHECK(duplicate_score(with_id, other, DedupOptions{}, nullptr) == 0);
  }
}

TEST_CASE("the Cochrane pairs read with the review's id as the article number are one work each", "[dedup63]") {
  // The same fixture imported: the id is read as the article number
  // (audit62's reading), and each pair is still found.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/cochrane_id_one_side.xml")});
  REQUIRE(lib.stats().works == 4);
  const Record stewart = lib.record(1, RecordParts{}).value();
  CHECK(stewart.number == "CD008173");
  CHECK(stewart.pages.empty());
  std::vector<std::vector<std::int64_t>> got;
  for (const auto& g : find_duplicates(lib, DedupOptions{}, nullptr)) got.push_back(g.works);
  std::sort(got.begin(), got.end());
  CHECK(got == std::vector<std::vector<std::int64_t>>{{1, 2}, {3, 4}});
}

TEST_CASE("two Elsevier items (two PIIs) under one title are two works", "[dedup63]") {
  // fixtures/dedup/elsevier_two_items_pop.csv: tributetotobler/bibliotobler
  // @d280288 (GPL-3.0) data/PoPCites.csv lines 525 and 526: Google
  // Scholar's hits of Robertson et al.'s case report (2020, ScienceDirect's
  // pii/S2213333X20300718, "...: Report of two cases") and their meeting
  // abstract of 2019 (jvsvenous.org's article/S2213-333X(19)30006-X), both
  // in "Journal of Vascular …".  They were one work at 0.88 ('title
  // similarity 0.90; shared creator broring m; years 2020 and 2019').
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/elsevier_two_items_pop.csv")});
  REQUIRE(lib.stats().works == 2);
  CHECK(find_duplicates(lib, DedupOptions{}, nullptr).empty());
  const Record report = lib.record(1, RecordParts{}).value();
  const Record abstract = lib.record(2, RecordParts{}).value();
  std::vector<std::string> why;
  CHECK(duplicate_score(report, abstract, DedupOptions{}, &why) == 0);
  CHECK(said(why, "veto: two Elsevier items (PII S2213333X20300718, S2213333X1930006X)"));
  // One item under its PII in two spellings (a ScienceDirect link, the
  // journal site's link, Elsevier's linking hub, a DOI spelling the PII)
  // is no conflict: the records decide as before.
  for (const char* url : {"https://www.jvsvenous.org/article/S2213-333X(20)30071-8/fulltext",
                          "https://linkinghub.elsevier.com/retrieve/pii/S2213333X20300718"}) {
    Record again = abstract;
    again.url = url;
    std::vector<std::string> w;
    duplicate_score(report, again, DedupOptions{}, &w);
    CHECK(!said(w, "two Elsevier items"));
  }
  Record by_doi = abstract;
  by_doi.url.clear();
  by_doi.doi = "10.1016/s2213-333x(20)30071-8";
  std::vector<std::string> w;
  duplicate_score(report, by_doi, DedupOptions{}, &w);
  CHECK(!said(w, "two Elsevier items"));
  // A PII on one side only says nothing.
  Record no_link = abstract;
  no_link.url = "https://scholar.google.com/scholar?cluster=1";
  std::vector<std::string> w2;
  duplicate_score(report, no_link, DedupOptions{}, &w2);
  CHECK(!said(w2, "two Elsevier items"));
}

TEST_CASE("a periodical's name as the title says nothing about which piece a record is", "[dedup63]") {
  // fixtures/dedup/journal_name_title_pop.csv: tributetotobler/bibliotobler
  // @d280288 (GPL-3.0) data/PoPCites.csv lines 288 and 289: Google
  // Scholar's hits titled "SOLSTICE: An Electronic Journal of Geography and
  // Mathematics." of 2005 (Van Acker, Witlox, Tobler: a PDF of "Archimedes
  // in Ann Arbor") and 2006 (Tobler: "3D Atlas of Ann Arbor ... Part II"),
  // both from "Ann Arbor".  They were one work ('same normalized title;
  // shared creator tobler w; years 2005 and 2006').
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/journal_name_title_pop.csv")});
  REQUIRE(lib.stats().works == 2);
  CHECK(find_duplicates(lib, DedupOptions{}, nullptr).empty());
  const Record a = lib.record(1, RecordParts{}).value(), b = lib.record(2, RecordParts{}).value();
  std::vector<std::string> why;
  CHECK(duplicate_score(a, b, DedupOptions{}, &why) == 0);
  CHECK(said(why, "veto: a title that is a periodical's name"));
  // Printed in one place (one journal, volume and page), it is one piece.
  Record pa = a, pb = b;
  for (Record* r : {&pa, &pb}) {
    r->container_title = "Solstice";
    r->volume = "16";
    r->pages = "12-19";
    r->issued.year = 2005;
  }
  CHECK(duplicate_score(pa, pb, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  // A title that only mentions a journal is a title.
  Record ta = b, tb = b;
  ta.title = tb.title = "Fifty years of the Journal of Regional Science: a bibliometric view";
  CHECK(duplicate_score(ta, tb, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
}
