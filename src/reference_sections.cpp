// Reference lists inside free text: headings, list ends, one reference each.
#include "refnet/reference_sections.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "refnet/text.hpp"

namespace refnet {

// A year a reference gives: 19xx or 20xx standing alone, or "n.d.",
// "forthcoming", "in press"; an older one where a year stands, in parentheses
// ("Cantor, T. E. (1836). ...", Wikipedia's citations) or between a period and
// a period ("Darwin, C. 1859. On the ...").
bool has_year(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!is_digit(s[i + 2]) || !is_digit(s[i + 3])) continue;
    if (i > 0 && is_digit(s[i - 1])) continue;
    if (i + 4 < s.size() && is_digit(s[i + 4])) continue;
    if ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) return true;
    if (s[i] == '1' && s[i + 1] >= '5' && s[i + 1] <= '8' && i > 0 && i + 4 < s.size() &&
        ((s[i - 1] == '(' && s[i + 4] == ')') || (i > 1 && s[i - 1] == ' ' && s[i - 2] == '.' && s[i + 4] == '.')))
      return true;
  }
  std::string low = ascii_lower(s);
  return low.find("n.d.") != std::string::npos || low.find("forthcoming") != std::string::npos ||
         low.find("in press") != std::string::npos;
}

// The last word of s (after its last space).
std::string_view last_word(std::string_view s) {
  std::size_t sp = s.find_last_of(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

namespace {

struct Line {
  std::size_t offset = 0;  // first byte
  std::size_t number = 0;  // 1-based
  std::string_view text;   // without its line end
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> out;
  std::size_t pos = 0, n = 1;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    out.push_back({pos, n++, l});
    pos = end + 1;
  }
  return out;
}


// "References", "7. References", "VII. References", "REFERENCES:": the heading, its numbering (digits, or a
// roman numeral of I, V and X) and final colon or period removed.
std::string_view heading_text(std::string_view line) {
  std::string_view t = trim(line);
  std::size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || t[i] == '.')) ++i;
  if (i == 0) {
    while (i < t.size() && (t[i] == 'I' || t[i] == 'V' || t[i] == 'X')) ++i;
    if (i > 0 && i < t.size() && t[i] == '.') ++i;
  }
  if (i > 0 && i < t.size() && t[i] == ' ') t = trim(t.substr(i));
  while (!t.empty() && (t.back() == ':' || t.back() == '.')) t.remove_suffix(1);
  return trim(t);
}

// The heading's words in lower case, without its numbering.
std::string heading_words(std::string_view line) { return ascii_lower(heading_text(line)); }

// "35 articles", "(33)", "33": the number a heading announces after its
// name; false when the rest is anything else.
bool announced_count(std::string_view rest, std::size_t& count) {
  rest = trim(rest);
  if (rest.empty()) return true;
  if (rest.front() == '(' && rest.back() == ')') rest = trim(rest.substr(1, rest.size() - 2));
  std::size_t i = 0;
  while (i < rest.size() && (is_digit(rest[i]) || rest[i] == ',')) ++i;
  if (i == 0) return false;
  std::string digits;
  for (char c : rest.substr(0, i))
    if (is_digit(c)) digits.push_back(c);
  std::string_view unit = trim(rest.substr(i));
  if (!unit.empty() && unit != "articles" && unit != "article" && unit != "references" && unit != "works" &&
      unit != "publications" && unit != "documents")
    return false;
  if (digits.size() > 6) return false;
  count = static_cast<std::size_t>(std::stoul(digits));
  return true;
}

// A marker opening a numbered reference: "[12] ", "[12]. ", "12. ", "(12) ".
enum class Marker { none, bracket, dot, paren };

struct Numbered {
  Marker marker = Marker::none;
  std::size_t number = 0;
  std::size_t length = 0;  // bytes of the marker and the spaces after it
};

Numbered numbered(std::string_view line) {
  Numbered n;
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  char open = i < line.size() ? line[i] : '\0';
  Marker m = open == '[' ? Marker::bracket : open == '(' ? Marker::paren : Marker::dot;
  if (m != Marker::dot) ++i;
  std::size_t start = i;
  while (i < line.size() && is_digit(line[i]) && i - start < 4) ++i;
  if (i == start || (i < line.size() && is_digit(line[i]))) return n;
  std::size_t number = static_cast<std::size_t>(std::stoul(std::string(line.substr(start, i - start))));
  char close = m == Marker::bracket ? ']' : m == Marker::paren ? ')' : '.';
  if (i >= line.size() || line[i] != close) return n;
  ++i;
  // "[1]. Bašić B. The Heesch number ..." (PubMed Central): the bracket and a full stop.
  if (m == Marker::bracket && i < line.size() && line[i] == '.') ++i;
  // "12. Title": a space after the marker ("2.4 million", "1.学者" are not
  // markers), and something after it.
  if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return n;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size() || number == 0) return n;
  n.marker = m;
  n.number = number;
  n.length = i;
  return n;
}


