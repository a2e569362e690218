// Network builders: citation, co-citation, bibliographic coupling,
// co-authorship and keyword co-occurrence, from NetworkDoc slices of works.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <utf8proc.h>

#include "refnet/jats.hpp"
#include "refnet/cited_works.hpp"
#include "refnet/ebscohost.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/journal_abbrev.hpp"
#include "refnet/names.hpp"
#include "refnet/network_build.hpp"
#include "refnet/network_maps.hpp"
#include "refnet/input.hpp"
#include "refnet/latex.hpp"
#include "refnet/encoding.hpp"
#include "refnet/text.hpp"
#include "stored_views.hpp"

namespace refnet {

std::vector<std::string> reference_identifiers(const Reference& r) {
  std::vector<std::string> ids;
  const std::string_view raw = trim(r.raw);
  for (std::string_view kind : {"openalex", "lens"})
    if (std::string id = work_identifier(kind, raw); !id.empty()) return {id};
  // A Lens reference written with its text keeps its Lens ID as its key
  // (lens_json.cpp): a Lens ID's shape (five groups of three, a check
  // character) is no other reader's key.
  if (std::string id = work_identifier("lens", r.key); !id.empty()) return {id};
  // "… 2015 Jan;274(1):250-9. PMID: 25144646": PubMed's way of naming the
  // cited article, after the citation.
  for (std::string_view kind : {"pmid", "pmcid"}) {
    const std::string label = kind == "pmid" ? "PMID:" : "PMCID:";
    const std::size_t at = raw.find(label);
    if (at == std::string_view::npos || (at > 0 && !is_space(raw[at - 1]))) continue;
    std::size_t b = at + label.size();
    while (b < raw.size() && is_space(raw[b])) ++b;
    std::size_t e = b;
    while (e < raw.size() && (is_alpha(raw[e]) || is_digit(raw[e]))) ++e;
    if (std::string id = work_identifier(kind, raw.substr(b, e - b)); !id.empty()) ids.push_back(std::move(id));
  }
  return ids;
}

std::string first_page_of(std::string_view pages) {
  pages = trim(pages);
  std::size_t end = 0;
  while (end < pages.size() && pages[end] != '-' && pages[end] != ',' && !is_space(pages[end])) ++end;
  std::string out;
  for (char c : pages.substr(0, end)) out.push_back(to_lower(c));
  return out;
}

namespace {

int to_int(std::string_view s) {
  s = trim(s);
  while (!s.empty() && s.front() == '{') s.remove_prefix(1);  // WoS extras keep "{12}"
  int v = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]) && i < 9; ++i) v = v * 10 + (s[i] - '0');
  return i == 0 ? 0 : v;
}

// "cited By 12" in a Scopus note.
int scopus_cited_by(std::string_view note) {
  auto at = note.find("cited By ");
  return at == std::string_view::npos ? 0 : to_int(note.substr(at + 9));
}

std::string index_key(std::string_view family, std::string_view year, std::string_view volume, std::string_view page) {
  std::string k;
  k.reserve(family.size() + year.size() + volume.size() + page.size() + 3);
  k.append(family).push_back('|');
  k.append(year).push_back('|');
  k.append(volume).push_back('|');
  k.append(page);
  return k;
}

std::string year_title_key(int year, std::string_view folded_title) {
  return std::to_string(year) + "|" + std::string(folded_title);
}

void add_link_doc(NetworkLink& l, std::int64_t doc, bool keep) {
  if (keep && doc && (l.documents.empty() || l.documents.back() != doc)) l.documents.push_back(doc);
}

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) {
  if (a > b) std::swap(a, b);
  return (std::uint64_t(a) << 32) | b;
}

// Co-occurrence links among items: each list is one document's distinct items;
// every pair of them gets 1 (full counting) or 1/(k-1) (fractional, k = the
// document's item count `k_of[d]`, or the list size when 0).  A document
// with more pairs than `max_pairs` (when > 0) adds none, and is listed in
// n.capped_works.
void cooccurrence_links(Network& n, const std::vector<std::vector<std::uint32_t>>& lists,
                        const std::vector<std::int64_t>& doc_ids, const std::vector<std::size_t>& k_of, bool fractional,
                        bool keep_docs, std::size_t max_pairs = 0) {
  auto pairs_of = [](std::size_t k) { return k < 2 ? 0 : k * (k - 1) / 2; };
  auto over_cap = [&](std::size_t d) { return max_pairs && pairs_of(lists[d].size()) > max_pairs; };
  for (std::size_t d = 0; d < lists.size(); ++d)
    if (over_cap(d))
      n.capped_works.push_back({doc_ids.empty() ? 0 : doc_ids[d], lists[d].size(), pairs_of(lists[d].size())});
  // A map of a few hundred terms sees millions of pairs over few distinct
  // links: a dense table of link positions then beats hashing each pair.
  const std::size_t nv = n.nodes.size();
  const bool dense = nv <= 1024;
  std::vector<std::uint32_t> table(dense ? nv * nv : 0, UINT32_MAX);
  std::unordered_map<std::uint64_t, std::uint32_t> at;
  if (!dense) {
    // Sized from the data: no more links than pairs written, nor than pairs
    // of nodes (capped: a coupling of 100k works writes hundreds of millions).
    std::size_t pairs = 0;
    for (std::size_t d = 0; d < lists.size(); ++d)
      if (!over_cap(d)) pairs += pairs_of(lists[d].size());
    pairs = std::min({pairs, nv * (nv - 1) / 2, std::size_t(1) << 22});
    at.reserve(pairs);
    n.links.reserve(pairs);
  }
  auto slot = [&](std::uint32_t a, std::uint32_t b) -> std::uint32_t& {
    if (a > b) std::swap(a, b);
    if (dense) return table[std::size_t(a) * nv + b];
    return at.emplace(pair_key(a, b), UINT32_MAX).first->second;
  };
  for (std::size_t d = 0; d < lists.size(); ++d) {
    const auto& items = lists[d];
    if (items.size() < 2 || over_cap(d)) continue;
    std::size_t k = k_of.empty() || k_of[d] == 0 ? items.size() : std::max(k_of[d], items.size());
    double w = fractional ? 1.0 / double(k - 1) : 1.0;
    for (std::size_t i = 0; i < items.size(); ++i)
      for (std::size_t j = i + 1; j < items.size(); ++j) {
        std::uint32_t& at_link = slot(items[i], items[j]);
        if (at_link == UINT32_MAX) {
          at_link = std::uint32_t(n.links.size());
          NetworkLink l;
          l.source = std::min(items[i], items[j]);
          l.target = std::max(items[i], items[j]);
          l.raw_weight = 0;
          n.links.push_back(std::move(l));
        }
        NetworkLink& l = n.links[at_link];
        l.raw_weight += w;
        add_link_doc(l, doc_ids.empty() ? 0 : doc_ids[d], keep_docs);
      }
  }
}

void finish_links(Network& n) {
  std::sort(n.links.begin(), n.links.end(), [](const NetworkLink& a, const NetworkLink& b) {
    return a.source != b.source ? a.source < b.source : a.target < b.target;
  });
  for (auto& l : n.links) {
    l.weight = l.raw_weight;
    std::sort(l.documents.begin(), l.documents.end());
    l.documents.erase(std::unique(l.documents.begin(), l.documents.end()), l.documents.end());
  }
}

// Keeps the nodes for which keep[i] holds, renumbering links; drops links
// that lose an end.
void keep_nodes(Network& n, const std::vector<bool>& keep) {
  std::vector<std::uint32_t> index(n.nodes.size(), UINT32_MAX);
  std::vector<NetworkNode> nodes;
  for (std::size_t i = 0; i < n.nodes.size(); ++i)
    if (keep[i]) {
      index[i] = std::uint32_t(nodes.size());
      nodes.push_back(std::move(n.nodes[i]));
    }
  n.nodes = std::move(nodes);
  std::vector<NetworkLink> links;
  for (auto& l : n.links)
    if (index[l.source] != UINT32_MAX && index[l.target] != UINT32_MAX) {
      l.source = index[l.source];
      l.target = index[l.target];
      links.push_back(std::move(l));
    }
  n.links = std::move(links);
}

// --top N: the N nodes of greatest total link strength (VOSviewer's rule),
// ties by occurrences, then by order.
void keep_top(Network& n, std::size_t top) {
  if (top == 0 || n.nodes.size() <= top) return;
  std::vector<double> s(n.nodes.size(), 0);
  for (const auto& l : n.links) {
    s[l.source] += l.raw_weight;
    s[l.target] += l.raw_weight;
  }
  std::vector<std::uint32_t> order(n.nodes.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (s[a] != s[b]) return s[a] > s[b];
    return n.nodes[a].occurrences > n.nodes[b].occurrences;
  });
  std::vector<bool> keep(n.nodes.size(), false);
  for (std::size_t i = 0; i < top; ++i) keep[order[i]] = true;
  keep_nodes(n, keep);
}

NetworkNode work_node(const NetworkDoc& d) {
  NetworkNode node;
  node.id = "w" + std::to_string(d.id);
  node.label = d.label;
  node.kind = "work";
  node.work_id = d.id;
  node.doi = d.doi;
  node.title = d.title;
  node.year = d.year;
  node.occurrences = 1;
  node.avg_year = d.year;
  node.global_citations = d.global_citations;
  node.avg_citations = d.global_citations;
  return node;
}

// ---------------------------------------------------------------------------
// Resolving references: to a library work, or to an external cited item.

enum class Rule { doi, identifier, key, title, self, none };


// A folded title long enough to name one work without its year: five words
// or more ("Introduction", "Editorial", "Book review" are not).
bool distinctive_title(std::string_view folded) {
  return std::count(folded.begin(), folded.end(), ' ') >= 4;
}

}  // namespace

