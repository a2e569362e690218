// IEEE Xplore's CSV export on litstudy's real ten-record export.
#include <catch2/catch.hpp>

#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "roundtrip_support.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("IEEE Xplore CSV: litstudy's export, 10 records, types, pages, affiliations", "[ieee_csv]") {
  Parsed p = parse_file(fixture("corpora/litstudy__ieee.csv"));
  CHECK(describe_content(p.text) == "IEEE Xplore CSV");
  CHECK(p.diags.errors() == 0);
  REQUIRE(p.records.size() == 10);
  const Record& r = p.records[0];
  CHECK(r.provenance.format == "ieee-csv");
  CHECK(default_source_label(r) == "IEEE Xplore");
  CHECK(r.type == "article-journal");  // IEEE Magazines
  CHECK(r.title == "Exascale Computing Trends: Adjusting to the \"New Normal\"' for Computer Architecture");
  REQUIRE(r.authors.size() == 2);
  CHECK(r.authors[0].given == "P.");
  CHECK(r.authors[0].family == "Kogge");
  CHECK(r.authors[0].affiliations == std::vector<std::string>{"University of Notre Dame"});
  CHECK(r.authors[1].affiliations == std::vector<std::string>{"Lawrence Berkeley National Laboratory"});
  CHECK(r.container_title == "Computing in Science & Engineering");
  CHECK(r.issued.year == 2013);
  CHECK(r.volume == "15");
  CHECK(r.issue == "6");
  CHECK(r.pages == "16-26");
  CHECK(r.issn == std::vector<std::string>{"1558-366X"});
  CHECK(r.doi == "10.1109/mcse.2013.95");
  CHECK(r.url == "https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=6634083");
  CHECK(r.publisher == "IEEE");
  // Author keywords, then the IEEE terms not already there (case aside).
  REQUIRE(r.keywords.size() >= 11);
  CHECK(r.keywords[0] == "Computer architecture");
  CHECK(r.keywords[7] == "scientific computing");
  CHECK(starts_with(r.get_extra("INSPEC Controlled Terms"), "application program interfaces;"));
  CHECK(r.get_extra("Article Citation Count") == "51");
  CHECK(r.get_extra("Document Identifier") == "IEEE Magazines");

  const Record& conf = p.records[1];
  CHECK(conf.type == "paper-conference");
  CHECK(conf.isbn == std::vector<std::string>{"978-1-7281-2451-3"});
  CHECK(conf.pages == "471-478");
  REQUIRE(conf.authors.size() == 6);
  CHECK(conf.authors[2].family == "Nominé");
  // Seven affiliations for six authors (litstudy's test file adds one): none
  // is given, the cell is kept and said.
  CHECK(conf.authors[0].affiliations.empty());
  CHECK(has_diag(p.diags, Severity::warning, 3, "Author Affiliations lists 7 affiliations for 6 authors: kept in extra"));
  CHECK(!conf.get_extra("Author Affiliations").empty());
  check_export_round_trip(p.records);
}

TEST_CASE("IEEE Xplore CSV: detection, forced format, a row of the wrong width", "[ieee_csv]") {
  const std::string text =
      "\"Document Title\",Authors,\"Author Affiliations\",\"Publication Title\",Date Added To Xplore,"
      "\"Publication Year\",\"Volume\",\"Issue\",\"Start Page\",\"End Page\",\"Abstract\",\"ISSN\",ISBNs,\"DOI\","
      "Document Identifier\n"
      "\"A title\",\"A. Author; B. Author\",\"NA; NA\",\"IEEE Access\",\"2020\",\"2020\",\"8\",\"\",\"1\",\"9\","
      "\"Abstract\",\"2169-3536\",\"\",\"10.1109/ACCESS.2020.1\",\"IEEE Standards\"\n"
      "\"Short\",\"C. Author\"\n";
  Detection d = detect_formats(text);
  CHECK(d.ieee_csv);
  CHECK_FALSE(d.scopus_csv);
  Parsed p = parse_string(text);
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].type == "standard");
  CHECK(p.records[0].authors[0].affiliations.empty());  // "NA" is none
  CHECK(p.stats.rejected == 1);
  CHECK(has_diag(p.diags, Severity::error, 3, "row has 2 cells, the header 15; skipped"));
  CHECK(parse_format_name("ieee") == Format::ieee_csv);
  CHECK(format_name(Format::ieee_csv) == "ieee-csv");
  Parsed forced = parse_string(text, Format::scopus_csv);
  CHECK(forced.records.empty());
  CHECK(forced.diags.errors() == 1);
}

