// audit53 (issue #11): one search exported by one database in two formats
// (asreview/citation-file-formatting, CC0) read field by field, RIS against
// the database's CSV/TSV: a field that differs where the source does not is
// a bug in one reader.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* with_doi(const Parsed& p, const std::string& doi) {
  for (const Record& r : p.records)
    if (r.doi == doi) return &r;
  return nullptr;
}
bool has_keyword(const Record& r, const std::string& k) {
  return std::find(r.keywords.begin(), r.keywords.end(), k) != r.keywords.end();
}
}  // namespace

// Embase (embase.com) writes a record's Emtree terms as RIS KW lines and, in
// its CSV, in four columns: "Emtree Drug Index Terms (Major Focus)", "Emtree
// Drug Index Terms", "Emtree Medical Index Terms (Major Focus)", "Emtree
// Medical Index Terms".  The CSV reader kept the four in extra: 7 of the 10
// records of one search had no keyword at all, where their RIS has 6 to 25.
TEST_CASE("Embase CSV: the Emtree terms are keywords, as the same search's RIS gives them", "[audit53]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__embase.ris"));
  Parsed csv = parse_file(fixture("corpora/citation-file-formatting__embase.csv"));
  REQUIRE(ris.records.size() == 10);
  REQUIRE(csv.records.size() == 10);
  std::size_t compared = 0;
  for (const Record& a : ris.records) {
    const Record* b = with_doi(csv, a.doi);
    REQUIRE(b != nullptr);
    for (const std::string& k : a.keywords) {
      INFO(a.doi << " keyword " << k);
      CHECK(has_keyword(*b, k));
      ++compared;
    }
  }
  CHECK(compared == 109);  // grep -c "^KW" of the RIS
  // The author keywords the RIS leaves out stay (the CSV's own), first.
  const Record* hap = with_doi(csv, "10.1002/ar.25520");
  REQUIRE(hap != nullptr);
  CHECK(hap->keywords.front() == "Haplocanthosaurus");
  CHECK(has_keyword(*hap, "Upper Jurassic"));
  // Which terms are the record's major focus, and their subheadings, are
  // said by nothing else: the columns stay in extra too, as written.
  CHECK(hap->get_extra("Emtree Medical Index Terms (Major Focus)") == "dinosaur");
  const Record* scales = with_doi(csv, "10.1038/s41467-024-48400-3");
  REQUIRE(scales != nullptr);
  CHECK(has_keyword(*scales, "keratin"));
  CHECK(scales->get_extra("Emtree Drug Index Terms") == "keratin (endogenous compound), melanin (endogenous compound)");
}

// An Emtree term with its subheadings is one term: "bronchogenic
// duplication cyst (diagnosis, surgery)" is the term bronchogenic
// duplication cyst; a list is cut at the commas between terms, not inside
// parentheses (embase.com's CSV of 2019, whose last column "keywords" a
// person added: the medical terms again, read as written).
TEST_CASE("Embase CSV: an Emtree term's subheadings in parentheses stay with it", "[audit53]") {
  Parsed p = parse_file(fixture("corpora/asreview__embase-2019.csv"));
  REQUIRE(p.records.size() == 6);
  std::size_t parenthesised = 0;
  for (const Record& r : p.records)
    for (const std::string& k : r.keywords) {
      INFO(k);
      CHECK(std::count(k.begin(), k.end(), '(') == std::count(k.begin(), k.end(), ')'));
      parenthesised += k.find('(') != std::string::npos;
    }
  CHECK(parenthesised > 10);
  const Record& cysts = p.records.front();
  CHECK(has_keyword(cysts, "bronchogenic duplication cyst"));
  CHECK(has_keyword(cysts, "gastrointestinal tract duplication cyst"));
  CHECK(has_keyword(cysts, "bronchogenic duplication cyst (diagnosis, surgery)"));  // "keywords"
  CHECK(cysts.get_extra("Emtree Medical Index Terms (Major Focus)") ==
        "endoscopic ultrasonography, gastrointestinal malformation (diagnosis), gastrointestinal tract duplication "
        "cyst (diagnosis)");
  CHECK(cysts.get_extra("Emtree Medical Index Terms").find("esophageal duplication cyst (diagnosis, surgery)") !=
        std::string_view::npos);
}

