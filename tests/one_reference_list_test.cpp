// One reference list per work (task refs35): a work found in Web of Science
// and Scopus held both reference lists, one after the other, so that its
// references, nrefs, the statistics, the citation report, the Scopus CSV
// export and the maps counted every cited work twice.  The fixture is an
// excerpt of one search exported from both databases
// (NPMoran/synthesis-review_mutualistism-antagonism @b01d787,
// Bibliometrics/wos.included.txt and scopus.included.csv; no licence: one
// record, 7 of its 27 references, see fixtures/SOURCES.md).
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "refnet/merge.hpp"
#include "refnet/reference_strings.hpp"

#include "support.hpp"

using namespace refnet::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST_CASE("a work in Web of Science and Scopus has one reference list, completed from both", "[one_reference_list]") {
  TempDir tmp;
  const std::string lib = "--library " + q(tmp / "lib.sqlite") + " ";
  const std::string wos = fixture("network/one_list/cahan2001__wos.txt");
  const std::string scopus = fixture("network/one_list/cahan2001__scopus.csv");
  CommandResult imp = run_refnet(lib + "import " + q(wos) + " " + q(scopus));
  REQUIRE(imp.status == 0);
  REQUIRE((imp.out + imp.err).find("1 merged by identifier") != std::string::npos);

  CommandResult show = run_refnet(lib + "show 10.1006/anbe.2000.1671 --json");
  REQUIRE(show.status == 0);
  auto work = nlohmann::json::parse(show.out)[0];
  REQUIRE(work["sources"].size() == 2);
  const auto& refs = work["references"];
  CHECK(refs.size() == 7);  // was 14: 7 in the WoS form, then the same 7 in the Scopus form
  // The list is Web of Science's (imported first, as many references), its
  // references completed with the titles Scopus gives.
  REQUIRE(refs.size() >= 2);
  CHECK(refs[0]["raw"] == "Bernasconi G, 1999, TRENDS ECOL EVOL, V14, P477, DOI 10.1016/S0169-5347(99)01722-X");
  CHECK(refs[0]["doi"] == "10.1016/s0169-5347(99)01722-x");
  CHECK(refs[0]["title"] == "Cooperation among unrelated individuals: The ant foundress case");
  CHECK(refs[2]["title"] == "The emergence of division of labor in forced associations of solitary ant queens");
  for (const auto& r : refs) CHECK(r["raw"].get<std::string>().find("(19") == std::string::npos);  // no Scopus form

  CHECK(run_refnet(lib + "stats").out.find("references:  7 (4 with DOI)") != std::string::npos);
  CHECK(run_refnet(lib + "export --format csv --columns key,nrefs").out.find("cahan2001cooperation,7") !=
        std::string::npos);
  CommandResult report = run_refnet(lib + "network citation --report -o " + q(tmp / "c.graphml"));
  CHECK(report.out.find("references:               7\n") != std::string::npos);

  // Co-citation over references: each cited work once (was 12 nodes: the
  // Scopus forms of 5 beside the WoS forms, and 66 links among them).
  CommandResult co = run_refnet(lib + "network cocitation --over references --min-occurrences 1 -o " + q(tmp / "cc.csv"));
  REQUIRE(co.status == 0);
  CHECK(co.err.find("cocitation network: 7 nodes, 21 links") != std::string::npos);
  std::string nodes = slurp(tmp / "cc.csv");
  CHECK(nodes.find("Baroni Urbani") == std::string::npos);
  CHECK(nodes.find("Bernasconi (1996)") != std::string::npos);

  // Provenance: the view says whose list it is and how much of the other
  // joined it (Urbani/Baroni Urbani and two books WoS names by their series
  // do not; Bernasconi 1996, whose journal J9 writes "P ROY SOC B-BIOL SCI"
  // and Scopus "Proceedings of the Royal Society of London, Series B", does
  // since maps37: one journal, former and present titles; Markin 1973, Ann
  // Entomol Soc Am 66:803, which Scopus dates 1972, since maps39: a year
  // apart, same volume and page); the other list stays whole in its source.
  std::string text = run_refnet(lib + "show 10.1006/anbe.2000.1671").out;
  CHECK(text.find("    references  [1] 7 references\n                 [2] 7 references, 4 of them joined to the view's\n") !=
        std::string::npos);
  CHECK(work["sources"][1]["format"] == "scopus-csv");
  CommandResult sources = run_refnet(lib + "export --format csv --columns key,references");
  CHECK(sources.out.find("Baroni Urbani") == std::string::npos);
}

TEST_CASE("a reference only another database's list has joins the one list; one it may name otherwise does not",
          "[one_reference_list]") {
  // Web of Science's list of Sachs 2006 (work 26 of the npmoran-included
  // search) lacks "Sachs, J.L., Wilcox, T.P., A shift to parasitism ...
  // (2006)", which Scopus's has: the citation network lost that link.
  refnet::Record wos, scopus;
  wos.provenance.format = "wos";
  scopus.provenance.format = "scopus-csv";
  wos.references = {refnet::parse_wos_reference("Sachs JL, 2004, Q REV BIOL, V79, P135, DOI 10.1086/383541"),
                    refnet::parse_wos_reference("URBANI CB, 1991, INSECT SOC, V38, P229, DOI 10.1007/BF01314909"),
                    refnet::parse_wos_reference("Bshary R, 2002, ECOL LETT, V5, P130")};
  scopus.references = {
      refnet::parse_scopus_reference("Sachs, J.L., The evolution of cooperation (2004) Q. Rev. Biol., 79, pp. 135-160"),
      refnet::parse_scopus_reference("Sachs, J.L., Wilcox, T.P., A shift to parasitism in the jellyfish symbiont "
                                     "Symbiodinium microadriaticum (2006) Proc. R. Soc. B, 273, pp. 425-429"),
      refnet::parse_scopus_reference("Baroni Urbani, C., Indiscriminate oophagy by ant larvae: An explanation for "
                                     "brood serial organization (1991) Insectes Sociaux, 38, pp. 229-239")};
  auto mv = refnet::merge_records({wos, scopus});
  const auto& refs = mv.record.references;
  REQUIRE(refs.size() == 4);  // WoS's 3 (the longer list), and Sachs 2006 from Scopus's
  CHECK(refs[0].title == "The evolution of cooperation");
  CHECK(refs[3].title == "A shift to parasitism in the jellyfish symbiont Symbiodinium microadriaticum");
  // "Baroni Urbani, C." is near "URBANI CB" (a family word, the year): not added.
  auto it = std::find_if(mv.choices.begin(), mv.choices.end(), [](const auto& c) { return c.field == "references"; });
  REQUIRE(it != mv.choices.end());
  CHECK(it->source == 0);
  REQUIRE(it->alternatives.size() == 1);
  CHECK(it->alternatives[0].second == "3 references, 1 of them joined to the view's, 1 added to it");
}
