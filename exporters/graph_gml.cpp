// GML (Himsolt's Graph Modelling Language), as igraph, Gephi and Cytoscape
// read it.  Hand-written for the same reason as GraphML (igraph's writer needs
// its attribute handler).
//
// GML keys are letters and digits only, so the attribute names lose their
// underscores the way igraph's own writer spells them (avg_year -> avgyear).
// Strings may not hold a double quote: '&' and '"' are written as &amp; and
// &quot;, which igraph's reader decodes.  GML is ASCII (networkx refuses
// anything else): other characters are written as &#NNNN; (decimal code
// point, U+FFFD for a byte that is not UTF-8), as networkx writes and reads
// them (igraph 0.10's reader leaves them as written).  Node ids are 0-based integers, the Network's string id goes to
// `name` (igraph's vertex-name attribute); labels are unique (networkx keys
// nodes by label).
#include <ostream>

#include "graph_common.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

std::string gml_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      out += "&#" + std::to_string(static_cast<std::uint32_t>(next_utf8(s, i))) + ';';
      continue;
    }
    ++i;
    if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  }
  out += '"';
  return out;
}

void str(std::ostream& out, const char* key, std::string_view value) {
  if (!value.empty()) out << "    " << key << ' ' << gml_string(value) << '\n';
}
void real(std::ostream& out, const char* key, double value) {
  std::string s = graph::num(value);
  // A GML real needs a point, or readers take it for an integer.
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  out << "    " << key << ' ' << s << '\n';
}
void integer(std::ostream& out, const char* key, long long value) { out << "    " << key << ' ' << value << '\n'; }

}  // namespace

void write_gml(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  ClusterLabels cluster_label(n);
  std::vector<std::string> labels = unique_labels(n);
  out << "Creator \"refnet\"\ngraph\n[\n";
  out << "  directed " << (n.directed ? 1 : 0) << '\n';
  if (!n.type.empty()) out << "  type " << gml_string(n.type) << '\n';
  if (!n.description.empty()) out << "  description " << gml_string(n.description) << '\n';
  graph::NodeFigures figures = graph::node_figures(n);
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    out << "  node\n  [\n";
    integer(out, "id", static_cast<long long>(i));
    str(out, "name", v.id);
    str(out, "label", labels[i]);
    str(out, "kind", v.kind);
    integer(out, "cluster", v.cluster);
    str(out, "clusterlabel", cluster_label(v.cluster));
    real(out, "occurrences", v.occurrences);
    real(out, "degree", v.degree);
    real(out, "strength", figures.raw_strength[i]);
    real(out, "normalizedstrength", v.strength);
    real(out, "pagerank", v.pagerank);
    real(out, "betweenness", v.betweenness);
    real(out, "avgyear", v.avg_year);
    integer(out, "year", v.year);
    integer(out, "workid", v.work_id);
    str(out, "doi", v.doi);
    str(out, "title", v.title);
    integer(out, "localcitations", v.local_citations);
    integer(out, "globalcitations", v.global_citations);
    real(out, "x", v.x);
    real(out, "y", v.y);
    out << "  ]\n";
  }
  for (const NetworkLink& l : n.links) {
    if (l.source >= n.nodes.size() || l.target >= n.nodes.size()) continue;
    out << "  edge\n  [\n";
    integer(out, "source", l.source);
    integer(out, "target", l.target);
    real(out, "weight", l.raw_weight);
    real(out, "normalizedweight", l.weight);
    str(out, "documents", join_documents(l.documents, ' '));
    out << "  ]\n";
  }
  out << "]\n";
}

}  // namespace refnet
