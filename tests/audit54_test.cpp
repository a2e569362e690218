// audit54 (issue #11): one search exported by many databases and tools
// (asreview/citation-file-formatting, CC0) compared field by field, DOI by
// DOI: a field that differs where the sources do not is a bug in a reader.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* by_doi(const Parsed& p, const std::string& doi) {
  for (const Record& r : p.records)
    if (r.doi == doi) return &r;
  return nullptr;
}
}  // namespace

// Lens.org writes its names given first as the authors typed them, some in
// lower case: "karlijn Gabriels; ...; Jessica maat" (its TSV and CSV), which
// its RIS of the same records writes "Gabriels, karlijn" and "maat,
// Jessica".  A lower-case word was no name word, so the two were read as
// organisations (literal "karlijn Gabriels", cited as such, keyed
// "karlijngabriels2015").
TEST_CASE("Lens: a given-first name with a word in lower case is a person, as the same search's RIS says",
          "[audit54]") {
  Parsed ris = parse_file(fixture("corpora/citation-file-formatting__lens.ris"));
  Parsed tsv = parse_file(fixture("corpora/citation-file-formatting__lens.tsv"));
  REQUIRE(ris.records.size() == 100);
  REQUIRE(tsv.records.size() == 100);
  const Record* a = by_doi(ris, "10.16966/2470-0983.102");
  const Record* b = by_doi(tsv, "10.16966/2470-0983.102");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(a->authors.size() == 4);
  REQUIRE(b->authors.size() == 4);
  for (std::size_t i : {0u, 2u}) {
    INFO(b->authors[i].display());
    CHECK(b->authors[i].literal.empty());
    CHECK(b->authors[i].family == a->authors[i].family);
    CHECK(b->authors[i].given == a->authors[i].given);
  }
  // No creator of the TSV is an organisation where the RIS has a person.
  std::size_t compared = 0, organisations = 0;
  for (const Record& r : ris.records) {
    const Record* t = by_doi(tsv, r.doi);
    if (r.doi.empty() || t == nullptr || t->authors.size() != r.authors.size()) continue;
    for (std::size_t i = 0; i < r.authors.size(); ++i, ++compared)
      organisations += r.authors[i].literal.empty() && !t->authors[i].literal.empty();
  }
  CHECK(compared > 500);
  CHECK(organisations == 0);
}

TEST_CASE("names: lower-case given-first names, particles and all; words of organisations stay one", "[audit54]") {
  Creator c = parse_given_first_name("maria de la cruz");
  CHECK(c.literal.empty());
  CHECK(c.given == "maria");
  CHECK(c.particle == "de la");
  CHECK(c.family == "cruz");
  c = parse_ris_name("jan van den berg");
  CHECK(c.given == "jan");
  CHECK(c.particle == "van den");
  CHECK(c.family == "berg");
  c = parse_given_first_name("Marco d\u2019Errico");  // a typographic apostrophe's elision
  CHECK(c.family == "d\u2019Errico");
  CHECK(c.given == "Marco");
  // Lower case alone makes no person of an organisation or a placeholder.
  CHECK(parse_given_first_name("university of oxford").literal == "university of oxford");
  CHECK(parse_given_first_name("ministry of health").literal == "ministry of health");
  CHECK(!parse_ris_name("not available").literal.empty());
  CHECK(!parse_ris_name("unknown author").literal.empty());
  CHECK(parse_ris_name("No authorship indicated").literal == "No authorship indicated");  // PsycInfo's placeholder
}

// Embase writes each author's address as an M1 line ("(Boisvert C.)
// Brigham Young University, Provo, UT, United States"); Zotero and
// Covidence read the first M1 of a record without IS as its issue and write
// it back as one: RIS IS, their CSV's "Issue".  The issue was that address.
TEST_CASE("Zotero and Covidence: an Embase author address written as the issue is no issue", "[audit54]") {
  for (const char* f : {"corpora/citation-file-formatting__zotero.ris",
                        "corpora/citation-file-formatting__covidence_endnote.ris",
                        "corpora/citation-file-formatting__zotero.csv",
                        "corpora/citation-file-formatting__covidence.csv"}) {
    INFO(f);
    Parsed p = parse_file(fixture(f));
    REQUIRE(p.records.size() == 10);
    const Record* r = by_doi(p, "10.1002/ar.25520");
    REQUIRE(r != nullptr);
    CHECK(r->issue.empty());
    // Kept, as an address, and said.
    const bool kept = std::any_of(r->extra.begin(), r->extra.end(), [](const ExtraField& e) {
      return (e.name == "AD" || e.name == "Affiliations") && e.value.find("Brigham Young University") != std::string::npos;
    });
    CHECK(kept);
    CHECK(said(p, "is an author's address as Embase writes it") == 1);
    // The other records keep their issues ("1", "3", Embase's "1 January").
    std::size_t issues = 0;
    for (const Record& x : p.records) issues += !x.issue.empty();
    CHECK(issues == 9);
  }
  // Embase's own RIS: the M1 addresses are no issue there either.
  Parsed embase = parse_file(fixture("corpora/citation-file-formatting__embase.ris"));
  const Record* e = by_doi(embase, "10.1002/ar.25520");
  REQUIRE(e != nullptr);
  CHECK(e->issue.empty());
  // An issue in brackets is an issue.
  Parsed s = parse_string("TY  - JOUR\nTI  - A supplement\nAU  - Smith, J.\nIS  - (Suppl. 2)\nPY  - 2020\nER  - \n");
  REQUIRE(s.records.size() == 1);
  CHECK(s.records[0].issue == "(Suppl. 2)");
}

