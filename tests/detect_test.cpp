// importers/detect.cpp: the format comes from the content, never the name.
#include <catch2/catch.hpp>

#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::slurp;

namespace {
Detection detect_file(const std::string& rel) { return detect_formats(decode_text(slurp(fixture(rel))).text); }
}  // namespace

TEST_CASE("format names parse in every spelling the CLI accepts", "[core][detect]") {
  CHECK(parse_format_name("bibtex") == Format::bibtex);
  CHECK(parse_format_name("BibLaTeX") == Format::bibtex);
  CHECK(parse_format_name("bib") == Format::bibtex);
  CHECK(parse_format_name("RIS") == Format::ris);
  CHECK(parse_format_name("json") == Format::crossref);
  CHECK(parse_format_name("crossref") == Format::crossref);
  CHECK(parse_format_name("jsonl") == Format::crossref);
  CHECK(parse_format_name("endnote") == Format::endnote_xml);
  CHECK(parse_format_name("csl") == Format::csl_json);
  CHECK(parse_format_name("docx") == Format::unknown);
  CHECK(format_name(Format::bibtex) == "bibtex");
  CHECK(format_name(Format::ris) == "ris");
  CHECK(format_name(Format::crossref) == "crossref");
}

TEST_CASE("JSON is Crossref and nothing else", "[core][detect]") {
  for (const char* rel : {"corpora/habanero-cassettes__test-works__test_works_with_one_id__00.json",
                          "corpora/habanero-cassettes__test-journals__test_journals_works__01.json",
                          "corpora/citation-js__doi.json"}) {
    INFO(rel);
    Detection d = detect_file(rel);
    CHECK(d.crossref);
    CHECK_FALSE(d.bibtex);
    CHECK_FALSE(d.ris);
  }
  CHECK(detect_formats("  \n[{\"DOI\":\"10.1000/x\"}]").crossref);
  CHECK(detect_formats("[]").crossref);
  // JSON Lines: one work per line.
  CHECK(detect_formats("{\"DOI\":\"10.1000/a\"}\n{\"DOI\":\"10.1000/b\"}\n").crossref);
  // An abstract inside the JSON that holds "@article{" does not make it BibTeX.
  Detection d = detect_formats("{\"abstract\":\"see\\n@article{x,\\n}\"}");
  CHECK(d.crossref);
  CHECK_FALSE(d.bibtex);
}

TEST_CASE("BibTeX is an @type{ or @type( at the start of a line", "[core][detect]") {
  CHECK(detect_formats("@article{k, title={T}}").bibtex);
  CHECK(detect_formats("% a comment\n\n@Book (k, title={T})\n").bibtex);
  CHECK(detect_formats("@string{jan = \"January\"}\n").bibtex);
  CHECK(detect_file("corpora/python-bibtexparser__gbk_test.bib").bibtex);
  CHECK(detect_file("corpora/jabref__encoding-utf-16BE-with-header.bib").bibtex);
  CHECK(detect_file("corpora/zotero-better-bibtex__Issues_with_round_instead_of_curly_braces_do_not_import_correctly-871.bib").bibtex);
  for (const char* rel : {"corpora/pybibx__scopus.bib", "corpora/biber__examples.bib"}) {
    INFO(rel);
    Detection d = detect_file(rel);
    CHECK(d.bibtex);
    CHECK_FALSE(d.crossref);
  }
}

