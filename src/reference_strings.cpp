// The fixed-format reference strings of Web of Science and Scopus.
#include "refnet/reference_strings.hpp"
#include "refnet/refparse.hpp"

#include <algorithm>
#include <cstring>

#include "refnet/doi.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

bool is_year(std::string_view s) { return s.size() == 4 && all_digits(s); }

// "V12", "P413": a WoS part that is a tag letter and a value.
bool is_wos_part(std::string_view p, char tag) { return p.size() > 1 && p[0] == tag && !is_space(p[1]); }

// "DOI 10.x/y": a WoS part that labels a DOI.  Spelt out, not starts_with
// (a call): every part of every CR line is asked.
bool is_doi_part(std::string_view p) {
  return p.size() >= 4 && p[0] == 'D' && p[1] == 'O' && p[2] == 'I' && p[3] == ' ';
}

// The DOI of a CR part after "DOI ": "10.x/y", or a list "[DOI 10.x/Y,
// 10.x/y]" whose first is taken.  A DOI holds no white space: a space in it
// is WoS's ("DOI 10.2495/ SAFE-V6-N2-171-180") and is dropped.
std::string wos_doi(std::string_view v) {
  v = trim(v);
  if (!v.empty() && v.front() == '[') {
    v.remove_prefix(1);
    v = trim(v.substr(0, std::min(v.find(','), v.find(']'))));
  }
  while (is_doi_part(v)) v = trim(v.substr(4));  // "DOI DOI 10.1016/..." in WoS BibTeX
  std::optional<std::string> n;
  if (v.find(' ') == std::string_view::npos) {
    n = normalize_doi(v);
  } else {
    std::string d;
    for (char c : v)
      if (!is_space(c)) d.push_back(c);
    n = normalize_doi(d);
  }
  return n ? std::move(*n) : std::string();
}

}  // namespace

// ---------------------------------------------------------------------------
// Web of Science.

Reference parse_wos_reference(std::string_view line) {
  Reference r;
  parse_wos_reference(line, r);
  return r;
}

void parse_wos_reference(std::string_view line, Reference& r) {
  line = trim(line);
  r.raw = std::string(line);
  // Parts are ", "-separated; a DOI list "[a, b]" is one part.  A CR line
  // has about six; the vector's buffer is kept from call to call.
  thread_local std::vector<std::string_view> parts;
  parts.clear();
  // Commas found with memchr; only a comma inside "[...]" (after the first
  // '[') is looked at twice.
  const std::size_t bracket = line.find('[');
  const char* data = line.data();
  std::size_t start = 0, from = 0;
  for (;;) {
    const void* hit = from < line.size() ? std::memchr(data + from, ',', line.size() - from) : nullptr;
    std::size_t comma = hit ? static_cast<const char*>(hit) - data : line.size();
    if (hit && bracket < comma) {
      std::size_t open = line.rfind('[', comma), close = line.rfind(']', comma);
      if (open != std::string_view::npos && (close == std::string_view::npos || close < open)) {
        from = comma + 1;  // inside a bracket
        continue;
      }
    }
    parts.push_back(trim(line.substr(start, comma - start)));
    if (!hit) break;
    start = from = comma + 1;
  }
  std::size_t k = 0;
  if (k < parts.size() && !is_year(parts[k]) && !is_doi_part(parts[k])) {
    std::string_view a = parts[k++];
    bool anonymous = (a.size() == 11 || a.size() == 9 || a.size() == 19) &&
                     (iequals(a, "[Anonymous]") || iequals(a, "Anonymous") || a == "[No title captured]");
    if (!anonymous) r.author = std::string(a);
  }
  if (k < parts.size() && is_year(parts[k])) r.year = std::string(parts[k++]);
  if (k < parts.size() && !is_doi_part(parts[k]) && !(is_wos_part(parts[k], 'V') && is_digit(parts[k][1])) &&
      !(is_wos_part(parts[k], 'P') && is_digit(parts[k][1])))
    r.container = std::string(parts[k++]);
  for (; k < parts.size(); ++k) {
    std::string_view p = parts[k];
    if (is_doi_part(p)) {
      if (r.doi.empty()) r.doi = wos_doi(p.substr(4));
    } else if (is_wos_part(p, 'V') && r.volume.empty()) {
      r.volume = std::string(p.substr(1));
    } else if (is_wos_part(p, 'P') && r.first_page.empty() && !(p[1] == 'I' && p.size() > 2 && p[2] == 'I')) {
      std::string_view page = p.substr(1);
      if (page.size() >= 5 && page.compare(0, 5, "UNSP ") == 0) page = trim(page.substr(5));  // "PUNSP e0123": an article number
      r.first_page = std::string(page);
    }
  }
  if (r.doi.empty() && line.find("10.") != std::string_view::npos)
    if (auto d = find_doi(line)) r.doi = std::move(*d);
  while (!r.first_page.empty() && r.first_page.back() == '.') r.first_page.pop_back();
  while (!r.volume.empty() && r.volume.back() == '.') r.volume.pop_back();
  // WoS BibTeX ends each CR line with a period.
  if (!r.container.empty() && r.container.back() == '.' && parts.back() == r.container)
    r.container.pop_back();
}

