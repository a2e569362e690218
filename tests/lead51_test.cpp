// Lead, session 51 (issue #16): reference strings of German and English social science (EXCITE's SSOAR gold
// standard, read by bench/refparse_excite.py: an unseen labelled set).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/refparse.hpp"

using namespace refnet;

namespace {

std::vector<std::string> families(const std::vector<Creator>& cs) {
  std::vector<std::string> out;
  for (const Creator& c : cs) out.push_back(c.is_literal() ? "=" + c.literal : c.full_family() + "|" + c.given);
  return out;
}

}  // namespace

// German styles separate names with '/', with or without spaces round it: "Ellguth, Peter / Kohaut, Susanne"
// (136 author values wrong of 9,166 EXCITE references were lists with " / "); the spaced slash was read inside a
// name ("Peter / Kohaut").
TEST_CASE("names separated by a spaced slash are split there", "[lead51]") {
  using V = std::vector<std::string>;
  CHECK(families(refparse::split_names("Ellguth, Peter / Kohaut, Susanne")) == V{"Ellguth|Peter", "Kohaut|Susanne"});
  CHECK(families(refparse::split_names("Buchmann, M. / Eisner, M.")) == V{"Buchmann|M.", "Eisner|M."});
  CHECK(families(refparse::split_names("Erpenbeck, John/ Heyse, Volker")) == V{"Erpenbeck|John", "Heyse|Volker"});
  CHECK(families(refparse::split_names("Diekmann, Andreas/Preisendörfer, Peter")) ==
        V{"Diekmann|Andreas", "Preisendörfer|Peter"});
  CHECK(families(refparse::split_names("Smidt, W. / Kinfe Abraham")) == V{"Smidt|W.", "Abraham|Kinfe"});
  // Not a separator: an organisation's own slash stays ("Bundesministerium für Frauenangelegenheiten/
  // Bundeskanzleramt" is one literal or two organisations, never a person).
  for (const std::string& f : families(refparse::split_names("Bundesministerium für Frauenangelegenheiten / Bundeskanzleramt")))
    CHECK(f.find('|') == std::string::npos);
}
