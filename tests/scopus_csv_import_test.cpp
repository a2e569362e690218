// The Scopus CSV importer on real exports of two layouts (43 columns with
// comma-separated authors; 46 columns with "Author full names") and on
// malformed rows.
#include <catch2/catch.hpp>

#include <algorithm>

#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::size_t count_refs(const Parsed& p) {
  std::size_t n = 0;
  for (const Record& r : p.records) n += r.references.size();
  return n;
}

}  // namespace

TEST_CASE("umbrella-review scopus.csv: the 43-column layout", "[scopus_csv]") {
  Parsed p = parse_file(fixture("corpora/umbrella-review__scopus.csv"));
  CHECK(p.diags.errors() == 0);
  // One: Scopus's cited references hold UTF-8 read as Windows-1252 ("Cahiers
  // de GÃ©ographie Du QuÃ©bec", "Demonstration:â€¯:"), repaired (lead60).  Six more since session 68: what the
  // cited-reference parser left out of the references' fields, once a file per kind (links, access notes, a series,
  // a title written twice, a note of state, a note after a quoted title, "In" before a book's name).
  CHECK(p.diags.warnings() == 8);
  CHECK(said(p, "cited references: ") == 7);
  CHECK(said(p, "read as Windows-1252") == 1);
  REQUIRE(p.records.size() == 29);
  // Split on every "; " the column holds 3193 pieces; 25 of those "; " are
  // inside a title ("Assessment of urban resilience; a case study") or an
  // editor's note ("Eds.; Springer: Cham").  (db21: 3168 before a reference
  // opening with its address, "...(2009), Teddington UK; https://mcr2030.undrr.org/...,
  // UNDRR, 2017a. Disaster resilience scorecard for cities", was told apart.)
  CHECK(count_refs(p) == 3169);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "scopus-csv");
  CHECK(r.provenance.line == 2);
  CHECK(r.title == "Critical review of urban community resilience indicators");
  REQUIRE(r.authors.size() == 4);
  CHECK(r.authors[0].family == "Osei-Kyei");
  CHECK(r.authors[0].given == "R.");
  REQUIRE(r.authors[1].affiliations.size() == 1);
  CHECK(r.authors[1].affiliations[0] == "School of Engineering Design and Built Environment, Western Sydney University, Sydney, Australia");
  CHECK(r.issued.year == 2023);
  CHECK(r.container_title == "Smart and Sustainable Built Environment");
  CHECK(r.container_title_short == "Smart Sustain. Built Environ.");
  CHECK(r.doi == "10.1108/sasbe-08-2022-0180");
  CHECK(r.issn == std::vector<std::string>{"2046-6099"});
  CHECK(r.language == "English");
  CHECK(r.publisher == "Emerald Publishing");
  CHECK(r.scopus_eid == "2-s2.0-85148611336");
  CHECK(starts_with(r.url, "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85148611336"));
  CHECK(r.get_extra("Document Type") == "Review");
  CHECK(r.get_extra("Author(s) ID") == "56538672500;7005091994;57217085609;57208772795;");
  CHECK(r.keywords == std::vector<std::string>{"Criteria", "Disasters", "Indicators", "Resilience", "Urban community"});
  REQUIRE(!r.references.empty());
  const Reference& x = r.references[0];
  CHECK(x.author == "Aksha, S.K.");
  CHECK(x.title == "Benchmarking community disaster resilience in Nepal");
  CHECK(x.year == "2020");
  CHECK(x.container == "International Journal of Environmental Research and Public Health");
  CHECK(x.volume == "17");
  CHECK(x.first_page == "1985");
}

