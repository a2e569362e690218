// From labelled tokens to Record fields: the normalisation half of the
// reference parser.  Each field's span loses what the labels keep around it
// ("In", "(Eds.)", "pp.", brackets, the punctuation that closes it), volume
// spans such as "14(2):974-983" are split, page ranges are expanded, names
// become persons.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "refnet/doi.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/refparse.hpp"
#include "refnet/refparse_kept.hpp"
#include "refnet/text.hpp"

namespace refnet::refparse {

namespace {

bool is_edge_punct(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == '\'' || c == '(' || c == ')' ||
         c == '[' || c == ']' || c == '/' || c == '-' || c == '*' || c == '<' || c == '>' || c == '{' || c == '}';
}

// Whether the ')' or ']' ending `s` closes a bracket opened inside it around a letter or digit ("Title (a study)";
// not "(2020)" once its opening bracket is gone, "2020)", nor the "(.)" an editors' word left).
bool closes_inside(std::string_view s) {
  const char close = s.back(), open = close == ')' ? '(' : '[';
  std::vector<std::size_t> opens;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == open) opens.push_back(i);
    else if (s[i] == close && !opens.empty()) opens.pop_back();
  }
  if (opens.empty()) return false;
  std::string_view inside = s.substr(opens.back() + 1, s.size() - 2 - opens.back());
  return std::any_of(inside.begin(), inside.end(), [](char c) { return is_alpha(c) || is_digit(c) || (unsigned char)c >= 0x80; });
}

// Whether the '.' ending `s` is an abbreviation's: an initial ("J.", "U.S."), a
// word the names of firms and people abbreviate ("Inc.", "Co.", "Th."), or a
// short capitalised word where the span abbreviates before it too ("J. Phys.",
// "Phys. Rev."); not the reference's period after a name written without
// dots ("N Engl J Med.", "Kettl DF.", "BMJ.").
bool abbreviation_dot(std::string_view s) {
  const std::size_t k = s.size() - 1;
  std::size_t start = k;
  while (start > 0 && (is_alpha(s[start - 1]) || (unsigned char)s[start - 1] >= 0x80)) --start;
  const std::string_view word = s.substr(start, k - start);
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) return false;
  if (word.size() == 1) return true;
  static const std::unordered_set<std::string> kAbbreviations = {
      "inc", "ltd", "co", "corp", "bros", "pty", "pvt", "ltda", "cie", "assn", "assoc", "dept", "univ", "jr", "sr",
      "st", "th", "chr", "wm", "chas", "jas", "jos", "geo", "thos", "ph", "fr", "govt", "intl", "natl", "mfg", "etc"};
  if (kAbbreviations.count(ascii_lower(word))) return true;
  if (word.size() > 4) return false;
  for (std::size_t i = 1; i + 1 < start; ++i)  // "J. Phys.": a letter, '.', a space before
    if (s[i] == '.' && is_alpha(s[i - 1]) && s[i + 1] == ' ') return true;
  return false;
}

// Whether the quote mark that `s` starts with (`n` bytes) opens a quotation
// closed inside `s` before more words ("'Listening State?': exploring ...",
// "\"Muddling through\" revisited"), and not one around the whole span.
bool opens_inside(std::string_view s, std::size_t n) {
  const std::string_view open = s.substr(0, n);
  std::string_view close = open, close2 = open;
  if (open == "\xE2\x80\x9C") close = close2 = "\xE2\x80\x9D";
  else if (open == "\xE2\x80\x98") close = close2 = "\xE2\x80\x99";
  // German's and Polish's low marks close with the high one, turned (“) or not (”): "„Muddling through“ revisited".
  else if (open == "\xE2\x80\x9E") close = "\xE2\x80\x9C", close2 = "\xE2\x80\x9D";
  else if (open == "\xE2\x80\x9A") close = "\xE2\x80\x98", close2 = "\xE2\x80\x99";
  else if (open != "\"" && open != "'") return false;
  for (std::size_t i = n; i + close.size() <= s.size(); ++i) {
    if (s.compare(i, close.size(), close) != 0 && s.compare(i, close2.size(), close2) != 0) continue;
    // A straight apostrophe inside a word ("citizens' ", "don't") closes nothing.
    if (close == "'" && i + 1 < s.size() && is_alpha(s[i + 1])) continue;
    std::string_view after = s.substr(i + close.size());
    return i > n && std::any_of(after.begin(), after.end(), [](char c) {
             return is_alpha(c) || is_digit(c) || (unsigned char)c >= 0x80;
           });
  }
  return false;
}

// Whether the quote mark that `s` ends with (`n` bytes) closes a quotation
// opened inside `s` after some words ("The science of \"muddling through\"").
bool closes_quote_inside(std::string_view s, std::size_t n) {
  const std::string_view close = s.substr(s.size() - n);
  std::string_view open = close, open2 = close;
  if (close == "\xE2\x80\x9D") open = "\xE2\x80\x9C", open2 = "\xE2\x80\x9E";
  else if (close == "\xE2\x80\x99") open = "\xE2\x80\x98", open2 = "\xE2\x80\x9A";
  else if (close == "\xE2\x80\x9C") open = open2 = "\xE2\x80\x9E";  // German's "„…“"
  else if (close == "\xE2\x80\x98") open = open2 = "\xE2\x80\x9A";
  else if (close != "\"" && close != "'") return false;
  // Only a quote that follows a word closes ("through\"", not "through, \"").
  if (s.size() <= n || !(is_alpha(s[s.size() - n - 1]) || is_digit(s[s.size() - n - 1]) ||
                         s[s.size() - n - 1] == '?' || s[s.size() - n - 1] == '!' ||
                         (unsigned char)s[s.size() - n - 1] >= 0x80))
    return false;
  if (close == "\"") {
    const auto quotes = std::count(s.begin(), s.end(), '"');
    return quotes % 2 == 0 && s.front() != '"';
  }
  const std::string_view body = s.substr(0, s.size() - n);
  for (std::size_t i = body.size(); i-- > 1;) {  // an opening mark after a space, not the span's first
    if (body.compare(i, open.size(), open) != 0 && body.compare(i, open2.size(), open2) != 0) continue;
    const char before = body[i - 1];
    if ((before == ' ' || before == '(') && i + open.size() < body.size() && body[i + open.size()] != ' ') return true;
  }
  return false;
}

// Trims spaces, ASCII punctuation and the typographic quotes/dashes at both
// ends, but not a quote mark closing or opening a quotation inside the span,
// nor the apostrophe of a Dutch particle ("'t Hart", "'s-Gravenhage").  A closing '?' or '!' stays (it is the title's), as does the '.' of
// a final abbreviation ("Inc.", "J. Phys.") when `keep_abbrev_dot`, and a
// closing bracket whose opening one the span holds ("Title (a study)").
std::string_view strip_edges(std::string_view s, bool keep_abbrev_dot = false) {
  auto typographic_at = [&](std::size_t i) {  // 3-byte quote or dash at s[i]
    if (i + 2 >= s.size() + 0 && i + 3 > s.size()) return false;
    unsigned char a = s[i], b = s[i + 1], c = s[i + 2];
    return a == 0xE2 && b == 0x80 &&
           (c == 0x93 || c == 0x94 || c == 0x98 || c == 0x99 || c == 0x9A || c == 0x9C || c == 0x9D || c == 0x9E);
  };
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    s = trim(s);
    if (s.empty()) break;
    const bool dutch = s.size() >= 3 && s[0] == '\'' && (s[1] == 't' || s[1] == 's') && (s[2] == ' ' || s[2] == '-');
    if (dutch || ((s.front() == '"' || s.front() == '\'') && opens_inside(s, 1)) ||
        (s.size() >= 3 && typographic_at(0) && opens_inside(s, 3))) {
      // the quotation or particle is the span's
    } else if (is_edge_punct(s.front())) s.remove_prefix(1), changed = true;
    else if (s.size() >= 3 && typographic_at(0)) s.remove_prefix(3), changed = true;
    else if (s.size() >= 2 && (unsigned char)s[0] == 0xC2 && ((unsigned char)s[1] == 0xAB || (unsigned char)s[1] == 0xBB))
      s.remove_prefix(2), changed = true;
    if (s.empty()) break;
    char b = s.back();
    if (b == '.' && keep_abbrev_dot && abbreviation_dot(s)) break;
    if ((b == ')' || b == ']') && closes_inside(s)) break;  // "Title (a study)", "Sustainability (Switzerland)"
    if ((b == '"' || b == '\'') && closes_quote_inside(s, 1)) break;  // "The science of \"muddling through\""
    if (s.size() >= 3 && typographic_at(s.size() - 3) && closes_quote_inside(s, 3)) break;
    if (is_edge_punct(b)) s.remove_suffix(1), changed = true;
    else if (s.size() >= 3 && typographic_at(s.size() - 3)) s.remove_suffix(3), changed = true;
    else if (s.size() >= 2 && (unsigned char)s[s.size() - 2] == 0xC2 &&
             ((unsigned char)s.back() == 0xAB || (unsigned char)s.back() == 0xBB))
      s.remove_suffix(2), changed = true;
  }
  return s;
}

// s after the closing quotation marks, commas and semicolons at its start ("’, in Book": the quote and comma left by
// the title before it).
std::string_view skip_closing_marks(std::string_view s) {
  for (;;) {
    s = trim(s);
    if (!s.empty() && (s.front() == ',' || s.front() == ';' || s.front() == '"' || s.front() == '\'')) {
      s.remove_prefix(1);
    } else if (s.size() >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
               ((unsigned char)s[2] == 0x99 || (unsigned char)s[2] == 0x9D)) {  // ’ ”
      s.remove_prefix(3);
    } else if (s.size() >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xBB) {  // »
      s.remove_prefix(2);
    } else {
      return s;
    }
  }
}

// Removes a leading word (case-insensitive, followed by '.', ':' or a space).
bool strip_leading_word(std::string_view& s, std::string_view word) {
  std::string_view t = trim(s);
  if (t.size() <= word.size() || !istarts_with(t, word)) return false;
  char c = t[word.size()];
  if (c != ' ' && c != ':' && c != '.') return false;
  t.remove_prefix(word.size());
  while (!t.empty() && (t.front() == ':' || t.front() == '.' || t.front() == ' ')) t.remove_prefix(1);
  s = t;
  return true;
}

// Removes a leading "ders." or "dies." ("derselbe", "dieselbe": the same author as the reference's) with its mark
// ("In: ders., Werke", "in: dies., Soziologische Stichworte"); "Dies Irae" (no mark) stays.
bool strip_same_author(std::string_view& s) {
  std::string_view t = trim(s);
  for (std::string_view w : {"dieselben", "dieselbe", "derselbe", "ders", "dies"}) {
    if (t.size() <= w.size() + 1 || !istarts_with(t, w)) continue;
    std::size_t k = w.size();
    while (k < t.size() && (t[k] == '.' || t[k] == ',' || t[k] == ':')) ++k;
    if (k == w.size() || k >= t.size() || t[k] != ' ') continue;
    s = trim(t.substr(k));
    return true;
  }
  return false;
}

// Removes a leading editors' word with its mark ("(ed.) Book", "eds., Book",
// "editors, Proceedings", "Hrsg. Handbuch"); a word without one ("Ed
// Sullivan") stays.
bool strip_editor_word(std::string_view& s) {
  std::string_view t = trim(s);
  if (!t.empty() && t.front() == '(') t.remove_prefix(1);
  for (std::string_view w : {"editors", "editor", "eds", "ed", "hrsginnen", "hrsgin", "hrsg", "hginnen", "hgin", "hgg",
                              "hg", "dir", "\xC3\xA9" "ds", "\xC3\xA9" "d"}) {
    if (t.size() <= w.size() || !istarts_with(t, w)) continue;
    std::size_t k = w.size();
    while (k < t.size() && (t[k] == '.' || t[k] == ')' || t[k] == ',' || t[k] == ':')) ++k;
    if (k == w.size() || k >= t.size() || t[k] != ' ') continue;
    s = trim(t.substr(k));
    return true;
  }
  return false;
}

// A GB/T 7714 type mark ending a value ("Title[J]", "Title [D]", "城市更新[J]"): the kind of the work, not the
// value's words; the value without it.
std::string_view strip_gbt_mark(std::string_view value) {
  std::string_view t = strip_edges(value);
  std::size_t open = t.rfind('[');
  if (open == std::string_view::npos || open == 0 || t.empty() || t.back() != ']' ||
      !gbt_type_mark(t.substr(open + 1, t.size() - open - 2)))
    return value;
  return strip_edges(t.substr(0, open));
}

// "Anat Rec [Internet]", "PeerJ [en línea]", "Water Research [online]",
// "Anatomical Record. Online" (NLM, ISO 690 and their translations): the
// medium a style writes after a journal's or a book's name, and "Bd."/"Vol."
// a span ran into before its volume ("Water Research Bd. 115", DIN 1505),
// removed from its end (the volume word from a container only); the span is
// returned stripped of its edges (strip_edges).
std::string_view strip_medium(std::string_view s, bool container) {
  s = strip_edges(s, container);
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    if (std::size_t open = s.rfind('['); open != std::string_view::npos && open > 0) {
      std::string inside = ascii_lower(s.substr(open + 1));
      if (!inside.empty() && inside.back() == ']') inside.pop_back();
      for (std::string_view m : {"internet", "online", "en l\xC3\xADnea", "en linea", "en ligne", "on line",
                                 "electronic resource", "elektronische ressource", "online-ressource", "cd-rom"})
        if (inside == m || (m == "internet" && inside.size() > 16 && inside.compare(inside.size() - 16, 16, " on the internet") == 0)) {
          s = strip_edges(s.substr(0, open), container);
          changed = true;
          break;
        }
      if (changed) continue;
    }
    std::size_t sp = s.find_last_of(' ');
    if (sp == std::string_view::npos) break;
    std::string last = ascii_lower(s.substr(sp + 1));
    std::string_view head = trim(s.substr(0, sp));
    bool medium = (last == "online" || last == "online.") && !head.empty() && head.back() == '.';
    bool volume_word = container && (last == "bd" || last == "bd." || last == "vol" || last == "vol." || last == "jg.");
    if ((medium || volume_word) && !head.empty()) {
      s = strip_edges(head, container);
      changed = true;
    }
  }
  return s;
}

// "S.l.", "[s.l.]", "s.n.", "B.m.", "o.O.", "N.p.": the words styles print
// where a place or publisher is unknown (sine loco, sine nomine, bez
// miejsca, ohne Ort, no place); no place or publisher.
bool unknown_place_or_publisher(std::string_view s) {
  std::string letters;
  for (char c : s) {
    if (is_alpha(c)) letters += char(c | 0x20);
    else if (c != '.' && c != ' ' && c != '[' && c != ']' && c != ',' && c != ':') return false;
  }
  return letters == "sl" || letters == "sn" || letters == "bm" || letters == "oo" || letters == "np" ||
         letters == "slsn";
}

// "Blum, C., & Sampels, M. (Eds.)", "Bacchus, F., Walsh, T. eds", "VEREL, S.
// (Hrsg.)", "Bacchus, F. (Éds)": names with the editors' word after them (in
// brackets, or small or with a period: "Smith, Ed" is a name) are editors;
// the word removed.
bool strip_trailing_editor_word(std::string_view& s) {
  std::string_view t = trim(s);
  while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ':' || t.back() == ')' || t.back() == ' '))
    t.remove_suffix(1);
  std::size_t sp = t.find_last_of(" ,(");
  if (sp == std::string_view::npos) return false;
  std::string_view word = t.substr(sp + 1);
  bool bracket = t[sp] == '(';
  bool marked = bracket || (!word.empty() && word[0] >= 'a' && word[0] <= 'z') ||
                (trim(s).size() > t.size() && trim(s)[t.size()] == '.');
  std::string w = ascii_lower(word);
  for (std::string_view e : {"eds", "ed", "editors", "editor", "hrsg", "hg", "hgg", "\xC3\xA9" "ds", "\xC3\xA9" "d",
                             "\xC3\xA9" "dit", "\xC3\xA9" "dits", "dir", "dirs", "coord", "red"})
    if (w == e && marked) {
      s = t.substr(0, sp);
      return true;
    }
  return false;
}

// An editors' word alone in brackets somewhere in `s`: "(Hg.) (1988)", "(2005) (Hrsg.),", "(Eds.). (2011)."; not
// "(2nd ed.)", "(ed. by …)".
bool bracketed_editor_word(std::string_view s) {
  for (std::size_t open = s.find('('); open != std::string_view::npos; open = s.find('(', open + 1)) {
    std::size_t close = s.find(')', open);
    if (close == std::string_view::npos) return false;
    std::string word;
    for (char c : s.substr(open + 1, close - open - 1))
      if (c != '.' && c != ' ') word += c;
    word = ascii_lower(word);
    for (std::string_view e : {"eds", "ed", "editors", "editor", "hrsg", "hg", "hgg", "\xC3\xA9" "ds", "\xC3\xA9" "d",
                               "dir", "dirs", "coord", "red"})
      if (word == e) return true;
  }
  return false;
}

// "Study of fractures (in French)", "A key to fishes [in Turkish]": the language note that ends a title, and where
// its bracket opens; empty when there is none.
std::string_view language_note(std::string_view t, std::size_t& at) {
  static const char* const kLanguages[] = {
      "English",   "French",    "German",    "Spanish",    "Italian",  "Portuguese", "Dutch",     "Russian",
      "Polish",    "Czech",     "Slovak",    "Hungarian",  "Romanian", "Greek",      "Turkish",   "Arabic",
      "Persian",   "Hebrew",    "Chinese",   "Japanese",   "Korean",   "Swedish",    "Norwegian", "Danish",
      "Finnish",   "Ukrainian", "Serbian",   "Croatian",   "Bulgarian", "Latin",     "Indonesian", "Vietnamese",
      "Thai",      "Hindi",     "Catalan",   "Slovenian",  "Lithuanian", "Latvian",  "Estonian",  "Icelandic"};
  std::size_t open = t.find_last_of("([");
  if (open == std::string_view::npos || open == 0) return {};
  std::string_view note = trim(t.substr(open + 1));
  if (!note.empty() && (note.back() == ')' || note.back() == ']')) note.remove_suffix(1);
  if (note.size() < 4 || !istarts_with(note, "in ")) return {};
  std::string_view lang = trim(note.substr(3));
  for (const char* l : kLanguages)
    if (iequals(lang, l)) {
      at = open;
      return lang;
    }
  return {};
}

