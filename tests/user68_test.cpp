// user68: a literature reviewer's maps and an author's week with refnet,
// tried as a new user.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }
[[maybe_unused]] void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("user68: a Scopus entry under a key another Scopus entry has is counted under Scopus by prisma",
          "[user68]") {
  // pybibx's Scopus BibTeX holds two records of one conference paper
  // (EIDs 2-s2.0-85110293035 and 2-s2.0-85107288866) under one key,
  // Viana2020857: the second, the same entry again, was labelled with the
  // file's name, and prisma counted 262 records under Scopus and 1 under
  // "pybibx__scopus.bib" (the label refnet gives its own exports read back).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("scopus/same_key_twice.bib"))).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  REQUIRE(prisma.status == 0);
  INFO(prisma.out);
  CHECK(has(prisma.out, "Scopus: 2"));
  CHECK_FALSE(has(prisma.out, "same_key_twice.bib"));
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK_FALSE(has(labels.out, "same_key_twice.bib"));
}

TEST_CASE("user68: refnet's own BibTeX export read back is still counted under its file's name", "[user68]") {
  // The rule the fix above keeps: an export of the library itself is no
  // database's record (session 60).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("scopus/same_key_twice.bib"))).status == 0);
  const std::string out = dir.path.string() + "/mine.bib";
  REQUIRE(run_refnet(lib + "export -o " + q(out)).status == 0);
  REQUIRE(run_refnet(lib + "import " + q(out)).status == 0);
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK(has(labels.out, "mine.bib"));
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK(has(prisma.out, "records identified: 2"));
}
