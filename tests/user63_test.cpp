// refnet's own exports are known for what they are, in RIS too, and by their work (issue 11, session 63).  Session
// 62 marked BibTeX, BibLaTeX and CSL-JSON exports with the library they came from; RIS carried none, so an EndNote
// library's RIS export (EndNote writes its record numbers as ID, which the export keeps) read back was "the same
// tool's re-export" of each record, counted by prisma.  RIS now carries the mark on a line of its own before each
// TY, where JSTOR writes the RIS header before each record (Zotero, JabRef and bibutils pass over it), and every
// mark names the work too, so that an entry whose key or title the user edited in the file still finds its work.
// Files: fixtures/endnote/blue_light_4.ris (one EndNote 20 library's RIS, MIT), fixtures/zotero_library (one real
// Zotero library's BibTeX, Apache-2.0).
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

std::size_t count(const std::string& text, const std::regex& re) {
  return static_cast<std::size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

const char* const kEndNote = "endnote/blue_light_4.ris";
const char* const kZotero = "zotero_library/test.bib";

}  // namespace

// Main (140862cb): a library whose keys a RIS file gave (ID: a colleague's refnet export, JabRef's, Citavi's) wrote
// those keys back as ID in its own RIS export, so read back each record was "the same tool's re-export" of its
// source: Bob imported Alice's RIS of an EndNote library (4 records), exported his library as RIS, corrected a
// title in the file and read it back: '1 merged by identifier, 1 updated', prisma 5 records identified and 1
// duplicate removed, the title a database's later record rather than Bob's edit.  Now each record of Bob's export
// carries his library's mark on the line before its TY: read back, his own export, the title his edit.
TEST_CASE("a RIS-keyed library's own RIS export read back is no second record", "[user63]") {
  CliLibrary alice, bob;
  alice.import(kEndNote);
  alice.exported("ris", "alice.ris");
  bob.import_file(alice.dir / "alice.ris");
  REQUIRE(bob.json("list").size() == 4);
  const std::string ris = slurp(bob.exported("ris", "bob.ris"));
  // Every record: the mark, library and work, on the line before its TY.
  static const std::regex marked("refnet-library: [0-9a-f]{16}/[0-9]+\r\nTY  - ");
  CHECK(count(ris, marked) == 4);
  CHECK(ris.find("ID  - shahtalebi2018formulation\r\n") != std::string::npos);  // Alice's key, which Bob's file gave
  const std::string edited = replaced(ris, "TI  - Formulation of Herbal Gel", "TI  - Formulation of a Herbal Gel");
  CommandResult back = bob.import_file(bob.write("bob-edited.ris", edited));
  INFO(back.err);
  CHECK(back.out.find("4 read back as refnet's own export") != std::string::npos);
  CHECK(back.out.find("1 merged by identifier") == std::string::npos);
  CHECK(back.err.find("title edited in refnet's own export: yours now") != std::string::npos);
  CHECK(back.err.find("outside any RIS record") == std::string::npos);  // the mark is no skipped line
  // Nor is the file a database's export prisma counts under its name (main said so of every own RIS read back).
  CHECK(back.err.find("no record of this file names its database") == std::string::npos);
  nlohmann::json p = bob.json("prisma");
  CHECK(p["identified_total"] == 4);
  CHECK(p["duplicates_removed"] == 0);
  CHECK(bob.json("list").size() == 4);
  CHECK(bob.json("show shahtalebi2018formulation")[0]["title"].get<std::string>().rfind("Formulation of a Herbal Gel", 0) == 0);
  // Exported again: the mark is written once a record (the one read back is not written again).
  CHECK(count(slurp(bob.exported("ris", "again.ris")), std::regex("refnet-library")) == 4);
}

// Alice's export read into Bob's library is Alice's: a source, as any file (its mark names her library).
TEST_CASE("another library's RIS export stays a source", "[user63]") {
  CliLibrary alice, bob;
  alice.import(kEndNote);
  alice.exported("ris", "alice.ris");
  CommandResult in = bob.import_file(alice.dir / "alice.ris");
  CHECK(in.out.find("4 read, 4 new") != std::string::npos);
  CHECK(in.out.find("read back") == std::string::npos);
  CHECK(in.err.find("outside any RIS record") == std::string::npos);
  CHECK(bob.json("prisma")["identified_total"] == 4);
}

