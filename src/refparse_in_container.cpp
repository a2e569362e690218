// The reference parser's rules for the book or journal a work stands "in" (session 61, issue 16): see
// refparse_in_container.hpp.  They read the labels the model and the earlier rules left (refparse.cpp's parse_labels).
#include "refparse_in_container.hpp"

#include <algorithm>
#include <string>

#include "refnet/text.hpp"
#include "refparse_detail.hpp"
#include "refparse_tokens.hpp"

namespace refnet::refparse {

namespace {

struct View {
  std::string_view text;
  const std::vector<Token>& toks;
  std::string_view word(std::size_t k) const { return text.substr(toks[k].begin, toks[k].end - toks[k].begin); }
  // A word: its first code point no punctuation (decoded: a curly quote or a dash is none).
  bool is_word(std::size_t k) const {
    std::string_view w = word(k);
    std::size_t i = 0;
    return !w.empty() && !detail::is_punct_cp(next_utf8(w, i));
  }
  bool digits(std::size_t k, std::size_t max_size) const {
    std::string_view w = word(k);
    return !w.empty() && w.size() <= max_size && w.find_first_not_of("0123456789") == std::string_view::npos;
  }
  bool capitalised(std::size_t k) const {
    std::string_view w = word(k);
    return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
  }
  bool dash(std::size_t k) const {
    std::string_view w = word(k);
    return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
  }
};

// A quotation mark: straight, curly, guillemets, German's low "„".
bool quote_mark(std::string_view w) { return detail::is_quote(w) || w == "\xE2\x80\x9E"; }

bool has_label(const std::vector<Label>& labels, Label l) {
  return std::find(labels.begin(), labels.end(), l) != labels.end();
}

}  // namespace

void book_after_in_without_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (has_label(labels, kJournal) || has_label(labels, kContainer)) return;
  View v{text, toks};
  const std::size_t a = first_labelled(labels, kTitle);
  const std::size_t b = past_labelled(labels, kTitle, a);
  if (a == b || a == 0 || std::find(labels.begin() + b, labels.end(), kTitle) != labels.end()) return;
  // Right after the names or the date ("Cuzzi, J. N. 1993, in …", "E. O. Thorp, in …").
  if (labels[a - 1] != kAuthor && labels[a - 1] != kDate) return;
  std::string_view in = v.word(a);
  if (in != "in" && in != "In") return;
  // The book's first word after "in" (and a colon or quote): capitalised, or a number ("in 10th Conference").
  std::size_t f = a + 1;
  while (f < b && !v.is_word(f) && (v.word(f) == ":" || detail::is_quote(v.word(f)))) ++f;
  if (f >= b || !v.is_word(f) || !v.capitalised(f)) return;
  std::size_t words = 0;
  for (std::size_t k = f; k < b; ++k) words += v.is_word(k) ? 1 : 0;
  if (words < 2 && !(words == 1 && v.word(f).size() >= 4)) return;
  bool book = false, editors = false;
  for (std::size_t k = b; k < n; ++k) {
    Label l = labels[k];
    editors = editors || l == kEditor;
    book = book || l == kEditor || l == kPublisher || l == kLocation || l == kPages || l == kVolume ||
           l == kCollection;
  }
  // "In Search of Excellence. New York: Harper" is a book's title: a capital "In" only with the editors after it.
  if (!book || (in == "In" && !editors)) return;
  for (std::size_t k = a; k < b; ++k) labels[k] = kContainer;
}

