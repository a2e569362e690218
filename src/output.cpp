// The safe writer: see include/refnet/output.hpp.
#include "refnet/output.hpp"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

namespace refnet {
namespace {

std::string why(int err) {
  if (err == ENOSPC) return "no space left on device (the disk is full)";
  if (err == EDQUOT) return "disk quota exceeded";
  return std::strerror(err);
}

// Temporary files being written, for the signal handler: fixed slots, so the
// handler needs no allocation and no lock.
constexpr int kSlots = 64;
char g_temp[kSlots][PATH_MAX];
std::atomic<bool> g_used[kSlots];

extern "C" void remove_temp_files_and_die(int sig) {
  for (int i = 0; i < kSlots; ++i)
    if (g_used[i].load()) ::unlink(g_temp[i]);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// Checked at every temporary file, not once: a handler left at its default
// (a fresh process, or one that reset it) gets ours.
void install_handlers() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    ::sigaction(sig, nullptr, &old);
    if (old.sa_handler != SIG_DFL) continue;  // ignored, or someone else's handler
    struct sigaction sa {};
    sa.sa_handler = remove_temp_files_and_die;
    sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

int claim_slot(const std::string& path) {
  install_handlers();
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load()) continue;
    std::memcpy(g_temp[i], path.c_str(), path.size() + 1);
    g_used[i].store(true);
    return i;
  }
  return -1;  // more than 64 at once: still removed on every error, not on a signal
}

void release_slot(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

// An unbuffered-by-libc stream buffer over a file descriptor that remembers
// the errno of the first failed write.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buf_, buf_ + sizeof buf_); }
  int error() const { return err_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (err_) return false;
    const char* p = pbase();
    while (p < pptr()) {
      ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        err_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof buf_);
    return true;
  }
  int fd_;
  int err_ = 0;
  char buf_[1 << 16];
};

std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string base_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

struct OutputFiles::File {
  std::string path;    // as given
  std::string target;  // what is replaced or written to (a link's target)
  std::string temp;    // empty when written through
  int fd = -1;
  bool own_fd = true;  // false for standard output
  int slot = -1;
  std::unique_ptr<FdBuf> buf;
  std::unique_ptr<std::ostream> out;

  ~File() { discard(); }
  void close_fd() {
    if (fd >= 0 && own_fd) ::close(fd);
    fd = -1;
  }
  void discard() {
    close_fd();
    if (!temp.empty()) ::unlink(temp.c_str());
    temp.clear();
    release_slot(slot);
    slot = -1;
  }
  [[noreturn]] void fail(const std::string& what, int err) {
    discard();
    throw OutputError("cannot write " + path + ": " + what + (err ? ": " + why(err) : std::string()));
  }
};

OutputFiles::OutputFiles() = default;
OutputFiles::~OutputFiles() = default;

std::ostream& OutputFiles::open(const std::string& path) {
  auto f = std::make_unique<File>();
  f->path = path;
  if (path.empty()) throw OutputError("no output file name");
  if (path == "-" || path == "/dev/stdout" || path == "/dev/fd/1" || path == "/proc/self/fd/1") {
    // Standard output, whatever it is (a terminal, a pipe, a file the shell opened).
    std::cout.flush();
    f->fd = STDOUT_FILENO;
    f->own_fd = false;
  } else if (path == "/dev/stderr" || path == "/dev/fd/2" || path == "/proc/self/fd/2") {
    std::cerr.flush();
    f->fd = STDERR_FILENO;
    f->own_fd = false;
  } else {
    f->target = path;
    struct stat st {};
    bool exists = ::lstat(path.c_str(), &st) == 0;
    if (!exists && errno != ENOENT) f->fail("cannot inspect it", errno);
    if (exists && S_ISLNK(st.st_mode)) {
      if (::stat(path.c_str(), &st) != 0)
        throw OutputError("cannot write " + path + ": it is a symbolic link to a file that does not exist (" +
                          why(errno) + "); refnet does not create files through links");
      if (S_ISREG(st.st_mode)) {
        // The link stays; the file it points to is replaced.
        char resolved[PATH_MAX];
        if (!::realpath(path.c_str(), resolved)) f->fail("cannot resolve the link", errno);
        f->target = resolved;
      }
    }
    if (exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
      // Written through: /dev/null stays /dev/null, a FIFO's reader gets the data.
      f->fd = ::open(f->target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (f->fd < 0) f->fail("cannot open it", errno);
    } else if (exists && S_ISDIR(st.st_mode)) {
      throw OutputError("cannot write " + path + ": it is a directory");
    } else if (exists && !S_ISREG(st.st_mode)) {
      throw OutputError("cannot write " + path + ": it is neither a regular file, a character device nor a FIFO");
    } else {
      std::string dir = dir_of(f->target);
      std::string tmpl = dir + "/." + base_of(f->target) + ".tmp-XXXXXX";
      f->fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
      if (f->fd < 0) {
        int err = errno;
        throw OutputError("cannot write " + path + ": cannot create a temporary file in " + dir + ": " + why(err));
      }
      f->temp = tmpl;
      f->slot = claim_slot(tmpl);
      mode_t mode;
      if (exists) {
        mode = st.st_mode & 07777;
        if (::fchown(f->fd, st.st_uid, st.st_gid) != 0) {
          // Not the owner: the new file is ours, as with any editor's save.
        }
      } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
      }
      if (::fchmod(f->fd, mode) != 0) f->fail("cannot set the mode of " + f->temp, errno);
    }
  }
  f->buf = std::make_unique<FdBuf>(f->fd);
  f->out = std::make_unique<std::ostream>(f->buf.get());
  files_.push_back(std::move(f));
  return *files_.back()->out;
}

void OutputFiles::commit() {
  if (committed_) return;
  committed_ = true;
  // Every file complete and on disk before anything is replaced.
  for (auto& f : files_) {
    f->out->flush();
    if (f->buf->error() || !*f->out) {
      int err = f->buf->error();
      for (auto& g : files_) g->discard();
      throw OutputError("cannot write " + f->path + ": " + why(err ? err : EIO));
    }
    if (!f->temp.empty() && ::fsync(f->fd) != 0) {
      int err = errno;
      for (auto& g : files_) g->discard();
      throw OutputError("cannot write " + f->path + ": " + why(err));
    }
    if (f->own_fd && ::close(f->fd) != 0 && !f->temp.empty()) {
      int err = errno;
      f->fd = -1;
      for (auto& g : files_) g->discard();
      throw OutputError("cannot write " + f->path + ": " + why(err));
    }
    f->fd = -1;
  }
  std::vector<std::string> done;
  for (auto& f : files_) {
    if (f->temp.empty()) continue;
    if (::rename(f->temp.c_str(), f->target.c_str()) != 0) {
      int err = errno;
      for (auto& g : files_) g->discard();
      std::string msg = "cannot write " + f->path + ": cannot rename " + f->temp + ": " + why(err);
      if (!done.empty()) {
        msg += " (already replaced:";
        for (const auto& d : done) msg += " " + d;
        msg += ")";
      }
      throw OutputError(msg);
    }
    f->temp.clear();
    release_slot(f->slot);
    f->slot = -1;
    done.push_back(f->path);
    // The rename is durable once the directory is synced.
    int dir = ::open(dir_of(f->target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      ::fsync(dir);
      ::close(dir);
    }
  }
}

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  OutputFiles files;
  write(files.open(path));
  files.commit();
}

bool non_empty_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) > 0;
}

}  // namespace refnet
