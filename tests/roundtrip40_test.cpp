// Issue 11 (roundtrip40): refnet's own exports re-imported, and colleagues'
// keys.  A user's round trips, each from the command line: an edited note
// in the export updates the note; an unchanged `export --cites` file of a
// merged work changes nothing; a colleague's entry under the same key but
// another paper stays another work; biblatex ids hold no key refnet made up.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

using Lib = CliLibrary;

std::size_t count_of(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

std::size_t works(const Lib& l) {
  CommandResult list = l.run("list");
  REQUIRE(list.status == 0);
  return static_cast<std::size_t>(std::count(list.out.begin(), list.out.end(), '\n'));
}

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

// Replaces the first `from` in the file by `to`.
void edit(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = slurp(path);
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  write(path, text);
}

const char* const kSmith =
    "@article{smith2020,\n  author = {Smith, John},\n  title = {A study of things},\n"
    "  journal = {J. Things},\n  year = {2020},\n  volume = {3},\n  pages = {1--10}\n}\n";

}  // namespace

TEST_CASE("roundtrip40: an edited note in refnet's own BibTeX, RIS or CSL-JSON export updates the note",
          "[roundtrip40][notes]") {
  for (const std::string format : {"bibtex", "ris", "csl-json"}) {
    INFO(format);
    Lib l;
    const std::string src = l.dir / "a.bib", out = l.dir / ("out." + format);
    write(src, kSmith);
    REQUIRE(l.run("import '" + src + "'").status == 0);
    REQUIRE(l.run("note smith2020 'check fig 3'").status == 0);
    REQUIRE(l.run("note smith2020 'ask Ann about the data'").status == 0);
    REQUIRE(l.run("export --format " + format + " -o '" + out + "'").status == 0);
    edit(out, "check fig 3", "check fig 3 and fig 4");
    CommandResult imp = l.run("import '" + out + "'");
    REQUIRE(imp.status == 0);
    // Said at the entry, naming the note and the work.
    CHECK(imp.err.find(": note: the edited ") != std::string::npos);
    CHECK(imp.err.find("updates note 1 of work 1 (smith2020, \"A study of things\", 2020): 'check fig 3' -> "
                       "'check fig 3 and fig 4'") != std::string::npos);
    for (int round = 0; round < 2; ++round) {
      INFO("round " << round);
      REQUIRE(l.run("export --format " + format + " -o '" + out + "'").status == 0);
      const std::string text = slurp(out);
      CHECK(count_of(text, "check fig 3 and fig 4") == 1);
      CHECK(count_of(text, "check fig 3") == 1);  // before: 2 (the edit and the old note)
      CHECK(count_of(text, "ask Ann about the data") == 1);
      CommandResult again = l.run("import '" + out + "'");
      REQUIRE((again.status == 0 || again.status == 3));
      CHECK(again.err.find("updates note") == std::string::npos);  // unchanged: nothing to say
    }
    CHECK(works(l) == 1);
    CommandResult show = l.run("show smith2020");
    CHECK(count_of(show.out, "check fig 3 and fig 4") == 1);
    CHECK(count_of(show.out, "check fig 3") == 1);
  }
}

TEST_CASE("roundtrip40: an edited note is one import: undo gives the old note back; a note left out is kept",
          "[roundtrip40][notes]") {
  Lib l;
  const std::string src = l.dir / "a.bib", out = l.dir / "out.bib";
  write(src, kSmith);
  REQUIRE(l.run("import '" + src + "'").status == 0);
  REQUIRE(l.run("note smith2020 'check fig 3'").status == 0);
  REQUIRE(l.run("note smith2020 'ask Ann about the data'").status == 0);
  REQUIRE(l.run("export -o '" + out + "'").status == 0);
  edit(out, "check fig 3", "check fig 5");
  REQUIRE(l.run("import '" + out + "'").status == 0);
  CHECK(l.run("show smith2020").out.find("check fig 5") != std::string::npos);
  REQUIRE(l.run("undo").status == 0);
  CommandResult show = l.run("show smith2020");
  CHECK(show.out.find("check fig 5") == std::string::npos);
  CHECK(show.out.find("check fig 3") != std::string::npos);
  // The user deletes a note's paragraph from the annote: the note stays, said.
  REQUIRE(l.run("export -o '" + out + "'").status == 0);
  edit(out, "\n\nask Ann about the data", "");
  CommandResult imp = l.run("import '" + out + "'");
  CHECK(imp.err.find("warning: the annote leaves out note 2 of work 1") != std::string::npos);
  CHECK(l.run("show smith2020").out.find("ask Ann about the data") != std::string::npos);
  // A paragraph added after the notes is a new note.
  REQUIRE(l.run("export -o '" + out + "'").status == 0);
  edit(out, "ask Ann about the data", "ask Ann about the data\n\nre-read section 2");
  imp = l.run("import '" + out + "'");
  CHECK(imp.err.find("note: the annote adds a note to work 1") != std::string::npos);
  REQUIRE(l.run("export -o '" + out + "'").status == 0);
  CHECK(count_of(slurp(out), "re-read section 2") == 1);
  CHECK(count_of(slurp(out), "check fig 3") == 1);
}
