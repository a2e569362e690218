// lead60 (issue #11): HTML character references that a reader left as text.
// Each reader of a format without escapes decodes them (RIS, MEDLINE, WoS,
// IEEE CSV, Zotero JSON, BibTeX's '&amp;'), but only where it looked: RIS
// and Zotero skipped any value holding a '<' ("p < 0.05 &amp; ..."), BibTeX
// leaves '&lt;' and '&gt;' to a reading of escaped markup that only abstracts
// get, and Scopus's CSV reader decoded nothing (litsearchr's real 2019 Scopus
// CSV: "recent (&lt;4 years old) wildfire").  Now what is left after the
// reader is decoded by the import's shared cleanup, and said.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("RIS: a value with a '<' of text has its character references decoded", "[lead60]") {
  Parsed p = parse_file(fixture("entities/ris_text_less_than.ris"));
  REQUIRE(p.records.size() == 2);
  const Record* r = titled(p.records, "Mortality");
  REQUIRE(r != nullptr);
  CHECK(r->title == "Mortality at p < 0.05 & beyond in R&D");
  CHECK(r->container_title == "Journal of Trials & Errors");
  CHECK(r->abstract == "Children <5 years & adults \u226565 years.");
  // A title in markup keeps its tags, and its '&amp;' is an '&' too: a
  // title's rich text holds its characters as they are (before: '&amp;'
  // kept, which the BibTeX writer wrote '\&amp;' and CSL-JSON '&amp;amp;').
  const Record* coli = titled(p.records, "<i>Escherichia coli</i>");
  REQUIRE(coli != nullptr);
  CHECK(coli->title == "<i>Escherichia coli</i> & friends");
  // RIS's reader says the values it decoded; the title in markup, which it
  // leaves to the rich-text reading, is said by the import's cleanup.
  CHECK(said(p, "character references") == 2);
  CHECK(said(p, "3 values hold HTML character references") == 1);
  CHECK(said(p, "Scopus's RIS") == 1);
  CHECK(said(p, "left as text ('<i>Escherichia coli</i> &amp; friends')") == 1);
}

