// CSV and TSV export: RFC 4180 tables read back by Python's csv module,
// the Scopus-compatible column set, and `refnet export` choosing the format
// from -o and refusing to empty a file with an empty selection.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

#include "export_support.hpp"
#include "refnet/exporter.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;
using json = nlohmann::json;

namespace {

std::string table(const std::vector<Record>& rs, const std::string& columns, bool tsv = false, bool bom = false) {
  ExportOptions opt;
  opt.columns = columns;
  opt.bom = bom;
  auto w = tsv ? tsv_writer(opt) : csv_writer(opt);
  return stream_one_at_a_time(*w, rs);
}

bool have_python() { return std::system("python3 -c 'import csv' >/dev/null 2>&1") == 0; }

// The rows of a file as Python's csv module reads it (excel or excel-tab
// dialect, BOM dropped by utf-8-sig).
json python_rows(const std::string& path, bool tsv) {
  std::string cmd = std::string("python3 -c \"import csv,json,sys; f=open(sys.argv[1], newline='', encoding='utf-8-sig'); "
                                "print(json.dumps(list(csv.reader(f, dialect='") +
                    (tsv ? "excel-tab" : "excel") + "'))))\" '" + path + "'";
  return json::parse(capture(cmd));
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

Record awkward() {
  Record r;
  r.citekey = "awkward";
  r.title = "Commas, \"quotes\"\tand\na line break";
  r.authors = {person("Müller", "Jürgen"), corporate("World Health Organization")};
  r.issued.year = 2020;
  r.container_title = "Ω journal; vol";
  r.keywords = {"a", "b, c"};
  r.abstract = "Line one\r\nline two";
  return r;
}

struct Lib {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return "--library '" + path + "'"; }
};

}  // namespace

TEST_CASE("CSV: a header, one row a work, RFC 4180 quoting, read back by Python's csv", "[csv]") {
  REQUIRE(have_python());
  std::vector<Record> rs = {kassen2018(), awkward()};
  std::string cols = "key,authors,year,title,container,keywords,abstract";
  for (bool tsv : {false, true}) {
    INFO((tsv ? "tsv" : "csv"));
    TempDir tmp;
    std::string path = tmp / "out.csv";
    std::string text = table(rs, cols, tsv);
    CHECK(text.find("\r\n") != std::string::npos);
    { std::ofstream(path, std::ios::binary) << text; }
    json rows = python_rows(path, tsv);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == json::parse(R"(["key","authors","year","title","container","keywords","abstract"])"));
    CHECK(rows[1][0] == "kassen2018promoting");
    CHECK(rows[1][1] == "Kassen, Maxat");
    CHECK(rows[1][2] == "2018");
    CHECK(rows[1][3] == kassen2018().title);
    CHECK(rows[1][5] == joined(kassen2018().keywords));
    const Record a = awkward();
    CHECK(rows[2][1] == "Müller, Jürgen; World Health Organization");
    CHECK(rows[2][3] == a.title);  // separators, quotes, tab and line break survive
    CHECK(rows[2][4] == a.container_title);
    CHECK(rows[2][5] == "a; b, c");
    CHECK(rows[2][6] == a.abstract);
  }
}

TEST_CASE("CSV: default columns, BOM on request, unknown columns refused, only the parts needed", "[csv]") {
  std::string text = table({kassen2018()}, "");
  CHECK(text.rfind("key,authors,year,title,container,volume,issue,pages,doi,url\r\n", 0) == 0);
  CHECK(table({kassen2018()}, "", false, true).rfind("\xEF\xBB\xBFkey,", 0) == 0);
  ExportOptions opt;
  opt.columns = "key,colour";
  CHECK_THROWS_AS(csv_writer(opt), std::invalid_argument);
  opt.columns = "key,title";
  RecordParts p = csv_writer(opt)->parts();
  CHECK_FALSE(p.abstract);
  CHECK_FALSE(p.references);
  CHECK_FALSE(p.creators);
  opt.columns = "authors,references";
  p = csv_writer(opt)->parts();
  CHECK(p.creators);
  CHECK(p.references);
  for (const char* c : {"key", "authors", "year", "title", "container", "volume", "issue", "pages", "doi", "pmid",
                        "url", "abstract", "keywords", "type", "publisher", "issn", "isbn", "sources"})
    CHECK(csv_column_list().find(c) != std::string::npos);
}

