// One file holding the exports of several databases one after the other
// (`cat savedrecs.txt scopus.ris pubmed.nbib > all.txt`): each part is read
// by its own format's reader.  Before, the first format detected read the
// whole file: the Web of Science reader took RIS and MEDLINE tag lines for
// its own (116 "records" of a WoS+RIS file, 8 rejected of WoS+MEDLINE), the
// MEDLINE reader glued a whole WoS export into its last record's SO, and the
// RIS reader skipped the rest as "lines outside any RIS record".
#include <catch2/catch.hpp>

#include <map>

#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::parse_string;
using refnet::test::slurp;

namespace {

struct Part {
  const char* file;
  const char* format;
  std::size_t records;
  const char* name;  // as the note says it
};

// Three real exports: Web of Science tagged (29 records, FN/VR header, EF),
// Scopus RIS (87) and PubMed's MEDLINE (10).
const Part kWos{"corpora/umbrella-review__savedrecs.txt", "wos", 29, "Web of Science"};
const Part kRis{"corpora/scopus4histcite__scopus.ris", "ris", 87, "RIS"};
const Part kMedline{"corpora/pybibx__mcda_pubmed.txt", "medline", 10, "MEDLINE"};
// And BibTeX (Taylor & Francis, 2 entries): after a WoS export it was
// skipped as "text outside a WoS record", before one the WoS export was
// taken for text between entries, without a word.
const Part kBibtex{"corpora/colrev__taylor_and_francis_bib.bib", "bibtex", 2, "BibTeX"};

std::map<std::string, std::size_t> by_format(const test::Parsed& p) {
  std::map<std::string, std::size_t> n;
  for (const Record& r : p.records) ++n[r.provenance.format];
  return n;
}

std::size_t line_count(const std::string& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

}  // namespace

TEST_CASE("concatenated exports of several formats: each part is read by its own reader", "[concatenated]") {
  const std::vector<std::vector<Part>> orders = {
      {kWos, kRis}, {kRis, kWos}, {kWos, kMedline}, {kMedline, kWos}, {kRis, kMedline}, {kMedline, kRis},
      {kMedline, kRis, kWos}, {kWos, kMedline, kRis}, {kBibtex, kWos}, {kWos, kBibtex}, {kMedline, kBibtex},
      {kBibtex, kMedline}};
  for (const auto& order : orders) {
    std::string text, name;
    std::map<std::string, std::size_t> want;
    std::vector<std::size_t> first_lines;  // where each part starts, 1-based
    for (const Part& p : order) {
      first_lines.push_back(line_count(text) + 1);
      text += slurp(fixture(p.file));
      if (text.back() != '\n') text += '\n';
      name += std::string(name.empty() ? "" : " + ") + p.format;
      want[p.format] += p.records;
    }
    INFO(name);
    test::Parsed parsed = parse_string(text);
    CHECK(by_format(parsed) == want);
    CHECK(parsed.stats.rejected == 0);
    // No part is read as another's lines.
    for (const Diagnostic& d : parsed.diags.items()) {
      INFO(d.headline());
      CHECK(d.message.find("not a WoS tag line") == std::string::npos);
      CHECK(d.message.find("neither a tag line") == std::string::npos);
      CHECK(d.message.find("outside any RIS record") == std::string::npos);
      CHECK(d.message.find("not closed by ER") == std::string::npos);
      CHECK(d.message.find("text outside a WoS record") == std::string::npos);
    }
    // One note says where each part starts and how it is read.
    const Diagnostic* note = nullptr;
    for (const Diagnostic& d : parsed.diags.items())
      if (d.message.find("formats one after the other") != std::string::npos) note = &d;
    REQUIRE(note != nullptr);
    CHECK(note->severity == Severity::note);
    for (std::size_t k = 0; k < order.size(); ++k) {
      // "RIS from line N": N is the part's first record, a few lines into the file it came from.
      const std::string label = std::string(order[k].name) + " from line ";
      std::size_t at = note->message.find(label);
      REQUIRE(at != std::string::npos);
      const std::size_t line = std::stoul(note->message.substr(at + label.size()));
      CHECK(line >= first_lines[k]);
      CHECK(line < first_lines[k] + 12);
    }
    // Records keep their own lines: the first record of each part is where the part starts.
    for (std::size_t k = 0; k < order.size(); ++k) {
      std::uint32_t first = 0;
      for (const Record& r : parsed.records)
        if (r.provenance.format == order[k].format && (first == 0 || r.provenance.line < first))
          first = r.provenance.line;
      CHECK(first >= first_lines[k]);
      CHECK(first < first_lines[k] + 12);
    }
  }
}

TEST_CASE("concatenated exports: one format alone, or RIS inside a page, is not split", "[concatenated]") {
  // Two RIS exports one after the other are one RIS file (as before).
  std::string ris = slurp(fixture(kRis.file));
  test::Parsed twice = parse_string(ris + "\n" + ris);
  CHECK(twice.records.size() == 2 * kRis.records);
  for (const Diagnostic& d : twice.diags.items()) CHECK(d.message.find("formats one after the other") == std::string::npos);
  // A MEDLINE record's "PT  - Journal Article" is no Web of Science "PT J".
  test::Parsed medline = parse_string(slurp(fixture(kMedline.file)));
  CHECK(by_format(medline) == std::map<std::string, std::size_t>{{"medline", kMedline.records}});
  for (const Diagnostic& d : medline.diags.items()) CHECK(d.message.find("formats one after the other") == std::string::npos);
  // BibTeX and RIS on one page are read as before: both readers over the whole text.
  test::Parsed page = parse_string(slurp(fixture(kBibtex.file)) + "\n" + ris);
  CHECK(by_format(page) == std::map<std::string, std::size_t>{{"bibtex", 2}, {"ris", kRis.records}});
  for (const Diagnostic& d : page.diags.items()) CHECK(d.message.find("formats one after the other") == std::string::npos);
}

TEST_CASE("concatenated exports: what comes before the first part is still seen by its reader", "[concatenated]") {
  // A line of text before an RIS export followed by MEDLINE: the RIS reader
  // says it skipped it, as it would in the RIS file alone.
  std::string text = "Exported from Scopus\n" + slurp(fixture(kRis.file)) + slurp(fixture(kMedline.file));
  test::Parsed p = parse_string(text);
  CHECK(by_format(p) == std::map<std::string, std::size_t>{{"ris", kRis.records}, {"medline", kMedline.records}});
  bool said = false;
  for (const Diagnostic& d : p.diags.items())
    said = said || (d.line == 1 && d.message.find("outside any RIS record") != std::string::npos);
  CHECK(said);
}

TEST_CASE("concatenated CSV exports: the second file's header is a header, not a record", "[concatenated]") {
  // `cat scopus1.csv scopus2.csv`: the second header row was read as a record
  // titled "Title" with the DOI "DOI" (and a warning that DOI is no DOI).
  const std::string csv = slurp(fixture("corpora/umbrella-review__scopus.csv"));
  const std::size_t header_lines = 1, rows = 29;
  for (const std::string& second : {csv, csv.substr(3)}) {  // with its BOM, and without
    test::Parsed p = parse_string(csv + second);
    CHECK(p.records.size() == 2 * rows);
    CHECK(p.stats.rejected == 0);
    for (const Record& r : p.records) CHECK(r.title != "Title");
    const Diagnostic* said = nullptr;
    for (const Diagnostic& d : p.diags.items()) {
      CHECK(d.message.find("is not a DOI") == std::string::npos);
      if (d.message.find("header again") != std::string::npos) said = &d;
    }
    REQUIRE(said != nullptr);
    CHECK(said->severity == Severity::note);
    CHECK(said->line == line_count(csv) + header_lines);
  }
}

TEST_CASE("concatenated Web of Science tab-delimited exports (1,000 records a file): the header again is no record",
          "[concatenated]") {
  // UTF-16 files joined by `cat`: the second's byte-order mark is in the
  // middle; its header row was read as a record titled "TI", DOI "DI".
  const std::string one = slurp(fixture("wos/umbrella-review__savedrecs-tab-win.txt"));
  test::Parsed alone = parse_string(one);
  REQUIRE(alone.records.size() == 10);
  test::Parsed p = parse_string(one + one);
  CHECK(p.records.size() == 20);
  CHECK(p.stats.rejected == 0);
  for (const Record& r : p.records) CHECK(r.title != "TI");
  std::size_t notes = 0;
  for (const Diagnostic& d : p.diags.items()) {
    CHECK(d.message.find("is not a DOI") == std::string::npos);
    notes += d.message.find("header again") != std::string::npos;
  }
  CHECK(notes == 1);
}

TEST_CASE("concatenated exports of one database with other columns: each read with its own header",
          "[concatenated]") {
  // Two Scopus CSVs exported with different column choices (the second has
  // "Author full names"), two Web of Science tab-delimited exports of
  // different databases (Core Collection, BIOSIS: other tags in another
  // order), two Scopus CSVs of 2018 and 2023.  Before, the second file's rows
  // were cut by the first file's columns: all rejected ("row has N cells, the
  // header M"), 70 of 98, 5 of 9 (the header taken for a record), 9 of 15.
  struct Case {
    const char* first;
    const char* second;
    std::size_t first_records, second_records;
  };
  for (const Case& c : {Case{"corpora/umbrella-review__scopus.csv", "corpora/poultrybibliometric__scopus.csv", 29, 69},
                        Case{"corpora/litsearchr__wos_tab_core.txt", "corpora/litsearchr__wos_tab_biosis.txt", 4, 4},
                        Case{"corpora/litsearchr__scopus_2018.csv", "corpora/bibliometrix__scopus_sample.csv", 6, 8}}) {
    INFO(c.first << " + " << c.second);
    const std::string a = slurp(fixture(c.first)), b = slurp(fixture(c.second));
    test::Parsed alone = parse_string(b);
    REQUIRE(alone.records.size() == c.second_records);
    test::Parsed p = parse_string(a + (a.empty() || a.back() == '\n' ? "" : "\n") + b);
    CHECK(p.stats.rejected == 0);
    REQUIRE(p.records.size() == c.first_records + c.second_records);
    // The second file's records are read as they are alone, at its lines.
    // Lines as the diagnostics count them: litsearchr's WoS files end their
    // lines with a lone CR (the last one, with the joining "\n", is one CRLF).
    std::size_t lines_before = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
      lines_before += a[i] == '\n' || (a[i] == '\r' && (i + 1 == a.size() || a[i + 1] != '\n'));
    for (std::size_t i = 0; i < c.second_records; ++i) {
      const Record& r = p.records[c.first_records + i];
      CHECK(r.title == alone.records[i].title);
      CHECK(r.doi == alone.records[i].doi);
      CHECK(r.authors.size() == alone.records[i].authors.size());
      CHECK(r.provenance.line == alone.records[i].provenance.line + lines_before);
    }
    const Diagnostic* said = nullptr;
    for (const Diagnostic& d : p.diags.items()) {
      CHECK(d.severity != Severity::error);
      if (d.message.find("with other columns") != std::string::npos) said = &d;
    }
    REQUIRE(said != nullptr);
    CHECK(said->severity == Severity::note);
    CHECK(said->line == lines_before + 1);
  }
}

TEST_CASE("a CSV export after blank lines is still that export", "[concatenated]") {
  // What a joined file's later part looks like to its reader (the bytes
  // before it blanked), and what an editor that saved a blank first line
  // makes: before, the blank line was the header, and the file "held no
  // bibliographic records".
  const std::string csv = slurp(fixture("corpora/umbrella-review__scopus.csv"));
  test::Parsed p = parse_string("\n  \r\n" + csv.substr(3));
  CHECK(p.records.size() == 29);
  CHECK(p.stats.rejected == 0);
  REQUIRE(!p.records.empty());
  CHECK(p.records[0].provenance.line == 4);
  CHECK(p.records[0].provenance.format == "scopus-csv");
}
