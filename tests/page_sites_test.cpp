// Publishers' and indexes' article pages copied as text (importers/page_text.cpp, src/reference_sections.cpp), the
// sites session 32 added: Taylor & Francis with its references, Cambridge Core, Oxford Academic, JSTOR, IEEE Xplore,
// ACM, arXiv, Frontiers, PLOS, Nature, ResearchGate, Semantic Scholar, Scopus.  Each fixture is hand-made in the
// site's copied-text shape with a real work's metadata (fixtures/SOURCES.md); what main's binary gave is said above
// each test.
#include <catch2/catch.hpp>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Parsed page(const char* name) { return parse_file(fixture(std::string("pages/") + name)); }

bool has_warning(const Parsed& p, std::string_view text) {
  for (const Diagnostic& d : p.diags.items())
    if (d.severity == Severity::warning && d.message.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

// Main: title "List of Issues" (the breadcrumb), authors "R," and "professionals, D" (the footer's "Authors" / "R&D
// professionals"), no DOI; "[Crossref], [Web of Science ®], [Google Scholar]" called a running header.
TEST_CASE("Taylor & Francis with references: title and byline under the counts, the DOI after 'Cite this article'",
          "[page]") {
  Parsed p = page("tandf-article-references.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "The New Public Governance?");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Osborne");
  CHECK(r.authors[0].given == "Stephen P.");
  CHECK(r.container_title == "Public Management Review");
  CHECK(r.volume == "8");
  CHECK(r.issue == "3");
  CHECK(r.pages == "377-387");
  CHECK(format_date(r.issued) == "2007-02-18");
  CHECK(r.doi == "10.1080/14719030600853022");
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[1].title == "A public management for all seasons?");
  CHECK(r.references[1].container == "Public Administration");
  CHECK(r.references[3].year == "1997");
  CHECK(has_warning(p, "a site's link buttons after a reference: left out of the list"));
  CHECK_FALSE(has_warning(p, "running header"));
  CHECK(r.get_extra("incomplete").empty());
}

// Main: title "American Political Science Review", no authors, the cookie banner as abstract, a menu's "References"
// reading the title and byline as a fourth reference; the "Cited by" list gave nothing.
TEST_CASE("Cambridge Core: a date line between title and byline, names one a line, the citing work", "[page]") {
  Parsed p = page("cambridge-core-article.txt");
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.title == "How Censorship in China Allows Government Criticism but Silences Collective Expression");
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[0].family == "KING");
  CHECK(r.authors[2].given == "MARGARET E.");
  CHECK(format_date(r.issued) == "2013-05-02");
  CHECK(r.publisher == "Cambridge University Press");
  CHECK(r.container_title == "American Political Science Review");
  CHECK(r.volume == "107");
  CHECK(r.issue == "2");
  CHECK(r.pages == "326-343");
  CHECK(r.doi == "10.1017/s0003055413000014");
  CHECK(starts_with(r.abstract, "We offer the first large scale"));
  CHECK(ends_with(r.abstract, "the subset they deem objectionable."));  // not "Type Research Article ..."
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[0].author == "Ang, Yuen Yuen");
  CHECK(r.references[2].container == "American Journal of Political Science");
  const Record& citing = p.records[1];
  CHECK(citing.title == "Censored: Distraction and Diversion Inside China's Great Firewall");
  REQUIRE(citing.references.size() == 1);
  CHECK(citing.references[0].title == r.title);
}

// Main: title the journal's name, no authors, no DOI; "Google Preview", "OpenURL Placeholder Text", "WorldCat",
// "COPAC", "Search ADS" read as references' text.
TEST_CASE("Oxford Academic: names one a line, the citation line with its DOI, the reference buttons", "[page]") {
  Parsed p = page("oxford-academic-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Collaborative Governance in Theory and Practice");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Gash");
  CHECK(r.container_title == "Journal of Public Administration Research and Theory");
  CHECK(r.volume == "18");
  CHECK(r.issue == "4");
  CHECK(r.pages == "543-571");
  CHECK(r.issued.year == 2008);
  CHECK(r.doi == "10.1093/jopart/mum032");
  CHECK(starts_with(r.abstract, "Over the past few decades"));
  REQUIRE(r.references.size() == 3);  // the copyright line after the list is none
  CHECK(r.references[1].container == "Public Administration Review");
  for (const Reference& x : r.references) CHECK(x.raw.find("WorldCat") == std::string::npos);
}

// Main: no author, issue "3859 (Dec. 13", no journal, no date, no publisher.
TEST_CASE("JSTOR's stable page: a lone name, the journal, 'Vol., No. (date), pp.', 'Published By:'", "[page]") {
  Parsed p = page("jstor-stable-page.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "The Tragedy of the Commons");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Hardin");
  CHECK(r.container_title == "Science");
  CHECK(r.volume == "162");
  CHECK(r.issue == "3859");
  CHECK(r.pages == "1243-1248");
  CHECK(format_date(r.issued) == "1968-12-13");
  CHECK(r.publisher == "American Association for the Advancement of Science");
  CHECK(r.get_extra("incomplete") == "no DOI");  // JSTOR shows none
}

