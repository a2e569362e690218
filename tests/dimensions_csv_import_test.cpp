// The Dimensions CSV importer.  fixtures/dimensions/umbrella-review__dimensions-like.csv
// is hand-made in Dimensions' publication export layout (its note line, its
// quoted header and cells, "Family, Given" authors, the
// [authors]|title|source|year|volume|issue|pages|DOI|pub.ID| cited
// references) with works of the umbrella-review WoS export; no Dimensions
// export with a licence allowing redistribution was found (see SOURCES.md).
#include <catch2/catch.hpp>

#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("Dimensions CSV: the note line, records, cited references", "[dimensions]") {
  Parsed p = parse_file(fixture("dimensions/umbrella-review__dimensions-like.csv"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::error, 7, "row has 7 cells, the header 41; skipped"));
  // R's missing value: no value (before: "PMID is not a number, kept in extra: NA").
  CHECK(has_diag(p.diags, Severity::warning, 5, "PMID: 'NA' in 1 row read as no value"));
  CHECK(has_diag(p.diags, Severity::warning, 4,
                 "cited reference is not in Dimensions' [authors]|title|source|year|... layout, kept as text: DfID 1999"));

  const Record& r = p.records[0];
  CHECK(r.provenance.format == "dimensions");
  CHECK(default_source_label(r) == "Dimensions");  // the database a review counts it under
  CHECK(r.provenance.line == 3);  // after the note line and the header
  CHECK(r.type == "article-journal");
  CHECK(r.title == "Critical review of urban community resilience indicators");
  CHECK(r.doi == "10.1108/sasbe-08-2022-0180");
  CHECK(r.container_title == "Smart and Sustainable Built Environment");
  CHECK(show(r.issued) == "2023/2/28/");
  CHECK(r.volume == "13");
  CHECK(r.issue == "1");
  CHECK(r.pages == "141-158");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[0].family == "Osei-Kyei");
  CHECK(r.authors[0].given == "Robert");
  CHECK(r.url == "https://doi.org/10.1108/sasbe-08-2022-0180");
  CHECK(r.get_extra("Publication ID") == "pub.1155887366");
  CHECK(r.get_extra("Times cited") == "14");
  CHECK(r.get_extra("Rank") == "1");
  REQUIRE(r.references.size() == 3);
  const Reference& c = r.references[1];
  CHECK(c.author == "Osei-Kyei, Robert");  // the first of the bracketed authors
  CHECK(c.title == "Systematic review of critical infrastructure resilience indicators");
  CHECK(c.container == "Construction Innovation");
  CHECK(c.year == "2022");
  CHECK(c.volume == "23");
  CHECK(c.first_page == "1210");
  CHECK(c.doi == "10.1108/ci-03-2021-0047");
  CHECK(starts_with(c.raw, "[Osei-Kyei, Robert; Almeida"));

  // A date without month; a reference that is not in the layout kept as raw text.
  const Record& laurien = p.records[1];
  CHECK(show(laurien.issued) == "2022/0/0/");
  REQUIRE(laurien.references.size() == 3);
  CHECK(laurien.references[2].raw == "DfID 1999 Sustainable livelihoods guidance sheets");
  CHECK(laurien.references[2].doi.empty());

  // A chapter: its book (Anthology title) is the container; ISBN.
  const Record& chapter = p.records[3];
  CHECK(chapter.type == "chapter");
  CHECK(chapter.container_title == "Agricultural Survey Methods");
  CHECK(chapter.isbn == std::vector<std::string>{"9780470741528"});
  CHECK(show(chapter.issued) == "2010/3/0/");
}

