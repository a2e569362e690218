// What new users tripped over (newuser9), run as they ran it: a scholar
// re-importing an updated export of the same database, a reviewer's
// screening and PRISMA numbers.  Each case says what the user saw.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "library_state.hpp"
#include "support.hpp"

using refnet::test::fixture;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {

const std::string kWos = fixture("corpora/decolonizing-expertise__savedrecs.txt");
const std::string kScopus = fixture("corpora/poultrybibliometric__scopus.csv");

std::string q(const std::string& s) { return "'" + s + "'"; }

}  // namespace

// ---------------------------------------------------------------------------
// re-importing an updated export

TEST_CASE("an updated Web of Science export of the same search adds nothing: records without DOI join by their UT",
          "[cli][newuser]") {
  // A month later the same search is exported again: Web of Science has
  // updated the citation and usage counts (TC, Z9, U1, U2) of every
  // record.  The 38 records with a DOI joined their works; the 12 without
  // one became second works (62 works for 50 records), each a duplicate
  // of a record the library had, the user's corrections on the first.
  refnet::test::CliLibrary lib;
  lib.run("import", q(kWos));
  const std::string ut = "WOS:A1996UP02800003";  // no DI
  const std::int64_t id = lib.scalar("SELECT work_id FROM sources WHERE json_extract(data, '$.wos_ut') = '" + ut + "'");
  REQUIRE(id > 0);
  lib.run("set", std::to_string(id) + " 'title=Karyotypic variation in spotted skunks'");

  TempDir d;
  std::string text = slurp(kWos);
  text = std::regex_replace(text, std::regex("\nTC [0-9]+"), "\nTC 17");
  text = std::regex_replace(text, std::regex("\nZ9 [0-9]+"), "\nZ9 18");
  text = std::regex_replace(text, std::regex("\nU1 [0-9]+"), "\nU1 3");
  const std::string june = d / "savedrecs-june.txt";
  { std::ofstream(june, std::ios::binary) << text; }
  auto again = lib.run("import", q(june));
  CHECK_THAT(again.out, Catch::Contains("50 read, 0 new, 50 merged"));
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into IS NULL AND trashed_at IS NULL") == 50);
  // The correction is kept, and the second record is a source of the same work.
  auto shown = nlohmann::json::parse(lib.run("show", "--json " + std::to_string(id)).out).at(0);
  CHECK(shown.at("title") == "Karyotypic variation in spotted skunks");
  CHECK(lib.scalar("SELECT count(*) FROM sources WHERE json_extract(data, '$.wos_ut') = '" + ut + "' AND work_id IN "
                   "(SELECT id FROM works WHERE merged_into = " + std::to_string(id) + " OR id = " +
                   std::to_string(id) + ")") == 2);
  // PRISMA: 100 records identified, 50 duplicates removed by identifier.
  auto prisma = nlohmann::json::parse(lib.run("prisma", "--json").out);
  CHECK(prisma.at("identified_total") == 100);
  CHECK(prisma.at("duplicates_by_identifier") == 50);
  // refnet dedup has nothing left to do.
  CHECK_THAT(lib.run("dedup", "").err + lib.run("dedup", "").out, Catch::Contains("0 groups"));
}

TEST_CASE("an updated Scopus CSV export adds nothing: records without DOI join by their EID", "[cli][newuser]") {
  // 8 of the 69 records have no DOI; their 'Cited by' changed.
  refnet::test::CliLibrary lib;
  lib.run("import", q(kScopus));
  TempDir d;
  std::string text = slurp(kScopus);
  // The 'Cited by' column is the 13th; rewrite it in every row whose
  // count is a plain number (the header row and quoted counts stay).
  std::string out;
  std::istringstream in(text);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!header && line.rfind("\"", 0) == 0) {
      // Fields are quoted: "a","b",...; field 13 is 'Cited by'.
      std::size_t at = 0;
      for (int f = 0; f < 12 && at != std::string::npos; ++f) at = line.find("\",\"", at + 1);
      if (at != std::string::npos) {
        std::size_t end = line.find("\",\"", at + 3);
        if (end != std::string::npos) line = line.substr(0, at + 3) + "99" + line.substr(end);
      }
    }
    header = false;
    out += line + "\n";
  }
  REQUIRE(out != text);
  const std::string later = d / "scopus-later.csv";
  { std::ofstream(later, std::ios::binary) << out; }
  auto again = lib.run("import", "--source Scopus " + q(later));
  CHECK_THAT(again.out, Catch::Contains("69 read, 0 new, 69 merged"));
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into IS NULL AND trashed_at IS NULL") == 69);
}

