// The series, the number in it and the edition: Record keeps them among the
// extra fields under each source's own name (CSL collection-title, BibTeX
// series, RIS T3 or a book's T2 ...); every exporter writes them in its own
// spelling, so a book in a series keeps its series through any conversion.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "export_support.hpp"
#include "refnet/extra_fields.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

std::string export_as(const std::vector<Record>& rs, void (*writer)(std::ostream&, const std::vector<Record>&,
                                                                    const ExportOptions&)) {
  std::ostringstream out;
  ExportOptions opt;
  writer(out, rs, opt);
  return out.str();
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

const char* kCsl = R"([{"id":"lnt12","type":"book","title":"A Book in a Series","author":[{"family":"Doe","given":"Jane"}],
"issued":{"date-parts":[[2018]]},"publisher":"Springer","publisher-place":"Cham",
"collection-title":"Lecture Notes in Things","collection-number":"12","edition":"2"}])";

const char* kRis =
    "TY  - CHAP\nTI  - A chapter\nAU  - Doe, Jane\nPY  - 2019\nT2  - The Book\nT3  - Lecture Notes in Things\n"
    "ET  - 3rd\nER  - \n\n"
    "TY  - BOOK\nTI  - A book\nAU  - Roe, R.\nPY  - 2017\nT2  - Series of Books\nET  - 2\nER  - \n\n";

const char* kBib =
    "@book{k1,\n author={M{\\\"u}ller, Hans},\n title={Ein Buch},\n year={2001},\n"
    " series={Schriften {\\\"u}ber Dinge},\n edition={2nd},\n publisher={Verlag}\n}\n";

}  // namespace

TEST_CASE("extra fields: the series, its number and the edition as each source names them", "[extra_fields]") {
  Parsed csl = parse_string(kCsl, Format::csl_json);
  REQUIRE(csl.records.size() == 1);
  CHECK(series_of(csl.records[0]).text == "Lecture Notes in Things");
  CHECK(series_number_of(csl.records[0]).text == "12");
  CHECK(edition_of(csl.records[0]).text == "2");

  Parsed ris = parse_string(kRis, Format::ris);
  REQUIRE(ris.records.size() == 2);
  CHECK(series_of(ris.records[0]).text == "Lecture Notes in Things");  // a chapter's T3
  CHECK(edition_of(ris.records[0]).text == "3rd");
  CHECK(series_of(ris.records[1]).text == "Series of Books");  // a book's T2
  CHECK(series_of(ris.records[1]).verbatim_in(ris.records[1], "ris"));
  CHECK_FALSE(series_of(ris.records[1]).verbatim_in(ris.records[1], "bibtex"));

  Parsed bib = parse_string(kBib, Format::bibtex);
  REQUIRE(bib.records.size() == 1);
  CHECK(series_of(bib.records[0]).text == "Schriften über Dinge");  // its LaTeX decoded
  CHECK(edition_of(bib.records[0]).text == "2nd");

  // A chapter's T2 is its book, not a series.
  Parsed chap = parse_string("TY  - CHAP\nTI  - Only a book title\nT2  - The Book\nER  - \n", Format::ris);
  REQUIRE(chap.records.size() == 1);
  CHECK_FALSE(series_of(chap.records[0]));
  // What databases put in a journal article's T3 and ET is no series and no
  // edition: Embase's conference name, EndNote's online date.
  Parsed jour = parse_string(
      "TY  - JOUR\nTI  - An abstract\nT2  - Eur Neuropsychopharmacol\n"
      "T3  - 29th European College of Neuropsychopharmacology Congress, ECNP 2016\nET  - 2019/08/02\nER  - \n\n"
      "TY  - BOOK\nTI  - A book\nT2  - The series\nT3  - A wider series\nET  - 2019/08/02\nER  - \n",
      Format::ris);
  REQUIRE(jour.records.size() == 2);
  CHECK_FALSE(series_of(jour.records[0]));
  CHECK_FALSE(edition_of(jour.records[0]));
  CHECK(series_of(jour.records[1]).text == "The series");  // a book's T2 before its T3
  CHECK_FALSE(edition_of(jour.records[1]));                 // a date is no edition
  Parsed enx = parse_string(
      "<?xml version=\"1.0\"?><xml><records><record><ref-type name=\"Journal Article\">17</ref-type>"
      "<titles><title>An article</title><secondary-title>J Things</secondary-title></titles>"
      "<edition>2019/08/02</edition></record></records></xml>",
      Format::endnote_xml);
  REQUIRE(enx.records.size() == 1);
  CHECK_FALSE(edition_of(enx.records[0]));
  CHECK(ris_t2_is_series("book"));
  CHECK_FALSE(ris_t2_is_series("chapter"));
}

TEST_CASE("extra fields: BibTeX and biblatex write series, number and edition from any source",
          "[extra_fields]") {
  Parsed csl = parse_string(kCsl, Format::csl_json);
  Parsed ris = parse_string(kRis, Format::ris);
  std::vector<Record> rs = {csl.records[0], ris.records[0], ris.records[1]};
  for (auto* writer : {&write_bibtex, &write_biblatex}) {
    std::string out = export_as(rs, writer);
    INFO(out);
    CHECK(count_of(out, "series = {Lecture Notes in Things}") == 2);
    CHECK(out.find("number = {12}") != std::string::npos);
    CHECK(out.find("edition = {2}") != std::string::npos);
    CHECK(out.find("edition = {3rd}") != std::string::npos);
    CHECK(out.find("series = {Series of Books}") != std::string::npos);
  }
  // A .bib source's own series is written once, as it was.
  Parsed bib = parse_string(kBib, Format::bibtex);
  std::string out = export_as(bib.records, &write_bibtex);
  CHECK(count_of(out, "series =") == 1);
  CHECK(count_of(out, "edition =") == 1);
}

