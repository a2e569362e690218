// encoding.hpp: whatever bytes come in, importers get UTF-8 with LF line ends.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "refnet/encoding.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::slurp;

namespace {
std::string bytes(std::initializer_list<unsigned char> b) { return std::string(b.begin(), b.end()); }
}  // namespace

TEST_CASE("UTF-8 without BOM passes through unchanged", "[core][encoding]") {
  const std::string in = "@article{k,\n  author = {Müller, Jörg and Łukasiewicz, Jan},\n}\n";
  DecodedText d = decode_text(in);
  CHECK(d.encoding == "UTF-8");
  CHECK(d.text == in);
}

TEST_CASE("a UTF-8 BOM is dropped", "[core][encoding]") {
  DecodedText d = decode_text("\xEF\xBB\xBFTY  - JOUR\nTI  - Café\nER  - \n");
  CHECK(d.encoding == "UTF-8");
  CHECK(d.text == "TY  - JOUR\nTI  - Café\nER  - \n");
}

TEST_CASE("the rispy BOM fixture starts with its first tag after decoding", "[core][encoding]") {
  const std::string raw = slurp(fixture("corpora/rispy__example_bom.ris"));
  REQUIRE(starts_with(raw, "\xEF\xBB\xBF"));
  DecodedText d = decode_text(raw);
  CHECK(d.encoding == "UTF-8");
  CHECK(starts_with(d.text, "TY  - "));
  CHECK(d.text.find('\r') == std::string::npos);
}

TEST_CASE("UTF-16 LE and BE with BOM are converted", "[core][encoding]") {
  // "Ü é\r\n" and a character outside the BMP (a surrogate pair).
  const std::string le = bytes({0xFF, 0xFE, 0xDC, 0x00, 0x20, 0x00, 0xE9, 0x00, 0x0D, 0x00, 0x0A, 0x00,
                                0x35, 0xD8, 0x9C, 0xDC});
  const std::string be = bytes({0xFE, 0xFF, 0x00, 0xDC, 0x00, 0x20, 0x00, 0xE9, 0x00, 0x0D, 0x00, 0x0A,
                                0xD8, 0x35, 0xDC, 0x9C});
  DecodedText a = decode_text(le), b = decode_text(be);
  CHECK(a.encoding == "UTF-16LE");
  CHECK(b.encoding == "UTF-16BE");
  CHECK(a.text == "Ü é\n\U0001D49C");
  CHECK(b.text == a.text);
}

TEST_CASE("UTF-16 LE and BE without a BOM are recognised by their zero bytes", "[core][encoding]") {
  // Web of Science's tab-delimited "Win" export is UTF-16LE; a tool that
  // re-saves it may drop the BOM.  "PT\tAU\r\nJ\tMüller, K\r\n".
  const std::u16string units = u"PT\tAU\r\nJ\tM\u00fcller, K\r\n";
  std::string le, be;
  for (char16_t u : units) {
    le += char(u & 0xff), le += char(u >> 8);
    be += char(u >> 8), be += char(u & 0xff);
  }
  DecodedText a = decode_text(le), b = decode_text(be);
  CHECK(a.encoding == "UTF-16LE");
  CHECK(b.encoding == "UTF-16BE");
  CHECK(a.text == "PT\tAU\nJ\tMüller, K\n");
  CHECK(b.text == a.text);
  CHECK(a.issues.empty());
  // Too short to tell, or zeros on both sides (UTF-32 without a BOM): not UTF-16.
  CHECK(decode_text(std::string("P\0T\0", 4)).encoding != "UTF-16LE");
  CHECK(decode_text(std::string("P\0\0\0T\0\0\0A\0\0\0B\0\0\0", 16)).encoding != "UTF-16LE");
}

TEST_CASE("UTF-32 with BOM is converted", "[core][encoding]") {
  const std::string le = bytes({0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0xFC, 0x00, 0x00, 0x00});
  DecodedText d = decode_text(le);
  CHECK(d.encoding == "UTF-32LE");
  CHECK(d.text == "Aü");
}

