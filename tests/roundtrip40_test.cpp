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

// `show`'s view of a work: its fields, before its sources (a re-import adds
// one); biblatex's `ids` read back is kept as the source's field `[ids]`.
std::string view_of(const Lib& l, const std::string& key) {
  std::string out = l.run("show " + key).out;
  out = out.substr(0, out.find("\n  sources\n") + 1);
  std::size_t ids = out.find("  [ids]");
  if (ids != std::string::npos) out.erase(ids, out.find('\n', ids) + 1 - ids);
  return out;
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

// The user's library: kSmith imported from a.bib, with `notes` on it.
void smith_with_notes(const Lib& l, std::initializer_list<const char*> notes) {
  const std::string src = l.dir / "a.bib";
  write(src, kSmith);
  REQUIRE(l.run("import '" + src + "'").status == 0);
  for (const char* n : notes) REQUIRE(l.run(std::string("note smith2020 '") + n + "'").status == 0);
}

}  // namespace

TEST_CASE("roundtrip40: an edited note in refnet's own BibTeX, RIS or CSL-JSON export updates the note",
          "[roundtrip40][notes]") {
  for (const std::string format : {"bibtex", "ris", "csl-json"}) {
    INFO(format);
    Lib l;
    const std::string out = l.dir / ("out." + format);
    smith_with_notes(l, {"check fig 3", "ask Ann about the data"});
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
  const std::string out = l.dir / "out.bib";
  smith_with_notes(l, {"check fig 3", "ask Ann about the data"});
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

// The year of a merged work differs between its sources (Alice: 2020, Bob's
// online-first record: 2019); the paper cites Bob's key.  refnet's export
// writes the merged view (2020) under SmithDoe19; read back, it is that work.
TEST_CASE("roundtrip40: an unchanged export --cites file re-imported changes nothing", "[roundtrip40][keys]") {
  for (const std::string format : {"bibtex", "biblatex", "csl-json"}) {
    INFO(format);
    Lib l;
    const std::string alice = l.dir / "alice.bib", bob = l.dir / "bob.bib", tex = l.dir / "paper.tex";
    write(alice,
          "@article{smith2020,\n  author = {Smith, John and Doe, Jane},\n  title = {A study of things},\n"
          "  journal = {Journal of Things},\n  year = {2020},\n  volume = {3},\n  pages = {1--10}\n}\n");
    write(bob,
          "@article{SmithDoe19,\n  author = {Smith, John and Doe, Jane},\n  title = {A Study of Things},\n"
          "  journal = {Journal of Things},\n  year = {2019},\n  volume = {3},\n  number = {2},\n"
          "  pages = {1--10},\n  abstract = {We study things.}\n}\n");
    write(tex, "\\documentclass{article}\\begin{document}\\cite{SmithDoe19}\\end{document}\n");
    REQUIRE(l.run("import --source Alice '" + alice + "'").status == 0);
    REQUIRE(l.run("import --source Bob '" + bob + "'").status == 0);
    REQUIRE(l.run("dedup --apply").status == 0);
    REQUIRE(works(l) == 1);
    const std::string before = view_of(l, "smith2020");
    const std::string cited = l.dir / (format == "csl-json" ? "cited.json" : "cited.bib");
    REQUIRE(l.run("export --format " + format + " --cites '" + tex + "' -o '" + cited + "'").status == 0);
    REQUIRE(slurp(cited).find("SmithDoe19") != std::string::npos);
    for (int round = 0; round < 2; ++round) {
      CommandResult imp = l.run("import '" + cited + "'");
      REQUIRE((imp.status == 0 || imp.status == 3));
      CHECK(imp.out.find("1 new") == std::string::npos);
      CHECK(imp.err.find("already names") == std::string::npos);
      CHECK(works(l) == 1);  // before: 2 (a new smith2020study)
    }
    CHECK(view_of(l, "smith2020") == before);
  }
}

// Two colleagues' files: Alice exported hers (keys pinned), then Bob's file
// comes in.  His smith2020 is the second part of a series by the same
// authors in the same year, his jones2019 "Introduction" another journal's.
TEST_CASE("roundtrip40: a colleague's entry under the same key, another paper, stays another work",
          "[roundtrip40][keys]") {
  for (const bool exported : {true, false}) {
    INFO("Alice's keys pinned: " << exported);
    Lib l;
    const std::string alice = l.dir / "alice.bib", bob = l.dir / "bob.bib";
    write(alice,
          "@article{smith2020,\n  author = {Smith, John and Doe, Jane},\n"
          "  title = {Protein folding in crowded cells. {I}. Theory},\n  journal = {Biophysical Journal},\n"
          "  year = {2020},\n  volume = {118},\n  pages = {100--110}\n}\n"
          "@article{jones2019,\n  author = {Jones, Mary},\n  title = {Introduction},\n"
          "  journal = {Journal of Cell Science},\n  year = {2019},\n  volume = {132},\n  pages = {1--2}\n}\n");
    write(bob,
          "@article{smith2020,\n  author = {Smith, John and Doe, Jane},\n"
          "  title = {Protein folding in crowded cells. {II}. Experiments},\n  journal = {Biophysical Journal},\n"
          "  year = {2020},\n  volume = {118},\n  pages = {111--125}\n}\n"
          "@article{jones2019,\n  author = {Jones, Peter},\n  title = {Introduction},\n"
          "  journal = {Annals of Botany},\n  year = {2019},\n  volume = {124},\n  pages = {iii--iv}\n}\n");
    REQUIRE(l.run("import --source Alice '" + alice + "'").status == 0);
    if (exported) REQUIRE(l.run("export -o '" + (l.dir / "alice-out.bib") + "'").status == 0);
    CommandResult imp = l.run("import --source Bob '" + bob + "'");
    REQUIRE(imp.status == 0);
    CHECK(imp.out.find("2 new") != std::string::npos);  // before: 0 new, 2 merged and updated (pinned)
    CHECK(works(l) == 4);
    // Alice's works keep their own view.
    CHECK(l.run("show smith2020").out.find("I. Theory") != std::string::npos);
    CHECK(l.run("show jones2019").out.find("Journal of Cell Science") != std::string::npos);
    // Said at each entry.
    CHECK(imp.err.find("bob.bib:1:1: warning: key smith2020 already names work 1") != std::string::npos);
    CHECK(imp.err.find("bob.bib:9:1: warning: key jones2019 already names work 2") != std::string::npos);
  }
}

// A record read back joins its work at once; the key it got for that moment
// (smith2020study) named the work in no source: no old key for biblatex ids.
TEST_CASE("roundtrip40: biblatex ids hold no key refnet made up for a record that joined its work at once",
          "[roundtrip40][keys]") {
  Lib l;
  const std::string out = l.dir / "out.bib";
  smith_with_notes(l, {"check fig 3"});
  for (int round = 0; round < 2; ++round) {
    REQUIRE(l.run("export -o '" + out + "'").status == 0);
    edit(out, "year = {2020}", "year = {2020},\n  keywords = {round " + std::to_string(round) + "}");
    REQUIRE(l.run("import '" + out + "'").status == 0);
  }
  CommandResult bl = l.run("export --format biblatex --no-pin");
  REQUIRE(bl.status == 0);
  CHECK(bl.out.find("ids =") == std::string::npos);  // before: ids = {smith2020study}
  CommandResult bib = l.run("export --no-pin");
  CHECK(bib.err.find("old key") == std::string::npos);
  // A key a source gave stays an old key: Bob's SmithDoe19, merged into smith2020.
  const std::string bob = l.dir / "bob.bib";
  write(bob, "@article{SmithDoe19,\n  author = {Smith, John},\n  title = {A Study of Things},\n"
             "  journal = {J. Things},\n  year = {2019},\n  volume = {3},\n  pages = {1--10}\n}\n");
  REQUIRE(l.run("import '" + bob + "'").status == 0);
  REQUIRE(l.run("dedup --apply").status == 0);
  bl = l.run("export --format biblatex --no-pin");
  CHECK(bl.out.find("ids = {SmithDoe19}") != std::string::npos);
}
