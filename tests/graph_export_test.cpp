// The graph writers (exporters/graph_*.cpp): every file format read back by
// the tools it is for where one is at hand (igraph reads GraphML, GML and
// Pajek; pugixml parses the XML; nlohmann reads the VOSviewer JSON) and the
// values checked field by field on a hand-built network.
#include <catch2/catch.hpp>
#include <igraph.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "graph_networks.hpp"
#include "refnet/network.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {


std::vector<std::string> lines(const std::string& text, const char* eol = "\n") {
  std::vector<std::string> out;
  std::size_t pos = 0, len = std::strlen(eol);
  while (pos < text.size()) {
    std::size_t end = text.find(eol, pos);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + len;
  }
  return out;
}

// A graph read by igraph's C readers with its C attribute handler switched
// on for the duration (refnet itself runs without one).
struct IgraphRead {
  igraph_t g;
  bool ok = false;
  igraph_attribute_table_t* previous;
  enum Kind { graphml, gml, pajek };
  IgraphRead(const std::string& text, Kind kind) {
    previous = igraph_set_attribute_table(&igraph_cattribute_table);
    FILE* f = fmemopen(const_cast<char*>(text.data()), text.size(), "r");
    igraph_error_t rc = IGRAPH_FAILURE;
    if (f) {
      if (kind == graphml) rc = igraph_read_graph_graphml(&g, f, 0);
      else if (kind == gml) rc = igraph_read_graph_gml(&g, f);
      else rc = igraph_read_graph_pajek(&g, f);
      std::fclose(f);
    }
    ok = rc == IGRAPH_SUCCESS;
  }
  ~IgraphRead() {
    if (ok) igraph_destroy(&g);
    igraph_set_attribute_table(previous);
  }
  std::string vs(const char* name, igraph_integer_t v) const { return VAS(&g, name, v); }
  double vn(const char* name, igraph_integer_t v) const { return VAN(&g, name, v); }
  std::string es(const char* name, igraph_integer_t e) const { return EAS(&g, name, e); }
  double en(const char* name, igraph_integer_t e) const { return EAN(&g, name, e); }
};

Network directed_network() {
  Network n = small_network();
  n.type = "citation";
  n.directed = true;
  return n;
}

}  // namespace

TEST_CASE("GraphML: well-formed, every attribute declared, igraph reads nodes, links and values back", "[graph]") {
  Network n = small_network();
  std::string xml = render(write_graphml, n);

  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node graph = doc.child("graphml").child("graph");
  CHECK(std::string(graph.attribute("edgedefault").value()) == "undirected");
  CHECK(std::distance(graph.children("node").begin(), graph.children("node").end()) == 9);
  CHECK(std::distance(graph.children("edge").begin(), graph.children("edge").end()) == 10);
  // Node ids are the network's own.
  CHECK(std::string(graph.child("node").attribute("id").value()) == "k:e-government");

  IgraphRead r(xml, IgraphRead::graphml);
  REQUIRE(r.ok);
  CHECK(igraph_vcount(&r.g) == 9);
  CHECK(igraph_ecount(&r.g) == 10);
  CHECK_FALSE(igraph_is_directed(&r.g));
  CHECK(std::string(GAS(&r.g, "type")) == "keywords");
  CHECK(r.vs("label", 0) == "e-government");
  CHECK(r.vs("label", 1) == "open data, \"linked\"");
  CHECK(r.vs("label", 4) == "AT&T <labs>");
  CHECK(r.vs("label", 7) == "citation analysis \xC3\xA9tude");
  CHECK(r.vs("kind", 3) == "keyword");
  CHECK(r.vs("cluster_label", 3) == "machine learning");
  CHECK(r.vn("cluster", 3) == 1);
  CHECK(r.vn("cluster", 8) == 2);
  CHECK(r.vn("occurrences", 0) == 12);
  CHECK(r.vn("pagerank", 0) == Approx(0.21));
  CHECK(r.vn("betweenness", 0) == Approx(14.5));
  CHECK(r.vn("avg_year", 1) == 2018.25);
  CHECK(r.vn("x", 1) == -1.4);
  CHECK(r.vn("y", 7) == -1.6);
  CHECK(r.en("weight", 0) == 4);  // the count; the normalised value its own attribute
  CHECK(r.en("normalized_weight", 0) == 2.5);
  CHECK(r.es("documents", 0) == "11 12 15 19");
  CHECK(r.es("documents", 4) == "21 23 24 25 26");
  igraph_integer_t from, to;
  igraph_edge(&r.g, 9, &from, &to);
  CHECK(((from == 2 && to == 6) || (from == 6 && to == 2)));
}

