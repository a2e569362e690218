// The library stays right over months of re-imports and edits (issue 11, session 60): refnet's own exports read
// back, a database's corrected record imported later, a value edited in an export, undo.  Files: the Web of Science
// export of fixtures/corpora/decolonizing-expertise__savedrecs.txt (50 records) and refnet's own exports of it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

const char* const kWos = "corpora/decolonizing-expertise__savedrecs.txt";
const char* const kDoi = "10.7818/ECOS.2397";
const char* const kOldTitle =
    "Central American academics create a research network and monitor marine litter by applying citizen science";
const char* const kNewTitle =
    "Central American academics build a research network to monitor marine litter through citizen science";

// The Web of Science file's first record, its title corrected and exported later (DA 2022-11-20, not 2022-10-05):
// what Web of Science gives after the publisher's correction.
std::string corrected_record(const std::string& dir) {
  std::string text = slurp(fixture(kWos));
  const std::size_t end = text.find("\nER\n");
  REQUIRE(end != std::string::npos);
  text = text.substr(0, end) + "\nER\n\nEF\n";
  text = replaced(text, "TI Central American academics create a research network and monitor marine\n   litter by applying citizen science",
                  std::string("TI ") + kNewTitle);
  text = replaced(text, "DA 2022-10-05", "DA 2022-11-20");
  const std::string path = dir + "/corrected.txt";
  std::ofstream(path) << text;
  return path;
}

}  // namespace

// Main (147063f3): refnet's own BibTeX and RIS exports read back were stored as two more sources of each work, each
// absorbed by a merge: 'prisma' said 150 records identified (Web of Science 50, mine.bib 50, mine.ris 50) and 100
// duplicates removed of a search that found 50, 'overlap' listed the two files as sources; and in the vote on a
// value their two copies of the old title outvoted Web of Science's corrected record (its title stayed the old one,
// '1 updated' said).  Now they are attached to the works they were written from: no record identified, no duplicate,
// no vote; the corrected record's title is the work's, undo gives the old one back, nothing is lost.
TEST_CASE("refnet's own exports read back are neither records identified nor votes", "[user60]") {
  CliLibrary lib;
  REQUIRE(lib.run("import '" + fixture(kWos) + "'").status == 0);
  const std::string bib = lib.dir / "mine.bib", ris = lib.dir / "mine.ris";
  REQUIRE(lib.run("export --format bibtex -o '" + bib + "'").status == 0);
  REQUIRE(lib.run("export --format ris -o '" + ris + "'").status == 0);
  const std::string csl_before = lib.run("export --no-pin --format csl-json").out;
  for (const std::string& f : {bib, ris}) REQUIRE(lib.run("import '" + f + "'").status == 0);
  // The works are as they were, and none was added.
  CHECK(lib.run("export --no-pin --format csl-json").out == csl_before);
  nlohmann::json p = lib.json("prisma");
  CHECK(p["identified_total"] == 50);
  CHECK(p["identified"] == nlohmann::json::parse(R"({"Web of Science":50})"));
  CHECK(p["duplicates_removed"] == 0);
  CommandResult text = lib.run("prisma");
  CHECK(text.out.find("100 records of refnet's own exports read back") != std::string::npos);
  CommandResult overlap = lib.run("overlap");
  CHECK(overlap.out.find("mine.bib") == std::string::npos);
  // Web of Science's corrected record: its title wins over the old one, which only refnet's copies still say.
  CommandResult fix = lib.run("import '" + corrected_record(lib.dir.path.string()) + "'");
  INFO(fix.out << fix.err);
  REQUIRE(fix.status == 0);
  CHECK(lib.title(kDoi) == kNewTitle);
  // Every source is kept (show lists the exports' records, said as what they are).
  nlohmann::json work = lib.json(std::string("show ") + kDoi)[0];
  CHECK(work["sources"].size() == 4);
  CHECK(lib.run(std::string("show ") + kDoi).out.find("refnet's own export, read back") != std::string::npos);
  CHECK(lib.json("list").size() == 50);
  // Undo takes the corrected record back: the old title again.
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title(kDoi) == kOldTitle);
  // Undo of the RIS read back, then of the BibTeX one: no source of them stays.
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.json(std::string("show ") + kDoi)[0]["sources"].size() == 1);
  CHECK(lib.run("export --no-pin --format csl-json").out == csl_before);
}

