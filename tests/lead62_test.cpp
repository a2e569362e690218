// lead62: APA's '&' author lists ("Family, Initials, ..., & Family,
// Initials") read by one test of "family names and initials in turn"
// (name_ampersand.hpp) in the BibTeX name reader and the table reader.
// Before, the table reader had its own loop, which took initials only as
// is_initials reads them (three capitals at most without dots) and no comma
// after the list; the BibTeX reader also took packed initials ("ABCD") and
// that comma.  The same cell must give the same people in both.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string families(const Record& r) {
  std::string out;
  for (const Creator& c : r.authors) out += (out.empty() ? "" : "; ") + c.family + ", " + c.given;
  return out;
}
}  // namespace

TEST_CASE("an APA '&' list: the BibTeX and table readers read the same people", "[lead62][names]") {
  const Parsed table = parse_file(fixture("names/apa_lists.csv"));
  const Parsed bib = parse_file(fixture("names/apa_lists.bib"));
  REQUIRE(table.records.size() == 3);
  REQUIRE(bib.records.size() == 3);
  const char* expected[][2] = {{"Packed initials", "Kim, ABCD; Lee, M. Y.; Park, S."},
                               {"A list with a comma", "Dracott, K.; Robinson, C. V.; Birdsall, C."},
                               {"Three people", "Ortiz, J.; Novak, P. Q.; Hale, R."}};
  for (const auto& [title, people] : expected) {
    INFO(title);
    const Record* t = titled(table.records, title);
    const Record* b = titled(bib.records, title);
    REQUIRE(t != nullptr);
    REQUIRE(b != nullptr);
    CHECK(families(*t) == people);
    CHECK(families(*b) == people);
  }
}

// Publish or Perish's BibTeX writes two `note` fields in every entry (the
// citation count with its Scholar link, then the query date; mosalen/
// Deepfake_References' PoPCites.bib, 993 entries): each was said, 989
// warnings of one thing.  The first entry's is said where it stands, the
// others in one line with their count; each second value is still kept as
// an extra field.  Another field repeated is said on its own.
TEST_CASE("a field repeated in every entry is said once with its count", "[lead62][bibtex]") {
  const Parsed p = parse_file(fixture("bibtex/pop_two_notes.bib"));
  REQUIRE(p.records.size() == 3);
  std::size_t note = 0, language = 0;
  for (const auto& d : p.diags.items()) {
    note += d.message.find("duplicate field 'note'") != std::string::npos;
    language += d.message.find("duplicate field 'language'") != std::string::npos;
  }
  CHECK(note == 2);
  CHECK(language == 1);
  CHECK(said(p, "duplicate field 'note' in entry 'pop00001'") == 1);
  CHECK(said(p, "duplicate field 'note' in 2 more entries") == 1);
  for (const Record& r : p.records) {
    std::size_t query_dates = 0;
    for (const ExtraField& x : r.extra) query_dates += x.name == "note" && x.value.rfind("Query date: ", 0) == 0;
    CHECK(query_dates == 1);
  }
}

// A table's link to a work's DOI ("https://doi.org/10...", a publisher's
// "/doi/abs/10..." page) is its DOI when the row gives none, as the RIS,
// BibTeX, CSL-JSON, Zotero and EndNote readers take it (before: the table
// reader kept the link only, so dedup and `show` by DOI missed the work).  A
// DOI the row gives is kept whatever the link says.
TEST_CASE("a table's resolver or publisher link gives the DOI when the row has none", "[lead62][table]") {
  const Parsed p = parse_file(fixture("table/url_doi.csv"));
  REQUIRE(p.records.size() == 4);
  const Record* resolver = titled(p.records, "A resolver link");
  const Record* page = titled(p.records, "A publisher's page");
  const Record* none = titled(p.records, "A page without");
  const Record* own = titled(p.records, "A DOI of its own");
  REQUIRE((resolver && page && none && own));
  CHECK(resolver->doi == "10.1038/s41586-020-1234-5");
  CHECK(page->doi == "10.1111/joms.12345");
  CHECK(none->doi.empty());
  CHECK(own->doi == "10.1111/eth.12600");
  CHECK(resolver->url == "https://doi.org/10.1038/s41586-020-1234-5");
}

