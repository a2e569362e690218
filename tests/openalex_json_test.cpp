// OpenAlex's JSON (the API, pyalex, openalexR): was read as Crossref JSON,
// which knows none of its keys but title and language, so every work lost
// its authors, DOI, year, journal, volume, pages and abstract into extra,
// silently when the work had a `doi` key.  The oracle is Zotero's "OpenAlex
// JSON" translator: its eight test inputs and the items it expects.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "refnet/importer.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::parse_file;
using refnet::test::slurp;

namespace {

std::string csl_of_zotero(const std::string& t) {
  if (t == "journalArticle") return "article-journal";
  if (t == "bookSection") return "chapter";
  if (t == "conferencePaper") return "paper-conference";
  if (t == "preprint") return "article";
  return t;  // book, thesis, report, dataset, document
}

}  // namespace

TEST_CASE("OpenAlex JSON: Zotero's test cases read as Zotero reads them", "[openalex]") {
  test::Parsed p = parse_file(fixture("crossref/openalex_zotero.jsonl"));
  const nlohmann::json expected = nlohmann::json::parse(slurp(fixture("crossref/openalex_zotero.expected.json")));
  REQUIRE(p.records.size() == expected.size());
  CHECK(p.stats.rejected == 0);
  for (const Diagnostic& d : p.diags.items()) {
    INFO(d.headline());
    CHECK(d.message.find("not Crossref's") == std::string::npos);
    CHECK(d.message.find("not a Crossref work") == std::string::npos);
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const nlohmann::json& e = expected[i];
    const Record& r = p.records[i];
    INFO("item " << i << ": " << e.value("title", ""));
    CHECK(r.provenance.format == "openalex");
    CHECK(r.type == csl_of_zotero(e["itemType"]));
    // Zotero capitalises a title written in capitals; refnet keeps it as written.
    CHECK(ascii_lower(r.title) == ascii_lower(e.value("title", "")));
    // Zotero's books, chapters and theses have no DOI field; refnet keeps theirs.
    if (e.contains("DOI")) CHECK(r.doi == ascii_lower(e["DOI"].get<std::string>()));
    else CHECK((r.doi.empty() || starts_with(r.doi, "10.")));
    if (e.contains("date")) CHECK(r.issued.year == std::stoi(e["date"].get<std::string>().substr(0, 4)));
    CHECK(r.volume == e.value("volume", ""));
    CHECK(r.issue == e.value("issue", ""));
    CHECK(r.pages == e.value("pages", ""));
    // A preprint's server ("arXiv (Cornell University)") is its container;
    // Zotero's preprints have no such field.
    if (e["itemType"] != "preprint")
      CHECK(r.container_title == e.value("publicationTitle", e.value("bookTitle", e.value("proceedingsTitle", ""))));
    CHECK(r.language == e.value("language", ""));
    if (e.contains("ISSN")) CHECK(std::find(r.issn.begin(), r.issn.end(), e["ISSN"].get<std::string>()) != r.issn.end());
    REQUIRE(r.authors.size() == e["creators"].size());
    for (std::size_t k = 0; k < r.authors.size(); ++k) {
      const nlohmann::json& c = e["creators"][k];
      if (c.contains("lastName")) {
        // The same words in the same order; the family ends with Zotero's
        // last name ("Marc de Perrot": Zotero's family "Perrot", given "Marc
        // de"; refnet's family "de Perrot"); initials may be spaced.
        auto words = [](std::string s) {
          s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
          return s;
        };
        const std::string family = c["lastName"], given = c.value("firstName", "");
        CHECK(words(r.authors[k].given + r.authors[k].full_family()) == words(given + family));
        CHECK(ends_with(r.authors[k].full_family(), family));
      } else {
        CHECK(r.authors[k].literal == c["name"].get<std::string>());
      }
    }
    std::vector<std::string> tags, keywords = r.keywords;
    for (const auto& t : e["tags"]) tags.push_back(t["tag"]);
    std::sort(tags.begin(), tags.end());
    std::sort(keywords.begin(), keywords.end());
    CHECK(keywords == tags);
    // The OpenAlex ID is kept (Zotero writes it into extra).
    CHECK(r.get_extra("openalex") == e["extra"].get<std::string>().substr(std::string("OpenAlex: ").size()));
  }
}

TEST_CASE("OpenAlex JSON: the abstract comes back from its inverted index, PMIDs from their addresses",
          "[openalex]") {
  const std::string work = R"({"id":"https://openalex.org/W1","doi":"https://doi.org/10.1000/ABC",)"
                           R"("title":"A title","display_name":"A title","publication_year":2021,)"
                           R"("publication_date":"2021-03-04","type":"article",)"
                           R"("ids":{"openalex":"https://openalex.org/W1","doi":"https://doi.org/10.1000/ABC",)"
                           R"("pmid":"https://pubmed.ncbi.nlm.nih.gov/33333333","pmcid":"https://www.ncbi.nlm.nih.gov/pmc/articles/7777777"},)"
                           R"("authorships":[{"author":{"display_name":"Mark Van Vugt","orcid":"https://orcid.org/0000-0002-1825-0097"},)"
                           R"("raw_author_name":"M. van Vugt"}],)"
                           R"("primary_location":{"source":{"display_name":"Journal X","issn_l":"1234-5678",)"
                           R"("issn":["1234-5678","8765-4321"],"host_organization_name":"Elsevier BV","type":"journal"}},)"
                           R"("biblio":{"volume":"12","issue":null,"first_page":"100","last_page":"110"},)"
                           R"("abstract_inverted_index":{"Words":[0],"in":[1,4],"order,":[2],"back":[3],"place.":[5]},)"
                           R"("referenced_works":["https://openalex.org/W2","https://openalex.org/W3"],"cited_by_count":7})";
  test::Parsed p = test::parse_string(work + "\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "openalex");
  CHECK(r.abstract == "Words in order, back in place.");
  CHECK(r.pmid == "33333333");
  CHECK(r.pmcid == "PMC7777777");
  CHECK(r.doi == "10.1000/abc");
  CHECK(r.issued.year == 2021);
  CHECK(r.issued.month == 3);
  CHECK(r.issued.day == 4);
  CHECK(r.pages == "100-110");
  CHECK(r.publisher == "Elsevier BV");
  CHECK(r.issn == std::vector<std::string>{"1234-5678", "8765-4321"});
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].full_family() == "Van Vugt");
  CHECK(r.authors[0].orcid == "0000-0002-1825-0097");
  // What refnet does not map stays in extra, as written.
  // Its references: the cited works' OpenAlex addresses.
  CHECK(r.get_extra("referenced_works").empty());
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[1].raw == "https://openalex.org/W3");
  CHECK(r.get_extra("cited_by_count") == "7");
  // No warning about any of it: every value went somewhere.
  for (const Diagnostic& d : p.diags.items()) {
    INFO(d.headline());
    CHECK(d.severity != Severity::warning);
  }
}
