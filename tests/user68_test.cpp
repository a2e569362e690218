// user68: a literature reviewer's maps and an author's week with refnet,
// tried as a new user.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }
[[maybe_unused]] void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

// The issued date of work 1 of `lib` ("--library 'x' ").
nlohmann::json issued_of(const std::string& lib, const std::string& work) {
  const auto shown = run_refnet(lib + "show " + work + " --json");
  REQUIRE(shown.status == 0);
  return nlohmann::json::parse(shown.out)[0].value("issued", nlohmann::json::object());
}

TEST_CASE("user68: Pure's 'Jan 1 2018' is read as the year 2018 alone, and said", "[user68]") {
  // Seed 000, an Elsevier Pure portal page: "Publication statusAccepted/In
  // press - Jan 1 2018", and its "Cite this" blocks say month = "1", day =
  // "1" (BibTeX) and PY - 2018/1/1 (RIS): Pure's date of a work known by its
  // year (Scopus's cover date of an article in press; the article is IRAS
  // 2019, 85(4), online 2018).  refnet kept 2018-01-01 and bibtex printed
  // "January 2018" (user67's finding 11).
  for (const char* page : {"seeds/000_df640892cd32ce65.txt", "pages/pure-portal-no-cite-blocks.txt"}) {
    INFO(page);
    TempDir dir;
    const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
    const auto imported = run_refnet(lib + "import " + q(fixture(page)));
    REQUIRE(imported.status == 0);
    INFO(imported.err);
    const auto issued = issued_of(lib, "1");
    INFO(issued.dump());
    CHECK(issued.value("year", 0) == 2018);
    CHECK(issued.value("month", 0) == 0);
    CHECK(issued.value("day", 0) == 0);
    CHECK(has(imported.err, "'Jan 1 2018'"));
  }
}

TEST_CASE("user68: a Pure page's real date stays whole", "[user68]") {
  // Only Pure's "Jan 1": "Publication statusPublished - Mar 15 2020" is a day.
  TempDir dir;
  const std::string path = dir.path.string() + "/page.txt";
  std::string text = slurp(fixture("seeds/000_df640892cd32ce65.txt"));
  for (auto [from, to] : {std::pair<std::string, std::string>{"Accepted/In press - Jan 1 2018", "Published - Mar 15 2018"},
                          {"month = \"1\",\nday = \"1\"", "month = \"3\",\nday = \"15\""},
                          {"2018/1/1", "2018/3/15"}}) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  }
  write_text(path, text);
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const auto imported = run_refnet(lib + "import " + q(path));
  REQUIRE(imported.status == 0);
  INFO(imported.err);
  const auto issued = issued_of(lib, "1");
  INFO(issued.dump());
  CHECK(issued.value("month", 0) == 3);
  CHECK(issued.value("day", 0) == 15);
  CHECK_FALSE(has(imported.err, "Jan 1"));
}

TEST_CASE("user68: a Scopus entry under a key another Scopus entry has is counted under Scopus by prisma",
          "[user68]") {
  // pybibx's Scopus BibTeX holds two records of one conference paper
  // (EIDs 2-s2.0-85110293035 and 2-s2.0-85107288866) under one key,
  // Viana2020857: the second, the same entry again, was labelled with the
  // file's name, and prisma counted 262 records under Scopus and 1 under
  // "pybibx__scopus.bib" (the label refnet gives its own exports read back).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("scopus/same_key_twice.bib"))).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  REQUIRE(prisma.status == 0);
  INFO(prisma.out);
  CHECK(has(prisma.out, "Scopus: 2"));
  CHECK_FALSE(has(prisma.out, "same_key_twice.bib"));
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK_FALSE(has(labels.out, "same_key_twice.bib"));
}

TEST_CASE("user68: refnet's own BibTeX export read back is still counted under its file's name", "[user68]") {
  // The rule the fix above keeps: an export of the library itself is no
  // database's record (session 60).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("scopus/same_key_twice.bib"))).status == 0);
  const std::string out = dir.path.string() + "/mine.bib";
  REQUIRE(run_refnet(lib + "export -o " + q(out)).status == 0);
  REQUIRE(run_refnet(lib + "import " + q(out)).status == 0);
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK(has(labels.out, "mine.bib"));
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK(has(prisma.out, "records identified: 2"));
}

