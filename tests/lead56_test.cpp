// Lead, session 56 (issue #11): EPPI-Reviewer's JSON export is a format of
// its own: detected as one, named by --format, and refused where it is not.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("EPPI-Reviewer JSON is a format: detected, forced by name, named in messages", "[lead56]") {
  const std::string path = fixture("corpora/empirical-retraction-lit__eppi_export.json");
  SECTION("names") {
    CHECK(format_name(Format::eppi_json) == "eppi-json");
    for (const char* n : {"eppi", "eppi-json", "EPPI-Reviewer", "eppi-reviewer-json"})
      CHECK(parse_format_name(n) == Format::eppi_json);
  }
  SECTION("detected as itself, not as a Crossref response") {
    const Detection d = detect_formats(slurp(path));
    CHECK(d.eppi_json);
    CHECK_FALSE(d.crossref);
    CHECK(describe_content(slurp(path)) == "EPPI-Reviewer JSON");
  }
  SECTION("--format eppi reads it as detection does") {
    Parsed detected = parse_file(path);
    Parsed forced = parse_file(path, Format::eppi_json);
    CHECK(forced.stats.records == 385);
    CHECK(forced.stats.records == detected.stats.records);
    CHECK(forced.stats.rejected == detected.stats.rejected);
    REQUIRE_FALSE(forced.records.empty());
    CHECK(forced.records[0].provenance.format == "eppi-json");
    CHECK(forced.records[0].title == detected.records[0].title);
  }
  SECTION("--format crossref on it is refused, saying what it is") {
    Parsed p = parse_file(path, Format::crossref);
    CHECK(p.stats.records == 0);
    CHECK(said(p, "looks like EPPI-Reviewer JSON, not crossref") == 1);
  }
  SECTION("--format eppi on a Crossref response is refused") {
    Parsed p = parse_string(R"({"status":"ok","message":{"items":[{"DOI":"10.1000/x","title":["A work"]}]}})",
                            Format::eppi_json);
    CHECK(p.stats.records == 0);
    CHECK(said(p, "not eppi-json") == 1);
  }
}

TEST_CASE("import --format names every format in its help and in its error", "[lead56]") {
  // The error's list was written by hand and had stopped at 'table': nine
  // formats refnet reads (cochrane ... eppi-json) were missing from it.
  TempDir tmp;
  CommandResult r = run_refnet("import --library '" + (tmp / "l.sqlite") + "' --format bogus /dev/null");
  CHECK(r.status != 0);
  const std::string help = run_refnet("import --help").out;
  for (int f = static_cast<int>(Format::bibtex); format_name(static_cast<Format>(f)) != "unknown"; ++f) {
    const std::string name(format_name(static_cast<Format>(f)));
    INFO(name);
    CHECK(r.err.find(name) != std::string::npos);
    CHECK(help.find(name) != std::string::npos);
  }
}

TEST_CASE("every format refnet reads can be the configured default", "[lead56]") {
  // `config set import.format zotero-rdf` was refused: the option's list of
  // values (also shell completion's) had stopped at europepmc and lacked the
  // Zotero, MODS and EPPI formats.
  TempDir home;
  EnvVar xdg("XDG_CONFIG_HOME", home.path.c_str());
  for (int f = static_cast<int>(Format::bibtex); format_name(static_cast<Format>(f)) != "unknown"; ++f) {
    const std::string name(format_name(static_cast<Format>(f)));
    INFO(name);
    CommandResult r = run_refnet("config set import.format " + name);
    CHECK(r.status == 0);
    CHECK(r.err == "");
  }
  const std::string bash = run_refnet("completion bash").out;
  for (const char* alias : {"zotero", "rdf", "mods-xml", "epmc", "eppi"}) {
    INFO(alias);
    CHECK(parse_format_name(alias) != Format::unknown);
    CHECK(run_refnet(std::string("config set import.format ") + alias).status == 0);
  }
}
