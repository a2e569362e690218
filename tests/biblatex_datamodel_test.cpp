// export26: what biber --validate-datamodel and bibtex (plain, alpha) said of
// refnet's exports of the fixtures and corpora, class by class.
//
// biblatex: 183 "Invalid field 'F' for entrytype 'T'" on the sweep of every
// importable file of fixtures/ and ../shared/corpora: pages and journaltitle
// in @misc (EBSCO's and Mendeley's "Generic", RIS GEN), every field of the
// types biblatex's data model declares no fields for (@video, @letter,
// @jurisdiction, @artwork, @standard...), editors of theses and reports.
// BibTeX: 139 "to sort, need author or key" and 35 "to sort, need author,
// editor, or key" for entries with no author.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "../exporters/bibtex_common.hpp"
#include "export_support.hpp"
#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// The real files the sweep's classes came from.
std::vector<Record> sweep_sample() {
  std::vector<Record> all;
  for (const char* f : {"corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib",
                        "corpora/zotero-translators__002.expected.json", "dedup/series_subtitles.ris",
                        "corpora/zotero-translators__002.input.ris"}) {
    Parsed p = parse_file(fixture(f));
    REQUIRE(!p.records.empty());
    for (Record& r : p.records) {
      if (r.citekey.empty()) r.citekey = "k" + std::to_string(all.size());
      else r.citekey += "_" + std::to_string(all.size());  // keys unique across the files
      all.push_back(std::move(r));
    }
  }
  return all;
}

std::string entry_named(const std::string& bib, const std::string& key) {
  std::size_t at = bib.find("{" + key + ",");
  if (at == std::string::npos) return "<absent>";
  at = bib.rfind('@', at);
  return bib.substr(at, bib.find("\n}", at) - at);
}

// The lines of biber --tool --validate-datamodel on `bib` that say `what`.
std::string biber_says(const std::string& bib, const std::string& what) {
  TempDir tmp;
  std::ofstream(tmp / "refs.bib") << bib;
  std::system(("cd '" + tmp.path.string() +
               "' && biber --tool --validate-datamodel --output-file=out.bib refs.bib > biber.out 2>&1")
                  .c_str());
  std::string said = slurp(tmp / "biber.out");
  REQUIRE(said.find("Output to out.bib") != std::string::npos);
  std::string lines;
  std::istringstream in(said);
  for (std::string line; std::getline(in, line);)
    if (line.find(what) != std::string::npos) lines += line + "\n";
  return lines;
}

}  // namespace

TEST_CASE("export26: biblatex gets no field its entry type does not have", "[export][biblatex][export26]") {
  std::vector<Record> rs = sweep_sample();
  ExportOptions opt;
  ExportNotes notes;
  opt.notes = &notes;
  std::ostringstream out;
  write_biblatex(out, rs, opt);
  std::string bib = out.str();
  std::string warned;
  for (const auto& w : notes.warnings) warned += w + "\n";
  INFO(warned);
  // Each class, decided:
  // a journal article a source called something else is an @article;
  Record generic;
  generic.type = "document";
  generic.citekey = "g";
  generic.title = "Cultural bias in Wikipedia content on famous persons";
  generic.container_title = "Journal of the American Society for Information Science and Technology";
  generic.volume = "62";
  generic.pages = "1899-1915";
  CHECK(bibtex_out::entry_type(generic, bibtex_out::Dialect::biblatex) == "article");
  CHECK(bibtex_out::entry_type(generic, bibtex_out::Dialect::biblatex, true) == "misc");  // archiving: as it was
  // a container with no volume, issue or pages is how a @misc was published;
  int found = 0;
  for (const Record& r : rs)
    if (r.title == "Rangeland fire strategy science plan completion assessment: Invasives topic, 2015–20") {
      ++found;
      std::string e = entry_named(bib, r.citekey);
      INFO(e);
      CHECK(e.rfind("@misc{", 0) == 0);
      CHECK(e.find("howpublished = {Open-File Report}") != std::string::npos);
      CHECK(e.find("journaltitle") == std::string::npos);
    }
  CHECK(found >= 1);
  // biblatex's unsupported types are @misc, as its standard styles print them;
  CHECK(bib.find("@video{") == std::string::npos);
  CHECK(bib.find("@jurisdiction{") == std::string::npos);
  CHECK(bib.find("@letter{") == std::string::npos);
  // what is left out is said, once per field and type.
  CHECK(warned.find("pages is not a field of biblatex's @misc") != std::string::npos);
  CHECK(warned.find("editor is not a field of biblatex's @thesis") != std::string::npos);

  if (std::system("command -v biber >/dev/null 2>&1") != 0) {
    WARN("biber is not on PATH: skipped");
    return;
  }
  CHECK(biber_says(bib, "Invalid field") == "");
  // Archiving keeps every field, as the source had it.
  ExportOptions full;
  full.profile = ExportProfile::full;
  std::ostringstream archived;
  write_biblatex(archived, rs, full);
  CHECK(archived.str().find("@video{") != std::string::npos);
}