ResolvedRefs resolve_references(const std::vector<NetworkDoc>& docs, bool want_external) {
  ResolvedRefs out;
  // by_title_only: a long title that one work alone has, for a reference or a
  // work without a year (a page's article and the works citing it).
  std::unordered_map<std::string, std::uint32_t> by_doi, by_title, by_title_only;
  by_doi.reserve(docs.size());
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_key;
  std::unordered_map<std::string, std::uint32_t> by_identifier;
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    const auto& d = docs[i];
    if (!d.doi.empty()) by_doi.emplace(reference_doi_key(d.doi), i);  // the first (lowest id) work with a DOI wins
    for (const std::string& id : d.identifiers) by_identifier.emplace(id, i);
    if (!d.first_family.empty() && d.year && !d.volume.empty() && !d.first_page.empty())
      by_key[index_key(d.first_family, std::to_string(d.year), d.volume, d.first_page)].push_back(i);
    if (d.year && !d.title.empty()) by_title.emplace(year_title_key(d.year, fold_words(d.title)), i);
    if (!d.title.empty()) {
      std::string t = fold_words(d.title);
      if (distinctive_title(t)) {
        auto [it, fresh] = by_title_only.emplace(std::move(t), i);
        if (!fresh && it->second != i) it->second = UINT32_MAX;  // two works of one title: no match by title alone
      }
    }
  }
  CitedWorks external;
  if (want_external)
    for (const NetworkDoc& d : docs) {
      for (const auto& [family, given] : d.author_names) external.know_author(family, given, d.year);
      for (const Reference& r : d.references) external.know(r);
    }
  out.cited.resize(docs.size());
  auto& rep = out.report;
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    auto& cited = out.cited[i];
    for (const Reference& r : docs[i].references) {
      ++rep.references;
      std::uint32_t target = UINT32_MAX;
      Rule rule = Rule::none;
      if (!r.doi.empty()) {
        auto it = by_doi.find(reference_doi_key(r.doi));
        if (it != by_doi.end()) target = it->second, rule = Rule::doi;
      }
      if (target == UINT32_MAX && !by_identifier.empty())
        for (const std::string& id : reference_identifiers(r))
          if (auto it = by_identifier.find(id); it != by_identifier.end()) {
            target = it->second, rule = Rule::identifier;
            break;
          }
      if (target == UINT32_MAX && !r.author.empty() && !r.volume.empty() && !r.first_page.empty()) {
        auto [family, initial] = reference_author(r.author);
        auto it = by_key.find(index_key(family, trim(r.year), reference_number(r.volume), first_page_of(r.first_page)));
        if (it != by_key.end())
          for (std::uint32_t c : it->second)
            if (!initial || !docs[c].first_initial || docs[c].first_initial == initial) {
              target = c, rule = Rule::key;
              break;
            }
      }
      // A year one apart (WoS's issue year, Scopus's online-first year):
      // volume and first page equal, and the title, else the journal, agrees.
      if (target == UINT32_MAX && !r.author.empty() && !r.volume.empty() && !r.first_page.empty() && to_int(r.year)) {
        auto [family, initial] = reference_author(r.author);
        int y = to_int(r.year);
        for (int near : {y - 1, y + 1}) {
          auto it = by_key.find(index_key(family, std::to_string(near), reference_number(r.volume), first_page_of(r.first_page)));
          if (it == by_key.end()) continue;
          for (std::uint32_t c : it->second) {
            const NetworkDoc& d = docs[c];
            if (initial && d.first_initial && d.first_initial != initial) continue;
            if (!r.doi.empty() && !d.doi.empty()) continue;  // two DOIs: two works (one would have matched)
            bool agree = !r.title.empty() && !d.title.empty()
                             ? cited_titles_agree(fold_words(r.title), fold_words(d.title), true)
                             : std::any_of(d.containers.begin(), d.containers.end(),
                                           [&](const std::string& name) { return journals_match(r.container, name); });
            if (agree) {
              target = c, rule = Rule::key;
              break;
            }
          }
          if (target != UINT32_MAX) break;
        }
      }
      if (target == UINT32_MAX && !r.title.empty()) {
        int y = to_int(r.year);
        if (y) {
          auto it = by_title.find(year_title_key(y, fold_words(r.title)));
          if (it != by_title.end()) target = it->second, rule = Rule::title;
        }
        if (target == UINT32_MAX) {
          auto it = by_title_only.find(fold_words(r.title));
          if (it != by_title_only.end() && it->second != UINT32_MAX && (!y || !docs[it->second].year))
            target = it->second, rule = Rule::title;
        }
      }
      if (target == i) rule = Rule::self;
      switch (rule) {
        case Rule::doi: ++rep.by_doi; break;
        case Rule::identifier: ++rep.by_identifier; break;
        case Rule::key: ++rep.by_key; break;
        case Rule::title: ++rep.by_title; break;
        case Rule::self: ++rep.self; break;
        case Rule::none:
          ++rep.unmatched;
          if (rep.unmatched_sample.size() < 20)
            rep.unmatched_sample.push_back(!r.raw.empty() ? collapse_space(r.raw)
                                                          : r.author + ", " + r.year + ", " + r.title + (r.doi.empty() ? "" : ", DOI " + r.doi));
          break;
      }
      if (rule == Rule::self) continue;
      if (rule != Rule::none) {
        cited.push_back(target);
        continue;
      }
      if (!want_external) continue;
      std::uint32_t e = external.add(r);
      if (e != UINT32_MAX) cited.push_back(std::uint32_t(docs.size()) + e);
    }
    std::sort(cited.begin(), cited.end());
    cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
  }
  // Cited works only a cut source names, joined to the one work they may be (CitedWorks::settle).
  if (want_external) {
    const std::vector<std::uint32_t> moved = external.settle();
    const auto first = std::uint32_t(docs.size());
    for (auto& cited : out.cited) {
      bool changed = false;
      for (std::uint32_t& c : cited)
        if (c >= first && moved[c - first] != c - first) c = first + moved[c - first], changed = true;
      if (changed) {
        std::sort(cited.begin(), cited.end());
        cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
      }
    }
  }
  out.external = external.items();
  for (const auto& list : out.cited)
    for (std::uint32_t c : list)
      if (c >= docs.size()) ++out.external[c - docs.size()].citing;
  return out;
}

