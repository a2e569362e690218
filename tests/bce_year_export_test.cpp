// export26: a year before the common era through every importer and exporter
// that has one.  Before: biblatex's "-0534" was read as the year -534, which
// the BibTeX, biblatex, CSL-JSON and RIS writers all left out (they wrote
// years > 0 only: the entry had no date), and CSL-JSON's [[-535]] was no year.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include <fstream>

#include "export_support.hpp"
#include "refnet/exporter.hpp"
#include "refnet/importer.hpp"
#include "refnet/months.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string written(const std::vector<Record>& rs, int format) {
  std::ostringstream out;
  if (format == 0) write_bibtex(out, rs);
  else if (format == 1) write_biblatex(out, rs);
  else if (format == 2) write_csljson(out, rs);
  else write_ris(out, rs);
  return out.str();
}

}  // namespace

TEST_CASE("export26: 535 BCE is -0534 in biblatex, -535 in CSL-JSON, '535 BCE' in BibTeX and RIS",
          "[export][dates][export26]") {
  // Sun Tzu's Art of War as biblatex writes its date (astronomical years,
  // the biblatex manual's §2.3.8) and as CSL-JSON does (pandoc's reading of
  // that biblatex date: -535).
  Parsed bib = parse_string("@book{suntzu, author = {Sun Tzu}, title = {The Art of War}, date = {-0534}, publisher = {X}}\n",
                            Format::bibtex);
  Parsed csl = parse_string(
      R"([{"type":"book","id":"suntzu","title":"The Art of War","author":[{"literal":"Sun Tzu"}],"issued":{"date-parts":[[-535]]},"publisher":"X"}])");
  REQUIRE(bib.records.size() == 1);
  REQUIRE(csl.records.size() == 1);
  CHECK(bib.records[0].issued.year == -534);
  CHECK(csl.records[0].issued.year == -534);  // one year, whichever the source
  CHECK(extra_values(csl.records[0], "issued").empty());  // read whole

  for (const Parsed* p : {&bib, &csl}) {
    Record r = p->records[0];
    r.extra.clear();  // as any other source would give it (not the .bib's own date field)
    r.provenance.format = "csl-json";
    CHECK(written({r}, 0).find("year = {535 BCE}") != std::string::npos);
    CHECK(written({r}, 1).find("date = {-0534}") != std::string::npos);
    nlohmann::json items = nlohmann::json::parse(written({r}, 2));
    CHECK(items[0]["issued"]["date-parts"][0][0] == -535);
    CHECK(written({r}, 3).find("PY  - 535 BCE") != std::string::npos);
    // CSL-JSON -> Record -> CSL-JSON keeps it.
    Parsed again = parse_string(written({r}, 2));
    REQUIRE(again.records.size() == 1);
    CHECK(again.records[0].issued.year == -534);
  }

  // A year field in words is that year since bib27 (the BibTeX importer
  // kept it as text before): the same year in every export, and so is the
  // text "535 BCE" of a work stored before (issued_of).
  Parsed words = parse_string("@book{suntzu, author = {Sun Tzu}, title = {The Art of War}, year = {535 BCE}, publisher = {X}}\n",
                              Format::bibtex);
  REQUIRE(words.records.size() == 1);
  CHECK(words.records[0].issued.year == -534);
  CHECK(words.records[0].issued.text.empty());
  Record stored = words.records[0];
  stored.issued = Date{};
  stored.issued.text = "535 BCE";
  for (const Record& w : {words.records[0], stored}) {
    CHECK(written({w}, 0).find("year = {535 BCE}") != std::string::npos);
    CHECK(written({w}, 1).find("date = {-0534}") != std::string::npos);
    CHECK(nlohmann::json::parse(written({w}, 2))[0]["issued"]["date-parts"][0][0] == -535);
  }
  CHECK(year_from_words("535 B.C.") == -534);
  CHECK(year_from_words("in press") == 0);
  CHECK(year_from_words("535") == 0);

  // A year before 1000 has four digits in biblatex's date (biber reads no other).
  Record early = csl.records[0];
  early.issued.year = 800;
  CHECK(written({early}, 1).find("date = {0800}") != std::string::npos);

  // pandoc reads the biblatex date as the same year as refnet's CSL-JSON.
  if (std::system("command -v pandoc >/dev/null 2>&1") != 0) {
    WARN("pandoc is not on PATH: skipped");
    return;
  }
  TempDir tmp;
  std::string path = tmp / "bce.bib";
  std::ofstream(path) << written({csl.records[0]}, 1);
  std::string out = capture("pandoc -f biblatex -t csljson '" + path + "' 2>&1");
  nlohmann::json items = nlohmann::json::parse(out);
  CHECK(items[0]["issued"]["date-parts"][0][0] == -535);
}