std::size_t word_count_of(std::string_view s) { return split_words(s).size(); }

// Wikipedia's back-links before a reference: "^ ", "^ a b c ", "^ Jump up to: a b c d e " (a crawler's copy),
// "^ ab ac " past 26 citations.  Their bytes from `at` (spaces after them too), 0 when none.
std::size_t backlinks(std::string_view line, std::size_t at) {
  std::size_t i = at;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size() || line[i] != '^' || i + 1 >= line.size() || line[i + 1] != ' ') return 0;
  i += 2;
  auto spaces = [&] {
    while (i < line.size() && line[i] == ' ') ++i;
  };
  spaces();
  if (line.substr(i).rfind("Jump up to:", 0) == 0) i += 11, spaces();
  else if (line.substr(i).rfind("Jump up", 0) == 0) i += 7, spaces();
  // The letters, each a link of its own: one or two small letters between spaces.
  for (;;) {
    std::size_t e = i;
    while (e < line.size() && line[e] >= 'a' && line[e] <= 'z' && e - i < 2) ++e;
    if (e == i || e >= line.size() || line[e] != ' ') break;
    i = e;
    spaces();
  }
  return i - at;
}

bool has_locator(std::string_view s) {
  return s.find("doi.org/") != std::string_view::npos || s.find("http") != std::string_view::npos ||
         s.find("10.") != std::string_view::npos;
}

// Whether s ends with an address: "... https://doi.org/10.1093/ntr/ntt220",
// "... doi:10.1000/xyz", "... www.oecd.org/gov".
bool ends_with_locator(std::string_view s) {
  const std::string_view w = last_word(trim(s));
  return starts_with(w, "http://") || starts_with(w, "https://") || starts_with(w, "doi:") ||
         starts_with(w, "www.") || (starts_with(w, "10.") && w.find('/') != std::string_view::npos);
}

// How a line may open a hanging (unnumbered) reference.
enum class Start {
  none,
  // A year near the start and a capital first ("OECD (2017), ..."), or
  // what repeats the author before: "(2004) “Balanced ...", "——— (2004)",
  // "ed. (2009) ...", a lower-case particle ("d’Aspremont, Claude (2003)").
  weak,
  // "Family, I." or "Family, Given": one to three capitalised words and a
  // comma, then an initial or a name.
  strong,
};

bool capital_first(std::string_view t) {
  if (t.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.front());
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

Start starts_reference(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return Start::none;
  bool year = has_year(t.substr(0, 200));
  std::size_t comma = t.find(", ");
  if (capital_first(t) && comma != std::string_view::npos && comma <= 40) {
    std::string_view family = t.substr(0, comma);
    std::size_t words = word_count_of(family);
    std::string_view after = t.substr(comma + 2);
    bool initial = after.size() >= 2 && after[0] >= 'A' && after[0] <= 'Z' && (after[1] == '.' || after[1] == ' ');
    if (words <= 3 && family.find('(') == std::string_view::npos && (initial || capital_first(after)))
      return Start::strong;
  }
  if (!year) return Start::none;
  if (capital_first(t)) return Start::weak;
  if (t.front() == '(' && t.size() > 5 && has_year(t.substr(1, 4))) return Start::weak;
  if (starts_with(t, "\xE2\x80\x94") || starts_with(t, "___") || starts_with(t, "---")) return Start::weak;  // ——— (2004)
  if (starts_with(t, "ed. (") || starts_with(t, "eds. (")) return Start::weak;
  // "d’Aspremont, Claude", "van der Berg, J.": a particle, then the name.
  if (comma != std::string_view::npos && comma <= 40 && t.substr(0, comma).find('(') == std::string_view::npos) {
    std::size_t i = 0;
    while (i < comma && !is_space(t[i]) && static_cast<unsigned char>(t[i]) < 0x80 && !(t[i] >= 'A' && t[i] <= 'Z')) ++i;
    if (i < comma && i <= 4) return Start::weak;
  }
  return Start::none;
}

// A line that ends a list it follows: short, capitalised, no year, no
// final punctuation ("Notes", "About the authors", "Funding").
bool heading_like(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 60 || has_year(t) || has_locator(t) || t.find(',') != std::string_view::npos) return false;
  unsigned char c = static_cast<unsigned char>(t.front());
  if (!((c >= 'A' && c <= 'Z') || c >= 0xC3)) return false;
  char last = t.back();
  return last != '.' && last != ',' && last != ';' && last != ':' && last != '-';
}

