// export67: what export66 left of issue #11 on the way out: a BibTeX export
// that bibtex must accept without a warning, and what it rewrites unsaid.
// - `export --aux paper.aux` of a paper citing a biblatex @set (biber's
//   examples.bib: \cite{stdmodel}): BibTeX wrote the set's key as its first
//   member alone and said "\cite of the set's key finds no entry" (it did find
//   one); the other members were not exported, nothing said.  The biblatex
//   export wrote the @set with its first member only.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "support.hpp"

using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }
bool have(const char* tool) { return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0; }

// The entry of `bib` whose key is `key`, "<absent>" when there is none.
std::string entry_named(const std::string& bib, const std::string& key) {
  std::size_t at = bib.find("{" + key + ",");
  if (at == std::string::npos) return "<absent>";
  at = bib.rfind('@', at);
  return bib.substr(at, bib.find("\n}", at) - at);
}

struct Lib {
  TempDir dir;
  std::string opt = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  CommandResult run(const std::string& args) { return run_refnet(opt + args); }
};

// bibtex's log of a run of `style` on `bib` for the keys `cites` (an .aux
// written for it), and its .bbl in `bbl`.
std::string run_bibtex(const std::string& bib, const std::string& style, const std::string& cites, std::string& bbl) {
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << bib;
  std::ofstream(tmp / "paper.aux") << "\\relax\n\\citation{" << cites << "}\n\\bibstyle{" << style
                                   << "}\n\\bibdata{refs}\n";
  std::system(("cd '" + tmp.path.string() + "' && bibtex paper > bibtex.out 2>&1").c_str());
  bbl = slurp(tmp / "paper.bbl");
  return slurp(tmp / "bibtex.out");
}

}  // namespace

TEST_CASE("export67: --aux of a paper citing a biblatex set: BibTeX writes every member, the set's key the first's, said",
          "[export67][set]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  TempDir tmp;
  const std::string aux = tmp / "paper.aux";
  std::ofstream(aux) << "\\relax\n\\citation{stdmodel}\n\\bibstyle{plain}\n\\bibdata{refs}\n";
  const auto ex = lib.run("export --format bibtex --aux " + q(aux));
  INFO(ex.err);
  CHECK(ex.status == 0);
  // \cite{stdmodel} finds an entry: the set's first work.
  CHECK(has(entry_named(ex.out, "stdmodel"), "Partial Symmetries of Weak Interactions"));
  // The other members are in the file, under their own keys.
  CHECK(has(entry_named(ex.out, "stdmodel:weinberg"), "A Model of Leptons"));
  CHECK(has(entry_named(ex.out, "stdmodel:salam"), "Weak and Electromagnetic Interactions"));
  // Said where the paper cites it, with what to write instead.
  CHECK(has(ex.err, aux + ":2:11: warning: stdmodel is a biblatex set of 3 works, which BibTeX has no entry for: its "
                          "first, stdmodel:glashow, is written under the key stdmodel"));
  CHECK(has(ex.err, "\\cite{stdmodel,stdmodel:weinberg,stdmodel:salam}"));
  // Not the whole export's warning, which is false here (the key finds an entry).
  CHECK_FALSE(has(ex.err, "finds no entry"));
  CHECK_FALSE(has(ex.err, "stdmodel (stdmodel, "));
  if (!have("bibtex")) {
    WARN("bibtex is not on PATH: skipped");
    return;
  }
  std::string bbl;
  const std::string said = run_bibtex(ex.out, "plain", "stdmodel,stdmodel:weinberg,stdmodel:salam", bbl);
  INFO(said);
  CHECK_FALSE(has(said, "Warning"));
  CHECK_FALSE(has(said, "didn't find"));
  CHECK(has(bbl, "\\bibitem{stdmodel}"));
  CHECK(has(bbl, "\\bibitem{stdmodel:salam}"));
}

TEST_CASE("export67: --aux of a paper citing a biblatex set: biblatex writes the whole @set", "[export67][set]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  TempDir tmp;
  const std::string aux = tmp / "paper.aux";
  std::ofstream(aux) << "\\relax\n\\abx@aux@cite{0}{stdmodel}\n\\citation{stdmodel}\n";
  const auto ex = lib.run("export --format biblatex --aux " + q(aux));
  INFO(ex.err);
  CHECK(ex.status == 0);
  CHECK(has(ex.out, "@set{stdmodel,\n  entryset = {stdmodel:glashow, stdmodel:weinberg, stdmodel:salam}\n}"));
  CHECK(has(entry_named(ex.out, "stdmodel:salam"), "Weak and Electromagnetic Interactions"));
  CHECK_FALSE(has(ex.err, "not in this export"));
}

