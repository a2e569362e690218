// Bibliometric networks built from the library: citation, co-citation,
// bibliographic coupling, co-authorship and keyword co-occurrence, analysed
// with igraph (clusters, centralities, layout), written by exporters/graph_*.
//
// `Network` is the one model between the builders (src/network*.cpp) and the
// graph writers (exporters/graph_*.cpp), as Record is between importers and
// exporters.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace refnet {

struct NetworkNode {
  std::string id;     // stable identifier: "w12" (work), "x:10.1000/abc" (external), "a:kassen m", "k:e-government"
  std::string label;  // what a person reads: "Kassen (2018)", "e-government"
  std::string kind;   // "work", "external", "author", "keyword", "reference"
  std::int64_t work_id = 0;  // library work, when the node is one
  std::string doi;
  std::string title;
  int year = 0;                // publication year of a work node
  double occurrences = 0;      // documents the node stands for (keywords, authors) or 1
  double avg_year = 0;         // mean publication year of those documents (overlay)
  double avg_citations = 0;    // mean global citations of those documents (overlay); a work's own
  int cluster = -1;            // 0-based, by decreasing cluster size; -1 when not clustered
  double degree = 0;
  double strength = 0;         // sum of link weights
  double pagerank = 0;
  double betweenness = 0;
  int local_citations = 0;     // citation networks: citations from works in the network
  int global_citations = 0;    // citations reported by the source (e.g. Crossref is-referenced-by-count), 0 unknown
  double x = 0, y = 0;         // layout position
};

struct NetworkLink {
  std::uint32_t source = 0;  // index into nodes
  std::uint32_t target = 0;
  double weight = 1;         // after counting and normalization
  double raw_weight = 1;     // co-occurrence count (full or fractional) before normalization
  std::vector<std::int64_t> documents;  // the works behind the link
};

struct NetworkCluster {
  int id = 0;
  std::string label;  // from its most frequent or central members
  std::size_t size = 0;
  std::vector<std::uint32_t> top_nodes;  // indices, most important first
};

// A work whose items (keywords, authors) would make more pairs than
// NetworkOptions::max_pairs_per_work: its links were left out.
struct CappedWork {
  std::int64_t work_id = 0;
  std::size_t items = 0;  // its items that were nodes
  std::size_t pairs = 0;  // items * (items - 1) / 2
};

// A check tag a keyword map left out (NetworkOptions::keep_check_tags), and
// the works that carried it.
struct CheckTagCount {
  std::string label;  // its most frequent spelling: "Humans"
  std::size_t works = 0;
};

struct Network {
  std::string type;       // "citation", "cocitation", "coupling", "coauthor", "keywords"
  bool directed = false;  // citation networks: citing -> cited
  std::vector<NetworkNode> nodes;
  std::vector<NetworkLink> links;
  std::vector<NetworkCluster> clusters;
  std::string description;  // one line on how it was built, for file headers
  std::size_t min_occurrences = 0;  // maps of terms: the minimum number of documents a node has
  std::size_t candidates = 0;       // maps of terms: nodes there would be with a minimum of 1
  std::vector<CappedWork> capped_works;  // maps of terms: works whose links were left out (the cap of pairs)
  std::vector<CheckTagCount> check_tags;  // keyword maps: the check tags left out, most works first
  // Co-citation and coupling: no work of the selection has a cited reference
  // (what an empty map says, rather than suggest options).
  bool no_references = false;
};

// Graph writers (exporters/graph_*.cpp).  Deterministic output.
void write_graphml(std::ostream& out, const Network& n);
void write_gml(std::ostream& out, const Network& n);
void write_gexf(std::ostream& out, const Network& n);
void write_pajek(std::ostream& out, const Network& n);           // .net
void write_pajek_clusters(std::ostream& out, const Network& n);  // .clu
void write_vosviewer_map(std::ostream& out, const Network& n);   // VOSviewer map file (TSV)
void write_vosviewer_network(std::ostream& out, const Network& n);  // VOSviewer network file
void write_vosviewer_json(std::ostream& out, const Network& n);  // VOSviewer Online JSON
void write_nodes_csv(std::ostream& out, const Network& n);
void write_links_csv(std::ostream& out, const Network& n);  // source, target, weight, document IDs
void write_svg(std::ostream& out, const Network& n);        // a map to look at
void write_html(std::ostream& out, const Network& n);       // self-contained viewer, no network access

// What the pictures show (VOSviewer's three visualizations).
struct PictureOptions {
  std::string view = "cluster";   // cluster (colours by cluster), overlay (by a score), density (heat map)
  std::string overlay = "year";   // overlay score: year (average publication year) or citations (average)
};
void write_svg(std::ostream& out, const Network& n, const PictureOptions& p);
// The viewer holds every view (switchable); `p` says which it opens with.
void write_html(std::ostream& out, const Network& n, const PictureOptions& p);
// The SVG map rendered to PNG by headless Chromium (for slides); throws
// std::runtime_error saying so when no Chromium is installed.
void write_png(std::ostream& out, const Network& n, const PictureOptions& p);

}  // namespace refnet
