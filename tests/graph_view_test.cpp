// Layout, labels and views of maps (issue 17): VOS mapping, the canvas
// measure, and the SVG and HTML pictures of generated 50-, 300- and
// 2,000-node maps in every view, looked at in headless Chromium: not blank,
// labels (their boxes as the browser lays them out) not overlapping beyond
// a measured threshold, the canvas used.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "chromium_support.hpp"
#include "graph_networks.hpp"
#include "png_support.hpp"
#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_layout.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// The SVG's plot area (graph_svg.cpp), where the layout is fitted.
constexpr double kPlotWidth = 940, kPlotHeight = 792;

// Groups of `size` keywords, each word linked to most of its group (raw
// counts 2..4) and, once in a while, to another group (count 1).
Network grouped(int groups, int size, std::uint64_t seed = 7) {
  Network n;
  n.type = "keywords";
  std::uint64_t state = seed;
  auto uniform = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return double(state >> 11) / 9007199254740992.0;
  };
  for (int g = 0; g < groups; ++g)
    for (int k = 0; k < size; ++k)
      n.nodes.push_back(keyword("g" + std::to_string(g) + " w" + std::to_string(k), g, 1 + k % 5, 2010 + g, 0, 0));
  for (int a = 0; a < groups * size; ++a)
    for (int b = a + 1; b < groups * size; ++b) {
      bool same = a / size == b / size;
      if (same ? uniform() < 0.7 : uniform() < 0.01)
        n.links.push_back(link(std::uint32_t(a), std::uint32_t(b), 1, same ? 2 + std::floor(uniform() * 3) : 1, {}));
    }
  return n;
}

double distance(const NetworkNode& a, const NetworkNode& b) { return std::hypot(a.x - b.x, a.y - b.y); }

// A keyword map as real vocabularies make them: generated_network's
// clusters, whose first nodes are hub terms (counts 20 times larger), plus
// one weakly attached term for every ten (a single link of count 1 to a
// hub, as a rare term co-occurs with "e-government"), the outliers that
// stretched the old layouts.
Network map_of(std::size_t count) {
  int clusters = count <= 50 ? 4 : count <= 300 ? 6 : 8;
  std::size_t core = count - count / 10;
  Network n = generated_network(core, clusters);
  std::uint64_t state = 99;
  auto uniform = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return double(state >> 11) / 9007199254740992.0;
  };
  std::size_t hubs = std::max<std::size_t>(2, core / 50);
  for (auto& l : n.links) {
    l.raw_weight = 1 + std::floor(uniform() * 4);
    if (l.source < hubs || l.target < hubs) l.raw_weight *= 20;
  }
  for (std::size_t i = core; i < count; ++i) {
    n.nodes.push_back(keyword("rare " + std::to_string(i), -1, 1, 2000 + 20 * uniform(), 0, 0));
    n.links.push_back(link(std::uint32_t(i), std::uint32_t(uniform() * hubs), 0.05, 1, {}));
  }
  for (std::size_t i = 0; i < n.nodes.size(); ++i) n.nodes[i].avg_citations = std::floor(40 * std::pow(uniform(), 3));
  return n;
}

}  // namespace

// ---- VOS mapping -----------------------------------------------------------

TEST_CASE("VOS layout: planted groups lie apart, the same seed gives the same map", "[graph]") {
  Network n = grouped(3, 12);
  VosLayoutReport r = vos_layout(n, {});
  CHECK(r.components == 1);
  double inside = 0, across = 0;
  std::size_t ni = 0, na = 0;
  for (std::size_t a = 0; a < n.nodes.size(); ++a)
    for (std::size_t b = a + 1; b < n.nodes.size(); ++b) {
      if (n.nodes[a].cluster == n.nodes[b].cluster) inside += distance(n.nodes[a], n.nodes[b]), ++ni;
      else across += distance(n.nodes[a], n.nodes[b]), ++na;
    }
  CHECK(inside / ni < 0.5 * across / na);
  // Within [-1, 1], touching the box on at least one axis.
  double extent = 0;
  for (const auto& v : n.nodes) {
    CHECK(std::abs(v.x) <= 1.0 + 1e-9);
    CHECK(std::abs(v.y) <= 1.0 + 1e-9);
    extent = std::max({extent, std::abs(v.x), std::abs(v.y)});
  }
  CHECK(extent == Approx(1.0));

  Network again = grouped(3, 12);
  vos_layout(again, {});
  for (std::size_t i = 0; i < n.nodes.size(); ++i) {
    CHECK(again.nodes[i].x == n.nodes[i].x);
    CHECK(again.nodes[i].y == n.nodes[i].y);
  }
  Network other = grouped(3, 12);
  VosLayoutOptions seeded;
  seeded.seed = 5;
  vos_layout(other, seeded);
  CHECK(other.nodes[0].x != n.nodes[0].x);
}

