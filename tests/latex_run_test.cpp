// The exports of real files, run through what an author runs: bibtex with
// the plain and alpha styles, and pdflatex + biblatex + biber.  All entries
// of all files go into one run per tool (a minute of CI, not one per file).
// Targets (issue 13): no bibtex or biber error; nothing printed that the
// source did not mean to print (database boilerplate, "English.", e-mail).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <unordered_set>

#include "refnet/citekey.hpp"
#include "refnet/exporter.hpp"
#include "refnet/text.hpp"
#include "../exporters/bibtex_required.hpp"
#include "export_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool have(const char* tool) { return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0; }

// "(There were 3 error messages)" / "(There was 1 error message)" of a .blg: the count, 0 when none.
int blg_count(const std::string& blg, const std::string& what) {
  std::smatch m;
  std::regex re("There (?:were|was) ([0-9]+) " + what);
  return std::regex_search(blg, m, re) ? std::stoi(m[1]) : 0;
}

// Real files of fixtures/corpora (see MANIFEST.tsv): BibTeX from Scopus,
// WoS, biber's own tests, BBT issues; RIS from Scopus, WoS, PubMed, Zotero.
const char* kFiles[] = {
    "corpora/biber__examples.bib",
    "corpora/pybibx__scopus.bib",
    "corpora/pybibx__wos.bib",
    "corpora/synthesisr__Scopus_bib_example.bib",
    "corpora/iridia-references__crossref.bib",
    "corpora/python-bibtexparser__traps.bib",
    "corpora/jabref__RisImporterTestScopus.bib",
    "corpora/zotero-better-bibtex__Problem_when_importing_BibTeX_entries_with_percent_sign-95_or_preamble-96.bib",
    "corpora/zotero-better-bibtex__Issues_with_round_instead_of_curly_braces_do_not_import_correctly-871.bib",
    "corpora/asysd__wos_test.ris",
    "corpora/citesource__pubmed_46.ris",
    "corpora/jabref__RisImporterTestScopus.ris",
    "corpora/litstudy__tests_resources_example.ris",
    "corpora/synthesisr__Scopus_ris_example.ris",
    "corpora/scopus4histcite__scopus.ris",
    // A Dimensions abstract ending in a web page's script, with a lone '}'.
    "ris/dimensions_script_abstract.ris",
};

// Every record of every file, with keys unique across them (as a library gives).
std::vector<Record> mixed_library() {
  std::vector<Record> all;
  KeyAssigner keys({});
  for (const char* f : kFiles) {
    Parsed p = parse_file(fixture(f));
    for (auto& r : p.records) {
      r.citekey = keys.assign(r);
      all.push_back(std::move(r));
    }
  }
  return all;
}

std::string export_of(const std::vector<Record>& records, bool biblatex, ExportNotes& notes,
                      std::unordered_set<std::string>& keys) {
  for (const auto& r : records) keys.insert(ascii_lower(r.citekey));
  ExportOptions opt;
  opt.exported_keys = &keys;
  opt.notes = &notes;
  std::ostringstream out;
  if (biblatex) write_biblatex(out, records, opt);
  else write_bibtex(out, records, opt);
  return out.str();
}

// What no bibliography should print: the boilerplate the paper profile leaves out.
void check_printed(const std::string& whole) {
  // The entries, not the .bbl's preamble (biblatex's "ver@biblatex.sty").
  std::size_t first = std::min(whole.find("\\entry{"), whole.find("\\bibitem"));
  REQUIRE(first != std::string::npos);
  // Nor the abstract, which biber passes on and no standard style prints
  // (an abstract quoting its author's e-mail is what the source said).
  std::string bbl;
  std::istringstream lines(whole.substr(first));
  for (std::string line; std::getline(lines, line);)
    if (line.find("\\field{abstract}") == std::string::npos) bbl += line + "\n";
  CHECK(bbl.find("Export Date") == std::string::npos);
  CHECK(bbl.find("Cited By") == std::string::npos);
  CHECK(bbl.find("English.") == std::string::npos);
  CHECK(bbl.find("Correspondence Address") == std::string::npos);
  std::regex email("[A-Za-z0-9._-]+@[A-Za-z0-9-]+\\.[A-Za-z0-9.-]+");
  std::smatch m;
  bool found = std::regex_search(bbl, m, email);
  INFO("e-mail in the .bbl: " << (found ? m.str() : ""));
  CHECK_FALSE(found);
}

}  // namespace

