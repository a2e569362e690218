// A key means one work, per source (issue 11, newuser39's findings 1, 2 and
// 10): a lab librarian merges two colleagues' .bib files that both hold a
// `smith2020`, for two different works (fixtures/keys39, the trial's files);
// a humanist re-imports the export she edited (hum_three.bib: three entries of
// her library, edited_three.bib: the same three as refnet exported them,
// edited by hand: a date and publisher, a title, a subtitle).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

using Lib = CliLibrary;

std::string f(const std::string& name) { return "'" + fixture("keys39/" + name) + "'"; }

// The .bib entry under `key` in `bib` (to the next entry), empty when none.
std::string entry(const std::string& bib, const std::string& key) {
  std::size_t at = bib.find("{" + key + ",");
  if (at == std::string::npos) return {};
  std::size_t end = bib.find("\n@", at);
  return bib.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

// The lab's library: Alice's file, then Bob's (as newuser39 imported them).
void lab(const Lib& l, std::string* bob_err = nullptr, const std::string& diagnostics = {}) {
  REQUIRE(l.run("import --source Alice " + f("alice.bib")).status == 0);
  CommandResult b = l.run("import --source Bob " + f("bob.bib") +
                          (diagnostics.empty() ? "" : " --diagnostics '" + diagnostics + "'"));
  REQUIRE(b.status == 0);
  if (bob_err) *bob_err = b.err;
}

}  // namespace

TEST_CASE("a .bib key that already names another work is said at import, with both works", "[source_keys][cli]") {
  Lib l;
  std::string err;
  const std::string diag = l.dir / "d.txt";
  lab(l, &err, diag);
  // bob.bib:19 is Adam Smith's "The wealth of microbial communities", Alice's smith2020 Smith & Doe's protein folding.
  const std::string said = "bob.bib:19:1: warning: key smith2020 already names work 1 (smith2020, \"Protein folding in "
                           "crowded cells\", 2020): this entry is work ";
  CHECK(err.find(said) != std::string::npos);
  CHECK(err.find("\"The wealth of microbial communities\", 2020)") != std::string::npos);
  CHECK(slurp(diag).find(said) != std::string::npos);
  // Keys that joined the work they name (garcia2021: same key, title, year) are no clash.
  CHECK(err.find("key garcia2021") == std::string::npos);
  CHECK(err.find("key Smith_2020_Nature") == std::string::npos);
}

TEST_CASE("export --cites: a key two sources gave to two works is the work of the source the paper's other keys come from",
          "[source_keys][cli]") {
  Lib l;
  lab(l);
  const std::string out = l.dir / "bob-out.bib";
  CommandResult bob = l.run("export --cites " + f("bob.tex") + " -o '" + out + "'");
  CHECK(bob.status == 0);
  std::string bib = slurp(out);
  // \cite{Smith_2020_Nature,LeeCRISPR,smith2020,Alberts:MBoC,garcia2021}: five works, each under the paper's key.
  CHECK(entry(bib, "smith2020").find("The wealth of microbial communities") != std::string::npos);
  CHECK(entry(bib, "Smith_2020_Nature").find("Protein folding in crowded cells") != std::string::npos);
  for (const char* key : {"LeeCRISPR", "Alberts:MBoC", "garcia2021"}) CHECK(!entry(bib, key).empty());
  CHECK(bob.err.find("is an old key of") == std::string::npos);
  CHECK(bob.err.find("smith2020 names 2 works") != std::string::npos);
  CHECK(bob.err.find("the paper's other keys come from Bob") != std::string::npos);

  // Alice's paper, the same key: her work.
  const std::string alice_out = l.dir / "alice-out.bib";
  CommandResult alice = l.run("export --cites " + f("alice.tex") + " -o '" + alice_out + "'");
  CHECK(alice.status == 0);
  std::string abib = slurp(alice_out);
  CHECK(entry(abib, "smith2020").find("Protein folding in crowded cells") != std::string::npos);
  CHECK(abib.find("wealth") == std::string::npos);
  CHECK(alice.err.find("the paper's other keys come from Alice") != std::string::npos);

  // biblatex: one entry a key, and no entry's ids holding another's key.
  const std::string bl = l.dir / "bob-out-biblatex.bib";
  REQUIRE(l.run("export --format biblatex --cites " + f("bob.tex") + " -o '" + bl + "'").status == 0);
  std::string blbib = slurp(bl);
  CHECK(entry(blbib, "smith2020").find("The wealth of microbial communities") != std::string::npos);
  CHECK(entry(blbib, "Smith_2020_Nature").find("Protein folding in crowded cells") != std::string::npos);
  CHECK(blbib.find("ids = {smith2020") == std::string::npos);
  CHECK(blbib.find("ids = {Smith_2020_Nature") == std::string::npos);
}

