// audit56 (issue #11): real exports compared reader against reader, one
// library or one search exported in several formats.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "record_lookup.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::string people(const std::vector<Creator>& cs) {
  std::string s;
  for (const Creator& c : cs) s += c.full_family() + ", " + c.given + "; ";
  return s;
}
}  // namespace

// The Zotero library made of an EPPI-Reviewer review (infoqualitylab's
// Empirical Retraction Lit, CC-BY-4.0) keeps each name as EPPI wrote it,
// family name first without a comma, and the tag EPPI-Reviewer's RIS puts
// on every record ("KW  - eppi-reviewer4").  The file's names were read
// family first by the file's vote, but each name whose words seemed to show
// the other order was turned round: "Steen R Grant" (an initial inside) read
// Grant, Steen R; "Seth Aruna", "Shuai Xin", "George Ronnie" (a known given
// name first) read Aruna, Seth...; "Lee Jeongsik J" read Lee Jeongsik, J.
// 34 of 384 works' authors disagreed with the same library's EPPI JSON.
TEST_CASE("RIS: EPPI-Reviewer's records in a Zotero library, every name family first", "[audit56]") {
  Parsed ris = parse_file(fixture("corpora/empirical-retraction-lit__zotero.ris"));
  Parsed json = parse_file(fixture("corpora/empirical-retraction-lit__eppi_export.json"));
  REQUIRE(ris.records.size() == 385);
  REQUIRE(json.records.size() == 385);
  const Record* sources = by_title(ris.records, "Sources of error");
  REQUIRE(sources != nullptr);
  REQUIRE(sources->authors.size() == 3);
  CHECK(sources->authors[1].family == "Steen");
  CHECK(sources->authors[1].given == "R Grant");
  const Record* covid = by_title(ris.records, "Retracted COVID-19 papers and the level");
  REQUIRE(covid != nullptr);
  REQUIRE(covid->authors.size() == 5);
  CHECK(covid->authors[0].full_family() == "Van der Walt");
  CHECK(covid->authors[0].given == "Wynand");
  CHECK(covid->authors[2].family == "Friedrich");
  CHECK(covid->authors[2].given == "Wernher");

  // Every work's authors as the JSON export reads them, but where EPPI's
  // short title (which the RIS does not carry) names a first author's
  // family name of two words ("Pardo Pardo (2018)", "Bendezu Quispe
  // (2020)"); one word of three ("Teixeira (2021)") no longer misleads the
  // JSON's reading (audit57).
  std::multimap<std::string, std::string> by;
  for (const Record& r : json.records) by.emplace(r.title, people(r.authors));
  std::size_t compared = 0, differ = 0;
  for (const Record& r : ris.records) {
    auto [from, to] = by.equal_range(r.title);
    if (from == to) continue;
    ++compared;
    if (std::none_of(from, to, [&](const auto& e) { return e.second == people(r.authors); })) {
      ++differ;
      UNSCOPED_INFO(people(r.authors) << " | " << from->second);
    }
  }
  CHECK(compared >= 380);
  CHECK(differ <= 2);
  CHECK(said(ris, "as EPPI-Reviewer writes them") == 1);
}

// The same file without EPPI-Reviewer's tags is read by its names' vote,
// family first (audit55), and says so once.
TEST_CASE("RIS: the Zotero library without EPPI's tags is still read family first by its vote", "[audit56]") {
  std::string text = slurp(fixture("corpora/empirical-retraction-lit__zotero.ris"));
  const std::string tag = "KW  - eppi-reviewer4\r\n";
  std::size_t removed = 0;
  for (std::size_t at = text.find(tag); at != std::string::npos; at = text.find(tag, at), ++removed) text.erase(at, tag.size());
  CHECK(removed == 385);
  Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 385);
  const Record* a = by_title(p.records, "Analysis of retracted articles on medicines");
  REQUIRE(a != nullptr);
  REQUIRE(a->authors.size() == 1);
  CHECK(a->authors[0].family == "Dal-Ré");
  CHECK(said(p, "as this file writes them") == 1);
  CHECK(said(p, "as EPPI-Reviewer writes them") == 0);
}

