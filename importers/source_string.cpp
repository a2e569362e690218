// Source strings (PubMed CSV Citation, Ovid SO); see source_string.hpp.
#include "source_string.hpp"

#include <algorithm>

#include "refnet/importer.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

constexpr std::size_t npos = std::string_view::npos;

std::size_t ifind(std::string_view s, std::string_view what, std::size_t from = 0) {
  for (std::size_t i = from; i + what.size() <= s.size(); ++i)
    if (iequals(s.substr(i, what.size()), what)) return i;
  return npos;
}

std::string_view strip_end_dots(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';')) s = trim(s.substr(0, s.size() - 1));
  return s;
}

// A four-digit year standing alone (1800-2099), from `from`; npos if none.
std::size_t find_year(std::string_view s, std::size_t from = 0) {
  for (std::size_t i = from; i + 4 <= s.size(); ++i) {
    if (i > 0 && is_digit(s[i - 1])) continue;
    if (!(std::all_of(s.begin() + i, s.begin() + i + 4, is_digit))) continue;
    if (i + 4 < s.size() && is_digit(s[i + 4])) continue;
    if ((s[i] == '1' && s[i + 1] == '8') || (s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))
      return i;
  }
  return npos;
}

// "January", "Jan", "Sept.", "January/February", "Winter": a word of a date
// written before its year.  `months_only`: no season.
bool is_date_word(std::string_view w, bool months_only = false) {
  static constexpr std::string_view kWords[] = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december",
                                                "spring", "summer", "fall", "autumn", "winter"};
  w = strip_end_dots(w);
  if (w.empty()) return false;
  for (std::string_view part : split_list(w, "/-")) {
    std::string l = ascii_lower(strip_end_dots(part));
    if (l.empty()) continue;
    if (std::all_of(l.begin(), l.end(), is_digit) && l.size() <= 2) continue;  // a day
    const std::size_t n = months_only ? 12 : std::size(kWords);
    bool known = l.size() >= 3 && std::any_of(std::begin(kWords), std::begin(kWords) + n,
                                              [&](std::string_view k) { return starts_with(k, l); });
    if (!known) return false;
  }
  return true;
}

// The date of a clause holding a year ("2022 Mar", "2021 Nov 29",
// "Nov. 16, 2004", "June 2015"): parse_medline_date reads the year and what
// follows it; a month written before the year is left to the text.
Date date_of(std::string_view clause) {
  std::size_t y = find_year(clause);
  if (y == npos) return {};
  std::string_view year_on = clause.substr(y);
  year_on = year_on.substr(0, std::min(year_on.find_first_of(":;,"), year_on.find(". ")));
  std::string from_year(strip_end_dots(year_on));
  // "March 2018", "June 2015": the month before the year, as MEDLINE writes it after.
  std::string_view before = trim(clause.substr(0, y));
  std::string_view word = before.substr(before.find_last_of(' ') == npos ? 0 : before.find_last_of(' ') + 1);
  word = strip_end_dots(word);
  if (from_year.size() == 4 && word.size() >= 3 && is_date_word(word, true) && word.find_first_of("/-") == npos)
    from_year += " " + std::string(word.substr(0, 3));
  Date d = parse_medline_date(from_year);
  if (!d.year) {
    d = Date();
    d.year = std::stoi(std::string(clause.substr(y, 4)));
  }
  return d;
}

// Whether `at` is inside a bracket opened before it ("132(Suppl. 1)").
bool inside_brackets(std::string_view s, std::size_t at) {
  int depth = 0;
  for (std::size_t i = 0; i < at && i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && depth > 0) --depth;
  }
  return depth > 0;
}

// A date clause: its year or a month word first ("2022 Mar", "2021 Nov 29",
// "June 2015", "Nov. 16, 2004", "2007 15 June").
bool is_date_clause(std::string_view s) {
  s = trim(s);
  if (find_year(s) == 0) return true;
  if (find_year(s) == npos) return false;
  std::string_view w = s.substr(0, s.find(' '));
  return is_date_word(w);
}

// The content of the bracket opening at `open` (which is '('), nested
// brackets kept; `close` gets the index of its ')'.
std::string_view bracketed(std::string_view s, std::size_t open, std::size_t& close) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && --depth == 0) {
      close = i;
      return s.substr(open + 1, i - open - 1);
    }
  }
  close = s.size();
  return s.substr(open + 1);
}

