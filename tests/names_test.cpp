// BibTeX names: the three forms, von and Jr parts, corporate names.
#include <catch2/catch.hpp>

#include "refnet/citekey.hpp"
#include "refnet/names.hpp"

using refnet::Creator;
using refnet::parse_bibtex_name;
using refnet::parse_bibtex_names;

TEST_CASE("First von Last", "[bibtex][names]") {
  Creator c = parse_bibtex_name("Ludwig van Beethoven");
  CHECK(c.given == "Ludwig");
  CHECK(c.particle == "van");
  CHECK(c.family == "Beethoven");
  c = parse_bibtex_name("Maxat Kassen");
  CHECK(c.given == "Maxat");
  CHECK(c.family == "Kassen");
  c = parse_bibtex_name("Jean de la Fontaine");
  CHECK(c.particle == "de la");
  CHECK(c.family == "Fontaine");
  c = parse_bibtex_name("Aristotle");
  CHECK(c.family == "Aristotle");
  CHECK(c.given.empty());
}

// Zotero's BibTeX cases 007, 017 and 020: BibTeX's own rule takes every
// lower-case word for the von part, so "sudhin jacob" had the particle
// "sudhin" and "American Rights at Work" the particle "at".
TEST_CASE("First von Last: only real particles are von", "[bibtex][names]") {
  Creator c = parse_bibtex_name("sudhin jacob");
  CHECK(c.given == "sudhin");
  CHECK(c.particle.empty());
  CHECK(c.family == "jacob");
  c = parse_bibtex_name("jean de la fontaine");
  CHECK(c.given == "jean");
  CHECK(c.particle == "de la");
  CHECK(c.family == "fontaine");
  c = parse_bibtex_name("Maria dalla Costa");
  CHECK(c.given == "Maria");
  CHECK(c.particle == "dalla");
  CHECK(c.family == "Costa");
  c = parse_bibtex_name("Gerard 't Hooft");
  CHECK(c.particle == "'t");
  CHECK(c.family == "Hooft");
}

TEST_CASE("an organisation's name without braces is a literal", "[bibtex][names]") {
  Creator c = parse_bibtex_name("American Rights at Work");
  CHECK(c.literal == "American Rights at Work");
  CHECK(c.is_literal());
  c = parse_bibtex_name("Corporation for Digital Scholarship");
  CHECK(c.literal == "Corporation for Digital Scholarship");
  c = parse_bibtex_name("Friends of the Earth");
  CHECK(c.literal == "Friends of the Earth");
  c = parse_bibtex_name("World Health Organization");
  CHECK(c.literal == "World Health Organization");
  // A linking word before a lower-case last word is not an organisation's.
  c = parse_bibtex_name("Ludwig van Beethoven");
  CHECK(c.particle == "van");
  CHECK(c.family == "Beethoven");
}

TEST_CASE("von Last, First and von Last, Jr, First", "[bibtex][names]") {
  Creator c = parse_bibtex_name("van der Berg, Jan");
  CHECK(c.particle == "van der");
  CHECK(c.family == "Berg");
  CHECK(c.given == "Jan");
  c = parse_bibtex_name("King, Jr., Martin Luther");
  CHECK(c.family == "King");
  CHECK(c.suffix == "Jr.");
  CHECK(c.given == "Martin Luther");
  c = parse_bibtex_name("De Leone, Renato");
  CHECK(c.family == "De Leone");
  CHECK(c.given == "Renato");
}

// Session 29: "'t" read as a capitalised word kept family "'t Hart"; BibTeX reads it as the von part.
TEST_CASE("The Dutch particles 't and 's", "[bibtex][names]") {
  for (Creator c : {parse_bibtex_name("'t Hart, Paul"), refnet::parse_ris_name("'t Hart, Paul")}) {
    CHECK(c.particle == "'t");
    CHECK(c.family == "Hart");
    CHECK(c.given == "Paul");
  }
  Creator c = parse_bibtex_name("Paul 't Hart");
  CHECK(c.particle == "'t");
  CHECK(c.family == "Hart");
}

