// Issue 11 (audit57b): a library an older refnet made, opened by this one.
// - Its views are merged again by today's rules (a merge-rules number kept in
//   the library, table merge_rules): the year, the abstract without
//   its copyright notice ...; the user's corrections, tags, notes and pinned
//   keys stay.
// - Its merges are judged again by today's rules (recheck.hpp): those that
//   would not be made now are said once, kept, listed by `refnet dedup
//   --recheck` and split on request (`--split`), undoably, never silently.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "refnet/dedup.hpp"
#include "refnet/merge.hpp"
#include "refnet/recheck.hpp"
#include "refnet/store.hpp"
#include "ingest_support.hpp"
#include "library_state.hpp"
#include "support.hpp"

using namespace refnet;
using namespace refnet::test;

namespace {

// The first column of the first row of `sql` as text ('' when none).
std::string text_of(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
  std::string v;
  if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
    v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  sqlite3_close(db);
  return v;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// fixtures/libraries/old_75aa25c.sqlite: made by refnet 75aa25c (session 56's
// start; Release build of /work/wt-old) from fixtures/dedup/issue_year_central.ris and
// issue_year_embase.ris (one DOI: merged on import, work 1 absorbed 2) and
// conference_two_years.bib (bib-dedupe's AMCIS 2025 and 2024 papers, joined
// by `dedup --apply` at 0.88: work 3 absorbed 4), then `tag add reviewed 3`,
// `tag add included 1`, a note on 3, `set 1 keywords=...` and `export
// --format bibtex` (both keys pinned).
void copy_old_library(const std::string& to) {
  std::filesystem::copy_file(fixture("libraries/old_75aa25c.sqlite"), to);
}

}  // namespace

TEST_CASE("audit57b: a library of an older refnet gets its views merged by today's rules once, the user's work kept",
          "[audit57b][store]") {
  CliLibrary lib;
  copy_old_library(lib.path);
  // As the older refnet left it: CENTRAL's 2025 (the first source's year).
  CHECK(lib.scalar("SELECT year FROM works WHERE id = 1") == 2025);
  CommandResult list = lib.run("list", "");
  // Said once, with counts: two works of more than one source, one view changed.
  // (the rules' words are the newest rules' own: kMergeRulesWhy)
  CHECK(contains(list.err, "views of works with more than one source merged again by this refnet's rules ("));
  CHECK(contains(list.err, "): 1 of 2 changed"));
  CHECK(contains(list.err, "1 merge made by older rules joined 1 work that this refnet's rules keep apart; kept as they "
                           "are: 'refnet dedup --recheck' lists them"));
  // The year (MEDLINE's 156(2) of 2026); each view is what today's
  // merge makes of its sources.
  CHECK(lib.scalar("SELECT year FROM works WHERE id = 1") == 2026);
  {
    Library opened(lib.path);
    for (std::int64_t id : {1, 3})
      CHECK(text_of(lib.path, "SELECT data FROM works WHERE id = " + std::to_string(id)) ==
            to_json(merge_records(opened.source_records(id)).record));
  }
  // The user's correction, tags, note and pinned keys stay.
  CHECK(text_of(lib.path, "SELECT json_extract(data, '$.keywords[0]') FROM works WHERE id = 1") == "nitrate");
  CHECK(lib.scalar("SELECT count(*) FROM tags WHERE (work_id, tag) IN (VALUES (1, 'included'), (3, 'reviewed'))") == 2);
  CHECK(lib.scalar("SELECT count(*) FROM notes WHERE work_id = 3") == 1);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE key_pinned = 1 AND citekey IN ('albertodesouzafilho2025effect', "
                   "'record_a_vaishnav_goel_2025_vs_2024_same_theme_different_years')") == 2);
  // Nothing split unasked: the merge the rules would not make now stays.
  CHECK(lib.scalar("SELECT merged_into FROM works WHERE id = 4") == 3);
  CHECK(lib.scalar("SELECT version FROM merge_rules") >= 1);
  // Once: the next command says nothing of it.
  CommandResult again = lib.run("list", "");
  CHECK(!contains(again.err, "merged again"));
  CHECK(!contains(again.err, "older rules"));
}

