// Issue 11 (try39 report item 3): a note written as BibTeX annote and read
// back came out again beside itself on every round trip.
#include <catch2/catch.hpp>

#include <string>

#include "support.hpp"

using namespace refnet::test;

namespace {
std::size_t count_of(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}
}  // namespace

TEST_CASE("notes39: a note read back from refnet's own BibTeX export is not written twice", "[notes39][bibtex]") {
  TempDir d;
  const std::string lib = d / "lib.sqlite", bib = d / "lib.bib", src = d / "a.bib";
  {
    std::ofstream(src) << "@article{smith2020,\n  author = {Smith, John},\n  title = {A study of things},\n"
                          "  journal = {J. Things},\n  year = {2020},\n  volume = {3},\n  pages = {1--10}\n}\n";
  }
  const std::string L = " --library '" + lib + "'";
  REQUIRE(run_refnet("import" + L + " '" + src + "'").status == 0);
  REQUIRE(run_refnet("note" + L + " smith2020 'check fig 3'").status == 0);
  REQUIRE(run_refnet("export" + L + " -o '" + bib + "'").status == 0);
  CHECK(count_of(slurp(bib), "check fig 3") == 1);
  for (int round = 0; round < 2; ++round) {
    auto imp = run_refnet("import" + L + " '" + bib + "'");
    REQUIRE((imp.status == 0 || imp.status == 3));
    REQUIRE(run_refnet("export" + L + " -o '" + bib + "'").status == 0);
    CHECK(count_of(slurp(bib), "check fig 3") == 1);  // before: 2 after each round trip
  }
  // An edited annote updates the note (roundtrip40): the edit once, the old text gone.
  std::string text = slurp(bib);
  text.replace(text.find("check fig 3"), 11, "check fig 3 and fig 4");
  { std::ofstream(bib) << text; }
  for (int round = 0; round < 2; ++round) {
    auto imp = run_refnet("import" + L + " '" + bib + "'");
    REQUIRE((imp.status == 0 || imp.status == 3));
    REQUIRE(run_refnet("export" + L + " -o '" + bib + "'").status == 0);
    const std::string out = slurp(bib);
    CHECK(count_of(out, "check fig 3 and fig 4") == 1);
    CHECK(count_of(out, "check fig 3") == 1);  // before roundtrip40: 2, the edit beside the old note
  }
}

TEST_CASE("notes39: a note read back from refnet's own RIS or CSL-JSON export is not written twice", "[notes39][ris]") {
  TempDir d;
  const std::string src = d / "a.bib";
  {
    std::ofstream(src) << "@article{smith2020,\n  author = {Smith, John},\n  title = {A study of things},\n"
                          "  journal = {J. Things},\n  year = {2020},\n  volume = {3},\n  pages = {1--10}\n}\n";
  }
  for (const std::string format : {"ris", "csl-json"}) {
    const std::string lib = d / (format + ".sqlite"), out = d / ("out." + format);
    const std::string L = " --library '" + lib + "'";
    REQUIRE(run_refnet("import" + L + " '" + src + "'").status == 0);
    REQUIRE(run_refnet("note" + L + " smith2020 'check fig 3'").status == 0);
    for (int round = 0; round < 3; ++round) {
      REQUIRE(run_refnet("export" + L + " --format " + format + " -o '" + out + "'").status == 0);
      INFO(format << " round " << round);
      CHECK(count_of(slurp(out), "check fig 3") == 1);  // before, RIS: 1, 2, 3
      auto imp = run_refnet("import" + L + " '" + out + "'");
      REQUIRE((imp.status == 0 || imp.status == 3));
    }
  }
}
