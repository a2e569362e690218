// Reading input files with limits: see include/refnet/input.hpp.
#include "refnet/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "refnet/text.hpp"

namespace refnet {
namespace {

std::string shown(const std::string& path) { return path == "-" ? "<stdin>" : path; }

[[noreturn]] void fail(const std::string& path, const std::string& what) { throw InputError(shown(path) + ": " + what); }

void check_kind(const std::string& path, const struct stat& st) {
  if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode)) return;
  if (S_ISDIR(st.st_mode)) {
    std::string dir = path;
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    fail(path, "is a directory, not a file (name the files in it: " + dir + "/*.ris, ...)");
  }
  if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) fail(path, "is a device, not a file");
  if (S_ISSOCK(st.st_mode)) fail(path, "is a socket, not a file");
  fail(path, "is not a regular file");
}

std::string too_big(const InputLimits& limits) {
  return "larger than the input limit of " + format_size(limits.max_size) + " (see --max-input-size)";
}

}  // namespace

InputKind input_kind(const std::string& path) {
  struct stat st {};
  if (path == "-") {
    if (::fstat(STDIN_FILENO, &st) != 0) fail(path, std::strerror(errno));
    // A terminal or a pipe: what the user meant by "-".
    return S_ISREG(st.st_mode) ? InputKind::regular : InputKind::stream;
  }
  if (::stat(path.c_str(), &st) != 0) fail(path, std::strerror(errno));
  check_kind(path, st);
  return S_ISREG(st.st_mode) ? InputKind::regular : InputKind::stream;
}

namespace {
// Closes the descriptor it holds (not standard input's).
struct Fd {
  int fd = -1;
  bool own = false;
  ~Fd() {
    if (own && fd >= 0) ::close(fd);
  }
  void reset(int f) {
    if (own && fd >= 0) ::close(fd);
    fd = f;
    own = true;
  }
};
}  // namespace

std::string read_input(const std::string& path, const InputLimits& limits) {
  Fd in;
  if (path == "-") {
    in.fd = STDIN_FILENO;
  } else {
    // O_NONBLOCK: opening a FIFO must not wait for a writer before we know
    // what the path is.
    in.reset(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (in.fd < 0) fail(path, std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(in.fd, &st) != 0) fail(path, std::strerror(errno));
  if (path != "-") {
    check_kind(path, st);
    if (S_ISFIFO(st.st_mode)) {
      // Named explicitly: wait for its writer (callers never do this while
      // holding the library's write lock).
      in.reset(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
      if (in.fd < 0) fail(path, std::strerror(errno));
    } else {
      int flags = ::fcntl(in.fd, F_GETFL);
      if (flags >= 0) ::fcntl(in.fd, F_SETFL, flags & ~O_NONBLOCK);
    }
  }
  const int fd = in.fd;
  std::string s;
  if (S_ISREG(st.st_mode)) {
    if (static_cast<std::uint64_t>(st.st_size) > limits.max_size) fail(path, too_big(limits));
    s.reserve(static_cast<std::size_t>(st.st_size));
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path, std::strerror(errno));
    if (n == 0) break;
    if (s.size() + static_cast<std::uint64_t>(n) > limits.max_size) fail(path, too_big(limits));
    s.append(buf, static_cast<std::size_t>(n));
  }
  return s;
}

Inputs::Inputs(std::vector<std::string> paths, InputLimits limits)
    : paths_(std::move(paths)), limits_(limits), early_(paths_.size()), early_error_(paths_.size()),
      read_ahead_(paths_.size(), false) {
  for (std::size_t i = 0; i < paths_.size(); ++i) {
    try {
      if (input_kind(paths_[i]) != InputKind::stream) continue;
      read_ahead_[i] = true;
      early_[i] = read_input(paths_[i], limits_);
    } catch (const InputError& e) {
      read_ahead_[i] = true;
      early_error_[i] = e.what();
    }
  }
}

std::string Inputs::take(std::size_t i) {
  if (!read_ahead_[i]) return read_input(paths_[i], limits_);
  if (!early_error_[i].empty()) throw InputError(early_error_[i]);
  return std::move(early_[i]);
}

std::uint64_t parse_size(const std::string& text) {
  std::string t(trim(text));
  std::size_t i = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == 0 || i > 19) throw InputError("'" + text + "' is not a size (e.g. 4GiB, 500M, 1000000)");
  std::uint64_t n = std::stoull(t.substr(0, i));
  std::string unit = ascii_lower(trim(std::string_view(t).substr(i)));
  int shift = -1;
  if (unit.empty() || unit == "b") shift = 0;
  else if (unit == "k" || unit == "kb" || unit == "kib") shift = 10;
  else if (unit == "m" || unit == "mb" || unit == "mib") shift = 20;
  else if (unit == "g" || unit == "gb" || unit == "gib") shift = 30;
  else if (unit == "t" || unit == "tb" || unit == "tib") shift = 40;
  if (shift < 0) throw InputError("'" + text + "' is not a size (units: K, M, G, T, powers of 1024)");
  if (shift && n > (UINT64_MAX >> shift)) throw InputError("'" + text + "' is too large a size");
  return n << shift;
}

std::string format_size(std::uint64_t bytes) {
  static const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
  std::string best = std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  for (int k = 0; k < 4; ++k) {
    int shift = 10 * (k + 1);
    if (bytes >> shift == 0 || (bytes & ((std::uint64_t(1) << shift) - 1)) != 0) break;
    best = std::to_string(bytes >> shift) + " " + units[k];
  }
  return best;
}

}  // namespace refnet
