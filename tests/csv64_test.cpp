// csv64 (issue #11): files read as the wrong format; formats still lossy.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "refnet/dedup.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "ingest_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
bool said(const std::vector<std::string>& why, const std::string& part) {
  return std::any_of(why.begin(), why.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}
}  // namespace

// A review team's table (BruceChen034020/EstrogenImmunomodulationSystematicReview's
// "Included - Categorized_Articles.csv": Title, Keywords, Abstract, Content,
// Inclusion_Status, Reason) whose Content cells hold each row's Rayyan RIS
// record, without ER.  Its RIS-looking lines made it RIS: the records read
// from the cells, each one's last field running into the next row's cells
// ("DO is not a DOI: 10.1146/...\",Included,Relevant ..."), a row without a
// record lost.  It is a table: a row a record, the cell's RIS read as that
// record's fields where the row's columns leave them empty.
TEST_CASE("a table whose cells hold RIS records is a table, each cell read as its row's record", "[csv64]") {
  Parsed p = parse_file(fixture("table/ris_in_cells.csv"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.stats.rejected == 0);
  for (const Record& r : p.records) CHECK(r.provenance.format == "table");
  CHECK(said(p, "not closed by ER") == 0);
  CHECK(said(p, "is not a DOI") == 0);
  CHECK(said(p, "outside any RIS record") == 0);
  // Said once: which column, how many cells.
  CHECK(said(p, "3 cells of column \"Content\" hold a whole RIS record") == 1);

  const Record* first = titled(p.records, "The treatment of a made-up disorder");
  REQUIRE(first);
  CHECK(first->provenance.line == 2);
  CHECK(first->doi == "10.1146/annurev.example.60.000001");
  CHECK(family_given(first->authors) == "Maron, BA; Loscalzo, J");  // as the RIS reader reads them
  CHECK(first->issued.year == 2009);
  CHECK(first->volume == "60");
  CHECK(first->pages == "39-54");
  CHECK(first->abstract == "A made-up abstract of the first record.");
  CHECK(first->keywords == std::vector<std::string>{"made-up disorder /drug therapy",
                                                     "Central Nervous System Diseases [etiology, prevention & control]",
                                                     "Human"});
  CHECK(extra_values(*first, "Inclusion_Status") == std::vector<std::string>{"Included"});
  CHECK(extra_values(*first, "Reason") == std::vector<std::string>{"Relevant autoimmune disease focus."});
  CHECK(extra_values(*first, "AN") == std::vector<std::string>{"rayyan-100000001"});
  // The cell is read, not kept whole beside its fields.
  CHECK(extra_values(*first, "Content").empty());

  const Record* second = titled(p.records, "Estrogen and a \"made-up\" model");
  REQUIRE(second);
  CHECK(second->provenance.line == 18);
  CHECK(second->abstract == "The abstract of the second record, which the row's \"Abstract\" cell leaves empty.");
  CHECK(second->container_title == "Journal of examples");
  CHECK(second->issue == "3");
  CHECK(second->pages == "101-110");
  CHECK(second->issn == std::vector<std::string>{"1234-5678"});
  CHECK(second->language == "English");
  CHECK(second->authors.size() == 3);
  CHECK(second->doi == "10.1000/example.2017.002");
  CHECK(extra_values(*second, "Reason") == std::vector<std::string>{"Relevant: estrogen and \"EAE\"."});

  const Record* third = titled(p.records, "A third made-up record");
  REQUIRE(third);
  CHECK(third->doi == "10.1000/example.2020.003");
  CHECK(third->container_title == "Lupus Examples");
  CHECK(third->issued.year == 2020);
  CHECK(family_given(third->authors) == "Ortona, E");

  const Record* fourth = titled(p.records, "A fourth row without a record");
  REQUIRE(fourth);
  CHECK(fourth->keywords == std::vector<std::string>{"Asthma"});
  CHECK(fourth->abstract == "The fourth abstract.");
  CHECK(extra_values(*fourth, "Inclusion_Status") == std::vector<std::string>{"Excluded"});
}

// A cell's record disagreeing with its row's columns: the row's value is
// the record's (the table is what the user sees and edits), the cell's kept
// in extra under the column's name and the field, said.
TEST_CASE("a cell's RIS record that disagrees with its row keeps the row's value and the cell's in extra", "[csv64]") {
  Parsed p = parse_string(
      "Title,Year,Journal,Content,Notes\n"
      "\"The row's own title\",2019,Journal of Tests,\"TY  - JOUR\n"
      "TI  - The cell's title\n"
      "PY  - 2018\n"
      "AU  - Smith, J\n"
      "DO  - 10.1000/xyz.1\",checked\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "table");
  CHECK(r.title == "The row's own title");
  CHECK(r.issued.year == 2019);
  CHECK(r.container_title == "Journal of Tests");
  CHECK(r.doi == "10.1000/xyz.1");
  CHECK(family_given(r.authors) == "Smith, J");
  CHECK(extra_values(r, "Content: title") == std::vector<std::string>{"The cell's title"});
  CHECK(extra_values(r, "Content: year") == std::vector<std::string>{"2018"});
  CHECK(said(p, "differ from the row's own columns") == 1);
}

// A RIS file whose values hold CSV-looking lines stays RIS; a table whose
// first RIS-looking line is no cell's (a RIS file after a line of commas)
// stays as it was read.
TEST_CASE("RIS whose notes hold CSV lines is still RIS", "[csv64]") {
  Parsed p = parse_string(
      "TY  - JOUR\n"
      "TI  - A record with a table in its note\n"
      "AU  - Smith, J\n"
      "N1  - Title,Authors,Year,DOI\n"
      "\"A, B\",\"Smith, J\",2020,10.1000/x\n"
      "ER  - \n"
      "TY  - JOUR\n"
      "TI  - The second record\n"
      "ER  - \n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].provenance.format == "ris");
}

// A keywords cell as pandas writes a list ("['Estrogen', 'Human']", the
// same sheet's Keywords column) was split at its commas, brackets and
// quotes kept: "['*made-up disorder /drug therapy'", "'Central Nervous
// System Diseases [etiology", "prevention & control]'".  Each quoted string
// is a keyword.
TEST_CASE("a keywords cell holding Python's or R's list is read item by item", "[csv64]") {
  Parsed p = parse_string(
      "Title,Authors,Year,Keywords\n"
      "A,\"Smith, J\",2020,\"['Estrogen', \"\"Crohn's disease\"\", 'Diseases [etiology, prevention & control]']\"\n"
      "B,\"Smith, J\",2020,\"c(\"\"Lupus\"\", \"\"Asthma\"\")\"\n"
      "C,\"Smith, J\",2020,\"[not a list], plain\"\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].keywords ==
        std::vector<std::string>{"Estrogen", "Crohn's disease", "Diseases [etiology, prevention & control]"});
  CHECK(p.records[1].keywords == std::vector<std::string>{"Lupus", "Asthma"});
  CHECK(p.records[2].keywords == std::vector<std::string>{"[not a list]", "plain"});
}

// MEDLINE's "LID - S1769-7212(19)30059-X [pii]" (and AID), PubMed XML's
// ArticleId IdType="pii" and ELocationID EIdType="pii": the publisher's item
// identifier of a record whose DOI does not spell it (Elsevier's DOIs since
// 2000, 10.1016/j.ejmg.2019.03.004).  dedup63's veto of two Elsevier items
// read PIIs in links and DOIs only, so a PubMed record's PII was never seen.
TEST_CASE("a PubMed record's PII is one dedup reads: two items' PIIs keep them apart", "[csv64]") {
  Parsed medline = parse_file(fixture("corpora/citation-file-formatting__pubmed.txt"));
  const Record* lapse = titled(medline.records, "Time lapse");
  REQUIRE(lapse);
  REQUIRE(lapse->doi == "10.1016/j.ejmg.2019.03.004");
  Parsed xml = parse_file(fixture("corpora/zotero-cases/pubmed-xml/002.input.xml"));
  const Record* testing = titled(xml.records, "Evaluation of testing strategies");
  REQUIRE(testing);
  REQUIRE(testing->doi == "10.3168/jds.2014-8211");

  // The same record beside another item's ScienceDirect link: two items.
  for (const auto& [record, pii, other] :
       {std::tuple{lapse, "S176972121930059X", "S1769721219300601"},
        std::tuple{testing, "S0022030215003951", "S0022030215003963"}}) {
    Record twin = *record;
    twin.extra.clear();
    twin.doi.clear();
    twin.url = std::string("https://www.sciencedirect.com/science/article/pii/") + other;
    std::vector<std::string> why;
    CHECK(duplicate_score(*record, twin, DedupOptions{}, &why) == 0);
    CHECK(said(why, std::string("veto: two Elsevier items (PII ") + pii));
    // Its own item's link: no conflict.
    twin.url = std::string("https://www.sciencedirect.com/science/article/pii/") + pii;
    std::vector<std::string> same;
    duplicate_score(*record, twin, DedupOptions{}, &same);
    CHECK(!said(same, "two Elsevier items"));
  }
}

// The same in a library: dedup reads the sources' PII fields beside the
// view (JudgedFields), so the MEDLINE record and another item's row under
// the same title, authors and year are kept apart, not grouped.
TEST_CASE("dedup in a library keeps a PubMed record apart from another Elsevier item by its PII", "[csv64]") {
  TempDir tmp;
  {
    std::ofstream(tmp / "other.csv")
        << "Title,Authors,Year,Journal,URL\n"
           "\"Time lapse: A glimpse into prehistoric genomics\",\"Griffin, Darren K; Larkin, Denis M; O'Connor, "
           "Rebecca E\",2020,European journal of medical genetics,"
           "https://www.sciencedirect.com/science/article/pii/S1769721219300601\n";
  }
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("corpora/citation-file-formatting__pubmed.txt"), tmp / "other.csv"});
  REQUIRE(lib.stats().works == 51);
  for (const auto& g : find_duplicates(lib, DedupOptions{}, nullptr)) {
    std::vector<std::string> titles;
    for (std::int64_t id : g.works) titles.push_back(lib.record(id, RecordParts{}).value().title);
    CHECK(std::count(titles.begin(), titles.end(), "Time lapse: A glimpse into prehistoric genomics") < 2);
  }
}

// The same for a cell holding one BibTeX entry (a sheet with a "BibTeX"
// column, as Zotero's or a tool's copy of each record).
TEST_CASE("a table cell holding one BibTeX entry is read as its row's record", "[csv64]") {
  Parsed p = parse_string(
      "Title,Authors,Year,BibTeX\n"
      "A made-up study,\"Smith, J\",2021,\"@article{smith2021made,\n"
      "  title = {A made-up study},\n"
      "  journal = {Journal of Examples},\n"
      "  volume = {7},\n"
      "  doi = {10.1000/made.2021.7}\n"
      "}\"\n"
      "Another study,\"Jones, K\",2022,\n");
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "table");
  CHECK(r.doi == "10.1000/made.2021.7");
  CHECK(r.container_title == "Journal of Examples");
  CHECK(r.volume == "7");
  CHECK(r.citekey == "smith2021made");
  CHECK(extra_values(r, "BibTeX").empty());
  CHECK(said(p, "1 cell of column \"BibTeX\" holds a whole BibTeX record") == 1);
  CHECK(p.records[1].title == "Another study");
}
