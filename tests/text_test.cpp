// text.hpp (strings, UTF-8, folding, content hash) and diagnostics.hpp
// (file:line:col and the caret), the two utilities every importer leans on.
#include <catch2/catch.hpp>

#include <random>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;

TEST_CASE("trim removes white space of every kind at both ends only", "[core][text]") {
  CHECK(trim("  a b \t\n") == "a b");
  CHECK(trim("\r\n\f\v x\r\n") == "x");
  CHECK(trim("") == "");
  CHECK(trim(" \t\n ") == "");
  CHECK(trim("abc") == "abc");
  // A view into the argument, not a copy.
  std::string_view s = "  keep  ";
  CHECK(trim(s).data() == s.data() + 2);
}

TEST_CASE("collapse_space makes one space of every run and trims", "[core][text]") {
  CHECK(collapse_space("  The\tE-Government\n\n  Paradox  ") == "The E-Government Paradox");
  CHECK(collapse_space("a\r\nb") == "a b");
  CHECK(collapse_space("   ") == "");
  CHECK(collapse_space("") == "");
  CHECK(collapse_space("one") == "one");
}

TEST_CASE("split_list splits on any separator, trims pieces, drops empty ones", "[core][text]") {
  using V = std::vector<std::string>;
  CHECK(split_list("civic engagement, e-collaboration; Kazakhstan", ",;") ==
        V{"civic engagement", "e-collaboration", "Kazakhstan"});
  CHECK(split_list(" a ,, ;b;", ",;") == V{"a", "b"});
  CHECK(split_list("", ",") == V{});
  CHECK(split_list(" , ; ", ",;") == V{});
  CHECK(split_list("no separators here", ",") == V{"no separators here"});
}

TEST_CASE("ASCII helpers ignore case only where they say so", "[core][text]") {
  CHECK(ascii_lower("DOI: ÄB") == "doi: \xC3\x84" "b");  // non-ASCII bytes untouched
  CHECK(iequals("Encoding", "eNCODING"));
  CHECK_FALSE(iequals("abc", "abcd"));
  CHECK(istarts_with("HTTPS://DOI.ORG/10.1", "https://doi.org/"));
  CHECK_FALSE(starts_with("Https", "https"));
  CHECK(ends_with("file.bib", ".bib"));
  CHECK_FALSE(ends_with("b", "bib"));
}

TEST_CASE("append_utf8 encodes every length and replaces out-of-range code points", "[core][text]") {
  std::string s;
  append_utf8(s, U'A');
  append_utf8(s, U'ü');        // 2 bytes
  append_utf8(s, U'€');        // 3 bytes
  append_utf8(s, U'\U0001D49C');  // 4 bytes (mathematical script A)
  CHECK(s == "A\xC3\xBC\xE2\x82\xAC\xF0\x9D\x92\x9C");
  std::string bad;
  append_utf8(bad, 0x110000);
  CHECK(bad == "\xEF\xBF\xBD");
}

TEST_CASE("next_utf8 decodes valid sequences and gives U+FFFD for each bad byte", "[core][text]") {
  std::string_view s = "A\xC3\xBC\xE2\x82\xAC\xF0\x9D\x92\x9C";
  std::size_t i = 0;
  CHECK(next_utf8(s, i) == U'A');
  CHECK(i == 1);
  CHECK(next_utf8(s, i) == U'ü');
  CHECK(i == 3);
  CHECK(next_utf8(s, i) == U'€');
  CHECK(i == 6);
  CHECK(next_utf8(s, i) == U'\U0001D49C');
  CHECK(i == 10);

  SECTION("a stray continuation byte") {
    std::string_view b = "\x80x";
    std::size_t j = 0;
    CHECK(next_utf8(b, j) == 0xFFFD);
    CHECK(j == 1);
    CHECK(next_utf8(b, j) == U'x');
  }
  SECTION("a truncated sequence at the end") {
    std::string_view b = "a\xE2\x82";
    std::size_t j = 1;
    CHECK(next_utf8(b, j) == 0xFFFD);
    CHECK(j == 2);
  }
  SECTION("a lead byte followed by ASCII") {
    std::string_view b = "\xC3(";
    std::size_t j = 0;
    CHECK(next_utf8(b, j) == 0xFFFD);
    CHECK(j == 1);
    CHECK(next_utf8(b, j) == U'(');
  }
  SECTION("overlong forms are invalid") {
    for (std::string_view b : {std::string_view("\xC0\xAF"), std::string_view("\xC1\xBF"),
                               std::string_view("\xE0\x80\xAF"), std::string_view("\xF0\x80\x80\xAF")}) {
      std::size_t j = 0;
      CHECK(next_utf8(b, j) == 0xFFFD);
      CHECK(j == 1);
    }
  }
  SECTION("surrogates and code points above U+10FFFF are invalid") {
    for (std::string_view b : {std::string_view("\xED\xA0\x80"), std::string_view("\xF4\x90\x80\x80"),
                               std::string_view("\xF5\x80\x80\x80")}) {
      std::size_t j = 0;
      CHECK(next_utf8(b, j) == 0xFFFD);
      CHECK(j == 1);
    }
  }
}

