// audit40: real exports not held before (IEEE Xplore CSV of 2025, RefWorks
// BibTeX of WoS records, Web of Science plain text/BibTeX/RIS, Scopus
// CSV/RIS/BibTeX, ACM DL BibTeX, Publish or Perish CSV), each class found there.
#include <catch2/catch.hpp>

#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit40: HTML character references in IEEE Xplore's Authors cell do not split names",
          "[audit40][ieee_csv]") {
  // MuTheMule/ECSA2025_Paper108 ieeexplore.csv: "B. B&#x00E9;atrix-May; S. I.
  // &#x015E;tefan; ..." was cut at the references' ';' into seven names,
  // two of them "B. B&#x00E9" and "atrix-May", for five authors.
  Parsed p = parse_file(fixture("ieee/html_entities_in_authors.csv"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[0].family == "Béatrix-May");
  CHECK(r.authors[0].given == "B.");
  CHECK(r.authors[1].family == "Ştefan");
  CHECK(r.authors[1].given == "S. I.");
  CHECK(r.authors[4].family == "Andreea");
  // Five affiliations for five authors: each gets its own, none kept apart.
  CHECK(r.authors[0].affiliations.size() == 1);
  CHECK(r.get_extra("Author Affiliations").empty());
  CHECK(has_diag(p.diags, Severity::warning, 2, "Authors: HTML character references in 1 cell"));
  CHECK(p.records[1].authors.size() == 23);  // a row without references is read as before
  CHECK(p.records[1].authors[15].family == "Müller");
}

TEST_CASE("audit40: RefWorks' BibTeX month with a day ('June 23,', '-04-28') dates the work",
          "[audit40][bibtex]") {
  // ChuyangY/UAS export.bib (RefWorks, 58 entries of WoS records): 14 months
  // were "June 23," or "-04-28"; the work kept only its year, the month in
  // extra.
  Parsed p = parse_file(fixture("bibtex/refworks_month_day.bib"));
  REQUIRE(p.records.size() == 4);
  CHECK(show(p.records[0].issued) == "2016/6/23/");
  CHECK(show(p.records[1].issued) == "2021/4/28/");
  CHECK(show(p.records[2].issued) == "2017/3/0/");
  CHECK(show(p.records[3].issued) == "2024/3/3/");
  for (const Record& r : p.records) CHECK(r.get_extra("month").empty());
  // A month and a day that cannot be read stay in extra, as before.
  Parsed q = parse_string("@article{k, title={T}, author={Doe, J}, year={2020}, month={-13-40}}\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].issued.month == 0);
  CHECK(q.records[0].get_extra("month") == "-13-40");
}

TEST_CASE("audit40: Scopus's 'undefined' cited references are left out, said, and glued to none",
          "[audit40][scopus_csv]") {
  // RomeoSilvestri/SystematicReview_AgriData scopus_*.csv (Scopus CSV of
  // 2024): 49 of 6,629 "; "-separated items are "undefined", what Scopus writes for
  // one it could not render.  Each was glued to the reference after it
  // ("undefined; undefined; undefined; undefined; Energy Use in the Eu Food
  // Sector..."), whose author the reference parser then looked for there.
  Parsed p = parse_file(fixture("scopus/undefined_references.csv"));
  REQUIRE(p.records.size() == 2);
  const std::vector<Reference>& a = p.records[0].references;
  REQUIRE(a.size() == 5);
  CHECK(starts_with(a[1].raw, "Usubiaga-Liaño, Arkaitz, Wasting Food"));
  CHECK(a[4].raw == "Energy Use in the Eu Food Sector State of Play and Opportunities for Improvement, (2015)");
  const std::vector<Reference>& b = p.records[1].references;
  REQUIRE(b.size() == 9);
  CHECK(starts_with(b[7].raw, "Daugstad, Karoline, Negotiating landscape"));
  CHECK(has_diag(p.diags, Severity::warning, 2, "5 cited references are 'undefined'"));
  CHECK(has_diag(p.diags, Severity::warning, 3, "1 cited reference is 'undefined'"));
  // A title that is the word is no placeholder when more is written with it.
  std::vector<Reference> c;
  std::size_t placeholders = 0;
  add_scopus_references("Smith J., Undefined behaviour in C, Software, 3, pp. 1-2, (2019); undefined", c, nullptr,
                        &placeholders);
  REQUIRE(c.size() == 1);
  CHECK(placeholders == 1);
  // "undefined, (2017)" after a reference without a year: left out, not glued on.
  c.clear();
  add_scopus_references("Proceedings of the 132nd Seminar of the Eaae; undefined, (2017); Smith J., T, S, (2019)", c,
                        nullptr, &placeholders);
  REQUIRE(c.size() == 2);
  CHECK(c[0].raw == "Proceedings of the 132nd Seminar of the Eaae");
  CHECK(placeholders == 2);
}

TEST_CASE("audit40: a BibTeX group author written 'Consortium, C. H. I.' is a group, not a person",
          "[audit40][bibtex][names]") {
  // Web of Science and Google Scholar write a group's last word as its
  // family name: "Consortium, C. H. I." (the CHI Consortium), "Collaboration,
  // Open Science".  BibTeX read the persons "C. H. I. Consortium" and "Open
  // Science Collaboration"; now every reader takes the group in written order
  // (audit52b: "Collaboration, DESI" is the DESI Collaboration).
  Parsed p = parse_string(
      "@article{k, title={T}, year={2015}, author={Consortium, C. H. I. and Smith, John and "
      "Collaboration, Open Science and Group, {GBD} Study}}\n");
  REQUIRE(p.records.size() == 1);
  const std::vector<Creator>& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].literal == "C. H. I. Consortium");
  CHECK(a[1].family == "Smith");
  CHECK(a[2].literal == "Open Science Collaboration");
  CHECK(a[3].literal == "GBD Study Group");
  CHECK(parse_ris_name("Consortium, C. H. I.").literal == "C. H. I. Consortium");
}

