// A work's creators merged person by person (newuser37 item 11): when
// MEDLINE's and Scopus's records of one article merge, each person is written
// in the best form any source gives: Scopus's `Muñoz-Laboy` with MEDLINE's
// `Miguel`, never one source's whole list with its poorer spellings.  The
// fixtures are one article of the MSM syndemics scoping review's searches
// (MaxenceOuafik/MSM-Syndemic-Scoping-Review, fixtures/ris/names_msm_*.ris).
#include <catch2/catch.hpp>

#include "refnet/creator_lists.hpp"
#include "refnet/merge.hpp"
#include "refnet/names.hpp"
#include "library_state.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Creator person(std::string family, std::string given) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  return c;
}
Creator group(std::string name) {
  Creator c;
  c.literal = std::move(name);
  return c;
}

Record with_authors(std::vector<Creator> authors, const std::string& format = "ris") {
  Record r;
  r.type = "article-journal";
  r.title = "A title";
  r.issued.year = 2018;
  r.authors = std::move(authors);
  r.provenance.format = format;
  return r;
}

const FieldChoice* choice(const MergedView& mv, const std::string& field) {
  for (const FieldChoice& c : mv.choices)
    if (c.field == field) return &c;
  return nullptr;
}

}  // namespace

// Before: the view took MEDLINE's whole list (full given names scored
// higher): "Munoz-Laboy, Miguel" where Scopus writes "Muñoz-Laboy, M.";
// 15 merged works of the MSM searches lost a diacritic (bench/merged_names.py).
TEST_CASE("MEDLINE and Scopus records of one article: Scopus's diacritics with MEDLINE's given names",
          "[merge][names39]") {
  Parsed medline = parse_file(fixture("ris/names_msm_medline.ris"));
  Parsed scopus = parse_file(fixture("ris/names_msm_scopus.ris"));
  REQUIRE(medline.records.size() == 1);
  REQUIRE(scopus.records.size() == 1);
  const std::string want =
      "Muñoz-Laboy, Miguel; Martinez, Omar; Levine, Ethan C; Mattera, Brian T; Isabel Fernandez, M";
  // Whichever came first.
  for (bool medline_first : {true, false}) {
    std::vector<Record> src{medline.records[0], scopus.records[0]};
    if (!medline_first) std::swap(src[0], src[1]);
    MergedView mv = merge_records(src);
    CHECK(family_given(mv.record.authors) == want);
    // `show` tells the merged list, and each source's own.
    const FieldChoice* c = choice(mv, "authors");
    REQUIRE(c);
    CHECK(c->value.find("Muñoz-Laboy, Miguel") != std::string::npos);
    CHECK(c->alternatives.size() == 2);
  }
}

TEST_CASE("one person written two ways: folded family names, given names word by word", "[names][names39]") {
  CHECK(same_person(person("Muñoz-Laboy", "M."), person("Munoz-Laboy", "Miguel")));
  CHECK(same_person(person("Munoz Laboy", "M"), person("MUÑOZ-LABOY", "MIGUEL")));
  CHECK(same_person(person("Levine", "E.C."), person("Levine", "Ethan Czuy")));
  CHECK(same_person(person("Fernandez", "M. Isabel"), person("Fernandez", "M.I.")));
  CHECK(same_person(person("Fernandez", "MI"), person("Fernández", "María Isabel")));
  CHECK(same_person(person("Müller", "K."), person("Mueller", "Klaus")));
  CHECK(same_person(person("Muller", "K"), person("Müller", "Klaus")));
  CHECK(same_person(person("Strauß", "J."), person("Strauss", "Johann")));
  CHECK(same_person(person("Møller", "A."), person("Moeller", "Anne")));
  CHECK(same_person(person("Lebreton", "Jean‐Dominique"), person("Lebreton", "J.-D.")));
  CHECK(same_person(person("Berg", "J.J."), person("Berg", "")));
  // Other persons of one family name.
  CHECK_FALSE(same_person(person("Guo", "Yuming"), person("Guo", "Yue Leon")));
  CHECK_FALSE(same_person(person("Rahman", "Mijanur"), person("Rahman", "Md Mijanur")));
  CHECK_FALSE(same_person(person("Martinez", "O."), person("Martin", "O.")));
  CHECK_FALSE(same_person(person("Smith", "J."), person("Smith", "K.")));
  // Words in full ("Carol L." is a name and an initial, not initials).
  CHECK(given_names_in_full("Carol L.") == 1);
  CHECK(given_names_in_full("Ethan Czuy") == 2);
  CHECK(given_names_in_full("E.C.") == 0);
  CHECK(given_names_in_full("MJ") == 0);
  CHECK(given_names_in_full("Ch.") == 0);
  // Group authors: the same words.
  CHECK(same_person(group("ATN 086/106 Protocol Teams"), group("ATN 086/106 protocol teams")));
  CHECK_FALSE(same_person(group("ATN 086/106 Protocol Teams"), person("Teams", "P.")));
}

