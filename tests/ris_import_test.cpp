// The RIS importer on real exports (Scopus, Web of Science, PubMed, Zotero,
// IEEE, Pure pages, rispy's and Zotero's edge cases) and on the malformed
// input a reference manager meets.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>

#include "refnet/text.hpp"
#include "../importers/ris_fields.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// parse_ris directly, with the embedded flag chosen by the test.
Parsed ris(std::string text, bool embedded = false) {
  return parse_with(std::move(text), [embedded](std::string_view t, Diagnostics& d, const RecordSink& sink) {
    return parse_ris(t, d, sink, embedded);
  });
}

std::vector<std::string> families(const Record& r) {
  std::vector<std::string> out;
  for (const auto& a : r.authors) out.push_back(a.full_family());
  return out;
}

}  // namespace

TEST_CASE("A Pure page: one RIS record inside a web page, T2 is the subtitle", "[ris]") {
  Parsed p = parse_file(fixture("seeds/000_df640892cd32ce65.txt"));
  // The page also holds the same work as BibTeX; pick the RIS one.
  std::vector<Record> ris_records;
  for (auto& r : p.records)
    if (r.provenance.format == "ris") ris_records.push_back(r);
  REQUIRE(ris_records.size() == 1);
  const Record& r = ris_records[0];
  // JO/JF name the journal, so T2 completes the title (the BibTeX block on
  // the same page gives this title).
  CHECK(r.title ==
        "Promoting public cooperation in government: key drivers, regulation, and barriers of the "
        "e-collaboration movement in Kazakhstan");
  CHECK(r.container_title == "International Review of Administrative Sciences");
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
  CHECK(r.issn == std::vector<std::string>{"0020-8523"});
  CHECK(r.keywords == std::vector<std::string>{"civic engagement", "e-collaboration", "government blogs", "Kazakhstan",
                                               "public dialogue", "public sector innovations",
                                               "public\xE2\x80\x93private partnership"});
  CHECK(starts_with(r.abstract, "The primary goal of the article"));
  CHECK(r.url == "http://www.scopus.com/inward/record.url?scp=85041599919&partnerID=8YFLogxK");
  CHECK(extra_values(r, "UR") ==
        std::vector<std::string>{"http://www.scopus.com/inward/citedby.url?scp=85041599919&partnerID=8YFLogxK"});
  CHECK(extra_values(r, "M3") == std::vector<std::string>{"Article"});
  CHECK(extra_values(r, "N2").empty());  // same text as AB
  CHECK(r.provenance.format == "ris");
  CHECK(r.provenance.line == 74);  // "TY - JOUR"
}

