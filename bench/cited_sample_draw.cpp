// Draws the hand-labelled sample of cited references
// (fixtures/refparse/cited_sample.tsv): every WoS `CR` line and every Scopus
// reference string of the corpus files below, as the importers split them,
// each given a shape by what its text shows (anonymous, corporate author,
// DOI, no year, thesis, report, conference, web page, chapter, book,
// non-English, journal article); from each file, one reference of each shape
// first, then the rest of the file's quota drawn at random.  The generator is
// a fixed-seed splitmix64: the same corpus gives the same sample.
//
//   build/cited_sample_draw FIXTURES_DIR > sample.tsv   (file, index, shape, raw)
//   build/cited_sample_draw FIXTURES_DIR --dump > all.tsv (every reference and its parsed fields,
//                                                          to diff the parsers' output before/after a change)
// The labels are then written by hand, one reference at a time.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/encoding.hpp"
#include "refnet/importer.hpp"
#include "refnet/text.hpp"

using namespace refnet;

namespace {

std::uint64_t state = 20261130;
std::uint64_t next() {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

bool has(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }
bool ihas(const std::string& s, std::string_view w) { return fold(s).find(fold(w)) != std::string::npos; }

bool has_year(const std::string& s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i)
    if ((s[i] == '1' || s[i] == '2') && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
        (i == 0 || !is_digit(s[i - 1])) && (i + 4 == s.size() || !is_digit(s[i + 4])))
      return true;
  return false;
}

std::string shape(const std::string& raw, bool wos) {
  bool non_ascii = std::any_of(raw.begin(), raw.end(), [](unsigned char c) { return c >= 0x80; });
  if (ihas(raw, "anonymous") || (!wos && raw.size() > 1 && raw[0] == '(')) return "anonymous";
  if (!has_year(raw)) return "no-year";
  if (ihas(raw, "thesis") || ihas(raw, "dissertation")) return "thesis";
  if (ihas(raw, "http") || ihas(raw, "www.") || ihas(raw, "retrieved") || ihas(raw, "accessed")) return "web";
  if (ihas(raw, "report") || ihas(raw, " rep ") || ihas(raw, "working paper") || ihas(raw, "WORKING PAP")) return "report";
  if (ihas(raw, "proceedings") || ihas(raw, "conference") || ihas(raw, "proc ") || ihas(raw, "symposium") ||
      ihas(raw, "workshop"))
    return "conference";
  if (has(raw, "In: ") || has(raw, "(eds.)") || has(raw, "(Eds.)") || has(raw, "Eds.") || has(raw, "(ed.)"))
    return "chapter";
  if (non_ascii) return "non-english";
  std::string first = raw.substr(0, raw.find(','));
  if (wos ? (std::count(first.begin(), first.end(), ' ') >= 2 || first.find(' ') == std::string::npos)
          : (first.find('.') == std::string::npos && first.size() > 12))
    return "corporate";
  if (has(raw, "DOI") || has(raw, "doi") || has(raw, "10.1")) return "doi";
  if (wos ? !(has(raw, ", V") && has(raw, ", P")) : !has(raw, ", pp."))
    return "book";
  return "journal";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && !(argc == 3 && std::string(argv[2]) == "--dump")) {
    std::cerr << "usage: cited_sample_draw FIXTURES_DIR [--dump]\n";
    return 2;
  }
  const std::string dir = argv[1];
  const bool dump = argc == 3;
  struct Source {
    const char* file;
    bool wos;
    std::size_t quota;
  };
  const Source sources[] = {
      {"corpora/umbrella-review__savedrecs.txt", true, 52},
      {"corpora/decolonizing-expertise__savedrecs.txt", true, 52},
      {"corpora/pybibx__wos.bib", true, 52},
      {"corpora/scopus4histcite__scopus.ris", false, 40},
      {"corpora/pybibx__scopus.bib", false, 40},
      {"corpora/umbrella-review__scopus.csv", false, 40},
      {"corpora/poultrybibliometric__scopus.csv", false, 40},
  };
  std::cout << "file\tindex\tshape\traw\n";
  for (const Source& s : sources) {
    std::string text = decode_text(read_file(dir + "/" + s.file)).text;
    Diagnostics diags;
    diags.set_source(s.file, text);
    std::vector<std::string> raws;
    import_text(text, Format::unknown, diags, [&](Record&& r) {
      for (const Reference& x : r.references) {
        if (dump)
          std::cout << s.file << '\t' << raws.size() << '\t' << x.raw << '\t' << x.author << '\t' << x.year << '\t'
                    << x.title << '\t' << x.container << '\t' << x.volume << '\t' << x.first_page << '\t' << x.doi
                    << '\n';
        raws.push_back(x.raw);
      }
    });
    if (dump) continue;
    std::map<std::string, std::vector<std::size_t>> by_shape;
    for (std::size_t i = 0; i < raws.size(); ++i) by_shape[shape(raws[i], s.wos)].push_back(i);
    std::vector<std::size_t> picked;
    std::vector<bool> taken(raws.size());
    // A few of each shape first (up to 4, by shape name), then at random.
    for (int round = 0; round < 4; ++round)
      for (auto& [name, v] : by_shape) {
        if (v.empty() || picked.size() >= s.quota) continue;
        std::size_t at = next() % v.size();
        if (taken[v[at]]) continue;
        taken[v[at]] = true;
        picked.push_back(v[at]);
        v.erase(v.begin() + at);
      }
    while (picked.size() < s.quota && picked.size() < raws.size()) {
      std::size_t i = next() % raws.size();
      if (taken[i]) continue;
      taken[i] = true;
      picked.push_back(i);
    }
    std::sort(picked.begin(), picked.end());
    for (std::size_t i : picked) {
      std::string name = s.file;
      name = name.substr(name.find('/') + 1);
      std::cout << name << '\t' << i << '\t' << shape(raws[i], s.wos) << '\t' << raws[i] << '\n';
    }
    std::cerr << s.file << ": " << raws.size() << " references;";
    for (auto& [name, v] : by_shape) std::cerr << ' ' << name << ' ' << v.size();
    std::cerr << '\n';
  }
}
