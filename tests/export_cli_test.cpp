// `refnet export` and `refnet rekey` end to end, through the binary.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

struct Lib {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return "--library '" + path + "'"; }
  CommandResult run(const std::string& args) const { return run_refnet(args); }
};

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

// The citation keys of the entries, in output order.
std::vector<std::string> keys_of(const std::string& bib) {
  std::vector<std::string> keys;
  for (std::size_t p = bib.find('@'); p != std::string::npos; p = bib.find("\n@", p + 1)) {
    std::size_t open = bib.find('{', p), comma = bib.find(',', open);
    keys.push_back(bib.substr(open + 1, comma - open - 1));
  }
  return keys;
}

const std::string kScopus = fixture("corpora/synthesisr__Scopus_bib_example.bib");
const std::string kZotero = fixture("corpora/asysd__zotero_export.bib");

}  // namespace

TEST_CASE("export writes every selected work to stdout, sorted by key", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  CommandResult r = run_refnet("export " + lib.opt());
  REQUIRE(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"Cao2020", "Li2020", "Tang2020"});
  CHECK(r.err.find("exported 3 works") != std::string::npos);
  // The same library gives the same bytes.
  CHECK(run_refnet("export " + lib.opt()).out == r.out);
}

TEST_CASE("export --sort orders by year, author, title or id", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kZotero + "'").status == 0);
  CommandResult by_year = run_refnet("export --format csljson --sort year " + lib.opt());
  REQUIRE(by_year.status == 0);
  auto items = nlohmann::json::parse(by_year.out);
  REQUIRE(items.size() > 100);
  int last = 0;
  for (const auto& it : items) {
    int y = it.contains("issued") && it["issued"].contains("date-parts") ? it["issued"]["date-parts"][0][0].get<int>() : 0;
    CHECK(y >= last);
    last = y;
  }
  CHECK(run_refnet("export --sort bogus " + lib.opt()).status == 2);
}

TEST_CASE("export selects with the list filters and explicit keys", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  CommandResult one = run_refnet("export " + lib.opt() + " Li2020");
  REQUIRE(one.status == 0);
  CHECK(keys_of(one.out) == std::vector<std::string>{"Li2020"});
  CHECK(run_refnet("export " + lib.opt() + " NoSuchKey").status == 2);
  CommandResult none = run_refnet("export --year 1900 " + lib.opt());
  CHECK(none.status == 0);
  CHECK(none.out.empty());
}

TEST_CASE("export -o writes the file atomically and infers the format", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  std::string ris = lib.dir / "out.ris";
  CommandResult r = run_refnet("export " + lib.opt() + " -o '" + ris + "'");
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  std::string text = slurp(ris);
  CHECK(count(text, "TY  - JOUR\r\n") == 3);
  CHECK(count(text, "ER  - \r\n") == 3);
  std::string json = lib.dir / "out.json";
  REQUIRE(run_refnet("export " + lib.opt() + " -o '" + json + "'").status == 0);
  CHECK(nlohmann::json::parse(slurp(json)).size() == 3);
  std::string bib = lib.dir / "out.bib";
  REQUIRE(run_refnet("export --format biblatex --ascii " + lib.opt() + " -o '" + bib + "'").status == 0);
  std::string b = slurp(bib);
  CHECK(count(b, "journaltitle = ") == 3);
  for (char c : b) CHECK(static_cast<unsigned char>(c) < 0x80);
  // Only the output files are in the directory: no temporary left behind.
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(lib.dir.path))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) ++files;
  CHECK(files == 0);
}

TEST_CASE("a failed export leaves no partial file and the old file untouched", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  // The target is a directory: the rename fails after the temporary file was written.
  std::string dir = lib.dir / "taken";
  std::filesystem::create_directory(dir);
  CommandResult r = run_refnet("export " + lib.opt() + " -o '" + dir + "'");
  CHECK(r.status == 1);
  CHECK(r.err.find("error") != std::string::npos);
  CHECK(std::filesystem::is_directory(dir));
  for (const auto& e : std::filesystem::directory_iterator(lib.dir.path))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
  // A directory that does not exist: nothing is created.
  CHECK(run_refnet("export " + lib.opt() + " -o '" + (lib.dir / "no/such/dir/out.bib") + "'").status == 1);
  CHECK_FALSE(std::filesystem::exists(lib.dir / "no"));
  // A bad format is refused before anything is written: the old file stays.
  std::string old = lib.dir / "old.bib";
  { std::ofstream(old) << "% mine\n"; }
  CHECK(run_refnet("export --format docx " + lib.opt() + " -o '" + old + "'").status == 2);
  CHECK(slurp(old) == "% mine\n");
}

TEST_CASE("rekey regenerates keys from a pattern, unique, in one go", "[export][cli][citekey]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  CommandResult r = run_refnet("rekey " + lib.opt());
  REQUIRE(r.status == 0);
  // In work id order: the order of the file.
  CHECK(r.out ==
        "Li2020\tli2020soil\n"
        "Cao2020\tcao2020impacts\n"
        "Tang2020\ttang2020application\n");
  CHECK(keys_of(run_refnet("export " + lib.opt()).out) ==
        std::vector<std::string>{"cao2020impacts", "li2020soil", "tang2020application"});
  // All three are from 2020: a year-only pattern needs suffixes.
  r = run_refnet("rekey --pattern '[year]' " + lib.opt());
  REQUIRE(r.status == 0);
  CHECK(keys_of(run_refnet("export --sort id " + lib.opt()).out) ==
        std::vector<std::string>{"2020", "2020a", "2020b"});
  // Rekeying again with the same pattern changes nothing (keys trade places safely).
  r = run_refnet("rekey --pattern '[year]' " + lib.opt());
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  // --dry-run stores nothing; a bad pattern is a usage error.
  r = run_refnet("rekey --dry-run " + lib.opt());
  CHECK(r.out.find("2020\tli2020soil\n") != std::string::npos);
  CHECK(keys_of(run_refnet("export --sort id " + lib.opt()).out)[0] == "2020");
  r = run_refnet("rekey --pattern '[nope]' " + lib.opt());
  CHECK(r.status == 2);
  CHECK(r.err.find("[nope]") != std::string::npos);
}
