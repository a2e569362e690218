// The configuration file and `refnet config get|set|list|path`.
//
// $XDG_CONFIG_HOME/refnet/config (else ~/.config/refnet/config), INI-like,
// read by hand:
//
//   # comments start with # or ;
//   library = ~/papers/library.sqlite     every command's --library
//   mailto = me@example.org               every command that has --mailto
//   [export]                              options of one command
//   format = biblatex
//   [rekey]
//   pattern = [auth:lower][year]
//
// A value is the default of the option of that name: an option given on the
// command line wins, and REFNET_LIBRARY wins over `library`.  A flag option
// is set by true/yes/on/1.  A line that is none of these is a warning
// (file:line:col), not an error: the rest of the file still applies.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.hpp"
#include "config.hpp"
#include "refnet/text.hpp"

namespace refnet::cli {

std::string config_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/refnet/config";
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.config/refnet/config";
}

namespace {

std::string expand_home(const std::string& v) {
  const char* home = std::getenv("HOME");
  if (home && (v == "~" || v.rfind("~/", 0) == 0)) return home + v.substr(1);
  return v;
}

}  // namespace

std::vector<ConfigEntry> parse_config(const std::string& text, const std::string& path, std::ostream* warnings) {
  std::vector<ConfigEntry> out;
  std::string section;
  std::istringstream in(text);
  std::string raw;
  for (std::uint32_t line = 1; std::getline(in, raw); ++line) {
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string_view t = trim(raw);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    std::size_t col = static_cast<std::size_t>(t.data() - raw.data()) + 1;
    auto warn = [&](const std::string& what) {
      if (warnings) *warnings << path << ":" << line << ":" << col << ": warning: " << what << "; line ignored\n";
    };
    if (t[0] == '[') {
      if (t.back() != ']') {
        warn("a section header needs a closing ']'");
        continue;
      }
      section = std::string(trim(t.substr(1, t.size() - 2)));
      continue;
    }
    std::size_t eq = t.find('=');
    if (eq == std::string_view::npos) {
      warn("expected 'key = value'");
      continue;
    }
    std::string key(trim(t.substr(0, eq)));
    std::string value(trim(t.substr(eq + 1)));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    if (key.empty()) {
      warn("a key is missing before '='");
      continue;
    }
    out.push_back({section, key, expand_home(value), line});
  }
  return out;
}

std::vector<ConfigEntry> read_config(std::ostream* warnings) {
  std::ifstream in(config_path(), std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), config_path(), warnings);
}

void apply_config(const CommandSpec& spec, const std::vector<ConfigEntry>& config, std::vector<std::string>& argv) {
  auto given = [&](const std::string& name) {
    for (const std::string& a : argv) {
      if (a == "--") break;
      if (a == "--" + name || a.rfind("--" + name + "=", 0) == 0) return true;
    }
    return false;
  };
  auto find = [&](const std::string& name) -> const OptionSpec* {
    for (const auto* list : {&spec.options, &common_options()})
      for (const OptionSpec& o : *list)
        if (name == o.name) return &o;
    return nullptr;
  };
  // A command's own section wins over the top level: applied first.
  std::vector<std::string> extra;
  for (const std::string& section : {std::string(spec.name), std::string()}) {
    for (const ConfigEntry& e : config) {
      if (e.section != section) continue;
      const OptionSpec* o = find(e.key);
      if (!o || std::string_view(o->name) == "help" || given(e.key)) continue;
      if (e.key == "library" && std::getenv("REFNET_LIBRARY") && *std::getenv("REFNET_LIBRARY")) continue;
      bool already = false;
      for (const std::string& x : extra) already = already || x.rfind("--" + e.key + "=", 0) == 0 || x == "--" + e.key;
      if (already) continue;
      if (o->metavar) {
        extra.push_back("--" + e.key + "=" + e.value);
      } else {
        std::string v = ascii_lower(e.value);
        if (v == "true" || v == "yes" || v == "on" || v == "1") extra.push_back("--" + e.key);
      }
    }
  }
  // Before any `--`, so that they stay options.
  auto end = std::find(argv.begin(), argv.end(), "--");
  argv.insert(end, extra.begin(), extra.end());
}