TEST_CASE("is_valid_utf8 accepts UTF-8, a literal U+FFFD, and rejects bad bytes anywhere", "[core][text]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ASCII text longer than eight bytes"));
  CHECK(is_valid_utf8("Müller, Łukasiewicz, 凯撒, \U0001D49C"));
  CHECK(is_valid_utf8("replacement \xEF\xBF\xBD char"));
  CHECK_FALSE(is_valid_utf8("M\xFCller"));  // Latin-1 ü
  CHECK_FALSE(is_valid_utf8("0123456789abcdef\xC0\xAF"));  // overlong after the fast path
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
  CHECK_FALSE(is_valid_utf8("ends in a cut \xE2\x82"));
}

TEST_CASE("utf8_length counts characters", "[core][text]") {
  CHECK(utf8_length("") == 0);
  CHECK(utf8_length("abc") == 3);
  CHECK(utf8_length("Müller") == 6);
  CHECK(utf8_length("凯撒") == 2);
}

TEST_CASE("utf8_length counts each invalid byte as one character, as next_utf8 does", "[core][text]") {
  // Latin-1 text read as UTF-8 (`--encoding utf-8` on a windows-1252 file):
  // the degree sign 0xB0 is a stray continuation byte.
  CHECK(utf8_length("25\xB0 C") == 5);
  CHECK(utf8_length("\x80\x80") == 2);
  CHECK(utf8_length("a\xE2\x82x") == 4);  // a cut sequence: two bad bytes
  // The definition: as many characters as next_utf8 steps.
  for (std::string_view s : {std::string_view("25\xB0 C"), std::string_view("\xC3(\xA9\xF0\x9D"),
                             std::string_view("ok \xE2\x82\xAC \xED\xA0\x80")}) {
    std::size_t steps = 0;
    for (std::size_t i = 0; i < s.size(); ++steps) next_utf8(s, i);
    CHECK(utf8_length(s) == steps);
  }
}

TEST_CASE("fold: case, accents and compatibility forms go; letters without a decomposition are mapped",
          "[core][text]") {
  CHECK(fold("Müller") == "muller");
  CHECK(fold("Łukasiewicz") == "lukasiewicz");
  CHECK(fold("Søndergaard") == "sondergaard");
  CHECK(fold("García-Márquez") == "garcia-marquez");
  CHECK(fold("Straße") == "strasse");
  CHECK(fold("Yılmaz") == "yilmaz");
  CHECK(fold("ﬁnite") == "finite");  // NFKC: the ligature is two letters
  CHECK(fold("ÉCOLE") == "ecole");
  CHECK(fold("ASCII Only") == "ascii only");
  // Scripts without case or accents survive.
  CHECK(fold("凯撒") == "凯撒");
  // The same name typed composed and decomposed folds the same.
  CHECK(fold("Mu\xCC\x88ller") == fold("M\xC3\xBCller"));
}

TEST_CASE("fold_words keeps letters and digits, one space between words", "[core][text]") {
  CHECK(fold_words("The E-Government Paradox.") == "the e government paradox");
  CHECK(fold_words("‘Listening State?’: exploring citizens’ perceptions") ==
        "listening state exploring citizens perceptions");
  CHECK(fold_words("  Promoting   public cooperation -- in (government) ") ==
        "promoting public cooperation in government");
  CHECK(fold_words("COVID-19: 2020–2021 Études") == "covid 19 2020 2021 etudes");
  CHECK(fold_words("...") == "");
  // A title typed with different punctuation and case folds to the same words.
  CHECK(fold_words("Public-Private Partnership") == fold_words("public–private  partnership"));
}