void journal_numbers_in_note_after_in(std::string_view text, const std::vector<Token>& toks,
                                      std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  View v{text, toks};
  // The journal (or container) opened by "in:", the note right after it.
  std::size_t a = 0;
  while (a < n && labels[a] != kJournal && labels[a] != kContainer) ++a;
  if (a + 2 >= n || !iequals(v.word(a), "in") || v.word(a + 1) != ":") return;
  const Label journal = labels[a];
  std::size_t c = past_labelled(labels, journal, a);
  if (c >= n || labels[c] != kNote) return;
  std::size_t e = past_labelled(labels, kNote, c);
  const bool volume_free = !has_label(labels, kVolume), issue_free = !has_label(labels, kIssue),
             pages_free = !has_label(labels, kPages);
  auto is_year = [&](std::size_t k) {
    if (!v.digits(k, 4) || v.word(k).size() != 4) return false;
    int y = std::atoi(std::string(v.word(k)).c_str());
    return y >= 1800 && y <= 2039;
  };
  auto label = [&](std::size_t from, std::size_t to, Label l) {
    for (std::size_t k = from; k < to; ++k) labels[k] = l;
  };
  // A number or a range of numbers at k ("365", "365–372", "1867-1872"): its end.
  auto range_end = [&](std::size_t k) {
    if (k >= e || !v.digits(k, 5)) return k;
    if (k + 2 < e && v.dash(k + 1) && v.digits(k + 2, 5)) return k + 3;
    return k + 1;
  };
  bool numbers_seen = false;  // a date, volume or issue read: a bare number after a colon is then a page
  for (std::size_t k = c; k < e;) {
    std::string_view w = v.word(k);
    if (w == "," || w == ";" || w == "." || w == ":") {
      ++k;
      continue;
    }
    // A day's date, "13.12.2001", "9.4.1994", "23.09.2009": the note's (the reference's date is read elsewhere).
    if (v.digits(k, 2) && k + 4 < e && v.word(k + 1) == "." && v.digits(k + 2, 2) && v.word(k + 3) == "." &&
        v.digits(k + 4, 4) && (v.word(k + 4).size() == 2 || v.word(k + 4).size() == 4)) {
      k += 5;
      numbers_seen = true;
      continue;
    }
    // The year alone before a comma or the note's end ("In: Baurecht 2012, 1867-1872.").
    if (is_year(k) && (k + 1 >= e || v.word(k + 1) == "," || v.word(k + 1) == "." || v.word(k + 1) == ";")) {
      ++k;
      numbers_seen = true;
      continue;
    }
    // "S. 3", "S. 365–372", "pp. 1-9": the pages.
    if ((w == "S" || iequals(w, "pp") || w == "p") && k + 2 < e && v.word(k + 1) == "." && v.digits(k + 2, 5)) {
      std::size_t end = range_end(k + 2);
      if (end < e && (v.word(end) == "f" || v.word(end) == "ff")) ++end;
      if (pages_free) label(k, end, kPages);
      k = end;
      break;  // nothing after the pages is the journal's
    }
    // "Nr. 63", "No. 2352", "H. 4", "Heft 4": the issue.
    if ((w == "Nr" || w == "No" || w == "H" || w == "Heft" || w == "nr" || w == "no") && k + 1 < e) {
      std::size_t d = v.word(k + 1) == "." ? k + 2 : k + 1;
      if (d < e && v.digits(d, 5)) {
        if (issue_free) label(k, d + 1, kIssue);
        k = d + 1;
        numbers_seen = true;
        continue;
      }
      break;
    }
    // "Bd. 3", "Jg. 14": the volume.
    if ((w == "Bd" || w == "Jg" || iequals(w, "vol")) && k + 2 < e && v.word(k + 1) == "." && v.digits(k + 2, 4)) {
      if (volume_free) label(k, k + 3, kVolume);
      k += 3;
      numbers_seen = true;
      continue;
    }
    if (!v.digits(k, 4)) break;
    // A range after the date or volume: the pages ("2012, 1867-1872", "03.09.1999: 11").
    std::size_t r = range_end(k);
    if (numbers_seen && (r > k + 1 || (k > c && v.word(k - 1) == ":"))) {
      if (pages_free) label(k, r, kPages);
      break;
    }
    if (numbers_seen) break;
    // The volume: "10/2003", "1/2008", "46", "113, 28. Jg." (the number and the ordinal before "Jg."), "6-7/2011".
    std::size_t end = k + 1;
    if (end + 1 < e && v.dash(end) && v.digits(end + 1, 3)) end += 2;
    if (end + 1 < e && v.word(end) == "/" && v.digits(end + 1, 4)) end += 2;
    if (end + 4 < e + 1 && end + 3 < e && v.word(end) == "," && v.digits(end + 1, 3) && v.word(end + 2) == "." &&
        (v.word(end + 3) == "Jg" || v.word(end + 3) == "Jahrgang")) {
      end += 4;
      if (end < e && v.word(end) == ".") ++end;
    }
    // "in: BOE núm. 6": the journal's name ends with the issue's word.
    std::size_t last = c;
    while (last > a && !v.is_word(last - 1)) --last;
    std::string low = ascii_lower(v.word(last - 1));
    bool issue_word = low == "nr" || low == "no" || low == "núm" || low == "num" || low == "heft" || low == "h";
    if (issue_word ? issue_free : volume_free) label(k, end, issue_word ? kIssue : kVolume);
    k = end;
    numbers_seen = true;
  }
}