// EBSCOhost's CSV writes its dates M/D/YYYY (="4/3/2024"): its RIS of the same
// search (CINAHL interface, Academic Search Premier) has Y1 2024/04/03 for
// it.  The table reader kept "4/3/2024" as text with the year alone when the
// day could be a month: 4 of the 6 such dates of the search.
TEST_CASE("EBSCOhost CSV: M/D/YYYY dates read whole, as its RIS gives them", "[audit53]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__cinahl.ris"));
  Parsed csv = parse_file(fixture("corpora/citation-file-formatting__cinahl.csv"));
  REQUIRE(csv.records.size() == 10);
  std::size_t days = 0;
  for (const Record& a : ris.records) {
    const Record* b = with_doi(csv, a.doi);
    if (!b || !a.issued.day) continue;
    INFO(a.doi);
    CHECK(show(b->issued) == show(a.issued));
    ++days;
  }
  CHECK(days == 5);  // the sixth, 9/8/2021, is a row its RIS has not
  // Another table's "4/3/2024" is not EBSCO's: the day or the month, which is
  // unknown, so the year with the text as written.
  Parsed other = parse_string("Title,Author,Date,Publication Title\nA title,\"Lovelace, Ada\",4/3/2024,A journal\n");
  REQUIRE(other.records.size() == 1);
  CHECK(show(other.records[0].issued) == "2024/0/0/4/3/2024");
}

// RefWorks' tab-delimited export has one "ISSN/ISBN" column: it was kept in
// extra for all 100 rows of a search, no ISSN read.
TEST_CASE("RefWorks TSV: the ISSN/ISBN column is read as ISSNs and ISBNs", "[audit53]") {
  Parsed p = parse_file(fixture("corpora/citation-file-formatting__refworks.tsv"));
  REQUIRE(p.records.size() == 100);
  std::size_t with_issn = 0;
  for (const Record& r : p.records) {
    with_issn += !r.issn.empty();
    CHECK(r.get_extra("ISSN/ISBN").empty());
  }
  CHECK(with_issn == 100);
  Parsed book = parse_string(
      "Reference Type\tReference Id\tAuthors, Primary\tTitle Primary\tPub Year\tISSN/ISBN\tPublisher\n"
      "Book, Whole\t1\tLovelace, Ada\tA book\t2020\t978-3-16-148410-0\tA press\n"
      "Journal Article\t2\tByron, George\tA paper\t2021\t0028-0836; 1476-4687\t\n");
  REQUIRE(book.records.size() == 2);
  CHECK(book.records[0].isbn == std::vector<std::string>{"978-3-16-148410-0"});
  CHECK(book.records[0].issn.empty());
  CHECK(book.records[1].issn == std::vector<std::string>{"0028-0836", "1476-4687"});
}

// RefWorks' TSV writes the year in "Pub Year" and the month and day in "Pub
// Date Free From" ("03/30"), and several links in one "URL" cell, a space
// between them.  The date was the year alone (and "03/30" in extra) in 93
// of 100 rows whose RIS from Lens of the same works has the day; the URL
// was the whole cell, spaces and all, in 100 of 100.
TEST_CASE("RefWorks TSV: month and day from 'Pub Date Free From', one link a URL", "[audit53]") {
  Parsed rw = parse_file(fixture("corpora/citation-file-formatting__refworks.tsv"));
  REQUIRE(rw.records.size() == 100);
  std::size_t dated = 0, links = 0;
  for (const Record& r : rw.records) {
    INFO(r.title);
    CHECK(r.url.find(' ') == std::string::npos);
    if (r.issued.day) ++dated;
    if (!r.url.empty()) ++links;
    CHECK(r.get_extra("Pub Date Free From").empty());
  }
  CHECK(dated == 93);
  CHECK(links == 100);
  const Record& first = rw.records[1];  // de Jong 2020, "03/30"
  CHECK(show(first.issued) == "2020/3/30/");
  CHECK(first.url == "https://www.ncbi.nlm.nih.gov/pubmed/32240769");
  CHECK(first.get_extra("URL").find("https://www.sciencedirect.com/science/article/pii/S089543562030072X") !=
        std::string_view::npos);  // every link kept
  CHECK(said(rw, "100 URL cells hold more than one link") == 1);
  // Free text there is no month and day: kept as written.
  Parsed spring = parse_string(
      "Reference Type\tReference Id\tAuthors, Primary\tTitle Primary\tPub Year\tPub Date Free From\n"
      "Journal Article\t1\tLovelace, Ada\tA title\t2003\tSpring\n");
  REQUIRE(spring.records.size() == 1);
  CHECK(spring.records[0].issued.year == 2003);
  CHECK(spring.records[0].issued.month == 0);
  CHECK(spring.records[0].get_extra("Pub Date Free From") == "Spring");
}

// EBSCOhost's CSV glues the copyright statement its RIS gives as a second AB
// line to the abstract: "... [ABSTRACT FROM AUTHOR] Copyright of PLoS ONE is
// the property of ... (Copyright applies to all Abstracts.)", 10 of 10 rows.
TEST_CASE("EBSCOhost CSV: the copyright statement is no part of the abstract", "[audit53]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__cinahl.ris"));
  Parsed csv = parse_file(fixture("corpora/citation-file-formatting__cinahl.csv"));
  std::size_t compared = 0;
  for (const Record& a : ris.records) {
    const Record* b = with_doi(csv, a.doi);
    if (!b) continue;
    INFO(a.doi);
    CHECK(b->abstract == a.abstract);
    CHECK(starts_with(b->get_extra("Abstract"), "Copyright of "));
    ++compared;
  }
  CHECK(compared == 9);
  for (const Record& r : csv.records) CHECK(r.abstract.find("Copyright of") == std::string::npos);
  CHECK(said(csv, "10 abstracts end in EBSCO's copyright statement") == 1);
}

