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
// (an @proceedings has none: plain.bst ignores it, the series lost in print),
// and beside its editors a `key` repeating the title, which plain.bst needs
// only when it has neither author nor editor to sort by.  The same records
// from Scopus's CSV were exported with `series`.
TEST_CASE("a Scopus BibTeX conference review exports its series as series, no key beside its editors", "[audit51]") {
  CliLibrary lib;
  lib.import("bibtex/scopus_conference_review.bib");
  CommandResult bib = lib.run("export --format bibtex --no-pin");
  REQUIRE(bib.status == 0);
  const std::string atc = entry_of(bib.out, "@proceedings{NoAuthor2010,");
  REQUIRE_FALSE(atc.empty());
  CHECK(atc.find("series = {Lecture Notes in Computer Science (including subseries") != std::string::npos);
  CHECK(atc.find("booktitle = ") == std::string::npos);
  CHECK(atc.find("key = ") == std::string::npos);
  CHECK(atc.find("editor = {Sadjadi, S.M. and") != std::string::npos);
  const std::string cladag = entry_of(bib.out, "@proceedings{NoAuthor2018,");
  REQUIRE_FALSE(cladag.empty());
  CHECK(cladag.find("series = {Studies in Classification, Data Analysis, and Knowledge Organization}") !=
        std::string::npos);
  CHECK(cladag.find("booktitle = ") == std::string::npos);
  CHECK(cladag.find("key = ") == std::string::npos);
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
