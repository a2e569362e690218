// Maps a reviewer can read (task maps11): the HTML viewer sizes circles by
// the pictures' rule (at most 12 % of the plot inked), term maps leave out
// terms of too few abstracts for their corpus.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "chromium_support.hpp"
#include "graph_networks.hpp"
#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// One node far larger than the rest and 239 large ones on a grid: uncapped,
// their circles would cover a quarter of the plot.
Network crowded_network() {
  Network n;
  n.type = "keywords";
  n.description = "crowded test network";
  for (int i = 0; i < 240; ++i)
    n.nodes.push_back(keyword("term " + std::to_string(i), i % 4, i == 0 ? 5000 : 1500 + i, 2015, i % 16, i / 16));
  for (std::uint32_t i = 1; i < 240; ++i) n.links.push_back(link(i - 1, i, 1, 1, {std::int64_t(i)}));
  return n;
}

// The node circles' radii of an SVG map, by node ("term I" is node I).
std::vector<double> svg_radii(const std::string& svg, std::size_t count) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  std::vector<double> radii(count, -1);
  for (auto g : doc.child("svg").children("g"))
    for (auto c : g.children("circle"))
      if (c.child("title")) radii.at(std::stoul(std::string(c.child("title").text().get()).substr(5))) = c.attribute("r").as_double();
  return radii;
}

// The Scopus CSV and the WoS savedrecs of the new-user pass, one library,
// as a term map reads them (titles and abstracts).
std::vector<NetworkDoc> scopus_and_wos_terms() {
  std::vector<NetworkDoc> docs;
  for (const char* f : {"corpora/poultrybibliometric__scopus.csv", "corpora/decolonizing-expertise__savedrecs.txt"})
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type("terms")));
  return docs;
}

std::vector<double> numbers(const std::string& csv) {
  std::vector<double> out;
  std::stringstream in(csv);
  for (std::string cell; std::getline(in, cell, ',');) out.push_back(std::stod(cell));
  return out;
}

}  // namespace

TEST_CASE("HTML viewer: circles by the pictures' rule, together at most 12 % of the plot", "[maps11][chromium]") {
  Network n = crowded_network();
  const double pi = 3.14159265358979;

  // The SVG (and the PNG drawn from it): 940 x 792 px plot.
  std::vector<double> svg = svg_radii(render(write_svg, n), n.nodes.size());
  REQUIRE(std::count(svg.begin(), svg.end(), -1.0) == 0);
  double svg_ink = 0;
  for (double r : svg) svg_ink += pi * r * r;
  CHECK(svg_ink <= 0.12 * 940 * 792 * 1.01);  // radii are written to 0.1 px

  // The viewer in a 1200 x 900 window: its plot is the canvas less 40 + 290
  // px across and 50 + 30 px down.  The page reports every radius it draws
  // with, and the canvas's size.
  std::string driver = R"JS(<script>
  window.addEventListener('load', function () {
    var v = window.refnetViewer, radii = [];
    for (var j = 0; j < v.count; j++) radii.push(v.radius(j).toFixed(3));
    document.body.dataset.radii = radii.join(',');
    var c = document.getElementById('map');
    document.body.dataset.width = c.clientWidth;
    document.body.dataset.height = c.clientHeight;
  });
  </script>)JS";
  TempDir tmp;
  { std::ofstream(tmp / "viewer.html") << render(write_html, n) << driver; }
  std::string dom = run_chromium("file://" + (tmp / "viewer.html"), "--dump-dom", tmp);
  std::size_t at = dom.find("data-radii=\"");
  REQUIRE(at != std::string::npos);
  std::vector<double> html = numbers(dom.substr(at + 12, dom.find('"', at + 12) - at - 12));
  REQUIRE(html.size() == 240);
  const double plot = double(body_data(dom, "width") - 40 - 290) * double(body_data(dom, "height") - 50 - 30);
  CHECK(plot < 940 * 792);  // smaller than the SVG's: the viewer shrinks its circles
  double html_ink = 0;
  for (double r : html) html_ink += pi * r * r;
  INFO("viewer ink " << html_ink / plot << ", SVG ink " << svg_ink / (940 * 792));
  CHECK(html_ink <= 0.12 * plot * 1.01);
  // One rule: the viewer's circles are the SVG's, shrunk alike for its
  // smaller plot; the huge node is the largest in both.
  const double shrink = std::sqrt(plot / (940.0 * 792.0));
  for (std::size_t i = 0; i < html.size(); ++i) {
    INFO("node " << i << ": SVG " << svg[i] << ", viewer " << html[i]);
    CHECK(std::abs(html[i] - svg[i] * shrink) < 0.1);
  }
  CHECK(*std::max_element(html.begin(), html.end()) == html[0]);
}

TEST_CASE("term_min_occurrences: one work in 30, from 2 to VOSviewer's 10", "[maps11]") {
  CHECK(term_min_occurrences(0) == 2);
  CHECK(term_min_occurrences(29) == 2);
  CHECK(term_min_occurrences(60) == 2);
  CHECK(term_min_occurrences(61) == 3);
  CHECK(term_min_occurrences(119) == 4);
  CHECK(term_min_occurrences(300) == 10);
  CHECK(term_min_occurrences(5000) == 10);
}

