// lead64: the Cochrane Library's RIS export is counted under "Cochrane
// Library" whatever its records link.  Its header names the platform's
// publisher as provider ("Provider: John Wiley & Sons, Ltd."), and a record
// was labelled the Cochrane Library only when its url was on
// cochranelibrary.com: a CENTRAL trial-registry record, whose JA address
// (clinicaltrials.gov, the WHO's trial search) becomes its url, and every
// review of the Cochrane Database of Systematic Reviews (its url a DOI link)
// were counted under "John Wiley & Sons, Ltd." by prisma and overlap: one
// search of one database split in two (BruceChen034020/
// EstrogenImmunomodulationSystematicReview's CENTRAL export: 64 + 14;
// its review export: 4 under Wiley).
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "refnet/review.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }
void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("lead64: every record of the Cochrane Library's RIS export is counted under the Cochrane Library",
          "[lead64]") {
  TempDir dir;
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("ris/cochrane_central_trials.ris")) + " " +
                     q(fixture("ris/cochrane_review.ris")))
              .status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  REQUIRE(prisma.status == 0);
  INFO(prisma.out);
  CHECK(has(prisma.out, "Cochrane Library: 4"));
  CHECK_FALSE(has(prisma.out, "Wiley"));
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK_FALSE(has(labels.out, "Wiley"));
}

TEST_CASE("lead64: a Wiley journal's RIS names its publisher, not the Cochrane Library", "[lead64]") {
  // Wiley Online Library's own export: no Cochrane accession number, no
  // link to the Cochrane Library; its provider is what it names.
  TempDir dir;
  const std::string path = dir.path.string() + "/wiley.ris";
  write_text(path,
             "Provider: John Wiley & Sons, Ltd\nContent: text/plain; charset=\"UTF-8\"\n\n"
             "TY  - JOUR\nT1  - A study of estuaries\nAU  - Example, Ann\nJO  - Ecology\nVL  - 101\nIS  - 3\n"
             "SN  - 0012-9658\nDO  - 10.1002/ecy.9000001\nUR  - https://doi.org/10.1002/ecy.9000001\nPY  - 2020\n"
             "AN  - 12345\nER  - \n");
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(path)).status == 0);
  const auto prisma = run_refnet(lib + "prisma");
  INFO(prisma.out);
  CHECK_FALSE(has(prisma.out, "Cochrane"));
}

namespace {

// The titles, pages, years and keywords of a library's works as CSL-JSON
// gives them, one line a work, sorted.
std::string works_summary(const std::string& lib) {
  const auto out = run_refnet(lib + "export --format csljson --sort title");
  REQUIRE(out.status == 0);
  const auto items = nlohmann::json::parse(out.out);
  std::string s;
  for (const auto& it : items)
    s += it.value("title", "") + " | " + it.value("page", "") + it.value("number", "") + " | " +
         std::to_string(it["issued"]["date-parts"][0][0].get<int>()) + " | " + it.value("DOI", "") + " | " +
         std::to_string(it.value("keyword", "").size()) + "\n";
  return s;
}

}  // namespace

