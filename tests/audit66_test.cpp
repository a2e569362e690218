// audit66: count audits on real exports of databases the project has few of
// (issue #11): the Indigenous Studies Portal's, ProQuest's ERIC, EBSCOhost's
// LISTA, the Cochrane Library's CENTRAL, PubMed, IEEE Xplore and Europe PMC.
//
// The Indigenous Studies Portal (iPortal) writes its AU lines as typed by
// hand, given name first: "Catherine Cook; Melanie MacKinnon; Marcia
// Anderson & Ian Whetter", "Lynne Stuart lstuart@usc.edu.au and Don
// Gorman", "Andrea Sterzuk, Russell Fayant".  refnet kept the first list's
// last piece as one literal name ('&' was read between people only in a
// line without ';'), the second line whole as a literal, and read the third
// as one person (family "Andrea Sterzuk", given "Russell Fayant") without a
// word.
//
// Europe PMC's own CSV export (SOURCE, EXTERNAL_ID, PMCID, DOI, AUTHORS, ...,
// PAGE_INFO, ..., IN_EPMC, EPMC_AUTH_MAN) was read as a table of no
// database: its pages, its PMID (EXTERNAL_ID where SOURCE is MED) and its
// month were kept in extra, and prisma counted the rows under the file's
// name.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit66: the Indigenous Studies Portal's hand-typed author lines are read person by person",
          "[audit66]") {
  Parsed p = parse_file(fixture("ris/iportal_names.ris"));
  REQUIRE(p.records.size() == 7);
  const Record* cook = titled(p.records, "Structures Last Longer");
  const Record* stuart = titled(p.records, "The Experiences of Indigenous");
  const Record* sterzuk = titled(p.records, "Towards Reconciliation");
  const Record* wilkes = titled(p.records, "Canadian University");
  const Record* rodrigues = titled(p.records, "Lessons Learned");
  REQUIRE(cook);
  REQUIRE(stuart);
  REQUIRE(sterzuk);
  REQUIRE(wilkes);
  REQUIRE(rodrigues);

  // A ';' list whose last piece is two people joined by '&'.
  CHECK(family_given(cook->authors) == "Cook, Catherine; MacKinnon, Melanie; Anderson, Marcia; Whetter, Ian");
  // Two people joined by 'and', an e-mail address after the first: no part
  // of the name, dropped and said.
  CHECK(family_given(stuart->authors) == "Stuart, Lynne; Gorman, Don");
  CHECK(said(p, "lstuart@usc.edu.au") >= 1);
  // Two names written given name first, separated by a comma, in a file
  // whose names are written so: two people, said.
  CHECK(family_given(sterzuk->authors) == "Sterzuk, Andrea; Fayant, Russell");
  CHECK(said(p, "Andrea Sterzuk, Russell Fayant") >= 1);
  // As before.
  CHECK(family_given(wilkes->authors) == "Wilkes, Rima; Duong, Aaron; Kesler, Linc; Ramos, Howard");
  CHECK(family_given(rodrigues->authors) == "Rodrigues, Anna Augusto; Raby, Phil");
}

TEST_CASE("audit66: a family name of two words before given names stays one person", "[audit66]") {
  // Real AU lines of other exports (fixtures/ris, fixtures/corpora): a
  // family name of two words whose first is a given name elsewhere ("Vera"),
  // given names whose last is one too; "Johnson & Johnson" is no two people.
  const std::string records =
      "TY  - JOUR\nAU  - Vera Portilla, Angel Francisco\nTI  - One\nPY  - 2020\nER  - \n"
      "TY  - JOUR\nAU  - Ochoa Amaya, Juan Manuel\nTI  - Two\nPY  - 2020\nER  - \n"
      "TY  - JOUR\nAU  - Pradnja Resosudarmo, Ida Aju\nTI  - Three\nPY  - 2020\nER  - \n"
      "TY  - JOUR\nAU  - Smith, John; Johnson & Johnson\nTI  - Four\nPY  - 2020\nER  - \n"
      "TY  - JOUR\nAU  - Abdul Rahman, Mohd Azlan\nTI  - Five\nPY  - 2020\nER  - \n";
  // In a file of names with commas, and in one whose other names are
  // written given name first without one.
  for (const std::string& others :
       {std::string(), std::string("TY  - JOUR\nAU  - Catherine Cook; Melanie MacKinnon; Pascale Allotey\nTI  - "
                                   "Six\nPY  - 2020\nER  - \n")}) {
    Parsed p = parse_string(records + others);
    REQUIRE(p.records.size() >= 5);
    CHECK(family_given(p.records[0].authors) == "Vera Portilla, Angel Francisco");
    CHECK(family_given(p.records[1].authors) == "Ochoa Amaya, Juan Manuel");
    CHECK(family_given(p.records[2].authors) == "Pradnja Resosudarmo, Ida Aju");
    REQUIRE(p.records[3].authors.size() == 2);
    CHECK(p.records[3].authors[1].literal == "Johnson & Johnson");
    if (others.empty()) CHECK(family_given(p.records[4].authors) == "Abdul Rahman, Mohd Azlan");
  }
}

