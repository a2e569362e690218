// record.hpp: the JSON the store persists and `--json` prints.  The round
// trip must be exact, whatever the strings hold.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "refnet/record.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::check_same_fields;

namespace {

// Every field set, with text that tests the escaping: quotes, backslashes,
// control characters, non-ASCII, a NUL-free "\u0000"-looking string.
Record full_record() {
  Record r;
  r.type = "chapter";
  r.title = "The \"E-Government\" Paradox: {DNA} \\ Müller–Łukasiewicz\ttab\nnewline \x01\x1F end";
  r.title_nocase = {{17, 22}, {0, 3}};
  r.container_title = "Handbook of Public Sector Innovation, 凯撒 edition";
  r.authors = {
      {"Kassen", "Maxat", "", "", "", "0000-0002-1825-009X"},
      {"Berg", "Jan", "van der", "Jr.", "", ""},
      {"", "", "", "", "World Health Organization", ""},
  };
  r.editors = {{"Knox", "Colin", "", "III", "", ""}};
  r.issued = {2018, 9, 22, "Fall 2018"};
  r.volume = "84";
  r.issue = "4";
  r.pages = "743-762";
  r.publisher = "SAGE Publications Ltd";
  r.publisher_place = "London";
  r.issn = {"0020-8523", "1461-7226"};
  r.isbn = {"978-3-16-148410-0"};
  r.doi = "10.1177/0020852317735595";
  r.url = "http://www.scopus.com/inward/record.url?scp=85041599919&partnerID=8YFLogxK";
  r.abstract = "Line one.\r\nLine two with \\u0041 literally and a \x7F DEL and a \b backspace and \f feed.";
  r.language = "English";
  r.keywords = {"civic engagement", "public–private partnership", "Kazakhstan", ""};
  Reference full;
  full.key = "ref1";
  full.doi = "10.1016/j.giq.2010.06.010";
  full.raw = "Bannister, F., Connolly, R., Trust (2011) GIQ, 28 (2), pp. 137-147";
  full.author = "Bannister, F.";
  full.year = "2011";
  full.title = "Trust and transformational government";
  full.container = "Government Information Quarterly";
  full.volume = "28";
  full.first_page = "137";
  Reference raw_only;
  raw_only.raw = "Unstructured \"reference\" string";
  r.references = {full, raw_only, Reference{}};
  r.citekey = "kassen2018promoting";
  r.extra = {{"note", "a note", ""}, {"N1", "first\nsecond", ""}, {"note", "duplicate name kept", ""}, {"empty", "", ""}};
  r.provenance = {"/tmp/seed 000.txt", "bibtex", 58, 0xFEDCBA9876543210ULL};
  return r;
}

void check_same(const Record& a, const Record& b) {
  check_same_fields(a, b);
  CHECK(a.title_nocase == b.title_nocase);
  CHECK(a.authors == b.authors);  // ORCIDs too
  CHECK(a.editors == b.editors);
  CHECK(a.issued == b.issued);
  CHECK(a.references == b.references);
  CHECK(a.citekey == b.citekey);
  CHECK(a.extra == b.extra);
  CHECK(a.provenance.file == b.provenance.file);
  CHECK(a.provenance.format == b.provenance.format);
  CHECK(a.provenance.line == b.provenance.line);
  CHECK(a.provenance.hash == b.provenance.hash);
  CHECK(same_content(a, b));
}

}  // namespace

TEST_CASE("a fully populated Record survives to_json and record_from_json exactly", "[core][record]") {
  const Record r = full_record();
  const std::string json = to_json(r);
  const Record back = record_from_json(json);
  check_same(r, back);
  // And the second trip writes the same bytes.
  CHECK(to_json(back) == json);
}

