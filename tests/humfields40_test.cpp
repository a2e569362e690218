// humfields40 (issue 11): a humanities scholar's BibLaTeX library from Zotero
// (fixtures/humanities39/hum.bib, zot.json; seasons.bib): seasons written as
// each target takes them.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_library.hpp"
#include "export_support.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

bool have(const char* tool) { return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0; }

bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// The CSL-JSON item `id` of an export.
nlohmann::json item(const std::string& json, const std::string& id) {
  for (const auto& it : nlohmann::json::parse(json))
    if (it["id"] == id) return it;
  return {};
}

// What a tool run in a fresh directory on `files` (name, text) leaves in
// the files `outs`, in their order.
std::vector<std::string> run_tool(const std::map<std::string, std::string>& files, const std::string& command,
                                  const std::vector<std::string>& outs) {
  TempDir tmp;
  for (const auto& [name, text] : files) std::ofstream(tmp / name) << text;
  std::system(("cd '" + tmp.path.string() + "' && " + command + " >tool.out 2>&1").c_str());
  std::vector<std::string> texts;
  for (const auto& o : outs) texts.push_back(slurp(tmp / o));
  return texts;
}

// bibtex's .blg and .bbl (its white space collapsed) for `bib` in `style`,
// every entry cited.
std::pair<std::string, std::string> bibtex_run(const std::string& bib, const std::string& style) {
  auto t = run_tool({{"refs.bib", bib}, {"p.aux", "\\relax\n\\citation{*}\n\\bibstyle{" + style + "}\n\\bibdata{refs}\n"}},
                    "bibtex p", {"p.blg", "p.bbl"});
  std::string bbl;
  for (char c : t[1])
    if (!((c == ' ' || c == '\n') && (bbl.empty() || bbl.back() == ' '))) bbl += c == '\n' ? ' ' : c;
  return {t[0], bbl};
}

// biber's data-model check of a biblatex file: its warnings and errors.
std::string biber_validate(const std::string& bib) {
  return run_tool({{"refs.bib", bib}}, "biber --tool --validate-datamodel --output-file=out.bib refs.bib", {"tool.out"})[0];
}

std::string pandoc_text(const std::string& json) {
  return run_tool({{"refs.json", json}, {"p.md", "---\nnocite: '@*'\n---\n"}},
                  "pandoc --citeproc --wrap=none --bibliography refs.json -t plain p.md -o p.txt", {"p.txt"})[0];
}

}  // namespace

// Problem 2.  Before: date = {1985-autumn} (Said 1985) was "not a date refnet
// can read": BibTeX year = {1985-autumn}, biblatex a note and no date
// (biber: missing date), CSL a literal; 1985-23 was BibTeX's date = {1985-23}
// beside year = {1985} (bibtex prints no season); month = {Summer} was
// biblatex's month = {Summer}, which biber refuses.
TEST_CASE("humfields40: a season is biblatex's 1985-23, BibTeX's month and CSL's season", "[humfields40]") {
  CliLibrary lib;
  auto hum = lib.run("import '" + fixture("humanities39/hum.bib") + "'");
  auto imp = lib.run("import '" + fixture("humanities39/seasons.bib") + "'");
  INFO(hum.err << imp.err);
  CHECK(!has(hum.err + imp.err, "is not a date refnet can read"));
  CHECK(has(hum.err, "hum.bib:153:3: warning: date '1985-autumn' read as Autumn 1985 (EDTF 1985-23"));
  CHECK(has(imp.err, "seasons.bib:17:3: warning: date 'Spring 2003' read as Spring 2003 (EDTF 2003-21"));
  const std::string keys = " said1985 season23 springword quarter summermonth";
  auto bl = lib.run("export --no-pin --format biblatex" + keys);
  INFO(bl.out << bl.err);
  CHECK(has(bl.out, "@article{said1985,"));
  CHECK(has(bl.out, "  date = {1985-23},\n"));
  CHECK(has(bl.out, "  date = {2003-21},\n"));
  CHECK(has(bl.out, "  date = {2011-33},\n"));
  CHECK(has(bl.out, "  date = {1997-22},\n"));
  CHECK(!has(bl.out, "month ="));
  CHECK(!has(bl.out, "note = {1985"));
  CHECK(!has(bl.err, "Missing mandatory"));
  auto bib = lib.run("export --no-pin" + keys);
  INFO(bib.out << bib.err);
  CHECK(has(bib.out, "  year = {1985},\n  month = {Autumn},\n"));
  CHECK(has(bib.out, "  year = {2003},\n  month = {Spring},\n"));
  CHECK(has(bib.out, "  month = {Quarter 1},\n"));
  CHECK(!has(bib.out, "date = {"));
  CHECK(!has(bib.out, "autumn"));
  auto json = lib.run("export --no-pin --format csl-json" + keys);
  INFO(json.out);
  CHECK(item(json.out, "said1985")["issued"] == nlohmann::json::parse(R"({"date-parts":[[1985]],"season":3})"));
  CHECK(item(json.out, "summermonth")["issued"] == nlohmann::json::parse(R"({"date-parts":[[1997]],"season":2})"));
  CHECK(item(json.out, "quarter")["issued"] == nlohmann::json::parse(R"({"date-parts":[[2011]],"season":"Quarter 1"})"));
  // CSL's season read back.
  CliLibrary back;
  TempDir tmp;
  std::ofstream(tmp / "s.json") << json.out;
  REQUIRE(back.run("import '" + (tmp / "s.json") + "'").status == 0);
  CHECK(has(back.run("export --no-pin --format biblatex said1985").out, "  date = {1985-23},\n"));
  if (have("bibtex")) {
    auto [blg, bbl] = bibtex_run(bib.out, "plainnat");
    INFO(blg << bbl);
    CHECK(has(bbl, "Autumn 1985"));
    CHECK(has(bbl, "Quarter 1 2011"));
    CHECK(!has(blg, "empty year"));
    CHECK(!has(blg, "month"));
  }
  if (have("biber")) {
    std::string out = biber_validate(bl.out);
    INFO(out);
    CHECK(!has(out, "WARN"));
    CHECK(!has(out, "ERROR"));
  }
  if (have_pandoc()) {
    std::string text = pandoc_text(json.out);
    INFO(text);
    CHECK(has(text, "Autumn"));
  }
}