TEST_CASE("audit66: Europe PMC's CSV export: its pages, PMID and month read, its rows Europe PMC's", "[audit66]") {
  Parsed p = parse_file(fixture("europepmc/europepmc_site_export.csv"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title ==
        "Investigation of the relation between low back pain and occupation. 3. Physical requirements: sitting, "
        "standing and weight lifting.");
  CHECK(family_given(r.authors) == "Magora, A");
  CHECK(r.container_title == "IMS Ind Med Surg");
  CHECK(r.volume == "41");
  CHECK(r.issue == "12");
  CHECK(r.pages == "5-9");
  CHECK(r.pmid == "4264362");
  CHECK(r.issued.year == 1972);
  CHECK(r.issued.month == 12);
  CHECK(extra_values(r, "PAGE_INFO").empty());
  CHECK(extra_values(r, "EXTERNAL_ID").empty());
  CHECK(database_of(r) == "Europe PMC");
}

TEST_CASE("audit66: Europe PMC's EXTERNAL_ID is a PMID only where SOURCE is MED", "[audit66]") {
  // A preprint (PPR) and an Agricola record (AGR): their ids are Europe
  // PMC's own, kept in extra.
  const std::string header =
      "SOURCE,EXTERNAL_ID,PMCID,DOI,AUTHORS,PUBLICATION_YEAR,PUBLICATION_MONTH,TITLE,JOURNAL,VOLUME,ISSUE,"
      "PAGE_INFO,TIMES_CITED,GRANTS,OPEN_ACCESS,LICENSE,FIRST_PUB_DATE (dd/mm/yyyy),EMBARGO_DATE (dd/mm/yyyy),"
      "IN_EPMC,EPMC_AUTH_MAN\n";
  Parsed p = parse_string(header +
                          "PPR,PPR1036674,,10.1101/2025.06.01.25328701,\"Smith, Jane; Doe, J\",2025,6,\"A preprint "
                          "of a trial\",,,,,0,,N,,2025-06-03,,N,N\n"
                          "AGR,IND44123456,,,\"Brown, K\",2019,,\"A record of Agricola\",\"J Agric Sci\",12,3,"
                          "\"101-109\",2,,N,,2019-03-01,,N,N\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid.empty());
  CHECK(extra_values(p.records[0], "EXTERNAL_ID") == std::vector<std::string>{"PPR1036674"});
  // SOURCE names Europe PMC's source, no journal: a preprint has none.
  CHECK(p.records[0].container_title.empty());
  CHECK(extra_values(p.records[0], "SOURCE") == std::vector<std::string>{"PPR"});
  CHECK(p.records[1].pmid.empty());
  CHECK(p.records[1].pages == "101-109");
  CHECK(database_of(p.records[0]) == "Europe PMC");
}

TEST_CASE("audit66: IEEE Xplore's Y1 after PY gives a journal article its issue's month", "[audit66]") {
  // IEEE Xplore's RIS writes PY the year, then Y1: a journal issue's month
  // ("Nov. 2022"), a meeting's days for a conference paper ("1-2 Feb.
  // 2024").  The month was kept in extra beside PY, unread.
  Parsed p = parse_file(fixture("ris/ieee_issue_month.ris"));
  REQUIRE(p.records.size() == 3);
  const Record* conf = titled(p.records, "AI-automated Cephalometric");
  const Record* tmi22 = titled(p.records, "Two-Stage Mesh");
  const Record* tmi20 = titled(p.records, "Deep Multi-Scale Mesh");
  REQUIRE(conf);
  REQUIRE(tmi22);
  REQUIRE(tmi20);
  CHECK(tmi22->issued.year == 2022);
  CHECK(tmi22->issued.month == 11);
  CHECK(extra_values(*tmi22, "Y1").empty());
  CHECK(tmi20->issued.year == 2020);
  CHECK(tmi20->issued.month == 7);
  // The meeting's days are not the paper's date: kept as before.
  CHECK(conf->issued.year == 2024);
  CHECK(conf->issued.month == 0);
  CHECK(extra_values(*conf, "Y1") == std::vector<std::string>{"1-2 Feb. 2024"});

  // A double issue ("Mar.-Apr. 2015") is read as its range; a Y1 of
  // another year stays in extra, as before.
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - Bimonthly\nAU  - Doe, J\nPY  - 2015\nY1  - Mar.-Apr. 2015\nER  - \n"
      "TY  - JOUR\nTI  - Other year\nAU  - Doe, J\nPY  - 2015\nY1  - Nov. 2014\nER  - \n");
  REQUIRE(q.records.size() == 2);
  CHECK(q.records[0].issued.month == 3);
  CHECK(q.records[0].issued.end_month == 4);
  CHECK(q.records[1].issued.year == 2015);
  CHECK(q.records[1].issued.month == 0);
  CHECK(extra_values(q.records[1], "Y1") == std::vector<std::string>{"Nov. 2014"});
}
