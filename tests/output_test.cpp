// The safe writer (include/refnet/output.hpp): what happens to the target,
// its links, its mode, devices and FIFOs, errors and signals; and the
// commands that write files (export, network) going through it.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <catch2/catch.hpp>

#include "refnet/output.hpp"
#include "support.hpp"

using refnet::OutputError;
using refnet::OutputFiles;
using refnet::write_output;
using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::slurp;
using refnet::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::size_t temp_files_in(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp") != std::string::npos) ++n;
  return n;
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st.st_mode;
}

void put(const std::string& path, const std::string& content) { std::ofstream(path, std::ios::binary) << content; }

std::string q(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST_CASE("a new file gets the umask's mode and no temporary file stays", "[output]") {
  TempDir tmp;
  std::string out = tmp / "new.bib";
  mode_t mask = ::umask(022);
  write_output(out, [](std::ostream& s) { s << "@misc{a,}\n"; });
  ::umask(mask);
  CHECK(slurp(out) == "@misc{a,}\n");
  CHECK((mode_of(out) & 0777) == 0644);
  CHECK(temp_files_in(tmp.path) == 0);
}

TEST_CASE("a replaced file keeps its permission bits", "[output]") {
  TempDir tmp;
  std::string out = tmp / "private.bib";
  put(out, "old");
  ::chmod(out.c_str(), 0640);
  write_output(out, [](std::ostream& s) { s << "new"; });
  CHECK(slurp(out) == "new");
  CHECK((mode_of(out) & 07777) == 0640);
}

TEST_CASE("a symbolic link keeps pointing where it did; the file it points to is replaced", "[output]") {
  TempDir tmp;
  std::string real = tmp / "real.bib", link = tmp / "link.bib";
  put(real, "old");
  fs::create_symlink(real, link);
  write_output(link, [](std::ostream& s) { s << "new"; });
  CHECK(fs::is_symlink(link));
  CHECK(slurp(real) == "new");
  CHECK(temp_files_in(tmp.path) == 0);

  // A link to nothing is refused: refnet creates no file through a link.
  std::string dangling = tmp / "dangling.bib";
  fs::create_symlink(tmp / "nowhere.bib", dangling);
  CHECK_THROWS_WITH(write_output(dangling, [](std::ostream& s) { s << "x"; }),
                    Catch::Contains("symbolic link to a file that does not exist"));
  CHECK_FALSE(fs::exists(tmp / "nowhere.bib"));
}

TEST_CASE("a FIFO is written through, never replaced by a regular file", "[output]") {
  TempDir tmp;
  std::string fifo = tmp / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = slurp(fifo); });
  write_output(fifo, [](std::ostream& s) { s << "through the pipe\n"; });
  reader.join();
  CHECK(got == "through the pipe\n");
  CHECK(S_ISFIFO(mode_of(fifo)));
  CHECK(temp_files_in(tmp.path) == 0);
}

TEST_CASE("character devices are written through: /dev/null stays, /dev/full says the disk is full", "[output]") {
  write_output("/dev/null", [](std::ostream& s) { s << "gone\n"; });
  CHECK(S_ISCHR(mode_of("/dev/null")));
  CHECK_THROWS_WITH(write_output("/dev/full", [](std::ostream& s) { s << std::string(1 << 17, 'x'); }),
                    Catch::Contains("cannot write /dev/full") && Catch::Contains("disk is full"));
  CHECK(S_ISCHR(mode_of("/dev/full")));
}

TEST_CASE("directories and missing directories are refused with the path", "[output]") {
  TempDir tmp;
  CHECK_THROWS_WITH(write_output(tmp.path.string(), [](std::ostream&) {}), Catch::Contains("is a directory"));
  CHECK_THROWS_WITH(write_output(tmp / "no/such/out.bib", [](std::ostream&) {}),
                    Catch::Contains("no/such/out.bib") && Catch::Contains("No such file or directory"));
  CHECK_FALSE(fs::exists(tmp / "no"));
}