TEST_CASE("GraphML: a directed network, and nodes without distinct ids get n0, n1, ...", "[graph]") {
  Network n = directed_network();
  n.nodes[3].id = n.nodes[2].id;  // a duplicate id
  std::string xml = render(write_graphml, n);
  CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
  CHECK(xml.find("<node id=\"n3\">") != std::string::npos);
  IgraphRead r(xml, IgraphRead::graphml);
  REQUIRE(r.ok);
  CHECK(igraph_is_directed(&r.g));
  igraph_integer_t from, to;
  igraph_edge(&r.g, 9, &from, &to);
  CHECK(from == 2);
  CHECK(to == 6);
}

TEST_CASE("GML: igraph reads nodes, links and attributes, quotes and ampersands survive", "[graph]") {
  std::string gml = render(write_gml, small_network());
  CHECK(gml.find("label \"open data, &quot;linked&quot;\"") != std::string::npos);
  IgraphRead r(gml, IgraphRead::gml);
  REQUIRE(r.ok);
  CHECK(igraph_vcount(&r.g) == 9);
  CHECK(igraph_ecount(&r.g) == 10);
  CHECK_FALSE(igraph_is_directed(&r.g));
  CHECK(r.vs("name", 0) == "k:e-government");
  CHECK(r.vs("label", 1) == "open data, \"linked\"");
  CHECK(r.vs("label", 4) == "AT&T <labs>");
  // GML is ASCII: networkx refuses anything else and decodes &#NNNN;;
  // igraph 0.10's reader gives numeric entities back verbatim.
  CHECK(gml.find("label \"citation analysis &#233;tude\"") != std::string::npos);
  CHECK(r.vs("label", 7) == "citation analysis &#233;tude");
  CHECK(r.vn("cluster", 5) == 1);
  CHECK(r.vn("occurrences", 3) == 9);
  CHECK(r.vn("avgyear", 2) == 2015);
  CHECK(r.vn("pagerank", 0) == Approx(0.21));
  CHECK(r.vn("x", 4) == 1.5);
  CHECK(r.en("weight", 3) == 2);
  CHECK(r.es("documents", 6) == "31 32 33");

  IgraphRead d(render(write_gml, directed_network()), IgraphRead::gml);
  REQUIRE(d.ok);
  CHECK(igraph_is_directed(&d.g));
}

TEST_CASE("Pajek: .net as igraph reads it (labels, coordinates in [0,1], edges or arcs, weights), .clu 1-based", "[graph]") {
  Network n = small_network();
  std::string net = render(write_pajek, n);
  CHECK(net == slurp(fixture("graph/small.net")));
  IgraphRead r(net, IgraphRead::pajek);
  REQUIRE(r.ok);
  CHECK(igraph_vcount(&r.g) == 9);
  CHECK(igraph_ecount(&r.g) == 10);
  CHECK_FALSE(igraph_is_directed(&r.g));
  CHECK(r.vs("id", 1) == "open data, 'linked'");  // Pajek cannot quote a quote
  CHECK(r.vs("id", 7) == "citation analysis \xC3\xA9tude");
  CHECK(r.vn("x", 1) == 0);  // leftmost node
  CHECK(r.vn("x", 4) == 1);  // rightmost node
  CHECK(r.vn("y", 8) == 1);  // lowest node, Pajek's y points down
  CHECK(r.en("weight", 0) == 4);  // counts, not the normalised weights (2.5, 0.25)
  CHECK(r.en("weight", 8) == 1);

  std::string arcs = render(write_pajek, directed_network());
  CHECK(arcs.find("\n*Arcs\n1 2 4\n") != std::string::npos);
  IgraphRead d(arcs, IgraphRead::pajek);
  REQUIRE(d.ok);
  CHECK(igraph_is_directed(&d.g));

  n.nodes[8].cluster = -1;
  CHECK(render(write_pajek_clusters, n) == "*Vertices 9\n1\n1\n1\n2\n2\n2\n3\n3\n0\n");
}

