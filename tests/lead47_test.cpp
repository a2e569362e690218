// Lead, session 47 (issue #11): what a reader says of an "Anonymous" it
// meets must be what it did with it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {
int count_said(const Parsed& p, const std::string& text) {
  int n = 0;
  for (const auto& d : p.diags.items()) n += d.message.find(text) != std::string::npos;
  return n;
}
}  // namespace

// Since audit46 every reader keeps an unsigned work's placeholder among its
// authors as the work's author placeholder (exported author = {Anonymous}),
// but the warning still said "is a placeholder for no author, not a person: kept as the work's author placeholder when no author is named", which
// is only true of a placeholder among editors (kept nowhere).  Each case: one
// author placeholder (kept, said so) and one editor placeholder (dropped).
TEST_CASE("a placeholder's warning says it is kept for an unsigned work's author and dropped for an editor",
          "[lead47]") {
  struct Case {
    Format format;
    std::string text;
  };
  const std::vector<Case> cases = {
      {Format::ris, "TY  - BOOK\nTI  - An unsigned book\nAU  - Anonymous\nA2  - Anonymous\nPY  - 2011\nER  - \n"},
      {Format::csl_json,
       R"([{"id":"a","type":"book","title":"An unsigned book","author":[{"literal":"[Anonymous]"}],"editor":[{"literal":"Anonymous"}]}])"},
      {Format::medline, "PMID- 1\nTI  - An unsigned book.\nAU  - Anonymous\nED  - Anonymous\nDP  - 2011\n\n"},
      {Format::endnote_xml,
       "<xml><records><record><ref-type name=\"Book Section\">5</ref-type><contributors><authors><author>Anonymous</author>"
       "</authors><secondary-authors><author>Anonymous</author></secondary-authors></contributors><titles><title>An "
       "unsigned book</title></titles><dates><year>2011</year></dates></record></records></xml>"},
  };
  for (const Case& c : cases) {
    INFO(format_name(c.format));
    Parsed p = parse_string(c.text, c.format);
    REQUIRE(p.records.size() == 1);
    CHECK(p.records[0].authors.empty());
    CHECK(p.records[0].editors.empty());
    CHECK(extra_values(p.records[0], "author-placeholder").size() == 1);
    CHECK(count_said(p, "is a placeholder for no author, not a person: kept as the work's author placeholder "
                        "when no author is named") == 1);
    CHECK(count_said(p, "is a placeholder for no name, not a person: dropped") == 1);
    CHECK(count_said(p, "placeholder for no author: dropped") == 0);
  }
}

// is_anonymous_creator tells most names apart by their first letter before
// folding (every reader asks it of every name: 12 % of a RIS parse went to
// folding them): the placeholders in every written form stay placeholders,
// names opening with "a"/"n" or with a letter above ASCII are still folded.
TEST_CASE("is_anonymous_creator: the placeholders in every form, and names that only look alike", "[lead47]") {
  auto literal = [](std::string s) {
    Creator c;
    c.literal = std::move(s);
    return c;
  };
  auto person = [](std::string family, std::string given = "", std::string particle = "") {
    Creator c;
    c.family = std::move(family);
    c.given = std::move(given);
    c.particle = std::move(particle);
    return c;
  };
  for (const Creator& c : {literal("[Anonymous]"), literal("Anonymous"), literal("ANON."), literal("[No authors listed]"),
                           literal("No authorship indicated"), person("Anonymous"), person("null"), person("Anon"),
                           person("\xC3\x81nonymous"), person("", "Anonymous"), person("-", "Anonymous"),
                           person("[Anonymous]")}) {
    INFO(c.display());
    CHECK(is_anonymous_creator(c));
  }
  for (const Creator& c : {literal("Anonymous Press"), person("Smith", "Anonymous"), person("Anna"),
                           person("Nonymous"), person("Anonymous", "Ann"), person("Anonymous", "", "van"),
                           person("\xC3\x96zt\xC3\xBCrk"), person("null", "null"), literal("World Bank")}) {
    INFO(c.display());
    CHECK(!is_anonymous_creator(c));
  }
}
