// Correcting and organising the library from the command line: set/unset,
// rm/trash/restore, tags; each is one journal entry that undo takes back
// and redo makes again.  On a library of real fixtures: a Zotero export of
// 1000 records as BibTeX, and the same as RIS (718 join by DOI on import).
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "library_state.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::library_state;
using refnet::test::run_refnet;
using refnet::test::TempDir;

namespace {

const std::string kBib = fixture("corpora/asysd__zotero_export.bib");
const std::string kRis = fixture("corpora/asysd__zotero_export.ris");

struct Lib : test::CliLibrary {
  Lib() { run("import", "'" + kBib + "'"); }
  nlohmann::json work(const std::string& name) { return nlohmann::json::parse(run("show", "--json " + name).out).at(0); }
};

// Undo puts the library back as `before`, redo as `after`.
void check_undo_redo(Lib& lib, const std::string& before) {
  const std::string after = lib.state();
  CHECK(after != before);
  lib.run("undo", "");
  CHECK(lib.state() == before);
  lib.run("redo", "");
  CHECK(lib.state() == after);
}

// A fake editor: a shell script run on the file.
std::string fake_editor(TempDir& d, const std::string& name, const std::string& script) {
  std::string path = d / name;
  { std::ofstream(path) << "#!/bin/sh\n" << script << "\n"; }
  std::filesystem::permissions(path, std::filesystem::perms::owner_all);
  return path;
}

}  // namespace

TEST_CASE("set and unset keep the user's values as a source that wins over every imported one", "[library][cli]") {
  Lib lib;
  // A work the RIS file will join by DOI (found on a scratch library).
  std::int64_t id = 0;
  {
    Lib scratch;
    scratch.run("import", "'" + kRis + "'");
    id = scratch.scalar("SELECT min(work_id) FROM sources WHERE format = 'ris' AND work_id <= 1000");
  }
  REQUIRE(id > 0);
  const std::string w = std::to_string(id);
  const std::string before = lib.state();
  auto set = lib.run("set", w + " 'journal=Journal of Examples' year=2021 'author=Doe, Jane and Roe, Richard' "
                                "doi=https://doi.org/10.1234/ABC.5 'keywords=one; two' type=book");
  CHECK(set.out == "set container-title, year, author, doi, keywords, type on work " + w + "\n");
  auto j = lib.work(w);
  CHECK(j.at("container_title") == "Journal of Examples");
  CHECK(j.at("issued").at("year") == 2021);
  CHECK(j.at("authors").at(0).at("family") == "Doe");
  CHECK(j.at("authors").at(1).at("given") == "Richard");
  CHECK(j.at("doi") == "10.1234/abc.5");  // normalised
  CHECK(j.at("keywords") == nlohmann::json::array({"one", "two"}));
  CHECK(j.at("type") == "book");
  auto show = lib.run("show", w).out;
  CHECK(show.find("yours (refnet set/unset/edit)") != std::string::npos);
  CHECK(show.find("container-title [2] Journal of Examples") != std::string::npos);
  check_undo_redo(lib, before);

  // A later import joining the work (by the DOI its RIS record has) does not override the user.
  lib.run("set", w + " doi=" + j.at("doi").get<std::string>());  // no-op on the value: still the user's
  std::string original_doi;
  {
    Library l(lib.path, false);
    original_doi = l.source_records(id).front().doi;
  }
  lib.run("unset", w + " doi");
  lib.run("set", w + " doi=" + original_doi);
  lib.run("import", "'" + kRis + "'");
  CHECK(lib.scalar("SELECT count(*) FROM sources WHERE work_id = " + w) == 3);  // bibtex, ris, user
  j = lib.work(w);
  CHECK(j.at("container_title") == "Journal of Examples");
  CHECK(j.at("issued").at("year") == 2021);
  CHECK(j.at("type") == "book");
  // show's "fields from": one row a field, the user's value with the
  // imported ones below it (the audit: an imported "container" row beside
  // the user's "container-title" row).
  show = lib.run("show", w).out;
  INFO(show);
  CHECK(show.find("\n    container   [2] Journal of Examples\n") != std::string::npos);
  CHECK(show.find("\n    issued      [2] 2021\n") != std::string::npos);
  CHECK(show.find("    container-title [") == std::string::npos);
  CHECK(show.find("    date ") == std::string::npos);

  // unset: the field is gone though every source has it.
  const std::string before_unset = lib.state();
  lib.run("unset", w + " journal abstract");
  j = lib.work(w);
  CHECK(!j.contains("container_title"));
  CHECK(!j.contains("abstract"));
  check_undo_redo(lib, before_unset);
}

TEST_CASE("set and unset refuse a bad field, a bad value or a missing work, changing nothing", "[library][cli]") {
  Lib lib;
  const std::string before = lib.state();
  auto unknown = lib.run("set", "1 title=Fine colour=blue", 2);
  CHECK(unknown.err.find("unknown field 'colour' (known: title, author,") != std::string::npos);
  CHECK(lib.run("set", "1 doi=not-a-doi", 2).err.find("doi 'not-a-doi' is not a DOI") != std::string::npos);
  CHECK(lib.run("set", "1 year=20x1", 2).err.find("year '20x1' is not a number") != std::string::npos);
  CHECK(lib.run("set", "1 type=novel", 2).err.find("type 'novel' is not a CSL type") != std::string::npos);
  CHECK(lib.run("set", "1 title=", 2).err.find("title: empty value") != std::string::npos);
  CHECK(lib.run("set", "1 title", 2).err.find("'title' is not FIELD=VALUE") != std::string::npos);
  // Two names of one field: the second silently won ("set container-title,
  // container-title"); now refused, saying which.
  CHECK(lib.run("set", "1 journal=A booktitle=B", 2).err.find(
            "journal=... and booktitle=... both set container-title: give it once") != std::string::npos);
  CHECK(lib.run("set", "1 title=A title=B", 2).err.find("title=... and title=... both set title") != std::string::npos);
  CHECK(lib.run("unset", "1 type", 2).err.find("type cannot be removed") != std::string::npos);
  CHECK(lib.run("set", "nosuchkey2020 title=X", 2).err.find("no work in the library is named 'nosuchkey2020'") !=
        std::string::npos);
  CHECK(lib.run("unset", "99999 title", 2).err.find("'99999'") != std::string::npos);
  CHECK(lib.state() == before);
  CHECK(lib.scalar("SELECT count(*) FROM journal") == 1);  // the import only
}

