// Full-text search: the query language's translation to FTS5, and the index
// the store keeps in step with every change of a work.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "refnet/search.hpp"
#include "refnet/text.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::TempDir;

namespace {

std::string error_of(const std::string& query, std::size_t* column = nullptr) {
  try {
    to_fts5(query);
  } catch (const SearchQueryError& e) {
    if (column) *column = e.column;
    return e.what();
  }
  return "(no error)";
}

Creator person(std::string family, std::string given) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  return c;
}

Record work(const std::string& title, int year, std::vector<Creator> authors, std::vector<std::string> keywords = {},
            std::string abstract = {}) {
  Record r;
  r.type = "article-journal";
  r.title = title;
  r.issued.year = year;
  r.authors = std::move(authors);
  r.keywords = std::move(keywords);
  r.abstract = std::move(abstract);
  r.provenance.format = "bibtex";
  r.provenance.file = "refs.bib";
  r.provenance.hash = content_hash("bibtex", title);
  return r;
}

std::vector<std::int64_t> found(Library& lib, const std::string& query, bool ranked = true) {
  Query q;
  q.match = to_fts5(query);
  if (ranked) q.order = Query::Order::rank;
  std::vector<std::int64_t> ids;
  lib.each(q, [&](const Work& w) {
    ids.push_back(w.id);
    return true;
  });
  return ids;
}

std::int64_t scalar(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK);
  std::int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  return v;
}

// The rows of the index, in rowid order, as text.
std::string index_rows(sqlite3* db) {
  std::string out;
  auto row = [](void* to, int n, char** values, char**) {
    for (int i = 0; i < n; ++i) *static_cast<std::string*>(to) += std::string(values[i] ? values[i] : "<null>") + "|";
    *static_cast<std::string*>(to) += "\n";
    return 0;
  };
  REQUIRE(sqlite3_exec(db, "SELECT rowid, * FROM search ORDER BY rowid", row, &out, nullptr) == SQLITE_OK);
  return out;
}

// How many rows the index has once it has caught up (the triggers only
// note the works that changed; a reader of the index settles them).
std::int64_t indexed(Library& lib) {
  CHECK(lib.settle_search_index() == 0);
  CHECK(lib.search_pending() == 0);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(lib.handle(), "SELECT count(*) FROM search", -1, &s, nullptr) == SQLITE_OK);
  std::int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  return v;
}

// Four works: 1 has "government" in its title, 2 in its keywords, 3 in its
// abstract; 4 is about something else.
struct Sample {
  TempDir dir;
  Library lib{dir / "lib.sqlite"};
  Sample() {
    Library::Transaction tx(lib);
    Record a = work("Open government in Kazakhstan", 2018, {person("Kassen", "Maxat")}, {"transparency"});
    a.doi = "10.1177/0020852317735595";
    a.container_title = "International Review of Administrative Sciences";
    a.citekey = "kassen2018";
    Record b = work("The digital paradox in post-Soviet countries", 2019,
                    {person("Knox", "Colin"), person("Janenova", "Saltanat")}, {"E-Government", "Central Asia"});
    b.citekey = "knox2019";
    Record c = work("Logik und Grundlagen der Mathematik", 1930, {person("Łukasiewicz", "Jan"), person("Müller", "Jörg")}, {},
                    "On the foundations, and on the government of proofs.");
    c.citekey = "lukasiewicz1930";
    Record d = work("Software evolution in practice", 2005, {person("Ernst", "Michael D.")}, {"software"});
    d.citekey = "ernst2005";
    for (const Record* r : {&a, &b, &c, &d}) REQUIRE(lib.add(*r).status == Library::AddStatus::added);
    tx.commit();
  }
};

}  // namespace

