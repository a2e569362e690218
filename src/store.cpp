#include "refnet/store.hpp"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "refnet/citekey.hpp"
#include "refnet/dedup.hpp"
#include "refnet/doi.hpp"
#include "refnet/exporter.hpp"
#include "refnet/importer.hpp"
#include "refnet/merge.hpp"
#include "refnet/merge_basis.hpp"
#include "refnet/names.hpp"
#include "refnet/recheck.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/own_addresses.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/search.hpp"
#include "refnet/source_keys.hpp"
#include "refnet/review.hpp"
#include "refnet/text.hpp"
#include "refnet/user_fields.hpp"
#include "refnet/zotero_item.hpp"
#include "statement.hpp"
#include "stored_views.hpp"

namespace refnet {

namespace {

// The full-text index's definition (see migration 4 -> 5); `deferred` is
// no longer used (the triggers always only note the works to re-index, see
// settle_search_index) and kept for the table's shape.
#define REFNET_SEARCH_DEFINITION_TABLE \
  "CREATE TABLE search_definition (sql TEXT NOT NULL, deferred INTEGER NOT NULL DEFAULT 0);\n"

// sources.attached: 0 a record an import found, 1 attached to a work (Crossref's
// by `enrich`, the user's corrections), 2 refnet's own export of the work read
// back (session 60): kept as where it was read, no part of the work's view, no
// record a search identified (prisma, overlap).
#define REFNET_OWN_EXPORT "2"
constexpr int kOwnExport = 2;

// A source's WoS UT and Scopus EID as its JSON holds them, NULL when it
// holds none or is damaged: the columns sources.wos_ut and scopus_eid
// (migration 19 -> 20), as an UPDATE's assignments.
#define REFNET_SOURCE_IDS_FROM_DATA                                                       \
  "wos_ut = NULLIF(CASE WHEN json_valid(data) THEN json_extract(data, '$.wos_ut') END, ''), " \
  "scopus_eid = NULLIF(CASE WHEN json_valid(data) THEN json_extract(data, '$.scopus_eid') END, '')"

// Each entry migrates the schema from version i to i+1.  Never edit a
// released entry: add a new one.
const char* const kMigrations[] = {
    // 0 -> 1
    R"sql(
CREATE TABLE works (
  id         INTEGER PRIMARY KEY,
  citekey    TEXT UNIQUE,
  doi        TEXT,
  type       TEXT NOT NULL,
  year       INTEGER,
  title      TEXT,
  authors    TEXT,          -- '|' + folded family names + '|', for filtering
  keywords   TEXT,          -- '|' + folded keywords + '|', for filtering
  data       TEXT NOT NULL, -- the work's view: a Record as JSON
  merged_into INTEGER REFERENCES works(id),  -- set when another work absorbed this one
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX works_doi ON works(doi) WHERE doi IS NOT NULL;
CREATE INDEX works_year ON works(year);
CREATE TABLE imports (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  files    TEXT NOT NULL,
  read     INTEGER NOT NULL,
  added    INTEGER NOT NULL,
  present  INTEGER NOT NULL,
  rejected INTEGER NOT NULL
);
CREATE TABLE sources (
  id        INTEGER PRIMARY KEY,
  work_id   INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
  format    TEXT NOT NULL,
  hash      INTEGER NOT NULL,  -- content hash of the source text and format
  file      TEXT,
  line      INTEGER,
  data      TEXT NOT NULL,     -- the record as imported, as JSON
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  UNIQUE (format, hash)
);
CREATE INDEX sources_work ON sources(work_id);
CREATE TABLE merges (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  kind      TEXT NOT NULL,   -- doi (on import), fuzzy (dedup --apply), manual (merge)
  reason    TEXT NOT NULL,
  into_work INTEGER NOT NULL REFERENCES works(id),
  absorbed  TEXT NOT NULL,   -- JSON array of work ids
  moved     TEXT NOT NULL,   -- JSON array of [source id, its work before the merge]
  undone_at TEXT
);
CREATE INDEX merges_into ON merges(into_work);
CREATE TABLE http_cache (
  url        TEXT PRIMARY KEY,
  status     INTEGER NOT NULL,
  body       TEXT NOT NULL,
  fetched_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
)sql",
    // 1 -> 2: works.data is '' while a work's view is the record of its one
    // source (an import writes each record once, not twice); the view
    // work_records gives every work's record to people reading the file.
    R"sql(
CREATE VIEW work_records AS
  SELECT w.id, w.citekey, w.merged_into,
         CASE WHEN w.data <> '' THEN w.data
              ELSE (SELECT s.data FROM sources s WHERE s.work_id = w.id ORDER BY s.id LIMIT 1) END AS data
  FROM works w;
)sql",
    // 2 -> 3: PMID and PMCID are identifiers to merge on, like the DOI; a
    // BibTeX entry whose crossref parent is not in the library yet waits for
    // it in crossref_pending (by the parent's key, lower case).
    R"sql(
ALTER TABLE works ADD COLUMN pmid TEXT;
ALTER TABLE works ADD COLUMN pmcid TEXT;
UPDATE works SET
  pmid = NULLIF(json_extract(CASE WHEN data <> '' THEN data ELSE (SELECT s.data FROM sources s WHERE s.work_id = works.id ORDER BY s.id LIMIT 1) END, '$.pmid'), ''),
  pmcid = NULLIF(json_extract(CASE WHEN data <> '' THEN data ELSE (SELECT s.data FROM sources s WHERE s.work_id = works.id ORDER BY s.id LIMIT 1) END, '$.pmcid'), '');
CREATE INDEX works_pmid ON works(pmid) WHERE pmid IS NOT NULL;
CREATE INDEX works_pmcid ON works(pmcid) WHERE pmcid IS NOT NULL;
CREATE TABLE crossref_pending (
  work_id    INTEGER NOT NULL REFERENCES works(id),
  parent_key TEXT NOT NULL
);
CREATE INDEX crossref_pending_key ON crossref_pending(parent_key);
)sql",
    // 3 -> 4: tags the user puts on works (`refnet tag`, screening decisions
    // `screen:…`).  A merge copies the absorbed works' tags to the survivor
    // and logs the copies it made (merges.tags_added, JSON [[work, tag]…]),
    // so undoing the merge takes back exactly those.
    R"sql(
CREATE TABLE tags (
  work_id  INTEGER NOT NULL REFERENCES works(id),
  tag      TEXT NOT NULL,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (work_id, tag)
);
CREATE INDEX tags_tag ON tags(tag);
ALTER TABLE merges ADD COLUMN tags_added TEXT;
)sql",
    // 4 -> 5: systematic reviews.  Each source record has a label (the
    // database or search it came from: `import --source`, else the database
    // its dialect names, else its file), and says whether it was attached to
    // an existing work (enrichment) rather than identified by a search; an
    // import logs its labels.  Pairs of works a reviewer judged different
    // (`dedup --decisions`) are never proposed again; screening decisions are
    // kept per reviewer (the tags `screen:…` carry the agreed ones).
    R"sql(
ALTER TABLE sources ADD COLUMN label TEXT;
ALTER TABLE sources ADD COLUMN attached INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN labels TEXT;
CREATE TABLE distinct_works (
  a  INTEGER NOT NULL REFERENCES works(id),
  b  INTEGER NOT NULL REFERENCES works(id),
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (a, b)
);
CREATE TABLE screening (
  work_id  INTEGER NOT NULL REFERENCES works(id),
  reviewer TEXT NOT NULL,
  decision TEXT NOT NULL,  -- include, exclude, maybe
  reason   TEXT NOT NULL DEFAULT '',
  at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (work_id, reviewer)
);
)sql",
    // 5 -> 6: the full-text index `search` (FTS5), derived from the works:
    // its SQL (table, rank, triggers) is generated from search_columns()
    // and kept here; Library rebuilds the index whenever the SQL differs
    // (ensure_search_index), so adding an indexed column needs no migration.
    REFNET_SEARCH_DEFINITION_TABLE,
    // 6 -> 7: collections, named and nestable (a work in a child is in its
    // parent's view); a collection with a query is a saved search: its works
    // are those the query (`refnet search` language) finds when it is used.
    R"sql(
CREATE TABLE collections (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  parent_id  INTEGER REFERENCES collections(id),
  query      TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE collection_works (
  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  work_id       INTEGER NOT NULL REFERENCES works(id),
  added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (collection_id, work_id)
);
CREATE INDEX collection_works_work ON collection_works(work_id);
)sql",
    // 7 -> 8: the journal (see journal.hpp): one entry per command that
    // changed the library, the statements that reverse it (redo = 0) or,
    // once undone, make it again (redo = 1), and the rows it touched.  A
    // trashed work (`refnet rm`) is hidden from every reader until restored.
    R"sql(
CREATE TABLE journal (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  command   TEXT NOT NULL,
  summary   TEXT NOT NULL,
  undone_at TEXT,
  undone_seq INTEGER,                  -- order of undos: redo takes the latest
  redoable  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE journal_ops (
  id    INTEGER PRIMARY KEY,           -- statements run newest first
  entry INTEGER NOT NULL REFERENCES journal(id),
  redo  INTEGER NOT NULL,
  sql   TEXT NOT NULL
);
CREATE INDEX journal_ops_entry ON journal_ops(entry, redo);
CREATE TABLE journal_rows (
  entry INTEGER NOT NULL REFERENCES journal(id),
  tbl   TEXT NOT NULL,
  lo    INTEGER NOT NULL,
  hi    INTEGER NOT NULL
);
CREATE INDEX journal_rows_entry ON journal_rows(entry);
CREATE INDEX journal_rows_tbl ON journal_rows(tbl, lo);
ALTER TABLE works ADD COLUMN trashed_at TEXT;
-- Deleting a work (undoing its import) checks the rows that refer to it:
-- without these, undoing a 38k-record import took 116 s, with them 2.5 s.
CREATE INDEX works_merged_into ON works(merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX crossref_pending_work ON crossref_pending(work_id);
-- The user's notes on works (`refnet note`) and the files of works (`refnet attach`).
CREATE TABLE notes (
  id       INTEGER PRIMARY KEY,
  work_id  INTEGER NOT NULL REFERENCES works(id),
  text     TEXT NOT NULL,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX notes_work ON notes(work_id);
CREATE TABLE files (
  id       INTEGER PRIMARY KEY,
  work_id  INTEGER NOT NULL REFERENCES works(id),
  path     TEXT NOT NULL,
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX files_work ON files(work_id);
-- Citation keys: a pinned key (`refnet key pin`) is never changed by rekey;
-- a key rekey replaced stays an alias that resolves to its work.
ALTER TABLE works ADD COLUMN key_pinned INTEGER NOT NULL DEFAULT 0;
CREATE TABLE key_aliases (
  alias   TEXT PRIMARY KEY,
  work_id INTEGER NOT NULL REFERENCES works(id)
);
CREATE INDEX key_aliases_work ON key_aliases(work_id);
)sql",
    // 8 -> 9
    R"sql(
-- An absorbed work's key is an alias of the work that absorbed it, held by
-- no work (and avoided by new keys); `absorbed` marks it, for unmerge to
-- give it back.
ALTER TABLE key_aliases ADD COLUMN absorbed INTEGER NOT NULL DEFAULT 0;
INSERT INTO key_aliases (alias, work_id, absorbed)
  SELECT citekey, id, 1 FROM works WHERE merged_into IS NOT NULL AND citekey IS NOT NULL
  ON CONFLICT(alias) DO UPDATE SET work_id = excluded.work_id, absorbed = 1;
UPDATE works SET citekey = NULL WHERE merged_into IS NOT NULL;
)sql",
    // 9 -> 10
    R"sql(
-- Auto-exports (`refnet export --keep`): files rewritten after every change
-- to the library.  Not journaled: undo neither unregisters one nor counts a
-- rewrite as a change.  `args`: the export's options, a JSON array.
CREATE TABLE auto_exports (
  path       TEXT PRIMARY KEY,
  format     TEXT NOT NULL,
  args       TEXT NOT NULL,
  entries    INTEGER,
  written_at TEXT
);
)sql",
    // 10 -> 11
    R"sql(
-- A record carrying a Web of Science UT or Scopus EID joins the work whose
-- source holds it (see Library::add): looked up per record through these,
-- not by reading every source (2 s per import in a 38k-work library).  A
-- damaged source (not JSON) is not indexed, not refused.
CREATE INDEX sources_wos_ut ON sources(CASE WHEN json_valid(data) THEN json_extract(data, '$.wos_ut') END)
  WHERE CASE WHEN json_valid(data) THEN json_extract(data, '$.wos_ut') END IS NOT NULL;
CREATE INDEX sources_scopus_eid ON sources(CASE WHEN json_valid(data) THEN json_extract(data, '$.scopus_eid') END)
  WHERE CASE WHEN json_valid(data) THEN json_extract(data, '$.scopus_eid') END IS NOT NULL;
)sql",
    // 11 -> 12
    R"sql(
-- The library file that registered an auto-export (absolute): a copy of the
-- library (cp lib.sqlite try.sqlite) does not rewrite its kept exports.
ALTER TABLE auto_exports ADD COLUMN library TEXT;
)sql",
    // 12 -> 13: nothing in SQL.  Views are merged again (remerge_views): a
    // work found in Web of Science and Scopus held both reference lists
    // before one list per work (merge.cpp, one_reference_list), until
    // something made its view anew.
    R"sql(
SELECT 1;
)sql",
    // 13 -> 14: nothing in SQL.  Views are merged again: a work's creators
    // were one source's whole list ("Munoz-Laboy, Miguel" from MEDLINE where
    // Scopus writes "Muñoz-Laboy"), now each person in the best form its
    // sources give (creator_lists.hpp).  Citation keys stay as they are.
    R"sql(
SELECT 1;
)sql",
    // 14 -> 15
    R"sql(
-- The key each source record gave its work (a .bib entry's key, a CSL-JSON
-- id), as the file wrote it, whatever key the work got: two colleagues'
-- files may give `smith2020` to two works, and a paper's keys are resolved
-- by the source its other keys come from (source_keys.hpp).  No foreign key:
-- undo and redo replay rows table by table; readers join sources.
CREATE TABLE source_keys (
  source_id INTEGER PRIMARY KEY,
  key       TEXT NOT NULL
);
CREATE INDEX source_keys_key ON source_keys(key COLLATE NOCASE);
)sql",
    // 15 -> 16: screening has stages (PRISMA 2020): title/abstract
    // ('title', every decision before) and full text ('fulltext', where a
    // report can also be 'not-retrieved'); a reviewer decides a work once
    // per stage.  Row ids are kept: the journal's statements name them.
    R"sql(
CREATE TABLE screening_staged (
  work_id  INTEGER NOT NULL REFERENCES works(id),
  stage    TEXT NOT NULL DEFAULT 'title',  -- title (title/abstract), fulltext
  reviewer TEXT NOT NULL,
  decision TEXT NOT NULL,  -- include, exclude, maybe; at fulltext also not-retrieved
  reason   TEXT NOT NULL DEFAULT '',
  at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (work_id, stage, reviewer)
);
INSERT INTO screening_staged (rowid, work_id, stage, reviewer, decision, reason, at)
  SELECT rowid, work_id, 'title', reviewer, decision, reason, at FROM screening;
DROP TABLE screening;
ALTER TABLE screening_staged RENAME TO screening;
)sql",
    // 16 -> 17: a conflict between reviewers is settled beside their
    // decisions, which are kept as they gave them (Cochrane Handbook ch. 4,
    // PRISMA 2020 item 8): by consensus or by an arbiter, a work's final
    // decision at a stage (the tag screen:... then carries it).
    R"sql(
CREATE TABLE IF NOT EXISTS screening_resolutions (
  work_id  INTEGER NOT NULL REFERENCES works(id),
  stage    TEXT NOT NULL DEFAULT 'title',
  decision TEXT NOT NULL,  -- include, exclude, maybe; at fulltext also not-retrieved
  reason   TEXT NOT NULL DEFAULT '',
  method   TEXT NOT NULL DEFAULT 'consensus',  -- consensus, arbiter
  by       TEXT NOT NULL DEFAULT '',
  at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (work_id, stage)
);
)sql",
    // 17 -> 18
    R"sql(
-- A work is looked up by its key whatever the key's case (a .bib entry's key
-- on import, twice per entry; `refnet show KEY`): the UNIQUE index on citekey
-- and the alias's primary key compare bytes, so each lookup read every row
-- (a 60,000-entry .bib took 524 s to import).
CREATE INDEX IF NOT EXISTS works_citekey_nocase ON works(citekey COLLATE NOCASE) WHERE citekey IS NOT NULL;
CREATE INDEX IF NOT EXISTS key_aliases_alias_nocase ON key_aliases(alias COLLATE NOCASE);
)sql",
    // 18 -> 19
    R"sql(
-- A WoS UT or Scopus EID is one whatever its case ("wos:000..." typed for
-- "WOS:000..."): resolve() compared them COLLATE NOCASE, which the byte-
-- comparing indexes of 10 -> 11 cannot serve, so each lookup read every
-- source's JSON (0.15 s in 60,000 sources, per line of a decisions file).
-- The same indexes comparing without case serve resolve() and an import's
-- lookup (Library::works_with_database_id) alike.
DROP INDEX IF EXISTS sources_wos_ut;
DROP INDEX IF EXISTS sources_scopus_eid;
CREATE INDEX sources_wos_ut ON sources((CASE WHEN json_valid(data) THEN json_extract(data, '$.wos_ut') END) COLLATE NOCASE)
  WHERE CASE WHEN json_valid(data) THEN json_extract(data, '$.wos_ut') END IS NOT NULL;
CREATE INDEX sources_scopus_eid ON sources((CASE WHEN json_valid(data) THEN json_extract(data, '$.scopus_eid') END) COLLATE NOCASE)
  WHERE CASE WHEN json_valid(data) THEN json_extract(data, '$.scopus_eid') END IS NOT NULL;
)sql",
    // 19 -> 20
    R"sql(
-- A source's WoS UT and Scopus EID are columns (NULL: none), written with
-- the source from its Record (Library::insert_source): the expression
-- indexes of 18 -> 19 parsed every source's JSON four times as it was
-- stored (json_valid and json_extract, for each index: a quarter of an
-- import's storing thread).  Every other writer is followed by the
-- triggers, which read them from the JSON: an edit of a source's data,
-- undo and redo of journal entries written before this version (an INSERT
-- that does not name the columns leaves '': not known yet), sqlite3.
DROP INDEX IF EXISTS sources_wos_ut;
DROP INDEX IF EXISTS sources_scopus_eid;
ALTER TABLE sources ADD COLUMN wos_ut TEXT DEFAULT '';
ALTER TABLE sources ADD COLUMN scopus_eid TEXT DEFAULT '';
UPDATE sources SET )sql" REFNET_SOURCE_IDS_FROM_DATA R"sql(;
CREATE INDEX sources_wos_ut ON sources(wos_ut COLLATE NOCASE) WHERE wos_ut IS NOT NULL;
CREATE INDEX sources_scopus_eid ON sources(scopus_eid COLLATE NOCASE) WHERE scopus_eid IS NOT NULL;
CREATE TRIGGER sources_ids_insert AFTER INSERT ON sources WHEN new.wos_ut IS '' OR new.scopus_eid IS ''
BEGIN UPDATE sources SET )sql" REFNET_SOURCE_IDS_FROM_DATA R"sql( WHERE id = new.id; END;
CREATE TRIGGER sources_ids_update AFTER UPDATE OF data ON sources
BEGIN UPDATE sources SET )sql" REFNET_SOURCE_IDS_FROM_DATA R"sql( WHERE id = new.id; END;
)sql",    // 20 -> 21
    R"sql(
-- What a merge on import joined its records by (merge_basis.hpp): a column,
-- written with the merge.  prisma counted those merges by the words of
-- their reasons ("same PMID 123"), which a reworded reason would change.
-- The older merges' bases are read from their reasons once, here, as
-- prisma read them (a merge of kind 'doi' names a DOI).
ALTER TABLE merges ADD COLUMN basis TEXT NOT NULL DEFAULT '';
UPDATE merges SET basis = CASE
  WHEN reason GLOB 'same DOI *' THEN 'DOI'
  WHEN reason GLOB 'same PMID *' THEN 'PMID'
  WHEN reason GLOB 'same PMCID *' THEN 'PMCID'
  WHEN reason GLOB 'same WoS UT *' THEN 'WoS UT'
  WHEN reason GLOB 'same Scopus EID *' THEN 'Scopus EID'
  WHEN reason GLOB 'same * entry: key *' THEN 'entry'
  WHEN reason GLOB 'same Zotero item *' THEN 'Zotero item'
  WHEN reason GLOB 'one record (*' THEN 'two identifiers'
  WHEN kind = 'doi' THEN 'DOI'
  ELSE '' END
WHERE kind IN ('doi', 'identifier', 'own-export');
)sql",
};
// A live work: not merged into another, not in the trash.  Every reader
// (list, export, network, dedup, stats, ...) sees live works only.
// REFNET_LIVE("w.") for a query on `works w`, REFNET_LIVE("") on `works`.
#define REFNET_LIVE(w) w "merged_into IS NULL AND " w "trashed_at IS NULL"
// The SQL of a work's record (see migration 1 -> 2), for queries on `works w`.
#define REFNET_WORK_DATA \
  "CASE WHEN w.data <> '' THEN w.data ELSE (SELECT s.data FROM sources s WHERE s.work_id = w.id ORDER BY s.id LIMIT 1) END"
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Library::kSchemaVersion,
              "one migration per schema version");