TEST_CASE("set, export as BibTeX, import into a new library: the corrected values come back", "[library][cli]") {
  Lib lib;
  lib.run("set", "2 'title=A corrected title' year=2001 'journal=Journal of Examples' pages=10--20");
  TempDir out;
  const std::string bib = out / "out.bib";
  lib.run("export", "-o '" + bib + "' 2");
  TempDir other;
  auto r = run_refnet("import --library '" + (other / "lib.sqlite") + "' '" + bib + "'");
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(run_refnet("show --json --library '" + (other / "lib.sqlite") + "' 1").out).at(0);
  CHECK(j.at("title") == "A corrected title");
  CHECK(j.at("issued").at("year") == 2001);
  CHECK(j.at("container_title") == "Journal of Examples");
  CHECK(j.at("pages") == "10-20");
}

TEST_CASE("rm moves works to the trash, hidden from every reader; restore and undo bring them back", "[library][cli]") {
  Lib lib;
  const std::string before = lib.state();
  auto key = lib.work("3").at("citekey").get<std::string>();
  auto rm = lib.run("rm", "1 2 " + key);
  // The IDs named as IDs ("1 work 1" read as a count twice).
  CHECK(rm.out == "moved to the trash: 3 works (IDs 1 2 3)\n");
  CHECK(lib.run("list", "").err.find("997 works") != std::string::npos);
  CHECK(lib.run("stats", "--json").out.find("\"works\":997") != std::string::npos);
  TempDir out;
  lib.run("export", "--no-pin -o '" + (out / "all.ris") + "'");  // (an export pins its keys: an entry of its own)
  CHECK(test::slurp(out / "all.ris").find(lib.work("1").at("title").get<std::string>().substr(0, 40)) == std::string::npos);
  auto trash = lib.run("trash", "");
  CHECK(trash.out.rfind("1\t", 0) == 0);
  CHECK(trash.err == "3 works in the trash\n");
  CHECK(lib.work("1").at("trashed_at").get<std::string>().size() == 20);  // show still finds it by ID, and says so
  check_undo_redo(lib, before);

  lib.run("restore", "2");
  CHECK(lib.run("trash", "").err == "2 works in the trash\n");
  CHECK(lib.run("restore", "5", 2).err.find("no work in the trash is named '5'") != std::string::npos);
  lib.run("restore", "--all");
  CHECK(lib.run("trash", "").err == "0 works in the trash\n");
  CHECK(lib.run("list", "").err.find("1000 works") != std::string::npos);

  // A selection: every work with the keyword; and nothing without names or filters.
  auto kw = lib.run("rm", "--keyword 'Cocker Spaniels' --json");
  std::size_t n = nlohmann::json::parse(kw.out).at("trashed").size();
  CHECK(n > 0);
  CHECK(lib.run("list", "--keyword 'Cocker Spaniels'").err.find("0 works") != std::string::npos);
  CHECK(lib.run("rm", "", 2).err.find("name works") != std::string::npos);
  CHECK(lib.run("rm", "nosuchwork", 2).err.find("no work in the library is named 'nosuchwork'") != std::string::npos);

  // Emptying the trash deletes them for good; undo still brings them back.
  const std::string before_empty = lib.state();
  CHECK(lib.run("trash", "--empty").out == "deleted " + std::to_string(n) + " works from the trash\n");
  CHECK(lib.scalar("SELECT count(*) FROM works") == static_cast<std::int64_t>(1000 - n));
  check_undo_redo(lib, before_empty);
}

TEST_CASE("tags: add and remove on works or a selection, counts, selection by tag, validated", "[library][cli]") {
  Lib lib;
  const std::string before = lib.state();
  CHECK(lib.run("tag", "add to-read 1 2 3").out == "tagged 3 of 3 works 'to-read'\n");
  check_undo_redo(lib, before);
  lib.run("tag", "add '  screen:include ' --year 1999");  // trimmed
  auto tags = nlohmann::json::parse(lib.run("tags", "--json").out);
  REQUIRE(tags.size() == 2);
  CHECK(tags[0].at("tag") == "screen:include");
  CHECK(tags[1] == nlohmann::json({{"tag", "to-read"}, {"works", 3}}));
  CHECK(lib.work("1").at("tags") == nlohmann::json::array({"screen:include", "to-read"}));
  CHECK(lib.run("show", "2").out.find("  tags            to-read\n") != std::string::npos);
  CHECK(lib.run("list", "--tag to-read").err.find("3 works") != std::string::npos);
  CHECK(lib.run("tag", "rm to-read 2").out == "untagged 1 of 1 work 'to-read'\n");
  CHECK(lib.run("tag", "rm to-read 2").out == "untagged 0 of 1 work 'to-read'\n");
  CHECK(lib.run("list", "--tag to-read").err.find("2 works") != std::string::npos);

  const std::string before_bad = lib.state();
  CHECK(lib.run("tag", "add '' 1", 2).err.find("a tag cannot be empty") != std::string::npos);
  CHECK(lib.run("tag", "add \"$(printf 'a\\tb')\" 1", 2).err.find("control characters") != std::string::npos);
  CHECK(lib.run("tag", "add x nosuchwork", 2).err.find("no work in the library is named 'nosuchwork'") !=
        std::string::npos);
  CHECK(lib.run("tag", "add x", 2).err.find("name works") != std::string::npos);
  CHECK(lib.run("tag", "put x 1", 2).err.find("tag add TAG WORK") != std::string::npos);
  CHECK(lib.state() == before_bad);
  // A work in the trash is named as such, not "tagged 0 of 0" (the audit).
  lib.run("rm", "5");
  const std::string trashed = lib.state();
  CHECK(lib.run("tag", "add x 5", 2).err.find("work 5 ('5') is in the trash") != std::string::npos);
  CHECK(lib.state() == trashed);
}

