// More maps reviewers expect (issue 17): keyword folding (--fold), term maps
// from titles and abstracts, the thematic map, the historiograph, keyword
// trends and bursts, and collaboration by country and institution.
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "graph_networks.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::keywords_doc;
using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {

// A work whose title and abstract gave these noun phrases.
NetworkDoc terms_doc(std::int64_t id, std::vector<std::string> terms) {
  NetworkDoc d = keywords_doc(id, {});
  d.terms = std::move(terms);
  return d;
}

const NetworkNode* find_node(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return &x;
  return nullptr;
}

// Each keyword list is one document; the map's node ids, sorted.
std::set<std::string> node_ids(const std::vector<std::vector<std::string>>& lists, Fold fold = Fold::full) {
  std::vector<NetworkDoc> docs;
  for (std::size_t i = 0; i < lists.size(); ++i) docs.push_back(keywords_doc(std::int64_t(i + 1), lists[i]));
  NetworkOptions o;
  o.fold = fold;
  Network n = build_keywords(docs, o);
  std::set<std::string> ids;
  for (const auto& x : n.nodes) ids.insert(x.id);
  return ids;
}

}  // namespace

TEST_CASE("--fold full merges the plurals English writes with -es, -ies and -yses with their singular", "[maps]") {
  CHECK(node_ids({{"process", "processes"}}) == std::set<std::string>{"k:process"});
  CHECK(node_ids({{"approach"}, {"approaches"}}) == std::set<std::string>{"k:approach"});
  CHECK(node_ids({{"virus"}, {"Viruses"}}) == std::set<std::string>{"k:virus"});
  CHECK(node_ids({{"meta-analysis"}, {"meta-analyses"}}) == std::set<std::string>{"k:meta analysis"});
  CHECK(node_ids({{"case study"}, {"case studies"}}) == std::set<std::string>{"k:case study"});
  CHECK(node_ids({{"case"}, {"cases"}}) == std::set<std::string>{"k:case"});
  CHECK(node_ids({{"neural network"}, {"neural networks"}}) == std::set<std::string>{"k:neural network"});
  CHECK(node_ids({{"hypothesis"}, {"hypotheses"}}) == std::set<std::string>{"k:hypothesis"});
  // Only when both forms occur: a plural alone stays as written.
  CHECK(node_ids({{"processes"}}) == std::set<std::string>{"k:processes"});
}

TEST_CASE("--fold full leaves acronyms, -us, -is and invariant words alone", "[maps]") {
  // AIDS, the disease, is no plural of "aid"; GIS ends in -is; bus, status in -us.
  CHECK(node_ids({{"AIDS"}, {"aid"}}) == std::set<std::string>{"k:aid", "k:aids"});
  CHECK(node_ids({{"HIV/AIDS"}, {"HIV/aid"}}) == std::set<std::string>{"k:hiv aid", "k:hiv aids"});
  // WoS Keywords Plus write everything in capitals: there "MODELS" is the plural of "MODEL".
  CHECK(node_ids({{"MODELS"}, {"MODEL"}}) == std::set<std::string>{"k:model"});
  CHECK(node_ids({{"CELLS"}, {"CELL"}}) == std::set<std::string>{"k:cell"});
  // ... and "SMEs" is the plural of "SME".
  CHECK(node_ids({{"SME"}, {"SMEs"}}) == std::set<std::string>{"k:sme"});
  CHECK(node_ids({{"GIS"}, {"gi"}}) == std::set<std::string>{"k:gi", "k:gis"});
  CHECK(node_ids({{"bus"}, {"bu"}}) == std::set<std::string>{"k:bu", "k:bus"});
  CHECK(node_ids({{"status"}, {"statu"}}) == std::set<std::string>{"k:statu", "k:status"});
  CHECK(node_ids({{"time series"}, {"time sery"}, {"time serie"}}) ==
        std::set<std::string>{"k:time serie", "k:time series", "k:time sery"});
  CHECK(node_ids({{"species"}, {"specie"}}) == std::set<std::string>{"k:specie", "k:species"});
  CHECK(node_ids({{"analysis"}, {"analysi"}}) == std::set<std::string>{"k:analysi", "k:analysis"});
}

