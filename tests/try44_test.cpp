// A new user's day (task try44): a scholar, an author and a reviewer on real
// exports.  Each case is something one of them hit.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "refnet/network.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::vector<NetworkDoc> docs_of(std::initializer_list<const char*> files, const char* type) {
  std::vector<NetworkDoc> docs;
  for (const char* f : files)
    for (auto& r : parse_file(fixture(f)).records)
      docs.push_back(network_doc(std::int64_t(docs.size() + 1), r, NetworkDocParts::for_type(type)));
  return docs;
}

std::string label_of(const Network& n, const std::string& id) {
  for (const auto& x : n.nodes)
    if (x.id == id) return x.label;
  return "(no node " + id + ")";
}

}  // namespace

// An author re-imports the .bib refnet wrote for a paper (README: "refnet's
// own export read back into its library joins the works it was written
// from").  After a title correction the next export writes the user's title,
// and reading it back warned "your title kept over the new export's:" with the
// user's own title as the export's value ("... in {Kazakhstan}": the case
// protection the exporter added), once for every corrected work.
TEST_CASE("re-import of refnet's own export after a correction: the export's value is the user's, nothing said", "[try44]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  REQUIRE(run_refnet("export --format bibtex" + lib + " -o " + q(tmp / "refs1.bib")).status == 0);
  auto first = run_refnet("import" + lib + " " + q(tmp / "refs1.bib"));
  INFO(first.err);
  REQUIRE(first.status == 0);
  CHECK(first.err.find("kept over") == std::string::npos);
  REQUIRE(run_refnet("set" + lib + " WOS:000938257800001 'title=Urban community resilience indicators in Kazakhstan'")
              .status == 0);
  REQUIRE(run_refnet("export --format bibtex" + lib + " -o " + q(tmp / "refs2.bib")).status == 0);
  REQUIRE(slurp(tmp / "refs2.bib").find("resilience indicators in {Kazakhstan}") != std::string::npos);
  auto second = run_refnet("import" + lib + " " + q(tmp / "refs2.bib"));
  INFO(second.err);
  REQUIRE(second.status == 0);
  CHECK(second.err.find("kept over") == std::string::npos);
  auto shown = run_refnet("show" + lib + " WOS:000938257800001");
  CHECK(shown.out.find("title           Urban community resilience indicators in Kazakhstan\n") != std::string::npos);

  // A value the user changed in refnet's own export is their edit since session 60 (user60_test; before: the
  // user's earlier 'set' value kept over it, 'your title kept over the new export's').
  std::string edited = slurp(tmp / "refs2.bib");
  edited.replace(edited.find("resilience indicators in {Kazakhstan}"), 37, "resilience indicators in {Kazakhstan}, revised");
  std::ofstream(tmp / "refs3.bib", std::ios::binary) << edited;
  auto third = run_refnet("import" + lib + " " + q(tmp / "refs3.bib"));
  INFO(third.err);
  CHECK(third.err.find("title edited in refnet's own export: yours now") != std::string::npos);
  CHECK(run_refnet("show" + lib + " WOS:000938257800001").out.find(
            "title           Urban community resilience indicators in Kazakhstan, revised\n") != std::string::npos);
}

