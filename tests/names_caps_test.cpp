// Names written in capitals.  The cases are real names whose family name the
// source's own structured form gives (Crossref family/given, Scopus "Author
// full names", WoS AF, RIS "Family, Given"), written back in capitals as
// bylines, IEEE, Lens and page text write them (bench/names_audit.py, class
// "given-first caps").
#include <catch2/catch.hpp>

#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
Creator person(std::string family, std::string given, std::string particle = {}) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  c.particle = std::move(particle);
  return c;
}
}  // namespace

TEST_CASE("names in capitals from a given-first source: the last word is the family, even a short one",
          "[names][caps]") {
  // Two or three capitals pass for initials ("SMITH JA"); in a source that
  // writes its names given first they are the family name.
  CHECK(parse_given_first_name("SEAN LEE") == person("LEE", "SEAN"));
  CHECK(parse_given_first_name("KANG XIE") == person("XIE", "KANG"));
  CHECK(parse_given_first_name("XING-YUE HU") == person("HU", "XING-YUE"));
  CHECK(parse_given_first_name("SOOK JOUNG LEE") == person("LEE", "SOOK JOUNG"));
  CHECK(parse_given_first_name("JUNG MI JO") == person("JO", "JUNG MI"));
  CHECK(parse_given_first_name("PARTHA SARATHI ROY") == person("ROY", "PARTHA SARATHI"));
  CHECK(parse_given_first_name("MARTIN M GIL") == person("GIL", "MARTIN M"));
  Creator romano = person("ROMANO", "NICHOLAS C");
  romano.suffix = "JR";
  CHECK(parse_given_first_name("NICHOLAS C ROMANO JR") == romano);  // was family "JR"
  // Mixed case keeps its evidence: "Smith JA" is family first everywhere.
  CHECK(parse_given_first_name("Smith JA") == person("Smith", "JA"));
  CHECK(parse_given_first_name("Sean Lee") == person("Lee", "Sean"));
  // Dotted initials are initials: "LEWIS G. F." is family first.
  CHECK(parse_given_first_name("LEWIS G. F.") == person("LEWIS", "G. F."));
  // Where the order is not known, "SMITH JA" and "SEAN LEE" look alike:
  // Web of Science's and PubMed's family-first initials win.
  CHECK(parse_ris_name("SMITH JA") == person("SMITH", "JA"));
  CHECK(parse_ris_name("LEE SH") == person("LEE", "SH"));  // was family "SH", given "LEE"
  CHECK(parse_ris_name("LI J") == person("LI", "J"));      // was a literal
  CHECK(parse_ris_name("XU Z") == person("XU", "Z"));
  CHECK(parse_ris_name("WU XY") == person("WU", "XY"));
  // With a dotted initial the order shows: given first.
  CHECK(parse_ris_name("AMY W. RAY") == person("RAY", "AMY W."));
  CHECK(parse_ris_name("BEN Q. LIU") == person("LIU", "BEN Q."));
}

TEST_CASE("names in capitals: particles in capitals belong to the family", "[names][caps]") {
  // Before: family "OLIVEIRA", given "TULIO DE".
  CHECK(parse_ris_name("TULIO DE OLIVEIRA") == person("DE OLIVEIRA", "TULIO"));
  CHECK(parse_ris_name("SANDRA DE BREUCKER") == person("DE BREUCKER", "SANDRA"));
  CHECK(parse_ris_name("WÄNDI BRUINE DE BRUIN") == person("DE BRUIN", "WÄNDI BRUINE"));
  CHECK(parse_ris_name("JADIR NOGUEIRA DA SILVA") == person("DA SILVA", "JADIR NOGUEIRA"));
  CHECK(parse_ris_name("MARK VAN VUGT") == person("VAN VUGT", "MARK"));
  CHECK(parse_ris_name("STEF VAN DER HOEVEN") == person("VAN DER HOEVEN", "STEF"));
  // A lower-case particle's rule: from the particle after the given names on.
  CHECK(parse_ris_name("IRACEMA DE SOUZA MOLL") == person("DE SOUZA MOLL", "IRACEMA"));
  // One capital is an initial, not the particle "e" or "y".
  CHECK(parse_ris_name("JOSE E SILVA") == person("SILVA", "JOSE E"));
  // As in mixed case, the first word is given and the last the family.
  CHECK(parse_ris_name("VAN MORRISON") == person("MORRISON", "VAN"));
  // A Vietnamese middle name is no particle.
  CHECK(parse_ris_name("HAI VAN NGUYEN") == person("NGUYEN", "HAI VAN"));
  // The same family as the source's "de Oliveira, Tulio", case aside.
  CHECK(same_family_and_initial(parse_ris_name("TULIO DE OLIVEIRA"), parse_ris_name("de Oliveira, Tulio")));
}

TEST_CASE("names in capitals: the readers of given-first sources read them given first", "[names][caps]") {
  // IEEE Xplore CSV, the layout of litstudy's real export, authors in capitals.
  Parsed ieee = parse_string("\"Document Title\",Authors,\"Author Affiliations\",\"DOI\"\n"
                             "\"A title\",\"SEAN LEE; TULIO DE OLIVEIRA\",\"NA; NA\",\"10.1109/x.1\"\n");
  REQUIRE(ieee.records.size() == 1);
  REQUIRE(ieee.records[0].authors.size() == 2);
  CHECK(ieee.records[0].authors[0] == person("LEE", "SEAN"));  // was family "SEAN", given "LEE"
  CHECK(ieee.records[0].authors[1] == person("DE OLIVEIRA", "TULIO"));
  // The same names in a RIS AU line, whose order is not known: WoS's "LEE SH"
  // is family first.
  Parsed ris = parse_string("TY  - JOUR\nTI  - A title\nAU  - LEE SH\nAU  - TULIO DE OLIVEIRA\nER  - \n");
  REQUIRE(ris.records.size() == 1);
  REQUIRE(ris.records[0].authors.size() == 2);
  CHECK(ris.records[0].authors[0] == person("LEE", "SH"));
  CHECK(ris.records[0].authors[1] == person("DE OLIVEIRA", "TULIO"));
}
