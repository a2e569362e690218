// Lead, session 53 (issue #16).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "refnet/accents.hpp"
#include "refnet/refparse.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;

namespace {

std::vector<std::string> families(const Record& r) {
  std::vector<std::string> out;
  for (const Creator& c : r.authors) out.push_back(c.is_literal() ? c.literal : c.full_family());
  return out;
}

}  // namespace

// Text taken from a PDF that LaTeX set writes an accented letter as a spacing accent beside its letter: "G¨odel",
// "P´olya", "Erd˝os", "Jos´e", "Fran¸ cois", "Ari~no"; most often before the letter, in some producers' text after
// it ("de´ja", "Es¸itli").  The ASCII backtick stays: Hawaiian's ʻokina is written so ("Hawai`i") as often as a
// grave accent ("Amp`ere").  In the UMass citation set (arXiv references, never trained on) 280 of 2,484
// references hold one; the parser cut the names there ("G¨uttler, C." an author "G" and a title "uttler, C., …").
TEST_CASE("a PDF's spacing accents are joined with their letters", "[lead53]") {
  CHECK(join_spacing_accents("K. G\u00A8odel") == "K. Gödel");
  CHECK(join_spacing_accents("G. P\u00B4olya and P. Erd\u02DDos") == "G. Pólya and P. Erdős");
  CHECK(join_spacing_accents("Jos\u00B4e Poincar\u00B4e") == "José Poincaré");
  CHECK(join_spacing_accents("Peter G\u00B4 acs") == "Peter Gács");
  CHECK(join_spacing_accents("Fran\u00B8 cois") == "François");
  CHECK(join_spacing_accents("M. A. Ari~no") == "M. A. Ariño");
  CHECK(join_spacing_accents("S. Wi\u00B4sniewski and D. Markovi\u00B4c") == "S. Wiśniewski and D. Marković");
  CHECK(join_spacing_accents("\u00B4 E. Cartan, Pr\u00B4\u0131ncipe") == "É. Cartan, Príncipe");
  CHECK(join_spacing_accents("Es\u00B8itli, de\u00B4ja") == "Eşitli, déja");
  CHECK(join_spacing_accents("C\u02C6ote d'Azur, J. Bi\u02C7cek") == "Côte d'Azur, J. Biček");
  // Apostrophes typed as accents stay as they are: a possessive or contraction, a French elision, a name's
  // apostrophe before a capital; a tilde in a URL or between numbers, a quote's backtick.
  for (const char* s : {"Zipf\u00B4s law", "Zipf`s law", "don\u00B4t", "we\u00B4ll", "the President\u00B4s Council",
                        "l\u00B4universit\u00E9", "d\u00B4Analyse", "qu\u00B4il", "O\u00B4Brien", "http://x.edu/~harn",
                        "~10 K", "`A study' of", "Hawai`i Volcano", "A. Amp`ere", "1998\u00B4", "\u00A8"}) {
    INFO(s);
    CHECK(join_spacing_accents(s) == s);
  }
  std::vector<std::uint32_t> at;
  std::string joined = join_spacing_accents("G\u00A8udel, DOI 10.1/x", &at);
  REQUIRE(at.size() == joined.size() + 1);
  CHECK(at[joined.find("DOI")] == std::string("G\u00A8udel, DOI 10.1/x").find("DOI"));
  CHECK(at.back() == std::string("G\u00A8udel, DOI 10.1/x").size());
}

