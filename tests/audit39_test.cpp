// audit39: real exports not held before (an EBSCOhost Philosopher's Index
// RIS, Web of Science RIS and BibTeX with Early Access and Derwent records, an
// Ovid export of APA PsycArticles and Embase), each class found there.
#include <catch2/catch.hpp>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit39: an Early Access record of WoS's RIS or BibTeX is dated by its early-access date", "[ris][bibtex][wos]") {
  // besidescrazy/chatGPTtest savedrecs.ris: 16 of 644 records have no PY,
  // only C6 (WoS's EA); Phildizzle/CCSLitSearchR savedrecs.bib: 39 of 371
  // entries have no Year, only EarlyAccessDate.  They were undated.
  Parsed p = parse_file(fixture("ris/wos_early_access_c6.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(show(p.records[0].issued) == "2020/12/0/");
  CHECK(p.records[0].get_extra("C6") == "DEC 2020");  // kept, as the tagged reader keeps EA
  CHECK(p.records[1].issued.year == 2022);             // PY wins
  CHECK(p.records[1].issued.month == 3);
  CHECK(p.diags.warnings() == 0);  // no "incomplete record (no year)"

  Parsed b = parse_file(fixture("bibtex/wos_early_access.bib"));
  REQUIRE(b.records.size() == 2);
  CHECK(show(b.records[0].issued) == "2021/12/0/");
  CHECK(b.records[1].issued.year == 2022);
  CHECK(b.records[1].issued.month == 0);
  CHECK(b.diags.warnings() == 0);

  // C6 is EA only in WoS's RIS: another source's C6 dates nothing.
  Parsed o = parse_string("TY  - JOUR\nTI  - A title\nAU  - Doe, J\nC6  - DEC 2020\nER  - \n");
  REQUIRE(o.records.size() == 1);
  CHECK(o.records[0].issued.year == 0);
}

TEST_CASE("audit39: Ovid's <ovid:br/> is a break in the abstract, not text", "[ris][ovid][markup]") {
  // lmattheydoret/BachelorT ris-2.ris (Embase via Ovid): structured
  // abstracts "...symptoms. <ovid:br/>Method(s): ..." kept the tag, and the
  // "&#xa9;" beside it undecoded.
  Parsed p = parse_file(fixture("ris/ovid_psycarticles_embase.ris"));
  REQUIRE(p.records.size() == 3);
  const std::string& a = p.records[2].abstract;
  CHECK(a.find("ovid:br") == std::string::npos);
  CHECK(a.find("disorder (ADHD). Method(s): 50 men") != std::string::npos);
  CHECK(a.find("&#xa9;") == std::string::npos);
  CHECK(ends_with(a, "\u00a9 Georg Thieme Verlag KG Stuttgart."));
  CHECK(ends_with(p.records[1].abstract, "\u00a9 2005 Elsevier Ltd. All rights reserved."));
  CHECK(p.records[2].pages == "54-61");  // " EP  - 61" after a space is EP
}

TEST_CASE("audit39: the PMID in the library's resolver link Ovid writes as a UR", "[ris][ovid][pmid]") {
  // The same file: Embase records name their PMID only in the OpenURL link
  // ("...?sid=OVID:embase&id=pmid:16081194&id=doi:..."), here a UR inside
  // the record, not the L2 after ER the reader took it from.
  Parsed p = parse_file(fixture("ris/ovid_psycarticles_embase.ris"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[1].pmid == "16081194");
  CHECK(p.records[0].pmid.empty());  // "id=pmid:&id=doi:..." names none
  CHECK(p.records[2].pmid.empty());
  // The link stays.
  CHECK(extra_values(p.records[1], "UR").size() == 1);
}

TEST_CASE("audit39: Ovid's full-text journals: PB the authors' institutions, CY and N2 the copyright", "[ris][ovid]") {
  // APA PsycArticles Full Text via Ovid (D=paovftt): "PB - Department of
  // Psychology, University of California, Berkeley" three times, "CY - (C)
  // 2019 by the American Psychological Association", N2 the same line.  They
  // were the publisher, its place and the abstract.
  Parsed p = parse_file(fixture("ris/ovid_psycarticles_embase.ris"));
  REQUIRE(p.records.size() == 3);
  const Record& r = p.records[0];
  CHECK(r.publisher.empty());
  CHECK(r.publisher_place.empty());
  CHECK(r.abstract.empty());
  CHECK(extra_values(r, "PB").size() == 3);
  CHECK(r.get_extra("CY") == "(C) 2019 by the American Psychological Association");
  CHECK(r.get_extra("N2") == "(C) 2019 by the American Psychological Association");
  CHECK(has_diag(p.diags, Severity::note, 9, "copyright"));
  CHECK(has_diag(p.diags, Severity::note, 20, "copyright"));
  CHECK(has_diag(p.diags, Severity::note, 21, "institution"));
  // Embase's PB and CY (D=emed10) are the publisher and its country.
  CHECK(p.records[1].publisher == "Elsevier Inc. (360 Park Avenue South, New York, United States)");
  CHECK(p.records[1].publisher_place == "United States");
  // A copyright line is no place in any RIS; an abstract that ends with one stays.
  Parsed q = parse_string("TY  - BOOK\nTI  - T\nAU  - Doe, J\nPY  - 2001\nCY  - \u00a9 2001 Someone\nPB  - Press\n"
                          "AB  - Text of the abstract. (C) 2001 Someone\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].publisher_place.empty());
  CHECK(q.records[0].publisher == "Press");
  CHECK(q.records[0].abstract == "Text of the abstract. (C) 2001 Someone");
}

TEST_CASE("audit39: a Derwent patent of WoS's RIS: SN its number, no wrapping blanks in its title", "[ris][wos][patent]") {
  // Nighat-Chemist/R-DATA savedrecs.ris: 6 Derwent records whose TI and AB
  // hold runs of 12-20 spaces where WoS wrapped them; SN is the patent number.
  Parsed p = parse_file(fixture("ris/wos_derwent_patent.ris"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "patent");
  CHECK(r.title ==
        "Graphene-coated silica-loaded metal nanoparticle composite used as catalyst for e.g. hydrogen fuel cell, has "
        "reduced graphene oxide layer coated on surface of silica spherical support loaded with metal nanoparticles");
  CHECK(r.abstract.find("  ") == std::string::npos);
  CHECK(starts_with(r.abstract, "NOVELTY - A graphene-coated silica-loaded metal nanoparticle composite has"));
  CHECK(r.abstract.find("\nUSE - Graphene-coated") != std::string::npos);  // its parts stay lines
  CHECK(r.number == "CN107994235-A");
  CHECK(extra_values(r, "SN").size() == 2);  // kept
  CHECK(has_diag(p.diags, Severity::note, 1, "white space"));
}

TEST_CASE("audit39: ProQuest's plain text of a newspaper search: no abstract, the title without its place, the link",
          "[proquest]") {
  // sjkiss/importProquest inst/extdata/spectator.txt (500 documents of the
  // Canadian Newsstream Collection) and inst/star.txt (373): every record's
  // "Abstract: None available." was the abstract; "Publication title: The
  // Hamilton Spectator (Online); Hamilton" the container, its place glued on;
  // the document link right below the headline (no author, no "Publication
  // info") skipped with a warning, 500 times.
  Parsed p = parse_file(fixture("proquest/spectator_none_available.txt"));
  REQUIRE(p.records.size() == 2);
  for (const Record& r : p.records) {
    CHECK(r.abstract.empty());
    CHECK(r.get_extra("Abstract") == "None available.");
    CHECK(r.container_title == "The Hamilton Spectator (Online)");
    CHECK(r.get_extra("Publication title") == "The Hamilton Spectator (Online); Hamilton");
    CHECK(r.publisher_place == "Hamilton");
  }
  CHECK(starts_with(p.records[0].url, "https://libproxy.wlu.ca/login?url=https://www.proquest.com/blogs-podcasts-websites/"
                                      "forget-bike-lanes-if-ford-wants-move-traffic-he/docview/3107396628/"));
  CHECK(has_diag(p.diags, Severity::note, 9, "no abstract"));
  CHECK(has_diag(p.diags, Severity::note, 19, "place of publication"));
  for (const auto& d : p.diags.items()) CHECK(d.message.find("skipped") == std::string::npos);
  // A place that is not the end of the title leaves it whole.
  Parsed q = parse_string(
      "____________________________________________________________\n\nDocument 1 of 1\n\nA headline\n\n"
      "Title: A headline\n\nPublication title: Journal of Health; Policy\n\nPlace of publication: London\n\n"
      "Publication year: 2020\n\nProQuest document ID: 1\n\n"
      "____________________________________________________________\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].container_title == "Journal of Health; Policy");
}

TEST_CASE("audit39: bibliometrix 1.x's data frame: VO, NU, PP, its ISI accession and its CR by three spaces", "[table]") {
  // jiaweisophiafu/jcmc-osn PrimaryPapers_NarrowOSNResearch.csv (268 rows,
  // isi2df of 2017): VO/NU/PP were kept in extra (volume 0 of 268), UT
  // "ISI000418878500012" too, and each row's CR, references joined by
  // ".   ", was one reference with a DOI glued to the next author's name
  // ("10.1016/j.intmar.2009.07.002.chilesa.m"): 268 references for 8,073.
  Parsed p = parse_file(fixture("table/bibliometrix1_isi2df.csv"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.volume == "43");
  CHECK(r.issue == "5");
  CHECK(r.pages == "978-988");
  CHECK(r.wos_ut == "WOS:000418878500012");
  CHECK(r.title == "WHAT'S AT STAKE? AN ANALYSIS OF EMPLOYEE SOCIAL MEDIA ENGAGEMENT AND THE INFLUENCE OF POWER AND "
                   "SOCIAL STAKE");
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].raw == "BOTHA E., 2012, ONLINE CONSUMER BEHA, P83");
  CHECK(r.references[1].doi == "10.1016/j.intmar.2009.07.002");
  CHECK(r.references[2].doi == "10.1080/00909889509365411");
  CHECK(r.references[3].doi == "10.1007/s10551-013-1959-9");
  CHECK(r.references[3].raw == "FIESELER C, 2013, J BUS ETHICS, V118, P759, DOI 10.1007/S10551-013-1959-9");
}

TEST_CASE("audit39: WoS BibTeX's EISSN is an ISSN of the work, as EI in WoS's tagged file", "[bibtex][wos]") {
  // Phildizzle/CCSLitSearchR savedrecs.bib: 295 of 371 entries have
  // "EISSN = {{1468-4462}}", kept in extra with its braces ("{1468-4462}");
  // the tagged reader reads EI beside SN.
  Parsed b = parse_file(fixture("bibtex/wos_early_access.bib"));
  REQUIRE(b.records.size() == 2);
  CHECK(b.records[0].issn == std::vector<std::string>{"1369-118X", "1468-4462"});
  CHECK(b.records[1].issn == std::vector<std::string>{"1931-2458", "1931-2466"});
  CHECK(b.records[0].get_extra("eissn").empty());
  // A value that is no ISSN stays in extra.
  Parsed q = parse_string("@article{k,\n  title = {T},\n  author = {Doe, J},\n  year = {2020},\n  eissn = {n/a}\n}\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].issn.empty());
  CHECK(q.records[0].get_extra("eissn") == "n/a");
}
