// A Zotero user's library stays right over re-imports (issue 11, session 61): one Zotero item exported as Better
// BibTeX (its uri, or a zotero://select link), as CSL-JSON (its URI as id), as Zotero/Better BibTeX JSON (uri), as
// Zotero RDF ("#item_123"), edited in between: one work, the newest export winning; refnet's CSL-JSON export keeps
// the URI; Zotero JSON's keys a library key cannot be are said.  Files: fixtures/zotero_library (one real Zotero
// library's BibTeX and RDF, Apache-2.0); the item URI and key are made up (Zotero's own BibTeX and RDF exports of
// that library carry none).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

const char* const kUri = "http://zotero.org/users/8563331/items/QX8T4N2K";
const char* const kTitle = "Economiccomplexity: Computational Methods for Economic Complexity";

// The library's first entry as Zotero's BibTeX wrote it, with `field` added before its file (Better BibTeX's
// uri, a zotero://select link ...).
std::string bib_entry(const std::string& field) {
  const std::string bib = slurp(fixture("zotero_library/test.bib"));
  const std::size_t start = bib.find("@article{vargas_economiccomplexity_2020");
  REQUIRE(start != std::string::npos);
  const std::string entry = bib.substr(start, bib.find("\n}\n", start) + 3 - start);
  return replaced(entry, "\tfile = ", "\t" + field + ",\n\tfile = ");
}

// The same item as Zotero's CSL-JSON writes it: its URI as id.
std::string csl_item(const std::string& id, const std::string& title, const std::string& doi) {
  return std::string("[\n  {\n    \"id\": \"") + id + "\",\n    \"type\": \"article-journal\",\n    \"title\": \"" + title +
         "\",\n    \"container-title\": \"Journal of Open Source Software\",\n    \"volume\": \"5\",\n    \"issue\": \"46\","
         "\n    \"page\": \"1866\",\n    \"DOI\": \"" + doi + "\",\n    \"author\": [{\"family\": \"Vargas\", \"given\": "
         "\"Mauricio\"}],\n    \"issued\": {\"date-parts\": [[\"2020\", 2, 19]]}\n  }\n]\n";
}

}  // namespace

// Main (31a06053): the item's Better BibTeX entry (uri = its URI) and its CSL-JSON (id = the URI) were one work by
// their DOI, but the CSL-JSON exported after a title edit tied 1:1 with the older BibTeX and lost (the import said
// "0 updated"); a zotero://select link was no identity at all.  Now each names the item: the newest export wins.
TEST_CASE("a Zotero item's Better BibTeX uri, zotero://select link and CSL-JSON URI are one item", "[user61]") {
  CliLibrary lib;
  REQUIRE(lib.run("import '" + lib.write("bbt.bib", bib_entry(std::string("uri = {") + kUri + "}")) + "'").status == 0);
  CommandResult imp = lib.run("import '" + lib.write("zotero.json", csl_item(kUri, std::string(kTitle) + " in R",
                                                                            "10.21105/joss.01866")) + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("1 merged by identifier, 1 updated") != std::string::npos);
  CHECK(lib.json("list").size() == 1);
  CHECK(lib.title("10.21105/joss.01866") == std::string(kTitle) + " in R");
  // Better BibTeX again, the link to the item in the user's library (no library number), the title edited again.
  std::string again = bib_entry("zotero = {zotero://select/library/items/QX8T4N2K}");
  again = replaced(again, "{Economic} {Complexity}}", "{Economic} {Complexity} for {R}}");
  imp = lib.run("import '" + lib.write("bbt2.bib", again) + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(lib.json("list").size() == 1);
  CHECK(lib.title("10.21105/joss.01866") == std::string(kTitle) + " for R");
  // Another user's item under the same key, another work (its own DOI): kept apart.
  imp = lib.run("import '" + lib.write("other.json", csl_item("http://zotero.org/users/12345/items/QX8T4N2K",
                                                              "Neuronal coding of sensory stimuli", "10.1000/other.1")) + "'");
  REQUIRE(imp.status == 0);
  CHECK(lib.json("list").size() == 2);
  // Undo, one import at a time.
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title("10.21105/joss.01866") == std::string(kTitle) + " in R");
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title("10.21105/joss.01866") == kTitle);
}

