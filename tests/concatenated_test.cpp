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
};

// Three real exports: Web of Science tagged (29 records, FN/VR header, EF),
// Scopus RIS (87) and PubMed's MEDLINE (10).
const Part kWos{"corpora/umbrella-review__savedrecs.txt", "wos", 29};
const Part kRis{"corpora/scopus4histcite__scopus.ris", "ris", 87};
const Part kMedline{"corpora/pybibx__mcda_pubmed.txt", "medline", 10};

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
      {kMedline, kRis, kWos}, {kWos, kMedline, kRis}};
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
    }
    // One note says where each part starts and how it is read.
    const Diagnostic* note = nullptr;
    for (const Diagnostic& d : parsed.diags.items())
      if (d.message.find("formats one after the other") != std::string::npos) note = &d;
    REQUIRE(note != nullptr);
    CHECK(note->severity == Severity::note);
    for (std::size_t k = 1; k < order.size(); ++k)
      CHECK_THAT(note->message, Catch::Contains("line " + std::to_string(first_lines[k])));
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
}
