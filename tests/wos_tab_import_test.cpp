// The Web of Science tab-delimited importer: the same records as the tagged
// (Plain text) export gives for the same works, from the UTF-16 "Win" and
// the UTF-8 "Mac" variants, and the same networks.
//
// fixtures/wos/umbrella-review__savedrecs-tab-{win,mac}.txt are the 29
// records of corpora/umbrella-review__savedrecs.txt (a real WoS export)
// written as WoS writes its tab-delimited file (fixtures/wos/tagged_to_tab.py):
// records 1-10 as UTF-16LE with a BOM and CRLF, records 11-29 as UTF-8.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// doi18: how many diagnostics of severity `s` have a message holding `text`.
std::size_t count_diags(const refnet::Diagnostics& d, refnet::Severity s, std::string_view text) {
  std::size_t n = 0;
  for (const auto& x : d.items()) n += x.severity == s && x.message.find(text) != std::string::npos;
  return n;
}

// doi18: how many times `text` occurs in `s`.
std::size_t occurrences(std::string_view s, std::string_view text) {
  std::size_t n = 0;
  for (std::size_t p = s.find(text); p != std::string_view::npos; p = s.find(text, p + text.size())) ++n;
  return n;
}

std::string q(const std::string& s) { return "'" + s + "'"; }

// The tab file has no paragraph breaks: its abstract is one line.
std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