TEST_CASE("names are LaTeX-decoded after splitting", "[bibtex][names]") {
  Creator c = parse_bibtex_name("{\\v{S}}imi{\\'c}, Ivan");
  CHECK(c.family == "Šimić");
  c = parse_bibtex_name("Y{\\i}lmaz, Ay{\\c{s}}e");
  CHECK(c.family == "Yılmaz");
  CHECK(c.given == "Ayşe");
  c = parse_bibtex_name("L{\\'o}pez-Ib{\\'a}{\\~n}ez, Manuel");
  CHECK(c.family == "López-Ibáñez");
  // A special character counts by its letter: \"u is lower case, so "{\"u}ber" is von.
  c = parse_bibtex_name("Jean-Paul Sartre");
  CHECK(c.given == "Jean-Paul");
  CHECK(c.family == "Sartre");
  c = parse_bibtex_name("J.~R.~R. Tolkien");
  CHECK(c.given == "J. R. R.");
  CHECK(c.family == "Tolkien");
}

TEST_CASE("corporate names in braces are literals", "[bibtex][names]") {
  Creator c = parse_bibtex_name("{World Health Organization}");
  CHECK(c.literal == "World Health Organization");
  CHECK(c.is_literal());
  auto list = parse_bibtex_names("{Barnes and Noble} and Smith, John");
  REQUIRE(list.size() == 2);
  CHECK(list[0].literal == "Barnes and Noble");
  CHECK(list[1].family == "Smith");
}

TEST_CASE("name lists split on 'and' at brace level 0", "[bibtex][names]") {
  auto list = parse_bibtex_names("Figueira, J.R. and Greco, S.\n and Roy, B. and others");
  REQUIRE(list.size() == 4);
  CHECK(list[0].family == "Figueira");
  CHECK(list[0].given == "J.R.");
  CHECK(list[2].family == "Roy");
  CHECK(list[3].literal == "others");
  // "Anderson" and "Sandy" contain "and" but are not separators.
  list = parse_bibtex_names("Sandy Anderson AND Bob Andrews");
  REQUIRE(list.size() == 2);
  CHECK(list[0].family == "Anderson");
  CHECK(list[1].family == "Andrews");
  CHECK(parse_bibtex_names("").empty());
}

TEST_CASE("Scopus BibTeX names: family first, initials last, no comma", "[bibtex][names]") {
  // Scopus BibTeX editors: `editor = {Themistocleous K. and Hadjimitsis D.G.}`.
  auto list = parse_bibtex_names("Themistocleous K. and Hadjimitsis D.G.");
  REQUIRE(list.size() == 2);
  CHECK(list[0].family == "Themistocleous");
  CHECK(list[0].given == "K.");
  CHECK(list[1].family == "Hadjimitsis");
  CHECK(list[1].given == "D.G.");
  Creator c = parse_bibtex_name("van Ginkel J.");
  CHECK(c.particle == "van");
  CHECK(c.family == "Ginkel");
  CHECK(c.given == "J.");
  c = parse_bibtex_name("Lewis G. F.");
  CHECK(c.family == "Lewis");
  CHECK(c.given == "G. F.");
  // First Last with a middle initial is still First Last.
  c = parse_bibtex_name("Donald E. Knuth");
  CHECK(c.family == "Knuth");
  CHECK(c.given == "Donald E.");
  c = parse_bibtex_name("J. Smith");
  CHECK(c.family == "Smith");
}

TEST_CASE("Older Scopus BibTeX: a comma-separated name list", "[bibtex][names]") {
  // `editor={Papagiannidis S., Alamanos E., Gupta S.}`
  auto list = parse_bibtex_names("Papagiannidis S., Alamanos E., Gupta S.");
  REQUIRE(list.size() == 3);
  CHECK(list[0].family == "Papagiannidis");
  CHECK(list[0].given == "S.");
  CHECK(list[2].family == "Gupta");
  // "Family, Given" is one name, as BibTeX says.
  list = parse_bibtex_names("Smith, John");
  REQUIRE(list.size() == 1);
  CHECK(list[0].given == "John");
  list = parse_bibtex_names("Figueira, J.R.");
  REQUIRE(list.size() == 1);
  CHECK(list[0].family == "Figueira");
}