TEST_CASE("--fold full keeps + and # after a word: C++, C# and C are three languages", "[maps]") {
  CHECK(node_ids({{"C++", "C#", "C"}}) == std::set<std::string>{"k:c", "k:c#", "k:c++"});
  CHECK(keyword_key("Visual C++ programming") == "visual c++ programming");
  CHECK(keyword_key("C++/C#") == "c++ c#");
  CHECK(keyword_key("a + b") == "a b");
  CHECK(keyword_key("E-Government") == "e government");
  CHECK(keyword_key("Müller's law") == "muller s law");
}

TEST_CASE("--fold case folds case only, --fold none nothing; neither merges plurals", "[maps]") {
  std::vector<std::vector<std::string>> lists = {{"Network", "E-Government", "Müller"},
                                                 {"network", "e government", "Muller"},
                                                 {"networks", "NETWORK"}};
  CHECK(node_ids(lists, Fold::full) == std::set<std::string>{"k:network", "k:e government", "k:muller"});
  CHECK(node_ids(lists, Fold::case_only) ==
        std::set<std::string>{"k:network", "k:networks", "k:e-government", "k:e government", "k:müller", "k:muller"});
  CHECK(node_ids(lists, Fold::none) == std::set<std::string>{"k:Network", "k:network", "k:networks", "k:NETWORK",
                                                             "k:E-Government", "k:e government", "k:Müller",
                                                             "k:Muller"});
  CHECK(parse_fold("case") == Fold::case_only);
  CHECK_THROWS_AS(parse_fold("plural"), NetworkError);
}

// ---------------------------------------------------------------------------
// Term maps

TEST_CASE("noun phrases: runs of adjectives and nouns between stop words and verbs, ending in a noun", "[maps]") {
  auto p = noun_phrases(
      "We propose a novel multi-criteria decision analysis method for supplier selection. The results show that "
      "fuzzy sets clearly improve the robustness of rankings in 2019. \xC2\xA9 2019 Elsevier Ltd. All rights reserved.");
  CHECK(p == std::vector<std::string>{"multi-criteria decision analysis method", "supplier selection", "results",
                                      "fuzzy sets", "robustness", "rankings"});
  // A phrase cannot end in an adjective: "neural" is cut, "networks are" stops at the verb.
  CHECK(noun_phrases("Deep neural networks are widely used; the model is neural.") ==
        std::vector<std::string>{"Deep neural networks", "model"});
  // Longer runs are glued phrases, not one: dropped.
  CHECK(noun_phrases("supply chain risk management performance measurement system").empty());
  CHECK(noun_phrases("(C) 2020 The Authors").empty());
}

TEST_CASE("term relevance: a term co-occurring with every cluster alike scores lowest", "[maps]") {
  // Clusters 0 (terms 0, 1, 2) and 1 (terms 3, 4, 5); term 6 is in every document.
  std::vector<std::vector<std::uint32_t>> docs = {{0, 1, 2, 6}, {0, 1, 2, 6}, {3, 4, 5, 6}, {3, 4, 5, 6}};
  std::vector<double> r = term_relevance(docs, {0, 0, 0, 1, 1, 1, 0});
  for (int i = 0; i < 6; ++i) CHECK(r[6] < r[std::size_t(i)]);
  // Term 0: 4 of its 6 co-occurrences in cluster 0 (terms 1, 2), 2 with term 6 (cluster 0): all in cluster 0.
  // Overall: cluster 0 gets 2*(3*3) + 2*(3*1) = 24 of 48 co-occurrence ends... by hand: p0 = 30/48.
  CHECK(r[0] == Approx(std::log(48.0 / 30.0)));
}

TEST_CASE("a term map: phrases counted once per document, plurals folded, the least relevant left out", "[maps]") {
  std::vector<NetworkDoc> docs;
  for (int i = 0; i < 4; ++i) docs.push_back(terms_doc(i + 1, {"neural networks", "image", "training", "method", "neural network"}));
  for (int i = 4; i < 8; ++i) docs.push_back(terms_doc(i + 1, {"supplier", "fuzzy set", "ranking", "method", "methods"}));
  NetworkOptions o;
  o.relevance_share = 1.0;
  Network all = build_terms(docs, o);
  CHECK(all.type == "terms");
  CHECK(all.nodes.size() == 7);
  REQUIRE(find_node(all, "t:neural network"));
  CHECK(find_node(all, "t:neural network")->occurrences == 4);  // once per document, both spellings
  CHECK(find_node(all, "t:method")->occurrences == 8);
  o.relevance_share = 6.0 / 7.0;
  Network kept = build_terms(docs, o);
  CHECK(kept.nodes.size() == 6);
  CHECK_FALSE(find_node(kept, "t:method"));  // in every document: the general term
  CHECK(kept.description.find("the 6 most relevant of 7 terms") != std::string::npos);
}

