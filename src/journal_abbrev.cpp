// Journal names compared by ISO 4's word rules, plus a table of what the
// rules cannot see (src/journal_abbrev_table.cpp).
#include "refnet/journal_abbrev.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "journal_abbrev_keys.hpp"
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
  std::unordered_set<char> word_letters;                           // abbreviations of one letter ("j", "q")
  std::vector<std::vector<std::string>> renamed;                    // "~" lines: one journal's titles
  // JabRef's lists: a name's words (hand table applied) -> its title's
  // number, 0 for a name two titles share; here only in the tool that keys
  // them at build time (listed_number reads its keys).
  std::unordered_map<std::string, std::uint32_t> listed;
};

// "d'Information", "l'Actualité", "dell'Economia": the article or
// preposition elided before a vowel goes with its apostrophe (straight or
// curly); it would fold to a word of its own, "d", which abbreviates
// "Documents".  An English possessive keeps its "s" on the word ("World's
// Poultry Science Journal", "Women's Health Issues": "worlds", which WoS's
// "WORLD POULTRY SCI J" and NLM's "Worlds Poult Sci J" abbreviate), not a
// word "s" of its own.
std::string without_elisions(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    std::size_t quote = name.compare(i, 3, "\xe2\x80\x99") == 0 ? 3 : name[i] == '\'' ? 1 : 0;
    if (quote && !out.empty() && is_alpha(out.back()) && i + quote < name.size() &&
        (name[i + quote] == 's' || name[i + quote] == 'S') &&
        (i + quote + 1 == name.size() || !is_alpha(name[i + quote + 1]))) {
      i += quote - 1;  // the apostrophe left out, the "s" kept
      continue;
    }
    if (quote && i + quote < name.size() &&
        (is_alpha(name[i + quote]) || static_cast<unsigned char>(name[i + quote]) >= 0x80)) {
      std::size_t start = out.size();
      while (start > 0 && is_alpha(out[start - 1])) --start;
      static const std::unordered_set<std::string> elided = {"d", "l", "dell", "nell", "dall", "sull"};
      if (elided.count(fold(std::string_view(out).substr(start))) && (start == 0 || !is_alpha(out[start - 1]))) {
        out.erase(start);
        i += quote - 1;
        continue;
      }
    }
    out.push_back(name[i]);
  }
  return out;
}

