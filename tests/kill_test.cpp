// Every mutating command killed with SIGKILL at many moments: the library
// is, by a hash of its whole content, either exactly as before or exactly as
// after a complete run, never in between, and integrity_check says "ok".
// Outputs (export, network) are the old file or the whole new one.
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include "library_state.hpp"
#include "support.hpp"

using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::slurp;
using refnet::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

// Runs refnet with `args` and SIGKILLs it after `delay`; true when the kill
// came before it ended.
bool run_and_kill(const std::vector<std::string>& args, std::chrono::microseconds delay) {
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    std::vector<char*> argv{const_cast<char*>("refnet")};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(REFNET_BINARY, argv.data());
    ::_exit(127);
  }
  std::this_thread::sleep_for(delay);
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

struct KillFigures {
  int kills = 0, before = 0, after = 0;
};

// The library at `base` copied; `args` (with LIB for the copy's path) run to
// the end on one copy, then killed at growing delays on fresh copies.
KillFigures kill_at_every_moment(const std::string& base, std::vector<std::string> args,
                                 const std::string& output = {}) {
  TempDir tmp;
  auto with_lib = [&](const std::string& lib) {
    std::vector<std::string> a = args;
    for (auto& s : a)
      if (s == "LIB") s = lib;
    return a;
  };
  const std::string before = refnet::test::library_state(base);
  std::string complete_lib = tmp / "complete.sqlite";
  fs::copy_file(base, complete_lib);
  std::string old_output = "old output\n";
  if (!output.empty()) std::ofstream(output, std::ios::binary) << old_output;
  {
    auto a = with_lib(complete_lib);
    std::string cmd = std::string("'") + REFNET_BINARY + "'";
    for (const auto& s : a) cmd += " " + q(s);
    REQUIRE(std::system((cmd + " >/dev/null 2>&1").c_str()) != -1);
  }
  const std::string after = refnet::test::library_state(complete_lib);
  const std::string new_output = output.empty() ? std::string() : slurp(output);
  KillFigures f;
  for (int us : {0, 5000, 20000, 60000, 150000, 300000, 600000, 1200000}) {
    std::string lib = tmp / ("killed" + std::to_string(us) + ".sqlite");
    fs::copy_file(base, lib);
    if (!output.empty()) std::ofstream(output, std::ios::binary) << old_output;
    bool killed = run_and_kill(with_lib(lib), std::chrono::microseconds(us));
    std::string state = refnet::test::library_state(lib);
    INFO(args[0] << " killed after " << us << " us (killed: " << killed << ")");
    // Neither: the first line that differs from each, to tell a clock column
    // left in from a half-written change (an unmerge under load, session 50).
    auto first_difference = [&](const std::string& want) {
      std::istringstream a(state), b(want);
      std::string x, y;
      while (std::getline(a, x) && std::getline(b, y))
        if (x != y) return "got  " + x.substr(0, 300) + "\nwant " + y.substr(0, 300);
      return std::string("(one is a prefix of the other)");
    };
    INFO((state == before || state == after ? std::string()
                                            : "vs before:\n" + first_difference(before) + "\nvs after:\n" +
                                                  first_difference(after)));
    CHECK((state == before || state == after));
    f.kills += killed;
    f.before += killed && state == before;
    f.after += killed && state == after;
    if (!output.empty()) {
      std::string got = slurp(output);
      CHECK((got == old_output || got == new_output));
    }
  }
  return f;
}

struct Base {
  TempDir tmp;
  std::string lib = tmp / "base.sqlite";
  Base() {
    // Two exports of one Zotero library: duplicates for dedup.
    REQUIRE(run_refnet("import --quiet --no-merge --library " + q(lib) + " " +
                       q(fixture("corpora/asysd__zotero_export.bib")) + " " + q(fixture("corpora/asysd__zotero_export.ris")))
                .status <= 3);
    REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  }
};

void report(const char* what, const KillFigures& f) {
  WARN(what << ": " << f.kills << " SIGKILLs, " << f.before << " left it as before, " << f.after << " as after");
}

}  // namespace

TEST_CASE("SIGKILL during any mutating command: the library is as before or as after, never between", "[kill][cli]") {
  Base b;
  report("import", kill_at_every_moment(b.lib, {"import", "--library", "LIB", fixture("corpora/biber__crossrefs.bib")}));
  report("dedup --apply", kill_at_every_moment(b.lib, {"dedup", "--apply", "--library", "LIB"}));
  report("merge", kill_at_every_moment(b.lib, {"merge", "--library", "LIB", "1", "2", "3"}));
  report("rekey", kill_at_every_moment(b.lib, {"rekey", "--yes", "--library", "LIB"}));
  report("set", kill_at_every_moment(b.lib, {"set", "--library", "LIB", "1", "title=Killed", "year=2001"}));
  report("rm", kill_at_every_moment(b.lib, {"rm", "--library", "LIB", "--year", "1990-2030"}));
  report("tag add", kill_at_every_moment(b.lib, {"tag", "add", "killed", "--library", "LIB", "--year", "1990-2030"}));
  {
    // unmerge needs a merge to undo.
    REQUIRE(run_refnet("merge --library " + q(b.lib) + " 1 2").status == 0);
    report("unmerge", kill_at_every_moment(b.lib, {"unmerge", "--library", "LIB", "1"}));
    report("undo", kill_at_every_moment(b.lib, {"undo", "--library", "LIB"}));
  }
}

TEST_CASE("SIGKILL during export and network: the old file or the whole new one, the library untouched", "[kill][cli]") {
  Base b;
  TempDir out;
  report("export", kill_at_every_moment(b.lib, {"export", "--library", "LIB", "-o", out / "refs.bib"}, out / "refs.bib"));
  report("network", kill_at_every_moment(b.lib, {"network", "keywords", "--library", "LIB", "-o", out / "map.graphml"},
                                         out / "map.graphml"));
}