// ---------------------------------------------------------------------------
// Thematic map

TEST_CASE("thematic map: Callon centrality and density per cluster, quadrants on their ranks", "[maps]") {
  // Four clusters of two nodes: internal link weights 4, 3, 1, 0.5; external
  // links 0-1 (0.2), 0-2 (1), 2-3 (0.1), 1-2 (0.4), 0-3 (0.3).
  Network n;
  n.type = "keywords";
  for (int i = 0; i < 8; ++i) {
    NetworkNode v;
    v.id = "k:" + std::to_string(i);
    v.label = "t" + std::to_string(i);
    v.cluster = i / 2;
    v.occurrences = 10 - i;
    n.nodes.push_back(v);
  }
  auto add = [&](std::uint32_t a, std::uint32_t b, double w) {
    NetworkLink l;
    l.source = a;
    l.target = b;
    l.weight = w;
    n.links.push_back(l);
  };
  add(0, 1, 4), add(2, 3, 3), add(4, 5, 1), add(6, 7, 0.5);
  add(0, 2, 0.2), add(1, 4, 1), add(5, 6, 0.1), add(3, 4, 0.4), add(0, 7, 0.3);
  for (int c = 0; c < 4; ++c) {
    NetworkCluster cl;
    cl.id = c;
    cl.size = 2;
    cl.top_nodes = {std::uint32_t(2 * c), std::uint32_t(2 * c + 1)};
    n.clusters.push_back(cl);
  }
  auto themes = thematic_map(n, 2);
  REQUIRE(themes.size() == 4);
  CHECK(themes[0].label == "t0; t1");
  CHECK(themes[0].centrality == Approx(10 * (0.2 + 1 + 0.3)));  // 15
  CHECK(themes[1].centrality == Approx(10 * (0.2 + 0.4)));      // 6
  CHECK(themes[2].centrality == Approx(10 * (1 + 0.1 + 0.4)));  // 15
  CHECK(themes[3].centrality == Approx(10 * (0.1 + 0.3)));      // 4
  CHECK(themes[0].density == Approx(100 * 4 / 2.0));
  CHECK(themes[3].density == Approx(100 * 0.5 / 2.0));
  CHECK(themes[0].centrality_rank == 3.5);  // tied with cluster 2
  CHECK(themes[2].centrality_rank == 3.5);
  CHECK(themes[0].density_rank == 4);
  CHECK(themes[0].quadrant == "motor");                   // central and dense
  CHECK(themes[1].quadrant == "niche");                   // dense (rank 3), peripheral (rank 2)
  CHECK(themes[2].quadrant == "basic");                   // central, sparse (rank 2)
  CHECK(themes[3].quadrant == "emerging or declining");  // neither
  CHECK(themes[0].occurrences == 19);
  std::ostringstream svg, csv;
  write_thematic_svg(svg, themes, "test");
  write_thematic_csv(csv, themes);
  CHECK(svg.str().find("Motor themes") != std::string::npos);
  CHECK(svg.str().find(">t0</text>") != std::string::npos);
  CHECK(csv.str().find("1,t0; t1,2,19,15,200,3.5,4,motor\n") != std::string::npos);

  // Every bubble inside the plot's frame (the first <rect> after the
  // background), and a long description wrapped within the picture: a real
  // map drew its largest bubble across the frame and its subtitle past both
  // edges.
  std::ostringstream wide;
  write_thematic_svg(wide, themes, std::string(400, 'x').replace(100, 1, " ").replace(200, 1, " ").replace(300, 1, " "));
  const std::string s = wide.str();
  auto attr = [&](std::size_t at, const std::string& name) {
    std::size_t b = s.find(" " + name + "=\"", at) + name.size() + 3;
    return std::stod(s.substr(b, s.find('"', b) - b));
  };
  std::size_t frame = s.find("<rect x=");
  REQUIRE(frame != std::string::npos);
  const double fx = attr(frame, "x"), fy = attr(frame, "y"), fw = attr(frame, "width"), fh = attr(frame, "height");
  int circles = 0;
  for (std::size_t at = s.find("<circle"); at != std::string::npos; at = s.find("<circle", at + 1)) {
    ++circles;
    const double cx = attr(at, "cx"), cy = attr(at, "cy"), r = attr(at, "r");
    CHECK(cx - r >= fx - 0.1);
    CHECK(cx + r <= fx + fw + 0.1);
    CHECK(cy - r >= fy - 0.1);
    CHECK(cy + r <= fy + fh + 0.1);
  }
  CHECK(circles == 4);
  int lines = 0;
  for (const char* tag : {"<text", "<tspan"})
    for (std::size_t at = s.find(tag); at != std::string::npos; at = s.find(tag, at + 1)) {
      std::size_t b = s.find('>', at) + 1;
      CHECK(s.find('<', b) - b <= 160);  // no line of text longer than the picture holds
      lines += s.compare(b, 10, "xxxxxxxxxx") == 0;
    }
  CHECK(lines == 2);  // the description: two lines, the second cut with an ellipsis
  CHECK(s.find("x\xE2\x80\xA6</tspan>") != std::string::npos);
}

