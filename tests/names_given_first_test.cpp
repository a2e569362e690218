// Names written given name first, as OpenAlex (display_name,
// raw_author_name), Lens, IEEE, SpringerLink and page text write them.  The
// cases are real names whose family name the source's own structured form
// gives (Crossref family/given, Scopus "Author full names", WoS AF, RIS
// "Family, Given"), written back given-first.
#include <catch2/catch.hpp>

#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
Creator person(std::string family, std::string given, std::string particle = {}, std::string suffix = {}) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  c.particle = std::move(particle);
  c.suffix = std::move(suffix);
  return c;
}
}  // namespace

TEST_CASE("given-first names: a capitalised particle before the last word is the family's", "[names][given_first]") {
  // Crossref: family "Van Vugt", "De Dreu", "Di Giovanni", "Del Giudice".
  CHECK(parse_ris_name("Mark Van Vugt") == person("Van Vugt", "Mark"));
  CHECK(parse_ris_name("Carsten K. W. De Dreu") == person("De Dreu", "Carsten K. W."));
  CHECK(parse_ris_name("Giuseppe Di Giovanni") == person("Di Giovanni", "Giuseppe"));
  CHECK(parse_ris_name("Manlio Del Giudice") == person("Del Giudice", "Manlio"));
  CHECK(parse_ris_name("Stef Van Der Hoeven") == person("Van Der Hoeven", "Stef"));
  CHECK(parse_ris_name("Rafael G Dos Santos") == person("Dos Santos", "Rafael G"));
  CHECK(parse_ris_name("Tom D. Le Breton") == person("Le Breton", "Tom D."));
  CHECK(parse_ris_name("Sarah St John") == person("St John", "Sarah"));
  CHECK(parse_ris_name("Abdullah Al Mamun") == person("Al Mamun", "Abdullah"));
  CHECK(parse_ris_name("Sarah Ben Amor") == person("Ben Amor", "Sarah"));
  // The first word is always given: "Van Morrison", "De Wayne Smith".
  CHECK(parse_ris_name("Van Morrison") == person("Morrison", "Van"));
  // The last word is the family name even when it spells a particle.
  CHECK(parse_ris_name("Xiaobo Du") == person("Du", "Xiaobo"));
  // Written family first with a comma, the same family: both sources agree.
  CHECK(parse_ris_name("Van Vugt, Mark") == parse_ris_name("Mark Van Vugt"));
}

TEST_CASE("given-first names: a Vietnamese middle name Van, Le or Do is no particle", "[names][given_first]") {
  // Vietnamese names written given first (OpenAlex, Lens, IEEE): "Hai Van
  // Nguyen" is Nguyen, Hai Van, as the databases give it; "Van" there is the
  // middle name, not the Dutch particle of "Mark Van Vugt".
  CHECK(parse_ris_name("Hai Van Nguyen") == person("Nguyen", "Hai Van"));
  CHECK(parse_ris_name("Thi Le Tran") == person("Tran", "Thi Le"));
  CHECK(parse_ris_name("Minh Do Pham") == person("Pham", "Minh Do"));
  CHECK(parse_ris_name("Thanh Van Lê") == person("Lê", "Thanh Van"));
  CHECK(parse_ris_name("Quoc Van Nguyễn") == person("Nguyễn", "Quoc Van"));
  // The Dutch and Flemish ones stay.
  CHECK(parse_ris_name("Mark Van Vugt") == person("Van Vugt", "Mark"));
  CHECK(parse_ris_name("Stef Van Der Hoeven") == person("Van Der Hoeven", "Stef"));
}

