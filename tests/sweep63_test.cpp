// sweep63 (issue #11): values the import's shared clean-up (detect.cpp's
// sink) left corrupted.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
std::string extra_of(const Record& r, std::string_view name) { return std::string(r.get_extra(name)); }
}  // namespace

// IEBH/dedupe-sweep's respiratory library (an EndNote library that went
// through CSV once): 246 of its 1,988 titles are still CSV fields, in
// quotes with their inner quotes doubled, and so are pages and journals; 41
// titles were cut at 199-200 characters with their closing quote.
TEST_CASE("values still written as a CSV field are read as the field's text", "[sweep63]") {
  Parsed p = parse_file(fixture("endnote/csv_quoted_titles.xml"));
  REQUIRE(p.records.size() == 15);
  const Record* r = titled(p.records, "Corticosteroids in the treatment of tuberculous pleurisy");
  REQUIRE(r);
  CHECK(r->title ==
        "Corticosteroids in the treatment of tuberculous pleurisy. A double-blind, placebo-controlled, randomized study");
  CHECK(extra_of(*r, "short-title") == r->title);
  r = titled(p.records, "Evaluation of polymerase chain reaction");
  REQUIRE(r);
  CHECK(r->title == "Evaluation of polymerase chain reaction for diagnosis of \"tuberculous pleurisy\"");
  // Pages and a journal in quotes for their commas.
  r = titled(p.records, "Treatment of tuberculous pleurisy with effusion by artificial pneumothorax");
  REQUIRE(r);
  CHECK(r->pages.find('"') == std::string::npos);
  CHECK(starts_with(r->pages, "52-"));
  r = titled(p.records, "Randomized phase II trial of three intrapleural therapy regimens");
  REQUIRE(r);
  CHECK(r->container_title == "Lung cancer (Amsterdam, Netherlands)");
  // Cut at the database's limit: the opening quote goes, and the cut is said
  // with the record.
  r = titled(p.records, "Randomized, phase II trial of pemetrexed and carboplatin");
  REQUIRE(r);
  CHECK(ends_with(r->title, "stage IIIB/IV non-small cell lung cancer"));
  CHECK(titled(p.records, "Pleural cavity exploitation in") != nullptr);
  CHECK(said(p, "never closes: cut at 200 characters") == 1);
  CHECK(said(p, "never closes: cut at 198 characters") == 1);
  CHECK(said(p, "written as a CSV field") == 1);
  for (const Record& x : p.records) {
    INFO(x.title);
    CHECK(x.title.front() != '"');
    CHECK(x.container_title.front() != '"');
    CHECK(x.title.find("\"\"") == std::string::npos);
  }
}

TEST_CASE("a value that opens with a quotation is no CSV field", "[sweep63]") {
  // dedupe-sweep's copper library: titles that open with a quotation.
  Parsed p = parse_file(fixture("corpora/dedupe-sweep__copper.xml"));
  CHECK(titled(p.records, "\"Older\" age is a risk factor for pelvic inflammatory disease") != nullptr);
  CHECK(titled(p.records, "\"it takes the stars aligning\": Challenges") != nullptr);
  CHECK(said(p, "written as a CSV field") == 0);
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - \"I have a dream\"\nAU  - Doe, J.\nPY  - 2001\nER  - \n\n"
      "TY  - JOUR\nTI  - \"Ask me\", she said, \"not my doctor\"\nAU  - Doe, J.\nPY  - 2002\nER  - \n\n"
      "TY  - JOUR\nTI  - \"Rather, not\" and more\nAU  - Doe, J.\nPY  - 2003\nER  - \n");
  REQUIRE(q.records.size() == 3);
  CHECK(q.records[0].title == "\"I have a dream\"");
  CHECK(q.records[1].title == "\"Ask me\", she said, \"not my doctor\"");
  CHECK(q.records[2].title == "\"Rather, not\" and more");
  CHECK(said(q, "CSV field") == 0);
}

