// Crossref REST API JSON import: every shape the API and its users produce,
// the field mapping checked on real responses, and bad input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

#include "refnet/jats.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::parse_file;
using refnet::test::parse_string;

namespace {

const char* kOneWork = "corpora/habanero-cassettes__test-works__test_works_with_one_id__00.json";
const char* kWorkList = "corpora/habanero-cassettes__test-journals__test_journals_works__01.json";

std::size_t count_references(const std::vector<Record>& rs) {
  return std::accumulate(rs.begin(), rs.end(), std::size_t(0),
                         [](std::size_t n, const Record& r) { return n + r.references.size(); });
}

std::vector<std::string> dois(const std::vector<Record>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.doi);
  return out;
}

std::vector<std::string> error_lines(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.items()) {
    std::string f = x.format();
    out.push_back(f.substr(0, f.find('\n')));
  }
  return out;
}

// The file name part of a diagnostic is the full fixture path; compare from
// the base name on.
std::string base(std::string s) {
  std::size_t slash = s.rfind('/', s.find(": error"));
  return slash == std::string::npos ? s : s.substr(slash + 1);
}

// As fetch uses it: the caller owns the text.
ParseStats parse_work(const std::string& text, std::vector<Record>& out, Diagnostics& d) {
  d.set_source("<fetch>", text);
  return parse_crossref_work(text, d, [&](Record&& r) { out.push_back(std::move(r)); });
}

}  // namespace

TEST_CASE("a work message maps every field of the record", "[crossref]") {
  auto p = parse_file(fixture(kOneWork));
  REQUIRE(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "article-journal");
  CHECK(r.doi == "10.1371/journal.pone.0033693");
  CHECK(r.title ==
        "Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice");
  CHECK(r.container_title == "PLoS ONE");
  CHECK(r.container_title_short == "PLoS ONE");  // a slot now, no extra field
  CHECK(r.get_extra("short-container-title").empty());
  REQUIRE(r.authors.size() == 6);
  CHECK(r.authors[0].family == "Sadasivan");
  CHECK(r.authors[0].given == "Shankar");
  CHECK(r.authors[1].given == "Brooks B.");
  CHECK(r.authors[5].family == "Smeyne");
  REQUIRE(r.editors.size() == 1);
  CHECK(r.editors[0].family == "Borlongan");
  CHECK(r.issued == Date{2012, 3, 21, ""});
  CHECK(r.volume == "7");
  CHECK(r.issue == "3");
  CHECK(r.pages.empty());  // an article number written as the page: the number (dedup58)
  CHECK(r.number == "e33693");
  CHECK(r.publisher == "Public Library of Science (PLoS)");
  CHECK(r.issn == std::vector<std::string>{"1932-6203"});
  CHECK(r.url == "https://doi.org/10.1371/journal.pone.0033693");
  CHECK(r.language == "en");
  CHECK(r.keywords.empty());  // subject: []
  CHECK(r.get_extra("affiliation").empty());  // all empty

  // Every reference is kept, with DOI when Crossref matched one.
  REQUIRE(r.references.size() == 70);
  const Reference& first = r.references[0];
  CHECK(first.key == "ref1");
  CHECK(first.doi == "10.1038/sj.npp.1301164");
  CHECK(first.author == "AF Arnsten");
  CHECK(first.year == "2006");
  CHECK(first.title == "Stimulants: Therapeutic actions in ADHD.");
  CHECK(first.container == "Neuropsychopharmacology");
  CHECK(first.volume == "31");
  CHECK(first.first_page == "2376");
  CHECK(r.references[3].doi == "10.1016/s0024-3205(99)00225-8");  // lower-cased
  CHECK(r.references[4].doi.empty());
  CHECK(r.references[4].title == "Monitoring the Future national survey results on drug use, 1975–2010.");
  CHECK(r.references[69].first_page == "Article3");
  CHECK(std::count_if(r.references.begin(), r.references.end(), [](auto& x) { return !x.doi.empty(); }) == 65);

  // What users would miss is kept; Crossref's own bookkeeping is not.
  CHECK(r.get_extra("published-online") == "2012-03-21");
  CHECK(r.get_extra("is-referenced-by-count") == "72");
  CHECK(r.get_extra("license").find("\"URL\":\"http://creativecommons.org/licenses/by/4.0/\"") != std::string::npos);
  CHECK(r.get_extra("updated-by").find("\"type\":\"correction\"") != std::string::npos);
  CHECK(r.get_extra("link").find("similarity-checking") != std::string::npos);
  // The dates as of which Crossref wrote the work: which re-fetch is newer (export_date).
  CHECK(r.get_extra("indexed") == "2026-06-06");
  CHECK(r.get_extra("deposited") == "2025-03-23");
  for (const char* dropped : {"reference", "content-domain", "score", "relation",
                              "subtitle", "issn-type", "journal-issue", "crossref_type"})
    CHECK(r.get_extra(dropped).empty());

  CHECK(r.provenance.format == "crossref");
  CHECK(r.provenance.file == fixture(kOneWork));
  CHECK(r.provenance.line == 1);
  // The hash is over the work's own text (the "message" object).
  std::size_t at = p.text.find("\"message\":") + std::string("\"message\":").size();
  while (p.text[at] == ' ') ++at;
  std::string_view work = trim(std::string_view(p.text).substr(at));
  work.remove_suffix(1);  // the message's closing brace
  CHECK(r.provenance.hash == content_hash("crossref", trim(work)));
}

