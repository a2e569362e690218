// refnet note / attach / open: the user's notes on a work, its files, and
// opening the file (or the DOI, or the URL).  note and attach are one
// journal entry each.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {
namespace {

const CommandSpec kNoteSpec{"note", "refnet note [options] WORK [TEXT...]", "add a note to a work",
                            "Without TEXT, $VISUAL or $EDITOR opens on an empty note.  A work keeps every\n"
                            "note; 'refnet show' lists them.\n",
                            {},
    "refnet note smith2020 'Key paper for chapter 2'\n"};

int run_note(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.empty()) throw UsageError("name a work (ID, DOI or key)");
  Library lib = open_library(args, false);
  std::int64_t id = one_work(lib, pos[0]);
  std::string text;
  for (std::size_t i = 1; i < pos.size(); ++i) text += (i > 1 ? " " : "") + pos[i];
  if (pos.size() == 1) text = run_editor("", ".txt");
  text = std::string(trim(text));
  if (text.empty()) {
    if (args.json()) std::cout << "{\"work\":" << id << ",\"added\":false}\n";
    else std::cout << "empty note: nothing added\n";
    return kOk;
  }
  if (!is_valid_utf8(text)) throw UsageError("the note is not UTF-8 text");
  Library::Transaction tx(lib);
  lib.add_note(id, text);
  lib.journal().describe("note on work " + std::to_string(id));
  tx.commit();
  if (args.json()) std::cout << "{\"work\":" << id << ",\"added\":true,\"note\":" << json_quote(text) << "}\n";
  else std::cout << "added a note to work " << id << "\n";
  return kOk;
}

const CommandSpec kAttachSpec{"attach", "refnet attach [options] WORK PATH", "record a file of a work (its PDF, ...)",
                              "The absolute path is recorded (the file is not copied); a missing file is\n"
                              "recorded with a warning.  'refnet open WORK' opens it.\n",
                              {},
    "refnet attach smith2020 ~/papers/smith2020.pdf\n"};

int run_attach(const Args& args) {
  const auto& pos = args.positionals();
  if (pos.size() != 2) throw UsageError("name a work and a file");
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path path = fs::absolute(pos[1], ec).lexically_normal();
  if (ec) throw UsageError("'" + pos[1] + "': " + ec.message());
  Library lib = open_library(args, false);
  std::int64_t id = one_work(lib, pos[0]);
  if (!fs::exists(path, ec)) std::cerr << path.string() << ": warning: no such file (recorded anyway)\n";
  Library::Transaction tx(lib);
  lib.add_file(id, path.string());
  lib.journal().describe("attached a file to work " + std::to_string(id));
  tx.commit();
  if (args.json()) std::cout << "{\"work\":" << id << ",\"attached\":" << json_quote(path.string()) << "}\n";
  else std::cout << "attached " << path.string() << " to work " << id << "\n";
  return kOk;
}

const CommandSpec kOpenSpec{"open", "refnet open [options] WORK", "open a work's file, else its DOI or URL",
                            "Opens with xdg-open, or the program $REFNET_OPENER names.\n",
                            {},
    "refnet open smith2020\n"};

int run_open(const Args& args) {
  if (args.positionals().size() != 1) throw UsageError("name one work (ID, DOI or key)");
  Library lib = open_library(args, false, Library::Access::read_only);
  std::int64_t id = one_work(lib, args.positionals()[0]);
  auto w = lib.get(id);
  // The first attached file that exists; one that does not is said, and
  // the DOI or URL opens instead.
  std::string target, missing;
  for (const std::string& f : w->files) {
    std::error_code ec;
    if (std::filesystem::exists(f, ec)) {
      target = f;
      break;
    }
    std::cerr << "refnet open: warning: " << f << " does not exist\n";
    if (missing.empty()) missing = f;
  }
  if (target.empty()) target = !w->record.doi.empty() ? "https://doi.org/" + w->record.spelled_doi() : w->record.url;
  if (target.empty()) {
    if (!missing.empty())
      std::cerr << "refnet open: work " << id << " has no file that exists (" << missing
                << " does not), no DOI and no URL; attach the file again with 'refnet attach'\n";
    else
      std::cerr << "refnet open: work " << id << " has no file, DOI or URL; attach one with 'refnet attach "
                << id << " PATH' or set one with 'refnet set " << id << " doi=...'\n";
    return kFailure;
  }
  const char* opener = std::getenv("REFNET_OPENER");
  if (!opener || !*opener) opener = "xdg-open";
  if (args.json()) std::cout << "{\"work\":" << id << ",\"opening\":" << json_quote(target) << "}\n" << std::flush;
  else std::cout << "opening " << target << "\n" << std::flush;
  if (std::system((std::string(opener) + " " + shell_quote(target)).c_str()) != 0) {
    std::cerr << "refnet open: " << opener << " failed on " << target << "\n";
    return kFailure;
  }
  return kOk;
}

const Registration reg_note{kNoteSpec, run_note};
const Registration reg_attach{kAttachSpec, run_attach};
const Registration reg_open{kOpenSpec, run_open};

}  // namespace
}  // namespace refnet::cli