void check_same_record(const Record& tagged, const Record& tab) {
  INFO(tagged.title);
  check_same_fields(tagged, tab);
  CHECK(tagged.container_title_short == tab.container_title_short);
  CHECK(tagged.number == tab.number);
  CHECK(tagged.wos_ut == tab.wos_ut);
  CHECK(tagged.pmid == tab.pmid);
  REQUIRE(tagged.authors.size() == tab.authors.size());
  for (std::size_t a = 0; a < tagged.authors.size(); ++a) {
    CHECK(tagged.authors[a].orcid == tab.authors[a].orcid);
    CHECK(tagged.authors[a].affiliations == tab.authors[a].affiliations);
  }
  CHECK(tagged.references == tab.references);
  // The same extra fields; in the tab file's column order, which is not
  // always the tagged file's field order (MEDLINE records).  A C1 kept in
  // extra (addresses without author brackets, MEDLINE records) is one
  // address a line in the tagged file, "; "-separated in the tab file, where
  // a line's own "; " cannot be told from a separator: compared as "; ".
  auto sorted_extra = [](const Record& r) {
    std::vector<std::string> out;
    for (const auto& f : r.extra) {
      std::string v = f.value;
      for (std::size_t at; f.name == "C1" && (at = v.find('\n')) != std::string::npos;) v.replace(at, 1, "; ");
      out.push_back(f.name + "=" + v);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(sorted_extra(tagged) == sorted_extra(tab));
  CHECK(tab.provenance.format == "wos");
  CHECK(default_source_label(tab) == "Web of Science");
}

}  // namespace

TEST_CASE("WoS tab-delimited: the 29 umbrella-review records equal those of the tagged export", "[wos]") {
  Parsed tagged = parse_file(fixture("corpora/umbrella-review__savedrecs.txt"));
  Parsed win = parse_file(fixture("wos/umbrella-review__savedrecs-tab-win.txt"));
  Parsed mac = parse_file(fixture("wos/umbrella-review__savedrecs-tab-mac.txt"));
  REQUIRE(tagged.records.size() == 29);
  // doi18: only the repaired cited reference DOIs are said, 5 + 10 as in the tagged export.
  CHECK(win.diags.errors() == 0);
  CHECK(mac.diags.errors() == 0);
  CHECK(win.diags.warnings() == 5);
  CHECK(mac.diags.warnings() == 10);
  CHECK(count_diags(win.diags, Severity::warning, "cited reference DOI ") == 5);
  CHECK(count_diags(mac.diags, Severity::warning, "cited reference DOI ") == 10);
  CHECK(tagged.diags.warnings() == 15);
  REQUIRE(win.records.size() == 10);
  REQUIRE(mac.records.size() == 19);
  for (std::size_t i = 0; i < 29; ++i) {
    const Record& tab = i < 10 ? win.records[i] : mac.records[i - 10];
    Record t = tagged.records[i];
    t.abstract = one_line(t.abstract);
    check_same_record(t, tab);
  }
  // Provenance: the row's line (the header is line 1).
  CHECK(win.records[0].provenance.line == 2);
  CHECK(mac.records[18].provenance.line == 20);
  // A record of the All Databases export (UT MEDLINE:) keeps its PMID.
  std::size_t medline = 0;
  for (const Parsed* p : {&win, &mac})
    for (const Record& r : p->records) medline += starts_with(r.wos_ut, "MEDLINE:") && !r.pmid.empty();
  CHECK(medline == 2);
}

TEST_CASE("WoS tab-delimited: detected from its header row, forced formats checked", "[wos]") {
  std::string header = "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tSE\tBS\tLA\tDT\tUT\r\n";
  std::string row = "J\tSmith, J; Doe, K\t\t\t\tSmith, John; Doe, Kim\t\t\t\"Quoted\" title\tJ TEST\t\t\tEnglish\tArticle\tWOS:1\t\r\n";
  Detection d = detect_formats(header + row);
  CHECK(d.wos_tab);
  CHECK_FALSE(d.wos);
  CHECK_FALSE(d.scopus_csv);
  CHECK(describe_content(header + row) == "a Web of Science tab-delimited file");
  Parsed p = parse_string(header + row);
  REQUIRE(p.records.size() == 1);
  CHECK(p.diags.warnings() == 0);
  const Record& r = p.records[0];
  CHECK(r.title == "\"Quoted\" title");  // cells are never CSV-quoted
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Doe");
  CHECK(r.authors[1].given == "Kim");
  CHECK(r.wos_ut == "WOS:1");
  CHECK(parse_format_name("wos-tab") == Format::wos_tab);
  CHECK(format_name(Format::wos_tab) == "wos-tab");

  // Forced as the tagged format (or as RIS), the tab file is refused.
  Parsed forced = parse_string(header + row, Format::wos);
  CHECK(forced.records.empty());
  CHECK(forced.diags.errors() == 1);
  // A tagged file forced as wos-tab: refused too.
  Parsed tagged = parse_file(fixture("corpora/umbrella-review__savedrecs.txt"), Format::wos_tab);
  CHECK(tagged.records.empty());
  CHECK(tagged.diags.errors() == 1);
}

TEST_CASE("WoS tab-delimited: rows of the wrong width and empty rows are rejected, said where", "[wos]") {
  std::string text =
      "PT\tAU\tAF\tTI\tSO\tDE\tC1\tCR\tPY\tDI\tUT\tXX Junk\n"
      "J\tA, B\tAlpha, Beta\tFirst\tJ ONE\tk1; k2\t[Alpha, Beta] Univ X, Dept Y; Z\tSmith J, 2001, NATURE, V1, P2\t2020\t10.1/x\tWOS:1\tjunk\n"
      "J\tA, B\tAlpha, Beta\tCut short\n"
      "\n"
      "J\t\t\t\t\t\t\t\t\t\t\t\n"
      "J\tC, D\tGamma, Delta\tThird\tJ THREE\t\t\t\t2021\t\tWOS:3\t\n";
  Parsed p = parse_string(text, Format::wos_tab);
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 2);
  CHECK(has_diag(p.diags, Severity::warning, 1, "column 'XX Junk' is not a WoS field tag"));
  CHECK(has_diag(p.diags, Severity::error, 3, "row has 4 cells, the header 12; skipped"));
  CHECK(has_diag(p.diags, Severity::error, 5, "no title, no author and no DOI"));
  const Record& r = p.records[0];
  CHECK(r.keywords == std::vector<std::string>{"k1", "k2"});
  // C1's "; " inside the brackets does not cut; the address goes to its author.
  REQUIRE(r.authors.size() == 1);
  REQUIRE(r.authors[0].affiliations.size() == 1);
  CHECK(r.authors[0].affiliations[0] == "Univ X, Dept Y; Z");
  REQUIRE(r.references.size() == 1);
  CHECK(r.references[0].year == "2001");
  CHECK(p.records[1].provenance.line == 6);
}

