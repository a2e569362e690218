// The full-text index's SQL and the search query language (see search.hpp).
#include "refnet/search.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "refnet/text.hpp"

namespace refnet {

namespace {

// A work's record (see the store's migration 1 -> 2): its own view, or its
// one source's record.  A damaged record (not JSON) is left out of the
// index, not an error.
#define REFNET_VIEW \
  "CASE WHEN w.data <> '' THEN w.data ELSE (SELECT s.data FROM sources s WHERE s.work_id = w.id ORDER BY s.id LIMIT 1) END"

// A creator's words: given, particle, family, literal.
#define REFNET_CREATOR_TEXT                                                                                  \
  "trim(coalesce(json_extract(value, '$.given'), '') || ' ' || coalesce(json_extract(value, '$.particle'), '') " \
  "|| ' ' || coalesce(json_extract(value, '$.family'), '') || ' ' || coalesce(json_extract(value, '$.literal'), ''))"

// (A keyword list's JSON text is indexed as it is: the tokenizer reads its
// words, not its quotes and commas.)  A column fed by another table with a
// work_id column is one more line, e.g. the notes of `refnet note`:
//   {"notes", "note", 1.0, "", "(SELECT group_concat(text, ' ') FROM notes n WHERE n.work_id = r.id)", "notes"},
// (its triggers on `notes` come with it; the index is rebuilt on the next open).
const std::vector<SearchColumn> kColumns = {
    // Without its rich text tags ("CO<sub>2</sub>" is found as CO2): the
    // library's connections define refnet_plain_title (strip_rich_text).
    {"title", "title", 10.0, "title", "refnet_plain_title(j_title)", ""},
    {"keywords", "keyword", 5.0, "keywords", "j_keywords", ""},
    {"abstract", "abstract", 2.0, "abstract", "j_abstract", ""},
    {"authors", "author", 4.0, "authors,editors",
     "(SELECT group_concat(n, '; ') FROM (SELECT " REFNET_CREATOR_TEXT " AS n FROM json_each(j_authors) "
     "UNION ALL SELECT " REFNET_CREATOR_TEXT " FROM json_each(j_editors)))",
     ""},
    {"container", "container", 2.0, "container_title,container_title_short",
     "trim(coalesce(j_container_title, '') || ' ' || coalesce(j_container_title_short, ''))", ""},
    {"doi", "doi", 1.0, "doi", "j_doi", ""},
    {"year", "year", 0.5, "", "year", ""},
    {"type", "type", 0.5, "", "type", ""},
    {"key", "key", 1.0, "", "citekey", ""},
    // What an importer found missing (the extra field `incomplete` of a page's record: "no authors, no DOI").
    {"incomplete", "incomplete", 0.5, "extra",
     "(SELECT group_concat(json_extract(value, '$[1]'), '; ') FROM json_each(j_extra) WHERE json_extract(value, '$[0]') = 'incomplete')",
     ""},
};

// The SELECT of one work's index row, for the work whose id is `id_sql`:
// the record's top-level keys the columns read, pivoted from one json_each
// (a GROUP BY, so SQLite does not flatten it and parse again per column).
std::string rows_select(const std::string& condition) {
  std::string cols = "rowid", values = "id", pivot;
  std::vector<std::string> keys;
  for (const SearchColumn& c : kColumns) {
    cols += ", " + std::string(c.name);
    values += ", " + std::string(c.sql);
    for (const std::string& k : split_list(c.keys, ","))
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  }
  for (const std::string& k : keys) pivot += ", max(CASE j.key WHEN '" + k + "' THEN j.value END) AS j_" + k;
  return "INSERT INTO search (" + cols + ") SELECT " + values +
         " FROM (SELECT w.id AS id, w.year AS year, w.type AS type, w.citekey AS citekey" + pivot +
         " FROM works w, json_each(CASE WHEN json_valid(" REFNET_VIEW ") THEN " REFNET_VIEW
         " END) j WHERE " + condition + " AND w.merged_into IS NULL GROUP BY w.id) r;";
}

// A trigger only notes the works it concerns in search_dirty (one
// INSERT OR IGNORE per id: an import pays nothing more); whatever reads the
// index first re-indexes them all in one statement (search_catch_up_sql,
// Library::settle_search_index).  `ids` are the SQL of the works concerned
// (NEW.id, OLD.work_id, ...).
std::string trigger(const std::string& name, const std::string& event, const std::string& when,
                    const std::vector<std::string>& ids, std::vector<std::string>* names) {
  std::string body;
  for (const std::string& id : ids) body += "INSERT OR IGNORE INTO search_dirty (work_id) VALUES (" + id + "); ";
  if (names) names->push_back(name);
  return "CREATE TRIGGER " + name + " " + event + (when.empty() ? "" : " WHEN " + when) + " BEGIN " + body + "END;\n";
}

// The triggers, and their names (for drop_search_index_sql).
std::string triggers(std::vector<std::string>* names) {
  std::string sql;
  // A new work without a view of its own is indexed when its source comes.
  sql += trigger("search_works_insert", "AFTER INSERT ON works", "NEW.data <> ''", {"NEW.id"}, names);
  sql += trigger("search_works_update", "AFTER UPDATE OF data, merged_into, year, type, citekey ON works", "",
                 {"OLD.id", "NEW.id"}, names);
  sql += trigger("search_works_delete", "AFTER DELETE ON works", "", {"OLD.id"}, names);
  sql += trigger("search_sources_insert", "AFTER INSERT ON sources", "", {"NEW.work_id"}, names);
  sql += trigger("search_sources_update", "AFTER UPDATE OF work_id, data ON sources", "",
                 {"OLD.work_id", "NEW.work_id"}, names);
  sql += trigger("search_sources_delete", "AFTER DELETE ON sources", "", {"OLD.work_id"}, names);
  for (const SearchColumn& c : kColumns) {
    if (c.table.empty()) continue;
    std::string t(c.table);
    sql += trigger("search_" + t + "_insert", "AFTER INSERT ON " + t, "", {"NEW.work_id"}, names);
    sql += trigger("search_" + t + "_update", "AFTER UPDATE ON " + t, "", {"OLD.work_id", "NEW.work_id"}, names);
    sql += trigger("search_" + t + "_delete", "AFTER DELETE ON " + t, "", {"OLD.work_id"}, names);
  }
  return sql;
}

}  // namespace

const std::vector<SearchColumn>& search_columns() { return kColumns; }

std::string search_index_sql() {
  std::string cols, weights;
  for (const SearchColumn& c : kColumns) {
    cols += std::string(c.name) + ", ";
    char w[32];
    std::snprintf(w, sizeof w, "%s%.2f", weights.empty() ? "" : ", ", c.weight);
    weights += w;
  }
  std::string sql = "CREATE VIRTUAL TABLE search USING fts5(" + cols +
                    "tokenize = 'unicode61 remove_diacritics 2');\n"
                    "INSERT INTO search (search, rank) VALUES ('rank', 'bm25(" +
                    weights + ")');\n";
  sql += "CREATE TABLE search_dirty (work_id INTEGER PRIMARY KEY);\n";
  sql += triggers(nullptr);
  // Fill it: every live work, in one statement.
  sql += rows_select("1") + "\n";
  return sql;
}

std::string search_catch_up_sql() {
  return "DELETE FROM search WHERE rowid IN (SELECT work_id FROM search_dirty);\n" +
         rows_select("w.id IN (SELECT work_id FROM search_dirty)") + "\nDELETE FROM search_dirty;\n";
}

std::string drop_search_index_sql() {
  std::string sql;
  std::vector<std::string> names;
  triggers(&names);
  for (const std::string& t : names) sql += "DROP TRIGGER IF EXISTS " + t + ";\n";
  sql += "DROP TABLE IF EXISTS search_dirty;\nDROP TABLE IF EXISTS search;\n";
  return sql;
}

// ---- the query language ----

namespace {

enum class Tok { word, phrase, colon, lparen, rparen, op_and, op_or, op_not, end };

struct Token {
  Tok kind;
  std::string text;  // the word (with a trailing '*' for a prefix) or the phrase
  std::size_t col;   // 1-based
};

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Token next() {
    while (i_ < s_.size() && is_space(s_[i_])) ++i_;
    std::size_t col = i_ + 1;
    if (i_ >= s_.size()) return {Tok::end, "", col};
    char c = s_[i_];
    if (c == '(') return ++i_, Token{Tok::lparen, "(", col};
    if (c == ')') return ++i_, Token{Tok::rparen, ")", col};
    if (c == ':') return ++i_, Token{Tok::colon, ":", col};
    if (c == '"') {
      std::size_t close = s_.find('"', i_ + 1);
      if (close == std::string_view::npos) throw SearchQueryError("a phrase is not closed (\" missing)", col);
      std::string text(s_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      if (i_ < s_.size() && s_[i_] == '*') ++i_, text += '*';
      return {Tok::phrase, text, col};
    }
    std::size_t start = i_;
    while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '(' && s_[i_] != ')' && s_[i_] != '"' && s_[i_] != ':')
      ++i_;
    std::string w(s_.substr(start, i_ - start));
    if (w == "AND") return {Tok::op_and, w, col};
    if (w == "OR") return {Tok::op_or, w, col};
    if (w == "NOT") return {Tok::op_not, w, col};
    return {Tok::word, w, col};
  }

