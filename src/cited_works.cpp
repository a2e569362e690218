// Cited-reference identity: which references of many reference lists name
// one cited work (see cited_works.hpp).
#include "refnet/cited_works.hpp"

#include <algorithm>

#include "refnet/network_build.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

bool all_upper_initials(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

int to_int(std::string_view s) {
  s = trim(s);
  int v = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]) && i < 9; ++i) v = v * 10 + (s[i] - '0');
  return i == 0 ? 0 : v;
}

std::string short_label(const Reference& r) {
  auto [family, initial] = reference_author(r.author);
  std::string who = trim(r.author).empty() ? std::string() : std::string(trim(r.author));
  if (auto c = who.find(','); c != std::string::npos) who.resize(c);
  if (!who.empty() && !r.year.empty()) return who + " (" + r.year + ")";
  std::string raw = collapse_space(r.raw);
  if (utf8_length(raw) > 60) {
    std::size_t i = 0, n = 0;
    while (i < raw.size() && n < 57) {
      next_utf8(raw, i);
      ++n;
    }
    raw = raw.substr(0, i) + "...";
  }
  return raw.empty() ? r.doi : raw;
}

// The first three words of a folded title: titles that agree share them.
std::string title_start(const std::string& title) {
  std::size_t at = 0;
  for (int words = 0; words < 3 && at != std::string::npos; ++words) at = title.find(' ', at == 0 ? 0 : at + 1);
  return title.substr(0, at);
}

// Whether a and b are equal once their spaces are left out.
bool equal_but_spaces(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  for (;; ++i, ++j) {
    while (i < a.size() && a[i] == ' ') ++i;
    while (j < b.size() && b[j] == ' ') ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i] != b[j]) return false;
  }
}

// Equal, also but for spaces ("gray level" and "graylevel", a hyphen
// folded to a space), or one the other's start of at least three words (a
// subtitle left out).
bool titles_agree(const std::string& a, const std::string& b) {
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (s == l) return true;
  if (l.size() - s.size() <= 3 && equal_but_spaces(s, l)) return true;
  if (l.compare(0, s.size(), s) != 0 || l[s.size()] != ' ') return false;
  return std::count(s.begin(), s.end(), ' ') >= 2;
}

int completeness(const Reference& r) {
  int n = 0;
  for (const std::string* s : {&r.doi, &r.author, &r.year, &r.title, &r.container, &r.volume, &r.first_page})
    n += !trim(*s).empty();
  return n;
}

}  // namespace

// Volume and page compare as written, minus case and white space.
std::string reference_number(std::string_view s) {
  std::string out;
  for (char c : trim(s))
    if (!is_space(c)) out.push_back(to_lower(c));
  return out;
}


// The first author of a reference as family name and initial, from the forms
// sources write: "Amgoud L" (WoS), "Amgoud, L." (Scopus), "Amgoud" (Crossref).
std::pair<std::string, char> reference_author(std::string_view a) {
  a = trim(a);
  if (a.empty()) return {};
  std::string_view family = a, rest;
  if (auto comma = a.find(','); comma != std::string_view::npos) {
    family = a.substr(0, comma);
    rest = a.substr(comma + 1);
  } else if (auto sp = a.rfind(' '); sp != std::string_view::npos && all_upper_initials(a.substr(sp + 1))) {
    family = a.substr(0, sp);
    rest = a.substr(sp + 1);
  }
  char initial = 0;
  std::string r = fold(rest);
  for (char c : r)
    if (is_alpha(c) || is_digit(c)) {
      initial = c;
      break;
    }
  return {fold_words(family), initial};
}

// DOIs compare lower case and without backslashes: the BibTeX importer keeps
// a WoS DOI field's "\_" (10.1007/978-1-4020-5802-8\_15) while the same DOI in
// Cited-References reads "_15".  No registered DOI holds a backslash.
std::string reference_doi_key(std::string_view doi) {
  std::string k;
  k.reserve(doi.size());
  for (char c : doi)
    if (c != '\\') k.push_back(to_lower(c));
  return k;
}

std::uint32_t CitedWorks::add(const Reference& r) {
  Fields f = fields_of(r);
  if (f.doi.empty() && f.raw.empty()) return UINT32_MAX;
  std::uint32_t at = UINT32_MAX;
  if (!f.doi.empty())
    if (auto it = by_doi_.find(f.doi); it != by_doi_.end()) at = it->second;
  // The same text is the same work (its fields are those of a reference
  // already in it), unless a DOI says otherwise.
  if (at == UINT32_MAX && !f.raw.empty())
    if (auto it = by_raw_.find(f.raw); it != by_raw_.end()) {
      const std::string& doi = works_[it->second].f.doi;
      if (doi.empty() || f.doi.empty() || doi == f.doi) at = it->second;
    }
  std::string block;
  if (!f.family.empty() && f.year) {
    block = f.family + "|" + std::to_string(f.year) + "|";
    if (at == UINT32_MAX) {
      candidates_.clear();
      auto gather = [&](const std::string& key) {
        if (auto it = index_.find(key); it != index_.end())
          candidates_.insert(candidates_.end(), it->second.begin(), it->second.end());
      };
      // A reference with a page agrees with cited works of that page, or
      // of no page and the same title; one without, with any of the
      // same title, or of no page.
      if (!f.page.empty()) gather(block + "p" + f.page);
      if (!f.title.empty()) gather(block + (f.page.empty() ? "t" : "u") + title_start(f.title));
      if (f.page.empty()) gather(block + "-");
      std::sort(candidates_.begin(), candidates_.end());  // the first cited work that agrees
      candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
      for (std::uint32_t c : candidates_)
        if (compatible(works_[c], f)) {
          at = c;
          break;
        }
    }
  }
  if (at == UINT32_MAX) {
    at = std::uint32_t(works_.size());
    works_.emplace_back();
    if (!block.empty() && f.page.empty()) index_[block + "-"].push_back(at);
  }
  const Work& w = works_[at];
  bool new_page = w.f.page.empty() && !f.page.empty(), new_title = f.title.size() > w.f.title.size();
  if (!block.empty() && new_page) index_[block + "p" + f.page].push_back(at);
  if (!block.empty() && new_title) {
    std::string start = title_start(f.title);
    if (w.f.title.empty() || title_start(w.f.title) != start) {
      index_[block + "t" + start].push_back(at);
      if (w.f.page.empty() && f.page.empty()) index_[block + "u" + start].push_back(at);
    }
  }
  merge(at, f, r);
  return at;
}

