// Search-based matching with validation: see reference_match.hpp.
#include "refnet/reference_match.hpp"

#include <algorithm>
#include <cstdlib>
#include <unordered_set>

#include "refnet/doi.hpp"
#include "refnet/network_build.hpp"
#include "refnet/text.hpp"

namespace refnet {

const char* to_string(MatchOutcome o) {
  switch (o) {
    case MatchOutcome::matched: return "matched";
    case MatchOutcome::ambiguous: return "ambiguous";
    case MatchOutcome::unmatched: return "unmatched";
  }
  return "unmatched";
}

std::string bibliographic_string(const Reference& r) {
  if (!trim(r.raw).empty()) return collapse_space(r.raw);
  std::string s;
  for (const std::string* f : {&r.author, &r.year, &r.title, &r.container, &r.volume, &r.first_page}) {
    std::string_view v = trim(*f);
    if (v.empty()) continue;
    if (!s.empty()) s += ", ";
    s += v;
  }
  return s;
}

namespace {

// The reference as words: what the candidate's fields are looked for in.
struct ReferenceText {
  std::string folded;  // " word word ... " (spaces around: whole-word search)
  std::unordered_set<std::string> words;
  std::vector<int> years;

  explicit ReferenceText(const Reference& r) {
    std::string f = fold_words(bibliographic_string(r) + " " + r.volume + " " + r.first_page);
    folded = " " + f + " ";
    for (std::string_view w : split_words(f)) {
      words.emplace(w);
      if (w.size() == 4 && std::all_of(w.begin(), w.end(), is_digit)) {
        int y = std::atoi(std::string(w).c_str());
        if (y >= 1500 && y <= 2100) years.push_back(y);
      }
    }
  }
  bool has_word(const std::string& w) const { return !w.empty() && words.count(w) > 0; }
  bool has_phrase(const std::string& folded_phrase) const {
    return !folded_phrase.empty() && folded.find(" " + folded_phrase + " ") != std::string::npos;
  }
};

// The share of a title's words (three letters or more) found in the reference.
double title_coverage(const std::string& title, const ReferenceText& text) {
  std::size_t n = 0, found = 0;
  std::string folded = fold_words(title);
  for (std::string_view w : split_words(folded)) {
    if (w.size() < 3) continue;
    ++n;
    found += text.words.count(std::string(w));
  }
  return n == 0 ? 0 : double(found) / double(n);
}

CandidateCheck check(const SearchCandidate& c, const ReferenceText& text) {
  CandidateCheck out;
  out.doi = c.record.doi;
  out.score = c.score;
  const Record& w = c.record;
  auto support = [&](const char* field) {
    ++out.support;
    out.fields.emplace_back(field);
  };
  if (w.issued.year)
    for (int y : text.years)
      if (std::abs(y - w.issued.year) <= 1) {
        support("year");
        break;
      }
  // A number is looked for as a word anywhere in the reference: an issue ("1", "2") or a first page of one digit is
  // found in most references whatever their work ("1-10", "Vol 2"), and counts only beside the volume (the same
  // surname, year and a stray "1" accepted another work: a wrong DOI is worse than none).
  const bool volume = text.has_word(fold_words(w.volume));
  if (volume) support("volume");
  if (volume && text.has_word(fold_words(w.issue))) support("issue");
  const std::string first_page = fold_words(first_page_of(w.pages.empty() ? w.number : w.pages));  // or article number
  if ((volume || first_page.size() >= 2) && text.has_word(first_page)) support("page");
  if (!w.authors.empty()) {
    const Creator& a = w.authors.front();
    if (text.has_phrase(fold_words(a.is_literal() ? a.literal : a.full_family()))) support("author");
  }
  // The whole title, or the main title before a subtitle (references often
  // leave the subtitle out).
  std::string main_title = w.title.substr(0, w.title.find_first_of(":?"));
  if (!w.title.empty() && std::max(title_coverage(w.title, text), title_coverage(main_title, text)) >= 0.8)
    support("title");
  return out;
}

bool decisive(const CandidateCheck& c, const MatchOptions& o) {
  bool named = std::find(c.fields.begin(), c.fields.end(), "author") != c.fields.end() ||
               std::find(c.fields.begin(), c.fields.end(), "title") != c.fields.end();
  return c.support >= o.min_support && named;
}

std::string fields_list(const CandidateCheck& c) {
  std::string s;
  for (const auto& f : c.fields) s += (s.empty() ? "" : ", ") + f;
  return s;
}

}  // namespace

MatchVerdict validate_candidates(const Reference& r, const std::vector<SearchCandidate>& candidates,
                                 const MatchOptions& o) {
  MatchVerdict v;
  if (candidates.empty()) {
    v.why = "Crossref found nothing";
    return v;
  }
  double best_score = 0;
  for (const auto& c : candidates) best_score = std::max(best_score, c.score);
  ReferenceText text(r);
  for (const auto& c : candidates) {
    if (c.record.doi.empty()) continue;
    if (best_score > 0 && c.score < o.relative_score * best_score) continue;
    v.checked.push_back(check(c, text));
  }
  // Best supported first; on a tie, the better score, then the order given.
  std::stable_sort(v.checked.begin(), v.checked.end(), [](const CandidateCheck& a, const CandidateCheck& b) {
    return a.support != b.support ? a.support > b.support : a.score > b.score;
  });
  if (v.checked.empty() || !decisive(v.checked.front(), o)) {
    const CandidateCheck* best = v.checked.empty() ? nullptr : &v.checked.front();
    v.why = !best                ? std::string("no candidate with a DOI")
            : best->support == 0 ? "best candidate " + best->doi + ": no field agrees"
                                 : "best candidate " + best->doi + " supported by " + fields_list(*best) + " only";
    return v;
  }
  const CandidateCheck& best = v.checked.front();
  for (std::size_t i = 1; i < v.checked.size(); ++i) {
    const CandidateCheck& other = v.checked[i];
    if (other.support == best.support && normalize_doi(other.doi) != normalize_doi(best.doi)) {
      v.outcome = MatchOutcome::ambiguous;
      v.why = best.doi + " and " + other.doi + " are supported as well (" + fields_list(best) + ")";
      return v;
    }
  }
  v.outcome = MatchOutcome::matched;
  v.doi = normalize_doi(best.doi).value_or(best.doi);
  v.why = "supported by " + fields_list(best);
  return v;
}

}  // namespace refnet