// The rules a work's view is merged by (merge.cpp) and the merges refnet
// makes by itself are judged by (dedup.cpp), as a number kept in the
// library (table merge_rules, one row; none: a library of an older refnet).
// A library opened by a refnet of newer rules gets every view merged again
// (remerge_views: the user's corrections, tags, notes and keys are not the
// view's and stay) and its logged merges judged again (recheck.hpp: those
// today's rules would not make are counted and listed by `refnet dedup
// --recheck`, never split unasked), once, in the transaction that migrates
// it.  Raise it whenever a change to merge.cpp or dedup.cpp changes what a
// library built by the old rules would hold; no schema version needed.
//   1: session 57: what most sources say (title, journal, publisher,
//      authors), the issue's year, the abstract without a copyright notice,
//      a journal's own name; the dedup vetoes of sessions 55-57.
//   2: session 58: a page that is an article number (ScienceDirect's
//      113397) compared as the article number; an article number against
//      another journal's page range, and two article numbers, compared.
//   3: session 59: a meeting's paper and a journal's article of one year
//      (venues named so, that cannot be one) kept apart.
//   4: session 59: an ORCID another source knows goes to its person only,
//      never to a namesake of the same family name in the list.
//   5: session 60: the older readings of an entry (a Zotero library's RDF and
//      RIS beside its BibTeX exported again after an edit) do not vote
//      against the newer export on what it changed; a Zotero item's CSL-JSON
//      exports are one record by its URI.
//   6: session 61: a Zotero item is one record in every export that names it
//      (a .bib entry's uri or zotero:// link, Zotero JSON's uri, an RDF
//      resource named by the URI, refnet's CSL-JSON custom zotero-uri), and
//      among one Zotero's RDF exports by its "#item_123"; a meeting's paper
//      and, another year, a record without venue whose DOI names a journal's
//      ISSN kept apart; a Publish or Perish hit's host-name journal is no
//      venue.
//   7: session 62: one ACM article under its two parents' DOIs
//      (10.1145/800248.807389, 10.1145/965139.807389) no DOI conflict; two
//      patents (Google Patents' links, patent numbers) kept apart.
//   8: session 63: an article number on one record only (a Cochrane
//      review's CD008173) is no evidence against its twin's other issue; two
//      Cochrane review ids that differ are two reviews; two Elsevier items
//      (PIIs) and a title that is a periodical's name kept apart.
//   9: session 64: the PII PubMed gives (MEDLINE's LID/AID "... [pii]", PubMed
//      XML's ArticleId and ELocationID "pii ...") counts for the veto of two
//      Elsevier items, as one in a link or a DOI does.
//  10: session 64: two years of the Cochrane Database of Systematic Reviews
//      (one review's versions) kept apart; two PIIs are two items only in
//      one journal (one article's Spanish and English editions are one work).
//  11: session 65: a DOI shared in a journal's supplement (one DOI on all of
//      a meeting's abstracts) is one work only when the titles agree: other
//      titles, or titles naming other subjects, are other abstracts,
//      whatever their first author, year and page.
//  12: session 66: a supplement written only in the pages ("S653-S654") is
//      one, and two items on other first pages of one volume's supplement
//      are other items under its DOI, page ranges too (before: one-page
//      items only).
//  (session 68: which key a merge keeps, the one written out (Library::merge),
//  is none of these rules: a view and the merges made are as before, so not
//  raised; merges made before keep the keys they left.)
constexpr int kMergeRules = 12;
constexpr const char* kMergeRulesWhy =
    "a journal's supplement is seen in its pages too (\"S653-S654\"), and a DOI shared by two items on other first pages "
    "of one volume's supplement joins nothing, page ranges too: other abstracts of one meeting";

// "[1,2,3]": ids for `IN (SELECT value FROM json_each(?))`, one parameter
// however many.
std::string json_id_list(const std::vector<std::int64_t>& ids) {
  std::string list = "[";
  for (std::int64_t id : ids) list += (list.size() > 1 ? "," : "") + std::to_string(id);
  return list + "]";
}

// '|a|b|' lists for instr() filtering.
std::string bar_list(const std::vector<std::string>& items) {
  std::string out = "|";
  for (const auto& i : items) {
    out += i;
    out += '|';
  }
  return out;
}

std::string folded_families(const Record& r) {
  std::vector<std::string> names;
  for (const auto* list : {&r.authors, &r.editors})
    for (const Creator& c : *list) names.push_back(fold(c.is_literal() ? c.literal : c.full_family()));
  return bar_list(names);
}

std::string folded_keywords(const Record& r) {
  std::vector<std::string> kws;
  kws.reserve(r.keywords.size());
  for (const auto& k : r.keywords) kws.push_back(fold(k));
  return bar_list(kws);
}

}  // namespace


struct Library::Statements {
  Stmt find_source;
  Stmt insert_work;
  Stmt insert_source;
  Stmt get_work;
  Stmt get_sources;
  Stmt by_doi;
  Stmt by_key;
  Stmt set_key;
  Stmt pending_children;
  Stmt delete_pending;
  Stmt same_identifier;
  Stmt source_data;
  Stmt update_view;
  Stmt merged_into;
  Stmt is_live;
  Stmt source_ids;
  Stmt move_sources;
  Stmt mark_merged;
  Stmt alias_absorbed;
  Stmt log_merge;
  Stmt by_database_id;
  explicit Statements(sqlite3* db)
      : find_source(db, "SELECT work_id FROM sources WHERE format = ?1 AND hash = ?2"),
        insert_work(db,
                    "INSERT INTO works (citekey, doi, type, year, title, authors, keywords, data, created_at, updated_at, pmid, pmcid) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11)"),
        insert_source(db,
                      "INSERT INTO sources (work_id, format, hash, file, line, data, imported_at, label, attached, wos_ut, "
                      "scopus_eid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
        get_work(db, "SELECT " REFNET_WORK_DATA ", w.citekey, w.merged_into, w.trashed_at FROM works w WHERE w.id = ?1"),
        get_sources(db,
                    "SELECT id, format, file, line, imported_at, coalesce(label, file, ''), attached FROM sources "
                    "WHERE work_id = ?1 ORDER BY attached = " REFNET_OWN_EXPORT ", id"),
        by_doi(db, "SELECT id FROM works WHERE doi = ?1 AND " REFNET_LIVE("") " ORDER BY id"),
        by_key(db, "SELECT id FROM works WHERE citekey = ?1"),
        set_key(db, "UPDATE works SET citekey = ?2, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"),
        pending_children(db, "SELECT work_id FROM crossref_pending WHERE parent_key = ?1 ORDER BY rowid"),
        delete_pending(db, "DELETE FROM crossref_pending WHERE parent_key = ?1"),
        same_identifier(db,
                        "SELECT id FROM works WHERE " REFNET_LIVE("") " AND (doi = ?1 OR pmid = ?2 OR pmcid = ?3) ORDER BY id"),
        // refnet's own exports read back are no part of a view: copies of it.
        source_data(db, "SELECT data FROM sources WHERE work_id = ?1 AND attached <> " REFNET_OWN_EXPORT " ORDER BY id"),
        update_view(db,
                    "UPDATE works SET doi = ?2, type = ?3, year = ?4, title = ?5, authors = ?6, keywords = ?7, data = ?8, "
                    "pmid = ?10, pmcid = ?11, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"),
        merged_into(db, "SELECT merged_into FROM works WHERE id = ?1"),
        is_live(db, "SELECT " REFNET_LIVE("") " FROM works WHERE id = ?1"),
        source_ids(db, "SELECT id FROM sources WHERE work_id = ?1 ORDER BY id"),
        move_sources(db, "UPDATE sources SET work_id = ?2 WHERE work_id = ?1"),
        // An absorbed work whose view was its one source's record keeps a
        // copy of it, as the sources move away.
        mark_merged(db,
                    "UPDATE works SET merged_into = ?2, citekey = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                    "data = CASE WHEN data <> '' THEN data "
                    "ELSE (SELECT s.data FROM sources s WHERE s.work_id = ?1 ORDER BY s.id LIMIT 1) END WHERE id = ?1"),
        // Before mark_merged takes its key: the absorbed work's key becomes an alias.
        alias_absorbed(db,
                       "INSERT INTO key_aliases (alias, work_id, absorbed) SELECT citekey, id, 1 FROM works "
                       "WHERE id = ?1 AND citekey IS NOT NULL "
                       "ON CONFLICT(alias) DO UPDATE SET work_id = excluded.work_id, absorbed = 1"),
        log_merge(db,
                  "INSERT INTO merges (kind, reason, into_work, absorbed, moved, tags_added, basis) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        // The collation of the indexes sources_wos_ut and sources_scopus_eid
        // (migrations 18 -> 19, 19 -> 20), so that SQLite uses them.
        by_database_id(db,
                       "SELECT work_id FROM sources WHERE wos_ut = ?1 COLLATE NOCASE "
                       "UNION SELECT work_id FROM sources WHERE scopus_eid = ?2 COLLATE NOCASE"),
        identity(library_identity(db)) {}

  // The statements of prepared(): by their text, and whether a handle holds one.
  struct Kept {
    std::unique_ptr<Stmt> stmt;
    bool in_use = false;
  };
  std::unordered_map<std::string, Kept> kept;
  // The source record of each Zotero item (zotero_item.hpp) the library
  // holds, the first: read once from the CSL-JSON sources naming one, then
  // kept as sources are added (zotero_item_work).
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::int64_t>>> zotero_items;
  bool zotero_items_read = false;
  // The library's identity, the mark on its exports (own_export_mark.hpp).
  std::string identity;
};


// Preparing a statement parses it and compiles the triggers of the tables
// it writes (the journal's and the search index's): a tenth of an import
// went to preparing the same few statements per record.  Kept by their text,
// for the library's life: a fixed text, not one made per call.
Library::Prepared Library::prepared(const char* sql) {
  // Opening the library (migrations, the search index) runs before st_ is made.
  if (!st_) return Prepared(std::make_unique<Stmt>(db_, sql));
  Statements::Kept& k = st_->kept[sql];
  if (!k.stmt) k.stmt = std::make_unique<Stmt>(db_, sql);
  if (k.in_use) return Prepared(std::make_unique<Stmt>(db_, sql));
  return Prepared(k.stmt.get(), &k.in_use);
}

std::string Library::resolve_path(const std::string& explicit_path) {
  if (!explicit_path.empty()) return explicit_path;
  if (const char* env = std::getenv("REFNET_LIBRARY"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/refnet/library.sqlite";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/refnet/library.sqlite";
  return "refnet-library.sqlite";
}

Library::Library(const std::string& path, bool create, Access access) : path_(path) {
  namespace fs = std::filesystem;
  if (create) {
    fs::path parent = fs::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (ec) throw StoreError(path + ": cannot create directory " + parent.string() + ": " + ec.message());
  } else if (!fs::exists(path)) {
    throw StoreError(path + ": no library here (import something first)");
  }
  // One thread at a time uses a Library: no per-call connection mutex.
  const int rw = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  try {
    if (access == Access::read_only) {
      open_connection(SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
      if (settled()) {
        // A read-only command reads the file mapped, not by pread into the
        // 64 MB page cache: an export of the 100k library read its 385 MB
        // three times over (312k preads, a third of its CPU time in the
        // kernel).  Peak RSS then counts the pages of the file it read
        // (shared with the OS's cache and dropped first, not memory of its
        // own); writers keep pread, and an import's RSS stays its own.
        exec("PRAGMA mmap_size = 17179869184");
        st_ = std::make_unique<Statements>(db_);
        return;
      }
      // Refnet's but older, or a hot journal to roll back: settle it once.
      sqlite3_close(db_);
      db_ = nullptr;
    }
    open_connection(rw);
    check_owner();
    // A rollback journal, not WAL: an import mostly appends new pages, which
    // a rollback journal does not copy, while WAL writes every page twice
    // (log, then checkpoint): a 100 MB import took 1.7 s in WAL, 1.0 s so.
    // An interrupted transaction is rolled back from the journal on the next
    // open; FULL sync makes a commit durable and power-safe in this mode.
    // Readers wait for a writer's commit (busy timeout), which a command-line
    // tool can afford.  A library left in WAL by an older refnet is switched
    // when no other process has it open, and works as it is meanwhile.
    if (sqlite3_exec(db_, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
      // Busy: another connection has the WAL open; stay in WAL this time.
    }
    exec("PRAGMA synchronous = FULL");
    migrate();
    ensure_search_index();
    journal_ = std::make_unique<Journal>(db_);
    st_ = std::make_unique<Statements>(db_);
  } catch (const StoreError& e) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(path + ": " + e.what());
  }
}

namespace {
// refnet_plain_title(x): a title without its rich text tags, for the search
// index (search.cpp), as strip_rich_text gives it.
void plain_title(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
    sqlite3_result_value(ctx, argv[0]);
    return;
  }
  std::string_view s(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])),
                     static_cast<std::size_t>(sqlite3_value_bytes(argv[0])));
  if (!may_have_rich_text(s)) {
    sqlite3_result_value(ctx, argv[0]);
    return;
  }
  std::string plain = strip_rich_text(s);
  sqlite3_result_text(ctx, plain.data(), static_cast<int>(plain.size()), SQLITE_TRANSIENT);
}

void define_text_functions(sqlite3* db) {
  sqlite3_create_function_v2(db, "refnet_plain_title", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, plain_title,
                             nullptr, nullptr, nullptr);
}
}  // namespace

void Library::open_connection(int flags) {
  // SQLite's memory statistics (sqlite3_memory_used, soft heap limits:
  // refnet reads none) take a global mutex around every allocation it
  // makes: off, as SQLite recommends, before the process's first
  // connection (later, SQLite refuses the change: nothing else differs).
  static const int memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)memstatus_off;
  if (sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    throw StoreError(msg);
  }
  sqlite3_busy_timeout(db_, 30000);
  sqlite3_extended_result_codes(db_, 1);
  define_text_functions(db_);
  exec("PRAGMA foreign_keys = ON");
  exec("PRAGMA cache_size = -65536");
}

namespace {
std::int64_t pragma_int(sqlite3* db, const char* sql, int* rc = nullptr) {
  sqlite3_stmt* s = nullptr;
  std::int64_t v = 0;
  int r = sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
  if (r == SQLITE_OK) {
    r = sqlite3_step(s);
    if (r == SQLITE_ROW) {
      v = sqlite3_column_int64(s, 0);
      r = SQLITE_OK;
    }
  }
  sqlite3_finalize(s);
  if (rc) *rc = r;
  return v;
}

// Whether the library's views and merges are by today's rules (kMergeRules)
// or a later refnet's: not an older refnet's (no table: before the table).
bool merge_rules_current(sqlite3* db) {
  int rc = SQLITE_OK;
  const std::int64_t v = pragma_int(db, "SELECT coalesce(max(version), 0) FROM merge_rules", &rc);
  return rc == SQLITE_OK && v >= kMergeRules;
}

// The library's identity (own_export_mark.hpp: the mark on its exports), made
// once, as the library is created or first opened by a refnet that writes the
// mark (session 62): a table of its own, no schema version, as merge_rules.
bool has_identity(sqlite3* db) { return !library_identity(db).empty(); }
}  // namespace

// A read-only connection can serve as it is: refnet's, current, readable.
bool Library::settled() {
  int rc = SQLITE_OK;
  std::int64_t id = pragma_int(db_, "PRAGMA application_id", &rc);
  if (rc != SQLITE_OK) return false;  // e.g. SQLITE_READONLY_ROLLBACK: a hot journal
  std::int64_t version = pragma_int(db_, "PRAGMA user_version", &rc);
  if (rc != SQLITE_OK) return false;
  return id == kApplicationId && version == kSchemaVersion && search_index_current() && merge_rules_current(db_) &&
         has_identity(db_);
}

bool Library::search_index_current() {
  sqlite3_stmt* s = nullptr;
  bool current = false;
  // (deferred: a table of an older shape is no current index either)
  if (sqlite3_prepare_v2(db_, "SELECT sql, deferred FROM search_definition", -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW)
    current = column_text(s, 0) == search_index_sql();
  sqlite3_finalize(s);
  return current;
}

// The full-text index is derived data: built (or rebuilt, when its
// definition changed) in one transaction.
void Library::ensure_search_index() {
  if (search_index_current()) return;
  exec("BEGIN IMMEDIATE");
  try {
    if (!search_index_current()) {  // another process may have built it meanwhile
      exec(drop_search_index_sql().c_str());
      // The definition table too, as migration 4 -> 5 makes it (whatever
      // shape an older build left it in).
      exec("DROP TABLE IF EXISTS search_definition");
      exec(REFNET_SEARCH_DEFINITION_TABLE);
      exec(search_index_sql().c_str());
      Prepared put = prepared( "INSERT INTO search_definition (sql) VALUES (?1)");
      put.bind(1, search_index_sql());
      put.run();
    }
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

// Refuses, untouched, a database that is neither empty nor refnet's.
void Library::check_owner() {
  std::int64_t id = pragma_int(db_, "PRAGMA application_id");
  if (id == kApplicationId) return;
  std::int64_t version = pragma_int(db_, "PRAGMA user_version");
  std::int64_t tables = pragma_int(db_, "SELECT count(*) FROM sqlite_master");
  bool ours_before_ids = id == 0 && version >= 1 && version <= kSchemaVersion &&
                         pragma_int(db_,
                                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                    "('works', 'sources', 'imports')") == 3;
  if ((id == 0 && version == 0 && tables == 0) || ours_before_ids) return;
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%08llX", static_cast<unsigned long long>(static_cast<std::uint32_t>(id)));
  throw StoreError(std::string("not a refnet library (application_id ") + hex + ", user_version " +
                   std::to_string(version) + ", " + std::to_string(tables) +
                   " schema objects): another program's database? It was left untouched");
}

Library::~Library() {
  st_.reset();
  journal_.reset();
  if (db_) sqlite3_close(db_);
}

void Library::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw StoreError(msg);
  }
}

Journal& Library::journal() {
  if (!journal_) throw StoreError(path_ + ": opened read-only: no journal");
  return *journal_;
}

int Library::schema_version() const {
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db_, "PRAGMA user_version", -1, &s, nullptr);
  int v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
  sqlite3_finalize(s);
  return v;
}

// The merges an older refnet made that today's rules would not (they stay
// as they are: listed by `refnet dedup --recheck`), said once as the
// library is upgraded.
namespace {
void report_rechecked_merges(Library& lib, const std::string& path) {
  const std::vector<RecheckedMerge> found = recheck_merges(lib);
  if (found.empty()) return;
  std::size_t merges = 0;
  for (std::size_t i = 0; i < found.size(); ++i) merges += i == 0 || found[i].merge != found[i - 1].merge;
  std::cerr << path << ": " << merges << (merges == 1 ? " merge" : " merges") << " made by older rules joined "
            << found.size() << (found.size() == 1 ? " work" : " works")
            << " that this refnet's rules keep apart; kept as they are: 'refnet dedup --recheck' lists them, "
               "'refnet dedup --recheck --split' splits them\n";
}
}  // namespace

namespace {
std::size_t attach_old_own_exports(sqlite3* db, const std::string& path);
}  // namespace

void Library::migrate() {
  int version = schema_version();
  if (version > kSchemaVersion)
    throw StoreError("the library has schema version " + std::to_string(version) +
                     ", newer than this refnet understands (" + std::to_string(kSchemaVersion) + "); upgrade refnet");
  if (version == kSchemaVersion && pragma_int(db_, "PRAGMA application_id") == kApplicationId &&
      merge_rules_current(db_) && has_identity(db_))
    return;
  exec("BEGIN IMMEDIATE");
  try {
    // Another process may have migrated while we waited for the lock.
    check_owner();
    const bool created = schema_version() == 0;
    bool remerged = false;
    for (version = schema_version(); version < kSchemaVersion; ++version) {
      exec(kMigrations[version]);
      if (version == 12) remerge_views("one reference list per work");
      if (version == 13) remerge_views("each person's name in the best form its sources give; citation keys kept");
      remerged = remerged || version == 12 || version == 13;
      exec(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
    }
    if (!merge_rules_current(db_)) {
      if (!created) {
        // refnet's own exports an older refnet read back as sources (session 61).
        attach_old_own_exports(db_, path_);
        // Views merged by a migration above are today's already.
        if (!remerged) remerge_views(kMergeRulesWhy);
        report_rechecked_merges(*this, path_);
      }
      exec("CREATE TABLE IF NOT EXISTS merge_rules (version INTEGER NOT NULL); DELETE FROM merge_rules;");
      exec(("INSERT INTO merge_rules (version) VALUES (" + std::to_string(kMergeRules) + ")").c_str());
    }
    exec("CREATE TABLE IF NOT EXISTS library_identity (id TEXT NOT NULL); "
         "INSERT INTO library_identity (id) SELECT lower(hex(randomblob(8))) "
         "WHERE NOT EXISTS (SELECT 1 FROM library_identity)");
    exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    exec("COMMIT");
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

Library::Transaction::Transaction(Library& lib) : lib_(lib) {
  lib_.exec("BEGIN IMMEDIATE");
  if (lib_.journal_) lib_.journal_->transaction_begun();
}
Library::Transaction::~Transaction() {
  if (done_) return;
  sqlite3_exec(lib_.db_, "ROLLBACK", nullptr, nullptr, nullptr);
  if (lib_.journal_) lib_.journal_->rolled_back();
}
void Library::Transaction::commit() {
  if (lib_.journal_) lib_.journal_->before_commit();
  lib_.exec("COMMIT");
  done_ = true;
}

Library::Snapshot::Snapshot(Library& lib) : lib_(lib) {
  if (sqlite3_get_autocommit(lib_.db_) == 0) return;
  lib_.exec("BEGIN");
  own_ = true;
}
Library::Snapshot::~Snapshot() {
  if (own_) sqlite3_exec(lib_.db_, "COMMIT", nullptr, nullptr, nullptr);
}

std::size_t Library::search_pending() {
  Prepared s = prepared( "SELECT count(*) FROM search_dirty");
  return s.step() ? static_cast<std::size_t>(sqlite3_column_int64(s.get(), 0)) : 0;
}

namespace {
// Re-indexes the works the triggers noted, in one transaction (or in the
// caller's, if one is open).  Throws StoreError.
void catch_up(sqlite3* db) {
  const bool own = sqlite3_get_autocommit(db) != 0;
  std::string sql = (own ? "BEGIN IMMEDIATE;\n" : "") + search_catch_up_sql() + (own ? "COMMIT;\n" : "");
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    if (own) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    throw StoreError(msg);
  }
}
}  // namespace

// The index is brought up to date by its first reader, as a library that
// needs migrating is: a read-only connection opens the file for writing
// once (a second connection; this one then reads the committed result).
std::size_t Library::settle_search_index() {
  const std::size_t pending = search_pending();
  if (pending == 0) return 0;
  // The first search after a big import indexes it (about 5 s for 100k
  // works): say so rather than pause without a word.
  if (pending >= 10000)
    std::cerr << path_ << ": indexing " << pending << " changed works for search (once, after an import)...\n";
  std::string why;
  try {
    if (sqlite3_db_readonly(db_, "main") == 0) {
      catch_up(db_);
      return 0;
    }
    sqlite3* w = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &w, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
      std::string msg = w ? sqlite3_errmsg(w) : "out of memory";
      sqlite3_close(w);
      throw StoreError(msg);
    }
    sqlite3_busy_timeout(w, 30000);
    define_text_functions(w);
    try {
      catch_up(w);
    } catch (...) {
      sqlite3_close(w);
      throw;
    }
    sqlite3_close(w);
    return 0;
  } catch (const StoreError& e) {
    why = e.what();
  }
  const std::size_t left = search_pending();
  if (!stale_search_reported_)
    std::cerr << path_ << ": warning: " << left << (left == 1 ? " changed work is" : " changed works are")
              << " not indexed for search yet (" << why << "): the search reads the index as it was\n";
  stale_search_reported_ = true;
  return left;
}

namespace {
void bind_view(Stmt& st, const Record& r, std::string_view json, std::string_view authors, std::string_view keywords) {
  st.bind_opt(2, r.doi).bind(3, r.type);
  if (r.issued.year)
    st.bind(4, std::int64_t{r.issued.year});
  else
    st.bind_null(4);
  const std::string title = strip_rich_text(r.title);  // the column is text: what listings and search show
  st.bind(5, title).bind(6, authors).bind(7, keywords).bind_static(8, json);
  st.bind_opt(10, r.pmid).bind_opt(11, r.pmcid);
}

// The time of a change as the schema's DEFAULTs write it, formatted once a
// second rather than by SQLite once a row.
std::string_view now_utc() {
  thread_local std::time_t last = 0;
  thread_local char text[32] = "";
  std::time_t t = std::time(nullptr);
  if (t != last) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
    last = t;
  }
  return text;
}
}  // namespace