TEST_CASE("BibTeX: '&lt;' and '&gt;' of text are the characters", "[lead60]") {
  Parsed p = parse_file(fixture("entities/bibtex_lt_gt.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Mortality at p < 0.05 and >65 years");
  CHECK(said(p, "character references") == 1);
}

TEST_CASE("Scopus CSV: character references in an abstract are the characters", "[lead60]") {
  Parsed p = parse_file(fixture("corpora/litsearchr__scopus_2019.csv"));
  REQUIRE(p.records.size() == 4);
  std::size_t left = 0, decoded = 0;
  for (const Record& r : p.records) {
    left += r.abstract.find("&lt;") != std::string::npos;
    decoded += r.abstract.find("(<4 years old)") != std::string::npos;
  }
  CHECK(left == 0);
  CHECK(decoded == 1);
  CHECK(said(p, "character references") == 1);
}

TEST_CASE("EndNote tagged: the entity warning names EndNote's format, not RIS", "[lead60]") {
  Parsed p = parse_file(fixture("entities/endnote_tagged.enw"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Mortality & R&D at p < 0.05");
  CHECK(said(p, "character references") == 1);
  CHECK(said(p, "RIS has no escapes") == 0);
}

// UTF-8 read as Windows-1252 and written again, as databases hand it on:
// Scopus's CSV (cited references: "Cahiers de GÃ©ographie Du QuÃ©bec" in
// umbrella-review's scopus.csv; "FrÃ­sen, Frísen" in bibliotobler's),
// Zotero's CSV ("Copyright Â© 2011" in ASySD's), EndNote's XML ("â€œinvestigating
// ... textilesâ€�" in dedupe-sweep's copper.xml).  Before: kept as written
// without a word, so a cited work or a name split from the same one written
// right.
TEST_CASE("mojibake: UTF-8 read as Windows-1252 is repaired, text that only looks so is not", "[lead60]") {
  Parsed p = parse_file(fixture("entities/mojibake.ris"));
  REQUIRE(p.records.size() == 2);
  const Record* r = titled(p.records, "Children");
  REQUIRE(r != nullptr);
  CHECK(r->title == "Children\u2019s literature and the \u201cinvestigating microbial\u201d study");
  REQUIRE(r->authors.size() == 2);
  CHECK(r->authors[0].family == "Fran\u00e7ois");
  CHECK(r->authors[1].family == "G\u00fcnther");
  CHECK(r->authors[1].given == "\u00c5sa");
  CHECK(r->container_title == "Cahiers de G\u00e9ographie du Qu\u00e9bec");
  CHECK(r->abstract == "Ten sites (\u00b12 km) in Qu\u00e9bec.");
  bool funding = false;
  for (const ExtraField& f : r->extra) funding = funding || f.value.find("Forskningsr\u00e5d") != std::string::npos;
  CHECK(funding);
  // Portuguese "NÃO", French "ÉTÉ»" in guillemets: text.
  const Record* text = titled(p.records, "\u00abL'\u00c9T\u00c9\u00bb");
  REQUIRE(text != nullptr);
  CHECK(text->title == "\u00abL'\u00c9T\u00c9\u00bb au Br\u00e9sil: N\u00c3O, disse o Caf\u00e9");
  // "×" and "Ø" before a no-break space or "°" are no Hebrew or Arabic letter
  // (ASySD's Zotero CSV: "14\u00a0×\u00a014\u00a0cm", twice in an abstract).
  CHECK(text->abstract == "A 14\u00a0\u00d7\u00a014\u00a0cm mass (\u00d8\u00b02 cm) grew 2\u00a0\u00d7\u00a0faster.");
  CHECK(said(p, "read as Windows-1252") == 1);
  CHECK(said(p, "'Childrenâ€™s literature") == 1);
}

TEST_CASE("mojibake in real exports: Scopus CSV cited references, Zotero CSV, EndNote XML", "[lead60]") {
  auto count = [](const Parsed& p, std::string_view s) {
    std::size_t n = 0;
    for (const Record& r : p.records) {
      std::string all = r.title + "\n" + r.abstract;
      for (const Reference& ref : r.references) all += "\n" + ref.raw + "\n" + ref.title + "\n" + ref.container;
      for (const ExtraField& f : r.extra) all += "\n" + f.value;
      n += all.find(s) != std::string::npos;
    }
    return n;
  };
  Parsed umbrella = parse_file(fixture("corpora/umbrella-review__scopus.csv"));
  CHECK(count(umbrella, "G\u00c3\u00a9ographie") == 0);
  CHECK(count(umbrella, "Cahiers de G\u00e9ographie Du Qu\u00e9bec") == 1);
  CHECK(said(umbrella, "read as Windows-1252") == 1);
  Parsed tobler = parse_file(fixture("corpora/bibliotobler__scopus.csv"));
  CHECK(count(tobler, "Fr\u00c3\u00adsen") == 0);
  CHECK(count(tobler, "Fr\u00edsen, Fr\u00edsen") == 1);
  Parsed asysd = parse_file(fixture("corpora/asysd__zotero_export.csv"));
  CHECK(count(asysd, "\u00c2\u00a9") == 0);
  CHECK(count(asysd, "Copyright \u00a9 2011 Elsevier") >= 1);
  Parsed copper = parse_file(fixture("corpora/dedupe-sweep__copper.xml"));
  CHECK(count(copper, "\u00e2\u20ac") == 0);
  CHECK(count(copper, "\u201cinvestigating microbial") == 2);
}

// refnet's own export read back is a copy of the works it was written from
// (user60): not counted by PRISMA, not a record of a search.  The import's
// summary said its records were "merged by identifier", as a database's
// duplicates are; now it says they were read back.
TEST_CASE("import: refnet's own export read back is said so, not 'merged by identifier'", "[lead60]") {
  TempDir dir;
  const std::string lib = " --library '" + (dir / "lib.sqlite") + "'";
  REQUIRE(run_refnet("import '" + fixture("corpora/decolonizing-expertise__savedrecs.txt") + "'" + lib).status == 0);
  const std::string bib = dir / "mine.bib";
  REQUIRE(run_refnet("export --format bibtex -o '" + bib + "'" + lib).status == 0);
  CommandResult text = run_refnet("import '" + bib + "'" + lib);
  REQUIRE(text.status == 0);
  CHECK(text.out.find("mine.bib: 50 read, 0 new, 0 merged by identifier") != std::string::npos);
  CHECK(text.out.find("50 read back as refnet's own export") != std::string::npos);
  CommandResult json = run_refnet("import '" + bib + "' --json" + lib);
  REQUIRE(json.status == 0);
  // The second time, the same text is already present.
  CHECK(json.out.find("\"present\":50") != std::string::npos);
  const std::string ris = dir / "mine.ris";
  REQUIRE(run_refnet("export --format ris -o '" + ris + "'" + lib).status == 0);
  CommandResult j = run_refnet("import '" + ris + "' --json" + lib);
  REQUIRE(j.status == 0);
  CHECK(j.out.find("\"merged\":0,\"merged_by_identifier\":0") != std::string::npos);
  CHECK(j.out.find("\"read_back\":50") != std::string::npos);
}