// The mark's line is nothing to other RIS readers: bibutils' ris2xml reads the records as before (Zotero's RIS
// translator drops a line outside a record; JabRef's reader takes no tag from it).
TEST_CASE("bibutils reads refnet's RIS with its mark as the records alone", "[user63]") {
  if (std::system("command -v ris2xml >/dev/null 2>&1") != 0) return;  // bibutils not installed
  CliLibrary lib;
  lib.import(kEndNote);
  lib.exported("ris", "mine.ris");
  const std::string d = lib.dir.path.string();
  std::system(("cd '" + d + "' && ris2xml mine.ris > mods.xml 2> ris2xml.err").c_str());
  const std::string mods = slurp(lib.dir / "mods.xml");
  CHECK(count(mods, std::regex("<mods ID=")) == 4);
  CHECK(mods.find("refnet") == std::string::npos);
  CHECK(mods.find("Formulation of Herbal Gel of Antirrhinum majus") != std::string::npos);
}

// The mark names the work: BibTeX `refnet-library = {library/work}`, CSL-JSON's custom the same.
TEST_CASE("every mark names the work its entry was written from", "[user63]") {
  CliLibrary lib;
  lib.import(kZotero);
  const std::string bib = slurp(lib.exported("bibtex", "mine.bib"));
  static const std::regex mark(R"(refnet-library = \{[0-9a-f]{16}/([0-9]+)\})");
  std::vector<std::string> works;
  for (auto it = std::sregex_iterator(bib.begin(), bib.end(), mark); it != std::sregex_iterator(); ++it)
    works.push_back((*it)[1]);
  REQUIRE(works.size() == 5);
  // Each is the id `show` gives the work of the entry's DOI.
  const std::string first = bib.substr(0, bib.find("refnet-library"));
  const std::size_t doi_at = first.rfind("doi = {");
  REQUIRE(doi_at != std::string::npos);
  const std::string doi = first.substr(doi_at + 7, first.find('}', doi_at) - doi_at - 7);
  CHECK(std::to_string(lib.json("show '" + doi + "'")[0]["id"].get<long long>()) == works.front());
  nlohmann::json items = nlohmann::json::parse(slurp(lib.exported("csljson", "mine.json")));
  REQUIRE(items.size() == 5);
  for (const auto& item : items) CHECK(std::regex_match(item["custom"].value("refnet-library", ""), std::regex("[0-9a-f]{16}/[0-9]+")));
  // Its RIS read back is the library's own export, no database's file that prisma would count under its name (main
  // said so: "note: no record of this file names its database ... name the database with 'refnet import --source'").
  lib.exported("ris", "mine.ris");
  CommandResult ris = lib.import_file(lib.dir / "mine.ris");
  CHECK(ris.out.find("5 read back as refnet's own export") != std::string::npos);
  CHECK(ris.err.find("no record of this file names its database") == std::string::npos);
  // CSV carries none: its columns are as before.
  const std::string csv = slurp(lib.exported("csv", "mine.csv"));
  CHECK(csv.substr(0, csv.find('\r')) == "key,authors,year,title,container,volume,issue,pages,doi,url");
  CHECK(csv.find("refnet-library") == std::string::npos);
}