TEST_CASE("poultrybibliometric scopus.csv: the 46-column layout of 2023", "[scopus_csv]") {
  Parsed p = parse_file(fixture("corpora/poultrybibliometric__scopus.csv"));
  CHECK(p.diags.errors() == 0);
  // Session 68: the cited references' GB/T 7714 marks ("[J]") and language notes ("(in Chinese)") left out, and a
  // name written out read as the author ("Tengfei Li, Study on ...") said, once a file per kind.
  CHECK(p.diags.warnings() == 3);
  CHECK(said(p, "cited references: ") == 3);
  REQUIRE(p.records.size() == 69);
  CHECK(std::count_if(p.records.begin(), p.records.end(), [](const Record& r) { return r.doi.empty(); }) == 8);
  CHECK(std::count_if(p.records.begin(), p.records.end(), [](const Record& r) { return r.type == "paper-conference"; }) == 44);
  CHECK(std::count_if(p.records.begin(), p.records.end(), [](const Record& r) { return r.type == "chapter"; }) == 2);
  CHECK(std::count_if(p.records.begin(), p.records.end(), [](const Record& r) {
          return r.abstract.empty() && !r.get_extra("Abstract").empty();
        }) == 2);  // [No abstract available]
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[0].family == "Basarygina");  // from "Basarygina, E.M. (56069038200)"
  CHECK(r.authors[0].given == "E.M.");
  CHECK(r.authors[0].affiliations == std::vector<std::string>{
                                         "Department of Mathematical and Natural Sciences, South Ural State Agrarian University, Russian Federation"});
  CHECK(r.number == "012027");
  CHECK(r.volume == "699");
  CHECK(r.issue == "1");
  CHECK(r.issn == std::vector<std::string>{"1755-1307"});
  CHECK(r.type == "paper-conference");
  const Record& review = p.records[1];
  REQUIRE(review.references.size() > 10);
  const Reference& x = review.references[0];
  CHECK(x.author == "Akkamis M.");
  CHECK(x.title == "Comparative appraisal of three low-cost GPS speed sensors with different data update frequencies");
  CHECK(x.container == "AgriEngineering");
  CHECK(x.volume == "3");
  CHECK(x.first_page == "423");
  CHECK(x.year == "2021");
}

TEST_CASE("Scopus CSV: columns found by name in any order; malformed rows are said and skipped", "[scopus_csv]") {
  std::string text =
      "\"Title\",\"EID\",\"Authors\",\"Funding Text 2\",\"Year\"\n"
      "\"First\",\"2-s2.0-1\",\"Doe J.; Roe R.\",\"Grant X\",\"2001\"\n"
      "\"Too few\",\"2-s2.0-2\"\n"
      "\"Third\",\"2-s2.0-3\",\"Poe E.\",,\"2003\"\n"
      "\"Broken\",\"2-s2.0-4\",\"unclosed,,\n";
  REQUIRE(detect_formats(text).scopus_csv);
  Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 2);
  CHECK(p.stats.rejected == 2);
  CHECK(p.diags.errors() == 2);
  CHECK(p.records[0].scopus_eid == "2-s2.0-1");
  CHECK(p.records[0].authors.size() == 2);
  CHECK(p.records[0].get_extra("Funding Text 2") == "Grant X");
  CHECK(p.records[1].title == "Third");
  CHECK(p.records[1].provenance.line == 4);
  const auto& items = p.diags.items();
  REQUIRE(items.size() == 2);
  CHECK(items[0].line == 3);
  CHECK(items[0].message.find("2 cells, the header 5") != std::string::npos);
  CHECK(items[1].line == 5);
  CHECK(items[1].column == 21);
  CHECK(parse_format_name("csv") == Format::scopus_csv);
  CHECK(parse_format_name("scopus-csv") == Format::scopus_csv);
}

