// Deduplication and merge: DOI on import, fuzzy without DOI, field-level
// merge, undo; measured against gen_corpus.py's ground truth.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "refnet/dedup.hpp"
#include "refnet/ingest.hpp"
#include "refnet/merge.hpp"
#include "refnet/store.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

Record rec(const std::string& title, int year, const std::string& family, const std::string& given) {
  Record r;
  r.title = title;
  r.issued.year = year;
  r.authors.push_back({family, given, "", "", "", ""});
  return r;
}

// Imports files through the one ingest path, in one transaction.
void import_files(Library& lib, const std::vector<std::string>& files, bool merge_by_doi = true) {
  Library::Transaction tx(lib);
  Ingest ingest(lib, merge_by_doi);
  BibtexContext ctx;
  BibtexOptions opt;
  opt.context = &ctx;
  for (const auto& f : files) {
    std::string text = decode_text(slurp(f)).text;
    Diagnostics d;
    d.set_source(f, text);
    import_text(text, Format::unknown, d, [&](Record&& r) { ingest.add(std::move(r)); }, opt);
  }
  tx.commit();
}

void apply_dedup(Library& lib) {
  auto groups = find_duplicates(lib);
  Library::Transaction tx(lib);
  for (const auto& g : groups) lib.merge(g.works.front(), {g.works.begin() + 1, g.works.end()}, "fuzzy", "test");
  tx.commit();
}

}  // namespace

TEST_CASE("duplicate_score: title, year and creators agree; vetoes say no", "[dedup]") {
  DedupOptions opt;
  Record a = rec("The e-Government Paradox in Post-Soviet Countries", 2019, "Knox", "Colin");
  Record b = rec("THE E-GOVERNMENT PARADOX IN POST-SOVIET COUNTRIES.", 2020, "Knox", "C.");
  std::vector<std::string> why;
  CHECK(duplicate_score(a, b, opt, &why) >= 0.95);
  CHECK(std::find(why.begin(), why.end(), "shared creator knox c") != why.end());

  Record far = b;
  far.issued.year = 2022;
  CHECK(duplicate_score(a, far, opt, nullptr) == 0);  // years 3 apart

  Record other = rec("The e-Government Paradox in Post-Soviet Countries", 2019, "Janenova", "Saltanat");
  CHECK(duplicate_score(a, other, opt, nullptr) == 0);  // no creator in common

  Record d1 = a, d2 = b;
  d1.doi = "10.1108/ijpsm-07-2018-0158";
  d2.doi = "10.1108/other";
  CHECK(duplicate_score(d1, d2, opt, nullptr) == 0);  // two different DOIs

  Record i1 = a, i2 = b;
  i1.isbn = {"9780198520115"};
  i2.isbn = {"9780262033848"};
  CHECK(duplicate_score(i1, i2, opt, nullptr) == 0);  // two different ISBNs

  Record c1 = rec("Introduction", 2010, "Smith", "Emily"), c2 = c1;
  c1.pages = "1-10";
  c2.pages = "201-210";
  CHECK(duplicate_score(c1, c2, opt, nullptr) == 0);  // chapters of one book
  c2.pages = "1-10";
  c1.volume = "3";
  c2.volume = "4";
  CHECK(duplicate_score(c1, c2, opt, nullptr) == 0);

  // A title without its subtitle is still the same work.
  Record sub = rec("Promoting public cooperation in government", 2018, "Kassen", "Maxat");
  Record full = rec("Promoting public cooperation in government: key drivers, regulation, and barriers", 2018,
                    "Kassen", "M.");
  CHECK(duplicate_score(sub, full, opt, nullptr) >= opt.threshold);
}

