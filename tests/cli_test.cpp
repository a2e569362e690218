// The refnet binary, run as a user runs it: exit statuses, messages, and a
// library that stays whole whatever happens to the process.
#include <catch2/catch.hpp>

#include <set>

#include <nlohmann/json.hpp>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <sstream>
#include <thread>

#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::EnvVar;
using refnet::test::CommandResult;
using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::TempDir;
using Catch::Contains;

namespace {

const std::string kSeed000 = fixture("seeds/000_df640892cd32ce65.txt");
const std::string kSeed004 = fixture("seeds/004_6ea74159478d7555.txt");
const std::string kBroken = fixture("core/one-broken-between-two.bib");
const std::string kKassenDoi = "10.1177/0020852317735595";

std::string q(const std::string& s) { return "'" + s + "'"; }

// A library in a fresh directory, and the --library option naming it.
struct Lib {
  TempDir dir;
  std::string path = dir / "library.sqlite";
  std::string opt() const { return "--library " + q(path); }
  CommandResult run(const std::string& command, const std::string& rest = {}, const std::string& input = {}) const {
    return run_refnet(command + " " + opt() + " " + rest, input);
  }
  std::string stats_json() const {
    CommandResult r = run("stats", "--json");
    REQUIRE(r.status == 0);
    return r.out;
  }
};

// The command names `refnet --help` lists.
std::vector<std::string> command_names() {
  CommandResult r = run_refnet("--help");
  std::vector<std::string> names;
  std::istringstream in(r.out);
  std::string line;
  bool in_list = false;
  while (std::getline(in, line)) {
    if (line == "commands:") {
      in_list = true;
      continue;
    }
    if (in_list && line.size() > 2 && line[0] == ' ' && line[1] == ' ' && line[2] != ' ')
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    else if (in_list && line.empty())
      break;
  }
  return names;
}


}  // namespace

// ---------------------------------------------------------------------------
// Command line

TEST_CASE("refnet --help lists the commands and exits 0; no command exits 2", "[core][cli]") {
  CommandResult r = run_refnet("--help");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Contains("usage: refnet COMMAND"));
  auto names = command_names();
  for (const char* c : {"import", "list", "show", "stats"}) CHECK(std::find(names.begin(), names.end(), c) != names.end());
  CHECK(run_refnet("-h").status == 0);
  CommandResult none = run_refnet("");
  CHECK(none.status == 2);
  CHECK_THAT(none.err, Contains("usage: refnet COMMAND"));
  CommandResult v = run_refnet("--version");
  CHECK(v.status == 0);
  CHECK_THAT(v.out, Contains("refnet "));
}

TEST_CASE("every command has --help, exits 0 and names --library and --json", "[core][cli]") {
  auto names = command_names();
  REQUIRE(names.size() >= 4);
  for (const auto& name : names) {
    INFO(name);
    CommandResult r = run_refnet(name + " --help");
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Contains("usage: refnet " + name));
    CHECK_THAT(r.out, Contains("--library PATH"));
    CHECK_THAT(r.out, Contains("--json"));
    CHECK(r.err.empty());
  }
}

TEST_CASE("no command's --help says the same sentence twice", "[core][cli]") {
  // 'refnet export --help' said "Without -o the output goes to stdout." twice.
  for (const auto& name : command_names()) {
    std::string text = run_refnet(name + " --help").out;
    for (std::size_t p = text.find("\n\n"); p != std::string::npos; p = text.find("\n\n", p + 2)) text[p] = '.';
    for (char& c : text)
      if (c == '\n') c = ' ';
    std::set<std::string> seen;
    for (std::size_t b = 0, e; b < text.size(); b = e + 1) {
      e = text.find(". ", b);
      if (e == std::string::npos) e = text.size();
      std::string sentence(refnet::trim(std::string_view(text).substr(b, e - b)));
      if (sentence.size() < 25) continue;
      INFO(name << ": " << sentence);
      CHECK(seen.insert(sentence).second);
    }
  }
}

