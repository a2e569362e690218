// The library: one SQLite file the user can open with `sqlite3`.
//
// Every imported record is kept as it was imported (table `sources`), and
// each work (table `works`) is the view of one or more sources.  The schema
// is versioned (PRAGMA user_version) and migrated on open; changes go
// through a rollback journal (see Library's constructor for why not WAL); an
// import is one transaction, so an interrupted import leaves the library
// exactly as before.  Only prepared statements touch the data.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "refnet/journal.hpp"
#include "refnet/record.hpp"

struct sqlite3;

namespace refnet {

struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Where a source record of a work came from.
struct SourceInfo {
  std::int64_t id = 0;
  std::string format;
  std::string file;
  std::uint32_t line = 0;
  std::string imported_at;  // ISO 8601 UTC
  std::string label;        // the database or search it came from (import --source)
  // refnet's own export of the work read back (Library::add): kept where it
  // was read, listed last, no part of the work's view and no record a
  // search identified.
  bool own_export = false;
};

// One reviewer's screening decision on a work (`refnet screen`).
struct ScreeningDecision {
  std::int64_t work_id = 0;
  std::string reviewer;  // "" when screening alone
  std::string decision;  // include, exclude, maybe
  std::string reason;    // why excluded
  std::string at;
  std::string stage = "title";  // title (title/abstract) or fulltext (review.hpp)
};

// How a conflict between reviewers was settled (`refnet screen --resolve`):
// the work's final decision at a stage, kept beside the reviewers' own.
struct ScreeningResolution {
  std::int64_t work_id = 0;
  std::string stage = "title";
  std::string decision;  // include, exclude, maybe, not-retrieved
  std::string reason;    // why excluded
  std::string method;    // consensus (the reviewers' discussion), arbiter (a third reviewer)
  std::string by;        // who settled it ("" when not named)
  std::string at;
};

// A work as the library holds it: its id, its current view, its sources.
struct Work {
  std::int64_t id = 0;
  Record record;  // record.citekey is the work's key
  std::vector<SourceInfo> sources;
  std::int64_t merged_into = 0;  // the work that absorbed this one, or 0
  // Filled by get() only: the work's tags (sorted), when it was trashed.
  std::vector<std::string> tags;
  std::string trashed_at;
  std::vector<std::string> notes;  // the user's notes, oldest first
  std::vector<std::string> files;  // attached file paths, oldest first
};

// One merge, as logged: `into` absorbed the works `absorbed` (their sources
// moved to it).  Undone merges stay in the log with `undone_at` set.
struct MergeEntry {
  std::int64_t id = 0;
  std::string at;
  std::string kind;    // "doi", "identifier" (PMID, PMCID; on import), "fuzzy" (dedup --apply), "manual" (merge),
                       // "review" (dedup --decisions)
  std::string reason;  // human-readable: "same DOI 10.1/x", "title+year+author (score 0.97)"
  // What a merge on import joined its records by (kMergeBases), "" for the
  // others: prisma counts by it, never by the reason's words.
  std::string basis;
  std::int64_t into = 0;
  std::vector<std::int64_t> absorbed;
  std::string undone_at;
};

// A cached HTTP response (Crossref), keyed by URL.
struct CachedResponse {
  int status = 0;
  std::string body;
  std::string fetched_at;
};

// What dedup and network builders read of every work, without decoding
// its record.
struct WorkSummary {
  std::int64_t id = 0;
  std::string title;
  int year = 0;
  std::string doi;
  std::string authors;  // '|'-separated folded family names, '|' at both ends
  std::string volume;   // as in the work's view (dedup blocks by volume and first page)
  std::string pages;
};

// A selection of works, shared by list, export and network commands.
// Empty fields do not filter.  Text filters compare folded text (case and
// accents ignored).
struct Query {
  std::vector<std::int64_t> ids;  // explicit works (resolved IDs/DOIs/keys)
  int year_min = 0;
  int year_max = 0;
  // Each list is an AND: a work passes when every entry holds.
  // authors: a name as a person writes it ("Ernst", "Michael Ernst",
  // "Ernst, M."): one word is a substring of a creator's family name; with a
  // given name, the family name must be equal and the given names' first
  // initials too.
  std::vector<std::string> authors;
  std::vector<std::string> keywords;  // each equals a keyword
  std::vector<std::string> types;     // CSL type
  // Each occurs in the title, container, abstract or keywords at the start
  // of a word ("mental" finds "mental health", not "environmental"; the
  // text's punctuation and spacing aside); anywhere, inside words too,
  // with texts_inside_words.
  std::vector<std::string> texts;
  bool texts_inside_words = false;
  // Only works lacking a title, authors or a year (screening_gaps, review.hpp).
  bool incomplete = false;
  std::vector<std::string> tags;      // carries every one of these tags (exact match)
  std::vector<std::string> not_tags;  // carries none of these tags
  // Holds a source record of each of these labels (import --source LABEL,
  // else the label the import gave it: `refnet label list`).
  std::vector<std::string> sources;
  // A full-text search (search.hpp): the works the index matches, as an
  // FTS5 expression (to_fts5 of the user's query).
  std::string match;
  // In every one of these collections (by name; a parent holds its
  // children's works; a saved search holds what its query finds).
  std::vector<std::string> collections;
  std::size_t limit = 0;
  // The order each() produces works in: by id (the order they were added);
  // by citation key (byte order, then id: works without a key first); by
  // year (works without a year first), then key, then id; by year, newest
  // first (works without a year last), then key, then id; by relevance to
  // `match` (bm25 with the columns' weights), best first.
  enum class Order { id, key, year, year_desc, rank };
  Order order = Order::id;
};

// An auto-export (`refnet export --keep`): a file rewritten after every
// change to the library.
struct KeptExport {
  std::string path;    // absolute
  std::string format;  // bibtex, ris, ...
  std::string args;    // the export's options (selection, format), a JSON array of strings
  std::int64_t entries = 0;  // works last written
  std::string written_at;    // ISO 8601 UTC, empty until written
  std::string library;       // the library file that registered it (absolute); empty from refnet before schema 12
};

// A collection (`refnet collection`): a named set of works, or a saved
// search when `query` is set.
struct Collection {
  std::int64_t id = 0;
  std::string name;
  std::int64_t parent = 0;  // 0: a top-level collection
  std::string query;        // a saved search's query, else empty
  std::int64_t members = 0;  // works added to it directly
};

// A work in the trash.
struct TrashedWork {
  std::int64_t id = 0;
  Record record;  // without references, abstract, extra fields
  std::string trashed_at;
};

struct LibraryStats {
  std::int64_t works = 0;   // live works (not merged into another)
  std::int64_t merged = 0;  // works merged into another
  std::int64_t trashed = 0;  // works in the trash (refnet rm)
  std::int64_t sources = 0;
  std::int64_t with_doi = 0;
  std::int64_t with_abstract = 0;
  std::int64_t references = 0;
  std::int64_t references_with_doi = 0;
  std::int64_t imports = 0;
  int year_min = 0;
  int year_max = 0;
  std::vector<std::pair<std::string, std::int64_t>> types;    // by count, descending
  std::vector<std::pair<std::string, std::int64_t>> formats;  // sources per format
  std::vector<std::pair<std::string, std::int64_t>> top_keywords;
  // The check tags left out of top_keywords, as keyword maps leave them out
  // (check_tag_keywords): their commonest spelling and works, most first.
  std::vector<std::pair<std::string, std::int64_t>> check_tags;
  std::vector<std::pair<std::string, std::int64_t>> top_containers;
};

// What an importer hands the library beside a record's fields: a reference
// manager's tags, notes, collections and attached files (Zotero RDF), as
// extra fields of the record under these names.  Library::add() takes them
// out of the record it stores and gives them to the record's work, whether
// the record was added, merged or present already, without doubling any: a
// tag or a note the work has, a collection it is in, a file it has stay as
// they are (a re-import changes nothing).  A collection's value is its path,
// the names from the top collection down separated by '\n': it becomes the
// collections "Top", "Top/Child", ... each inside the one before (an
// existing collection of that name is used; a saved search of that name is
// left alone, the works go to "NAME (imported)").
inline constexpr std::string_view kLibraryTag = "library:tag";
inline constexpr std::string_view kLibraryNote = "library:note";
inline constexpr std::string_view kLibraryCollection = "library:collection";
inline constexpr std::string_view kLibraryFile = "library:file";
// A key the work answers to beside its own (a biblatex @set's key, given to
// its first member): Ingest keeps it as the work's alias (add_key_alias)
// when no other work holds it; Library::add takes it out of the record.
inline constexpr std::string_view kLibraryAlias = "library:alias";

class Library {
 public:
  static constexpr int kSchemaVersion = 21;

