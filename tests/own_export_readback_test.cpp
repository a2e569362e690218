// refnet's own exports read back: into the library they came from, every
// entry joins its work (no work added, with or without a DOI, in every
// format); the database a record came from is counted once.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace refnet::test;

namespace {

struct Lib {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return " --library '" + path + "'"; }
};

nlohmann::json import_json(const std::string& library, const std::string& file) {
  CommandResult r = run_refnet("import --json --library '" + library + "' '" + file + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

std::size_t works_in(const std::string& library) {
  CommandResult r = run_refnet("list --format json --library '" + library + "'");
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out).size();
}

}  // namespace

TEST_CASE("refnet's own export, read back into its library, joins every work: those without a DOI too",
          "[cli][import][export]") {
  // AGRIS (12 records, none with a DOI) and ProQuest EconLit (34 of 50
  // without a DOI), from CiteSource's vignettes: their BibTeX, CSL-JSON and
  // CSV exports read back added 12 and 34 works again (key, title and year
  // were only compared with sources of the export's own format: RIS).
  Lib lib;
  for (const char* f : {"corpora/citesource__agris.ris", "corpora/citesource__proquest_econlit.ris"})
    REQUIRE(import_json(lib.path, fixture(f))["rejected"] == 0);
  const std::size_t works = works_in(lib.path);
  REQUIRE(works == 62);
  for (const char* format : {"bibtex", "biblatex", "ris", "csljson", "csv", "tsv"}) {
    INFO(format);
    const std::string out = lib.dir / (std::string("export.") + format);
    REQUIRE(run_refnet("export --no-pin --format " + std::string(format) + " -o '" + out + "'" + lib.opt()).status == 0);
    const std::string copy = lib.dir / (std::string("again-") + format + ".sqlite");
    std::filesystem::copy_file(lib.path, copy);
    nlohmann::json j = import_json(copy, out);
    CHECK(j["read"] == works);
    CHECK(j["new"] == 0);
    // Read back: copies attached to their works, no duplicates merged (lead60;
    // before, counted as merged by identifier).
    CHECK(j["merged_by_identifier"] == 0);
    CHECK(j["read_back"] == works);
    CHECK(j["updated"] == 0);
    CHECK(works_in(copy) == works);
  }
}

namespace {

// One work that Dimensions, EBSCO's Environment Index and Web of Science
// all found (CiteSource's six-database search): three RIS records, merged
// by DOI.
const char* const kThreeDatabases[] = {"ris/abella2015_three_databases/Dimensions_246.ris",
                                       "ris/abella2015_three_databases/envindex_100.ris",
                                       "ris/abella2015_three_databases/wos_278.ris"};

nlohmann::json only_work(const std::string& library) {
  CommandResult r = run_refnet("list --format json --library '" + library + "'");
  REQUIRE(r.status == 0);
  nlohmann::json works = nlohmann::json::parse(r.out);
  REQUIRE(works.size() == 1);
  return works[0];
}

}  // namespace

TEST_CASE("the Web of Science UT comes back from refnet's BibTeX, CSL-JSON and RIS exports", "[cli][import][export]") {
  // BibTeX wrote no unique-id and CSL-JSON nothing of the UT; RIS left it
  // out when the record's own AN lines (Dimensions' pub.1020792604) were
  // written: 0 of the six-database library's 278 UTs came back from BibTeX
  // and CSL-JSON, 126 from RIS.
  Lib lib;
  for (const char* f : kThreeDatabases) REQUIRE(import_json(lib.path, fixture(f))["rejected"] == 0);
  REQUIRE(only_work(lib.path)["wos_ut"] == "WOS:000347739900027");
  for (const char* format : {"bibtex", "csljson", "ris"}) {
    INFO(format);
    const std::string out = lib.dir / (std::string("export.") + format);
    CommandResult e = run_refnet("export --no-pin --format " + std::string(format) + " -o '" + out + "'" + lib.opt());
    REQUIRE(e.status == 0);
    CHECK(e.err.find("UT") == std::string::npos);
    const std::string fresh = lib.dir / (std::string("fresh-") + format + ".sqlite");
    REQUIRE(import_json(fresh, out)["new"] == 1);
    CHECK(only_work(fresh)["wos_ut"] == "WOS:000347739900027");
  }
  CHECK(slurp(lib.dir / "export.bibtex").find("unique-id = {WOS:000347739900027}") != std::string::npos);
  // biblatex has no field for it: a paper's leaves it out, and says so.
  CommandResult b = run_refnet("export --no-pin --format biblatex" + lib.opt());
  CHECK(b.out.find("WOS:") == std::string::npos);
  CHECK(b.err.find("the Web of Science UT has no field in biblatex") != std::string::npos);
  CHECK(run_refnet("export --no-pin --format biblatex --profile full" + lib.opt()).out.find(
            "unique-id = {WOS:000347739900027}") != std::string::npos);
}