TEST_CASE("bibtex (plain, alpha) reads the export of real files without an error", "[export][latex]") {
  if (!have("bibtex")) {
    WARN("bibtex is not on PATH (texlive-binaries): skipped");
    return;
  }
  std::vector<Record> records = mixed_library();
  REQUIRE(records.size() > 500);
  ExportNotes notes;
  std::unordered_set<std::string> keys;
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << export_of(records, false, notes, keys);
  for (const char* style : {"plain", "alpha"}) {
    INFO(style);
    // bibtex needs only the .aux: no pdflatex run.
    std::ofstream(tmp / (std::string(style) + ".aux"))
        << "\\relax\n\\citation{*}\n\\bibstyle{" << style << "}\n\\bibdata{refs}\n";
    std::string cmd = "cd '" + tmp.path.string() + "' && bibtex " + style + " >/dev/null 2>&1";
    int status = std::system(cmd.c_str());
    std::string blg = slurp(tmp / (std::string(style) + ".blg"));
    INFO(blg.substr(0, 4000));
    CHECK(WEXITSTATUS(status) <= 1);  // 0: clean, 1: warnings, 2: errors
    CHECK(blg_count(blg, "error") == 0);
    check_printed(slurp(tmp / (std::string(style) + ".bbl")));
  }
}

TEST_CASE("biber reads the biblatex export of real files without an error", "[export][latex]") {
  if (!have("biber") || !have("pdflatex")) {
    WARN("biber or pdflatex is not on PATH (biber, texlive-latex-recommended): skipped");
    return;
  }
  std::vector<Record> records = mixed_library();
  ExportNotes notes;
  std::unordered_set<std::string> keys;
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << export_of(records, true, notes, keys);
  std::ofstream(tmp / "paper.tex") << "\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n"
                                      "\\addbibresource{refs.bib}\n\\begin{document}\n\\nocite{*}\n"
                                      "\\printbibliography\n\\end{document}\n";
  std::string dir = "cd '" + tmp.path.string() + "' && ";
  std::system((dir + "pdflatex -interaction=nonstopmode paper >/dev/null 2>&1").c_str());
  REQUIRE(std::filesystem::exists(tmp / "paper.bcf"));
  std::system((dir + "biber paper > biber.out 2>&1").c_str());
  std::string out = slurp(tmp / "biber.out");
  std::smatch m;
  std::string errors;
  for (std::string::size_type p = out.find("ERROR - "); p != std::string::npos; p = out.find("ERROR - ", p + 1))
    errors += out.substr(p, out.find('\n', p) - p) + "\n";
  INFO(errors);
  CHECK(errors.empty());
  check_printed(slurp(tmp / "paper.bbl"));
}