// A page's header or footer as a converter of PDFs marks it: its page number
// in "<page_number>20</page_number>" (escaped or not), or the line in
// "<header>...</header>", "<footer>...</footer>".
bool marked_page_furniture(std::string_view t) {
  return t.find("<page_number>") != std::string_view::npos || t.find("&lt;page_number&gt;") != std::string_view::npos ||
         starts_with(t, "<header>") || starts_with(t, "<footer>") || starts_with(t, "&lt;header&gt;") ||
         starts_with(t, "&lt;footer&gt;");
}

// "23", "Page 23", "23 of 40", "- 23 -": a page number alone on its line.
bool page_number_line(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty() && (t.front() == '-' || t.front() == ' ')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == '-' || t.back() == ' ')) t.remove_suffix(1);
  if (istarts_with(t, "page ")) t = trim(t.substr(5));
  if (auto of = t.find(" of "); of != std::string_view::npos) return all_digits(t.substr(0, of)) && all_digits(trim(t.substr(of + 4)));
  return t.size() <= 4 && all_digits(t);
}

bool url_char(char c) { return c == '/' || c == '.' || c == '_' || c == '-' || c == '=' || c == '?' || c == '&' || c == '#'; }


bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Appends one more line of a reference to `item`'s text, undoing the line
// break, and says where it starts (`next` is a view into `whole_text`).
void join_line(ReferenceItem& item, std::string_view next, std::string_view whole_text) {
  next = trim(next);
  if (next.empty()) return;
  std::string& out = item.text;
  const auto offset = static_cast<std::size_t>(next.data() - whole_text.data());
  if (out.empty()) {
    out.assign(next.begin(), next.end());
    item.pieces.push_back({0, offset, false});
    return;
  }
  std::string_view word = last_word(out);
  bool url = istarts_with(word, "http") || istarts_with(word, "doi.org") || istarts_with(word, "www.") ||
             (starts_with(word, "10.") && word.find('/') != std::string_view::npos);
  if (url && url_char(out.back()) && next.find(' ') != 0) {
    item.pieces.push_back({out.size(), offset, true});
    out.append(next.begin(), next.end());  // "https://doi.org/10.1016/j." + "giq.2019.101"
    return;
  }
  if (out.size() >= 2 && out.back() == '-' && is_alpha(out[out.size() - 2]) && is_lower_ascii(next.front())) {
    std::string_view fragment = word.substr(0, word.size() - 1);
    std::size_t cut = fragment.find_last_of('-');
    std::string_view piece = cut == std::string_view::npos ? fragment : fragment.substr(cut + 1);
    std::size_t e = 0;
    while (e < next.size() && (is_alpha(next[e]) || next[e] == '-')) ++e;
    std::string_view rest = next.substr(0, e);
    // A hyphen the word has anyway stays: "e-government", "decision-making"
    // when the text writes it so elsewhere.
    std::string hyphenated = std::string(piece) + "-" + std::string(rest);
    bool keep = piece.size() <= 2 || whole_text.find(hyphenated) != std::string_view::npos;
    if (!keep) out.pop_back();
    item.pieces.push_back({out.size(), offset, false});
    out.append(next.begin(), next.end());
    return;
  }
  out.push_back(' ');
  item.pieces.push_back({out.size(), offset, false});
  out.append(next.begin(), next.end());
}

bool is_ibid(std::string_view item) {
  std::string low = ascii_lower(trim(item).substr(0, 7));
  return starts_with(low, "ibid") || starts_with(low, "id.") || starts_with(low, "idem");
}

// A running header or footer of the pages a list was copied from: a line
// seen before the list's heading, or twice in the list without the final
// punctuation a wrapped reference line has, its page number aside
// ("Working Paper Series 12" and "Working Paper Series 14" are one).
std::string header_key(std::string_view line) {
  std::string k;
  for (char c : trim(line))
    if (!is_digit(c)) k.push_back(c);
  k = collapse_space(k);
  return k.size() >= 8 && k.size() <= 150 ? k : std::string();
}

