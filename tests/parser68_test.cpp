// Reference parser, session 68 (issue 16): rules after the model, social-science layouts (German „…“ quotes, a book's
// subtitle before its place).  The references are written for the test in the shapes met in EXCITE's German and
// English social-science reference lists (github.com/exciteproject/EXgoldstandard, whose licence keeps its data out of
// the repository: measured with bench/refparse_excite.py, never copied).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"

using namespace refnet;

namespace {

struct Expect {
  const char* reference;
  const char* title;
  const char* container;  // nullptr: not checked
  const char* place;      // nullptr: not checked
};

void check(const Expect& e) {
  INFO(e.reference);
  Record r = parse_reference(e.reference);
  CHECK(r.title == e.title);
  if (e.container) CHECK(r.container_title == e.container);
  if (e.place) CHECK(r.publisher_place == e.place);
}

}  // namespace

// German „…“ bound a title the way “…” do where a comma or "In" follows the closing mark; where a period or colon
// and more words follow, the quoted phrase opens a longer title (its subtitle after it) and stays a part of it, its
// marks with it.
TEST_CASE("parser68: German quotes bound a title before a comma or 'In'", "[refparse][parser68]") {
  const Expect cases[] = {
      {"Keller, Anna, 2003: \xE2\x80\x9EUnver\xC3\xB6" "ffentlichte Bilanz der Gesundheitsreform\xE2\x80\x9C, Gutachten "
       "f\xC3\xBCr das Ministerium f\xC3\xBCr Soziales, Mainz.",
       "Unver\xC3\xB6" "ffentlichte Bilanz der Gesundheitsreform", nullptr, "Mainz"},
      {"Kohl, Anne, 2001: \xE2\x80\x9ERichtlinien des Bundesausschusses in der Diskussion. Interview mit Karl "
       "Jung\xE2\x80\x9C, Gesundheits\xC3\xB6konomie und Qualit\xC3\xA4tsmanagement 4: A94-A96.",
       "Richtlinien des Bundesausschusses in der Diskussion. Interview mit Karl Jung",
       "Gesundheits\xC3\xB6konomie und Qualit\xC3\xA4tsmanagement", nullptr},
      {"Lange, Petra (2003): \xE2\x80\x9EGesundheitsreform und Wettbewerb: Eine Bilanz der Kassenwahl\xE2\x80\x9C, "
       "Diskussionspapier Nr. 12 des Instituts f\xC3\xBCr Sozialpolitik, Berlin.",
       "Gesundheitsreform und Wettbewerb: Eine Bilanz der Kassenwahl", nullptr, nullptr},
      // A period or a colon after the closing mark: the subtitle goes on (these parsed so before, and must stay).
      {"Weber, Karl, 1999: \xE2\x80\x9EOhne Arbeit geht es nicht\xE2\x80\x9C. Jugend und Beruf in Ostdeutschland. "
       "Opladen: Leske + Budrich.",
       "\xE2\x80\x9EOhne Arbeit geht es nicht\xE2\x80\x9C. Jugend und Beruf in Ostdeutschland", "", "Opladen"},
      {"Kr\xC3\xBCger, H. (2004): \xE2\x80\x9E" "Das Ende der Normalbiographie\xE2\x80\x9C: Lebensl\xC3\xA4ufe im "
       "Wandel. In: Soziale Welt 55, S. 3-20.",
       "\xE2\x80\x9E" "Das Ende der Normalbiographie\xE2\x80\x9C: Lebensl\xC3\xA4ufe im Wandel", "Soziale Welt", nullptr},
      {"Hofmann, Eva (2002): \xE2\x80\x9EWir sind doch keine Nummern\xE2\x80\x9C. Patienten im Krankenhaus. Weinheim: "
       "Juventa.",
       "\xE2\x80\x9EWir sind doch keine Nummern\xE2\x80\x9C. Patienten im Krankenhaus", "", "Weinheim"},
  };
  for (const Expect& e : cases) check(e);
}
