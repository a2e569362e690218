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
  std::size_t e = std::min(bib.find("},\n", p), bib.find("}\n}", p));
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

TEST_CASE("a CSL-JSON title keeps its < and & as they are, beside markup too", "[rich][csljson]") {
  // pandoc's citeproc (and citeproc-js) read no entities in CSL-JSON: a
  // title written "DNA &amp; RNA" was printed "DNA &Amp; RNA".  Only text
  // that a reader would take for a tag or an entity is escaped.
  Record r;
  r.citekey = "a";
  r.title = "When a < b & c";
  CHECK(json::parse(csl_of({r}))[0]["title"] == "When a < b & c");
  r.title = "When <i>a</i> < b & c > d";
  CHECK(json::parse(csl_of({r}))[0]["title"] == "When <i>a</i> < b & c > d");
  Parsed back = parse_string(csl_of({r}), Format::csl_json);
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].title == r.title);
  // Literal tag-like text and entity-like text in a title with markup stay
  // text through a round trip.
  r.title = "The <i>x</i> tag &amp; <b>y</b>: a &lt; b, <i>u</i> <i>v";
  r.title_nocase.clear();
  CHECK(json::parse(csl_of({r}))[0]["title"] == "The <i>x</i> tag &amp;amp; <b>y</b>: a &amp;lt; b, <i>u</i> &lt;i>v");
  back = parse_string(csl_of({r}), Format::csl_json);
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

TEST_CASE("\"and others\" goes to CSL-JSON as pandoc writes it, prints et al. and comes back", "[etal][csljson]") {
  Parsed in = parse_string(
      "@article{o1, author = {Smith, John and Doe, Jane and others}, title = {A study}, year = 2001, journal = {J}}\n",
      Format::bibtex);
  REQUIRE(in.records.size() == 1);
  REQUIRE(in.records[0].authors.size() == 3);
  std::string csl = csl_of(in.records);
  json items = json::parse(csl);
  CHECK(items[0]["author"].size() == 3);
  CHECK(items[0]["author"][2] == json::parse(R"({"literal": "others"})"));
  // pandoc -f bibtex -t csljson writes the same.
  if (have_pandoc()) {
    TempDir tmp;
    { std::ofstream(tmp / "o.bib") << bib_of(in.records); }
    json theirs = json::parse(capture("pandoc -f bibtex -t csljson '" + (tmp / "o.bib") + "' 2>/dev/null"), nullptr, false);
    REQUIRE(theirs.is_array());
    CHECK(theirs[0]["author"] == items[0]["author"]);
    { std::ofstream(tmp / "o.json") << csl; }
    { std::ofstream(tmp / "doc.md") << "---\nnocite: \"@*\"\n---\n"; }
    std::string text = capture("cd '" + tmp.path.string() + "' && pandoc --citeproc --bibliography=o.json -t plain doc.md");
    CHECK(text.find("Smith, John, Jane Doe, et al. 2001.") != std::string::npos);
  }
  // Read back: the literal "others" is BibTeX's "and others" again.
  Parsed back = parse_string(csl, Format::csl_json);
  REQUIRE(back.records.size() == 1);
  CHECK(back.records[0].authors == in.records[0].authors);
  CHECK(field_value(bib_of(back.records), "author") == "Smith, John and Doe, Jane and others");
  // "others" alone is not an author list: left out.
  Record alone;
  alone.citekey = "x";
  alone.authors = {corporate("others")};
  CHECK_FALSE(json::parse(csl_of({alone}))[0].contains("author"));
}

TEST_CASE("RIS \"et al.\" as an author is \"and others\"", "[etal][ris]") {
  Parsed in = parse_string("TY  - JOUR\nTI  - A study\nAU  - Smith, John\nAU  - et al.\nPY  - 2001\nER  - \n"
                           "TY  - JOUR\nTI  - B study\nAU  - Smith, John; Doe, Jane; et al\nPY  - 2001\nER  - \n",
                           Format::ris);
  REQUIRE(in.records.size() == 2);
  REQUIRE(in.records[0].authors.size() == 2);
  CHECK(in.records[0].authors[1].literal == "others");
  REQUIRE(in.records[1].authors.size() == 3);
  CHECK(in.records[1].authors[2].literal == "others");
  CHECK(json::parse(csl_of(in.records))[0]["author"][1] == json::parse(R"({"literal": "others"})"));
}

