// BibTeX names: "First von Last", "von Last, First", "von Last, Jr, First".
//
// The rules are BibTeX's own (bibtex.web, "name parsing"): a name is split
// into parts at commas at brace level 0, each part into words at white space
// and ties at brace level 0; a word belongs to the von part when its first
// letter at brace level 0 is lower case, where a special character {\"u}
// counts by its letter and any other brace group is skipped.  The parts are
// LaTeX-decoded only after splitting, so braces keep their grouping.
#include <utf8proc.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "refnet/latex.hpp"
#include "refnet/name_ampersand.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

inline bool is_name_space(char c) { return is_space(c) || c == '~'; }

// Views into one name.  A name has a few parts and words: they stay inline,
// and only an unusual name allocates.
class Views {
 public:
  void push_back(std::string_view v) {
    if (size_ < kInline) inline_[size_] = v;
    else more_.push_back(v);
    ++size_;
  }
  std::size_t size() const { return size_; }
  std::string_view operator[](std::size_t i) const { return i < kInline ? inline_[i] : more_[i - kInline]; }
  // The first `n` views (all by default) as the names module's word lists
  // take them (family_before_initials, is_corporate_name).
  std::vector<std::string_view> to_vector(std::size_t n = std::string_view::npos) const {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < size_ && i < n; ++i) out.push_back((*this)[i]);
    return out;
  }

 private:
  static constexpr std::size_t kInline = 8;
  std::string_view inline_[kInline];
  std::vector<std::string_view> more_;
  std::size_t size_ = 0;
};

// Splits at brace level 0 on characters for which `sep` is true; with
// `drop_empty`, empty pieces are left out.
template <typename Sep>
Views split_level0(std::string_view s, Sep sep, bool drop_empty = false) {
  Views out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') ++i;  // \{ \} \, are not delimiters
    else if (c == '{') ++depth;
    else if (c == '}') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0 && sep(c)) {
      if (!drop_empty || i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  // (A trailing backslash can take i past the end; the piece ends with s.)
  if (!drop_empty || start < s.size()) out.push_back(s.substr(std::min(start, s.size())));
  return out;
}

Views words_of(std::string_view part) { return split_level0(part, is_name_space, true); }

enum class Case { lower, upper, none };

// The case of a special character "\"u", "\ss", "\O" starting at s[i] == '\\'.
Case special_case(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j >= s.size()) return Case::none;
  if (is_alpha(s[j])) {
    std::size_t k = j;
    while (k < s.size() && is_alpha(s[k])) ++k;
    std::string_view name = s.substr(j, k - j);
    bool accent = name.size() == 1 && std::string_view("uvHckrdbtG").find(name[0]) != std::string_view::npos;
    if (!accent) return (name[0] >= 'a' && name[0] <= 'z') ? Case::lower : Case::upper;
    j = k;
  } else {
    ++j;  // \" \' and the like
  }
  for (; j < s.size(); ++j) {
    if (is_alpha(s[j])) return (s[j] >= 'a' && s[j] <= 'z') ? Case::lower : Case::upper;
    if (s[j] == '\\') return special_case(s, j);
  }
  return Case::none;
}

Case word_case(std::string_view w) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (is_alpha(c)) return (c >= 'a' && c <= 'z') ? Case::lower : Case::upper;
    if (c == '\\') return special_case(w, i);
    if (c == '{') {
      if (i + 1 < w.size() && w[i + 1] == '\\') return special_case(w, i + 1);
      std::size_t close = matching_brace(w, i);
      if (close == std::string_view::npos) return Case::none;
      i = close;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      // A non-ASCII letter written directly (UTF-8 input): its case decides.
      std::size_t k = i;
      char32_t cp = next_utf8(w, k);
      auto u = static_cast<utf8proc_int32_t>(cp);
      if (utf8proc_tolower(u) != u) return Case::upper;
      if (utf8proc_toupper(u) != u) return Case::lower;
      i = k - 1;
    }
  }
  return Case::none;
}

// Lower-case words that join the words of an organisation's name and are
// never a particle of a person's: "American Rights at Work",
// "Corporation for Digital Scholarship", "Friends of the Earth".
bool is_linking_word(std::string_view w) {
  static constexpr std::string_view kLinking[] = {"at", "for", "of", "the", "on", "and", "to", "with"};
  for (std::string_view k : kLinking)
    if (w == k) return true;
  return false;
}

