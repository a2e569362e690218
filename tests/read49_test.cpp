// Session 49, read side (issue 7's targets): the reads that moved from
// SQLite's JSON functions to the record decoder give what the SQL gave.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "../src/statement.hpp"
#include "refnet/record.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

using Field = std::tuple<std::int64_t, std::string, std::string>;
using Summary = std::tuple<std::int64_t, std::string, std::string>;  // id, volume, pages

const std::vector<std::string> kNames = {"X1", "TT", "GSRank"};

// source_extra_fields as it was: SQLite's json_valid and json_each.
std::vector<Field> extra_fields_by_sql(const std::string& path) {
  std::vector<Field> out;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  {
    Stmt q(db,
           "SELECT s.work_id, json_extract(e.value, '$[0]'), json_extract(e.value, '$[1]') FROM sources s JOIN works w "
           "ON w.id = s.work_id, json_each(s.data, '$.extra') e WHERE w.merged_into IS NULL AND w.trashed_at IS NULL "
           "AND json_valid(s.data) AND json_extract(e.value, '$[0]') IN (?1, ?2, ?3) ORDER BY s.work_id, s.id, e.id");
    for (int i = 0; i < 3; ++i) q.bind(i + 1, kNames[static_cast<std::size_t>(i)]);
    while (q.step())
      if (sqlite3_column_type(q.get(), 2) == SQLITE_TEXT)
        out.emplace_back(sqlite3_column_int64(q.get(), 0), column_text(q.get(), 1), column_text(q.get(), 2));
  }
  sqlite3_close(db);
  return out;
}

// each_summary's volume and pages as they were: json_extract of the view.
std::vector<Summary> summaries_by_sql(const std::string& path) {
  std::vector<Summary> out;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  {
    Stmt q(db,
           "SELECT id, json_extract(view, '$.volume'), json_extract(view, '$.pages') FROM (SELECT id, CASE WHEN "
           "data <> '' THEN data ELSE (SELECT s.data FROM sources s WHERE s.work_id = works.id ORDER BY s.id LIMIT 1) "
           "END AS view FROM works WHERE merged_into IS NULL AND trashed_at IS NULL) ORDER BY id");
    while (q.step()) out.emplace_back(sqlite3_column_int64(q.get(), 0), column_text(q.get(), 1), column_text(q.get(), 2));
  }
  sqlite3_close(db);
  return out;
}

void exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

Record record(const std::string& title, std::uint64_t hash, std::vector<ExtraField> extra) {
  Record r;
  r.title = title;
  r.issued.year = 2020;
  r.volume = "1" + std::to_string(hash);
  if (hash % 2) r.pages = std::to_string(hash) + "-" + std::to_string(hash + 9);
  r.extra = std::move(extra);
  r.provenance.format = "ris";
  r.provenance.hash = hash;
  return r;
}

}  // namespace

TEST_CASE("source_extra_fields and each_summary give what SQLite's JSON functions gave", "[read49]") {
  TempDir tmp;
  const std::string path = tmp / "lib.sqlite";
  std::int64_t plain = 0;
  {
    Library lib(path);
    Library::Transaction tx(lib);
    lib.add(record("One", 1, {{"X1", "Un", {}}, {"other", "x", {}}, {"TT", "Eins", {}}}));
    plain = lib.add(record("Two", 2, {})).work_id;
    const std::int64_t three = lib.add(record("Three", 3, {{"GSRank", "4", {}}, {"X1", "Trois", "html"}})).work_id;
    // A second source of work 3 (a merge): its fields come after the first's.
    lib.attach(three, record("Three again", 5, {{"TT", "Drei", {}}, {"X1", "", {}}}));
    lib.add(record("Four", 7, {{"x1", "not X1", {}}}));
    tx.commit();
  }
  // A source the decoder refuses (a provenance hash that is no number), valid
  // JSON: SQLite still read it, and so does the fallback.
  const std::string refused =
      R"({"type":"article","title":"Two","volume":"9","pages":"3-4","extra":[["X1","Neuf"],["TT",7],)"
      R"(["GSRank","1","x","y"]],"provenance":{"format":"ris","hash":"zz"}})";
  REQUIRE_THROWS_AS(record_from_json(refused, RecordParts{false, false, true, false}), RecordJsonError);
  exec(path, "UPDATE sources SET data = '" + refused + "' WHERE work_id = " + std::to_string(plain));
  {
    Library lib(path, false);
    CHECK(lib.source_extra_fields(kNames) == extra_fields_by_sql(path));
    std::vector<Summary> summaries;
    lib.each_summary([&](const WorkSummary& w) { summaries.emplace_back(w.id, w.volume, w.pages); });
    CHECK(summaries == summaries_by_sql(path));
    CHECK(summaries.size() == 4);
  }
  // Malformed JSON: SQLite skipped it (json_valid) and so does the decoder.
  exec(path, "UPDATE sources SET data = '{\"title\": \"Two\", \"extra\": [[\"X1\", ' WHERE work_id = " + std::to_string(plain));
  {
    Library lib(path, false);
    const auto fields = lib.source_extra_fields(kNames);
    CHECK(fields == extra_fields_by_sql(path));
    CHECK(fields.size() == 6);  // Un, Eins; 4, Trois, Drei, "" (work 3's two sources)
  }
}
