// One RIS creator field that is not one person: lists of names in one line,
// and what Ovid MEDLINE means by A2.  Found on CiteSource's Ovid MEDLINE
// export (fixtures/corpora/citesource__ovid_medline_84.ris, GPL-3) and the
// Ovid PsycInfo records of colandr's Ovid export (measured only): before,
// each such field was one person whose given or family name held the
// commas of the list.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Parsed ris(std::string text) {
  return parse_with(std::move(text), [](std::string_view t, Diagnostics& d, const RecordSink& sink) {
    return parse_ris(t, d, sink, false);
  });
}

bool has_comma(const Creator& c) {
  for (const std::string* s : {&c.family, &c.given, &c.particle, &c.suffix, &c.literal})
    if (s->find(',') != std::string::npos) return true;
  return false;
}


}  // namespace

// Before: the record's one editor was "Alahmad B Abrutzky R, Ameling C, ...,
// Zeka A" (family "Abrutzky R, Ameling C, ...": "Coelho MSZS" has four
// initials, more than three undotted capitals pass for) and the second,
// "Multi-Country Multi-City Collaborative Research Network", another editor.
// In MEDLINE a journal article has no editors: Ovid writes the investigators
// (MEDLINE's IR) and the collective author (CN, one of the authors in
// PubMed) in A2.
TEST_CASE("RIS: Ovid MEDLINE's A2 is the investigators and the collective author, not editors",
          "[ris][names]") {
  Parsed p = parse_file(fixture("corpora/citesource__ovid_medline_84.ris"));
  REQUIRE(p.records.size() == 84);
  for (const auto& r : p.records) {
    INFO(r.title);
    for (const auto& c : r.editors) CHECK_FALSE(has_comma(c));
    for (const auto& c : r.authors) CHECK_FALSE(has_comma(c));
  }
  auto it = std::find_if(p.records.begin(), p.records.end(),
                         [](const Record& r) { return r.doi == "10.1016/s2542-5196(24)00117-7"; });
  REQUIRE(it != p.records.end());
  CHECK(it->editors.empty());
  REQUIRE_FALSE(it->authors.empty());
  CHECK(it->authors.back().literal == "Multi-Country Multi-City Collaborative Research Network");
  CHECK(it->authors.front().family == "Chen");
  const auto a2 = extra_values(*it, "A2");
  REQUIRE(a2.size() == 1);
  CHECK(a2[0].rfind("Abrutzky R, Alahmad B,", 0) == 0);
  CHECK(said(p, "investigators") == 1);
  CHECK(said(p, "collective author") == 1);

  // Elsewhere A2 stays the editor: Embase's book-series volumes via Ovid
  // (colandr's export: "A2  - Calvey T." on Progress in Brain Research).
  Parsed embase = ris("TY  - JOUR\nT1  - D-Lysergic acid diethylamide\nT2  - Progress in Brain Research\n"
                      "A1  - De Gregorio D.\nA2  - Calvey T.\nDB  - Embase\nER  - \n");
  REQUIRE(embase.records.size() == 1);
  REQUIRE(embase.records[0].editors.size() == 1);
  CHECK(embase.records[0].editors[0].family == "Calvey");
}

TEST_CASE("RIS: a list of names with initials of four capitals is still a list", "[ris][names]") {
  Parsed p = ris("TY  - BOOK\nT1  - A\nA2  - Abrutzky R, Coelho MSZS, Garcia SDO, de'Donato F, Ryti NRI\nER  - \n");
  REQUIRE(p.records.size() == 1);
  const auto& e = p.records[0].editors;
  REQUIRE(e.size() == 5);
  CHECK(e[0].family == "Abrutzky");
  CHECK(e[1].family == "Coelho");
  CHECK(e[1].given == "MSZS");
  CHECK(e[2].family == "Garcia");
  CHECK(e[4].family == "Ryti");
  CHECK(said(p, "read as 5 people") == 1);
}

// "Smith, J., Jones, K.": two people written family, initials in one line.
// Before: one person, family "Smith", given "J., Jones, K.".
TEST_CASE("RIS: family-comma-initials pairs in one field are people", "[ris][names]") {
  Parsed p = ris("TY  - JOUR\nT1  - A\nAU  - Smith, J., Jones, K. L., Brown, A.\nER  - \n");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 3);
  CHECK(a[0].family == "Smith");
  CHECK(a[0].given == "J.");
  CHECK(a[1].family == "Jones");
  CHECK(a[1].given == "K. L.");
  CHECK(a[2].family == "Brown");
  CHECK(said(p, "read as 3 people") == 1);
}