TEST_CASE("GEXF 1.2draft: well-formed, attributes declared and given, viz position/size/colour", "[graph]") {
  Network n = small_network();
  std::string xml = render(write_gexf, n);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  pugi::xml_node gexf = doc.child("gexf");
  CHECK(std::string(gexf.attribute("version").value()) == "1.2");
  CHECK(std::string(gexf.attribute("xmlns").value()) == "http://www.gexf.net/1.2draft");
  CHECK(std::string(gexf.attribute("xmlns:viz").value()) == "http://www.gexf.net/1.2draft/viz");
  pugi::xml_node graph = gexf.child("graph");
  CHECK(std::string(graph.attribute("defaultedgetype").value()) == "undirected");
  CHECK(graph.find_child_by_attribute("attributes", "class", "node")
            .find_child_by_attribute("attribute", "id", "avg_year")
            .attribute("type")
            .value() == std::string("double"));

  std::vector<pugi::xml_node> nodes;
  for (auto v : graph.child("nodes").children("node")) nodes.push_back(v);
  REQUIRE(nodes.size() == 9);
  CHECK(std::string(nodes[1].attribute("label").value()) == "open data, \"linked\"");
  CHECK(std::string(nodes[4].attribute("label").value()) == "AT&T <labs>");
  auto att = [](pugi::xml_node v, const char* key) {
    return std::string(v.child("attvalues").find_child_by_attribute("attvalue", "for", key).attribute("value").value());
  };
  CHECK(att(nodes[0], "cluster") == "0");
  CHECK(att(nodes[0], "cluster_label") == "e-government");
  CHECK(att(nodes[0], "pagerank") == "0.21");
  CHECK(att(nodes[1], "avg_year") == "2018.25");
  CHECK(att(nodes[1], "doi").empty());  // empty values are left out

  // Colours: one per cluster, the same for every node of the cluster.
  auto color = [](pugi::xml_node v) {
    pugi::xml_node c = v.child("viz:color");
    return std::string(c.attribute("r").value()) + "," + c.attribute("g").value() + "," + c.attribute("b").value();
  };
  CHECK(color(nodes[0]) == color(nodes[2]));
  CHECK(color(nodes[3]) == color(nodes[5]));
  CHECK(color(nodes[0]) != color(nodes[3]));
  CHECK(color(nodes[3]) != color(nodes[6]));
  CHECK(color(nodes[0]) == "214,39,40");
  // Size grows with occurrences (12 > 9 > 1).
  auto size = [](pugi::xml_node v) { return v.child("viz:size").attribute("value").as_double(); };
  CHECK(size(nodes[0]) > size(nodes[3]));
  CHECK(size(nodes[3]) > size(nodes[8]));
  CHECK(nodes[1].child("viz:position").attribute("x").as_double() == -1.4);
  CHECK(nodes[7].child("viz:position").attribute("y").as_double() == -1.6);

  std::vector<pugi::xml_node> edges;
  for (auto e : graph.child("edges").children("edge")) edges.push_back(e);
  REQUIRE(edges.size() == 10);
  CHECK(std::string(edges[0].attribute("source").value()) == "k:e-government");
  CHECK(std::string(edges[0].attribute("target").value()) == "k:open data, \"linked\"");
  CHECK(edges[0].attribute("weight").as_double() == 4);
  CHECK(att(edges[0], "normalized_weight") == "2.5");
  CHECK(att(edges[4], "documents") == "21 23 24 25 26");

  CHECK(render(write_gexf, directed_network()).find("defaultedgetype=\"directed\"") != std::string::npos);
}

