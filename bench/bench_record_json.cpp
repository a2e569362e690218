// Stored-record JSON codec speed: reads every row of a library's works.data
// (or sources.data), then decodes them all N times with every part and with
// references, abstract and extra skipped, and encodes them back.  Prints MB/s
// of JSON and records/s.  Run by hand:
//   bench_record_json LIBRARY.sqlite [works|sources] [repeats]
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "refnet/record.hpp"

namespace {

struct Timing {
  double wall = 1e9, cpu = 1e9;  // best of the repeats; CPU too, shared machines are noisy
};

Timing measure(int repeats, const std::function<void()>& fn) {
  Timing t;
  for (int k = 0; k < repeats; ++k) {
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    fn();
    t.wall = std::min(t.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    t.cpu = std::min(t.cpu, double(std::clock() - c0) / CLOCKS_PER_SEC);
  }
  return t;
}

void report(const char* what, const Timing& t, double bytes, std::size_t records, std::size_t check) {
  std::printf("%-34s %7.3f s (CPU %7.3f s)  %8.1f MB/s  %10.0f records/s   [%zu]\n", what, t.wall, t.cpu,
              bytes / 1e6 / t.cpu, records / t.cpu, check);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s LIBRARY.sqlite [works|sources] [repeats]\n", argv[0]);
    return 2;
  }
  const std::string table = argc > 2 ? argv[2] : "works";
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
  if (table != "works" && table != "sources") {
    std::fprintf(stderr, "table must be works or sources\n");
    return 2;
  }

  std::vector<std::string> rows;
  {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
      return 1;
    }
    sqlite3_stmt* s = nullptr;
    std::string sql = "SELECT data FROM " + table + " ORDER BY id";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "%s: %s\n", argv[1], sqlite3_errmsg(db));
      return 1;
    }
    while (sqlite3_step(s) == SQLITE_ROW)
      rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)),
                        static_cast<std::size_t>(sqlite3_column_bytes(s, 0)));
    sqlite3_finalize(s);
    sqlite3_close(db);
  }
  double bytes = 0;
  for (const auto& r : rows) bytes += r.size();
  std::printf("%s %s: %zu records, %.1f MB of JSON, best of %d\n", argv[1], table.c_str(), rows.size(), bytes / 1e6,
              repeats);

  // Each pass decodes (and drops) one record at a time, as Library::each does.
  std::size_t check = 0;
  auto decode_all = [&](const refnet::RecordParts& parts) {
    check = 0;
    for (const auto& json : rows) {
      refnet::Record r = refnet::record_from_json(json, parts);
      check += r.references.size() + r.authors.size() + r.title.size();
    }
  };
  Timing t = measure(repeats, [&] { decode_all(refnet::RecordParts::all()); });
  report("decode, all parts", t, bytes, rows.size(), check);
  refnet::RecordParts lean;
  lean.references = lean.abstract = lean.extra = false;
  t = measure(repeats, [&] { decode_all(lean); });
  report("decode, no references/abstract/extra", t, bytes, rows.size(), check);

  std::vector<refnet::Record> records;
  records.reserve(rows.size());
  for (const auto& json : rows) records.push_back(refnet::record_from_json(json));
  t = measure(repeats, [&] {
    check = 0;
    for (const auto& r : records) check += refnet::to_json(r).size();
  });
  report("encode (to_json)", t, bytes, rows.size(), check);
  return 0;
}
