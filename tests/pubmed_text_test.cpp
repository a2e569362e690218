// PubMed's "Abstract (text)" and "Summary (text)" save formats: numbered
// records of citation, title, authors (and author information, abstract)
// and a "PMID: N" line, no tags.  No reader: before, the page reader found
// no record and said "no bibliographic records found", counting none as
// rejected and naming `refnet fetch` for the DOIs it saw.  Now the file is
// refused as the Scopus refusal did: every record counted as rejected, and
// the PubMed formats refnet reads named.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("PubMed's Abstract (text) and Summary (text) are refused, every record counted", "[import][pubmed_text]") {
  for (const char* name : {"medline/pubmed_abstract_text.txt", "medline/pubmed_summary_text.txt"}) {
    INFO(name);
    Parsed p = parse_file(fixture(name));
    CHECK(p.records.empty());
    CHECK(p.stats.rejected == 2);
    std::size_t errors = 0;
    for (const auto& d : p.diags.items())
      errors += d.severity == Severity::error && d.message.find("PubMed's text format") != std::string::npos &&
                d.message.find("2 records") != std::string::npos && d.message.find("PubMed format") != std::string::npos;
    CHECK(errors == 1);
  }
  // A page that cites PubMed records ("PMID: 123" after a reference) is no
  // such export: a numbered list whose records are not PubMed's.
  Parsed page = parse_string("1. Smith J. A title. Some J. 2020;1:2. PMID: 12345678\n2. Other\n");
  CHECK(page.stats.rejected == 0);
}

// PubMed's legacy "Summary (text)" (before 2020, still in many repositories):
// "N: Authors. Title. Journal. Date;Vol(Iss):Pages. doi: ... PubMed PMID: N."
// wrapped at 80 columns (the PMID may open the next line), records two blank
// lines apart, CRLF.  Before, a 4-record cut was "no bibliographic records"
// (none counted as rejected), and the whole 1,394-record file (audit49:
// liqiming-whu/Pubmed_author) read as one page "article" with 1,393 records
// gone, exit 0.
TEST_CASE("PubMed's legacy Summary (text) is refused, every record counted", "[import][pubmed_text]") {
  Parsed p = parse_file(fixture("medline/pubmed_summary_text_legacy.txt"));
  CHECK(p.records.empty());
  CHECK(p.stats.rejected == 4);
  std::size_t errors = 0;
  for (const auto& d : p.diags.items())
    errors += d.severity == Severity::error && d.message.find("PubMed's text format") != std::string::npos &&
              d.message.find("4 records") != std::string::npos;
  CHECK(errors == 1);
  // A numbered list of references citing PubMed ("PubMed PMID: N" in a
  // reference) that does not open "1: " is no such export.
  Parsed page = parse_string("References\n\n2: Smith J. A title. Some J. 2020;1:2. PubMed PMID: 12345678.\n");
  CHECK(page.stats.rejected == 0);
}

// PubMed's "PMID" save format: one PubMed ID a line, no record (audit50:
// keertic/PubMed-Search, 33,609 IDs; audit51: OMIT-PubMed-Inconsistencies'
// pubmed-list.txt, 2,352).  Before, the generic "a text page ... no reference
// section" error, nothing counted.  Now refused whole, every ID counted as a
// rejected record, and what to save from PubMed instead said.
TEST_CASE("a PubMed PMID list is refused, every ID counted, the way to records said", "[import][pubmed_text]") {
  Parsed p = parse_file(fixture("medline/pubmed_pmid_list.txt"));
  CHECK(p.records.empty());
  CHECK(p.stats.rejected == 12);
  std::size_t errors = 0;
  for (const auto& d : p.diags.items())
    errors += d.severity == Severity::error && d.message.find("a list of PubMed IDs") != std::string::npos &&
              d.message.find("12 IDs are rejected") != std::string::npos &&
              d.message.find("PubMed format (.nbib)") != std::string::npos;
  CHECK(errors == 1);
  // Numbers beside other text are no such list.
  Parsed page = parse_string("25837021\nA title of a work\n");
  CHECK(page.stats.rejected == 0);
}