TEST_CASE("refnet's own export read back counts in PRISMA neither under its file nor again under the databases",
          "[cli][import][export][review]") {
  // The RIS export carries the EBSCO record's DP/DB and the Web of Science
  // UT: read back into the library, its records were counted again as
  // EBSCO's and Web of Science's (the six-database library: EBSCO 100 ->
  // 200, Web of Science 278 -> 385, PubMed 84 -> 142).  The BibTeX and
  // CSL-JSON exports, carrying the UT, superseded the Web of Science record
  // in the work's view.
  Lib lib;
  for (const char* f : kThreeDatabases) REQUIRE(import_json(lib.path, fixture(f))["rejected"] == 0);
  auto identified = [](const std::string& library) {
    CommandResult r = run_refnet("prisma --json --library '" + library + "'");
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out)["identified"];
  };
  const nlohmann::json before = identified(lib.path);
  // One record a database (their names are prisma_test's and screening_workflow_test's to pin).
  REQUIRE(before.size() == 3);
  for (const auto& [database, records] : before.items()) CHECK(records == 1);
  for (const char* format : {"ris", "bibtex", "csljson", "csv"}) {
    INFO(format);
    const std::string name = std::string("mine.") + format;
    const std::string out = lib.dir / name;
    REQUIRE(run_refnet("export --no-pin --format " + std::string(format) + " -o '" + out + "'" + lib.opt()).status == 0);
    const std::string copy = lib.dir / (std::string("again-") + format + ".sqlite");
    std::filesystem::copy_file(lib.path, copy);
    nlohmann::json j = import_json(copy, out);
    CHECK(j["new"] == 0);
    // Since session 60 (user60_test) its records are copies of the works, counted nowhere (before: under the
    // file's name, expected[name] = 1).
    CHECK(identified(copy) == before);
    CHECK(nlohmann::json::parse(run_refnet("prisma --json --library '" + copy + "'").out)["own_exports"] == 1);
    // A copy of the work's view supersedes none of its records.
    if (std::string(format) != "ris") CHECK(j["updated"] == 0);
  }
}

namespace {

// Three works each found by four or five of the six databases of one search
// (CiteSource's six-database library), every record cut whole: EBSCO's
// with a copyright as its second AB and an N1 of e-mail addresses, Ovid
// MEDLINE's with its NLM journal code in IS (`IS - du1, 7807270`),
// Dimensions' titles ending with NLM's period, its PMIDs in U1 and its own
// AN beside them.
const char* const kSixDatabases[] = {
    "ris/six_databases_excerpt/Dimensions_246.ris", "ris/six_databases_excerpt/envindex_100.ris",
    "ris/six_databases_excerpt/lens_343.ris", "ris/six_databases_excerpt/medline_84.ris",
    "ris/six_databases_excerpt/wos_278.ris"};

nlohmann::json works_by_key(const std::string& library) {
  CommandResult r = run_refnet("list --format json --library '" + library + "'");
  REQUIRE(r.status == 0);
  nlohmann::json by_key;
  for (auto& w : nlohmann::json::parse(r.out)) by_key[w["citekey"].get<std::string>()] = w;
  return by_key;
}

}  // namespace

TEST_CASE("refnet's RIS export writes no value a source kept apart under the tag of a field",
          "[cli][import][export][ris]") {
  // A merged work's view keeps in extra the values its sources gave under a
  // field's tag that are not the field: Ovid's NLM code in IS, EBSCO's
  // copyright as a second AB, Dimensions' AN.  Written back under IS, AB and
  // AN they were read as the issue, and the AN kept the PMID from being
  // written at all; Ovid's DB made the reader drop the final period of
  // Dimensions' title.  The six-database library's RIS export read into a
  // fresh library: 75 of 515 works differed (70 PMIDs, 10 issues, 5
  // titles); read into the library itself, 17 works were "updated".
  Lib lib;
  for (const char* f : kSixDatabases) REQUIRE(import_json(lib.path, fixture(f))["rejected"] == 0);
  const nlohmann::json before = works_by_key(lib.path);
  REQUIRE(before.size() == 3);
  REQUIRE(before["amjad2021wildfire"]["extra"].dump().find("du1, 7807270") != std::string::npos);
  const std::string out = lib.dir / "export.ris";
  CommandResult e = run_refnet("export --no-pin --format ris -o '" + out + "'" + lib.opt());
  REQUIRE(e.status == 0);
  const std::string ris = slurp(out);
  CHECK(ris.find("IS  - du1, 7807270") == std::string::npos);
  CHECK(ris.find("N1  - IS (kept apart by refnet): du1, 7807270\r\n") != std::string::npos);
  CHECK(ris.find("AB  - Copyright of Environment International") == std::string::npos);
  CHECK(ris.find("N1  - AB (kept apart by refnet): Copyright of Environment International") != std::string::npos);
  CHECK(ris.find("AN  - PMID:34030071\r\n") != std::string::npos);
  // Said: which values went into notes, of which works.
  CHECK(e.err.find("kept apart by refnet") != std::string::npos);
  CHECK(e.err.find("amjad2021wildfire") != std::string::npos);

  const std::string fresh = lib.dir / "fresh.sqlite";
  REQUIRE(import_json(fresh, out)["new"] == 3);
  const nlohmann::json after = works_by_key(fresh);
  REQUIRE(after.size() == 3);
  for (const auto& [key, a] : before.items()) {
    INFO(key);
    REQUIRE(after.contains(key));
    nlohmann::json b = after[key];
    // The mark naming the library the file came from (session 63: RIS carries
    // it too), which the fresh library keeps with the record: no value of the work.
    if (b.contains("extra") && b["extra"].is_array()) {
      nlohmann::json kept = nlohmann::json::array();
      for (const auto& f : b["extra"])
        if (!(f.is_array() && !f.empty() && f[0] == "refnet-library")) kept.push_back(f);
      b["extra"] = kept;
    }
    for (const char* field : {"type", "title", "container_title", "container_title_short", "authors", "issued",
                              "volume", "issue", "pages", "number", "publisher", "publisher_place", "issn", "doi",
                              "pmid", "pmcid", "wos_ut", "url", "abstract", "keywords", "extra"}) {
      INFO(field);
      CHECK(a.value(field, nlohmann::json()) == b.value(field, nlohmann::json()));
    }
  }
  // Read back into its own library, the export changes no work.
  const std::string copy = lib.dir / "again.sqlite";
  std::filesystem::copy_file(lib.path, copy);
  nlohmann::json j = import_json(copy, out);
  CHECK(j["new"] == 0);
  CHECK(j["updated"] == 0);
}
