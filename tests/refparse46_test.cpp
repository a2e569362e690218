// Reference parser, session 46 (issue 16).  The references are real: AnyStyle's labelled references
// (../shared/refparse/anystyle__*.xml, BSD-2-Clause) and GROBID's labelled citations (CC BY 4.0).
#include <catch2/catch.hpp>

#include <string>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

using namespace refnet;

namespace {

std::string families(const Record& r) {
  std::string out;
  for (const Creator& c : r.authors) out += (out.empty() ? "" : "|") + (c.is_literal() ? c.literal : c.full_family());
  return out;
}

}  // namespace

// anystyle__core.xml, anystyle__good.xml, anystyle__ugly.xml, grobid-citation (held-out and training): humanities
// lists, "Family, Given, Title, …" with no other mark after the names: the title's first comma segment was read as a
// second person.
TEST_CASE("A title after a family-first person and a comma is no second person", "[refparse][refparse46]") {
  Record r = parse_reference("Watson, F.B., Paul, Judaism and the Gentiles. Cambridge: Cambridge University Press, 1986).");
  CHECK(families(r) == "Watson");
  CHECK(r.title == "Paul, Judaism and the Gentiles");
  r = parse_reference("VIDMANOVÁ, Anežka, Kde, kdy a jak psal Hus českou Postillu, LF 112, 1989, 144-158.");
  CHECK(families(r) == "VIDMANOVÁ");
  CHECK(r.title == "Kde, kdy a jak psal Hus českou Postillu");
  r = parse_reference("CAMERON, Euan, Waldenses. Rejections of Holy Church in Medieval Europe, Oxford 2000.");
  CHECK(families(r) == "CAMERON");
  CHECK(starts_with(r.title, "Waldenses. Rejections of Holy Church"));
  r = parse_reference(
      "Basevi, Abramo, Studio sulle opere di Giuseppe Verdi (1859), Ugo Piovano (ed.) (Milan: Rugginente, 2001).");
  CHECK(families(r) == "Basevi");
  CHECK(r.title == "Studio sulle opere di Giuseppe Verdi");
  // Persons after the first written other ways stay persons: given names first ("Louisette Bertholle"; so a title's
  // two capitalised words stay a person too, "Flynn, Maureen, Sacred Charity. Confraternities …"), "and" before the
  // last, initials first, a family name cut short by its period, a suffix.
  r = parse_reference(
      "Child, Julia, Louisette Bertholle, and Simone Beck. Mastering the Art of French Cooking. New York: Knopf, 1961.");
  CHECK(families(r) == "Child|Bertholle|Beck");
  r = parse_reference(
      "Bicevskis, K., J. de Vries, L. Green, J. Heim, J. Božic, J. D’Aquisto, M. Fry, E. Sadlier-Brown, O. Tkachman, "
      "N. Yamane and B. Gick. Effects of mouthing and interlocutor presence on movements of visible vs. non-visible "
      "articulators.");
  CHECK(r.authors.size() == 11);
  r = parse_reference(
      "Karp, T., Artemieva, N., Milkereit., Pre-Dilling investigation of the Lake Bostumtwi Impact Crater: Constraints "
      "from Geophysics and Numerical Modelling, Lunar and Planetary Science XXXV. 2004.");
  CHECK(r.authors.size() == 3);
  r = parse_reference(
      "McKinney, George W . , III. An Experimental Study of the Effects of Systematic Approaches on Strategic "
      "Planning. Stanford, California: Stanford University Graduate School of Business, August, 1969.");
  CHECK(starts_with(r.title, "An Experimental Study"));
}

// anystyle__ugly.xml (held-out and training): the last person's initials' period ends the names, "Ayer, A. J.
// Language, Truth, and Logic.": the title's first sentence was read into the names.
TEST_CASE("Capitalised words after a family-first person's initials open the title", "[refparse][refparse46]") {
  Record r = parse_reference("Ayer, A. J. Language, Truth, and Logic. New York: Dover Publications, 1952 [1936].");
  CHECK(families(r) == "Ayer");
  CHECK(r.title == "Language, Truth, and Logic");
  r = parse_reference(
      "Briquet, C. M. Les Filigranes. The New Briquet Jubilee Edition. Edited by Allan Stevenson 4 vols. Amsterdam: "
      "Paper Publications Society, 1968");
  CHECK(families(r) == "Briquet");
  CHECK(starts_with(r.title, "Les Filigranes."));
  r = parse_reference(
      "Grewal S.M., Andrews A.P. Kalman Filtering. Theory and Practice Prentice Hall, New Jersey 1993, 382 p.");
  CHECK(families(r) == "Grewal|Andrews");
  CHECK(starts_with(r.title, "Kalman Filtering."));
  // Given names first with a middle initial, the first person's given names written out: the names go on.
  r = parse_reference(
      "Larry D. Wittie, Gudjun Hermannsson, and Ai Li. Eager sharing for efficient massive parallelism. In 1992 "
      "International Conference on Parallel Processing, pages 251-255, St. Charles, IL, August 1992.");
  CHECK(families(r) == "Wittie|Hermannsson|Li");
  r = parse_reference(
      "Czejdo, Bogdan, Erik M. Ferragut, John R Goodall, and Jason Laska. \"Data warehouse for event streams violating "
      "rules.\" Foundations of Computing and Decision Sciences 38(2), 2013, 87–96.");
  CHECK(r.authors.size() == 4);
}
