// perf66: JabRef's journal lists (data/journal_abbrev_jabref.tsv, 6,955 rows,
// 14,364 names) are keyed at build time.  Every refnet process that compared
// a journal name computed each name's significant words at its start (about
// 148 M instructions: utf8proc's fold, split_words, the words' strings);
// tools/journal_abbrev_keys writes them once, with the same objects refnet
// runs (src/journal_abbrev_keys.hpp).  Here: the keys refnet carries are the
// ones the run-time code computes, name by name, and journal names still
// match as the lists say.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "../src/journal_abbrev_keys.hpp"
#include "refnet/journal_abbrev.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;

TEST_CASE("perf66: the JabRef keys written at build time are the ones the run-time code computes", "[perf66]") {
  namespace keys = journal_abbrev_keys;
  const auto computed = keys::computed();
  // The build's table, not the tool's empty one.
  REQUIRE(keys::kSize > 10000);
  CHECK(keys::kSize == computed.size());
  std::size_t differ = 0, shared = 0;
  for (std::size_t i = 0; i < computed.size() && i < keys::kSize; ++i) {
    const std::string_view key(keys::kText + keys::kIndex[i][0]);
    if (key != computed[i].first || keys::kIndex[i][1] != computed[i].second) {
      if (++differ <= 5) {
        INFO("built: " << key << " -> " << keys::kIndex[i][1] << "; run time: " << computed[i].first << " -> "
                       << computed[i].second);
        CHECK(false);
      }
    }
    if (computed[i].second == 0) ++shared;
    // In byte order, each once: the lookup's binary search.
    if (i > 0) CHECK(std::string_view(keys::kText + keys::kIndex[i - 1][0]) < key);
  }
  CHECK(differ == 0);
  // Names two titles share have no number (the list builder leaves most out; a few stay).
  CHECK(shared < computed.size() / 100);
}

TEST_CASE("perf66: names one row of JabRef's lists gives are one journal, through the built keys", "[perf66]") {
  // Rows of data/journal_abbrev_jabref.tsv the ISO 4 rules alone do not match.
  CHECK(journals_match("Bois et Forêts des Tropiques", "Bois For. Trop."));
  CHECK(journal_key("Bois For. Trop.").listed != 0);
  CHECK(journal_key("Bois For. Trop.").listed == journal_key("Bois et Forêts des Tropiques").listed);
  CHECK(journal_key("ARKIVOC (Gainesville, FL, U. S.)").listed ==
        journal_key("ARKIVOC (Gainesville, FL, United States)").listed);
  CHECK(journal_key("ARKIVOC (Gainesville, FL, United States)").listed != 0);
  // A name no row gives.
  CHECK(journal_key("Journal of Nothing Listed Anywhere").listed == 0);
  CHECK(journal_key("").listed == 0);
}

namespace {

int journal_triggers(refnet::Library& lib) {
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(lib.handle(),
                             "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND "
                             "name LIKE 'refnet\\_journal\\_%' ESCAPE '\\'",
                             -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  int n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  return n;
}

}  // namespace

TEST_CASE("perf66: the undo journal's triggers are made at the first transaction, once", "[perf66]") {
  // Made when the library opened, they were made again by the import, whose
  // PRAGMA temp_store drops a connection's TEMP objects before its
  // transaction: 16.6 M instructions of every import's 77 M fixed cost (a
  // small BibTeX file into an existing library), and 16.7 M of any command
  // opening the library to write, transaction or not.
  test::TempDir dir;
  Library lib(dir / "lib.sqlite");
  CHECK(journal_triggers(lib) == 0);
  sqlite3_exec(lib.handle(), "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
  {
    Library::Transaction tx(lib);
    CHECK(journal_triggers(lib) > 0);
    tx.commit();
  }
  const int made = journal_triggers(lib);
  CHECK(made > 0);
  {
    Library::Transaction tx(lib);  // still there: not made again
    CHECK(journal_triggers(lib) == made);
  }
}
