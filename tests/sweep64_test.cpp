// sweep64 (issue #11): values corrupted in the import's shared clean-up
// (detect.cpp's sink) and in splitting names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
// The header of an ACM Digital Library citation table (crossdb's
// unlearning__acm.csv, from danillocelino/slr_churn_unlearning_uid's acm.csv:
// the names as ACM's reference format and its BibTeX write them).
const std::string kAcmHeader =
    "authors,Year,title,venue,pages,article,publisher_location,doi,doi_url,category,raw_entry\n";
}  // namespace

// ACM's reference format names a proceedings volume's editors with the
// role after the last name ("Shujun Li, Kovila Coopamootoo, and Michael
// Sirivianos (Eds.)": 8 rows of unlearning__acm.csv): the last name was
// kept whole with its role, "Michael Sirivianos (Eds.)", and all of them
// were authors.  The list names the volume's editors.
TEST_CASE("a role after the last name of ACM's list makes the list the editors", "[sweep64]") {
  Parsed p = parse_string(
      kAcmHeader +
      "\"Shujun Li, Kovila Coopamootoo, and Michael Sirivianos (Eds.)\",2024,Proceedings of the 2024 European "
      "Interdisciplinary Cybersecurity Conference,,,,\"New York, NY, USA\",,,,\"Shujun Li, Kovila Coopamootoo, and "
      "Michael Sirivianos (Eds.). 2024. Proceedings of the 2024 European Interdisciplinary Cybersecurity Conference. "
      "Association for Computing Machinery, New York, NY, USA.\"\n"
      "\"Lucas Fabian Olivero, Em\\'{\\i}lia Sim\\~{a}o, Alberto S\\'{a}, and Ad\\'{e}rito Fernandes-Marcos (Eds.)\","
      "2025,\"Proceedings of the 2025 12th International Conference on Digital and Interactive Arts\",,,,"
      "\"New York, NY, USA\",,,,\"\"\n");
  REQUIRE(p.records.size() == 2);
  const Record& a = p.records[0];
  CHECK(a.authors.empty());
  REQUIRE(a.editors.size() == 3);
  CHECK(a.editors[0].family == "Li");
  CHECK(a.editors[2].family == "Sirivianos");
  CHECK(a.editors[2].given == "Michael");
  CHECK(a.editors[2].literal.empty());
  const Record& b = p.records[1];
  CHECK(b.authors.empty());
  REQUIRE(b.editors.size() == 4);
  CHECK(b.editors[1].family == "Simão");
  CHECK(b.editors[1].given == "Emília");
  CHECK(b.editors[3].family == "Fernandes-Marcos");
  CHECK(b.editors[3].given == "Adérito");
  CHECK(said(p, "(Eds.)") == 1);
  // One editor's role after a name of several, each editor's own, and an
  // organisation's acronym that spells a role.
  Parsed q = parse_string(
      "TY  - BOOK\nTI  - One\nAU  - Doe, Jane (Ed.)\nAU  - Roe, Richard (Ed.)\nPY  - 2001\nER  - \n\n"
      "TY  - CHAP\nTI  - Two\nAU  - Doe, Jane\nAU  - Roe, Richard (Ed.)\nPY  - 2002\nER  - \n\n"
      "TY  - RPRT\nTI  - Three\nAU  - Department of Education (ED)\nPY  - 2003\nER  - \n");
  REQUIRE(q.records.size() == 3);
  CHECK(q.records[0].authors.empty());
  REQUIRE(q.records[0].editors.size() == 2);
  CHECK(q.records[0].editors[1].given == "Richard");
  REQUIRE(q.records[1].authors.size() == 2);  // which of them edited is not said: authors, the role cut
  CHECK(q.records[1].authors[1].given == "Richard");
  CHECK(q.records[1].editors.empty());
  REQUIRE(q.records[2].authors.size() == 1);
  CHECK(q.records[2].authors[0].literal == "Department of Education (ED)");
}