TEST_CASE("each person in the best form of the sources; lists that do not align are left alone", "[merge][names39]") {
  SECTION("full given names, diacritics, ß, ø, ü over their transliterations") {
    MergedView mv = merge_records({with_authors({person("Mueller", "Klaus"), person("Strauss", "J."),
                                                 person("Moller", "Anne"), person("Garcia", "José")}),
                                   with_authors({person("Müller", "K."), person("Strauß", "Johann"),
                                                 person("Møller", "A."), person("García", "J.")})});
    CHECK(family_given(mv.record.authors) == "Müller, Klaus; Strauß, Johann; Møller, Anne; García, José");
  }
  SECTION("a person of another family name keeps the view's form; the others are completed") {
    // PsycINFO's "Fernandez, M. Isabel" where MEDLINE has "Isabel Fernandez, M".
    MergedView mv = merge_records({with_authors({person("Munoz-Laboy", "Miguel"), person("Isabel Fernandez", "M")}),
                                   with_authors({person("Muñoz-Laboy", "M."), person("Fernandez", "M. Isabel")})});
    CHECK(family_given(mv.record.authors) == "Muñoz-Laboy, Miguel; Isabel Fernandez, M");
  }
  SECTION("lists in another order, or of other lengths that are not one the beginning of the other: today's choice") {
    MergedView order = merge_records({with_authors({person("Munoz", "Miguel"), person("Garcia", "Jose")}),
                                      with_authors({person("García", "J."), person("Muñoz", "M.")})});
    CHECK(family_given(order.record.authors) == "Munoz, Miguel; Garcia, Jose");
    MergedView other = merge_records(
        {with_authors({person("Munoz", "Miguel"), person("Garcia", "Jose"), person("Smith", "Ann")}),
         with_authors({person("Muñoz", "M."), person("Jones", "B.")})});
    CHECK(family_given(other.record.authors) == "Munoz, Miguel; Garcia, Jose; Smith, Ann");
  }
  SECTION("a longer list's extra persons and group author are never dropped") {
    // MEDLINE adds the group author (CN) Scopus leaves out; Scopus is first.
    MergedView mv = merge_records(
        {with_authors({person("Gómez", "W."), person("Olem", "D.")}),
         with_authors({person("Gomez", "Walter"), person("Olem", "David"), group("ATN Protocol Team")})});
    CHECK(family_given(mv.record.authors) == "Gómez, Walter; Olem, David; ATN Protocol Team");
    MergedView cut = merge_records({with_authors({person("Gomez", "Walter"), person("Olem", "David"), group("others")}),
                                    with_authors({person("Gómez", "W."), person("Olem", "D."), person("Ambrose", "P.")})});
    CHECK(family_given(cut.record.authors) == "Gómez, Walter; Olem, David; Ambrose, P.");
  }
  SECTION("particles, suffixes, ORCIDs and affiliations of the same person") {
    Creator vdb = person("Berg", "Jacob J");
    vdb.particle = "van den";
    Creator scopus = person("Berg", "J.J.");
    scopus.particle = "van den";
    scopus.orcid = "0000-0002-1825-0097";
    scopus.affiliations = {"Brown University"};
    MergedView mv = merge_records({with_authors({vdb}), with_authors({scopus})});
    REQUIRE(mv.record.authors.size() == 1);
    CHECK(mv.record.authors[0].full_family() == "van den Berg");
    CHECK(mv.record.authors[0].given == "Jacob J");
    CHECK(mv.record.authors[0].orcid == "0000-0002-1825-0097");
    CHECK(mv.record.authors[0].affiliations == std::vector<std::string>{"Brown University"});
  }
  SECTION("editors as authors") {
    Record a = with_authors({person("Smith", "A.")});
    Record b = with_authors({person("Smith", "Ann")});
    a.editors = {person("Pérez", "J."), person("Merrick", "J.")};
    b.editors = {person("Perez", "Juan"), person("Merrick", "Joav")};
    MergedView mv = merge_records({a, b});
    CHECK(family_given(mv.record.editors) == "Pérez, Juan; Merrick, Joav");
  }
}