TEST_CASE("date ranges: biblatex, CSL date-parts and RIS in; each dialect out", "[daterange]") {
  Parsed bib = parse_string("@book{a, title = {A}, date = {2001/2003}}\n"
                            "@book{b, title = {B}, date = {2001-03/2001-05}}\n"
                            "@book{c, title = {C}, date = {2001/}}\n"
                            "@book{d, title = {D}, year = {2001--2003}}\n"
                            "@book{e, title = {E}, date = {../2003}}\n",
                            Format::bibtex);
  REQUIRE(bib.records.size() == 5);
  auto range = [](const Date& d) {
    return std::to_string(d.year) + "-" + std::to_string(d.month) + "/" + std::to_string(d.end_year) + "-" +
           std::to_string(d.end_month);
  };
  CHECK(range(bib.records[0].issued) == "2001-0/2003-0");
  CHECK(range(bib.records[1].issued) == "2001-3/2001-5");
  CHECK(range(bib.records[2].issued) == "2001-0/-1-0");  // open end
  CHECK(range(bib.records[3].issued) == "2001-0/2003-0");
  CHECK(range(bib.records[4].issued) == "2003-0/0-0");  // an open start: the end is the date

  Parsed csl = parse_string(R"([{"id":"r","type":"book","title":"R","issued":{"date-parts":[[2001,3],[2001,5]]}},
                                {"id":"s","type":"book","title":"S","issued":{"date-parts":[[2001],[2003]]}}])",
                            Format::csl_json);
  REQUIRE(csl.records.size() == 2);
  CHECK(range(csl.records[0].issued) == "2001-3/2001-5");
  CHECK(range(csl.records[1].issued) == "2001-0/2003-0");
  CHECK(csl.records[1].get_extra("issued").empty());  // taken whole

  Parsed ris = parse_string("TY  - BOOK\nTI  - T\nPY  - 2001-2003\nER  - \nTY  - BOOK\nTI  - U\nDA  - 2001 \u2013 2003\nER  - \n",
                            Format::ris);
  REQUIRE(ris.records.size() == 2);
  CHECK(range(ris.records[0].issued) == "2001-0/2003-0");
  CHECK(ris.records[0].issued.text.empty());
  CHECK(range(ris.records[1].issued) == "2001-0/2003-0");

  // Out: CSL two date-parts; biblatex date = {a/b}; BibTeX year = {a--b}; RIS PY a-b.
  std::vector<Record> rs = {csl.records[1], csl.records[0]};
  json items = json::parse(csl_of(rs));
  CHECK(items[0]["issued"] == json::parse(R"({"date-parts": [[2001], [2003]]})"));
  CHECK(items[1]["issued"] == json::parse(R"({"date-parts": [[2001, 3], [2001, 5]]})"));
  std::string latex = bib_of(rs, true);
  CHECK(field_value(latex, "date") == "2001/2003");
  CHECK(latex.find("date = {2001-03/2001-05}") != std::string::npos);
  ExportNotes notes;
  ExportOptions opt;
  opt.notes = &notes;
  std::ostringstream classic;
  write_bibtex(classic, rs, opt);
  CHECK(field_value(classic.str(), "year") == "2001--2003");
  // A range of months within the year is a month range (export18: it was
  // the start's month, and a warning).
  CHECK(classic.str().find("year = {2001},\n  month = mar # \"--\" # may") != std::string::npos);
  CHECK(notes.warnings.empty());
  CHECK(range(parse_string(classic.str(), Format::bibtex).records[1].issued) == "2001-3/2001-5");
  std::ostringstream risout;
  write_ris(risout, rs);
  CHECK(risout.str().find("PY  - 2001-2003\r\n") != std::string::npos);
  // And back: every format gives the same range again.
  CHECK(range(parse_string(classic.str(), Format::bibtex).records[0].issued) == "2001-0/2003-0");
  CHECK(range(parse_string(latex, Format::bibtex).records[1].issued) == "2001-3/2001-5");
  CHECK(range(parse_string(risout.str(), Format::ris).records[0].issued) == "2001-0/2003-0");
  CHECK(range(parse_string(csl_of(rs), Format::csl_json).records[1].issued) == "2001-3/2001-5");
  // biblatex keeps a .bib source's own date as it was.
  CHECK(field_value(bib_of({bib.records[2]}, true), "date") == "2001/");
  CHECK(field_value(bib_of({bib.records[2]}), "date") == "2001/");
}

