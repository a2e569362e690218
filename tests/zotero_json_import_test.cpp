// Zotero item JSON (Zotero's API and translator test cases, Better BibTeX's
// "BetterBibTeX JSON" export): read by its own reader, not thinned by the
// Crossref reader.  Oracle: the Zotero items of fixtures/corpora/zotero-cases,
// whose creators, titles, types and years are checked against the JSON itself.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "../exporters/bibtex_common.hpp"
#include "refnet/text.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const char* kBbt = "corpora/zotero-better-bibtex__Import_fails_to_perform_String_substitutions-154.json";

}  // namespace

TEST_CASE("Zotero item JSON is detected as such, not as Crossref or CSL-JSON", "[zotero-json]") {
  Detection d = detect_formats(slurp(fixture(kBbt)));
  CHECK(d.zotero_json);
  CHECK_FALSE(d.crossref);
  CHECK_FALSE(d.csl_json);
  CHECK(detect_formats(slurp(fixture("corpora/zotero-cases/bibtex/001.expected.json"))).zotero_json);
  CHECK(detect_formats(R"({"itemType":"book","title":"T"})").zotero_json);
  // Crossref and CSL stay theirs.
  CHECK(detect_formats(R"({"items":[{"DOI":"10.1/x","title":["T"],"type":"journal-article"}]})").crossref);
  CHECK(detect_formats(R"([{"id":"k","type":"book","title":"T"}])").csl_json);
  CHECK(parse_format_name("zotero") == Format::zotero_json);
  CHECK(format_name(Format::zotero_json) == "zotero-json");
}

TEST_CASE("a Better BibTeX JSON export: creators, type, place and citation key kept", "[zotero-json]") {
  Parsed p = parse_file(fixture(kBbt));
  CHECK(p.stats.records == 1);
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "zotero-json");
  CHECK(r.type == "book");
  CHECK(r.title == "SQL is great");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Bert");
  CHECK(r.authors[0].given == "R. A.");
  CHECK(r.publisher == "Freds Publishing");
  CHECK(r.publisher_place == "London, UK");
  CHECK(r.citekey == "Bert:2001:SQL");
}

TEST_CASE("Zotero items: every field mapped or kept, extra lines read", "[zotero-json]") {
  Parsed p = parse_string(R"([{"itemType":"bookSection","title":"Chapter","creators":[
    {"firstName":"Ann","lastName":"Lee","creatorType":"author"},{"name":"WHO","creatorType":"editor"},
    {"firstName":"Tom","lastName":"Roe","creatorType":"translator"}],
    "date":"2019-03-05","bookTitle":"The Book","edition":"2","place":"Paris","publisher":"P","series":"S",
    "pages":"10-20","DOI":"https://doi.org/10.1000/ABC","ISBN":"978-0-306-40615-7","url":"http://x.org",
    "accessDate":"2020-01-02","abstractNote":"Abs","language":"en","tags":[{"tag":"a"},{"tag":"b","type":1}],
    "extra":"PMID: 123\nCitation Key: lee2019\nOriginal Date: 1900","shortTitle":"Ch","itemID":"x1",
    "attachments":[],"notes":[{"note":"<p>Read it</p>"}],"seeAlso":[],"mystery":"m"}])");
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "chapter");
  CHECK(r.container_title == "The Book");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Lee");
  REQUIRE(r.editors.size() == 1);
  CHECK(r.editors[0].literal == "WHO");
  CHECK(extra_values(r, "translator") == std::vector<std::string>{"Roe, Tom"});
  CHECK(r.issued.year == 2019);
  CHECK(r.issued.month == 3);
  CHECK(r.issued.day == 5);
  CHECK(extra_values(r, "edition") == std::vector<std::string>{"2"});
  CHECK(extra_values(r, "collection-title") == std::vector<std::string>{"S"});
  CHECK(r.publisher_place == "Paris");
  CHECK(r.pages == "10-20");
  CHECK(r.doi == "10.1000/abc");
  CHECK(r.isbn == std::vector<std::string>{"978-0-306-40615-7"});
  CHECK(r.url == "http://x.org");
  CHECK(extra_values(r, "accessed") == std::vector<std::string>{"2020-01-02"});
  CHECK(r.abstract == "Abs");
  CHECK(r.language == "en");
  CHECK(r.keywords == std::vector<std::string>{"b"});  // zrdf40: the automatic tag (type 1)
  CHECK(extra_values(r, std::string(kLibraryTag)) == std::vector<std::string>{"a"});  // the manual one: a refnet tag
  CHECK(r.pmid == "123");
  CHECK(r.citekey == "lee2019");
  CHECK(extra_values(r, "extra") == std::vector<std::string>{"Original Date: 1900"});
  CHECK(extra_values(r, "shortTitle") == std::vector<std::string>{"Ch"});
  CHECK(extra_values(r, "mystery") == std::vector<std::string>{"m"});
  CHECK(extra_values(r, std::string(kLibraryNote)) == std::vector<std::string>{"Read it"});  // zrdf40: a refnet note
  // Zotero's bookkeeping (itemID) is dropped with one warning naming it.
  bool named = false;
  for (const auto& d : p.diags.items())
    if (d.severity == Severity::warning && d.message.find("itemID") != std::string::npos) named = true;
  CHECK(named);
}