TEST_CASE("a work-list message streams its items", "[crossref]") {
  auto p = parse_file(fixture(kWorkList));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 20);
  CHECK(p.stats.records == 20);
  CHECK(count_references(p.records) == 1436);
  CHECK(p.records[0].doi == "10.7717/peerj.616");
  CHECK(p.records[0].title ==
        "Using observation-level random effects to model overdispersion in count data in ecology and evolution");
  // Titles carry markup and layout white space; italics stay rich text.
  CHECK(p.records[1].title ==
        "Ecology and life history of <i>Meta bourneti</i> (Araneae: Tetragnathidae) from Monte Albo (Sardinia, Italy)");
  CHECK(p.records[9].title ==
        "A comparison of observation-level random effect and Beta-Binomial models for modelling overdispersion "
        "in Binomial data in ecology & evolution");
  CHECK(p.records[18].title == "Are giant clams (<i>Tridacna maxima</i>) distractible? A multi-modal study");
  // JATS abstracts become plain paragraphs.
  CHECK(starts_with(p.records[1].abstract, "The orb-weaver spider Meta bourneti Simon 1922 (Araneae: Tetragnathidae) is one"));
  CHECK(p.records[1].abstract.find('<') == std::string::npos);
  CHECK(p.records[0].abstract.empty());
  CHECK(starts_with(p.records[12].abstract, "Background\n\nSurvival in temporally"));
  CHECK(p.records[16].abstract.find("Pakistan. Research") != std::string::npos);
  CHECK(p.records[16].abstract.find("\n\nMethods\n\nField observations") != std::string::npos);
  CHECK(p.records[7].abstract.find("CO₂ emissions") != std::string::npos);
  for (const auto& r : p.records) {
    CHECK(r.type == "article-journal");
    CHECK(r.container_title == "PeerJ");
    CHECK(r.publisher == "PeerJ");
    CHECK(r.issn == std::vector<std::string>{"2167-8359"});
    CHECK(r.provenance.line == 1);  // the response is one line
    CHECK(!r.authors.empty());
    CHECK(r.issued.year >= 2013);
  }
  CHECK(p.records[1].number == "e6049");  // the article number is the locator
  CHECK(p.records[1].get_extra("article-number").empty());
  CHECK(p.records[2].get_extra("funder").find("\"name\":") != std::string::npos);
  // Items are distinct texts, so their hashes differ.
  CHECK(p.records[0].provenance.hash != p.records[1].provenance.hash);
}

