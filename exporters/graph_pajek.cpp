// Pajek network (.net) and partition (.clu) files, as Pajek, VOSviewer,
// igraph and Gephi read them.
//
// .net: `*Vertices N`, then `i "label" x y` (1-based; labels unique, since
// networkx keys Pajek nodes by label; coordinates, when the network has a
// layout, scaled into [0, 1], Pajek's drawing box, y pointing down as Pajek
// draws), then `*Arcs`
// (directed) or `*Edges` with `source target weight`, the weight the raw count
// (co-occurrences, co-citations), not the normalised value.  Pajek has no escape for
// a quote inside a label, so '"' becomes '\''.
// .clu: `*Vertices N`, then one cluster number per vertex, 1-based; 0 for a
// vertex in no cluster (Pajek's "unassigned" class).
#include <algorithm>
#include <ostream>

#include "graph_common.hpp"

namespace refnet {

namespace {

std::string pajek_label(std::string_view s) {
  std::string out = graph::one_line(s);
  std::replace(out.begin(), out.end(), '"', '\'');
  return "\"" + out + "\"";
}

struct Scale {
  double min_x = 0, min_y = 0, span = 1;
  explicit Scale(const Network& n) {
    if (n.nodes.empty()) return;
    double max_x = n.nodes[0].x, max_y = n.nodes[0].y;
    min_x = max_x, min_y = max_y;
    for (const auto& v : n.nodes) {
      min_x = std::min(min_x, v.x), max_x = std::max(max_x, v.x);
      min_y = std::min(min_y, v.y), max_y = std::max(max_y, v.y);
    }
    // One factor for both axes keeps the layout's proportions.
    span = std::max(max_x - min_x, max_y - min_y);
    if (!(span > 0)) span = 1;
  }
};

}  // namespace

void write_pajek(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  Scale s(n);
  std::vector<std::string> labels = unique_labels(n);
  // No layout (every node at 0, 0): no coordinates, rather than all nodes in one corner.
  bool laid_out = std::any_of(n.nodes.begin(), n.nodes.end(), [](const NetworkNode& v) { return v.x != 0 || v.y != 0; });
  out << "*Vertices " << n.nodes.size() << '\n';
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    out << i + 1 << ' ' << pajek_label(labels[i]);
    if (laid_out) out << ' ' << fixed((v.x - s.min_x) / s.span, 6) << ' ' << fixed(1 - (v.y - s.min_y) / s.span, 6);
    out << '\n';
  }
  out << (n.directed ? "*Arcs\n" : "*Edges\n");
  for (const NetworkLink& l : n.links) {
    if (l.source >= n.nodes.size() || l.target >= n.nodes.size()) continue;
    out << l.source + 1 << ' ' << l.target + 1 << ' ' << num(l.raw_weight) << '\n';
  }
}

void write_pajek_clusters(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  out << "*Vertices " << n.nodes.size() << '\n';
  for (const NetworkNode& v : n.nodes) out << (v.cluster < 0 ? 0 : v.cluster + 1) << '\n';
}

}  // namespace refnet