TEST_CASE("Web of Science BibTeX: 'Family III, Given I.' is one person, not a comma list of two", "[bibtex][names]") {
  // A real WoS BibTeX export (OliveiraEdu/R, savedrecs.bib): `Author = {Lai,
  // Thanh T. and Brooks III, Charles L.}` gave three people, "Brooks, III"
  // and "Charles, L.": the generation's "III" passed for packed initials.
  auto list = parse_bibtex_names("Lai, Thanh T. and Brooks III, Charles L.");
  REQUIRE(list.size() == 2);
  CHECK(list[1].family == "Brooks");
  CHECK(list[1].suffix == "III");
  CHECK(list[1].given == "Charles L.");
  // Initials all dotted or all packed: still a comma list.
  CHECK(parse_bibtex_names("Ivanov I.I., Petrov A.A.").size() == 2);
  CHECK(parse_bibtex_names("Smith JA, Jones KB").size() == 2);
  // BibTeX's own "von Last, Jr, First" keeps its three parts.
  list = parse_bibtex_names("Messier, Jr., William F.");
  REQUIRE(list.size() == 1);
  CHECK(list[0].family == "Messier");
  CHECK(list[0].suffix == "Jr.");
}

TEST_CASE("Scopus BibTeX: 'Family Jr., Given' is one person, not a comma list of two", "[bibtex][names]") {
  // pyBibX's scopus_m.bib (a real Scopus export): `author = {Carmone Jr., Frank J.
  // and Kara, Ali and Zanakis, Stelios H.}` gave four people, "Carmone, Jr." and
  // "Frank, J.": "Jr." was taken for an initial (as Scopus's "Ch." is).
  auto list = parse_bibtex_names("Carmone Jr., Frank J. and Kara, Ali and Zanakis, Stelios H.");
  REQUIRE(list.size() == 3);
  CHECK(list[0].given == "Frank J.");
  CHECK(list[0].display().find("Carmone") != std::string::npos);
  CHECK(list[1].family == "Kara");
  CHECK_FALSE(refnet::is_initials("Jr."));
  CHECK_FALSE(refnet::is_initials("Sr."));
  CHECK(refnet::is_initials("JR"));  // two packed initials (PubMed)
  // Packed initials: up to six undotted capitals (WoS "Gomes, LFAM", MEDLINE "Coelho MSZS").
  CHECK(refnet::is_packed_initials("LFAM"));
  CHECK(refnet::is_packed_initials("MSZSAB"));
  CHECK_FALSE(refnet::is_packed_initials("MSZSABC"));
  CHECK_FALSE(refnet::is_packed_initials("L.F."));
  CHECK_FALSE(refnet::is_packed_initials("Lf"));
  CHECK_FALSE(refnet::is_packed_initials(""));
  CHECK(refnet::is_initials("Ch."));
}

TEST_CASE("A dangling 'and' at the end of a name list is not a name", "[bibtex][names]") {
  auto list = parse_bibtex_names("Smith, John and Doe, Jane and");
  REQUIRE(list.size() == 2);
  CHECK(list[1].family == "Doe");
  CHECK(list[1].given == "Jane");
  list = parse_bibtex_names("and Smith, John");
  REQUIRE(list.size() == 1);
  CHECK(list[0].family == "Smith");
  CHECK(parse_bibtex_names(" and ").empty());
}

TEST_CASE("same_family_and_initial compares first letters, not bytes, accents aside", "[names]") {
  // Scopus's and WoS's short and full author lists are paired by family name
  // and first initial: the initial was the first byte, so "Иванов, Б." was
  // Андрей Иванов (А and Б share their lead byte) and "Bauce, E." was not
  // Éric Bauce.
  using refnet::same_family_and_initial;
  CHECK_FALSE(same_family_and_initial(parse_bibtex_name("Иванов, Б."), parse_bibtex_name("Иванов, Андрей")));
  CHECK(same_family_and_initial(parse_bibtex_name("Иванов, А."), parse_bibtex_name("Иванов, Андрей")));
  CHECK(same_family_and_initial(parse_bibtex_name("Bauce, E."), parse_bibtex_name("Bauce, Éric")));
  CHECK_FALSE(same_family_and_initial(parse_bibtex_name("Bauce, Ü."), parse_bibtex_name("Bauce, Éric")));
  CHECK(same_family_and_initial(parse_bibtex_name("Smith, j."), parse_bibtex_name("Smith, John")));
}

