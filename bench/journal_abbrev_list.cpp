// Writes data/journal_abbrev_jabref.tsv, the part of JabRef's journal
// abbreviation lists the network builders use (journal_abbrev.cpp: two names
// one row lists are one journal), from all their rows as
// bench/journal_abbrev_jabref.py writes them:
//   python3 bench/journal_abbrev_jabref.py GIT_DIR all.tsv
//   build/journal_abbrev_list all.tsv data/journal_abbrev_jabref.tsv
// A name (its significant words, journal_key) the lists give two full titles
// names no one journal: it is left out, and a row whose title is such a name
// is left out whole.  Of the rest, only the abbreviations ISO 4's word rules
// and the hand table do not already match with their title are kept, and a
// row only when one is left.  Rows of one title are written once, in the
// order of their first row.  Deterministic: the same input, the same bytes.
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "refnet/journal_abbrev.hpp"
#include "refnet/text.hpp"

using namespace refnet;

namespace {

// The key without the list itself (this tool writes it).
JournalKey rules_key(std::string_view name) {
  JournalKey k = journal_key(name);
  k.listed = 0;
  return k;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: journal_abbrev_list ALL.tsv OUT.tsv\n";
    return 2;
  }
  struct Row {
    std::string full;
    std::vector<std::string> variants;
  };
  std::vector<Row> rows;
  std::map<std::string, std::set<std::string>> titles;  // key -> keys of the full titles it names
  {
    std::ifstream in(argv[1]);
    std::string line;
    while (std::getline(in, line)) {
      std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
      Row r{line.substr(0, tab), {}};
      for (std::string_view v : split_list(std::string_view(line).substr(tab + 1), "|")) r.variants.emplace_back(v);
      std::string full = rules_key(r.full).text();
      if (full.empty()) continue;
      titles[full].insert(full);
      for (const std::string& v : r.variants)
        if (std::string k = rules_key(v).text(); !k.empty()) titles[k].insert(full);
      rows.push_back(std::move(r));
    }
  }
  std::map<std::string, std::size_t> at;  // full title's key -> index in `out`
  std::vector<Row> out;
  std::size_t ambiguous_rows = 0, ambiguous_names = 0, matched = 0;
  for (const Row& r : rows) {
    std::string full = rules_key(r.full).text();
    if (titles[full].size() > 1) {
      ++ambiguous_rows;
      continue;
    }
    JournalKey fk = rules_key(r.full);
    for (const std::string& v : r.variants) {
      JournalKey vk = rules_key(v);
      std::string k = vk.text();
      if (k.empty() || k == full) continue;
      if (titles[k].size() > 1) {
        ++ambiguous_names;
        continue;
      }
      if (journals_match(fk, vk)) {
        ++matched;
        continue;
      }
      auto [it, fresh] = at.try_emplace(full, out.size());
      if (fresh) out.push_back({r.full, {}});
      std::vector<std::string>& kept = out[it->second].variants;
      bool seen = false;
      for (const std::string& x : kept) seen = seen || rules_key(x).text() == k;
      if (!seen) kept.push_back(v);
    }
  }
  std::ofstream o(argv[2], std::ios::binary);
  o << "# JabRef's journal abbreviation lists (JabRef/abbrv.jabref.org @ a6879a86014356ced6b1b705f5ee24eb1d173950,\n"
       "# journals/*.csv but journal_abbreviations_ieee_strings.csv; CC0-1.0): the titles and abbreviations ISO 4's\n"
       "# rules (src/journal_abbrev.cpp) do not match, names the lists give two titles left out.  Written by\n"
       "# bench/journal_abbrev_jabref.py and bench/journal_abbrev_list; lines \"Full title<TAB>variant|variant\".\n";
  std::size_t pairs = 0;
  for (const Row& r : out) {
    o << r.full << '\t';
    for (std::size_t i = 0; i < r.variants.size(); ++i) o << (i ? "|" : "") << r.variants[i];
    o << '\n';
    pairs += r.variants.size();
  }
  if (!o) {
    std::cerr << "journal_abbrev_list: cannot write " << argv[2] << "\n";
    return 1;
  }
  std::cerr << "journal_abbrev_list: " << rows.size() << " rows; " << ambiguous_rows << " rows of a title the lists give"
            << " another name, " << ambiguous_names << " abbreviations naming two titles, " << matched
            << " abbreviations the rules match; " << out.size() << " titles with " << pairs << " abbreviations -> "
            << argv[2] << "\n";
  return 0;
}
