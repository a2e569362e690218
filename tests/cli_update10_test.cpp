// Re-importing a newer export of the same database (update10): the newer
// record of a work supersedes the older one in its view, the import says
// which works and fields it updated, the user's corrections stay on top.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "library_state.hpp"
#include "support.hpp"

using refnet::test::fixture;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {

const std::string kWos = fixture("corpora/decolonizing-expertise__savedrecs.txt");

std::string q(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST_CASE("a later Web of Science export with a corrected page range and a new count updates the work's view",
          "[cli]") {
  refnet::test::CliLibrary lib;
  auto first = lib.run("import", q(kWos));
  CHECK_THAT(first.out, Catch::Contains("50 read, 50 new, 0 merged by identifier, 0 updated"));
  const std::string ut = "WOS:A1996UP02800003";  // BP 119, EP 122, TC 3
  const std::int64_t id = lib.scalar("SELECT work_id FROM sources WHERE json_extract(data, '$.wos_ut') = '" + ut + "'");
  REQUIRE(id > 0);
  lib.run("set", std::to_string(id) + " 'title=Karyotypic variation in spotted skunks'");

  // Web of Science corrected the end page and counted 17 citations since.
  std::string text = slurp(kWos);
  const std::size_t at = text.find("UT " + ut);
  REQUIRE(at != std::string::npos);
  const std::size_t start = text.rfind("\nPT ", at);
  std::string record = text.substr(start, at - start);
  std::string changed = std::regex_replace(record, std::regex("\nEP 122"), "\nEP 124");
  changed = std::regex_replace(changed, std::regex("\nTC 3\n"), "\nTC 17\n");
  REQUIRE(changed != record);
  text.replace(start, at - start, changed);
  TempDir d;
  const std::string june = d / "savedrecs-june.txt";
  { std::ofstream(june, std::ios::binary) << text; }

  auto again = lib.run("import", "--json " + q(june));
  auto summary = nlohmann::json::parse(again.out);
  CHECK(summary.at("new") == 0);
  CHECK(summary.at("present") == 49);  // the other records are as they were
  CHECK(summary.at("merged") == 1);    // kept for the scripts that read it
  CHECK(summary.at("merged_by_identifier") == 1);
  CHECK(summary.at("updated") == 1);
  REQUIRE(summary.at("updates").size() == 1);
  CHECK(summary.at("updates").at(0).at("work") == id);
  CHECK(summary.at("updates").at(0).at("fields") == nlohmann::json::array({"pages", "TC"}));

  auto shown = nlohmann::json::parse(lib.run("show", "--json " + std::to_string(id)).out).at(0);
  CHECK(shown.at("pages") == "119-124");
  CHECK(shown.at("title") == "Karyotypic variation in spotted skunks");  // the user's correction stays
  // The older record stays a source: its pages are the provenance's alternative.
  auto text_shown = lib.run("show", std::to_string(id)).out;
  CHECK_THAT(text_shown, Catch::Contains("119-124"));
  CHECK_THAT(text_shown, Catch::Contains("119-122"));
  CHECK(lib.scalar("SELECT count(*) FROM sources WHERE json_extract(data, '$.wos_ut') = '" + ut + "'") == 2);

  // The same file once more: nothing new, nothing updated.
  auto third = lib.run("import", q(june));
  CHECK_THAT(third.out, Catch::Contains("50 read, 0 new, 0 merged by identifier, 0 updated, 50 already present"));
}