TEST_CASE("given-first names: a lower-case particle starts the family name", "[names][given_first]") {
  CHECK(parse_ris_name("Iracema de Souza Moll") == person("Souza Moll", "Iracema", "de"));
  CHECK(parse_ris_name("Danilo Augusto de Souza Machado") == person("Souza Machado", "Danilo Augusto", "de"));
  CHECK(parse_ris_name("João Carlos da Silva Dias") == person("Silva Dias", "João Carlos", "da"));
  CHECK(parse_ris_name("Jose de Jesus Navar") == person("Jesus Navar", "Jose", "de"));
  CHECK(parse_ris_name("Frank M M A van der Heijden") == person("Heijden", "Frank M M A", "van der"));
  CHECK(parse_ris_name("Cajo J. F. ter Braak") == person("Braak", "Cajo J. F.", "ter"));
  CHECK(parse_ris_name("Katie Palmer du Preez") == person("Preez", "Katie Palmer", "du"));
  CHECK(parse_ris_name("de la Cruz Valencia, Cesar") == person("Cruz Valencia", "Cesar", "de la"));
  CHECK(parse_ris_name("Cesar de la Cruz Valencia") == person("Cruz Valencia", "Cesar", "de la"));
  CHECK(parse_ris_name("César De la Cruz Valencia") == person("De la Cruz Valencia", "César"));
  CHECK(parse_ris_name("Dirk W. te Velde") == person("Velde", "Dirk W.", "te"));
  CHECK(parse_ris_name("Eduardo da Motta e Albuquerque") == person("Motta e Albuquerque", "Eduardo", "da"));
}

TEST_CASE("given-first names: two Iberian surnames", "[names][given_first]") {
  // The case: "José Luis García Márquez" was family "Márquez".
  CHECK(parse_ris_name("José Luis García Márquez") == person("García Márquez", "José Luis"));
  CHECK(parse_ris_name("Gabriel García Márquez") == person("García Márquez", "Gabriel"));
  CHECK(parse_ris_name("Manuel Ruiz Pérez") == person("Ruiz Pérez", "Manuel"));
  CHECK(parse_ris_name("Lucas Gutiérrez Rodríguez") == person("Gutiérrez Rodríguez", "Lucas"));
  CHECK(parse_ris_name("Ignacio A. González Hernández") == person("González Hernández", "Ignacio A."));
  CHECK(parse_ris_name("Juan Carlos Camargo Garcia") == person("Camargo Garcia", "Juan Carlos"));
  CHECK(parse_ris_name("M. J. Rodríguez Vásquez") == person("Rodríguez Vásquez", "M. J."));
  // A given name is not a surname: "José Luis", "María José" stay given.
  CHECK(parse_ris_name("José Luis Rodríguez") == person("Rodríguez", "José Luis"));
  CHECK(parse_ris_name("María José Silva") == person("Silva", "María José"));
  // Two words: the last is the family name, whatever it is.
  CHECK(parse_ris_name("Garcia Lopez") == person("Lopez", "Garcia"));
  // No evidence, no guess: the last word, as Zotero and citation.js read it.
  CHECK(parse_ris_name("Mally Shechory Bitton") == person("Bitton", "Mally Shechory"));
}

TEST_CASE("given-first names: initials then names, the last word the family", "[names][given_first]") {
  // Crossref: family "Wilson", given "A. George" (was family "George Wilson").
  CHECK(parse_ris_name("A. George Wilson") == person("Wilson", "A. George"));
  CHECK(parse_ris_name("W. Neil Adger") == person("Adger", "W. Neil"));
  CHECK(parse_ris_name("H. Carolyn Peach Brown") == person("Brown", "H. Carolyn Peach"));
  CHECK(parse_ris_name("A. J. van Bodegom") == person("Bodegom", "A. J.", "van"));
  CHECK(parse_ris_name("S. J. Ben Yoo") == person("Ben Yoo", "S. J."));
  CHECK(parse_ris_name("A. S. Z. Belloum") == person("Belloum", "A. S. Z."));
  CHECK(parse_ris_name("J. -P. Nominé") == person("Nominé", "J. -P."));  // IEEE CSV
  CHECK(parse_ris_name("Y. -T. S. Chang") == person("Chang", "Y. -T. S."));
  CHECK(parse_ris_name("F. Di Natale") == person("Di Natale", "F."));
}