std::string_view first_number(std::string_view s, std::size_t* at = nullptr) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (is_digit(s[i])) {
      std::size_t e = i;
      while (e < s.size() && is_digit(s[e])) ++e;
      if (at) *at = i;
      return s.substr(i, e - i);
    }
  return {};
}

// Where `word` (lower case) stands as a whole word in `low` (lower-cased
// text) from `from` on, or npos.
std::size_t find_word(const std::string& low, std::string_view word, std::size_t from = 0) {
  for (std::size_t p = low.find(word, from); p != std::string::npos; p = low.find(word, p + 1)) {
    bool left = p == 0 || !is_alpha(low[p - 1]);
    std::size_t e = p + word.size();
    if (left && (e >= low.size() || !is_alpha(low[e]))) return p;
  }
  return std::string::npos;
}

// Removes every whole-word occurrence of the words (lower case, ASCII case-insensitive).
std::string remove_words(std::string s, std::initializer_list<const char*> words) {
  for (const char* w : words)
    for (std::size_t p; (p = find_word(ascii_lower(s), w)) != std::string::npos;) s.erase(p, std::strlen(w));
  return s;
}

// "Title (No. 214)", "Title (Working Paper No. 13987)", "Title [Doctoral
// dissertation, University of X]": the bracket APA
// writes after a report's or a thesis's title, and where it opens (npos
// when there is none).  `number`: the report's number; `genre`: "Working
// Paper", "Doctoral dissertation, University of X".
bool number_after_no(std::string_view note, std::string& number, std::string& genre);
bool bracketed_report_number(std::string_view note);
bool eu_document_number(std::string_view w);
std::size_t report_note(std::string_view t, std::string& number, std::string& genre) {
  // "(COM(2019) 640 final)": the EU's number in APA's bracket, a bracket inside it.
  if (ends_with(t, "final)"))
    if (std::size_t open = t.rfind(" ("); open != std::string_view::npos && open >= 8 &&
                                          eu_document_number(t.substr(open + 2, t.size() - open - 3))) {
      number = std::string(t.substr(open + 2, t.size() - open - 3));
      return open + 1;
    }
  std::size_t open = t.find_last_of("([");
  if (open == std::string_view::npos || open < 8 || t[open - 1] != ' ') return std::string_view::npos;
  std::string_view note = trim(t.substr(open + 1));
  if (!note.empty() && (note.back() == ')' || note.back() == ']')) note.remove_suffix(1);
  if (note.empty() || note.size() > 120 || note.find_first_of("()[]") != std::string_view::npos)
    return std::string_view::npos;
  std::string low = ascii_lower(note);
  for (const char* w : {"doctoral dissertation", "phd thesis", "ph.d. thesis", "master's thesis",
                        "master\xE2\x80\x99s thesis", "masters thesis", "doctoral thesis", "unpublished doctoral dissertation",
                        "unpublished master's thesis", "unpublished master\xE2\x80\x99s thesis"})
    if (starts_with(low, w) && (low.size() == std::strlen(w) || low[std::strlen(w)] == ',')) {
      genre = std::string(note);
      return open;
    }
  if (number_after_no(note, number, genre)) return open;
  if (bracketed_report_number(note)) {
    number = std::string(note);
    return open;
  }
  return std::string_view::npos;
}

// "No. 214", "Report No. EPA-600", "NBER Working Paper No. 13987": a number after "No." at the end, a few words
// before it (the genre).
bool number_after_no(std::string_view note, std::string& number, std::string& genre) {
  std::string low = ascii_lower(note);
  std::size_t no = find_word(low, "no");
  if (no == std::string::npos) no = find_word(low, "nr");
  if (no == std::string::npos || no + 3 >= low.size() || low[no + 2] != '.') return false;
  std::string_view num = trim(note.substr(no + 3));
  std::string_view before = trim(note.substr(0, no));
  if (num.find_first_of("0123456789") == std::string_view::npos) return false;
  if (num.find(' ') != std::string_view::npos || std::count(before.begin(), before.end(), ' ') > 3) return false;
  number = std::string(num);
  genre = std::string(before);
  return true;
}

// A report's number as a token: "TR/IRIDIA/2004-001", "RR-6828", "CSM-192", "BCOL.07.01", "92-07", "388"; letters,
// digits and the marks / - . _ between them, a digit among them; not a year, an ordinal ("2nd"), a page range's
// dash between two numbers ("45-67") unless `loose`, nor a number alone of one digit or more than 7.
bool report_number_token(std::string_view w, bool loose) {
  if (w.empty() || w.size() > 30 || !(is_alpha(w.front()) || is_digit(w.front())) || !(is_alpha(w.back()) || is_digit(w.back())))
    return false;
  std::size_t digits = 0, letters = 0, marks = 0;
  for (char c : w) {
    if (is_digit(c)) ++digits;
    else if (is_alpha(c)) ++letters;
    else if (c == '/' || c == '-' || c == '.' || c == '_') ++marks;
    else return false;
  }
  if (digits == 0) return false;
  if (letters == 0 && marks == 0) {
    if (w.size() > 7 || w.size() < 2) return false;
    if (w.size() == 4 && (w[0] == '1' || w[0] == '2')) return false;  // a year
    return true;
  }
  std::string low = ascii_lower(w);
  for (const char* ord : {"st", "nd", "rd", "th"})
    if (letters == 2 && marks == 0 && ends_with(low, ord)) return false;
  // "1468/9", "2007-08": a year and what follows it.
  if (letters == 0 && w.size() > 4 && (w[0] == '1' || w[0] == '2') && all_digits(w.substr(0, 4))) return false;
  if (letters == 0 && !loose) {
    // "45-67", "1991-1992": a range, not a number ("92-07", "7-05-2018" are).
    std::size_t dash = w.find('-');
    if (dash != std::string_view::npos && w.find_first_of("-./", dash + 1) == std::string_view::npos &&
        std::stoul(std::string(w.substr(dash + 1))) > std::stoul(std::string(w.substr(0, dash))))
      return false;
  }
  return true;
}

// A word of a report's name before its number ("Research Report", "TIK-Report", "NBER Working Paper", "ONR Research
// Memorandum", "Technical Note"): `strong` when it names the kind.
bool report_genre_word(std::string_view w, bool& strong) {
  std::string low = ascii_lower(w);
  while (!low.empty() && (low.back() == '.' || low.back() == ',')) low.pop_back();
  // Singular: "SIGMA Papers", "OECD Working Papers" name a series.
  for (const char* k : {"report", "paper", "memorandum", "memo", "note", "rapport", "bericht"})
    if (ends_with(low, k)) return strong = true;
  for (const char* k : {"research", "technical", "tech", "working", "discussion", "internal", "occasional", "series",
                        "rep", "no", "nr", "no.", "nr."})
    if (low == k) return true;
  // An acronym: "NBER", "ONR", "TR", "C3P", "IRIDIA".
  return w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || is_digit(c); });
}

// "TIK-Report", "Research Report", "NBER Working Paper": words of a report's kind only, one of them naming it.
bool report_kind(std::string_view s) {
  std::vector<std::string_view> words = split_words(s);
  bool strong = false;
  for (std::string_view w : words)
    if (!report_genre_word(w, strong)) return false;
  return strong && words.size() <= 5;
}

// A government document's or report's number alone in the bracket after its title (APA): "GAO-20-119", "CSM-192",
// "HC 1016", "Cm 9535", "SP 800-53": one token of capitals and three digits or more with a '-', '/' or '.' ("COVID-19",
// "SARS-CoV-2", "H1N1" are no numbers), or a series' capitals (a UK command paper's "Cm") and a number that is no year.
bool bracketed_report_number(std::string_view note) {
  auto digits = [](std::string_view w) { return std::count_if(w.begin(), w.end(), [](char c) { return is_digit(c); }); };
  auto capitals = [](std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  std::vector<std::string_view> words = split_words(note);
  if (words.size() == 1) {
    std::string_view w = words[0];
    std::size_t mark = w.find_first_of("-/.");
    return mark != std::string_view::npos && mark > 0 && capitals(w.substr(0, mark)) && digits(w) >= 3 &&
           report_number_token(w, true);
  }
  if (words.size() != 2) return false;
  std::string_view series = words[0], num = words[1];
  if (!(capitals(series) && series.size() <= 6) && series != "Cm" && series != "Cmnd" && series != "Cd") return false;
  if (num.empty() || !is_digit(num[0]) || digits(num) < 2 || !(all_digits(num) || report_number_token(num, true)))
    return false;
  // "(WHO 2019)": a year is no number.
  return !(all_digits(num) && num.size() == 4 && (starts_with(num, "19") || starts_with(num, "20")));
}

// The European Union's document numbers: "COM(2018) 321 final", "SWD(2019) 1234", "C(2020) 4567 final": a series'
// capitals, the year in brackets, the number and "final".
bool eu_document_number(std::string_view w) {
  std::size_t open = w.find('(');
  if (open == std::string_view::npos || open == 0 || open > 5 || w.size() < open + 8 || w[open + 5] != ')') return false;
  if (!std::all_of(w.begin(), w.begin() + open, [](char c) { return c >= 'A' && c <= 'Z'; }) ||
      !all_digits(w.substr(open + 1, 4)))
    return false;
  std::string_view rest = trim(w.substr(open + 6));
  if (ends_with(rest, " final")) rest = trim(rest.substr(0, rest.size() - 6));
  return !rest.empty() && rest.size() <= 6 && all_digits(rest);
}

// "Title. TR/IRIDIA/2004-001", "Title. RR-6828", "Title. TIK-Report 214", "Title. Research Report BCOL.07.01",
// "Title. NBER Working Paper No. 1234" (the title's last sentence, after ". ", "? " or "! "), and "TR/IRIDIA/2014-012:
// Title" (a first word before a colon): a report's number and the words naming it, no part of the title.  Returns the
// title's part ([from, to) of t) and sets number and genre, or returns {0, t.size()}.
std::pair<std::size_t, std::size_t> title_report_number(std::string_view t, std::string& number, std::string& genre) {
  // The first word and a colon, three words of title after it.
  if (std::size_t colon = t.find(':'); colon != std::string_view::npos && colon > 0 && colon < 32) {
    std::string_view head = trim(t.substr(0, colon));
    std::string_view rest = trim(t.substr(colon + 1));
    // Letters, three digits and a '/' or '.' ("TR/IRIDIA/2014-012", "BCOL.07.01"; not "COVID-19", "Web2.0").
    bool letters = std::any_of(head.begin(), head.end(), [](char c) { return is_alpha(c); });
    bool digits = std::count_if(head.begin(), head.end(), [](char c) { return is_digit(c); }) >= 3;
    if (head.find(' ') == std::string_view::npos && letters && digits &&
        head.find_first_of("/.") != std::string_view::npos && report_number_token(head, true) &&
        split_words(rest).size() >= 3) {
      number = std::string(head);
      return {std::size_t(rest.data() - t.data()), t.size()};
    }
  }
  // The last sentence: not after an initial or "z r." ("Rokycanova z r. 1468/9"), and "No. 388", "Nr. 388" whole.
  std::size_t p = std::string_view::npos;
  for (std::size_t i = t.size(); i-- > 1;) {
    if (t[i] != ' ' || (t[i - 1] != '.' && t[i - 1] != '?' && t[i - 1] != '!')) continue;
    std::size_t w = i - 1;
    while (w > 0 && is_alpha(t[w - 1])) --w;
    std::string before = ascii_lower(t.substr(w, i - 1 - w));
    // An initial ("J. Smith"), not a number's or a bracket's period ("2021-2027. COM(2018) 321 final").
    if (t[i - 1] == '.' && (before.size() == 1 || before == "no" || before == "nr")) continue;
    p = i;
    break;
  }
  if (p == std::string_view::npos || p < 12) return {0, t.size()};
  std::string_view tail = trim(t.substr(p));
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ',')) tail.remove_suffix(1);
  if (eu_document_number(tail)) {
    number = std::string(tail);
    return {0, std::size_t(t.substr(0, p).find_last_not_of(' ') + 1)};
  }
  std::vector<std::string_view> words = split_words(tail);
  if (words.empty() || words.size() > 6) return {0, t.size()};
  // The number last ("Research Report BCOL.07.01"), or first before a comma and the kind ("BCOL.07.01, Research Report").
  std::string_view num;
  std::vector<std::string_view> kind;
  if (report_number_token(words.back(), words.size() > 1)) {
    num = words.back();
    kind.assign(words.begin(), words.end() - 1);
  } else if (words.size() > 1 && words[0].back() == ',' && report_number_token(words[0].substr(0, words[0].size() - 1), true)) {
    num = words[0].substr(0, words[0].size() - 1);
    kind.assign(words.begin() + 1, words.end());
  } else {
    return {0, t.size()};
  }
  bool strong = false;
  for (std::string_view w : kind)
    if (!report_genre_word(w, strong)) return {0, t.size()};
  if (!kind.empty() && !strong) return {0, t.size()};
  // The kind's words without "No." ("NBER Working Paper No. 1234").
  std::string g;
  for (std::string_view w : kind) {
    std::string low = ascii_lower(w);
    if (low == "no" || low == "no." || low == "nr" || low == "nr.") continue;
    g += (g.empty() ? "" : " ") + std::string(w);
  }
  number = std::string(num);
  genre = g;
  return {0, std::size_t(t.substr(0, p).find_last_not_of(' ') + 1)};
}

// The kind of work the reference names ("Working Paper", "PhD thesis", "Paper presented at"): CSL's genre, which
// `refnet parse --json` writes (an extra field of CSL-JSON's, as the translators are).
void add_genre(Record& r, std::string genre) { r.extra.push_back({"genre", std::move(genre), "csl-json"}); }

bool all_initials(std::string_view piece) {
  std::vector<std::string_view> w = split_words(piece);
  if (w.empty()) return false;
  for (std::string_view x : w)
    if (!is_initials(x)) return false;
  return true;
}

}  // namespace

// "Romero, C., Paunesku, D., & Dweck, C.", "Pérez-Higueras JJ, Arias A",
// "H. Fischer and J. Smith", "Smith, John, Jones, Mary": one Creator each.
namespace {

// A known given name (given_name_word), or a hyphenated one with a known part ("François-Xavier", "Jean-Pierre").
bool known_given_name(std::string_view w) {
  if (given_name_word(w)) return true;
  if (w.find('-') == std::string_view::npos) return false;
  for (std::string_view part : split_list(std::string(w), "-"))
    if (given_name_word(part)) return true;
  return false;
}

// "Challenge Works", "Laboratorio de Gobierno" before "(2022),": author-date
// styles write persons "Surname, I." (or "Surname II"), so capitalised words
// and lower-case connectors without comma, period, "&"/"and" or initials
// there are an organisation; unless the first word is a known given name
// ("Charles Darwin (1859):", "Michael Batty (2000):", German social science's
// given-name-first style) and no word is an organisation's.
bool organisation_before_date(std::string_view names) {
  if (names.find_first_of(",;.&") != std::string_view::npos) return false;
  std::vector<std::string_view> words = split_words(names);
  if (words.size() < 2 || words.size() > 6) return false;
  if (words.size() <= 3 && !is_corporate_name(words) && known_given_name(words[0])) return false;
  for (std::string_view w : words) {
    if (w == "and" || w == "und" || w == "et" || w == "y") return false;
    bool upper_first = w[0] >= 'A' && w[0] <= 'Z';
    bool all_upper = std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (all_upper && w.size() <= 3) return false;  // initials: "JJ", "JRR"
    bool connector = !upper_first && w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!upper_first && !connector) return false;
  }
  return true;
}

// Without the brackets round the year, "Mette Frederiksen, 2003:" and "Abdi Ismail Samatar 2006:" are persons as
// often as "Stadt Berlin, 2002:" is an organisation: these names are an organisation's only with more to say so
// (besides organisation_before_date's capitalised words): an organisation's word ("Bundesamt", "Institute"), an
// article first ("Der Spiegel"), a known place last ("Schulreferat München", "Stadt Köln"; a family name seldom is
// one), or four words or more ("Ministerstvo Inostrannych Del Rossijskoj Federacii").  No "/" between names
// ("Danmarks Statistik/Gleichstellungsrat": two).
bool organisation_shape(std::string_view names) {
  if (names.find('/') != std::string_view::npos) return false;
  std::vector<std::string_view> words = split_words(names);
  if (words.size() < 2) return false;
  if (words.size() >= 4 || is_corporate_name(words)) return true;
  for (std::string_view a : {"Der", "Die", "Das", "The"})
    if (words[0] == a) return true;
  return refparse::place_names().count("gz:" + ascii_lower(words.back())) > 0;
}

