// The speed work of session 52 keeps every output: the fast paths it added
// answer as the byte-at-a-time code did, wherever the bytes they skip fall.
#include <catch2/catch.hpp>

#include <sstream>

#include "refnet/exporter.hpp"
#include "refnet/record.hpp"

using namespace refnet;

namespace {

std::string bibtex(const Record& r, ExportNotes& notes) {
  ExportOptions opt;
  opt.notes = &notes;
  std::ostringstream out;
  write_bibtex(out, {r}, opt);
  return out.str();
}

}  // namespace

TEST_CASE("a character without a LaTeX spelling is named wherever it falls in the entry", "[speed52_test]") {
  // warn_unspelt skips ASCII eight bytes at a time: the character is put at
  // every offset of such a word, alone, at the end, and beside another.
  for (std::size_t pad = 0; pad < 24; ++pad) {
    for (const char* tail : {"", " end", "\xD0\x96"}) {  // "", ASCII after it, Cyrillic Zhe right after it
      Record r;
      r.type = "article-journal";
      r.citekey = "k";
      r.title = std::string(pad, 'a') + "\xE9\xAB\x98" + tail;  // 高 (U+9AD8)
      r.issued.year = 2020;
      ExportNotes notes;
      std::string text = bibtex(r, notes);
      INFO("pad " << pad << " tail '" << tail << "'");
      CHECK(text.find("\xE9\xAB\x98") != std::string::npos);
      REQUIRE(notes.warnings.size() == 1);
      const std::string& w = notes.warnings[0];
      CHECK(w.rfind("k: \xE9\xAB\x98 (U+9AD8)", 0) == 0);
      CHECK((w.find("(U+0416)") != std::string::npos) == (std::string(tail) == "\xD0\x96"));
    }
  }
  // An entry of ASCII alone has nothing to name.
  Record plain;
  plain.type = "article-journal";
  plain.citekey = "p";
  plain.title = std::string(37, 'x');
  ExportNotes notes;
  bibtex(plain, notes);
  CHECK(notes.warnings.empty());
}

TEST_CASE("an RIS value's line breaks become continuation lines wherever they fall", "[speed52_test]") {
  // The tag line as the byte-at-a-time writer made it: LF -> CRLF, CR dropped.
  auto expected = [](std::string_view v) {
    std::string out = "AB  - ";
    for (char c : v)
      if (c == '\n') out += "\r\n";
      else if (c != '\r') out += c;
    return out + "\r\n";
  };
  for (std::size_t pad = 0; pad < 40; ++pad) {
    for (const char* breaks : {"\n", "\r", "\r\n", "\n\r", "\n\n", "\r\r"}) {
      // TagWriter trims the value: the breaks sit between words.
      std::string abstract = "x" + std::string(pad, 'a') + breaks + "b" + std::string(pad % 7, 'c') + breaks + "end";
      Record r;
      r.type = "article-journal";
      r.title = "T";
      r.abstract = abstract;
      std::ostringstream out;
      write_ris(out, {r});
      INFO("pad " << pad);
      CHECK(out.str().find(expected(abstract)) != std::string::npos);
    }
  }
}
