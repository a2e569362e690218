// How many nodes of a co-citation map over references name one cited work
// twice: the nodes `refnet network cocitation --over references
// --min-occurrences N` draws from a library (library works and external
// cited works alike, resolved as the builders resolve them), grouped by
// first author's family name (folded; "III", "Jr" and initials left out),
// year, volume and first page.
//   build/cited_work_splits [--min N] [-v] [--joins|--years|--cut-joins] LIBRARY
// Printed: nodes; groups of two nodes or more with the same family, year,
// volume and first page (both known), and the nodes beyond the first of
// each (the duplicates); the same by family and year alone (an upper bound:
// one author publishes two works a year, so these are read by hand; -v lists
// them, each node with its citing works, DOI and title); and nodes of the
// same family, volume and first page whose years are one apart (Web of
// Science's issue year against Scopus's online-first year, or the other way:
// read by hand with -v).  --joins: instead,
// the cited works (outside the library or not) whose references write two
// titles or two sources that differ once folded, with those titles and
// sources: the joins to read by hand for two works made one.  --years:
// instead, the cited works whose references give two years, with each
// distinct reference: the year-apart joins to read by hand.  --cut-joins:
// instead, the cited works before and after CitedWorks::settle() (works only
// a source cut to 20 characters names, joined to the one work they may be),
// each join with a reference of each side: to read by hand.
#include <algorithm>
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

struct Node {
  std::string label, doi, title, family, volume, page;
  int year = 0;
  std::size_t citing = 0;
};

