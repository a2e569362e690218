// What a LaTeX author gets from `refnet export`, checked where the author
// sees it: the .bbl bibtex (plainnat, apalike) and biber write, not only the
// .bib (task bibout35, issue 11: a new user's trial, newuser34).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "export_support.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

bool have(const char* tool) { return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0; }

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

// A library in a temporary directory, driven through the binary.
struct Lib {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  CommandResult run(const std::string& args) const { return run_refnet("--library '" + path + "' " + args); }
  std::string file(const std::string& name) const { return dir / name; }
};

// The .bbl a bibtex style makes of `bib` citing `key`.
std::string bibtex_bbl(const TempDir& tmp, const std::string& bib, const std::string& key, const std::string& style) {
  std::ofstream(tmp / "refs.bib") << bib;
  std::ofstream(tmp / (style + ".aux")) << "\\relax\n\\citation{" << key << "}\n\\bibstyle{" << style
                                       << "}\n\\bibdata{refs}\n";
  std::system(("cd '" + tmp.path.string() + "' && bibtex " + style + " >/dev/null 2>&1").c_str());
  return slurp(tmp / (style + ".bbl"));
}

// The .bbl's text as typeset: without its groups' braces, lines joined.
std::string printed(const std::string& bbl) {
  std::string out;
  for (char c : bbl) {
    if (c == '{' || c == '}') continue;
    if (c == '\n' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

// The .bbl biber makes of the biblatex `bib` (pdflatex writes the .bcf).
std::string biber_bbl(const TempDir& tmp, const std::string& bib) {
  std::ofstream(tmp / "bl.bib") << bib;
  std::ofstream(tmp / "paper.tex") << "\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n"
                                      "\\addbibresource{bl.bib}\n\\begin{document}\n\\nocite{*}\n"
                                      "\\printbibliography\n\\end{document}\n";
  std::string dir = "cd '" + tmp.path.string() + "' && ";
  std::system((dir + "pdflatex -interaction=nonstopmode paper >/dev/null 2>&1").c_str());
  std::system((dir + "biber paper >/dev/null 2>&1").c_str());
  return slurp(tmp / "paper.bbl");
}

// CSL-JSON items by their id.
std::map<std::string, nlohmann::json> items_by_id(const std::string& json) {
  std::map<std::string, nlohmann::json> items;
  for (const auto& item : nlohmann::json::parse(json)) items[item["id"]] = item;
  return items;
}

// What pandoc's citeproc (its default Chicago author-date) prints of every
// item of the CSL-JSON `json`, one line each.
std::string pandoc_bibliography(const std::string& json) {
  TempDir tmp;
  std::ofstream(tmp / "refs.json") << json;
  std::ofstream(tmp / "p.md") << "---\nnocite: '@*'\n---\n";
  return capture("cd '" + tmp.path.string() + "' && pandoc --citeproc --wrap=none --bibliography refs.json -t plain p.md");
}

// Seed 000 (a Pure page: its BibTeX and RIS of Kassen 2018, in sentence
// case, "... e-collaboration movement in Kazakhstan").
const std::string kSeed000 = fixture("seeds/000_df640892cd32ce65.txt");
const char* kKassen = "kassen2018promoting";

}  // namespace

TEST_CASE("a sentence-case title's proper nouns reach the bibliography capitalised", "[export][latex][title]") {
  Lib lib;
  REQUIRE(lib.run("import '" + kSeed000 + "'").status == 0);
  auto bib = lib.run(std::string("export ") + kKassen);
  REQUIRE(bib.status == 0);
  // The page's .bib braces nothing; bibtex's sentence-case styles lower
  // every word they are not told is a name.
  CHECK(bib.out.find("movement in {Kazakhstan}}") != std::string::npos);

  const std::string digital = "Digital government in Kazakhstan and Estonia: lessons from Europe";
  REQUIRE(lib.run(std::string("set ") + kKassen + " 'title=" + digital + "'").status == 0);
  auto keep = lib.run(std::string("export ") + kKassen);
  auto sentence = lib.run(std::string("export --title-case sentence ") + kKassen);
  auto title = lib.run(std::string("export --title-case title ") + kKassen);
  CHECK(keep.out.find("{Digital government in {Kazakhstan} and {Estonia}: lessons from {Europe}}") != std::string::npos);
  CHECK(sentence.out.find("{Digital government in {Kazakhstan} and {Estonia}: Lessons from {Europe}}") !=
        std::string::npos);
  CHECK(title.out.find("{Digital Government in {Kazakhstan} and {Estonia}: Lessons from {Europe}}") !=
        std::string::npos);
  auto json = lib.run(std::string("export --format csl-json --title-case sentence ") + kKassen);
  CHECK(json.out.find("Digital government in ") != std::string::npos);
  CHECK(json.out.find("kazakhstan") == std::string::npos);
  CHECK(json.out.find("europe") == std::string::npos);

  if (!have("bibtex")) {
    WARN("bibtex is not on PATH: the .bbl checks skipped");
    return;
  }
  for (const auto* out : {&keep, &sentence, &title})
    for (const char* style : {"plainnat", "apalike"}) {
      INFO(style << "\n" << out->out);
      TempDir tmp;
      std::string bbl = printed(bibtex_bbl(tmp, out->out, kKassen, style));
      // (bibtex's change.case$ keeps a capital after ": ": "Lessons" of
      // the recased titles stays, as a subtitle's first word should.)
      CHECK(bbl.find("Digital government in Kazakhstan and Estonia: ") != std::string::npos);
      CHECK(bbl.find("essons from Europe.") != std::string::npos);
    }
  if (!have("biber") || !have("pdflatex")) {
    WARN("biber or pdflatex is not on PATH: the biblatex check skipped");
    return;
  }
  TempDir tmp;
  std::string bbl = biber_bbl(tmp, lib.run(std::string("export --format biblatex --title-case sentence ") + kKassen).out);
  INFO(bbl);
  CHECK(bbl.find("\\field{title}{Digital government in {Kazakhstan} and {Estonia}: Lessons from {Europe}}") !=
        std::string::npos);
}

TEST_CASE("set number= on an article is its issue, as BibTeX means it; on a report its number",
          "[export][set][number]") {
  Lib lib;
  REQUIRE(lib.run("import '" + kSeed000 + "'").status == 0);
  REQUIRE(lib.run(std::string("set ") + kKassen + " number=4").status == 0);
  auto show = lib.run(std::string("show ") + kKassen);
  CHECK(show.out.find("  issue           4\n") != std::string::npos);
  auto bib = lib.run(std::string("export ") + kKassen);
  CHECK(bib.out.find("  number = {4},\n") != std::string::npos);
  CHECK(bib.out.find("eid = ") == std::string::npos);
  // An article number is asked for by its own names.
  REQUIRE(lib.run(std::string("set ") + kKassen + " eid=e1234").status == 0);
  bib = lib.run(std::string("export ") + kKassen);
  CHECK(bib.out.find("  number = {4},\n") != std::string::npos);
  CHECK(bib.out.find("  eid = {e1234},\n") != std::string::npos);
  CHECK(lib.run(std::string("show ") + kKassen).out.find("  number          e1234\n") != std::string::npos);
  // A report's number is its number (and 'unset number' takes the same field).
  REQUIRE(lib.run(std::string("unset ") + kKassen + " issue").status == 0);
  REQUIRE(lib.run(std::string("set ") + kKassen + " type=report number=TR-7").status == 0);
  bib = lib.run(std::string("export ") + kKassen);
  CHECK(bib.out.find("  number = {TR-7},\n") != std::string::npos);
  REQUIRE(lib.run(std::string("unset ") + kKassen + " number").status == 0);
  bib = lib.run(std::string("export ") + kKassen);
  CHECK(bib.out.find("TR-7") == std::string::npos);
}

TEST_CASE("the paper profile holds back Web of Science's citation counts and Scopus's record pages, and says so",
          "[export][profile][vendor]") {
  Lib lib;
  // Zotero's .bib of 1000 Web of Science records (ASySD's test data): each
  // an `annote = {Times Cited in Web of Science Core Collection: ...}`.
  REQUIRE(lib.run("import '" + fixture("corpora/asysd__zotero_export.bib") + "' '" + kSeed000 + "'").status == 0);
  auto paper = lib.run("export");
  REQUIRE(paper.status == 0);
  CHECK(count(paper.out, "Times Cited") == 0);
  CHECK(count(paper.out, "scopus.com/inward") == 0);
  CHECK(paper.err.find("left out 1 vendor field(s) and 1000 piece(s) of database boilerplate in notes") != std::string::npos);
  INFO(paper.err);
  auto full = lib.run("export --profile full");
  CHECK(count(full.out, "annote = {Times Cited in Web of Science") == 1000);
  CHECK(count(full.out, "url = {http://www.scopus.com/inward/record.url?scp=85041599919") == 1);
}

TEST_CASE("biblatex @collection is an edited book in CSL, as pandoc reads it; @report gets biblatex's type",
          "[export][types]") {
  // Entries as biblatex's documentation describes them (biblatex.pdf, 2.1.1).
  const std::string bib =
      "@collection{c1, title={A collection}, editor={Doe, Jo}, publisher={P}, year={2002}}\n"
      "@mvcollection{c2, title={Collected works}, editor={Doe, Jo}, publisher={P}, year={2003}, volumes={3}}\n"
      "@report{r1, title={A report}, author={Smith, Ann}, institution={Inst}, year={2000}}\n"
      "@report{r2, title={Another}, author={Roe, Bo}, institution={Inst}, year={2001}, type={resreport}}\n";
  Lib lib;
  std::ofstream(lib.file("in.bib")) << bib;
  REQUIRE(lib.run("import '" + lib.file("in.bib") + "'").status == 0);
  auto csl = lib.run("export --no-pin --format csl-json c1 c2");
  CHECK(count(csl.out, "\"type\": \"book\"") == 2);
  CHECK(csl.out.find("\"collection\"") == std::string::npos);
  if (have("pandoc")) {  // pandoc's own reading of the same entries
    auto p = std::system(("pandoc -f biblatex -t csljson '" + lib.file("in.bib") + "' > '" + lib.file("p.json") +
                          "' 2>/dev/null").c_str());
    REQUIRE(p == 0);
    CHECK(count(slurp(lib.file("p.json")), "\"type\": \"book\"") == 2);
  }
  // (Without the mark naming the library, session 62: the entry's last field.)
  auto biblatex = lib.run("export --no-pin --format biblatex --skip-fields refnet-library");
  CHECK(biblatex.out.find("@collection{c1,") != std::string::npos);
  CHECK(biblatex.out.find("@mvcollection{c2,") != std::string::npos);
  // biber: "Missing mandatory field 'type'" for r1; r2's own type stays.
  CHECK(biblatex.out.find("@report{r1,\n  author = {Smith, Ann},\n  title = {A report},\n  date = {2000},\n"
                          "  institution = {Inst},\n  type = {techreport}\n}") != std::string::npos);
  CHECK(count(biblatex.out, "type = {") == 2);
  CHECK(biblatex.out.find("type = {resreport}") != std::string::npos);
  CHECK(biblatex.err.find("type (1: r1)") == std::string::npos);
  if (!have("biber") || !have("pdflatex")) return;
  TempDir tmp;
  std::string bbl = biber_bbl(tmp, biblatex.out);
  CHECK(bbl.find("\\field{type}{techreport}") != std::string::npos);
}

TEST_CASE("--ascii writes fullwidth punctuation as its ASCII character", "[export][ascii]") {
  // The new user's Crossref record (newuser34): a title with U+FF1A, which
  // pdflatex stops on ("Unicode character ： (U+FF1A) not set up").
  Lib lib;
  REQUIRE(lib.run("import '" + kSeed000 + "'").status == 0);
  REQUIRE(lib.run(std::string("set ") + kKassen + " 'title=E-government in Kazakhstan\xEF\xBC\x9A a case study\xEF\xBC\x81 50\xEF\xBC\x85'")
              .status == 0);
  auto ascii = lib.run(std::string("export --ascii ") + kKassen);
  CHECK(ascii.out.find("Kazakhstan:") != std::string::npos);
  CHECK(ascii.out.find(" a case study! 50\\%}") != std::string::npos);
  CHECK(ascii.out.find("\xEF\xBC") == std::string::npos);
  CHECK(ascii.err.find("U+FF1A") == std::string::npos);
  // Without --ascii the characters stay (UTF-8 export) and are said.
  auto utf8 = lib.run(std::string("export ") + kKassen);
  CHECK(utf8.out.find("\xEF\xBC\x9A") != std::string::npos);
}

// export39 (issue 11, newuser39 problem 5): a humanities scholar's EDTF dates
// (fixtures/humanities39/hum.bib, the trial's own file).  Before: the BibTeX
// export wrote `date = {199X}` and no year for the four of them (bibtex:
// "empty year" x4), CSL-JSON wrote [[1990]] for 199X and [[1951]] for
// 1951?, the import read 199X as 1990 without a word, and Zotero's circa
// was "not written: biblatex has no field for it".
TEST_CASE("export39: uncertain, approximate, unspecified and ranged dates keep their year and meaning",
          "[export][dates][export39]") {
  Lib lib;
  auto imp = lib.run("import '" + fixture("humanities39/hum.bib") + "'");
  REQUIRE(imp.status == 0);
  CHECK(imp.err.find("hum.bib:113:3: warning: date '199X' has unspecified digits: sorted and listed as 1990") !=
        std::string::npos);

  auto bib = lib.run("export anon199x uncertain circa kant1900gesammelte");
  REQUIRE(bib.status == 0);
  INFO(bib.out << bib.err);
  CHECK(bib.out.find("  year = {199X},\n") != std::string::npos);
  CHECK(bib.out.find("  year = {1951?},\n") != std::string::npos);
  CHECK(bib.out.find("  year = {1909},\n") != std::string::npos);
  CHECK(bib.out.find("  year = {1900--1955},\n") != std::string::npos);
  CHECK(bib.err.find("circa: the date '1909~' is approximate") != std::string::npos);
  CHECK(bib.err.find("year (") == std::string::npos);  // no "no source gives it"

  auto latex = lib.run("export --format biblatex anon199x uncertain circa kant1900gesammelte");
  CHECK(latex.out.find("  date = {199X}") != std::string::npos);
  CHECK(latex.out.find("  date = {1909~}") != std::string::npos);

  auto json = lib.run("export --format csl-json anon199x uncertain circa kant1900gesammelte");
  REQUIRE(json.status == 0);
  CHECK(json.err.find("date (bibtex) not written") == std::string::npos);
  CHECK(json.err.find("fields (bibtex) not written") == std::string::npos);  // nor among a source's many (user58)
  auto items = items_by_id(json.out);
  CHECK(items["anon199x"]["issued"] == nlohmann::json::parse(R"({"literal":"199X"})"));
  CHECK(items["uncertain"]["issued"] == nlohmann::json::parse(R"({"date-parts":[[1951]],"circa":true})"));
  CHECK(items["circa"]["issued"] == nlohmann::json::parse(R"({"date-parts":[[1909]],"circa":true})"));
  CHECK(items["kant1900gesammelte"]["issued"] == nlohmann::json::parse(R"({"date-parts":[[1900],[1955]]})"));

  // Zotero's circa is biblatex's approximate date.
  Lib zot;
  REQUIRE(zot.run("import '" + fixture("humanities39/zot.json") + "'").status == 0);
  auto letter = zot.run("export --format biblatex benjamin1931letter");
  CHECK(letter.out.find("  date = {1931~}") != std::string::npos);
  CHECK(letter.err.find("issued (csl-json) not written") == std::string::npos);
  CHECK(letter.err.find("fields (csl-json) not written") == std::string::npos);  // nor among a source's many (user58)

  if (have("bibtex")) {
    TempDir tmp;
    std::ofstream(tmp / "refs.bib") << bib.out;
    std::ofstream(tmp / "plainnat.aux") << "\\relax\n\\citation{*}\n\\bibstyle{plainnat}\n\\bibdata{refs}\n";
    std::system(("cd '" + tmp.path.string() + "' && bibtex plainnat >/dev/null 2>&1").c_str());
    std::string blg = slurp(tmp / "plainnat.blg");
    std::string bbl = printed(slurp(tmp / "plainnat.bbl"));
    INFO(blg << bbl);
    CHECK(blg.find("empty year") == std::string::npos);
    CHECK(bbl.find("Some Press, 199X.") != std::string::npos);
    CHECK(bbl.find("1900--1955") != std::string::npos);
  } else {
    WARN("bibtex is not on PATH: the .bbl check skipped");
  }
  if (have_pandoc()) {
    std::string text = pandoc_bibliography(json.out);
    INFO(text);
    CHECK(text.find("199X") != std::string::npos);
    CHECK(text.find("1990") == std::string::npos);
  }
}

// export39 (issue 11, newuser39 problem 3): langid ngerman and chinese (hum.bib,
// 8 entries) were left out of the biblatex export without a word, Zotero's
// "ja" too, and CSL-JSON wrote "language": "ngerman" (no BCP 47 tag).
TEST_CASE("export39: babel's language names and ISO codes map both ways", "[export][language][export39]") {
  Lib lib;
  REQUIRE(lib.run("import '" + fixture("humanities39/hum.bib") + "'").status == 0);
  auto bl = lib.run("export --format biblatex adorno1966negative lu1981quanji vonhumboldt");
  INFO(bl.out << bl.err);
  CHECK(count(bl.out, "  langid = {ngerman}") == 2);
  CHECK(count(bl.out, "  langid = {chinese}") == 1);
  auto json = lib.run("export --format csl-json adorno1966negative lu1981quanji");
  auto items = items_by_id(json.out);
  CHECK(items["adorno1966negative"]["language"] == "de");
  CHECK(items["lu1981quanji"]["language"] == "zh");

  Lib zot;
  REQUIRE(zot.run("import '" + fixture("humanities39/zot.json") + "'").status == 0);
  auto genji = zot.run("export --format biblatex murasaki1008genji weber1930protestant");
  CHECK(genji.out.find("  langid = {japanese}") != std::string::npos);
  CHECK(genji.out.find("  langid = {ngerman}") != std::string::npos);  // "de-DE"
  // A language refnet does not know is said, and written as one word.
  REQUIRE(zot.run("set murasaki1008genji language=Klingon").status == 0);
  auto klingon = zot.run("export --format biblatex murasaki1008genji");
  CHECK(klingon.out.find("  langid = {klingon}") != std::string::npos);
  CHECK(klingon.err.find("murasaki1008genji: the language 'Klingon' has no babel name refnet knows") !=
        std::string::npos);
  auto kj = zot.run("export --format csl-json murasaki1008genji");
  CHECK(kj.err.find("the language 'Klingon' has no BCP 47 tag refnet knows") != std::string::npos);
}

// export39 (newuser39 problem 6): Benjamin's Gesammelte Schriften numbering.
// Before: volume = {1.2} became {1} with a warning about "6992 LNCS", and
// Zotero's "I.2" was left out with one about "2014-January".  biblatex's
// part is the part of a logical volume: volume 1, part 2 (printed "1.2").
TEST_CASE("export39: a volume 1.2 or I.2 is biblatex's volume and part; warnings quote the value",
          "[export][volume][export39]") {
  Lib lib;
  REQUIRE(lib.run("import '" + fixture("humanities39/hum.bib") + "'").status == 0);
  auto bl = lib.run("export --format biblatex benjamin1991kunstwerk");
  INFO(bl.out << bl.err);
  CHECK(bl.out.find("  volume = {1},\n  part = {2},") != std::string::npos);
  CHECK(bl.err.find("6992 LNCS") == std::string::npos);
  Lib zot;
  REQUIRE(zot.run("import '" + fixture("humanities39/zot.json") + "'").status == 0);
  auto ch = zot.run("export --format biblatex benjamin1974begriff");
  CHECK(ch.out.find("  volume = {1},\n  part = {2},") != std::string::npos);
  CHECK(ch.err.find("2014-January") == std::string::npos);
  REQUIRE(zot.run("set benjamin1974begriff 'volume=Suppl. A'").status == 0);
  auto odd = zot.run("export --format biblatex benjamin1974begriff");
  CHECK(odd.err.find("the volume \"Suppl. A\" is not a number") != std::string::npos);
  if (!have("biber") || !have("pdflatex")) return;
  TempDir tmp;
  std::string bbl = biber_bbl(tmp, bl.out);
  CHECK(bbl.find("\\field{volume}{1}") != std::string::npos);
  CHECK(bbl.find("\\field{part}{2}") != std::string::npos);
}

// export39 (newuser39 problem 4): biblatex's humanities fields reach CSL-JSON
// under CSL's names.  Before: translator (4), origdate (5), origtitle,
// volumes (3), bookauthor and subtitle (2) were "not written: CSL-JSON has
// no field for it", and pandoc printed "Foucault, Michel. 1995. Discipline
// and Punish." without its subtitle, translator or original date.
TEST_CASE("export39: translator, origdate, origtitle, volumes, bookauthor and subtitle reach CSL-JSON",
          "[export][csl][export39]") {
  Lib lib;
  REQUIRE(lib.run("import '" + fixture("humanities39/hum.bib") + "'").status == 0);
  auto json = lib.run("export --format csl-json foucault1975surveiller aristotle kant1900gesammelte");
  REQUIRE(json.status == 0);
  INFO(json.out << json.err);
  for (const char* f : {"translator", "origdate", "origtitle", "volumes", "bookauthor", "subtitle"})
    CHECK(json.err.find(std::string(" of ") + f + " (bibtex) not written") == std::string::npos);
  CHECK(json.err.find("fields (bibtex) not written") == std::string::npos);  // nor among a source's many (user58)
  auto item = items_by_id(json.out);
  auto& f = item["foucault1975surveiller"];
  CHECK(f["title"] == "Discipline and Punish: The Birth of the Prison");
  CHECK(f["translator"] == nlohmann::json::parse(R"([{"family":"Sheridan","given":"Alan"}])"));
  CHECK(f["original-date"] == nlohmann::json::parse(R"({"date-parts":[[1975]]})"));
  CHECK(f["original-title"] == "Surveiller et punir");
  CHECK(item["aristotle"]["container-author"] == nlohmann::json::parse(R"([{"family":"Aristotle"}])"));
  CHECK(item["kant1900gesammelte"]["number-of-volumes"] == "23");
  if (!have_pandoc()) return;
  std::string text = pandoc_bibliography(json.out);
  INFO(text);
  CHECK(text.find("Translated by Alan Sheridan") != std::string::npos);
  CHECK(text.find("The Birth of the Prison") != std::string::npos);
}

// export39 (newuser39 problem 4, reverse): Zotero's CSL-JSON translator,
// original-date, original-title and number-of-volumes were "not written:
// biblatex has no field for it".
TEST_CASE("export39: CSL-JSON translator, original-date, original-title, number-of-volumes reach biblatex",
          "[export][biblatex][export39]") {
  Lib zot;
  REQUIRE(zot.run("import '" + fixture("humanities39/zot.json") + "'").status == 0);
  auto bl = zot.run("export --format biblatex weber1930protestant chateaubriand1849memoires");
  INFO(bl.out << bl.err);
  CHECK(bl.out.find("  translator = {Parsons, Talcott},\n  origdate = {1905},\n  origtitle = {Die protestantische Ethik},\n"
                    "  volumes = {1},") != std::string::npos);
  CHECK(bl.out.find("  volumes = {12},") != std::string::npos);
  for (const char* f : {"translator", "original-date", "original-title", "number-of-volumes"})
    CHECK(bl.err.find(std::string(" of ") + f + " (csl-json) not written") == std::string::npos);
  CHECK(bl.err.find("fields (csl-json) not written") == std::string::npos);  // nor among a source's many (user58)
}