TEST_CASE("IEEE Xplore CSV: a title's <sup>/<inf> markup is read as IEEE's RIS title is", "[ieee_csv]") {
  // litstudy notebooks/data/ieee_2.csv: "X<sup>e</sup><inf>HPC</inf> Ponte Vecchio".
  Parsed csv = parse_string("\"Document Title\",Authors,\"Author Affiliations\",\"DOI\"\n"
                            "\"X<sup>e</sup><inf>HPC</inf> Ponte Vecchio\",\"H. Jiang\",\"Intel\",\"10.1109/HCS52781.2021.9567038\"\n");
  Parsed ris = parse_string("TY  - CONF\nTI  - X<sup>e</sup><inf>HPC</inf> Ponte Vecchio\nAU  - H. Jiang\nER  - \n");
  REQUIRE(csv.records.size() == 1);
  REQUIRE(ris.records.size() == 1);
  CHECK(csv.records[0].title == ris.records[0].title);
  CHECK(csv.records[0].title.find("<inf>") == std::string::npos);
}

// Older Xplore exports (stefan-kolb/paas-definition's ieee.csv) name the
// year column "Publication_Year", as every export names "Mesh_Terms": a
// header name's '_' is a space, or the year of every row is lost.
TEST_CASE("IEEE Xplore CSV: 'Publication_Year' is the year column", "[ieee_csv]") {
  Parsed p = parse_file(fixture("ieee/publication_year_underscore.csv"));
  REQUIRE(p.records.size() == 2);
  CHECK(p.records[0].provenance.format == "ieee-csv");
  CHECK(p.records[0].issued.year == 2015);
  CHECK(p.records[1].issued.year == 2014);
  CHECK(p.records[0].get_extra("Publication_Year").empty());
  CHECK(p.records[1].volume == "7");
}

// audit27: Xplore's CSV of about 2018-2020 glues a proceedings' ISBNs and
// cuts the cell's last two characters, the last ISBN's "-" and check digit
// (alanaecp/ieee_csv2bib's IEEE.csv: 224 of 235 rows).  Every ISBN was lost
// ("not a list of ISSNs or ISBNs, kept in extra", a warning a row); each is
// read, the complete ones checked by their check digit, the cut one
// completed, said once a file.  A run that does not check stays as it was.
TEST_CASE("IEEE Xplore CSV: glued ISBNs, the last cut short, are read", "[ieee_csv]") {
  Parsed p = parse_file(fixture("ieee/glued_cut_isbns.csv"));
  INFO(p.diags.items().size());
  REQUIRE(p.records.size() == 5);
  CHECK(p.records[0].isbn == std::vector<std::string>{"978-1-5386-0569-1", "978-1-5386-0568-4", "978-1-5386-0570-7"});
  CHECK(p.records[1].isbn == std::vector<std::string>{"0-7803-9778-9", "0-7803-9777-0"});
  CHECK(p.records[2].isbn == std::vector<std::string>{"978-1-4673-5261-1"});
  CHECK(p.records[0].get_extra("ISBNs") == "978-1-5386-0569-1978-1-5386-0568-4978-1-5386-0570");
  // Digits without hyphens cannot be cut apart; a check digit that does not check is no such run.
  CHECK(p.records[3].isbn.empty());
  CHECK(p.records[4].isbn.empty());
  CHECK(p.records[4].get_extra("ISBNs") == "978-1-5386-0569-2978-1-5386-0568");
  std::size_t glued = 0, other = 0;
  for (const Diagnostic& d : p.diags.items()) {
    if (d.message.find("3 cells glue ISBNs") != std::string::npos) {
      ++glued;
      CHECK(d.line == 2);
      CHECK(d.message.find("read as 978-1-5386-0569-1, 978-1-5386-0568-4, 978-1-5386-0570-7") != std::string::npos);
    }
    if (d.message.find("not a list of ISSNs or ISBNs") != std::string::npos) ++other;
  }
  CHECK(glued == 1);
  CHECK(other == 2);
  CHECK(p.diags.errors() == 0);
}
