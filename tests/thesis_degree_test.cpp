// export26: a thesis's degree, read where its source says it, in every export.
//
// Before: every thesis not read from a .bib went out as @phdthesis (BibTeX),
// @thesis with type = {phdthesis} (biblatex), and with no genre (CSL-JSON):
// ProQuest's "Degree: M.A." theses were PhD theses in the bibliography.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "refnet/exporter.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string export_as(const std::vector<Record>& rs, bool biblatex, ExportNotes* notes = nullptr) {
  std::ostringstream out;
  ExportOptions opt;
  opt.notes = notes;
  if (biblatex) write_biblatex(out, rs, opt);
  else write_bibtex(out, rs, opt);
  return out.str();
}

// The entry whose key is `key`, from its '@' to its closing brace.
std::string entry_of(const std::string& bib, const std::string& key) {
  std::size_t at = bib.find("{" + key + ",");
  if (at == std::string::npos) return "<absent>";
  at = bib.rfind('@', at);
  return bib.substr(at, bib.find("\n}", at) - at);
}

std::string field_in(const std::string& entry, const std::string& field) {
  std::string needle = "\n  " + field + " = ";
  std::size_t p = entry.find(needle);
  if (p == std::string::npos) return "<absent>";
  p += needle.size();
  std::size_t e = entry.find('\n', p);
  std::string v = entry.substr(p, e - p);
  if (!v.empty() && v.back() == ',') v.pop_back();
  return v;
}

std::string type_of(const std::string& entry) { return entry.substr(1, entry.find('{') - 1); }

}  // namespace

TEST_CASE("export26: the words of a degree", "[export][thesis][export26]") {
  for (const char* m : {"Master's thesis", "M.A.", "M.S.", "MSc thesis", "M. Sc.", "Tesis de maestría",
                        "Masterarbeit", "mathesis", "Mémoire de maîtrise", "M.Phil.", "Master’s dissertation",
                        "Dissertação de mestrado", "LL.M.", "M.A.L.S.", "M.F.A.", "硕士"}) {
    INFO(m);
    CHECK(degree_of_words(m) == Degree::masters);
  }
  for (const char* d : {"Ph.D.", "PhD Thesis", "Ph. D.", "Doctoral dissertation", "Dissertation", "Ed.D.",
                        "D.Phil.", "Thèse de doctorat", "Tesis doctoral", "phdthesis", "Dr. rer. nat.",
                        "Ph.D. Dissertation, Drexel University", "Doktorarbeit", "Tese (doutorado)", "D.Min.", "D.B.A.", "Psy.D.", "博士"}) {
    INFO(d);
    CHECK(degree_of_words(d) == Degree::doctoral);
  }
  for (const char* u : {"Thesis", "Bachelor's thesis", "Undergraduate dissertation", "Honours thesis",
                        "Habilitation", "Diplomarbeit", "Thesis Type", "30982734", ""}) {
    INFO(u);
    CHECK(degree_of_words(u) == Degree::unknown);
  }
}

// ProQuest's plain text says "Degree: M.A." and "Degree: Ph.D."
// (metaknowledge's test file, real ProQuest records).
TEST_CASE("export26: ProQuest's Degree line gives the entry type, biblatex's type and CSL's genre",
          "[export][thesis][export26]") {
  Parsed p = parse_file(fixture("corpora/metaknowledge__ProQuest_TestFile.txt"));
  std::vector<Record> theses;
  for (const Record& r : p.records)
    if (r.type == "thesis") theses.push_back(r);
  REQUIRE(theses.size() >= 4);
  for (std::size_t i = 0; i < theses.size(); ++i) theses[i].citekey = "pq" + std::to_string(i);
  int masters = 0, doctoral = 0;
  std::string bib = export_as(theses, false), bl = export_as(theses, true);
  std::ostringstream csl_out;
  write_csljson(csl_out, theses);
  nlohmann::json csl = nlohmann::json::parse(csl_out.str());
  for (std::size_t i = 0; i < theses.size(); ++i) {
    const Record& r = theses[i];
    std::string said(r.get_extra("Degree"));
    INFO(r.citekey << ": Degree " << said);
    REQUIRE(!said.empty());
    bool ma = said[0] == 'M';  // M.A., M.S., M.F.A., M.A.L.S.; Ph.D., Psy.D., D.B.A., D.Min.
    (ma ? masters : doctoral)++;
    CHECK(type_of(entry_of(bib, r.citekey)) == (ma ? "mastersthesis" : "phdthesis"));
    CHECK(field_in(entry_of(bib, r.citekey), "type") == "<absent>");
    CHECK(type_of(entry_of(bl, r.citekey)) == "thesis");
    CHECK(field_in(entry_of(bl, r.citekey), "type") == (ma ? "{mathesis}" : "{phdthesis}"));
    CHECK(csl[i]["genre"] == (ma ? "Master's thesis" : "PhD thesis"));
  }
  CHECK(masters == 19);   // of the file's 100 theses
  CHECK(doctoral == 81);
}

