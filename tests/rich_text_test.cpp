// Rich text in titles (issue 13): one model, CSL 1.0.2's markup (<i>, <b>,
// <sub>, <sup>, small caps, nocase), kept in the Record's title; importers
// map into it, exporters out of it, and everything that reads a title as
// text (dedup, keys, search, term maps, CSV, show) reads it without tags.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "refnet/citekey.hpp"
#include "refnet/dedup.hpp"
#include "refnet/exporter.hpp"
#include "refnet/latex.hpp"
#include "refnet/text.hpp"
#include "export_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;
using json = nlohmann::json;

namespace {

// The issue's title, as Zotero and CSL-JSON carry it.
const char* kCslItem =
    R"([{"id":"adams2001","type":"article-journal",)"
    R"("title":"The <i>Drosophila</i> genome and CO<sub>2</sub> at 10<sup>6</sup> K",)"
    R"("author":[{"family":"Adams","given":"Mark D."}],"issued":{"date-parts":[[2001]]},"container-title":"Science"}])";

std::string field_value(const std::string& bib, const std::string& field) {
  std::string needle = "\n  " + field + " = {";
  std::size_t p = bib.find(needle);
  if (p == std::string::npos) return "<absent>";
  p += needle.size();
  std::size_t e = bib.find("},\n", p);
  if (e == std::string::npos) e = bib.find("}\n}", p);
  return bib.substr(p, e - p);
}

std::string bib_of(const std::vector<Record>& rs, bool biblatex = false) {
  std::ostringstream out;
  if (biblatex) write_biblatex(out, rs);
  else write_bibtex(out, rs);
  return out.str();
}

std::string csl_of(const std::vector<Record>& rs) {
  std::ostringstream out;
  write_csljson(out, rs);
  return out.str();
}

}  // namespace

TEST_CASE("the tags of rich text: only tags that open and close in order are markup", "[rich]") {
  CHECK(strip_rich_text("The <i>Drosophila</i> genome and CO<sub>2</sub> at 10<sup>6</sup> K") ==
        "The Drosophila genome and CO2 at 106 K");
  CHECK(strip_rich_text("<b>bold <i>and italic</i></b>, <span style=\"font-variant:small-caps;\">sc</span>") ==
        "bold and italic, sc");
  CHECK(strip_rich_text("Zotero's <span style=\"small-caps\">sc</span> and <span class=\"nocase\">iPhone</span>") ==
        "Zotero's sc and iPhone");
  // Text, not markup: a comparison, a tag never closed, a close before its open, crossed tags.
  CHECK(strip_rich_text("when a < b and c > d") == "when a < b and c > d");
  CHECK(strip_rich_text("an <i>open tag") == "an <i>open tag");
  CHECK(strip_rich_text("</i>closed<i>") == "</i>closed<i>");
  CHECK(strip_rich_text("<i>a<b>b</i>c</b>") == "<i>ab</i>c");  // </i> closes not <b>: text
  CHECK(strip_rich_text("<u>not CSL</u>") == "<u>not CSL</u>");
  // The offsets map plain bytes back to the title's.
  std::vector<std::uint32_t> at;
  CHECK(strip_rich_text("a <i>b</i> c", &at) == "a b c");
  CHECK(at == std::vector<std::uint32_t>{0, 1, 5, 10, 11, 12});
}

TEST_CASE("issue 13: a CSL-JSON title with rich text exports to BibTeX as LaTeX, no tag inside case braces",
          "[rich][bibtex]") {
  // Before the fix: title = {The <{i>Drosophila</i}> genome and {CO<sub>2</sub}> at 10<sup>6</sup> {K}}
  Parsed in = parse_string(kCslItem, Format::csl_json);
  REQUIRE(in.records.size() == 1);
  const Record& r = in.records[0];
  CHECK(r.title == "The <i>Drosophila</i> genome and CO<sub>2</sub> at 10<sup>6</sup> K");
  for (bool biblatex : {false, true}) {
    INFO((biblatex ? "biblatex" : "bibtex"));
    std::string bib = bib_of(in.records, biblatex);
    // Proper nouns and acronyms of a sentence-case title protected, the
    // markup as LaTeX, each brace group whole.
    CHECK(field_value(bib, "title") ==
          "The \\emph{{Drosophila}} genome and {CO\\textsubscript{2}} at 10\\textsuperscript{6} {K}");
    CHECK(bib.find('<') == std::string::npos);
    // Read back: the same rich text.
    Parsed back = parse_string(bib, Format::bibtex);
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].title == r.title);
  }
}