TEST_CASE("the query language becomes a fully quoted, parenthesised FTS5 expression", "[core][search]") {
  CHECK(to_fts5("government") == "\"government\"");
  CHECK(to_fts5("open government") == "(\"open\" AND \"government\")");
  CHECK(to_fts5("a AND b") == "(\"a\" AND \"b\")");
  CHECK(to_fts5("a OR b c") == "(\"a\" OR (\"b\" AND \"c\"))");  // AND binds tighter than OR
  CHECK(to_fts5("a NOT b c") == "((\"a\" NOT \"b\") AND \"c\")");  // NOT tighter still
  CHECK(to_fts5("(a OR b) c") == "((\"a\" OR \"b\") AND \"c\")");
  CHECK(to_fts5("gov*") == "\"gov\"*");
  CHECK(to_fts5("\"open government\"") == "\"open government\"");
  CHECK(to_fts5("\"open gov\"*") == "\"open gov\"*");
  CHECK(to_fts5("title:kazakhstan") == "title : \"kazakhstan\"");
  CHECK(to_fts5("author:ernst") == "authors : \"ernst\"");
  CHECK(to_fts5("AU:ernst") == "authors : \"ernst\"");  // field names: case ignored, WoS tags too
  CHECK(to_fts5("journal:review") == "container : \"review\"");
  CHECK(to_fts5("title:(open OR closed)") == "title : (\"open\" OR \"closed\")");
  CHECK(to_fts5("title:\"open government\"") == "title : \"open government\"");
  CHECK(to_fts5("e-government") == "\"e-government\"");  // FTS5 reads it as the phrase "e government"
  CHECK(to_fts5("and or not") == "((\"and\" AND \"or\") AND \"not\")");  // operators are upper case only
}

TEST_CASE("doi: takes the whole DOI, parentheses and colons too; year: takes ranges", "[core][search]") {
  CHECK(to_fts5("doi:10.1016/S0140-6736(20)30183-5") == "doi : \"10.1016/S0140-6736(20)30183-5\"");
  CHECK(to_fts5("doi: 10.1002/(SICI)1097-4571") == "doi : \"10.1002/(SICI)1097-4571\"");
  CHECK(to_fts5("year:2018") == "year : \"2018\"");
  CHECK(to_fts5("year:2018-2020") == "year : (\"2018\" OR \"2019\" OR \"2020\")");
  CHECK(to_fts5("year:1990-").rfind("year : (\"1990\" OR \"1991\" OR", 0) == 0);
  CHECK(to_fts5("year:-2000").find("OR \"2000\")") != std::string::npos);
}

TEST_CASE("a bad query says what is wrong and where", "[core][search]") {
  std::size_t col = 0;
  CHECK(error_of("", &col) == "the query is empty");
  CHECK(error_of("\"open government", &col) == "a phrase is not closed (\" missing)");
  CHECK(col == 1);
  CHECK(error_of("open (government", &col) == "'(' is not closed");
  CHECK(col == 6);
  CHECK(error_of("open)", &col) == "')' without '('");
  CHECK(col == 5);
  CHECK(error_of("NOT survey", &col).rfind("NOT needs a term before it", 0) == 0);
  CHECK(col == 1);
  CHECK(error_of("open OR", &col) == "a term is missing at the end");
  CHECK(error_of("titel:open", &col).rfind("'titel' is not a field (title, keyword, abstract, author", 0) == 0);
  CHECK(col == 1);
  CHECK(error_of("title:", &col) == "title: needs a term after it");
  CHECK(error_of("a - b", &col) == "'-' has no letter or digit to search for");
  CHECK(col == 3);
  CHECK(error_of("year:2020-2010") == "year: '2020-2010' is reversed");
  CHECK(error_of("year:20x0-") == "year: '20x0-' is not a year or a range Y-Y");
  CHECK(error_of("()") == "empty parentheses");
}

TEST_CASE("search finds works by any field, ranked title > keywords > abstract", "[core][search]") {
  Sample s;
  using V = std::vector<std::int64_t>;
  CHECK(found(s.lib, "government") == V{1, 2, 3});  // title, keyword (from "E-Government"), abstract
  CHECK(found(s.lib, "GOVERNMENT") == V{1, 2, 3});
  CHECK(found(s.lib, "MULLER") == V{3});  // case and accents folded: Müller
  CHECK(found(s.lib, "łukasiewicz") == V{3});
  // FTS5's unicode61 folds letters that decompose to a base and an accent;
  // Ł, Ø, Đ do not decompose, so "lukasiewicz" does not find Łukasiewicz
  // (refnet's own fold() would; `list --author` uses it).
  CHECK(found(s.lib, "lukasiewicz").empty());
  CHECK(found(s.lib, "author:ernst") == V{4});
  CHECK(found(s.lib, "author:\"michael ernst\"") == V{});  // given "Michael D." sits between
  CHECK(found(s.lib, "author:michael author:ernst") == V{4});
  CHECK(found(s.lib, "title:government") == V{1});
  CHECK(found(s.lib, "keyword:\"central asia\"") == V{2});
  CHECK(found(s.lib, "container:administrative") == V{1});
  CHECK(found(s.lib, "doi:10.1177/0020852317735595") == V{1});
  CHECK(found(s.lib, "year:2018-2019") == V{1, 2});
  CHECK(found(s.lib, "key:ernst2005") == V{4});
  CHECK(found(s.lib, "softw*") == V{4});
  CHECK(found(s.lib, "government NOT kazakhstan") == V{2, 3});
  CHECK(found(s.lib, "kazakhstan OR software", false) == V{1, 4});
  CHECK(found(s.lib, "\"government in kazakhstan\"") == V{1});
  CHECK(found(s.lib, "\"kazakhstan government\"").empty());
  CHECK(found(s.lib, "nothing-here").empty());
}