void journal_ending_title_before_volume(std::string_view text, const std::vector<Token>& toks,
                                        std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (has_label(labels, kJournal) || has_label(labels, kContainer) || has_label(labels, kPublisher) ||
      has_label(labels, kEditor))
    return;
  View v{text, toks};
  const std::size_t a = first_labelled(labels, kTitle);
  const std::size_t b = past_labelled(labels, kTitle, a);
  if (a == b || b >= n || std::find(labels.begin() + b, labels.end(), kTitle) != labels.end()) return;
  // The volume right after the title (its punctuation aside).
  std::size_t f = b;
  while (f < n && !v.is_word(f) && labels[f] != kVolume && labels[f] != kPages) ++f;
  if (f >= n || (labels[f] != kVolume && labels[f] != kPages)) return;
  const bool pages_only = labels[f] == kPages;
  std::size_t e = b;  // the title without its closing punctuation
  while (e > a && !v.is_word(e - 1)) --e;
  if (e <= a) return;
  // The last piece: after a quotation's close, a sentence's period, or a comma.
  std::size_t p = e;
  bool comma = false;
  while (p > a) {
    std::string_view w = v.word(p - 1);
    if (w == "." || w == "," || w == "?" || w == "!" || quote_mark(w)) break;
    --p;
  }
  if (p <= a + 1) return;
  std::string_view mark = v.word(p - 1);
  std::size_t before = p - 1;  // the mark's index
  // Pages alone after it only where the title is quoted and the piece follows the quotation ("„Title“, Journal:
  // 109-116"): a book's chapter may print its pages after a subtitle.
  if (pages_only && !(quote_mark(mark) || (before > a && quote_mark(v.word(before - 1))))) return;
  if (mark == ",") {
    comma = true;
    // A comma right after a closing quotation ("«Title«, Journal") counts as the quotation's.
    if (before > a && quote_mark(v.word(before - 1))) comma = false;
  } else if (mark == ".") {
    // A sentence's period: after a closing quotation or a word of two letters or more (not "J.", "Ltd.", "Dr.").
    if (before == a || !toks[p].space_before) return;
    std::string_view last = v.word(before - 1);
    if (!quote_mark(last)) {
      if (!v.is_word(before - 1) || last.size() < 2) return;
      if (last.size() <= 3 && last[0] >= 'A' && last[0] <= 'Z') return;
    }
  } else if (mark != "?" && mark != "!" && !quote_mark(mark)) {
    return;
  }
  // The title holds a sentence's end or a quotation before a comma (a list's comma inside a title is no end).
  if (comma) {
    bool ended = false;
    for (std::size_t k = a; k < before && !ended; ++k) {
      std::string_view w = v.word(k);
      ended = w == "?" || w == "!" || quote_mark(w);
    }
    if (!ended) return;
  }
  // The piece: one to eight words, capitalised ones and connectors, no digits, a capitalised first word.
  static const char* const connectors[] = {"of", "the", "and", "for", "in", "on", "to", "an", "de", "des", "du", "la",
                                           "le", "les", "et", "und", "der", "die", "das", "für", "zur", "zum", "di",
                                           "della", "del", "e", "y", "van", "voor", "aus", "im", "am", "&"};
  std::size_t words = 0;
  for (std::size_t k = p; k < e; ++k) {
    std::string_view w = v.word(k);
    if (!v.is_word(k)) {
      if (w != "-" && w != "&" && w != ":" && w != "\xE2\x80\x93") return;
      continue;
    }
    ++words;
    if (w[0] >= '0' && w[0] <= '9') return;
    bool upper = static_cast<unsigned char>(w[0]) >= 0x80 || (w[0] >= 'A' && w[0] <= 'Z');
    if (!upper) {
      bool connector = false;
      for (const char* c : connectors) connector = connector || w == c;
      // "Arbeitsmarkt- und Berufsforschung": a word after a hyphen's "und".
      if (!connector) return;
    }
  }
  if (words == 0 || words > 8 || !v.is_word(p) || !((v.word(p)[0] >= 'A' && v.word(p)[0] <= 'Z') ||
                                                     static_cast<unsigned char>(v.word(p)[0]) >= 0x80))
    return;
  std::size_t title_words = 0;
  for (std::size_t k = a; k < before; ++k) title_words += v.is_word(k) ? 1 : 0;
  if (title_words < 3) return;
  // A book's series, as series_before_book_volume reads one after a journal's label: a book's volume word ("Bd. 2",
  // "Band 20", "Vol. 3", not a periodical's "Jg."), a place after it and no pages ("Homo Migrans. … Stuttgarter
  // Vorträge zur Zeitgeschichte. Bd. 2, Essen.").
  std::size_t ve = past_labelled(labels, kVolume, f);
  const std::string vol_word = ascii_lower(v.word(f));
  const bool series = !pages_only && ve < n && labels[ve] == kLocation && !has_label(labels, kPages) &&
                      (vol_word == "bd" || vol_word == "band" || vol_word == "vol" || vol_word == "volume" ||
                       vol_word == "tome");
  for (std::size_t k = p; k < b; ++k) labels[k] = series ? kCollection : kJournal;
}