std::vector<std::string> significant_words(std::string_view name) {
  std::vector<std::string> out;
  // A name in ASCII folds by lowering its letters; another is folded once (utf8proc, the costly part of the table's
  // 14,000 names), for its words and for the "for." below alike: the words of a name folded to ASCII are its folded
  // form's (fold_words folds again only what stays outside ASCII, where a second fold may differ: "ǣ").
  const bool ascii = is_ascii(name);
  const std::string elided = without_elisions(name);
  const std::string folded_whole = ascii ? std::string() : fold(elided);
  std::string folded = fold_words(ascii || !is_ascii(folded_whole) ? std::string_view(elided) : std::string_view(folded_whole));
  std::vector<std::string_view> words = split_words(folded);
  // An abbreviation never ends with an article or a preposition: the last
  // "an" or "des" of a name in WoS's capitals or of one ending in a dot is a
  // word cut short ("COMPUT STAT DATA AN", "Cryst. Growth Des."), where
  // "IEEE Transactions on" ends with a preposition.
  std::string_view trimmed = trim(name);
  bool cut_last = in_capitals(trimmed) || (!trimmed.empty() && trimmed.back() == '.');
  // "Part A", "Series B": the letter names the section, the word before it
  // one form writes and another does not ("Transportation Research Part A",
  // "TRANSPORT RES A-POL"; "ENERG SOURCE PART B", "Energy Sources B").
  static const std::unordered_set<std::string_view> section_words = {"part", "pt", "section", "sect", "series", "ser"};
  // "For." is ISO 4's "Forest", "Forestry": "For. Ecol. Manag.", "Scand. J.
  // For. Res." are not "Ecol. Manag." and "Scand. J. Res."; nor is a name
  // beginning with "For" ("For Ecol Manage").  Without its dot inside a
  // name ("Scand J for Res") it stays a preposition.
  bool for_abbreviates = false;
  std::string folded_whole_ascii;
  {
    // Asked of every name of JabRef's lists when the table is built: a name without "for." in any case (in
    // ASCII, where folding only lowers the letters) has none folded.
    bool may_hold = !ascii;
    for (std::size_t at = name.find('.'); ascii && at != std::string_view::npos && !may_hold; at = name.find('.', at + 1))
      may_hold = at >= 3 && iequals(name.substr(at - 3, 3), "for");
    // (An elided article before "for." changes nothing: what precedes it is no letter either way.)
    const std::string& lower = !may_hold ? folded_whole : ascii ? (folded_whole_ascii = ascii_lower(name)) : folded_whole;
    for (std::size_t at = lower.find("for."); at != std::string::npos && !for_abbreviates; at = lower.find("for.", at + 1))
      for_abbreviates = at == 0 || !is_alpha(lower[at - 1]);
    if (!words.empty() && words[0] == "for") for_abbreviates = true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (section_words.count(words[i]) && i > 0 && i + 1 < words.size() && words[i + 1].size() == 1 &&
        !is_digit(words[i + 1][0]))
      continue;
    if (for_abbreviates && words[i] == "for") {
      out.emplace_back(words[i]);
      continue;
    }
    if (!stop_words().count(words[i]) || (i + 1 == words.size() && cut_last && !out.empty()))
      out.emplace_back(words[i]);
  }
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

// A name's words as JabRef's lists are keyed: without "for", which one
// form keeps as "Forest" ("Bois For. Trop.") and another drops as a
// preposition ("BOIS FOR TROP"): the list's row decides which journal it is.
std::string listed_key(std::string_view joined_words) {
  std::string out;
  for (std::string_view w : split_words(joined_words)) {
    if (w == "for") continue;
    if (!out.empty()) out.push_back(' ');
    out += w;
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

// JabRef's lists, after the hand table (their names' words through it,
// as journal_key looks them up).  Rows of one title share its number.
std::unordered_map<std::string, std::uint32_t> jabref_listed(const Table& t) {
  std::unordered_map<std::string, std::uint32_t> listed;
  auto words_of = [&t](std::string_view name) {
    std::string k = joined(significant_words(name));
    auto it = t.names.find(k);
    return it == t.names.end() ? k : joined(it->second);
  };
  std::unordered_map<std::string, std::uint32_t> title_number;
  std::string_view text(journal_abbrev_jabref_data, journal_abbrev_jabref_size);
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
      auto [it, fresh] = listed.try_emplace(listed_key(key), number);
      if (!fresh && it->second != number) it->second = 0;
    };
    list(title);
    for (const std::string& variant : split_list(line.substr(tab + 1), "|")) list(words_of(variant));
  }
  return listed;
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
      if (!head.empty() && head.front() == '~') {
        std::vector<std::string> titles = {std::string(head.substr(1))};
        for (std::string& former : split_list(line.substr(tab + 1), "|")) titles.push_back(std::move(former));
        t.renamed.push_back(std::move(titles));
        continue;
      }
      bool word = !head.empty() && head.front() == '=';
      if (word) head.remove_prefix(1);
      std::vector<std::string> canonical = significant_words(head);
      for (const std::string& variant : split_list(line.substr(tab + 1), "|")) {
        if (word) {
          std::string abbreviation = fold_words(variant);
          if (abbreviation.size() == 1) t.word_letters.insert(abbreviation[0]);
          t.word_pairs.insert(abbreviation + " " + joined(canonical));
        }
        else t.names.emplace(joined(significant_words(variant)), canonical);
      }
    }
    // JabRef's lists, keyed at build time (journal_abbrev_keys.hpp), but in
    // the tool that keys them.
    if (!journal_abbrev_keys::kSize) t.listed = jabref_listed(t);
  });
  return t;
}

// The number of the title of JabRef's lists whose name (listed_key's form)
// `key` is, 0 for none or a name two titles share.
std::uint32_t listed_number(std::string_view key) {
  using namespace journal_abbrev_keys;
  if (!kSize) {
    auto it = table().listed.find(std::string(key));
    return it == table().listed.end() ? 0 : it->second;
  }
  const auto* end = kIndex + kSize;
  const auto* it = std::lower_bound(kIndex, end, key, [](const std::uint32_t(&entry)[2], std::string_view k) {
    return std::string_view(kText + entry[0]) < k;
  });
  return it != end && std::string_view(kText + (*it)[0]) == key ? (*it)[1] : 0;
}

bool table_pair(std::string_view a, std::string_view w) {
  std::string pair;
  pair.reserve(a.size() + w.size() + 1);
  pair.append(a).push_back(' ');
  pair.append(w);
  return table().word_pairs.count(pair) > 0;
}


bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A contraction keeps the word's first letters, then consonants of the rest
// in order, down to its last letter: "natl" (national), "mgmt", "hlth",
// "bldg", "engng", "enrgy".  Four letters at least, of a word of six: "res"
// keeps r, e and s of "reviews" and is no contraction of it, nor is
// "economica" one of "econometrica" (a vowel kept after the start) or
// "ijsr" one of "ijser".
bool contraction(std::string_view a, std::string_view w) {
  if (a.size() < 4 || w.size() < 6 || a.size() >= w.size() || a.back() != w.back()) return false;
  std::size_t start = 0;
  while (start < a.size() && a[start] == w[start]) ++start;
  if (start == 0) return false;
  for (std::size_t i = start; i < a.size(); ++i)
    if (vowel(a[i]) || is_digit(a[i])) return false;
  std::size_t j = start;
  for (std::size_t i = start; i + 1 < a.size(); ++i) {
    while (j + 1 < w.size() && w[j] != a[i]) ++j;
    if (j + 1 >= w.size()) return false;
    ++j;
  }
  return true;
}

// `a` is `w`, a word of seven letters or more, with one letter after the
// first left out: a typing slip ("muliple", "eropean", "decison") or the
// other spelling ("modeling", "behavior").
bool letter_dropped(std::string_view a, std::string_view w) {
  if (w.size() < 7 || a.size() + 1 != w.size() || a.front() != w.front()) return false;
  std::size_t i = 1;
  while (i < a.size() && a[i] == w[i]) ++i;
  return a.substr(i) == w.substr(i + 1);
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
  if (contraction(a, w) || letter_dropped(a, w)) return true;
  return table_pair(a, w);
}

std::string JournalKey::text() const { return joined(words); }

namespace {

// IEEE Xplore's inverted name, IEEE and the kind of publication after a
// comma ("Image Processing, IEEE Transactions on", "Intelligent Systems,
// IEEE") or, with the kind, after a space ("Pattern Anal Mach Intell IEEE
// Trans"), in the order other forms write it: "IEEE Transactions on Image
// Processing".  Not "Proceedings of the IEEE", nor WoS's capitals ("P IEEE").
std::string ieee_first(std::string_view name) {
  if (in_capitals(name)) return std::string(name);
  std::string lower(name);
  for (char& c : lower) c = char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  std::size_t at = lower.rfind("ieee");
  if (at == std::string::npos || at == 0 || name[at - 1] != ' ') return std::string(name);
  std::string_view head = trim(name.substr(0, at)), tail = trim(name.substr(at));
  bool comma = !head.empty() && head.back() == ',';
  if (comma) head = trim(head.substr(0, head.size() - 1));
  // "IEEE", then the kind of publication and its preposition, nothing else
  // ("Proc. IAPR, IEEE Int. Joint Conf. Biometrics" is not inverted).
  static const std::unordered_set<std::string_view> kinds = {
      "transactions", "transaction", "trans", "journal", "magazine", "letters", "reviews"};
  std::string folded = fold_words(tail);
  std::vector<std::string_view> words = split_words(folded);
  bool inverted = !head.empty() && !words.empty() && words[0] == "ieee" && words.size() <= 3 &&
                  (words.size() < 2 ? comma : kinds.count(words[1]) > 0) &&
                  (words.size() < 3 || words[2] == "on" || words[2] == "of" || words[2] == "in");
  return inverted ? std::string(tail) + " " + std::string(head) : std::string(name);
}

}  // namespace

