// A library in a temporary directory that CLI tests run refnet on: every
// command gets `--library PATH`.
#pragma once

#include <string>

#include "support.hpp"

namespace refnet::test {

struct CliLibrary {
  TempDir dir;
  std::string path = dir / "lib.sqlite";
  std::string opt() const { return "--library '" + path + "'"; }
  CommandResult run(const std::string& rest) const { return run_refnet(rest + " " + opt()); }
  // Imports the fixture `name` (a path under fixtures/); it must succeed.
  void import(const std::string& name) const { REQUIRE(run("import '" + fixture(name) + "'").status == 0); }
};

}  // namespace refnet::test
