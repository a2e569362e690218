#include "refnet/journal.hpp"

#include <sqlite3.h>

#include <algorithm>

#include "refnet/store.hpp"
#include "statement.hpp"

namespace refnet {

namespace {

std::string& command_line() {
  static std::string line = "refnet";
  return line;
}

// Tables the journal does not cover: its own, the auto-exports (their
// registration and clock are no change to the library), the HTTP cache (not the
// user's data: a fetch that is undone keeps its cached responses), and the
// full-text index (`search`, its FTS5 shadow tables, its definition and
// queue: derived data that its own triggers on works and sources keep in
// step with whatever undo and redo replay).
bool journaled(const std::string& table) {
  return table != "journal" && table != "journal_ops" && table != "journal_rows" && table != "http_cache" &&
         table != "auto_exports" &&
         table != "search" && table.rfind("search_", 0) != 0 && table.rfind("sqlite_", 0) != 0;
}

std::string ident(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// `s` as an SQL string literal.
std::string literal(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The journal's statements: statement.hpp's, with the column reads its
// queries use.
class Sql : public Stmt {
 public:
  Sql(sqlite3* db, const std::string& sql) : Stmt(db, sql.c_str()) {}
  std::int64_t integer(int i) { return sqlite3_column_int64(get(), i); }
  std::string text(int i) { return column_text(get(), i); }
  bool null(int i) { return sqlite3_column_type(get(), i) == SQLITE_NULL; }
};

void exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    throw StoreError(msg);
  }
}

Journal* self(sqlite3_context* ctx) { return static_cast<Journal*>(sqlite3_user_data(ctx)); }
const char* text_arg(sqlite3_value* v) {
  const unsigned char* t = sqlite3_value_text(v);
  return t ? reinterpret_cast<const char*>(t) : "";
}

void fn_on(sqlite3_context* ctx, int, sqlite3_value**) { sqlite3_result_int(ctx, self(ctx)->recording() ? 1 : 0); }
void fn_insert(sqlite3_context* ctx, int, sqlite3_value** argv) {
  self(ctx)->on_insert(text_arg(argv[0]), sqlite3_value_int64(argv[1]));
  sqlite3_result_null(ctx);
}
void fn_change(sqlite3_context* ctx, int, sqlite3_value** argv) {
  self(ctx)->on_change(text_arg(argv[0]), text_arg(argv[1])[0], sqlite3_value_int64(argv[2]), text_arg(argv[3]));
  sqlite3_result_null(ctx);
}

}  // namespace

void set_journal_command(std::string line) { command_line() = std::move(line); }

Journal::Journal(sqlite3* db) : db_(db) {
  int flags = SQLITE_UTF8;
  if (sqlite3_create_function_v2(db, "refnet_journal_on", 0, flags, this, fn_on, nullptr, nullptr, nullptr) ||
      sqlite3_create_function_v2(db, "refnet_journal_insert", 2, flags, this, fn_insert, nullptr, nullptr, nullptr) ||
      sqlite3_create_function_v2(db, "refnet_journal_change", 4, flags, this, fn_change, nullptr, nullptr, nullptr))
    throw StoreError(std::string("journal: ") + sqlite3_errmsg(db));
  // The triggers are made by the first transaction (transaction_begun), not
  // here: the import's PRAGMA temp_store drops them before its transaction
  // (made twice, 16.6 M instructions more), and a command that opens the
  // library to write but changes nothing needs none.
}

// For each table: an INSERT is logged by rowid; an UPDATE by the statement
// that puts the old row back; a DELETE by the INSERT of the old row.
// WITHOUT ROWID tables are keyed by their primary key columns instead.
void Journal::install_triggers() {
  std::vector<std::pair<std::string, bool>> tables;  // name, without rowid
  {
    Sql q(db_, "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' ORDER BY name");
    while (q.step())
      if (journaled(q.text(0))) tables.emplace_back(q.text(0), q.integer(1) != 0);
  }
  std::string sql;
  for (const auto& [table, without_rowid] : tables) {
    std::vector<std::string> columns, keys;
    {
      Sql q(db_, "SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid");
      q.bind(1, table);
      while (q.step()) {
        columns.push_back(q.text(0));
        if (q.integer(1) > 0) keys.push_back(q.text(0));
      }
    }
    const std::string t = literal(table), target = "main." + ident(table);
    // SQL expressions (over `row`: old or new) that write the pieces of a statement.
    auto where = [&](const char* row) {
      if (!without_rowid) return std::string("' WHERE rowid=' || ") + row + ".rowid";
      std::string w = "' WHERE '";
      for (std::size_t i = 0; i < keys.size(); ++i)
        w += " || " + literal((i ? " AND " : "") + ident(keys[i]) + "=") + " || quote(" + row + "." + ident(keys[i]) + ")";
      return w;
    };
    std::string set = without_rowid ? "''" : "'rowid=' || old.rowid";
    std::string names = without_rowid ? "" : "rowid", values = without_rowid ? "''" : "old.rowid";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      bool first = without_rowid && i == 0;
      // Only the columns the UPDATE changed (a merge moving a source would
      // otherwise copy its whole record into the journal); the first column
      // of a WITHOUT ROWID table always, so that the list starts without a comma.
      const std::string col = ident(columns[i]);
      std::string piece = literal((first ? "" : ",") + col + "=") + " || quote(old." + col + ")";
      if (first) set += " || " + piece;
      else set += " || CASE WHEN old." + col + " IS NOT new." + col + " THEN " + piece + " ELSE '' END";
      names += (names.empty() ? "" : ",") + ident(columns[i]);
      values += std::string(" || ") + (first ? "" : "',' || ") + "quote(old." + ident(columns[i]) + ")";
    }
    auto rowid = [&](const char* row) { return without_rowid ? std::string("0") : std::string(row) + ".rowid"; };
    sql += "DROP TRIGGER IF EXISTS temp." + ident("refnet_journal_i_" + table) + ";";
    sql += "DROP TRIGGER IF EXISTS temp." + ident("refnet_journal_u_" + table) + ";";
    sql += "DROP TRIGGER IF EXISTS temp." + ident("refnet_journal_d_" + table) + ";";
    sql += "CREATE TEMP TRIGGER " + ident("refnet_journal_i_" + table) + " AFTER INSERT ON " + target +
           " WHEN refnet_journal_on() BEGIN SELECT ";
    if (!without_rowid)
      sql += "refnet_journal_insert(" + t + ", new.rowid); END;";
    else
      sql += "refnet_journal_change(" + t + ", 'i', 0, " + literal("DELETE FROM " + target) + " || " + where("new") +
             "); END;";
    sql += "CREATE TEMP TRIGGER " + ident("refnet_journal_u_" + table) + " AFTER UPDATE ON " + target +
           " WHEN refnet_journal_on() BEGIN SELECT refnet_journal_change(" + t + ", 'u', " + rowid("old") + ", " +
           literal("UPDATE " + target + " SET ") + " || " + set + " || " + where("new") + "); END;";
    sql += "CREATE TEMP TRIGGER " + ident("refnet_journal_d_" + table) + " AFTER DELETE ON " + target +
           " WHEN refnet_journal_on() BEGIN SELECT refnet_journal_change(" + t + ", 'd', " + rowid("old") + ", " +
           literal("INSERT INTO " + target + "(" + names + ") VALUES(") + " || " + values + " || ')'); END;";
  }
  exec(db_, sql);
}

