// export --title-case keep|sentence|title: the title's words recased for
// the writers (BibTeX, BibLaTeX, CSL-JSON, RIS).
//
// Only letters change, each to a letter of the same UTF-8 length, so the
// rich text tags and the protected spans (title_nocase) keep their offsets;
// a protected span's letters never change.  Words are read in the title
// without its tags (strip_rich_text).
//
// - sentence (what CSL-JSON expects): the first word and the first word of
//   a subtitle (after ": " "? " "! " ". ") start upper case; the words kept as
//   they are are the protected ones (the source's braces, or what the BibTeX
//   writer would protect: acronyms, inner capitals, and the capitalised words
//   of a title already in sentence case, its proper nouns), words with an
//   inner capital or a digit (DNA, iPhone, CO2), all-capital words of two
//   letters or more (unless the whole title is in capitals); the rest lower case.
// - title (English title case, the Chicago Manual's rule): the first and the
//   last word and the first word of a subtitle capitalised, articles,
//   coordinating conjunctions and prepositions lower case (the small words
//   below), every other word capitalised (each part of a hyphenated one);
//   words with inner capitals or digits and protected words untouched.
#include <utf8proc.h>

#include <algorithm>

#include "bibtex_common.hpp"
#include "refnet/exporter.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// Chicago: articles, coordinating conjunctions, prepositions (and "to", "as", "vs.").
constexpr std::string_view kSmallWords[] = {
    "a",      "an",     "the",    "and",     "but",   "or",      "nor",     "for",    "so",      "yet",
    "as",     "at",     "by",     "in",      "of",    "off",     "on",      "per",    "to",      "up",
    "via",    "vs",     "vs.",    "v.",      "from",  "into",    "onto",    "over",   "upon",    "with",
    "within", "without", "than",  "about",   "above", "across",  "after",   "against", "along",  "among",
    "around", "before", "behind", "below",   "beneath", "beside", "between", "beyond", "down",   "during",
    "except", "like",   "near",   "out",     "past",  "since",   "through", "throughout", "till", "toward",
    "towards", "under", "until",  "versus",  "amid",  "despite", "inside",  "outside", "unto",   "en"};

bool small_word(std::string_view w) {
  std::string lower = ascii_lower(w);
  for (auto s : kSmallWords)
    if (lower == s) return true;
  return false;
}

bool is_upper_cp(char32_t c) {
  auto u = static_cast<utf8proc_int32_t>(c);
  return utf8proc_tolower(u) != u;
}
bool is_lower_cp(char32_t c) {
  auto u = static_cast<utf8proc_int32_t>(c);
  return utf8proc_toupper(u) != u;
}

// Inner capitals (iPhone, McDonald, DNA) or a digit (CO2, 3D): a word whose
// case says something, left as it is.  Each part of a hyphenated word is
// looked at alone: "Multi-Objective" is two capitalised words, not one with
// an inner capital.
bool case_says_something(std::string_view w) {
  std::size_t i = 0;
  bool first = true;
  while (i < w.size()) {
    char32_t c = next_utf8(w, i);
    if (c == '-') {
      first = true;
      continue;
    }
    if (c < 0x80 && is_digit(static_cast<char>(c))) return true;
    if (!first && is_upper_cp(c)) return true;
    if (is_upper_cp(c) || is_lower_cp(c)) first = false;
  }
  return false;
}

bool english(std::string_view language) {
  std::string l = ascii_lower(trim(language));
  return l.empty() || l == "en" || l == "eng" || l == "english" || l.rfind("en-", 0) == 0 || l.rfind("en_", 0) == 0;
}

struct Recaser {
  std::string& title;  // the title with its tags: changed in place
  const std::vector<std::uint32_t>& at;  // plain byte -> title byte
  const std::vector<Span>& keep;  // protected spans, in title bytes

  bool kept(std::size_t plain_byte) const {
    std::uint32_t t = at[plain_byte];
    for (const Span& s : keep)
      if (t >= s.begin && t < s.end) return true;
    return false;
  }
  // The letter at plain byte i set to upper or lower case when its mapping
  // has the same UTF-8 length.  Returns the byte after it.
  std::size_t set(const std::string& plain, std::size_t i, bool upper) const {
    std::size_t j = i;
    char32_t c = next_utf8(plain, j);
    if (kept(i)) return j;
    auto u = static_cast<utf8proc_int32_t>(c);
    auto m = static_cast<char32_t>(upper ? utf8proc_toupper(u) : utf8proc_tolower(u));
    std::string enc;  // written even when m is c: an earlier call may have changed the title's letter
    append_utf8(enc, m);
    if (enc.size() != j - i) return j;
    // The letter's bytes are contiguous in the title (tags sit between letters).
    title.replace(at[i], enc.size(), enc);
    return j;
  }
  // Every letter of plain[b, e) lower case, or the first upper and the rest as they are.
  void lower(const std::string& plain, std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e;) i = set(plain, i, false);
  }
  void capitalise(const std::string& plain, std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e;) {
      std::size_t j = i;
      char32_t c = next_utf8(plain, j);
      if (is_upper_cp(c) || is_lower_cp(c)) {
        set(plain, i, true);
        return;
      }
      i = j;
    }
  }
};

