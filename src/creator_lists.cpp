#include "refnet/creator_lists.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "refnet/dedup.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// The family name (particle included) as one folded run of letters, its
// German and Nordic transliterations written one way (dedup's
// family_name_key): "Muñoz-Laboy", "Munoz Laboy" -> "munozlaboy"; "Müller",
// "Mueller" -> "muller"; "Hößelbarth", "Hoselbarth", "Hosselbarth" ->
// "hoselbarth".  Only for comparing two names of one place in two lists of
// one work, never for finding a name.
std::string family_key(const Creator& c) { return family_name_key(c.full_family()); }

// A word of given names: folded, and whether only its initial is written.
struct GivenWord {
  std::string folded;
  bool initial = false;
};

bool is_name_break(char32_t cp) {
  return cp == ' ' || cp == '.' || cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == '\t';
}

// "Ethan Czuy" -> ethan, czuy; "E.C." -> e, c (initials); "MJ" -> m, j
// (packed initials, as PubMed writes them); "Jean-Dominique" -> jean,
// dominique; "Ch." -> c (a word cut short by its dot is an initial).
std::vector<GivenWord> given_words(std::string_view given) {
  std::vector<GivenWord> out;
  std::size_t i = 0;
  while (i < given.size()) {
    std::size_t start = i, end = i;
    while (end < given.size()) {
      std::size_t j = end;
      if (is_name_break(next_utf8(given, j))) break;
      end = j;
    }
    std::string_view w = given.substr(start, end - start);
    i = end;
    const bool dotted = i < given.size() && given[i] == '.';
    if (i < given.size()) next_utf8(given, i);
    if (w.empty()) continue;
    bool packed = w.size() <= 3;
    for (char ch : w) packed = packed && ch >= 'A' && ch <= 'Z';
    if (packed) {
      for (char ch : w) out.push_back({std::string(1, to_lower(ch)), true});
      continue;
    }
    std::string f = fold_words(w);
    if (f.empty()) continue;
    if (utf8_length(f) == 1 || dotted) {
      out.push_back({std::string(first_letter(f)), true});
      continue;
    }
    out.push_back({std::move(f), false});
  }
  return out;
}

bool same_given(const std::vector<GivenWord>& a, const std::vector<GivenWord>& b) {
  for (std::size_t k = 0; k < a.size() && k < b.size(); ++k) {
    if (!a[k].initial && !b[k].initial) {
      if (a[k].folded != b[k].folded) return false;
    } else if (first_letter(a[k].folded) != first_letter(b[k].folded)) {
      return false;
    }
  }
  return true;
}

std::size_t non_ascii_letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = next_utf8(s, i);
    if (cp >= 0x80 && (is_upper_letter(cp) || is_lower_letter(cp))) ++n;
  }
  return n;
}

bool has_lower(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (is_lower_letter(next_utf8(s, i))) return true;
  }
  return false;
}

// How well a family name (or group author) is written: diacritics first
// (`Muñoz-Laboy` over `Munoz-Laboy`), then mixed case over capitals
// (`Muñoz` over `MUNOZ`), then its hyphens and apostrophes (`Munoz-Laboy`
// over `Munoz Laboy`).
std::uint64_t spelling_score(std::string_view s) {
  std::uint64_t marks = 0;
  for (char ch : s) marks += ch == '-' || ch == '\'';
  marks += s.find("\xE2\x80\x99") != std::string_view::npos;  // ’
  return non_ascii_letters(s) * 10000 + (has_lower(s) ? 1000 : 0) + std::min<std::uint64_t>(marks, 999);
}

}  // namespace

std::size_t given_names_in_full(std::string_view given) {
  std::size_t full = 0;
  for (const GivenWord& w : given_words(given)) full += !w.initial;
  return full;
}

namespace {

// How much given names say: words in full, then words, then diacritics,
// then mixed case.
std::uint64_t given_score(std::string_view given) {
  const std::uint64_t full = given_names_in_full(given), words = given_words(given).size();
  return full * 1000000 + words * 10000 + std::min<std::size_t>(non_ascii_letters(given), 99) * 100 +
         (has_lower(given) ? 1 : 0);
}

// The creators a list names: a list ending "and others" (BibTeX) is cut short there.
std::size_t named(const std::vector<Creator>& v) {
  std::size_t n = v.size();
  while (n > 0 && is_others(v[n - 1])) --n;
  return n;
}

}  // namespace

bool same_person(const Creator& a, const Creator& b) {
  if (a.is_literal() || b.is_literal())
    return a.is_literal() && b.is_literal() && fold_words(a.literal) == fold_words(b.literal);
  if (a.family.empty() || b.family.empty()) return false;
  const std::string ka = family_key(a);
  if (ka.empty() || ka != family_key(b)) return false;
  return same_given(given_words(a.given), given_words(b.given));
}

std::vector<std::size_t> align_creators(const std::vector<Creator>& list, const std::vector<Creator>& other) {
  std::vector<std::size_t> out(list.size(), SIZE_MAX);
  const std::size_t n = named(list), m = named(other);
  const std::size_t common = std::min(n, m);
  std::size_t paired = 0;
  for (std::size_t k = 0; k < common; ++k)
    if (same_person(list[k], other[k])) {
      out[k] = k;
      ++paired;
    }
  // Lists of other lengths align only as a list and its beginning, whole.
  if (n != m && paired != common) out.assign(list.size(), SIZE_MAX);
  return out;
}

bool extends_creators(const std::vector<Creator>& longer, const std::vector<Creator>& list) {
  const std::size_t n = named(list);
  if (n == 0 || named(longer) <= n) return false;
  std::vector<std::size_t> pairs = align_creators(list, longer);
  return std::all_of(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(n),
                     [](std::size_t p) { return p != SIZE_MAX; });
}

bool complete_person(Creator& person, const std::vector<const Creator*>& forms) {
  const Creator before = person;
  if (person.is_literal()) {
    const Creator* best = nullptr;
    for (const Creator* f : forms)
      if (f->is_literal() && spelling_score(f->literal) > spelling_score((best ? best : &person)->literal)) best = f;
    if (best) person.literal = best->literal;
    return !(person == before);
  }
  const Creator* family = nullptr;
  const Creator* given = nullptr;
  for (const Creator* f : forms) {
    if (f->is_literal()) continue;
    if (spelling_score(f->full_family()) > spelling_score((family ? family : &before)->full_family())) family = f;
    if (given_score(f->given) > given_score((given ? given : &before)->given)) given = f;
    if (person.suffix.empty()) person.suffix = f->suffix;
    if (person.orcid.empty()) person.orcid = f->orcid;
    if (person.affiliations.empty()) person.affiliations = f->affiliations;
  }
  if (family) {
    person.family = family->family;
    person.particle = family->particle;
  }
  if (given) person.given = given->given;
  return !(person == before);
}

}  // namespace refnet