TEST_CASE("an object of work lists keyed by DOI (citation-js test data)", "[crossref]") {
  auto p = parse_file(fixture("corpora/citation-js__doi.json"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 4);
  CHECK(dois(p.records) == std::vector<std::string>{"10.1021/ja01577a030", "10.1101/2021.08.15.21262067",
                                                    "10.5281/zenodo.8242099", "10.59350/hhtcn-zah03"});
  const Record& hall = p.records[0];
  CHECK(hall.title == "Correlation of the Base Strengths of Amines¹");  // <sup>1</sup>
  CHECK(hall.issued == Date{1957, 10, 0, ""});  // issued, not published-online 2002
  CHECK(hall.get_extra("published-online") == "2002-05-01");
  REQUIRE(hall.authors.size() == 1);
  CHECK(hall.authors[0].family == "Hall");
  CHECK(hall.authors[0].suffix == "Jr.");
  CHECK(hall.pages == "5441-5444");
  CHECK(hall.issn == std::vector<std::string>{"0002-7863", "1520-5126"});
  CHECK(hall.container_title_short == "J. Am. Chem. Soc.");  // CSL's container-title-short

  const Record& preprint = p.records[1];
  CHECK(preprint.type == "article");
  CHECK(preprint.get_extra("crossref_type") == "posted-content");
  CHECK(starts_with(preprint.title, "Significant reduction in humoral immunity among healthcare workers"));
  REQUIRE(preprint.authors.size() == 17);
  CHECK(preprint.authors[0].orcid == "0000-0001-5503-7888");  // http://orcid.org/ stripped
  CHECK(preprint.authors[1].orcid.empty());
  CHECK(preprint.issued == Date{2021, 8, 18, ""});
  CHECK(!preprint.references.empty());

  // A CSL-JSON item (DataCite via Zenodo) in the same file keeps its CSL type.
  const Record& zenodo = p.records[2];
  CHECK(zenodo.type == "article");
  CHECK(zenodo.get_extra("crossref_type").empty());
  CHECK(zenodo.title == "Shield bugs (nymphs)");
  CHECK(zenodo.authors.size() == 2);
  CHECK(zenodo.get_extra("version") == "v0.1.1");

  CHECK(p.records[3].title == "The Bioclipse Workshop is in progress");
  CHECK(p.records[3].get_extra("posted") == "2006-11-01");
  CHECK(p.records[3].get_extra("group-title") == "Chemical sciences");
  // Each record knows the line where its work starts.
  CHECK(p.records[0].provenance.line == 3);
  CHECK(p.records[2].provenance.line == 408);
}

TEST_CASE("a bare work, a bare array and an unwrapped items object", "[crossref]") {
  auto bare = parse_file(fixture("crossref/work-bare.json"));
  CHECK(bare.diags.errors() == 0);
  REQUIRE(bare.records.size() == 1);
  CHECK(bare.records[0].doi == "10.1371/journal.pone.0033693");
  CHECK(bare.records[0].references.size() == 3);
  CHECK(bare.records[0].provenance.hash == content_hash("crossref", trim(bare.text)));

  auto array = parse_file(fixture("crossref/works-array.json"));
  auto items = parse_file(fixture("crossref/items-unwrapped.json"));
  for (auto* p : {&array, &items}) {
    CHECK(p->diags.errors() == 0);
    CHECK(dois(p->records) == std::vector<std::string>{"10.7717/peerj.616", "10.7717/peerj.6049", "10.7717/peerj.7288"});
    CHECK(count_references(p->records) == 6);
  }
  // The same works give the same records, whatever the wrapping.
  for (std::size_t i = 0; i < 3; ++i) CHECK(same_content(array.records[i], items.records[i]));
  // Pretty-printed: each record starts on its own line.
  CHECK(array.records[0].provenance.line == 2);
  CHECK(array.records[1].provenance.line == 111);
  CHECK(array.records[2].provenance.line == 237);
}

TEST_CASE("JSON Lines: one work or message per line, a bad line costs only itself", "[crossref]") {
  auto p = parse_file(fixture("crossref/works.jsonl"));
  CHECK(dois(p.records) == std::vector<std::string>{"10.1371/journal.pone.0033693", "10.7717/peerj.616", "10.7717/peerj.7288"});
  CHECK(p.stats.rejected == 1);
  REQUIRE(p.diags.errors() == 1);
  // The first diagnostic is line 1's note: its page e33693 is the article number (dedup58).
  REQUIRE(p.diags.items().size() == 2);
  CHECK(p.diags.items()[1].line == 3);
  CHECK(p.diags.items()[1].message == "unterminated string (line end inside a string)");
  CHECK(p.records[0].provenance.line == 1);
  CHECK(p.records[1].provenance.line == 2);
  CHECK(p.records[2].provenance.line == 4);
}

TEST_CASE("markup, fallbacks and the less common fields", "[crossref]") {
  auto p = parse_file(fixture("crossref/markup-work.json"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.5555/markup.1");
  // Italics stay rich text (CSL's <i>), as CSL-JSON sources carry it.
  CHECK(r.title == "Catalysis in H₂O at 10⁻³\u00a0M: <i>the \"wet\" route</i> & beyond: A case study");
  CHECK(r.type == "article");
  CHECK(r.get_extra("crossref_type") == "posted-content");
  CHECK(r.get_extra("subtype") == "preprint");
  REQUIRE(r.authors.size() == 3);
  CHECK(r.authors[0].orcid == "0000-0002-1825-009X");
  CHECK(r.authors[0].suffix == "Jr.");
  CHECK(r.authors[1].literal == "World Health Organization");
  CHECK(r.authors[1].is_literal());
  CHECK(r.authors[2].particle == "van der");
  CHECK(r.issued == Date{2019, 11, 0, ""});  // issued [[null]] -> published-print, not created
  CHECK(r.issn == std::vector<std::string>{"1234-5678"});  // from issn-type alone
  CHECK(r.isbn == std::vector<std::string>{"978-3-16-148410-0"});
  CHECK(r.pages == "12-34");  // en dash
  CHECK(r.abstract == "First paragraph with italics and CO₂.\n\nSecond <paragraph>, p < 0.05.");
  CHECK(r.keywords == std::vector<std::string>{"Catalysis", "Green chemistry"});
  CHECK(r.get_extra("funder") == R"([{"name":"ERC","award":["12345"]}])");
  CHECK(r.get_extra("affiliation") == R"([["Univ. X"],[],[]])");
  CHECK(r.get_extra("indexed") == "2024-01-01");
  CHECK(r.get_extra("relation").empty());  // empty values are dropped
  CHECK(r.get_extra("short-title").empty());
  REQUIRE(r.references.size() == 4);
  CHECK(r.references[0].raw == "Smith J. A book. Springer, 2001.");
  CHECK(r.references[1].title == "Handbook of Things");
  CHECK(r.references[1].container == "Lecture Notes");
  CHECK(r.references[1].year == "2001");
  CHECK(r.references[1].first_page == "5");
  CHECK(r.references[2].doi.empty());
  CHECK(r.references[2].raw == "not a doi");
  CHECK(r.references[3].doi == "10.1000/abc");
  CHECK(r.references[3].title == "A chapter");
  CHECK(r.references[3].container == "The Book");
}

TEST_CASE("Crossref types map to CSL types", "[crossref]") {
  auto type_of = [](const std::string& t) {
    auto p = parse_string(R"({"DOI":"10.1000/x","type":")" + t + R"("})");
    REQUIRE(p.records.size() == 1);
    return std::make_pair(p.records[0].type, std::string(p.records[0].get_extra("crossref_type")));
  };
  using P = std::pair<std::string, std::string>;
  CHECK(type_of("journal-article") == P{"article-journal", ""});
  CHECK(type_of("proceedings-article") == P{"paper-conference", ""});
  CHECK(type_of("book-chapter") == P{"chapter", ""});
  CHECK(type_of("book") == P{"book", ""});
  CHECK(type_of("monograph") == P{"book", "monograph"});
  CHECK(type_of("edited-book") == P{"book", "edited-book"});
  CHECK(type_of("posted-content") == P{"article", "posted-content"});
  CHECK(type_of("dissertation") == P{"thesis", ""});
  CHECK(type_of("report") == P{"report", ""});
  CHECK(type_of("dataset") == P{"dataset", ""});
  CHECK(type_of("component") == P{"document", "component"});
  CHECK(type_of("other") == P{"document", "other"});
  CHECK(type_of("something-new") == P{"document", "something-new"});
}

TEST_CASE("API errors and messages without works are errors", "[crossref]") {
  auto err = parse_file(fixture("crossref/api-error.json"));
  CHECK(err.records.empty());
  REQUIRE(err.diags.errors() == 1);
  CHECK(err.diags.items()[0].message ==
        "Crossref API returned status 'failed' (validation-failure): Integer specified as sample but must be a "
        "positive integer less than or equal to 100.");

  auto journal = parse_file(fixture("crossref/journal-message.json"));
  CHECK(journal.records.empty());
  REQUIRE(journal.diags.errors() == 1);
  CHECK(journal.diags.items()[0].message == "Crossref message of type 'journal' holds no works");

  auto not_work = parse_string(R"({"name": "x", "count": 3})");
  CHECK(not_work.records.empty());
  CHECK(not_work.diags.errors() == 1);
}

TEST_CASE("a malformed or foreign item in a work-list costs that item only", "[crossref]") {
  auto p = parse_file(fixture("crossref/work-list-bad-item.json"));
  CHECK(dois(p.records) == std::vector<std::string>{"10.7717/peerj.616", "10.7717/peerj.7288"});
  CHECK(p.stats.rejected == 2);
  auto errs = error_lines(p.diags);
  REQUIRE(errs.size() == 2);
  CHECK(base(errs[0]) == "work-list-bad-item.json:9:48: error: expected ',' or '}' in object");
  CHECK(base(errs[1]) == "work-list-bad-item.json:10:7: error: Crossref work expected, found a number");
}

TEST_CASE("a truncated file keeps the works before the cut", "[crossref]") {
  auto p = parse_file(fixture("crossref/work-list-truncated.json"));
  CHECK(dois(p.records) == std::vector<std::string>{"10.7717/peerj.616", "10.7717/peerj.6049"});
  REQUIRE(p.diags.errors() == 1);
  CHECK(p.diags.items()[0].message == "unexpected end of input inside a string");
  CHECK(p.diags.items()[0].line == 262);
}

TEST_CASE("malformed JSON is reported at its position", "[crossref]") {
  auto at = [](std::string text) {
    auto p = parse_string(std::move(text), Format::crossref);
    REQUIRE(p.diags.errors() >= 1);
    const auto& d = p.diags.items()[0];
    return std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message;
  };
  CHECK(at("{\"DOI\": \"10.1/x\",\n \"title\": [\"a\" \"b\"]}") == "2:16 expected ',' or ']' in array");
  CHECK(at("{\"DOI\": tru}") == "1:9 invalid literal, expected 'true'");
  CHECK(at("{\"DOI\": \"a\\qb\"}") == "1:11 invalid escape '\\q' in string");
  CHECK(at("{\"volume\": 01}") == "1:13 expected ',' or '}' in object");
  CHECK(at("{\"volume\": -}") == "1:13 invalid number");
  CHECK(at("{DOI: 1}") == "1:2 expected a member name in double quotes");
  CHECK(at("{\"a\" 1}") == "1:6 expected ':' after member name");
  CHECK(at("{\"DOI\": \"10.1000/x\"} trailing") == "1:22 expected a JSON object or array");
  CHECK(at(std::string(1000, '[')) == "1:402 JSON nested too deeply");
}

TEST_CASE("escapes are decoded in every field", "[crossref]") {
  auto p = parse_string(R"({"DOI":"10.1000\/ABC","title":["Caf\u00e9 \ud83d\ude00 \"q\" \ud800"],"author":[{"family":"M\u00fcller"}]})");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1000/abc");
  CHECK(p.records[0].title == "Café 😀 \"q\" \xEF\xBF\xBD");
  CHECK(p.records[0].authors[0].family == "Müller");
}