  // The library path: `explicit_path` if given, else $REFNET_LIBRARY, else
  // $XDG_DATA_HOME/refnet/library.sqlite, else ~/.local/share/refnet/library.sqlite.
  static std::string resolve_path(const std::string& explicit_path);

  // What the file says it is: PRAGMA application_id, set when refnet creates
  // a library or migrates one of its older files ("RFNT").
  static constexpr int kApplicationId = 0x52464E54;

  // How a command uses the library: readers open it read-only (a library
  // that needs migrating, or a hot journal left by a killed writer, is
  // opened for writing once to settle it).
  enum class Access { read_write, read_only };

  // Opens (creating the file and its directory when `create`) and migrates.
  // Only a file that is empty or recognisably refnet's (application id, or
  // an older refnet schema) is ever changed: another application's database
  // is refused untouched.  Throws StoreError with the path and the reason.
  explicit Library(const std::string& path, bool create = true, Access access = Access::read_write);
  ~Library();
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;

  const std::string& path() const { return path_; }
  int schema_version() const;

  // An import, or any change: all or nothing.  Rolls back unless committed.
  class Transaction {
   public:
    explicit Transaction(Library& lib);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

   private:
    Library& lib_;
    bool done_ = false;
  };

  // Reads under one shared lock, of one state of the library: a command
  // that reads record after record (dedup) takes the lock once, not once
  // per statement (each took it, checked the file had not changed and
  // released it: a tenth of dedup's time, and its system time).  Nothing
  // when a transaction is open already.
  class Snapshot {
   public:
    explicit Snapshot(Library& lib);
    ~Snapshot();
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