TEST_CASE("lead64: Web of Science's Excel export saved as CSV with every cell quoted, or with a tool's column names, "
          "is Web of Science's",
          "[lead64]") {
  // R's write.csv quotes every cell, the header's too ("Publication
  // Type","Authors",...); tathianamb/conbrepro-analisys's CSV names three
  // columns its own way (Title, Keywords, Year).  Both were read by other
  // readers: the first as a table of the file's name (cited references,
  // keywords plus, the UT not read), the second as Scopus's CSV (counted
  // under Scopus; pages, keywords plus and the UT not read).
  TempDir dir;
  const std::string base = "--library " + q(dir.path.string() + "/base.sqlite") + " ";
  REQUIRE(run_refnet(base + "import " + q(fixture("wos/umbrella-review__savedrecs.csv"))).status == 0);
  const std::string want = works_summary(base);
  for (const char* file : {"wos/umbrella-review__savedrecs-names-quoted.csv",
                           "wos/umbrella-review__savedrecs-names-renamed.csv"}) {
    INFO(file);
    const std::string path = dir.path.string() + "/" + std::string(file).substr(4) + ".sqlite";
    const std::string lib = "--library " + q(path) + " ";
    const auto imported = run_refnet(lib + "import " + q(fixture(file)));
    REQUIRE(imported.status == 0);
    INFO(imported.err);
    CHECK(has(imported.out + imported.err, "19 read, 19 new"));
    const auto labels = run_refnet(lib + "label list");
    INFO(labels.out);
    CHECK(has(labels.out, "19\t19\tWeb of Science"));
    CHECK(works_summary(lib) == want);
    // Every record keeps its UT, which names it (another export of the
    // same search finds it by it).
    CHECK(run_refnet(lib + "show WOS:000587234300001").status == 0);
  }
}

TEST_CASE("lead64: a Web of Science 'All Databases' record's UT of another database on the platform is its UT",
          "[lead64]") {
  // Mendeley's BibTeX of a WoS search (kenia's wos.bib in the dedup sets):
  // its pmid holds each record's UT, "WOS:..." for the Core Collection and
  // "PQDT:..." for ProQuest's dissertations searched on the same platform.
  // The PQDT records were counted under the file's name, the others under
  // Web of Science: one export split in two by prisma and overlap.
  TempDir dir;
  const std::string path = dir.path.string() + "/wos.bib";
  write_text(path,
             "@article{Ibanez2020,\n   author = {Francisco Ibanez-Carrasco and Colin Hastings},\n"
             "   doi = {10.3390/ijerph17124265},\n   journal = {INTERNATIONAL JOURNAL OF ENVIRONMENTAL RESEARCH},\n"
             "   pmid = {WOS:000549371500001},\n   title = {Universities without Walls},\n   year = {2020}\n}\n"
             "@book{Dutka2018,\n   author = {Jizela Eloisa Dutka-Chirichetti},\n   isbn = {978-0-438-10338-2},\n"
             "   pmid = {PQDT:59988973},\n   title = {A Phenomenological Study of Transnational e-Learning},\n"
             "   year = {2018}\n}\n"
             "@article{Lazo2021,\n   author = {Edwin Lazo Rivera},\n   journal = {Revista Cubana de Pediatria},\n"
             "   pmid = {SCIELO:S0034-75312021000100010},\n   title = {Miositis viral aguda},\n   year = {2021}\n}\n");
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(path)).status == 0);
  const auto labels = run_refnet(lib + "label list");
  INFO(labels.out);
  CHECK(has(labels.out, "3\t3\tWeb of Science"));
  // The UT is the record's, no PMID.
  const auto shown = run_refnet(lib + "show 2");
  INFO(shown.out);
  CHECK_FALSE(has(shown.out, "[pmid]"));
  CHECK(has(shown.out, "PQDT:59988973"));
}

