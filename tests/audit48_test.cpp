// audit48 (issue #11): trust on real exports; Europe PMC's REST responses.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* with_id(const std::vector<Record>& rs, const std::string& pmid, const std::string& doi = {}) {
  for (const Record& r : rs)
    if ((!pmid.empty() && r.pmid == pmid) || (!doi.empty() && r.doi == doi)) return &r;
  return nullptr;
}
bool has_keyword(const Record& r, const std::string& k) {
  return std::find(r.keywords.begin(), r.keywords.end(), k) != r.keywords.end();
}
bool said(const Parsed& p, Severity s, const std::string& part) {
  for (const auto& d : p.diags.items())
    if (d.severity == s && d.message.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

// Europe PMC's REST search (resultType=core, format=json) as pyEuropePMC's
// tests saved it: refnet read it as Crossref JSON and rejected the whole
// response ("not a Crossref work"), exit 3: 0 of 4 records.  Every field a
// user keeps is mapped as PubMed's own formats map it.
TEST_CASE("Europe PMC core JSON: every record, with authors, journal, MeSH and identifiers", "[audit48]") {
  Parsed p = parse_file(fixture("europepmc/pyeuropepmc_search_cancer_core.json"));
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 4);
  for (const Record& r : p.records) CHECK(r.provenance.format == "europepmc");

  const Record* a = with_id(p.records, "39709209");
  REQUIRE(a);
  CHECK(a->type == "article-journal");
  CHECK(a->doi == "10.1016/s0140-6736(24)02600-x");
  CHECK(a->title == "Abscopal response in a patient with fibrolamellar hepatocellular carcinoma following radiotherapy");
  REQUIRE(a->authors.size() == 3);
  CHECK(a->authors[0].family == "Schoenfeld");
  CHECK(a->authors[0].given == "Jonathan D");
  REQUIRE(a->authors[0].affiliations.size() == 1);
  CHECK(a->authors[2].family == "O'Neill");
  CHECK(a->container_title == "Lancet (London, England)");
  CHECK(a->container_title_short == "Lancet");
  CHECK(a->issn == std::vector<std::string>{"0140-6736", "1474-547X"});
  CHECK(a->volume == "404");
  CHECK(a->issue == "10471");
  CHECK(a->pages == "2603-2604");
  CHECK(a->issued.year == 2025);
  CHECK(a->issued.month == 12);
  CHECK(a->language == "eng");

  // A published erratum with no author: PMCID, grants and the article it
  // corrects kept.
  const Record* e = with_id(p.records, "39709208");
  REQUIRE(e);
  CHECK(e->pmcid == "PMC12124214");
  CHECK(e->authors.empty());
  CHECK(e->title == "Department of Error");
  CHECK(!e->get_extra("grant").empty());
  CHECK(e->get_extra("commentCorrectionList").find("39293462") != std::string_view::npos);

  // ORCIDs, the authors' keywords, MeSH headings with their qualifiers,
  // chemicals, the abstract's sections.
  const Record* h = with_id(p.records, "40511629");
  REQUIRE(h);
  REQUIRE(h->authors.size() == 3);
  CHECK(h->authors[0].family == "\u00d6zt\u00fcrk Fincan");
  CHECK(h->authors[0].given == "G\u00f6k\u00e7e Sevim");
  CHECK(h->authors[0].orcid == "0000-0003-4048-6781");
  CHECK(h->doi == "10.1111/fcp.70029");
  CHECK(has_keyword(*h, "Hydrogen Sulfide/administration & dosage/pharmacology"));
  CHECK(has_keyword(*h, "Female"));
  CHECK(!h->get_extra("chemical").empty());
  CHECK(h->abstract.find("<h4>") == std::string::npos);
  CHECK(h->abstract.find("Hydrogen sulfide (H\u2082S)") != std::string::npos);
  CHECK(!h->abstract.empty());

  // No pages: none invented.
  const Record* l = with_id(p.records, "40528292");
  REQUIRE(l);
  CHECK(l->pages.empty());
  CHECK(l->authors.size() == 7);
  CHECK(l->authors[0].given == "Chao");

  // authorString repeats authorList in citation form: dropped, and said.
  CHECK(said(p, Severity::warning, "authorString"));
}

// The same search with resultType=lite (pageSize 1000: MED, PMC, preprints,
// a GeneReviews chapter): rejected whole too.  Names come from authorString
// (MEDLINE's citation form), the journal from journalTitle and journalIssn.
TEST_CASE("Europe PMC lite JSON: preprints, PMC-only articles and book chapters", "[audit48]") {
  Parsed p = parse_file(fixture("europepmc/pyeuropepmc_search_cancer_lite.json"));
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 6);

  const Record* a = with_id(p.records, "39709209");
  REQUIRE(a);
  CHECK(a->type == "article-journal");
  REQUIRE(a->authors.size() == 3);
  CHECK(a->authors[0].family == "Schoenfeld");
  CHECK(a->authors[1].family == "Haas-Kogan");
  CHECK(a->authors[2].family == "O'Neill");
  CHECK(a->container_title == "Lancet");
  CHECK(a->issn == std::vector<std::string>{"0140-6736", "1474-547X"});
  CHECK(a->volume == "404");
  CHECK(a->issue == "10471");
  CHECK(a->pages == "2603-2604");
  CHECK(a->issued.year == 2025);

  // Preprints (source PPR) are preprints, their server the publisher.
  const Record* med = with_id(p.records, "", "10.1101/2025.06.13.25329599");
  REQUIRE(med);
  CHECK(med->type == "article");
  CHECK(med->publisher == "medRxiv");
  CHECK(med->issued.year == 2025);
  CHECK(med->authors.size() == 72);  // every name of authorString
  const Record* pre = with_id(p.records, "", "10.20944/preprints202506.1245.v1");
  REQUIRE(pre);
  CHECK(pre->type == "article");
  CHECK(pre->publisher == "Preprints.org");
  CHECK(pre->get_extra("versionNumber") == "1");

  // A PMC-only article has no PMID: its PMCID; no pubYear: the year of its
  // first publication.
  const Record* pmc = nullptr;
  for (const Record& r : p.records)
    if (r.pmcid == "PMC12144614") pmc = &r;
  REQUIRE(pmc);
  CHECK(pmc->pmid.empty());
  CHECK(pmc->issued.year == 2025);
  CHECK(pmc->container_title == "Oncol Res");
  CHECK(pmc->pages == "1289-1300");

  // GeneReviews: a chapter of the book in comprisingTitle.
  const Record* g = with_id(p.records, "40440438");
  REQUIRE(g);
  CHECK(g->type == "chapter");
  CHECK(g->container_title == "GeneReviews\u00ae");
  CHECK(g->issued.year == 1993);
  CHECK(!g->publisher.empty());

  // Europe PMC's flags and counters are dropped, and said once.
  CHECK(said(p, Severity::warning, "citedByCount"));
}

