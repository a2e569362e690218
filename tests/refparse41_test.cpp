// Reference parser, session 41 (issue 16): where the authors end and the title begins.  The references are real:
// AnyStyle's and GROBID's labelled sets (../shared/refparse, BSD-2-Clause and CC BY 4.0), held-out split.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;
using refnet::test::families;

// GROBID's physics references and anystyle__core.xml: persons written initials first ("A. D. Linde"), then the
// title after a comma with no other mark; the model read the title's first comma-segments as one more person
// ("linde|chaotic inflation"), or the whole title.
TEST_CASE("A segment without initials after an initials-first author list is the title's", "[refparse][refparse41]") {
  Record r = parse_reference("A. D. Linde, Chaotic Inflation, Phys.Lett., B129, (1983).");
  CHECK(families(r) == std::vector<std::string>{"Linde"});
  CHECK(r.title == "Chaotic Inflation");
  r = parse_reference(
      "J. Earman, Bangs, Crunches, Whimpers and Shrieks: Singularities and Acausalitiesin Relativistic Spacetimes "
      ",Oxford University press ( 1995).");
  CHECK(families(r) == std::vector<std::string>{"Earman"});
  CHECK(r.title.rfind("Bangs, Crunches, Whimpers and Shrieks", 0) == 0);
  r = parse_reference(
      "A.J. Larkoski, S. Marzani, G. Soyez and J. Thaler, Soft Drop, JHEP 05 (2014) 146 [arXiv:1402.2657][ INSPIRE].");
  CHECK(families(r) == std::vector<std::string>{"Larkoski", "Marzani", "Soyez", "Thaler"});
  CHECK(r.title == "Soft Drop");
  r = parse_reference("A. Alanen, Morgan Park: Duluth, U.S. Steel, and the Forging of a Company Town, Minneapolis 2007");
  CHECK(families(r) == std::vector<std::string>{"Alanen"});
  CHECK(r.title == "Morgan Park: Duluth, U.S. Steel, and the Forging of a Company Town");
  // Kept: every person initials first, the title after a period.
  r = parse_reference(
      "M. E. Peskin, D. V. Schroeder, An Introduction to Quantum Field Theory, Westview, Boulder, CO, 1995.");
  CHECK(families(r) == std::vector<std::string>{"Peskin", "Schroeder"});
}

// GROBID's physics references: a given name of two parts, "A. Yu. Smirnov", "D.Yu. Vodolazov"; the model ended the
// authors at the initials and read the family name into the title.
TEST_CASE("The family name after an initials-first person's initials and before a comma is the author's",
          "[refparse][refparse41]") {
  Record r = parse_reference(
      "A.N. Zotova and D.Yu. Vodolazov, Intrinsic detection efficiencyof superconducting nanowire single photon "
      "detector inthe modified hot spot model , Supercond. Sci. Technol. 27,125001 (9pp ) , (2014)");
  CHECK(families(r) == std::vector<std::string>{"Zotova", "Vodolazov"});
  CHECK(r.title.rfind("Intrinsic detection", 0) == 0);
  r = parse_reference(
      "A. Yu. Smirnov, in Proc. of the 8th Rencontres de Blois:Neutrinos ,Dark Matter and the Universe , Ed .byT . "
      "Stolarczyket al . (Editions Frontiers, Gif- sur-Yvette, 1997), p.41 .");
  CHECK(families(r) == std::vector<std::string>{"Smirnov"});
}

// anystyle__core.xml: a person's initial without its period ("C Ciuti", "L Fan") is a person, not the title; a
// journal's name glued to its volume after the persons, "JHEP0908", is not the title either.
TEST_CASE("Initials-first persons: a bare initial starts a person, a journal and volume are no title",
          "[refparse][refparse41]") {
  Record r = parse_reference("A. Verger, C Ciuti, and I Carusotto, Phys. Rev. B, 73, 193306 (2006).");
  CHECK(r.title.empty());
  r = parse_reference("E. H. Kim, L Fan, S. C. Lee & Y. H. Suh. (2012). Continuous Usage Intention of Twitter's "
                      "Informations: Focus on Elaboration Likelihood Model.");
  CHECK(r.title.rfind("Continuous Usage", 0) == 0);
  r = parse_reference("V. Azcoiti, E. Follana, A. Vaquero, G. DiCarlo , JHEP0908 ( 2009) 008[arXiv : 0905.0639[hep- lat]].");
  CHECK(r.title.empty());
}

// anystyle__core.xml: an article's title labelled the container right before the journal, no title labelled.
TEST_CASE("A container's span right before the journal in a reference without a title is the title",
          "[refparse][refparse41]") {
  Record r = parse_reference("Turing, Alan, Computing Machinery and Intelligence, Mind 59, pp 433–460 (1950)");
  CHECK(r.title == "Computing Machinery and Intelligence");
  CHECK(r.container_title == "Mind");
}

// anystyle__ugly.xml: "Part I." after the title's period was read into the journal's name.
TEST_CASE("A part's word and numeral ending the title are the title's", "[refparse][refparse41]") {
  Record r = parse_reference(
      "Ranger, Terence (1968) Connexions between \xE2\x80\x98Primary Resistance\xE2\x80\x99 Movements and Modern Mass "
      "Nationalism In East and Central Africa. Part I. Journal of African History 9(3): 437-453.");
  CHECK(r.container_title == "Journal of African History");
  CHECK(r.title.size() > 8);
  CHECK(r.title.compare(r.title.size() - 8, 8, ". Part I") == 0);
}

// anystyle__ugly.xml and GROBID's corpus: a year inside the title read as the date though a later year follows.
TEST_CASE("A year inside the title before a later date is the title's", "[refparse][refparse41]") {
  Record r = parse_reference(
      "[60] U.S. Department of Transportation. Transportation statistics annual report 2012. Technical report, Research "
      "and Innovative Technology Administration Bureau of Transportation Statistics, Washington, D.C., August 2013.");
  CHECK(r.title == "Transportation statistics annual report 2012");
  CHECK(r.issued.year == 2013);
  r = parse_reference(
      "Kalmar P, Irrgang E. Cardiac surgery in Germany during 1998. A report by the German Society for Thoracic and "
      "Cardiovascular Surgery. Thorac Cardiovasc Surg (1999) 47:260-263.");
  CHECK(r.title.rfind("Cardiac surgery in Germany during 1998", 0) == 0);
  CHECK(r.issued.year == 1999);
  // A later month without a year leaves the year the date's.
  r = parse_reference(
      "Epstein, Cynthia Fuchs. \xE2\x80\x9CGreat Divides: The Cultural, Cognitive and Social Bases of the Global "
      "Subordination of Women.\xE2\x80\x9D 2007. American Sociological Review 72: 1. February. 1-22.");
  CHECK(r.issued.year == 2007);
}
