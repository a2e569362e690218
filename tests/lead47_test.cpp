// Lead, session 47 (issue #11): what a reader says of an "Anonymous" it
// meets must be what it did with it.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "refnet/encoding.hpp"
#include "refnet/names.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;


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
    CHECK(said(p, "is a placeholder for no author, not a person: kept as the work's author placeholder "
                        "when no author is named") == 1);
    CHECK(said(p, "is a placeholder for no name, not a person: dropped") == 1);
    CHECK(said(p, "placeholder for no author: dropped") == 0);
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

namespace {
// decode_text's last pass as it was written before it moved runs of plain
// bytes whole (one byte a turn): line ends made LF, BOMs after a line end
// dropped, control characters removed and said once a line.  The oracle of
// the test below.
std::string normalized_byte_by_byte(std::string s, std::vector<std::size_t>& said_at) {
  auto is_control = [](char32_t cp) { return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F); };
  std::size_t w = 0, removed = 0, first = 0;
  auto flush = [&] {
    if (removed) said_at.push_back(first);
    removed = 0;
  };
  for (std::size_t r = 0; r < s.size();) {
    auto c = static_cast<unsigned char>(s[r]);
    if (c == '\r' || c == '\n') {
      flush();
      s[w++] = '\n';
      r += (c == '\r' && r + 1 < s.size() && s[r + 1] == '\n') ? 2 : 1;
      while (s.compare(r, 3, "\xEF\xBB\xBF") == 0) r += 3;
      continue;
    }
    std::size_t len = c < 0x80 ? 1 : (c == 0xC2 && r + 1 < s.size()) ? 2 : 0;
    char32_t cp = len == 1 ? c : len == 2 ? char32_t(static_cast<unsigned char>(s[r + 1]) & 0x3F) | 0x80 : 0x100;
    if (len && is_control(cp)) {
      if (!removed) first = w;
      ++removed;
      r += len;
      continue;
    }
    s[w++] = s[r++];
  }
  flush();
  s.resize(w);
  return s;
}
}  // namespace

// decode_text's line-end and control pass runs on every CRLF file (most RIS
// and WoS exports): it now moves runs of plain bytes whole.  The same text
// and the same issues, at the same offsets, as the byte loop, on texts made
// of the pieces that matter in every order.
TEST_CASE("decode_text: line ends, BOMs after them and control characters as the byte loop read them", "[lead47]") {
  const std::vector<std::string> pieces = {"TY  - JOUR", "\r\n", "\r", "\n", "\xEF\xBB\xBF", "\x01", "\x7F", "\t",
                                           "\xC2\x81", "\xC2\x9D", "\xC2\xA0", "\xC3\xA9t\xC3\xA9", "abc def", "\xEF\xBC\x81",
                                           "ER  - ", "\x0B\x0C", "0123456789abcdefghij"};
  std::uint32_t state = 47;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  for (int round = 0; round < 3000; ++round) {
    std::string text = "A";  // not a BOM first: decode_text takes a leading BOM off itself
    const int n = 1 + static_cast<int>(next() % 40);
    for (int i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
    std::vector<std::size_t> want_at;
    const std::string want = normalized_byte_by_byte(text, want_at);
    DecodedText d = decode_text(text);
    INFO(round);
    REQUIRE(d.encoding == "UTF-8");
    CHECK(d.text == want);
    std::vector<std::size_t> got_at;
    for (const DecodeIssue& i : d.issues)
      if (i.message.find("removed from this line") != std::string::npos) got_at.push_back(i.offset);
    CHECK(got_at == want_at);
  }
}
