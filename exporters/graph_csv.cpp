// The network as two CSV tables (RFC 4180: CRLF line ends, fields quoted
// only when they need it), for spreadsheets, R and pandas.  Links carry the
// works behind them, so that every link can be traced back to documents.
#include <ostream>

#include "graph_common.hpp"

namespace refnet {

void write_nodes_csv(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  ClusterLabels cluster_label(n);
  out << "id,label,kind,cluster,cluster_label,occurrences,degree,strength,normalized_strength,pagerank,betweenness,avg_year,year,"
         "work_id,doi,title,local_citations,global_citations,x,y\r\n";
  NodeFigures figures = node_figures(n);
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    out << csv_field(v.id) << ',' << csv_field(v.label) << ',' << csv_field(v.kind) << ',' << v.cluster << ','
        << csv_field(cluster_label(v.cluster)) << ',' << num(v.occurrences) << ',' << num(v.degree) << ','
        << num(figures.raw_strength[i]) << ',' << num(v.strength) << ',' << num(v.pagerank) << ',' << num(v.betweenness) << ',' << num(v.avg_year) << ','
        << v.year << ',' << v.work_id << ',' << csv_field(v.doi) << ',' << csv_field(v.title) << ','
        << v.local_citations << ',' << v.global_citations << ',' << num(v.x) << ',' << num(v.y) << "\r\n";
  }
}

void write_links_csv(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  out << "source,target,weight,normalized_weight,documents\r\n";
  for (const NetworkLink& l : n.links) {
    if (l.source >= n.nodes.size() || l.target >= n.nodes.size()) continue;
    out << csv_field(n.nodes[l.source].id) << ',' << csv_field(n.nodes[l.target].id) << ',' << num(l.raw_weight) << ','
        << num(l.weight) << ',' << join_documents(l.documents, ';') << "\r\n";
  }
}

}  // namespace refnet