// A word written as letters only (no braces, no commands): "sudhin", "van".
bool is_plain_word(std::string_view w) {
  for (char ch : w)
    if (ch == '{' || ch == '}' || ch == '\\') return false;
  return true;
}

std::string join_decoded(const Views& words, std::size_t b, std::size_t e) {
  if (b >= e) return {};
  // The words are views into one part: decode the span from the first to the
  // last, so that "J.~R.~R." keeps its ties as spaces, not no-break spaces.
  // When single spaces already separate them, that span is the text itself.
  const char* first = words[b].data();
  const char* last = words[e - 1].data() + words[e - 1].size();
  bool spaced = true;
  for (std::size_t i = b + 1; i < e && spaced; ++i)
    spaced = words[i].data() == words[i - 1].data() + words[i - 1].size() + 1 && words[i].data()[-1] == ' ';
  if (spaced) return latex_to_unicode(std::string_view(first, static_cast<std::size_t>(last - first)));
  std::string raw;
  for (std::size_t i = b; i < e; ++i) {
    if (i > b) raw.push_back(' ');
    raw.append(words[i]);
  }
  return latex_to_unicode(raw);
}

// A generation, also as Scopus capitalises one ("LeVine, H., Iii").
bool is_generation(std::string_view w) {
  return is_generation_suffix(w) || w == "Ii" || w == "Iii" || w == "Iv";
}

}  // namespace

