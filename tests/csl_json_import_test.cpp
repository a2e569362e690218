// The CSL-JSON importer: a real Better BibTeX library, Zotero's own test
// case, the edge cases of Zotero's and Better BibTeX's writers, telling
// CSL-JSON from Crossref JSON, and the round trip with refnet's exporter.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "export_support.hpp"
#include "refnet/exporter.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const char* kLibrary = "corpora/dopl-and-spite__My_Library.json";

const Record* by_key(const std::vector<Record>& rs, std::string_view key) {
  for (const auto& r : rs)
    if (r.citekey == key) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a Better BibTeX CSL-JSON library: 646 items, short DOIs kept, literal names", "[csl]") {
  Parsed p = parse_file(fixture(kLibrary));
  CHECK(p.stats.records == 646);
  CHECK(p.stats.rejected == 0);
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 646);
  std::size_t short_dois = 0, literal_authors = 0, literal_dates = 0, yearless = 0, undated = 0;
  for (const auto& r : p.records) {
    CHECK(r.provenance.format == "csl-json");
    CHECK_FALSE(r.citekey.empty());
    if (starts_with(r.doi, "10/")) ++short_dois;
    for (const auto& a : r.authors)
      if (a.is_literal()) {
        ++literal_authors;
        break;
      }
    if (!r.issued.text.empty()) ++literal_dates;
    if (r.issued.year == 0 && !r.issued.text.empty()) ++yearless;  // export12: "2018/ed" is 2018
    if (r.issued.empty()) ++undated;
  }
  CHECK(short_dois == 17);
  // names19: 13, with the three organisations Zotero wrote as a family name
  // alone (were persons: family "World Health Organization"); 14 with the
  // committee Zotero cut before its last word (lead52: family "Differences",
  // given "Institute of Medicine (US) Committee on Understanding the Biology
  // of Sex and Gender": the organisation in written order).
  CHECK(literal_authors == 14);
  if (const Record* iom = by_key(p.records, "differences2001"))
    CHECK(iom->authors.at(0).literal ==
          "Institute of Medicine (US) Committee on Understanding the Biology of Sex and Gender Differences");
  for (const char* key : {"worldhealthorganization2018", "nationalopinionresearchcenter2014", "CDC2018"}) {
    const Record* org = by_key(p.records, key);
    REQUIRE(org);
    REQUIRE(org->authors.size() == 1);
    CHECK(org->authors[0].is_literal());
  }
  if (const Record* ncsl = by_key(p.records, "ncsl2016")) CHECK(ncsl->authors.at(0).family == "NCSL");
  CHECK(literal_dates == 3);
  CHECK(yearless == 0);
  CHECK(undated == 4);
  // One item a line after the opening bracket: item N is on line N + 1.
  CHECK(p.records[0].provenance.line == 2);
  CHECK(p.records[645].provenance.line == 647);

  const Record* r = by_key(p.records, "ackerman2017");
  REQUIRE(r);
  CHECK(r->type == "article-journal");
  CHECK(r->title == "Experts’ views regarding the conceptualization of narcissism");
  REQUIRE(r->authors.size() == 5);
  CHECK(r->authors[2].family == "Donnellan");
  CHECK(r->authors[2].given == "M. Brent");
  CHECK(r->container_title == "Journal of Personality Disorders");
  CHECK(r->container_title_short == "Journal of Personality Disorders");
  CHECK(r->doi == "10/gbhhv3");  // a shortDOI: kept, never expanded
  CHECK(r->issn == std::vector<std::string>{"0885-579X"});
  CHECK(show(r->issued) == "2017/6/0/");
  CHECK(r->volume == "31");
  CHECK(r->issue == "3");
  CHECK(r->pages == "346-361");
  CHECK(r->language == "en");
  CHECK(r->url == "http://guilfordjournals.com/doi/10.1521/pedi_2016_30_254");
  CHECK(r->get_extra("source") == "DOI.org (Crossref)");
  CHECK(r->get_extra("accessed") == R"({"date-parts":[[2021,10,13]]})");

  const Record* a = by_key(p.records, "abelson1981");
  REQUIRE(a);
  CHECK(a->doi == "10.1037/0003-066x.36.7.715");  // normalized as the DOI module does
}

