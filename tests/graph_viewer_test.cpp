// The two pictures: the SVG map (read as XML, its geometry checked) and the
// HTML viewer, opened in a real headless Chromium (Debian's chromium, which
// .ci/install-deps installs): the page reports what it drew in
// <body data-drawn data-links-drawn data-matches>, read with --dump-dom, and
// a screenshot is decoded (png_support.hpp) to find the cluster
// colours on screen.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <sstream>

#include "graph_networks.hpp"
#include "refnet/network.hpp"
#include "chromium_support.hpp"
#include "png_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {


std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++count;
  return count;
}

// Pixels of exactly each colour ("#rrggbb").
std::map<std::string, std::size_t> count_colors(const Image& img, const std::vector<std::string>& colors) {
  std::map<std::string, std::size_t> counts;
  for (const auto& c : colors) counts[c] = 0;
  char buf[8];
  for (std::size_t i = 0; i + 2 < img.rgb.size(); i += 3) {
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", img.rgb[i], img.rgb[i + 1], img.rgb[i + 2]);
    auto it = counts.find(buf);
    if (it != counts.end()) ++it->second;
  }
  return counts;
}

const std::vector<std::string> kFirstColors = {"#d62728", "#2ca02c", "#1f77b4", "#bcbd22",
                                               "#9467bd", "#17becf", "#ff7f0e", "#8c564b"};

}  // namespace

// ---- SVG -------------------------------------------------------------------

TEST_CASE("SVG map: title, one circle per node coloured by cluster, area by occurrences, legend", "[graph]") {
  Network n = small_network();
  std::string svg = render(write_svg, n);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  pugi::xml_node root = doc.child("svg");
  CHECK(std::string(root.attribute("viewBox").value()) == "0 0 1280 900");
  CHECK(std::string(root.find_child_by_attribute("text", "font-weight", "bold").text().get()) ==
        "Keyword co-occurrence map");

  // Node circles carry a <title>; legend swatches do not.
  std::map<std::string, pugi::xml_node> circles;
  for (auto g : root.children("g"))
    for (auto c : g.children("circle"))
      if (c.child("title")) circles[c.child("title").text().get()] = c;
  REQUIRE(circles.size() == 9);
  CHECK(std::string(circles["e-government"].attribute("fill").value()) == "#d62728");
  CHECK(std::string(circles["machine learning"].attribute("fill").value()) == "#2ca02c");
  CHECK(std::string(circles["bibliometrics"].attribute("fill").value()) == "#1f77b4");
  CHECK(std::string(circles["AT&T <labs>"].attribute("fill").value()) == "#2ca02c");
  // Radius follows sqrt(occurrences) above a floor: 12 > 9 > 1.
  double r12 = circles["e-government"].attribute("r").as_double(), r9 = circles["machine learning"].attribute("r").as_double(),
         r1 = circles["h-index"].attribute("r").as_double();
  CHECK(r12 > r9);
  CHECK(r9 > r1);
  // The layout fills the plot area: leftmost and rightmost nodes near its edges.
  double left = circles["open data, \"linked\""].attribute("cx").as_double();
  double right = circles["AT&T <labs>"].attribute("cx").as_double();
  CHECK(left < 120);
  CHECK(right > 840);
  CHECK(right < 960);
  // The layout's y points up: bibliometrics (y = -1.3) is below e-government (y = 0.2).
  CHECK(circles["bibliometrics"].attribute("cy").as_double() > circles["e-government"].attribute("cy").as_double());

  // Every node of a small map gets its label; the legend lists clusters by label.
  std::vector<std::string> labels;
  for (auto g : root.children("g"))
    if (std::string(g.attribute("text-anchor").value()) == "middle")
      for (auto t : g.children("text")) labels.push_back(t.text().get());
  CHECK(labels.size() == 9);
  for (const auto& v : n.nodes) CHECK(std::find(labels.begin(), labels.end(), v.label) != labels.end());
  CHECK(svg.find(">machine learning <tspan fill=\"#888\">(3)</tspan></text>") != std::string::npos);
}