void Journal::transaction_begun() {
  // PRAGMA temp_store (the import sets it: its statement journals in
  // memory) drops the connection's TEMP objects, these triggers among them:
  // without them the transaction would be no entry, and undo would have nothing.
  Sql present(db_,
              "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE "
              "'refnet\\_journal\\_%' ESCAPE '\\')");
  if (!present.step() || present.integer(0) == 0) install_triggers();
  clear();
  mode_ = Mode::normal;
  recording_ = true;
}

void Journal::rolled_back() {
  clear();
  mode_ = Mode::normal;
  recording_ = false;
}

void Journal::clear() {
  ops_.clear();
  updates_.rowids.clear();
  inserts_.clear();
  touched_.clear();
  counts_.clear();
}

namespace {
std::map<std::string, std::int64_t>& journaled_changes() {
  static std::map<std::string, std::int64_t> changes;
  return changes;
}
}  // namespace

std::map<std::string, std::int64_t> take_journaled_changes() {
  std::map<std::string, std::int64_t> out;
  out.swap(journaled_changes());
  return out;
}

void Journal::continue_entry(std::int64_t id) {
  Sql q(db_, "SELECT summary FROM journal WHERE id = ?1");
  q.bind(1, id);
  if (!q.step()) throw StoreError("journal entry " + std::to_string(id) + " does not exist");
  continued_ = q.text(0);
  entry_ = id;
}

