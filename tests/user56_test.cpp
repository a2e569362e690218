// Article pages as a new user brings them (issue 16, session 56): pages a crawler converted from HTML with html2text
// and opened with a comment naming their address ("<!-- source: https://doi.org/... | converted from HTML -->"),
// PubMed Central's "[1]." reference labels, html2text's tables and emphasis glued to the next word.  The fixtures are
// hand-made in the shapes of real pages found by the code search (fixtures/SOURCES.md); what main's binary (a4b21e77)
// gave is said above each test.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../importers/markdown_page.hpp"
#include "page_support.hpp"
#include "refnet/cited_works.hpp"
#include "refnet/network_build.hpp"
#include "refnet/page_text.hpp"
#include "refnet/reference_sections.hpp"
#include "refnet/reference_strings.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Main: no record ("no bibliographic records found (the input looks like XML); it names 2 DOIs: refnet fetch
// 10.48550/arxiv.1911.04268 10.48550/arxiv.1911.04268][8"); without the comment, the title "Title: Universal ..." and
// no DOI (it stands in a table's row, " | [https://doi.org/10.48550/arXiv.1911.04268][8]").
TEST_CASE("A page opened by a crawler's comment is a page: arXiv by html2text, its title label, its DOI's row",
          "[user56]") {
  Parsed p = page("arxiv-html2text.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Universal almost optimal compression and Slepian-Wolf coding in probabilistic polynomial time");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Bauwens");
  CHECK(r.authors[1].family == "Zimand");
  CHECK(r.doi == "10.48550/arxiv.1911.04268");
  CHECK(r.issued.year == 2019);
  CHECK(r.get_extra("incomplete").empty());
  CHECK(said(p, "no bibliographic records") == 0);
  // Comments and white space before the page; an XML document after them is still no page.
  CHECK(after_leading_comments("  <!-- a -->\n<!-- b -->\nText") == "Text");
  CHECK(after_leading_comments("<!-- unclosed\nText") == "<!-- unclosed\nText");
  CHECK(parse_string("<!-- exported -->\n<?xml version=\"1.0\"?>\n<catalog><item>x</item></catalog>\n").records.empty());
}

TEST_CASE("A no-records message's DOIs end where a Markdown link's bracket closes", "[user56]") {
  const std::string m = no_records_message("See [https://doi.org/10.48550/arXiv.1911.04268][8] and 10.1002/x[1]y.\n");
  CHECK(m.find("refnet fetch 10.48550/arxiv.1911.04268 10.1002/x[1]y") != std::string::npos);
  CHECK(m.find("][8") == std::string::npos);
}

// Main: the page's own record right, no reference of the nine ("- [1]. Bašić B. ...": a bracketed number and a full
// stop opened none) and nothing said.
TEST_CASE("PubMed Central by html2text: references labelled '[1].', every one read", "[user56]") {
  Parsed p = page("pmc-html2text.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "A Figure with Heesch Number 6: Pushing a Two-Decade-Old Boundary");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Bašić");
  CHECK(r.doi == "10.1007/s00283-020-10034-w");
  CHECK(r.volume == "43");
  REQUIRE(r.references.size() == 9);
  CHECK(r.references[0].doi == "10.1016/j.crma.2015.05.002");
  CHECK(r.references[0].volume == "353");
  CHECK(r.references[3].author == "Heesch, H.");
  CHECK(r.references[3].year == "1968");
  // "*Mat. Zametki*88": the journal, then its volume.
  CHECK(r.references[7].container == "Mat. Zametki");
  CHECK(r.references[7].volume == "88");
  CHECK(r.references[8].author == "Thurston, W. P.");
}

TEST_CASE("The '[12]. ' label opens a numbered list as '[12] ' and '12. ' do", "[user56]") {
  const std::string text = "Title of a paper\n\nReferences\n\n"
                           "[1]. Heesch H. Reguläres Parkettierungsproblem. Westdeutscher Verlag, 1968.\n"
                           "[2]. Mann C. Heesch’s Problem and Other Tiling Problems. PhD thesis, University of "
                           "Arkansas, 2001.\n"
                           "[3]. Kaplan CS. Introductory Tiling Theory for Computer Graphics. Morgan & Claypool, 2009.\n";
  std::vector<ReferenceList> lists = find_reference_lists(text);
  REQUIRE(lists.size() == 1);
  REQUIRE(lists[0].items.size() == 3);
  CHECK(starts_with(lists[0].items[2].text, "Kaplan CS."));
}

