// The Web of Science tagged importer on real savedrecs.txt exports and on the
// variations of the format (header-less files, CRLF, records cut short).
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// doi18: how many diagnostics of severity `s` have a message holding `text`.
std::size_t count_diags(const refnet::Diagnostics& d, refnet::Severity s, std::string_view text) {
  std::size_t n = 0;
  for (const auto& x : d.items()) n += x.severity == s && x.message.find(text) != std::string::npos;
  return n;
}

std::size_t count_refs(const Parsed& p, bool with_doi = false) {
  std::size_t n = 0;
  for (const Record& r : p.records)
    for (const Reference& x : r.references) n += !with_doi || !x.doi.empty();
  return n;
}

}  // namespace

TEST_CASE("umbrella-review savedrecs.txt: 29 records, 3,141 cited references", "[wos]") {
  Parsed p = parse_file(fixture("corpora/umbrella-review__savedrecs.txt"));
  CHECK(p.diags.errors() == 0);
  // doi18: the cited reference DOIs WoS broke with a space (10) or gave as
  // a list of other DOIs (5), each said; nothing else.
  CHECK(p.diags.warnings() == 15);
  CHECK(count_diags(p.diags, Severity::warning, "cited reference DOI ") == 15);
  CHECK(count_diags(p.diags, Severity::warning, "white space inside removed") == 10);
  REQUIRE(p.records.size() == 29);
  CHECK(count_refs(p) == 3141);
  CHECK(count_refs(p, true) == 2336);  // the CR lines holding "DOI "
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "wos");
  CHECK(r.provenance.line == 3);
  CHECK(r.type == "article-journal");
  CHECK(r.title == "Critical review of urban community resilience indicators");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[0].family == "Osei-Kyei");  // AF preferred to AU
  CHECK(r.authors[0].given == "Robert");
  REQUIRE(r.authors[0].affiliations.size() == 1);
  CHECK(r.authors[0].affiliations[0] ==
        "Western Sydney Univ, Sch Engn Design & Built Environm, Sydney, Australia.");
  CHECK(r.authors[3].affiliations == r.authors[0].affiliations);
  // OI names "Osei Kyei, Robert", "AMPRATWUM, GODSLOVE", and wraps one entry over two lines.
  CHECK(r.authors[0].orcid == "0000-0003-4121-1958");
  CHECK(r.authors[1].orcid == "0000-0002-1074-8018");
  CHECK(r.authors[2].orcid == "0000-0002-8355-7386");
  CHECK(r.authors[3].orcid == "0000-0003-0530-0910");
  CHECK(extra_values(r, "OI").empty());
  CHECK(r.container_title == "SMART AND SUSTAINABLE BUILT ENVIRONMENT");
  CHECK(r.container_title_short == "Smart Sustain. Built Environ.");
  CHECK(r.get_extra("J9") == "SMART SUSTAIN BUILT");
  CHECK(show(r.issued) == "2023/2/28/");  // PY 2023, PD 2023 FEB 28
  CHECK(r.doi == "10.1108/sasbe-08-2022-0180");
  CHECK(r.issn == std::vector<std::string>{"2046-6099", "2046-6102"});
  CHECK(r.wos_ut == "WOS:000938257800001");
  CHECK(r.keywords == std::vector<std::string>{"Urban community", "Resilience", "Criteria", "Indicators", "Disasters"});
  // Keywords Plus are kept apart, a wrapped list joined with a space.
  CHECK(starts_with(r.get_extra("ID"), "CLIMATE-CHANGE; DISASTER RESILIENCE;"));
  CHECK(r.get_extra("ID").find("MANAGEMENT; FRAMEWORK") != std::string::npos);
  CHECK(r.get_extra("DT") == "Review; Early Access");
  CHECK(r.get_extra("NR") == "94");
  CHECK(r.get_extra("TC") == "0");
  CHECK(r.references.size() == 94);
  CHECK(r.references[0].author == "Aksha SK");
  CHECK(r.references[0].doi == "10.3390/ijerph17061985");
}

