// The MEDLINE importer (PubMed's "PubMed format" / .nbib, ERIC's MEDLINE
// export) on a real PubMed export and on the shapes the format takes.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Parsed medline(std::string text) { return parse_with(std::move(text), parse_medline); }

}  // namespace

TEST_CASE("a PubMed export (pyBibX): ten records, CRLF, continuation lines, ORCIDs, affiliations", "[medline]") {
  Parsed p = parse_file(fixture("corpora/pybibx__mcda_pubmed.txt"));
  REQUIRE(p.records.size() == 10);
  CHECK(p.stats.rejected == 0);
  // One note: PG e0268950 and 112595 are article numbers (dedup58), said once.
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("is an article number") != std::string::npos);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "medline");
  CHECK(r.provenance.line == 1);
  CHECK(r.pmid == "36206242");
  CHECK(r.pmcid == "PMC9543698");
  CHECK(r.type == "article-journal");
  // NLM's terminal period is not part of the title.
  CHECK(r.title == "On the Monte Carlo weights in multiple criteria decision analysis");
  CHECK(r.container_title == "PloS one");
  CHECK(r.container_title_short == "PLoS One");
  CHECK(r.volume == "17");
  CHECK(r.issue == "10");
  CHECK(r.pages.empty());  // an article number written as the page: the number (dedup58)
  CHECK(r.number == "e0268950");
  CHECK(r.issued.year == 2022);
  CHECK(r.doi == "10.1371/journal.pone.0268950");
  CHECK(r.issn == std::vector<std::string>{"1932-6203"});
  CHECK(r.language == "eng");
  // Continuation lines end in a space before CRLF: joined by one space.
  CHECK(starts_with(r.abstract, "In multiple-criteria decision making/aiding/analysis (MCDM/MCDA) weights of criteria "
                                "constitute a crucial input"));
  CHECK(r.abstract.find("  ") == std::string::npos);
  CHECK(r.abstract.find('\r') == std::string::npos);
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Mazurek");
  CHECK(r.authors[0].given == "Ji\xC5\x99\xC3\xAD");  // Jiří
  CHECK(r.authors[0].affiliations.size() == 1);
  CHECK(r.authors[1].family == "Strza\xC5\x82ka");
  CHECK(r.authors[1].orcid == "0000-0002-8887-4321");
  REQUIRE(r.authors[1].affiliations.size() == 2);
  CHECK(starts_with(r.authors[1].affiliations[1], "Department of Complex Systems"));
  CHECK(r.keywords == std::vector<std::string>{"Decision Making", "Decision Support Techniques", "Entropy",
                                               "Monte Carlo Method"});
  CHECK(extra_values(r, "PT") == std::vector<std::string>{"Journal Article", "Research Support, Non-U.S. Gov't"});
  CHECK(extra_values(r, "LID") == std::vector<std::string>{"e0268950"});
  CHECK(extra_values(r, "DEP") == std::vector<std::string>{"20221007"});
  // Every record has its PMID and the line of its PMID tag.
  std::uint32_t last_line = 0;
  for (const Record& x : p.records) {
    CHECK(x.pmid.size() == 8);
    CHECK(x.provenance.line > last_line);
    last_line = x.provenance.line;
  }
}

TEST_CASE("an AU of et al. in any spelling is no author: it is kept as written", "[medline]") {
  Parsed p = medline(
      "PMID- 1\n"
      "AU  - Abrahams JP\n"
      "AU  - et. al.\n"
      "AU  - [et al.]\n"
      "ED  - Leslie AG\n"
      "ED  - ET AL\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Abrahams");
  REQUIRE(r.editors.size() == 1);
  CHECK(r.editors[0].family == "Leslie");
  CHECK(extra_values(r, "AU") == std::vector<std::string>{"et. al.", "[et al.]"});
  CHECK(extra_values(r, "ED") == std::vector<std::string>{"ET AL"});
}