// RIS M3 (ProQuest's RIS: "M3  - Ed.D."), ERIC's MEDLINE SO ("Ph.D.
// Dissertation, Drexel University"), EndNote's degree in VL ("Master's").
TEST_CASE("export26: RIS M3, ERIC's SO and a degree in the volume name the degree", "[export][thesis][export26]") {
  Parsed ris = parse_file(fixture("corpora/colrev__abi_inform_proquest_ris.ris"));
  const Record* edd = nullptr;
  for (Record& r : ris.records)
    if (r.type == "thesis") edd = &r;
  REQUIRE(edd);
  const_cast<Record*>(edd)->citekey = "edd";
  CHECK(thesis_degree(*edd).degree == Degree::doctoral);
  CHECK(type_of(entry_of(export_as({*edd}, false), edd->citekey)) == "phdthesis");

  Parsed eric = parse_file(fixture("corpora/zotero-cases/medline/007.input.txt"));
  REQUIRE(eric.records.size() == 2);  // the thesis, then a book
  REQUIRE(eric.records[0].type == "thesis");
  eric.records[0].citekey = "eric";
  CHECK(thesis_degree(eric.records[0]).degree == Degree::doctoral);
  CHECK(field_in(export_as({eric.records[0]}, true), "type") == "{phdthesis}");

  Parsed vl = parse_file(fixture("dedup/thesis_volume.ris"));
  std::vector<Record> theses;
  for (const Record& r : vl.records)
    if (r.type == "thesis") theses.push_back(r);
  REQUIRE(theses.size() == 2);
  theses[0].citekey = "ma";
  theses[1].citekey = "phd";
  std::string bib = export_as(theses, false);
  CHECK(type_of(entry_of(bib, theses[0].citekey)) == "mastersthesis");
  CHECK(type_of(entry_of(bib, theses[1].citekey)) == "phdthesis");
  // The degree is no volume: not written as one (biblatex's @thesis has none).
  CHECK(field_in(entry_of(bib, theses[0].citekey), "volume") == "<absent>");
  CHECK(field_in(entry_of(export_as(theses, true), theses[1].citekey), "volume") == "<absent>");
}

// A thesis whose degree nobody said is not a PhD thesis: type = {Thesis},
// printed as it is, said once for the export; the source's own words
// ("Diplomarbeit") when they name no degree.
TEST_CASE("export26: a thesis of unknown degree says Thesis, not PhD thesis", "[export][thesis][export26]") {
  Parsed p = parse_string(R"([
    {"type":"thesis","id":"t1","title":"One","author":[{"family":"Lee","given":"Ann"}],"publisher":"U","issued":{"date-parts":[[2001]]}},
    {"type":"thesis","id":"t2","title":"Two","author":[{"family":"Lee","given":"Ann"}],"publisher":"U","issued":{"date-parts":[[2002]]},"genre":"Diplomarbeit"},
    {"type":"thesis","id":"t3","title":"Three","author":[{"family":"Lee","given":"Ann"}],"publisher":"U","issued":{"date-parts":[[2003]]},"genre":"Tesis de maestría"}])");
  REQUIRE(p.records.size() == 3);
  ExportNotes notes;
  std::string bib = export_as(p.records, false, &notes);
  CHECK(type_of(entry_of(bib, "t1")) == "phdthesis");
  CHECK(field_in(entry_of(bib, "t1"), "type") == "{Thesis}");
  CHECK(field_in(entry_of(bib, "t2"), "type") == "{Diplomarbeit}");
  CHECK(type_of(entry_of(bib, "t3")) == "mastersthesis");
  std::string bl = export_as(p.records, true);
  CHECK(field_in(entry_of(bl, "t1"), "type") == "{Thesis}");
  CHECK(field_in(entry_of(bl, "t3"), "type") == "{mathesis}");
  std::string warned;
  for (const auto& w : notes.warnings) warned += w + "\n";
  INFO(warned);
  CHECK(warned.find("1 thesis whose degree no source says written with type = {Thesis}") != std::string::npos);
  CHECK(warned.find("(t1)") != std::string::npos);
  // CSL-JSON: the source's words, and no genre where nobody said one.
  std::ostringstream csl_out;
  write_csljson(csl_out, p.records);
  nlohmann::json csl = nlohmann::json::parse(csl_out.str());
  CHECK_FALSE(csl[0].contains("genre"));
  CHECK(csl[1]["genre"] == "Diplomarbeit");
  CHECK(csl[2]["genre"] == "Tesis de maestría");
  // RIS: M3, where Zotero reads a thesis's type.
  std::ostringstream ris_out;
  write_ris(ris_out, p.records);
  CHECK(ris_out.str().find("M3  - Tesis de maestría") != std::string::npos);
}

TEST_CASE("audit34: a thesis's number of pages from Zotero's RIS SP is biblatex's pagetotal and CSL's number-of-pages",
          "[export][thesis]") {
  // mq-cah/PublicHistTheses (CC-BY-SA 4.0): "SP  - 352, 266" of a thesis,
  // its number of pages (kept in extra by the RIS reader, no pages).  Before,
  // biblatex and CSL-JSON wrote it as pages; now pagetotal and
  // number-of-pages, and BibTeX (no such field) says it is not written.
  Parsed p = parse_file(fixture("ris/zotero_thesis_page_count.ris"), Format::ris);
  REQUIRE(p.records.size() == 2);
  p.records[0].citekey = "yardley2014";
  p.records[1].citekey = "derkenne2017";
  const std::string biblatex = export_as(p.records, true);
  CHECK(field_in(entry_of(biblatex, "yardley2014"), "pagetotal") == "{352, 266}");
  CHECK(field_in(entry_of(biblatex, "yardley2014"), "pages") == "<absent>");
  CHECK(field_in(entry_of(biblatex, "derkenne2017"), "pagetotal") == "{93}");
  ExportNotes notes;
  const std::string bibtex = export_as(p.records, false, &notes);
  CHECK(field_in(entry_of(bibtex, "yardley2014"), "pages") == "<absent>");
  CHECK(field_in(entry_of(bibtex, "yardley2014"), "pagetotal") == "<absent>");
  std::ostringstream csl;
  write_csljson(csl, p.records);
  nlohmann::json items = nlohmann::json::parse(csl.str());
  REQUIRE(items.size() == 2);
  CHECK(items[0]["number-of-pages"] == "352, 266");
  CHECK_FALSE(items[0].contains("page"));
  CHECK(items[1]["number-of-pages"] == "93");
}
