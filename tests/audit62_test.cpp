// audit62 (issue #11): JSON dialects refnet had not seen, read as Crossref's
// with empty works before.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* exactly_titled(const std::vector<Record>& records, std::string_view title) {
  for (const Record& r : records)
    if (r.title == title) return &r;
  return nullptr;
}
}  // namespace

// IEBH/RefLib's JSON (the Bond University systematic-review tools' library):
// an array of references with EndNote's fields under RefLib's names
// ("journal", "authors": ["Shahtalebi, M. A."], "year", "date": "Dec",
// "doi", "isbn": "2277-9175 (Print)\r2277-9175", "custom2": "PMC5887696").
// The Crossref reader took it: 102 works without authors, year or DOI, 204
// warnings.  Read as the EndNote XML it came from reads.
TEST_CASE("RefLib's JSON is read by EndNote's fields, as its EndNote XML is", "[audit62]") {
  Parsed p = parse_file(fixture("endnote/reflib_blue_light.json"));
  REQUIRE(p.records.size() == 102);
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "is this Crossref JSON") == 0);
  std::size_t authors = 0, years = 0, dois = 0, journals = 0, pmcids = 0, issns = 0, reflib = 0, articles = 0;
  for (const Record& r : p.records) {
    authors += !r.authors.empty();
    years += r.issued.year > 0;
    dois += !r.doi.empty();
    journals += !r.container_title.empty();
    pmcids += !r.pmcid.empty();
    issns += !r.issn.empty();
    reflib += r.provenance.format == "reflib-json";
    articles += r.type == "article-journal";
  }
  CHECK(reflib == 102);
  CHECK(articles == 102);
  CHECK(authors == 101);
  CHECK(years == 102);
  CHECK(dois == 72);
  CHECK(journals == 102);
  CHECK(pmcids == 18);
  CHECK(issns >= 90);
  // The same records of the same EndNote library as its EndNote XML gives
  // them (fixtures/endnote/blue_light_4.xml: four of the 102).
  Parsed xml = parse_file(fixture("endnote/blue_light_4.xml"));
  REQUIRE(xml.records.size() == 4);
  // RefLib's EndNote XML reader kept neither <language> ("eng") nor the
  // periodical's abbr-1 and remote-database-provider "NLM" (by which the
  // XML's record takes NLM's full journal name and reads the translated
  // title "[Therapy of acne ...]" without its brackets): those as the JSON
  // has them, the rest as the XML's (the journal where the XML has no
  // abbr-1).
  for (Record x : xml.records) {
    INFO(x.title);
    const Record* j = nullptr;
    for (const Record& r : p.records)
      if (r.pages == x.pages && r.issued.year == x.issued.year) j = &r;
    REQUIRE(j);
    x.language.clear();
    if (x.title.rfind("Formulation of Herbal Gel", 0) == 0) CHECK(j->container_title == x.container_title);
    x.container_title = j->container_title;  // "Am J Clin Dermatol" (secondary-title) against NLM's name
    if (x.title.rfind("Therapy of acne", 0) == 0) x.title = "[" + x.title + "]";
    check_same_fields(*j, x);
    CHECK(j->pmcid == x.pmcid);
  }
  const Record* first = exactly_titled(p.records,
                               "Formulation of Herbal Gel of Antirrhinum majus Extract and Evaluation of its "
                               "Anti-Propionibacterium acne Effects");
  REQUIRE(first);
  CHECK(family_given(first->authors) ==
        "Shahtalebi, M. A.; Asghari, G. R.; Rahmani, F.; Shafiee, F.; Jahanian-Najafabadi, A.");
  CHECK(first->issued.year == 2018);
  CHECK(first->doi == "10.4103/abr.abr_99_17");
  CHECK(first->pmcid == "PMC5887696");
  CHECK(extra_values(*first, "rec-number").empty());  // said once a file, not kept (audit68)
  CHECK(said(p, "recNumber of 102 references") == 1);
  CHECK(extra_values(*first, "custom1") == std::vector<std::string>{"There are no conflicts of interest."});
}

namespace {
const Record* with_eid(const std::vector<Record>& records, std::string_view eid) {
  for (const Record& r : records)
    if (r.scopus_eid == eid) return &r;
  return nullptr;
}
}  // namespace