TEST_CASE("a writer that throws leaves the old file and no temporary file", "[output]") {
  TempDir tmp;
  std::string out = tmp / "keep.bib";
  put(out, "old");
  CHECK_THROWS_AS(write_output(out,
                               [](std::ostream& s) {
                                 s << "half";
                                 throw std::runtime_error("writer failed");
                               }),
                  std::runtime_error);
  CHECK(slurp(out) == "old");
  CHECK(temp_files_in(tmp.path) == 0);
}

TEST_CASE("several files are all-or-none: a failure on the second leaves the first untouched", "[output]") {
  TempDir tmp;
  std::string first = tmp / "map.txt";
  put(first, "old map");
  fs::create_directory(tmp / "map_network.txt");
  {
    OutputFiles files;
    files.open(first) << "new map";
    CHECK_THROWS_AS(files.open(tmp / "map_network.txt"), OutputError);
  }  // not committed: discarded
  CHECK(slurp(first) == "old map");
  CHECK(temp_files_in(tmp.path) == 0);
  CHECK(fs::is_directory(tmp / "map_network.txt"));
}

TEST_CASE("SIGTERM or SIGINT while a file is written removes the temporary file", "[output]") {
  for (int sig : {SIGTERM, SIGINT}) {
    TempDir tmp;
    std::string out = tmp / "out.bib";
    put(out, "old");
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::signal(sig, SIG_DFL);  // as a fresh process has it
      OutputFiles files;
      files.open(out) << std::string(1 << 18, 'x');
      ::write(ready[1], "!", 1);
      ::pause();
      ::_exit(0);
    }
    ::close(ready[1]);
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    ::close(ready[0]);
    CHECK(temp_files_in(tmp.path) == 1);  // being written
    ::kill(pid, sig);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(temp_files_in(tmp.path) == 0);
    CHECK(slurp(out) == "old");
  }
}

TEST_CASE("network -o: a link planted at the old fixed temporary name is not followed", "[output][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  std::string victim = tmp / "victim.txt";
  put(victim, "precious");
  fs::create_symlink(victim, tmp / "net.graphml.tmp");
  auto r = run_refnet("network citation --library " + q(lib) + " -o " + q(tmp / "net.graphml"));
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(slurp(victim) == "precious");
  CHECK(slurp(tmp / "net.graphml").find("<graphml") != std::string::npos);
}

TEST_CASE("network -o writes every sibling through the safe writer; export -o to a FIFO writes through", "[output][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  // map.txt and map_network.txt: the second cannot be written, so neither is.
  fs::create_directory(tmp / "map_network.txt");
  auto r = run_refnet("network keywords --library " + q(lib) + " -o " + q(tmp / "map.txt"));
  CHECK(r.status == 1);
  CHECK(r.err.find("map_network.txt: it is a directory") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp / "map.txt"));
  CHECK(temp_files_in(tmp.path) == 0);

  std::string fifo = tmp / "fifo.bib";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = slurp(fifo); });
  r = run_refnet("export --library " + q(lib) + " -o " + q(fifo));
  reader.join();
  CHECK(r.status == 0);
  CHECK(got.find("@article{") != std::string::npos);
  CHECK(S_ISFIFO(mode_of(fifo)));
}

TEST_CASE("export -o /dev/stdout writes to standard output, whatever it is", "[output][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  REQUIRE(run_refnet("import --quiet --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib"))).status == 0);
  auto r = run_refnet("export --library " + q(lib) + " -o /dev/stdout");  // stdout: a file the shell opened
  CHECK(r.status == 0);
  CHECK(r.out.find("@article{") != std::string::npos);
  CHECK(r.out == run_refnet("export --library " + q(lib)).out);
  // A link to a device is written through, the link kept.
  fs::create_symlink("/dev/null", tmp / "sink.bib");
  CHECK(run_refnet("export --library " + q(lib) + " -o " + q(tmp / "sink.bib")).status == 0);
  CHECK(fs::is_symlink(tmp / "sink.bib"));
  CHECK(S_ISCHR(mode_of("/dev/null")));
}
