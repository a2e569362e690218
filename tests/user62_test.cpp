// refnet's own exports are known for what they are (issue 11, session 62).  A library whose keys came from
// Zotero: refnet's BibTeX export of it carries Zotero's keys, titles and years, so read back it was the "same tool's
// re-export" of each entry (same_database_record) and counted by prisma as a record identified and a duplicate
// removed.  Each export now names the library it came from (BibTeX/BibLaTeX field refnet-library, CSL-JSON custom
// "refnet-library"); another library's export stays a source.  And a value the user set that a later Zotero
// export changed is said with both values.  Files: fixtures/zotero_library (one real Zotero library's BibTeX,
// Apache-2.0).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

// The keys of a .bib file, in order.
std::vector<std::string> keys_of(const std::string& bib) {
  std::vector<std::string> keys;
  static const std::regex entry(R"(@[a-zA-Z]+\{([^,\s]+),)");
  for (auto it = std::sregex_iterator(bib.begin(), bib.end(), entry); it != std::sregex_iterator(); ++it)
    keys.push_back((*it)[1]);
  return keys;
}

const char* const kZotero = "zotero_library/test.bib";

}  // namespace

// Main (4f117672): the five entries of a Zotero library's BibTeX, exported by refnet as BibTeX and read back, were
// five more records: 'mine.bib: 5 read, 0 new, 5 merged by identifier', prisma 10 identified and 5 duplicates
// removed (the export's entries have the Zotero entries' keys, titles and years: the same tool's re-export).  The
// same for BibLaTeX.  Now each entry names the library it was written from, and reading it back into that library
// attaches it as refnet's own export.
TEST_CASE("refnet's BibTeX export of a Zotero library read back is no second record", "[user62]") {
  CliLibrary lib;
  lib.import(kZotero);
  REQUIRE(lib.json("list").size() == 5);
  const std::string csl_before = lib.run("export --no-pin --format csljson").out;
  for (const char* format : {"bibtex", "biblatex"}) {
    INFO(format);
    const std::string out = lib.dir / (std::string("mine-") + format + ".bib");
    REQUIRE(lib.run(std::string("export --format ") + format + " -o '" + out + "'").status == 0);
    const std::string bib = slurp(out);
    // Every entry carries the mark, the same one.
    // (session 63: the library, then the work, "3f9a2c5d1e7b8a90/12")
    static const std::regex mark(R"(refnet-library = \{([0-9a-f]{16})/[0-9]+\})");
    std::size_t marks = 0;
    for (auto it = std::sregex_iterator(bib.begin(), bib.end(), mark); it != std::sregex_iterator(); ++it) ++marks;
    CHECK(marks == 5);
    CommandResult back = lib.import_file(out);
    CHECK(back.out.find("5 read, 0 new, 0 merged by identifier") != std::string::npos);
    CHECK(back.out.find("5 read back as refnet's own export") != std::string::npos);
  }
  nlohmann::json p = lib.json("prisma");
  CHECK(p["identified_total"] == 5);
  CHECK(p["duplicates_removed"] == 0);
  CHECK(lib.json("list").size() == 5);
  CHECK(lib.run("export --no-pin --format csljson").out == csl_before);
}