namespace {


NetworkNode external_node(const CitedItem& item) {
  NetworkNode node;
  node.id = item.key;
  node.label = item.label;
  node.kind = "external";
  node.doi = item.doi;
  node.title = item.title;
  node.year = item.year;
  node.occurrences = 1;
  node.avg_year = item.year;
  return node;
}

// Unicode case folding alone, composed: "Müller" -> "müller" (fold() also
// strips accents).
std::string case_fold(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  if (n < 0) return std::string(s);
  std::string folded(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return folded;
}

}  // namespace

bool ends_in_capitals(std::string_view term) {
  term = trim(term);
  std::size_t space = term.find_last_of(" \t");
  std::string_view w = space == std::string_view::npos ? term : term.substr(space + 1);
  std::size_t upper = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 2;
}

namespace {

// Words ending in -s that are not plurals of a word without it.
bool invariant_word(std::string_view w) {
  static const char* const words[] = {"series", "species", "news", "means", "physics", "mathematics", "economics",
                                      "ethics", "politics", "logistics", "diabetes", "herpes", "measles", "mumps",
                                      "rabies", "lens", "gas", "yes", "its", "this", "thus", "has", "was", "does"};
  for (const char* x : words)
    if (w == x) return true;
  return false;
}

// The singulars the key's last word may be the plural of, most likely
// first: "networks" -> "network"; "policies" -> "policy"; "processes" ->
// "process"; "approaches" -> "approach"; "viruses" -> "virus", "viruse";
// "analyses" -> "analysis"; "cases" -> "cas", "case".  None when the word
// cannot be a plural: shorter than 4 letters, ending in -ss, -us, -is (process,
// status, bus, GIS, analysis) or invariant (series, species, news).  A
// candidate counts only when the library has it as a term of its own.
std::vector<std::string> plural_bases(const std::string& key) {
  std::size_t space = key.rfind(' ');
  std::string_view word = std::string_view(key).substr(space == std::string::npos ? 0 : space + 1);
  std::size_t n = word.size();
  if (n < 4 || word[n - 1] != 's' || invariant_word(word)) return {};
  char before = word[n - 2];
  if (before == 's' || before == 'u' || before == 'i' || before == '\'') return {};
  std::string stem = key.substr(0, key.size() - 1);  // minus the final s
  auto ends = [&](std::string_view suffix) { return ends_with(word, suffix); };
  std::vector<std::string> out;
  if (ends("ies") && n > 4) out.push_back(key.substr(0, key.size() - 3) + "y");
  if (ends("yses") || ends("eses") || ends("oses") || ends("ises"))  // analyses, theses, diagnoses, crises
    out.push_back(key.substr(0, key.size() - 2) + "is");
  if (ends("sses") || ends("uses") || ends("ches") || ends("shes") || ends("xes") || ends("zes") || ends("oes"))
    out.push_back(key.substr(0, key.size() - 2));  // processes, viruses, approaches, boxes
  out.push_back(std::move(stem));
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------

std::uint32_t joined_key(std::vector<std::uint32_t>& root, std::uint32_t k) {
  while (root[k] != k) k = root[k] = root[root[k]];
  return k;
}

std::vector<std::uint32_t> plural_joins(const std::vector<PluralKey>& keys) {
  constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  std::unordered_map<std::string_view, std::uint32_t> key_at;
  for (std::uint32_t k = 0; k < keys.size(); ++k) key_at.emplace(keys[k].key, k);
  auto acronym_of = [&](std::uint32_t plural, std::uint32_t singular) {
    if (!keys[plural].capitals || keys[singular].capitals) return false;
    std::string_view key = keys[plural].key;
    std::size_t space = key.rfind(' ');
    return key.size() - (space == std::string_view::npos ? 0 : space + 1) <= 5;
  };
  std::vector<std::uint32_t> merged_into(keys.size(), none);
  // Keys are visited in the order of a hash map of them filled in order of
  // first occurrence, as they always were: when two plurals share a singular
  // ("policies", "policys") the last one visited wins it.
  std::unordered_map<std::string, std::uint32_t> visit;
  for (std::uint32_t k = 0; k < keys.size(); ++k) visit.emplace(std::string(keys[k].key), k);
  for (const auto& [text, k] : visit) {
    std::uint32_t b = none;
    for (const std::string& base : plural_bases(text))
      if (auto it = key_at.find(base); it != key_at.end() && it->second != k) {
        b = it->second;
        break;
      }
    if (b == none || acronym_of(k, b)) continue;
    if (keys[k].works > keys[b].works) merged_into[b] = k;
    else merged_into[k] = b;
  }
  std::vector<std::uint32_t> root(keys.size());
  for (std::uint32_t k = 0; k < keys.size(); ++k) root[k] = merged_into[k] == none ? k : merged_into[k];
  return root;
}

namespace {

// British spellings a word of the -our class writes ("behaviour",
// "colours", "neighbourhood"): the stems, each read without its u.
// A list, not a rule: "flour", "contour", "amour" are other words.
constexpr std::string_view kOurStems[] = {
    "behaviour", "colour",  "neighbour", "labour",  "humour", "favour", "honour",  "harbour", "rumour",
    "tumour",    "odour",   "vapour",    "flavour", "vigour", "savour", "endeavour", "armour", "fervour",
    "rigour",    "valour",  "splendour", "candour", "ardour", "clamour", "parlour", "saviour"};

// A folded word in its American spelling: the -our stems above, -ise and
// its forms after three letters or more ("organisation", "minimised"), and
// "ae", "oe" inside the word ("anaemia", "oestrogen" keeps its first letter).
std::string american_word(std::string w) {
  for (std::string_view stem : kOurStems)
    if (starts_with(w, stem)) {
      w.erase(stem.size() - 2, 1);
      break;
    }
  for (std::string_view ending : {"isations", "isation", "ises", "ised", "ising", "isers", "iser", "ise"})
    if (w.size() >= ending.size() + 3 && ends_with(w, ending)) {
      w[w.size() - ending.size() + 1] = 'z';
      break;
    }
  for (std::size_t i = 1; i + 1 < w.size(); ++i)
    if ((w[i] == 'a' || w[i] == 'o') && w[i + 1] == 'e') w.erase(i, 1);
  return w;
}

}  // namespace

std::string spelling_variant(std::string_view spelling) {
  // The possessive 's (', ’, ´) after a letter, before the word's end.
  std::string t;
  for (std::size_t i = 0; i < spelling.size();) {
    std::size_t n = spelling.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : spelling.compare(i, 2, "\xC2\xB4") == 0 ? 2
                    : spelling[i] == '\''                      ? 1
                                                               : 0;
    if (n && i > 0 && is_alpha(spelling[i - 1]) && i + n < spelling.size() &&
        (spelling[i + n] == 's' || spelling[i + n] == 'S') &&
        (i + n + 1 == spelling.size() || !is_alpha(spelling[i + n + 1]))) {
      i += n + 1;
      continue;
    }
    t.push_back(spelling[i++]);
  }
  const std::string key = keyword_key(t, Fold::full);
  std::string out;
  for (std::string_view w : split_words(key)) out += american_word(std::string(w));
  return out;
}

void spelling_joins(const std::vector<PluralKey>& keys,
                    const std::vector<std::pair<std::string_view, std::uint32_t>>& spellings,
                    std::vector<std::uint32_t>& root) {
  std::unordered_map<std::string, std::uint32_t> first;
  for (const auto& [text, k] : spellings) {
    auto [it, fresh] = first.try_emplace(spelling_variant(text), k);
    if (fresh) continue;
    std::uint32_t a = joined_key(root, it->second), b = joined_key(root, k);
    if (a == b) continue;
    // The node is the key of more works; on a tie, the first in byte order.
    const bool a_wins = keys[a].works != keys[b].works ? keys[a].works > keys[b].works : keys[a].key < keys[b].key;
    if (a_wins) root[b] = a;
    else root[a] = b;
  }
}

std::string author_key(const Creator& c) {
  if (c.is_literal()) return fold_words(c.literal);
  return fold_words(c.full_family() + " " + initials(c.given));
}

std::string keyword_key(std::string_view term, Fold fold) {
  switch (fold) {
    case Fold::none: return collapse_space(term);
    case Fold::case_only: return collapse_space(case_fold(term));
    case Fold::full: break;
  }
  // fold_words drops '+' and '#': a run of them right after a letter or
  // digit stays, as in "C++", "C#", "F#".
  std::string key;
  std::size_t from = 0;
  auto flush = [&](std::string_view part, std::string_view kept) {
    std::string w = fold_words(part);
    if (!w.empty() && !key.empty()) key.push_back(' ');
    key += w;
    key.append(kept);
  };
  for (std::size_t i = 1; i < term.size(); ++i) {
    char c = term[i];
    if ((c != '+' && c != '#') || !(is_alpha(term[i - 1]) || is_digit(term[i - 1]))) continue;
    std::size_t j = i;
    while (j < term.size() && (term[j] == '+' || term[j] == '#')) ++j;
    flush(term.substr(from, i - from), term.substr(i, j - i));
    from = i = j;
  }
  if (from == 0) return fold_words(term);
  flush(term.substr(from), {});
  return key;
}

Fold parse_fold(std::string_view name) {
  if (name == "none") return Fold::none;
  if (name == "case") return Fold::case_only;
  if (name == "full") return Fold::full;
  throw NetworkError("unknown folding '" + std::string(name) + "' (none, case, full)");
}

NetworkDocParts NetworkDocParts::for_type(const std::string& type) {
  NetworkDocParts p;
  p.references = type == "citation" || type == "cocitation" || type == "coupling" || type == "historiograph";
  p.keywords = type == "keywords";
  p.authors = type == "coauthor";
  p.works = p.references;
  p.text = type == "terms";
  p.affiliations = type == "countries" || type == "institutions";
  return p;
}

RecordParts NetworkDocParts::record_parts() const {
  RecordParts p;
  p.references = references;
  p.abstract = text;
  p.creators = authors || works || affiliations;
  p.extra = true;  // Scopus author_keywords, WoS keywords-plus; times cited (the citations overlay of every map)
  return p;
}

namespace {

// An OpenAlex work's ID: extra "openalex" (its JSON), or the "ids.openalex"
// or "id" column of its CSV (the table reader keeps them as written).
std::string openalex_of(const Record& r) {
  for (std::string_view name : {"openalex", "ids.openalex", "id"})
    if (std::string id = work_identifier("openalex", r.get_extra(name)); !id.empty()) return id;
  return {};
}

// Whether Record::keywords of r hold only its authors' keywords: those of a
// Web of Science record (DE, of its MEDLINE records too: their MeSH are no
// keywords; its BibTeX's Keywords, beside Keywords-Plus), of a Scopus export
// (CSV, text: Author Keywords; BibTeX: author_keywords, its index keywords
// kept in keywords-plus).  A
// merged work's view marks the extra fields of its other sources with their
// format: each of them must be such a source too (one that left no extra
// field is not seen).
bool keywords_authors_own(const Record& r) {
  auto own = [&](std::string_view format) {
    return format == "scopus-csv" || format == "scopus-txt" || format == "wos" || format == "wos-tab" ||
           format == "user" || (format == "bibtex" && !r.get_extra("keywords-plus").empty());
  };
  if (!own(r.provenance.format)) return false;
  return std::all_of(r.extra.begin(), r.extra.end(), [&](const ExtraField& f) { return f.format.empty() || own(f.format); });
}

}  // namespace

NetworkDoc network_doc(std::int64_t id, const Record& r, const NetworkDocParts& parts) {
  NetworkDoc d;
  d.id = id;
  d.year = r.issued.year;
  if (parts.works) {
    d.doi = r.spelled_doi();
    d.title = strip_rich_text(r.title);
    d.volume = reference_number(r.volume);
    // The first page, else the article number (ScienceDirect's page 113397
    // is read as one): a reference's "P113397" or "art. no. 113397".
    d.first_page = first_page_of(r.pages.empty() ? r.number : r.pages);
    for (const std::string* c : {&r.container_title, &r.container_title_short})
      if (!trim(*c).empty()) d.containers.push_back(*c);
    for (std::string id : {work_identifier("pmid", r.pmid), work_identifier("pmcid", r.pmcid),
                           openalex_of(r), work_identifier("lens", r.get_extra("Lens ID"))})
      if (!id.empty()) d.identifiers.push_back(std::move(id));
    for (const Creator& a : r.authors)
      if (!a.is_literal() && !a.given.empty()) d.author_names.emplace_back(a.full_family(), a.given);
    if (!r.authors.empty()) {
      const Creator& a = r.authors.front();
      d.first_family = a.is_literal() ? fold_words(a.literal) : fold_words(a.full_family());
      std::string g = fold(a.given);
      for (char c : g)
        if (is_alpha(c) || is_digit(c)) {
          d.first_initial = c;
          break;
        }
    }
    // "Kassen (2018)", "Knox & Janenova (2019)", "Knox et al. (2019)", as
    // `list` names them; "(n.d.)" without a year, as the cited references'
    // labels ("GOV.UK (n.d.)").
    auto name_of = [](const Creator& a) { return a.is_literal() ? a.literal : a.full_family(); };
    std::string who = r.authors.empty() ? std::string() : name_of(r.authors.front());
    if (!who.empty() && r.authors.size() == 2 && !name_of(r.authors[1]).empty()) who += " & " + name_of(r.authors[1]);
    else if (!who.empty() && r.authors.size() > 1) who += " et al.";
    // Else the title's first 40 bytes, cut before a character, without tags.
    const bool named = !who.empty();
    if (!named) who = title_label(d.title);
    d.label = who + (d.year ? " (" + std::to_string(d.year) + ")" : named ? " (n.d.)" : "");
  }
  {  // every node's overlay may show citations: read for every map
    if (auto tc = r.get_extra("times-cited"); !tc.empty()) d.global_citations = to_int(tc);
    else if (auto rc = r.get_extra("is-referenced-by-count"); !rc.empty()) d.global_citations = to_int(rc);
    else if (auto note = r.get_extra("note"); !note.empty()) d.global_citations = scopus_cited_by(note);
    else if (auto by = r.get_extra("Cited by"); !by.empty()) d.global_citations = to_int(by);  // Scopus CSV
    else if (auto wtc = r.get_extra("TC"); !wtc.empty() && r.provenance.format == "wos") d.global_citations = to_int(wtc);
    else if (auto oa = r.get_extra("cited_by_count"); !oa.empty()) d.global_citations = to_int(oa);  // OpenAlex
    else if (auto lens = r.get_extra("Citing Works Count"); !lens.empty()) d.global_citations = to_int(lens);
    else if (auto dim = r.get_extra("Times cited"); !dim.empty()) d.global_citations = to_int(dim);  // Dimensions
  }
  if (parts.authors) {
    d.authors.reserve(r.authors.size());
    for (const auto& a : r.authors) {
      if (a.empty()) continue;
      std::string name = a.is_literal() ? a.literal : a.full_family();
      std::string ini = initials(a.given);
      d.authors.push_back(ini.empty() ? name : name + " " + ini);
    }
  }
  if (parts.keywords) {
    d.ebsco_subject_terms = from_ebscohost(r);
    std::string_view scopus_author_keywords = r.get_extra("author_keywords");
    if (!scopus_author_keywords.empty()) {
      d.author_keywords = split_list(scopus_author_keywords, ";");
      d.author_keywords_own = true;
      d.index_keywords = r.keywords;
      d.index_keywords_headings = true;
    } else {
      d.author_keywords = r.keywords;
      d.author_keywords_own = keywords_authors_own(r);
      for (const ExtraField& f : r.extra)
        if (is_own_keyword_field(r, f)) d.own_keywords.push_back(f.value);
      // WoS BibTeX's Keywords-Plus, WoS tagged's ID, Scopus CSV's Index Keywords.
      std::string_view plus = r.get_extra("keywords-plus");
      // BibTeX keeps a field it does not know raw: "{A; B}", "R\&D".
      std::string decoded;
      if (!plus.empty() && r.provenance.format == "bibtex") plus = decoded = latex_to_unicode(plus);
      if (plus.empty() && r.provenance.format == "wos") plus = r.get_extra("ID");
      if (plus.empty()) plus = r.get_extra("Index Keywords"), d.index_keywords_headings = true;
      if (!plus.empty()) d.index_keywords = split_list(plus, ";");
      // Scopus BibTeX's index keywords (in keywords-plus) are Emtree's and MeSH's.
      if (!plus.empty() && r.provenance.format == "bibtex" && iequals(r.get_extra("source"), "Scopus"))
        d.index_keywords_headings = true;
    }
  }
  if (parts.references) d.references = r.references;
  if (parts.affiliations)
    for (const auto& a : record_affiliations(r)) {
      if (std::string c = affiliation_country(a); !c.empty()) d.countries.push_back(std::move(c));
      if (std::string i = affiliation_institution(a); !i.empty()) d.institutions.push_back(std::move(i));
    }
  if (parts.text) {
    d.terms = noun_phrases(strip_rich_text(r.title));
    // A library made before abstracts in markup were read as text still
    // holds some: their tags ("jats", "sup") are no terms.
    for (auto& t : noun_phrases(has_markup(r.abstract) ? jats_to_text(r.abstract) : r.abstract))
      d.terms.push_back(std::move(t));
  }
  return d;
}

std::vector<NetworkDoc> load_network_docs(Library& lib, const Query& q, const NetworkDocParts& parts) {
  std::vector<NetworkDoc> docs;
  const RecordParts record_parts = parts.record_parts();
  // A keyword map reads a work's date, keywords, URL, extra fields and
  // provenance: the rest of its view (title, abstract, references, ...) is
  // checked, not decoded.
  const bool keywords_only =
      parts.keywords && !parts.references && !parts.authors && !parts.works && !parts.text && !parts.affiliations;
  if (keywords_only && each_view_fields(lib, q, record_parts, {"keywords", "url"},
                                        [&](std::int64_t id, std::string_view, const Record& r) {
                                          docs.push_back(network_doc(id, r, parts));
                                        }))
    return docs;
  lib.each(q, record_parts, [&](const Work& w) {
    docs.push_back(network_doc(w.id, w.record, parts));
    return true;
  });
  return docs;
}

// ---------------------------------------------------------------------------

Thesaurus Thesaurus::parse(std::string_view text, Diagnostics* diags) {
  Thesaurus t;
  std::size_t pos = 0;
  bool first = true;
  while (pos < text.size()) {
    std::size_t start = pos;
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      // The header names the columns; a file without one starts with a term.
      if (istarts_with(trim(line), "label")) continue;
    }
    if (trim(line).empty()) continue;
    auto control = std::find_if(line.begin(), line.end(), [](char c) {
      return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F;
    });
    if (control != line.end()) {
      if (diags) diags->error(start + static_cast<std::size_t>(control - line.begin()), "a control character in a thesaurus line: line skipped");
      continue;
    }
    auto tab = line.find('\t');
    std::string_view label = tab == std::string_view::npos ? line : line.substr(0, tab);
    std::string_view repl = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    if (auto extra = repl.find('\t'); extra != std::string_view::npos) {
      if (diags) diags->warning(start + tab + 1 + extra, "more than two columns: the rest of the line is ignored");
      repl = repl.substr(0, extra);
    }
    std::string key = keyword_key(label);
    if (key.empty()) {
      if (diags) diags->error(start, "no label before the tab: line skipped");
      continue;
    }
    t.map_[key] = std::string(trim(repl));
  }
  return t;
}

Thesaurus Thesaurus::load(const std::string& path, Diagnostics* diags) {
  DecodedText decoded;
  try {
    decoded = decode_text(read_input(path));
  } catch (const std::exception& e) {
    throw NetworkError(std::string("cannot read thesaurus file: ") + e.what());
  }
  if (!diags) return parse(decoded.text);
  diags->set_source(path, decoded.text);
  if (decoded.encoding != "UTF-8" && decoded.encoding != "ASCII" && decoded.encoding != "US-ASCII")
    diags->report(Severity::note, 0, "read as " + decoded.encoding + " (not UTF-8)");
  // What decoding changed (control characters removed, stray bytes read as
  // windows-1252), as an import reports it.
  for (DecodeIssue& issue : decoded.issues) diags->warning(issue.offset, std::move(issue.message));
  Thesaurus t = parse(decoded.text, diags);
  diags->set_source(path, {});  // the text goes out of scope
  return t;
}

std::optional<std::string> Thesaurus::lookup(std::string_view term) const {
  auto it = map_.find(keyword_key(term));
  if (it == map_.end()) return std::nullopt;
  return it->second;
}

Normalization parse_normalization(std::string_view name) {
  if (name == "none") return Normalization::none;
  if (name == "association" || name == "association-strength") return Normalization::association;
  if (name == "cosine") return Normalization::cosine;
  if (name == "jaccard") return Normalization::jaccard;
  if (name == "inclusion") return Normalization::inclusion;
  if (name == "equivalence") return Normalization::equivalence;
  throw NetworkError("unknown normalization '" + std::string(name) +
                     "' (none, association, cosine, jaccard, inclusion, equivalence)");
}

void normalize_links(Network& n, Normalization how) {
  if (how == Normalization::none) {
    for (auto& l : n.links) l.weight = l.raw_weight;
    return;
  }
  std::vector<double> s(n.nodes.size(), 0);
  double m = 0;
  for (const auto& l : n.links) {
    s[l.source] += l.raw_weight;
    s[l.target] += l.raw_weight;
    m += l.raw_weight;
  }
  for (auto& l : n.links) {
    double a = l.raw_weight;
    double ci = n.nodes[l.source].occurrences, cj = n.nodes[l.target].occurrences;
    double w = a;
    switch (how) {
      case Normalization::association: w = a / (s[l.source] * s[l.target] / (2 * m)); break;
      case Normalization::cosine: w = a / std::sqrt(ci * cj); break;
      case Normalization::jaccard: w = a / (ci + cj - a); break;
      case Normalization::inclusion: w = a / std::min(ci, cj); break;
      case Normalization::equivalence: w = a * a / (ci * cj); break;
      case Normalization::none: break;
    }
    l.weight = std::isfinite(w) && w > 0 ? w : 0;
  }
}

// ---------------------------------------------------------------------------

namespace {

// Works and references are labelled "Kassen (2018)": two different ones of
// the same first author and year get "Kassen (2018a)", "Kassen (2018b)", in
// node order, as reference lists do (a label-keyed reader would merge them);
// "(n.d.-a)", "(n.d.-b)" after a date without a year.  A suffixed label that another node already has gets the node's id too.
void distinct_labels(Network& n) {
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_label;
  by_label.reserve(n.nodes.size());
  for (std::uint32_t i = 0; i < n.nodes.size(); ++i) by_label[n.nodes[i].label].push_back(i);
  std::unordered_set<std::string> taken;
  taken.reserve(n.nodes.size());
  for (const auto& v : n.nodes) taken.insert(v.label);
  for (std::uint32_t i = 0; i < n.nodes.size(); ++i) {
    const auto& group = by_label[n.nodes[i].label];
    if (group.size() < 2 || group.front() != i) continue;
    std::string base = n.nodes[i].label;
    bool paren = !base.empty() && base.back() == ')';
    for (std::size_t k = 0; k < group.size(); ++k) {
      std::string letters;
      for (std::size_t x = k + 1; x > 0; x = (x - 1) / 26) letters.insert(letters.begin(), char('a' + (x - 1) % 26));
      // "(n.d.-a)", "(forthcoming-a)" as APA writes them; "(2018a)".
      const bool dash = paren && base.size() > 1 && !is_digit(base[base.size() - 2]);
      std::string label = paren ? base.substr(0, base.size() - 1) + (dash ? "-" : "") + letters + ")"
                                : base + " (" + letters + ")";
      if (!taken.insert(label).second) label += " [" + n.nodes[group[k]].id + "]";
      n.nodes[group[k]].label = label;
    }
  }
}

}  // namespace

Network build_citation(const std::vector<NetworkDoc>& docs, const NetworkOptions& o, CitationReport* report) {
  ResolvedRefs refs = resolve_references(docs, o.include_external > 0);
  Network n;
  n.type = "citation";
  n.directed = true;
  for (const auto& d : docs) n.nodes.push_back(work_node(d));
  std::vector<std::uint32_t> ext_index(refs.external.size(), UINT32_MAX);
  for (std::size_t e = 0; e < refs.external.size(); ++e)
    if (o.include_external && refs.external[e].citing >= o.include_external) {
      ext_index[e] = std::uint32_t(n.nodes.size());
      n.nodes.push_back(external_node(refs.external[e]));
    }
  for (std::uint32_t i = 0; i < docs.size(); ++i)
    for (std::uint32_t c : refs.cited[i]) {
      std::uint32_t t = c < docs.size() ? c : ext_index[c - docs.size()];
      if (t == UINT32_MAX) continue;
      NetworkLink l;
      l.source = i;
      l.target = t;
      l.raw_weight = l.weight = 1;
      if (o.link_documents) l.documents = {docs[i].id};
      n.links.push_back(std::move(l));
      ++n.nodes[t].local_citations;
    }
  finish_links(n);
  // Citation counts are the node weights of a citation map.
  for (auto& node : n.nodes) node.occurrences = std::max(1, node.local_citations);
  distinct_labels(n);
  n.description = "citation network: " + std::to_string(docs.size()) + " works, " +
                  std::to_string(refs.report.by_doi + refs.report.by_identifier + refs.report.by_key + refs.report.by_title) +
                  " of " + std::to_string(refs.report.references) + " references matched (DOI " +
                  std::to_string(refs.report.by_doi) +
                  (refs.report.by_identifier ? ", identifier " + std::to_string(refs.report.by_identifier) : std::string()) +
                  ", author/year/volume/page " + std::to_string(refs.report.by_key) + ", year/title " +
                  std::to_string(refs.report.by_title) + ")" +
                  (o.include_external ? ", external works cited >= " + std::to_string(o.include_external) + " times" : "");
  if (report) *report = std::move(refs.report);
  return n;
}

Network build_historiograph(const std::vector<NetworkDoc>& docs, const NetworkOptions& o, CitationReport* report) {
  NetworkOptions c = o;
  c.include_external = 0;
  Network n = build_citation(docs, c, report);
  std::size_t top = o.top ? o.top : 30;
  std::size_t min_c = std::max<std::size_t>(1, o.min_occurrences);
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < n.nodes.size(); ++i)
    if (std::size_t(n.nodes[i].local_citations) >= min_c) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (n.nodes[a].local_citations != n.nodes[b].local_citations)
      return n.nodes[a].local_citations > n.nodes[b].local_citations;
    return n.nodes[a].year < n.nodes[b].year;
  });
  std::size_t candidates = order.size();
  if (order.size() > top) order.resize(top);
  std::vector<bool> keep(n.nodes.size(), false);
  for (std::uint32_t i : order) keep[i] = true;
  keep_nodes(n, keep);
  // Laid out by year: one column per year, oldest left; a column's works
  // stacked by local citations.
  std::map<int, std::vector<std::uint32_t>> by_year;
  for (std::uint32_t i = 0; i < n.nodes.size(); ++i) by_year[n.nodes[i].year].push_back(i);
  for (auto& [year, nodes] : by_year) {
    std::stable_sort(nodes.begin(), nodes.end(), [&](std::uint32_t a, std::uint32_t b) {
      return n.nodes[a].local_citations > n.nodes[b].local_citations;
    });
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      n.nodes[nodes[k]].x = year;
      n.nodes[nodes[k]].y = double(k);
    }
  }
  n.type = "historiograph";
  n.min_occurrences = min_c;
  n.candidates = candidates;
  n.description = "historiograph: the " + std::to_string(n.nodes.size()) + " most locally cited of " +
                  std::to_string(docs.size()) + " works (" + std::to_string(candidates) + " cited by the others " +
                  (min_c == 1 ? std::string("at least once") : "at least " + std::to_string(min_c) + " times") + "), " + std::to_string(n.links.size()) +
                  " citations among them, laid out by year";
  return n;
}