TEST_CASE("CSL-JSON edge cases of Zotero's and Better BibTeX's writers", "[csl]") {
  Parsed p = parse_file(fixture("csl/bbt_edge.json"));
  CHECK(p.stats.records == 8);
  CHECK(p.stats.rejected == 2);
  CHECK(p.diags.errors() == 2);
  CHECK(has_diag(p.diags, Severity::error, 9, "not an item"));
  CHECK(has_diag(p.diags, Severity::error, 10, "malformed CSL-JSON item"));
  CHECK(has_diag(p.diags, Severity::warning, 7, "is not a DOI"));
  CHECK(has_diag(p.diags, Severity::warning, 8, "journalArticle"));
  REQUIRE(p.records.size() == 8);

  const Record& who = p.records[0];
  CHECK(who.type == "report");
  REQUIRE(who.authors.size() == 1);
  CHECK(who.authors[0].literal == "World Health Organization");
  CHECK(show(who.issued) == "2020/0/0/");  // date-parts as strings
  CHECK(who.number == "WHO/2020/1");
  CHECK(who.isbn == std::vector<std::string>{"978-92-4-001579-1"});
  CHECK(who.keywords == std::vector<std::string>{"malaria", "surveillance", "elimination"});
  CHECK(who.get_extra("note") == "tex.ids: who2020a");

  const Record& v = p.records[1];
  CHECK(v.title == "Relapse of <i>vivax</i> malaria");  // rich text kept as the source wrote it
  REQUIRE(v.authors.size() == 3);
  CHECK(v.authors[0].particle == "van den");
  CHECK(v.authors[0].family == "Berg");
  CHECK(v.authors[1].particle == "de");
  CHECK(v.authors[2].suffix == "Jr.");
  CHECK(v.container_title_short == "Lancet Infect Dis");
  CHECK(v.doi == "10/gbhhv3");
  CHECK(v.pmid == "31234567");
  CHECK(v.pmcid == "PMC6543210");
  CHECK(v.issn == std::vector<std::string>{"1473-3099", "1474-4457"});
  CHECK(show(v.issued) == "2019/11/5/");
  CHECK(v.volume == "19");  // a number in the source
  CHECK(v.pages == "1200-1210");
  CHECK(v.get_extra("translator") == "Translator, Tom");

  const Record& range = p.records[2];
  CHECK(show(range.issued) == "2018/6/1/");  // the range's start ...
  CHECK(range.issued.end_year == 2018);      // ... and its end (rich_text_test: date ranges)
  CHECK(range.issued.end_month == 6);
  CHECK(range.issued.end_day == 3);
  CHECK(range.get_extra("issued").empty());  // taken whole
  CHECK(range.get_extra("event-place") == "Berlin");
  CHECK(show(p.records[3].issued) == "2017/3/0/");           // raw
  CHECK(show(p.records[4].issued) == "0/0/0/in press");      // literal

  const Record& bad = p.records[5];
  CHECK(bad.citekey.empty());
  CHECK(bad.get_extra("id") == "bad doi");
  CHECK(bad.doi.empty());
  CHECK(bad.get_extra("DOI") == "not a doi");
  CHECK(bad.keywords == std::vector<std::string>{"one", "two"});

  CHECK(p.records[6].type == "document");
  CHECK(p.records[6].get_extra("type") == "journalArticle");
  CHECK(p.records[7].title == "After the broken item");
}

TEST_CASE("CSL 1.0.2's citation-key is the key, before or after the id", "[csl]") {
  Parsed p = parse_string(R"([{"citation-key":"smith2020","id":"http://zotero.org/users/1/items/ABC","type":"book","title":"A"},
                              {"id":"item-7","citation-key":"jones2021","type":"book","title":"B"}])");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].citekey == "smith2020");
  CHECK(p.records[0].get_extra("id") == "http://zotero.org/users/1/items/ABC");
  CHECK(p.records[1].citekey == "jones2021");
  CHECK(p.records[1].get_extra("id") == "item-7");
}

