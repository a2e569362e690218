// lead66: issue #11's recall on real cross-database sets.  Consensus (from
// Semantic Scholar) dates a journal article by its arXiv version and names
// the journal without volume or pages; first_appeared_alike (dedup37) joins
// it to the journal's record when one author list names nobody the other
// lacks.  danillocelino/slr_churn_unlearning_uid's "A Survey of Machine
// Unlearning" (Consensus 2022, Web of Science 2025, ACM TIST 16(5)) missed
// that: the arXiv version lacks Zhao Ren, and Web of Science spells Alan
// Wee-Chung Liew "Wee-Chung, A" -- one each side.  Both give the abstract,
// word for word: that settles it.  Two of the set's 101 pairs (DOIs hidden)
// were missed for it, recall 0.9802.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("lead66: a preprint-dated record and the journal's, one author differing each side, the same abstract",
          "[lead66]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/survey_unlearning_consensus.csv"), fixture("dedup/survey_unlearning_wos.csv")});
  REQUIRE(lib.stats().works == 2);
  std::vector<std::vector<std::int64_t>> got;
  for (const auto& g : find_duplicates(lib, DedupOptions{}, nullptr)) got.push_back(g.works);
  CHECK(got == std::vector<std::vector<std::int64_t>>{{1, 2}});
  const Record early = lib.record(1, RecordParts{}).value(), late = lib.record(2, RecordParts{}).value();
  REQUIRE(early.issued.year == 2022);
  REQUIRE(late.issued.year == 2025);
  CHECK(duplicate_score(early, late, DedupOptions{}, nullptr) >= DedupOptions{}.threshold);
  auto apart_if = [&](const std::function<void(Record&)>& edit) {
    Record x = early;
    edit(x);
    return duplicate_score(x, late, DedupOptions{}, nullptr) == 0;
  };
  // Without the abstract, or with another one, the lists' difference decides
  // as before: a journal's yearly piece under one title changes its authors.
  CHECK(apart_if([](Record& x) { x.abstract.clear(); }));
  CHECK(apart_if([](Record& x) {
    x.abstract = "We review the methods that make a trained model forget a part of its training data, and compare "
                 "exact and approximate unlearning on image, text and graph benchmarks, with the costs of each "
                 "approach and the open questions of verification, fairness and privacy that remain for researchers "
                 "and for practitioners who must answer requests to remove personal data from deployed systems.";
  }));
  // Fewer than three persons in common.
  CHECK(apart_if([](Record& x) { x.authors.resize(2); }));
  // The rest of first_appeared_alike's conditions stand.
  CHECK(apart_if([](Record& x) { x.volume = "16"; }));
  CHECK(apart_if([](Record& x) { x.issued.year = 2021; }));
  CHECK(apart_if([](Record& x) { x.container_title = "Neural Networks"; }));
}

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The library's RIS export, its CRLF line ends as LF.
std::string ris_export(const std::string& lib) {
  auto ris = run_refnet(lib + "export --format ris");
  REQUIRE(ris.status == 0);
  ris.out.erase(std::remove(ris.out.begin(), ris.out.end(), '\r'), ris.out.end());
  return ris.out;
}
}  // namespace

TEST_CASE("lead66: a number a script saved as a decimal ('16.0', '307.0') is the number, said", "[lead66]") {
  // pandas writes an integer column with empty cells as floats: the Volume,
  // Start Page and End Page of danillocelino's webofscience.csv (29, 35 and
  // 35 of its 50 rows) read "15660.0", "307.0"-"326.0"; refnet kept them so
  // (volume "16.0", pages "307.0-326.0" in every export), and a volume 16.0
  // is not the 16 of another database's record.
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "' ";
  const auto imp = run_refnet(lib + "import '" + fixture("wos/wos_csv_float_numbers.csv") + "' '" +
                              fixture("dedup/survey_unlearning_wos.csv") + "'");
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  CHECK(has(imp.err, "wos_csv_float_numbers.csv:2:"));
  CHECK(has(imp.err, "warning: volume '15660.0' is a whole number written as a decimal (a script or spreadsheet "
                     "saved it so): read as 15660 (said once a file)"));
  CHECK(has(imp.err, "survey_unlearning_wos.csv:2:"));
  const std::string ris = ris_export(lib);
  INFO(ris);
  CHECK(has(ris, "VL  - 15660\n"));
  CHECK(has(ris, "SP  - 307\nEP  - 326\n"));
  CHECK(has(ris, "VL  - 1424\n"));
  CHECK(has(ris, "SP  - 436\nEP  - 453\n"));
  CHECK(has(ris, "VL  - 90\n"));
  CHECK(has(ris, "VL  - 16\n"));
  CHECK(has(ris, "IS  - 5\n"));
  CHECK(!has(ris, ".0\n"));
}