TEST_CASE("audit57b: a read-only command on an older refnet's library upgrades it first", "[audit57b][store]") {
  CliLibrary lib;
  copy_old_library(lib.path);
  // dedup without --apply opens the library read-only.
  CommandResult dedup = lib.run("dedup", "");
  CHECK(contains(dedup.err, "1 of 2 changed"));
  CHECK(lib.scalar("SELECT year FROM works WHERE id = 1") == 2026);
}

TEST_CASE("audit57b: dedup --recheck lists the merges today's rules would not make; --split splits them, undoably",
          "[audit57b][dedup]") {
  CliLibrary lib;
  copy_old_library(lib.path);
  CommandResult listed = lib.run("dedup", "--recheck");
  // The AMCIS papers of 2025 and 2024 (ec196ab5: two papers of one conference
  // in two years, one title the other with a subtitle); the DOI merge of the
  // nutrition paper is today's too.
  CHECK(contains(listed.out, "merge 2 (fuzzy, "));
  CHECK(contains(listed.out, "joined work 4 to work 3; today's rules keep them apart: "));
  CHECK(!contains(listed.out, "merge 1 "));
  CHECK(contains(listed.out, "1 merge refnet made joined 1 work that today's rules keep apart; nothing changed"));
  CHECK(lib.scalar("SELECT merged_into FROM works WHERE id = 4") == 3);
  CommandResult json = lib.run("dedup", "--recheck --json");
  CHECK(contains(json.out, "\"merges\":1,\"works\":1,"));
  CHECK(contains(json.out, "\"merge\":2,"));
  CHECK(contains(json.out, "\"into\":3,\"work\":4,\"live\":3,"));
  CHECK(contains(json.out, "\"splittable\":true"));

  const std::string before = lib.state();
  CommandResult split = lib.run("dedup", "--recheck --split");
  CHECK(contains(split.out, "1 split (1 works restored, 0 of them merged again by today's rules)"));
  // Work 4 is its own again, with its key; its sources back; the merge logged as undone.
  CHECK(lib.scalar("SELECT merged_into IS NULL AND trashed_at IS NULL FROM works WHERE id = 4") == 1);
  CHECK(lib.scalar("SELECT count(*) FROM sources WHERE work_id = 4") == 1);
  CHECK(text_of(lib.path, "SELECT citekey FROM works WHERE id = 4") ==
        "record_b_vaishnav_goel_2025_vs_2024_same_theme_different_years");
  CHECK(lib.scalar("SELECT undone_at IS NOT NULL FROM merges WHERE id = 2") == 1);
  CHECK(lib.scalar("SELECT year FROM works WHERE id = 4") == 2024);
  // The user's tag and note stay on the work they were given.
  CHECK(lib.scalar("SELECT count(*) FROM tags WHERE work_id = 3 AND tag = 'reviewed'") == 1);
  CHECK(lib.scalar("SELECT count(*) FROM notes WHERE work_id = 3") == 1);
  // dedup does not join them again, and nothing is left to split.
  CHECK(contains(lib.run("dedup", "").out, "0 groups of duplicates found"));
  CHECK(contains(lib.run("dedup", "--recheck").out, "0 merges refnet made joined 0 works"));
  // One change: undo gives the merge back.
  lib.run("undo", "");
  CHECK(lib.state() == before);
}

