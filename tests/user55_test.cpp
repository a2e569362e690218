// Article pages as a crawler or a web clipper writes them (issue 16, session 55): hundreds of lines of menus above
// the article's "# Title", bylines whose every name opens an author's card (PubMed Central, Cell Press, Taylor &
// Francis' hidden cards written out).  The fixtures are hand-made in the shapes of real pages read this session
// (fixtures/SOURCES.md); what main's binary (d872ff02) gave is said above each test.
#include <catch2/catch.hpp>

#include "../importers/markdown_page.hpp"
#include "refnet/text.hpp"
#include "page_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<std::string> families(const Record& r) {
  std::vector<std::string> out;
  for (const Creator& c : r.authors) out.push_back(c.family);
  return out;
}

}  // namespace

TEST_CASE("Markdown: the page's only level-one heading is where its title is", "[user55]") {
  const std::string md = "## Menu\n  * [Journals](x)\n# Fossilized gut contents\nStephen F. Poropat\n## References\n";
  CHECK(markdown_title_offset(md) == md.find("# Fossilized"));
  CHECK(markdown_title_offset("# One\ntext\n# Two\n") == std::string::npos);        // two: none is the page's
  CHECK(markdown_title_offset("## Menu\n#hashtag\n#  \n") == std::string::npos);    // no heading
  CHECK(markdown_title_offset("```\n# a comment\n```\n# Title\n") == 20);           // a code block's line is none
}

// Main: title "Trends in Cognitive Sciences" (a line of the journals menu), author "Submit External Link", issue
// "11X0012-3)p2597-2613.e7June 09", no DOI, no volume, no date.
TEST_CASE("Cell Press crawled: the heading's title, one name a card, the glued issue line", "[user55]") {
  Parsed p = page("cell-press-crawl.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Fossilized gut contents elucidate the feeding habits of sauropod dinosaurs");
  CHECK(families(r) == std::vector<std::string>{"Poropat", "Tosolini", "Beeston", "Upchurch", "Madden", "Grice"});
  REQUIRE(r.authors.size() == 6);
  CHECK(r.authors[0].given == "Stephen F.");  // the card's name, its ORCID iD left
  CHECK(r.authors[4].given == "Robert H.C.");
  CHECK(r.volume == "35");
  CHECK(r.issue == "11");
  CHECK(r.pages == "2597-2613.e7");
  CHECK(r.issued.year == 2025);
  CHECK(r.issued.month == 6);
  CHECK(r.issued.day == 9);
  CHECK(r.doi == "10.1016/j.cub.2025.04.053");
  CHECK(r.get_extra("incomplete").empty());
  CHECK(r.references.size() == 2);
}

// Main: two authors read right (PMC's first card confirmed "Oliver Wings"), but only the first: "P Martin Sander"
// was lost without a word; on the real Rafflesia page 1 of 17 authors.
TEST_CASE("PubMed Central crawled: every author of a byline of cards", "[user55]") {
  Parsed p = page("pmc-author-cards.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "No gastric mill in sauropod dinosaurs: new evidence from analysis of gastrolith mass and function "
                   "in ostriches");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Wings");
  CHECK(r.authors[1].family == "Sander");
  CHECK(r.authors[1].given == "P Martin");
  CHECK(r.doi == "10.1098/rspb.2006.3763");
  CHECK(r.volume == "274");
  CHECK(r.references.size() == 3);
}