TEST_CASE("given-first names: several middle initials, long names", "[names][given_first]") {
  // Were literals ("kept as written"): more than four words.
  CHECK(parse_ris_name("Eva M. M. I. Niesten") == person("Niesten", "Eva M. M. I."));
  CHECK(parse_ris_name("Luiz E. O. C. Aragao") == person("Aragao", "Luiz E. O. C."));
  CHECK(parse_ris_name("Abu Saleh Md Golam Kibria") == person("Kibria", "Abu Saleh Md Golam"));
  CHECK(parse_ris_name("Micheline de Sousa Zanotti Stagliorio Coelho") ==
        person("Sousa Zanotti Stagliorio Coelho", "Micheline", "de"));
}

TEST_CASE("given-first names: a generation suffix at the end", "[names][given_first]") {
  CHECK(parse_ris_name("John Smith Jr.") == person("Smith", "John", "", "Jr."));
  CHECK(parse_ris_name("Martin Luther King Jr") == person("King", "Martin Luther", "", "Jr"));
  CHECK(parse_ris_name("Robert Downey, Jr.") == person("Downey", "Robert", "", "Jr."));
  CHECK(parse_ris_name("J. H. Laros III") == person("Laros", "J. H.", "", "III"));
  // "Ivanov II" (PubMed initials) and "Smith, Jr." stay what they were.
  CHECK(parse_ris_name("Ivanov II") == person("Ivanov", "II"));
}

TEST_CASE("given-first names in capitals: a dotted initial then a word is not family-first", "[names][given_first]") {
  // WoS/Crossref: "DEREK E. LEE" was family "DEREK", given "E. LEE".
  CHECK(parse_ris_name("DEREK E. LEE") == person("LEE", "DEREK E."));
  CHECK(parse_ris_name("Lewis G. F.") == person("Lewis", "G. F."));
  CHECK(parse_ris_name("SMITH JA") == person("SMITH", "JA"));
}

TEST_CASE("given-first names: Arabic articles and elisions glued to the family name", "[names][given_first]") {
  // Were literals: "al-Harbi" is no capitalised word.
  CHECK(parse_ris_name("Mohammed al-Harbi") == person("al-Harbi", "Mohammed"));
  CHECK(parse_ris_name("Abu Bakr el-Sayed") == person("el-Sayed", "Abu Bakr"));
  CHECK(parse_ris_name("Jean d'Alembert") == person("d'Alembert", "Jean"));
  CHECK(parse_ris_name("Mohammed Al-Harbi") == person("Al-Harbi", "Mohammed"));
}

TEST_CASE("names in Han, kana or Hangul are written family name first", "[names][given_first]") {
  // Was family "太郎", given "山田".
  CHECK(parse_ris_name("山田 太郎") == person("山田", "太郎"));
  CHECK(parse_ris_name("김 철수") == person("김", "철수"));
  CHECK(parse_ris_name("张伟") == person("张伟", ""));  // one word: no evidence where the family name ends
  CHECK(parse_ris_name("Wei Zhang") == person("Zhang", "Wei"));
}

TEST_CASE("given-first names: a guessed second surname is said once a file", "[names][given_first]") {
  NameGuess g;
  CHECK(parse_ris_name("Manuel Ruiz Pérez", &g) == person("Ruiz Pérez", "Manuel"));
  CHECK(g.two_surnames);
  NameGuess none;
  parse_ris_name("Iracema de Souza Moll", &none);  // a particle says it
  CHECK_FALSE(none.two_surnames);
  // OpenAlex's web CSV: display names given first, '|' between them.
  Parsed p = parse_string("display_name,authorships.author.display_name,publication_year,doi\n"
                          "A first work,Manuel Ruiz Pérez|Mark Van Vugt,2020,10.1000/a\n"
                          "A second work,José Luis García Márquez|Ana Lopez,2021,10.1000/b\n",
                          Format::table_csv);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[1].authors[0].family == "García Márquez");
  CHECK(p.records[1].authors[1].family == "Lopez");
  CHECK(has_diag(p.diags, Severity::warning, 2,
                 "authorships.author.display_name: 2 names written given name first read with two Spanish surnames, "
                 "the first 'Manuel Ruiz Pérez' (family 'Ruiz Pérez')"));
  CHECK(p.diags.warnings() == 1);
}
