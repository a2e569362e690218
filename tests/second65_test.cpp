// second65: code health.  The mark guard of Library::add (an entry carrying
// this library's mark, naming a work: is it about that work?) compared the
// first creator's family name whole, where own-export recognition
// (same_entry_of) compares its last word since session 64 ("van den Hoven"
// kept whole, read back as the family Hoven with the particle "van den").
// One rule now (store.cpp first_family_word).  The record: lead64_test's
// Lens RIS record (citation-file-formatting's lens.ris), without its DOI.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

const char* const kLens =
    "TY  - JOUR\nAU  - van den Hoven, null\nAU  - Smits, Maarten L. J.\nPY  - 2014\n"
    "TI  - The effect of intra-arterial angiotensin II on the hepatic tumor to non-tumor blood flow ratio\n"
    "T2  - Journal of Vascular and Interventional Radiology\nVL  - 25\nIS  - 3\nSP  - S105\nER  - \n";

}  // namespace

// Main e31e1f94: the export's entry, its key and its title edited in the file (no DOI), named its work by the mark,
// but the guard's first author 'van den hoven' was not the entry's 'hoven' (read back as family Hoven, particle
// 'van den'): "names none of its works ... has another key, title, DOI and first author: read as a record".
TEST_CASE("a marked entry whose key and title were edited finds its work by a first author kept whole with its particle",
          "[second65]") {
  for (const char* format : {"bibtex", "biblatex", "ris", "csljson"}) {
    INFO(format);
    CliLibrary lib;
    lib.import_file(lib.write("lens.ris", kLens));
    std::string key = lib.run("list --format keys").out;
    key = key.substr(0, key.find('\n'));
    REQUIRE(!key.empty());
    std::string text = slurp(lib.exported(format, std::string("mine.") + format));
    text = std::regex_replace(text, std::regex(key), "edited2014");
    text = std::regex_replace(text, std::regex("The effect of intra-arterial"), "Effect of intra-arterial");
    const CommandResult back = lib.import_file(lib.write(std::string("edited.") + format, text));
    INFO(back.out << back.err);
    CHECK(back.out.find("1 read back as refnet's own export") != std::string::npos);
    CHECK(back.err.find("names none of its works") == std::string::npos);
    CHECK(lib.json("list").size() == 1);
  }
}
