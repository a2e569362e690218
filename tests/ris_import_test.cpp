// The RIS importer on real exports (Scopus, Web of Science, PubMed, Zotero,
// IEEE, Pure pages, rispy's and Zotero's edge cases) and on the malformed
// input a reference manager meets.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>

#include "refnet/text.hpp"
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
  CHECK(r.issued.year == 2018);
  CHECK(r.issued.month == 1);
  CHECK(r.issued.day == 1);
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
  CHECK(extra_values(r, "AN") == std::vector<std::string>{"WOS:000082252000006"});
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
  CHECK(extra_values(r, "AN") == std::vector<std::string>{"WOS:000082252000006"});
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
  CHECK(extra_values(out[0], "AN") == std::vector<std::string>{"WOS:1"});
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
  CHECK(extra_values(r, "J2") == std::vector<std::string>{"J Gambl Stud"});
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
    CHECK(extra_values(r, "JA") == std::vector<std::string>{"Orthop. J. Sports Med."});
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
    const Record& r = p.records[0];
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
  SECTION("records with only notes are rejected, each at its TY line") {
    Parsed p = parse_file(fixture("corpora/rispy__example_multiline.ris"));
    CHECK(p.records.empty());
    CHECK(p.stats.rejected == 3);
    CHECK(has_diag(p.diags, Severity::error, 1, "no title"));
    CHECK(has_diag(p.diags, Severity::error, 8, "no title"));
    CHECK(has_diag(p.diags, Severity::error, 17, "no title"));
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
  CHECK(refs == 2683);
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
  // A DA of another year (an access date) does not change PY's date.
  Parsed p = ris("TY  - JOUR\nTI  - T\nPY  - 2010\nDA  - 2021/03/04\nER  - \n");
  CHECK(p.records[0].issued == Date{2010, 0, 0, ""});
  CHECK(p.records[0].get_extra("DA") == "2021/03/04");
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
  CHECK(a.get_extra("J2") == "J Things");
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
  CHECK(rec("N1  - Published online, doi:10.1000/xyz123.\n").doi == "10.1000/xyz123");
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
      "TY  - JOUR\nTI  - T\nKW  - alpha; beta\nKW  - Alpha\nKW  - gamma\nUR  - http://a.example http://b.example\n"
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
  CHECK(p.diags.items().empty());
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
    CHECK(p.records[0].title == "Title %%%% garbage \x01");
    CHECK(p.diags.errors() == 0);
  }
  SECTION("nothing to identify the record by: an error at its TY line, the next one goes on") {
    Parsed p = ris("\nTY  - JOUR\nPB  - Someone\nER  - \nTY  - JOUR\nTI  - Next\nER  - \n");
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
    CHECK(p.records.size() >= last);  // more text never loses a record
    last = p.records.size();
  }
  CHECK(last == 3);
}
