// The journal: every command that changes the library is one entry of
// `refnet log`; `refnet undo` puts the library back exactly as it was before
// the entry (every row of every table), `refnet redo` exactly as after.
// Built on real fixtures: a Zotero export of 1000 records as BibTeX and as
// RIS (718 of the RIS records join a BibTeX work by DOI on import, 282 more
// are fuzzy duplicates for dedup --apply).
#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "library_state.hpp"
#include "refnet/journal.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::library_state;
using refnet::test::run_refnet;
using refnet::test::TempDir;

namespace {

using Lib = test::CliLibrary;

const std::string kBib = fixture("corpora/asysd__zotero_export.bib");
const std::string kRis = fixture("corpora/asysd__zotero_export.ris");

}  // namespace

TEST_CASE("an import is one journal entry; undo takes it back whole, redo makes it again", "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "'");
  const std::string after_bib = lib.state();
  lib.run("import", "'" + kRis + "'");
  const std::string after_ris = lib.state();

  auto log = lib.run("log", "");
  CHECK(log.out.rfind("2\t", 0) == 0);  // newest first
  CHECK(log.out.find("\n1\t") != std::string::npos);
  CHECK(log.out.find("refnet import --library") != std::string::npos);
  CHECK(log.out.find("merges +718") != std::string::npos);  // the import's DOI merges are its own
  CHECK(log.out.find("works +1000") != std::string::npos);

  // Undo: exactly as after the first import, DOI merges included.
  auto undo = lib.run("undo", "");
  CHECK(undo.out.find("undid 2: refnet import") == 0);
  CHECK(lib.state() == after_bib);
  CHECK(lib.run("log", "").out.find("(undone ") != std::string::npos);
  // Redo: exactly as after the second.
  CHECK(lib.run("redo", "").out.find("redid 2: ") == 0);
  CHECK(lib.state() == after_ris);
  // Both undone: an empty library, then both back.
  lib.run("undo", "");
  lib.run("undo", "");
  CHECK(lib.scalar("SELECT count(*) FROM works") == 0);
  CHECK(lib.scalar("SELECT count(*) FROM sources") == 0);
  CHECK(lib.run("undo", "").out == "nothing to undo\n");
  lib.run("redo", "");
  CHECK(lib.state() == after_bib);
  lib.run("redo", "");
  CHECK(lib.state() == after_ris);
  CHECK(lib.run("redo", "").out == "nothing to redo\n");
}

TEST_CASE("dedup --apply of 282 groups is one entry, undone by one undo", "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "' '" + kRis + "'");
  const std::string before = lib.state();
  auto dedup = lib.run("dedup", "--apply");
  const std::string after = lib.state();
  CHECK(before != after);
  CHECK(lib.scalar("SELECT count(*) FROM journal") == 2);
  CHECK(lib.scalar("SELECT count(*) FROM merges WHERE kind = 'fuzzy'") == 282);
  lib.run("undo", "");
  CHECK(lib.state() == before);
  CHECK(lib.scalar("SELECT count(*) FROM merges WHERE kind = 'fuzzy'") == 0);
  lib.run("redo", "");
  CHECK(lib.state() == after);
}

TEST_CASE("undo ID reverses an older entry alone, unless a later live entry touched its rows", "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "'");                            // 1: works 1..1000
  lib.run("import", fixture("corpora/biber__crossrefs.bib"));     // 2: works 1001..
  const std::string after_two = lib.state();
  CHECK(lib.run("merge", "1 2").out == "merged 1 work into work 1 (merge 1)\n");  // 3: touches works 1 and 2 of entry 1
  auto refused = lib.run("undo", "1", 1);
  CHECK(refused.err.find("entry 1 cannot be undone alone: later entry 3 changed the same rows; undo it first") !=
        std::string::npos);
  CHECK(lib.scalar("SELECT count(*) FROM journal WHERE undone_at IS NOT NULL") == 0);  // nothing changed
  // Entry 2 shares no row with 3: it goes alone, and comes back.
  const std::string with_merge = lib.state();
  lib.run("undo", "2");
  CHECK(lib.scalar("SELECT count(*) FROM works") == 1000);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into = 1") == 1);  // the merge stays
  lib.run("redo", "2");
  CHECK(lib.state() == with_merge);
  // Undo the merge, then entry 1 is free.
  lib.run("undo", "");
  CHECK(lib.state() == after_two);
  lib.run("undo", "1");
  CHECK(lib.scalar("SELECT count(*) FROM works") == lib.scalar("SELECT count(*) FROM works WHERE id > 1000"));
  lib.run("undo", "1", 1);  // already undone
  lib.run("undo", "99", 1);  // no such entry
  lib.run("undo", "x", 2);   // not an ID
}

