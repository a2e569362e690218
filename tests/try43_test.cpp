// A scholar's library over months (task try43): a later export of the same
// search changes a field the user corrected.  The user's value stays, and
// the import says so: before, the database's change went by without a word.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "support.hpp"

using namespace refnet::test;

TEST_CASE("re-import: a later export changing a field the user set is said, the user's value kept", "[try43]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  // The real WoS export (29 records), and the same search exported again:
  // Web of Science corrected the first record's title and counted 12
  // citations where it had 0.
  const std::string first = slurp(fixture("corpora/umbrella-review__savedrecs.txt"));
  const std::string title = "TI Critical review of urban community resilience indicators\n";
  REQUIRE(first.find(title) != std::string::npos);
  std::string again = first;
  again.replace(again.find(title), title.size(), "TI Critical review of urban community resilience indicators: a corrected title\n");
  REQUIRE(again.find("\nTC 0\n") != std::string::npos);
  again.replace(again.find("\nTC 0\n"), 6, "\nTC 12\n");
  std::ofstream(tmp / "savedrecs2.txt", std::ios::binary) << again;

  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  REQUIRE(run_refnet("set" + lib + " WOS:000938257800001 'title=Critical review of urban community resilience indicators (mine)'")
              .status == 0);
  auto imported = run_refnet("import" + lib + " " + q(tmp / "savedrecs2.txt"));
  INFO(imported.err);
  REQUIRE(imported.status == 0);
  CHECK(imported.out.find("29 read, 0 new, 1 merged by identifier, 1 updated, 28 already present") != std::string::npos);
  // Said: whose title is shown, and what the export says now.
  CHECK(imported.err.find("your title \"Critical review of urban community resilience indicators (mine)\" kept over "
                          "the new export's \"Critical review of urban community resilience "
                          "indicators: a corrected title\" ('refnet unset") != std::string::npos);
  auto shown = run_refnet("show" + lib + " WOS:000938257800001");
  CHECK(shown.out.find("title           Critical review of urban community resilience indicators (mine)") != std::string::npos);
  CHECK(shown.out.find("12") != std::string::npos);

  // --json lists the works and fields.
  std::string again2 = again;
  again2.replace(again2.find("\nTC 12\n"), 7, "\nTC 13\n");
  again2.replace(again2.find("a corrected title"), 17, "a title corrected twice");
  std::ofstream(tmp / "savedrecs3.txt", std::ios::binary) << again2;
  auto json = run_refnet("import --json" + lib + " " + q(tmp / "savedrecs3.txt"));
  INFO(json.err);
  CHECK(json.out.find("\"behind_yours\":[{\"work\":") != std::string::npos);
  CHECK(json.out.find(",\"fields\":[\"title\"]}]") != std::string::npos);
}

// A shared DOI (or UT) is confirmed by the rest of the record (issue 11); the
// work's view holds the user's corrections, which are no database's evidence.
// A user who retitled a work ("My reading notes on ...") and imported the
// next export of the same search got the same Web of Science record (same UT,
// same DOI) as a second work: "kept apart: same DOI ... different title
// (similarity 0.00)".  The sources the work holds confirm it.
TEST_CASE("re-import: a record the work holds, whose title the user rewrote, joins it by its DOI and UT", "[try43]") {
  TempDir tmp;
  auto q = [](const std::string& s) { return "'" + s + "'"; };
  const std::string lib = " --library " + q(tmp / "lib.sqlite");
  std::string again = slurp(fixture("corpora/umbrella-review__savedrecs.txt"));
  REQUIRE(again.find("\nTC 0\n") != std::string::npos);
  again.replace(again.find("\nTC 0\n"), 6, "\nTC 12\n");  // cited since: other text, same record
  std::ofstream(tmp / "savedrecs2.txt", std::ios::binary) << again;

  REQUIRE(run_refnet("import --quiet" + lib + " " + q(fixture("corpora/umbrella-review__savedrecs.txt"))).status == 0);
  REQUIRE(run_refnet("set" + lib + " WOS:000938257800001 'title=My reading notes on resilience'").status == 0);
  auto imported = run_refnet("import" + lib + " " + q(tmp / "savedrecs2.txt"));
  INFO(imported.err);
  REQUIRE(imported.status == 0);
  CHECK(imported.out.find("29 read, 0 new, 1 merged by identifier") != std::string::npos);
  CHECK(imported.err.find("kept apart") == std::string::npos);
  auto stats = run_refnet("stats" + lib);
  CHECK(stats.out.find("works:       29 ") != std::string::npos);
  auto shown = run_refnet("show" + lib + " WOS:000938257800001");
  CHECK(shown.out.find("title           My reading notes on resilience") != std::string::npos);

  // Another work sharing that DOI whose own records differ stays apart, as
  // before: a made-up record with the DOI and another title, authors and year.
  const std::string other =
      "TY  - JOUR\nAU  - Nobody, Else\nTI  - An unrelated paper on fisheries economics\nPY  - 1999\n"
      "DO  - 10.1108/SASBE-08-2022-0180\nER  - \n";
  std::ofstream(tmp / "other.ris", std::ios::binary) << other;
  auto apart = run_refnet("import" + lib + " " + q(tmp / "other.ris"));
  INFO(apart.err);
  CHECK(apart.out.find("1 new") != std::string::npos);
  CHECK(apart.err.find("kept apart: same DOI 10.1108/sasbe-08-2022-0180") != std::string::npos);
}