TEST_CASE("VOSviewer map and network files: VOSviewer's columns, 1-based ids and clusters, raw strengths", "[graph]") {
  Network n = small_network();
  std::string map = render(write_vosviewer_map, n);
  CHECK(map == slurp(fixture("graph/small_vosviewer_map.txt")));
  auto rows = lines(map);
  REQUIRE(rows.size() == 10);
  CHECK(rows[0] ==
        "id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\t"
        "score<Avg. pub. year>");
  // e-government: 3 links (1, 2, 3 in VOSviewer ids), raw strengths 4 + 2 + 1.
  CHECK(rows[1] == "1\te-government\t-1\t0.2\t1\t3\t7\t12\t2016.5");
  // h-index has no year: an empty score.
  CHECK(rows[9] == "9\th-index\t-0.3\t-1.7\t3\t1\t1\t1\t");

  auto links = lines(render(write_vosviewer_network, n));
  REQUIRE(links.size() == 10);
  CHECK(links[0] == "1\t2\t4");
  CHECK(links[9] == "3\t7\t1");

  // Without any clustering the column is left out; partly clustered nodes
  // get a cluster of their own after the last.
  Network loose = n;
  for (auto& v : loose.nodes) v.cluster = -1;
  CHECK(lines(render(write_vosviewer_map, loose))[0].find("cluster") == std::string::npos);
  Network partly = n;
  partly.nodes[8].cluster = -1;
  CHECK(lines(render(write_vosviewer_map, partly))[9] == "9\th-index\t-0.3\t-1.7\t4\t1\t1\t1\t");
}

TEST_CASE("VOSviewer Online JSON: items with weights and scores, links, cluster labels", "[graph]") {
  auto j = nlohmann::json::parse(render(write_vosviewer_json, small_network()));
  const auto& items = j["network"]["items"];
  REQUIRE(items.size() == 9);
  CHECK(items[0]["id"] == 1);
  CHECK(items[0]["label"] == "e-government");
  CHECK(items[0]["cluster"] == 1);
  CHECK(items[0]["x"] == -1.0);
  CHECK(items[0]["weights"]["Links"] == 3);
  CHECK(items[0]["weights"]["Total link strength"] == 7.0);
  CHECK(items[0]["weights"]["Occurrences"] == 12.0);
  CHECK(items[0]["scores"]["Avg. pub. year"] == 2016.5);
  CHECK(items[8].count("scores") == 0);
  CHECK(items[6]["cluster"] == 3);
  const auto& links = j["network"]["links"];
  REQUIRE(links.size() == 10);
  CHECK(links[4] == nlohmann::json{{"source_id", 4}, {"target_id", 6}, {"strength", 5.0}});
  const auto& clusters = j["network"]["clusters"];
  REQUIRE(clusters.size() == 3);
  CHECK(clusters[1] == nlohmann::json{{"cluster", 2}, {"label", "machine learning"}});
  CHECK(j["config"]["terminology"]["item"] == "keyword");
}

TEST_CASE("CSV: nodes and links tables, RFC 4180 quoting, documents joined by ';'", "[graph]") {
  Network n = small_network();
  auto nodes = lines(render(write_nodes_csv, n), "\r\n");
  REQUIRE(nodes.size() == 10);
  CHECK(nodes[0] ==
        "id,label,kind,cluster,cluster_label,occurrences,degree,strength,normalized_strength,pagerank,betweenness,avg_year,year,work_id,"
        "doi,title,local_citations,global_citations,x,y");
  CHECK(nodes[1] == "k:e-government,e-government,keyword,0,e-government,12,4,7,7.5,0.21,14.5,2016.5,0,0,,,0,0,-1,0.2");
  CHECK(nodes[2].rfind("\"k:open data, \"\"linked\"\"\",\"open data, \"\"linked\"\"\",keyword,0,", 0) == 0);

  auto links = lines(render(write_links_csv, n), "\r\n");
  REQUIRE(links.size() == 11);
  CHECK(links[0] == "source,target,weight,normalized_weight,documents");
  CHECK(links[1] == "k:e-government,\"k:open data, \"\"linked\"\"\",4,2.5,11;12;15;19");
  CHECK(links[5] == "k:machine learning,k:neural networks,5,3,21;23;24;25;26");
}