TEST_CASE("lead64: one article's Spanish and English editions are one work though their PIIs differ (two journals')",
          "[lead64]") {
  // The project's policy (fixtures/dedup/relabel.tsv, session 48): an
  // article in a journal's Spanish and English editions is one work.  Its
  // two PIIs name items of two journals (ISSNs 0034-7450 and 2530-3120):
  // csv64's PIIs read from PubMed (LID/AID "[pii]") made dedup63's "two
  // Elsevier items" veto keep them apart (zelcofir's PubMed records of
  // Accinelli et al. 2021, the dedup sets' zel line: 817 -> 814 pairs).  Two
  // PIIs of one journal are still two items.
  TempDir dir;
  const std::string path = dir.path.string() + "/pubmed.txt";
  auto record = [](const std::string& pmid, const std::string& ta, const std::string& pii, const std::string& doi) {
    return "PMID- " + pmid +
           "\nOWN - NLM\nSTAT- MEDLINE\nDP  - 2021 Oct-Dec\nTI  - Frequency of depression and quality of life in "
           "patients with diabetes mellitus in a public hospital.\nPG  - 243-251\nLID - " +
           pii + " [pii]\nLID - " + doi +
           " [doi]\nAU  - Accinelli RA\nAU  - Arias KB\nAU  - Lopez LM\nTA  - " + ta +
           "\nJT  - Revista colombiana de psiquiatria\nVI  - 50\nIP  - 4\n\n";
  };
  write_text(path, record("34742694", "Rev Colomb Psiquiatr (Engl Ed)", "S2530-3120(21)00098-9",
                          "10.1016/j.rcpeng.2021.10.001") +
                       record("33734990", "Rev Colomb Psiquiatr", "S0034-7450(20)30028-7", "10.1016/j.rcp.2020.01.006"));
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(path)).status == 0);
  const auto found = run_refnet(lib + "dedup");
  INFO(found.out + found.err);
  CHECK(has(found.out, "group of 2"));
  CHECK_FALSE(has(found.out + found.err, "two Elsevier items"));

  // Two items of one journal (its ISSN in both PIIs) stay two.
  const std::string same = dir.path.string() + "/same.txt";
  write_text(same, record("34742694", "Rev Colomb Psiquiatr", "S0034-7450(21)00098-9", "10.1016/j.rcp.2021.10.001") +
                       record("33734990", "Rev Colomb Psiquiatr", "S0034-7450(20)30028-7", "10.1016/j.rcp.2020.01.006"));
  const std::string lib2 = "--library " + q(dir.path.string() + "/lib2.sqlite") + " ";
  REQUIRE(run_refnet(lib2 + "import " + q(same)).status == 0);
  const auto kept = run_refnet(lib2 + "dedup --review");
  INFO(kept.out + kept.err);
  CHECK(has(kept.out, "veto: two Elsevier items (PII S0034745021000989, S0034745020300287)"));
  CHECK_FALSE(has(run_refnet(lib2 + "dedup").out, "group of 2"));
}

TEST_CASE("lead64: refnet's own CSV read back knows a work whose first author is a name kept whole with its particle",
          "[lead64]") {
  // Lens's RIS writes "AU  - van den Hoven, null" (no given name):
  // refnet keeps "van den Hoven" whole, its CSV writes it so, and read back
  // it is the family Hoven with the particle "van den": the first author's
  // compare of own-export recognition took it for another name, and the
  // row joined its work by its DOI as one more record (citation-file-
  // formatting's lens.ris through CSV: 99 read back, 1 merged by identifier).
  TempDir dir;
  const std::string path = dir.path.string() + "/lens.ris";
  write_text(path,
             "TY  - JOUR\nAU  - van den Hoven, null\nAU  - Smits, Maarten L. J.\nPY  - 2014\n"
             "TI  - The effect of intra-arterial angiotensin II on the hepatic tumor to non-tumor blood flow ratio\n"
             "T2  - Journal of Vascular and Interventional Radiology\nVL  - 25\nIS  - 3\nSP  - S105\n"
             "DO  - 10.1016/j.jvir.2013.12.293\nER  - \n");
  const std::string lib = "--library " + q(dir.path.string() + "/lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(path)).status == 0);
  for (const char* format : {"csv", "tsv"}) {
    INFO(format);
    const std::string out = dir.path.string() + "/own." + format;
    REQUIRE(run_refnet(lib + "export --format " + format + " -o " + q(out)).status == 0);
    const auto back = run_refnet(lib + "import " + q(out));
    INFO(back.out + back.err);
    CHECK(has(back.out + back.err, "1 read, 0 new, 0 merged by identifier, 0 updated, 0 already present, 0 rejected, "
                                   "1 read back as refnet's own export"));
  }
}