// "Natural Earth. Admin 1 - states … Available from: https://www.naturalearthdata.com": a name of two to five
// capitalised words (lower-case connectors between them: "Our World in Data") whose letters, run together, are part
// of the host of a link in the reference is the site's owner, an organisation, not a person "Earth, Natural".  Not when
// the first word is a known given name ("Paul Graham. … http://www.paulgraham.com/…": a person's own site), nor with
// a comma, a period or an initial among the words; two words must be less than the host's name ("Mette Frederiksen,
// 2003: http://www.mettefrederiksen.dk/…" is the politician's site).
bool organisation_named_by_link(std::string_view names, std::string_view text) {
  if (names.find_first_of(",;.&/") != std::string_view::npos) return false;
  std::vector<std::string_view> words = split_words(names);
  if (words.size() < 2 || words.size() > 5 || known_given_name(words[0])) return false;
  std::string joined;
  for (std::string_view w : words) {
    bool upper_first = w[0] >= 'A' && w[0] <= 'Z';
    bool connector = w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!upper_first && !connector) return false;
    if (upper_first && is_initials(w)) return false;
    for (char c : w) {
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
      joined += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (joined.size() < 8) return false;
  std::string low = ascii_lower(text);
  for (std::size_t p = 0; p < low.size();) {
    std::size_t h = std::string::npos;
    for (std::string_view scheme : {"https://", "http://", "www."}) {
      std::size_t q = low.find(scheme, p);
      if (q != std::string::npos && (h == std::string::npos || q < h)) h = q;
    }
    if (h == std::string::npos) break;
    if (low.compare(h, 4, "www.") != 0) h = low.find("//", h) + 2;
    std::size_t e = low.find_first_of("/ \t?#:", h);
    std::string host = low.substr(h, e == std::string::npos ? std::string::npos : e - h);
    // The host's own labels: not "www", the top-level domain (".com", ".de"), a second level under a country
    // (".com.pe", ".co.uk"), nor a hosting service's ("kaiminghe.github.io", "x.blogspot.com", "x.medium.com"):
    // each compared alone, so the service's name never makes a person's site more than the person's name.
    std::vector<std::string> labels;
    for (std::size_t b = 0; b <= host.size();) {
      std::size_t d = host.find('.', b);
      if (d == std::string::npos) d = host.size();
      labels.push_back(host.substr(b, d - b));
      b = d + 1;
    }
    if (!labels.empty()) labels.pop_back();
    if (labels.size() >= 2 && labels.back().size() <= 3)
      for (std::string_view g : {"com", "co", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})
        if (labels.back() == g) {
          labels.pop_back();
          break;
        }
    for (const std::string& label : labels) {
      static const char* const kService[] = {"www",     "github", "gitlab",    "netlify", "blogspot", "wordpress",
                                             "medium",  "wixsite", "weebly",   "tumblr",  "substack", "vercel",
                                             "herokuapp", "bitbucket", "sites", "google", "squarespace"};
      if (std::find_if(std::begin(kService), std::end(kService), [&](const char* k) { return label == k; }) !=
          std::end(kService))
        continue;
      std::string letters;
      for (char c : label)
        if (c >= 'a' && c <= 'z') letters += c;
      // A host that is the two words alone ("www.mettefrederiksen.dk") is as often a person's own site.
      if (letters.find(joined) != std::string::npos && (words.size() >= 3 || letters.size() > joined.size()))
        return true;
    }
    p = e == std::string::npos ? low.size() : e;
  }
  return false;
}

// "2002:", "1999a:", "1991," : a date span opening with a year of four digits (a letter after it allowed).
bool year_opens(std::string_view date) {
  std::size_t n = 0;
  while (n < date.size() && is_digit(date[n])) ++n;
  if (n != 4) return false;
  int y = std::atoi(std::string(date.substr(0, 4)).c_str());
  return y >= 1500 && y <= 2099 && (n == date.size() || !is_digit(date[n]));
}

}  // namespace

namespace {

bool capitalised(std::string_view w) {
  std::size_t i = 0;
  return !w.empty() && is_upper_letter(next_utf8(w, i));
}

// "Malmquist", "van Gennep", "de Zúñiga", "KNUTH", "LOH": a family name
// alone (lower-case particles, then one word without a dot), as a style
// prints the inverted name before its given names.
bool bare_family(std::string_view piece) {
  std::vector<std::string_view> w = split_words(piece);
  if (w.empty() || w.size() > 4) return false;
  std::string_view core = w.back();
  // "DE PAUL", "VAN GINKEL": a name in capitals has its particles in capitals too.
  auto upper = [](std::string_view x) { return std::none_of(x.begin(), x.end(), [](char c) { return c >= 'a' && c <= 'z'; }); };
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (!is_name_particle(w[i]) && !(upper(w[i]) && upper(core) && is_name_particle(ascii_lower(w[i])))) return false;
  return capitalised(core) && core.find('.') == std::string_view::npos && (core.size() >= 3 || !is_initials(core));
}

// "Anna", "Donald E.", "S. Craig", "Homero Gil de", "JEAN-MARC": given names
// written in full (one to three words, capitalised or initials, a particle
// last), not initials alone.
bool given_names(std::string_view piece) {
  std::vector<std::string_view> w = split_words(piece);
  if (w.empty() || w.size() > 3 || all_initials(piece)) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (capitalised(w[i]) && std::none_of(w[i].begin(), w[i].end(), is_digit)) continue;
    if (i > 0 && is_name_particle(w[i])) continue;
    return false;
  }
  return true;
}

// "Sandra Andersson", "Jeffrey S Kaplan", "John A. Smith": a name written
// given names first (two words or more, the last a capitalised word).
// The list's closing period may stay on it ("Roma A Vasa.": strip_edges
// keeps the dot of a short capitalised word).
bool given_first_name(std::string_view piece) {
  std::vector<std::string_view> w = split_words(piece);
  if (w.size() < 2) return false;
  std::string_view last = w.back();
  if (last.size() > 2 && last.back() == '.') last.remove_suffix(1);
  // "Lindemann-v.Trzebiatowski": a double name's particle may keep its dot inside it.
  bool dotted = last.find('.') != std::string_view::npos &&
                !(last.find('-') != std::string_view::npos && last.find('-') < last.find('.') && last.back() != '.');
  return capitalised(last) && !is_initials(last) && !dotted;
}

// "DURAND Jean-Pierre", "BAHNMÜLLER Reinhard", "SANDBERG Åke": French and German styles' family name in capitals
// before the given names written in full; as "Family, Given" (empty when the piece is not so).  Not Vancouver's
// "SMITH JJ" (initials in capitals after the family) nor "JRR Tolkien" (initials: no vowel, or fewer than three
// letters, in the capitals).
std::string capitals_family_first(std::string_view piece) {
  std::vector<std::string_view> w = split_words(piece);
  if (w.size() < 2 || w.size() > 4) return {};
  std::size_t letters = 0;
  bool vowel = false;
  for (std::size_t i = 0; i < w[0].size();) {
    char32_t c = next_utf8(w[0], i);
    if (c == '-' || c == '\'') continue;
    if (!is_upper_letter(c)) return {};
    ++letters;
    vowel = vowel || c >= 0x80 || std::string_view("AEIOUY").find(char(c)) != std::string_view::npos;
  }
  if (letters < 3 || !vowel) return {};
  for (std::size_t k = 1; k < w.size(); ++k) {
    std::size_t i = 0;
    if (!is_upper_letter(next_utf8(w[k], i)) || i >= w[k].size() || w[k].find('.') != std::string_view::npos) return {};
    if (!is_lower_letter(next_utf8(w[k], i))) return {};
  }
  if (is_corporate_name(w)) return {};
  std::string rest(piece.substr(w[1].data() - piece.data()));
  return std::string(w[0]) + ", " + rest;
}

// Which comma pieces of a list of names go with the next one as "Family,
// Given" when the given names are written in full, which the initials rule
// of split_names does not see: Chicago, MLA, ASA and APSA invert the first
// name only ("Malmquist, Anna, Sandra Andersson, and Julia Salomonsson";
// "Knuth, Donald E."), ISO 690 and DIN 1505 every one ("LIEFOOGHE, Arnaud,
// DERBEL, Bilel", "STEIN, KOEN ; SANDER, P MARTIN").  Empty when neither.
std::vector<bool> full_given_name_pairs(const std::vector<std::string>& pieces) {
  std::vector<bool> pair(pieces.size(), false);
  if (pieces.size() < 2 || !bare_family(pieces[0]) || !(given_names(pieces[1]) || all_initials(pieces[1]))) return {};
  bool inverted_first = given_names(pieces[1]);
  for (std::size_t i = 2; i < pieces.size(); ++i) inverted_first = inverted_first && given_first_name(pieces[i]);
  if (inverted_first) {
    pair[0] = true;
    return pair;
  }
  if (pieces.size() % 2) return {};
  for (std::size_t i = 0; i < pieces.size(); i += 2) {
    if (!bare_family(pieces[i]) || !(given_names(pieces[i + 1]) || all_initials(pieces[i + 1]))) return {};
    pair[i] = true;
  }
  return pair;
}

// The period after an organisation's or a publisher's name is the
// reference's ("World Bank.", "OECD.", "Geneva: WHO."), unless it ends an
// abbreviation the name holds ("Macmillan & Co.", "Wiley & Sons, Inc.",
// "U.S.").
std::string_view without_closing_period(std::string_view v) {
  return v.size() >= 3 && v.back() == '.' && !abbreviation_dot(v) ? v.substr(0, v.size() - 1) : v;
}

// A group author's acronym alone ("WHO.", "UN", "IMF"): two to eight capitals,
// no dots between them (initials have them: "J. K.").
bool group_acronym(std::string_view v) {
  v = without_closing_period(v);
  return v.size() >= 2 && v.size() <= 8 &&
         std::all_of(v.begin(), v.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '&'; });
}

// A list of names as OCR and careless typing leave it, tidied for split_names: "and" glued to the name after it
// ("andM .Spannowsky"), a space before an initial's period
// ("S .Mrenna", "C .O .Rasmussen"), the family name (a capital or a particle, then a small letter) glued after an
// initial's period ("C.Cartier", "E.J.Copeland", "Morgan,J.and M.Warner"), a hyphen spaced on one side ("Pérez
// -García", "Gonzalez- Guillen").
std::string tidy_initials(std::string_view text) {
  // "andM .Spannowsky", ",andR .de Tourreil": "and" glued to the name after it.
  std::string glued(text);
  for (std::size_t p = 0; (p = glued.find("and", p)) != std::string::npos; p += 3)
    if ((p == 0 || glued[p - 1] == ' ' || glued[p - 1] == ',') && p + 3 < glued.size() && glued[p + 3] >= 'A' &&
        glued[p + 3] <= 'Z')
      glued.insert(p + 3, " ");
  // "MoriondoG .", "KlessenR .S .", "ReedM.N.", "ThomasC .Marshall": an initial glued after a name of three letters or
  // more (not "R.McG.", whose "Mc" is the initial's, nor "PhD.").
  for (std::size_t p = 3; p < glued.size(); ++p) {
    if (glued[p] < 'A' || glued[p] > 'Z') continue;
    const unsigned char before = static_cast<unsigned char>(glued[p - 1]);
    if (!((before >= 'a' && before <= 'z') || (before >= 0x80 && before < 0xC0))) continue;
    std::size_t dot = p + 1;
    while (dot < glued.size() && glued[dot] == ' ') ++dot;
    if (dot == glued.size() || glued[dot] != '.') continue;
    std::size_t start = p;
    while (start > 0 && (is_alpha(glued[start - 1]) || static_cast<unsigned char>(glued[start - 1]) >= 0x80)) --start;
    if (p - start < 3 || glued.compare(start, 2, "Mc") == 0) continue;
    glued.insert(p, " ");
    ++p;
  }
  std::string_view v = glued;
  auto ascii_lower_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  auto letter_lead = [](char c) { return is_alpha(c) || (static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) < 0xE0); };
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) {
    // A lone capital: no letter (nor any byte of a UTF-8 character) before it.
    bool lone = v[i] >= 'A' && v[i] <= 'Z' && (i == 0 || !(is_alpha(v[i - 1]) || static_cast<unsigned char>(v[i - 1]) >= 0x80));
    s += v[i];
    if (!lone) continue;
    std::size_t j = i + 1;
    while (j < v.size() && v[j] == ' ') ++j;
    if (j == v.size() || v[j] != '.') continue;
    s += '.';  // "S .Mrenna": the initial's period, the spaces before it dropped
    i = j;
    // "C.Cartier": a space after it when a word (a letter, then a small or non-ASCII one) follows; not before an
    // abbreviation of two letters ("S.Sn.", an Indonesian degree).
    std::size_t k = i + 1;
    if (k >= v.size() || !letter_lead(v[k])) continue;
    for (++k; k < v.size() && (static_cast<unsigned char>(v[k]) & 0xC0) == 0x80;) ++k;
    if (k == v.size() || !(ascii_lower_letter(v[k]) || (letter_lead(v[k]) && !is_alpha(v[k])))) continue;
    std::size_t end = k + 1;
    while (end < v.size() && (is_alpha(v[end]) || static_cast<unsigned char>(v[end]) >= 0x80)) ++end;
    if (end - (i + 1) <= 2 && end < v.size() && v[end] == '.') continue;
    s += ' ';
  }
  // "Pérez -García", "Gonzalez- Guillen": a hyphen with a space on one side only, between letters, joins.
  auto letter = [](char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; };
  for (std::size_t p = 1; p + 1 < s.size(); ++p)
    if (s[p] == '-' && (s[p - 1] == ' ') != (s[p + 1] == ' ')) {
      std::size_t a = s[p - 1] == ' ' ? p - 1 : p, b = s[p + 1] == ' ' ? p + 1 : p;
      if (a > 0 && b + 1 < s.size() && letter(s[a - 1]) && letter(s[b + 1])) s.erase(a == p ? b : a, 1);
    }
  return s;
}

// One comma piece of a list of names (after tidy_initials): "and" or "&" glued before the name ("andM. Skold",
// ",and P.Z. Skands", "&Whiston"); initials in brackets after the family name ("Bonhomme (Fl.)", "ASSMAN (J.)",
// French humanities' styles) read as "Bonhomme, Fl.".
std::string tidy_name_piece(std::string_view v) {
  for (std::string_view w : {"and", "&"})
    if (v.size() > w.size() + 1 && v.substr(0, w.size()) == w &&
        (v[w.size()] == ' ' || (v[w.size()] >= 'A' && v[w.size()] <= 'Z'))) {
      v = trim(v.substr(w.size()));
      break;
    }
  std::string s(v);
  // The brackets round initials (with their periods: not "(EPA)") dropped.
  std::size_t open = s.find('(');
  std::size_t close = open == std::string::npos ? std::string::npos : s.find(')', open);
  if (close != std::string::npos && open > 0 && close + 1 == s.size() && s.find('.', open) < close &&
      all_initials(std::string_view(s).substr(open + 1, close - open - 1)))
    s = std::string(strip_edges(s.substr(0, open))) + ", " + s.substr(open + 1, close - open - 1);
  return s;
}

// "Bundesministerium für Familie, Senioren, Frauen und Jugend", "Ministry of Health, Labour and Welfare", "Department
// of Health, Education, and Welfare": an organisation listing its remits with commas.  Its first comma piece an
// organisation's name (an organisation's word and a connector: "für", "of"), each piece after it capitalised words of
// no person (no initial, no period, no known given name) and connectors, the last with "und", "and", "&", "y" or "et":
// the whole name, else "".
std::string organisation_with_commas(std::string_view s) {
  if (s.find_first_of(";/") != std::string_view::npos) return "";
  std::vector<std::string> pieces = split_list(std::string(s), ",");
  if (pieces.size() < 2) return "";
  auto connector = [](std::string_view w) {
    return w == "of" || w == "for" || w == "für" || w == "de" || w == "des" || w == "du" || w == "der" ||
           w == "la" || w == "del" || w == "the" || w == "on";
  };
  auto conjunction = [](std::string_view w) { return w == "and" || w == "und" || w == "&" || w == "y" || w == "et"; };
  std::vector<std::string_view> head = split_words(pieces[0]);
  if (head.size() < 3 || !is_corporate_name(head) || std::none_of(head.begin(), head.end(), connector)) return "";
  bool joined = false;
  for (std::size_t i = 1; i < pieces.size(); ++i) {
    std::vector<std::string_view> words = split_words(pieces[i]);
    if (words.empty() || words.size() > 5) return "";
    for (std::string_view w : words) {
      if (conjunction(w)) {
        joined = joined || i + 1 == pieces.size();
        continue;
      }
      if (connector(w)) continue;
      if (!capitalised(w) || w.find('.') != std::string_view::npos || is_initials(w) || known_given_name(w)) return "";
    }
  }
  if (!joined) return "";
  return collapse_space(without_closing_period(s));
}

}  // namespace

