// audit65: count audits on real exports of databases the project has few of
// (issue #11).
//
// Ovid's links are the record's identifiers.  Ovid writes a record's DOI into
// its full-text link ("ovidweb.cgi?...&D=emexb&DO=10.1016%2fj.brachy...") and
// its DOI and PubMed ID into the OpenURL of the library's link resolver
// ("sfx_ubm?sid=OVID:embase&id=pmid:39492662&id=doi:10.1158%2F1535-..."): the
// only place a DOI or PMID stands when the user saved fewer fields than
// "Complete Reference".  maksymfritsak/Preprocessing-for-Systematic-Review-
// of-Retracted-Studies' Embase_Ovid.txt (Ovid's display text, 2,253 records,
// MIT) has no DOI field: 1,794 records link their DOI (both links agree on
// every one), 1,130 their PMID, and refnet read none of them.  The title of
// an erratum or retraction notice cites the DOI of the work it corrects: that
// one is not the record's.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit65: Ovid's display text takes the DOI and PMID its links give", "[audit65]") {
  Parsed p = parse_file(fixture("ingest/ovid_display_embase_links.txt"));
  REQUIRE(p.records.size() == 4);

  // A retraction notice: its own DOI in both links, the retracted article's
  // in its title; the PMID in the resolver's OpenURL.
  const Record& notice = p.records[0];
  CHECK(notice.doi == "10.1158/1535-7163.mct-24-0802");
  CHECK(notice.pmid == "39492662");
  CHECK(notice.container_title == "Molecular Cancer Therapeutics");
  CHECK(notice.volume == "23");
  CHECK(notice.issue == "11");
  CHECK(notice.issued.year == 2024);

  // A conference abstract: a DOI, no PMID (the resolver's "id=pmid:" empty).
  const Record& abstract = p.records[1];
  CHECK(abstract.doi == "10.1016/j.brachy.2024.08.098");
  CHECK(abstract.pmid.empty());

  // A Cochrane review's Embase record: a PMID, no DOI ("id=doi:" empty, the
  // full-text link an accession number).
  const Record& review = p.records[2];
  CHECK(review.doi.empty());
  CHECK(review.pmid == "18843648");

  // Neither.
  CHECK(p.records[3].doi.empty());
  CHECK(p.records[3].pmid.empty());

  // The links stay: the full-text link the url, the resolver's in extra.
  CHECK(starts_with(notice.url, "https://ovidsp.ovid.com/ovidweb.cgi?"));
  CHECK(said(p, "Ovid's link") >= 1);
}

TEST_CASE("audit65: Ovid's tagged export and Ovid RIS take the DOI their links give when no DO", "[audit65]") {
  // The tagged layout of zotero-cases/ovid (XL: the full-text link, then the
  // resolver's), an Embase record without its DO field.
  Parsed t = parse_string(
      "<1. >\n"
      "VN  - Ovid Technologies\n"
      "DB  - Embase\n"
      "AN  - 2035540688\n"
      "TI  - Long Term Outcomes with the Use of Blood Patch as a Spacer.\n"
      "SO  - Brachytherapy. 23(6 Supplement) (pp S71-S72), 2024. Date of Publication: 01 Nov 2024.\n"
      "AU  - Perez D.A.M.\n"
      "XL  - https://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=emexb&DO=10.1016%2fj.brachy.2024.08."
      "098\n"
      "XL  - http://sfx.bib-bvb.de/sfx_ubm?sid=OVID:embase&id=pmid:39492662&id=doi:10.1016%2Fj.brachy.2024.08.098&"
      "issn=1538-4721\n");
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].doi == "10.1016/j.brachy.2024.08.098");
  CHECK(t.records[0].pmid == "39492662");

  // Two links that disagree give no DOI, and say so.
  Parsed d = parse_string(
      "<1. >\n"
      "VN  - Ovid Technologies\n"
      "DB  - Embase\n"
      "TI  - A record whose links disagree.\n"
      "SO  - Brachytherapy. 23(6) (pp 1-2), 2024.\n"
      "XL  - https://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=fulltext&D=emexb&DO=10.1016%2fj.brachy.2024.08.098\n"
      "XL  - http://sfx.example.org/sfx?sid=OVID:embase&id=pmid:&id=doi:10.1016%2Fj.brachy.2024.08.099&issn=\n");
  REQUIRE(d.records.size() == 1);
  CHECK(d.records[0].doi.empty());
  CHECK(said(d, "disagree") == 1);

  // Ovid's RIS with no DO: the UR's full-text link.
  Parsed r = parse_string(
      "TY  - JOUR\n"
      "DB  - Embase\n"
      "ID  - 2035540688\n"
      "T1  - Long Term Outcomes with the Use of Blood Patch as a Spacer\n"
      "A1  - Perez, D. A. M.\n"
      "Y1  - 2024//\n"
      "JF  - Brachytherapy\n"
      "VL  - 23\n"
      "UR  - https://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=emexb&DO=10.1016%2fj.brachy.2024.08.098\n"
      "ER  - \n");
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].doi == "10.1016/j.brachy.2024.08.098");
}