// export --title-case on 20 real titles of fixtures/corpora/iridia-references__biblio.bib (a
// BibTeX file whose braces protect acronyms and proper nouns), as CSL-JSON writes them; each line
// checked by eye (nocase spans are the source's braces):
//   ShaLopKno2023bench-supp
//     before:   On Benchmarking Interactive Evolutionary Multi-Objective Algorithms: Supplementary material
//     sentence: On benchmarking interactive evolutionary multi-objective algorithms: Supplementary material
//     title:    On Benchmarking Interactive Evolutionary Multi-Objective Algorithms: Supplementary Material
//   Moscato99
//     before:   Memetic algorithms: a short introduction
//     sentence: Memetic algorithms: A short introduction
//     title:    Memetic Algorithms: A Short Introduction
//   PurJalFle2011pref
//     before:   Preference-Driven Co-Evolutionary Algorithms Show Promise for Many-Objective optimisation
//     sentence: Preference-driven co-evolutionary algorithms show promise for many-objective optimisation
//     title:    Preference-Driven Co-Evolutionary Algorithms Show Promise for Many-Objective Optimisation
//   StuLop2015gecco
//     before:   Automatic (Offline) Configuration of Algorithms
//     sentence: Automatic (offline) configuration of algorithms
//     title:    Automatic (Offline) Configuration of Algorithms
//   R:SPOT
//     before:   SPOT: Sequential Parameter Optimization
//     sentence: SPOT: Sequential parameter optimization
//     title:    SPOT: Sequential Parameter Optimization
//   PanIshSha2020
//     before:   Algorithm configurations of <span class="nocase">MOEA/D</span> with an unbounded external archive
//     sentence: Algorithm configurations of <span class="nocase">MOEA/D</span> with an unbounded external archive
//     title:    Algorithm Configurations of <span class="nocase">MOEA/D</span> with an Unbounded External Archive
//   UldAarBan1991
//     before:   Genetic Local Search Algorithms for the Travelling Salesman Problem
//     sentence: Genetic local search algorithms for the travelling salesman problem
//     title:    Genetic Local Search Algorithms for the Travelling Salesman Problem
//   MonYos11
//     before:   A Framework for Locating Logistic Facilities with Multi-Criteria Decision Analysis
//     sentence: A framework for locating logistic facilities with multi-criteria decision analysis
//     title:    A Framework for Locating Logistic Facilities with Multi-Criteria Decision Analysis
//   SakTakKaw2010
//     before:   A method to control parameters of evolutionary algorithms by using reinforcement learning
//     sentence: A method to control parameters of evolutionary algorithms by using reinforcement learning
//     title:    A Method to Control Parameters of Evolutionary Algorithms by Using Reinforcement Learning
//   BarPre2014experimental
//     before:   Experimental Analysis of Optimization Algorithms: Tuning and Beyond
//     sentence: Experimental analysis of optimization algorithms: Tuning and beyond
//     title:    Experimental Analysis of Optimization Algorithms: Tuning and Beyond
//   SwaOzcKen2011lion
//     before:   Hyperion: A Recursive Hyper-heuristic Framework
//     sentence: Hyperion: A recursive hyper-heuristic framework
//     title:    Hyperion: A Recursive Hyper-Heuristic Framework
//   Moy94:opsf
//     before:   <span class="nocase">RFC 1583</span>: Open shortest path first protocol
//     sentence: <span class="nocase">RFC 1583</span>: Open shortest path first protocol
//     title:    <span class="nocase">RFC 1583</span>: Open Shortest Path First Protocol
//   DebAgrPra2000ppsn
//     before:   A fast elitist non-dominated sorting genetic algorithm for multi-objective optimization: <span class="nocase">NSGA-II</span>
//     sentence: A fast elitist non-dominated sorting genetic algorithm for multi-objective optimization: <span class="nocase">NSGA-II</span>
//     title:    A Fast Elitist Non-Dominated Sorting Genetic Algorithm for Multi-Objective Optimization: <span class="nocase">NSGA-II</span>
//   VolNauKerTus2019gamebench
//     before:   Single- and Multi-Objective Game-Benchmark for Evolutionary Algorithms
//     sentence: Single- and multi-objective game-benchmark for evolutionary algorithms
//     title:    Single- and Multi-Objective Game-Benchmark for Evolutionary Algorithms
//   AmaAliThr2019nips
//     before:   Linear Stochastic Bandits Under Safety Constraints
//     sentence: Linear stochastic bandits under safety constraints
//     title:    Linear Stochastic Bandits under Safety Constraints
//   BalBirStu07
//     before:   Improvement Strategies for the <span class="nocase">F</span>-Race Algorithm: Sampling Design and Iterative Refinement
//     sentence: Improvement strategies for the <span class="nocase">F</span>-race algorithm: Sampling design and iterative refinement
//     title:    Improvement Strategies for the <span class="nocase">F</span>-Race Algorithm: Sampling Design and Iterative Refinement
//   Gei2006ecml
//     before:   Reinforcement Learning for <span class="nocase">MDPs</span> with Constraints
//     sentence: Reinforcement learning for <span class="nocase">MDPs</span> with constraints
//     title:    Reinforcement Learning for <span class="nocase">MDPs</span> with Constraints
//   Ayodele2022penalty
//     before:   Penalty Weights in <span class="nocase">QUBO</span> Formulations: Permutation Problems
//     sentence: Penalty weights in <span class="nocase">QUBO</span> formulations: Permutation problems
//     title:    Penalty Weights in <span class="nocase">QUBO</span> Formulations: Permutation Problems
//   MarMor99
//     before:   <span class="nocase">MOAQ</span>: An <span class="nocase">Ant</span>-<span class="nocase">Q</span> Algorithm for Multiple Objective Optimization Problems
//     sentence: <span class="nocase">MOAQ</span>: An <span class="nocase">Ant</span>-<span class="nocase">Q</span> algorithm for multiple objective optimization problems
//     title:    <span class="nocase">MOAQ</span>: An <span class="nocase">Ant</span>-<span class="nocase">Q</span> Algorithm for Multiple Objective Optimization Problems
//   KukLam2005:gde3
//     before:   <span class="nocase">GDE3</span>: the third evolution step of generalized differential evolution
//     sentence: <span class="nocase">GDE3</span>: The third evolution step of generalized differential evolution
//     title:    <span class="nocase">GDE3</span>: The Third Evolution Step of Generalized Differential Evolution
TEST_CASE("--title-case sentence|title on real titles", "[titlecase]") {
  Parsed in = parse_file(fixture("corpora/iridia-references__biblio.bib"));
  REQUIRE(in.records.size() > 1000);
  struct Row {
    const char* key;
    const char* sentence;
    const char* title;
  };
  const Row rows[] = {
      {"ShaLopKno2023bench-supp",
       "On benchmarking interactive evolutionary multi-objective algorithms: Supplementary material",
       "On Benchmarking Interactive Evolutionary Multi-Objective Algorithms: Supplementary Material"},
      {"Moscato99",
       "Memetic algorithms: A short introduction",
       "Memetic Algorithms: A Short Introduction"},
      {"PurJalFle2011pref",
       "Preference-driven co-evolutionary algorithms show promise for many-objective optimisation",
       "Preference-Driven Co-Evolutionary Algorithms Show Promise for Many-Objective Optimisation"},
      {"StuLop2015gecco",
       "Automatic (offline) configuration of algorithms",
       "Automatic (Offline) Configuration of Algorithms"},
      {"R:SPOT",
       "SPOT: Sequential parameter optimization",
       "SPOT: Sequential Parameter Optimization"},
      {"PanIshSha2020",
       "Algorithm configurations of <span class=\"nocase\">MOEA/D</span> with an unbounded external archive",
       "Algorithm Configurations of <span class=\"nocase\">MOEA/D</span> with an Unbounded External Archive"},
      {"UldAarBan1991",
       "Genetic local search algorithms for the travelling salesman problem",
       "Genetic Local Search Algorithms for the Travelling Salesman Problem"},
      {"MonYos11",
       "A framework for locating logistic facilities with multi-criteria decision analysis",
       "A Framework for Locating Logistic Facilities with Multi-Criteria Decision Analysis"},
      {"SakTakKaw2010",
       "A method to control parameters of evolutionary algorithms by using reinforcement learning",
       "A Method to Control Parameters of Evolutionary Algorithms by Using Reinforcement Learning"},
      {"BarPre2014experimental",
       "Experimental analysis of optimization algorithms: Tuning and beyond",
       "Experimental Analysis of Optimization Algorithms: Tuning and Beyond"},
      {"SwaOzcKen2011lion",
       "Hyperion: A recursive hyper-heuristic framework",
       "Hyperion: A Recursive Hyper-Heuristic Framework"},
      {"Moy94:opsf",
       "<span class=\"nocase\">RFC 1583</span>: Open shortest path first protocol",
       "<span class=\"nocase\">RFC 1583</span>: Open Shortest Path First Protocol"},
      {"DebAgrPra2000ppsn",
       "A fast elitist non-dominated sorting genetic algorithm for multi-objective optimization: <span class=\"nocase\">NSGA-II</span>",
       "A Fast Elitist Non-Dominated Sorting Genetic Algorithm for Multi-Objective Optimization: <span class=\"nocase\">NSGA-II</span>"},
      {"VolNauKerTus2019gamebench",
       "Single- and multi-objective game-benchmark for evolutionary algorithms",
       "Single- and Multi-Objective Game-Benchmark for Evolutionary Algorithms"},
      {"AmaAliThr2019nips",
       "Linear stochastic bandits under safety constraints",
       "Linear Stochastic Bandits under Safety Constraints"},
      {"BalBirStu07",
       "Improvement strategies for the <span class=\"nocase\">F</span>-race algorithm: Sampling design and iterative refinement",
       "Improvement Strategies for the <span class=\"nocase\">F</span>-Race Algorithm: Sampling Design and Iterative Refinement"},
      {"Gei2006ecml",
       "Reinforcement learning for <span class=\"nocase\">MDPs</span> with constraints",
       "Reinforcement Learning for <span class=\"nocase\">MDPs</span> with Constraints"},
      {"Ayodele2022penalty",
       "Penalty weights in <span class=\"nocase\">QUBO</span> formulations: Permutation problems",
       "Penalty Weights in <span class=\"nocase\">QUBO</span> Formulations: Permutation Problems"},
      {"MarMor99",
       "<span class=\"nocase\">MOAQ</span>: An <span class=\"nocase\">Ant</span>-<span class=\"nocase\">Q</span> algorithm for multiple objective optimization problems",
       "<span class=\"nocase\">MOAQ</span>: An <span class=\"nocase\">Ant</span>-<span class=\"nocase\">Q</span> Algorithm for Multiple Objective Optimization Problems"},
      {"KukLam2005:gde3",
       "<span class=\"nocase\">GDE3</span>: The third evolution step of generalized differential evolution",
       "<span class=\"nocase\">GDE3</span>: The Third Evolution Step of Generalized Differential Evolution"},
  };
  std::vector<Record> picked;
  for (const Row& row : rows)
    for (const Record& r : in.records)
      if (r.citekey == row.key) picked.push_back(r);
  REQUIRE(picked.size() == 20);
  for (TitleCase mode : {TitleCase::sentence, TitleCase::title}) {
    ExportOptions opt;
    opt.title_case = mode;
    std::ostringstream out;
    write_csljson(out, picked, opt);
    json items = json::parse(out.str());
    for (std::size_t i = 0; i < 20; ++i) {
      INFO(rows[i].key);
      CHECK(items[i]["title"] == (mode == TitleCase::sentence ? rows[i].sentence : rows[i].title));
    }
  }
  // keep (the default) writes them as stored; BibTeX and RIS recase the same way.
  CHECK(json::parse(csl_of(picked))[1]["title"] == "Memetic algorithms: a short introduction");
  ExportOptions opt;
  opt.title_case = TitleCase::title;
  std::ostringstream bib, ris;
  write_bibtex(bib, {picked[1]}, opt);
  write_ris(ris, {picked[1]}, opt);
  CHECK(field_value(bib.str(), "title") == "Memetic Algorithms: A Short Introduction");
  CHECK(ris.str().find("TI  - Memetic Algorithms: A Short Introduction\r\n") != std::string::npos);
}