TEST_CASE("the README's demo (.ci/demo) runs and says what its imports did", "[core][cli]") {
  // It said "seeds 001-004 hold no records, as the warnings say" after an
  // import that read 6, 1 and 1 records from seeds 001-003.
  TempDir tmp;
  std::string bin = std::filesystem::path(REFNET_BINARY).parent_path().string();
  std::string cmd = std::string("bash '") + REFNET_SOURCE_DIR + "/.ci/demo' '" + bin + "' '" + (tmp / "out") + "' >'" +
                    (tmp / "log") + "' 2>&1";
  int rc = std::system(cmd.c_str());
  std::string log = refnet::test::slurp(tmp / "log");
  INFO(log.substr(0, 3000));
  CHECK(WIFEXITED(rc));
  CHECK(WEXITSTATUS(rc) == 0);
  CHECK(log.find("fixtures/seeds/001_32e6ab7cb331fef7.txt: 6 read, 6 new") != std::string::npos);
  CHECK(log.find("fixtures/seeds/004_6ea74159478d7555.txt: 0 read") != std::string::npos);
  CHECK(log.find("hold no records") == std::string::npos);
  CHECK(log.find("seed 004 holds none") != std::string::npos);
}

TEST_CASE("stats counts imported source records apart from your corrections", "[core][cli]") {
  // After one 'set' it said "2 source records from 1 imports": the
  // correction is no imported record, and "1 imports".
  Lib lib;
  REQUIRE(lib.run("import", q(fixture("seeds/000_df640892cd32ce65.txt"))).status == 0);
  REQUIRE(lib.run("set", "kassen2018promoting year=2018").status == 0);
  CommandResult r = lib.run("stats");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Contains("works:       1 (2 source records from 1 import, 1 correction of yours; 1 merged into others)\n"));
}

TEST_CASE("bad command lines exit 2 and say what is wrong", "[core][cli]") {
  Lib lib;
  CommandResult unknown = run_refnet("frobnicate");
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Contains("unknown command 'frobnicate'"));

  CommandResult opt = lib.run("list", "--frobnicate");
  CHECK(opt.status == 2);
  CHECK_THAT(opt.err, Contains("unknown option '--frobnicate'"));
  CHECK_THAT(opt.err, Contains("refnet list --help"));

  CHECK(lib.run("list", "-x").status == 2);
  CHECK(lib.run("list", "--year").status == 2);                 // a value is missing
  CHECK(lib.run("import", "--strict=yes " + q(kSeed000)).status == 2);  // a flag takes no value
  CHECK(lib.run("import").status == 2);                          // no files
  CommandResult fmt = lib.run("import", "--format docx " + q(kSeed000));
  CHECK(fmt.status == 2);
  CHECK_THAT(fmt.err, Contains("unknown format 'docx'"));
  CHECK(lib.run("show").status == 2);  // nothing named
  // An option before the command that no command knows: said as an option,
  // its value not taken for the command (it was: "unknown command 'lib.sqlite'").
  for (const char* line : {"-l lib.sqlite list", "--libary lib.sqlite list", "--libary=lib.sqlite list"}) {
    INFO(line);
    CommandResult r = run_refnet(line);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("unknown option '" + std::string(line).substr(0, std::string(line).find_first_of(" =")) + "'"));
    CHECK_THAT(r.err, !Contains("unknown command"));
  }
  CHECK_THAT(run_refnet("--libary x list").err, Contains("did you mean '--library'?"));
  CHECK_THAT(run_refnet("--json -l x list").err, Contains("{\"error\":\"unknown option '-l'\""));
  // None of this created a library.
  CHECK_FALSE(std::filesystem::exists(lib.path));
}

TEST_CASE("list, show and stats on a missing library fail clearly and create nothing", "[core][cli]") {
  Lib lib;
  for (const char* c : {"list", "stats"}) {
    INFO(c);
    CommandResult r = lib.run(c);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Contains("no library here"));
  }
  CHECK(lib.run("show", "1").status == 1);
  CHECK_FALSE(std::filesystem::exists(lib.path));
}

// ---------------------------------------------------------------------------
// import