namespace {
// Whether no work of `docs` has a cited reference (what an empty co-citation
// or coupling map says).
bool no_references(const std::vector<NetworkDoc>& docs) {
  return std::all_of(docs.begin(), docs.end(), [](const NetworkDoc& d) { return d.references.empty(); });
}
}  // namespace

Network build_cocitation(const std::vector<NetworkDoc>& docs, const NetworkOptions& o) {
  ResolvedRefs refs = resolve_references(docs, o.over_references);
  Network n;
  n.type = "cocitation";
  n.no_references = no_references(docs);
  // Nodes: the cited items (library works, and with --over references the
  // external ones too) cited at least min_occurrences times.
  std::size_t total = docs.size() + refs.external.size();
  std::vector<std::size_t> citations(total, 0);
  for (const auto& list : refs.cited)
    for (std::uint32_t c : list) ++citations[c];
  std::vector<std::uint32_t> index(total, UINT32_MAX);
  std::size_t min_c = std::max<std::size_t>(1, o.min_occurrences);
  for (std::size_t c = 0; c < total; ++c) {
    if (citations[c] < min_c) continue;
    if (c >= docs.size() && !o.over_references) continue;
    index[c] = std::uint32_t(n.nodes.size());
    NetworkNode node = c < docs.size() ? work_node(docs[c]) : external_node(refs.external[c - docs.size()]);
    if (c < docs.size() && o.over_references) node.kind = "reference";
    node.local_citations = int(citations[c]);
    node.occurrences = double(citations[c]);
    n.nodes.push_back(std::move(node));
  }
  std::vector<std::vector<std::uint32_t>> lists(docs.size());
  std::vector<std::int64_t> ids(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    ids[d] = docs[d].id;
    for (std::uint32_t c : refs.cited[d])
      if (index[c] != UINT32_MAX) lists[d].push_back(index[c]);
  }
  cooccurrence_links(n, lists, ids, {}, o.fractional, o.link_documents);
  finish_links(n);
  keep_top(n, o.top);
  normalize_links(n, o.normalization);
  distinct_labels(n);
  n.min_occurrences = min_c;
  n.description = std::string("co-citation network of ") + (o.over_references ? "cited references" : "works") +
                  " cited at least " + (min_c == 1 ? std::string("once") : std::to_string(min_c) + " times") + ", from " +
                  std::to_string(docs.size()) +
                  " citing works" + (o.fractional ? ", fractional counting" : "");
  return n;
}

