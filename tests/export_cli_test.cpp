// `refnet export` and `refnet rekey` end to end, through the binary.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "refnet/exporter.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

struct Lib {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return "--library '" + path + "'"; }
  CommandResult run(const std::string& args) const { return run_refnet(args); }
};

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

// The citation keys of the entries, in output order.
std::vector<std::string> keys_of(const std::string& bib) {
  std::vector<std::string> keys;
  for (std::size_t p = bib.find('@'); p != std::string::npos; p = bib.find("\n@", p + 1)) {
    std::size_t open = bib.find('{', p), comma = bib.find(',', open);
    keys.push_back(bib.substr(open + 1, comma - open - 1));
  }
  return keys;
}

const std::string kScopus = fixture("corpora/synthesisr__Scopus_bib_example.bib");
const std::string kZotero = fixture("corpora/asysd__zotero_export.bib");

// The export as it was before it streamed, kept as the specification of the
// streamed one: every selected work loaded (the first q.limit by id), sorted
// in memory (ties by key, then id), and given to the vector writer.
std::string export_in_memory(const std::string& path, const std::string& format, const std::string& sort,
                             const Query& q = {}, const ExportOptions& opt = {}) {
  struct Item {
    std::int64_t id;
    Record record;
    std::string text;  // folded first family name or title
  };
  std::vector<Item> items;
  {
    Library lib(path, false);
    lib.each(q, [&](const Work& w) {
      const Record& r = w.record;
      const auto& names = r.authors.empty() ? r.editors : r.authors;
      std::string text;
      if (sort == "title") text = fold_words(r.title);
      else if (sort == "author" && !names.empty())
        text = fold(names.front().is_literal() ? names.front().literal : names.front().family);
      items.push_back({w.id, r, text});
      return true;
    });
  }
  std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    if (sort == "id") return a.id < b.id;
    if (a.text != b.text) return a.text < b.text;
    if ((sort == "year" || sort == "author") && a.record.issued.year != b.record.issued.year)
      return a.record.issued.year < b.record.issued.year;
    if (a.record.citekey != b.record.citekey) return a.record.citekey < b.record.citekey;
    return a.id < b.id;
  });
  std::vector<Record> records;
  for (auto& it : items) records.push_back(std::move(it.record));
  // The old keys a paper may cite, by the key of the work they name (biblatex `ids`).
  std::unordered_map<std::string, std::vector<std::string>> aliases;
  {
    Library lib(path, false);
    for (const auto& [id, key] : lib.citable_aliases())
      for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) aliases[records[i].citekey].push_back(key);
  }
  ExportOptions with = opt;
  if (!with.aliases) with.aliases = &aliases;
  // The mark naming the library, as 'refnet export' writes it (session 62),
  // and the work each entry was written from (session 63).
  ExportOptions marked = opt;
  {
    Library lib(path, false);
    marked.library_mark = with.library_mark = library_identity(lib.handle());
  }
  std::unordered_map<std::string, std::int64_t> work_ids;
  for (std::size_t i = 0; i < items.size(); ++i) work_ids[records[i].citekey] = items[i].id;
  marked.work_ids = with.work_ids = &work_ids;
  std::ostringstream out;
  if (format == "bibtex") write_bibtex(out, records, marked);
  if (format == "biblatex") write_biblatex(out, records, with);
  if (format == "ris") write_ris(out, records, marked);
  if (format == "csljson") write_csljson(out, records, marked);
  return out.str();
}

// A library of real files of the three formats: BibTeX (Zotero, Scopus, with
// extra fields), RIS (with extra tags) and Crossref JSON.
void import_mixed(const Lib& lib) {
  std::string files;
  for (const char* f : {"corpora/asysd__zotero_export.bib", "corpora/synthesisr__Scopus_bib_example.bib",
                        "corpora/asysd__wos_test.ris", "corpora/synthesisr__Scopus_ris_example.ris",
                        "corpora/habanero-cassettes__test-journals__test_journals_works__01.json"})
    files += " '" + fixture(f) + "'";
  REQUIRE(run_refnet("import --quiet " + lib.opt() + files).status == 0);
}

}  // namespace