TEST_CASE("a reference from a PDF with spacing accents keeps its authors whole", "[lead53]") {
  Record r = parse_reference(
      "Bauer, A., Kr\u00A8uger, C. W., H\u00B4ajek, J., & Nov\u00B4ak, P. 2011, ApJ, 702, 415");
  CHECK(families(r) == std::vector<std::string>{"Bauer", "Krüger", "Hájek", "Novák"});
  CHECK(r.issued.year == 2011);
  CHECK(r.volume == "702");
  Record s = parse_reference(
      "[7] M. Ant\u00B4on and S. P\u00B4erez-Ruiz, On the spectra of Schr\u00A8odinger operators, Comm. Math. Phys. "
      "201 (1999), 45\u201367.");
  CHECK(families(s) == std::vector<std::string>{"Antón", "Pérez-Ruiz"});
  CHECK(s.title == "On the spectra of Schrödinger operators");
  // A DOI the parser drops is said where it is written in the text as given, after the joined accents.
  std::vector<DoiRepair> repairs;
  const std::string text = "P. Erd\u02DDos, On a problem, Ann. Math. 12 (1950) 1-9, doi:10.1000/ abc123";
  Record d = parse_reference(text, &repairs);
  CHECK(d.doi.empty());
  REQUIRE(repairs.size() == 1);
  CHECK(repairs[0].at == text.find("doi:"));
  CHECK(text.compare(repairs[0].at, repairs[0].written.size(), repairs[0].written) == 0);
}

// An alphabetic style's label in brackets ("[GH97]", "[Weyl]", "[L-N]", "[Sh b]", "[Krauss and Small 1991]") opened
// the reference as a digit's "[12]" does, but was read as the first author ("[Weyl] H. Weyl" two authors, "Weyl" and
// "H. Weyl"; "[L-N] Y. Li" an author "L N Y Li"): it is the citation's label.  A bracketed note or an author's place
// ("[Online]", "[Anonymous]", "[No authors listed]") is no label.
TEST_CASE("a bracketed alphabetic label before a reference is its citation label", "[lead53]") {
  struct Case {
    const char* text;
    std::vector<std::string> authors;
  };
  for (const Case& c : std::vector<Case>{
           {"[Weyl] H. Weyl, The Classical Groups, Princeton University Press, Princeton, 1946.", {"Weyl"}},
           {"[L-N] Y. Li and W. M. Ni, On conformal scalar curvature, Duke Math. J. 57 (1988) 895-924.", {"Li", "Ni"}},
           {"[GH97] P. Griffiths and J. Harris, Principles of Algebraic Geometry, Wiley, New York, 1997.",
            {"Griffiths", "Harris"}},
           {"[Sh b] S. Shelah, Proper Forcing, Lect. Notes Math. 940, Springer, Berlin, 1982.", {"Shelah"}},
           {"[Krauss and Small 1991] L. M. Krauss and T. A. Small, 1991, Ap. J. 378, 22.", {"Krauss", "Small"}}}) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(families(r) == c.authors);
  }
  Record online = parse_reference("[Online] Statistics of the tour, http://www.example.org, retrieved 2008.");
  CHECK(online.url == "http://www.example.org");
}

// "…, and A. Y. Wu. A computational framework …": the list's closing period after a family name of two letters made
// it an abbreviated given name ("Ch.", "Th."), the person stray initials, and the author was dropped without a word;
// a longer family name kept the period ("Wang."). In the UMass set 2 of 2,484 references lost their last author so.
TEST_CASE("a given-first list's last family name keeps its person and loses the list's period", "[lead53]") {
  Record wu = parse_reference("D. M. Mount, R. Silverman, and A. Y. Wu. A computational framework for incremental "
                              "motion. In Proc. 20th Symp. on Comput. Geom., pages 200--209, 2004.");
  CHECK(families(wu) == std::vector<std::string>{"Mount", "Silverman", "Wu"});
  Record wang = parse_reference("D. M. Mount, R. Silverman, and A. Y. Wang. A computational framework for "
                                "incremental motion. In Proc. 20th Symp. on Comput. Geom., pages 200--209, 2004.");
  CHECK(families(wang) == std::vector<std::string>{"Mount", "Silverman", "Wang"});
  Record li = parse_reference("[3] K. Chen and X. Li. Sparse coding of natural images. Neural Comput. 12 (2000) 1-20.");
  CHECK(families(li) == std::vector<std::string>{"Chen", "Li"});
  // Family first, an abbreviated given name last ("Th." is Thomas): still two persons.
  Record th = parse_reference("Smith, J., and Brown, Th. 1990. A title of the paper. J. Phys. 12, 1-2.");
  CHECK(families(th) == std::vector<std::string>{"Smith", "Brown"});
}