// A file of a BibTeX library whose names, journals and publishers are
// @string macros of its other files (IRIDIA's biblio.bib read alone: 5,419
// warnings, one per use of 263 macros, and "Chase #and# Ormsbee" read as one
// author, "ChaseandOrmsbee").  An undefined macro is kept as its name, set
// apart by spaces from what '#' joins it to (the names then stay names); the
// first uses are said where they stand, the rest in one line with the names
// and counts and what to do.
TEST_CASE("undefined @string macros: kept as their names, apart, said with their counts", "[lead62][bibtex]") {
  const Parsed p = parse_file(fixture("bibtex/undefined_macros.bib"));
  REQUIRE(p.records.size() == 3);
  const Record* chase = titled(p.records, "Optimal pump");
  const Record* ants = titled(p.records, "The Ant System");
  const Record* book = titled(p.records, "Ant Colony");
  REQUIRE((chase && ants && book));
  REQUIRE(chase->authors.size() == 2);
  CHECK(chase->authors[0].display() == "Chase");
  CHECK(chase->authors[1].display() == "Ormsbee");
  CHECK(ants->authors.size() == 3);
  CHECK(ants->container_title == "ieee_j_smcb");
  CHECK(book->publisher == "mitpress");
  // 14 uses of 10 names: at most 5 said where they stand, then one line.
  std::size_t at_place = 0, summary = 0;
  for (const auto& d : p.diags.items()) {
    at_place += d.message.rfind("undefined macro '", 0) == 0;
    summary += d.message.find("undefined @string macros") != std::string::npos;
  }
  CHECK(at_place <= 5);
  CHECK(summary == 1);
  CHECK(said(p, "'and' (4)") == 1);
}

// Entries whose crossref parents are in another file not yet imported (845
// of IRIDIA's biblio.bib read alone: one note each).  The first is said
// where it stands, the others in one line with how many parents they name.
TEST_CASE("crossref parents not yet imported: said once with the count", "[lead62][bibtex]") {
  const Parsed p = parse_file(fixture("bibtex/crossref_parents_elsewhere.bib"));
  REQUIRE(p.records.size() == 3);
  std::size_t notes = 0;
  for (const auto& d : p.diags.items()) notes += d.message.find("crossref parent") != std::string::npos;
  CHECK(notes == 2);
  CHECK(said(p, "crossref parent 'CEC2002' not in this import yet") == 1);
  CHECK(said(p, "2 more entries name crossref parents not in this import yet (2 parents") == 1);
}

// Publish or Perish's CSV of a Google Scholar search cuts one author list in
// four with an ellipsis (mosalen/Deepfake_References' CSV: 224 rows, one
// warning each).  The first three of each kind are said where they stand,
// with the name the list is cut after (or before); the others in one line
// with their count.
TEST_CASE("a table's author lists cut short: the first said, the rest counted", "[lead62][table]") {
  const Parsed p = parse_file(fixture("table/pop_cut_lists.csv"));
  REQUIRE(p.records.size() == 7);
  std::size_t after = 0, before = 0;
  for (const auto& d : p.diags.items()) {
    after += d.message.find("the list of names is cut short by the source") != std::string::npos;
    before += d.message.find("the list of names is cut at its start by the source") != std::string::npos;
  }
  CHECK(after == 3);
  CHECK(before == 2);
  CHECK(said(p, "2 more Authors cells cut short by the source") == 1);
  CHECK(said(p, "more Authors cells cut at their start") == 0);
  for (const Record& r : p.records)
    for (const Creator& c : r.authors) CHECK(c.family.find("\xE2\x80\xA6") == std::string::npos);
}
