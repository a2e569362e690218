// lead63: the merge log names what a merge on import joined its records by
// (merges.basis, schema 21).  prisma counted those merges by the words of
// their reasons ("same PMID 123"), and `dedup --recheck` told a tool's
// re-export of one entry by " entry: key " in its reason: a reason reworded,
// or written by hand into the log, changed PRISMA's figures.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <sqlite3.h>

#include "refnet/network_build.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
std::string q(const std::string& path) { return "'" + path + "'"; }
void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Runs SQL on a library file outside refnet; the rows of a query, one a line, '|' between columns.
std::string sql(const std::string& path, const std::string& statements) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  std::string out;
  char* err = nullptr;
  const int rc = sqlite3_exec(
      db, statements.c_str(),
      [](void* o, int n, char** values, char**) {
        auto& s = *static_cast<std::string*>(o);
        for (int i = 0; i < n; ++i) s += std::string(i ? "|" : "") + (values[i] ? values[i] : "NULL");
        s += "\n";
        return 0;
      },
      &out, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(db);
  CHECK(rc == SQLITE_OK);
  return out;
}

// Web of Science and Scopus exports of one search (the same 29 DOIs), two
// exports of one MEDLINE record without a DOI (another revision date), two
// of one Web of Science record without a DOI (another citation count), and
// one BibTeX entry exported twice by one tool (its key, title and year).
void import_all(const TempDir& dir, const std::string& lib) {
  REQUIRE(run_refnet(lib + "import " + q(fixture("corpora/umbrella-review__savedrecs.txt")) + " " +
                     q(fixture("corpora/umbrella-review__scopus.csv")))
              .status == 0);
  auto medline = [](const std::string& revised) {
    return "PMID- 10000001\nOWN - NLM\nSTAT- MEDLINE\nLR  - " + revised +
           "\nDP  - 1999 Mar\nTI  - A rare finding in a common disease.\nPG  - 12-19\nAU  - Moreau P\n"
           "TA  - Rev Med\nJT  - Revue medicale\nVI  - 7\n\n";
  };
  write_file(dir / "pubmed-1.txt", medline("20200101"));
  write_file(dir / "pubmed-2.txt", medline("20230101"));
  auto wos = [](const std::string& cited) {
    return "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Moreau, P\nTI Another rare finding\n"
           "SO REVUE MEDICALE\nPY 1999\nVL 7\nBP 20\nEP 24\nTC " + cited + "\nUT WOS:000079000000001\nER\n\nEF\n";
  };
  write_file(dir / "savedrecs-1.txt", wos("3"));
  write_file(dir / "savedrecs-2.txt", wos("4"));
  auto bib = [](const std::string& note) {
    return "@article{moreau1999third,\n  author = {Moreau, Pierre},\n  title = {A third rare finding},\n"
           "  journal = {Revue medicale},\n  year = {1999},\n  note = {" + note + "}\n}\n";
  };
  write_file(dir / "mine-1.bib", bib("read"));
  write_file(dir / "mine-2.bib", bib("read twice"));
  for (const char* f : {"pubmed-1.txt", "pubmed-2.txt", "savedrecs-1.txt", "savedrecs-2.txt", "mine-1.bib", "mine-2.bib"})
    REQUIRE(run_refnet(lib + "import " + q(dir / f)).status == 0);
}

const char* const kBreakdown =
    "    by identifier: 32 (DOI 29, PMID 1, WoS UT 1, the same entry exported again 1)\n";

}  // namespace

TEST_CASE("the merge log names what each merge on import joined by; prisma counts by it, not by the reason's words",
          "[lead63][prisma]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  const std::string lib = "--library " + q(path) + " ";
  import_all(dir, lib);
  CHECK(has(run_refnet(lib + "prisma").out, kBreakdown));
  CHECK(sql(path, "SELECT kind, basis, count(*) FROM merges GROUP BY kind, basis ORDER BY kind, basis") ==
        "doi|DOI|29\nidentifier|PMID|1\nidentifier|WoS UT|1\nidentifier|entry|1\n");
  // A reason is words for people: reworded (or edited with sqlite3), the
  // figures stay.
  sql(path, "UPDATE merges SET reason = 'joined on import'");
  CHECK(has(run_refnet(lib + "prisma").out, kBreakdown));
  CHECK(has(run_refnet(lib + "prisma --json").out,
            "\"duplicates_by_identifier_kind\":{\"DOI\":29,\"PMID\":1,\"WoS UT\":1,"
            "\"the same entry exported again\":1}"));
  // A tool's re-export of one entry is no judgement of evidence: recheck leaves it alone, whatever its reason says.
  auto recheck = run_refnet(lib + "dedup --recheck");
  CHECK(recheck.status == 0);
  CHECK(!has(recheck.out + recheck.err, "moreau1999third"));
}

