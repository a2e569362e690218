// `refnet export` as a function (export.cpp), and the exports that follow the
// library (keep.cpp): `--keep` registers one, rewritten after every command
// that changes the library; `--watch` rewrites while it runs.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli.hpp"
#include "refnet/exporter.hpp"

namespace refnet::cli {

const CommandSpec& export_spec();

// What one export wrote.
struct ExportRun {
  std::size_t n = 0;                 // works written
  std::vector<std::int64_t> ids;     // the works selected
  std::vector<std::string> missing;  // names (keys, DOIs, cited keys) no work has
  std::vector<std::string> stale;    // FILE:LINE:COL warnings: keys a paper cites that the export cannot write
  std::vector<std::string> chosen;   // FILE:LINE:COL notes: the work a key sources gave to several works names here
  bool pin = false;                  // their keys are to be pinned (not --no-pin, not CSV/TSV)
  std::string format;                // bibtex, biblatex, ris, csljson, csv, tsv
  ExportNotes notes;                 // what the writer left out
};

// Writes the export `args` describe (format, selection and options; not
// -o) from `lib` to `out`.  Throws UsageError before writing anything.
ExportRun render_export(const Args& args, Library& lib, std::ostream& out);

// What the export `run` has to say on stderr beside its file: the paper's
// FILE:LINE:COL warnings, names no work has, what the format left out.  The
// first run and every rewrite of a kept export say the same.
void tell_export(const ExportRun& run);

// Pins the keys of the works `ids` in the library file `library`: one
// journal entry, or a part of entry `join_entry` when not 0; said on
// stderr.  Returns the number newly pinned.  A failure is a warning (0).
std::int64_t pin_exported(const std::string& library, const std::vector<std::int64_t>& ids, std::int64_t join_entry);

// keep.cpp.  `export --keep -o FILE`, after FILE was written as `run` says:
// registers it in the library `library`.
void register_kept(const Args& args, const std::string& library, const ExportRun& run);
// `export --list-kept`, `export --unkeep FILE`.
int manage_kept(const Args& args);
// `export --watch -o FILE`: writes, then rewrites on every change until
// SIGINT or SIGTERM; returns 0 then.
int watch_export(const Args& args);
// main() calls this after every command: the kept exports of each library
// the command changed (take_journaled_changes()) are rewritten when their
// output changed.  Warnings only; never throws.
void rewrite_kept_exports();

}  // namespace refnet::cli