   private:
    Library& lib_;
    bool own_ = false;
  };

  enum class AddStatus { added, present, merged };
  struct AddResult {
    AddStatus status = AddStatus::added;
    std::int64_t work_id = 0;
    // Live works sharing the record's DOI, PMID or PMCID that the rest of the
    // record does not confirm (see confirm_shared_identifier in dedup.hpp):
    // kept apart, with the reason ("kept apart: same DOI 10.1/x, different title ...").
    std::vector<std::pair<std::int64_t, std::string>> kept_apart;
    // The identifier each of them shares with the record ("DOI 10.1/x"), in
    // the same order: an import groups its warnings by it.
    std::vector<std::string> kept_apart_identifiers;
    // A merged record that supersedes one of the work's (a later export of
    // the same database record, see supersedes() in merge.hpp): the fields
    // of the work's view it changed (canonical names, field_names() order,
    // then the names of the extra fields: "TC"); empty when it changed none.
    std::vector<std::string> updated;
    // The fields that export changed from the one it supersedes which the
    // user set (`refnet set`, `edit`): the user's value stays in the view;
    // each with the export's value, to be said.
    std::vector<std::pair<std::string, std::string>> behind_yours;
    // The record is refnet's own export of the work, read back: a copy
    // attached to it (status merged), no record of a search.
    bool read_back = false;
    // The record is an export of a database record the work holds that is
    // older than one there (by their export dates, see supersedes()): kept
    // as a source behind the newer one, which stays in the view.
    bool older = false;
    // Present: the record spells its DOI with capitals where its source,
    // stored before refnet kept spellings, had it in lower case; the source
    // and the work's view take the spelling.
    bool doi_spelled = false;
    // Present, and this refnet reads the same source text otherwise than the
    // refnet that stored it (a name no longer turned round, a field it did
    // not read): the source takes today's reading and the work's view
    // follows; the fields that changed (canonical names, then extra fields'
    // names; "record" when only parts without a field name did).
    std::vector<std::string> reread;
    // Further live works the record's identifiers lead to and its rest
    // confirms, besides the one it joined (its DOI on work A, its PMID on
    // work B: a MEDLINE record after a Scopus record and a PubMed record
    // without the DOI): evidence that they are one work.  Each was merged
    // with the joined work when dedup --apply would merge the two (their
    // views scored with the same vetoes and threshold; the older absorbs
    // the newer, and work_id is the older), else it stays apart, proposed
    // for review; `why` says which and the evidence.
    struct OtherWork {
      std::int64_t work = 0;
      std::string identifier;     // the one it shares with the record: "PMID 123"; "key K" (see add())
      std::int64_t joined_work = 0;  // the work the record had joined
      std::string joined;         // the identifier that work shares: "DOI 10.1/x"
      bool merged = false;
      std::string why;
    };
    std::vector<OtherWork> also_confirmed;
    // Diagnostics on the record (`file:line:1: note: ...`): the notes its
    // note field updated (take_own_notes in source_keys.hpp).
    std::vector<std::string> said;
  };
  // Adds a record as a new source; `present` when a source with the same
  // provenance hash and format is already in the library.  With
  // `merge_by_doi`, a record whose DOI, PMID, PMCID, WoS UT or Scopus EID is a live work's joins
  // that work (status `merged`, logged as a "doi" or "identifier" merge) when
  // the rest of the record confirms it is the same work (title, or first
  // author, year and page); otherwise it becomes a new work.  The record's citekey must be unique (see citekeys()); it is used
  // only for a new work.  `entry_key`: the key the file gave the record when a
  // person chose it (BibTeX, RIS ID; not a record number): with
  // `merge_by_doi`, a record sharing no identifier joins the work whose source
  // from the same format has that key, title and year (a BibTeX or RIS
  // re-export from the same tool; see same_database_record), logged as an
  // "identifier" merge; never on the key alone.
  AddResult add(const Record& r, bool merge_by_doi = false, std::string_view entry_key = {});
  // What the store writes of a record besides its fields: its JSON and the
  // folded columns the filters search.  encode() needs no library and may
  // run on another thread, ahead of add(r, merge_by_doi, encoded).
  struct Encoded {
    std::string json;      // to_json(r)
    std::string authors;   // '|' + folded family names + '|'
    std::string keywords;  // '|' + folded keywords + '|'
  };
  static Encoded encode(const Record& r);
  // The same as add(r, merge_by_doi, entry_key), with `e` = encode(r).
  AddResult add(const Record& r, bool merge_by_doi, const Encoded& e, std::string_view entry_key = {});