// Citation keys are the work's from its first import and never change when a
// later source improves its names (a paper may \cite the key).  Hand-made
// after the fixture (fixtures/ris/names_mueller_*.ris): the first author
// spelled "Mueller" (key "mueller...") then "Müller" (whose key would be
// "muller...").
TEST_CASE("a name improved by a later source renames no citation key; the exports write the better name",
          "[merge][store][names39]") {
  CliLibrary lib;
  lib.run("import", "'" + fixture("ris/names_mueller_medline.ris") + "' '" + fixture("ris/names_msm_medline.ris") + "'");
  CommandResult first = lib.run("export", "--format bibtex --no-pin");
  CHECK(first.out.find("@article{mueller2018syndemic,") != std::string::npos);
  CHECK(first.out.find("@article{munozlaboy2018syndemic,") != std::string::npos);
  lib.run("import", "'" + fixture("ris/names_mueller_scopus.ris") + "' '" + fixture("ris/names_msm_scopus.ris") + "'");
  CommandResult bib = lib.run("export", "--format bibtex --no-pin");
  CHECK(bib.out.find("@article{mueller2018syndemic,") != std::string::npos);
  CHECK(bib.out.find("author = {M{\\\"u}ller, Klaus and Martinez, Omar}") != std::string::npos);
  CHECK(bib.out.find("@article{munozlaboy2018syndemic,") != std::string::npos);
  CHECK(bib.out.find("author = {Mu{\\~n}oz-Laboy, Miguel and Martinez, Omar and Levine, Ethan C") != std::string::npos);
  CommandResult ris = lib.run("export", "--format ris --no-pin");
  CHECK(ris.out.find("AU  - Müller, Klaus") != std::string::npos);
  CHECK(ris.out.find("AU  - Muñoz-Laboy, Miguel") != std::string::npos);
  // The view's names are searched: the key stays, the work is found by both spellings.
  CHECK(lib.run("list", "--author Muñoz-Laboy").out.find("munozlaboy2018syndemic") != std::string::npos);
  // Only `rekey`, asked by the user, would make a key from the better name
  // (without a terminal or --yes it changes nothing).
  CommandResult rekey = lib.run("rekey", "");
  CHECK(rekey.out.find("mueller2018syndemic\tmuller2018syndemic") != std::string::npos);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE citekey = 'mueller2018syndemic'") == 1);
}

