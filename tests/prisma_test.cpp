// PRISMA 2020 numbers, source labels and the flow diagram, on a fixture
// review: three real exports of two searches.
//
//   fixtures/corpora/umbrella-review__savedrecs.txt  Web of Science, 29 records
//   fixtures/corpora/umbrella-review__scopus.csv     Scopus, 29 records, the same 29 DOIs
//   fixtures/corpora/dedupe-sweep__tafenoquine.xml   EndNote (PubMed + Embase via Ovid), 179 records
//
// Counted by hand (python3 over the files, not refnet):
//   grep -c '^PT ' savedrecs.txt                                   -> 29
//   python3 -c "import csv; print(len(list(csv.reader(open('scopus.csv', encoding='utf-8-sig'))))-1)"  -> 29
//   WoS DI values, Scopus DOI column, lower case: 29 and 29, all 29 shared
//   tafenoquine.xml, (remote-database-name, remote-database-provider) of the 179 <record>s:
//     ('', 'NLM') 73, ('Medline', '') 2              -> PubMed 75
//     ('Embase', '') 12, ('Embase\rMedline', '') 47  -> Embase 59 (Ovid's Embase + Medline segment: Embase named first)
//     ('', '') 45                                    -> no database named: the file name
//   electronic-resource-num (first word, lower case): 156 with a DOI, 88 distinct: 68 repeats
// So: identified 29 + 29 + 179 = 237; removed by identifier 29 (WoS/Scopus
// DOIs) + 68 (DOIs repeated in the EndNote export) = 97; works 237 - 97 = 140.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <regex>
#include <tuple>

#include "chromium_support.hpp"
#include "refnet/review.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

const std::string kWos = fixture("corpora/umbrella-review__savedrecs.txt");
const std::string kScopus = fixture("corpora/umbrella-review__scopus.csv");
const std::string kEndnote = fixture("corpora/dedupe-sweep__tafenoquine.xml");

std::string lib_arg(const TempDir& dir) { return "--library '" + (dir / "lib.sqlite") + "' "; }

// A number in a JSON text: "key":N.
long json_number(const std::string& json, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + key + "\":(-?[0-9]+)"))) return -1;
  return std::stol(m[1]);
}

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Opens an SVG in headless Chromium inside a page whose script counts the
// <text> elements and those reaching outside the picture (their rendered
// boxes against the <svg>'s): <body data-texts data-outside>.
std::pair<long, long> texts_outside(const std::string& svg_path, const TempDir& dir) {
  std::string svg = slurp(svg_path);
  svg = svg.substr(svg.find("<svg"));
  write_file(dir / "check.html",
             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">" + svg +
                 "<script>var s=document.querySelector('svg').getBoundingClientRect(),n=0,out=0;"
                 "document.querySelectorAll('svg text').forEach(function(t){n++;var r=t.getBoundingClientRect();"
                 "if(r.left<s.left-0.5||r.top<s.top-0.5||r.right>s.right+0.5||r.bottom>s.bottom+0.5)out++;});"
                 "document.body.setAttribute('data-texts',n);document.body.setAttribute('data-outside',out);</script>"
                 "</body></html>");
  std::string dom = run_chromium("file://" + (dir / "check.html"), "--dump-dom", dir);
  return {body_data(dom, "texts"), body_data(dom, "outside")};
}