// Ovid PsycInfo's list of the cited works' authors without initials
// ("Alles, Kaplan, Blofeld, ..."; colandr's Ovid export): before, one editor
// "Kaplan, Blofeld, ... Alles".  No list of people can be read from it.
TEST_CASE("RIS: a field of many comma-separated words is no person", "[ris][names]") {
  Parsed p = ris("TY  - JOUR\nT1  - A\nAU  - Roe, Jane\n"
                 "A2  - Alles, Kaplan, Blofeld, Boisen, Burroughs, Burroughs, Castayne\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].editors.empty());
  CHECK(extra_values(p.records[0], "A2").size() == 1);
  CHECK(said(p, "no name and no list of names") == 1);

  // One person stays one: a suffix, degrees after the name.
  Parsed one = ris("TY  - BOOK\nT1  - A\nA2  - Kelly, Anne, Jr\nA2  - Smith, John, MD, MPH\nER  - \n");
  REQUIRE(one.records.size() == 1);
  const auto& e = one.records[0].editors;
  REQUIRE(e.size() == 2);
  CHECK(e[0].family == "Kelly");
  CHECK(e[0].suffix == "Jr");
  CHECK(e[1].family == "Smith");
  CHECK(e[1].given == "John");
  for (const auto& c : e) CHECK_FALSE(has_comma(c));
}

TEST_CASE("BibTeX: biblatex name options are said, not read as people", "[bibtex][names]") {
  Parsed p = parse_with("@book{b, author = {useprefix=false and family=Rabble, given=Richard, prefix=von}, "
                        "title = {T}, year = 2000}\n",
                        [](std::string_view t, Diagnostics& d, const RecordSink& sink) { return parse_bibtex(t, d, sink); });
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Rabble");
  CHECK(said(p, "useprefix=false") == 1);
}

// biber's granular XDATA ("xdata=gxd2-author-1", biber__xdata.bib): not
// resolved; before, a person named "xdata=gxd2-author-1", now a warning that
// the name is missing.
TEST_CASE("BibTeX: a granular XDATA name reference is said to be missing", "[bibtex][names]") {
  Parsed p = parse_with("@book{b, author = {Simon Smith and xdata=gxd2-author-1}, title = {T}, year = 2000}\n",
                        [](std::string_view t, Diagnostics& d, const RecordSink& sink) { return parse_bibtex(t, d, sink); });
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Smith");
  CHECK(said(p, "granular XDATA references are not resolved") == 1);
}

// "et al." where a name stands is BibTeX's "and others", whatever reader:
// EndNote XML's <author>et al.,</author> (dedupe-sweep's tafenoquine.xml, 14
// records; before, a literal author "et al.,", written back to BibTeX as
// "{et al.,}"), CSL JSON's {"literal":"et al"}, and an RIS list ending in
// ", et al." (before, family "Smith J", given "et al.").
TEST_CASE("et al. in a creator field is 'others', whatever the reader", "[names][endnote][csl][ris]") {
  Parsed en = parse_file(fixture("corpora/dedupe-sweep__tafenoquine.xml"));
  REQUIRE(en.records.size() == 179);
  std::size_t others = 0;
  for (const auto& r : en.records) {
    for (std::size_t i = 0; i < r.authors.size(); ++i) {
      INFO(r.title << ": " << r.authors[i].literal);
      CHECK(r.authors[i].literal.find("et al") == std::string::npos);
      CHECK(r.authors[i].family.find("al.") == std::string::npos);
      if (is_others(r.authors[i])) {
        ++others;
        CHECK(i + 1 == r.authors.size());
        CHECK(i > 0);
      }
    }
  }
  CHECK(others == 14);

  Parsed csl = parse_with(R"([{"id":"a","type":"book","title":"T","author":[{"family":"Roe","given":"Jane"},{"literal":"et al"}]},
      {"id":"b","type":"book","title":"U","author":[{"literal":"et al."}]}])",
                          [](std::string_view t, Diagnostics& d, const RecordSink& s) { return parse_csl_json(t, d, s); });
  REQUIRE(csl.records.size() == 2);
  REQUIRE(csl.records[0].authors.size() == 2);
  CHECK(is_others(csl.records[0].authors[1]));
  CHECK(csl.records[1].authors.empty());  // "et al." and nobody before it: no one named

  Parsed p = ris("TY  - JOUR\nT1  - A\nAU  - Smith J, Jones KL, et al.\nER  - \n");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 3);
  CHECK(a[0].family == "Smith");
  CHECK(a[1].family == "Jones");
  CHECK(is_others(a[2]));
}