TEST_CASE("a CSV field's title keeps its protected spans on their words", "[sweep63]") {
  Parsed p = parse_string("@article{k, title = {\"Mice, {DNA} and \"\"men\"\"\"}, author = {Doe, J.}, year = 2001}\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Mice, DNA and \"men\"");
  REQUIRE(r.title_nocase.size() == 1);
  CHECK(r.title.substr(r.title_nocase[0].begin, r.title_nocase[0].end - r.title_nocase[0].begin) == "DNA");
}

// CENTRAL's label of a meeting abstract after its title ("[Abstract]",
// "[abstract no: 134]"): 61 titles of the respiratory library.
TEST_CASE("a meeting abstract's label leaves the title for the genre", "[sweep63]") {
  Parsed p = parse_file(fixture("endnote/csv_quoted_titles.xml"));
  REQUIRE(p.records.size() == 15);
  struct Case {
    const char* start;
    const char* title_end;
    const char* genre;
  };
  const Case cases[] = {
      {"Safety and effectiveness of three different doses of silver nitrate", "effusion: preliminary results",
       "Abstract"},
      {"Double-blind randomized comparison of bleomycin", "malignant pleural effusions (MPE)", "abstract"},
      {"Control of malignant pleural effusing in breast cancer", "versus interferon alfa", "abstract no: 134"},
      {"Preliminary hospitalization in the domiciliary", "management of pulmonary tuberculosis", "abstract no:1"},
      {"Quality-of-life, efficacy and radiological features", "by videothoracoscopy or small bore chest tube",
       "Abstract"},
      {"Chronic indwelling pleural catherer (Pleurx\")", "management of malignant pleural effusions.",
       "abstract no: O-7"},
  };
  for (const Case& c : cases) {
    INFO(c.start);
    const Record* r = titled(p.records, c.start);
    REQUIRE(r);
    CHECK(ends_with(r->title, c.title_end));
    CHECK(r->title.find('[') == std::string::npos);
    CHECK(extra_of(*r, "genre") == c.genre);
  }
  CHECK(said(p, "says the work is a meeting abstract") == 1);
  // Not a label: a translated title's brackets, a label alone, a word that
  // is not one.
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - [A new paracentesis needle] [abstract]\nAU  - Doe, J.\nPY  - 2001\nER  - \n\n"
      "TY  - JOUR\nTI  - [Abstract]\nAU  - Doe, J.\nPY  - 2002\nER  - \n\n"
      "TY  - JOUR\nTI  - Writing the results [abstracts of the meeting]\nAU  - Doe, J.\nPY  - 2003\nER  - \n\n"
      "TY  - JOUR\nTI  - [Treatment of malignant pleural exudates]\nAU  - Doe, J.\nPY  - 2004\nER  - \n");
  REQUIRE(q.records.size() == 4);
  CHECK(q.records[0].title == "[A new paracentesis needle]");
  CHECK(extra_of(q.records[0], "genre") == "abstract");
  CHECK(q.records[1].title == "[Abstract]");
  CHECK(q.records[2].title == "Writing the results [abstracts of the meeting]");
  CHECK(q.records[3].title == "[Treatment of malignant pleural exudates]");
}

TEST_CASE("a meeting abstract's genre reaches the exports", "[sweep63]") {
  TempDir tmp;
  const std::string lib = tmp / "lib.db";
  CommandResult imp = run_refnet("import '" + fixture("endnote/csv_quoted_titles.xml") + "' --library '" + lib + "'");
  REQUIRE(imp.status == 0);
  CommandResult csl = run_refnet("export --format csl --library '" + lib + "'");
  REQUIRE(csl.status == 0);
  CHECK(csl.out.find("\"genre\": \"abstract no: 134\"") != std::string::npos);
  CHECK(csl.out.find("interferon alfa [abstract") == std::string::npos);
  CHECK(csl.out.find("\"\\\"Corticosteroids") == std::string::npos);
  CommandResult ris = run_refnet("export --format ris --library '" + lib + "'");
  REQUIRE(ris.status == 0);
  CHECK(ris.out.find("M3  - abstract no: 134") != std::string::npos);
}