// ---------------------------------------------------------------------------
// a pasted reference list

TEST_CASE("a reference list pasted into a text file without a heading imports as one work a reference",
          "[cli][newuser]") {
  // A page reader copies the reference list of a paper, one reference a
  // line, into refs.txt.  refnet said 'no bibliographic records found (the
  // input looks like a text page of 4 lines with no reference section ...)',
  // exit 4, and imported the same lines under a 'References' heading.
  const std::string list =
      "Kassen, M. (2018). Promoting public cooperation in government: key drivers, regulation, and barriers of the "
      "e-collaboration movement in Kazakhstan. International Review of Administrative Sciences, 85(4), 743-762. "
      "https://doi.org/10.1177/0020852317735595\n"
      "De Vries, H., Bekkers, V., & Tummers, L. (2016). Innovation in the public sector: A systematic review and "
      "future research agenda. Public Administration, 94(1), 146-166.\n"
      "\n"
      "Knox, C., & Janenova, S. (2019). The e-government paradox in post-Soviet countries. International Journal of "
      "Public Sector Management, 32(6), 600-615.\n"
      "OECD (2017), Fostering Innovation in the Public Sector, OECD Publishing, Paris, "
      "https://doi.org/10.1787/9789264270879-en.\n";
  TempDir d;
  const std::string refs = d / "refs.txt";
  { std::ofstream(refs, std::ios::binary) << list; }
  refnet::test::CliLibrary lib;
  auto r = lib.run("import", q(refs));
  CHECK_THAT(r.out, Catch::Contains("4 read, 4 new"));
  CHECK(lib.scalar("SELECT count(*) FROM works") == 4);
  auto shown = nlohmann::json::parse(lib.run("show", "--json 10.1177/0020852317735595").out).at(0);
  CHECK(shown.at("title") ==
        "Promoting public cooperation in government: key drivers, regulation, and barriers of the e-collaboration "
        "movement in Kazakhstan");
  // Numbered the same.
  const std::string numbered = d / "numbered.txt";
  {
    std::ofstream out(numbered, std::ios::binary);
    out << "[1] De Vries, H., Bekkers, V., & Tummers, L. (2016). Innovation in the public sector: A systematic review "
           "and future research agenda. Public Administration, 94(1), 146-166.\n"
           "[2] Knox, C., & Janenova, S. (2019). The e-government paradox in post-Soviet countries. International "
           "Journal of Public Sector Management, 32(6), 600-615.\n";
  }
  refnet::test::CliLibrary other;
  CHECK_THAT(other.run("import", q(numbered)).out, Catch::Contains("2 read, 2 new"));

  // Text that only starts like a reference list is still no list: the
  // message stays, exit 4.
  const std::string prose = d / "prose.txt";
  {
    std::ofstream out(prose, std::ios::binary);
    out << "Knox, C. (2019) wrote about the e-government paradox in post-Soviet countries.\n"
           "We met in the garden and talked about it for a long while, and then we went home\n"
           "because it was getting dark and nobody had brought a lamp\n";
  }
  refnet::test::CliLibrary third;
  auto none = third.run("import", q(prose), 4);
  CHECK_THAT(none.err, Catch::Contains("no bibliographic records found"));
}

// ---------------------------------------------------------------------------
// --json, which every command takes

namespace {

nlohmann::json json_of(const refnet::test::CommandResult& r) {
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  try {
    return nlohmann::json::parse(r.out);
  } catch (const nlohmann::json::exception& e) {
    FAIL("not JSON: " << e.what());
  }
  return {};
}

}  // namespace