TEST_CASE("edit opens the work as BibTeX in $EDITOR and keeps what changed as the user's", "[library][cli]") {
  Lib lib;
  TempDir d;
  auto editor = [&](const std::string& name, const std::string& script) { return fake_editor(d, name, script); };
  const std::string before = lib.state();
  test::EnvVar no_visual("VISUAL", nullptr);
  {
    // Unchanged: nothing happens, no journal entry.
    test::EnvVar e("EDITOR", "true");
    CHECK(lib.run("edit", "1").out == "nothing changed on work 1\n");
  }
  CHECK(lib.state() == before);
  // A title changed and the abstract deleted.
  std::string ed = editor("ed1", "sed -i -e 's/^  title = .*/  title = {A new title},/' -e '/^  abstract/d' \"$1\"");
  {
    test::EnvVar e("EDITOR", ed.c_str());
    lib.run("edit", "1");
  }
  auto j = lib.work("1");
  CHECK(j.at("title") == "A new title");
  CHECK(!j.contains("abstract"));
  check_undo_redo(lib, before);
  // An unknown field: the editor comes back with the error on top; the
  // second run fixes it (volume 13).
  std::string fixer = editor("ed2",
                             "if grep -q '^% refnet: error: line [0-9]*: unknown field .colour.' \"$1\"; then\n"
                             "  sed -i 's/^  colour = .*/  volume = {13},/' \"$1\"\n"
                             "else\n"
                             "  sed -i 's/^  volume = .*/  colour = {blue},/' \"$1\"\n"
                             "fi");
  {
    test::EnvVar e("EDITOR", fixer.c_str());
    CHECK(lib.run("edit", "1").out == "edited volume on work 1\n");
  }
  CHECK(lib.work("1").at("volume") == "13");
  // Still wrong after the second run: nothing changed, exit 1, the error said.
  const std::string before_bad = lib.state();
  std::string stubborn = editor("ed3", "sed -i 's/^  volume = .*/  colour = {blue},/' \"$1\"");
  {
    test::EnvVar e("VISUAL", stubborn.c_str());
    auto bad = lib.run("edit", "1", 1);
    CHECK(bad.err.find("unknown field 'colour'") != std::string::npos);
  }
  CHECK(lib.state() == before_bad);
}

TEST_CASE("edit --as yaml: the work as a small YAML document, read back by hand, as the BibTeX form is",
          "[library][cli]") {
  Lib lib;
  TempDir d;
  test::EnvVar no_visual("VISUAL", nullptr);
  const std::string before = lib.state();
  {
    // What the editor is shown, kept; unchanged: nothing happens.
    std::string keep = fake_editor(d, "keep", "cp \"$1\" '" + std::string(d / "shown.yaml") + "'");
    test::EnvVar e("EDITOR", keep.c_str());
    CHECK(lib.run("edit", "--as yaml 1").out == "nothing changed on work 1\n");
  }
  CHECK(lib.state() == before);
  std::string shown = test::slurp(d / "shown.yaml");
  INFO(shown);
  CHECK(shown.find("\nkey: larsen_microangiography_1999\n") != std::string::npos);
  CHECK(shown.find("\nauthor:\n  - family: Larsen\n    given: LJ\n  - family: Roush\n") != std::string::npos);
  CHECK(shown.find("\ndate: 1999-08\n") != std::string::npos);
  CHECK(shown.find("\nabstract: |\n  The purpose of this study") != std::string::npos);
  CHECK(shown.find("\nkeywords:\n  - blood supply\n  - Cocker Spaniels\n") != std::string::npos);
  // Hand edits: a quoted title with a comment after it, an author written as
  // "Family, Given", the abstract deleted (its block with it), a comment and
  // a blank line added, a note.
  std::string ed = fake_editor(d, "ed1",
                               "sed -i -e 's/^title: .*/title: \"A new: title\"  # fixed/' "
                               "-e 's/^  - family: Cash$/  - Cash, William C./' -e '/^    given: WC$/d' "
                               "-e '/^abstract: |$/,/^[a-z]/{/^abstract: |$/d;/^  /d}' \"$1\"\n"
                               "printf '\\n# my notes\\nnotes:\\n  - |\\n    Read it again.\\n' >> \"$1\"");
  {
    test::EnvVar e("EDITOR", ed.c_str());
    CHECK(lib.run("edit", "--as yaml 1").out == "edited title, author, abstract, notes on work 1\n");
  }
  auto j = lib.work("1");
  CHECK(j.at("title") == "A new: title");
  CHECK(j.at("authors").at(3).at("given") == "William C.");
  CHECK(!j.contains("abstract"));
  CHECK(j.at("notes") == nlohmann::json::array({"Read it again."}));
  CHECK(j.at("volume") == "12");  // untouched fields stay as they were
  check_undo_redo(lib, before);
  // An unknown field: the editor comes back with the error (and its line) on
  // top, as a YAML comment; the second run fixes it.
  std::string fixer = fake_editor(d, "ed2",
                                  "if grep -q '^# refnet: error: line [0-9]*: unknown field .colour.' \"$1\"; then\n"
                                  "  sed -i 's/^colour: .*/volume: \"13\"/' \"$1\"\n"
                                  "else\n"
                                  "  sed -i 's/^volume: .*/colour: blue/' \"$1\"\n"
                                  "fi");
  {
    test::EnvVar e("EDITOR", fixer.c_str());
    CHECK(lib.run("edit", "--as yaml 1").out == "edited volume on work 1\n");
  }
  CHECK(lib.work("1").at("volume") == "13");
  const std::string before_bad = lib.state();
  {
    // An editor that writes a new wrong text each time (a previous attempt
    // looped for ever on one): the same wrong text twice ends it, exit 1.
    std::string stubborn = fake_editor(d, "ed3", "sed -i -e '/^# refnet: /d' -e 's/^volume: .*/colour: blue/' \"$1\"");
    test::EnvVar e("EDITOR", stubborn.c_str());
    auto bad = lib.run("edit", "--as yaml 1", 1);
    CHECK(bad.err.find("unknown field 'colour'") != std::string::npos);
  }
  {
    // The editor quitting with an error (vim's :cq) gives up at once.
    std::string quit = fake_editor(d, "ed4", "echo 'colour: blue' >> \"$1\"; exit 1");
    test::EnvVar e("EDITOR", quit.c_str());
    auto bad = lib.run("edit", "--as yaml 1", 1);
    CHECK(bad.err.find("failed; nothing changed") != std::string::npos);
  }
  {
    // A bad value names its line.
    std::string year = fake_editor(d, "ed5", "if grep -q '^# refnet: error' \"$1\"; then cp \"$1\" '" +
                                                 std::string(d / "error.yaml") + "'; exit 1; fi\n"
                                                 "sed -i 's/^date: .*/date: 19x9/' \"$1\"");
    test::EnvVar e("EDITOR", year.c_str());
    lib.run("edit", "--as yaml 1", 1);
    std::string shown_again = test::slurp(d / "error.yaml");
    auto line = std::to_string(4 + std::count(shown.begin(), shown.begin() + shown.find("\ndate: "), '\n'));
    CHECK(shown_again.rfind("# refnet: error: line " + line + ": year '19x9' is not a number\n", 0) == 0);
  }
  CHECK(lib.state() == before_bad);
  CHECK(lib.run("edit", "--as toml 1", 2).err.find("--as: bibtex or yaml") != std::string::npos);
}

