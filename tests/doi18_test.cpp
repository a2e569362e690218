// Issue #11, "nothing rewritten silently", for the DOIs of cited references:
// a DOI that a reference-string parser (WoS CR lines, Scopus reference
// lists, the reference parser, a page's reference list) repaired or dropped
// is said where the reference writes it, by every reader that calls it.
#include <catch2/catch.hpp>

#include <string>

#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// The warning whose message holds `text`; null when none (or more than one).
const Diagnostic* only_warning(const Parsed& p, std::string_view text) {
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : p.diags.items())
    if (d.severity == Severity::warning && d.message.find(text) != std::string::npos) {
      if (found) return nullptr;
      found = &d;
    }
  return found;
}

// The 1-based column (in characters) where `needle` starts on 1-based `line` of `text`.
std::uint32_t column_of(std::string_view text, std::uint32_t line, std::string_view needle) {
  std::size_t start = 0;
  for (std::uint32_t l = 1; l < line; ++l) start = text.find('\n', start) + 1;
  std::string_view row = text.substr(start, text.find('\n', start) - start);
  return static_cast<std::uint32_t>(utf8_length(row.substr(0, row.find(needle))) + 1);
}

void check_at(const Parsed& p, std::string_view message, std::uint32_t line, std::string_view written) {
  INFO(message);
  const Diagnostic* d = only_warning(p, message);
  REQUIRE(d != nullptr);
  CHECK(d->line == line);
  CHECK(d->column == column_of(p.text, line, written));
}

const char* const kWosTagged =
    "FN Clarivate Analytics Web of Science\n"
    "VR 1.0\n"
    "PT J\n"
    "AU Smith, J\n"
    "TI A title\n"
    "CR Lichtenstein S, 2006, CONSTRUCTION OF PREFERENCE, P1, DOI 10.2277/ 0521542200\n"
    "   Saaty TL, 1990, EUR J OPER RES, V48, P9, DOI 10.1016/0377- 2217(90)90057-I\n"
    "   Lee K, 2007, MT RES DEV, V27, P32, DOI 10.1659/0276-4741(2007)27 [ 32:TLBCFP]2.0.CO;2\n"
    "   Yang X, 2010, ANN NY ACAD SCI, V1, P2, DOI [10.1111/j.1749-6632.2010.05455.x, 10.1111/j.1749-6632.2009.05400.x]\n"
    "   Brown K, 2020, PLOS ONE, V15, PUNSP e0228000, DOI 10.1371/journal.pone.0228000\n"
    "   Lee K, 2000, J X, V1, P2, DOI [10.1046/J.1523-1739.2000.99211.X, 10.1046/j.1523-1739.2000.99211.x]\n"
    "UT WOS:000000000000001\n"
    "ER\n"
    "EF\n";

}  // namespace

TEST_CASE("WoS tagged: a CR DOI with WoS's spaces, or a list of two DOIs, is said at its line", "[doi18]") {
  Parsed p = parse_string(kWosTagged);
  REQUIRE(p.records.size() == 1);
  const std::vector<Reference>& refs = p.records[0].references;
  REQUIRE(refs.size() == 6);
  CHECK(refs[0].doi == "10.2277/0521542200");
  CHECK(refs[1].doi == "10.1016/0377-2217(90)90057-i");
  CHECK(refs[2].doi == "10.1659/0276-4741(2007)27[32:tlbcfp]2.0.co;2");
  CHECK(refs[3].doi == "10.1111/j.1749-6632.2010.05455.x");
  check_at(p, "cited reference DOI 10.2277/ 0521542200 repaired (white space inside removed): 10.2277/0521542200", 6,
           "10.2277/");
  check_at(p, "cited reference DOI 10.1016/0377- 2217(90)90057-I repaired (white space inside removed)", 7, "10.1016/");
  check_at(p, "repaired (white space inside removed): 10.1659/0276-4741(2007)27[32:tlbcfp]2.0.co;2", 8, "10.1659/");
  check_at(p, "repaired (the first of 2 DOIs kept, 10.1111/j.1749-6632.2009.05400.x left out): "
              "10.1111/j.1749-6632.2010.05455.x", 9, "[10.1111/");
  // A plain DOI, and a list of one DOI in two cases, are no repair.
  CHECK(p.diags.warnings() == 4);
}

TEST_CASE("WoS tab-delimited: a CR DOI repaired is said in its cell", "[doi18]") {
  Parsed p = parse_string(
      "PT\tAU\tTI\tCR\tUT\n"
      "J\tSmith, J\tA title\tBrown K, 2020, PLOS ONE, V15, PUNSP e0228000; Lichtenstein S, 2006, CONSTRUCTION OF "
      "PREFERENCE, P1, DOI 10.2277/ 0521542200\tWOS:000000000000001\t\n",
      Format::wos_tab);
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].references.size() == 2);
  CHECK(p.records[0].references[1].doi == "10.2277/0521542200");
  check_at(p, "cited reference DOI 10.2277/ 0521542200 repaired (white space inside removed)", 2, "10.2277/");
}

