// Full-text search: the library's FTS5 index and the query language of
// `refnet search`.
//
// The index (virtual table `search`, SQLite FTS5, unicode61 tokens with
// case and accents folded) holds one row per live work, rowid = work id,
// one column per entry of search_columns().  Triggers on `works`, `sources`
// and the tables a column reads note every change of a work's view, whoever
// makes it (an import, a merge, an undo replaying SQL, a user with
// `sqlite3`), in table search_dirty; the index itself is brought up to date
// when something reads it (Library::settle_search_index), so an import
// pays only for the notes.  The index's SQL is generated from the column
// list; the library rebuilds the index when the SQL it holds differs (see
// Library's constructor), so adding a column is one line below.
//
// Query language (hand-written lexer; errors give the column):
//   word            a word anywhere (case and accents ignored)
//   word*           a word starting so
//   "a phrase"      the words in this order
//   field:term      in one field: title, author, keyword, abstract,
//                   container (journal), doi, year (year:2010-2015 too), type
//   a b  /  a AND b both;  a OR b  either;  a NOT b  a without b;  ( ... )
// Precedence: NOT, then AND, then OR (as FTS5's).
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

// One column of the index.  `sql` computes its text for one work from
// r.id, r.year, r.type, r.citekey (the work's columns) and r.j_KEY, the value
// of each top-level KEY of the work's record (JSON) that `keys` names
// (comma-separated): the record is parsed once, not once per column.
// `table`, when not empty, names a table with a `work_id` column whose rows
// the value reads (triggers on it re-index the work).
struct SearchColumn {
  std::string_view name;     // the FTS5 column
  std::string_view field;    // the name a query gives it ("author" for authors)
  double weight;             // bm25 weight
  std::string_view keys;
  std::string_view sql;
  std::string_view table;
};
const std::vector<SearchColumn>& search_columns();

// The SQL that creates the index, its rank function and its triggers, and
// fills it from the works (run in a transaction on a library without it).
std::string search_index_sql();
// The triggers only note the works they concern (table search_dirty); this
// SQL re-indexes those works and empties the table (run in a transaction).
std::string search_catch_up_sql();
// The SQL that removes the index and its triggers (before a rebuild).
std::string drop_search_index_sql();

struct SearchQueryError : std::invalid_argument {
  SearchQueryError(const std::string& what, std::size_t column)
      : std::invalid_argument(what), column(column) {}
  std::size_t column;  // 1-based, in the query text
};

// Translates a query in the language above to an FTS5 MATCH expression
// (every term quoted, every group parenthesised).  Throws SearchQueryError.
std::string to_fts5(std::string_view query);

}  // namespace refnet
