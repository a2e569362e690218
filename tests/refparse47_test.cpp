// Reference parser, session 47 (issue 16).  The references are real: AnyStyle's labelled references
// (../shared/refparse/anystyle__*.xml, BSD-2-Clause) and GROBID's labelled citations (CC BY 4.0).
#include <catch2/catch.hpp>

#include <string>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"

using namespace refnet;

// anystyle__ugly.xml, anystyle__good.xml, grobid-citation: the humanities' "Publisher, Place" and "Place, Publisher"
// after commas, labelled one place span by the model: the place is told by refparse::place_names (the labelled
// references' own places outside the held-out split and GeoNames' cities), the other part is the publisher.
TEST_CASE("A publisher and a place in one span are split at the known place", "[refparse][refparse47]") {
  struct Case {
    const char* text;
    const char* publisher;
    const char* place;
  };
  const Case cases[] = {
      {"King Charles, Melvin Neil, Nations Abroad, Diaspora politics and International Relations in the former "
       "Soviet Union, Boulder, Westview, 1998",
       "Westview", "Boulder"},
      {"Leonardo Casalino, Influire in un mondo ostile. Biografia politica di Franco Venturi (1931-1956), Stylos, "
       "Aosta, 2006, p.268",
       "Stylos", "Aosta"},
      {"Renzo Piano, Giornale Di Bordo, Passigli, Firenze 1997", "Passigli", "Firenze"},
      {"L. Bianchi, Lezioni di Geometria Differentiale, 2nd ed. (Spoerri, Pisa, 1902).", "Spoerri", "Pisa"},
      {"Bojko Krzysztof, Magdalena Góra, Wybrane aspekty polityki Izraela, Stanów Zjednoczonych i Unii Europejskiej "
       "wobec Palestyńskiej Władzy Narodowej, 2000-2007, Księgarnia Akademicka, Kraków 2007.",
       "Księgarnia Akademicka", "Kraków"},
      {"W. Jansen, T. Grance, Guidelines on security and privacy in public cloud computing, NIST, Gaithersburg, 2011.",
       "NIST", "Gaithersburg"},
      {"Bálsamo, Vittoria; Boyd, Tyler; Nguyen, Duy. Amazon Project: Production and Transportation Enhancement of "
       "Heavy and Extra-Heavy Oil; Research Report 6511; Nalco Champion: Sugar Land, TX, 2016.",
       "Nalco Champion", "Sugar Land, TX"},
      // After a series labelled the container (the rule kept away from any span after a container before).
      {"Barendregt, H. P. The Lambda Calculus: Its Syntax and Semantics. Revised Edition. Studies in Logic and the "
       "Foundations of Mathematics 103. North-Holland, Amsterdam, 1984.",
       "North-Holland", "Amsterdam"},
      {"Wolfgang Jantzen: Behinderung. In: H. Eyferth, H. U. Otto, H. Thiersch (Hrsg.) Handbuch der "
       "Sozialarbeit/Sozialpädagogik. Luchterhand, Neuwied 1984, 199-205",
       "Luchterhand", "Neuwied"},
      {"LADARIA Juan Luis, art. “Antropologia. II. Cristiana”, in: Latourelle René, Fisichella Rino (ed.), "
       "Dizionario di Teologia Fondamentale, Cittadella, Assisi 1990, 49-56.",
       "Cittadella", "Assisi"},
      // Both GeoNames cities, the model's labels stand (held-out; the place swaps with the publisher when the
      // publisher is a place of the labelled references and the place a city alone: "Alhambra: Montréal").
      {"Lashmar, Paul. Spy Flights of the Cold War. Stroud: Sutton, 1996.", "Sutton", "Stroud"},
      // Two places stay one place ("Houndsmills" is a place of the labelled references).
      {"Qvortrup, Jens. “Varieties of Childhood.” Studies in Modern Childhood: Society, Agency, Culture. Ed. Jens "
       "Qvortrup. Houndsmills, Basingstoke: Palgrave Macmillan, 2005. 1-20.",
       "Palgrave Macmillan", "Houndsmills, Basingstoke"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.publisher == c.publisher);
    CHECK(r.publisher_place == c.place);
  }
}

TEST_CASE("The rules' place names hold the labelled references' places and GeoNames' cities, no organisation",
          "[refparse][refparse47]") {
  const refparse::Lexicon& places = refparse::place_names();
  // From the labelled references outside the held-out split (GeoNames writes "New York City", "Milan").
  CHECK(places.count("gz:new york"));
  CHECK(places.count("gz:milano"));
  CHECK(places.count("gz:houndsmills"));
  // From GeoNames' cities of 15,000 inhabitants or more.
  CHECK(places.count("gz:aosta"));
  CHECK(places.count("gz:gaithersburg"));
  // No organisation labelled a place now and then, no GeoNames "University" (Florida), no publisher labelled a place
  // as often as a publisher ("North-Holland").
  CHECK_FALSE(places.count("gz:university"));
  CHECK_FALSE(places.count("gz:university of leeds"));
  CHECK_FALSE(places.count("gz:north holland"));
}