Creator parse_bibtex_name(std::string_view raw) {
  // U+00A0, a no-break space as a character, is what BibTeX's tie '~' is
  // (Scopus's "Basaad\u00a0 , Abdullah"): a space between a name's words,
  // none at a part's end.  Read as the tie.
  if (raw.find("\xC2\xA0") != std::string_view::npos) {
    std::string tied;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA0') {
        tied += '~';
        ++i;
      } else {
        tied += raw[i];
      }
    }
    return parse_bibtex_name(tied);
  }
  Creator c;
  std::string_view s = trim(raw);
  if (s.empty()) return c;
  if (s.front() == '{' && matching_brace(s, 0) == s.size() - 1 && !(s.size() > 1 && s[1] == '\\')) {
    c.literal = latex_to_unicode(s.substr(1, s.size() - 2));
    return c;
  }
  Views parts = split_level0(s, [](char ch) { return ch == ','; });
  if (parts.size() == 1) {
    Views w = words_of(parts[0]);
    std::size_t n = w.size();
    if (n == 0) return c;
    if (n == 1) {
      c.family = latex_to_unicode(w[0]);
      return c;
    }
    // "Themistocleous K.", "Hadjimitsis D.G.", "van Ginkel J.": Scopus
    // writes family first and initials last, without a comma.  BibTeX would
    // take the initials for the family name; the names module's rule
    // (family_before_initials) reads them as RIS does.
    {
      if (std::size_t k = family_before_initials(w.to_vector(n)); k > 0) {
        std::size_t p = 0;
        while (p + 1 < k && word_case(w[p]) == Case::lower) ++p;
        c.particle = join_decoded(w, 0, p);
        c.family = join_decoded(w, p, k);
        c.given = join_decoded(w, k, n);
        return c;
      }
    }
    // BibTeX takes every lower-case word before the last for the von part.
    // That reads "American Rights at Work" as the person "American Rights"
    // with particle "at" and "sudhin jacob" as family "jacob" with particle
    // "sudhin".  Here a lower-case word is von only when it is a real
    // particle ("van", "de la"); a lower-case linking word between
    // capitalised ones ("at", "for", "of") or an organisation's word
    // ("Corporation") makes the name a literal; any other lower-case word
    // belongs to the given name.
    {
      bool corporate = is_corporate_name(w.to_vector(n));
      for (std::size_t i = 1; i + 1 < n && !corporate; ++i)
        corporate = is_linking_word(w[i]) && word_case(w[i - 1]) == Case::upper && word_case(w[n - 1]) == Case::upper;
      if (corporate) {
        c.literal = join_decoded(w, 0, n);
        return c;
      }
    }
    // von starts at the first particle that is not the last word and ends
    // at the last such word.  A word with braces or commands keeps BibTeX's
    // rule ("{\\"u}ber" and "{\\relax d}e" are von when they start lower case).
    std::size_t von_b = n, von_e = n;
    for (std::size_t i = 0; i + 1 < n; ++i)
      if (word_case(w[i]) == Case::lower && (is_name_particle(w[i]) || !is_plain_word(w[i]))) {
        if (von_b == n) von_b = i;
        von_e = i + 1;
      }
    if (von_b == n) {
      c.given = join_decoded(w, 0, n - 1);
      c.family = latex_to_unicode(w[n - 1]);
    } else {
      c.given = join_decoded(w, 0, von_b);
      c.particle = join_decoded(w, von_b, von_e);
      c.family = join_decoded(w, von_e, n);
    }
    return c;
  }
  // "Lee R.E., Jr." (Scopus BibTeX): a name written without a comma, then
  // its generation.  BibTeX would give family "Lee R.E." and given "Jr.".
  if (parts.size() == 2 && is_generation_suffix(trim(parts[1])) && words_of(parts[0]).size() >= 2) {
    c = parse_bibtex_name(parts[0]);
    if (c.literal.empty() && c.suffix.empty()) {
      Views w = words_of(parts[1]);
      c.suffix = join_decoded(w, 0, w.size());
      return c;
    }
    c = Creator();
  }
  // von Last, [Jr,] First
  Views last = words_of(parts[0]);
  std::size_t m = last.size();
  // "Consortium, C. H. I.", "Collaboration, Open Science" (Web of Science's,
  // Google Scholar's and Mendeley's BibTeX for the CHI Consortium and the
  // Open Science Collaboration): a group, in written order ("Open Science
  // Collaboration"), as the RIS reader reads one (group_in_written_order).
  if (parts.size() == 2 && m == 1 && is_plain_word(last[0]) && !trim(parts[1]).empty()) {
    Views given = words_of(parts[1]);
    if (std::string group = group_in_written_order(latex_to_unicode(last[0]), join_decoded(given, 0, given.size()));
        !group.empty()) {
      c.literal = std::move(group);
      return c;
    }
  }
  // "Brooks III, Charles L." (Web of Science): the generation after the
  // family name, where BibTeX wants "Brooks, III, Charles L.".
  std::string_view generation;
  if (parts.size() == 2 && m >= 2 && is_generation_suffix(last[m - 1])) generation = last[--m];
  // BibTeX takes the words up to the last lower-case one before the last
  // word for the von part.  Such a part names a real particle ("de los",
  // "De las", "van ‘t", "in't", a braced "{\relax d}e"); one that holds none
  // is no particle but a family name written as Scopus lower-cases it now
  // and then ("he Huang, Henry": family "he Huang", not particle "he") or
  // joined by a conjunction ("Soler i Barrasus, Merce"): all family.
  std::size_t von_e = 0;
  bool particle = false;
  for (std::size_t i = 0; i + 1 < m; ++i)
    if (word_case(last[i]) == Case::lower) von_e = i + 1;
  for (std::size_t i = 0; i < von_e && !particle; ++i)
    particle = is_name_particle(ascii_lower(last[i])) ||
               (word_case(last[i]) == Case::lower &&
                (!is_plain_word(last[i]) || last[i].find('\'') != std::string_view::npos ||
                 last[i].find("\u2019") != std::string_view::npos || last[i].find("\u2018") != std::string_view::npos));
  // A von part opening with a capitalised word that is no particle is a
  // family name of several words ("Felipe da Silva, Nadia Felix", Web of
  // Science's BibTeX; its plain text, RIS and Zotero read family "Felipe da
  // Silva"), not particle "Felipe da".
  if (particle && word_case(last[0]) != Case::lower && !is_name_particle(ascii_lower(last[0]))) particle = false;
  if (!particle) von_e = 0;
  c.particle = join_decoded(last, 0, von_e);
  c.family = join_decoded(last, von_e, m);
  auto decode_part = [](std::string_view p) {
    Views w = words_of(p);
    return join_decoded(w, 0, w.size());
  };
  if (parts.size() == 2) {
    c.given = decode_part(parts[1]);
    c.suffix = std::string(generation);
    // "Reuver, Mark de", "Berg, J. van den" (Web of Science's BibTeX, as its
    // AF writes them; its AU is "de Reuver, M"): the family's particle after
    // the given names, moved to the particle as the RIS reader moves it.
    if (c.particle.empty()) {
      Views g = words_of(parts[1]);
      std::size_t p = g.size();
      while (p > 1 && g[p - 1].size() >= 2 && word_case(g[p - 1]) == Case::lower && is_name_particle(g[p - 1])) --p;
      if (p < g.size()) {
        c.particle = join_decoded(g, p, g.size());
        c.given = join_decoded(g, 0, p);
      }
    }
  } else if (parts.size() == 3 && is_lone_initial(trim(parts[1])) && !is_generation(trim(parts[2]))) {
    // "Hausladen, I, Carina", "Cianciaruso, V, M." (Web of Science BibTeX
    // of a given name that ends in an initial, AF "Hausladen, Carina, I"):
    // the "Jr" part is that initial.
    c.given = decode_part(parts[2]) + " " + decode_part(parts[1]);
  } else if (parts.size() == 3 && is_generation(trim(parts[2])) && !is_generation(trim(parts[1]))) {
    // "Reyes, R., III" (Scopus BibTeX): the generation written last, where
    // BibTeX wants "Reyes, III, R.".  Read as written, "R." would be the
    // "Jr" part and "III" the given name.
    c.given = decode_part(parts[1]);
    c.suffix = decode_part(parts[2]);
  } else {
    c.suffix = decode_part(parts[1]);
    // More than three parts is not BibTeX; keep everything after the Jr part
    // as the given name rather than dropping it.
    std::string_view rest = s.substr(static_cast<std::size_t>(parts[2].data() - s.data()));
    c.given = decode_part(rest);
  }
  if (c.family.empty() && !c.particle.empty()) std::swap(c.family, c.particle);
  return c;
}