  // Adds a record as a further source of an existing work (enrichment from
  // Crossref) and recomputes the work's view; `present` when the source is
  // already there.
  AddResult attach(std::int64_t work_id, const Record& r);

  // Merges works into `into` (their sources move; the absorbed works stay in
  // the table, marked merged, so unmerge restores them with their IDs and
  // keys).  An absorbed work's key becomes an alias of `into` (see
  // absorbed_keys()): no work holds it, and no new key takes it (a paper may still \cite it).  Returns the merge's log id.  Throws StoreError for a merged or
  // missing work.
  std::int64_t merge(std::int64_t into, const std::vector<std::int64_t>& absorbed, const std::string& kind,
                     const std::string& reason, const std::string& basis = "");
  // Reverses a merge (the latest not undone that involves `work_id`, or the
  // merge with log id `merge_id`).  Returns the restored work ids.
  std::vector<std::int64_t> unmerge_work(std::int64_t work_id);
  std::vector<std::int64_t> undo_merge(std::int64_t merge_id);
  // The latest merge not undone, if any.
  std::optional<MergeEntry> last_merge();
  std::vector<MergeEntry> merges_of(std::int64_t work_id);

  // The records of a work's sources, as imported, in source order (with the
  // parts asked for: record_from_json).
  std::vector<Record> source_records(std::int64_t work_id, const RecordParts& parts = RecordParts::all());