TEST_CASE("Scopus CSV: rows with more funding texts than the header names", "[scopus_csv]") {
  // Scopus names "Funding Text 1" in the header whatever a row holds; a row
  // with two funding texts has one cell more, and every later cell shifts
  // (litstudy's tests/resources/scopus.csv: 56 of 58 rows).
  Parsed p = parse_file(fixture("scopus/funding_text_overflow.csv"));
  CHECK(p.diags.errors() == 0);
  CHECK(p.diags.warnings() == 1);  // said once for the file
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].get_extra("Funding Text 1") == "Funded by A.");
  CHECK(p.records[0].references.size() == 1);
  const Record& two = p.records[1];
  CHECK(two.get_extra("Funding Text 1") == "Funded by B.");
  CHECK(two.get_extra("Funding Text 2") == "Funded by C.");
  REQUIRE(two.references.size() == 2);
  CHECK(two.references[1].author == "Roe, B.");
  CHECK(two.scopus_eid == "2-s2.0-2");
  const Record& four = p.records[2];
  CHECK(four.get_extra("Funding Text 4") == "F4");
  CHECK(four.type == "article-journal");
  CHECK(four.get_extra("Document Type") == "Review");
  CHECK(four.scopus_eid == "2-s2.0-3");
}

// audit7: a 2018 Scopus CSV (22 columns, "Author Ids"; litsearchr's example,
// GPL-3.0, cut to six rows). Its names are "Family I." with no comma inside:
// an initial with an accent ("Bauce É.", "Marini M.Â.", "Sólymos Pé.") made
// the family the given name, and a generation suffix between family and
// initials ("Thompson III F.R.") went into the given name.
TEST_CASE("Scopus CSV of 2018: accented initials and suffixes in 'Family I.' names", "[scopus_csv][audit7]") {
  Parsed p = parse_file(fixture("corpora/litsearchr__scopus_2018.csv"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 6);
  auto author = [&](std::string_view title_start, std::string_view family) -> const Creator* {
    for (const Record& r : p.records)
      if (starts_with(r.title, title_start))
        for (const Creator& c : r.authors)
          if (c.family == family) return &c;
    return nullptr;
  };
  const Creator* c = author("High conservation value forests", "Bauce");
  REQUIRE(c);
  CHECK(c->given == "\xC3\x89.");
  c = author("Territory size of three Antbirds", "Marini");
  REQUIRE(c);
  CHECK(c->given == "M.\xC3\x82.");
  c = author("Community structure and niche", "S\xC3\xB3lymos");
  REQUIRE(c);
  CHECK(c->given == "P\xC3\xA9.");
  c = author("Resource selection by Indiana bats", "Thompson");
  REQUIRE(c);
  CHECK(c->given == "F.R.");
  CHECK(c->suffix == "III");
}

// audit7: the 2019 layout (23 columns, "Author(s) ID"; the same litsearchr
// search as the WoS files, GPL-3.0, 4 rows) writes a generation suffix after
// a comma, in a comma-separated list: "Roach M.C., Thompson F.R., III,
// Jones-Farrand T." made "III" an author of its own, and "Thompson, F.R.,
// III, U.S. Department of Agriculture, ..." an affiliation "III, U.S. ...".
TEST_CASE("Scopus CSV of 2019: 'Family I., III' in a comma-separated list is one person with a suffix",
          "[scopus_csv][audit7]") {
  Parsed p = parse_file(fixture("corpora/litsearchr__scopus_2019.csv"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 4);
  for (const Record& r : p.records) {
    if (!starts_with(r.title, "Effects of pine-oak woodland restoration")) continue;
    REQUIRE(r.authors.size() == 3);
    CHECK(r.authors[1].family == "Thompson");
    CHECK(r.authors[1].given == "F.R.");
    CHECK(r.authors[1].suffix == "III");
    CHECK(r.authors[2].family == "Jones-Farrand");
    REQUIRE(r.authors[1].affiliations.size() == 1);
    CHECK(starts_with(r.authors[1].affiliations[0], "U.S. Department of Agriculture"));
  }
  // The same name after "; " (the layout of 2020 on), and in RIS.
  Creator c = parse_ris_name("Thompson F.R., III");
  CHECK(c.family == "Thompson");
  CHECK(c.given == "F.R.");
  CHECK(c.suffix == "III");
}

// audit7: a repaired DOI cell is said, as RIS's DO is.
TEST_CASE("Scopus CSV: a repaired DOI is said with a warning", "[scopus_csv][audit7]") {
  Parsed p = parse_string("Authors,Title,Year,Source title,DOI,EID\n"
                          "\"Smith J.\",\"A title\",2020,\"J\",\"10.1016/j.x.2011.01.001<br />\",2-s2.0-1\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1016/j.x.2011.01.001");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("repaired (HTML after it removed)") != std::string::npos);
}

// audit8: an "Anonymous" author (ProQuest's placeholder, in a CSV read by
// Scopus's column names) is no person: dropped, and said.
TEST_CASE("Scopus CSV: the 'Anonymous' placeholder is no author: dropped with a warning", "[scopus_csv][audit8]") {
  Parsed p = parse_string("Authors,Title,Year,Source title,DOI,EID\n"
                          "Anonymous,A title,2001,J,,2-s2.0-1\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].authors.empty());
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("placeholder") != std::string::npos);
}

// audit18: Scopus in its Chinese interfaces names its columns in Chinese
// (a real export of 2017, Traditional Chinese, read 0 of 234 rows: "no
// bibliographic records found").  Hand-made files in the three layouts seen
// (records of corpora/umbrella-review__scopus.csv), see SOURCES.md.
TEST_CASE("Scopus CSV: the column names of Scopus's Chinese interfaces", "[scopus_csv][audit18]") {
  auto said = [](const Parsed& p, std::string_view what) {
    return std::any_of(p.diags.items().begin(), p.diags.items().end(),
                       [&](const auto& d) { return d.message.find(what) != std::string::npos; });
  };
  // Simplified Chinese: 作者, 文献标题, 来源出版物名称, 作者关键字...
  std::string path = fixture("scopus/zh_hans.csv");
  CHECK(detect_formats(decode_text(slurp(path)).text).scopus_csv);
  Parsed hans = parse_file(path);
  REQUIRE(hans.records.size() == 2);
  const Record& a = hans.records[0];
  CHECK(a.provenance.format == "scopus-csv");
  CHECK(a.title == "Critical review of urban community resilience indicators");
  REQUIRE(a.authors.size() == 4);
  CHECK(a.authors[0].family == "Osei-Kyei");
  CHECK(a.authors[0].given == "R.");
  CHECK(a.issued.year == 2023);
  CHECK(a.container_title == "Smart and Sustainable Built Environment");
  CHECK(a.doi == "10.1108/sasbe-08-2022-0180");
  CHECK(a.scopus_eid == "2-s2.0-85148611336");
  CHECK(std::find(a.keywords.begin(), a.keywords.end(), "Urban community") != a.keywords.end());
  CHECK(hans.records[1].number == "103123");
  CHECK(hans.records[1].volume == "78");
  CHECK(hans.diags.items().empty());

  // Traditional Chinese of 2017: the authors under 作者關鍵字 ("author
  // keywords") in the first column, the title under 書名: the first column
  // is read as the authors, said.
  Parsed old = parse_file(fixture("scopus/zh_hant_2017.csv"));
  REQUIRE(old.records.size() == 2);
  CHECK(old.records[0].title.rfind("Improving the resilience of critical infrastructures", 0) == 0);
  REQUIRE(old.records[0].authors.size() == 5);
  CHECK(old.records[0].authors[4].family == "Setunge");
  CHECK(old.records[0].keywords.empty());
  CHECK(old.records[1].container_title == "Climate Risk Management");
  CHECK(said(old, "作者關鍵字"));

  // Traditional Chinese with 作者 twice, the second over the author
  // keywords: the second is kept in extra, said; the authors stay.
  Parsed twice = parse_file(fixture("scopus/zh_hant_repeated_author.csv"));
  REQUIRE(twice.records.size() == 2);
  const Record& t = twice.records[0];
  CHECK(t.title == "Critical review of urban community resilience indicators");
  REQUIRE(t.authors.size() == 4);
  CHECK(t.authors[3].family == "Ampratwum");
  CHECK(t.get_extra("作者") == "Criteria; Disasters; Indicators; Resilience; Urban community");
  CHECK(t.language == "English");
  CHECK(said(twice, "second column named 作者"));
}

// audit18: a Scopus CSV re-saved by R (bibliometrix's scopus_sample.csv)
// holds "NA" in its empty cells: it was an editor named "NA", the PMID and
// ISBN "NA".  Read as empty, said once a column.
TEST_CASE("Scopus CSV: R's 'NA' in an empty cell is no value", "[scopus_csv][audit18]") {
  Parsed p = parse_file(fixture("corpora/bibliometrix__scopus_sample.csv"));
  REQUIRE(p.records.size() == 8);
  std::size_t pmids = 0;
  for (const Record& r : p.records) {
    CHECK(r.editors.empty());
    CHECK(r.isbn.empty());
    CHECK(r.pmid != "NA");
    pmids += !r.pmid.empty();
    CHECK(r.get_extra("Sponsors").empty());
  }
  CHECK(pmids == 4);
  std::size_t said = 0;
  for (const auto& d : p.diags.items()) said += d.message.find("'NA'") != std::string::npos;
  CHECK(said == 9);  // the columns that hold one
  // "NA" beside other text is a value.
  Parsed q = parse_string("Authors,Title,Year,Source title,Volume,EID\nDoe J.,NA and NB,2001,J,NA2,2-s2.0-1\n");
  REQUIRE(q.records.size() == 1);
  CHECK(q.records[0].title == "NA and NB");
  CHECK(q.records[0].volume == "NA2");
}

TEST_CASE("bibliotobler scopus.csv: web pages cited by their address are references of their own", "[scopus_csv]") {
  // db21: a real Scopus export (tributetotobler/bibliotobler, GPL-3.0).
  Parsed p = parse_file(fixture("corpora/bibliotobler__scopus.csv"));
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 81);
  const Record& r = p.records[1];  // line 3: two references, then three addresses
  REQUIRE(r.references.size() == 5);
  CHECK(starts_with(r.references[0].raw, "Bailly, A.S., Gibson, L.J."));
  CHECK(r.references[2].raw == "http://www.aap.cornell.edu/crp/programs/regsci/index.cfm");
}