// biblatex's extended name format (biblatex manual 3.4, read by biber):
// "family=Rabble, given=Richard, prefix=von, useprefix=true", and name-list
// options as items of their own ("useprefix=false and ...").  Found in
// biber's own examples (fixtures/corpora/biber__examples.bib): before, the
// person was family "useprefix=true", given "prefix=von, family=Rabble" and
// the option item a person "useprefix=false".
TEST_CASE("biblatex's extended name format", "[bibtex][names]") {
  std::vector<std::string> options;
  auto v = refnet::parse_bibtex_names("useprefix=false and useprefix=true, given=Richard, prefix=von, family=Rabble",
                                      &options);
  REQUIRE(v.size() == 1);
  CHECK(v[0].family == "Rabble");
  CHECK(v[0].given == "Richard");
  CHECK(v[0].particle == "von");
  REQUIRE(options.size() == 2);
  CHECK(options[0] == "useprefix=false");
  CHECK(options[1] == "useprefix=true");

  options.clear();
  v = refnet::parse_bibtex_names(
      "sortingnamekeytemplatename=snks1 and Simon Smith and family=Brown, prefix=de, given=Brian, "
      "sortingnamekeytemplatename=snks2",
      &options);
  REQUIRE(v.size() == 2);
  CHECK(v[0].family == "Smith");
  CHECK(v[1].family == "Brown");
  CHECK(v[1].particle == "de");
  CHECK(v[1].given == "Brian");
  CHECK(options.size() == 2);

  // Braced and quoted values, LaTeX decoded, initials (given-i) dropped as options.
  options.clear();
  v = refnet::parse_bibtex_names("family={M{\\\"u}ller, Jr.}, given={Hans Peter}, given-i={HP}, suffix=Jr.", &options);
  REQUIRE(v.size() == 1);
  CHECK(v[0].family == "M\xC3\xBCller, Jr.");
  CHECK(v[0].given == "Hans Peter");
  CHECK(v[0].suffix == "Jr.");
  CHECK(options == std::vector<std::string>{"given-i={HP}"});

  // Not the extended format: "=" inside a braced literal, a plain name.
  v = refnet::parse_bibtex_names("{A=B Corporation} and Smith, John");
  REQUIRE(v.size() == 2);
  CHECK(v[0].literal == "A=B Corporation");
  CHECK(v[1].family == "Smith");
}

// export31 found PubMed's ORCIDs without hyphens ("0000000300057798", sk8_pubmed_result.xml): kept so, they did not
// come back through biblatex's name annotations, nor matched the same ORCID written with hyphens elsewhere.
TEST_CASE("An ORCID without its hyphens is written as ORCID writes it", "[names]") {
  CHECK(refnet::clean_orcid("0000000300057798") == "0000-0003-0005-7798");
  CHECK(refnet::clean_orcid("http://orcid.org/000000021825009x") == "0000-0002-1825-009X");
  CHECK(refnet::clean_orcid("https://orcid.org/0000-0002-1825-0097") == "0000-0002-1825-0097");
  CHECK(refnet::clean_orcid("12345") == "12345");  // not an ORCID: as it was
}

TEST_CASE("a family name with another in parentheses is a person's (WoS AF 'Baidya (Kayal), Esha')", "[names]") {
  // Web of Science's AF of wo1dnr5's savedrecs (audit41): a maiden or
  // alternative family name in parentheses; the whole was a literal.
  Creator c = refnet::parse_ris_name("Baidya (Kayal), Esha");
  CHECK(c.literal.empty());
  CHECK(c.family == "Baidya (Kayal)");
  CHECK(c.given == "Esha");
  // Its key takes the first family name, as citing papers write it ("Baidya E, 2014").
  refnet::Record r;
  r.authors.push_back(c);
  r.issued.year = 2014;
  r.title = "Lecture Khoj: an app";
  CHECK(refnet::expand_key_pattern(refnet::kDefaultKeyPattern, r) == "baidya2014lecture");
  // Organisations keep their parentheses as written.
  CHECK(refnet::parse_ris_name("World Health Organization (WHO), Geneva").family.empty());
  CHECK(refnet::parse_ris_name("Centre (UK), Research").family.empty());
}