TEST_CASE("a new change forgets what redo could make again", "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "'");
  lib.run("merge", "1 2");
  lib.run("undo", "");
  lib.run("merge", "3 4");
  CHECK(lib.run("redo", "").out == "nothing to redo\n");
  auto refused = lib.run("redo", "2", 1);
  CHECK(refused.err.find("entry 2 can no longer be redone") != std::string::npos);
  auto log = lib.run("log", "-n 1 --json");
  CHECK(lib.run("log", "-n1 --json").out == log.out);  // the value glued on, as getopt reads it
  CHECK(log.out.find("[{\"id\":3,") == 0);
  CHECK(log.out.find("\"command\":\"refnet merge --library") != std::string::npos);
  CHECK(log.out.find("\"id\":2") == std::string::npos);  // -n 1
}

TEST_CASE("unmerge and a rekey are entries too; a command that changes nothing makes none", "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "'");
  lib.run("import", "'" + kBib + "'");  // everything already present: no entry (it changes nothing)
  lib.run("merge", "1 2");
  const std::string merged = lib.state();
  lib.run("unmerge", "1");
  lib.run("undo", "");
  CHECK(lib.state() == merged);
  const std::string before_rekey = lib.state();
  lib.run("rekey", "--yes --pattern '[auth:lower][year]' 5 6 7");
  CHECK(lib.state() != before_rekey);
  lib.run("undo", "");
  CHECK(lib.state() == before_rekey);
  lib.run("list", "");  // a reader: no entry
  lib.run("rekey", "--dry-run");
  CHECK(lib.scalar("SELECT count(*) FROM journal") == 4);  // import, merge, unmerge, rekey
  CHECK(lib.scalar("SELECT count(*) FROM journal WHERE undone_at IS NULL") == 2);
}