struct HeaderCounts {
  std::unordered_map<std::string, std::size_t> before, inside;
  bool running(std::string_view line) const {
    std::string k = header_key(line);
    if (k.empty()) return false;
    if (auto b = before.find(k); b != before.end()) return true;
    auto i = inside.find(k);
    char last = trim(line).back();
    return i != inside.end() && i->second > 1 && last != '.' && last != ',' && last != ';' && last != ':' && last != '-';
  }
};

HeaderCounts count_headers(const std::vector<Line>& lines, std::size_t h, std::size_t stop) {
  HeaderCounts c;
  for (std::size_t i = 0; i < h; ++i)
    if (std::string k = header_key(lines[i].text); !k.empty()) ++c.before[k];
  for (std::size_t i = h + 1; i < stop; ++i)
    if (std::string k = header_key(lines[i].text); !k.empty()) ++c.inside[k];
  return c;
}

// A line of a site's link buttons after a reference, glued as a browser
// copies them: "View PDFView articleView in ScopusGoogle Scholar",
// "CrossrefView in ScopusGoogle Scholar", "Web of Science \u00AEGoogle Scholar".
bool only_buttons(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 120) return false;
  // Oxford Academic's "Google Preview", "OpenURL Placeholder Text", "WorldCat", "COPAC", "Search ADS"; IEEE's "Show in
  // Context"; ACM's "Digital Library"; Frontiers' "PubMed Abstract | CrossRef Full Text"; Nature's "ADS"; Scopus's
  // "View at Publisher"; BMC's "Book  Google Scholar"; Taylor & Francis' "[Crossref], [Web of Science ®], [Google Scholar]".
  static const char* const kButtons[] = {"Full Text via CrossRef", "View Record in Scopus", "View in Scopus",
                                         "Google Scholar", "View PDF", "View article", "Crossref", "CrossRef",
                                         "PubMed Central", "PubMed Abstract", "PubMed", "Web of Science \xC2\xAE",
                                         "Web of Science", "\xC2\xAE", "CAS", "Show abstract", "Download PDF", "Article",
                                         "Abstract", "Google Preview", "OpenURL Placeholder Text", "WorldCat", "COPAC",
                                         "Search ADS", "ADS", "MathSciNet", "Show in Context", "Digital Library",
                                         "Cross Ref", "CrossRef Full Text", "Full Text (PDF)", "Full Text", "View at Publisher",
                                         "Book", "Scopus",
                                         // Springer's link to zbMATH: "Article  MathSciNet  MATH  Google Scholar"
                                         "MATH", "zbMATH",
                                         // Taylor & Francis' words for screen readers: "(Open in a new window) Google Scholar"
                                         "(Open in a new window)"};
  bool any = false;
  while (!t.empty()) {
    bool hit = false;
    if (t.front() == '[') t = trim(t.substr(1));
    for (const char* b : kButtons) {
      const std::size_t n = std::strlen(b);
      if (t.size() >= n && t.compare(0, n, b) == 0) {
        t = trim(t.substr(n));
        // Cell Press's count of citing works after its button: "Scopus (72)".
        if (t.size() >= 3 && t.front() == '(' && is_digit(t[1]))
          if (std::size_t close = t.find(')'); close != std::string_view::npos && all_digits(t.substr(1, close - 1)))
            t = trim(t.substr(close + 1));
        while (!t.empty() && (t.front() == '|' || t.front() == ',' || t.front() == ']')) t = trim(t.substr(1));
        hit = any = true;
        break;
      }
    }
    if (!hit) return false;
  }
  return any;
}

// Wiley's buttons after the DOI it links, glued: "10.1371/journal.pone.0187539PubMed Web of Science\u00AE Google
// Scholar", "10.5251/abjna.2011.2.5.752.760Google Scholar": the DOI's length (0 when the line opens otherwise).
std::size_t doi_before_buttons(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 8 || !starts_with(t, "10.") || !is_digit(t[3])) return 0;
  std::size_t slash = t.find('/');
  if (slash == std::string_view::npos || slash > 12) return 0;
  std::size_t end = t.find(' ');
  if (end == std::string_view::npos) end = t.size();
  for (std::size_t p = slash + 2; p < end; ++p)
    if (only_buttons(t.substr(p))) return p;
  return 0;
}

bool link_buttons(std::string_view line) { return only_buttons(line) || doi_before_buttons(line) > 0; }