// A RIS record whose SP and EP are one page (an article number: Lens's
// "SP 636959 / EP 636959", OpenAlex's "105752") read as the range
// "636959-636959", where the same search's tables give "636959": 13 of 100
// Lens records, 3 of 9 OpenAlex ones.
TEST_CASE("RIS: SP and EP of one page are that page, as the tables of the same search give it", "[audit53]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__lens.ris"));
  Parsed tsv = parse_file(fixture("corpora/citation-file-formatting__lens.tsv"));
  REQUIRE(ris.records.size() == 100);
  std::size_t compared = 0;
  for (const Record& a : ris.records) {
    const Record* b = with_doi(tsv, a.doi);
    // An article number of six digits or more is read as the number in
    // both (dedup58): the place compared is the pages and the number.
    if (!b || (b->pages.empty() && b->number.empty())) continue;
    INFO(a.doi);
    CHECK(a.pages == b->pages);
    CHECK(a.number == b->number);
    ++compared;
  }
  CHECK(compared > 80);
  Parsed one = parse_string("TY  - JOUR\nTI  - A title\nAU  - Smith, J.\nSP  - 42\nEP  - 42\nER  - \n");
  REQUIRE(one.records.size() == 1);
  CHECK(one.records[0].pages == "42");
}

// Rayyan's RIS writes a record's two ISSNs as a JSON list in one SN line
// (SN  - ["1932-8494", "1932-8486"]), as its CSV does in its issn cell: the
// RIS reader kept the line in extra, no ISSN read (2 of 10 records), where
// the table reader read both.
TEST_CASE("RIS: an SN line holding a JSON list of ISSNs (Rayyan) gives them", "[audit53]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__rayyan.ris"));
  Parsed csv = parse_file(fixture("corpora/citation-file-formatting__rayyan.csv"));
  REQUIRE(ris.records.size() == 10);
  REQUIRE(csv.records.size() == 10);
  for (std::size_t i = 0; i < ris.records.size(); ++i) {
    INFO(ris.records[i].title);
    CHECK(ris.records[i].issn == csv.records[i].issn);
    CHECK(ris.records[i].get_extra("SN").empty());
  }
  CHECK(ris.records[5].issn == std::vector<std::string>{"1932-8494", "1932-8486"});
}

// Lens writes a name without its given name as "null van den Hoven" (given
// names first: its "null" where RefWorks writes "van den Hoven,null"): the
// Lens TSV read it as the organisation "null van den Hoven".
TEST_CASE("Lens TSV: a 'null' given name is none", "[audit53]") {
  Parsed p = parse_file(fixture("corpora/citation-file-formatting__lens.tsv"));
  std::size_t nulls = 0;
  for (const Record& r : p.records)
    for (const Creator& c : r.authors) {
      INFO(family_given(r.authors));
      CHECK(c.literal.find("null") == std::string::npos);
      CHECK(c.given != "null");
      nulls += c.full_family() == "van den Hoven" && c.given.empty();
    }
  CHECK(nulls == 1);
}

// Citavi's RIS (M4  - Citavi) writes the work's date in Y2, having no DA:
// "Y2  - 2021/03/30" beside "PY  - 2021".  Of a Citavi RIS of the Lens
// records above, 93 of 93 Y2 are Lens's DA of the same work; the reader kept
// Y2 in extra and the year alone.
TEST_CASE("RIS: Citavi's Y2 is the work's date where its year is PY's", "[audit53]") {
  Parsed citavi = parse_file(fixture("corpora/citation-file-formatting__citavi.ris"));
  Parsed lens = parse_file(fixture("corpora/citation-file-formatting__lens.ris"));
  REQUIRE(citavi.records.size() == 100);
  std::size_t compared = 0;
  for (const Record& a : lens.records) {
    const Record* b = with_doi(citavi, a.doi);
    if (!b || !a.issued.day) continue;
    INFO(a.doi);
    CHECK(show(b->issued) == show(a.issued));
    CHECK(b->get_extra("Y2").empty());
    ++compared;
  }
  CHECK(compared == 93);
  // Another tool's Y2 (RIS's access date) is not the work's date.
  Parsed other = parse_string("TY  - JOUR\nTI  - A title\nAU  - Smith, J.\nPY  - 2021\nY2  - 2021/03/30\nER  - \n");
  REQUIRE(other.records.size() == 1);
  CHECK(show(other.records[0].issued) == "2021/0/0/");
  CHECK(other.records[0].get_extra("Y2") == "2021/03/30");
}

