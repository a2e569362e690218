// Reference parser, session 57 (issue 16): faults a user met on real pages (session 56's report: a mathematics
// paper's references in Springer's style) and German social-science references (EXCITE's SSOAR gold standard,
// github.com/exciteproject/EXgoldstandard, no licence: measured, never copied).  The reference strings here are
// written for the test in the style of those failures.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"
#include "refparse_families.hpp"

using namespace refnet;

using refnet::test::families;

namespace {

// A reference, its authors' family names and its title.
struct NamesTitle {
  const char* reference;
  std::vector<std::string> authors;
  const char* title;
};

template <std::size_t N>
void check_names_titles(const NamesTitle (&cases)[N]) {
  for (const NamesTitle& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(families(r) == c.authors);
    CHECK(r.title == c.title);
  }
}

}  // namespace

// A Russian name transliterated: the given name's initial of two letters ("Yu.", "Zh.") alone before a family name
// with an apostrophe (the soft sign: "Il'yashenko", "Mal'cev").  The author came out "Yu" and the family name opened
// the title.
TEST_CASE("Initials alone before a family name with an apostrophe: the name is the author's",
          "[refparse][refparse57]") {
  const NamesTitle cases[] = {
      {"Yu. Il'yashenko. Centennial history of Hilbert's 16th problem. Bull. Amer. Math. Soc. 39 (2002), 301-354.",
       {"Il'yashenko"}, "Centennial history of Hilbert's 16th problem"},
      {"V. Yu. Mal'cev. On the torsion of nilpotent groups of finite rank. Mat. Sb. 12 (1965), 44-61.",
       {"Mal'cev"}, "On the torsion of nilpotent groups of finite rank"},
      {"Zh. Kol'tsova, Remarks on a singular boundary value problem, Differ. Equ. 8 (1972), 1-9.",
       {"Kol'tsova"}, "Remarks on a singular boundary value problem"},
      {"Ya. Gol'dfarb. Limit cycles of quadratic systems in the plane. Math. Notes 30 (1981), 77-83.",
       {"Gol'dfarb"}, "Limit cycles of quadratic systems in the plane"},
      // Already right: kept so.
      {"A. Smirnov. Centennial history of the moment problem. Bull. Amer. Math. Soc. 39 (2002), 301-354.",
       {"Smirnov"}, "Centennial history of the moment problem"},
      {"Yu. S. Il'yashenko and S. Yakovenko. Lectures on analytic differential equations. AMS, Providence, 2008.",
       {"Il'yashenko", "Yakovenko"}, "Lectures on analytic differential equations"},
  };
  check_names_titles(cases);
}

