// Lead, session 51 (issue #16): reference strings of German and English social science (EXCITE's SSOAR gold
// standard, read by bench/refparse_excite.py: an unseen labelled set).
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "refnet/refparse.hpp"
#include "refnet/reference_sections.hpp"
#include "refparse_families.hpp"
#include "support.hpp"

using namespace refnet;

using namespace refnet::test;

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

// A bibliography names the author of the entry before it again with a run of dashes ("———.", "--- (1986).",
// "————, ed.", "—Luke: ..." glued) or with "Ders."/"Dies." (German): every such entry of AnyStyle's labelled data
// (anystyle__core.xml, anystyle__good.xml) came out with no author, "Ders" as the author, or was left out ("————,
// ed. In the Shadow of Empire": no title read).  fixtures/pages/repeated-authors.txt: real works, their entries as
// AnyStyle's data and real bibliographies write them.
TEST_CASE("an entry that repeats the author before it with dashes or 'Ders.' gets that author", "[lead51]") {
  Parsed p = parse_file(fixture("pages/repeated-authors.txt"));
  CHECK(p.diags.errors() == 0);
  std::map<std::string, const Record*> by_title;
  for (const Record& r : p.records) by_title[r.title] = &r;
  CHECK(p.records.size() == 12);
  struct Case {
    const char* title;
    std::vector<std::string> authors, editors;
  };
  const Case cases[] = {
      {"Knowledge of language: Its nature, origin, and use", {"Chomsky|N."}, {}},
      {"Luke: Artist and Theologian", {"Fitzmyer|Joseph A."}, {}},
      {"Faktizität und Geltung", {"Habermas|Jürgen"}, {}},
      {"Steppenwolf", {"Hesse|Hermann"}, {}},
      {"In the Shadow of Empire: Reclaiming the Bible as a History of Faithful Resistance", {}, {"Horsley|Richard A."}},
      {"The Hard Facts of the Grimms’ Fairy Tales", {"Tatar|Maria"}, {}},
      {"Der Steppenwolf", {"Hesse|Hermann"}, {}},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    auto it = by_title.find(c.title);
    REQUIRE(it != by_title.end());
    CHECK(persons(it->second->authors) == c.authors);
    CHECK(persons(it->second->editors) == c.editors);
  }
  CHECK(by_title.count("Steppenwolf") == 1);
  if (by_title.count("Steppenwolf")) CHECK(by_title["Steppenwolf"]->issued.year == 1969);
  // A single hyphen and a space is a bullet, not the author again.
  Parsed bullets = parse_string(
      "Bibliographie\n\n"
      "- V. GISCARD D'ESTAING, « Le giscardisme », Pouvoirs, 1979, n°9.\n"
      "- H. PLAGNOL, « La codification doit être une incitation à la réforme », J.C.P. A., 2003, n° 2140\n");
  REQUIRE(bullets.records.size() == 2);
  CHECK(families(bullets.records[1].authors) == std::vector<std::string>{"PLAGNOL"});
}

// A reference list under a heading in German, French, Spanish, Portuguese, Italian, Dutch, Polish or Turkish
// ("Literaturverzeichnis", "Bibliographie", "Références bibliographiques", "Referências", "Bibliografía") was no list
// at all: "no bibliographic records found" (EXCITE's SSOAR papers head theirs "Literatur", "Literaturverzeichnis").
TEST_CASE("reference headings of other languages open a list", "[lead51]") {
  for (const char* h : {"Literaturverzeichnis", "Literatur", "Bibliographie", "BIBLIOGRAPHIE", "Références",
                        "Références bibliographiques", "RÉFÉRENCES", "Referencias", "Referencias bibliográficas",
                        "Bibliografía", "Referências", "Referências Bibliográficas", "Bibliografia",
                        "Riferimenti bibliografici", "Literatuur", "Literatuurlijst", "Quellen- und Literaturverzeichnis",
                        "Literatura", "Kaynakça", "Obras citadas", "Ouvrages cités"}) {
    INFO(h);
    CHECK(reference_heading(h));
  }
  for (const char* h : {"Einleitung", "Introduction", "Resumen", "Literaturbericht über die Jahre 1990-2000 im Überblick"}) {
    INFO(h);
    CHECK_FALSE(reference_heading(h));
  }
}

// "Frankfurt a. M.: Suhrkamp" (German social science's most frequent place) came out "Frankfurt a. M", the
// abbreviation's period cut; "Washington, D.C." too.  A period that ends an abbreviation stays; the list's own goes.
TEST_CASE("a place that ends with an abbreviation keeps its period", "[lead51]") {
  CHECK(refnet::parse_reference("Beck, Ulrich (1986): Risikogesellschaft. Auf dem Weg in eine andere Moderne. "
                                "Frankfurt a. M.: Suhrkamp.")
            .publisher_place == "Frankfurt a. M.");
  CHECK(refnet::parse_reference("Luhmann, Niklas (1997): Die Gesellschaft der Gesellschaft. Frankfurt a.M.: Suhrkamp.")
            .publisher_place == "Frankfurt a.M.");
  CHECK(refnet::parse_reference("Putnam, Robert D. 1993. Making Democracy Work. Princeton: Princeton University Press.")
            .publisher_place == "Princeton");
  CHECK(refnet::parse_reference("Lijphart, Arend. 1999. Patterns of Democracy. New Haven, CT: Yale University Press.")
            .publisher_place == "New Haven, CT");
}