TEST_CASE("Graph writers: the same network gives the same bytes; bad link indices are skipped", "[graph]") {
  using Writer = void (*)(std::ostream&, const Network&);
  Writer writers[] = {write_graphml, write_gml, write_gexf, write_pajek, write_pajek_clusters, write_vosviewer_map,
                      write_vosviewer_network, write_vosviewer_json, write_nodes_csv, write_links_csv, write_svg,
                      write_html};
  Network a = generated_network(300, 5), b = generated_network(300, 5);
  Network broken = small_network();
  broken.links.push_back(link(3, 99, 1, 1, {}));  // target out of range
  for (Writer w : writers) {
    CHECK(render(w, a) == render(w, b));
    CHECK_NOTHROW(render(w, broken));
    CHECK(render(w, broken) == render(w, small_network()));
    CHECK_NOTHROW(render(w, Network{}));
  }
}

TEST_CASE("Numbers are written the same whatever the stream's locale", "[graph]") {
  // A German-style locale: decimal comma, '.' between thousands.
  struct German : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
  };
  using Writer = void (*)(std::ostream&, const Network&);
  Network n = generated_network(1200, 4);
  n.nodes[1100].work_id = 1234567;
  for (Writer w : {write_graphml, write_gml, write_gexf, write_pajek, write_pajek_clusters, write_vosviewer_map,
                   write_vosviewer_network, write_vosviewer_json, write_nodes_csv, write_links_csv, write_svg,
                   write_html}) {
    std::ostringstream out;
    std::locale german(std::locale::classic(), new German);
    out.imbue(german);
    w(out, n);
    CHECK(out.str() == render(w, n));
    CHECK(out.getloc() == german);  // given back as it was
  }
}

namespace {

// Labels and ids other tools choke on: two works with one label, non-ASCII
// (accents, CJK, outside the BMP), ids that differ only by a control
// character (dropped in XML), an id that is not UTF-8.
Network awkward_network() {
  Network n;
  n.type = "cocitation";
  auto add = [&](std::string id, std::string label) {
    NetworkNode v;
    v.id = std::move(id);
    v.label = std::move(label);
    v.kind = "reference";
    n.nodes.push_back(v);
  };
  add("x:10.1/a", "Kassen (2018)");
  add("x:10.1/b", "Kassen (2018)");
  add("k:m\xC3\xBCller", "M\xC3\xBCller, \xE6\x9D\x8E (2020) \xF0\x9F\x98\x80");
  add("k:a\x01" "b", "ab one");
  add("k:a\x02" "b", "ab two");
  add("k:\xFF", "\xFF broken");
  add("k:plain", "Kassen (2018) (2)");
  for (std::uint32_t i = 1; i < n.nodes.size(); ++i) n.links.push_back(link(i - 1, i, 1, 1, {}));
  n.links.push_back(link(0, 6, 2, 2, {}));
  return n;
}

// What graph_readback.py printed for one reader: nodes, edges, distinct labels.
struct Readback {
  bool ok = false, skipped = false;
  long nodes = -1, edges = -1, labels = -1;
  std::string line;
};
Readback readback(const std::string& output, const std::string& tool) {
  Readback r;
  std::istringstream in(output);
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, tool.size() + 1, tool + " ") != 0) continue;
    r.line = line;
    r.skipped = line.compare(tool.size() + 1, 5, "skip:") == 0;
    std::istringstream f(line.substr(tool.size() + 1));
    r.ok = bool(f >> r.nodes >> r.edges >> r.labels);
  }
  return r;
}

// What tests/graph_readback.py prints for FILE read as EXT by Debian's python3.
std::string read_back(const std::string& ext, const std::string& file) {
  std::string cmd = std::string("/usr/bin/python3 '") + REFNET_SOURCE_DIR + "/tests/graph_readback.py' " + ext + " '" + file + "' 2>&1";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  while (std::size_t k = fread(buf, 1, sizeof buf, p)) out.append(buf, k);
  pclose(p);
  return out;
}

}  // namespace