TEST_CASE("ascii_fold transliterates to ASCII for keys and file names", "[core][text]") {
  CHECK(ascii_fold("Müller") == "Muller");
  CHECK(ascii_fold("Straße") == "Strasse");
  CHECK(ascii_fold("Søndergaard") == "Sondergaard");
  CHECK(ascii_fold("Łukasiewicz") == "Lukasiewicz");
  CHECK(ascii_fold("Yılmaz") == "Yilmaz");
  CHECK(ascii_fold("Æsir œuvre") == "AEsir oeuvre");
  CHECK(ascii_fold("García-Márquez") == "Garcia-Marquez");
  CHECK(ascii_fold("Þórr Ðóra") == "Thorr Dora");
  CHECK(ascii_fold("a–b") == "a-b");   // en dash
  CHECK(ascii_fold("plain") == "plain");
  // Letters of scripts with no ASCII form are dropped, not mangled.
  CHECK(ascii_fold("凯撒2013") == "2013");
}

TEST_CASE("content_hash depends on the format and on every byte of the text", "[core][text]") {
  const std::string text = "@article{k, title={T}}";
  CHECK(content_hash("bibtex", text) == content_hash("bibtex", text));
  CHECK(content_hash("bibtex", text) != content_hash("ris", text));
  CHECK(content_hash("bibtex", text) != content_hash("bibtex", "@article{k, title={U}}"));
  CHECK(content_hash("bibtex", "") != content_hash("ris", ""));
  // The boundary between format and text counts: "ab"+"c" is not "a"+"bc".
  CHECK(content_hash("ab", "c") != content_hash("a", "bc"));
  // Every byte counts, also in the tail after the last whole eight bytes,
  // and trailing NULs are not lost.
  const std::string long_text(1001, 'x');
  for (std::size_t i : {0u, 7u, 8u, 999u, 1000u}) {
    std::string changed = long_text;
    changed[i] = 'y';
    CHECK(content_hash("ris", changed) != content_hash("ris", long_text));
  }
  CHECK(content_hash("ris", std::string("a\0", 2)) != content_hash("ris", "a"));
  // Pinned: the hash is stored in libraries, so a change to it must be deliberate.
  CHECK(content_hash("", "") == 0x247c9c529174a4bdULL);
}

// ---------------------------------------------------------------------------
// Diagnostics

TEST_CASE("Diagnostics map byte offsets to 1-based line and character column", "[core][diagnostics]") {
  const std::string text = "first line\nsecond\n\nMüller café X\nlast";
  Diagnostics d;
  d.set_source("refs.bib", text);
  CHECK(d.position(0) == std::make_pair(1u, 1u));
  CHECK(d.position(5) == std::make_pair(1u, 6u));
  CHECK(d.position(10) == std::make_pair(1u, 11u));  // the '\n' itself
  CHECK(d.position(11) == std::make_pair(2u, 1u));
  CHECK(d.position(18) == std::make_pair(3u, 1u));  // the empty line
  const std::size_t x = text.find('X');
  // "Müller café " is 12 characters in 14 bytes: X is column 13.
  CHECK(d.position(x) == std::make_pair(4u, 13u));
  CHECK(d.line_of(text.size()) == 5u);
  CHECK(d.position(text.size() + 100) == std::make_pair(5u, 5u));  // clamped to the end
}

TEST_CASE("Diagnostic::format gives file:line:col, the line and a caret under the column",
          "[core][diagnostics]") {
  const std::string text = "@article{ok,\n  title = {Müller “café”} junk,\n}\n";
  Diagnostics d;
  d.set_source("refs.bib", text);
  const std::size_t at = text.find("junk");
  d.error(at, "expected ',' or '}' after a field value");
  REQUIRE(d.items().size() == 1);
  const Diagnostic& item = d.items()[0];
  CHECK(item.line == 2);
  // "  title = {Müller “café”} " is 26 characters (34 bytes): junk is at 27.
  CHECK(item.column == 27);
  CHECK(item.source_line == "  title = {Müller “café”} junk,");
  CHECK(item.format() ==
        "refs.bib:2:27: error: expected ',' or '}' after a field value\n"
        "    title = {Müller “café”} junk,\n"
        "  " + std::string(26, ' ') + "^\n");
  CHECK(d.errors() == 1);
  CHECK(d.warnings() == 0);
}

