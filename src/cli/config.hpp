// The configuration file (see config.cpp): defaults for options.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "cli.hpp"

namespace refnet::cli {

struct ConfigEntry {
  std::string section;  // "" for the top level, else a command name
  std::string key;      // an option name
  std::string value;
  std::uint32_t line = 0;
};

// $XDG_CONFIG_HOME/refnet/config, else ~/.config/refnet/config.
std::string config_path();
// Parses the file's text; lines it cannot read are warnings on `warnings`.
std::vector<ConfigEntry> parse_config(const std::string& text, const std::string& path, std::ostream* warnings);
// The file's entries (none when there is no file).
std::vector<ConfigEntry> read_config(std::ostream* warnings);
// Adds to `argv` (a command's arguments) the options the configuration
// sets for `spec` that argv does not give.
void apply_config(const CommandSpec& spec, const std::vector<ConfigEntry>& config, std::vector<std::string>& argv);

}  // namespace refnet::cli