// Main: volume, issue and pages of the third reference ("vol. 104, no. 2, pp. 154-171"), no journal, no date, the
// menu after "Abstract" as abstract, no reference read; the keyword "Metrics" (session 32's first commit too).
TEST_CASE("IEEE Xplore: 'Published in:', 'Page(s):', 'Date of Publication:', references under their numbers",
          "[page]") {
  Parsed p = page("ieee-xplore-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.container_title == "IEEE Transactions on Pattern Analysis and Machine Intelligence");
  CHECK(r.volume == "39");
  CHECK(r.issue == "6");
  CHECK(r.pages == "1137-1149");
  CHECK(format_date(r.issued) == "2017-06-01");
  CHECK(r.pmid == "27295650");
  CHECK(starts_with(r.abstract, "State-of-the-art object detection networks"));
  // "Citations" / "Keywords" / "Metrics" is the page's menu; "IEEE Keywords" heads the list.
  CHECK(r.keywords ==
        std::vector<std::string>{"Proposals", "Detectors", "Object detection", "Convolutional codes", "Feature extraction"});
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[2].title == "Selective search for object recognition");
  CHECK(r.references[2].volume == "104");
}

// Main: title "Share on MapReduce: ...", authors "Sanjay Ghemawat Authors Info" and "Claims", pages "107 - 113".
TEST_CASE("ACM Digital Library: 'Authors:' with its button glued on, the journal's line, 'Publication History'",
          "[page]") {
  Parsed p = page("acm-dl-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "MapReduce: simplified data processing on large clusters");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Ghemawat");
  CHECK(r.authors[1].given == "Sanjay");
  CHECK(r.container_title == "Communications of the ACM");
  CHECK(r.pages == "107-113");
  CHECK(format_date(r.issued) == "2008-01-01");
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[2].title == "The Google file system");
  CHECK(r.references[1].raw.find("Digital Library") == std::string::npos);
}

// Main: journal "View PDF HTML (experimental)", no date.
TEST_CASE("arXiv's abstract page: a preprint, its submission date and identifier", "[page]") {
  Parsed p = page("arxiv-abstract.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Attention Is All You Need");
  CHECK(r.authors.size() == 8);
  CHECK(r.container_title.empty());
  CHECK(r.type == "article");
  CHECK(r.number == "arXiv:1706.03762");
  CHECK(format_date(r.issued) == "2017-06-12");
  CHECK(r.doi == "10.48550/arxiv.1706.03762");
  CHECK(starts_with(r.abstract, "The dominant sequence transduction models"));
}

// Main: title "This article is part of the Research Topic", authors "Improving Our Methodological" and "Statistical
// Practices", year 3389 (from the DOI), no DOI.
TEST_CASE("Frontiers: the article's line, one author with a mark, an abstract without heading", "[page]") {
  Parsed p = page("frontiers-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Calculating and reporting effect sizes to facilitate cumulative science: a practical primer for "
                   "t-tests and ANOVAs");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Lakens");
  CHECK(r.authors[0].given == "Dani\u00ebl");
  CHECK(r.volume == "4");
  CHECK(r.doi == "10.3389/fpsyg.2013.00863");
  CHECK(format_date(r.issued) == "2013-11-26");
  CHECK(r.get_extra("received") == "2013-07-20");
  CHECK(r.get_extra("accepted") == "2013-10-30");
  CHECK(starts_with(r.abstract, "Effect sizes are the most important outcome"));
  CHECK(r.keywords.size() == 5);
  CHECK(r.references.size() == 4);  // the "Keywords:" and "Citation:" lines after the list are none
}

// Main: title "John P. A. Ioannidis", author "Metrics", the menu after "Abstract" as abstract.
TEST_CASE("PLOS: a lone author and the panel's 'x', 'Published: August 30, 2005', numbered references", "[page]") {
  Parsed p = page("plos-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Why Most Published Research Findings Are False");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Ioannidis");
  CHECK(r.container_title == "PLoS Med");
  CHECK(r.volume == "2");
  CHECK(r.issue == "8");
  CHECK(r.number == "e124");  // the article's number (CSL number), not its page
  CHECK(r.pages.empty());
  CHECK(format_date(r.issued) == "2005-08-30");
  CHECK(starts_with(r.abstract, "There is increasing concern"));
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[2].container == "Lancet");
}