TEST_CASE("Scopus RIS matches JabRef's expected BibTeX", "[ris]") {
  Parsed p = parse_file(fixture("corpora/jabref__RisImporterTestScopus.ris"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  // Values from jabref__RisImporterTestScopus.bib.
  CHECK(r.type == "article-journal");
  CHECK(r.title ==
        "A transversely isotropic composite with a statistical distribution of spheroidal inclusions: A "
        "geometrical approach to overall properties");
  CHECK(families(r) == std::vector<std::string>{"Federico", "Grillo", "Herzog"});
  CHECK(r.authors[0].given == "S.");
  CHECK(r.issued.year == 2004);
  CHECK(r.container_title == "Journal of the Mechanics and Physics of Solids");
  CHECK(r.volume == "52");
  CHECK(r.issue == "10");
  CHECK(r.pages == "2309-2327");
  CHECK(r.doi == "10.1016/j.jmps.2004.03.010");
  CHECK(r.keywords == std::vector<std::string>{"Composite", "Inclusions", "Statistical distribution", "Transverse isotropy"});
  CHECK(r.url == "http://www.scopus.com/inward/record.url?eid=2-s2.0-4544289390&partnerID=40&md5=ad1a4baab95650b103a3467b787b83aa");
  CHECK(extra_values(r, "N1") == std::vector<std::string>{"Cited By :44", "Export Date: 1 April 2016"});
  CHECK(extra_values(r, "DB") == std::vector<std::string>{"Scopus"});
  CHECK(extra_values(r, "AD").size() == 3);
  CHECK(p.diags.items().empty());
}

TEST_CASE("Web of Science RIS: CR-separated tags, indented continuations, WoS tags", "[ris]") {
  Parsed p = parse_file(fixture("corpora/asysd__wos_test.ris"));
  REQUIRE(p.records.size() == 50);
  CHECK(p.stats.rejected == 0);
  const Record& r = p.records[0];
  CHECK(r.title == "Microangiography of the humeral condyle in Cocker Spaniel and non-Cocker Spaniel dogs");
  CHECK(r.container_title == "VETERINARY AND COMPARATIVE ORTHOPAEDICS AND TRAUMATOLOGY");
  CHECK(families(r) == std::vector<std::string>{"Larsen", "Roush", "McLaughlin", "Cash"});
  CHECK(r.authors[0].given == "LJ");
  CHECK(r.issued.year == 1999);
  CHECK(r.issued.month == 8);  // DA - AUG
  CHECK(r.volume == "12");
  CHECK(r.issue == "3");
  CHECK(r.pages == "134-137");
  CHECK(r.issn == std::vector<std::string>{"0932-0814"});
  CHECK(r.language == "English");
  CHECK(r.publisher == "F K SCHATTAUER VERLAG GMBH");  // PU
  CHECK(r.publisher_place == "STUTTGART");             // PI
  // The two AD tags and the AN tag were separated from the previous value by
  // a lone CR only.
  CHECK(extra_values(r, "AD") == std::vector<std::string>{
                                     "Kansas State Univ, Coll Vet Med, Dept Clin Sci, Manhattan, KS 66506 USA",
                                     "Kansas State Univ, Coll Vet Med, Dept Anat & Physiol, Manhattan, KS 66506 USA"});
  // AN is the WoS accession number: an identifier dedup compares.
  CHECK(r.wos_ut == "WOS:000082252000006");
  CHECK(extra_values(r, "AN").empty());
  CHECK(extra_values(r, "WE") == std::vector<std::string>{"Science Citation Index Expanded (SCI-EXPANDED)"});
  CHECK(extra_values(r, "JI") == std::vector<std::string>{"Vet. Comp. Orthop. Traumatol."});
  // A three-space indented continuation is a new paragraph of the abstract.
  REQUIRE(r.abstract.find('\n') != std::string::npos);
  CHECK(r.abstract.substr(r.abstract.find('\n') + 1, 22) == "Microangiography was p");
  CHECK(extra_values(r, "N1") == std::vector<std::string>{
                                     "Times Cited in Web of Science Core Collection:  13\nTotal Times Cited:  13\n"
                                     "Cited Reference Count:  11"});
  // The second record has two ISSNs and a DOI.
  CHECK(p.records[1].issn == std::vector<std::string>{"0103-8478", "1678-4596"});
  CHECK(p.records[1].doi == "10.1590/s0103-84782013005000101");
  std::size_t with_doi = std::count_if(p.records.begin(), p.records.end(), [](const Record& x) { return !x.doi.empty(); });
  CHECK(with_doi == 37);  // 37 DO lines in the file
}

TEST_CASE("A tag glued onto the end of the previous line is split off", "[ris]") {
  Parsed p = parse_file(fixture("ris/wos_glued.ris"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(extra_values(r, "AD") == std::vector<std::string>{"Kansas State Univ, Coll Vet Med, Manhattan, KS 66506 USA",
                                                          "Kansas State Univ, Dept Anat, Manhattan, KS 66506 USA"});
  CHECK(extra_values(r, "C3") == std::vector<std::string>{"Kansas State University"});
  CHECK(extra_values(r, "WE") == std::vector<std::string>{"Science Citation Index Expanded (SCI-EXPANDED)"});
  // AN is the WoS accession number: an identifier dedup compares.
  CHECK(r.wos_ut == "WOS:000082252000006");
  CHECK(extra_values(r, "AN").empty());
  CHECK(r.abstract == "First paragraph of the abstract.\nSecond paragraph, indented as WoS does.");
  CHECK(r.issued.year == 1999);
  CHECK(r.issued.month == 8);
}

TEST_CASE("Lone CRs between tags split lines even when the text was not decoded", "[ris]") {
  // decode_text turns a lone CR into LF; parse_ris called on raw text still
  // sees the tag after the CR.
  std::string text = "TY  - JOUR\nTI  - T\nAD  - First USA\rAD  - Second USA\rAN  - WOS:1\nER\n";
  Diagnostics d;
  d.set_source("<raw>", text);
  std::vector<Record> out;
  parse_ris(text, d, [&](Record&& r) { out.push_back(std::move(r)); });
  REQUIRE(out.size() == 1);
  CHECK(extra_values(out[0], "AD") == std::vector<std::string>{"First USA", "Second USA"});
  CHECK(out[0].wos_ut == "WOS:1");  // AN, after a lone CR
  // "ER" alone, without its dash, still ends the record.
  CHECK(out[0].provenance.hash == content_hash("ris", text.substr(0, text.size() - 1)));
}

TEST_CASE("Zotero RIS export: CRLF, DA with 'undefined', HTML notes", "[ris]") {
  Parsed p = parse_file(fixture("corpora/asysd__zotero_export.ris"));
  REQUIRE(p.records.size() == 1000);
  CHECK(p.stats.rejected == 0);
  const Record& r = p.records[0];
  CHECK(r.title == "Microangiography of the humeral condyle in Cocker Spaniel and non-Cocker Spaniel dogs");
  CHECK(r.issued == Date{1999, 8, 0, ""});  // DA - 1999/08//undefined
  CHECK(extra_values(r, "DA").empty());
  CHECK(r.keywords.size() == 5);
  CHECK(extra_values(r, "N1") == std::vector<std::string>{
                                     "<p>Times Cited in Web of Science Core Collection:&nbsp;&nbsp;12<br/>Total Times "
                                     "Cited:&nbsp;&nbsp;12<br/>Cited Reference Count:&nbsp;&nbsp;11</p>"});
  CHECK(p.records[1].doi == "10.21521/mw.6330");
  CHECK(p.records[1].issued == Date{2019, 12, 0, ""});
  // No value keeps a CR from the CRLF line ends.
  for (const auto& x : p.records) CHECK(x.title.find('\r') == std::string::npos);
  std::size_t with_doi = std::count_if(p.records.begin(), p.records.end(), [](const Record& x) { return !x.doi.empty(); });
  CHECK(with_doi == 718);
}

TEST_CASE("PubMed-derived RIS: two ISSNs in one SN, MeSH stars", "[ris]") {
  Parsed p = parse_file(fixture("corpora/citesource__pubmed_46.ris"));
  REQUIRE(p.records.size() == 46);
  const Record& r = p.records[0];
  CHECK(r.title ==
        "Psychosocial Perspective on Problem Gambling: The role of Social Relationships, Resilience, and COVID-19 Worry.");
  CHECK(families(r) == std::vector<std::string>{"Sirola", "Nyrhinen", "Wilska"});
  CHECK(r.authors[2].given == "Terhi-Anna");
  CHECK(r.container_title == "Journal of gambling studies");
  CHECK(r.container_title_short == "J Gambl Stud");  // J2
  CHECK(r.issued == Date{2023, 1, 9, ""});
  CHECK(r.issn == std::vector<std::string>{"1573-3602", "1050-5350"});
  CHECK(r.doi == "10.1007/s10899-022-10185-9");
  CHECK(r.pages == "1-19");
  CHECK(r.language == "eng");
  // "KW - *Gambling/psychology": the star marks a major MeSH heading.
  bool star = false, gambling_psychology = false;
  for (const auto& x : p.records)
    for (const auto& k : x.keywords) {
      star = star || k.find('*') != std::string::npos;
      gambling_psychology = gambling_psychology || k == "Gambling/psychology";
    }
  CHECK_FALSE(star);
  CHECK(gambling_psychology);
  CHECK(p.records[1].authors[5].family == "\xC3\x85slund");  // Åslund
}

TEST_CASE("IEEE Xplore RIS: JO repeats T2, VO repeats VL, initials first", "[ris]") {
  Parsed p = parse_file(fixture("corpora/litstudy__tests_resources_example.ris"));
  REQUIRE(p.records.size() == 25);
  const Record& r = p.records[0];
  CHECK(r.title == "The European Approach to the Exascale Challenge");
  CHECK(r.container_title == "Computing in Science & Engineering");
  CHECK(extra_values(r, "JO").empty());
  CHECK(extra_values(r, "JA").empty());
  CHECK(r.volume == "21");
  CHECK(extra_values(r, "VL").empty());
  CHECK(extra_values(r, "VO").empty());
  CHECK(r.issn == std::vector<std::string>{"1558-366X"});
  // The source lists G. Kalbe twice; two people may share a name, so both stay.
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].family == "Kalbe");
  CHECK(r.authors[0].given == "G.");
  // Y1 "1 Jan.-Feb. 2019" is not PY's plain year: kept.
  CHECK(r.issued.year == 2019);
  CHECK(extra_values(r, "Y1") == std::vector<std::string>{"1 Jan.-Feb. 2019"});
  const Record& conf = p.records[1];
  CHECK(conf.type == "paper-conference");
  CHECK(conf.container_title == "2019 15th International Conference on eScience (eScience)");
  REQUIRE(conf.authors.size() == 14);
  CHECK(conf.authors[2].given == "A. S. Z.");
  CHECK(conf.authors[2].family == "Belloum");
  CHECK(conf.authors[0].family == "Bob\xC3\xA1k");
  CHECK(conf.volume.empty());  // "VL  - " is empty
}

TEST_CASE("rispy edge cases: BOM, empty tags, junk around records, multi-line values", "[ris]") {
  SECTION("BOM") {
    Parsed p = parse_file(fixture("corpora/rispy__example_bom.ris"));
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].doi == "10.1186/s40981-020-0316-0");
    CHECK(p.records[0].type == "article-journal");
  }
  SECTION("empty tags carry nothing") {
    Parsed p = parse_file(fixture("corpora/rispy__example_empty_tag.ris"));
    REQUIRE(p.records.size() == 1);
    const Record& r = p.records[0];
    CHECK(r.citekey == "2006713348");
    CHECK(r.authors.size() == 1);
    CHECK(r.authors[0].family == "Fanning");
    CHECK(r.authors[0].given == "E.");
    CHECK(r.issued == Date{2020, 0, 0, ""});  // Y1 - 2020//
    CHECK(r.pages.empty());                   // SP  -
    CHECK(extra_values(r, "SP").empty());
    CHECK(r.container_title == "Orthopaedic Journal of Sports Medicine");
    CHECK(r.container_title_short == "Orthop. J. Sports Med.");  // JA
    CHECK(r.issn == std::vector<std::string>{"2325-9671"});  // "(electronic)" is a label
    CHECK(r.doi == "10.1177/2325967120950040");           // DO with a resolver prefix
    CHECK(r.keywords == std::vector<std::string>{"athlete", "biomechanics", "bone remodeling"});
    // An unindented continuation line of N2 is the abstract's second line.
    CHECK(ends_with(r.abstract, "considerable repetition.\nOutcome measures are valuable when determining an "
                                "athlete's safe return to sport..."));
  }
  SECTION("junk before and after records") {
    Parsed p = parse_file(fixture("corpora/rispy__example_extraneous_data.ris"));
    REQUIRE(p.records.size() == 2);
    CHECK(p.stats.rejected == 0);
    // "Record #1 of 2" is the Cochrane Library's separator, which carries
    // nothing, as Ovid's "1." (audit45: said once a record, 172 warnings of
    // a real CENTRAL export hid the rest); the RIS header ("Provider: ...",
    // "Content: ...") is read: its provider is the records' DP.
    CHECK(p.diags.warnings() == 0);
    const Record& r = p.records[0];
    CHECK(r.get_extra("DP") == "Provider");
    CHECK(r.title == "Title of reference");
    CHECK(families(r) == std::vector<std::string>{"Marx", "Lindgren"});
    REQUIRE(r.editors.size() == 1);
    CHECK(r.editors[0].family == "Glattauer");
    CHECK(r.issued.year == 2014);
    CHECK(r.pages == "e0815");
    CHECK(r.publisher == "Fun Factory");
    CHECK(r.publisher_place == "United States");
    CHECK(r.url == "http://example_url.com");
    CHECK(extra_values(r, "L2") == std::vector<std::string>{"http://example.com"});
    CHECK(extra_values(r, "M1") == std::vector<std::string>{"1008150341"});
    CHECK(r.provenance.line == 5);
    CHECK(p.records[1].title == "The title of the reference");
    CHECK(p.records[1].keywords[0] == "Pippi Langstrumpf");
    CHECK(p.records[1].issn == std::vector<std::string>{"1732-4208"});
  }
  SECTION("records with only notes are kept as untitled works, each with a warning at its TY line") {
    // Zotero keeps them as untitled items: nothing the user had is lost.
    Parsed p = parse_file(fixture("corpora/rispy__example_multiline.ris"));
    REQUIRE(p.records.size() == 3);
    CHECK(p.stats.rejected == 0);
    for (const Record& r : p.records) {
      CHECK(r.title.empty());
      CHECK(extra_values(r, "N1") == std::vector<std::string>{"first line\n* second line\n* last line"});
    }
    CHECK(p.records[1].abstract == "first line,\nER then second line and at the end\nthe last line");
    CHECK(has_diag(p.diags, Severity::warning, 1, "kept as an untitled work (N2, N1)"));
    CHECK(has_diag(p.diags, Severity::warning, 8, "kept as an untitled work"));
    CHECK(has_diag(p.diags, Severity::warning, 17, "kept as an untitled work"));
  }
  SECTION("a record with nothing but its type is still rejected") {
    Parsed p = ris("TY  - JOUR\nER  - \n\nTY  - JOUR\nTI  - Kept\nER  - \n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.stats.rejected == 1);
    CHECK(has_diag(p.diags, Severity::error, 1, "nothing but its type"));
  }
  SECTION("multi-line values: titles joined with a space, notes keep lines") {
    Parsed p = parse_file(fixture("ris/multiline_titled.ris"));
    REQUIRE(p.records.size() == 1);
    const Record& r = p.records[0];
    CHECK(r.title == "A title wrapped over two lines");
    // "ER then second line" is not an ER tag line.
    CHECK(r.abstract == "first line,\nER then second line and at the end\nthe last line");
    CHECK(extra_values(r, "N1") == std::vector<std::string>{"first line\n* second line\n* last line"});
  }
}

TEST_CASE("Zotero's RIS test case 002: every type and tag", "[ris]") {
  Parsed p = parse_file(fixture("corpora/zotero-translators__002.input.ris"));
  REQUIRE(p.records.size() == 48);
  auto expected = nlohmann::json::parse(slurp(fixture("corpora/zotero-translators__002.expected.json")));
  REQUIRE(expected.size() == 48);
  for (std::size_t i = 0; i < 48; ++i) {
    INFO("record " << i);
    const Record& r = p.records[i];
    const auto& e = expected[i];
    if (e.contains("title")) CHECK(r.title == e["title"].get<std::string>());
    // Every author we read is one of Zotero's creators, with the same split.
    for (const Creator& a : r.authors) {
      bool found = false;
      for (const auto& c : e["creators"]) {
        std::string last = c.value("lastName", ""), first = c.value("firstName", "");
        std::string ours = a.is_literal() ? a.literal : a.full_family();
        found = found || (last == ours && first == a.given);
      }
      CHECK(found);
    }
  }
  const Record& aggr = p.records[0];
  CHECK(aggr.type == "dataset");
  CHECK(aggr.get_extra("TY") == "AGGR");  // lossy mapping: TY kept
  CHECK(aggr.doi == "10.1234/123456");
  // "KW - Keyword1, Keyword2, Keyword3" then a line "Keyword4; Keyword5".
  CHECK(aggr.keywords == std::vector<std::string>{"Keyword1, Keyword2, Keyword3", "Keyword4", "Keyword5"});
  CHECK(aggr.get_extra("SN") == "ISSN/ISBN");  // neither shape: kept as is
  CHECK(aggr.issued.text == "Year");
  CHECK(aggr.citekey == "2");
  CHECK(p.records[6].type == "book");
  CHECK(p.records[6].get_extra("TY").empty());  // BOOK is the canonical RIS type of book
  CHECK(p.records[7].type == "chapter");
  CHECK(p.records[13].type == "paper-conference");
  CHECK(p.records[42].type == "book");  // SER
  CHECK(p.records[42].get_extra("TY") == "SER");
  CHECK(p.records[13].get_extra("TY") == "CPAPER");
  CHECK(p.records[29].type == "article-journal");
  CHECK(p.records[45].type == "thesis");
  CHECK(p.records[47].type == "webpage");
  CHECK(p.records[47].get_extra("TY") == "WEB");
  // "DO  - DOI" is not a DOI: warned about and kept.
  CHECK(p.records[1].doi.empty());
  CHECK(p.records[1].get_extra("DO") == "DOI");
  CHECK(p.diags.warnings() > 0);
}

TEST_CASE("Scopus N1 References become parsed references", "[ris]") {
  Parsed p = parse_file(fixture("corpora/scopus4histcite__scopus.ris"));
  REQUIRE(p.records.size() == 87);
  std::size_t refs = 0, with_doi = 0;
  for (const auto& r : p.records) {
    refs += r.references.size();
    for (const auto& x : r.references) with_doi += !x.doi.empty();
    for (const auto& e : r.extra) CHECK_FALSE(istarts_with(e.value, "References:"));
  }
  // db21: 2683 before four web pages cited by their address alone ("...
  // Accessed Oct 2014; https://www.idiap.ch/dataset/replayattack, ...") were
  // told from the reference before them.
  CHECK(refs == 2687);
  CHECK(with_doi == 69);
  const Record& r = p.records[0];
  CHECK(r.title == "Information fusion in biometrics");
  CHECK(r.issn == std::vector<std::string>{"0167-8655"});  // "01678655 (ISSN) "
  CHECK(r.doi == "10.1016/s0167-8655(03)00079-5");
  CHECK(r.publisher == "Elsevier");
  // Scopus's SER: a conference paper in LNCS, by M3.
  auto it = std::find_if(p.records.begin(), p.records.end(), [](const Record& x) {
    return x.title == "First international fingerprint liveness detection competition-LivDet 2009";
  });
  REQUIRE(it != p.records.end());
  const Record& ser = *it;
  CHECK(ser.type == "paper-conference");
  CHECK(ser.get_extra("TY") == "SER");
  CHECK(ser.container_title == "15th International Conference on Image Analysis and Processing - ICIAP 2009, Proceedings");
  CHECK(ser.volume == "5716 LNCS");
  CHECK(ser.issn == std::vector<std::string>{"0302-9743"});
  CHECK(ser.isbn == std::vector<std::string>{"3642041450", "9783642041457"});
  CHECK(extra_values(r, "N1").size() == 3);  // Cited By, Export Date, Correspondence Address
  REQUIRE(r.references.size() == 27);
  const Reference& book = r.references[0];
  CHECK(book.author == "Ben-Yacoub, S.");
  CHECK(book.year == "1999");
  CHECK(book.title == "Fusion of Face and Speech Data for Person Identity Verification");
  CHECK(starts_with(book.raw, "Ben-Yacoub, S., Abdeljaoued, Y., Mayoraz, E., (1999) Fusion"));
  const Reference& art = r.references[2];
  CHECK(art.author == "Brunelli, R.");
  CHECK(art.title == "Person identification using multiple cues");
  CHECK(art.year == "1995");
  CHECK(art.container == "IEEE Trans. PAMI");
  CHECK(art.volume == "12");
  CHECK(art.first_page == "955");
}

TEST_CASE("Scopus RIS and BibTeX exports of the same three records agree", "[ris]") {
  Parsed p = parse_file(fixture("corpora/synthesisr__Scopus_ris_example.ris"));
  REQUIRE(p.records.size() == 3);
  // Values read from synthesisr__Scopus_bib_example.bib.
  CHECK(p.records[0].title ==
        "Soil fauna diversity at different stages of reed restoration in a lakeshore wetland at Lake Taihu, China");
  CHECK(p.records[0].doi == "10.1080/20964129.2020.1722034");
  CHECK(p.records[0].authors.size() == 10);
  CHECK(p.records[1].title ==
        "Impacts of land conversion and management measures on net primary productivity in semi-arid grassland");
  CHECK(p.records[1].doi == "10.1080/20964129.2020.1749010");
  CHECK(families(p.records[1]) == std::vector<std::string>{"Cao", "Li", "Fu", "Wu"});
  CHECK(p.records[2].title == "Application of Digital Processing in Relic Image Restoration Design");
  CHECK(p.records[2].doi == "10.1007/s11220-019-0265-8");
  CHECK(p.records[2].container_title == "Sensing and Imaging");
  CHECK(p.records[2].volume == "21");
  CHECK(families(p.records[2]) == std::vector<std::string>{"Tang", "Geng", "zhou"});
  for (const auto& r : p.records) {
    CHECK(r.issued.year == 2020);
    CHECK(r.extra.front().name != "TY");
  }
}

TEST_CASE("RIS dates in their many forms", "[ris]") {
  auto date = [](std::string tags) {
    Parsed p = ris("TY  - JOUR\nTI  - T\n" + tags + "ER  - \n");
    REQUIRE(p.records.size() == 1);
    return p.records[0].issued;
  };
  CHECK(date("PY  - 2018/1/1\n") == Date{2018, 1, 1, ""});
  CHECK(date("PY  - 2018///\n") == Date{2018, 0, 0, ""});
  CHECK(date("PY  - 2018\n") == Date{2018, 0, 0, ""});
  CHECK(date("PY  - 2018/08//\n") == Date{2018, 8, 0, ""});
  CHECK(date("DA  - 1999/08//undefined\n") == Date{1999, 8, 0, ""});
  CHECK(date("PY  - 2003/12//Spring\n") == Date{2003, 12, 0, "Spring"});
  CHECK(date("PY  - 1999\nDA  - SEP 22\n") == Date{1999, 9, 22, ""});
  CHECK(date("PY  - 2018 Sep 22\n") == Date{2018, 9, 22, ""});
  CHECK(date("Y1  - 2020//\n") == Date{2020, 0, 0, ""});
  CHECK(date("PY  - 2023\nDA  - 2023/01/09/\n") == Date{2023, 1, 9, ""});
  CHECK(date("PY  - 2019\n") == Date{2019, 0, 0, ""});
  CHECK(date("PY  - in press\n") == Date{0, 0, 0, "in press"});
  CHECK(date("Y1  - 24-27 Sept. 2019\n") == Date{2019, 9, 0, "24-27 Sept. 2019"});
  CHECK(date("PY  - 12 SEPTEMBER 2001\n") == Date{2001, 9, 12, ""});
  CHECK(date("PY  - Year Decided\n") == Date{0, 0, 0, "Year Decided"});  // not December
  // DA wins over PY and Y1 when it has a year (Zotero's rule, its test
  // "Deprecated tag test"); the other year is kept in extra, with a warning.
  Parsed p = ris("TY  - JOUR\nTI  - T\nPY  - 2010\nDA  - 2021/03/04\nER  - \n");
  CHECK(p.records[0].issued == Date{2021, 3, 4, ""});
  CHECK(p.records[0].get_extra("PY") == "2010");
  CHECK(has_diag(p.diags, Severity::warning, 3, "disagrees with DA"));
  Parsed y1 = ris("TY  - JOUR\nTI  - Deprecated tag test\nY1  - 1900/01/01\nDA  - 1950/01/01\nER  - \n");
  CHECK(y1.records[0].issued == Date{1950, 1, 1, ""});
  CHECK(y1.records[0].get_extra("Y1") == "1900/01/01");
  // A five-digit "year" is not read as one, and says so.
  Parsed bad = ris("TY  - JOUR\nTI  - T\nPY  - 19893\nER  - \n");
  CHECK(bad.records[0].issued.year == 0);
  CHECK(bad.records[0].issued.text == "19893");
  CHECK(has_diag(bad.diags, Severity::warning, 3, "19893 is not a year"));
  Parsed slashed = ris("TY  - JOUR\nTI  - T\nPY  - 19893/01/02\nER  - \n");
  CHECK(slashed.records[0].issued == Date{0, 0, 0, "19893/01/02"});
  CHECK(has_diag(slashed.diags, Severity::warning, 3, "19893 is not a year"));
  // A day or month the date cannot hold is left out and said (alwasila's
  // Zotero RIS, audit50b: "DA  - 2008//04/11" was read as 2008 without a word
  // and exported as "2008///11").
  Parsed dayless = ris("TY  - BOOK\nTI  - T\nDA  - 2008//04/11\nER  - \n");
  CHECK(dayless.records[0].issued.year == 2008);
  CHECK(dayless.records[0].issued.day == 0);
  CHECK(has_diag(dayless.diags, Severity::warning, 3, "DA 2008//04/11: day 04 without a month: left out"));
  Parsed month13 = ris("TY  - JOUR\nTI  - T\nPY  - 2011/13/02\nER  - \n");
  CHECK(month13.records[0].issued == Date{2011, 0, 0, ""});
  CHECK(has_diag(month13.diags, Severity::warning, 3, "PY 2011/13/02: month 13 is no month: left out"));
  CHECK(has_diag(month13.diags, Severity::warning, 3, "PY 2011/13/02: day 02 without a month: left out"));
  Parsed day32 = ris("TY  - JOUR\nTI  - T\nDA  - 2011/02/32/\nER  - \n");
  CHECK(day32.records[0].issued == Date{2011, 2, 0, ""});
  CHECK(has_diag(day32.diags, Severity::warning, 3, "DA 2011/02/32/: day 32 is no day: left out"));
  for (const char* fine : {"DA  - 2011/02/03/\n", "DA  - 2011///Spring\n", "DA  - 2011/Feb/03\n", "PY  - 2011///\n"}) {
    INFO(fine);
    Parsed f = ris(std::string("TY  - JOUR\nTI  - T\n") + fine + "ER  - \n");
    CHECK_FALSE(has_diag(f.diags, Severity::warning, 3, "left out"));
  }
  // Nature's RIS (in ASySD's tests/testthat/ris_export.txt): "DA - 10/15/online"
  // beside "PY - 2015".  RIS's year is four digits: 10 is no year, so DA does
  // not win; PY's 2015 is the date, DA kept in extra and said.  Before, the
  // work's year was 10.
  Parsed nature = ris("TY  - JOUR\nTI  - Alzheimer's disease\nDA  - 10/15/online\nPY  - 2015\nER  - \n");
  CHECK(nature.records[0].issued.year == 2015);
  CHECK(nature.records[0].get_extra("DA") == "10/15/online");
  CHECK(has_diag(nature.diags, Severity::warning, 3, "DA 10/15/online has no year"));
  CHECK(date("PY  - 10/15/online\n").year == 0);
  CHECK(date("PY  - 2015/10/15/online\n") == Date{2015, 10, 15, "online"});
}

TEST_CASE("RIS types map to CSL, lossy ones keep TY", "[ris]") {
  auto rec = [](std::string ty) {
    Parsed p = ris("TY  - " + ty + "\nTI  - T\nER  - \n");
    REQUIRE(p.records.size() == 1);
    return p.records[0];
  };
  struct Case { const char* ty; const char* csl; bool keeps_ty; };
  for (Case c : {Case{"JOUR", "article-journal", false}, Case{"JFULL", "article-journal", true},
                 Case{"EJOUR", "article-journal", true}, Case{"BOOK", "book", false}, Case{"EBOOK", "book", true},
                 Case{"CHAP", "chapter", false}, Case{"ECHAP", "chapter", true}, Case{"CONF", "paper-conference", false},
                 Case{"CPAPER", "paper-conference", true}, Case{"THES", "thesis", false}, Case{"RPRT", "report", false},
                 Case{"ELEC", "webpage", false}, Case{"WEB", "webpage", true}, Case{"GEN", "document", false},
                 Case{"NEWS", "article-newspaper", false}, Case{"MGZN", "article-magazine", false},
                 Case{"DATA", "dataset", false}, Case{"XYZ", "document", true}}) {
    INFO(c.ty);
    Record r = rec(c.ty);
    CHECK(r.type == c.csl);
    CHECK(is_csl_type(r.type));
    CHECK((r.get_extra("TY") == c.ty) == c.keeps_ty);
  }
}

TEST_CASE("Containers: full journal names win, T2 by type", "[ris]") {
  auto rec = [](std::string body) {
    Parsed p = ris("TY  - " + body + "ER  - \n");
    REQUIRE(p.records.size() == 1);
    return p.records[0];
  };
  // T2 is the journal of a JOUR; J2 the abbreviation.
  Record a = rec("JOUR\nTI  - Title\nT2  - Journal of Things\nJ2  - J Things\n");
  CHECK(a.title == "Title");
  CHECK(a.container_title == "Journal of Things");
  CHECK(a.container_title_short == "J Things");
  // JF beats T2 when T2 is its abbreviation: not a subtitle.
  Record b = rec("JOUR\nTI  - Title\nT2  - J. Gambl. Stud.\nJF  - Journal of gambling studies\n");
  CHECK(b.title == "Title");
  CHECK(b.container_title == "Journal of gambling studies");
  CHECK(b.get_extra("T2") == "J. Gambl. Stud.");
  // T2 is the book of a chapter.
  Record c = rec("CHAP\nTI  - A chapter\nT2  - The Book\nA2  - Editor, Ed\n");
  CHECK(c.container_title == "The Book");
  REQUIRE(c.editors.size() == 1);
  CHECK(c.editors[0].family == "Editor");
  // T2 of a book is its series: kept in extra.
  Record d = rec("BOOK\nTI  - A book\nT2  - Lecture Notes\nA3  - Series, Ed\n");
  CHECK(d.container_title.empty());
  CHECK(d.get_extra("T2") == "Lecture Notes");
  CHECK(d.get_extra("A3") == "Series, Ed");
  // Only an abbreviation: better than nothing.
  Record e = rec("JOUR\nTI  - Title\nJA  - J. Things\n");
  CHECK(e.container_title == "J. Things");
  CHECK(e.get_extra("JA").empty());
  // A title ending in '?' gets no colon before its subtitle.
  Record f = rec("JOUR\nT1  - Why?\nT2  - a study\nJO  - Journal\n");
  CHECK(f.title == "Why? a study");
}

TEST_CASE("SN holds ISSNs and ISBNs by shape", "[ris]") {
  auto rec = [](std::string sn) {
    Parsed p = ris("TY  - JOUR\nTI  - T\nSN  - " + sn + "\nER  - \n");
    REQUIRE(p.records.size() == 1);
    return p.records[0];
  };
  Record a = rec("03029743 (ISSN); 3642041450 (ISBN); 9783642041457 (ISBN)");
  CHECK(a.issn == std::vector<std::string>{"0302-9743"});
  CHECK(a.isbn == std::vector<std::string>{"3642041450", "9783642041457"});
  Record b = rec("978-3-16-148410-0");
  CHECK(b.isbn == std::vector<std::string>{"978-3-16-148410-0"});
  Record c = rec("1558-366x");
  CHECK(c.issn == std::vector<std::string>{"1558-366X"});
  Record d = rec("not a number");
  CHECK(d.issn.empty());
  CHECK(d.get_extra("SN") == "not a number");
}

TEST_CASE("DOIs from DO, and from U2, URLs and notes when DO is missing", "[ris]") {
  auto rec = [](std::string tags) {
    Parsed p = ris("TY  - JOUR\nTI  - T\n" + tags + "ER  - \n");
    REQUIRE(p.records.size() == 1);
    return p.records[0];
  };
  CHECK(rec("DO  - https://doi.org/10.1000/ABC\n").doi == "10.1000/abc");
  CHECK(rec("U2  - 10.1177/0020852317735595\n").doi == "10.1177/0020852317735595");
  CHECK(rec("UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-1&doi=10.1080%2f20964129.2020.1722034&partnerID=40\n")
            .doi == "10.1080/20964129.2020.1722034");
  CHECK(rec("N1  - doi:10.1000/xyz123.\n").doi == "10.1000/xyz123");
  // A DOI further inside a note may be another work's.
  CHECK(rec("N1  - Published with a comment on doi:10.1000/other.\n").doi.empty());
  // A DOI in a cited reference is not the record's.
  CHECK(rec("N1  - References: Smith, J., A paper (2001) J, 1, pp. 1-2. , DOI 10.1000/cited\n").doi.empty());
  Parsed bad = ris("TY  - JOUR\nTI  - T\nDO  - not-a-doi\nER  - \n");
  REQUIRE(bad.records.size() == 1);
  CHECK(bad.records[0].doi.empty());
  CHECK(bad.records[0].get_extra("DO") == "not-a-doi");
  CHECK(has_diag(bad.diags, Severity::warning, 3, "not a DOI"));
}

TEST_CASE("Keywords, URLs, abstracts, pages", "[ris]") {
  Parsed p = ris(
      "TY  - JOUR\nTI  - T\nKW  - alpha; beta;Alpha;  gamma\nUR  - http://a.example http://b.example\n"
      "UR  - http://c.example\nAB  - One.\nN2  - Other.\nSP  - 235\xE2\x80\x93" "256\nEP  - 256\nER  - \n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.keywords == std::vector<std::string>{"alpha", "beta", "gamma"});
  CHECK(r.url == "http://a.example");
  CHECK(extra_values(r, "UR") == std::vector<std::string>{"http://b.example", "http://c.example"});
  CHECK(r.abstract == "One.");
  CHECK(r.get_extra("N2") == "Other.");
  CHECK(r.pages == "235-256");
  CHECK(r.get_extra("EP").empty());
}

TEST_CASE("Tag lines: one space before the dash, no space after it, unknown tags", "[ris]") {
  Parsed p = ris("TY - JOUR\nTI - Title\nAU  -Smith, J\nZZ  - custom value\nER -\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Title");
  // "AU  -Smith": a known tag in the two-space form needs no space after the dash.
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Smith");
  CHECK(r.get_extra("ZZ") == "custom value");
  // One space before the dash is accepted only for tags RIS defines.
  Parsed q = ris("TY  - JOUR\nTI  - Title\nIL - 6 rose\nQQ  -x\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].title == "Title IL - 6 rose QQ  -x");
}

TEST_CASE("Records without TY (old Scopus) in plain RIS", "[ris]") {
  Parsed p = parse_file(fixture("ris/scopus_no_ty.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].title == "Information fusion in biometrics");
  CHECK(p.records[0].type == "article-journal");
  CHECK(p.records[0].container_title == "Pattern Recognition Letters");
  CHECK(p.records[0].provenance.line == 4);
  CHECK(p.records[1].title == "A second record without TY");
  CHECK(p.records[1].type == "document");
  CHECK(p.records[1].provenance.line == 12);
}

TEST_CASE("Embedded RIS: tag-like page text outside TY..ER is skipped", "[ris]") {
  std::string page = "Some page\nAU  - Not, Anauthor\nTY  - JOUR\nTI  - Real\nER  - \nPY  - 2001\nfooter\n";
  Parsed p = ris(page, true);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Real");
  CHECK(p.records[0].authors.empty());
  // Prose is the page; a tag line outside TY..ER may be a record that lost
  // its TY: each such run is reported, once.
  REQUIRE(p.diags.items().size() == 2);
  CHECK(has_diag(p.diags, Severity::warning, 1, "2 lines outside any RIS record skipped"));
  CHECK(has_diag(p.diags, Severity::warning, 6, "2 lines outside any RIS record skipped"));
  Parsed prose = ris("<html>\n<pre>\nTY  - JOUR\nTI  - Real\nER  - \n</pre>\n", true);
  CHECK(prose.diags.items().empty());
}

TEST_CASE("Malformed RIS: unterminated records, garbage, rejected records", "[ris]") {
  SECTION("end of input before ER: taken with a warning") {
    Parsed p = ris("TY  - JOUR\nTI  - Cut short\nAU  - Smith, J\n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].title == "Cut short");
    CHECK(has_diag(p.diags, Severity::warning, 1, "not closed by ER"));
  }
  SECTION("a new TY before ER ends the record") {
    Parsed p = ris("TY  - JOUR\nTI  - First\nTY  - BOOK\nTI  - Second\nER  - \n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].title == "First");
    CHECK(p.records[1].title == "Second");
    CHECK(p.records[1].type == "book");
    CHECK(has_diag(p.diags, Severity::warning, 1, "not closed by ER"));
  }
  SECTION("a garbage line continues the previous field") {
    Parsed p = ris("TY  - JOUR\nTI  - Title\n%%%% garbage \x01\nAU  - Smith, J\nER  - \n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].title == "Title %%%% garbage");  // decode_text removes the control character
    CHECK(p.diags.errors() == 0);
  }
  SECTION("nothing but its type: an error at its TY line, the next one goes on") {
    Parsed p = ris("\nTY  - JOUR\nPB  - \nER  - \nTY  - JOUR\nTI  - Next\nER  - \n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].title == "Next");
    CHECK(p.stats.rejected == 1);
    REQUIRE(p.diags.errors() == 1);
    CHECK(p.diags.items()[0].line == 2);
    CHECK(p.diags.items()[0].source_line == "TY  - JOUR");
  }
}

TEST_CASE("Provenance: line of TY, hash of the record text from TY to ER", "[ris]") {
  std::string text = "junk\nTY  - JOUR\nTI  - A\nER  - \n\nTY  - JOUR\nTI  - B\nER  -\n";
  Parsed p = ris(text, true);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].provenance.line == 2);
  CHECK(p.records[0].provenance.format == "ris");
  CHECK(p.records[0].provenance.file == "<test>");
  CHECK(p.records[0].provenance.hash == content_hash("ris", "TY  - JOUR\nTI  - A\nER  - "));
  CHECK(p.records[1].provenance.line == 6);
  CHECK(p.records[1].provenance.hash == content_hash("ris", "TY  - JOUR\nTI  - B\nER  -"));
}

TEST_CASE("Random bytes and truncated files neither crash nor hang", "[ris]") {
  std::mt19937 rng(12345);
  const std::string alphabet = "TYERAU -\n\r 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ,;/()\xC3\xA9\x01";
  for (int round = 0; round < 300; ++round) {
    std::string s;
    std::size_t len = rng() % 400;
    for (std::size_t i = 0; i < len; ++i) {
      // Mostly RIS-shaped text, sometimes any byte.
      s.push_back(rng() % 8 ? alphabet[rng() % alphabet.size()] : static_cast<char>(rng() % 256));
    }
    Parsed a = ris(s, false);
    Parsed b = ris(s, true);
    std::size_t lines = std::count(a.text.begin(), a.text.end(), '\n') + 1;
    for (const Parsed* x : {&a, &b}) {
      CHECK(x->stats.records == x->records.size());
      CHECK(x->stats.records + x->stats.rejected <= lines);
      for (const auto& r : x->records) {
        CHECK(!(r.title.empty() && r.authors.empty() && r.doi.empty()));
        CHECK(r.provenance.line >= 1);
        CHECK(r.provenance.line <= lines);
      }
    }
  }
  std::string whole = slurp(fixture("corpora/synthesisr__Scopus_ris_example.ris"));
  std::size_t last = 0;
  for (std::size_t cut = 0; cut <= whole.size(); cut += 7) {
    Parsed p = ris(whole.substr(0, cut), true);
    // More text never loses a record; a record cut off is rejected, not
    // taken half.
    CHECK(p.records.size() >= last);
    last = p.records.size();
    CHECK(p.records.size() + p.stats.rejected <= 3);
  }
  CHECK(ris(whole, true).records.size() == 3);
}

TEST_CASE("A byte-order mark at a line start is nothing (cat a.ris b.ris)", "[ris]") {
  // Two BOM'd exports concatenated: the second one's BOM sits before its
  // first TY, in the middle of the file.
  Parsed p = parse_file(fixture("ris/concatenated_bom.ris"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[1].title == "The record after the second export's byte-order mark");
  CHECK(p.records[1].provenance.line == 7);
  CHECK(p.stats.rejected == 0);
  CHECK(p.diags.items().empty());
}

TEST_CASE("Text outside records in a RIS file is reported, not skipped silently", "[ris]") {
  Parsed p = ris("TY  - JOUR\nTI  - One\nER  - \nstray text\nmore stray text\n\nTY  - JOUR\nTI  - Two\nER  - \n");
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.diags.items().size() == 1);
  CHECK(has_diag(p.diags, Severity::warning, 4, "2 lines outside any RIS record skipped (26 bytes)"));
  // Ovid writes each record's full-text link after its ER: it belongs to
  // that record (L2), outside the record's hash.
  Parsed link = ris("1. \nTY  - JOUR\nTI  - One\nER  - \n\nLink to the Ovid Full Text or citation: "
                    "https://ovidsp.example/?AN=1\n\n2. \nTY  - JOUR\nTI  - Two\nER  - \n");
  REQUIRE(link.records.size() == 2);
  CHECK(link.records[0].get_extra("L2") == "https://ovidsp.example/?AN=1");
  CHECK(link.records[0].provenance.hash == content_hash("ris", "TY  - JOUR\nTI  - One\nER  - "));
  CHECK(link.records[1].get_extra("L2").empty());
  CHECK(link.diags.items().empty());
  // Ovid numbers its records ("1. " before each TY): a separator, no warning.
  Parsed ovid = ris("1. \nTY  - JOUR\nTI  - One\nER  - \n\n2. \nTY  - JOUR\nTI  - Two\nER  - \n");
  CHECK(ovid.records.size() == 2);
  CHECK(ovid.diags.items().empty());
  // A line after TY continues nothing: the type stays JOUR and the line is
  // reported.
  Parsed q = ris("TY  - JOUR\nnot a tag\nTI  - T\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].type == "article-journal");
  CHECK(has_diag(q.diags, Severity::warning, 2, "line after TY"));
}

TEST_CASE("A truncated RIS file: the cut-off last record is rejected", "[ris]") {
  Parsed p = parse_file(fixture("ris/truncated.ris"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].title == "Information fusion in biometrics");
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::error, 8, "not closed by ER before the end of the input"));
  // A file without any ER is an ER-less export: its records are kept.
  Parsed q = ris("TY  - JOUR\nTI  - First\nTY  - JOUR\nTI  - Second\n");
  CHECK(q.records.size() == 2);
  CHECK(q.stats.rejected == 0);
}

TEST_CASE("Records without TI, AU or DO are kept by their journal or container", "[ris]") {
  Parsed p = parse_file(fixture("ris/containers_only.ris"));
  REQUIRE(p.records.size() == 3);
  // Zotero keeps a JFULL record: the whole journal, named by JF.
  CHECK(p.records[0].title == "Journal of Hydrology");
  CHECK(p.records[0].container_title.empty());
  CHECK(p.records[0].volume == "204");
  CHECK(has_diag(p.diags, Severity::warning, 1, "JFULL record without a title"));
  // A T2-only record keeps its container.
  CHECK(p.records[1].title.empty());
  CHECK(p.records[1].container_title == "Proceedings of the Royal Society B");
  CHECK(p.records[1].pages == "17");
  CHECK(has_diag(p.diags, Severity::warning, 7, "kept by its container"));
  // Nothing to name it by, but what the user had (a publisher and a year)
  // is kept, as Zotero keeps an untitled item.
  CHECK(p.stats.rejected == 0);
  CHECK(p.records[2].title.empty());
  CHECK(p.records[2].publisher == "Nobody");
  CHECK(has_diag(p.diags, Severity::warning, 14, "no container; kept as an untitled work (PB, PY)"));
}

TEST_CASE("T2 is a subtitle only right after the title of a journal article", "[ris]") {
  Parsed p = parse_file(fixture("ris/t2_not_subtitle.ris"));
  REQUIRE(p.records.size() == 4);
  // A bracketed (translated) title keeps its T2 out of the title.
  CHECK(p.records[0].title == "[Treatment of hip fractures in the elderly]");  // no NLM database named: as written
  CHECK(p.records[0].container_title == "Revue de Chirurgie Orthopedique");
  CHECK(p.records[0].get_extra("T2") == "Traitement des fractures de la hanche chez le sujet age");
  // GEN: T2 is not a subtitle.
  CHECK(p.records[1].title == "Analytic title");
  // Ovid: an English title ending with a full stop, the original in T2.
  Parsed ovid = ris("TY  - JOUR\nT1  - Psychedelic drugs in the treatment of anxiety, depression and addiction.\n"
                    "T2  - Psykedeliske stoffer i behandling av angst, depresjon og avhengighet.\n"
                    "A1  - Kvam, Tor-Morten\nJF  - Tidsskrift for den Norske laegeforening\nER  - \n");
  REQUIRE(ovid.records.size() == 1);
  CHECK(ovid.records[0].title == "Psychedelic drugs in the treatment of anxiety, depression and addiction.");
  CHECK(ovid.records[0].container_title == "Tidsskrift for den Norske laegeforening");
  // Pure's form: T2 right after T1, the journal in JO; a note says so.
  CHECK(p.records[2].title == "Promoting public cooperation in government: key drivers, regulation, and barriers");
  CHECK(p.records[2].container_title == "International Review of Administrative Sciences");
  CHECK(has_diag(p.diags, Severity::note, 17, "subtitle"));
  // T2 after the authors is the journal; JO its abbreviation.
  CHECK(p.records[3].title == "A title with its journal in T2 after the authors");
  CHECK(p.records[3].container_title == "Government Information Quarterly");
  CHECK(p.records[3].container_title_short == "Gov Inf Q");
  // The same with the abbreviation in JF.
  Parsed q = ris("TY  - JOUR\nTI  - T\nAU  - Smith J.\nT2  - The Lancet Oncology\nJF  - Lancet Oncol\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].container_title == "The Lancet Oncology");
  CHECK(q.records[0].get_extra("JF") == "Lancet Oncol");
}

TEST_CASE("DOIs of cited works and instruments in notes are not the record's", "[ris]") {
  Parsed p = parse_file(fixture("ris/notes_dois.ris"));
  REQUIRE(p.records.size() == 4);
  CHECK(p.records[0].doi.empty());  // WoS "Cited References: ... DOI 10.1505/..."
  CHECK(p.records[1].doi.empty());  // PsycINFO "Tests & Measures: ... DOI: 10.1037/t..."
  CHECK(p.records[2].doi == "10.3109/07434618.2014.906498");  // a note that is the DOI
  CHECK(p.records[3].doi == "10.1000/xyz123");                // Zotero's HTML note
  // The notes themselves are kept.
  CHECK(starts_with(p.records[0].get_extra("N1"), "Cited References:"));
}

TEST_CASE("Damaged DOIs in DO are repaired, with a warning naming the original", "[ris]") {
  Parsed p = parse_file(fixture("ris/doi_repairs.ris"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].doi == "10.1659/0276-4741(2007)27[32:tlbcfp]2.0.co;2");
  CHECK(has_diag(p.diags, Severity::warning, 6, "DO 10.1659/0276-4741(2007)27 [ 32:TLBCFP]2.0.CO;2 repaired"));
  CHECK(p.records[1].doi == "10.1016/j.example.2011.01.001");
  CHECK(has_diag(p.diags, Severity::warning, 13, "HTML"));
  CHECK(p.records[2].doi == "10.1145/1065010.1065013");
  CHECK(has_diag(p.diags, Severity::warning, 20, "resolver URL"));
}

TEST_CASE("Names family first with initials, and WoS organisations, in RIS", "[ris]") {
  Parsed p = parse_file(fixture("ris/names_initials.ris"));
  REQUIRE(p.records.size() == 2);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 5);
  CHECK(a[0].family == "Lewis");
  CHECK(a[0].given == "G. F.");
  CHECK(a[1].family == "Kumar");
  CHECK(a[1].given == "A.B.C.D.");
  CHECK(a[2].family == "Themistocleous");
  CHECK(a[3].full_family() == "van der Berg");
  CHECK(a[3].given == "J. H.");
  CHECK(a[4].family == "Sun");
  const auto& w = p.records[1].authors;
  REQUIRE(w.size() == 4);
  CHECK(w[0].family == "Cabral");
  CHECK(w[1].literal == "INT EROSION CONTROL ASSOC");
  CHECK(w[2].literal == "NATL INST HLTH");
  CHECK(w[3].literal == "EPIC COLLABORAT");
}

TEST_CASE("KW de-duplication is linear: 200,000 keyword lines", "[ris]") {
  // Quadratic de-duplication took minutes here; the test asserts only the
  // result (the suite's time-out is the guard).
  std::string text = "TY  - JOUR\nTI  - Many keywords\n";
  for (int i = 0; i < 200000; ++i) text += "KW  - keyword " + std::to_string(i % 150000) + "\n";
  text += "KW  - KEYWORD 7\nER  - \n";
  Parsed p = ris(text);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].keywords.size() == 150000);
  CHECK(p.records[0].keywords[7] == "keyword 7");
}

TEST_CASE("No silent loss: every RIS fixture's records are read or rejected", "[ris]") {
  // Records in a file: its ER lines, or the TY lines that open a record
  // (not one inside a record) when a record lost its ER (a truncated file).  Each is read or rejected with an error, never
  // dropped without a word.
  std::size_t files = 0;
  for (const char* dir : {"corpora", "ris"}) {
    for (const auto& e : std::filesystem::directory_iterator(fixture(dir))) {
      if (e.path().extension() != ".ris") continue;
      ++files;
      std::string text = decode_text(slurp(e.path().string())).text;  // line ends as the reader sees them (CR too)
      std::size_t er = 0, ty = 0, pos = 0;
      bool open = false;
      while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + pos, end - pos);
        if (starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3);
        if (starts_with(line, "ER  -")) ++er, open = false;
        if (starts_with(line, "TY  -") && !open) ++ty, open = true;
        pos = end + 1;
      }
      Parsed p = parse_file(e.path().string());
      INFO(e.path().filename().string());
      CHECK(p.stats.records == p.records.size());
      CHECK(p.records.size() + p.stats.rejected == std::max(er, ty));
      CHECK(p.diags.errors() >= p.stats.rejected);
    }
  }
  CHECK(files >= 20);
}

TEST_CASE("Scopus 2016: a second TY inside a record is its document type, not a new record", "[ris]") {
  Parsed p = parse_file(fixture("ris/scopus_2016_doctype_ty.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 0);
  const Record& r = p.records[0];
  CHECK(r.title == "The DEAD-box protein family of RNA helicases");
  CHECK(r.type == "article-journal");
  CHECK(r.get_extra("M3") == "Review");
  CHECK(r.doi == "10.1016/j.gene.2005.10.019");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[1].family == "Tanner");
  CHECK(r.authors[1].given == "N.K.");
  // "参考文献:" is Scopus's "References:" in Chinese.
  REQUIRE(r.references.size() == 2);
  CHECK(r.references[1].doi == "10.1093/emboj/17.5.1497");
  CHECK(has_diag(p.diags, Severity::warning, 11, "TY Review inside a record is not a RIS type"));
  CHECK(p.records[1].get_extra("M3") == "Article");
}

TEST_CASE("Ovid RIS: record numbers, links after ER, translated titles", "[ris]") {
  Parsed p = parse_file(fixture("ris/ovid_translated.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.diags.items().empty());
  const Record& a = p.records[0];
  CHECK(a.title == "[Trends in abuse of biogenic drugs in parts of Germany].");
  CHECK(a.get_extra("T2") == "Entwicklung des Missbrauchs psychotroper Pflanzen und Pilze in Deutschland.");
  CHECK(a.container_title == "Gesundheitswesen");
  CHECK(a.doi == "10.1055/s-0000-0000001");
  CHECK(extra_values(a, "L2").size() == 2);  // Ovid's own L2 and the link after ER
  const Record& b = p.records[1];
  CHECK(b.title == "Psychedelic drugs in the treatment of anxiety, depression and addiction.");
  CHECK(b.container_title == "Tidsskrift for den Norske laegeforening");
  CHECK(b.provenance.line == 21);
}

TEST_CASE("RIS AN: a WoS UT, a Scopus EID or (from PubMed/MEDLINE) a PMID fills its identifier", "[ris]") {
  Parsed p = ris(
      "TY  - JOUR\nTI  - From Scopus\nAN  - 2-s2.0-85107941291\nDB  - Scopus\nER  - \n"
      "TY  - JOUR\nTI  - From Ovid MEDLINE\nAN  - 31245678\nDB  - Ovid MEDLINE(R)\nER  - \n"
      "TY  - JOUR\nTI  - From PubMed, DP after AN\nAN  - 8765432\nDP  - NLM PubMed\nER  - \n"
      "TY  - JOUR\nTI  - From Embase: its AN is not a PMID\nAN  - 2004123456\nDB  - Embase\nER  - \n"
      "TY  - JOUR\nTI  - WoS All Databases, a MEDLINE record\nAN  - MEDLINE:12345678\nER  - \n"
      "TY  - JOUR\nTI  - Two different UTs\nAN  - WOS:000000000000001\nAN  - WOS:000000000000002\nER  - \n"
      "TY  - JOUR\nTI  - A catalogue's AN\nAN  - Accession Number\nER  - \n");
  REQUIRE(p.records.size() == 7);
  CHECK(p.records[0].scopus_eid == "2-s2.0-85107941291");
  CHECK(extra_values(p.records[0], "AN").empty());
  CHECK(p.records[1].pmid == "31245678");
  CHECK(p.records[2].pmid == "8765432");
  CHECK(p.records[3].pmid.empty());
  CHECK(extra_values(p.records[3], "AN") == std::vector<std::string>{"2004123456"});
  CHECK(p.records[4].wos_ut == "MEDLINE:12345678");
  CHECK(p.records[4].pmid == "12345678");
  // The second UT is not dropped: kept in extra, with a warning.
  CHECK(p.records[5].wos_ut == "WOS:000000000000001");
  CHECK(extra_values(p.records[5], "AN") == std::vector<std::string>{"WOS:000000000000002"});
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("AN WOS:000000000000002 disagrees") != std::string::npos);
  CHECK(extra_values(p.records[6], "AN") == std::vector<std::string>{"Accession Number"});
}

TEST_CASE("Several 'Family Initials' names on one AU line are several authors (Ovid CENTRAL), with a warning", "[ris]") {
  // Ovid's Cochrane CENTRAL records put every author on one A1 line; read as
  // one person they gave family "Griffiths RR", given "Johnson MW" and the
  // rest as a suffix (colandr's Ovid export, 2,130 records).
  Parsed p = parse_file(fixture("ris/author_list_one_line.ris"));
  REQUIRE(p.records.size() == 3);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 6);
  CHECK(a[0].family == "Griffiths");
  CHECK(a[0].given == "RR");
  CHECK(a[5].family == "Richards");
  CHECK(a[5].given == "BD");
  const auto& b = p.records[1].authors;
  REQUIRE(b.size() == 2);
  CHECK(b[0].family == "Lewis");
  CHECK(b[0].given == "G. F.");
  CHECK(b[1].family == "Smith");
  // "Family, Given" and "Family, Given, Suffix" stay one person each.
  const auto& c = p.records[2].authors;
  REQUIRE(c.size() == 4);
  CHECK(c[0].family == "Smith");
  CHECK(c[0].given == "J");
  CHECK(c[1].family == "Kelly");
  CHECK(c[1].suffix == "Jr");
  CHECK(c[2].full_family() == "van der Berg");
  CHECK(c[2].given == "JH");
  CHECK(c[3].family == "Ó Súilleabháin");
  CHECK(c[3].given == "S");
  CHECK(has_diag(p.diags, Severity::warning, 3, "A1 holds 6 names separated by commas"));
  CHECK(has_diag(p.diags, Severity::warning, 13, "AU holds 2 names separated by commas"));
  CHECK(p.diags.warnings() == 3);  // and one for the list on line 21
}

TEST_CASE("EBSCO's 'N.PAG' (no pagination) in SP/EP is no page: dropped with a warning", "[ris]") {
  // fixtures/ris/ebsco_no_pagination.ris, two records of an EBSCO
  // Environment Index export (CiteSource's envindex_100.ris, 22 of its 100
  // records write SP/EP "N.PAG"): the pages were "N.PAG-N.PAG", which dedup
  // took for a page range and used to keep the record apart from the other
  // databases' records of the same article (page 142923 there).
  Parsed p = parse_file(fixture("ris/ebsco_no_pagination.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pages.empty());
  CHECK(p.records[0].volume == "764");
  CHECK(has_diag(p.diags, Severity::warning, 13, "SP N.PAG"));
  CHECK(has_diag(p.diags, Severity::warning, 14, "EP N.PAG"));
  CHECK(p.records[1].pages == "1-15");
  CHECK(p.diags.warnings() == 2);
}

TEST_CASE("PsycINFO's 'No Pagination Specified' split over SP 'No' and EP 'Specified' is no page: dropped with a warning",
          "[ris]") {
  // fixtures/dedup/psycinfo_no_pagination.ris: PsycINFO's (Ovid RIS) record
  // of an online-first article, SP "No" and EP "Specified", and Ovid
  // MEDLINE's of the issue (MaxenceOuafik/MSM-Syndemic-Scoping-Review's
  // psycinfo.ris, 32 of its 157 records).  The pages were "No-Specified".
  Parsed p = parse_file(fixture("dedup/psycinfo_no_pagination.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pages.empty());
  CHECK(has_diag(p.diags, Severity::warning, 16, "'No Specified' are PsycINFO's 'No Pagination Specified'"));
  CHECK(p.records[1].pages == "125-135");
  Parsed whole = parse_string("TY  - JOUR\nTI  - A title\nSP  - No Pagination Specified\nER  - \n");
  REQUIRE(whole.records.size() == 1);
  CHECK(whole.records[0].pages.empty());
  CHECK(whole.diags.warnings() == 1);
}

TEST_CASE("Dimensions: 'Family I., Given I.' on one AU line among others is one person", "[ris]") {
  // CiteSource's Dimensions_246.ris (a real Dimensions export): a chapter whose
  // first author is written with an abbreviated second family name; the other
  // AU lines hold one person each.  It was split into two people, "Fonseca, C."
  // and "Efraín, R.", with a warning.
  Parsed p = parse_file(fixture("ris/dimensions_family_initial.ris"));
  REQUIRE(p.records.size() == 1);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 5);
  CHECK(a[0].family == "Fonseca C.");
  CHECK(a[0].given == "Efra\xC3\xADn R.");
  CHECK(a[1].family == "Marcillo");
  CHECK(p.diags.warnings() == 0);
  // A lone line holding two such names is still two people (EPPI-Reviewer's
  // "Agrawal A, Gupta K.", Ovid's CENTRAL lists).
  Parsed q = ris("TY  - JOUR\nAU  - Agrawal A, Gupta K.\nTI  - t\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].authors.size() == 2);
  // "Carmone Jr., Frank J." is one person: "Jr." is no initial.
  Parsed s = ris("TY  - JOUR\nAU  - Carmone Jr., Frank J.\nTI  - t\nER  - \n");
  REQUIRE(s.records.size() == 1);
  REQUIRE(s.records[0].authors.size() == 1);
  CHECK(s.records[0].authors[0].given == "Frank J.");
}

TEST_CASE("HTML line breaks left in every value by a web import are removed, with a warning", "[ris]") {
  // CiteSource's RM.ris (a real EndNote/EPPI-Reviewer RIS): records whose
  // values all end in "<br />" (title, volume, issue, ISSN, DOI, T2) and a
  // URL ending in "%3Cbr /%3E"; a record whose ISBNs are separated by a
  // backslash, and one whose ISSNs by a literal "\r" (EndNote).  The issue
  // was "2<br />", the container "<br />", the ISSN and ISBNs went to extra.
  Parsed p = parse_file(fixture("ris/citesource_html_debris.ris"));
  REQUIRE(p.records.size() == 4);
  const Record& a = p.records[0];
  CHECK(a.title == "The principles of conservation and development: do they apply in Malinau?");
  CHECK(a.volume == "12");
  CHECK(a.issue == "2");
  CHECK(a.container_title.empty());
  CHECK(a.pages.empty());
  CHECK(a.doi.empty());
  CHECK(a.issn == std::vector<std::string>{"1708-3087"});
  CHECK(a.url == "http://www.cifor.org/nc/online-library/browse/view-publication/publication/2373.html");
  for (const auto& e : a.extra) CHECK(e.value.find("<br") == std::string::npos);
  CHECK(has_diag(p.diags, Severity::warning, 8, "HTML line break"));
  const Record& b = p.records[1];
  CHECK(b.doi == "10.1186/2047-2382-3-19");
  CHECK(b.issue == "19");
  CHECK(b.pages.find("<br") == std::string::npos);
  CHECK(b.title.find("<br") == std::string::npos);
  const Record& c = p.records[2];
  CHECK(c.isbn == std::vector<std::string>{"0-521-46674-1", "0-521-46128-6"});
  CHECK(c.get_extra("SN").empty());
  const Record& d = p.records[3];
  CHECK(d.issn == std::vector<std::string>{"1537-744X"});
  CHECK(d.get_extra("SN").empty());
}

TEST_CASE("EndNote tagged format (%0, %A, %T; AIS eLibrary, Google Scholar .enw): every block is a record", "[ris]") {
  // CoLRev's ais_enl.txt (a real AIS eLibrary export): six records, %T before
  // %0, two without authors (a table of contents, an index).  Read as a web
  // page before, it gave one "incomplete" article named after a %8 line, and
  // the six records were lost.
  Parsed p = parse_file(fixture("corpora/colrev__ais_enl.txt"));
  REQUIRE(p.records.size() == 6);
  CHECK(p.stats.rejected == 0);
  const Record& a = p.records[0];
  CHECK(a.provenance.format == "endnote-tagged");
  CHECK(a.type == "article-journal");
  CHECK(a.title ==
        "How Trust Leads to Commitment on Microsourcing Platforms: Unraveling the Effects of Governance and "
        "Third-Party Mechanisms on Triadic Microsourcing Relationships");
  REQUIRE(a.authors.size() == 4);
  CHECK(a.authors[0].family == "Guo");
  CHECK(a.authors[0].given == "Wenbo");
  CHECK(a.authors[1].given == "Detmar W.");
  CHECK(a.container_title == "Management Information Systems Quarterly");
  CHECK(a.issued.year == 2021);
  CHECK(a.volume == "45");
  CHECK(a.issue == "3");
  CHECK(a.pages == "1309-1348");
  CHECK(a.url == "https://aisel.aisnet.org/misq/vol45/iss3/13");
  CHECK(starts_with(a.abstract, "IS research has extensively examined"));
  CHECK(a.get_extra("TY").empty());  // the type name is the type
  CHECK(p.records[1].title == "MISQ Volume 45, Issue 3 Table of Contents");
  CHECK(p.records[1].authors.empty());
  CHECK(p.records[1].pages == "i-ii");

  // Google Scholar's "EndNote" link: %J, %@, %I, %R, several %K, CRLF; a
  // line that is no tag continues the abstract.
  Parsed g = ris("%0 Journal Article\r\n%T A study\r\n%A de Vries, Jan\r\n%A Smith, J.\r\n%J Journal of Tests\r\n"
                 "%V 12\r\n%N 3\r\n%P 45-67\r\n%@ 1234-5678\r\n%D 2019\r\n%I Elsevier\r\n%R 10.1000/xyz.1\r\n"
                 "%K alpha\r\n%K beta\r\n%X First line\r\nsecond line\r\n%W Some database\r\n\r\n"
                 "%0 Book Section\r\n%T A chapter\r\n%A Doe, Jane\r\n%B The Book\r\n%E Editor, Ed\r\n%D 2020\r\n");
  REQUIRE(g.records.size() == 2);
  const Record& s = g.records[0];
  CHECK(s.container_title == "Journal of Tests");
  CHECK(s.issn == std::vector<std::string>{"1234-5678"});
  CHECK(s.publisher == "Elsevier");
  CHECK(s.doi == "10.1000/xyz.1");
  CHECK(s.keywords == std::vector<std::string>{"alpha", "beta"});
  CHECK(s.abstract == "First line\nsecond line");
  CHECK(s.get_extra("DP") == "Some database");  // %W: EndNote's "Database Provider"
  CHECK(s.authors[0].full_family() == "de Vries");
  const Record& c = g.records[1];
  CHECK(c.type == "chapter");
  CHECK(c.container_title == "The Book");
  REQUIRE(c.editors.size() == 1);
  CHECK(c.editors[0].family == "Editor");
  CHECK(g.diags.items().empty());
}

TEST_CASE("The RIS header (Provider:, Database:, Content:) of JSTOR and APA PsycNET names the records' database", "[ris]") {
  // JSTOR writes the header before every record, APA PsycNET before the
  // first (as CoLRev's jstor_ris.ris and psycinfo_ris.ris show); each was
  // "3 lines outside any RIS record skipped", and the database was lost.
  Parsed p = ris(
      "Provider: JSTOR http://www.jstor.org\r\nDatabase: JSTOR\r\nContent: text/plain; charset=\"UTF-8\"\r\n\r\n\r\n"
      "TY  - JOUR\r\nTI  - First\r\nAU  - Lastname, Firstname\r\nER  - \r\n\r\n"
      "Provider: JSTOR http://www.jstor.org\r\nDatabase: JSTOR\r\nContent: text/plain; charset=\"UTF-8\"\r\n\r\n"
      "TY  - JOUR\r\nTI  - Second\r\nDB  - Its own\r\nER  - \r\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.diags.items().empty());
  CHECK(p.records[0].get_extra("DB") == "JSTOR");
  CHECK(p.records[0].get_extra("DP") == "JSTOR http://www.jstor.org");
  CHECK(p.records[1].get_extra("DB") == "Its own");
  // Other text between records is still reported.
  Parsed q = ris("Something else\nTY  - JOUR\nTI  - t\nER  - \n");
  CHECK(q.diags.warnings() == 1);
}

TEST_CASE("RIS titles: HTML markup beyond rich text (Lens's <strong>) is read as markup, WoS's <middle dot> is '\xC2\xB7'",
          "[ris]") {
  // CiteSource's lens_343.ris and wos_278.ris (real Lens and Web of Science
  // RIS): a Lens title with <strong> inside <sub> was stored as it came, and
  // the exports escaped it ("PM<sub>&lt;strong&gt;2.5..."); WoS writes the
  // middle dot of "PM2·5" as "<middle dot>", which the exports escaped too.
  Parsed p = parse_file(fixture("ris/html_titles.ris"));
  REQUIRE(p.records.size() == 2);
  const std::string& lens = p.records[0].title;
  CHECK(lens.find("strong") == std::string::npos);
  // Bold from end to end is Lens's display, not the title's (clean34): read without it.
  CHECK(lens == "Short-term exposure to wildfire-specific PM\xE2\x82\x82.\xE2\x82\x85 and hospitalization for diabetes "
                "morbidity: a study in multiple countries/territories");
  const Record& wos = p.records[1];
  CHECK(starts_with(wos.title, "Long-term mortality burden trends attributed to black carbon and PM<sub>2\xC2\xB7" "5</sub> from"));
  Parsed q = ris("TY  - JOUR\nTI  - t\nAB  - PM2<middle dot>5 levels\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].abstract == "PM2\xC2\xB7" "5 levels");
}

// C7, the article number refnet's RIS export writes (and Zotero's), is read
// back into Record::number: an RIS export -> import lost it (14 of 1,048
// works of a real library).
TEST_CASE("RIS C7 (article number) is the record's number", "[ris]") {
  Parsed q = ris("TY  - JOUR\nTI  - t\nT2  - J\nVL  - 51\nC7  - 101840\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].number == "101840");
}

TEST_CASE("Ovid MEDLINE RIS: the NLM journal code and ID Ovid writes in IS are no issue", "[ris]") {
  // CiteSource's medline_84.ris (a real Ovid MEDLINE export): 20 of its 84
  // records have IS "uj0, 0330500", "0401664, du5" or "0372347" (the
  // journal's code and NLM ID, when the record has no issue); they were the
  // issue, and BibTeX wrote number = {uj0, 0330500}.
  Parsed p = parse_file(fixture("ris/ovid_nlm_journal_id.ris"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].volume == "895");
  CHECK(p.records[0].issue.empty());
  CHECK(p.records[0].get_extra("IS") == "uj0, 0330500");
  CHECK(has_diag(p.diags, Severity::note, 17, "NLM journal code and ID, not an issue"));
  CHECK(p.records[1].issue.empty());
  CHECK(p.records[1].get_extra("IS") == "0372347");
  CHECK(p.records[2].issue == "7");  // a real issue stays
  // Outside Ovid a bare number is an issue whatever it looks like.
  Parsed q = ris("TY  - JOUR\nTI  - t\nIS  - 0372347\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].issue == "0372347");
}

// audit7: C7 is RIS's article number (Scopus and WoS RIS write it for an
// article without pages: "C7  - 117694" of Forest Ecol. Manage. 455); it was
// kept in extra only, so CSL-JSON and BibTeX had no locator.  The RIS
// exporter writes Record::number as C7: the round trip closes.
TEST_CASE("RIS C7 is the article number", "[ris][audit7]") {
  Parsed p = parse_file(fixture("corpora/synthesisr__Scopus_ris_example.ris"));
  REQUIRE(p.records.size() >= 3);
  CHECK(p.records[0].number == "1722034");
  CHECK(extra_values(p.records[0], "C7").empty());
  CHECK(p.records[2].number == "6");
  // A second C7 stays in extra.
  Parsed q = ris("TY  - JOUR\nTI  - T\nC7  - e42\nC7  - 43\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].number == "e42");
  CHECK(extra_values(q.records[0], "C7") == std::vector<std::string>{"43"});
}

// audit8: ProQuest writes "AU  - Anonymous" for a work with no author
// (citesource__proquest_econlit.ris has the pattern; hand-made here). It is a
// placeholder, not a person: dropped, and said.
TEST_CASE("RIS: the 'Anonymous' placeholder is no author: dropped with a warning", "[ris][audit8]") {
  Parsed p = ris("TY  - JOUR\nAU  - Anonymous\nTI  - Notes on a meeting\nPY  - 2001\nER  - \n"
                 "TY  - JOUR\nAU  - [Anonymous]\nAU  - Smith, J.\nTI  - B\nER  - \n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].authors.empty());
  REQUIRE(p.records[1].authors.size() == 1);
  CHECK(p.records[1].authors[0].family == "Smith");
  REQUIRE(p.diags.items().size() == 2);
  CHECK(p.diags.items()[0].line == 2);
  CHECK(p.diags.items()[0].message.find("placeholder") != std::string::npos);
}

// audit9: the same rule as MEDLINE's MH (medline_import_test): a run of '*'
// opening the heading or a subheading goes, white space around the term
// aside; a '*' elsewhere is part of the term.
TEST_CASE("MeSH major-topic marks: one rule (KW)", "[ris]") {
  Parsed p = ris("TY  - JOUR\nTI  - Marks\nKW  - *Gambling/epidemiology/*psychology\nKW  - **Humans\n"
                 "KW  -  *Adult \nKW  - Gene*Drug Interaction\nKW  - *\nER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].keywords ==
        std::vector<std::string>{"Gambling/epidemiology/psychology", "Humans", "Adult", "Gene*Drug Interaction"});
}

// audit9: TRID (Transport Research International Documentation) writes the
// pages as "SP  - pp 37-64"; BibTeX's "pp. 37--64" is read the same.
TEST_CASE("Pages written with 'pp' are the range", "[ris]") {
  Parsed p = ris("TY  - JOUR\nTI  - T\nSP  - pp 37-64\nER  - \n\nTY  - JOUR\nTI  - U\nSP  - pp. 7\nEP  - 9\nER  - \n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pages == "37-64");
  CHECK(p.records[1].pages == "7-9");
  Parsed b = parse_string("@article{k, title = {T}, pages = {pp. 37--64}}\n");
  REQUIRE(b.records.size() == 1);
  CHECK(b.records[0].pages == "37-64");
}

// audit9: APA PsycNET's RIS (colrev's psycinfo_ris.ris) gives the PubMed ID
// a four-letter tag, "PMID  - 33355555": it was cut into "PM" (skipped) and
// a glued "ID" tag, and the PMID was lost.
TEST_CASE("APA PsycNET: 'PMID  - ' is the PMID", "[ris]") {
  Parsed p = ris("Provider: American Psychological Association\nDatabase: PsycINFO\n"
                 "Content: application/x-research-info-systems\n\n"
                 "TY  - JOUR\nPMID  - 33355555\nID  - 2020-55555-005\nT1  - A title\nER  - \n\n"
                 "TY  - JOUR\nPMID  - not a number\nT1  - Another\nER  - \n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid == "33355555");
  CHECK(p.records[0].citekey != "33355555");
  CHECK(p.diags.warnings() == 1);  // the second record's PMID
  CHECK(p.records[1].pmid.empty());
  CHECK(extra_values(p.records[1], "PMID") == std::vector<std::string>{"not a number"});
}

// audit9: EBSCOhost's PsycINFO RIS names the PMID in the note that opens
// with the record's accession number ("Accession Number: 2022-52282-006.
// PMID: 35165170 Partial author list: ..."; 27 of CiteSource's 64
// PsycINFO records): the record's own PMID, which a PubMed export of the
// same work has.  A PMID further inside a note (a cited work's) is not.
TEST_CASE("EBSCOhost PsycINFO: the PMID after the accession number in N1", "[ris]") {
  Parsed p = ris("TY  - JOUR\nAN  - 2022-52282-006\nT1  - A title\n"
                 "N1  - Accession Number: 2022-52282-006. PMID: 35165170 Partial author list: First Author\nER  - \n\n"
                 "TY  - JOUR\nT1  - Another\nN1  - Accession Number: 2022-1. Other Journal Title: J. Cites PMID: 123\n"
                 "ER  - \n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid == "35165170");
  CHECK(extra_values(p.records[0], "N1").size() == 1);  // the note stays
  CHECK(p.records[1].pmid.empty());
}

// audit9: TRID writes a conference abstract's date as "PY  - Start date:
// 20170812" (ISO 8601 basic form): its year was lost ("20170812 is not a
// year").  Eight digits that make a valid date are one; the words stay as
// the date's text.
TEST_CASE("RIS dates: eight digits of an ISO basic date (TRID)", "[ris]") {
  auto date = [](std::string tags) {
    Parsed p = ris("TY  - ABST\nTI  - T\n" + tags + "ER  - \n");
    REQUIRE(p.records.size() == 1);
    CHECK(p.diags.warnings() == 0);
    return p.records[0].issued;
  };
  CHECK(date("PY  - Start date: 20170812\n") == Date{2017, 8, 12, "Start date: 20170812"});
  CHECK(date("PY  - 20170812\n") == Date{2017, 8, 12, ""});
  // Not a date: a month 19.
  Parsed p = ris("TY  - JOUR\nTI  - T\nPY  - 19931994\nER  - \n");
  CHECK(p.records[0].issued.year == 0);
  CHECK(has_diag(p.diags, Severity::warning, 3, "19931994 is not a year"));
}

// doi17 (issue #11): a DOI taken from a URL, a note or a DO list that needed
// a repair is said, as DO's is.
TEST_CASE("RIS: a DOI repaired from UR, L1, N1 or a DO list is said", "[ris][doi17]") {
  auto one = [](std::string tags) {
    Parsed p = parse_string("TY  - JOUR\nTI  - T\n" + tags + "ER  - \n");
    REQUIRE(p.records.size() == 1);
    return p;
  };
  Parsed ur = one("UR  - https://onlinelibrary.wiley.com/doi/abs/10.1002/xyz.123/abstract\n");
  CHECK(ur.records[0].doi == "10.1002/xyz.123");
  CHECK(ur.records[0].url == "https://onlinelibrary.wiley.com/doi/abs/10.1002/xyz.123/abstract");
  REQUIRE(ur.diags.items().size() == 1);
  CHECK(ur.diags.items()[0].line == 3);
  CHECK(ur.diags.items()[0].message ==
        "UR https://onlinelibrary.wiley.com/doi/abs/10.1002/xyz.123/abstract repaired (publisher page URL removed, "
        "web address tail '/abstract' removed): 10.1002/xyz.123");
  Parsed l1 = one("L1  - https://doi.org/10.1016/j.x.2020.01.001.pdf\n");
  CHECK(l1.records[0].doi == "10.1016/j.x.2020.01.001");
  REQUIRE(l1.diags.items().size() == 1);
  CHECK(l1.diags.items()[0].message.find("repaired (web address tail '.pdf' removed)") != std::string::npos);
  // A resolver URL, a Scopus link: ordinary spellings, nothing said.
  CHECK(one("UR  - https://doi.org/10.1000/ABC\n").diags.items().empty());
  CHECK(one("UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-1&doi=10.1080%2f20964129.2020.1722034\n")
            .diags.items()
            .empty());
  Parsed n1 = one("N1  - DOI: 10.1016/j.x.2011.01.001<br/>Other text\n");
  CHECK(n1.records[0].doi == "10.1016/j.x.2011.01.001");
  REQUIRE(n1.diags.items().size() == 1);
  CHECK(n1.diags.items()[0].message.find("N1 DOI: 10.1016/j.x.2011.01.001<br/>Other repaired (HTML after it removed)") == 0);
  // A note's sentence ends in a period: not a repair.
  CHECK(one("N1  - doi:10.1000/xyz123.\n").diags.items().empty());
  Parsed list = one("DO  - 10.1000/first.; 10.1000/second\n");
  CHECK(list.records[0].doi == "10.1000/first");
  CHECK(has_diag(list.diags, Severity::warning, 3, "DO 10.1000/first. repaired (trailing '.' removed): 10.1000/first"));
  CHECK(has_diag(list.diags, Severity::warning, 3, "DO holds 2 DOIs"));
}

// export18: the RIS sibling of MEDLINE's "2022 Jan-Feb" (PubMed's and
// EndNote's RIS write DP's text in Y1/DA): a range of months is a range.
TEST_CASE("export18: RIS ranges of months are read as ranges", "[ris][export18]") {
  auto date = [](std::string tags) {
    Parsed p = ris("TY  - JOUR\nTI  - T\n" + tags + "ER  - \n");
    REQUIRE(p.records.size() == 1);
    return p.records[0].issued;
  };
  Date d = date("PY  - 2022 Jan-Feb\n");
  CHECK(d == Date{2022, 1, 0, "2022 Jan-Feb", 2022, 2, 0});
  CHECK(date("Y1  - 1 Jan.-Feb. 2019\n") == Date{2019, 1, 0, "1 Jan.-Feb. 2019"});  // a day too: not understood
  CHECK(date("DA  - Jan.-Feb. 2019\n") == Date{2019, 1, 0, "Jan.-Feb. 2019", 2019, 2, 0});
  CHECK(date("DA  - 1998 Dec-1999 Jan\n") == Date{1998, 12, 0, "1998 Dec-1999 Jan", 1999, 1, 0});
  CHECK(date("DA  - 2019 Feb-Jan\n") == Date{2019, 2, 0, "2019 Feb-Jan"});  // backwards: the text
  CHECK(date("PY  - Spring 2018\n") == Date{2018, 0, 0, "Spring 2018"});
}

TEST_CASE("RIS written by R: 'NA' alone (R's missing value) is no value, said once a tag", "[ris]") {
  // CiteSource's AGRIS export (through R): every record has "AB  - NA".
  // Before, 'NA' was each record's abstract (4,704 records of CiteSource's
  // working example), exported as abstract = {NA}.
  Parsed p = parse_file(fixture("corpora/citesource__agris.ris"));
  REQUIRE(p.records.size() == 12);
  for (const Record& r : p.records) {
    CHECK(r.abstract.empty());
    CHECK(r.get_extra("AB").empty());
  }
  std::size_t said = 0;
  for (const Diagnostic& d : p.diags.items())
    if (d.message.find("'NA'") != std::string::npos) {
      ++said;
      CHECK(d.severity == Severity::warning);
      CHECK(d.message.find("12 records") != std::string::npos);
    }
  CHECK(said == 1);
  // Other tags too; "NA" inside a value, or beside other text, is text.
  Parsed q = parse_string("TY  - JOUR\nTI  - Sodium (Na) in soils\nAU  - NA\nAU  - Smith, J.\nVL  - NA\n"
                          "IS  - NA\nDO  - NA\nPY  - 2001\nAB  - NA\nmore text\nER  - \n");
  REQUIRE(q.records.size() == 1);
  const Record& r = q.records[0];
  CHECK(r.title == "Sodium (Na) in soils");
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].family == "Smith");
  CHECK(r.volume.empty());
  CHECK(r.issue.empty());
  CHECK(r.doi.empty());
  CHECK(r.abstract == "NA\nmore text");  // its line break kept, as for any abstract
  for (const Diagnostic& d : q.diags.items()) CHECK(d.message.find("not a DOI") == std::string::npos);
}

TEST_CASE("RIS: a journal's abbreviation in JA, J2 or an abbreviating JO is the container's short title",
          "[ris][pub21]") {
  Parsed p = parse_file(fixture("ris/publisher_downloads.ris"), Format::ris);
  REQUIRE(p.records.size() == 5);
  // Wiley: T2, JF and JO the journal, JA its abbreviation.
  CHECK(p.records[0].container_title == "Public Administration and Development");
  CHECK(p.records[0].container_title_short == "Public Admin. Dev.");
  CHECK(p.records[0].get_extra("JA").empty());
  CHECK(p.records[0].doi == "10.5555/pad.2021.0001");
  // Zotero and Scopus: J2.
  CHECK(p.records[1].container_title == "Government Information Quarterly");
  CHECK(p.records[1].container_title_short == "Gov. Inf. Q.");
  // JO abbreviating T2.
  CHECK(p.records[2].container_title == "Government Information Quarterly");
  CHECK(p.records[2].container_title_short == "Gov Inf Q");
  // ScienceDirect: JO is the journal, nothing abbreviates it.
  CHECK(p.records[3].container_title == "Energy Economics");
  CHECK(p.records[3].container_title_short.empty());
  CHECK(p.records[3].issued.year == 2023);
  CHECK(p.records[3].issued.month == 3);
  // Taylor & Francis: JO repeats the journal; no short title, nothing kept.
  CHECK(p.records[4].container_title == "Central Asian Survey");
  CHECK(p.records[4].container_title_short.empty());
  CHECK(p.records[4].get_extra("JO").empty());
}

TEST_CASE("RIS: MDPI's 'KW  - n/a' is no keyword, said once a file", "[ris][pub21]") {
  Parsed p = parse_file(fixture("corpora/citation-file-formatting__mdpi.ris"), Format::ris);
  REQUIRE(p.records.size() == 11);
  CHECK(p.records[0].title == "Oil and the Best Brain of the 20th Century");
  CHECK(p.records[0].keywords.empty());
  CHECK(has_diag(p.diags, Severity::warning, 12, "KW 'n/a' in 1 record read as no keyword"));
  // Other keywords stay, and "n/a" inside a keyword list is text.
  Parsed q = ris("TY  - JOUR\nTI  - A\nKW  - n/a\nER  - \nTY  - JOUR\nTI  - B\nKW  - N/A\nER  - \n"
                 "TY  - JOUR\nTI  - C\nKW  - birds; n/a values; imputation\nER  - \n");
  REQUIRE(q.records.size() == 3);
  CHECK(q.records[0].keywords.empty());
  CHECK(q.records[1].keywords.empty());
  CHECK(q.records[2].keywords == std::vector<std::string>{"birds", "n/a values", "imputation"});
  CHECK(has_diag(q.diags, Severity::warning, 3, "KW 'n/a' in 2 records"));
}

TEST_CASE("RIS and BibTeX: EndNote's '<Go to ISI>://WOS:...' link is the record's UT, not its URL", "[ris][bibtex][pub21]") {
  Parsed p = parse_file(fixture("ris/endnote_isi_links.ris"), Format::ris);
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].wos_ut == "WOS:000123456700001");
  CHECK(p.records[0].url == "https://doi.org/10.5555/endnote.2");
  CHECK(p.records[0].extra.empty());
  CHECK(p.records[1].wos_ut == "WOS:000123456700002");
  CHECK(p.records[1].url == "https://example.org/article/3");
  CHECK(p.records[1].extra.empty());
  // The record's own AN wins; the link that disagrees stays, said.
  CHECK(p.records[2].wos_ut == "WOS:A1997XW32100009");
  CHECK(p.records[2].url.empty());
  CHECK(p.records[2].get_extra("UR") == "<Go to ISI>://A1997XW32100005");
  CHECK(has_diag(p.diags, Severity::warning, 26, "disagrees"));
  // EndNote's BibTeX writes the same link first in url, the address after it.
  Parsed b = parse_string("@article{RN123,\n   author = {Doe, Jane},\n   title = {EndNote written},\n"
                          "   journal = {Journal of Things},\n   year = {2020},\n"
                          "   url = {<Go to ISI>://WOS:000123456700001\nhttps://doi.org/10.5555/endnote.1},\n"
                          "   type = {Journal Article}\n}\n",
                          Format::bibtex);
  REQUIRE(b.records.size() == 1);
  CHECK(b.records[0].wos_ut == "WOS:000123456700001");
  CHECK(b.records[0].url == "https://doi.org/10.5555/endnote.1");
  // A link that disagrees with the entry's own identifier: the same words in
  // every reader (RIS above, BibTeX, EndNote XML), the link kept.
  CHECK(has_diag(p.diags, Severity::warning, 26, "UR <Go to ISI>://A1997XW32100005 disagrees with the record's identifier "
                                                 "WOS:A1997XW32100009: kept as extra field"));
  Parsed c = parse_string("@article{RN124,\n  author = {Doe, Jane},\n  title = {Two identifiers},\n  year = {2020},\n"
                          "  unique-id = {WOS:000123456700009},\n  url = {<Go to ISI>://WOS:000123456700001},\n}\n",
                          Format::bibtex);
  REQUIRE(c.records.size() == 1);
  CHECK(c.records[0].wos_ut == "WOS:000123456700009");
  CHECK(c.records[0].get_extra("url") == "<Go to ISI>://WOS:000123456700001");
  CHECK(has_diag(c.diags, Severity::warning, 6, "url <Go to ISI>://WOS:000123456700001 disagrees with the record's "
                                                "identifier WOS:000123456700009: kept as extra field"));
}

TEST_CASE("Web of Science RIS: A1 is the book's or proceedings' authors, not the item's", "[ris]") {
  // A real WoS RIS export (46 of 206 records, conference papers, "A1 - IEEE"
  // after the AU lines) gave each paper one author too many, and a WoS book
  // chapter its author twice: A1 holds WoS's BA and GP, the authors of the
  // book or proceedings, as the tagged export's GP does (kept in extra).
  Parsed p = parse_file(fixture("ris/wos_book_authors.ris"));
  REQUIRE(p.records.size() == 4);
  CHECK(families(p.records[0]) == std::vector<std::string>{"Lee", "Hung"});
  CHECK(extra_values(p.records[0], "A1") == std::vector<std::string>{"IEEE"});
  CHECK(families(p.records[1]) == std::vector<std::string>{"Hampton"});
  CHECK(extra_values(p.records[1], "A1") == std::vector<std::string>{"Hampton, T"});
  // Without AU, A1 are the authors; outside WoS, A1 and AU both are.
  CHECK(families(p.records[2]) == std::vector<std::string>{"Smith", "Jones"});
  CHECK(families(p.records[3]) == std::vector<std::string>{"Smith", "Jones"});
}

TEST_CASE("RIS: HTML character references in values are decoded, said once a file", "[ris]") {
  // Scopus's RIS of 2019-2020 escapes '<', '>' and '&' in abstracts and
  // titles (revtools' examples/restoration_scopus.ris: 14 abstracts,
  // litsearchr's inst/extdata/scopus.ris: 7, "p &lt; 0.05", "Siebold. &amp;
  // Zucc."); Nature's RIS writes "Alzheimer&#39;s disease", an EBSCO RIS
  // 'Reforesting &quot;bare hills&quot;'.  They were kept as written.
  Parsed p = ris("TY  - JOUR\nTI  - Alzheimer&#39;s disease and &quot;bare hills&quot;\n"
                 "AB  - Pine (Pinus densiflora Siebold. &amp; Zucc.) grew more (p &lt; 0.05) where\n"
                 "soil N &gt; 2 g; the exponent 1&lt;p\xE2\x89\xA4" "2 and R&D; AT&T\nER  - \n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Alzheimer's disease and \"bare hills\"");
  CHECK(r.abstract ==
        "Pine (Pinus densiflora Siebold. & Zucc.) grew more (p < 0.05) where\nsoil N > 2 g; the exponent "
        "1<p\xE2\x89\xA4" "2 and R&D; AT&T");
  CHECK(has_diag(p.diags, Severity::warning, 2, "HTML character references"));
  CHECK(p.diags.items().size() == 1);
  // Escaped markup is rich text as before ("&lt;i&gt;" -> <i>), and a '&'
  // that opens no reference is kept.
  Parsed q = ris("TY  - JOUR\nTI  - Salmonella &lt;i&gt;enterica&lt;/i&gt; in R&D\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].title == "Salmonella <i>enterica</i> in R&D");
}

TEST_CASE("A record with one KW line per keyword keeps the ';' inside a descriptor", "[ris]") {
  // EconLit via EBSCOhost (ESHackathon/CiteSource, new_stage_data/econlit_3.ris): JEL descriptors hold ';', one a
  // line; APA PsycInfo's classification lines the same ("0410:group interactions; social group identity ...").
  Parsed p = ris(
      "TY  - THES\nAU  - Ma, Qiuhua\nT1  - Systematic Investigation of the Effect of Wildfire Events\n"
      "KW  - Renewable Resources and Conservation: Forestry Q23\n"
      "KW  - Climate; Natural Disasters and Their Management; Global Warming Q54\n"
      "KW  - Ecological Economics: Ecosystem Services; Biodiversity Conservation; Bioeconomics; Industrial Ecology Q57\n"
      "ER  - \n"
      "TY  - JOUR\nTI  - Ovid writes its list on one line\nKW  - seafarers;  disability;  telemedicine\nER  - \n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].keywords ==
        std::vector<std::string>{"Renewable Resources and Conservation: Forestry Q23",
                                 "Climate; Natural Disasters and Their Management; Global Warming Q54",
                                 "Ecological Economics: Ecosystem Services; Biodiversity Conservation; Bioeconomics; "
                                 "Industrial Ecology Q57"});
  CHECK(p.records[1].keywords == std::vector<std::string>{"seafarers", "disability", "telemedicine"});
}

TEST_CASE("Embase's volume '18 (8) (no pagination)' is volume 18, issue 8; the issue field's number the article number",
          "[ris]") {
  // fixtures/ris/embase_no_pagination.ris (origins in fixtures/ris/SOURCES.md):
  // five rows of ASySD's labelled set as EndNote passed Embase on (volume
  // "18 (8) (no pagination)", the article number in the issue field), and
  // two Ovid CENTRAL records whose issue is Embase's cut at its first
  // bracket ("7) (no pagination").  The volume was kept as written.
  Parsed p = parse_file(fixture("ris/embase_no_pagination.ris"));
  REQUIRE(p.records.size() == 7);
  const auto& r = p.records;
  CHECK(r[0].volume == "18");
  CHECK(r[0].issue == "8");
  CHECK(r[0].number == "1704");
  CHECK(has_diag(p.diags, Severity::note, 8,
                 "volume '18 (8) (no pagination)' is Embase's for an article without pages: read as volume 18, issue 8, "
                 "the issue field's 1704 the article number"));
  CHECK((r[1].volume == "16" && r[1].issue == "1" && r[1].number == "143" && r[1].pages == "143"));
  CHECK((r[2].volume == "9" && r[2].issue == "8" && r[2].number == "e103114"));
  // No issue inside the volume: the issue field stays.
  // Its SP 6305735 is the article number (dedup58: six digits or more without a range).
  CHECK((r[3].volume == "2016" && r[3].issue == "6305735" && r[3].number == "6305735" && r[3].pages.empty()));
  CHECK((r[4].volume == "8" && r[4].issue == "JAN" && r[4].number == "15"));
  CHECK((r[5].volume == "9" && r[5].issue == "APR"));
  CHECK((r[6].volume == "19" && r[6].issue == "7"));
  CHECK(has_diag(p.diags, Severity::note, 83, "issue '7) (no pagination' is Embase's '(7) (no pagination)' cut at its first "
                                              "bracket: read as issue 7"));
  // And (ovid37) each CENTRAL record's "TY - ELEC" naming a journal, its
  // volume and issue: a journal article, said.
  CHECK((r[5].type == "article-journal" && r[6].type == "article-journal"));
  CHECK(std::count_if(p.diags.items().begin(), p.diags.items().end(),
                      [](const auto& d) { return d.severity == Severity::note; }) == 7 + 2 + 1);  // + the article number (dedup58)
  // An issue field that says something else, or an article number beside
  // another one: both fields as written.
  Parsed q = ris("TY  - JOUR\nTI  - t\nVL  - 18 (8) (no pagination)\nIS  - Suppl 2\nER  - \n"
                 "TY  - JOUR\nTI  - t\nVL  - 18 (8) (no pagination)\nIS  - 1704\nC7  - 1705\nER  - \n"
                 "TY  - JOUR\nTI  - t\nVL  - 12 (Supplement 3) (no pagination)\nER  - \n");
  REQUIRE(q.records.size() == 3);
  CHECK((q.records[0].volume == "18 (8) (no pagination)" && q.records[0].issue == "Suppl 2"));
  CHECK((q.records[1].volume == "18 (8) (no pagination)" && q.records[1].issue == "1704"));
  CHECK((q.records[2].volume == "12" && q.records[2].issue == "Supplement 3"));
}

// EconLit (ProQuest; CiteSource's working_example_data/EconLit.ris, ESHackathon/CiteSource @ea6f159, GPL-3.0: 6 of
// its 50 records; found by audit30) lists an edited book's editors in AU and ends the list with "eds" ("AU  - Takada,
// Mitsuo eds"), one editor with "ed": the mark was the last name's given name ("Mitsuo eds") and the editors were
// authors.  "Witkowski, Ed" (the same project's RM.ris) is a man named Ed.
TEST_CASE("RIS: EconLit's 'eds' after the last name marks the names as editors", "[ris][audit30]") {
  Parsed p = parse_file(fixture("ris/econlit_editor_mark.ris"));
  REQUIRE(p.records.size() == 2);
  const Record& two = p.records[0];
  CHECK(two.authors.empty());
  REQUIRE(two.editors.size() == 2);
  CHECK(two.editors[0].family == "Asano");
  CHECK(two.editors[1].family == "Takada");
  CHECK(two.editors[1].given == "Mitsuo");
  const Record& one = p.records[1];
  CHECK(one.authors.empty());
  REQUIRE(one.editors.size() == 1);
  CHECK(one.editors[0].given == "Gordon C.");
  std::size_t said = 0;
  for (const auto& d : p.diags.items()) said += d.message.find("EconLit's editor mark") != std::string::npos;
  CHECK(said == 2);
  Parsed ed = parse_string("TY  - JOUR\nAU  - Witkowski, Ed\nTI  - A title\nER  - \n");
  REQUIRE(ed.records.size() == 1);
  REQUIRE(ed.records[0].authors.size() == 1);
  CHECK(ed.records[0].authors[0].given == "Ed");
  Parsed chapter = parse_string("TY  - CHAP\nAU  - Smith, Ann eds\nA2  - Jones, Bo\nTI  - A title\nER  - \n");
  REQUIRE(chapter.records.size() == 1);
  REQUIRE(chapter.records[0].authors.size() == 1);
  CHECK(chapter.records[0].authors[0].given == "Ann");
  CHECK(chapter.records[0].editors.size() == 1);
}

// "DA  - 03/2018" (month/year) beside "PY  - 2018" (ESHackathon/CiteSource @ea6f159
// vignettes/benchmark_data/Benchmarking.ris, GPL-3.0, an EndNote library's record from Crossref; found by audit30):
// said to have no year, the month lost to extra.  It is March 2018.
TEST_CASE("RIS: DA 'MM/YYYY' is a month and a year", "[ris][audit30]") {
  Parsed p = parse_file(fixture("ris/endnote_da_month_year.ris"));
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].issued.year == 2018);
  CHECK(p.records[0].issued.month == 3);
  CHECK(p.records[0].get_extra("DA").empty());
  CHECK(p.diags.warnings() == 0);
  CHECK(show(parse_ris_date("03/2018")) == "2018/3/0/");
  CHECK(show(parse_ris_date("13/2018")) != "2018/13/0/");
  CHECK(show(parse_ris_date("2018/03")) == "2018/3/0/");
}

// pmid33 (issue 11): Dimensions' RIS labels the PubMed ID and the PMCID it
// writes in U1 ("U1  - 35957633 [PMID]", "U1  - PMC9359172 [PMCID]"; 76 of
// CiteSource's Dimensions_246.ris): both stayed raw extras, so 'refnet show
// pmid:35957633' found no work and dedup could not use them.
TEST_CASE("Dimensions RIS: U1 labelled [PMID] and [PMCID] are the PMID and PMCID", "[ris]") {
  Parsed p = parse_file(fixture("ris/dimensions_pmid_labels.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid == "35957633");
  CHECK(p.records[0].pmcid == "PMC9359172");
  CHECK(extra_values(p.records[0], "U1").empty());
  CHECK(p.records[1].pmid == "37931734");
  CHECK(p.records[1].pmcid.empty());
  CHECK(extra_values(p.records[1], "U1").empty());
  CHECK(p.diags.warnings() == 0);
}

// Any U1-U5 or M1-M2 tag, any spacing and case of the label; a second value
// that disagrees, or a value that is no such ID, stays in extra and is said.
TEST_CASE("RIS: a value labelled [PMID] or [PMCID] in any U or M tag", "[ris]") {
  Parsed p = ris("TY  - JOUR\nTI  - A\nU3  - 123456[pmid]\nM1  -   PMC42  [ PMCID ]  \nER  - \n\n"
                 "TY  - JOUR\nTI  - B\nU1  - 111 [PMID]\nU2  - 222 [PMID]\nU1  - 111 [PMID]\nER  - \n\n"
                 "TY  - JOUR\nTI  - C\nU1  - n/a [PMID]\nU4  - 9359172 [PMCID]\nU5  - 35957633\nER  - \n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pmid == "123456");
  CHECK(p.records[0].pmcid == "PMC42");
  CHECK(p.records[0].extra.empty());
  CHECK(p.records[1].pmid == "111");
  CHECK(extra_values(p.records[1], "U2") == std::vector<std::string>{"222 [PMID]"});
  CHECK(extra_values(p.records[1], "U1").empty());  // the same PMID twice: one
  CHECK(p.records[2].pmid.empty());
  CHECK(p.records[2].pmcid.empty());
  CHECK(extra_values(p.records[2], "U1") == std::vector<std::string>{"n/a [PMID]"});
  CHECK(extra_values(p.records[2], "U4") == std::vector<std::string>{"9359172 [PMCID]"});
  CHECK(extra_values(p.records[2], "U5") == std::vector<std::string>{"35957633"});  // no label: not taken
  CHECK(p.diags.warnings() == 3);  // 222, n/a, 9359172
}

// pmid33: Ovid MEDLINE's RIS (CiteSource's medline_84.ris) has no PMID field:
// the PMID is the accession number in the L2 link "ovidweb.cgi?...&D=medp&
// NEWS=N&AN=39012781" (MEDLINE's D=med*, PubMed-not-MEDLINE's D=pmnm*; the
// ANs of all 87 works medline_84 shares by DOI with Dimensions and Lens are
// their PMIDs).  Only when DB names Ovid MEDLINE: Embase's AN is Embase's.
TEST_CASE("Ovid MEDLINE RIS: the PMID is the AN of the L2 link", "[ris]") {
  Parsed p = parse_file(fixture("ris/ovid_medline_an_links.ris"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].pmid == "39012781");
  CHECK(p.records[1].pmid == "37349294");
  CHECK(extra_values(p.records[0], "L2").size() == 1);  // the link stays
  Parsed e = ris("TY  - JOUR\nTI  - E\nDB  - Embase\n"
                 "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=emed21&NEWS=N&AN=2010123456\nER  - \n\n"
                 "TY  - JOUR\nTI  - M\nDB  - Ovid MEDLINE(R)\nU1  - 1 [PMID]\n"
                 "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=med22&NEWS=N&AN=2\nER  - \n");
  REQUIRE(e.records.size() == 2);
  CHECK(e.records[0].pmid.empty());
  CHECK(e.records[1].pmid == "1");
  CHECK(e.diags.warnings() == 1);  // the link's other PMID
}

TEST_CASE("audit34: Zotero's RIS of a thesis writes its number of pages in SP: no pages", "[ris]") {
  // Two theses of a Zotero RIS export (mq-cah/PublicHistTheses, CC-BY-SA
  // 4.0): "SP  - 352, 266" and "SP  - 93", the number of pages (Zotero's
  // numPages, which its RIS import reads back from SP of a book, thesis or
  // manuscript).  Before, they were the theses' pages, and the BibTeX
  // export wrote "pages = {352, 266}" for a @phdthesis.
  Parsed p = parse_file(fixture("ris/zotero_thesis_page_count.ris"), Format::ris);
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].type == "thesis");
  CHECK(p.records[0].pages.empty());
  CHECK(p.records[0].get_extra("SP") == "352, 266");
  CHECK(p.records[1].pages.empty());
  CHECK(p.records[1].get_extra("SP") == "93");
  CHECK(has_diag(p.diags, Severity::warning, 8, "SP 352, 266 of a whole thesis is its number of pages"));
  // A chapter's SP and a book's range stay pages.
  Parsed q = parse_string("TY  - CHAP\nTI  - A chapter\nSP  - 93\nER  - \n\nTY  - BOOK\nTI  - A book\nSP  - 12\nEP  - 40\nER  - \n",
                        Format::ris);
  REQUIRE(q.records.size() == 2);
  CHECK(q.records[0].pages == "93");
  CHECK(q.records[1].pages == "12-40");
}

TEST_CASE("audit34: 'Teufel II, Ronald J' beside A1 lines written 'Last, First' is one person", "[ris]") {
  // A record of a RIS file a tool wrote from Web of Science records
  // (andpir55/systematic_review test1.ris): "A1 - Teufel II, Ronald J",
  // then "Yu Jr., Feliciano B", "Nakamura, Mari M".  Before, the first was
  // read as two people written "Family Initials" and separated by a comma
  // ("Teufel" given "II", "Ronald" given "J"), said as a list: six authors
  // of five.
  Parsed p = parse_file(fixture("ris/wos_tool_suffix_name.ris"), Format::ris);
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[0].family == "Teufel");
  CHECK(r.authors[0].suffix == "II");
  CHECK(r.authors[0].given == "Ronald J");
  CHECK(r.authors[2].family == "Nakamura");
  for (const auto& d : p.diags.items()) CHECK(d.message.find("separated by commas") == std::string::npos);
  // "Family Initials" lists stay lists, on one AU line or beside others
  // like them (no line written "Last, First").
  Parsed q = parse_string("TY  - JOUR\nTI  - T\nAU  - Khan A.U., Atlas F.\nER  - \n", Format::ris);
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].authors.size() == 2);
  Parsed s = parse_string("TY  - JOUR\nTI  - T\nAU  - Khan AU, Atlas F\nAU  - Ebron GP, Lee K\nER  - \n", Format::ris);
  REQUIRE(s.records.size() == 1);
  CHECK(s.records[0].authors.size() == 4);
}

TEST_CASE("Ovid MEDLINE RIS: NLM's closing period leaves the title; SP 809 EP 19 is 809-819", "[ris][medline]") {
  // The new user's Ovid MEDLINE export (CiteSource's six_databases medline_84.ris):
  // "title = {A systematic review of ... USA.}" and "pages = {809--19}" in BibTeX.
  Parsed p = parse_file(fixture("corpora/citesource__ovid_medline_84.ris"));
  REQUIRE(p.records.size() == 84);
  std::size_t dots = 0, burro = 0;
  for (const Record& r : p.records) {
    dots += !r.title.empty() && r.title.back() == '.';
    if (r.title.rfind("A systematic review of wild burro grazing", 0) != 0) continue;
    ++burro;
    CHECK(r.title == "A systematic review of wild burro grazing effects on Mojave Desert vegetation, USA");
    CHECK(r.pages == "809-819");
  }
  CHECK(burro == 1);
  CHECK(dots == 0);  // 84 before
  // The period of an abbreviation or an initial stays; a title of no MEDLINE record keeps its own.
  Parsed q = parse_string(
      "TY  - JOUR\nTI  - Air quality in the U.S.\nDB  - Ovid MEDLINE(R)\nSP  - 1234\nEP  - 56\nER  - \n\n"
      "TY  - JOUR\nTI  - Why we fight.\nDB  - Scopus\nSP  - xi\nEP  - xv\nER  - \n\n"
      "TY  - JOUR\nTI  - [Effects of smoke on the lung].\nDP  - EBSCOhost\nDB  - MEDLINE\nSP  - 99\nEP  - 101\nER  - \n");
  REQUIRE(q.records.size() == 3);
  CHECK(q.records[0].title == "Air quality in the U.S.");
  CHECK(q.records[0].pages == "1234-1256");
  CHECK(q.records[1].title == "Why we fight.");
  CHECK(q.records[1].pages == "xi-xv");
  CHECK(q.records[2].title == "Effects of smoke on the lung");  // NLM's translated title: no brackets
  CHECK(q.records[2].pages == "99-101");
}

TEST_CASE("Lens RIS: a title bold from end to end is read without the bold, and a degree glued to a name is dropped", "[ris][rich]") {
  // A Lens record of CiteSource's six_databases lens_343.ris (fixtures/SOURCES.md):
  // TI "<b>Short-term exposure to wildfire-specific PM</b><sub><strong>2.5</strong></sub><b> and ...</b>",
  // kept as bold rich text ("\textbf{...}" in BibTeX); AU "Zhang Msci, Yiwen".
  Parsed p = parse_file(fixture("ris/lens_bold_title_degree.ris"));
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  CHECK(r.title == "Short-term exposure to wildfire-specific PM\u2082.\u2085 and hospitalization for diabetes morbidity: a "
                   "study in multiple countries/territories");
  REQUIRE(r.authors.size() == 28);
  CHECK(r.authors[0].family == "Zhang");
  CHECK(r.authors[0].given == "Yiwen");
  CHECK(has_diag(p.diags, Severity::warning, 2, "'Msci'"));
  CHECK(has_diag(p.diags, Severity::warning, 35, "bold from end to end"));
  // Bold on a part of a title is the author's and stays.
  Parsed q = parse_string("TY  - JOUR\nTI  - Why <b>both</b> <i>Drosophila</i> wings fold\nER  - \n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].title == "Why <b>both</b> <i>Drosophila</i> wings fold");
  CHECK(q.diags.warnings() == 0);
}

TEST_CASE("Ovid's older RIS names no database: its link's D=med says MEDLINE, and NLM's period goes", "[ris][medline]") {
  // A record of an Ovid MEDLINE search exported as RIS without DB (the
  // session-27 colandr-ovid set, 0_Ovid_search_results_1_to_1000.ris, cut):
  // 1,081 of 1,188 titles of two such files kept the closing period.
  Parsed p = parse_string(
      "TY  - JOUR\nID  - 5702524\nT1  - [Influence of MAO inhibitors on psilocybine induced psychosis].\n"
      "T2  - Ovlvineni experimntalnich psychoz po psilocybinu inhibitory MAO.\nA1  - Vojtechovsky, M\nY1  - 1968//\n"
      "JF  - Activitas nervosa superior\nVL  - 10\nIS  - 3\nSP  - 278\nEP  - 9\n"
      "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=med1&NEWS=N&AN=5702524\nER  -\n\n"
      // PsycINFO through Ovid ends its titles so too (127 of 130 in 0_Ovid_search_results_3001_to_3130.ris).
      "TY  - JOUR\nID  - 1972-02406-001\n"
      "T1  - On similar linguistic structures in creative performance and psilocybin-induced experience.\n"
      "A1  - Landon, M\nY1  - 1970//\nJF  - Confinia Psychiatrica\nVL  - 13\nSP  - 115\nEP  - 138\n"
      "L2  - http://ovidsp.ovid.com/ovidweb.cgi?T=JS&PAGE=reference&D=psyc2&NEWS=N&AN=1972-02406-001\nER  -\n");
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].title == "Influence of MAO inhibitors on psilocybine induced psychosis");
  CHECK(p.records[0].pages == "278-279");
  CHECK(p.records[1].title == "On similar linguistic structures in creative performance and psilocybin-induced experience");
  CHECK(p.records[1].pages == "115-138");
}

TEST_CASE("IEEE Xplore's EP '2113 vol.3': the volume of the proceedings, not part of the last page", "[ris]") {
  // IEEE Xplore's RIS of older proceedings printed in volumes writes the
  // volume after the last page (pedrohnv/doutorado's ieee.ris: 4 of 83
  // records, "2113 vol.3", "34 vol.2"; that repository has no licence, so
  // these records are written after its layout).  The pages were
  // "2107-2113 vol.3", which no style prints right and dedup compared raw.
  Parsed p = ris("TY  - CONF\n"
                 "TI  - Occupational exposure assessment for power frequency electromagnetic fields\n"
                 "T2  - IECEC-97 Proceedings of the Thirty-Second Intersociety Energy Conversion Engineering Conference\n"
                 "SP  - 2107\n"
                 "EP  - 2113 vol.3\n"
                 "AU  - A. S. Farag\n"
                 "PY  - 1997\n"
                 "ER  - \n"
                 "TY  - CONF\n"
                 "TI  - Internal currents in a human body with spheroidal model in a switching substation\n"
                 "T2  - 1999 Eleventh International Symposium on High Voltage Engineering\n"
                 "SP  - 31\n"
                 "EP  - 34 vol.2\n"
                 "AU  - S. Reivonen\n"
                 "PY  - 1999\n"
                 "VL  - 2\n"
                 "ER  - \n"
                 "TY  - CONF\n"
                 "TI  - A paper whose record gives another volume\n"
                 "T2  - Some Proceedings\n"
                 "SP  - 10\n"
                 "EP  - 12 vol. 4\n"
                 "AU  - J. Smith\n"
                 "PY  - 1999\n"
                 "VL  - 45\n"
                 "ER  - \n");
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].pages == "2107-2113");
  CHECK(p.records[0].volume == "3");
  CHECK(has_diag(p.diags, Severity::warning, 5, "vol.3"));
  CHECK(p.records[1].pages == "31-34");
  CHECK(p.records[1].volume == "2");
  // Another volume in VL: VL stays, the EP's kept in extra, both said.
  CHECK(p.records[2].pages == "10-12");
  CHECK(p.records[2].volume == "45");
  CHECK(has_diag(p.diags, Severity::warning, 22, "vol. 4"));
}
