// JabRef's journal lists (data/journal_abbrev_jabref.tsv) keyed at build
// time: each name's significant words (journal_abbrev.cpp, the hand table
// applied, "for" left out) and the number of its list's title, 0 for a name
// two titles share.  Keying the list's 14,364 names cost every process that
// compares a journal about 150 M instructions at its start; tools/
// journal_abbrev_keys.cpp, built and run by CMake from the same sources as
// refnet (text.cpp, journal_abbrev.cpp, journal_abbrev_table.cpp and the
// list), writes them once, so the keys are the run-time code's whatever the
// rules become (tests/perf66_test.cpp compares them for every name).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace refnet::journal_abbrev_keys {

// Written by tools/journal_abbrev_keys (build/journal_abbrev_keys.cpp): the
// keys, each ended by a NUL, in byte order; per key its offset in kText and
// its title's number.  kSize 0 (the tool's own build, which computes them)
// says there are none: journal_abbrev.cpp then keys the list itself.
extern const char kText[];
extern const std::uint32_t kIndex[][2];
extern const std::size_t kSize;

// The keys as the run-time code computes them from the embedded list, in
// byte order (what the tool writes, and what the test compares).
std::vector<std::pair<std::string, std::uint32_t>> computed();

}  // namespace refnet::journal_abbrev_keys