// The Scopus Search API's entries as R's rscopus and Python's pybliometrics
// users save them (mcguinlu/COVID_suicide_living's dump.json, 1,778 entries;
// 15 of them here): PRISM and Dublin Core keys, "dc:creator" the first
// author alone, "prism:coverDate" "2021-12-01" beside "December 2021".  The
// Crossref reader rejected every entry ("not a Crossref work").  Read by
// the Scopus CSV's field rules.
TEST_CASE("The Scopus Search API's JSON is read as Scopus's records", "[audit62]") {
  Parsed p = parse_file(fixture("scopus/scopus_search_api_entries.json"));
  CHECK(p.records.size() == 15);
  CHECK(p.stats.rejected == 0);
  CHECK(said(p, "Crossref") == 0);
  CHECK(said(p, "names the first author only") == 1);
  std::size_t scopus = 0;
  for (const Record& r : p.records) scopus += r.provenance.format == "scopus-api-json";
  CHECK(scopus == 15);
  const Record* a = with_eid(p.records, "2-s2.0-85102173263");
  REQUIRE(a);
  CHECK(a->title ==
        "Cross-sectional survey of depressive symptoms and suicide-related ideation at a Japanese national "
        "university during the COVID-19 stay-home order");
  CHECK(family_given(a->authors) == "Nomura, K.");
  CHECK(a->container_title == "Environmental Health and Preventive Medicine");
  CHECK(a->issn == std::vector<std::string>{"1342-078X", "1347-4715"});
  CHECK(a->volume == "26");
  CHECK(a->issue == "1");
  CHECK(a->number == "30");
  CHECK(show(a->issued) == "2021/12/0/");
  CHECK(a->doi == "10.1186/s12199-021-00953-1");
  CHECK(a->pmid == "33673802");
  CHECK(a->type == "article-journal");
  CHECK(a->url == "https://www.scopus.com/inward/record.uri?partnerID=HzOxMe3b&scp=85102173263&origin=inward");
  CHECK(extra_values(*a, "citedby-count") == std::vector<std::string>{"0"});
  // "13 July 2021": the day; "December 2020" beside "2021-12-01": Scopus's
  // year, the display kept and said; "January-February 2021": a range.
  const Record* day = with_eid(p.records, "2-s2.0-85099187659");
  REQUIRE(day);
  CHECK(show(day->issued) == "2021/7/13/");
  const Record* other = nullptr;
  for (const Record& r : p.records)
    if (family_given(r.authors) == "Narenji, F.") other = &r;
  REQUIRE(other);
  CHECK(other->issued.year == 2021);
  CHECK(other->issued.month == 0);
  CHECK(extra_values(*other, "prism:coverDisplayDate") == std::vector<std::string>{"December 2020"});
  CHECK(said(p, "names another year than prism:coverDate") == 2);  // two letters of December 2020
  const Record* range = nullptr;
  for (const Record& r : p.records)
    if (r.title.rfind("Hikikomori", 0) == 0) range = &r;
  REQUIRE(range);
  CHECK(range->issued.month == 1);
  CHECK(range->issued.end_month == 2);
  // The API's types: "Chapter" (the CSV's "Book Chapter"), "Conference
  // Paper" with its ISBN, "Conference Review" (a volume of proceedings).
  std::size_t chapters = 0, papers = 0, isbns = 0;
  for (const Record& r : p.records) {
    chapters += r.type == "chapter";
    papers += r.type == "paper-conference";
    isbns += !r.isbn.empty();
  }
  CHECK(chapters == 1);
  CHECK(papers == 2);
  CHECK(isbns == 1);
  // The response as the API gives it, and an empty search's one entry.
  Parsed response = parse_string(
      "{\"search-results\": {\"opensearch:totalResults\": \"1\", \"entry\": [{\"@_fa\": \"true\", "
      "\"dc:identifier\": \"SCOPUS_ID:1\", \"eid\": \"2-s2.0-1\", \"dc:title\": \"A title\", "
      "\"author\": [{\"authid\": \"7\", \"authname\": \"Smith J.\", \"surname\": \"Smith\", \"given-name\": "
      "\"John\", \"initials\": \"J.\"}, {\"authid\": \"8\", \"surname\": \"Lee\", \"given-name\": \"Kim\"}], "
      "\"dc:creator\": \"Smith J.\", \"prism:coverDate\": \"2019-01-01\", \"prism:coverDisplayDate\": \"2019\", "
      "\"authkeywords\": \"one | two\", \"dc:description\": \"An abstract.\"}]}}");
  REQUIRE(response.records.size() == 1);
  CHECK(family_given(response.records[0].authors) == "Smith, John; Lee, Kim");
  CHECK(show(response.records[0].issued) == "2019/0/0/");
  CHECK(response.records[0].keywords == std::vector<std::string>{"one", "two"});
  CHECK(response.records[0].abstract == "An abstract.");
  CHECK(said(response, "names the first author only") == 0);
  Parsed empty = parse_string(
      "{\"search-results\": {\"opensearch:totalResults\": \"0\", \"entry\": [{\"@_fa\": \"true\", \"error\": "
      "\"Result set was empty\"}]}}");
  CHECK(empty.records.empty());
  CHECK(empty.stats.rejected == 0);
  CHECK(said(empty, "Result set was empty") == 1);
}