TEST_CASE("importing seed 000 reads its BibTeX entry and its RIS record, one work by DOI; again adds nothing",
          "[core][cli][needs-parsers]") {
  Lib lib;
  CommandResult first = lib.run("import", q(kSeed000));
  CHECK(first.status == 0);
  // The RIS record has the BibTeX entry's DOI: it joins that work.
  CHECK_THAT(first.out, Contains("2 read, 1 new, 1 merged by identifier, 0 updated, 0 already present, 0 rejected"));
  // Only the note that the RIS record's T2 was read as the subtitle, and
  // the warning, for each record, that Pure's "Jan 1 2018" is read as the
  // year alone (user68).
  CHECK_THAT(first.err, Contains("note: T2 follows the title"));
  CHECK_THAT(first.err, !Contains("error"));
  std::size_t warnings = 0;
  for (std::size_t at = first.err.find("warning"); at != std::string::npos; at = first.err.find("warning", at + 1))
    ++warnings;
  CHECK(warnings == 2);
  CHECK_THAT(first.err, Contains("'Jan 1 2018'"));

  CommandResult again = lib.run("import", q(kSeed000));
  CHECK(again.status == 0);
  CHECK_THAT(again.out, Contains("2 read, 0 new, 0 merged by identifier, 0 updated, 2 already present, 0 rejected"));
  CHECK_THAT(again.out, Contains("nothing new"));

  auto stats = nlohmann::json::parse(lib.stats_json());
  CHECK(stats.at("works") == 1);
  CHECK(stats.at("merged") == 1);
  CHECK(stats.at("sources") == 2);
  CHECK(stats.at("imports") == 1);  // the import that changed nothing is not logged (nor journaled)
  CHECK(stats.at("schema_version") == refnet::Library::kSchemaVersion);
  CHECK(stats.at("year_min") == 2018);
  CHECK(stats.at("formats") == nlohmann::json::parse(R"([["bibtex",1],["ris",1]])"));
  CHECK(stats.at("top_containers").at(0).at(0) == "International Review of Administrative Sciences");
}

TEST_CASE("import --json reports per file and in total", "[core][cli][needs-parsers]") {
  Lib lib;
  CommandResult r = lib.run("import", "--json " + q(kSeed000) + " " + q(kSeed004));
  CHECK(r.status == 4);  // one file held nothing
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.at("files").size() == 2);
  CHECK(j.at("files").at(0).at("read") == 2);
  CHECK(j.at("files").at(0).at("new") == 1);
  CHECK(j.at("files").at(0).at("merged") == 1);
  CHECK(j.at("files").at(0).at("encoding") == "UTF-8");
  CHECK(j.at("files").at(1).at("no_records") == true);
  CHECK(j.at("new") == 1);
  CHECK(j.at("merged") == 1);
  CHECK(j.at("present") == 0);
  CHECK(j.at("rejected") == 0);
  CHECK(j.at("library") == lib.path);
}

TEST_CASE("per-file counts stay right when records cross files in batches (import parses and stores in parallel)",
          "[core][cli][needs-parsers]") {
  // 1,000 records a file, several batches each: the second file's records
  // merge by DOI into the first's, the third file is missing, the fourth is
  // the first again (all present), the fifth holds nothing.
  Lib lib;
  auto entries = [](int from, int n, const std::string& title) {
    std::string out;
    for (int i = from; i < from + n; ++i)
      // The same title under one DOI: a shared DOI is trusted when the titles agree.
      out += "@article{k" + std::to_string(i) + ",\n  title = {" + title + " " + std::to_string(i % 1000) +
             "},\n  author = {Author, A.},\n  year = {2020},\n  doi = {10.5555/batch." + std::to_string(i % 1000) +
             "}\n}\n";
    return out;
  };
  const std::string a = lib.dir / "a.bib", b = lib.dir / "b.bib", missing = lib.dir / "missing.bib";
  { std::ofstream(a) << entries(0, 1000, "First"); }
  { std::ofstream(b) << entries(1000, 1000, "First"); }
  CommandResult r = lib.run("import", "--json " + q(a) + " " + q(b) + " " + q(missing) + " " + q(a) + " " + q(kSeed004));
  CHECK(r.status == 1);  // a file could not be read
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j.at("files").size() == 5);
  const auto& f = j.at("files");
  CHECK(f[0].at("new") == 1000);
  CHECK(f[0].at("merged") == 0);
  CHECK(f[1].at("read") == 1000);
  CHECK(f[1].at("new") == 0);
  CHECK(f[1].at("merged") == 1000);
  CHECK(f[2].at("failed") == true);
  CHECK(f[2].at("read") == 0);
  CHECK(f[3].at("present") == 1000);
  CHECK(f[3].at("new") == 0);
  CHECK(f[4].at("no_records") == true);
  CHECK(j.at("new") == 1000);
  CHECK(j.at("merged") == 1000);
  CHECK(j.at("present") == 1000);
  auto stats = nlohmann::json::parse(lib.stats_json());
  CHECK(stats.at("works") == 1000);
  CHECK(stats.at("sources") == 2000);
}