// The review table with the decision of the row whose key_a is `key` set to `decision`.
std::string with_decision(const std::string& table, const std::string& key, const std::string& decision) {
  std::string out;
  std::size_t pos = 0;
  while (pos < table.size()) {
    std::size_t end = table.find('\n', pos);
    std::string line = table.substr(pos, end - pos);
    std::vector<std::string> cells;
    for (std::size_t a = 0, b; ; a = b + 1) {
      b = line.find('\t', a);
      cells.push_back(line.substr(a, b == std::string::npos ? std::string::npos : b - a));
      if (b == std::string::npos) break;
    }
    if (cells.size() > 6 && cells[5] == key) {
      cells.back() = decision;
      line.clear();
      for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "\t" : "") + cells[i];
    }
    out += line + "\n";
    pos = end == std::string::npos ? table.size() : end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("a fixture review: PRISMA numbers counted by hand, through dedup review and screening",
          "[review][prisma]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  auto imp = run_refnet("import " + lib + "'" + kWos + "' '" + kScopus + "' '" + kEndnote + "'");
  INFO(imp.err);
  REQUIRE(imp.status == 0);

  // Identification, before any review.
  auto p = run_refnet("prisma --json " + lib);
  REQUIRE(p.status == 0);
  // The EndNote library's records by the platform each was exported from
  // (audit20: its 40 CENTRAL and 5 Web of Science records were counted under
  // the file's name, 2 Embase.com records whose DB is 'Medline' as PubMed).
  CHECK(p.out.find("\"identified\":{\"Cochrane Library\":40,\"Embase\":61,\"PubMed\":73,\"Scopus\":29,"
                   "\"Web of Science\":34}") != std::string::npos);
  CHECK(json_number(p.out, "identified_total") == 237);
  CHECK(json_number(p.out, "duplicates_by_identifier") == 97);
  CHECK(json_number(p.out, "duplicates_by_fuzzy") == 0);
  CHECK(json_number(p.out, "screened") == 140);
  CHECK(json_number(p.out, "unscreened") == 140);

  // Near-duplicate review: the rules would merge 7 pairs (the EndNote
  // export's records without a DOI); the reviewer says one of them is two
  // works, the other six the same.  Six 'same' pairs in four groups
  // ({a,b}, {a,b,c}, {a,b}, {a,b,c}) absorb six works.
  REQUIRE(run_refnet("dedup --review -o '" + (dir / "pairs.tsv") + "' " + lib).status == 0);
  std::string pairs = slurp(dir / "pairs.tsv");
  CHECK(pairs.rfind("kind\tscore\ttitle_similarity\tid_a\tid_b\tkey_a\tkey_b\t", 0) == 0);
  std::size_t rows = 0;
  for (char c : pairs) rows += c == '\n';
  CHECK(rows == 1 + 7);
  CHECK(pairs.find("mccarthy2017confirmation\tmccarthy2017confirmationa") != std::string::npos);
  write_file(dir / "decided.tsv", with_decision(pairs, "mccarthy2017confirmation", "different"));
  auto d = run_refnet("dedup --decisions '" + (dir / "decided.tsv") + "' " + lib);
  INFO(d.err);
  CHECK(d.status == 0);
  CHECK(d.out.find("7 rows: 6 same, 1 different, 0 undecided, 0 skipped; 4 merges (6 works absorbed)") !=
        std::string::npos);
  // The pair judged different is never proposed again, by dedup or its review.
  CHECK(run_refnet("dedup " + lib).out.find("0 groups of duplicates found") != std::string::npos);
  CHECK(run_refnet("dedup --review " + lib).out.find("mccarthy") == std::string::npos);

  // Screening from a table (fixtures/review/screening.tsv, hand-made over
  // the 29 umbrella-review works by DOI): 10 include; 12 exclude (not urban 5,
  // not a review 4, wrong outcome 3); 2 maybe; a DOI not in the library and
  // a decision 'perhaps' are errors, their rows skipped.
  auto s = run_refnet("screen --decisions '" + fixture("review/screening.tsv") + "' " + lib);
  CHECK(s.status == 3);
  CHECK(s.err.find("screening.tsv:26:1: error: '10.9999/not-in-the-library' names no work") != std::string::npos);
  CHECK(s.err.find("screening.tsv:27:") != std::string::npos);
  CHECK(s.err.find("'perhaps' is not include, exclude, maybe or undecided") != std::string::npos);
  CHECK(s.out.find("26 rows: 24 decisions recorded, 0 taken back, 2 skipped") != std::string::npos);

  p = run_refnet("prisma --json " + lib);
  REQUIRE(p.status == 0);
  CHECK(json_number(p.out, "identified_total") == 237);
  CHECK(json_number(p.out, "duplicates_removed") == 103);
  CHECK(json_number(p.out, "duplicates_by_hand") == 6);
  CHECK(json_number(p.out, "screened") == 134);  // 237 - 103
  CHECK(json_number(p.out, "excluded") == 12);
  CHECK(p.out.find("\"exclusion_reasons\":{\"not urban\":5,\"not a review\":4,\"wrong outcome\":3}") != std::string::npos);
  CHECK(json_number(p.out, "included") == 10);
  CHECK(json_number(p.out, "maybe") == 2);
  CHECK(json_number(p.out, "awaiting") == 112);  // 134 - 12 - 10
  // The identities, on the numbers as printed.
  CHECK(json_number(p.out, "identified_total") == json_number(p.out, "duplicates_removed") + json_number(p.out, "screened"));
  CHECK(json_number(p.out, "screened") ==
        json_number(p.out, "excluded") + json_number(p.out, "included") + json_number(p.out, "awaiting"));

  // Labels live on the source records: undoing the last review merge gives
  // its works back and keeps every count of identification.
  REQUIRE(run_refnet("unmerge kitchener2007short " + lib).status == 0);
  auto after = run_refnet("prisma --json " + lib);
  CHECK(json_number(after.out, "identified_total") == 237);
  CHECK(json_number(after.out, "duplicates_by_hand") == 4);
  CHECK(json_number(after.out, "screened") == 136);
  CHECK(after.out.find("\"Embase\":61,\"PubMed\":73") != std::string::npos);

  // Works moved to the trash (refnet rm) are records removed for other
  // reasons: the identity still holds, and undo gives them back.
  REQUIRE(run_refnet("rm kitchener2007short mccarthy2017confirmation " + lib).status == 0);
  auto trashed = run_refnet("prisma --json " + lib);
  INFO(trashed.err);
  REQUIRE(trashed.status == 0);
  CHECK(json_number(trashed.out, "removed_other") == 2);
  CHECK(json_number(trashed.out, "screened") == 134);
  CHECK(json_number(trashed.out, "identified_total") ==
        json_number(trashed.out, "duplicates_removed") + json_number(trashed.out, "removed_other") +
            json_number(trashed.out, "screened"));
  REQUIRE(run_refnet("undo " + lib).status == 0);
  CHECK(json_number(run_refnet("prisma --json " + lib).out, "removed_other") == 0);

  // The flow diagram: every number is in it, (n = N) never broken.
  REQUIRE(run_refnet("prisma -o '" + (dir / "flow.svg") + "' " + lib).status == 0);
  std::string svg = slurp(dir / "flow.svg");
  for (const char* n : {"237", "136", "97", "4", "12", "10", "114", "61", "73", "40", "34"})
    CHECK(svg.find(std::string("(n\u00a0=\u00a0") + n + ")") != std::string::npos);
  for (const char* box : {"identified", "removed", "screened", "excluded", "awaiting", "included"})
    CHECK(svg.find(std::string("<g class=\"box\" id=\"") + box + "\">") != std::string::npos);
  CHECK(run_refnet("prisma -o '" + (dir / "flow.png") + "' " + lib).status == 2);
}

TEST_CASE("prisma and overlap in headless Chromium: every box holds its text, no text outside the picture, "
          "long labels and reasons included",
          "[review][prisma][overlap][chromium]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "'").status == 0);
  // A label far wider than a box, and a reason that is one long word.
  REQUIRE(run_refnet("import --source 'Cumulative Index to Nursing and Allied Health Literature, searched through "
                     "EBSCOhost on 2024-01-12 with the full strategy of appendix B' " +
                     lib + "'" + kScopus + "' '" + kEndnote + "'")
              .status == 0);
  write_file(dir / "s.tsv", "key\tdecision\treason\n10.1108/sasbe-08-2022-0180\texclude\t"
                            "Wrongpopulationwrongdesignwrongoutcomewrongsettingwrongcomparatorwrongeverything\n");
  REQUIRE(run_refnet("screen --decisions '" + (dir / "s.tsv") + "' " + lib).status == 0);
  REQUIRE(run_refnet("prisma -o '" + (dir / "flow.html") + "' " + lib).status == 0);
  std::string dom = run_chromium("file://" + (dir / "flow.html"), "--dump-dom", dir);
  CHECK(body_data(dom, "boxes") == 10);  // 7 boxes and 3 phase bars
  CHECK(body_data(dom, "clipped") == 0);
  CHECK(dom.find("Cumulative Index to Nursing") != std::string::npos);
  CHECK(dom.find("Records removed before") != std::string::npos);
  // No text reaches outside the picture: the flow diagram, and the overlap
  // with the long label leaning over its column.
  REQUIRE(run_refnet("prisma -o '" + (dir / "flow.svg") + "' " + lib).status == 0);
  auto [texts, outside] = texts_outside(dir / "flow.svg", dir);
  CHECK(texts == 10);
  CHECK(outside == 0);
  REQUIRE(run_refnet("overlap -o '" + (dir / "overlap.svg") + "' " + lib).status == 0);
  std::tie(texts, outside) = texts_outside(dir / "overlap.svg", dir);
  CHECK(texts > 10);  // two sources: titles, labels, cells, bars
  CHECK(outside == 0);
}

TEST_CASE("source labels: --source, else the database of the dialect, else the file name; shown by show and list",
          "[review][prisma]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "'").status == 0);
  REQUIRE(run_refnet("import --source 'Scopus 2024-01' " + lib + "'" + kScopus + "'").status == 0);
  CHECK(run_refnet("import --source '' " + lib + "'" + kScopus + "'").status == 2);
  auto show = run_refnet("show " + lib + "10.1108/sasbe-08-2022-0180");
  CHECK(show.out.find("] #1 wos  ") != std::string::npos);
  CHECK(show.out.find("Z  source: Web of Science\n") != std::string::npos);
  CHECK(show.out.find("Z  source: Scopus 2024-01\n") != std::string::npos);
  auto list = run_refnet("list --json " + lib + "10.1108/sasbe-08-2022-0180");
  CHECK(list.out.find("\"label\":\"Web of Science\"") != std::string::npos);
  CHECK(list.out.find("\"label\":\"Scopus 2024-01\"") != std::string::npos);

  // EBSCOhost's RIS names the database in DB and the platform in DP: the
  // database is the source (fixtures/review/ebsco_mixed.ris).
  REQUIRE(run_refnet("import " + lib + "'" + fixture("review/ebsco_mixed.ris") + "'").status == 0);
  auto o = run_refnet("overlap --json " + lib);
  for (const char* label : {"\"label\":\"PsycINFO\",\"works\":1,", "\"label\":\"Business Source Complete\",\"works\":1,",
                            "\"label\":\"CINAHL\",\"works\":1,", "\"label\":\"EBSCO\",\"works\":1,"})
    CHECK(o.out.find(label) != std::string::npos);
  // The real EBSCOhost export with the code i3h in DB: PRISMA names the database.
  REQUIRE(run_refnet("import " + lib + "'" + fixture("corpora/citesource__crimjust_41.ris") + "'").status == 0);
  auto p = run_refnet("prisma " + lib);
  CHECK(p.out.find("    Criminal Justice Abstracts: 41\n") != std::string::npos);
  CHECK(p.out.find("i3h") == std::string::npos);

  Record r;
  r.provenance.format = "ris";
  r.provenance.file = "/home/me/search/psyc.ris";
  CHECK(default_source_label(r) == "psyc.ris");
  r.add_extra("DB", "APA PsycInfo");
  CHECK(default_source_label(r) == "PsycINFO");
  r.extra.clear();
  r.add_extra("DP", "EBSCOhost");
  CHECK(default_source_label(r) == "EBSCO");
  // EBSCOhost's RIS often names the database by its short code (DB - i3h,
  // CiteSource's criminal-justice export): the database it is, not "i3h".
  r.add_extra("DB", "i3h");
  CHECK(default_source_label(r) == "Criminal Justice Abstracts");
  r.extra.clear();
  r.add_extra("DB", "psyh");
  r.add_extra("DP", "EBSCOhost");
  CHECK(default_source_label(r) == "PsycINFO");
  r.extra.clear();
  r.add_extra("DB", "cmedm");
  r.add_extra("DP", "EBSCOhost");
  CHECK(default_source_label(r) == "MEDLINE (EBSCO)");  // MEDLINE searched on EBSCOhost, not PubMed (review34)
  r.extra.clear();
  r.add_extra("DB", "zz9");  // a code not in the table: the platform, and the code
  r.add_extra("DP", "EBSCOhost");
  CHECK(default_source_label(r) == "EBSCO (zz9)");
  r.extra.clear();
  r.add_extra("DB", "a9h");  // without an EBSCO DP the short code is left as written
  CHECK(default_source_label(r) == "a9h");
  r.extra.clear();
  r.add_extra("DB", "Lens.org");
  CHECK(default_source_label(r) == "Lens");
  r.extra.clear();
  r.scopus_eid = "2-s2.0-85041599919";
  CHECK(default_source_label(r) == "Scopus");
  r.provenance.format = "medline";
  CHECK(default_source_label(r) == "PubMed");
}

TEST_CASE("prisma_counts refuses numbers that do not add up", "[review][prisma]") {
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  Record r;
  r.title = "A work";
  r.provenance = {"a.ris", "ris", 1, 1, 1};
  {
    Library::Transaction tx(lib);
    lib.add(r);
    tx.commit();
  }
  PrismaCounts c = prisma_counts(lib);
  CHECK(c.identified_total == 1);
  CHECK(c.screened == 1);
  CHECK(c.unscreened == 1);
  // A work row without its source record (a hand-edited file): refused.
  REQUIRE(sqlite3_exec(lib.handle(), "INSERT INTO works (type, data) VALUES ('book', '{}')", nullptr, nullptr, nullptr) ==
          SQLITE_OK);
  CHECK_THROWS_WITH(prisma_counts(lib), Catch::Contains("1 source records identified but 2 works"));
}

TEST_CASE("two reviewers' different exclusion reasons make one reason whichever reviewer gave which (try39 item 9)",
          "[review][prisma]") {
  // try39: 'wrong design / wrong population: 1' and 'wrong population /
  // wrong design: 1' on two lines of one flow: the reasons were joined in
  // the reviewers' order.
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  std::int64_t ids[2];
  {
    Library::Transaction tx(lib);
    for (int i = 0; i < 2; ++i) {
      Record r;
      r.title = i ? "Urban heat islands: a review" : "Street trees and mortality";
      r.provenance = {"a.ris", "ris", static_cast<std::uint32_t>(1 + 10 * i), 1, static_cast<std::uint64_t>(1 + i)};
      ids[i] = lib.add(r).work_id;
    }
    REQUIRE(ids[0] != ids[1]);
    CHECK(record_screening(lib, ids[0], "ana", "exclude", "wrong population").empty());
    CHECK(record_screening(lib, ids[0], "ben", "exclude", "wrong design").empty());
    CHECK(record_screening(lib, ids[1], "ana", "exclude", "wrong design").empty());
    CHECK(record_screening(lib, ids[1], "ben", "exclude", "Wrong population").empty());
    tx.commit();
  }
  auto screen_tag = [&](std::int64_t id) {
    for (const std::string& t : lib.tags_of(id))
      if (t.rfind("screen:", 0) == 0) return t;
    return std::string();
  };
  CHECK(screen_tag(ids[0]) == "screen:exclude:wrong design / wrong population");
  CHECK(screen_tag(ids[1]) == "screen:exclude:wrong design / Wrong population");
}

TEST_CASE("a full-text exclusion without a reason is said (try39 item 8)", "[review][prisma]") {
  // try39: a full-text 'exclude' row with an empty reason was taken without
  // a word; the flow then showed '(no reason given): 1', where PRISMA 2020
  // lists the reports excluded with their reasons.
  TempDir dir;
  Library lib(dir / "lib.sqlite");
  std::int64_t id = 0;
  {
    Library::Transaction tx(lib);
    Record r;
    r.title = "Street trees and mortality";
    r.provenance = {"a.ris", "ris", 1, 1, 1};
    id = lib.add(r).work_id;
    CHECK(record_screening(lib, id, "ana", "include", "").empty());
    tx.commit();
  }
  const std::string ft = std::to_string(id) + "\texclude\t\tana\n";
  Diagnostics diags;
  diags.set_source("ft.tsv", ft);
  Library::Transaction tx(lib);
  ScreeningResult res = apply_screening_decisions(lib, ft, "ana", diags, "fulltext");
  tx.commit();
  CHECK(res.applied == 1);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].severity == Severity::warning);
  CHECK(diags.items()[0].message.find("without a reason") != std::string::npos);
  // At title/abstract a reason is asked for by no one: nothing said.
  const std::string ta = std::to_string(id) + "\tinclude\t\tben\n";
  Diagnostics title;
  title.set_source("ta.tsv", ta);
  apply_screening_decisions(lib, ta, "ben", title);
  CHECK(title.items().empty());
}