void Journal::describe(const std::string& what) {
  if (what.empty()) return;
  if (!described_.empty()) described_ += "; ";
  described_ += what;
}

void Journal::touch(const std::string& table, std::int64_t rowid) {
  auto& ranges = touched_[table];
  if (!ranges.empty() && rowid >= ranges.back().lo - 1 && rowid <= ranges.back().hi + 1) {
    ranges.back().lo = std::min(ranges.back().lo, rowid);
    ranges.back().hi = std::max(ranges.back().hi, rowid);
  } else {
    ranges.push_back({rowid, rowid});
  }
}

void Journal::on_insert(const char* table, std::int64_t rowid) {
  close_update_group();
  ++counts_[table][0];
  touch(table, rowid);
  for (auto& [t, ranges] : inserts_) {
    if (t != table) continue;
    // Runs up (an import) or down (a redo puts rows back newest first).
    Range& last = ranges.back();
    if (rowid == last.hi + 1) last.hi = rowid;
    else if (rowid == last.lo - 1) last.lo = rowid;
    else ranges.push_back({rowid, rowid});
    return;
  }
  inserts_.push_back({table, {{rowid, rowid}}});
}

void Journal::on_change(const char* table, char kind, std::int64_t rowid, std::string sql) {
  close_insert_group();
  ++counts_[table][kind == 'u' ? 1 : kind == 'd' ? 2 : 0];
  if (kind != 'i' || rowid) touch(table, rowid);
  if (kind == 'u' && add_to_update_group(sql, rowid)) return;
  close_update_group();
  ops_.push_back(std::move(sql));
}

// An UPDATE of one row that keeps its rowid is written by the trigger as
// "UPDATE t SET rowid=N,<changes> WHERE rowid=N".  A run of them with the
// same <changes> (key pin of 38k works: key_pinned=0 each) becomes one
// "UPDATE t SET <changes> WHERE rowid IN (...)": undoing it is one statement,
// not 38k (15 s).
bool Journal::add_to_update_group(const std::string& sql, std::int64_t rowid) {
  const std::string id = std::to_string(rowid), where = " WHERE rowid=" + id, set = " SET rowid=" + id + ",";
  std::size_t at = sql.find(set);
  if (at == std::string::npos || sql.size() < where.size() || sql.compare(sql.size() - where.size(), where.size(), where) != 0)
    return false;
  std::string head = sql.substr(0, at) + " SET ";
  std::size_t rest_begin = at + set.size();
  std::string changes = sql.substr(rest_begin, sql.size() - where.size() - rest_begin);
  if (!updates_.rowids.empty() && (updates_.head != head || updates_.changes != changes)) close_update_group();
  if (updates_.rowids.empty()) {
    updates_.head = std::move(head);
    updates_.changes = std::move(changes);
  }
  updates_.rowids.push_back(rowid);
  return true;
}

void Journal::close_update_group() {
  if (updates_.rowids.empty()) return;
  constexpr std::size_t kChunk = 10000;  // rowids a statement
  for (std::size_t i = 0; i < updates_.rowids.size(); i += kChunk) {
    std::string sql = updates_.head + updates_.changes + " WHERE rowid IN (";
    for (std::size_t k = i; k < std::min(updates_.rowids.size(), i + kChunk); ++k)
      sql += (k == i ? "" : ",") + std::to_string(updates_.rowids[k]);
    ops_.push_back(sql + ")");
  }
  updates_.rowids.clear();
}

// The open run of inserts becomes one statement: tables in the reverse
// order of their first insert (a source goes before the work it names).
void Journal::close_insert_group() {
  if (inserts_.empty()) return;
  close_update_group();
  std::string sql;
  for (auto it = inserts_.rbegin(); it != inserts_.rend(); ++it)
    for (const Range& r : it->second)
      sql += "DELETE FROM main." + ident(it->first) + " WHERE rowid" +
             (r.lo == r.hi ? "=" + std::to_string(r.lo) : " BETWEEN " + std::to_string(r.lo) + " AND " + std::to_string(r.hi)) +
             ";";
  inserts_.clear();
  ops_.push_back(std::move(sql));
}

