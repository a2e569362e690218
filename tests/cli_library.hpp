// A library in a temporary directory that CLI tests run refnet on: every
// command gets `--library PATH`.
#pragma once

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "support.hpp"

namespace refnet::test {

struct CliLibrary {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return "--library '" + path + "'"; }
  CommandResult run(const std::string& rest) const { return run_refnet(rest + " " + opt()); }
  // Imports the fixture `name` (a path under fixtures/); it must succeed.
  void import(const std::string& name) const { REQUIRE(run("import '" + fixture(name) + "'").status == 0); }
};

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
