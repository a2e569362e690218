// A biomedical reviewer's maps (task try42): MeSH and Emtree check tags say
// whom a study is of (Humans, Female, Aged; human, nonhuman, article), not its
// topic, and dominated the keyword map of a PubMed search.  They are left out
// unless asked, and the map says which.
#include <catch2/catch.hpp>

#include <algorithm>
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

std::vector<NetworkDoc> keyword_docs(std::initializer_list<const char*> files) {
  std::vector<NetworkDoc> docs;
  for (const char* f : files)
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type("keywords")));
  return docs;
}

const NetworkNode* node(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return &x;
  return nullptr;
}

}  // namespace

TEST_CASE("check_tag: MeSH's and Emtree's check tags, whatever the case; topics are not", "[maps42]") {
  for (const char* t : {"Humans", "Animals", "Male", "Female", "Adult", "Aged", "Aged, 80 and over", "Middle Aged",
                        "Young Adult", "Child, Preschool", "Infant, Newborn", "Pregnancy", "Mice", "Rats",
                        "History, 20th Century", "human", "nonhuman", "article", "controlled study", "very elderly"})
    CHECK(!check_tag(t).empty());
  for (const char* t : {"Dinosaurs", "Fossils", "Humanities", "Male Infertility", "Mice, Inbred C57BL", "female athletes",
                        "History", "review of reviews", "Aged Care"})
    CHECK(check_tag(t).empty());
}

TEST_CASE("keyword map of a PubMed (MEDLINE) and an Embase search: check tags left out and named", "[maps42]") {
  // 50 MEDLINE records, every one with `MH  - Animals` (grep -c: 50), 5 with
  // Female; 10 Embase records, 6 `KW  - nonhuman`, 5 `KW  - article`.
  auto docs = keyword_docs({"corpora/citation-file-formatting__pubmed.txt", "corpora/citation-file-formatting__embase.ris"});
  REQUIRE(docs.size() == 60);
  NetworkOptions o;
  o.min_occurrences = 2;
  Network n = build_keywords(docs, o);
  for (const char* id : {"k:animals", "k:animal", "k:female", "k:male", "k:nonhuman", "k:article", "k:controlled study"})
    CHECK_FALSE(node(n, id));
  REQUIRE(node(n, "k:dinosaurs"));
  CHECK(node(n, "k:fossils"));
  // What was left out, most works first, with the works each tag was on.
  REQUIRE(n.check_tags.size() >= 4);
  CHECK(n.check_tags[0].label == "Animals");
  CHECK(n.check_tags[0].works == 53);  // MEDLINE's Animals (50) and Embase's animal (3 works), one tag
  auto works_of = [&](const std::string& label) -> std::size_t {
    for (const auto& c : n.check_tags)
      if (c.label == label) return c.works;
    return 0;
  };
  CHECK(works_of("animal") == 0);
  CHECK(works_of("nonhuman") == 6);
  CHECK(works_of("article") == 5);
  CHECK(works_of("Female") == 5);
  CHECK(n.description.find("check tags left out (Animals 53 works") != std::string::npos);
  CHECK(n.description.find("--keep-check-tags") != std::string::npos);
  // One work is one work (before: "human 1 works").
  CHECK(check_tags_left_out({{"human", 1}, {"Review", 1}}) == "2 check tags left out (human 1 work; Review 1)");
  CHECK(check_tags_left_out({{"Humans", 19}}) == "1 check tag left out (Humans 19 works)");

  // --keep-check-tags maps them as before.
  o.keep_check_tags = true;
  Network kept = build_keywords(docs, o);
  REQUIRE(node(kept, "k:animals"));
  // MEDLINE's Animals (50 works) and Embase's animal (grep -c: 3 works), one
  // node under --fold full.
  CHECK(node(kept, "k:animals")->occurrences == 53);
  CHECK(node(kept, "k:nonhuman"));
  CHECK(kept.check_tags.empty());
  CHECK(kept.description.find("check tags") == std::string::npos);
}

