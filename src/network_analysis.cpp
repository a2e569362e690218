// Network analysis with igraph: clusters (Leiden CPM or modularity, Louvain),
// degree, strength, PageRank, betweenness, and a layout for the writers.
//
// Attributes live in the Network, not in igraph: a graph is built from the
// links for each step and freed at once.  Every igraph call is checked, and
// igraph's default handler (abort) is replaced by one that returns the code.
#include <igraph.h>
#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "refnet/network_build.hpp"
#include "refnet/network_layout.hpp"

namespace refnet {
namespace {

// The pin is set in the OpenMP runtime igraph itself runs on (Debian's
// igraph links libgomp), found at run time: not through the compiler's
// OpenMP, which with clang is libomp or, with -fopenmp=libgomp, nothing at
// all (the pin was compiled out and the digits varied again).
void pin_openmp_to_one_thread() {
  static void (*set_threads)(int) = [] {
    void (*fn)(int) = nullptr;
    for (const char* lib : {"libgomp.so.1", "libomp.so.5", "libomp.so"}) {
      if (void* h = ::dlopen(lib, RTLD_NOW | RTLD_NOLOAD)) {
        fn = reinterpret_cast<void (*)(int)>(::dlsym(h, "omp_set_num_threads"));
        if (fn) break;
      }
    }
    return fn;
  }();
  if (set_threads) set_threads(1);
}

void check(igraph_error_t rc, const char* what) {
  if (rc != IGRAPH_SUCCESS) throw NetworkError(std::string("igraph: ") + what + ": " + igraph_strerror(rc));
}

// Owners of igraph objects: destroyed on every path.
struct Graph {
  igraph_t g;
  bool live = false;
  ~Graph() {
    if (live) igraph_destroy(&g);
  }
};
struct Vec {
  igraph_vector_t v;
  explicit Vec(igraph_integer_t n = 0) { check(igraph_vector_init(&v, n), "vector"); }
  ~Vec() { igraph_vector_destroy(&v); }
  double operator[](igraph_integer_t i) const { return VECTOR(v)[i]; }
};
struct IntVec {
  igraph_vector_int_t v;
  explicit IntVec(igraph_integer_t n = 0) { check(igraph_vector_int_init(&v, n), "vector"); }
  ~IntVec() { igraph_vector_int_destroy(&v); }
};
struct Matrix {
  igraph_matrix_t m;
  Matrix() { check(igraph_matrix_init(&m, 0, 0), "matrix"); }
  ~Matrix() { igraph_matrix_destroy(&m); }
};

void quiet_igraph() {
  static bool done = false;
  if (done) return;
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  done = true;
}

struct EdgeList {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
  std::vector<double> weights;
};

void make_graph(Graph& g, std::size_t n, const EdgeList& e, bool directed) {
  IntVec edges{igraph_integer_t(e.ends.size() * 2)};
  for (std::size_t i = 0; i < e.ends.size(); ++i) {
    VECTOR(edges.v)[2 * i] = e.ends[i].first;
    VECTOR(edges.v)[2 * i + 1] = e.ends[i].second;
  }
  check(igraph_create(&g.g, &edges.v, igraph_integer_t(n), directed), "create graph");
  g.live = true;
}

void fill(Vec& v, const std::vector<double>& w) {
  check(igraph_vector_resize(&v.v, igraph_integer_t(w.size())), "vector");
  for (std::size_t i = 0; i < w.size(); ++i) VECTOR(v.v)[i] = w[i];
}

// Clustering works on the undirected graph: a -> b and b -> a become one
// link with the summed weight; links of weight 0 are left out.
EdgeList undirected_links(const Network& n) {
  EdgeList e;
  if (!n.directed) {
    for (const auto& l : n.links)
      if (l.weight > 0 && l.source != l.target) {
        e.ends.push_back({l.source, l.target});
        e.weights.push_back(l.weight);
      }
    return e;
  }
  // Pairs in order of (lower end, higher end), each weight summed in link
  // order: a sort of 64-bit keys, not a map of 200k pairs.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> at;  // pair key, link index
  at.reserve(n.links.size());
  for (std::uint32_t i = 0; i < n.links.size(); ++i) {
    const auto& l = n.links[i];
    if (l.weight > 0 && l.source != l.target)
      at.push_back({(std::uint64_t(std::min(l.source, l.target)) << 32) | std::max(l.source, l.target), i});
  }
  std::sort(at.begin(), at.end());
  for (std::size_t i = 0; i < at.size();) {
    double w = 0;
    std::size_t j = i;
    for (; j < at.size() && at[j].first == at[i].first; ++j) w += n.links[at[j].second].weight;
    e.ends.push_back({std::uint32_t(at[i].first >> 32), std::uint32_t(at[i].first)});
    e.weights.push_back(w);
    i = j;
  }
  return e;
}

// `undirected_g` and `undirected_w`: the network's graph when it is already
// undirected (built once for PageRank, clustering and layout), else null.
std::vector<int> cluster(const Network& n, const AnalysisOptions& a, bool& used_cpm, const Graph* undirected_g,
                         const Vec* undirected_w) {
  std::size_t nv = n.nodes.size();
  Graph built;
  Vec built_w;
  if (!undirected_g) {
    EdgeList e = undirected_links(n);
    make_graph(built, nv, e, false);
    fill(built_w, e.weights);
  }
  const Graph& g = undirected_g ? *undirected_g : built;
  const Vec& w = undirected_w ? *undirected_w : built_w;
  IntVec membership{igraph_integer_t(nv)};
  check(igraph_rng_seed(igraph_rng_default(), a.seed), "seed");
  if (a.cluster == "louvain") {
    check(igraph_community_multilevel(&g.g, &w.v, a.resolution, &membership.v, nullptr, nullptr), "Louvain");
    used_cpm = false;
  } else if (a.cluster == "leiden") {
    std::string quality = a.quality.empty() ? (a.normalized_weights ? "cpm" : "modularity") : a.quality;
    igraph_integer_t nb = 0;
    igraph_real_t q = 0;
    if (quality == "cpm") {
      // VOSviewer: CPM on normalized weights, every node of weight 1.
      used_cpm = true;
      check(igraph_community_leiden(&g.g, &w.v, nullptr, a.resolution, 0.01, false, 10, &membership.v, &nb, &q),
            "Leiden (CPM)");
    } else if (quality == "modularity") {
      // Modularity is CPM with node weights = strengths and resolution / 2m.
      used_cpm = false;
      Vec strength{igraph_integer_t(nv)};
      check(igraph_strength(&g.g, &strength.v, igraph_vss_all(), IGRAPH_ALL, true, &w.v), "strength");
      double two_m = igraph_vector_sum(&strength.v);
      if (two_m <= 0) two_m = 1;
      check(igraph_community_leiden(&g.g, &w.v, &strength.v, a.resolution / two_m, 0.01, false, 10, &membership.v,
                                    &nb, &q),
            "Leiden (modularity)");
    } else {
      throw NetworkError("unknown quality '" + quality + "' (cpm, modularity)");
    }
  } else {
    throw NetworkError("unknown clustering '" + a.cluster + "' (leiden, louvain, none)");
  }
  std::vector<int> out(nv);
  for (std::size_t i = 0; i < nv; ++i) out[i] = int(VECTOR(membership.v)[i]);
  return out;
}

// A node alone in its cluster though linked joins the cluster it is most
// linked to (by the weights clustered; a tie: the larger cluster, then the
// first).  CPM at resolution 1 on association strengths (VOSviewer's
// quality) takes a node into a cluster only when its links to it outweigh
// the cluster's size: on a small map a co-author's one link to a hub is worth
// 2m / (the hub's strength), about 2, against every member the hub's cluster
// holds, and the node stays alone, or ties and Leiden puts it either way
// (rispy's Marxus K beside Lindgren A).  One node is no group; its colour
// then said another group where it has none.  Returns how many joined.
std::size_t join_lone_nodes(const Network& n, std::vector<int>& membership) {
  std::unordered_map<int, std::size_t> size;
  for (int c : membership) ++size[c];
  EdgeList e = undirected_links(n);
  std::vector<std::vector<std::pair<std::uint32_t, double>>> near(membership.size());
  for (std::size_t i = 0; i < e.ends.size(); ++i) {
    near[e.ends[i].first].push_back({e.ends[i].second, e.weights[i]});
    near[e.ends[i].second].push_back({e.ends[i].first, e.weights[i]});
  }
  std::size_t joined = 0;
  for (std::uint32_t v = 0; v < membership.size(); ++v) {
    if (size[membership[v]] != 1 || near[v].empty()) continue;
    std::map<int, double> to;
    for (auto [u, weight] : near[v]) to[membership[u]] += weight;
    int best = membership[v];
    for (auto [c, weight] : to)
      if (c != membership[v] && (best == membership[v] || weight > to[best] ||
                                 (weight == to[best] && size[c] > size[best])))
        best = c;
    if (best == membership[v]) continue;
    --size[membership[v]];
    membership[v] = best;
    ++size[best];
    ++joined;
  }
  return joined;
}

// Importance within a cluster, and for labels: occurrences, then local
// citations, then strength; the node order breaks ties.
bool more_important(const Network& n, std::uint32_t a, std::uint32_t b) {
  const auto &x = n.nodes[a], &y = n.nodes[b];
  if (x.occurrences != y.occurrences) return x.occurrences > y.occurrences;
  if (x.local_citations != y.local_citations) return x.local_citations > y.local_citations;
  if (x.strength != y.strength) return x.strength > y.strength;
  return a < b;
}

void set_clusters(Network& n, const std::vector<int>& raw) {
  // Renumber by decreasing size; ties by the smallest node index.
  std::map<int, std::vector<std::uint32_t>> members;
  for (std::uint32_t i = 0; i < raw.size(); ++i) members[raw[i]].push_back(i);
  std::vector<std::vector<std::uint32_t>> groups;
  for (auto& [id, m] : members) groups.push_back(std::move(m));
  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  n.clusters.clear();
  for (std::size_t c = 0; c < groups.size(); ++c) {
    auto& g = groups[c];
    for (std::uint32_t i : g) n.nodes[i].cluster = int(c);
    std::sort(g.begin(), g.end(), [&](std::uint32_t a, std::uint32_t b) { return more_important(n, a, b); });
    NetworkCluster cl;
    cl.id = int(c);
    cl.size = g.size();
    cl.label = n.nodes[g.front()].label;
    cl.top_nodes.assign(g.begin(), g.begin() + std::min<std::size_t>(g.size(), 10));
    n.clusters.push_back(std::move(cl));
  }
}

void layout(Network& n, const AnalysisOptions& a, const Graph& g, const Vec& w, std::string& note) {
  std::size_t nv = n.nodes.size();
  if (a.layout == "none" || nv == 0) return;
  if (a.layout == "auto" && nv > a.layout_auto_max) {
    note += ", no layout (more than " + std::to_string(a.layout_auto_max) + " nodes; --layout drl forces one)";
    return;
  }
  bool cooccurrence = n.type == "keywords" || n.type == "terms" || n.type == "coauthor" || n.type == "countries" ||
                     n.type == "institutions" || n.type == "cocitation" || n.type == "coupling";
  if (a.layout == "vos" || (a.layout == "auto" && cooccurrence && nv <= a.layout_vos_max)) {
    VosLayoutOptions vo;
    vo.seed = a.seed;
    VosLayoutReport r = vos_layout(n, vo);
    note += ", VOS layout";
    // Parts with no link between them are packed in rows, the largest
    // first (beside it while level with it, else below): apart, where
    // distance means nothing; a node without links is no "component" to a
    // reader.
    const std::size_t groups = r.components - r.lone;
    auto nodes = [](std::size_t k) { return std::to_string(k) + (k == 1 ? " node" : " nodes"); };
    if (groups > 1)
      note += " (" + std::to_string(groups) + " groups with no link between them placed apart" +
              (r.lone ? ", and " + nodes(r.lone) + " without links" : std::string()) + ")";
    else if (r.components > 1)
      note += " (" + nodes(r.lone) + " without links placed apart)";
    return;
  }
  bool drl = a.layout == "drl" || (a.layout == "auto" && nv > a.layout_drl_above);
  if (!drl && a.layout != "fr" && a.layout != "auto")
    throw NetworkError("unknown layout '" + a.layout + "' (auto, vos, fr, drl, none)");
  Matrix pos;
  check(igraph_rng_seed(igraph_rng_default(), a.seed), "seed");
  const igraph_vector_t* weights = igraph_vector_size(&w.v) ? &w.v : nullptr;
  if (drl) {
    igraph_layout_drl_options_t opt;
    check(igraph_layout_drl_options_init(&opt, IGRAPH_LAYOUT_DRL_DEFAULT), "DrL options");
    check(igraph_layout_drl(&g.g, &pos.m, false, &opt, weights), "DrL layout");
    note += ", DrL layout";
  } else {
    check(igraph_layout_fruchterman_reingold(&g.g, &pos.m, false, 500, std::sqrt(double(nv)), IGRAPH_LAYOUT_AUTOGRID,
                                             weights, nullptr, nullptr, nullptr, nullptr),
          "Fruchterman-Reingold layout");
    note += ", Fruchterman-Reingold layout";
  }
  for (std::size_t i = 0; i < nv; ++i) n.nodes[i].x = MATRIX(pos.m, i, 0), n.nodes[i].y = MATRIX(pos.m, i, 1);
  fit_unit_box(n);  // the writers scale to their canvas
}

}  // namespace

void analyse_network(Network& n, const AnalysisOptions& a) {
  quiet_igraph();
  std::size_t nv = n.nodes.size();
  std::string note;
  // Degree and strength from the links themselves (no igraph needed).
  for (auto& node : n.nodes) node.degree = 0, node.strength = 0;
  {
    // Distinct neighbours: links are already unique per ordered pair; a
    // citation pair in both directions counts once.
    std::unordered_set<std::uint64_t> pairs;
    if (n.directed) pairs.reserve(n.links.size());
    for (const auto& l : n.links) {
      if (l.source == l.target) continue;
      n.nodes[l.source].strength += l.weight;
      n.nodes[l.target].strength += l.weight;
      if (n.directed) {
        if (!pairs.insert((std::uint64_t(std::min(l.source, l.target)) << 32) | std::max(l.source, l.target)).second)
          continue;
      }
      n.nodes[l.source].degree += 1;
      n.nodes[l.target].degree += 1;
    }
  }
  if (nv == 0) return;

  EdgeList e;
  e.ends.reserve(n.links.size());
  e.weights.reserve(n.links.size());
  for (const auto& l : n.links)
    if (l.weight > 0 && l.source != l.target) {
      e.ends.push_back({l.source, l.target});
      e.weights.push_back(l.weight);
    }
  Graph g;
  make_graph(g, nv, e, n.directed);
  Vec w;
  fill(w, e.weights);

  Vec pr{igraph_integer_t(nv)};
  igraph_real_t value = 0;
  // igraph's PRPACK sums in parallel with OpenMP, in an order that varies
  // from run to run: the last digits of PageRank did.  One thread: the same
  // network gives the same bytes (the cost is nil next to clustering).
  pin_openmp_to_one_thread();
  check(igraph_pagerank(&g.g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr.v, &value, igraph_vss_all(), n.directed, 0.85,
                        e.weights.empty() ? nullptr : &w.v, nullptr),
        "PageRank");
  for (std::size_t i = 0; i < nv; ++i) n.nodes[i].pagerank = pr[igraph_integer_t(i)];

  if (!a.betweenness) {
    // Left 0: only what is asked is computed.
  } else if (nv <= a.betweenness_max_nodes) {
    // Unweighted: link weights are similarities, not distances.
    Vec b{igraph_integer_t(nv)};
    check(igraph_betweenness(&g.g, &b.v, igraph_vss_all(), n.directed, nullptr), "betweenness");
    for (std::size_t i = 0; i < nv; ++i) n.nodes[i].betweenness = b[igraph_integer_t(i)];
  } else {
    note += ", betweenness skipped (more than " + std::to_string(a.betweenness_max_nodes) + " nodes)";
  }

  if (a.cluster != "none") {
    bool cpm = false;
    std::vector<int> m = n.directed ? cluster(n, a, cpm, nullptr, nullptr) : cluster(n, a, cpm, &g, &w);
    std::size_t joined = join_lone_nodes(n, m);
    set_clusters(n, m);
    char res[32];
    std::snprintf(res, sizeof res, "%g", a.resolution);
    note += ", " + std::to_string(n.clusters.size()) + (n.clusters.size() == 1 ? " cluster (" : " clusters (") + a.cluster +
            (a.cluster == "leiden" ? (cpm ? " CPM" : " modularity") : "") + ", resolution " + res + ", seed " +
            std::to_string(a.seed) +
            (joined ? "; " + std::to_string(joined) + (joined == 1 ? " node" : " nodes") +
                          " alone in a cluster joined the cluster linked most to it"
                    : "") +
            ")";
  } else {
    for (auto& node : n.nodes) node.cluster = -1;
    n.clusters.clear();
  }
  layout(n, a, g, w, note);
  n.description += note;
}

}  // namespace refnet