// ---------------------------------------------------------------------------
// Trends and bursts

TEST_CASE("Kleinberg bursts: a run of years well above the base rate is one burst; a flat series none", "[maps]") {
  std::vector<double> d(7, 20), r = {1, 1, 1, 10, 10, 1, 1};
  std::vector<double> w;
  auto b = kleinberg_bursts(r, d, 2, 1, &w);
  REQUIRE(b.size() == 1);
  CHECK(b[0] == std::make_pair(std::size_t(3), std::size_t(4)));
  REQUIRE(w.size() == 1);
  CHECK(w[0] > 0);
  CHECK(kleinberg_bursts({2, 2, 2, 2, 2, 2}, {20, 20, 20, 20, 20, 20}, 2, 1, &w).empty());
  // A higher gamma makes a short burst too costly to enter.
  CHECK(kleinberg_bursts({1, 1, 1, 6, 1, 1, 1}, d, 2, 1, &w).size() == 1);
  CHECK(kleinberg_bursts({1, 1, 1, 6, 1, 1, 1}, d, 2, 8, &w).empty());
  // One year at twice the rate (4 of 20 against 10 of 140) saves less than entering costs (ln 7).
  CHECK(kleinberg_bursts({1, 1, 1, 4, 1, 1, 1}, d, 2, 1, &w).empty());
}

TEST_CASE("keyword trends: documents per keyword and year, and the keyword's bursts in years", "[maps]") {
  std::vector<NetworkDoc> docs;
  std::int64_t id = 1;
  for (int year = 2010; year <= 2019; ++year)
    for (int k = 0; k < 10; ++k) {
      std::vector<std::string> kw = {"trust"};
      if ((year == 2015 || year == 2016) && k < 8) kw.push_back("blockchain");
      else if (k == 0) kw.push_back("blockchain");
      docs.push_back(keywords_doc(id++, kw, year));
    }
  std::vector<std::vector<std::uint32_t>> node_docs;
  NetworkOptions o;
  o.node_documents = &node_docs;
  Network n = build_keywords(docs, o);
  REQUIRE(node_docs.size() == n.nodes.size());
  auto ty = term_years(n, node_docs, docs);
  const NetworkNode* bc = find_node(n, "k:blockchain");
  REQUIRE(bc);
  std::uint32_t b = std::uint32_t(bc - n.nodes.data());
  std::size_t in_2015 = 0;
  for (const auto& t : ty)
    if (t.node == b && t.year == 2015) in_2015 = t.documents;
  CHECK(in_2015 == 8);
  auto bursts = keyword_bursts(n, node_docs, docs);
  REQUIRE(bursts.size() == 1);  // "trust" is in every document: no burst
  CHECK(bursts[0].node == b);
  CHECK(bursts[0].start == 2015);
  CHECK(bursts[0].end == 2016);
  std::ostringstream csv, svg;
  write_bursts_csv(csv, n, bursts);
  CHECK(csv.str().rfind("term,id,start,end,weight\nblockchain,k:blockchain,2015,2016,", 0) == 0);
  write_bursts_svg(svg, n, bursts, 2010, 2019);
  CHECK(svg.str().find(">blockchain</text>") != std::string::npos);
}

// ---------------------------------------------------------------------------
// Historiograph

