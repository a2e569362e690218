// The YAML spelling of `refnet edit`'s form: what the writer writes reads
// back as it was, and what a person editing it would write reads too.
#include <catch2/catch.hpp>

#include "refnet/yaml_form.hpp"

using namespace refnet;

namespace {

Record sample() {
  Record r;
  r.citekey = "vanderberg2020";
  r.type = "article-journal";
  r.title = "Cooperation: a DNA study # of sorts";
  Creator a;
  a.family = "Berg";
  a.particle = "van der";
  a.given = "Jan";
  Creator b;
  b.literal = "World Health Organization";
  Creator c;
  c.family = "King";
  c.suffix = "Jr";
  c.given = "Martin";
  r.authors = {a, b, c};
  r.title_nocase = {{15, 18}};  // DNA
  r.issued.year = 2020;
  r.issued.month = 5;
  r.container_title = "Journal of Examples";
  r.volume = "12";
  r.pages = "3-15";
  r.keywords = {"cooperation", "trust: social"};
  r.abstract = "First line.\n\n  Indented second paragraph.";
  return r;
}

}  // namespace

TEST_CASE("a work written as YAML reads back as the same form", "[yaml_form]") {
  Record r = sample();
  EditForm form = edit_form(r, {"A note\nover two lines", "Second note"});
  std::string text = write_yaml_form(form, "# header\n");
  INFO(text);
  CHECK(text.rfind("# header\nkey: vanderberg2020\n", 0) == 0);
  CHECK(text.find("author:\n  - family: van der Berg\n    given: Jan\n  - literal: World Health Organization\n"
                  "  - family: King\n    given: Martin\n    suffix: Jr\n") != std::string::npos);
  CHECK(text.find("abstract: |\n  First line.\n\n    Indented second paragraph.\n") != std::string::npos);
  CHECK(text.find("title: \"Cooperation: a {DNA} study # of sorts\"\n") != std::string::npos);  // ": " and " #" quoted
  CHECK(text.find("  - \"trust: social\"\n") != std::string::npos);
  EditForm back = read_yaml_form(text);
  CHECK(back.key == form.key);
  CHECK(back.fields == form.fields);
  CHECK(back.notes == form.notes);
  CHECK(back.lines.at("key") == 2);
}

TEST_CASE("hand edits of the YAML form: quotes, comments, blank lines, flow lists, names as strings", "[yaml_form]") {
  EditForm f = read_yaml_form(
      "---\n"
      "# a comment\n"
      "key: 'smith2020'   # the key\n"
      "\n"
      "title: \"Tab\\tand \\\"quotes\\\" and \\u00e9\"\n"
      "author:\n"
      "- Smith, Jane\n"
      "- family: O'Neil\n"
      "  given: Ann\n"
      "keywords: [one, 'two, three', \"four\"]\n"
      "volume: 12 # a comment after a value\n"
      "container-title: A journal title\n"
      "  that goes on\n"
      "note: >\n"
      "  folded\n"
      "  lines\n"
      "\n"
      "  new paragraph\n"
      "year: 2021\n"
      "annote:\n"
      "  - first\n"
      "  - 'second'\n");
  CHECK(f.key == "smith2020");
  CHECK(f.fields.at("title") == "Tab\tand \"quotes\" and \u00e9");
  CHECK(f.fields.at("author") == "Smith, Jane and O'Neil, Ann");
  CHECK(f.fields.at("keywords") == "one; two, three; four");
  CHECK(f.fields.at("volume") == "12");
  CHECK(f.fields.at("container-title") == "A journal title that goes on");
  CHECK(f.fields.at("note") == "folded lines\nnew paragraph");
  CHECK(f.fields.at("date") == "2021");
  CHECK(f.notes == std::vector<std::string>{"first", "second"});
  CHECK(f.lines.at("volume") == 11);
}

TEST_CASE("what the YAML reader refuses names the line", "[yaml_form]") {
  auto error = [](const char* text) {
    try {
      read_yaml_form(text);
    } catch (const FieldError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error("title: x\ncolour: blue\n").rfind("line 2: unknown field 'colour'", 0) == 0);
  CHECK(error("title: x\ntitle: y\n") == "line 2: field 'title' given twice (also line 1)");
  CHECK(error("date: 2020\nyear: 2021\n") == "line 2: field 'year' given twice (also line 1)");
  CHECK(error("title: \"open\n") == "line 1: a value opened with \" is not closed on its line");
  CHECK(error("title x\n") == "line 1: expected 'field: value', found 'title x'");
  CHECK(error("keywords: [a, b\n") == "line 1: a list opened with [ is not closed on its line");
  CHECK(error("author:\n  - family: A\n    age: 3\n") == "line 3: a name has family, given, suffix or literal, not 'age'");
  CHECK(error("title:\n\tx\n") == "line 2: a tab in the indentation (YAML indents with spaces)");
  CHECK(error("  title: x\n").rfind("line 1: expected 'field: value' at the start of the line", 0) == 0);
}
