// record.hpp: the JSON the store persists and `--json` prints.  The round
// trip must be exact, whatever the strings hold.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

#include "refnet/record.hpp"
#include "../src/stored_views.hpp"
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
  r.container_title_short = "Handb. Public Sect. Innov.";
  r.number = "e0123";
  r.pmid = "29123456";
  r.pmcid = "PMC5678901";
  r.wos_ut = "WOS:000425393500005";
  r.scopus_eid = "2-s2.0-85041599919";
  r.authors = {
      {"Kassen", "Maxat", "", "", "", "0000-0002-1825-009X", {"Nazarbayev University, Astana", "KIMEP \"University\""}},
      {"Berg", "Jan", "van der", "Jr.", "", "", {}},
      {"", "", "", "", "World Health Organization", "", {}},
  };
  r.editors = {{"Knox", "Colin", "", "III", "", "", {}}};
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
  r.provenance = {"/tmp/seed 000.txt", "bibtex", 58, 1, 0xFEDCBA9876543210ULL};
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


// The reader record_from_json replaced: an nlohmann DOM, copied out.  Kept as
// the oracle the one-pass reader must agree with, record for record.
namespace oracle {

std::string get_str(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

std::vector<std::string> get_strs(const nlohmann::json& j, const char* k) {
  std::vector<std::string> out;
  auto it = j.find(k);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& e : *it)
    if (e.is_string()) out.push_back(e.get<std::string>());
  return out;
}

std::vector<Creator> get_creators(const nlohmann::json& j, const char* k) {
  std::vector<Creator> out;
  auto it = j.find(k);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& e : *it) {
    Creator c;
    c.family = get_str(e, "family");
    c.given = get_str(e, "given");
    c.particle = get_str(e, "particle");
    c.suffix = get_str(e, "suffix");
    c.literal = get_str(e, "literal");
    c.orcid = get_str(e, "orcid");
    c.affiliations = get_strs(e, "affiliations");
    out.push_back(std::move(c));
  }
  return out;
}

Record record_from_json(std::string_view text) {
  const nlohmann::json j = nlohmann::json::parse(text);
  Record r;
  r.type = get_str(j, "type");
  if (r.type.empty()) r.type = "article-journal";
  r.title = get_str(j, "title");
  if (auto it = j.find("title_nocase"); it != j.end() && it->is_array())
    for (const auto& s : *it)
      if (s.is_array() && s.size() == 2)
        r.title_nocase.push_back({s[0].get<std::uint32_t>(), s[1].get<std::uint32_t>()});
  r.container_title = get_str(j, "container_title");
  r.container_title_short = get_str(j, "container_title_short");
  r.number = get_str(j, "number");
  r.pmid = get_str(j, "pmid");
  r.pmcid = get_str(j, "pmcid");
  r.wos_ut = get_str(j, "wos_ut");
  r.scopus_eid = get_str(j, "scopus_eid");
  r.authors = get_creators(j, "authors");
  r.editors = get_creators(j, "editors");
  if (auto it = j.find("issued"); it != j.end() && it->is_object()) {
    r.issued.year = it->value("year", 0);
    r.issued.month = it->value("month", 0);
    r.issued.day = it->value("day", 0);
    r.issued.text = get_str(*it, "text");
    r.issued.end_year = it->value("end_year", 0);
    r.issued.end_month = it->value("end_month", 0);
    r.issued.end_day = it->value("end_day", 0);
  }
  r.volume = get_str(j, "volume");
  r.issue = get_str(j, "issue");
  r.pages = get_str(j, "pages");
  r.publisher = get_str(j, "publisher");
  r.publisher_place = get_str(j, "publisher_place");
  r.issn = get_strs(j, "issn");
  r.isbn = get_strs(j, "isbn");
  r.doi = get_str(j, "doi");
  r.doi_spelling = get_str(j, "doi_spelling");
  r.url = get_str(j, "url");
  r.abstract = get_str(j, "abstract");
  r.language = get_str(j, "language");
  r.keywords = get_strs(j, "keywords");
  if (auto it = j.find("references"); it != j.end() && it->is_array()) {
    r.references.reserve(it->size());
    for (const auto& e : *it) {
      Reference ref;
      ref.key = get_str(e, "key");
      ref.doi = get_str(e, "doi");
      ref.raw = get_str(e, "raw");
      ref.author = get_str(e, "author");
      ref.year = get_str(e, "year");
      ref.title = get_str(e, "title");
      ref.container = get_str(e, "container");
      ref.volume = get_str(e, "volume");
      ref.first_page = get_str(e, "first_page");
      r.references.push_back(std::move(ref));
    }
  }
  r.citekey = get_str(j, "citekey");
  if (auto it = j.find("extra"); it != j.end() && it->is_array())
    for (const auto& e : *it)
      if (e.is_array() && (e.size() == 2 || e.size() == 3) && e[0].is_string() && e[1].is_string())
        r.extra.push_back({e[0].get<std::string>(), e[1].get<std::string>(),
                           e.size() == 3 && e[2].is_string() ? e[2].get<std::string>() : std::string()});
  if (auto it = j.find("provenance"); it != j.end() && it->is_object()) {
    r.provenance.file = get_str(*it, "file");
    r.provenance.format = get_str(*it, "format");
    r.provenance.line = it->value("line", 0u);
    std::string h = get_str(*it, "hash");
    if (!h.empty()) r.provenance.hash = std::stoull(h, nullptr, 16);
  }
  return r;
}

}  // namespace oracle

