// Reference parser, session 68 (issue 16): rules after the model, social-science layouts (German „…“ quotes, a book's
// subtitle before its place).  The references are written for the test in the shapes met in EXCITE's German and
// English social-science reference lists (github.com/exciteproject/EXgoldstandard, whose licence keeps its data out of
// the repository: measured with bench/refparse_excite.py, never copied).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "../src/refparse_tokens.hpp"

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

// "Title. Ein Versuch über …, Frankfurt a.M.": a book's subtitle after the title's period, opening with an article or
// a preposition, read as a container or publisher before the place: the title's.  A publisher's name ("A. Le
// Brument", an initial), a series or a publisher's word keeps its label.
TEST_CASE("parser68: a book's subtitle before its place is the title's", "[refparse][parser68]") {
  const Expect cases[] = {
      {"Hartmann, Michael(2002), Struktur-Wandel. Ein Versuch \xC3\xBC" "ber die Soziologie der Eliten, Frankfurt a.M.",
       "Struktur-Wandel. Ein Versuch \xC3\xBC" "ber die Soziologie der Eliten", "", "Frankfurt a.M."},
      // (Not "Blogosphäre. Das Buch, Berlin.": two words after a definite article are read as a name, as "Die Zeit",
      // "Das Parlament", "Le Seuil" must be: lead68_test.)
      {"Frank, Ulrich (1999). The New Left in Northern Europe. A Comparative Analysis, Ann Arbor.",
       "The New Left in Northern Europe. A Comparative Analysis", "", "Ann Arbor"},
      // Stay as they were.
      {"Keller, Rainer (2005): Diskursforschung. Eine Einf\xC3\xBChrung f\xC3\xBCr Sozialwissenschaftler. Wiesbaden: "
       "Westdeutscher Verlag.",
       "Diskursforschung. Eine Einf\xC3\xBChrung f\xC3\xBCr Sozialwissenschaftler", "", "Wiesbaden"},
      {"Miller, John (1990), Making Markets. The Social Construction of Prices and Value, New York.",
       "Making Markets. The Social Construction of Prices and Value", "", "New York"},
  };
  for (const Expect& e : cases) check(e);
  // The rule's guards: a publisher's initial, a publisher's word.
  Record r = parse_reference("Dupont, Jean, 1852 : Histoire de la ville et du dioc\xC3\xA8se. A. Le Brument, Rouen, 1852.");
  CHECK(r.title.find("Brument") == std::string::npos);
  r = parse_reference("Kraus, Peter (2003): Die neue Arbeitswelt. The Campus Press, Frankfurt.");
  CHECK(r.title == "Die neue Arbeitswelt");
}

// A year a PDF's text layer glued to the word before it ("Franke, Sassa1999:", "Warszawa1988."): read apart, at an
// author-date's opening "Family, Given1999:", at the reference's end, after a month's name; a title's own name with a
// number ("after Planck2013 ,") stays whole.
TEST_CASE("parser68: a year glued to the word before it", "[refparse][parser68]") {
  Record r = parse_reference(
      "Weber, Jonas1998: Stadtverkehr im Wandel. Erfahrungen aus europ\xC3\xA4ischen St\xC3\xA4" "dten, Berlin");
  CHECK(r.issued.year == 1998);
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Weber");
  CHECK(r.title == "Stadtverkehr im Wandel. Erfahrungen aus europ\xC3\xA4ischen St\xC3\xA4" "dten");
  r = parse_reference("Kessler, Marta1994. Heimatfront. Familien und Arbeit im Ersten Weltkrieg. Hamburg: Christians.");
  CHECK(r.issued.year == 1994);
  CHECK(r.title == "Heimatfront. Familien und Arbeit im Ersten Weltkrieg");
  r = parse_reference("MarekNowak. Legenda i pami\xC4\x99\xC4\x87. Szkice o historii miasta. Krak\xC3\xB3w1987.");
  CHECK(r.issued.year == 1987);
  CHECK(r.publisher_place == "Krak\xC3\xB3w");
  CHECK(r.container_title.empty());
  r = parse_reference("A. Smith, B. Jones, Inflation after Planck2013 , Phys. Lett. B736 (2014) 142.");
  CHECK(r.issued.year == 2014);
  CHECK(r.title.find("Planck2013") != std::string::npos);
}