TEST_CASE("GML, GraphML, GEXF, Pajek: networkx and python-igraph read every node and link back", "[graph]") {
  if (std::system("/usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null") != 0) {
    WARN("Debian's python3-networkx and python3-igraph are needed (.ci/install-deps)");
    return;
  }
  Network n = awkward_network();
  // What the readers below depend on, spelled out.
  std::string gml = render(write_gml, n);
  CHECK(gml.find("label \"M&#252;ller, &#26446; (2020) &#128512;\"") != std::string::npos);
  CHECK(gml.find("label \"&#65533; broken\"") != std::string::npos);
  CHECK(gml.find("label \"Kassen (2018) (3)\"") != std::string::npos);  // "(2)" is another node's label
  std::string net = render(write_pajek, n);
  CHECK(net.find("\n1 \"Kassen (2018)\"\n2 \"Kassen (2018) (3)\"\n") != std::string::npos);  // no layout, no x y
  std::string graphml = render(write_graphml, n);
  CHECK(graphml.find("<node id=\"n3\">") != std::string::npos);  // ids with control characters: n0, n1, ...
  TempDir tmp;
  struct Format {
    const char* ext;
    void (*write)(std::ostream&, const Network&);
    bool igraph;
  };
  for (const Format& f : {Format{"gml", write_gml, true}, Format{"graphml", write_graphml, true},
                          Format{"gexf", write_gexf, false}, Format{"net", write_pajek, true}}) {
    std::string path = tmp / (std::string("g.") + f.ext);
    {
      std::ofstream out(path, std::ios::binary);
      f.write(out, n);
    }
    std::string out = read_back(f.ext, path);
    INFO(f.ext << ": " << out);
    for (const char* tool : {"networkx", "igraph"}) {
      if (std::string(tool) == "igraph" && !f.igraph) continue;
      Readback r = readback(out, tool);
      INFO(tool);
      if (r.skipped) {
        WARN(r.line);
        continue;
      }
      REQUIRE(r.ok);
      CHECK(r.nodes == long(n.nodes.size()));
      CHECK(r.edges == long(n.links.size()));
      // networkx keys GML and Pajek nodes by label: no two nodes share one.
      if (std::string(f.ext) == "gml" || std::string(f.ext) == "net") CHECK(r.labels == long(n.nodes.size()));
    }
  }
}

// ---- the official schemas --------------------------------------------------

namespace {

// xmllint's verdict on FILE against the RELAX NG schema SCHEMA (fixtures/schemas):
// empty when the file validates, else xmllint's first lines.
std::string relaxng_errors(const std::string& schema, const std::string& file) {
  std::string cmd = "xmllint --noout --relaxng '" + fixture("schemas/" + schema) + "' '" + file + "' 2>&1";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  while (std::size_t k = fread(buf, 1, sizeof buf, p)) out.append(buf, k);
  int status = pclose(p);
  if (status == 0) return "";
  return out.substr(0, 2000);
}

// What the GraphML XSD says with identity constraints, which RELAX NG cannot:
// node ids unique, every edge between declared nodes, every <data> naming a
// key declared for its element.
std::string graphml_identity_errors(const std::string& xml) {
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return "not well-formed";
  pugi::xml_node root = doc.child("graphml");
  std::map<std::string, std::string> key_for;
  for (auto k : root.children("key")) key_for[k.attribute("id").value()] = k.attribute("for").value();
  std::set<std::string> ids;
  std::string errors;
  auto check_data = [&](pugi::xml_node element, const char* domain) {
    for (auto d : element.children("data")) {
      auto it = key_for.find(d.attribute("key").value());
      if (it == key_for.end() || (it->second != domain && it->second != "all"))
        errors += std::string("data key ") + d.attribute("key").value() + " not declared for " + domain + "\n";
    }
  };
  pugi::xml_node graph = root.child("graph");
  check_data(graph, "graph");
  for (auto v : graph.children("node")) {
    if (!ids.insert(v.attribute("id").value()).second) errors += std::string("duplicate node id ") + v.attribute("id").value() + "\n";
    check_data(v, "node");
  }
  for (auto e : graph.children("edge")) {
    for (const char* end : {"source", "target"})
      if (!ids.count(e.attribute(end).value())) errors += std::string("edge ") + end + " " + e.attribute(end).value() + " is no node\n";
    check_data(e, "edge");
  }
  return errors;
}

}  // namespace

