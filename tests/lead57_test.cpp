// Lead, session 57 (issue #11): values that are not what their field says.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "export_support.hpp"
#include "refnet/exporter.hpp"
#include "refnet/importer.hpp"
#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::string written(const std::vector<Record>& rs, bool latex, ExportNotes& notes) {
  std::ostringstream out;
  ExportOptions opt;
  opt.notes = &notes;
  if (latex) write_biblatex(out, rs, opt);
  else write_bibtex(out, rs, opt);
  return out.str();
}
std::string all_of(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& w : v) s += w + "\n";
  return s;
}
}  // namespace

TEST_CASE("a BibTeX month that is no month is said on import and not written back as a month", "[lead57]") {
  // Better BibTeX's Mendeley test file (fixtures/corpora): month = {31} and
  // month = {25} on two Language@Internet articles.  They were kept in extra
  // without a word and written back as month = {31}, which biblatex prints.
  Parsed p = parse_file(fixture("corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib"));
  CHECK(said(p, "month '31' is not a month") == 1);
  CHECK(said(p, "month '25' is not a month") == 1);
  const Parsed q = parse_string(
      "@article{a1, author = {Liad Bareket-Bojmel}, journal = {Language@Internet}, month = {31},\n"
      "  title = {The blog effect}, volume = {10}, year = {2013}}\n"
      "@article{a2, author = {Ash Evans}, journal = {J}, month = {Jnu}, title = {Stance}, year = {2016}}\n"
      "@article{a3, author = {Ash Evans}, journal = {J}, month = {13}, title = {Stance two}, year = {2016}}\n"
      "@article{ok, author = {A Bee}, journal = {J}, month = {12}, title = {T}, year = {2016}}\n"
      "@article{oks, author = {A Bee}, journal = {J}, month = {Summer}, title = {T2}, year = {2016}}\n"
      "@article{okr, author = {A Bee}, journal = {J}, month = {OCT-DEC}, title = {T3}, year = {2016}}\n"
      "@article{okm, author = {A Bee}, journal = {J}, month = aug, title = {T4}, year = {2016}}\n");
  REQUIRE(q.records.size() == 7);
  CHECK(said(q, "is not a month") == 3);
  CHECK(said(q, "month 'Jnu' is not a month") == 1);
  // The value is kept, where `refnet show` finds it.
  bool kept = false;
  for (const auto& f : q.records[0].extra) kept = kept || (f.name == "month" && (f.value == "{31}" || f.value == "31"));
  CHECK(kept);
  CHECK(q.records[0].issued.year == 2013);
  CHECK(q.records[0].issued.month == 0);
  for (bool latex : {false, true}) {
    INFO((latex ? "biblatex" : "bibtex"));
    ExportNotes notes;
    const std::string out = written(q.records, latex, notes);
    CHECK(out.find("{31}") == std::string::npos);
    CHECK(out.find("Jnu") == std::string::npos);
    CHECK(out.find("{13}") == std::string::npos);
    const std::string w = all_of(notes.warnings);
    CHECK(w.find("month (the source's own field) '31' is not a month") != std::string::npos);
    CHECK(w.find("a1") != std::string::npos);
    // Real months are written as before.
    CHECK(out.find(latex ? "2016-12" : "month = dec") != std::string::npos);
    CHECK(out.find(latex ? "2016-08" : "month = aug") != std::string::npos);
  }
}

TEST_CASE("a text page a crawler opened with an HTML comment is described as a page, not as XML", "[lead57]") {
  // user56 made such pages import (importers/detect.cpp reads past the
  // comment); the "no bibliographic records found" message still called one
  // that gives nothing "XML".
  const std::string page =
      "<!-- source: https://example.org/some/page -->\n"
      "Opening hours\n\nThe library is open from 9 to 5 on weekdays.\n";
  const std::string said_of = describe_content(page);
  CHECK(said_of.find("XML") == std::string::npos);
  CHECK(said_of.find("a text page of 4 lines") == 0);
  // A comment before a real XML document still leaves it XML.
  CHECK(describe_content("<!-- made by a tool -->\n<?xml version=\"1.0\"?><catalog><book/></catalog>") ==
        "an XML document <catalog>");
}