// Main (31a06053): Zotero RDF names an item with no ISBN and no URL "#item_<n>", its row in the Zotero that wrote
// the file (zotero/translators' Zotero RDF.js; Zotero's own RDF writes no item URI).  The item exported again after
// a title edit tied 1:1 with its older export and lost.  Now one Zotero's RDF exports of "#item_12" are one record
// when the rest says so too (the title, or the first author and year); another Zotero's "#item_12", another work,
// stays apart.
TEST_CASE("one Zotero's RDF exports of #item_12 are one record; another Zotero's #item_12 is not", "[user61]") {
  CliLibrary lib;
  std::string rdf = slurp(fixture("zotero_library/test.rdf"));
  rdf = replaced(rdf, "<bib:Article rdf:about=\"https://joss.theoj.org/papers/10.21105/joss.01866\">",
                 "<bib:Article rdf:about=\"#item_12\">");
  REQUIRE(lib.run("import '" + lib.write("first.rdf", rdf) + "'").status == 0);
  REQUIRE(lib.json("list").size() == 5);
  const std::string edited = replaced(rdf, std::string("<dc:title>") + kTitle, std::string("<dc:title>") + kTitle + " in R");
  CommandResult imp = lib.run("import '" + lib.write("second.rdf", edited) + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(lib.json("list").size() == 5);
  CHECK(lib.title("10.21105/joss.01866") == std::string(kTitle) + " in R");
  // The row a user's export made is no value of the work: no export says it was left out.
  CommandResult bib = lib.run("export --no-pin --format bibtex");
  CHECK(bib.err.find("zotero-item-id") == std::string::npos);
  // Another Zotero's #item_12: another work, no DOI.
  const std::string other =
      "<rdf:RDF\n xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n xmlns:z=\"http://www.zotero.org/namespaces/export#\"\n"
      " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n xmlns:bib=\"http://purl.org/net/biblio#\"\n"
      " xmlns:foaf=\"http://xmlns.com/foaf/0.1/\">\n"
      "    <bib:Book rdf:about=\"#item_12\">\n        <z:itemType>book</z:itemType>\n"
      "        <bib:authors><rdf:Seq><rdf:li><foaf:Person><foaf:surname>Okafor</foaf:surname>"
      "<foaf:givenName>Ada</foaf:givenName></foaf:Person></rdf:li></rdf:Seq></bib:authors>\n"
      "        <dc:title>Rivers of the Niger delta</dc:title>\n        <dc:date>2011</dc:date>\n    </bib:Book>\n</rdf:RDF>\n";
  REQUIRE(lib.run("import '" + lib.write("other.rdf", other) + "'").status == 0);
  CHECK(lib.json("list").size() == 6);
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.title("10.21105/joss.01866") == kTitle);
}