TEST_CASE("VOS layout: Barnes-Hut repulsion gives the exact sum's map", "[graph]") {
  Network exact = grouped(4, 30), approx = exact;
  VosLayoutOptions o;
  o.exact_max_nodes = 1000;
  vos_layout(exact, o);
  o.exact_max_nodes = 10;
  VosLayoutReport r = vos_layout(approx, o);
  CHECK(r.barnes_hut);
  // Same groups apart in both: the mean distance of a node to its group's
  // centre, over the map's size, agrees within a few percent.
  auto spread = [](const Network& n) {
    double total = 0;
    for (int g = 0; g < 4; ++g) {
      double cx = 0, cy = 0;
      for (int k = 0; k < 30; ++k) cx += n.nodes[g * 30 + k].x / 30, cy += n.nodes[g * 30 + k].y / 30;
      for (int k = 0; k < 30; ++k) total += std::hypot(n.nodes[g * 30 + k].x - cx, n.nodes[g * 30 + k].y - cy);
    }
    return total / 120;
  };
  CHECK(spread(approx) == Approx(spread(exact)).epsilon(0.1));
}

TEST_CASE("VOS layout: components side by side, the largest given the most room", "[graph]") {
  Network n = grouped(2, 10);
  n.links.erase(std::remove_if(n.links.begin(), n.links.end(),
                               [](const NetworkLink& l) { return (l.source < 10) != (l.target < 10); }),
                n.links.end());
  // Nodes 10..19 now a component of their own; 20 and 21 have no links.
  n.nodes.push_back(keyword("alone", -1, 1, 0, 0, 0));
  n.nodes.push_back(keyword("alone too", -1, 1, 0, 0, 0));
  // Make the second component smaller: drop links touching 15..19.
  n.links.erase(std::remove_if(n.links.begin(), n.links.end(),
                               [](const NetworkLink& l) { return l.source >= 15 || l.target >= 15; }),
                n.links.end());
  VosLayoutReport r = vos_layout(n, {});
  CHECK(r.components == 2 + 5 + 2);  // 10, 5, and seven singletons
  struct Box {
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    void add(const NetworkNode& v) { x0 = std::min(x0, v.x), x1 = std::max(x1, v.x), y0 = std::min(y0, v.y), y1 = std::max(y1, v.y); }
    double area() const { return (x1 - x0) * (y1 - y0); }
  } first, second;
  for (int i = 0; i < 10; ++i) first.add(n.nodes[i]);
  for (int i = 10; i < 15; ++i) second.add(n.nodes[i]);
  CHECK((first.x1 < second.x0 || second.x1 < first.x0 || first.y1 < second.y0 || second.y1 < first.y0));
  CHECK(first.area() > 1.5 * second.area());
  // No two nodes on one spot.
  for (std::size_t a = 0; a < n.nodes.size(); ++a)
    for (std::size_t b = a + 1; b < n.nodes.size(); ++b) CHECK(distance(n.nodes[a], n.nodes[b]) > 1e-3);
}