TEST_CASE("a date the calendar does not have loses the part that cannot be, said, in every format", "[lead57]") {
  // CSL-JSON [2013, 31] lost its month without a word; February 30 was kept
  // by every reader and written as date = {2013-02-30}.
  struct Case {
    const char* text;
    int year, month, day;
    const char* message;  // "" when nothing is to be said
  };
  const Case cases[] = {
      {R"([{"id":"a","type":"article-journal","title":"T","issued":{"date-parts":[[2013,31]]}}])", 2013, 0, 0,
       "month 31 is no month"},
      {R"([{"id":"a","type":"article-journal","title":"T","issued":{"date-parts":[[2013,2,30]]}}])", 2013, 2, 0,
       "February 2013 has 28 days"},
      {"TY  - JOUR\nTI  - T\nAU  - Doe, J\nDA  - 2013/02/30\nER  - \n", 2013, 2, 0, "February 2013 has 28 days"},
      {"TY  - JOUR\nTI  - T\nAU  - Doe, J\nDA  - 2013/04/31\nER  - \n", 2013, 4, 0, "April 2013 has 30 days"},
      {"@article{x, author={Doe, J}, title={T}, journal={J}, date={2013-02-29}}\n", 2013, 2, 0,
       "February 2013 has 28 days"},
      {"PMID- 1\nTI  - T\nDP  - 2013 Feb 30\nAU  - Doe J\n\n", 2013, 2, 0, "February 2013 has 28 days"},
      // Real dates stay whole.
      {"@article{x, author={Doe, J}, title={T}, journal={J}, date={2012-02-29}}\n", 2012, 2, 29, ""},
      {"@article{x, author={Doe, J}, title={T}, journal={J}, date={2000-02-29}}\n", 2000, 2, 29, ""},
      {"TY  - JOUR\nTI  - T\nAU  - Doe, J\nDA  - 2013/12/31\nER  - \n", 2013, 12, 31, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Parsed p = parse_string(c.text);
    REQUIRE(p.records.size() == 1);
    const Date& d = p.records[0].issued;
    CHECK(d.year == c.year);
    CHECK(d.month == c.month);
    CHECK(d.day == c.day);
    if (*c.message) CHECK(said(p, c.message) == 1);
    else CHECK(said(p, "is no month") + said(p, " days: day ") == 0);
  }
  SECTION("the end of a range too") {
    const Parsed p = parse_string(
        R"([{"id":"a","type":"article-journal","title":"T","issued":{"date-parts":[[2013,2,1],[2013,2,30]]}}])");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].issued.end_month == 2);
    CHECK(p.records[0].issued.end_day == 0);
    CHECK(said(p, "February 2013 has 28 days") == 1);
  }
}

TEST_CASE("refnet set refuses a date the calendar does not have", "[lead57]") {
  TempDir tmp;
  const std::string lib = " --library '" + (tmp / "l.sqlite") + "' ";
  std::ofstream(tmp / "a.bib") << "@article{x, author={Doe, J}, title={A title}, journal={J}, year=2013}\n";
  REQUIRE(run_refnet("import" + lib + "'" + (tmp / "a.bib") + "'").status == 0);
  CommandResult r = run_refnet("set" + lib + "x date=2013-02-30");
  CHECK(r.status != 0);
  CHECK(r.err.find("February 2013 has 28 days") != std::string::npos);
  r = run_refnet("set" + lib + "x date=2013-02-01/2013-04-31");
  CHECK(r.status != 0);
  CHECK(r.err.find("April 2013 has 30 days") != std::string::npos);
  r = run_refnet("set" + lib + "x origdate=1913-02-29");
  CHECK(r.status != 0);
  CHECK(run_refnet("set" + lib + "x origdate=1912-02-29").status == 0);
  CHECK(run_refnet("set" + lib + "x origdate=1985-02-XX").status == 0);
  CHECK(run_refnet("set" + lib + "x date=2012-02-29").status == 0);
  CHECK(run_refnet("export" + lib + "--format biblatex --no-pin").out.find("date = {2012-02-29}") != std::string::npos);
}

TEST_CASE("a MEDLINE file cut inside its last record says so", "[lead57]") {
  // A PubMed download cut short (a dropped connection) read its last record,
  // abstract cut mid-word and no SO line, without a word.
  const std::string whole = slurp(fixture("corpora/citation-file-formatting__pubmed.txt"));
  const Parsed all = parse_string(whole);
  REQUIRE(all.stats.records == 50);
  CHECK(said(all, "cut short") == 0);
  // Cut in the abstract of the 32nd record.
  std::size_t at = 0;
  for (int i = 0; i < 31; ++i) at = whole.find("\nPMID- ", at + 1);
  const std::size_t ab = whole.find("\nAB  - ", at);
  REQUIRE(ab != std::string::npos);
  const Parsed cut = parse_string(whole.substr(0, ab + 60));
  CHECK(cut.stats.records == 32);
  CHECK(said(cut, "cut short") == 1);
  CHECK(said(cut, "ends without the SO line every other record of the file ends with") == 1);
  // Cut between two records, or after the last one's SO without its line end:
  // nothing is missing.
  CHECK(said(parse_string(whole.substr(0, at + 1)), "cut short") == 0);
  const std::size_t so_end = whole.find('\n', whole.find("\nSO  - ", at) + 1);
  CHECK(said(parse_string(whole.substr(0, so_end)), "cut short") == 0);
}