// The same table's names with TeX's accents ("Bojan Karla\v{s}", "Tam\'{a}s
// Tak\'{a}cs": 17 names) were read as letters but kept whole, unsplit, as
// an organisation's name is: the name is split as its letters are.
TEST_CASE("a name with TeX's accents in a format without TeX is split as its letters", "[sweep64]") {
  Parsed p = parse_string(kAcmHeader +
                          "\"Bojan Karla\\v{s}, Andreas Tr\\\"\"{u}gler, and Tam\\'{a}s Tak\\'{a}cs\",2021,"
                          "A title of three,,,,,10.1145/0000001,,survey,\"\"\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[0].family == "Karlaš");
  CHECK(r.authors[0].given == "Bojan");
  CHECK(r.authors[0].literal.empty());
  CHECK(r.authors[1].family == "Trügler");
  CHECK(r.authors[1].given == "Andreas");
  CHECK(r.authors[2].family == "Takács");
  CHECK(r.authors[2].given == "Tamás");
  CHECK(said(p, "TeX's accent commands") == 1);
}

// bib-dedupe's labelled haematology set (records_pre_merged.csv, a search's
// results as CSV): PubMed's "[Epub ahead of print]" as the
// volume of 3 records (one "Apr 25 [Epub ahead of print]") and the pages of
// 1.  No volume, no page: the work's status, kept, said.
TEST_CASE("a publication status written as the volume or pages is the work's status", "[sweep64]") {
  Parsed p = parse_file(fixture("table/epub_ahead_of_print.csv"));
  REQUIRE(p.records.size() == 4);
  const Record* r = titled(p.records, "Complement activation in thrombotic microangiopathy");
  REQUIRE(r);
  CHECK(r->pages.empty());
  CHECK(r->volume == "33");
  CHECK(r->issue == "2");
  CHECK(r->get_extra("status") == "Epub ahead of print");
  r = titled(p.records, "A randomized, double-blind, placebo-controlled phase II study of eculizumab");
  REQUIRE(r);
  CHECK(r->volume.empty());
  CHECK(r->get_extra("status") == "Epub ahead of print");
  r = titled(p.records, "Long-term safety and efficacy of sustained eculizumab");
  REQUIRE(r);
  CHECK(r->volume.empty());
  CHECK(r->get_extra("status") == "Apr 25 [Epub ahead of print]");
  CHECK(said(p, "is the work's publication status") == 1);
  // Dimensions' RIS (CiteSource's Dimensions_246.ris): "ahead-of-print" as
  // the volume and the issue: one status.
  Parsed d = parse_string(
      "TY  - JOUR\nTI  - One title\nAU  - Doe, Jane\nPY  - 2022\nJO  - A Journal\nVL  - ahead-of-print\n"
      "IS  - ahead-of-print\nDO  - 10.1108/0000001\nER  - \n\n"
      "TY  - JOUR\nTI  - Two\nAU  - Doe, Jane\nPY  - 2019\nJO  - A Journal\nVL  - 12 (Online first)\nER  - \n\n"
      "TY  - JOUR\nTI  - Three reprinted\nAU  - Doe, Jane\nPY  - 2019\nJO  - A Journal\nVL  - Reprint 4\nSP  - "
      "e-pub 1\nER  - \n");
  REQUIRE(d.records.size() == 3);
  CHECK(d.records[0].volume.empty());
  CHECK(d.records[0].issue.empty());
  std::size_t statuses = 0;
  for (const ExtraField& f : d.records[0].extra) statuses += f.name == "status";
  CHECK(statuses == 1);
  CHECK(d.records[0].get_extra("status") == "ahead-of-print");
  CHECK(d.records[1].volume == "12");
  CHECK(d.records[1].get_extra("status") == "Online first");
  CHECK(d.records[2].volume == "Reprint 4");  // no status in it
  CHECK(d.records[2].get_extra("status").empty());
}

// CiteSource's AGRIS.ris (AGRIS's RIS through R): the volume with its
// label in 9 of its 12 records ("v. 40", "v. v. 176", "v. 7 issue 4").  The
// number; an issue named after it the issue.
TEST_CASE("a volume or issue written with its label is the number", "[sweep64]") {
  Parsed p = parse_file(fixture("corpora/citesource__agris.ris"));
  REQUIRE(p.records.size() == 12);
  const Record* r = titled(p.records, "Impact of improved vegetable cultivars in overcoming food insecurity");
  REQUIRE(r);
  CHECK(r->volume == "176");
  r = titled(p.records, "Underground assets: potato biodiversity");
  REQUIRE(r);
  CHECK(r->volume == "7");
  CHECK(r->issue == "4");
  std::size_t labelled = 0;
  for (const Record& x : p.records) labelled += starts_with(x.volume, "v");
  CHECK(labelled == 0);
  CHECK(said(p, "is written with its label") == 1);
  Parsed q = parse_string(
      "@article{a,\n  title = {One},\n  author = {Doe, Jane},\n  year = {2020},\n  journal = {J},\n"
      "  volume = {Volume 14},\n  number = {Issue 1/2}\n}\n"
      "@article{b,\n  title = {Two},\n  author = {Doe, Jane},\n  year = {2020},\n  journal = {J},\n"
      "  volume = {Volume},\n  number = {No. 3}\n}\n");
  REQUIRE(q.records.size() == 2);
  CHECK(q.records[0].volume == "14");
  CHECK(q.records[0].issue == "1/2");
  CHECK(q.records[1].volume == "Volume");  // a label without a number: as written
  CHECK(q.records[1].issue == "3");
}

// bibliometrix's data frame of a Scopus export (glauberbalthazar83/
// PoultryBibliometric's dadosbiblio.csv): AF is Scopus's "Author full
// names", each with its Scopus author ID ("DALEY, WAYNE (7004233922)": 266
// names): the names without the IDs, which are kept as Scopus's CSV keeps them.
TEST_CASE("bibliometrix's AF of a Scopus export: the names without their Scopus IDs", "[sweep64]") {
  Parsed p = parse_string(
      "\"AU\";\"AF\";\"TI\";\"PY\";\"SO\";\"VL\";\"IS\";\"DI\";\"DB\";\"SR\"\n"
      "\"USHER C;DALEY W\";\"USHER, COLIN T. (12760665000); DALEY, WAYNE (7004233922)\";\"A TITLE OF POULTRY\";2020;"
      "\"A JOURNAL\";\"1\";\"2\";\"10.1000/1\";\"SCOPUS\";\"USHER C, 2020, A JOURNAL\"\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].given.find('(') == std::string::npos);
  CHECK(r.authors[1].family.find('(') == std::string::npos);
  CHECK(r.authors[1].given.find("7004233922") == std::string::npos);
  CHECK(r.get_extra("Author(s) ID") == "12760665000;7004233922");
}