  // HTTP cache (Crossref responses): by URL.
  // Auto-exports: registered (replacing one of the same path), removed
  // (whether there was one), listed by path, marked written.  Outside the
  // journal: no Transaction needed.
  void keep_export(const KeptExport& k);
  bool unkeep_export(const std::string& path);
  std::vector<KeptExport> kept_exports();
  void kept_export_written(const std::string& path, std::int64_t entries);
  // Records that `library` (absolute) writes the kept export `path`.
  void kept_export_library(const std::string& path, const std::string& library);

  std::optional<CachedResponse> cache_get(const std::string& url);
  void cache_put(const std::string& url, int status, const std::string& body);

  // Records an import in the `imports` log; returns its id.
  // `labels`: the source labels the import gave, one a line.
  std::int64_t log_import(const std::string& files, std::int64_t read, std::int64_t added,
                          std::int64_t present, std::int64_t rejected, const std::string& labels = {});

  std::optional<Work> get(std::int64_t work_id);
  // Only the work's record (its view, key set), decoding `parts` of it: for
  // readers that fetch works one by one in an order of their own.
  std::optional<Record> record(std::int64_t work_id, const RecordParts& parts);
  // Works named by an ID ("12"), a DOI in any spelling normalize_doi accepts,
  // a citation key, or an accession number of a database record: a WoS UT
  // ("WOS:000123456700001", "MEDLINE:12345", "ISI:..."), a Scopus EID
  // ("2-s2.0-85079532227"), a PMID ("pmid:12345"), a PMCID ("PMC3456789");
  // a merged work's name gives the work that absorbed it.  Several works
  // when the name is theirs (works kept apart sharing a DOI).
  std::vector<std::int64_t> resolve(std::string_view id_doi_or_key);
  // The work that absorbed `work_id` (following merges), or `work_id` itself.
  std::int64_t live_work(std::int64_t work_id);
  // Calls `fn` for each live work matching `q`, in q.order; `fn` returns false to stop.
  void each(const Query& q, const std::function<bool(const Work&)>& fn);
  // The same, decoding only `parts` of each record (Query::texts need the
  // abstract, an author with a given name the creators: they are decoded
  // for the filter when needed).
  void each(const Query& q, const RecordParts& parts, const std::function<bool(const Work&)>& fn);
  std::int64_t count(const Query& q);
  // BibTeX crossref across imports: a child whose parent is not in the
  // library waits for it under the parent's key (case ignored).
  // work_by_key: the live work whose key is `key` (case ignored), if any.
  std::optional<std::int64_t> work_by_key(std::string_view key);
  void await_crossref_parent(std::int64_t child_work, std::string_view parent_key);
  bool any_crossref_pending();
  // The live works waiting for `parent_key`; they wait no more.
  std::vector<std::int64_t> take_crossref_children(std::string_view parent_key);
  // Lets `edit` change each source record of a work (it returns whether it
  // changed the record), stores the changed ones and recomputes the view.
  // Returns whether any changed.
  bool edit_sources(std::int64_t work_id, const std::function<bool(Record&)>& edit);
  // The user's own corrections (see user_fields.hpp): lets `edit` change the
  // work's user record (created empty, of format "user", when the work has
  // none), stores it and recomputes the view.  Returns whether the record
  // changed.  Throws StoreError for a work that is not live.
  bool edit_user_record(std::int64_t work_id, const std::function<void(Record&)>& edit);
  // Groups of live works with the same DOI, PMID or PMCID (kept apart on
  // import, or imported with --no-merge), one group per identifier value.
  std::vector<std::vector<std::int64_t>> works_sharing_identifiers();
  // The title of every source of each live work that has several sources
  // (work id, title as imported), by work and source order: a merged work
  // has its sources' titles besides the one its view chose.
  std::vector<std::pair<std::int64_t, std::string>> merged_source_titles();
  // The extra fields named `names` of every live work's sources (work id,
  // name, value), by work and source order: what dedup reads of the extra
  // fields (the other-language titles) without decoding whole records.
  std::vector<std::tuple<std::int64_t, std::string, std::string>> source_extra_fields(
      const std::vector<std::string>& names);
  // Every live work's summary, in id order.
  void each_summary(const std::function<void(const WorkSummary&)>& fn);
  LibraryStats stats();