TEST_CASE("UT MEDLINE: records of an All Databases export", "[wos]") {
  Parsed p = parse_file(fixture("corpora/umbrella-review__savedrecs.txt"));
  std::vector<const Record*> medline;
  for (const Record& r : p.records)
    if (starts_with(r.wos_ut, "MEDLINE:")) medline.push_back(&r);
  REQUIRE(medline.size() == 2);
  const Record& m = *medline[1];
  CHECK(m.wos_ut == "MEDLINE:25905026");
  CHECK(m.pmid == "25905026");
  // NLM's title period is dropped, as the MEDLINE and PubMed XML importers do
  // (audit7): the same work from PubMed and from WoS has one title.
  CHECK(m.title == "Community disaster resilience: a systematic review on assessment models and tools");
  REQUIRE(m.authors.size() == 5);  // full names in AU, no AF
  CHECK(m.authors[4].family == "Khankeh");
  CHECK(m.authors[4].given == "Hamid Reza");
  CHECK(show(m.issued) == "2015/4/8/");  // PD 2015 Apr 08
  CHECK(m.get_extra("AN") == "25905026");
  CHECK(m.get_extra("SA") == "PubMed-not-MEDLINE");
}

TEST_CASE("decolonizing-expertise savedrecs.txt: BOM, 50 records, 2,542 cited references", "[wos]") {
  Parsed p = parse_file(fixture("corpora/decolonizing-expertise__savedrecs.txt"));
  CHECK(p.diags.errors() == 0);
  // doi18: ten CR lines give a list of two DOIs; the first is kept, the other said.
  // audit26: and a cited SICI DOI's '&lt;0579:FBIITA&gt;' is decoded, said.
  // trust28: and two AF names whose given name AF put in the family, said;
  // trust30: two more ('Manuel Mora, Jose', 'Manuel Serrano, Jose').
  CHECK(p.diags.warnings() == 15);
  // audit59: of those ten, one lists a supplement's DOI first: the article's is kept.
  CHECK(count_diags(p.diags, Severity::warning, "(the first of 2 DOIs kept, ") == 9);
  CHECK(count_diags(p.diags, Severity::warning, "the first is the other's supplement: 10.1890/14-2275.1 kept") == 1);
  CHECK(count_diags(p.diags, Severity::warning, "' is a given name (AU '") == 4);
  CHECK(count_diags(p.diags, Severity::warning, "1 value holds HTML character references") == 1);
  REQUIRE(p.records.size() == 50);
  CHECK(count_refs(p) == 2542);
  CHECK(count_refs(p, true) == 1571);
  CHECK(std::count_if(p.records.begin(), p.records.end(), [](const Record& r) { return r.doi.empty(); }) == 12);
  const Record& r = p.records[0];
  // A title wrapped over two lines is one line again.
  CHECK(r.title == "Central American academics create a research network and monitor marine litter by applying citizen science");
  CHECK(r.issued.year == 2022);
  // PD MAY-AUG: the issue's months, a range within 2022 (lead56: was May alone, PD kept), as WoS's BibTeX reads.
  CHECK(r.issued.month == 5);
  CHECK(r.issued.end_year == 2022);
  CHECK(r.issued.end_month == 8);
  CHECK(r.get_extra("PD").empty());
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[1].affiliations.size() == 1);
  CHECK(r.authors[1].affiliations == r.authors[3].affiliations);
  CHECK(r.authors[2].affiliations[0] == "Univ Tecnol Panama, Lab Microplast, Ave Univ Tecnol,Campus Victor Levi Sasso, El Dorado, Panama.");
  CHECK(r.volume == "31");
  CHECK(r.issue == "2");
}

