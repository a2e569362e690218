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
//   build/cited_sample_draw --seed N --from LIST.tsv [--dump] > sample.tsv
//     a held-out sample of exports not in the repository: LIST.tsv's lines are
//     `path<TAB>wos|scopus<TAB>quota<TAB>name` (name: the file's name in the
//     sample); drawn as above with the generator started at N
//     (fixtures/refparse/cited_sample62.tsv: seed 62).  `--not-in FILE` (any number of times): a reference
//     whose string is one of FILE's references (as the importer reads them) is not drawn (an export not in
//     the repository still shares cited references with the corpus files: a string the corpus holds is no
//     held-out reference).  `--not-in-sample SAMPLE.tsv` (any number of times): a string an earlier
//     labelled sample holds (its `raw` column) is not drawn either (fixtures/refparse/cited_sample65.tsv:
//     seed 65, the corpus's own files again, none of cited_sample.tsv's strings).
// The labels are then written by hand, one reference at a time.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
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

struct Source {
  std::string file;  // path read (under FIXTURES_DIR in the first form)
  bool wos;
  std::size_t quota;
  std::string name;  // as the sample names it
  std::string dump_name;  // as --dump names it (the first form: the path under FIXTURES_DIR, as before)
};

// LIST.tsv of the --from form: path, wos|scopus, quota, name; '#' lines are comments.
std::vector<Source> read_list(const std::string& path) {
  std::vector<Source> out;
  std::string text = decode_text(read_file(path)).text;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    at = end + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::size_t s = 0;
    for (std::size_t t; (t = line.find('\t', s)) != std::string::npos; s = t + 1) cols.push_back(line.substr(s, t - s));
    cols.push_back(line.substr(s));
    if (cols.size() != 4 || (cols[1] != "wos" && cols[1] != "scopus")) {
      std::cerr << path << ": not 'path<TAB>wos|scopus<TAB>quota<TAB>name': " << line << '\n';
      std::exit(2);
    }
    out.push_back({cols[0], cols[1] == "wos", std::stoul(cols[2]), cols[3], cols[3]});
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool dump = false;
  std::string dir, list;
  std::vector<std::string> seen_in, seen_samples;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--dump") dump = true;
    else if (args[i] == "--seed" && i + 1 < args.size()) state = std::stoull(args[++i]);
    else if (args[i] == "--from" && i + 1 < args.size()) list = args[++i];
    else if (args[i] == "--not-in" && i + 1 < args.size()) seen_in.push_back(args[++i]);
    else if (args[i] == "--not-in-sample" && i + 1 < args.size()) seen_samples.push_back(args[++i]);
    else if (dir.empty() && args[i][0] != '-') dir = args[i];
    else dir = "-";
  }
  if (dir.empty() == list.empty() || dir == "-") {
    std::cerr << "usage: cited_sample_draw FIXTURES_DIR [--dump]\n"
                 "       cited_sample_draw --seed N --from LIST.tsv [--not-in FILE]... [--not-in-sample SAMPLE.tsv]... "
                 "[--dump]\n";
    return 2;
  }
  std::set<std::string> seen;
  for (const std::string& path : seen_in) {
    std::string text = decode_text(read_file(path)).text;
    Diagnostics diags;
    diags.set_source(path, text);
    import_text(text, Format::unknown, diags, [&](Record&& r) {
      for (const Reference& x : r.references) seen.insert(x.raw);
    });
  }
  for (const std::string& path : seen_samples) {  // file, index, raw, ...: the third column
    std::string text = decode_text(read_file(path)).text;
    for (std::size_t at = text.find('\n'); at != std::string::npos && at + 1 < text.size();) {
      std::size_t end = text.find('\n', at + 1);
      std::string line = text.substr(at + 1, (end == std::string::npos ? text.size() : end) - at - 1);
      at = end;
      std::size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
      std::size_t c = b == std::string::npos ? b : line.find('\t', b + 1);
      if (c != std::string::npos) seen.insert(line.substr(b + 1, c - b - 1));
    }
  }
  std::vector<Source> sources;
  if (!list.empty()) {
    sources = read_list(list);
  } else {
    sources = {
        {"corpora/umbrella-review__savedrecs.txt", true, 52, "", ""},
        {"corpora/decolonizing-expertise__savedrecs.txt", true, 52, "", ""},
        {"corpora/pybibx__wos.bib", true, 52, "", ""},
        {"corpora/scopus4histcite__scopus.ris", false, 40, "", ""},
        {"corpora/pybibx__scopus.bib", false, 40, "", ""},
        {"corpora/umbrella-review__scopus.csv", false, 40, "", ""},
        {"corpora/poultrybibliometric__scopus.csv", false, 40, "", ""},
    };
    for (Source& s : sources) {
      s.name = s.file.substr(s.file.find('/') + 1);
      s.dump_name = s.file;
      s.file = dir + "/" + s.file;
    }
  }
  std::cout << "file\tindex\tshape\traw\n";
  for (const Source& s : sources) {
    std::string text = decode_text(read_file(s.file)).text;
    Diagnostics diags;
    diags.set_source(s.file, text);
    std::vector<std::string> raws;
    import_text(text, Format::unknown, diags, [&](Record&& r) {
      for (const Reference& x : r.references) {
        if (dump)
          std::cout << s.dump_name << '\t' << raws.size() << '\t' << x.raw << '\t' << x.author << '\t' << x.year << '\t'
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
        if (seen.count(raws[v[at]])) {  // not held out: the corpus holds it
          taken[v[at]] = true;
          v.erase(v.begin() + at);
          continue;
        }
        taken[v[at]] = true;
        picked.push_back(v[at]);
        v.erase(v.begin() + at);
      }
    while (picked.size() < s.quota && std::count(taken.begin(), taken.end(), true) < std::ptrdiff_t(raws.size())) {
      std::size_t i = next() % raws.size();
      if (taken[i]) continue;
      taken[i] = true;
      if (!seen.count(raws[i])) picked.push_back(i);
    }
    std::sort(picked.begin(), picked.end());
    for (std::size_t i : picked) {
      std::cout << s.name << '\t' << i << '\t' << shape(raws[i], s.wos) << '\t' << raws[i] << '\n';
    }
    std::cerr << s.file << ": " << raws.size() << " references;";
    for (auto& [name, v] : by_shape) std::cerr << ' ' << name << ' ' << v.size();
    std::cerr << '\n';
  }
}