TEST_CASE("--title-case: rich text, capitals, other languages", "[titlecase]") {
  Record r;
  r.citekey = "a";
  r.title = "THE <i>DROSOPHILA</i> GENOME AND THE E-GOVERNMENT PARADOX";  // a database's capitals
  Record s = r;
  recase_title(s, TitleCase::sentence);
  CHECK(s.title == "The <i>drosophila</i> genome and the e-government paradox");
  s = r;
  recase_title(s, TitleCase::title);
  CHECK(s.title == "The <i>Drosophila</i> Genome and the E-Government Paradox");
  r.title = "The <i>Drosophila</i> genome and CO<sub>2</sub> in Australia: a review of iPhone data";
  s = r;
  recase_title(s, TitleCase::title);
  CHECK(s.title == "The <i>Drosophila</i> Genome and CO<sub>2</sub> in Australia: A Review of iPhone Data");
  s = r;
  recase_title(s, TitleCase::sentence);  // sentence case already: proper nouns kept
  CHECK(s.title == "The <i>Drosophila</i> genome and CO<sub>2</sub> in Australia: A review of iPhone data");
  // English title case is for English: a French title stays as it is.
  r.title = "Elicitation des préférences pour l'aide à la décision";
  r.language = "fr";
  s = r;
  recase_title(s, TitleCase::title);
  CHECK(s.title == r.title);
}