TEST_CASE("--strict after a big file: nothing of the earlier files stays", "[core][cli][needs-parsers]") {
  Lib lib;
  const std::string before = lib.run("import", q(kSeed000)).status == 0 ? lib.stats_json() : "";
  const std::string big = lib.dir / "big.bib";
  {
    std::ofstream out(big);
    for (int i = 0; i < 3000; ++i)
      out << "@article{s" << i << ", title = {Strict " << i << "}, author = {Author, A.}, year = {2001}}\n";
  }
  CommandResult r = lib.run("import", "--strict " + q(big) + " " + q(kBroken) + " " + q(big));
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Contains("nothing was imported"));
  CHECK(lib.stats_json() == before);
}

TEST_CASE("a page with no records: exit 4 and a message on stderr", "[core][cli]") {
  Lib lib;
  CommandResult r = lib.run("import", q(kSeed004));
  CHECK(r.status == 4);
  CHECK_THAT(r.err, Contains(kSeed004 + ": error: no bibliographic records found"));
  CHECK_THAT(r.out, Contains("0 read, 0 new"));
  CHECK(!std::filesystem::exists(lib.path));  // the library it would have created is not left behind
}

TEST_CASE("a broken entry between two good ones: the good ones import, the error is located, exit 3",
          "[core][cli][needs-parsers]") {
  Lib lib;
  CommandResult r = lib.run("import", q(kBroken));
  CHECK(r.status == 3);
  CHECK_THAT(r.out, Contains("3 read, 2 new, 0 merged by identifier, 0 updated, 0 already present, 1 rejected"));
  // The broken entry opens on line 8; its bad value is on line 9.
  CHECK_THAT(r.err, Contains(kBroken + ":9:"));
  CHECK_THAT(r.err, Contains(": error: "));
  CHECK_THAT(r.err, Contains("  title = {The e-government paradox} junk here,\n"));  // the offending line
  CHECK_THAT(r.err, Contains("^\n"));

  CommandResult list = lib.run("list", "--json");
  REQUIRE(list.status == 0);
  auto works = nlohmann::json::parse(list.out);
  REQUIRE(works.size() == 2);
  CHECK(works[0].at("title") == "Promoting public cooperation in government");
  CHECK(works[0].at("citekey") == "good1");
  CHECK(works[1].at("title") == "Logik und Grundlagen");
  CHECK(works[1].at("authors").at(0).at("family") == "Łukasiewicz");
  CHECK(list.out.find("paradox") == std::string::npos);  // nothing half-parsed
}

TEST_CASE("--strict: the first error rejects the whole import and the library is unchanged",
          "[core][cli][needs-parsers]") {
  Lib lib;
  REQUIRE(lib.run("import", q(kSeed000)).status == 0);
  const std::string before = lib.stats_json();
  // seed 000 again (all present), then the broken file: its error stops everything.
  CommandResult r = lib.run("import", "--strict " + q(kSeed000) + " " + q(kBroken));
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Contains(kBroken + ":9:"));
  CHECK_THAT(r.err, Contains("nothing was imported"));
  CHECK(lib.stats_json() == before);
  // Without --strict the same files do import.
  CHECK(lib.run("import", q(kBroken)).status == 3);
  CHECK(lib.stats_json() != before);
}

