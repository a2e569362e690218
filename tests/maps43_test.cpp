// Maps of a biomedical search, continued (task try43): a check tag is left out
// of a keyword map only where MeSH or Emtree gave it; an author's own keyword
// "Adolescent" (MEDLINE's OT, Web of Science's DE, Scopus' author keywords)
// is the author's topic and stays.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/text.hpp"
#include "chromium_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<NetworkDoc> keyword_docs(std::initializer_list<const char*> files, const char* type = "keywords") {
  std::vector<NetworkDoc> docs;
  for (const char* f : files)
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type(type)));
  return docs;
}

const NetworkNode* node(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return &x;
  return nullptr;
}

std::size_t left_out(const Network& n, const std::string& label) {
  for (const auto& c : n.check_tags)
    if (c.label == label) return c.works;
  return 0;
}

}  // namespace

TEST_CASE("MEDLINE: a check tag among MeSH is left out, the same word among the author's OT is not", "[maps43]") {
  // Three records: MH Adolescent on the first two, OT Adolescent (the
  // author's) on the first; MH Humans on all three, OT Humans on the second.
  auto docs = keyword_docs({"medline/author_keywords_check_tags.txt"});
  REQUIRE(docs.size() == 3);
  NetworkOptions o;
  o.min_occurrences = 1;
  Network n = build_keywords(docs, o);
  REQUIRE(node(n, "k:adolescent"));
  CHECK(node(n, "k:adolescent")->occurrences == 1);  // the author's, on the first work
  REQUIRE(node(n, "k:humans"));
  CHECK(node(n, "k:humans")->occurrences == 1);
  CHECK_FALSE(node(n, "k:female"));
  CHECK_FALSE(node(n, "k:aged"));
  CHECK(node(n, "k:sleep hygiene"));
  // What was left out: MeSH's, by work (Humans on the first and third).
  CHECK(left_out(n, "Humans") == 2);
  CHECK(left_out(n, "Adolescent") == 1);
  CHECK(left_out(n, "Female") == 1);
  CHECK(left_out(n, "Aged") == 1);
}

TEST_CASE("Web of Science and Scopus author keywords are the author's: no check tag left out of them", "[maps43]") {
  // Real: three of the 29 records of a WoS search write the author keyword
  // "Review" (grep -c '^DE .*[Rr]eview': 3), which Emtree has as a check tag.
  auto wos = keyword_docs({"corpora/umbrella-review__savedrecs.txt"});
  REQUIRE(wos.size() == 29);
  NetworkOptions o;
  o.min_occurrences = 1;
  Network n = build_keywords(wos, o);
  REQUIRE(node(n, "k:review"));
  CHECK(node(n, "k:review")->occurrences == 3);
  CHECK(n.check_tags.empty());

  // Scopus BibTeX: the author's Pregnancy stays; the index keywords (Emtree,
  // MeSH) lose their check tags.  Real: of 263 Scopus records, index
  // keywords "article" on 8, "human" or "humans" on 8 (python over the keywords fields).
  auto real = keyword_docs({"corpora/pybibx__scopus.bib"});
  REQUIRE(real.size() == 263);
  o.field = KeywordField::index;
  Network index = build_keywords(real, o);
  CHECK_FALSE(node(index, "k:article"));
  CHECK(left_out(index, "article") == 8);
  CHECK(left_out(index, "human") == 8);
  std::vector<NetworkDoc> scopus;
  for (auto& r : parse_string("@ARTICLE{Lee2020,\n author = {Lee, A.},\n title = {Malaria in pregnancy},\n"
                              " year = {2020},\n author_keywords = {Pregnancy; Malaria},\n"
                              " keywords = {human; female; pregnancy; malaria; article},\n source = {Scopus}\n}\n",
                              Format::bibtex)
                  .records)
    scopus.push_back(network_doc(1, r, NetworkDocParts::for_type("keywords")));
  REQUIRE(scopus.size() == 1);
  o.field = KeywordField::both;
  Network s = build_keywords(scopus, o);
  CHECK(node(s, "k:pregnancy"));
  CHECK(node(s, "k:malaria"));
  CHECK_FALSE(node(s, "k:human"));
  CHECK_FALSE(node(s, "k:female"));
  CHECK(left_out(s, "human") == 1);
  CHECK(left_out(s, "article") == 1);
  CHECK(left_out(s, "pregnancy") == 0);
}

