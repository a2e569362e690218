// Lead, session 52 (issues #11, #16).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/reference_sections.hpp"

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