TEST_CASE("parse_crossref_work takes exactly one work", "[crossref]") {
  std::vector<Record> out;
  Diagnostics d;
  std::string msg = refnet::test::slurp(fixture(kOneWork));
  CHECK(parse_work(msg, out, d).records == 1);
  REQUIRE(out.size() == 1);
  CHECK(out[0].doi == "10.1371/journal.pone.0033693");
  CHECK(out[0].references.size() == 70);

  out.clear();
  Diagnostics d2;
  std::string bare = refnet::test::slurp(fixture("crossref/work-bare.json"));
  CHECK(parse_work(bare, out, d2).records == 1);
  CHECK(d2.errors() == 0);

  out.clear();
  Diagnostics d3;
  std::string list = refnet::test::slurp(fixture(kWorkList));
  CHECK(parse_work(list, out, d3).records == 0);
  CHECK(out.empty());
  CHECK(d3.errors() == 1);

  out.clear();
  Diagnostics d4;
  std::string empty;
  CHECK(parse_work(empty, out, d4).records == 0);
  CHECK(d4.errors() == 1);
}

TEST_CASE("truncations and corruptions of a real work-list never crash or hang", "[crossref]") {
  std::string text = refnet::test::slurp(fixture(kWorkList));
  // Every cut inside the document is an error, and keeps the works whose
  // text ended before the cut.
  std::size_t last = 0;
  for (std::size_t cut = 1; cut + 10 < text.size(); cut += 997) {
    std::string part = text.substr(0, cut);
    Diagnostics d;
    d.set_source("<cut>", part);
    std::size_t n = 0;
    parse_crossref_json(part, d, [&](Record&&) { ++n; });
    CHECK(d.errors() >= 1);
    CHECK(n >= last);
    CHECK(n < 20);
    last = n;
  }
  CHECK(last == 19);
  // Random byte changes: anything may happen except a crash or a hang.
  std::uint64_t seed = 12345;
  auto rnd = [&] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(seed >> 33);
  };
  for (int round = 0; round < 200; ++round) {
    std::string bad = text;
    for (int k = 0; k < 1 + round % 8; ++k) {
      const char pool[] = "{}[]\",:\\ \n\x01\xff" "0";
      bad[rnd() % bad.size()] = round % 2 ? pool[rnd() % (sizeof pool - 1)] : char(rnd());
    }
    Diagnostics d;
    d.set_source("<bad>", bad);
    std::size_t n = 0;
    auto s = parse_crossref_json(bad, d, [&](Record&&) { ++n; });
    CHECK(s.records == n);
    CHECK(n <= 20);
  }
}