TEST_CASE("to_json writes valid JSON that any parser reads to the same values", "[core][record]") {
  const Record r = full_record();
  const nlohmann::json j = nlohmann::json::parse(to_json(r));
  CHECK(j.at("type") == "chapter");
  CHECK(j.at("title").get<std::string>() == r.title);
  CHECK(j.at("authors").at(1).at("particle") == "van der");
  CHECK(j.at("authors").at(2).at("literal") == "World Health Organization");
  CHECK_FALSE(j.at("authors").at(2).contains("family"));  // empty fields are left out
  CHECK(j.at("issued").at("month") == 9);
  CHECK(j.at("extra").at(1).at(1) == "first\nsecond");
  CHECK(j.at("provenance").at("hash") == "fedcba9876543210");
  CHECK(j.at("provenance").at("line") == 58);
  // Control characters are escaped, never written raw.
  const std::string json = to_json(r);
  CHECK(std::none_of(json.begin(), json.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
}

TEST_CASE("an empty Record round-trips to its defaults", "[core][record]") {
  const Record r;
  CHECK(to_json(r) == "{\"type\":\"article-journal\"}");
  const Record back = record_from_json(to_json(r));
  check_same(r, back);
  CHECK(back.issued.empty());
}

TEST_CASE("a partial date keeps what is known, and a hash with the top bit set survives", "[core][record]") {
  Record r;
  r.issued.year = 2018;  // no month, no day
  r.provenance.hash = 0x8000000000000001ULL;
  r.provenance.format = "ris";
  Record back = record_from_json(to_json(r));
  CHECK(back.issued.year == 2018);
  CHECK(back.issued.month == 0);
  CHECK(back.issued.day == 0);
  CHECK(back.provenance.hash == 0x8000000000000001ULL);

  Record text_only;
  text_only.issued.text = "in press";
  CHECK(record_from_json(to_json(text_only)).issued == text_only.issued);
}

TEST_CASE("a Record with bytes that are not UTF-8 still gives JSON that reads back", "[core][record]") {
  // `refnet import --encoding utf-8` on a windows-1252 file keeps the bytes
  // (fixtures/core/latin1-degree-junk.bib: "25\xB0 C"); the store must still
  // be able to read the record it wrote.  Each bad byte becomes U+FFFD.
  Record r;
  r.title = "M\xFCller";
  r.abstract = "25\xB0 C, cut \xE2\x82";
  r.authors = {{"J\xF6rg", "", "", "", "", ""}};
  r.keywords = {"caf\xE9", "valid café"};
  const std::string json = to_json(r);
  Record back;
  REQUIRE_NOTHROW(back = record_from_json(json));
  CHECK(back.title == "M\uFFFDller");
  CHECK(back.abstract == "25\uFFFD C, cut \uFFFD\uFFFD");
  CHECK(back.authors.at(0).family == "J\uFFFDrg");
  CHECK(back.keywords == std::vector<std::string>{"caf\uFFFD", "valid café"});
}

TEST_CASE("record_from_json ignores fields it does not know and wrong types", "[core][record]") {
  Record r = record_from_json(R"({"type":"book","title":42,"unknown":{"x":1},"keywords":["a",7,"b"],
                                  "issued":{"year":1999},"authors":[{"family":"Eco","given":"Umberto"}]})");
  CHECK(r.type == "book");
  CHECK(r.title.empty());
  CHECK(r.keywords == std::vector<std::string>{"a", "b"});
  CHECK(r.issued.year == 1999);
  REQUIRE(r.authors.size() == 1);
  CHECK(r.authors[0].display() == "Umberto Eco");
}

TEST_CASE("record_from_json throws on text that is not JSON", "[core][record]") {
  CHECK_THROWS(record_from_json("{\"type\":"));
  CHECK_THROWS(record_from_json(""));
}

TEST_CASE("Creator display and full_family", "[core][record]") {
  Creator c{"Berg", "Jan", "van der", "Jr.", "", ""};
  CHECK(c.full_family() == "van der Berg");
  CHECK(c.display() == "Jan van der Berg, Jr.");
  Creator org{"", "", "", "", "World Health Organization", ""};
  CHECK(org.is_literal());
  CHECK(org.display() == "World Health Organization");
  CHECK(Creator{}.empty());
}

TEST_CASE("same_content ignores provenance but nothing else", "[core][record]") {
  Record a = full_record(), b = full_record();
  b.provenance = {"other.ris", "ris", 1, 2};
  CHECK(same_content(a, b));
  b.extra.back().value = "x";
  CHECK_FALSE(same_content(a, b));
  b = a;
  b.title_nocase.pop_back();
  CHECK_FALSE(same_content(a, b));
}

TEST_CASE("get_extra gives the first value of a field", "[core][record]") {
  const Record r = full_record();
  CHECK(r.get_extra("note") == "a note");
  CHECK(r.get_extra("missing").empty());
  CHECK(is_csl_type("article-journal"));
  CHECK(is_csl_type("paper-conference"));
  CHECK_FALSE(is_csl_type("journal-article"));  // the Crossref name is not a CSL type
}

TEST_CASE("an extra field's format (from another source of a merged work) survives JSON", "[core][record]") {
  Record r;
  r.provenance.format = "bibtex";
  r.extra.push_back({"note", "own field", ""});
  r.extra.push_back({"funder", "[{\"name\":\"DFG\"}]", "crossref"});
  Record back = record_from_json(to_json(r));
  REQUIRE(back.extra.size() == 2);
  CHECK(back.extra[0].format.empty());
  CHECK(back.extra[1].format == "crossref");
  CHECK(back.get_extra("funder") == "[{\"name\":\"DFG\"}]");
}