TEST_CASE("export67: --aux of a paper citing a biblatex set: CSL-JSON writes every member, said", "[export67][set]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  TempDir tmp;
  const std::string aux = tmp / "paper.aux";
  std::ofstream(aux) << "\\relax\n\\citation{stdmodel}\n";
  const auto ex = lib.run("export --format csljson --aux " + q(aux));
  INFO(ex.err);
  CHECK(has(ex.out, "\"id\": \"stdmodel\""));
  CHECK(has(ex.out, "\"id\": \"stdmodel:weinberg\""));
  CHECK(has(ex.out, "\"id\": \"stdmodel:salam\""));
  CHECK(has(ex.err, "warning: stdmodel is a biblatex set of 3 works, which CSL-JSON has no item for"));
  CHECK_FALSE(has(ex.err, "finds no entry"));
}

// biblatex's entry types and localisation keys on the way to BibTeX (biber's
// examples.bib): @thesis{loh, type = {mathesis}} was written @phdthesis with
// type = {mathesis}, which plain prints as it is ("mathesis, Massachusetts
// Institute of Technology"); @report{padhye, type = {techreport}} printed
// "techreport 99-02"; @thesis{geer, type = {phdthesis}} "Phdthesis"; the
// rewrites of @thesis, @collection, @online to BibTeX's types were unsaid.

TEST_CASE("export67: biblatex's type keys become BibTeX's entry types or words, each rewrite said", "[export67][bibtex]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format bibtex --no-pin");
  REQUIRE(ex.status == 0);
  INFO(ex.err);
  const std::string loh = entry_named(ex.out, "loh"), geer = entry_named(ex.out, "geer");
  const std::string padhye = entry_named(ex.out, "padhye"), chiu = entry_named(ex.out, "chiu");
  INFO(loh + "\n" + geer + "\n" + padhye + "\n" + chiu);
  CHECK(has(loh, "@mastersthesis{loh,"));
  CHECK_FALSE(has(loh, "type = "));
  CHECK(has(geer, "@phdthesis{geer,"));
  CHECK_FALSE(has(geer, "type = "));
  CHECK(has(padhye, "@techreport{padhye,"));
  CHECK_FALSE(has(padhye, "type = "));
  CHECK(has(chiu, "type = {Research Report}"));
  CHECK(has(ex.err, "biblatex's localisation keys, which BibTeX's styles print as they are"));
  CHECK(has(ex.err, "mathesis as @mastersthesis (loh)"));
  CHECK(has(ex.err, "resreport as {Research Report} (chiu)"));
  // Each biblatex type BibTeX lacks, said once with its entries.
  CHECK(has(ex.err, "@thesis as @mastersthesis (loh)"));
  CHECK(has(ex.err, "@collection as @book ("));
  CHECK(has(ex.err, "@online as @misc ("));
  // The advice for a thesis of no degree is BibTeX's, not biblatex's type key.
  CHECK(has(ex.err, "(Pimentel00)"));
  CHECK_FALSE(has(ex.err, "a master's is type = {mathesis}"));
  // biblatex keeps its own.
  const auto bl = lib.run("export --format biblatex --no-pin");
  CHECK(has(entry_named(bl.out, "loh"), "type = {mathesis}"));
  CHECK(has(entry_named(bl.out, "loh"), "@thesis{loh,"));
}

TEST_CASE("export67: a @book with an author and an editor: BibTeX gets the author, the editor said", "[export67][bibtex]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format bibtex --no-pin");
  INFO(ex.err);
  const std::string poetics = entry_named(ex.out, "aristotle:poetics");
  INFO(poetics);
  CHECK(has(poetics, "author = {Aristotle}"));
  CHECK_FALSE(has(poetics, "editor = "));
  CHECK(has(ex.err, "with an author and an editor, which BibTeX's styles do not print together"));
  CHECK(has(ex.err, "aristotle:poetics"));
  // --keep-fields editor keeps it; biblatex prints both.
  CHECK(has(entry_named(lib.run("export --format bibtex --no-pin --keep-fields editor").out, "aristotle:poetics"),
            "editor = {Lucas, D. W.}"));
  CHECK(has(entry_named(lib.run("export --format biblatex --no-pin").out, "aristotle:poetics"), "editor = {Lucas, D. W.}"));
}

