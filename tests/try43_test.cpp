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
  CHECK(imported.err.find("your title kept over the new export's: \"Critical review of urban community resilience "
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
