#pragma once
// The authors' family names of a parsed reference (an organisation's whole name), in order (refparse40_test,
// refparse41_test and refparse43_test use it); of a list of names, with particles (refparse49_test,
// refparse50_test), or as "Family|Given" and "=Literal" (lead51_test); and the record of one labelled reference
// written in AnyStyle's XML (refparse51_test, refparse52_test).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/record.hpp"
#include "refnet/refparse.hpp"

namespace refnet::test {

inline std::vector<std::string> families(const Record& r) {
  std::vector<std::string> out;
  for (const Creator& c : r.authors) out.push_back(c.is_literal() ? c.literal : c.family);
  return out;
}

inline std::vector<std::string> families(const std::vector<Creator>& names) {
  std::vector<std::string> out;
  for (const Creator& c : names) out.push_back(c.is_literal() ? c.literal : c.full_family());
  return out;
}

inline std::vector<std::string> persons(const std::vector<Creator>& names) {
  std::vector<std::string> out;
  for (const Creator& c : names) out.push_back(c.is_literal() ? "=" + c.literal : c.full_family() + "|" + c.given);
  return out;
}

// The record the labels of one AnyStyle <sequence> make ("<author>Brandt, Olaf:</author><title>...").
inline Record record_of(const std::string& xml) {
  std::vector<refparse::Example> ex =
      refparse::read_anystyle("<dataset><sequence>" + xml + "</sequence></dataset>", "anystyle__core.xml");
  REQUIRE(ex.size() == 1);
  return refparse::to_record(ex[0].text, refparse::tokenize(ex[0].text), ex[0].labels);
}

}  // namespace refnet::test
