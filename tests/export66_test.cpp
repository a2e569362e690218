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

// JabRef's groups (issue #11: the user's organisation): `@Comment{jabref-meta:
// grouping: ...}` (JabRef 3.9 on) and `groupstree:` (JabRef 3 and before,
// Better BibTeX's JabRef export) were skipped with the comments around them.

namespace {
// The titles `list --collection NAME` prints.
std::string in_collection(Lib& lib, const std::string& name) {
  const auto out = lib.run("list --collection " + q(name));
  INFO(out.err);
  return out.out;
}
}  // namespace

TEST_CASE("export66: JabRef 5's static groups are collections, nested, holding the entries that name them",
          "[export66][jabref]") {
  Lib lib;
  const auto imp = lib.run("import " + q(fixture("bibtex/jabref5_grouping.bib")));
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  const std::string g1 = in_collection(lib, "Group1");
  CHECK(has(g1, "An Experimental Study of the Variability"));
  const std::string g1a = in_collection(lib, "Group1/Group1a");
  CHECK(has(g1a, "Coupling of Energy into PCB traces"));
  CHECK(has(g1a, "Numerical and Analytical Analysis"));
  CHECK_FALSE(has(g1a, "An Experimental Study"));
  const std::string g2 = in_collection(lib, "Group2");
  CHECK(has(g2, "Virtual Sensing Directional Hub"));
  CHECK(has(g2, "Coupling of Energy into PCB traces"));
  CHECK_FALSE(has(g2, "Numerical and Analytical"));
  CHECK(has(in_collection(lib, "Markings/jfd1:1"), "Coupling of Energy into PCB traces"));
  // The empty group is said, the groups read too.
  CHECK(has(imp.err, "JabRef group 'Group1/Group1b' holds no entry of the file: no collection made"));
  CHECK(has(imp.err, "4 static groups read as collections"));
  CHECK(has(imp.err, "databaseType (bibtex; refnet reads BibTeX and biblatex alike)"));
}

TEST_CASE("export66: JabRef 3's groups listing their keys give the same collections", "[export66][jabref]") {
  Lib lib;
  const auto imp = lib.run("import " + q(fixture("bibtex/jabref3_groupstree_keys.bib")));
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  CHECK(has(in_collection(lib, "Group1"), "An Experimental Study of the Variability"));
  const std::string g1a = in_collection(lib, "Group1/Group1a");
  CHECK(has(g1a, "Coupling of Energy into PCB traces"));
  CHECK(has(g1a, "Numerical and Analytical Analysis"));
  const std::string g2 = in_collection(lib, "Group2");
  CHECK(has(g2, "Virtual Sensing Directional Hub"));
  CHECK(has(g2, "Coupling of Energy into PCB traces"));
  CHECK(has(imp.err, "JabRef group 'Group1/Group1b' holds no entry of the file"));
}

TEST_CASE("export66: JabRef 2.10 and 3.8 groups, nested three deep, by keys or by the groups field",
          "[export66][jabref]") {
  {
    Lib lib;
    const auto imp = lib.run("import " + q(fixture("bibtex/jabref2.10_groupstree.bib")));
    REQUIRE(imp.status == 0);
    INFO(imp.err);
    CHECK(has(in_collection(lib, "my-main-group-2/my-subgroup-2"), "The paper in my-subgroup-2"));
    CHECK(has(in_collection(lib, "my-main-group-2/my-other-subgroup-2"), "The article in my-other-subgroup-2"));
    // The top group lists no entry but holds its subgroups: no warning.
    CHECK_FALSE(has(imp.err, "'my-main-group-2' holds no entry"));
  }
  {
    Lib lib;
    const auto imp = lib.run("import " + q(fixture("bibtex/jabref3.8_groupstree_field.bib")));
    REQUIRE(imp.status == 0);
    INFO(imp.err);
    CHECK(has(in_collection(lib, "my-main-group-3"), "JR3: paper not in a group"));
    const std::string sub = in_collection(lib, "my-main-group-3/my-subgroup-3");
    CHECK(has(sub, "The paper in my-subgroup-3"));
    CHECK(has(sub, "the paper in my-subgroup-3 and my-other-subgroup-3"));
    CHECK(has(in_collection(lib, "my-main-group-3/my-other-subgroup-3"), "the paper in my-subgroup-3 and my-other-subgroup-3"));
    CHECK(has(imp.err, "JabRef group 'my-main-group-3/my-subgroup-3/sub-sub-group-3' holds no entry of the file"));
    // Its subgroup holds nothing: JabRef's view and refnet's are the same.
    CHECK_FALSE(has(imp.err, "does not show its subgroups' entries"));
  }
}

TEST_CASE("export66: Better BibTeX's JabRef groups, wrapped inside a key, are read whole", "[export66][jabref]") {
  Lib lib;
  const auto imp = lib.run("import " + q(fixture("bibtex/bbt_groupstree_wrapped.bib")));
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  const auto list = lib.run("list --collection " + q("Omit URL export when DOI present. #131") + " --json");
  INFO(list.out + list.err);
  CHECK(has(list.out, "CapEA11"));
  CHECK(has(list.out, "CumEA14"));
  CHECK(has(list.out, "TayEA11"));
  CHECK_FALSE(has(imp.err, "no entry of the file"));
}

TEST_CASE("export66: a JabRef keyword group is said with its rule, the other metadata in one note",
          "[export66][jabref]") {
  Lib lib;
  const auto imp = lib.run("import " + q(fixture("bibtex/jabref_complex_meta.bib")));
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  const std::string g = in_collection(lib, "StaticGroup");
  CHECK(has(g, "Extending XP practices"));
  CHECK(has(g, "graphical"));
  CHECK(has(g, "Randomized radon transforms"));
  CHECK_FALSE(has(g, "Useful Computer Security"));
  CHECK(has(imp.err, "JabRef's KeywordGroup 'DynamicGroup' (the entries whose author field contains 'Churchill') is "
                     "a rule, not a list of entries"));
  CHECK(has(imp.err, "JabRef's settings for the file, which refnet does not use: databaseType (biblatex; refnet "
                     "reads BibTeX and biblatex alike), fileDirectory ("));
  CHECK(has(imp.err, "keypatterndefault ([authors3][year])"));
  CHECK(has(imp.err, "saveOrderConfig ("));
  CHECK(has(imp.err, "selector_title ("));
  CHECK(has(imp.err, "protectedFlag (true)"));
}