TEST_CASE("WoS tagged: detection, header variants, CRLF, continuation lines", "[wos]") {
  const std::string rec =
      "PT J\nAU Doe, J\n   Roe, R\nAF Doe, Jane\n   Roe, Richard\nCA WHO Study Group\nGP IEEE\nTI A title\n   wrapped\n"
      "SO J TEST\nPY 2019\nBP 10\nEP 19\nAR e123\nDI 10.1000/ABC\nBN 978-3-16-148410-0\nPU ACME\nPI BERLIN\n"
      "DT Article; Proceedings Paper\nAB First paragraph.\n   Second paragraph.\nZZ unknown tag\nPM 12345\nUT WOS:1\nER\n";
  for (const std::string& header : {std::string("FN Thomson Reuters Web of Knowledge\nVR 1.0\n"),
                                     std::string("\xEF\xBB\xBF" "FN Clarivate Analytics Web of Science\nVR 1.0\n"),
                                     std::string()}) {
    std::string text = header + rec + "\nEF\n";
    REQUIRE(detect_formats(text).wos);
    CHECK_FALSE(detect_formats(text).ris);
    std::string crlf;
    for (char c : text) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    for (const std::string& t : {text, crlf}) {
      Parsed p = parse_string(t);
      CHECK(p.diags.errors() + p.diags.warnings() == 0);
      REQUIRE(p.records.size() == 1);
      const Record& r = p.records[0];
      CHECK(r.title == "A title wrapped");
      REQUIRE(r.authors.size() == 3);
      CHECK(r.authors[1].given == "Richard");
      CHECK(r.authors[2].literal == "WHO Study Group");
      CHECK(r.get_extra("GP") == "IEEE");  // the proceedings' group author, not the paper's
      CHECK(r.type == "paper-conference");
      CHECK(r.pages == "10-19");
      CHECK(r.number == "e123");
      CHECK(r.doi == "10.1000/abc");
      CHECK(r.isbn == std::vector<std::string>{"978-3-16-148410-0"});
      CHECK(r.publisher == "ACME");
      CHECK(r.publisher_place == "BERLIN");
      CHECK(r.abstract == "First paragraph.\nSecond paragraph.");
      CHECK(r.get_extra("ZZ") == "unknown tag");
      CHECK(r.pmid == "12345");
      CHECK(r.get_extra("AU") == "Doe, J\nRoe, R");  // the names not chosen are kept
    }
  }
  CHECK(parse_format_name("wos") == Format::wos);
  CHECK(format_name(Format::wos) == "wos");
}

TEST_CASE("WoS tagged: what is wrong is said, the rest imports", "[wos]") {
  Parsed p = parse_string(
      "FN Clarivate Analytics Web of Science\nVR 1.0\n"
      "PT J\nTI Not closed\nPT J\nTI Second\nno indent here\nDI not a doi\nER\n"
      "stray text\n"
      "PT J\nNR 3\nER\n"
      "PT J\nAU Solo, S\nC1 Some Univ, Dept X, City.\nC1 [Nobody, N] Other Univ.\nOI Solo, S/0000-0001-2345-6789; Else, E/0000-0009-8765-4321\n"
      "ER\nPT J\nTI Cut at the end\n");
  REQUIRE(p.records.size() == 4);
  CHECK(p.stats.rejected == 1);  // the record with nothing to identify it
  CHECK(p.diags.errors() == 1);
  const auto& items = p.diags.items();
  auto said = [&](std::string_view what, std::uint32_t line) {
    return std::any_of(items.begin(), items.end(), [&](const Diagnostic& d) {
      return d.message.find(what) != std::string::npos && d.line == line;
    });
  };
  CHECK(said("not closed by ER", 3));
  CHECK(said("not indented", 7));
  CHECK(said("DI is not a DOI", 8));
  CHECK(said("text outside a WoS record", 10));
  CHECK(said("no title, no author and no DOI", 11));
  CHECK(said("before the end of the input", 20));
  CHECK(p.records[1].title == "Second no indent here");
  CHECK(p.records[1].get_extra("DI") == "not a doi");
  const Record& solo = p.records[2];
  REQUIRE(solo.authors.size() == 1);
  // An address without brackets is the only author's; C1 repeated stays in extra.
  CHECK(solo.authors[0].affiliations == std::vector<std::string>{"Some Univ, Dept X, City."});
  CHECK(solo.authors[0].orcid == "0000-0001-2345-6789");
  CHECK(solo.get_extra("OI") == "Else, E/0000-0009-8765-4321");
  CHECK(p.records[3].title == "Cut at the end");
}