TEST_CASE("SVG map of 2,000 nodes: strongest 3,000 links, labels that do not overlap, all inside the canvas", "[graph]") {
  Network n = generated_network(2000, 8);
  std::string svg = render(write_svg, n);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  pugi::xml_node root = doc.child("svg");
  std::size_t lines = 0, circles = 0;
  double weakest_drawn = 1e9;
  for (auto g : root.children("g")) {
    for (auto l : g.children("line")) {
      ++lines;
      weakest_drawn = std::min(weakest_drawn, l.attribute("stroke-width").as_double());
    }
    for (auto c : g.children("circle")) {
      if (!c.child("title")) continue;
      ++circles;
      double x = c.attribute("cx").as_double(), y = c.attribute("cy").as_double(), r = c.attribute("r").as_double();
      CHECK((x - r >= 0 && x + r <= 960 && y - r >= 60 && y + r <= 900));
    }
  }
  CHECK(lines == 3000);
  CHECK(circles == 2000);
  CHECK(svg.find("Links: the 3000 strongest of 6000") != std::string::npos);

  // Labels: boxes estimated as the writer does (0.58 em a character) never meet.
  struct Box {
    double x0, y0, x1, y1;
  };
  std::vector<Box> boxes;
  for (auto g : root.children("g")) {
    if (std::string(g.attribute("text-anchor").value()) != "middle") continue;
    for (auto t : g.children("text")) {
      double fs = t.attribute("font-size").as_double(), x = t.attribute("x").as_double(),
             y = t.attribute("y").as_double() - fs * 0.35;
      double w = 0.58 * fs * std::strlen(t.text().get()), h = fs * 1.15;
      boxes.push_back({x - w / 2, y - h / 2, x + w / 2, y + h / 2});
    }
  }
  CHECK(boxes.size() > 40);
  CHECK(boxes.size() <= 120);
  std::size_t overlaps = 0;
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j)
      if (boxes[i].x0 < boxes[j].x1 - 0.2 && boxes[j].x0 < boxes[i].x1 - 0.2 && boxes[i].y0 < boxes[j].y1 - 0.2 &&
          boxes[j].y0 < boxes[i].y1 - 0.2)
        ++overlaps;
  CHECK(overlaps == 0);
  // Eight clusters in the legend, by their labels.
  for (int c = 1; c <= 8; ++c) CHECK(svg.find(">topic " + std::to_string(c) + " <tspan") != std::string::npos);
}

TEST_CASE("SVG map rendered by Chromium shows every cluster colour", "[graph][chromium]") {
  TempDir tmp;
  { std::ofstream(tmp / "map.svg") << render(write_svg, generated_network(2000, 8)); }
  run_chromium("file://" + (tmp / "map.svg"), "--screenshot='" + (tmp / "map.png") + "'", tmp);
  Image img = decode_png(slurp(tmp / "map.png"));
  CHECK(img.width == 1200);
  CHECK(img.height == 900);
  for (const auto& [color, count] : count_colors(img, kFirstColors)) {
    INFO(color);
    CHECK(count > 300);
  }
}

// ---- HTML viewer -----------------------------------------------------------

TEST_CASE("HTML viewer: one self-contained file, nothing fetched, labels cannot end the script", "[graph]") {
  Network n = small_network();
  n.nodes[2].label = "</script><script>alert(1)</script>";
  std::string html = render(write_html, n);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(occurrences(html, "</script>") == 2);  // the data block and the code
  CHECK(html.find("\\u003c/script>\\u003cscript>alert(1)") != std::string::npos);
  for (const char* outside : {"<link", " src=", "url(", "@import", "http://", "https://", "XMLHttpRequest", "fetch("})
    CHECK(html.find(outside) == std::string::npos);
  // The page forbids itself any request.
  CHECK(html.find("content=\"default-src 'none'") != std::string::npos);
  // Only the strongest 20,000 links are embedded.
  Network big = generated_network(8000, 10);
  std::string page = render(write_html, big);
  CHECK(page.find("\"totalLinks\":" + std::to_string(big.links.size())) != std::string::npos);
  std::size_t at = page.find("\"links\":[");
  REQUIRE(at != std::string::npos);
  std::size_t commas = 0;
  for (std::size_t i = at + 9; page[i] != ']'; ++i) commas += page[i] == ',';
  CHECK(commas + 1 == 3 * 20000);
}

TEST_CASE("HTML viewer in headless Chromium draws every node and link of a 2,000-node map", "[graph][chromium]") {
  TempDir tmp;
  Network n = generated_network(2000, 8);
  { std::ofstream(tmp / "viewer.html") << render(write_html, n); }
  std::string dom = run_chromium("file://" + (tmp / "viewer.html"), "--dump-dom", tmp);
  CHECK(body_data(dom, "drawn") == 2000);
  CHECK(body_data(dom, "links-drawn") == 6000);
  CHECK(body_data(dom, "matches") == -1);  // no search yet

  run_chromium("file://" + (tmp / "viewer.html"), "--screenshot='" + (tmp / "viewer.png") + "'", tmp);
  Image img = decode_png(slurp(tmp / "viewer.png"));
  CHECK(img.width == 1200);
  CHECK(img.height == 900);
  for (const auto& [color, count] : count_colors(img, kFirstColors)) {
    INFO(color);
    CHECK(count > 300);
  }
}