// Pages a spreadsheet read as dates (day-month; month-year when the last
// page is no month): 31 of the respiratory library, 38 of asysd's labelled
// test set (whose "21-Aug" is "21-28" in the set's other records of the work).
TEST_CASE("pages a spreadsheet read as a date are the range again", "[sweep63]") {
  Parsed p = parse_file(fixture("endnote/csv_quoted_titles.xml"));
  REQUIRE(p.records.size() == 15);
  const std::pair<const char*, const char*> cases[] = {
      {"Empyema thoracis", "1-8"},                                        // 01-Aug; Clin Med Insights 2010;4:1-8
      {"Efficacy of short term versus long term tube thoracostomy", "23-25"},  // 23-May; Thorax 1994;49:23-5
      {"Management of malignant pleural effusions. A prospective", "21-22"},   // 21-Feb
      {"Evaluation of polymerase chain reaction", "12-18"},               // Dec-18; Tanaffos 2011;10(4):12-18
  };
  for (auto [start, pages] : cases) {
    INFO(start);
    const Record* r = titled(p.records, start);
    REQUIRE(r);
    CHECK(r->pages == pages);
  }
  CHECK(said(p, "a page range a spreadsheet read as a date") == 1);
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - One\nAU  - Doe, J.\nPY  - 2001\nSP  - Aug-05\nER  - \n\n"
      "TY  - JOUR\nTI  - Two\nAU  - Doe, J.\nPY  - 2002\nSP  - 32-Aug\nER  - \n\n"
      "TY  - JOUR\nTI  - Three\nAU  - Doe, J.\nPY  - 2003\nSP  - 11-Sep\nER  - \n");
  REQUIRE(q.records.size() == 3);
  CHECK(q.records[0].pages == "Aug-05");  // 05 would be a month: no spreadsheet wrote it so
  CHECK(q.records[1].pages == "32-Aug");
  CHECK(q.records[2].pages == "11-19");
}

// A table built from BibTeX (crossdb's unlearning__acm.csv: 17 names such as
// "Bojan Karla\v{s}", "Mar\'{\i}a A. Zapata"): TeX's accents in a format
// without TeX are the letters; BibTeX's own names were read already.
TEST_CASE("TeX's accent commands in a name of a format without TeX are the letters", "[sweep63]") {
  Parsed p = parse_string(
      "TY  - JOUR\nTI  - One\nAU  - Karla\\v{s}, Bojan\nAU  - Tr\\\"{u}gler, Andreas\nAU  - Zapata, Mar\\'{\\i}a A.\n"
      "AU  - Doup\\'e, Adam\nAU  - Backslash\\b, Not\nPY  - 2001\nER  - \n");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 5);
  CHECK(p.records[0].authors[0].family == "Karlaš");
  CHECK(p.records[0].authors[1].family == "Trügler");
  CHECK(p.records[0].authors[2].given == "María A.");
  CHECK(p.records[0].authors[3].family == "Doupé");
  CHECK(p.records[0].authors[4].family == "Backslash\\b");
  CHECK(said(p, "TeX's accent commands") == 1);
}

// bibliometrix's helios__scopus.csv: a conference's name escaped three times
// ("International Conference on &amp;amp;quot;Computational Intelligence and
// Communication Technology&amp;amp;quot;, CICT 2018"), left "&quot;" before.
TEST_CASE("a quote escaped three times is the quote", "[sweep63]") {
  Parsed p = parse_string(
      "Authors,Title,Year,Source title,Volume,Issue,Document Type,Source,EID\n"
      "\"Doe J.\",\"A title\",2018,\"International Conference on &amp;amp;quot;Computational Intelligence and "
      "Communication Technology&amp;amp;quot;, CICT 2018\",\"\",\"\",\"Conference Paper\",\"Scopus\",2-s2.0-85055555555\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].container_title ==
        "International Conference on \"Computational Intelligence and Communication Technology\", CICT 2018");
}