Network build_coupling(const std::vector<NetworkDoc>& docs, const NetworkOptions& o) {
  ResolvedRefs refs = resolve_references(docs, true);
  Network n;
  n.type = "coupling";
  n.no_references = no_references(docs);
  std::size_t min_refs = std::max<std::size_t>(1, o.min_occurrences);
  std::vector<std::uint32_t> index(docs.size(), UINT32_MAX);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (refs.cited[d].size() < min_refs) continue;
    index[d] = std::uint32_t(n.nodes.size());
    n.nodes.push_back(work_node(docs[d]));
  }
  for (const auto& list : refs.cited)
    for (std::uint32_t c : list)
      if (c < docs.size() && index[c] != UINT32_MAX) ++n.nodes[index[c]].local_citations;
  // Transposed co-occurrence: each cited item lists the works citing it;
  // the documents behind a link are the shared cited works of the library.
  std::size_t total = docs.size() + refs.external.size();
  std::vector<std::vector<std::uint32_t>> citing(total);
  std::vector<std::size_t> k_of(total, 0);
  for (std::size_t d = 0; d < docs.size(); ++d)
    if (index[d] != UINT32_MAX)
      for (std::uint32_t c : refs.cited[d]) citing[c].push_back(index[d]);
  std::vector<std::int64_t> ids(total, 0);
  for (std::size_t c = 0; c < docs.size(); ++c) ids[c] = docs[c].id;
  cooccurrence_links(n, citing, ids, k_of, o.fractional, o.link_documents);
  finish_links(n);
  keep_top(n, o.top);
  normalize_links(n, o.normalization);
  distinct_labels(n);
  n.description = "bibliographic coupling of " + std::to_string(n.nodes.size()) + " works with at least " +
                  std::to_string(min_refs) + " references (links: shared references)" +
                  (o.fractional ? ", fractional counting" : "");
  return n;
}

namespace {

// Items (authors or keywords) per document, folded, merged, counted: the
// common part of the co-authorship and keyword maps.
struct Terms {
  std::vector<std::string> keys;    // node order: sorted keys
  std::vector<std::string> labels;  // most frequent spelling
  std::vector<double> occurrences;
  std::vector<double> year_sum, year_n;
  std::vector<double> citation_sum;  // global citations of the documents (overlay)
  std::vector<std::vector<std::uint32_t>> per_doc;  // distinct term indices
  std::vector<std::size_t> k_of;                     // items per doc before thresholds
};

// Occurrences are many (700k keywords in 100k works) but distinct spellings
// few: each distinct raw term is trimmed, looked up in the thesaurus and
// folded once, and documents hold interned key ids.  `each_term(doc, fn)`
// calls fn(std::string_view) for each of a document's raw terms, views into
// `docs`, which outlive the function.
// How a map's items are one node beyond keyword_key's folding.
struct TermIdentity {
  // The key of a spelling instead of keyword_key (institutions: WoS's
  // abbreviations and the full words are one key).
  std::string (*key)(std::string_view spelling) = nullptr;
  // Co-author names: two keys that differ by a German transliteration
  // (`Sjoegersten S`, `Sjogersten S`) or by initials one extends (`Trumbore
  // S`, `Trumbore SE`, the only such extension) are one person when the data
  // says so: a spelling writes an umlaut (`Sjögersten`), or the two share a
  // co-author; never two names of one work.
  bool person_variants = false;
  // A label in capitals of two words or more gives way to a spelling in
  // mixed case (WoS's Keywords Plus, addresses and old names are written in
  // capitals; an author keyword in capitals is the author's: `ELECTRE TRI`).
  bool mixed_case_first = false;
  // Spellings that give way to any other spelling of their node: EBSCOhost's
  // subject terms in its capitals ("GAMBLING", "PUBLIC health" beside an
  // author's "Gambling", "public health").
  const std::unordered_set<std::string>* gives_way = nullptr;
};

// Two name keys ("family words initials") one person may write: `oe`, `ae`,
// `ue` for an umlaut in the family name (a consonant or the word's start
// before, a consonant after: not `Yue`, `Doe`, `Queen`), or initials one
// extends (both at most 4 letters).
std::pair<std::string, std::string> family_and_initials(std::string_view key) {
  std::size_t space = key.rfind(' ');
  if (space == std::string_view::npos) return {undo_transliteration(key), {}};
  std::string family;
  for (std::string_view w : split_words(key.substr(0, space))) {
    if (!family.empty()) family.push_back(' ');
    family += undo_transliteration(w);
  }
  return {family, std::string(key.substr(space + 1))};
}

bool has_umlaut(std::string_view s) {
  for (std::string_view u : {"\xC3\xA4", "\xC3\xB6", "\xC3\xBC", "\xC3\x84", "\xC3\x96", "\xC3\x9C"})
    if (s.find(u) != std::string_view::npos) return true;
  return false;
}

bool initials_extend(const std::string& a, const std::string& b) {
  return a.size() < b.size() && b.size() <= 4 && !a.empty() && b.compare(0, a.size(), a) == 0;
}

// A spelling written in capitals, of two words or more (WoS's `SOIL BIOLOGY
// & BIOCHEMISTRY`, `UNIV AMSTERDAM`): a label shows another spelling of the
// node when one exists.  One word in capitals may be an acronym.
bool shouting(std::string_view s) { return in_capitals(s) && fold_words(s).find(' ') != std::string::npos; }

// EBSCOhost writes a subject term's first word (up to a hyphen) in capitals,
// the rest as written: "COMPULSIVE gambling", "SELF-management (Psychology)",
// "GAMBLING -- Psychological aspects", "NORTH America", "AUSTRALIA",
// "WOMEN'S health", a person "LIVINGSTONE, C.".  The length of that run of
// capitals; 0 for a keyword not so written ("HIV/AIDS", "NATURAL HAZARDS",
// "Gambling"): no two capitals in a row after it.
std::size_t ebsco_capitals(std::string_view k) {
  std::size_t n = 0;
  while (n < k.size() && ((k[n] >= 'A' && k[n] <= 'Z') || (n > 0 && k[n] == '\''))) ++n;
  if (n < 2 || (n < k.size() && k[n] != ' ' && k[n] != '-' && k[n] != ',')) return 0;
  for (std::size_t i = n; i + 1 < k.size(); ++i)
    if (k[i] >= 'A' && k[i] <= 'Z' && k[i + 1] >= 'A' && k[i + 1] <= 'Z') return 0;
  return n;
}

template <class EachTerm>
Terms collect_terms(const std::vector<NetworkDoc>& docs, EachTerm each_term, const Thesaurus* thesaurus,
                    Fold fold, bool merge_plurals, std::string_view key_prefix, const TermIdentity& identity = {}) {
  constexpr std::uint32_t kNone = UINT32_MAX;
  struct Spelling {
    std::string text;
    std::uint32_t key = 0;
    std::size_t count = 0;  // documents where it was the term's first spelling
  };
  struct Key {
    std::string text;
    std::size_t docs = 0;
  };
  // Deques: the maps' views point into the elements, which never move.
  std::deque<Spelling> spellings;
  std::deque<Key> keys;  // in order of first occurrence
  std::unordered_map<std::string_view, std::uint32_t> spelling_at, key_at;
  std::unordered_map<std::string_view, std::uint32_t> raw_at;  // trimmed raw term -> spelling, or kNone: dropped
  auto intern = [&](std::string_view raw) -> std::uint32_t {
    std::string t(raw);
    if (thesaurus)
      if (auto rep = thesaurus->lookup(t)) {
        if (rep->empty()) return kNone;
        t = *rep;
      }
    if (auto it = spelling_at.find(t); it != spelling_at.end()) return it->second;
    std::string key = identity.key ? identity.key(t) : keyword_key(t, fold);
    if (key.empty()) return kNone;
    std::uint32_t k;
    if (auto it = key_at.find(key); it != key_at.end()) {
      k = it->second;
    } else {
      k = std::uint32_t(keys.size());
      keys.push_back({std::move(key), 0});
      key_at.emplace(keys.back().text, k);
    }
    auto id = std::uint32_t(spellings.size());
    spellings.push_back({std::move(t), k, 0});
    spelling_at.emplace(spellings.back().text, id);
    return id;
  };
  // Pass 1: each document's distinct keys (the first spelling of a key in a
  // document is the one counted), spelling and document counts.
  std::vector<std::uint32_t> doc_keys;
  std::vector<std::size_t> doc_begin(docs.size() + 1, 0);
  std::vector<std::size_t> last_doc;  // key -> 1 + the last document it was seen in: linear in a work's terms
  for (std::size_t d = 0; d < docs.size(); ++d) {
    std::size_t begin = doc_keys.size();
    doc_begin[d] = begin;
    each_term(docs[d], [&](std::string_view term) {
      term = trim(term);
      auto [it, fresh] = raw_at.try_emplace(term, kNone);
      if (fresh) it->second = intern(term);
      std::uint32_t s = it->second;
      if (s == kNone) return;
      std::uint32_t k = spellings[s].key;
      if (k >= last_doc.size()) last_doc.resize(keys.size(), 0);
      if (last_doc[k] == d + 1) return;
      last_doc[k] = d + 1;
      ++spellings[s].count;
      doc_keys.push_back(k);
    });
    for (std::size_t i = begin; i < doc_keys.size(); ++i) ++keys[doc_keys[i]].docs;
  }
  doc_begin[docs.size()] = doc_keys.size();
  // Simple plurals: "networks" joins "network" when both occur, under the
  // more frequent form (the singular on a tie).  Keys are visited in the
  // order of a hash map of them filled in order of first occurrence, as
  // they always were: when two plurals share a singular ("policies",
  // "policys") the last one visited wins it.
  // A key all of whose spellings end in a short word in capitals ("AIDS",
  // "HIV/AIDS") is an acronym, not the plural of a singular written in
  // lower case ("aid").  Both in capitals (WoS Keywords Plus: "MODELS",
  // "MODEL") are plural and singular.
  std::vector<std::uint32_t> root(keys.size());
  for (std::uint32_t k = 0; k < keys.size(); ++k) root[k] = k;
  if (merge_plurals && fold == Fold::full) {
    std::vector<PluralKey> plural(keys.size());
    for (std::uint32_t k = 0; k < keys.size(); ++k) plural[k] = {keys[k].text, static_cast<std::int64_t>(keys[k].docs), true};
    for (const Spelling& sp : spellings)
      if (sp.count && plural[sp.key].capitals) plural[sp.key].capitals = ends_in_capitals(sp.text);
    root = plural_joins(plural);
    std::vector<std::pair<std::string_view, std::uint32_t>> texts;
    texts.reserve(spellings.size());
    for (const Spelling& sp : spellings) texts.emplace_back(sp.text, sp.key);
    spelling_joins(plural, texts, root);
  }
  // Keys joined as one node: the plurals above, then the name variants.
  auto canonical = [&](std::uint32_t k) { return joined_key(root, k); };
  if (identity.person_variants) {
    // Keys by family name with a transliteration undone; the key's other
    // keys in the same documents (its co-authors), and whether a spelling
    // of it writes an umlaut.
    std::map<std::string, std::vector<std::uint32_t>> family_of;
    std::vector<std::string> initials(keys.size());
    for (std::uint32_t k = 0; k < keys.size(); ++k) {
      auto [family, ini] = family_and_initials(keys[k].text);
      initials[k] = std::move(ini);
      family_of[family].push_back(k);
    }
    std::vector<bool> candidate(keys.size(), false), umlaut(keys.size(), false);
    for (const auto& [family, ks] : family_of)
      if (ks.size() > 1)
        for (std::uint32_t k : ks) candidate[k] = true;
    for (const Spelling& sp : spellings)
      if (sp.count && candidate[sp.key] && has_umlaut(sp.text)) umlaut[sp.key] = true;
    std::unordered_map<std::uint32_t, std::set<std::uint32_t>> with;
    for (std::size_t d = 0; d < docs.size(); ++d)
      for (std::size_t i = doc_begin[d]; i < doc_begin[d + 1]; ++i)
        if (candidate[doc_keys[i]])
          for (std::size_t j = doc_begin[d]; j < doc_begin[d + 1]; ++j)
            if (j != i) with[doc_keys[i]].insert(doc_keys[j]);
    auto share_one = [&](std::uint32_t a, std::uint32_t b) {
      const auto &x = with[a], &y = with[b];
      for (std::uint32_t k : x)
        if (y.count(k)) return true;
      return false;
    };
    auto join = [&](std::uint32_t a, std::uint32_t b) {
      std::uint32_t ra = canonical(a), rb = canonical(b);
      if (ra == rb) return;
      bool a_wins = keys[ra].docs != keys[rb].docs ? keys[ra].docs > keys[rb].docs : keys[ra].text < keys[rb].text;
      if (a_wins) root[rb] = ra;
      else root[ra] = rb;
    };
    for (const auto& [family, ks] : family_of) {
      if (ks.size() < 2) continue;
      for (std::uint32_t a : ks)
        for (std::uint32_t b : ks) {
          if (a >= b || with[a].count(b)) continue;  // two authors of one work are two people
          if (initials[a] == initials[b]) {
            if (umlaut[a] || umlaut[b] || share_one(a, b)) join(a, b);
            continue;
          }
          // Initials one extends: only the one extension of the shorter in
          // the family, and a co-author in common.
          std::uint32_t shorter = initials[a].size() < initials[b].size() ? a : b, longer = shorter == a ? b : a;
          if (!initials_extend(initials[shorter], initials[longer])) continue;
          std::size_t extensions = 0;
          for (std::uint32_t c : ks)
            if (initials_extend(initials[shorter], initials[c])) ++extensions;
          if (extensions == 1 && share_one(a, b)) join(a, b);
        }
    }
  }
  // Nodes: the canonical keys in byte order, each labelled by its most
  // frequent spelling (the first in byte order on a tie).
  std::vector<std::uint32_t> order;
  std::vector<bool> is_node(keys.size(), false);
  for (std::uint32_t k = 0; k < keys.size(); ++k) is_node[canonical(k)] = true;
  for (std::uint32_t k = 0; k < keys.size(); ++k)
    if (is_node[k]) order.push_back(k);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a].text < keys[b].text; });
  std::vector<std::uint32_t> index(keys.size(), kNone);
  for (std::uint32_t i = 0; i < order.size(); ++i) index[order[i]] = i;
  std::vector<const Spelling*> best(order.size(), nullptr);
  for (const Spelling& sp : spellings) {
    if (sp.count == 0) continue;
    const Spelling*& b = best[index[canonical(sp.key)]];
    if (!b) {
      b = &sp;
      continue;
    }
    auto loud = [&](const Spelling& x) {
      return (identity.mixed_case_first && shouting(x.text)) || (identity.gives_way && identity.gives_way->count(x.text));
    };
    if (loud(*b) != loud(sp)) {
      if (loud(*b)) b = &sp;
      continue;
    }
    if (sp.count < b->count) continue;
    // Names (institutions, people) on a tie: the fuller spelling, `University
    // of Minnesota` rather than `Univ Minnesota`, `Trumbore SE` rather than
    // `Trumbore S`.
    bool names = identity.key || identity.person_variants;
    bool fuller = names && sp.text.size() != b->text.size() ? sp.text.size() > b->text.size() : sp.text < b->text;
    if (sp.count > b->count || fuller) b = &sp;
  }
  Terms t;
  t.keys.reserve(order.size());
  t.labels.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    t.keys.push_back(std::string(key_prefix) + keys[order[i]].text);
    t.labels.push_back(best[i] ? best[i]->text : std::string());
  }
  t.occurrences.assign(t.keys.size(), 0);
  t.year_sum.assign(t.keys.size(), 0);
  t.year_n.assign(t.keys.size(), 0);
  t.citation_sum.assign(t.keys.size(), 0);
  t.per_doc.resize(docs.size());
  t.k_of.resize(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    auto& list = t.per_doc[d];
    list.reserve(doc_begin[d + 1] - doc_begin[d]);
    for (std::size_t i = doc_begin[d]; i < doc_begin[d + 1]; ++i) list.push_back(index[canonical(doc_keys[i])]);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    t.k_of[d] = list.size();
    for (std::uint32_t i : list) {
      t.occurrences[i] += 1;
      if (docs[d].year) t.year_sum[i] += docs[d].year, t.year_n[i] += 1;
      t.citation_sum[i] += docs[d].global_citations;
    }
  }
  return t;
}

