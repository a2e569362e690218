// Lead, session 55 (issue #11): a diagnostic about a record says where the
// record starts, line AND column.  A one-line EndNote XML, JSON or BibTeX
// export holds every record on line 1: "file.xml:1:" named none of them.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// The one diagnostic saying `part`: its line and column.
std::pair<std::uint32_t, std::uint32_t> where(const Parsed& p, std::string_view part) {
  REQUIRE(said(p, part) == 1);
  for (const Diagnostic& d : p.diags.items())
    if (d.message.find(part) != std::string::npos) return {d.line, d.column};
  return {0, 0};
}

// 1-based column, in characters, of byte `offset` of a one-line text.
std::uint32_t column_of(const std::string& text, std::size_t offset) {
  return static_cast<std::uint32_t>(utf8_length(std::string_view(text).substr(0, offset)) + 1);
}

}  // namespace

TEST_CASE("a record-level diagnostic in a one-line export names the record's column", "[lead55]") {
  SECTION("EndNote XML") {
    const std::string text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><xml><records><record><ref-type name=\"Journal Article\">17"
        "</ref-type><contributors><authors><author>Smith, John</author></authors></contributors><titles><title>"
        "A first work on soil</title><secondary-title>Soil Biology</secondary-title></titles><dates><year>2001"
        "</year></dates></record><record><ref-type name=\"Journal Article\">17</ref-type><contributors><authors>"
        "<author>Jones, Ann</author></authors></contributors><titles><title>RETRACTED: A second work on water"
        "</title><secondary-title>Water Research</secondary-title></titles><dates><year>2002</year></dates>"
        "</record></records></xml>\n";
    Parsed p = parse_string(text);
    REQUIRE(p.records.size() == 2);
    const std::size_t second = text.find("<record>", text.find("<record>") + 1);
    CHECK(p.records[0].provenance.line == 1);
    CHECK(p.records[0].provenance.column == column_of(text, text.find("<record>")));
    CHECK(p.records[1].provenance.column == column_of(text, second));
    auto [line, column] = where(p, "a retracted work");
    CHECK(line == 1);
    CHECK(column == column_of(text, second));
  }
  SECTION("BibTeX: columns count characters, not bytes") {
    const std::string text =
        "@article{a, title={Café and thé}, author={Smith, John}, journal={J}, year={2001}} "
        "@article{b, title={RETRACTED: Water}, author={Jones, Ann}, journal={W}, year={2002}}\n";
    Parsed p = parse_string(text);
    REQUIRE(p.records.size() == 2);
    const std::size_t second = text.find("@article{b");
    CHECK(column_of(text, second) + 2 == second + 1);  // two two-byte characters before it
    CHECK(p.records[0].provenance.column == 1);
    CHECK(p.records[1].provenance.column == column_of(text, second));
    auto [line, column] = where(p, "a retracted work");
    CHECK(line == 1);
    CHECK(column == column_of(text, second));
  }
  SECTION("CSL-JSON") {
    const std::string text =
        "[{\"type\":\"article-journal\",\"title\":\"Über soil\",\"author\":[{\"family\":\"Smith\",\"given\":\"John\"}],"
        "\"issued\":{\"date-parts\":[[2001]]}},{\"type\":\"article-journal\",\"title\":\"RETRACTED: Water\","
        "\"author\":[{\"family\":\"Jones\",\"given\":\"Ann\"}],\"issued\":{\"date-parts\":[[2002]]}}]\n";
    Parsed p = parse_string(text);
    REQUIRE(p.records.size() == 2);
    const std::size_t second = text.find("{\"type\"", 2);
    auto [line, column] = where(p, "a retracted work");
    CHECK(line == 1);
    CHECK(column == column_of(text, second));
  }
  SECTION("PubMed XML") {
    auto article = [](const std::string& pmid, const std::string& title) {
      return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><Journal><Title>Soil Biology</Title>"
             "<JournalIssue><PubDate><Year>2001</Year></PubDate></JournalIssue></Journal><ArticleTitle>" + title +
             "</ArticleTitle><AuthorList><Author><LastName>Smith</LastName><ForeName>John</ForeName></Author>"
             "</AuthorList></Article></MedlineCitation></PubmedArticle>";
    };
    const std::string text = "<?xml version=\"1.0\"?><PubmedArticleSet>" + article("111", "A first work") +
                             article("222", "RETRACTED: A second work") + "</PubmedArticleSet>\n";
    Parsed p = parse_string(text);
    REQUIRE(p.records.size() == 2);
    auto [line, column] = where(p, "a retracted work");
    CHECK(line == 1);
    CHECK(column == column_of(text, text.find("<PubmedArticle>", 50)));
  }
  SECTION("RIS: a record starts its line") {
    Parsed p = parse_string(
        "TY  - JOUR\nTI  - A first work\nAU  - Smith, John\nPY  - 2001\nER  - \n\n"
        "TY  - JOUR\nTI  - RETRACTED: A second work\nAU  - Jones, Ann\nPY  - 2002\nER  - \n");
    REQUIRE(p.records.size() == 2);
    auto [line, column] = where(p, "a retracted work");
    CHECK(line == 7);
    CHECK(column == 1);
  }
}

TEST_CASE("a record's column is kept in the library's copy of its source", "[lead55]") {
  Record r;
  r.title = "T";
  r.provenance.file = "a.xml";
  r.provenance.format = "endnote-xml";
  r.provenance.line = 1;
  r.provenance.column = 4711;
  Record back = record_from_json(to_json(r));
  CHECK(back.provenance.column == 4711);
  CHECK(source_position(back.provenance) == "a.xml:1:4711");
  // Most records start a line: no "column" written, read back as 1.
  r.provenance.column = 1;
  CHECK(to_json(r).find("column") == std::string::npos);
  CHECK(record_from_json(to_json(r)).provenance.column == 1);
}

TEST_CASE("columns counted on along one long line agree with columns counted from its start", "[lead55]") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += i % 3 ? "ab" : "é—";
  text += "\nx\n";
  Diagnostics along;
  along.set_source("t", text);
  for (std::size_t off = 0; off < text.size(); off += 7) {
    while (off < text.size() && (static_cast<unsigned char>(text[off]) & 0xC0) == 0x80) ++off;
    Diagnostics fresh;
    fresh.set_source("t", text);
    CHECK(along.position(off) == fresh.position(off));
  }
  // Back again on the same line: counted from its start, not from the last offset.
  CHECK(along.position(600).first == 1);
  CHECK(along.position(2) == std::make_pair(std::uint32_t{1}, std::uint32_t{2}));
}
