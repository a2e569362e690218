// refnet: a reference manager and citation-network analyzer.
#include <iostream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "config.hpp"
#include "export.hpp"
#include "terminal.hpp"
#include "refnet/journal.hpp"

using namespace refnet::cli;

namespace {

void print_overview(std::ostream& out) {
  out << "usage: refnet COMMAND [options] [arguments]   (options may also come before COMMAND)\n\n"
         "refnet keeps a library of references in one SQLite file: it imports the exports of\n"
         "databases and reference managers (BibTeX, RIS, Web of Science, Scopus, PubMed,\n"
         "EndNote, CSV tables, JSON, web pages...), finds duplicates, maps citation,\n"
         "co-authorship and keyword networks, and exports clean bibliographies.\n\ncommands:\n";
  for (const Command& c : commands()) {
    std::string name = c.spec->name;
    out << "  " << name << std::string(name.size() < 12 ? 12 - name.size() : 1, ' ') << c.spec->summary << "\n";
  }
  out << "\n'refnet help COMMAND' (or 'refnet COMMAND --help') describes a command.  refnet " REFNET_VERSION "\n";
}

const Command* find_command(const std::string& name) {
  for (const Command& c : commands())
    if (name == c.spec->name) return &c;
  return nullptr;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const Command& c : commands()) names.push_back(c.spec->name);
  return names;
}

// Some command's option `--name` (for options given before the command,
// whose spec is not known yet), or null.
const OptionSpec* any_option(const std::string& name) {
  for (const OptionSpec& o : common_options())
    if (name == o.name) return &o;
  for (const Command& c : commands())
    for (const OptionSpec& o : c.spec->options)
      if (name == o.name) return &o;
  return nullptr;
}

// An option before the command that no command has: its value must not be
// taken for the command.
int unknown_leading_option(const std::string& arg, bool json) {
  std::string near;
  if (arg.rfind("--", 0) == 0) {
    std::vector<std::string> names;
    for (const OptionSpec& o : common_options()) names.push_back(o.name);
    for (const Command& c : commands())
      for (const OptionSpec& o : c.spec->options) names.push_back(o.name);
    near = did_you_mean(arg.substr(2, arg.find('=') - 2), names);
  }
  std::string msg = "unknown option '" + arg.substr(0, arg.find('=')) + "'" +
                    (near.empty() ? "" : "; did you mean '--" + near + "'?");
  if (json) std::cerr << "{\"error\":" << json_quote(msg) << ",\"command\":null,\"kind\":\"usage\"}\n";
  else std::cerr << "refnet: " << msg << "\n(see 'refnet --help')\n";
  return kUsage;
}

int unknown_command(const std::string& name, bool json) {
  std::string near = did_you_mean(name, command_names());
  std::string msg = "unknown command '" + name + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?");
  if (json) {
    std::cerr << "{\"error\":" << json_quote(msg) << ",\"command\":null}\n";
    return kUsage;
  }
  std::cerr << "refnet: " << msg << "\n";
  if (near.empty()) print_overview(std::cerr);
  return kUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> all(argv + 1, argv + argc);
  // Options may come before the command: `refnet --library X export`.
  std::vector<std::string> leading;
  bool json = false;
  for (const std::string& a : all) json = json || a == "--json";
  std::size_t i = 0;
  while (i < all.size() && all[i].size() > 1 && all[i][0] == '-' && all[i] != "--") {
    const std::string& a = all[i];
    if (a == "--help" || a == "-h") break;
    if (a == "--version") {
      std::cout << "refnet " REFNET_VERSION "\n";
      return kOk;
    }
    const OptionSpec* o = a.rfind("--", 0) == 0 ? any_option(a.substr(2, a.find('=') - 2)) : nullptr;
    if (!o) return unknown_leading_option(a, json);
    leading.push_back(a);
    if (a.find('=') == std::string::npos && o->metavar && i + 1 < all.size()) leading.push_back(all[++i]);
    ++i;
  }
  if (i >= all.size()) {
    if (json) {
      std::cerr << "{\"error\":\"no command given\",\"command\":null}\n";
      return kUsage;
    }
    print_overview(std::cerr);
    return kUsage;
  }
  std::string name = all[i];
  std::vector<std::string> rest(all.begin() + static_cast<std::ptrdiff_t>(i) + 1, all.end());
  if (name == "--help" || name == "-h" || name == "help") {
    if (rest.empty() || rest[0] == "--help") {
      print_overview(std::cout);
      return kOk;
    }
    if (rest[0] == "--man") {
      print_man_page(std::cout);
      return kOk;
    }
    const Command* c = find_command(rest[0]);
    if (!c) return unknown_command(rest[0], json);
    print_help(std::cout, *c->spec);
    return kOk;
  }
  const Command* c = find_command(name);
  if (!c) return unknown_command(name, json);
  {
    // The journal records each change with the command that made it.
    std::string line = "refnet";
    for (int k = 1; k < argc; ++k) {
      std::string a = argv[k];
      bool plain = !a.empty() && a.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=./:,@+") == std::string::npos;
      line += " " + (plain ? a : shell_quote(a));
    }
    refnet::set_journal_command(line);
  }
  rest.insert(rest.begin(), leading.begin(), leading.end());
  bool colour = use_colour(2);
  try {
    apply_config(*c->spec, read_config(&std::cerr), rest);
    Args args = parse_args(*c->spec, rest);
    if (args.has("help")) {
      print_help(std::cout, *c->spec);
      return kOk;
    }
    int status = c->run(args);
    rewrite_kept_exports();  // the auto-exports of a library the command changed
    return status;
  } catch (const UsageError& e) {
    if (json) {
      std::cerr << "{\"error\":" << json_quote(e.what()) << ",\"command\":" << json_quote(name)
                << ",\"kind\":\"usage\"}\n";
      return kUsage;
    }
    std::cerr << "refnet " << name << ": " << e.what() << "\n(see 'refnet " << name << " --help')\n";
    return kUsage;
  } catch (const std::exception& e) {
    if (json) {
      std::cerr << "{\"error\":" << json_quote(e.what()) << ",\"command\":" << json_quote(name) << "}\n";
      return kFailure;
    }
    std::cerr << "refnet " << name << ": " << red("error:", colour) << " " << e.what() << "\n";
    return kFailure;
  }
}