TEST_CASE("JabRef's UTF-16BE file with a header and lone CR line ends", "[core][encoding]") {
  DecodedText d = decode_text(slurp(fixture("corpora/jabref__encoding-utf-16BE-with-header.bib")));
  CHECK(d.encoding == "UTF-16BE");
  CHECK(d.text.find('\r') == std::string::npos);
  CHECK(starts_with(d.text, "% Encoding: UTF-16BE\n\n@article{,\n"));
  CHECK(d.text.find("title = {Ü ist ein Umlaut}") != std::string::npos);
}

TEST_CASE("JabRef's windows-1252 file is decoded by its % Encoding: header", "[core][encoding]") {
  DecodedText d = decode_text(slurp(fixture("corpora/jabref__encoding-windows-1252-with-header.bib")));
  CHECK(d.encoding == "windows-1252");
  CHECK(d.text.find("abstract = {25° C}") != std::string::npos);
  CHECK(is_valid_utf8(d.text));
}

TEST_CASE("the header names the encoding even when the bytes would pass as another", "[core][encoding]") {
  // 0xC3 0xA9 is "é" in UTF-8 but "Ã©" in Latin-1: the header decides.
  DecodedText d = decode_text("% Encoding: ISO-8859-1\n@misc{k, note={\xC3\xA9}}\n");
  CHECK(d.encoding == "ISO-8859-1");
  CHECK(d.text.find("note={Ã©}") != std::string::npos);
}

TEST_CASE("the % Encoding: header is read in a file with lone CR line ends", "[core][encoding]") {
  // JabRef writes CR line ends on some systems (see its UTF-16BE fixture);
  // here an ISO-8859-2 file, where 0xA3 is Ł and 0xB6 is ś (windows-1252
  // would give £ and ¶).
  DecodedText d = decode_text(slurp(fixture("core/iso-8859-2-cr-header.bib")));
  CHECK(d.encoding == "ISO-8859-2");
  CHECK(d.text.find("author = {Łukasiewicz, Jan},\n") != std::string::npos);
  CHECK(d.text.find("title = {Logika dwuwartościowa},\n") != std::string::npos);
}

TEST_CASE("an unknown encoding in the header falls back to detection", "[core][encoding]") {
  DecodedText d = decode_text("% Encoding: no-such-charset\n@misc{k, note={M\xFCller}}\n");
  CHECK(d.encoding == "windows-1252");
  CHECK(d.text.find("note={Müller}") != std::string::npos);
}

TEST_CASE("bytes that are not UTF-8 fall back to windows-1252", "[core][encoding]") {
  // ü, the euro sign and curly quotes are single bytes in windows-1252.
  DecodedText d = decode_text("author = {M\xFCller}, note = {\x80 5, \x93quoted\x94, 25\xB0}\r\n");
  CHECK(d.encoding == "windows-1252");
  CHECK(d.text == "author = {Müller}, note = {€ 5, “quoted”, 25°}\n");
}

TEST_CASE("GBK text is recognised and converted: the python-bibtexparser fixture", "[core][encoding]") {
  // The bytes of the fixture, checked with `iconv -f GB18030 -t UTF-8`:
  // author BF AD C8 F6 = 凯撒 (Caesar), journal B2 E2 CA D4 C6 DA BF AF = 测试期刊 ("test journal").
  const std::string raw = slurp(fixture("corpora/python-bibtexparser__gbk_test.bib"));
  REQUIRE(raw.find("\xBF\xAD\xC8\xF6") != std::string::npos);
  DecodedText d = decode_text(raw);
  CHECK(d.encoding == "GB18030");
  CHECK(starts_with(d.text, "@ARTICLE{凯撒2013,\n"));
  CHECK(d.text.find("author = {凯撒}") != std::string::npos);
  CHECK(d.text.find("journal = {测试期刊}") != std::string::npos);
  CHECK(d.text.find("title = {Test Title}") != std::string::npos);
}

