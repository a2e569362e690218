#include "refnet/dedup.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "refnet/store.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// Family name + first initial, folded: "kassen m".
std::set<std::string> creator_keys(const Record& r) {
  std::set<std::string> out;
  for (const auto* list : {&r.authors, &r.editors})
    for (const Creator& c : *list) {
      if (c.is_literal()) {
        out.insert(fold_words(c.literal));
        continue;
      }
      std::string fam = fold_words(c.family);
      std::string given = fold_words(c.given);
      out.insert(given.empty() ? fam : fam + " " + given.substr(0, 1));
    }
  return out;
}

std::string first_page(std::string_view pages) {
  std::size_t i = 0;
  while (i < pages.size() && pages[i] != '-' && pages[i] != ',' && pages[i] != ' ') ++i;
  return std::string(pages.substr(0, i));
}

double title_similarity(const std::string& ta, const std::string& tb) {
  if (ta == tb) return 1.0;
  auto wa = split_words(ta), wb = split_words(tb);
  if (wa.empty() || wb.empty()) return 0;
  // One title is the other without its subtitle.
  const auto& shorter = wa.size() < wb.size() ? wa : wb;
  const auto& longer = wa.size() < wb.size() ? wb : wa;
  if (shorter.size() >= 4 && std::equal(shorter.begin(), shorter.end(), longer.begin())) return 0.9;
  std::unordered_set<std::string_view> sa(wa.begin(), wa.end());
  std::size_t common = 0;
  std::unordered_set<std::string_view> seen;
  for (auto w : wb)
    if (sa.count(w) && seen.insert(w).second) ++common;
  std::size_t uni = sa.size() + (std::unordered_set<std::string_view>(wb.begin(), wb.end()).size()) - common;
  return uni ? static_cast<double>(common) / static_cast<double>(uni) : 0;
}

}  // namespace