TEST_CASE("GEXF files validate against the GEXF 1.2draft RELAX NG schema, GraphML files against GraphML's rules", "[graph]") {
  REQUIRE(std::system("xmllint --version >/dev/null 2>&1") == 0);  // libxml2-utils (.ci/install-deps)
  TempDir tmp;
  auto validate = [&](const std::string& name, const Network& n) {
    INFO(name);
    std::string gexf = tmp / (name + ".gexf"), graphml = tmp / (name + ".graphml");
    {
      std::ofstream out(gexf, std::ios::binary);
      write_gexf(out, n);
    }
    std::string xml = render(write_graphml, n);
    {
      std::ofstream out(graphml, std::ios::binary);
      out << xml;
    }
    CHECK(relaxng_errors("gexf-1.2draft/gexf.rng", gexf) == "");
    CHECK(relaxng_errors("graphml-1.0.rng", graphml) == "");
    CHECK(graphml_identity_errors(xml) == "");
  };
  // Keyword ids with spaces, commas, quotes, '&' and '<'; reference ids with
  // DOIs ('/'); UTF-8, control characters and bytes that are not UTF-8.
  validate("keywords", small_network());
  validate("citations", directed_network());
  validate("awkward", awkward_network());

  // And what the command line writes for every network type from a real export.
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("corpora/pybibx__wos.bib") + "'").status == 0);
  for (const char* type : {"keywords", "coauthor", "citation", "cocitation --over references", "coupling", "countries",
                           "institutions", "historiograph", "terms"}) {
    std::string stem = std::string(type).substr(0, std::string(type).find(' '));
    for (const char* ext : {"gexf", "graphml"}) {
      std::string out = tmp / ("cli-" + stem + "." + ext);
      auto r = run_refnet(std::string("network ") + type + " --top 300 --library '" + lib + "' -o '" + out + "'");
      INFO(type << " ." << ext << ": " << r.err);
      REQUIRE(r.status == 0);
      if (std::string(ext) == "gexf") {
        CHECK(relaxng_errors("gexf-1.2draft/gexf.rng", out) == "");
      } else {
        CHECK(relaxng_errors("graphml-1.0.rng", out) == "");
        CHECK(graphml_identity_errors(slurp(out)) == "");
      }
    }
  }
}

// newuser34: Debian's networkx 2.8 said "No <graph> element in GEXF file" on
// refnet network's GEXF 1.3 (its read_gexf knows 1.1draft and 1.2draft only,
// and every networkx reads 1.2draft by default); Gephi reads 1.2draft too.
TEST_CASE("refnet network's GEXF: networkx's read_gexf with its defaults reads every node and link", "[graph]") {
  if (std::system("/usr/bin/python3 -c 'import networkx' 2>/dev/null") != 0) {
    WARN("Debian's python3-networkx is needed (.ci/install-deps)");
    return;
  }
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("corpora/pybibx__wos.bib") + "'").status == 0);
  for (const char* type : {"keywords", "citation"}) {
    std::string out = tmp / (std::string(type) + ".gexf");
    REQUIRE(run_refnet(std::string("network ") + type + " --library '" + lib + "' -o '" + out + "'").status == 0);
    pugi::xml_document doc;
    REQUIRE(doc.load_file(out.c_str()));
    pugi::xml_node graph = doc.child("gexf").child("graph");
    long nodes = 0, edges = 0;
    for (auto v : graph.child("nodes").children("node")) nodes += bool(v);
    for (auto e : graph.child("edges").children("edge")) edges += bool(e);
    REQUIRE(nodes > 1);
    std::string said = read_back("gexf", out);
    INFO(type << ": " << said);
    Readback r = readback(said, "networkx");
    REQUIRE(r.ok);
    CHECK(r.nodes == nodes);
    CHECK(r.edges == edges);
  }
}