TEST_CASE("audit57b: a DOI merge an older refnet made of two abstracts under one supplement DOI is rechecked",
          "[audit57b][dedup]") {
  // fixtures/dedup/supplement_doi_asysd.csv: ASySD's labelled biomedical set
  // (camaradesuk/ASySD @df54be9, GPL-3.0), rows 108 and 419: two Diabetologia
  // 60 (1 Supplement 1) abstracts (S299, S259) under the supplement's DOI
  // 10.1007/s00125-017-4350-z, two works.  A refnet before the DOI
  // confirmation (dfd95691) joined every record of a DOI on import: that
  // merge, as it logged it.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/supplement_doi_asysd.csv")});
  std::vector<std::int64_t> live;
  {
    sqlite3_stmt* q = nullptr;
    REQUIRE(sqlite3_prepare_v2(lib.handle(), "SELECT id FROM works WHERE merged_into IS NULL ORDER BY id", -1, &q,
                               nullptr) == SQLITE_OK);
    while (sqlite3_step(q) == SQLITE_ROW) live.push_back(sqlite3_column_int64(q, 0));
    sqlite3_finalize(q);
  }
  REQUIRE(live.size() == 2);
  // Today's import made only merges today's rules make.
  CHECK(recheck_merges(lib).empty());
  const std::int64_t first = live[0], second = live[1];
  {
    Library::Transaction tx(lib);
    lib.merge(first, {second}, "doi", "same DOI 10.1007/s00125-017-4350-z");
    tx.commit();
  }
  std::vector<RecheckedMerge> found = recheck_merges(lib);
  REQUIRE(found.size() == 1);
  CHECK(found[0].into == first);
  CHECK(found[0].work == second);
  CHECK(found[0].kind == "doi");
  CHECK(contains(found[0].why, "kept apart"));
  CHECK(found[0].splittable);
  // A person's merge is theirs: not judged.
  {
    Library::Transaction tx(lib);
    lib.undo_merge(found[0].merge);
    lib.merge(first, {second}, "manual", "merged by hand");
    tx.commit();
  }
  CHECK(recheck_merges(lib).empty());
}

TEST_CASE("audit57b: two one-page abstracts of a supplement, one record's volume its supplement's number, are two works",
          "[audit57b][dedup]") {
  // fixtures/dedup/supplement_pages_asysd.csv: ASySD's labelled set
  // (camaradesuk/ASySD @df54be9, GPL-3.0), file lines 276, 277, 1759, 1760:
  // two abstracts of Diabetes/Metabolism Research and Reviews 30 (Supplement
  // 3) under the supplement's DOI 10.1002/dmrr.2604, pages 51 and 52, each
  // twice: Embase's volume "3)" with issue "S3", and volume 30 with issue
  // "SUPPL. 3".  Labelled two works.  The one-page veto read "3)" and "30"
  // as two volumes, so records 1 and 4 were one work by the DOI and the
  // title, and dedup (records imported without the DOI merge, or an older
  // library's) joined all four.
  TempDir tmp;
  Library lib(tmp / "lib.sqlite");
  import_files(lib, {fixture("dedup/supplement_pages_asysd.csv")}, /*merge_by_doi=*/false);
  std::vector<KeptApart> apart;
  std::vector<DuplicateGroup> groups = find_duplicates(lib, DedupOptions{}, &apart);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].works == std::vector<std::int64_t>{1, 2});
  CHECK(groups[1].works == std::vector<std::int64_t>{3, 4});
  // Pairwise: page 51 of "3)" (S3) and page 52 of 30 (SUPPL. 3) are two items.
  std::vector<Record> r;
  for (std::int64_t id : {1, 4}) r.push_back(*judged_view(lib, id));
  std::vector<std::string> why;
  CHECK(duplicate_score(r[0], r[1], DedupOptions{}, &why) == 0);
  REQUIRE(!why.empty());
  CHECK(why.back() == "kept apart: same DOI 10.1002/dmrr.2604, first pages 51 and 52 of one-page items");
  // An older refnet's merge of all four by the DOI: listed, two of them.
  {
    Library::Transaction tx(lib);
    lib.merge(1, {2, 3, 4}, "doi", "same DOI 10.1002/dmrr.2604");
    tx.commit();
  }
  std::vector<RecheckedMerge> found = recheck_merges(lib);
  REQUIRE(found.size() == 2);
  CHECK(found[0].work == 3);
  CHECK(found[1].work == 4);
  {
    Library::Transaction tx(lib);
    SplitResult split = split_merges(lib, found);
    tx.commit();
    CHECK(split.merges == 1);
    CHECK(split.restored == 3);
    CHECK(split.remerged == 1);
  }
  CHECK(lib.live_work(2) == 1);
  CHECK(lib.live_work(3) == 3);
  CHECK(lib.live_work(4) == 4);
}
