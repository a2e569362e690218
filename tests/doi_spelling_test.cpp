// DOIs keep their spelling (task store37).  DOIs are case-insensitive, so
// refnet compares and indexes them folded (Record::doi), but an author, a
// style checker and a publisher's link checker see the DOI the export
// writes: `10.1016/S0140-6736(20)30183-5` came out as `10.1016/s0140-...`.
// The record keeps its source's spelling beside the folded DOI and every
// export writes it.  Fixtures: one work from Dimensions (lower case) and
// Web of Science (the registrant's capitals), ESHackathon/CiteSource
// (GPL-3.0); two Web of Science records, one citing the other by its DOI
// in capitals (NPMoran/synthesis-review_mutualistism-antagonism, no licence:
// a tiny excerpt).  See fixtures/SOURCES.md.
//
// Also here: a library made before one reference list per work (schema 11)
// has its views merged again when this refnet opens it.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "refnet/doi.hpp"
#include "refnet/merge.hpp"
#include "refnet/record.hpp"

#include "library_state.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

const char* const kDimensions = "network/doi_case/costafreda2017__dimensions.ris";
const char* const kWos = "network/doi_case/costafreda2017__wos.ris";

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The exports of a library in every record format, and `show`.
struct Written {
  std::string bibtex, biblatex, ris, csljson, csv, show;
};
Written written(CliLibrary& lib, const std::string& work) {
  Written w;
  w.bibtex = lib.run("export", "--format bibtex").out;
  w.biblatex = lib.run("export", "--format biblatex").out;
  w.ris = lib.run("export", "--format ris").out;
  w.csljson = lib.run("export", "--format csljson").out;
  w.csv = lib.run("export", "--format csv --columns key,doi").out;
  w.show = lib.run("show", q(work)).out;
  return w;
}

void check_spelled(const Written& w, const std::string& doi) {
  CHECK(has(w.bibtex, "doi = {" + doi + "}"));
  CHECK(has(w.biblatex, "doi = {" + doi + "}"));
  CHECK(has(w.ris, "DO  - " + doi + "\r\n"));
  auto items = nlohmann::json::parse(w.csljson);
  REQUIRE(items.size() == 1);
  CHECK(items[0]["DOI"] == doi);
  CHECK(has(w.csv, "," + doi + "\r\n"));
  CHECK(has(w.show, "doi             " + doi + "\n"));
}

}  // namespace

TEST_CASE("a DOI the source writes in capitals is exported as written", "[doi_spelling]") {
  CliLibrary lib;
  lib.run("import", q(fixture(kWos)));
  // Found by either spelling: it is one DOI.
  Written w = written(lib, "10.1071/wf17026");
  check_spelled(w, "10.1071/WF17026");
  CHECK(lib.run("show", "10.1071/WF17026").out == w.show);
  // The index column stays folded: merge-by-DOI, dedup and citation links compare it.
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE doi = '10.1071/wf17026'") == 1);
}

TEST_CASE("two sources whose DOIs differ in case are one work, written with the capitals", "[doi_spelling]") {
  // Dimensions first (lower case), then Web of Science; and the other way.
  for (bool dimensions_first : {true, false}) {
    CAPTURE(dimensions_first);
    CliLibrary lib;
    auto r = lib.run("import", dimensions_first ? q(fixture(kDimensions)) + " " + q(fixture(kWos))
                                                : q(fixture(kWos)) + " " + q(fixture(kDimensions)));
    CHECK(has(r.out + r.err, "total: 2 read, 1 new, 1 merged by identifier"));
    CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into IS NULL") == 1);
    check_spelled(written(lib, "10.1071/WF17026"), "10.1071/WF17026");
  }
}

TEST_CASE("a citation by a DOI in capitals links to the work, which keeps the spelling", "[doi_spelling]") {
  CliLibrary lib;
  lib.run("import", q(fixture("network/doi_case/ranta1992__wos.txt")));
  auto report = lib.run("network", "citation --report -o " + q(lib.dir / "c.graphml"));
  CHECK(has(report.out, "matched by DOI:           1\n"));
  CHECK(has(report.err, "citation network: 2 nodes, 1 links"));
  // The graph names the cited work by its DOI as written.
  CHECK(has(slurp(lib.dir / "c.graphml"), "10.1016/S0003-3472(05)80082-X"));
  std::string ris = lib.run("export", "--format ris").out;
  CHECK(has(ris, "DO  - 10.1016/S0003-3472(05)80082-X\r\n"));
  CHECK(has(ris, "DO  - 10.1086/285528\r\n"));
}

TEST_CASE("a library that stored the DOI in lower case takes the spelling when the file is imported again",
          "[doi_spelling]") {
  CliLibrary lib;
  lib.run("import", q(fixture(kDimensions)) + " " + q(fixture(kWos)));
  // As refnet stored sources before they kept the spelling.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(lib.path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db,
                       "UPDATE sources SET data = json_remove(data, '$.doi_spelling'); "
                       "UPDATE works SET data = json_remove(data, '$.doi_spelling') WHERE data <> ''",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  CHECK(has(lib.run("export", "--format bibtex").out, "doi = {10.1071/wf17026}"));
  auto again = lib.run("import", q(fixture(kWos)));
  CHECK(has(again.out, "0 new, 0 merged by identifier, 0 updated, 1 already present"));
  CHECK(has(again.out, "1 record already present gave the DOI's spelling the library had in lower case"));
  CHECK(has(lib.run("export", "--format bibtex").out, "doi = {10.1071/WF17026}"));
  // Said once: the source has it now.
  CHECK_FALSE(has(lib.run("import", q(fixture(kWos))).out, "gave the DOI's spelling"));
}

