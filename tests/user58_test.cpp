// A systematic reviewer's whole workflow, as a new user (issues 11 and 16, session 58): one search of AI in
// orthodontics exported from Scopus (RIS, 302 records), Web of Science (RIS, 214), PubMed (MEDLINE, 294) and IEEE
// Xplore (RIS, 34), with the authors' list of included studies (Tverm027/DTI-6997-RESEARCH-PROJECT-ON-RESPONSIBLE-
// ARTIFICIAL-INTELLIGENCE @ b4bb4462: References/, Extract_Studies.xlsx; no licence stated: measured, not copied).
// The checks below run on files of the same kinds that are in fixtures/ (their licences in fixtures/SOURCES.md).
#include <catch2/catch.hpp>

#include <sstream>

#include "refnet/exporter.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

}  // namespace

// Main (5710fa6a): none of the four exports carries cited references (Scopus's and Web of Science's RIS, PubMed's
// MEDLINE, IEEE Xplore's RIS), and `refnet network citation|cocitation|coupling` wrote a network of 491 nodes and 0
// links, or of 0 nodes, with no word of why; `--report` said "references: 0" and nothing more.  A user then looks
// for a bug in their search.  Now each says that no work of the selection holds a reference list, and where one
// comes from.
TEST_CASE("a citation network of works without any reference list says so, and where references come from",
          "[user58]") {
  TempDir tmp;
  const std::string lib = tmp / "lib.sqlite";
  // IEEE Xplore's RIS (NLeSC/litstudy's example export): no cited references.
  REQUIRE(run_refnet("import --library '" + lib + "' '" + fixture("corpora/litstudy__tests_resources_example.ris") +
                     "'")
              .status == 0);
  for (const char* type : {"citation", "cocitation", "coupling", "historiograph"}) {
    INFO(type);
    const std::string out = tmp / (std::string(type) + ".graphml");
    CommandResult r = run_refnet(std::string("network ") + type + " --library '" + lib + "' -o '" + out + "'");
    CHECK(r.status == 0);
    CHECK(count(r.err, "note: none of the ") == 1);
    CHECK(count(r.err, " works holds a list of cited references") == 1);
    CHECK(r.err.find("refnet enrich") != std::string::npos);
  }
  // Keyword and co-author maps need no references: nothing said.
  CommandResult k = run_refnet("network keywords --library '" + lib + "' -o '" + (tmp / "k.graphml") + "'");
  CHECK(k.status == 0);
  CHECK(k.err.find("cited references") == std::string::npos);
  // A Web of Science export with its cited references (CR): nothing said.
  const std::string wos = tmp / "wos.sqlite";
  REQUIRE(run_refnet("import --library '" + wos + "' '" + fixture("corpora/umbrella-review__savedrecs.txt") + "'")
              .status == 0);
  CommandResult c = run_refnet("network citation --library '" + wos + "' -o '" + (tmp / "c.graphml") + "'");
  CHECK(c.status == 0);
  CHECK(c.err.find("cited references") == std::string::npos);
}

// Main (5710fa6a): a BibTeX export of the review's 491 works said 45 lines "N values of PHST (medline) not written:
// BibTeX has no field for it (keys)", one a MEDLINE tag (PHST, AID, PT, STAT, EDAT, CRDT, OWN, LR, PL, JID, MHDA,
// PST, SO, DEP, OTO, DCOM, GR, COIS, LID, CI, SB, PMCR, RN, ...), after the eight lines that matter to a paper (a
// Cyrillic 'а' in a Latin name and an invisible U+200E that pdflatex cannot typeset, which it then failed on).  Now
// the fields of one source format that are more than three are said in one line, each field with its count.
TEST_CASE("an export says the many fields of one source format it cannot write in one line, each with its count",
          "[user58]") {
  const std::string pubmed = fixture("corpora/citation-file-formatting__pubmed.txt");
  Parsed p = parse_file(pubmed);
  REQUIRE(p.records.size() == 50);
  for (std::size_t i = 0; i < p.records.size(); ++i) p.records[i].citekey = "p" + std::to_string(i);
  ExportOptions opt;
  ExportNotes notes;
  opt.notes = &notes;
  std::ostringstream bib;
  write_bibtex(bib, p.records, opt);
  // The writer says them in one line (session 59: the grouping moved from the command into the writer).
  std::size_t fields = 0, values = 0, lines = 0;
  for (const std::string& w : notes.warnings) {
    lines += w.find("(medline) not written") != std::string::npos;
    if (w.find(" fields (medline) not written: BibTeX has no field for them: ") == std::string::npos) continue;
    fields = std::stoul(w.substr(w.find(" values of ") + 11));
    values = std::stoul(w);
  }
  REQUIRE(fields > 10);
  CHECK(lines == 1);
  // The command says them in one line.
  TempDir tmp;
  const std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --library '" + lib + "' '" + pubmed + "'").status == 0);
  CommandResult r = run_refnet("export --no-pin --library '" + lib + "' -o '" + (tmp / "out.bib") + "'");
  REQUIRE(r.status == 0);
  CHECK(count(r.err, "(medline) not written") == 1);
  const std::string line = std::to_string(values) + " values of " + std::to_string(fields) +
                           " fields (medline) not written: BibTeX has no field for them: ";
  CHECK(count(r.err, line) == 1);
  for (const char* tag : {"PHST ", "OWN ", "STAT ", "EDAT ", "CRDT "}) CHECK(count(r.err, tag) == 1);
}