// Publish or Perish writes its query date in M1 of every Google Scholar
// record; a reference manager's RIS of them (CiteSource's GScholar.ris, 146
// records) has it as M1 in 140 and as IS, the issue, in 6.
TEST_CASE("Google Scholar through Publish or Perish: the query date written as the issue is no issue", "[audit54]") {
  Parsed p = parse_file(fixture("ris/pop_query_date_issue.ris"));
  REQUIRE(p.records.size() == 2);
  const Record* article = by_doi(p, "10.1098/rstb.2019.0120");
  REQUIRE(article != nullptr);
  CHECK(article->issue.empty());
  const bool kept = std::any_of(article->extra.begin(), article->extra.end(), [](const ExtraField& e) {
    return e.name == "M1" && e.value == "Query date: 2023-02-10 11:34:05";
  });
  CHECK(kept);
  CHECK(said(p, "Publish or Perish's query date") == 1);
  // Its M1 is no number of the thesis either.
  const Record* thesis = by_doi(p, "10.5525/gla.thesis.83090");
  REQUIRE(thesis != nullptr);
  CHECK(thesis->issue.empty());
  CHECK(thesis->number.empty());
  CHECK(thesis->volume.empty());
}

// ProQuest (Sociological Abstracts, IBSS, ABI/INFORM) writes most names
// "Family, Given" and some without the comma, most of those family first:
// "Scuderi Raffaele", "van den Nouwelant Ryan", "Di Gennaro Roberta",
// "Teixeira da Silva Daniel" beside "Martelli, Angelo" in one record; a few
// given first ("Matteo Di Tullio", "C Andres Bedoya").  They were read given
// first (family "Raffaele") or as organisations: 130 of the 165 such names
// of three real ProQuest RIS files (alfrossi/Meta_Analysis, no licence;
// this fixture is made up in their pattern).
TEST_CASE("ProQuest RIS: names without a comma are family first unless the name shows otherwise", "[audit54]") {
  Parsed p = parse_file(fixture("ris/proquest_names_without_comma.ris"));
  REQUIRE(p.records.size() == 3);
  const std::vector<Creator>& a = p.records[0].authors;
  REQUIRE(a.size() == 6);
  CHECK(a[0].family == "Bertoldi");
  CHECK(a[0].given == "Martina");
  CHECK(a[1].family == "Roselli");
  CHECK(a[2].full_family() == "van den Hoeven");
  CHECK(a[2].given == "Lars");
  CHECK(a[3].full_family() == "Di Lorenzo");
  CHECK(a[3].given == "Chiara");
  CHECK(a[4].full_family() == "Pereira da Costa");
  CHECK(a[4].given == "Bruno");
  CHECK(a[5].family == "Nolan");
  CHECK(a[5].given == "J K");
  // Given first where the name shows it: an elided or a particle's family
  // name last, an initial first, a known given name first.
  const std::vector<Creator>& b = p.records[1].authors;
  REQUIRE(b.size() == 4);
  CHECK(b[0].full_family() == "d\u2019Angelo");
  CHECK(b[1].full_family() == "Di Stefano");
  CHECK(b[1].given == "Luca");
  CHECK(b[2].family == "Hall");
  CHECK(b[3].family == "Grant");
  const std::vector<Creator>& c = p.records[2].authors;
  REQUIRE(c.size() == 4);
  CHECK(c[0].family == "Fabbri");
  CHECK(c[1].family == "Okafor");
  CHECK(c[2].family == "Rossi");
  // The order guessed is said, once for the file.
  CHECK(said(p, "as ProQuest writes them") == 1);
  // A ProQuest file whose names show given name first (an LLBA export of
  // 2024: "Gergo Varda", "R Noah Padgett", "Cynthia Van Hee") keeps them so.
  Parsed llba = parse_string(
      "TY  - JOUR\nTI  - Stimulated recall in language teaching\nAU  - Gergo Varda\nAU  - R Noah Padgett\n"
      "AU  - Cynthia Van Hee\nAU  - Steven Sprick Schuster\nAU  - Zhai, Xuesong\nPY  - 2024\n"
      "UR  - https://www.proquest.com/scholarly-journals/stimulated-recall/docview/3033794366/se-2\nER  - \n");
  REQUIRE(llba.records.size() == 1);
  REQUIRE(llba.records[0].authors.size() == 5);
  CHECK(llba.records[0].authors[0].family == "Varda");
  CHECK(llba.records[0].authors[2].full_family() == "Van Hee");
  CHECK(said(llba, "as ProQuest writes them") == 0);
  // Elsewhere a name without a comma stays given first.
  Parsed other = parse_string("TY  - JOUR\nTI  - A study\nAU  - Bertoldi Martina\nPY  - 2019\nER  - \n");
  REQUIRE(other.records.size() == 1);
  CHECK(other.records[0].authors[0].family == "Martina");
}
