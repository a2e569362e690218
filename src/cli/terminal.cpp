// TerminalSafeOutput: a filter in front of std::cout (see cli.hpp).
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <ostream>
#include <streambuf>

#include "cli.hpp"
#include "refnet/text.hpp"
#include "terminal.hpp"

namespace refnet::cli {

struct TerminalSafeOutput::Filter : std::streambuf {
  explicit Filter(std::streambuf* to) : to_(to) { setp(buf_, buf_ + sizeof buf_); }
  ~Filter() override { drain(true); }

  int_type overflow(int_type ch) override {
    if (!drain(false)) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain(false) && to_->pubsync() == 0 ? 0 : -1; }

  // Escapes what was written; a trailing 0xC2 (maybe the first byte of a C1
  // control) waits for the next byte unless this is the end.
  bool drain(bool end) {
    std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    std::size_t keep = !end && n && static_cast<unsigned char>(buf_[n - 1]) == 0xC2 ? 1 : 0;
    std::string safe = terminal_safe(std::string_view(buf_, n - keep));
    bool ok = to_->sputn(safe.data(), static_cast<std::streamsize>(safe.size())) ==
              static_cast<std::streamsize>(safe.size());
    if (keep) buf_[0] = buf_[n - 1];
    setp(buf_, buf_ + sizeof buf_);
    pbump(static_cast<int>(keep));
    return ok;
  }

  std::streambuf* to_;
  char buf_[1 << 14];
};

TerminalSafeOutput::TerminalSafeOutput(std::ostream& out)
    : out_(out), filter_(std::make_unique<Filter>(out.rdbuf())) {
  out_.rdbuf(filter_.get());
}

TerminalSafeOutput::~TerminalSafeOutput() {
  out_.flush();
  filter_->drain(true);
  out_.rdbuf(filter_->to_);
}

bool is_terminal(int fd) { return isatty(fd) == 1; }

bool use_colour(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return is_terminal(fd);
}

std::string bold(const std::string& text, bool on) { return on ? "\x1b[1m" + text + "\x1b[0m" : text; }
std::string red(const std::string& text, bool on) { return on ? "\x1b[1;31m" + text + "\x1b[0m" : text; }

void show_output(const std::string& text, bool page) {
  std::cout.flush();
  const char* env = std::getenv("PAGER");
  std::string pager = env ? env : "less -FRX";
  if (page && is_terminal(1) && !text.empty() && !trim(pager).empty() && trim(pager) != "cat") {
    // Quitting the pager early closes the pipe: that is no error of ours.
    auto old = std::signal(SIGPIPE, SIG_IGN);
    if (FILE* p = popen(pager.c_str(), "w")) {
      std::fwrite(text.data(), 1, text.size(), p);
      pclose(p);
      std::signal(SIGPIPE, old);
      return;
    }
    std::signal(SIGPIPE, old);
  }
  std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
  std::cout.flush();
}

}  // namespace refnet::cli