TEST_CASE("BibTeX markup in titles is read as rich text; math with a Unicode form stays Unicode", "[rich][bibtex]") {
  Parsed in = parse_string(
      "@article{frit2, title = {Mitochondrial DNA$_{\\textrm{2}}$ sequences of grass snakes (\\textit{Natrix cetti}) "
      "and \\textbf{do not} support their \\textsc{species status}}, year = 2012}\n"
      "@article{b, title = {{\\em Escherichia coli} and {\\it Bacillus} in \\emph{vivo}, \\mkbibemph{sic}}, year = 2001}\n"
      "@article{c, title = {The 4\\textsuperscript{th} study of H\\textsubscript{2}O at $4^{\\textrm{\\`eme}}$ "
      "and CO$_2$, $x^{2}$}, year = 2001}\n"
      "@article{d, title = {{\\bf Bold} \\emph{} empty and \\em switched to the end}, year = 2001}\n",
      Format::bibtex);
  REQUIRE(in.records.size() == 4);
  CHECK(in.records[0].title ==
        "Mitochondrial DNA₂ sequences of grass snakes (<i>Natrix cetti</i>) and <b>do not</b> support their "
        "<span style=\"font-variant:small-caps;\">species status</span>");
  CHECK(in.records[1].title == "<i>Escherichia coli</i> and <i>Bacillus</i> in <i>vivo</i>, <i>sic</i>");
  CHECK(in.records[2].title == "The 4<sup>th</sup> study of H<sub>2</sub>O at 4<sup>ème</sup> and CO₂, x²");
  CHECK(in.records[3].title == "<b>Bold</b> empty and <i>switched to the end</i>");
  // The other fields stay plain text.
  Parsed j = parse_string("@article{j, title = {T}, journal = {\\emph{Nature} Reviews}, year = 2001}\n", Format::bibtex);
  REQUIRE(j.records.size() == 1);
  CHECK(j.records[0].container_title == "Nature Reviews");
}

TEST_CASE("round trips keep the markup: CSL -> BibTeX -> CSL and BibTeX -> CSL -> BibTeX", "[rich][roundtrip]") {
  SECTION("CSL -> BibTeX -> CSL") {
    Parsed in = parse_string(kCslItem, Format::csl_json);
    REQUIRE(in.records.size() == 1);
    Parsed bib = parse_string(bib_of(in.records), Format::bibtex);
    REQUIRE(bib.records.size() == 1);
    json back = json::parse(csl_of(bib.records));
    // The guessed protection comes back as nocase spans; the tags are the source's.
    std::string title = back[0]["title"];
    CHECK(title ==
          "The <i><span class=\"nocase\">Drosophila</span></i> genome and <span class=\"nocase\">CO<sub>2</sub></span> "
          "at 10<sup>6</sup> <span class=\"nocase\">K</span>");
    Parsed again = parse_string(csl_of(bib.records), Format::csl_json);
    REQUIRE(again.records.size() == 1);
    CHECK(again.records[0].title == in.records[0].title);
  }
  SECTION("BibTeX -> CSL -> BibTeX") {
    Parsed in = parse_string(
        "@article{g, title = {Grass snakes (\\textit{Natrix cetti}) and {\\em Escherichia} with \\textsc{sc} "
        "and {H}\\textsubscript{2}O}, year = 2012}\n",
        Format::bibtex);
    REQUIRE(in.records.size() == 1);
    std::string csl = csl_of(in.records);
    CHECK(json::parse(csl)[0]["title"] ==
          "Grass snakes (<i>Natrix cetti</i>) and <i>Escherichia</i> with <span "
          "style=\"font-variant:small-caps;\">sc</span> and <span class=\"nocase\">H</span><sub>2</sub>O");
    Parsed mid = parse_string(csl, Format::csl_json);
    REQUIRE(mid.records.size() == 1);
    CHECK(mid.records[0].title == in.records[0].title);
    CHECK(mid.records[0].title_nocase == in.records[0].title_nocase);
    std::string bib = bib_of(mid.records);
    // Its protection as the source had it ({H}), not guessed: the nocase
    // spans came through CSL-JSON.
    CHECK(field_value(bib, "title") ==
          "Grass snakes (\\emph{Natrix cetti}) and \\emph{Escherichia} with \\textsc{sc} and {H}\\textsubscript{2}O");
    Parsed back = parse_string(bib, Format::bibtex);
    REQUIRE(back.records.size() == 1);
    CHECK(back.records[0].title == in.records[0].title);
  }
}

