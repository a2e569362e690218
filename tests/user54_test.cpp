// Article pages as a new user brings them (issue 16, session 54): a page saved as Markdown by a web clipper,
// Wiley's DOI glued to its reference buttons, ScienceDirect's outline menu and its DOI glued to "Get rights and
// content", Cell Press's names joined by "∙" and its "Full Text (PDF)" / "Scopus (72)" buttons.  The fixtures are
// hand-made in the shapes of real pages read this session (fixtures/SOURCES.md); what main's binary gave is said
// above each test.
#include <catch2/catch.hpp>

#include "../importers/markdown_page.hpp"
#include "refnet/journal_abbrev.hpp"
#include "refnet/reference_match.hpp"
#include "refnet/text.hpp"
#include "page_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("Markdown of a page: the text it shows, every line where it was", "[user54]") {
  const std::string md =
      "# A Gigantic Titanosaur\n"
      "  * Kenneth J. Lacovara1, \n"
      "_Scientific Reports_ **volume 4**, Article number: 6196 (2014)\n"
      "[](https://www.nature.com/articles/srep06196/figures/1)\n"
      "See [the figure](https://example.org/a_(b)_c) and ![map](x.png) here.\n"
      "Anatomy of _Futalognkosaurus dukei_ (snake_case stays) 10.1007/978-3-319-07635-5_3 <https://doi.org/10.1/x_y_>\n"
      "---|---\n"
      "## References ##\r\n"
      "[](https://doi.org/10.1080/08912963.2014.976817)\n";
  REQUIRE(is_markdown_page(md));
  const std::string text = markdown_page_text(md);
  REQUIRE(text.size() == md.size());
  const std::vector<std::string> lines = shown_lines(text);
  REQUIRE(lines.size() == 9);
  CHECK(lines[0] == "A Gigantic Titanosaur");
  CHECK(lines[1] == "Kenneth J. Lacovara1,");
  CHECK(lines[2] == "Scientific Reports volume 4, Article number: 6196 (2014)");
  CHECK(lines[3].empty());
  CHECK(lines[4] == "See the figure and here.");
  CHECK(lines[5] == "Anatomy of Futalognkosaurus dukei (snake_case stays) 10.1007/978-3-319-07635-5_3 "
                    "https://doi.org/10.1/x_y_");
  CHECK(lines[6].empty());
  CHECK(lines[7] == "References");
  CHECK(lines[8] == "https://doi.org/10.1080/08912963.2014.976817");
  // Every line starts where the file's does.
  std::size_t at = 0;
  while ((at = md.find('\n', at)) != std::string::npos) CHECK(text[at++] == '\n');
  CHECK_FALSE(is_markdown_page("Title\nReferences\n1. Knox, C. (2019). The e-government paradox. IJPSM 32(3).\n"));
  CHECK_FALSE(is_markdown_page("# a comment\nTY  - JOUR\n"));
}

// Main: no article of the page's own ("# A Gigantic ..." no title, the byline's list items no names): its 64
// references imported as works, the first two (no buttons between them) one work, Walker et al. left out ("title
// could not be read": "* Walker, J. D., ..."), emphasis marks in titles and containers.
TEST_CASE("A Nature page saved as Markdown: the article, its byline, its references, its DOI at the end",
          "[user54]") {
  Parsed p = page("nature-markdown-clip.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "A Gigantic, Exceptionally Complete Titanosaurian Sauropod Dinosaur from Southern Patagonia, "
                   "Argentina");
  REQUIRE(r.authors.size() == 6);
  CHECK(r.authors[0].family == "Lacovara");
  CHECK(r.authors[0].given == "Kenneth J.");
  CHECK(r.authors[4].family == "Martínez");
  CHECK(r.authors[5].family == "Novas");
  CHECK(r.container_title == "Scientific Reports");
  CHECK(r.volume == "4");
  CHECK(r.pages == "6196");
  CHECK(r.issued.year == 2014);
  CHECK(r.doi == "10.1038/srep06196");
  CHECK(starts_with(r.abstract, "Titanosaurian sauropod dinosaurs were the most diverse"));
  REQUIRE(r.references.size() == 5);
  CHECK(r.references[0].author == "Curry Rogers, K.");
  CHECK(r.references[1].author == "González Riga, B. J.");
  CHECK(r.references[1].year == "2011");
  CHECK(r.references[2].title.find('_') == std::string::npos);
  CHECK(r.references[3].container == "Biol. Rev.");
  CHECK(r.references[4].author == "Walker, J. D.");  // its title the parser reads as the container's (reported)
  CHECK(r.references[4].volume == "125");
  CHECK(r.get_extra("incomplete").empty());
}

// Main: the lines "10.1093/jopart/mum032Web of Science® Google Scholar" read as the reference's last line: Ansell
// and Gash's DOI "10.1093/jopart/mum032web" (said "repaired"), Denhardt's "10.1111/0033-3352.00117.10.1111/
// 0033-3352.00117cas", Stoker's DOI "10.1177/0275074005282583pubmed".
TEST_CASE("Wiley's DOI glued to the reference's buttons: the reference's DOI, the buttons left out", "[user54]") {
  Parsed p = page("wiley-doi-buttons.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.1111/puar.12238");
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].doi == "10.1093/jopart/mum032");
  CHECK(r.references[0].container == "Journal of Public Administration Research and Theory");
  CHECK(r.references[1].doi == "10.1111/0033-3352.00117");
  CHECK(r.references[2].doi.empty());
  CHECK(r.references[3].doi == "10.1177/0275074005282583");
  CHECK(r.references[3].first_page == "41");
  CHECK(warnings_with(p, "a site's link buttons after a reference: left out of the list") == 4);
  CHECK(warnings_with(p, "repaired") == 0);
}