TEST_CASE("JATS and title markup to plain text", "[crossref]") {
  CHECK(jats_to_text("<jats:title>Abstract</jats:title><jats:p>One.</jats:p><jats:p>Two.</jats:p>") == "One.\n\nTwo.");
  CHECK(jats_to_text("<jats:sec><jats:title>Methods</jats:title><jats:p>We did.</jats:p></jats:sec>") ==
        "Methods\n\nWe did.");
  CHECK(jats_to_text("Plain text.\n\nSecond paragraph.") == "Plain text.\n\nSecond paragraph.");
  // Lens RIS (CiteSource's six-database search, lens_343.ris line 7717: an
  // abstract that opens with escaped carriage returns): they are white
  // space, not a "\r " before the first word (refnet's RIS export trimmed
  // it, so the abstract differed when read back).
  CHECK(jats_to_text("<jats:p>&#x0D;\n&#x0D;\n&#x0D;\nIndonesia is a country that has a high potential for natural "
                     "disasters.&#x0D;\n</jats:p>") ==
        "Indonesia is a country that has a high potential for natural disasters.");
  CHECK(jats_to_text("<p>One&#9;two&#x0A;three</p>") == "One two three");
  CHECK(jats_to_text("a &amp; b &#x3B1; &bogus; c & d") == "a & b α &bogus; c & d");
  CHECK(jats_to_text("x<sup>2</sup> + 10<sup>n</sup>") == "x² + 10n");
  CHECK(jats_to_text("<mml:math><mml:mi>x</mml:mi><mml:mo>=</mml:mo><mml:mn>1</mml:mn></mml:math>") == "x=1");
  CHECK(jats_to_text("a <!-- note --> b <![CDATA[<c>]]>") == "a b <c>");
  CHECK(jats_to_text("unclosed <jats:p") == "unclosed <jats:p");
  CHECK(markup_to_text("<p>One</p><p>Two</p>") == "One Two");
  CHECK(markup_to_text("  a\n   b  ") == "a b");
}

