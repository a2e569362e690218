// Writes src/refparse_given_names.cpp: given names written out in full in the labelled references the parser is
// trained on and in openly licensed real exports.
//   build/refparse_given_names [DATA_DIR] [--list FILE] [CORPUS_DIR...] > src/refparse_given_names.cpp
// DATA_DIR (default ../shared/refparse): AnyStyle's labelled references (anystyle__*.xml, BSD-2-Clause), read by
// refparse::load_corpus; the held-out split (refparse::is_held_out) is left out, as refparse_train leaves it out, so
// that refparse_eval's held-out figure is not measured on references the rules' list was made from.  In every author
// or editor span, a name written "Family, Given" whose given name is a capitalised word of three letters or more.
// CORPUS_DIR (fixtures/corpora, ../shared/corpora): the files its MANIFEST.tsv gives an MIT, Apache-2.0, CC0-1.0 or BSD
// licence, read by refnet's own readers (import_text: RIS AU, WoS AF, MEDLINE FAU, Scopus "Author full names",
// BibTeX...): every author's or editor's family name and given name's first word when that is such a word; none of
// them is evaluation data.  A name is kept when seen at least twice as a given name in the labelled references and
// never as a family name there ("Martin", "Scott", seen both ways, are left out), or at least five times as a given
// name in the exports and never as a family name in either ("Douglas", 9 times given and once family, is left out:
// WoS's "Douglas Ann, 1962" is Ann Douglas).  --list FILE (fixtures/refparse/given_names_de.txt): a list of given
// names, one a line ('#' starts a comment), from an openly licensed source (that file's header says which); each
// one-word name is kept when seen less often as a family name than as a given name in the labelled references and
// the exports together ("Thomas" is kept; "Werner", "Arnold", "Martin" are left out).  The parser reads a name list written family first without a comma
// ("Agranoff Robert, McGuire Michael", Oxford's JPART) with it (refparse::given_name_word), and so do Web of Science's
// cited labels of two written-out words (cited_works.cpp, full_name_family).  Deterministic: the same data give the same bytes.
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

using namespace refnet;
using namespace refnet::refparse;

namespace {

// A word character as Python's \w reads UTF-8 text: ASCII letters, digits, '_' and any non-ASCII byte.
bool word_char(char c) { return is_alpha(c) || is_digit(c) || c == '_' || (unsigned char)c >= 0x80; }

// "Family, Given…" at the start of `piece` (after spaces): the family name (word characters, "'" and "-") and the
// given name (a capital and two lower-case ASCII letters or more, then no word character); false when not so written.
bool family_given(std::string_view piece, std::string_view& family, std::string_view& given) {
  std::size_t i = 0;
  while (i < piece.size() && is_space(piece[i])) ++i;
  std::size_t f = i;
  if (i >= piece.size() || piece[i] < 'A' || piece[i] > 'Z') return false;
  ++i;
  std::size_t run = i;
  while (i < piece.size() && (word_char(piece[i]) || piece[i] == '\'' || piece[i] == '-')) ++i;
  if (i == run || i >= piece.size() || piece[i] != ',') return false;
  family = piece.substr(f, i - f);
  ++i;
  std::size_t sp = i;
  while (i < piece.size() && is_space(piece[i])) ++i;
  if (i == sp || i >= piece.size() || piece[i] < 'A' || piece[i] > 'Z') return false;
  std::size_t g = i++;
  while (i < piece.size() && piece[i] >= 'a' && piece[i] <= 'z') ++i;
  if (i - g < 3 || (i < piece.size() && word_char(piece[i]))) return false;
  given = piece.substr(g, i - g);
  return true;
}

// The persons of a name span: the pieces between ';', '&' and the word "and".
template <typename F>
void for_each_piece(std::string_view span, F f) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= span.size(); ++i) {
    std::size_t skip = 0;
    if (i == span.size() || span[i] == ';' || span[i] == '&') skip = 1;
    else if (span.substr(i, 3) == "and" && (i == 0 || !word_char(span[i - 1])) &&
             (i + 3 == span.size() || !word_char(span[i + 3])))
      skip = 3;
    if (!skip) continue;
    f(span.substr(start, i - start));
    start = i + skip;
    i += skip - 1;
  }
}

