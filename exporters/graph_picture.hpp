// What the two pictures (graph_svg.cpp, graph_html.cpp) share: title,
// cluster legend entries, label shortening.  Private to exporters/.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "graph_common.hpp"
#include "refnet/network.hpp"

namespace refnet::graph {

// The plot of the SVG map (940 x 792 px, legend and title outside it):
// the area circle_sizes() sizes the circles for, in the SVG and the PNG,
// and in the HTML viewer, which shrinks them with a smaller window.
constexpr double kPicturePlotArea = 940.0 * 792.0;

// "Keyword co-occurrence map", "Co-citation map", ... from Network::type.
std::string map_title(const Network& n);

// What an empty map says in its plot: why it has no node, and what to try
// ("No work of this selection has author keywords"; "No work of this
// selection is cited by another of it: --over references maps ...").
std::string empty_map_message(const Network& n);

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

// ---- views -------------------------------------------------------------------

bool valid_view(std::string_view view);        // cluster, overlay, density
bool valid_overlay(std::string_view overlay);  // year, citations

// The overlay's score of each node: average publication year (a work's own
// year) or average citations; NaN where unknown (no year; citations when no
// node has any, the records having given none).
std::vector<double> overlay_values(const Network& n, const std::string& overlay);
// "Average publication year", "Average citations".
std::string overlay_caption(const std::string& overlay);
// The colour scale: the 5th to the 95th percentile of the known scores
// (VOSviewer lets a few extremes saturate rather than wash out the rest).
struct OverlayScale {
  double lo = 0, hi = 0;
  bool any = false;  // some node has a score
  double at(double v) const { return hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) : 0.5; }
};
OverlayScale overlay_scale(const std::vector<double>& values);
Rgb overlay_color(double t);  // 0..1: dark blue, teal, green, yellow (viridis)
Rgb density_color(double t);  // 0..1: blue, green, yellow, red (VOSviewer's density colours)

// VOSviewer's item density: at each cell of a `cols` x `rows` grid of
// `cell`-pixel squares, Σ_i w_i exp(-d_i² / 2h²) over the nodes at pixel
// positions (px, py) with weights w (occurrences); the kernel is cut at 3h.
std::vector<double> density_grid(const std::vector<double>& px, const std::vector<double>& py,
                                 const std::vector<double>& w, std::size_t cols, std::size_t rows, double cell,
                                 double h);
// Kernel width for `count` nodes on a plot of `area` square pixels: about
// the mean spacing of the nodes, so that clusters merge and nodes don't.
double density_bandwidth(std::size_t count, double area);

// An RGB image (3 bytes a pixel, rows top down) as a data: URI of a PNG.
std::string png_data_uri(std::size_t width, std::size_t height, const std::vector<unsigned char>& rgb);

}  // namespace refnet::graph