TEST_CASE("merge_records chooses field by field and keeps every alternative", "[dedup]") {
  Record a = rec("Promoting public cooperation", 2018, "Kassen", "M.");
  a.abstract = "Short.";
  a.keywords = {"e-government", "Kazakhstan"};
  a.references.push_back({"", "10.1/a", "", "", "", "", "", "", ""});
  Record b = rec("Promoting Public Cooperation", 2018, "Kassen", "Maxat");
  b.issued.month = 1;
  b.abstract = "A longer abstract.";
  b.keywords = {"E-Government", "public sector"};
  b.references.push_back({"", "10.1/a", "", "", "", "", "", "", ""});
  b.references.push_back({"", "", "", "Bates", "2014", "", "J Stat Softw", "", ""});
  b.references.push_back({"", "", "", "Skaug", "2014", "", "R package", "", ""});
  b.container_title = "International Review of Administrative Sciences";
  MergedView mv = merge_records({a, b});
  CHECK(mv.record.title == "Promoting public cooperation");  // the first source's
  CHECK(mv.record.container_title == "International Review of Administrative Sciences");
  CHECK(mv.record.abstract == "A longer abstract.");
  CHECK(mv.record.authors.at(0).given == "Maxat");  // full given name over initials
  CHECK(mv.record.issued.month == 1);               // same year, more complete date
  CHECK(mv.record.keywords == std::vector<std::string>{"e-government", "Kazakhstan", "public sector"});
  CHECK(mv.record.references.size() == 3);
  auto title = std::find_if(mv.choices.begin(), mv.choices.end(), [](const FieldChoice& c) { return c.field == "title"; });
  REQUIRE(title != mv.choices.end());
  CHECK(title->source == 0);
  REQUIRE(title->alternatives.size() == 1);
  CHECK(title->alternatives[0] == std::make_pair(std::size_t{1}, std::string("Promoting Public Cooperation")));
}

TEST_CASE("pyBibX WoS and Scopus BibTeX: the shared DOIs merge on import", "[dedup]") {
  // 144 DOIs are shared letter for letter; normalized, 148 are: three WoS
  // DOIs are written with '\_' (10.1007/978-1-4020-5802-8\_15) and one Scopus
  // DOI ends in a full stop (10.1061/(ASCE)IS.1943-555X.0000362.).
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("corpora/pybibx__wos.bib"), fixture("corpora/pybibx__scopus.bib")});
  LibraryStats s = lib.stats();
  CHECK(s.sources == 236 + 263);
  CHECK(s.merged == 148);
  CHECK(s.works == 236 + 263 - 148);
  CHECK(lib.resolve("10.1007/978-1-4020-5802-8_15").size() == 1);
  CHECK(lib.resolve("10.1061/(asce)is.1943-555x.0000362").size() == 1);
}

TEST_CASE("ASySD: the same 1,000 records as Zotero RIS and BibTeX become 1,000 works", "[dedup]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("corpora/asysd__zotero_export.ris"), fixture("corpora/asysd__zotero_export.bib")});
  LibraryStats before = lib.stats();
  CHECK(before.sources == 2000);
  CHECK(before.merged == 718);  // the records with a DOI
  apply_dedup(lib);
  LibraryStats after = lib.stats();
  INFO("works after dedup: " << after.works);
  // Each RIS record pairs with its BibTeX twin; the file also holds true
  // duplicates of one study (it is a dedup test set), merged too.
  CHECK(after.works <= 1000);
  CHECK(after.works >= 950);
}

TEST_CASE("merge, unmerge and undo restore works, keys and views exactly", "[dedup]") {
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("seeds/000_df640892cd32ce65.txt")});
  REQUIRE(lib.stats().works == 1);  // BibTeX and RIS of one article, by DOI
  auto merges = lib.merges_of(1);
  REQUIRE(merges.size() == 1);
  CHECK(merges[0].kind == "doi");
  CHECK(merges[0].reason == "same DOI 10.1177/0020852317735595");
  auto view = lib.get(1)->record;
  CHECK(view.keywords.size() == 7);
  CHECK(lib.source_records(1).size() == 2);

  {
    Library::Transaction tx(lib);
    auto restored = lib.unmerge_work(1);
    tx.commit();
    REQUIRE(restored.size() == 1);
    CHECK(lib.stats().works == 2);
    CHECK(lib.source_records(1).size() == 1);
    CHECK(lib.source_records(restored[0]).size() == 1);
    CHECK(lib.get(1)->record.provenance.format == "bibtex");
    CHECK(lib.get(restored[0])->record.provenance.format == "ris");
  }
  {
    Library::Transaction tx(lib);
    lib.merge(1, {2}, "manual", "by hand");
    tx.commit();
    CHECK(lib.stats().works == 1);
    CHECK(lib.resolve(lib.get(2)->record.citekey) == std::vector<std::int64_t>{1});  // an absorbed key names the live work
    CHECK(same_content(lib.get(1)->record, view));
  }
  {
    Library::Transaction tx(lib);
    auto last = lib.last_merge();
    REQUIRE(last);
    CHECK(last->kind == "manual");
    lib.undo_merge(last->id);
    tx.commit();
    CHECK(lib.stats().works == 2);
    CHECK_THROWS_AS(lib.undo_merge(last->id), StoreError);  // already undone
  }
}