TEST_CASE("the journal covers tables it was not told about, and not its own or the HTTP cache", "[journal][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Library lib(path);
    REQUIRE(sqlite3_exec(lib.handle(), "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, v TEXT); "
                                       "CREATE TABLE keyed (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  // One Library is one command: its transactions make one entry.  Each
  // step here opens the library anew, as a command would.
  auto rows = [&](const char* sql) {
    Library lib(path, false);
    std::string out;
    sqlite3_exec(
        lib.handle(), sql,
        [](void* o, int n, char** v, char**) {
          for (int i = 0; i < n; ++i) *static_cast<std::string*>(o) += std::string(v[i] ? v[i] : "NULL") + ";";
          return 0;
        },
        &out, nullptr);
    return out;
  };
  auto change = [&](const char* sql) {
    Library lib(path, false);  // a later migration's table: the triggers are installed on open
    Library::Transaction tx(lib);
    REQUIRE(sqlite3_exec(lib.handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    lib.cache_put("https://api.crossref.org/works/10.1/x", 200, "{}");
    tx.commit();
  };
  auto undo = [&](std::int64_t id) {
    Library lib(path, false);
    Library::Transaction tx(lib);
    lib.journal().undo(id);
    tx.commit();
  };
  change("INSERT INTO later_feature (v) VALUES ('a'), ('b'); INSERT INTO keyed VALUES ('x', 'it''s')");
  change("UPDATE later_feature SET v = 'c' WHERE id = 1; DELETE FROM later_feature WHERE id = 2; "
         "UPDATE keyed SET v = NULL");
  CHECK(rows("SELECT * FROM later_feature") == "1;c;");
  CHECK(rows("SELECT count(*) FROM journal") == "2;");
  undo(2);
  CHECK(rows("SELECT * FROM later_feature") == "1;a;2;b;");
  CHECK(rows("SELECT * FROM keyed") == "x;it's;");
  undo(1);
  CHECK(rows("SELECT count(*) FROM later_feature") == "0;");
  CHECK(rows("SELECT count(*) FROM keyed") == "0;");
  CHECK(rows("SELECT count(*) FROM http_cache") == "1;");  // not journaled
  // A rolled-back transaction leaves no entry.
  {
    Library lib(path, false);
    Library::Transaction tx(lib);
    REQUIRE(sqlite3_exec(lib.handle(), "INSERT INTO later_feature (v) VALUES ('gone')", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
  }
  Library lib(path, false);
  CHECK(lib.journal().entries().size() == 2);
  CHECK(*lib.journal().last_redoable() == 1);
}

TEST_CASE("PRAGMA temp_store on a connection (the import sets it) leaves the journal recording", "[journal][store]") {
  // The change drops the connection's TEMP objects, the journal's triggers
  // among them: the transaction after it was no entry, and undo had nothing.
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Library lib(path);
    REQUIRE(sqlite3_exec(lib.handle(), "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr) == SQLITE_OK);
    Library::Transaction tx(lib);
    REQUIRE(sqlite3_exec(lib.handle(), "INSERT INTO works (type, data) VALUES ('article', '')", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    tx.commit();
  }
  Library lib(path, false);
  const auto entries = lib.journal().entries();
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].summary.find("works +1") != std::string::npos);
  Library::Transaction tx(lib);
  lib.journal().undo(entries[0].id);
  tx.commit();
  CHECK(lib.work_rows() == 0);
}

TEST_CASE("a run of one-row changes alike (key pin of every work) is one statement to undo, not one per row",
          "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "'");
  const std::string before = lib.state();
  const std::int64_t ops_before = lib.scalar("SELECT count(*) FROM journal_ops");
  CHECK(lib.run("key", "pin --year 1000-3000").out == "pinned 997 of 997 keys\n");  // 3 have no year
  // The audit: 997 statements (38k on a 38k-work library: 15 s to undo).
  CHECK(lib.scalar("SELECT count(*) FROM journal_ops") - ops_before == 1);
  const std::string after = lib.state();
  lib.run("undo", "");
  CHECK(lib.state() == before);
  CHECK(lib.scalar("SELECT count(*) FROM journal_ops WHERE redo = 1") == 1);  // the redo is one statement too
  lib.run("redo", "");
  CHECK(lib.state() == after);
  // Changes that differ stay apart, in order: undo puts each row back as it was.
  lib.run("set", "1 volume=7");
  lib.run("set", "2 volume=8");
  lib.run("undo", "");
  lib.run("undo", "");
  CHECK(lib.state() == after);
}

TEST_CASE("an import that adds and changes nothing is no journal entry; a failed import leaves no library file",
          "[journal][cli]") {
  Lib lib;
  lib.run("import", "'" + kBib + "'");
  const std::string after = lib.state();
  const std::int64_t entries = lib.scalar("SELECT count(*) FROM journal");
  // The same file again: every record present, nothing changes.
  lib.run("import", "'" + kBib + "'");
  CHECK(lib.scalar("SELECT count(*) FROM journal") == entries);
  CHECK(lib.state() == after);
  // So undo takes back the import that did something.
  CHECK(lib.run("undo", "").out.find("undid 1: ") == 0);
  TempDir d;
  { std::ofstream(d / "empty.bib") << "% nothing here\n"; }
  const std::string fresh = d / "new.sqlite";
  auto r = run_refnet("import --library '" + fresh + "' '" + (d / "empty.bib") + "'");
  CHECK(r.status != 0);
  CHECK(!std::ifstream(fresh).good());
  // --json: the errors are JSON too.
  r = run_refnet("import --json --library '" + fresh + "' '" + (d / "empty.bib") + "'");
  CHECK(!std::ifstream(fresh).good());
  INFO(r.err);
  std::istringstream err(r.err);
  for (std::string line; std::getline(err, line);) CHECK(nlohmann::json::accept(line));
}
