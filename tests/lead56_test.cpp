// Lead, session 56 (issue #11): EPPI-Reviewer's JSON export is a format of
// its own: detected as one, named by --format, and refused where it is not.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "refnet/importer.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("EPPI-Reviewer JSON is a format: detected, forced by name, named in messages", "[lead56]") {
  const std::string path = fixture("corpora/empirical-retraction-lit__eppi_export.json");
  SECTION("names") {
    CHECK(format_name(Format::eppi_json) == "eppi-json");
    for (const char* n : {"eppi", "eppi-json", "EPPI-Reviewer", "eppi-reviewer-json"})
      CHECK(parse_format_name(n) == Format::eppi_json);
  }
  SECTION("detected as itself, not as a Crossref response") {
    const Detection d = detect_formats(slurp(path));
    CHECK(d.eppi_json);
    CHECK_FALSE(d.crossref);
    CHECK(describe_content(slurp(path)) == "EPPI-Reviewer JSON");
  }
  SECTION("--format eppi reads it as detection does") {
    Parsed detected = parse_file(path);
    Parsed forced = parse_file(path, Format::eppi_json);
    CHECK(forced.stats.records == 385);
    CHECK(forced.stats.records == detected.stats.records);
    CHECK(forced.stats.rejected == detected.stats.rejected);
    REQUIRE_FALSE(forced.records.empty());
    CHECK(forced.records[0].provenance.format == "eppi-json");
    CHECK(forced.records[0].title == detected.records[0].title);
  }
  SECTION("--format crossref on it is refused, saying what it is") {
    Parsed p = parse_file(path, Format::crossref);
    CHECK(p.stats.records == 0);
    CHECK(said(p, "looks like EPPI-Reviewer JSON, not crossref") == 1);
  }
  SECTION("--format eppi on a Crossref response is refused") {
    Parsed p = parse_string(R"({"status":"ok","message":{"items":[{"DOI":"10.1000/x","title":["A work"]}]}})",
                            Format::eppi_json);
    CHECK(p.stats.records == 0);
    CHECK(said(p, "not eppi-json") == 1);
  }
}

TEST_CASE("import --format names every format in its help and in its error", "[lead56]") {
  // The error's list was written by hand and had stopped at 'table': nine
  // formats refnet reads (cochrane ... eppi-json) were missing from it.
  TempDir tmp;
  CommandResult r = run_refnet("import --library '" + (tmp / "l.sqlite") + "' --format bogus /dev/null");
  CHECK(r.status != 0);
  const std::string help = run_refnet("import --help").out;
  for (int f = static_cast<int>(Format::bibtex); format_name(static_cast<Format>(f)) != "unknown"; ++f) {
    const std::string name(format_name(static_cast<Format>(f)));
    INFO(name);
    CHECK(r.err.find(name) != std::string::npos);
    CHECK(help.find(name) != std::string::npos);
  }
}

TEST_CASE("every format refnet reads can be the configured default", "[lead56]") {
  // `config set import.format zotero-rdf` was refused: the option's list of
  // values (also shell completion's) had stopped at europepmc and lacked the
  // Zotero, MODS and EPPI formats.
  TempDir home;
  EnvVar xdg("XDG_CONFIG_HOME", home.path.c_str());
  for (int f = static_cast<int>(Format::bibtex); format_name(static_cast<Format>(f)) != "unknown"; ++f) {
    const std::string name(format_name(static_cast<Format>(f)));
    INFO(name);
    CommandResult r = run_refnet("config set import.format " + name);
    CHECK(r.status == 0);
    CHECK(r.err == "");
  }
  const std::string bash = run_refnet("completion bash").out;
  for (const char* alias : {"zotero", "rdf", "mods-xml", "epmc", "eppi"}) {
    INFO(alias);
    CHECK(parse_format_name(alias) != Format::unknown);
    CHECK(run_refnet(std::string("config set import.format ") + alias).status == 0);
  }
}

