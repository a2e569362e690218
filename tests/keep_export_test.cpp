// Exports that follow the library (issue 13), through the binary:
// `refnet export --keep -o FILE` registers an auto-export that every later
// command changing the library rewrites (undo and redo too), and `refnet
// export --watch -o FILE` rewrites FILE while it runs.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "library_state.hpp"
#include "support.hpp"

using namespace refnet::test;

namespace {

const char* const kTwo =
    "@article{smith2019,\n  author = {Smith, Jane},\n  title = {Harm in Gambling},\n  journal = {Addiction},\n"
    "  year = {2019},\n  keywords = {gambling}\n}\n"
    "@article{jones2020,\n  author = {Jones, Ann},\n  title = {Open Data in Government},\n  journal = {GIQ},\n"
    "  year = {2020}\n}\n";
const char* const kThird =
    "@book{brown2021,\n  author = {Brown, Tom},\n  title = {Slot Machines},\n  publisher = {Routledge},\n"
    "  year = {2021},\n  keywords = {gambling}\n}\n";

struct Keep : CliLibrary {
  std::string two = dir / "two.bib", third = dir / "third.bib", out = dir / "refs.bib";
  Keep() {
    std::ofstream(two, std::ios::binary) << kTwo;
    std::ofstream(third, std::ios::binary) << kThird;
    run("import", q(two));
  }
  static std::string q(const std::string& s) { return "'" + s + "'"; }
  std::string written() { return slurp(out); }
};

bool has_entry(const std::string& bib, const std::string& key) { return bib.find("{" + key + ",") != std::string::npos; }

}  // namespace

TEST_CASE("export --keep writes once, then every change to the library rewrites the file", "[keep][cli]") {
  Keep lib;
  auto r = lib.run("export", "--keep -o " + lib.q(lib.out));
  CHECK(r.err.find("kept: " + lib.out) != std::string::npos);
  CHECK(has_entry(lib.written(), "smith2019"));
  CHECK_FALSE(has_entry(lib.written(), "brown2021"));

  r = lib.run("import", lib.q(lib.third));
  CHECK(r.err.find("refnet: rewrote " + lib.out + " (3 entries)") != std::string::npos);
  CHECK(has_entry(lib.written(), "brown2021"));

  // The kept export pinned the key it wrote, as export does, inside the
  // import's own journal entry: one undo takes both back.
  CHECK(lib.scalar("SELECT key_pinned FROM works WHERE citekey = 'brown2021'") == 1);
  CHECK(lib.scalar("SELECT count(*) FROM journal WHERE summary LIKE '%pinned 1 key%'") == 1);
  r = lib.run("undo", "");
  CHECK(r.err.find("refnet: rewrote " + lib.out + " (2 entries)") != std::string::npos);
  CHECK_FALSE(has_entry(lib.written(), "brown2021"));
  r = lib.run("redo", "");
  CHECK(r.err.find("(3 entries)") != std::string::npos);
  CHECK(has_entry(lib.written(), "brown2021"));

  // A change the export does not show (a tag, private by default) leaves the file alone.
  r = lib.run("tag", "add toread smith2019");
  CHECK(r.err.find("rewrote") == std::string::npos);

  // A user's edit to a field is in the file after the command.
  lib.run("set", "jones2020 title='Open Government Data'");
  CHECK(lib.written().find("Open Government Data") != std::string::npos);
}

TEST_CASE("export --list-kept lists the auto-exports; --unkeep removes one, and the file stops following",
          "[keep][cli]") {
  Keep lib;
  const std::string ris = lib.dir / "gambling.ris";
  lib.run("export", "--keep --keyword gambling -o " + lib.q(ris));
  lib.run("export", "--keep -o " + lib.q(lib.out));
  auto list = lib.run("export", "--list-kept").out;
  CHECK(list.find(lib.out + "\tbibtex\t(every work)\t") != std::string::npos);
  CHECK(list.find(ris + "\tris\t--keyword gambling\t") != std::string::npos);
  auto json = nlohmann::json::parse(lib.run("export", "--list-kept --json").out);
  REQUIRE(json.size() == 2);
  CHECK(json[0]["entries"] == 1);  // gambling.ris (by path): smith2019
  CHECK(json[1]["entries"] == 2);  // refs.bib: both works
  CHECK_FALSE(json[0]["written_at"].get<std::string>().empty());

  lib.run("export", "--unkeep " + lib.q(ris));
  list = lib.run("export", "--list-kept").out;
  CHECK(list.find(ris) == std::string::npos);
  const std::string before = slurp(ris);
  lib.run("import", lib.q(lib.third));
  CHECK(slurp(ris) == before);  // no longer kept
  CHECK(has_entry(lib.written(), "brown2021"));
  lib.run("export", "--unkeep " + lib.q(ris), 2);  // not kept: a usage error
}

TEST_CASE("a kept export that selects nothing now never empties its file", "[keep][cli]") {
  Keep lib;
  lib.run("import", lib.q(lib.third));
  lib.run("export", "--keep --no-pin --type book -o " + lib.q(lib.out));  // no journal entry of its own
  REQUIRE(has_entry(lib.written(), "brown2021"));
  const std::string before = lib.written();
  auto r = lib.run("undo", "");  // the book's import
  CHECK(r.err.find("refnet: warning: " + lib.out + " selects no work now: not overwritten") != std::string::npos);
  CHECK(lib.written() == before);
}