// Main (140862cb): an entry of refnet's own BibTeX whose key the user edited in the file ("vargas2020" for Zotero's
// vargas_economiccomplexity_2020) and whose title they corrected was no export of the library's: the import warned
// that the mark names none of its works and merged the entry by its DOI as a new record (prisma: one more identified,
// one more duplicate removed), the title taken as a database's later record.  Now the mark's work finds it: read
// back as the library's own export, the title the user's edit, the key's edit said (since session 64 the work's key
// now, the old one its alias: rt64_test).
TEST_CASE("an entry whose key and title were edited in the file finds its work by the mark", "[user63]") {
  CliLibrary lib;
  lib.import(kZotero);
  const std::string bib = slurp(lib.exported("bibtex", "mine.bib"));
  std::string edited = replaced(bib, "@article{vargas_economiccomplexity_2020,", "@article{vargas2020,");
  edited = replaced(edited, "for {Economic} {Complexity}}", "for {Economic} {Complexity} in {R}}");
  CommandResult back = lib.import_file(lib.write("edited.bib", edited));
  INFO(back.err);
  CHECK(back.out.find("5 read back as refnet's own export") != std::string::npos);
  CHECK(back.err.find("names none of its works") == std::string::npos);
  CHECK(back.err.find("title edited in refnet's own export: yours now") != std::string::npos);
  CHECK(back.err.find("key vargas2020 of refnet's own export") != std::string::npos);
  // Since session 64 (rt64) the edited key is the work's, the old one its alias (rt64_test).
  CHECK(back.err.find("it is the work's key now") != std::string::npos);
  nlohmann::json p = lib.json("prisma");
  CHECK(p["identified_total"] == 5);
  CHECK(p["duplicates_removed"] == 0);
  CHECK(lib.json("list").size() == 5);
  nlohmann::json work = lib.json("show vargas_economiccomplexity_2020")[0];
  CHECK(work["title"] == "Economiccomplexity: Computational Methods for Economic Complexity in R");
  CHECK(lib.json("show vargas2020")[0]["id"] == work["id"]);  // the edited key names the work (rt64)
}

// The same in RIS, where the key is ID: a record whose ID and title were both edited in refnet's RIS export (no key,
// no title of the work's left) is still its work's, by the mark.
TEST_CASE("a RIS record whose ID and title were edited finds its work by the mark", "[user63]") {
  CliLibrary lib;
  lib.import(kEndNote);
  const std::string ris = slurp(lib.exported("ris", "mine.ris"));
  std::string edited = replaced(ris, "ID  - shahtalebi2018formulation\r\n", "ID  - shahtalebi2018\r\n");
  edited = replaced(edited, "TI  - Formulation of Herbal Gel of Antirrhinum majus Extract",
                    "TI  - Formulation of a Herbal Gel of Antirrhinum majus Extract");
  CommandResult back = lib.import_file(lib.write("edited.ris", edited));
  INFO(back.err);
  CHECK(back.out.find("4 read back as refnet's own export") != std::string::npos);
  CHECK(back.err.find("title edited in refnet's own export: yours now") != std::string::npos);
  CHECK(back.err.find("key shahtalebi2018 of refnet's own export") != std::string::npos);
  CHECK(lib.json("prisma")["identified_total"] == 4);
  CHECK(lib.json("list").size() == 4);
}

// An export written before session 63 names the library alone ("refnet-library = {3f9a2c5d1e7b8a90}"): read back by
// its key, title and year as before.  And a mark naming a work deleted since is said, the entry read as a record.
TEST_CASE("a mark without a work, or naming a deleted work, is read as before", "[user63]") {
  CliLibrary lib;
  lib.import(kZotero);
  const std::string bib = slurp(lib.exported("bibtex", "mine.bib"));
  const std::string old_style = std::regex_replace(bib, std::regex(R"((refnet-library = \{[0-9a-f]{16})/[0-9]+\})"), "$1}");
  REQUIRE(old_style.find("refnet-library = {") != std::string::npos);
  REQUIRE(old_style != bib);
  CommandResult back = lib.import_file(lib.write("old.bib", old_style));
  CHECK(back.out.find("5 read back as refnet's own export") != std::string::npos);
  CHECK(lib.json("prisma")["identified_total"] == 5);

  CliLibrary other;
  other.import(kZotero);
  const std::string mine = slurp(other.exported("bibtex", "mine.bib"));
  REQUIRE(other.run("rm vargas_economiccomplexity_2020").status == 0);
  CommandResult again = other.import_file(other.dir / "mine.bib");
  INFO(again.err);
  CHECK(again.err.find("is no longer in the library (deleted, or its import undone): read as a record") != std::string::npos);
  CHECK(again.out.find("4 read back as refnet's own export") != std::string::npos);
}