  // A work whose stored record cannot be read (a damaged row: not JSON, not
  // UTF-8) is skipped by each() and reported to this handler, which by
  // default writes "LIBRARY: warning: work 12 (key): ...; skipped (see
  // 'refnet check')" to stderr.  get() and record() throw StoreError naming
  // the work instead.
  using DamagedHandler = std::function<void(std::int64_t work_id, const std::string& why)>;
  void on_damaged(DamagedHandler fn) { on_damaged_ = std::move(fn); }
  std::size_t damaged_skipped() const { return damaged_skipped_; }

  // For `refnet check`: SQLite's integrity check ("ok" when sound), and every
  // stored record as its raw JSON (the views a work has of its own, then
  // every source).
  std::vector<std::string> integrity_check();
  struct StoredRow {
    enum class Kind { view, source } kind = Kind::view;
    std::int64_t id = 0;       // the work's or the source's id
    std::int64_t work_id = 0;
    std::string citekey;       // the work's
    std::string where;         // a source's file:line
    std::string json;
  };
  void each_stored(const std::function<void(const StoredRow&)>& fn);
  // Recomputes a work's view from its sources (repair of a damaged view).
  void rederive_view(std::int64_t work_id) { refresh_view(work_id); }

  // Tags (exact strings; the CLI validates them).  add_tag/remove_tag
  // return whether they changed anything; they throw StoreError for a work
  // that does not exist or was merged (tag the work that absorbed it).
  bool add_tag(std::int64_t work_id, const std::string& tag);
  bool remove_tag(std::int64_t work_id, const std::string& tag);
  // A work's tags, sorted.
  std::vector<std::string> tags_of(std::int64_t work_id);
  // Every tag on a live work, with the number of live works carrying it,
  // sorted by tag.
  std::vector<std::pair<std::string, std::int64_t>> tag_counts();
  // The tags beginning with `prefix` on live works: (work, tag), by work.
  std::vector<std::pair<std::int64_t, std::string>> live_tags_with_prefix(const std::string& prefix);

  // Collections.  Names are unique; a saved search has a query (a
  // `refnet search` query, checked here) and no members of its own.  All
  // throw StoreError with a message for the user: a name taken or unknown,
  // a parent that would make a cycle, a work that does not exist.
  std::int64_t create_collection(const std::string& name, const std::string& parent, const std::string& query);
  // Removes a collection without children (its works stay in the library).
  void remove_collection(const std::string& name);
  // Adds/removes works; returns how many were not/were there.
  std::size_t collection_add(const std::string& name, const std::vector<std::int64_t>& works);
  std::size_t collection_remove(const std::string& name, const std::vector<std::int64_t>& works);
  // Every collection, parents before their children, siblings by name.
  std::vector<Collection> collections();

  // The trash: a trashed work is hidden from every reader (each(),
  // each_summary(), stats(), resolve() by DOI, the DOI merge of an import)
  // until restored.  trash/restore return the works they moved (live works
  // / trashed works among `ids`); empty_trash() deletes the trashed works,
  // the works merged into them and every row of any table that refers to
  // them (one journal entry: undo brings them back), and returns how many
  // trashed works it deleted.
  std::vector<std::int64_t> trash(const std::vector<std::int64_t>& ids);
  std::vector<std::int64_t> restore(const std::vector<std::int64_t>& ids);
  std::vector<TrashedWork> trashed();
  std::int64_t empty_trash();