TEST_CASE("CSL-JSON one item a line (JSON Lines)", "[csl]") {
  Parsed p = parse_file(fixture("csl/jsonl.json"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[1].type == "chapter");
  CHECK(p.records[1].container_title == "A Book");
  CHECK(p.records[1].provenance.line == 2);
}

TEST_CASE("CSL-JSON is told from Crossref JSON", "[csl][detect]") {
  for (const char* rel : {kLibrary, "csl/bbt_edge.json", "csl/jsonl.json", "corpora/zotero-cases/csl-json/000.input.json"}) {
    INFO(rel);
    Detection d = detect_formats(decode_text(slurp(fixture(rel))).text);
    CHECK(d.csl_json);
    CHECK_FALSE(d.crossref);
  }
  for (const char* rel : {"corpora/habanero-cassettes__test-works__test_works_with_one_id__00.json",
                          "corpora/habanero-cassettes__test-journals__test_journals_works__01.json",
                          "corpora/citation-js__doi.json", "crossref/work-bare.json", "crossref/works-array.json",
                          "crossref/items-unwrapped.json"}) {
    INFO(rel);
    Detection d = detect_formats(decode_text(slurp(fixture(rel))).text);
    CHECK(d.crossref);
    CHECK_FALSE(d.csl_json);
  }
  CHECK(parse_format_name("csl") == Format::csl_json);
  CHECK(parse_format_name("csl-json") == Format::csl_json);
  CHECK(format_name(Format::csl_json) == "csl-json");
}

TEST_CASE("CSL-JSON round trip: refnet's export read back gives the same record", "[csl][roundtrip]") {
  Record a = kassen2018();
  a.container_title_short = "Int Rev Adm Sci";
  a.pmid = "29123456";
  a.pmcid = "PMC5999999";
  a.number = "e12";
  a.language = "en";  // CSL-JSON writes BCP 47 tags: "English" goes out as "en" (csljson_export_test)
  Record b = tricky();
  Record c;
  c.citekey = "anon";
  c.type = "manuscript";
  c.title = "Undated";
  c.issued.text = "in press";
  std::vector<Record> in = {a, b, c};
  std::ostringstream out;
  write_csljson(out, in);
  Parsed p = parse_string(out.str());
  CHECK(p.diags.errors() == 0);
  CHECK(p.diags.warnings() == 0);
  REQUIRE(p.records.size() == in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    INFO(in[i].citekey);
    const Record& back = p.records[i];
    check_same_fields(in[i], back);
    CHECK(back.citekey == in[i].citekey);
    CHECK(back.title_nocase == in[i].title_nocase);
    CHECK(back.container_title_short == in[i].container_title_short);
    CHECK(back.number == in[i].number);
    CHECK(back.pmid == in[i].pmid);
    CHECK(back.pmcid == in[i].pmcid);
    CHECK(back.extra.empty());
  }
}

TEST_CASE("Zotero's CSL JSON test case agrees field by field", "[csl][oracle]") {
  std::string dir = fixture("corpora/zotero-cases/csl-json/");
  Parsed p = parse_file(dir + "000.input.json");
  auto expected = nlohmann::json::parse(slurp(dir + "000.expected.json"));
  REQUIRE(p.records.size() == 1);
  REQUIRE(expected.size() == 1);
  const Record& r = p.records[0];
  const auto& z = expected[0];
  CHECK(r.type == "book");  // Zotero: book
  CHECK(r.title == z["title"]);
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == z["creators"][0]["lastName"]);
  CHECK(r.authors[0].given == z["creators"][0]["firstName"]);
  // Zotero writes the date as "January 1, 2013"; the year is a string in the input's date-parts.
  CHECK(show(r.issued) == "2013/1/1/");
  CHECK(r.isbn == std::vector<std::string>{z["ISBN"]});
  CHECK(r.language == z["language"]);
  CHECK(r.publisher == z["publisher"]);
  CHECK(r.publisher_place == z["place"]);
  CHECK(r.volume == z["volume"]);
  CHECK(r.get_extra("collection-title") == z["series"]);
  CHECK(r.get_extra("number-of-pages") == z["numPages"]);
  // Zotero's item URI is no citation key: kept in extra (Zotero keeps it as itemID).
  CHECK(r.citekey.empty());
  CHECK(r.get_extra("id") == z["itemID"]);
}

TEST_CASE("a CSL-JSON object with no bibliographic member is rejected, not imported empty", "[csl]") {
  Parsed p = parse_with(R"([{"id":"a","type":"article-journal","title":"A work"},
{"name":"Turku","id":"b"}])",
                        parse_csl_json);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "A work");
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::error, 2, "not a CSL-JSON item"));
  // None of them: the file says what its objects hold.
  Parsed q = parse_with(R"([{"name":"Helsinki","id":"h"},{"name":"Turku","id":"t"}])", parse_csl_json);
  CHECK(q.records.empty());
  CHECK(q.stats.rejected == 2);
  CHECK(has_diag(q.diags, Severity::error, 0, "no CSL-JSON item in the file: JSON objects with the members id, name"));
}

// audit8: a DOI repaired on import is said, as every other importer says it
// (a trailing '.' removed: a DOI cut short, or a sentence's period).
TEST_CASE("CSL-JSON: a repaired DOI is said with a warning", "[csl][audit8]") {
  Parsed p = parse_string(R"([{"id":"a","type":"article-journal","title":"A","DOI":"10.1061/(ASCE)IS.1943-555X.0000362."},
{"id":"b","type":"article-journal","title":"B","DOI":"10.1000/plain"}])");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.1061/(asce)is.1943-555x.0000362");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("repaired (trailing '.' removed)") != std::string::npos);
}

// audit8: an ISSN field holding two ISSNs separated only by a space stays
// one value; it is split as RIS SN is (hand-made: Zotero's CSL-JSON writes
// the item's ISSN field as the user or translator filled it).
TEST_CASE("CSL-JSON: two ISSNs separated by a space are two ISSNs", "[csl][audit8]") {
  Parsed p = parse_string(R"([{"id":"a","type":"article-journal","title":"A","ISSN":"0028-0836 1476-4687"},
{"id":"b","type":"article-journal","title":"B","ISSN":"00280836 14764687"},
{"id":"c","type":"article-journal","title":"C","ISSN":"0028-0836 1476-46870"}])");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].issn == std::vector<std::string>{"0028-0836", "1476-4687"});
  CHECK(p.records[1].issn == std::vector<std::string>{"0028-0836", "1476-4687"});
  CHECK(p.records[2].issn == std::vector<std::string>{"0028-0836", "1476-46870"});
}

TEST_CASE("CSL-JSON: a name 'Anonymous' is no author: dropped with a warning", "[csl][export11]") {
  Parsed p = parse_string(R"([{"id":"a","type":"article-journal","title":"T",
    "author":[{"family":"Anonymous"},{"literal":"[Anonymous]"},{"family":"Lee","given":"Ann"}]}])");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Lee");
  std::size_t said = 0;
  for (const auto& d : p.diags.items()) said += d.message.find("is a placeholder for no author") != std::string::npos;
  CHECK(said == 2);
}