std::string Journal::counts_summary() const {
  std::string out;
  for (const auto& [table, n] : entry_counts_) {
    if (!out.empty()) out += ", ";
    out += table;
    if (n[0]) out += " +" + std::to_string(n[0]);
    if (n[1]) out += " ~" + std::to_string(n[1]);
    if (n[2]) out += " -" + std::to_string(n[2]);
  }
  return out;
}

void Journal::before_commit() {
  if (!recording_) return;
  close_insert_group();
  close_update_group();
  recording_ = false;
  if (ops_.empty() && mode_ == Mode::normal) {
    clear();
    return;
  }
  int direction = mode_ == Mode::undoing ? 1 : 0;
  std::int64_t id = target_;
  if (mode_ == Mode::normal) {
    for (const auto& [table, n] : counts_)
      for (int i = 0; i < 3; ++i) entry_counts_[table][i] += n[i];
    std::string summary = described_;
    std::string counts = counts_summary();
    if (!counts.empty()) summary += (summary.empty() ? "" : "; ") + counts;
    if (!continued_.empty()) summary = continued_ + (summary.empty() ? "" : "; ") + summary;
    if (!entry_) {
      // A new entry: what was undone can no longer be made again.
      exec(db_, "DELETE FROM journal_ops WHERE redo = 1; UPDATE journal SET redoable = 0 WHERE redoable = 1");
      Sql ins(db_, "INSERT INTO journal (command, summary) VALUES (?1, ?2)");
      ins.bind(1, command_line()).bind(2, summary);
      ins.run();
      entry_ = sqlite3_last_insert_rowid(db_);
    } else {
      Sql up(db_, "UPDATE journal SET summary = ?2 WHERE id = ?1");
      up.bind(1, entry_).bind(2, summary);
      up.run();
    }
    id = entry_;
    Sql row(db_, "INSERT INTO journal_rows (entry, tbl, lo, hi) VALUES (?1, ?2, ?3, ?4)");
    for (auto& [table, ranges] : touched_) {
      std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.lo < b.lo; });
      std::vector<Range> merged;
      for (const Range& r : ranges) {
        if (!merged.empty() && r.lo <= merged.back().hi + 1) merged.back().hi = std::max(merged.back().hi, r.hi);
        else merged.push_back(r);
      }
      for (const Range& r : merged) {
        row.bind(1, id).bind(2, table).bind(3, r.lo).bind(4, r.hi);
        row.run();
      }
    }
  }
  Sql op(db_, "INSERT INTO journal_ops (entry, redo, sql) VALUES (?1, ?2, ?3)");
  for (const auto& sql : ops_) {
    op.bind(1, id).bind(2, std::int64_t{direction}).bind(3, sql);
    op.run();
  }
  if (mode_ == Mode::undoing) {
    Sql done(db_,
               "UPDATE journal SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), redoable = 1, "
               "undone_seq = (SELECT coalesce(max(undone_seq), 0) + 1 FROM journal) WHERE id = ?1");
    done.bind(1, id);
    done.run();
  } else if (mode_ == Mode::redoing) {
    Sql done(db_, "UPDATE journal SET undone_at = NULL, redoable = 0, undone_seq = NULL WHERE id = ?1");
    done.bind(1, id);
    done.run();
  }
  const char* file = sqlite3_db_filename(db_, "main");
  journaled_changes()[file ? file : ""] = mode_ == Mode::normal ? id : 0;
  clear();
  mode_ = Mode::normal;
}

namespace {
JournalEntry entry_from(Sql& q) {
  JournalEntry e;
  e.id = q.integer(0);
  e.at = q.text(1);
  e.command = q.text(2);
  e.summary = q.text(3);
  e.undone_at = q.text(4);
  e.redoable = q.integer(5) != 0;
  return e;
}
constexpr const char* kEntryColumns = "SELECT id, at, command, summary, undone_at, redoable FROM journal ";
}  // namespace

