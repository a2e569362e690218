// input.hpp: what refnet agrees to read (regular files, stdin, FIFOs named
// explicitly) and how much (--max-input-size); `import` on directories,
// devices, huge streams and writer-less FIFOs.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <catch2/catch.hpp>

#include "refnet/input.hpp"
#include "support.hpp"

using namespace refnet;
using refnet::test::fixture;
using refnet::test::run_refnet;
using refnet::test::slurp;
using refnet::test::TempDir;

namespace {
std::string q(const std::string& s) { return "'" + s + "'"; }
const std::string kBib = "@article{a, title={One}, year={2020}}\n";
}  // namespace

TEST_CASE("read_input: a regular file whole; directories and devices refused with the path", "[input]") {
  TempDir tmp;
  { std::ofstream(tmp / "a.bib", std::ios::binary) << kBib; }
  CHECK(read_input(tmp / "a.bib") == kBib);
  CHECK_THROWS_WITH(read_input(tmp.path.string()), Catch::Contains(tmp.path.string()) && Catch::Contains("is a directory"));
  CHECK_THROWS_WITH(read_input("/dev/zero"), Catch::Contains("/dev/zero: is a device"));
  CHECK_THROWS_WITH(read_input(tmp / "missing.bib"), Catch::Contains("missing.bib: No such file"));
}

TEST_CASE("read_input: more than the limit is refused, naming the file and the limit", "[input]") {
  TempDir tmp;
  { std::ofstream(tmp / "a.bib", std::ios::binary) << std::string(5000, 'x'); }
  InputLimits small;
  small.max_size = 4096;
  CHECK_THROWS_WITH(read_input(tmp / "a.bib", small),
                    Catch::Contains("a.bib: larger than the input limit of 4 KiB (see --max-input-size)"));
  small.max_size = 5000;
  CHECK(read_input(tmp / "a.bib", small).size() == 5000);
  // A FIFO has no size to look at: the limit holds while reading.
  std::string fifo = tmp / "endless";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  auto old_pipe = ::signal(SIGPIPE, SIG_IGN);  // the writer's end of the story: EPIPE, not a signal
  std::thread writer([&] {
    int fd = ::open(fifo.c_str(), O_WRONLY);
    std::string chunk(1024, 'y');
    while (::write(fd, chunk.data(), chunk.size()) > 0) {
    }
    ::close(fd);
  });
  small.max_size = 64 * 1024;
  CHECK_THROWS_WITH(read_input(fifo, small), Catch::Contains("larger than the input limit of 64 KiB"));
  writer.join();  // its write fails with EPIPE once we closed
  ::signal(SIGPIPE, old_pipe);
}

TEST_CASE("parse_size and format_size", "[input]") {
  CHECK(parse_size("4GiB") == (std::uint64_t(4) << 30));
  CHECK(parse_size("500M") == 500u << 20);
  CHECK(parse_size("64k") == 64u << 10);
  CHECK(parse_size("1000000") == 1000000u);
  CHECK_THROWS_AS(parse_size("lots"), InputError);
  CHECK_THROWS_AS(parse_size("4 parsecs"), InputError);
  CHECK_THROWS_AS(parse_size("99999999999T"), InputError);
  CHECK(format_size(std::uint64_t(4) << 30) == "4 GiB");
  CHECK(format_size(1000) == "1000 bytes");
}

TEST_CASE("import refuses a directory and /dev/zero with a clear error; the other files still import", "[input][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  { std::ofstream(tmp / "a.bib", std::ios::binary) << kBib; }
  auto r = run_refnet("import --library " + q(lib) + " " + q(tmp.path.string()) + " /dev/zero " + q(tmp / "a.bib"));
  CHECK(r.status == 1);
  CHECK(r.err.find("is a directory") != std::string::npos);
  // ... and says what to do with one.
  CHECK(r.err.find(tmp.path.string() + ": is a directory, not a file (name the files in it: " + tmp.path.string() +
                   "/*.ris, ...)") != std::string::npos);
  CHECK(r.err.find("/dev/zero: is a device") != std::string::npos);
  CHECK(r.err.find("_M_create") == std::string::npos);
  CHECK(run_refnet("list --library " + q(lib)).out.find("One") != std::string::npos);
}

TEST_CASE("import --max-input-size caps a file and standard input", "[input][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  { std::ofstream(tmp / "a.bib", std::ios::binary) << kBib; }
  auto r = run_refnet("import --max-input-size 16 --library " + q(lib) + " " + q(tmp / "a.bib"));
  CHECK(r.status == 1);
  CHECK(r.err.find("a.bib: larger than the input limit of 16 bytes") != std::string::npos);
  r = run_refnet("import --max-input-size 16 --library " + q(lib) + " -", kBib);
  CHECK(r.status == 1);
  CHECK(r.err.find("<stdin>: larger than the input limit of 16 bytes") != std::string::npos);
  CHECK(run_refnet("import --max-input-size 1x --library " + q(lib) + " -", kBib).status == 2);
  CHECK(run_refnet("import --max-input-size 1K --library " + q(lib) + " -", kBib).status == 0);
}

TEST_CASE("import of a FIFO waits for its writer without locking the library", "[input][cli]") {
  TempDir tmp;
  std::string lib = tmp / "lib.sqlite";
  std::string fifo = tmp / "pipe.bib";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  { std::ofstream(tmp / "b.bib", std::ios::binary) << "@article{b, title={Two}, year={2021}}\n"; }
  REQUIRE(run_refnet("import --library " + q(lib) + " " + q(tmp / "b.bib")).status == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::string cmd = std::string("'") + REFNET_BINARY + "' import --quiet --library " + q(lib) + " " + q(fifo) +
                      " >/dev/null 2>&1";
    ::_exit(WEXITSTATUS(std::system(cmd.c_str())));
  }
  // Meanwhile the library is free: a writer gets in at once (the busy
  // timeout is 30 s; this would wait for it and fail if the FIFO held the lock).
  auto r = run_refnet("import --library " + q(lib) + " " + q(fixture("corpora/pybibx__wos.bib")));
  CHECK(r.status == 0);
  {
    std::ofstream w(fifo, std::ios::binary);
    w << kBib;
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(run_refnet("list --library " + q(lib)).out.find("One") != std::string::npos);
}