void set_pages(std::string_view v, SourceParts& p) {
  v = strip_end_dots(v);
  if (v.empty() || istarts_with(v, "No Pagination")) return;
  if (p.pages.empty()) p.pages = expand_page_range(v);
}

// "53(2):334-347", "12 (Supplement 3) (no pagination)", "68 (3) (pp 45-50)",
// "75(2-A(E))", "3:617013": volume, issue, pages.  Returns where it stopped.
std::size_t read_locator(std::string_view s, SourceParts& p) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t v0 = i;
  while (i < s.size() && s[i] != '(' && s[i] != ':' && s[i] != ',' && s[i] != ';' && s[i] != ' ') ++i;
  std::string_view vol = s.substr(v0, i - v0);
  if (vol.empty() || !std::any_of(vol.begin(), vol.end(), is_digit)) return v0;
  p.volume = std::string(strip_end_dots(vol));
  for (;;) {
    std::size_t j = i;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j >= s.size()) return j;
    if (s[j] == '(') {
      std::size_t close = 0;
      std::string_view in = trim(bracketed(s, j, close));
      if (istarts_with(in, "pp")) set_pages(trim(in.substr(in.size() > 2 && in[2] == '.' ? 3 : 2)), p);
      else if (!istarts_with(in, "no pagination") && p.issue.empty()) p.issue = std::string(in);
      i = close + 1;
      continue;
    }
    if (s[j] == ':') {
      std::size_t e = j + 1;
      while (e < s.size() && s[e] != ',' && s[e] != ';' && !(s[e] == '.' && (e + 1 == s.size() || s[e + 1] == ' '))) ++e;
      set_pages(s.substr(j + 1, e - j - 1), p);
      return e;
    }
    return j;
  }
}

// embase.com's citation line (its CSV's "Source" before 2020): the journal,
// the year in brackets, "volume:issue" and the pages in brackets:
// "Cancer (2004) 102:4 (253-258)", "Int J Surg Case Rep (2019) 54 (83-86)".
bool read_embase_citation(std::string_view body, SourceParts& p) {
  for (std::size_t open = body.find(" ("); open != npos; open = body.find(" (", open + 1)) {
    const std::size_t y = open + 2;
    if (y + 5 > body.size() || find_year(body.substr(y, 4)) != 0 || body[y + 4] != ')') continue;
    std::string_view rest = trim(body.substr(y + 5));
    if (!rest.empty() && !is_digit(rest[0]) && rest[0] != '(') continue;
    p.journal = std::string(trim(body.substr(0, open)));
    p.date = date_of(body.substr(y, 4));
    std::size_t end = rest.find_first_of(" (");
    std::string_view loc = rest.substr(0, end);
    std::size_t colon = loc.find(':');
    p.volume = std::string(loc.substr(0, colon));
    if (colon != npos) p.issue = std::string(loc.substr(colon + 1));
    rest = trim(rest.substr(std::min(end, rest.size())));
    std::size_t close = 0;
    if (!rest.empty() && rest[0] == '(') set_pages(bracketed(rest, 0, close), p);
    return true;
  }
  return false;
}

}  // namespace

