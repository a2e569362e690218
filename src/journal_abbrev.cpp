// Journal names compared by ISO 4's word rules, plus a table of what the
// rules cannot see (src/journal_abbrev_table.cpp).
#include "refnet/journal_abbrev.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "refnet/text.hpp"

namespace refnet {

// The table, in journal_abbrev_table.cpp: lines "name<TAB>variant|variant"
// (whole names), and "=word<TAB>abbreviation|abbreviation" (single words).
extern const char* const kJournalAbbreviationTable;
// JabRef's lists (data/journal_abbrev_jabref.tsv, embedded by tools/embed_file):
// lines "Full title<TAB>abbreviation|abbreviation".
extern const char journal_abbrev_jabref_data[];
extern const std::size_t journal_abbrev_jabref_size;

namespace {

// Articles, prepositions and conjunctions ISO 4 drops, in the languages
// journal titles are written in.  No single letter but "&": "A", "B", "E"
// end "Phys Rev A", and "J" begins most abbreviations.
const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> words = {
      "the", "of", "and", "for", "in", "on", "to", "at", "by", "with", "from", "an",
      "de", "des", "du", "la", "le", "les", "et", "der", "die", "das", "und", "fur", "zur", "zum",
      "del", "della", "di", "el", "los", "las", "da", "do", "dos", "em", "il"};
  return words;
}

struct Table {
  std::unordered_map<std::string, std::vector<std::string>> names;  // variant (joined words) -> canonical words
  std::unordered_set<std::string> word_pairs;                      // "abbrev word"
  // JabRef's lists: a name's words (hand table applied) -> its title's
  // number, 0 for a name two titles share.
  std::unordered_map<std::string, std::uint32_t> listed;
};

std::vector<std::string> significant_words(std::string_view name) {
  std::vector<std::string> out;
  std::string folded = fold_words(name);
  std::vector<std::string_view> words = split_words(folded);
  // An abbreviation never ends with an article or a preposition: the last
  // "an" or "des" of a name in WoS's capitals or of one ending in a dot is a
  // word cut short ("COMPUT STAT DATA AN", "Cryst. Growth Des."), where
  // "IEEE Transactions on" ends with a preposition.
  std::string_view trimmed = trim(name);
  bool cut_last = in_capitals(trimmed) || (!trimmed.empty() && trimmed.back() == '.');
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!stop_words().count(words[i]) || (i + 1 == words.size() && cut_last && !out.empty()))
      out.emplace_back(words[i]);
  // "U.S.A." folds to three words, "United States of America" to three
  // others: both are "usa".
  static const std::vector<std::pair<std::vector<std::string>, std::string>> runs = {
      {{"u", "s", "a"}, "usa"}, {{"united", "states", "america"}, "usa"}, {{"u", "k"}, "uk"}, {{"united", "kingdom"}, "uk"}};
  for (const auto& [run, by] : runs)
    for (std::size_t i = 0; i + run.size() <= out.size(); ++i)
      if (std::equal(run.begin(), run.end(), out.begin() + std::ptrdiff_t(i))) {
        out.erase(out.begin() + std::ptrdiff_t(i) + 1, out.begin() + std::ptrdiff_t(i + run.size()));
        out[i] = by;
      }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) {
    if (!s.empty()) s.push_back(' ');
    s += w;
  }
  return s;
}

const Table& table() {
  static Table t;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string_view text = kJournalAbbreviationTable;
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      std::size_t tab = line.find('\t');
      if (trim(line).empty() || line.front() == '#' || tab == std::string_view::npos) continue;
      std::string_view head = line.substr(0, tab);
      bool word = !head.empty() && head.front() == '=';
      if (word) head.remove_prefix(1);
      std::vector<std::string> canonical = significant_words(head);
      for (const std::string& variant : split_list(line.substr(tab + 1), "|")) {
        if (word) t.word_pairs.insert(fold_words(variant) + " " + joined(canonical));
        else t.names.emplace(joined(significant_words(variant)), canonical);
      }
    }
    // JabRef's lists, after the hand table (their names' words through it,
    // as journal_key looks them up).  Rows of one title share its number.
    auto words_of = [](std::string_view name) {
      std::string k = joined(significant_words(name));
      auto it = t.names.find(k);
      return it == t.names.end() ? k : joined(it->second);
    };
    std::unordered_map<std::string, std::uint32_t> title_number;
    text = std::string_view(journal_abbrev_jabref_data, journal_abbrev_jabref_size);
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
      std::size_t tab = line.find('\t');
      if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
      std::string title = words_of(line.substr(0, tab));
      if (title.empty()) continue;
      std::uint32_t number = title_number.try_emplace(title, std::uint32_t(title_number.size() + 1)).first->second;
      auto list = [&](std::string key) {
        if (key.empty()) return;
        auto [it, fresh] = t.listed.try_emplace(std::move(key), number);
        if (!fresh && it->second != number) it->second = 0;
      };
      list(title);
      for (const std::string& variant : split_list(line.substr(tab + 1), "|")) list(words_of(variant));
    }
  });
  return t;
}