TEST_CASE("the export of a JabRef library with a @preamble typesets without an error", "[export][latex][preamble]") {
  if (!have("bibtex") || !have("pdflatex")) {
    WARN("bibtex or pdflatex is not on PATH: skipped");
    return;
  }
  // Its fields use \noopsort and \singleletter, which only its @preamble
  // defines: without the preamble every entry is an "Undefined control
  // sequence" in pdflatex.
  Parsed in = parse_file(fixture("bibtex/jabref_preamble.bib"));
  REQUIRE(in.records.size() == 2);
  for (bool source : {true, false}) {
    INFO((source ? "the source file" : "refnet's export"));
    TempDir tmp;
    if (source) {
      std::ofstream(tmp / "refs.bib") << slurp(fixture("bibtex/jabref_preamble.bib"));
    } else {
      std::ostringstream out;
      write_bibtex(out, in.records);
      std::ofstream(tmp / "refs.bib") << out.str();
    }
    std::ofstream(tmp / "paper.tex") << "\\documentclass{article}\n\\begin{document}\n\\nocite{*}\n"
                                        "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n";
    std::string dir = "cd '" + tmp.path.string() + "' && ";
    std::system((dir + "pdflatex -interaction=nonstopmode paper >/dev/null 2>&1").c_str());
    std::system((dir + "bibtex paper >/dev/null 2>&1").c_str());
    std::system((dir + "pdflatex -interaction=nonstopmode paper >/dev/null 2>&1").c_str());
    std::string log = slurp(tmp / "paper.log");
    std::string bbl = slurp(tmp / "paper.bbl");
    INFO(log.substr(0, 3000));
    CHECK(blg_count(slurp(tmp / "paper.blg"), "error") == 0);
    CHECK(bbl.find("\\newcommand{\\noopsort}") != std::string::npos);
    CHECK(log.find("\n! ") == std::string::npos);  // no TeX error
    CHECK(bbl.find("{\\noopsort{1973c}}third edition") != std::string::npos);  // sorted by the hidden 1973c
  }
}

TEST_CASE("bibtex alpha labels and sorts UTF-8 names as their letters", "[export][latex][alpha]") {
  if (!have("bibtex")) {
    WARN("bibtex is not on PATH (texlive-binaries): skipped");
    return;
  }
  // bibtex counts bytes: written in UTF-8, "Özdemir" gets the label "Öz20"
  // (two bytes of Ö and one of z), "Łukasz" half a character, and both sort
  // after "Zimmermann" (0xC3 > 'Z').  As accent commands in braces bibtex's
  // text.prefix$ counts {\"O} as one letter and purify$ sorts it as O.
  auto one = [](std::string key, Creator author, int year) {
    Record r;
    r.type = "article-journal";
    r.citekey = std::move(key);
    r.title = "A study";
    r.container_title = "Journal";
    r.authors = {std::move(author)};
    r.issued.year = year;
    return r;
  };
  std::vector<Record> records = {
      one("zimmermann", person("Zimmermann", "Anna"), 2019), one("ozdemir", person("Özdemir", "Ayşe"), 2020),
      one("adams", person("Adams", "John"), 2018), one("lukasiewicz", person("Łukasiewicz", "Jan"), 2021),
      one("celik", person("Çelik", "Mehmet"), 2017)};
  std::ostringstream bib;
  write_bibtex(bib, records);
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << bib.str();
  std::ofstream(tmp / "alpha.aux") << "\\relax\n\\citation{*}\n\\bibstyle{alpha}\n\\bibdata{refs}\n";
  std::string cmd = "cd '" + tmp.path.string() + "' && bibtex alpha >/dev/null 2>&1";
  int status = std::system(cmd.c_str());
  std::string bbl = slurp(tmp / "alpha.bbl");
  INFO(bib.str() << "\n" << bbl);
  CHECK(WEXITSTATUS(status) == 0);
  std::vector<std::string> labels;
  std::regex item("\\\\bibitem\\[([^\\n]*)\\]\\{([a-z]+)\\}");
  for (std::sregex_iterator it(bbl.begin(), bbl.end(), item), end; it != end; ++it)
    labels.push_back((*it)[1].str() + " " + (*it)[2].str());
  CHECK(labels == std::vector<std::string>{"Ada18 adams", "{\\c{C}}el17 celik", "{\\L}uk21 lukasiewicz",
                                           "{\\\"O}zd20 ozdemir", "Zim19 zimmermann"});
  // The printed name is the same letter.
  CHECK(bbl.find("Ay{\\c{s}}e {\\\"O}zdemir") != std::string::npos);
}

