// dedup59 (issue #11): what `dedup --apply` and `prisma` say about the
// duplicates they merged and counted.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "support.hpp"

using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string q(const std::string& path) { return "'" + path + "'"; }

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("dedup --apply lists each merged work under the key it had, not '-'", "[dedup59]") {
  // bib-dedupe's test case stahl_elbeltagi_2004_cmc_missing_doi_vs_with_doi
  // (CoLRev-Environment/bib-dedupe @b7b5cf3 tests/test_cases.json, MIT): one
  // article, its DOI on one record only.  The works were listed after the
  // merge, when the absorbed one no longer has a key of its own: "2  -  2004
  // ...", which names nothing the user can look up.
  TempDir dir;
  const std::string bib = dir / "pair.bib";
  write_file(bib,
             "@article{stahl2004a,\n  author = {Stahl, Bernd Carsten and Elbeltagi, Ibrahim},\n"
             "  title = {Cultural Universality Versus Particularity in CMC},\n  year = {2004}\n}\n\n"
             "@article{stahl2004b,\n  author = {Stahl, Bernd Carsten and Elbeltagi, Ibrahim},\n"
             "  title = {Cultural Universality Versus Particularity in CMC},\n  year = {2004},\n"
             "  doi = {10.1080/1097198X.2004.10856384}\n}\n");
  const std::string lib = "--library " + q(dir / "lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(bib)).status == 0);
  auto found = run_refnet(lib + "dedup");
  CHECK(has(found.out, "  1  stahl2004a  2004  Stahl & Elbeltagi  Cultural Universality Versus Particularity in CMC\n"));
  CHECK(has(found.out, "  2  stahl2004b  2004  Stahl & Elbeltagi  Cultural Universality Versus Particularity in CMC\n"));
  auto applied = run_refnet(lib + "dedup --apply");
  CHECK(applied.status == 0);
  CHECK(has(applied.out, "  1  stahl2004a  2004  "));
  CHECK(has(applied.out, "  2  stahl2004b  2004  "));
  CHECK(!has(applied.out, "  2  -  "));
  CHECK(has(applied.out, "1 groups merged (1 works absorbed)"));
  // The merge happened: one work, under the first key.
  auto listed = run_refnet(lib + "list");
  CHECK(has(listed.out, "stahl2004a"));
  CHECK(!has(listed.out, "stahl2004b"));
}