// Exactly equal, provenance and citekey included.
bool identical(const Record& a, const Record& b) {
  return same_content(a, b) && a.citekey == b.citekey && a.provenance.file == b.provenance.file &&
         a.provenance.format == b.provenance.format && a.provenance.line == b.provenance.line &&
         a.provenance.hash == b.provenance.hash;
}

// What the oracle and the reader make of one text: both throw, or both give
// the same Record.
struct Outcome {
  bool threw = false;
  Record record;
};
Outcome old_outcome(std::string_view text) {
  Outcome o;
  try {
    o.record = oracle::record_from_json(text);
  } catch (const std::exception&) {
    o.threw = true;
  }
  return o;
}
Outcome new_outcome(std::string_view text) {
  Outcome o;
  try {
    o.record = record_from_json(text);
  } catch (const std::exception&) {
    o.threw = true;
  }
  return o;
}
void check_agrees_with_oracle(const std::string& text) {
  INFO(text);
  Outcome o = old_outcome(text), n = new_outcome(text);
  REQUIRE(o.threw == n.threw);
  if (!o.threw) CHECK(identical(o.record, n.record));
}

// Every record the importers make of the real fixtures.
std::vector<Record> fixture_records() {
  std::vector<Record> out;
  for (const auto& entry : std::filesystem::directory_iterator(test::fixture("corpora"))) {
    if (entry.path().extension() == ".tsv") continue;
    test::Parsed p = test::parse_file(entry.path().string());
    for (auto& r : p.records) out.push_back(std::move(r));
  }
  return out;
}

// The record with the parts a reader left out cleared, as they must come back.
Record without(Record r, const RecordParts& parts) {
  if (!parts.references) r.references.clear();
  if (!parts.abstract) r.abstract.clear();
  if (!parts.extra) r.extra.clear();
  if (!parts.creators) r.authors.clear(), r.editors.clear();
  return r;
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
  r.authors = {{"J\xF6rg", "", "", "", "", "", {}}};
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
  Creator c{"Berg", "Jan", "van der", "Jr.", "", "", {}};
  CHECK(c.full_family() == "van der Berg");
  CHECK(c.display() == "Jan van der Berg, Jr.");
  Creator org{"", "", "", "", "World Health Organization", "", {}};
  CHECK(org.is_literal());
  CHECK(org.display() == "World Health Organization");
  CHECK(Creator{}.empty());
}