// Main (147063f3): a title the user corrected in refnet's own BibTeX export and read back took the export's place
// as 'a later export of the work's record' (said '1 updated', nothing more): the correction was one vote among the
// sources, and a second export still carrying the old title read back after it (the RIS written before the
// edit) outvoted it.  Now a value changed in refnet's own export is the user's edit, said as such, as 'refnet set'
// makes it: it wins over every source, the stale RIS changes nothing, and undo takes it back.
TEST_CASE("a value changed in refnet's own export read back is the user's edit", "[user60]") {
  CliLibrary lib;
  REQUIRE(lib.run("import '" + fixture(kWos) + "'").status == 0);
  const std::string bib = lib.dir / "mine.bib", ris = lib.dir / "mine.ris", edited = lib.dir / "edited.bib";
  REQUIRE(lib.run("export --format bibtex -o '" + bib + "'").status == 0);
  REQUIRE(lib.run("export --format ris -o '" + ris + "'").status == 0);
  // As the export writes it: the capital of a proper noun protected.
  std::ofstream(edited) << replaced(slurp(bib),
                                    "title = {Central {American} academics create a research network and monitor marine "
                                    "litter by applying citizen science}",
                                    "title = {Central {American} academics build a research network to monitor marine "
                                    "litter through citizen science}");
  CommandResult imp = lib.run("import '" + edited + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(lib.title(kDoi) == kNewTitle);
  CHECK(imp.err.find("title edited in refnet's own export: yours now") != std::string::npos);
  // The user's correction, as 'refnet set' makes it.
  CHECK(lib.run(std::string("show ") + kDoi).out.find("yours (refnet set/unset/edit)") != std::string::npos);
  // The RIS written before the edit, read back: refnet's copy of the old title changes nothing.
  CommandResult stale = lib.run("import '" + ris + "'");
  REQUIRE(stale.status == 0);
  CHECK(lib.title(kDoi) == kNewTitle);
  CHECK(stale.err.find("note: title of refnet's own export of work 1 (") != std::string::npos);
  CHECK(stale.err.find("is what a source of the work says, not the work's value now") != std::string::npos);
  CHECK(lib.json("prisma")["identified_total"] == 50);
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title(kDoi) == kOldTitle);
  CHECK(lib.json("list").size() == 50);
}

// Main (147063f3): one Zotero library exported as BibTeX, Zotero RDF and RIS (fixtures/zotero_library), then one
// entry's title corrected in Zotero and exported again as BibTeX under its key: the new export took the old
// BibTeX entry's place, but the RDF and the RIS, older readings of the same entry, still said the old title and
// outvoted it two to one (the work kept the old title; the import said '1 updated').  Now the older readings of an
// entry do not vote against its newer export on what it changed: the corrected title is the work's.
TEST_CASE("a newer export of one Zotero entry wins over the library's older readings of it", "[user60]") {
  CliLibrary lib;
  for (const char* f : {"test.bib", "test.rdf", "test.ris"})
    REQUIRE(lib.run(std::string("import '") + fixture("zotero_library/") + f + "'").status == 0);
  REQUIRE(lib.json("list").size() == 5);
  const std::string bib = slurp(fixture("zotero_library/test.bib"));
  const std::size_t start = bib.find("@article{vargas_economiccomplexity_2020");
  REQUIRE(start != std::string::npos);
  const std::string entry = bib.substr(start, bib.find("\n}\n", start) + 3 - start);
  const std::string edited = lib.dir / "edited.bib";
  std::ofstream(edited) << replaced(entry, "{Economic} {Complexity}}", "{Economic} {Complexity} in {R}}");
  CommandResult imp = lib.run("import '" + edited + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(lib.title("10.21105/joss.01866") == "Economiccomplexity: Computational Methods for Economic Complexity in R");
  CHECK(lib.json("list").size() == 5);
  // The other entries keep what the three exports agree on.
  CHECK(lib.title("10.21105/joss.01038") == "Gravity: Estimation Methods for Gravity Models in R");
  // Undo: the old title again.
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title("10.21105/joss.01866") == "Economiccomplexity: Computational Methods for Economic Complexity");
}

// Main (147063f3): Zotero's CSL-JSON gives an item its URI as id ("http://zotero.org/users/96641/items/BDQRTS3T":
// zotero/translators' CSL JSON test case, fixtures/corpora/zotero-cases/csl-json/000.input.json, a book with no
// DOI); the item edited in Zotero (its title's case corrected, its DOI added) and exported again became a second
// work.  Now the item's URI is its identity within that library: the same work, updated by the later export; an
// item of another library under the same item key is another work.
TEST_CASE("a Zotero CSL-JSON item exported again after an edit is the same work", "[user60]") {
  CliLibrary lib;
  const std::string original = fixture("corpora/zotero-cases/csl-json/000.input.json");
  REQUIRE(lib.run("import '" + original + "'").status == 0);
  REQUIRE(lib.json("list").size() == 1);
  std::string text = slurp(original);
  text = replaced(text, "Stochastic biomathematical models: With applications to neuronal modeling",
                  "Stochastic Biomathematical Models: With Applications to Neuronal Modeling");
  text = replaced(text, "\"ISBN\": \"978-3-642-32156-6\",", "\"ISBN\": \"978-3-642-32156-6\",\n\t\t\"DOI\": \"10.1007/978-3-642-32157-3\",");
  const std::string edited = lib.dir / "edited.json";
  std::ofstream(edited) << text;
  CommandResult imp = lib.run("import '" + edited + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("0 new, 1 merged by identifier, 1 updated") != std::string::npos);
  nlohmann::json list = lib.json("list");
  CHECK(list.size() == 1);
  nlohmann::json work = lib.json("show 1")[0];
  CHECK(work["title"] == "Stochastic Biomathematical Models: With Applications to Neuronal Modeling");
  CHECK(work["doi"] == "10.1007/978-3-642-32157-3");
  CHECK(work["sources"].size() == 2);
  // Another library's item under the same key is another item.
  const std::string other = lib.dir / "other.json";
  std::ofstream(other) << replaced(replaced(slurp(original), "users/96641/", "users/12345/"),
                                   "Stochastic biomathematical models: With applications to neuronal modeling",
                                   "Neuronal coding of sensory stimuli");
  REQUIRE(lib.run("import '" + other + "'").status == 0);
  CHECK(lib.json("list").size() == 2);
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.json("show 1")[0]["title"] == "Stochastic biomathematical models: With applications to neuronal modeling");
  CHECK(lib.json("list").size() == 1);
}
