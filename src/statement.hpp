// SQLite statements of a Library (store.cpp, and the modules that query the
// library's tables directly): refnet's own, not installed.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "refnet/store.hpp"

namespace refnet {

// Column i of the statement's current row as text ('' for NULL), without a
// copy: valid until the statement steps or resets.
inline std::string_view column_view(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? std::string_view(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(s, i)))
           : std::string_view();
}

// The same, copied.
inline std::string column_text(sqlite3_stmt* s, int i) { return std::string(column_view(s, i)); }

// A prepared statement, reset after each use.
class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr) != SQLITE_OK)
      throw StoreError(std::string("cannot prepare statement: ") + sqlite3_errmsg(db));
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(s_, i, v));
    return *this;
  }
  Stmt& bind(int i, std::string_view v) {
    check(sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  // Not copied: `v` must outlive the statement's step (a record's JSON).
  Stmt& bind_static(int i, std::string_view v) {
    check(sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
    return *this;
  }
  Stmt& bind_null(int i) {
    check(sqlite3_bind_null(s_, i));
    return *this;
  }
  Stmt& bind_opt(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }
  // True while there is a row.
  bool step() {
    int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = sqlite3_errmsg(db_);
    reset();
    throw StoreError(msg);
  }
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  sqlite3_stmt* get() { return s_; }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) throw StoreError(std::string("cannot bind: ") + sqlite3_errmsg(db_));
  }
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

// A statement prepared() keeps, reset (and free for the next caller) when the
// handle goes; or, when the kept one was in use (a caller up the stack is
// stepping it), one of the handle's own, finalized when it goes.
class Library::Prepared {
 public:
  Prepared(Stmt* kept, bool* in_use) : stmt_(kept), in_use_(in_use) { *in_use_ = true; }
  explicit Prepared(std::unique_ptr<Stmt> own) : own_(std::move(own)), stmt_(own_.get()) {}
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;
  ~Prepared() {
    if (!in_use_) return;
    stmt_->reset();
    *in_use_ = false;
  }
  // Stmt's own calls.
  template <class... A>
  Stmt& bind(A&&... a) { return stmt_->bind(std::forward<A>(a)...); }
  Stmt& bind_static(int i, std::string_view v) { return stmt_->bind_static(i, v); }
  Stmt& bind_null(int i) { return stmt_->bind_null(i); }
  Stmt& bind_opt(int i, std::string_view v) { return stmt_->bind_opt(i, v); }
  bool step() { return stmt_->step(); }
  void run() { stmt_->run(); }
  void reset() { stmt_->reset(); }
  sqlite3_stmt* get() { return stmt_->get(); }
  operator Stmt&() { return *stmt_; }

 private:
  std::unique_ptr<Stmt> own_;
  Stmt* stmt_;
  bool* in_use_ = nullptr;
};

}  // namespace refnet