// Scopus CSV's Editors before 2020 glue the names without a separator
// (Helioszjr/Bibliometrix scopus.csv, 26 of 81 records; merge-systematic-
// review's, 4 of 127).  Before, "Kumar A.Mozar S." was one editor, family
// "Kumar A.Mozar"; a longer list one literal.
TEST_CASE("Scopus CSV: editors glued without a separator are split, said once a file", "[scopus_csv][names23]") {
  Parsed p = parse_string(
      "Authors,Title,Year,Source title,Editors,EID\n"
      "Roe J.,One,2019,Proc One,Kumar A.Mozar S.,2-s2.0-1\n"
      "Doe K.,Two,2019,Proc Two,Veltkamp R.de Gloria A.,2-s2.0-2\n"
      "Poe L.,Three,2019,Proc Three,Fitzgerald B.Stol K.-J.Power K.,2-s2.0-3\n"
      "Moe M.,Four,2019,Proc Four,Ahram T.Z.,2-s2.0-4\n");
  REQUIRE(p.records.size() == 4);
  auto families = [](const Record& r) {
    std::string s;
    for (const Creator& c : r.editors) s += (s.empty() ? "" : "; ") + c.full_family() + ", " + c.given;
    return s;
  };
  CHECK(families(p.records[0]) == "Kumar, A.; Mozar, S.");
  CHECK(families(p.records[1]) == "Veltkamp, R.; de Gloria, A.");
  CHECK(families(p.records[2]) == "Fitzgerald, B.; Stol, K.-J.; Power, K.");
  CHECK(families(p.records[3]) == "Ahram, T.Z.");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(has_diag(p.diags, Severity::warning, 2,
                 "Editors: 3 values held 7 names glued without a separator, split at the dot of an initial before a "
                 "family name; the first 'Kumar A.Mozar S.' (2 names)"));
}