namespace {

// "in", "In", French's "dans": the word opening a part of a book.
bool in_word(std::string_view w) { return iequals(w, "in") || iequals(w, "dans"); }

// An editors' word: "ed", "eds", "Hg", "Hrsg", "dir", "éd", "coord"; German's forms naming women editors, "(Hgin)",
// "(HgInnen)", "(Hrsginnen)".
bool editors_word(std::string_view w) {
  std::string lw = ascii_lower(w);
  return lw == "ed" || lw == "eds" || lw == "editor" || lw == "editors" || lw == "hrsg" || lw == "hg" || lw == "hgg" ||
         lw == "dir" || lw == "dirs" || lw == "\xC3\xA9" "d" || lw == "\xC3\xA9" "ds" || lw == "coord" ||
         lw == "hgin" || lw == "hginnen" || lw == "hrsgin" || lw == "hrsginnen";
}

// A single capital letter with its period ("C." of "C.G. Cereti"): an initial.
bool initial_at(const View& v, std::size_t k, std::size_t end) {
  std::string_view w = v.word(k);
  return w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && k + 1 < end && v.word(k + 1) == ".";
}

// The first token of the editors' span [a, b) after its punctuation when it is "in" (then the token after "in" and a
// colon), else b.
std::size_t after_in(const View& v, std::size_t a, std::size_t b) {
  std::size_t s = a;
  while (s < b && !v.is_word(s)) ++s;
  if (s >= b || !in_word(v.word(s))) return b;
  ++s;
  while (s < b && v.word(s) == ":") ++s;
  return s;
}

}  // namespace

void authors_before_in_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (has_label(labels, kAuthor)) return;
  View v{text, toks};
  std::size_t a = past_labelled(labels, kCitationNumber, 0);
  if (a >= n || labels[a] != kEditor || !v.is_word(a) || !v.capitalised(a)) return;
  std::size_t b = past_labelled(labels, kEditor, a);
  for (std::size_t k = a + 1; k + 1 < b; ++k) {
    std::string_view w = v.word(k);
    if (editors_word(w) || w == "(") return;  // "Smith (ed.) in": the editors of the work itself
    if (w != "in" || !toks[k].space_before) continue;
    std::size_t f = v.word(k + 1) == ":" ? k + 2 : k + 1;
    if (f >= b || !v.is_word(f) || !v.capitalised(f)) return;
    // Persons' names: an initial or two names joined ("Ekman & Friesen"); not "Arabische Liga, in: …" (an entry's
    // name, no author).
    std::size_t words = 0;
    bool persons = false;
    for (std::size_t t = a; t < k; ++t) {
      words += v.is_word(t) ? 1 : 0;
      std::string_view x = v.word(t);
      persons = persons || initial_at(v, t, k + 1) || x == "&" || x == "and" || x == "und" || x == "et";
    }
    if (words == 0 || words > 12 || !persons) return;
    for (std::size_t t = a; t < k; ++t) labels[t] = kAuthor;
    return;
  }
}

