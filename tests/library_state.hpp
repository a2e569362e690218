// The whole content of a library file as one string, for tests that compare
// a library before and after (kill_test, journal_test).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli_library.hpp"
#include "support.hpp"

namespace refnet::test {

// A journal statement without its clock values: an UPDATE names a clock
// column only when the clock moved (a run a second later), so the column
// goes too; an INSERT's time values become <time>.
inline std::string clocks_left_out(const std::string& sql) {
  static const std::regex column(",\"(at|[a-z_]*_at)\"='[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z'");
  static const std::regex value("'[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z'");
  return std::regex_replace(std::regex_replace(sql, column, ""), value, "<time>");
}

// Every row of every table, clock columns left out (a run a second later
// writes other times), and the journal's command lines (they name the file):
// the library's state, as one string.  Without
// `with_journal`, the journal's tables are left out (what undo restores is
// the library, while the journal records the undo).
inline std::string library_state(const std::string& path, bool with_journal = true) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);  // rolls back a hot journal
  std::string out;
  std::vector<std::string> tables;
  {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
  }
  for (const auto& t : tables) {
    if (t == "http_cache") continue;
    // The full-text index's FTS5 shadow tables (binary, some WITHOUT ROWID):
    // the index is compared through the virtual table `search` itself.
    if (t.rfind("search_", 0) == 0 && t != "search_definition") continue;
    if (!with_journal && t.rfind("journal", 0) == 0) continue;
    out += "## " + t + "\n";
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\" ORDER BY rowid").c_str(), -1, &s, nullptr) == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        std::string name = sqlite3_column_name(s, c);
        bool clock = name == "at" || (name.size() > 3 && name.compare(name.size() - 3, 3, "_at") == 0);
        // The journal's command line names the library file: copies compare equal.
        clock = clock || (t == "journal" && name == "command");
        const unsigned char* v = sqlite3_column_text(s, c);
        if (clock) out += v ? "<time>" : "<null>";
        else if (v && t == "journal_ops")  // its statements hold the old rows' clock columns
          out += clocks_left_out(reinterpret_cast<const char*>(v));
        else out += v ? reinterpret_cast<const char*>(v) : "<null>";
        out += '\t';
      }
      out += '\n';
    }
    sqlite3_finalize(s);
  }
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr);
  std::string integrity = sqlite3_step(s) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0)) : "?";
  sqlite3_finalize(s);
  sqlite3_close(db);
  CHECK(integrity == "ok");
  return out;
}

// CliLibrary's (cli_library.hpp) readers of the library file.
inline std::string CliLibrary::state() const { return library_state(path, false); }
inline std::int64_t CliLibrary::scalar(const std::string& sql) const {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
  std::int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  sqlite3_close(db);
  return v;
}

}  // namespace refnet::test