TEST_CASE("the index follows every change of a work: merge, unmerge, edit, a raw SQL delete", "[core][search]") {
  Sample s;
  using V = std::vector<std::int64_t>;
  CHECK(indexed(s.lib) == 4);
  std::int64_t m = s.lib.merge(1, {3}, "manual", "test");
  V after = found(s.lib, "grundlagen");
  CHECK(std::find(after.begin(), after.end(), 3) == after.end());
  CHECK(indexed(s.lib) == 3);  // the absorbed work left the index
  s.lib.undo_merge(m);
  CHECK(found(s.lib, "grundlagen") == V{3});
  CHECK(indexed(s.lib) == 4);
  s.lib.edit_sources(4, [](Record& r) {
    r.title = "Hardware revolution";
    return true;
  });
  CHECK(found(s.lib, "software").empty() == false);  // still a keyword
  CHECK(found(s.lib, "title:software").empty());
  CHECK(found(s.lib, "title:hardware") == V{4});
  s.lib.set_citekey(4, "renamed2005");
  CHECK(found(s.lib, "key:renamed2005") == V{4});
  REQUIRE(sqlite3_exec(s.lib.handle(), "DELETE FROM sources WHERE work_id = 2; DELETE FROM works WHERE id = 2", nullptr,
                       nullptr, nullptr) == SQLITE_OK);
  CHECK(found(s.lib, "paradox").empty());
  CHECK(indexed(s.lib) == 3);
}