// The smallest minimum >= `floor` that leaves at most `max_nodes` of the
// terms: one more than the occurrences of the (max_nodes+1)-th most frequent.
std::size_t minimum_for(const std::vector<double>& occurrences, std::size_t floor, std::size_t max_nodes) {
  std::vector<double> kept;
  kept.reserve(occurrences.size());
  for (double c : occurrences)
    if (c >= double(floor)) kept.push_back(c);
  if (max_nodes == 0 || kept.size() <= max_nodes) return floor;
  std::nth_element(kept.begin(), kept.begin() + std::ptrdiff_t(max_nodes), kept.end(), std::greater<double>());
  return std::max(floor, std::size_t(kept[max_nodes]) + 1);
}

// Nodes: the terms of at least the minimum of occurrences (and in `keep`,
// when given).
Network terms_network(const std::vector<NetworkDoc>& docs, Terms& t, const NetworkOptions& o, const char* kind,
                      const std::vector<bool>* keep = nullptr) {
  Network n;
  std::size_t min_occ = minimum_for(t.occurrences, std::max<std::size_t>(1, o.min_occurrences), o.max_nodes);
  n.min_occurrences = min_occ;
  for (double c : t.occurrences) n.candidates += c >= 1;
  std::vector<std::uint32_t> index(t.keys.size(), UINT32_MAX);
  for (std::size_t i = 0; i < t.keys.size(); ++i) {
    if (t.occurrences[i] < double(min_occ) || (keep && !(*keep)[i])) continue;
    index[i] = std::uint32_t(n.nodes.size());
    NetworkNode node;
    node.id = t.keys[i];
    node.label = t.labels[i];
    node.kind = kind;
    node.occurrences = t.occurrences[i];
    node.avg_year = t.year_n[i] ? t.year_sum[i] / t.year_n[i] : 0;
    node.avg_citations = t.occurrences[i] ? t.citation_sum[i] / t.occurrences[i] : 0;
    n.nodes.push_back(std::move(node));
  }
  std::vector<std::int64_t> ids(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    ids[d] = docs[d].id;
    auto& list = t.per_doc[d];
    std::size_t w = 0;
    for (std::uint32_t i : list)
      if (index[i] != UINT32_MAX) list[w++] = index[i];
    list.resize(w);
  }
  cooccurrence_links(n, t.per_doc, ids, t.k_of, o.fractional, o.link_documents, o.max_pairs_per_work);
  finish_links(n);
  std::vector<std::string> ids_before_top;
  if (o.node_documents && o.top)
    for (const auto& node : n.nodes) ids_before_top.push_back(node.id);
  keep_top(n, o.top);
  normalize_links(n, o.normalization);
  if (o.node_documents) {
    // Node indices before --top to those after.
    std::vector<std::uint32_t> now(ids_before_top.empty() ? n.nodes.size() : ids_before_top.size());
    for (std::uint32_t i = 0; i < now.size(); ++i) now[i] = i;
    if (!ids_before_top.empty()) {
      std::unordered_map<std::string_view, std::uint32_t> at;
      for (std::uint32_t i = 0; i < n.nodes.size(); ++i) at.emplace(n.nodes[i].id, i);
      for (std::uint32_t i = 0; i < now.size(); ++i) {
        auto it = at.find(ids_before_top[i]);
        now[i] = it == at.end() ? UINT32_MAX : it->second;
      }
    }
    auto& nd = *o.node_documents;
    nd.assign(n.nodes.size(), {});
    for (std::uint32_t d = 0; d < t.per_doc.size(); ++d)
      for (std::uint32_t i : t.per_doc[d])
        if (now[i] != UINT32_MAX) nd[now[i]].push_back(d);
  }
  return n;
}

std::string counting_note(const NetworkOptions& o, std::size_t min_occurrences) {
  static const char* names[] = {"none", "association strength", "cosine", "Jaccard", "inclusion", "equivalence"};
  return std::string(o.fractional ? "fractional" : "full") + " counting, normalization " +
         names[static_cast<int>(o.normalization)] + ", min occurrences " + std::to_string(min_occurrences) +
         (min_occurrences != std::max<std::size_t>(1, o.min_occurrences)
              ? " (chosen for at most " + std::to_string(o.max_nodes) + " nodes)"
              : "") +
         (o.top ? ", top " + std::to_string(o.top) : "");
}

