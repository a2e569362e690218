// Lead, session 59 (issue #11): a file imported again gives its cited
// references today's reading too, keeping the DOIs `enrich` gave them.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <string>

#include "cli_library.hpp"

using namespace refnet::test;

namespace {
bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The first column of the first row `query` gives, as text ("" when none).
std::string sql(const std::string& path, const std::string& query) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  std::string out;
  auto take = [](void* to, int n, char** values, char**) {
    if (n > 0 && values[0] && static_cast<std::string*>(to)->empty()) *static_cast<std::string*>(to) = values[0];
    return 0;
  };
  char* err = nullptr;
  const int rc = sqlite3_exec(db, query.c_str(), take, &out, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
  return out;
}

// A Web of Science record citing three works, the third with its DOI.
const char* const kWos =
    "FN Clarivate Analytics Web of Science\nVR 1.0\n"
    "PT J\nAU Lewis, GF\nAF Lewis, Gary F.\nTI Heart rate variability and social engagement\nSO PSYCHOPHYSIOLOGY\n"
    "CR Porges SW, 2007, BIOL PSYCHOL, V74, P116\n"
    "   Thayer JF, 2009, ANN BEHAV MED, V37, P141\n"
    "   Beauchaine TP, 2015, CURR OPIN PSYCHOL, V3, P43, DOI 10.1016/j.copsyc.2015.01.017\n"
    "PY 2012\nVL 49\nBP 1\nEP 9\nUT WOS:000298765400001\nER\n\nEF\n";

const char* const kRefs = "SELECT data FROM sources WHERE json_extract(data, '$.title') LIKE 'Heart rate%'";
}  // namespace

TEST_CASE("a file imported again gives its cited references today's reading, keeping enrich's DOIs", "[lead59]") {
  CliLibrary lib;
  const std::string wos = lib.dir / "savedrecs.txt";
  std::ofstream(wos, std::ios::binary) << kWos;
  REQUIRE(lib.run("import '" + wos + "'").status == 0);
  REQUIRE(sql(lib.path, "SELECT json_array_length(data, '$.references') FROM (" + std::string(kRefs) + ")") == "3");
  REQUIRE(sql(lib.path, "SELECT json_extract(data, '$.references[0].container') FROM (" + std::string(kRefs) + ")") ==
          "BIOL PSYCHOL");
  // As an older refnet read it: the first reference's journal and volume not
  // read; and `enrich --match-references` gave the second its DOI.
  sql(lib.path,
      "UPDATE sources SET data = json_set(json_remove(data, '$.references[0].container', '$.references[0].volume'), "
      "'$.references[1].doi', '10.1007/s12160-009-9101-z') WHERE json_extract(data, '$.title') LIKE 'Heart rate%'");

  const auto again = lib.run("import '" + wos + "'");
  CHECK(again.status == 0);
  CHECK(has(again.out, "1 record already present read otherwise by this refnet"));
  CHECK(has(again.out, "(references)"));
  const std::string refs = "FROM (" + std::string(kRefs) + ")";
  // Today's reading of the text ...
  CHECK(sql(lib.path, "SELECT json_extract(data, '$.references[0].container') " + refs) == "BIOL PSYCHOL");
  CHECK(sql(lib.path, "SELECT json_extract(data, '$.references[0].volume') " + refs) == "74");
  // ... and the DOI the library gave the reference, which the text does not hold.
  CHECK(sql(lib.path, "SELECT json_extract(data, '$.references[1].doi') " + refs) == "10.1007/s12160-009-9101-z");
  CHECK(sql(lib.path, "SELECT json_extract(data, '$.references[2].doi') " + refs) == "10.1016/j.copsyc.2015.01.017");

  // Read the same way now: said no more.
  CHECK(has(lib.run("import '" + wos + "' --json").out, "\"reread\":0"));
}

TEST_CASE("a DOI the library gave a reference is no new reading", "[lead59]") {
  CliLibrary lib;
  const std::string wos = lib.dir / "savedrecs.txt";
  std::ofstream(wos, std::ios::binary) << kWos;
  REQUIRE(lib.run("import '" + wos + "'").status == 0);
  // Only enrich's DOI differs from the text's reading: nothing to take.
  sql(lib.path,
      "UPDATE sources SET data = json_set(data, '$.references[0].doi', '10.1016/j.biopsycho.2006.06.009') "
      "WHERE json_extract(data, '$.title') LIKE 'Heart rate%'");
  const auto again = lib.run("import '" + wos + "' --json");
  CHECK(has(again.out, "\"reread\":0"));
  CHECK(sql(lib.path, "SELECT json_extract(data, '$.references[0].doi') FROM (" + std::string(kRefs) + ")") ==
        "10.1016/j.biopsycho.2006.06.009");
}

