// Renaming what a user names works by (issue 11, the last note's "no rename
// command"): a tag, `refnet tag rename OLD NEW` (into a tag that exists: the
// two are one) and `refnet tag delete TAG`; the label of imported records
// (the database or search each came from, which prisma and overlap count by:
// stored at import, guessed from a file's name when the file does not say),
// `refnet label rename OLD NEW` and `refnet label list`.  Each change one
// journal entry that undo reverses, each said.
#include <catch2/catch.hpp>

#include "refnet/store.hpp"
#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

using Lib = CliLibrary;

}  // namespace

TEST_CASE("tag rename moves a tag, merges it into one that exists, and undo takes it back", "[tag_label][cli]") {
  Lib lib;
  // Three works of a real Scopus export (fixtures/corpora: synthesisr's Scopus .bib example).
  REQUIRE(lib.run("import '" + fixture("corpora/synthesisr__Scopus_bib_example.bib") + "'").status == 0);
  CommandResult keys = lib.run("list --format keys --sort added");
  REQUIRE(keys.status == 0);
  std::vector<std::string> k;
  for (std::size_t s = 0, e; (e = keys.out.find('\n', s)) != std::string::npos; s = e + 1) k.push_back(keys.out.substr(s, e - s));
  REQUIRE(k.size() >= 3);
  REQUIRE(lib.run("tag add to-read " + k[0] + " " + k[1]).status == 0);
  REQUIRE(lib.run("tag add reading " + k[1] + " " + k[2]).status == 0);

  // Into a tag that exists: k[1] carried both and keeps one.
  CommandResult r = lib.run("tag rename to-read reading");
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("renamed tag 'to-read' to 'reading' on 2 works (1 carried 'reading' already)") != std::string::npos);
  CHECK(lib.run("tags").out == "3\treading\n");
  CHECK(lib.run("log -n 1").out.find("renamed tag \"to-read\" to \"reading\"") != std::string::npos);

  // A plain rename, then --json.
  r = lib.run("tag rename reading 'chapter 2' --json");
  CHECK(r.status == 0);
  CHECK(r.out == "{\"tag\":\"reading\",\"to\":\"chapter 2\",\"works\":3,\"merged\":0}\n");
  CHECK(lib.run("tags").out == "3\tchapter 2\n");

  // Undo: the rename, then the merge, each whole.
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.run("tags").out == "3\treading\n");
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.run("tags").out == "2\treading\n2\tto-read\n");

  // Delete: from every work, said; undo gives it back.
  r = lib.run("tag delete to-read");
  CHECK(r.status == 0);
  CHECK(r.out.find("deleted tag 'to-read' from 2 works") != std::string::npos);
  CHECK(lib.run("tags").out == "2\treading\n");
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.run("tags").out == "2\treading\n2\tto-read\n");

  // Nothing to rename or delete, the same name, a screening decision: refused, nothing changed.
  r = lib.run("tag rename no-such-tag other");
  CHECK(r.status == 2);
  CHECK(r.err.find("no work carries the tag 'no-such-tag'") != std::string::npos);
  CHECK(lib.run("tag delete no-such-tag").status == 2);
  CHECK(lib.run("tag rename reading reading").status == 2);
  REQUIRE(lib.run("tag add screen:include " + k[0]).status == 0);
  r = lib.run("tag rename screen:include included");
  CHECK(r.status == 2);
  CHECK(r.err.find("refnet screen") != std::string::npos);
  CHECK(lib.run("tags").out == "2\treading\n1\tscreen:include\n2\tto-read\n");
}

