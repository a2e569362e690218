// humfields40 (issue 11): a humanities scholar's BibLaTeX library from Zotero
// (fixtures/humanities39/hum.bib, zot.json; seasons.bib): biblatex's fields
// edited and validated, seasons written as each target takes them, a braced
// {Anonymous} kept, langid under --profile full, a subtitle joined to the
// title where BibTeX has no subtitle.
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

// Problem 1.  Before: 'refnet set ibn translator=...' said "unknown field
// 'translator'", and so did edit for translator, origdate, origtitle,
// edition, subtitle, bookauthor, volumes, part, pubstate, ...
TEST_CASE("humfields40: biblatex's fields are set, validated, edited and undone", "[humfields40]") {
  CliLibrary lib;
  lib.import("humanities39/hum.bib");
  auto set = lib.run("set ibn 'translator=Rosenthal, F.' origdate=1377~ edition=3 origlanguage=arabic "
                     "'origtitle=Muqaddimah' volumes=3 pubstate=reprint");
  INFO(set.out << set.err);
  REQUIRE(set.status == 0);
  auto bl = lib.run("export --no-pin --format biblatex ibn");
  INFO(bl.out << bl.err);
  CHECK(has(bl.out, "  translator = {Rosenthal, F.},\n"));
  CHECK(!has(bl.out, "Rosenthal, Franz"));
  CHECK(has(bl.out, "  origdate = {1377~},\n"));
  CHECK(has(bl.out, "  edition = {3},\n"));
  CHECK(has(bl.out, "  origtitle = {Muqaddimah},\n"));
  CHECK(has(bl.out, "  volumes = {3},\n"));
  CHECK(has(bl.out, "  origlanguage = {arabic},\n"));
  CHECK(has(bl.out, "  pubstate = {reprint}"));
  CHECK(has(bl.out, "  subtitle = {An Introduction to History},\n"));
  // The values are checked: an EDTF date, a language, a name.
  auto bad_date = lib.run("set ibn origdate=13x7");
  CHECK(bad_date.status != 0);
  CHECK(has(bad_date.err, "origdate '13x7' is not an EDTF date"));
  auto bad_lang = lib.run("set ibn 'origlanguage=12 Arabic'");
  CHECK(bad_lang.status != 0);
  CHECK(has(bad_lang.err, "is not a language"));
  CHECK(lib.run("set ibn 'language=en GB 2'").status != 0);
  CHECK(lib.run("set ibn origdate=1900/1955 date=1985-23").status == 0);
  CHECK(lib.run("set ibn origdate=1985-13").status != 0);
  // unset removes a field the source gave; undo gives it back.
  REQUIRE(lib.run("unset ibn subtitle").status == 0);
  CHECK(!has(lib.run("export --no-pin --format biblatex ibn").out, "subtitle"));
  REQUIRE(lib.run("undo").status == 0);
  CHECK(has(lib.run("export --no-pin --format biblatex ibn").out, "  subtitle = {An Introduction to History},\n"));
  REQUIRE(lib.run("undo").status == 0);  // the dates
  REQUIRE(lib.run("undo").status == 0);  // the first set
  CHECK(has(lib.run("export --no-pin --format biblatex ibn").out, "  translator = {Rosenthal, Franz},\n"));

  // edit: the buffer shows translator and subtitle, and a change to them is kept.
  {
    EnvVar no_visual("VISUAL", nullptr);
    EnvVar e("EDITOR", "sed -i -e 's/Sheridan, Alan/Sheridan, A. M./' -e 's/^  subtitle = .*/  subtitle = {The Birth of the Prison System},/'");
    auto ed = lib.run("edit foucault1975surveiller");
    INFO(ed.out << ed.err);
    CHECK(ed.status == 0);
    CHECK(has(ed.out, "edited subtitle, translator on work"));
  }
  auto f = lib.run("export --no-pin --format biblatex foucault1975surveiller");
  CHECK(has(f.out, "  translator = {Sheridan, A. M.}"));
  CHECK(has(f.out, "  subtitle = {The Birth of the Prison System},\n"));
  CHECK(has(f.out, "  title = {Discipline and Punish},\n"));

  // A Zotero (CSL-JSON) work: its translator replaced, not written twice.
  CliLibrary zot;
  zot.import("humanities39/zot.json");
  REQUIRE(zot.run("set weber1930protestant 'translator=Parsons, T.' origdate=1904/1905").status == 0);
  auto zb = zot.run("export --no-pin --format biblatex weber1930protestant");
  INFO(zb.out << zb.err);
  CHECK(has(zb.out, "  translator = {Parsons, T.},\n"));
  CHECK(!has(zb.out, "Talcott"));
  CHECK(has(zb.out, "  origdate = {1904/1905}"));
  auto zj = zot.run("export --no-pin --format csl-json weber1930protestant");
  CHECK(item(zj.out, "weber1930protestant")["translator"] == nlohmann::json::parse(R"([{"family":"Parsons","given":"T."}])"));
}

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
  // (biber --validate-datamodel names refnet's mark, a field of no data model: left out here, session 62.)
  auto bl = lib.run("export --no-pin --format biblatex --skip-fields refnet-library" + keys);
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