// TeX's mathematics ending a title, in a bracket: the title stopped before it and the journal opened with it
// ("(4\cdot 10^{18}). Math. Comp.").
TEST_CASE("TeX's formula in a bracket ending a title stays in the title", "[refparse][refparse57]") {
  struct Case {
    const char* reference;
    const char* title;
    const char* journal;
  };
  const Case cases[] = {
      {"Oliveira e Silva, T., Herzog, S., Pardi, S.: Empirical verification of the even Goldbach conjecture and "
       "computation of prime gaps up to (4\\cdot 10^{18}). Math. Comp. 83, 2033-2060 (2014)",
       "Empirical verification of the even Goldbach conjecture and computation of prime gaps up to (4\\cdot 10^{18})",
       "Math. Comp."},
      {"Brown, A.: Counting primes up to \\(10^{24}\\). Math. Comp. 71, 401-420 (2002)",
       "Counting primes up to \\(10^{24}\\)", "Math. Comp."},
      {"Lee, K., Park, S.: Small gaps between primes below (2\\times 10^{12}). J. Number Theory 12, 1-9 (2001)",
       "Small gaps between primes below (2\\times 10^{12})", "J. Number Theory"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(r.title == c.title);
    CHECK(r.container_title == c.journal);
    CHECK(r.container_title.find('^') == std::string::npos);
  }
}

// Springer's style for a book in a series: "Title. Series, vol. N. Publisher, Place (Year)".  The series came out the
// publisher (the real publisher's place lost) or a journal.
TEST_CASE("A book's series and its volume between the title and the publisher", "[refparse][refparse57]") {
  struct Case {
    const char* reference;
    const char* series;
    const char* volume;
    const char* publisher;
    const char* place;
  };
  const Case cases[] = {
      {"Iwaniec, H., Kowalski, E.: Analytic Number Theory. American Mathematical Society Colloquium Publications, "
       "vol. 53. American Mathematical Society, Providence (2004)",
       "American Mathematical Society Colloquium Publications", "53", "American Mathematical Society", "Providence"},
      {"Katz, N., Sarnak, P.: Random Matrices, Frobenius Eigenvalues, and Monodromy. Colloquium Publications, vol. 45. "
       "American Mathematical Society, Providence (1999)",
       "Colloquium Publications", "45", "American Mathematical Society", "Providence"},
      {"Milnor, J.: Morse Theory. Annals of Mathematics Studies, vol. 51. Princeton University Press, Princeton (1963)",
       "Annals of Mathematics Studies", "51", "Princeton University Press", "Princeton"},
      {"Serre, J.-P.: Linear Representations of Finite Groups. Graduate Texts in Mathematics, vol. 42. Springer, New "
       "York (1977)",
       "Graduate Texts in Mathematics", "42", "Springer", "New York"},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(r.get_extra("collection-title") == c.series);
    CHECK(r.container_title.empty());
    CHECK(r.volume == c.volume);
    CHECK(r.publisher == c.publisher);
    CHECK(r.publisher_place == c.place);
  }
  // A journal's volume with its word and pages after: no series.
  Record j = parse_reference("Kim, H.: Sums of squares. Journal of Number Theory, vol. 12, pp. 1-9 (2001)");
  CHECK(j.container_title == "Journal of Number Theory");
  CHECK(j.get_extra("collection-title").empty());
}

// German periodicals number their issues "Heft 2", "H. 5/2003", "Nr. 4": the word after the periodical's name was read
// into the journal ("Soziale Welt Heft") and its number came out the volume; or the whole "In: Der Spiegel Spezial
// Heft 3/1997" a volume, no journal.
TEST_CASE("German's issue word after a periodical's name is the issue's, not the journal's",
          "[refparse][refparse57]") {
  struct Case {
    const char* reference;
    const char* journal;
    const char* volume;
    const char* issue;
    int year;
  };
  const Case cases[] = {
      {"Meier, K. (1998): Die Stadt im Wandel. In: Soziale Welt Heft 2, S. 151-170.", "Soziale Welt", "", "2", 1998},
      {"Schulz, P.: Arbeit im Umbruch. In: Gewerkschaftliche Monatshefte H. 5/2003, S. 281-290.",
       "Gewerkschaftliche Monatshefte", "", "5", 2003},
      {"Baller, S.: Abschied vom gedruckten Buch? In: Der Spiegel Spezial Heft 3/1997, S. 39-41.",
       "Der Spiegel Spezial", "", "3", 1997},
      {"Krause, M. (2004): Netzwerke im Stadtteil. In: Archiv für Kommunalwissenschaften Bd. 43, S. 12-30.",
       "Archiv für Kommunalwissenschaften", "43", "", 2004},
      // Already right: kept so.
      {"Meier, K. (1998): Die Stadt im Wandel. In: Leviathan, Jg. 26, H. 2, S. 151-170.", "Leviathan", "26", "2",
       1998},
      {"Meier, K. (1998): Die Stadt im Wandel. In: Merkur Nr. 4/1998, S. 151-170.", "Merkur", "", "4", 1998},
  };
  for (const Case& c : cases) {
    INFO(c.reference);
    Record r = parse_reference(c.reference);
    CHECK(r.container_title == c.journal);
    CHECK(r.volume == c.volume);
    CHECK(r.issue == c.issue);
    CHECK(r.issued.year == c.year);
  }
}

// German's name list inverting its first person only, before a colon and no date: "Meyer, Joachim und Anna Schulz:
// Title" came out the author "Meyer" and the title "Joachim und Anna Schulz: Title".
TEST_CASE("A German name list inverting its first person only, a colon after it", "[refparse][refparse57]") {
  const NamesTitle cases[] = {
      {"Brandt, Helmut und Karin Vogel: Die Stadt im Wandel. Frankfurt: Campus, 2001.", {"Brandt", "Vogel"},
       "Die Stadt im Wandel"},
      {"Brandt, Helmut, und Karin Vogel: Nachbarschaft heute. Opladen: Leske + Budrich, 1999.", {"Brandt", "Vogel"},
       "Nachbarschaft heute"},
      {"Brandt, Helmut, Karin Vogel und Paul Wagner: Arbeit und Familie. Weinheim: Juventa, 2003.",
       {"Brandt", "Vogel", "Wagner"}, "Arbeit und Familie"},
      {"Winter, Jonathan & Margret Hale: Discourse and everyday talk: beyond attitudes, London 1987.",
       {"Winter", "Hale"}, "Discourse and everyday talk: beyond attitudes"},
      // Already right: kept so.
      {"Brandt, Helmut/Karin Vogel: Die Stadt im Wandel. Frankfurt: Campus, 2001.", {"Brandt", "Vogel"},
       "Die Stadt im Wandel"},
  };
  check_names_titles(cases);
}

// Several Russian names initials first, the first a transliterated initial alone before a family name with an
// apostrophe: "Yu. Il'yashenko and S. Yakovenko, Title": the first author came out "Yu", the rest the title's.
TEST_CASE("Transliterated initials first, several persons: the names are the authors'", "[refparse][refparse57]") {
  const NamesTitle cases[] = {
      {"Yu. Il'yashenko and S. Yakovenko, Finitely-smooth normal forms of local families, Russian Math. Surveys 46 "
       "(1991), 1-43.",
       {"Il'yashenko", "Yakovenko"}, "Finitely-smooth normal forms of local families"},
      {"Zh. Kol'tsova, A. N. Petrov and B. Smirnov. Boundary problems for the heat equation. Differ. Equ. 8 (1972), "
       "1-9.",
       {"Kol'tsova", "Petrov", "Smirnov"}, "Boundary problems for the heat equation"},
  };
  check_names_titles(cases);
}