TEST_CASE("historiograph: the most locally cited works and the citations among them, placed by year", "[maps]") {
  auto work = [](std::int64_t id, int year, std::string doi, std::vector<std::string> cites) {
    NetworkDoc d;
    d.id = id;
    d.year = year;
    d.doi = doi;
    d.label = "W" + std::to_string(id) + " (" + std::to_string(year) + ")";
    for (auto& c : cites) {
      Reference r;
      r.doi = c;
      d.references.push_back(r);
    }
    return d;
  };
  // 10.1/a cited 3 times, b twice, c once, d never.
  std::vector<NetworkDoc> docs = {work(1, 2000, "10.1/a", {}), work(2, 2002, "10.1/b", {"10.1/a"}),
                                  work(3, 2002, "10.1/c", {"10.1/a", "10.1/b"}),
                                  work(4, 2005, "10.1/d", {"10.1/a", "10.1/b", "10.1/c"})};
  NetworkOptions o;
  o.top = 2;
  Network n = build_historiograph(docs, o);
  CHECK(n.type == "historiograph");
  CHECK(n.directed);
  REQUIRE(n.nodes.size() == 2);
  CHECK(n.nodes[0].label == "W1 (2000)");
  CHECK(n.nodes[0].x == 2000);
  CHECK(n.nodes[1].x == 2002);
  REQUIRE(n.links.size() == 1);  // b cites a
  CHECK(n.nodes[n.links[0].source].label == "W2 (2002)");
  o.top = 0;  // default 30: every work cited at least once
  n = build_historiograph(docs, o);
  CHECK(n.nodes.size() == 3);
  CHECK(n.links.size() == 3);  // b cites a, c cites a and b; d, cited by none, is not in the map
  std::ostringstream svg;
  write_historiograph_svg(svg, n);
  CHECK(svg.str().find("marker-end=\"url(#arrow)\"") != std::string::npos);
  CHECK(svg.str().find(">2002</text>") != std::string::npos);
  CHECK(svg.str().find(">W3 (2002)</text>") != std::string::npos);

  // A cited work without a year (a seed page's "n.d." article) stood in a
  // column labelled "0", left of every year: it is "n.d.", after them.
  docs.push_back(work(5, 0, "10.1/e", {}));
  docs[3].references.push_back(docs[3].references[0]);
  docs[3].references.back().doi = "10.1/e";
  n = build_historiograph(docs, o);
  REQUIRE(n.nodes.size() == 4);
  std::ostringstream undated;
  write_historiograph_svg(undated, n);
  const std::string u = undated.str();
  CHECK(u.find(">0</text>") == std::string::npos);
  std::size_t nd = u.find(">n.d.</text>"), y2002 = u.find(">2002</text>");
  REQUIRE(nd != std::string::npos);
  REQUIRE(y2002 != std::string::npos);
  CHECK(nd > y2002);  // the last column
}