// Scopus's CSV until about 2019 wrote each name "Family, I." and joined them
// with the same ", " ("Zolfaghari, S., Francis, K.E., Kairn, T., Crowe,
// S.B."; statire/stat_hceres, sbcrowe/pytrackrecord).  Each family name and
// each set of initials was read as a person of its own: 8 authors for 4, and
// "S." a family name.  The pieces pair up: family, then its initials (and a
// suffix); a list not that shape ("Osei-Kyei R., Tam V.") is read as before.
TEST_CASE("Scopus CSV: the old 'Family, I., Family, I.' author list is one person per pair", "[scopus_csv][lead24]") {
  Parsed p = parse_string(
      "Authors,Author(s) ID,Title,Year,Source title,EID\n"
      "\"Aka, J., Ugaglia, A.A., Lescot, J.-M.\",\"57193347098;55934744700;20435882900;\",One,2018,J W E,2-s2.0-1\n"
      "\"Deuffic, P., Ní Dhubháin, Á.\",\"1;2;\",Two,2018,J,2-s2.0-2\n"
      "\"van Zyl, H.J., Ilemobade, A.A., Le Gat, Y.\",\"1;2;3;\",Three,2018,J,2-s2.0-3\n"
      "\"Thompson, F.R., III, Jones, A.\",\"1;2;\",Four,2018,J,2-s2.0-4\n"
      "\"Sergent, A.\",\"1;\",Five,2018,J,2-s2.0-5\n"
      "\"Osei-Kyei R., Tam V.\",\"1;2;\",Six,2018,J,2-s2.0-6\n"
      "\"Hrib, M., Pezdevšek Malovrh, Nedeljković, J.\",\"1;2;3;\",Seven,2018,J,2-s2.0-7\n");
  REQUIRE(p.records.size() == 7);
  auto names = [](const Record& r) {
    std::string s;
    for (const Creator& c : r.authors)
      s += (s.empty() ? "" : "; ") + c.full_family() + ", " + c.given + (c.suffix.empty() ? "" : ", " + c.suffix);
    return s;
  };
  CHECK(names(p.records[0]) == "Aka, J.; Ugaglia, A.A.; Lescot, J.-M.");
  CHECK(names(p.records[1]) == "Deuffic, P.; Ní Dhubháin, Á.");
  CHECK(names(p.records[2]) == "van Zyl, H.J.; Ilemobade, A.A.; Le Gat, Y.");
  CHECK(names(p.records[3]) == "Thompson, F.R., III; Jones, A.");
  CHECK(names(p.records[4]) == "Sergent, A.");
  CHECK(names(p.records[5]) == "Osei-Kyei, R.; Tam, V.");
  // Scopus lost an initial ("Pezdevšek Malovrh, Š." in the same group's next paper).
  CHECK(names(p.records[6]) == "Hrib, M.; Pezdevšek Malovrh, ; Nedeljković, J.");
  // A real export in that layout (sbcrowe/pytrackrecord, GPL-3.0): no
  // family name is initials, every person has them.
  Parsed real = parse_file(fixture("scopus/pytrackrecord_scopus.csv"));
  REQUIRE(real.records.size() == 49);
  std::size_t persons = 0;
  for (const Record& r : real.records) {
    INFO(r.title);
    for (const Creator& c : r.authors) {
      CHECK_FALSE(is_initials(c.family));
      CHECK(is_initials(c.given));
      ++persons;
    }
  }
  CHECK(persons == 273);
  CHECK(names(real.records[0]) == "Zolfaghari, S.; Francis, K.E.; Kairn, T.; Crowe, S.B.");
}

