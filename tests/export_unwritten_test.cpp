// What an export does not write of a record's extra fields is said: once a
// field and export, with the count (UnwrittenExtras).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <regex>

#include "export_support.hpp"
#include "refnet/latex.hpp"
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
        // (CSL-JSON writes the early access date as its available-date's parts)
        if (std::string(c.name) == "CSL-JSON" && f.name == "EA" && w.entries[i].find("available-date") != std::string::npos)
          continue;
        if (!v.empty() && f.name != "PT" && entry.find(v) == std::string::npos) ++absent[f.name];
      }
    }
    REQUIRE(absent.size() > 10);  // PA, RP, WC, SC, NR, TC, Z9, U1, U2, GA, ...
    // What was said, by field: "N values of NAME (wos) not written: FORMAT has no field for it (keys)", or,
    // the source format's fields being more than three, in one line: "N values of M fields (wos) not written:
    // FORMAT has no field for them: NAME N, NAME N, ... (keys)".
    std::map<std::string, std::size_t> said;
    const std::regex line("^(\\d+) values? of (\\S+) \\(wos\\) not written: " + std::string(c.name) +
                          " has no field for it \\(w\\d+.*\\)$");
    const std::regex grouped("^(\\d+) values of (\\d+) fields \\(wos\\) not written: " + std::string(c.name) +
                             " has no field for them: (.+) \\(w\\d+.*\\)$");
    const std::regex field("(\\S+) (\\d+)(, |$)");
    std::size_t lines = 0;
    for (const auto& s : w.warnings) {
      std::smatch m;
      if (std::regex_match(s, m, line)) {
        ++lines;
        CHECK(said.count(m[2]) == 0);  // once a field
        said[m[2]] = std::stoul(m[1]);
      } else if (std::regex_match(s, m, grouped)) {
        ++lines;
        const std::string list = m[3];
        std::size_t fields = 0, values = 0;
        for (std::sregex_iterator f(list.begin(), list.end(), field), end; f != end; ++f) {
          CHECK(said.count((*f)[1]) == 0);
          said[(*f)[1]] = std::stoul((*f)[2]);
          ++fields;
          values += std::stoul((*f)[2]);
        }
        CHECK(fields == std::stoul(m[2]));
        CHECK(values == std::stoul(m[1]));
      }
    }
    CHECK(lines == 1);  // Web of Science's many fields in one line
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

TEST_CASE("export32: notes, addresses and short titles of one format are written where another format keeps them",
          "[export][export32]") {
  // What one format keeps as extra fields another has a field for: EndNote
  // XML's notes and auth-address are RIS's N1 and AD, RIS's ST and CSL's
  // title-short are BibTeX's/biblatex's shorttitle and RIS's ST, RIS's N1 is
  // CSL's note.  bench/roundtrip_audit.py (export32): the RIS export of the
  // copper EndNote XML (IEBH/dedupe-sweep) lost 364 notes and 333
  // auth-addresses, biblatex 10 short titles of a Scopus RIS export, CSL-JSON
  // 200 of its N1 notes; none was said.
  auto extras = [](const Record& r, std::string_view name) {
    std::vector<std::string> out;
    for (const auto& f : r.extra)
      if (f.name == name) out.push_back(f.value);
    return out;
  };
  auto written = [](std::unique_ptr<RecordWriter> (*make)(const ExportOptions&), const std::vector<Record>& rs,
                    std::vector<std::string>& warnings) {
    ExportNotes notes;
    ExportOptions opt;
    opt.notes = &notes;
    std::string out = stream_one_at_a_time(*make(opt), rs);
    warnings = notes.warnings;
    return out;
  };
  auto said = [](const std::vector<std::string>& warnings, const std::string& field) {
    for (const auto& w : warnings)
      if (w.find(" of " + field + " (") != std::string::npos && w.find("not written") != std::string::npos) return true;
    return false;
  };
  std::vector<std::string> warnings;
  {
    // IEBH/dedupe-sweep's tafenoquine EndNote XML (MIT): 139 notes, 132 auth-address.
    Parsed en = parse_file(fixture("corpora/dedupe-sweep__tafenoquine.xml"));
    Parsed back = parse_string(written(ris_writer, en.records, warnings), Format::ris);
    REQUIRE(back.records.size() == en.records.size());
    std::size_t notes = 0, addresses = 0;
    for (std::size_t i = 0; i < en.records.size(); ++i) {
      INFO(en.records[i].title);
      for (const auto& n : extras(en.records[i], "notes")) {
        CHECK(extras(back.records[i], "N1") == std::vector<std::string>{n});
        ++notes;
      }
      auto ad = extras(en.records[i], "auth-address");
      if (!ad.empty() && std::none_of(en.records[i].authors.begin(), en.records[i].authors.end(),
                                      [](const Creator& c) { return !c.affiliations.empty(); })) {
        CHECK(extras(back.records[i], "AD") == ad);
        addresses += ad.size();
      }
    }
    CHECK(notes == 139);
    // 132 auth-address, and one Embase address a tool wrote in <number> (read as the address since session 54).
    CHECK(addresses == 133);
    CHECK_FALSE(said(warnings, "notes"));
    CHECK_FALSE(said(warnings, "auth-address"));
  }
  {
    // CiteSource's ProQuest EconLit RIS (GPL-3.0): 50 ST, 50 N1.
    Parsed ris = parse_file(fixture("corpora/citesource__proquest_econlit.ris"));
    for (auto make : {bibtex_writer, biblatex_writer}) {
      Parsed back = parse_string(written(make, ris.records, warnings), Format::bibtex);
      REQUIRE(back.records.size() == ris.records.size());
      std::size_t short_titles = 0;
      for (std::size_t i = 0; i < ris.records.size(); ++i)
        for (const auto& st : extras(ris.records[i], "ST")) {
          // (a .bib source's extra fields keep its LaTeX: "--" is written "-{}-")
          auto back_st = extras(back.records[i], "shorttitle");
          REQUIRE(back_st.size() == 1);
          CHECK(latex_to_unicode(back_st[0]) == st);
          ++short_titles;
        }
      CHECK(short_titles == 50);
      CHECK_FALSE(said(warnings, "ST"));
    }
    Parsed back = parse_string(written(csljson_writer, ris.records, warnings), Format::csl_json);
    REQUIRE(back.records.size() == ris.records.size());
    std::size_t notes = 0;
    for (std::size_t i = 0; i < ris.records.size(); ++i) {
      auto n1 = extras(ris.records[i], "N1");
      if (n1.size() != 1) continue;
      CHECK(extras(back.records[i], "note") == n1);
      ++notes;
    }
    CHECK(notes == 50);
    CHECK_FALSE(said(warnings, "N1"));
  }
  {
    // aithurburn/DoPL_and_Spite's CSL-JSON (GPL-3.0): 301 title-short -> RIS ST.
    Parsed csl = parse_file(fixture("corpora/dopl-and-spite__My_Library.json"));
    Parsed back = parse_string(written(ris_writer, csl.records, warnings), Format::ris);
    REQUIRE(back.records.size() == csl.records.size());
    std::size_t short_titles = 0;
    for (std::size_t i = 0; i < csl.records.size(); ++i)
      for (const auto& st : extras(csl.records[i], "title-short")) {
        CHECK(extras(back.records[i], "ST") == std::vector<std::string>{st});
        ++short_titles;
      }
    CHECK(short_titles == 301);
    CHECK_FALSE(said(warnings, "title-short"));
  }
}