TEST_CASE("a library whose index is missing or stale is indexed when opened", "[core][search]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Sample s;
    std::filesystem::copy_file(s.dir / "lib.sqlite", path);
  }
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    // As an older refnet left it: no index; and a definition that differs.
    REQUIRE(sqlite3_exec(db, (drop_search_index_sql() + "UPDATE search_definition SET sql = 'old';").c_str(), nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  Library lib(path, false, Library::Access::read_only);  // settles it once, for writing
  CHECK(scalar(lib.handle(), "SELECT count(*) FROM search") == 4);
  CHECK(found(lib, "kazakhstan") == std::vector<std::int64_t>{1});
}

TEST_CASE("a change is only noted; the index catches up when read; a rollback leaves it as it was", "[core][search]") {
  Sample s;
  using V = std::vector<std::int64_t>;
  CHECK(s.lib.search_pending() == 4);  // the sample's works: noted at the commit, not indexed
  CHECK(scalar(s.lib.handle(), "SELECT count(*) FROM search") == 0);
  CHECK(found(s.lib, "government") == V{1, 2, 3});  // the first search brings it up to date
  CHECK(s.lib.search_pending() == 0);
  {
    Library::Transaction tx(s.lib);
    s.lib.merge(1, {3}, "manual", "test");
    s.lib.set_citekey(4, "renamed2005");
    Record e = work("Gambling and loneliness", 2022, {person("Sirola", "Anu")});
    REQUIRE(s.lib.add(e).status == Library::AddStatus::added);
    CHECK(s.lib.search_pending() > 0);  // noted, not indexed yet
    tx.commit();
  }
  CHECK(s.lib.search_pending() == 4);  // 3 (merged), 1 (its view), 4 (key), 5 (new)
  CHECK(scalar(s.lib.handle(), "SELECT count(*) FROM search") == 4);  // as before the transaction
  CHECK(found(s.lib, "loneliness") == V{5});
  CHECK(s.lib.search_pending() == 0);
  CHECK(found(s.lib, "key:renamed2005") == V{4});
  CHECK(scalar(s.lib.handle(), "SELECT count(*) FROM search") == 4);  // 3 left with the merge, 5 came
  {
    Library::Transaction tx(s.lib);
    s.lib.set_citekey(2, "gone2019");
  }  // rolled back
  CHECK(s.lib.search_pending() == 0);
  CHECK(found(s.lib, "key:gone2019").empty());
  CHECK(found(s.lib, "key:knox2019") == V{2});
}

TEST_CASE("after a 1,000-work import the first search catches up in one transaction, as a rebuild would index",
          "[core][search]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  std::string caught_up;
  {
    Library lib(path);
    Library::Transaction tx(lib);
    for (int i = 0; i < 1000; ++i) {
      Record r = work("Study number " + std::to_string(i) + (i % 7 ? " of networks" : " of loneliness"), 1990 + i % 30,
                      {person("Author" + std::to_string(i % 50), "Ann")}, {"topic" + std::to_string(i % 12)},
                      i % 3 ? "" : "An abstract about citation graphs.");
      r.citekey = "study" + std::to_string(i);
      REQUIRE(lib.add(r).status == Library::AddStatus::added);
    }
    tx.commit();
    CHECK(lib.search_pending() == 1000);
    int commits = 0;
    sqlite3_commit_hook(
        lib.handle(),
        [](void* n) {
          ++*static_cast<int*>(n);
          return 0;
        },
        &commits);
    std::vector<std::int64_t> lonely = found(lib, "loneliness", false);
    CHECK(commits == 1);  // the catch-up: one transaction for the 1,000 works
    CHECK(lonely.size() == 143);  // i = 0, 7, ..., 994
    CHECK(found(lib, "networks").size() == 857);
    CHECK(commits == 1);  // nothing left to catch up
    sqlite3_commit_hook(lib.handle(), nullptr, nullptr);
    CHECK(lib.search_pending() == 0);
    caught_up = index_rows(lib.handle());
  }
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE search_definition SET sql = 'stale'", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  Library rebuilt(path, false, Library::Access::read_only);  // rebuilds the index from the works
  CHECK(rebuilt.search_pending() == 0);
  CHECK(caught_up.size() > 50000);
  CHECK(index_rows(rebuilt.handle()) == caught_up);
}

TEST_CASE("a read-only library settles the index once, for writing; a search then sees every change", "[core][search]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Sample s;
    std::filesystem::copy_file(s.dir / "lib.sqlite", path);
  }
  Library reader(path, false, Library::Access::read_only);
  CHECK(reader.search_pending() == 4);
  CHECK(found(reader, "government") == std::vector<std::int64_t>{1, 2, 3});
  CHECK(reader.search_pending() == 0);
  // A saved search is a reader of the index too.
  {
    Library writer(path, false);
    Record e = work("Government and loneliness", 2022, {person("Sirola", "Anu")});
    Library::Transaction tx(writer);
    REQUIRE(writer.add(e).status == Library::AddStatus::added);
    writer.create_collection("gov", "", "government");
    tx.commit();
  }
  CHECK(reader.search_pending() == 1);
  Query q;
  q.collections = {"gov"};
  std::vector<std::int64_t> ids;
  reader.each(q, [&](const Work& w) {
    ids.push_back(w.id);
    return true;
  });
  CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 5});
  CHECK(reader.search_pending() == 0);
}

TEST_CASE("a library the reader may not write: the search reads the index as it was and says what it misses",
          "[core][search]") {
  // Permissions bind every user but root; as root (some CI containers) the
  // file stays writable and this case checks the settled path instead.
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  {
    Sample s;
    CHECK(found(s.lib, "government") == std::vector<std::int64_t>{1, 2, 3});
    Record e = work("Government and loneliness", 2022, {person("Sirola", "Anu")});
    Library::Transaction tx(s.lib);
    REQUIRE(s.lib.add(e).status == Library::AddStatus::added);
    tx.commit();
    std::filesystem::copy_file(s.dir / "lib.sqlite", path);
  }
  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
  std::filesystem::permissions(dir.path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  const bool root = ::geteuid() == 0;
  Library reader(path, false, Library::Access::read_only);
  std::ostringstream err;
  std::streambuf* old = std::cerr.rdbuf(err.rdbuf());
  std::vector<std::int64_t> ids = found(reader, "government", false);
  std::size_t left = reader.search_pending();
  std::cerr.rdbuf(old);
  std::filesystem::permissions(dir.path, std::filesystem::perms::owner_all);
  if (root) {
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 5});
    CHECK(left == 0);
  } else {
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3});  // work 5 is not indexed yet
    CHECK(left == 1);
    CHECK(err.str().find(": warning: 1 changed work is not indexed for search yet (") != std::string::npos);
  }
}
