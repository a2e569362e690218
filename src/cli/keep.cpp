// Exports that follow the library, as Better BibTeX's auto-export does:
// `refnet export --keep -o FILE` registers FILE (table auto_exports) and
// every later command that changes the library rewrites it; `refnet export
// --watch -o FILE` rewrites FILE while it runs.  Both write through
// render_export, the export command's own function, and the same way:
// only when the output changed, atomically (a temporary file renamed over
// FILE), never an empty export over a non-empty file.

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include <sqlite3.h>

#include "export.hpp"
#include "refnet/output.hpp"

namespace refnet::cli {
namespace {

// The options an auto-export is rewritten with: the export's own, but
// those that name the library, the output or this registration; the files
// --aux and --cites read, absolute (a later command runs elsewhere).
std::string stored_args(const Args& args) {
  static const char* const kLeftOut[] = {"keep", "watch", "list-kept", "unkeep", "output", "library",
                                        "force", "json", "help"};
  nlohmann::json out = nlohmann::json::array();
  for (const OptionSpec& o : export_spec().options) {
    const std::string name = o.name;
    if (std::find(std::begin(kLeftOut), std::end(kLeftOut), name) != std::end(kLeftOut) || !args.has(name)) continue;
    for (const std::string& v : args.all(name)) {
      out.push_back("--" + name);
      if (!o.metavar) break;
      out.push_back(name == "aux" || name == "cites" ? std::filesystem::absolute(v).string() : v);
    }
  }
  if (!args.positionals().empty()) out.push_back("--");
  for (const std::string& p : args.positionals()) out.push_back(p);
  return out.dump();
}

std::vector<std::string> args_of(const KeptExport& k) {
  std::vector<std::string> out;
  for (const auto& v : nlohmann::json::parse(k.args)) out.push_back(v.get<std::string>());
  return out;
}

// The selection and options, as a command line would give them.
std::string shown_args(const KeptExport& k) {
  std::string out;
  for (const auto& a : args_of(k)) {
    if (a == "--") continue;
    bool plain = !a.empty() && a.find_first_of(" \t\n'\"\\$`*?;&|<>()") == std::string::npos;
    out += (out.empty() ? "" : " ") + (plain ? a : shell_quote(a));
  }
  return out.empty() ? "(every work)" : out;
}

std::string absolute_path(const std::string& path) { return std::filesystem::absolute(path).lexically_normal().string(); }

// A library file as an auto-export records it: absolute, links resolved.
std::string library_path(const std::string& library) {
  std::error_code ec;
  auto p = std::filesystem::weakly_canonical(std::filesystem::absolute(library), ec);
  return ec ? absolute_path(library) : p.string();
}

// Whether `library` may rewrite kept export `k`: the library that registered
// it, or that library moved (its file gone: this one writes it now).  A copy
// of the library (cp lib.sqlite try.sqlite) leaves the export to the
// original and stops keeping it, said once.
bool writes_kept(const std::string& library, const KeptExport& k) {
  const std::string here = library_path(library);
  std::error_code ec;
  if (!k.library.empty() && k.library != here && std::filesystem::exists(k.library, ec) &&
      !std::filesystem::equivalent(k.library, here, ec)) {
    std::cerr << "refnet: warning: " << k.path << " is kept by " << k.library << ", of which " << here
              << " is a copy: not rewritten, and no longer kept by this copy (refnet export --keep -o "
              << shell_quote(k.path) << " here to keep it from this library)\n";
    try {
      Library lib(library, false);
      lib.unkeep_export(k.path);
    } catch (const std::exception& e) {
      std::cerr << "refnet: warning: " << library << ": " << e.what() << "\n";
    }
    return false;
  }
  if (k.library != here) {
    if (!k.library.empty())
      std::cerr << "refnet: " << k.path << " was kept by " << k.library << ", which is gone: " << here
                << " keeps it now\n";
    try {
      Library lib(library, false);
      lib.kept_export_library(k.path, here);
    } catch (const std::exception& e) {
      std::cerr << "refnet: warning: " << library << ": " << e.what() << "\n";
    }
  }
  return true;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

enum class Rewrite { written, unchanged, empty_kept, failed };

// Renders the export `args` describe from the library file `library` and
// puts it in `output` when it differs from what the file holds.
Rewrite rewrite(const Args& args, const std::string& library, const std::string& output, std::int64_t join_entry,
                bool pin, ExportRun& run) {
  std::ostringstream text;
  try {
    {
      Library lib(library, false, Library::Access::read_only);
      run = render_export(args, lib, text);
    }
    std::string now = text.str();
    if (std::filesystem::exists(output) && file_text(output) == now) return Rewrite::unchanged;
    if (run.n == 0 && non_empty_file(output)) {
      std::cerr << "refnet: warning: " << output << " selects no work now: not overwritten\n";
      return Rewrite::empty_kept;
    }
    write_output(output, [&](std::ostream& out) { out << now; });
  } catch (const std::exception& e) {
    std::cerr << "refnet: warning: " << output << " is not rewritten: " << e.what() << "\n";
    return Rewrite::failed;
  }
  tell_export(run);  // as the first run said it
  std::cerr << "refnet: rewrote " << output << " (" << run.n << (run.n == 1 ? " entry" : " entries") << ")\n";
  if (pin && run.pin && run.n) pin_exported(library, run.ids, join_entry);
  return Rewrite::written;
}

// Rewrites one kept export of `library`; an undo or a redo (join_entry 0)
// pins no key: a new journal entry would forget what redo can make again.
void rewrite_kept(const std::string& library, const KeptExport& k, std::int64_t join_entry) {
  std::vector<std::string> argv = args_of(k);
  argv.insert(argv.begin(), {"--library", library, "--output", k.path});
  ExportRun run;
  Rewrite r = rewrite(parse_args(export_spec(), argv), library, k.path, join_entry, join_entry != 0, run);
  if (r != Rewrite::written) return;
  try {
    Library lib(library, false);
    lib.kept_export_written(k.path, static_cast<std::int64_t>(run.n));
  } catch (const std::exception& e) {
    std::cerr << "refnet: warning: " << library << ": " << e.what() << "\n";
  }
}

volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) { g_stop = 1; }

std::int64_t pragma_int(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  std::int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    v = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return v;
}

}  // namespace

void register_kept(const Args& args, const std::string& library, const ExportRun& run) {
  KeptExport k;
  k.path = absolute_path(args.get("output"));
  k.format = run.format;
  k.args = stored_args(args);
  k.library = library_path(library);
  Library lib(library, false);
  lib.keep_export(k);
  lib.kept_export_written(k.path, static_cast<std::int64_t>(run.n));
  std::cerr << "kept: " << k.path << " is rewritten after every change to the library (refnet export --unkeep "
            << shell_quote(k.path) << " to stop)\n";
}

int manage_kept(const Args& args) {
  if (args.has("unkeep")) {
    Library lib = open_library(args, false);
    std::string path = absolute_path(args.get("unkeep"));
    if (!lib.unkeep_export(path)) throw UsageError("--unkeep: no auto-export writes " + path + " (see --list-kept)");
    std::cerr << "no longer kept: " << path << " (the file stays)\n";
    return kOk;
  }
  Library lib = open_library(args, false, Library::Access::read_only);
  auto kept = lib.kept_exports();
  if (args.json()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& k : kept)
      out.push_back({{"path", k.path}, {"format", k.format}, {"selection", shown_args(k)}, {"entries", k.entries},
                     {"written_at", k.written_at}, {"library", k.library}});
    std::cout << out.dump() << "\n";
    return kOk;
  }
  for (const auto& k : kept)
    std::cout << k.path << "\t" << k.format << "\t" << shown_args(k) << "\t"
              << (k.written_at.empty() ? "never written" : k.written_at + " (" + std::to_string(k.entries) + ")") << "\n";
  if (kept.empty()) std::cerr << "no auto-exports (refnet export --keep -o FILE makes one)\n";
  return kOk;
}