// EPPI-Reviewer's JSON writes the line breaks of some abstracts as bare
// carriage returns ("Purpose\r\rTo assess ...\r\rMethods\r\rWe reviewed"):
// each was removed as a control character, and the words on either side of
// it joined ("PurposeTo assess", "factors.MethodsWe reviewed") in 10 of its
// 385 abstracts; the Zotero RIS of the same library keeps them apart.
TEST_CASE("JSON: a carriage return in a value is a line break, not a control character", "[audit56]") {
  Parsed p = parse_file(fixture("corpora/empirical-retraction-lit__eppi_export.json"));
  REQUIRE(p.records.size() == 385);
  const Record* errors = nullptr;
  for (const Record& r : p.records)
    if (r.abstract.rfind("Purpose", 0) == 0 && r.abstract.find("propagation rate") != std::string::npos) errors = &r;
  REQUIRE(errors != nullptr);
  CHECK(errors->abstract.rfind("Purpose\n\nTo assess the frequency", 0) == 0);
  CHECK(errors->abstract.find("factors.\n\nMethods\n\nWe reviewed") != std::string::npos);
  CHECK(std::none_of(p.records.begin(), p.records.end(),
                     [](const Record& r) { return r.abstract.find('\r') != std::string::npos; }));
  CHECK(said(p, "control character") == 0);

  // The same in the other JSON readers (made up): Zotero's API JSON, CSL-JSON.
  Parsed z = parse_string(R"([{"key":"AB12CD34","version":1,"data":{"key":"AB12CD34","itemType":"journalArticle",)"
                          R"("title":"A title","abstractNote":"Background\r\nOne.\rMethods\rTwo.","creators":[]}}])");
  REQUIRE(z.records.size() == 1);
  CHECK(z.records[0].abstract == "Background\nOne.\nMethods\nTwo.");
  Parsed c = parse_string(R"([{"id":"x","type":"article-journal","title":"A title","abstract":"Aims\rOne.\r\nTwo."}])");
  REQUIRE(c.records.size() == 1);
  CHECK(c.records[0].abstract == "Aims\nOne.\nTwo.");
}

// EPPI-Reviewer's URL of an item that came from a Zotero library holds the
// link and the path of Zotero's stored copy of the page, one space between
// them ("https://www.mdpi.com/2304-6775/2/1/27 files/22022/27.html", 3
// items): the whole was the work's URL.  The link is the URL; the rest is
// kept in extra and said.
TEST_CASE("EPPI-Reviewer JSON: a URL followed by a stored file's path", "[audit56]") {
  Parsed p = parse_file(fixture("corpora/empirical-retraction-lit__eppi_export.json"));
  const Record* mdpi = nullptr;
  for (const Record& r : p.records)
    if (r.url.find("mdpi.com/2304-6775/2/1/27") != std::string::npos) mdpi = &r;
  REQUIRE(mdpi != nullptr);
  CHECK(mdpi->url == "https://www.mdpi.com/2304-6775/2/1/27");
  bool kept = false;
  for (const ExtraField& e : mdpi->extra) kept = kept || e.value == "files/22022/27.html";
  CHECK(kept);
  CHECK(std::none_of(p.records.begin(), p.records.end(),
                     [](const Record& r) { return r.url.find(' ') != std::string::npos; }));
  CHECK(said(p, "files/22022/27.html") == 1);
}

// An EPPI-Reviewer item without a DOI whose URL is the DOI's resolver link
// ("https://doi.org/10.1086/712817"): the DOI, as the RIS of the same
// library gives it and as the other readers take it (doi_in_url).
TEST_CASE("EPPI-Reviewer JSON: the DOI of a doi.org URL", "[audit56]") {
  Parsed p = parse_file(fixture("corpora/empirical-retraction-lit__eppi_export.json"));
  const Record* r = by_title(p.records, "The dynamics of retraction in epistemic networks");
  REQUIRE(r != nullptr);
  CHECK(r->doi == "10.1086/712817");
  CHECK(r->url == "https://doi.org/10.1086/712817");
}