// Main: title "nature scientific data comment article", no authors, no DOI ("Download citation" glued to it).
TEST_CASE("Nature: a byline the page cut with '…', 'Scientific Data volume 3, Article number: 160018 (2016)'",
          "[page]") {
  Parsed p = page("nature-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "The FAIR Guiding Principles for scientific data management and stewardship");
  REQUIRE(r.authors.size() == 11);
  CHECK(r.authors[0].family == "Wilkinson");
  CHECK(r.authors[10].family == "Mons");
  CHECK(has_warning(p, "the page shows only some of the article's authors"));
  CHECK(r.container_title == "Scientific Data");
  CHECK(r.volume == "3");
  CHECK(r.number == "160018");  // the article's number (CSL number), not its page
  CHECK(r.pages.empty());
  CHECK(format_date(r.issued) == "2016-03-15");
  CHECK(r.doi == "10.1038/sdata.2016.18");
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[1].container == "Current Biology");
}

// Main: title "October 2019Government Information Quarterly 36(4):101385", one author, no date.
TEST_CASE("ResearchGate: the glued 'October 2019Journal 36(4):101385', each name twice, an empty References (65)",
          "[page]") {
  Parsed p = page("researchgate-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Defining digital transformation: Results from expert interviews");
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[2].family == "Haug");
  CHECK(r.container_title == "Government Information Quarterly");
  CHECK(r.volume == "36");
  CHECK(r.issue == "4");
  CHECK(r.number == "101385");  // the article's number (CSL number), not its page
  CHECK(r.pages.empty());
  CHECK(r.issued.year == 2019);
  CHECK(r.issued.month == 10);
  CHECK(r.doi == "10.1016/j.giq.2019.06.002");
  CHECK(starts_with(r.abstract, "Digital transformation is a process"));
  CHECK(has_warning(p, "the heading announces 65 entries; the page shows 0"));
}

// Main: no DOI (above the title), the venue's cut name in the date's text.
TEST_CASE("Semantic Scholar: the DOI above the title, a venue the site cut kept apart and said", "[page]") {
  Parsed p = page("semantic-scholar-paper.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Deep Residual Learning for Image Recognition");
  CHECK(r.authors.size() == 4);
  CHECK(r.doi == "10.1109/cvpr.2016.90");
  CHECK(format_date(r.issued) == "2015-12-10");
  CHECK(r.container_title.empty());
  CHECK(r.get_extra("venue-as-shown") == "Computer Vision and Pattern\u2026");
  CHECK(has_warning(p, "the page cut the venue's name"));
}

// Main: title "View at Publisher", authors "Hollands," and "R.G.," (a reference's), no journal.
TEST_CASE("Scopus's record page: '(Article)' glued to the title, 'Family, I.a' names, references under bare numbers",
          "[page]") {
  Parsed p = page("scopus-record.txt");
  // The article and the one work its "Cited by" shows, three lines (title,
  // names, "(2018) Cities"): its title was taken for site words and left
  // out unsaid, and the names and "Cities" made a work titled "Cities".
  REQUIRE(p.records.size() == 2);
  const Record& citing = p.records[1];
  CHECK(citing.title == "Smart city governance: A local emergent perspective");
  REQUIRE(citing.authors.size() == 1);
  CHECK(citing.authors[0].family == "Ruhlandt");
  CHECK(citing.issued.year == 2018);
  REQUIRE(citing.references.size() == 1);
  CHECK(citing.references[0].doi == "10.1177/0020852314564308");
  const Record& r = p.records[0];
  CHECK(r.title == "Governing the smart city: a review of the literature on smart urban governance");
  CHECK(r.type == "article-journal");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Meijer");
  CHECK(r.authors[0].given == "A.");
  CHECK(r.authors[1].given == "M.P.R.");
  CHECK(r.container_title == "International Review of Administrative Sciences");
  CHECK(r.volume == "82");
  CHECK(r.issue == "2");
  CHECK(r.pages == "392-408");
  CHECK(r.doi == "10.1177/0020852314564308");
  CHECK(r.publisher == "SAGE Publications Ltd");
  CHECK(r.keywords.size() == 5);
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[0].doi == "10.1140/epjst/e2012-01703-3");
  CHECK(r.references[1].title == "Will the real smart city please stand up?");
  CHECK(r.references[1].container == "City");
  CHECK(has_warning(p, "the heading announces 815 entries; the page shows 1"));
}

// Main: the journal's abbreviation from the page's citation, one reference of three ("PubMed  PubMed Central" was no
// line of buttons: "PubMed" matched first, "Central" then none; "Book  Google Scholar" neither).
TEST_CASE("BMC: the journal's line over the counts, references under 'PubMed Central' and 'Book' buttons", "[page]") {
  Parsed p = page("bmc-article.txt");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Estimating the sample mean and standard deviation from the sample size, median, range and/or "
                   "interquartile range");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[3].family == "Tong");
  CHECK(r.container_title == "BMC Medical Research Methodology");
  CHECK(r.volume == "14");
  CHECK(r.pages == "135");
  CHECK(format_date(r.issued) == "2014-12-19");
  CHECK(r.doi == "10.1186/1471-2288-14-135");
  CHECK(starts_with(r.abstract, "Background In systematic reviews"));
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[1].title == "Cochrane Handbook for Systematic Reviews of Interventions");
  CHECK(r.references[2].container == "Int J Stat Med Res");
}