TEST_CASE("VOS layout: many small components fill the canvas, not a column as wide as the largest", "[graph]") {
  // A co-authorship map is mostly small teams: one of six authors and 150
  // pairs (a real WoS library: 948 authors in 184 components).  The shelves
  // were as wide as the largest component, so the map was a column a tenth
  // of the canvas wide.
  Network n;
  n.type = "coauthor";
  for (int i = 0; i < 6; ++i) n.nodes.push_back(keyword("team " + std::to_string(i), 0, 3, 2010, 0, 0));
  for (std::uint32_t a = 0; a < 6; ++a)
    for (std::uint32_t b = a + 1; b < 6; ++b) n.links.push_back(link(a, b, 1, 2, {}));
  for (int p = 0; p < 150; ++p) {
    auto a = std::uint32_t(n.nodes.size());
    n.nodes.push_back(keyword("pair " + std::to_string(p) + " a", 1 + p, 1, 2010, 0, 0));
    n.nodes.push_back(keyword("pair " + std::to_string(p) + " b", 1 + p, 1, 2010, 0, 0));
    n.links.push_back(link(a, a + 1, 1, 1, {}));
  }
  VosLayoutReport r = vos_layout(n, {});
  CHECK(r.components == 151);
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  for (const auto& v : n.nodes) x0 = std::min(x0, v.x), x1 = std::max(x1, v.x), y0 = std::min(y0, v.y), y1 = std::max(y1, v.y);
  INFO("width " << (x1 - x0) << ", height " << (y1 - y0) << ", central span "
                << central_span(n, kPlotWidth, kPlotHeight));
  CHECK((x1 - x0) > 0.8 * (y1 - y0));  // about the canvas' shape (940 x 792), not a column
  CHECK((x1 - x0) < 2.0 * (y1 - y0));
  CHECK(central_span(n, kPlotWidth, kPlotHeight) >= 0.35);
  for (std::size_t a = 0; a < n.nodes.size(); ++a)
    for (std::size_t b = a + 1; b < n.nodes.size(); ++b) CHECK(distance(n.nodes[a], n.nodes[b]) > 1e-3);
}

TEST_CASE("VOS layout: the co-authors of one paper (a clique) end at distinct spots and not on one", "[graph]") {
  // A real co-authorship map (newuser9: umbrella review + poultry Scopus +
  // decolonizing WoS): Daley W, Ritz C, Usher C and Webster B wrote one paper
  // with Zhang Y, a hub of the largest component.  Their association
  // strengths with each other are large (they have no other links), so VOS
  // mapping drew them within 0.1 % of the map's width of each other: one
  // circle with four labels on it.
  Network n = grouped(3, 12);
  std::uint32_t first = std::uint32_t(n.nodes.size());
  for (int k = 0; k < 4; ++k) n.nodes.push_back(keyword("co-author " + std::to_string(k), 0, 1, 2015, 0, 0));
  for (std::uint32_t a = first; a < first + 4; ++a) {
    n.links.push_back(link(a, 0, 1, 1, {}));
    for (std::uint32_t b = a + 1; b < first + 4; ++b) n.links.push_back(link(a, b, 1, 1, {}));
  }
  VosLayoutReport r = vos_layout(n, {});
  CHECK(r.components == 1);
  // The spacing of the same number of nodes spread evenly over the map
  // (fitted to [-1, 1]): a clique's members keep a good part of it.
  double even = 2 / std::sqrt(double(n.nodes.size()));
  for (std::uint32_t a = first; a < first + 4; ++a)
    for (std::uint32_t b = a + 1; b < first + 4; ++b) {
      INFO(n.nodes[a].label << " - " << n.nodes[b].label << ": " << distance(n.nodes[a], n.nodes[b])
                            << " (nodes spread evenly: " << even << " apart)");
      CHECK(distance(n.nodes[a], n.nodes[b]) >= 0.15 * even);
    }
  // No two nodes of the map on one spot either (the planted groups, cliques
  // of strong links, piled up the same way).
  for (std::size_t a = 0; a < n.nodes.size(); ++a)
    for (std::size_t b = a + 1; b < n.nodes.size(); ++b) {
      INFO(n.nodes[a].label << " - " << n.nodes[b].label);
      CHECK(distance(n.nodes[a], n.nodes[b]) >= 0.15 * even);
    }
  // Still a group: nearer to each other than to the rest on average.
  double inside = 0, outside = 0;
  for (std::uint32_t a = first; a < first + 4; ++a)
    for (std::uint32_t b = 0; b < n.nodes.size(); ++b)
      if (b != a) (b >= first ? inside : outside) += distance(n.nodes[a], n.nodes[b]) / (b >= first ? 3 : n.nodes.size() - 4);
  CHECK(inside < outside);
}

