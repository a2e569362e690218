// Old citation keys a paper still \cites (issue 11, newuser34's findings 9 and
// 24): a work renamed by `edit` or absorbed by a merge keeps its old key as an
// alias.  biblatex finds it through `ids`; BibTeX and CSL-JSON have no
// aliases, so an export for a paper that cites one work under two keys says
// where.  `ids` holds only keys a paper can hold: a key refnet made up for a
// duplicate (`kassen2018promotinga`) and never wrote out is no alias there.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

using Lib = CliLibrary;

// The entry of fixtures/corpora/asysd__zotero_export.bib (a Zotero export,
// ASySD's test data) that newuser34 renamed, without its abstract and keywords.
const char* kZotero =
    "@article{harvey_hematology_1994,\n"
    "\ttitle = {{HEMATOLOGY} {AND} {CLINICAL}-{CHEMISTRY} {OF} {ENGLISH} {SPRINGER}-{SPANIEL} {DOGS} {WITH} "
    "{PHOSPHOFRUCTOKINASE} {DEFICIENCY}},\n"
    "\tvolume = {4},\n\tissn = {0938-7714},\n\tdoi = {10.1007/BF00368272},\n\tnumber = {2},\n"
    "\tjournal = {COMPARATIVE HAEMATOLOGY INTERNATIONAL},\n\tauthor = {HARVEY, JW and SMITH, JE},\n"
    "\tyear = {1994},\n\tpages = {70--75},\n}\n";

// The same work as a RIS record without an ID (a database's export): its DOI
// merges it at import into the Zotero entry's work.
const char* kRis =
    "TY  - JOUR\nAU  - Harvey, J. W.\nAU  - Smith, J. E.\n"
    "TI  - Hematology and clinical chemistry of English springer spaniel dogs with phosphofructokinase deficiency\n"
    "T2  - Comparative Haematology International\nPY  - 1994\nVL  - 4\nIS  - 2\nSP  - 70\nEP  - 75\n"
    "DO  - 10.1007/BF00368272\nER  - \n";

// An EDITOR that renames the work's key (as newuser34's fixharvey.sh did).
void write_renamer(const std::string& path, const std::string& from, const std::string& to) {
  std::ofstream(path) << "#!/bin/sh\nsed -i -e 's/^@article{" << from << ",/@article{" << to << ",/' \"$1\"\n";
  std::system(("chmod +x '" + path + "'").c_str());
}

bool have(const char* tool) { return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0; }

// Runs a command in `dir`; its output (stdout and stderr).
std::string run_in(const std::string& dir, const std::string& cmd) {
  std::string out = dir + "/.out";
  std::system(("cd '" + dir + "' && " + cmd + " >'" + out + "' 2>&1").c_str());
  return slurp(out);
}

}  // namespace

TEST_CASE("a paper citing a renamed work by its old and its new key: BibTeX export says where, biber finds both",
          "[old_keys][cli]") {
  Lib lib;
  TempDir tmp;
  std::ofstream(tmp / "zotero.bib") << kZotero;
  REQUIRE(lib.run("import '" + (tmp / "zotero.bib") + "'").status == 0);
  write_renamer(tmp / "ed.sh", "harvey_hematology_1994", "harvey1994hematology");
  {
    EnvVar editor("EDITOR", (tmp / "ed.sh").c_str());
    REQUIRE(lib.run("edit harvey_hematology_1994").status == 0);
  }
  REQUIRE(lib.run("show harvey_hematology_1994").status == 0);  // the old key still names the work

  // An older paragraph cites the old key, a newer one the new key.
  std::ofstream(tmp / "paper.tex") << "\\documentclass{article}\n\\begin{document}\n"
                                      "Old \\cite{harvey_hematology_1994}.\n"
                                      "New \\cite{harvey1994hematology}.\n"
                                      "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n";
  CommandResult r = lib.run("export --cites '" + (tmp / "paper.tex") + "' -o '" + (tmp / "refs.bib") + "'");
  INFO(r.err);
  // One entry (a second would list the work twice), under the key the paper
  // cites now; the old key's place in the paper named, with what to write.
  std::string bib = slurp(tmp / "refs.bib");
  CHECK(bib.find("@article{harvey1994hematology,") != std::string::npos);
  CHECK(bib.find("@article{harvey_hematology_1994,") == std::string::npos);
  CHECK(r.err.find("paper.tex:3:11: warning: harvey_hematology_1994 is an old key of harvey1994hematology, "
                   "which the paper cites too") != std::string::npos);
  CHECK(r.status == 3);

  // Only the old key, as in a paper written before the rename: its entry is
  // written under it, nothing to say.
  std::ofstream(tmp / "old.tex") << "Old \\cite{harvey_hematology_1994}.\n";
  r = lib.run("export --cites '" + (tmp / "old.tex") + "'");
  CHECK(r.status == 0);
  CHECK(r.out.find("@article{harvey_hematology_1994,") != std::string::npos);
  CHECK(r.err.find("old key") == std::string::npos);

  // A whole-library BibTeX export cannot hold the old key: said once, with the way out.
  r = lib.run("export -o '" + (tmp / "all.bib") + "'");
  CHECK(r.status == 0);
  CHECK(r.err.find("1 work has an old key a paper may still cite, which BibTeX has no place for "
                   "(harvey_hematology_1994 -> harvey1994hematology)") != std::string::npos);
  r = lib.run("export --format biblatex -o '" + (tmp / "all_bl.bib") + "'");
  CHECK(r.err.find("old key") == std::string::npos);
  CHECK(slurp(tmp / "all_bl.bib").find("  ids = {harvey_hematology_1994},") != std::string::npos);

  if (have("bibtex") && have("pdflatex")) {
    // bibtex: the paper's own key is found; the old one is what the warning named.
    run_in(tmp.path.string(), "pdflatex -interaction=nonstopmode paper.tex");
    std::string blg = run_in(tmp.path.string(), "bibtex paper");
    CHECK(blg.find("didn't find a database entry for \"harvey1994hematology\"") == std::string::npos);
  }
  if (have("biber") && have("pdflatex")) {
    // biblatex: both keys are one entry, no warning.
    std::ofstream(tmp / "bl.tex") << "\\documentclass{article}\n\\usepackage[backend=biber]{biblatex}\n"
                                     "\\addbibresource{all_bl.bib}\n\\begin{document}\n"
                                     "Old \\cite{harvey_hematology_1994}, new \\cite{harvey1994hematology}.\n"
                                     "\\printbibliography\n\\end{document}\n";
    run_in(tmp.path.string(), "pdflatex -interaction=nonstopmode bl.tex");
    std::string biber = run_in(tmp.path.string(), "biber bl");
    CHECK(biber.find("WARN") == std::string::npos);
    CHECK(biber.find("ERROR") == std::string::npos);
    std::string bbl = slurp(tmp / "bl.bbl");
    CHECK(bbl.find("\\entry{harvey1994hematology}") != std::string::npos);
    CHECK(bbl.find("\\entry{harvey_hematology_1994}") == std::string::npos);
  }
}