// The openly licensed files of a corpus folder (its MANIFEST.tsv: file, role, repo, commit, path, licence, ...).
std::vector<std::string> open_files(const std::string& dir) {
  std::vector<std::string> out;
  std::ifstream in(dir + "/MANIFEST.tsv");
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols = split_list(line, "\t");
    if (cols.size() < 6) continue;
    const std::string& licence = cols[5];
    if (starts_with(licence, "MIT") || starts_with(licence, "Apache") || starts_with(licence, "CC0") ||
        starts_with(licence, "BSD"))
      if (std::ifstream(dir + "/" + cols[0]).good()) out.push_back(dir + "/" + cols[0]);
  }
  return out;
}

// A given name written out: a capital and two lower-case ASCII letters or more, nothing else.
bool written_out(std::string_view w) {
  if (w.size() < 3 || w[0] < 'A' || w[0] > 'Z') return false;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] < 'a' || w[i] > 'z') return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "../shared/refparse";
  std::map<std::string, int> given, family, export_given, export_family;
  std::vector<std::string> listed;
  std::string list_path;
  int a0 = 2;
  if (argc > 3 && std::string(argv[2]) == "--list") {
    list_path = argv[3];
    std::ifstream in(list_path);
    if (!in) {
      std::cerr << list_path << ": cannot read\n";
      return 1;
    }
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line[0] != '#' && line.find(' ') == std::string::npos) listed.push_back(line);
    a0 = 4;
  }
  for (int a = a0; a < argc; ++a)
    for (const std::string& path : open_files(argv[a])) {
      DecodedText text = decode_text(read_file(path));
      Diagnostics diags;
      diags.set_source(path, text.text);
      import_text(text.text, Format::unknown, diags, [&](Record&& r) {
        for (const auto* list : {&r.authors, &r.editors})
          for (const Creator& c : *list) {
            if (c.is_literal() || c.family.empty()) continue;
            ++export_family[c.family];
            std::string first = c.given.substr(0, c.given.find(' '));
            if (written_out(first)) ++export_given[first];
          }
      });
    }
  for (const Example& ex : load_corpus(dir)) {
    if (!starts_with(ex.source, "anystyle__") || is_held_out(ex)) continue;
    std::vector<Token> toks = tokenize(ex.text);
    for (std::size_t i = 0; i < toks.size();) {
      Label l = ex.labels[i];
      std::size_t e = i + 1;
      while (e < toks.size() && ex.labels[e] == l) ++e;
      if (l == kAuthor || l == kEditor)
        for_each_piece(std::string_view(ex.text).substr(toks[i].begin, toks[e - 1].end - toks[i].begin),
                       [&](std::string_view piece) {
                         std::string_view fam, giv;
                         if (!family_given(piece, fam, giv)) return;
                         ++family[std::string(fam)];
                         ++given[std::string(giv)];
                       });
      i = e;
    }
  }
  std::cout << "// Generated by bench/refparse_given_names.cpp from AnyStyle's labelled references (BSD-2-Clause) outside\n"
            << (argc > a0 ? "// the held-out split (refparse::is_held_out) and the openly licensed exports of the corpus folders;\n"
                          : "// the held-out split (refparse::is_held_out);\n")
            << (list_path.empty() ? "" : "// and the given names of " + list_path + " (its header gives their source and licence);\n")
            << "// do not edit.\n"
            << 
               "#include <algorithm>\n#include <iterator>\n#include <string_view>\n\n"
               "#include \"refnet/refparse.hpp\"\n\n"
               "namespace refnet::refparse {\n\nnamespace {\n\nconstexpr std::string_view kGivenNames[] = {\n";
  std::string line = " ";
  std::set<std::string> names;
  for (const auto& [name, count] : given)
    if (count >= 2 && !family.count(name)) names.insert(name);
  for (const auto& [name, count] : export_given) {
    auto f = family.find(name);
    auto xf = export_family.find(name);
    if (count >= 5 && f == family.end() && xf == export_family.end()) names.insert(name);
  }
  auto seen = [](const std::map<std::string, int>& m, const std::string& name) {
    auto it = m.find(name);
    return it == m.end() ? 0 : it->second;
  };
  for (const std::string& name : listed)
    if (seen(family, name) + seen(export_family, name) < seen(given, name) + seen(export_given, name) ||
        (!family.count(name) && !export_family.count(name)))
      names.insert(name);
  for (const std::string& name : names) {
    std::string item = " \"" + name + "\",";
    if (line.size() + item.size() > 118) {
      std::cout << line << '\n';
      line = " ";
    }
    line += item;
  }
  std::cout << line << "\n};\n\n}  // namespace\n\n"
            << "bool given_name_word(std::string_view w) {\n"
               "  return std::binary_search(std::begin(kGivenNames), std::end(kGivenNames), w);\n"
               "}\n\n}  // namespace refnet::refparse\n";
}
