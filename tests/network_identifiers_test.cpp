// Citations named by a work identifier instead of a DOI: OpenAlex's
// referenced_works (W ids), Lens's References (Lens IDs), PubMed's
// "PMID: 123" after a cited reference.  Before, these matched nothing
// (OpenAlex's list was not even a reference list), so a library of
// OpenAlex or Lens works had no citation edges between works without a DOI.
#include <catch2/catch.hpp>

#include "refnet/network_build.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::parse_file;
using refnet::test::TempDir;

namespace {

const NetworkLink* link(const Network& n, const std::string& a, const std::string& b) {
  for (const auto& l : n.links)
    if (n.nodes[l.source].id == a && n.nodes[l.target].id == b) return &l;
  return nullptr;
}

}  // namespace

TEST_CASE("work identifiers: OpenAlex, Lens, PMID and PMCID in the forms sources write them", "[network]") {
  CHECK(work_identifier("openalex", "https://openalex.org/W2099326003") == "openalex:W2099326003");
  CHECK(work_identifier("openalex", "http://openalex.org/w2099326003") == "openalex:W2099326003");
  CHECK(work_identifier("openalex", "W2099326003") == "openalex:W2099326003");
  CHECK(work_identifier("openalex", "https://openalex.org/A5081873388").empty());  // an author
  CHECK(work_identifier("openalex", "W20993x").empty());
  CHECK(work_identifier("lens", "000-463-679-101-319") == "lens:000-463-679-101-319");
  CHECK(work_identifier("lens", "001-152-386-707-43X") == "lens:001-152-386-707-43X");
  CHECK(work_identifier("lens", "000-463-679-101") .empty());
  CHECK(work_identifier("pmid", " 33000001 ") == "pmid:33000001");
  CHECK(work_identifier("pmid", "3300000a").empty());
  CHECK(work_identifier("pmcid", "PMC7777777") == "pmcid:PMC7777777");
  CHECK(work_identifier("pmcid", "7777777") == "pmcid:PMC7777777");

  Reference r;
  r.raw = "https://openalex.org/W2100000002";
  CHECK(reference_identifiers(r) == std::vector<std::string>{"openalex:W2100000002"});
  r.raw = "000-463-679-101-319";
  CHECK(reference_identifiers(r) == std::vector<std::string>{"lens:000-463-679-101-319"});
  r.raw = "Zhang Y, et al. Radiology. 2015 Jan;274(1):250-9. PMID: 25144646";
  CHECK(reference_identifiers(r) == std::vector<std::string>{"pmid:25144646"});
  r.raw = "Roe J. Lancet. 2001;357:1-2. PMID: 11111111 PMCID: PMC2222222";
  CHECK(reference_identifiers(r) == std::vector<std::string>{"pmid:11111111", "pmcid:PMC2222222"});
  // An identifier inside a longer text is not the reference's own: a
  // citation mentioning an OpenAlex address, a trial or grant number.
  r.raw = "Data from https://openalex.org/W2100000002 (accessed 2024)";
  CHECK(reference_identifiers(r).empty());
  r.raw = "Smith J, 2001, J X, V3, P1";
  CHECK(reference_identifiers(r).empty());
}

TEST_CASE("OpenAlex referenced_works are the work's references, and cite works of the library by OpenAlex ID",
          "[network]") {
  auto p = parse_file(fixture("network/openalex_citing.jsonl"));
  REQUIRE(p.records.size() == 3);
  const Record& first = p.records[0];
  REQUIRE(first.references.size() == 2);
  CHECK(first.references[0].raw == "https://openalex.org/W2100000002");
  CHECK(first.get_extra("referenced_works").empty());
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  for (const auto& r : p.records) lib.add(r);
  auto docs = load_network_docs(lib, Query{});
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].identifiers == std::vector<std::string>{"pmid:33000001", "openalex:W4300000001"});
  CHECK(docs[0].global_citations == 4);  // cited_by_count
  CitationReport rep;
  NetworkOptions o;
  o.type = "citation";
  Network n = build_citation(docs, o, &rep);
  CHECK(rep.references == 4);
  CHECK(rep.by_identifier == 3);
  CHECK(rep.by_doi == 0);
  CHECK(rep.unmatched == 1);  // W1999999999 is not in the library
  CHECK(n.links.size() == 3);
  CHECK(link(n, "w1", "w2"));  // the 2019 work has no DOI
  CHECK(link(n, "w1", "w3"));  // the 2013 work has one, its citer's list only the OpenAlex ID
  CHECK(link(n, "w2", "w3"));
  CHECK(n.description.find("identifier 3") != std::string::npos);
  // Co-citation: W2 and W3 are cited together by W1.
  o.type = "cocitation";
  o.min_occurrences = 1;
  Network co = build_cocitation(docs, o);
  CHECK(co.links.size() == 1);
}

