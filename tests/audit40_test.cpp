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
  // Science Collaboration"; the RIS and WoS readers keep the group as written.
  Parsed p = parse_string(
      "@article{k, title={T}, year={2015}, author={Consortium, C. H. I. and Smith, John and "
      "Collaboration, Open Science and Group, {GBD} Study}}\n");
  REQUIRE(p.records.size() == 1);
  const std::vector<Creator>& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].literal == "Consortium, C. H. I.");
  CHECK(a[1].family == "Smith");
  CHECK(a[2].literal == "Collaboration, Open Science");
  CHECK(a[3].literal == "Group, GBD Study");
  CHECK(parse_ris_name("Consortium, C. H. I.").literal == "Consortium, C. H. I.");
}