TEST_CASE("export writes every selected work to stdout, sorted by key", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  CommandResult r = run_refnet("export " + lib.opt());
  REQUIRE(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"Cao2020", "Li2020", "Tang2020"});
  CHECK(r.err.find("exported 3 works") != std::string::npos);
  // The same library gives the same bytes.
  CHECK(run_refnet("export " + lib.opt()).out == r.out);
}

TEST_CASE("export --sort orders by year, author, title or id", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kZotero + "'").status == 0);
  CommandResult by_year = run_refnet("export --format csljson --sort year " + lib.opt());
  REQUIRE(by_year.status == 0);
  // import's names for CSL-JSON are export's too
  CHECK(run_refnet("export --format csl --sort year " + lib.opt()).out == by_year.out);
  CHECK(run_refnet("export --format csl-json --sort year " + lib.opt()).out == by_year.out);
  auto items = nlohmann::json::parse(by_year.out);
  REQUIRE(items.size() > 100);
  int last = 0;
  for (const auto& it : items) {
    int y = it.contains("issued") && it["issued"].contains("date-parts") ? it["issued"]["date-parts"][0][0].get<int>() : 0;
    CHECK(y >= last);
    last = y;
  }
  CHECK(run_refnet("export --sort bogus " + lib.opt()).status == 2);
}

TEST_CASE("export --sort takes a reversed key as list --sort does: -year -added -key -author -title", "[export][cli]") {
  // list --sort took '-year' and '-added' (2775f21); export refused both
  // ("'-year' is not one of key, year, author, title, id"), and knew no
  // 'added'.
  Lib lib;
  import_mixed(lib);
  auto keys = [&](const std::string& sort) {
    CommandResult r = run_refnet("export --no-pin --sort " + sort + " " + lib.opt());
    INFO(sort << ": " << r.err);
    REQUIRE(r.status == 0);
    return keys_of(r.out);
  };
  for (const char* by : {"key", "author", "title", "id", "added"}) {
    INFO(by);
    std::vector<std::string> forward = keys(by), back = keys(std::string("-") + by);
    REQUIRE(forward.size() > 20);
    std::reverse(back.begin(), back.end());
    CHECK(back == forward);
  }
  CHECK(keys("added") == keys("id"));
  // -year: newest first, the works without a year last, as list --sort -year.
  CommandResult listed = run_refnet("list --format json --sort -year " + lib.opt());
  REQUIRE(listed.status == 0);
  std::vector<std::string> newest_first;
  for (const auto& w : nlohmann::json::parse(listed.out)) newest_first.push_back(w["citekey"].get<std::string>());
  CHECK(keys("-year") == newest_first);
  CHECK(run_refnet("export --sort -bogus " + lib.opt()).status == 2);
}

TEST_CASE("the streamed export gives the bytes of the in-memory one, for every format and sort", "[export][cli]") {
  Lib lib;
  import_mixed(lib);
  REQUIRE(Library(lib.path, false).count(Query{}) > 150);
  for (const char* format : {"bibtex", "biblatex", "ris", "csljson"}) {
    for (const char* sort : {"key", "year", "author", "title", "id"}) {
      INFO(format << " --sort " << sort);
      CommandResult r = run_refnet(std::string("export --format ") + format + " --sort " + sort + " " + lib.opt());
      REQUIRE(r.status == 0);
      CHECK(r.out == export_in_memory(lib.path, format, sort));
    }
  }
  ExportOptions ascii;
  ascii.ascii = true;
  CHECK(run_refnet("export --ascii " + lib.opt()).out == export_in_memory(lib.path, "bibtex", "key", {}, ascii));
}

TEST_CASE("a CSL-JSON export of the library writes what a BibTeX source's own fields give", "[export][cli]") {
  // The library's records were read without their extra fields for CSL-JSON,
  // so title-short (shorttitle), accessed (urldate), a thesis' genre and the
  // note were written by csl_of in memory but not by 'refnet export'.
  Lib lib;
  std::string bib = lib.dir / "t.bib";
  std::ofstream(bib) << "@phdthesis{doe2020,\n  author = {Doe, Jane}, title = {A Long Title: With a Subtitle},\n"
                        "  shorttitle = {A Long Title}, school = {MIT}, year = {2020}, urldate = {2021-03-04},\n"
                        "  note = {Issue \\#5, see file\\_name}\n}\n";
  REQUIRE(run_refnet("import " + lib.opt() + " '" + bib + "'").status == 0);
  CommandResult r = run_refnet("export --format csljson " + lib.opt());
  REQUIRE(r.status == 0);
  nlohmann::json item = nlohmann::json::parse(r.out).at(0);
  CHECK(item["title-short"] == "A Long Title");
  CHECK(item["accessed"] == nlohmann::json::parse(R"({"date-parts": [[2021, 3, 4]]})"));
  CHECK(item["genre"] == "PhD thesis");
  CHECK(item["note"] == "Issue #5, see file_name");
  CommandResult ris = run_refnet("export --format ris " + lib.opt());
  CHECK(ris.out.find("N1  - Issue #5, see file_name\r\n") != std::string::npos);
}

