// A map's per-node figures from its links, for the writers (exporters/) and
// the network command's summary and JSON alike.
#pragma once

#include <cstdint>
#include <vector>

#include "refnet/network.hpp"

namespace refnet::graph {

// Figures that VOSviewer and the viewers show, computed from the links so
// that a writer never depends on a builder having filled them.
struct NodeFigures {
  std::vector<std::uint32_t> links;  // per node: how many links touch it (a self-loop once)
  std::vector<double> strength;      // sum of link weights
  std::vector<double> raw_strength;  // sum of raw weights (VOSviewer's total link strength)
};
NodeFigures node_figures(const Network& n);

}  // namespace refnet::graph