// newuser34's finding 23 (abhikumar WoS+Scopus, `network historiograph -o hist.svg`):
// columns 150 px apart whatever the labels, so "Haettenschwiler et al. (2010)"
// ran into "Haettenschwiler et al. (2011)" of the next year's column, and a
// long description ran past the picture's right edge on a small graph.
// The labels and years below are those of that picture's top rows.
TEST_CASE("historiograph SVG: a row per year, its works side by side as wide as the widest label, the description wrapped", "[maps]") {
  Network n;
  n.type = "historiograph";
  n.directed = true;
  n.description = "historiograph: the 30 most locally cited of 227 works (98 cited by the others at least once), "
                  "75 citations among them, laid out by year, 5 clusters (leiden modularity, resolution 1, seed 0)";
  auto node = [&](std::string label, int year, int row) {
    NetworkNode v;
    v.id = "w" + std::to_string(n.nodes.size());
    v.label = std::move(label);
    v.x = year;
    v.y = row;
    v.local_citations = 1;
    n.nodes.push_back(v);
  };
  node("Wieder et al. (2009)", 2009, 0);
  node("Haettenschwiler et al. (2010)", 2010, 0);
  node("Haettenschwiler et al. (2011)", 2011, 0);
  node("Constantinides et al. (1994)", 1994, 0);
  n.links.push_back({2, 1, 1, 1, {}});
  n.links.push_back({2, 3, 1, 1, {}});  // 2011 -> 1994: a long arc, bent below the row
  std::ostringstream out;
  write_historiograph_svg(out, n);
  const std::string svg = out.str();
  auto number_after = [&](const std::string& what, std::size_t from) {
    std::size_t at = svg.find(what, from);
    REQUIRE(at != std::string::npos);
    return std::stod(svg.substr(at + what.size()));
  };
  const double W = number_after("viewBox=\"0 0 ", 0);  // the picture's width and height
  const double H = number_after(" ", svg.find("viewBox=\"0 0 ") + 13);
  // A row per year (HistCite's layout, session 43): the picture is as wide as
  // the most works of one year, not as all its years.  Years side by side made
  // pybibx's 18 years 2,717 px wide, its labels 4 px in a 1200 px window.
  CHECK(W <= 600);
  // Each label (right of its circle): 10 px text, at least 0.55 em a character.
  struct Box {
    double left, right, top, bottom;
  };
  std::vector<Box> boxes;
  for (const auto& v : n.nodes) {
    std::size_t at = svg.find(">" + v.label + "</text>");
    REQUIRE(at != std::string::npos);
    std::size_t x_at = svg.rfind("<text x=\"", at);
    double x = std::stod(svg.substr(x_at + 9));
    double y = number_after("y=\"", x_at);
    const double w = 0.55 * 10 * double(v.label.size());
    const bool centred = svg.substr(x_at, at - x_at).find("text-anchor=\"middle\"") != std::string::npos;
    boxes.push_back({centred ? x - w / 2 : x, centred ? x + w / 2 : x + w, y - 10, y + 2});
  }
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const Box& b = boxes[i];
    CHECK(b.left >= 0);
    CHECK(b.right <= W);
    CHECK(b.bottom <= H);
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const Box& o = boxes[j];
      INFO(n.nodes[i].label << " / " << n.nodes[j].label);
      CHECK((b.right < o.left || o.right < b.left || b.bottom < o.top || o.bottom < b.top));
    }
  }
  // The years down the left, oldest first.
  auto year_y = [&](const char* year) {
    std::size_t at = svg.find(std::string(">") + year + "</text>");
    REQUIRE(at != std::string::npos);
    return number_after("y=\"", svg.rfind("<text x=\"", at));
  };
  CHECK(year_y("1994") < year_y("2009"));
  CHECK(year_y("2009") < year_y("2010"));
  CHECK(year_y("2010") < year_y("2011"));
  // Every line of the description (11 px) inside the picture.
  std::size_t from = svg.find("font-size=\"11\"");
  REQUIRE(from != std::string::npos);
  std::string all;
  while (from != std::string::npos) {
    std::size_t b = svg.find('>', from) + 1, e = svg.find("</text>", b);
    std::string line = svg.substr(b, e - b);
    all += (all.empty() ? "" : " ") + line;
    CHECK(40 + 0.55 * 11 * double(line.size()) <= W);
    from = svg.find("font-size=\"11\"", e);
  }
  CHECK(all == n.description);
  // The arcs (2011 -> 2010, 2011 -> 1994, down one place) bend left of the
  // labels, right of the years: the long one passes the rows of 2009 and
  // 2010 without crossing their labels.
  double years_right = 0;
  for (const char* year : {"1994", "2009", "2010", "2011"}) {
    std::size_t at = svg.find(std::string(">") + year + "</text>");
    years_right = std::max(years_right, number_after("<text x=\"", svg.rfind("<text x=\"", at)));
  }
  double labels_left = W;
  for (const Box& b : boxes) labels_left = std::min(labels_left, b.left);
  std::size_t p = svg.find("<path d=\"M ");
  int arcs = 0;
  while ((p = svg.find("<path d=\"M ", p + 1)) != std::string::npos) {
    std::istringstream in(svg.substr(p + 11, 80));
    double sx, sy, cx, cy, tx, ty;
    char q;
    in >> sx >> sy >> q >> cx >> cy >> tx >> ty;
    ++arcs;
    for (double t : {0.25, 0.5, 0.75}) {
      const double x = (1 - t) * (1 - t) * sx + 2 * (1 - t) * t * cx + t * t * tx;
      CHECK(x > years_right);
      CHECK(x < labels_left);
    }
  }
  CHECK(arcs == 2);
}

// ---------------------------------------------------------------------------
// Countries and institutions

