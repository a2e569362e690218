// The BibTeX/BibLaTeX importer on real files: field values, not only counts.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <sstream>

#include "refnet/exporter.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Parsed parse_bib(const std::string& text, const BibtexOptions& options = {}, const std::string& name = "<test>") {
  Parsed p;
  p.text = text;
  p.diags.set_source(name, p.text);
  p.stats = parse_bibtex(p.text, p.diags, [&](Record&& r) { p.records.push_back(std::move(r)); }, options);
  return p;
}

const Record* by_key(const std::vector<Record>& rs, const std::string& key) {
  for (const Record& r : rs)
    if (r.citekey == key) return &r;
  return nullptr;
}

bool has_error_at(const Diagnostics& d, std::uint32_t line, const std::string& words) {
  for (const Diagnostic& x : d.items())
    if (x.severity == Severity::error && x.line == line && x.message.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("seed 000: a BibTeX entry inside a scraped web page", "[bibtex]") {
  Parsed p = parse_file(fixture("seeds/000_df640892cd32ce65.txt"), Format::bibtex);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "article-journal");
  CHECK(r.citekey == "00734f17018746beb7c2fa0a7c6dfb27");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Kassen");
  CHECK(r.authors[0].given == "Maxat");
  // month = "1", day = "1" (PY 2018/1/1): Pure's date of a work known by
  // its year, the page's "Publication statusAccepted/In press - Jan 1 2018"
  // (user68): the year alone.
  CHECK(r.issued.year == 2018);
  CHECK(r.issued.month == 0);
  CHECK(r.issued.day == 0);
  CHECK(r.doi == "10.1177/0020852317735595");
  CHECK(r.container_title == "International Review of Administrative Sciences");
  CHECK(r.issn == std::vector<std::string>{"0020-8523"});
  CHECK(r.language == "English");
  REQUIRE(r.keywords.size() == 7);
  CHECK(r.keywords[0] == "civic engagement");
  CHECK(r.keywords[6] == "public–private partnership");
  CHECK(r.provenance.format == "bibtex");
  CHECK(r.provenance.line == 58);
  CHECK(p.diags.errors() == 0);
}

TEST_CASE("Better BibTeX fixtures agree with Zotero's view", "[bibtex]") {
  for (const char* name : {"zotero-better-bibtex__Import_fails_to_perform_String_substitutions-154",
                           "zotero-better-bibtex__Issues_with_round_instead_of_curly_braces_do_not_import_correctly-871",
                           "zotero-better-bibtex__Double_newlines_means_parbreak-2789",
                           "zotero-better-bibtex__Problem_when_importing_BibTeX_entries_with_percent_sign-95_or_preamble-96"}) {
    INFO(name);
    Parsed p = parse_file(fixture(std::string("corpora/") + name + ".bib"));
    auto expected = nlohmann::json::parse(slurp(fixture(std::string("corpora/") + name + ".json")))["items"];
    CHECK(p.diags.errors() == 0);
    REQUIRE(p.records.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const auto& item = expected[i];
      const Record* r = by_key(p.records, item.value("citationKey", ""));
      REQUIRE(r != nullptr);
      // Zotero writes {\sc x} as HTML; compare the titles it left as text.
      std::string title = item.value("title", "");
      if (title.find('<') == std::string::npos) CHECK(r->title == title);
      if (item.contains("publisher")) CHECK(r->publisher == item["publisher"].get<std::string>());
      if (item.contains("place")) CHECK(r->publisher_place == item["place"].get<std::string>());
      if (item.contains("DOI")) CHECK(r->doi == item["DOI"].get<std::string>());
      std::vector<std::string> want, got;
      for (const auto& c : item["creators"])
        if (c["creatorType"] == "author") want.push_back(c.value("lastName", "") + "|" + c.value("firstName", ""));
      for (const Creator& c : r->authors) got.push_back(c.family + "|" + c.given);
      CHECK(got == want);
    }
  }
}

TEST_CASE("@string, @entry(...) and month macros (Better BibTeX #154, #871)", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/zotero-better-bibtex__Issues_with_round_instead_of_curly_braces_do_not_import_correctly-871.bib"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.type == "report");
  CHECK(r.get_extra("entrytype").empty());  // techreport is what "report" exports to
  CHECK(r.publisher == "MIT Artificial Intelligence Laboratory");  // the institution
  // {\sc CONNIVER}: small caps, as rich text (text.hpp)
  CHECK(r.title == "The <span style=\"font-variant:small-caps;\">CONNIVER</span> Reference Manual");
  CHECK(strip_rich_text(r.title) == "The CONNIVER Reference Manual");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "McDermott");  // from a macro joined with '#'
  CHECK(r.authors[0].given == "Drew V.");
  CHECK(r.authors[1].family == "Sussman");
  CHECK(r.issued.year == 1972);
  CHECK(r.issued.month == 5);  // month = May (a predefined macro)
}

TEST_CASE("python-bibtexparser traps.bib", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/python-bibtexparser__traps.bib"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "An amazing title");
  REQUIRE(r.title_nocase.size() == 2);
  CHECK(r.title.substr(r.title_nocase[0].begin, r.title_nocase[0].end - r.title_nocase[0].begin) == "An");
  // "Jean Laid{\'e},\n Ben Loaeb" is one name in "Last, First" form for BibTeX.
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Jean Laidé");
  CHECK(r.authors[0].given == "Ben Loaeb");
  CHECK(r.issued.month == 1);
  CHECK(r.volume == "n.s.\u00A02");
  CHECK(r.pages == "12-23");
  CHECK(r.abstract == "This is an abstract. This line should be long enough to test multilines... and with a french érudit word");
  CHECK(r.keywords == std::vector<std::string>{"keyword1", "keyword2"});
  CHECK(r.get_extra("comments") == "A comment");
}

TEST_CASE("encodings reach the importer decoded", "[bibtex]") {
  Parsed a = parse_file(fixture("corpora/jabref__encoding-utf-16BE-with-header.bib"));
  REQUIRE(a.records.size() == 1);
  CHECK(a.records[0].title == "Ü ist ein Umlaut");
  Parsed b = parse_file(fixture("corpora/jabref__encoding-windows-1252-with-header.bib"));
  REQUIRE(b.records.size() == 1);
  CHECK(b.records[0].abstract == "25° C");
  Parsed c = parse_file(fixture("corpora/python-bibtexparser__gbk_test.bib"));
  REQUIRE(c.records.size() == 1);
  CHECK(c.records[0].citekey == "凯撒2013");
  CHECK(c.records[0].container_title == "测试期刊");
  REQUIRE(c.records[0].authors.size() == 1);
  CHECK(c.records[0].authors[0].family == "凯撒");
}