TEST_CASE("FAU is preferred to AU; an AU alone stands for itself; AD and AUID go to the author before them",
          "[medline]") {
  Parsed p = medline(
      "PMID- 1\n"
      "TI  - A title\n"
      "FAU - van Raaij, M J\n"
      "AU  - van Raaij MJ\n"
      "AD  - Medical Research Council, Cambridge,\n"
      "      United Kingdom.\n"
      "AD  - Second place.\n"
      "AUID- ORCID: https://orcid.org/0000-0002-1825-009x\n"
      "AU  - Abrahams JP\n"
      "CN  - WHO Study Group\n"
      "FAU - Leslie, Andrew G W\n"
      "AU  - Leslie AG\n"
      "AUID- ISNI: 0000 0001 2103 0000\n"
      "AU  - et al.\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[0].full_family() == "van Raaij");
  CHECK(r.authors[0].given == "M J");
  CHECK(r.authors[0].affiliations ==
        std::vector<std::string>{"Medical Research Council, Cambridge, United Kingdom.", "Second place."});
  CHECK(r.authors[0].orcid == "0000-0002-1825-009X");
  CHECK(r.authors[1].family == "Abrahams");  // AU without FAU: the citation form
  CHECK(r.authors[1].given == "JP");
  CHECK(r.authors[2].literal == "WHO Study Group");
  CHECK(r.authors[3].family == "Leslie");
  CHECK(r.authors[3].given == "Andrew G W");
  CHECK(r.authors[3].orcid.empty());
  // What has no slot is kept.
  CHECK(extra_values(r, "AUID") == std::vector<std::string>{"ISNI: 0000 0001 2103 0000"});
  CHECK(extra_values(r, "AU") == std::vector<std::string>{"et al."});
}

TEST_CASE("a PubMed book chapter: BTI is the book, FED/ED the editors, PB and PL the publisher", "[medline]") {
  Parsed p = parse_file(fixture("corpora/zotero-cases/medline/001.input.txt"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[1];
  CHECK(r.type == "chapter");
  CHECK(r.title == "Peutz-Jeghers Syndrome");
  CHECK(r.container_title == "Cancer Syndromes");
  CHECK(r.publisher == "National Center for Biotechnology Information (US)");
  CHECK(r.publisher_place == "Bethesda (MD)");
  REQUIRE(r.editors.size() == 4);
  CHECK(r.editors[0].family == "Riegert-Johnson");
  CHECK(r.editors[0].given == "Douglas L");
  REQUIRE(r.authors.size() == 7);
  CHECK(r.authors[4].family == "Wong Kee Song");
  CHECK(r.issued.year == 2009);
  CHECK(extra_values(r, "AID") == std::vector<std::string>{"NBK1826 [bookaccession]"});
  // The journal article before it: PL is the journal's country, not a place.
  const Record& a = p.records[0];
  CHECK(a.type == "article-journal");
  CHECK(a.publisher_place.empty());
  CHECK(extra_values(a, "PL") == std::vector<std::string>{"UNITED STATES"});
  CHECK(a.pages == "6913-6917");  // PG 6913-7
  CHECK(a.issued.year == 1996);
  CHECK(a.issued.month == 7);
  CHECK(a.issued.day == 9);
  // Major MeSH headings lose their star: "*Protein Structure, Secondary".
  CHECK(std::find(a.keywords.begin(), a.keywords.end(), "Protein Structure, Secondary") != a.keywords.end());
  CHECK(std::find(a.keywords.begin(), a.keywords.end(), "Aurovertins/chemistry/metabolism") != a.keywords.end());
  for (const auto& k : a.keywords) CHECK(k.find('*') == std::string::npos);
}

// audit7: the sibling of PubMed XML's <CollectionTitle>: a Bookshelf book's
// series (CTI) is the series the exporters write (CSL collection-title,
// BibTeX series), as the same book read from PubMed XML has it.
TEST_CASE("a PubMed book's CTI is its series, as PubMed XML's CollectionTitle", "[medline]") {
  Parsed p = medline(
      "PMID- 21413195\nSTAT- Publisher\nPB  - Royal College of Physicians (UK)\nPL  - London\n"
      "BTI - Rheumatoid Arthritis: National Clinical Guideline\n"
      "CTI - National Institute for Health and Clinical Excellence: Guidance\nDP  - 2009 Feb\n"
      "CN  - National Collaborating Centre for Chronic Conditions (UK)\nPT  - Review\nPT  - Book\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].type == "book");
  CHECK(p.records[0].get_extra("collection-title") == "National Institute for Health and Clinical Excellence: Guidance");
  CHECK(extra_values(p.records[0], "CTI").empty());
}

TEST_CASE("ERIC records: no PMID, blank-line separated, ISSN with a prefix, publication types", "[medline]") {
  Parsed p = parse_file(fixture("corpora/zotero-cases/medline/004.input.txt"));
  REQUIRE(p.records.size() == 3);
  const Record& a = p.records[0];
  CHECK(a.pmid.empty());
  CHECK(a.type == "article-journal");
  CHECK(a.container_title == "Journal of Applied Testing Technology");
  CHECK(a.issn == std::vector<std::string>{"2375-5636"});
  REQUIRE(a.authors.size() == 2);
  CHECK(a.authors[0].full_family() == "van Groen");
  CHECK(a.authors[0].given == "Maaike M.");
  CHECK(a.url == "http://www.jattjournal.com/index.php/atp/article/view/146484");
  CHECK(extra_values(a, "OID") == std::vector<std::string>{"EJ1227990"});
  CHECK(a.keywords.size() == 8);
  // The publisher's link of the second record is a DOI.
  CHECK(p.records[1].doi == "10.1186/s40468-019-0086-7");
  // "Reports - Research": JT is the institution that issued it.
  const Record& c = p.records[2];
  CHECK(c.type == "report");
  CHECK(c.publisher == "ACT, Inc.");
  CHECK(c.container_title.empty());
  CHECK(c.issued.year == 2019);
}

TEST_CASE("records are split at blank lines and at a PMID line; text around them is ignored", "[medline]") {
  Parsed p = medline(
      "Saved from PubMed on 2024-01-01\n"
      "\n"
      "PMID- 11\n"
      "TI  - First\n"
      "PMID- 22\n"
      "TI  - Second\n"
      "\n"
      "\n"
      "OWN - ERIC\n"
      "TI  - Third, without PMID\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "11");
  CHECK(p.records[0].provenance.line == 3);
  CHECK(p.records[1].pmid == "22");
  CHECK(p.records[1].provenance.line == 5);
  CHECK(p.records[2].title == "Third, without PMID");
  CHECK(p.records[2].provenance.line == 9);
  // Same text, same hash; the hash covers the record only.
  Parsed q = medline("PMID- 11\nTI  - First\n");
  CHECK(q.records[0].provenance.hash == p.records[0].provenance.hash);
}

TEST_CASE("a record with nothing to identify it is rejected at its line; a stray line is a warning", "[medline]") {
  Parsed p = medline(
      "PMID- 1\n"
      "TI  - Good\n"
      "\n"
      "OWN - NLM\n"
      "STAT- MEDLINE\n"
      "\n"
      "PMID- 3\n"
      "TI  - Wrapped\n"
      "not indented\n");
  CHECK(p.stats.records == 2);
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::error, 4, "no title, no author, no DOI and no PMID"));
  CHECK(has_diag(p.diags, Severity::warning, 9, "neither a tag line nor an indented continuation"));
  CHECK(p.records[1].title == "Wrapped not indented");
}

TEST_CASE("identifiers: LID/AID with [doi] and [pii], PMC; an article number from a lone pii", "[medline]") {
  Parsed p = medline(
      "PMID- 35128459\n"
      "TI  - T\n"
      "LID - 1042 [pii]\n"
      "AID - 10.1000/ABC [doi]\n"
      "AID - S0033-3506(15)00037-2 [pii]\n"
      "LID - not a doi [doi]\n"
      "PMC - PMC8816568\n"
      "IS  - 0027-8424 (Print)\n"
      "IS  - 0027-8424 (Linking)\n"
      "ISBN- 978-1-59857-192-9\n"
      "XYZ - kept\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.1000/abc");
  CHECK(r.number == "1042");
  CHECK(r.pmcid == "PMC8816568");
  CHECK(r.issn == std::vector<std::string>{"0027-8424"});
  CHECK(r.isbn == std::vector<std::string>{"978-1-59857-192-9"});
  CHECK(extra_values(r, "LID") == std::vector<std::string>{"1042 [pii]", "not a doi [doi]"});
  CHECK(extra_values(r, "AID") == std::vector<std::string>{"S0033-3506(15)00037-2 [pii]"});
  CHECK(extra_values(r, "XYZ") == std::vector<std::string>{"kept"});
  CHECK(p.diags.warnings() == 0);
}

TEST_CASE("the period NLM ends every title with is dropped, an abbreviation's is kept", "[medline]") {
  CHECK(drop_nlm_period("Effect of insulin on glucose.") == "Effect of insulin on glucose");
  // A title NLM translated is in brackets, which say only that (task small39; before: kept).
  CHECK(drop_nlm_period("[Treatment of asthma in children].") == "Treatment of asthma in children");
  CHECK(drop_nlm_period("[Behavioural addiction : an independent diagnostic category?].") ==
        "Behavioural addiction : an independent diagnostic category?");
  CHECK(drop_nlm_period("[Parasitic copepods of the genera Salmincola.]") == "Parasitic copepods of the genera Salmincola");
  CHECK(drop_nlm_period("[Treatment in the U.S.]") == "Treatment in the U.S.");
  // Brackets that do not hold the whole title stay.
  CHECK(drop_nlm_period("[18F]FDG PET in dementia [review].") == "[18F]FDG PET in dementia [review]");
  CHECK(drop_nlm_period("[Current aspects]. [Review] [16 refs].") == "[Current aspects]. [Review] [16 refs]");
  CHECK(drop_nlm_period("Is it safe?") == "Is it safe?");
  CHECK(drop_nlm_period("Health care in the U.S.") == "Health care in the U.S.");
  CHECK(drop_nlm_period("complexed with aurovertin B.") == "complexed with aurovertin B.");
  CHECK(drop_nlm_period("Wait...") == "Wait...");
  CHECK(drop_nlm_period("No period") == "No period");
}

TEST_CASE("MEDLINE dates and pages", "[medline]") {
  auto d = [](const char* s) { return show(parse_medline_date(s)); };
  CHECK(d("1996 Jul 9") == "1996/7/9/");
  CHECK(d("2015 May") == "2015/5/0/");
  CHECK(d("2021") == "2021/0/0/");
  CHECK(d("20211227") == "2021/12/27/");
  CHECK(d("2010 Sep-Oct") == "2010/9/0/2010 Sep-Oct");
  CHECK(d("2001 Jan 5-18") == "2001/1/0/2001 Jan 5-18");
  CHECK(d("2003 Spring") == "2003/0/0/2003 Spring");
  CHECK(d("1998 Dec-1999 Jan") == "1998/12/0/1998 Dec-1999 Jan");
  CHECK(d("Article 10 2019") == "2019/0/0/Article 10 2019");
  CHECK(expand_page_range("6913-7") == "6913-6917");
  CHECK(expand_page_range("475-82") == "475-482");
  CHECK(expand_page_range("12-24") == "12-24");
  CHECK(expand_page_range("e0268950") == "e0268950");
  CHECK(expand_page_range("S10-5") == "S10-S15");
  CHECK(expand_page_range("e123-45") == "e123-e145");
  CHECK(expand_page_range("123-45; discussion 146-7") == "123-45; discussion 146-7");
  // clean34: every reader and writer expands (normalize_pages); what is no
  // abbreviated range stays as written.
  CHECK(normalize_pages("809\u201319") == "809-819");
  CHECK(expand_page_range("809-05") == "809-05");  // its end would come first
  CHECK(expand_page_range("809-") == "809-");
  CHECK(expand_page_range("xi-xv") == "xi-xv");
  CHECK(expand_page_range("99-101") == "99-101");
}

TEST_CASE("a MEDLINE file is detected as MEDLINE, never as RIS", "[medline][detect]") {
  for (const char* rel : {"corpora/pybibx__mcda_pubmed.txt", "corpora/zotero-cases/medline/004.input.txt",
                          "corpora/zotero-cases/medline/000.input.txt"}) {
    INFO(rel);
    Detection d = detect_formats(decode_text(slurp(fixture(rel))).text);
    CHECK(d.medline);
    CHECK_FALSE(d.ris);
    CHECK_FALSE(d.bibtex);
  }
  // PubMed's RIS export stays RIS.
  Detection ris = detect_formats(decode_text(slurp(fixture("corpora/citesource__pubmed_46.ris"))).text);
  CHECK(ris.ris);
  CHECK_FALSE(ris.medline);
  CHECK(parse_format_name("nbib") == Format::medline);
  CHECK(parse_format_name("pubmed") == Format::medline);
  CHECK(parse_format_name("MEDLINE") == Format::medline);
  CHECK(format_name(Format::medline) == "medline");
}

TEST_CASE("a MEDLINE file forced as RIS is an error naming MEDLINE, not one glued record", "[medline][detect]") {
  Parsed p = parse_file(fixture("corpora/pybibx__mcda_pubmed.txt"), Format::ris);
  CHECK(p.records.empty());
  CHECK(p.stats.records == 0);
  REQUIRE(p.diags.errors() == 1);
  CHECK(p.diags.items()[0].line == 0);
  CHECK(p.diags.items()[0].message.find("looks like MEDLINE") != std::string::npos);
  // And an RIS file forced as MEDLINE.
  Parsed q = parse_file(fixture("corpora/citesource__pubmed_46.ris"), Format::medline);
  CHECK(q.records.empty());
  CHECK(q.diags.items().at(0).message.find("looks like RIS") != std::string::npos);
  // Forced as what it is, it reads.
  CHECK(parse_file(fixture("corpora/pybibx__mcda_pubmed.txt"), Format::medline).records.size() == 10);
}

TEST_CASE("the CLI imports MEDLINE, refuses a wrong --format, and says what an unknown file looks like",
          "[medline][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  CommandResult ok = run_refnet("import --library '" + lib + "' '" + fixture("corpora/pybibx__mcda_pubmed.txt") + "'");
  CHECK(ok.status == 0);
  CHECK(ok.out.find("10 read, 10 new") != std::string::npos);
  CommandResult forced =
      run_refnet("import --library '" + lib + "' --format ris '" + fixture("corpora/pybibx__mcda_pubmed.txt") + "'");
  CHECK(forced.status == 4);
  CHECK(forced.err.find("error: --format ris: the input looks like MEDLINE") != std::string::npos);
  std::string xml = tmp / "other.xml";
  { std::ofstream(xml) << "<?xml version=\"1.0\"?>\n<records><record/></records>\n"; }
  CommandResult unknown = run_refnet("import --library '" + lib + "' '" + xml + "'");
  CHECK(unknown.status == 4);
  CHECK(unknown.err.find("no bibliographic records found (the input looks like an XML document <records>)") !=
        std::string::npos);
  CommandResult xml_as_bib = run_refnet("import --library '" + lib + "' --format bibtex '" + xml + "'");
  CHECK(xml_as_bib.status == 4);
  CHECK(xml_as_bib.err.find("looks like an XML document <records>, not bibtex") != std::string::npos);
}

TEST_CASE("old PubMed records put the one AD before the authors: it is the first author's", "[medline]") {
  // Bug found on Biopython's pubmed_result1/2.txt: the affiliation went to
  // extra because no author had been read yet.
  Parsed p = parse_file(fixture("medline/old-ad-before-authors.txt"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].affiliations ==
        std::vector<std::string>{"Institute of Examples, Queen Square, London EC1 6BQ, UK. first.author@example.ac.uk"});
  CHECK(r.authors[1].affiliations.empty());
  CHECK(extra_values(r, "AD").empty());
  CHECK(r.provenance.line == 2);
  // With no author to give it to, it is kept.
  CHECK(extra_values(p.records[1], "AD") == std::vector<std::string>{"Somewhere."});
}

// audit9: PubMed's major-topic mark is taken off by one rule in every reader
// (MEDLINE MH here, RIS KW in ris_import_test): a run of '*' opening the
// heading or a subheading, white space around the term aside.  A '*'
// elsewhere is part of the term.
TEST_CASE("MeSH major-topic marks: one rule (MH)", "[medline]") {
  Parsed p = medline("PMID- 1\nTI  - Marks.\nMH  - *Gambling/epidemiology/*psychology\nMH  - **Humans\n"
                     "MH  -  *Adult \nMH  - Gene*Drug Interaction\nMH  - *\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].keywords ==
        std::vector<std::string>{"Gambling/epidemiology/psychology", "Humans", "Adult", "Gene*Drug Interaction"});
}

// export11: Ovid and PubMed write "Anonymous" where a record has no author
// (FAU and AU both); it is no person: dropped with a warning, as the RIS,
// BibTeX, EndNote and WoS readers do.  Its AU is not read as a second author.
TEST_CASE("MEDLINE: the 'Anonymous' placeholder is no author: dropped with a warning", "[medline][export11]") {
  Parsed p = medline(
      "PMID- 1\n"
      "TI  - A title\n"
      "FAU - Anonymous\n"
      "AU  - Anonymous\n"
      "FAU - Leslie, Andrew G W\n"
      "AU  - Leslie AG\n"
      "\n"
      "PMID- 2\n"
      "TI  - Another\n"
      "AU  - Anonymous\n");
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Leslie");
  CHECK(p.records[1].authors.empty());
  std::size_t said = 0;
  for (const auto& d : p.diags.items()) said += d.message.find("'Anonymous' is a placeholder") != std::string::npos;
  CHECK(said == 2);
}

// doi17 (issue #11): ERIC's AID link to the publisher's page gives the DOI
// without the page's tail, and says so.
TEST_CASE("ERIC: a DOI read from a publisher's link in AID loses the page's tail, with a warning", "[medline][doi17]") {
  Parsed p = medline(
      "OWN - ERIC\n"
      "TI  - A title\n"
      "AID - https://www.tandfonline.com/doi/pdf/10.1080/01442872.2015.1043987?needAccess=true\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1080/01442872.2015.1043987");
  CHECK(has_diag(p.diags, Severity::warning, 3, "repaired (web address tail '?needAccess=true' removed): "
                                                "10.1080/01442872.2015.1043987"));
}

// export18: "2022 Jan-Feb" (DP; PubMed XML's MedlineDate) was read as
// January with the text beside it: CSL-JSON and CSV said January only.  A
// range of months is a range; the text stays as the source wrote it (RIS's
// DA and the BibTeX writers still say it); what is not a range keeps the
// month and the text as before.
TEST_CASE("export18: MEDLINE's ranges of months are read as ranges", "[medline][export18]") {
  auto range = [](const char* s) {
    Date d = parse_medline_date(s);
    return show(d) + " -> " + std::to_string(d.end_year) + "/" + std::to_string(d.end_month) + "/" +
           std::to_string(d.end_day);
  };
  CHECK(range("2022 Jan-Feb") == "2022/1/0/2022 Jan-Feb -> 2022/2/0");
  CHECK(range("2010 Sep-Oct") == "2010/9/0/2010 Sep-Oct -> 2010/10/0");
  CHECK(range("1998 Dec-1999 Jan") == "1998/12/0/1998 Dec-1999 Jan -> 1999/1/0");
  CHECK(range("2022 Jan-2023 Mar") == "2022/1/0/2022 Jan-2023 Mar -> 2023/3/0");
  // Not ranges of months: the text, as before.
  CHECK(range("2003 Spring") == "2003/0/0/2003 Spring -> 0/0/0");
  CHECK(range("2001 Jan 5-18") == "2001/1/0/2001 Jan 5-18 -> 0/0/0");
  CHECK(range("2010 Oct-Sep") == "2010/10/0/2010 Oct-Sep -> 0/0/0");  // backwards: not understood
  CHECK(range("Article 10 2019") == "2019/0/0/Article 10 2019 -> 0/0/0");
  CHECK(range("2015 May") == "2015/5/0/ -> 0/0/0");
  // Through a file.
  Parsed p = parse_string("PMID- 1\nTI  - T.\nDP  - 2022 Jan-Feb\n", Format::medline);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issued.end_month == 2);
}