int watch_export(const Args& args) {
  const std::string output = absolute_path(args.get("output"));
  Library watched = open_library(args, false, Library::Access::read_only);
  const std::string library = watched.path();
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  // The keys a rewrite pins join the newest entry (the change just seen:
  // one undo takes both back); nothing is pinned while an undo can be made
  // again (a journal change would forget it).
  auto newest_entry = [&]() -> std::int64_t {
    if (pragma_int(watched.handle(), "SELECT count(*) FROM journal WHERE redoable = 1") != 0) return 0;
    return std::max<std::int64_t>(0, pragma_int(watched.handle(), "SELECT max(id) FROM journal WHERE undone_at IS NULL"));
  };
  ExportRun run;
  std::int64_t seen = pragma_int(watched.handle(), "PRAGMA data_version");
  Rewrite first = rewrite(args, library, output, 0, true, run);  // pins as export does: an entry of its own
  if (first == Rewrite::failed && !std::filesystem::exists(output)) return kFailure;
  std::cerr << "watching " << library << ": " << output << " is rewritten on every change (Ctrl-C to stop)\n";
  while (!g_stop) {
    // Once a second, in steps short enough to stop promptly.
    for (int i = 0; i < 10 && !g_stop; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (g_stop) break;
    std::int64_t now = pragma_int(watched.handle(), "PRAGMA data_version");
    if (now == seen) continue;
    seen = now;
    std::int64_t entry = newest_entry();
    rewrite(args, library, output, entry, entry != 0, run);
  }
  std::cerr << "stopped watching " << library << "\n";
  return kOk;
}

void rewrite_kept_exports() {
  for (const auto& [library, entry] : take_journaled_changes()) {
    if (library.empty()) continue;
    std::vector<KeptExport> kept;
    try {
      Library lib(library, false, Library::Access::read_only);
      kept = lib.kept_exports();
    } catch (const std::exception& e) {
      std::cerr << "refnet: warning: the kept exports are not rewritten: " << e.what() << "\n";
      continue;
    }
    for (const auto& k : kept)
      if (writes_kept(library, k)) rewrite_kept(library, k, entry);
  }
  take_journaled_changes();  // the keys those rewrites pinned: no change to export again
}

}  // namespace refnet::cli