// audit26: doomlab/JoL-Meta scopus.csv (GPL-3.0), the old comma layout with a
// generation suffix inside a family piece ("Weaver III, C.A."): the pairing
// gave up on the whole list, so each family and each set of initials was a
// person ("Kelemen", "W.L.", "Frost", "P.J.", "Weaver III", "C.A.": 6 authors
// for 3, 5 records of the file).
TEST_CASE("Scopus CSV: 'Family III, I.' in the old comma layout pairs with its initials", "[scopus_csv][audit26]") {
  Parsed p = parse_string(
      "Authors,Title,Year,Source title,EID\n"
      "\"Kelemen, W.L., Frost, P.J., Weaver III, C.A.\",One,2000,Memory & Cognition,2-s2.0-1\n"
      "\"Castel, A.D., McCabe, D.P., Roediger III, H.L.\",Two,2007,Psychonomic Bulletin and Review,2-s2.0-2\n"
      "\"Carmone Jr., F.J., Smith, A.\",Three,2001,J,2-s2.0-3\n");
  REQUIRE(p.records.size() == 3);
  auto names = [](const Record& r) {
    std::string s;
    for (const Creator& c : r.authors)
      s += (s.empty() ? "" : "; ") + c.full_family() + ", " + c.given + (c.suffix.empty() ? "" : ", " + c.suffix);
    return s;
  };
  CHECK(names(p.records[0]) == "Kelemen, W.L.; Frost, P.J.; Weaver, C.A., III");
  CHECK(names(p.records[1]) == "Castel, A.D.; McCabe, D.P.; Roediger, H.L., III");
  CHECK(names(p.records[2]) == "Carmone, F.J., Jr.; Smith, A.");
}