// A list lower-cased whole (colandr's dedupe.io training pairs: "kraehenmann
// r, preller kh, ..."): no capitals tell the initials, the short last words
// do.  Before this session one garbage person; read as no name at all, the
// pair match:8 of colandr_2023 was no longer found (dedup_labelled_test).
TEST_CASE("RIS: a list of names lower-cased whole is still a list", "[ris][names]") {
  Parsed p = ris("TY  - JOUR\nT1  - A\nAU  - kraehenmann r, preller kh, scheidegger m, van der berg jh\nER  - \n");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].family == "kraehenmann");
  CHECK(a[0].given == "r");
  CHECK(a[1].given == "kh");
  CHECK(a[3].full_family() == "van der berg");
}

// Web of Science's BibTeX wraps the editor list in a second pair of braces:
// "Editor = {{Brafman, RI and Roberts, FS and Tsoukias, A}}" (pybibx's
// wos.bib, fixtures/corpora: all 33 of its editor fields).  BibTeX
// reads one literal "Brafman, RI and Roberts, FS and Tsoukias, A"; the braces
// hold a list of "Family, Initials", so refnet reads the people, and says so.
// "{Barnes and Noble}" stays one name.
TEST_CASE("BibTeX: Web of Science's doubly braced editor list is people", "[bibtex][names]") {
  Parsed wos = parse_file(fixture("corpora/pybibx__wos.bib"));
  std::size_t fields = 0, people = 0;
  for (const auto& r : wos.records) {
    fields += !r.editors.empty();
    for (const auto& c : r.editors) {
      INFO(r.title);
      CHECK(c.literal.empty());
      CHECK(c.family.find(',') == std::string::npos);
      ++people;
    }
  }
  CHECK(fields > 0);
  CHECK(people > fields);
  CHECK(said(wos, "braces around a list of names") == 1);

  Parsed b = parse_with("@book{b, editor = {{Barnes and Noble}}, author = {{Soliman, KS}}, title = {T}, year = 2000}\n",
                        [](std::string_view t, Diagnostics& d, const RecordSink& sink) { return parse_bibtex(t, d, sink); });
  REQUIRE(b.records.size() == 1);
  REQUIRE(b.records[0].editors.size() == 1);
  CHECK(b.records[0].editors[0].literal == "Barnes and Noble");
  REQUIRE(b.records[0].authors.size() == 1);
  CHECK(b.records[0].authors[0].family == "Soliman");
  CHECK(b.records[0].authors[0].given == "KS");
}

// APA PsycInfo writes "No authorship indicated" where a work has no author
// (colandr's Ovid export, 2 records): a placeholder like "Anonymous", not an
// organisation named so.
TEST_CASE("RIS: PsycInfo's 'No authorship indicated' is no author", "[ris][names]") {
  Parsed p = ris("TY  - JOUR\nT1  - Notes\nA1  - No authorship indicated\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].authors.empty());
  CHECK(said(p, "placeholder for no author") == 1);
}

// Embase.com's RIS writes the English title in T1 and the original-language
// title in T2 (db21's audit: 205 of 571 records of a real export).  Before,
// the rule for Pure's subtitle-in-T2 fired and the title became "English:
// Original"; now the original title is the record's original-title (which
// dedup compares, as it does Ovid's), said in a note.
TEST_CASE("RIS: Embase.com's T2 is the original-language title, not a subtitle", "[ris]") {
  Parsed p = parse_file(fixture("ris/embase_original_title.ris"));
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.title == "Sleep quality and anxiety among rural health workers in the Andes: a cross-sectional study");
  CHECK(r.container_title == "Revista de Neuro-Psiquiatria");
  const auto orig = extra_values(r, "original-title");
  REQUIRE(orig.size() == 1);
  CHECK(orig[0].rfind("Calidad del sue", 0) == 0);
  CHECK(extra_values(r, "T2").empty());
  CHECK(said(p, "original-language title") == 1);
  CHECK(p.records[1].title == "A title in English only");
}