TEST_CASE("VOS layout: an elongated map lies along the canvas' width and not across its diagonal", "[graph]") {
  // The keyword map of a real library (newuser9: 306 keywords of 242 works)
  // ran from the top left to the bottom right of the canvas: a map is as
  // wide as its widest direction, and the pictures, wider than high, left a
  // third of their height empty.  VOSviewer turns its maps so that their
  // principal axis is horizontal; so does refnet now.  A chain of six
  // groups, each linked to the next only:
  Network n = grouped(6, 8);
  n.links.erase(std::remove_if(n.links.begin(), n.links.end(),
                               [](const NetworkLink& l) {
                                 int a = int(l.source) / 8, b = int(l.target) / 8;
                                 return a != b;
                               }),
                n.links.end());
  for (std::uint32_t g = 0; g + 1 < 6; ++g) n.links.push_back(link(g * 8, (g + 1) * 8 + 1, 1, 1, {}));
  for (std::uint64_t seed : {0, 1, 2, 3}) {
    VosLayoutOptions o;
    o.seed = seed;
    REQUIRE(vos_layout(n, o).components == 1);
    double mx = 0, my = 0;
    for (const auto& v : n.nodes) mx += v.x / n.nodes.size(), my += v.y / n.nodes.size();
    double xx = 0, yy = 0, xy = 0;
    for (const auto& v : n.nodes) xx += (v.x - mx) * (v.x - mx), yy += (v.y - my) * (v.y - my), xy += (v.x - mx) * (v.y - my);
    INFO("seed " << seed << ": variance along x " << xx << ", along y " << yy << ", covariance " << xy);
    CHECK(xx > 2 * yy);
    CHECK(std::abs(xy) < 1e-6 * xx);
  }
}

TEST_CASE("Canvas measure: a far outlier shrinks the core to nothing", "[graph]") {
  Network n;
  for (int i = 0; i < 100; ++i) n.nodes.push_back(keyword("k" + std::to_string(i), 0, 1, 0, i % 10, i / 10));
  // A 9 x 9 square on a canvas of the same shape, minus the 10 % furthest.
  CHECK(central_span(n, 900, 900) > 0.6);
  n.nodes.push_back(keyword("far", 0, 1, 0, 900, 900));
  CHECK(central_span(n, 900, 900) < 0.001);
}

TEST_CASE("VOS layout uses the canvas at 2,000 nodes, outliers included, where Fruchterman-Reingold did not", "[graph]") {
  Network n = map_of(2000);
  normalize_links(n, Normalization::association);
  Network fr = n;
  AnalysisOptions a;
  a.cluster = "none";
  a.layout = "fr";
  analyse_network(fr, a);
  a.layout = "auto";
  analyse_network(n, a);
  CHECK(n.description.find("VOS layout") != std::string::npos);
  double vos = central_span(n, kPlotWidth, kPlotHeight), before = central_span(fr, kPlotWidth, kPlotHeight);
  INFO("central 90 % of the nodes span " << vos << " of the canvas (Fruchterman-Reingold: " << before << ")");
  CHECK(vos >= 0.35);
  CHECK(before < 0.35);
  // The weakly attached terms, left where VOS mapping puts them, are what
  // shrinks the core.
  VosLayoutOptions unpulled;
  unpulled.outlier_pull = -1;
  vos_layout(n, unpulled);
  INFO("outliers not pulled in: " << central_span(n, kPlotWidth, kPlotHeight));
  CHECK(central_span(n, kPlotWidth, kPlotHeight) < 0.35);
}

// ---- the pictures, looked at in Chromium -------------------------------------

