// Networks built by hand for the graph writer tests (graph_export_test.cpp,
// graph_viewer_test.cpp): a small keyword map with three clusters and labels
// that every format has to escape, and a generated one of any size.
#pragma once

#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"

namespace refnet::test {

// What a writer makes of a network, as a string.
inline std::string render(void (*writer)(std::ostream&, const Network&), const Network& n) {
  std::ostringstream out;
  writer(out, n);
  return out.str();
}

// A document of a keyword map's input: its id, author keywords and year.
inline NetworkDoc keywords_doc(std::int64_t id, std::vector<std::string> keywords, int year = 2020) {
  NetworkDoc d;
  d.id = id;
  d.year = year;
  d.author_keywords = std::move(keywords);
  return d;
}

inline NetworkNode keyword(const std::string& label, int cluster, double occ, double year, double x, double y) {
  NetworkNode v;
  v.id = "k:" + label;
  v.label = label;
  v.kind = "keyword";
  v.cluster = cluster;
  v.occurrences = occ;
  v.avg_year = year;
  v.x = x;
  v.y = y;
  return v;
}

inline NetworkLink link(std::uint32_t s, std::uint32_t t, double weight, double raw, std::vector<std::int64_t> docs) {
  NetworkLink l;
  l.source = s;
  l.target = t;
  l.weight = weight;
  l.raw_weight = raw;
  l.documents = std::move(docs);
  return l;
}

// Nine keywords in three clusters of three; node 1's label has a comma and
// quotes, node 4 an ampersand and angle brackets, node 7 is UTF-8.
inline Network small_network() {
  Network n;
  n.type = "keywords";
  n.description = "author keywords, full counting, association strength";
  n.nodes = {
      keyword("e-government", 0, 12, 2016.5, -1.0, 0.2),
      keyword("open data, \"linked\"", 0, 5, 2018.25, -1.4, -0.3),
      keyword("transparency", 0, 3, 2015, -0.8, 0.7),
      keyword("machine learning", 1, 9, 2020.1, 1.2, 0.4),
      keyword("AT&T <labs>", 1, 2, 2019, 1.5, -0.2),
      keyword("neural networks", 1, 6, 2021, 0.9, 0.9),
      keyword("bibliometrics", 2, 7, 2012, 0.1, -1.3),
      keyword("citation analysis \xC3\xA9tude", 2, 4, 2011.5, 0.5, -1.6),
      keyword("h-index", 2, 1, 0, -0.3, -1.7),
  };
  n.nodes[0].pagerank = 0.21;
  n.nodes[0].betweenness = 14.5;
  n.nodes[0].degree = 4;
  n.nodes[0].strength = 7.5;
  n.links = {
      link(0, 1, 2.5, 4, {11, 12, 15, 19}), link(0, 2, 1.5, 2, {12, 13}), link(1, 2, 1, 1, {14}),
      link(3, 4, 2, 2, {21, 22}),           link(3, 5, 3, 5, {21, 23, 24, 25, 26}), link(4, 5, 0.5, 1, {27}),
      link(6, 7, 2, 3, {31, 32, 33}),       link(6, 8, 1, 1, {34}),             link(0, 3, 0.25, 1, {40}),
      link(2, 6, 0.5, 1, {41}),
  };
  n.clusters = {{0, "e-government", 3, {0, 1, 2}}, {1, "machine learning", 3, {3, 5, 4}}, {2, "bibliometrics", 3, {6, 7, 8}}};
  return n;
}

// `count` nodes in `clusters` clusters laid out as blobs on a circle, each
// node linked to three others (mostly in its own cluster); a fixed LCG makes
// it the same network every time.
inline Network generated_network(std::size_t count, int clusters) {
  Network n;
  n.type = "keywords";
  n.description = "generated test network";
  std::uint64_t state = 42;
  auto uniform = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / 9007199254740992.0;
  };
  for (std::size_t i = 0; i < count; ++i) {
    int c = static_cast<int>(i % clusters);
    double angle = 2 * M_PI * c / clusters;
    double dx = (uniform() + uniform() + uniform() - 1.5) * 2.2, dy = (uniform() + uniform() + uniform() - 1.5) * 2.2;
    double occ = std::floor(1 + 60 * std::pow(uniform(), 6));
    n.nodes.push_back(keyword("term " + std::to_string(i), c, occ, 2005 + 15 * uniform(), 6 * std::cos(angle) + dx,
                              6 * std::sin(angle) + dy));
  }
  for (std::size_t i = 0; i < count; ++i) {
    for (int k = 0; k < 3; ++k) {
      std::size_t j = uniform() < 0.85 ? (i + clusters * (1 + static_cast<std::size_t>(uniform() * 20))) % count
                                       : static_cast<std::size_t>(uniform() * count);
      if (j == i) continue;
      n.links.push_back(link(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), 0.1 + uniform(), 1,
                             {static_cast<std::int64_t>(i), static_cast<std::int64_t>(j)}));
    }
  }
  for (int c = 0; c < clusters; ++c)
    n.clusters.push_back({c, "topic " + std::to_string(c + 1), count / clusters, {static_cast<std::uint32_t>(c)}});
  return n;
}

}  // namespace refnet::test