// Main: "Mat. Zametki*88", ".gov**website", "Comments: | 26 pages |", "| https://doi.org/10.1/x".
TEST_CASE("html2text's Markdown: emphasis closed inside a word is a space; a table row's outer bars nothing",
          "[user56]") {
  const std::string md = "# A page\n"
                         "Plane, *Mat. Zametki*88 (2010), 97–104.\n"
                         "A **.gov**website belongs to an official government organization.\n"
                         "Comments: | 26 pages |\n"
                         " | [https://doi.org/10.48550/arXiv.1911.04268][8]\n"
                         " |\n"
                         "snake_case and a*b and 2 * 3 stay; so does a | between cells.\n"
                         "## References\n";
  REQUIRE(is_markdown_page(md));
  const std::string text = markdown_page_text(md);
  REQUIRE(text.size() == md.size());
  const std::vector<std::string> lines = shown_lines(text);
  REQUIRE(lines.size() == 8);
  CHECK(lines[1] == "Plane, Mat. Zametki 88 (2010), 97–104.");
  CHECK(lines[2] == "A .gov website belongs to an official government organization.");
  CHECK(lines[3] == "Comments: | 26 pages");
  CHECK(lines[4] == "https://doi.org/10.48550/arXiv.1911.04268");
  CHECK(lines[5].empty());
  CHECK(lines[6] == "snake_case and a*b and 2 * 3 stay; so does a | between cells.");
}

// Main: no reference of the 21 and nothing said (the buttons "Article MathSciNet MATH Google Scholar" were no buttons
// for want of "MATH", so the list was taken for text), the pages "297-312" of reference 3 as the article's, no authors
// (the page shows no byline; its "Cite this article" names them).  With the buttons known, the last reference (no
// buttons after it) ran on over "Download references", the acknowledgements and the authors' affiliations, and the
// article lost its DOI to it.
TEST_CASE("Springer by html2text: references between '1.' and 'MATH' buttons, the authors of 'Cite this article'",
          "[user56]") {
  Parsed p = page("springer-html2text.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.1007/s40993-022-00408-8");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Helfgott");
  CHECK(r.authors[1].family == "Thompson");
  CHECK(r.container_title == "Research in Number Theory");
  CHECK(r.volume == "9");
  CHECK(r.pages.empty());
  CHECK(r.get_extra("incomplete").empty());
  REQUIRE(r.references.size() == 21);
  CHECK(r.references[0].author == "Deléglise, M.");
  CHECK(r.references[0].container == "Exp. Math.");
  CHECK(r.references[0].volume == "5");
  CHECK(r.references[0].first_page == "291");
  CHECK(r.references[20].title == "Karatsuba square root");
  CHECK(r.references[20].raw.find("Download references") == std::string::npos);
  CHECK(warnings_with(p, "a site's link buttons after a reference") == 15);
}

// Main: "the page's article \"On the monograph ”Finiteness Theorems for limit cycles\xE2\x80...\" is incomplete": the
// title cut inside its quotation mark, a message that is no UTF-8 (arXiv's HTML paper, converted by html2text).
TEST_CASE("A message quoting a long title cuts it between characters", "[user56]") {
  Parsed p = parse_string("# On the monograph ”Finiteness Theorems for limit cycles” and a special case of alternant "
                          "cycles\n\n## Abstract\n\nWe provide evidence that the approach of Ilyashenko to the proof "
                          "of Dulac’s theorem has a gap; we give an explicit counterexample and draw its confines.\n\n"
                          "## References\n\n- [1] H. Dulac. Sur les cycles limites. Bulletin de la Société "
                          "Mathématique de France, 51:45–188, 1923.\n");
  REQUIRE(p.records.size() == 1);
  REQUIRE(said(p, "is incomplete") == 1);
  for (const Diagnostic& d : p.diags.items()) CHECK(is_valid_utf8(d.message));
}

namespace {

// The cited works `refs` (Web of Science's cited references) make after settle(): each one's index in items().
std::vector<std::uint32_t> settled_works(const std::vector<const char*>& refs, CitedWorks& cw) {
  std::vector<std::uint32_t> added;
  for (const char* r : refs) added.push_back(cw.add(parse_wos_reference(r)));
  const std::vector<std::uint32_t> moved = cw.settle();
  for (std::uint32_t& w : added) w = moved[w];
  return added;
}

}  // namespace