// Main: the DOI "10.1016/j.cub.2023.02.067get" (the button's words glued on), no pages ("Pages R349-R350"); with the
// outline's "Abstract" before the title the cue was the menu.
TEST_CASE("ScienceDirect: the outline menu above the title, the DOI glued to 'Get rights and content'", "[user54]") {
  Parsed p = page("sciencedirect-outline.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "The evolution of maximum terrestrial body mass in sauropod dinosaurs");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "D’Emic");
  CHECK(r.container_title == "Current Biology");
  CHECK(r.volume == "33");
  CHECK(r.issue == "9");
  CHECK(r.pages == "R349-R350");
  CHECK(r.doi == "10.1016/j.cub.2023.02.067");
}

// Main: the second person of "Barrett, P.M. ∙ Rayfield, E.J." read "P.M. ∙ Rayfield" (2 of 13 checks failed); on the
// real page, whose article was read, "Full Text (PDF). Scopus (72)" was a reference of its own (114 references, 190
// read before).
TEST_CASE("Cell Press: names joined by the bullet operator, the buttons with counts", "[user54]") {
  Parsed p = page("cell-press-references.txt");
  REQUIRE(p.records.size() == 3);
  const Record& a = p.records[0];
  CHECK(a.title == "Ecological and evolutionary implications of dinosaur feeding behaviour");
  REQUIRE(a.authors.size() == 2);
  CHECK(a.authors[0].family == "Barrett");
  CHECK(a.authors[1].family == "Rayfield");
  CHECK(a.authors[1].given == "E.J.");
  CHECK(a.volume == "21");
  REQUIRE(p.records[2].authors.size() == 3);
  CHECK(p.records[2].authors[2].family == "Kalyniuk");
  CHECK(p.records[2].issued.year == 2020);
  for (const Record& r : p.records) CHECK(r.title.find("Scopus") == std::string::npos);
}

// Main: each pair split one cited work in two (15 of the 182 works `build/cited_journal_splits` found split in seven
// Scopus and Web of Science exports of ../shared/corpora).
TEST_CASE("Cited journals: Web of Science's J9 idioms and Scopus's added 'Journal'", "[user54]") {
  CHECK(journals_match("Procedia - Social and Behavioral Sciences", "PROCD SOC BEHV"));
  CHECK(journals_match("Procedia Soc Behav Sci", "PROCD SOC BEHV"));
  CHECK(journals_match("Transportmetrica, Transport Sci.", "TRANSPORTMETRICA A"));
  CHECK(journals_match("Applied Soft Computing Journal", "APPL SOFT COMPUT"));
  CHECK(journals_match("Appl. Soft Comput. J", "APPL SOFT COMPUT"));
  // and what stays apart
  CHECK_FALSE(journals_match("Procedia Computer Science", "PROCD SOC BEHV"));
  CHECK_FALSE(journals_match("Transportmetrica B: Transport Dynamics", "TRANSPORTMETRICA A"));
  CHECK_FALSE(journals_match("Applied Computing Journal", "APPL SOFT COMPUT"));
}

// Main: matched (year, issue "1" found in the pages "1-10", author): another work of a Wang of 2015 took the
// reference's DOI.
TEST_CASE("resolve: a stray issue or one-digit page does not make a namesake's work of that year the match",
          "[user54]") {
  Reference ref;
  ref.raw = "Wang, L. (2015). Urban heat islands in Chinese cities. Landscape and Urban Planning, 134, 1-10.";
  SearchCandidate other;
  other.score = 80;
  other.record.doi = "10.1000/other";
  other.record.title = "Deep learning for traffic prediction";
  Creator wang;
  wang.family = "Wang";
  wang.given = "Lei";
  other.record.authors.push_back(wang);
  other.record.issued.year = 2015;
  other.record.volume = "3";
  other.record.issue = "1";
  other.record.pages = "45-60";
  MatchVerdict v = validate_candidates(ref, {other});
  CHECK(v.outcome == MatchOutcome::unmatched);
  CHECK(v.why == "best candidate 10.1000/other supported by year, author only");
  // One digit as the first page, the volume not found: no support either.
  other.record.issue.clear();
  other.record.pages = "1-12";
  CHECK(validate_candidates(ref, {other}).outcome == MatchOutcome::unmatched);
  // The right work: year, volume, page, author, title.
  SearchCandidate right = other;
  right.record.doi = "10.1000/right";
  right.record.title = "Urban heat islands in Chinese cities";
  right.record.volume = "134";
  right.record.issue = "1";
  right.record.pages = "1-10";
  v = validate_candidates(ref, {right, other});
  CHECK(v.outcome == MatchOutcome::matched);
  CHECK(v.doi == "10.1000/right");
  CHECK(v.checked[0].fields == std::vector<std::string>{"year", "volume", "issue", "page", "author", "title"});
}