void Library::remerge_views(std::string_view why) {
  Prepared works = prepared( "SELECT work_id FROM sources WHERE attached <> " REFNET_OWN_EXPORT
                             " GROUP BY work_id HAVING count(*) > 1 ORDER BY work_id");
  Prepared sources = prepared( "SELECT data FROM sources WHERE work_id = ?1 AND attached <> " REFNET_OWN_EXPORT " ORDER BY id");
  Prepared view = prepared( "SELECT data FROM works WHERE id = ?1");
  // As update_view, the time of the change left as it was: nobody changed the work.
  Prepared update = prepared(
              "UPDATE works SET doi = ?2, type = ?3, year = ?4, title = ?5, authors = ?6, keywords = ?7, data = ?8, "
              "pmid = ?10, pmcid = ?11 WHERE id = ?1");
  std::size_t remerged = 0, changed = 0, damaged = 0;
  std::size_t refs_before = 0, refs_after = 0;
  while (works.step()) {
    const std::int64_t id = sqlite3_column_int64(works.get(), 0);
    std::vector<Record> src;
    std::string old;
    try {
      sources.bind(1, id);
      while (sources.step()) src.push_back(record_from_json(column_text(sources.get(), 0)));
      sources.reset();
      view.bind(1, id);
      if (view.step()) old = column_text(view.get(), 0);
      view.reset();
      const Record before = record_from_json(old.empty() ? "{}" : old);
      Record after = merge_records(src).record;
      std::string json = to_json(after);
      ++remerged;
      if (json == old) continue;
      ++changed;
      refs_before += before.references.size();
      refs_after += after.references.size();
      update.bind(1, id);
      bind_view(update, after, json, folded_families(after), folded_keywords(after));
      update.run();
    } catch (const RecordJsonError&) {
      // A damaged source or view stays as it is, for `refnet check`.
      sources.reset();
      view.reset();
      ++damaged;
    }
  }
  if (changed || damaged)
    std::cerr << path_ << ": views of works with more than one source merged again by this refnet's rules (" << why
              << "): " << changed << " of " << remerged << " changed"
              << (refs_before != refs_after
                      ? ", their references " + std::to_string(refs_before) + " -> " + std::to_string(refs_after)
                      : "")
              << (damaged ? "; " + std::to_string(damaged) + " left as they were (damaged: see 'refnet check')" : "")
              << "\n";
}

std::optional<std::int64_t> Library::find_source(const Record& r, std::uint64_t hash) {
  Stmt& find = st_->find_source;
  find.bind(1, r.provenance.format).bind(2, static_cast<std::int64_t>(hash));
  std::optional<std::int64_t> work;
  if (find.step()) work = sqlite3_column_int64(find.get(), 0);
  find.reset();
  return work;
}

Library::Encoded Library::encode(const Record& r) { return {to_json(r), folded_families(r), folded_keywords(r)}; }

std::int64_t Library::insert_work_and_source(const Record& r, bool own_view, const Encoded& e, std::uint64_t hash) {
  const std::string& json = e.json;
  Stmt& w = st_->insert_work;
  w.bind_opt(1, r.citekey);
  // The view of a work with one source is that source's record: '' says so
  // (the JSON is written once), unless the work is about to be merged away.
  bind_view(w, r, own_view ? std::string_view(json) : std::string_view(""), e.authors, e.keywords);
  w.bind(9, now_utc());
  w.run();
  std::int64_t work_id = sqlite3_last_insert_rowid(db_);
  insert_source(work_id, r, json, false, hash);
  return work_id;
}

void Library::insert_source(std::int64_t work_id, const Record& r, std::string_view json, bool attached,
                            std::uint64_t hash) {
  Stmt& s = st_->insert_source;
  s.bind(1, work_id).bind(2, r.provenance.format).bind(3, static_cast<std::int64_t>(hash));
  s.bind_opt(4, r.provenance.file).bind(5, std::int64_t{r.provenance.line}).bind_static(6, json);
  s.bind(7, now_utc());
  s.bind(8, source_label_.empty() ? default_source_label(r) : source_label_);
  s.bind(9, std::int64_t{attached ? 1 : 0});
  s.bind_opt(10, r.wos_ut).bind_opt(11, r.scopus_eid);
  s.run();
}

namespace {
// The fields a view changed: canonical names (field_names() order), the
// cited references, then the extra fields' names, each once.
std::vector<std::string> changed_fields(const Record& before, const Record& after) {
  std::vector<std::string> out;
  for (const std::string& f : field_names())
    if (field_text(before, f) != field_text(after, f)) out.push_back(f);
  if (before.references != after.references) out.emplace_back("references");
  // An extra field may repeat (MEDLINE's PT, AID): its values, in order, by name.
  auto values = [](const Record& r, const std::string& name) {
    std::vector<std::string_view> v;
    for (const ExtraField& e : r.extra)
      if (e.name == name) v.push_back(e.value);
    return v;
  };
  for (const Record* r : {&after, &before})
    for (const ExtraField& e : r->extra)
      if (std::find(out.begin(), out.end(), e.name) == out.end() && values(after, e.name) != values(before, e.name))
        out.push_back(e.name);
  return out;
}
}  // namespace

Library::AddResult Library::add(const Record& r, bool merge_by_doi, std::string_view entry_key) {
  return add(r, merge_by_doi, encode(r), entry_key);
}

// A record is present when a source of the same format and content is in
// the library.  Under an explicit label (import --source L), one whose
// content only another search brought is L's record too: stored under a
// hash of its content and L, it becomes a work of its own that the
// identifier merge (or dedup) joins to the first, so PRISMA counts it for
// each search.
// `hash` gets the hash the record is stored under.
std::optional<std::int64_t> Library::present_source(const Record& r, std::uint64_t& hash) {
  hash = r.provenance.hash;
  auto work = find_source(r, hash);
  if (!work || source_label_.empty()) return work;
  Prepared same_label = prepared( "SELECT 1 FROM sources WHERE format = ?1 AND hash = ?2 AND label = ?3");
  same_label.bind(1, r.provenance.format).bind(2, static_cast<std::int64_t>(hash)).bind(3, source_label_);
  if (same_label.step()) return work;
  hash ^= content_hash("source label", source_label_);
  if (hash == 0) hash = 1;
  return find_source(r, hash);
}

// A source stored before sources kept their DOI's spelling has it in lower
// case: the same record read again gives the spelling to it and to the view.
bool Library::take_doi_spelling(const Record& r, std::uint64_t hash, std::int64_t work) {
  if (&r.spelled_doi() == &r.doi) return false;
  Prepared spell = prepared(
             "UPDATE sources SET data = json_set(data, '$.doi_spelling', ?3) WHERE format = ?1 AND hash = ?2 "
             "AND json_valid(data) AND json_extract(data, '$.doi') = ?4 AND json_extract(data, '$.doi_spelling') IS NULL");
  spell.bind(1, r.provenance.format).bind(2, static_cast<std::int64_t>(hash)).bind(3, r.doi_spelling).bind(4, r.doi);
  spell.run();
  if (sqlite3_changes(db_) == 0) return false;
  refresh_view(work);
  return true;
}

namespace {
// Today's reading of a source's cited references, each keeping the DOI the
// library gave it (`enrich --match-references`): a reference read without a
// DOI takes the stored one of the reference it was (the same text, else the
// same Crossref key, else the same place when both readings have as many)
// unless its text holds that DOI, which today's reading then declines.
std::vector<Reference> references_reread(const std::vector<Reference>& stored, std::vector<Reference> now) {
  std::vector<bool> taken(stored.size(), false);
  for (std::size_t i = 0; i < now.size(); ++i) {
    Reference& ref = now[i];
    std::size_t was = stored.size();
    for (std::size_t k = 0; k < stored.size() && was == stored.size(); ++k)
      if (!taken[k] && ((!ref.raw.empty() && stored[k].raw == ref.raw) || (!ref.key.empty() && stored[k].key == ref.key)))
        was = k;
    if (was == stored.size() && stored.size() == now.size() && !taken[i]) was = i;
    if (was == stored.size()) continue;
    taken[was] = true;
    const std::string& doi = stored[was].doi;
    if (ref.doi.empty() && !doi.empty() && ascii_lower(ref.raw).find(ascii_lower(doi)) == std::string::npos)
      ref.doi = doi;
  }
  return now;
}
}  // namespace

// The same source text read by an older refnet may have been read otherwise
// (a name turned round, a DOI taken from a note, a field not read): the
// source takes today's reading, keeping what is the library's and not the
// text's (its citation key, where it was first found), and the view follows.
// Undoable with the import.
std::vector<std::string> Library::take_new_reading(const Record& r, const Encoded& e, std::uint64_t hash,
                                                   std::int64_t work) {
  Prepared q = prepared("SELECT id, data FROM sources WHERE format = ?1 AND hash = ?2");
  q.bind(1, r.provenance.format).bind(2, static_cast<std::int64_t>(hash));
  if (!q.step()) return {};
  const std::int64_t id = sqlite3_column_int64(q.get(), 0);
  const std::string stored_json = column_text(q.get(), 1);
  q.reset();
  if (stored_json == e.json) return {};
  Record stored;
  try {
    stored = record_from_json(stored_json);
  } catch (const std::exception&) {
    return {};  // damaged: 'refnet check' says so; not this import's to repair
  }
  // What the library, not the reader, decides is kept as stored: the key,
  // where it was first found, the DOIs `enrich` gave the references, and
  // what refnet's own export read back gives the work rather than the
  // source (its notes, its copy of the UT and EID: take_own_notes, add()).
  Record now = r;
  now.citekey = stored.citekey;
  now.provenance = stored.provenance;
  now.references = references_reread(stored.references, r.references);
  now.wos_ut = stored.wos_ut;
  now.scopus_eid = stored.scopus_eid;
  // The AD lines of refnet's own RIS export that add() gave the work, not
  // the source: not the source's now either (own_addresses.hpp).
  if (std::any_of(now.extra.begin(), now.extra.end(), [](const ExtraField& f) { return f.name == "AD"; }))
    if (std::optional<Record> view = record(work, RecordParts{false, false, true, true}))
      drop_written_addresses(now, written_addresses(*view), &stored);
  // The stored notes, last in both (the same order of extra fields, to compare).
  auto stored_notes_last = [&stored](std::vector<ExtraField>& extra) {
    auto library_kept = [](const ExtraField& f) {
      return f.format.empty() && (iequals(f.name, "annote") || iequals(f.name, "note") || f.name == "N1");
    };
    extra.erase(std::remove_if(extra.begin(), extra.end(), library_kept), extra.end());
    for (const ExtraField& f : stored.extra)
      if (library_kept(f)) extra.push_back(f);
  };
  stored_notes_last(now.extra);
  Record was = stored;
  stored_notes_last(was.extra);
  if (same_content(was, now)) return {};
  std::vector<std::string> fields = changed_fields(was, now);
  if (fields.empty()) fields.emplace_back("record");
  Prepared u = prepared("UPDATE sources SET data = ?2 WHERE id = ?1");
  u.bind(1, id).bind(2, to_json(now));
  u.run();
  refresh_view(work);
  return fields;
}

namespace {
// A row of refnet's own table (CSV, TSV): no other table's reader takes a
// key column (importers/table_csv.cpp), so a "table" record with a key is
// one refnet wrote, under a key of the library's -- unless the key is a
// cell's record's (Provenance::key_format: a review sheet's BibTeX column).
bool own_table_row(const Record& r, std::string_view entry_key) {
  return r.provenance.format == "table" && r.provenance.key_format.empty() && !entry_key.empty();
}
}  // namespace

std::optional<std::int64_t> Library::same_entry(const Record& r, std::string_view entry_key) {
  // A row of refnet's own table may have no title: the work it was written
  // from had none (biber's test entries, a RIS record of notes only).
  if (entry_key.empty() || (r.title.empty() && !own_table_row(r, entry_key))) return std::nullopt;
  // The work holding the key (or having it as an old key), then the works
  // sources gave it (`export --cites` writes a work under the key the paper
  // cites, that a source gave it).
  std::vector<std::int64_t> works;
  if (std::optional<std::int64_t> w = work_by_key(entry_key)) works.push_back(*w);
  for (const KeyGiver& g : key_givers(*this, entry_key))
    if (std::find(works.begin(), works.end(), g.work) == works.end()) works.push_back(g.work);
  for (std::int64_t w : works)
    if (is_live(w) && same_entry_of(r, entry_key, w)) return w;
  return std::nullopt;
}

namespace {
// The first creator's family name as refnet's own exports compare it, read
// back: its last word, folded.  A name kept whole with its particle ("van
// den Hoven", Lens's "van den Hoven, null") is written so and read back as
// the family Hoven with the particle "van den" (session 64: CSV read back
// took it for another name); a literal's before its comma ("Dees, Jr.").
std::string first_family_word(const Record& x) {
  const std::vector<Creator>& names = x.authors.empty() ? x.editors : x.authors;
  if (names.empty()) return std::string();
  std::string_view name = names.front().is_literal() ? names.front().literal : names.front().family;
  name = name.substr(0, name.find(','));
  std::string f = fold_words(name);
  const std::size_t space = f.rfind(' ');
  return space == std::string::npos ? f : f.substr(space + 1);
}
}  // namespace

bool Library::same_entry_of(const Record& r, std::string_view entry_key, std::int64_t work) {
  Record keyed = r;
  keyed.citekey = std::string(entry_key);
  // The same tool's entry under its key, title and year, unless an
  // identifier, the first author or the volume and pages say it is another
  // paper (a colleague's `jones2019` "Introduction" in another journal).
  for (const Record& s : source_records(work))
    if (same_database_record(keyed, s) && pinned_key_entry(keyed, s, nullptr)) return true;
  // refnet's own export of the work, in whatever format (BibTeX, CSL-JSON,
  // CSV, RIS all write the work's key): the work's key itself, its title
  // (folded) and year, and nothing dedup would call another work (creators,
  // venue, volume, pages, identifiers).  Its sources may be in another
  // format (a library of RIS files exported as BibTeX), so the view is
  // compared, not a source; the export joins without superseding them.
  // The key may be the work's old key or one a source gave it (the paper's).
  std::optional<Record> view = record(work, RecordParts{false, true, true, true});
  if (!view || view->issued.year != r.issued.year) return false;
  if (fold_words(strip_rich_text(view->title)) != fold_words(strip_rich_text(r.title))) return false;
  // What the export writes as it is: the first creator's family name
  // (first_family_word), the volume and the pages (another tool's entry under
  // the same key and title is another record of it: see same_database_record).
  auto differ = [](std::string_view a, std::string_view b) {
    return !a.empty() && !b.empty() && normalize_pages(a) != normalize_pages(b);
  };
  // A volume by its number: biblatex writes AGRIS's "v. 40" as 40.
  auto volume_number = [](std::string_view v) {
    std::size_t d = v.find_first_of("0123456789");
    if (d == std::string_view::npos) return fold_words(v);
    std::size_t end = d;
    while (end < v.size() && is_digit(v[end])) ++end;
    return std::string(v.substr(d, end - d));
  };
  // A CSV export has no editors' column: a side without creators says nothing.
  std::string view_family = first_family_word(*view), family = first_family_word(r);
  if ((!view_family.empty() && !family.empty() && view_family != family) || differ(view->pages, r.pages) ||
      differ(volume_number(view->volume), volume_number(r.volume)))
    return false;
  // A row of refnet's own table under the work's own key (or an old key of
  // it), its title and year the work's, and nothing above saying another
  // paper: the work, whatever dedup's score of a thin record says (a title
  // without authors, "The Chicago Manual of Style" 2003; biber's i1, lne1,
  // tmn1, one title and three authors told apart by fields a CSV does not
  // write; a row holding a key only).  Session 64's round trip made 269 rows
  // of the corpora works of their own so.  A DOI or a container of its own
  // says another paper.
  if (own_table_row(r, entry_key) && work_by_key(entry_key) == std::optional<std::int64_t>(work) &&
      (view->doi.empty() || r.doi.empty() || iequals(view->doi, r.doi)) &&
      (view->container_title.empty() || r.container_title.empty() ||
       fold_words(view->container_title) == fold_words(r.container_title)))
    return true;
  DedupOptions opt;
  return duplicate_score(r, *view, opt, nullptr) >= opt.threshold;
}

namespace {
// The source records of Zotero item `item` (zotero_item.hpp) the
// library holds, oldest first, by their ids in `items` (Statements::zotero_items: by item
// key, each source's item and id), read once from the sources naming an
// item (any format since session 61: a .bib entry's uri, Zotero JSON's, RDF's
// resource; before, CSL-JSON's id only).
// `conflicting`: those of the same key in another library (a work holding
// one is another item's, though a link naming no library joined it).
std::vector<std::int64_t> zotero_item_sources(
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::int64_t>>>& items, bool& read, sqlite3* db,
    const std::string& item, std::vector<std::int64_t>& conflicting) {
  if (!read) {
    read = true;
    Stmt q(db, "SELECT id, data FROM sources WHERE instr(lower(data), 'zotero') > 0 ORDER BY id");
    while (q.step()) {
      try {
        const Record r = record_from_json(column_text(q.get(), 1), RecordParts{false, false, true, false});
        if (std::string i = zotero_item(r); !i.empty())
          items[std::string(zotero_item_key(i))].emplace_back(i, sqlite3_column_int64(q.get(), 0));
      } catch (const RecordJsonError&) {
        // damaged: 'refnet check' says so
      }
    }
  }
  std::vector<std::int64_t> out;
  if (auto it = items.find(std::string(zotero_item_key(item))); it != items.end())
    for (const auto& [other, source] : it->second)
      (same_zotero_item(item, other) ? out : conflicting).push_back(source);
  return out;
}
}  // namespace