TEST_CASE("an unknown item type is a document, with a warning; a bad item is one error", "[zotero-json]") {
  Parsed p = parse_string(R"([{"itemType":"spaceship","title":"A"}, 3, {"itemType":"book","title":"B"}])");
  CHECK(p.stats.records == 2);
  CHECK(p.stats.rejected == 1);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].type == "document");
  CHECK(extra_values(p.records[0], "itemType") == std::vector<std::string>{"spaceship"});
  CHECK(p.diags.warnings() >= 1);
  CHECK(p.records[1].type == "book");
  CHECK(p.records[1].provenance.line == 1);
}

// The oracle: each expected.json of Zotero's translator tests, read back.
TEST_CASE("Zotero's expected items read back with their creators, titles, types and years", "[zotero-json]") {
  std::size_t files = 0, items = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(fixture("corpora/zotero-cases"))) {
    std::string path = entry.path().string();
    if (!ends_with(path, ".expected.json")) continue;
    auto expected = nlohmann::json::parse(slurp(path));
    if (expected.is_object()) expected = nlohmann::json::array({expected});
    Parsed p = parse_file(path);
    INFO(path);
    ++files;
    CHECK(p.diags.errors() == 0);
    REQUIRE(p.records.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const auto& z = expected[i];
      const Record& r = p.records[i];
      INFO("item " << i);
      ++items;
      CHECK(r.provenance.format == "zotero-json");
      if (z.contains("title")) CHECK(r.title == collapse_space(z["title"].get<std::string>()));
      std::size_t authors = 0, editors = 0;
      for (const auto& c : z.value("creators", nlohmann::json::array())) {
        std::string t = c.value("creatorType", "author");
        // A patent's inventor is its author, as Zotero's CSL mapping has it;
        // so are the artist, cartographer, programmer and performer of the
        // MODS cases' photograph, map, program and recording.
        authors += t == "author" || t == "inventor" || t == "artist" || t == "cartographer" || t == "programmer" ||
                   t == "performer";
        editors += t == "editor";
      }
      CHECK(r.authors.size() == authors);
      CHECK(r.editors.size() == editors);
      CHECK((r.type != "article-journal" || z["itemType"] == "journalArticle"));
      if (z["itemType"] == "book") CHECK(r.type == "book");
      if (z["itemType"] == "bookSection") CHECK(r.type == "chapter");
      std::string date = z.value("date", "");
      if (date.size() >= 4 && is_digit(date[0]) && is_digit(date[3]) && (date.size() == 4 || !is_digit(date[4])))
        CHECK(r.issued.year == std::stoi(date.substr(0, 4)));
    }
  }
  CHECK(files >= 40);
  CHECK(items >= 70);
}

