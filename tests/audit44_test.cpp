// audit44: real exports not held before (Scopus BibTeX of 2019-2025, Web of
// Science BibTeX, EndNote XML of review libraries), each class found there.
#include <catch2/catch.hpp>

#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit44: Scopus BibTeX 'Family, I., Jr.' and editor lists with single names", "[audit44][bibtex][names]") {
  // MARCIOBASILIO/SR_ELECTRE_LDA scopus.bib (Scopus BibTeX of 2022, 1,555
  // entries): `Magdaluyo, E.R., Jr.` came out as given "Jr." and suffix
  // "E.R." (BibTeX's "von Last, Jr, First" read into Scopus's "Family,
  // Initials, Jr."), and editor lists written with commas that hold a
  // person known by one name (`Rahim R., Mesran, Supriyanto, ...`) became
  // one person "Vaidyanathan S." given "Lien C.-H., Ginta T.L., ...".
  Parsed p = parse_file(fixture("bibtex/scopus_suffix_mononym_editors.bib"));
  REQUIRE(p.records.size() == 5);
  CHECK(p.stats.rejected == 0);

  const Record& a = p.records[0];
  REQUIRE(a.authors.size() == 4);
  CHECK(a.authors[3].family == "Magdaluyo");
  CHECK(a.authors[3].given == "E.R.");
  CHECK(a.authors[3].suffix == "Jr.");
  CHECK(family_given(a.editors) == "Putnik, G.D.");

  CHECK(family_given(p.records[1].editors) == "Rahim, R.; Mesran, ; Supriyanto, ; Watrianthos, R.; Hutahean, J.");
  // Single names alone are left as BibTeX reads them: "Chen, Ke" and words
  // a macro glued after it would be no list either.
  CHECK(p.records[2].editors.size() == 1);
  CHECK(family_given(p.records[3].editors) == "Warsito, B.; Sudarno, ; Putranto Triadi, T.");
  CHECK(family_given(p.records[4].editors) ==
        "Vaidyanathan, S.; Mamat, M.B.; Lien, C.-H.; Ginta, T.L.; Mujiarto, ; Sambas, A.");

  // The generation last, and BibTeX's own order, both read.
  Creator c = parse_bibtex_name("Reyes, R., III");
  CHECK(c.family == "Reyes");
  CHECK(c.given == "R.");
  CHECK(c.suffix == "III");
  c = parse_bibtex_name("LeVine, H., Iii");  // Scopus capitalises it so
  CHECK(c.given == "H.");
  CHECK(c.suffix == "Iii");
  c = parse_bibtex_name("Messier, Jr., William F.");
  CHECK(c.given == "William F.");
  CHECK(c.suffix == "Jr.");
  // "Doe, John, Jr": one person, not three single names.
  auto list = parse_bibtex_names("Doe, John, Jr");
  REQUIRE(list.size() == 1);
  CHECK(list[0].given == "John");
  CHECK(list[0].suffix == "Jr");
  // Single names alone may be "Family, Given" pairs: not a list.
  CHECK(parse_bibtex_names("Smith, John, Jones, Mary").size() == 1);
  CHECK(parse_bibtex_names("Chen, Ke, Weiyu").size() == 1);
  CHECK(parse_bibtex_names("Smith, John").size() == 1);
}

TEST_CASE("audit44: Scopus BibTeX 'Family I., Jr.' (no comma before the initials) keeps its generation",
          "[audit44][bibtex][names]") {
  // aksel-blaise/sc-lit scopus.bib (fixtures/corpora): `Lee R.E., Jr.` was
  // family "Lee R.E." given "Jr.".
  Creator c = parse_bibtex_name("Lee R.E., Jr.");
  CHECK(c.family == "Lee");
  CHECK(c.given == "R.E.");
  CHECK(c.suffix == "Jr.");
  c = parse_bibtex_name("John Smith, III");
  CHECK(c.family == "Smith");
  CHECK(c.given == "John");
  CHECK(c.suffix == "III");
  // "Smith, Jr." has no given name: BibTeX's reading stays.
  c = parse_bibtex_name("Smith, Jr.");
  CHECK(c.family == "Smith");
}

TEST_CASE("audit44: Web of Science's given name ending in an initial ('Hausladen, Carina, I') is no generation",
          "[audit44][names][wos][bibtex]") {
  // MARCIOBASILIO/drone savedrecs.bib (Web of Science BibTeX of 2025):
  // `Hausladen, I, Carina`, `Goldstein, V, Evan`; its plain text writes AF
  // `Hausladen, Carina, I`.  Both gave given "Carina", suffix "I" (and
  // "Evan", suffix "V"): a person of the fifth generation.
  Parsed p = parse_file(fixture("bibtex/wos_given_initial_last.bib"));
  REQUIRE(p.records.size() == 2);
  CHECK(family_given(p.records[0].authors) == "Hausladen, Carina I; Schubert, Marcel H.; Ash, Elliott");
  CHECK(p.records[0].authors[0].suffix.empty());
  REQUIRE(p.records[1].authors.size() >= 3);
  CHECK(p.records[1].authors[2].family == "Goldstein");
  CHECK(p.records[1].authors[2].given == "Evan V");
  CHECK(p.records[1].authors[2].suffix.empty());
  CHECK(parse_bibtex_name("Cianciaruso, V, M.").given == "M. V");
  // BibTeX's own "Jr" part stays one.
  CHECK(parse_bibtex_name("Messier, Jr., William F.").suffix == "Jr.");
  CHECK(parse_bibtex_name("Ford, III, Henry").suffix == "III");

  // The plain text's AF, and RIS written from it.
  Creator c = parse_ris_name("Hausladen, Carina, I");
  CHECK(c.family == "Hausladen");
  CHECK(c.given == "Carina I");
  CHECK(c.suffix.empty());
  c = parse_ris_name("Goldstein, Evan, V");
  CHECK(c.given == "Evan V");
  CHECK(c.suffix.empty());
  c = parse_ris_name("Kinley, D. H., III");
  CHECK(c.given == "D. H.");
  CHECK(c.suffix == "III");
  c = parse_ris_name("Smith, John, Jr.");
  CHECK(c.suffix == "Jr.");
}

