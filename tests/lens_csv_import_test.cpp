// The Lens.org scholarly CSV importer on bibliometrix's Lens sample (a real
// Lens export, 8 rows) and on the variations of the layout.
#include <catch2/catch.hpp>

#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("Lens CSV: bibliometrix's sample, 8 records, 517 references by Lens ID", "[lens]") {
  Parsed p = parse_file(fixture("corpora/bibliometrix__lens_sample.csv"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 8);
  // PMID "NA" (the file was re-saved by R) in four rows: no value, said
  // once (before: kept in extra as a PMID that is not a number, four times).
  CHECK(p.diags.warnings() == 1);
  CHECK(has_diag(p.diags, Severity::warning, 3, "PMID: 'NA' in 4 rows read as no value"));
  std::size_t refs = 0;
  for (const Record& r : p.records) refs += r.references.size();
  CHECK(refs == 517);

  const Record& r = p.records[0];
  CHECK(r.provenance.format == "lens");
  CHECK(default_source_label(r) == "Lens");  // the database a review counts it under
  CHECK(r.provenance.line == 2);
  CHECK(r.type == "article-journal");
  CHECK(r.title ==
        "Dynamic real-time risk analytics of uncontrollable states in complex internet of things systems: cyber risk at "
        "the edge");
  CHECK(show(r.issued) == "2020/11/22/");
  CHECK(r.container_title == "Environment systems & decisions");
  CHECK(r.issn == std::vector<std::string>{"2194-5411", "2194-5403"});
  CHECK(r.publisher == "Springer Science and Business Media LLC");
  REQUIRE(r.authors.size() == 10);
  CHECK(r.authors[0].given == "Petar");
  CHECK(r.authors[0].family == "Radanliev");
  CHECK(r.authors[6].given == "Jason R. C.");
  CHECK(r.authors[6].family == "Nurse");
  CHECK(r.authors[9].family == "Maddox");
  CHECK(r.volume == "41");
  CHECK(r.issue == "2");
  CHECK(r.pages == "1-12");
  CHECK(r.doi == "10.1007/s10669-020-09792-x");
  CHECK(r.pmid == "33251087");
  CHECK(r.pmcid == "PMC7680653");
  CHECK(r.url == "http://dx.doi.org/10.1007/s10669-020-09792-x");
  REQUIRE(r.keywords.size() == 10);
  CHECK(r.keywords[0] == "Cyber risk regulations");
  CHECK(r.get_extra("Lens ID") == "000-360-106-493-122");
  CHECK(starts_with(r.get_extra("Fields of Study"), "Risk assessment; "));
  CHECK(r.get_extra("Citing Works Count") == "10");
  REQUIRE(r.references.size() == 46);
  CHECK(r.references[0].raw == "000-928-794-577-264");
  CHECK(r.references[0].doi.empty());

  // A JATS abstract is read as text.
  const Record& orchids = p.records[2];
  CHECK(starts_with(orchids.abstract, "Worldwide scientific publications on the remarkably"));
  CHECK(orchids.abstract.find("<jats:") == std::string::npos);
  CHECK(orchids.pages == "33-44");
  CHECK(orchids.pmid.empty());
  CHECK(orchids.get_extra("PMID").empty());
}

TEST_CASE("Lens CSV: detected before Scopus CSV, forced formats checked", "[lens]") {
  const std::string header =
      "Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,ISSNs,Publisher,Source Country,"
      "Author/s,Abstract,Volume,Issue Number,Start Page,End Page,Fields of Study,Keywords,MeSH Terms,Chemicals,"
      "Funding,Source URLs,External URL,PMID,DOI,Microsoft Academic ID,PMCID,Citing Patents Count,References,"
      "Citing Works Count,Is Open Access,Open Access License,Open Access Colour\n";
  const std::string row =
      "001-1,A title,,2019,book chapter,A book,,,,Anne van der Berg,,,,5,9,,,Humans; Risk,,,,,,10.1000/A,,,0,"
      "10.1000/cited; 002-2,,,,\n"
      "001-2,Short,,,,,,,,,,,,,,,,,,,,,,,,,\n";
  Detection d = detect_formats(header + row);
  CHECK(d.lens_csv);
  CHECK_FALSE(d.scopus_csv);  // Lens names Title, DOI, Volume, Abstract too
  CHECK(describe_content(header + row) == "Lens.org CSV");
  Parsed p = parse_string(header + row);
  REQUIRE(p.records.size() == 1);
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::error, 3, "row has 27 cells, the header 32; skipped"));
  const Record& r = p.records[0];
  CHECK(r.type == "chapter");
  CHECK(r.container_title == "A book");
  CHECK(r.issued.year == 2019);
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].particle == "van der");
  CHECK(r.authors[0].family == "Berg");
  CHECK(r.pages == "5-9");
  CHECK(r.keywords == std::vector<std::string>{"Humans", "Risk"});  // MeSH terms
  CHECK(r.doi == "10.1000/a");
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[0].doi == "10.1000/cited");  // a DOI among the Lens IDs
  CHECK(r.references[1].raw == "002-2");
  CHECK(r.references[1].doi.empty());

  CHECK(parse_format_name("lens") == Format::lens_csv);
  CHECK(format_name(Format::lens_csv) == "lens");
  Parsed forced = parse_string(header + row, Format::scopus_csv);
  CHECK(forced.records.empty());
  CHECK(forced.diags.errors() == 1);
}