// journal_key but `renamed`.
static JournalKey plain_journal_key(std::string_view written) {
  JournalKey k;
  std::string turned = ieee_first(trim(written));
  std::string_view name = turned;
  k.words = significant_words(name);
  if (auto it = table().names.find(k.text()); it != table().names.end()) k.words = it->second;
  k.listed = listed_number(listed_key(k.text()));
  k.capitals = in_capitals(name);
  // Cut at 20 characters; 19 when the 20th was a space ("J LOSS PREVENT
  // PROC IND" -> "J LOSS PREVENT PROC"), in three words or more: two full
  // words are as often a whole title ("PATTERN RECOGNITION" is not "Pattern
  // Recognition Letters"; "NATURWISSENSCHAFTEN" not "Nat Rev").
  k.maybe_cut = k.capitals && name.size() == 20;
  k.cut_at_space = k.capitals && name.size() == 19 && k.words.size() >= 3;
  // The name without a last parenthesis ("Omega (Westport)", "Agricultura
  // (Slovenia)", "... Part C (Applications and Reviews)"), then without a
  // subtitle after a colon or a spaced dash ("Supply Chain Management: An
  // International Journal", "Nor. Geogr. Tidsskr. - Nor. J. Geogr.").
  auto words_of = [&](std::string_view part) {
    std::vector<std::string> w = significant_words(part);
    if (auto it = table().names.find(joined(w)); it != table().names.end()) w = it->second;
    return w == k.words ? std::vector<std::string>() : w;
  };
  std::string_view rest = name;
  if (!rest.empty() && rest.back() == ')')
    if (std::size_t open = rest.rfind('('); open != std::string_view::npos && open > 0) {
      rest = trim(rest.substr(0, open));
      k.without_parenthesis = words_of(rest);
    }
  std::size_t subtitle = std::string_view::npos;
  for (std::string_view mark : {":", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 "})
    subtitle = std::min(subtitle, rest.find(mark));
  if (subtitle != std::string_view::npos && subtitle > 0) k.without_subtitle = words_of(rest.substr(0, subtitle));
  // A place after the title: the last word, a city as references write
  // it, after one title word or more.  Not a country: "Proc Natl Acad Sci
  // India" is not PNAS, "CURR SCI INDIA" stays WoS's own.
  static const std::unordered_set<std::string_view> places = {
      "lond", "london", "camb", "cambridge", "oxf", "oxford", "edinb", "edinburgh", "dublin", "ny", "wash",
      "washington", "phila", "philadelphia", "balt", "baltimore", "chic", "chicago", "berl", "berlin", "paris",
      "wien", "vienna", "amst", "amsterdam", "stuttg", "stuttgart", "leipz", "leipzig", "jena", "tokyo"};
  if (k.words.size() >= 2 && places.count(k.words.back()))
    k.without_place.assign(k.words.begin(), k.words.end() - 1);
  if (std::size_t hyphen = name.rfind('-'); hyphen != std::string_view::npos && k.capitals) {
    std::vector<std::string> before = significant_words(name.substr(0, hyphen));
    if (!before.empty() && before.size() < k.words.size() &&
        std::equal(before.begin(), before.end(), k.words.begin()))
      k.before_hyphen = before.size();
  }
  return k;
}

namespace {

bool rules_match(const JournalKey& a, const JournalKey& b);

// The titles of the table's "~" lines, prepared once.
const std::vector<std::vector<JournalKey>>& renamed_titles() {
  static const std::vector<std::vector<JournalKey>> keys = [] {
    std::vector<std::vector<JournalKey>> out;
    for (const auto& titles : table().renamed) {
      out.emplace_back();
      for (const std::string& t : titles) out.back().push_back(plain_journal_key(t));
    }
    return out;
  }();
  return keys;
}

// Which "~" journal a name is one of the titles of (by the rules), 0 for
// none or two.
std::uint32_t renamed_journal(const JournalKey& k) {
  if (k.empty() || table().renamed.empty()) return 0;
  std::uint32_t found = 0;
  const auto& journals = renamed_titles();
  for (std::size_t j = 0; j < journals.size(); ++j)
    for (const JournalKey& title : journals[j])
      if (rules_match(k, title)) {
        if (found && found != j + 1) return 0;
        found = std::uint32_t(j + 1);
        break;
      }
  return found;
}

// `w`, one word, is `p` and `q` written together ("multicriteria",
// "multi criteria"; "biomedical", "bio med"), or starts with them
// ("socioeconomic", "socio econ"), or, not last in its name, abbreviates
// them keeping three letters of `q` at least ("Socioecon Plann Sci",
// "socio economic").  Not "disasters" for "disaster stud", "economica" for
// "economic anthropology", "Environment" for "Environ-mentalist".
bool written_together(std::string_view w, bool w_last, std::string_view p, std::string_view q) {
  if (p.size() < 2 || q.size() < 2 || w.size() < p.size() + std::min<std::size_t>(3, q.size())) return false;
  if (is_digit(p.front()) || is_digit(q.front()) || w.compare(0, p.size(), p) != 0) return false;
  std::string_view rest = w.substr(p.size());
  if (rest.size() >= q.size()) return rest.compare(0, q.size(), q) == 0;
  return !w_last && q.compare(0, rest.size(), rest) == 0;
}

// Whether words[at] is a section letter: a single letter ending the name
// after a word ("Phys Rev B"; not the "O" of "R I R O", nor a letter the
// table gives a word, "J" or "Q").
bool section_letter(const std::vector<std::string>& words, std::size_t at) {
  return at + 1 == words.size() && words[at].size() == 1 && is_alpha(words[at][0]) && at > 0 &&
         words[at - 1].size() > 1 && !table().word_letters.count(words[at][0]);
}

// The words of `x` from i against those of `y` from j: one by one, or one
// word of either against two of the other written together.  A name cut
// (x_cut, y_cut) may have lost words at its end (and its last word may be
// cut anywhere, which the prefix rule takes), but not a section letter:
// "IEEE T SYST MAN CYB" is not "... Cybern. B".
bool words_align(const std::vector<std::string>& x, std::size_t i, bool x_cut, const std::vector<std::string>& y,
                 std::size_t j, bool y_cut) {
  if (i == x.size() || j == y.size()) {
    if (i == x.size() && j == y.size()) return true;
    // (A cut name's own last letter may be a word cut short.)
    if (i == x.size()) return i > 0 && x_cut && !(section_letter(y, j) && !y_cut);
    return j > 0 && y_cut && !(section_letter(x, i) && !x_cut);
  }
  if (words_match(x[i], i + 1 == x.size() && !x_cut, y[j], j + 1 == y.size() && !y_cut) &&
      words_align(x, i + 1, x_cut, y, j + 1, y_cut))
    return true;
  if (j + 1 < y.size() && written_together(x[i], i + 1 == x.size(), y[j], y[j + 1]) &&
      words_align(x, i + 1, x_cut, y, j + 2, y_cut))
    return true;
  return i + 1 < x.size() && written_together(y[j], j + 1 == y.size(), x[i], x[i + 1]) &&
         words_align(x, i + 2, x_cut, y, j + 1, y_cut);
}

// A name cut at a space (19 characters) only against one not in capitals:
// two J9 names of one journal are written alike ("DISASTER PREVENTION" is
// not "DISASTER PREV MANAG", "BUILDING RESILIENCE" not "BUILD RES INF").
bool words_agree(const JournalKey& a, const JournalKey& b) {
  return words_align(a.words, 0, a.maybe_cut || (a.cut_at_space && !b.capitals), b.words, 0,
                     b.maybe_cut || (b.cut_at_space && !a.capitals));
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

// `a` without its last parenthesis or its subtitle against `b`, a name with
// neither: "Omega (Westport)" is "OMEGA-INT J MANAGE S", "Physica A:
// Statistical Mechanics..." "PHYSICA A".  Two subtitles are two journals
// ("Journal of Physics: Conference Series", "...: Condensed Matter").  One
// word left must be the other name ("Environ: Sci Policy Sustain Dev" is
// not "Environments"), and before a subtitle only WoS's form in capitals,
// which goes without subtitles ("AMBIO", "Ambio: J Hum Environ"; not
// "Sustainability" for "Sustainability: Science, Practice, & Policy").  So
// too without a place after the title ("J Zool Lond" is "J ZOOL", "Nature,
// Lond." "NATURE"), against a name ending with no place ("Proc Zool Soc
// Lond" is not "Proc Zool Soc Calcutta", nor "X Lond" "X Paris").
bool agree_shorter(const JournalKey& a, const JournalKey& b) {
  if (!b.without_parenthesis.empty() || !b.without_subtitle.empty()) return false;
  for (const auto* words : {&a.without_parenthesis, &a.without_subtitle, &a.without_place}) {
    if (words->empty() || (words == &a.without_place && !b.without_place.empty())) continue;
    JournalKey k;
    k.words = *words;
    bool one_word = words->size() == 1 && (b.words != *words || (words == &a.without_subtitle && !b.capitals));
    if (!one_word && words_agree(k, b)) return true;
    if (agree_before_hyphen(b, k)) return true;  // one word before the hyphen only when equal
  }
  return false;
}

}  // namespace

namespace {

bool rules_match(const JournalKey& a, const JournalKey& b) {
  if (a.empty() || b.empty()) return false;
  if (a.listed && a.listed == b.listed) return true;
  return words_agree(a, b) || agree_before_hyphen(a, b) || agree_before_hyphen(b, a) || agree_shorter(a, b) ||
         agree_shorter(b, a);
}

}  // namespace

bool journals_match(const JournalKey& a, const JournalKey& b) {
  if (rules_match(a, b)) return true;
  if (a.empty() || b.empty()) return false;
  return a.renamed && a.renamed == b.renamed;
}

JournalKey journal_key(std::string_view written) {
  JournalKey k = plain_journal_key(written);
  k.renamed = renamed_journal(k);
  return k;
}

bool journals_match(std::string_view a, std::string_view b) { return journals_match(journal_key(a), journal_key(b)); }

std::vector<std::pair<std::string, std::uint32_t>> journal_abbrev_keys::computed() {
  std::unordered_map<std::string, std::uint32_t> listed = jabref_listed(table());
  std::vector<std::pair<std::string, std::uint32_t>> out(listed.begin(), listed.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace refnet