// The minimum scaled to the set, when asked: term_min_occurrences of the
// works that have any item, lowered (not below 2) while it would keep fewer
// than kReadableNodes items, since a small set's keywords are sparse (75
// works with author keywords: 34 in 2+ works, 6 in 3+). Raises
// o.min_occurrences; 0 when not asked.
constexpr std::size_t kReadableNodes = 50;
std::size_t scale_minimum(NetworkOptions& o, std::size_t works_with_items, const std::vector<double>& occurrences) {
  if (!o.scaled_min_occurrences) return 0;
  std::size_t scaled = term_min_occurrences(works_with_items);
  auto items_over = [&](std::size_t m) {
    return std::size_t(std::count_if(occurrences.begin(), occurrences.end(), [m](double c) { return c >= double(m); }));
  };
  while (scaled > 2 && items_over(scaled) < kReadableNodes) --scaled;
  o.min_occurrences = std::max(o.min_occurrences, scaled);
  return scaled;
}

// What the scaled minimum cut, for the description: "; 812 keywords of fewer
// than 2 works left out (the minimum: …)".
std::string scaled_note(const Terms& t, std::size_t min_occ, std::size_t scaled, std::size_t with_items,
                        const char* items, const char* with_what) {
  if (!scaled) return {};
  std::size_t fewer = std::size_t(
      std::count_if(t.occurrences.begin(), t.occurrences.end(), [&](double c) { return c >= 1 && c < double(min_occ); }));
  const std::size_t ratio = term_min_occurrences(with_items);
  return "; " + std::to_string(fewer) + " " + items + " of fewer than " + std::to_string(min_occ) + " works left out" +
         (min_occ == scaled ? " (the minimum: 1 in 30 of the " + std::to_string(with_items) + " works with " + with_what +
                                  ", from 2 to VOSviewer's 10" +
                                  (scaled < ratio ? ", lowered from " + std::to_string(ratio) + " to keep " +
                                                        std::to_string(kReadableNodes) + " " + items
                                                  : std::string()) +
                                  ")"
                            : "");
}

// A word in lower case, UTF-8 letters too ("SÃO" -> "são").
std::string lower_word(std::string_view w) {
  std::string out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(w.data());
  utf8proc_ssize_t left = utf8proc_ssize_t(w.size());
  while (left > 0) {
    utf8proc_int32_t c;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) {  // not UTF-8: the byte as it is
      out.push_back(char(*p)), ++p, --left;
      continue;
    }
    utf8proc_uint8_t buf[4];
    out.append(reinterpret_cast<char*>(buf), std::size_t(utf8proc_encode_char(utf8proc_tolower(c), buf)));
    p += n, left -= n;
  }
  return out;
}

// Each word of `w` in lower case but its first letter, the words parted by
// spaces ("COSTA-RICA" -> "Costa Rica", "SÃO-PAULO" -> "São Paulo").
std::string capitalised_words(std::string_view w) {
  std::string out;
  std::size_t from = 0;
  while (from <= w.size()) {
    std::size_t cut = w.find_first_of("- ", from);
    std::string part = lower_word(w.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from));
    if (!part.empty()) {
      if (!out.empty()) out.push_back(' ');
      utf8proc_int32_t c;
      utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(part.data()), utf8proc_ssize_t(part.size()), &c);
      if (n > 0) {
        utf8proc_uint8_t buf[4];
        out.append(reinterpret_cast<char*>(buf), std::size_t(utf8proc_encode_char(utf8proc_toupper(c), buf)));
        out.append(part, std::size_t(n), std::string::npos);
      } else {
        out += part;
      }
    }
    if (cut == std::string_view::npos) break;
    from = cut + 1;
  }
  return out;
}

// Web of Science's KeyWords Plus are written in capitals whatever the words
// ("BIODIVERSITY", "DNA REPAIR"); a label of a keyword no work writes
// otherwise (else that spelling or the commonest is the label) is put in lower case, its first letter a capital
// ("Biodiversity", "DNA repair").  A word stays in capitals when the map's
// other keywords write it so amid lower case ("DNA methylation"), or, unknown
// to them, when it has three letters or fewer (an acronym: "HIV").  Only
// labels that are index keywords and no author's keyword: an author keyword in
// capitals is the author's ("ELECTRE TRI").
void recase_index_labels(std::vector<std::string>& labels, const std::vector<NetworkDoc>& docs, KeywordField f,
                         const std::unordered_set<std::string>& ebsco_terms) {
  if (f == KeywordField::author && ebsco_terms.empty()) return;
  std::unordered_set<std::string_view> index_spellings, author_spellings;
  // Per word (lower case): spellings of the word in capitals amid lower case,
  // and others.
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> word_case;
  auto letters = [](std::string_view w) {
    std::size_t b = 0, e = w.size();
    while (b < e && !std::isalnum(static_cast<unsigned char>(w[b])) && static_cast<unsigned char>(w[b]) < 0x80) ++b;
    while (e > b && !std::isalnum(static_cast<unsigned char>(w[e - 1])) && static_cast<unsigned char>(w[e - 1]) < 0x80) --e;
    return w.substr(b, e - b);
  };
  // fold_words of the spellings not in capitals the map labels from.
  std::unordered_set<std::string> written_otherwise;
  auto learn = [&](std::string_view k, bool mapped) {
    if (in_capitals(k) || ebsco_terms.count(std::string(trim(k)))) return;
    if (mapped) written_otherwise.insert(fold_words(k));
    for (std::string_view w : split_words(k)) {
      w = letters(w);
      if (w.empty()) continue;
      auto& c = word_case[ascii_lower(w)];
      (in_capitals(w) && w.size() >= 2 ? c.first : c.second)++;
    }
  };
  for (const auto& d : docs) {
    for (const auto& k : d.author_keywords)
      author_spellings.insert(trim(mesh_descriptor(k))), learn(mesh_descriptor(k), f == KeywordField::both);
    for (const auto& k : d.index_keywords) index_spellings.insert(trim(mesh_descriptor(k))), learn(mesh_descriptor(k), true);
  }
  for (std::string& label : labels) {
    if (ebsco_terms.count(label)) {
      // An EBSCOhost subject term no work writes otherwise (collect_terms):
      // its first word in lower case but the first letter ("Compulsive
      // gambling", "North America", "Australia"), unless the map's other
      // keywords write it in capitals amid lower case or it is an acronym
      // ("HIV infections", "COVID-19 pandemic").
      const std::size_t n = ebsco_capitals(label);
      const std::string run = label.substr(0, n);
      // The rest of the first word: a number or a capital makes it an
      // acronym's compound ("COVID-19", "SARS-CoV-2").
      const std::string_view word_rest = std::string_view(label).substr(n, label.find(' ', n) - n);
      auto it = word_case.find(ascii_lower(run));
      const bool keep = it != word_case.end() ? it->second.first > it->second.second
                                              : (n <= 3 && !plain_short_word(ascii_lower(run))) ||
                                                    std::any_of(word_rest.begin(), word_rest.end(), [](char c) {
                                                      return is_digit(c) || (c >= 'A' && c <= 'Z');
                                                    });
      if (!keep) label = run.substr(0, 1) + lower_word(run.substr(1)) + label.substr(n);
      continue;
    }
    if (f == KeywordField::author) continue;
    if (!in_capitals(label) || !index_spellings.count(label) || author_spellings.count(label) ||
        written_otherwise.count(fold_words(label)))
      continue;
    std::string out;
    bool first = true;
    const bool country_label = split_words(label).size() > 1 && !country_name(label).empty();
    for (std::string_view w : split_words(label)) {
      if (!out.empty()) out.push_back(' ');
      std::string_view core = letters(w);
      auto it = word_case.find(ascii_lower(core));
      bool keep = it != word_case.end() ? it->second.first > it->second.second
                                        : std::count_if(core.begin(), core.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) <= 3 &&
                                              !plain_short_word(ascii_lower(core));
      // A country's name, its words capitals ("COSTA-RICA", "FORESTS OF
      // BRAZIL"; Keywords Plus' hyphen is the name's space); a name of more
      // words than one, the whole label ("UNITED STATES").
      const bool country = !keep && (country_label || !country_name(core).empty());
      std::string word = keep ? std::string(w) : country ? capitalised_words(w) : lower_word(w);
      if (first && !keep && !country) {
        // The first letter a capital again.
        for (char& c : word)
          if (c >= 'a' && c <= 'z') {
            c = to_upper(c);
            break;
          } else if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) {
            break;
          }
      }
      out += word;
      first = false;
    }
    label = out;
  }
}

std::string fold_note(Fold f) {
  return f == Fold::none ? ", terms as written (--fold none)" : f == Fold::case_only ? ", terms folded by case only" : "";
}

}  // namespace

Network build_coauthor(const std::vector<NetworkDoc>& docs, const NetworkOptions& o) {
  // Authors are keyed by family name and initials folded ("kassen m"); no
  // plural merging for names.
  Terms t = collect_terms(
      docs,
      [](const NetworkDoc& d, auto&& fn) {
        for (const auto& a : d.authors) fn(a);
      },
      nullptr, Fold::full, false, "a:", TermIdentity{nullptr, true, true});
  Network n = terms_network(docs, t, o, "author");
  n.type = "coauthor";
  n.description = "co-authorship network of " + std::to_string(docs.size()) + " works, " + counting_note(o, n.min_occurrences);
  return n;
}

namespace {

// Whether the keyword k of d may be a heading (NetworkDoc::author_keywords_own).
// An index keyword the work's author wrote too is the author's ("Pregnancy"
// of Scopus' author and index keywords).
bool keyword_heading(const NetworkDoc& d, std::string_view k, bool index) {
  auto same = [&](const std::string& own) { return iequals(trim(own), trim(k)); };
  if (index)
    return d.index_keywords_headings &&
           !(d.author_keywords_own && std::any_of(d.author_keywords.begin(), d.author_keywords.end(), same));
  return !d.author_keywords_own && std::none_of(d.own_keywords.begin(), d.own_keywords.end(), same);
}

}  // namespace

std::vector<std::string_view> check_tag_keywords(const Record& r) {
  std::vector<std::string_view> out(r.keywords.size());
  NetworkDoc d = network_doc(0, r, NetworkDocParts::for_type("keywords"));
  // Scopus BibTeX's keywords are its index keywords (its author keywords an extra field).
  const bool index = !r.get_extra("author_keywords").empty();
  for (std::size_t i = 0; i < r.keywords.size(); ++i) {
    std::string_view tag = check_tag(mesh_descriptor(r.keywords[i]));
    if (!tag.empty() && keyword_heading(d, r.keywords[i], index)) out[i] = tag;
  }
  return out;
}