  // The raw text up to the next space (a DOI keeps its parentheses and colons).
  std::string raw_value() {
    while (i_ < s_.size() && is_space(s_[i_])) ++i_;
    std::size_t start = i_;
    while (i_ < s_.size() && !is_space(s_[i_])) ++i_;
    std::string_view v = s_.substr(start, i_ - start);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    return std::string(v);
  }
  std::size_t pos() const { return i_; }
  void rewind(std::size_t to) { i_ = to; }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

// An FTS5 string: double quotes doubled; a trailing '*' stays outside.
std::string quoted(std::string text) {
  bool prefix = !text.empty() && text.back() == '*';
  if (prefix) text.pop_back();
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  if (prefix) out += '*';
  return out;
}

// Whether a quoted term has a token FTS5 would index (letters or digits):
// "-" or "*" alone would match nothing, or be a syntax error.
bool has_token(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80 || is_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c))) return true;
  return false;
}

std::string field_list() {
  std::string out;
  for (const SearchColumn& c : kColumns) out += (out.empty() ? "" : ", ") + std::string(c.field);
  return out;
}

const SearchColumn* find_field(std::string name) {
  name = ascii_lower(name);
  static const std::pair<const char*, const char*> kAliases[] = {
      {"authors", "author"}, {"keywords", "keyword"}, {"journal", "container"}, {"venue", "container"},
      {"kw", "keyword"},     {"ti", "title"},         {"au", "author"},         {"ab", "abstract"}};
  for (const auto& [from, to] : kAliases)
    if (name == from) name = to;
  for (const SearchColumn& c : kColumns)
    if (name == c.field) return &c;
  return nullptr;
}

