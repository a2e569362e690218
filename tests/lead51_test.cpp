// Lead, session 51 (issue #16): reference strings of German and English social science (EXCITE's SSOAR gold
// standard, read by bench/refparse_excite.py: an unseen labelled set).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;

using refnet::test::persons;

// German styles separate names with '/', with or without spaces round it: "Ellguth, Peter / Kohaut, Susanne"
// (136 author values wrong of 9,166 EXCITE references were lists with " / "); the spaced slash was read inside a
// name ("Peter / Kohaut").
TEST_CASE("names separated by a spaced slash are split there", "[lead51]") {
  using V = std::vector<std::string>;
  CHECK(persons(refparse::split_names("Ellguth, Peter / Kohaut, Susanne")) == V{"Ellguth|Peter", "Kohaut|Susanne"});
  CHECK(persons(refparse::split_names("Buchmann, M. / Eisner, M.")) == V{"Buchmann|M.", "Eisner|M."});
  CHECK(persons(refparse::split_names("Erpenbeck, John/ Heyse, Volker")) == V{"Erpenbeck|John", "Heyse|Volker"});
  CHECK(persons(refparse::split_names("Diekmann, Andreas/Preisendörfer, Peter")) ==
        V{"Diekmann|Andreas", "Preisendörfer|Peter"});
  CHECK(persons(refparse::split_names("Smidt, W. / Kinfe Abraham")) == V{"Smidt|W.", "Abraham|Kinfe"});
  // Not a separator: an organisation's own slash stays ("Bundesministerium für Frauenangelegenheiten/
  // Bundeskanzleramt" is one literal or two organisations, never a person).
  for (const std::string& f : persons(refparse::split_names("Bundesministerium für Frauenangelegenheiten / Bundeskanzleramt")))
    CHECK(f.find('|') == std::string::npos);
}

// "Charles Darwin (1859):", "Albert Einstein (1922):": a person written given name first before the date (German
// social-science lists, EXCITE: 86 author values wrong) was read as an organisation ("Challenge Works (2022),"
// is one) and kept as a literal.  A first word the parser's training data knows as a name's makes it a person.
TEST_CASE("a given name first before '(Year)' is a person, not an organisation", "[lead51]") {
  auto authors = [](const std::string& text) { return persons(refnet::parse_reference(text).authors); };
  using V = std::vector<std::string>;
  CHECK(authors("Charles Darwin (1859): On the origin of species by means of natural selection. London: John Murray.") ==
        V{"Darwin|Charles"});
  CHECK(authors("Michael Batty (2000): Less is more, more is different. Environment and Planning B 27: 167-168.") ==
        V{"Batty|Michael"});
  CHECK(authors("Challenge Works (2022), Innovation prizes in practice and theory, Nesta, London.") ==
        V{"=Challenge Works"});
  CHECK(authors("Laboratorio de Gobierno (2021), Índice de Innovación Pública, Santiago.") ==
        V{"=Laboratorio de Gobierno"});
}
