// VOSviewer's files: the map file and the network file (tab-separated text,
// VOSviewer manual section 4.1) and the JSON file VOSviewer Online reads
// (app.vosviewer.com/docs/file-types/json-file-type).
//
// - Items are numbered 1..N in node order; the network file refers to them.
// - Clusters are positive integers in VOSviewer: our 0-based cluster c is
//   c + 1.  Nodes in no cluster share one extra cluster after the last, so a
//   partial clustering still opens; with no clustering at all the column is
//   left out and VOSviewer clusters the map itself.
// - Link strengths are the raw co-occurrence counts (raw_weight): VOSviewer
//   normalizes (association strength) when it lays out and clusters, and its
//   "Total link strength" is a sum of counts.
// - weight<Occurrences> and score<Avg. pub. year> as VOSviewer names them
//   for keyword maps; the score column only when some node has a year.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

#include "graph_common.hpp"

namespace refnet {

namespace {

struct VosClusters {
  bool any = false;
  int unclustered = 0;  // the VOSviewer cluster of nodes with cluster -1
  explicit VosClusters(const Network& n) {
    int max = -1;
    for (const auto& v : n.nodes) {
      if (v.cluster >= 0) any = true;
      max = std::max(max, v.cluster);
    }
    unclustered = max + 2;
  }
  int operator()(const NetworkNode& v) const { return v.cluster >= 0 ? v.cluster + 1 : unclustered; }
};

bool any_year(const Network& n) {
  return std::any_of(n.nodes.begin(), n.nodes.end(), [](const NetworkNode& v) { return v.avg_year > 0; });
}

const std::string& label_of(const NetworkNode& v) { return v.label.empty() ? v.id : v.label; }

}  // namespace

void write_vosviewer_map(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  VosClusters cluster(n);
  bool years = any_year(n);
  NodeFigures f = node_figures(n);
  out << "id\tlabel\tx\ty";
  if (cluster.any) out << "\tcluster";
  out << "\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>";
  if (years) out << "\tscore<Avg. pub. year>";
  out << '\n';
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    out << i + 1 << '\t' << one_line(label_of(v)) << '\t' << num(v.x) << '\t' << num(v.y);
    if (cluster.any) out << '\t' << cluster(v);
    out << '\t' << f.links[i] << '\t' << num(f.raw_strength[i]) << '\t' << num(v.occurrences);
    if (years) out << '\t' << (v.avg_year > 0 ? num(v.avg_year) : "");
    out << '\n';
  }
}

void write_vosviewer_network(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  for (const NetworkLink& l : n.links) {
    if (l.source >= n.nodes.size() || l.target >= n.nodes.size()) continue;
    out << l.source + 1 << '\t' << l.target + 1 << '\t' << graph::num(l.raw_weight) << '\n';
  }
}

void write_vosviewer_json(std::ostream& out, const Network& n) {
  graph::ClassicLocale classic(out);
  using namespace graph;
  using ojson = nlohmann::ordered_json;
  VosClusters cluster(n);
  bool years = any_year(n);
  NodeFigures f = node_figures(n);

  ojson items = ojson::array();
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& v = n.nodes[i];
    ojson item;
    item["id"] = i + 1;
    item["label"] = label_of(v);
    if (!v.title.empty() && v.title != v.label) item["description"] = v.title;
    if (!v.doi.empty()) item["url"] = "https://doi.org/" + v.doi;
    item["x"] = v.x;
    item["y"] = v.y;
    if (cluster.any) item["cluster"] = cluster(v);
    item["weights"] = {{"Links", f.links[i]}, {"Total link strength", f.raw_strength[i]}, {"Occurrences", v.occurrences}};
    if (years && v.avg_year > 0) item["scores"] = {{"Avg. pub. year", v.avg_year}};
    items.push_back(std::move(item));
  }
  ojson links = ojson::array();
  for (const NetworkLink& l : n.links) {
    if (l.source >= n.nodes.size() || l.target >= n.nodes.size()) continue;
    links.push_back({{"source_id", l.source + 1}, {"target_id", l.target + 1}, {"strength", l.raw_weight}});
  }
  ojson network = {{"items", std::move(items)}, {"links", std::move(links)}};
  if (cluster.any) {
    ClusterLabels cluster_label(n);
    std::vector<int> ids;
    for (const auto& v : n.nodes) ids.push_back(cluster(v));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ojson clusters = ojson::array();
    for (int id : ids) {
      std::string label = id == cluster.unclustered ? "not clustered" : cluster_label(id - 1);
      ojson c = {{"cluster", id}};
      if (!label.empty()) c["label"] = label;
      clusters.push_back(std::move(c));
    }
    network["clusters"] = std::move(clusters);
  }
  // Terminology makes VOSviewer Online say "keyword"/"co-occurrence" etc.
  static const char* const kTerms[][3] = {
      {"keywords", "keyword", "co-occurrence link"}, {"coauthor", "author", "co-authorship link"},
      {"citation", "document", "citation link"},     {"cocitation", "document", "co-citation link"},
      {"coupling", "document", "bibliographic coupling link"},
  };
  ojson config = ojson::object();
  for (const auto& t : kTerms) {
    if (n.type != t[0]) continue;
    config["terminology"] = {{"item", t[1]}, {"items", std::string(t[1]) + "s"},
                             {"link", t[2]}, {"links", std::string(t[2]) + "s"}};
  }
  ojson root = {{"network", std::move(network)}, {"config", std::move(config)}};
  out << root.dump(1) << '\n';
}

}  // namespace refnet