double duplicate_score(const Record& a, const Record& b, const DedupOptions& opt, std::vector<std::string>* why) {
  auto say = [why](std::string s) {
    if (why) why->push_back(std::move(s));
  };
  if (!a.doi.empty() && !b.doi.empty() && a.doi != b.doi) {
    say("veto: different DOIs (" + a.doi + ", " + b.doi + ")");
    return 0;
  }
  if (!a.isbn.empty() && !b.isbn.empty()) {
    bool shared = false;
    for (const auto& x : a.isbn)
      for (const auto& y : b.isbn) shared |= (x == y);
    if (!shared) {
      say("veto: different ISBNs");
      return 0;
    }
  }
  if (a.issued.year && b.issued.year && std::abs(a.issued.year - b.issued.year) > opt.max_year_gap) {
    say("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year));
    return 0;
  }
  const std::string ta = fold_words(a.title), tb = fold_words(b.title);
  double score = title_similarity(ta, tb);
  if (ta == tb) {
    // The same title on different volumes or pages: parts of one book,
    // issues of one column, not one work.
    if (!a.volume.empty() && !b.volume.empty() && fold_words(a.volume) != fold_words(b.volume)) {
      say("veto: same title, volumes " + a.volume + " and " + b.volume);
      return 0;
    }
    std::string pa = first_page(a.pages), pb = first_page(b.pages);
    if (!pa.empty() && !pb.empty() && pa != pb) {
      say("veto: same title, pages " + a.pages + " and " + b.pages);
      return 0;
    }
    say("same normalized title");
  } else {
    char buf[64];
    std::snprintf(buf, sizeof buf, "title similarity %.2f", score);
    say(buf);
  }
  auto ca = creator_keys(a), cb = creator_keys(b);
  if (!ca.empty() && !cb.empty()) {
    std::string shared;
    for (const auto& k : ca)
      if (cb.count(k)) {
        shared = k;
        break;
      }
    if (shared.empty()) {
      say("veto: no creator in common");
      return 0;
    }
    say("shared creator " + shared);
  } else {
    score -= 0.1;
    say("creators missing on one side");
  }
  if (a.issued.year && b.issued.year) {
    if (a.issued.year == b.issued.year)
      say("same year " + std::to_string(a.issued.year));
    else {
      score -= 0.02;
      say("years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year));
    }
  }
  if (!a.doi.empty() && a.doi == b.doi) {
    score = std::max(score, 1.0);
    say("same DOI");
  }
  return std::max(0.0, score);
}

namespace {

struct UnionFind {
  std::unordered_map<std::int64_t, std::int64_t> parent;
  std::int64_t find(std::int64_t x) {
    auto it = parent.find(x);
    if (it == parent.end()) return parent[x] = x;
    if (it->second == x) return x;
    return it->second = find(it->second);
  }
  void unite(std::int64_t a, std::int64_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

constexpr std::size_t kMaxBlock = 64;

}  // namespace

std::vector<DuplicateGroup> find_duplicates(Library& lib, const DedupOptions& opt) {
  // Blocks: the first five title words.  Titles that differ only in case,
  // accents, punctuation or a dropped subtitle share one; a block too large
  // to compare all pairs in (generic titles) is split by year.
  std::unordered_map<std::string, std::vector<std::pair<std::int64_t, int>>> blocks;
  lib.each_summary([&](const WorkSummary& w) {
    std::string t = fold_words(w.title);
    auto ws = split_words(t);
    if (ws.empty()) return;
    std::string key;
    for (std::size_t i = 0; i < ws.size() && i < 5; ++i) {
      if (i) key += ' ';
      key.append(ws[i].data(), ws[i].size());
    }
    blocks[key].emplace_back(w.id, w.year);
  });

  std::vector<std::pair<std::int64_t, std::int64_t>> candidates;
  auto pairs_of = [&](const std::vector<std::pair<std::int64_t, int>>& block) {
    for (std::size_t i = 0; i < block.size(); ++i)
      for (std::size_t j = i + 1; j < block.size(); ++j) {
        if (block[i].second && block[j].second && std::abs(block[i].second - block[j].second) > opt.max_year_gap)
          continue;
        candidates.emplace_back(block[i].first, block[j].first);
      }
  };
  for (auto& [key, block] : blocks) {
    if (block.size() < 2) continue;
    if (block.size() <= kMaxBlock) {
      pairs_of(block);
      continue;
    }
    // Split by year: a work and its duplicate are at most max_year_gap apart,
    // so each year's block also takes the following years.
    std::map<int, std::vector<std::pair<std::int64_t, int>>> by_year;
    for (const auto& e : block) by_year[e.second].push_back(e);
    for (auto it = by_year.begin(); it != by_year.end(); ++it) {
      std::vector<std::pair<std::int64_t, int>> sub = it->second;
      for (auto nx = std::next(it); nx != by_year.end() && nx->first - it->first <= opt.max_year_gap; ++nx)
        sub.insert(sub.end(), nx->second.begin(), nx->second.end());
      if (sub.size() <= kMaxBlock * 4) pairs_of(sub);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  // Score candidates on full records, loaded once each.
  std::unordered_map<std::int64_t, Record> records;
  auto record = [&](std::int64_t id) -> const Record& {
    auto it = records.find(id);
    if (it == records.end()) it = records.emplace(id, lib.get(id)->record).first;
    return it->second;
  };
  UnionFind uf;
  std::unordered_map<std::int64_t, double> group_score;
  std::unordered_map<std::int64_t, std::vector<std::string>> group_reasons;
  std::vector<std::tuple<std::int64_t, std::int64_t, double, std::vector<std::string>>> accepted;
  for (const auto& [a, b] : candidates) {
    std::vector<std::string> why;
    double s = duplicate_score(record(a), record(b), opt, &why);
    if (s < opt.threshold) continue;
    uf.unite(a, b);
    accepted.emplace_back(a, b, s, std::move(why));
  }
  std::map<std::int64_t, DuplicateGroup> groups;
  for (auto& [a, b, s, why] : accepted) {
    DuplicateGroup& g = groups[uf.find(a)];
    if (g.works.empty()) g.score = 1;
    g.works.push_back(a);
    g.works.push_back(b);
    g.score = std::min(g.score, s);
    for (auto& w : why)
      if (std::find(g.reasons.begin(), g.reasons.end(), w) == g.reasons.end()) g.reasons.push_back(w);
  }
  std::vector<DuplicateGroup> out;
  for (auto& [root, g] : groups) {
    std::sort(g.works.begin(), g.works.end());
    g.works.erase(std::unique(g.works.begin(), g.works.end()), g.works.end());
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace refnet