bool table_pair(std::string_view a, std::string_view w) {
  std::string pair;
  pair.reserve(a.size() + w.size() + 1);
  pair.append(a).push_back(' ');
  pair.append(w);
  return table().word_pairs.count(pair) > 0;
}


bool contraction(std::string_view a, std::string_view w) {
  if (a.size() < 2 || a.size() >= w.size() || a.front() != w.front() || a.back() != w.back()) return false;
  std::size_t j = 1;
  for (std::size_t i = 1; i + 1 < a.size(); ++i) {
    while (j + 1 < w.size() && w[j] != a[i]) ++j;
    if (j + 1 >= w.size()) return false;
    ++j;
  }
  return true;
}

// `a` and `b`, the i-th words of their names: one abbreviates the other.
// A single letter that ends its name is a section ("Phys Rev A"): only
// itself.
bool words_match(std::string_view a, bool a_last, std::string_view b, bool b_last) {
  if (a == b) return true;
  if (a.size() > b.size()) {
    std::swap(a, b);
    std::swap(a_last, b_last);
  }
  // A single letter ending a name is a section ("Phys Rev A"), unless the
  // table says ISO 4 cuts the word to it ("Gov Inf Q": Quarterly).
  if (a.size() == 1 && a_last) return table_pair(a, b);
  if (is_digit(a.front()) || is_digit(b.front())) return false;
  return abbreviates(a, b);
}

}  // namespace

bool abbreviates(std::string_view a, std::string_view w) {
  if (a.empty() || w.empty()) return false;
  if (a == w) return true;
  if (a.size() < w.size() && w.compare(0, a.size(), a) == 0) return true;
  if (contraction(a, w)) return true;
  return table_pair(a, w);
}

std::string JournalKey::text() const { return joined(words); }

JournalKey journal_key(std::string_view name) {
  JournalKey k;
  name = trim(name);
  k.words = significant_words(name);
  if (auto it = table().names.find(k.text()); it != table().names.end()) k.words = it->second;
  if (auto it = table().listed.find(k.text()); it != table().listed.end()) k.listed = it->second;
  k.capitals = in_capitals(name);
  k.maybe_cut = name.size() == 20 && k.capitals;
  if (std::size_t hyphen = name.rfind('-'); hyphen != std::string_view::npos && k.capitals) {
    std::vector<std::string> before = significant_words(name.substr(0, hyphen));
    if (!before.empty() && before.size() < k.words.size() &&
        std::equal(before.begin(), before.end(), k.words.begin()))
      k.before_hyphen = before.size();
  }
  return k;
}

namespace {

bool words_agree(const JournalKey& a, const JournalKey& b) {
  const auto &x = a.words, &y = b.words;
  // A name cut at 20 characters may have lost words at its end (and its last
  // word may be cut anywhere, which the prefix rule takes).
  bool x_cut = a.maybe_cut && x.size() < y.size(), y_cut = b.maybe_cut && y.size() < x.size();
  if (x.size() != y.size() && !x_cut && !y_cut) return false;
  std::size_t n = std::min(x.size(), y.size());
  for (std::size_t i = 0; i < n; ++i)
    if (!words_match(x[i], i + 1 == x.size() && !a.maybe_cut, y[i], i + 1 == y.size() && !b.maybe_cut)) return false;
  return true;
}

// `j9` (WoS's capitals, a hyphen) without what follows its last hyphen
// against a name written otherwise: "OMEGA-INT J MANAGE S" is "Omega",
// "J AGR SCI-CAMBRIDGE" "J. Agric. Sci.", "SENSORS-BASEL" "Sensors".  Not
// against another J9 name: WoS adds "-GER" to "OPER RES" because "OPER RES"
// is another journal.  One word before the hyphen must be the other name
// itself ("WATER-SUI" is not "Weather", "CR-NEW CENTEN REV" not "Criminology").
bool agree_before_hyphen(const JournalKey& j9, const JournalKey& other) {
  if (!j9.before_hyphen || other.capitals) return false;
  if (j9.before_hyphen == 1) return other.words.size() == 1 && other.words[0] == j9.words[0];
  JournalKey k;
  k.words.assign(j9.words.begin(), j9.words.begin() + std::ptrdiff_t(j9.before_hyphen));
  return words_agree(k, other);
}

}  // namespace

bool journals_match(const JournalKey& a, const JournalKey& b) {
  if (a.empty() || b.empty()) return false;
  if (a.listed && a.listed == b.listed) return true;
  return words_agree(a, b) || agree_before_hyphen(a, b) || agree_before_hyphen(b, a);
}

bool journals_match(std::string_view a, std::string_view b) { return journals_match(journal_key(a), journal_key(b)); }

}  // namespace refnet