TEST_CASE("objects keyed by DOI and arrays may hold whole messages", "[crossref]") {
  std::string work = R"({"status":"ok","message-type":"work","message":{"DOI":"10.1000/A","title":["A"]}})";
  auto keyed = parse_string(R"({"10.1000/a": )" + work + R"(, "10.1000/b": {"DOI":"10.1000/b","title":["B"]}})");
  CHECK(keyed.diags.errors() == 0);
  CHECK(dois(keyed.records) == std::vector<std::string>{"10.1000/a", "10.1000/b"});

  auto array = parse_string("[" + work + ",\n" + work + "]");
  CHECK(array.diags.errors() == 0);
  REQUIRE(array.records.size() == 2);
  CHECK(array.records[1].title == "A");
  CHECK(array.records[1].provenance.line == 2);

  // A work-list inside a JSON Lines file streams like a whole file does.
  auto lines = parse_string(work + "\n" +
                            R"({"status":"ok","message-type":"work-list","message":{"items":[{"DOI":"10.1000/c"},{"DOI":"10.1000/d"}]}})" +
                            "\n");
  CHECK(dois(lines.records) == std::vector<std::string>{"10.1000/a", "10.1000/c", "10.1000/d"});
}

TEST_CASE("a stray bracket inside a work: its references do not pass for works", "[crossref]") {
  // The second work's reference list lost a '[': bracket matching ends the
  // bad work early, and each reference (which has a DOI) looked like a work.
  const std::string list =
      R"({"status":"ok","message-type":"work-list","message":{"items":[)"
      R"({"indexed":1,"DOI":"10.1000/a","title":["A"]},)"
      R"({"indexed":2,"DOI":"10.1000/b","title":["B"],"reference":{"key":"r1","DOI":"10.9/r1"},{"key":"r2","DOI":"10.9/r2"}],"page":"1"},)"
      R"({"indexed":3,"DOI":"10.1000/c","title":["C"]}]}})";
  auto p = parse_string(list);
  std::vector<std::string> got;
  for (const auto& r : p.records) got.push_back(r.doi);
  CHECK(got == std::vector<std::string>{"10.1000/a", "10.1000/c"});
  CHECK(p.stats.rejected == 1);
}

