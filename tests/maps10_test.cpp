// Maps a reviewer can read (task maps10): MeSH headings count as their
// descriptor in keyword maps, circles of works are sized by what tells them
// apart, and term maps leave out words every abstract uses.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>
#include <pugixml.hpp>

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

struct Circle {
  std::string label;
  double x, y, r;
};

// The node circles of an SVG map (those with a <title>).
std::vector<Circle> circles_of(const std::string& svg) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  std::vector<Circle> out;
  for (auto g : doc.child("svg").children("g"))
    for (auto c : g.children("circle"))
      if (c.child("title"))
        out.push_back({c.child("title").text().get(), c.attribute("cx").as_double(), c.attribute("cy").as_double(),
                       c.attribute("r").as_double()});
  return out;
}

// Pairs of circles that overlap by more than half the smaller one's radius.
std::size_t overlapping_pairs(const std::vector<Circle>& cs) {
  std::size_t pairs = 0;
  for (std::size_t a = 0; a < cs.size(); ++a)
    for (std::size_t b = a + 1; b < cs.size(); ++b) {
      double d = std::hypot(cs[a].x - cs[b].x, cs[a].y - cs[b].y);
      if (cs[a].r + cs[b].r - d > 0.5 * std::min(cs[a].r, cs[b].r)) ++pairs;
    }
  return pairs;
}

// The Scopus CSV and the WoS savedrecs of the new-user pass, one library.
std::vector<NetworkDoc> scopus_and_wos(const NetworkDocParts& parts = {}) {
  std::vector<NetworkDoc> docs;
  for (const char* f : {"corpora/poultrybibliometric__scopus.csv", "corpora/decolonizing-expertise__savedrecs.txt"})
    for (auto& r : parse_file(fixture(f)).records) docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, parts));
  return docs;
}

}  // namespace

TEST_CASE("coupling map of works: circles sized by total link strength, not all drawn at the largest size", "[maps10]") {
  auto docs = scopus_and_wos();
  REQUIRE(docs.size() == 119);
  Network n = build_coupling(docs, NetworkOptions{});
  analyse_network(n, AnalysisOptions{});
  REQUIRE(n.nodes.size() == 112);
  std::ostringstream out;
  write_svg(out, n);
  auto cs = circles_of(out.str());
  REQUIRE(cs.size() == n.nodes.size());
  auto [small, large] = std::minmax_element(cs.begin(), cs.end(), [](const Circle& a, const Circle& b) { return a.r < b.r; });
  CHECK(large->r > 2 * small->r);
  // The work of most shared references is drawn largest.
  std::size_t best = 0;
  std::vector<double> strength(n.nodes.size(), 0);
  for (const auto& l : n.links) strength[l.source] += l.raw_weight, strength[l.target] += l.raw_weight;
  for (std::size_t i = 0; i < n.nodes.size(); ++i)
    if (strength[i] > strength[best]) best = i;
  for (const auto& c : cs)
    if (c.label == n.nodes[best].label) CHECK(c.r == large->r);
  // Circles of one size overlapped in rows (the works without links): 
  // now few pairs overlap by more than half a radius.
  CHECK(overlapping_pairs(cs) <= 10);
}

TEST_CASE("MeSH headings: a keyword map counts the descriptor, not each qualifier and major mark", "[maps10]") {
  auto docs = docs_of_file(fixture("network/ovid_mesh.ris"));
  REQUIRE(docs.size() == 4);
  // The stored record keeps the heading as the importer read it (the major mark cut).
  CHECK(docs[0].author_keywords[0] == "Air Pollutants/ae [Adverse Effects]");
  Network n = build_keywords(docs, NetworkOptions{});
  std::set<std::string> ids;
  for (const auto& x : n.nodes) ids.insert(x.id);
  // Humans and Infant, Newborn are check tags, left out (maps42).
  CHECK(ids == std::set<std::string>{"k:air pollutants", "k:smoke", "k:hiv aids", "k:wildfires", "k:antimalarials",
                                     "k:malaria", "k:input output"});
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
  CHECK(raw.nodes.size() == 7);
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

TEST_CASE("term map of real abstracts: words that name no topic are no terms", "[maps10]") {
  // The Scopus CSV and WoS savedrecs above, titles and abstracts.
  auto docs = scopus_and_wos(NetworkDocParts::for_type("terms"));
  NetworkOptions o;
  o.type = "terms";
  o.max_nodes = 1000;  // as the command line
  Network n = build_terms(docs, o);
  std::set<std::string> ids;
  for (const auto& x : n.nodes) ids.insert(x.id.substr(2));
  // Generic nouns alone, and verbs, adverbs and adjectives taken for nouns.
  for (const char* generic : {"hand", "set", "account", "aspect", "half", "look", "view", "point", "chapter", "reasons",
                              "summary", "adapt", "assist", "contend", "continue", "differ", "fulfill", "occur",
                              "recognize", "relate", "remove", "summarize", "together", "instead", "little", "clear",
                              "consistent", "years", "weeks", "date", "detail", "front", "hope", "introduction"}) {
    INFO(generic);
    CHECK(ids.count(generic) == 0);
  }
  // The topics stay.  ("poultry house environment", 2 works, fell under the 60 % relevance cut when
  // spelling_joins joined other terms' spellings; "poultry house", 9 works, stays.)
  for (const char* topic : {"climate change", "species", "mobile robot", "biodiversity", "poultry house", "sea turtles",
                            "chicken"}) {
    INFO(topic);
    CHECK(ids.count(topic) == 1);
  }
}