TEST_CASE("user68: a cited work in the trash is said, not left out of the paper's export without a word", "[user68]") {
  // An author trashed a work the paper still cites: `export --aux`,
  // `--cites paper.md` and `export KEY` wrote the others and said nothing
  // of it (exit 0), the bibliography then lacked it.
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const std::string bib = dir.path.string() + "/refs.bib";
  write_text(bib,
             "@article{ajzen1991,\n  author = {Ajzen, Icek},\n  title = {The theory of planned behavior},\n"
             "  journal = {Organizational Behavior and Human Decision Processes},\n  year = {1991},\n"
             "  volume = {50},\n  pages = {179--211}\n}\n\n"
             "@article{abelson1981,\n  author = {Abelson, Robert P.},\n"
             "  title = {Psychological status of the script concept},\n  journal = {American Psychologist},\n"
             "  year = {1981},\n  volume = {36},\n  pages = {715--729}\n}\n");
  REQUIRE(run_refnet(lib + "import " + q(bib)).status == 0);
  REQUIRE(run_refnet(lib + "rm ajzen1991").status == 0);
  const std::string aux = dir.path.string() + "/paper.aux";
  write_text(aux, "\\relax\n\\citation{ajzen1991}\n\\citation{abelson1981}\n");
  const std::string md = dir.path.string() + "/paper.md";
  write_text(md, "As @abelson1981 says [see @ajzen1991, p. 5].\n");
  for (const std::string& how : {"--aux " + q(aux), "--cites " + q(md), std::string("ajzen1991 abelson1981")}) {
    INFO(how);
    const auto out = run_refnet(lib + "export " + how + " -o " + q(dir.path.string() + "/out.bib"));
    INFO(out.err);
    CHECK(out.status == 3);  // done, but not all of it
    CHECK(has(out.err, "ajzen1991"));
    CHECK(has(out.err, "trash"));
    CHECK(has(out.err, "refnet restore"));
    CHECK(has(slurp(dir.path.string() + "/out.bib"), "abelson1981"));
  }
}

TEST_CASE("user68: a search that finds nothing says what a word's other endings find", "[user68]") {
  // refnet search matches words as written (FTS5, no stemming): 'networks'
  // found 0 works in a library whose title says "network analysis", and the
  // user was told only "0 works".
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const std::string bib = dir.path.string() + "/refs.bib";
  write_text(bib,
             "@article{hyatt2018,\n  author = {Hyatt, Courtland S.},\n"
             "  title = {Narcissism and self-esteem: A nomological network analysis},\n"
             "  journal = {PLOS ONE},\n  year = {2018}\n}\n\n"
             "@article{smith2020,\n  author = {Smith, Ann},\n  title = {Policies of open data},\n"
             "  journal = {Government Information Quarterly},\n  year = {2020}\n}\n");
  REQUIRE(run_refnet(lib + "import " + q(bib)).status == 0);
  const auto plural = run_refnet(lib + "search networks");
  INFO(plural.err);
  CHECK(plural.status == 0);
  CHECK(plural.out.empty());
  CHECK(has(plural.err, "0 works"));
  CHECK(has(plural.err, "network*"));
  CHECK(has(plural.err, "finds 1"));
  const auto two = run_refnet(lib + "search 'policy open'");
  INFO(two.err);
  CHECK(has(two.err, "polic* open*"));
  // Found: nothing more said.
  const auto found = run_refnet(lib + "search network");
  CHECK(has(found.out, "hyatt2018"));
  CHECK_FALSE(has(found.err, "*"));
  // A query whose other endings find nothing either: no hint.
  const auto none = run_refnet(lib + "search zebras");
  CHECK_FALSE(has(none.err, "zebra*"));
}

TEST_CASE("user68: network -o NAME.vos tells how to write VOSviewer's files; the extensions said include .png",
          "[user68]") {
  // README's network row says VOSviewer and `--format vos` writes it, but
  // `-o map.vos` was refused with a list of extensions that named neither
  // VOSviewer nor .png (which works).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("seeds/000_df640892cd32ce65.txt"))).status == 0);
  const auto vos = run_refnet(lib + "network keywords -o " + q(dir.path.string() + "/map.vos"));
  INFO(vos.err);
  CHECK(vos.status == 2);
  CHECK(has(vos.err, "VOSviewer"));
  CHECK(has(vos.err, "map.txt"));
  CHECK(has(vos.err, "map_network.txt"));
  const auto other = run_refnet(lib + "network keywords -o " + q(dir.path.string() + "/map.xyz"));
  INFO(other.err);
  CHECK(has(other.err, ".png"));
  CHECK(has(other.err, "VOSviewer"));
}

TEST_CASE("user68: refnet edit says what the BibTeX reader rewrote in the edited entry", "[user68]") {
  // An author's edit left two '{' open in a title: the reader ended the
  // value with its line and dropped the braces, and edit said only
  // "edited title on work 1" (the title became "... metacognition broken
  // broken" without a word).
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const std::string bib = dir.path.string() + "/e.bib";
  write_text(bib,
             "@article{akturk2011,\n  author = {Akturk, Ahmet},\n  title = {Literature review on metacognition},\n"
             "  journal = {Procedia},\n  year = {2011}\n}\n");
  REQUIRE(run_refnet(lib + "import " + q(bib)).status == 0);
  const std::string editor = dir.path.string() + "/editor.sh";
  write_text(editor, "#!/bin/sh\nsed -i 's/^  title = {\\(.*\\)},/  title = {\\1 {broken {broken},/' \"$1\"\n");
  std::filesystem::permissions(editor, std::filesystem::perms::owner_all);
  EnvVar visual("VISUAL", editor.c_str());
  const auto out = run_refnet(lib + "edit 1");
  INFO(out.out);
  INFO(out.err);
  CHECK(out.status == 0);
  CHECK(has(out.out, "edited title on work 1"));
  CHECK(has(out.err, "warning"));
  CHECK(has(out.err, "unbalanced '{'"));
  CHECK(has(out.err, "title"));
}

