// Issue #11, DOIs corrupted by the exports: a SICI DOI's angle brackets as
// HTML character references (Web of Science BibTeX's Cited-References write
// "\&lt;" and "\&gt;", which the LaTeX reading leaves as "&lt;" and "&gt;")
// or as apostrophes (Scopus RIS: "1:1'7::aid-ags2'3.0.co;2-5").  Left as
// they were, the reference never meets the work it cites (whose DOI has
// '<' and '>'), and a record never meets its other database's record.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "refnet/doi.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("normalize_doi: a SICI DOI's brackets written as HTML references or apostrophes are restored, and said",
          "[doi46]") {
  std::string repair;
  CHECK(normalize_doi("10.1899/0887-3593(2004)023&lt;0542:ELAACM&gt;2.0.CO;2", &repair) ==
        std::optional<std::string>("10.1899/0887-3593(2004)023<0542:elaacm>2.0.co;2"));
  CHECK(repair == "HTML character references decoded");
  CHECK(normalize_doi("10.1002/1521-401X(20017)28:7&lt;411::AID-AHEH411&gt;3.0.CO;2-D.", &repair) ==
        std::optional<std::string>("10.1002/1521-401x(20017)28:7<411::aid-aheh411>3.0.co;2-d"));
  CHECK(repair == "HTML character references decoded, trailing '.' removed");
  CHECK(normalize_doi("10.1002/(sici)1520-6319(199721)1:1'7::aid-ags2'3.0.co;2-5", &repair) ==
        std::optional<std::string>("10.1002/(sici)1520-6319(199721)1:1<7::aid-ags2>3.0.co;2-5"));
  CHECK(repair == "apostrophes read as the SICI's '<' and '>'");
  // The same DOI in every spelling, so the records are one work.
  CHECK(normalize_doi("10.1002/(SICI)1520-6319(199721)1:1%3C7::AID-AGS2%3E3.0.CO;2-5") ==
        normalize_doi("10.1002/(sici)1520-6319(199721)1:1'7::aid-ags2'3.0.co;2-5"));
  // An apostrophe that is no SICI bracket stays, unsaid; '&' that starts no
  // character reference too.
  for (const char* keep : {"10.1000/o'brien.2001", "10.1000/a'b'c", "10.1000/x&y.2", "10.1000/1:1'7::aid-x",
                           "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"}) {
    INFO(keep);
    auto d = normalize_doi(keep, &repair);
    REQUIRE(d.has_value());
    CHECK(*d == ascii_lower(keep));
    CHECK(repair.empty());
  }
}

TEST_CASE("WoS BibTeX: a Cited-References SICI DOI written with \\&lt; meets the work it cites", "[doi46]") {
  // The shape of abhikumar86/bibliometrics' wos.bib (Kiffney PM 2004, J N Am
  // Benthol Soc 23:542), cut to one reference.
  Parsed p = parse_string(
      "@article{ WOS:000000000000001,\n"
      "Author = {Smith, J},\n"
      "Title = {A title},\n"
      "Journal = {J X},\n"
      "Year = {2020},\n"
      "Cited-References = {Kiffney PM, 2004, J N AM BENTHOL SOC, V23, P542, DOI "
      "10.1899/0887-3593(2004)023\\&lt;0542:ELAACM\\&gt;2.0.CO;2.},\n"
      "}\n");
  REQUIRE(p.records.size() == 1);
  REQUIRE(p.records[0].references.size() == 1);
  CHECK(p.records[0].references[0].doi == "10.1899/0887-3593(2004)023<0542:elaacm>2.0.co;2");
}

TEST_CASE("Scopus RIS: a SICI DOI with apostrophes for its brackets is repaired and said", "[doi46]") {
  // After tributetotobler/bibliotobler's scopus.ris (Tobler 1997, Geographical
  // and Environmental Modelling 1(1):7-11).
  Parsed p = parse_string(
      "TY  - JOUR\n"
      "TI  - Visualizing the impact of transportation on spatial relations\n"
      "T2  - Geographical and Environmental Modelling\n"
      "VL  - 1\n"
      "IS  - 1\n"
      "SP  - 7\n"
      "EP  - 11\n"
      "PY  - 1997\n"
      "DO  - 10.1002/(sici)1520-6319(199721)1:1'7::aid-ags2'3.0.co;2-5\n"
      "AU  - Tobler, W.R.\n"
      "DB  - Scopus\n"
      "ER  - \n");
  REQUIRE(p.records.size() == 1);
  CHECK(p.records[0].doi == "10.1002/(sici)1520-6319(199721)1:1<7::aid-ags2>3.0.co;2-5");
  bool said = false;
  for (const Diagnostic& d : p.diags.items())
    said = said || (d.line == 9 && d.message.find("apostrophes read as the SICI") != std::string::npos);
  CHECK(said);
}