TEST_CASE("set doi= keeps the spelling typed; another DOI does not keep the old spelling", "[doi_spelling]") {
  CliLibrary lib;
  lib.run("import", q(fixture(kDimensions)));
  lib.run("set", "10.1071/wf17026 doi=https://doi.org/10.1071/WF17026");
  CHECK(has(lib.run("export", "--format bibtex").out, "doi = {10.1071/WF17026}"));
  lib.run("set", "10.1071/wf17026 doi=10.1071/wf17027");
  CHECK(has(lib.run("export", "--format bibtex").out, "doi = {10.1071/wf17027}"));
}

TEST_CASE("keep_doi_spelling takes a whole DOI from the source text, in its first spelling with capitals",
          "[doi_spelling]") {
  auto spelled = [](const std::string& doi, std::string_view source) {
    Record r;
    r.doi = doi;
    keep_doi_spelling(r, source);
    return r.spelled_doi();
  };
  CHECK(spelled("10.1071/wf17026", "DO  - 10.1071/WF17026\n") == "10.1071/WF17026");
  CHECK(spelled("10.1071/wf17026", "DO  - 10.1071/wf17026\n") == "10.1071/wf17026");
  CHECK(spelled("10.1071/wf17026", "UR - https://doi.org/10.1071/wf17026\nDO - 10.1071/WF17026.") ==
        "10.1071/WF17026");
  // The start of a longer DOI is not this one's spelling.
  CHECK(spelled("10.1000/ab", "10.1000/AB.C 10.1000/ABC 10.1000/AB-1 10.1000/AB(2)") == "10.1000/ab");
  CHECK(spelled("10.1000/ab", "see 10.1000/ABC, then doi:10.1000/Ab.") == "10.1000/Ab");
  // Written otherwise (URL-encoded): the folded DOI.
  CHECK(spelled("10.1000/ab", "doi=10.1000%2FAB") == "10.1000/ab");

  Record r;
  r.doi = "10.1016/s0140-6736(20)30183-5";
  keep_doi_spelling(r, "DI 10.1016/S0140-6736(20)30183-5\n");
  CHECK(r.spelled_doi() == "10.1016/S0140-6736(20)30183-5");
  // Stored and read back; a spelling of another DOI is not written.
  Record back = record_from_json(to_json(r));
  CHECK(back.spelled_doi() == "10.1016/S0140-6736(20)30183-5");
  back.doi = "10.1016/s0140-6736(20)30184-7";
  CHECK(back.spelled_doi() == back.doi);
  CHECK(to_json(back).find("doi_spelling") == std::string::npos);
}

TEST_CASE("a merged view spells its DOI as Crossref does, else as the first source that kept capitals",
          "[doi_spelling]") {
  auto source = [](const char* format, const char* spelling) {
    Record r;
    r.title = "Human-caused fire occurrence modelling in perspective: a review";
    r.doi = "10.1071/wf17026";
    keep_doi_spelling(r, spelling);
    r.provenance.format = format;
    return r;
  };
  Record dimensions = source("ris", "10.1071/wf17026"), wos = source("ris", "10.1071/WF17026"),
         crossref = source("crossref", "10.1071/Wf17026");
  CHECK(merge_records({dimensions, wos}).record.spelled_doi() == "10.1071/WF17026");
  CHECK(merge_records({wos, dimensions}).record.spelled_doi() == "10.1071/WF17026");
  CHECK(merge_records({wos, crossref}).record.spelled_doi() == "10.1071/Wf17026");
  // Crossref writing it in lower case is the registrant's spelling too.
  CHECK(merge_records({wos, source("crossref", "10.1071/wf17026")}).record.spelled_doi() == "10.1071/wf17026");
}

TEST_CASE("a library made before one reference list per work gets one list per work when opened", "[doi_spelling]") {
  // refnet at schema 11 kept both lists of a work found in Web of Science
  // and Scopus (7 + 7 references of the same 7 cited works).
  CliLibrary lib;
  std::filesystem::copy_file(fixture("network/one_list/cahan2001__schema11.sqlite"), lib.path);
  auto stats = lib.run("stats", "");
  CHECK(has(stats.err, "views of works with more than one source merged again by this refnet's rules (one reference "
                       "list per work): 1 of 1 changed, their references 14 -> 8"));
  // The 7 of Web of Science's list, one of them completed from Scopus's;
  // Baroni Urbani 1994, which only Scopus's first 7 hold, added.
  CHECK(has(stats.out, "references:  8 (7 with DOI)"));
  CHECK(lib.scalar("PRAGMA user_version") >= 13);
  auto work = nlohmann::json::parse(lib.run("show", "10.1006/anbe.2000.1671 --json").out)[0];
  CHECK(work["references"].size() == 8);
  CHECK(work["sources"].size() == 2);
  // Once: the next command says nothing.
  CHECK_FALSE(has(lib.run("stats", "").err, "merged again"));
  // The search index was rebuilt for the work.
  CHECK(has(lib.run("list", "--text cooperation").out, "cahan2001cooperation"));
}