TEST_CASE("C1 may name a group author (CA)", "[wos]") {
  // As awandahl/wos's savedrecs.txt writes an ATLAS paper: no AU, the
  // collaboration in CA and in C1's brackets.
  Parsed p = parse_string(
      "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nCA ATLAS Collaboration\nTI Underlying-event studies\n"
      "C1 [ATLAS Collaboration] CERN, CH-1211 Geneva 23, Switzerland.\nER\nEF\n");
  CHECK(p.diags.warnings() == 0);
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].literal == "ATLAS Collaboration");
  CHECK(p.records[0].authors[0].affiliations == std::vector<std::string>{"CERN, CH-1211 Geneva 23, Switzerland."});
  CHECK(p.records[0].get_extra("C1").empty());
}

// audit7: a repaired DI is said, as RIS's DO is.
TEST_CASE("WoS: a repaired DI is said with a warning", "[wos][audit7]") {
  Parsed p = parse_string("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nTI A title\n"
                          "DI 10.1659/0276-4741(2007)27 [ 32:TLBCFP]2.0.CO;2\nER\nEF\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1659/0276-4741(2007)27[32:tlbcfp]2.0.co;2");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("repaired (white space inside removed)") != std::string::npos);
}

// audit9: "[Anonymous]" (an editorial, a news item) is Web of Science's
// placeholder for no author: not a person, left out of the authors with the warning every reader gives
// (and kept as the work's author placeholder when no one else is named),
// and the C1 addresses still go to the authors they name.
TEST_CASE("WoS tagged: '[Anonymous]' is no author, dropped with a warning", "[wos]") {
  Parsed p = parse_string("FN Clarivate Analytics Web of Science\nVR 1.0\n"
                          "PT J\nAU [Anonymous]\nTI An editorial\nSO J ONE\nPY 2020\nER\n\n"
                          "PT J\nAU [Anonymous]\n   Smith, J\nAF [Anonymous]\n   Smith, John\n"
                          "C1 [Smith, John] Univ X, Dept Y.\nTI A paper\nSO J ONE\nPY 2020\nER\n\nEF\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].authors.empty());
  CHECK(has_diag(p.diags, Severity::warning, 4, "'[Anonymous]' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
  const Record& r = p.records[1];
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Smith");
  REQUIRE(r.authors[0].affiliations.size() == 1);
  CHECK(r.authors[0].affiliations[0] == "Univ X, Dept Y.");
  CHECK(p.diags.warnings() == 2);
}

// Issue #11: the journal's web address glued onto a DI (merge-systematic-
// review, WoS record 25, its DI line kept in this two-record fixture) is cut
// with a warning, so the early-access and the issue record share one DOI.
TEST_CASE("WoS: a web address glued onto the DI is cut, with a warning", "[wos]") {
  Parsed p = parse_file(fixture("wos/glued-host-doi.txt"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.1177/0885412220921526");
  CHECK(p.records[1].doi == p.records[0].doi);
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].severity == Severity::warning);
  CHECK(p.diags.items()[0].line == 9);
  CHECK(p.diags.items()[0].message.find("repaired (web address 'journals.sagepub.com/home/jpl' after it removed)") !=
        std::string::npos);
}

// audit18: an Early Access record has no PY (nor PD) until its issue; its
// only date is EA, "MAY 2021".  In a real export of 621 records (no licence,
// measured only) 24 had no year; the year (and month) is now EA's, EA kept.
TEST_CASE("WoS: an Early Access record without PY is dated by its EA", "[wos][audit18]") {
  const std::string tagged =
      "FN Clarivate Analytics Web of Science\nVR 1.0\n"
      "PT J\nAU Mehreen, H\nAF Mehreen, Hina\nTI Absorptive capacity of recipients\nSO INTERNATIONAL MARKETING REVIEW\n"
      "DT Article; Early Access\nDI 10.1108/IMR-11-2020-0264\nEA MAY 2021\nUT WOS:000654264400001\nDA 2022-05-05\nER\n"
      "PT J\nAU Tranos, E\nTI Social network sites\nSO JOURNAL OF PLANNING LITERATURE\nPD AUG\nPY 2020\nVL 35\n"
      "EA MAY 2020\nUT WOS:000560781300002\nER\nEF\n";
  const std::string tab =
      "PT\tAU\tAF\tTI\tSO\tLA\tDT\tPD\tPY\tVL\tEA\tUT\r\n"
      "J\tMehreen, H\tMehreen, Hina\tAbsorptive capacity of recipients\tINTERNATIONAL MARKETING REVIEW\tEnglish\t"
      "Article; Early Access\t\t\t\tMAY 2021\tWOS:000654264400001\r\n";
  for (const std::string& text : {tagged, tab}) {
    Parsed p = parse_string(text);
    REQUIRE(p.records.size() >= 1);
    const Record& early = p.records[0];
    CHECK(early.issued.year == 2021);
    CHECK(early.issued.month == 5);
    CHECK(early.get_extra("EA") == "MAY 2021");
    CHECK(p.diags.items().empty());
  }
  // WoS BibTeX: its "Early Access Date" the same (3 of pybibx__wos.bib's 236
  // records had no year, and its networks then differed from the tagged file's).
  Parsed bib = parse_string(
      "@article{ WOS:000654264400001,\nAuthor = {Mehreen, Hina},\nTitle = {{Absorptive capacity of recipients}},\n"
      "Journal = {{INTERNATIONAL MARKETING REVIEW}},\nType = {{Article; Early Access}},\n"
      "Early Access Date = {{MAY 2021}},\nUnique-ID = {{WOS:000654264400001}},\n}\n");
  REQUIRE(bib.records.size() == 1);
  CHECK(bib.records[0].issued.year == 2021);
  CHECK(bib.records[0].issued.month == 5);
  CHECK_FALSE(bib.records[0].get_extra("early access date").empty());
  // With PY the issue's date stands; EA stays in extra.
  Parsed p = parse_string(tagged);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[1].issued.year == 2020);
  CHECK(p.records[1].issued.month == 8);
  CHECK(p.records[1].get_extra("EA") == "MAY 2020");
}

// names19: an AF name written without a comma, family name first (the
// Chinese names of merge-sr's savedrecs.txt, record of 'Zheng, MQ'): AU's
// family name, first in the AF name, orients it.  Before: family
// 'Muqiang', given 'Zheng'.
TEST_CASE("WoS: an AF name without a comma takes its family name from AU", "[wos][names]") {
  Parsed p = parse_string("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"
                          "AU Zheng, MQ\n   Tian, G\n   Huynh, VN\n   Smith, J\n"
                          "AF Zheng Muqiang\n   Tian Guang\n   Van-Nam Huynh\n   Smith, John\n"
                          "TI External networks\nSO ANTHROPOLOGIST\nPY 2014\nER\nEF\n");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].family == "Zheng");
  CHECK(a[0].given == "Muqiang");
  CHECK(a[1].family == "Tian");
  CHECK(a[1].given == "Guang");
  CHECK(a[2].family == "Huynh");  // given first in AF: AU's family is its last word
  CHECK(a[2].given == "Van-Nam");
  CHECK(a[3].family == "Smith");
  CHECK(p.diags.warnings() == 0);
}