std::vector<Creator> split_names(std::string_view text) {
  std::string s = std::string(text);
  // "et al.", "u. a." and "u.a." (German), "i in." (Polish), "ve ark." (Turkish), "and others" end the list, their
  // period cut or not (the list's own period goes before split_names sees it: "Plasser, Fritz u. a").
  auto erase_et_al = [](std::string& s) {
    std::string low = ascii_lower(s);  // byte for byte: cut with s
    for (std::string_view tail : {"et al", "et. al", "u. a", "u.a", "i in", "ve ark", "and others", "others", "etal"}) {
      for (std::size_t p = low.find(tail); p != std::string::npos; p = low.find(tail, p + 1)) {
        std::size_t end = p + tail.size();
        // A word of its own: "Xi Inman", "Lu, A." hold no "i in" nor "u. a"; nor does "HILPERT, M. u. A. SCHMIDT"
        // (the "a" of "u. a." in lower case: "und andere").
        if ((p == 0 || !is_alpha(s[p - 1])) && (end == s.size() || !is_alpha(s[end]) || tail == "et al") &&
            !(tail[0] == 'u' && s[end - 1] != 'a')) {
          s.erase(p);
          low.erase(p);
          break;
        }
      }
    }
  };
  // "M. Ackermann et al. (Fermi-LAT)": persons, the collaboration's name after them; not "ATLAS Collab. (G. Aad et
  // al.)", the collaboration before its members in brackets.
  if (std::size_t p = ascii_lower(s).find("et al"); p != std::string::npos && s.rfind('(', p) == std::string::npos)
    erase_et_al(s);
  if (std::string name = organisation_with_commas(s); !name.empty()) {
    Creator c;
    c.literal = std::move(name);
    return {c};
  }
  // "Academy of Public Administration", "Ministry of Economy and Finance",
  // "OECD Observatory of Public Sector Innovation": an organisation (no
  // comma, a connecting word, or what names.cpp calls corporate).
  // "ASSMAN (J.)": a name with its initials in brackets (tidy_name_piece), not an organisation.
  if (s.find(',') == std::string::npos && s.find(';') == std::string::npos && tidy_name_piece(s) == s) {
    std::vector<std::string_view> words = split_words(s);
    bool connector = false;
    for (std::string_view w : words)
      connector = connector || w == "of" || w == "for" || w == "the" || w == "on" || w == "des" || w == "für";
    // "B. G. Peters & J. Pierre" (APA's editors after "In"): persons with initials joined by "&" or "and", not one
    // organisation for its "&".
    std::vector<std::vector<std::string_view>> persons(1);
    for (std::string_view w : words)
      if (w == "&" || w == "and") persons.emplace_back();
      else persons.back().push_back(w);
    bool initialled_persons = persons.size() >= 2;
    for (const auto& p : persons) {
      bool initial = false, family = false;
      for (std::string_view w : p) {
        if (is_initials(w) && w.find('.') != std::string_view::npos) initial = true;
        else if (capitalised(w) && !is_corporate_name({w})) family = true;
        else initialled_persons = false;
      }
      initialled_persons = initialled_persons && initial && family;
    }
    if (words.size() >= 2 && !initialled_persons && (connector || is_corporate_name(words))) {
      Creator c;
      c.literal = collapse_space(without_closing_period(s));
      return {c};
    }
    if (words.size() == 1 && group_acronym(s)) {
      Creator c;
      c.literal = std::string(without_closing_period(s));
      return {c};
    }
  }
  erase_et_al(s);
  s = tidy_initials(s);
  // "Diekmann, Andreas/Preisendörfer, Peter", "Ellguth, Peter / Kohaut, Susanne": German styles' '/' between names
  // (a letter or '.' before it, a letter after it, spaces round it or not).
  for (std::size_t p = 1; p + 1 < s.size(); ++p) {
    if (s[p] != '/') continue;
    std::size_t a = p, b = p + 1;
    while (a > 0 && s[a - 1] == ' ') --a;
    while (b < s.size() && s[b] == ' ') ++b;
    if (a > 0 && b < s.size() && (is_alpha(s[a - 1]) || s[a - 1] == '.' || (unsigned char)s[a - 1] >= 0x80) &&
        (is_alpha(s[b]) || (unsigned char)s[b] >= 0xC3))
      s[p] = ';';
  }
  // " i ": Russian's, Polish's and Croatian's "and" between persons, an initial or a comma before it or an initial
  // after it ("Ivanov I.I. i Petrov P.P.", "Ivanov, I. I., i Petrov, P. P.", "S. Fëdorov i A. Nikolaev": one person
  // or "i Petrov" a family name before); not Catalan's double family name, "Orra i Rafanell J.", "Puig i Cadafalch"
  // ("i in." went with erase_et_al).
  for (std::size_t p = s.find(" i "); p != std::string::npos; p = s.find(" i ", p + 1)) {
    const bool after_initial = p + 4 < s.size() && s[p + 3] >= 'A' && s[p + 3] <= 'Z' && s[p + 4] == '.';
    if (p > 0 && (s[p - 1] == '.' || s[p - 1] == ',' || after_initial)) s.replace(p, 3, "|");
  }
  // " - ": the Italian styles' separator ("J. BLITZER - R. MCDONALD"); " u. ": German's "und" cut short ("HILLMANN,
  // F. u. T. KRINGS"; "u. a." went with erase_et_al).
  for (const char* sep : {" and ", " & ", " und ", " u. ", " AND ", " y ", ";", " et ", " - ", " \xE2\x80\x93 "}) {
    std::size_t p;
    while ((p = s.find(sep)) != std::string::npos) s.replace(p, std::string(sep).size(), "|");
  }
  std::vector<std::string> pieces;
  // "Hall, H. K., Jr.": a generational suffix is the name's before it, not a name.
  std::vector<std::string> suffixes;
  std::vector<std::size_t> part_of;  // which '|' part each piece is in: names across parts are not paired
  std::vector<bool> company;  // the piece is a company's name with its legal form
  std::size_t part_no = 0;
  for (const std::string& part : split_list(s, "|"))
    for (const std::string& piece : (++part_no, split_list(part, ","))) {
      std::string tidy = tidy_name_piece(strip_edges(piece, true));
      // "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches)", "Thibault, G. (Mme. de Chambure)", "Piebalgs, Andris
      // (Member of the European Commission ...)": a note on the person (a real name, a role) after the given names, not
      // a name of the list (not "(with H. Halén)", "(EPA Region 4)" after an organisation's words).
      if (std::size_t open = tidy.find('('); open != std::string::npos && open > 0 && tidy.back() == ')') {
        std::string_view head = strip_edges(std::string_view(tidy).substr(0, open), true);
        std::string_view note = std::string_view(tidy).substr(open + 1, tidy.size() - open - 2);
        if (!head.empty() && (all_initials(head) || given_names(head)) && note.find(' ') != std::string_view::npos &&
            note.find(')') == std::string_view::npos && capitalised(note) && find_word(ascii_lower(note), "and") ==
            std::string::npos && note.find('&') == std::string_view::npos)
          tidy = std::string(head);
      }
      std::string_view v = strip_edges(tidy, true);
      if (v.empty()) continue;
      std::string lw = ascii_lower(v);
      if (!lw.empty() && lw.back() == '.') lw.pop_back();
      if (!pieces.empty() && (lw == "jr" || lw == "sr" || lw == "jnr" || lw == "snr" || v == "II" || v == "III" || v == "IV")) {
        suffixes.back() = std::string(v);
        continue;
      }
      // "AECOM Technical Services, Inc. (AECOM)", "Tetra Tech, Inc.": a company's legal form after a comma ends its
      // name, one organisation.
      std::string_view form = std::string_view(lw).substr(0, lw.find_first_of(" .("));
      if (!pieces.empty() && part_of.back() == part_no &&
          (form == "inc" || form == "ltd" || form == "llc" || form == "corp" || form == "gmbh" || form == "plc")) {
        pieces.back() += ", " + std::string(v);
        company.back() = true;
        continue;
      }
      if (std::string caps = capitals_family_first(v); !caps.empty()) pieces.push_back(std::move(caps));
      else pieces.emplace_back(v);
      suffixes.emplace_back();
      part_of.push_back(part_no);
      company.push_back(false);
    }
  // "D. M. Mount, …, and A. Y. Wu.", "K. Chen and X. Li.": in a list written given name first, the list's closing
  // period after the last family name is no abbreviation's: "Wu." read as one ("Ch.", "Th.") made the person stray
  // initials, dropped, and "Wang." kept it.  Not in "Brown, Th.", family first.
  auto given_first = [](std::string_view piece) {
    std::vector<std::string_view> w = split_words(piece);
    if (w.size() < 2 || w.back().size() < 2 || !(w.back()[0] >= 'A' && w.back()[0] <= 'Z')) return false;
    for (std::size_t k = 0; k + 1 < w.size(); ++k)
      if (!is_initials(w[k]) || w[k].find('.') == std::string_view::npos) return false;
    std::string_view family = w.back();
    if (family.back() == '.') family.remove_suffix(1);
    return family.size() >= 2 && std::all_of(family.begin() + 1, family.end(), [](char c) {
             return (c >= 'a' && c <= 'z') || c == '-' || static_cast<unsigned char>(c) >= 0x80;
           });
  };
  if (!pieces.empty() && given_first(pieces.front()) && given_first(pieces.back()) && pieces.back().back() == '.' &&
      !company.back())
    pieces.back().pop_back();
  // Every piece a single word: "Family, Given, Family, Given".  Not CJK names written solid, "张毅, 孙洪坤": each is
  // a whole name, family and given together.
  bool single_words = pieces.size() >= 2 && pieces.size() % 2 == 0;
  for (const std::string& p : pieces) single_words = single_words && split_words(p).size() == 1 && !is_cjk_word(p);
  std::vector<bool> full_given = full_given_name_pairs(pieces);
  std::vector<Creator> out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::string name = pieces[i];
    if (company[i]) {
      Creator c;
      c.literal = collapse_space(name);
      out.push_back(std::move(c));
      continue;
    }
    bool pair = false;
    if (i + 1 < pieces.size() && part_of[i] == part_of[i + 1] && !company[i + 1]) {
      // "LOH, N. C.": a family name of three capitals looks like initials, but has no dots where they have.
      bool family_first = !all_initials(pieces[i]) ||
                          (pieces[i].find('.') == std::string::npos && pieces[i + 1].find('.') != std::string::npos);
      // "Della Porta, Donatella", "Bodley Scott, Ronald": a name's two pieces alone in their part, a family of two or
      // three capitalised words, one given name.
      bool alone = (i == 0 || part_of[i - 1] != part_of[i]) && (i + 2 >= pieces.size() || part_of[i + 2] != part_of[i]);
      std::vector<std::string_view> fw = split_words(pieces[i]);
      bool two_word_family = alone && fw.size() >= 2 && fw.size() <= 3 && split_words(pieces[i + 1]).size() == 1 &&
                             given_names(pieces[i + 1]) && !all_initials(pieces[i + 1]) &&
                             std::all_of(fw.begin(), fw.end(), [](std::string_view x) {
                               return capitalised(x) && x.find('.') == std::string_view::npos && !is_initials(x);
                             });
      // "Arránz Becker, Oliver; Lois, Daniel; Nauck, Bernhard": a one-word family alone in its part with a known given
      // name after it (not "Smith, Jones and Brown", three families).
      bool known_given_pair = alone && fw.size() == 1 && capitalised(fw[0]) && fw[0].find('.') == std::string_view::npos &&
                              split_words(pieces[i + 1]).size() == 1 && known_given_name(pieces[i + 1]);
      if (all_initials(pieces[i + 1]) && family_first) pair = true;
      else if (single_words || (!full_given.empty() && full_given[i]) || two_word_family || known_given_pair) pair = true;
    }
    if (pair) name += ", " + pieces[++i];
    if (all_initials(name)) continue;  // stray initials
    Creator c = parse_ris_name(name);
    if (!suffixes[i].empty() && c.suffix.empty()) c.suffix = suffixes[i];
    else if (pair && !suffixes[i - 1].empty() && c.suffix.empty()) c.suffix = suffixes[i - 1];
    if (!c.empty()) out.push_back(std::move(c));
  }
  // "ISF/IAB/WZB (Hg.)", "DGB/IGM": every piece capitals without a dot, no name's initials then but organisations'
  // acronyms, which the stray initials' rule above would drop, all of them.
  if (out.empty()) {
    bool acronyms = !pieces.empty();
    for (const std::string& p : pieces)
      acronyms = acronyms && split_words(p).size() == 1 && p.size() >= 2 && p.find('.') == std::string::npos &&
                 all_initials(p);
    for (std::size_t i = 0; acronyms && i < pieces.size(); ++i) {
      Creator c;
      c.literal = pieces[i];
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::string normalize_page_range(std::string_view s) {
  std::string p = normalize_pages(s);
  std::string_view v = p;
  for (const char* w : {"pp", "pages", "page", "p", "s", "pgs", "ss"}) strip_leading_word(v, w);
  v = strip_edges(v);
  // First run of page characters: digits/letters ("e1234", "S12") with one '-'.
  std::size_t at = 0;
  std::string_view a = first_number(v, &at);
  if (a.empty()) return std::string(v);
  std::size_t start = at;
  if (start > 0 && is_alpha(v[start - 1]) && (start == 1 || !is_alpha(v[start - 2]))) --start;  // e1234, S12
  // "I-511": page 511 of part I; the part's numeral [from, to) is kept.
  auto part_numeral = [&](std::size_t from, std::size_t to) {
    if (to <= from || to - from > 4 || (from > 0 && is_alpha(v[from - 1]))) return false;
    return v.substr(from, to - from).find_first_not_of("IVX") == std::string_view::npos;
  };
  if (start >= 2 && start == at && v[start - 1] == '-') {
    std::size_t r = start - 1;
    while (r > 0 && is_alpha(v[r - 1])) --r;
    if (part_numeral(r, start - 1)) start = r;
  }
  std::size_t e = at + a.size();
  std::string first(v.substr(start, e - start));
  std::size_t k = e;
  while (k < v.size() && v[k] == ' ') ++k;
  if (k < v.size() && v[k] == '-') {
    ++k;
    while (k < v.size() && (v[k] == ' ' || v[k] == '-')) ++k;
    std::size_t b0 = k;
    std::size_t r = k;
    while (r < v.size() && is_alpha(v[r])) ++r;
    if (r + 1 < v.size() && v[r] == '-' && is_digit(v[r + 1]) && part_numeral(k, r)) k = r + 1;  // "I-518"
    else if (k < v.size() && is_alpha(v[k]) && k + 1 < v.size() && is_digit(v[k + 1])) ++k;
    std::size_t digits = k;
    while (k < v.size() && is_digit(v[k])) ++k;
    if (k > digits) {
      std::string last(v.substr(digits, k - digits));
      // "123-7" -> "123-127": the last page written with its changing digits.
      if (last.size() < a.size()) {
        std::string full = std::string(a.substr(0, a.size() - last.size())) + last;
        if (std::atol(full.c_str()) >= std::atol(std::string(a).c_str())) last = full;
      }
      return first + "-" + std::string(v.substr(b0, digits - b0)) + last;
    }
  }
  return first;
}

namespace {

// "A16", "B428": a series letter glued to a volume (physics journals).
bool lettered_volume(std::string_view w) {
  return w.size() >= 2 && w.size() <= 5 && w[0] >= 'A' && w[0] <= 'Z' &&
         w.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

// The parts of a volume span: "Vol. 3, Part A", "14(2):974-983", "2009;108(2):",
// "No. 4", "n°59".  `issue_span`: the span was labelled issue.  `colon_issue`: set when the issue is read from
// "83: 1," ending the span (the pages not in it), which is the first page where the reference has no other pages
// ("Phys. Rep., 467: 1, 2008.").
void read_volume_span(std::string_view s, bool issue_span, Record& r, bool* colon_issue = nullptr) {
  std::vector<Token> toks = tokenize(s);
  auto word = [&](std::size_t i) { return s.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  std::string volume, issue, pages;
  int expect = issue_span ? 1 : 0;  // 0 volume, 1 issue, 2 pages
  bool explicit_kw = false;
  bool volume_unmarked = false;  // the volume is a number no "Vol." came before
  for (std::size_t i = 0; i < toks.size(); ++i) {
    std::string_view w = word(i);
    std::string lw = ascii_lower(w);
    if (lw == "vol" || lw == "volume" || lw == "vols" || lw == "bd" || lw == "band" || lw == "v" || lw == "tome" ||
        lw == "jg" || lw == "t") {
      // "(ICLS-10) (Vol. 2,": the number after the word is the volume, not one ending an acronym before it.
      if (volume_unmarked && issue.empty() && pages.empty()) volume.clear();
      expect = 0, explicit_kw = true;
      continue;
    }
    // GOST's "№ 4", "Вып. 2" (выпуск): the issue; "Т. 5" (том) the volume.
    if (w == "\xD0\xA2" || w == "\xD1\x82" || w == "\xD0\xA2\xD0\xBE\xD0\xBC" || w == "\xD1\x82\xD0\xBE\xD0\xBC") {
      if (volume_unmarked && issue.empty() && pages.empty()) volume.clear();
      expect = 0, explicit_kw = true;
      continue;
    }
    if (lw == "no" || lw == "nr" || lw == "n" || lw == "issue" || lw == "heft" || lw == "h" || lw == "num" ||
        lw == "number" || lw == "iss" || lw == "#" || lw == "\xC2\xB0" || w == "\xE2\x84\x96" ||
        w == "\xD0\x92\xD1\x8B\xD0\xBF" || w == "\xD0\xB2\xD1\x8B\xD0\xBF") {
      expect = 1, explicit_kw = true;
      continue;
    }
    if (lw == "pp" || lw == "p" || lw == "s") {
      expect = 2;
      continue;
    }
    if (lw == "suppl" || lw == "supplement" || lw == "part" || lw == "pt") {
      // "Suppl 2", "Part A": kept with the current number.
      std::string* target = expect == 1 ? &issue : &volume;
      if (!target->empty() && i + 1 < toks.size()) {
        *target += " " + std::string(w) + " " + std::string(word(i + 1));
        ++i;
      }
      continue;
    }
    // "제13권", "第58巻", "제2호", "第3号" (Korean, Japanese, Chinese): the volume's or the issue's number between its
    // marks.
    {
      std::string_view core = w;
      for (std::string_view pre : {"\xEC\xA0\x9C", "\xE7\xAC\xAC"})  // 제 第
        if (starts_with(core, pre)) core.remove_prefix(pre.size());
      int kind = -1;
      for (std::string_view suf : {"\xEA\xB6\x8C", "\xE5\xB7\xBB", "\xE5\x8D\xB7"})  // 권 巻 卷
        if (core.size() > suf.size() && ends_with(core, suf)) core.remove_suffix(suf.size()), kind = 0;
      for (std::string_view suf : {"\xED\x98\xB8", "\xE5\x8F\xB7", "\xE8\x99\x9F", "\xE6\x9C\x9F"})  // 호 号 號 期
        if (kind < 0 && core.size() > suf.size() && ends_with(core, suf)) core.remove_suffix(suf.size()), kind = 1;
      if (kind >= 0 && all_digits(core)) {
        std::string& target = kind == 0 ? volume : issue;
        if (target.empty()) target = std::string(core);
        expect = kind + 1;
        continue;
      }
    }
    bool number = !w.empty() && (is_digit(w[0]) || (lettered_volume(w) && expect == 0 && volume.empty()) ||
                                 (w.size() <= 6 && (w[0] == 'I' || w[0] == 'V' || w[0] == 'X') &&
                                  w.find_first_not_of("IVXLC") == std::string_view::npos));
    if (number) {
      // "제2호, 2017b,": a year with its letter (author-date styles' "2017a", "2017b") is the date's, never a number.
      if (w.size() == 5 && all_digits(w.substr(0, 4)) && w[4] >= 'a' && w[4] <= 'z') {
        int y = std::atoi(std::string(w.substr(0, 4)).c_str());
        if (y >= 1800 && y <= 2039) {
          if (r.issued.year == 0) r.issued.year = y;
          continue;
        }
      }
      // "2009;108": a year before ';' is the date, not the volume.
      if (w.size() == 4 && i + 1 < toks.size() && word(i + 1) == ";" && !explicit_kw) {
        if (r.issued.year == 0) r.issued.year = std::atoi(std::string(w).c_str());
        continue;
      }
      // "2022 Feb | 16;17(2)" (Vancouver): the day after the date's month.
      if (w.size() <= 2 && i == 0 && i + 1 < toks.size() && word(i + 1) == ";" && r.issued.month != 0 &&
          r.issued.day == 0) {
        int day = std::atoi(std::string(w).c_str());
        if (day >= 1 && day <= 31) {
          r.issued.day = day;
          continue;
        }
      }
      // "2012 45(6)", "2010, 211 (11)": a year before a volume with its
      // issue is the date too.
      if (w.size() == 4 && !explicit_kw && expect == 0 && volume.empty()) {
        int y = std::atoi(std::string(w).c_str());
        std::size_t k = i + 1 < toks.size() && word(i + 1) == "," ? i + 2 : i + 1;
        if (y >= 1800 && y <= 2039 && k + 1 < toks.size() && is_digit(word(k)[0]) && word(k).size() <= 4 &&
            word(k + 1) == "(") {
          if (r.issued.year == 0) r.issued.year = y;
          i = k - 1;
          continue;
        }
      }
      std::string num(w);
      // "7/2004", "Nr. 6/2002", "Heft 3/2006": a German periodical's issue of that year (the number where it is
      // expected: a volume unless "Nr." or "Heft" came); the year after the slash is the date's, never the issue.
      // A double issue too: "6–7/2011", "1-2/2005".
      std::size_t slash = i + 1;
      if (w.size() <= 3 && all_digits(w) && i + 4 < toks.size() &&
          (word(i + 1) == "-" || word(i + 1) == "\xE2\x80\x93") && word(i + 2).size() <= 3 && all_digits(word(i + 2)) &&
          word(i + 3) == "/") {
        slash = i + 3;
        num += "-" + std::string(word(i + 2));
      }
      if (w.size() <= 3 && all_digits(w) && slash + 1 < toks.size() && word(slash) == "/" &&
          word(slash + 1).size() == 4 && all_digits(word(slash + 1)) && expect != 2) {
        int y = std::atoi(std::string(word(slash + 1)).c_str());
        if (y >= 1800 && y <= 2039) {
          if (r.issued.year == 0) r.issued.year = y;
          std::string& target = expect == 0 && volume.empty() ? volume : issue;
          if (target.empty()) target = num;
          expect = 2;
          i = slash + 1;
          continue;
        }
      }
      num = std::string(w);
      // "Heft 5, 61. Jg.", "240, 43. Jg., H. 2": German's volume as an ordinal before "Jg." (Jahrgang) is the volume
      // wherever it stands (before, "61" went to the pages, "43" to the issue); a number before it unmarked (the
      // periodical's running number) gives way.
      if (all_digits(w) && i + 2 < toks.size() && word(i + 1) == "." &&
          (iequals(word(i + 2), "jg") || iequals(word(i + 2), "jahrgang"))) {
        volume = num;
        i += 2;
        if (i + 1 < toks.size() && word(i + 1) == ".") ++i;
        expect = issue.empty() ? 1 : 2;
        explicit_kw = true;
        continue;
      }
      // "94/1" where the volume is expected: volume 94, issue 1 (OECD's "Vol. 94/1").
      if (expect == 0 && volume.empty() && i + 2 < toks.size() && word(i + 1) == "/" && !word(i + 2).empty() &&
          is_digit(word(i + 2)[0])) {
        volume = num;
        if (issue.empty()) issue = std::string(word(i + 2));
        i += 2;
        expect = 2;
        continue;
      }
      // "3-4", "3/4": one issue or volume range.
      if (i + 2 < toks.size() && (word(i + 1) == "-" || word(i + 1) == "/" || word(i + 1) == "\xE2\x80\x93") &&
          !word(i + 2).empty() && is_digit(word(i + 2)[0]) && expect != 2) {
        num += "-" + std::string(word(i + 2));
        i += 2;
      }
      if (expect == 0 && volume.empty()) {
        volume = num;
        volume_unmarked = !explicit_kw && i >= 2 && word(i - 1) == "-" && !is_digit(word(i - 2)[0]);
        expect = 1;
      } else if (expect == 1 && issue.empty()) {
        issue = num;
        expect = 2;
      } else if (pages.empty()) {
        pages = normalize_page_range(s.substr(toks[i].begin));
        break;
      }
      continue;
    }
    // "18 L95", "792 L32", "597 A6" (physics): the article's number after the volume, its locator.
    // Not "52 N5" (N for the issue's number).
    if (expect == 1 && !volume.empty() && issue.empty() && pages.empty() && i > 0 && word(i - 1) == volume &&
        w.size() >= 2 && w.size() <= 8 && w[0] >= 'A' && w[0] <= 'Z' && w[0] != 'N' && all_digits(w.substr(1))) {
      pages = std::string(w);
      expect = 2;
      continue;
    }
    if (w == ":" || w == ",") {
      // "14(2):974" / "14:974": what follows is pages, "Vol. 3, No. 4" not; but "20:5:", "36:8-9:" (the page after
      // the span's last colon): volume and issue.
      std::size_t k = i + 1;
      if (k < toks.size() && is_digit(word(k)[0]) && k + 2 < toks.size() && word(k + 1) == "-" && is_digit(word(k + 2)[0]))
        k += 2;
      bool issue_between_colons = w == ":" && !volume.empty() && issue.empty() && k + 1 == toks.size() - 1 &&
                                  is_digit(word(k)[0]) && word(k + 1) == ":";
      // "83: 1, 22-34" (Taylor & Francis's "Volume: Issue, Pages"): a number of one or two digits after the colon
      // and its space, a comma after it, is the issue (it was read as the first page, the pages after it lost).
      bool issue_before_comma = w == ":" && !volume.empty() && issue.empty() && pages.empty() && i + 2 < toks.size() &&
                                toks[i + 1].space_before && all_digits(word(i + 1)) && word(i + 1).size() <= 2 &&
                                word(i + 2) == "," && (i + 3 == toks.size() || is_digit(word(i + 3)[0]));
      if (issue_before_comma && i + 3 == toks.size() && colon_issue) *colon_issue = true;
      if (issue_between_colons || issue_before_comma) expect = 1;
      else if (w == ":" || (!volume.empty() && !issue.empty())) expect = 2;
      continue;
    }
    if (w == "(" && !volume.empty() && issue.empty()) expect = 1;
  }
  if (!volume.empty() && r.volume.empty()) r.volume = volume;
  if (!issue.empty() && r.issue.empty()) r.issue = issue;
  if (!pages.empty() && r.pages.empty()) r.pages = pages;
}

int month_of(std::string_view w) {
  // German and French stems beside the English three letters (months.hpp).
  static const char* const names[][2] = {
      {"januar", "janv"}, {"februar", "févr"}, {"märz", "mars"}, {"april", "avr"}, {"mai", "mai"},   {"juni", "juin"},
      {"juli", "juil"},   {"august", "août"},  {"sept", "sept"}, {"okt", "oct"},   {"nov", "nov"},   {"dez", "déc"}};
  std::string lw = ascii_lower(w);
  if (lw.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (starts_with(lw, month_abbreviation(m + 1))) return m + 1;
    for (const char* n : names[m])
      if (starts_with(lw, n)) return m + 1;
  }
  return 0;
}

void read_date(std::string_view s, Date& d) {
  std::vector<Token> toks = tokenize(s);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    std::string_view w = s.substr(toks[i].begin, toks[i].end - toks[i].begin);
    std::string_view digits = w;
    // "2011a": a year with a disambiguating letter; "(19992)", "(1970a2)": a year (lettered or not) in brackets with
    // its edition's superscript digit after it, the PDF's text putting it on the line.
    if (w.size() == 5 && is_alpha(w[4])) digits = w.substr(0, 4);
    // "c2018" (NLM's copyright year, "Bethesda (MD): NCI; c2018"): the year.
    else if (w.size() == 5 && (w[0] == 'c' || w[0] == 'C') && all_digits(w.substr(1))) digits = w.substr(1);
    else if ((w.size() == 5 || (w.size() == 6 && is_alpha(w[4]))) && w.back() >= '2' && w.back() <= '9' &&
             all_digits(w.substr(0, 4)) && i > 0 && s[toks[i - 1].begin] == '(')
      digits = w.substr(0, 4);
    // "May2003", "Aug2013": OCR glued the month to the year.
    if (w.size() >= 7 && is_alpha(w[0]) && all_digits(w.substr(w.size() - 4)) && is_alpha(w[w.size() - 5])) {
      int m = month_of(w.substr(0, w.size() - 4));
      if (m && d.month == 0) d.month = m;
      if (m) digits = w.substr(w.size() - 4);
    }
    if (digits.size() == 4 && digits.find_first_not_of("0123456789") == std::string_view::npos) {
      int y = std::atoi(std::string(digits).c_str());
      if (y >= 1400 && y <= 2100 && d.year == 0) d.year = y;
    } else if (int m = month_of(w); m && d.month == 0 && w.size() <= 9) {
      d.month = m;
      if (i > 0) {
        std::string_view p = s.substr(toks[i - 1].begin, toks[i - 1].end - toks[i - 1].begin);
        if (p.size() <= 2 && is_digit(p[0])) d.day = std::atoi(std::string(p).c_str());
      }
      if (d.day == 0 && i + 1 < toks.size()) {
        std::string_view n = s.substr(toks[i + 1].begin, toks[i + 1].end - toks[i + 1].begin);
        if (n.size() <= 2 && is_digit(n[0])) d.day = std::atoi(std::string(n).c_str());
      }
    }
  }
  if (d.day > 31) d.day = 0;
  if (d.year == 0) {
    std::string_view t = strip_edges(s);
    if (!t.empty()) d.text = std::string(t);  // "n.d.", "in press", "forthcoming"
    d.month = d.day = 0;
  }
}

bool contains_word(std::string_view text, std::string_view word) {
  return find_word(ascii_lower(text), word) != std::string::npos;
}

// A month written alone: its English name or abbreviation ("June", "Jul", "Sept."), strictly ("Marseille" and
// "Decision" are none); `abbreviated` when short, `dotted` when a period follows.
int month_word(std::string_view w, bool& abbreviated, bool& dotted) {
  dotted = !w.empty() && w.back() == '.';
  if (dotted) w.remove_suffix(1);
  std::string lw = ascii_lower(w);
  for (int m = 1; m <= 12; ++m) {
    if (lw == ascii_lower(month_name(m))) return abbreviated = false, m;
    if (lw == ascii_lower(month_abbreviation(m)) || (m == 9 && lw == "sept")) return abbreviated = true, m;
  }
  return 0;
}

// "Lancet Oncol. Jul", "Gen Dent May-June", "Eur Spine J. 2015 Apr", "Engineering Command, Pacific. 2 November": the
// issue's date a journal or publisher span ran on into (Vancouver, AMA, reports), cut from the end of `s` (stripped of
// its edges) into `d` where `d` has no month yet.  A publisher's date follows a period or comma ("Press of May" is a
// name); a journal's abbreviated month a year or no period ("Sci Mar", "Rev. Biol. Mar." are names).
std::string_view cut_date_tail(std::string_view s, Date& d, bool publisher) {
  std::size_t sp = s.find_last_of(' ');
  if (sp == std::string_view::npos) return s;
  std::string_view last = s.substr(sp + 1);
  // "May-June", "Jul/Aug": a range of months, the first the issue's.
  int month = 0;
  bool abbreviated = false, dotted = false, mar = false;
  for (std::size_t p = 0; p <= last.size();) {
    std::size_t q = last.find_first_of("-/", p);
    if (q == std::string_view::npos) q = last.size();
    bool a = false, dot = false;
    int m = month_word(last.substr(p, q - p), a, dot);
    if (!m) return s;
    if (!month) month = m;
    abbreviated = abbreviated || a;
    dotted = dotted || dot;
    mar = mar || (m == 3 && a);
    p = q + 1;
  }
  std::string_view head = trim(s.substr(0, sp));
  // A day or a year before it.
  int day = 0, year = 0;
  if (std::size_t h = head.find_last_of(' '); h != std::string_view::npos) {
    std::string_view n = head.substr(h + 1);
    if (n.find_first_not_of("0123456789") == std::string_view::npos && !n.empty()) {
      int v = std::atoi(std::string(n).c_str());
      if (n.size() <= 2 && v >= 1 && v <= 31) day = v;
      else if (n.size() == 4 && v >= 1800 && v <= 2039) year = v;
      if (day || year) head = trim(head.substr(0, h));
    }
  }
  if (strip_edges(head).size() < 2) return s;
  if (publisher) {
    if (head.back() != '.' && head.back() != ',') return s;
  } else if (!year && (dotted || mar)) {
    return s;
  }
  if (d.month == 0 && (d.year == 0 || year == 0 || d.year == year)) {
    d.month = month;
    d.day = day;
    if (d.year == 0) d.year = year;
  }
  return strip_edges(head, true);
}

// "IRIDIA, Université Libre de Bruxelles. Available at", "Presses de l'Enssib. Disponible à l'adresse", "Retrieved
// from": the words before a link that a span ran on into, cut from its end (stripped of its edges).
std::string_view cut_link_words(std::string_view s) {
  std::string low = ascii_lower(s);
  for (const char* w : {"available at", "available from", "available online at", "available online", "retrieved from",
                        "disponible \xC3\xA0 l'adresse", "disponible \xC3\xA0 l\xE2\x80\x99" "adresse", "disponible en",
                        "recuperado de", "online verf\xC3\xBCgbar unter",
                        // German's: "abrufbar unter", "online unter", "im Internet unter" (EXCITE's SSOAR references).
                        "online verf\xC3\xBCgbar", "verf\xC3\xBCgbar unter", "online abrufbar unter", "abrufbar unter",
                        "online abrufbar", "online unter", "im internet unter", "im internet", "download unter",
                        "erh\xC3\xA4ltlich unter", "einsehbar unter"}) {
    std::size_t n = std::strlen(w);
    // "Online verfügbar unter:" alone in a span: nothing of it is the field's.
    if (strip_edges(low) == w) return s.substr(0, 0);
    if (low.size() > n + 2 && low.compare(low.size() - n, n, w) == 0 && !is_alpha(low[low.size() - n - 1]))
      return strip_edges(s.substr(0, s.size() - n), true);
  }
  return s;
}

// A title the link follows: its lead-in cut (cut_link_words), and with the link right after it a lone "online",
// "unter", "URL" or "Internet" too ("Title, online: http://…", "Title, unter: www…").
std::string_view cut_title_link_words(std::string_view s) {
  std::string_view cut = cut_link_words(s);
  if (cut.size() < s.size()) return cut;
  std::string low = ascii_lower(s);
  for (const char* w : {"online", "unter", "url", "internet"}) {
    std::size_t n = std::strlen(w);
    if (low.size() > n + 2 && low.compare(low.size() - n, n, w) == 0 && !is_alpha(low[low.size() - n - 1]) &&
        low[low.size() - n - 1] != '-')
      return strip_edges(s.substr(0, s.size() - n), true);
  }
  return s;
}

// "Springer (Lecture Notes in Computer Science)", "Cham: Springer (Studies in Computational Intelligence)" (Harvard): a series in brackets after the publisher's name, and where its bracket opens, or npos.
std::size_t publisher_series_at(std::string_view s) {
  std::size_t open = s.rfind(" (");
  if (open == std::string_view::npos || open < 2) return std::string_view::npos;
  std::string_view inside = s.substr(open + 2);
  if (!inside.empty() && inside.back() == ')') inside.remove_suffix(1);  // strip_edges keeps a closed bracket
  if (inside.find(')') != std::string_view::npos) return std::string_view::npos;
  // A series' name: no comma or digit ("Third edit (New York University Press, New York, 2017" is none).
  if (inside.find_first_of(",0123456789") != std::string_view::npos) return std::string_view::npos;
  int words = 0;
  for (std::string_view w : split_list(std::string(inside), " ")) {
    if (w.empty()) continue;
    ++words;
    if (words == 1 && !(w[0] >= 'A' && w[0] <= 'Z')) return std::string_view::npos;
  }
  return words >= 3 ? open : std::string_view::npos;
}

// "Revue des pays de l'Ouest n°11", "Das Argument Nr. 80", "Bulletin No. 5": where an issue's keyword and number
// ending a span start, or npos.
std::size_t issue_number_at(std::string_view s) {
  std::size_t sp = s.find_last_of(' ');
  if (sp == std::string_view::npos) return sp;
  std::string_view last = s.substr(sp + 1);
  std::size_t start = sp + 1;
  std::string_view head = trim(s.substr(0, sp));
  // "No. 80", "Nr 80": the keyword a word of its own.
  std::string_view digits = last;
  if (std::size_t h = head.find_last_of(' '); !last.empty() && is_digit(last[0])) {
    std::string kw = ascii_lower(h == std::string_view::npos ? head : head.substr(h + 1));
    if (kw == "no." || kw == "nr." || kw == "nr" || kw == "n\xC2\xB0") start = h == std::string_view::npos ? 0 : h + 1;
    else return std::string_view::npos;
  } else {
    // "n°11", "No.5": glued.
    std::string low = ascii_lower(last);
    std::size_t k = starts_with(low, "n\xC2\xB0") ? 3 : starts_with(low, "no.") || starts_with(low, "nr.") ? 3 : 0;
    if (k == 0) return std::string_view::npos;
    digits = last.substr(k);
  }
  if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string_view::npos ||
      start == 0)
    return std::string_view::npos;
  return start;
}

// "Rangifer Special Issue", "IEEE Transactions on …, Special Issue on Distributed Artificial Intelligence": where a
// special issue's words start after a journal's name, or npos.
std::size_t special_issue_at(std::string_view s) {
  std::string low = ascii_lower(s);
  std::size_t p = find_word(low, "special issue");
  if (p == std::string::npos || p == 0) return std::string::npos;
  std::string_view head = strip_edges(s.substr(0, p));
  return head.empty() ? std::string::npos : p;
}

// "Anatomical Record Bd. 307", "PLoS ONE Vol. 7", "Zeitschrift Jg. 12": where a volume's keyword and number ending a
// journal's or a book's name start (DIN 1505, ISO 690), or npos.  The keyword is a word of its own and something
// comes before it.
std::size_t volume_number_at(std::string_view s) {
  std::size_t sp = s.find_last_of(' ');
  if (sp == std::string_view::npos) return sp;
  std::string_view digits = s.substr(sp + 1);
  if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return std::string_view::npos;
  std::string_view head = trim(s.substr(0, sp));
  std::size_t h = head.find_last_of(' ');
  if (h == std::string_view::npos) return h;
  std::string kw = ascii_lower(head.substr(h + 1));
  for (std::string_view w : {"bd.", "bd", "vol.", "vol", "jg.", "jg", "band", "volume"})
    if (kw == w) return strip_edges(head.substr(0, h)).empty() ? std::string_view::npos : h + 1;
  return std::string_view::npos;
}

// NLM's and Vancouver's date a web page was read, in a date span: "[cited 2020 May 3]", "2015 [cited 2020 May 3]",
// "[updated 2019 Jan 2; cited 2020 May 3]", "(accessed 3 May 2020)", "[Accessed: 12-Jan-2021]": where it starts in
// `s` (its bracket, or the word when no bracket opens right before it; an "updated" date before it in the bracket is
// the work's and stays), or npos.  `word`: where the word is.
std::size_t access_date_at(std::string_view s, std::size_t& word) {
  std::string low = ascii_lower(s);
  for (std::string_view w : {"cited", "accessed", "zugegriffen", "consult\xC3\xA9"}) {
    std::size_t p = find_word(low, w);
    if (p == std::string::npos) continue;
    // A date after the word (a year among its next 30 bytes).
    bool year = false;
    for (std::size_t k = p + w.size(); k + 4 <= low.size() && k < p + w.size() + 30 && !year; ++k)
      year = all_digits(low.substr(k, 4)) && (k + 4 == low.size() || !is_digit(low[k + 4])) &&
             (k == 0 || !is_digit(low[k - 1]));
    if (!year) continue;
    word = p;
    std::size_t open = low.find_last_of("[(", p);
    if (open == std::string::npos) return p;
    std::string_view between = trim(std::string_view(low).substr(open + 1, p - open - 1));
    return between.empty() ? open : p;  // "[updated 2019 Jan 2; cited …]": from the word
  }
  return std::string_view::npos;
}

// "First edit.", "2nd ed.", "Second edition", "3rd edn", "2. Aufl.", "Revised edition", "2e éd.": an edition
// statement, the whole of `s` (stripped of its edges).  `abbreviated`: only the abbreviated forms ("ed.", "edit.",
// "edn", "Aufl.", "éd."), which no title ends with.
bool edition_statement(std::string_view s, bool abbreviated = false) {
  std::vector<std::string> words = split_list(ascii_lower(trim(s)), " ");
  words.erase(std::remove(words.begin(), words.end(), std::string()), words.end());
  if (words.size() != 2) return false;
  const std::string& n = words[0];
  static const char* const kOrdinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                          "ninth", "tenth", "revised", "rev.", "new", "enlarged", "expanded"};
  bool ordinal = std::find_if(std::begin(kOrdinals), std::end(kOrdinals),
                              [&](const char* o) { return n == o; }) != std::end(kOrdinals);
  if (!ordinal && !n.empty() && is_digit(n[0])) {
    std::size_t d = n.find_first_not_of("0123456789");
    std::string suffix = d == std::string::npos ? "" : n.substr(d);
    ordinal = suffix == "." || ordinal_ending(suffix);  // 2nd, 2., 2e, 2ème
  }
  if (!ordinal) return false;
  std::string w = words[1];
  if (!w.empty() && w.back() == '.') w.pop_back();
  bool abbrev = w == "ed" || w == "edit" || w == "edn" || w == "aufl" || w == "\xC3\xA9" "d" || w == "ed.";
  return abbrev || (!abbreviated && (w == "edition" || w == "auflage" || w == "\xC3\xA9" "dition"));
}

// "Social Movements and Media. First edit.", "Social movements and media, First edit": where an edition statement
// ending a title starts (after ". ", or after ", " when abbreviated), or npos.
std::size_t title_edition_at(std::string_view t) {
  // The statement has two words, one of which may hold a '.' ("2. Aufl."): the last three marks at most.
  int tries = 0;
  for (std::size_t p = t.size(); p > 0 && tries < 3;) {
    p = t.find_last_of(".,", p - 1);
    if (p == std::string_view::npos || p == 0) break;
    if (p + 1 >= t.size() || t[p + 1] != ' ') continue;
    ++tries;
    std::string_view tail = strip_edges(t.substr(p + 1), true);
    if (edition_statement(tail, t[p] == ',') && !strip_edges(t.substr(0, p)).empty()) return p + 2;
  }
  return std::string_view::npos;
}

}  // namespace

bool empty_record(const Record& r) {
  return r.title.empty() && r.container_title.empty() && r.authors.empty() && r.editors.empty() &&
         r.issued.empty() && r.volume.empty() && r.issue.empty() && r.pages.empty() && r.publisher.empty() &&
         r.publisher_place.empty() && r.doi.empty() && r.url.empty();
}

Record to_record(std::string_view text, const std::vector<Token>& tokens, const std::vector<Label>& labels,
                 std::vector<DoiRepair>* repairs) {
  return to_record(text, tokens, labels, repairs, nullptr);
}

Record to_record(std::string_view text, const std::vector<Token>& tokens, const std::vector<Label>& labels,
                 std::vector<DoiRepair>* repairs, std::vector<KeptSpan>* kept) {
  // A DOI found in `s` (a span of `text`), its repair kept for the caller.
  auto doi_in = [&](std::string_view s) {
    DoiRepair repair;
    std::optional<std::string> d = find_doi(s, &repair);
    if (repairs && !repair.what.empty()) {
      repair.at += static_cast<std::size_t>(s.data() - text.data());
      repairs->push_back(std::move(repair));
    }
    return d;
  };
  // The spans: runs of one label, [begin of first token, end of last).
  struct Run {
    Label label;
    std::string_view text;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!runs.empty() && labels[i] == runs.back().label) {
      const char* b = runs.back().text.data();
      runs.back().text = std::string_view(b, text.data() + tokens[i].end - b);
    } else {
      runs.push_back({labels[i], text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)});
    }
  }
  // "Our World in Data. Energy production and consumption. 2023. https://ourworldindata.org/…": a title run opening
  // the reference, no authors nor editors labelled, whose first sentence is a name the link's host spells
  // (organisation_named_by_link) with more words after it: the name is the author, an organisation.
  {
    std::size_t ri = 0;
    while (ri < runs.size() && runs[ri].label == kCitationNumber) ++ri;
    const bool named = std::any_of(runs.begin(), runs.end(),
                                   [](const Run& run) { return run.label == kAuthor || run.label == kEditor; });
    if (!named && ri < runs.size() && runs[ri].label == kTitle) {
      std::string_view t = runs[ri].text;
      std::size_t dot = t.find(". ");
      if (dot != std::string_view::npos) {
        std::string_view tail = trim(t.substr(dot + 1));
        if (!strip_edges(tail).empty() && organisation_named_by_link(t.substr(0, dot), text)) {
          runs[ri].text = tail;
          runs.insert(runs.begin() + static_cast<std::ptrdiff_t>(ri), Run{kAuthor, t.substr(0, dot + 1)});
        }
      }
    }
  }
  // "Neri, F., Cotta, C. and Moscato, | P. (eds)", "NERI, F. ; COTTA, C. ; MOSCATO, | P. (Hrsg.):": a name list
  // the model labelled the authors up to its last name's given names and the editors after: one list, the
  // editors' (the author case below reads the editors' word after names).
  for (std::size_t ri = 0; ri + 1 < runs.size(); ++ri) {
    if (runs[ri].label != kAuthor || runs[ri + 1].label != kEditor) continue;
    std::string_view authors = trim(runs[ri].text), tail = strip_edges(runs[ri + 1].text, true);
    if (authors.empty() || authors.back() != ',' || !strip_trailing_editor_word(tail)) continue;
    tail = strip_edges(tail, true);
    if (tail.empty() || tail.find(',') != std::string_view::npos || split_list(tail, " ").size() > 3) continue;
    const char* b = runs[ri].text.data();
    runs[ri].text = std::string_view(b, runs[ri + 1].text.data() + runs[ri + 1].text.size() - b);
    runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(ri) + 1);
  }
  // "Alsina, Alex, Joan Bresnan, and Peter Sells (ed.). 1997.", "Ranganathan, CV, 2005, ed, Panchsheel …", "Rice, R.
  // E., and Atkin, C. K. (2013) (Eds.)": the first editors' span, when it is an editors' word alone right after the
  // names or after the date that follows them, makes them the editors.
  for (std::size_t ri = 1; ri < runs.size(); ++ri) {
    if (runs[ri].label != kEditor) continue;
    std::string word;
    for (char c : runs[ri].text)
      if (c != '(' && c != ')' && c != '.' && c != ',' && c != ':' && c != ' ') word += c;
    word = ascii_lower(word);
    if (word != "ed" && word != "eds" && word != "editor" && word != "editors" && word != "hrsg" && word != "hg" &&
        word != "dir" && word != "dirs" && word != "\xC3\xA9" "d" && word != "\xC3\xA9" "ds")
      break;
    std::size_t a = runs[ri - 1].label == kDate && ri >= 2 ? ri - 2 : ri - 1;
    if (runs[a].label == kAuthor) runs[a].label = kEditor;
    break;
  }
  // "Beck, U., & Bonß, W. (Hg.) (1988),", "Nicholson, M., … (Eds.). (2011).", "Seidl, David/Becker, Kai H. (2006)
  // (Hg.),", "Zapf, Wolfgang (1979) (Hrsg.),": the editors' word in brackets labelled into the date after the names
  // (or a note after that date) makes the names the editors, as an editors' span there does above (EXCITE: 44 books'
  // editors read as their authors).
  for (std::size_t ri = 0; ri + 1 < runs.size(); ++ri) {
    if (runs[ri].label == kCitationNumber) continue;
    if (runs[ri].label != kAuthor) break;
    bool editors = false;
    for (std::size_t k = ri + 1; k < runs.size() && k <= ri + 2 && !editors; ++k) {
      if (runs[k].label != kDate && runs[k].label != kNote) break;
      editors = bracketed_editor_word(runs[k].text);
    }
    if (editors) runs[ri].label = kEditor;
    break;
  }
  Record r;
  std::string genre_text, note_text;
  // A span read into no field (a second title run, a date after the work's...): kept in the annotation (not the
  // note: note_text also tells the type, a second title's "thesis" must not), and said (issue 11).
  std::string kept_text;
  auto keep = [&](std::string_view s, const char* why) {
    std::string_view v = strip_edges(s, true);
    if (v.empty()) return;
    kept_text += std::string(v) + " ";
    if (kept) kept->push_back({why, collapse_space(v), static_cast<std::size_t>(v.data() - text.data())});
  };
  bool journal = false, container = false, in_word = false, date_seen = false, report_kind_container = false;
  std::string paper_series;  // "HC", "Cm": a parliamentary paper's series labelled the journal
  std::string_view pages_text;  // the pages' span as written ("Article 101385")
  std::string year_volume;  // a volume span that is a year alone ("2004,")
  bool colon_issue = false;  // the issue read from a volume span's "83: 1," (read_volume_span)
  const bool journal_run = std::any_of(runs.begin(), runs.end(), [](const Run& run) { return run.label == kJournal; });
  for (std::size_t ri = 0; ri < runs.size(); ++ri) {
    const Run& run = runs[ri];
    std::string_view s = run.text;
    switch (run.label) {
      case kAuthor:
        if (r.authors.empty()) {
          std::string t = remove_words(std::string(s), {"by"});
          std::string_view names = strip_edges(t, true);
          // "Ders.:", "Dies. (1999):" (derselbe, dieselbe): the same author as the reference before, no person's
          // name; the reference's note says it.
          if (std::string_view v = names; !v.empty()) {
            if (v.back() == '.') v.remove_suffix(1);
            std::string w = ascii_lower(v);
            if (w == "ders" || w == "dies" || w == "derselbe" || w == "dieselbe" || w == "dieselben") {
              note_text += std::string(names) + " ";
              break;
            }
          }
          // A citation number glued to the first name ("17.Creed PA",
          // "38- Tsai WC", "[18] Koo") is not part of it.
          if (ri == 0) {
            std::string_view v = names;
            if (!v.empty() && v.front() == '[') v.remove_prefix(1);
            std::size_t d = 0;
            while (d < v.size() && d < 4 && is_digit(v[d])) ++d;
            if (d > 0 && d < 4 && d < v.size() && (v[d] == '.' || v[d] == '-' || v[d] == ')' || v[d] == ']'))
              names = strip_edges(v.substr(d + 1), true);
            // "189 van Rijn JN", "237 López-Ibáñez M" (numbered styles without a period): the number and a space
            // before a name that starts the reference.
            else if (d > 0 && d < 4 && v.size() > d + 1 && v[d] == ' ' && !is_digit(v[d + 1]))
              names = strip_edges(v.substr(d + 1), true);
          }
          bool dated = ri + 1 < runs.size() && runs[ri + 1].label == kDate && starts_with(runs[ri + 1].text, "(");
          // German social science's "Stadt Berlin, 2002:", "Schulreferat München 1991:": a year without brackets.
          bool dated_bare = ri + 1 < runs.size() && runs[ri + 1].label == kDate && year_opens(runs[ri + 1].text);
          std::vector<Creator> ff;
          if (std::string_view v = names; strip_trailing_editor_word(v)) {
            if (r.editors.empty()) r.editors = split_names(strip_edges(v, true));
            else keep(s, "a second editors' span");
          } else if (organisation_named_by_link(names, text)) {
            Creator c;
            c.literal = collapse_space(names);
            r.authors = {c};
          } else if (dated && organisation_before_date(names)) {
            Creator c;
            c.literal = collapse_space(names);
            r.authors = {c};
          } else if (ff = family_first_without_comma(names); !ff.empty()) {
            r.authors = std::move(ff);
          } else if (dated_bare && organisation_before_date(names) && organisation_shape(names)) {
            Creator c;
            c.literal = collapse_space(names);
            r.authors = {c};
          } else {
            r.authors = split_names(names);
            // "G. Arnison et al. [UA1 Collaboration]", "M. Ackermann et al. (Fermi-LAT)": the collaboration's name
            // (or a work's status, "Fues, T. et al. (i. E.)") after "et al.", which split_names cuts with it, is kept
            // (in the annotation).
            std::string low = ascii_lower(s);
            if (std::size_t p = low.find("et al"); p != std::string::npos) {
              std::size_t open = low.find_first_of("[(", p);
              std::size_t close = open == std::string::npos ? open : low.find(low[open] == '[' ? ']' : ')', open);
              std::string inside = close == std::string::npos ? "" : low.substr(open + 1, close - open - 1);
              inside.erase(std::remove(inside.begin(), inside.end(), '.'), inside.end());
              inside = std::string(trim(inside));
              // Not an editors' word ("C.S. Hong et al. (Eds.)": the names are the editors).
              bool editors = inside == "eds" || inside == "ed" || inside == "editors" || inside == "hrsg" ||
                             inside == "hg" || inside == "hgg";
              if (close != std::string::npos && !editors &&
                  trim(low.substr(p + 5, open - p - 5)).find_first_not_of(".,") == std::string::npos)
                keep(s.substr(open, close + 1 - open), "a bracket after 'et al.'");
            }
          }
        } else {
          keep(s, "a second authors' span");
        }
        break;
      case kEditor:
        if (r.editors.empty()) {
          std::string t(s);
          // "’, in D.S. Johnson and M.A. Trick (eds)": the title's closing quote and comma before "in" (before: "in"
          // stayed in the first name, "in D.S. Johnson").
          if (std::string_view v = skip_closing_marks(t); strip_leading_word(v, "in") || strip_leading_word(v, "dans"))
            t = std::string(v), in_word = true;
          t = remove_words(t, {"edited and translated by", "herausgegeben von", "hrsg. von", "hg. von", "hrsg. v.", "hg. v.", "\xC3\xA9" "dit\xC3\xA9 par",
                               "a cura di", "hginnen", "hgin", "hrsginnen", "hrsgin", "eds", "ed", "editors", "editor",
                               "edited by", "hrsg", "hg", "hgg", "dir", "dirs", "coord", "éd", "éds", "édit", "édits",
                               "red", "(eds.)", "by"});
          r.editors = split_names(strip_edges(t, true));
        } else {
          keep(s, "a second editors' span");
        }
        break;
      case kContributor: {
        // "translated by Douglas Martin", "Traduction de Chantal Thérond": the translators, as CSL-JSON names them.
        std::string t(strip_edges(s, true));
        std::string low = ascii_lower(t);
        if (starts_with(low, "translated by") || starts_with(low, "trans. by") || starts_with(low, "transl. by") ||
            starts_with(low, "traduction de") || starts_with(low, "traduit par") || starts_with(low, "traducci") ||
            starts_with(low, "tradu\xC3\xA7\xC3\xA3o de") || starts_with(low, "traduzione di") ||
            starts_with(low, "\xC3\xBC" "bersetzt von") || starts_with(low, "ubersetzt von")) {
          std::string names;
          std::size_t by = t.find(' ', t.find(' ') + 1);  // after the role's two words ("translated by")
          std::string_view who = by == std::string::npos ? std::string_view() : std::string_view(t).substr(by);
          for (const Creator& c : split_names(strip_edges(who, true)))
            names += (names.empty() ? "" : "; ") +
                     (c.is_literal() ? c.literal : c.full_family() + (c.given.empty() ? "" : ", " + c.given));
          if (!names.empty()) {
            r.extra.push_back({"translator", names, "csl-json"});
            break;
          }
        }
        r.add_extra("contributor", t);
        break;
      }
      case kTitle:
        if (r.title.empty()) {
          // "“Title.” In" with the "In" labelled into the title: it
          // introduces the container, editors or book after it.
          std::string_view t = strip_edges(s);
          bool book_after = ri + 1 < runs.size() && (runs[ri + 1].label == kContainer || runs[ri + 1].label == kJournal ||
                                                     runs[ri + 1].label == kEditor);
          for (std::string_view w : {"in", "dans"}) {
            std::size_t sp = t.size() > w.size() + 2 ? t.size() - w.size() - 1 : 0;
            // Only after the title's closing punctuation ("Futurism.” In").
            if (book_after && sp > 0 && t[sp] == ' ' && iequals(t.substr(sp + 1), w) &&
                strip_edges(t.substr(0, sp)).size() < sp) {
              t = strip_edges(t.substr(0, sp));
              in_word = true;
              break;
            }
          }
          // GB/T 7714's type mark ending the title ("医学生BMI 与体质测试指标相关性[J]", "Title[D]", "Title[EB/OL]"): the
          // kind of the work, not the title's words.
          t = strip_gbt_mark(t);
          // "Title, abrufbar unter: http://…": the link's lead-in, not the title's.
          if (ri + 1 < runs.size() && (runs[ri + 1].label == kUrl || runs[ri + 1].label == kDoi))
            t = cut_title_link_words(t);
          // "Title (in French)": the language, not the title's.
          std::size_t at = 0;
          if (std::string_view lang = language_note(t, at); !lang.empty()) {
            if (r.language.empty()) r.language = std::string(lang);
            t = strip_edges(t.substr(0, at));
          }
          // "Title (No. 214)", "Title [Doctoral dissertation, X]": the report's number, the thesis.
          std::string number, genre;
          if (std::size_t p = report_note(t, number, genre); p != std::string_view::npos) {
            t = strip_edges(t.substr(0, p));
            if (r.number.empty()) r.number = number;
            if (!genre.empty()) {
              genre_text += genre + " ";
              add_genre(r, genre);
            }
          }
          // "Title. TR/IRIDIA/2004-001.", "TR/IRIDIA/2014-012: Title", "Title. TIK-Report 214.": the report's
          // number and kind.
          if (number.empty()) {
            auto [from, to] = title_report_number(t, number, genre);
            if (!number.empty()) {
              t = strip_edges(t.substr(from, to - from));
              if (r.number.empty()) r.number = number;
              genre_text += "report " + genre + " ";
              if (!genre.empty()) add_genre(r, genre);
            }
          }
          // "Social Movements and Media. First edit.": the edition, not the title's (APA, Chicago, IEEE).
          if (std::size_t p = title_edition_at(t); p != std::string_view::npos) {
            r.add_extra("edition", collapse_space(strip_edges(t.substr(p), true)));
            t = strip_edges(t.substr(0, p));
          }
          r.title = collapse_space(strip_medium(t, false));
        } else {
          keep(s, "a second title span");
        }
        break;
      case kJournal:
      case kContainer:
        // "Social movements and media, First edit. Bingley": an edition statement alone is no container.
        if (edition_statement(strip_edges(s, true))) {
          r.add_extra("edition", collapse_space(strip_edges(s, true)));
          break;
        }
        // "Title. TIK-Report 214.", "Title. Research Report.": a report's kind, not a journal (its volume the number).
        // "Title. HC 1402. London": a UK parliamentary paper's series (House of Commons, House of Lords, Command
        // papers) labelled a journal, its number the volume.
        if (r.container_title.empty() && paper_series.empty())
          for (const char* code : {"HC", "HL", "Cm", "Cmnd", "Cd"})
            if (strip_edges(s) == code) {
              paper_series = code;
              s = {};
            }
        if (!paper_series.empty()) {
          keep(s, run.label == kJournal ? "a second journal span" : "a second container span");
          break;
        }
        if (r.container_title.empty() && report_kind(strip_edges(s))) {
          genre_text += "report ";
          add_genre(r, collapse_space(strip_edges(s)));
          report_kind_container = true;
          break;
        }
        if (r.container_title.empty()) {
          s = strip_edges(s, true);  // "”, in Book": the quote before "In" is the title's
          if (strip_leading_word(s, "in") || strip_leading_word(s, "dans")) in_word = true;
          // "(ed.) Book", "In: Hrsg. Handbuch": the editors' word is no part of it; nor "ders." ("In: ders., Werke":
          // the author's own book).
          strip_same_author(s);
          strip_editor_word(s);
          // "Genome Res. doi:10.1/x", "Frontiers in Immunology doi": a DOI
          // labelled into the span ends it.
          if (std::size_t p = find_word(ascii_lower(s), "doi"); p != std::string::npos && p > 0) {
            std::size_t e = p + 3;
            if (e == s.size() || s[e] == ':' || (s[e] == ' ' && e + 1 < s.size() && is_digit(s[e + 1]))) s = s.substr(0, p);
          }
          s = cut_link_words(strip_medium(s, true));
          s = strip_gbt_mark(s);  // "城市更新[J], p.95" (KISTI): after the journal
          // "Paper presented at the SPIE Optical Engineering + Applications": the event is the container, the
          // words before it the genre (APA).
          for (std::string_view w : {"paper presented at", "poster presented at", "presented at"}) {
            std::string_view v = s;
            if (v.size() > w.size() + 4 && istarts_with(v, w) && v[w.size()] == ' ') {
              std::string genre(strip_edges(v.substr(0, w.size())));
              v = trim(v.substr(w.size()));
              strip_leading_word(v, "the");
              genre_text += genre + " ";
              add_genre(r, genre);
              s = v;
              break;
            }
          }
          if (std::size_t p = special_issue_at(s); p != std::string::npos) {
            note_text += std::string(strip_edges(s.substr(p))) + " ";
            s = strip_edges(s.substr(0, p), true);
          }
          s = cut_date_tail(s, r.issued, false);
          // "Revue des pays de l'Ouest n°11", "Das Argument Nr. 80": the issue's number ending the journal.
          if (std::size_t p = issue_number_at(s); p != std::string_view::npos && run.label == kJournal) {
            if (r.issue.empty()) read_volume_span(s.substr(p), true, r);
            s = strip_edges(s.substr(0, p), true);
          }
          // "In: Anatomical Record Bd. 307,": the volume ending the journal's name (DIN 1505).
          if (std::size_t p = volume_number_at(s); p != std::string_view::npos) {
            if (r.volume.empty()) read_volume_span(s.substr(p), false, r);
            s = strip_edges(s.substr(0, p), true);
          }
          r.container_title = collapse_space(s);
          (run.label == kJournal ? journal : container) = true;
        } else if (std::string_view v = strip_edges(s, true);
                   r.get_extra("collection-title").empty() &&
                   ((ri > 0 && runs[ri - 1].label == kVolume && strip_leading_word(v, "of")) ||
                    istarts_with(v, "lecture notes in "))) {
          // "…, vol. 2345 of LNCS", "volume 60 of Math. Sci. Res. Inst. Publ." (the model labelled the series a
          // second container after the volume), Chicago's "15149:340–55. Lecture Notes in Computer Science.": the
          // book's series, as a span labelled the series reads (before: dropped).
          r.add_extra("collection-title", collapse_space(strip_edges(v, true)));
        } else {
          keep(s, run.label == kJournal ? "a second journal span" : "a second container span");
        }
        break;
      case kCollection: {
        // "Vol. 267 of Graduate Texts in Mathematics": the "of" joins the volume to the series' name.
        std::string_view v = strip_edges(s, true);
        if (ri > 0 && runs[ri - 1].label == kVolume && strip_leading_word(v, "of")) v = strip_edges(v, true);
        // "(=Beiträge zur Geschichte der Soziologie, Bd. 8)": German's "=" before the series.
        if (!v.empty() && v[0] == '=') v = strip_edges(v.substr(1), true);
        r.add_extra("collection-title", collapse_space(v));
        break;
      }
      case kDate:
        // NLM's "[cited 2020 May 3]" (alone, or after the work's year): the day the page was read, CSL's accessed,
        // never the work's date (before: a web page with no date of its own took the year it was read).
        if (std::size_t word = 0, at = access_date_at(s, word); at != std::string_view::npos) {
          Date seen;
          read_date(s.substr(word), seen);
          if (seen.year != 0 && r.get_extra("accessed").empty()) {
            r.add_extra("accessed", iso_date(seen, '-'));
          } else {
            keep(s.substr(at), "a second access date span");
          }
          s = s.substr(0, at);
          if (strip_edges(s).empty()) break;
        }
        // The first date is the work's; a later one is when it was
        // accessed or reprinted.
        if (!date_seen) {
          // "2020;11.", "2022 Nov 30;11:e7" (Vancouver): the volume after the date's ';' labelled into the date.
          // Not "Publisher; 2009." (AMA), where the year follows the semicolon.
          if (std::size_t semi = s.find(';'); semi != std::string_view::npos && r.volume.empty()) {
            std::string_view after = trim(s.substr(semi + 1));
            Date before;
            read_date(s.substr(0, semi), before);
            if (!after.empty() && is_digit(after[0]) && before.year != 0) {
              read_volume_span(after, false, r);
              s = s.substr(0, semi);
            }
          }
          // "c2000-01 [updated 2002 May 16; cited …]" (NLM's homepage): the copyright's years are the work's date,
          // the update's month and day not its (before: 2000-05-16); the update is the note's.  "[updated 2019 Jan
          // 2; cited …]" alone stays the work's date.
          if (std::size_t u = ascii_lower(s).find("[updated"); u != std::string::npos && u > 0) {
            Date before;
            read_date(s.substr(0, u), before);
            if (before.year != 0) {
              note_text += collapse_space(strip_edges(s.substr(u + 1))) + " ";
              s = s.substr(0, u);
            }
          }
          read_date(s, r.issued);
          std::string t = ascii_lower(r.issued.text);
          date_seen = r.issued.year != 0 || t == "n.d" || t == "nd" || t == "s.d" || t == "o.j" ||
                      t == "forthcoming" || t == "in press" || t == "im druck" || t == "sous presse" ||
                      t == "im erscheinen" || t == "in vorbereitung" || t == "to appear";
          if (!date_seen) {
            r.issued.text.clear();
            keep(s, "a date span holding no date");
          }
        } else if (ri > 0 && runs[ri - 1].label == kPublisher && in_word && !r.container_title.empty()) {
          // "In: …, editors. GeneReviews® [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2019."
          // (NLM's chapter): the dates after the book's publisher are the book's, for which CSL has no field.
          keep(s, "the book's dates after its publisher");
        } else {
          keep(s, "a date span after the work's date");
        }
        break;
      case kVolume:
        // "Vol. 267 of Graduate Texts in Mathematics": the number of a series named after it with "of" (no journal's)
        // is the series'.  Not "Vol. 379. Studies in Computational Intelligence", "Grundlehren ..., vol. 224": the
        // styles write a book's volume so (styles_sample.tsv's items hold it as their volume).
        if (std::string_view next = ri + 1 < runs.size() && runs[ri + 1].label == kCollection ? runs[ri + 1].text
                                                                                              : std::string_view();
            !journal_run && next.size() > 3 && next.substr(0, 3) == "of ") {
          // "II, volume 60 of Math. Sci. Res. Inst. Publ.": the book's part before the series' volume word.
          std::string low = ascii_lower(s);
          std::size_t word_at = std::string::npos;
          for (std::string_view w : {"vol", "volume"})
            for (std::size_t p = find_word(low, w); p != std::string::npos; p = find_word(low, w, p + 1))
              if (word_at == std::string::npos || p > word_at) word_at = p;
          if (word_at == std::string::npos) word_at = 0;
          Record series;
          read_volume_span(s.substr(word_at), false, series);
          if (!series.volume.empty()) {
            if (r.get_extra("collection-number").empty()) r.add_extra("collection-number", series.volume);
            // Only a number or roman numerals before it ("LFCS'97, volume 1234": the proceedings' acronym).
            std::string_view part = strip_edges(s.substr(0, word_at));
            if (!part.empty() && (is_digit(part[0]) || part.find_first_not_of("IVXLC") == std::string_view::npos))
              read_volume_span(part, false, r);
            break;
          }
        }
        // "in: DÖV, 64 (2011) 13, S. 504–510.", "European Law Journal, 16 (September 2010) 5, S. 578–588." (German
        // law and politics journals): the number after the volume's bracketed date, with the pages after it, is the
        // issue (it was lost: a second volume).  Without pages after it, physics' "Phys. Rev. B 30 (1984) 2." has its
        // first page there.
        if (std::string_view v = strip_edges(s); ri >= 2 && runs[ri - 1].label == kDate &&
                                                 runs[ri - 2].label == kVolume && !r.volume.empty() && r.issue.empty() &&
                                                 starts_with(trim(runs[ri - 1].text), "(") && !v.empty() &&
                                                 ri + 1 < runs.size() && runs[ri + 1].label == kPages &&
                                                 v.size() <= 5 && v.find_first_not_of("0123456789/-") ==
                                                                      std::string_view::npos) {
          read_volume_span(s, true, r);
          break;
        }
        if (std::string_view v = strip_edges(s); v.size() == 4 && v.find_first_not_of("0123456789") ==
                                                                      std::string_view::npos)
          year_volume = std::string(v);
        {
          const std::size_t sizes = r.volume.size() + r.issue.size() + r.pages.size();
          const int year = r.issued.year;
          read_volume_span(s, false, r, &colon_issue);
          if (sizes == r.volume.size() + r.issue.size() + r.pages.size() && year == r.issued.year)
            keep(s, "a second volume span");
        }
        break;
      case kIssue: {
        const std::size_t sizes = r.volume.size() + r.issue.size() + r.pages.size();
        const int year = r.issued.year;
        read_volume_span(s, true, r);
        if (sizes == r.volume.size() + r.issue.size() + r.pages.size() && year == r.issued.year)
          keep(s, "a second issue span");
        break;
      }
      case kPages:
        // "32 p.", "761 p.", "8 pages", "32 p., [44] p. of plates": the whole work's number of pages, no first page.
        if (std::string_view count = page_count_number(strip_edges(s, true)).empty()
                                         ? page_count_number(strip_edges(s.substr(0, s.find(',')), true))
                                         : page_count_number(strip_edges(s, true));
            !count.empty()) {
          if (r.get_extra("number-of-pages").empty()) r.add_extra("number-of-pages", std::string(count));
        } else if (r.pages.empty()) {
          r.pages = normalize_page_range(s);
          pages_text = strip_edges(s, true);
        } else {
          keep(s, "a second pages span");
        }
        break;
      case kPublisher:
        if (r.publisher.empty() && !unknown_place_or_publisher(s)) {
          std::string_view v = cut_link_words(strip_edges(s, true));
          // APA 7's "[Doctoral dissertation, Nazarbayev University]. NU Repository": the bracket's institution
          // is the publisher, the repository after it the archive.
          if (std::size_t close = v.find(']'); close != std::string_view::npos && v.substr(0, close).find('[') ==
                                                                                     std::string_view::npos) {
            std::string_view archive = strip_edges(v.substr(close + 1), true);
            if (!archive.empty()) r.add_extra("archive", collapse_space(archive));
            v = strip_edges(v.substr(0, close), true);
          }
          if (std::size_t p = publisher_series_at(v); p != std::string_view::npos) {
            r.add_extra("collection-title", collapse_space(strip_edges(v.substr(p), true)));
            v = strip_edges(v.substr(0, p), true);
          }
          // "IEEE Press 2013": the year, when it is the date's or there is none.
          if (std::size_t sp = v.rfind(' '); sp != std::string_view::npos && sp > 0) {
            std::string_view y = v.substr(sp + 1);
            int year = y.size() == 4 && y.find_first_not_of("0123456789") == std::string_view::npos
                           ? std::atoi(std::string(y).c_str())
                           : 0;
            if (year >= 1800 && year <= 2039 && (r.issued.year == 0 || r.issued.year == year)) {
              if (r.issued.year == 0) r.issued.year = year;
              v = strip_edges(v.substr(0, sp), true);
            }
          }
          r.publisher = collapse_space(without_closing_period(cut_date_tail(v, r.issued, true)));
        } else if (!r.publisher.empty()) {
          keep(s, "a second publisher span");
        }
        break;
      case kLocation:
        if (r.publisher_place.empty() && !unknown_place_or_publisher(s)) {
          std::string_view v = strip_edges(s, true);
          // "at Vienna, Austria", "in Boulder" (a conference's place): the word is no part of the place.
          if (!strip_leading_word(v, "at")) strip_leading_word(v, "in");
          // "Frankfurt a. M.", "Washington, D.C.", "Bern u. a." ("und andere"): the period of a one-letter
          // abbreviation is the place's; not "Boulder, CO." (abbreviation_dot keeps the company's "Co.").
          std::string_view p = strip_edges(cut_date_tail(cut_link_words(v), r.issued, true));
          if (p.size() >= 2 && p.data() + p.size() < s.data() + s.size() && p.data()[p.size()] == '.' &&
              ((p.back() >= 'A' && p.back() <= 'Z') || p.back() == 'a') && !is_alpha(p[p.size() - 2]))
            p = std::string_view(p.data(), p.size() + 1);
          r.publisher_place = collapse_space(p);
        } else if (!r.publisher_place.empty()) {
          keep(s, "a second place span");
        }
        break;
      case kEdition:
        r.add_extra("edition", collapse_space(strip_edges(s, true)));
        break;
      case kGenre: {
        genre_text += std::string(s) + " ";
        // "(NBER Working Paper No. 15639)": the kind, and the number.
        std::string number, genre;
        if (number_after_no(strip_edges(s), number, genre) && !genre.empty()) {
          if (r.number.empty()) r.number = number;
          add_genre(r, collapse_space(genre));
        } else {
          add_genre(r, collapse_space(strip_edges(s)));
        }
        break;
      }
      case kNote:
        // NLM's "[cited 2015 Jan 25]" labelled a note: the accessed date (the note keeps the words around it).
        if (std::size_t word = 0, at = access_date_at(s, word);
            at != std::string_view::npos && r.get_extra("accessed").empty()) {
          Date seen;
          std::size_t close = s.find_first_of("])", word);
          read_date(s.substr(word, close == std::string_view::npos ? std::string_view::npos : close - word), seen);
          if (seen.year != 0) {
            r.add_extra("accessed", iso_date(seen, '-'));
            note_text += std::string(s.substr(0, at)) + " ";
            if (close != std::string_view::npos) note_text += std::string(s.substr(close + 1)) + " ";
            break;
          }
        }
        note_text += std::string(s) + " ";
        break;
      case kCitationNumber:
        // The list's number ("[12]", "12."): no field of the work; one after the reference's opening is a span.
        if (ri > 0) keep(s, "a citation number span inside the reference");
        break;
      case kDoi:
        if (r.doi.empty()) {
          if (auto d = doi_in(s)) {
            r.doi = *d;
          } else if (std::string_view v = strip_edges(s); v.find("10.") != std::string_view::npos) {
            // "doi:10.123/x": labelled a DOI, and none.
            if (repairs)
              repairs->push_back({std::string(v), static_cast<std::size_t>(v.data() - text.data()), "not a DOI", ""});
          } else {
            keep(s, "a DOI span holding no DOI");
          }
        } else if (auto d = find_doi(s); !d || *d != r.doi) {
          keep(s, "a second DOI span");
        }
        break;
      case kUrl:
        if (r.url.empty()) {
          std::string_view u = strip_edges(s);
          // "Available from: https://...", "URL: www.x.org": the words before the link are none of it.
          for (std::string_view scheme : {"http://", "https://", "ftp://", "www."})
            if (std::size_t at = ascii_lower(u).find(scheme); at != std::string::npos && at > 0 &&
                                                              u.substr(0, at).find('/') == std::string_view::npos) {
              u = u.substr(at);
              break;
            }
          if (r.doi.empty() && find_doi(u)) r.doi = *doi_in(u);
          else r.url = std::string(u);
        } else if (std::string_view u = strip_edges(s); u.find(r.url) == std::string_view::npos) {
          keep(s, "a second link span");
        }
        break;
      case kIsbn: {
        std::string_view v = s;
        strip_leading_word(v, "isbn");
        std::string_view t = strip_edges(v);
        if (!t.empty()) r.isbn.emplace_back(t);
        break;
      }
      case kLabelCount:
        break;
    }
  }
  // "In: Proceedings of the International Computer Symposium : IEEE Press, 2004, S. 1006" (DIN 1505): a year alone
  // labelled the volume, in a reference with no date and a book's or proceedings' name (not a journal's: "Journal
  // 2012, 45." keeps its volume), is the year.
  if (r.issued.year == 0 && container && !journal && !year_volume.empty() && r.volume == year_volume) {
    int year = std::atoi(year_volume.c_str());
    if (year >= 1800 && year <= 2039) {
      r.issued.year = year;
      r.volume.clear();
    }
  }
  // "Int. J. Mod. Phys. A16, 707", "Phys. Rev. | A70": the series letter
  // glued to the volume, in the volume span or the journal's, is the
  // journal's ("Phys. Rev. A", volume 70), as Crossref names the journal.
  // In the journal's span after a space or after its last period with none
  // ("Phys .Rev.D64", "Nucl.Phys.B266": "Phys .Rev. D", volume 64).
  if (journal && !r.container_title.empty()) {
    std::size_t sp = r.container_title.find_last_of(" .");
    if (r.volume.empty() && sp != std::string::npos &&
        lettered_volume(std::string_view(r.container_title).substr(sp + 1))) {
      r.volume = r.container_title.substr(sp + 2);
      r.container_title.erase(sp + 2);
      if (r.container_title[sp] == '.') r.container_title.insert(sp + 1, " ");
    } else if (lettered_volume(r.volume)) {
      r.container_title += " " + r.volume.substr(0, 1);
      r.volume.erase(0, 1);
    }
  }
  // "JHEP 10 (2015) 155", "JCAP 05 (2006) 004": these two journals number their papers by year and month, the
  // number after the name the month's issue (Crossref: volume 2015, issue 10), not a volume.
  if (journal && r.issue.empty() && r.volume.size() <= 2 && all_digits(r.volume) && !r.volume.empty()) {
    std::string name = fold_words(r.container_title);
    int month = std::atoi(r.volume.c_str());
    if (month >= 1 && month <= 12 &&
        (name == "jhep" || name == "j high energy phys" || name == "journal of high energy physics" ||
         name == "jcap" || name == "j cosmol astropart phys" || name == "journal of cosmology and astroparticle physics")) {
      r.issue = std::move(r.volume);
      r.volume.clear();
    }
  }
  if (r.doi.empty())
    if (auto d = doi_in(text)) r.doi = *d;
  if (!note_text.empty()) r.add_extra("note", collapse_space(strip_edges(note_text)));
  // The kept spans in the annotation (CSL annote, biblatex annotation, BibTeX annote), which no standard style
  // prints: in the note, biblatex's standard styles printed them inside the entry ("Ideology … Essays. 1971. London:
  // New Left Books, 1970.", a reprint's year read as part of the work).
  if (!kept_text.empty()) r.add_extra("annote", collapse_space(strip_edges(kept_text)));
  // A meeting's proceedings: "In Proceedings of the 12th International
  // Conference on ...", "in Proc. IEEE Conf. Comput. Vis." (a journal's name
  // after "In" too; "Proceedings of the IEEE" without it is a journal).
  auto mentions = [](const std::string& text, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(), [&](const char* w) { return text.find(w) != std::string::npos; });
  };
  auto proceedings = [&] {
    return mentions(" " + ascii_lower(r.container_title),
                    {"proceedings", "conference", "symposium", "workshop", " proc.", " proc ", " conf."});
  };
  if (!paper_series.empty() && r.number.empty() && !r.volume.empty() && r.issue.empty() && r.pages.empty()) {
    r.number = paper_series + " " + r.volume;
    r.volume.clear();
  } else if (!paper_series.empty()) {
    r.container_title = paper_series;  // no number after it: a journal's name after all
  }
  if (report_kind_container && r.number.empty() && r.container_title.empty() && r.issue.empty()) {
    r.number = r.volume;
    r.volume.clear();
  }
  // A report: APA's number after the title ("(No. 214)"), or a laboratory,
  // school or university, not its press, as the publisher ("IRIDIA,
  // Université Libre de Bruxelles", "The Management School, Imperial College").
  auto institution_publisher = [&] {
    const std::string p = " " + ascii_lower(r.publisher);
    return mentions(p, {"universit", "laborator", " lab ", " school", "institut", " college", "department", " dept",
                        "centre", "center", "faculty", "ministry"}) &&
           !mentions(p, {"press", "verlag", "publish", "books", "editions", "\xC3\xA9" "ditions", "edizioni", "editorial"});
  };
  // A university alone, no laboratory or school of it, and no report number,
  // where the publisher stands: a thesis whose style leaves out the degree
  // ("Title. The University of Edinburgh.").
  auto university_alone = [&] {
    const std::string p = " " + ascii_lower(r.publisher) + " ";
    return mentions(p, {"universit"}) && !mentions(p, {",", " press", "laborator", " school", "institut", "department",
                                                       "centre", "center", "faculty", "verlag", "publish"});
  };
  // The type, from what the fields say.
  std::string kind = genre_text + " " + note_text;
  if (contains_word(kind, "thesis") || contains_word(kind, "dissertation") || contains_word(kind, "diss") ||
      contains_word(kind, "phd"))
    r.type = "thesis";
  else if (contains_word(kind, "report") || contains_word(kind, "working paper") ||
           contains_word(kind, "discussion paper") || contains_word(kind, "technical report"))
    r.type = "report";
  else if (!journal && !container && r.number.empty() && r.get_extra("collection-title").empty() && university_alone())
    r.type = "thesis";
  else if (!journal && !container && (!r.number.empty() || institution_publisher()))
    r.type = "report";
  else if (journal && !(in_word && proceedings()))
    r.type = "article-journal";
  else if (container || journal) {
    r.type = proceedings() ? "paper-conference" : "chapter";
  } else if (!r.editors.empty() && in_word)
    r.type = "chapter";
  else if (!r.publisher.empty() || !r.publisher_place.empty() || !r.isbn.empty())
    r.type = "book";
  else if (!r.url.empty())
    r.type = "webpage";
  else if (!r.volume.empty() || !r.pages.empty())
    r.type = "article-journal";
  else
    r.type = "document";
  // NLM's (Citing Medicine's) homepage, "PubMed [Internet]. Bethesda (MD): National Library of Medicine; [cited …].
  // Available from: https://pubmed.ncbi.nlm.nih.gov/", written as a book on the Internet is: a web page when its link
  // is the site's root or one folder of it ("https://www.ncbi.nlm.nih.gov/gene/"), or "[homepage on the Internet]"
  // says so; a book's or report's link goes further ("…/tb/publications/global_report/en/", "…/books/NBK1161/"), and
  // an edition ("13th ed.") or ISBN, pages, volume, number or editors make it a book or report whatever the link.
  if ((r.type == "book" || r.type == "report") && r.isbn.empty() && r.pages.empty() && r.volume.empty() &&
      r.number.empty() && r.editors.empty() && r.get_extra("edition").empty()) {
    const std::string low = ascii_lower(text);
    bool homepage = low.find("[homepage on the internet]") != std::string::npos;
    if (!homepage && low.find("[internet]") != std::string::npos && !r.url.empty()) {
      std::string_view u = r.url;
      std::size_t at = u.find("://");
      u.remove_prefix(at == std::string_view::npos ? 0 : at + 3);
      std::size_t slash = u.find('/');
      std::string_view path = slash == std::string_view::npos ? std::string_view() : u.substr(slash + 1);
      while (!path.empty() && path.back() == '/') path.remove_suffix(1);
      homepage = path.find_first_of("/?#.=") == std::string_view::npos;
      // A short link ("https://bit.ly/2XyZab1", "tinyurl.com/…") has one part but leads deep into a site: its
      // host a link shortener's, or its part a token of upper- and lower-case letters and digits, no folder's name.
      if (homepage && !path.empty()) {
        std::string_view host = u.substr(0, slash);
        if (starts_with(host, "www.")) host.remove_prefix(4);
        bool upper = false, lower = false, digit = false;
        for (char c : path) {
          upper |= c >= 'A' && c <= 'Z';
          lower |= c >= 'a' && c <= 'z';
          digit |= c >= '0' && c <= '9';
        }
        for (std::string_view k : {"bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly", "is.gd", "buff.ly", "tiny.cc",
                                   "rb.gy", "shorturl.at", "cutt.ly", "t.ly", "s.id", "lnkd.in", "j.mp", "v.gd",
                                   "bl.ink", "shorturl.me", "tiny.one", "rebrand.ly"})
          if (host == k) homepage = false;
        if (upper && lower && digit) homepage = false;
      }
    }
    if (homepage) r.type = "webpage";
  }
  // "Phys. Rep., 467: 1, 2008.": no pages after "Volume: N,": N is the first page, not the issue.
  if (colon_issue && r.pages.empty() && !r.issue.empty()) {
    r.pages = std::move(r.issue);
    r.issue.clear();
  }
  // An article's number where its pages stand, after a volume ("36(4), 101385.", "2(8), e124.", "36(4), Article
  // 101385."): CSL's number (Crossref's article-number), not the page.
  article_number_from_pages(r, pages_text);
  // "in: dies. (Hrsg.)", "in: ders., Almut Leh und Christoph Thonfeld (Hg.)": the editors' "ders."/"dies." is the
  // reference's authors ("the same"), not a person named so.
  for (std::size_t i = 0; i < r.editors.size(); ++i) {
    const Creator& e = r.editors[i];
    std::string w = ascii_lower(e.is_literal() ? e.literal : e.family);
    if (!e.given.empty() || !(w == "ders" || w == "dies" || w == "derselbe" || w == "dieselbe" || w == "dieselben"))
      continue;
    r.editors.erase(r.editors.begin() + static_cast<std::ptrdiff_t>(i));
    r.editors.insert(r.editors.begin() + static_cast<std::ptrdiff_t>(i), r.authors.begin(), r.authors.end());
    break;
  }
  if (empty_record(r)) return Record{};
  return r;
}