TEST_CASE("affiliations: the country an address ends with, by the names sources write", "[maps]") {
  CHECK(affiliation_country("Univ Lisbon, Inst Super Tecn, CEG IST, Av Rovisco Pais 1, P-1049001 Lisbon, Portugal.") ==
        "Portugal");
  CHECK(affiliation_country("[Li, X; Wang, Y] Tsinghua Univ, Dept Ind Engn, Beijing 100084, Peoples R China") == "China");
  CHECK(affiliation_country("Univ Portsmouth, Ctr Operat Res, Portsmouth, Hants, England.") == "United Kingdom");
  CHECK(affiliation_country("Harvard Med Sch, Boston, MA 02115 USA") == "United States");
  CHECK(affiliation_country("Department of Surgery, Harvard Medical School, Boston, MA, USA. Electronic address: "
                            "a.b@hms.harvard.edu.") == "United States");
  CHECK(affiliation_country("Seoul Natl Univ, Seoul 08826, South Korea") == "South Korea");
  CHECK(affiliation_country("KAIST, Daejeon, Republic of Korea") == "South Korea");
  CHECK(affiliation_country("Univ Tehran, Tehran, Iran") == "Iran");
  CHECK(affiliation_country("Universidade Federal de Campina Grande, Sumé, 258, Brazil") == "Brazil");
  CHECK(affiliation_country("Univ New Mexico, Albuquerque, New Mexico") == "");  // a US state, not Mexico
  CHECK(affiliation_country("Monash Univ, Clayton, Vic 3800, Australia") == "Australia");
  CHECK(affiliation_country("Some Lab, Somewhere") == "");
}

TEST_CASE("affiliations: the institution is the first part naming a university, else an institute", "[maps]") {
  CHECK(affiliation_institution("Dept Comp Sci, Univ Oxford, Oxford, England") == "Univ Oxford");
  CHECK(affiliation_institution("Department of Economics and Business, University of Catania, Catania, Italy") ==
        "University of Catania");
  CHECK(affiliation_institution("Greco, Salvatore, Univ Catania, Dept Econ & Business, Catania, Italy.") ==
        "Univ Catania");
  CHECK(affiliation_institution("INSERM U123, Hop Necker, Paris, France") == "INSERM U123");
  CHECK(affiliation_institution("Max Planck Inst Biochem, Martinsried, Germany") == "Max Planck Inst Biochem");
  CHECK(affiliation_institution("Paris, France") == "");
}

TEST_CASE("country collaboration: co-occurrence by work, single- and multi-country works", "[maps]") {
  auto doc = [](std::int64_t id, std::vector<std::string> countries) {
    NetworkDoc d;
    d.id = id;
    d.year = 2020;
    d.countries = std::move(countries);
    return d;
  };
  std::vector<NetworkDoc> docs = {doc(1, {"United States", "China", "United States"}), doc(2, {"United States"}),
                                  doc(3, {"United States", "United Kingdom"}), doc(4, {"China"}), doc(5, {})};
  Network n = build_countries(docs, NetworkOptions{});
  CHECK(n.type == "countries");
  REQUIRE(find_node(n, "c:united states"));
  CHECK(find_node(n, "c:united states")->occurrences == 3);
  CHECK(find_node(n, "c:united states")->label == "United States");
  CHECK(n.links.size() == 2);
  auto rows = country_collaboration(docs);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].country == "United States");
  CHECK(rows[0].works == 3);
  CHECK(rows[0].single == 1);
  CHECK(rows[0].multi == 2);
  CHECK(rows[1].country == "China");
  CHECK(rows[1].single == 1);
  std::ostringstream csv;
  write_country_collaboration_csv(csv, rows);
  CHECK(csv.str() == "country,works,single_country,multi_country,multi_country_ratio\nUnited States,3,1,2,0.667\n"
                     "China,1,1,0,0\n");
}

TEST_CASE("WoS BibTeX: Keywords-Plus and Affiliation are read without their braces and LaTeX (pyBibX wos.bib)",
          "[maps]") {
  // The importer keeps unknown BibTeX fields raw in extra: "{COMPENSATORY
  // ...; WEIGHTS}", "Dept Econ \& Business".  Keyword maps showed
  // "{ELECTRE-TRI METHOD" and "SET}" as terms of their own.
  auto parsed = refnet::test::parse_file(fixture("corpora/pybibx__wos.bib"));
  REQUIRE(parsed.records.size() == 236);
  const Record& r = parsed.records.front();
  NetworkDocParts parts = NetworkDocParts::for_type("keywords");
  NetworkDoc d = network_doc(1, r, parts);
  REQUIRE(d.index_keywords.size() == 6);
  CHECK(d.index_keywords.front() == "COMPENSATORY COMPOSITE INDICATORS");
  CHECK(d.index_keywords.back() == "WEIGHTS");
  auto affiliations = record_affiliations(r);
  REQUIRE(affiliations.size() == 4);  // the corresponding author's line repeats another
  CHECK(affiliations[0] == "Greco, Salvatore, Univ Catania, Dept Econ & Business, Catania, Italy.");
  CHECK(affiliations[3] ==
        "Greco, Salvatore, Univ Portsmouth, Ctr Operat Res & Logist CORL, Portsmouth Business Sch, Portsmouth, Hants, "
        "England.");
  NetworkDoc a = network_doc(1, r, NetworkDocParts::for_type("countries"));
  CHECK(a.countries == std::vector<std::string>{"Italy", "France", "Portugal", "United Kingdom"});
  CHECK(a.institutions == std::vector<std::string>{"Univ Catania", "Univ Paris 09", "Univ Lisbon", "Univ Portsmouth"});
}