namespace {

CommandSpec make_spec() {
  CommandSpec spec{"config", "refnet config get KEY | set KEY VALUE | unset KEY | list | path",
                   "show or change the configuration file (defaults for options)",
                   "KEY is an option name for every command ('library', 'mailto') or COMMAND.OPTION\n"
                   "('export.format').  A value is the option's default: an option given on the\n"
                   "command line wins, and $REFNET_LIBRARY wins over 'library'.\n",
                   {}};
  spec.examples =
      "refnet config path\n"
      "refnet config set library ~/papers/library.sqlite\n"
      "refnet config set export.format biblatex\n"
      "refnet config get export.format\n"
      "refnet config list\n";
  return spec;
}
const CommandSpec kSpec = make_spec();

std::pair<std::string, std::string> split_key(const std::string& key) {
  auto dot = key.find('.');
  if (dot == std::string::npos) return {"", key};
  return {key.substr(0, dot), key.substr(dot + 1)};
}

// Rewrites the file with KEY set to `value` (or removed, when `value` is
// null), keeping every other line, comments included.
void write_key(const std::string& key, const std::string* value) {
  auto [section, name] = split_key(key);
  std::string path = config_path();
  std::vector<std::string> lines;
  {
    std::ifstream in(path, std::ios::binary);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  std::string current;
  bool done = false;
  std::ptrdiff_t section_end = section.empty() ? -1 : -2;  // where the section's lines end (-2: not seen)
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = trim(lines[i]);
    if (!t.empty() && t[0] == '[' && t.back() == ']') {
      if (current == section && section_end == -1) section_end = static_cast<std::ptrdiff_t>(i);
      current = std::string(trim(t.substr(1, t.size() - 2)));
      if (current == section) section_end = -1;
      continue;
    }
    auto eq = t.find('=');
    if (current != section || t.empty() || t[0] == '#' || t[0] == ';' || eq == std::string_view::npos) continue;
    if (trim(t.substr(0, eq)) != name) continue;
    if (value) lines[i] = name + " = " + *value;
    else lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
    done = true;
    break;
  }
  if (!done && value) {
    std::string entry = name + " = " + *value;
    if (section.empty()) {
      // Top-level keys go before the first section.
      std::size_t at = 0;
      while (at < lines.size() && !(trim(lines[at]).size() && trim(lines[at])[0] == '[')) ++at;
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), entry);
    } else if (section_end >= 0) {
      lines.insert(lines.begin() + section_end, entry);
    } else if (section_end == -1) {
      lines.push_back(entry);
    } else {
      lines.push_back("[" + section + "]");
      lines.push_back(entry);
    }
  }
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    for (const std::string& l : lines) out << l << "\n";
    if (!out) throw std::runtime_error("cannot write " + tmp);
  }
  std::filesystem::rename(tmp, path);
}

// Why `value` is no value of option `o` ("" when it is one): a flag takes
// true/false, an option of a fixed set one of its values (the spec's), a
// count (N, MIN) a whole number, SEC and R a number.
std::string value_error(const OptionSpec& o, const std::string& value) {
  const std::string name = std::string("--") + o.name;
  if (!o.metavar) {
    for (const char* b : {"true", "yes", "on", "1", "false", "no", "off", "0"})
      if (iequals(value, b)) return "";
    return name + " is a flag: true or false, not '" + value + "'";
  }
  if (o.values) {
    for (const auto& v : split_list(o.values, " "))
      if (v == value) return "";
    std::string list = o.values;
    for (char& c : list) c = c == ' ' ? ',' : c;
    return "'" + value + "' is not a value of " + name + " (" + list + ")";
  }
  std::string_view m = o.metavar;
  bool whole = m == "N" || m == "MIN", decimal = m == "SEC" || m == "R";
  if (whole || decimal) {
    char* end = nullptr;
    double d = std::strtod(value.c_str(), &end);
    bool number = !value.empty() && end && *end == '\0' && d >= 0 &&
                  (!whole || value.find_first_not_of("0123456789") == std::string::npos);
    if (!number) return name + " takes " + (whole ? "a whole number" : "a number") + ", not '" + value + "'";
  }
  return "";
}