TEST_CASE("user68: collection add or remove of a work in the trash says so, as tag does", "[user68]") {
  // `collection add ch2 ajzen1991` with ajzen1991 in the trash said "added
  // 0 works to 'ch2' (the selection matched no work)": the work named is
  // there, in the trash; `tag add` says "in the trash: 'refnet restore 1' first".
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  const std::string bib = dir.path.string() + "/refs.bib";
  write_text(bib, "@article{ajzen1991,\n  author = {Ajzen, Icek},\n  title = {The theory of planned behavior},\n"
                  "  journal = {Organizational Behavior and Human Decision Processes},\n  year = {1991}\n}\n");
  REQUIRE(run_refnet(lib + "import " + q(bib)).status == 0);
  REQUIRE(run_refnet(lib + "collection new ch2").status == 0);
  REQUIRE(run_refnet(lib + "rm ajzen1991").status == 0);
  for (const char* action : {"add", "remove"}) {
    INFO(action);
    const auto out = run_refnet(lib + "collection " + action + " ch2 ajzen1991");
    INFO(out.err);
    CHECK(out.status == 2);
    CHECK(has(out.err, "in the trash"));
    CHECK(has(out.err, "refnet restore"));
    CHECK_FALSE(has(out.err, "matched no work"));
  }
}

TEST_CASE("user68: Pure's 'Jan 1' dates only the page's own work, and only a status where it stands for the year",
          "[user68]") {
  // review68's finding 5 on 241ddb8c: every record of the text dated
  // YYYY-01-01 lost its month and day, told "the page's 'Publication status'
  // dates the work" though the page is not about it.
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  SECTION("an unrelated entry pasted under the page keeps its day") {
    const std::string path = dir.path.string() + "/page.txt";
    write_text(path, slurp(fixture("seeds/000_df640892cd32ce65.txt")) +
                         "\n\n@article{other2018,\n  title = {Another work entirely, dated 1 January 2018},\n"
                         "  author = {Smith, Ann},\n  journal = {Journal of Other Things},\n  year = {2018},\n"
                         "  month = jan,\n  day = {1},\n}\n");
    const auto imported = run_refnet(lib + "import " + q(path));
    REQUIRE(imported.status == 0);
    INFO(imported.err);
    const auto own = issued_of(lib, "1");
    INFO(own.dump());
    CHECK(own.value("year", 0) == 2018);
    CHECK(own.value("month", 0) == 0);
    const auto other = issued_of(lib, "other2018");
    INFO(other.dump());
    CHECK(other.value("month", 0) == 1);
    CHECK(other.value("day", 0) == 1);
    CHECK_FALSE(has(imported.err, "Another work entirely"));
  }
  SECTION("'Published - Jan 1 2018' is a date like any other") {
    // review68's page (pages/pure-portal-published-jan1.txt): Jan 1 is the
    // placeholder of a work not yet in an issue (Accepted/In press, E-pub
    // ahead of print); a published issue can be dated January 1st.
    const auto imported = run_refnet(lib + "import " + q(fixture("pages/pure-portal-published-jan1.txt")));
    REQUIRE(imported.status == 0);
    INFO(imported.err);
    for (const char* key : {"doe2018giant", "other2018"}) {
      INFO(key);
      const auto issued = issued_of(lib, key);
      INFO(issued.dump());
      CHECK(issued.value("month", 0) == 1);
      CHECK(issued.value("day", 0) == 1);
    }
    CHECK_FALSE(has(imported.err, "Publication status"));
  }
}

TEST_CASE("user68: one '{' left open in a value, the last entry of the file, is read as two are: kept, said",
          "[user68]") {
  // user68's finding 12: `title = {X {b {c},` (two '{' left open) was kept
  // with "unbalanced '{' ...: it ends with its line", but `title = {X {b c},`
  // (one) took the entry's own closing '}' and the entry was rejected,
  // "unterminated entry 'a': no closing '}'" (unless another entry followed).
  TempDir dir;
  for (const char* title : {"X {b {c", "X {b c"}) {
    INFO(title);
    const std::string lib = "--library " + q(dir.path.string() + "/" + std::to_string(std::strlen(title)) + ".sqlite") + " ";
    const std::string path = dir.path.string() + "/t.bib";
    write_text(path, std::string("@article{a,\n title = {") + title + "},\n year = {2011}\n}\n");
    const auto imported = run_refnet(lib + "import " + q(path));
    INFO(imported.err);
    CHECK(imported.status == 0);
    CHECK(has(imported.err, "unbalanced '{' in the value of field 'title': it ends with its line"));
    CHECK_FALSE(has(imported.err, "unterminated"));
    const auto shown = run_refnet(lib + "show a --json");
    REQUIRE(shown.status == 0);
    const auto work = nlohmann::json::parse(shown.out)[0];
    CHECK(work.value("title", "") == "X b c");
    CHECK(work["issued"].value("year", 0) == 2011);
  }
}