TEST_CASE("export --cites: a key two sources gave, in a paper whose other keys do not decide, is a warning naming both works",
          "[source_keys][cli]") {
  Lib l;
  lab(l);
  const std::string tex = l.dir / "one.tex";
  std::ofstream(tex) << "\\cite{smith2020}\n";
  CommandResult r = l.run("export --cites '" + tex + "' -o '" + (l.dir / "one.bib") + "'");
  CHECK(r.status == 3);
  CHECK(r.err.find("one.tex:1:7: warning: smith2020 names 2 works: work 1 (smith2020, \"Protein folding in crowded "
                   "cells\", 2020) from Alice") != std::string::npos);
  CHECK(r.err.find("(smith2020wealth, \"The wealth of microbial communities\", 2020) from Bob") != std::string::npos);
  CHECK(r.err.find("do not say which") != std::string::npos);
}

TEST_CASE("list and export --source LABEL select one source's records", "[source_keys][cli]") {
  Lib l;
  lab(l);
  const std::string csv = l.dir / "bob.csv";
  REQUIRE(l.run("export --source Bob --format csv --columns key,title -o '" + csv + "'").status == 0);
  std::string text = slurp(csv);
  // Bob's five records: four joined Alice's works, one is a work of its own.
  CHECK(std::count(text.begin(), text.end(), '\n') == 6);
  CHECK(text.find("smith2020wealth") != std::string::npos);
  CHECK(text.find("kim2018") == std::string::npos);  // Alice's alone
  CommandResult list = l.run("list --source Alice --source Bob");
  CHECK(list.status == 0);
  CHECK(list.out.find("kim2018") == std::string::npos);
  CHECK(list.out.find("smith2020wealth") == std::string::npos);
  CHECK(list.out.find("garcia2021") != std::string::npos);
  CommandResult none = l.run("list --source Carol");
  CHECK(none.status == 2);
  CHECK(none.err.find("labels: Alice, Bob") != std::string::npos);
}

TEST_CASE("export --source LABEL writes each work under the key that source gave it (try39 item 1)", "[source_keys][cli]") {
  Lib l;
  lab(l);
  REQUIRE(l.run("dedup --apply").status == 0);
  const std::string out = l.dir / "bob-src.bib";
  CommandResult r = l.run("export --source Bob -o '" + out + "'");
  REQUIRE(r.status == 0);
  const std::string bib = slurp(out);
  // Bob's keys (bob.bib), not the library's (alberts2014, lee2019, smith2020wealth).
  for (const char* key : {"Alberts:MBoC", "garcia2021", "LeeCRISPR", "Smith_2020_Nature", "smith2020"})
    CHECK(!entry(bib, key).empty());
  CHECK(entry(bib, "alberts2014").empty());
  CHECK(entry(bib, "smith2020wealth").empty());
  // Bob's smith2020 is Adam Smith's wealth paper, not Alice's protein folding.
  CHECK(entry(bib, "smith2020").find("The wealth of microbial communities") != std::string::npos);
  CHECK(entry(bib, "Smith_2020_Nature").find("Protein folding in crowded cells") != std::string::npos);
  // biblatex: the library's key in ids, unless another entry is written under it.
  CommandResult bl = l.run("export --source Bob --format biblatex --no-pin");
  REQUIRE(bl.status == 0);
  CHECK(entry(bl.out, "smith2020").find("ids = {smith2020wealth}") != std::string::npos);
  CHECK(entry(bl.out, "Alberts:MBoC").find("ids = {alberts2014}") != std::string::npos);
  CHECK(entry(bl.out, "Smith_2020_Nature").find("ids =") == std::string::npos);
}

