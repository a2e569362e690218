// GEXF 1.2draft (gexf.net), Gephi's own format, built with pugixml.
//
// Node attributes are declared in <attributes class="node"> and given per
// node in <attvalues>; the drawing goes into the viz namespace so that Gephi
// opens the map as refnet laid it out: viz:position from the layout,
// viz:size from occurrences (square root, so that area follows the count, as
// VOSviewer sizes its circles), viz:color from the cluster palette.  No
// lastmodifieddate: the same network gives the same bytes.
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "graph_common.hpp"

namespace refnet {

namespace {

struct Attr {
  const char* id;
  const char* type;  // GEXF attribute types: string, integer, long, double
};

constexpr Attr kNodeAttrs[] = {
    {"kind", "string"},        {"cluster", "integer"},       {"cluster_label", "string"}, {"occurrences", "double"},
    {"degree", "double"},      {"strength", "double"},       {"normalized_strength", "double"}, {"pagerank", "double"},      {"betweenness", "double"},
    {"avg_year", "double"},    {"year", "integer"},          {"work_id", "long"},         {"doi", "string"},
    {"title", "string"},       {"local_citations", "integer"}, {"global_citations", "integer"},
};
constexpr Attr kEdgeAttrs[] = {{"normalized_weight", "double"}, {"documents", "string"}};

void declare(pugi::xml_node graph, const char* cls, const Attr* begin, const Attr* end) {
  pugi::xml_node attrs = graph.append_child("attributes");
  attrs.append_attribute("class") = cls;
  for (const Attr* a = begin; a != end; ++a) {
    pugi::xml_node at = attrs.append_child("attribute");
    at.append_attribute("id") = a->id;
    at.append_attribute("title") = a->id;
    at.append_attribute("type") = a->type;
  }
}

void value(pugi::xml_node values, const char* key, const std::string& v) {
  if (v.empty()) return;
  pugi::xml_node a = values.append_child("attvalue");
  a.append_attribute("for") = key;
  a.append_attribute("value") = graph::valid_utf8(v).c_str();
}

}  // namespace

void write_gexf(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";

  pugi::xml_node gexf = doc.append_child("gexf");
  gexf.append_attribute("xmlns") = "http://www.gexf.net/1.2draft";
  gexf.append_attribute("xmlns:viz") = "http://www.gexf.net/1.2draft/viz";
  // GEXF 1.2draft, not 1.3: networkx's read_gexf reads 1.2draft by default
  // and 2.8 (Debian 12's) knows no 1.3 ("No <graph> element in GEXF file");
  // Gephi reads both.  refnet writes nothing 1.3 added.  No
  // xsi:schemaLocation: the RELAX NG schema does not allow it.
  gexf.append_attribute("version") = "1.2";

  pugi::xml_node meta = gexf.append_child("meta");
  meta.append_child("creator").text() = "refnet";
  if (!n.type.empty()) meta.append_child("keywords").text() = n.type.c_str();
  if (!n.description.empty()) meta.append_child("description").text() = n.description.c_str();

  pugi::xml_node g = gexf.append_child("graph");
  g.append_attribute("defaultedgetype") = n.directed ? "directed" : "undirected";
  g.append_attribute("mode") = "static";
  declare(g, "node", std::begin(kNodeAttrs), std::end(kNodeAttrs));
  declare(g, "edge", std::begin(kEdgeAttrs), std::end(kEdgeAttrs));

  double max_occ = 0;
  for (const auto& v : n.nodes) max_occ = std::max(max_occ, v.occurrences);
  ClusterLabels cluster_label(n);
  std::vector<std::string> keys = node_keys(n);
  NodeFigures figures = node_figures(n);

  pugi::xml_node nodes = g.append_child("nodes");
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    pugi::xml_node node = nodes.append_child("node");
    node.append_attribute("id") = keys[i].c_str();
    node.append_attribute("label") = graph::valid_utf8(v.label.empty() ? v.id : v.label).c_str();
    pugi::xml_node values = node.append_child("attvalues");
    value(values, "kind", v.kind);
    value(values, "cluster", std::to_string(v.cluster));
    value(values, "cluster_label", cluster_label(v.cluster));
    value(values, "occurrences", num(v.occurrences));
    value(values, "degree", num(v.degree));
    value(values, "strength", num(figures.raw_strength[i]));
    value(values, "normalized_strength", num(v.strength));
    value(values, "pagerank", num(v.pagerank));
    value(values, "betweenness", num(v.betweenness));
    value(values, "avg_year", num(v.avg_year));
    value(values, "year", std::to_string(v.year));
    value(values, "work_id", std::to_string(v.work_id));
    value(values, "doi", v.doi);
    value(values, "title", v.title);
    value(values, "local_citations", std::to_string(v.local_citations));
    value(values, "global_citations", std::to_string(v.global_citations));
    if (!values.first_child()) node.remove_child(values);

    Rgb c = cluster_color(v.cluster);
    pugi::xml_node color = node.append_child("viz:color");
    color.append_attribute("r") = static_cast<unsigned>(c.r);
    color.append_attribute("g") = static_cast<unsigned>(c.g);
    color.append_attribute("b") = static_cast<unsigned>(c.b);
    pugi::xml_node pos = node.append_child("viz:position");
    pos.append_attribute("x") = num(v.x).c_str();
    pos.append_attribute("y") = num(v.y).c_str();
    pos.append_attribute("z") = "0";
    double rel = max_occ > 0 && v.occurrences > 0 ? std::sqrt(v.occurrences / max_occ) : 0;
    node.append_child("viz:size").append_attribute("value") = fixed(4 + 26 * rel, 3).c_str();
  }

  pugi::xml_node edges = g.append_child("edges");
  std::size_t id = 0;
  for (const NetworkLink& l : n.links) {
    if (l.source >= keys.size() || l.target >= keys.size()) continue;
    pugi::xml_node e = edges.append_child("edge");
    e.append_attribute("id") = std::to_string(id++).c_str();
    e.append_attribute("source") = keys[l.source].c_str();
    e.append_attribute("target") = keys[l.target].c_str();
    e.append_attribute("weight") = num(l.raw_weight).c_str();
    pugi::xml_node values = e.append_child("attvalues");
    value(values, "normalized_weight", num(l.weight));
    value(values, "documents", join_documents(l.documents, ' '));
  }

  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace refnet
