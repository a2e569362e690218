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

TEST_CASE("prisma names the identifiers the duplicates removed on import shared, with their counts", "[dedup59]") {
  // Web of Science and Scopus exports of one search (fixtures/corpora,
  // prisma_test.cpp's fixture review): the same 29 DOIs.  Then two exports
  // of one MEDLINE record without a DOI (the same PMID, another revision
  // date) and two of one Web of Science record without a DOI (the same UT,
  // another citation count).  "by identifier: 31" did not say which.
  TempDir dir;
  const std::string lib = "--library " + q(dir / "lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("corpora/umbrella-review__savedrecs.txt")) + " " +
                     q(fixture("corpora/umbrella-review__scopus.csv")))
              .status == 0);
  auto medline = [](const std::string& revised) {
    return "PMID- 90000001\nOWN - NLM\nLR  - " + revised +
           "\nDP  - 1999 Mar\nTI  - A rare finding in a common disease.\nPG  - 12-19\nAU  - Moreau P\n"
           "TA  - Rev Med\nJT  - Revue medicale\nVI  - 7\n\n";
  };
  write_file(dir / "pubmed-1.txt", medline("20200101"));
  write_file(dir / "pubmed-2.txt", medline("20230101"));
  auto wos = [](const std::string& cited) {
    return "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Moreau, P\nTI Another rare finding\n"
           "SO REVUE MEDICALE\nPY 1999\nVL 7\nBP 20\nEP 24\nTC " + cited + "\nUT WOS:000079000000001\nER\n\nEF\n";
  };
  write_file(dir / "savedrecs-1.txt", wos("3"));
  write_file(dir / "savedrecs-2.txt", wos("4"));
  for (const char* f : {"pubmed-1.txt", "pubmed-2.txt", "savedrecs-1.txt", "savedrecs-2.txt"})
    REQUIRE(run_refnet(lib + "import " + q(dir / f)).status == 0);
  auto p = run_refnet(lib + "prisma");
  CHECK(has(p.out, "  duplicates removed: 31\n    by identifier: 31 (DOI 29, PMID 1, WoS UT 1)\n"));
  auto j = run_refnet(lib + "prisma --json");
  CHECK(has(j.out, "\"duplicates_by_identifier\":31,"));
  CHECK(has(j.out, "\"duplicates_by_identifier_kind\":{\"DOI\":29,\"PMID\":1,\"WoS UT\":1}"));
}
