// lead67: a key read from a table's cell is not refnet's own table's key.
// refnet's own CSV/TSV export writes the library's keys in its key column,
// and a "table" record under a key is read back as that export
// (store.cpp's own_table_row, the own-export test of Library::add,
// citekey.cpp's machine_made).  A key that a BibTeX or RIS record in a cell
// gave its row (importers/cell_record.cpp) was taken the same way: a review
// sheet with a "BibTeX" column, imported after the user's .bib, was "read
// back as refnet's own export" (left out of PRISMA), and the cell's pages
// became "yours now, over every source" as `refnet set` makes them; a RIS
// cell's ID, CENTRAL's accession number "CN-01779678", became the work's key
// where the same record in a .ris file gets one made (smith2019editorial).
#include <catch2/catch.hpp>

#include <string>

#include "refnet/reference_strings.hpp"
#include "cli_library.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

TEST_CASE("lead67: a BibTeX cell's key is the entry's key, not refnet's own table's", "[lead67]") {
  CliLibrary lib;
  lib.import("table/cell_key_mine.bib");
  CommandResult r = lib.import_file(fixture("table/cell_key_bibtex.csv"));
  INFO(r.out << r.err);
  // As the same entry in a .bib: a source of the work, counted by prisma.
  CHECK(r.out.find("read back as refnet's own export") == std::string::npos);
  CHECK(r.out.find("1 merged by identifier") != std::string::npos);
  CHECK(r.err.find("yours now") == std::string::npos);
  CommandResult p = lib.run("prisma", "");
  INFO(p.out);
  CHECK(p.out.find("records identified: 3") != std::string::npos);
  CHECK(p.out.find("refnet's own exports read back") == std::string::npos);
  // Alone, the cell's key names the work, as the .bib's would.
  CliLibrary fresh;
  fresh.import("table/cell_key_bibtex.csv");
  CHECK(fresh.json("show smith2019").size() == 1);
}

TEST_CASE("lead67: a RIS cell's accession number is not the work's key", "[lead67]") {
  CliLibrary plain, cells;
  plain.import("table/cell_key_plain.ris");
  cells.import("table/cell_key_ris.csv");
  CHECK(plain.json("show smith2019editorial").size() == 1);
  CHECK(cells.json("show smith2019editorial").size() == 1);
  CHECK(cells.run("show CN-01779678").out.find("Editorial") == std::string::npos);
}

// A database's accession number in a RIS record's ID is no key (citekey.cpp's
// machine_made): the work gets a key made, and the number was dropped without
// a word -- CENTRAL's "CN-01779678", PsycINFO's "2021-94054-001", ERIC's
// "EJ1251011", Lens's "004-730-763-880-57X" (about 1,300 records of the
// corpora and dedup sets).  It stays in extra under ID, as a second ID did.
TEST_CASE("lead67: a RIS ID that is a database's accession number is kept", "[lead67]") {
  CliLibrary lib;
  lib.import("table/cell_key_plain.ris");
  const std::string shown = lib.json("show smith2019editorial").dump();
  CHECK(shown.find("CN-01779678") != std::string::npos);
  // refnet's RIS export writes it back (a note naming ID) and reads it back
  // as the same work, nothing edited.
  CommandResult out = lib.run("export", "--format ris");
  CHECK(out.out.find("CN-01779678") != std::string::npos);
  const std::string back = lib.write("back.ris", out.out);
  CommandResult again = lib.import_file(back);
  CHECK(again.out.find("1 read back as refnet's own export") != std::string::npos);
  CHECK(again.err.find("edited") == std::string::npos);
  // In a table's RIS cell too.
  CliLibrary cells;
  cells.import("table/cell_key_ris.csv");
  CHECK(cells.json("show smith2019editorial").dump().find("CN-01779678") != std::string::npos);
  // A tool's bare record number (EndNote's "ID  - 12") is the tool's own.
  CliLibrary endnote;
  endnote.import_file(endnote.write("en.ris", "TY  - JOUR\nID  - 12\nTI  - Editorial\nAU  - Smith, John\nPY  - 2019\nER  - \n"));
  CHECK(endnote.json("show smith2019editorial").dump().find("\"12\"") == std::string::npos);
}

