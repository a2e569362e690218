// user53 (issue #11): a reference manager's library moved into refnet and
// exported again (BibTeX, biblatex, RIS, CSL-JSON) loses nothing on the way.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "refnet/exporter.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

struct Exported {
  std::string text;
  std::vector<std::string> warnings;
  // The number of warnings holding `part`.
  std::size_t said(const std::string& part) const {
    std::size_t n = 0;
    for (const auto& w : warnings) n += w.find(part) != std::string::npos;
    return n;
  }
};

Exported export_as(void (*write)(std::ostream&, const std::vector<Record>&, const ExportOptions&),
                   const std::vector<Record>& records) {
  ExportNotes notes;
  ExportOptions opt;
  opt.notes = &notes;
  std::ostringstream out;
  write(out, records, opt);
  return {out.str(), notes.warnings};
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t p = text.find(part); p != std::string::npos; p = text.find(part, p + 1)) ++n;
  return n;
}

}  // namespace

// Zotero's "Type" field (a preprint's, a report's, a letter's, a blog post's
// kind in the user's words; z:type in Zotero RDF, read as "genre") was written
// by no export: "279 values of genre (zotero-rdf) not written: CSL-JSON has no
// field for it" on a real 937-item Zotero RDF library (BP-ffiny/ddhi, no
// licence: measured, not committed), though CSL has genre, RIS M3 (where
// Zotero's RIS writes it) and BibTeX/biblatex `type`.
TEST_CASE("Zotero's Type field (z:type) is written by every export: CSL genre, RIS M3, BibTeX type",
          "[user53]") {
  Parsed p = parse_file(fixture("zotero_rdf/handmade_genres.rdf"));
  REQUIRE(p.records.size() == 3);
  const char* kinds[] = {"Arts - Performing arts,Arts - Art history,Arts - Literature", "Policy brief",
                         "Typescript"};
  SECTION("CSL-JSON") {
    Exported e = export_as(write_csljson, p.records);
    for (const char* k : kinds) CHECK(count(e.text, std::string("\"genre\": \"") + k + "\"") == 1);
    CHECK(e.said("genre") == 0);
  }
  SECTION("RIS") {
    Exported e = export_as(write_ris, p.records);
    for (const char* k : kinds) CHECK(count(e.text, std::string("M3  - ") + k + "\r\n") == 1);
    CHECK(e.said("genre") == 0);
  }
  SECTION("BibTeX and biblatex") {
    for (auto write : {write_bibtex, write_biblatex}) {
      Exported e = export_as(write, p.records);
      for (const char* k : kinds) CHECK(count(e.text, std::string("type = {") + k + "}") == 1);
      CHECK(e.said("genre") == 0);
      // biblatex's @report must have a type: the source's, not biblatex's "techreport".
      CHECK(count(e.text, "techreport}") == 0);
    }
  }
  SECTION("read back, the RIS and BibTeX exports keep it") {
    Parsed ris = parse_string(export_as(write_ris, p.records).text);
    REQUIRE(ris.records.size() == 3);
    CHECK(extra_values(ris.records[2], "M3") == std::vector<std::string>{"Typescript"});
    Parsed bib = parse_string(export_as(write_biblatex, p.records).text);
    REQUIRE(bib.records.size() == 3);
    CHECK(extra_values(bib.records[2], "type") == std::vector<std::string>{"Typescript"});
  }
}

// A real Zotero RDF blog post (openglam, a tweet) whose Type is "Tweet".
TEST_CASE("a Zotero blog post's website type (\"Tweet\") is its CSL genre and RIS M3", "[user53]") {
  Parsed p = parse_file(fixture("zotero_rdf/openglam_dates_excerpt.rdf"));
  REQUIRE(p.records.size() == 3);
  CHECK(count(export_as(write_csljson, p.records).text, "\"genre\": \"Tweet\"") == 1);
  CHECK(count(export_as(write_ris, p.records).text, "M3  - Tweet\r\n") == 1);
}

// Other formats' type fields name the document type, not a genre: Web of
// Science's BibTeX `Type = {Article}` is no CSL genre, nor a CSL item's own
// genre written twice.
TEST_CASE("only Zotero's and CSL's genre are a genre: a BibTeX type of an article is not", "[user53]") {
  Parsed wos = parse_string("@article{a, author = {Lovelace, Ada}, title = {Notes}, journal = {J},\n"
                            "  year = {1843}, type = {Article}}\n");
  REQUIRE(wos.records.size() == 1);
  CHECK(count(export_as(write_csljson, wos.records).text, "\"genre\"") == 0);
  CHECK(count(export_as(write_ris, wos.records).text, "M3  - ") == 0);
  Parsed csl = parse_string(R"([{"id": "x", "type": "article", "title": "A preprint", "genre": "Working paper"}])");
  REQUIRE(csl.records.size() == 1);
  Exported e = export_as(write_csljson, csl.records);
  CHECK(count(e.text, "\"genre\": \"Working paper\"") == 1);
  CHECK(count(export_as(write_ris, csl.records).text, "M3  - Working paper\r\n") == 1);
}

