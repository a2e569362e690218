// Session 47 (try47): a reviewer's and an author's day on keyword maps,
// citation keys, tags and pages with reference lists.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<NetworkDoc> docs_of(const std::vector<Record>& records) {
  std::vector<NetworkDoc> docs;
  for (const auto& r : records)
    docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type("keywords")));
  return docs;
}

// The labels of the nodes whose label holds `part` (case ignored).
std::vector<std::string> labels_with(const Network& n, const std::string& part) {
  std::vector<std::string> out;
  for (const auto& x : n.nodes)
    if (ascii_lower(x.label).find(part) != std::string::npos) out.push_back(x.label);
  return out;
}

}  // namespace

// MeSH writes an eponym without the possessive ("Alzheimer Disease"), authors
// with it ("Alzheimer's disease", "Alzheimer’s disease"): two nodes of one
// concept on a PubMed map.  Measured over 558 real exports (dd45 data,
// corpora, fixtures): 30 such pairs, all one concept (Wilson, Parkinson,
// Kaposi, Behçet, Prisoner's Dilemma, people's perception).
TEST_CASE("keyword maps: a possessive 's is one keyword with the form without it", "[try47]") {
  auto docs = docs_of(parse_file(fixture("medline/possessive_eponyms.txt")).records);
  REQUIRE(docs.size() == 4);
  NetworkOptions o;
  o.field = KeywordField::both;
  o.min_occurrences = 1;
  Network n = build_keywords(docs, o);
  INFO(n.description);
  CHECK(labels_with(n, "alzheimer").size() == 1);
  CHECK(labels_with(n, "parkinson disease").size() + labels_with(n, "parkinson’s disease").size() == 1);
}

// British and American spellings, a compound closed, hyphenated or open, and
// the possessive are one keyword when the library writes both; never a word
// that is another word ("protein S deficiency" is no "protein deficiency";
// "flour" is no "flor").
TEST_CASE("keyword maps: spelling variants one keyword when both occur, other words apart", "[try47]") {
  std::string ris;
  auto add = [&](std::initializer_list<const char*> kws) {
    ris += "TY  - JOUR\nTI  - A work\nAU  - Smith, J.\nPY  - 2020\n";
    for (const char* k : kws) ris += std::string("KW  - ") + k + "\n";
    ris += "ER  - \n\n";
  };
  add({"health care", "behaviour change", "organisation", "anaemia", "protein S deficiency", "flour"});
  add({"Healthcare", "behavior change", "Organization", "Anemia", "protein deficiency", "flor"});
  add({"health-care", "Behaviour Change", "organisations", "meta-analysis"});
  add({"Metaanalysis", "Colour", "color", "Wilson's disease", "Wilson disease"});
  auto docs = docs_of(parse_string(ris).records);
  NetworkOptions o;
  o.min_occurrences = 1;
  o.field = KeywordField::both;
  Network n = build_keywords(docs, o);
  INFO(n.description);
  CHECK(labels_with(n, "health").size() == 1);
  CHECK(labels_with(n, "behavio").size() == 1);
  CHECK(labels_with(n, "organi").size() == 1);
  CHECK(labels_with(n, "anemia").size() + labels_with(n, "anaemia").size() == 1);
  CHECK(labels_with(n, "meta").size() == 1);
  CHECK(labels_with(n, "colo").size() == 1);
  CHECK(labels_with(n, "wilson").size() == 1);
  CHECK(labels_with(n, "protein").size() == 2);
  CHECK(labels_with(n, "flo").size() == 2);
  // As written: --fold case keeps them apart.
  o.fold = Fold::case_only;
  CHECK(labels_with(build_keywords(docs, o), "health").size() == 3);
}

// stats' top keywords fold as the maps do.
TEST_CASE("stats: a possessive and the MeSH form without it are one top keyword", "[try47]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("medline/possessive_eponyms.txt") + "'")
              .status == 0);
  auto r = run_refnet("stats --json --library '" + lib + "'");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  std::size_t alzheimer = 0;
  for (const auto& k : j["top_keywords"]) {
    INFO(k.dump());
    if (ascii_lower(k[0].get<std::string>()).find("alzheimer") != std::string::npos) {
      ++alzheimer;
      CHECK(k[1] == 2);
    }
  }
  CHECK(alzheimer == 1);
}