namespace {

// A person known by one name, as Scopus writes an Indonesian editor among
// others ("Rahim R., Mesran, Supriyanto"): one capitalised word of letters
// (and hyphens), no initials, no generation.
bool is_mononym(std::string_view part) {
  Views w = words_of(part);
  if (w.size() != 1 || w[0].size() < 2 || word_case(w[0]) != Case::upper || !is_plain_word(w[0])) return false;
  if (is_initials(w[0]) || is_generation_suffix(w[0])) return false;
  return std::all_of(w[0].begin(), w[0].end(),
                     [](char ch) { return is_alpha(ch) || ch == '-' || static_cast<unsigned char>(ch) >= 0x80; });
}

// "Papagiannidis S., Alamanos E., Gupta S.": older Scopus BibTeX lists
// names with commas instead of "and".  True when every comma part at brace
// level 0 is "Family Initials", the initials of all dotted or of none, as
// a source writes them: "Brooks III, Charles L." (Web of Science) is one
// person, whose "III" is no initials beside the dotted "L.".  In a list of
// three or more parts beside a "Family Initials" part, a part may be one
// name alone ("Rahim R., Mesran, Supriyanto, Watrianthos R."): BibTeX's
// "von Last, Jr, First" would make the second a "Jr" part and the rest a
// given name.
bool is_comma_list(std::string_view name) {
  Views parts = split_level0(name, [](char ch) { return ch == ','; });
  if (parts.size() < 2) return false;
  std::size_t dotted = 0, initialled = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts.size() >= 3 && is_mononym(parts[i])) continue;
    Views w = words_of(parts[i]);
    std::vector<std::string_view> plain = w.to_vector();
    std::size_t k = family_before_initials(plain);
    if (k == 0) return false;
    ++initialled;
    dotted += std::any_of(plain.begin() + static_cast<std::ptrdiff_t>(k), plain.end(),
                          [](std::string_view x) { return x.find('.') != std::string_view::npos; });
  }
  // Single names alone are no list: "Family, Given" pairs written with
  // full given names, or a name and words a macro glued ("Chen, Ke,
  // WeiyuandIshibuchi").
  if (initialled == 0) return false;
  return dotted == 0 || dotted == initialled;
}

