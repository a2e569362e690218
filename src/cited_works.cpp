// Cited-reference identity: which references of many reference lists name
// one cited work (see cited_works.hpp).
#include "refnet/cited_works.hpp"

#include <algorithm>
#include <unordered_set>

#include "refnet/doi.hpp"
#include "refnet/east_asian_names.hpp"
#include "refnet/names.hpp"
#include "refnet/network_build.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// "JM", "J.M.", "J.A.M.", "S.-E." (Scopus's hyphenated initials of a given
// name "Siew-Ean"), "J.-P.": capitals, dots, hyphens; longer than four, or with
// a hyphen, only with dots ("ROUX" may be a name, "LI-NA" too).
bool all_upper_initials(std::string_view w) {
  if (w.empty() || w.size() > 8 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  bool dot = false, hyphen = false;
  for (char c : w) {
    if (c == '.')
      dot = true;
    else if (c == '-')
      hyphen = true;
    else if (!(c >= 'A' && c <= 'Z'))
      return false;
  }
  return dot || (w.size() <= 4 && !hyphen);
}

// "J.", "M", "J.M.": a capital alone, or capitals each with its dot.
bool dotted_initial(std::string_view w) {
  if (w.size() == 1) return w[0] >= 'A' && w[0] <= 'Z';
  return all_upper_initials(w) && w.back() == '.';
}

// A family name without the generation written after it ("Chapin III",
// "Page Jr."): Web of Science writes "Chapin III F.S." where Scopus writes
// "Chapin, F.S." for one author.
std::string_view without_generation(std::string_view family) {
  auto sp = family.rfind(' ');
  return sp != std::string_view::npos && is_generation_suffix(family.substr(sp + 1)) ? trim(family.substr(0, sp))
                                                                                      : family;
}

// The family name as written and where the given names start: "Amgoud L"
// (WoS), "Amgoud, L." (Scopus), "Amgoud" (Crossref), "Anderson J. M"
// (initials apart), "Chapin III F.S." (a generation left out).
std::pair<std::string_view, std::string_view> family_and_rest(std::string_view a) {
  a = trim(a);
  std::string_view family = a, rest;
  if (auto comma = a.find(','); comma != std::string_view::npos) {
    family = a.substr(0, comma);
    rest = a.substr(comma + 1);
  } else if (auto sp = a.rfind(' '); sp != std::string_view::npos && all_upper_initials(a.substr(sp + 1))) {
    // Initials written apart ("Anderson J. M", "Rissing S. W."): each a
    // capital alone or with its dot, so that "LE ROUX J" keeps "ROUX".
    family = a.substr(0, sp);
    while ((sp = family.rfind(' ')) != std::string_view::npos && dotted_initial(family.substr(sp + 1)))
      family = family.substr(0, sp);
    rest = a.substr(family.size());
  }
  return {without_generation(trim(family)), rest};
}

// A family name in capitals as a label writes it: "BARLOW" -> "Barlow"
// (ASCII words; others are left as written).
std::string label_case(std::string_view family) {
  std::string out(family);
  if (!in_capitals(family)) return out;
  if (!is_ascii(out)) return out;
  for (std::size_t i = 1; i < out.size(); ++i)
    if (is_alpha(out[i - 1])) out[i] = to_lower(out[i]);
  return out;
}

// How well a family name is cased: in capitals 0 ("MCCLAUGHERTY", "COTE");
// in mixed case 2 ("Mcclaugherty" and "McClaugherty" alike), 3 with a
// letter outside ASCII, which Web of Science leaves out ("Côté", "Güsewell").
int name_case_score(std::string_view family) {
  if (family.empty() || in_capitals(family)) return 0;
  return is_ascii(family) ? 2 : 3;
}

int to_int(std::string_view s) {
  s = trim(s);
  int v = 0;
  std::size_t i = 0;
  for (; i < s.size() && is_digit(s[i]) && i < 9; ++i) v = v * 10 + (s[i] - '0');
  return i == 0 ? 0 : v;
}

bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A word of a name written out: a capital, then letters (one small at
// least), hyphens or an apostrophe, and perhaps a dot ("Bryan", "Luc-Alain",
// "RobertD.", "Jürgen").
bool written_name_word(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  bool small = false;
  for (char c : w.substr(1)) {
    const bool high = static_cast<unsigned char>(c) >= 0x80;
    small |= (c >= 'a' && c <= 'z') || high;
    if (!high && !is_alpha(c) && c != '-' && c != '\'') return false;
  }
  return small;
}

// The commonest Chinese and Korean family names (east_asian_names.hpp).
bool east_asian_family(std::string_view w) { return east_asian_family_name(w); }

// The folded first letter of a given name ("Melanie" -> 'm'), 0 for none.
char folded_initial(std::string_view given) {
  for (char c : fold(given))
    if (is_alpha(c) || is_digit(c)) return c;
  return 0;
}

// The keys of CitedWorks::KnownAuthors: "g|mitchell|melanie" (an author of
// the library, family and first given name), "y|mitchell|m|2009" (a family
// name and initial of a reference, or of an author of the library, of that
// year), "i|mitchell|m" (the same, any year).
std::string given_key(std::string_view family, std::string_view given) {
  std::vector<std::string_view> words = split_words(given);
  return words.empty() ? std::string() : "g|" + fold_words(family) + "|" + fold_words(words.front());
}

std::string year_key(std::string_view family, char initial, std::string_view year) {
  return "y|" + fold_words(family) + "|" + std::string(1, initial) + "|" + std::string(trim(year));
}

std::string initial_key(std::string_view family, char initial) {
  return "i|" + fold_words(family) + "|" + std::string(1, initial);
}

// Whether `family` with `given` is known: the given name written out, or
// (`initials`) its initial in a work of `year`.
bool knows_name(const CitedWorks::KnownAuthors& known, std::string_view family, std::string_view given,
                std::string_view year, bool initials) {
  if (known.count(given_key(family, given))) return true;
  char i = folded_initial(given);
  return initials && i && !trim(year).empty() && known.count(year_key(family, i, year));
}

// Web of Science writes a cited author it knows in full family name first,
// without a comma: "Finegan Bryan, 2004, P153", "Seminoff Jeffrey A., 2012".
// The family name of a reference's author so written (the first part of
// the reference, a year after it): the first of two name words, or of three
// whose second is a known given name and third initials.  Empty for every
// other name: the initials form ("Finegan B", "Van Zandt S", "Garcia
// Marquez G"), a particle first ("De Seta G"), an organisation ("World
// Bank"), capitals.  Of two words, the second is the family name when the
// cited work's metadata had the given name first ("Melanie Mitchell",
// "Chunjia Han"): when `known` (the library's authors and the references
// naming theirs by initials, CitedWorks::know) holds "Mitchell M" and not
// "Melanie M"; without such evidence, when the lexicon of given names or of
// Chinese and Korean family names tells.
std::string_view full_name_family(const Reference& r, const CitedWorks::KnownAuthors* known) {
  std::string_view a = trim(r.author), raw = trim(r.raw);
  if (a.empty() || a.find(',') != std::string_view::npos || !starts_with(raw, a)) return {};
  std::string_view after = raw.substr(a.size());
  if (after.empty() || after[0] != ',') return {};
  after = trim(after.substr(1));
  if (after.size() < 4 || !std::all_of(after.begin(), after.begin() + 4, is_digit) ||
      (after.size() > 4 && after[4] != ','))
    return {};
  std::vector<std::string_view> w = split_words(a);
  if (w.size() < 2 || w.size() > 3 || is_corporate_name(w) || !written_name_word(w[0]) ||
      is_name_particle(ascii_lower(w[0])) || (w[0] == "San" || w[0] == "Santa" || w[0] == "St"))
    return {};
  if (w.size() == 2) {
    if (!written_name_word(w[1])) return {};
    // Not "Lucas BruceD." (a middle initial glued on: WoS's order).
    const bool plain = w[1].back() != '.' && std::none_of(w[1].begin() + 1, w[1].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!plain) return w[0];
    if (known) {
      // Two Chinese or Korean family names ("Luo Xu", "Yao Zhang"): an
      // initial of that year is too common to tell ("Xu L, 2013" cites
      // someone else); the given name written out must.
      const bool initials = !(east_asian_family(w[0]) && east_asian_family(w[1]));
      const bool second = knows_name(*known, w[1], w[0], r.year, initials);
      const bool first = knows_name(*known, w[0], w[1], r.year, initials);
      if (second != first) return second ? w[1] : w[0];
      // Web of Science's own order, family name first, confirmed by the
      // initial of any year ("Kim T" for "Kim Taemie"; "Harvey D" for
      // "Harvey David"); never the other order on so little ("MALCOLM JR,
      // 1982" is not Malcolm Jobling), nor before a Chinese or Korean
      // family name ("Qi Li": "Qi L" may be anyone).
      if (!second && !east_asian_family(w[1]) && known->count(initial_key(w[0], folded_initial(w[1])))) return w[0];
    }
    if ((refparse::given_name_word(w[0]) && !refparse::given_name_word(w[1])) ||
        (east_asian_family(w[1]) && !east_asian_family(w[0])))
      return w[1];
    return w[0];
  }
  if (!all_upper_initials(w[2])) return {};
  if (refparse::given_name_word(w[1])) return w[0];
  // A given name no lexicon holds, which the library writes so: "Amorocho,
  // Diego" (an author) for "Amorocho Diego F., 2007"; not "Mendoza Arviso
  // S." (two family names).
  return known && written_name_word(w[1]) && knows_name(*known, w[0], w[1], r.year, true) ? w[0] : std::string_view();
}

// The first author of a reference as folded family name and initial (see
// reference_author), a name Web of Science writes in full read by
// full_name_family: "Melanie Mitchell, 2009" is ("mitchell", 'm').
std::pair<std::string, char> reference_author_of(const Reference& r, const CitedWorks::KnownAuthors* known) {
  std::string_view a = trim(r.author);
  if (std::string_view f = full_name_family(r, known); !f.empty()) {
    std::string_view given = f.data() == a.data() ? a.substr(f.size()) : a.substr(0, a.size() - f.size());
    return {fold_words(f), folded_initial(given)};
  }
  return reference_author(r.author);
}

std::string short_label(const Reference& r, const CitedWorks::KnownAuthors* known) {
  // "Barlow (2007)" from "Barlow J", "BARLOW, J." and "Barlow, J.";
  // "Chapin (2002)" from "Chapin III F.S.".  A name without initials (a
  // corporate author: "OECD (2019)", "GOV.UK (n.d.)") keeps its capitals
  // unless the whole reference is in capitals ("WORLD BANK, 2007, WORLD DEV REP").
  auto [family, rest] = family_and_rest(r.author);
  if (std::string_view f = full_name_family(r, known); !f.empty()) family = f, rest = trim(r.author).substr(f.size());
  std::string who = !trim(rest).empty() || !has_lower(r.raw) ? label_case(family) : std::string(family);
  std::string_view year = trim(r.year);
  // A library imported before the reference kept its "n.d." (it held no year).
  if (year.empty() && !who.empty() && r.raw.find("(n.d.)") != std::string::npos) year = "n.d.";
  if (!who.empty() && !year.empty()) return who + " (" + std::string(year) + ")";
  // No author: the title's start and the year, as a work without authors is
  // labelled (Emerald's "Title;Journal,Year" lines).  Without a year either,
  // the reading failed: the text as written says more.
  if (who.empty() && !trim(r.title).empty() && !year.empty())
    return title_label(r.title) + " (" + std::string(year) + ")";
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

}  // namespace

std::string title_label(std::string_view title) {
  title = trim(title);
  return std::string(title.size() > 40 ? trim(utf8_prefix(title, 40)) : title);
}

namespace {

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

// The numbers of a folded title, arabic or roman ("ii", "2"): "Part I" and
// "Part II" are two works however close their titles.
// A roman number is written as its arabic one: "Part I" and "Part 1" are one work.
std::string title_numbers(std::string_view t) {
  static constexpr std::string_view roman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
  std::string out;
  for (std::string_view w : split_words(t)) {
    if (const auto* r = std::find(std::begin(roman), std::end(roman), w); r != std::end(roman)) {
      out += std::to_string(r - std::begin(roman) + 1);
      out += ' ';
    } else if (std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c); })) {
      out += w;
      out += ' ';
    }
  }
  return out;
}