TEST_CASE("a streamed export applies the selection, --limit before the sort", "[export][cli]") {
  Lib lib;
  import_mixed(lib);
  Query recent;
  recent.year_min = 2015;
  Query first7;
  first7.limit = 7;  // the first 7 works by id, then sorted
  Query none;
  none.year_min = none.year_max = 1900;
  for (const char* sort : {"key", "year", "author", "title", "id"}) {
    INFO("--sort " << sort);
    std::string s = std::string(" --sort ") + sort + " " + lib.opt();
    std::string out = run_refnet("export --format ris --year 2015-" + s).out;
    CHECK(count(out, "ER  - ") > 10);
    CHECK(out == export_in_memory(lib.path, "ris", sort, recent));
    out = run_refnet("export --limit 7" + s).out;
    CHECK(count(out, "\n@") + 1 == 7);
    CHECK(out == export_in_memory(lib.path, "bibtex", sort, first7));
    CHECK(run_refnet("export --format csljson --year 1900" + s).out == "[]\n");
  }
  CHECK(export_in_memory(lib.path, "csljson", "key", none) == "[]\n");
}

TEST_CASE("export selects with the list filters and explicit keys", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  CommandResult one = run_refnet("export " + lib.opt() + " Li2020");
  REQUIRE(one.status == 0);
  CHECK(keys_of(one.out) == std::vector<std::string>{"Li2020"});
  // An unknown key is a warning (exit 3), not the end of the export.
  CommandResult unknown = run_refnet("export " + lib.opt() + " NoSuchKey");
  CHECK(unknown.status == 3);
  CHECK(unknown.out.empty());
  CHECK(unknown.err.find("warning: no work in the library is named 'NoSuchKey'") != std::string::npos);
  CommandResult some = run_refnet("export " + lib.opt() + " NoSuchKey Li2020");
  CHECK(some.status == 3);
  CHECK(keys_of(some.out) == std::vector<std::string>{"Li2020"});
  CommandResult none = run_refnet("export --year 1900 " + lib.opt());
  CHECK(none.status == 0);
  CHECK(none.out.empty());
}

TEST_CASE("export -o writes the file atomically and infers the format", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  std::string ris = lib.dir / "out.ris";
  CommandResult r = run_refnet("export " + lib.opt() + " -o '" + ris + "'");
  REQUIRE(r.status == 0);
  CHECK(r.out.empty());
  std::string text = slurp(ris);
  CHECK(count(text, "TY  - JOUR\r\n") == 3);
  CHECK(count(text, "ER  - \r\n") == 3);
  std::string json = lib.dir / "out.json";
  REQUIRE(run_refnet("export " + lib.opt() + " -o '" + json + "'").status == 0);
  CHECK(nlohmann::json::parse(slurp(json)).size() == 3);
  std::string bib = lib.dir / "out.bib";
  REQUIRE(run_refnet("export --format biblatex --ascii " + lib.opt() + " -o '" + bib + "'").status == 0);
  std::string b = slurp(bib);
  CHECK(count(b, "journaltitle = ") == 3);
  for (char c : b) CHECK(static_cast<unsigned char>(c) < 0x80);
  // Only the output files are in the directory: no temporary left behind.
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(lib.dir.path))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) ++files;
  CHECK(files == 0);
}