TEST_CASE("a kept export that cannot be written is a warning: the change to the library is made", "[keep][cli]") {
  Keep lib;
  const std::string sub = lib.dir / "paper";
  std::filesystem::create_directory(sub);
  const std::string out = sub + "/refs.bib";
  lib.run("export", "--keep -o " + lib.q(out));
  std::filesystem::remove_all(sub);
  auto r = lib.run("import", lib.q(lib.third));  // exit 0
  CHECK(r.err.find("refnet: warning: " + out + " is not rewritten") != std::string::npos);
  CHECK(lib.scalar("SELECT count(*) FROM works WHERE citekey = 'brown2021'") == 1);
}

TEST_CASE("a kept export's relative -o and --aux name files, wherever later commands run", "[keep][cli]") {
  Keep lib;
  const std::string aux = lib.dir / "paper.aux";
  std::ofstream(aux) << "\\citation{smith2019}\n\\citation{brown2021}\n";
  // Registered from the paper's directory, with relative names.
  std::string cmd = "cd " + lib.q(lib.dir.path.string()) + " && '" + REFNET_BINARY + "' export --library " +
                    lib.q(lib.path) + " --keep --aux paper.aux -o refs.bib 2>/dev/null";
  CHECK(std::system(cmd.c_str()) == 3 * 256);  // brown2021 is missing: exit 3, the rest written
  REQUIRE(has_entry(lib.written(), "smith2019"));
  CHECK_FALSE(has_entry(lib.written(), "jones2020"));
  lib.run("import", lib.q(lib.third));  // from the test's directory
  CHECK(has_entry(lib.written(), "brown2021"));
  CHECK_FALSE(has_entry(lib.written(), "jones2020"));
}

TEST_CASE("export --watch rewrites the file on every change until SIGTERM, then exits 0", "[keep][cli]") {
  Keep lib;
  const std::string err = lib.dir / "watch.err";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 2);
    execl(REFNET_BINARY, "refnet", "export", "--library", lib.path.c_str(), "--watch", "-o", lib.out.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Bounded waits: guards against a hang, not measurements.
  auto wait_for = [&](auto&& done) {
    for (int i = 0; i < 1200 && !done(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return done();
  };
  CHECK(wait_for([&] { return has_entry(lib.written(), "jones2020") && slurp(err).find("watching") != std::string::npos; }));
  lib.run("import", lib.q(lib.third));
  CHECK(wait_for([&] { return has_entry(lib.written(), "brown2021"); }));
  lib.run("undo", "");
  CHECK(wait_for([&] { return !has_entry(lib.written(), "brown2021"); }));
  kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  INFO(slurp(err));
  CHECK(slurp(err).find("stopped watching") != std::string::npos);
  // Whole: the last entry and nothing after it; no temporary file left.
  CHECK(lib.written().back() == '\n');
  std::size_t files = 0;
  for (const auto& e : std::filesystem::directory_iterator(lib.dir.path)) files += e.path().filename().string().find("refs.bib") != std::string::npos;
  CHECK(files == 1);
}

TEST_CASE("a copy of the library does not rewrite the original's kept exports; a moved library does", "[keep][cli]") {
  // A new user copied the library to try a change (cp author2.sqlite
  // k.sqlite; refnet --library k.sqlite set ...): "refnet: rewrote kept.bib"
  // put the experiment's title into the paper's own .bib.
  Keep lib;
  lib.run("export", "--keep -o " + lib.q(lib.out));
  const std::string copy = lib.dir / "try.sqlite";
  std::filesystem::copy_file(lib.path, copy);
  const std::string before = lib.written();
  auto r = run_refnet("set --library " + lib.q(copy) + " jones2020 title='An experiment'");
  REQUIRE(r.status == 0);
  CHECK(r.err.find("refnet: warning: " + lib.out + " is kept by " + lib.path + ", of which " + copy +
                   " is a copy: not rewritten") != std::string::npos);
  CHECK(lib.written() == before);
  // Said once: the copy no longer keeps it.
  r = run_refnet("set --library " + lib.q(copy) + " jones2020 title='Another experiment'");
  CHECK(r.err.find(lib.out) == std::string::npos);
  CHECK(run_refnet("export --library " + lib.q(copy) + " --list-kept --json").out == "[]\n");
  CHECK(lib.written() == before);
  // The original still writes it.
  r = lib.run("set", "jones2020 title='Open Government Data'");
  CHECK(r.err.find("refnet: rewrote " + lib.out) != std::string::npos);
  CHECK(lib.written().find("Open Government Data") != std::string::npos);
  // A library moved (its old file gone) keeps writing it, and says so once.
  const std::string moved = lib.dir / "moved.sqlite";
  std::filesystem::rename(lib.path, moved);
  r = run_refnet("set --library " + lib.q(moved) + " jones2020 title='Moved'");
  CHECK(r.err.find(lib.out + " was kept by " + lib.path + ", which is gone: " + moved + " keeps it now") !=
        std::string::npos);
  CHECK(r.err.find("refnet: rewrote " + lib.out) != std::string::npos);
  CHECK(lib.written().find("Moved") != std::string::npos);
  auto json = nlohmann::json::parse(run_refnet("export --library " + lib.q(moved) + " --list-kept --json").out);
  REQUIRE(json.size() == 1);
  CHECK(json[0]["library"] == moved);
}