// The EndNote export alone (dedupe-sweep__tafenoquine.xml), overlap counted
// by hand (python3 over the 179 <record>s: label by remote-database-name /
// -provider as above, records grouped by the first word of
// electronic-resource-num lower-cased, each record without one a work of
// its own): 111 works; Embase 57 (24 only it), PubMed 75 (40), unnamed 39
// (11); Embase & PubMed 32, Embase & unnamed 25, PubMed & unnamed 27.
// Exact combinations: PubMed 40, Embase 24, all three 24, unnamed 11,
// Embase+PubMed 8, PubMed+unnamed 3, Embase+unnamed 1: 7 bars.
TEST_CASE("overlap of the sources, counted by hand; TSV and SVG", "[review][overlap]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kEndnote + "'").status == 0);
  auto o = run_refnet("overlap -o '" + (dir / "overlap.tsv") + "' " + lib);
  REQUIRE(o.status == 0);
  CHECK(slurp(dir / "overlap.tsv") ==
        "source\tworks\tunique\tCochrane Library\tEmbase\tPubMed\tWeb of Science\n"
        "Cochrane Library\t34\t9\t34\t23\t24\t0\n"
        "Embase\t59\t26\t23\t59\t32\t2\n"
        "PubMed\t73\t38\t24\t32\t73\t3\n"
        "Web of Science\t5\t2\t0\t2\t3\t5\n");
  // (Before audit20 the 39 works of the file's name were these 34 + 5: the
  // same sums, 23 + 2 = 25 with Embase, 24 + 3 = 27 with PubMed, 9 + 2 = 11
  // unique; 2 works moved from PubMed alone to Embase alone.)
  CHECK(o.out.find("111 works found by 4 sources") != std::string::npos);
  auto j = run_refnet("overlap --json " + lib);
  CHECK(j.out.find("{\"total\":111,\"sources\":[{\"label\":\"Cochrane Library\",\"works\":34,\"unique\":9,") == 0);
  REQUIRE(run_refnet("overlap -o '" + (dir / "overlap.svg") + "' " + lib).status == 0);
  std::string svg = slurp(dir / "overlap.svg");
  std::size_t cells = 0, bars = 0;
  for (std::size_t at = svg.find("class=\"cell\""); at != std::string::npos; at = svg.find("class=\"cell\"", at + 1)) ++cells;
  for (std::size_t at = svg.find("class=\"bar\""); at != std::string::npos; at = svg.find("class=\"bar\"", at + 1)) ++bars;
  CHECK(cells == 16);
  CHECK(bars == 10);
  auto combos = j.out.substr(j.out.find("\"combinations\""));
  CHECK(combos.find("{\"sources\":[\"PubMed\"],\"works\":38},{\"sources\":[\"Embase\"],\"works\":26},"
                    "{\"sources\":[\"Cochrane Library\",\"Embase\",\"PubMed\"],\"works\":22}") !=
        std::string::npos);
  CHECK(svg.find(">59 (26)<") != std::string::npos);
  CHECK(run_refnet("overlap -o '" + (dir / "overlap.png") + "' " + lib).status == 2);
}