// db21: Derwent Innovations Index records (PT P, UT DIIDW:) through the Web of
// Science's plain text export.  Their PD is "<patent number>   <date>   <IPC>
// <Derwent week>   Pages: N   <language>", their PI the priority application,
// PN the patent numbers and AE the assignees, one a line.  PD's "Pages: 5"
// became the day (2019-11-05) and PI the publisher's city.  Shape of the
// records quoted in a public Derwent parser (a utility model, CN, 2019);
// title and names altered.
TEST_CASE("WoS: a Derwent patent record: PD's date, PN's number; PI (priority) is no publisher's city", "[wos]") {
  Parsed p = parse_string(
      "FN Clarivate Analytics Web of Science\nVR 1.0\nPT P\nPN CN209618737-U; CN209618738-U\n"
      "TI Template trolley for a mobile tower crane, has upright post.\nAU ZHANG G\n   LIU Y\n"
      "AE CHINA RAILWAY SEVENTH GROUP CO LTD (CREN-C)\n   CHINA RAILWAY SEVENTH GROUP ZHENGZHOU EN (CREN-C)\n"
      "GA 2019964824\nAB    NOVELTY - The utility model claims a mobile type tower crane.\n"
      "DC Q38 (Hoisting; Lifting; Hauling; Trucks (B66)); X25 (Industrial Electric Equipment)\nMC Q38-B; X25-F05\n"
      "IP B66C-023/62; B66C-023/78\nPD CN209618737-U   12 Nov 2019   B66C-023/62   201989   Pages: 5   Chinese\n"
      "AD CN209618737-U    CN20415956    29 Mar 2019\nPI CN20415956    29 Mar 2019\nUT DIIDW:2019964824\nER\n\nEF\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "patent");
  CHECK(show(r.issued) == "2019/11/12/");
  CHECK(r.number == "CN209618737-U");
  CHECK(r.publisher_place.empty());
  CHECK(r.get_extra("PI") == "CN20415956    29 Mar 2019");
  CHECK(r.get_extra("PN") == "CN209618737-U; CN209618738-U");
  CHECK(r.language == "Chinese");
  // The assignees stay apart, one a line.
  CHECK(r.get_extra("AE") ==
        "CHINA RAILWAY SEVENTH GROUP CO LTD (CREN-C)\nCHINA RAILWAY SEVENTH GROUP ZHENGZHOU EN (CREN-C)");
  CHECK(starts_with(r.get_extra("PD"), "CN209618737-U   12 Nov 2019"));
  CHECK(p.diags.errors() == 0);
}

// audit26: WoS's plain text (and its tab-delimited file) holds HTML character
// references: milensys/genai_authorship savedrecs.txt 'Portable World &gt;
// Consumer tech' (TI), 'review &amp; editing' (DE), bchaihuaque's
// 'university&#8211; industry', SisonkeBiotik's cited SICI DOI
// '15:20&lt;2161::AID-SIM359&gt;3.0.CO;2-D' (a DOI no network could match).
// 37 values in 5 of the 11 audit26 WoS files; they were kept verbatim.
TEST_CASE("WoS: HTML character references in values are the characters, said once a file", "[wos][audit26]") {
  const std::string tagged =
      "FN Clarivate Analytics Web of Science\nVR 1.0\n"
      "PT J\nAU Smith, J\nTI Generative AI Slims Down for a Portable World &gt; Consumer tech\nSO IEEE SPECTRUM\n"
      "DE review &amp; editing; university&#8211; industry\n"
      "CR MendozaBlanco JR, 1996, STAT MED, V15, P2161, DOI "
      "10.1002/(SICI)1097-0258(19961030)15:20&lt;2161::AID-SIM359&gt;3.0.CO;2-D\n"
      "PY 2024\nUT WOS:1\nER\n"
      "PT J\nAU Doe, A\nTI R&amp;D in firms\nSO J ONE\nPY 2020\nUT WOS:2\nER\nEF\n";
  Parsed p = parse_string(tagged);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].title == "Generative AI Slims Down for a Portable World > Consumer tech");
  CHECK(p.records[0].keywords == std::vector<std::string>{"review & editing", "university\xE2\x80\x93 industry"});
  REQUIRE(p.records[0].references.size() == 1);
  CHECK(p.records[0].references[0].doi == "10.1002/(sici)1097-0258(19961030)15:20<2161::aid-sim359>3.0.co;2-d");
  CHECK(p.records[1].title == "R&D in firms");
  CHECK(has_diag(p.diags, Severity::warning, 5, "4 values hold HTML character references"));
  // The tab-delimited file: the same.
  Parsed t = parse_string("PT\tAU\tTI\tSO\tDE\tPY\tUT\n"
                          "J\tSmith, J\tA World &gt; B\tJ ONE\treview &amp; editing\t2024\tWOS:1\n",
                          Format::wos_tab);
  REQUIRE(t.records.size() == 1);
  CHECK(t.records[0].title == "A World > B");
  CHECK(t.records[0].keywords == std::vector<std::string>{"review & editing"});
  CHECK(has_diag(t.diags, Severity::warning, 2, "2 values hold HTML character references"));
}