// Lens's RIS names a work's PubMed and PubMed Central records only by their
// addresses in L2 ("https://pubmed.ncbi.nlm.nih.gov/33796074/",
// "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8008960"), where its TSV has
// PMID and PMCID columns (89 and 75 of 100 rows): none was read from the
// RIS, whose links name 84 and 53 of them,
// and no PubMed record of the same work could be matched by them.
TEST_CASE("RIS: a link to the work's PubMed or PMC record gives its PMID or PMCID", "[audit53]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__lens.ris"));
  Parsed tsv = parse_file(fixture("corpora/citation-file-formatting__lens.tsv"));
  std::size_t pmids = 0, pmcids = 0;
  for (const Record& a : tsv.records) {
    const Record* b = with_doi(ris, a.doi);
    if (!b) continue;
    INFO(a.doi);
    // The RIS names fewer than the TSV (a PMC link without a PubMed one):
    // every one it names is the TSV's.
    if (!b->pmid.empty()) {
      CHECK(b->pmid == a.pmid);
      ++pmids;
    }
    if (!b->pmcid.empty()) {
      CHECK(b->pmcid == a.pmcid);
      ++pmcids;
    }
  }
  CHECK(pmids == 84);
  CHECK(pmcids == 53);
  CHECK(said(ris, "disagrees") == 0);
  // The links stay as written; a search's address is no record's.
  Parsed p = parse_string(
      "TY  - JOUR\nTI  - A title\nAU  - Smith, J.\nPY  - 2020\n"
      "L2  - https://www.ncbi.nlm.nih.gov/pubmed/?term=smith+2020\n"
      "L2  - https://europepmc.org/article/MED/32240769\n"
      "UR  - http://www.ncbi.nlm.nih.gov/pmc/articles/PMC6957553\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].pmid == "32240769");
  CHECK(p.records[0].pmcid == "PMC6957553");
  CHECK(p.records[0].url == "http://www.ncbi.nlm.nih.gov/pmc/articles/PMC6957553");
  CHECK(extra_values(p.records[0], "L2").size() == 2);
}

// PubMed's MEDLINE text writes an electronic article's locator as an LID
// without a bracketed kind ("LID - e80092", eLife) beside the publisher's
// item ID "AID - 80092 [pii]": the reader took the item ID for the article
// number, "80092" where the citation (SO "11:e80092") and PubMed's CSV of the
// same search say "e80092" (4 eLife records of 50).
TEST_CASE("MEDLINE: an LID without a kind is the article's locator, before AID's item ID", "[audit53]") {
  Parsed txt = parse_file(fixture("corpora/citation-file-formatting__pubmed.txt"));
  REQUIRE(txt.records.size() == 50);
  std::size_t numbered = 0;
  for (const Record& r : txt.records) {
    if (r.number.empty()) continue;
    INFO(r.doi);
    // The LID's e-locator, or PG's article number (six digits or more, or
    // an e-locator, read as the number since dedup58); never AID's item ID
    // ("80092").
    CHECK((r.number[0] == 'e' || (all_digits(r.number) && r.number.size() >= 6)));
    CHECK(r.pages.empty());
    ++numbered;
  }
  CHECK(numbered == 20);
  Parsed csv = parse_file(fixture("corpora/citation-file-formatting__pubmed.csv"));
  const Record* spino = with_doi(txt, "10.7554/elife.80092");
  REQUIRE(spino != nullptr);
  CHECK(spino->number == "e80092");
  for (const Record& r : csv.records)
    if (r.pmid == spino->pmid) CHECK(r.number == spino->number);
}

// Embase's "CSV - Fields by Row" writes a term a cell: its Emtree terms are
// read as the CSV's, subheadings cut.
TEST_CASE("Embase CSV by row: Emtree terms a cell each are keywords too", "[audit53]") {
  Parsed p = parse_string(
      "\"TITLE\",\"Development of novel liver-targeting glucocorticoid prodrugs\"\n"
      "\"AUTHOR NAMES\",\"Wang Y.\",\"Guo D.\"\n"
      "\"EMTREE DRUG INDEX TERMS\",\"keratin (endogenous compound)\",\"melanin\"\n"
      "\"EMTREE MEDICAL INDEX TERMS (MAJOR FOCUS)\",\"alcoholic hepatitis (diagnosis, drug therapy)\"\n"
      "\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].keywords == std::vector<std::string>{"keratin", "melanin", "alcoholic hepatitis"});
  CHECK(p.records[0].get_extra("EMTREE MEDICAL INDEX TERMS (MAJOR FOCUS)") ==
        "alcoholic hepatitis (diagnosis, drug therapy)");
}
