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
  // fixtures/dedup/doi_on_one_side.bib, bib-dedupe's test case
  // stahl_elbeltagi_2004_cmc_missing_doi_vs_with_doi (MIT): one
  // article, its DOI on one record only.  The works were listed after the
  // merge, when the absorbed one no longer has a key of its own: "2  -  2004
  // ...", which names nothing the user can look up.
  TempDir dir;
  const std::string bib = fixture("dedup/doi_on_one_side.bib");
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

TEST_CASE("dedup: a workshop's paper and a journal's article of one title and year, venues that cannot be one, are "
          "two works",
          "[dedup59]") {
  // fixtures/dedup/workshop_and_journal.bib, bib-dedupe's test case
  // smith_2020_same_title_author_different_venue (MIT):
  // "Journal of Digital Studies" and "Workshop of Digital Studies", the same
  // author, title and year, nothing else; labelled distinct (a paper and its
  // journal version are two works).  refnet joined them: same title, creator
  // and year, and the names were only "not one venue", which two databases'
  // names for one journal often are.
  TempDir dir;
  const std::string bib = fixture("dedup/workshop_and_journal.bib");
  const std::string common = "  author = {Smith, John},\n  title = {Learning-based scheduling for digital work platforms},\n"
                             "  year = {2020},\n";
  const std::string lib = "--library " + q(dir / "lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(bib)).status == 0);
  CHECK(has(run_refnet(lib + "dedup").out, "0 groups of duplicates found"));
  // A journal that prints a conference's papers names the meeting too
  // ("Journal of Physics: Conference Series"): one work with the
  // conference's own name, as before.
  const std::string series = dir / "series.bib";
  write_file(series, "@article{c,\n" + common + "  journal = {Journal of Physics: Conference Series}\n}\n\n"
                     "@inproceedings{d,\n" + common + "  booktitle = {International Workshop on Digital Work}\n}\n");
  const std::string lib2 = "--library " + q(dir / "lib2.sqlite") + " ";
  REQUIRE(run_refnet(lib2 + "import " + q(series)).status == 0);
  CHECK(has(run_refnet(lib2 + "dedup").out, "1 groups of duplicates found"));
  // The journal's article and the workshop's paper on the same first page:
  // proceedings printed as the journal's issue, one work.
  const std::string paged = dir / "paged.bib";
  write_file(paged, "@article{e,\n" + common + "  journal = {Journal of Digital Studies},\n  pages = {101--109}\n}\n\n"
                    "@article{f,\n" + common + "  journal = {Workshop of Digital Studies},\n  pages = {101}\n}\n");
  const std::string lib3 = "--library " + q(dir / "lib3.sqlite") + " ";
  REQUIRE(run_refnet(lib3 + "import " + q(paged)).status == 0);
  CHECK(has(run_refnet(lib3 + "dedup").out, "1 groups of duplicates found"));
}