// EndNote XML's "<Go to ISI>://WOS:…" in a URL field (dedupe-sweep's
// tafenoquine.xml, 5 records): the Web of Science record's UT, not the
// work's address.  Before, the URL was "<Go to ISI>://WOS:000520500900002"
// (pub21 mended RIS and BibTeX; this is the EndNote XML reader).
TEST_CASE("EndNote XML: a <Go to ISI> link is the record's WoS UT, not its URL", "[endnote]") {
  Parsed p = parse_file(fixture("corpora/dedupe-sweep__tafenoquine.xml"));
  REQUIRE(p.records.size() == 179);
  std::size_t uts = 0;
  for (const auto& r : p.records) {
    INFO(r.title);
    CHECK(r.url.find("Go to ISI") == std::string::npos);
    uts += r.wos_ut == "WOS:000520500900002" || r.wos_ut == "WOS:000561869400003";
  }
  CHECK(uts == 2);
}

TEST_CASE("RIS: a person with credentials after the name is one person, not a list", "[ris][names]") {
  // ProQuest (alfrossi/Meta_Analysis social_services_abstracts.ris): the
  // five pieces, two of three capitals, were taken for a list of the cited
  // works' authors and the person kept in extra only.
  Parsed p = parse_string("TY  - JOUR\nTI  - One\nAU  - Moore, Ami, PhD, MPH, CPH\nAU  - Miller, Vivian J, PhD, LSW\n"
                          "AU  - Fung, John Chye, B Arch, BOA\nPY  - 2020\nER  - \n",
                          Format::ris);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 3);
  CHECK((r.authors[0].family == "Moore" && r.authors[0].given == "Ami"));
  CHECK((r.authors[1].family == "Miller" && r.authors[1].given == "Vivian J"));
  CHECK((r.authors[2].family == "Fung" && r.authors[2].given == "John Chye"));
  CHECK(r.get_extra("AU").empty());
  CHECK(has_diag(p.diags, Severity::warning, 3, "dropped 'PhD, MPH, CPH'"));
}

TEST_CASE("ProQuest: initials alone after ';' are the rest of the given name, not a person", "[ris][names]") {
  // MaxenceOuafik/MSM-Syndemic-Scoping-Review proquest.ris (no licence,
  // measured only): "AU  - Vernon, Julia R; G", whom MEDLINE and PsycINFO
  // write "Vernon, Julia R G" and Scopus "Vernon, J.R.G.".  Before, a made-up
  // author "G".
  Parsed p = parse_string("TY  - JOUR\nTI  - One\nAU  - Adam, Barry D\nAU  - Vernon, Julia R; G\n"
                          "AU  - Smith, J.; Doe, K.\nPY  - 2017\nER  - \n",
                          Format::ris);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 4);
  CHECK((r.authors[1].family == "Vernon" && r.authors[1].given == "Julia R G"));
  CHECK((r.authors[2].family == "Smith" && r.authors[3].family == "Doe"));
  CHECK(has_diag(p.diags, Severity::warning, 4, "AU 'Vernon, Julia R; G': initials alone after ';' are the rest"));
  // ProQuest's own text export reads its Author line by the same list.
  Parsed t = parse_string(
      "____________________________________________________________\n\nReport Information from ProQuest\n"
      "March 02 2024 09:15\n____________________________________________________________\n\n"
      "Document 1 of 1\n\nNumber of Psychosocial Strengths\n\nAuthor: Hart, Trevor A; Vernon, Julia R; G; "
      "Brennan, David J\n\nPublication info: AIDS and Behavior; New York Vol. 21, Iss. 10,  (Oct 2017): 3035-3046.\n\n"
      "Title: Number of Psychosocial Strengths\n\n"
      "____________________________________________________________\n",
      Format::proquest);
  REQUIRE(t.records.size() == 1);
  REQUIRE(t.records[0].authors.size() == 3);
  CHECK(t.records[0].authors[1].given == "Julia R G");
  CHECK(has_diag(t.diags, Severity::warning, 11, "Author 'Vernon, Julia R; G': initials alone"));
  // Names alone or written "Family Initials" are each a person.
  using V = std::vector<std::string>;
  CHECK(split_name_list("Smith J; K") == V{"Smith J", "K"});
  CHECK(split_name_list("Smith, John; Lee") == V{"Smith, John", "Lee"});
  CHECK(split_name_list("Smith, John; Lee, K; Doe, J.") == V{"Smith, John", "Lee, K", "Doe, J."});
}