void add_wos_references(std::string_view lines, std::vector<Reference>& out) {
  std::size_t s = 0;
  for (std::size_t i = 0; i <= lines.size(); ++i) {
    if (i < lines.size() && lines[i] != '\n') continue;
    std::string_view line = trim(lines.substr(s, i - s));
    s = i + 1;
    if (!line.empty()) parse_wos_reference(line, out.emplace_back());
  }
}

// ---------------------------------------------------------------------------
// Scopus.

namespace {

// "A.", "A.K.", "J.-P.", "R.P.", "Van Gool, L." -> the initials token.
bool is_scopus_initials(std::string_view w) {
  if (w.empty() || w.size() > 12 || w.back() != '.') return false;
  std::size_t caps = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++caps;
    else if (c != '.' && c != '-' && c != ' ' && !(c >= 'a' && c <= 'z')) return false;
  }
  return caps >= 1;
}

// Offset of "(YYYY)" in s, or npos.
std::size_t find_paren_year(std::string_view s) {
  for (std::size_t p = s.find('('); p != std::string_view::npos; p = s.find('(', p + 1)) {
    if (p + 5 < s.size() && s[p + 5] == ')' && all_digits(s.substr(p + 1, 4))) return p;
  }
  return std::string_view::npos;
}

// "Sekerli Y.E.", "Van der Berg J.": an author of the 2023 layout, family
// and initials without a comma between them.
bool is_initials_last_author(std::string_view a) {
  a = trim(a);
  std::size_t sp = a.rfind(' ');
  if (sp == std::string_view::npos || sp == 0 || a.size() > 60) return false;
  std::string_view ini = a.substr(sp + 1);
  if (!is_scopus_initials(ini)) return false;
  for (char c : ini)
    if (c >= 'a' && c <= 'z') return false;
  return std::count(a.begin(), a.end(), ' ') <= 4;
}

// The offset of a "(YYYY)" that ends s (trailing dots and spaces aside), or npos.
std::size_t final_paren_year(std::string_view s) {
  while (!s.empty() && (s.back() == '.' || is_space(s.back()))) s.remove_suffix(1);
  if (s.size() < 6 || s.back() != ')') return std::string_view::npos;
  std::size_t p = s.size() - 6;
  return find_paren_year(s.substr(p)) == 0 ? p : std::string_view::npos;
}