TEST_CASE("term map of real abstracts: terms of two or three abstracts are no nodes; the description says so", "[maps11]") {
  auto docs = scopus_and_wos_terms();
  REQUIRE(docs.size() == 119);
  NetworkOptions o;
  o.type = "terms";
  o.max_nodes = 1000;  // as the command line
  o.scaled_min_occurrences = true;
  Network n = build_terms(docs, o);
  std::size_t with_text = std::count_if(docs.begin(), docs.end(), [](const NetworkDoc& d) { return !d.terms.empty(); });
  const std::size_t min = term_min_occurrences(with_text);
  CHECK(min == 4);
  CHECK(n.min_occurrences == min);
  for (const auto& v : n.nodes) {
    INFO(v.label);
    CHECK(v.occurrences >= double(min));
  }
  CHECK(n.nodes.size() > 20);
  CHECK(n.description.find(" terms of fewer than 4 works left out (the minimum: 1 in 30 of the " +
                           std::to_string(with_text) + " works with text, from 2 to VOSviewer's 10)") !=
        std::string::npos);
  // A minimum given is kept (--min-occurrences 2).
  o.scaled_min_occurrences = false;
  o.min_occurrences = 2;
  o.max_nodes = 0;
  Network two = build_terms(docs, o);
  CHECK(two.min_occurrences == 2);
  CHECK(two.description.find("left out") == std::string::npos);
}

TEST_CASE("an empty map says why in its plot, in the SVG and in the viewer", "[maps11][chromium]") {
  Network n;
  n.type = "cocitation";
  n.description = "co-citation network of works cited at least once, from 119 works";
  // The lines of the SVG's message, joined.
  auto said = [](const Network& net) {
    std::string svg = render(write_svg, net), text;
    pugi::xml_document doc;
    REQUIRE(doc.load_string(svg.c_str()));
    for (auto g : doc.child("svg").children("g"))
      if (std::string(g.attribute("class").value()) == "empty")
        for (auto t : g.children("text")) text += std::string(text.empty() ? "" : " ") + t.text().get();
    return text;
  };
  CHECK(said(n) == "No work of this selection is cited by one of it: --over references maps the cited references, "
                   "those outside the library too.");
  Network terms;
  terms.type = "terms";
  terms.candidates = 812;
  terms.min_occurrences = 10;
  CHECK(said(terms) == "None of the 812 terms occurs in at least 10 works: try a lower --min-occurrences.");
  terms.candidates = 0;
  CHECK(said(terms) == "No work of this selection has terms (noun phrases of a title or abstract).");
  CHECK(said(small_network()).empty());  // a map with nodes says nothing of the kind
  Network often = n;
  often.min_occurrences = 50;  // --min-occurrences 50: works are cited, not so often
  CHECK(said(often) == "Nothing is cited 50 times by this selection: try a lower --min-occurrences.");
  // A library without reference lists (a new user's six-database search,
  // `network cocitation --over references`): the map said to use the option
  // just used.  It says what is missing, from the builders' own account.
  std::vector<NetworkDoc> bare(3);
  for (std::size_t i = 0; i < bare.size(); ++i) bare[i].id = std::int64_t(i + 1);
  NetworkOptions over;
  over.type = "cocitation";
  over.over_references = true;
  Network none = build_cocitation(bare, over);
  CHECK(none.no_references);
  CHECK(said(none) == "No work of this selection has a cited reference (WoS CR, Scopus References): import exports "
                      "that carry them, or 'refnet enrich' to fetch them from Crossref.");
  over.type = "coupling";
  CHECK(said(build_coupling(bare, over)) == said(none));
  CHECK_FALSE(n.no_references);  // a selection with references that cites none of its own keeps its message

  TempDir tmp;
  { std::ofstream(tmp / "viewer.html") << render(write_html, n); }
  std::string dom = run_chromium("file://" + (tmp / "viewer.html"), "--dump-dom", tmp);
  CHECK(dom.find("<div id=\"empty\" style=\"display: block;\">No work of this selection is cited by one of it") !=
        std::string::npos);
}

TEST_CASE("SVG keyword map of real exports in Chromium: no two labels overlap as drawn", "[maps11][chromium]") {
  // The Scopus CSV and WoS savedrecs' author keywords; the page measures
  // each label as Chromium draws it (getBBox) and counts the pairs whose
  // boxes meet by more than a pixel each way.  Widths of 0.58 em a
  // character were less than DejaVu Sans draws: a pair overlapped.
  std::vector<NetworkDoc> docs;
  for (const char* f : {"corpora/poultrybibliometric__scopus.csv", "corpora/decolonizing-expertise__savedrecs.txt"})
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type("keywords")));
  Network n = build_keywords(docs, NetworkOptions{});
  AnalysisOptions a;
  a.seed = 1;
  analyse_network(n, a);
  std::string svg = render(write_svg, n);
  svg = svg.substr(svg.find("<svg"));
  std::string page = "<!DOCTYPE html><html><body style=\"margin:0\">" + svg + R"JS(<script>
  var boxes = [];
  document.querySelectorAll('svg > g[text-anchor="middle"] > text').forEach(function (t) { boxes.push(t.getBBox()); });
  var pairs = 0;
  for (var i = 0; i < boxes.length; i++)
    for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i], b = boxes[j];
      if (a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height) pairs++;
    }
  document.body.dataset.labels = boxes.length;
  document.body.dataset.overlaps = pairs;
  </script></body></html>)JS";
  TempDir tmp;
  { std::ofstream(tmp / "map.html") << page; }
  std::string dom = run_chromium("file://" + (tmp / "map.html"), "--dump-dom", tmp);
  CHECK(body_data(dom, "labels") > 60);
  CHECK(body_data(dom, "overlaps") == 0);
}