TEST_CASE("biblatex ids hold no key refnet made up for a duplicate and never wrote out", "[old_keys][cli]") {
  Lib lib;
  TempDir tmp;
  std::ofstream(tmp / "zotero.bib") << kZotero;
  std::ofstream(tmp / "db.ris") << kRis;
  REQUIRE(lib.run("import '" + (tmp / "zotero.bib") + "'").status == 0);
  // The RIS record, without an ID, gets the pattern's key (harvey1994hematology)
  // and is absorbed at once by the DOI merge: the key is an alias no paper holds.
  REQUIRE(lib.run("import '" + (tmp / "db.ris") + "'").status == 0);
  CommandResult r = lib.run("export --format biblatex --no-pin");
  CHECK(r.out.find("@article{harvey_hematology_1994,") != std::string::npos);
  CHECK(r.out.find("ids = ") == std::string::npos);
  // ... but a paper that cites it anyway gets it in ids.
  std::ofstream(tmp / "p.tex") << "\\cite{harvey1994hematology}\n";
  r = lib.run("export --format biblatex --no-pin --cites '" + (tmp / "p.tex") + "'");
  CHECK(r.out.find("  ids = {harvey1994hematology},") != std::string::npos);

  // A rekey of a key refnet made (a RIS record without ID): the old key is no
  // paper's, no ids; a rekeyed .bib key is the user's, in ids.
  Lib two;
  REQUIRE(two.run("import '" + (tmp / "db.ris") + "'").status == 0);
  REQUIRE(two.run("rekey --yes --pattern '[auth:lower][year]'").status == 0);
  r = two.run("export --format biblatex --no-pin");
  CHECK(r.out.find("@article{harvey1994,") != std::string::npos);
  CHECK(r.out.find("ids = ") == std::string::npos);
  Lib three;
  REQUIRE(three.run("import '" + (tmp / "zotero.bib") + "'").status == 0);
  REQUIRE(three.run("rekey --yes --pattern '[auth:lower][year]'").status == 0);
  r = three.run("export --format biblatex --no-pin");
  CHECK(r.out.find("  ids = {harvey_hematology_1994},") != std::string::npos);

  // A made-up key that was written out (exported, so pinned) before the merge
  // may be in a paper: in ids.
  Lib four;
  REQUIRE(four.run("import '" + (tmp / "db.ris") + "'").status == 0);
  REQUIRE(four.run("export -o '" + (tmp / "four.bib") + "'").status == 0);  // pins harvey1994hematology
  REQUIRE(four.run("import '" + (tmp / "zotero.bib") + "'").status == 0);   // merged by DOI into it
  r = four.run("export --format biblatex --no-pin");
  CHECK(r.out.find("@article{harvey1994hematology,") != std::string::npos);
  CHECK(r.out.find("  ids = {harvey_hematology_1994},") != std::string::npos);
  // A merge that kept the other key: a paper citing both gets one entry and the warning, in CSL-JSON too.
  std::ofstream(tmp / "both.tex") << "\\cite{harvey_hematology_1994} and \\cite{harvey1994hematology}\n";
  for (const char* format : {"bibtex", "csljson"}) {
    r = four.run(std::string("export --no-pin --format ") + format + " --cites '" + (tmp / "both.tex") + "'");
    INFO(format << r.err);
    CHECK(r.status == 3);
    CHECK(r.err.find("both.tex:1:7: warning: harvey_hematology_1994 is an old key of harvey1994hematology, which the "
                     "paper cites too (1:41)") != std::string::npos);
    CHECK(r.out.find("harvey_hematology_1994") == std::string::npos);
  }
}