// "Lehtola, MM, Day, LM": the parts, taken two by two, are a family name
// (not initials alone) and initials ("R", "MM", "J.-H.").
bool family_initials_pairs(const Views& parts, std::size_t n) {
  for (std::size_t j = 0; j + 1 < n; j += 2)
    if (!family_then_initials(words_of(parts[j]).to_vector(), words_of(parts[j + 1]).to_vector())) return false;
  return true;
}

// Whether another name of the list is written as BibTeX writes one, "Last,
// First" with one comma and no list ("Drelich, Adam J"): then a name of
// two parts beside it is one too.  Google Scholar's "Guillory II, Roger J"
// (a suffix, then the given name) looks like two people written "Family
// Initials" ("Guillory II" and "Roger J"), as the Scopus editor lists
// is_comma_list reads are ("Papagiannidis S., Alamanos E."), which have
// no such neighbour.
bool last_first_beside(const Views& names, std::size_t k) {
  for (std::size_t j = 0; j < names.size(); ++j) {
    if (j == k) continue;
    std::string_view other = trim(names[j]);
    if (split_level0(other, [](char ch) { return ch == ','; }).size() == 2 && !is_comma_list(other)) return true;
  }
  return false;
}

// A comma part of two words or more that make an organisation's name or a
// street's ("Centre", "School", "Universitas", a number).
bool is_organisation_part(std::string_view part) {
  std::vector<std::string_view> w = words_of(part).to_vector();
  return w.size() >= 2 && is_corporate_name(w);
}

// A postal code alone in a comma part ("37008", "00143"): four digits or
// more (and hyphens).
bool is_postal_code_part(std::string_view part) {
  part = trim(part);
  return part.size() >= 4 && is_digit(part.front()) &&
         std::all_of(part.begin(), part.end(), [](char ch) { return is_digit(ch) || ch == '-'; });
}

// "Lodz University of Technology, Department of Automation, 1/15
// Stefanowski Street, Lodz", "University of South Australia, School of
// Management, Adelaide,SA": an address among the names (Scopus BibTeX of
// 2023 on writes each editor's affiliation after the name, joined by "and"
// as a name is).  Three comma parts or more, one of them an organisation's
// name or a street's, or a postal code ("Automation, Plaza de La Merced,
// S/N, Salamanca, 37008"); or two parts, each an organisation's
// ("University of Salamanca, Department of Computer Science"): no BibTeX
// name ("von Last, Jr, First") is so.
bool is_address_item(const Views& parts) {
  if (parts.size() == 2) return is_organisation_part(parts[0]) && is_organisation_part(parts[1]);
  if (parts.size() < 3) return false;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (is_organisation_part(parts[i]) || is_postal_code_part(parts[i])) return true;
  return false;
}

// Scopus writes "null" for an editor's missing initials ("Ramli null and
// ..."): the name without it, the placeholder counted.
std::string_view without_null(std::string_view name, std::size_t* placeholders) {
  if (name.size() > 5 && name.substr(name.size() - 5) == " null" && words_of(name).size() >= 2) {
    if (placeholders) ++*placeholders;
    return trim(name.substr(0, name.size() - 5));
  }
  return name;
}

// A dangling " and" at either end of the list ("Smith, J. and") joins
// nothing.
std::string_view strip_dangling_and(std::string_view s) {
  for (;;) {
    s = trim(s);
    if (s.size() >= 4 && is_space(s[s.size() - 4]) && iequals(s.substr(s.size() - 3), "and")) {
      s.remove_suffix(3);
    } else if (iequals(s, "and")) {
      return {};
    } else if (s.size() >= 4 && iequals(s.substr(0, 3), "and") && is_space(s[3])) {
      s.remove_prefix(3);
    } else {
      return s;
    }
  }
}

// One value of the extended name format: "Rabble", "{M{\"u}ller, Jr.}",
// "\"Hans Peter\"", decoded.
std::string extended_value(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && ((v.front() == '{' && matching_brace(v, 0) == v.size() - 1) ||
                        (v.front() == '"' && v.back() == '"')))
    v = v.substr(1, v.size() - 2);
  Views w = words_of(v);
  return join_decoded(w, 0, w.size());
}