class Parser {
 public:
  explicit Parser(std::string_view s) : lex_(s) { advance(); }

  std::string parse() {
    if (tok_.kind == Tok::end) throw SearchQueryError("the query is empty", tok_.col);
    std::string e = or_expr();
    if (tok_.kind == Tok::rparen) throw SearchQueryError("')' without '('", tok_.col);
    if (tok_.kind != Tok::end) throw SearchQueryError("unexpected '" + tok_.text + "'", tok_.col);
    return e;
  }

 private:
  Lexer lex_;
  Token tok_{Tok::end, "", 1};
  int depth_ = 0;

  void advance() { tok_ = lex_.next(); }

  bool starts_operand() const {
    return tok_.kind == Tok::word || tok_.kind == Tok::phrase || tok_.kind == Tok::lparen;
  }

  std::string or_expr() {
    std::string e = and_expr();
    while (tok_.kind == Tok::op_or) {
      advance();
      e = "(" + e + " OR " + and_expr() + ")";
    }
    return e;
  }

  std::string and_expr() {
    std::string e = not_expr();
    while (tok_.kind == Tok::op_and || starts_operand()) {
      if (tok_.kind == Tok::op_and) advance();
      e = "(" + e + " AND " + not_expr() + ")";
    }
    return e;
  }

  std::string not_expr() {
    std::string e = operand();
    while (tok_.kind == Tok::op_not) {
      advance();
      e = "(" + e + " NOT " + operand() + ")";
    }
    return e;
  }

