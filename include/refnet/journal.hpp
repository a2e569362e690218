// The journal: every change to the library, one entry per command, that
// `refnet undo` reverses whole and `refnet redo` makes again.
//
// The SQLite undo/redo technique (sqlite.org/undoredo.html): on every
// read-write open, TEMP triggers are installed on every table of the
// library (but the journal's own and http_cache), so tables added by later
// migrations are covered without their code knowing.  Each UPDATE or DELETE
// records the SQL that reverses it (the old row, as quote() writes it); an
// INSERT records only its rowid, and a run of inserts is reversed by one
// "DELETE ... WHERE rowid BETWEEN a AND b" per table, so a 100k-record
// import costs a few rows of journal, not 100k.  The statements are kept in
// memory during a transaction and written with it (journal_ops), tagged
// with the entry; the rows each entry touched (journal_rows: table, rowid
// range) tell which later entries depend on it.  Undoing runs an entry's
// statements newest first while the triggers record the statements that
// make it again (its redo); a new entry forgets every redo.
//
// Only changes made inside a Library::Transaction are journaled: every
// command that changes the library uses one.  The triggers are TEMP (this
// connection's): a user writing with the sqlite3 shell is not journaled,
// and the file does not need refnet's SQL functions to be written.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace refnet {

// The command line recorded on each entry ("refnet import refs.bib"); main()
// sets it once.
void set_journal_command(std::string command_line);

// The libraries this process changed through the journal (an entry written,
// an undo, a redo), by SQLite file name, each with the entry its last change
// wrote (0 when it was an undo or a redo); forgotten once taken.  main()
// rewrites their kept exports (`export --keep`) after the command.
std::map<std::string, std::int64_t> take_journaled_changes();

struct JournalEntry {
  std::int64_t id = 0;
  std::string at;       // ISO 8601 UTC, when the entry was made
  std::string command;  // the command line
  std::string summary;  // what changed: the command's own words, then rows per table
  std::string undone_at;  // set while the entry is undone
  bool redoable = false;  // undone, and no entry made since
};

class Journal {
 public:
  // Installs the triggers and the functions they call on `db` (read-write).
  explicit Journal(sqlite3* db);
  Journal(const Journal&) = delete;
  Journal& operator=(const Journal&) = delete;

  // Library::Transaction calls these: recording starts with the transaction;
  // commit writes what was recorded (before SQL COMMIT), rollback forgets it.
  void transaction_begun();
  void before_commit();
  void rolled_back();

  // Makes this connection's changes part of entry `id` (the newest live
  // one, made by the command before: a kept export pinning the keys it
  // wrote) instead of a new entry; its summary is added to.
  void continue_entry(std::int64_t id);

  // Words of the command's own about what it did ("set title on work 12"),
  // shown before the row counts.  Several calls add up.
  void describe(const std::string& what);

  // The entries, newest first (at most `limit`, 0: all).
  std::vector<JournalEntry> entries(std::size_t limit = 0);
  std::optional<JournalEntry> entry(std::int64_t id);
  // The newest entry not undone / the entry `redo` would make again.
  std::optional<std::int64_t> last_live();
  std::optional<std::int64_t> last_redoable();
  // The live entries after `id` that touched a row `id` touched.
  std::vector<std::int64_t> dependents(std::int64_t id);

  // Reverses / makes again a whole entry, inside the caller's transaction.
  // Throws StoreError: no such entry, already undone (not undone), later
  // live entries depend on it (they are named), or the library refused a
  // statement (a row another entry needs).
  void undo(std::int64_t id);
  void redo(std::int64_t id);

  // Journal size: statements kept, and their bytes.
  std::pair<std::int64_t, std::int64_t> size();

  // Called by the triggers (through SQL functions).
  void on_insert(const char* table, std::int64_t rowid);
  void on_change(const char* table, char kind, std::int64_t rowid, std::string sql);
  bool recording() const { return recording_; }

 private:
  struct Range {
    std::int64_t lo, hi;
  };
  void install_triggers();
  void close_insert_group();
  bool add_to_update_group(const std::string& sql, std::int64_t rowid);
  void close_update_group();
  void clear();
  void apply(std::int64_t id, int direction);
  void touch(const std::string& table, std::int64_t rowid);
  std::string counts_summary() const;

  sqlite3* db_;
  bool recording_ = false;
  // What this transaction does: kNormal, or undoing/redoing entry target_.
  enum class Mode { normal, undoing, redoing } mode_ = Mode::normal;
  std::int64_t target_ = 0;
  // The entry this Library (this command) writes to, once it has one.
  std::int64_t entry_ = 0;
  std::string described_;
  std::string continued_;  // the summary of the entry continue_entry() named
  // Reversing statements, oldest first; the open group of inserts (tables
  // in order of first insert, each with its rowid ranges).
  std::vector<std::string> ops_;
  std::vector<std::pair<std::string, std::vector<Range>>> inserts_;
  // The open run of one-row UPDATEs that change the same columns to the same
  // values: one statement for all their rowids (see add_to_update_group).
  struct UpdateGroup {
    std::string head;     // "UPDATE main.\"t\" SET "
    std::string changes;  // "\"col\"=value,..."
    std::vector<std::int64_t> rowids;
  } updates_;
  std::map<std::string, std::vector<Range>> touched_;
  // Rows added / changed / deleted per table, for the summary.
  std::map<std::string, std::array<std::int64_t, 3>> counts_;
  std::map<std::string, std::array<std::int64_t, 3>> entry_counts_;
};

}  // namespace refnet
