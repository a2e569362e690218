// Session 68, the lead: review68's findings on the session's reference-parser rules (issue 16).  The references are
// written for the test in the shapes review68 found (ade4's monde84 help page, French and English publishers and
// newspapers after a title's period).
#include <catch2/catch.hpp>

#include <string>

#include <algorithm>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/record.hpp"
#include "refnet/refparse.hpp"

using namespace refnet;

namespace {

struct Expect {
  const char* reference;
  const char* title;
  const char* container;  // "" : none
  const char* publisher;  // nullptr: not checked
};

void check(const Expect& e) {
  INFO(e.reference);
  Record r = parse_reference(e.reference);
  CHECK(r.title == e.title);
  CHECK(r.container_title == e.container);
  if (e.publisher) CHECK(r.publisher == e.publisher);
}

}  // namespace

// subtitle_before_place (parser68) took a publisher or a newspaper whose name opens with an article ("La
// Découverte", "Le Seuil", "The Stationery Office", "The Guardian", "Die Zeit") for the title's subtitle: the title ran
// on over it and the publisher was lost.  A subtitle is a phrase: it holds a small function word after its first
// ("Ein Versuch über die Organisation …", "The Political Economy of the Mass Media"); a name does not.
TEST_CASE("lead68: a publisher or newspaper opening with an article after the title's period is no subtitle",
          "[refparse][lead68]") {
  const Expect cases[] = {
      {"Geze, F. and Coll., eds. (1984) L'\xC3\xA9tat du Monde 1984 : annuaire \xC3\xA9" "conomique et "
       "g\xC3\xA9opolitique mondial. La D\xC3\xA9" "couverte, Paris.",
       "L'\xC3\xA9tat du Monde 1984 : annuaire \xC3\xA9" "conomique et g\xC3\xA9opolitique mondial", "",
       "La D\xC3\xA9" "couverte"},
      {"Bourdieu, P. (1993) La mis\xC3\xA8re du monde. Le Seuil, Paris.", "La mis\xC3\xA8re du monde", "", "Le Seuil"},
      {"Smith, J. (2001) Social exclusion in the UK. The Stationery Office, London.", "Social exclusion in the UK", "",
       "The Stationery Office"},
      {"Jones, A. (2012) The end of austerity. The Guardian, London.", "The end of austerity", "The Guardian", nullptr},
      {"M\xC3\xBCller, K. (2009) Die Krise der Arbeit. Die Zeit, Hamburg.", "Die Krise der Arbeit", "", "Die Zeit"},
      // The subtitles the rule is for stay the title's.
      {"Goffman, Erving (1980), Rahmen-Analyse. Ein Versuch \xC3\xBC" "ber die Organisation von Alltagserfahrung, "
       "Frankfurt a.M.",
       "Rahmen-Analyse. Ein Versuch \xC3\xBC" "ber die Organisation von Alltagserfahrung", "", nullptr},
      {"Chomsky, Noam/Herman, Edward S. (1988), Manufacturing Consent. The Political Economy of the Mass Media, New "
       "York.",
       "Manufacturing Consent. The Political Economy of the Mass Media", "", ""},
  };
  for (const Expect& e : cases) check(e);
}

// BibTeX's "and others" (INSPIRE writes every long author list so) is read as a literal "others" creator: dedup counted
// it as a creator the two records share, and two works of one title by different first authors ("Hou, Tie-Jiun and
// others", an arXiv paper; "Yuan, C.-P. and others", the proceedings talk of that title; kepingxie's INSPIRE export,
// sheet68's audit) were one group, "shared creator others", score 1.00.  "others" names no one.
TEST_CASE("lead68: BibTeX's 'and others' is no creator two records share", "[dedup][lead68]") {
  auto with = [](const char* family, const char* given) {
    Record r;
    r.title = "New CTEQ global analysis of quantum chromodynamics with high-precision data from the LHC";
    r.issued.year = 2019;
    Creator c;
    c.family = family;
    c.given = given;
    r.authors.push_back(c);
    Creator others;
    others.literal = "others";
    r.authors.push_back(others);
    return r;
  };
  DedupOptions opt;
  std::vector<std::string> why;
  const Record hou = with("Hou", "Tie-Jiun"), yuan = with("Yuan", "C.-P.");
  CHECK(duplicate_score(hou, yuan, opt, &why) == 0);
  CHECK(std::find(why.begin(), why.end(), "shared creator others") == why.end());
  // The same work, "and others" on one side only: still one work.
  Record hou2 = hou;
  hou2.authors.pop_back();
  hou2.authors.push_back(hou.authors[0]);
  hou2.authors.back().family = "Guzzi";
  hou2.authors.back().given = "Marco";
  CHECK(duplicate_score(hou, hou2, opt, nullptr) >= 0.9);
}