  // Notes (`refnet note`) and attached files (`refnet attach`, absolute
  // paths): several per work; a work's own and those of the works merged
  // into it, oldest first.  add_* throw StoreError for a work not live.
  std::int64_t add_note(std::int64_t work_id, const std::string& text);
  std::vector<std::string> notes_of(std::int64_t work_id);
  // Makes the work's notes `notes` (`refnet edit`): the leading notes that
  // are unchanged stay as they were, the rest are replaced.  Returns whether
  // anything changed.
  bool set_notes(std::int64_t work_id, const std::vector<std::string>& notes);
  // Every note, by the live work it belongs to (following merges), oldest first.
  std::vector<std::pair<std::int64_t, std::string>> all_notes();
  std::int64_t add_file(std::int64_t work_id, const std::string& path);
  std::vector<std::string> files_of(std::int64_t work_id);

  // Every citation key in use.
  std::vector<std::string> citekeys();
  // The keys of absorbed works and the old keys rekey replaced, by the live
  // work they name (following merges): the aliases a paper may still \cite.
  std::vector<std::pair<std::int64_t, std::string>> absorbed_keys();
  // Sets a work's key (unique; throws StoreError on a clash).
  void set_citekey(std::int64_t work_id, const std::string& key);
  // Pinned keys are never changed by rekey (`refnet key pin`); pin_keys
  // returns how many it pinned (a pinned key stays so).
  std::int64_t pin_keys(const std::vector<std::int64_t>& ids);
  bool key_pinned(std::int64_t work_id);
  // The aliases a paper may hold, by the live work they name: all but the
  // keys refnet made up (made_up_key) for a record and never wrote out (the
  // key of a duplicate absorbed at import, a rekeyed key of a RIS record).
  // A key written out is one pinned when it stopped being the work's key
  // (an absorbed work's pin; `written` of add_key_alias).  biblatex's `ids`.
  std::vector<std::pair<std::int64_t, std::string>> citable_aliases();
  // An old key of a work: resolve() and absorbed_keys() (so export --aux)
  // find the work by it.  `written`: the key was pinned (exported) before it
  // was replaced, so a paper may cite it.
  void add_key_alias(const std::string& alias, std::int64_t work_id, bool written = false);

  // Systematic reviews (review.hpp).  The label every source record added
  // from now on gets (`import --source`); empty: default_source_label(r).
  void set_source_label(std::string label) { source_label_ = std::move(label); }
  struct SourceRow {
    std::int64_t id = 0;
    std::int64_t work_id = 0;  // the live work holding it
    std::string label;
    bool attached = false;  // added to an existing work (enrichment), not found by a search
    bool own_export = false;  // attached too: refnet's own export of the work, read back
  };
  // Every source record, in id order.
  std::vector<SourceRow> source_rows();
  // The id of the newest source record, 0 in an empty library.
  std::int64_t last_source_id();
  // The source records after `after` (one file's, just imported) labelled
  // `from` get the label `to` (FileDatabases).
  void relabel_sources(std::int64_t after, const std::string& from, const std::string& to);
  // Every merge in the log, undone ones too, in order.
  std::vector<MergeEntry> all_merges();
  // Every work row, live or absorbed: one per source record not attached.
  std::int64_t work_rows();
  // Two works a reviewer judged different: dedup never proposes them again.
  bool mark_distinct(std::int64_t a, std::int64_t b);
  // The pairs judged different, as pairs of live works (a < b), sorted.
  std::vector<std::pair<std::int64_t, std::int64_t>> distinct_pairs();
  // A reviewer's decision on a live work at a stage of screening ("title":
  // title/abstract, "fulltext"), replacing their earlier one there, or none.
  void set_screening(std::int64_t work_id, const std::string& reviewer, const std::string& decision,
                     const std::string& reason, const std::string& stage = "title");
  bool clear_screening(std::int64_t work_id, const std::string& reviewer, const std::string& stage = "title");
  // The decisions at a stage on one work (by reviewer), or on every work
  // (work_id 0; ids are the live works').
  std::vector<ScreeningDecision> screening(std::int64_t work_id = 0, const std::string& stage = "title");
  // The resolution of a work's conflict at a stage (replacing an earlier
  // one), taking it back, and the resolutions at a stage (work_id 0: every
  // work's, ids the live works').
  void set_resolution(const ScreeningResolution& r);
  bool clear_resolution(std::int64_t work_id, const std::string& stage);
  std::vector<ScreeningResolution> resolutions(std::int64_t work_id = 0, const std::string& stage = "title");