Network build_keywords(const std::vector<NetworkDoc>& docs, const NetworkOptions& options) {
  KeywordField f = options.field;
  // A MeSH heading counts as its descriptor ("Antimalarials/*therapeutic
  // use" -> "Antimalarials"); the record keeps it as written.
  // Check tags (Humans, Female, Aged; Emtree's human, article) say whom a
  // study is of, not its topic: left out unless kept, counted by work.
  std::size_t headings = 0;
  struct Tag {
    std::map<std::string, std::size_t> spellings;
    std::size_t works = 0;
    const NetworkDoc* last = nullptr;
  };
  std::map<std::string, Tag> tags;  // by the descriptor folded
  auto term = [&](const NetworkDoc& d, std::string_view k, bool index, auto&& fn) {
    std::string_view descriptor = mesh_descriptor(k);
    if (descriptor.size() != trim(k).size()) ++headings;
    if (std::string_view tag_name = options.keep_check_tags ? std::string_view() : check_tag(descriptor);
        !tag_name.empty() && keyword_heading(d, k, index)) {
      // Its forms are one tag ("Animals", "animal"; "DOGS", "dog").
      Tag& tag = tags[std::string(tag_name)];
      ++tag.spellings[std::string(descriptor)];
      if (tag.last != &d) ++tag.works, tag.last = &d;
      return;
    }
    fn(descriptor);
  };
  // EBSCOhost's subject terms in its capitals: labels only when no work
  // writes them otherwise, then in lower case (recase_index_labels).
  std::unordered_set<std::string> ebsco_terms;
  for (const NetworkDoc& d : docs)
    if (d.ebsco_subject_terms)
      for (const auto* list : {&d.author_keywords, &d.index_keywords})
        for (const auto& k : *list)
          if (std::string_view descriptor = trim(mesh_descriptor(k)); ebsco_capitals(descriptor))
            ebsco_terms.emplace(descriptor);
  Terms t = collect_terms(
      docs,
      [f, &term](const NetworkDoc& d, auto&& fn) {
        if (f != KeywordField::index)
          for (const auto& k : d.author_keywords) term(d, k, false, fn);
        if (f != KeywordField::author)
          for (const auto& k : d.index_keywords) term(d, k, true, fn);
      },
      options.thesaurus, options.fold, true, "k:",
      TermIdentity{nullptr, false, f != KeywordField::author, ebsco_terms.empty() ? nullptr : &ebsco_terms});
  recase_index_labels(t.labels, docs, f, ebsco_terms);
  NetworkOptions o = options;
  std::size_t with_keywords = std::size_t(std::count_if(docs.begin(), docs.end(), [f](const NetworkDoc& d) {
    return (f != KeywordField::index && !d.author_keywords.empty()) || (f != KeywordField::author && !d.index_keywords.empty());
  }));
  std::size_t scaled = scale_minimum(o, with_keywords, t.occurrences);
  Network n = terms_network(docs, t, o, "keyword");
  n.type = "keywords";
  static const char* fields[] = {"author keywords", "index keywords", "author and index keywords"};
  // The keywords of a record that does not say whose they are (RIS's KW:
  // Zotero's mix the authors', MeSH and Keywords Plus; MEDLINE's MeSH beside
  // its OT) are no author keywords: the description says what the records give.
  std::string field = fields[static_cast<int>(f)];
  if (f == KeywordField::author) {
    std::size_t own = 0, mixed = 0;
    for (const NetworkDoc& d : docs)
      if (!d.author_keywords.empty()) ++(d.author_keywords_own ? own : mixed);
    if (mixed && !own) field = "keywords, authors' and indexers' (MeSH, Keywords Plus) as the records mix them";
    else if (mixed)
      field = "author keywords of " + std::to_string(own) + (own == 1 ? " work" : " works") +
              ", authors' and indexers' keywords mixed on " + std::to_string(mixed);
  }
  n.description = std::string("keyword co-occurrence (") + field + ") of " +
                  std::to_string(docs.size()) + " works, " + counting_note(o, n.min_occurrences) +
                  (o.thesaurus ? ", thesaurus of " + std::to_string(o.thesaurus->size()) + " terms" : "") +
                  fold_note(o.fold) +
                  (headings ? ", " + std::to_string(headings) + " MeSH headings counted as their descriptor" : "") +
                  scaled_note(t, n.min_occurrences, scaled, with_keywords, "keywords", "keywords");
  for (const auto& [key, tag] : tags) {
    // Its commonest spelling (the first in byte order on a tie).
    auto best = std::max_element(tag.spellings.begin(), tag.spellings.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    n.check_tags.push_back({best->first, tag.works});
  }
  std::stable_sort(n.check_tags.begin(), n.check_tags.end(),
                   [](const CheckTagCount& a, const CheckTagCount& b) { return a.works > b.works; });
  if (!n.check_tags.empty()) n.description += "; " + check_tags_note(n.check_tags);
  return n;
}

std::string check_tags_note(const std::vector<CheckTagCount>& tags) {
  return tags.empty() ? std::string() : check_tags_left_out(tags) + ": --keep-check-tags maps them";
}

std::string check_tags_left_out(const std::vector<CheckTagCount>& tags) {
  std::string out = std::to_string(tags.size()) + (tags.size() == 1 ? " check tag" : " check tags") + " left out (";
  for (std::size_t i = 0; i < tags.size(); ++i)
    out += (i ? "; " : "") + tags[i].label + " " + std::to_string(tags[i].works) +
           (i ? "" : tags[i].works == 1 ? " work" : " works");
  return out + ")";
}

Network build_terms(const std::vector<NetworkDoc>& docs, const NetworkOptions& options) {
  Terms t = collect_terms(
      docs,
      [](const NetworkDoc& d, auto&& fn) {
        for (const auto& x : d.terms) fn(x);
      },
      options.thesaurus, options.fold, true, "t:");
  // The minimum, scaled to the set when asked (term_min_occurrences).
  NetworkOptions o = options;
  std::size_t with_text =
      std::size_t(std::count_if(docs.begin(), docs.end(), [](const NetworkDoc& d) { return !d.terms.empty(); }));
  std::size_t scaled = scale_minimum(o, with_text, t.occurrences);
  // Relevance among the terms over the minimum, the co-occurrences counted
  // over them alone (as VOSviewer does); the least relevant are left out.
  std::size_t min_occ = minimum_for(t.occurrences, std::max<std::size_t>(1, o.min_occurrences), o.max_nodes);
  std::vector<std::uint32_t> candidate(t.keys.size(), UINT32_MAX), terms_of;
  for (std::uint32_t i = 0; i < t.keys.size(); ++i)
    if (t.occurrences[i] >= double(min_occ)) candidate[i] = std::uint32_t(terms_of.size()), terms_of.push_back(i);
  std::vector<std::vector<std::uint32_t>> lists(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d)
    for (std::uint32_t i : t.per_doc[d])
      if (candidate[i] != UINT32_MAX) lists[d].push_back(candidate[i]);
  // VOSviewer's preliminary clustering: the candidates' association-strength
  // map, clustered as the map itself will be (Leiden, CPM, seed 0).
  std::vector<int> cluster_of(terms_of.size(), -1);
  if (!terms_of.empty()) {
    Network prelim;
    for (std::uint32_t i : terms_of) {
      NetworkNode node;
      node.id = t.keys[i];
      node.occurrences = t.occurrences[i];
      prelim.nodes.push_back(std::move(node));
    }
    cooccurrence_links(prelim, lists, {}, {}, false, false, o.max_pairs_per_work);
    finish_links(prelim);
    normalize_links(prelim, Normalization::association);
    AnalysisOptions a;
    a.layout = "none";
    a.normalized_weights = true;
    analyse_network(prelim, a);
    for (std::size_t i = 0; i < prelim.nodes.size(); ++i) cluster_of[i] = prelim.nodes[i].cluster;
  }
  std::vector<double> relevance = term_relevance(lists, cluster_of);
  std::vector<std::uint32_t> order(terms_of.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return relevance[a] > relevance[b]; });
  double share = std::min(1.0, std::max(0.0, o.relevance_share));
  std::size_t kept = std::size_t(std::ceil(share * double(order.size())));
  std::vector<bool> keep(t.keys.size(), false);
  for (std::size_t r = 0; r < kept; ++r) keep[terms_of[order[r]]] = true;
  Network n = terms_network(docs, t, o, "term", &keep);
  n.type = "terms";
  n.description = "term map (noun phrases of titles and abstracts) of " + std::to_string(docs.size()) + " works, " +
                  counting_note(o, n.min_occurrences) + ", the " + std::to_string(kept) + " most relevant of " +
                  std::to_string(terms_of.size()) + " terms (" + std::to_string(int(std::lround(share * 100))) +
                  " %)" + (o.thesaurus ? ", thesaurus of " + std::to_string(o.thesaurus->size()) + " terms" : "") +
                  fold_note(o.fold) + scaled_note(t, min_occ, scaled, with_text, "terms", "text");
  return n;
}

namespace {

// A collaboration map of one list of a work's affiliations (countries or
// institutions).
Network affiliation_network(const std::vector<NetworkDoc>& docs, const NetworkOptions& o,
                            std::vector<std::string> NetworkDoc::*list, const char* prefix, const char* kind,
                            const char* type, const std::string& what, const TermIdentity& identity = {}) {
  Terms t = collect_terms(
      docs,
      [list](const NetworkDoc& d, auto&& fn) {
        for (const auto& x : d.*list) fn(x);
      },
      nullptr, Fold::full, false, prefix, identity);
  Network n = terms_network(docs, t, o, kind);
  n.type = type;
  n.description = what + " of " + std::to_string(docs.size()) + " works, " + counting_note(o, n.min_occurrences);
  return n;
}

}  // namespace

Network build_countries(const std::vector<NetworkDoc>& docs, const NetworkOptions& o) {
  return affiliation_network(docs, o, &NetworkDoc::countries, "c:", "country", "countries",
                             "country collaboration (countries of the affiliations)");
}

Network build_institutions(const std::vector<NetworkDoc>& docs, const NetworkOptions& o) {
  return affiliation_network(docs, o, &NetworkDoc::institutions, "i:", "institution", "institutions",
                             "institution collaboration (first university or institute of each affiliation)",
                             TermIdentity{[](std::string_view name) { return institution_key(name); }, false, true});
}

Network build_network(const std::vector<NetworkDoc>& docs, const NetworkOptions& o, CitationReport* report) {
  if (o.type == "citation") return build_citation(docs, o, report);
  if (o.type == "cocitation") return build_cocitation(docs, o);
  if (o.type == "coupling") return build_coupling(docs, o);
  if (o.type == "coauthor") return build_coauthor(docs, o);
  if (o.type == "keywords") return build_keywords(docs, o);
  if (o.type == "terms") return build_terms(docs, o);
  if (o.type == "historiograph") return build_historiograph(docs, o, report);
  if (o.type == "countries") return build_countries(docs, o);
  if (o.type == "institutions") return build_institutions(docs, o);
  throw NetworkError("unknown network type '" + o.type + "' (citation, cocitation, coupling, coauthor, keywords, terms, historiograph, countries, institutions)");
}

double normalized_mutual_information(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.size() != b.size() || a.empty()) return 0;
  std::map<int, double> pa, pb;
  std::map<std::pair<int, int>, double> pab;
  double n = double(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    pa[a[i]] += 1 / n;
    pb[b[i]] += 1 / n;
    pab[{a[i], b[i]}] += 1 / n;
  }
  double ha = 0, hb = 0, mi = 0;
  for (auto& [k, p] : pa) ha -= p * std::log(p);
  for (auto& [k, p] : pb) hb -= p * std::log(p);
  for (auto& [k, p] : pab) mi += p * std::log(p / (pa[k.first] * pb[k.second]));
  if (ha + hb == 0) return 1;
  return 2 * mi / (ha + hb);
}

}  // namespace refnet