// A language note in brackets ("(Russian)", "(in Japanese)", "[in Polish with English summary]") ran into the field
// beside it: the container "(Russian) Mat. Sb.", a title that went on past the note into the journal's first word.
// It is a note, and the fields around it end and start there.
TEST_CASE("a bracketed language note is a note between the fields", "[lead53]") {
  Record a = parse_reference("[20] V. I. Ovchinnikov, Symmetric spaces of measurable operators, (Russian) Dokl. Akad. "
                             "Nauk SSSR 191 (1970), 769-771.");
  CHECK(a.container_title == "Dokl. Akad. Nauk SSSR");
  CHECK(a.volume == "191");
  Record b = parse_reference("[7] A. B. Kowalski, On the completely continuous operators of a von Neumann algebra (in "
                             "Russian), Funkcional. Anal. i Prilozhen. 9 (1975), 12-20.");
  CHECK(b.title == "On the completely continuous operators of a von Neumann algebra");
  CHECK(b.container_title == "Funkcional. Anal. i Prilozhen");
  Record c = parse_reference("Nowak, J. (2001). Rynek pracy w Polsce [in Polish with English summary]. Ekonomista, 3, "
                             "45-67.");
  CHECK(c.title == "Rynek pracy w Polsce");
  CHECK(c.container_title == "Ekonomista");
}

// "Jacksonville, FL: Battelle", "New Haven, CT, Yale University Press", "Washington, D. C. MIT Press": the place
// ended at the city's comma and the publisher began with the state's code ("FL: Battelle", "CT Yale University
// Press").  A person's initials opening a publisher's name stay its ("Armonk, M.E. Sharpe").
TEST_CASE("a state's code after a city's comma is the place's, not the publisher's", "[lead53]") {
  struct Case {
    const char* text;
    const char* place;
    const char* publisher;
  };
  for (const Case& c : std::vector<Case>{
           {"Chadwick, B., and J. Radford. 2009. Multiprobe sampling. In: Proc. Fifth International Conference on "
            "Remediation of Contaminated Sediments. Jacksonville, FL: Battelle.",
            "Jacksonville, FL", "Battelle"},
           {"2. Arnold, D. 1990. The Logic of Congressional Action, New Haven, CT, Yale University Press.",
            "New Haven, CT", "Yale University Press"},
           {"Murthy, S. K., & Beigel, R. (1993). Randomized induction of oblique decision trees. In Proceedings of the "
            "Eleventh National Conference on Artificial Intelligence, pp. 322-327. Washington, D. C. MIT Press.",
            "Washington, D. C.", "MIT Press"},
           {"Reynolds, David (2002): Taking the High Road: Communities Organize for Economic Change. Armonk, M.E. "
            "Sharpe.",
            "Armonk", "M.E. Sharpe"}}) {
    INFO(c.text);
    Record r = parse_reference(c.text);
    CHECK(r.publisher_place == c.place);
    CHECK(r.publisher == c.publisher);
  }
}

// embase.com's CSV links each record on embase.com ("Embase Link"), as its RIS's UR does, but the column was kept in
// extra and the record had no URL (10 of 10 records of asreview's one search, whose RIS gives all ten).  The link is
// the URL; the record still names its database.
TEST_CASE("an Embase CSV record's Embase Link is its URL, as its RIS's UR", "[lead53]") {
  test::Parsed csv = test::parse_file(test::fixture("corpora/citation-file-formatting__embase.csv"));
  test::Parsed ris = test::parse_file(test::fixture("corpora/citation-file-formatting__embase.ris"));
  REQUIRE(csv.records.size() == 10);
  REQUIRE(ris.records.size() == 10);
  std::vector<std::string> csv_urls, ris_urls;
  for (const Record& r : csv.records) {
    csv_urls.push_back(r.url);
    CHECK(database_of(r) == "Embase");
  }
  for (const Record& r : ris.records) ris_urls.push_back(r.url);
  std::sort(csv_urls.begin(), csv_urls.end());
  std::sort(ris_urls.begin(), ris_urls.end());
  CHECK(csv_urls == ris_urls);
}
