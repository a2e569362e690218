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

