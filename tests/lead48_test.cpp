// Lead, session 48 (speed, issue 7's targets): what the faster paths must
// keep doing.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstdint>
#include <string>

#include "../src/statement.hpp"
#include "refnet/encoding.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::int64_t add_work(Library& lib, const std::string& title, std::uint64_t hash) {
  Record r;
  r.title = title;
  r.issued.year = 2020;
  r.provenance.format = "ris";
  r.provenance.hash = hash;
  return lib.add(r).work_id;
}
}  // namespace

// A statement the library keeps (Library::prepared) is handed to one caller
// at a time: a nested caller asking for the same text while the first steps
// it gets one of its own, and the next caller finds it reset, its bindings
// cleared.
TEST_CASE("a kept statement serves a nested caller apart and comes back reset", "[lead48]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  Library::Transaction tx(lib);
  for (int i = 1; i <= 3; ++i) add_work(lib, "Work " + std::to_string(i), static_cast<std::uint64_t>(i));
  const char* sql = "SELECT id FROM works WHERE id >= ?1 ORDER BY id";
  std::vector<std::pair<std::int64_t, std::int64_t>> seen;
  {
    Library::Prepared outer = lib.prepared(sql);
    outer.bind(1, std::int64_t{1});
    while (outer.step()) {
      const std::int64_t a = sqlite3_column_int64(outer.get(), 0);
      Library::Prepared inner = lib.prepared(sql);
      inner.bind(1, a);
      while (inner.step()) seen.emplace_back(a, sqlite3_column_int64(inner.get(), 0));
    }
  }
  CHECK(seen == std::vector<std::pair<std::int64_t, std::int64_t>>{{1, 1}, {1, 2}, {1, 3}, {2, 2}, {2, 3}, {3, 3}});
  // Reset, bindings cleared: an unbound ?1 is NULL, which matches nothing.
  Library::Prepared again = lib.prepared(sql);
  CHECK_FALSE(again.step());
}

// work_by_key chooses among its rows in C++ now (no ORDER BY): a key held
// by a work before an alias naming another, of works holding it in other
// cases the first by id, and an absorbed work's key names its survivor.
TEST_CASE("work_by_key: a held key before an alias, the first work by id, an absorbed key its survivor", "[lead48]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  Library::Transaction tx(lib);
  const std::int64_t a = add_work(lib, "First", 1), b = add_work(lib, "Second", 2), c = add_work(lib, "Third", 3),
                     d = add_work(lib, "Fourth", 4);
  lib.set_citekey(b, "Smith2020");
  lib.set_citekey(a, "smith2020");
  CHECK(lib.work_by_key("SMITH2020") == a);
  lib.set_citekey(c, "jones2019");
  lib.merge(d, {c}, "manual", "test");
  CHECK(lib.work_by_key("jones2019") == d);
  // The alias jones2019 (absorbed, naming d) and a work that now holds the key: the holder wins.
  lib.set_citekey(b, "Jones2019");
  CHECK(lib.work_by_key("jones2019") == b);
  CHECK_FALSE(lib.work_by_key("nobody2000"));
}

// The encoding header and Emacs' coding cookie are looked for in the first
// 200/400 bytes only (a one-line JSON file of megabytes was scanned twice):
// found there in a long one-line text, not past them.
TEST_CASE("the encoding header and coding cookie are read from a long one-line file's start only", "[lead48]") {
  const std::string tail(1 << 20, 'x');
  CHECK(decode_text("% Encoding: windows-1252\n" + tail + "\xE9").encoding == "windows-1252");
  CHECK(decode_text("-*- coding: latin-9 -*- " + tail + "\xA4").encoding == "ISO-8859-15");
  CHECK(decode_text("-*- coding: latin-9 -*-\n" + tail + "\n").encoding == "ISO-8859-15");
  // A cookie past the first 400 bytes of the line is not the file's.
  CHECK(decode_text(std::string(500, ' ') + "-*- coding: latin-9 -*- " + tail).encoding == "UTF-8");
  CHECK(decode_text(std::string(300, ' ') + "% Encoding: windows-1252 " + tail).encoding == "UTF-8");
}
