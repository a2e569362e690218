// The command-line front end: one file per subcommand, this header between them.
#pragma once

#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/store.hpp"

namespace refnet::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  const char* name;     // "format" for --format
  const char* metavar;  // nullptr for a flag
  const char* help;
  bool repeatable = false;
  // The values it takes, space-separated, when they are a fixed set: shell
  // completion offers them and `config set` checks them.
  const char* values = nullptr;
};

struct CommandSpec {
  const char* name;
  const char* usage;    // "refnet import [options] FILE..."
  const char* summary;  // one line, for `refnet --help`
  const char* details;  // more text after the options, may be ""
  std::vector<OptionSpec> options;
  const char* examples = "";  // command lines, one a line, for --help, the man page and `refnet help`
};

// Options every command takes: --library PATH, --json, --help.
// The selection options of `list`, `export`, ...: --year, --author, --keyword,
// --type, --text, --limit.
extern const std::vector<OptionSpec> kSelectionOptions;

class Args {
 public:
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  // The last value given, or `fallback`.
  std::string get(const std::string& name, const std::string& fallback = {}) const;
  const std::vector<std::string>& all(const std::string& name) const;
  const std::vector<std::string>& positionals() const { return positionals_; }
  bool json() const { return has("json"); }

 private:
  friend Args parse_args(const CommandSpec&, const std::vector<std::string>&);
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positionals_;
};

// Parses argv after the subcommand name.  Accepts --opt VALUE and --opt=VALUE,
// `--` ends options, `-` is a positional (stdin).  Throws UsageError.
Args parse_args(const CommandSpec& spec, const std::vector<std::string>& argv);
void print_help(std::ostream& out, const CommandSpec& spec);
// The man page refnet(1), troff, from every command's spec (`refnet help --man`).
void print_man_page(std::ostream& out);
// --library, --json, --help: what every command takes.
const std::vector<OptionSpec>& common_options();
// The candidate nearest `word` (edit distance, or `word` a prefix of it),
// when near enough to be a slip; else empty.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);
// "no work in the library is named 'NAME' (...)", with the key it names in
// another case when there is one ("did you mean 'smith2020'?").
std::string no_work_named(Library& lib, const std::string& name);
// "'NAME' names 2 works; name one by its ID:" and a line for each (list_line).
std::string names_several_works(Library& lib, const std::string& name, const std::vector<std::int64_t>& ids);
// The one work `name` names (Library::resolve: an ID, DOI, key, WoS UT,
// Scopus EID, PMID, PMCID), as a list of one; UsageError when it names none
// (no_work_named) or several (names_several_works).
std::vector<std::int64_t> works_named(Library& lib, const std::string& name);

// Opens the library named by --library / REFNET_LIBRARY / XDG default.
// Commands that only read pass Library::Access::read_only.
Library open_library(const Args& args, bool create = true, Library::Access access = Library::Access::read_write);

// Builds the selection from the selection options and positional
// IDs/DOIs/keys (each must name at least one work; UsageError otherwise).
// With `missing`, names that resolve to no work are collected there instead
// of failing (a selection of only unknown names then selects no work).
// The first `skip` positionals are no works (`search`'s query words,
// `collection add`'s action and name).
Query selection_from_args(const Args& args, Library& lib, std::vector<std::string>* missing = nullptr,
                          std::size_t skip = 0);
// Whether a selection option other than --limit is given (a command that
// changes works wants names or a filter, never "everything" by default).
bool has_selection_filter(const Args& args);
// An id no work has: a Query of it alone selects nothing.
inline constexpr std::int64_t kNoWork = -1;

// While alive, everything written to `out` (std::cout) goes through
// terminal_safe (refnet/text.hpp): imported data never sends control
// characters to the terminal.  list, show, stats, network and check print
// under one.
class TerminalSafeOutput {
 public:
  explicit TerminalSafeOutput(std::ostream& out);
  ~TerminalSafeOutput();
  TerminalSafeOutput(const TerminalSafeOutput&) = delete;
  TerminalSafeOutput& operator=(const TerminalSafeOutput&) = delete;

 private:
  struct Filter;
  std::ostream& out_;
  std::unique_ptr<Filter> filter_;
};

// Applies a table named on the command line (--decisions FILE, - for
// standard input) as one change: `apply` reads its decoded text and reports
// to the diagnostics, printed after (on stderr).  Returns whether any is an
// error.  (dedup --decisions, screen --decisions)
bool apply_table_arg(Library& lib, const std::string& path,
                     const std::function<void(std::string_view text, Diagnostics& diags)>& apply);

// The one work `name` names (works_named); UsageError naming it otherwise.
std::int64_t one_work(Library& lib, const std::string& name);
// Opens $VISUAL, else $EDITOR, else vi on a temporary file (name ending in
// `suffix`) holding `text`; returns the file's text when the editor exits.
// Throws StoreError when the editor fails.
std::string run_editor(const std::string& text, const std::string& suffix);

// `s` quoted for /bin/sh ('...', a quote written '\'').
std::string shell_quote(const std::string& s);
// One SQL statement with text parameters on the library's connection (tag
// and collection renames): its first column when it returns a row (a
// count), else the number of rows it changed.  StoreError on failure.
std::int64_t run_sql(Library& lib, const char* sql, const std::vector<std::string>& params);

// JSON string quoting for --json output.
std::string json_quote(const std::string& s);
// A JSON array of strings: ["a","b"].
std::string json_string_array(const std::vector<std::string>& items);

// The subcommands.  Each returns the process exit status.
struct Command {
  const CommandSpec* spec;
  int (*run)(const Args& args);
};
const std::vector<Command>& commands();

// Exit statuses shared by the commands.
enum Exit : int {
  kOk = 0,
  kFailure = 1,        // the command could not do its job (I/O, library)
  kUsage = 2,          // bad command line
  kPartial = 3,        // done, but some input was rejected
  kNothingFound = 4,   // the input held no bibliographic records
};

}  // namespace refnet::cli

namespace refnet::cli {
// Each subcommand file registers itself:
//   static const Registration reg{kSpec, run};
struct Registration {
  Registration(const CommandSpec& spec, int (*run)(const Args&));
};
}  // namespace refnet::cli
