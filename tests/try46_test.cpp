// A reviewer's and an author's day (task try46), and what last session's
// users left behind: WoS cited names written in full read by the library's
// own authors; MeSH's check tags in every form; a keyword map saying what its
// records' keywords are; a small map's lone nodes.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "refnet/cited_works.hpp"
#include "refnet/citekey.hpp"
#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<NetworkDoc> docs_of(std::initializer_list<const char*> files, const char* type) {
  std::vector<NetworkDoc> docs;
  for (const char* f : files)
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type(type)));
  return docs;
}

const NetworkNode* node(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return &x;
  return nullptr;
}

std::size_t left_out(const Network& n, const std::string& label) {
  for (const auto& c : n.check_tags)
    if (c.label == label) return c.works;
  return 0;
}

std::string label_of(const CitedWorks& cw, std::uint32_t at) { return cw.items().at(at).label; }

}  // namespace

// MeSH's check tags (NLM's MEDLINE indexing course: the species and sex of
// the subjects, the age groups, Pregnancy, the laboratory animals, the history
// periods) in every form: asysd's Zotero export of a search on dogs' diseases
// writes Keywords Plus' DOGS (left out) and the authors' dog, Dog, DOG, dogs
// (mapped: the largest node, 184 works).
TEST_CASE("check tags in every form: dog and DOGS, mouse and Mice, human and Humans are one tag, left out and said",
          "[try46]") {
  CHECK(check_tag("dog") == "dogs");
  CHECK(check_tag("DOGS") == "dogs");
  CHECK(check_tag("Cat") == "cats");
  CHECK(check_tag("mouse") == "mice");
  CHECK(check_tag("Mice") == "mice");
  CHECK(check_tag("human") == "humans");
  CHECK(check_tag("Hamsters") == "cricetinae");
  CHECK(check_tag("guinea pig") == "guinea pigs");
  for (const char* topic : {"children", "women", "dog breeds", "Mice, Knockout", "canine", "catalysis"}) {
    INFO(topic);
    CHECK(check_tag(topic).empty());
  }
  auto docs = docs_of({"corpora/asysd__zotero_export.ris"}, "keywords");
  REQUIRE(docs.size() == 1000);
  NetworkOptions o;
  Network n = build_keywords(docs, o);
  CHECK_FALSE(node(n, "k:dog"));
  CHECK_FALSE(node(n, "k:dogs"));
  CHECK_FALSE(node(n, "k:cat"));
  CHECK(node(n, "k:canine"));
  // DOGS was on 225 works; dog, Dog, DOG and dogs bring 184 more, some the same.
  CHECK(left_out(n, "DOGS") > 300);
  CHECK(n.description.find("DOGS ") != std::string::npos);
  o.keep_check_tags = true;
  Network kept = build_keywords(docs, o);
  CHECK((node(kept, "k:dog") || node(kept, "k:dogs")));
}

// stats' top keywords leave the check tags out as the maps do, and say so:
// asysd's "dog" (362 works) was the top keyword of a search on dogs' diseases.
TEST_CASE("stats: top keywords without the check tags, which it names with their works", "[try46]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("corpora/asysd__zotero_export.ris") + "'").status == 0);
  auto text = run_refnet("stats --library '" + lib + "'");
  REQUIRE(text.status == 0);
  CHECK(text.out.find("check tags left out (DOGS ") != std::string::npos);
  auto r = run_refnet("stats --json --library '" + lib + "'");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  for (const auto& k : j["top_keywords"]) {
    INFO(k.dump());
    CHECK(k[0].get<std::string>() != "dog");
  }
  REQUIRE(!j["check_tags_left_out"].empty());
  CHECK(j["check_tags_left_out"][0][0] == "DOGS");
  CHECK(j["check_tags_left_out"][0][1].get<int>() > 300);
}

// A Zotero RIS's KW holds the authors' keywords, MeSH and Keywords Plus
// alike: the map was described as of "(author keywords)".
TEST_CASE("a keyword map says what its records' keywords are: authors' alone, or mixed with indexers'", "[try46]") {
  NetworkOptions o;
  Network zotero = build_keywords(docs_of({"corpora/asysd__zotero_export.ris"}, "keywords"), o);
  CHECK(zotero.description.find("(author keywords)") == std::string::npos);
  CHECK(zotero.description.find("authors' and indexers' (MeSH, Keywords Plus) as the records mix them") != std::string::npos);
  Network wos = build_keywords(docs_of({"corpora/umbrella-review__savedrecs.txt"}, "keywords"), o);
  CHECK(wos.description.find("(author keywords)") != std::string::npos);
  Network both = build_keywords(
      docs_of({"corpora/umbrella-review__savedrecs.txt", "corpora/asysd__zotero_export.ris"}, "keywords"), o);
  CHECK(both.description.find("(author keywords of ") != std::string::npos);
  CHECK(both.description.find(" works, authors' and indexers' keywords mixed on ") != std::string::npos);
}

// A co-author linked to one other alone in a cluster of its own: CPM at
// resolution 1 on association strengths takes a node into a cluster only when
// its links outweigh the cluster's size, and on a small map one link to a hub
// is worth about 2.  rispy's example: Lindgren A wrote with Marx K and with
// Marxus K; Marxus K was a cluster of his own (a tie of the quality).
TEST_CASE("a small co-author map: a node linked to a cluster is not a cluster of its own", "[try46]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" +
                     fixture("corpora/rispy__example_extraneous_data.ris") + "'")
              .status == 0);
  auto r = run_refnet("network coauthor --library '" + lib + "' -o '" + (tmp / "co.csv") + "'");
  REQUIRE(r.status == 0);
  std::ifstream in(tmp / "co.csv");
  std::map<std::string, std::string> cluster;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::size_t at = 0;
    for (std::size_t c; (c = line.find(',', at)) != std::string::npos; at = c + 1) cells.push_back(line.substr(at, c - at));
    if (cells.size() > 3) cluster[cells[1]] = cells[3];
  }
  REQUIRE(cluster.count("Marxus K"));
  CHECK(cluster["Marxus K"] == cluster["Lindgren A"]);
  CHECK(cluster["Marx K"] == cluster["Lindgren A"]);
}