TEST_CASE("a library of schema 20 gets each merge's basis from its reason once, as prisma read it", "[lead63][prisma]") {
  TempDir dir;
  const std::string path = dir / "lib.sqlite";
  const std::string lib = "--library " + q(path) + " ";
  import_all(dir, lib);
  const std::string before = run_refnet(lib + "prisma --json").out;
  // As schema 20 left it: no basis column.
  sql(path, "ALTER TABLE merges DROP COLUMN basis; PRAGMA user_version = 20;");
  auto p = run_refnet(lib + "prisma");
  CHECK(p.status == 0);
  CHECK(has(p.out, kBreakdown));
  CHECK(run_refnet(lib + "prisma --json").out == before);
  CHECK(sql(path, "PRAGMA user_version") == std::to_string(Library::kSchemaVersion) + "\n");
  CHECK(sql(path, "SELECT basis, count(*) FROM merges GROUP BY basis ORDER BY basis") ==
        "DOI|29\nPMID|1\nWoS UT|1\nentry|1\n");
}

// A Lens reference written with its text and its Lens ID (the Scholarly
// API's references, audit63's reader: the text is the reference, the ID its
// key) cites the work of the library holding that Lens ID.  The citation
// network read the ID from the reference's text only: such a reference,
// abbreviated as citations are, cited nothing.
TEST_CASE("a Lens reference with its text cites the work its Lens ID names", "[lead63][network]") {
  Reference r;
  r.raw = "Moreira A. Reference managers: a survey. J Rev Methods. 2012;3:11-9.";
  r.key = "000-463-679-101-319";
  CHECK(reference_identifiers(r) == std::vector<std::string>{"lens:000-463-679-101-319"});
  // Another reader's key (Crossref's "key", a BibTeX label) is no Lens ID.
  r.key = "CR12";
  CHECK(reference_identifiers(r).empty());

  auto p = parse_file(fixture("json/lens_references_text.jsonl"));
  REQUIRE(p.records.size() == 2);
  REQUIRE(p.records[1].references.size() == 1);
  std::vector<NetworkDoc> docs = {network_doc(1, p.records[0]), network_doc(2, p.records[1])};
  CitationReport rep;
  NetworkOptions o;
  o.type = "citation";
  Network n = build_citation(docs, o, &rep);
  CHECK(rep.by_identifier == 1);
  bool cites = false;
  for (const NetworkLink& l : n.links) cites = cites || (n.nodes[l.source].id == "w2" && n.nodes[l.target].id == "w1");
  CHECK(cites);
}

// A one-word name kept whole ("Joe," in dedupe-sweep's EndNote library:
// a literal name) that refnet's RIS export writes as "AU  - Joe" reads back
// as a family name.  The own-export comparison keyed a literal by its folded
// words ("joe") and a family name by family_name_key, which writes "oe" as
// "o" ("jo"): the unchanged name was taken for the user's edit of the
// author, made a correction over every source and said so.
TEST_CASE("refnet's own RIS export of a one-word name read back is no edit", "[lead63][own-export]") {
  TempDir dir;
  const std::string lib = "--library " + q(dir / "lib.sqlite") + " ";
  REQUIRE(run_refnet(lib + "import " + q(fixture("endnote/csv_quoted_titles.xml"))).status == 0);
  REQUIRE(run_refnet(lib + "export --format ris -o " + q(dir / "mine.ris")).status == 0);
  auto back = run_refnet(lib + "import " + q(dir / "mine.ris"));
  CHECK(back.status == 0);
  CHECK(has(back.out, " 0 updated, "));
  CHECK(!has(back.out + back.err, "edited in refnet's own export"));
  CHECK(has(run_refnet(lib + "show joe1999chronic").out, "  authors         Joe\n"));
}

// refnet's own export read back unchanged is no edit, whatever the format
// writes otherwise than the view holds it: RIS's SP and EP make "448-448"
// read back "448" and "123-" "123"; BibTeX writes a subtitle into the title.
// Each was taken for the user's edit: a correction over every source, said
// (asysd's Zotero library through RIS: 80 works "updated"; biber's examples
// through BibTeX 17).
TEST_CASE("refnet's own exports read back unchanged make no edit, in every format", "[lead63][own-export]") {
  struct Case {
    const char* file;
    const char* format;
  };
  for (const Case& c : {Case{"corpora/asysd__zotero_export.bib", "ris"}, Case{"corpora/biber__crossrefs.bib", "bibtex"},
                        Case{"corpora/biber__crossrefs.bib", "csl-json"}, Case{"corpora/biber__crossrefs.bib", "ris"}}) {
    INFO(c.file << " as " << c.format);
    TempDir dir;
    const std::string lib = "--library " + q(dir / "lib.sqlite") + " ";
    REQUIRE(run_refnet(lib + "import " + q(fixture(c.file))).status != 2);
    REQUIRE(run_refnet(lib + "export --format " + c.format + " -o " + q(dir / "mine.out")).status == 0);
    auto back = run_refnet(lib + "import " + q(dir / "mine.out"));
    CHECK(has(back.out, " 0 updated, "));
    CHECK(!has(back.out + back.err, "edited in refnet's own export"));
  }
}