TEST_CASE("BibTeX with the brace on the line after the type", "[core][detect]") {
  // White space between "@type" and "{" may hold a line end.
  CHECK(detect_file("core/type-brace-next-line.bib").bibtex);
  CHECK(detect_formats("text before\n   @inproceedings  \n\t{k,}\n").bibtex);
  test::Parsed p = test::parse_file(fixture("core/type-brace-next-line.bib"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "E-participation in Kazakhstan");
  CHECK(p.records[0].type == "paper-conference");
}

TEST_CASE("an e-mail address or a handle is not BibTeX", "[core][detect]") {
  Detection d = detect_file("core/email-not-bibtex.txt");
  CHECK_FALSE(d.bibtex);
  CHECK_FALSE(d.any());
  CHECK_FALSE(detect_formats("mail me: kassen@nu.edu.kz{}").bibtex);
  CHECK_FALSE(detect_formats("@ {not a type}").bibtex);
  CHECK_FALSE(detect_formats("@").bibtex);
}

TEST_CASE("RIS opened by TY: text outside TY..ER is skipped", "[core][detect]") {
  Detection d = detect_formats("TY  - JOUR\nTI  - Title\nER  - \n");
  CHECK(d.ris);
  CHECK(d.ris_embedded);
  CHECK_FALSE(d.bibtex);
  for (const char* rel : {"corpora/scopus4histcite__scopus.ris", "corpora/asysd__wos_test.ris",
                          "corpora/rispy__example_bom.ris", "corpora/rispy__example_extraneous_data.ris",
                          "corpora/citesource__pubmed_46.ris", "corpora/litstudy__tests_resources_example.ris"}) {
    INFO(rel);
    Detection f = detect_file(rel);
    CHECK(f.ris);
    CHECK(f.ris_embedded);
    CHECK_FALSE(f.crossref);
  }
}

TEST_CASE("RIS without TY (old Scopus exports): tag lines up to ER", "[core][detect]") {
  Detection d = detect_file("core/old-scopus-no-ty.ris");
  CHECK(d.ris);
  CHECK_FALSE(d.ris_embedded);  // every tag line belongs to a record
  CHECK_FALSE(d.bibtex);
  // One tag with a single space before the dash, as some pages print it.
  CHECK(detect_formats("AU - Kassen, M.\nER -\n").ris);
}

TEST_CASE("tag-like lines alone are not RIS", "[core][detect]") {
  CHECK_FALSE(detect_formats("ER  - \n").ris);             // an ER with nothing else
  CHECK_FALSE(detect_formats("AU  - Kassen\nPY  - 2018\n").ris);  // no TY, no ER
  CHECK_FALSE(detect_formats("ty  - jour\ner  - \n").ris);  // tags are upper case
  CHECK_FALSE(detect_formats("TY- JOUR\nER-\n").ris);       // no space before the dash
  CHECK_FALSE(detect_formats("TY  -JOUR\nER  -\n").ris);    // no space after the dash
}

TEST_CASE("seed 000 holds both a BibTeX entry and an RIS record", "[core][detect]") {
  Detection d = detect_file("seeds/000_df640892cd32ce65.txt");
  CHECK(d.bibtex);
  CHECK(d.ris);
  CHECK(d.ris_embedded);
  CHECK_FALSE(d.crossref);
}

TEST_CASE("seeds 001-004 are pages with no records", "[core][detect]") {
  for (const char* rel : {"seeds/001_32e6ab7cb331fef7.txt", "seeds/002_c7d5c630647734e1.txt",
                          "seeds/003_b8ec5370962abd76.txt", "seeds/004_6ea74159478d7555.txt"}) {
    INFO(rel);
    Detection d = detect_file(rel);
    CHECK_FALSE(d.bibtex);
    CHECK_FALSE(d.ris);
    CHECK_FALSE(d.crossref);
    CHECK_FALSE(d.any());
  }
}

TEST_CASE("a page that starts with '[' or '{' but is not JSON is searched for records", "[core][detect]") {
  // Scraped pages often open with a link label: "[PDF] Title".
  Detection d = detect_file("core/page-starting-with-bracket.txt");
  CHECK_FALSE(d.crossref);
  CHECK(d.bibtex);
  Detection r = detect_formats("{Skip to content}\nTY  - JOUR\nTI  - T\nER  - \n");
  CHECK_FALSE(r.crossref);
  CHECK(r.ris);
}

TEST_CASE("import_text runs the detected parsers on seed 000", "[core][detect][needs-parsers]") {
  test::Parsed p = test::parse_file(fixture("seeds/000_df640892cd32ce65.txt"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.records == 2);
  CHECK(p.stats.rejected == 0);
  // BibTeX runs before RIS.
  CHECK(p.records[0].provenance.format == "bibtex");
  CHECK(p.records[1].provenance.format == "ris");
  for (const Record& r : p.records) {
    CHECK(r.doi == "10.1177/0020852317735595");
    CHECK(r.issued.year == 2018);
    CHECK(r.container_title == "International Review of Administrative Sciences");
    REQUIRE(r.authors.size() == 1);
    CHECK(r.authors[0].family == "Kassen");
    CHECK(r.authors[0].given == "Maxat");
    CHECK(r.keywords.size() == 7);
  }
  CHECK(p.records[0].provenance.line == 58);
}

TEST_CASE("import_text with a forced format runs only that parser", "[core][detect][needs-parsers]") {
  // The seed page parsed as RIS only: the BibTeX entry is not seen.
  test::Parsed p = test::parse_file(fixture("seeds/000_df640892cd32ce65.txt"), Format::ris);
  for (const Record& r : p.records) CHECK(r.provenance.format == "ris");
  CHECK(p.records.size() == 1);
  test::Parsed b = test::parse_file(fixture("seeds/000_df640892cd32ce65.txt"), Format::bibtex);
  REQUIRE(b.records.size() == 1);
  CHECK(b.records[0].provenance.format == "bibtex");
}

TEST_CASE("fuzz artifact (detect): a BOM and a byte that is not UTF-8 decode, are detected as nothing, import nothing",
          "[core][detect][needs-parsers]") {
  // fuzz/artifacts/detect/crash-88c3e756… of the first fuzzing run (a BOM
  // turned UTF-8 validation off); kept as a regression test.
  test::Parsed p = test::parse_string("\xEF\xBB\xBF\xA5");
  CHECK(p.text == "\xC2\xA5");
  CHECK(p.records.empty());
  CHECK(p.stats.records == 0);
  CHECK(p.stats.rejected == 0);
}

// audit7: Zotero's CSV export (ASySD's zotero_export.csv, 1,233 rows) has
// "Title", "DOI", "ISSN", "Volume", "Issue": it was read as a Scopus CSV,
// every record labelled "Scopus", its authors ("Author"), year ("Publication
// Year") and journal ("Publication Title") in extra only.  A Scopus CSV names
// its "Source title" or "EID"; another CSV is said to be what it is.
// Since maps12 the table reader reads it (tests/table_csv_test.cpp).
TEST_CASE("a Zotero CSV export is no Scopus CSV: it is read as a table, its columns by their names", "[core][detect][needs-parsers]") {
  std::string zotero =
      "\xEF\xBB\xBF\"Key\",\"Item Type\",\"Publication Year\",\"Author\",\"Title\",\"Publication Title\",\"ISBN\","
      "\"ISSN\",\"DOI\",\"Url\",\"Abstract Note\",\"Date\",\"Pages\",\"Issue\",\"Volume\"\n"
      "\"ACSRAG7N\",\"journalArticle\",\"2022\",\"Rotter, Carina; Whittaker, Danielle\",\"Myoclonus in older "
      "Cavalier King Charles Spaniels.\",\"Journal of veterinary internal medicine\",\"\",\"1939-1676 0891-6640\","
      "\"10.1111/jvim.16404\",\"\",\"\",\"2022\",\"1074-1080\",\"3\",\"36\"\n";
  Detection d = detect_formats(decode_text(zotero).text);
  CHECK_FALSE(d.scopus_csv);
  CHECK(d.table_csv);
  test::Parsed p = test::parse_string(zotero);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "table");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Whittaker");
  CHECK(r.authors[1].given == "Danielle");
  CHECK(r.issued.year == 2022);
  CHECK(r.container_title == "Journal of veterinary internal medicine");
  CHECK(r.doi == "10.1111/jvim.16404");
  CHECK(r.pages == "1074-1080");
  CHECK(r.volume == "36");
  CHECK(r.issue == "3");
  CHECK(r.issn == std::vector<std::string>{"1939-1676", "0891-6640"});
  CHECK(r.type == "article-journal");
  // A real Scopus header still is one.
  CHECK(detect_file("corpora/litsearchr__scopus_2018.csv").scopus_csv);
  CHECK(detect_file("corpora/umbrella-review__scopus.csv").scopus_csv);
}

// audit9 named four exports refnet did not read; readers11 reads them:
// Ovid's own field format ("<1. >", "TI  - ", no TY/ER: Ovid's "Citavi" and
// "EndNote" direct exports of Embase), and the CSV exports of IEEE Xplore,
// SpringerLink and PubMed.  Each is detected alone and gives its records.
TEST_CASE("Ovid's field format and the IEEE, SpringerLink and PubMed CSV exports are read", "[core][detect][needs-parsers]") {
  const std::string ovid =
      "<3001. >\nVN  - Ovid Technologies\nDB  - Embase\nUI  - 621381829\nTI  - A title.\n"
      "SO  - BMC Proceedings. 12 (Supplement 3) (no pagination), 2018.\nAU  - Behan L.\nYR  - 2018\n\n"
      "<3002. >\nVN  - Ovid Technologies\nDB  - Embase\nTI  - Another.\n";
  const std::string ieee =
      "\"Document Title\",Authors,\"Author Affiliations\",\"Publication Title\",Date Added To Xplore,"
      "\"Publication Year\",\"Volume\",\"Issue\",\"Start Page\",\"End Page\",\"Abstract\",\"ISSN\",ISBNs,\"DOI\"\n"
      "\"A title\",\"A. Author; B. Author\",\"Univ\",\"IEEE Access\",\"2020\",\"2020\",\"8\",\"\",\"1\",\"9\","
      "\"Abstract\",\"2169-3536\",\"\",\"10.1109/ACCESS.2020.1\"\n";
  const std::string springer =
      "Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,Item DOI,Authors,"
      "Publication Year,URL,Content Type\n"
      "\"A title\",\"Nature\",\"\",\"17\",\"3\",\"10.1007/s1\",\"Andy SmithTom Weber\",\"2000\",\"http://x\",\"Article\"\n";
  const std::string pubmed =
      "\xEF\xBB\xBFPMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,"
      "NIHMS ID,DOI\n"
      "\"11223344\",\"A title\",\"Smith A, Walter B\",\"Nature. 2021;1(2):10-11.\",\"Smith A\",\"Nature\","
      "\"2021\",\"2021/12/21\",\"\",\"\",\"10.1111/n1\"\n";
  struct Case {
    const std::string* text;
    const char* name;
    Format format;
    std::size_t records;
  };
  const Case cases[] = {{&ovid, "Ovid's field format", Format::ovid, 2},
                        {&ieee, "IEEE Xplore CSV", Format::ieee_csv, 1},
                        {&springer, "SpringerLink CSV", Format::springer_csv, 1},
                        {&pubmed, "PubMed CSV", Format::pubmed_csv, 1}};
  for (const Case& c : cases) {
    INFO(c.name);
    std::string text = decode_text(*c.text).text;
    CHECK(describe_content(text) == c.name);
    Detection d = detect_formats(text);
    CHECK(d.has(c.format));
    CHECK_FALSE(d.scopus_csv);
    CHECK_FALSE(d.ris);
    test::Parsed p = test::parse_string(*c.text);
    CHECK(p.records.size() == c.records);
    CHECK(p.diags.errors() == 0);
    for (const Record& r : p.records) CHECK(r.provenance.format == format_name(c.format));
  }
}