TEST_CASE("the same records found by two searches count for each: --source makes them the second search's records",
          "[review][prisma]") {
  // A second search that returns records byte for byte the same as the
  // first's (the audit: the first 10 of a PubMed export imported as
  // 'PubMed search 2' were "nothing new", and PRISMA never counted them).
  TempDir dir;
  const std::string lib = lib_arg(dir);
  const std::string file = fixture("corpora/citesource__pubmed_46.ris");
  REQUIRE(run_refnet("import --source 'PubMed search 1' " + lib + "'" + file + "'").status == 0);
  auto again = run_refnet("import --source 'PubMed search 2' " + lib + "'" + file + "'");
  INFO(again.err);
  REQUIRE(again.status == 0);
  // 45 records join their works by DOI; the one without a DOI is a work of
  // its own until dedup joins it.
  CHECK((again.out + again.err).find("46 read, 1 new, 45 merged by identifier, 0 updated, 0 already present") != std::string::npos);
  auto p = run_refnet("prisma --json " + lib);
  REQUIRE(p.status == 0);
  CHECK(p.out.find("\"identified\":{\"PubMed search 1\":46,\"PubMed search 2\":46}") != std::string::npos);
  CHECK(json_number(p.out, "identified_total") == 92);
  CHECK(json_number(p.out, "duplicates_by_identifier") == 45);
  CHECK(json_number(p.out, "screened") == 47);
  // The same search imported again is nothing new; so is a file without --source.
  auto third = run_refnet("import --source 'PubMed search 2' " + lib + "'" + file + "'");
  CHECK((third.out + third.err).find("nothing new") != std::string::npos);
  auto plain = run_refnet("import " + lib + "'" + file + "'");
  CHECK((plain.out + plain.err).find("nothing new") != std::string::npos);
}