TEST_CASE("edit (BibTeX): a changed key renames the work, annote holds the notes, a bad year names its line",
          "[library][cli]") {
  Lib lib;
  TempDir d;
  test::EnvVar no_visual("VISUAL", nullptr);
  lib.run("note", "1 First thought");
  const std::string before = lib.state();
  // The audit: a changed key was ignored ("nothing changed"); an edited
  // annote was refused as an unknown field.
  std::string ed = fake_editor(d, "ed1",
                               "sed -i -e '1s/{larsen_microangiography_1999,/{Larsen1999,/' "
                               "-e 's/^  annote = {First thought}/  annote = {First thought\\n\\nSecond \\\\\\& last thought}/' \"$1\"");
  {
    test::EnvVar e("EDITOR", ed.c_str());
    CHECK(lib.run("edit", "1").out == "edited key, notes on work 1\n");
  }
  auto j = lib.work("1");
  CHECK(j.at("citekey") == "Larsen1999");
  CHECK(j.at("notes") == nlohmann::json::array({"First thought", "Second & last thought"}));
  // The old key is an alias that still names the work; the new one is pinned.
  CHECK(lib.work("larsen_microangiography_1999").at("id") == 1);
  CHECK(lib.scalar("SELECT key_pinned FROM works WHERE id = 1") == 1);
  CHECK(lib.run("log", "").out.find("edited key, notes on work 1 (key larsen_microangiography_1999 -> Larsen1999)") !=
        std::string::npos);
  check_undo_redo(lib, before);
  lib.run("undo", "");
  const std::string undone = lib.state();
  {
    // A key another work has, in another case: refused (the editor gives up).
    std::string clash = fake_editor(d, "ed2",
                                    "if grep -q '^% refnet: error' \"$1\"; then exit 1; fi\n"
                                    "sed -i '1s/{larsen_microangiography_1999,/{WASIELEWSKA_molecular_2019,/' \"$1\"");
    test::EnvVar e("EDITOR", clash.c_str());
    lib.run("edit", "1", 1);
  }
  {
    std::string clash = fake_editor(d, "ed3", "sed -i '1s/{larsen_microangiography_1999,/{WASIELEWSKA_molecular_2019,/' \"$1\"");
    test::EnvVar e("EDITOR", clash.c_str());
    auto bad = lib.run("edit", "1", 1);
    CHECK(bad.err.find("line 3: key 'WASIELEWSKA_molecular_2019' is taken (by 'wasielewska_molecular_2019')") !=
          std::string::npos);
  }
  {
    // A bad year: reported as the year, on its line (not as "unknown field 'month'").
    std::string year = fake_editor(d, "ed4", "sed -i 's/^  year = .*/  year = {19x9},/' \"$1\"");
    test::EnvVar e("EDITOR", year.c_str());
    auto bad = lib.run("edit", "1", 1);
    CHECK(bad.err.find("unknown field") == std::string::npos);
    CHECK(bad.err.find(": year '19x9' is not a number") != std::string::npos);
    CHECK(bad.err.find("error: line ") != std::string::npos);
  }
  CHECK(lib.state() == undone);
}

