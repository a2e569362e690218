// Maps a reviewer can read (task maps10): MeSH headings count as their
// descriptor in keyword maps, circles of works are sized by what tells them
// apart, and term maps leave out words every abstract uses.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "refnet/importer.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::parse_file;

namespace {

std::vector<NetworkDoc> docs_of_file(const std::string& path) {
  auto p = parse_file(path);
  std::vector<NetworkDoc> docs;
  for (std::size_t i = 0; i < p.records.size(); ++i) docs.push_back(network_doc(std::int64_t(i + 1), p.records[i]));
  return docs;
}

const NetworkNode* find(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return &x;
  return nullptr;
}

}  // namespace

TEST_CASE("MeSH headings: a keyword map counts the descriptor, not each qualifier and major mark", "[maps10]") {
  auto docs = docs_of_file(fixture("network/ovid_mesh.ris"));
  REQUIRE(docs.size() == 4);
  // The stored record keeps the heading as the importer read it (the major mark cut).
  CHECK(docs[0].author_keywords[0] == "Air Pollutants/ae [Adverse Effects]");
  Network n = build_keywords(docs, NetworkOptions{});
  std::set<std::string> ids;
  for (const auto& x : n.nodes) ids.insert(x.id);
  CHECK(ids == std::set<std::string>{"k:air pollutants", "k:smoke", "k:humans", "k:infant newborn", "k:hiv aids",
                                     "k:wildfires", "k:antimalarials", "k:malaria", "k:input output"});
  REQUIRE(find(n, "k:air pollutants"));
  CHECK(find(n, "k:air pollutants")->occurrences == 2);
  CHECK(find(n, "k:air pollutants")->label == "Air Pollutants");
  CHECK(find(n, "k:antimalarials")->occurrences == 2);
  CHECK(find(n, "k:malaria")->occurrences == 2);
  CHECK(find(n, "k:smoke")->occurrences == 2);
  CHECK(find(n, "k:wildfires")->occurrences == 2);
  // Said in the map's description: how many headings lost their qualifiers.
  CHECK(n.description.find("8 MeSH headings counted as their descriptor") != std::string::npos);
  // Under --fold case and none too: a qualifier is not a spelling.
  NetworkOptions o;
  o.fold = Fold::none;
  Network raw = build_keywords(docs, o);
  CHECK(find(raw, "k:Air Pollutants"));
  CHECK(find(raw, "k:Antimalarials"));
  CHECK(find(raw, "k:HIV/AIDS"));
  CHECK(raw.nodes.size() == 9);
}

TEST_CASE("mesh_descriptor: the heading before its qualifiers; other slashes stay", "[maps10]") {
  CHECK(mesh_descriptor("Antimalarials/*therapeutic use") == "Antimalarials");
  CHECK(mesh_descriptor("*Antimalarials/therapeutic use") == "Antimalarials");
  CHECK(mesh_descriptor("Air Pollutants/to [Toxicity]") == "Air Pollutants");
  CHECK(mesh_descriptor("*Smoke/ae [Adverse Effects]") == "Smoke");
  CHECK(mesh_descriptor("*Malaria/drug therapy/prevention & control") == "Malaria");
  CHECK(mesh_descriptor("Malaria/DT") == "Malaria/DT");  // capitals: not Ovid's two-letter qualifier
  CHECK(mesh_descriptor("*Wildfires") == "Wildfires");
  CHECK(mesh_descriptor("HIV/AIDS") == "HIV/AIDS");
  CHECK(mesh_descriptor("input/output") == "input/output");
  CHECK(mesh_descriptor("TCP/IP") == "TCP/IP");
  CHECK(mesh_descriptor("Infant, Newborn") == "Infant, Newborn");
  CHECK(mesh_descriptor("*") == "*");
}
