// Reference parser, session 53 (issue 16): German social-science references.  EXCITE's SSOAR gold standard
// (github.com/exciteproject/EXgoldstandard, no licence: measured, never copied) found each class; the reference strings
// here are written for the test in the style of those failures.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;

using refnet::test::families;

// "Family, Given: Title" in upper and lower case (German bibliographies print DIN 1505's names so): the model read the
// last person's given name, before the colon, as the title's first word.
TEST_CASE("A given name before the colon in upper and lower case", "[refparse][refparse53]") {
  struct Case {
    const char* reference;
    std::vector<std::string> authors;
    const char* title;
  };
  const Case cases[] = {
      // The given name known to the list.
      {"Fuchs Walter, Evelyn: Arbeit, Zeit und Geschlecht. Eine Einführung, Hamburg 1991.", {"Fuchs Walter"},
       "Arbeit, Zeit und Geschlecht. Eine Einführung"},
      // One family name alone before its comma.
      {"Steinmetz, Lothar: Soziale Dimensionen der Erwerbsarbeit, Stuttgart 1974.", {"Steinmetz"},
       "Soziale Dimensionen der Erwerbsarbeit"},
      // An earlier person written "Family, Given" before the separator.
      {"Brenner, Sigrid; O'Connell, Maura; Lindqvist, Swen: Recruitment in retail banking in three countries. In: "
       "European Journal of Work Studies, Vol. 6, No. 2, 1999, S. 113-140.",
       {"Brenner", "O'Connell", "Lindqvist"}, "Recruitment in retail banking in three countries"},
      {"Hartwig, Jörg & Roth, Lutz: Sprache als Handlung, Göttingen 1979.", {"Hartwig", "Roth"},
       "Sprache als Handlung"},
      {"Kessler, Dieter / Almond, Maren: Reform in the Middle East, in: Global Affairs Review, 20.06.2004.",
       {"Kessler", "Almond"}, "Reform in the Middle East"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(families(r) == c.authors);
    CHECK(r.title == c.title);
  }
  // Not a given name: an organisation's words, or an author span of initials before the title's own colon.
  Record org = parse_reference("Deutscher Gewerkschaftsbund, Bildung: Ein Positionspapier, Berlin 2004.");
  CHECK(org.title.find("Bildung") != std::string::npos);
  Record initials = parse_reference("Braun, K.; Weber, S., Migration: Eine Bilanz, Frankfurt a.M. 2001.");
  CHECK(initials.title.find("Migration") == 0);
}