TEST_CASE("WoS tab-delimited and tagged exports of the same records give the same networks", "[wos][network]") {
  TempDir tmp;
  std::string txt = tmp / "txt.sqlite", tab = tmp / "tab.sqlite";
  auto a = run_refnet("import --quiet --library " + q(txt) + " " + q(fixture("corpora/umbrella-review__savedrecs.txt")));
  auto b = run_refnet("import --quiet --library " + q(tab) + " " + q(fixture("wos/umbrella-review__savedrecs-tab-win.txt")) +
                      " " + q(fixture("wos/umbrella-review__savedrecs-tab-mac.txt")));
  REQUIRE(a.status == 0);
  INFO(b.err);
  REQUIRE(b.status == 0);
  CHECK(occurrences(b.err, "warning: ") == 15);  // doi18: the repaired cited reference DOIs
  CHECK(occurrences(b.err, "warning: cited reference DOI ") == 15);
  check_same_networks(tmp, txt, tab, 100);
}

// audit7: the platform's other databases, exported as "Tab-delimited (Mac,
// UTF-8)" by one search (litsearchr's "borealis" example, old-Mac CR row
// ends): BIOSIS Previews, MEDLINE, Zoological Record and Current Contents
// Connect, beside the Core Collection. The same article is in all five.
namespace {

const Record* find_title(const std::vector<Record>& rs, std::string_view start) {
  for (const Record& r : rs)
    if (starts_with(r.title, start)) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("WoS tab-delimited from BIOSIS, MEDLINE, Zoological Record, Current Contents: every row, same article",
          "[wos][audit7]") {
  for (const char* db : {"biosis", "medline", "zoorec", "current_contents", "core"}) {
    INFO(db);
    Parsed p = parse_file(fixture(std::string("corpora/litsearchr__wos_tab_") + db + ".txt"));
    CHECK(p.records.size() == 4);
    CHECK(p.stats.rejected == 0);
    const Record* t = find_title(p.records, "Cross-scale occupancy dynamics of a postfire specialist");
    REQUIRE(t);
    // MEDLINE and Zoological Record end every title with NLM's period.
    CHECK(t->title == "Cross-scale occupancy dynamics of a postfire specialist in response to variation across a fire regime");
    REQUIRE(t->authors.size() == 6);
    CHECK(t->authors[0].family == "Tingley");
    CHECK(t->authors[1].family == "Stillman");
    CHECK(t->authors[5].family == "Siegel");
    // MEDLINE and Zoological Record give the pages as PS only.
    CHECK(t->pages == "1484-1496");
    CHECK(t->issued.year == 2018);
    CHECK(t->pmid == "29782655");
  }
}

TEST_CASE("WoS MEDLINE: PS written as MEDLINE writes pages ('4348-64') is made whole", "[wos][audit7]") {
  Parsed p = parse_file(fixture("corpora/litsearchr__wos_tab_medline.txt"));
  const Record* r = find_title(p.records, "Ensemble modeling to predict habitat suitability");
  REQUIRE(r);
  CHECK(r->pages == "4348-4364");
  r = find_title(p.records, "Harvesting interacts with climate change");
  REQUIRE(r);
  CHECK(r->pages.empty());  // an article number written as the page: the number (dedup58)
  CHECK(r->number == "e0191645");
}

TEST_CASE("WoS BIOSIS: an author's e-mail in AU is not part of the name; it is kept in extra EM", "[wos][audit7]") {
  Parsed p = parse_file(fixture("corpora/litsearchr__wos_tab_biosis.txt"));
  const Record* t = find_title(p.records, "Cross-scale occupancy");
  REQUIRE(t);
  CHECK(t->authors[0].given == "Morgan W.");
  CHECK(extra_values(*t, "EM") == std::vector<std::string>{"morgan.tingley@uconn.edu"});
  // PS "Article No.: 16" with BP 16: an article number, not a page.
  const Record* n = find_title(p.records, "The persistence of Black-backed Woodpeckers");
  REQUIRE(n);
  CHECK(n->number == "16");
  CHECK(n->pages.empty());
}

TEST_CASE("WoS Current Contents: AU runs its names together; AF is read. DE is comma-separated", "[wos][audit7]") {
  Parsed p = parse_file(fixture("corpora/litsearchr__wos_tab_current_contents.txt"));
  const Record* r = find_title(p.records, "Effects of pine-oak woodland restoration");
  REQUIRE(r);
  REQUIRE(r->authors.size() == 3);
  CHECK(r->authors[0].family == "Roach");
  CHECK(r->authors[0].given == "Melissa C.");
  CHECK(r->authors[1].family == "Thompson");
  CHECK(r->authors[1].suffix == "III");
  // C1 "[Thompson, FR] US Forest Serv, ..." finds its author.
  REQUIRE(r->authors[1].affiliations.size() == 1);
  CHECK(starts_with(r->authors[1].affiliations[0], "US Forest Serv"));
  CHECK(p.diags.items().empty());
  CHECK(r->keywords.size() == 8);
  CHECK(r->keywords.front() == "Woodland");
  CHECK(r->keywords.back() == "Hierarchical models");
}

TEST_CASE("WoS tab-delimited: '[Anonymous]' is no author, dropped with a warning", "[wos]") {
  Parsed p = parse_string("PT\tAU\tAF\tTI\tSO\tPY\tUT\n"
                          "J\t[Anonymous]\t[Anonymous]\tAn editorial\tJ ONE\t2020\tWOS:1\n",
                          Format::wos_tab);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].authors.empty());
  CHECK(has_diag(p.diags, Severity::warning, 2, "'[Anonymous]' is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named"));
}

