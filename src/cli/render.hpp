// Text and JSON renderings of works shared by list, show and other commands.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli.hpp"
#include "refnet/exporter.hpp"

#include "refnet/store.hpp"

namespace refnet::cli {

// "Kassen", "Knox & Janenova", "Knox et al."
std::string short_authors(const Record& r);
// One line: "12  kassen2018promoting  2018  Kassen  Promoting public ... (Int. Rev. ...)"
std::string list_line(const Work& w);
// The work as JSON: its record's fields plus "id" and "sources".
std::string work_json(const Work& w);

// Parts of a record without abstract, references and extras; creators when asked.
RecordParts light_parts(bool creators);

// The works `q` selects, sorted by folded first author (then year) or by
// folded title; ties by key, then id.  One light pass over the library
// keeps only the sort keys, never the records.
enum class SortText { author, title };
std::vector<std::int64_t> ids_sorted_by(Library& lib, const Query& q, SortText by);

// The output options of `list` and `search`: --format, --columns, --sort.
// (A function: the command specs that copy them are built during static
// initialisation, in no set order across files.)
const std::vector<OptionSpec>& listing_options();

// Writes works as `list` and `search` show them, in the format --format
// names (text, tsv, csv, json, keys; --json is json), TSV/CSV with the
// columns of the CSV exporter (--columns).  Throws UsageError for a bad
// format or column.
class Listing {
 public:
  Listing(Library& lib, const Args& args);
  ~Listing();
  // What each() must decode of the works given to put().
  RecordParts parts() const;
  void put(const Work& w);
  // Ends the output and shows it: through a pager when stdout is a terminal
  // and the format is text.  Returns the number of works.
  std::size_t finish();

 private:
  enum class Format { text, tsv, csv, json, keys };
  Library& lib_;
  Format format_ = Format::text;
  std::unique_ptr<RecordWriter> writer_;
  std::unordered_map<std::string, WorkFacts> facts_;  // csv/tsv: sources, tags, decision, notes
  std::string out_;
  std::size_t n_ = 0;
};

// Puts the works `q` selects into `listing`, in the order `sort` names
// (--sort: year, author, title, added, key, each reversed with '-' before
// it; empty: q.order), the
// first q.limit of them in that order.  Throws UsageError for another sort.
void put_works(Library& lib, Query q, const std::string& sort, Listing& listing);
// list's and search's output: the works `q` selects, in the order and
// format the options name, and "N works" on stderr.
int show_works(Library& lib, const Query& q, const Args& args);

}  // namespace refnet::cli