TEST_CASE("a file that cannot be read: a clear error naming it, exit 1", "[core][cli]") {
  Lib lib;
  const std::string missing = lib.dir / "no-such-file.bib";
  CommandResult r = lib.run("import", q(missing));
  CHECK(r.status == 1);
  CHECK_THAT(r.err, Contains(missing));
  CHECK_THAT(r.err, Contains("No such file or directory"));
  // With --strict, a missing file among good ones imports nothing.
  REQUIRE(lib.run("import", q(kBroken)).status == 3);
  const std::string before = lib.stats_json();
  CHECK(lib.run("import", "--strict " + q(kSeed000) + " " + q(missing)).status == 1);
  CHECK(lib.stats_json() == before);
}

TEST_CASE("'-' imports standard input", "[core][cli][needs-parsers]") {
  Lib lib;
  const std::string ris = test::slurp(fixture("core/old-scopus-no-ty.ris"));
  CommandResult r = lib.run("import", "-", ris);
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Contains("<stdin>: 2 read, 2 new"));
  auto works = nlohmann::json::parse(lib.run("list", "--json").out);
  REQUIRE(works.size() == 2);
  CHECK(works[0].at("doi") == kKassenDoi);
  CHECK(works[1].at("authors").size() == 2);
  CHECK(works[1].at("provenance").at("format") == "ris");
}

TEST_CASE("--format forces one parser on the whole text", "[core][cli][needs-parsers]") {
  Lib lib;
  CommandResult r = lib.run("import", "--format ris " + q(fixture("core/old-scopus-no-ty.ris")));
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Contains("2 read, 2 new"));
}

TEST_CASE("--encoding decodes the files as told", "[core][cli][needs-parsers]") {
  Lib lib;
  const std::string f = fixture("corpora/python-bibtexparser__gbk_test.bib");
  CommandResult r = lib.run("import", "--encoding GB18030 " + q(f));
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Contains("(GB18030)"));
  auto works = nlohmann::json::parse(lib.run("list", "--json").out);
  REQUIRE(works.size() == 1);
  CHECK(works[0].at("container_title") == "测试期刊");
  CHECK(lib.run("import", "--encoding no-such-charset " + q(kSeed000)).status == 1);
}

// ---------------------------------------------------------------------------
// list, show, stats

TEST_CASE("list --json is valid JSON and the filters select", "[core][cli][needs-parsers]") {
  Lib lib;
  // --no-merge: the seed's two records of one article stay two works here.
  REQUIRE(lib.run("import", "--no-merge " + q(kSeed000)).status == 0);
  REQUIRE(lib.run("import", "--no-merge " + q(kBroken)).status == 3);
  auto all = nlohmann::json::parse(lib.run("list", "--json").out);
  REQUIRE(all.is_array());
  REQUIRE(all.size() == 4);
  for (const auto& w : all) {
    CHECK(w.at("id").is_number_integer());
    CHECK(w.at("title").is_string());
    // Each work names its source, as `show --json` does.
    REQUIRE(w.at("sources").size() == 1);
    CHECK(w.at("sources").at(0).at("line").get<int>() > 0);
  }
  CHECK(all[0].at("sources").at(0).at("format") == "bibtex");
  CHECK(all[1].at("sources").at(0).at("format") == "ris");
  CHECK(all[1].at("sources").at(0).at("file") == kSeed000);
  auto titles = [&](const std::string& filters) {
    CommandResult r = lib.run("list", "--json " + filters);
    REQUIRE(r.status == 0);
    std::vector<std::string> out;
    for (const auto& w : nlohmann::json::parse(r.out)) out.push_back(w.at("title"));
    return out;
  };
  CHECK(titles("--author lukasiewicz") == std::vector<std::string>{"Logik und Grundlagen"});
  CHECK(titles("--year 1900-1950") == std::vector<std::string>{"Logik und Grundlagen"});
  CHECK(titles("--year 2018").size() == 3);
  CHECK(titles("--keyword kazakhstan").size() == 2);
  CHECK(titles("--type book") == std::vector<std::string>{"Logik und Grundlagen"});
  CHECK(titles("--text grundlagen --limit 5") == std::vector<std::string>{"Logik und Grundlagen"});
  CHECK(titles("--limit 1").size() == 1);
  CHECK(titles("good2") == std::vector<std::string>{"Logik und Grundlagen"});  // by key
  CHECK(titles("--author nobody").empty());
  CHECK(lib.run("list", "--year 20x8").status == 2);
  CHECK(lib.run("list", "--limit many").status == 2);
  // Plain list: one line per work, the count on stderr.
  CommandResult plain = lib.run("list", "--type book");
  CHECK_THAT(plain.out, Contains("1930  Łukasiewicz  Logik und Grundlagen"));
  CHECK_THAT(plain.err, Contains("1 work"));
}