namespace {

// Real files whose exports hold what pdflatex's inputenc does not set up:
// sub/superscripts, math signs, thin spaces, CJK (Crossref markup, Zotero's
// BibTeX test cases, Scopus and WoS exports), and the hand-made sampler
// of what the sweep of every fixture found (export/pdflatex_unicode.json).
const char* kUnicodeFiles[] = {
    "export/pdflatex_unicode.json",
    "crossref/markup-work.json",
    "corpora/zotero-cases/bibtex/005.input.bib",
    "corpora/zotero-cases/bibtex/018.input.bib",
    "corpora/zotero-cases/bibtex/022.input.bib",
    "corpora/pybibx__scopus.bib",
    "corpora/pybibx__wos.bib",
    "corpora/synthesisr__Scopus_bib_example.bib",
    "corpora/asysd__wos_test.ris",
    "corpora/citesource__pubmed_46.ris",
    "corpora/scopus4histcite__scopus.ris",
    "corpora/dopl-and-spite__My_Library.json",
};

// The "! ..." errors of a pdflatex log, with the character of each
// "Unicode character X (U+...)" error apart.
void latex_errors(const std::string& log, std::vector<std::string>& others, std::set<std::string>& unicode) {
  std::regex uni("^! LaTeX Error: Unicode character (.+) \\(U\\+[0-9A-F]+\\)");
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("! ", 0) != 0) continue;
    std::smatch m;
    if (std::regex_search(line, m, uni)) unicode.insert(m[1].str());
    else others.push_back(line);
  }
}

}  // namespace

TEST_CASE("pdflatex typesets the default (UTF-8) export without an error but for the characters named",
          "[export][latex][pdflatex]") {
  if (!have("bibtex") || !have("biber") || !have("pdflatex")) {
    WARN("bibtex, biber or pdflatex is not on PATH: skipped");
    return;
  }
  // export10's sweep: H₂O, 10⁻³, Σ⁰, ∼, U+2028 stopped pdflatex ("Unicode
  // character ₂ (U+2082) not set up for use with LaTeX").  What refnet cannot
  // spell (CJK, ℡, ʿ) is named in a warning: those are the only errors left.
  std::vector<Record> records;
  KeyAssigner keys({});
  for (const char* f : kUnicodeFiles) {
    Parsed p = parse_file(fixture(f));
    INFO(f);
    REQUIRE(!p.records.empty());
    for (auto& r : p.records) {
      r.citekey = keys.assign(r);
      records.push_back(std::move(r));
    }
  }
  for (bool biblatex : {false, true}) {
    INFO((biblatex ? "biblatex + biber" : "bibtex (plain)"));
    ExportNotes notes;
    std::unordered_set<std::string> exported;
    TempDir tmp;
    std::ofstream(tmp / "refs.bib") << export_of(records, biblatex, notes, exported);
    // T1: Polish and Icelandic letters ({\k{a}}, {\th}) exist in T1 only,
    // whatever their spelling; the document chooses its fonts.
    std::ofstream(tmp / "paper.tex") << "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n"
                                     << (biblatex ? "\\usepackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n"
                                                  : "")
                                     << "\\begin{document}\n\\nocite{*}\n"
                                     << (biblatex ? "\\printbibliography\n" : "\\bibliographystyle{plain}\n\\bibliography{refs}\n")
                                     << "\\end{document}\n";
    std::string dir = "cd '" + tmp.path.string() + "' && ";
    std::string latex = dir + "pdflatex -interaction=nonstopmode paper >/dev/null 2>&1";
    std::system(latex.c_str());
    std::system((dir + (biblatex ? "biber paper" : "bibtex paper") + " >/dev/null 2>&1").c_str());
    std::system(latex.c_str());
    std::string log = slurp(tmp / "paper.log");
    REQUIRE(log.find("Output written on paper.pdf") != std::string::npos);
    REQUIRE(slurp(tmp / "paper.bbl").size() > 10000);
    std::vector<std::string> others;
    std::set<std::string> unicode;
    latex_errors(log, others, unicode);
    std::string warned;
    for (const auto& w : notes.warnings) warned += w + "\n";
    std::string other_errors;
    for (const auto& e : others) other_errors += e + "\n";
    INFO(warned << other_errors);
    CHECK(others.empty());
    // Every character pdflatex stopped on was named, with its entry.
    CHECK(unicode.size() >= 10);  // the CJK of the sampler at least
    for (const std::string& ch : unicode) {
      INFO(ch);
      CHECK(warned.find(ch + " (U+") != std::string::npos);
    }
  }
}