// JSON of services refnet has no reader for was read as Crossref's: the
// ISTEX API's response (tributetotobler/bibliotobler's api.istex.fr.json,
// two of its ten hits here) rejected whole as "not a Crossref work, work
// list or message".  Each is refused by its name, nothing read.  The other
// shapes are the services' documented responses, shortened.
TEST_CASE("A service's JSON refnet does not read is refused by its name, not read as Crossref's", "[audit62]") {
  Parsed istex = parse_file(fixture("json/istex_api_2_hits.json"));
  CHECK(istex.records.empty());
  CHECK(istex.stats.rejected == 0);
  CHECK(said(istex, "ISTEX API's JSON") == 1);
  CHECK(said(istex, "Crossref work") == 0);
  struct Case {
    const char* name;
    const char* text;
  };
  const Case cases[] = {
      // Lens.org's scholarly JSON and the Dimensions API's publications
      // were refused here too; audit63 reads them (audit63_test.cpp).
      {"DataCite",
       R"({"data": [{"id": "10.5061/dryad.8515", "type": "dois", "attributes": {"doi": "10.5061/dryad.8515", )"
       R"("titles": [{"title": "Data from: A title"}], "publicationYear": 2011}}]})"},
      {"DataCite",
       R"([{"id": "10.5061/dryad.8515", "type": "dois", "attributes": {"doi": "10.5061/dryad.8515"}}])"},
      {"OpenAlex's authors",
       R"({"meta": {"count": 1}, "results": [{"id": "https://openalex.org/A5023888391", "display_name": "Jason )"
       R"(Priem", "works_count": 53}]})"},
      {"PubMed's E-utilities",
       R"({"header": {"type": "esummary", "version": "0.3"}, "result": {"uids": ["31452104"], "31452104": )"
       R"({"uid": "31452104", "title": "A title.", "fulljournalname": "A journal"}}})"},
      {"Scopus Abstract Retrieval",
       R"({"abstracts-retrieval-response": {"coredata": {"dc:title": "A title", "prism:doi": "10.1000/xyz"}}})"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Parsed p = parse_string(c.text);
    CHECK(p.records.empty());
    CHECK(said(p, c.name) == 1);
    CHECK(said(p, "which refnet does not read") == 1);
  }
  // Crossref's own shapes, OpenAlex's works and CSL-JSON are read as before.
  Parsed crossref = parse_string(
      R"({"status": "ok", "message-type": "work-list", "message": {"items": [{"DOI": "10.1000/xyz", "title": )"
      R"(["A title"], "type": "journal-article", "author": [{"family": "Lee", "given": "Ann"}]}]}})");
  CHECK(crossref.records.size() == 1);
  Parsed openalex = parse_string(
      R"({"meta": {"count": 1}, "results": [{"id": "https://openalex.org/W2741809807", "doi": )"
      R"("https://doi.org/10.7717/peerj.4375", "title": "The state of OA", "publication_year": 2018}]})");
  CHECK(openalex.records.size() == 1);
  CHECK(said(openalex, "which refnet does not read") == 0);
  // Semantic Scholar's papers the Crossref reader reads (audit56).
  Parsed s2 = parse_string(
      R"([{"paperId": "649def34f8be52c8b66281af98ae884c09aef38b", "title": "Construction of the Literature Graph )"
      R"(in Semantic Scholar", "referenceCount": 27, "citationCount": 299}])");
  CHECK(s2.records.size() == 1);
  CHECK(said(s2, "which refnet does not read") == 0);
}

