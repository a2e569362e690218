// Reference parser, session 40 (issue 16): title boundaries.  The references are real: AnyStyle's labelled sets
// (../shared/refparse, BSD-2-Clause) and fixtures/refparse/styles_sample.tsv (IEEE renders of open exports).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;
using refnet::test::families;
using refnet::refparse::gbt_type_mark;

// anystyle__ugly.xml and GROBID's citations.xml: given names first with no mark after the last family name, which the
// model read into the title ("ortiz promotora diabetes …"; 29 references of the labelled sets).
TEST_CASE("The last author's family name after initials is not the title's first word", "[refparse][refparse40]") {
  Record r = parse_reference(
      "J. Lujan, S.K. Ostwald, M. Ortiz Promotora diabetes intervention for Mexican Americans Diabetes Educ., 33 "
      "(2007), pp. 660-670");
  CHECK(families(r) == std::vector<std::string>{"Lujan", "Ostwald", "Ortiz"});
  CHECK(r.title.rfind("Promotora diabetes intervention", 0) == 0);
  r = parse_reference(
      "R. Rosenfeld and D. S. Touretzky Coarse-coded symbol memories and their properties. Complex Systems, 2(4) "
      "463-484, 1988.");
  CHECK(families(r) == std::vector<std::string>{"Rosenfeld", "Touretzky"});
  CHECK(r.title == "Coarse-coded symbol memories and their properties");
  r = parse_reference(
      "A. Janvier, J. Lantos Ethics and etiquette in neonatal intensive care JAMA Pediatr, 168 (2014), pp. 857-858");
  CHECK(families(r) == std::vector<std::string>{"Janvier", "Lantos"});
  CHECK(r.title.rfind("Ethics and etiquette", 0) == 0);
  // Family name first, initials without periods, persons split by semicolons.
  r = parse_reference(
      "Potter, KA; Nguyen, JK; Kovach, K; Gitomer, M; Srail, TW; Stewart, WG; Skousen, JL; Capadona, JR Development "
      "of superoxide dismutase mimetic surfaces to reduce accumulation of reactive oxygen species for neural "
      "interfacing applications J Mater Chem B Mater Biol Med, 2(16): 2248, 2014");
  REQUIRE(r.authors.size() == 8);
  CHECK(r.authors[7].family == "Capadona");
  CHECK(r.title.rfind("Development of superoxide", 0) == 0);
  // Kept: a family name before its period ("H. T. Vo. Vistrails"), "Jr." after a name, and family names first
  // ("Lindwer, M. Marculescu, D. …", where "E. Ambient Intelligence" cannot tell the last person's order).
  r = parse_reference(
      "[10] S. P. Callahan, J. Freire, E. Santos, C. E. Scheidegger, C. T. Silva, and H. T. Vo. Vistrails: "
      "visualization meets data management. In Proceedings of the 2006 ACM SIGMOD international conference on "
      "Management of data, pages 745\xE2\x80\x93" "747. ACM, 2006.");
  CHECK(r.title == "Vistrails: visualization meets data management");
  r = parse_reference(
      "David B. Leblang and Robert P. Chase, Jr. Computer-Aided Software Engineering in a Distributed Workstation "
      "Environment. In Proceedings of the ACM SIGSOFTISIGPLAN Software Engineering Symposiumm on Practical Software "
      "Development Environments, pages 104-l1");
  CHECK(r.title == "Computer-Aided Software Engineering in a Distributed Workstation Environment");
  r = parse_reference(
      "Lindwer, M. Marculescu, D. Basten, T. Zimmermann, R. Marculescu, R. Jung, S. Cantatore, E. Ambient "
      "Intelligence Visions and Achievements: Linking abstract ideas to real-world concepts. In Proceedings of the "
      "Design Automation & Test in Europe (DATE 2003), Munich, Germany, 7 March 2003 pp. 10?15.");
  CHECK(r.title.rfind("Ambient Intelligence", 0) == 0);
}

// styles_sample.tsv (IEEE): "vol. 11, no. 7, Art. no. 1943, 2019" read the number as the year and "Art. no." as the
// pages; "Art. no. e4632" was lost in the volume.
TEST_CASE("IEEE's Art. no. is the article's number", "[refparse][refparse40]") {
  Record r = parse_reference(
      "[24] J. Wilkin, E. Biggs, and A. J. Tatem, \xE2\x80\x9CMeasurement of social networks for innovation within "
      "community disaster resilience,\xE2\x80\x9D Sustainability, vol. 11, no. 7, Art. no. 1943, 2019, doi: "
      "10.3390/su11071943.");
  CHECK(r.issued.year == 2019);
  CHECK(r.volume == "11");
  CHECK(r.issue == "7");
  CHECK(r.number == "1943");
  CHECK(r.pages.empty());
  r = parse_reference(
      "[10] J. F. Colville, M. D. Picker, and R. M. Cowling, \xE2\x80\x9C" "Feeding ecology and sexual dimorphism in a "
      "speciose flower beetle clade (Hopliini: Scarabaeidae),\xE2\x80\x9D PeerJ, vol. 6, Art. no. e4632, Jun. 2018, "
      "doi: 10.7717/peerj.4632.");
  CHECK(r.volume == "6");
  CHECK(r.number == "e4632");
  CHECK(r.issued.year == 2018);
}