// A proceedings paper whose proceedings WoS indexes as a book: PT B, DT Proceedings Paper (59 of the 242 records of
// jillymackay/LitReview @a04231d data/savedrecs.txt, WoS tab-delimited, no licence: this record's fields quoted;
// found by audit30).  PT B won over DT: the paper was a book (its title the book's, exported @book with pages
// 5053-5062 and the proceedings as container).  "Article; Book Chapter" under PT B stays a chapter.
TEST_CASE("WoS: a proceedings paper in proceedings published as a book (PT B) is a conference paper", "[wos][audit30]") {
  Parsed p = parse_string(
      "FN Clarivate Analytics Web of Science\nVR 1.0\n"
      "PT B\nAU Moes, S\n   Young, C\nBE Chova, LG\n   Martinez, AL\n   Torres, IC\n"
      "TI WHICH TYPES OF LECTURE CAPTURE, KNOWLEDGE AND INSTRUCTION CLIPS COULD IMPROVE THE QUALITY OF\n"
      "   LEARNING OUTCOMES?\n"
      "SO 6TH INTERNATIONAL CONFERENCE OF EDUCATION, RESEARCH AND INNOVATION (ICERI 2013)\nLA English\n"
      "DT Proceedings Paper\nCT 6th International Conference on Education, Research and Innovation (ICERI)\n"
      "CY NOV 18-20, 2013\nCL Seville, SPAIN\nBN 978-84-616-3847-5\nPY 2013\nBP 5053\nEP 5062\n"
      "UT WOS:000347240605020\nER\n\n"
      "PT B\nAU Smith, A\nTI A chapter\nSO A BOOK\nDT Article; Book Chapter\nPY 2013\nBP 1\nEP 9\n"
      "UT WOS:000000000000001\nER\n\nEF\n");
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.type == "paper-conference");
  CHECK(r.container_title == "6TH INTERNATIONAL CONFERENCE OF EDUCATION, RESEARCH AND INNOVATION (ICERI 2013)");
  CHECK(r.pages == "5053-5062");
  CHECK(p.records[1].type == "chapter");
}

