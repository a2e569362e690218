// Reference parser, session 42 (issue 16): where the title ends.  The references are real: AnyStyle's and GROBID's
// labelled sets (../shared/refparse, BSD-2-Clause and CC BY 4.0).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"

using namespace refnet;

// AnyStyle's labelled references: a title cut after an article or a preposition ("… a tour in | Lapland", "… les
// femmes en | 2009", "Le Cycle des | Nymphéas"), the words after it read as a place, a date, a person.  No title ends
// with such a word.
TEST_CASE("A title does not end with an article or a preposition before a word", "[refparse][refparse42]") {
  Record r = parse_reference(
      "Linnaeus, C. (1811). Lachesis Lapponica, Or A tour in Lapland. (Ed.) J. E. Smith. London: White and Cochrane.");
  CHECK(r.title == "Lachesis Lapponica, Or A tour in Lapland");
  CHECK(r.publisher_place == "London");
  r = parse_reference("DARES, Les écarts de salaire entre les hommes et les femmes en 2009, 2012.");
  CHECK(r.title == "Les écarts de salaire entre les hommes et les femmes en 2009");
  CHECK(r.issued.year == 2012);
  r = parse_reference(
      "GEORGEL, Pierre, (sous la dir.) Le Cycle des Nymphéas, Éditions de la réunion des Musées Nationaux, 1999.");
  CHECK(r.title == "Le Cycle des Nymphéas");
  // Kept: a journal's name right after the title, as Vancouver without the period prints it, is no title's word.
  r = parse_reference(
      "Herrero-Jimenez P, Thilly G, Southam PJ. Mutation, cell kinetics, and subpopulations at risk for colon cancer "
      "in the United States Mutation Res 1998; 400: 553-565.");
  CHECK(r.volume == "400");
  // Kept: "in" or "Dans" opening a segment after the title opens the chapter's book, its editors after it.
  r = parse_reference(
      "Abagi, Okwach al (2009) Professional Women Empowered to Succeed in Kenya's ICT Sector, in Buskens, Ineke & Webb, "
      "Anne, African Women & ICTs. London, Zed.");
  CHECK(r.title.find("Buskens") == std::string::npos);
  r = parse_reference(
      "Rouquette, M.-L. (2000). Représentations et pratiques sociales : une analyse théorique. Dans C. Garnier, & M.-L. "
      "Rouquette, Représentations sociales et éducation (pp. 133-142). Montréal: Editions nouvelles AMS.");
  CHECK(r.title.find("Garnier") == std::string::npos);
}

// APA's "Title. Journal. Available: URL" (AnyStyle's labelled references): with no volume or pages after it, the
// journal's sentence was read into the title.
TEST_CASE("A journal's sentence after the title with only a link after it is the journal", "[refparse][refparse42]") {
  Record r = parse_reference(
      "Fenner M (2013) Letter from the Guest Content Editor: Altmetrics Have Come of Age. Information Standards "
      "Quarterly. Available: http://dx.doi.org/10.3789/isqv25no2.2013.01.");
  CHECK(r.title == "Letter from the Guest Content Editor: Altmetrics Have Come of Age");
  CHECK(r.container_title == "Information Standards Quarterly");
  // Kept: a book's subtitle sentence before its publisher.
  r = parse_reference("Smith, J. A. (2010). A book title. The subtitle of it. New York, NY: Oxford University Press.");
  CHECK(r.container_title.empty());
}

// AnyStyle's labelled references: an edition without brackets ending the title, "Public administration in Canada 3rd
// ed (1999)", "An Introduction to Quantum Field Theory; 1995 ed., Westview", was read into the title.
TEST_CASE("An ordinal or a year and \"ed\" ending the title are the edition", "[refparse][refparse42]") {
  Record r = parse_reference("Kenneth Kernaghan, David Siegel, Public administration in Canada 3rd ed (1999)");
  CHECK(r.title == "Public administration in Canada");
  CHECK(r.get_extra("edition") == "3rd ed");
  r = parse_reference("M. E. Peskin, D. V. Schroeder, An Introduction to Quantum Field Theory; 1995 ed., Westview, "
                      "Boulder, CO, 1995.");
  CHECK(r.title == "An Introduction to Quantum Field Theory");
  // Kept: a year inside the title before other words.
  r = parse_reference("Smith, J. (2001). The 1995 edition of the survey revisited. Journal of Surveys, 3(2), 1-9.");
  CHECK(r.title == "The 1995 edition of the survey revisited");
}