TEST_CASE("notes, attached files and open; undo takes a note or a file back", "[library][cli]") {
  Lib lib;
  TempDir d;
  const std::string before = lib.state();
  CHECK(lib.run("note", "1 Key paper for chapter 2").out == "added a note to work 1\n");
  check_undo_redo(lib, before);
  {
    // Without text: the editor writes the note.
    test::EnvVar no_visual("VISUAL", nullptr);
    std::string ed = d / "ed";
    { std::ofstream(ed) << "#!/bin/sh\nprintf 'Second thoughts\\n' > \"$1\"\n"; }
    std::filesystem::permissions(ed, std::filesystem::perms::owner_all);
    test::EnvVar e("EDITOR", ed.c_str());
    lib.run("note", "1");
  }
  CHECK(lib.work("1").at("notes") == nlohmann::json::array({"Key paper for chapter 2", "Second thoughts"}));
  CHECK(lib.run("show", "1").out.find("  note            Second thoughts\n") != std::string::npos);
  CHECK(lib.run("note", "nosuchwork text", 2).err.find("no work in the library is named 'nosuchwork'") !=
        std::string::npos);

  // attach: an absolute path; a missing file is recorded with a warning.
  const std::string pdf = d / "paper.pdf";
  { std::ofstream(pdf) << "%PDF-1.4\n"; }
  CHECK(lib.run("attach", "1 '" + pdf + "'").out == "attached " + pdf + " to work 1\n");
  auto missing = lib.run("attach", "2 no/such.pdf");
  CHECK(missing.err.find("/no/such.pdf: warning: no such file (recorded anyway)") != std::string::npos);
  CHECK(lib.work("2").at("files").at(0).get<std::string>().front() == '/');

  // open: the file, else the DOI, else the URL, through $REFNET_OPENER.
  const std::string log = d / "opened";
  std::string opener = d / "opener";
  { std::ofstream(opener) << "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" << log << "'\n"; }
  std::filesystem::permissions(opener, std::filesystem::perms::owner_all);
  test::EnvVar o("REFNET_OPENER", opener.c_str());
  lib.run("open", "1");
  std::int64_t with_doi = lib.scalar("SELECT min(id) FROM works WHERE doi IS NOT NULL AND id > 2");
  lib.run("open", std::to_string(with_doi));
  // The DOI as its source spells it (10.1590/S0103-...), which is what the record's JSON keeps beside the folded one.
  const auto spelled = [&](std::int64_t id) {
    auto w = lib.work(std::to_string(id));
    return (w.contains("doi_spelling") ? w.at("doi_spelling") : w.at("doi")).get<std::string>();
  };
  CHECK(test::slurp(log) == pdf + "\nhttps://doi.org/" + spelled(with_doi) + "\n");
  // A file attached first but gone (or never there) is not what opens: the
  // first file that exists, else the DOI, with a warning naming the missing
  // one ('refnet open' handed the missing path to xdg-open, which failed).
  std::filesystem::remove(log);
  const std::string doi_url = "https://doi.org/" + spelled(with_doi);
  lib.run("attach", std::to_string(with_doi) + " '" + (d / "gone.pdf") + "'");
  auto gone = lib.run("open", std::to_string(with_doi));
  CHECK(gone.err.find("refnet open: warning: " + (d / "gone.pdf") + " does not exist") != std::string::npos);
  lib.run("attach", std::to_string(with_doi) + " '" + pdf + "'");
  lib.run("open", std::to_string(with_doi));
  CHECK(test::slurp(log) == doi_url + "\n" + pdf + "\n");
  // Nothing else to open: an error that says what to do.
  std::int64_t bare = lib.scalar("SELECT min(id) FROM works WHERE doi IS NULL AND id > 2");
  lib.run("unset", std::to_string(bare) + " url");
  lib.run("attach", std::to_string(bare) + " '" + (d / "gone.pdf") + "'");
  auto none = lib.run("open", std::to_string(bare), 1);
  CHECK(none.err.find("has no file that exists (" + (d / "gone.pdf") + " does not), no DOI and no URL; attach the file again with 'refnet attach'") != std::string::npos);
  // Merged away, its notes and files are the survivor's.
  lib.run("merge", "3 1");
  CHECK(lib.work("3").at("notes").size() == 2);
  CHECK(lib.work("3").at("files").at(0) == pdf);
}

TEST_CASE("rekey asks, keeps pinned keys, and every old key stays an alias", "[library][cli]") {
  Lib lib;
  const std::string k1 = lib.work("1").at("citekey"), k2 = lib.work("2").at("citekey");
  // No terminal and no --yes: the changes are printed, nothing is stored.
  auto dry = lib.run("rekey", "--pattern '[auth:lower][year]' 1 2 3");
  CHECK(dry.out.find(k1 + "\tlarsen1999") == 0);
  CHECK(dry.err.find("not changed: no terminal to ask; 'refnet rekey --yes' stores the changes") != std::string::npos);
  CHECK(lib.work("1").at("citekey") == k1);
  CHECK(lib.run("key", "pin " + k2).out == "pinned 1 of 1 key\n");
  auto r = lib.run("rekey", "--yes --pattern '[auth:lower][year]' 1 2 3");
  CHECK(r.err.find("(1 pinned, kept)") != std::string::npos);
  CHECK(lib.work("1").at("citekey") == "larsen1999");
  CHECK(lib.work("2").at("citekey") == k2);
  // The old key still names the work: show, and export --cites.
  CHECK(lib.work(k1).at("id") == 1);
  TempDir d;
  { std::ofstream(d / "paper.tex") << "\\cite{" << k1 << "}\n"; }
  auto cited = lib.run("export", "--cites '" + (d / "paper.tex") + "'");
  // ... and the entry is written under the key the paper cites, so that
  // bibtex finds it (it was written as larsen1999: the audit's bibtex run
  // said "I didn't find a database entry").
  CHECK(cited.out.find("@article{" + k1 + ",") != std::string::npos);
  // The export pinned the work's key (an entry of its own); undo takes
  // that back first, then the rekey and its aliases.
  CHECK(cited.err.find("pinned 1 key") != std::string::npos);
  lib.run("undo", "");
  CHECK(lib.work("1").at("citekey") == "larsen1999");
  lib.run("undo", "");
  CHECK(lib.work("1").at("citekey") == k1);
  CHECK(lib.scalar("SELECT count(*) FROM key_aliases") == 0);
  CHECK(lib.run("key", "pin nosuchkey", 2).err.find("no work in the library is named 'nosuchkey'") != std::string::npos);
}