SourceParts parse_source_string(std::string_view s) {
  SourceParts p;
  s = trim(s);
  std::string_view body = s;
  // What follows the DOI (PubMed's "Epub 2021 Oct 12.", "eCollection 2021.")
  // is no part of the source.
  if (std::size_t d = ifind(s, "doi:"); d != npos) {
    std::string_view rest = trim(s.substr(d + 4));
    p.doi = std::string(strip_end_dots(rest.substr(0, rest.find(' '))));
    body = s.substr(0, d);
  }
  // PubMed ahead of print: ". pii: S1743-9191(19)30144-X." is the
  // publisher's item identifier, no locator.
  for (std::string_view cut : {". Epub ", ". eCollection ", ". pii: "})
    if (std::size_t e = ifind(body, cut); e != npos) body = body.substr(0, e + 1);
  // Embase: ". Article Number: 1234." and ". Date of Publication: March 2018."
  Date published;
  if (std::size_t a = ifind(body, "Date of Publication:"); a != npos) {
    published = date_of(body.substr(a + 20));
    body = body.substr(0, a);
  }
  if (std::size_t a = ifind(body, "Article Number:"); a != npos) {
    p.number = std::string(strip_end_dots(body.substr(a + 15)));
    body = body.substr(0, a);
  }
  body = strip_end_dots(body);
  // The publication date refines the year the string gives when they agree.
  auto refine = [&] {
    if (published.year && (!p.date.year || p.date.year == published.year) && published.month) p.date = published;
    else if (!p.date.year) p.date = published;
  };
  if (read_embase_citation(body, p)) {
    refine();
    return p;
  }

  std::size_t semi = body.find(';');
  std::size_t dot = body.find(". ");
  if (semi != npos && (dot == npos || dot > semi)) {
    // NLM's book: "Ottawa (ON): Canadian Agency ...; 2019 Jun.": place, publisher, date.
    std::string_view head = body.substr(0, semi), date = trim(body.substr(semi + 1));
    std::size_t colon = head.find(": ");
    if (colon != npos && find_year(date) == 0 && date.find_first_of(":(;") == npos) {
      p.book = true;
      p.place = std::string(trim(head.substr(0, colon)));
      p.publisher = std::string(trim(head.substr(colon + 2)));
      p.date = date_of(date);
      return p;
    }
  }
  if (dot != npos && (semi == npos || dot < semi)) {
    p.journal = std::string(trim(body.substr(0, dot)));
    body = trim(body.substr(dot + 2));
    semi = body.find(';');
  } else if (semi != npos) {
    // Journals@Ovid: "American Journal Of Industrial Medicine June 2015;58(6):688-696":
    // the journal ends where its date begins.
    std::string_view head = body.substr(0, semi);
    std::size_t y = find_year(head);
    if (y != npos) {
      std::size_t start = y;
      for (;;) {
        std::size_t sp = head.rfind(' ', start > 1 ? start - 2 : 0);
        std::size_t w0 = sp == npos ? 0 : sp + 1;
        if (w0 >= start || !is_date_word(head.substr(w0, start - 1 - w0))) break;
        start = w0;
        if (w0 == 0) break;
      }
      p.journal = std::string(trim(head.substr(0, start)));
      body = body.substr(start);
      semi = body.find(';');
    }
  }
  // PubMed and Journals@Ovid: "2022 Mar;53(2):334-347": the date, then the
  // locator.  The clause before the ';' is a date: it starts with its year
  // or a month (an Embase conference's name may hold a year and a ';':
  // "Conference: ... Stroke Conference; State-of-the-Science ... 2023; ...").
  if (semi != npos && is_date_clause(body.substr(0, semi))) {
    p.date = date_of(body.substr(0, semi));
    std::string_view loc = trim(body.substr(semi + 1));
    if (loc.find_first_of(":(") == npos && loc.find('-') != npos) set_pages(loc, p);  // Zoological Record: "2007 15 June; 433-441"
    else if (loc.find_first_of(":(") != npos || std::all_of(loc.begin(), loc.end(), is_digit)) read_locator(loc, p);
  } else if (!p.journal.empty() && semi == npos && find_year(body) == 0 &&
             body.substr(0, body.find(':')).find_first_of("(,") == npos) {
    // PubMed ahead of print: "Pediatr Allergy Immunol. 2019 Jul 13." is a
    // date and no locator (its year is no volume); "J Neurosurg. 2019 Aug
    // 9:1-9." a date and the online version's pages; "World Neurosurg. 2023
    // Nov 23:S1878-8750(23)01622-4." a date and the publisher's item
    // identifier (PII), no pages (the string is kept whole by the readers).
    const std::size_t colon = body.find(':');
    p.date = date_of(body.substr(0, colon));
    if (colon != npos && body.find_first_of("(,", colon) == npos) set_pages(trim(body.substr(colon + 1)), p);
  } else {
    // Ovid MEDLINE, Embase, PsycINFO: "45(3):123-9, 2018 Mar", "Vol.75(2-A(E)),2014, pp. 45-50".
    std::string_view loc = body;
    if (istarts_with(loc, "Vol.")) loc = loc.substr(4);
    else if (istarts_with(loc, "Vol ")) loc = loc.substr(4);
    std::size_t stop = read_locator(loc, p);
    if (p.volume.empty()) {
      // Embase: "Conference: 2nd BEAT-PCD Conference ... Spain. 12 (Supplement 3) (no pagination), 2018":
      // the locator follows the last ". " before a number outside brackets
      // (not the one of its issue's "132(Suppl. 1)", "11(1 SUPPL. 1)").
      for (std::size_t d = loc.rfind(". "); d != npos && d > 0; d = loc.rfind(". ", d - 1))
        if (d + 2 < loc.size() && is_digit(loc[d + 2]) && !inside_brackets(loc, d)) {
          loc = loc.substr(d + 2);
          stop = read_locator(loc, p);
          break;
        }
    }
    std::string_view after = loc.substr(std::min(stop, loc.size()));
    if (std::size_t pp = ifind(after, "pp."); pp != npos) {
      std::string_view v = trim(after.substr(pp + 3));
      set_pages(v.substr(0, v.find(',')), p);
      after = after.substr(0, pp);
    }
    p.date = date_of(after);
    if (p.journal.empty() && p.volume.empty()) {
      // "Journal of Political Studies 12, Winter 2007: 7-14": no ". " after the journal.
      std::size_t digit = 0;
      while (digit < body.size() && !is_digit(body[digit])) ++digit;
      p.journal = std::string(strip_end_dots(body.substr(0, digit)));
      stop = read_locator(body.substr(digit), p);
      after = body.substr(std::min(digit + stop, body.size()));
      p.date = date_of(after);
      if (std::size_t y = find_year(after); y != npos && p.pages.empty())
        if (std::size_t c = after.find(':', y); c != npos) set_pages(after.substr(c + 1), p);
    }
  }
  refine();
  return p;
}

