// Semantic Scholar's BibTeX (its Graph API's citationStyles.bibtex) writes a
// paper's publicationTypes, a Python list, where the entry type goes:
// "@['JournalArticle', 'Conference']{Ammar2018ConstructionOT,",
// "@['Review']{Kianfar2019ComparisonAA,", and "@None{" for a paper of no
// type.  The list's end, and the BibTeX type the list and the entry's
// fields give.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

// Where the Python list of quoted words that opens at `open` ("['A', 'B']")
// ends, past its ']', when white space and '{' or '(' follow it; npos
// otherwise.  The words: letters, digits, spaces, '_' and '-'.
inline std::size_t s2_type_list_end(std::string_view t, std::size_t open) {
  if (open >= t.size() || t[open] != '[') return std::string_view::npos;
  std::size_t i = open + 1;
  auto space = [&] {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  };
  space();
  bool first = true;
  while (i < t.size() && t[i] != ']') {
    if (!first) {
      if (t[i] != ',') return std::string_view::npos;
      ++i;
      space();
    }
    first = false;
    if (i >= t.size() || (t[i] != '\'' && t[i] != '"')) return std::string_view::npos;
    const char quote = t[i++];
    const std::size_t word = i;
    while (i < t.size() && t[i] != quote) {
      const char c = t[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '_' ||
            c == '-'))
        return std::string_view::npos;
      ++i;
    }
    if (i >= t.size() || i == word || i - word > 40) return std::string_view::npos;
    ++i;
    space();
  }
  if (i >= t.size()) return std::string_view::npos;
  const std::size_t end = ++i;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n')) ++i;
  return i < t.size() && (t[i] == '{' || t[i] == '(') ? end : std::string_view::npos;
}

// The words of such a list ("['JournalArticle', 'Conference']").
inline std::vector<std::string> s2_type_list_words(std::string_view list) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i] != '\'' && list[i] != '"') continue;
    const std::size_t close = list.find(list[i], i + 1);
    if (close == std::string_view::npos) break;
    words.emplace_back(list.substr(i + 1, close - i - 1));
    i = close;
  }
  return words;
}

// The BibTeX type of a Semantic Scholar entry of these publication types
// (api.semanticscholar.org's paper object: JournalArticle, Review,
// CaseReport, ClinicalTrial, Editorial, LettersAndComments, MetaAnalysis,
// News, Study: a journal's; Conference, Book, BookSection, Dataset).  Its
// BibTeX writes the venue as booktitle always and the journal, when there
// is one, as journal: a named journal makes an article of a journal's type;
// otherwise the first type of another kind decides ("['JournalArticle',
// 'Conference']" with booktitle NAACL: inproceedings); no type known: an
// article where a journal is named, else misc.
inline std::string s2_bibtex_type(const std::vector<std::string>& types, bool has_journal) {
  static constexpr std::string_view journal_kinds[] = {"JournalArticle", "Review",       "CaseReport",
                                                       "ClinicalTrial",  "Editorial",    "LettersAndComments",
                                                       "MetaAnalysis",   "News",         "Study"};
  bool journal_kind = false;
  std::string other;
  for (const std::string& t : types) {
    bool j = false;
    for (std::string_view k : journal_kinds) j = j || t == k;
    journal_kind = journal_kind || j;
    if (!other.empty() || j) continue;
    if (t == "Conference") other = "inproceedings";
    else if (t == "Book") other = "book";
    else if (t == "BookSection") other = "incollection";
    else if (t == "Dataset") other = "dataset";
  }
  if (has_journal && journal_kind) return "article";
  if (!other.empty()) return other;
  return journal_kind || has_journal ? "article" : "misc";
}

}  // namespace refnet