// The mark is what refnet writes only: bibtex, biber and pandoc read the export without a word about it.
TEST_CASE("the export's mark is read silently by bibtex, biber and pandoc", "[user62]") {
  CliLibrary lib;
  lib.import(kZotero);
  const std::string bib = lib.dir / "refs.bib", blx = lib.dir / "blx.bib";
  REQUIRE(lib.run("export --format bibtex -o '" + bib + "'").status == 0);
  REQUIRE(lib.run("export --format biblatex -o '" + blx + "'").status == 0);
  REQUIRE(slurp(bib).find("refnet-library = {") != std::string::npos);
  const std::string d = lib.dir.path.string();
  if (std::system("command -v bibtex >/dev/null 2>&1") == 0) {
    std::string aux = "\\relax\n";
    for (const std::string& k : keys_of(slurp(bib))) aux += "\\citation{" + k + "}\n";
    lib.write("doc.aux", aux + "\\bibstyle{plain}\n\\bibdata{refs}\n");
    std::system(("cd '" + d + "' && bibtex doc > bibtex.out 2>&1").c_str());
    const std::string said = slurp(lib.dir / "bibtex.out");
    INFO(said);
    CHECK(said.find("refnet-library") == std::string::npos);
    CHECK(said.find("Warning") == std::string::npos);
    CHECK(slurp(lib.dir / "doc.bbl").find("Economiccomplexity") != std::string::npos);
  }
  if (std::system("command -v biber >/dev/null 2>&1") == 0) {
    std::system(("cd '" + d + "' && biber --tool --output-file=out.bib blx.bib > biber.out 2>&1").c_str());
    const std::string said = slurp(lib.dir / "biber.out");
    INFO(said);
    CHECK(said.find("Output to out.bib") != std::string::npos);
    CHECK(said.find("WARN") == std::string::npos);
  }
  if (std::system("command -v pandoc >/dev/null 2>&1") == 0) {
    std::system(("cd '" + d + "' && pandoc -f biblatex -t csljson blx.bib -o p.json > pandoc.out 2>&1").c_str());
    INFO(slurp(lib.dir / "pandoc.out"));
    CHECK(slurp(lib.dir / "pandoc.out").empty());
    CHECK(nlohmann::json::parse(slurp(lib.dir / "p.json")).size() == 5);
  }
}

// CSL-JSON carries the mark in custom; read back, it is the library's own export.
TEST_CASE("refnet's CSL-JSON export names its library in custom", "[user62]") {
  CliLibrary lib;
  lib.import(kZotero);
  const std::string out = lib.dir / "mine.json";
  REQUIRE(lib.run("export --format csljson -o '" + out + "'").status == 0);
  nlohmann::json items = nlohmann::json::parse(slurp(out));
  REQUIRE(items.size() == 5);
  for (const auto& item : items) {
    CHECK(item.contains("custom"));
    if (item.contains("custom"))  // the library's 16 digits, then the work's id (session 63)
      CHECK(std::regex_match(item["custom"].value("refnet-library", ""), std::regex("[0-9a-f]{16}/[0-9]+")));
  }
  CommandResult back = lib.import_file(out);
  CHECK(back.out.find("5 read back as refnet's own export") != std::string::npos);
  CHECK(lib.json("prisma")["identified_total"] == 5);
}

// Another user's refnet export of the same Zotero library is that user's: a source in this library, as before.
TEST_CASE("another library's refnet export stays a source", "[user62]") {
  CliLibrary mine, theirs;
  mine.import(kZotero);
  theirs.import(kZotero);
  const std::string out = theirs.dir / "theirs.bib";
  REQUIRE(theirs.run("export --format bibtex -o '" + out + "'").status == 0);
  CommandResult back = mine.import_file(out);
  CHECK(back.out.find("read back as refnet's own export") == std::string::npos);
  CHECK(mine.json("prisma")["identified_total"] == 10);
  // Exported again from this library, the entries name this library only (not theirs too).
  const std::string again = mine.dir / "again.bib";
  REQUIRE(mine.run("export --format bibtex -o '" + again + "'").status == 0);
  const std::string bib = slurp(again);
  std::size_t marks = 0;
  for (std::size_t at = bib.find("refnet-library"); at != std::string::npos; at = bib.find("refnet-library", at + 1)) ++marks;
  CHECK(marks == 5);
  CHECK(mine.import_file(again).out.find("5 read back as refnet's own export") != std::string::npos);
  CHECK(mine.json("prisma")["identified_total"] == 10);
}