// newuser34: Gephi, VOSviewer and bibliometrix take an edge's weight as the
// co-occurrence count; refnet wrote the association-strength value there
// (2.16 for a pair of keywords in 3 documents) and the count as raw_weight.
// In a keyword map with full counting the count is the number of documents.
TEST_CASE("refnet network: edge weight is the co-occurrence count, the normalised value its own attribute", "[graph]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("corpora/pybibx__wos.bib") + "'").status == 0);
  auto documents = [](const std::string& list) {
    return list.empty() ? 0L : long(std::count(list.begin(), list.end(), ';')) + 1;
  };
  REQUIRE(run_refnet("network keywords --library '" + lib + "' -o '" + (tmp / "k.csv") + "'").status == 0);
  std::istringstream csv(slurp(tmp / "k_links.csv"));
  std::string line;
  std::getline(csv, line);
  CHECK(line == "source,target,weight,normalized_weight,documents\r");
  long rows = 0, normalized_differs = 0;
  std::vector<double> counts;  // the links' counts, in the order every writer lists them
  while (std::getline(csv, line)) {
    // keyword ids have no quotes or commas in this file: split on ','
    std::vector<std::string> f;
    std::istringstream in(line.substr(0, line.size() - 1));
    for (std::string x; std::getline(in, x, ',');) f.push_back(x);
    REQUIRE(f.size() == 5);
    INFO(line);
    CHECK(std::stod(f[2]) == documents(f[4]));
    normalized_differs += std::stod(f[3]) != std::stod(f[2]);
    counts.push_back(std::stod(f[2]));
    ++rows;
  }
  CHECK(rows > 100);
  CHECK(normalized_differs > 0);  // association strength, the default, is there too

  // --summary's strength is the node's total link strength, VOSviewer's:
  // ELECTRE TRI's links count 100 in this file (main printed the normalised sum;
  // 99 before spelling_joins made "multicriteria decision making" and "multi-criteria
  // decision making", "multicriteria analysis" and "multi criteria analysis" one
  // keyword each: 50 linked keywords are 49).
  auto summary = run_refnet("network keywords --summary --library '" + lib + "' -o '" + (tmp / "s.csv") + "'");
  REQUIRE(summary.status == 0);
  CHECK(summary.out.find("ELECTRE TRI                                          73     49       100   ") != std::string::npos);
  double electre = 0;  // the same from the links table
  std::istringstream again(slurp(tmp / "k_links.csv"));
  while (std::getline(again, line)) {
    std::vector<std::string> f;
    std::istringstream in(line);
    for (std::string x; std::getline(in, x, ',');) f.push_back(x);
    if (f.size() == 5 && (f[0] == "k:electre tri" || f[1] == "k:electre tri")) electre += std::stod(f[2]);
  }
  CHECK(electre == 100);
  // network --json says the same strength (maps36 left it the normalised sum), the normalised one beside it.
  auto json = run_refnet("network keywords --json --library '" + lib + "' -o '" + (tmp / "j.csv") + "'");
  REQUIRE(json.status == 0);
  bool seen = false;
  const nlohmann::json parsed = nlohmann::json::parse(json.out);  // alive through the loop
  for (const auto& cluster : parsed.at("clusters"))
    for (const auto& node : cluster.at("top"))
      if (node.at("label") == "ELECTRE TRI") {
        seen = true;
        CHECK(node.at("strength").get<double>() == 100);
        CHECK(node.at("normalized_strength").get<double>() != 100);
      }
  CHECK(seen);

  // GraphML and GEXF (which leave the documents out) say the same counts.
  for (const char* ext : {"graphml", "gexf"}) {
    std::string out = tmp / (std::string("k.") + ext);
    REQUIRE(run_refnet("network keywords --library '" + lib + "' -o '" + out + "'").status == 0);
    pugi::xml_document doc;
    REQUIRE(doc.load_file(out.c_str()));
    long edges = 0;
    if (std::string(ext) == "graphml") {
      for (auto e : doc.child("graphml").child("graph").children("edge")) {
        REQUIRE(edges < long(counts.size()));
        CHECK(std::stod(e.find_child_by_attribute("data", "key", "e_weight").text().get()) == counts[edges]);
        CHECK(e.find_child_by_attribute("data", "key", "e_normalized_weight"));
        ++edges;
      }
    } else {
      for (auto e : doc.child("gexf").child("graph").child("edges").children("edge")) {
        auto values = e.child("attvalues");
        REQUIRE(edges < long(counts.size()));
        CHECK(std::stod(e.attribute("weight").value()) == counts[edges]);
        CHECK(values.find_child_by_attribute("attvalue", "for", "normalized_weight"));
        ++edges;
      }
    }
    CHECK(edges == rows);
  }
}