// Main: title "Museum and Heritage Studies" (the subjects menu), author "Physical Sciences", no DOI, no date.
TEST_CASE("Taylor & Francis crawled: the heading's title, names glued to their cards, the journal over its subtitle",
          "[user55]") {
  Parsed p = page("tandf-crawl.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "The oldest Cretaceous North American sauropod dinosaur");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "D'Emic");
  CHECK(r.authors[0].given == "M.D.");
  CHECK(r.authors[1].family == "Foster");
  CHECK(r.authors[1].given == "J.R.");
  CHECK(r.container_title == "Historical Biology");
  CHECK(r.volume == "28");
  CHECK(r.issue == "4");
  CHECK(r.pages == "470-478");
  CHECK(r.doi == "10.1080/08912963.2014.976817");
  CHECK(r.issued.year == 2014);
  CHECK(starts_with(r.abstract, "Sauropod dinosaurs have been found"));
}

// Main: "[Mustapha Chellali][7]" and "[https://doi.org/10.1016/j.jtusci.2015.02.008][9]" kept their brackets and
// numbers (the DOI read "10.1016/j.jtusci.2015.02.008][9"), "[7]: /author/Chellali%2C+Mustapha" was a line of text.
TEST_CASE("Markdown's reference links (html2text, pandoc): their text; their definitions nothing", "[user55]") {
  const std::string md =
      "# On the number of real polynomials\n"
      "[Journal of Taibah University for Science][2] Volume 9, 2015 - [Issue 3][3]\n"
      "**[Mustapha Chellali][7] Oujda, Morocco**\n"
      "- **[https://doi.org/10.1016/j.jtusci.2015.02.008][9]\n"
      "See [12] and [a][].\n"
      "[][41]\n"
      "## Links\n"
      "[2]: /journals/tusc20\n"
      "[9]: https://doi.org/10.1016/j.jtusci.2015.02.008\n";
  REQUIRE(is_markdown_page(md));
  const std::string text = markdown_page_text(md);
  REQUIRE(text.size() == md.size());
  const std::vector<std::string> lines = shown_lines(text);
  REQUIRE(lines.size() == 9);
  CHECK(lines[1] == "Journal of Taibah University for Science Volume 9, 2015 - Issue 3");
  CHECK(lines[2] == "Mustapha Chellali Oujda, Morocco");
  CHECK(lines[3] == "https://doi.org/10.1016/j.jtusci.2015.02.008");
  CHECK(lines[4] == "See [12] and a.");
  CHECK(lines[5].empty());
  CHECK(lines[7].empty());
  CHECK(lines[8].empty());
  // Definitions alone make a Markdown page too.
  CHECK(is_markdown_page("Title\n\n[1]: https://a.org/x\n[2]: https://b.org/y\n[3]: https://c.org/z\n"));
}

// Main: the authors "Desiree Bowie | Updated: Jan" (family "Jan").
TEST_CASE("A byline label's names end at a bar: 'By: Desiree Bowie | Updated: Jan 24, 2024'", "[user55]") {
  Parsed p = parse_string(
      "King Cobra: A Venomous Snake's Diet and Mating Rituals\n"
      "By: Desiree Bowie | Updated: Jan 24, 2024\n"
      "Abstract\n"
      "King cobras are the longest venomous snakes in the world, and they eat mostly other snakes, which is how the "
      "species got its name; this article describes their diet, their mating and their nests.\n");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Bowie");
  CHECK(p.records[0].authors[0].given == "Desiree");
}

// Main: every author list opened with the marks ("^ Jump up to: a b c d e Stuart", "^ Mehrtens"), "Whitehead 2003,
// p. 135." a work titled "^ Jump up to: a b Whitehead"; on the copied text three works of four (Cantor's 1836 work
// took Chanhome's DOI and issue: an unnumbered list's year was 19xx or 20xx only).  PastPort's seven Wikipedia pages:
// 373 of 451 works had "^" in their authors, 1 of 447 after (a crawler's "^70-0 \"Jump up\")").
TEST_CASE("Wikipedia's references: the back-links '^ a b c' left out and said, 18th-century years", "[user55]") {
  for (const char* name : {"wikipedia-references.txt", "wikipedia-references.md"}) {
    INFO(name);
    Parsed p = page(name);
    REQUIRE(p.records.size() == 4);
    CHECK(p.records[0].authors.size() == 11);
    CHECK(p.records[0].authors[0].family == "Stuart");
    CHECK(p.records[1].authors[0].family == "Mehrtens");
    CHECK(p.records[2].authors[0].family == "Cantor");
    CHECK(p.records[2].issued.year == 1836);
    CHECK(p.records[2].doi.empty());
    CHECK(p.records[3].authors[0].family == "Chanhome");
    CHECK(p.records[3].doi == "10.5372/1905-7415.0503.043");
    for (const Record& r : p.records) {
      CHECK(r.title.find('^') == std::string::npos);
      for (const Creator& c : r.authors) CHECK(c.family.find('^') == std::string::npos);
    }
    CHECK(warnings_with(p, "Wikipedia's back-links") == (ends_with(name, ".md") ? 5u : 4u));
  }
  // The short citation "Whitehead 2003, p. 135." is no work: said.
  CHECK(warnings_with(page("wikipedia-references.md"), "a reference whose title could not be read") == 1);
}

// Main: no references (the first, "H.-C. graf von Bothmer, O. Labs, ...", opens with no family name and gives no
// year: the list was taken for a menu's), no DOI (its address on the line after "Cite this article"), no journal or
// volume ("Journal of Taibah University for Science Volume 9, 2015 - Issue 3"). The real page (a T&F page converted
// by html2text, 6 references): 0 -> 6 read.
TEST_CASE("Taylor & Francis by html2text: references its buttons follow, the DOI under 'Cite this article'",
          "[user55]") {
  Parsed p = page("tandf-html2text.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "On the number of real polynomials of the Casas-Alvero type");
  CHECK(r.doi == "10.1016/j.jtusci.2015.02.008");
  CHECK(r.container_title == "Journal of Taibah University for Science");
  CHECK(r.volume == "9");
  CHECK(r.issue == "3");
  CHECK(r.pages == "351-356");
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[0].title == "The Casas-Alvero Conjecture for Infinitely Many Degrees");
  CHECK(r.references[1].author == "Castryck, W.");
  CHECK(r.references[2].title == "Polynomial problems of the Casas-Alvero type");
  CHECK(warnings_with(p, "a site's link buttons after a reference: left out of the list") == 3);
  CHECK(r.get_extra("incomplete") == "no authors");
}

// Main: title "Search for more papers by this author", authors "Purugganan" twice, no journal, volume or pages.  The
// real page (22 authors, their cards written twice): 1 author, no DOI, no date before; 22, the DOI and date after.
TEST_CASE("Wiley crawled: one name a card, the cards' second copy read past, not again", "[user55]") {
  Parsed p = page("wiley-author-cards.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "The seed transcriptome of Rafflesia reveals horizontal gene transfer and convergent evolution: "
                   "Implications for conserving the world's largest flower");
  CHECK(families(r) == std::vector<std::string>{"Molina", "Wicaksono", "Michael", "Purugganan"});
  CHECK(r.container_title == "PLANTS, PEOPLE, PLANET");
  CHECK(r.volume == "7");
  CHECK(r.issue == "2");
  CHECK(r.pages == "448-466");
  CHECK(r.doi == "10.1002/ppp3.10370");
  CHECK(r.issued.year == 2023);
  CHECK(r.references.size() == 2);
}