TEST_CASE("the caret keeps tabs so it lines up under a tabbed line", "[core][diagnostics]") {
  const std::string text = "\tTY  - JOUR\n\tXX\n";
  Diagnostics d;
  d.set_source("a.ris", text);
  d.warning(text.find("XX"), "unknown tag");
  const Diagnostic& item = d.items().at(0);
  CHECK(item.severity == Severity::warning);
  CHECK(item.format() == "a.ris:2:2: warning: unknown tag\n  \tXX\n  \t^\n");
  CHECK(d.warnings() == 1);
}

TEST_CASE("column and caret agree on a line with invalid UTF-8 before the error", "[core][diagnostics]") {
  // A windows-1252 file given to a parser undecoded: the degree sign 0xB0
  // is not UTF-8.
  const std::string text = test::slurp(test::fixture("core/latin1-degree-junk.bib"));
  REQUIRE(text.find("25\xB0 C") != std::string::npos);
  Diagnostics d;
  d.set_source("latin1.bib", text);
  d.error(text.find('?'), "unexpected '?'");
  const Diagnostic& item = d.items().at(0);
  // "  abstract = {25", one bad byte, " C} " : 16 + 1 + 4 = 21 characters before '?'.
  CHECK(item.line == 4);
  CHECK(item.column == 22);
  const std::string f = item.format();
  const std::string caret_line = f.substr(f.rfind('\n', f.size() - 2) + 1);
  CHECK(caret_line == "  " + std::string(21, ' ') + "^\n");
}

TEST_CASE("a diagnostic about the whole file has no position", "[core][diagnostics]") {
  Diagnostics d;
  d.set_source("page.txt", "nothing to see");
  d.file_error("no bibliographic records found");
  CHECK(d.items().at(0).format() == "page.txt: error: no bibliographic records found\n");
  CHECK(d.errors() == 1);
}

TEST_CASE("Diagnostics keep at most N items but count them all", "[core][diagnostics]") {
  const std::string text = "a\nb\nc\n";
  Diagnostics d(2);
  d.set_source("f", text);
  for (std::size_t i = 0; i < 5; ++i) d.error(i, "bad");
  CHECK(d.items().size() == 2);
  CHECK(d.errors() == 5);
  d.clear();
  CHECK(d.items().empty());
  CHECK(d.errors() == 0);
}

TEST_CASE("line index is rebuilt when the source changes", "[core][diagnostics]") {
  const std::string one = "x\ny\nz";
  const std::string two = "only one line here";
  Diagnostics d;
  d.set_source("1", one);
  CHECK(d.line_of(4) == 3);
  d.set_source("2", two);
  CHECK(d.line_of(4) == 1);
  d.error(5, "e");
  CHECK(d.items().back().file == "2");
  CHECK(d.items().back().source_line == two);
}

TEST_CASE("Diagnostics cut a long source line between characters, never inside one", "[core][diagnostics]") {
  // A real SciELO export (zelcofir/Bibliometrico_Hospitales) has a 634-byte
  // line of two-byte characters; its excerpt ended on a lead byte, and the
  // diagnostics were no longer UTF-8 (a reader of refnet's stderr failed).
  std::string line(199, 'x');
  line += "\xc3\x9f\xc3\x9f tail";  // "ß" at bytes 199-200: the 200-byte cut falls inside it
  line += '\n';
  Diagnostics d;
  d.set_source("scielo.txt", line);
  d.warning(0, "w");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].source_line == std::string(199, 'x'));
  CHECK(is_valid_utf8(d.items()[0].format()));
}

namespace {
// append_json_string as it was before its one-pass fast path: the oracle.
std::string old_json_string(std::string_view s) {
  std::string clean;
  if (is_valid_utf8(s)) {
    clean = std::string(s);
  } else {
    for (std::size_t i = 0; i < s.size();) {
      std::size_t start = i;
      char32_t cp = next_utf8(s, i);
      if (cp == 0xFFFD && i - start == 1)
        append_utf8(clean, 0xFFFD);
      else
        clean.append(s.data() + start, i - start);
    }
  }
  std::string out = "\"";
  for (unsigned char c : clean) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          static const char hex[] = "0123456789abcdef";
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += '"';
  return out;
}
std::string json_string(std::string_view s) {
  std::string out = "prefix:";
  append_json_string(out, s);
  REQUIRE(out.compare(0, 7, "prefix:") == 0);  // appends, never replaces
  return out.substr(7);
}
}  // namespace

