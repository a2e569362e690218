// PubMed's CSV export on CoLRev's real six-record export and on the
// Citation strings PubMed writes.
#include <catch2/catch.hpp>

#include "../importers/source_string.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "roundtrip_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("PubMed CSV: CoLRev's chatbot search, 6 records, the Citation read", "[pubmed_csv]") {
  Parsed p = parse_file(fixture("corpora/colrev__pubmed-chatbot.csv"));
  CHECK(describe_content(p.text) == "PubMed CSV");
  CHECK(p.diags.errors() == 0);
  CHECK(p.diags.warnings() == 0);
  REQUIRE(p.records.size() == 6);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "pubmed-csv");
  CHECK(default_source_label(r) == "PubMed");
  CHECK(r.pmid == "35227408");
  CHECK(r.title ==
        "Chatbot-Delivered Psychotherapy for Adults With Depressive and Anxiety Symptoms: A Systematic Review and "
        "Meta-Regression");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[0].family == "Lim");
  CHECK(r.authors[0].given == "SM");  // as MEDLINE's AU and RIS read "Lim SM"
  CHECK(r.authors[3].family == "Lau");  // "Lau Y." closes the list
  CHECK(r.authors[3].given == "Y.");
  CHECK(r.container_title == "Behav Ther");
  CHECK(show(r.issued) == "2022/3/0/");  // not the Epub date
  CHECK(r.volume == "53");
  CHECK(r.issue == "2");
  CHECK(r.pages == "334-347");
  CHECK(r.doi == "10.1016/j.beth.2021.09.007");
  CHECK(starts_with(r.get_extra("Citation"), "Behav Ther. 2022 Mar;53(2):334-347."));
  CHECK(r.get_extra("Create Date") == "2022/03/01");

  const Record& jmir = p.records[1];
  CHECK(jmir.pmcid == "PMC8669585");
  CHECK(show(jmir.issued) == "2021/11/29/");
  CHECK(jmir.pages == "e27850");
  const Record& manag = p.records[2];
  CHECK(manag.issued.year == 2022);  // "2022 Jan-Feb 01"
  CHECK(manag.volume == "27");
  CHECK(manag.pages == "19-25");
  const Record& front = p.records[4];  // "Front Digit Health. 2021 Feb 2;3:617013."
  CHECK(front.volume == "3");
  CHECK(front.issue.empty());
  CHECK(front.pages == "617013");
  check_export_round_trip(p.records);
}

TEST_CASE("PubMed CSV: a missing DOI cell is filled from the Citation; disagreeing ones are said", "[pubmed_csv]") {
  const std::string header =
      "\xEF\xBB\xBFPMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,"
      "DOI\r\n";
  Parsed p = parse_string(header +
                          "\"11223344\",\"Paper title\",\"Smith A, Walter B\",\"Nature. 2021 Dec 21;1(2):10-11. doi: "
                          "10.1111/nature1111.\",\"Smith A\",\"Nature\",\"2021\",\"2021/12/21\",\"PMC1122334\",\"\",\"\"\r\n"
                          "\"11223345\",\"Other\",\"Doe J\",\"Nature. 2020;2:5. doi: 10.1111/a.\",\"Doe J\",\"Nature\","
                          "\"2020\",\"\",\"\",\"\",\"10.1111/b\"\r\n"
                          "\"x\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.1111/nature1111");
  CHECK(show(p.records[0].issued) == "2021/12/21/");
  CHECK(p.records[1].doi == "10.1111/b");
  CHECK(has_diag(p.diags, Severity::warning, 3, "Citation names DOI 10.1111/a, the DOI column 10.1111/b"));
  // A row with nothing to know the work by is rejected and said.
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::warning, 4, "PMID is not a number, kept in extra: x"));
  CHECK(has_diag(p.diags, Severity::error, 4, "PubMed CSV row has no title, no author and no DOI; skipped"));
  CHECK(parse_format_name("pubmed-csv") == Format::pubmed_csv);
  CHECK(format_name(Format::pubmed_csv) == "pubmed-csv");
}

TEST_CASE("source strings: PubMed, Ovid MEDLINE, Embase, PsycINFO and Journals@Ovid", "[pubmed_csv][source_string]") {
  SourceParts nlm = parse_source_string("Prof Case Manag. 2022 Jan-Feb 01;27(1):19-25. doi: 10.1097/NCM.0000000000000504.");
  CHECK(nlm.journal == "Prof Case Manag");
  CHECK(nlm.volume == "27");
  CHECK(nlm.issue == "1");
  CHECK(nlm.pages == "19-25");
  CHECK(nlm.doi == "10.1097/NCM.0000000000000504");
  CHECK(nlm.date.year == 2022);

  SourceParts medline = parse_source_string("Journal of Hepatology. 45(3):123-9, 2018 Mar.");
  CHECK(medline.journal == "Journal of Hepatology");
  CHECK(medline.volume == "45");
  CHECK(medline.issue == "3");
  CHECK(medline.pages == "123-129");
  CHECK(show(medline.date) == "2018/3/0/");

  SourceParts embase = parse_source_string(
      "BMC Proceedings. Conference: 2nd BEAT-PCD Conference and 3rd PCD Training School: Part 2. Spain. 12 (Supplement "
      "3) (no pagination), 2018. Date of Publication: 2018.");
  CHECK(embase.journal == "BMC Proceedings");
  CHECK(embase.date.year == 2018);
  SourceParts embase2 =
      parse_source_string("Journal of X. 68 (3) (pp 45-50), 2018. Article Number: e12. Date of Publication: March 2018.");
  CHECK(embase2.volume == "68");
  CHECK(embase2.issue == "3");
  CHECK(embase2.pages == "45-50");
  CHECK(embase2.number == "e12");
  CHECK(show(embase2.date) == "2018/3/0/");

  SourceParts psyc = parse_source_string(
      "Dissertation Abstracts International Section A: Humanities and Social Sciences. Vol.75(2-A(E)),2014, pp. No "
      "Pagination Specified.");
  CHECK(psyc.journal == "Dissertation Abstracts International Section A: Humanities and Social Sciences");
  CHECK(psyc.volume == "75");
  CHECK(psyc.issue == "2-A(E)");
  CHECK(psyc.pages.empty());
  CHECK(psyc.date.year == 2014);

  SourceParts jovid = parse_source_string("American Journal Of Industrial Medicine June 2015;58(6):688-696");
  CHECK(jovid.journal == "American Journal Of Industrial Medicine");
  CHECK(jovid.volume == "58");
  CHECK(jovid.issue == "6");
  CHECK(jovid.pages == "688-696");
  CHECK(jovid.date.year == 2015);
  SourceParts jovid2 = parse_source_string("ACSM'S Health & Fitness Journal January/February 2010;14(1):56");
  CHECK(jovid2.journal == "ACSM'S Health & Fitness Journal");
  CHECK(jovid2.pages == "56");
}
