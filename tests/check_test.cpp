// refnet check, and what read commands do with a damaged library row or
// with control characters in stored text.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "support.hpp"

using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::TempDir;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

void sql(const std::string& path, const std::string& statement) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(db);
  REQUIRE(rc == SQLITE_OK);
}

struct Damaged {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  std::string opt = " --library " + q(lib);
  Damaged() {
    REQUIRE(run_refnet("import --quiet" + opt + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
    // Work 2's view: a hash that used to escape as std::invalid_argument.
    sql(lib, "UPDATE works SET data = '{\"type\":\"book\",\"provenance\":{\"hash\":\"not hex\"}}' WHERE id = 2");
  }
};

}  // namespace

TEST_CASE("one damaged row no longer stops list, export, stats and network: it is named and skipped", "[check][cli]") {
  Damaged d;
  for (const char* cmd : {"list", "export", "network citation --summary"}) {
    auto r = run_refnet(std::string(cmd) + d.opt);
    INFO(cmd << "\n" << r.err);
    CHECK(r.status == 0);
    CHECK(r.err.find("warning: work 2") != std::string::npos);
    CHECK(r.err.find("is damaged") != std::string::npos);
    CHECK(r.err.find("refnet check") != std::string::npos);
  }
  CHECK(run_refnet("stats" + d.opt).status == 0);
  auto r = run_refnet("show 2" + d.opt);
  CHECK(r.status == 1);
  CHECK(r.err.find("work 2") != std::string::npos);
  CHECK(r.err.find("stoull") == std::string::npos);
}

TEST_CASE("refnet check finds a damaged view, --repair re-derives it from its sources", "[check][cli]") {
  Damaged d;
  auto r = run_refnet("check" + d.opt);
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(r.out.find("error: work 2") != std::string::npos);
  CHECK(r.out.find("its view is damaged") != std::string::npos);
  CHECK(r.out.find("1 problem") != std::string::npos);
  r = run_refnet("check --repair" + d.opt);
  CHECK(r.status == 0);
  CHECK(r.out.find("work 2: view re-derived from its sources") != std::string::npos);
  r = run_refnet("check" + d.opt);
  CHECK(r.status == 0);
  CHECK(r.out.find(": 0 problems") != std::string::npos);
  r = run_refnet("list" + d.opt);
  CHECK(r.err.find("damaged") == std::string::npos);
}

TEST_CASE("refnet check reports a damaged source with where it came from; --repair cannot invent it", "[check][cli]") {
  Damaged d;
  sql(d.lib, "UPDATE works SET data = '' WHERE id = 2; UPDATE sources SET data = CAST(X'7B22FF227D' AS TEXT) WHERE id = 3");
  auto r = run_refnet("check --repair" + d.opt);
  INFO(r.out << r.err);
  CHECK(r.status == 1);
  CHECK(r.out.find("source 3 of work 3") != std::string::npos);
  CHECK(r.out.find("pybibx__wos.bib:") != std::string::npos);
  CHECK(r.out.find("not valid UTF-8") != std::string::npos);
}

TEST_CASE("control characters in stored text never reach the terminal: list, show, stats escape them",
          "[check][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  // A title that sets the window title and clears the screen, a C1 CSI, a NUL.
  sql(lib, "UPDATE works SET data = '{\"type\":\"book\",\"title\":\"Evil\\u001b]0;owned\\u0007 \\u001b[2J\\u009b1m"
           "\\u0000end\",\"container-title\":\"J\\u001bX\",\"keywords\":[\"k\\u001b[31m\"]}' WHERE id = 1");
  for (const char* cmd : {"list", "show 1", "stats"}) {
    auto r = run_refnet(std::string(cmd) + " --library " + q(lib));
    INFO(cmd << "\n" << r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
    CHECK(r.out.find("\xc2\x9b") == std::string::npos);
    CHECK(r.out.find('\0') == std::string::npos);
  }
  auto r = run_refnet("show 1 --library " + q(lib));
  CHECK(r.out.find("Evil\\x1B]0;owned\\x07 \\x1B[2J\\u009B1m\\x00end") != std::string::npos);
}

TEST_CASE("network --summary escapes control characters in node labels", "[check][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  for (int id : {1, 2, 3})
    sql(lib, "UPDATE works SET data = '{\"type\":\"article-journal\",\"title\":\"T" + std::to_string(id) +
                 "\",\"keywords\":[\"evil\\u001b[2J\",\"plain\"]}' WHERE id = " + std::to_string(id));
  auto r = run_refnet("network keywords --min-occurrences 2 --summary --library " + q(lib));
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("evil\\x1B[2J") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("refnet check first brings the search index up to date, so that its integrity check covers it", "[check][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  auto count = [&](const char* statement) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(lib.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, statement, -1, &s, nullptr) == SQLITE_OK);
    std::int64_t n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
  };
  std::int64_t live = count("SELECT count(*) FROM works WHERE merged_into IS NULL");
  CHECK(live > 10);
  CHECK(count("SELECT count(*) FROM search_dirty") >= live);  // the import only noted them
  auto r = run_refnet("check --library " + q(lib));
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(count("SELECT count(*) FROM search_dirty") == 0);
  CHECK(count("SELECT count(*) FROM search") == live);
}