  // The connection, for tests and tools.  A Library (and this handle) is
  // used by one thread at a time.
  sqlite3* handle() { return db_; }
  // A statement of this library's, prepared once and kept for its life (by
  // its text: give a fixed text, not one made per call); the handle resets
  // it when it goes.  Defined in src/statement.hpp.
  class Prepared;
  Prepared prepared(const char* sql);

  // The journal of changes (see journal.hpp); a library opened read-only has none.
  Journal& journal();

  // The full-text index (search.hpp) is brought up to date lazily: the
  // triggers only note the works that changed; this re-indexes them, in one
  // transaction, and is called by whatever reads the index (each() with a
  // search or a saved search, `refnet check`).  A read-only Library opens
  // the file for writing once to do it; when it cannot (a file it may not
  // write), the index stays as it was, a warning on stderr says how many
  // changed works it misses, and that count is returned (0: up to date).
  std::size_t settle_search_index();
  // How many changed works the index does not reflect yet.
  std::size_t search_pending();

 private:
  struct Statements;
  std::string path_;
  sqlite3* db_ = nullptr;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<Journal> journal_;
  DamagedHandler on_damaged_;
  std::size_t damaged_skipped_ = 0;
  bool stale_search_reported_ = false;
  std::string source_label_;
  // The works whose sources hold the record's Web of Science UT or Scopus
  // EID (indexed since migration 10 -> 11), sources of this transaction too.
  std::vector<std::int64_t> works_with_database_id(const Record& r);
  // After add() joined `r` to res.work_id: the other works `confirmed`
  // (after the first) merged into it or proposed (AddResult::also_confirmed).
  // Gives a work what an importer handed it (kLibraryTag...), see add().
  void give_library_fields(std::int64_t work_id, const std::vector<ExtraField>& fields);
  void join_confirmed(const Record& r, const std::vector<std::pair<std::int64_t, std::string>>& confirmed,
                      AddResult& res);
  // The live work holding an earlier export of the entry `r` is, by the key
  // the file gave it (see add()).
  std::optional<std::int64_t> same_entry(const Record& r, std::string_view entry_key);
  // Whether `r` under `entry_key` is an entry of `work` (same_entry's test of one work).
  bool same_entry_of(const Record& r, std::string_view entry_key, std::int64_t work);
  // resolve() of a WoS UT, Scopus EID, PMID or PMCID.
  std::vector<std::int64_t> works_with_accession(std::string_view ref);
  std::optional<std::int64_t> present_source(const Record& r, std::uint64_t& hash);
  Record decode_view(std::int64_t work_id, std::string_view json, const RecordParts& parts);
  void open_connection(int flags);
  void check_owner();
  bool settled();
  void migrate();
  // Migrations 12 -> 13 and 13 -> 14: every work of more than one source
  // gets its view merged again by today's rules (one reference list per
  // work; each person's name in its best form); says how many changed and
  // `why`.  Citation keys are not the view's: they stay.
  void remerge_views(std::string_view why);
  // See AddResult::doi_spelled.
  bool take_doi_spelling(const Record& r, std::uint64_t hash, std::int64_t work);
  // See AddResult::reread.
  std::vector<std::string> take_new_reading(const Record& r, const Encoded& e, std::uint64_t hash, std::int64_t work);
  bool search_index_current();
  void ensure_search_index();
  void exec(const char* sql);
  std::optional<std::int64_t> find_source(const Record& r, std::uint64_t hash);
  // The source row is stored under `hash` (the record's content hash, or
  // the one present_source chose for a second search's record).
  std::int64_t insert_work_and_source(const Record& r, bool own_view, const Encoded& e, std::uint64_t hash);
  void insert_source(std::int64_t work_id, const Record& r, std::string_view json, bool attached, std::uint64_t hash);
  // Recomputes a work's view from its sources (merge_records).
  void refresh_view(std::int64_t work_id);
  bool is_live(std::int64_t work_id);
};

}  // namespace refnet