TEST_CASE("export --source LABEL: a source key another written work's key is too stays the library's, said with both works",
          "[source_keys][cli]") {
  Lib l;
  // One label on both files: Bob's smith2020 and Alice's smith2020 are two works.
  REQUIRE(l.run("import --source Bob " + f("alice.bib")).status == 0);
  REQUIRE(l.run("import --source Bob " + f("bob.bib")).status == 0);
  const std::string out = l.dir / "bob-src.bib";
  CommandResult r = l.run("export --source Bob -o '" + out + "'");
  REQUIRE(r.status == 0);
  const std::string bib = slurp(out);
  CHECK(entry(bib, "smith2020").find("Protein folding in crowded cells") != std::string::npos);
  CHECK(entry(bib, "smith2020wealth").find("The wealth of microbial communities") != std::string::npos);
  CHECK(r.err.find("warning: smith2020, the key Bob gave work ") != std::string::npos);
  CHECK(r.err.find("\"The wealth of microbial communities\", 2020), is also the key of work 1 (smith2020, \"Protein "
                   "folding in crowded cells\", 2020) in this export: written under the library's key smith2020wealth") !=
        std::string::npos);
  // Bob gave the protein-folding work two keys: the library's is written, and said.
  CHECK(r.err.find("several keys (smith2020, Smith_2020_Nature): written under the library's key smith2020") !=
        std::string::npos);
}

TEST_CASE("re-importing the user's own edited export: an entry under a pinned key is that work", "[source_keys][cli]") {
  Lib l;
  REQUIRE(l.run("import " + f("hum_three.bib")).status == 0);
  REQUIRE(l.run("export --format biblatex -o '" + (l.dir / "out.bib") + "'").status == 0);  // pins the three keys
  REQUIRE(l.run("tag add theory foucault1975surveiller").status == 0);
  CommandResult r = l.run("import " + f("edited_three.bib"));
  CHECK(r.status == 0);
  CHECK(r.out.find("3 read, 0 new") != std::string::npos);
  CHECK(r.err.find("already names") == std::string::npos);
  CommandResult list = l.run("list");
  CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 3);
  // The edits reach the works: date 1995 -> 1977, publisher, title; the tag stays on the one work.
  CommandResult fou = l.run("show foucault1975surveiller");
  CHECK(fou.out.find("Pantheon Books") != std::string::npos);
  CHECK(fou.out.find("1977") != std::string::npos);
  CHECK(fou.out.find("theory") != std::string::npos);
  CommandResult der = l.run("show derrida1967");
  CHECK(der.out.find("De la grammatologie (nouvelle édition)") != std::string::npos);
}

TEST_CASE("an entry under a pinned key whose title and year both differ is a new work, said with file:line",
          "[source_keys][cli]") {
  Lib l;
  REQUIRE(l.run("import " + f("hum_three.bib")).status == 0);
  REQUIRE(l.run("export --format biblatex -o '" + (l.dir / "out.bib") + "'").status == 0);
  const std::string other = l.dir / "other.bib";
  std::ofstream(other) << "@book{foucault1975surveiller,\n  author = {Foucault, Michel},\n"
                          "  title = {Madness and Civilization},\n  date = {1961},\n}\n";
  CommandResult r = l.run("import '" + other + "'");
  CHECK(r.status == 0);
  CHECK(r.out.find("1 new") != std::string::npos);
  CHECK(r.err.find("other.bib:1:1: warning: key foucault1975surveiller already names work 1 (foucault1975surveiller, "
                   "\"Discipline and Punish\", 1995) (a pinned key: the entry's title and year differ): this entry is "
                   "work 4") != std::string::npos);
}