TEST_CASE("RIS: an 'and' left at the end of a name by a cut BibTeX list is dropped and said", "[ris][names]") {
  // ESHackathon/CiteSource working_example WoS_early.ris (GPL-3): the last
  // AU of 62 records ends so; the given name was "Stijn and".
  Parsed p = parse_string("TY  - JOUR\nTI  - One\nAU  - Arato, Miguel\nAU  - Speelman, Stijn and\n"
                          "AU  - Sand, Anne\nPY  - 2014\nER  - \n",
                          Format::ris);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 3);
  CHECK((r.authors[1].family == "Speelman" && r.authors[1].given == "Stijn"));
  CHECK((r.authors[2].family == "Sand" && r.authors[2].given == "Anne"));
  CHECK(has_diag(p.diags, Severity::warning, 4, "AU 'Speelman, Stijn and': the 'and' left at its end"));
}

TEST_CASE("RIS: one AU line holding Scopus's comma list with titles and suffixes cut off is its people",
          "[ris][names]") {
  // The Authors of two Scopus rows of m-alshehri/MOOCs_Certification_Review's
  // combined.csv in one AU line each.  Before, "Khan A.U., Khan K.U., Dr.,
  // Atlas F., Dr., ..." was no name and no list: kept in extra, the record
  // without authors; "Mabuan R.A., ..., Ebron G.P., Jr." was one person
  // (family "Mabuan R.A.", given "Ramos A.A.", suffix "Matala C.C., ...").
  Parsed p = parse_file(fixture("ris/scopus_comma_list_titles.ris"));
  REQUIRE(p.records.size() == 2);
  const Record& khan = p.records[0];
  REQUIRE(khan.authors.size() == 5);
  CHECK(khan.authors[1].family == "Khan");
  CHECK(khan.authors[1].given == "K.U.");
  CHECK(khan.authors[2].family == "Atlas");
  CHECK(khan.authors[4].given == "F.");
  CHECK(khan.get_extra("AU").empty());
  const Record& mabuan = p.records[1];
  REQUIRE(mabuan.authors.size() == 5);
  CHECK(mabuan.authors[0].family == "Mabuan");
  CHECK(mabuan.authors[4].family == "Ebron");
  CHECK(mabuan.authors[4].suffix == "Jr.");
  for (const Record& r : p.records)
    for (const Creator& c : r.authors) CHECK_FALSE(has_comma(c));
  CHECK(said(p, "AU holds 5 names in Scopus's comma list ('Khan A.U., Khan K.U., ...'): read as 5 people") == 1);
  CHECK(said(p, "3 names carried a title or degree, dropped; the first: 'Dr.' from 'Khan K.U., Dr.'") == 1);
}

// audit43: a publisher's EndNote citation (yoosofan/single_wall_carbon_nanohorn
// "citations.enw", an article of Optoelectronics and Advanced Materials, 2010)
// joins its two authors with ": " on one %A line.  Read as one person whose
// given name was "Ahmad: Ashrafi" and whose suffix was "Alireza", without a
// word.  A third part that is no suffix nor a degree is said.
TEST_CASE("EndNote tagged: names joined by ': ' on one line are its people; a third part no suffix is said",
          "[ris][names]") {
  Parsed p = parse_string(
      "%0 Journal Article\n"
      "%T Automatic generation of adjacency matrix of single-wall carbon nanohorn\n"
      "%A Yoosofan, Ahmad: Ashrafi, Alireza\n"
      "%J Optoelectronics and Advanced Materials \xE2\x80\x93 Rapid Communications\n"
      "%V 4\n%N 6\n%P 900-901\n%D 2010\n%I INOE (INTEGRA NATURA OMNIA ET AETERNA)\n");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 2);
  CHECK((a[0].family == "Yoosofan" && a[0].given == "Ahmad" && a[0].suffix.empty()));
  CHECK((a[1].family == "Ashrafi" && a[1].given == "Alireza"));
  CHECK(said(p, "AU holds 2 names joined by ': ' ('Yoosofan, Ahmad: Ashrafi, Alireza'): read as 2 people") == 1);
  Parsed q = ris("TY  - JOUR\nTI  - T\nAU  - Smith, John, Alireza\nAU  - Doe, Jane, Jr.\nER  - \n");
  REQUIRE(q.records.size() == 1);
  const auto& b = q.records[0].authors;
  REQUIRE(b.size() == 2);
  CHECK((b[0].family == "Smith" && b[0].given == "John" && b[0].suffix == "Alireza"));  // kept as written
  CHECK(said(q, "AU 'Smith, John, Alireza': 'Alireza' after the given name is no suffix (Jr, III) nor a degree: "
                "kept as the suffix") == 1);
  CHECK(b[1].suffix == "Jr.");
  CHECK(said(q, "'Jr.'") == 0);
}