// Embase's source of a journal supplement writes "Suppl." with its period:
// "Blood. Conference: 60th Annual Meeting ..., ASH 2018. San Diego, CA United
// States. 132(Suppl. 1) (no pagination), 2018.".  The locator was looked for
// after the last ". " before a digit, inside the issue's bracket: volume
// "1)", no issue (257 of the 2,253 records of Embase_Ovid.txt).  A ';' in a
// conference's name ("... Stroke Conference; State-of-the-Science ...
// Symposium 2023; ...") was taken for PubMed's "2022 Mar;53(2)" after the
// date: no volume, no issue.
TEST_CASE("audit65: Embase's supplement issue 'Suppl. 1' and a ';' in a conference name keep the locator",
          "[audit65]") {
  Parsed p = parse_file(fixture("ingest/ovid_display_embase_supplements.txt"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].container_title == "Blood");
  CHECK(p.records[0].volume == "132");
  CHECK(p.records[0].issue == "Suppl. 1");
  CHECK(p.records[0].issued.year == 2018);
  CHECK(p.records[1].volume == "11");
  CHECK(p.records[1].issue == "1 SUPPL. 1");
  CHECK(p.records[1].pages == "S77-S78");
  CHECK(p.records[2].container_title == "Stroke");
  CHECK(p.records[2].volume == "54");
  CHECK(p.records[2].issue == "Supplement 1");
  CHECK(p.records[2].issued.year == 2023);
}

// A false merge left to the lead (dedup rules, kMergeRules in src/store.cpp),
// recorded first as a [!shouldfail] test: distinct conference abstracts printed
// under their journal supplement's one DOI.  Embase_Ovid.txt's records 752
// and 753 (two SSO 2019 abstracts of Peng J.S., Annals of Surgical Oncology
// 26(Supplement 1) p. S64, "Robotic transhiatal esophagectomy" and "Robotic
// pelvic exenteration ...", DOI 10.1245/s10434-019-07174-5) and 1024-1026
// (three AABB 2016 abstracts, Transfusion 56(Supplement 4) p. 196A,
// chikungunya, trypanosoma, babesia, DOI 10.1111/trf.13807): the import
// confirms the shared DOI by the first author, year and first page (the
// first two of each) or a title similarity over 0.5 (the third AABB
// abstract, another first author, against the merged work), and makes two
// works of the five.  Issue #11's supplement-DOI class; an Embase export with
// its DO field merges them alike.  Fixed by lead65 (src/dedup.cpp's
// confirm_shared_identifier): no longer [!shouldfail].
TEST_CASE("audit65: distinct conference abstracts under one supplement DOI stay apart on import",
          "[audit65]") {
  TempDir dir;
  const std::string lib = "--library '" + dir.path.string() + "/lib.sqlite' ";
  REQUIRE(run_refnet(lib + "import '" + fixture("dedup/embase_supplement_doi_abstracts.txt") + "'").status == 0);
  const auto list = run_refnet(lib + "list --format json");
  REQUIRE(list.status == 0);
  std::size_t works = 0;
  for (std::size_t at = list.out.find("\"sources\""); at != std::string::npos; at = list.out.find("\"sources\"", at + 1))
    ++works;
  CHECK(works == 5);
}

// BIOSIS and Zoological Record (Web of Science's tab-delimited export) write
// a Chinese name in AU family first without WoS's comma ("Ding Zhen-jun
// (dzj130@126.com) ; Li Dong-lai; ...", beside "Liu, Justin"): read given
// first, family "Zhen-jun" (elizagrames/litsearchr's WoS_biosis_final_1.txt
// 3 works, WoS_zoological_final_1.txt 9, GPL-3.0).
TEST_CASE("audit65: a WoS AU name without a comma is family first (BIOSIS, Zoological Record)", "[audit65]") {
  Parsed p = parse_file(fixture("wos/biosis_chinese_names.txt"));
  REQUIRE(p.records.size() == 2);
  const Record* avian = titled(p.records, "Avian diversity");
  REQUIRE(avian);
  REQUIRE(avian->authors.size() == 5);
  CHECK(avian->authors[0].family == "Ding");
  CHECK(avian->authors[0].given == "Zhen-jun");
  CHECK(avian->authors[1].family == "Li");
  CHECK(avian->authors[1].given == "Dong-lai");
  const Record* nest = titled(p.records, "Influence of Nest Box");
  REQUIRE(nest);
  REQUIRE(nest->authors.size() == 7);
  CHECK(nest->authors[0].family == "Zhao");
  CHECK(nest->authors[1].family == "Zhang");
  CHECK(nest->authors[1].given == "Ke-Qin");
  CHECK(nest->authors[5].family == "Liu");  // "Liu, Justin": as written
  CHECK(nest->authors[5].given == "Justin");
  CHECK(said(p, "has no comma: family first") == 2);
}

// BIOSIS (Web of Science tab-delimited) gives a discontinuous page span in PS
// with its last page in EP and no BP ("PS 58,62-63", "EP 63"): the pages were
// EP alone, "63" (litsearchr's biosis.txt and WoS_biosis.txt, one record
// each).  PS is the pages when BP is absent.
TEST_CASE("audit65: BIOSIS's page span without BP is the pages, not its last page", "[audit65]") {
  Parsed p = parse_file(fixture("wos/biosis_page_span.txt"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].pages == "58,62-63");
}