TEST_CASE("check, key pin, rekey, note, export and config say under --json what they say as text, as JSON",
          "[cli][newuser]") {
  // 'Every command takes --help, --json (machine-readable output)': these
  // took it and printed their text (check, key pin, note, export) or
  // nothing on stdout at all (rekey --dry-run, config list).
  refnet::test::CliLibrary lib;
  lib.run("import", q(kWos));

  auto check = json_of(lib.run("check", "--json"));
  CHECK(check.at("views") == 0);  // each of the 50 works is its one source's record
  CHECK(check.at("sources") == 50);
  CHECK(check.at("problems").empty());

  auto rekey = json_of(lib.run("rekey", "--dry-run --pattern '[auth:lower]' --limit 3 --json"));
  CHECK(rekey.at("selected") == 3);
  CHECK(rekey.at("changed") == false);
  REQUIRE(rekey.at("changes").size() == 3);
  CHECK(rekey.at("changes")[0].at("old").get<std::string>() != rekey.at("changes")[0].at("new").get<std::string>());
  CHECK(lib.run("rekey", "--dry-run --pattern '[auth:lower]' --limit 3").out.find('\t') != std::string::npos);

  auto pin = json_of(lib.run("key", "pin 1 2 --json"));
  CHECK(pin.at("pinned") == 2);
  CHECK(pin.at("selected") == 2);

  auto note = json_of(lib.run("note", "1 'read the methods' --json"));
  CHECK(note.at("work") == 1);
  CHECK(note.at("added") == true);

  TempDir d;
  auto exported = json_of(lib.run("export", "--limit 4 -o " + q(d / "four.bib") + " --json"));
  CHECK(exported.at("works") == 4);
  CHECK(exported.at("format") == "bibtex");
  CHECK(exported.at("output") == d / "four.bib");
  // To stdout with --json: JSON too, the export its "text" (update11: --json never prints anything else).
  CHECK(json_of(lib.run("export", "--limit 1 --json")).at("text").get<std::string>().rfind("@", 0) == 0);

  const std::string config_home = d / "config";
  refnet::test::EnvVar home("XDG_CONFIG_HOME", config_home.c_str());
  CHECK(json_of(lib.run("config", "list --json")).empty());
  lib.run("config", "set export.format biblatex");
  auto list = json_of(lib.run("config", "list --json"));
  CHECK(list.at("export.format") == "biblatex");
  auto got = json_of(lib.run("config", "get export.format --json"));
  CHECK(got.at("export.format") == "biblatex");
  CHECK(json_of(lib.run("config", "path --json")).at("path") == d / "config/refnet/config");
}

// ---------------------------------------------------------------------------
// screening with two reviewers

TEST_CASE("PRISMA counts the works two reviewers disagree on apart from those nobody screened", "[cli][newuser]") {
  // A reviewer sees 'awaiting a decision: 109 (maybe 0, not screened 109)'
  // while 16 of the 109 were screened by both reviewers, who disagree: the
  // flow diagram said 'not yet screened, or reviewers disagree (n = 109)'.
  // How many conflicts are left to resolve is what the team needs to know.
  refnet::test::CliLibrary lib;
  lib.run("import", q(fixture("corpora/umbrella-review__savedrecs.txt")));
  lib.run("screen", "--decisions " + q(fixture("review/two_reviewers.tsv")));
  // 10 works screened by both, 3 in conflict (refnet screen --conflicts).
  CHECK_THAT(lib.run("screen", "--conflicts").out, Catch::Contains("10 works screened by both, 7 agreed, 3 disagree"));
  auto p = nlohmann::json::parse(lib.run("prisma", "--json").out);
  CHECK(p.at("screened") == 29);
  CHECK(p.at("included") == 3);
  CHECK(p.at("excluded") == 3);
  CHECK(p.at("maybe") == 1);
  CHECK(p.at("conflicts") == 3);
  CHECK(p.at("unscreened") == 19);
  CHECK(p.at("awaiting") == 23);
  auto text = lib.run("prisma", "").out;
  CHECK_THAT(text, Catch::Contains("awaiting a decision: 23 (maybe 1, reviewers disagree 3, not screened 19)"));
  TempDir d;
  lib.run("prisma", "-o " + q(d / "flow.svg"));
  std::string svg = slurp(d / "flow.svg");
  CHECK_THAT(svg, Catch::Contains("reviewers disagree (n\u00a0=\u00a03)"));
  CHECK_THAT(svg, Catch::Contains("not yet screened (n\u00a0=\u00a019)"));
}

// ---------------------------------------------------------------------------
// stats