// A Semantic Scholar Graph API response saved as a file (paper search:
// {"total", "offset", "next", "data": [papers]}) was taken for Crossref JSON
// and refused whole: one error, one record counted rejected for 2 papers,
// their DOIs and titles unread.  (Made up in the form of the API's
// documentation: api.semanticscholar.org/api-docs/graph, paper search and a
// paper's citations.)
TEST_CASE("JSON: Semantic Scholar's API responses, each paper read", "[audit56]") {
  Parsed p = parse_string(R"({"total": 2, "offset": 0, "next": 2, "data": [
{"paperId": "649def34f8be52c8b66281af98ae884c09aef38b", "externalIds": {"MAG": "2866227311", "DOI": "10.18653/V1/N18-3011", "CorpusId": 19170988, "PubMed": "29001234", "PubMedCentral": "5712345"},
 "url": "https://www.semanticscholar.org/paper/649def34f8be52c8b66281af98ae884c09aef38b",
 "title": "Construction of the Literature Graph in Semantic Scholar", "abstract": "We describe a deployed scalable system.",
 "venue": "North American Chapter of the Association for Computational Linguistics", "year": 2018, "citationCount": 365,
 "publicationTypes": ["JournalArticle", "Conference"], "publicationDate": "2018-05-06",
 "journal": {"name": "ArXiv", "volume": "abs/1805.02262", "pages": "84-91"},
 "authors": [{"authorId": "1741101", "name": "Waleed Ammar"}, {"authorId": "3458736", "name": "Dirk Groeneveld"}]},
{"paperId": "f712fab0d58ae6492e3cdfc1933dae103ec12d5d", "externalIds": {"CorpusId": 1}, "title": "Reinfection and low cross-immunity",
 "year": 2021, "authors": [{"authorId": "2", "name": "Jane Doe"}], "venue": ""}
]})");
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 2);
  const Record& a = p.records[0];
  CHECK(a.provenance.format == "semantic-scholar");
  CHECK(a.title == "Construction of the Literature Graph in Semantic Scholar");
  CHECK(a.doi == "10.18653/v1/n18-3011");
  CHECK(a.pmid == "29001234");
  CHECK(a.pmcid == "PMC5712345");
  CHECK(a.issued.year == 2018);
  CHECK(a.issued.month == 5);
  CHECK(a.container_title == "ArXiv");
  CHECK(a.volume == "abs/1805.02262");
  CHECK(a.pages == "84-91");
  CHECK(a.type == "article-journal");
  CHECK(a.abstract == "We describe a deployed scalable system.");
  REQUIRE(a.authors.size() == 2);
  CHECK(a.authors[0].family == "Ammar");
  CHECK(a.authors[0].given == "Waleed");
  bool kept = false;
  for (const ExtraField& e : a.extra) kept = kept || (e.name == "citationCount" && e.value == "365");
  CHECK(kept);
  CHECK(p.records[1].title == "Reinfection and low cross-immunity");
  CHECK(p.records[1].issued.year == 2021);

  // A paper's citations: {"data": [{"contexts": [...], "citingPaper": {...}}]}.
  Parsed c = parse_string(R"({"offset": 0, "data": [{"contexts": ["as in [3]"], "isInfluential": false,
 "citingPaper": {"paperId": "0000000000000000000000000000000000000001", "title": "A citing paper", "year": 2020,
 "externalIds": {"DOI": "10.1000/cite1"}, "authors": [{"authorId": "9", "name": "Ann Lee"}]}}]})");
  CHECK(c.stats.rejected == 0);
  REQUIRE(c.records.size() == 1);
  CHECK(c.records[0].doi == "10.1000/cite1");
  CHECK(c.records[0].title == "A citing paper");
}

