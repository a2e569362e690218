// A library in a temporary directory that CLI tests run refnet on: every
// command gets `--library PATH`.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support.hpp"

namespace refnet::test {

// The one such struct of the test binary (library_state.hpp's was another of
// the same name: second66).  state() and scalar() read the library file
// itself: defined in library_state.hpp, which their users include.
struct CliLibrary {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return "--library '" + path + "'"; }
  // `refnet REST --library PATH`, whatever its exit status.
  CommandResult run(const std::string& rest) const { return run_refnet(rest + " " + opt()); }
  // `refnet CMD --library PATH ARGS`, which must end with exit status `status`.
  CommandResult run(const std::string& cmd, const std::string& args, int status = 0) const {
    auto r = run_refnet(cmd + " --library '" + path + "' " + args);
    INFO(cmd << " " << args << "\n" << r.out << r.err);
    REQUIRE(r.status == status);
    return r;
  }
  // The library's content, the journal left out (library_state.hpp).
  std::string state() const;
  // The first column of the first row of `sql`, or -1 (library_state.hpp).
  std::int64_t scalar(const std::string& sql) const;
  // `refnet ARGS --json`, which must succeed: its output.
  nlohmann::json json(const std::string& args) const {
    CommandResult r = run(args + " --json");
    INFO(args << ": " << r.err);
    REQUIRE(r.status == 0);
    return nlohmann::json::parse(r.out);
  }
  // The title of the work `work` names (a key, a DOI ...).
  std::string title(const std::string& work) const { return json("show '" + work + "'")[0]["title"].get<std::string>(); }
  // Writes `text` to the file `name` in the library's directory: its path.
  std::string write(const std::string& name, const std::string& text) const {
    const std::string p = dir / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  // Imports the file at `file`; it must succeed.  What the import said.
  CommandResult import_file(const std::string& file) const {
    CommandResult r = run("import '" + file + "'");
    INFO(file << ": " << r.out << r.err);
    REQUIRE(r.status == 0);
    return r;
  }
  // Imports the fixture `name` (a path under fixtures/); it must succeed.
  void import(const std::string& name) const { import_file(fixture(name)); }
  // The import's summary (`import --json`); `said` gets what it told (its
  // diagnostics and notes, stderr).
  nlohmann::json import_json(const std::string& file, std::string* said = nullptr) const {
    CommandResult r = run("import --json '" + file + "'");
    INFO(file << ": " << r.err);
    REQUIRE(r.status == 0);
    if (said) *said = r.err;
    return nlohmann::json::parse(r.out);
  }
  // Exports the library as `format` to the file `name` in its directory; it
  // must succeed.  The file's path.
  std::string exported(const std::string& format, const std::string& name) const {
    const std::string out = dir / name;
    CommandResult r = run("export --format " + format + " -o '" + out + "'");
    INFO(r.err);
    REQUIRE(r.status == 0);
    return out;
  }
};

// `text` with the first `from` replaced by `to`; `from` must be there.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  INFO(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Runs 'refnet screen --library LIB ARGS...' on a pseudo-terminal and types
// `keys`, each once its prompt shows ('[q]uit > ' for a decision key, 'reason
// > ' for a digit picking a reason); its output once it ends ("... left to
// screen", "... left to resolve", or no prompt at all).
inline std::string screen_on_pty(const TempDir& dir, const std::string& lib, const std::vector<std::string>& args,
                                 const std::string& keys) {
  std::ofstream(dir / "drive.py", std::ios::binary)
      << "import os, pty, sys\n"
         "binary, lib, keys, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]\n"
         "pid, fd = pty.fork()\n"
         "if pid == 0:\n"
         "    os.execv(binary, [binary, 'screen', '--library', lib] + args)\n"
         "out = b''\n"
         "def wait_for(marker, count):\n"
         "    global out\n"
         "    while out.count(marker) < count:\n"
         "        try:\n"
         "            chunk = os.read(fd, 65536)\n"
         "        except OSError:\n"
         "            return\n"
         "        if not chunk:\n"
         "            return\n"
         "        out += chunk\n"
         "shown = 0\n"
         "for key in keys:\n"
         "    if key.isdigit():\n"
         "        wait_for(b'reason > ', 1)\n"
         "    else:\n"
         "        shown += 1\n"
         "        wait_for(b'[q]uit > ', shown)\n"
         "    try:\n"
         "        os.write(fd, key.encode())\n"
         "    except OSError:\n"
         "        break\n"
         "wait_for(b' left to ', 1)\n"
         "os.waitpid(pid, 0)\n"
         "sys.stdout.buffer.write(out)\n";
  std::string cmd = "timeout 60 python3 '" + (dir / "drive.py") + "' '" + REFNET_BINARY + "' '" + lib + "' '" + keys + "'";
  for (const std::string& a : args) cmd += " '" + a + "'";
  cmd += " >'" + (dir / "out.txt") + "' 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  return slurp(dir / "out.txt");
}

}  // namespace refnet::test