TEST_CASE("stats says how many works are in the trash and how many corrections are yours, as text and as JSON",
          "[cli][newuser]") {
  // After 'refnet rm' the scholar saw 'works: 1001' and no word of the work
  // in the trash; --json counted the corrections among the 'sources' while
  // the text left them out of the 'source records'.
  refnet::test::CliLibrary lib;
  lib.run("import", q(kWos));
  lib.run("set", "1 year=1997");
  lib.run("rm", "2");
  auto text = lib.run("stats", "").out;
  CHECK_THAT(text, Catch::Contains("works:       49 (50 source records from 1 import, 1 correction of yours; 0 merged "
                                   "into others; 1 in the trash)"));
  auto j = nlohmann::json::parse(lib.run("stats", "--json").out);
  CHECK(j.at("works") == 49);
  CHECK(j.at("trashed") == 1);
  CHECK(j.at("corrections") == 1);
  CHECK(j.at("source_records") == 50);
}

TEST_CASE("collection new/add/remove/rm and edit say under --json what they did, as JSON", "[cli][newuser]") {
  // They printed their message on stderr and nothing on stdout (collection),
  // or their text on stdout (edit: 'nothing changed on work 1').
  refnet::test::CliLibrary lib;
  lib.run("import", q(kWos));
  auto made = json_of(lib.run("collection", "new thesis --json"));
  CHECK(made.at("collection") == "thesis");
  CHECK(made.at("created") == true);
  CHECK(made.at("saved_search") == false);
  auto added = json_of(lib.run("collection", "add thesis 1 2 --json"));
  CHECK(added.at("added") == 2);
  CHECK(added.at("unchanged") == 0);
  auto again = json_of(lib.run("collection", "add thesis 2 3 --json"));
  CHECK(again.at("added") == 1);
  CHECK(again.at("unchanged") == 1);
  auto removed = json_of(lib.run("collection", "remove thesis 1 --json"));
  CHECK(removed.at("removed") == 1);
  auto gone = json_of(lib.run("collection", "rm thesis --json"));
  CHECK(gone.at("collection") == "thesis");
  CHECK(gone.at("deleted") == true);
  CHECK(json_of(lib.run("collection", "new recent --query 'year:2020-' --json")).at("saved_search") == true);

  TempDir d;
  const std::string editor = d / "editor.sh";
  {
    std::ofstream(editor) << "#!/bin/sh\nexit 0\n";  // saves the file unchanged
  }
  std::filesystem::permissions(editor, std::filesystem::perms::owner_all);
  refnet::test::EnvVar visual("VISUAL", editor.c_str());
  auto edited = json_of(lib.run("edit", "1 --json"));
  CHECK(edited.at("id") == 1);
  CHECK(edited.at("changed") == false);
}

TEST_CASE("enrich with nothing to do and dedup --review -o say so under --json, as JSON", "[cli][newuser]") {
  refnet::test::CliLibrary lib;
  lib.run("import", q(fixture("corpora/decolonizing-expertise__savedrecs.txt")));
  // WOS:A1996UP02800003 has no DOI: enrich has nothing to ask Crossref.
  const std::int64_t id =
      lib.scalar("SELECT work_id FROM sources WHERE json_extract(data, '$.wos_ut') = 'WOS:A1996UP02800003'");
  auto e = json_of(lib.run("enrich", "--offline --json " + std::to_string(id)));
  CHECK(e.at("selected") == 1);
  CHECK(e.at("without_doi") == 1);
  CHECK(e.at("dois") == 0);
  TempDir d;
  auto r = json_of(lib.run("dedup", "--review -o " + q(d / "pairs.tsv") + " --json"));
  CHECK(r.at("output") == d / "pairs.tsv");
  CHECK(r.at("pairs").get<int>() >= 0);
  CHECK(r.contains("same"));
}

TEST_CASE("export given a format's name where a work is named says to write --format", "[cli][newuser]") {
  // `refnet export bibtex -o out.bib`: the user meant the format; refnet
  // looked for a work named 'bibtex', exported nothing and only said so.
  refnet::test::CliLibrary lib;
  lib.run("import", q(kWos));
  TempDir dir;
  const std::string out = (dir.path / "out.bib").string();
  auto r = lib.run("export", "csl-json -o " + q(out), 3);
  CHECK_THAT(r.err, Catch::Contains("no work in the library is named 'csl-json'"));
  CHECK_THAT(r.err, Catch::Contains("to choose the format, write --format csljson"));
  auto s = lib.run("export", "nosuchwork -o " + q(out), 3);
  CHECK_THAT(s.err, !Catch::Contains("--format"));
}