// The same search with format=xml (resultType=lite): refnet said "no
// bibliographic records found (the input looks like an XML document
// <responseWrapper>)", 0 of 3.  Each <result> is read as the JSON result it
// mirrors.
TEST_CASE("Europe PMC lite XML: read as its JSON", "[audit48]") {
  Parsed p = parse_file(fixture("europepmc/pyeuropepmc_search_cancer_lite.xml"));
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 3);
  for (const Record& r : p.records) CHECK(r.provenance.format == "europepmc");
  const Record* a = with_id(p.records, "39709209");
  REQUIRE(a);
  CHECK(a->title == "Abscopal response in a patient with fibrolamellar hepatocellular carcinoma following radiotherapy");
  REQUIRE(a->authors.size() == 3);
  CHECK(a->authors[1].family == "Haas-Kogan");
  CHECK(a->container_title == "Lancet");
  CHECK(a->issn == std::vector<std::string>{"0140-6736", "1474-547X"});
  CHECK(a->pages == "2603-2604");
  CHECK(a->issued.year == 2025);
  const Record* e = with_id(p.records, "39709208");
  REQUIRE(e);
  CHECK(e->pmcid == "PMC12124214");
  CHECK(e->doi == "10.1016/s0140-6736(24)02716-8");
  const Record* b = with_id(p.records, "40468710");
  REQUIRE(b);
  CHECK(b->authors.size() == 7);
  CHECK(b->container_title == "Br J Health Psychol");
}