// The 2023 layout: "Akkamis M., Keskin M., Title, Source, 3, 2, pp. 423-437, (2021)".
Reference parse_scopus_2023_reference(std::string_view raw, std::size_t year_at) {
  Reference ref;
  ref.raw = std::string(raw);
  if (auto d = find_doi(raw)) ref.doi = std::move(*d);
  ref.year = std::string(raw.substr(year_at + 1, 4));
  std::vector<std::string_view> parts;
  std::string_view body = trim(raw.substr(0, year_at));
  std::size_t start = 0;
  for (std::size_t p = body.find(", "); ; p = body.find(", ", p + 2)) {
    std::string_view piece = trim(body.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    while (!piece.empty() && piece.back() == ',') piece = trim(piece.substr(0, piece.size() - 1));
    if (!piece.empty()) parts.push_back(piece);
    if (p == std::string_view::npos) break;
    start = p + 2;
  }
  std::size_t a = 0, b = parts.size();
  while (a < b && (is_initials_last_author(parts[a]) || iequals(parts[a], "Et al.") || iequals(parts[a], "et al"))) {
    if (ref.author.empty() && !istarts_with(parts[a], "Et al")) ref.author = std::string(parts[a]);
    ++a;
  }
  // From the end: pages, then up to two numbers (volume, issue).
  if (b > a && (starts_with(parts[b - 1], "pp. ") || starts_with(parts[b - 1], "p. "))) {
    std::string_view pg = parts[b - 1].substr(parts[b - 1].find(' ') + 1);
    std::size_t e = 0;
    while (e < pg.size() && (is_digit(pg[e]) || is_alpha(pg[e]))) ++e;
    ref.first_page = std::string(pg.substr(0, e));
    --b;
  }
  auto numeric = [](std::string_view v) { return !v.empty() && v.size() <= 12 && is_digit(v[0]); };
  if (b > a + 1 && numeric(parts[b - 1])) {
    if (b > a + 2 && numeric(parts[b - 2])) {
      ref.volume = std::string(parts[b - 2]);
      b -= 2;
    } else {
      ref.volume = std::string(parts[b - 1]);
      --b;
    }
  }
  if (b > a + 1) {
    ref.container = std::string(parts[b - 1]);
    --b;
  }
  if (b > a) {
    const char* from = parts[a].data();
    const char* to = parts[b - 1].data() + parts[b - 1].size();
    ref.title = std::string(from, to - from);
  }
  return ref;
}

// Does a reference start at s?  "Family, I., ...", "Family I., ..." or "(1999) Title".
bool starts_reference(std::string_view s) {
  if (!s.empty() && s[0] == '(') return find_paren_year(s.substr(0, 6)) == 0;
  if (std::size_t c = s.find(", "); c != std::string_view::npos && is_initials_last_author(s.substr(0, c)))
    return true;
  std::size_t c1 = s.find(',');
  if (c1 == std::string_view::npos || c1 == 0 || c1 > 40) return false;
  if (s.substr(0, c1).find(';') != std::string_view::npos) return false;
  std::size_t c2 = s.find_first_of(",;", c1 + 1);
  return is_scopus_initials(trim(s.substr(c1 + 1, (c2 == std::string_view::npos ? s.size() : c2) - c1 - 1)));
}

}  // namespace