TEST_CASE("Dimensions CSV: detected with or without its note line, before Scopus CSV", "[dimensions]") {
  const std::string header =
      "\"Rank\",\"Publication ID\",\"DOI\",\"PMID\",\"PMCID\",\"Title\",\"Abstract\",\"Source title\",\"PubYear\","
      "\"Volume\",\"Issue\",\"Pagination\",\"Publication Type\",\"Authors\",\"Times cited\",\"Cited references\"\n";
  const std::string row = "\"1\",\"pub.1\",\"10.1000/x\",\"\",\"\",\"A title\",\"\",\"J\",\"2020\",\"1\",\"2\",\"3-4\","
                          "\"Proceeding\",\"Doe, Jane\",\"0\",\"\"\n";
  for (const std::string& note :
       {std::string(), std::string("About the data: Exported on Nov 30, 2026. Criteria: x, y.\n"),
        std::string("\"About the data: Exported on Nov 30, 2026. Criteria: \"\"x\"\", y.\"\n")}) {
    INFO(note);
    Detection d = detect_formats(note + header + row);
    CHECK(d.dimensions_csv);
    CHECK_FALSE(d.scopus_csv);
    Parsed p = parse_string(note + header + row);
    REQUIRE(p.records.size() == 1);
    for (const auto& x : p.diags.items()) INFO(x.message);
    CHECK(p.diags.errors() + p.diags.warnings() == 0);
    CHECK(p.records[0].type == "paper-conference");
    CHECK(p.records[0].issued.year == 2020);
    CHECK(p.records[0].pages == "3-4");
  }
  CHECK(describe_content(header + row) == "Dimensions CSV");
  CHECK(parse_format_name("dimensions") == Format::dimensions_csv);
  CHECK(format_name(Format::dimensions_csv) == "dimensions");
  Parsed forced = parse_string(header + row, Format::lens_csv);
  CHECK(forced.records.empty());
  CHECK(forced.diags.errors() == 1);
}

TEST_CASE("Dimensions CSV: 'Anonymous' is no author, dropped with a warning as in every other reader", "[dimensions]") {
  Parsed p = parse_string(
      "\"Rank\",\"Publication ID\",\"DOI\",\"Title\",\"Source title\",\"PubYear\",\"Authors\"\n"
      "\"1\",\"pub.1\",\"10.1000/e\",\"Editorial\",\"J\",\"2020\",\"Anonymous\"\n"
      "\"2\",\"pub.2\",\"10.1000/p\",\"A paper\",\"J\",\"2020\",\"Doe, Jane; Anonymous\"\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].authors.empty());
  REQUIRE(p.records[1].authors.size() == 1);
  CHECK(p.records[1].authors[0].family == "Doe");
  CHECK(has_diag(p.diags, Severity::warning, 2, "'Anonymous' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
  CHECK(has_diag(p.diags, Severity::warning, 3, "'Anonymous' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
}

// doi17 (issue #11): a cited reference's DOI repaired, or dropped as no DOI, is said.
TEST_CASE("Dimensions CSV: a cited reference's repaired or rejected DOI is said", "[dimensions][doi17]") {
  Parsed p = parse_string(
      "\"Rank\",\"Publication ID\",\"DOI\",\"Title\",\"Source title\",\"PubYear\",\"Authors\",\"Cited references\"\n"
      "\"1\",\"pub.1\",\"10.1000/p\",\"A paper\",\"J\",\"2020\",\"Doe, Jane\","
      "\"[Lee, Ann]|Cited one|J Two|2001|3|1|5-9|10.1177/0885412220921526journals.sagepub.com/home/jpl|pub.2|;"
      "[Kim, Bo]|Cited two|J Three|2002|4|2|7|not-a-doi|pub.3|\"\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[0].doi == "10.1177/0885412220921526");
  CHECK(r.references[1].doi.empty());
  CHECK(r.references[1].raw.find("not-a-doi") != std::string::npos);
  REQUIRE(p.diags.items().size() == 2);
  CHECK(p.diags.items()[0].line == 2);
  CHECK(p.diags.items()[0].message.find("cited reference DOI 10.1177/0885412220921526journals.sagepub.com/home/jpl "
                                        "repaired (web address 'journals.sagepub.com/home/jpl' after it removed)") == 0);
  CHECK(p.diags.items()[1].message ==
        "cited reference DOI is not a DOI, dropped (the reference keeps its text): not-a-doi");
}

TEST_CASE("A CSV export re-saved by a spreadsheet with ';' as separator is said once at its header", "[dimensions]") {
  // Two real Dimensions exports (252 rows each) opened in a spreadsheet
  // whose separator is ';' and saved again: every row was cut at the ';' in
  // its MeSH terms, authors and abstract, and every row was rejected with
  // "row has N cells, the header 35", nothing saying why.
  Parsed p = parse_file(fixture("dimensions/excel_semicolon_resaved.csv"));
  CHECK(p.records.empty());
  CHECK(p.stats.rejected == 2);
  CHECK(has_diag(p.diags, Severity::error, 1,
                 "the header ends in ';;': this Dimensions export was re-saved by a spreadsheet that separates "
                 "cells with ';'"));
}