TEST_CASE("show finds works by a DOI in another spelling, by key, by id", "[core][cli][needs-parsers]") {
  Lib lib;
  REQUIRE(lib.run("import", q(kSeed000)).status == 0);
  for (const char* spelling : {"https://doi.org/10.1177/0020852317735595", "DOI:10.1177/0020852317735595",
                               "http://dx.doi.org/10.1177%2F0020852317735595"}) {
    INFO(spelling);
    CommandResult r = lib.run("show", q(spelling));
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Contains("doi             10.1177/0020852317735595"));
    CHECK_THAT(r.out, Contains("Kassen"));
    CHECK_THAT(r.out, Contains(kSeed000 + ":58"));  // the BibTeX source and its line
  }
  CommandResult j = lib.run("show", "--json 1");
  REQUIRE(j.status == 0);
  auto works = nlohmann::json::parse(j.out);
  REQUIRE(works.size() == 1);
  CHECK(works[0].at("doi") == kKassenDoi);
  CHECK(works[0].at("issued").at("year") == 2018);
  CHECK(works[0].at("keywords").size() == 7);
  CHECK(works[0].at("sources").at(0).at("line") == 58);
  CommandResult none = lib.run("show", "10.1000/nothing-here");
  CHECK(none.status == 2);
  CHECK_THAT(none.err, Contains("no work in the library is named '10.1000/nothing-here'"));
}

TEST_CASE("stats --json is valid JSON; plain stats is readable", "[core][cli]") {
  Lib lib;
  { refnet::Library created(lib.path); }  // an empty library
  auto s = nlohmann::json::parse(lib.stats_json());
  CHECK(s.at("library") == lib.path);
  CHECK(s.at("schema_version") == refnet::Library::kSchemaVersion);
  CHECK(s.at("works") == 0);
  CHECK(s.at("types").empty());
  CommandResult plain = lib.run("stats");
  CHECK(plain.status == 0);
  CHECK_THAT(plain.out, Contains("(schema " + std::to_string(refnet::Library::kSchemaVersion) + ")"));
  CHECK_THAT(plain.out, Contains("works:       0"));
}

// ---------------------------------------------------------------------------
// Where the library is

TEST_CASE("the library comes from REFNET_LIBRARY, else XDG_DATA_HOME", "[core][cli]") {
  TempDir dir;
  EnvVar lib_env("REFNET_LIBRARY", nullptr);
  {
    EnvVar xdg("XDG_DATA_HOME", (dir / "xdg").c_str());
    CHECK(run_refnet("import " + q(kSeed004)).status == 4);  // no records: no library left behind
    CHECK(!std::filesystem::exists(dir / "xdg/refnet/library.sqlite"));
    CHECK(run_refnet("import " + q(kSeed000)).status == 0);
    CHECK(std::filesystem::exists(dir / "xdg/refnet/library.sqlite"));
    auto s = nlohmann::json::parse(run_refnet("stats --json").out);
    CHECK(s.at("library") == dir / "xdg/refnet/library.sqlite");
    {
      EnvVar env("REFNET_LIBRARY", (dir / "env.sqlite").c_str());
      CHECK(run_refnet("import " + q(kSeed000)).status == 0);
      CHECK(std::filesystem::exists(dir / "env.sqlite"));
      CHECK(nlohmann::json::parse(run_refnet("stats --json").out).at("library") == dir / "env.sqlite");
      // --library beats both.
      CHECK(nlohmann::json::parse(run_refnet("stats --json --library " + q(dir / "xdg/refnet/library.sqlite")).out)
                .at("library") == dir / "xdg/refnet/library.sqlite");
    }
  }
}