TEST_CASE("same_content ignores provenance but nothing else", "[core][record]") {
  Record a = full_record(), b = full_record();
  b.provenance = {"other.ris", "ris", 1, 1, 2};
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

// --- the one-pass reader against the DOM reader it replaced ---------------

TEST_CASE("every record of the real fixtures reads back the same through the old and the new reader",
          "[core][record][record_json]") {
  const std::vector<Record> records = fixture_records();
  REQUIRE(records.size() > 500);
  std::size_t with_references = 0;
  for (const Record& r : records) {
    const std::string json = to_json(r);
    const Record back = record_from_json(json);
    INFO(json);
    CHECK(identical(back, r));
    CHECK(identical(back, oracle::record_from_json(json)));
    with_references += !r.references.empty();
  }
  CHECK(with_references > 0);
  check_same(full_record(), record_from_json(to_json(full_record())));
  CHECK(identical(oracle::record_from_json(to_json(full_record())), record_from_json(to_json(full_record()))));
}

TEST_CASE("a reader that leaves parts out gets them empty and the rest as a full read gives it",
          "[core][record][record_json]") {
  std::vector<Record> records = fixture_records();
  records.push_back(full_record());
  for (int mask = 0; mask < 16; ++mask) {
    RecordParts parts;
    parts.references = mask & 1;
    parts.abstract = mask & 2;
    parts.extra = mask & 4;
    parts.creators = mask & 8;
    for (const Record& r : records) {
      const Record got = record_from_json(to_json(r), parts);
      CHECK(identical(got, without(r, parts)));
    }
  }
  RecordParts none;
  none.references = none.abstract = none.extra = none.creators = false;
  const Record lean = record_from_json(to_json(full_record()), none);
  CHECK(lean.references.empty());
  CHECK(lean.abstract.empty());
  CHECK(lean.extra.empty());
  CHECK(lean.authors.empty());
  CHECK(lean.editors.empty());
  CHECK(lean.title == full_record().title);
  CHECK(lean.citekey == full_record().citekey);
  CHECK(lean.provenance.hash == full_record().provenance.hash);
}

TEST_CASE("a skipped part must still be JSON", "[core][record][record_json]") {
  RecordParts none;
  none.references = none.abstract = none.extra = none.creators = false;
  for (const char* bad : {R"({"references":[{"raw":"x"},]})", R"({"abstract":"a\qb"})", R"({"extra":[["a","b"})",
                          R"({"authors":[{"family":"\uD800"}]})", "{\"abstract\":\"tab\there\"}",
                          "{\"references\":[\"\xC3\"]}", R"({"editors":[tru]})", R"({"extra":[[01]]})"}) {
    INFO(bad);
    CHECK_THROWS_AS(record_from_json(bad, none), RecordJsonError);
    CHECK_THROWS_AS(record_from_json(bad), RecordJsonError);
    CHECK_THROWS(oracle::record_from_json(bad));
  }
}

TEST_CASE("a record cut at any byte throws, and so does the old reader", "[core][record][record_json]") {
  Record r = full_record();
  r.title = "Cut \xF0\x9F\x98\x80 and \u00E9 and \\u escapes \"here\"";
  // And the shortest fixture record with references and authors.
  std::vector<std::string> texts = {to_json(r), {}};
  for (const Record& f : fixture_records()) {
    if (f.references.size() < 2 || f.authors.empty()) continue;
    std::string json = to_json(f);
    if (texts[1].empty() || json.size() < texts[1].size()) texts[1] = json;
  }
  REQUIRE_FALSE(texts[1].empty());
  RecordParts none;
  none.references = none.abstract = none.extra = none.creators = false;
  for (const std::string& json : texts) {
    for (std::size_t n = 0; n < json.size(); ++n) {
      // A copy of exactly n bytes: a read past the end is a crash under ASan.
      const std::string cut = json.substr(0, n);
      INFO(cut);
      CHECK_THROWS_AS(record_from_json(cut), RecordJsonError);
      CHECK_THROWS_AS(record_from_json(cut, none), RecordJsonError);
      CHECK_THROWS(oracle::record_from_json(cut));
    }
  }
}

TEST_CASE("the error names the byte where the text stops being JSON", "[core][record][record_json]") {
  auto offset_of = [](std::string_view text) -> std::size_t {
    try {
      record_from_json(text);
    } catch (const RecordJsonError& e) {
      CHECK(std::string(e.what()).find("at byte " + std::to_string(e.offset)) != std::string::npos);
      return e.offset;
    }
    FAIL("no error");
    return 0;
  };
  CHECK(offset_of(R"({"title":"x",})") == 13);
  CHECK(offset_of(R"({"title" "x"})") == 9);
  CHECK(offset_of("{\"title\":\"a\x01\"}") == 11);
  CHECK(offset_of("{\"title\":\"a\xFF\"}") == 11);
  CHECK(offset_of(R"({"title":"x"} x)") == 14);
  CHECK(offset_of("") == 0);
  // What callers catch: a runtime_error.
  CHECK_THROWS_AS(record_from_json("{"), std::runtime_error);
}

TEST_CASE("strings: every escape, surrogate pairs, and UTF-8 checked as nlohmann checks it",
          "[core][record][record_json]") {
  CHECK(record_from_json(R"({"title":"q\" b\\ s\/ \b\f\n\r\t"})").title == "q\" b\\ s/ \b\f\n\r\t");
  CHECK(record_from_json(R"({"title":"\u0041\u00e9\u20AC\uD83D\uDE00\u0000z"})").title ==
        std::string("A\u00e9\u20ac\U0001F600\0z", 12));
  // A long run with escapes at every distance from a 16-byte block boundary.
  for (std::size_t k = 0; k < 40; ++k) {
    std::string plain(k, 'a');
    Record r;
    r.title = plain + "\"" + plain + "\xC3\xA9" + plain + "\\" + plain;
    CHECK(record_from_json(to_json(r)).title == r.title);
  }
  for (const char* bad : {R"({"title":"\uD83D"})", R"({"title":"\uD83Dx"})", R"({"title":"\uD83D\u0041"})",
                          R"({"title":"\uDE00"})", R"({"title":"\u12G4"})", R"({"title":"\u12"})",
                          R"({"title":"\x"})", "{\"title\":\"\xC0\xAF\"}", "{\"title\":\"\xED\xA0\x80\"}",
                          "{\"title\":\"\xF4\x90\x80\x80\"}", "{\"title\":\"\xE2\x82\"}", "{\"title\":\"\x80\"}",
                          "{\"title\":\"a\nb\"}", "{\"title\":\"a\x7F\xF0\x9F\x98\"}"}) {
    INFO(bad);
    CHECK_THROWS_AS(record_from_json(bad), RecordJsonError);
    CHECK_THROWS(oracle::record_from_json(bad));
  }
  CHECK(record_from_json("{\"title\":\"\x7F\xF0\x9F\x98\x80\xEF\xBF\xBD\"}").title == "\x7F\xF0\x9F\x98\x80\xEF\xBF\xBD");
}

