// Scopus RIS and Scopus BibTeX carry a record's EID only inside its URL
// (".../record.uri?eid=2-s2.0-85079532227&doi=...&partnerID=40&md5=..."):
// read into the record's Scopus EID, as the Scopus CSV reader's EID column
// is, it supersedes on re-import, names the work, and joins the CSV export
// of the same search (issue #11, task doi17).
#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <fstream>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const char* kRis = "corpora/synthesisr__Scopus_ris_example.ris";

std::string q(const std::string& s) { return "'" + s + "'"; }

nlohmann::json import_json(const std::string& lib, const std::string& file) {
  auto r = run_refnet("import --json --library " + q(lib) + " " + q(file));
  INFO(r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("Scopus RIS: the EID of UR's record.uri is the record's Scopus EID", "[scopus_eid_test]") {
  Parsed p = parse_file(fixture(kRis));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].scopus_eid == "2-s2.0-85079532227");
  CHECK(p.records[1].scopus_eid == "2-s2.0-85083526403");
  for (const Record& r : p.records) CHECK(r.url.find(r.scopus_eid) != std::string::npos);
  // record.url (2004) as well as record.uri.
  Parsed j = parse_file(fixture("corpora/jabref__RisImporterTestScopus.ris"));
  REQUIRE(j.records.size() == 1);
  CHECK(j.records[0].scopus_eid == "2-s2.0-4544289390");
  // Every record of a larger export.
  Parsed h = parse_file(fixture("corpora/scopus4histcite__scopus.ris"));
  REQUIRE(h.records.size() == 87);
  for (const Record& r : h.records) CHECK(starts_with(r.scopus_eid, "2-s2.0-"));
}

TEST_CASE("Scopus RIS: an EID only in a URL that is not Scopus's is no EID", "[scopus_eid_test]") {
  Parsed p = parse_string("TY  - JOUR\nTI  - A title\nUR  - https://example.org/record?eid=2-s2.0-85079532227\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].scopus_eid.empty());
}

TEST_CASE("Scopus RIS: an AN EID that the URL's disagrees with keeps AN's, with a warning", "[scopus_eid_test]") {
  Parsed p = parse_string(
      "TY  - JOUR\nTI  - A title\nAN  - 2-s2.0-85000000001\n"
      "UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-85079532227&partnerID=40\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].scopus_eid == "2-s2.0-85000000001");
  REQUIRE(p.diags.warnings() == 1);
  CHECK(p.diags.items()[0].line == 4);
  CHECK(p.diags.items()[0].message.find("2-s2.0-85079532227") != std::string::npos);
}

TEST_CASE("Scopus RIS re-exported with one field changed supersedes by EID; show finds the EID",
          "[scopus_eid_test]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  auto first = import_json(lib, fixture(kRis));
  CHECK(first["new"] == 3);
  // The same records, the first one's year corrected: a later export of the same search.
  std::string text = slurp(fixture(kRis));
  std::size_t py = text.find("PY  - 2020");
  REQUIRE(py != std::string::npos);
  text.replace(py, 10, "PY  - 2021");
  {
    std::ofstream out(tmp / "again.ris", std::ios::binary);
    out << text;
  }
  auto again = import_json(lib, tmp / "again.ris");
  CHECK(again["new"] == 0);
  CHECK(again["updated"] == 1);  // the one record changed; the other two are present
  auto shown = run_refnet("show --library " + q(lib) + " 2-s2.0-85079532227");
  INFO(shown.err);
  REQUIRE(shown.status == 0);
  CHECK(shown.out.find("Soil fauna diversity") != std::string::npos);
  CHECK(shown.out.find("2021") != std::string::npos);
}

TEST_CASE("Scopus CSV and Scopus RIS of the same search join on the EID", "[scopus_eid_test]") {
  // The CSV row has no DOI: only the EID can join it to the RIS record.
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  import_json(lib, fixture(kRis));
  auto csv = import_json(lib, fixture("scopus/eid_same_search.csv"));
  CHECK(csv["new"] == 0);
  CHECK(csv["merged_by_identifier"] == 1);
}

TEST_CASE("Scopus BibTeX: the EID of the url field is the record's Scopus EID", "[scopus_eid_test]") {
  Parsed p = parse_file(fixture("corpora/synthesisr__Scopus_bib_example.bib"));
  REQUIRE(p.records.size() == 3);
  for (const Record& r : p.records) CHECK(starts_with(r.scopus_eid, "2-s2.0-"));
  Parsed ris = parse_file(fixture(kRis));
  REQUIRE(ris.records.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(p.records[i].scopus_eid == ris.records[i].scopus_eid);
}