// ScienceDirect's label before a reference: "Ansell and Gash, 2008",
// "Dunleavy et al., 2006", "OECD, 2019a"; or a number alone: "[12]", "12.".
bool citation_label(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() >= 3 && t.size() <= 6 && t.front() == '[' && t.back() == ']' && all_digits(t.substr(1, t.size() - 2)))
    return true;
  if (t.size() >= 2 && t.size() <= 5 && t.back() == '.' && all_digits(t.substr(0, t.size() - 1))) return true;
  if (!t.empty() && t.size() <= 3 && all_digits(t)) return true;  // Scopus's "1"
  std::size_t comma = t.rfind(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > 70 || !capital_first(t)) return false;
  std::string_view year = t.substr(comma + 2);
  if (!year.empty() && year.back() >= 'a' && year.back() <= 'z') year.remove_suffix(1);
  if (year.size() != 4 || !all_digits(year) || !has_year(year)) return false;
  std::string_view names = t.substr(0, comma);
  return names.find_first_of(",;:()\"") == std::string_view::npos && word_count_of(names) <= 6;
}

// A site's section after its reference list: "Recommended articles",
// "Citing Literature", "Download references", "Author information".
bool after_list_heading(std::string_view line) {
  std::string low = ascii_lower(trim(line));
  for (const char* k : {"recommended articles", "related articles", "citing literature", "citing articles",
                        "article metrics", "metrics", "download references", "author information", "about this article",
                        "rights and permissions", "funding", "acknowledgements", "acknowledgments", "appendix",
                        "data availability", "figures", "tables", "related research", "people also read",
                        // Frontiers' labelled lines after its list
                        "keywords:", "citation:", "received:",
                        // a copyright line (Oxford Academic's "© The Author 2007. Published by ...")
                        "\xC2\xA9", "copyright"})
    if (starts_with(low, k)) return true;
  return false;
}

// A list whose references a site shows over several lines each, between
// their labels and their link buttons (ScienceDirect: "Ansell and Gash,
// 2008" / "C. Ansell, A. Gash" / "Collaborative governance ..." / "Journal
// of ..., 18 (4) (2008), pp. 543-571" / "CrossrefView in ScopusGoogle
// Scholar").  A reference's lines are joined with ". " where a line ends
// without punctuation (the page set them apart by its layout).
ReferenceList read_linked_list(const std::vector<Line>& lines, std::size_t h, std::size_t stop,
                               const SectionHeading& heading, std::string_view text) {
  ReferenceList list;
  list.heading = heading;
  list.heading_offset = lines[h].offset;
  list.end = h + 1 < lines.size() ? lines[h + 1].offset : text.size();
  ReferenceItem current;
  bool open = false, linked = false;
  std::size_t last_line = h, block_start = h + 1;
  auto close = [&](bool keep) {
    if (open && keep) list.items.push_back(std::move(current));
    current = ReferenceItem{};
    open = false;
  };
  bool first = true;
  for (std::size_t i = h + 1; i < stop; ++i) {
    const Line& l = lines[i];
    std::string_view t = trim(l.text);
    if (t.empty()) continue;
    // The line's buttons (link_buttons), and the DOI's length when a DOI comes before them.
    const std::size_t doi_length = doi_before_buttons(t);
    const bool buttons = doi_length > 0 || only_buttons(t);
    // "References" in a page's menu, the page's title under it (Cambridge Core): no list there.
    // A first line the site's buttons follow is a reference however it opens ("H.-C. graf von Bothmer, O. Labs,
    // ..., The Casas-Alvero Conjecture ...", no year, given names first: Taylor & Francis' mathematics).
    auto buttons_follow = [&] {
      std::size_t j = i + 1;
      while (j < stop && trim(lines[j].text).empty()) ++j;
      return j < stop && only_buttons(lines[j].text);
    };
    if (std::exchange(first, false) && heading.kind == SectionKind::references && !citation_label(t) && !buttons &&
        numbered(t).marker == Marker::none && starts_reference(t) == Start::none && !buttons_follow())
      return list;
    if (buttons) {
      list.skipped.push_back({l.offset, "a site's link buttons after a reference"});
      // The DOI the buttons follow belongs to the reference when its text gives none.
      if (doi_length && open) {
        const std::string said = ascii_lower(current.text);
        if (said.find("doi") == std::string::npos && said.find(ascii_lower(t.substr(0, doi_length))) == std::string::npos)
          join_line(current, t.substr(0, doi_length), text);
      }
      close(true);
      linked = true;
      last_line = i;
      continue;
    }
    // "Recommended articles" after a reference's buttons: the list is over; so is it at a short "Download
    // references" or "Acknowledgements" after a whole reference the site gave no buttons (Springer's last).
    if (!open && i > h + 1 && link_buttons(lines[last_line].text) && after_list_heading(t)) break;
    if (open && t.size() <= 40 && (has_year(current.text) || has_locator(current.text)) && after_list_heading(t)) break;
    if (citation_label(t)) {
      close(has_year(current.text) || has_locator(current.text));
      list.skipped.push_back({l.offset, "the citation label \"" + std::string(t) + "\" before a reference"});
      last_line = i;
      continue;
    }
    // A reference on one line after another one (Taylor & Francis' lists; Nature's as a web clipper writes them,
    // "González Riga, B. J. in Paleontología y Dinosaurios ... (Universidad Nacional de Cuyo, 2011).", its year
    // past the line's first 200 characters).
    if (open && (has_year(current.text) || has_locator(current.text)) && ends_with(current.text, ".") &&
        starts_reference(t) == Start::strong && has_year(t))
      close(true);
    if (!open) {
      current.offset = l.offset;
      current.line = l.number;
      open = true;
      block_start = i;
    } else if (char c = current.text.back(); c != '.' && c != ',' && c != ';' && c != ':' && c != '?' && c != '!') {
      current.text.push_back('.');
    }
    join_line(current, l.text, text);
    last_line = i;
  }
  // What follows the last buttons is no reference unless it reads as one: the
  // page's text after the list.
  if (open && linked && !has_year(current.text) && !has_locator(current.text)) last_line = block_start - 1;
  close(!linked || has_year(current.text) || has_locator(current.text));
  list.end = last_line + 1 < lines.size() ? lines[last_line + 1].offset : text.size();
  return list;
}