TEST_CASE("an absorbed work's key is an alias of the survivor, held by no work; unmerge and undo give it back",
          "[library][cli]") {
  Lib lib;
  lib.run("import", "'" + kRis + "'");  // 718 records join their BibTeX twin by DOI
  auto text = [&](const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(lib.path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    std::string v = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)
                        ? reinterpret_cast<const char*>(sqlite3_column_text(s, 0))
                        : "";
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
  };
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into IS NOT NULL") == 718);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE merged_into IS NOT NULL AND citekey IS NOT NULL") == 0);
  CHECK(lib.scalar("SELECT count(*) FROM key_aliases WHERE absorbed = 1") == 718);
  // The first absorbed work, and the key it had: it names the survivor.
  const std::int64_t absorbed = lib.scalar("SELECT min(id) FROM works WHERE merged_into IS NOT NULL");
  const std::int64_t survivor = lib.scalar("SELECT merged_into FROM works WHERE id = " + std::to_string(absorbed));
  const std::string old_key = text("SELECT alias FROM key_aliases WHERE work_id = " + std::to_string(absorbed));
  REQUIRE(!old_key.empty());
  CHECK(lib.work(old_key).at("id") == survivor);
  const std::string before = lib.state();
  // The audit: rekey gave the survivor the absorbed work's key with an 'a'
  // (the absorbed work still held it).  Now it is free.
  lib.run("rekey", "--yes --pattern '[auth:lower][year]' " + std::to_string(survivor));
  const std::string rekeyed = lib.work(std::to_string(survivor)).at("citekey");
  CHECK(rekeyed.back() != 'a');
  lib.run("undo", "");
  CHECK(lib.state() == before);
  // unmerge gives the absorbed work its key back; undo takes that back.
  lib.run("unmerge", std::to_string(absorbed));
  CHECK(lib.work(std::to_string(absorbed)).at("citekey") == old_key);
  CHECK(lib.scalar("SELECT count(*) FROM key_aliases WHERE work_id = " + std::to_string(absorbed)) == 0);
  lib.run("undo", "");
  CHECK(lib.state() == before);
  // BibTeX export --aux of a paper citing the old key finds the survivor.
  TempDir d;
  { std::ofstream(d / "paper.aux") << "\\citation{" << old_key << "}\n"; }
  auto cited = lib.run("export", "--no-pin --aux '" + (d / "paper.aux") + "'");
  CHECK(cited.out.find("@") != std::string::npos);
  CHECK(cited.out.find("{" + old_key + ",") != std::string::npos);
  // A new work never takes the alias (a paper may still \cite it): a .bib
  // entry under that key is imported under another, and the old key still
  // names the survivor.
  { std::ofstream(d / "new.bib") << "@article{" << old_key << ", title = {A different work}, author = {Nobody, Ann},"
                                 << " journal = {Elsewhere}, year = {1901}}\n"; }
  lib.run("import", "'" + (d / "new.bib") + "'");
  const std::int64_t fresh = lib.scalar("SELECT max(id) FROM works");
  CHECK(lib.work(std::to_string(fresh)).at("citekey") != old_key);
  CHECK(lib.work(old_key).at("id") == survivor);
}