namespace {

struct Picture {
  std::size_t nodes;
  std::string view, overlay;
};

const std::vector<Picture> kPictures = {
    {50, "cluster", "year"},   {50, "overlay", "year"},   {50, "density", "year"},
    {300, "cluster", "year"},  {300, "overlay", "citations"}, {300, "density", "year"},
    {2000, "cluster", "year"}, {2000, "overlay", "year"}, {2000, "density", "year"},
};

// A map as `refnet network keywords` makes it: association strength,
// Leiden, the default layout (VOS).  Made once per size for all the tests.
const Network& analysed_map(std::size_t count) {
  static std::map<std::size_t, Network> made;
  auto it = made.find(count);
  if (it != made.end()) return it->second;
  Network n = map_of(count);
  normalize_links(n, Normalization::association);
  AnalysisOptions a;
  a.normalized_weights = true;
  analyse_network(n, a);
  return made[count] = std::move(n);
}

// The SVGs one under the other in a page whose script boxes each map's
// labels as Chromium lays them out (getBBox) and counts the pairs that
// overlap by more than a pixel each way.
const char* const kLabelBoxes = R"JS(<script>
window.addEventListener('load', function () {
  document.querySelectorAll('svg').forEach(function (svg, k) {
    var boxes = [];
    svg.querySelectorAll('g[text-anchor="middle"] > text').forEach(function (t) { boxes.push(t.getBBox()); });
    var over = 0;
    for (var i = 0; i < boxes.length; i++)
      for (var j = i + 1; j < boxes.length; j++) {
        var a = boxes[i], b = boxes[j];
        if (a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1) over++;
      }
    document.body.dataset['labels' + k] = boxes.length;
    document.body.dataset['overlaps' + k] = over;
  });
});
</script>)JS";

}  // namespace

TEST_CASE("SVG maps of 50, 300 and 2,000 nodes in every view: not blank, labels apart, the canvas used", "[graph][chromium]") {
  TempDir tmp;
  std::ostringstream page;
  page << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n";
  std::map<std::size_t, const Network*> maps;
  for (std::size_t size : {50, 300, 2000}) maps[size] = &analysed_map(size);
  for (const auto& p : kPictures) {
    std::ostringstream s;
    write_svg(s, *maps[p.nodes], PictureOptions{p.view, p.overlay});
    std::string svg = s.str();
    if (const char* keep = std::getenv("REFNET_TEST_SCREENSHOTS"))
      std::ofstream(std::string(keep) + "/map-" + std::to_string(p.nodes) + "-" + p.view + ".svg") << svg;
    page << "<div style=\"height:900px;overflow:hidden\">" << svg.substr(svg.find("<svg")) << "</div>\n";
  }
  page << kLabelBoxes << "</body></html>\n";
  { std::ofstream(tmp / "maps.html") << page.str(); }
  std::string dom = run_chromium("file://" + (tmp / "maps.html"), "--dump-dom", tmp);
  run_chromium("file://" + (tmp / "maps.html"),
               "--window-size=1280," + std::to_string(900 * kPictures.size()) + " --screenshot='" +
                   (tmp / "maps.png") + "'",
               tmp);
  // To look at them: REFNET_TEST_SCREENSHOTS=DIR keeps the maps, the page and its screenshot.
  if (const char* keep = std::getenv("REFNET_TEST_SCREENSHOTS")) {
    std::ofstream(std::string(keep) + "/maps.png", std::ios::binary) << slurp(tmp / "maps.png");
    std::ofstream(std::string(keep) + "/maps.html", std::ios::binary) << page.str();
  }
  Image img = decode_png(slurp(tmp / "maps.png"));
  REQUIRE(img.height == 900 * kPictures.size());
  for (std::size_t k = 0; k < kPictures.size(); ++k) {
    const Picture& p = kPictures[k];
    INFO(p.nodes << " nodes, " << p.view << " view");
    long labels = body_data(dom, "labels" + std::to_string(k)), overlaps = body_data(dom, "overlaps" + std::to_string(k));
    double variance = luminance_variance(img, std::uint32_t(900 * k), std::uint32_t(900 * (k + 1)));
    INFO(labels << " labels, " << overlaps << " overlapping pairs, luminance variance " << variance);
    CHECK(variance > 300);
    CHECK(labels >= std::min<long>(long(p.nodes) / 2, 40));
    CHECK(overlaps <= 2);
  }
  // The canvas used: 35 % wanted at 2,000 nodes (issue 17), met at 300.  The
  // 50-node map is two hubs each with its rare terms, drawn out into a tall
  // shape that a wide canvas cannot fill (measured 0.25).
  for (auto& [size, n] : maps) {
    INFO(size << " nodes: the central 90 % span " << central_span(*n, kPlotWidth, kPlotHeight) << " of the canvas");
    CHECK(central_span(*n, kPlotWidth, kPlotHeight) >= (size >= 300 ? 0.35 : 0.2));
  }
}