namespace {

Reference parse_scopus_fixed(std::string_view raw) {
  // The 2023 layout ends with ", (Year)"; the older one has the year
  // after the title, with no comma before it.
  if (std::size_t y = final_paren_year(raw); y != std::string_view::npos) {
    std::string_view before = trim(raw.substr(0, y));
    if (y == 0 || (!before.empty() && before.back() == ',')) return parse_scopus_2023_reference(raw, y);
  }
  Reference ref;
  ref.raw = std::string(raw);
  if (auto d = find_doi(raw)) ref.doi = std::move(*d);
  std::size_t yp = find_paren_year(raw);
  std::string_view before = yp == std::string_view::npos ? raw : raw.substr(0, yp);
  std::string_view after = yp == std::string_view::npos ? std::string_view{} : trim(raw.substr(yp + 6));
  if (yp != std::string_view::npos) ref.year = std::string(raw.substr(yp + 1, 4));

  // Authors: "Family, I., Family, I., " pairs from the start.
  std::size_t pos = 0, title_start = 0;
  bool first = true;
  while (pos < before.size()) {
    std::size_t c1 = before.find(',', pos);
    if (c1 == std::string_view::npos) break;
    std::size_t c2 = before.find(',', c1 + 1);
    std::string_view fam = trim(before.substr(pos, c1 - pos));
    std::string_view ini = trim(before.substr(c1 + 1, (c2 == std::string_view::npos ? before.size() : c2) - c1 - 1));
    if (fam.empty() || fam.size() > 40 || !is_scopus_initials(ini)) break;
    if (first) ref.author = std::string(fam) + ", " + std::string(ini);
    first = false;
    pos = title_start = c2 == std::string_view::npos ? before.size() : c2 + 1;
  }
  std::string_view title = trim(before.substr(title_start));
  while (!title.empty() && (title.back() == ',' || title.back() == ';')) title = trim(title.substr(0, title.size() - 1));

  // What follows the year; Scopus appends extra information after ". , ".
  std::string_view source = after;
  while (!source.empty() && (source.front() == ',' || source.front() == ' ')) source.remove_prefix(1);
  if (std::size_t extra = source.find(", , "); extra != std::string_view::npos) source = source.substr(0, extra);
  if (std::size_t extra = source.find(". , "); extra != std::string_view::npos) source = source.substr(0, extra + 1);
  source = trim(source);
  if (title.empty()) {
    // Book form: the title follows the year and the rest is the publisher.
    std::size_t pp = source.find(", pp.");
    ref.title = std::string(trim(source.substr(0, pp)));
    if (!ref.title.empty() && ref.title.back() == '.') ref.title.pop_back();
    return ref;
  }
  ref.title = std::string(title);
  if (source.empty()) return ref;

  std::string_view head = source;
  std::size_t pp = source.find(", pp. ");
  std::size_t plen = 6;
  if (pp == std::string_view::npos) pp = source.find(", p. "), plen = 5;
  if (pp != std::string_view::npos) {
    std::string_view pages = source.substr(pp + plen);
    std::size_t e = 0;
    while (e < pages.size() && (is_digit(pages[e]) || is_alpha(pages[e]))) ++e;
    ref.first_page = std::string(pages.substr(0, e));
    head = source.substr(0, pp);
  }
  // "Source, 12 (3)" or "Source, 12": the last comma piece is the volume
  // when it starts with a digit.
  std::size_t comma = head.rfind(", ");
  if (comma != std::string_view::npos) {
    std::string_view vol = trim(head.substr(comma + 2));
    if (!vol.empty() && is_digit(vol[0]) && vol.size() <= 16) {
      std::size_t e = 0;
      while (e < vol.size() && vol[e] != ' ' && vol[e] != '(') ++e;
      ref.volume = std::string(vol.substr(0, e));
      head = head.substr(0, comma);
    }
  }
  head = trim(head);
  while (!head.empty() && head.back() == ',') head = trim(head.substr(0, head.size() - 1));
  // "(2014), https://..., US Patent App": a link is not a source title.
  if (head.find("://") == std::string_view::npos) ref.container = std::string(head);
  return ref;
}

}  // namespace

// What the fixed layouts leave without a title (books, reports, web pages,
// references Scopus wrote in the citing paper's own style) is read by the
// reference parser; what the layouts found stays.
Reference parse_scopus_reference(std::string_view raw) {
  Reference ref = parse_scopus_fixed(raw);
  if (ref.title.empty()) complete_reference(ref);
  return ref;
}

