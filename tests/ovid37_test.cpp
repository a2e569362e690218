// Ovid's RIS of MEDLINE, APA PsycInfo and CENTRAL as a biomedical reviewer
// exports it today (newuser37: the MSM syndemics scoping review's searches,
// MaxenceOuafik/MSM-Syndemic-Scoping-Review, excerpts in fixtures/ris/
// ovid_msm_*.ris).  These files name no database (no DB, no DP): Ovid's link
// to each record does ("ovidweb.cgi?...&D=medp&...&AN=32487818").
#include <catch2/catch.hpp>

#include <sstream>

#include "refnet/exporter.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

// Before: 0 of the 190 records of msm__medline.ris had a PMID (the PMID is
// Ovid's accession number: `ID` and the link's `AN=`; only a record whose DB
// named Ovid MEDLINE had its link read), and PRISMA counted them under the
// file's name.  The codes seen: med6..med16, medc, medl, medp, prem,
// prem1..prem3, mesx (Ovid MEDLINE's segments, In-Process, Epub Ahead of
// Print).
TEST_CASE("Ovid MEDLINE RIS naming no database: the PMID is the link's AN, the database the link's D=", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_medline.ris"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "32487818");  // D=medp
  CHECK(p.records[1].pmid == "31591666");  // D=prem
  CHECK(p.records[2].pmid == "32160759");  // D=mesx
  for (const Record& r : p.records) {
    CHECK(default_source_label(r) == "MEDLINE (Ovid)");
    CHECK(source_label_warning(r).empty());
  }
  // PsycINFO's and CENTRAL's accession numbers are theirs: no PMID.
  Parsed ps = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(ps.records.size() == 4);
  for (const Record& r : ps.records) {
    CHECK(r.pmid.empty());
    CHECK(default_source_label(r) == "PsycINFO");
  }
  Parsed c = parse_file(fixture("ris/ovid_msm_central.ris"));
  REQUIRE(c.records.size() == 3);
  for (const Record& r : c.records) {
    CHECK(r.pmid.empty());
    CHECK(default_source_label(r) == "CENTRAL (Ovid)");
  }
}

TEST_CASE("Ovid database codes: the database each names", "[review][ovid37]") {
  CHECK(ovid_database("med16") == "MEDLINE (Ovid)");
  CHECK(ovid_database("prem2") == "MEDLINE (Ovid)");
  CHECK(ovid_database("mesx") == "MEDLINE (Ovid)");
  CHECK(ovid_database("psyc4") == "PsycINFO");
  CHECK(ovid_database("cctr") == "CENTRAL (Ovid)");
  CHECK(ovid_database("emed21") == "Embase");
  CHECK(ovid_database("emez") == "Embase");
  CHECK(ovid_database("zzzz").empty());
  // A code refnet does not know: the platform and the code, said at import.
  Parsed p = parse_string("TY  - JOUR\nT1  - A title\nA1  - Smith, J\n"
                          "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=zzzz&NEWS=N&AN=123\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(default_source_label(p.records[0]) == "Ovid (zzzz)");
  CHECK(source_label_warning(p.records[0]).find("Ovid names the database by a code refnet does not know (D=zzzz)") == 0);
}

// Before: the record's full-text link and the library's link resolver were
// one L2 value, "...&AN=32487818Link to the External Link Resolver:
// https://explore.lib.uliege.be/...": Ovid writes both after ER on one line.
TEST_CASE("Ovid's line after ER: the full-text link and the link resolver's are two L2 values", "[ris][ovid37]") {
  Parsed p = parse_file(fixture("ris/ovid_msm_medline.ris"));
  REQUIRE(p.records.size() == 3);
  std::vector<std::string> l2 = extra_values(p.records[0], "L2");
  REQUIRE(l2.size() == 3);
  CHECK(l2[0] == "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=medp&NEWS=N&AN=32487818");
  CHECK(l2[1] == "http://ovidsp.ovid.com/ovidweb.cgi?T=JS&CSC=Y&NEWS=N&PAGE=fulltext&D=medp&AN=32487818");
  CHECK(starts_with(l2[2], "https://explore.lib.uliege.be/openurl/32ULG_INST/32ULG_INST:ULIEGE?"));
  for (const Record& r : p.records)
    for (const std::string& v : extra_values(r, "L2")) CHECK(v.find("Link to") == std::string::npos);
  // A PsycINFO record's line has no resolver: one link, as before.
  Parsed ps = parse_file(fixture("ris/ovid_msm_psycinfo.ris"));
  REQUIRE(ps.records.size() == 4);
  CHECK(extra_values(ps.records[1], "L2").size() == 2);
}

// Before: a work with a PMID and a ProQuest (or any RIS) source whose own AN
// is another accession number got no PMID in the RIS export: 68 of the 91
// works with a PMID among newuser37's 123 included had one.
TEST_CASE("RIS export: the PMID beside the source's own AN lines", "[export][ris][ovid37]") {
  Parsed p = parse_string("TY  - JOUR\nT1  - Syndemic vulnerability\nAU  - Bourey, Christine\nPY  - 2018\n"
                          "AN  - 2063105705\nDB  - ProQuest Central; Sociological Abstracts\nER  - \n");
  REQUIRE(p.records.size() == 1);
  Record r = p.records[0];
  r.pmid = "29968142";  // from the work's MEDLINE source
  std::ostringstream out;
  write_ris(out, {r});
  CHECK(out.str().find("AN  - 2063105705\r\n") != std::string::npos);
  CHECK(out.str().find("AN  - PMID:29968142\r\n") != std::string::npos);
  // A source whose AN is the PMID (PubMed's RIS): one line, not two.
  Parsed q = parse_string("TY  - JOUR\nT1  - A title\nAU  - Smith, J\nDB  - PubMed\nAN  - 29968142\nER  - \n");
  REQUIRE(q.records.size() == 1);
  REQUIRE(q.records[0].pmid == "29968142");
  std::ostringstream out2;
  write_ris(out2, {q.records[0]});
  const std::string one = out2.str();
  CHECK(one.find("29968142") != std::string::npos);
  CHECK(one.find("29968142") == one.rfind("29968142"));
}