// anystyle__ugly.xml (Elsevier's style, no mark after the title): "… type 2 diabetes Fam. | Pract., 27" and "… the
// dialysis unit Am. | J. Kidney Dis., 40": the journal's first abbreviation was read into the title.
TEST_CASE("A journal's first abbreviation is not the title's last word", "[refparse][refparse40]") {
  Record r = parse_reference(
      "S.D. McMurray, G. Johnson, S. Davis, K. McDougall Diabetes education and care management significantly "
      "improve patient outcomes in the dialysis unit Am. J. Kidney Dis., 40 (2002), pp. 566-575");
  CHECK(r.title == "Diabetes education and care management significantly improve patient outcomes in the dialysis unit");
  CHECK(r.container_title == "Am. J. Kidney Dis.");
  r = parse_reference(
      "L.A. Less, D. Ragoobirsingh, E.Y. Morrison, M. Boyne, P.A. Johnson A preliminary report on an assessment of a "
      "community-based intervention for diabetes control in adults with type 2 diabetes Fam. Pract., 27 (Suppl. 1) "
      "(2010), pp. i46-i52");
  CHECK(r.container_title == "Fam. Pract");  // the period before the comma is dropped
  // Kept: a title's last word before the journal's ("The Endothelium in Sepsis. Shock. 2016").
  r = parse_reference(
      "Ince C, Mayeux PR, Nguyen T, Gomez H, Kellum JA, Ospina-Tascon GA, et al. The Endothelium in Sepsis. Shock. "
      "2016; 45(3):259-70.");
  CHECK(r.title == "The Endothelium in Sepsis");
}

// GROBID's kisti_*_zh and citations sets (GB/T 7714): a type mark after the title, "[J]" before the journal, "[D]"
// before a thesis' university; the title ran on into the journal and kept "j".
TEST_CASE("GB/T 7714's type marks end the title and are no words of it", "[refparse][refparse40]") {
  Record r = parse_reference(
      "\xE8\xBE\x9B\xE5\xAE\x8F, \xE6\x9D\x8E\xE4\xBD\xB3\xE9\xA2\x96. \xE5\x8C\xBB\xE5\xAD\xA6\xE7\x94\x9F" "BMI "
      "\xE4\xB8\x8E\xE4\xBD\x93\xE8\xB4\xA8\xE6\xB5\x8B\xE8\xAF\x95\xE6\x8C\x87\xE6\xA0\x87\xE7\x9B\xB8\xE5\x85\xB3"
      "\xE6\x80\xA7[J].\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x85\xAC\xE5\x85\xB1\xE5\x8D\xAB\xE7\x94\x9F,2017,33(12):1764-1766.");
  CHECK(r.title == "\xE5\x8C\xBB\xE5\xAD\xA6\xE7\x94\x9F" "BMI \xE4\xB8\x8E\xE4\xBD\x93\xE8\xB4\xA8\xE6\xB5\x8B\xE8\xAF\x95"
                   "\xE6\x8C\x87\xE6\xA0\x87\xE7\x9B\xB8\xE5\x85\xB3\xE6\x80\xA7");
  CHECK(r.container_title == "\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x85\xAC\xE5\x85\xB1\xE5\x8D\xAB\xE7\x94\x9F");
  r = parse_reference(
      "Yaoyao Sun: Motivation To Play Esports: Case of League of Legends[D].University of South Carolina. 2017.");
  CHECK(r.title == "Motivation To Play Esports: Case of League of Legends");
  CHECK(gbt_type_mark("J"));
  CHECK(gbt_type_mark("EB/OL"));
  CHECK_FALSE(gbt_type_mark("Internet"));
  CHECK_FALSE(gbt_type_mark("J/X"));
}

// GROBID (42-9789814749145_0011.training.references.tei.xml) and anystyle__ugly.xml: "Proc." after the title's
// comma or period, with no container labelled, was read into the title.
TEST_CASE("A proceedings' Proc. after the title's comma starts the container", "[refparse][refparse40]") {
  Record r = parse_reference(
      "J. Axensalva et al., Cryogenic infrastructure for testing of LHC series superconducting magnets,Proc .ICEC20 "
      "Beijing ,( Elsevier,2005 )pp .1015 -1018.");
  CHECK(r.title == "Cryogenic infrastructure for testing of LHC series superconducting magnets");
  CHECK(r.container_title.rfind("Proc", 0) == 0);
  r = parse_reference(
      "Cheng, W.W., 2010. Singapore\xE2\x80\x99s Experience in Water Demand Management. Proc. WaterSmart Innovations "
      "2010, Las Vegas, Nev.");
  CHECK(r.title == "Singapore\xE2\x80\x99s Experience in Water Demand Management");
}