int run(const Args& args) {
  const auto& p = args.positionals();
  if (p.empty()) throw UsageError("what to do: get, set, unset, list or path");
  const std::string& action = p[0];
  auto want = [&](std::size_t n) {
    if (p.size() != n) throw UsageError(action + " takes " + std::to_string(n - 1) + " argument(s)");
  };
  if (action == "path") {
    want(1);
    if (args.json()) std::cout << "{\"path\":" << json_quote(config_path()) << "}\n";
    else std::cout << config_path() << "\n";
    return kOk;
  }
  std::vector<ConfigEntry> config = read_config(&std::cerr);
  if (action == "list") {
    want(1);
    if (args.json()) {  // one member a key, the last value given winning, as for the options
      std::vector<std::pair<std::string, std::string>> members;
      for (const ConfigEntry& e : config) {
        std::string key = (e.section.empty() ? "" : e.section + ".") + e.key;
        auto same = std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.first == key; });
        if (same != members.end()) same->second = e.value;
        else members.emplace_back(key, e.value);
      }
      std::cout << "{";
      for (std::size_t i = 0; i < members.size(); ++i)
        std::cout << (i ? "," : "") << json_quote(members[i].first) << ":" << json_quote(members[i].second);
      std::cout << "}\n";
      return kOk;
    }
    for (const ConfigEntry& e : config)
      std::cout << (e.section.empty() ? "" : e.section + ".") << e.key << " = " << e.value << "\n";
    return kOk;
  }
  if (action == "get") {
    want(2);
    auto [section, name] = split_key(p[1]);
    for (auto it = config.rbegin(); it != config.rend(); ++it)
      if (it->section == section && it->key == name) {
        if (args.json()) std::cout << "{" << json_quote(p[1]) << ":" << json_quote(it->value) << "}\n";
        else std::cout << it->value << "\n";
        return kOk;
      }
    return kNothingFound;
  }
  if (action == "set" || action == "unset") {
    want(action == "set" ? 3 : 2);
    auto [section, name] = split_key(p[1]);
    // Only names some command knows: a typo would otherwise do nothing, silently.
    std::vector<std::string> known;
    for (const OptionSpec& o : common_options()) known.push_back(o.name);
    bool found = false;
    std::vector<const OptionSpec*> specs;  // the options the key sets
    for (const OptionSpec& o : common_options())
      if (name == o.name) specs.push_back(&o);
    for (const Command& c : commands()) {
      if (!section.empty() && section != c.spec->name) continue;
      for (const OptionSpec& o : c.spec->options) {
        known.push_back(o.name);
        found = found || name == o.name;
        if (name == o.name) specs.push_back(&o);
      }
    }
    if (name == "library" || name == "json") found = true;
    if (!section.empty()) {
      bool command = false;
      for (const Command& c : commands()) command = command || section == c.spec->name;
      if (!command) throw UsageError("'" + section + "' is not a command");
    }
    if (!found && action == "set") {
      std::string near = did_you_mean(name, known);
      throw UsageError("'" + name + "' is no option of " + (section.empty() ? "any command" : "'" + section + "'") +
                       (near.empty() ? "" : "; did you mean '" + near + "'?"));
    }
    if (action == "set" && !specs.empty()) {
      // A value one of the options takes (a key outside a section sets the option of every command that has it).
      std::string why;
      bool good = false;
      for (const OptionSpec* o : specs) {
        std::string e = value_error(*o, p[2]);
        good = good || e.empty();
        if (why.empty()) why = e;
      }
      if (!good) throw UsageError(p[1] + ": " + why);
    }
    if (action == "set") write_key(p[1], &p[2]);
    else write_key(p[1], nullptr);
    return kOk;
  }
  throw UsageError("'" + action + "' is not one of get, set, unset, list, path");
}

const Registration reg{kSpec, run};

}  // namespace
}  // namespace refnet::cli