TEST_CASE("export26: BibTeX entries with no author sort by a key from their title", "[export][bibtex][export26]") {
  Parsed p = parse_string(R"([
    {"type":"report","id":"r1","title":"The Global Burden of Disease","publisher":"WHO","issued":{"date-parts":[[2004]]}},
    {"type":"article-journal","id":"a1","title":"Über alles","container-title":"J","issued":{"date-parts":[[2001]]}},
    {"type":"book","id":"b1","title":"A Handbook","editor":[{"family":"Lee","given":"Ann"}],"publisher":"P","issued":{"date-parts":[[2003]]}},
    {"type":"article-journal","id":"a2","title":"Named","author":[{"family":"Lee","given":"Ann"}],"container-title":"J","issued":{"date-parts":[[2002]]}}])");
  REQUIRE(p.records.size() == 4);
  std::ostringstream out;
  write_bibtex(out, p.records);
  std::string bib = out.str();
  INFO(bib);
  CHECK(entry_named(bib, "r1").find("key = {Global Burden of Disease}") != std::string::npos);
  CHECK(entry_named(bib, "a1").find("key = {{\\\"U}ber alles}") != std::string::npos);
  CHECK(entry_named(bib, "b1").find("key = {Handbook}") != std::string::npos);  // plain uses the editor first
  CHECK(entry_named(bib, "a2").find("key = ") == std::string::npos);
  // Not in biblatex (biber reads key as sortkey; biblatex sorts by title),
  // nor when archiving.
  std::ostringstream bl;
  write_biblatex(bl, p.records);
  CHECK(bl.str().find("key = ") == std::string::npos);
  ExportOptions full;
  full.profile = ExportProfile::full;
  std::ostringstream archived;
  write_bibtex(archived, p.records, full);
  CHECK(archived.str().find("key = ") == std::string::npos);

  if (std::system("command -v bibtex >/dev/null 2>&1") != 0) {
    WARN("bibtex is not on PATH: skipped");
    return;
  }
  // The real files of the sweep, through plain and alpha: no entry without a sort key.
  std::ostringstream sample;
  write_bibtex(sample, sweep_sample());
  for (const char* style : {"plain", "alpha"}) {
    TempDir tmp;
    std::ofstream(tmp / "refs.bib") << sample.str();
    std::ofstream(tmp / "s.aux") << "\\relax\n\\citation{*}\n\\bibstyle{" << style << "}\n\\bibdata{refs}\n";
    std::system(("cd '" + tmp.path.string() + "' && bibtex s >/dev/null 2>&1").c_str());
    std::string blg = slurp(tmp / "s.blg");
    INFO(style << "\n" << blg);
    CHECK(blg.find("Database file #1: refs.bib") != std::string::npos);
    CHECK(blg.find("to sort, need") == std::string::npos);
  }
}
