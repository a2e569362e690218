// An author's BibTeX through bibtex (task try42): every warning bibtex prints
// on refnet's export is one refnet said first.  A Zotero export's article
// with an issue and no volume (Novyi Mir, asysd__zotero_export.bib) made
// plain.bst warn "there's a number but no volume", unannounced.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <unordered_set>

#include "refnet/citekey.hpp"
#include "refnet/exporter.hpp"
#include "refnet/text.hpp"
#include "../exporters/bibtex_required.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("bibtex's warnings on a real Zotero library's export were all announced by refnet", "[bibtex42]") {
  auto records = parse_file(fixture("corpora/asysd__zotero_export.bib")).records;
  REQUIRE(records.size() == 1000);
  std::unordered_set<std::string> keys;
  for (const auto& r : records) keys.insert(ascii_lower(r.citekey));
  ExportNotes notes;
  ExportOptions opt;
  opt.exported_keys = &keys;
  opt.notes = &notes;
  std::ostringstream bib;
  write_bibtex(bib, records, opt);
  std::string said;
  for (const auto& s : notes.incomplete) said += s + "\n";
  for (const auto& s : notes.warnings) said += s + "\n";
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << bib.str();
  std::ofstream(tmp / "plain.aux") << "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n";
  std::system(("cd '" + tmp.path.string() + "' && bibtex plain >/dev/null 2>&1").c_str());
  std::string blg = slurp(tmp / "plain.blg");
  std::regex re("Warning--(.+) in (\\S+)");
  std::size_t warned = 0;
  for (std::sregex_iterator it(blg.begin(), blg.end(), re), end; it != end; ++it) {
    ++warned;
    INFO("bibtex: " << (*it)[0].str() << "\nrefnet said:\n" << said);
    CHECK(said.find((*it)[2].str()) != std::string::npos);
  }
  // 4 by bibtex 0.99d: 3 empty year, 1 number without volume.  (9 before
  // try45: 5 empty author, Web of Science's unsigned works, now written
  // author = {Anonymous}.)
  CHECK(warned == 4);
  CHECK(said.find("berezin_death_2019") != std::string::npos);
}

TEST_CASE("missing_required_fields: an article's number without a volume, as plain.bst warns", "[bibtex42]") {
  const std::string article = "@article{k,\n  author = {A, B},\n  title = {T},\n  journal = {J},\n  year = {2019},\n";
  CHECK(bibtex_out::missing_required_fields(article + "  number = {5},\n}\n", false) ==
        std::vector<std::string>{"volume beside number (\"there's a number but no volume\")"});
  CHECK(bibtex_out::missing_required_fields(article + "  volume = {3},\n  number = {5},\n}\n", false).empty());
  CHECK(bibtex_out::missing_required_fields(article + "}\n", false).empty());
  // biblatex's styles print an issue without a volume, and biber says nothing.
  CHECK(bibtex_out::missing_required_fields(article + "  number = {5},\n}\n", true) ==
        bibtex_out::missing_required_fields(article + "}\n", true));
}

// missing_required_fields reads the entry's field names once, not the entry
// again for each field asked for: the same answers (checked on the old
// search too) on fields in capitals, a value running over a line that looks
// like a field, a name without a space before '=', one indented by three.
TEST_CASE("missing_required_fields reads an entry's field names as the search for each field did", "[bibtex42]") {
  using V = std::vector<std::string>;
  auto missing = [](const std::string& e, bool biblatex) { return bibtex_out::missing_required_fields(e, biblatex); };
  CHECK(missing("@article{k,\n  AUTHOR = {A, B},\n  Title = {T},\n  journal = {J},\n  year = {2019},\n}\n", false).empty());
  CHECK(missing("@article{k,\n  author = {A},\n  title = {T\n  journal = {a line of the title},\n  year = 2019},\n}\n",
                false).empty());
  CHECK(missing("@book{k,\n  editor= {E},\n  title = {T},\n   publisher = {P},\n  date = {2001},\n}\n", false) ==
        V{"author|editor", "publisher", "year"});
  CHECK(missing("@book{k,\n  editor= {E},\n  title = {T},\n   publisher = {P},\n  date = {2001},\n}\n", true) ==
        V{"author"});
  CHECK(missing("@article{k,\n  author = {A},\n  title = {T},\n  year = {2019},\n  number = {5},\n  volume =\n}\n", false) ==
        V{"journal", "volume beside number (\"there's a number but no volume\")"});
  CHECK(missing("@article{k,\n  author = {A},\n  Crossref = {p},\n}\n", false).empty());
}