TEST_CASE("biber crossrefs: children inherit from their parent", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/biber__crossrefs.bib"));
  CHECK(p.diags.errors() == 0);
  CHECK(p.records.size() == 46);
  const Record* cr1 = by_key(p.records, "cr1");
  REQUIRE(cr1);
  CHECK(cr1->type == "chapter");
  CHECK(cr1->get_extra("entrytype") == "inbook");
  CHECK(cr1->title == "Great and Good Graphs");
  CHECK(cr1->container_title == "Graphs of the Continent");  // the parent's title as booktitle
  CHECK(cr1->publisher == "Grimble");
  CHECK(cr1->issued.year == 1974);
  CHECK(cr1->issued.month == 1);  // the child's own month
  REQUIRE(cr1->editors.size() == 1);
  CHECK(cr1->editors[0].family == "Erbriss");
  CHECK(cr1->get_extra("crossref") == "cr_m");
  // The parent, only a crossref target, is a record too.
  const Record* parent = by_key(p.records, "cr_m");
  REQUIRE(parent);
  CHECK(parent->title == "Graphs of the Continent");
  CHECK(parent->type == "book");
}

TEST_CASE("biber xdata: fields come from @xdata entries, loops are reported", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/biber__xdata.bib"));
  const Record* xd1 = by_key(p.records, "xd1");
  REQUIRE(xd1);
  CHECK(xd1->publisher == "Macmillan");               // through the alias macmillan:pubALIAS
  CHECK(xd1->publisher_place == "New York and London");
  CHECK(xd1->issued.year == 2007);
  const Record* xd2 = by_key(p.records, "xd2");
  REQUIRE(xd2);
  CHECK(xd2->publisher == "Routledge");  // own field wins
  CHECK(by_key(p.records, "macmillan") == nullptr);  // @xdata is not a work
  bool loop = false;
  for (const Diagnostic& d : p.diags.items()) loop = loop || d.message.find("loop") != std::string::npos;
  CHECK(loop);
}

TEST_CASE("iridia: macros and crossrefs resolve across five files", "[bibtex]") {
  BibtexContext ctx;
  BibtexOptions opt;
  opt.context = &ctx;
  std::vector<Record> all;
  std::size_t errors = 0, undefined = 0;
  for (const char* f : {"abbrev", "authors", "journals", "crossref", "biblio"}) {
    std::string path = fixture(std::string("corpora/iridia-references__") + f + ".bib");
    Parsed p = parse_bib(decode_text(slurp(path)).text, opt, path);
    errors += p.diags.errors();
    for (const Diagnostic& d : p.diags.items()) undefined += d.message.find("undefined macro") != std::string::npos;
    for (Record& r : p.records) all.push_back(std::move(r));
  }
  CHECK(errors == 0);
  CHECK(undefined == 0);
  CHECK(all.size() == 1796);  // 429 proceedings/books in crossref.bib + 1367 in biblio.bib
  CHECK(ctx.macros.count("ejor") == 1);
  std::size_t with_crossref = 0, resolved = 0;
  for (const Record& r : all) {
    if (r.get_extra("crossref").empty()) continue;
    ++with_crossref;
    if (!r.container_title.empty() && r.issued.year != 0) ++resolved;
  }
  CHECK(with_crossref > 100);
  CHECK(resolved == with_crossref);
}

TEST_CASE("a context carries macros and crossref targets to the next file", "[bibtex]") {
  BibtexContext ctx;
  BibtexOptions opt;
  opt.context = &ctx;
  Parsed a = parse_bib(slurp(fixture("bibtex/context_a.bib")), opt);
  Parsed b = parse_bib(slurp(fixture("bibtex/context_b.bib")), opt);
  CHECK(a.records.size() == 1);
  REQUIRE(b.records.size() == 2);
  CHECK(b.diags.warnings() == 0);
  CHECK(b.records[0].container_title == "European Journal of Operational Research");
  const Record& paper = b.records[1];
  CHECK(paper.type == "paper-conference");
  CHECK(paper.container_title == "GECCO 2020");  // the parent's booktitle
  CHECK(paper.publisher == "ACM");
  CHECK(paper.issued.year == 2020);
  CHECK(paper.doi.empty());  // a proceedings DOI is not the paper's
  CHECK(paper.pages == "1-8");
  REQUIRE(paper.authors.size() == 1);
  CHECK(paper.authors[0].family == "López-Ibáñez");
  // Without the context the macro is undefined: a warning, the name kept.
  Parsed alone = parse_bib(slurp(fixture("bibtex/context_b.bib")));
  CHECK(alone.records[0].container_title == "ejor");
  CHECK(alone.diags.warnings() == 1);  // undefined macro
  // The parent may arrive later (the store resolves it then): a note that says so, not a warning.
  bool noted = false;
  for (const Diagnostic& d : alone.diags.items())
    noted |= d.severity == Severity::note && d.message.find("not in this import yet") != std::string::npos;
  CHECK(noted);
}

TEST_CASE("Web of Science BibTeX: Cited-References become references", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/pybibx__wos.bib"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 236);
  std::size_t refs = 0, with_doi = 0;
  for (const Record& r : p.records) {
    refs += r.references.size();
    for (const Reference& x : r.references) with_doi += !x.doi.empty();
  }
  CHECK(refs == 9581);
  // 6431 before the CR parser was shared: "DOI 10.2277/ 0521542200" (a space
  // WoS put in) and "...012<0829:RTCSTC>2.0.CO;2" (cut at '<') now read whole.
  CHECK(with_doi == 6432);
  const Record& r = p.records[0];
  CHECK(r.doi == "10.1016/j.ejor.2021.05.017");  // written {{10.1016/...}}
  CHECK(r.issued.month == 3);                      // "MAR 16"
  CHECK(r.issued.day == 16);
  REQUIRE(r.references.size() == 47);
  CHECK(r.references[0].raw == "Amgoud L, 2009, ARTIF INTELL, V173, P413, DOI 10.1016/j.artint.2008.11.006.");
  CHECK(r.references[0].author == "Amgoud L");
  CHECK(r.references[0].year == "2009");
  CHECK(r.references[0].container == "ARTIF INTELL");
  CHECK(r.references[0].volume == "173");
  CHECK(r.references[0].first_page == "413");
  CHECK(r.references[0].doi == "10.1016/j.artint.2008.11.006");
  CHECK(r.references[1].raw == "[Anonymous], 2000, B WORLD HEALTH ORGAN, V78, P868.");
  CHECK(r.references[1].author.empty());  // "[Anonymous]" is no author
  CHECK(!r.get_extra("keywords-plus").empty());
}