// A reviewer's keyword map of an EBSCOhost search (real: Criminal Justice
// Abstracts, 41 records).  EBSCOhost writes a subject term's first word in
// capitals ("COMPULSIVE gambling", "NORTH America", "GAMBLING"), and a record
// holds its author's keywords beside them ("GAMBLING" and "Gambling" on one
// record).  The nodes were labelled by the commonest spelling, EBSCO's: of
// the map's 319 nodes (every keyword), 196 in its capitals.
TEST_CASE("EBSCOhost subject terms: labelled as an author writes them, else their first word in lower case", "[try44]") {
  auto docs = docs_of({"corpora/citesource__crimjust_41.ris"}, "keywords");
  REQUIRE(docs.size() == 41);
  NetworkOptions o;
  o.min_occurrences = 1;
  Network n = build_keywords(docs, o);
  CHECK(label_of(n, "k:gambling") == "Gambling");                // GAMBLING 19 works, Gambling 5, gambling 2
  CHECK(label_of(n, "k:public health") == "Public health");      // PUBLIC health alone (6 records)
  CHECK(label_of(n, "k:consumers surplus") == "Consumers' surplus");
  CHECK(label_of(n, "k:consumers") == "Consumers");              // not learnt as capitals from CONSUMERS' surplus
  CHECK(label_of(n, "k:women s health") == "Women's health");
  CHECK(label_of(n, "k:livingstone c") == "Livingstone, C.");     // a person as the subject
  CHECK(label_of(n, "k:internet gambling") == "Internet gambling");  // INTERNET gambling 1, Internet gambling 1
  CHECK(label_of(n, "k:compulsive gambling") == "Compulsive gambling");  // EBSCO's alone
  CHECK(label_of(n, "k:north america") == "North America");
  CHECK(label_of(n, "k:australia") == "Australia");
  CHECK(label_of(n, "k:self management psychology") == "Self-management (Psychology)");
  CHECK(label_of(n, "k:gambling psychological aspects") == "Gambling -- Psychological aspects");
  // No label left in EBSCO's capitals: a first word of four capitals or
  // more before a space, a hyphen or the end, the rest not in capitals
  // ("CSOs", "EGMs", an author's, stay).
  std::size_t ebsco = 0;
  for (const auto& x : n.nodes) {
    const std::string& l = x.label;
    std::size_t run = 0;
    while (run < l.size() && l[run] >= 'A' && l[run] <= 'Z') ++run;
    if (run >= 4 && (run == l.size() || l[run] == ' ' || l[run] == '-') && !in_capitals(l.substr(run))) {
      ++ebsco;
      UNSCOPED_INFO(l);
    }
  }
  CHECK(ebsco == 0);

  // An acronym stays: "HIV infections" as EBSCOhost writes it (made up).
  std::vector<NetworkDoc> made;
  for (auto& r : parse_string("TY  - JOUR\nTI  - A\nPY  - 2020\nKW  - HIV infections\nKW  - COVID-19 pandemic\n"
                              "KW  - AUSTRALIA\nDP  - EBSCOhost\nER  - \n",
                              Format::ris)
                  .records)
    made.push_back(network_doc(1, r, NetworkDocParts::for_type("keywords")));
  REQUIRE(made.size() == 1);
  Network m = build_keywords(made, o);
  CHECK(label_of(m, "k:hiv infections") == "HIV infections");
  CHECK(label_of(m, "k:covid 19 pandemic") == "COVID-19 pandemic");
  CHECK(label_of(m, "k:australia") == "Australia");
  made.clear();
  for (auto& r : parse_string("TY  - JOUR\nTI  - B\nPY  - 2021\nKW  - SARS-CoV-2\nKW  - NATURAL HAZARDS\n"
                              "UR  - https://search.ebscohost.com/login.aspx?direct=true&db=aph&AN=1\nER  - \n",
                              Format::ris)
                  .records)
    made.push_back(network_doc(1, r, NetworkDocParts::for_type("keywords")));
  Network u = build_keywords(made, o);
  CHECK(label_of(u, "k:sars cov 2") == "SARS-CoV-2");
  CHECK(label_of(u, "k:natural hazards") == "NATURAL HAZARDS");  // no EBSCO heading: as written
}

// A reviewer's historiograph (pybibx's WoS export: 30 works, 156 citations):
// a citation from a work of the first place to one of the second crosses the
// labels of the first place's works between them ("Mousseau et al. (2001)"
// under eleven arcs, unreadable in Chromium at 1400 x 1000).  The labels are
// drawn over the arcs, each in a white outline as the maps' labels are.
TEST_CASE("historiograph SVG: labels over the arcs in a white outline", "[try44]") {
  Network n;
  n.type = "historiograph";
  n.directed = true;
  n.description = "historiograph";
  auto node = [&](std::string label, int year, int place) {
    NetworkNode v;
    v.id = "w" + std::to_string(n.nodes.size());
    v.label = std::move(label);
    v.x = year;
    v.y = place;
    v.local_citations = 1;
    n.nodes.push_back(v);
  };
  node("Mousseau et al. (1998)", 1998, 0);
  node("Mousseau et al. (2001)", 2001, 0);
  node("Dias et al. (2002)", 2002, 0);
  node("Zopounidis et al. (2000)", 2000, 1);
  n.links.push_back({2, 3, 1, 1, {}});  // 2002, first place -> 2000, second: across 2001's label
  n.links.push_back({2, 0, 1, 1, {}});
  std::ostringstream out;
  write_historiograph_svg(out, n);
  const std::string svg = out.str();
  const std::size_t arcs_end = svg.find("</g>", svg.find("marker-end=\"url(#arrow)\""));
  REQUIRE(arcs_end != std::string::npos);
  for (const auto& v : n.nodes) {
    INFO(v.label);
    const std::size_t at = svg.find(">" + v.label + "</text>");
    REQUIRE(at != std::string::npos);
    CHECK(at > arcs_end);
    const std::string text = svg.substr(svg.rfind("<text ", at), at - svg.rfind("<text ", at));
    CHECK(text.find("stroke=\"#ffffff\"") != std::string::npos);
    CHECK(text.find("paint-order=\"stroke\"") != std::string::npos);
  }
}

