// refnet export [--format F] [-o FILE] [--ascii] [--sort S] [selection]:
// the selected works as BibTeX, BibLaTeX, RIS or CSL-JSON.
//
// Writing a file is atomic: the output goes to a temporary file in the same
// directory, which is flushed to disk and then renamed over FILE, so a failed
// or interrupted export leaves FILE as it was and no half-written file.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>

#include "cli.hpp"
#include "refnet/exporter.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

CommandSpec make_spec() {
  CommandSpec spec{
      "export", "refnet export [options] [ID|DOI|KEY...]",
      "write the selected works as BibTeX, BibLaTeX, RIS or CSL-JSON",
      "Without -o the output goes to stdout.  Without --format the format follows the\n"
      "extension of -o (.bib: bibtex, .ris: ris, .json: csljson), else bibtex.\n"
      "Example: refnet export --year 2015- --keyword e-government -o paper.bib\n",
      {
          {"format", "F", "bibtex (default), biblatex, ris or csljson"},
          {"output", "FILE", "write to FILE (atomically) instead of stdout"},
          {"ascii", nullptr, "BibTeX/BibLaTeX: write non-ASCII letters as LaTeX accents ({\\\"u})"},
          {"sort", "S", "order of the entries: key (default), year, author, title or id"},
      }};
  spec.options.insert(spec.options.end(), kSelectionOptions.begin(), kSelectionOptions.end());
  return spec;
}
const CommandSpec kSpec = make_spec();

using Writer = void (*)(std::ostream&, const std::vector<Record>&, const ExportOptions&);

struct FormatRow {
  const char* name;
  Writer write;
};
constexpr FormatRow kFormats[] = {
    {"bibtex", write_bibtex}, {"biblatex", write_biblatex}, {"ris", write_ris}, {"csljson", write_csljson}};

std::string format_from_args(const Args& args) {
  if (args.has("format")) return ascii_lower(args.get("format"));
  std::string out = args.get("output");
  std::string ext = ascii_lower(std::filesystem::path(out).extension().string());
  if (ext == ".ris") return "ris";
  if (ext == ".json") return "csljson";
  return "bibtex";
}

struct Item {
  std::int64_t id;
  Record record;
};

// Sort keys: folded so that "Ärzte" sorts with "Arzte"; ties by key, then id.
std::string first_family(const Record& r) {
  const auto& names = r.authors.empty() ? r.editors : r.authors;
  if (names.empty()) return {};
  const Creator& c = names.front();
  return fold(c.is_literal() ? c.literal : c.family);
}

void sort_items(std::vector<Item>& items, const std::string& how) {
  auto by_key = [](const Item& a, const Item& b) {
    if (a.record.citekey != b.record.citekey) return a.record.citekey < b.record.citekey;
    return a.id < b.id;
  };
  if (how == "key") {
    std::stable_sort(items.begin(), items.end(), by_key);
  } else if (how == "id") {
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.id < b.id; });
  } else if (how == "year") {
    std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
      if (a.record.issued.year != b.record.issued.year) return a.record.issued.year < b.record.issued.year;
      return by_key(a, b);
    });
  } else if (how == "author" || how == "title") {
    // Computed once per item, not once per comparison.
    std::vector<std::pair<std::string, std::size_t>> keys;
    for (std::size_t i = 0; i < items.size(); ++i)
      keys.emplace_back(how == "author" ? first_family(items[i].record) : fold_words(items[i].record.title), i);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      const Record &ra = items[a.second].record, &rb = items[b.second].record;
      if (how == "author" && ra.issued.year != rb.issued.year) return ra.issued.year < rb.issued.year;
      return by_key(items[a.second], items[b.second]);
    });
    std::vector<Item> sorted;
    sorted.reserve(items.size());
    for (auto& k : keys) sorted.push_back(std::move(items[k.second]));
    items = std::move(sorted);
  } else {
    throw UsageError("--sort: '" + how + "' is not one of key, year, author, title, id");
  }
}

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string errno_text() { return std::strerror(errno); }

// Writes to a temporary file beside `path`, syncs it and renames it over
// `path`.  On any failure the temporary file is removed and Failure thrown.
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) throw Failure("cannot create a temporary file in " + dir.string() + ": " + errno_text());
  std::string tmp = tmpl;
  auto fail = [&](const std::string& what) {
    ::unlink(tmp.c_str());
    throw Failure(what);
  };
  // mkstemp makes the file 0600; an exported bibliography is an ordinary file.
  mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) {
    ::close(fd);
    fail("cannot set the mode of " + tmp + ": " + errno_text());
  }
  ::close(fd);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) fail("cannot open " + tmp + ": " + errno_text());
    try {
      write(out);
    } catch (...) {
      out.close();
      ::unlink(tmp.c_str());
      throw;
    }
    out.flush();
    if (!out) fail("cannot write " + path + ": " + errno_text());
    out.close();
    if (out.fail()) fail("cannot write " + path + ": " + errno_text());
  }
  int sync_fd = ::open(tmp.c_str(), O_RDONLY);
  if (sync_fd < 0 || ::fsync(sync_fd) != 0) {
    if (sync_fd >= 0) ::close(sync_fd);
    fail("cannot sync " + tmp + ": " + errno_text());
  }
  ::close(sync_fd);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) fail("cannot rename " + tmp + " to " + path + ": " + errno_text());
  // The rename itself is durable once the directory is synced.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

int run(const Args& args) {
  std::string format = format_from_args(args);
  const FormatRow* row = nullptr;
  for (const auto& f : kFormats)
    if (format == f.name) row = &f;
  if (!row) throw UsageError("--format: '" + format + "' is not one of bibtex, biblatex, ris, csljson");
  std::string sort = ascii_lower(args.get("sort", "key"));
  ExportOptions opt;
  opt.ascii = args.has("ascii");

  Library lib = open_library(args, false);
  Query q = selection_from_args(args, lib);
  std::vector<Item> items;
  lib.each(q, [&](const Work& w) {
    items.push_back({w.id, w.record});
    return true;
  });
  sort_items(items, sort);
  std::vector<Record> records;
  records.reserve(items.size());
  for (auto& it : items) records.push_back(std::move(it.record));
  items.clear();

  std::string output = args.get("output");
  std::size_t n = records.size();
  const char* noun = n == 1 ? " work" : " works";
  if (output.empty() || output == "-") {
    row->write(std::cout, records, opt);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "refnet export: error: cannot write to stdout\n";
      return kFailure;
    }
    std::cerr << "exported " << n << noun << " (" << row->name << ")\n";
    return kOk;
  }
  try {
    write_atomically(output, [&](std::ostream& out) { row->write(out, records, opt); });
  } catch (const Failure& e) {
    std::cerr << "refnet export: error: " << e.what() << "\n";
    return kFailure;
  }
  std::cerr << "exported " << n << noun << " to " << output << " (" << row->name << ")\n";
  return kOk;
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