// The family name as the groups key it: words but single letters (initials
// glued on: "anderson j") and generational suffixes.
std::string family_key(const std::string& folded) {
  std::string out;
  for (std::string_view w : split_words(folded)) {
    if (w.size() < 2 || w == "jr" || w == "sr" || w == "ii" || w == "iii" || w == "iv") continue;
    out += out.empty() ? "" : " ";
    out += w;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t min = 3;
  bool verbose = false, joins = false, years = false, cut_joins = false;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--min" && i + 1 < argc) min = std::stoul(argv[++i]);
    else if (a == "-v") verbose = true;
    else if (a == "--joins") joins = true;
    else if (a == "--years") years = true;
    else if (a == "--cut-joins") cut_joins = true;
    else path = a;
  }
  if (path.empty()) {
    std::cerr << "usage: cited_work_splits [--min N] [-v] LIBRARY\n";
    return 2;
  }
  Library lib(path, false, Library::Access::read_only);
  auto docs = load_network_docs(lib, Query{}, NetworkDocParts::for_type("cocitation"));
  if (cut_joins) {
    CitedWorks works;
    std::map<std::uint32_t, std::string> first;
    for (const auto& d : docs)
      for (const Reference& r : d.references)
        if (std::uint32_t w = works.add(r); w != UINT32_MAX) first.emplace(w, collapse_space(r.raw));
    const std::size_t before = works.size();
    const std::vector<std::uint32_t> moved = works.settle();
    std::map<std::uint32_t, std::vector<std::uint32_t>> into;
    for (std::uint32_t w = 0; w < moved.size(); ++w) into[moved[w]].push_back(w);
    for (const auto& [to, from] : into) {
      if (from.size() < 2) continue;
      std::cout << "joined:\n";
      for (std::uint32_t w : from) std::cout << "    " << first[w] << "\n";
    }
    std::cout << "cited works: " << before << " -> " << works.size() << " (settle)\n";
    return 0;
  }
  if (years) {
    CitedWorks works;
    std::map<std::uint32_t, std::set<std::string>> years_of, refs_of;
    for (const auto& d : docs)
      for (const Reference& r : d.references) {
        std::uint32_t w = works.add(r);
        if (w == UINT32_MAX) continue;
        if (!trim(r.year).empty()) years_of[w].insert(std::string(trim(r.year)));
        refs_of[w].insert(collapse_space(r.raw));
      }
    std::size_t shown = 0;
    std::vector<CitedItem> items = works.items();
    for (const auto& [w, ys] : years_of) {
      if (ys.size() < 2) continue;
      ++shown;
      std::cout << items[w].label << "  (" << items[w].year << ")\n";
      for (const std::string& r : refs_of[w]) std::cout << "    " << r << "\n";
    }
    std::cout << shown << " cited works whose references give two years\n";
    return 0;
  }
  if (joins) {
    CitedWorks works;
    std::map<std::uint32_t, std::set<std::string>> titles, sources;
    std::map<std::uint32_t, std::set<std::size_t>> citing;
    std::map<std::uint32_t, std::string> first;
    for (std::size_t d = 0; d < docs.size(); ++d)
      for (const Reference& r : docs[d].references) {
        std::uint32_t w = works.add(r);
        if (w == UINT32_MAX) continue;
        citing[w].insert(d);
        first.emplace(w, r.raw);
        if (!r.title.empty()) titles[w].insert(fold_words(r.title));
        if (!r.container.empty()) sources[w].insert(r.container);
      }
    std::size_t shown = 0;
    for (const auto& [w, docs_of] : citing) {
      if (docs_of.size() < min || (titles[w].size() < 2 && sources[w].size() < 2)) continue;
      ++shown;
      std::cout << docs_of.size() << "  " << first[w] << "\n";
      for (const std::string& t : titles[w]) std::cout << "    title: " << t << "\n";
      for (const std::string& s : sources[w]) std::cout << "    source: " << s << "\n";
    }
    std::cout << shown << " cited works of two titles or sources\n";
    return 0;
  }
  ResolvedRefs refs = resolve_references(docs, true);
  std::vector<std::size_t> citing(docs.size(), 0);
  for (const auto& list : refs.cited)
    for (std::uint32_t c : list)
      if (c < docs.size()) ++citing[c];
  std::vector<Node> nodes;
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (citing[i] >= min) {
      const NetworkDoc& d = docs[i];
      nodes.push_back({d.first_family + " (work)", d.doi, d.title, d.first_family, d.volume, d.first_page, d.year, citing[i]});
    }
  for (const CitedItem& x : refs.external)
    if (x.citing >= min) nodes.push_back({x.label, x.doi, x.title, x.family, x.volume, x.first_page, x.year, x.citing});

  std::map<std::string, std::vector<const Node*>> by_key, by_year, by_place;
  for (const Node& n : nodes) {
    std::string fam = family_key(n.family);
    if (fam.empty() || !n.year) continue;
    std::string fy = fam + "|" + std::to_string(n.year);
    by_year[fy].push_back(&n);
    if (!n.volume.empty() && !n.page.empty()) {
      by_key[fy + "|" + n.volume + "|" + n.page].push_back(&n);
      by_place[fam + "|" + n.volume + "|" + n.page].push_back(&n);
    }
  }
  // Groups of one family, volume and page whose years are one apart.
  std::map<std::string, std::vector<const Node*>> year_apart;
  for (const auto& [k, v] : by_place) {
    std::set<int> years;
    for (const Node* n : v) years.insert(n->year);
    for (int y : years)
      if (years.count(y + 1)) {
        year_apart[k] = v;
        break;
      }
  }
  auto count = [](const std::map<std::string, std::vector<const Node*>>& m, std::size_t& groups, std::size_t& extra) {
    groups = extra = 0;
    for (const auto& [k, v] : m)
      if (v.size() > 1) ++groups, extra += v.size() - 1;
  };
  std::size_t g1, e1, g2, e2, g3, e3;
  count(by_key, g1, e1);
  count(by_year, g2, e2);
  count(year_apart, g3, e3);
  std::cout << path << ": " << nodes.size() << " nodes cited >= " << min << " times; same family+year+volume+page: "
            << g1 << " groups, " << e1 << " duplicate nodes; same family+year: " << g2 << " groups, " << e2
            << " nodes beyond the first; same family+volume+page, years one apart: " << g3 << " groups, " << e3
            << " nodes beyond the first\n";
  if (verbose)
    for (const auto* m : {&by_key, &by_year, &year_apart}) {
      std::cout << (m == &by_key ? "== family+year+volume+page\n"
                    : m == &by_year ? "== family+year\n"
                                    : "== family+volume+page, years one apart\n");
      for (const auto& [k, v] : *m) {
        if (v.size() < 2) continue;
        std::cout << k << "\n";
        for (const Node* n : v)
          std::cout << "  " << n->citing << "  " << n->label << "  " << n->year << "  v" << n->volume << " p" << n->page << "  "
                    << n->doi << "  " << n->title.substr(0, 90) << "\n";
      }
    }
  return 0;
}