TEST_CASE("export --title-case: the option, its values and completion", "[titlecase][cli]") {
  TempDir tmp;
  std::ofstream(tmp / "a.json") << kCslItem;
  std::string lib = "--library '" + (tmp / "l.db") + "'";
  REQUIRE(run_refnet("import " + lib + " '" + (tmp / "a.json") + "'").status == 0);
  CommandResult t = run_refnet("export " + lib + " --format csljson --title-case title");
  CHECK(t.status == 0);
  CHECK(t.out.find("\"The <i>Drosophila</i> Genome and CO<sub>2</sub> at 10<sup>6</sup> K\"") != std::string::npos);
  CommandResult bad = run_refnet("export " + lib + " --title-case upper");
  CHECK(bad.status != 0);
  CHECK(bad.err.find("--title-case: 'upper' is not keep, sentence or title") != std::string::npos);
  CHECK(run_refnet("export " + lib + " --format csv --title-case title").status != 0);
}

TEST_CASE("TeX math with no Unicode or rich-text form goes to CSL-JSON as TeX, and is said", "[rich][csljson][math]") {
  Parsed in = parse_string("@article{m, title = {On $\\frac{a}{b}$ bounds for $x^{2}$ and CO$_2$ at \\$5}, year = 2001}\n"
                           "@article{n, title = {Plain costs of \\$5 and \\$10}, year = 2001}\n",
                           Format::bibtex);
  REQUIRE(in.records.size() == 2);
  // What Unicode can say was said at import; \frac stays TeX.
  CHECK(in.records[0].title == "On $\\frac{a}{b}$ bounds for x² and CO₂ at $5");
  ExportNotes notes;
  ExportOptions opt;
  opt.notes = &notes;
  std::ostringstream out;
  write_csljson(out, in.records, opt);
  json items = json::parse(out.str());
  CHECK(items[0]["title"] == "On $\\frac{a}{b}$ bounds for x² and CO₂ at $5");
  CHECK(items[1]["title"] == "Plain costs of $5 and $10");  // dollars, not math
  REQUIRE(notes.warnings.size() == 1);
  CHECK(notes.warnings[0] == "m: the title's TeX math $\\frac{a}{b}$ has no CSL rich-text form: written as TeX");
}