// "(2018) Cities": the year in parentheses, then the source, as Scopus's
// "Cited by" entries end.
bool scopus_year_source(std::string_view t) {
  return t.size() > 7 && t[0] == '(' && is_digit(t[1]) && is_digit(t[2]) && is_digit(t[3]) && is_digit(t[4]) &&
         t[5] == ')' && t[6] == ' ';
}

// Whether the numbering of a list goes on after lines[i], a paragraph of its
// own: the next line with a marker of `style` (within a few lines) numbers
// `last` + 1.
bool numbering_resumes(const std::vector<Line>& lines, std::size_t i, std::size_t stop, Marker style,
                       std::size_t last) {
  for (std::size_t j = i + 1; j < stop && j <= i + 4; ++j) {
    const Numbered n = numbered(lines[j].text);
    if (n.marker != Marker::none) return n.marker == style && n.number == last + 1;
  }
  return false;
}

// Reads the list whose heading is lines[h]; `stop` is the next heading's index.
ReferenceList read_list(const std::vector<Line>& lines, std::size_t h, std::size_t stop, const SectionHeading& heading,
                        std::string_view text) {
  std::size_t buttons = 0;
  for (std::size_t i = h + 1; i < stop && buttons < 2; ++i) buttons += link_buttons(lines[i].text);
  if (buttons >= 2) return read_linked_list(lines, h, stop, heading, text);
  HeaderCounts headers = count_headers(lines, h, stop);
  ReferenceList list;
  list.heading = heading;
  list.heading_offset = lines[h].offset;
  list.end = h + 1 < lines.size() ? lines[h + 1].offset : text.size();
  Marker style = Marker::none;
  bool decided = false;
  std::size_t last_number = 0;
  bool gap = false;  // a blank line since the last line of a reference
  bool after_skip = false;  // blank lines around a page number are the page break's
  ReferenceItem* item = nullptr;
  auto finish = [&](std::size_t i) { list.end = i < lines.size() ? lines[i].offset : text.size(); };
  auto open = [&](const Line& l, std::size_t skip, std::size_t number) {
    list.items.push_back({});
    item = &list.items.back();
    item->offset = l.offset + skip;
    item->line = l.number;
    if (number) item->number = std::to_string(number);
    join_line(*item, l.text.substr(skip), text);
    gap = false;
  };
  std::size_t i = h + 1;
  for (; i < stop; ++i) {
    const Line& l = lines[i];
    std::string_view t = trim(l.text);
    if (t.empty()) {
      if (!after_skip) gap = true;
      continue;
    }
    after_skip = false;
    Numbered n = numbered(l.text);
    // "1. ^ a b c Stuart, B.; ..." (Wikipedia): the back-links left out; the reference opens after them.
    std::size_t marks = backlinks(l.text, n.length);
    if (marks) {
      list.skipped.push_back({l.offset + n.length, "Wikipedia's back-links \"" +
                                                       std::string(trim(l.text.substr(n.length, marks))) +
                                                       "\" before a reference"});
      n.length += marks;
      t = trim(l.text.substr(n.length));
    }
    // A page break's debris: a page number, a running header or footer.
    if (item && page_number_line(t)) {
      list.skipped.push_back({l.offset, "a page number inside a reference list"});
      gap = false;
      after_skip = true;
      continue;
    }
    if (item && n.marker == Marker::none && !has_locator(t) && (headers.running(t) || marked_page_furniture(t))) {
      list.skipped.push_back({l.offset, "a running header or footer of the pages the list was copied from"});
      gap = false;
      after_skip = true;
      continue;
    }
    // Scopus's "Cited by" entries are three lines: the title, the names,
    // "(2018) Cities".  The title opens the entry.
    if (heading.kind == SectionKind::cited_by && style == Marker::none && n.marker == Marker::none &&
        starts_reference(t) == Start::none && !has_year(t) && i + 2 < stop &&
        starts_reference(trim(lines[i + 1].text)) != Start::none && scopus_year_source(trim(lines[i + 2].text))) {
      decided = true;
      open(l, marks ? n.length : 0, 0);
      finish(i + 1);
      continue;
    }
    // "Crossref Citations" / "This article has been cited by the following publications. ...": a site's words
    // between a "Cited by" heading and its first entry (Cambridge Core).
    if (!decided && heading.kind == SectionKind::cited_by && n.marker == Marker::none && i < h + 3 &&
        starts_reference(t) == Start::none && !has_year(t))
      continue;
    if (!decided) {
      decided = true;
      style = n.marker;
      if (style == Marker::none && starts_reference(t) == Start::none) break;
    }
    if (style != Marker::none) {
      if (n.marker == style && (style == Marker::bracket || last_number == 0 || n.number == last_number + 1)) {
        last_number = n.number;
        open(l, n.length, n.number);
        finish(i + 1);
        continue;
      }
      if (n.marker == style) break;  // numbering starts again: another list
    } else if (Start st = starts_reference(t); st != Start::none) {
      // A new reference once the one before is whole (a year, a DOI or a
      // URL), and ended by a period unless this line opens surely.
      bool whole = !item || has_year(item->text) || has_locator(item->text);
      // APA's references end with their DOI's address, no period after it.
      bool ended = !item || ends_with(item->text, ".") || ends_with_locator(item->text);
      // "Steenkamp, J.-B. E. M. and" + "Wedel, M. (eds), ...": the names go on.
      bool open_ended = item && (ends_with(item->text, " and") || ends_with(item->text, ",") ||
                                 ends_with(item->text, "&") || ends_with(item->text, ";"));
      bool sure = st == Start::strong && has_year(t.substr(0, 200));
      if (whole && !open_ended && (ended || sure)) {
        open(l, marks ? n.length : 0, 0);
        finish(i + 1);
        continue;
      }
    }
    // The rest of the reference before, or the end of the list.  A numbered
    // reference a page or column break cut ("17. Minneman, S.L. ... tool in",
    // a blank line, "distributed design work. In ..."): its rest, when the
    // next number follows after it.
    if (!item || (gap && !(style != Marker::none && numbering_resumes(lines, i, stop, style, last_number)))) break;
    bool complete = has_year(item->text) || has_locator(item->text);
    if (complete && heading_like(t)) break;
    join_line(*item, l.text, text);
    finish(i + 1);
  }
  // An unnumbered list is references with a year (or a DOI, a URL) each: a
  // last entry without one is the text after the list.
  if (style == Marker::none)
    while (!list.items.empty() && !has_year(list.items.back().text) && !has_locator(list.items.back().text)) {
      list.end = list.items.back().offset;
      list.items.pop_back();
    }
  // "Ibid.": the reference before it again.
  std::vector<ReferenceItem> kept;
  for (ReferenceItem& it : list.items) {
    if (is_ibid(it.text) && !kept.empty())
      list.repeated.push_back({it.offset, "\"" + it.text + "\" is the reference before it again"});
    else
      kept.push_back(std::move(it));
  }
  list.items = std::move(kept);
  return list;
}

}  // namespace