// RIS has no TY for a preprint (CSL "article"), a review, a forum post, an
// interview: the nearest one is written (JOUR, ELEC, PCOMM), which an RIS
// reader takes for a journal article, a web page, a personal communication.
// 558 preprints of the ddhi library came back journal articles without a word
// (BibTeX's @misc already said "which reads back as document").
TEST_CASE("the RIS export says the types its TY reads back as another", "[user53]") {
  Parsed p = parse_file(fixture("zotero_rdf/handmade_genres.rdf"));
  REQUIRE(p.records.size() == 3);
  Exported e = export_as(write_ris, p.records);
  CHECK(e.said("1 article work written as TY  - JOUR, which reads back as article-journal (") == 1);
  CHECK(e.warnings.size() == 1);  // the letter (PCOMM) and the report (RPRT) read back as they are
  Parsed back = parse_string(e.text);
  REQUIRE(back.records.size() == 3);
  CHECK(back.records[0].type == "article-journal");  // what was said
  // An RIS source's own TY goes back as it came: nothing to say.
  Parsed ris = parse_string("TY  - INPR\r\nTI  - In press\r\nAU  - Lovelace, Ada\r\nER  - \r\n");
  REQUIRE(ris.records.size() == 1);
  CHECK(export_as(write_ris, ris.records).said("reads back as") == 0);
}

// Zotero's "Accessed" (Zotero RDF dcterms:dateSubmitted "2020-07-23
// 15:33:55") was written by no export ("3 values of dateSubmitted (zotero-rdf)
// not written"), and a .bib source's urldate not by the RIS export (111 of the
// 122 entries of a real Better BibLaTeX library, AhmedThahir/Zotero_Database,
// no licence: measured, not committed), though CSL has accessed, RIS Y2 and
// biblatex urldate: the date a citation style prints for a web page.
TEST_CASE("the access date (Zotero's Accessed, urldate, CSL accessed) is written by every export", "[user53]") {
  Parsed p = parse_file(fixture("zotero_rdf/openglam_dates_excerpt.rdf"));
  REQUIRE(p.records.size() == 3);
  SECTION("Zotero RDF: CSL accessed, RIS Y2, urldate (its time left out)") {
    Exported csl = export_as(write_csljson, p.records);
    CHECK(count(csl.text, "\"accessed\"") == 3);
    CHECK(count(csl.text, "2020,\n          7,\n          23") == 1);
    CHECK(csl.said("dateSubmitted") == 0);
    Exported ris = export_as(write_ris, p.records);
    CHECK(count(ris.text, "Y2  - 2020/07/23\r\n") == 1);
    CHECK(count(ris.text, "Y2  - 2019/11/06\r\n") == 1);
    CHECK(ris.said("dateSubmitted") == 0);
    for (auto write : {write_bibtex, write_biblatex}) {
      Exported bib = export_as(write, p.records);
      CHECK(count(bib.text, "urldate = {2020-07-23}") == 1);
      CHECK(count(bib.text, "urldate = {2019-12-09}") == 1);
      CHECK(bib.said("dateSubmitted") == 0);
    }
    // Read back, each export gives the date again.
    Parsed back = parse_string(export_as(write_ris, p.records).text);
    REQUIRE(back.records.size() == 3);
    CHECK(count(export_as(write_csljson, back.records).text, "\"accessed\"") == 3);
  }
  SECTION("a .bib source's urldate: RIS Y2; a CSL item's accessed: urldate") {
    Parsed bib = parse_string("@online{a, title = {Colemak}, url = {https://colemak.com}, urldate = {2022-05-21}}\n");
    REQUIRE(bib.records.size() == 1);
    Exported ris = export_as(write_ris, bib.records);
    CHECK(count(ris.text, "Y2  - 2022/05/21\r\n") == 1);
    CHECK(ris.said("urldate") == 0);
    Parsed csl = parse_string(R"([{"id": "b", "type": "webpage", "title": "Colemak", "URL": "https://colemak.com",
                                   "accessed": {"date-parts": [["2022", 5, 21]]}}])");
    REQUIRE(csl.records.size() == 1);
    CHECK(count(export_as(write_biblatex, csl.records).text, "urldate = {2022-05-21}") == 1);
    CHECK(count(export_as(write_ris, csl.records).text, "Y2  - 2022/05/21\r\n") == 1);
  }
}