TEST_CASE("a work without authors is labelled on maps by its title without tags, cut at a character", "[richtext]") {
  // Its label was the first 40 bytes of the stored title: "Wing development in <i>Drosophila melano",
  // and a cut could fall inside a UTF-8 character.
  test::TempDir tmp;
  std::string lib = tmp / "lib.sqlite", out = tmp / "c.graphml", ris = tmp / "w.ris";
  {
    std::ofstream f(ris);
    f << "TY  - JOUR\nTI  - \xC3\x89tudes de <i>\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
         "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9</i> en for\xC3\xAAt\nPY  - 2021\nER  - \n";
  }
  REQUIRE(test::run_refnet("import --quiet --library '" + lib + "' '" + fixture("crossref/rich-title.json") + "' '" +
                           ris + "'").status == 0);
  auto r = test::run_refnet("network citation --library '" + lib + "' -o '" + out + "'");
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::string g = test::slurp(out);
  CHECK(g.find("<data key=\"v_label\">Wing development in Drosophila melanogas (2020)</data>") != std::string::npos);
  CHECK(g.find("&lt;i&gt;") == std::string::npos);
  // 40 bytes end inside the 15th two-byte character: the label stops before it.
  CHECK(g.find("<data key=\"v_label\">\xC3\x89tudes de \xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
               "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 (2021)</data>") != std::string::npos);
}