TEST_CASE("WoS: a SICI DOI's '{[}' is its '['", "[bibtex]") {
  // fixtures/bibtex/wos_sici_doi.bib (NPMoran/synthesis-review_mutualistism-
  // antagonism wos.bib, one entry): Web of Science braces the '[' of a SICI
  // DOI ("10.1641/0006-3568(2006)56{[}801:SCEABS]2.0.CO;2"); it was kept
  // with its braces, so Scopus's record of the article (the same DOI with
  // '[') was another DOI and never merged (npmoran: 2 such DOIs of 265,
  // Abhikumar86/bibliometrics wos.bib: 1).
  Parsed p = parse_file(fixture("bibtex/wos_sici_doi.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1641/0006-3568(2006)56[801:sceabs]2.0.co;2");
  CHECK(p.diags.items().empty());
  // A brace group of one character in a url is that character as well.
  Parsed u = parse_bib("@article{a, title = {A}, url = {https://example.org/a{[}1{]}}}\n");
  REQUIRE(u.records.size() == 1);
  CHECK(u.records[0].url == "https://example.org/a[1]");
}

TEST_CASE("WoS quirks: an unbalanced \\{, field names with spaces", "[bibtex]") {
  Parsed p = parse_file(fixture("bibtex/wos_escaped_brace.bib"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.get_extra("early access date") == "{NOV 2021}");
  REQUIRE(r.references.size() == 3);
  CHECK(r.references[0].doi == "10.1162/evco_a_00038");
  CHECK(r.references[2].raw.find("8:4{.") != std::string::npos);
  CHECK(p.records[1].title == "The next entry is found");
}

TEST_CASE("Scopus BibTeX: free-text references", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/pybibx__scopus.bib"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 263);
  const Record& r = p.records[0];
  CHECK(r.citekey == "Figueira2022986");
  CHECK(r.pages == "986-1005");
  REQUIRE(r.references.size() > 10);
  const Reference& x = r.references[0];
  CHECK(x.author == "Amgoud, L.");
  CHECK(x.title == "Using arguments for making and explaining decisions");
  CHECK(x.year == "2009");
  CHECK(x.container == "Artificial Intelligence");
  CHECK(x.volume == "173");
  CHECK(x.first_page == "413");
  // Author keywords are the keywords; the index keywords are kept apart.
  CHECK(!r.keywords.empty());
  CHECK(r.get_extra("author_keywords").empty());
}

TEST_CASE("Zotero export of 1000 records", "[bibtex]") {
  Parsed p = parse_file(fixture("corpora/asysd__zotero_export.bib"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 1000);
  std::size_t dois = 0, years = 0;
  for (const Record& r : p.records) {
    dois += !r.doi.empty();
    years += r.issued.year != 0;
  }
  CHECK(dois == 718);
  CHECK(years == 997);
  const Record& r = p.records[0];
  CHECK(r.title == "Microangiography of the humeral condyle in Cocker Spaniel and non-Cocker Spaniel dogs");
  CHECK(r.title_nocase.size() == 4);
  CHECK(r.issued.year == 1999);
  CHECK(r.issued.month == 8);
  CHECK(r.pages == "134-137");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[3].family == "Cash");
  CHECK(r.authors[3].given == "WC");
}

TEST_CASE("malformed entries are reported at their offset and skipped", "[bibtex]") {
  Parsed p = parse_bib(slurp(fixture("bibtex/errors.bib")));
  std::vector<std::string> keys;
  for (const Record& r : p.records) keys.push_back(r.citekey);
  // missing_comma lost the comma at its title's line end: taken as there,
  // said (as Zotero reads it); unterminated_value's title is cut before its
  // next field, unterminated_entry ends where the next entry starts (both
  // said); the others are rejected.
  CHECK(keys == std::vector<std::string>{"good1", "missing_comma", "unterminated_value", "good2",
                                         "unterminated_entry", "good3"});
  CHECK(p.stats.rejected == 2);
  CHECK(has_error_at(p.diags, 4, "expected '='"));
  CHECK(has_diag(p.diags, Severity::warning, 14, "missing ',' after the value of field 'title'"));
  CHECK(has_diag(p.diags, Severity::warning, 19, "unbalanced '{' in the value of field 'title'"));
  CHECK(by_key(p.records, "unterminated_value")->title == "Never closed");
  CHECK(by_key(p.records, "unterminated_value")->issued.year == 2004);
  CHECK(has_error_at(p.diags, 33, "unterminated '{' in the value of field 'abstract'"));
  CHECK(has_diag(p.diags, Severity::warning, 26, "entry 'unterminated_entry' has no closing '}'"));
  const Record* good2 = by_key(p.records, "good2");
  REQUIRE(good2);
  CHECK(good2->title == "Second good entry");  // the duplicate field is ignored
  CHECK(good2->container_title == "undefinedmacro");
  CHECK(p.diags.warnings() == 5);
}

TEST_CASE("types, dates and fields map to the Record", "[bibtex]") {
  Parsed p = parse_bib(R"(
@InProceedings{a, title = {T}, booktitle = {Proc. X}, date = {2018-01}, location = {Paris}, number = {4}}
@online{b, title = {Web}, date = {2018/2019}, url = {\url{https://x.org/a}}, langid = {french}}
@phdthesis{c, title = {Thesis}, year = {2001a}, doi = {not-a-doi}, isbn = {978-3-16-148410-0; 0-306-40615-2}}
@misc{d, title = "Concatenated " # {title}, year = 1999, keywords = {a; b, c}, note = {\textit{raw} kept}}
)");
  REQUIRE(p.records.size() == 4);
  const Record& a = p.records[0];
  CHECK(a.type == "paper-conference");
  CHECK(a.get_extra("entrytype").empty());  // inproceedings is what paper-conference exports to
  CHECK(a.container_title == "Proc. X");
  CHECK(a.issued == Date{2018, 1, 0, ""});
  CHECK(a.publisher_place == "Paris");
  CHECK(a.issue == "4");
  const Record& b = p.records[1];
  CHECK(b.type == "webpage");
  CHECK(b.issued.year == 2018);
  CHECK(b.get_extra("date") == "2018/2019");  // the range is kept
  CHECK(b.url == "https://x.org/a");
  CHECK(b.language == "french");
  const Record& c = p.records[2];
  CHECK(c.type == "thesis");
  CHECK(c.issued.year == 2001);
  CHECK(c.get_extra("year") == "2001a");
  CHECK(c.doi.empty());
  CHECK(c.get_extra("doi") == "not-a-doi");
  CHECK(c.isbn == std::vector<std::string>{"978-3-16-148410-0", "0-306-40615-2"});
  const Record& d = p.records[3];
  CHECK(d.type == "document");
  CHECK(d.title == "Concatenated title");
  // ';' separates when there is one: a keyword may hold a comma (Scopus: "Sorting, Case study").
  CHECK(d.keywords == std::vector<std::string>{"a", "b, c"});
  CHECK(d.get_extra("note") == "\\textit{raw} kept");  // extra stays raw
  CHECK(p.diags.warnings() == 1);  // not a DOI
}

TEST_CASE("provenance: line of the '@' and a hash of the entry text", "[bibtex]") {
  std::string text = "junk\n@article{k, title={A}}\n\n@article{k2, title={A}}\n";
  Parsed p = parse_bib(text);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].provenance.line == 2);
  CHECK(p.records[1].provenance.line == 4);
  CHECK(p.records[0].provenance.hash == content_hash("bibtex", "@article{k, title={A}}"));
  CHECK(p.records[0].provenance.file == "<test>");
}

TEST_CASE("garbage and truncated files neither crash nor hang", "[bibtex]") {
  std::string good = slurp(fixture("corpora/biber__crossrefs.bib"));
  for (std::size_t cut = 0; cut < good.size(); cut += 97) {
    Parsed p = parse_bib(good.substr(0, cut));
    CHECK(p.records.size() <= 46);
  }
  std::mt19937 rng(42);
  const std::string alphabet = "@{}()\"#=,%\\ \nabc123";
  for (int round = 0; round < 300; ++round) {
    std::string s;
    std::size_t n = rng() % 400;
    for (std::size_t i = 0; i < n; ++i)
      s.push_back(round % 2 ? char(rng() % 256) : alphabet[rng() % alphabet.size()]);
    if (round % 3 == 0) s = "@article{x, title = " + s;
    Parsed p = parse_bib(s);
    CHECK(p.stats.records + p.stats.rejected <= s.size());
  }
}

TEST_CASE("repeated fields are all kept; LaTeX escapes in DOIs and URLs are decoded", "[bibtex]") {
  Parsed p = parse_file(fixture("bibtex/repeated-fields-escaped-doi.bib"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.1007/978-1-4020-5802-8_15");
  CHECK(p.records[0].url == "https://example.org/a_b");
  const Record& s = p.records[1];
  CHECK(s.title == "Public cooperation");
  std::vector<std::string> funders;
  for (const auto& e : s.extra)
    if (e.name == "funding_details") funders.push_back(e.value);
  CHECK(funders == std::vector<std::string>{"Ministero dell'Istruzione, MIUR", "European Regional Development Fund, ERDF",
                                            "Academy of Finland"});
  CHECK(s.get_extra("title") == "A second title");  // the first is used, the second not lost
  // Only a repeated field with a slot is worth a warning: its second value is not used.
  CHECK(p.diags.warnings() == 1);
}

// The lexer scans values sixteen bytes at a time and counts lines in blocks:
// a delimiter or a line end must be found wherever it stands.
TEST_CASE("values of any length end at their delimiter; lines are counted over long entries", "[bibtex]") {
  for (std::size_t len = 0; len <= 40; ++len) {
    INFO("length " << len);
    const std::string v(len, 'x');
    std::string text = "@misc{a, title = {" + v + "{b}" + v + "}, note = \"" + v + "\\\"" + v + "\"}\n" +
                       "@misc{b, title = {" + v + "}, abstract = {" + v + "\n" + v + "}}\n";
    Parsed p = parse_bib(text);
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].title == v + "b" + v);
    CHECK(p.records[0].get_extra("note") == v + "\\\"" + v);
    CHECK(p.records[1].title == v);
    CHECK(p.records[1].abstract == (len ? v + " " + v : ""));
    CHECK(p.records[1].provenance.line == 2);
  }
  // More than 255 blocks of sixteen bytes between two entries, with and
  // without line ends.
  std::string lines, one_line(9000, 'y');
  for (int i = 0; i < 700; ++i) lines += "% comment line\n";
  Parsed p = parse_bib("@misc{a, title={A}}\n" + lines + "@misc{b, title={" + one_line + "}}\n" + lines +
                       "@misc{c, title={C}}\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[1].provenance.line == 702);
  CHECK(p.records[2].provenance.line == 1403);
}

TEST_CASE("field names map to their slot in any case", "[bibtex]") {
  Parsed p = parse_bib(
      "@article{k, TITLE = {T}, Journal = {J}, JournalTitle = {J2}, AUTHOR = {Doe, Jane}, Year = 2001,\n"
      " LOCATION = {Paris}, Cited-References = {Amgoud L, 2009, ARTIF INTELL, V173, P413}, titles = {x},\n"
      " Title = {again}, t = {1}}\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "T");
  CHECK(r.container_title == "J");
  CHECK(r.get_extra("journaltitle") == "J2");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Doe");
  CHECK(r.issued.year == 2001);
  CHECK(r.publisher_place == "Paris");
  REQUIRE(r.references.size() == 1);
  CHECK(r.references[0].volume == "173");
  CHECK(r.get_extra("titles") == "x");
  CHECK(r.get_extra("title") == "again");
  CHECK(r.get_extra("t") == "1");
}

TEST_CASE("duplicate citation keys are found among thousands, in exact case", "[bibtex]") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "@misc{k" + std::to_string(i) + ", title={T}}\n";
  text += "@misc{k5, title={again}}\n@misc{K5, title={other case}}\n@misc{k2999, title={again}}\n";
  Parsed p = parse_bib(text);
  CHECK(p.records.size() == 3003);
  std::vector<std::uint32_t> lines;
  for (const Diagnostic& d : p.diags.items())
    if (d.message.find("duplicate citation key") != std::string::npos) lines.push_back(d.line);
  CHECK(lines == std::vector<std::uint32_t>{3001, 3003});
}

TEST_CASE("keywords: braces keep a keyword whole; a field wrapped whole in braces is unwrapped", "[bibtex]") {
  // refnet's export braces a keyword that holds a comma, as biblatex reads it;
  // WoS BibTeX wraps every value in a second pair of braces.
  Parsed p = parse_bib("@article{a, title = {A}, keywords = {{Behavior, Addictive/psychology}, Soil, {x; y}}}\n"
                       "@article{b, title = {B}, keywords = {{Complex systems; Risk management; FMECA}}}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].keywords == std::vector<std::string>{"Behavior, Addictive/psychology", "Soil", "x; y"});
  CHECK(p.records[1].keywords == std::vector<std::string>{"Complex systems", "Risk management", "FMECA"});
}

// An article number in `eid` (biblatex's, and what refnet's own BibTeX
// export writes) or Scopus's `art_number` is Record::number: it was kept in
// extra only, so a BibTeX export -> import lost it (14 of 1,048 works of a
// real library) and Scopus BibTeX never had one (38 in pybibx__scopus.bib).
TEST_CASE("an article number in eid or art_number is the record's number", "[bibtex]") {
  Parsed p = parse_bib(
      "@article{a, title = {A}, journal = {J}, volume = {51}, eid = {101840}}\n"
      "@article{b, title = {B}, journal = {J}, art_number = {104318}}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].number == "101840");
  CHECK(p.records[1].number == "104318");
  Parsed scopus = parse_file(fixture("corpora/pybibx__scopus.bib"));
  std::size_t numbered = 0;
  for (const auto& r : scopus.records) numbered += !r.number.empty();
  CHECK(numbered == 38);
}

TEST_CASE("Identifiers from BibTeX: WoS unique-id, the EID in a Scopus URL, pmid", "[bibtex]") {
  Parsed wos = parse_file(fixture("corpora/pybibx__wos.bib"));
  REQUIRE(!wos.records.empty());
  CHECK(wos.records[0].wos_ut == "WOS:000719584000015");
  CHECK(extra_values(wos.records[0], "unique-id").empty());
  Parsed scopus = parse_file(fixture("corpora/pybibx__scopus.bib"));
  REQUIRE(!scopus.records.empty());
  CHECK(scopus.records[0].scopus_eid == "2-s2.0-85107941291");
  CHECK(starts_with(scopus.records[0].url, "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85107941291&"));
  Parsed p = parse_bib(
      "@article{a, title = {A}, pmid = {12345678}}\n"
      "@article{b, title = {B}, pmid = {PMC123}}\n"
      "@article{c, title = {C}, url = {https://example.org/?eid=2-s2.0-1}}\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "12345678");
  CHECK(extra_values(p.records[0], "pmid").empty());
  // Not a PMID: kept, and said.
  CHECK(p.records[1].pmid.empty());
  CHECK(extra_values(p.records[1], "pmid") == std::vector<std::string>{"PMC123"});
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("not an identifier") != std::string::npos);
  CHECK(p.records[2].scopus_eid.empty());  // not a Scopus URL
}

// audit7: NBER's BibTeX quotes a phrase of a "..."-delimited title with the
// same '"' ("... of the "Sharing Economy""): the entry was rejected.  The
// value runs to the '"' that ends the line before its ','; said as a warning.
TEST_CASE("NBER: an unescaped '\"' inside a \"...\" value is read to the quote that ends the line", "[bibtex][audit7]") {
  Parsed p = parse_file(fixture("bibtex/nber_inner_quotes.bib"));
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 2);
  const Record& r = p.records[0];
  CHECK(r.title == "Owning, Using and Renting: Some Simple Economics of the \"Sharing Economy\"");
  CHECK(r.doi == "10.3386/w22029");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Zeckhauser");
  CHECK(r.issued.month == 2);
  CHECK(p.diags.warnings() == 1);
  CHECK(p.records[1].title == "A Crash Course on the Euro Crisis");
}

// audit7: Web of Science BibTeX of 2019 (litsearchr, GPL-3.0, 2 entries)
// labels its accession numbers "ISI:", as WoS did before "WOS:": the UT was
// left in extra with a warning on every entry.  It is the same UT.
TEST_CASE("WoS BibTeX of 2019: Unique-ID {{ISI:...}} is the WoS UT", "[bibtex][audit7]") {
  Parsed p = parse_file(fixture("bibtex/litsearchr__wos_2019.bib"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].wos_ut == "WOS:000461270600041");
  CHECK(p.records[1].wos_ut == "WOS:000458747000001");
  CHECK(extra_values(p.records[0], "Unique-ID").empty());
  CHECK(p.diags.items().empty());
  REQUIRE(p.records[0].authors.size() == 3);
  CHECK(p.records[0].authors[1].suffix == "III");  // "Thompson, III, Frank R."
  // A UT of before 1997 has letters.
  Parsed old = parse_bib("@article{ ISI:A1997YK80600021,\nTitle = {{T}},\nUnique-ID = {{ISI:A1997YK80600021}},\n}\n");
  REQUIRE(old.records.size() == 1);
  CHECK(old.records[0].wos_ut == "WOS:A1997YK80600021");
}

// audit7: Scopus BibTeX (litsearchr's 2019 export, GPL-3.0, 3 entries) whose
// abstract has an OCR'd '{' for a '(' ("{Austropotamobius pallipes)"): the
// value ran to the next entry and the entry was rejected (2 of 1,115).
// Scopus writes a field a line: the value ends at the '}' that ends its line.
TEST_CASE("Scopus BibTeX: an unbalanced '{' in a one-line value ends with its line, with a warning", "[bibtex][audit7]") {
  Parsed p = parse_file(fixture("bibtex/litsearchr__scopus_unbalanced_brace.bib"));
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 3);
  const Record& r = p.records[1];
  CHECK(starts_with(r.title, "Restoration of the drugeon river"));
  CHECK(r.abstract.find("Austropotamobius pallipes") != std::string::npos);
  CHECK(ends_with(r.abstract, "regional scales."));
  CHECK(r.issn == std::vector<std::string>{"0002-4619"});  // Scopus wrote 00024619
  CHECK(r.language == "French");
  CHECK(p.diags.warnings() == 1);
  CHECK(p.diags.errors() == 0);
  CHECK(starts_with(p.records[2].title, "Monitoring indicates greater resilience"));
}

// audit7: Scopus BibTeX writes ISSNs without their hyphen ("issn={00063657}");
// the Scopus CSV and RIS importers write 0006-3657, so the same work from two
// exports merged into a record with both spellings.
TEST_CASE("BibTeX: an ISSN without its hyphen is written as the other importers write it", "[bibtex][audit7]") {
  Parsed p = parse_bib("@article{a, title = {A}, issn = {00063657}}\n@article{b, title = {B}, issn = {1234567X; 2345-6789}}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].issn == std::vector<std::string>{"0006-3657"});
  CHECK(p.records[1].issn == std::vector<std::string>{"1234-567X", "2345-6789"});
}

// audit7: a DOI repaired on import is said, as the RIS importer says it
// (RePEc's Handle resolver URL; a publisher's resolver host).
// audit8: a DOI whose trailing '.' is removed (cut from pybibx__scopus.bib,
// line 2220; RePEc's BibTeX has DOIs cut short at a '.') is said.
TEST_CASE("BibTeX: a DOI's trailing '.' removed is said", "[bibtex][audit8]") {
  Parsed p = parse_bib("@ARTICLE{Lee2017,\ntitle={A},\ndoi={10.1061/(ASCE)IS.1943-555X.0000362.},\n}\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1061/(asce)is.1943-555x.0000362");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("repaired (trailing '.' removed)") != std::string::npos);
}

TEST_CASE("BibTeX: a repaired DOI is said with a warning", "[bibtex][audit7]") {
  Parsed p = parse_bib("@article{a, title = {A}, doi = {http://hdl.handle.net/10.18637/jss.v005.i07}}\n"
                       "@article{b, title = {B}, doi = {10.1000/plain}}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].doi == "10.18637/jss.v005.i07");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("repaired (resolver URL removed)") != std::string::npos);
}

TEST_CASE("an ISSN in the isbn field is the record's ISSN, with a warning", "[bibtex]") {
  // newuser8's library (a Zotero BibTeX export): 'isbn = {0449-3087}' went
  // to BibTeX's isbn as it stood, and biber warned of an invalid ISBN.
  Parsed p = parse_bib(
      "@article{a, title = {A}, journal = {J}, isbn = {0449-3087}}\n"
      "@book{b, title = {B}, isbn = {978-3-16-148410-0, 2049-3630}}\n"
      "@book{c, title = {C}, isbn = {3161484100}}\n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].isbn.empty());
  CHECK(p.records[0].issn == std::vector<std::string>{"0449-3087"});
  CHECK(p.records[1].isbn == std::vector<std::string>{"978-3-16-148410-0"});
  CHECK(p.records[1].issn == std::vector<std::string>{"2049-3630"});
  CHECK(p.records[2].isbn == std::vector<std::string>{"3161484100"});
  CHECK(p.records[2].issn.empty());
  REQUIRE(p.diags.warnings() == 2);
  CHECK(p.diags.items()[0].message.find("ISSN") != std::string::npos);
}

// audit8: ProQuest's "Anonymous" placeholder in a BibTeX author list is no
// person: dropped, and said; the other names are kept.
TEST_CASE("BibTeX: the 'Anonymous' placeholder is no author: dropped with a warning", "[bibtex][audit8]") {
  Parsed p = parse_bib("@article{a, title = {A}, author = {Anonymous}}\n"
                       "@article{b, title = {B}, author = {{[Anonymous]} and Smith, John}}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].authors.empty());
  REQUIRE(p.records[1].authors.size() == 1);
  CHECK(p.records[1].authors[0].family == "Smith");
  REQUIRE(p.diags.items().size() == 2);
  CHECK(p.diags.items()[0].message.find("placeholder") != std::string::npos);
}

// audit9: Taylor & Francis spreads URL and eprint over lines of white space
// ("eprint = { \n    \n        https://doi.org/... \n    \n}"); the white
// space around a value is no part of it, in a field refnet keeps in extra too.
TEST_CASE("white space around a value kept in extra is no part of it", "[bibtex]") {
  Parsed p = parse_bib("@article{k, title = {T},\nURL = { \n    \n        https://doi.org/10.1000/x\n    \n},\n"
                       "eprint = { \n    \n        https://doi.org/10.1000/x\n    \n    \n\n}\n}\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].url == "https://doi.org/10.1000/x");
  CHECK(extra_values(p.records[0], "eprint") == std::vector<std::string>{"https://doi.org/10.1000/x"});
}

// export11: Web of Science's month = {JUN-JUL} was kept as an extra month
// and exported as one: biber "legacy month field '{JUN-JUL}' is not an
// integer" (pyBibX WoS: JUN-JUL, JAN-FEB, APR-JUN, JUL-SEP, OCT-DEC).  It is
// a range of months of the year: biblatex writes date = {2018-06/2018-07}.
TEST_CASE("BibTeX: a month range (WoS 'JUN-JUL') is a date range within the year", "[bibtex][export11]") {
  Parsed p = parse_bib("@article{k, title = {T}, year = {{2018}}, month = {{JUN-JUL}}}\n"
                       "@article{s, title = {S}, year = {2018}, month = {{SPR}}}\n"
                       "@article{b, title = {B}, year = {2018}, month = {{JUL-JUN}}}\n");
  REQUIRE(p.records.size() == 3);
  const Date& d = p.records[0].issued;
  CHECK(show(d) == "2018/6/0/");
  CHECK(d.end_year == 2018);
  CHECK(d.end_month == 7);
  CHECK(extra_values(p.records[0], "month").empty());
  std::ostringstream out;
  write_biblatex(out, {p.records[0]});
  CHECK(out.str().find("date = {2018-06/2018-07}") != std::string::npos);
  // A season is the issue's season (lead56: biblatex got month = {SPR}, which biber refuses); a backwards range
  // is no months: kept as written.
  CHECK(extra_values(p.records[1], "month").empty());
  CHECK(p.records[1].issued.text == "Spring");
  CHECK(extra_values(p.records[2], "month").size() == 1);
  CHECK(p.records[2].issued.month == 0);
}

// audit20: Scopus's BibTeX names the PubMed ID pubmed_id (its RIS C2, its
// CSV "PubMed ID"): it was kept in extra under that name, so the work had no
// PMID (pyBibX's Scopus export: 5 records).
TEST_CASE("BibTeX: Scopus's pubmed_id is the PMID", "[bibtex][audit20]") {
  Parsed scopus = parse_file(fixture("corpora/pybibx__scopus.bib"));
  std::size_t with_pmid = 0;
  for (const auto& r : scopus.records) {
    with_pmid += !r.pmid.empty();
    CHECK(extra_values(r, "pubmed_id").empty());
  }
  CHECK(with_pmid == 5);
  Parsed p = parse_bib("@ARTICLE{a, title = {A}, pubmed_id = {32688063}, source = {Scopus}}\n"
                       "@ARTICLE{b, title = {B}, pubmed_id = {none}}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid == "32688063");
  CHECK(p.records[1].pmid.empty());
  CHECK(extra_values(p.records[1], "pubmed_id") == std::vector<std::string>{"none"});
}

TEST_CASE("BibTeX: Mendeley Reference Manager's entry types and city field", "[bibtex][pub21]") {
  // Mendeley Reference Manager (v2) writes its own type names (@web_page,
  // @book_section, @newspaper_article, @magazine_article, @film, ...) and the
  // place of publication as `city`; Zotero reads them as web page, book
  // section, newspaper and magazine article, film.
  Parsed p = parse_file(fixture("corpora/zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib"), Format::bibtex);
  REQUIRE(p.records.size() == 512);
  auto first = [&](const std::string& key) {
    const Record* r = by_key(p.records, key);
    REQUIRE(r);
    return *r;
  };
  CHECK(first("Myers2014").type == "article-newspaper");
  CHECK(first("Myers2014").container_title == "The New York Times");
  CHECK(first("Doyle2011").type == "webpage");
  CHECK(first("Abate2010").publisher_place == "New Brunswick, N.J.");
  CHECK(first("Black2020").publisher_place == "US");
  std::map<std::string, std::string> wanted = {{"web_page", "webpage"},          {"book_section", "chapter"},
                                               {"newspaper_article", "article-newspaper"},
                                               {"magazine_article", "article-magazine"},
                                               {"film", "motion_picture"},   {"generic", "document"}};
  std::map<std::string, int> wrong;
  for (const Record& r : p.records) {
    std::string kept(r.get_extra("entrytype"));
    auto w = wanted.find(kept);
    if (w != wanted.end() && r.type != w->second) ++wrong[kept];
  }
  CHECK(wrong.empty());

  Parsed q = parse_bib(
      "@book_section{c1, author={Roe, Ann}, title={Ch}, booktitle={The Book}, city={Paris}, year=2001}\n"
      "@conference_proceedings{c2, author={Roe, Ann}, title={Talk}, booktitle={Proc.}, year=2001}\n"
      "@working_paper{c3, author={Roe, Ann}, title={WP}, institution={Uni}, year=2001}\n"
      "@encyclopedia_article{c4, author={Roe, Ann}, title={Entry}, booktitle={Enc.}, year=2001}\n"
      "@computer_program{c5, author={Roe, Ann}, title={Prog}, year=2001}\n"
      "@book{c6, author={Roe, Ann}, title={B}, address={Rome}, city={Paris}, year=2001}\n");
  REQUIRE(q.records.size() == 6);
  CHECK(q.records[0].type == "chapter");
  CHECK(q.records[0].publisher_place == "Paris");
  CHECK(q.records[0].get_extra("entrytype") == "book_section");
  CHECK(q.records[1].type == "paper-conference");
  CHECK(q.records[2].type == "report");
  CHECK(q.records[3].type == "entry-encyclopedia");
  CHECK(q.records[4].type == "software");
  CHECK(q.records[5].publisher_place == "Rome");  // the address wins; city stays as a field
  CHECK(q.records[5].get_extra("city") == "Paris");
}

TEST_CASE("BibTeX: MDPI's article-number and ACM's articleno are the article number", "[bibtex][pub21]") {
  Parsed p = parse_bib(
      "@Article{su12031234,\nAUTHOR = {Doe, Jane},\nTITLE = {Sustainable Things},\nJOURNAL = {Sustainability},\n"
      "VOLUME = {12},\nYEAR = {2020},\nNUMBER = {3},\nARTICLE-NUMBER = {1234},\nDOI = {10.3390/su12031234}\n}\n"
      "@article{10.1145/3386321,\nauthor = {Roe, Ann},\ntitle = {T},\nyear = {2020},\nvolume = {27},\nnumber = {2},\n"
      "journal = {ACM Trans. Comput.-Hum. Interact.},\narticleno = {12},\nnumpages = {30}\n}\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].issue == "3");
  CHECK(p.records[0].number == "1234");
  CHECK(p.records[0].get_extra("ARTICLE-NUMBER").empty());
  CHECK(p.records[1].issue == "2");
  CHECK(p.records[1].number == "12");
  CHECK(p.records[1].get_extra("numpages") == "30");
}

TEST_CASE("BibTeX: keys the library cannot keep (DOIs as keys) are said once a file", "[bibtex][pub21]") {
  // ACM, PLOS, Frontiers, JSTOR and Oxford key their downloads by DOI; the
  // library gives such works keys of its own, which a \cite{} of the old key
  // then misses: the import says so.
  Parsed p = parse_bib(
      "@inproceedings{10.1145/3428502.3428503,\nauthor = {Doe, Jane},\ntitle = {A},\nyear = {2020}\n}\n"
      "@article{Smith2020,\nauthor = {Smith, John},\ntitle = {B},\nyear = {2020}\n}\n"
      "@ARTICLE{10.3389/fpsyg.2020.01234,\nAUTHOR={Roe, Ann},\nTITLE={C},\nYEAR={2020}\n}\n"
      "@article{10.1371/journal.pone.0123456,\nauthor = {Poe, Edgar},\ntitle = {D},\nyear = {2020}\n}\n");
  REQUIRE(p.records.size() == 4);
  CHECK(p.records[0].citekey == "10.1145/3428502.3428503");
  CHECK(has_diag(p.diags, Severity::warning, 1, "citation key '10.1145/3428502.3428503' and 2 more hold characters"));
  std::size_t said = 0;
  for (const Diagnostic& d : p.diags.items()) said += d.message.find("citation key") != std::string::npos;
  CHECK(said == 1);
  Parsed q = parse_bib("@article{Smith2020,\nauthor = {Smith, John},\ntitle = {B},\nyear = {2020}\n}\n");
  CHECK(q.diags.items().empty());
}

TEST_CASE("BibTeX: one key the library cannot keep is said in the singular", "[bibtex][pub21]") {
  Parsed p = parse_bib("@article{DBLP:journals/giq/Doe20,\nauthor = {Doe, Jane},\ntitle = {A},\nyear = {2020}\n}\n");
  CHECK(has_diag(p.diags, Severity::warning, 1, "citation key 'DBLP:journals/giq/Doe20' holds characters"));
}

TEST_CASE("BibTeX: an entry commented out with '%' is skipped, said, not rejected", "[bibtex][pub21]") {
  // As in biblatex-apa's example file (Better BibTeX issue #2660): the entry
  // was commented out line by line; the reader takes '%' to the end of a
  // line as a comment inside an entry, so before its '@' too.
  Parsed p = parse_bib(
      "% (APA 10.1 Example 18)\n"
      "%@ARTICLE{10.1:18,\n"
      "%  AUTHOR         = {{KS in NJ}},\n"
      "%  TITLE          = {From this article},\n"
      "%  DATE           = {2019-01-15},\n"
      "%}\n"
      "\n"
      "@ARTICLE{10.1:18,\n"
      "  AUTHOR         = {{KS in NJ}},\n"
      "  TITLE          = {From this article},\n"
      "  JOURNALTITLE   = {The Washington Post},\n"
      "  DATE           = {2019-01-15}\n"
      "}\n"
      "  %% @book{old, title={Old}}\n");
  CHECK(p.stats.rejected == 0);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].container_title == "The Washington Post");
  CHECK(has_diag(p.diags, Severity::warning, 2, "commented out"));
  CHECK(has_diag(p.diags, Severity::warning, 14, "commented out"));
  CHECK(p.diags.errors() == 0);
}

TEST_CASE("BibTeX: publisher markup escaped as text in a title or abstract is read as markup", "[bibtex][jats]") {
  // ACM DL's BibTeX (audit22: Bioframe/RSL2 and Wilson008/LLMinMDE2025 acm.bib).
  Parsed p = parse_string("@article{a1,\n author={Doe, Jane},\n title={Integration of &lt;italic&gt;a Priori&lt;/Italic&gt; "
                          "and Estimated Constraints},\n journal={IEEE T},\n year={2020},\n abstract={We use the model "
                          "&lt;italic&gt;T5&lt;/italic&gt;. Code: &lt;uri&gt;https://github.com/x/y&lt;/uri&gt;.}\n}\n",
                          Format::bibtex);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Integration of <i>a Priori</i> and Estimated Constraints");
  CHECK(p.records[0].abstract == "We use the model T5. Code: https://github.com/x/y.");
}

TEST_CASE("BibTeX: a comma lost at a line's end before the next field is taken as there, said", "[bibtex]") {
  // As in a hand-edited file of an LLM-in-MDE review (IEEE Xplore entries:
  // "isbn = {3503-2480}" with no comma, the DOI on the next line); bibtex
  // and biber reject the entry.
  Parsed p = parse_bib(
      "@inproceedings{j_lopez_word_2023,\n"
      "    title = {Word embeddings for model-driven engineering},\n"
      "    isbn = {3503-2480}\n"
      "    doi = {10.1109/MODELS58315.2023.00036}\n"
      "    author = {L{\\'o}pez, Jos{\\'e} Antonio Hern{\\'a}ndez},\n"
      "    year = 2023\n"
      "    Early Access Date = {OCT 2023}\n"
      "    pages = {151--161},\n"
      "}\n"
      "@article{bad, title = {A title} author = {Doe, J.}, year = {2020}}\n"
      "@article{next, title={Fine}, year={2020}}\n");
  CHECK(p.stats.rejected == 1);
  REQUIRE(p.records.size() == 2);
  const Record* r = by_key(p.records, "j_lopez_word_2023");
  REQUIRE(r != nullptr);
  CHECK(r->doi == "10.1109/models58315.2023.00036");
  CHECK(r->pages == "151-161");
  CHECK(r->issued.year == 2023);
  REQUIRE(r->authors.size() == 1);
  CHECK(r->authors[0].family == "López");
  CHECK(has_diag(p.diags, Severity::warning, 3, "missing ','"));
  CHECK(has_diag(p.diags, Severity::warning, 6, "missing ','"));
  CHECK(has_diag(p.diags, Severity::warning, 7, "missing ','"));
  // On one line a missing comma is no line's end: the entry is rejected.
  CHECK(has_error_at(p.diags, 10, "expected ','"));
  CHECK(by_key(p.records, "next") != nullptr);
}

TEST_CASE("audit32: the Cochrane Library's BibTeX, 'Family, Initials' people separated by commas", "[bibtex]") {
  // Three entries of a real Cochrane Library export (KyleMorrison99/
  // organochlorineSRM_analysis, MIT): "Rautiainen, R, Lehtola, MM, ...,
  // Salminen, S, and Verbeek, JH".  Before, the first name took the rest of
  // the list as its given name and "R" as its suffix, without a word; a
  // comma before "and" ("Strong, M, and Johnstone, P") made "M" a suffix.
  Parsed p = parse_file(fixture("bibtex/cochrane_library_authors.bib"), Format::bibtex);
  REQUIRE(p.records.size() == 3);
  const Record* a = by_key(p.records, "Rautiainen08");
  REQUIRE(a != nullptr);
  REQUIRE(a->authors.size() == 7);
  CHECK(a->authors[0].family == "Rautiainen");
  CHECK(a->authors[0].given == "R");
  CHECK(a->authors[0].suffix.empty());
  CHECK(a->authors[1].family == "Lehtola");
  CHECK(a->authors[1].given == "MM");
  CHECK(a->authors[5].family == "Salminen");
  CHECK(a->authors[5].given == "S");
  CHECK(a->authors[6].family == "Verbeek");
  CHECK(a->authors[6].given == "JH");
  CHECK(has_diag(p.diags, Severity::warning, 3, "6 names written 'Family, Initials'"));

  const Record* b = by_key(p.records, "Strong00");
  REQUIRE(b != nullptr);
  REQUIRE(b->authors.size() == 2);
  CHECK(b->authors[0].family == "Strong");
  CHECK(b->authors[0].given == "M");
  CHECK(b->authors[0].suffix.empty());

  const Record* c = by_key(p.records, "Wales10");
  REQUIRE(c != nullptr);
  REQUIRE(c->authors.size() == 4);
  CHECK(c->authors[2].particle == "de");
  CHECK(c->authors[2].family == "Silva");
  CHECK(c->authors[2].given == "N");

  // A BibTeX name of three parts stays one person: "von Last, Jr, First".
  auto one = parse_bibtex_names("Brooks, III, Charles L. and Smith, John, Jr, Alan");
  REQUIRE(one.size() == 2);
  CHECK(one[0].family == "Brooks");
  CHECK(one[0].given == "Charles L.");
}

TEST_CASE("audit32: BASE's BibTeX writes one keyword a field, the field repeated: every one is a keyword", "[bibtex]") {
  // Two entries of a BASE (Bielefeld Academic Search Engine) export
  // (KyleMorrison99/organochlorineSRM_analysis, MIT): "keywords =
  // {{diabetes mellitus}}," then four more `keywords` fields.  Before, the
  // first was the record's keyword and the others extra fields, each said as
  // a duplicate field (117 warnings in the file of 10 entries), and the BibTeX
  // export wrote `keywords` five times.
  Parsed p = parse_file(fixture("bibtex/base_repeated_keywords.bib"), Format::bibtex);
  REQUIRE(p.records.size() == 2);
  const Record& a = p.records[0];
  CHECK(a.keywords ==
        std::vector<std::string>{"diabetes mellitus", "blood glucose", "hyperglycaemia", "pesticide", "insecticide"});
  CHECK(a.get_extra("keywords").empty());
  CHECK(a.doi == "10.5281/zenodo.3386361");  // from its resolver URL
  // Said once for the file, as a note: nothing is left out.
  std::size_t notes = 0;
  for (const auto& d : p.diags.items()) {
    CHECK(d.message.find("duplicate field 'keywords'") == std::string::npos);
    notes += d.message.find("one keyword a field, as BASE writes them") != std::string::npos;
  }
  CHECK(notes == 1);
  // Its thesis repeats `language` ({{en}}, {{eng}}): the first is used, the
  // second kept, said as before.
  CHECK(has_diag(p.diags, Severity::warning, 22, "duplicate field 'language'"));
}

TEST_CASE("audit34: Google Scholar's 'Guillory II, Roger J' beside 'Last, First' names is one person", "[bibtex]") {
  // One entry of a Google Scholar BibTeX list (hasantahir/EuCAP2019
  // References.bib): "Drelich, Adam J and Zhao, Shan and Guillory II, Roger
  // J and ...".  Before, the third name was read as two people written
  // "Family Initials" and separated by a comma (Scopus's editor lists):
  // family "Guillory" given "II", family "Roger" given "J": six authors of
  // five.  Beside names written "Last, First", a name of two parts is one.
  Parsed p = parse_file(fixture("bibtex/google_scholar_suffix_name.bib"), Format::bibtex);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[2].family == "Guillory");
  CHECK(r.authors[2].suffix == "II");
  CHECK(r.authors[2].given == "Roger J");
  CHECK(r.authors[3].family == "Drelich");
  CHECK(r.authors[3].given == "Jaroslaw W");
  // Scopus's lists keep being lists: a whole field of "Family Initials"
  // people separated by commas, or such a name beside names without a comma.
  CHECK(parse_bibtex_names("Papagiannidis S., Alamanos E., Gupta S.").size() == 3);
  CHECK(parse_bibtex_names("Themistocleous K., Hadjimitsis D.G. and Papadavid G.").size() == 3);
}