// review67: the N/N/YYYY order sheet67 reads from a file's other dates.  The
// once-a-file warning went to the first date of the column with a month
// (an ISO "2020-03-04", "2021-07" in lukasbirki/Review_Validity's table), so
// the cell whose day and month it swapped went unsaid; and a date in an
// abstract ("declared on 30/01/2020") decided the order of the Date column.
TEST_CASE("lead67: the N/N/YYYY cell read by the file's order is the one said", "[lead67]") {
  Parsed p = parse_file(fixture("table/slash_dates_after_iso.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].issued.month == 3);
  CHECK(p.records[0].issued.day == 4);
  CHECK(p.records[1].issued.month == 1);
  CHECK(p.records[1].issued.day == 2);
  CHECK(said(p, "'2020-03-04' read day first") == 0);
  CHECK(said(p, "Date '02/01/2018' read day first, as 2018-01-02") == 1);
}

TEST_CASE("lead67: a date inside an abstract does not set the Date column's order", "[lead67]") {
  Parsed p = parse_file(fixture("table/slash_date_in_abstract.csv"));
  REQUIRE(p.records.size() == 2);
  // Month first or day first: nothing in the Date column tells.
  CHECK(p.records[0].issued.year == 2018);
  CHECK(p.records[0].issued.month == 0);
  CHECK(said(p, "read day first") == 0);
}

// review67: audit67's reading of a table's Source ("J Psychiatr Res;139:
// 179-184 2021 07.") took the date after an ahead-of-print row's or a
// preprint's journal for the volume ("2020 Jun 25.", "2020.").
TEST_CASE("lead67: a date after the journal in a table's Source is no volume", "[lead67]") {
  Parsed p = parse_file(fixture("table/bvs_source_dates.csv"));
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[0].volume.empty());
  CHECK(p.records[1].volume.empty());
  CHECK(p.records[2].volume == "139");
  CHECK(p.records[2].pages == "179-184");
}

// review67 on cited67's rules: a lower-case "accessed" after a title's comma
// is the title's word, not an access note, unless a date or "on"/"from"
// follows; a leading ʻ (U+02BB: the Hawaiian ʻokina, Arabic's ayn) without
// its closing ʼ is a letter of the title.
TEST_CASE("lead67: a title's own 'accessed' and a leading ʻokina stay", "[lead67][reference_strings]") {
  CHECK(parse_scopus_reference("Smith J., Electronic health records, accessed by patients: a systematic review, "
                               "J Med Internet Res, 21, 3, (2019)")
            .title == "Electronic health records, accessed by patients: a systematic review");
  CHECK(parse_scopus_reference("Portal i- Wakaf. Retrieved june 13, 2012, from Jabatan Wakaf Zakat Dan Haji, (2012)")
            .title == "Portal i- Wakaf");
  CHECK(parse_scopus_reference("Kader S.Z., Dahlan N.H., Current Legal Issues Concerning Awqaf in Malaysia. Retrieved "
                               "on 12/06/2018, (2013)")
            .title == "Current Legal Issues Concerning Awqaf in Malaysia");
  CHECK(parse_scopus_reference("Wilson W.H., \xCA\xBBOlelo Hawai\xCA\xBBi revitalization and the schools, "
                               "Language Policy, 12, 1, pp. 23-40, (2013)")
            .title == "\xCA\xBBOlelo Hawai\xCA\xBBi revitalization and the schools");
}

// review67 on user67's warning: `set 'author=García Márquez, Gabriel José'`,
// a double family name in the help's own "Family, Given" form, was warned of
// as "two persons are written 'García Márquez and Gabriel José'": the advice
// would split one author in two.  The warning stands where the family opens
// with a given name ("Diana Kudaibergenova, Saltanat Janenova").
TEST_CASE("lead67: set author= with a double family name is not taken for two persons", "[lead67][edit]") {
  CliLibrary lib;
  lib.import("seeds/002_c7d5c630647734e1.txt");
  const CommandResult r = lib.run("set", "anon2023listening 'author=Garc\xC3\xAD" "a M\xC3\xA1rquez, Gabriel Jos\xC3\xA9'");
  CHECK(r.err.find("warning") == std::string::npos);
  const CommandResult two = lib.run("set", "anon2023listening 'author=Diana Kudaibergenova, Saltanat Janenova'");
  CHECK(two.err.find("is read as one person") != std::string::npos);
}