TEST_CASE("a CSL-JSON title without markup keeps its < and &; with markup they are entities", "[rich][csljson]") {
  Record r;
  r.citekey = "a";
  r.title = "When a < b & c";
  CHECK(json::parse(csl_of({r}))[0]["title"] == "When a < b & c");
  r.title = "When <i>a</i> < b & c";
  CHECK(json::parse(csl_of({r}))[0]["title"] == "When <i>a</i> &lt; b &amp; c");
  Parsed back = parse_string(csl_of({r}), Format::csl_json);
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].title == r.title);
  // Zotero's small-caps spelling is read as CSL's.
  Parsed z = parse_string(R"([{"id":"z","type":"book","title":"A <span style=\"small-caps\">Tale</span>"}])",
                          Format::csl_json);
  REQUIRE(z.records.size() == 1);
  CHECK(z.records[0].title == "A <span style=\"font-variant:small-caps;\">Tale</span>");
}

TEST_CASE("RIS keeps the tags as Zotero's RIS export does; CSV writes the text", "[rich][ris][csv]") {
  Parsed in = parse_string(kCslItem, Format::csl_json);
  REQUIRE(in.records.size() == 1);
  std::ostringstream ris;
  write_ris(ris, in.records);
  CHECK(ris.str().find("TI  - The <i>Drosophila</i> genome and CO<sub>2</sub> at 10<sup>6</sup> K\r\n") !=
        std::string::npos);
  Parsed back = parse_string(ris.str(), Format::ris);
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].title == in.records[0].title);
  std::ostringstream csv;
  auto w = csv_writer();
  write_records(*w, csv, in.records);
  CHECK(csv.str().find("The Drosophila genome and CO2 at 106 K") != std::string::npos);
  CHECK(csv.str().find("<i>") == std::string::npos);
}

TEST_CASE("what reads a title as text reads it without tags: dedup, citation keys", "[rich][dedup]") {
  Record a, b;
  a.title = "The <i>Drosophila</i> genome";
  b.title = "The Drosophila genome";
  for (Record* r : {&a, &b}) {
    r->issued.year = 2000;
    Creator c;
    c.family = "Adams";
    c.given = "Mark";
    r->authors = {c};
  }
  DedupOptions opt;
  CHECK(duplicate_score(a, b, opt, nullptr) >= 0.95);
  CHECK(expand_key_pattern("[auth][year][title]", a) == expand_key_pattern("[auth][year][title]", b));
  CHECK(expand_key_pattern("[shorttitle3]", a) == expand_key_pattern("[shorttitle3]", b));
}