TEST_CASE("export67: bibtex's plain, plainnat and apalike print biblatex's theses and reports as such, no warning of them",
          "[export67][bibtex][latex]") {
  if (!have("bibtex")) {
    WARN("bibtex is not on PATH: skipped");
    return;
  }
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format bibtex --no-pin");
  for (const char* style : {"plain", "plainnat", "apalike"}) {
    INFO(style);
    std::string bbl;
    const std::string said =
        run_bibtex(ex.out, style, "loh,geer,padhye,chiu,aristotle:poetics,aristotle:rhetoric,cicero,nietzsche:ksa", bbl);
    INFO(said);
    CHECK_FALSE(has(said, "Warning--"));
    CHECK(has(bbl, "Master's thesis"));
    CHECK(has(bbl, "PhD thesis"));
    CHECK(has(bbl, "Technical Report"));
    CHECK(has(bbl, "Research Report"));
    CHECK_FALSE(has(bbl, "mathesis"));
    CHECK_FALSE(has(bbl, "techreport"));
  }
}

// An ISBN or ISSN whose check digit fails (Zotero's BibTeX test case 003,
// hicks2001's 0-69-697269-4; a Mendeley library's issn = {LIBE-RALARTSINRUSSIA}) was
// written to biblatex without a word: biber says "ISBN '0-69-697269-4' in
// entry 'hicks2001' is invalid" on every run (--validate-datamodel: "Invalid
// ISSN").  Written as the source gave it (the digits may be the typo), said.
TEST_CASE("export67: an ISBN or ISSN biber calls invalid is said by the biblatex export", "[export67][biblatex]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  REQUIRE(lib.run("import " + q(fixture("corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib"))).status == 0);
  REQUIRE(lib.run("import " + q(fixture("corpora/zotero-cases/bibtex/003.input.bib"))).status == 0);
  const auto ex = lib.run("export --format biblatex --no-pin");
  INFO(ex.err);
  CHECK(has(entry_named(ex.out, "hicks2001"), "isbn = {0-69-697269-4}"));
  CHECK(has(entry_named(ex.out, "Peshkov2017"), "issn = {LIBE-RALARTSINRUSSIA}"));
  CHECK(has(ex.err, "1 ISBN whose check digit fails (or that is no ISBN)"));
  CHECK(has(ex.err, "(hicks2001)"));
  CHECK(has(ex.err, "ISSNs whose check digit fails (or that are no ISSN)"));
  CHECK(has(ex.err, "Peshkov2017"));
  // Valid ones (biber's isbn1, isbn2: ISBN-10 and -13 of one book) are not said.
  const std::size_t at = ex.err.find("ISBN whose check digit fails");
  const std::string line = at == std::string::npos ? "" : ex.err.substr(at, ex.err.find('\n', at) - at);
  CHECK_FALSE(has(line, "isbn1"));
  CHECK_FALSE(has(line, "isbn2"));
}

// plainnat and apalike (author-year labels) warn "empty year" for every entry
// without one, plain only for the types that require it: biber's examples.bib's
// @online{markey} (no date, a urldate) written @misc was warned of by bibtex
// with plainnat and apalike, and the export's list of missing fields said nothing.
TEST_CASE("export67: an entry without a year is said for plainnat and apalike, whatever its type", "[export67][bibtex]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format bibtex --no-pin markey");
  INFO(ex.err);
  CHECK(has(ex.err, "year (plainnat and apalike warn of it in every entry type) (1: markey)"));
  if (!have("bibtex")) return;
  for (const char* style : {"plainnat", "apalike"}) {
    std::string bbl;
    CHECK(has(run_bibtex(ex.out, style, "markey", bbl), "Warning--empty year in markey"));
  }
}

// A book's volume and its number in a series (biber's examples.bib's
// coleridge: volume 7 of the collected works, number 75 of the Bollingen
// Series): BibTeX's styles print one ("volume 7 of Bollingen Series") and warn
// "can't use both volume and number fields in coleridge"; nothing was said.
TEST_CASE("export67: a book's volume beside its number in a series: BibTeX gets the volume, the number said",
          "[export67][bibtex]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format bibtex --no-pin coleridge");
  INFO(ex.err);
  const std::string entry = entry_named(ex.out, "coleridge");
  INFO(entry);
  CHECK(has(entry, "volume = {7}"));
  CHECK_FALSE(has(entry, "number = "));
  CHECK(has(ex.err, "with a volume and a number, which BibTeX's styles do not print together"));
  CHECK(has(ex.err, "(coleridge)"));
  CHECK(has(entry_named(lib.run("export --format bibtex --no-pin --keep-fields number coleridge").out, "coleridge"),
            "number = {75}"));
  CHECK(has(entry_named(lib.run("export --format biblatex --no-pin coleridge").out, "coleridge"), "number = {75}"));
  if (!have("bibtex")) return;
  std::string bbl;
  CHECK_FALSE(has(run_bibtex(ex.out, "plain", "coleridge", bbl), "Warning--"));
}