TEST_CASE("EPPI-Reviewer's Month cut at ten characters still dates the work", "[lead57]") {
  // "July-Augus" and "September-" (EPPI keeps ten characters of Month) were
  // no month: the works were dated by their year alone, the value kept in
  // extra and not written by any export.
  const Parsed p = parse_file(fixture("corpora/empirical-retraction-lit__eppi_export.json"));
  const Record* a = nullptr;
  const Record* b = nullptr;
  for (const Record& r : p.records) {
    if (r.title.rfind("Misconduct as the main cause for retraction", 0) == 0) a = &r;
    if (r.title.rfind("Retraction of publications: A study of biomedical journals", 0) == 0) b = &r;
  }
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->issued.year == 2019);
  CHECK(a->issued.month == 7);
  CHECK(a->issued.end_year == 2019);
  CHECK(a->issued.end_month == 8);
  CHECK(b->issued.year == 2020);
  CHECK(b->issued.month == 9);
  CHECK_FALSE(b->issued.is_range());
  CHECK(said(p, "Month 'July-Augus'") == 1);
  CHECK(said(p, "Month 'September-'") == 1);
}

TEST_CASE("a database's name counts only as a word, not inside another", "[lead57]") {
  // audit57: a CSL 'source' URL holding "Provider%3A..." was labelled Ovid
  // ("pr-OVID-er") with the note that the records name the platform.
  CHECK(database_named("https://example.org/openurl?Provider%3AJSTOR") == "");
  CHECK(database_named("Improvised study of providers") == "");
  CHECK(database_named("Microscopus annual") == "");
  // Names as databases and hosts write them stay read.
  CHECK(database_named("Ovid MEDLINE(R) <1946 to Present>") == "PubMed");
  CHECK(database_named("OvidSP") == "Ovid");
  CHECK(database_named("www.scopus.com") == "Scopus");
  CHECK(database_named("Embase.com") == "Embase");
  CHECK(database_named("APA PsycInfo") == "PsycINFO");
  CHECK(database_named("EBSCOhost") == "EBSCO");
  CHECK(database_named("Clarivate Analytics Web of Science") == "Web of Science");
  CHECK(database_named("lens.org") == "Lens");
}

TEST_CASE("Zotero's fields with a CSL variable are written to CSL-JSON under it", "[lead57]") {
  // A Zotero library's libraryCatalog, rights, archiveLocation, callNumber,
  // runningTime, conferenceName, numberOfVolumes were "not written: CSL-JSON
  // has no field for it" (audit57: 119 libraryCatalog values in ArmEnBib's
  // Zotero RDF); Zotero's own CSL export writes each under its variable.
  const Parsed p = parse_string(
      R"([{"itemType":"film","title":"A film","creators":[{"creatorType":"director","firstName":"Ann","lastName":"Lee"}],)"
      R"("date":"2001","runningTime":"95 min","libraryCatalog":"IMDb","rights":"CC BY 4.0","archive":"Film Archive",)"
      R"("archiveLocation":"Box 3","callNumber":"PN1997"},)"
      R"({"itemType":"conferencePaper","title":"A paper","creators":[{"creatorType":"author","firstName":"Bo","lastName":"Ray"}],)"
      R"("date":"2019","conferenceName":"Conf on Things","proceedingsTitle":"Proc. of Things","libraryCatalog":"Scopus",)"
      R"("numberOfVolumes":"3"}])",
      Format::zotero_json);
  REQUIRE(p.records.size() == 2);
  std::ostringstream out;
  ExportNotes notes;
  ExportOptions opt;
  opt.notes = &notes;
  write_csljson(out, p.records, opt);
  const std::string json = out.str();
  for (const char* kv : {R"("source": "IMDb")", R"("license": "CC BY 4.0")", R"("archive_location": "Box 3")",
                         R"("call-number": "PN1997")", R"("dimensions": "95 min")", R"("event-title": "Conf on Things")",
                         R"("number-of-volumes": "3")", R"("source": "Scopus")"}) {
    INFO(kv);
    CHECK(json.find(kv) != std::string::npos);
  }
  const std::string w = all_of(notes.warnings);
  CHECK(w.find("libraryCatalog") == std::string::npos);
  CHECK(w.find("runningTime") == std::string::npos);
}