TEST_CASE("HTML viewer: every view drawn, more labels on zoom-in, arrowheads and 'citations' on citation maps", "[graph][chromium]") {
  TempDir tmp;
  const Network& n = analysed_map(2000);
  // Each view in turn, drawn at once; then zoomed in 4x around the centre.
  // The canvas's own pixels give the luminance variance (no screenshot).
  std::string driver = R"JS(<script>
  window.addEventListener('load', function () {
    var v = window.refnetViewer, b = document.body.dataset, c = document.getElementById('map');
    function variance() {
      var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, s = 0, q = 0, n = d.length / 4;
      for (var i = 0; i < d.length; i += 4) {
        var l = d[i + 3] ? 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2] : 255;
        s += l; q += l * l;
      }
      return Math.round(q / n - (s / n) * (s / n));
    }
    ['cluster', 'overlay-year', 'overlay-citations', 'density'].forEach(function (view, k) {
      v.setView(view); v.draw();
      b['labels' + k] = b.labels; b['variance' + k] = variance();
      b['scale' + k] = document.getElementById('scale').style.display === 'block' ? 1 : 0;
    });
    v.setView('cluster'); v.draw();
    var before = +b.labels;
    c.dispatchEvent(new WheelEvent('wheel', { clientX: 480, clientY: 450, deltaY: -925, bubbles: true, cancelable: true }));
    v.draw();
    b.zoomedLabels = b.labels;
    b.ticks = document.getElementById('ticks').textContent;
  });
  </script>)JS";
  { std::ofstream(tmp / "viewer.html") << render(write_html, n) << driver; }
  std::string dom = run_chromium("file://" + (tmp / "viewer.html"), "--dump-dom", tmp);
  for (int k = 0; k < 4; ++k) {
    INFO("view " << k << ": " << body_data(dom, "labels" + std::to_string(k)) << " labels, variance "
                 << body_data(dom, "variance" + std::to_string(k)));
    CHECK(body_data(dom, "variance" + std::to_string(k)) > 300);
    CHECK(body_data(dom, "labels" + std::to_string(k)) >= 40);
    CHECK(body_data(dom, "scale" + std::to_string(k)) == (k == 0 ? 0 : 1));
  }
  INFO("labels: " << body_data(dom, "labels0") << " at the fitted view, " << body_data(dom, "zoomed-labels") << " zoomed in");
  CHECK(body_data(dom, "zoomed-labels") > body_data(dom, "labels0"));

  // A citation map says "citations" and draws arrowheads.
  Network c = small_network();
  c.type = "citation";
  c.directed = true;
  std::string svg = render(write_svg, c);
  CHECK(svg.find("marker-end=\"url(#arrow)\"") != std::string::npos);
  CHECK(svg.find("10 citations") != std::string::npos);
  CHECK(svg.find("Arrows: citations") != std::string::npos);
  CHECK(svg.find(" links") == std::string::npos);
  std::string html = render(write_html, c);
  CHECK(html.find("Arrows: citations") != std::string::npos);
}

