// refnet: a reference manager and citation-network analyzer.
#include <iostream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "refnet/journal.hpp"

using namespace refnet::cli;

namespace {

void print_overview(std::ostream& out) {
  out << "usage: refnet COMMAND [options] [arguments]\n\n"
         "refnet keeps a library of references in one SQLite file, imports BibTeX, RIS and\n"
         "Crossref JSON, and exports clean bibliographies.\n\ncommands:\n";
  for (const Command& c : commands()) {
    std::string name = c.spec->name;
    out << "  " << name << std::string(name.size() < 10 ? 10 - name.size() : 1, ' ') << c.spec->summary << "\n";
  }
  out << "\n'refnet COMMAND --help' describes a command.  refnet " REFNET_VERSION "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    print_overview(std::cerr);
    return kUsage;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_overview(std::cout);
    return kOk;
  }
  if (name == "--version") {
    std::cout << "refnet " REFNET_VERSION "\n";
    return kOk;
  }
  {
    // The journal records each change with the command that made it.
    std::string line = "refnet";
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      bool plain = !a.empty() && a.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=./:,@+") == std::string::npos;
      line += " " + (plain ? a : shell_quote(a));
    }
    refnet::set_journal_command(line);
  }
  for (const Command& c : commands()) {
    if (name != c.spec->name) continue;
    std::vector<std::string> rest(argv + 2, argv + argc);
    try {
      Args args = parse_args(*c.spec, rest);
      if (args.has("help")) {
        print_help(std::cout, *c.spec);
        return kOk;
      }
      return c.run(args);
    } catch (const UsageError& e) {
      std::cerr << "refnet " << name << ": " << e.what() << "\n(see 'refnet " << name << " --help')\n";
      return kUsage;
    } catch (const std::exception& e) {
      std::cerr << "refnet " << name << ": error: " << e.what() << "\n";
      return kFailure;
    }
  }
  std::cerr << "refnet: unknown command '" << name << "'\n";
  print_overview(std::cerr);
  return kUsage;
}