// Problem 3.  Before: "author 'Anonymous' is a placeholder for no author:
// dropped" for author = {{Anonymous}}, and the entry had no author.
TEST_CASE("humfields40: a braced {Anonymous} is an organisation author, round trip", "[humfields40]") {
  CliLibrary lib;
  auto imp = lib.run("import '" + fixture("humanities39/hum.bib") + "'");
  CHECK(!has(imp.err, "'Anonymous' is a placeholder"));
  auto bib = lib.run("export --no-pin anon199x");
  INFO(bib.out << bib.err);
  CHECK(has(bib.out, "  author = {{Anonymous}},\n"));
  auto json = lib.run("export --no-pin --format csl-json anon199x");
  CHECK(item(json.out, "anon199x")["author"] == nlohmann::json::parse(R"([{"literal":"Anonymous"}])"));
  CliLibrary back;
  TempDir tmp;
  std::ofstream(tmp / "a.bib") << bib.out;
  REQUIRE(back.run("import '" + (tmp / "a.bib") + "'").status == 0);
  CHECK(has(back.run("export --no-pin anon199x").out, "  author = {{Anonymous}},\n"));
  // Web of Science's [Anonymous] (Zotero passes it on braced) stays no one.
  CliLibrary wos;
  auto w = wos.run("import '" + fixture("corpora/asysd__zotero_export.bib") + "'");
  CHECK(has(w.err, "'[Anonymous]' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
}

// Problem 4.  Before: --profile full wrote biblatex's langid = {english} as
// language = {english}, which biblatex prints ("English.").
TEST_CASE("humfields40: --profile full writes biblatex's langid", "[humfields40]") {
  CliLibrary lib;
  lib.import("humanities39/hum.bib");
  auto full = lib.run("export --no-pin --format biblatex --profile full foucault1975surveiller adorno1966negative");
  INFO(full.out);
  CHECK(has(full.out, "  langid = {english},\n"));
  CHECK(has(full.out, "  langid = {ngerman},\n"));  // refnet's mark after it (session 62)
  CHECK(!has(full.out, "  language = "));
  CliLibrary zot;
  zot.import("humanities39/zot.json");
  auto z = zot.run("export --no-pin --format biblatex --profile full murasaki1008genji");
  CHECK(has(z.out, "  langid = {japanese},\n"));  // "ja"
  // BibTeX keeps `language` (babelbib's field) in both profiles.
  CHECK(has(lib.run("export --no-pin --profile full foucault1975surveiller").out, "  language = {english},\n"));
  CHECK(has(lib.run("export --no-pin foucault1975surveiller").out, "  language = {english},\n"));
}

// Problem 5.  Before: the BibTeX export wrote subtitle = {The Birth of the
// Prison}, which no .bst prints: plain printed "Discipline and Punish".
TEST_CASE("humfields40: BibTeX joins the subtitle to the title; biblatex keeps it", "[humfields40]") {
  CliLibrary lib;
  lib.import("humanities39/hum.bib");
  auto bib = lib.run("export --no-pin foucault1975surveiller ibn");
  INFO(bib.out << bib.err);
  CHECK(has(bib.out, "  title = {Discipline and Punish: The Birth of the Prison},\n"));
  CHECK(has(bib.out, "  title = {The Muqaddimah: An Introduction to History},\n"));
  CHECK(!has(bib.out, "subtitle"));
  auto bl = lib.run("export --no-pin --format biblatex foucault1975surveiller");
  CHECK(has(bl.out, "  title = {Discipline and Punish},\n"));
  CHECK(has(bl.out, "  subtitle = {The Birth of the Prison},\n"));
  // --profile full keeps the source's fields for the round trip.
  CHECK(has(lib.run("export --no-pin --profile full foucault1975surveiller").out, "  subtitle = {The Birth of the Prison},\n"));
  if (!have("bibtex")) return;
  for (const char* style : {"plain", "plainnat", "apalike"}) {
    auto [blg, bbl] = bibtex_run(bib.out, style);
    INFO(style << "\n" << blg << bbl);
    CHECK(has(bbl, "The Birth of the Prison"));
    CHECK(has(bbl, "An Introduction to History"));
  }
}

// Problem 6.  Before: a Zotero CSL-JSON item's note and a note given with
// 'refnet set WORK note=...' were "not written: BibTeX has no field for it"
// (RIS N1 was written).  A source's or the user's note is BibTeX's and
// biblatex's `note`; the library's notes ('refnet note') are annote /
// annotation, as before.
TEST_CASE("humfields40: Zotero's and the user's notes are BibTeX's note", "[humfields40]") {
  CliLibrary lib;
  TempDir tmp;
  std::ofstream(tmp / "z.json") << R"([{"id":"doe2001","type":"book","title":"A Book","author":[{"family":"Doe","given":"Jane"}],)"
                                   R"("issued":{"date-parts":[[2001]]},"publisher":"P","note":"Read for chapter 2."}])";
  REQUIRE(lib.run("import '" + (tmp / "z.json") + "'").status == 0);
  REQUIRE(lib.run("note doe2001 'my reading notes'").status == 0);
  auto bib = lib.run("export --no-pin doe2001");
  INFO(bib.out << bib.err);
  CHECK(has(bib.out, "  note = {Read for chapter 2.},\n"));
  CHECK(has(bib.out, "  annote = {my reading notes},\n"));  // refnet's mark after it (session 62)
  CHECK(!has(bib.err, "not written"));
  // (Without refnet's mark, which biber --validate-datamodel names: session 62.)
  auto bl = lib.run("export --no-pin --format biblatex --skip-fields refnet-library doe2001");
  CHECK(has(bl.out, "  note = {Read for chapter 2.},\n"));
  CHECK(has(bl.out, "  annotation = {my reading notes}\n"));
  // The user's note takes the place of the source's, in a .bib work too.
  REQUIRE(lib.run("set doe2001 'note=First edition only.'").status == 0);
  auto set = lib.run("export --no-pin doe2001");
  CHECK(has(set.out, "  note = {First edition only.},\n"));
  CHECK(!has(set.out, "chapter 2"));
  CliLibrary hum;
  hum.import("humanities39/hum.bib");
  REQUIRE(hum.run("set derrida1967 'note=Cited from the 1967 printing.'").status == 0);
  auto d = hum.run("export --no-pin derrida1967");
  INFO(d.out << d.err);
  CHECK(has(d.out, "  note = {Cited from the 1967 printing.}"));
  CHECK(!has(d.err, "not written"));
  if (have("bibtex")) {
    auto [blg, bbl] = bibtex_run(bib.out, "plain");
    INFO(blg << bbl);
    CHECK(has(bbl, "Read for chapter 2."));
    CHECK(!has(blg, "Warning--"));
  }
  if (have("biber")) {
    std::string out = biber_validate(bl.out);
    INFO(out);
    CHECK(!has(out, "WARN"));
  }
}