// ---------------------------------------------------------------------------
// End to end, on the pyBibX WoS export (236 works with abstracts, Keywords
// Plus, affiliations and cited references).

TEST_CASE("refnet network terms, historiograph and countries on a real WoS export, with --thematic and --trends",
          "[maps]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  auto network = [&](const std::string& args) { return run_refnet("network " + args + " --library " + q(lib)); };

  auto terms = network("terms --json --thematic " + q(tmp / "theme.svg") + " --trends " + q(tmp / "trends.csv") +
                       " -o " + q(tmp / "terms.graphml"));
  INFO(terms.err);
  REQUIRE(terms.status == 0);
  // 236 works with text: terms of at least 8 (1 in 30), the 92 most relevant (60 %); 5036 terms
  // and 90 before spelling_joins ("multicriteria" = "multi-criteria").
  CHECK(terms.err.find("refnet network: 4997 terms; kept the 92 most relevant of those found in at least 8 works (the "
                       "minimum: 1 in 30 of the 236 works with text, from 2 to VOSviewer's 10); --min-occurrences N or "
                       "--top N to choose") != std::string::npos);
  auto theme = slurp(tmp / "theme.csv");
  CHECK(theme.rfind("cluster,label,nodes,occurrences,centrality,density,centrality_rank,density_rank,quadrant\n", 0) == 0);
  CHECK(slurp(tmp / "theme.svg").find("Motor themes") != std::string::npos);
  CHECK(slurp(tmp / "trends.csv").rfind("term,id,year,documents\n", 0) == 0);
  CHECK(slurp(tmp / "trends_bursts.csv").find("\nGIS,t:gis,2014,2015,") != std::string::npos);
  CHECK(slurp(tmp / "trends_bursts.svg").find(">GIS</text>") != std::string::npos);
  // Two outputs of one name are refused before anything is written.
  auto clash = network("terms --thematic " + q(tmp / "t.svg") + " --trends " + q(tmp / "t.csv"));
  CHECK(clash.status != 0);
  CHECK(clash.err.find("two outputs would be written to") != std::string::npos);

  auto hist = network("historiograph --summary -o " + q(tmp / "hist.svg"));
  INFO(hist.err);
  REQUIRE(hist.status == 0);
  CHECK(hist.err.find("historiograph network: 30 nodes, 156 links") != std::string::npos);  // Mousseau 2004 cited as 2003
  auto svg = slurp(tmp / "hist.svg");
  CHECK(svg.find("marker-end=\"url(#arrow)\"") != std::string::npos);
  CHECK(svg.find(">1998</text>") != std::string::npos);
  CHECK(hist.out.find("Mousseau & Slowinski (1998)") != std::string::npos);  // two authors (user67)

  auto countries = network("countries --country-table " + q(tmp / "scp.csv") + " -o " + q(tmp / "countries.gexf"));
  INFO(countries.err);
  REQUIRE(countries.status == 0);
  auto scp = slurp(tmp / "scp.csv");
  CHECK(scp.rfind("country,works,single_country,multi_country,multi_country_ratio\nFrance,37,19,18,0.486\n"
                  "Portugal,34,24,10,0.294\n", 0) == 0);
  CHECK(slurp(tmp / "countries.gexf").find("United Kingdom") != std::string::npos);
  auto usage = network("keywords --fold plural -o " + q(tmp / "k.csv"));
  CHECK(usage.status != 0);
  CHECK(usage.err.find("unknown folding 'plural' (none, case, full)") != std::string::npos);
}