TEST_CASE("SVG keyword map in a 1200 px window: scaled to fit, the legend whole, no scrolling", "[maps42][chromium]") {
  auto docs = keyword_docs({"corpora/citation-file-formatting__pubmed.txt", "corpora/citation-file-formatting__embase.ris"});
  NetworkOptions o;
  o.min_occurrences = 2;
  o.normalization = Normalization::association;
  Network n = build_keywords(docs, o);
  AnalysisOptions a;
  a.normalized_weights = true;
  analyse_network(n, a);
  REQUIRE(n.nodes.size() > 20);
  std::ostringstream svg;
  write_svg(svg, n);
  TempDir tmp;
  // The map in a 1200 x 900 window: every text's right edge and the page's width measured.
  std::ofstream(tmp / "map.html") << svg_measuring_page(svg.str());
  std::string dom = run_chromium("file://" + (tmp / "map.html"), "--dump-dom", tmp);
  INFO(dom.substr(dom.find("<body"), 200));
  CHECK(body_data(dom, "texts") > 20);
  CHECK(body_data(dom, "overflow") == 0);
  CHECK(body_data(dom, "cut") == 0);
}

TEST_CASE("keyword labels: Web of Science's Keywords Plus in capitals are written in lower case", "[maps42]") {
  // KeyWords Plus are in capitals whatever the words: without another
  // spelling of the keyword the label was "BIODIVERSITY".  A word another
  // keyword writes in capitals amid lower case stays so ("DNA"), as does an
  // unknown word of three letters or fewer (an acronym); an author keyword
  // in capitals is the author's.
  std::vector<NetworkDoc> docs(4);
  for (std::size_t i = 0; i < docs.size(); ++i) docs[i].id = std::int64_t(i + 1);
  docs[0].index_keywords = {"BIODIVERSITY", "DNA REPAIR", "HIV", "COUNTRYSIDE BIOGEOGRAPHY"};
  docs[1].index_keywords = {"BIODIVERSITY", "DNA REPAIR", "HIV", "COUNTRYSIDE BIOGEOGRAPHY"};
  docs[1].author_keywords = {"DNA methylation", "ELECTRE TRI"};
  docs[2].author_keywords = {"DNA methylation", "ELECTRE TRI"};
  docs[3].index_keywords = {"MORTALITY", "Gas Exchange"};
  docs[3].author_keywords = {"mortality", "ELECTRE TRI"};
  NetworkOptions o;
  o.field = KeywordField::both;
  o.min_occurrences = 1;
  Network n = build_keywords(docs, o);
  auto label = [&](const std::string& id) { return node(n, id) ? node(n, id)->label : "(no node " + id + ")"; };
  CHECK(label("k:biodiversity") == "Biodiversity");
  CHECK(label("k:countryside biogeography") == "Countryside biogeography");
  CHECK(label("k:dna repair") == "DNA repair");
  CHECK(label("k:hiv") == "HIV");
  CHECK(label("k:mortality") == "mortality");  // a spelling in lower case exists: it is the label
  CHECK(label("k:electre tri") == "ELECTRE TRI");  // the author's
  CHECK(label("k:gas exchange") == "Gas Exchange");

  // A country's name keeps its capitals, Keywords Plus' hyphens read as the
  // spaces they stand for ("COSTA-RICA" was "Costa-rica").
  std::vector<NetworkDoc> places(2);
  for (std::size_t i = 0; i < places.size(); ++i) {
    places[i].id = std::int64_t(i + 1);
    places[i].index_keywords = {"COSTA-RICA", "NEW-ZEALAND", "FORESTS OF BRAZIL", "UNITED STATES", "NEW PHYTOLOGIST"};
  }
  Network p = build_keywords(places, o);
  auto place = [&](const std::string& id) { return node(p, id) ? node(p, id)->label : "(no node " + id + ")"; };
  CHECK(place("k:costa rica") == "Costa Rica");
  CHECK(place("k:new zealand") == "New Zealand");
  CHECK(place("k:forests of brazil") == "Forests of Brazil");
  CHECK(place("k:united states") == "United States");
  CHECK(place("k:new phytologist") == "New phytologist");  // "New" alone no country

  // On a real Web of Science export: no index keyword label of four letters
  // or more left in capitals.
  auto wos = keyword_docs({"corpora/decolonizing-expertise__savedrecs.txt"});
  REQUIRE(wos.size() == 50);
  NetworkOptions io;
  io.field = KeywordField::index;
  io.min_occurrences = 1;
  Network w = build_keywords(wos, io);
  REQUIRE(w.nodes.size() > 100);
  REQUIRE(node(w, "k:biodiversity"));
  CHECK(node(w, "k:biodiversity")->label == "Biodiversity");
  REQUIRE(node(w, "k:costa rica"));
  CHECK(node(w, "k:costa rica")->label == "Costa Rica");
  std::size_t shouting = 0;
  for (const auto& x : w.nodes)
    if (in_capitals(x.label) && x.label.size() >= 4) ++shouting, UNSCOPED_INFO(x.label);
  CHECK(shouting == 0);
}