bool reference_heading(std::string_view line, SectionHeading* heading) {
  std::string_view t = trim(line);
  // "Cited by 33 articles. 订阅此论文施引文献 ...": a site's widget glued on
  // after the announced count.
  if (std::size_t a = t.find(" articles. "); a != std::string_view::npos && a < 40 && t.size() > 60)
    return reference_heading(t.substr(0, a + 10), heading);
  if (t.empty() || t.size() > 60) return false;
  std::string w = heading_words(t);
  SectionHeading h;
  static const char* const kReferences[] = {"references",         "reference list",       "bibliography",
                                            "literature cited",   "works cited",          "cited literature",
                                            "sources",            "notes and references", "references and notes",
                                            "literature",         "list of references",   "reference"};
  // Other languages' compared with their diacritics folded ("Références", "Références bibliographiques",
  // "Bibliografía", "Kaynakça", "Quellen- und Literaturverzeichnis").
  const std::string f = fold_words(heading_text(t));
  for (const char* k : kReferences)
    if (w == k || f == k) {
      if (heading) *heading = h;
      return true;
    }
  static const char* const kOtherLanguages[] = {
      "literatur", "literaturverzeichnis", "literaturliste", "verwendete literatur", "zitierte literatur",
      "quellen und literatur", "literatur und quellen", "quellen und literaturverzeichnis", "quellenverzeichnis",
      "bibliographie", "references bibliographiques", "ouvrages cites", "bibliografia", "referencias",
      "referencias bibliograficas", "obras citadas", "riferimenti bibliografici", "riferimenti", "literatuur",
      "literatuurlijst", "literatura", "kaynakca", "kaynaklar"};
  for (const char* k : kOtherLanguages)
    if (f == k) {
      if (heading) *heading = h;
      return true;
    }
  // Emerald's "Reference35 articles."; "References (42)".
  for (std::string_view name : {std::string_view("references"), std::string_view("reference")})
    if (starts_with(w, name) && announced_count(std::string_view(w).substr(name.size()), h.announced) && h.announced) {
      if (heading) *heading = h;
      return true;
    }
  h.kind = SectionKind::cited_by;
  for (std::string_view name : {std::string_view("cited by"), std::string_view("citing articles")})
    if (starts_with(w, name) && announced_count(std::string_view(w).substr(name.size()), h.announced)) {
      if (heading) *heading = h;
      return true;
    }
  return false;
}