TEST_CASE("HTML viewer: a search highlights the matching labels", "[graph][chromium]") {
  TempDir tmp;
  Network n = generated_network(2000, 8);
  { std::ofstream(tmp / "viewer.html") << render(write_html, n); }
  // "term 19", "term 190".."term 199", "term 1900".."term 1999".
  std::string dom = run_chromium("file://" + (tmp / "viewer.html") + "#q=term%2019", "--dump-dom", tmp);
  CHECK(body_data(dom, "matches") == 111);
  CHECK(body_data(dom, "drawn") == 2000);
  CHECK(dom.find("111 matches") != std::string::npos);
}

TEST_CASE("HTML viewer: 5,000 nodes and a small map with hostile labels are drawn whole", "[graph][chromium]") {
  TempDir tmp;
  Network big = generated_network(5000, 12);
  { std::ofstream(tmp / "big.html") << render(write_html, big); }
  std::string dom = run_chromium("file://" + (tmp / "big.html"), "--dump-dom", tmp);
  CHECK(body_data(dom, "drawn") == 5000);
  CHECK(body_data(dom, "links-drawn") == 15000);

  Network small = small_network();
  small.nodes[2].label = "</script><script>document.body.dataset.drawn=-5</script>";
  { std::ofstream(tmp / "small.html") << render(write_html, small); }
  dom = run_chromium("file://" + (tmp / "small.html"), "--dump-dom", tmp);
  CHECK(body_data(dom, "drawn") == 9);
  CHECK(body_data(dom, "links-drawn") == 10);
}

TEST_CASE("HTML viewer: hover shows a node's details, the wheel zooms, dragging pans, a resize keeps the view", "[graph][chromium]") {
  TempDir tmp;
  Network n = small_network();
  // Synthetic events as a user's: hover node 0, then zoom in around node 3,
  // then drag; each step leaves what it saw on <body>.
  std::string driver = R"JS(<script>
  window.addEventListener('load', function () {
    var c = document.getElementById('map'), v = window.refnetViewer, b = document.body.dataset;
    function at(type, xy, extra) {
      var e = new MouseEvent(type, Object.assign({ clientX: xy[0], clientY: xy[1], bubbles: true }, extra || {}));
      c.dispatchEvent(e);
    }
    var p0 = v.position(0);
    at('mousemove', p0);
    b.tip = document.getElementById('tip').textContent;
    b.tipShown = document.getElementById('tip').style.display === 'block' ? 1 : 0;
    var p3 = v.position(3);
    c.dispatchEvent(new WheelEvent('wheel', { clientX: p3[0], clientY: p3[1], deltaY: -600, bubbles: true, cancelable: true }));
    var q3 = v.position(3), q0 = v.position(0);
    b.anchorMoved = Math.round(Math.abs(q3[0] - p3[0]) + Math.abs(q3[1] - p3[1]));
    b.zoomSpread = Math.round(Math.hypot(q3[0] - q0[0], q3[1] - q0[1]) / Math.hypot(p3[0] - p0[0], p3[1] - p0[1]) * 100);
    at('mousedown', [600, 450]); at('mousemove', [650, 430]); at('mouseup', [650, 430]);
    var r3 = v.position(3);
    b.panX = Math.round(r3[0] - q3[0]); b.panY = Math.round(r3[1] - q3[1]);
    window.dispatchEvent(new Event('resize'));
    var s3 = v.position(3);
    b.resizeMoved = Math.round(Math.abs(s3[0] - r3[0]) + Math.abs(s3[1] - r3[1]));
  });
  </script>)JS";
  { std::ofstream(tmp / "viewer.html") << render(write_html, n) << driver; }
  std::string dom = run_chromium("file://" + (tmp / "viewer.html"), "--dump-dom", tmp);
  CHECK(body_data(dom, "tip-shown") == 1);
  std::size_t at = dom.find("data-tip=\"");
  REQUIRE(at != std::string::npos);
  std::string tip = dom.substr(at + 10, dom.find('"', at + 10) - at - 10);
  CHECK(tip.find("e-government") == 0);
  CHECK(tip.find("Cluster1 \xC2\xB7 e-government") != std::string::npos);
  CHECK(tip.find("Occurrences12") != std::string::npos);
  CHECK(tip.find("Year2016.5") != std::string::npos);
  CHECK(tip.find("Degree3") != std::string::npos);
  CHECK(tip.find("Documents6") != std::string::npos);  // 11 12 15 19, 12 13, 40: 12 counted once
  // Zoom keeps the point under the pointer (within the pointer's rounding to
  // whole pixels) and spreads the map out.
  CHECK(body_data(dom, "anchor-moved") <= 2);
  CHECK(body_data(dom, "zoom-spread") > 150);
  CHECK(body_data(dom, "pan-x") == 50);
  CHECK(body_data(dom, "pan-y") == -20);
  // A resize used to fit the map again, throwing away the user's zoom and pan.
  CHECK(body_data(dom, "resize-moved") == 0);
}