TEST_CASE("a failed export leaves no partial file and the old file untouched", "[export][cli]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  // The target is a directory: the rename fails after the temporary file was written.
  std::string dir = lib.dir / "taken";
  std::filesystem::create_directory(dir);
  CommandResult r = run_refnet("export " + lib.opt() + " -o '" + dir + "'");
  CHECK(r.status == 1);
  CHECK(r.err.find("error") != std::string::npos);
  CHECK(std::filesystem::is_directory(dir));
  for (const auto& e : std::filesystem::directory_iterator(lib.dir.path))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
  // A directory that does not exist: nothing is created.
  CHECK(run_refnet("export " + lib.opt() + " -o '" + (lib.dir / "no/such/dir/out.bib") + "'").status == 1);
  CHECK_FALSE(std::filesystem::exists(lib.dir / "no"));
  // A bad format is refused before anything is written: the old file stays.
  std::string old = lib.dir / "old.bib";
  { std::ofstream(old) << "% mine\n"; }
  CHECK(run_refnet("export --format docx " + lib.opt() + " -o '" + old + "'").status == 2);
  CHECK(slurp(old) == "% mine\n");
}

TEST_CASE("rekey regenerates keys from a pattern, unique, in one go", "[export][cli][citekey]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  CommandResult r = run_refnet("rekey --yes " + lib.opt());
  REQUIRE(r.status == 0);
  // In work id order: the order of the file.
  CHECK(r.out ==
        "Li2020\tli2020soil\n"
        "Cao2020\tcao2020impacts\n"
        "Tang2020\ttang2020application\n");
  CHECK(keys_of(run_refnet("export --no-pin " + lib.opt()).out) ==
        std::vector<std::string>{"cao2020impacts", "li2020soil", "tang2020application"});
  // All three are from 2020: a year-only pattern needs suffixes.
  r = run_refnet("rekey --yes --pattern '[year]' " + lib.opt());
  REQUIRE(r.status == 0);
  CHECK(keys_of(run_refnet("export --no-pin --sort id " + lib.opt()).out) ==
        std::vector<std::string>{"2020", "2020a", "2020b"});
  // Rekeying again with the same pattern changes nothing (keys trade places safely).
  r = run_refnet("rekey --yes --pattern '[year]' " + lib.opt());
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  // --dry-run stores nothing; a bad pattern is a usage error.
  r = run_refnet("rekey --dry-run " + lib.opt());
  CHECK(r.out.find("2020\tli2020soil\n") != std::string::npos);
  CHECK(keys_of(run_refnet("export --no-pin --sort id " + lib.opt()).out)[0] == "2020");
  r = run_refnet("rekey --pattern '[nope]' " + lib.opt());
  CHECK(r.status == 2);
  CHECK(r.err.find("[nope]") != std::string::npos);
  // The reads above said --no-pin: an export pins the keys it writes, and
  // rekey leaves a pinned key alone.
  REQUIRE(run_refnet("export --sort id -o '" + (lib.dir / "out.bib") + "' " + lib.opt()).status == 0);
  r = run_refnet("rekey --yes " + lib.opt());
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK(keys_of(run_refnet("export --sort id " + lib.opt()).out) == std::vector<std::string>{"2020", "2020a", "2020b"});
}

TEST_CASE("export --aux and --cites write the works a paper cites; a missing key is a warning, exit 3",
          "[export][cli][cites]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  TempDir tmp;
  std::string aux = tmp / "paper.aux", tex = tmp / "paper.tex";
  std::ofstream(aux) << "\\relax\n\\citation{Li2020,NotInLibrary}\n\\bibstyle{plain}\n";
  CommandResult r = run_refnet("export " + lib.opt() + " --aux '" + aux + "'");
  CHECK(r.status == 3);
  CHECK(keys_of(r.out) == std::vector<std::string>{"Li2020"});
  CHECK(r.err.find("warning: no work in the library is named 'NotInLibrary'") != std::string::npos);
  std::ofstream(tex) << "As \\citet[p.~3]{Li2020} showed.\n";
  r = run_refnet("export " + lib.opt() + " --cites '" + tex + "'");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"Li2020"});
  std::ofstream(tex) << "\\nocite{*}\n";
  r = run_refnet("export " + lib.opt() + " --cites '" + tex + "'");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out).size() == 3);
}