TEST_CASE("CSV --columns scopus: Scopus's column names and cell formats", "[csv][scopus]") {
  REQUIRE(have_python());
  Record r = kassen2018();
  r.pages = "235-256";
  r.pmid = "29123456";
  r.scopus_eid = "2-s2.0-85041599919";
  Record b = tricky();
  Reference ref;
  ref.author = "Smith J.";
  ref.title = "A cited work";
  ref.year = "1999";
  ref.container = "Nature";
  ref.volume = "400";
  ref.first_page = "12";
  b.references = {ref};
  TempDir tmp;
  std::string path = tmp / "scopus.csv";
  { std::ofstream(path, std::ios::binary) << table({r, b}, "scopus"); }
  json rows = python_rows(path, false);
  REQUIRE(rows.size() == 3);
  const json& h = rows[0];
  // What bibliometrix's csvScopus2df relabels: Authors -> AU, Title -> TI, ...
  for (const char* col : {"Authors", "Author full names", "Title", "Year", "Source title", "Volume", "Issue",
                          "Page start", "Page end", "DOI", "Link", "Abstract", "Author Keywords", "Index Keywords",
                          "References", "Document Type", "EID", "Source", "Abbreviated Source Title", "ISSN",
                          "PubMed ID", "Language of Original Document"})
    CHECK(std::find(h.begin(), h.end(), col) != h.end());
  auto cell = [&](std::size_t row, const std::string& col) {
    for (std::size_t i = 0; i < h.size(); ++i)
      if (h[i] == col) return rows[row][i].get<std::string>();
    return std::string("<no column>");
  };
  CHECK(cell(1, "Authors") == "Kassen M.");
  CHECK(cell(1, "Author full names") == "Kassen, Maxat");
  CHECK(cell(1, "Year") == "2018");
  CHECK(cell(1, "Page start") == "235");
  CHECK(cell(1, "Page end") == "256");
  CHECK(cell(1, "ISSN") == "00208523");
  CHECK(cell(1, "Document Type") == "Article");
  CHECK(cell(1, "PubMed ID") == "29123456");
  CHECK(cell(1, "EID") == "2-s2.0-85041599919");
  CHECK(cell(1, "Source") == "Scopus");
  CHECK(cell(2, "Authors") == "van der Berg J.; Müller J.; World Health Organization");
  CHECK(cell(2, "Document Type") == "Book chapter");
  CHECK(cell(2, "References") == "Smith J., A cited work, (1999) Nature, 400, p. 12");
  CHECK(cell(2, "Source") == "refnet");
}

TEST_CASE("export -o infers csv/tsv, refuses an unknown extension, never empties a file by accident", "[csv][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + fixture("corpora/synthesisr__Scopus_bib_example.bib") + "'").status == 0);
  std::string csv = lib.dir / "included.csv", tsv = lib.dir / "included.tsv";
  REQUIRE(run_refnet("export " + lib.opt() + " --columns key,title,doi -o '" + csv + "'").status == 0);
  std::string text = slurp(csv);
  CHECK(text.rfind("key,title,doi\r\n", 0) == 0);
  CHECK(text.find("@article") == std::string::npos);
  REQUIRE(run_refnet("export " + lib.opt() + " -o '" + tsv + "'").status == 0);
  CHECK(slurp(tsv).rfind("key\tauthors\tyear\t", 0) == 0);

  std::string docx = lib.dir / "included.docx";
  CommandResult bad = run_refnet("export " + lib.opt() + " -o '" + docx + "'");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("give --format") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(docx));
  CHECK(run_refnet("export --format csv " + lib.opt() + " -o '" + docx + "'").status == 0);
  CHECK(slurp(docx).rfind("key,authors,", 0) == 0);
  CHECK(run_refnet("export --format bibtex --columns key " + lib.opt()).status == 2);
  CHECK(run_refnet("export --columns key,colour " + lib.opt() + " -o '" + csv + "'").status == 2);

  // An empty selection leaves a non-empty file as it was ...
  std::string before = slurp(csv);
  CommandResult empty = run_refnet("export --year 1900 " + lib.opt() + " -o '" + csv + "'");
  CHECK(empty.status == 1);
  CHECK(empty.err.find("selection is empty") != std::string::npos);
  CHECK(slurp(csv) == before);
  for (const auto& e : std::filesystem::directory_iterator(lib.dir.path))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
  // ... unless --force; a new file may be written empty (a header only).
  CHECK(run_refnet("export --year 1900 --force " + lib.opt() + " -o '" + csv + "'").status == 0);
  CHECK(slurp(csv) == "key,authors,year,title,container,volume,issue,pages,doi,url\r\n");
  std::string fresh = lib.dir / "fresh.csv";
  CHECK(run_refnet("export --year 1900 " + lib.opt() + " -o '" + fresh + "'").status == 0);
  CHECK(run_refnet("export --help").out.find("scopus") != std::string::npos);
}

// The last new user's trial (note-s31, "One reference list per work"): `export
// --columns scopus` wrote a work's references as Web of Science wrote them
// ("Bernasconi G, 1996, P ROY SOC B-BIOL SCI, V263, P509, DOI ...") when the
// view's list was WoS's, in a table that says it is Scopus's.  Cahan 2001 as
// WoS gives it (fixtures/network/one_list): each reference in Scopus's form.
TEST_CASE("CSV --columns scopus: references in Scopus's form, also those Web of Science wrote", "[csv]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library '" + lib + "' '" + fixture("network/one_list/cahan2001__wos.txt") + "'")
              .status == 0);
  auto r = run_refnet("export --format csv --columns scopus --library '" + lib + "'");
  REQUIRE(r.status == 0);
  std::string cell = r.out;
  CHECK(cell.find("V263") == std::string::npos);
  CHECK(cell.find("P ROY SOC B-BIOL SCI, V263") == std::string::npos);
  CHECK(cell.find("Bernasconi, G., (1996) P ROY SOC B-BIOL SCI, 263, p. 509; ") != std::string::npos);
  CHECK(cell.find("MARKIN, G.P., (1973) ANN ENTOMOL SOC AM, 66, p. 803; ") != std::string::npos);
  // refnet's own `references` column keeps each as its source wrote it.
  auto own = run_refnet("export --format csv --columns key,references --library '" + lib + "'");
  REQUIRE(own.status == 0);
  CHECK(own.out.find("Bernasconi G, 1996, P ROY SOC B-BIOL SCI, V263, P509") != std::string::npos);
}