TEST_CASE("append_json_string escapes what JSON needs and replaces bytes that are not UTF-8", "[core][text][json]") {
  CHECK(json_string("") == "\"\"");
  CHECK(json_string("plain ascii text longer than one sixteen-byte block") ==
        "\"plain ascii text longer than one sixteen-byte block\"");
  CHECK(json_string("q\" b\\ \n\r\t\b\f \x01\x1f\x7f /") == "\"q\\\" b\\\\ \\n\\r\\t\\b\\f \\u0001\\u001f\x7f /\"");
  CHECK(json_string(std::string("nul\0here", 8)) == "\"nul\\u0000here\"");
  CHECK(json_string("Müller–Łukasiewicz 凯撒 \xF0\x9F\x98\x80") == "\"Müller–Łukasiewicz 凯撒 \xF0\x9F\x98\x80\"");
  CHECK(json_string("M\xFCller") == "\"M\uFFFDller\"");
  CHECK(json_string("cut \xE2\x82") == "\"cut \uFFFD\uFFFD\"");
  CHECK(json_string("kept \xEF\xBF\xBD and bad \xC0\xAF") == "\"kept \uFFFD and bad \uFFFD\uFFFD\"");
  CHECK(json_string("surrogate \xED\xA0\x80") == "\"surrogate \uFFFD\uFFFD\uFFFD\"");
}

TEST_CASE("append_json_string writes what it wrote before its fast path, byte for byte", "[core][text][json]") {
  // Every special byte at every offset around the 16-byte blocks, and random
  // strings drawn from the bytes that matter.
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x82\xAC",
                                  "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\xE2\x82", "\xEF\xBF\xBD", "\x80"};
  for (const std::string& sp : specials)
    for (std::size_t before = 0; before < 34; ++before)
      for (std::size_t after : {0, 1, 15, 16, 17}) {
        std::string s = std::string(before, 'a') + sp + std::string(after, 'b');
        INFO(s);
        CHECK(json_string(s) == old_json_string(s));
      }
  std::mt19937 rng(7);
  const std::string alphabet = std::string("ab \"\\\n\x01\x7f\x80\xBF\xC2\xC3\xE0\xE2\xED\xEF\xF0\xF4\xF5\xFF", 20);
  for (int k = 0; k < 20000; ++k) {
    std::string s(rng() % 48, 'x');
    for (char& c : s) c = rng() % 3 ? alphabet[rng() % alphabet.size()] : 'z';
    INFO(s);
    CHECK(json_string(s) == old_json_string(s));
  }
}

TEST_CASE("Diagnostics find lines in any order of offsets, as a naive count does", "[core][diagnostics]") {
  // Lines are found lazily, only as far as asked, keeping a sparse index:
  // offsets asked forwards, backwards and at random must all agree with
  // counting the newlines before them.
  std::string text;
  std::uint32_t seed = 7;
  auto rnd = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int i = 0; i < 5000; ++i) {
    text.append(rnd() % 90, 'x');
    if (i % 17 == 0) text += "é";
    text += '\n';
    if (i % 101 == 0) text += '\n';  // empty lines
  }
  text += "no newline at the end";
  auto naive = [&](std::size_t off) {
    return static_cast<std::uint32_t>(1 + std::count(text.begin(), text.begin() + off, '\n'));
  };
  Diagnostics d;
  d.set_source("t", text);
  std::vector<std::size_t> offsets;
  for (std::size_t o = 0; o <= text.size(); o += 997) offsets.push_back(o);
  offsets.push_back(text.size());
  for (std::size_t o : offsets) REQUIRE(d.line_of(o) == naive(o));                       // forwards
  for (auto it = offsets.rbegin(); it != offsets.rend(); ++it) REQUIRE(d.line_of(*it) == naive(*it));  // backwards
  Diagnostics fresh;
  fresh.set_source("t", text);
  for (int i = 0; i < 3000; ++i) {  // at random, from a fresh index
    std::size_t o = (static_cast<std::size_t>(rnd()) << 15 | rnd()) % (text.size() + 1);
    REQUIRE(fresh.line_of(o) == naive(o));
    auto [line, col] = fresh.position(o);
    REQUIRE(line == naive(o));
    std::size_t start = text.rfind('\n', o == 0 ? std::string::npos : o - 1);
    start = (o == 0 || start == std::string::npos) ? 0 : start + 1;
    if (text[o == 0 ? 0 : o - 1] == '\n') start = o;
    REQUIRE(col == utf8_length(std::string_view(text).substr(start, o - start)) + 1);
  }
  // A newline itself belongs to the line it ends.
  std::size_t nl = text.find('\n');
  CHECK(fresh.line_of(nl) == 1u);
  CHECK(fresh.line_of(nl + 1) == 2u);
}

