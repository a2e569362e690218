// Record::add_keyword: the one way every reader adds a keyword (MEDLINE,
// PubMed XML, WoS, Scopus, Lens and Dimensions CSV).
#include <catch2/catch.hpp>

#include "refnet/record.hpp"

using namespace refnet;

TEST_CASE("add_keyword keeps each keyword once, trimmed, whatever its case", "[core][record]") {
  Record r;
  r.add_keyword("  Gambling ");
  r.add_keyword("gambling");
  r.add_keyword("GAMBLING\t");
  r.add_keyword("Risk Factors");
  CHECK(r.keywords == std::vector<std::string>{"Gambling", "Risk Factors"});
}

TEST_CASE("add_keyword adds no empty keyword", "[core][record]") {
  Record r;
  r.add_keyword("");
  r.add_keyword(" \n ");
  CHECK(r.keywords.empty());
}

TEST_CASE("add_keyword tells keywords apart only by ASCII case: accented letters are compared as they are", "[core][record]") {
  Record r;
  r.add_keyword("Éducation");
  r.add_keyword("éducation");
  CHECK(r.keywords == std::vector<std::string>{"Éducation", "éducation"});
}
