// How many cited works the network builders would still split by the
// spelling of their journal, and what an abbreviation list would join.
//   build/cited_journal_splits [--list FILE] [-v] EXPORT...
// The cited references of the exports (all of them pooled, as one library)
// are grouped by what names one work without a journal: first author's
// family name and initial, year, volume and first page (references lacking
// one of these are left out).  Inside a group, references join when their
// journals match (journals_match: ISO 4 word rules and the hand table), when
// one has no journal, or when both have titles that agree (the builders'
// compatible() in src/network_build.cpp); each group's parts beyond the first
// are works split by journal spelling.  Counted twice: by the ISO 4 rules and
// the hand table alone, and as refnet compares journals (with JabRef's lists,
// data/journal_abbrev_jabref.tsv: two names of one row are one journal).
// --list FILE: instead of the bundled lists, lines "Full title<TAB>variant|variant"
// (bench/journal_abbrev_jabref.py's output) applied as the hand table is: a
// name's words become those of the one full title the list gives it, then
// the rules compare (a name the list gives two full titles is left alone).
// Printed: the splits before and after, and every pair of distinct journal
// names of the pool (whatever their other fields) joined after and not
// before, with how many references have each name: the joins to check by
// hand for two different journals (-v: also the groups still split;
// --matches: every pair of the pool's names that match, to compare two
// versions of the rules).
//
// Session 23 read all 348 splits left then by hand (the Scopus and WoS
// exports of fixtures/corpora but bibliotobler and pfas-umbrella: 34,203
// references, 11,662 works) and ruled on the largest classes; splits before
// -> after (journal_abbrev.cpp's rules of that session):
//   same journal, another spelling:
//     J9 cut where the 20th character was a space    58 -> 4
//     section letter (Part A, TRANSPORT RES A-POL)   50 -> 1
//     subtitle after a colon or spaced dash          32 -> 7
//     two words written as one (Multi-Criteria)      16 -> 1
//     last parenthesis (Omega (Westport))            14 -> 0
//     IEEE Xplore's inverted name                     4 -> 2
//     book series vs volume or conference title      25 -> 25  (LECT NOTES COMPUT SC / 8th Int. Conf. ...)
//     a word more or less by the citing author       20 -> 20  (IEEE Computer / COMPUTER)
//     bilingual or translated title                  11 -> 10  (RAIRO Recherche Operationnelle/Operations Research)
//     J9 idiom, acronym (PROCD, WIRES, HDB, QTQM)    17 -> 17
//     typo, spaces lost in the source                12 -> 12
//     another journal named, journal renamed         16 -> 15
//     J9 last word one letter (J CONSTR ENG M)        7 -> 7
//     publisher or place after the name               7 -> 7
//     other (section missing, "J" added, J9 forms
//       shorter or with -ASCE, For. = Forest, ...)   27 -> 26
//   different works, the key collides                 1 -> 1
//   the reference's own text wrong (the source's,
//     not refnet's parser: "Taylor & Francis", "DEV J") 31 -> 31
//   total                                           348 -> 186
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/journal_abbrev.hpp"
#include "refnet/network_build.hpp"
#include "refnet/text.hpp"

using namespace refnet;

namespace {

struct Ref {
  std::string journal, title;
};

std::size_t find(std::vector<std::size_t>& up, std::size_t i) {
  while (up[i] != i) i = up[i] = up[up[i]];
  return i;
}

}  // namespace

