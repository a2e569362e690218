// What an export does not write of a record's extra fields is said: once a
// field and export, with the count (UnwrittenExtras).
#include <catch2/catch.hpp>

#include <map>
#include <regex>

#include "export_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// Lower-case ASCII letters and digits only: a value is in an entry when its
// folded text is in the entry's (LaTeX, JSON and RIS spell the rest apart).
std::string folded(std::string_view s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

struct Written {
  std::vector<std::string> entries;  // each record's text, in order
  std::vector<std::string> warnings;
};

Written write_each(std::unique_ptr<RecordWriter> (*make)(const ExportOptions&), const std::vector<Record>& records,
                   ExportProfile profile = ExportProfile::paper) {
  Written w;
  ExportNotes notes;
  ExportOptions opt;
  opt.notes = &notes;
  opt.profile = profile;
  auto writer = make(opt);
  std::string buf;
  writer->begin(buf);
  for (const auto& r : records) {
    buf.clear();
    writer->record(buf, r);
    w.entries.push_back(buf);
  }
  buf.clear();
  writer->end(buf);
  w.warnings = notes.warnings;
  return w;
}

}  // namespace

TEST_CASE("export32: every extra value an export does not write is said, once a field, with the count",
          "[export][export32]") {
  // tonyhungry/Umbrella-Review's savedrecs.txt (Web of Science, MIT): the
  // tags refnet has no member for (PA the publisher's address, RP the reprint
  // address, WC the categories, FU/FX the funding, NR, TC, ...) are kept as
  // extra fields.  bench/roundtrip_audit.py (export32, 227 real files): RIS,
  // BibTeX, biblatex and CSL-JSON exports dropped such values of every
  // source but their own format without a word (1,061 PA of Web of Science,
  // 2,414 EndNote rec-numbers, 10,002 PubMed CSV citations ...).
  Parsed wos = parse_file(fixture("corpora/umbrella-review__savedrecs.txt"));
  REQUIRE(wos.records.size() == 29);
  for (std::size_t i = 0; i < wos.records.size(); ++i) wos.records[i].citekey = "w" + std::to_string(i);
  struct Case {
    const char* name;
    std::unique_ptr<RecordWriter> (*make)(const ExportOptions&);
  };
  for (const Case& c : {Case{"RIS", ris_writer}, Case{"BibTeX", bibtex_writer}, Case{"biblatex", biblatex_writer},
                        Case{"CSL-JSON", csljson_writer}}) {
    INFO(c.name);
    Written w = write_each(c.make, wos.records);
    // The values absent from their record's entry, by field.
    std::map<std::string, std::size_t> absent;
    for (std::size_t i = 0; i < wos.records.size(); ++i) {
      const std::string entry = folded(w.entries[i]);
      for (const auto& f : wos.records[i].extra) {
        std::string v = folded(f.value);
        if (!v.empty() && f.name != "PT" && entry.find(v) == std::string::npos) ++absent[f.name];
      }
    }
    REQUIRE(absent.size() > 10);  // PA, RP, WC, SC, NR, TC, Z9, U1, U2, GA, ...
    // What was said, by field: "N values of NAME (wos) not written: FORMAT has no field for it (keys)".
    std::map<std::string, std::size_t> said;
    const std::regex line("^(\\d+) values? of (\\S+) \\(wos\\) not written: " + std::string(c.name) +
                          " has no field for it \\(w\\d+.*\\)$");
    for (const auto& s : w.warnings) {
      std::smatch m;
      if (std::regex_match(s, m, line)) {
        CHECK(said.count(m[2]) == 0);  // once a field
        said[m[2]] = std::stoul(m[1]);
      }
    }
    for (const auto& [name, n] : absent) {
      INFO(name);
      CHECK(said[name] >= n);
    }
    // Nothing said of what was written: a value said lost is absent from every entry.
    std::size_t extras = 0;
    for (const auto& r : wos.records) extras += r.extra.size();
    std::size_t total = 0;
    for (const auto& [name, n] : said) total += n;
    CHECK(total <= extras);
    CHECK(said.count("PT") == 0);  // the type (J): written as the entry's type
  }
}