TEST_CASE("the keys of absorbed works resolve in export and --aux, and biblatex gets them as ids",
          "[export][cli][aliases]") {
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  REQUIRE(run_refnet("merge " + lib.opt() + " Li2020 Cao2020").status == 0);
  CommandResult r = run_refnet("export " + lib.opt() + " --format biblatex Cao2020");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"Li2020"});
  CHECK(r.out.find("  ids = {Cao2020}") != std::string::npos);
  TempDir tmp;
  std::ofstream(tmp / "paper.aux") << "\\citation{Cao2020}\n";
  r = run_refnet("export " + lib.opt() + " --aux '" + (tmp / "paper.aux") + "'");
  CHECK(r.status == 0);
  // BibTeX has no ids: the entry is written under the key the paper cites,
  // which is the one bibtex looks for.
  CHECK(keys_of(r.out) == std::vector<std::string>{"Cao2020"});
  r = run_refnet("export " + lib.opt() + " --format biblatex --aux '" + (tmp / "paper.aux") + "'");
  CHECK(keys_of(r.out) == std::vector<std::string>{"Li2020"});
  CHECK(r.out.find("  ids = {Cao2020}") != std::string::npos);
  CHECK(run_refnet("show " + lib.opt() + " Cao2020").status == 0);
}

TEST_CASE("a .bib key the library cannot keep stays the work's alias: ids, show, --aux", "[export][cli][aliases]") {
  Lib lib;
  TempDir tmp;
  // DBLP's keys hold '/', hand-made ones an apostrophe, Scopus's a space
  // (which no BibTeX key can hold: no alias).
  std::ofstream(tmp / "keys.bib") << "@article{DBLP:journals/giq/Doe20,\n author={Doe, Jane},\n title={Slashes},\n"
                                     " journal={GIQ},\n year={2020}\n}\n"
                                     "@article{O'Brien2019,\n author={O'Brien, Pat},\n title={Apostrophes},\n"
                                     " journal={J},\n year={2019}\n}\n"
                                     "@ARTICLE{van Ginkel2021,\n author={van Ginkel, K.},\n title={Spaces},\n"
                                     " journal={J},\n year={2021}\n}\n";
  CommandResult imp = run_refnet("import " + lib.opt() + " '" + (tmp / "keys.bib") + "'");
  REQUIRE(imp.status == 0);
  CHECK(imp.out.find("2 citation keys the files gave the library could not keep: kept as aliases") != std::string::npos);
  CommandResult r = run_refnet("export " + lib.opt() + " --format biblatex");
  CHECK(r.out.find("  ids = {DBLP:journals/giq/Doe20}") != std::string::npos);
  CHECK(r.out.find("  ids = {O'Brien2019}") != std::string::npos);
  CHECK(r.out.find("van Ginkel2021") == std::string::npos);
  CHECK(run_refnet("show " + lib.opt() + " \"O'Brien2019\"").status == 0);
  CHECK(run_refnet("show " + lib.opt() + " DBLP:journals/giq/Doe20").status == 0);
  // A paper that cites the old keys gets its entries under them from BibTeX.
  std::ofstream(tmp / "paper.aux") << "\\citation{DBLP:journals/giq/Doe20}\n\\citation{O'Brien2019}\n";
  r = run_refnet("export " + lib.opt() + " --aux '" + (tmp / "paper.aux") + "'");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"DBLP:journals/giq/Doe20", "O'Brien2019"});
  // Imported again, nothing new and no second alias.
  imp = run_refnet("import " + lib.opt() + " '" + (tmp / "keys.bib") + "'");
  CHECK(imp.out.find("kept as aliases") == std::string::npos);
}

TEST_CASE("a cycle of crossrefs is cut where it closes, a dangling one left out, each with a warning",
          "[export][cli][crossref]") {
  // biber__crossrefs.bib's circ1 -> circ2 -> circ1 ("Circular inheritance",
  // a biber error) and mcr -> missing1 (bibtex "A bad cross reference").
  Lib lib;
  TempDir tmp;
  std::ofstream(tmp / "x.bib") << "@inbook{circ1, title={One}, crossref={circ2}}\n"
                                  "@inbook{circ2, title={Two}, crossref={circ1}}\n"
                                  "@inbook{mcr, title={Three}, crossref={missing1}}\n";
  REQUIRE(run_refnet("import " + lib.opt() + " '" + (tmp / "x.bib") + "'").status == 0);
  CommandResult r = run_refnet("export " + lib.opt());
  CHECK(r.status == 0);
  CHECK(count(r.out, "crossref = ") == 1);
  CHECK(r.err.find("closes a cycle of cross-references: left out") != std::string::npos);
  CHECK(r.err.find("mcr: crossref to 'missing1', which is not in this export: left out") != std::string::npos);
}

