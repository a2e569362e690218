// audit45: real exports of the kinds tried least (Cochrane, CSL-JSON, Zotero
// RDF, ...) and the siblings audit44 left in Scopus BibTeX, each class found there.
#include <catch2/catch.hpp>

#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("audit45: a Scopus BibTeX DOI that a line break split after a hyphen is repaired", "[audit45][bibtex][doi]") {
  // MARCIOBASILIO/SR_ELECTRE_LDA scopus.bib: `doi={10.1061/(ASCE)WR.1943-
  // 5452.0001029}` was no DOI (kept as an extra field).
  Parsed p = parse_file(fixture("bibtex/scopus_doi_space_after_hyphen.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1061/(asce)wr.1943-5452.0001029");
  CHECK(has_diag(p.diags, Severity::warning, 8, "doi 10.1061/(ASCE)WR.1943- 5452.0001029 repaired (white space inside removed)"));

  std::string repair;
  CHECK(normalize_doi("10.1061/(ASCE)WR.1943- 5452.0001029", &repair) ==
        std::optional<std::string>("10.1061/(asce)wr.1943-5452.0001029"));
  CHECK(repair == "white space inside removed");
  // Words after a hyphen, or two gaps, are no split DOI.
  CHECK_FALSE(normalize_doi("10.1000/abc- see erratum").has_value());
  CHECK_FALSE(normalize_doi("10.1000/a- b- c").has_value());
  CHECK_FALSE(normalize_doi("10.1000/a -b").has_value());
}