// biblatex's extended name format (its manual, 3.4; biber reads it):
// "family=Rabble, given=Richard, prefix=von, useprefix=true", every part at
// brace level 0 a key of small letters and hyphens, "=", a value.  The four
// name parts fill c; every other key ("useprefix", "given-i",
// "sortingnamekeytemplatename") is an option, its text added to `options`.
// A name list's item of options alone ("useprefix=false and ...") leaves c
// empty.  False when `name` is not written so.
bool extended_name(std::string_view name, Creator& c, std::vector<std::string>* options) {
  Views parts = split_level0(name, [](char ch) { return ch == ','; });
  std::vector<std::pair<std::string_view, std::string_view>> kv;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = trim(parts[i]);
    std::size_t eq = p.find('=');
    if (eq == std::string_view::npos) return false;
    std::string_view key = trim(p.substr(0, eq));
    if (key.empty() || !std::all_of(key.begin(), key.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '-'; }))
      return false;
    kv.emplace_back(key, p);
  }
  for (const auto& [key, item] : kv) {
    std::string value = extended_value(item.substr(item.find('=') + 1));
    if (key == "family") c.family = std::move(value);
    else if (key == "given") c.given = std::move(value);
    else if (key == "prefix") c.particle = std::move(value);
    else if (key == "suffix") c.suffix = std::move(value);
    else if (options) options->emplace_back(item);
  }
  if (c.family.empty() && !c.particle.empty()) std::swap(c.family, c.particle);
  return true;
}


// The names of a list: split on the word "and" (any case) surrounded by
// white space at brace level 0.
Views split_and(std::string_view s) {
  Views names;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '\\') ++i;
    else if (ch == '{') ++depth;
    else if (ch == '}') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0 && is_space(ch) && i + 4 < s.size() && (s[i + 1] == 'a' || s[i + 1] == 'A') &&
             (s[i + 2] == 'n' || s[i + 2] == 'N') && (s[i + 3] == 'd' || s[i + 3] == 'D') && is_space(s[i + 4])) {
      names.push_back(s.substr(start, i - start));
      start = i + 4;
      i += 3;
    }
  }
  names.push_back(s.substr(start));
  return names;
}

}  // namespace

std::string_view braced_name_list(std::string_view raw) {
  std::string_view s = trim(raw);
  if (s.size() < 2 || s.front() != '{' || matching_brace(s, 0) != s.size() - 1) return {};
  std::string_view inner = s.substr(1, s.size() - 2);
  Views names = split_and(inner);
  for (std::size_t k = 0; k < names.size(); ++k) {
    Views parts = split_level0(names[k], [](char ch) { return ch == ','; });
    if (parts.size() != 2 || words_of(parts[0]).size() == 0) return {};
    Views given = words_of(parts[1]);
    if (given.size() == 0) return {};
    // WoS packs up to six initials after the comma ("Gomes, LFAM").
    for (std::size_t i = 0; i < given.size(); ++i)
      if (!is_initials(given[i]) && !is_packed_initials(given[i])) return {};
  }
  return inner;
}