TEST_CASE("any valid JSON for the object reads as the old reader read it", "[core][record][record_json]") {
  const std::string json = to_json(full_record());
  // Keys reordered (reversed), unknown keys, white space everywhere.
  nlohmann::json j = nlohmann::json::parse(json);
  nlohmann::ordered_json reversed;
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::reverse(keys.begin(), keys.end());
  for (const auto& k : keys) {
    reversed["x-unknown-" + k] = nlohmann::json::parse(R"({"a":[1,2.5e3,-0,true,false,null,"s",{"b":[[[]]]}]})");
    reversed[k] = j[k];
  }
  for (int indent : {-1, 0, 1, 4}) {
    const std::string text = reversed.dump(indent);
    check_agrees_with_oracle(text);
    CHECK(identical(record_from_json(text), full_record()));
  }
  check_agrees_with_oracle(" \t\r\n" + json + " \n\t\r ");
  check_agrees_with_oracle("\xEF\xBB\xBF" + json);  // a byte order mark

  for (const char* text : {
           R"({"title":"first","title":"second"})",                 // the last duplicate wins
           R"({"issued":{"year":1999},"issued":null})",             // ... even when it is of the wrong type
           R"({"authors":[{"family":"A"}],"authors":[{"given":"B"},{"family":"C","family":7}]})",
           R"({"keywords":["a"],"keywords":["b",["c"],"d"]})",
           R"({"type":""})", R"({"type":7})", R"({"type":"book","type":null})",
           R"([1,2,3])", R"("a string")", R"(42)", R"(null)", R"({})",  // not an object: defaults
           R"({"title":42,"unknown":{"x":1},"keywords":["a",7,"b"],"issued":{"year":1999}})",
           R"({"issued":{"year":2018.7,"month":true,"day":false,"text":5}})",
           R"({"issued":{"year":-5,"month":1e2,"day":0}})",
           R"({"issued":{"year":18446744073709551615}})",
           R"({"issued":{"year":-9223372036854775808}})",
           R"({"issued":{"year":"2018"}})",  // a string where a number must be: both throw
           R"({"issued":{"year":null}})",
           R"({"provenance":{"line":[1]}})",
           R"({"title_nocase":[[1,2],[3],[4,5,6],"x",[7,true],[false,8.9]]})",
           R"({"title_nocase":[[1,"2"]]})", R"({"title_nocase":[[null,2]]})", R"({"title_nocase":7})",
           R"({"extra":[["a","b"],["c","d","e"],["f","g",7],["h"],["i",1],[1,"j"],["k","l","m","n"],"o",[]]})",
           R"({"references":[{"raw":"r"},7,null,[],{"doi":"d","doi":5}]})",
           R"({"authors":[7,{"family":"X","unknown":[{}]},"s"]})",
           R"({"provenance":{"hash":"00000000000000ff","line":3,"file":"f","format":"ris"}})",
           R"({"provenance":{"hash":"0x1F"}})", R"({"provenance":{"hash":" 1f"}})",
           R"({"provenance":{"hash":"zz"}})", R"({"provenance":{"hash":"1ffffffffffffffff"}})",
           R"({"provenance":{"hash":5}})",
           R"({"\u0074itle":"escaped key","t\u00EFtle":"other"})",
           R"({"title":"x"}{)", R"({"title":"x",})", R"({,})", R"({"a" 1})", R"({"a":01})", R"({"a":1.})",
           R"({"a":.5})", R"({"a":-})", R"({"a":+1})", R"({"a":1e})", R"({"a":tru})", R"({"a":nul})",
           R"({"a":[1,]})", R"({"a":[1 2]})", R"({"a":{"b"}})", R"({'a':1})", "",
       }) {
    check_agrees_with_oracle(text);
  }
  check_agrees_with_oracle(std::string("{\"a\":1}\0", 8));  // nlohmann stops at a NUL
  check_agrees_with_oracle(std::string("{\"a\":1} \0junk", 13));
  check_agrees_with_oracle(std::string("{\"a\":\0}", 8));
  check_agrees_with_oracle(std::string("{\"title\":\"a\0b\"}", 15));
  // Nesting far deeper than any stack frame budget, in a skipped value.
  check_agrees_with_oracle("{\"x\":" + std::string(100000, '[') + std::string(100000, ']') + ",\"title\":\"deep\"}");
  CHECK_THROWS_AS(record_from_json("{\"x\":" + std::string(100000, '[') + std::string(99999, ']') + "}"), RecordJsonError);
}