void container_in_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (has_label(labels, kJournal) || has_label(labels, kContainer)) return;
  View v{text, toks};
  const std::size_t a = first_labelled(labels, kEditor);
  if (a >= n) return;
  const std::size_t b = past_labelled(labels, kEditor, a);
  const std::size_t s = after_in(v, a, b);
  if (s >= b) return;
  // The editors' word and where the names after it start ("eds. C.G.", "(Hg. Karl", "hg. v. D.", "edited by X").
  std::size_t m = s;
  for (; m < b; ++m) {
    std::string_view w = v.word(m);
    if (editors_word(w) || (iequals(w, "edited") && m + 1 < b && iequals(v.word(m + 1), "by")) ||
        (iequals(w, "al") && m > s && iequals(v.word(m - 1), "et")))
      break;
  }
  if (m >= b) return;
  std::size_t p = m + 1;
  while (p < b && (v.word(p) == "." || iequals(v.word(p), "by") || iequals(v.word(p), "v") ||
                   iequals(v.word(p), "von")))
    ++p;
  const bool et_al = iequals(v.word(m), "al");
  auto label = [&](std::size_t from, std::size_t to, Label l) {
    for (std::size_t k = from; k < to; ++k) labels[k] = l;
  };
  if (!et_al && p < b && v.is_word(p)) {
    // The names after the editors' word: capitalised words, initials and connectors only.
    std::size_t words = 0;
    for (std::size_t k = p; k < b; ++k) {
      if (!v.is_word(k)) continue;
      std::string_view w = v.word(k);
      ++words;
      bool connector = w == "and" || w == "und" || w == "et" || w == "al" || w == "de" || w == "van" || w == "von" ||
                       w == "der" || w == "da";
      if (!connector && !v.capitalised(k)) return;
    }
    if (words == 0 || words > 16) return;
    // The book: from "In" to the editors' word, without the "(" or "," before it.
    std::size_t h = m;
    while (h > s && (v.word(h - 1) == "(" || v.word(h - 1) == "," || v.word(h - 1) == ";")) --h;
    std::size_t book_words = 0;
    for (std::size_t k = s; k < h; ++k) {
      std::string_view w = v.word(k);
      if (w == "," || w == "(" || w == ")" || w == "/" || w == "&" || initial_at(v, k, h)) return;
      book_words += v.is_word(k) ? 1 : 0;
    }
    if (book_words == 0 || !v.capitalised(s)) return;
    label(a, h, kContainer);
    return;
  }
  // Names before the editors' word closed by ")" or ",": the book is what the span holds after them.
  std::size_t q = p;
  bool closed = false;
  while (q < b && (v.word(q) == ")" || v.word(q) == "," || v.word(q) == "." || v.word(q) == ":")) {
    closed = closed || v.word(q) == ")" || v.word(q) == "," || v.word(q) == ":";
    ++q;
  }
  if (!closed || q >= b || !v.is_word(q) || !v.capitalised(q)) return;
  std::size_t book_words = 0;
  for (std::size_t k = q; k < b; ++k) {
    if (v.is_word(k)) ++book_words;
    if (initial_at(v, k, b) || editors_word(v.word(k))) return;
  }
  // One word only when no comma follows it ("(Eds.). Laboratorium (pp. 185-186)"); "(eds.) Women, | Culture and
  // Society": the model's span ends inside the book.
  if (book_words == 0 || (book_words == 1 && (v.word(q).size() < 4 || (q + 1 < n && v.word(q + 1) == ","))))
    return;
  label(q, b, kContainer);
}