void add_scopus_references(std::string_view value, std::vector<Reference>& out) {
  auto emit = [&](std::string_view piece) {
    piece = trim(piece);
    while (!piece.empty() && (piece.back() == ';' || is_space(piece.back()))) piece.remove_suffix(1);
    if (!piece.empty()) out.push_back(parse_scopus_reference(piece));
  };
  std::size_t ls = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i < value.size() && value[i] != '\n') continue;
    std::string_view line = value.substr(ls, i - ls);
    ls = i + 1;
    std::size_t start = 0;
    for (std::size_t p = line.find("; "); p != std::string_view::npos; p = line.find("; ", p + 2)) {
      std::string_view prev = line.substr(start, p - start), next = line.substr(p + 2);
      std::string_view next_piece = next.substr(0, next.find("; "));
      // A new reference: it opens with authors or a year, or the piece so
      // far ends with its year (2023 layout), or both sides have a year or
      // a link of their own (references without authors: "Sendai Framework
      // (2015)", "Resilience., , https://...").
      auto whole = [](std::string_view piece) {  // holds a year or a link of its own
        return find_paren_year(piece) != std::string_view::npos || piece.find(", , http") != std::string_view::npos;
      };
      bool split = starts_reference(next) || final_paren_year(prev) != std::string_view::npos ||
                   (whole(prev) && whole(next_piece));
      if (!split) continue;
      emit(line.substr(start, p - start));
      start = p + 2;
    }
    emit(line.substr(start));
  }
}

}  // namespace refnet

// ---------------------------------------------------------------------------
// Emerald's reference and citing-work lines.

namespace refnet {

namespace {

// "2024", "2024-07", "2024-07-30".
bool read_iso_date(std::string_view s, Date& d) {
  s = trim(s);
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!is_year(s.substr(0, 4))) return false;
  Date out;
  out.year = std::stoi(std::string(s.substr(0, 4)));
  if (s.size() >= 7) {
    if (s[4] != '-' || !all_digits(s.substr(5, 2))) return false;
    out.month = std::stoi(std::string(s.substr(5, 2)));
    if (out.month < 1 || out.month > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !all_digits(s.substr(8, 2))) return false;
    out.day = std::stoi(std::string(s.substr(8, 2)));
    if (out.day < 1 || out.day > 31) return false;
  }
  d = out;
  return true;
}

// The byte of the last ';' in s with no space after it, or npos.
std::size_t last_tight_semicolon(std::string_view s) {
  for (std::size_t i = s.size(); i-- > 0;)
    if (s[i] == ';' && i + 1 < s.size() && !is_space(s[i + 1])) return i;
  return std::string_view::npos;
}

}  // namespace

bool parse_emerald_line(std::string_view line, Record& out) {
  line = trim(line);
  std::size_t last = last_tight_semicolon(line);
  if (last == std::string_view::npos || last == 0) return false;
  std::string_view head = trim(line.substr(0, last)), tail = trim(line.substr(last + 1));
  std::string_view title, container;
  Date date;
  if (read_iso_date(tail, date)) {  // Title;Container;Date
    std::size_t mid = last_tight_semicolon(head);
    if (mid == std::string_view::npos || mid == 0) return false;
    title = trim(head.substr(0, mid));
    container = trim(head.substr(mid + 1));
  } else {  // Title;Container,Year
    std::size_t comma = tail.rfind(',');
    if (comma == std::string_view::npos || !is_year(trim(tail.substr(comma + 1)))) return false;
    title = head;
    container = trim(tail.substr(0, comma));
    date.year = std::stoi(std::string(trim(tail.substr(comma + 1))));
  }
  if (title.empty() || container.empty()) return false;
  out.title = std::string(title);
  out.container_title = std::string(container);
  out.issued = date;
  return true;
}

Reference reference_from_record(const Record& r, std::string_view raw) {
  Reference ref;
  ref.raw = std::string(trim(raw));
  if (!r.authors.empty()) {
    const Creator& a = r.authors.front();
    ref.author = a.is_literal() ? a.literal : a.full_family() + (a.given.empty() ? "" : ", " + a.given);
  }
  if (r.issued.year) ref.year = std::to_string(r.issued.year);
  ref.title = strip_rich_text(r.title);
  ref.container = r.container_title;
  ref.volume = r.volume;
  std::string_view pages = r.pages;
  ref.first_page = std::string(trim(pages.substr(0, pages.find('-'))));
  ref.doi = r.doi;
  return ref;
}

}  // namespace refnet
