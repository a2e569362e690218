// store.hpp: the library is one SQLite file; versioned, journaled, all-or-nothing
// imports, and clear errors for files it cannot use.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>

#include "refnet/ingest.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "support.hpp"
#include "../src/stored_views.hpp"

using namespace refnet;
using refnet::test::EnvVar;
using refnet::test::TempDir;

namespace {

// Undoes the migrations after version 3, for tests that make an older
// library: each new migration adds its inverse here.
const char* const kAddedAfterVersion3 =
    "DROP TABLE tags; ALTER TABLE merges DROP COLUMN tags_added; "  // 3 -> 4
    "ALTER TABLE sources DROP COLUMN label; ALTER TABLE sources DROP COLUMN attached; "
    "ALTER TABLE imports DROP COLUMN labels; DROP TABLE distinct_works; DROP TABLE screening; "  // 4 -> 5
    "DROP TRIGGER search_works_insert; DROP TRIGGER search_works_update; DROP TRIGGER search_works_delete; "
    "DROP TRIGGER search_sources_insert; DROP TRIGGER search_sources_update; DROP TRIGGER search_sources_delete; "
    "DROP TABLE search_dirty; DROP TABLE search; DROP TABLE search_definition; "  // 5 -> 6
    "DROP TABLE collection_works; DROP TABLE collections; "  // 6 -> 7
    "DROP TABLE journal_rows; DROP TABLE journal_ops; DROP TABLE journal; DROP INDEX works_merged_into; "
    "DROP INDEX IF EXISTS crossref_pending_work; ALTER TABLE works DROP COLUMN trashed_at; "
    "DROP TABLE notes; DROP TABLE files; DROP TABLE key_aliases; ALTER TABLE works DROP COLUMN key_pinned; "  // 7 -> 8
    "DROP TABLE auto_exports; "  // 9 -> 10; 8 -> 9: key_aliases.absorbed goes with its table
    "DROP INDEX sources_wos_ut; DROP INDEX sources_scopus_eid; "  // 10 -> 11 (and 19 -> 20's indexes)
    "DROP TABLE source_keys; "  // 14 -> 15
    "DROP TRIGGER sources_ids_insert; DROP TRIGGER sources_ids_update; "
    "ALTER TABLE sources DROP COLUMN wos_ut; ALTER TABLE sources DROP COLUMN scopus_eid; "  // 19 -> 20
    "ALTER TABLE merges DROP COLUMN basis; ";  // 20 -> 21

// The journal's TEMP triggers name every column: a test that rewrites the
// schema to an older version's drops them first.
void drop_journal_triggers(sqlite3* db) {
  std::vector<std::string> names;
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_temp_master WHERE type = 'trigger'", -1, &s, nullptr);
  while (sqlite3_step(s) == SQLITE_ROW) names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
  sqlite3_finalize(s);
  for (const auto& n : names)
    REQUIRE(sqlite3_exec(db, ("DROP TRIGGER temp.\"" + n + "\"").c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
}

Record make_record(const std::string& title, int year, std::vector<Creator> authors,
                   std::vector<std::string> keywords = {}, std::string type = "article-journal") {
  Record r;
  r.type = std::move(type);
  r.title = title;
  r.issued.year = year;
  r.authors = std::move(authors);
  r.keywords = std::move(keywords);
  r.provenance.format = "bibtex";
  r.provenance.file = "refs.bib";
  r.provenance.line = 1;
  r.provenance.hash = content_hash("bibtex", title);
  return r;
}

Creator person(std::string family, std::string given) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  return c;
}

std::string pragma(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK);
  std::string out;
  if (sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(s, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(s);
  return out;
}

std::vector<std::int64_t> ids_of(Library& lib, const Query& q) {
  std::vector<std::int64_t> out;
  lib.each(q, [&](const Work& w) {
    out.push_back(w.id);
    return true;
  });
  return out;
}

// A small library: ids 1..4 in this order.
struct Sample {
  TempDir dir;
  Library lib{dir / "lib.sqlite"};
  Sample() {
    Library::Transaction tx(lib);
    Record a = make_record("Promoting public cooperation in government", 2018, {person("Kassen", "Maxat")},
                           {"e-collaboration", "Kazakhstan"});
    a.doi = "10.1177/0020852317735595";
    a.citekey = "kassen2018";
    a.container_title = "International Review of Administrative Sciences";
    a.abstract = "The primary goal of the article is to understand incentives.";
    Record b = make_record("The e-government paradox in post-Soviet countries", 2019,
                           {person("Knox", "Colin"), person("Janenova", "Saltanat")}, {"E-Government"});
    b.citekey = "knox2019";
    b.references = {Reference{}, Reference{}};
    b.references[0].doi = "10.1177/0020852317735595";
    b.references[1].raw = "Some book (2001)";
    Record c = make_record("Logik und Grundlagen", 1930, {person("Łukasiewicz", "Jan"), person("Müller", "Jörg")},
                           {}, "book");
    c.citekey = "lukasiewicz1930";
    Record d = make_record("Open government in Tokayev's Kazakhstan", 2022, {person("García-Márquez", "Ana")},
                           {"open government", "kazakhstan"});
    d.citekey = "garcia2022";
    for (const Record* r : {&a, &b, &c, &d}) REQUIRE(lib.add(*r).status == Library::AddStatus::added);
    tx.commit();
  }
};


}  // namespace

TEST_CASE("a new library is created with its directory, at the current schema version, with a rollback journal", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "deep/er/library.sqlite";
  {
    Library lib(path);
    CHECK(lib.path() == path);
    CHECK(lib.schema_version() == Library::kSchemaVersion);
    CHECK(Library::kSchemaVersion >= 4);
    CHECK(pragma(lib.handle(), "PRAGMA journal_mode") == "delete");
    CHECK(pragma(lib.handle(), "PRAGMA synchronous") == "2");  // FULL: a commit survives a power cut
    CHECK(pragma(lib.handle(), "PRAGMA user_version") == std::to_string(Library::kSchemaVersion));
    CHECK(pragma(lib.handle(), "SELECT count(*) FROM sqlite_master WHERE name IN ('works','sources','imports')") == "3");
  }
  CHECK(std::filesystem::exists(path));
  // Reopening keeps the version and does not migrate again.
  Library again(path, false);
  CHECK(again.schema_version() == Library::kSchemaVersion);
  CHECK(again.stats().works == 0);
}

// Before schema 18 a lookup by citation key (works.citekey and key_aliases.alias,
// compared whatever their case, as a .bib's keys are) read every row: an
// import of a .bib looked up each entry's key twice, so a 60,000-entry file
// took 524 s (cli_test's SIGKILL case spent 577 s in its second import).
// Every key lookup must use an index.
TEST_CASE("a lookup by citation key or key alias, whatever its case, uses an index", "[core][store]") {
  TempDir dir;
  Library lib(dir / "library.sqlite");
  auto plan = [&](const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(lib.handle(), ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &s, nullptr) == SQLITE_OK);
    std::string out;
    while (sqlite3_step(s) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(s, 3)) + std::string("\n");
    sqlite3_finalize(s);
    return out;
  };
  const std::string works = plan("SELECT id FROM works WHERE citekey = 'Smith2020' COLLATE NOCASE");
  INFO(works);
  CHECK(works.find("SCAN works") == std::string::npos);  // "SCAN works USING COVERING INDEX": every row still
  CHECK(works.find("SEARCH works USING") != std::string::npos);
  const std::string aliases = plan("SELECT work_id FROM key_aliases WHERE alias = 'Smith2020' COLLATE NOCASE");
  INFO(aliases);
  CHECK(aliases.find("SCAN key_aliases") == std::string::npos);
  CHECK(aliases.find("SEARCH key_aliases USING") != std::string::npos);
}

// Before schema 19 resolve() of a WoS UT or Scopus EID ("WOS:...", "2-s2.0-...",
// whatever the case a user types it in) read every source's JSON: 0.15 s a
// lookup in a library of 60,000 sources, paid per line by a decisions file or a
// paper's cite keys naming works by UT. Counted in SQLite's virtual-machine
// steps (the progress handler), not in time: a lookup must not grow with the
// library.
TEST_CASE("resolve of a WoS UT or Scopus EID, whatever its case, does not read every source", "[core][store]") {
  auto steps_of_lookups = [](int n) {
    TempDir dir;
    Library lib(dir / "lib.sqlite");
    {
      Library::Transaction tx(lib);
      for (int i = 0; i < n; ++i) {
        Record r = make_record("Work number " + std::to_string(i), 2000 + i % 20, {person("Author" + std::to_string(i), "A")});
        char ut[32];
        std::snprintf(ut, sizeof ut, "WOS:%015d", 1000 + i);
        r.wos_ut = ut;
        r.scopus_eid = "2-s2.0-" + std::to_string(85000000000LL + i);
        r.provenance.format = "wos";
        REQUIRE(lib.add(r).status == Library::AddStatus::added);
      }
      tx.commit();
    }
    char wanted[32];
    std::snprintf(wanted, sizeof wanted, "wos:%015d", 1000 + n / 2);  // typed in lower case
    long steps = 0;
    sqlite3_progress_handler(
        lib.handle(), 1, [](void* p) { ++*static_cast<long*>(p); return 0; }, &steps);
    auto by_ut = lib.resolve(wanted);
    auto by_eid = lib.resolve("2-s2.0-" + std::to_string(85000000000LL + n / 2));
    sqlite3_progress_handler(lib.handle(), 0, nullptr, nullptr);
    REQUIRE(by_ut.size() == 1);
    CHECK(by_eid == by_ut);
    return steps;
  };
  const long small = steps_of_lookups(50);
  const long large = steps_of_lookups(2000);
  INFO("SQLite steps of two lookups: " << small << " in 50 works, " << large << " in 2,000");
  CHECK(large < 2 * small);
}

TEST_CASE("migration 2 -> 3 indexes the PMIDs and PMCIDs of the works already there", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  Record r = make_record("A work known to PubMed", 2020, {person("X", "Y")});
  r.pmid = "31234567";
  r.pmcid = "PMC7654321";
  {
    Library lib(path);
    Library::Transaction tx(lib);
    lib.add(r);
    tx.commit();
    drop_journal_triggers(lib.handle());
    REQUIRE(sqlite3_exec(lib.handle(),
                         ("DROP INDEX works_pmid; DROP INDEX works_pmcid; ALTER TABLE works DROP COLUMN pmid; "
                         "ALTER TABLE works DROP COLUMN pmcid; DROP TABLE crossref_pending; "
                         + std::string(kAddedAfterVersion3) + "PRAGMA user_version = 2").c_str(),
                         nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  Library lib(path, false);
  CHECK(lib.schema_version() == Library::kSchemaVersion);
  CHECK(pragma(lib.handle(), "SELECT pmid || ' ' || pmcid FROM works") == "31234567 PMC7654321");
  Record again = r;
  again.pmid.clear();
  again.provenance.hash += 1;
  Library::Transaction tx(lib);
  CHECK(lib.add(again, true).status == Library::AddStatus::merged);  // by the PMCID
  again.pmcid.clear();
  again.pmid = "31234567";
  again.provenance.hash += 1;
  CHECK(lib.add(again, true).status == Library::AddStatus::merged);  // by the PMID
  CHECK(lib.stats().works == 1);
  tx.commit();
}

TEST_CASE("add stores a record once; the same hash and format again is present", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  Record r = make_record("Promoting public cooperation in government", 2018, {person("Kassen", "Maxat")});
  r.citekey = "kassen2018";
  std::int64_t id = 0;
  {
    Library lib(path);
    Library::Transaction tx(lib);
    auto first = lib.add(r);
    CHECK(first.status == Library::AddStatus::added);
    id = first.work_id;
    // Same source text, same format: recognised even with another key or file.
    Record again = r;
    again.citekey = "other";
    again.provenance.file = "copy.bib";
    auto second = lib.add(again);
    CHECK(second.status == Library::AddStatus::present);
    CHECK(second.work_id == id);
    // Same text in another format is another source.
    Record as_ris = r;
    as_ris.citekey = "kassen2018a";
    as_ris.provenance.format = "ris";
    CHECK(lib.add(as_ris).status == Library::AddStatus::added);
    tx.commit();
  }
  Library lib(path, false);
  auto w = lib.get(id);
  REQUIRE(w.has_value());
  CHECK(w->record.title == r.title);
  CHECK(w->record.citekey == "kassen2018");
  CHECK(w->record.authors == r.authors);
  REQUIRE(w->sources.size() == 1);
  CHECK(w->sources[0].format == "bibtex");
  CHECK(w->sources[0].file == "refs.bib");
  CHECK(w->sources[0].line == 1);
  CHECK(w->sources[0].imported_at.size() == 20);  // 2024-01-02T03:04:05Z
  CHECK(lib.stats().works == 2);
  CHECK(lib.stats().sources == 2);
  CHECK_FALSE(lib.get(9999).has_value());
}

TEST_CASE("a work with one source holds its record once: the view is the source's record", "[core][store]") {
  Sample s;
  sqlite3* db = s.lib.handle();
  // Written once (sources.data), not twice: works.data is '' until the work has a view of its own.
  CHECK(pragma(db, "SELECT count(*) FROM works WHERE data = ''") == "4");
  // The view of work_records gives every work's record, for people reading the file with sqlite3.
  CHECK(pragma(db, "SELECT json_extract(data, '$.title') FROM work_records WHERE id = 2") ==
        "The e-government paradox in post-Soviet countries");
  auto w = s.lib.get(2);
  REQUIRE(w);
  CHECK(w->record.title == "The e-government paradox in post-Soviet countries");
  CHECK(w->record.references.size() == 2);
  CHECK(w->record.citekey == "knox2019");

  SECTION("merged: the surviving work gets a view of its own, the absorbed one keeps its record") {
    std::int64_t m = s.lib.merge(1, {2}, "manual", "test");
    CHECK(pragma(db, "SELECT data <> '' FROM works WHERE id = 1") == "1");
    auto absorbed = s.lib.get(2);
    REQUIRE(absorbed);
    CHECK(absorbed->merged_into == 1);
    CHECK(absorbed->record.title == "The e-government paradox in post-Soviet countries");
    CHECK(s.lib.get(1)->sources.size() == 2);
    s.lib.undo_merge(m);
    CHECK(s.lib.get(2)->record.title == "The e-government paradox in post-Soviet countries");
    CHECK(s.lib.get(1)->record.title == "Promoting public cooperation in government");
    CHECK(s.lib.get(1)->sources.size() == 1);
  }
  SECTION("merged by DOI on import: the new source joins, both records stay readable") {
    Record dup = make_record("Promoting public cooperation in government (preprint)", 2018, {person("Kassen", "M.")});
    dup.doi = "10.1177/0020852317735595";
    dup.citekey = "kassen2018a";
    auto res = s.lib.add(dup, true);
    CHECK(res.status == Library::AddStatus::merged);
    CHECK(res.work_id == 1);
    auto sources = s.lib.source_records(1);
    REQUIRE(sources.size() == 2);
    CHECK(sources[1].title == "Promoting public cooperation in government (preprint)");
    CHECK(s.lib.get(1)->record.title == "Promoting public cooperation in government");
    CHECK(s.lib.stats().works == 4);
  }
}

TEST_CASE("a library of schema version 1 is migrated to the current version and reads as before", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Library lib(path);
    Library::Transaction tx(lib);
    lib.add(make_record("Written by version 1", 2020, {person("X", "Y")}));
    tx.commit();
    // Make it what version 1 wrote: the record twice, no view.
    drop_journal_triggers(lib.handle());
    REQUIRE(sqlite3_exec(lib.handle(),
                         ("UPDATE works SET data = (SELECT data FROM sources WHERE work_id = works.id); "
                         "DROP VIEW work_records; DROP INDEX works_pmid; DROP INDEX works_pmcid; "
                         "ALTER TABLE works DROP COLUMN pmid; ALTER TABLE works DROP COLUMN pmcid; "
                         "DROP TABLE crossref_pending; " +
                             std::string(kAddedAfterVersion3) + "PRAGMA user_version = 1").c_str(),
                         nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  Library lib(path, false);
  CHECK(lib.schema_version() == Library::kSchemaVersion);
  CHECK(lib.get(1)->record.title == "Written by version 1");
  CHECK(pragma(lib.handle(), "SELECT json_extract(data, '$.title') FROM work_records") == "Written by version 1");
}

// The lines of EXPLAIN QUERY PLAN for the statement the library prepared
// whose SQL contains `part`.
std::string plan_of_prepared(sqlite3* db, const std::string& part) {
  std::string sql;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
    if (std::string text = sqlite3_sql(s); text.find(part) != std::string::npos) sql = text;
  REQUIRE(!sql.empty());
  sqlite3_stmt* q = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &q, nullptr) == SQLITE_OK);
  std::string plan;
  while (sqlite3_step(q) == SQLITE_ROW) plan += reinterpret_cast<const char*>(sqlite3_column_text(q, 3)) + std::string("\n");
  sqlite3_finalize(q);
  return plan;
}

TEST_CASE("migration 10 -> 11 indexes the sources' WoS UTs and Scopus EIDs; add finds them through the indexes",
          "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  Record wos = make_record("A record from the Web of Science", 2020, {person("X", "Y")});
  wos.wos_ut = "WOS:000465432100001";
  Record scopus = make_record("A record from Scopus", 2021, {person("Z", "W")});
  scopus.scopus_eid = "2-s2.0-85012345678";
  {
    Library lib(path);
    Library::Transaction tx(lib);
    lib.add(wos);
    lib.add(scopus);
    lib.add(make_record("A damaged source", 2019, {person("D", "E")}));
    tx.commit();
    drop_journal_triggers(lib.handle());
    // As version 10 left it, with a source that is not JSON.
    REQUIRE(sqlite3_exec(lib.handle(),
                         "DROP INDEX sources_wos_ut; DROP INDEX sources_scopus_eid; "
                         "ALTER TABLE auto_exports DROP COLUMN library; "  // 11 -> 12
                         "DROP TABLE source_keys; "  // 14 -> 15
                         "DROP TRIGGER sources_ids_insert; DROP TRIGGER sources_ids_update; "
                         "ALTER TABLE sources DROP COLUMN wos_ut; ALTER TABLE sources DROP COLUMN scopus_eid; "  // 19 -> 20
                         "ALTER TABLE merges DROP COLUMN basis; "  // 20 -> 21
                         "UPDATE sources SET data = '{\"wos_ut\": ' WHERE id = 3; PRAGMA user_version = 10",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  Library lib(path, false);
  CHECK(lib.schema_version() == Library::kSchemaVersion);
  CHECK(pragma(lib.handle(), "SELECT count(*) FROM sources INDEXED BY sources_wos_ut WHERE wos_ut IS NOT NULL") == "1");
  CHECK(pragma(lib.handle(), "SELECT count(*) FROM sources INDEXED BY sources_scopus_eid WHERE scopus_eid IS NOT NULL") ==
        "1");
  Library::Transaction tx(lib);
  Record later = wos;  // a later export: other text, the same UT
  later.provenance.hash += 1;
  CHECK(lib.add(later, true).status == Library::AddStatus::merged);
  later = scopus;
  later.provenance.hash += 1;
  CHECK(lib.add(later, true).status == Library::AddStatus::merged);
  // A record added earlier in the same transaction is found too.
  Record fresh = make_record("Imported in this transaction", 2022, {person("F", "G")});
  fresh.wos_ut = "WOS:000999999900001";
  CHECK(lib.add(fresh, true).status == Library::AddStatus::added);
  fresh.provenance.hash += 1;
  CHECK(lib.add(fresh, true).status == Library::AddStatus::merged);
  CHECK(pragma(lib.handle(), "SELECT count(*) FROM works WHERE merged_into IS NULL") == "4");
  // The lookup searches the indexes; it never reads every source.
  const std::string plan = plan_of_prepared(lib.handle(), "scopus_eid = ?2 COLLATE NOCASE");
  CHECK_THAT(plan, Catch::Contains("USING INDEX sources_wos_ut") && Catch::Contains("USING INDEX sources_scopus_eid"));
  CHECK_THAT(plan, !Catch::Contains("SCAN"));
  tx.commit();
}

// Each source's "id UT|EID" (- for none), from the columns of migration
// 19 -> 20; and how many sources' columns differ from what their JSON says.
std::string source_ids(sqlite3* db) {
  return pragma(db, "SELECT group_concat(id || ' ' || coalesce(wos_ut, '-') || '|' || coalesce(scopus_eid, '-'), '; ') "
                    "FROM (SELECT * FROM sources ORDER BY id)");
}
std::string sources_unlike_their_json(sqlite3* db) {
  return pragma(db,
                "SELECT count(*) FROM sources WHERE wos_ut IS NOT NULLIF(CASE WHEN json_valid(data) THEN "
                "json_extract(data, '$.wos_ut') END, '') OR scopus_eid IS NOT NULLIF(CASE WHEN json_valid(data) THEN "
                "json_extract(data, '$.scopus_eid') END, '')");
}

TEST_CASE("migration 19 -> 20 keeps the sources' WoS UTs and Scopus EIDs in columns; every writer keeps them right",
          "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  Record wos = make_record("A record from the Web of Science", 2020, {person("X", "Y")});
  wos.wos_ut = "WOS:000465432100001";
  Record scopus = make_record("A record from Scopus", 2021, {person("Z", "W")});
  scopus.scopus_eid = "2-s2.0-85012345678";
  Record both = make_record("A record with both", 2022, {person("B", "C")});
  both.wos_ut = "WOS:000465432100002";
  both.scopus_eid = "2-s2.0-85012345679";
  const std::string before = "1 WOS:000465432100001|-; 2 -|2-s2.0-85012345678; 3 WOS:000465432100002|2-s2.0-85012345679";
  {
    Library lib(path);
    Library::Transaction tx(lib);
    for (const Record* r : {&wos, &scopus, &both}) lib.add(*r);
    lib.add(make_record("A damaged source", 2019, {person("D", "E")}));
    tx.commit();
    // Written with the source, from its record: what its JSON says.
    CHECK(source_ids(lib.handle()) == before + "; 4 -|-");
    CHECK(sources_unlike_their_json(lib.handle()) == "0");
    drop_journal_triggers(lib.handle());
    // As version 19 left it, with a source that is not JSON.
    REQUIRE(sqlite3_exec(lib.handle(),
                         "DROP TRIGGER sources_ids_insert; DROP TRIGGER sources_ids_update; "
                         "DROP INDEX sources_wos_ut; DROP INDEX sources_scopus_eid; "
                         "ALTER TABLE sources DROP COLUMN wos_ut; ALTER TABLE sources DROP COLUMN scopus_eid; "
                         "CREATE INDEX sources_wos_ut ON sources((CASE WHEN json_valid(data) THEN "
                         "json_extract(data, '$.wos_ut') END) COLLATE NOCASE) WHERE CASE WHEN json_valid(data) THEN "
                         "json_extract(data, '$.wos_ut') END IS NOT NULL; "
                         "CREATE INDEX sources_scopus_eid ON sources((CASE WHEN json_valid(data) THEN "
                         "json_extract(data, '$.scopus_eid') END) COLLATE NOCASE) WHERE CASE WHEN json_valid(data) THEN "
                         "json_extract(data, '$.scopus_eid') END IS NOT NULL; "
                         "ALTER TABLE merges DROP COLUMN basis; "  // 20 -> 21
                         "UPDATE sources SET data = '{\"wos_ut\": ' WHERE id = 4; PRAGMA user_version = 19",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  Library lib(path, false);
  CHECK(lib.schema_version() == Library::kSchemaVersion);
  CHECK(source_ids(lib.handle()) == before + "; 4 -|-");
  {
    // Later exports of the same records (other text) join their works by
    // the UT or the EID alone.
    Library::Transaction tx(lib);
    Record later = wos;
    later.provenance.hash += 1;
    CHECK(lib.add(later, true).status == Library::AddStatus::merged);
    later = scopus;
    later.provenance.hash += 1;
    CHECK(lib.add(later, true).status == Library::AddStatus::merged);
    tx.commit();
  }
  CHECK(lib.resolve("2-s2.0-85012345678") == std::vector<std::int64_t>{2});
  CHECK(lib.resolve("wos:000465432100002") == std::vector<std::int64_t>{3});
  CHECK(lib.resolve("2-s2.0-85012345679") == std::vector<std::int64_t>{3});
  CHECK(pragma(lib.handle(), "SELECT count(*) FROM works WHERE merged_into IS NULL") == "4");
  const std::string imported = before + "; 4 -|-; 5 WOS:000465432100001|-; 6 -|2-s2.0-85012345678";
  CHECK(source_ids(lib.handle()) == imported);

  // An edit of a source's record (a command of its own: its own journal entry), its undo and its redo.
  {
    Library edit(path, false);
    Library::Transaction tx(edit);
    CHECK(edit.edit_sources(2, [](Record& r) {
      r.wos_ut = "WOS:000465432100003";
      r.scopus_eid.clear();
      return true;
    }));
    tx.commit();
  }
  const std::string edited =
      "1 WOS:000465432100001|-; 2 WOS:000465432100003|-; 3 WOS:000465432100002|2-s2.0-85012345679; 4 -|-; "
      "5 WOS:000465432100001|-; 6 WOS:000465432100003|-";  // both of work 2's sources
  CHECK(source_ids(lib.handle()) == edited);
  CHECK(lib.resolve("WOS:000465432100003") == std::vector<std::int64_t>{2});
  for (bool undo : {true, false}) {
    Library again(path, false);
    Library::Transaction tx(again);
    if (undo) again.journal().undo(*again.journal().last_live());
    else again.journal().redo(*again.journal().last_redoable());
    tx.commit();
    CHECK(source_ids(lib.handle()) == (undo ? imported : edited));
  }
  // Writers that do not name the columns: a journal entry's INSERT written
  // before version 20 (undone, then redone), an UPDATE of the JSON (sqlite3).
  REQUIRE(sqlite3_exec(lib.handle(),
                       "INSERT INTO sources (work_id, format, hash, file, line, data) "
                       "SELECT work_id, format, hash + 1000, file, line, data FROM sources WHERE id = 3; "
                       "UPDATE sources SET data = json_set(data, '$.scopus_eid', '2-s2.0-85012345670') WHERE id = 1",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  CHECK(pragma(lib.handle(), "SELECT wos_ut || '|' || scopus_eid FROM sources WHERE id = 7") ==
        "WOS:000465432100002|2-s2.0-85012345679");
  CHECK(pragma(lib.handle(), "SELECT wos_ut || '|' || scopus_eid FROM sources WHERE id = 1") ==
        "WOS:000465432100001|2-s2.0-85012345670");
  CHECK(sources_unlike_their_json(lib.handle()) == "0");
  CHECK(lib.resolve("2-s2.0-85012345670") == std::vector<std::int64_t>{1});
}

TEST_CASE("a transaction that is not committed leaves nothing behind", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Library lib(path);
    {
      Library::Transaction tx(lib);
      lib.add(make_record("Kept", 2001, {person("A", "B")}));
      tx.commit();
    }
    {
      Library::Transaction tx(lib);
      lib.add(make_record("Rolled back", 2002, {person("C", "D")}));
      lib.log_import("x.bib", 1, 1, 0, 0);
      CHECK(lib.stats().works == 2);  // visible inside the transaction
    }  // no commit
    CHECK(lib.stats().works == 1);
    CHECK(lib.stats().imports == 0);
  }
  Library lib(path, false);
  LibraryStats s = lib.stats();
  CHECK(s.works == 1);
  CHECK(s.sources == 1);
  CHECK(s.imports == 0);
  CHECK(lib.count(Query{}) == 1);
  // The rolled-back record is not "present": it can be added again.
  Library::Transaction tx(lib);
  CHECK(lib.add(make_record("Rolled back", 2002, {person("C", "D")})).status == Library::AddStatus::added);
}

TEST_CASE("resolve names a work by id, by DOI in any spelling, or by key", "[core][store]") {
  Sample s;
  using V = std::vector<std::int64_t>;
  CHECK(s.lib.resolve("1") == V{1});
  CHECK(s.lib.resolve(" 3 ") == V{3});
  CHECK(s.lib.resolve("99").empty());
  CHECK(s.lib.resolve("10.1177/0020852317735595") == V{1});
  CHECK(s.lib.resolve("https://doi.org/10.1177/0020852317735595") == V{1});
  CHECK(s.lib.resolve("DOI: 10.1177/0020852317735595.") == V{1});
  CHECK(s.lib.resolve("http://dx.doi.org/10.1177%2F0020852317735595") == V{1});
  CHECK(s.lib.resolve("10.1177/0020852317735596").empty());
  CHECK(s.lib.resolve("knox2019") == V{2});
  CHECK(s.lib.resolve("Knox2019").empty());  // keys are case-sensitive
  CHECK(s.lib.resolve("").empty());
}

TEST_CASE("each() gives works in the order asked: id, key, year", "[core][store]") {
  Sample s;  // keys: kassen2018 (1, 2018), knox2019 (2, 2019), lukasiewicz1930 (3, 1930), garcia2022 (4, 2022)
  using V = std::vector<std::int64_t>;
  Query q;
  CHECK(ids_of(s.lib, q) == V{1, 2, 3, 4});
  q.order = Query::Order::key;
  CHECK(ids_of(s.lib, q) == V{4, 1, 2, 3});
  q.order = Query::Order::year;
  CHECK(ids_of(s.lib, q) == V{3, 1, 2, 4});
  q.year_min = 2019;  // filters still apply
  CHECK(ids_of(s.lib, q) == V{2, 4});
}

TEST_CASE("tags: added and removed once, counted over live works, carried and given back by merges", "[core][store]") {
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  auto a = lib.add(make_record("Alpha", 2018, {person("Ernst", "Michael")})).work_id;
  auto b = lib.add(make_record("Beta", 2019, {person("Smith", "Jo")})).work_id;
  auto c = lib.add(make_record("Gamma", 2020, {person("Li", "Wei")})).work_id;
  CHECK(lib.add_tag(a, "to-read"));
  CHECK_FALSE(lib.add_tag(a, "to-read"));  // already there
  CHECK(lib.add_tag(a, "screen:include"));
  CHECK(lib.add_tag(b, "to-read"));
  CHECK(lib.add_tag(b, "Théorie"));
  CHECK(lib.tags_of(a) == std::vector<std::string>{"screen:include", "to-read"});
  using Counts = std::vector<std::pair<std::string, std::int64_t>>;
  CHECK(lib.tag_counts() == Counts{{"Théorie", 1}, {"screen:include", 1}, {"to-read", 2}});
  CHECK(lib.remove_tag(b, "Théorie"));
  CHECK_FALSE(lib.remove_tag(b, "Théorie"));
  CHECK_THROWS_AS(lib.add_tag(999, "x"), StoreError);

  using V = std::vector<std::int64_t>;
  Query tagged;
  tagged.tags = {"to-read"};
  CHECK(ids_of(lib, tagged) == V{a, b});
  tagged.tags = {"to-read", "screen:include"};  // every one of them
  CHECK(ids_of(lib, tagged) == V{a});
  Query untagged;
  untagged.not_tags = {"to-read"};
  CHECK(ids_of(lib, untagged) == V{c});

  SECTION("a merge gives the survivor the absorbed work's tags; undoing it takes back only those") {
    REQUIRE(lib.add_tag(c, "to-read"));
    REQUIRE(lib.add_tag(b, "keep"));
    auto m = lib.merge(c, {b}, "manual", "test");
    CHECK(lib.tags_of(c) == std::vector<std::string>{"keep", "to-read"});  // to-read was c's own
    CHECK(lib.tag_counts() == Counts{{"keep", 1}, {"screen:include", 1}, {"to-read", 2}});
    CHECK_THROWS_AS(lib.add_tag(b, "x"), StoreError);  // b was merged: tag c
    lib.undo_merge(m);
    CHECK(lib.tags_of(c) == std::vector<std::string>{"to-read"});
    CHECK(lib.tags_of(b) == std::vector<std::string>{"keep", "to-read"});
  }
}

TEST_CASE("each() applies every Query filter", "[core][store]") {
  Sample s;
  using V = std::vector<std::int64_t>;
  Query all;
  CHECK(ids_of(s.lib, all) == V{1, 2, 3, 4});

  SECTION("year range, open at either end") {
    Query q;
    q.year_min = 2018;
    q.year_max = 2019;
    CHECK(ids_of(s.lib, q) == V{1, 2});
    Query from;
    from.year_min = 2019;
    CHECK(ids_of(s.lib, from) == V{2, 4});
    Query until;
    until.year_max = 2000;
    CHECK(ids_of(s.lib, until) == V{3});
  }
  SECTION("author: a substring of a family name, case and accents folded") {
    Query q;
    q.authors = {"lukasiewicz"};
    CHECK(ids_of(s.lib, q) == V{3});
    q.authors = {"MÜLLER"};
    CHECK(ids_of(s.lib, q) == V{3});
    q.authors = {"muller"};
    CHECK(ids_of(s.lib, q) == V{3});
    q.authors = {"garcia-marquez"};
    CHECK(ids_of(s.lib, q) == V{4});
    q.authors = {"Janen"};  // the second author counts too
    CHECK(ids_of(s.lib, q) == V{2});
    q.authors = {"Maxat"};  // given names do not
    CHECK(ids_of(s.lib, q).empty());
  }
  SECTION("keyword: equal to a keyword, case folded") {
    Query q;
    q.keywords = {"kazakhstan"};
    CHECK(ids_of(s.lib, q) == V{1, 4});
    q.keywords = {"e-government"};
    CHECK(ids_of(s.lib, q) == V{2});
    q.keywords = {"government"};  // a part of a keyword is not the keyword
    CHECK(ids_of(s.lib, q).empty());
  }
  SECTION("type") {
    Query q;
    q.types = {"book"};
    CHECK(ids_of(s.lib, q) == V{3});
    q.types = {"article-journal"};
    CHECK(ids_of(s.lib, q) == V{1, 2, 4});
  }
  SECTION("text: title, container, abstract or keywords, folded") {
    Query q;
    q.texts = {"E-GOVERNMENT"};
    CHECK(ids_of(s.lib, q) == V{2});
    q.texts = {"administrative sciences"};  // container
    CHECK(ids_of(s.lib, q) == V{1});
    q.texts = {"incentives"};  // abstract
    CHECK(ids_of(s.lib, q) == V{1});
    q.texts = {"e-collaboration"};  // keyword
    CHECK(ids_of(s.lib, q) == V{1});
    q.texts = {"kazakhstan"};  // a keyword of 1, the title of 4
    CHECK(ids_of(s.lib, q) == V{1, 4});
    q.texts = {"grundlagen"};
    CHECK(ids_of(s.lib, q) == V{3});
  }
  SECTION("repeated filters combine with AND") {
    Query q;
    q.keywords = {"kazakhstan", "open government"};
    CHECK(ids_of(s.lib, q) == V{4});
    q.keywords = {"kazakhstan", "e-collaboration"};
    CHECK(ids_of(s.lib, q) == V{1});
    q.keywords = {"kazakhstan", "e-government"};  // no work has both
    CHECK(ids_of(s.lib, q).empty());
    Query two;
    two.authors = {"Knox", "Janenova"};
    CHECK(ids_of(s.lib, two) == V{2});
    two.authors = {"Knox", "Kassen"};
    CHECK(ids_of(s.lib, two).empty());
    Query texts;
    texts.texts = {"government", "paradox"};
    CHECK(ids_of(s.lib, texts) == V{2});
    Query types;
    types.types = {"book", "article-journal"};
    CHECK(ids_of(s.lib, types).empty());
  }
  SECTION("author as a person writes it: family and initial, in any order") {
    Query q;
    for (const char* name : {"Colin Knox", "Knox, C.", "Knox C", "knox, colin", "C. Knox"}) {
      q.authors = {name};
      CHECK(ids_of(s.lib, q) == V{2});
    }
    q.authors = {"Knox, M."};  // the family name, but another initial
    CHECK(ids_of(s.lib, q).empty());
    q.authors = {"Kno, C."};  // with a given name, the family name is whole
    CHECK(ids_of(s.lib, q).empty());
    q.authors = {"Jorg Muller"};  // accents folded, second author
    CHECK(ids_of(s.lib, q) == V{3});
    q.authors = {"Ana García-Márquez"};
    CHECK(ids_of(s.lib, q) == V{4});
  }
  SECTION("newest first: works without a year last") {
    Query q;
    q.order = Query::Order::year_desc;
    CHECK(ids_of(s.lib, q) == V{4, 2, 1, 3});
  }
  SECTION("explicit ids, combined with other filters") {
    Query q;
    q.ids = {4, 2};
    CHECK(ids_of(s.lib, q) == V{2, 4});
    q.year_max = 2020;
    CHECK(ids_of(s.lib, q) == V{2});
    // Looked up in SQL: the query's order and limit, ids of no work left out.
    q = Query{};
    q.ids = {99, 4, 1, 2, 4};
    q.order = Query::Order::year_desc;
    CHECK(ids_of(s.lib, q) == V{4, 2, 1});
    q.limit = 2;
    CHECK(ids_of(s.lib, q) == V{4, 2});
  }
  SECTION("limit, and a callback that stops") {
    Query q;
    q.limit = 2;
    CHECK(ids_of(s.lib, q) == V{1, 2});
    q.texts = {"kazakhstan"};
    q.limit = 1;
    CHECK(ids_of(s.lib, q) == V{1});
    std::vector<std::int64_t> seen;
    s.lib.each(Query{}, [&](const Work& w) {
      seen.push_back(w.id);
      return w.id < 3;
    });
    CHECK(seen == V{1, 2, 3});
  }
  SECTION("filters combine") {
    Query q;
    q.keywords = {"kazakhstan"};
    q.year_min = 2020;
    q.authors = {"garcia"};
    CHECK(ids_of(s.lib, q) == V{4});
    CHECK(s.lib.count(q) == 1);
  }
  SECTION("works come back with their key and fields") {
    Query q;
    q.ids = {3};
    s.lib.each(q, [](const Work& w) {
      CHECK(w.record.citekey == "lukasiewicz1930");
      CHECK(w.record.authors.at(0).family == "Łukasiewicz");
      CHECK(w.record.type == "book");
      return true;
    });
  }
}

TEST_CASE("stats summarise works, sources, years, types, keywords and references", "[core][store]") {
  Sample s;
  s.lib.log_import("refs.bib", 4, 4, 0, 0);
  LibraryStats st = s.lib.stats();
  CHECK(st.works == 4);
  CHECK(st.sources == 4);
  CHECK(st.with_doi == 1);
  CHECK(st.with_abstract == 1);
  CHECK(st.references == 2);
  CHECK(st.references_with_doi == 1);
  CHECK(st.imports == 1);
  CHECK(st.year_min == 1930);
  CHECK(st.year_max == 2022);
  using P = std::vector<std::pair<std::string, std::int64_t>>;
  CHECK(st.types == P{{"article-journal", 3}, {"book", 1}});
  CHECK(st.formats == P{{"bibtex", 4}});
  // "Kazakhstan" and "kazakhstan" are one keyword, shown as first seen.
  REQUIRE_FALSE(st.top_keywords.empty());
  CHECK(st.top_keywords[0] == std::make_pair(std::string("Kazakhstan"), std::int64_t{2}));
  CHECK(st.top_containers == P{{"International Review of Administrative Sciences", 1}});
}

TEST_CASE("citation keys are unique: set_citekey on a clash throws and changes nothing", "[core][store]") {
  Sample s;
  auto keys = s.lib.citekeys();
  std::sort(keys.begin(), keys.end());
  CHECK(keys == std::vector<std::string>{"garcia2022", "kassen2018", "knox2019", "lukasiewicz1930"});
  s.lib.set_citekey(2, "knox2019paradox");
  CHECK(s.lib.resolve("knox2019paradox") == std::vector<std::int64_t>{2});
  CHECK_THROWS_AS(s.lib.set_citekey(1, "knox2019paradox"), StoreError);
  CHECK_THROWS_WITH(s.lib.set_citekey(1, "knox2019paradox"), Catch::Contains("knox2019paradox"));
  CHECK(s.lib.get(1)->record.citekey == "kassen2018");
}

TEST_CASE("a library an older refnet left in WAL mode is switched to the rollback journal on open", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Library lib(path);
    Library::Transaction tx(lib);
    lib.add(make_record("Kept across the switch", 2020, {person("X", "Y")}));
    tx.commit();
    REQUIRE(sqlite3_exec(lib.handle(), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(pragma(lib.handle(), "PRAGMA journal_mode") == "wal");
  }
  Library again(path, false);
  CHECK(pragma(again.handle(), "PRAGMA journal_mode") == "delete");
  CHECK(again.stats().works == 1);
  CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("a library from a newer refnet is refused with a clear message", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "future.sqlite";
  { Library lib(path); }
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  try {
    Library lib(path);
    FAIL("opened a library with schema version 99");
  } catch (const StoreError& e) {
    const std::string msg = e.what();
    CHECK_THAT(msg, Catch::Contains(path));
    CHECK_THAT(msg, Catch::Contains("schema version 99"));
    CHECK_THAT(msg, Catch::Contains("upgrade refnet"));
  }
  // And the file is left as it was.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  CHECK(pragma(db, "PRAGMA user_version") == "99");
  sqlite3_close(db);
}

TEST_CASE("a file that is not SQLite gives a clear error, not a crash", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "refs.bib";
  const std::string content = "@article{k, title={Not a database, but long enough to look like a header}}\n" +
                              std::string(4096, 'x');
  { std::ofstream(path, std::ios::binary) << content; }
  for (bool create : {true, false}) {
    try {
      Library lib(path, create);
      FAIL("opened a BibTeX file as a library");
    } catch (const StoreError& e) {
      CHECK_THAT(std::string(e.what()), Catch::Contains(path) && Catch::Contains("not a database"));
    }
  }
  CHECK(test::slurp(path) == content);  // untouched
}

TEST_CASE("opening a missing library without create says so and creates nothing", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "nowhere/library.sqlite";
  CHECK_THROWS_WITH(Library(path, false), Catch::Contains(path) && Catch::Contains("no library here"));
  CHECK_FALSE(std::filesystem::exists(dir / "nowhere"));
}

TEST_CASE("a library path in a directory that cannot be created is a clear error", "[core][store]") {
  TempDir dir;
  { std::ofstream(dir / "file") << "x"; }
  CHECK_THROWS_AS(Library(dir / "file/sub/library.sqlite"), StoreError);
}

TEST_CASE("resolve_path: --library, then REFNET_LIBRARY, then XDG_DATA_HOME, then HOME", "[core][store]") {
  EnvVar lib_env("REFNET_LIBRARY", nullptr);
  EnvVar xdg("XDG_DATA_HOME", nullptr);
  EnvVar home("HOME", "/home/tester");
  CHECK(Library::resolve_path("/explicit/lib.sqlite") == "/explicit/lib.sqlite");
  CHECK(Library::resolve_path("") == "/home/tester/.local/share/refnet/library.sqlite");
  {
    EnvVar x("XDG_DATA_HOME", "/xdg/data");
    CHECK(Library::resolve_path("") == "/xdg/data/refnet/library.sqlite");
    {
      EnvVar r("REFNET_LIBRARY", "/env/lib.sqlite");
      CHECK(Library::resolve_path("") == "/env/lib.sqlite");
      CHECK(Library::resolve_path("/explicit/lib.sqlite") == "/explicit/lib.sqlite");
    }
    {
      EnvVar r("REFNET_LIBRARY", "");  // empty counts as unset
      CHECK(Library::resolve_path("") == "/xdg/data/refnet/library.sqlite");
    }
  }
  {
    EnvVar x("XDG_DATA_HOME", "");
    CHECK(Library::resolve_path("") == "/home/tester/.local/share/refnet/library.sqlite");
  }
  // The variables are back as they were after each scope.
  CHECK(std::getenv("XDG_DATA_HOME") == nullptr);
  CHECK(std::getenv("REFNET_LIBRARY") == nullptr);
}

TEST_CASE("two handles on one library: a reader sees only committed work", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  Library writer(path);
  Library reader(path, false);
  {
    Library::Transaction tx(writer);
    writer.add(make_record("In flight", 2020, {person("X", "Y")}));
    CHECK(reader.stats().works == 0);  // the reader is not blocked before the commit and sees the old state
    tx.commit();
  }
  CHECK(reader.stats().works == 1);
}

TEST_CASE("Ingest: a prepared record (key proposed, JSON made ahead) is stored exactly as the record itself", "[core][store]") {
  // Two libraries from the same records, one through add(Record), one through
  // add(prepare(Record)): the same works, keys, merges, and stored JSON.
  std::vector<Record> records;
  for (const char* f : {"corpora/pybibx__wos.bib", "corpora/pybibx__scopus.bib", "corpora/pybibx__wos.bib"}) {
    auto parsed = refnet::test::parse_file(refnet::test::fixture(f));
    for (auto& r : parsed.records) records.push_back(std::move(r));
  }
  TempDir dir;
  Library a(dir / "a.sqlite"), b(dir / "b.sqlite");
  {
    Library::Transaction ta(a), tb(b);
    Ingest ia(a), ib(b);
    for (const Record& r : records) {
      auto ra = ia.add(Record(r));
      auto rb = ib.add(Ingest::prepare(Record(r)));
      REQUIRE(ra.status == rb.status);
      REQUIRE(ra.work_id == rb.work_id);
    }
    CHECK(ia.counts().merged > 100);   // Scopus joins WoS by DOI
    CHECK(ia.counts().present > 200);  // the WoS file again
    ta.commit();
    tb.commit();
  }
  auto dump = [](Library& lib) {
    std::string out;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(lib.handle(),
                       "SELECT id, citekey, data, merged_into, doi, type, year, title, authors, keywords FROM works ORDER BY id",
                       -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
      for (int i = 0; i < 10; ++i) {
        const unsigned char* t = sqlite3_column_text(s, i);
        out += t ? reinterpret_cast<const char*>(t) : "NULL";
        out += '\x1f';
      }
    sqlite3_finalize(s);
    sqlite3_prepare_v2(lib.handle(), "SELECT id, work_id, data FROM sources ORDER BY id", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
      for (int i = 0; i < 3; ++i) {
        out += reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        out += '\x1f';
      }
    sqlite3_finalize(s);
    return out;
  };
  std::string da = dump(a), db = dump(b);
  CHECK(da.size() > 100000);
  CHECK(da == db);
}

TEST_CASE("record(id, parts) gives a work's view with its key, only the parts asked for", "[core][store]") {
  Sample s;
  auto full = s.lib.record(2, RecordParts::all());
  REQUIRE(full);
  CHECK(full->title == "The e-government paradox in post-Soviet countries");
  CHECK(full->citekey == "knox2019");
  CHECK(full->references.size() == 2);
  CHECK(full->authors.size() == 2);
  RecordParts light;
  light.references = false;
  light.creators = false;
  auto part = s.lib.record(2, light);
  REQUIRE(part);
  CHECK(part->title == full->title);
  CHECK(part->references.empty());
  CHECK(part->authors.empty());
  s.lib.set_citekey(2, "renamed2019");  // the key comes from the works table, not the stored JSON
  CHECK(s.lib.record(2, light)->citekey == "renamed2019");
  CHECK_FALSE(s.lib.record(999, light));
}

TEST_CASE("another program's SQLite database is refused untouched, by readers and writers", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "other.sqlite";
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); PRAGMA user_version = 7;", nullptr,
                       nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  const std::string before = test::slurp(path);
  for (auto access : {Library::Access::read_write, Library::Access::read_only}) {
    try {
      Library lib(path, false, access);
      FAIL("opened another program's database as a library");
    } catch (const StoreError& e) {
      CHECK_THAT(std::string(e.what()), Catch::Contains(path) && Catch::Contains("not a refnet library") &&
                                            Catch::Contains("untouched"));
    }
  }
  CHECK(test::slurp(path) == before);  // no tables, no user_version 2
}

TEST_CASE("a new library carries refnet's application id; an older refnet file gains it on migration", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  { Library lib(path); }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  CHECK(pragma(db, "PRAGMA application_id") == std::to_string(Library::kApplicationId));
  // As refnet wrote it before application ids: recognised by its schema.
  REQUIRE(sqlite3_exec(db, "PRAGMA application_id = 0", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  { Library lib(path, false); }
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  CHECK(pragma(db, "PRAGMA application_id") == std::to_string(Library::kApplicationId));
  sqlite3_close(db);
}

TEST_CASE("a reader opens the library read-only: it cannot change it", "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  { Library lib(path); }
  Library reader(path, false, Library::Access::read_only);
  CHECK(sqlite3_db_readonly(reader.handle(), "main") == 1);
  CHECK_THROWS_AS(reader.add(make_record("A title", 2020, {})), StoreError);
}

TEST_CASE("a damaged row is skipped by readers with a warning naming the work; get() names it in its error",
          "[core][store]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  Library lib(path);
  auto a = lib.add(make_record("First work", 2020, {}));
  auto b = lib.add(make_record("Second work", 2021, {}));
  auto c = lib.add(make_record("Third work", 2022, {}));
  // A hash stoull cannot read; a record that is not UTF-8.
  REQUIRE(sqlite3_exec(lib.handle(),
                       ("UPDATE works SET data = '{\"type\":\"book\",\"provenance\":{\"hash\":\"zz\"}}' WHERE id = " +
                        std::to_string(a.work_id) + ";UPDATE works SET data = CAST(X'7B227469746C65223A2262FF6F6B227D' AS TEXT) "
                        "WHERE id = " + std::to_string(c.work_id))
                           .c_str(),
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  std::vector<std::pair<std::int64_t, std::string>> damaged;
  lib.on_damaged([&](std::int64_t id, const std::string& why) { damaged.emplace_back(id, why); });
  std::vector<std::int64_t> seen;
  lib.each(Query{}, [&](const Work& w) {
    seen.push_back(w.id);
    return true;
  });
  CHECK(seen == std::vector<std::int64_t>{b.work_id});
  REQUIRE(damaged.size() == 2);
  CHECK(damaged[0].first == a.work_id);
  CHECK_THAT(damaged[0].second, Catch::Contains("is damaged") && Catch::Contains("hexadecimal"));
  CHECK(damaged[1].first == c.work_id);
  CHECK_THAT(damaged[1].second, Catch::Contains("not valid UTF-8"));
  CHECK(lib.damaged_skipped() == 2);
  CHECK_THROWS_WITH(lib.get(a.work_id), Catch::Contains("work " + std::to_string(a.work_id)) && Catch::Contains("is damaged"));
  CHECK_THROWS_AS(lib.record(c.work_id, RecordParts::all()), StoreError);
}

// decode_view checks UTF-8 in the decoder's one pass, not in a pass of its
// own before it: the same records are damaged, for the same reason, as when
// is_valid_utf8 ran first (the oracle here).
TEST_CASE("a record that is not UTF-8 is damaged wherever the bad byte is: in a part not decoded, after a NUL, "
          "beside a syntax error", "[core][store]") {
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 5; ++i) ids.push_back(lib.add(make_record("Work " + std::to_string(i), 2020 + i, {})).work_id);
  // As hex: {"title":"ok","abstract":"b\xFFd"}; {"title":"ok"} NUL \xFF; {"title":"ok"} NUL x;
  // {"title":"b\xFF (unterminated); {"title":"ok",} (a syntax error only).
  const char* views[] = {"7B227469746C65223A226F6B222C226162737472616374223A2262FF64227D", "7B227469746C65223A226F6B227D00FF",
                         "7B227469746C65223A226F6B227D0078", "7B227469746C65223A2262FF", "7B227469746C65223A226F6B222C7D"};
  for (std::size_t i = 0; i < 5; ++i)
    REQUIRE(sqlite3_exec(lib.handle(),
                         ("UPDATE works SET data = CAST(X'" + std::string(views[i]) + "' AS TEXT) WHERE id = " +
                          std::to_string(ids[i])).c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  std::map<std::int64_t, std::string> damaged;
  lib.on_damaged([&](std::int64_t id, const std::string& why) { damaged[id] = why; });
  std::vector<std::int64_t> seen;
  RecordParts no_abstract;
  no_abstract.abstract = false;
  lib.each(Query{}, no_abstract, [&](const Work& w) {
    seen.push_back(w.id);
    return true;
  });
  CHECK(seen == std::vector<std::int64_t>{ids[2]});  // a valid record ends at a NUL, as before
  REQUIRE(damaged.size() == 4);
  for (std::size_t i : {0, 1, 3}) {
    INFO(i);
    CHECK_THAT(damaged[ids[i]], Catch::Contains("is damaged: its record is not valid UTF-8"));
  }
  CHECK_THAT(damaged[ids[4]], Catch::Contains("is damaged") && !Catch::Contains("UTF-8"));
}

// each_view_fields (the keyword map's and export's reader) gives the works
// each() gives, in the same order, with the same limit; the damaged views
// are named by each() as before, and a query only a whole record answers
// is left to each().
TEST_CASE("each_view_fields reads the works each() reads, in its order; each() names the damaged ones",
          "[core][store]") {
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 6; ++i) {
    Record r = make_record("Work " + std::to_string(i), 2020 - i, {});
    r.keywords = {"k" + std::to_string(i % 2)};
    r.citekey = "key" + std::to_string(5 - i);
    ids.push_back(lib.add(r).work_id);
  }
  REQUIRE(sqlite3_exec(lib.handle(),
                       ("UPDATE works SET data = '{\"provenance\":{\"hash\":\"zz\"}}' WHERE id = " + std::to_string(ids[1]) +
                        ";UPDATE works SET data = CAST(X'7B2275726C223A2262FF227D' AS TEXT) WHERE id = " + std::to_string(ids[4]))
                           .c_str(),
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  RecordParts parts;
  parts.references = parts.abstract = parts.creators = false;
  for (Query::Order order : {Query::Order::id, Query::Order::key, Query::Order::year, Query::Order::year_desc})
    for (std::size_t limit : {0, 2}) {
      Query q;
      q.order = order;
      q.limit = limit;
      std::vector<std::pair<std::int64_t, std::string>> want, got;
      std::vector<std::int64_t> damaged_want, damaged_got;
      lib.on_damaged([&](std::int64_t id, const std::string&) { damaged_want.push_back(id); });
      lib.each(q, parts, [&](const Work& w) {
        want.emplace_back(w.id, w.record.citekey + "|" + w.record.keywords.at(0));
        return true;
      });
      lib.on_damaged([&](std::int64_t id, const std::string&) { damaged_got.push_back(id); });
      CHECK(each_view_fields(lib, q, parts, {"keywords"}, [&](std::int64_t id, std::string_view key, const Record& r) {
        got.emplace_back(id, std::string(key) + "|" + r.keywords.at(0));
      }));
      INFO(int(order) << " " << limit);
      CHECK(got == want);
      CHECK(damaged_got == damaged_want);
    }
  Query texts;
  texts.texts = {"work"};
  CHECK_FALSE(each_view_fields(lib, texts, parts, {}, [](std::int64_t, std::string_view, const Record&) { FAIL(); }));
}