TEST_CASE("Diagnostics search each byte once for offsets in order, even on one very long line", "[core][diagnostics]") {
  // A Crossref work-list is one line of 90 MB: the line of each record's
  // offset was searched for from the start of that line, every time (a
  // 100k-work import went from 0.5 s to 39 s).
  std::string one_line(2'000'000, 'x');
  Diagnostics d;
  d.set_source("one-line.json", one_line);
  for (std::size_t o = 0; o <= one_line.size(); o += 100) REQUIRE(d.line_of(o) == 1u);
  CHECK(d.scanned_bytes() <= one_line.size());
  // Many lines, offsets in order, then some back: each backwards look
  // searches at most the lines since a mark.
  std::string lines;
  for (int i = 0; i < 100000; ++i) lines += "line of twenty bytes\n";
  Diagnostics m;
  m.set_source("lines", lines);
  for (std::size_t o = 0; o < lines.size(); o += 7) REQUIRE(m.line_of(o) == o / 21 + 1);
  CHECK(m.scanned_bytes() <= lines.size());
  std::size_t before = m.scanned_bytes();
  for (std::size_t k = 1; k <= 20; ++k) {
    std::size_t o = lines.size() - k * 100003;
    REQUIRE(m.line_of(o) == o / 21 + 1);
  }
  CHECK(m.scanned_bytes() - before <= 21 * 64 * 25);  // 64: the stride of the marks
}

TEST_CASE("terminal_safe shows control characters as escapes, keeps text, tabs and line ends", "[core][text]") {
  CHECK(terminal_safe("Müller — 東京\tx\n") == "Müller — 東京\tx\n");
  CHECK(terminal_safe("a\x1b]0;t\x07" "b") == "a\\x1B]0;t\\x07b");
  CHECK(terminal_safe(std::string("nul\0z", 5)) == "nul\\x00z");
  CHECK(terminal_safe("del\x7f") == "del\\x7F");
  CHECK(terminal_safe("csi\xc2\x9b" "1m") == "csi\\u009B1m");    // C1 control U+009B
  CHECK(terminal_safe("nbsp\xc2\xa0" "x") == "nbsp\xc2\xa0x");   // U+00A0 is text
}

TEST_CASE("HTML line breaks a web page left in a value", "[text]") {
  CHECK(refnet::has_html_break("12<br />"));
  CHECK(refnet::has_html_break("a.html%3Cbr /%3E"));
  CHECK(refnet::has_html_break("x<BR>y"));
  CHECK_FALSE(refnet::has_html_break("<b>bold</b> 10%"));
  CHECK_FALSE(refnet::has_html_break("49:8<693::AID-ASI4>"));
  CHECK(refnet::remove_html_breaks("2<br />") == "2");
  CHECK(refnet::remove_html_breaks("<br />") == "");
  CHECK(refnet::remove_html_breaks("<br />-<br />") == "-");
  CHECK(refnet::remove_html_breaks("one<br/>two") == "one two");
  CHECK(refnet::remove_html_breaks("http://x.org/2373.html%3Cbr /%3E") == "http://x.org/2373.html");
}

// audit9: TRID's RIS writes "SP  - pp 37-64"; BibTeX files hold "pp. 37--64".
// The abbreviation of "pages" is not part of the range.
TEST_CASE("normalize_pages: a leading 'pp.' or 'p.' goes", "[text]") {
  CHECK(normalize_pages("pp 37-64") == "37-64");
  CHECK(normalize_pages("pp. 37\xE2\x80\x93" "64") == "37-64");
  CHECK(normalize_pages("pp.37-64") == "37-64");
  CHECK(normalize_pages("p. 37") == "37");
  CHECK(normalize_pages("P. 12-14") == "12-14");
  // Not an abbreviation of pages: kept.
  CHECK(normalize_pages("p37") == "p37");
  CHECK(normalize_pages("146p") == "146p");
  CHECK(normalize_pages("pp. xi-xv") == "pp. xi-xv");
  CHECK(normalize_pages("P1-P5") == "P1-P5");
}
