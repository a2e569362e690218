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
const Record* titled(const std::vector<Record>& records, std::string_view title) {
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
  const Record* first = titled(p.records,
                               "Formulation of Herbal Gel of Antirrhinum majus Extract and Evaluation of its "
                               "Anti-Propionibacterium acne Effects");
  REQUIRE(first);
  CHECK(family_given(first->authors) ==
        "Shahtalebi, M. A.; Asghari, G. R.; Rahmani, F.; Shafiee, F.; Jahanian-Najafabadi, A.");
  CHECK(first->issued.year == 2018);
  CHECK(first->doi == "10.4103/abr.abr_99_17");
  CHECK(first->pmcid == "PMC5887696");
  CHECK(extra_values(*first, "rec-number") == std::vector<std::string>{"895"});
  CHECK(extra_values(*first, "custom1") == std::vector<std::string>{"There are no conflicts of interest."});
}