// Whether a and b, spaces left out, are within `most` edits of each other
// (insertions, deletions, substitutions).
bool within_edits(std::string_view a, std::string_view b, std::size_t most) {
  std::string x, y;
  for (char c : a)
    if (c != ' ') x.push_back(c);
  for (char c : b)
    if (c != ' ') y.push_back(c);
  if (x.size() > y.size()) std::swap(x, y);
  if (y.size() - x.size() > most) return false;
  std::vector<std::size_t> row(x.size() + 1);
  for (std::size_t i = 0; i <= x.size(); ++i) row[i] = i;
  for (std::size_t j = 1; j <= y.size(); ++j) {
    std::size_t diag = row[0], best = ++row[0];
    for (std::size_t i = 1; i <= x.size(); ++i) {
      std::size_t next = std::min({row[i] + 1, row[i - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = row[i];
      row[i] = next;
      best = std::min(best, next);
    }
    if (best > most) return false;
  }
  return row[x.size()] <= most;
}

// Equal, also but for spaces ("gray level" and "graylevel", a hyphen
// folded to a space), or one the other's start of at least three words (a
// subtitle left out; two when volume and first page agree), or, with the same numbers, within a few typing
// slips: one edit in 12 letters ("Litterfall, nutrienr cycling, and
// nutrient limitations in tropical forest" is "Litterfall, nutrient
// cycling and nutrient limitation in tropical forests"), one in 5 when
// volume and first page already agree.
bool titles_agree(const std::string& a, const std::string& b, bool volume_and_page) {
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (s == l) return true;
  if (l.size() - s.size() <= 3 && equal_but_spaces(s, l)) return true;
  // (Two words, when volume and first page agree: "Spline Transformations" and "Spline Transformations: Three New
  // Diagnostic Aids for the Statistical Data Analyst".)
  if (l.compare(0, s.size(), s) == 0 && l[s.size()] == ' ')
    return std::count(s.begin(), s.end(), ' ') >= (volume_and_page ? 1 : 2);
  if (std::count(s.begin(), s.end(), ' ') < 2 || title_numbers(s) != title_numbers(l)) return false;
  return within_edits(s, l, std::max<std::size_t>(1, s.size() / (volume_and_page ? 5 : 12)));
}

}  // namespace

bool cited_titles_agree(const std::string& a, const std::string& b, bool volume_and_page) {
  return titles_agree(a, b, volume_and_page);
}

namespace {

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


std::pair<std::string, char> reference_author(std::string_view a) {
  auto [family, rest] = family_and_rest(a);
  if (family.empty()) return {};
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
  // A reference without an author ("(2017) Syndemics: health in context (2017) Lancet, 389, p. 881", a report of an
  // agency Scopus names after its title) is one cited work with another of its year whose title agrees, a title of
  // four words or more (see compatible()): blocked by year and title alone.
  const bool anonymous = f.family.empty() && std::count(f.title.begin(), f.title.end(), ' ') >= 3;
  if ((!f.family.empty() || anonymous) && f.year) {
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
      if (!f.page.empty() && !anonymous) gather(block + "p" + f.page);
      if (!f.title.empty()) gather(block + (f.page.empty() || anonymous ? "t" : "u") + title_start(f.title));
      if (f.page.empty() && !anonymous) gather(block + "-");
      std::sort(candidates_.begin(), candidates_.end());  // the first cited work that agrees
      candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
      for (std::uint32_t c : candidates_)
        if (compatible(works_[c], f)) {
          at = c;
          break;
        }
    }
  }
  // Web of Science cites a paper by its issue's year where Scopus (or
  // another citing paper) gives the year it came out online: one year apart,
  // the same volume and first page.
  if (at == UINT32_MAX && !f.family.empty() && f.year && !f.volume.empty() && !f.page.empty()) {
    candidates_.clear();
    for (int year : {f.year - 1, f.year + 1})
      if (auto it = index_.find(f.family + "|" + std::to_string(year) + "|p" + f.page); it != index_.end())
        candidates_.insert(candidates_.end(), it->second.begin(), it->second.end());
    std::sort(candidates_.begin(), candidates_.end());
    for (std::uint32_t c : candidates_)
      if (year_apart(works_[c], f)) {
        at = c;
        break;
      }
  }
  if (at == UINT32_MAX) {
    at = std::uint32_t(works_.size());
    works_.emplace_back();
    if (!block.empty() && f.page.empty()) index_[block + "-"].push_back(at);
  }
  const Work& w = works_[at];
  bool new_page = w.f.page.empty() && !f.page.empty();
  if (!block.empty() && new_page) index_[block + "p" + f.page].push_back(at);
  if (!block.empty() && !f.title.empty()) {
    std::string start = title_start(f.title);
    if (std::none_of(w.titles.begin(), w.titles.end(), [&](const std::string& t) { return title_start(t) == start; })) {
      index_[block + "t" + start].push_back(at);
      if (w.f.page.empty() && f.page.empty()) index_[block + "u" + start].push_back(at);
    }
  }
  merge(at, f, r);
  return at;
}

void CitedWorks::know_author(std::string_view family, std::string_view given, int year) {
  if (fold_words(family).empty()) return;
  // A given name written out ("Melanie"), not an initial ("M.", "M").
  std::vector<std::string_view> words = split_words(given);
  if (!words.empty() && written_name_word(words.front())) known_.insert(given_key(family, given));
  if (char i = folded_initial(given)) {
    known_.insert(initial_key(family, i));
    if (year) known_.insert(year_key(family, i, std::to_string(year)));
  }
}

void CitedWorks::know(const Reference& r) {
  if (!full_name_family(r, nullptr).empty()) return;
  auto [family, rest] = family_and_rest(r.author);
  if (trim(rest).empty() || fold_words(family).empty() || trim(r.year).empty()) return;
  if (char i = folded_initial(rest)) known_.insert(year_key(family, i, r.year)), known_.insert(initial_key(family, i));
}

std::vector<CitedItem> CitedWorks::items() const {
  std::vector<CitedItem> out;
  out.reserve(works_.size());
  for (const Work& w : works_) {
    CitedItem item;
    item.key = "x:" + (w.f.doi.empty() ? w.first_raw : w.f.doi);
    // The year most of its references give (one year apart, see
    // year_apart()), the best reference's on a tie.
    int year = w.f.year, best_year = to_int(w.best.year);
    std::size_t most = 0;
    for (auto [y, n] : w.years)
      if (n > most || (n == most && y == best_year)) year = y, most = n;
    // The first author as the best-cased reference writes the name: Scopus's
    // "McClaugherty, C.A." or "Bergmüller, R." rather than WoS's
    // "MCCLAUGHERTY CA" or "Bergmuller R".
    bool recased = !w.cased_author.empty() && w.cased_score > name_case_score(family_and_rest(w.best.author).first);
    if ((w.years.size() > 1 && year != best_year) || recased) {
      Reference r = w.best;
      if (w.years.size() > 1 && year != best_year) r.year = std::to_string(year);
      if (recased) r.author = w.cased_author;
      item.label = short_label(r, &known_);
    } else
      item.label = short_label(w.best, &known_);
    // Its DOI as the reference wrote it (the folded key identifies it).
    item.doi = w.f.doi.empty() || reference_doi_key(w.best.doi) != w.f.doi ? w.f.doi : spelled_reference_doi(w.best);
    item.title = w.best.title;
    item.year = year ? year : best_year;
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
  auto [family, initial] = reference_author_of(r, &known_);
  f.family = std::move(family);
  f.initial = initial;
  f.year = to_int(r.year);
  f.volume = reference_number(r.volume);
  f.page = first_page_of(r.first_page);
  f.title = fold_words(r.title);
  f.journal = journal_of(r.container);
  // A book's title, compared as a source name with Web of Science's (see compatible()); a title slot with no source
  // after it, the journal Scopus wrote there when it lacked the article's title ("(1994) AI Communications, 7 (1),
  // pp. 39-59").
  if ((f.volume.empty() || f.journal == UINT32_MAX) && !f.title.empty()) f.title_journal = journal_of(r.title);
  return f;
}

std::uint32_t CitedWorks::journal_of(std::string_view name) {
  name = trim(name);
  if (name.empty()) return UINT32_MAX;
  auto [it, fresh] = journal_at_.try_emplace(std::string(name), std::uint32_t(journals_.size()));
  if (fresh) journals_.push_back(journal_key(it->first));
  return journals_[it->second].empty() ? UINT32_MAX : it->second;
}

namespace {

// One journal name the start of the other, word by word (each word
// abbreviating the other's), two words at least, the longer going on with
// words that are no section letter: Web of Science's J9 names drop a
// journal's last words ("OCEANOGR MAR BIOL", Scopus's "Oceanogr. Mar. Biol.
// Annu. Rev.") or add a country ("CURR SCI INDIA", "Current Science"); "PHYS
// REV" is not "Phys Rev B".  The name of one may open with its publisher's
// acronym, the other's not ("ACM MULTIMEDIA SYSTE", "MULTIMEDIA SYST": Springer's
// Multimedia Systems, once ACM's).  Weak: only where first author, year,
// volume and first page agree.
bool journal_starts_other(const JournalKey& a, const JournalKey& b) {
  auto publisher = [](const std::vector<std::string>& w) {
    return w.size() > 2 && (w[0] == "acm" || w[0] == "ieee" || w[0] == "siam" || w[0] == "asme" || w[0] == "spie");
  };
  const std::size_t pa = publisher(a.words) && !publisher(b.words), pb = publisher(b.words) && !publisher(a.words);
  const std::size_t na = a.words.size() - pa, nb = b.words.size() - pb;
  const auto& s = na <= nb ? a.words : b.words;
  const auto& l = na <= nb ? b.words : a.words;
  const std::size_t ps = na <= nb ? pa : pb, pl = na <= nb ? pb : pa;
  const std::size_t n = std::min(na, nb);
  if (n < 2 || (na == nb && pa + pb == 0)) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (!abbreviates(s[ps + i], l[pl + i]) && !abbreviates(l[pl + i], s[ps + i])) return false;
  return std::none_of(l.begin() + std::ptrdiff_t(pl + n), l.end(), [](const std::string& w) { return w.size() == 1; });
}

}  // namespace

bool CitedWorks::journals_agree(std::uint32_t a, std::uint32_t b) const {
  return a == b || journals_match(journals_[a], journals_[b]);
}

bool CitedWorks::year_apart(const Work& w, const Fields& f) const {
  const Fields& c = w.f;
  if (c.family != f.family || (c.year != f.year - 1 && c.year != f.year + 1)) return false;
  if (!c.doi.empty() && !f.doi.empty()) return c.doi == f.doi;
  if (c.initial && f.initial && c.initial != f.initial) return false;
  if (c.volume.empty() || c.volume != f.volume || c.page.empty() || c.page != f.page) return false;
  // The titles, when both have one, must agree (a reference copying another
  // work's volume and page has another title); else the journals (two works
  // of one author in one journal a year apart have other pages).  As in
  // compatible(), agreeing titles outweigh journals written otherwise
  // ("Transportation Science. INFORMS").
  if (!w.titles.empty() && !f.title.empty())
    return std::any_of(w.titles.begin(), w.titles.end(),
                       [&](const std::string& t) { return titles_agree(t, f.title, true); });
  return !w.journals.empty() && f.journal != UINT32_MAX &&
         std::any_of(w.journals.begin(), w.journals.end(), [&](std::uint32_t j) { return journals_agree(j, f.journal); });
}

bool CitedWorks::compatible(const Work& w, const Fields& f) const {
  const Fields& c = w.f;
  if (!c.doi.empty() && !f.doi.empty()) return c.doi == f.doi;
  if (c.family != f.family || c.year != f.year) return c.raw == f.raw && !c.raw.empty();
  if (!c.volume.empty() && !f.volume.empty() && c.volume != f.volume) return false;
  if (!c.page.empty() && !f.page.empty() && c.page != f.page) return false;
  bool volume = !c.volume.empty() && c.volume == f.volume, page = !c.page.empty() && c.page == f.page;
  // Every title and journal the work's references wrote counts: the first
  // reference may have spelled them otherwise than the next.
  bool both_titles = !w.titles.empty() && !f.title.empty();
  // Without an author, only titles say the work (of four words or more; see add()).
  if (c.family.empty() && (!both_titles || std::count(f.title.begin(), f.title.end(), ' ') < 3)) return false;
  // Scopus's "Aamodt, A., Plaza, E., (1994) AI Communications, 7 (1), pp. 39-59": no article title, the journal in
  // the title slot and no source.  With the same volume and first page (and no other initial), that name agreeing
  // with a journal the other side's references name is the work.
  if (volume && page && !(c.initial && f.initial && c.initial != f.initial)) {
    auto agree = [&](const std::vector<std::uint32_t>& xs, std::uint32_t y) {
      return y != UINT32_MAX && std::any_of(xs.begin(), xs.end(), [&](std::uint32_t x) { return journals_agree(x, y); });
    };
    if (f.journal == UINT32_MAX && agree(w.journals, f.title_journal)) return true;
    if (f.journal != UINT32_MAX && agree(w.title_journals, f.journal)) return true;
  }
  if (both_titles && std::none_of(w.titles.begin(), w.titles.end(),
                                  [&](const std::string& t) { return titles_agree(t, f.title, volume && page); }))
    return false;
  // Another initial is another author, unless the year, volume, first page
  // and title (within a typing slip in 12 letters) say the same work: a citing
  // paper wrote the initial wrong ("Kaldor M." for N., "Krippner E." for
  // G.R.) or dropped the first ("Booth R." for D.R.; 6 works split so in an
  // ELRR Scopus export).
  if (c.initial && f.initial && c.initial != f.initial &&
      !(volume && page && both_titles && std::any_of(w.titles.begin(), w.titles.end(), [&](const std::string& t) {
          return titles_agree(t, f.title, false);
        })))
    return false;
  bool both_journals = !w.journals.empty() && f.journal != UINT32_MAX;
  bool journal = both_journals && std::any_of(w.journals.begin(), w.journals.end(),
                                              [&](std::uint32_t j) { return journals_agree(j, f.journal); });
  if (both_journals && !journal && volume && page)
    journal = std::any_of(w.journals.begin(), w.journals.end(),
                          [&](std::uint32_t j) { return journal_starts_other(journals_[j], journals_[f.journal]); });
  // A book Web of Science names by its title cut to 20 characters, as a
  // source ("Berg B., 2008, PLANT LITTER DECOMPO"), and Scopus by its title
  // ("(2008) Plant Litter Decomposition, Humus Formation, Carbon
  // Sequestration"): no volume, the same page or none.
  if (c.volume.empty() && f.volume.empty() && c.page == f.page) {
    auto source_is_title = [&](const std::vector<std::uint32_t>& sources, const std::vector<std::uint32_t>& titles) {
      for (std::uint32_t s : sources)
        for (std::uint32_t t : titles)
          if (journals_agree(s, t)) return true;
      return false;
    };
    if (w.titles.empty() && f.title_journal != UINT32_MAX && source_is_title(w.journals, {f.title_journal}))
      return true;
    if (f.title.empty() && f.journal != UINT32_MAX && source_is_title({f.journal}, w.title_journals)) return true;
  }
  if (both_journals && !journal && !both_titles) return false;
  if (both_titles) return true;
  if (!c.raw.empty() && c.raw == f.raw) return true;
  if (volume && page) return true;
  if (page && journal) return true;
  return journal && c.volume.empty() && f.volume.empty() && c.page.empty() && f.page.empty();
}

std::vector<std::uint32_t> CitedWorks::settle() {
  const auto n = std::uint32_t(works_.size());
  std::vector<std::uint32_t> into(n);
  for (std::uint32_t i = 0; i < n; ++i) into[i] = i;
  // A work only a cut source names: no DOI, page or title, every source name WoS's J9 cut.
  auto cut_only = [&](const Work& w) {
    return w.f.doi.empty() && w.f.page.empty() && w.titles.empty() && !w.journals.empty() &&
           std::all_of(w.journals.begin(), w.journals.end(),
                       [&](std::uint32_t j) { return journals_[j].maybe_cut || journals_[j].cut_at_space; });
  };
  std::unordered_map<std::string, std::vector<std::uint32_t>> blocks;  // "family|year" -> its works
  for (std::uint32_t i = 0; i < n; ++i)
    if (cut_only(works_[i])) blocks.try_emplace(works_[i].f.family + "|" + std::to_string(works_[i].f.year));
  if (blocks.empty()) return into;
  for (std::uint32_t i = 0; i < n; ++i)
    if (auto it = blocks.find(works_[i].f.family + "|" + std::to_string(works_[i].f.year)); it != blocks.end())
      it->second.push_back(i);
  bool joined = false;
  for (const auto& [block, members] : blocks)
    for (std::uint32_t i : members) {
      const Work& w = works_[i];
      if (w.f.family.empty() || !w.f.year || !cut_only(w)) continue;
      std::uint32_t target = UINT32_MAX;
      std::size_t found = 0;
      for (std::uint32_t c : members) {
        const Work& o = works_[c];
        if (c == i || (o.f.page.empty() && o.f.doi.empty())) continue;
        if (w.f.initial && o.f.initial && w.f.initial != o.f.initial) continue;
        if (!w.f.volume.empty() && !o.f.volume.empty() && w.f.volume != o.f.volume) continue;
        const bool begins = std::any_of(w.journals.begin(), w.journals.end(), [&](std::uint32_t j) {
          return std::any_of(o.journals.begin(), o.journals.end(), [&](std::uint32_t k) {
            return journals_agree(j, k) || journal_starts_other(journals_[j], journals_[k]);
          });
        });
        if (begins) target = c, ++found;
      }
      if (found == 1) into[i] = target, joined = true;
    }
  if (!joined) return into;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (into[i] == i) continue;
    Work& w = works_[i];
    Work& t = works_[into[i]];
    t.references += w.references;
    for (auto [year, count] : w.years) {
      auto y = std::find_if(t.years.begin(), t.years.end(), [&](const auto& p) { return p.first == year; });
      if (y == t.years.end()) t.years.emplace_back(year, count);
      else y->second += count;
    }
    for (std::uint32_t j : w.journals)
      if (t.journals.size() < 8 && std::find(t.journals.begin(), t.journals.end(), j) == t.journals.end())
        t.journals.push_back(j);
  }
  // The works kept, in their order; every index the maps hold, renumbered.
  std::vector<std::uint32_t> number(n, UINT32_MAX);
  std::vector<Work> kept;
  for (std::uint32_t i = 0; i < n; ++i)
    if (into[i] == i) number[i] = std::uint32_t(kept.size()), kept.push_back(std::move(works_[i]));
  works_ = std::move(kept);
  for (std::uint32_t i = 0; i < n; ++i) into[i] = number[into[i]];
  for (auto* map : {&by_doi_, &by_raw_})
    for (auto& [key, at] : *map) at = into[at];
  for (auto& [key, list] : index_) {
    for (std::uint32_t& at : list) at = into[at];
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return into;
}

void CitedWorks::merge(std::uint32_t at, Fields& f, const Reference& r) {
  Work& w = works_[at];
  Fields& c = w.f;
  ++w.references;
  if (f.year) {
    auto y = std::find_if(w.years.begin(), w.years.end(), [&](const auto& p) { return p.first == f.year; });
    if (y == w.years.end()) w.years.emplace_back(f.year, 1);
    else ++y->second;
  }
  if (w.first_raw.empty()) w.first_raw = f.raw;
  if (std::string_view family = family_and_rest(r.author).first; !family.empty()) {
    int score = name_case_score(family);
    if (score > w.cased_score && !f.family.empty() && (c.family.empty() || f.family == c.family))
      w.cased_author = r.author, w.cased_score = score;
  }
  if (c.doi.empty() && !f.doi.empty()) by_doi_.emplace(c.doi = f.doi, at);
  if (!f.raw.empty()) by_raw_.emplace(f.raw, at);
  if (c.raw.empty()) c.raw = std::move(f.raw);
  if (c.family.empty()) c.family = std::move(f.family), c.year = f.year;
  if (!c.initial) c.initial = f.initial;
  if (c.volume.empty()) c.volume = std::move(f.volume);
  if (c.page.empty()) c.page = std::move(f.page);
  auto keep = [](auto& list, const auto& v) {
    if (list.size() < 8 && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
  };
  if (!f.title.empty()) keep(w.titles, f.title);
  if (f.title_journal != UINT32_MAX) keep(w.title_journals, f.title_journal);
  if (f.journal != UINT32_MAX) keep(w.journals, f.journal);
  if (f.title.size() > c.title.size()) c.title = std::move(f.title);
  if (c.journal == UINT32_MAX) c.journal = f.journal;
  int score = completeness(r) * 4096 + int(std::min<std::size_t>(r.raw.size(), 4095));
  if (score > w.best_score) w.best = r, w.best_score = score;
}

}  // namespace refnet