// export18: biber --validate-datamodel on the biblatex export of real files
// warned of fields the entry's type does not have ("Invalid field
// 'publisher' for entrytype 'article'": 79 in dopl-and-spite, 151 in
// pybibx's Scopus file), fields biblatex does not know ("Field 'pmid'
// invalid in data model", WoS's doc-delivery-number, eissn, oa) and volumes
// that are not numbers ("6992 LNCS").  What is left is what the sources
// lack: "Missing mandatory field" (an article without a journal, a report
// without its type), which refnet cannot make up, and the warnings named
// below, which are the source's own fields.
TEST_CASE("export18: biber validates the biblatex export of real files against its data model",
          "[export][latex][biber][export18]") {
  if (!have("biber")) {
    WARN("biber is not on PATH: skipped");
    return;
  }
  struct File {
    const char* path;
    std::size_t left;  // warnings other than missing fields that are still expected
  };
  for (const File& f : {File{"corpora/dopl-and-spite__My_Library.json", 0}, File{"corpora/pybibx__scopus.bib", 0},
                        File{"corpora/pybibx__mcda_pubmed.txt", 0},
                        // A @misc with pages (1 before export26: now an @article
                        // when in a journal, else its pages left out and said).
                        File{"corpora/dedupe-sweep__tafenoquine.xml", 0},
                        // (A month SPR, 2 lines before lead56: now the issue's season,
                        // date = {2021-21}.  WoS's book-group-author, 16 before
                        // export25, is left out and said: no biblatex field.)
                        File{"corpora/pybibx__wos.bib", 0}}) {
    INFO(f.path);
    Parsed p = parse_file(fixture(f.path));
    REQUIRE(!p.records.empty());
    KeyAssigner keys({});
    for (auto& r : p.records) r.citekey = keys.assign(r);
    ExportNotes notes;
    std::unordered_set<std::string> exported;
    TempDir tmp;
    std::ofstream(tmp / "refs.bib") << export_of(p.records, true, notes, exported);
    std::string dir = "cd '" + tmp.path.string() + "' && ";
    std::system((dir + "biber --tool --validate-datamodel --output-file=out.bib refs.bib > biber.out 2>&1").c_str());
    std::string out = slurp(tmp / "biber.out");
    REQUIRE(out.find("Output to out.bib") != std::string::npos);
    std::string warned;
    std::size_t n = 0;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      if (line.find("WARN - ") == std::string::npos && line.find("ERROR - ") == std::string::npos) continue;
      if (line.find("Missing mandatory field") != std::string::npos) continue;
      warned += line + "\n";
      ++n;
    }
    INFO(warned);
    CHECK(n == f.left);
  }
}