// German "u. a." ("und andere", et al.), its period cut as the list's: "Plasser, Fritz u. a. (2003):" came out
// with a second person "Fritz u. a" (EXCITE: 14 references); "u.a." too; Polish "i in.", Turkish "ve ark.".
TEST_CASE("'u. a.' and its siblings end a list of names as 'et al.' does", "[lead51]") {
  using V = std::vector<std::string>;
  CHECK(persons(refparse::split_names("Plasser, Fritz u. a")) == V{"Plasser|Fritz"});
  CHECK(persons(refparse::split_names("Barker, Roger G. u.a")) == V{"Barker|Roger G."});
  CHECK(persons(refparse::split_names("Kowalski, J., Nowak, A. i in")) == V{"Kowalski|J.", "Nowak|A."});
  CHECK(persons(refparse::split_names("Yılmaz, A. ve ark")) == V{"Yılmaz|A."});
  CHECK(persons(refnet::parse_reference("Kittur, Aniket u. a. (2007): Power of the few vs. wisdom of the crowd. "
                                          "In: Alt.CHI 2007, San Jose.")
                    .authors) == V{"Kittur|Aniket"});
  // Not inside names: "Xi Inman", "Lu, A.".
  CHECK(persons(refparse::split_names("Lu, A. and Xi Inman")).size() == 2);
}

// French social science writes "FAMILY Given" ("DURAND Jean-Pierre, STEWART Paul, CASTILLO Juan, 1998,"): the given
// names were read as the families (EXCITE: 9 lists).  And "Della Porta, Donatella", "Bodley Scott, Ronald": a family
// of two capitalised words before one given name was read as two persons.
TEST_CASE("'FAMILY Given' in capitals, and a family of two capitalised words", "[lead51]") {
  using V = std::vector<std::string>;
  CHECK(persons(refparse::split_names("DURAND Jean-Pierre, STEWART Paul, CASTILLO Juan")) ==
        V{"DURAND|Jean-Pierre", "STEWART|Paul", "CASTILLO|Juan"});
  CHECK(persons(refparse::split_names("SANDBERG Åke")) == V{"SANDBERG|Åke"});
  CHECK(persons(refparse::split_names("BAHNMÜLLER Reinhard, SALM Rainer")) == V{"BAHNMÜLLER|Reinhard", "SALM|Rainer"});
  CHECK(persons(refparse::split_names("Della Porta, Donatella")) == V{"Della Porta|Donatella"});
  CHECK(persons(refparse::split_names("Bodley Scott, Ronald")) == V{"Bodley Scott|Ronald"});
  CHECK(persons(refparse::split_names("Den Boer, Monica")) == V{"Den Boer|Monica"});
  // Unchanged: Vancouver's initials in capitals after the family, a given name first, an organisation in capitals.
  CHECK(persons(refparse::split_names("Smith JJ, Jones AB")) == V{"Smith|JJ", "Jones|AB"});
  CHECK(persons(refparse::split_names("SMITH JJ, JONES AB")) == V{"SMITH|JJ", "JONES|AB"});
  CHECK(persons(refparse::split_names("Anna Smith, Bob Jones")) == V{"Smith|Anna", "Jones|Bob"});
}

// German and Scandinavian statistical offices and ministries, the most cited authors of German social science,
// were read as persons ("Statistisches Bundesamt" -> family "Bundesamt", "Danmarks Statistik" -> "Statistik").
TEST_CASE("German and Nordic organisation words make an organisation", "[lead51]") {
  using V = std::vector<std::string>;
  CHECK(persons(refparse::split_names("Statistisches Bundesamt")) == V{"=Statistisches Bundesamt"});
  CHECK(persons(refparse::split_names("Danmarks Statistik")) == V{"=Danmarks Statistik"});
  CHECK(persons(refparse::split_names("Bundesministerium der Finanzen")) == V{"=Bundesministerium der Finanzen"});
  CHECK(persons(refparse::split_names("Europäische Kommission")) == V{"=Europäische Kommission"});
  CHECK(persons(refnet::parse_reference("Statistisches Bundesamt (2009): Bevölkerung und Erwerbstätigkeit. "
                                        "Wiesbaden.").authors) == V{"=Statistisches Bundesamt"});
  CHECK(persons(refnet::parse_reference("Danmarks Statistik, 2002a: Danmark i tal. Kopenhagen.").authors) ==
        V{"=Danmarks Statistik"});
}
