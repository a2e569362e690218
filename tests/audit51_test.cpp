// audit51 (issue #11): trust on real database exports, read as a new user would.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
// The text of the entry `head` ("@proceedings{NoAuthor2010,") of a .bib, "" when none.
std::string entry_of(const std::string& bib, const std::string& head) {
  std::size_t at = bib.find(head);
  if (at == std::string::npos) return {};
  return bib.substr(at, bib.find("\n}", at) - at);
}
}  // namespace

// Scopus's BibTeX of a "Conference Review" (a whole proceedings volume,
// editors and no author) names the series the volume is in as `journal`
// (pybibx's Scopus BibTeX, audit50's fixture of it).  Read as a proceedings
// volume since d57a6a8, it was exported with that series as `booktitle`
// (an @proceedings has none: plain.bst ignores it, the series lost in print).
// The same records from Scopus's CSV were exported with `series`.  (The
// `key` beside its editors stays: export26 writes it, plain.bst uses the
// editors first and says nothing.)
TEST_CASE("a Scopus BibTeX conference review exports its series as series", "[audit51]") {
  CliLibrary lib;
  lib.import("bibtex/scopus_conference_review.bib");
  CommandResult bib = lib.run("export --format bibtex --no-pin");
  REQUIRE(bib.status == 0);
  const std::string atc = entry_of(bib.out, "@proceedings{NoAuthor2010,");
  REQUIRE_FALSE(atc.empty());
  CHECK(atc.find("series = {Lecture Notes in Computer Science (including subseries") != std::string::npos);
  CHECK(atc.find("booktitle = ") == std::string::npos);
  CHECK(atc.find("editor = {Sadjadi, S.M. and") != std::string::npos);
  const std::string cladag = entry_of(bib.out, "@proceedings{NoAuthor2018,");
  REQUIRE_FALSE(cladag.empty());
  CHECK(cladag.find("series = {Studies in Classification, Data Analysis, and Knowledge Organization}") !=
        std::string::npos);
  CHECK(cladag.find("booktitle = ") == std::string::npos);
  // Read back, the series is the volume's series again.
  CliLibrary again;
  const std::string back = again.dir / "back.bib";
  { std::ofstream(back) << bib.out; }
  REQUIRE(again.run("import '" + back + "'").status == 0);
  CommandResult twice = again.run("export --format bibtex --no-pin");
  REQUIRE(twice.status == 0);
  CHECK(entry_of(twice.out, "@proceedings{NoAuthor2010,").find("series = {Lecture Notes in Computer Science") !=
        std::string::npos);
}

// Scopus's BibTeX of 2025 (PedLuiz/analise-bibliometrica-IC scopus.bib, 1 of
// 541 entries) wrote a no-break space after each family name: "Basaad\u00a0 ,
// Abdullah".  BibTeX's own no-break space, the tie '~', separates a name's
// words; U+00A0 was kept as part of the word: five families "Basaad\u00a0",
// invisible, then in keys, search and dedup's name comparisons.  It is a
// space between words as '~' is; none is left at a part's end.
TEST_CASE("a no-break space in a BibTeX name separates words as a tie does", "[audit51]") {
  Parsed p = parse_file(fixture("bibtex/scopus_nbsp_family.bib"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[0].family == "Basaad");
  CHECK(r.authors[0].given == "Abdullah");
  CHECK(r.authors[3].family == "Eldaly");
  CHECK(r.authors[3].given == "Ahmed Karam");
  CHECK(r.authors[4].family == "Abdelsamea");
  // Inside a word it is a tie too: "Jean\u00a0Paul Sartre" is given "Jean Paul".
  Parsed tie = parse_string("@article{a, author = {Jean\u00a0Paul Sartre and {Acme\u00a0Corp}}, title = {T}}");
  REQUIRE(tie.records.size() == 1);
  REQUIRE(tie.records[0].authors.size() == 2);
  CHECK(tie.records[0].authors[0].given == "Jean Paul");
  CHECK(tie.records[0].authors[0].family == "Sartre");
  CHECK(tie.records[0].authors[1].literal == "Acme\u00a0Corp");
}

// Scopus's BibTeX of 2024-25 names the document type `type` ("type =
// {Conference review}"), no longer `document_type` (PedLuiz/analise-
// bibliometrica-IC scopus.bib: 24 of 541 entries; kauantpereira/pratica_
// analise_bibliometrica: 9 of 207).  Its Conference Reviews were read as
// articles and exported @article with editors and no author (bibtex: "empty
// author" 24 times), d57a6a8's proceedings volume missed.
TEST_CASE("Scopus BibTeX's newer 'type' field names a conference review too", "[audit51]") {
  Parsed p = parse_file(fixture("bibtex/scopus_2025_conference_review.bib"));
  REQUIRE(p.records.size() == 2);
  for (const Record& r : p.records) CHECK(r.type == "book");
  CliLibrary lib;
  lib.import("bibtex/scopus_2025_conference_review.bib");
  CommandResult bib = lib.run("export --format bibtex --no-pin");
  REQUIRE(bib.status == 0);
  CHECK(bib.out.find("@article{") == std::string::npos);
  const std::string ajcai = entry_of(bib.out, "@proceedings{gong2025");
  REQUIRE_FALSE(ajcai.empty());
  CHECK(ajcai.find("series = {Lecture Notes in Computer Science") != std::string::npos);
  CHECK(ajcai.find("editor = {Gong, M. and Song, Y.") != std::string::npos);
  // A volume in no series (its source title is its own title) keeps a key to sort by.
  const std::string icaicta = entry_of(bib.out, "@proceedings{anon2024");
  REQUIRE_FALSE(icaicta.empty());
  CHECK(icaicta.find("series = ") == std::string::npos);
  CHECK(icaicta.find("key = ") != std::string::npos);
}

// Scopus's BibTeX files a book chapter as @BOOK with the book's title as its
// `journal` and the chapter's pages ("document_type={Book Chapter}", since
// 2024 "type = {Book chapter}"): PedLuiz's scopus.bib 5 of 541, kauantpereira's
// 2 of 207, pybibx's 7 of 1,050.  It was read as a whole book titled by the
// chapter (CSL book, the book's title as its container), exported @book with
// a booktitle.  The CSV reader reads Scopus's Book Chapter as a chapter; so now
// does the BibTeX reader, when Scopus's @BOOK names a book beside it.
TEST_CASE("a Scopus BibTeX @BOOK of a book chapter is a chapter in its book", "[audit51]") {
  Parsed p = parse_file(fixture("bibtex/scopus_book_chapter.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].type == "chapter");
  CHECK(p.records[0].container_title == "Hybrid Soft Computing Techniques for Machine Learning and Optimization");
  CHECK(p.records[0].pages == "41-52");
  Parsed old = parse_file(fixture("corpora/pybibx__scopus.bib"));
  std::size_t chapters = 0, books = 0;
  for (const Record& r : old.records) {
    if (r.citekey == "Covas2015283" || r.citekey == "NoAuthor2013180" || r.citekey == "Oliveira201366") {
      chapters += r.type == "chapter";
      books += r.type == "book";
    }
  }
  CHECK(chapters == 3);
  CHECK(books == 0);
}