TEST_CASE("JSON of another dialect read as Crossref is not thinned without a word", "[zotero-json]") {
  Parsed p = parse_string(R"([{"title":["T"],"writers":[{"n":"A"}],"year":1999}])", Format::crossref);
  REQUIRE(p.records.size() == 1);
  CHECK(extra_values(p.records[0], "writers").size() == 1);
  bool named = false;
  for (const auto& d : p.diags.items())
    if (d.severity == Severity::warning && d.message.find("writers, year") != std::string::npos) named = true;
  CHECK(named);
}

TEST_CASE("Zotero JSON: a creator 'Anonymous' is no author: dropped with a warning", "[zotero-json][export11]") {
  Parsed p = parse_string(R"([{"itemType":"journalArticle","title":"T","creators":[
    {"firstName":"","lastName":"Anonymous","creatorType":"author"},{"name":"Anon.","creatorType":"author"},
    {"firstName":"Ann","lastName":"Lee","creatorType":"author"}]}])");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Lee");
  std::size_t said = 0;
  for (const auto& d : p.diags.items()) said += d.message.find("is a placeholder for no author") != std::string::npos;
  CHECK(said == 2);
}

// export11: Zotero writes a family name's particle in lastName ("van Raaij",
// "von Hicks") and a suffix after a comma in firstName ("Michael, III").
// Read as the MEDLINE and BibTeX readers read the same names, so that keys,
// sorting and the BibTeX export ("von Hicks, III, Michael": biber sorts it
// under H) agree whichever file the work came from.
TEST_CASE("Zotero JSON: a particle in lastName and a suffix in firstName are split as other readers do",
          "[zotero-json][export11]") {
  Parsed z = parse_file(fixture("corpora/zotero-cases/medline/001.expected.json"));
  Parsed m = parse_file(fixture("corpora/zotero-cases/medline/001.input.txt"));
  REQUIRE(!z.records.empty());
  REQUIRE(!m.records.empty());
  REQUIRE(!z.records[0].authors.empty());
  REQUIRE(!m.records[0].authors.empty());
  CHECK(z.records[0].authors[0].particle == "van");
  CHECK(z.records[0].authors[0].family == "Raaij");
  CHECK(z.records[0].authors[0].particle == m.records[0].authors[0].particle);
  CHECK(z.records[0].authors[0].family == m.records[0].authors[0].family);

  Parsed b = parse_file(fixture("corpora/zotero-cases/bibtex/003.expected.json"));
  REQUIRE(!b.records.empty());
  REQUIRE(!b.records[0].authors.empty());
  const Creator& h = b.records[0].authors[0];
  CHECK(show({h}) == "{von|Hicks|III|Michael|} ");
  CHECK(bibtex_out::format_names({h}, false) == "von Hicks, III, Michael");

  // One lower-case word, or words that are no particles, stay whole.
  Parsed o = parse_string(R"([{"itemType":"book","title":"T","creators":[
    {"firstName":"sudhin","lastName":"jacob","creatorType":"author"},
    {"firstName":"Wei","lastName":"zhou wei","creatorType":"author"},
    {"firstName":"Jan","lastName":"van der Berg","creatorType":"author"}]}])");
  REQUIRE(o.records.size() == 1);
  CHECK(show(o.records[0].authors) == "{|jacob||sudhin|} {|zhou wei||Wei|} {van der|Berg||Jan|} ");
}