// As a user: the Zotero library's BibTeX in refnet, exported, two entries edited in the .bib (a title, pages),
// read back.  Main (4f117672): both edited entries were taken as Zotero's later exports (merged by identifier,
// '2 updated', prisma 7 identified): the edits won, but as a database's record does, said as nothing of the user's.
// Now they are the user's edits, said so; prisma counts 5; undo takes them back; the keys stay.
TEST_CASE("a Zotero library exported, edited in the .bib and read back keeps the edits as the user's", "[user62]") {
  CliLibrary lib;
  lib.import(kZotero);
  const std::string out = lib.dir / "mine.bib";
  REQUIRE(lib.run("export --format bibtex -o '" + out + "'").status == 0);
  const std::string bib = slurp(out);
  const std::vector<std::string> keys = keys_of(bib);
  REQUIRE(keys.size() == 5);
  std::string edited = replaced(bib, "for {Economic} {Complexity}}", "for {Economic} {Complexity} in {R}}");
  edited = replaced(edited, "pages = {1038}", "pages = {1038--1040}");
  CommandResult back = lib.import_file(lib.write("edited.bib", edited));
  CHECK(back.out.find("5 read, 0 new, 0 merged by identifier") != std::string::npos);
  CHECK(back.err.find("title edited in refnet's own export: yours now") != std::string::npos);
  CHECK(back.err.find("pages edited in refnet's own export: yours now") != std::string::npos);
  CHECK(lib.title("10.21105/joss.01866") == "Economiccomplexity: Computational Methods for Economic Complexity in R");
  CHECK(lib.json("show 10.21105/joss.01038")[0]["pages"] == "1038-1040");
  CHECK(lib.json("prisma")["identified_total"] == 5);
  CHECK(lib.json("list").size() == 5);
  CHECK(lib.run("show 10.21105/joss.01866").out.find("refnet's own export, read back") != std::string::npos);
  // Exported again: the same keys.
  CHECK(keys_of(lib.run("export --no-pin --format bibtex").out) == keys);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title("10.21105/joss.01866") == "Economiccomplexity: Computational Methods for Economic Complexity");
  CHECK(lib.json("show 10.21105/joss.01038")[0]["pages"] == "1038");
  CHECK(lib.json("prisma")["identified_total"] == 5);
  CHECK(keys_of(lib.run("export --no-pin --format bibtex").out) == keys);
}

// Main (4f117672): a title the user set ('refnet set') that a later Zotero export of the entry changed kept the
// user's value, and the import named the field and the export's value only, in BibTeX's braces ("{Computational}
// {Methods} ... in {R}").  Now the line names both values, as text, and how to take the export's.
TEST_CASE("a value the user set that a later Zotero export changed is said with both values", "[user62]") {
  CliLibrary lib;
  lib.import(kZotero);
  REQUIRE(lib.run("set vargas_economiccomplexity_2020 'title=Economiccomplexity: My Reading'").status == 0);
  const std::string bib = slurp(fixture(kZotero));
  const std::size_t start = bib.find("@article{vargas_economiccomplexity_2020");
  REQUIRE(start != std::string::npos);
  const std::string entry = bib.substr(start, bib.find("\n}\n", start) + 3 - start);
  CommandResult later = lib.import_file(lib.write("later.bib", replaced(entry, "{Economic} {Complexity}}", "{Economic} {Complexity} in {R}}")));
  CHECK(lib.title("vargas_economiccomplexity_2020") == "Economiccomplexity: My Reading");
  std::string line;
  for (std::size_t at = 0, end; at < later.err.size(); at = end + 1) {
    end = later.err.find('\n', at);
    if (end == std::string::npos) end = later.err.size();
    const std::string l = later.err.substr(at, end - at);
    if (l.find("title") != std::string::npos && l.find("Economiccomplexity: My Reading") != std::string::npos) line = l;
  }
  INFO(later.err);
  CHECK(line.find("Economic Complexity in R") != std::string::npos);
  CHECK(line.find("'refnet unset ") != std::string::npos);
  CHECK(line.find("{") == std::string::npos);  // as text, not BibTeX's case protection
}