TEST_CASE("audit45: Scopus BibTeX editor addresses in other languages, of two parts, or with 'and' in a name",
          "[audit45][bibtex][names]") {
  // NatallyCelestino/Revision_Plants_Recognition scopus.bib and
  // MARCIOBASILIO/drone scopus.bib: addresses whose words audit44's rule
  // did not know (Universitas, Universidad, Escuela), of two comma parts
  // ("University of Salamanca, Department of Computer Science"), or whose
  // organisation's own "and" left a piece a person ("NATO Modelling"), each
  // an editor (family "Salamanca", particle "Universidad de"); and Scopus's
  // "null" for an editor's missing initials read as the family name.
  Parsed p = parse_file(fixture("bibtex/scopus_editor_addresses_languages.bib"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.stats.rejected == 0);

  const Record& padang = p.records[0];
  CHECK(family_given(padang.editors) ==
        "Ramli, ; Khair, M.; Alizar, ; Sumarmin, R.; Putri, D.H.; Yohandri, ; Festiyed, ; Permana, D.");
  REQUIRE(padang.editors.size() == 8);
  CHECK(padang.editors[0].affiliations ==
        std::vector<std::string>{"Universitas Negeri Padang, Faculty of Mathematics and Natural Sciences, Department "
                                 "of Physics, Jl. Prof. Dr. Hamka, Air Tawar, Padang"});
  CHECK(padang.editors[1].affiliations ==
        std::vector<std::string>{"Universitas Negeri Padang, Kampus FMIPA UNP, Jl. Prof. Dr. Hamka, Air Tawar, Padang"});
  CHECK(has_diag(p.diags, Severity::warning, 8, "editor: 8 addresses among the names"));
  CHECK(has_diag(p.diags, Severity::warning, 8, "editor: 'null' after 4 names"));

  const Record& salamanca = p.records[1];
  CHECK(family_given(salamanca.editors) == "Corchado, J.M.; De Paz, J.F.; Rocha, M.P.; Riverola, F.F.");
  REQUIRE(salamanca.editors.size() == 4);
  CHECK(salamanca.editors[1].affiliations ==
        std::vector<std::string>{"Universidad de Salamanca, Departamento de Informatica y Automa, Facultad de "
                                 "Ciencias, 37008, Salamanca, Plaza de la Merced S/N"});
  CHECK(salamanca.editors[3].affiliations ==
        std::vector<std::string>{"Escuela Superior de Ingenieria Inf., Edificio Politecnico. Despacho 408."});

  // An address after an address: a second affiliation, unless its first
  // part goes on the name the "and" split ("... Computer Science and
  // Automation, Plaza de La Merced, ...").
  const Record& burgos = p.records[2];
  CHECK(family_given(burgos.editors) ==
        "Department of Civil Engineering, Escuela Politecnica Superior, University of Burgos, Avenida de Cantabria "
        "S/N, Burgos, 09006; Herrero, A.; Baruque, B.; Sedano, J.; Quintian, H.; Corchado, E.");
  REQUIRE(burgos.editors.size() == 6);
  CHECK(burgos.editors[3].affiliations ==
        std::vector<std::string>{"Technological Institute of Castilla y Leon, C/Lopez Bravo 70, Pol. Ind. "
                                 "Villalonquejar, Burgos, 09001",
                                 "University of Salamanca, Department of Computer Science and Automation, Plaza de La "
                                 "Merced, S/N, Salamanca, 37008"});

  const Record& nato = p.records[3];
  REQUIRE(nato.editors.size() == 1);
  CHECK(nato.editors[0].family == "Hodicky");
  CHECK(nato.editors[0].affiliations ==
        std::vector<std::string>{"NATO Modelling and Simulation Centre of Excellence, Piazza Villoresi 1, Rome, 00143"});

  // Names stay names: two parts of one word each, BibTeX's three parts, a
  // person of two words between two people.
  CHECK(parse_bibtex_names("Smith, John and Jones, Peter").size() == 2);
  CHECK(parse_bibtex_names("Messier, Jr., William F.").size() == 1);
  CHECK(family_given(parse_bibtex_names("Smith J. and Peter Jones and Brown K.")) ==
        "Smith, J.; Jones, Peter; Brown, K.");
  CHECK(parse_bibtex_names("Null, Jane")[0].family == "Null");
}

TEST_CASE("audit45: a CSL-JSON date written as one number of eight digits is read as that date",
          "[audit45][csl]") {
  // aithurburn/DoPL_and_Spite bibliography.json: `"issued": {"date-parts":
  // [[20210128]]}` lost its year ("incomplete record (no year)"), the date
  // kept only as an extra field.
  Parsed p = parse_file(fixture("csl/packed_issued_date.json"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.issued.year == 2021);
  CHECK(r.issued.month == 1);
  CHECK(r.issued.day == 28);
  CHECK(r.get_extra("issued").empty());
  CHECK(has_diag(p.diags, Severity::warning, 2, "date-parts [[20210128]] is one number of eight digits: read as the "
                                                "date 2021-01-28"));
  // No date of eight digits: a year of five kept as it was (not read).
  Parsed q = parse_string(R"([{"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[20211399]]}}])");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].issued.year == 0);
  CHECK_FALSE(q.records[0].get_extra("issued").empty());
}

TEST_CASE("audit45: the Cochrane Library's RIS 'Record #N of M' before each record is a separator, not a skipped line",
          "[audit45][ris][cochrane]") {
  // ferenci-tamas/FavipiravirMetaAnalysis Cochrane.ris (CENTRAL, 172
  // records): each record's "Record #1 of 172" gave a warning "1 line
  // outside any RIS record skipped", 172 of them, which hid the file's
  // other warnings; Ovid's "942." is such a separator already.
  Parsed p = parse_file(fixture("cochrane/central_record_headings.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  CHECK(family_given(p.records[0].authors).substr(0, 24) == "Suzuki, M; Imai, T; Saku");
  CHECK(p.records[1].title.find("favipiravir") != std::string::npos);
  for (const auto& d : p.diags.items()) CHECK(d.message.find("outside any RIS record") == std::string::npos);
  // A line that only looks like one is still said.
  Parsed q = parse_string("Record #1 of many\r\nTY  - JOUR\r\nTI  - T\r\nAU  - Smith, J\r\nPY  - 2020\r\nER  - \r\n");
  REQUIRE(q.records.size() == 1);
  CHECK(has_diag(q.diags, Severity::warning, 1, "outside any RIS record"));
}