std::vector<ReferenceList> find_reference_lists(std::string_view text) {
  std::vector<Line> lines = lines_of(text);
  std::vector<std::pair<std::size_t, SectionHeading>> headings;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    SectionHeading h;
    if (reference_heading(lines[i].text, &h)) headings.push_back({i, h});
  }
  std::vector<ReferenceList> out;
  if (headings.empty()) {
    // A list pasted without its heading (refs.txt, one reference a line):
    // read as if a heading stood above it, kept only when it is surely a
    // list: it runs to the end of the text, each reference has a year and
    // ends with a period or a URL, and at least every second line opens one
    // (prose that opens "Knox, C. (2019) wrote ..." is one long item).
    std::vector<Line> headed;
    headed.push_back(Line{0, 0, text.substr(0, 0)});
    headed.insert(headed.end(), lines.begin(), lines.end());
    ReferenceList list = read_list(headed, 0, headed.size(), SectionHeading{}, text);
    std::size_t non_empty = 0;
    for (const Line& l : lines) non_empty += !trim(l.text).empty();
    bool sure = !list.items.empty() && 2 * list.items.size() >= non_empty &&
                trim(text.substr(std::min(list.end, text.size()))).empty();
    for (const ReferenceItem& it : list.items) {
      std::string_view t = trim(it.text);
      std::string_view last = last_word(t);
      sure = sure && has_year(t) && (ends_with(t, ".") || starts_with(last, "http") || starts_with(last, "doi"));
    }
    if (sure) out.push_back(std::move(list));
    return out;
  }
  for (std::size_t k = 0; k < headings.size(); ++k) {
    std::size_t stop = k + 1 < headings.size() ? headings[k + 1].first : lines.size();
    ReferenceList list = read_list(lines, headings[k].first, stop, headings[k].second, text);
    // A heading that announces entries ("Cited by 815 documents") is kept without any read, to be said.
    if (!list.items.empty() || list.heading.announced > 0) out.push_back(std::move(list));
  }
  return out;
}

std::size_t ReferenceItem::offset_of(std::size_t at) const {
  if (pieces.empty()) return offset;
  auto p = std::upper_bound(pieces.begin(), pieces.end(), at,
                            [](std::size_t a, const Piece& piece) { return a < piece.at; });
  if (p == pieces.begin()) return pieces.front().offset;
  --p;
  return p->offset + (at - p->at);
}

}  // namespace refnet