TEST_CASE("hostile bytes anywhere in a record: the new reader throws exactly when the old one does",
          "[core][record][record_json]") {
  // The full record, and the shortest fixture record with references and extra fields.
  std::vector<std::string> texts = {to_json(full_record()), {}};
  for (const Record& f : fixture_records()) {
    if (f.references.size() < 2 || f.extra.empty()) continue;
    std::string json = to_json(f);
    if (texts[1].empty() || json.size() < texts[1].size()) texts[1] = json;
  }
  REQUIRE_FALSE(texts[1].empty());
  const char hostile[] = {'"', '\\', '\0', '}', ']', ',', ':', '\x01', '\xFF'};
  for (const std::string& json : texts)
    for (std::size_t i = 0; i < json.size(); ++i)
      for (char c : hostile) {
        if (json[i] == c) continue;
        std::string bad = json;
        bad[i] = c;
        check_agrees_with_oracle(bad);
      }
}

TEST_CASE("a provenance hash that is not 16 hexadecimal digits is a RecordJsonError (a fuzzer's crash)",
          "[core][record][record_json]") {
  // Each of these escaped as std::invalid_argument or std::out_of_range
  // from stoull and stopped every read command.
  for (const char* hash : {"zz", "-", "12345678901234567890", "x1", "fffffffffffffffff"}) {
    std::string json = std::string(R"({"type":"book","provenance":{"hash":")") + hash + "\"}}";
    INFO(json);
    CHECK_THROWS_AS(record_from_json(json), RecordJsonError);
  }
  CHECK(record_from_json(R"({"type":"book","provenance":{"hash":"00ff"}})").provenance.hash == 0xff);
}

