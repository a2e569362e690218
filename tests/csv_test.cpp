// The RFC 4180 CSV reader: what the RFC allows and what exporters write.
#include <catch2/catch.hpp>

#include "refnet/csv.hpp"

using namespace refnet;

namespace {

std::vector<std::vector<std::string>> cells(std::string_view text, Diagnostics* out = nullptr) {
  Diagnostics local;
  Diagnostics& d = out ? *out : local;
  d.set_source("<test>", text);
  std::vector<std::vector<std::string>> rows;
  for (const CsvRow& r : read_csv(text, d)) rows.push_back(r.cells);
  return rows;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("CSV: bare and quoted cells, doubled quotes, separators and line breaks inside quotes", "[csv]") {
  CHECK(cells("a,b,c\n1,2,3\n") == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
  CHECK(cells("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n") == Rows{{"a,b", "say \"hi\"", "two\nlines"}});
  CHECK(cells("a,,\"\"\n") == Rows{{"a", "", ""}});
  CHECK(cells("last line without end") == Rows{{"last line without end"}});
  CHECK(cells("") == Rows{});
}

TEST_CASE("CSV: BOM, CRLF and lone CR rows", "[csv]") {
  CHECK(cells("\xEF\xBB\xBF\"h1\",h2\r\nx,\"y\r\nz\"\r\n") == Rows{{"h1", "h2"}, {"x", "y\r\nz"}});
  CHECK(cells("a\rb\r") == Rows{{"a"}, {"b"}});
}

TEST_CASE("CSV: cell offsets point at each cell", "[csv]") {
  Diagnostics d;
  std::string text = "ab,\"cd\"\nef,g\n";
  d.set_source("<test>", text);
  auto rows = read_csv(text, d);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].offsets == std::vector<std::size_t>{0, 3});
  CHECK(rows[1].offset == 8);
  CHECK(rows[1].offsets == std::vector<std::size_t>{8, 11});
}

TEST_CASE("CSV: a quote never closed is an error and reading goes on at the next line", "[csv]") {
  Diagnostics d;
  auto rows = cells("a,b\n1,\"open\n2,3\n", &d);
  CHECK(d.errors() == 1);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].line == 2);
  CHECK(d.items()[0].column == 3);
  REQUIRE(rows.size() == 3);
  CHECK(rows[2] == std::vector<std::string>{"2", "3"});
}

TEST_CASE("CSV: text after a closing quote is kept, with a warning", "[csv]") {
  Diagnostics d;
  CHECK(cells("\"ab\"cd,e\n", &d) == Rows{{"abcd", "e"}});
  CHECK(d.warnings() == 1);
  CHECK(d.items()[0].column == 5);
}

TEST_CASE("CSV: R's write.table writes a quote inside a quoted cell as \\\"", "[csv]") {
  // qmethod = "escape", write.table's default (bibliometrix users' saved
  // data frames: fixtures/table/r_write_table_escaped_quotes.csv).
  Diagnostics d;
  CHECK(cells("\"a\",\"say \\\"hi\\\", ok\",\"\\\"q\\\"\"\n\"\",NA,\"x\"\n", &d) ==
        Rows{{"a", "say \"hi\", ok", "\"q\""}, {"", "NA", "x"}});
  CHECK(d.warnings() == 0);
  CHECK(backslash_escaped_quotes("\"a\",\"say \\\"hi\\\" there\"\n", ','));
  // RFC 4180 doubled quotes beside it: a backslash is a backslash.
  CHECK_FALSE(backslash_escaped_quotes("\"C:\\\",\"say \"\"hi\"\"\"\n", ','));
  // A backslash before a closing quote alone says nothing.
  CHECK_FALSE(backslash_escaped_quotes("\"C:\\\",b\n", ','));
}