TEST_CASE("audit32: the Korea Citation Index's names in WoS, a fullwidth comma and a comma twice", "[wos]") {
  // KCI records of a Web of Science "All databases" export
  // (profmarcelojesus/gestao_de_custos, no licence: a tiny excerpt, the
  // tags PT AU TI SO PY UT of three records): "Lee,, Jong Hwa" made "Jong
  // Hwa" a suffix; "JUNESEUK, SHIN，" kept the fullwidth comma in the given
  // name, "CHANG, LEE， KUN" inside it.
  Parsed p = parse_file(fixture("wos/kci_name_commas.txt"));
  REQUIRE(p.records.size() == 3);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 2);
  CHECK(a[0].family == "Lee");
  CHECK(a[0].given == "Jong Hwa");
  CHECK(a[0].suffix.empty());
  const auto& b = p.records[1].authors;
  REQUIRE(b.size() == 3);
  CHECK(b[0].family == "JUNESEUK");
  CHECK(b[0].given == "SHIN");
  CHECK(b[1].given == "Cho");
  const auto& c = p.records[2].authors;
  REQUIRE(c.size() == 3);
  CHECK(c[0].family == "CHANG");
  CHECK(c[0].given == "LEE KUN");
  CHECK(c[0].suffix.empty());
}

TEST_CASE("WoS BE (book editors) are the editors of the book or proceedings, not extra", "[wos]") {
  // Excerpts of two real savedrecs.txt: a chapter of the Annals of the New
  // York Academy of Sciences and an IOP proceedings paper (fixtures/SOURCES.md).
  Parsed p = parse_file(fixture("wos/book_editors.txt"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 2);
  CHECK(show(p.records[0].editors) == "{|Mousseau||TA|} {|Fox||CW|} ");
  CHECK(p.records[0].authors.size() == 3);
  CHECK(show(p.records[1].editors) == "{|Nikulchev||EV|} {|Korsun||ON|} ");
  for (const Record& r : p.records) CHECK(extra_values(r, "BE").empty());
  // pyBibX's WoS records as tagged text write the editors on one line joined by "and".
  Parsed py = parse_file(fixture("wos/pybibx__wos.txt"));
  std::size_t with_editors = 0;
  for (const Record& r : py.records) {
    with_editors += !r.editors.empty();
    if (r.title.find("Locating Usability Critical Factors") == 0) CHECK(show(r.editors) == "{|Bansal||A|} {|Singhal||A|} ");
  }
  CHECK(with_editors == 33);  // its BE lines (the .bib's editor fields)
}
