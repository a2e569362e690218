// audit60 (issue #11): the items session 59 left (Publish or Perish's and
// Google Scholar's BibTeX labelled by the file's name, a chapter taking its
// book's DOI, ...) and what real exports refnet had not seen showed.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
const Record* keyed(const std::vector<Record>& records, std::string_view key) {
  for (const Record& r : records)
    if (r.citekey == key) return &r;
  return nullptr;
}
}  // namespace

// Publish or Perish's BibTeX (RedwanNewaz/PublicationManager's PoPCites.bib,
// 351 entries; mosalen/Deepfake_References', 992) names no database: its
// entries carry PoP's key ("pop00001") and its query date as a second note,
// and those Google Scholar cites link to its page of citing works.  Before,
// 'prisma' and 'overlap' counted them under the file's name; the 102 entries
// of the first file cited by nobody (no Scholar link of their own) are
// Google Scholar's hits as much as the others.
TEST_CASE("Publish or Perish's BibTeX of a Google Scholar search is labelled Google Scholar", "[audit60]") {
  Parsed p = parse_file(fixture("bibtex/publish_or_perish_scholar.bib"));
  REQUIRE(p.records.size() == 3);
  for (const Record& r : p.records) CHECK(default_source_label(r) == "Google Scholar");
  CHECK(said(p, "Publish or Perish's BibTeX (keys") == 1);
  // An entry cited by nobody before the first that links Scholar: the same.
  Parsed later = parse_string(
      "@article{pop00002,\n\tauthor = {A Smith},\n\ttitle = {Uncited},\n\tyear = {2001},\n"
      "\tnote = {Query date: 2020-02-08 20:42:36},\n}\n"
      "@article{pop00001,\n\tauthor = {B Jones},\n\ttitle = {Cited},\n\tyear = {2000},\n"
      "\tnote = {3 cites: https://scholar.google.com/scholar?cites=1\\&hl=en},\n"
      "\tnote = {Query date: 2020-02-08 20:42:36},\n}\n");
  REQUIRE(later.records.size() == 2);
  CHECK(default_source_label(later.records[0]) == "Google Scholar");
  CHECK(default_source_label(later.records[1]) == "Google Scholar");
  // A library's entry under such a key, without PoP's query date, is the file's.
  Parsed own = parse_string("@article{pop00001,\n  author = {Smith, A.},\n  title = {Own},\n  year = {2001},\n}\n");
  REQUIRE(own.records.size() == 1);
  CHECK(default_source_label(own.records[0]) != "Google Scholar");
}

// Google Scholar's own BibTeX ("Cite" > BibTeX, a profile's export): the key
// is the first author's family name, the year and the title's first word,
// in lower case ("drelich2017long"), the title first, each field
// "  name={value}".  A library's entry written otherwise stays the file's.
TEST_CASE("Google Scholar's BibTeX is labelled Google Scholar by its layout", "[audit60]") {
  Parsed p = parse_file(fixture("bibtex/google_scholar_suffix_name.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(default_source_label(p.records[0]) == "Google Scholar");
  Parsed other = parse_string(
      "@article{drelich2017long,\n  author = {Drelich, Adam J},\n  title = {Long-term surveillance},\n"
      "  journal = {Acta Biomaterialia},\n  year = {2017}\n}\n"
      "@article{drelich2017surveillance,\n  title={Long-term surveillance},\n  author={Drelich, Adam J},\n"
      "  year={2017}\n}\n");
  REQUIRE(other.records.size() == 2);
  CHECK(default_source_label(other.records[0]) != "Google Scholar");
  CHECK(default_source_label(other.records[1]) != "Google Scholar");
}

// Google Scholar cuts long author lists: Publish or Perish's BibTeX writes
// "LE Kavraki and P Svestka and JC Latombe and ..." (141 of 351 entries in
// RedwanNewaz's file, 305 of 992 in mosalen's).  Before, "..." was an
// author; it is BibTeX's "and others" (the list goes on), said once a file.
TEST_CASE("a BibTeX name list ending in '...' goes on: 'others', not an author '...'", "[audit60]") {
  Parsed p = parse_file(fixture("bibtex/publish_or_perish_scholar.bib"));
  REQUIRE(p.records.size() == 3);
  const Record* cut = keyed(p.records, "pop00001");
  REQUIRE(cut != nullptr);
  REQUIRE(cut->authors.size() == 4);
  CHECK(cut->authors[2].family == "Latombe");
  CHECK(cut->authors[3].literal == "others");
  const Record* whole = keyed(p.records, "pop00250");
  REQUIRE(whole != nullptr);
  CHECK(whole->authors.size() == 4);
  CHECK(said(p, "Google Scholar cut") == 1);
  Parsed unicode = parse_string("@article{k,\n  author = {Smith, A. and Jones, B. and \xE2\x80\xA6},\n  title = {T},\n  year = {2001}\n}\n");
  REQUIRE(unicode.records.size() == 1);
  REQUIRE(unicode.records[0].authors.size() == 3);
  CHECK(unicode.records[0].authors[2].literal == "others");
}