TEST_CASE("a title set or edited by the user carries its own protected words, not the imported title's",
          "[library][cli]") {
  // The imported title protects {Cocker} {Spaniel}: its spans must not be
  // laid over another title (the audit saw 'titl{e abou}t{ microv}ascular').
  Lib lib;
  const std::string w = "larsen_microangiography_1999";
  REQUIRE(lib.run("set", w + " 'title=A different and longer title about {MRI} of the elbow joint in dogs'").status == 0);
  auto bib = lib.run("export", "--no-pin -o - " + w).out;
  CHECK_THAT(bib, Catch::Contains("title = {A different and longer title about {MRI} of the elbow joint in dogs}"));
  auto csl = lib.run("export", "--no-pin --format csljson -o - " + w).out;
  CHECK_THAT(csl, Catch::Contains(R"("title": "A different and longer title about <span class=\"nocase\">MRI</span> of the elbow joint in dogs")"));
  // show and edit give the braces back, so an edit round trip keeps them.
  CHECK(lib.work(w).at("title") == "A different and longer title about MRI of the elbow joint in dogs");
  // A title without braces protects nothing; unbalanced braces are refused.
  REQUIRE(lib.run("set", w + " 'title=Plain new title'").status == 0);
  CHECK_THAT(lib.run("export", "--no-pin -o - " + w).out, Catch::Contains("title = {Plain new title}"));
  auto bad = lib.run("set", w + " 'title=Broken {brace title'", 2);
  CHECK_THAT(bad.err, Catch::Contains("brace"));
  // Unset removes the title; undoing the user's changes brings the imported
  // title back with its own protected words.
  REQUIRE(lib.run("unset", w + " title").status == 0);
  CHECK_THAT(lib.run("export", "--no-pin -o - " + w).out, !Catch::Contains("title ="));
  for (int i = 0; i < 3; ++i) lib.run("undo", "");  // unset, set, set
  CHECK_THAT(lib.run("export", "--no-pin -o - " + w).out,
             Catch::Contains("title = {Microangiography of the humeral condyle in {Cocker} {Spaniel} and non-{Cocker} {Spaniel} dogs}"));
}

TEST_CASE("after rekey, export --cites writes each entry under the key the paper cites", "[library][cli]") {
  Lib lib;
  lib.run("rekey", "--yes");
  const std::string tex = lib.dir / "paper.tex";
  std::ofstream(tex) << "\\cite{larsen_microangiography_1999}\n";
  auto bib = lib.run("export", "--cites '" + tex + "' -o -").out;
  CHECK_THAT(bib, Catch::Contains("@article{larsen_microangiography_1999,"));
  CHECK_THAT(bib, !Catch::Contains("@article{larsen1999"));
  // biblatex keeps the new key and lists the old one in ids.
  auto bl = lib.run("export", "--format biblatex --cites '" + tex + "' -o -").out;
  CHECK_THAT(bl, Catch::Contains("ids = {larsen_microangiography_1999}"));
  // A paper citing the new key gets the new key.
  std::ofstream(tex) << "\\cite{larsen1999microangiography}\n";
  CHECK_THAT(lib.run("export", "--cites '" + tex + "' -o -").out, Catch::Contains("@article{larsen1999microangiography,"));
}

TEST_CASE("export pins the keys it writes: one journal entry, undoable; --no-pin; rekey leaves them", "[library][cli]") {
  Lib lib;
  const std::string k1 = lib.work("1").at("citekey"), k2 = lib.work("2").at("citekey");
  const std::string before = lib.state();
  TempDir d;
  // --no-pin, and CSV (no citation keys a paper cites): nothing pinned, no entry.
  lib.run("export", "--no-pin -o '" + (d / "a.bib") + "' 1 2");
  lib.run("export", "-o '" + (d / "a.csv") + "' 1 2");
  CHECK(lib.state() == before);
  CHECK(lib.scalar("SELECT count(*) FROM journal") == 1);  // the import only
  // An export that only pins is one entry, "pinned 2 keys", that undo takes back.
  auto e = lib.run("export", "-o '" + (d / "a.bib") + "' 1 2");
  CHECK(e.err.find("pinned 2 keys") != std::string::npos);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE key_pinned = 1") == 2);
  CHECK(lib.scalar("SELECT count(*) FROM journal") == 2);
  CHECK(lib.run("log", "").out.find("pinned 2 keys") != std::string::npos);
  check_undo_redo(lib, before);
  // Exporting the same works again pins nothing new: no entry.
  lib.run("export", "--format ris 1 2");
  lib.run("export", "--format csljson 2");
  CHECK(lib.scalar("SELECT count(*) FROM journal") == 2);
  // RIS to stdout pins too; rekey leaves the three pinned keys alone.
  lib.run("export", "--format ris 3");
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE key_pinned = 1") == 3);
  auto r = lib.run("rekey", "--yes --pattern '[auth:lower][year]' 1 2 3 4");
  CHECK(r.err.find("(3 pinned, kept)") != std::string::npos);
  CHECK(lib.work("1").at("citekey") == k1);
  CHECK(lib.work("2").at("citekey") == k2);
  // --aux: the keys a paper cites are pinned.
  { std::ofstream(d / "paper.aux") << "\\citation{" << lib.work("5").at("citekey").get<std::string>() << "}\n"; }
  lib.run("export", "--aux '" + (d / "paper.aux") + "' -o '" + (d / "p.bib") + "'");
  CHECK(lib.scalar("SELECT key_pinned FROM works WHERE id = 5") == 1);
}

TEST_CASE("notes are exported: BibTeX annote, RIS N1, CSL-JSON annote, CSV notes; an import keeps them", "[library][cli]") {
  Lib lib;
  lib.run("note", "1 'Key paper for chapter 2'");
  lib.run("note", "1 'Costs rose 50% & more: see {Table 3}'");
  lib.run("tag", "add private-tag 1");
  TempDir d;
  // BibTeX: one annote, the notes a blank line apart, LaTeX-escaped like the
  // other fields, after the annote the Zotero export gave the work, but for
  // what a paper leaves out of it (Web of Science's citation counts, which
  // --profile full keeps).
  lib.run("export", "--no-pin -o '" + (d / "a.bib") + "' 1");
  const std::string bib = test::slurp(d / "a.bib");
  const std::string annote = "annote = {Key paper for chapter 2\n\n"
                             "Costs rose 50\\% \\& more: see \\{Table 3\\}}";
  CHECK(bib.find(annote) != std::string::npos);
  CHECK(bib.find("Times Cited") == std::string::npos);
  CHECK(lib.run("export", "--no-pin --profile full 1").out.find("Cited Reference Count:\u00a0\u00a011\n\nKey paper") !=
        std::string::npos);
  CHECK(bib.find("annote") == bib.rfind("annote"));  // one field
  CHECK(bib.find("private-tag") == std::string::npos);  // tags stay private
  // RIS: one N1 a note; CSL-JSON: annote; CSV: a notes column.
  const std::string ris = lib.run("export", "--no-pin --format ris 1").out;
  CHECK(ris.find("N1  - Key paper for chapter 2\r\nN1  - Costs rose 50% & more: see {Table 3}\r\n") != std::string::npos);
  auto csl = nlohmann::json::parse(lib.run("export", "--no-pin --format csljson 1").out).at(0);
  CHECK(csl.at("annote") == "Key paper for chapter 2\n\nCosts rose 50% & more: see {Table 3}");
  CHECK(lib.run("export", "--format csv --columns key,notes 1").out.find(
            "\"Key paper for chapter 2\n\nCosts rose 50% & more: see {Table 3}\"") != std::string::npos);
  // Another work's export has none of them.
  CHECK(lib.run("export", "--no-pin 2").out.find("Key paper") == std::string::npos);
  // Round trip: imported into a fresh library, the notes are field values:
  // RIS N1 as text, the .bib annote verbatim (exported again, the same field).
  {
    TempDir other;
    std::ofstream(d / "a.ris") << ris;
    REQUIRE(run_refnet("import --library '" + (other / "lib.sqlite") + "' '" + (d / "a.ris") + "'").status == 0);
    auto shown = run_refnet("show --json --library '" + (other / "lib.sqlite") + "' 1").out;
    CHECK(shown.find("Key paper for chapter 2") != std::string::npos);
    CHECK(shown.find("Costs rose 50% & more: see {Table 3}") != std::string::npos);
  }
  TempDir other;
  REQUIRE(run_refnet("import --library '" + (other / "lib.sqlite") + "' '" + (d / "a.bib") + "'").status == 0);
  CHECK(run_refnet("export --no-pin --library '" + (other / "lib.sqlite") + "' 1").out.find(annote) != std::string::npos);
}

TEST_CASE("tags stay private; export --tags-as-keywords adds them to BibTeX keywords", "[library][cli]") {
  Lib lib;
  lib.run("tag", "add 'to read' 1");
  lib.run("tag", "add chapter-2 1");
  for (const char* format : {"bibtex", "biblatex", "ris", "csljson"})
    CHECK(lib.run("export", std::string("--no-pin --format ") + format + " 1").out.find("chapter-2") == std::string::npos);
  for (const char* format : {"bibtex", "biblatex"}) {
    std::string out = lib.run("export", std::string("--no-pin --tags-as-keywords --format ") + format + " 1").out;
    auto at = out.find("  keywords = {");
    REQUIRE(at != std::string::npos);
    std::string line = out.substr(at, out.find('\n', at) - at);
    CHECK(line.size() > std::string("  keywords = {chapter-2, to read}").size());  // the work's own keywords first
    CHECK(line.substr(line.size() - 22) == ", chapter-2, to read},");
  }
  // A tag that is already a keyword is not written twice.
  const std::string kw = lib.work("1").at("keywords").at(0);
  lib.run("tag", "add '" + kw + "' 1");
  std::string out = lib.run("export", "--no-pin --tags-as-keywords 1").out;
  auto at = out.find("  keywords = {");
  std::string line = out.substr(at, out.find('\n', at) - at);
  CHECK(line.find(kw) == line.rfind(kw));
  CHECK(line.substr(line.size() - 22) == ", chapter-2, to read},");
  CHECK(lib.run("export", "--tags-as-keywords --format ris 1", 2).err.find("for BibTeX and BibLaTeX") != std::string::npos);
}

TEST_CASE("set date= takes a range START/END, which show, CSV and every export then carry", "[library][cli]") {
  Lib lib;
  lib.run("set", "1 date=2001/2003");
  CHECK(lib.run("show", "1").out.find("2001/2003") != std::string::npos);
  CHECK(lib.run("export", "--format biblatex 1").out.find("date = {2001/2003}") != std::string::npos);
  auto csl = nlohmann::json::parse(lib.run("export", "--format csl-json 1").out);
  CHECK(csl[0]["issued"]["date-parts"] == nlohmann::json::parse("[[2001],[2003]]"));
  CHECK(lib.run("export", "--format csv --columns key,date 1").out.find("2001/2003") != std::string::npos);
  lib.run("set", "1 date=1999-03/1999-05");
  CHECK(lib.run("export", "--format biblatex 1").out.find("date = {1999-03/1999-05}") != std::string::npos);
  lib.run("set", "1 date=2020/");  // still going
  CHECK(lib.run("export", "--format biblatex 1").out.find("date = {2020/}") != std::string::npos);
  CHECK(lib.run("set", "1 date=2003/2001", 2).err.find("ends before it starts") != std::string::npos);
  CHECK(lib.run("set", "1 date=2001/20x3", 2).err.find("year '20x3' is not a number") != std::string::npos);
}

TEST_CASE("edit: a value the BibTeX reader would drop (a DOI that is none) reopens the editor, as set refuses it",
          "[library][cli]") {
  // A new user's EDITOR script added `doi = {not-a-doi}` and an ISBN: refnet
  // said "edited isbn on work 2", exit 0, and the DOI was gone unsaid (the
  // BibTeX reader kept it aside as an extra field); `set doi=not-a-doi`
  // refuses the same value.
  Lib lib;
  TempDir d;
  test::EnvVar no_visual("VISUAL", nullptr);
  const std::string before = lib.state();
  std::string stubborn = fake_editor(d, "ed1", "sed -i -e '/^% refnet: /d' -e '/^}/i\\  doi = {not-a-doi},' \"$1\"");
  {
    test::EnvVar e("EDITOR", stubborn.c_str());
    auto bad = lib.run("edit", "1", 1);
    CHECK(bad.err.find("not a DOI: 'not-a-doi'") != std::string::npos);
  }
  CHECK(lib.state() == before);
  // The error on top names the DOI's line; the user fixes it.
  std::string fixer = fake_editor(d, "ed2",
                                  "if grep -q '^% refnet: error: line [0-9]*: not a DOI' \"$1\"; then\n"
                                  "  sed -i 's|not-a-doi|10.1234/fixed.5|' \"$1\"\n"
                                  "else\n"
                                  "  sed -i '/^}/i\\  doi = {not-a-doi},' \"$1\"\n"
                                  "fi");
  {
    test::EnvVar e("EDITOR", fixer.c_str());
    CHECK(lib.run("edit", "1").out == "edited doi on work 1\n");
  }
  CHECK(lib.work("1").at("doi") == "10.1234/fixed.5");
  // An editor that comes back with a new wrong text every time (a script
  // that kept adding fields looped until it was killed) is stopped.
  const std::string before_loop = lib.state();
  std::string looping = fake_editor(d, "ed3", "sed -i \"/^}/i\\  colour$$ = {blue},\" \"$1\"");
  {
    test::EnvVar e("EDITOR", looping.c_str());
    auto bad = lib.run("edit", "1", 1);
    CHECK(bad.err.find("still wrong after 10 tries: nothing changed") != std::string::npos);
  }
  CHECK(lib.state() == before_loop);
}