TEST_CASE("Overlay and density views in SVG: a colour bar with its scale, a heat map image", "[graph]") {
  Network n = small_network();
  n.nodes[8].avg_year = 0;  // no year: grey, said in the legend
  std::ostringstream overlay, density, citations;
  write_svg(overlay, n, PictureOptions{"overlay", "year"});
  write_svg(density, n, PictureOptions{"density", "year"});
  std::ostringstream uncounted;  // no node has a citation count: the records gave none
  write_svg(uncounted, n, PictureOptions{"overlay", "citations"});
  CHECK(uncounted.str().find("No citation counts in these records") != std::string::npos);
  CHECK(uncounted.str().find("fill=\"#bdbdbd\"><title>e-government") != std::string::npos);
  n.nodes[0].avg_citations = 120;
  write_svg(citations, n, PictureOptions{"overlay", "citations"});
  std::string o = overlay.str(), d = density.str(), c = citations.str();
  CHECK(o.find("Average publication year") != std::string::npos);
  CHECK(o.find("class=\"colour-bar\"") != std::string::npos);
  // Years 2011.5 .. 2021 known; the 5th and 95th percentiles end the scale.
  CHECK(o.find(">\xE2\x89\xA4" "2012<") != std::string::npos);
  CHECK(o.find(">\xE2\x89\xA5" "2021<") != std::string::npos);
  CHECK(o.find("Grey: no score (1 nodes)") != std::string::npos);
  CHECK(o.find("fill=\"#bdbdbd\"><title>h-index") != std::string::npos);
  CHECK(c.find("Average citations") != std::string::npos);
  CHECK(c.find("No citation counts") == std::string::npos);
  CHECK(d.find("<image ") != std::string::npos);
  CHECK(d.find("href=\"data:image/png;base64,iVBORw0KGgo") != std::string::npos);
  CHECK(d.find("<circle cx") == std::string::npos);  // the heat map, labels on top, no circles
  CHECK(d.find(">e-government</text>") != std::string::npos);
}

// ---- the command line ------------------------------------------------------

TEST_CASE("refnet network --view, --overlay, --layout vos and -o map.png on the pyBibX WoS export", "[graph][chromium]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("corpora/pybibx__wos.bib") + "'").status == 0);
  auto network = [&](const std::string& args) { return run_refnet("network " + args + " --library '" + lib + "'"); };

  // Keywords: VOS mapping by default; WoS Times-Cited reaches the overlay.
  auto r = network("keywords --field both --overlay citations --json -o '" + (tmp / "kw.svg") + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::string svg = slurp(tmp / "kw.svg");
  CHECK(r.out.find("VOS layout") != std::string::npos);  // in the description
  CHECK(svg.find("data-view=\"overlay\"") != std::string::npos);
  CHECK(svg.find("Average citations") != std::string::npos);
  CHECK(svg.find("No citation counts") == std::string::npos);

  // Citation network: arrowheads, "citations"; --layout vos on request.
  r = network("citation --layout vos --view density --json -o '" + (tmp / "cit.svg") + "'");
  REQUIRE(r.status == 0);
  svg = slurp(tmp / "cit.svg");
  CHECK(r.out.find("VOS layout") != std::string::npos);
  CHECK(svg.find("data-view=\"density\"") != std::string::npos);
  CHECK(svg.find(" citations</tspan></text>") != std::string::npos);  // the subtitle's last line
  r = network("citation -o '" + (tmp / "cit.html") + "'");
  REQUIRE(r.status == 0);
  CHECK(slurp(tmp / "cit.html").find("\"directed\":true") != std::string::npos);

  r = network("keywords --view heat -o '" + (tmp / "x.svg") + "'");
  CHECK(r.status != 0);
  CHECK(r.err.find("--view is cluster, overlay or density, not 'heat'") != std::string::npos);
  r = network("keywords --overlay age -o '" + (tmp / "x.svg") + "'");
  CHECK(r.status != 0);
  CHECK(r.err.find("--overlay is year or citations") != std::string::npos);

  // PNG through Chromium; without it, an error that says so and no file.
  r = network("keywords -o '" + (tmp / "kw.png") + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  // Twice the SVG's size, for slides.
  Image img = decode_png(slurp(tmp / "kw.png"));
  CHECK(img.width == 2560);
  CHECK(img.height == 1800);
  CHECK(luminance_variance(img, 0, img.height) > 300);
  ::setenv("REFNET_CHROMIUM", (tmp / "no-such-chromium").c_str(), 1);
  r = network("keywords -o '" + (tmp / "none.png") + "'");
  ::unsetenv("REFNET_CHROMIUM");
  CHECK(r.status != 0);
  CHECK(r.err.find("refnet network: error: PNG output is rendered by headless Chromium, which is not installed") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp / "none.png"));
}