// At the reference's end a year glued to a word is split from it only where the word is a known place or publisher
// ("Warszawa1988.", "Springer1998."): a programme's, a plan's or a meeting's name with its year ("Horizon2020",
// "Vision2030", "Interspeech2019") stays whole (review68b: "Brussels. Horizon2020." gave the place "Brussels. Horizon"
// and the annotation "2020"; "Vision2030." the publisher "…, Vision"; "Interspeech2019." the container "Proceedings of
// Interspeech").
TEST_CASE("parser68: a glued year at the end splits only from a known place or publisher", "[refparse][parser68]") {
  auto fields = [](const Record& r) {
    std::string all = r.title + "|" + r.container_title + "|" + r.publisher + "|" + r.publisher_place + "|" + r.number;
    for (const auto& x : r.extra) all += "|" + x.name + "=" + x.value;
    return all;
  };
  Record r = parse_reference(
      "Smith, J. (2018). Research and innovation in Europe. European Commission, Brussels. Horizon2020.");
  CHECK(r.issued.year == 2018);
  CHECK(r.publisher_place.find("Horizon") == std::string::npos);
  std::string all = fields(r);
  INFO(all);
  CHECK(all.find("Horizon2020") != std::string::npos);
  r = parse_reference(
      "Al-Saud, F. (2019). Economic diversification in Saudi Arabia. Riyadh: Ministry of Economy, Vision2030.");
  CHECK(r.issued.year == 2019);
  all = fields(r);
  INFO(all);
  CHECK(all.find("Vision2030") != std::string::npos);
  CHECK(r.publisher.find("Vision") == r.publisher.find("Vision2030"));
  r = parse_reference("Lee, S. (2020). Deep networks for vision. In: Proceedings of Interspeech2019.");
  CHECK(r.issued.year == 2020);
  CHECK(r.container_title == "Proceedings of Interspeech2019");
  // A known place or publisher: split as before.
  r = parse_reference("Kowalski, J. Historia miasta. Warszawa1988.");
  CHECK(r.issued.year == 1988);
  CHECK(r.publisher_place == "Warszawa");
  r = parse_reference("Miller, D. Material Cultures of the Modern Age. Berlin: Springer1998.");
  CHECK(r.issued.year == 1998);
  CHECK(r.publisher == "Springer");
}

// The rules' shared token reader (src/refparse_tokens.hpp), which replaced each rule's own "word", "is_word" and
// "small_number" lambdas and its label-span scans: the same answers as those lambdas gave.
TEST_CASE("parser68: the rules' token reader answers as the rules' lambdas did", "[refparse][parser68]") {
  using namespace refnet::refparse;
  const std::string text = "In: S\xC3\xBC" "ddeutsche Zeitung vom 7. 12. 2002, \xE2\x80\x9E" "Titel\xE2\x80\x9C 00 31 32 123";
  const std::vector<Token> toks = tokenize(text);
  const TokenText word{text, toks};
  std::vector<std::string> words;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    CHECK(word(k) == std::string_view(text).substr(toks[k].begin, toks[k].end - toks[k].begin));
    // is_word_token's answer: the first byte alone, not decoded ("\xE2\x80\x9E" opens with a byte no ASCII mark).
    CHECK(word.is_word(k) == !detail::is_punct_cp(char32_t(static_cast<unsigned char>(text[toks[k].begin]))));
    words.emplace_back(word(k));
  }
  auto at = [&](const char* w) { return std::size_t(std::find(words.begin(), words.end(), w) - words.begin()); };
  REQUIRE(at("vom") < toks.size());
  CHECK_FALSE(word.is_word(at(":")));
  CHECK(word.is_word(at("vom")));
  CHECK(word.small_number(at("7"), 31));
  CHECK(word.small_number(at("12"), 12));
  CHECK_FALSE(word.small_number(at("12"), 11));
  CHECK_FALSE(word.small_number(at("00"), 31));   // 0: below 1
  CHECK(word.small_number(at("31"), 31));
  CHECK_FALSE(word.small_number(at("32"), 31));
  CHECK_FALSE(word.small_number(at("123"), 999));  // three digits
  CHECK_FALSE(word.small_number(at("2002"), 9999));
  CHECK_FALSE(word.small_number(at("vom"), 31));

  const std::vector<Label> labels = {kCitationNumber, kCitationNumber, kAuthor, kTitle, kTitle, kDate, kTitle};
  CHECK(first_labelled(labels, kTitle) == 3);
  CHECK(first_labelled(labels, kTitle, 5) == 6);
  CHECK(first_labelled(labels, kPages) == labels.size());
  CHECK(past_labelled(labels, kCitationNumber, 0) == 2);
  CHECK(past_labelled(labels, kTitle, 3) == 5);
  CHECK(past_labelled(labels, kTitle, 2) == 2);  // not a title there: stays
  CHECK(past_labelled(labels, kTitle, 6) == labels.size());
  CHECK(past_labelled(labels, kTitle, labels.size()) == labels.size());
}

// "Miller, Daniel (1998). Material Cultures. Berg: Oxford and New York.": a publisher before its place, the place two
// cities joined by "and" or "&" (as "London and New York" is written in EXCITE's, the held-out and UMass references).
// place_publisher_pair swaps a "publisher: place" pair when the place span names a known place; two places joined so
// were no known place, and the publisher's name stayed the place ("publisher-place": "Berg").
TEST_CASE("parser68: a publisher before two places joined by 'and'", "[refparse][parser68]") {
  struct Case {
    const char* reference;
    const char* publisher;
    const char* place;
  };
  const Case cases[] = {
      {"Miller, D. (1998). Material Cultures. Berg: Oxford and New York.", "Berg", "Oxford and New York"},
      {"Miller, D. (1998). Material Cultures. Routledge: London & New York.", "Routledge", "London & New York"},
      // Unchanged: one place after the publisher, and the place before the publisher.
      {"Miller, D. (1998). Material Cultures. Berg: Oxford.", "Berg", "Oxford"},
      {"Miller, D. (1998). Material Cultures. London and New York: Routledge.", "Routledge", "London and New York"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(r.publisher == c.publisher);
    CHECK(r.publisher_place == c.place);
  }
}