// audit26: juliancastillo-udea/LiteratureReview_AgriculturePublicPolicies
// scopus.csv (118 authors of one record, comma-separated "Family I." names):
// a group's name with commas of its own was cut into three, a person
// "Injuries" between two groups.
TEST_CASE("Scopus CSV: a group name with its own commas in a comma list stays one name", "[scopus_csv][audit26]") {
  Parsed p = parse_string(
      "Authors,Title,Year,Source title,EID\n"
      "\"De Oliveira Otto M.C., Afshin A., Abeyá Gilardon E., Global Burden of Diseases, Injuries, and Risk Factors "
      "Metabolic Risk Factors of Chronic Diseases Expert Group, Nutrition and Chronic Diseases Expert Group "
      "(NutriCoDE)\",One,2015,PLoS ONE,2-s2.0-1\n");
  REQUIRE(p.records.size() == 1);
  const std::vector<Creator>& a = p.records[0].authors;
  REQUIRE(a.size() == 5);
  CHECK(a[2].family == "Abeyá Gilardon");
  CHECK(a[3].literal ==
        "Global Burden of Diseases, Injuries, and Risk Factors Metabolic Risk Factors of Chronic Diseases Expert Group");
  CHECK(a[4].literal == "Nutrition and Chronic Diseases Expert Group (NutriCoDE)");
}