namespace {
// What a user changed in refnet's own export of a work (`entry`, read back)
// from the work's view: each field whose value the entry writes otherwise,
// its form aside (case, accents, punctuation, LaTeX markup, a page range's
// dashes), with the entry's value; a value the view lacks only where no
// export writes one the view has not (a DOI, volume, pages, year, journal or
// publisher the user added).  A field the export does not write
// (an abstract left out of a CSV) is no change; nor is a value one of the
// work's sources says (`sources`, imported records): an export written before
// a later correction (the user's, a database's newer record) holds the old
// value, a copy of that source's, not an edit; those fields go to `stale`.
std::vector<std::pair<std::string, std::string>> own_export_edits(const Record& entry, const Record& view,
                                                                  const std::vector<Record>& sources,
                                                                  std::vector<std::string>& stale) {
  std::vector<std::pair<std::string, std::string>> out;
  auto text = [](std::string_view v) { return fold_words(strip_rich_text(v)); };
  // One key for a name kept whole and a family name: an export may write
  // the one as the other (RIS's "AU  - Joe" reads back as a family name).
  auto names = [](const std::vector<Creator>& list) {
    std::string key;
    for (const Creator& c : list) key += family_name_key(c.is_literal() ? c.literal : c.full_family()) + "|";
    return key;
  };
  auto year = [](const Record& x) { return x.issued.year ? std::to_string(x.issued.year) : std::string(); };
  auto edited = [&](const char* field, const auto& key, bool may_add) {
    const std::string mine = key(entry), theirs = key(view);
    if (mine.empty() || mine == theirs || (theirs.empty() && !may_add)) return;
    if (std::any_of(sources.begin(), sources.end(), [&](const Record& s) { return !is_user_record(s) && key(s) == mine; }))
      stale.emplace_back(field);
    else
      out.emplace_back(field, field_text(entry, field));
  };
  edited("title", [&](const Record& x) { return text(x.title); }, false);
  edited("author", [&](const Record& x) { return names(x.authors); }, false);
  edited("editor", [&](const Record& x) { return names(x.editors); }, false);
  edited("year", year, true);
  edited("container-title", [&](const Record& x) { return text(x.container_title); }, true);
  // A volume by its number: biblatex writes AGRIS's "v. 40" as 40.
  edited("volume", [&](const Record& x) {
    const std::string& v = x.volume;
    const std::size_t d = v.find_first_of("0123456789");
    if (d == std::string::npos) return text(v);
    std::size_t end = d;
    while (end < v.size() && is_digit(v[end])) ++end;
    return v.substr(d, end - d);
  }, true);
  // Not added: biblatex writes AGRIS's volume "v. 7 issue 4" as volume 7, number 4.
  edited("issue", [&](const Record& x) { return text(x.issue); }, false);
  edited("pages", [](const Record& x) { return normalize_pages(x.pages); }, true);
  edited("doi", [](const Record& x) { return ascii_lower(x.doi); }, true);
  edited("publisher", [&](const Record& x) { return text(x.publisher); }, true);
  edited("abstract", [&](const Record& x) { return text(x.abstract); }, false);
  return out;
}

// The view as refnet's own export in `format` writes it, read back: what
// an unchanged export of it reads as (a page range "448-448" written as RIS's
// SP and EP reads back "448", an open range "123-" as "123"; BibTeX writes a
// subtitle into the title).  BibTeX's entry may be BibTeX's or biblatex's.
std::vector<Record> own_export_round_trips(const Record& view, std::string_view format) {
  std::vector<Record> out;
  auto read_back = [&](void (*write)(std::ostream&, const std::vector<Record>&, const ExportOptions&), Format f) {
    std::ostringstream written;
    write(written, std::vector<Record>{view}, ExportOptions{});
    Diagnostics quiet;
    std::vector<Record> read;
    import_text(written.str(), f, quiet, [&](Record&& r) { read.push_back(std::move(r)); });
    if (read.size() == 1) out.push_back(std::move(read.front()));
  };
  if (format == "ris") read_back(write_ris, Format::ris);
  if (format == "bibtex" || format == "biblatex") {
    read_back(write_bibtex, Format::bibtex);
    read_back(write_biblatex, Format::bibtex);
  }
  if (format == "csl-json") read_back(write_csljson, Format::csl_json);
  // refnet's own table (CSV, TSV: read as "table"), every column of a record
  // (a column the file lacks leaves its field empty, which is no edit): CSV
  // lists no "others" among the authors (biblatex's "and others", read back
  // from iridia's biblio.bib, was "author edited" by every CSV read back).
  if (format == "table") {
    ExportOptions opt;
    opt.columns = csv_record_columns();  // exporters/csv.cpp's kColumns: one list
    std::ostringstream written;
    write_records(*csv_writer(opt), written, std::vector<Record>{view});
    Diagnostics quiet;
    std::vector<Record> read;
    import_text(written.str(), Format::table_csv, quiet, [&](Record&& r) { read.push_back(std::move(r)); });
    if (read.size() == 1) out.push_back(std::move(read.front()));
  }
  return out;
}

// refnet's own exports an older refnet (before session 60) read back and kept
// as ordinary sources of the works they were written from: counted by prisma
// and overlap as records a search found, voting on the works' values.  Known
// as today's import knows them (Library::add): a reference manager's record
// (no database's) whose file gave it the work's own key or an alias of it,
// which no earlier source of its format gave (the same tool's re-export), and
// not the work's first source.  Each becomes a copy attached to its work
// (sources.attached = 2), the merge that absorbed the work it was made
// (merges.kind 'own-export': prisma counts no duplicate, nor that work as one
// a record identified) and the work's view is merged again without it;
// one holding a value of its own, which none of the work's other sources
// says (an edit made in the exported file: own_export_edits), stays a source,
// so that nothing is lost.  Said in one line.  Returns the records attached.
std::size_t attach_old_own_exports(sqlite3* db, const std::string& path) {
  Stmt q(db,
         "SELECT s.id, s.work_id, s.format, s.data FROM sources s JOIN source_keys k ON k.source_id = s.id "
         "JOIN works w ON w.id = s.work_id WHERE s.attached = 0 AND " REFNET_LIVE("w.") " AND "
         "(k.key = w.citekey COLLATE NOCASE OR EXISTS (SELECT 1 FROM key_aliases a WHERE a.work_id = w.id AND "
         "a.alias = k.key COLLATE NOCASE)) "
         "AND EXISTS (SELECT 1 FROM sources e WHERE e.work_id = s.work_id AND e.id < s.id AND e.attached = 0) "
         "AND NOT EXISTS (SELECT 1 FROM sources e JOIN source_keys ek ON ek.source_id = e.id WHERE e.work_id = s.work_id "
         "AND e.id < s.id AND e.format = s.format AND ek.key = k.key COLLATE NOCASE) ORDER BY s.work_id, s.id");
  std::map<std::int64_t, std::vector<std::pair<std::int64_t, std::string>>> by_work;  // work: (source, data)
  while (q.step())
    if (!is_database_format(column_text(q.get(), 2)))
      by_work[sqlite3_column_int64(q.get(), 1)].emplace_back(sqlite3_column_int64(q.get(), 0), column_text(q.get(), 3));
  if (by_work.empty()) return 0;
  Stmt others(db, "SELECT id, data FROM sources WHERE work_id = ?1 AND attached <> " REFNET_OWN_EXPORT " ORDER BY id");
  Stmt view(db, "SELECT data FROM works WHERE id = ?1");
  Stmt attach(db, "UPDATE sources SET attached = " REFNET_OWN_EXPORT " WHERE id = ?1");
  Stmt update(db,
              "UPDATE works SET doi = ?2, type = ?3, year = ?4, title = ?5, authors = ?6, keywords = ?7, data = ?8, "
              "pmid = ?10, pmcid = ?11 WHERE id = ?1");
  std::size_t attached = 0, kept = 0, works = 0, changed = 0;
  std::string kept_fields;
  for (const auto& [work, copies] : by_work) {
    try {
      std::vector<Record> rest;
      others.bind(1, work);
      while (others.step()) {
        const std::int64_t id = sqlite3_column_int64(others.get(), 0);
        if (std::none_of(copies.begin(), copies.end(), [id](const auto& c) { return c.first == id; }))
          rest.push_back(record_from_json(column_text(others.get(), 1)));
      }
      others.reset();
      if (rest.empty()) continue;
      const MergedView merged = merge_records(rest);
      std::vector<std::int64_t> taken;
      for (const auto& [id, data] : copies) {
        std::vector<std::string> stale;
        const auto edits = own_export_edits(record_from_json(data), merged.record, rest, stale);
        if (!edits.empty()) {
          ++kept;
          for (const auto& e : edits)
            if (kept_fields.find(e.first) == std::string::npos) kept_fields += (kept_fields.empty() ? "" : ", ") + e.first;
          continue;
        }
        taken.push_back(id);
      }
      if (taken.size() != copies.size()) continue;  // a copy holding a value of its own: the work as it is
      for (std::int64_t id : taken) {
        attach.bind(1, id);
        attach.run();
        ++attached;
      }
      ++works;
      view.bind(1, work);
      const std::string old = view.step() ? column_text(view.get(), 0) : std::string();
      view.reset();
      const std::string json = to_json(merged.record);
      if (json != old) {
        ++changed;
        update.bind(1, work);
        bind_view(update, merged.record, json, folded_families(merged.record), folded_keywords(merged.record));
        update.run();
      }
    } catch (const RecordJsonError&) {
      others.reset();  // a damaged source or view stays as it is, for `refnet check`
    }
  }
  // The merge each was absorbed by (a work of its own, "merged by
  // identifier"): no duplicate a search found, PRISMA's identities (each
  // work created by a record identified) kept by its kind.
  Stmt merges(db,
              "UPDATE merges SET kind = 'own-export' WHERE undone_at IS NULL AND kind IN ('doi', 'identifier') AND "
              "json_valid(absorbed) AND json_valid(moved) AND json_array_length(absorbed) = 1 AND "
              "json_array_length(moved) >= 1 AND NOT EXISTS (SELECT 1 FROM json_each(merges.moved) m WHERE "
              "json_extract(m.value, '$[0]') NOT IN (SELECT id FROM sources WHERE attached = " REFNET_OWN_EXPORT "))");
  merges.run();
  std::cerr << path << ": " << attached << (attached == 1 ? " record" : " records")
            << " of refnet's own exports read back by an older refnet, kept as sources of " << works
            << (works == 1 ? " work" : " works")
            << " (counted by prisma and overlap as records a search found), now copies attached to their works, not "
               "counted ('refnet show' lists them); " << changed << (changed == 1 ? " view" : " views")
            << " merged again without them";
  if (kept)
    std::cerr << "; " << kept << (kept == 1 ? " record holds" : " records hold")
              << " a value none of its work's other sources says (" << kept_fields
              << ": an edit made in the exported file), kept as " << (kept == 1 ? "a source" : "sources")
              << " with the other copies of its work";
  std::cerr << "\n";
  return attached;
}

bool is_library_field(const ExtraField& f) {
  return f.name == kLibraryTag || f.name == kLibraryNote || f.name == kLibraryCollection || f.name == kLibraryFile ||
         f.name == kLibraryAlias;
}
}  // namespace