// record_fields_from_json (the keyword map's and export's crossref reader)
// against record_from_json: the fields asked for, the date, provenance,
// title_nocase and the parts as a full read gives them, the other text
// fields empty; and it throws exactly when record_from_json throws (every
// fixture record, cut at every byte, hostile bytes everywhere).
TEST_CASE("a reader of a few text fields reads them, the date, provenance and parts as record_from_json does",
          "[core][record][record_json]") {
  std::vector<Record> records = fixture_records();
  records.push_back(full_record());
  RecordParts keyword_map;  // NetworkDocParts::for_type("keywords").record_parts()
  keyword_map.references = keyword_map.abstract = keyword_map.creators = false;
  for (const Record& r : records) {
    const std::string json = to_json(r);
    const Record full = record_from_json(json, keyword_map);
    const Record got = record_fields_from_json(json, keyword_map, {"keywords", "url"});
    CHECK(got.keywords == full.keywords);
    CHECK(got.url == full.url);
    CHECK(got.issued == full.issued);
    CHECK(got.extra == full.extra);
    CHECK(got.provenance.format == full.provenance.format);
    CHECK(got.provenance.hash == full.provenance.hash);
    CHECK(got.title_nocase == full.title_nocase);
    CHECK(got.title.empty());
    CHECK(got.container_title.empty());
    CHECK(got.citekey.empty());
    CHECK(got.doi.empty());
    const Record parts_only = record_fields_from_json(json, RecordParts::all(), {});
    CHECK(parts_only.references == r.references);
    CHECK(parts_only.authors == r.authors);
    CHECK(parts_only.abstract == r.abstract);
    CHECK(parts_only.keywords.empty());
  }
  // Throws exactly when record_from_json throws.
  auto agree = [&](const std::string& text) {
    bool full_threw = false, lean_threw = false;
    try {
      record_from_json(text, keyword_map);
    } catch (const RecordJsonError&) {
      full_threw = true;
    }
    try {
      record_fields_from_json(text, keyword_map, {"keywords", "url"});
    } catch (const RecordJsonError&) {
      lean_threw = true;
    }
    INFO(text);
    CHECK(full_threw == lean_threw);
  };
  std::vector<std::string> texts = {to_json(full_record()), {}};
  for (const Record& f : fixture_records()) {
    if (f.references.size() < 2 || f.extra.empty()) continue;
    std::string json = to_json(f);
    if (texts[1].empty() || json.size() < texts[1].size()) texts[1] = json;
  }
  REQUIRE_FALSE(texts[1].empty());
  const char hostile[] = {'"', '\\', '\0', '}', ']', ',', ':', '\x01', '\xFF', '1', 'x'};
  for (const std::string& json : texts)
    for (std::size_t i = 0; i < json.size(); ++i) {
      agree(json.substr(0, i));
      for (char c : hostile) {
        std::string bad = json;
        bad[i] = c;
        agree(bad);
      }
    }
  for (const char* odd : {R"({"issued":{"year":"x"}})", R"({"title":1,"issued":{"year":true}})",
                          R"({"provenance":{"hash":"zz"}})", R"({"title_nocase":[["a",1]]})", R"({"url":[1]})"})
    agree(odd);
}