TEST_CASE("JSON that is not bibliographic: each object rejected, and the file says what it holds", "[crossref]") {
  using namespace refnet::test;
  // A list of places (cold-war-finland-bibliography's sibling files, any API
  // dump): objects with none of title, DOI, author, container-title, issued,
  // type.  Nothing is imported as an empty record.
  Parsed p = parse_with(R"([{"name":"Helsinki","id":1},
{"name":"Turku","id":2}])",
                        parse_crossref_json);
  CHECK(p.records.empty());
  CHECK(p.stats.rejected == 2);
  CHECK(has_diag(p.diags, Severity::error, 1, "not a Crossref work"));
  CHECK(has_diag(p.diags, Severity::error, 2, "not a Crossref work"));
  CHECK(has_diag(p.diags, Severity::error, 0, "no Crossref work in the file: JSON objects with the members name, id"));
  // One work among them: it is read, the other object rejected, no summary.
  Parsed q = parse_with(R"([{"DOI":"10.1/x","title":["A work"]},{"name":"Turku","id":2}])", parse_crossref_json);
  REQUIRE(q.records.size() == 1);
  CHECK(q.stats.rejected == 1);
  CHECK_FALSE(has_diag(q.diags, Severity::error, 0, "no Crossref work"));
}

TEST_CASE("JATS inline markup in Crossref titles becomes rich text: italic, bold, small caps", "[crossref]") {
  // Crossref deposits titles with JATS <italic>/<i>, <bold>, <scp>/<sc>; they
  // were flattened to plain text, so an export lost the species' italics.
  auto p = parse_file(fixture("crossref/rich-title.json"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title ==
        "Wing development in <i>Drosophila melanogaster</i> needs <b>both</b> <span "
        "style=\"font-variant:small-caps;\">dna</span> strands: <i>in vivo</i> evidence");
  CHECK(p.records[0].container_title == "Developmental Biology");  // no markup there
}

// export10: Crossref titles and JATS abstracts carry MathML, which was
// written in one line ("T_c", "η_p²") without a word, where the PubMed XML
// reader warns; the same warning now, in the same words.
TEST_CASE("MathML sub/superscripts in a Crossref title or abstract are written in one line, with a warning",
          "[crossref][mathml]") {
  refnet::test::Parsed p = parse_file(fixture("crossref/mathml-work.json"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Critical temperature T_c of thin films");
  CHECK(p.records[0].abstract == "Effect sizes were large (η_p² = .31).");
  REQUIRE(p.diags.items().size() == 2);
  CHECK(p.diags.items()[0].severity == Severity::warning);
  CHECK(p.diags.items()[0].message ==
        "MathML sub/superscripts in the title written in one line ('_' before a subscript, '^' before a superscript "
        "when Unicode has no form)");
  CHECK(p.diags.items()[1].message.find("MathML sub/superscripts in the abstract") == 0);
  CHECK(p.diags.items()[0].line == 4);
  CHECK(p.diags.items()[1].line == 8);
}

TEST_CASE("Crossref: an author 'Anonymous' is no author: dropped with a warning", "[crossref][export11]") {
  auto p = parse_string(R"({"DOI":"10.1000/x","title":["T"],"type":"journal-article",
    "author":[{"family":"Anonymous","sequence":"first"},{"given":"Ann","family":"Lee","sequence":"additional"}]})");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].authors.size() == 1);
  CHECK(p.records[0].authors[0].family == "Lee");
  std::size_t said = 0;
  for (const auto& d : p.diags.items()) said += d.message.find("is a placeholder for no author") != std::string::npos;
  CHECK(said == 1);
}

// doi17 (issue #11): a DOI the reader repairs is said, one that is no DOI
// too, for the work and for its references, as the other readers say them.
TEST_CASE("Crossref JSON: a repaired or rejected DOI is said, work and reference", "[crossref][doi17]") {
  refnet::test::Parsed p = parse_string(
      "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\n"
      "\"DOI\":\"https://doi.wiley.com/10.1002/ABC.123\",\"type\":\"journal-article\",\"title\":[\"A title\"],\n"
      "\"reference\":[{\"key\":\"r1\",\"DOI\":\"10.1016/j.x.2011.01.001<br />\"},\n"
      "{\"key\":\"r2\",\"DOI\":\"see above\",\"unstructured\":\"Smith J. Another work. 2000.\"}]}}\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.1002/abc.123");
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[0].doi == "10.1016/j.x.2011.01.001");
  CHECK(r.references[1].doi.empty());
  REQUIRE(p.diags.items().size() == 3);
  CHECK(p.diags.items()[0].line == 2);
  CHECK(p.diags.items()[0].message.find("repaired (resolver URL removed): 10.1002/abc.123") != std::string::npos);
  CHECK(p.diags.items()[1].line == 3);
  CHECK(p.diags.items()[1].message.find("reference DOI 10.1016/j.x.2011.01.001<br /> repaired (HTML after it removed)") !=
        std::string::npos);
  CHECK(p.diags.items()[2].line == 4);
  CHECK(p.diags.items()[2].message.find("reference DOI is not a DOI") != std::string::npos);
  refnet::test::Parsed bad = parse_string("{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\n"
                            "\"DOI\":\"unknown\",\"type\":\"journal-article\",\"title\":[\"A title\"]}}\n");
  REQUIRE(bad.records.size() == 1);
  CHECK(bad.records[0].doi.empty());
  CHECK(refnet::test::has_diag(bad.diags, Severity::warning, 2, "DOI is not a DOI, kept in extra: unknown"));
}

// names19: an organisation Crossref gives as a family name alone is a
// literal, as the RIS reader reads "World Health Organization" (was a
// person whose family name is "World Health Organization").
TEST_CASE("a family name alone that names an organisation is a literal", "[crossref]") {
  auto p = parse_string(R"({"DOI":"10.1000/x","type":"report","title":["A report"],"author":[
    {"family":"World Health Organization","sequence":"first"},{"family":"NCSL"},{"given":"Ana","family":"Costa"}]})");
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 3);
  CHECK(a[0].literal == "World Health Organization");
  CHECK(a[0].family.empty());
  CHECK(a[1].family == "NCSL");  // one word: a family name
  CHECK(a[2].family == "Costa");
}