TEST_CASE("CRLF and lone CR become LF, everything else is kept", "[core][encoding]") {
  CHECK(decode_text("a\r\nb\rc\n\r\nd\r").text == "a\nb\nc\n\nd\n");
  CHECK(decode_text("\r\r\n").text == "\n\n");
  CHECK(decode_text("no line end").text == "no line end");
  // In windows-1252 text too.
  CHECK(decode_text("M\xFCller\r\n").text == "Müller\n");
}

TEST_CASE("a forced encoding overrides detection", "[core][encoding]") {
  SECTION("valid UTF-8 read as windows-1252") {
    DecodedText d = decode_text("\xC3\xA9", "windows-1252");
    CHECK(d.encoding == "windows-1252");
    CHECK(d.text == "Ã©");
  }
  SECTION("Latin-1 through iconv") {
    DecodedText d = decode_text("M\xFCller\r\n", "ISO-8859-2");
    CHECK(d.encoding == "ISO-8859-2");
    CHECK(d.text == "Müller\n");
  }
  SECTION("forced UTF-8 drops a BOM and reads a byte that is not UTF-8 as windows-1252, with an issue") {
    DecodedText d = decode_text("\xEF\xBB\xBFM\xFCller", "utf-8");
    CHECK(d.text == "Müller");
    REQUIRE(d.issues.size() == 1);
    CHECK(d.issues[0].offset == 1);
  }
  SECTION("forced UTF-16 with its BOM leaves no BOM behind") {
    DecodedText d = decode_text(bytes({0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00}), "UTF-16");
    CHECK(d.text == "A\n");
  }
  SECTION("forced GB18030") {
    CHECK(decode_text("\xBF\xAD\xC8\xF6", "GB18030").text == "凯撒");
  }
}

TEST_CASE("an unknown forced encoding throws with its name", "[core][encoding]") {
  CHECK_THROWS_AS(decode_text("abc", "no-such-charset"), std::runtime_error);
  CHECK_THROWS_WITH(decode_text("abc", "no-such-charset"), Catch::Contains("no-such-charset"));
}

TEST_CASE("bytes invalid in the source encoding become U+FFFD, the rest is kept", "[core][encoding]") {
  // 0xFF 0xFF is not a GB18030 character.
  DecodedText d = decode_text("a\xFF\xFF" "b\xBF\xAD", "GB18030");
  CHECK(d.text == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b凯");
}

TEST_CASE("read_file reads bytes exactly and names the file when it fails", "[core][encoding]") {
  test::TempDir dir;
  const std::string path = dir / "bin.dat";
  const std::string content = bytes({0x00, 0xFF, 0x0D, 0x0A, 0x1A, 0x41});
  { std::ofstream(path, std::ios::binary) << content; }
  CHECK(read_file(path) == content);
  CHECK_THROWS_WITH(read_file(dir / "missing.bib"), Catch::Contains("missing.bib") && Catch::Contains("No such file"));
}

TEST_CASE("fuzz artifacts (encoding, detect): bytes after a UTF-8 BOM that are not UTF-8 decode to UTF-8, said",
          "[core][encoding]") {
  // fuzz/artifacts/encoding/crash-ab5d4068… : a BOM, then the first two
  // bytes of another BOM and a comma; fuzz/artifacts/detect/crash-88c3e756… :
  // a BOM and a Latin-1 byte.  The first fuzzing run found the BOM turned
  // UTF-8 validation off; kept as regression tests.
  DecodedText half = decode_text("\xEF\xBB\xBF\xEF\xBB,");
  CHECK(is_valid_utf8(half.text));
  CHECK(half.text.compare(0, 3, "\xEF\xBB\xBF") != 0);
  CHECK(half.text.find('\r') == std::string::npos);
  CHECK_FALSE(half.issues.empty());
  DecodedText yen = decode_text("\xEF\xBB\xBF\xA5");
  CHECK(is_valid_utf8(yen.text));
  CHECK(yen.text == "\xC2\xA5");  // ¥, read as windows-1252
  CHECK_FALSE(yen.issues.empty());
}