// Main: four co-citation nodes for Bouyssou et al. (2006) in pybibx's WoS export (fixtures/corpora/pybibx__wos.bib:
// the DOI's, "INT SERIES OPERATION, V86" (4 citing), "INT SERIES OPERATION" and the title's cut "EVALUATION
// DECISION"), two for Ehrgott (2010); `cited_work_splits --cut-joins` on that library: 6,217 -> 6,182 cited works.
TEST_CASE("A cited work only WoS's 20-character cut of its series names joins the one work it may be", "[user56]") {
  CitedWorks cw;
  std::vector<std::uint32_t> w = settled_works(
      {"Bouyssou D, 2006, INT SER OPER RES MAN, V86, P1, DOI 10.1007/0-387-31099-1.",
       "Bouyssou D, 2006, INT SERIES OPERATION, V86.", "Bouyssou D., 2006, INT SERIES OPERATION.",
       "Ehrgott M, 2010, INT SER OPER RES MAN, V142, pXI.", "Ehrgott M., 2010, INT SERIES OPERATION.",
       // The book (V78 P1) or its chapter (V78 P133): which one, the cut does not say.
       "Figueira J, 2005, INT SER OPER RES MAN, V78, P1, DOI 10.1007/b100605.",
       "Figueira J, 2005, INT SER OPER RES MAN, V78, P133, DOI 10.1007/0-387-23081-5_4.",
       "Figueira J, 2005, INT SERIES OPERATION.",
       // Another volume; a name no cut; another initial: apart.
       "Roy B, 1991, INT SER OPER RES MAN, V12, P10.", "Roy B, 1991, INT SERIES OPERATION, V13.",
       "Smith J, 2005, J ECON, V3, P10.", "Smith J, 2005, J ECON, V3.",
       "Meyer P, 2005, INT SER OPER RES MAN, V78, P471.", "Meyer A, 2005, INT SERIES OPERATION."},
      cw);
  REQUIRE(w.size() == 14);
  CHECK(w[1] == w[0]);
  CHECK(w[2] == w[0]);
  CHECK(w[4] == w[3]);
  CHECK(w[5] != w[6]);
  CHECK(w[7] != w[5]);
  CHECK(w[7] != w[6]);
  CHECK(w[9] != w[8]);
  CHECK(w[11] != w[10]);
  CHECK(w[13] != w[12]);
  const std::vector<CitedItem> items = cw.items();
  CHECK(items.size() == 11);
  REQUIRE(w[0] < items.size());
  CHECK(items[w[0]].references == 3);
  CHECK(items[w[0]].doi == "10.1007/0-387-31099-1");
}

TEST_CASE("Co-citation over references: the cut series' references cite the work they were joined to", "[user56]") {
  std::vector<NetworkDoc> docs(2);
  docs[0].references = {parse_wos_reference("Bouyssou D, 2006, INT SERIES OPERATION, V86."),
                        parse_wos_reference("Roy B, 1996, MULTICRITERIA METHODO.")};
  docs[1].references = {parse_wos_reference("Roy B, 1996, MULTICRITERIA METHODO."),
                        parse_wos_reference("Bouyssou D, 2006, INT SER OPER RES MAN, V86, P1, DOI 10.1007/0-387-31099-1.")};
  ResolvedRefs refs = resolve_references(docs, true);
  REQUIRE(refs.external.size() == 2);
  CHECK(refs.cited[0] == refs.cited[1]);
  for (const CitedItem& item : refs.external) CHECK(item.citing == 2);
}

// Main: no author (a name alone under the title: nothing confirmed it), no date, no identifier; the references 14 of
// 14 then as now (the parser's "Yu. Il’yashenko." faults are parser56's: the author "Yu").
TEST_CASE("arXiv's HTML paper by html2text: the stamp's identifier and day, one author under the heading", "[user56]") {
  Parsed p = page("arxiv-html-paper.md");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "On the monograph ”Finiteness Theorems for limit cycles” and a special case of alternant cycles");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Yeung");
  CHECK(r.authors[0].given == "Melvin");
  CHECK(r.type == "article");
  CHECK(r.number == "arXiv:2402.12506");
  CHECK(r.publisher == "arXiv");
  CHECK(format_date(r.issued) == "2024-02-19");
  CHECK(r.references.size() == 14);
  CHECK(r.get_extra("incomplete") == "no DOI");
  // A two-word line under a heading that no given name opens is no byline ("Original Paper").
  Parsed q = parse_string("# A study of things\n\nOriginal Paper\n\n## Abstract\n\nWe study things at length, and "
                          "find that they are as they were; this abstract is long enough to be one.\n\n## References\n\n"
                          "- [1] H. Dulac. Sur les cycles limites. Bulletin de la Société Mathématique de France, "
                          "51:45–188, 1923.\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].authors.empty());
}