TEST_CASE("audit40: a Derwent patent of WoS's tab-delimited or RIS export is dated by its accession number",
          "[audit40][wos][ris][patent]") {
  // lucaswzorzetti/disciplina_metanalise savedrecs.txt (tab-delimited, 500
  // rows, 2 Derwent patents) and Nighat-Chemist/R-DATA savedrecs.ris (6):
  // the exports write no date for a patent (the plain text's PD has one),
  // only UT/AN "DIIDW:2018455987", whose first four digits are the year it
  // entered the index.  The patents were undated ("no year").
  Parsed t = parse_file(fixture("wos/tab_derwent_patents.txt"));
  REQUIRE(t.records.size() == 3);
  CHECK(t.records[0].issued.year == 2009);  // PY, as before
  CHECK(t.records[1].type == "patent");
  CHECK(t.records[1].number == "CN108112465-A");
  CHECK(t.records[1].issued.year == 2018);
  CHECK(t.records[2].issued.year == 2013);  // "DIIDW:2013G25737"
  CHECK(has_diag(t.diags, Severity::warning, 3, "Derwent patent without a date: dated 2018 by its accession number "
                                                "DIIDW:2018455987"));
  Parsed r = parse_file(fixture("ris/wos_derwent_patent.ris"));
  REQUIRE(r.records.size() == 1);
  CHECK(r.records[0].issued.year == 2018);  // "AN  - DIIDW:201836857M"
  // A dated patent keeps its date; an accession number without a year dates nothing.
  Parsed d = parse_string("TY  - PAT\nTI  - A device\nPY  - 2016\nAN  - DIIDW:2018455987\nER  - \n");
  REQUIRE(d.records.size() == 1);
  CHECK(d.records[0].issued.year == 2016);
  Parsed n = parse_string("TY  - PAT\nTI  - A device\nAN  - DIIDW:X18455987\nER  - \n");
  REQUIRE(n.records.size() == 1);
  CHECK(n.records[0].issued.year == 0);
}

TEST_CASE("audit40: Scopus's 2024 references name their first author in full: 'Family, Given Names, Title, ...'",
          "[audit40][scopus_csv][reference_strings]") {
  // RomeoSilvestri/SystematicReview_AgriData scopus_*.csv (Scopus CSV of
  // 2024): "Huffman, George J., The supercooled warm rain process..., Monthly
  // Weather Review, 116, 11, pp. 2172-2182, (1988)".  The reader knew the
  // 2023 layout's "Huffman G.J." only: 3,466 of 6,378 references had the
  // author glued to the title ("Huffman, George J., The supercooled ...") or
  // were the title ("Chen, Peihao") with the real title for a container.
  Parsed p = parse_file(fixture("scopus/undefined_references.csv"));
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.records[0].references.size() == 5);
  const Reference& r = p.records[0].references[1];
  CHECK(r.author == "Usubiaga-Liaño, Arkaitz");
  CHECK(r.title == "Wasting Food, Wasting Resources: Potential Environmental Savings Through Food Waste Reductions");
  CHECK(r.container == "Journal of Industrial Ecology");
  CHECK(r.volume == "22");
  CHECK(r.first_page == "574");
  CHECK(r.year == "2018");
  const Reference& b = p.records[1].references[0];
  CHECK(b.author == "Abler, David G.");
  CHECK(b.container == "Agricultural and Resource Economics Review");
  // A title alone keeps its place; so do an organisation and an acronym before a short title.
  CHECK(p.records[0].references[0].author.empty());
  CHECK(parse_scopus_reference("Chen, Peihao, RSPNet: Relative Speed Perception for Unsupervised Video "
                               "Representation Learning, 2A, pp. 1045-1053, (2021)")
            .title == "RSPNet: Relative Speed Perception for Unsupervised Video Representation Learning");
  CHECK(parse_scopus_reference("FAO, Statistics, Rome, (2019)").author != "FAO, Statistics");
  CHECK(parse_scopus_reference("World Bank, Washington, World development report on poverty, (2019)").author !=
        "World Bank, Washington");
}