TEST_CASE("markup escaped once more as text is read as markup", "[crossref][jats]") {
  // Lens's abstracts (amgonzalezvargas/public_datasets lens-export.csv) and
  // ACM's BibTeX (LLMinMDE2025, RSL acm.bib): the tags stayed in the text.
  CHECK(jats_to_text("<jats:p>&lt;b&gt;&lt;/b&gt;&lt;span&gt;Visual impairment is complex.&lt;/span&gt;</jats:p>") ==
        "Visual impairment is complex.");
  CHECK(jats_to_text("We use the model &lt;italic&gt;T5&lt;/italic&gt;. Code: &lt;uri&gt;https://x.org/y&lt;/uri&gt;.") ==
        "We use the model T5. Code: https://x.org/y.");
  CHECK(markup_to_rich_text("Integration of &lt;italic&gt;a Priori&lt;/Italic&gt; Constraints") ==
        "Integration of <i>a Priori</i> Constraints");
  // A '<' in words, and entities that are no escaped tag, stay text.
  CHECK_FALSE(has_escaped_markup("x &lt; y and R&amp;D"));
  CHECK(jats_to_text("x &lt; y and R&amp;D") == "x < y and R&D");
  CHECK_FALSE(has_escaped_markup("&lt;table&gt; is no tag we read"));
  // The tags the flattener reads, under any namespace prefix; not a link nor
  // HTML's blocks, which abstracts about the web name as text.
  CHECK(has_escaped_markup("&lt;jats:list-item&gt;One&lt;/jats:list-item&gt;"));
  CHECK(has_escaped_markup("&lt;strong&gt;Background&lt;/strong&gt;"));
  CHECK(has_escaped_markup("&lt;jats:disp-quote&gt;x&lt;/jats:disp-quote&gt;"));
  CHECK(has_escaped_markup("&lt;scp&gt;dna&lt;/scp&gt;"));
  CHECK_FALSE(has_escaped_markup("a value &lt;a few percent&gt; of it"));
  CHECK_FALSE(has_escaped_markup("the &lt;div&gt; and &lt;li&gt; elements"));
  CHECK(jats_to_text("&lt;jats:title&gt;Abstract&lt;/jats:title&gt;&lt;jats:p&gt;Text.&lt;/jats:p&gt;") == "Text.");
}