TEST_CASE("extra fields: RIS writes the series in T2 or T3 and the edition in ET; CSL-JSON in its own keys",
          "[extra_fields]") {
  Parsed csl = parse_string(kCsl, Format::csl_json);
  Parsed bib = parse_string(kBib, Format::bibtex);
  Parsed ris = parse_string(kRis, Format::ris);
  std::string out = export_as({csl.records[0], bib.records[0]}, &write_ris);
  INFO(out);
  CHECK(out.find("T2  - Lecture Notes in Things\r\n") != std::string::npos);  // a book's series: T2
  CHECK(out.find("ET  - 2\r\n") != std::string::npos);
  CHECK(out.find("T2  - Schriften über Dinge\r\n") != std::string::npos);
  CHECK(out.find("ET  - 2nd\r\n") != std::string::npos);
  // An RIS source's own tags, once.
  std::string again = export_as(ris.records, &write_ris);
  CHECK(count_of(again, "T3  - Lecture Notes in Things") == 1);
  CHECK(count_of(again, "ET  - ") == 2);
  // Read back, the series is where it was.
  Parsed back = parse_string(out, Format::ris);
  REQUIRE(back.records.size() == 2);
  CHECK(series_of(back.records[0]).text == "Lecture Notes in Things");
  CHECK(edition_of(back.records[1]).text == "2nd");

  std::string js = export_as({csl.records[0], ris.records[0], bib.records[0]}, &write_csljson);
  nlohmann::json items = nlohmann::json::parse(js);
  REQUIRE(items.size() == 3);
  CHECK(items[0]["collection-title"] == "Lecture Notes in Things");
  CHECK(items[0]["collection-number"] == "12");
  CHECK(items[0]["edition"] == "2");
  CHECK(items[1]["collection-title"] == "Lecture Notes in Things");
  CHECK(items[1]["edition"] == "3rd");
  CHECK(items[2]["collection-title"] == "Schriften über Dinge");
  CHECK(items[2]["edition"] == "2nd");
}

// btxdoc: `number` is "the number of a journal, magazine, technical report,
// or of a work in a series"; a book's, a chapter's or a proceedings paper's is
// its number in the series (CSL collection-number), never an issue, when the
// entry names a series.  Scopus files conference papers in journals as
// @CONFERENCE with `journal`: there the number is the journal's issue, as in
// refnet's own export of such a paper (the journal as booktitle, no series).
TEST_CASE("extra fields: a book's BibTeX number is its number in the series", "[extra_fields]") {
  Parsed bib = parse_string(
      "@book{b,\n author={Doe, Jane},\n title={A Book},\n year={2001},\n series={Lecture Notes in Things},\n"
      " number={7},\n publisher={Springer}\n}\n"
      "@incollection{c,\n author={Roe, R.},\n title={A chapter},\n booktitle={The Book},\n year={2002},\n"
      " series={Studies},\n number={9}\n}\n"
      "@inproceedings{p,\n author={Poe, E.},\n title={A paper},\n booktitle={Proc. of Things},\n year={2003},\n"
      " series={LNCS},\n volume={855},\n number={III}\n}\n"
      "@conference{s,\n author={Soe, S.},\n title={A Scopus paper},\n journal={Journal of Physics: Conference Series},\n"
      " year={2020},\n volume={1234},\n number={1}\n}\n"
      "@article{a,\n author={Aoe, A.},\n title={An article},\n journal={J Things},\n year={2020},\n number={4}\n}\n"
      "@inproceedings{x,\n author={Xoe, X.},\n title={Exported},\n booktitle={Journal of Physics: Conference Series},\n"
      " year={2021},\n volume={1743},\n number={1}\n}\n",
      Format::bibtex);
  REQUIRE(bib.records.size() == 6);
  CHECK(bib.records[5].issue == "1");
  CHECK_FALSE(series_number_of(bib.records[5]));
  CHECK(bib.records[0].issue.empty());
  CHECK(series_number_of(bib.records[0]).text == "7");
  CHECK(bib.records[1].issue.empty());
  CHECK(series_number_of(bib.records[1]).text == "9");
  CHECK(series_number_of(bib.records[2]).text == "III");
  CHECK(bib.records[3].issue == "1");  // Scopus: a journal's issue
  CHECK_FALSE(series_number_of(bib.records[3]));
  CHECK(bib.records[4].issue == "4");
  CHECK_FALSE(series_number_of(bib.records[4]));

  std::string js = export_as(bib.records, &write_csljson);
  nlohmann::json items = nlohmann::json::parse(js);
  REQUIRE(items.size() == 6);
  CHECK(items[0]["collection-number"] == "7");
  CHECK_FALSE(items[0].contains("issue"));
  CHECK(items[1]["collection-number"] == "9");
  CHECK(items[3]["issue"] == "1");
  // Written back once, as it was.
  std::string out = export_as({bib.records[0]}, &write_bibtex);
  INFO(out);
  CHECK(count_of(out, "number =") == 1);
  CHECK(out.find("number = {7}") != std::string::npos);
  out = export_as({bib.records[0]}, &write_biblatex);
  CHECK(count_of(out, "number =") == 1);
}