// user59: a work whose record is a BibTeX entry, merged with a RIS record of
// it: a RIS export said of the RIS source's DP and Y2 "RIS has no field for
// it", which is not so: RIS writes a source's own tags where the work's
// record is that source, and these the other source's fields stand for.
TEST_CASE("a RIS export does not say RIS has no field for another source's RIS tags", "[lead59]") {
  CliLibrary lib;
  const std::string bib = lib.dir / "zotero.bib";
  std::ofstream(bib, std::ios::binary)
      << "@article{lewis2012,\n  author = {Lewis, Gary F.},\n  title = {Heart rate variability and social engagement},\n"
         "  journal = {Psychophysiology},\n  year = {2012},\n  volume = {49},\n  pages = {1--9},\n"
         "  doi = {10.1111/j.1469-8986.2011.01309.x}\n}\n";
  const std::string ris = lib.dir / "wiley.ris";
  std::ofstream(ris, std::ios::binary)
      << "TY  - JOUR\nAU  - Lewis, Gary F.\nTI  - Heart rate variability and social engagement\nT2  - Psychophysiology\n"
         "PY  - 2012\nVL  - 49\nSP  - 1\nEP  - 9\nDO  - 10.1111/j.1469-8986.2011.01309.x\nDP  - Wiley Online Library\n"
         "Y2  - 2021/03/04/\nER  - \n";
  REQUIRE(lib.run("import '" + bib + "'").status == 0);
  REQUIRE(has(lib.run("import '" + ris + "'").out, "1 merged"));
  const auto out = lib.run("export --format ris --no-pin");
  REQUIRE(out.status == 0);
  INFO(out.err);
  CHECK_FALSE(has(out.err, "RIS has no field for it"));
  CHECK(has(out.err, "1 value of DP (ris) not written: "));
  CHECK(has(out.err, "the work's record is another source's (bibtex), and RIS writes that record's own fields only"));
  // A format that has no such field says so, as before.
  const auto bibout = lib.run("export --format bibtex --no-pin");
  CHECK(has(bibout.err, "1 value of DP (ris) not written: BibTeX has no field for it"));
}

// user59, on decolonizing-expertise's savedrecs.txt read back from refnet's
// own RIS export (which writes no ORCIDs): Web of Science's "Thompson,
// Jeffrey J." has ORCID 0000-0002-5632-1466, and the merged view gave it to
// "Thompson, Ron" of the same paper too (any creator of the family name).
TEST_CASE("an ORCID another source knows goes to its person, not to a namesake in the list", "[lead59]") {
  CliLibrary lib;
  const std::string wos = lib.dir / "savedrecs.txt";
  std::ofstream(wos, std::ios::binary)
      << "FN Clarivate Analytics Web of Science\nVR 1.0\n"
         "PT J\nAU Morato, RG\n   Thompson, JJ\n   Thompson, R\nAF Morato, Ronaldo G.\n   Thompson, Jeffrey J.\n"
         "   Thompson, Ron\nTI Jaguar movement database\nSO ECOLOGY\n"
         "OI Thompson, Jeffrey J/0000-0002-5632-1466\nPY 2018\nVL 99\nBP 1691\nEP 1691\nDI 10.1002/ecy.2379\n"
         "UT WOS:000437209700026\nER\n\nEF\n";
  const std::string ris = lib.dir / "own.ris";
  std::ofstream(ris, std::ios::binary)
      << "TY  - JOUR\nAU  - Morato, Ronaldo G.\nAU  - Thompson, Jeffrey J.\nAU  - Thompson, Ron\n"
         "TI  - Jaguar movement database\nT2  - Ecology\nPY  - 2018\nVL  - 99\nSP  - 1691\nEP  - 1691\n"
         "DO  - 10.1002/ecy.2379\nER  - \n";
  REQUIRE(lib.run("import '" + wos + "'").status == 0);
  REQUIRE(has(lib.run("import '" + ris + "'").out, "1 merged"));
  const std::string csl = lib.run("export --format csl-json --no-pin").out;
  INFO(csl);
  CHECK(csl.find("0000-0002-5632-1466") != std::string::npos);
  CHECK(csl.find("0000-0002-5632-1466") == csl.rfind("0000-0002-5632-1466"));  // once: Jeffrey J.'s
  const std::size_t ron = csl.find("\"given\": \"Ron\"") != std::string::npos ? csl.find("\"given\": \"Ron\"")
                                                                               : csl.find("\"given\":\"Ron\"");
  REQUIRE(ron != std::string::npos);
  CHECK(csl.find("ORCID", csl.rfind('{', ron)) > csl.find('}', ron));  // Ron's name has none
}
