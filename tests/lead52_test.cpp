// Lead, session 52 (issues #11, #16).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/names.hpp"
#include "refnet/reference_sections.hpp"
#include "support.hpp"

using namespace refnet;

// A numbered heading in another language ("1. Literatur", "7 Literaturverzeichnis", "V. Bibliographie",
// "IV. RÉFÉRENCES") was no heading: the other languages' names were compared with the line's numbering still on,
// while English ones ("7. References") had it taken off.  Roman numerals number headings as often as digits.
TEST_CASE("numbered reference headings of every language open a list", "[lead52]") {
  for (const char* h : {"1. Literatur", "7 Literaturverzeichnis", "12. Bibliographie", "V. Bibliographie",
                        "IV. RÉFÉRENCES", "3. Referências bibliográficas", "VII. References", "XII References",
                        "6. Kaynakça:", "II. Literatur und Quellen"}) {
    INFO(h);
    CHECK(reference_heading(h));
  }
  // A roman numeral is a number only before a period or space and the heading's name, not a word of it.
  for (const char* h : {"Vi Literatur", "Civil References", "I. Einleitung", "2. Literaturbericht 1990-2000",
                        "Mix References"}) {
    INFO(h);
    CHECK_FALSE(reference_heading(h));
  }
}

// Scopus RIS writes a proceedings' organiser with its address as A2 (ShahKosha2000/Research-paper's scopus.ris:
// 'Saint Petersburg Electrotechnical University "LETI", Prof. Popov Str. 5, Saint Petersburg'): it came out an
// organisation without "Prof." (the street's name), with two warnings that spoke of a person's title and suffix.
// An organisation keeps its whole name and nothing is said to be dropped from it.
TEST_CASE("an organisation with an address keeps every word of it", "[lead52]") {
  const std::string a = "Saint Petersburg Electrotechnical University \"LETI\", Prof. Popov Str. 5, Saint Petersburg";
  NameGuess guess;
  Creator c = parse_ris_name(a, &guess);
  CHECK(c.literal == a);
  CHECK(guess.titles.empty());
  CHECK(guess.not_suffix.empty());
  // A person's title is still dropped, and said.
  NameGuess person;
  Creator p = parse_ris_name("Sudmeier-Rieux, Dr. Karen", &person);
  CHECK(p.family == "Sudmeier-Rieux");
  CHECK(p.given == "Karen");
  CHECK(person.titles == "Dr.");
}

// Zotero guesses two fields from "DESI Collaboration" (lastName "Collaboration", firstName "DESI") and writes them so
// in its JSON and CSL-JSON; Crossref deposits some groups as family/given too.  RIS, BibTeX, EndNote XML and Zotero
// RDF read such a name as the group in written order (audit52b, 3835dfab); the JSON readers made a person
// "Collaboration, DESI" of it.
TEST_CASE("a group's noun as a family name is the group in every JSON reader", "[lead52]") {
  auto first_author = [](const refnet::test::Parsed& p) {
    REQUIRE(p.records.size() == 1);
    REQUIRE(!p.records[0].authors.empty());
    const Creator& c = p.records[0].authors[0];
    return c.is_literal() ? "=" + c.literal : c.family + "|" + c.given;
  };
  CHECK(first_author(refnet::test::parse_string(
            R"([{"key":"A","itemType":"journalArticle","title":"DESI 2024 III","creators":[)"
            R"({"creatorType":"author","lastName":"Collaboration","firstName":"DESI"},)"
            R"({"creatorType":"author","lastName":"Adame","firstName":"A. G."}]}])",
            Format::zotero_json)) == "=DESI Collaboration");
  CHECK(first_author(refnet::test::parse_string(
            R"([{"id":"a","type":"article-journal","title":"DESI 2024 III","author":[)"
            R"({"family":"Collaboration","given":"DESI"},{"family":"Adame","given":"A. G."}]}])",
            Format::csl_json)) == "=DESI Collaboration");
  // A person whose family name is no group's noun stays a person.
  CHECK(first_author(refnet::test::parse_string(
            R"([{"id":"a","type":"article-journal","title":"T","author":[{"family":"Nguyen","given":"The Hong Phong"}]}])",
            Format::csl_json)) == "Nguyen|The Hong Phong");
}