std::vector<CitedItem> CitedWorks::items() const {
  std::vector<CitedItem> out;
  out.reserve(works_.size());
  for (const Work& w : works_) {
    CitedItem item;
    item.key = "x:" + (w.f.doi.empty() ? w.first_raw : w.f.doi);
    item.label = short_label(w.best);
    item.doi = w.f.doi;
    item.title = w.best.title;
    item.year = w.f.year ? w.f.year : to_int(w.best.year);
    item.family = w.f.family;
    item.volume = w.f.volume;
    item.first_page = w.f.page;
    item.references = w.references;
    out.push_back(std::move(item));
  }
  return out;
}

CitedWorks::Fields CitedWorks::fields_of(const Reference& r) {
  Fields f;
  f.doi = reference_doi_key(r.doi);
  f.raw = !r.raw.empty() ? fold_words(r.raw)
                         : fold_words(r.author + " " + r.year + " " + r.title + " " + r.container + " " + r.volume +
                                      " " + r.first_page);
  auto [family, initial] = reference_author(r.author);
  f.family = std::move(family);
  f.initial = initial;
  f.year = to_int(r.year);
  f.volume = reference_number(r.volume);
  f.page = first_page_of(r.first_page);
  f.title = fold_words(r.title);
  if (!trim(r.container).empty()) {
    auto [it, fresh] = journal_at_.try_emplace(std::string(trim(r.container)), std::uint32_t(journals_.size()));
    if (fresh) journals_.push_back(journal_key(it->first));
    if (!journals_[it->second].empty()) f.journal = it->second;
  }
  return f;
}

bool CitedWorks::journals_agree(std::uint32_t a, std::uint32_t b) const {
  return a == b || journals_match(journals_[a], journals_[b]);
}

bool CitedWorks::compatible(const Work& w, const Fields& f) const {
  const Fields& c = w.f;
  if (!c.doi.empty() && !f.doi.empty()) return c.doi == f.doi;
  if (c.family != f.family || c.year != f.year) return c.raw == f.raw && !c.raw.empty();
  if (c.initial && f.initial && c.initial != f.initial) return false;
  if (!c.volume.empty() && !f.volume.empty() && c.volume != f.volume) return false;
  if (!c.page.empty() && !f.page.empty() && c.page != f.page) return false;
  bool both_titles = !c.title.empty() && !f.title.empty();
  if (both_titles && !titles_agree(c.title, f.title)) return false;
  bool both_journals = c.journal != UINT32_MAX && f.journal != UINT32_MAX;
  bool journal = both_journals && journals_agree(c.journal, f.journal);
  if (both_journals && !journal && !both_titles) return false;
  if (both_titles) return true;
  if (!c.raw.empty() && c.raw == f.raw) return true;
  bool volume = !c.volume.empty() && c.volume == f.volume, page = !c.page.empty() && c.page == f.page;
  if (volume && page) return true;
  if (page && journal) return true;
  return journal && c.volume.empty() && f.volume.empty() && c.page.empty() && f.page.empty();
}

void CitedWorks::merge(std::uint32_t at, Fields& f, const Reference& r) {
  Work& w = works_[at];
  Fields& c = w.f;
  ++w.references;
  if (w.first_raw.empty()) w.first_raw = f.raw;
  if (c.doi.empty() && !f.doi.empty()) by_doi_.emplace(c.doi = f.doi, at);
  if (!f.raw.empty()) by_raw_.emplace(f.raw, at);
  if (c.raw.empty()) c.raw = std::move(f.raw);
  if (c.family.empty()) c.family = std::move(f.family), c.year = f.year;
  if (!c.initial) c.initial = f.initial;
  if (c.volume.empty()) c.volume = std::move(f.volume);
  if (c.page.empty()) c.page = std::move(f.page);
  if (f.title.size() > c.title.size()) c.title = std::move(f.title);
  if (c.journal == UINT32_MAX) c.journal = f.journal;
  int score = completeness(r) * 4096 + int(std::min<std::size_t>(r.raw.size(), 4095));
  if (score > w.best_score) w.best = r, w.best_score = score;
}

}  // namespace refnet