// audit27: the layout of 2020-2023 writes an author profile's title after
// the name, cut off by the comma list: "Khan A.U., Khan K.U., Dr., Atlas F.,
// Dr., Akhtar S., Khan F., Dr." (m-alshehri/MOOCs_Certification_Review's
// Scopus.csv) made three authors "Dr."; "Khan, K.U., Dr., School of ..." in
// Authors with affiliations an affiliation "Dr., School of ...".  The title
// is no person and no part of the affiliation: dropped, said once a file.
TEST_CASE("Scopus CSV: a title alone in the comma list of authors is no author", "[scopus_csv]") {
  Parsed p = parse_string(
      "Authors,Author(s) ID,Title,Year,Source title,Authors with affiliations,EID\n"
      "\"Khan A.U., Khan K.U., Dr., Atlas F., Dr., Akhtar S., Khan F., Dr.\","
      "\"57214802943;57196041698;57196040537;57201739500;57196040166;\","
      "\"Critical factors influencing moocs retention\",2020,\"J\","
      "\"Khan, A.U., Department of Economics and Law, University of Macerata, Macerata, Italy; "
      "Khan, K.U., Dr., School of Management Sciences, Topi-Swabi, Pakistan; "
      "Atlas, F., Dr., Department of Management Sciences, Women University Swabi, Swabi, Pakistan; "
      "Akhtar, S., School of Humanities and Social Sciences, Hefei, China; "
      "Khan, F., Dr., Department of Government and Public Policy, Islamabad, Pakistan\",2-s2.0-1\n");
  REQUIRE(p.records.size() == 1);
  const Record& r = p.records[0];
  REQUIRE(r.authors.size() == 5);
  CHECK(r.authors[1].family == "Khan");
  CHECK(r.authors[1].given == "K.U.");
  CHECK(r.authors[1].suffix.empty());
  CHECK(r.authors[2].family == "Atlas");
  CHECK(r.authors[4].given == "F.");
  REQUIRE(r.authors[1].affiliations.size() == 1);
  CHECK(r.authors[1].affiliations[0] == "School of Management Sciences, Topi-Swabi, Pakistan");
  REQUIRE(p.diags.items().size() == 1);
  CHECK(p.diags.items()[0].message.find("3 names carried a title or degree, dropped; the first: 'Dr.' from 'Khan K.U., Dr.'") !=
        std::string::npos);
  // The same names separated by "; ": the title stays with its name, no given name "Dr.".
  Parsed q = parse_string("Authors,Title,Year,Source title,EID\n"
                          "\"Khan A.U.; Khan K.U., Dr.; Atlas F., Dr.\",\"T\",2020,\"J\",2-s2.0-1\n");
  REQUIRE(q.records.size() == 1);
  REQUIRE(q.records[0].authors.size() == 3);
  CHECK(q.records[0].authors[1].family == "Khan");
  CHECK(q.records[0].authors[1].given == "K.U.");
  CHECK(q.records[0].authors[2].family == "Atlas");
  REQUIRE(q.diags.items().size() == 1);
  CHECK(q.diags.items()[0].message.find("2 names carried a title") != std::string::npos);
}

TEST_CASE("Scopus references: a DOI with a space after each dot, a web page's address, an article number", "[scopus_csv]") {
  // Rows 3 and 157 of m-alshehri/MOOCs_Certification_Review's Scopus.csv
  // (three references of each kept), and a made-up row of two article
  // numbers.  Before: "doi: 10. 5210/fm. v18i5. 4350" gave no DOI; the title
  // of "Coursera, https://about.coursera.org/" was the whole string; "PLoS
  // ONE, 9 (8), art. no. e103114" was the container (no volume).
  Parsed p = parse_file(fixture("scopus/references_links_article_numbers.csv"));
  REQUIRE(p.records.size() == 3);
  REQUIRE(p.records[0].references.size() == 3);
  const Reference& coursera = p.records[0].references[1];
  CHECK(coursera.raw == "Coursera, https://about.coursera.org/");
  CHECK(coursera.title == "Coursera");
  REQUIRE(p.records[1].references.size() == 3);
  const Reference& glance = p.records[1].references[1];
  CHECK(glance.doi == "10.5210/fm.v18i5.4350");
  CHECK(glance.volume == "18");
  CHECK(glance.container == "First Monday");
  // "..., , www.gov.uk/government/uploads/...pdf, BIS Research Paper No. 130.": no link in the title.
  CHECK(p.records[1].references[2].title.find("www.") == std::string::npos);
  REQUIRE(p.records[2].references.size() == 1);
  const Reference& plos = p.records[2].references[0];
  CHECK(plos.container == "PLoS ONE");
  CHECK(plos.volume == "9");
  CHECK(plos.first_page.empty());
}