// Google Scholar, through Publish or Perish, cuts titles, sources and
// abstracts at their start as well as at their end ("… Journal of
// Paleontology", "… of the Univ…", "…the growth of dinosaurs was fast…"):
// only those cut at their end were said; the others were kept as whole
// values without a word.  (Made up in the layout of Publish or Perish's
// CSV of a Google Scholar search.)
TEST_CASE("Publish or Perish CSV: values cut at their start are said as cut", "[audit56]") {
  Parsed p = parse_string(
      "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,CitesURL,GSRank,QueryDate,Type,DOI,ISSN,CitationURL,Volume,"
      "Issue,StartPage,EndPage,ECC,CitesPerYear,CitesPerAuthor,AuthorCount,Age,Abstract,FullTextURL,RelatedURL\n"
      "12,\"A Smith, B Jones\",\"Dinosaur growth rates in the late Cretaceous\",2010,\"\xE2\x80\xA6 of the Univ\xE2\x80\xA6\","
      "\"Wiley\",\"https://example.org/a\",\"\",1,\"2024-01-01 10:00:00\",\"\",\"\",\"\",\"\",,,,,12,1.0,6,2,14,"
      "\"\xE2\x80\xA6the growth of dinosaurs was fast\xE2\x80\xA6\",\"\",\"\"\n"
      "3,\"C Lee\",\"\xE2\x80\xA6 of dinosaur eggs\",2011,\"\xE2\x80\xA6 Journal of Paleontology\",\"Wiley\","
      "\"https://example.org/b\",\"\",2,\"2024-01-01 10:00:00\",\"\",\"\",\"\",\"\",,,,,3,0.2,3,1,13,\"\",\"\",\"\"\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[1].title == "\xE2\x80\xA6 of dinosaur eggs");  // kept as written
  CHECK(p.records[1].container_title == "\xE2\x80\xA6 Journal of Paleontology");
  CHECK(said(p, "1 titles and 2 sources end in an ellipsis or begin with one") == 1);
  CHECK(said(p, "1 abstracts begin or end in an ellipsis") == 1);
}

// Ovid's CENTRAL writes no DO; the record's DOI is only in the link to the
// library's resolver after ER, in the slot of the PubMed ID
// ("...sid=OVID:cctrdb&id=pmid:10.1136%2Fsextrans-2019-sti.145&id=doi:&...").
// Only a PMID was taken from there: 7 of the 15 records of the search's
// CENTRAL export (MaxenceOuafik/MSM-Syndemic-Scoping-Review cochrane.ris)
// lost their DOI, 6 of them found by MEDLINE or Scopus with it; 3 of the
// search's 190 MEDLINE records without DO had theirs in the link's DOI slot.
TEST_CASE("Ovid CENTRAL: the DOI in the resolver link's PubMed ID slot is the record's DOI", "[audit56]") {
  Parsed c = parse_file(fixture("ris/ovid_msm_central.ris"));
  REQUIRE(c.records.size() == 3);
  CHECK(c.records[0].doi.empty());  // "id=pmid:&id=doi:": none
  CHECK(c.records[1].doi.empty());  // a PMID there
  CHECK(c.records[1].pmid == "28587607");
  CHECK(c.records[2].doi == "10.1136/sextrans-2019-sti.145");
  CHECK(c.records[2].pmid.empty());
  CHECK(said(c, "10.1136%2Fsextrans-2019-sti.145") == 1);
  // The DOI slot itself, where Ovid fills it (made up after that link).
  Parsed d = parse_string(
      "1. \nTY  - ELEC\nID  - CN-01300395\nT1  - A trial\nA1  - Deimel D, Stover H\nY1  - 2016//\n"
      "JA  - Harm reduction journal\nVL  - 13\n"
      "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=cctr&NEWS=N&AN=CN-01300395\nER  -  \n\n"
      "Link to the Ovid Full Text or citation: http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&"
      "D=cctr&AN=CN-01300395Link to the External Link Resolver: https://explore.lib.uliege.be/openurl/32ULG_INST/"
      "32ULG_INST:ULIEGE?tabs=viewOnlineTab&sid=OVID:cctrdb&id=pmid:&id=doi:10.1186%2Fs12954-016-0125-y&"
      "issn=1477-7517&volume=13&date=2016 \n");
  REQUIRE(d.records.size() == 1);
  CHECK(d.records[0].doi == "10.1186/s12954-016-0125-y");
}

// EBSCOhost lists an author once per affiliation, in the form each
// affiliation's source gave ("AU  - Russell, Alex", then "AU  - Russell,
// Alex M T"; its N1 likewise: "Russell, Alex 2; ... Russell, Alex M T 3"):
// 3 of the 41 records of a Criminal Justice Abstracts export (CiteSource's
// gambling-harms search) named 4 people 6 or 8 times, as PsycINFO, Scopus
// and PubMed of the same search do not.  The same family name and a given
// name that extends the other from its first word is one person: the
// fuller form kept, the other dropped and said.
TEST_CASE("EBSCOhost RIS: an author listed again with a fuller given name is one person", "[audit56]") {
  Parsed p = parse_file(fixture("corpora/citesource__crimjust_41.ris"));
  REQUIRE(p.records.size() == 41);
  const Record* sense = by_title(p.records, "Sense of Coherence and Gambling");
  REQUIRE(sense != nullptr);
  CHECK(people(sense->authors) == "Langham, Erika; Russell, Alex M T; Hing, Nerilee; Gainsbury, Sally M; ");
  const Record* consumer = by_title(p.records, "Consumer Perspectives on Gambling Harm");
  REQUIRE(consumer != nullptr);
  CHECK(people(consumer->authors) == "Jackson, Alun C; Christensen, Darren R; Francis, Kate L; Dowling, Nicki A; ");
  const Record* betting = by_title(p.records, "Betting Decision Under Break-Streak");
  REQUIRE(betting != nullptr);
  CHECK(people(betting->authors) == "Fong, Lawrence Hoc Nang; So, Amy Siu Ian; Law, Rob; ");
  CHECK(said(p, "listed again") == 8);  // each name dropped
  // Two people of one family whose given names differ are two.
  Parsed q = parse_string("TY  - JOUR\nAU  - Smith, John\nAU  - Smith, Jane A\nAU  - Lee, J\nAU  - Lee, John\n"
                          "T1  - A title\nDP  - EBSCOhost\nDB  - i3h\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].authors.size() == 4);
}