Library::AddResult Library::add(const Record& r, bool merge_by_doi, const Encoded& e, std::string_view entry_key) {
  std::uint64_t hash = 0;
  if (std::any_of(r.extra.begin(), r.extra.end(), is_library_field)) {
    Record bare = r;
    std::vector<ExtraField> fields;
    for (const ExtraField& f : bare.extra)
      if (is_library_field(f)) fields.push_back(f);
    bare.extra.erase(std::remove_if(bare.extra.begin(), bare.extra.end(), is_library_field), bare.extra.end());
    AddResult res = add(bare, merge_by_doi, encode(bare), entry_key);
    give_library_fields(res.work_id, fields);
    return res;
  }
  if (auto work = present_source(r, hash)) {
    AddResult res;
    res.status = AddStatus::present;
    res.work_id = live_work(*work);
    res.doi_spelled = take_doi_spelling(r, hash, res.work_id);
    res.reread = take_new_reading(r, e, hash, res.work_id);
    return res;
  }
  AddResult res;
  std::optional<std::int64_t> same;
  std::string reason, basis;  // the merge's words and what it joined by (merge_basis.hpp)
  // The works the rest of the record confirms, with the identifier each
  // shares with it ("PMID 123"), oldest first.
  std::vector<std::pair<std::int64_t, std::string>> confirmed;
  const bool database_id = !r.wos_ut.empty() || !r.scopus_eid.empty();
  if (merge_by_doi && (!r.doi.empty() || !r.pmid.empty() || !r.pmcid.empty() || database_id)) {
    // Every live work sharing an identifier: the first the rest of the
    // record confirms takes it; those it does not are kept apart, and said
    // so; other works it confirms are its work too (below).
    // A WoS UT or Scopus EID counts as a DOI does: a later export of the
    // same search (other citation counts, so other text) is the same
    // record, DOI or not.
    std::vector<std::int64_t> ids;
    Stmt& d = st_->same_identifier;
    d.bind_opt(1, r.doi).bind_opt(2, r.pmid).bind_opt(3, r.pmcid);
    while (d.step()) ids.push_back(sqlite3_column_int64(d.get(), 0));
    d.reset();
    if (database_id) {
      for (std::int64_t id : works_with_database_id(r))
        if (is_live(id)) ids.push_back(id);
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    for (std::int64_t id : ids) {
      std::optional<Record> view = judged_view(*this, id);
      if (!view || shared_identifier(r, *view).empty()) continue;
      // Sharing an identifier, the score is 1 (confirmed) or 0 (vetoed).
      // The view holds the user's corrections ("title=My reading notes"),
      // no database's evidence: vetoed by a corrected view, the record is
      // judged against the view its sources alone make.
      std::vector<std::string> why;
      bool same_work = duplicate_score(r, *view, DedupOptions{}, &why) >= 1.0;
      if (!same_work) {
        std::vector<Record> sources = source_records(id);
        if (std::any_of(sources.begin(), sources.end(), is_user_record)) {
          sources.erase(std::remove_if(sources.begin(), sources.end(), is_user_record), sources.end());
          if (!sources.empty()) {
            const Record databases = merge_records(sources).record;
            same_work = !shared_identifier(r, databases).empty() &&
                        duplicate_score(r, databases, DedupOptions{}, nullptr) >= 1.0;
          }
        }
      }
      if (!same_work) {
        res.kept_apart.emplace_back(id, why.empty() ? "kept apart" : why.back());
        res.kept_apart_identifiers.push_back(shared_identifier(r, *view));
      } else {
        confirmed.emplace_back(id, shared_identifier(r, *view));
      }
    }
    if (!confirmed.empty()) {
      same = confirmed.front().first;
      reason = "same " + confirmed.front().second;
      basis = identifier_basis(confirmed.front().second);
    }
  }
  // One item of a Zotero library (its URI, Zotero's CSL-JSON id), exported
  // again after an edit there: its work, whatever else changed (a title
  // corrected, a DOI added), as a later export of a database's record is
  // (session 60; before, an item with no DOI became a new work).
  // Zotero RDF's "#item_123" (zotero_rdf_item): the RDF sources of that
  // row whose record is the entry's too (same_database_record).
  auto source_work = [this](std::int64_t src) -> std::optional<std::int64_t> {
    Prepared q = prepared("SELECT work_id FROM sources WHERE id = ?1");
    q.bind(1, src);
    if (!q.step()) return std::nullopt;  // the source is gone (undone, emptied from the trash)
    const std::int64_t work = sqlite3_column_int64(q.get(), 0);
    q.reset();
    return live_work(work);
  };
  auto zotero_item_work = [&](const std::string& it) -> std::optional<std::int64_t> {
    std::vector<std::int64_t> conflicting;
    const std::vector<std::int64_t> sources = zotero_item_sources(st_->zotero_items, st_->zotero_items_read, db_, it, conflicting);
    std::vector<std::int64_t> others;  // the works of another library's item of the key
    for (std::int64_t src : conflicting)
      if (std::optional<std::int64_t> w = source_work(src)) others.push_back(*w);
    for (std::int64_t src : sources)
      if (std::optional<std::int64_t> w = source_work(src);
          w && is_live(*w) && std::find(others.begin(), others.end(), *w) == others.end())
        return w;
    return std::nullopt;
  };
  auto rdf_item_work = [&](std::string_view row) -> std::optional<std::int64_t> {
    Prepared q = prepared(
        "SELECT id, data FROM sources WHERE format = 'zotero-rdf' AND instr(data, 'zotero-item-id') > 0 AND "
        "instr(data, ?1) > 0 ORDER BY id");
    q.bind(1, "\"" + std::string(row) + "\"");
    std::vector<std::int64_t> found;
    while (q.step()) {
      try {
        if (same_database_record(r, record_from_json(column_text(q.get(), 1), RecordParts::all())))
          found.push_back(sqlite3_column_int64(q.get(), 0));
      } catch (const RecordJsonError&) {
      }
    }
    q.reset();
    for (std::int64_t src : found)
      if (std::optional<std::int64_t> w = source_work(src); w && is_live(*w)) return w;
    return std::nullopt;
  };
  std::string item = merge_by_doi ? zotero_item(r) : std::string();
  std::optional<std::int64_t> item_work = item.empty() ? std::nullopt : zotero_item_work(item);
  if (!item_work && item.empty() && merge_by_doi && !zotero_rdf_item(r).empty())
    if ((item_work = rdf_item_work(zotero_rdf_item(r)))) item = "#item_" + std::string(zotero_rdf_item(r));
  // (zotero_item_work and rdf_item_work return live works only)
  if (const std::optional<std::int64_t> w = item_work) {
    confirmed.erase(std::remove_if(confirmed.begin(), confirmed.end(), [&](const auto& c) { return c.first == *w; }),
                    confirmed.end());
    confirmed.insert(confirmed.begin(), {*w, "Zotero item " + item});
    for (std::size_t k = res.kept_apart.size(); k-- > 0;)
      if (res.kept_apart[k].first == *w) {
        res.kept_apart.erase(res.kept_apart.begin() + static_cast<std::ptrdiff_t>(k));
        res.kept_apart_identifiers.erase(res.kept_apart_identifiers.begin() + static_cast<std::ptrdiff_t>(k));
      }
    same = *w;
    reason = "same Zotero item " + item;
    basis = kZoteroItemBasis;
  }
  // A re-export of an entry the work holds from the same tool (its own key,
  // title and year): its source keeps the key the file gave it, so that
  // same_database_record() knows it; the absorbed work keeps the key it got.
  std::optional<Record> keyed;
  std::optional<Encoded> keyed_json;
  // refnet's own export of the work (the entry carries the work's own key),
  // read back: not a database's record, though it carries the RIS DB/DP and
  // the UT of the work's sources.  PRISMA counts it under the file's name,
  // not again under a database's; unless a source of its format has that
  // key (the same tool's re-export, which supersedes that source), its copy
  // of the work's UT and EID is not stored, so that it supersedes no Web of
  // Science or Scopus record (same_database_record).
  std::string label = source_label_;
  bool own_export = false;
  // The mark of this library's exports (own_export_mark.hpp): refnet's own
  // export of the entry's work, though a source of its format gave the key
  // (a Zotero library's BibTeX exported by refnet keeps Zotero's keys: before
  // session 62 each entry read back was "the same tool's re-export", counted).
  const std::string mark = merge_by_doi ? own_export_mark(r) : std::string();
  const OwnExportMark parsed_mark = parse_own_export_mark(mark);
  const bool ours = !parsed_mark.library.empty() && st_ && parsed_mark.library == st_->identity;
  // The work the mark names (session 63): the entry's work though its key or
  // title was edited in the file (before, a key edited there made it "no work
  // of the library's", read as a record); the mark wins over a DOI another
  // work has (the user's edit: said as one below).
  // Whether `key` names work `w`: its key, an old key of it, a key a source gave it.
  auto key_names_work = [this](std::string_view key, std::int64_t w) {
    if (std::optional<std::int64_t> k = work_by_key(key); k && *k == w) return true;
    const std::vector<KeyGiver> givers = key_givers(*this, key);
    return std::any_of(givers.begin(), givers.end(), [w](const KeyGiver& g) { return g.work == w; });
  };
  // The live work the mark's work (or the one that absorbed it) is, when the
  // entry is about it: its key, its title (folded), its DOI, or its first
  // creator's family name (first_family_word, as own-export recognition
  // compares it: "van den Hoven" read back from RIS as Hoven) with its year
  // (a work made since under the number of one undone is another); else
  // nothing, and `why` says so.
  auto marked_work = [&](std::int64_t id, std::string& why) -> std::optional<std::int64_t> {
    const std::int64_t w = live_work(id);
    if (!is_live(w)) {
      why = "the work it names, " + std::to_string(id) + ", is no longer in the library (deleted, or its import undone)";
      return std::nullopt;
    }
    const std::optional<Record> view = record(w, RecordParts{false, false, false, true});
    if (!view) return std::nullopt;
    const bool by_key = !entry_key.empty() && key_names_work(entry_key, w);
    const bool by_title = !r.title.empty() && fold_words(strip_rich_text(view->title)) == fold_words(strip_rich_text(r.title));
    const bool by_doi = !r.doi.empty() && iequals(r.doi, view->doi);
    const std::string family = first_family_word(r);
    const bool by_author_year = !family.empty() && family == first_family_word(*view) &&
                                r.issued.year != 0 && r.issued.year == view->issued.year;
    if (by_key || by_title || by_doi || by_author_year) return w;
    why = "the work it names, " + describe_work(*this, w) + ", has another key, title, DOI and first author";
    return std::nullopt;
  };
  std::string marked_why;
  const std::optional<std::int64_t> marked =
      ours && parsed_mark.work ? marked_work(parsed_mark.work, marked_why) : std::nullopt;
  if (marked) {
    confirmed.erase(std::remove_if(confirmed.begin(), confirmed.end(), [&](const auto& c) { return c.first == *marked; }),
                    confirmed.end());
    for (std::size_t k = res.kept_apart.size(); k-- > 0;)
      if (res.kept_apart[k].first == *marked) {
        res.kept_apart.erase(res.kept_apart.begin() + static_cast<std::ptrdiff_t>(k));
        res.kept_apart_identifiers.erase(res.kept_apart_identifiers.begin() + static_cast<std::ptrdiff_t>(k));
      }
    same = *marked;
    reason = "refnet's mark: work " + std::to_string(*marked);
  }
  if (merge_by_doi && (!entry_key.empty() || marked)) {
    std::optional<std::int64_t> entry = marked ? marked : same_entry(r, entry_key);
    // The user's own export, edited: an entry under a pinned key is its work
    // unless the rest contradicts it (source_keys.hpp).
    const bool pinned = !entry && (entry = pinned_key_work(*this, r, entry_key));
    // The same tool's entry under the same key, its identifier confirming the
    // work, edited there (a title corrected in Zotero, exported again): an
    // edit of that entry, as a pinned key's is (edited_entry); before user59
    // it took a key of its own and the work kept the old values.
    if (!entry && same) {
      Record k = r;
      k.citekey = std::string(entry_key);
      for (const Record& s : source_records(*same))
        if (edited_entry(k, s)) {
          entry = same;
          break;
        }
    }
    if (entry && (!same || *same == *entry)) {
      if (!same) {
        reason = "same " + std::string(r.provenance.keyed_by()) + " entry: key " + std::string(entry_key) +
                 (pinned ? " (pinned), edited" : ", title and year");
        basis = kEntryBasis;
      }
      same = entry;
      keyed = r;
      if (!entry_key.empty()) keyed->citekey = std::string(entry_key);
      // The notes refnet wrote in it are the work's (edited: updated), not the source's.
      res.said = take_own_notes(*this, *entry, *keyed);
      std::optional<Record> view = record(*entry, RecordParts{false, false, false, false});
      // (Marked, under any key of the work: an old key, one a source gave it:
      // export --source, --cites.)
      if (view && (ours || iequals(view->citekey, entry_key))) {
        // A source of the entry's format whose file gave the key (source_keys):
        // the same tool's re-export; a key refnet made for a record (a RIS
        // record without ID, Web of Science's) is no such key (before session
        // 60 any source of the format holding it was).
        Prepared given = prepared(
            "SELECT 1 FROM source_keys k JOIN sources s ON s.id = k.source_id WHERE k.key = ?1 COLLATE NOCASE "
            "AND s.work_id = ?2 AND s.format = ?3 AND s.attached <> " REFNET_OWN_EXPORT);
        // (A table's cell that gave its row the key: its record's format,
        // Provenance::key_format.)
        given.bind(1, entry_key).bind(2, *entry).bind(3, std::string(r.provenance.keyed_by()));
        bool same_tool = given.step();
        given.reset();
        // A .bib entry's key is always its file's (the Library used without
        // an import's source_keys, as the store's tests use it).
        for (const Record& s : source_records(*entry))
          same_tool = same_tool ||
                      (s.provenance.keyed_by() == "bibtex" && r.provenance.keyed_by() == "bibtex" && s.citekey == entry_key);
        if (!same_tool || ours) {
          own_export = true;
          // Counted under the file's name (above); the same tool's re-export
          // keeps its database's label (user68: a Scopus BibTeX's second
          // record under one key, Viana2020857 in pybibx's, was counted by
          // prisma under the file's name).
          if (source_label_.empty()) {
            std::size_t slash = r.provenance.file.find_last_of('/');
            source_label_ = slash == std::string::npos ? r.provenance.file : r.provenance.file.substr(slash + 1);
          }
          if (iequals(keyed->wos_ut, view->wos_ut)) keyed->wos_ut.clear();
          if (iequals(keyed->scopus_eid, view->scopus_eid)) keyed->scopus_eid.clear();
          // The AD lines it wrote are the work's addresses, not the export's (own_addresses.hpp).
          if (std::optional<Record> full = record(*entry, RecordParts{false, false, true, true}))
            drop_written_addresses(*keyed, written_addresses(*full));
        }
      }
      keyed_json = encode(*keyed);
    } else if (entry && std::none_of(confirmed.begin(), confirmed.end(), [&](const auto& c) { return c.first == *entry; })) {
      // A later export of the entry a work holds (its key, title and year),
      // whose identifier another work has: evidence that the two are one,
      // like a DOI and a PMID on two works (join_confirmed).
      confirmed.emplace_back(*entry, "key " + std::string(entry_key));
    }
  }
  if (ours && !own_export)
    res.said.push_back(source_position(r.provenance) + ": warning: this entry carries the mark of this library's exports (" +
                       std::string(kOwnExportField) + " = " + mark + ") but names none of its works: " +
                       (!marked_why.empty() ? marked_why
                                            : "not by its key" +
                                                  (entry_key.empty() ? std::string() : " " + std::string(entry_key)) +
                                                  " with its title and year (a key edited in the file, or a work deleted since)") +
                       ": read as a record");
  // A key the user edited in the file: the work's key now (Ingest::take_edited_key).
  // refnet's own export of the work, read back (session 60): a copy of the
  // work, not a record a search found nor one more voice on its values.
  // Before, it was a source of a work of its own, absorbed at once: prisma
  // counted it as identified and as a duplicate removed, and its copies of
  // the values voted (two exports of an old title outvoted Web of Science's
  // corrected record).  It is attached to the work, where it was read kept
  // (show lists it), and what the user changed in it is an edit of theirs,
  // as `refnet set` makes one, said so.  Undone with the import.
  if (own_export) {
    const std::string export_label = source_label_;  // the file's (above)
    source_label_ = label;
    const std::optional<Record> before = record(*same, RecordParts::all());
    std::vector<std::pair<std::string, std::string>> edits;
    std::vector<std::string> stale;
    if (before) edits = own_export_edits(*keyed, *before, source_records(*same), stale);
    // A field the entry writes as the export writes the view unchanged is
    // no edit, nor an old value (a writer's form the view's lacks).
    if (before && (!edits.empty() || !stale.empty()))
      for (const Record& written : own_export_round_trips(*before, keyed->provenance.format)) {
        std::vector<std::string> unused;
        const auto differs = own_export_edits(*keyed, written, {}, unused);
        auto same_as_written = [&](const std::string& field) {
          return std::none_of(differs.begin(), differs.end(), [&](const auto& d) { return d.first == field; });
        };
        edits.erase(std::remove_if(edits.begin(), edits.end(), [&](const auto& e) { return same_as_written(e.first); }),
                    edits.end());
        stale.erase(std::remove_if(stale.begin(), stale.end(), same_as_written), stale.end());
      }
    if (!stale.empty()) {
      std::string fields;
      for (const std::string& f : stale) fields += (fields.empty() ? "" : ", ") + f;
      res.said.push_back(source_position(r.provenance) + ": note: " + fields + " of refnet's own export of " +
                         describe_work(*this, *same) + " " + (stale.size() == 1 ? "is" : "are") +
                         " what a source of the work says, not the work's value now (the export was written before it changed): not "
                         "taken");
    }
    std::vector<std::pair<std::string, std::string>> taken;
    for (const auto& [field, value] : edits) {
      try {
        Record probe;
        set_user_field(probe, field, value);
        taken.emplace_back(field, value);
      } catch (const FieldError& err) {
        res.said.push_back(source_position(r.provenance) + ": warning: " + field + " edited in refnet's own export of " +
                           describe_work(*this, *same) + " not taken: " + err.what());
      }
    }
    if (!taken.empty()) {
      edit_user_record(*same, [&taken](Record& user) {
        for (const auto& [field, value] : taken) set_user_field(user, field, value);
      });
      for (const auto& [field, value] : taken) {
        std::string was = !before ? std::string() : field == "title" ? before->title : field_text(*before, field);
        if (was.size() > 80) was = was.substr(0, 77) + "...";
        res.said.push_back(source_position(r.provenance) + ": note: " + field +
                           " edited in refnet's own export: yours now, over every source, as 'refnet set' makes it, of " +
                           describe_work(*this, *same) + " (was \"" + was + "\"; 'refnet undo' takes the import back)");
      }
      if (std::optional<Record> after = record(*same, RecordParts::all()); before && after)
        res.updated = changed_fields(*before, *after);
    }
    // Stored last: the import remembers the key its file gave for the
    // newest source (Ingest::note_source_key), this one, not the user's.
    source_label_ = export_label;
    insert_source(*same, *keyed, keyed_json->json, true, hash);
    prepared("UPDATE sources SET attached = " REFNET_OWN_EXPORT " WHERE id = last_insert_rowid()").run();
    source_label_ = std::move(label);
    res.status = AddStatus::merged;
    res.read_back = true;
    res.work_id = *same;
    return res;
  }
  const Record& stored = keyed ? *keyed : r;
  res.work_id = insert_work_and_source(r, same.has_value(), keyed_json ? *keyed_json : e, hash);
  if (!item.empty() && item[0] != '#' && st_->zotero_items_read)
    st_->zotero_items[std::string(zotero_item_key(item))].emplace_back(item, sqlite3_last_insert_rowid(db_));
  source_label_ = std::move(label);
  if (!same) return res;
  // Another export of a record the work holds updates its view unless it is
  // older than the one there: which fields it changed, said.
  std::optional<Record> before;
  const std::vector<Record> sources = source_records(*same);
  static const std::vector<std::string> canonical = field_names();
  const auto user = std::find_if(sources.begin(), sources.end(), is_user_record);
  for (const Record& s : sources)
    if (same_database_record(stored, s) || (keyed && edited_entry(stored, s))) {
      if (!before) before = record(*same, RecordParts::all());
      if (same_database_record(stored, s) && !supersedes(stored, s)) res.older = true;
      // What the export changed where the user's value wins: said, unless
      // the export writes the user's value (refnet's own export, written
      // after the correction; its title's case protection aside).
      else if (user != sources.end())
        for (const std::string& f : changed_fields(s, stored))
          if (std::find(canonical.begin(), canonical.end(), f) != canonical.end() &&  // not an extra
              !field_text(*user, f).empty() &&
              (f == "title" ? stored.title != user->title : field_text(stored, f) != field_text(*user, f)) &&
              std::none_of(res.behind_yours.begin(), res.behind_yours.end(), [&](const auto& b) { return b.first == f; }))
            res.behind_yours.emplace_back(f, f == "title" ? strip_rich_text(stored.title) : field_text(stored, f));
    }
  // The record keeps a work of its own, absorbed at once: unmerge gives it back.
  merge(*same, {res.work_id}, basis == "DOI" ? "doi" : "identifier", reason, basis);
  if (before) {
    std::optional<Record> after = record(*same, RecordParts::all());
    if (after) res.updated = changed_fields(*before, *after);
    // The later export won where older readings of the entry (the same
    // library's other exports, merge.cpp's field_votes) still say the old
    // value: said, with where they are.
    for (const char* f : {"title", "author", "editor", "year", "container-title", "volume", "issue", "pages", "publisher"}) {
      if (!after || std::find(res.updated.begin(), res.updated.end(), f) == res.updated.end()) continue;
      const std::string old = fold_words(strip_rich_text(field_text(*before, f)));
      if (old.empty()) continue;
      std::string where;
      std::size_t n = 0;
      for (const Record& s : sources)
        if (!is_user_record(s) && !is_database_format(s.provenance.format) && !same_database_record(stored, s) &&
            !edited_entry(stored, s) && fold_words(strip_rich_text(field_text(s, f))) == old) {
          where += (where.empty() ? "" : ", ") + source_position(s.provenance);
          ++n;
        }
      if (n)
        res.said.push_back(source_position(r.provenance) + ": note: " + f + " of " + describe_work(*this, *same) +
                           " is this later export's: it wins over " + std::to_string(n) + " older reading" +
                           (n == 1 ? "" : "s") + " of the entry that still say \"" + (f == std::string("title") ? before->title : field_text(*before, f)) + "\" (" +
                           where + ")");
    }
  }
  res.status = AddStatus::merged;
  res.work_id = *same;
  join_confirmed(r, confirmed, res);
  return res;
}

// The record (just joined to res.work_id) confirmed further works through
// its other identifiers: its DOI on work A, its PMID on work B.  Whatever the
// order the exports came in, one work is what a careful reader makes of it
// when dedup --apply would merge A and B too (the works' views, the same
// vetoes and threshold), unless a reviewer judged them different; otherwise
// they stay apart and the evidence is said (AddResult::also_confirmed).
void Library::join_confirmed(const Record& r, const std::vector<std::pair<std::int64_t, std::string>>& confirmed,
                             AddResult& res) {
  if (confirmed.size() < 2) return;
  const auto distinct = distinct_pairs();
  const std::string& first = confirmed.front().second;
  for (std::size_t i = 1; i < confirmed.size(); ++i) {
    std::int64_t other = confirmed[i].first;
    if (!is_live(other) || other == res.work_id) continue;
    AddResult::OtherWork o{other, confirmed[i].second, res.work_id, first, false, {}};
    if (std::binary_search(distinct.begin(), distinct.end(),
                           std::make_pair(std::min(other, res.work_id), std::max(other, res.work_id)))) {
      o.why = "judged different works before ('refnet dedup --decisions')";
    } else {
      std::optional<Record> a = judged_view(*this, res.work_id), b = judged_view(*this, other);
      std::vector<std::string> why;
      const DedupOptions opt;
      const double score = a && b ? duplicate_score(*a, *b, opt, &why) : 0;
      for (const std::string& w : why) o.why += (o.why.empty() ? "" : "; ") + w;
      char scored[32];
      std::snprintf(scored, sizeof scored, "%sscore %.2f", o.why.empty() ? "" : "; ", score);
      o.why += scored;
      o.merged = score >= opt.threshold;
      // The older absorbs the newer, as dedup --apply does (a user's own
      // entry keeps its key).
      if (o.merged) {
        merge(std::min(res.work_id, other), {std::max(res.work_id, other)}, "identifier",
              "one record (" + source_position(r.provenance) + ") has " + first +
                  " of work " + std::to_string(res.work_id) + " and " + o.identifier + " of work " +
                  std::to_string(other) + ": " + o.why,
              kTwoIdentifiersBasis);
        res.work_id = std::min(res.work_id, other);
      }
    }
    res.also_confirmed.push_back(std::move(o));
  }
}

std::vector<std::int64_t> Library::works_with_database_id(const Record& r) {
  std::vector<std::int64_t> works;
  Stmt& q = st_->by_database_id;
  q.bind_opt(1, r.wos_ut).bind_opt(2, r.scopus_eid);
  while (q.step()) works.push_back(live_work(sqlite3_column_int64(q.get(), 0)));
  q.reset();
  return works;
}

std::optional<std::int64_t> Library::work_by_key(std::string_view key) {
  // The work holding the key (a live one before a merged one), else the
  // work an alias names; the first of those by id.  Chosen here, not by
  // ORDER BY: sorting opened a temporary b-tree per call, three calls per
  // BibTeX entry of an import (a fifth of its time).
  Prepared q = prepared(
      "SELECT id, merged_into IS NOT NULL, 0 FROM works WHERE citekey = ?1 COLLATE NOCASE "
      "UNION ALL SELECT work_id, 1, 1 FROM key_aliases WHERE alias = ?1 COLLATE NOCASE");
  q.bind(1, key);
  std::optional<std::tuple<int, int, std::int64_t>> best;
  while (q.step()) {
    std::tuple<int, int, std::int64_t> row{sqlite3_column_int(q.get(), 2), sqlite3_column_int(q.get(), 1),
                                           sqlite3_column_int64(q.get(), 0)};
    if (!best || row < *best) best = row;
  }
  if (!best) return std::nullopt;
  return live_work(std::get<2>(*best));
}

void Library::await_crossref_parent(std::int64_t child_work, std::string_view parent_key) {
  Prepared q = prepared( "INSERT INTO crossref_pending (work_id, parent_key) VALUES (?1, ?2)");
  q.bind(1, child_work).bind(2, ascii_lower(parent_key));
  q.run();
}

bool Library::any_crossref_pending() {
  Prepared q = prepared( "SELECT EXISTS (SELECT 1 FROM crossref_pending)");
  return q.step() && sqlite3_column_int(q.get(), 0) == 1;
}

std::vector<std::int64_t> Library::take_crossref_children(std::string_view parent_key) {
  std::string key = ascii_lower(parent_key);
  std::vector<std::int64_t> out;
  // Prepared once: every BibTeX record of an import asks, while any child waits.
  std::vector<std::int64_t> waiting;
  Stmt& q = st_->pending_children;
  q.bind(1, key);
  while (q.step()) waiting.push_back(sqlite3_column_int64(q.get(), 0));
  q.reset();
  for (std::int64_t id : waiting) {
    std::int64_t w = live_work(id);
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  }
  if (out.empty()) return out;
  Stmt& del = st_->delete_pending;
  del.bind(1, key);
  del.run();
  return out;
}

bool Library::edit_sources(std::int64_t work_id, const std::function<bool(Record&)>& edit) {
  std::vector<std::pair<std::int64_t, Record>> sources;
  {
    Prepared q = prepared( "SELECT id, data FROM sources WHERE work_id = ?1 ORDER BY id");
    q.bind(1, work_id);
    while (q.step()) sources.emplace_back(sqlite3_column_int64(q.get(), 0), record_from_json(column_text(q.get(), 1)));
  }
  bool changed = false;
  for (auto& [id, r] : sources) {
    if (!edit(r)) continue;
    Prepared u = prepared( "UPDATE sources SET data = ?2 WHERE id = ?1");
    u.bind(1, id).bind(2, to_json(r));
    u.run();
    changed = true;
  }
  if (changed) refresh_view(work_id);
  return changed;
}

bool Library::edit_user_record(std::int64_t work_id, const std::function<void(Record&)>& edit) {
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist, was merged or is in the trash");
  // The work's own user record: hash = its ID (a merge may bring others').
  std::optional<std::int64_t> source;
  Record user;
  user.type.clear();
  {
    Prepared q = prepared( "SELECT id, data FROM sources WHERE work_id = ?1 AND format = ?2 AND hash = ?1");
    q.bind(1, work_id).bind(2, kUserFormat);
    if (q.step()) {
      source = sqlite3_column_int64(q.get(), 0);
      user = record_from_json(column_text(q.get(), 1));
    }
  }
  Record before = user;
  edit(user);
  user.provenance.format = std::string(kUserFormat);
  user.provenance.hash = static_cast<std::uint64_t>(work_id);
  user.provenance.file.clear();
  user.provenance.line = 0;
  if (source && to_json(user) == to_json(before)) return false;
  if (source) {
    Prepared u = prepared( "UPDATE sources SET data = ?2, imported_at = ?3 WHERE id = ?1");
    u.bind(1, *source).bind(2, to_json(user)).bind(3, now_utc());
    u.run();
  } else {
    insert_source(work_id, user, to_json(user), /*attached=*/true, user.provenance.hash);  // not found by a search
  }
  refresh_view(work_id);
  return true;
}

std::vector<std::vector<std::int64_t>> Library::works_sharing_identifiers() {
  std::vector<std::vector<std::int64_t>> out;
  for (const char* column : {"doi", "pmid", "pmcid"}) {
    std::string sql = std::string("SELECT group_concat(id) FROM works WHERE " REFNET_LIVE("") " AND ") + column +
                      " IS NOT NULL GROUP BY " + column + " HAVING count(*) > 1";
    Stmt q(db_, sql.c_str());
    while (q.step()) {
      std::vector<std::int64_t> ids;
      for (const std::string& id : split_list(column_text(q.get(), 0), ",")) ids.push_back(std::stoll(id));
      out.push_back(std::move(ids));
    }
  }
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> Library::merged_source_titles() {
  std::vector<std::pair<std::int64_t, std::string>> out;
  Prepared q = prepared(
         "SELECT s.work_id, json_extract(s.data, '$.title') FROM sources s JOIN works w ON w.id = s.work_id WHERE "
         REFNET_LIVE("w.") " AND json_valid(s.data) AND s.attached <> " REFNET_OWN_EXPORT
         " AND s.work_id IN (SELECT work_id FROM sources WHERE attached <> " REFNET_OWN_EXPORT " GROUP BY work_id "
         "HAVING count(*) > 1) ORDER BY s.work_id, s.id");
  while (q.step())
    if (sqlite3_column_type(q.get(), 1) == SQLITE_TEXT) out.emplace_back(sqlite3_column_int64(q.get(), 0), column_text(q.get(), 1));
  return out;
}

std::vector<std::tuple<std::int64_t, std::string, std::string>> Library::source_extra_fields(
    const std::vector<std::string>& names) {
  std::vector<std::tuple<std::int64_t, std::string, std::string>> out;
  if (names.empty()) return out;
  // Each source's extra fields are decoded here, the rest of its record
  // skipped, not found by SQLite's json_valid and json_each: its parse of
  // every source was a third of dedup.  A record the decoder refuses is read
  // by SQLite, as before.
  Prepared q = prepared("SELECT s.work_id, s.data FROM sources s JOIN works w ON w.id = s.work_id WHERE " REFNET_LIVE(
                        "w.") " AND s.attached <> " REFNET_OWN_EXPORT " ORDER BY s.work_id, s.id");
  const std::unordered_set<std::string_view> wanted(names.begin(), names.end());
  const RecordParts extra_only{false, false, true, false};
  while (q.step()) {
    const std::int64_t work = sqlite3_column_int64(q.get(), 0);
    const std::string_view json = column_view(q.get(), 1);
    try {
      for (ExtraField& e : record_from_json(json, extra_only).extra)
        if (wanted.count(e.name)) out.emplace_back(work, std::move(e.name), std::move(e.value));
    } catch (const RecordJsonError&) {
      Prepared x = prepared(
          "SELECT json_extract(e.value, '$[0]'), json_extract(e.value, '$[1]') FROM json_each(?1, '$.extra') e "
          "WHERE json_valid(?1) ORDER BY e.id");
      x.bind(1, json);
      while (x.step())
        if (sqlite3_column_type(x.get(), 1) == SQLITE_TEXT && wanted.count(column_view(x.get(), 0)))
          out.emplace_back(work, column_text(x.get(), 0), column_text(x.get(), 1));
    }
  }
  return out;
}

Library::AddResult Library::attach(std::int64_t work_id, const Record& r) {
  AddResult res;
  if (auto work = find_source(r, r.provenance.hash)) {
    res.status = AddStatus::present;
    res.work_id = live_work(*work);
    return res;
  }
  work_id = live_work(work_id);
  insert_source(work_id, r, to_json(r), true, r.provenance.hash);
  refresh_view(work_id);
  res.status = AddStatus::merged;
  res.work_id = work_id;
  return res;
}

std::int64_t Library::live_work(std::int64_t work_id) {
  // Follow merged_into to the work that absorbed this one (bounded: a cycle
  // cannot be made through merge(), but a hand-edited file could have one).
  for (int hops = 0; hops < 64; ++hops) {
    Stmt& m = st_->merged_into;
    m.bind(1, work_id);
    std::int64_t next = 0;
    if (m.step() && sqlite3_column_type(m.get(), 0) != SQLITE_NULL) next = sqlite3_column_int64(m.get(), 0);
    m.reset();
    if (!next) return work_id;
    work_id = next;
  }
  throw StoreError("work " + std::to_string(work_id) + ": merged_into forms a cycle");
}

std::vector<Record> Library::source_records(std::int64_t work_id, const RecordParts& parts) {
  std::vector<Record> out;
  Stmt& s = st_->source_data;
  s.bind(1, work_id);
  while (s.step()) out.push_back(record_from_json(column_text(s.get(), 0), parts));
  s.reset();
  return out;
}

void Library::refresh_view(std::int64_t work_id) {
  std::vector<Record> sources = source_records(work_id);
  if (sources.empty()) return;
  Record view = merge_records(sources).record;
  std::string json = to_json(view);
  Stmt& u = st_->update_view;
  u.bind(1, work_id);
  bind_view(u, view, json, folded_families(view), folded_keywords(view));
  u.run();
}

bool Library::is_live(std::int64_t id) {
  Stmt& s = st_->is_live;
  s.bind(1, id);
  bool live = s.step() && sqlite3_column_int(s.get(), 0) == 1;
  s.reset();
  return live;
}

std::int64_t Library::merge(std::int64_t into, const std::vector<std::int64_t>& absorbed, const std::string& kind,
                            const std::string& reason, const std::string& basis) {
  if (!is_live(into)) throw StoreError("work " + std::to_string(into) + " does not exist or was merged");
  // The logs are JSON arrays of numbers: written by hand, no DOM.
  std::string moved = "[", gone = "[";
  Stmt& sources = st_->source_ids;
  Stmt& move = st_->move_sources;
  Stmt& mark = st_->mark_merged;
  // A key written out (pinned: an export wrote it, a paper may cite it) is
  // the merged work's key: the survivor whose own key was never written
  // takes the first absorbed work's written key, its own becoming an alias
  // (key_aliases.absorbed = 3) that undo_merge gives back.  Two written keys:
  // the survivor's stays, the other an alias, said.
  Prepared key_of = prepared("SELECT coalesce(citekey, ''), key_pinned FROM works WHERE id = ?1");
  auto key_state = [&](std::int64_t id) {
    key_of.bind(1, id);
    std::pair<std::string, bool> k;
    if (key_of.step()) k = {column_text(key_of.get(), 0), sqlite3_column_int(key_of.get(), 1) == 1};
    key_of.reset();
    return k;
  };
  std::vector<std::string> said;  // after "merge N: work "
  for (std::int64_t w : absorbed) {
    if (w == into) throw StoreError("cannot merge work " + std::to_string(w) + " into itself");
    if (!is_live(w)) throw StoreError("work " + std::to_string(w) + " does not exist or was merged");
    sources.bind(1, w);
    while (sources.step()) {
      if (moved.size() > 1) moved += ',';
      moved += '[' + std::to_string(sqlite3_column_int64(sources.get(), 0)) + ',' + std::to_string(w) + ']';
    }
    sources.reset();
    const auto [w_key, w_written] = key_state(w);
    const auto [into_key, into_written] = key_state(into);
    const bool take = w_written && !w_key.empty() && !into_written && !into_key.empty();
    if (!take) {
      st_->alias_absorbed.bind(1, w);
      st_->alias_absorbed.run();
    }
    mark.bind(1, w).bind(2, into);
    mark.run();
    if (take) {
      // mark_merged freed w's key: the survivor takes it, pinned.
      Prepared displaced = prepared(
          "INSERT INTO key_aliases (alias, work_id, absorbed) VALUES (?1, ?2, 3) "
          "ON CONFLICT(alias) DO UPDATE SET work_id = excluded.work_id, absorbed = 3");
      displaced.bind(1, into_key).bind(2, into);
      displaced.run();
      set_citekey(into, w_key);
      pin_keys({into});
      said.push_back(std::to_string(into) + " takes work " + std::to_string(w) + "'s key " + w_key +
                     ", written out by an export (a paper may cite it); its own key " + into_key +
                     ", never written out, is its alias ('refnet unmerge " + std::to_string(into) +
                     "' gives each work its key back)");
    } else if (w_written && !w_key.empty() && into_written) {
      said.push_back(std::to_string(w) + "'s key " + w_key + ", written out by an export, is an alias of work " +
                     std::to_string(into) + ", whose key " + into_key +
                     " was written out too and stays: BibTeX has no place for an old key (export --aux paper.aux writes "
                     "the work under the key a paper cites; biblatex writes it in ids)");
    }
    move.bind(1, w).bind(2, into);
    move.run();
    if (gone.size() > 1) gone += ',';
    gone += std::to_string(w);
  }
  moved += ']';
  gone += ']';
  // The absorbed works' tags are the survivor's too; the copies made are
  // logged so that undoing the merge removes exactly them.
  std::string tags_added = "[";
  {
    Prepared absorbed_tags = prepared( "SELECT tag FROM tags WHERE work_id = ?1 ORDER BY tag");
    Prepared copy = prepared( "INSERT OR IGNORE INTO tags (work_id, tag) VALUES (?1, ?2)");
    for (std::int64_t w : absorbed) {
      absorbed_tags.bind(1, w);
      while (absorbed_tags.step()) {
        std::string tag = column_text(absorbed_tags.get(), 0);
        copy.bind(1, into).bind(2, tag);
        copy.run();
        if (sqlite3_changes(db_) == 0) continue;
        if (tags_added.size() > 1) tags_added += ',';
        tags_added += nlohmann::json(tag).dump();
      }
      absorbed_tags.reset();
    }
  }
  tags_added += ']';
  Stmt& log = st_->log_merge;
  log.bind(1, kind).bind(2, reason).bind(3, into).bind(4, gone).bind(5, moved).bind(6, tags_added).bind(7, basis);
  log.run();
  std::int64_t id = sqlite3_last_insert_rowid(db_);
  refresh_view(into);
  for (const std::string& line : said) std::cerr << path_ << ": warning: merge " << id << ": work " << line << "\n";
  return id;
}

namespace {
MergeEntry merge_entry(sqlite3_stmt* s) {
  MergeEntry e;
  e.id = sqlite3_column_int64(s, 0);
  e.at = column_text(s, 1);
  e.kind = column_text(s, 2);
  e.reason = column_text(s, 3);
  e.into = sqlite3_column_int64(s, 4);
  for (const auto& v : nlohmann::json::parse(column_text(s, 5))) e.absorbed.push_back(v.get<std::int64_t>());
  e.undone_at = column_text(s, 6);
  e.basis = column_text(s, 7);
  return e;
}
constexpr const char* kMergeColumns = "SELECT id, at, kind, reason, into_work, absorbed, undone_at, basis FROM merges ";
}  // namespace

std::vector<std::int64_t> Library::undo_merge(std::int64_t merge_id) {
  Prepared get = prepared(
           "SELECT into_work, moved, undone_at IS NOT NULL, absorbed, coalesce(tags_added, '[]') FROM merges WHERE id = ?1");
  get.bind(1, merge_id);
  if (!get.step()) throw StoreError("no merge " + std::to_string(merge_id) + " in the log");
  std::int64_t into = sqlite3_column_int64(get.get(), 0);
  auto moved = nlohmann::json::parse(column_text(get.get(), 1));
  bool undone = sqlite3_column_int(get.get(), 2) == 1;
  auto absorbed = nlohmann::json::parse(column_text(get.get(), 3));
  auto tags_added = nlohmann::json::parse(column_text(get.get(), 4));
  get.reset();
  if (undone) throw StoreError("merge " + std::to_string(merge_id) + " was already undone");
  if (!is_live(into))
    throw StoreError("work " + std::to_string(into) + " was merged again since merge " + std::to_string(merge_id) +
                     "; undo that merge first");
  Prepared move = prepared( "UPDATE sources SET work_id = ?2 WHERE id = ?1 AND work_id = ?3");
  for (const auto& m : moved) {
    move.bind(1, m[0].get<std::int64_t>()).bind(2, m[1].get<std::int64_t>()).bind(3, into);
    move.run();
  }
  Prepared untag = prepared( "DELETE FROM tags WHERE work_id = ?1 AND tag = ?2");
  for (const auto& t : tags_added) {
    untag.bind(1, into).bind(2, t.get<std::string>());
    untag.run();
  }
  Prepared live = prepared( "UPDATE works SET merged_into = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
  // Each restored work gets its key back (with a, b, ... if a work took it since).
  Prepared held = prepared( "SELECT alias FROM key_aliases WHERE work_id = ?1 AND absorbed = 1");
  Prepared unalias = prepared( "DELETE FROM key_aliases WHERE alias = ?1");
  Prepared taken = prepared( "SELECT 1 FROM works WHERE citekey = ?1");
  // The survivor's own key, never written, if the merge gave it an absorbed
  // work's written key (merge(): key_aliases.absorbed = 3).
  Prepared displaced = prepared("SELECT alias FROM key_aliases WHERE work_id = ?1 AND absorbed = 3");
  Prepared pinned = prepared("SELECT key_pinned = 1 AND citekey IS NULL FROM works WHERE id = ?1");
  Prepared unpin = prepared("UPDATE works SET key_pinned = 0 WHERE id = ?1");
  Prepared current_key = prepared("SELECT coalesce(citekey, '') FROM works WHERE id = ?1");
  std::vector<std::int64_t> restored;
  for (const auto& a : absorbed) {
    std::int64_t w = a.get<std::int64_t>();
    live.bind(1, w);
    live.run();
    restored.push_back(w);
    held.bind(1, w);
    std::optional<std::string> key;
    if (held.step()) key = column_text(held.get(), 0);
    held.reset();
    if (!key) {
      // No key of its own held as an alias, written out: the survivor took
      // it; each gets its own back (the survivor's unpinned, never written).
      pinned.bind(1, w);
      const bool written = pinned.step() && sqlite3_column_int(pinned.get(), 0) == 1;
      pinned.reset();
      displaced.bind(1, into);
      std::optional<std::string> own;
      if (written && displaced.step()) own = column_text(displaced.get(), 0);
      displaced.reset();
      if (!own) continue;
      std::string written_key;
      current_key.bind(1, into);
      if (current_key.step()) written_key = column_text(current_key.get(), 0);
      current_key.reset();
      if (written_key.empty()) continue;
      unalias.bind(1, *own);
      unalias.run();
      set_citekey(into, *own);
      unpin.bind(1, into);
      unpin.run();
      set_citekey(w, written_key);
      continue;
    }
    unalias.bind(1, *key);
    unalias.run();
    std::string k = *key;
    for (char suffix = 'a';; ++suffix) {
      taken.bind(1, k);
      bool clash = taken.step();
      taken.reset();
      if (!clash || suffix > 'z') break;
      k = *key + suffix;
    }
    set_citekey(w, k);
  }
  Prepared done = prepared( "UPDATE merges SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
  done.bind(1, merge_id);
  done.run();
  refresh_view(into);
  for (std::int64_t w : restored) refresh_view(w);
  return restored;
}

std::vector<std::int64_t> Library::unmerge_work(std::int64_t work_id) {
  // The latest live merge that made this work what it is: one into it, or
  // the one that absorbed it.
  auto merges = merges_of(work_id);
  for (auto it = merges.rbegin(); it != merges.rend(); ++it)
    if (it->undone_at.empty()) return undo_merge(it->id);
  throw StoreError("work " + std::to_string(work_id) + " has no merge to undo");
}

std::optional<MergeEntry> Library::last_merge() {
  Stmt q(db_, (std::string(kMergeColumns) + "WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1").c_str());
  if (!q.step()) return std::nullopt;
  return merge_entry(q.get());
}

std::vector<MergeEntry> Library::merges_of(std::int64_t work_id) {
  std::vector<MergeEntry> out;
  Stmt q(db_, (std::string(kMergeColumns) +
               "WHERE into_work = ?1 OR EXISTS (SELECT 1 FROM json_each(merges.absorbed) WHERE json_each.value = ?1) "
               "ORDER BY id")
                  .c_str());
  q.bind(1, work_id);
  while (q.step()) out.push_back(merge_entry(q.get()));
  return out;
}

bool Library::add_tag(std::int64_t work_id, const std::string& tag) {
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist or was merged");
  Prepared s = prepared( "INSERT OR IGNORE INTO tags (work_id, tag) VALUES (?1, ?2)");
  s.bind(1, work_id).bind(2, tag);
  s.run();
  return sqlite3_changes(db_) > 0;
}

bool Library::remove_tag(std::int64_t work_id, const std::string& tag) {
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist or was merged");
  Prepared s = prepared( "DELETE FROM tags WHERE work_id = ?1 AND tag = ?2");
  s.bind(1, work_id).bind(2, tag);
  s.run();
  return sqlite3_changes(db_) > 0;
}

std::vector<std::string> Library::tags_of(std::int64_t work_id) {
  std::vector<std::string> out;
  Prepared s = prepared( "SELECT tag FROM tags WHERE work_id = ?1 ORDER BY tag");
  s.bind(1, work_id);
  while (s.step()) out.push_back(column_text(s.get(), 0));
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> Library::live_tags_with_prefix(const std::string& prefix) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  Prepared s = prepared(
         "SELECT t.work_id, t.tag FROM tags t JOIN works w ON w.id = t.work_id WHERE " REFNET_LIVE("w.") " "
         "AND substr(t.tag, 1, length(?1)) = ?1 ORDER BY t.work_id, t.tag");
  s.bind(1, prefix);
  while (s.step()) out.emplace_back(sqlite3_column_int64(s.get(), 0), column_text(s.get(), 1));
  return out;
}

std::vector<std::pair<std::string, std::int64_t>> Library::tag_counts() {
  std::vector<std::pair<std::string, std::int64_t>> out;
  Prepared s = prepared(
         "SELECT t.tag, count(*) FROM tags t JOIN works w ON w.id = t.work_id WHERE " REFNET_LIVE("w.") " "
         "GROUP BY t.tag ORDER BY t.tag");
  while (s.step()) out.emplace_back(column_text(s.get(), 0), sqlite3_column_int64(s.get(), 1));
  return out;
}

std::vector<std::int64_t> Library::trash(const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> out;
  Prepared s = prepared(
         "UPDATE works SET trashed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1 AND " REFNET_LIVE(""));
  for (std::int64_t id : ids) {
    s.bind(1, id);
    s.run();
    if (sqlite3_changes(db_) > 0) out.push_back(id);
  }
  return out;
}

std::vector<std::int64_t> Library::restore(const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> out;
  Prepared s = prepared( "UPDATE works SET trashed_at = NULL WHERE id = ?1 AND trashed_at IS NOT NULL AND merged_into IS NULL");
  for (std::int64_t id : ids) {
    s.bind(1, id);
    s.run();
    if (sqlite3_changes(db_) > 0) out.push_back(id);
  }
  return out;
}

std::vector<TrashedWork> Library::trashed() {
  std::vector<TrashedWork> out;
  Prepared s = prepared(
         "SELECT w.id, " REFNET_WORK_DATA ", w.citekey, w.trashed_at FROM works w "
         "WHERE w.merged_into IS NULL AND w.trashed_at IS NOT NULL ORDER BY w.trashed_at, w.id");
  RecordParts parts;
  parts.references = parts.abstract = parts.extra = false;
  while (s.step()) {
    TrashedWork t;
    t.id = sqlite3_column_int64(s.get(), 0);
    t.record = decode_view(t.id, column_text(s.get(), 1), parts);
    t.record.citekey = column_text(s.get(), 2);
    t.trashed_at = column_text(s.get(), 3);
    out.push_back(std::move(t));
  }
  return out;
}

std::int64_t Library::empty_trash() {
  // The trashed works and the works merged into them (their keys and IDs
  // name them), with every row of any table that refers to them.
  exec("CREATE TEMP TABLE IF NOT EXISTS purge (id INTEGER PRIMARY KEY); DELETE FROM temp.purge; "
       "WITH RECURSIVE p(id) AS (SELECT id FROM works WHERE merged_into IS NULL AND trashed_at IS NOT NULL "
       "UNION SELECT w.id FROM works w JOIN p ON w.merged_into = p.id) INSERT INTO temp.purge SELECT id FROM p");
  std::int64_t trashed = pragma_int(db_, "SELECT count(*) FROM works WHERE merged_into IS NULL AND trashed_at IS NOT NULL");
  std::vector<std::pair<std::string, std::string>> refs;  // table, column referring to works(id)
  {
    Prepared s = prepared(
           "SELECT m.name, f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
           "WHERE m.type = 'table' AND f.\"table\" = 'works' AND m.name <> 'works'");
    while (s.step()) refs.emplace_back(column_text(s.get(), 0), column_text(s.get(), 1));
  }
  // Merge log rows that name a purged work (into it, or absorbing it).
  exec("DELETE FROM merges WHERE into_work IN (SELECT id FROM temp.purge) OR EXISTS "
       "(SELECT 1 FROM json_each(merges.absorbed) j WHERE j.value IN (SELECT id FROM temp.purge))");
  for (const auto& [table, column] : refs) {
    if (table == "merges") continue;
    std::string sql = "DELETE FROM \"" + table + "\" WHERE \"" + column + "\" IN (SELECT id FROM temp.purge)";
    exec(sql.c_str());
  }
  exec("DELETE FROM works WHERE id IN (SELECT id FROM temp.purge); DELETE FROM temp.purge");
  return trashed;
}

namespace {
// A work and the works merged into it (their notes and files are its own).
constexpr const char* kWorkAndAbsorbed =
    "WITH RECURSIVE m(id) AS (SELECT ?1 UNION SELECT w.id FROM works w JOIN m ON w.merged_into = m.id) ";
}  // namespace

namespace {
// A row of `table` (notes, files) for a work: its `column` text.
std::int64_t add_work_row(sqlite3* db, const char* table, const char* column, std::int64_t work_id,
                          const std::string& text) {
  Stmt s(db, ("INSERT INTO " + std::string(table) + " (work_id, " + column + ") VALUES (?1, ?2)").c_str());
  s.bind(1, work_id).bind(2, text);
  s.run();
  return sqlite3_last_insert_rowid(db);
}
std::vector<std::string> rows_of_work(sqlite3* db, const char* table, const char* column, std::int64_t work_id) {
  std::vector<std::string> out;
  Stmt s(db, (std::string(kWorkAndAbsorbed) + "SELECT " + column + " FROM " + table + " WHERE work_id IN m ORDER BY id")
                 .c_str());
  s.bind(1, work_id);
  while (s.step()) out.push_back(column_text(s.get(), 0));
  return out;
}
}  // namespace

std::int64_t Library::add_note(std::int64_t work_id, const std::string& text) {
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist, was merged or is in the trash");
  return add_work_row(db_, "notes", "text", work_id, text);
}

std::vector<std::string> Library::notes_of(std::int64_t work_id) { return rows_of_work(db_, "notes", "text", work_id); }

bool Library::set_notes(std::int64_t work_id, const std::vector<std::string>& notes) {
  auto old = notes_of(work_id);
  if (old == notes) return false;
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist, was merged or is in the trash");
  std::size_t keep = 0;  // the notes kept as they were, in place
  while (keep < old.size() && keep < notes.size() && old[keep] == notes[keep]) ++keep;
  if (keep < old.size()) {
    Stmt s(db_, (std::string(kWorkAndAbsorbed) +
                 "DELETE FROM notes WHERE id IN (SELECT id FROM notes WHERE work_id IN m ORDER BY id LIMIT -1 OFFSET ?2)")
                    .c_str());
    s.bind(1, work_id).bind(2, static_cast<std::int64_t>(keep));
    s.run();
  }
  for (std::size_t i = keep; i < notes.size(); ++i) add_work_row(db_, "notes", "text", work_id, notes[i]);
  return true;
}

std::vector<std::pair<std::int64_t, std::string>> Library::all_notes() {
  std::vector<std::pair<std::int64_t, std::string>> out;
  Prepared s = prepared( "SELECT work_id, text FROM notes ORDER BY id");
  while (s.step()) out.emplace_back(sqlite3_column_int64(s.get(), 0), column_text(s.get(), 1));
  for (auto& [id, text] : out) id = live_work(id);
  return out;
}

std::int64_t Library::add_file(std::int64_t work_id, const std::string& path) {
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist, was merged or is in the trash");
  return add_work_row(db_, "files", "path", work_id, path);
}

std::vector<std::string> Library::files_of(std::int64_t work_id) { return rows_of_work(db_, "files", "path", work_id); }

std::optional<CachedResponse> Library::cache_get(const std::string& url) {
  Prepared q = prepared( "SELECT status, body, fetched_at FROM http_cache WHERE url = ?1");
  q.bind(1, url);
  if (!q.step()) return std::nullopt;
  CachedResponse r;
  r.status = sqlite3_column_int(q.get(), 0);
  r.body = column_text(q.get(), 1);
  r.fetched_at = column_text(q.get(), 2);
  return r;
}

void Library::keep_export(const KeptExport& k) {
  Prepared q = prepared(
         "INSERT INTO auto_exports (path, format, args, library) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(path) DO UPDATE "
         "SET format = excluded.format, args = excluded.args, library = excluded.library, entries = NULL, "
         "written_at = NULL");
  q.bind(1, k.path).bind(2, k.format).bind(3, k.args).bind(4, k.library);
  q.run();
}

bool Library::unkeep_export(const std::string& path) {
  Prepared q = prepared( "DELETE FROM auto_exports WHERE path = ?1");
  q.bind(1, path);
  q.run();
  return sqlite3_changes(db_) > 0;
}

std::vector<KeptExport> Library::kept_exports() {
  std::vector<KeptExport> out;
  Prepared q = prepared( "SELECT path, format, args, entries, written_at, library FROM auto_exports ORDER BY path");
  while (q.step()) {
    KeptExport k;
    k.path = column_text(q.get(), 0);
    k.format = column_text(q.get(), 1);
    k.args = column_text(q.get(), 2);
    k.entries = sqlite3_column_int64(q.get(), 3);
    k.written_at = column_text(q.get(), 4);
    k.library = column_text(q.get(), 5);
    out.push_back(std::move(k));
  }
  return out;
}

void Library::kept_export_library(const std::string& path, const std::string& library) {
  Prepared q = prepared( "UPDATE auto_exports SET library = ?2 WHERE path = ?1");
  q.bind(1, path).bind(2, library);
  q.run();
}

void Library::kept_export_written(const std::string& path, std::int64_t entries) {
  Prepared q = prepared(
         "UPDATE auto_exports SET entries = ?2, written_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE path = ?1");
  q.bind(1, path).bind(2, entries);
  q.run();
}

void Library::cache_put(const std::string& url, int status, const std::string& body) {
  Prepared q = prepared(
         "INSERT INTO http_cache (url, status, body) VALUES (?1, ?2, ?3) ON CONFLICT(url) DO UPDATE SET "
         "status = excluded.status, body = excluded.body, fetched_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  q.bind(1, url).bind(2, std::int64_t{status}).bind(3, body);
  q.run();
}

std::int64_t Library::log_import(const std::string& files, std::int64_t read, std::int64_t added,
                                 std::int64_t present, std::int64_t rejected, const std::string& labels) {
  Prepared s = prepared( "INSERT INTO imports (files, read, added, present, rejected, labels) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  s.bind(1, files).bind(2, read).bind(3, added).bind(4, present).bind(5, rejected).bind_opt(6, labels);
  s.run();
  return sqlite3_last_insert_rowid(db_);
}

// A stored record, or StoreError naming the work: every reader goes
// through here, so one damaged row is one clear message, not a crash.
namespace {
// A view the decoder read that each() skips: not UTF-8 after a NUL, where
// the decoder stops (it checks every byte before).
bool damaged_after_nul(std::string_view json) {
  return std::memchr(json.data(), '\0', json.size()) != nullptr && !is_valid_utf8(json);
}
}  // namespace

Record Library::decode_view(std::int64_t work_id, std::string_view json, const RecordParts& parts) {
  // The decoder checks every byte up to the end of the JSON value as UTF-8
  // (in strings, RFC 3629; outside them any byte >= 0x80 is an error), so a
  // record it reads is valid UTF-8 unless bytes follow a NUL, where it
  // stops.  The separate check runs only then, or to name a failure: one
  // pass over the record, not two.
  std::string what;
  if (damaged_after_nul(json)) {
    what = "its record is not valid UTF-8";
  } else {
    try {
      return record_from_json(json, parts);
    } catch (const RecordJsonError& e) {
      what = is_valid_utf8(json) ? e.what() : "its record is not valid UTF-8";
    }
  }
  std::string key;
  Prepared k = prepared( "SELECT citekey FROM works WHERE id = ?1");
  k.bind(1, work_id);
  if (k.step()) key = column_text(k.get(), 0);
  throw StoreError("work " + std::to_string(work_id) + (key.empty() ? "" : " (" + key + ")") + " is damaged: " + what);
}

std::vector<std::string> Library::integrity_check() {
  std::vector<std::string> out;
  Prepared s = prepared( "PRAGMA integrity_check");
  while (s.step()) out.push_back(column_text(s.get(), 0));
  return out;
}

void Library::each_stored(const std::function<void(const StoredRow&)>& fn) {
  {
    Prepared s = prepared( "SELECT id, citekey, data FROM works WHERE data <> '' ORDER BY id");
    while (s.step()) {
      StoredRow r;
      r.kind = StoredRow::Kind::view;
      r.id = r.work_id = sqlite3_column_int64(s.get(), 0);
      r.citekey = column_text(s.get(), 1);
      r.json = column_text(s.get(), 2);
      fn(r);
    }
  }
  Prepared s = prepared(
         "SELECT s.id, s.work_id, w.citekey, s.file, s.line, s.data FROM sources s JOIN works w ON w.id = s.work_id "
         "ORDER BY s.id");
  while (s.step()) {
    StoredRow r;
    r.kind = StoredRow::Kind::source;
    r.id = sqlite3_column_int64(s.get(), 0);
    r.work_id = sqlite3_column_int64(s.get(), 1);
    r.citekey = column_text(s.get(), 2);
    r.where = column_text(s.get(), 3) + ":" + std::to_string(sqlite3_column_int64(s.get(), 4));
    r.json = column_text(s.get(), 5);
    fn(r);
  }
}

std::optional<Record> Library::record(std::int64_t work_id, const RecordParts& parts) {
  Stmt& g = st_->get_work;
  g.bind(1, work_id);
  if (!g.step()) {
    g.reset();
    return std::nullopt;
  }
  std::optional<Record> r;
  try {
    r = decode_view(work_id, column_view(g.get(), 0), parts);
    r->citekey = column_text(g.get(), 1);
  } catch (...) {
    g.reset();
    throw;
  }
  g.reset();
  return r;
}

std::optional<Work> Library::get(std::int64_t work_id) {
  Stmt& g = st_->get_work;
  g.bind(1, work_id);
  if (!g.step()) {
    g.reset();
    return std::nullopt;
  }
  Work w;
  w.id = work_id;
  try {
    w.record = decode_view(work_id, column_text(g.get(), 0), RecordParts::all());
  } catch (...) {
    g.reset();
    throw;
  }
  w.record.citekey = column_text(g.get(), 1);
  w.merged_into = sqlite3_column_int64(g.get(), 2);
  w.trashed_at = column_text(g.get(), 3);
  g.reset();
  w.tags = tags_of(work_id);
  w.notes = notes_of(work_id);
  w.files = files_of(work_id);
  Stmt& s = st_->get_sources;
  s.bind(1, work_id);
  while (s.step()) {
    SourceInfo si;
    si.id = sqlite3_column_int64(s.get(), 0);
    si.format = column_text(s.get(), 1);
    si.file = column_text(s.get(), 2);
    si.line = static_cast<std::uint32_t>(sqlite3_column_int64(s.get(), 3));
    si.imported_at = column_text(s.get(), 4);
    si.label = column_text(s.get(), 5);
    si.own_export = sqlite3_column_int(s.get(), 6) == kOwnExport;
    w.sources.push_back(std::move(si));
  }
  s.reset();
  return w;
}

std::vector<std::int64_t> Library::resolve(std::string_view ref) {
  std::vector<std::int64_t> out;
  ref = trim(ref);
  if (ref.empty()) return out;
  if (std::all_of(ref.begin(), ref.end(), is_digit) && ref.size() < 19) {
    std::int64_t id = std::stoll(std::string(ref));
    Prepared s = prepared( "SELECT 1 FROM works WHERE id = ?1");
    s.bind(1, id);
    if (s.step()) out.push_back(live_work(id));
    return out;
  }
  {
    Stmt& k = st_->by_key;
    k.bind(1, ref);
    while (k.step()) out.push_back(sqlite3_column_int64(k.get(), 0));
    k.reset();
    if (!out.empty()) return {live_work(out.front())};
    Prepared alias = prepared( "SELECT work_id FROM key_aliases WHERE alias = ?1");
    alias.bind(1, ref);
    if (alias.step()) return {live_work(sqlite3_column_int64(alias.get(), 0))};
  }
  if (auto doi = normalize_doi(ref)) {
    Stmt& d = st_->by_doi;
    d.bind(1, *doi);
    while (d.step()) out.push_back(sqlite3_column_int64(d.get(), 0));
    d.reset();
    if (!out.empty()) return out;
  }
  return works_with_accession(ref);
}

// "WOS:000123456700001", "MEDLINE:12345", "ISI:...", "2-s2.0-85079532227",
// "pmid:12345", "PMC3456789": the live works holding it, by any source's
// record for a UT or EID (a work keeps every export's), by the view's
// PMID and PMCID columns.
std::vector<std::int64_t> Library::works_with_accession(std::string_view ref) {
  Record probe;
  std::string pmcid(ref);
  if (istarts_with(pmcid, "pmcid:")) pmcid = std::string(trim(ref.substr(6)));
  for (char& c : pmcid) c = to_upper(c);
  if (is_pmcid(pmcid)) probe.pmcid = pmcid;
  else if (take_accession(probe, ref, false) != Accession::filled) return {};
  std::vector<std::int64_t> out;
  auto keep = [&](std::int64_t id) {
    if (is_live(id) && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  if (!probe.wos_ut.empty() || !probe.scopus_eid.empty())
    for (std::int64_t id : works_with_database_id(probe)) keep(id);
  const std::pair<const std::string*, const char*> lookups[] = {
      {&probe.pmid, "SELECT id FROM works WHERE pmid = ?1 AND " REFNET_LIVE("")},
      {&probe.pmcid, "SELECT id FROM works WHERE pmcid = ?1 AND " REFNET_LIVE("")},
  };
  for (const auto& [value, sql] : lookups) {
    if (value->empty()) continue;
    Stmt q(db_, sql);
    q.bind(1, *value);
    while (q.step()) keep(live_work(sqlite3_column_int64(q.get(), 0)));
  }
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// An author filter: "Ernst" (a substring of a family name), "Michael
// Ernst", "Ernst, M." (the family name, and the first initial of the given
// names); parsed as a BibTeX name, which reads all three forms.
struct AuthorFilter {
  std::string family;  // folded
  std::string initial;  // folded first letter of the given names, or empty
};

// The folded first letter of the given names ("Ğökhan" -> "g"): a code
// point, not a byte (the first byte of "Б" is that of "А" too).
std::string folded_initial(std::string_view given) {
  return fold(first_letter(initials(given)));
}

AuthorFilter author_filter(const std::string& value) {
  Creator c = parse_bibtex_name(value);
  AuthorFilter f;
  if (c.is_literal()) {
    f.family = fold(c.literal);
    return f;
  }
  f.family = fold(c.full_family());
  f.initial = folded_initial(c.given);
  if (f.family.empty()) f.family = fold(value);
  return f;
}

bool author_matches(const Record& r, const AuthorFilter& f) {
  if (f.initial.empty()) return true;  // the SQL substring test decided
  for (const auto* list : {&r.authors, &r.editors})
    for (const Creator& c : *list) {
      if (c.is_literal()) continue;
      if (fold(c.full_family()) != f.family && fold(c.family) != f.family) continue;
      if (std::string ini = folded_initial(c.given); !ini.empty() && ini == f.initial) return true;
    }
  return false;
}

// A collection as a filter: its id and its descendants', and the FTS5
// expressions of the saved searches among them.
struct CollectionView {
  std::vector<std::int64_t> ids;
  std::vector<std::string> matches;
};

// SQL for the filters SQLite can apply; the rest are applied on the record.
std::string where_clause(const Query& q, const std::vector<AuthorFilter>& authors,
                         const std::vector<CollectionView>& collections, std::vector<std::string>& params) {
  std::string sql;
  auto add = [&sql](const std::string& cond) { sql += " AND " + cond; };
  auto param = [&params](std::string v) {
    params.push_back(std::move(v));
    return "?" + std::to_string(params.size());
  };
  if (q.year_min) add("w.year >= " + std::to_string(q.year_min));
  if (q.year_max) add("w.year <= " + std::to_string(q.year_max));
  for (const auto& t : q.types) add("w.type = " + param(t));
  for (const auto& a : authors)
    add("instr(w.authors, " + param(a.initial.empty() ? a.family : "|" + a.family + "|") + ") > 0");
  for (const auto& k : q.keywords) add("instr(w.keywords, " + param("|" + fold(k) + "|") + ") > 0");
  for (const auto& t : q.tags) add("EXISTS (SELECT 1 FROM tags t WHERE t.work_id = w.id AND t.tag = " + param(t) + ")");
  for (const auto& t : q.not_tags)
    add("NOT EXISTS (SELECT 1 FROM tags t WHERE t.work_id = w.id AND t.tag = " + param(t) + ")");
  for (const auto& l : q.sources)
    add("EXISTS (SELECT 1 FROM sources s WHERE s.work_id = w.id AND coalesce(s.label, s.file, '') = " + param(l) + ")");
  for (const CollectionView& c : collections) {
    // Its members and its descendants' (a member that was merged counts as
    // the work that absorbed it), and what its saved searches find.
    std::string ids;
    for (std::int64_t id : c.ids) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
    std::string cond = "w.id IN (SELECT coalesce(a.merged_into, a.id) FROM collection_works cw JOIN works a ON a.id = "
                       "cw.work_id WHERE cw.collection_id IN (" + ids + "))";
    for (const auto& m : c.matches) cond += " OR w.id IN (SELECT rowid FROM search WHERE search MATCH " + param(m) + ")";
    add("(" + cond + ")");
  }
  return sql;
}

std::string no_collection_named(const std::string& name) {
  return "no collection is named '" + name + "' ('refnet collection list' shows them; 'refnet collection new " + name +
         "' makes it)";
}

CollectionView collection_view(sqlite3* db, const std::string& name) {
  CollectionView v;
  Stmt s(db,
         "WITH RECURSIVE tree(id) AS (SELECT id FROM collections WHERE name = ?1 "
         "UNION SELECT c.id FROM collections c JOIN tree ON c.parent_id = tree.id) "
         "SELECT c.id, c.query FROM collections c JOIN tree ON tree.id = c.id");
  s.bind(1, name);
  while (s.step()) {
    v.ids.push_back(sqlite3_column_int64(s.get(), 0));
    if (sqlite3_column_type(s.get(), 1) == SQLITE_NULL) continue;
    std::string query = column_text(s.get(), 1);
    try {
      v.matches.push_back(to_fts5(query));
    } catch (const SearchQueryError& e) {
      throw StoreError("saved search '" + name + "': '" + query + "', column " + std::to_string(e.column) + ": " +
                       e.what());
    }
  }
  if (v.ids.empty()) throw StoreError(no_collection_named(name));
  return v;
}

// The keywords of works, counted once a work under keyword_key ("Machine
// learning", "machine learning", "meta‐analysis" and "meta-analysis" are
// one), each shown in its commonest spelling; a spelling in EBSCO's
// subject-heading capitals ("META-analysis", "WILDFIRES") only when no other
// spelling is written.  An English plural is one keyword with its singular
// when both occur, as on the maps (plural_joins: "dogs" and "dog"; "AIDS"
// is not "aid"), and so are the spellings of one keyword (spelling_joins:
// "Alzheimer's disease" and "Alzheimer Disease", "healthcare" and "health care").
class KeywordCounts {
 public:
  void add(const std::vector<std::string>& keywords) {
    std::vector<std::uint32_t>& mine = work_keys_.emplace_back();
    for (const auto& k : keywords) {
      std::string key = keyword_key(k);
      if (key.empty()) continue;
      auto [it, fresh] = index_.try_emplace(std::move(key), static_cast<std::uint32_t>(entries_.size()));
      if (fresh) entries_.push_back({it->first, {}});
      ++entries_[it->second].spellings[k];
      if (std::find(mine.begin(), mine.end(), it->second) == mine.end()) mine.push_back(it->second);
    }
  }
  std::vector<std::pair<std::string, std::int64_t>> top(std::size_t n) const {
    std::vector<PluralKey> keys(entries_.size());
    for (std::uint32_t k = 0; k < entries_.size(); ++k) {
      keys[k] = {entries_[k].key, 0, true};
      for (const auto& sp : entries_[k].spellings) keys[k].capitals = keys[k].capitals && ends_in_capitals(sp.first);
    }
    for (const auto& mine : work_keys_)
      for (std::uint32_t k : mine) ++keys[k].works;
    std::vector<std::uint32_t> root = plural_joins(keys);
    std::vector<std::pair<std::string_view, std::uint32_t>> texts;
    for (std::uint32_t k = 0; k < entries_.size(); ++k)
      for (const auto& sp : entries_[k].spellings) texts.emplace_back(sp.first, k);
    spelling_joins(keys, texts, root);
    auto joined = [&](std::uint32_t k) { return joined_key(root, k); };
    std::vector<std::map<std::string, std::int64_t>> spellings(entries_.size());
    for (std::uint32_t k = 0; k < entries_.size(); ++k)
      for (const auto& [text, count] : entries_[k].spellings) spellings[joined(k)][text] += count;
    std::vector<std::int64_t> works(entries_.size(), 0);
    std::vector<std::uint32_t> seen;
    for (const auto& mine : work_keys_) {
      seen.clear();
      for (std::uint32_t k : mine)
        if (std::uint32_t j = joined(k); std::find(seen.begin(), seen.end(), j) == seen.end()) {
          seen.push_back(j);
          ++works[j];
        }
    }
    std::vector<std::pair<std::string, std::int64_t>> v;
    for (const auto& [key, k] : index_) {
      if (joined(k) != k) continue;
      const std::pair<const std::string, std::int64_t>* best = nullptr;
      for (const auto& sp : spellings[k])
        if (!best || std::make_pair(!capitals(sp.first), sp.second) > std::make_pair(!capitals(best->first), best->second))
          best = &sp;
      v.emplace_back(best->first, works[k]);
    }
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (v.size() > n) v.resize(n);
    return v;
  }

 private:
  // A word of four capitals or more, or of two or more beside a word in
  // lower case: "META-analysis", "WILDFIRES" (not "GIS", "PM2.5").
  static bool capitals(std::string_view k) {
    bool lower = false;
    std::size_t run = 0, longest = 0;
    for (char c : k) {
      lower |= c >= 'a' && c <= 'z';
      run = c >= 'A' && c <= 'Z' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    return longest >= 4 || (longest >= 2 && lower);
  }
  struct Entry {
    std::string_view key;                           // index_'s
    std::map<std::string, std::int64_t> spellings;  // occurrences of each
  };
  std::map<std::string, std::uint32_t> index_;      // the keys in order: top's ties as before
  std::vector<Entry> entries_;
  std::vector<std::vector<std::uint32_t>> work_keys_;  // each work's keys
};

// Whether `query` occurs in `text` (both folded alike) at the start of a
// word, or anywhere when `inside_words`.  Chinese, Japanese and Korean are
// written without spaces between words: beside one of their characters
// ("数字政府治理研究", --text 治理) any place is a word's start.
bool occurs(std::string_view text, std::string_view query, bool inside_words) {
  auto first_char = [](std::string_view s) {
    std::size_t i = 0;
    next_utf8(s, i);
    return s.substr(0, i);
  };
  auto char_before = [](std::string_view s, std::size_t at) {
    std::size_t b = at;
    while (b > 0 && (static_cast<unsigned char>(s[b - 1]) & 0xC0) == 0x80) --b;
    return b > 0 ? s.substr(b - 1, at - b + 1) : std::string_view();
  };
  const bool cjk_query = is_cjk_word(first_char(query));
  for (std::size_t at = text.find(query); at != std::string_view::npos; at = text.find(query, at + 1))
    if (inside_words || at == 0 || text[at - 1] == ' ' || cjk_query || is_cjk_word(char_before(text, at))) return true;
  return false;
}

// --text: word starts compare words (fold_words: "Mental-health" is "mental
// health"); inside words, the folded text as it is.
bool text_matches(const Record& r, const std::string& query, bool inside_words) {
  auto folded = [inside_words](std::string_view s) { return inside_words ? fold(s) : fold_words(s); };
  if (occurs(folded(strip_rich_text(r.title)), query, inside_words)) return true;
  if (occurs(folded(r.container_title), query, inside_words)) return true;
  if (occurs(folded(r.abstract), query, inside_words)) return true;
  for (const auto& k : r.keywords)
    if (occurs(folded(k), query, inside_words)) return true;
  return false;
}

}  // namespace

void Library::each(const Query& q, const std::function<bool(const Work&)>& fn) { each(q, RecordParts::all(), fn); }

namespace {

// The filters of `q` each() applies to decoded records, after SQL's: texts,
// incomplete works, an author named with a given name.
bool filters_records(const Query& q, const std::vector<AuthorFilter>& authors) {
  return !q.texts.empty() || q.incomplete ||
         std::any_of(authors.begin(), authors.end(), [](const AuthorFilter& a) { return !a.initial.empty(); });
}

// each()'s statement: the live works `q` selects by SQL's filters, in q.order,
// as rows (id, the view's JSON, key).
std::unique_ptr<Stmt> select_works(Library& lib, const Query& q, const std::vector<AuthorFilter>& authors) {
  std::vector<CollectionView> collections;
  for (const auto& name : q.collections) collections.push_back(collection_view(lib.handle(), name));
  std::vector<std::string> params;
  if (q.order == Query::Order::rank && q.match.empty()) throw StoreError("an order by relevance needs a search");
  const char* order = q.order == Query::Order::rank        ? " ORDER BY search.rank, w.id"
                      : q.order == Query::Order::key       ? " ORDER BY w.citekey, w.id"
                      : q.order == Query::Order::year      ? " ORDER BY w.year, w.citekey, w.id"
                      : q.order == Query::Order::year_desc ? " ORDER BY w.year IS NULL, w.year DESC, w.citekey, w.id"
                                                           : " ORDER BY w.id";
  std::string from = " FROM works w WHERE " REFNET_LIVE("w.") "";
  if (!q.match.empty() || std::any_of(collections.begin(), collections.end(),
                                      [](const CollectionView& c) { return !c.matches.empty(); }))
    lib.settle_search_index();
  if (!q.match.empty()) {
    params.push_back(q.match);
    from = " FROM search JOIN works w ON w.id = search.rowid WHERE search MATCH ?1 AND " REFNET_LIVE("w.") "";
  }
  std::string where = where_clause(q, authors, collections, params);
  if (!q.ids.empty()) {
    // The works asked for by id are looked up, not found in a scan of every
    // work (and its record) with the others dropped here.
    params.push_back(json_id_list(q.ids));
    where += " AND w.id IN (SELECT value FROM json_each(?" + std::to_string(params.size()) + "))";
  }
  std::string sql = "SELECT w.id, " REFNET_WORK_DATA ", w.citekey" + from + where + order;
  auto s = std::make_unique<Stmt>(lib.handle(), sql.c_str());
  for (std::size_t i = 0; i < params.size(); ++i) s->bind(static_cast<int>(i + 1), params[i]);
  return s;
}

}  // namespace

bool each_view_fields(Library& lib, const Query& q, const RecordParts& parts,
                      std::initializer_list<std::string_view> text,
                      const std::function<void(std::int64_t, std::string_view, const Record&)>& fn) {
  std::vector<AuthorFilter> authors;
  for (const auto& a : q.authors) authors.push_back(author_filter(a));
  if (filters_records(q, authors)) return false;
  std::unique_ptr<Stmt> s = select_works(lib, q, authors);
  std::vector<std::int64_t> damaged;
  std::size_t produced = 0;
  while (s->step()) {
    const std::int64_t id = sqlite3_column_int64(s->get(), 0);
    const std::string_view json = column_view(s->get(), 1);
    Record r;
    try {
      r = record_fields_from_json(json, parts, text);
    } catch (const RecordJsonError&) {
      damaged.push_back(id);
      continue;
    }
    if (damaged_after_nul(json)) {
      damaged.push_back(id);
      continue;
    }
    if (!parts.abstract) r.abstract.clear();
    if (!parts.creators) r.authors.clear(), r.editors.clear();
    fn(id, column_view(s->get(), 2), r);
    if (q.limit && ++produced >= q.limit) break;
  }
  if (!damaged.empty()) {
    // each() finds them damaged as well (the same decoder) and says so, in
    // the query's order.
    Query named = q;
    named.ids = std::move(damaged);
    named.limit = 0;
    lib.each(named, parts, [&](const Work& w) {
      fn(w.id, w.record.citekey, w.record);
      return true;
    });
  }
  return true;
}

void Library::each(const Query& q, const RecordParts& wanted, const std::function<bool(const Work&)>& fn) {
  RecordParts parts = wanted;
  if (!q.texts.empty()) parts.abstract = true;
  if (q.incomplete) parts.creators = parts.extra = true;  // screening_gaps reads an unsigned work's placeholder
  std::vector<AuthorFilter> authors;
  for (const auto& a : q.authors) authors.push_back(author_filter(a));
  bool by_initial = std::any_of(authors.begin(), authors.end(), [](const AuthorFilter& a) { return !a.initial.empty(); });
  if (by_initial) parts.creators = true;
  std::unique_ptr<Stmt> statement = select_works(*this, q, authors);
  Stmt& s = *statement;
  std::vector<std::pair<std::string, bool>> folded_texts;  // the text folded, and whether inside words
  for (const auto& t : q.texts) {
    // A text of no letter or digit ("--text '++'") is looked for as it is.
    bool inside = q.texts_inside_words || fold_words(t).empty();
    folded_texts.emplace_back(inside ? fold(t) : fold_words(t), inside);
  }
  std::size_t produced = 0;
  while (s.step()) {
    std::int64_t id = sqlite3_column_int64(s.get(), 0);
    Work w;
    w.id = id;
    try {
      w.record = decode_view(id, column_view(s.get(), 1), parts);  // read in place, not copied
    } catch (const StoreError& e) {
      ++damaged_skipped_;
      if (on_damaged_) on_damaged_(id, e.what());
      else std::cerr << path_ << ": warning: " << e.what() << "; skipped (see 'refnet check')\n";
      continue;
    }
    w.record.citekey = column_text(s.get(), 2);
    if (!std::all_of(folded_texts.begin(), folded_texts.end(),
                     [&](const auto& t) { return text_matches(w.record, t.first, t.second); }))
      continue;
    if (q.incomplete && screening_gaps(w.record).empty()) continue;
    if (!std::all_of(authors.begin(), authors.end(), [&](const AuthorFilter& a) { return author_matches(w.record, a); }))
      continue;
    if (!wanted.abstract) w.record.abstract.clear();
    if (!wanted.creators) w.record.authors.clear(), w.record.editors.clear();
    ++produced;
    if (!fn(w)) break;
    if (q.limit && produced >= q.limit) break;
  }
}

void Library::each_summary(const std::function<void(const WorkSummary&)>& fn) {
  // The volume and pages are decoded here from the view (its scalar fields
  // only), not taken by json_extract: SQLite's parse of every view was a
  // fifth of dedup.  A view the decoder refuses is read by SQLite, as
  // before (malformed JSON is an error there too).
  Prepared s = prepared("SELECT w.id, w.title, w.year, w.doi, w.authors, " REFNET_WORK_DATA
                        " FROM works w WHERE " REFNET_LIVE("w.") " ORDER BY w.id");
  const RecordParts scalars{false, false, false, false};
  WorkSummary w;
  while (s.step()) {
    w.id = sqlite3_column_int64(s.get(), 0);
    w.title = column_text(s.get(), 1);
    w.year = sqlite3_column_int(s.get(), 2);
    w.doi = column_text(s.get(), 3);
    w.authors = column_text(s.get(), 4);
    const std::string_view json = column_view(s.get(), 5);
    try {
      Record view = record_from_json(json, scalars);
      w.volume = std::move(view.volume);
      w.pages = std::move(view.pages);
    } catch (const RecordJsonError&) {
      Prepared x = prepared("SELECT json_extract(?1, '$.volume'), json_extract(?1, '$.pages')");
      x.bind(1, json);
      x.step();
      w.volume = column_text(x.get(), 0);
      w.pages = column_text(x.get(), 1);
    }
    fn(w);
  }
}

std::int64_t Library::count(const Query& q) {
  std::int64_t n = 0;
  each(q, [&n](const Work&) {
    ++n;
    return true;
  });
  return n;
}

LibraryStats Library::stats() {
  LibraryStats st;
  auto scalar = [this](const char* sql) {
    Stmt s(db_, sql);
    std::int64_t v = s.step() ? sqlite3_column_int64(s.get(), 0) : 0;
    return v;
  };
  st.works = scalar("SELECT count(*) FROM works WHERE " REFNET_LIVE(""));
  st.merged = scalar("SELECT count(*) FROM works WHERE merged_into IS NOT NULL");
  st.trashed = scalar("SELECT count(*) FROM works WHERE merged_into IS NULL AND trashed_at IS NOT NULL");
  st.sources = scalar("SELECT count(*) FROM sources");
  st.with_doi = scalar("SELECT count(*) FROM works WHERE doi IS NOT NULL AND " REFNET_LIVE(""));
  st.imports = scalar("SELECT count(*) FROM imports");
  st.year_min = static_cast<int>(scalar("SELECT min(year) FROM works WHERE " REFNET_LIVE("")));
  st.year_max = static_cast<int>(scalar("SELECT max(year) FROM works WHERE " REFNET_LIVE("")));
  auto pairs = [this](const char* sql) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    Stmt s(db_, sql);
    while (s.step()) out.emplace_back(column_text(s.get(), 0), sqlite3_column_int64(s.get(), 1));
    return out;
  };
  st.types = pairs("SELECT type, count(*) AS n FROM works WHERE " REFNET_LIVE("") " GROUP BY type ORDER BY n DESC, type");
  st.formats = pairs("SELECT format, count(*) AS n FROM sources GROUP BY format ORDER BY n DESC, format");
  // Keywords, containers, abstracts and references live in the records.
  // A journal by its words, `&` read as `and` (WoS's `SOIL BIOLOGY &
  // BIOCHEMISTRY` is Scopus's `Soil Biology and Biochemistry`), named by its
  // most frequent spelling, one in mixed case before one in capitals.
  struct Journal {
    std::map<std::string, std::int64_t> spellings;
    std::int64_t works = 0;
  };
  std::map<std::string, Journal> containers;
  auto journal_words = [](const std::string& name) {
    std::string s;
    for (char c : name) s += c == '&' ? std::string(" and ") : std::string(1, c);
    return fold_words(s);
  };
  KeywordCounts keywords;
  struct Tag {
    std::map<std::string, std::int64_t> spellings;
    std::int64_t works = 0;
  };
  std::map<std::string_view, Tag> tags;
  std::vector<std::string> mapped;
  each(Query{}, [&](const Work& w) {
    const Record& r = w.record;
    if (!r.abstract.empty()) ++st.with_abstract;
    st.references += static_cast<std::int64_t>(r.references.size());
    for (const auto& ref : r.references)
      if (!ref.doi.empty()) ++st.references_with_doi;
    // Check tags (Humans, Dogs, dog) are left out as the keyword maps leave them out, and counted;
    // a MeSH heading counts as its descriptor, as on the maps ("Dinosaurs/anatomy & histology").
    std::vector<std::string_view> tag = check_tag_keywords(r);
    mapped.clear();
    std::set<std::string_view> mine;
    for (std::size_t i = 0; i < r.keywords.size(); ++i)
      if (tag[i].empty()) mapped.emplace_back(mesh_descriptor(r.keywords[i]));
      else {
        ++tags[tag[i]].spellings[std::string(mesh_descriptor(r.keywords[i]))];
        if (mine.insert(tag[i]).second) ++tags[tag[i]].works;
      }
    keywords.add(mapped);
    if (!r.container_title.empty()) {
      auto& e = containers[journal_words(r.container_title)];
      ++e.spellings[r.container_title];
      ++e.works;
    }
    return true;
  });
  auto top = [](const std::map<std::string, Journal>& m, std::size_t n) {
    std::vector<std::pair<std::string, std::int64_t>> v;
    for (const auto& [k, e] : m) {
      const std::pair<const std::string, std::int64_t>* best = nullptr;
      for (const auto& sp : e.spellings) {
        bool caps = in_capitals(sp.first), best_caps = best && in_capitals(best->first);
        if (!best || (best_caps && !caps) || (best_caps == caps && sp.second > best->second)) best = &sp;
      }
      v.emplace_back(best->first, e.works);
    }
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (v.size() > n) v.resize(n);
    return v;
  };
  st.top_keywords = keywords.top(10);
  for (const auto& [name, tag] : tags) {
    auto best = std::max_element(tag.spellings.begin(), tag.spellings.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    st.check_tags.emplace_back(best->first, tag.works);
  }
  std::stable_sort(st.check_tags.begin(), st.check_tags.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  st.top_containers = top(containers, 10);
  return st;
}

std::vector<std::string> Library::citekeys() {
  std::vector<std::string> out;
  Prepared s = prepared( "SELECT citekey FROM works WHERE citekey IS NOT NULL");
  while (s.step()) out.push_back(column_text(s.get(), 0));
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> Library::absorbed_keys() {
  std::vector<std::pair<std::int64_t, std::string>> out;
  std::vector<std::int64_t> ids;
  {
    Prepared s = prepared(
           "SELECT work_id, alias FROM key_aliases ORDER BY 1, 2");
    while (s.step()) out.emplace_back(sqlite3_column_int64(s.get(), 0), column_text(s.get(), 1));
  }
  for (auto& [id, key] : out) id = live_work(id);
  return out;
}

std::int64_t Library::pin_keys(const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return 0;
  // One statement for the lot (an export pins every work it wrote), not one
  // per id.
  Prepared s = prepared("UPDATE works SET key_pinned = 1 WHERE id IN (SELECT value FROM json_each(?1)) AND key_pinned = 0");
  s.bind(1, json_id_list(ids));
  s.run();
  return sqlite3_changes(db_);
}

bool Library::key_pinned(std::int64_t work_id) {
  Prepared s = prepared( "SELECT key_pinned FROM works WHERE id = ?1");
  s.bind(1, work_id);
  return s.step() && sqlite3_column_int(s.get(), 0) == 1;
}

// key_aliases.absorbed: 1 an absorbed work's key (unmerge gives it back), 0
// an old key of the work (edit, rekey, a .bib key the library could not
// keep), 2 an old key that was pinned (written out) when it was replaced, 3
// the survivor's own key, never written, when a merge gave it an absorbed
// work's written key (merge(); unmerge gives each its own back).
void Library::add_key_alias(const std::string& alias, std::int64_t work_id, bool written) {
  // An upsert, not INSERT OR REPLACE: a REPLACE deletes without firing the
  // journal's triggers.
  Prepared s = prepared(
         "INSERT INTO key_aliases (alias, work_id, absorbed) VALUES (?1, ?2, ?3) "
         "ON CONFLICT(alias) DO UPDATE SET work_id = excluded.work_id, absorbed = max(absorbed, excluded.absorbed)");
  s.bind(1, alias).bind(2, work_id).bind(3, std::int64_t(written ? 2 : 0));
  s.run();
}

std::vector<std::pair<std::int64_t, std::string>> Library::citable_aliases() {
  struct Row {
    std::string alias;
    std::int64_t work;
    bool written;
    bool absorbed;
  };
  // One read lock for the whole walk, not one per statement.
  Snapshot snapshot(*this);
  std::vector<Row> rows;
  {
    Prepared s = prepared(
           "SELECT a.alias, a.work_id, a.absorbed = 2 OR (a.absorbed = 1 AND w.key_pinned = 1), a.absorbed = 1 "
           "FROM key_aliases a LEFT JOIN works w ON w.id = a.work_id ORDER BY a.work_id, a.alias");
    while (s.step())
      rows.push_back({column_text(s.get(), 0), sqlite3_column_int64(s.get(), 1), sqlite3_column_int(s.get(), 2) == 1,
                      sqlite3_column_int(s.get(), 3) == 1});
  }
  std::vector<std::pair<std::int64_t, std::string>> out;
  std::unordered_map<std::int64_t, std::vector<Record>> sources;
  // made_up_key reads the creators, title, date and format.
  RecordParts key_parts;
  key_parts.references = key_parts.abstract = key_parts.extra = false;
  // Whether every .bib or CSL-JSON source of the live work has the key its
  // file gave remembered (source_keys; not so for sources stored before 15).
  std::unordered_map<std::int64_t, bool> keys_known;
  for (auto& row : rows) {
    std::int64_t live = live_work(row.work);
    bool made_up = false;
    // The key a record got for the moment it was a work of its own, absorbed
    // at once (a re-import joining its work), named it in no source: not an
    // old key a paper may cite (biblatex ids), though unmerge gives it back.
    // Asked before the sources' own keys below (either makes the key made
    // up): a few index lookups, where that test reads and decodes every
    // source of the work.
    if (!row.written && row.absorbed) {
      auto known = keys_known.find(live);
      if (known == keys_known.end()) {
        // The sources found from the work (m first: CROSS JOIN keeps that
        // order), not every BibTeX source by the (format, hash) index and
        // its work looked up: that read the whole table once per work.
        static const std::string sql =
            std::string(kWorkAndAbsorbed) +
            "SELECT NOT EXISTS (SELECT 1 FROM m CROSS JOIN sources s ON s.work_id = m.id WHERE s.format IN ('bibtex', "
            "'csl-json') AND NOT EXISTS (SELECT 1 FROM source_keys k WHERE k.source_id = s.id))";
        Prepared k = prepared(sql.c_str());
        k.bind(1, live);
        known = keys_known.emplace(live, k.step() && sqlite3_column_int(k.get(), 0) == 1).first;
      }
      if (known->second) {
        const auto givers = key_givers(*this, row.alias);
        made_up = std::none_of(givers.begin(), givers.end(), [&](const KeyGiver& g) { return g.work == live; });
      }
    }
    if (!row.written && !made_up) {
      auto it = sources.find(live);
      if (it == sources.end()) it = sources.emplace(live, source_records(live, key_parts)).first;
      for (const Record& r : it->second)
        if (r.provenance.format != "user" && made_up_key(row.alias, r)) made_up = true;
    }
    if (!made_up) out.emplace_back(live, std::move(row.alias));
  }
  return out;
}

void Library::set_citekey(std::int64_t work_id, const std::string& key) {
  Stmt& s = st_->set_key;
  s.bind(1, work_id).bind_opt(2, key);
  try {
    s.run();
  } catch (const StoreError& e) {
    throw StoreError("cannot set key '" + key + "' on work " + std::to_string(work_id) + ": " + e.what());
  }
}

// ---- collections ----

namespace {
#define REFNET_COLLECTION_SELECT                                                                     \
  "SELECT c.id, c.name, coalesce(c.parent_id, 0), coalesce(c.query, ''), "                            \
  "(SELECT count(*) FROM collection_works cw WHERE cw.collection_id = c.id) FROM collections c"

Collection collection_row(Stmt& s) {
  Collection c;
  c.id = sqlite3_column_int64(s.get(), 0);
  c.name = column_text(s.get(), 1);
  c.parent = sqlite3_column_int64(s.get(), 2);
  c.query = column_text(s.get(), 3);
  c.members = sqlite3_column_int64(s.get(), 4);
  return c;
}

std::optional<Collection> find_collection(sqlite3* db, const std::string& name) {
  Stmt s(db, REFNET_COLLECTION_SELECT " WHERE c.name = ?1");
  s.bind(1, name);
  if (!s.step()) return std::nullopt;
  return collection_row(s);
}

Collection existing_collection(sqlite3* db, const std::string& name) {
  auto c = find_collection(db, name);
  if (!c) throw StoreError(no_collection_named(name));
  return *c;
}
}  // namespace

std::int64_t Library::create_collection(const std::string& name, const std::string& parent, const std::string& query) {
  if (trim(name).empty() || trim(name) != name) throw StoreError("a collection name must be non-empty, without outer spaces");
  if (find_collection(db_, name)) throw StoreError("a collection named '" + name + "' exists already");
  if (!query.empty()) {
    try {
      to_fts5(query);
    } catch (const SearchQueryError& e) {
      throw StoreError("query, column " + std::to_string(e.column) + ": " + e.what());
    }
  }
  Prepared s = prepared( "INSERT INTO collections (name, parent_id, query) VALUES (?1, ?2, ?3)");
  s.bind(1, name);
  if (parent.empty()) s.bind_null(2);
  else s.bind(2, existing_collection(db_, parent).id);
  s.bind_opt(3, query);
  s.run();
  return sqlite3_last_insert_rowid(db_);
}

void Library::remove_collection(const std::string& name) {
  Collection c = existing_collection(db_, name);
  Prepared children = prepared( "SELECT group_concat(name, ', ') FROM collections WHERE parent_id = ?1");
  children.bind(1, c.id);
  if (children.step() && sqlite3_column_type(children.get(), 0) != SQLITE_NULL)
    throw StoreError("collection '" + name + "' has collections inside it (" + column_text(children.get(), 0) +
                     "): remove them first");
  Prepared del = prepared( "DELETE FROM collections WHERE id = ?1");
  del.bind(1, c.id);
  del.run();
}

std::size_t Library::collection_add(const std::string& name, const std::vector<std::int64_t>& works) {
  Collection c = existing_collection(db_, name);
  if (!c.query.empty())
    throw StoreError("'" + name + "' is a saved search: its works are those its query finds (" + c.query + ")");
  std::size_t added = 0;
  Prepared s = prepared( "INSERT OR IGNORE INTO collection_works (collection_id, work_id) VALUES (?1, ?2)");
  for (std::int64_t w : works) {
    if (!is_live(w)) throw StoreError("work " + std::to_string(w) + " does not exist or was merged");
    s.bind(1, c.id).bind(2, w);
    s.run();
    added += static_cast<std::size_t>(sqlite3_changes(db_));
  }
  return added;
}

std::size_t Library::collection_remove(const std::string& name, const std::vector<std::int64_t>& works) {
  Collection c = existing_collection(db_, name);
  std::size_t removed = 0;
  // A work merged since it was added is in the collection as its survivor:
  // removing the survivor removes the absorbed work's membership too.
  Prepared s = prepared(
         "DELETE FROM collection_works WHERE collection_id = ?1 AND work_id IN "
         "(SELECT id FROM works WHERE id = ?2 OR merged_into = ?2)");
  for (std::int64_t w : works) {
    s.bind(1, c.id).bind(2, w);
    s.run();
    removed += static_cast<std::size_t>(sqlite3_changes(db_));
  }
  return removed;
}

void Library::give_library_fields(std::int64_t work_id, const std::vector<ExtraField>& fields) {
  if (!is_live(work_id)) return;  // in the trash: restored as it was
  std::vector<std::string> notes = notes_of(work_id), files = files_of(work_id);
  for (const ExtraField& f : fields) {
    if (f.value.empty()) continue;
    if (f.name == kLibraryTag) {
      add_tag(work_id, f.value);
    } else if (f.name == kLibraryNote) {
      if (std::find(notes.begin(), notes.end(), f.value) != notes.end()) continue;
      add_note(work_id, f.value);
      notes.push_back(f.value);
    } else if (f.name == kLibraryFile) {
      if (std::find(files.begin(), files.end(), f.value) != files.end()) continue;
      add_file(work_id, f.value);
      files.push_back(f.value);
    } else if (f.name == kLibraryCollection) {
      std::string name, parent;
      for (const std::string& part : split_list(f.value, "\n")) {
        const std::string one(trim(part));
        if (one.empty()) continue;
        name = parent.empty() ? one : parent + "/" + one;
        std::optional<Collection> c = find_collection(db_, name);
        if (c && !c->query.empty()) {
          name += " (imported)";
          c = find_collection(db_, name);
        }
        if (!c) create_collection(name, parent, {});
        parent = name;
      }
      if (!name.empty()) collection_add(name, {work_id});
    }
  }
}

std::vector<Collection> Library::collections() {
  std::vector<Collection> all;
  {
    Stmt s(db_, REFNET_COLLECTION_SELECT " ORDER BY c.name");
    while (s.step()) all.push_back(collection_row(s));
  }
  // Depth first from the top-level ones: parents before children.
  std::vector<Collection> out;
  std::function<void(std::int64_t, int)> visit = [&](std::int64_t parent, int depth) {
    if (depth > 64) return;
    for (const Collection& c : all)
      if (c.parent == parent) {
        out.push_back(c);
        visit(c.id, depth + 1);
      }
  };
  visit(0, 0);
  return out;
}

// Systematic reviews: the rows `prisma`, `overlap`, `dedup --review` and
// `screen` count.

std::vector<Library::SourceRow> Library::source_rows() {
  std::vector<SourceRow> out;
  Prepared s = prepared( "SELECT s.id, s.work_id, coalesce(s.label, s.file, ''), s.attached FROM sources s ORDER BY s.id");
  while (s.step())
    out.push_back({sqlite3_column_int64(s.get(), 0), sqlite3_column_int64(s.get(), 1), column_text(s.get(), 2),
                   sqlite3_column_int(s.get(), 3) != 0, sqlite3_column_int(s.get(), 3) == kOwnExport});
  return out;
}

std::int64_t Library::last_source_id() {
  Prepared s = prepared( "SELECT coalesce(max(id), 0) FROM sources");
  s.step();
  return sqlite3_column_int64(s.get(), 0);
}

void Library::relabel_sources(std::int64_t after, const std::string& from, const std::string& to) {
  Prepared s = prepared( "UPDATE sources SET label = ?3 WHERE id > ?1 AND label = ?2");
  s.bind(1, after).bind(2, from).bind(3, to);
  s.run();
}

std::vector<MergeEntry> Library::all_merges() {
  std::vector<MergeEntry> out;
  Stmt q(db_, (std::string(kMergeColumns) + "ORDER BY id").c_str());
  while (q.step()) out.push_back(merge_entry(q.get()));
  return out;
}

std::int64_t Library::work_rows() {
  Prepared s = prepared( "SELECT count(*) FROM works");
  return s.step() ? sqlite3_column_int64(s.get(), 0) : 0;
}

bool Library::mark_distinct(std::int64_t a, std::int64_t b) {
  if (a > b) std::swap(a, b);
  Prepared s = prepared( "INSERT OR IGNORE INTO distinct_works (a, b) VALUES (?1, ?2)");
  s.bind(1, a).bind(2, b);
  s.run();
  return sqlite3_changes(db_) > 0;
}

std::vector<std::pair<std::int64_t, std::int64_t>> Library::distinct_pairs() {
  std::vector<std::pair<std::int64_t, std::int64_t>> raw, out;
  {
    Prepared s = prepared( "SELECT a, b FROM distinct_works");
    while (s.step()) raw.emplace_back(sqlite3_column_int64(s.get(), 0), sqlite3_column_int64(s.get(), 1));
  }
  for (auto [a, b] : raw) {
    a = live_work(a);
    b = live_work(b);
    if (a == b) continue;  // merged since, by hand: the later decision stands
    out.emplace_back(std::min(a, b), std::max(a, b));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void Library::set_screening(std::int64_t work_id, const std::string& reviewer, const std::string& decision,
                            const std::string& reason, const std::string& stage) {
  if (!is_live(work_id)) throw StoreError("work " + std::to_string(work_id) + " does not exist or was merged");
  Prepared s = prepared(
         "INSERT INTO screening (work_id, reviewer, decision, reason, stage) VALUES (?1, ?2, ?3, ?4, ?5) "
         "ON CONFLICT(work_id, stage, reviewer) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, "
         "at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  s.bind(1, work_id).bind(2, reviewer).bind(3, decision).bind(4, reason).bind(5, stage);
  s.run();
}

bool Library::clear_screening(std::int64_t work_id, const std::string& reviewer, const std::string& stage) {
  Prepared s = prepared( "DELETE FROM screening WHERE work_id = ?1 AND reviewer = ?2 AND stage = ?3");
  s.bind(1, work_id).bind(2, reviewer).bind(3, stage);
  s.run();
  return sqlite3_changes(db_) > 0;
}

std::vector<ScreeningDecision> Library::screening(std::int64_t work_id, const std::string& stage) {
  std::vector<ScreeningDecision> out;
  const char* sql = work_id ? "SELECT work_id, reviewer, decision, reason, at, stage FROM screening "
                              "WHERE work_id = ?1 AND stage = ?2 ORDER BY reviewer"
                            : "SELECT work_id, reviewer, decision, reason, at, stage FROM screening "
                              "WHERE ?1 = 0 AND stage = ?2 ORDER BY work_id, reviewer";
  Stmt s(db_, sql);
  s.bind(1, work_id).bind(2, stage);
  while (s.step())
    out.push_back({sqlite3_column_int64(s.get(), 0), column_text(s.get(), 1), column_text(s.get(), 2),
                   column_text(s.get(), 3), column_text(s.get(), 4), column_text(s.get(), 5)});
  if (!work_id)
    for (auto& d : out) d.work_id = live_work(d.work_id);
  return out;
}

void Library::set_resolution(const ScreeningResolution& r) {
  if (!is_live(r.work_id)) throw StoreError("work " + std::to_string(r.work_id) + " does not exist or was merged");
  Prepared s = prepared(
         "INSERT INTO screening_resolutions (work_id, stage, decision, reason, method, by) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
         "ON CONFLICT(work_id, stage) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, "
         "method = excluded.method, by = excluded.by, at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
  s.bind(1, r.work_id).bind(2, r.stage).bind(3, r.decision).bind(4, r.reason).bind(5, r.method).bind(6, r.by);
  s.run();
}

bool Library::clear_resolution(std::int64_t work_id, const std::string& stage) {
  Prepared s = prepared( "DELETE FROM screening_resolutions WHERE work_id = ?1 AND stage = ?2");
  s.bind(1, work_id).bind(2, stage);
  s.run();
  return sqlite3_changes(db_) > 0;
}

std::vector<ScreeningResolution> Library::resolutions(std::int64_t work_id, const std::string& stage) {
  std::vector<ScreeningResolution> out;
  Prepared s = prepared( "SELECT work_id, stage, decision, reason, method, by, at FROM screening_resolutions "
              "WHERE (?1 = 0 OR work_id = ?1) AND stage = ?2 ORDER BY work_id");
  s.bind(1, work_id).bind(2, stage);
  while (s.step())
    out.push_back({sqlite3_column_int64(s.get(), 0), column_text(s.get(), 1), column_text(s.get(), 2),
                   column_text(s.get(), 3), column_text(s.get(), 4), column_text(s.get(), 5), column_text(s.get(), 6)});
  if (!work_id)
    for (auto& r : out) r.work_id = live_work(r.work_id);
  return out;
}

}  // namespace refnet