TEST_CASE("PubMed's PMID after a cited reference and a Lens ID in References cite library works without a DOI",
          "[network]") {
  Record cited;  // a MEDLINE record: PMID, no DOI
  cited.title = "Effect of a thing on another thing";
  cited.pmid = "25144646";
  cited.issued.year = 2015;
  Record lens_work;  // a Lens record without a DOI
  lens_work.title = "A report on something else";
  lens_work.issued.year = 2012;
  lens_work.add_extra("Lens ID", "000-463-679-101-319");
  lens_work.add_extra("Citing Works Count", "17");
  Record citing;
  citing.title = "Citing both";
  citing.issued.year = 2020;
  Reference pubmed;
  pubmed.raw = "Zhang Y, et al. Radiology. 2015 Jan;274(1):250-9. PMID: 25144646";
  Reference lens;
  lens.raw = "000-463-679-101-319";
  citing.references = {pubmed, lens};
  std::vector<NetworkDoc> docs = {network_doc(1, cited), network_doc(2, lens_work), network_doc(3, citing)};
  CHECK(docs[1].global_citations == 17);
  CitationReport rep;
  NetworkOptions o;
  o.type = "citation";
  Network n = build_citation(docs, o, &rep);
  CHECK(rep.by_identifier == 2);
  CHECK(link(n, "w3", "w1"));
  CHECK(link(n, "w3", "w2"));
}

TEST_CASE("OpenAlex CSV: referenced_works are references, the id column identifies the work", "[network]") {
  // asreview/citation-file-formatting's OpenAlex web export (CC0): 9 works,
  // referenced_works as '|'-separated addresses.
  auto p = parse_file(fixture("corpora/citation-file-formatting__openalex.csv"));
  REQUIRE(p.records.size() == 9);
  std::size_t references = 0;
  for (const Record& r : p.records) {
    CHECK(r.get_extra("referenced_works").empty());
    CHECK(std::to_string(r.references.size()) == r.get_extra("referenced_works_count"));
    references += r.references.size();
  }
  CHECK(references == 629);
  CHECK(p.records[0].references[0].raw == "https://openalex.org/W1924086974");
  NetworkDoc d = network_doc(1, p.records[0]);
  CHECK(d.identifiers == std::vector<std::string>{"openalex:W4387881419"});
  CHECK(d.global_citations == 2);  // cited_by_count

  // As R (openalexR's list column) and Python write the list; a cell with
  // anything else is also kept as written.
  auto q = test::parse_string(
      "id,title,publication_year,referenced_works\n"
      "https://openalex.org/W9,One,2020,\"c(\"\"https://openalex.org/W1\"\", \"\"https://openalex.org/W2\"\")\"\n"
      "W8,Two,2021,\"['https://openalex.org/W3', 'https://openalex.org/W4']\"\n"
      "W7,Three,2022,\"https://openalex.org/W5|see the appendix\"\n");
  REQUIRE(q.records.size() == 3);
  REQUIRE(q.records[0].references.size() == 2);
  CHECK(q.records[0].references[1].raw == "https://openalex.org/W2");
  CHECK(q.records[0].get_extra("referenced_works").empty());
  CHECK(q.records[1].references.size() == 2);
  CHECK(q.records[2].references.size() == 1);
  CHECK(q.records[2].get_extra("referenced_works") == "https://openalex.org/W5|see the appendix");
  CHECK(network_doc(2, q.records[1]).identifiers == std::vector<std::string>{"openalex:W8"});
}
