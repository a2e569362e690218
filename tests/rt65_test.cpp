// rt65: refnet's own CSV/TSV export read back without loss (issue 11, session 65), and R's character vectors
// written into BibTeX by R packages.
//
// The lead's round-trip run of session 64 (every corpora file imported, exported, read back into the same library)
// left CSV and TSV behind the other formats: rows of refnet's own table were rejected ("table row has no title, no
// author and no DOI; skipped": works refnet keeps and exports) or made works of their own ("new": a row under the
// work's own key, its title and year, that dedup's score alone did not call the same work: a title without authors,
// biber's test entries that differ only in fields the CSV does not write).  Files: fixtures/corpora (origins in
// fixtures/SOURCES.md and corpora/MANIFEST.tsv).
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Main e31e1f94, refnet's own CSV (TSV alike) read back: biber's examples.bib 15 rows rejected (a key and pages
// only: pages1..pages9) and 26 new (alias1 "Alias, Alan" 2005 without a title; cms "The Chicago Manual of Style"
// 2003 without authors; i1, lne1, tmn1... "A title" by AAA, BBB, CCC, told apart by fields the CSV does not write);
// biber's xdata.bib 4 new; rispy's multiline RIS 3 rejected (its records hold notes only: the row is the key);
// JabRef's windows-1252 file 1 rejected (an abstract only); rispy's BOM record (a DOI only) "merged by identifier";
// Zotero's BibTeX case 008 (titles without authors or year) 7 new; zotero-translators' 002 RIS 44 new.
TEST_CASE("rt65: refnet's own CSV and TSV read back as the works they were written from", "[rt65]") {
  const char* const files[] = {
      "corpora/biber__examples.bib",
      "corpora/biber__xdata.bib",
      "corpora/rispy__example_multiline.ris",
      "corpora/rispy__example_bom.ris",
      "corpora/jabref__encoding-windows-1252-with-header.bib",
      "corpora/zotero-translators__002.input.ris",
  };
  for (const char* file : files)
    for (const char* format : {"csv", "tsv"}) {
      CliLibrary lib;
      const nlohmann::json first = lib.import_json(fixture(file));
      const int works = first["new"].get<int>();
      REQUIRE(works > 0);
      std::string told;
      const nlohmann::json back = lib.import_json(lib.exported(format, std::string("x.") + format), &told);
      INFO(file << " as " << format << ": " << back.dump() << told);
      CHECK(back["read"].get<int>() == works);
      CHECK(back["read_back"].get<int>() == works);
      CHECK(back["new"].get<int>() == 0);
      CHECK(back["merged_by_identifier"].get<int>() == 0);
      CHECK(back["rejected"].get<int>() == 0);
      CHECK(back["updated"].get<int>() == 0);
      CHECK(told.find("already names work") == std::string::npos);
    }
}

// sjgknight/creds-hugo-research-group's r-scripts/cites.bib (RefManageR's BibTeX of a data frame, 1,690 entries):
// 1,248 Author fields are R's character vector, `c("Abel, S", "Kitto, Kirsty", "Knight, Simon", "{Buckingham Shum},
// Simon")`.  Main e31e1f94 read each as one name (family `c("Abel`...: 1,233 works' first author so, which keys,
// dedup and every network took for a person), and a list ending in Google Scholar's cut `"{..."` opened a brace that
// never closed: the value ran on through the next lines (144 "unbalanced '{'" warnings, 10 entries rejected).
TEST_CASE("rt65: an R character vector in a BibTeX name field is the list of names it holds", "[rt65]") {
  const Parsed p = parse_file(fixture("bibtex/r_vector_cites.bib"));
  std::string told;
  for (const Diagnostic& d : p.diags.items()) told += d.format() + "\n";
  INFO(told);
  REQUIRE(p.records.size() == 6);
  CHECK(family_given(p.records[0].authors) == "Abel, S; Kitto, Kirsty; Knight, Simon; Buckingham Shum, Simon");
  CHECK(p.records[0].title == "Designing Personalised, Automated Feedback to Develop Students' Research Writing Skills");
  // Google Scholar's cut list: the names it gives, and 'others' (BibTeX's) for the rest.
  CHECK(family_given(p.records[1].authors) == "Abidin, C; van der Nagel, E; Johns, Amelia; Bailo, F; Rodriguez, A; others");
  CHECK(p.records[1].doi == "10.5210/spir.v2020i0.11109");
  CHECK(p.records[1].container_title == "AoIR Selected Papers of Internet Research");
  CHECK(family_given(p.records[2].authors) == "Aerts, S; Kitto, Kirsty; Sitbon, L");
  CHECK(p.records[2].pages == "13-24");
  CHECK(family_given(p.records[3].authors) == "Kearney, Matthew; Pressick-Kilborn, Kimberley; others");
  // RefManageR's title "{STUDENTS}}'{{USE OF ...}}" closed the entry after STUDENTS: the rest of its line, its
  // year and two more fields were lost, said only as "incomplete record (no year)".
  CHECK(p.records[3].title == "STUDENTS'USE OF DIGITAL VIDEO IN CONTEMPORARY SCIENCE TEACHER EDUCATION");
  CHECK(p.records[3].issued.year == 2015);
}

// The same file: "Title = {HELEN ABADZI}}," and "Type = {BOOK}},": the second '}' closed the entry, and the fields
// on the lines after it (the year, the DOI) were lost, said only as "incomplete record (no year)" (main e31e1f94:
// 106 of the file's entries lost their year against the same library's cites_2.bib, 66 + 41 of them so).
TEST_CASE("rt65: a '}' after a BibTeX value that would close the entry before more fields is the value's", "[rt65]") {
  const Parsed p = parse_file(fixture("bibtex/r_vector_cites.bib"));
  REQUIRE(p.records.size() == 6);
  CHECK(p.records[4].title == "HELEN ABADZI");
  CHECK(p.records[4].issued.year == 2014);
  CHECK(p.records[4].doi == "10.1007/s11125-014-9297-y");
  CHECK(p.records[5].issued.year == 2012);
  CHECK(p.records[5].type == "book");
  CHECK(said(p, "would close the entry, but the entry goes on") == 3);
  CHECK(said(p, "incomplete record") == 0);
  // The rewrite said, once, with its count and the braces dropped.
  CHECK(said(p, "6 values are R's character vector") == 1);
  CHECK(said(p, "3 unbalanced braces inside the strings dropped") == 1);
  CHECK(said(p, "unbalanced '{' in the value of field 'Author'") == 0);
}
