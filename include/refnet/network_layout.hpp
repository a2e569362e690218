// Where the nodes of a map go: VOSviewer's VOS mapping, and a measure of how
// much of the canvas a layout uses.
//
//   VosLayoutReport r = vos_layout(network, {});   // sets node x, y in [-1, 1]
//   double used = central_span(network, 940, 790);  // 0.0 .. 1.0
//
// VOS mapping (van Eck & Waltman 2007; van Eck, Waltman, Dekker & van den
// Berg 2010) places items so that
//     Σ_{i<j} s_ij d_ij²  -  Σ_{i<j} d_ij
// is smallest, s_ij being the association strength a_ij / (w_i w_j) of the
// raw co-occurrence counts (w: a node's total link strength).  This is
// SMACOF stress with weights s_ij and dissimilarities 1/s_ij, minimised here
// by stress majorization (localized updates, Gansner, Koren & North 2004)
// from a deterministic random start; the repulsion Σ_j (x_i - x_j)/d_ij is
// summed exactly in small components and with a Barnes-Hut quadtree in
// large ones.  Each connected component is laid out alone (nothing holds two
// components together), its outliers pulled in (see outlier_pull), nodes
// nearer than min_spacing pushed apart, turned so that its principal axis is
// horizontal (as VOSviewer turns its maps), and the components are packed
// side by side, the
// largest first, each given an area in proportion to its nodes, as VOSviewer
// does.
#pragma once

#include <cstddef>
#include <cstdint>

#include "refnet/network.hpp"

namespace refnet {

struct VosLayoutOptions {
  std::uint64_t seed = 0;
  std::size_t max_iterations = 300;
  // Stop when the mean move of a node in one iteration is below this
  // fraction of the mean link length.
  double tolerance = 2e-4;
  // Components larger than this sum the repulsion with a Barnes-Hut quadtree
  // (opening angle `theta`), smaller ones exactly (O(n²) per iteration).
  std::size_t exact_max_nodes = 800;
  double theta = 0.7;
  // Distances from a component's centre beyond R, 1.5 times their median, are
  // compressed to R (1 + outlier_pull ln(r / R)), so that a few weakly
  // attached nodes do not shrink the rest of the map (0: all of them on the
  // circle of radius R; larger: less compressed; negative: left where they are).
  double outlier_pull = 0.3;
  // No two nodes nearer than this many units (a unit: the largest
  // component's rms radius over the square root of its nodes; the gap
  // between packed components is 0.7 units, nodes spread evenly over a disc
  // are about 2.5 apart): nearer ones are pushed apart after the mapping,
  // so that the members of a clique (the co-authors of one paper) do not
  // end on one spot.  0: left as mapped.
  double min_spacing = 1.0;
};

struct VosLayoutReport {
  std::size_t components = 0;
  std::size_t lone = 0;        // components of one node (a node without links)
  std::size_t iterations = 0;  // of the largest component
  bool barnes_hut = false;     // some component was summed approximately
};

// Sets every node's x and y, centred and scaled into [-1, 1] (aspect kept).
// Links of weight <= 0 and loops are ignored; directed links count as
// undirected ones.  The same network and seed give the same positions.
VosLayoutReport vos_layout(Network& n, const VosLayoutOptions& o = {});

// Centres the nodes' bounding box on 0 and scales it into [-1, 1], keeping
// the aspect: the form every layout hands to the writers.
void fit_unit_box(Network& n);

// How much of a `width` x `height` canvas the core of the map uses: the
// layout is fitted to the canvas as the pictures do (one scale, the bounding
// box of all nodes), and the central 90 % of the nodes (those nearest to the
// coordinate-wise median) are boxed; the result is that box's area over the
// canvas area.  A few outliers that stretch the bounding box make it small.
double central_span(const Network& n, double width, double height);

}  // namespace refnet