TEST_CASE("Lens CSV: a reference to another work of the same file gets that work's DOI", "[lens]") {
  // Lens writes references as Lens IDs; the DOI of a work the file holds is
  // known, so a citation between two works of one export is found by DOI
  // (network citation), as for WoS and Scopus files.
  const std::string text =
      "Lens ID,Title,Author/s,DOI,References\n"
      "010-1,Cited work,Ann Lee,10.1000/cited,\n"
      "010-2,Citing work,Bo Kim,10.1000/citing,010-1; 099-9\n";
  Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 2);
  CHECK(p.diags.warnings() == 0);
  const Record& citing = p.records[1];
  CHECK(citing.title == "Citing work");
  REQUIRE(citing.references.size() == 2);
  CHECK(citing.references[0].raw == "010-1");
  CHECK(citing.references[0].doi == "10.1000/cited");
  CHECK(citing.references[1].raw == "099-9");  // not in the file: no DOI
  CHECK(citing.references[1].doi.empty());
}

TEST_CASE("Lens CSV: 'Anonymous' is no author, dropped with a warning as in every other reader", "[lens]") {
  Parsed p = parse_string("Lens ID,Title,Author/s,DOI\n010-1,Editorial,Anonymous,10.1000/e\n"
                          "010-2,A paper,Ann Lee; Anonymous,10.1000/p\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].authors.empty());
  REQUIRE(p.records[1].authors.size() == 1);
  CHECK(p.records[1].authors[0].family == "Lee");
  CHECK(has_diag(p.diags, Severity::warning, 2, "'Anonymous' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
  CHECK(has_diag(p.diags, Severity::warning, 3, "'Anonymous' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
}

// doi17 (issue #11): a reference's DOI the reader repairs is said where it is written.
TEST_CASE("Lens CSV: a repaired DOI among the references is said", "[lens][doi17]") {
  const std::string text =
      "Lens ID,Title,Author/s,DOI,References\n"
      "010-2,Citing work,Bo Kim,10.1000/citing,010-1; 10.1016/j.x.2011.01.001.\n";
  Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].references.size() == 2);
  CHECK(p.records[0].references[1].doi == "10.1016/j.x.2011.01.001");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].line == 2);
  CHECK(p.diags.items()[0].column == 48);
  CHECK(p.diags.items()[0].message ==
        "cited reference 10.1016/j.x.2011.01.001. repaired (trailing '.' removed): 10.1016/j.x.2011.01.001");
}

// A Lens row of two merged works writes both DOIs in one cell
// (amgonzalezvargas/public_datasets' lens-export.csv: 2 rows of 1,000,
// "10.1007/bf00206707; 10.1007/s004220050252"): the record had no DOI, the
// cell in extra.  The first is the work's, as WoS DI and RIS DO read such a
// list; every CSV reader's DOI cell is read so (the table reader's too).
TEST_CASE("Lens CSV: a DOI cell listing two DOIs gives the first, the list kept", "[lens]") {
  Parsed p = parse_string("Lens ID,Title,Author/s,DOI\n"
                          "010-1,A paper,Ann Lee,10.1007/bf00206707; 10.1007/s004220050252\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1007/bf00206707");
  CHECK(p.records[0].get_extra("DOI") == "10.1007/bf00206707; 10.1007/s004220050252");
  CHECK(has_diag(p.diags, Severity::warning, 2, "DOI holds 2 DOIs: the first, 10.1007/bf00206707, is the work's"));
  Parsed t = parse_string("Title,Authors,Year,DOI\nA paper,Ann Lee,2020,10.1000/a; 10.1000/b\n", Format::table_csv);
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].doi == "10.1000/a");
}
