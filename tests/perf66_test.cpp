// perf66: JabRef's journal lists (data/journal_abbrev_jabref.tsv, 6,955 rows,
// 14,364 names) are keyed at build time.  Every refnet process that compared
// a journal name computed each name's significant words at its start (about
// 148 M instructions: utf8proc's fold, split_words, the words' strings);
// tools/journal_abbrev_keys writes them once, with the same objects refnet
// runs (src/journal_abbrev_keys.hpp).  Here: the keys refnet carries are the
// ones the run-time code computes, name by name, and journal names still
// match as the lists say.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "../src/journal_abbrev_keys.hpp"
#include "refnet/journal_abbrev.hpp"

using namespace refnet;

TEST_CASE("perf66: the JabRef keys written at build time are the ones the run-time code computes", "[perf66]") {
  namespace keys = journal_abbrev_keys;
  const auto computed = keys::computed();
  // The build's table, not the tool's empty one.
  REQUIRE(keys::kSize > 10000);
  CHECK(keys::kSize == computed.size());
  std::size_t differ = 0, shared = 0;
  for (std::size_t i = 0; i < computed.size() && i < keys::kSize; ++i) {
    const std::string_view key(keys::kText + keys::kIndex[i][0]);
    if (key != computed[i].first || keys::kIndex[i][1] != computed[i].second) {
      if (++differ <= 5) {
        INFO("built: " << key << " -> " << keys::kIndex[i][1] << "; run time: " << computed[i].first << " -> "
                       << computed[i].second);
        CHECK(false);
      }
    }
    if (computed[i].second == 0) ++shared;
    // In byte order, each once: the lookup's binary search.
    if (i > 0) CHECK(std::string_view(keys::kText + keys::kIndex[i - 1][0]) < key);
  }
  CHECK(differ == 0);
  // Names two titles share have no number (the list builder leaves most out; a few stay).
  CHECK(shared < computed.size() / 100);
}

TEST_CASE("perf66: names one row of JabRef's lists gives are one journal, through the built keys", "[perf66]") {
  // Rows of data/journal_abbrev_jabref.tsv the ISO 4 rules alone do not match.
  CHECK(journals_match("Bois et Forêts des Tropiques", "Bois For. Trop."));
  CHECK(journal_key("Bois For. Trop.").listed != 0);
  CHECK(journal_key("Bois For. Trop.").listed == journal_key("Bois et Forêts des Tropiques").listed);
  CHECK(journal_key("ARKIVOC (Gainesville, FL, U. S.)").listed ==
        journal_key("ARKIVOC (Gainesville, FL, United States)").listed);
  CHECK(journal_key("ARKIVOC (Gainesville, FL, United States)").listed != 0);
  // A name no row gives.
  CHECK(journal_key("Journal of Nothing Listed Anywhere").listed == 0);
  CHECK(journal_key("").listed == 0);
}