bool ordinal_ending(std::string_view s) {
  return s == "st" || s == "nd" || s == "rd" || s == "th" || s == "e" || s == "\xC3\xA8me" || s == "eme";
}

bool gbt_type_mark(std::string_view inside) {
  if (std::size_t slash = inside.find('/'); slash != std::string_view::npos) {
    if (inside.substr(slash) != "/OL") return false;
    inside = inside.substr(0, slash);
  }
  for (std::string_view m : {"J", "M", "D", "C", "R", "N", "P", "S", "Z", "A", "G", "DB", "CP", "EB"})
    if (inside == m) return true;
  return false;
}

bool article_number_locator(std::string_view written, std::string_view page) {
  if (page.empty() || page.find('-') != std::string_view::npos) return false;
  std::string low = ascii_lower(written);
  if (starts_with(low, "article") || starts_with(low, "art.") || starts_with(low, "art ")) return true;
  if (page.size() >= 4 && page[0] == 'e' && all_digits(page.substr(1))) return true;  // an ELocator: e124, e0229876
  return page.size() >= 6 && page.size() <= 9 && all_digits(page);                     // 101385, 160018
}

std::vector<Creator> family_first_without_comma(std::string_view names) {
  std::vector<std::string_view> pieces;
  for (std::string_view rest = names;;) {
    std::size_t c = rest.find(',');
    pieces.push_back(trim(rest.substr(0, c)));
    if (c == std::string_view::npos) break;
    rest = rest.substr(c + 1);
  }
  // A dotted initial ending a person of three words or more ("Bryson John M."): given-first writing puts it
  // between the names ("John M. Bryson").
  bool initial_last = false;
  bool all_known = true;
  std::vector<std::vector<std::string_view>> words;
  for (std::string_view piece : pieces) {
    std::vector<std::string_view> w = split_words(piece);
    if (w.size() < 2 || w.size() > 4) return {};
    for (std::size_t i = 0; i < w.size(); ++i) {
      std::string_view x = w[i];
      // A dotted initial after the given name ("Bryson John M."), else a capitalised word of letters.
      bool initial = i >= 2 && x.size() == 2 && x[1] == '.' && x[0] >= 'A' && x[0] <= 'Z';
      bool word = x.size() >= 2 && ((x[0] >= 'A' && x[0] <= 'Z') || static_cast<unsigned char>(x[0]) >= 0xC0) &&
                  std::all_of(x.begin() + 1, x.end(), [](char ch) {
                    return is_alpha(ch) || ch == '-' || ch == '\'' || static_cast<unsigned char>(ch) >= 0x80;
                  }) &&
                  std::any_of(x.begin() + 1, x.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (!initial && !word) return {};
      if (word && is_name_particle(x)) return {};
    }
    // "Robert Agranoff": a given name first, the list is written given name first.
    if (known_given_name(w[0])) return {};
    std::string_view last = w.back();
    initial_last = initial_last || (w.size() >= 3 && last.size() == 2 && last[1] == '.');
    // Otherwise each person two words, the second a known given name ("Agranoff Robert").
    all_known = all_known && w.size() == 2 && known_given_name(w[1]);
    words.push_back(std::move(w));
  }
  if (!initial_last && !all_known) return {};
  std::vector<Creator> out;
  for (const auto& w : words) {
    Creator c;
    c.family = std::string(w[0]);
    for (std::size_t i = 1; i < w.size(); ++i) c.given += (i > 1 ? " " : "") + std::string(w[i]);
    out.push_back(std::move(c));
  }
  return out;
}

void article_number_from_pages(Record& r, std::string_view written) {
  if (r.type == "article-journal" && (r.number.empty() || r.number == r.pages) && !r.volume.empty() &&
      article_number_locator(written.empty() ? std::string_view(r.pages) : written, r.pages)) {
    r.number = r.pages;
    r.pages.clear();
  }
}

std::string locator(const Record& r) {
  std::string_view pages = r.pages;
  if (!pages.empty()) return std::string(trim(pages.substr(0, pages.find('-'))));
  // In a volume: not a report's number in a reference typed an article ("(No. 2014005). … Laboratory").
  return r.type == "article-journal" && !r.volume.empty() ? r.number : std::string();
}

}  // namespace refnet::refparse

namespace refnet {

bool complete_reference(Reference& ref, std::vector<DoiRepair>* repairs) {
  if (ref.raw.empty()) return false;
  // The parser's DOI repairs count only when its DOI is taken.
  std::vector<DoiRepair> said;
  Record r = parse_reference(ref.raw, repairs && ref.doi.empty() ? &said : nullptr);
  if (repairs) std::move(said.begin(), said.end(), std::back_inserter(*repairs));
  if (refparse::empty_record(r)) return false;
  const Reference parsed = reference_from_record(r, "");
  bool changed = false;
  auto fill = [&](std::string& slot, const std::string& value) {
    if (slot.empty() && !value.empty()) {
      slot = value;
      changed = true;
    }
  };
  fill(ref.author, parsed.author);
  fill(ref.year, parsed.year);
  if (fold_words(parsed.title) != fold_words(ref.container)) fill(ref.title, parsed.title);
  if (fold_words(parsed.container) != fold_words(ref.title)) fill(ref.container, parsed.container);
  fill(ref.volume, parsed.volume);
  fill(ref.first_page, parsed.first_page);
  fill(ref.doi, parsed.doi);
  return changed;
}

}  // namespace refnet