// A library main's refnet made (schema 13; fixtures/store/names_schema13.sqlite:
// the four files above imported MEDLINE first, then `export --format bibtex`,
// which pinned both keys): opened, its views are merged again once, the keys
// stay.
TEST_CASE("a library made before names were merged person by person gets them when opened, keys kept",
          "[store][names39]") {
  CliLibrary lib;
  std::filesystem::copy_file(fixture("store/names_schema13.sqlite"), lib.path);
  CommandResult stats = lib.run("stats", "");
  CHECK(stats.err.find("views of works with more than one source merged again by this refnet's rules (each "
                       "person's name in the best form its sources give; citation keys kept): 2 of 2 changed\n") !=
        std::string::npos);
  CHECK(lib.scalar("PRAGMA user_version") == Library::kSchemaVersion);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE citekey IN ('munozlaboy2018syndemic', 'mueller2018syndemic') "
                   "AND key_pinned = 1") == 2);
  CommandResult bib = lib.run("export", "--format bibtex --no-pin");
  CHECK(bib.out.find("@article{mueller2018syndemic,\n") != std::string::npos);
  CHECK(bib.out.find("author = {M{\\\"u}ller, Klaus and Martinez, Omar}") != std::string::npos);
  CHECK(bib.out.find("author = {Mu{\\~n}oz-Laboy, Miguel and Martinez, Omar") != std::string::npos);
  // Once: the next command says nothing.
  CHECK(lib.run("stats", "").err.find("merged again") == std::string::npos);
}

// group39: Scopus's `AU  - BC Hepatitis Testers Cohort` was read as the person
// `Cohort, BC Hepatitis Testers`, and the merged view (the longer list) ended
// with that false person.  A group author is a literal; it aligns with a group
// author only, so MEDLINE's 12 persons keep their given names and the group
// follows them.
TEST_CASE("a group author in a Scopus record is a group, not a person, in the merged view", "[merge][names39]") {
  Parsed medline = parse_file(fixture("ris/group_msm_medline.ris"));
  Parsed scopus = parse_file(fixture("ris/group_msm_scopus.ris"));
  REQUIRE(medline.records.size() == 1);
  REQUIRE(scopus.records.size() == 1);
  const std::vector<Creator>& sa = scopus.records[0].authors;
  REQUIRE(sa.size() == 13);
  CHECK(sa.back().is_literal());
  CHECK(sa.back().literal == "BC Hepatitis Testers Cohort");
  for (bool medline_first : {true, false}) {
    std::vector<Record> src{medline.records[0], scopus.records[0]};
    if (!medline_first) std::swap(src[0], src[1]);
    MergedView mv = merge_records(src);
    REQUIRE(mv.record.authors.size() == 13);
    CHECK(family_given(mv.record.authors).find("Cohort, ") == std::string::npos);
    CHECK(family_given({mv.record.authors.front()}) == "McKee, Geoffrey");
    CHECK(family_given({mv.record.authors[11]}) == "Janjua, Naveed Z");
    CHECK(family_given({mv.record.authors.back()}) == "BC Hepatitis Testers Cohort");
  }
}

// Web of Science writes a consortium's name as a person's: the noun, a comma,
// its acronym as initials (tfm__wos_1.ris `AU  - Consortium, C. H. I.`).
TEST_CASE("a collective noun written as a family name is a group author", "[names][names39]") {
  // The group in written order (audit52b).
  const std::pair<const char*, const char*> written_read[] = {{"Consortium, C. H. I.", "C. H. I. Consortium"},
                                                              {"Consortium, Caapa", "Caapa Consortium"},
                                                              {"BC Hepatitis Testers Cohort", "BC Hepatitis Testers Cohort"},
                                                              {"Group, C. A. S. T.", "C. A. S. T. Group"}};
  for (const auto& [s, group] : written_read) {
    Creator c = parse_ris_name(s);
    CHECK(c.is_literal());
    CHECK(c.literal == group);
  }
  // One-word family names that are also organisation words stay persons.
  CHECK(parse_ris_name("Board, J.").family == "Board");
  CHECK(parse_ris_name("Union, Mary").family == "Union");
}
