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
#include <catch2/catch.hpp>

#include <string>

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