// PRISMA 2020's full-text stage (issue 11; newuser37's item 5: the flow had
// one stage, and the title/abstract reasons stood where the full-text ones
// belong).  The fixture review above, WoS + Scopus (58 records, 29 works),
// screened by two reviewers in two stages (fixtures/review/two_stage_*.tsv),
// counted by hand over the tables:
//   title/abstract (50 rows): 14 works both include; 8 both exclude (not urban
//     5, not a review 2, ana 'not a review' / ben 'wrong outcome' 1); 2 ana
//     include / ben exclude (no agreed decision); 1 both maybe; 4 nobody:
//     excluded 8, included 14 = reports sought, awaiting 1 + 2 + 4 = 7.
//     Kappa: 25 both, 23 agreed; ana include 16, exclude 8, maybe 1; ben 14,
//     10, 1: pe = (224 + 80 + 1) / 625, kappa = 270 / 320 = 0.844; reasons
//     over the 8: 7 same, ana not urban 5 / not a review 3, ben 5 / 2 / wrong
//     outcome 1: pe = 31 / 64, kappa = 25 / 33 = 0.758.
//   full text, over the 14 sought (29 rows, 3 of them naming works not
//     sought: excluded, disagreed on, never screened at title/abstract): 2
//     both not retrieved; 5 both include (2 of them one study, tagged
//     study:oseikyei); 4 both exclude (wrong outcome 2, wrong study design 1,
//     ana wrong outcome / ben wrong study design 1); 1 ana include / ben
//     exclude; 1 both maybe; 1 nobody: not retrieved 2, assessed 12 =
//     excluded 4 + included 5 + awaiting 3; studies 4.  Kappa: 13 both, 12
//     agreed; ana not-retrieved 2, include 6, exclude 4, maybe 1; ben 2, 5, 5,
//     1: pe = (4 + 30 + 20 + 1) / 169, kappa = 101 / 114 = 0.886; reasons over
//     the 4: 3 same, ana wrong outcome 3 / design 1, ben 2 / 2: kappa 0.500.
TEST_CASE("PRISMA 2020's full-text stage: two reviewers at title/abstract and at full text, counted by hand",
          "[review][prisma][screen][prisma39]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "' '" + kScopus + "'").status == 0);
  auto ta = run_refnet("screen --decisions '" + fixture("review/two_stage_title.tsv") + "' " + lib);
  INFO(ta.err);
  REQUIRE(ta.status == 0);
  CHECK(ta.out.find("50 rows: 50 decisions recorded, 0 taken back, 0 skipped") != std::string::npos);
  // Title/abstract alone: the one-stage flow, no full-text lines.
  auto p = run_refnet("prisma --json " + lib);
  REQUIRE(p.status == 0);
  CHECK(p.out.find("\"fulltext\"") == std::string::npos);
  CHECK(p.out.find("\"screened\":29,\"excluded\":8,\"exclusion_reasons\":{\"not urban\":5,\"not a review\":2,"
                   "\"not a review / wrong outcome\":1},\"included\":14,\"awaiting\":7,\"maybe\":1,\"conflicts\":2,"
                   "\"unscreened\":4,") != std::string::npos);

  // Full text: the works not included at title/abstract are refused, each named.
  auto ft = run_refnet("screen --stage fulltext --decisions '" + fixture("review/two_stage_fulltext.tsv") + "' " + lib);
  CHECK(ft.status == 3);
  CHECK(ft.out.find("29 rows: 26 decisions recorded, 0 taken back, 3 skipped") != std::string::npos);
  CHECK(ft.err.find("two_stage_fulltext.tsv:28:1: error: '10.3390/su12197896': it is excluded at title/abstract "
                    "(not urban): only the works included there are sought for full text; row skipped") !=
        std::string::npos);
  CHECK(ft.err.find("two_stage_fulltext.tsv:29:1: error: '10.3390/su11071943': it is not agreed on at "
                    "title/abstract (the reviewers disagree)") != std::string::npos);
  CHECK(ft.err.find("two_stage_fulltext.tsv:30:1: error: '10.1016/j.ijdrr.2018.02.004': it is not screened at "
                    "title/abstract") != std::string::npos);
  REQUIRE(run_refnet("tag add study:oseikyei 10.1108/sasbe-08-2022-0180 10.1108/ci-03-2021-0047 " + lib).status == 0);

  p = run_refnet("prisma --json " + lib);
  INFO(p.err);
  REQUIRE(p.status == 0);
  // The title/abstract numbers as they were; then the full-text ones.
  CHECK(p.out.find("\"excluded\":8,\"exclusion_reasons\":{\"not urban\":5,\"not a review\":2,"
                   "\"not a review / wrong outcome\":1},\"included\":14,\"awaiting\":7,") != std::string::npos);
  CHECK(p.out.find("\"fulltext\":{\"sought\":14,\"not_retrieved\":2,\"assessed\":12,\"excluded\":4,"
                   "\"exclusion_reasons\":{\"wrong outcome\":2,\"wrong outcome / wrong study design\":1,"
                   "\"wrong study design\":1},\"included\":5,\"studies\":4,\"awaiting\":3,\"maybe\":1,\"conflicts\":1,"
                   "\"not_assessed\":1,\"not_counted\":0,\"resolved\":{\"consensus\":0,\"arbiter\":0}}}") != std::string::npos);
  auto text = run_refnet("prisma " + lib);
  CHECK(text.out.find("  awaiting a decision: 7 (maybe 1, reviewers disagree 2, not screened 4)\n"
                      "  reports sought for retrieval: 14\n"
                      "  reports not retrieved: 2\n"
                      "  reports assessed for eligibility: 12\n"
                      "  reports excluded: 4\n"
                      "    wrong outcome: 2\n"
                      "    wrong outcome / wrong study design: 1\n"
                      "    wrong study design: 1\n"
                      "  reports awaiting a decision: 3 (maybe 1, reviewers disagree 1, not assessed 1)\n"
                      "Included\n"
                      "  studies included in review: 4\n"
                      "  reports of included studies: 5\n") != std::string::npos);
  CHECK(text.out.find("records included") == std::string::npos);

  // Agreement per stage.
  auto c = run_refnet("screen --conflicts " + lib);
  CHECK(c.out.find("25 works screened by both, 23 agreed, 2 disagree; observed 0.920, expected 0.488, Cohen's kappa "
                   "0.844") != std::string::npos);
  CHECK(c.out.find("8 works excluded by both, 7 for the same reason, 1 for different ones; observed 0.875, expected "
                   "0.484, Cohen's kappa 0.758") != std::string::npos);
  c = run_refnet("screen --conflicts --stage fulltext " + lib);
  CHECK(c.out.find("13 works screened by both, 12 agreed, 1 disagree; observed 0.923, expected 0.325, Cohen's kappa "
                   "0.886") != std::string::npos);
  CHECK(c.out.find("4 works excluded by both, 3 for the same reason, 1 for different ones; observed 0.750, expected "
                   "0.500, Cohen's kappa 0.500") != std::string::npos);
  CHECK(c.out.find("mohebbi") != std::string::npos);  // 10.1016/j.scs.2020.102327: include / exclude
  CHECK(run_refnet("screen --conflicts --stage abstracts " + lib).status == 2);

  // The full-text included set, selected by its tag; each stage's decision as a column.
  auto e = run_refnet("export --format csv --tag screen:fulltext:include --columns doi,decision,fulltext_decision,"
                      "fulltext_reason -o - " + lib);
  REQUIRE(e.status == 0);
  std::size_t rows = 0;
  for (char ch : e.out) rows += ch == '\n';
  CHECK(rows == 1 + 5);
  CHECK(e.out.find("10.1108/SASBE-08-2022-0180,include,include,") != std::string::npos);
  auto l = run_refnet("list --json --tag screen:fulltext:not-retrieved " + lib);
  CHECK(l.out.find("10.1016/j.ecolind.2016.05.023") != std::string::npos);
  CHECK(l.out.find("10.1016/j.rser.2016.03.028") != std::string::npos);

  // A title/abstract decision cannot take a work with full-text decisions
  // out of the reports sought; 'not retrieved' is no title/abstract decision.
  write_file(dir / "late.tsv", "key\tdecision\treason\treviewer\n10.1108/sasbe-08-2022-0180\texclude\tnot urban\tben\n"
                               "10.1016/j.ijdrr.2017.09.015\tnot-retrieved\t\tana\n");
  auto late = run_refnet("screen --decisions '" + (dir / "late.tsv") + "' " + lib);
  CHECK(late.status == 3);
  CHECK(late.err.find("late.tsv:2:1: error: '10.1108/sasbe-08-2022-0180': it has 2 full-text decisions") !=
        std::string::npos);
  CHECK(late.err.find("late.tsv:3:1: error: '10.1016/j.ijdrr.2017.09.015': 'not retrieved' is a full-text decision") !=
        std::string::npos);
  CHECK(run_refnet("prisma --json " + lib).out == p.out);

  // The diagram: the full-text boxes, each number in its box; in headless
  // Chromium every box holds its text and nothing reaches outside.
  REQUIRE(run_refnet("prisma -o '" + (dir / "flow.svg") + "' " + lib).status == 0);
  std::string svg = slurp(dir / "flow.svg");
  for (const char* box : {"sought", "not-retrieved", "assessed", "reports-excluded", "reports-awaiting"})
    CHECK(svg.find(std::string("<g class=\"box\" id=\"") + box + "\">") != std::string::npos);
  // A box's text, its wrapped lines joined by spaces.
  auto box_text = [&](const std::string& id) {
    std::size_t at = svg.find("id=\"" + id + "\"");
    if (at == std::string::npos) return std::string();
    std::string g = svg.substr(at, svg.find("</g>", at) - at), out;
    bool in_tag = false;
    for (std::size_t i = 0; i < g.size(); ++i) {
      if (g.compare(i, 8, "</tspan>") == 0) out += ' ';
      if (g[i] == '<') in_tag = true;
      else if (g[i] == '>') in_tag = false;
      else if (!in_tag) out += g[i];
    }
    return out;
  };
  const std::string n = "(n\u00a0=\u00a0";
  CHECK(box_text("sought").find("Reports sought for retrieval " + n + "14)") != std::string::npos);
  CHECK(box_text("not-retrieved").find("Reports not retrieved " + n + "2)") != std::string::npos);
  CHECK(box_text("assessed").find("Reports assessed for eligibility " + n + "12)") != std::string::npos);
  CHECK(box_text("reports-excluded").find("Reports excluded " + n + "4)") != std::string::npos);
  CHECK(box_text("reports-excluded").find("wrong study design " + n + "1)") != std::string::npos);
  CHECK(box_text("excluded").find("not urban " + n + "5)") != std::string::npos);
  CHECK(box_text("excluded").find("wrong study design") == std::string::npos);  // a full-text reason
  CHECK(box_text("included").find("Studies included in review " + n + "4)") != std::string::npos);
  CHECK(box_text("included").find("Reports of included studies " + n + "5)") != std::string::npos);
  REQUIRE(run_refnet("prisma -o '" + (dir / "flow.html") + "' " + lib).status == 0);
  std::string dom = run_chromium("file://" + (dir / "flow.html"), "--dump-dom", dir);
  CHECK(body_data(dom, "boxes") == 15);  // 12 boxes and 3 phase bars
  CHECK(body_data(dom, "clipped") == 0);
  auto [texts, outside] = texts_outside(dir / "flow.svg", dir);
  CHECK(texts == 15);
  CHECK(outside == 0);

  // Every full-text decision taken back: the one-stage flow again.
  std::string back = "key\tdecision\treason\treviewer\n";
  for (const std::string& line : {std::string("10.1016/j.ecolind.2016.05.023"), std::string("10.1016/j.rser.2016.03.028"),
                                  std::string("10.1108/sasbe-08-2022-0180"), std::string("10.1016/j.crm.2022.100443"),
                                  std::string("10.1108/ci-03-2021-0047"), std::string("10.1016/j.ijdrr.2022.103123"),
                                  std::string("10.1016/j.ress.2021.107926"), std::string("10.1016/j.ijdrr.2021.102276"),
                                  std::string("10.1080/23789689.2019.1610600"), std::string("10.1016/j.ijdrr.2020.101840"),
                                  std::string("10.1016/j.ijdrr.2020.101769"), std::string("10.1016/j.scs.2020.102327"),
                                  std::string("10.1007/s10669-020-09795-8")})
    back += line + "\tundecided\t\tana\n" + line + "\tundecided\t\tben\n";
  write_file(dir / "back.tsv", back);
  auto undo = run_refnet("screen --stage fulltext --decisions '" + (dir / "back.tsv") + "' " + lib);
  CHECK(undo.out.find("26 rows: 0 decisions recorded, 26 taken back, 0 skipped") != std::string::npos);
  p = run_refnet("prisma --json " + lib);
  CHECK(p.out.find("\"fulltext\"") == std::string::npos);
  CHECK(json_number(p.out, "included") == 14);
}