struct TitleWord {
  std::size_t begin, end;  // bytes of the plain title
  bool starts_sentence;    // the title's first word or a subtitle's
};

std::vector<TitleWord> words_of(const std::string& plain) {
  std::vector<TitleWord> words;
  bool sentence = true;
  for (std::size_t i = 0; i < plain.size();) {
    while (i < plain.size() && is_space(plain[i])) ++i;
    std::size_t b = i;
    while (i < plain.size() && !is_space(plain[i])) ++i;
    if (b == i) break;
    words.push_back({b, i, sentence});
    char last = plain[i - 1];
    sentence = last == ':' || last == '?' || last == '!' || last == '.' || plain.compare(b, i - b, "\u2014") == 0;
    // "U.S." and "e.g." do not end a sentence: a dot after one letter.
    if (last == '.' && i - b <= 4 && std::count(plain.begin() + static_cast<std::ptrdiff_t>(b),
                                                plain.begin() + static_cast<std::ptrdiff_t>(i), '.') >= 2)
      sentence = false;
  }
  return words;
}

// The word's letters, without the punctuation around it ("(DNA)," -> DNA).
std::string_view core(const std::string& plain, const TitleWord& w, std::size_t& b) {
  std::size_t e = w.end;
  b = w.begin;
  auto punct = [](char c) { return static_cast<unsigned char>(c) < 0x80 && !is_alpha(c) && !is_digit(c); };
  while (b < e && punct(plain[b])) ++b;
  while (e > b && punct(plain[e - 1]) && plain[e - 1] != '.') --e;
  return std::string_view(plain).substr(b, e - b);
}

struct CaseCounts {
  int upper = 0, lower = 0;
};
CaseCounts case_counts(std::string_view s) {
  CaseCounts n;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_utf8(s, i);
    n.upper += is_upper_cp(c);
    n.lower += is_lower_cp(c);
  }
  return n;
}

bool all_capitals(const CaseCounts& n) { return n.upper >= 2 && n.lower == 0; }
bool all_capitals(std::string_view s) { return all_capitals(case_counts(s)); }

}  // namespace

void recase_title(Record& r, TitleCase mode) { recase_title_kept(r, mode); }

std::vector<Span> recase_title_kept(Record& r, TitleCase mode) {
  if (mode == TitleCase::keep || r.title.empty()) return {};
  // Title case is English's (citeproc too title-cases English items only).
  if (mode == TitleCase::title && !english(r.language)) return {};
  std::vector<std::uint32_t> at;
  const std::string plain = strip_rich_text(r.title, &at);
  // All capitals, or mostly (a database's upper-case title with a few digits).
  const CaseCounts letters = case_counts(plain);
  const bool shouting = all_capitals(letters) || letters.upper > 8 * (letters.lower + 1);
  // What stays as it is: the source's protection, or the BibTeX writer's
  // guess (proper nouns of a sentence-case title, acronyms).
  std::vector<Span> keep = shouting ? r.title_nocase : bibtex_out::protected_title_spans(r);
  // The writer's guess protects a hyphenated word of capitalised parts
  // ("Multi-Objective") as if it had an inner capital: not a reason to keep it.
  if (r.title_nocase.empty())
    keep.erase(std::remove_if(keep.begin(), keep.end(),
                              [&](const Span& s) {
                                std::string w = strip_rich_text(std::string_view(r.title).substr(s.begin, s.end - s.begin));
                                return w.find('-') != std::string::npos && w.find(' ') == std::string::npos &&
                                       !case_says_something(w);
                              }),
               keep.end());
  Recaser rc{r.title, at, keep};
  std::vector<TitleWord> words = words_of(plain);
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::size_t b = 0;
    std::string_view w = core(plain, words[k], b);
    if (w.empty()) continue;
    std::size_t e = b + w.size();
    if (shouting) {
      rc.lower(plain, b, e);  // then as a title in lower case
    } else if (case_says_something(w) || all_capitals(w)) {
      continue;
    }
    if (mode == TitleCase::sentence) {
      if (words[k].starts_sentence) {
        if (!shouting) rc.lower(plain, b, e);
        rc.capitalise(plain, b, e);
      } else if (!shouting) {
        rc.lower(plain, b, e);
      }
      continue;
    }
    // Title case: each part of a hyphenated word.
    bool edge = words[k].starts_sentence || k + 1 == words.size();
    for (std::size_t pb = b; pb < e;) {
      std::size_t pe = plain.find('-', pb);
      if (pe == std::string::npos || pe > e) pe = e;
      std::string_view part = std::string_view(plain).substr(pb, pe - pb);
      if (!part.empty() && small_word(part) && !(edge && pb == b)) rc.lower(plain, pb, pe);
      else rc.capitalise(plain, pb, pe);
      pb = pe + 1;
    }
  }
  return keep;
}

const Record& with_title_case(const Record& r, TitleCase mode, Record& scratch) {
  if (mode == TitleCase::keep || r.title.empty()) return r;
  scratch = r;
  recase_title(scratch, mode);
  return scratch;
}

}  // namespace refnet