// A scholar corrects a title as one says it: "refnet set WORK title 'New
// title'".  The answer was "'title' is not FIELD=VALUE" and the help; it now
// shows the command meant.
TEST_CASE("set: a field and its value as two words get the command meant", "[try44]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  auto set = run_refnet("set" + lib + " WOS:000938257800001 title 'Urban resilience indicators'");
  CHECK(set.status != 0);
  CHECK(set.err.find("'title' is not FIELD=VALUE: did you mean title='Urban resilience indicators'?") != std::string::npos);
  auto other = run_refnet("set" + lib + " WOS:000938257800001 colour blue");
  CHECK(other.err.find("'colour' is not FIELD=VALUE\n") != std::string::npos);
}

// A reviewer's keyword map of a multi-database search (real: IEBH's
// tafenoquine EndNote XML; its Cochrane Library records write MeSH's
// qualifiers in brackets after the descriptor: "Malaria, Falciparum
// [*prevention & control]", "Parasitemia [prevention & control]").  PubMed's
// "Malaria, Falciparum/prevention & control" and Ovid's "/pc" count as the
// descriptor; these were nodes of their own ("Malaria, Falciparum [*preventio...").
TEST_CASE("keyword map: a MeSH heading with its qualifiers in brackets counts as its descriptor", "[try44]") {
  CHECK(mesh_descriptor("Malaria, Falciparum [*prevention & control]") == "Malaria, Falciparum");
  CHECK(mesh_descriptor("Malaria, Falciparum [blood, drug therapy, *prevention & control]") == "Malaria, Falciparum");
  CHECK(mesh_descriptor("*Primaquine [adverse effects, analogs & derivatives]") == "Primaquine");
  CHECK(mesh_descriptor("Vitamin D [in vitro study]") == "Vitamin D [in vitro study]");  // no qualifier: as written
  auto docs = docs_of({"corpora/dedupe-sweep__tafenoquine.xml"}, "keywords");
  REQUIRE(docs.size() == 179);
  NetworkOptions o;
  o.min_occurrences = 1;
  Network n = build_keywords(docs, o);
  std::size_t bracketed = 0;
  for (const auto& x : n.nodes)
    if (!x.label.empty() && x.label.back() == ']') {
      ++bracketed;
      UNSCOPED_INFO(x.label);
    }
  CHECK(bracketed == 0);
}

// try44's report: a co-author map of one paper said "1 clusters" on stderr
// and in the map's description.
TEST_CASE("network: one cluster is said in the singular", "[try44]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  std::ofstream(tmp / "a.ris", std::ios::binary)
      << "TY  - JOUR\nAU  - Smith, John\nAU  - Jones, Mary\nTI  - One paper\nPY  - 2020\nDB  - Test\nER  - \n";
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(tmp / "a.ris")).status == 0);
  auto made = run_refnet("network coauthor --min-occurrences 1" + lib + " -o " + q(tmp / "x.gexf"));
  INFO(made.err);
  REQUIRE(made.status == 0);
  CHECK(made.err.find("2 nodes, 1 links, 1 cluster from 1 work") != std::string::npos);
  CHECK(slurp(tmp / "x.gexf").find("1 cluster (") != std::string::npos);
  CHECK(slurp(tmp / "x.gexf").find("1 clusters") == std::string::npos);
}

// try44's report: 'tag remove' was refused ('collection remove' is taken).
TEST_CASE("tag remove is tag rm", "[try44]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  REQUIRE(run_refnet("tag add" + lib + " to-read WOS:000938257800001").status == 0);
  auto removed = run_refnet("tag remove" + lib + " to-read WOS:000938257800001");
  INFO(removed.err);
  CHECK(removed.status == 0);
  CHECK(run_refnet("tags --json" + lib).out.find("to-read") == std::string::npos);
}