TEST_CASE("the export names every entry bibtex and biber will say lacks a required field, and no other", "[export][latex][required]") {
  if (!have("bibtex") || !have("biber")) {
    WARN("bibtex or biber is not on PATH: skipped");
    return;
  }
  // Real records without what their type requires (CiteSource's Lens and
  // Dimensions exports: an EGU abstract with no journal, theses without a
  // school or a year, an anonymous untitled article, a chapter with no
  // editor), with the real files of the other tests, which lack little.
  std::vector<Record> records = mixed_library();
  KeyAssigner more({});
  for (const auto& r : records) more.assign(r);
  for (auto& r : parse_file(fixture("export/lacking_required.ris")).records) {
    r.citekey = more.assign(r);
    records.push_back(std::move(r));
  }
  for (bool biblatex : {false, true}) {
    INFO((biblatex ? "biblatex" : "bibtex"));
    ExportNotes notes;
    std::unordered_set<std::string> keys;
    TempDir tmp;
    std::string bib = export_of(records, biblatex, notes, keys);
    std::ofstream(tmp / "refs.bib") << bib;
    // What refnet says, entry by entry, from the entries it wrote.
    std::set<std::string> ours;
    for (std::size_t at = bib.find('@'); at != std::string::npos;) {
      std::size_t next = bib.find("\n@", at);
      std::string entry = bib.substr(at, next == std::string::npos ? std::string::npos : next + 1 - at);
      std::size_t open = entry.find('{'), comma = entry.find(',');
      if (open != std::string::npos && comma != std::string::npos && !starts_with(entry, "@preamble") &&
          !starts_with(entry, "@string"))
        for (const auto& f : refnet::bibtex_out::missing_required_fields(entry, biblatex))
          ours.insert(entry.substr(open + 1, comma - open - 1) + " " + f);
      at = next == std::string::npos ? next : next + 1;
    }
    // What the tool says.
    std::set<std::string> theirs;
    std::string dir = "cd '" + tmp.path.string() + "' && ";
    if (!biblatex) {
      std::ofstream(tmp / "plain.aux") << "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n";
      std::system((dir + "bibtex plain >/dev/null 2>&1").c_str());
      std::regex re("Warning--empty (.+) in (\\S+)");
      std::string blg = slurp(tmp / "plain.blg");
      for (std::sregex_iterator it(blg.begin(), blg.end(), re), end; it != end; ++it) {
        std::string field = (*it)[1];
        if (std::size_t a = field.find(" and "); a != std::string::npos) field.replace(a, 5, "|");
        theirs.insert((*it)[2].str() + " " + field);
      }
      std::regex number("Warning--there's a number but no volume in (\\S+)");
      for (std::sregex_iterator it(blg.begin(), blg.end(), number), end; it != end; ++it)
        theirs.insert((*it)[1].str() + " volume beside number (\"there's a number but no volume\")");
      // apalike (as plainnat) asks a year of every entry, plain of some types (export67).
      std::ofstream(tmp / "apalike.aux") << "\\relax\n\\citation{*}\n\\bibstyle{apalike}\n\\bibdata{refs}\n";
      std::system((dir + "bibtex apalike >/dev/null 2>&1").c_str());
      std::regex year("Warning--empty year in (\\S+)");
      std::string apa = slurp(tmp / "apalike.blg");
      for (std::sregex_iterator it(apa.begin(), apa.end(), year), end; it != end; ++it)
        if (!theirs.count((*it)[1].str() + " year"))
          theirs.insert((*it)[1].str() + " year (plainnat and apalike warn of it in every entry type)");
    } else {
      std::system((dir + "biber --tool --validate-datamodel refs.bib > biber.out 2>&1").c_str());
      std::regex re("Entry '([^']+)' \\(refs.bib\\): Missing mandatory field (?:'([^']+)'|- one of '([^']+)' must be defined)");
      std::string out = slurp(tmp / "biber.out");
      for (std::sregex_iterator it(out.begin(), out.end(), re), end; it != end; ++it) {
        std::string field = (*it)[2].matched ? (*it)[2].str() : (*it)[3].str();
        for (std::size_t c; (c = field.find(", ")) != std::string::npos;) field.replace(c, 2, "|");
        theirs.insert((*it)[1].str() + " " + field);
      }
    }
    std::string only_ours, only_theirs;
    for (const auto& x : ours)
      if (!theirs.count(x)) only_ours += x + "\n";
    for (const auto& x : theirs)
      if (!ours.count(x)) only_theirs += x + "\n";
    INFO("said by refnet only:\n" << only_ours << "said by the tool only:\n" << only_theirs);
    CHECK(ours.size() >= 7);
    CHECK(ours == theirs);
    // And said once, with the count of entries.
    std::string said;
    for (const auto& w : notes.incomplete)
      if (w.find("a field its type requires") != std::string::npos || w.find("a field their type requires") != std::string::npos)
        said += w + "\n";
    INFO(said);
    CHECK(!said.empty());
    CHECK(said.find("no source gives it") != std::string::npos);
  }
}
