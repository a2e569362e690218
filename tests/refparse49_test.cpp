// Reference parser, session 49 (issue 16).  The references are real: AnyStyle's labelled references
// (../shared/refparse/anystyle__*.xml, BSD-2-Clause).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;
using refnet::test::families;

// anystyle__good.xml, anystyle__ugly.xml: the editors' word in a span of its own after the names ("(ed.).") or after
// the date that follows them ("2005, ed,", "(1994), ed."), and the French "(édit.)": the names are the editors.
TEST_CASE("An editors' word after the names or their date makes them the editors", "[refparse][refparse49]") {
  struct Case {
    const char* text;
    std::vector<std::string> editors;
  };
  const Case cases[] = {
      {"Alsina, Alex, Joan Bresnan, and Peter Sells (ed.). 1997. Complex Predicates. Stanford, California:",
       {"Alsina", "Bresnan", "Sells"}},
      {"Ranganathan, CV, 2005, ed, Panchsheel and the Future (New Delhi: Samskriti)", {"Ranganathan"}},
      {"Fortna, R.T. and B.R. Gaventa, ed. The Conversation Continues: Studies in Paul and John in Honor of J. Louis "
       "Martyn. Nashville: Abingdon Press, 1990.",
       {"Fortna", "Gaventa"}},
      {"Frängsmyr, T. (1994), ed. Linnaeus: The man and his work. Uppsala Studies in History of Science 18. Rev. ed. "
       "Canton, Mass.: Science History Publications.",
       {"Frängsmyr"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.authors.empty());
    CHECK(families(r.editors) == c.editors);
  }
  // "Nom Prénom" in capitals (which of the two words is the family name is a matter of its own): one editor.
  Record r = parse_reference(
      "WYLER REMY (édit.), Panorama II en droit du travail – Recueil d’études réalisées par des praticiens, Berne 2012");
  CHECK(r.authors.empty());
  CHECK(r.editors.size() == 1);
}
