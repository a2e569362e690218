// The one way refnet writes a file (exports, networks and their sibling
// files, pictures).
//
// A regular file is never written in place: its new content goes to a
// temporary file created beside it (`.NAME.tmp-XXXXXX`, O_CREAT|O_EXCL, so a
// link planted under that name is never followed), which is synced and then
// renamed over the target.  An interrupted or failed write leaves the old
// file as it was and no temporary file behind (SIGINT and SIGTERM included).
//
//  - `-` is standard output; character devices (/dev/null, /dev/stdout, a
//    terminal) and FIFOs are written through, never replaced;
//  - a symbolic link keeps pointing where it did: the file it points to is
//    replaced (a link to nothing is refused);
//  - the replaced file keeps its permission bits; a new one gets 0666 & ~umask;
//  - a directory, block device or socket is refused;
//  - a full disk is said as such.
//
// Several files (a network and its siblings) are written all-or-none: every
// one is complete and synced before the first rename.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace refnet {

// What went wrong, with the path: "cannot write out.bib: no space left on
// device (the disk is full)".
struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class OutputFiles {
 public:
  OutputFiles();
  ~OutputFiles();  // discards every file not committed (temporary files removed)
  OutputFiles(const OutputFiles&) = delete;
  OutputFiles& operator=(const OutputFiles&) = delete;

  // Starts the file `path` and returns the stream to write its content to.
  // Throws OutputError when the path cannot be written.
  std::ostream& open(const std::string& path);
  // Puts every opened file in place.  Throws OutputError (the files not yet
  // renamed keep their old content; the message names any that were).
  void commit();

 private:
  struct File;
  std::vector<std::unique_ptr<File>> files_;
  bool committed_ = false;
};

// One file: `write` fills it, then it is committed.  An exception from
// `write` discards the file and propagates.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

// The file exists and holds something: an empty selection never overwrites
// it unless the user says --force (export, network).
bool non_empty_file(const std::string& path);

}  // namespace refnet