// export12: Zotero's date is free text; "2010 January/February" (a double
// issue), "Spring 2019", "2019/2020" and "Winter 2018-2019" gave no year or
// lost their second part.  The year is read, the text kept, the rest said.
TEST_CASE("export12: Zotero and CSL-JSON free dates keep their year and their text", "[zotero-json][csl][export12]") {
  struct Case {
    const char* date;
    int year, month, end_year;
    bool text;  // kept as Date::text (says more than the numbers)
  };
  const Case cases[] = {
      {"2010 January/February", 2010, 1, 0, true}, {"Spring 2019", 2019, 0, 0, true},
      {"2019/2020", 2019, 0, 2020, false},         {"Winter 2018-2019", 2018, 0, 0, true},
      {"Mar/Apr 2007", 2007, 3, 0, true},          {"2018/ed", 2018, 0, 0, true},
      {"2019-05-03", 2019, 5, 0, false},           {"2007/03/01", 2007, 3, 0, false},
  };
  for (const Case& c : cases) {
    INFO(c.date);
    std::string item = std::string(R"({"itemType":"journalArticle","title":"A","date":")") + c.date + "\"}";
    std::string literal = std::string(R"({"type":"article-journal","id":"a","title":"A","issued":{"literal":")") + c.date + "\"}}";
    for (const std::string& json : {"[" + item + "]", "[" + literal + "]"}) {
      Parsed p = parse_string(json);
      REQUIRE(p.records.size() == 1);
      const Date& d = p.records[0].issued;
      CHECK(d.year == c.year);
      CHECK(d.month == c.month);
      CHECK(d.end_year == c.end_year);
      CHECK(d.text == (c.text ? std::string(c.date) : std::string()));
      // What the numbers do not say is named in a warning.
      bool warned = false;
      for (const auto& x : p.diags.items()) warned = warned || x.message.find(c.date) != std::string::npos;
      CHECK(warned == c.text);
    }
  }
}

// names19: Zotero's lastName alone naming an organisation is a literal.
TEST_CASE("Zotero: a lastName alone that names an organisation is a literal", "[zotero-json]") {
  Parsed p = parse_string(R"([{"itemType":"report","title":"A report","creators":[
    {"creatorType":"author","lastName":"World Health Organization","firstName":""},
    {"creatorType":"author","lastName":"Smith","firstName":"Ann"}]}])");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 2);
  CHECK(a[0].literal == "World Health Organization");
  CHECK(a[1].family == "Smith");
}

// audit43: the name parts the Zotero RDF reader meets in real libraries
// ("Mitchell, Jr" in a surname, "Reich," and "Simon" of a name split at its
// last space) are Zotero's own fields, read by one rule in both readers; a
// given name of initials before the comma is no family name, a comma alone
// is no name.
TEST_CASE("Zotero items: a suffix in lastName, a comma ending firstName, read as in Zotero RDF", "[zotero-json]") {
  Parsed p = parse_string(R"([{"itemType":"journalArticle","title":"T","creators":[
    {"creatorType":"author","lastName":"Mitchell, Jr","firstName":"Vernon"},
    {"creatorType":"author","lastName":"Simon","firstName":"Reich,"},
    {"creatorType":"author","lastName":"Harrell","firstName":"Frank E.,"},
    {"creatorType":"author","lastName":"Cole","firstName":","},
    {"creatorType":"author","lastName":"Michael","firstName":"George, III"}]}])");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 5);
  CHECK((a[0].family == "Mitchell" && a[0].given == "Vernon" && a[0].suffix == "Jr"));
  CHECK((a[1].family == "Reich" && a[1].given == "Simon"));
  CHECK((a[2].family == "Harrell" && a[2].given == "Frank E."));
  CHECK((a[3].family == "Cole" && a[3].given.empty()));
  CHECK((a[4].family == "Michael" && a[4].given == "George" && a[4].suffix == "III"));
  CHECK(said(p, "Zotero author: the given name 'Reich,' ends in a comma: the family name, read as 'Reich, Simon'"));
  CHECK(said(p, "Zotero author: a comma ends the given name 'Frank E.,': dropped"));
}