// db21: the tab-delimited export re-saved by a spreadsheet or R quotes the
// cells holding a comma or a quote ("Muller, L; Tipold, A", titles with
// ""doubled"" quotes: jillymackay/LitReview's data/savedrecs.txt, 242 rows,
// measured only); saved as CSV it is comma-separated with the same header of
// tags (egouldo/EcolModellingQRPs' savedrecs-search_2019-02-13.csv, 243 rows,
// each unread before: "no bibliographic records found").  Both shapes are
// made from fixtures/wos/umbrella-review__savedrecs-tab-mac.txt (19 records).
TEST_CASE("WoS tab-delimited re-saved with quoted cells, and saved as CSV: the same records, no quote left", "[wos]") {
  Parsed mac = parse_file(fixture("wos/umbrella-review__savedrecs-tab-mac.txt"));
  REQUIRE(mac.records.size() == 19);
  for (const char* file : {"wos/umbrella-review__savedrecs-tab-quoted.txt", "wos/umbrella-review__savedrecs.csv"}) {
    INFO(file);
    Parsed p = parse_file(fixture(file));
    CHECK(describe_content(p.text) == describe_content(mac.text));
    CHECK(p.diags.errors() == 0);
    CHECK(p.stats.rejected == 0);
    REQUIRE(p.records.size() == 19);
    for (std::size_t i = 0; i < 19; ++i) {
      INFO("record " << i + 1);
      check_same_record(mac.records[i], p.records[i]);
      CHECK(p.records[i].provenance.line == mac.records[i].provenance.line);
      CHECK(p.records[i].references.size() == mac.records[i].references.size());
    }
    CHECK(p.records[0].authors[0].family == "Nguyen");
    CHECK(p.records[0].title == "Modelling, Measuring, and Visualising Community Resilience: A Systematic Review");
  }
}

TEST_CASE("WoS tab-delimited: a title that begins with a quote is not taken for a quoted cell", "[wos]") {
  // WoS itself never quotes: a cell may begin with '"' and end elsewhere.
  Parsed p = parse_string(
      "PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\tSO\tPY\tDI\tUT\n"
      "J\tSmith, J; Doe, A\t\t\t\tSmith, John; Doe, Ann\t\t\t\"Sunshine\" in cities\tJ TEST\t2020\t10.1/a\tWOS:1\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "\"Sunshine\" in cities");
  CHECK(p.records[0].authors.size() == 2);
}

