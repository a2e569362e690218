// GraphML (graphml.graphdrawing.org), as igraph, Gephi, Cytoscape and yEd read
// it.  Written by hand rather than with igraph_write_graph_graphml: igraph's
// writer only sees attributes through its attribute handler, which refnet
// does not install, and streaming keeps a million-node file out of memory.
//
// Every node attribute is a <key>; a value equal to the "nothing" of its type
// (empty string) is left out, which GraphML readers take as missing.  Node
// ids are the Network's own ids ("k:e-government") made XML name tokens, as
// GraphML's schema wants (spaces and the like become '_': "k:open_data"); the
// id itself is then kept as the node's refnet_id.
// The network's type and description are graph-level data.
#include <ostream>

#include "graph_common.hpp"

namespace refnet {

namespace {

struct Key {
  const char* id;
  const char* domain;  // "node", "edge", "graph"
  const char* name;
  const char* type;    // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"g_type", "graph", "type", "string"},
    {"g_description", "graph", "description", "string"},
    {"v_refnet_id", "node", "refnet_id", "string"},
    {"v_label", "node", "label", "string"},
    {"v_kind", "node", "kind", "string"},
    {"v_cluster", "node", "cluster", "int"},
    {"v_cluster_label", "node", "cluster_label", "string"},
    {"v_occurrences", "node", "occurrences", "double"},
    {"v_degree", "node", "degree", "double"},
    {"v_strength", "node", "strength", "double"},
    {"v_normalized_strength", "node", "normalized_strength", "double"},
    {"v_pagerank", "node", "pagerank", "double"},
    {"v_betweenness", "node", "betweenness", "double"},
    {"v_avg_year", "node", "avg_year", "double"},
    {"v_year", "node", "year", "int"},
    {"v_work_id", "node", "work_id", "long"},
    {"v_doi", "node", "doi", "string"},
    {"v_title", "node", "title", "string"},
    {"v_local_citations", "node", "local_citations", "int"},
    {"v_global_citations", "node", "global_citations", "int"},
    {"v_x", "node", "x", "double"},
    {"v_y", "node", "y", "double"},
    {"e_weight", "edge", "weight", "double"},
    {"e_normalized_weight", "edge", "normalized_weight", "double"},
    {"e_documents", "edge", "documents", "string"},
};

void data(std::ostream& out, const char* indent, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << indent << "<data key=\"" << key << "\">" << value << "</data>\n";
}

}  // namespace

void write_graphml(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  out << "  <graph id=\"G\" edgedefault=\"" << (n.directed ? "directed" : "undirected") << "\">\n";
  data(out, "    ", "g_type", xml_escape(n.type));
  data(out, "    ", "g_description", xml_escape(n.description));

  std::vector<std::string> keys = name_token_keys(n);
  ClusterLabels cluster_label(n);
  NodeFigures figures = node_figures(n);
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    const char* in = "      ";
    out << "    <node id=\"" << xml_escape(keys[i]) << "\">\n";
    if (keys[i] != v.id) data(out, in, "v_refnet_id", xml_escape(v.id));
    data(out, in, "v_label", xml_escape(v.label));
    data(out, in, "v_kind", xml_escape(v.kind));
    data(out, in, "v_cluster", std::to_string(v.cluster));
    data(out, in, "v_cluster_label", xml_escape(cluster_label(v.cluster)));
    data(out, in, "v_occurrences", num(v.occurrences));
    data(out, in, "v_degree", num(v.degree));
    data(out, in, "v_strength", num(figures.raw_strength[i]));
    data(out, in, "v_normalized_strength", num(v.strength));
    data(out, in, "v_pagerank", num(v.pagerank));
    data(out, in, "v_betweenness", num(v.betweenness));
    data(out, in, "v_avg_year", num(v.avg_year));
    data(out, in, "v_year", std::to_string(v.year));
    data(out, in, "v_work_id", std::to_string(v.work_id));
    data(out, in, "v_doi", xml_escape(v.doi));
    data(out, in, "v_title", xml_escape(v.title));
    data(out, in, "v_local_citations", std::to_string(v.local_citations));
    data(out, in, "v_global_citations", std::to_string(v.global_citations));
    data(out, in, "v_x", num(v.x));
    data(out, in, "v_y", num(v.y));
    out << "    </node>\n";
  }
  for (const NetworkLink& l : n.links) {
    if (l.source >= keys.size() || l.target >= keys.size()) continue;
    const char* in = "      ";
    out << "    <edge source=\"" << xml_escape(keys[l.source]) << "\" target=\"" << xml_escape(keys[l.target])
        << "\">\n";
    data(out, in, "e_weight", num(l.raw_weight));
    data(out, in, "e_normalized_weight", num(l.weight));
    data(out, in, "e_documents", join_documents(l.documents, ' '));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace refnet