std::vector<JournalEntry> Journal::entries(std::size_t limit) {
  std::vector<JournalEntry> out;
  Sql q(db_, std::string(kEntryColumns) + "ORDER BY id DESC" + (limit ? " LIMIT " + std::to_string(limit) : ""));
  while (q.step()) out.push_back(entry_from(q));
  return out;
}

std::optional<JournalEntry> Journal::entry(std::int64_t id) {
  Sql q(db_, std::string(kEntryColumns) + "WHERE id = ?1");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return entry_from(q);
}

std::optional<std::int64_t> Journal::last_live() {
  Sql q(db_, "SELECT max(id) FROM journal WHERE undone_at IS NULL");
  if (!q.step() || q.null(0)) return std::nullopt;
  return q.integer(0);
}

std::optional<std::int64_t> Journal::last_redoable() {
  Sql q(db_, "SELECT id FROM journal WHERE redoable = 1 ORDER BY undone_seq DESC LIMIT 1");
  if (!q.step()) return std::nullopt;
  return q.integer(0);
}

std::vector<std::int64_t> Journal::dependents(std::int64_t id) {
  std::vector<std::int64_t> out;
  Sql q(db_,
          "SELECT DISTINCT b.entry FROM journal_rows a "
          "JOIN journal_rows b ON b.tbl = a.tbl AND b.lo <= a.hi AND a.lo <= b.hi AND b.entry > a.entry "
          "JOIN journal j ON j.id = b.entry AND j.undone_at IS NULL "
          "WHERE a.entry = ?1 ORDER BY b.entry");
  q.bind(1, id);
  while (q.step()) out.push_back(q.integer(0));
  return out;
}

void Journal::apply(std::int64_t id, int direction) {
  std::vector<std::string> ops;
  {
    Sql q(db_, "SELECT sql FROM journal_ops WHERE entry = ?1 AND redo = ?2 ORDER BY id DESC");
    q.bind(1, id).bind(2, std::int64_t{direction});
    while (q.step()) ops.push_back(q.text(0));
  }
  Sql del(db_, "DELETE FROM journal_ops WHERE entry = ?1 AND redo = ?2");
  del.bind(1, id).bind(2, std::int64_t{direction});
  del.run();
  const char* what = direction == 0 ? "undo" : "redo";
  for (const auto& sql : ops) {
    try {
      exec(db_, sql);
    } catch (const StoreError& e) {
      throw StoreError(std::string("cannot ") + what + " entry " + std::to_string(id) + ": " + e.what() +
                       " (a later change needs what it would take back)");
    }
  }
}

void Journal::undo(std::int64_t id) {
  auto e = entry(id);
  if (!e) throw StoreError("no entry " + std::to_string(id) + " in the journal (see 'refnet log')");
  if (!e->undone_at.empty()) throw StoreError("entry " + std::to_string(id) + " is already undone");
  auto later = dependents(id);
  if (!later.empty()) {
    std::string list;
    for (std::int64_t l : later) list += (list.empty() ? "" : ", ") + std::to_string(l);
    throw StoreError("entry " + std::to_string(id) + " cannot be undone alone: later entr" +
                     (later.size() == 1 ? "y " : "ies ") + list + " changed the same rows; undo " +
                     (later.size() == 1 ? "it" : "them") + " first");
  }
  if (!ops_.empty() || !inserts_.empty() || !updates_.rowids.empty())
    throw StoreError("undo: the transaction already changed the library");
  mode_ = Mode::undoing;
  target_ = id;
  apply(id, 0);
}

void Journal::redo(std::int64_t id) {
  auto e = entry(id);
  if (!e) throw StoreError("no entry " + std::to_string(id) + " in the journal (see 'refnet log')");
  if (!e->redoable)
    throw StoreError("entry " + std::to_string(id) + (e->undone_at.empty() ? " is not undone" : " can no longer be redone: later changes were made"));
  if (!ops_.empty() || !inserts_.empty() || !updates_.rowids.empty())
    throw StoreError("redo: the transaction already changed the library");
  mode_ = Mode::redoing;
  target_ = id;
  apply(id, 1);
}

std::pair<std::int64_t, std::int64_t> Journal::size() {
  Sql q(db_, "SELECT count(*), coalesce(sum(length(CAST(sql AS BLOB))), 0) FROM journal_ops");
  q.step();
  return {q.integer(0), q.integer(1)};
}

}  // namespace refnet
