// What the two pictures (graph_svg.cpp, graph_html.cpp) share: title,
// cluster legend entries, label shortening.  Private to exporters/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/network.hpp"

namespace refnet::graph {

// "Keyword co-occurrence map", "Co-citation map", ... from Network::type.
std::string map_title(const Network& n);

// Code points in UTF-8 text, and the text cut to `max_chars` of them with an
// ellipsis.
std::size_t utf8_length(std::string_view s);
std::string shorten(std::string_view s, std::size_t max_chars);

// Legend entries: each cluster that has nodes, by id, with its label
// ("Cluster 3" when the network gives none) and size; nodes in no cluster
// last as "not clustered" (only when some nodes are clustered).
struct ClusterSummary {
  int id;
  std::string label;
  std::size_t size;
};
std::vector<ClusterSummary> cluster_summaries(const Network& n);

}  // namespace refnet::graph