TEST_CASE("WoS BibTeX: a Cited-References DOI repaired is said at its line", "[doi18]") {
  Parsed p = parse_string(
      "@article{ WOS:000000000000001,\n"
      "Author = {Smith, J},\n"
      "Title = {A title},\n"
      "Journal = {J X},\n"
      "Year = {2020},\n"
      "Cited-References = {Brown K, 2020, PLOS ONE, V15, PUNSP e0228000.\n"
      "   Lichtenstein S, 2006, CONSTRUCTION OF PREFERENCE, P1, DOI 10.2277/ 0521542200.},\n"
      "}\n");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].references.size() == 2);
  CHECK(p.records[0].references[1].doi == "10.2277/0521542200");
  check_at(p, "cited reference DOI 10.2277/ 0521542200 repaired (white space inside removed)", 7, "10.2277/");
  CHECK(p.diags.warnings() == 1);  // the line's final period is the line's: no repair
}

TEST_CASE("Scopus CSV and RIS: a reference DOI Scopus broke at a space is said at the reference", "[doi18]") {
  const std::string ref =
      "Shao, J., Linear model selection by crossvalidation (1993) Journal of the American Statistical Association, "
      "88, pp. 486-494. , doi: 10.1080/ 01621459.1993.10476299";
  const std::string said = "cited reference DOI 10.1080/ 01621459.1993.10476299 repaired (white space inside removed): "
                           "10.1080/01621459.1993.10476299";
  Parsed csv = parse_string("Authors,Title,Year,Source title,DOI,References\n"
                            "\"Smith J.\",\"A title\",2020,\"J X\",10.1000/xyz,\"Smith, A., Other work (2000) J X, 1, "
                            "pp. 1-2.; " + ref + "\"\n",
                            Format::scopus_csv);
  REQUIRE(csv.records.size() == 1);
  REQUIRE(csv.records[0].references.size() == 2);
  CHECK(csv.records[0].references[1].doi == "10.1080/01621459.1993.10476299");
  check_at(csv, said, 2, "10.1080/ ");

  Parsed ris = parse_string("TY  - JOUR\nAU  - Smith, J.\nTI  - A title\nPY  - 2020\nN1  - References: " + ref +
                            "; Smith, A., Other work (2000) J X, 1, pp. 1-2.\nER  - \n");
  REQUIRE(ris.records.size() == 1);
  REQUIRE(ris.records[0].references.size() == 2);
  CHECK(ris.records[0].references[0].doi == "10.1080/01621459.1993.10476299");
  check_at(ris, said, 5, "10.1080/ ");  // at the DOI, not at the field's start
}

TEST_CASE("a page's reference list: a DOI broken at a line end and joined is said at its first line", "[doi18]") {
  // "... 575–586, 10.1111/puar." + "12047." (pdftotext's wrap).
  Parsed p = parse_file(fixture("pages/pdf-copy-author-date.txt"));
  REQUIRE(p.records.size() == 1);
  check_at(p, "reference 10.1111/puar.12047 repaired (line break inside removed): 10.1111/puar.12047", 24,
           "10.1111/puar.");
  // "10.1111/puar.13000." on one line is no repair.
  CHECK(only_warning(p, "puar.13000") == nullptr);
}

TEST_CASE("Crossref: an unstructured reference's DOI the reference parser repaired is said", "[doi18]") {
  Parsed p = parse_string(
      "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\n"
      "\"DOI\":\"10.1000/abc\",\"type\":\"journal-article\",\"title\":[\"A title\"],\n"
      "\"reference\":[{\"key\":\"r1\",\n"
      "\"unstructured\":\"Smith J (2020) Another work. J X 1:2. "
      "https://onlinelibrary.wiley.com/doi/abs/10.1111/x.12345/abstract\"}]}}\n");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].references.size() == 1);
  CHECK(p.records[0].references[0].doi == "10.1111/x.12345");
  check_at(p, "repaired (web address tail '/abstract' removed): 10.1111/x.12345", 4, "https://onlinelibrary");
}

TEST_CASE("refnet parse: a DOI the parser repaired or dropped is said on stderr, the output unchanged", "[doi18]") {
  const std::string line1 = "Smith, J. (2020) A title. J X 1, 2-3. https://onlinelibrary.wiley.com/doi/abs/10.1111/x.12345/abstract";
  const std::string line2 = "Smith, J. (2020) A title. J X 1, 2-3. doi:10.123/abc";
  CommandResult r = run_refnet("parse -", line1 + "\n" + line2 + "\n");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("\tdoi:10.1111/x.12345\n"));
  CHECK_THAT(r.err, Catch::Contains("<stdin>:1:" + std::to_string(line1.find("https:") + 1) +
                                    ": warning: DOI https://onlinelibrary.wiley.com/doi/abs/10.1111/x.12345/abstract "
                                    "repaired (web address tail '/abstract' removed): 10.1111/x.12345"));
  CHECK_THAT(r.err, Catch::Contains("<stdin>:2:" + std::to_string(line2.find("doi:") + 1) +
                                    ": warning: DOI doi:10.123/abc dropped (not a DOI)"));
}