std::vector<Creator> parse_bibtex_names(std::string_view raw, std::vector<std::string>* options,
                                        std::size_t* comma_pairs, std::size_t* placeholders) {
  Views names = split_and(strip_dangling_and(raw));
  std::vector<Creator> out;
  out.reserve(names.size());
  bool after_address = false;
  auto comma_parts = [](std::string_view x) { return split_level0(x, [](char ch) { return ch == ','; }); };
  // Cochrane's "Rautiainen, R, Lehtola, MM, ..." (below): four parts or
  // more (a last comma aside), a family name and initials two by two, are
  // that many people, taken into `out`.
  auto read_family_initials_pairs = [&](const Views& parts) {
    std::size_t n = parts.size();
    if (n >= 3 && trim(parts[n - 1]).empty()) --n;
    if (n < 4 || n % 2 != 0 || !family_initials_pairs(parts, n)) return false;
    for (std::size_t j = 0; j < n; j += 2) {
      Creator c = parse_bibtex_name(std::string(trim(parts[j])) + ", " + std::string(trim(parts[j + 1])));
      if (!c.empty()) out.push_back(std::move(c));
    }
    if (comma_pairs) *comma_pairs += n / 2;
    return true;
  };
  for (std::size_t k = 0; k < names.size(); ++k) {
    std::string_view name = without_null(trim(names[k]), placeholders);
    if (name.empty()) continue;
    if (name == "others") {
      Creator c;
      c.literal = "others";
      out.push_back(std::move(c));
      continue;
    }
    if (Creator c; name.find('=') != std::string_view::npos && extended_name(name, c, options)) {
      if (!c.empty()) out.push_back(std::move(c));
      continue;
    }
    // "Hodicky J. and NATO Modelling and Simulation Centre of Excellence,
    // Piazza Villoresi 1, Rome, 00143": words of no comma and no initials
    // between a person written "Family Initials" and an address begin the
    // address, whose own "and" split it.
    std::string joined;
    if (!after_address && k + 1 < names.size() && !out.empty() && !out.back().is_literal() &&
        out.back().affiliations.empty() && name.find(',') == std::string_view::npos &&
        is_address_item(comma_parts(trim(names[k + 1])))) {
      std::vector<std::string_view> w = words_of(name).to_vector(), before = words_of(trim(names[k - 1])).to_vector();
      if (w.size() >= 2 && family_before_initials(w) == 0 && family_before_initials(before) > 0) {
        joined = std::string(name) + " and " + std::string(trim(names[++k]));
        name = joined;
      }
    }
    // APA's list, as EndNote's BibTeX passes it on in one field: "Dracott,
    // K., Robinson, C. V., & Birdsall, C." (an ampersand, or TeX's \&,
    // before the last name): Cochrane's pairs (below), the ampersand a comma.
    if (const std::string list = ampersand_as_comma(name); !list.empty() && read_family_initials_pairs(comma_parts(list)))
      continue;
    if (Views parts = comma_parts(name); is_address_item(parts)) {
      // The affiliation of the name before it; an address first in the
      // list is an organisation's, kept as written.  Two addresses in a
      // row are one the "and" of its name split ("Department of Automation,
      // Biomechanics and Mechatronics, 1/15 Stefanowski Street, Lodz")
      // unless the second begins with an organisation's name: a second
      // affiliation then.
      std::string address = latex_to_unicode(name);
      if (after_address && !out.empty() && !out.back().affiliations.empty() && is_organisation_part(parts[0])) {
        out.back().affiliations.push_back(std::move(address));
      } else if (after_address && !out.empty() && !out.back().affiliations.empty()) {
        out.back().affiliations.back() += " and " + address;
      } else if (after_address && !out.empty() && out.back().is_literal()) {
        out.back().literal += " and " + address;
      } else if (!out.empty() && !out.back().is_literal()) {
        out.back().affiliations.push_back(std::move(address));
      } else {
        Creator c;
        c.literal = std::move(address);
        out.push_back(std::move(c));
      }
      after_address = true;
      continue;
    }
    after_address = false;
    // The Cochrane Library's BibTeX: "Rautiainen, R, Lehtola, MM, Day, LM,
    // Salminen, S, and Verbeek, JH", people written "Family, Initials",
    // separated by commas, the "and" before the last only, a comma before
    // it too ("Strong, M, and Johnstone, P").  A BibTeX name has three
    // parts at most ("von Last, Jr, First"): four or more, a family name
    // and initials two by two, are that many people; a name with a comma
    // before the "and" is the name before it.
    {
      Views parts = comma_parts(name);
      if (read_family_initials_pairs(parts)) continue;
      std::size_t n = parts.size();
      if (n >= 3 && trim(parts[n - 1]).empty()) --n;
      if (n == 2 && parts.size() == 3 && family_initials_pairs(parts, n))
        name = trim(name.substr(0, static_cast<std::size_t>(parts[1].data() + parts[1].size() - name.data())));
    }
    if (is_comma_list(name) && !(split_level0(name, [](char ch) { return ch == ','; }).size() == 2 &&
                                 last_first_beside(names, k))) {
      Views parts = split_level0(name, [](char ch) { return ch == ','; });
      for (std::size_t j = 0; j < parts.size(); ++j) {
        Creator c = parse_bibtex_name(parts[j]);
        if (!c.empty()) out.push_back(std::move(c));
      }
      continue;
    }
    Creator c = parse_bibtex_name(name);
    if (!c.empty() || !c.particle.empty()) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace refnet