TEST_CASE("a merge undone after a tag rename takes back the renamed copy, never the survivor's own tag", "[tag_label][cli]") {
  Lib lib;
  REQUIRE(lib.run("import '" + fixture("corpora/synthesisr__Scopus_bib_example.bib") + "'").status == 0);
  auto tags = [&](std::int64_t work) {
    Library l(lib.path, false);
    std::string out;
    for (const std::string& t : l.tags_of(work)) out += t + ";";
    return out;
  };
  // Work 2's tag, copied onto work 1 by a merge, renamed, and the merge undone:
  // the copy goes, work 2 has its tag under the new name.
  REQUIRE(lib.run("tag add to-read 2").status == 0);
  REQUIRE(lib.run("merge 1 2").status == 0);
  CHECK(tags(1) == "to-read;");
  REQUIRE(lib.run("tag rename to-read reading").status == 0);
  CHECK(tags(1) == "reading;");
  REQUIRE(lib.run("unmerge 1").status == 0);
  CHECK(tags(1) == "");
  CHECK(tags(2) == "reading;");
  // Undone in order (the unmerge, the rename): the merge's log has the old name again.
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(tags(1) == "to-read;");
  REQUIRE(lib.run("unmerge 1").status == 0);
  CHECK(tags(1) == "");
  CHECK(tags(2) == "to-read;");
  // Renamed into a tag the survivor carried itself: the survivor keeps it.
  REQUIRE(lib.run("tag add reading 1").status == 0);
  REQUIRE(lib.run("tag add to-read 3").status == 0);
  REQUIRE(lib.run("merge 1 3").status == 0);
  CHECK(tags(1) == "reading;to-read;");
  REQUIRE(lib.run("tag rename to-read reading").status == 0);
  CHECK(tags(1) == "reading;");
  REQUIRE(lib.run("unmerge 1").status == 0);
  CHECK(tags(1) == "reading;");
  CHECK(tags(3) == "reading;");
  // A deleted tag: the merge's log forgets the copy; the tag put back on the
  // survivor by hand stays through an unmerge.
  REQUIRE(lib.run("tag add old 2").status == 0);
  REQUIRE(lib.run("merge 1 2").status == 0);
  REQUIRE(lib.run("tag delete old").status == 0);
  REQUIRE(lib.run("tag add old 1").status == 0);
  REQUIRE(lib.run("unmerge 1").status == 0);
  CHECK(tags(1) == "old;reading;");
}

TEST_CASE("label rename names a guessed source label, merges two, and undo takes it back", "[tag_label][cli]") {
  Lib lib;
  // A RIS file that names no database (its label: the file's name) and a Scopus .bib.  (It was
  // litstudy's IEEE Xplore RIS until audit59 labelled that by its layout.)
  REQUIRE(lib.run("import '" + fixture("corpora/citation-file-formatting__googlescholar.ris") + "'").status == 0);
  REQUIRE(lib.run("import --source 'Google Scholar' '" + fixture("corpora/synthesisr__Scopus_bib_example.bib") + "'").status == 0);
  CommandResult r = lib.run("label list");
  INFO(r.out << r.err);
  CHECK(r.status == 0);
  CHECK(r.out == "3\t3\tGoogle Scholar\n10\t10\tcitation-file-formatting__googlescholar.ris\n");

  r = lib.run("label rename citation-file-formatting__googlescholar.ris 'Google Scholar'");
  CHECK(r.status == 0);
  CHECK(r.out.find("relabelled 10 source records: citation-file-formatting__googlescholar.ris -> Google Scholar "
                   "(a label 3 records had already: one label now)") != std::string::npos);
  CHECK(lib.run("label list").out == "13\t13\tGoogle Scholar\n");
  r = lib.run("overlap --json");
  CHECK(r.out.find("googlescholar") == std::string::npos);
  CHECK(lib.run("log -n 1").out.find("relabelled 10 source records") != std::string::npos);

  r = lib.run("label rename 'Google Scholar' Scholar --json");
  CHECK(r.out == "{\"label\":\"Google Scholar\",\"to\":\"Scholar\",\"records\":13,\"existed\":false}\n");
  REQUIRE(lib.run("undo").status == 0);
  REQUIRE(lib.run("undo").status == 0);
  CHECK(lib.run("label list").out == "3\t3\tGoogle Scholar\n10\t10\tcitation-file-formatting__googlescholar.ris\n");

  r = lib.run("label rename Nothing Else");
  CHECK(r.status == 2);
  CHECK(r.err.find("no source record has the label 'Nothing'") != std::string::npos);
  CHECK(lib.run("label rename 'Google Scholar' ' '").status == 2);
}