// ---------------------------------------------------------------------------
// A killed import

namespace {

// N distinct BibTeX entries, about 400 bytes each.
std::string big_bibtex(int n) {
  std::string out;
  out.reserve(static_cast<std::size_t>(n) * 420);
  for (int i = 0; i < n; ++i) {
    out += "@article{big" + std::to_string(i) + ",\n  title = {Record " + std::to_string(i) +
           " on public sector innovation in Central Asia},\n  author = {Author" + std::to_string(i) +
           ", Given and Other, Person},\n  journal = {Journal of Tests},\n  year = {" + std::to_string(1990 + i % 30) +
           "},\n  doi = {10.5555/big." + std::to_string(i) +
           "},\n  abstract = {Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
           "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.}\n}\n\n";
  }
  return out;
}

std::string integrity_check(const std::string& path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open(path.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
      result = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return result;
}

}  // namespace

TEST_CASE("an import killed with SIGKILL leaves the library exactly as before", "[core][cli][needs-parsers]") {
  // The logic: the library holds seed 000 (2 works).  A big import starts;
  // once it has started writing (its rollback journal exists) and has had time to
  // add records, it is killed with SIGKILL.  Then:
  //  - killed before its COMMIT: `stats --json` must equal the state before,
  //    byte for byte (works, sources, imports, years, ...);
  //  - killed during its COMMIT, or the import ended before the kill came
  //    (a fast machine): the library must hold exactly all records, 2 + N;
  //  - in every case nothing in between, and PRAGMA integrity_check is "ok".
  // Which branch runs depends on timing; both are checked strictly.
  const int n = 60000;
  Lib lib;
  REQUIRE(lib.run("import", q(kSeed000)).status == 0);
  const std::string before = lib.stats_json();
  const std::string big = lib.dir / "big.bib";
  { std::ofstream(big, std::ios::binary) << big_bibtex(n); }
  const std::string journal = lib.path + "-journal";
  REQUIRE_FALSE(std::filesystem::exists(journal));  // removed when the last import committed

  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(REFNET_BINARY, "refnet", "import", "--library", lib.path.c_str(), big.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  bool ended = false;
  // Wait for the library to be opened, then let the import run a while.
  for (int i = 0; i < 3000 && !ended; ++i) {  // at most ~30 s, a guard, not a measurement
    if (waitpid(pid, &status, WNOHANG) == pid) ended = true;
    else if (std::filesystem::exists(journal)) break;
    else std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (!ended) {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    kill(pid, SIGKILL);
    REQUIRE(waitpid(pid, &status, 0) == pid);
  }
  const bool killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  INFO("killed by SIGKILL: " << killed);
  if (!killed) REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));

  CHECK(integrity_check(lib.path) == "ok");
  const std::string after = lib.stats_json();
  auto a = nlohmann::json::parse(after);
  auto b = nlohmann::json::parse(before);
  if (killed && after == before) {
    SUCCEED("killed before its commit: the library is exactly as before");
  } else {
    // All of it or (failing here) a part of it.
    CHECK(a.at("works") == b.at("works").get<int>() + n);
    CHECK(a.at("sources") == b.at("sources").get<int>() + n);
    CHECK(a.at("imports") == b.at("imports").get<int>() + 1);
  }
  // And the library still works: the same import again adds exactly what is missing.
  CommandResult again = lib.run("import", "--json " + q(big));
  REQUIRE(again.status == 0);
  auto j = nlohmann::json::parse(again.out);
  CHECK(j.at("new").get<int>() + j.at("present").get<int>() == n);
  CHECK(nlohmann::json::parse(lib.stats_json()).at("works") == b.at("works").get<int>() + n);
}