TEST_CASE("Web of Science's seasons (PD SPR, Month = {{FAL}}) date the issue", "[lead56]") {
  // WoS writes an issue dated by season as PD SPR / SUM / FAL / WIN (tagged,
  // tab-delimited) and Month = {{SPR}} (BibTeX): read as no date at all, the
  // value kept in extra, and biblatex got month = {SPR} (biber: "legacy month
  // field '{SPR}' is not an integer").  Real: pybibx's wos.txt and wos.bib,
  // INFORMS J. Comput. 33(2), PD SPR, PY 2021.
  SECTION("the real record, tagged and BibTeX") {
    for (const char* file : {"wos/pybibx__wos.txt", "corpora/pybibx__wos.bib"}) {
      INFO(file);
      Parsed p = parse_file(fixture(file));
      const Record* r = nullptr;
      for (const Record& x : p.records)
        if (x.wos_ut == "WOS:000656875100011" || x.citekey == "WOS:000656875100011") r = &x;
      REQUIRE(r != nullptr);
      CHECK(r->issued.year == 2021);
      CHECK(r->issued.text == "Spring");
      CHECK(r->get_extra("PD").empty());
      CHECK(r->get_extra("month").empty());
    }
  }
  SECTION("each season, each WoS format") {
    const std::pair<const char*, const char*> seasons[] = {
        {"SPR", "Spring"}, {"SUM", "Summer"}, {"FAL", "Autumn"}, {"WIN", "Winter"}};
    for (const auto& [code, name] : seasons) {
      INFO(code);
      Parsed tagged = parse_string(std::string("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\n"
                                               "TI A work\nSO A JOURNAL\nPD ") +
                                   code + "\nPY 1999\nVL 3\nUT WOS:000000000000001\nER\n\nEF\n");
      REQUIRE(tagged.records.size() == 1);
      CHECK(tagged.records[0].issued.year == 1999);
      CHECK(tagged.records[0].issued.text == name);
      Parsed bib = parse_string(std::string("@article{ WOS:000000000000002,\nAuthor = {Smith, J},\nTitle = {{A work}},\n"
                                            "Journal = {{A JOURNAL}},\nYear = {{1999}},\nMonth = {{") +
                                code + "}},\nVolume = {{3}},\n}\n");
      REQUIRE(bib.records.size() == 1);
      CHECK(bib.records[0].issued.year == 1999);
      CHECK(bib.records[0].issued.text == name);
      CHECK(bib.records[0].get_extra("month").empty());
    }
  }
  SECTION("a season with its year (PD SPR 2021) and words that are not one") {
    Parsed p = parse_string("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Smith, J\nTI A work\nSO A JOURNAL\n"
                            "PD WIN 2021\nPY 2021\nUT WOS:000000000000003\nER\n\nPT J\nAU Smith, J\nTI Another\n"
                            "SO A JOURNAL\nPD SPRING-SUMMER\nPY 2021\nUT WOS:000000000000004\nER\n\nEF\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].issued.text == "Winter");
    CHECK(p.records[0].get_extra("PD").empty());
    CHECK(p.records[1].issued.year == 2021);
    CHECK(p.records[1].get_extra("PD") == "SPRING-SUMMER");  // not read: kept as written
  }
}

TEST_CASE("one Web of Science export, tagged and BibTeX, gives every work the same date", "[lead56]") {
  // pybibx's wos.txt and wos.bib are one search's records in WoS's two
  // formats.  The BibTeX reader made PD's month range (Month = {{OCT-DEC}})
  // a range within the year, the tagged reader kept its first month alone
  // (PD OCT-DEC: October, PD kept in extra): 5 of 198 works differed, and the
  // season (PD SPR) was no date in either.
  Parsed tagged = parse_file(fixture("wos/pybibx__wos.txt"));
  Parsed bib = parse_file(fixture("corpora/pybibx__wos.bib"));
  std::map<std::string, const Record*> by_doi;
  for (const Record& r : bib.records)
    if (!r.doi.empty()) by_doi[r.doi] = &r;
  std::size_t compared = 0, ranges = 0;
  for (const Record& r : tagged.records) {
    auto it = by_doi.find(r.doi);
    if (r.doi.empty() || it == by_doi.end()) continue;
    INFO(r.doi);
    ++compared;
    ranges += r.issued.is_range();
    CHECK(r.issued == it->second->issued);
    if (r.issued.is_range()) CHECK(r.get_extra("PD").empty());
  }
  CHECK(compared >= 190);
  CHECK(ranges == 5);
}

TEST_CASE("BibTeX names separated by ';' instead of 'and' are the people they are, said", "[lead56]") {
  // bib-dedupe's test case (a user's record): author = {B. Abrahao; P.
  // Parigi; A. Gupta; K. S. Cook} was one person, family "Cook", given
  // "B. Abrahao; P. Parigi; A. Gupta; K. S.": its duplicate (the same paper
  // with "Abrahao, Bruno and ...") was missed, its key and search wrong.
  Parsed p = parse_string(
      "@article{a, author = {B. Abrahao; P. Parigi; A. Gupta; K. S. Cook}, title = {Trust}, year = {2017}}\n"
      "@article{b, author = {Smith, John; Jones, Ann;}, title = {Two}, year = {2017}}\n"
      "@article{c, author = {{Food; Agriculture Organization}}, title = {Three}, year = {2017}}\n"
      "@article{d, author = {Smith, John and Jones; Ann}, title = {Four}, year = {2017}}\n"
      "@article{e, editor = {Meyer, K.; Lee, J.}, title = {Five}, year = {2017}}\n");
  REQUIRE(p.records.size() == 5);
  const auto& a = p.records[0].authors;
  REQUIRE(a.size() == 4);
  CHECK(a[0].family == "Abrahao");
  CHECK(a[0].given == "B.");
  CHECK(a[3].family == "Cook");
  CHECK(a[3].given == "K. S.");
  const auto& b = p.records[1].authors;
  REQUIRE(b.size() == 2);
  CHECK(b[1].family == "Jones");
  CHECK(b[1].given == "Ann");
  // A braced literal is one name, whatever it holds; a list with 'and' is split on 'and' only.
  CHECK(p.records[2].authors.size() == 1);
  CHECK(p.records[3].authors.size() == 2);
  CHECK(p.records[4].editors.size() == 2);
  CHECK(said(p, "separated by ';', not by 'and'") == 3);
}

TEST_CASE("a carriage return written as a character reference is a line break, not glue", "[lead56]") {
  // An XML export's "&#13;" (a CR: Windows line ends escaped) was removed as
  // a control character, gluing the words either side: "Purpose&#13;To
  // assess" became "PurposeTo assess" (audit56 found it in EPPI's JSON, whose
  // reader now maps \r itself; the record-level cleanup did it for every
  // other reader).
  Parsed p = parse_string(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">\n"
      "<mods><titleInfo><title>A work</title></titleInfo>\n<name type=\"personal\"><namePart type=\"family\">Smith"
      "</namePart><namePart type=\"given\">John</namePart><role><roleTerm type=\"text\">author</roleTerm></role></name>\n"
      "<abstract>Purpose&#13;To assess the soil.&#13;&#10;Methods&#13;We dug.</abstract>\n"
      "<originInfo><dateIssued>2001</dateIssued></originInfo>\n</mods>\n</modsCollection>\n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].abstract == "Purpose\nTo assess the soil.\nMethods\nWe dug.");
  CHECK(said(p, "control character") == 0);  // a line break is no loss
}

TEST_CASE("BibTeX keywords separated by ', ' keep a comma of their own", "[lead56]") {
  // Zotero's BibTeX export (asysd__zotero_export.bib, 3 records): keywords =
  // {46,XX TRUE HERMAPHRODITES, ...} was cut into "46" and "XX TRUE
  // HERMAPHRODITES"; "2,4-Dichlorophenoxyacetic Acid" likewise.
  Parsed p = parse_string(
      "@article{a, title = {One}, year = {2001}, keywords = {46,XX TRUE HERMAPHRODITES, Disorders of Sex "
      "Development,\n  2,4-Dichlorophenoxyacetic Acid}}\n"
      "@article{b, title = {Two}, year = {2001}, keywords = {soil,water,air}}\n"
      "@article{c, title = {Three}, year = {2001}, keywords = {Art,Black studies, Books,Critical race theory}}\n");
  REQUIRE(p.records.size() == 3);
  // Mendeley's mixed separators (Better BibTeX's test file): every comma separates.
  CHECK(p.records[2].keywords == std::vector<std::string>{"Art", "Black studies", "Books", "Critical race theory"});
  CHECK(p.records[0].keywords == std::vector<std::string>{"46,XX TRUE HERMAPHRODITES", "Disorders of Sex Development",
                                                          "2,4-Dichlorophenoxyacetic Acid"});
  CHECK(p.records[1].keywords == std::vector<std::string>{"soil", "water", "air"});
}