std::string split_no_pagination(std::string& volume, std::string& issue, std::string& number) {
  constexpr std::string_view kMark = "(no pagination)";
  auto ends_marked = [](std::string_view v, std::string_view mark) {
    return v.size() >= mark.size() && iequals(v.substr(v.size() - mark.size()), mark);
  };
  std::string_view v = trim(volume);
  if (!ends_marked(v, kMark)) {
    // Ovid's RIS: "VL  - 9", "IS  - 7) (no pagination".
    constexpr std::string_view kCut = ") (no pagination";
    const std::string_view is = trim(issue);
    if (!ends_marked(is, kCut)) return "";
    const std::string inner{trim(is.substr(0, is.size() - kCut.size()))};
    if (inner.empty() || inner.find_first_of("()") != std::string::npos) return "";
    std::string said = "issue '" + std::string(is) + "' is Embase's '(" + inner +
                       ") (no pagination)' cut at its first bracket: read as issue " + inner;
    issue = inner;
    return said;
  }
  std::string_view rest = trim(v.substr(0, v.size() - kMark.size()));
  std::string inner;
  if (!rest.empty() && rest.back() == ')') {
    const std::size_t open = rest.rfind('(');
    if (open == std::string_view::npos) return "";
    inner = std::string(trim(rest.substr(open + 1, rest.size() - open - 2)));
    rest = trim(rest.substr(0, open));
    if (inner.empty() || inner.find_first_of("()") != std::string::npos) return "";
  }
  if (rest.find_first_of("() ") != std::string_view::npos) return "";
  const std::string written{v};
  std::string said = "volume '" + written + "' is Embase's for an article without pages: read as ";
  said += rest.empty() ? "no volume" : "volume " + std::string(rest);
  if (!inner.empty()) {
    const std::string is{trim(issue)};
    // An article number: digits, or a letter and digits ("e103114").
    auto article_number = [](std::string_view x) {
      if (!x.empty() && is_alpha(x[0])) x.remove_prefix(1);
      return !x.empty() && all_digits(x);
    };
    said += ", issue " + inner;
    if (!is.empty() && !iequals(is, inner)) {
      if (!article_number(is) || (!number.empty() && number != is))
        return "";  // an issue field that says something else: both as written
      number = is;
      said += ", the issue field's " + is + " the article number";
    }
    issue = inner;
  }
  volume = std::string(rest);
  return said;
}

}  // namespace refnet
