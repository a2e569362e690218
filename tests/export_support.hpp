// Records built by hand for the exporter tests, and a pandoc runner.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "refnet/exporter.hpp"
#include "refnet/record.hpp"

namespace refnet::test {

// What a RecordWriter writes for `records` when the caller drains its buffer
// after every record.
inline std::string stream_one_at_a_time(RecordWriter& w, const std::vector<Record>& records) {
  std::string out, buf;
  w.begin(buf);
  for (const auto& r : records) {
    w.record(buf, r);
    out += buf;
    buf.clear();
  }
  w.end(buf);
  out += buf;
  return out;
}

inline Creator person(std::string family, std::string given, std::string particle = {}, std::string suffix = {}) {
  Creator c;
  c.family = std::move(family);
  c.given = std::move(given);
  c.particle = std::move(particle);
  c.suffix = std::move(suffix);
  return c;
}

inline Creator corporate(std::string name) {
  Creator c;
  c.literal = std::move(name);
  return c;
}

// Seed 000 (fixtures/seeds/000_*.txt, a Pure page): Kassen 2018.  The page's
// "Jan 1 2018" is Pure's placeholder for an in-press article, so only the
// year is kept, as a careful author would.
inline Record kassen2018() {
  Record r;
  r.type = "article-journal";
  r.citekey = "kassen2018promoting";
  r.title =
      "Promoting public cooperation in government: key drivers, regulation, and barriers of the "
      "e-collaboration movement in Kazakhstan";
  r.authors = {person("Kassen", "Maxat")};
  r.container_title = "International Review of Administrative Sciences";
  r.issued.year = 2018;
  r.publisher = "SAGE Publications Ltd";
  r.issn = {"0020-8523"};
  r.doi = "10.1177/0020852317735595";
  r.language = "English";
  r.keywords = {"civic engagement",  "e-collaboration",       "government blogs",      "Kazakhstan",
                "public dialogue", "public sector innovations", "public–private partnership"};
  r.abstract =
      "The primary goal of the article is to understand the political and socio-economic incentives for "
      "government agencies to adopt various collaborative strategies in promoting current public sector "
      "reforms in Kazakhstan. In particular, paying special attention to the recent diffusion of various "
      "official blog platforms, public discussion, and civic tracking systems, it aims to identify typical "
      "drivers and barriers that policymakers and other interested stakeholders face today in advancing "
      "technology-driven government.";
  r.provenance.format = "html";
  return r;
}

// A record exercising every slot and the characters BibTeX cares about.
inline Record tricky() {
  Record r;
  r.type = "chapter";
  r.citekey = "berg2001dna";
  r.title = "DNA & RNA: 50% of $\\alpha$-helices in E. coli cost $5 and $10";
  r.title_nocase = {{0, 3}, {6, 9}, {38, 45}};  // DNA, RNA, E. coli
  r.authors = {person("Berg", "Jan", "van der", "Jr."), person("Müller", "Jürgen"),
               corporate("World Health Organization"), corporate("others")};
  r.editors = {person("de la Fuente", "María")};
  r.container_title = "Handbook of Things_and_Stuff";
  r.issued = {2001, 3, 15, ""};
  r.volume = "12";
  r.issue = "3";
  r.pages = "235-256";
  r.publisher = "Springer";
  r.publisher_place = "Berlin";
  r.isbn = {"978-3-16-148410-0"};
  r.doi = "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0";
  r.url = "https://example.org/a_b%20c#frag";
  r.keywords = {"genetics", "C#"};
  r.abstract = "Costs ~10^3 \\ units.";
  return r;
}

inline std::string bibtex_of(const std::vector<Record>& rs, bool ascii = false) {
  std::ostringstream out;
  ExportOptions opt;
  opt.ascii = ascii;
  write_bibtex(out, rs, opt);
  return out.str();
}
inline std::string biblatex_of(const std::vector<Record>& rs) {
  std::ostringstream out;
  write_biblatex(out, rs);
  return out.str();
}

inline bool have_pandoc() { return std::system("pandoc --version >/dev/null 2>&1") == 0; }

// Runs a shell command and returns its stdout ("" on failure).
inline std::string capture(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

}  // namespace refnet::test