TEST_CASE("the parents of exported children are written after them, pulled in when not selected",
          "[export][cli][crossref]") {
  // bibtex reads a crossref's parent only when it comes after the child
  // (biber__crossrefs.bib: 120 warnings when the sort put parents first), and
  // a child exported without its parent is a dangling reference (bibtex exit 2).
  Lib lib;
  TempDir tmp;
  std::ofstream(tmp / "x.bib") << "@proceedings{aconf, title={Conference}, crossref={aaseries}}\n"
                                  "@book{aaseries, title={Series}}\n"
                                  "@inproceedings{zchild, title={Child}, crossref={aconf}}\n"
                                  "@inproceedings{ychild, title={Other child}, crossref={aconf}}\n"
                                  "@book{mbook, title={Alone}}\n";
  REQUIRE(run_refnet("import " + lib.opt() + " '" + (tmp / "x.bib") + "'").status == 0);

  CommandResult r = run_refnet("export " + lib.opt() + " --sort key");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"mbook", "ychild", "zchild", "aconf", "aaseries"});
  CHECK(count(r.out, "crossref = ") == 3);
  CHECK(r.err.find("not in this export") == std::string::npos);

  r = run_refnet("export " + lib.opt() + " zchild");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"zchild", "aconf", "aaseries"});
  CHECK(count(r.out, "crossref = ") == 2);
  CHECK(r.err.find("not in this export") == std::string::npos);

  r = run_refnet("export " + lib.opt() + " --sort key --text Child");
  CHECK(r.status == 0);
  CHECK(keys_of(r.out) == std::vector<std::string>{"ychild", "zchild", "aconf", "aaseries"});
}

TEST_CASE("list --format csv --columns gives export's values of sources, tags and notes", "[export][cli][list]") {
  // A new user's trial: `list --columns key,sources,decision,tags` gave the
  // first file's path and empty tags, where export gave every source's label
  // and the tags (the README says list takes export's columns).
  Lib lib;
  REQUIRE(run_refnet("import " + lib.opt() + " '" + kScopus + "'").status == 0);
  REQUIRE(run_refnet("tag add to-read Cao2020 " + lib.opt()).status == 0);
  REQUIRE(run_refnet("tag add screen:include Li2020 " + lib.opt()).status == 0);
  REQUIRE(run_refnet("note Tang2020 'read the methods' " + lib.opt()).status == 0);
  const std::string cols = " --format csv --columns key,sources,tags,decision,notes ";
  CommandResult listed = run_refnet("list --sort key" + cols + lib.opt());
  CommandResult exported = run_refnet("export --no-pin" + cols + lib.opt());
  REQUIRE(listed.status == 0);
  REQUIRE(exported.status == 0);
  CHECK(listed.out.find("to-read") != std::string::npos);
  CHECK(listed.out.find("include") != std::string::npos);
  CHECK(listed.out.find("read the methods") != std::string::npos);
  CHECK(listed.out == exported.out);
}

// Once its keys are pinned, an export writes nothing to the library, so it
// does not open it for writing: another command's write transaction neither
// holds it up nor makes it warn.  Before, it waited for the lock (30 s) and
// then warned that the exported keys were not pinned.
TEST_CASE("an export of works whose keys are pinned already does not open the library for writing", "[export][cli]") {
  Lib lib;
  REQUIRE(lib.run("import --quiet " + lib.opt() + " '" + kZotero + "'").status == 0);
  const std::string a = lib.dir / "a.bib", b = lib.dir / "b.bib";
  CommandResult first = lib.run("export " + lib.opt() + " -o '" + a + "'");
  REQUIRE(first.status == 0);
  REQUIRE(first.err.find("refnet export: pinned ") != std::string::npos);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(lib.path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
  CommandResult again = lib.run("export " + lib.opt() + " -o '" + b + "'");
  sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  INFO(again.err);
  CHECK(again.status == 0);
  CHECK(again.err.find("pinned") == std::string::npos);
  CHECK(slurp(a) == slurp(b));
}
