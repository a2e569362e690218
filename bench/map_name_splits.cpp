// How many nodes of the co-authorship and institution maps, and how many
// journal names of `refnet stats`, name one author, institution or journal
// twice: the nodes `refnet network coauthor|institutions --min-occurrences 1`
// draws from a library, grouped by a loose key of their label that is not
// the builders' own:
//   authors:      family name folded, a German transliteration undone
//                 (`oe`, `ae`, `ue` between consonants: Sjoegersten =
//                 Sjogersten), and the initials; apart, the family names
//                 whose initials one extends ("Trumbore S", "Trumbore SE");
//   institutions: the words but "of", "the", "and", ... cut to their first
//                 three letters (WoS's `Univ Minnesota` = `University of
//                 Minnesota`, `Swedish Univ Agr Sci` = `Swedish University of
//                 Agricultural Sciences`), a transliteration undone;
//   journals:     the works' containers folded, `&` read as `and`.
// An upper bound: two people of one family name and initial, or two
// institutions whose words start alike, fall in one group; -v lists the
// groups to read by hand.
//   build/map_name_splits [-v] LIBRARY
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "refnet/network_build.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"

using namespace refnet;

namespace {

bool consonant(char c) { return is_alpha(c) && std::string_view("aeiouy").find(c) == std::string_view::npos; }

// `oe`, `ae`, `ue` after a consonant (or a word start) and before a
// consonant: `o`, `a`, `u`.
std::string untransliterate(const std::string& w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    out.push_back(w[i]);
    bool vowel = w[i] == 'o' || w[i] == 'a' || w[i] == 'u';
    if (vowel && i + 2 < w.size() && w[i + 1] == 'e' && consonant(w[i + 2]) && (i == 0 || consonant(w[i - 1]))) ++i;
  }
  return out;
}

// Family name and initials: the last word is the initials ("Sjoegersten S").
std::string author_loose(const std::string& label) {
  const std::string folded = fold_words(label);
  std::vector<std::string_view> words = split_words(folded);
  if (words.size() < 2) return {};
  std::string family;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) family += untransliterate(std::string(words[i])) + " ";
  return family + std::string(words.back());
}

std::string institution_loose(const std::string& label) {
  static const std::set<std::string> stop = {"of", "the", "and", "for", "de", "do", "da", "di", "del", "della",
                                             "des", "du", "la", "le", "der", "und", "y", "et", "at", "in"};
  const std::string folded = fold_words(label);
  std::string out;
  for (std::string_view w : split_words(folded)) {
    std::string word = untransliterate(std::string(w));
    if (stop.count(word)) continue;
    out += (out.empty() ? "" : " ") + word.substr(0, 3);
  }
  return out;
}

struct Count {
  std::size_t names = 0, groups = 0, extra = 0;
};

Count count(const std::map<std::string, std::vector<std::string>>& by, std::size_t names, bool verbose,
            const char* what) {
  Count c;
  c.names = names;
  for (const auto& [k, v] : by)
    if (v.size() > 1) {
      ++c.groups, c.extra += v.size() - 1;
      if (verbose) {
        std::cout << what << " " << k << ":";
        for (const auto& s : v) std::cout << "  [" << s << "]";
        std::cout << "\n";
      }
    }
  return c;
}

Count map_splits(Library& lib, const std::string& type, std::string (*loose)(const std::string&), bool verbose) {
  auto docs = load_network_docs(lib, Query{}, NetworkDocParts::for_type(type));
  NetworkOptions o;
  o.type = type;
  o.min_occurrences = 1;
  o.link_documents = false;
  Network n = build_network(docs, o);
  std::map<std::string, std::vector<std::string>> by;
  for (const auto& v : n.nodes)
    if (std::string k = loose(v.label); !k.empty()) by[k].push_back(v.label);
  if (type == "coauthor") {
    // Names whose initials another node of the family extends.
    std::map<std::string, std::vector<std::string>> families;
    for (const auto& [k, v] : by) {
      std::size_t space = k.rfind(' ');
      families[k.substr(0, space)].push_back(k.substr(space + 1));
    }
    std::size_t shorter = 0;
    for (const auto& [family, inits] : families)
      for (const auto& a : inits)
        for (const auto& b : inits)
          if (a.size() < b.size() && b.compare(0, a.size(), a) == 0) {
            ++shorter;
            if (verbose) std::cout << "initials " << family << ": " << a << " < " << b << "\n";
            break;
          }
    std::cout << "  authors whose initials another node of the family extends: " << shorter << "\n";
  }
  return count(by, n.nodes.size(), verbose, type.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-v") verbose = true;
    else path = a;
  }
  if (path.empty()) {
    std::cerr << "usage: map_name_splits [-v] LIBRARY\n";
    return 2;
  }
  Library lib(path, false, Library::Access::read_only);
  Count au = map_splits(lib, "coauthor", author_loose, verbose);
  Count in = map_splits(lib, "institutions", institution_loose, verbose);
  std::cout << path << ":\n";
  std::cout << "  authors:      " << au.names << " nodes, " << au.groups << " groups of one loose key, " << au.extra
            << " nodes beyond the first\n";
  std::cout << "  institutions: " << in.names << " nodes, " << in.groups << " groups, " << in.extra
            << " nodes beyond the first\n";
  return 0;
}
