// The one way refnet reads an input file (imports, DOI lists, thesauri).
//
// Only what is meant is read: a regular file, standard input (`-`), or a
// FIFO named explicitly (`<(...)`, a named pipe), never a directory or a
// device; and never more than a limit (default 4 GiB, `--max-input-size`),
// so `import /dev/zero` or a runaway pipe ends with a message naming the file
// and the limit instead of exhausting memory.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace refnet {

struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct InputLimits {
  static constexpr std::uint64_t kDefaultMaxSize = std::uint64_t(4) << 30;  // 4 GiB
  std::uint64_t max_size = kDefaultMaxSize;
};

// What a path names, before reading it.
enum class InputKind {
  regular,  // a regular file (or a link to one)
  stream,   // standard input or a FIFO: may block until a writer comes
};
// Throws InputError for what cannot be read: missing, a directory, a device,
// a socket.  "-" is standard input.
InputKind input_kind(const std::string& path);

// The whole content of `path` ("-" for standard input).  Throws InputError
// with the file name: unreadable, not a regular file or FIFO, or larger than
// `limits.max_size` ("FILE: larger than the input limit of 4 GiB; see
// --max-input-size").
std::string read_input(const std::string& path, const InputLimits& limits = {});

// The inputs of one command, in order.  Streams (standard input, FIFOs) are
// read by the constructor, so that a command can take the library's write
// lock afterwards without a writer-less FIFO holding it forever; regular
// files are read when taken, one at a time.
class Inputs {
 public:
  Inputs(std::vector<std::string> paths, InputLimits limits);
  std::size_t size() const { return paths_.size(); }
  // The content of input `i` (once).  Throws InputError.
  std::string take(std::size_t i);

 private:
  std::vector<std::string> paths_;
  InputLimits limits_;
  std::vector<std::string> early_;        // content read ahead
  std::vector<std::string> early_error_;  // or why it could not be
  std::vector<bool> read_ahead_;
};

// Parses a size given on the command line: "4GiB", "500M", "1000000", "64k"
// (powers of 1024; B, KiB/K/KB, MiB/M/MB, GiB/G/GB, TiB/T/TB).  Throws
// InputError for anything else.
std::uint64_t parse_size(const std::string& text);
// "4 GiB", "512 MiB", "1000 bytes".
std::string format_size(std::uint64_t bytes);

}  // namespace refnet