int main(int argc, char** argv) {
  std::string list_file;
  bool verbose = false, matches = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--list" && i + 1 < argc) list_file = argv[++i];
    else if (a == "-v") verbose = true;
    else if (a == "--matches") matches = true;
    else files.push_back(a);
  }
  if (files.empty()) {
    std::cerr << "usage: cited_journal_splits [--list FILE] [-v] EXPORT...\n";
    return 2;
  }
  // The list: a name's key -> the keys of the full titles it abbreviates.
  std::map<std::string, std::set<std::string>> full_of;
  if (!list_file.empty()) {
    std::ifstream in(list_file);
    std::string line;
    while (std::getline(in, line)) {
      std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
      std::string full = journal_key(line.substr(0, tab)).text();
      if (full.empty()) continue;
      full_of[full].insert(full);
      for (std::string_view v : split_list(std::string_view(line).substr(tab + 1), "|"))
        if (std::string k = journal_key(v).text(); !k.empty()) full_of[k].insert(full);
    }
    std::cerr << "cited_journal_splits: " << full_of.size() << " names in " << list_file << "\n";
  }
  // A name's key with the list applied, as the hand table is (journal_key):
  // its significant words become those of the one full title the list gives
  // it.
  auto rules = [](const std::string& name) {
    JournalKey k = journal_key(name);
    k.listed = 0;
    return k;
  };
  auto listed = [&](const std::string& name) {
    if (list_file.empty()) return journal_key(name);
    JournalKey k = rules(name);
    auto it = full_of.find(k.text());
    if (it != full_of.end() && it->second.size() == 1) k.words = rules(*it->second.begin()).words;
    return k;
  };
  std::map<std::string, std::vector<Ref>> groups;
  std::map<std::string, std::size_t> names;  // journal name -> references
  std::size_t references = 0, keyed = 0;
  for (const std::string& path : files) {
    std::string text = decode_text(read_file(path)).text;
    Diagnostics diags;
    diags.set_source(path, text);
    std::size_t n = 0;
    import_text(text, Format::unknown, diags, [&](Record&& r) {
      for (const Reference& x : r.references) {
        ++n;
        std::string journal(trim(x.container));
        if (!journal.empty()) ++names[journal];
        std::string author = fold_words(x.author.substr(0, x.author.find(',')));
        std::string rest = x.author.find(',') == std::string::npos ? "" : fold_words(x.author.substr(x.author.find(',') + 1));
        // WoS "Amgoud L": the initials after the last space.
        if (rest.empty() && author.rfind(' ') != std::string::npos) {
          rest = author.substr(author.rfind(' ') + 1);
          author.erase(author.rfind(' '));
        }
        std::string volume(trim(x.volume)), page = first_page_of(x.first_page), year(trim(x.year));
        if (author.empty() || year.empty() || volume.empty() || page.empty()) continue;
        ++keyed;
        groups[author + "|" + rest.substr(0, 1) + "|" + year + "|" + volume + "|" + page].push_back(
            {journal, fold_words(x.title)});
      }
    });
    references += n;
    std::cerr << path << ": " << n << " references\n";
  }
  std::size_t split_before = 0, split_after = 0, multi = 0;
  for (const auto& [key, refs] : groups) {
    if (refs.size() < 2) continue;
    ++multi;
    for (int pass = 0; pass < 2; ++pass) {
      std::vector<std::size_t> up(refs.size());
      std::iota(up.begin(), up.end(), 0);
      for (std::size_t i = 0; i < refs.size(); ++i)
        for (std::size_t j = i + 1; j < refs.size(); ++j) {
          const Ref &a = refs[i], &b = refs[j];
          bool titles = !a.title.empty() && !b.title.empty();
          bool join = a.journal.empty() || b.journal.empty() || journals_match(rules(a.journal), rules(b.journal)) ||
                      (titles && (a.title.rfind(b.title, 0) == 0 || b.title.rfind(a.title, 0) == 0));
          if (!join && pass == 1) join = journals_match(listed(a.journal), listed(b.journal));
          if (join) up[find(up, i)] = find(up, j);
        }
      std::size_t parts = 0;
      for (std::size_t i = 0; i < refs.size(); ++i) parts += find(up, i) == i;
      (pass == 0 ? split_before : split_after) += parts - 1;
      // -v: the group's parts, each its distinct journal names (with how
      // many references write each) and a title when one has it.
      if (verbose && pass == 1 && parts > 1) {
        std::cout << "split\t" << key;
        for (std::size_t root = 0; root < refs.size(); ++root) {
          if (find(up, root) != root) continue;
          std::map<std::string, std::size_t> spelled;
          std::string title;
          for (std::size_t i = 0; i < refs.size(); ++i)
            if (find(up, i) == root) {
              ++spelled[refs[i].journal];
              if (title.empty()) title = refs[i].title;
            }
          std::cout << "\t[";
          const char* sep = "";
          for (const auto& [journal, n] : spelled) std::cout << std::exchange(sep, " | ") << journal << " (" << n << ")";
          if (!title.empty()) std::cout << " | title: " << title;
          std::cout << "]";
        }
        std::cout << "\n";
      }
    }
  }
  std::cout << references << " references, " << keyed << " with author, year, volume and first page, " << groups.size()
            << " works by those (" << multi << " cited twice or more)\n";
  std::cout << "works split by journal spelling: " << split_before << " (rules) -> " << split_after << " (rules + "
            << (list_file.empty() ? "JabRef's lists as bundled" : list_file) << ")\n";
  // Every pair of the pool's journal names the list joins and the rules do
  // not (names compared within their first letter).
  std::map<char, std::vector<std::pair<std::string, JournalKey>>> by_letter;
  for (const auto& [name, n] : names) {
    JournalKey k = listed(name);
    if (!k.empty()) by_letter[k.words[0][0]].emplace_back(name, std::move(k));
  }
  std::size_t pairs = 0;
  for (const auto& [letter, v] : by_letter)
    for (std::size_t i = 0; i < v.size(); ++i)
      for (std::size_t j = i + 1; j < v.size(); ++j)
        if (!journals_match(v[i].second, v[j].second)) {
          continue;
        } else if (journals_match(rules(v[i].first), rules(v[j].first))) {
          if (matches) std::cout << "match\t" << v[i].first << "\t" << v[j].first << "\n";
        } else {
          ++pairs;
          std::cout << "join\t" << v[i].first << " (" << names[v[i].first] << ")\t" << v[j].first << " ("
                    << names[v[j].first] << ")\n";
        }
  std::cout << pairs << " pairs of journal names joined, not by the rules (" << names.size()
            << " distinct names)\n";
  return 0;
}