TEST_CASE("audit44: words after a cited reference's DOI are left out, not glued into it", "[audit44][doi][wos]") {
  // TMax66/IZSLEReasearch data/izslt.bib (Web of Science BibTeX of 2025):
  // `Kent WJ, 2002, GENOME RES, V12, P656, DOI 10.1101/gr.229202. Article
  // published online before March 2002.` gave the cited work the DOI
  // "10.1101/gr.229202.articlepublishedonlinebeforemarch2002" (white space
  // removed as inside a DOI WoS broke), and its citation link was lost.
  Parsed p = parse_string(
      "@article{ WOS:000000000000001,\n"
      "Author = {Smith, J},\n"
      "Title = {A title},\n"
      "Journal = {J X},\n"
      "Year = {2020},\n"
      "Cited-References = {GUDGEL EF, 1954, AMA ARCH DERM SYPH, V70, P609, DOI 10.1001/archderm.1954.01540230059007.\n"
      "   Kent WJ, 2002, GENOME RES, V12, P656, DOI 10.1101/gr.229202. Article published online before March 2002.\n"
      "   Lichtenstein S, 2006, CONSTRUCTION OF PREFERENCE, P1, DOI 10.2277/ 0521542200.\n"
      "   Smith A, 2020, ECOL INDIC, V1, P1, DOI 10.1016/j.ecoli nd.2020.106560.},\n"
      "}\n");
  REQUIRE(p.records.size() == 1);
  const std::vector<Reference>& refs = p.records[0].references;
  REQUIRE(refs.size() == 4);
  CHECK(refs[1].doi == "10.1101/gr.229202");
  CHECK(has_diag(p.diags, Severity::warning, 7,
                 "cited reference DOI 10.1101/gr.229202. Article published online before March 2002 repaired (words "
                 "after it ('Article published online before March 2002') left out): 10.1101/gr.229202"));
  // A DOI WoS broke at a space is still joined.
  CHECK(refs[2].doi == "10.2277/0521542200");
  CHECK(refs[3].doi == "10.1016/j.ecolind.2020.106560");
}

TEST_CASE("audit44: Scopus BibTeX editors with their addresses between the names", "[audit44][bibtex][names]") {
  // afriyanaryasaputra/bib_cashwaqf scopus_digiethics.bib (Scopus BibTeX of
  // 2025): `editor = {Schwartz M. and Royal Melbourne Institute Technology,
  // School of Economics,, Finance  Marketing, Melbourne,VIC and Harris H. and
  // ...}` gave six editors, three of them addresses read as people (family
  // "South Australia", particle "University of", suffix "School of
  // Management", given "Adelaide,SA").
  Parsed p = parse_file(fixture("bibtex/scopus_editor_addresses.bib"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(family_given(r.editors) == "Schwartz, M.; Harris, H.; Cohen, S.");
  REQUIRE(r.editors.size() == 3);
  CHECK(r.editors[1].affiliations == std::vector<std::string>{"University of South Australia, School of Management, Adelaide,SA"});
  CHECK(r.editors[2].affiliations == std::vector<std::string>{"University of New South Wales, School of Humanities, Kensington"});
  CHECK(has_diag(p.diags, Severity::warning, 9, "editor: 3 addresses among the names"));
  CHECK(family_given(r.authors) == "Kennedy, Judith; Kennedy, Michael");

  // A Scopus BibTeX editor list of a local library (Awrejcewicz): the
  // address of an editor after the name, a street and its number in it.
  auto list = parse_bibtex_names("Awrejcewicz J. and Lodz University of Technology, Department of Automation, "
                                 "Biomechanics and Mechatronics, 1/15 Stefanowski Street, Lodz and Danishevskyy V.");
  // The "and" inside the address splits it in two: joined again.
  REQUIRE(list.size() == 2);
  CHECK(list[0].family == "Awrejcewicz");
  CHECK(list[0].affiliations ==
        std::vector<std::string>{"Lodz University of Technology, Department of Automation, Biomechanics and "
                                 "Mechatronics, 1/15 Stefanowski Street, Lodz"});
  CHECK(list[1].family == "Danishevskyy");
  // Names with three comma parts are no address.
  CHECK(parse_bibtex_names("Messier, Jr., William F.").size() == 1);
  CHECK(parse_bibtex_names("Rautiainen, R, Lehtola, MM, Day, LM").size() == 3);
}