// Main (31a06053): 'export --format csl-json' wrote the work's refnet key as id and said "1 value of id (csl-json)
// not written: CSL-JSON has no field for it" of the item's URI; read back, the export no longer named the item.
// Now the URI is written as custom "zotero-uri", said so, and read back as the item's: Zotero's next export of the
// item, edited, joins the work read from refnet's file.
TEST_CASE("refnet's CSL-JSON export keeps a Zotero item's URI, and reads it back", "[user61]") {
  CliLibrary lib;
  REQUIRE(lib.run("import '" + lib.write("zotero.json", csl_item(kUri, kTitle, "10.21105/joss.01866")) + "'").status == 0);
  const std::string out = lib.dir / "mine.json";
  CommandResult exp = lib.run("export --no-pin --format csl-json -o '" + out + "'");
  INFO(exp.err);
  REQUIRE(exp.status == 0);
  CHECK(exp.err.find("id (csl-json) not written") == std::string::npos);
  CHECK(exp.err.find("1 Zotero item URI (the id of Zotero's CSL-JSON) written as custom \"zotero-uri\"") != std::string::npos);
  const nlohmann::json item = nlohmann::json::parse(slurp(out))[0];
  CHECK(item["id"] == "vargas2020economiccomplexity");
  CHECK(item.value("custom", nlohmann::json::object()).value("zotero-uri", "") == kUri);
  // Another library made from refnet's file: the item is known there by the URI, and its next Zotero export,
  // its title edited and no DOI yet, joins it.
  CliLibrary other;
  REQUIRE(other.run("import '" + out + "'").status == 0);
  CommandResult imp = other.run("import '" + other.write("next.json", csl_item(kUri, std::string(kTitle) + " in R", "")) + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(other.json("list").size() == 1);
  CHECK(other.title("vargas2020economiccomplexity") == std::string(kTitle) + " in R");
}

// Main (31a06053): Zotero JSON's (Zotero's API, Better BibTeX JSON) uri was dropped as bookkeeping; a citationKey a
// library key cannot be was kept as an alias without a word (Zotero RDF's z:citationKey is said).  Now the uri is
// the item's identity and such keys are said, once a file.
TEST_CASE("Zotero JSON's uri names the item; its keys kept as aliases are said", "[user61]") {
  CliLibrary lib;
  REQUIRE(lib.run("import '" + lib.write("zotero.json", csl_item(kUri, kTitle, "")) + "'").status == 0);
  const std::string bbt = std::string("{\"config\": {\"label\": \"BetterBibTeX JSON\"}, \"items\": [\n") +
                          "{\"itemType\": \"journalArticle\", \"title\": \"" + kTitle + " in R\", \"creators\": [{\"creatorType\": "
                          "\"author\", \"firstName\": \"Mauricio\", \"lastName\": \"Vargas\"}], \"date\": \"2020-02-19\", "
                          "\"publicationTitle\": \"Journal of Open Source Software\", \"citationKey\": \"Vargas 2020 ec\", "
                          "\"itemKey\": \"QX8T4N2K\", \"uri\": \"" + kUri + "\", \"itemID\": 12},\n" +
                          "{\"itemType\": \"book\", \"title\": \"Rivers of the Niger delta\", \"creators\": [{\"creatorType\": "
                          "\"author\", \"firstName\": \"Ada\", \"lastName\": \"Okafor\"}], \"date\": \"2011\", \"citationKey\": "
                          "\"Okafor [Ada] 2011\", \"uri\": \"http://zotero.org/users/8563331/items/R7WJ4M2P\", \"itemID\": 13}\n]}\n";
  CommandResult imp = lib.run("import '" + lib.write("bbt.json", bbt) + "'");
  INFO(imp.out << imp.err);
  REQUIRE(imp.status == 0);
  CHECK(lib.json("list").size() == 2);
  CHECK(lib.title("1") == std::string(kTitle) + " in R");
  CHECK(imp.err.find("citationKey 'Vargas 2020 ec' and 1 more hold characters a library key cannot") != std::string::npos);
  CHECK(imp.err.find("bookkeeping dropped from every item: itemID") != std::string::npos);
  CHECK(imp.err.find(", uri") == std::string::npos);
}

// Main (31a06053): a library an older refnet made (147063f3, fixtures/libraries/old_147063f3_own_exports.sqlite:
// Zotero's RIS of 5 works, then refnet's BibTeX and CSL-JSON exports of them read back, one title edited in the
// CSL-JSON) kept the 10 copies as ordinary sources, each a work absorbed "by identifier": prisma said 15 records
// identified, 10 duplicates removed, though one search found 5.  Opened now (merge rules 6), the copies become what
// session 60's import makes them, attached to their works and not counted, said in one line; the two copies of the
// work whose CSL-JSON holds an edit of the user's stay sources (nothing lost); undo still takes an import back.
TEST_CASE("an older refnet's own exports read back become copies when the library is opened", "[user61]") {
  CliLibrary lib;
  std::filesystem::copy_file(fixture("libraries/old_147063f3_own_exports.sqlite"), lib.path);
  CommandResult open = lib.run("prisma --json");
  INFO(open.err);
  REQUIRE(open.status == 0);
  CHECK(open.err.find("8 records of refnet's own exports read back by an older refnet, kept as sources of 4 works") !=
        std::string::npos);
  CHECK(open.err.find("1 record holds a value none of its work's other sources says (title") != std::string::npos);
  nlohmann::json p = nlohmann::json::parse(open.out);
  CHECK(p["identified_total"] == 7);
  CHECK(p["own_exports"] == 8);
  CHECK(p["duplicates_removed"] == 2);
  // Said once: the library is today's now.
  CHECK(lib.run("list").err.find("own exports") == std::string::npos);
  CHECK(lib.json("list").size() == 5);
  nlohmann::json work = lib.json("show vargas2020economiccomplexity")[0];
  CHECK(work["title"] == "Economiccomplexity: Computational Methods for Economic Complexity");
  std::size_t copies = 0;
  for (const auto& s : work["sources"]) copies += s.value("own_export", false);
  CHECK(copies == 2);
  CHECK(work["sources"].size() == 3);
  // The edited copy and its sibling stay sources of their work: its edit is still there to see.
  nlohmann::json kendall = lib.json("show sepulveda2025kendallknight")[0];
  std::size_t kept = 0;
  for (const auto& s : kendall["sources"]) kept += !s.value("own_export", false);
  CHECK(kept == 3);
  // Undo of the CSL-JSON import: 6 identified (5 + the kept BibTeX copy), 4 copies.
  REQUIRE(lib.run("undo").status == 0);
  p = lib.json("prisma");
  CHECK(p["identified_total"] == 6);
  CHECK(p["own_exports"] == 4);
  CHECK(lib.json("list").size() == 5);
}