TEST_CASE("generated corpus: merged groups match the ground truth (precision and recall)", "[dedup][slow]") {
  TempDir tmp;
  std::string cmd = "python3 '" REFNET_SOURCE_DIR "/../shared/bench/gen_corpus.py' --works 10000 --seed 1 --out '" +
                    tmp.path.string() + "' > /dev/null";
  if (std::system(cmd.c_str()) != 0) {
    std::string alt = "python3 ../shared/bench/gen_corpus.py --works 10000 --seed 1 --out '" + tmp.path.string() + "'";
    FAIL("gen_corpus.py not found beside the repository (../shared/bench): " + alt);
  }
  Library lib(tmp / "lib.sqlite");
  const std::string bib = tmp / "corpus.bib", ris = tmp / "corpus.ris", cr = tmp / "corpus.crossref.json";
  import_files(lib, {bib, ris, cr});
  apply_dedup(lib);

  // Source -> its record index in its file (records are numbered by line) -> truth work.
  auto truth = nlohmann::json::parse(slurp(tmp / "truth.json"));
  std::map<std::pair<std::string, int>, int> truth_work;
  for (const auto& r : truth.at("records")) truth_work[{r[0].get<std::string>(), r[1].get<int>()}] = r[2].get<int>();
  std::map<std::string, std::string> fmt_of = {{bib, "bib"}, {ris, "ris"}, {cr, "crossref"}};
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(lib.handle(), "SELECT file, work_id FROM sources ORDER BY file, line", -1, &st, nullptr);
  std::map<std::string, int> index;
  std::map<std::pair<std::int64_t, int>, long> cells;  // (predicted work, truth work) -> records
  std::map<std::int64_t, long> predicted;
  std::map<int, long> actual;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string file = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    std::int64_t work = lib.live_work(sqlite3_column_int64(st, 1));
    int t = truth_work.at({fmt_of.at(file), index[file]++});
    ++cells[{work, t}];
    ++predicted[work];
    ++actual[t];
  }
  sqlite3_finalize(st);
  auto pairs = [](long n) { return n * (n - 1) / 2; };
  long tp = 0, pp = 0, ap = 0;
  for (const auto& [k, n] : cells) tp += pairs(n);
  for (const auto& [k, n] : predicted) pp += pairs(n);
  for (const auto& [k, n] : actual) ap += pairs(n);
  double precision = pp ? double(tp) / pp : 1, recall = ap ? double(tp) / ap : 1;
  WARN("dedup on the 10k corpus: duplicate pairs " << ap << ", found " << pp << ", right " << tp << "; precision "
                                                   << precision << ", recall " << recall);
  CHECK(ap > 1000);
  CHECK(precision >= 0.99);
  CHECK(recall >= 0.99);
}

TEST_CASE("show names the source of every field of a merged work, and its merges", "[dedup]") {
  TempDir tmp;
  const std::string lib = "--library '" + (tmp / "lib.sqlite") + "' ";
  REQUIRE(run_refnet("import " + lib + "'" + fixture("seeds/000_df640892cd32ce65.txt") + "'").status == 0);
  CommandResult r = run_refnet("show " + lib + "kassen2018promoting");
  REQUIRE(r.status == 0);
  CHECK(r.out.find("[1] #1 bibtex") != std::string::npos);
  CHECK(r.out.find("[2] #2 ris") != std::string::npos);
  CHECK(r.out.find("    title       [1] Promoting public cooperation") != std::string::npos);
  // The Scopus link is only in the RIS record: the view takes it from there.
  CHECK(r.out.find("    url         [2] http://www.scopus.com/inward/record.url") != std::string::npos);
  CHECK(r.out.find("doi: same DOI 10.1177/0020852317735595  (works 2 into 1)") != std::string::npos);
  // The view's extra fields are the BibTeX source's: RIS tags (UR, U2, M3)
  // must not come out of a BibTeX export as fields.
  CommandResult bib = run_refnet("export " + lib + "--format bibtex kassen2018promoting");
  REQUIRE(bib.status == 0);
  CHECK(bib.out.find("U2 =") == std::string::npos);
  CHECK(bib.out.find("M3 =") == std::string::npos);
}
