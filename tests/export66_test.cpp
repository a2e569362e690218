// export66: what set65 left on the way out (issue #11: nothing may disappear
// silently; an author round-tripping biblatex files through refnet must get
// back what \cite needs).
// - A biblatex @set (biber's examples.bib: set, stdmodel, stdmodel:ps_sc)
//   imports as a collection named by the set's key, the key an alias of its
//   first member; the biblatex export wrote no @set back, so \cite{stdmodel}
//   printed Glashow alone (the key was in glashow's ids), and the BibTeX
//   export called the set's key an "old key".
// - An entry type refnet does not know (@conversation, biblatex's @customa)
//   was written @misc without a word.
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

}  // namespace

TEST_CASE("export66: the biblatex export writes biber's @set entries back, members in the set's order",
          "[export66]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format biblatex");
  REQUIRE(ex.status == 0);
  INFO(ex.err);
  // The entryset as the source had it (set:aksin comes first in the file).
  CHECK(has(ex.out, "@set{set,\n  entryset = {set:herrmann, set:aksin, set:yoon}\n}"));
  CHECK(has(ex.out, "@set{stdmodel,\n  entryset = {stdmodel:glashow, stdmodel:weinberg, stdmodel:salam}\n}"));
  CHECK(has(ex.out, "@set{stdmodel:ps_sc,\n  entryset = {stdmodel:glashow, stdmodel:weinberg, stdmodel:salam}\n}"));
  // The set's key is the set's, not an alias of its first member as well.
  const std::string glashow = entry_named(ex.out, "stdmodel:glashow");
  INFO(glashow);
  CHECK_FALSE(has(glashow, "ids = "));
  CHECK_FALSE(has(entry_named(ex.out, "set:herrmann"), "ids = "));
  // A member's own entryset (biblatex's old backlink to its set), which
  // biber's run warns of ("no longer needed in set member entries"), is
  // left out, said; the @set carries the membership.
  CHECK_FALSE(has(glashow, "entryset = "));
  CHECK(has(ex.err, "entryset is not a field of biblatex's @article"));

  // Read back into a new library: the same collections, the same keys.
  TempDir out;
  const std::string path = out.path.string() + "/back.bib";
  std::ofstream(path) << ex.out;
  Lib back;
  const auto imp = back.run("import " + q(path));
  REQUIRE(imp.status == 0);
  const auto show = back.run("show stdmodel");
  CHECK(has(show.out, "Partial Symmetries of Weak Interactions"));
  const auto again = back.run("export --format biblatex");
  CHECK(has(again.out, "@set{set,\n  entryset = {set:herrmann, set:aksin, set:yoon}\n}"));
  CHECK(has(again.out, "@set{stdmodel,\n  entryset = {stdmodel:glashow, stdmodel:weinberg, stdmodel:salam}\n}"));
}

TEST_CASE("export66: a set whose members are not all exported is written with those exported, said",
          "[export66]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  const auto ex = lib.run("export --format biblatex stdmodel:glashow");
  INFO(ex.err);
  CHECK(has(ex.out, "@set{stdmodel,\n  entryset = {stdmodel:glashow}\n}"));
  CHECK(has(ex.err, "@set stdmodel: stdmodel:weinberg, stdmodel:salam are not in this export"));
  // A set whose first member is not exported is not written.
  const auto other = lib.run("export --format biblatex stdmodel:weinberg");
  CHECK_FALSE(has(other.out, "@set{"));
}

TEST_CASE("export66: BibTeX and CSL-JSON have no @set: each set said, not called an old key", "[export66]") {
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("corpora/biber__examples.bib"))).status == 0);
  for (const char* format : {"bibtex", "csljson"}) {
    INFO(format);
    const auto ex = lib.run(std::string("export --format ") + format);
    INFO(ex.err);
    CHECK(has(ex.err, "3 biblatex sets"));
    CHECK(has(ex.err, "stdmodel (stdmodel:glashow, stdmodel:weinberg, stdmodel:salam)"));
    CHECK_FALSE(has(ex.err, "stdmodel -> stdmodel:glashow"));
    CHECK_FALSE(has(ex.out, "@set{"));
  }
}

TEST_CASE("export66: biber reads the exported @set: \\cite{stdmodel} prints the set, no warning", "[export66][latex]") {
  if (!have("biber") || !have("pdflatex")) {
    WARN("biber or pdflatex is not on PATH: skipped");
    return;
  }
  Lib lib;
  REQUIRE(lib.run("import " + q(fixture("bibtex/biber_set.bib"))).status == 0);
  const auto ex = lib.run("export --format biblatex");
  REQUIRE(ex.status == 0);
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << ex.out;
  std::ofstream(tmp / "paper.tex") << "\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n"
                                      "\\addbibresource{refs.bib}\n\\begin{document}\n\\cite{stdmodel}\n"
                                      "\\printbibliography\n\\end{document}\n";
  const std::string dir = "cd '" + tmp.path.string() + "' && ";
  std::system((dir + "pdflatex -interaction=nonstopmode paper >/dev/null 2>&1").c_str());
  REQUIRE(std::filesystem::exists(tmp / "paper.bcf"));
  std::system((dir + "biber paper > biber.out 2>&1").c_str());
  const std::string said = slurp(tmp / "biber.out");
  INFO(ex.out);
  INFO(said);
  CHECK_FALSE(has(said, "WARN"));
  CHECK_FALSE(has(said, "ERROR"));
  const std::string bbl = slurp(tmp / "paper.bbl");
  CHECK(has(bbl, "\\entry{stdmodel}{set}"));
  CHECK(has(bbl, "\\set{stdmodel:glashow,stdmodel:weinberg}"));
}

TEST_CASE("export66: an entry type refnet does not know is said where it is written as another", "[export66]") {
  Lib lib;
  TempDir dir;
  const std::string path = dir.path.string() + "/types.bib";
  std::ofstream(path) << "@customa{c1, author={Doe, J}, title={A custom entry}, year=2019}\n"
                         "@customa{c2, author={Roe, R}, title={Another custom entry}, year=2020}\n"
                         "@conversation{us1, author={Poe, P}, title={A talk}, year=2021}\n"
                         "@misc{m1, author={Moe, M}, title={A misc entry}, year=2022}\n";
  REQUIRE(lib.run("import " + q(path)).status == 0);
  const auto bibtex = lib.run("export --format bibtex");
  INFO(bibtex.err);
  CHECK(has(bibtex.out, "@misc{us1,"));
  CHECK(has(bibtex.err, "1 entry of type @conversation, which refnet does not know, written as @misc (us1)"));
  CHECK(has(bibtex.err, "2 entries of type @customa (one of biblatex's custom types, which BibTeX's styles do not "
                        "know) written as @misc (c1, c2)"));
  CHECK_FALSE(has(bibtex.err, "(m1)"));
  const auto biblatex = lib.run("export --format biblatex");
  INFO(biblatex.err);
  CHECK(has(biblatex.out, "@misc{c1,"));
  CHECK(has(biblatex.err, "2 entries of type @customa (one of biblatex's custom types"));
  CHECK(has(biblatex.err, "--profile full writes @customa back"));
  // Archiving keeps the type as it was, and has nothing to say of it.
  const auto full = lib.run("export --format biblatex --profile full");
  CHECK(has(full.out, "@customa{c1,"));
  CHECK(has(full.out, "@conversation{us1,"));
  CHECK_FALSE(has(full.err, "@customa"));
}