// audit26: WoS's "Excel" export names its columns ("Publication Type",
// "Article Title", "Times Cited, WoS Core", "UT (Unique WOS ID)"), in the
// tab file's order; saved as tab-delimited text or CSV by the spreadsheet
// (slandsch/FrontiersData_cereal_legume savedrecs5.txt: 732 rows, measured
// only) it was read by the generic table reader: the article number, eISSN,
// UT, Keywords Plus, times cited and the cited references (CR) stayed extra
// fields under their names, not the record's number, ISSN, WoS identifier and
// references (101 of the 732 records had an article number and no page).
// Here the two umbrella-review fixtures above with the names in the header.
TEST_CASE("WoS Excel export saved as text or CSV: column names read as the tags they stand for", "[wos][audit26]") {
  static const char* const kNames[] = {
      "Publication Type", "Authors", "Book Authors", "Book Editors", "Book Group Authors", "Author Full Names",
      "Book Author Full Names", "Group Authors", "Article Title", "Source Title", "Book Series Title",
      "Book Series Subtitle", "Language", "Document Type", "Conference Title", "Conference Date",
      "Conference Location", "Conference Sponsor", "Conference Host", "Author Keywords", "Keywords Plus", "Abstract",
      "Addresses", "Affiliations", "Reprint Addresses", "Email Addresses", "Researcher Ids", "ORCIDs",
      "Funding Orgs", "Funding Name Preferred", "Funding Text", "Cited References", "Cited Reference Count",
      "Times Cited, WoS Core", "Times Cited, All Databases", "180 Day Usage Count", "Since 2013 Usage Count",
      "Publisher", "Publisher City", "Publisher Address", "ISSN", "eISSN", "ISBN", "Journal Abbreviation",
      "Journal ISO Abbreviation", "Publication Date", "Publication Year", "Volume", "Issue", "Part Number",
      "Supplement", "Special Issue", "Meeting Abstract", "Start Page", "End Page", "Article Number", "DOI",
      "DOI Link", "Book DOI", "Early Access Date", "Number of Pages", "WoS Categories", "Web of Science Index",
      "Research Areas", "IDS Number", "Pubmed Id", "Open Access Designations", "Highly Cited Status",
      "Hot Paper Status", "Date of Export", "UT (Unique WOS ID)"};
  Parsed mac = parse_file(fixture("wos/umbrella-review__savedrecs-tab-mac.txt"));
  REQUIRE(mac.records.size() == 19);
  for (const char* file : {"wos/umbrella-review__savedrecs-tab-mac.txt", "wos/umbrella-review__savedrecs.csv"}) {
    INFO(file);
    const std::string tagged = slurp(fixture(file));
    const bool csv = std::string(file).find(".csv") != std::string::npos;
    const char sep = csv ? ',' : '\t';
    // The header's tags, the first 71 of them named.
    const std::size_t eol = tagged.find('\n');
    std::string header;
    std::size_t start = 0, column = 0;
    for (;;) {
      std::size_t end = tagged.find(sep, start);
      if (end > eol) end = eol;
      std::string tag = tagged.substr(start, end - start);
      if (!header.empty()) header += sep;
      if (column < std::size(kNames)) {
        std::string name = kNames[column];
        header += csv && name.find(',') != std::string::npos ? "\"" + name + "\"" : name;
      } else {
        header += tag;
      }
      ++column;
      if (end == eol) break;
      start = end + 1;
    }
    Parsed p = parse_string(header + tagged.substr(eol));
    CHECK(p.stats.rejected == 0);
    CHECK(p.diags.errors() == 0);
    CHECK(has_diag(p.diags, Severity::note, 1, "Excel export saved as"));
    CHECK(count_diags(p.diags, Severity::warning, "is not a WoS field") == 0);
    REQUIRE(p.records.size() == 19);
    for (std::size_t i = 0; i < 19; ++i) {
      INFO("record " << i + 1);
      check_same_record(mac.records[i], p.records[i]);
      CHECK(p.records[i].references.size() == mac.records[i].references.size());
    }
    CHECK(p.records[0].wos_ut == mac.records[0].wos_ut);
    CHECK_FALSE(p.records[0].wos_ut.empty());
  }
  // Excel's last column, the text of a link, is no field: said once.
  Parsed p = parse_string(
      "Publication Type\tAuthors\tAuthor Full Names\tArticle Title\tSource Title\tAbstract\tAddresses\t"
      "Publication Year\tVolume\tIssue\tArticle Number\tDOI\teISSN\tUT (Unique WOS ID)\tWeb of Science Record\n"
      "J\tSmith, J\tSmith, John\tA title\tJ ONE\tText.\t[Smith, John] Univ X\t2015\t10\t5\te0128503\t"
      "10.1371/journal.pone.0128503\t1932-6203\tWOS:000354921400145\tView Full Record in Web of Science\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].number == "e0128503");
  CHECK(p.records[0].wos_ut == "WOS:000354921400145");
  CHECK(p.records[0].issn == std::vector<std::string>{"1932-6203"});
  CHECK(p.records[0].authors.at(0).given == "John");
  CHECK(count_diags(p.diags, Severity::warning, "column 'Web of Science Record' is not a WoS field name") == 1);
}