void book_title_after_in_editors(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (has_label(labels, kJournal)) return;
  View v{text, toks};
  std::size_t t0 = first_labelled(labels, kTitle);
  if (t0 >= n) return;
  std::size_t a = past_labelled(labels, kTitle, t0);
  if (a >= n) return;
  std::size_t b = a;
  while (b < n && labels[b] == labels[a]) ++b;
  std::size_t relabel_to = a;  // "In:" labelled a container of its own and the names after it: the editors
  if (labels[a] == kContainer && b < n && (labels[b] == kAuthor || labels[b] == kEditor)) {
    std::size_t s = after_in(v, a, b);
    if (s != b) return;  // the container holds more than "In:"
    for (std::size_t k = a; k < b; ++k)
      if (v.is_word(k) && !in_word(v.word(k))) return;
    const Label names = labels[b];
    while (b < n && labels[b] == names) ++b;
    relabel_to = b;
  } else if (labels[a] != kEditor || after_in(v, a, b) >= b) {
    return;
  }
  for (std::size_t k = 0; k < n; ++k)
    if (labels[k] == kContainer && (k < a || k >= relabel_to)) return;
  std::size_t c = past_labelled(labels, kDate, b);
  if (c >= n || labels[c] != kTitle) return;
  std::size_t d = past_labelled(labels, kTitle, c);
  if (std::find(labels.begin() + d, labels.end(), kTitle) != labels.end()) return;
  std::size_t words = 0;
  for (std::size_t k = c; k < d; ++k) words += v.is_word(k) ? 1 : 0;
  if (words == 0) return;
  for (std::size_t k = a; k < relabel_to; ++k) labels[k] = kEditor;
  for (std::size_t k = c; k < d; ++k) labels[k] = kContainer;
}

void book_after_in_inside_title(std::string_view text, const std::vector<Token>& toks, std::vector<Label>& labels) {
  const std::size_t n = toks.size();
  if (has_label(labels, kJournal) || has_label(labels, kContainer)) return;
  View v{text, toks};
  const std::size_t a = first_labelled(labels, kTitle);
  if (a >= n) return;
  const std::size_t b = past_labelled(labels, kTitle, a);
  // The book's parts after the title: its editors or the chapter's pages.
  bool parts = false;
  for (std::size_t k = b; k < n; ++k) parts = parts || labels[k] == kEditor || labels[k] == kPages;
  if (!parts) return;
  std::size_t quotes = 0;
  for (std::size_t k = a + 1; k + 1 < b; ++k) {
    std::string_view before = v.word(k - 1);
    if (quote_mark(before)) ++quotes;
    if (!in_word(v.word(k)) || !toks[k].space_before) continue;
    bool closed = quote_mark(before) ? true : quotes % 2 == 0;
    bool mark = before == "," || before == "." || before == "?" || before == "!" || quote_mark(before);
    if (!mark || !closed) continue;
    std::size_t f = k + 1;
    while (f < b && quote_mark(v.word(f))) ++f;
    if (f >= b || !v.is_word(f) || !v.capitalised(f)) continue;
    std::string lw = ascii_lower(v.word(f));
    if (lw == "honour" || lw == "honor" || lw == "memory" || lw == "memoriam" || lw == "press") return;
    std::size_t before_words = 0, after_words = 0;
    for (std::size_t t = a; t < k; ++t) before_words += v.is_word(t) ? 1 : 0;
    for (std::size_t t = f; t < b; ++t) after_words += v.is_word(t) ? 1 : 0;
    if (before_words == 0 || after_words == 0 || (after_words == 1 && v.word(f).size() < 4)) return;
    // "In Arvid Brodersen (Ed.), Alfred Schutz: Collected Papers": the editors before their closing word, the book
    // after them.
    std::size_t book = k;
    for (std::size_t t = f; t + 2 < b; ++t) {
      if (v.word(t) != "(" || !editors_word(v.word(t + 1))) continue;
      std::size_t c = t + 2;
      if (c < b && v.word(c) == ".") ++c;
      if (c >= b || v.word(c) != ")") break;
      ++c;
      while (c < b && (v.word(c) == "," || v.word(c) == "." || v.word(c) == ":")) ++c;
      std::size_t rest = 0;
      for (std::size_t u = c; u < b; ++u) rest += v.is_word(u) ? 1 : 0;
      if (rest == 0) break;
      for (std::size_t u = k; u < c; ++u) labels[u] = kEditor;
      book = c;
      break;
    }
    for (std::size_t t = book; t < b; ++t) labels[t] = kContainer;
    return;
  }
}

}  // namespace refnet::refparse