// Ovid MEDLINE's notes after a title beyond "[Review] [N refs]": where its
// erratum appears ("... tetracycline.[Erratum appears in Chest 1993
// May;103(5):1640]": IEBH/dedupe-sweep's respiratory set, an EndNote
// library of Ovid's records, 6 titles of 1,988), a comment on it, its
// retraction, and the language of a translated title ("[Romanian]" after
// the count of references: bib-dedupe's haematology set).  Each moves to
// its field, as MEDLINE gives them apart (EIN, CIN, RIN; LA), said once a
// file; the title keeps no note and no NLM period.
TEST_CASE("Ovid's notes after a title move to their fields", "[audit62]") {
  Parsed p = parse_file(fixture("endnote/ovid_erratum_notes.xml"));
  REQUIRE(p.records.size() == 6);
  std::size_t noted = 0, moved = 0;
  for (const Record& r : p.records) {
    noted += r.title.find("[Erratum") != std::string::npos;
    moved += !extra_values(r, "EIN").empty();
  }
  // The title wrapped in CSV quotes ("Timing of chest tube removal ...]]", the whole value quoted)
  // is the field's text first (sweep63), so its note moves too: before, it
  // stayed inside the quotes (noted 1, moved 5).
  CHECK(noted == 0);
  CHECK(moved == 6);
  // One title ends inside its note (255 characters): the note moved, said cut short.
  const Record* cut = nullptr;
  for (const Record& r : p.records)
    if (r.title.rfind("Video-assisted thoracoscopic", 0) == 0 || r.title.find("empyema in children") != std::string::npos)
      cut = &r;
  REQUIRE(cut);
  CHECK(cut->title.find("[Erratum") == std::string::npos);
  CHECK(extra_values(*cut, "EIN") ==
        std::vector<std::string>{"J Pediatr Surg. 2009 Sep;44(9):1865 Note: Rivard, Doug [cut short by the source]"});
  const Record* chest = nullptr;
  for (const Record& r : p.records)
    if (r.title.rfind("Intrapleural therapy for malignant pleural effusions", 0) == 0) chest = &r;
  REQUIRE(chest);
  CHECK(chest->title ==
        "Intrapleural therapy for malignant pleural effusions. A randomized comparison of bleomycin and tetracycline");
  CHECK(extra_values(*chest, "EIN") == std::vector<std::string>{"Chest 1993 May;103(5):1640"});
  CHECK(said(p, "moved to extra EIN") == 1);
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - Anemia in pregnancy. [Review] [12 refs] [Romanian]\nER  - \n\n"
      "TY  - JOUR\nTI  - A trial of aspirin.[Comment in: Lancet. 2001 Jan 6;357(9249):71]\nER  - \n\n"
      "TY  - JOUR\nTI  - A trial of heparin.[Retraction in: Blood. 2010 Feb;115(5):1100]\nER  - \n\n"
      "TY  - JOUR\nTI  - Hepatitis in children. [German]\nLA  - ger\nER  - \n\n"
      "TY  - JOUR\nTI  - Teaching Romanian [Romanian]\nER  - \n");
  REQUIRE(q.records.size() == 5);
  CHECK(q.records[0].title == "Anemia in pregnancy");
  CHECK(q.records[0].language == "Romanian");
  CHECK(q.records[1].title == "A trial of aspirin");
  CHECK(extra_values(q.records[1], "CIN") == std::vector<std::string>{"Lancet. 2001 Jan 6;357(9249):71"});
  CHECK(q.records[2].title == "A trial of heparin");
  CHECK(extra_values(q.records[2], "RIN") == std::vector<std::string>{"Blood. 2010 Feb;115(5):1100"});
  CHECK(q.records[3].title == "Hepatitis in children");
  CHECK(q.records[3].language == "ger");
  // A language in brackets after no sentence's end is the title's.
  CHECK(q.records[4].title == "Teaching Romanian [Romanian]");
}

// EndNote's PubMed import writes a Cochrane review's id as its pages
// ("Cd010458": IEBH/dedupe-sweep's tafenoquine library, with the DOI
// 10.1002/14651858.CD010458.pub3): the review's article number, not a page.
TEST_CASE("A Cochrane review's id written as the page is its article number", "[audit62]") {
  Parsed p = parse_file(fixture("endnote/cochrane_id_as_page.xml"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].pages.empty());
  CHECK(p.records[0].number == "CD010458");
  CHECK(said(p, "Cochrane Library's review id") == 1);
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - Exercise for depression\nT2  - Cochrane Database Syst Rev\nSP  - CD004366\nER  - \n\n"
      "TY  - JOUR\nTI  - A trial\nT2  - A journal\nSP  - CD4366\nER  - \n");
  REQUIRE(q.records.size() == 2);
  CHECK(q.records[0].number == "CD004366");
  CHECK(q.records[0].pages.empty());
  CHECK(q.records[1].pages == "CD4366");
}