TEST_CASE("lead66: a year a script saved as a decimal ('2025.0') is the year, said", "[lead66]") {
  // A Year column with an empty cell (an Early Access record) comes out of
  // pandas as "2025.0": refnet kept it in extra as PY without a word and the
  // works had no year ("incomplete record (no year)", keys "zhangnd...").
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "' ";
  const auto imp = run_refnet(lib + "import '" + fixture("wos/wos_csv_float_years.csv") + "'");
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  CHECK(has(imp.err, "wos_csv_float_years.csv:2:"));
  CHECK(has(imp.err, "warning: PY '2025.0' is a whole number written as a decimal (a script or spreadsheet saved it "
                     "so): read as 2025 (said once a file)"));
  CHECK(!has(imp.err, "wos_csv_float_years.csv:2:1: warning: incomplete record (no year)"));
  CHECK(!has(imp.err, "wos_csv_float_years.csv:3:1: warning: incomplete record (no year)"));
  CHECK(has(imp.err, "wos_csv_float_years.csv:4:1: warning: incomplete record (no year)"));
  const auto list = run_refnet(lib + "list");
  REQUIRE(list.status == 0);
  INFO(list.out);
  CHECK(has(list.out, "zhang2025understanding"));
  CHECK(has(list.out, "mamatha2025machine"));
}

TEST_CASE("lead66: a WoS PY that is no year is said where it is kept", "[lead66]") {
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "' ";
  const std::string wos = "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nTI A title of a paper\n"
                          "SO JOURNAL OF TESTS\nPY 2019-2020\nVL 3\nER\n\nEF\n";
  const auto imp = run_refnet(lib + "import --format wos -", wos);
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  CHECK(has(imp.err, "<stdin>:7:1: warning: PY is not a year, kept in extra: 2019-2020"));
}

TEST_CASE("lead66: a Scopus CSV a script saved with decimals keeps its years and numbers, said", "[lead66]") {
  // fixtures/scopus/float_numbers_resaved.csv: scopus/undefined_references.csv's
  // two rows as pandas writes a table whose number columns have empty cells
  // (Year "2021.0", Volume "238.0", Page start "1.0").  Before: no year
  // (kept in extra unsaid, "incomplete record (no year)"), volume "238.0".
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "' ";
  const auto imp = run_refnet(lib + "import '" + fixture("scopus/float_numbers_resaved.csv") + "'");
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  CHECK(has(imp.err, "float_numbers_resaved.csv:2:"));
  CHECK(has(imp.err, "warning: Year '2021.0' is a whole number written as a decimal (a script or spreadsheet saved "
                     "it so): read as 2021 (said once a file)"));
  CHECK(!has(imp.err, "Year '2015.0'"));  // once a file
  CHECK(!has(imp.err, "incomplete record (no year)"));
  const std::string ris = ris_export(lib);
  INFO(ris);
  CHECK(has(ris, "PY  - 2021\n"));
  CHECK(has(ris, "PY  - 2015\n"));
  CHECK(has(ris, "VL  - 238\n"));
  CHECK(has(ris, "SP  - 1\nEP  - 12\n"));
  CHECK(!has(ris, ".0\n"));
}

TEST_CASE("lead66: a Scopus Year that is no year is said where it is kept", "[lead66]") {
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "' ";
  const std::string csv = "\"Authors\",\"Title\",\"Year\",\"Source title\",\"Volume\",\"Document Type\",\"Source\",\"EID\"\n"
                          "\"Smith J.\",\"A title of a paper\",\"in press\",\"Journal of Tests\",\"3\",\"Article\","
                          "\"Scopus\",\"2-s2.0-85000000000\"\n";
  const auto imp = run_refnet(lib + "import --format scopus-csv -", csv);
  REQUIRE(imp.status == 0);
  INFO(imp.err);
  CHECK(has(imp.err, "<stdin>:2:33: warning: Year is not a year, kept in extra: in press"));
}