TEST_CASE("a library stores rich text, and search, show and dedup see words", "[rich][cli]") {
  TempDir tmp;
  std::ofstream(tmp / "a.json") << kCslItem;
  std::ofstream(tmp / "b.ris") << "TY  - JOUR\nTI  - The Drosophila genome and CO2 at 106 K\nAU  - Adams, Mark D.\n"
                                  "PY  - 2001\nT2  - Science\nER  - \n";
  std::string lib = "--library '" + (tmp / "l.db") + "'";
  REQUIRE(run_refnet("import " + lib + " '" + (tmp / "a.json") + "'").status == 0);
  CommandResult found = run_refnet("search " + lib + " drosophila");
  CHECK(found.status == 0);
  CHECK(found.out.find("adams2001") != std::string::npos);
  CHECK(run_refnet("search " + lib + " CO2").out.find("adams2001") != std::string::npos);
  CommandResult shown = run_refnet("show " + lib + " adams2001");
  CHECK(shown.out.find("The Drosophila genome and CO2 at 106 K") != std::string::npos);
  // The same work from RIS, without markup: one work.
  CommandResult imported = run_refnet("import " + lib + " '" + (tmp / "b.ris") + "'");
  INFO(imported.out << imported.err);
  CommandResult dups = run_refnet("dedup " + lib);
  INFO(dups.out << dups.err);
  CHECK(dups.out.find("group of 2, score 1.00: same normalized title") != std::string::npos);
}

TEST_CASE("bibtex and pandoc --citeproc print the markup, never a literal tag", "[rich][latex][pandoc]") {
  Parsed in = parse_string(kCslItem, Format::csl_json);
  Parsed bibin = parse_string(
      "@article{frit2, author = {Fritz, U.}, title = {Grass snakes (\\textit{Natrix cetti}) do \\textbf{not} support "
      "\\textsc{species status} at $4^{\\textrm{\\`eme}}$}, journal = {Actes}, year = 2012}\n",
      Format::bibtex);
  REQUIRE(in.records.size() == 1);
  REQUIRE(bibin.records.size() == 1);
  std::vector<Record> records = {in.records[0], bibin.records[0]};
  TempDir tmp;
  { std::ofstream(tmp / "refs.bib") << bib_of(records); }
  { std::ofstream(tmp / "refs.json") << csl_of(records); }
  if (std::system("command -v bibtex >/dev/null 2>&1") == 0) {
    std::ofstream(tmp / "plain.aux") << "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n";
    std::string cmd = "cd '" + tmp.path.string() + "' && bibtex plain >/dev/null 2>&1";
    int status = std::system(cmd.c_str());
    CHECK(WEXITSTATUS(status) == 0);
    std::string bbl = slurp(tmp / "plain.bbl");
    INFO(bbl);
    // plain sets titles in sentence case: the italic and protected words keep theirs.
    CHECK(bbl.find("The \\emph{{Drosophila}} genome and {CO\\textsubscript{2}} at\n  10\\textsuperscript{6}") !=
          std::string::npos);
    CHECK(bbl.find("(\\textit{Natrix cetti})") != std::string::npos);  // the source's own LaTeX, kept
    CHECK(bbl.find('<') == std::string::npos);
  } else {
    WARN("bibtex is not on PATH: skipped");
  }
  if (!have_pandoc()) {
    WARN("pandoc is not on PATH: skipped");
    return;
  }
  { std::ofstream(tmp / "doc.md") << "---\nnocite: \"@*\"\n---\n"; }
  for (const char* bib : {"refs.bib", "refs.json"}) {
    INFO(bib);
    std::string html = capture("cd '" + tmp.path.string() + "' && pandoc --citeproc --bibliography=" + bib +
                               " --wrap=none -t html doc.md 2>&1");
    INFO(html);
    CHECK(html.find("<em>Drosophila</em>") != std::string::npos);
    CHECK(html.find("<sub>2</sub>") != std::string::npos);
    CHECK(html.find("10<sup>6</sup>") != std::string::npos);
    CHECK(html.find("<em>Natrix") != std::string::npos);
    CHECK(html.find("<strong>") != std::string::npos);
    CHECK(html.find("class=\"smallcaps\">species status") != std::string::npos);
    CHECK(html.find("<sup>ème</sup>") != std::string::npos);
    CHECK(html.find("&lt;") == std::string::npos);  // no tag printed as text
  }
}