// What refnet's binary before the full-text stage (fe8b264) printed and drew
// for the fixture review screened in one stage (fixtures/review/screening.tsv):
// a library screened in one stage keeps it, byte for byte (but for the
// picture's "by identifier" line, which since lead61 names the identifiers
// as the text does: "DOI (n = 29)"); and a library of
// that schema (13) keeps its decisions, as title/abstract ones, and its undo.
TEST_CASE("a library screened in one stage keeps its flow exactly as before, and migrates with its undo",
          "[review][prisma][screen][prisma39]") {
  TempDir dir;
  const std::string lib = lib_arg(dir);
  REQUIRE(run_refnet("import " + lib + "'" + kWos + "' '" + kScopus + "'").status == 0);
  REQUIRE(run_refnet("screen --decisions '" + fixture("review/screening.tsv") + "' " + lib).status == 3);
  const std::string text =
      "Identification\n  records identified: 58\n    Scopus: 29\n    Web of Science: 29\n  duplicates removed: 29\n"
      "    by identifier: 29 (DOI 29)\n    by fuzzy matching: 0\n    by hand: 0\n  removed for other reasons (refnet rm): 0\n"
      "Screening\n  records screened: 29\n  records excluded: 12\n    not urban: 5\n    not a review: 4\n"
      "    wrong outcome: 3\n  awaiting a decision: 7 (maybe 2, reviewers disagree 0, not screened 5)\nIncluded\n"
      "  records included: 10\n";
  const std::string json =
      "{\"identified\":{\"Scopus\":29,\"Web of Science\":29},\"identified_total\":58,\"attached\":0,\"own_exports\":0,"
      "\"duplicates_removed\":29,\"duplicates_by_identifier\":29,\"duplicates_by_fuzzy\":0,\"duplicates_by_hand\":0,"
      "\"removed_other\":0,\"screened\":29,\"excluded\":12,\"exclusion_reasons\":{\"not urban\":5,\"not a review\":4,"
      "\"wrong outcome\":3},\"included\":10,\"awaiting\":7,\"maybe\":2,\"conflicts\":0,\"unscreened\":5,"
      "\"multiple_decisions\":0,"
      // (Appended since, consensus40: the conflicts resolved, and which count is the review's.)
      "\"resolved\":{\"consensus\":0,\"arbiter\":0},\"included_title_abstract\":10,"
      "\"included_in_review\":{\"stage\":\"title\",\"reports\":10,\"studies\":10},"
      // (Appended since, dedup59: which identifiers the duplicates removed on import shared.)
      "\"duplicates_by_identifier_kind\":{\"DOI\":29}}\n";
  auto same_as_before = [&] {
    CHECK(run_refnet("prisma " + lib).out == text);
    CHECK(run_refnet("prisma --json " + lib).out == json);
    REQUIRE(run_refnet("prisma -o '" + (dir / "flow.svg") + "' " + lib).status == 0);
    CHECK(slurp(dir / "flow.svg") == slurp(fixture("review/one_stage_flow.svg")));
  };
  same_as_before();

  // The library as schema 13 kept it: one decision a reviewer and work.
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "lib.sqlite").c_str(), &db) == SQLITE_OK);
    const char* down =
        "CREATE TABLE screening_old (work_id INTEGER NOT NULL REFERENCES works(id), reviewer TEXT NOT NULL, "
        "decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', at TEXT NOT NULL DEFAULT "
        "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), PRIMARY KEY (work_id, reviewer));"
        "INSERT INTO screening_old (rowid, work_id, reviewer, decision, reason, at) "
        "SELECT rowid, work_id, reviewer, decision, reason, at FROM screening;"
        "DROP TABLE screening; ALTER TABLE screening_old RENAME TO screening; DROP TABLE source_keys; "
        "DROP TRIGGER sources_ids_insert; DROP TRIGGER sources_ids_update; DROP INDEX sources_wos_ut; "
        "DROP INDEX sources_scopus_eid; ALTER TABLE sources DROP COLUMN wos_ut; "
        "ALTER TABLE sources DROP COLUMN scopus_eid; "  // 19 -> 20
        "ALTER TABLE merges DROP COLUMN basis; "  // 20 -> 21
        "PRAGMA user_version = 13;";
    CHECK(sqlite3_exec(db, down, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  same_as_before();
  Library migrated(dir / "lib.sqlite");
  CHECK(migrated.schema_version() == Library::kSchemaVersion);
  CHECK(migrated.screening().size() == 24);
  CHECK(migrated.screening(0, kFullTextStage).empty());
  // The journal's statements name the rows: undo and redo of the screening
  // (made before the migration) still work.
  auto u = run_refnet("undo " + lib);
  CHECK(u.out.find("undid 2: ") != std::string::npos);
  CHECK(migrated.screening().empty());
  CHECK(run_refnet("prisma --json " + lib).out.find("\"unscreened\":29") != std::string::npos);
  REQUIRE(run_refnet("redo " + lib).status == 0);
  same_as_before();
}