TEST_CASE("co-citation of Web of Science references: a name written in full is labelled by its family name", "[maps43]") {
  // Web of Science writes a cited author it knows in full family name
  // first, without a comma: "Finegan Bryan, 2004, P153" (twice in this real
  // export), "Wallace Bryan P., 2009, ...".  The label was the whole name
  // ("Finegan Bryan (2004)"), read as a given name and a family name.
  auto docs = keyword_docs({"corpora/decolonizing-expertise__savedrecs.txt"}, "cocitation");
  REQUIRE(docs.size() == 50);
  NetworkOptions o;
  o.over_references = true;
  o.min_occurrences = 2;
  Network n = build_cocitation(docs, o);
  auto label = [&](const std::string& id) { return node(n, id) ? node(n, id)->label : "(no node " + id + ")"; };
  CHECK(label("x:finegan bryan 2004 p153") == "Finegan (2004)");
}

TEST_CASE("historiograph, thematic map and bursts SVGs in a 1200 px window: scaled to fit, nothing cut",
          "[maps43][chromium]") {
  // The historiograph of a real WoS export (236 works, 30 works over 20
  // years) was 2,717 px wide: a 1200 px window showed it to 2006.
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  REQUIRE(run_refnet("network historiograph --library " + q(lib) + " -o " + q(tmp / "hist.svg")).status == 0);
  REQUIRE(run_refnet("network terms --library " + q(lib) + " --thematic " + q(tmp / "theme.svg") + " --trends " +
                     q(tmp / "trends.csv") + " -o " + q(tmp / "terms.graphml"))
              .status == 0);
  for (const char* name : {"hist.svg", "theme.svg", "trends_bursts.svg"}) {
    std::string svg = slurp(tmp / name);
    REQUIRE(svg.find("<svg") != std::string::npos);
    std::ofstream(tmp / "page.html") << svg_measuring_page(svg);
    std::string dom = run_chromium("file://" + (tmp / "page.html"), "--dump-dom", tmp);
    INFO(name);
    CHECK(body_data(dom, "texts") > 5);
    CHECK(body_data(dom, "overflow") == 0);
    CHECK(body_data(dom, "cut") == 0);
  }
  // The historiograph is read at its own size (10 px labels; a long timeline
  // scrolls down): no wider than the window, so not scaled down to 4 px.
  const std::string hist = slurp(tmp / "hist.svg");
  CHECK(std::stod(hist.substr(hist.find("viewBox=\"0 0 ") + 13)) <= 1200);
}

TEST_CASE("the check tags left out are said on the SVG map and in the HTML viewer, not only in a tooltip",
          "[maps43][chromium]") {
  // 50 MEDLINE and 10 Embase records: Animals on 53 works, left out.  The
  // note was inside the map's description, which the SVG's two subtitle
  // lines cut in the list ("animal tiss...") and the viewer's one line
  // before it: whole in the tooltip only.
  auto docs = keyword_docs({"corpora/citation-file-formatting__pubmed.txt", "corpora/citation-file-formatting__embase.ris"});
  NetworkOptions o;
  o.min_occurrences = 2;
  Network n = build_keywords(docs, o);
  AnalysisOptions a;
  a.normalized_weights = true;
  analyse_network(n, a);
  REQUIRE(!n.check_tags.empty());
  const std::string said = "check tags left out (Animals 53 works";
  std::ostringstream svg;
  write_svg(svg, n);
  // Text drawn: outside every <title> (a tooltip), its lines (tspans) one
  // text with the tags out.
  std::string svg_text = svg.str();
  for (std::size_t at; (at = svg_text.find("<title>")) != std::string::npos;)
    svg_text.erase(at, svg_text.find("</title>", at) + 8 - at);
  std::string drawn;
  bool in_tag = false;
  for (std::size_t i = 0; i < svg_text.size(); ++i) {
    if (svg_text[i] == '<') in_tag = true, drawn += svg_text.compare(i, 7, "<tspan ") == 0 ? " " : "";
    else if (svg_text[i] == '>') in_tag = false;
    else if (!in_tag) drawn += svg_text[i];
  }
  drawn = collapse_space(drawn);
  CHECK(drawn.find(said) != std::string::npos);
  CHECK(drawn.find("animal tissue 1): --keep-check-tags maps them") != std::string::npos);
  CHECK(drawn.find("check tags left out", drawn.find("check tags left out") + 1) == std::string::npos);  // said once

  TempDir tmp;
  std::ofstream(tmp / "map.html") << [&] {
    std::ostringstream html;
    write_html(html, n);
    return html.str();
  }();
  std::string dom = run_chromium("file://" + (tmp / "map.html"), "--dump-dom", tmp);
  std::size_t note = dom.find("id=\"note\"");
  REQUIRE(note != std::string::npos);
  CHECK(dom.substr(note, dom.find("</div>", note) - note).find(said) != std::string::npos);
}