  std::string operand() {
    Token t = tok_;
    switch (t.kind) {
      case Tok::lparen: {
        if (++depth_ > 64) throw SearchQueryError("parentheses nested too deep", t.col);
        advance();
        if (tok_.kind == Tok::rparen) throw SearchQueryError("empty parentheses", tok_.col);
        std::string e = or_expr();
        if (tok_.kind != Tok::rparen) throw SearchQueryError("'(' is not closed", t.col);
        --depth_;
        advance();
        return e;
      }
      case Tok::phrase:
        advance();
        return term(t);
      case Tok::word: {
        std::size_t after = lex_.pos();
        Token next = lex_.next();
        if (next.kind == Tok::colon) return field(t);
        lex_.rewind(after);
        advance();
        return term(t);
      }
      case Tok::op_not:
        throw SearchQueryError("NOT needs a term before it ('a NOT b': a without b)", t.col);
      case Tok::op_and:
      case Tok::op_or:
        throw SearchQueryError(t.text + " needs a term before it", t.col);
      case Tok::rparen:
        throw SearchQueryError("')' without '('", t.col);
      case Tok::colon:
        throw SearchQueryError("':' needs a field name before it (" + field_list() + ")", t.col);
      case Tok::end:
        break;
    }
    throw SearchQueryError("a term is missing at the end", t.col);
  }

  std::string term(const Token& t) {
    std::string text = t.text;
    if (!has_token(text)) throw SearchQueryError("'" + t.text + "' has no letter or digit to search for", t.col);
    return quoted(text);
  }

  // `name:` was read; the field's value follows.
  std::string field(const Token& name) {
    const SearchColumn* c = find_field(name.text);
    if (!c) throw SearchQueryError("'" + name.text + "' is not a field (" + field_list() + ")", name.col);
    std::string col(c->name);
    std::size_t at = lex_.pos() + 1;
    if (c->field == "doi") {
      // A DOI is one value up to the next space, whatever it holds.
      std::string v = lex_.raw_value();
      if (!has_token(v)) throw SearchQueryError("doi: needs a DOI", at);
      advance();
      return col + " : " + quoted(v);
    }
    advance();
    if (c->field == "year" && tok_.kind == Tok::word && tok_.text.find('-') != std::string::npos) {
      Token t = tok_;
      advance();
      return col + " : " + year_range(t);
    }
    if (tok_.kind == Tok::lparen || tok_.kind == Tok::word || tok_.kind == Tok::phrase)
      return col + " : " + operand_no_field();
    throw SearchQueryError(std::string(c->field) + ": needs a term after it", tok_.col);
  }

  // A term, phrase or group after `field:` (no second field inside).
  std::string operand_no_field() {
    Token t = tok_;
    if (t.kind == Tok::lparen) return operand();
    advance();
    if (tok_.kind == Tok::colon) throw SearchQueryError("a field inside a field", tok_.col);
    return term(t);
  }

  // year:2010-2015, year:2010-, year:-2010 (from 1000 / to next year).
  std::string year_range(const Token& t) {
    std::size_t dash = t.text.find('-');
    auto num = [&](std::string s, int fallback) {
      if (s.empty()) return fallback;
      if (s.size() > 4 || !std::all_of(s.begin(), s.end(), is_digit))
        throw SearchQueryError("year: '" + t.text + "' is not a year or a range Y-Y", t.col);
      return std::stoi(s);
    };
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    int from = num(t.text.substr(0, dash), 0), to = num(t.text.substr(dash + 1), tm.tm_year + 1900 + 1);
    if (!from) from = to - 200 > 0 ? to - 200 : 1;
    if (from > to) throw SearchQueryError("year: '" + t.text + "' is reversed", t.col);
    if (to - from > 400) throw SearchQueryError("year: '" + t.text + "' spans more than 400 years", t.col);
    std::string out = "(";
    for (int y = from; y <= to; ++y) out += (y == from ? "\"" : " OR \"") + std::to_string(y) + "\"";
    return out + ")";
  }
};

}  // namespace

std::string to_fts5(std::string_view query) { return Parser(query).parse(); }

}  // namespace refnet
