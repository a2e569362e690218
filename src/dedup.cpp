#include "refnet/dedup.hpp"
#include "refnet/issn_check.hpp"
#include "refnet/article_number.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/merge.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/recheck.hpp"
#include "refnet/review.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <tuple>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "refnet/url_host.hpp"
#include "refnet/user_fields.hpp"

namespace refnet {

namespace {

// A family name with its particle, folded, without spaces, its German
// transliterations as one (family_name_key): "de la Cruz" read as family
// "Cruz" with particle "de la" (BibTeX) or as family "de la Cruz" (RIS) is
// "delacruz" either way.
std::string family_key(const Creator& c) { return family_name_key(c.full_family()); }

// The authors, else the editors, without placeholders: a proceedings
// paper's or a chapter's editors (Web of Science's ED) are not its authors,
// and a database that leaves them out names no fewer authors.  BibTeX's
// "and others" (the literal "others") names no one: two works of one title
// by other first authors, each "and others" (INSPIRE's), shared no creator.
std::vector<const Creator*> creators_of(const Record& r) {
  std::vector<const Creator*> out;
  for (const auto* list : {&r.authors, &r.editors}) {
    for (const Creator& c : *list)
      if (!is_anonymous_creator(c) && !is_others(c)) out.push_back(&c);
    if (!out.empty()) break;
  }
  return out;
}

// Family name + first initial, folded: "kassen m".
std::string creator_key(const Creator& c) {
  if (c.is_literal()) return fold_words(c.literal);
  std::string fam = family_key(c);
  std::string given = fold_words(c.given);
  return given.empty() ? fam : fam + " " + std::string(first_letter(given));
}

std::set<std::string> creator_keys(const Record& r) {
  std::set<std::string> out;
  for (const Creator* c : creators_of(r)) out.insert(creator_key(*c));
  return out;
}

// The first author's folded family name (or literal name), or empty.
std::string first_author(const Record& r) {
  auto list = creators_of(r);
  if (list.empty()) return "";
  const Creator& c = *list.front();
  return c.is_literal() ? fold_words(c.literal) : family_key(c);
}

// The first page: its leading letters and digits ("1516" of "1516-1536",
// "e0228001", "S105", "494" of "494‐496" with a Unicode hyphen), without
// leading zeros ("083-087" is page 83).
std::string first_page(std::string_view pages) {
  pages = trim(pages);
  if (is_page_count(pages)) return "";
  while (!pages.empty() && !is_digit(pages[0]) && !is_alpha(pages[0])) pages.remove_prefix(1);  // "\"52-4, 64\""
  std::size_t i = 0;
  while (i < pages.size() && (is_digit(pages[i]) || is_alpha(pages[i]))) ++i;
  std::string_view p = pages.substr(0, i);
  while (p.size() > 1 && p[0] == '0' && is_digit(p[1])) p.remove_prefix(1);
  return ascii_lower(p);
}


// A first page without the letters some journals and databases put before
// its number: Nephron's "c37", a supplement's "viii108" or "S105", ACP
// Journal Club's "JC6" are pages 37, 108, 105 and 6.  Letters alone ("iii")
// stay.
std::string page_number(std::string_view pages) {
  std::string p = first_page(pages);
  std::size_t i = 0;
  while (i < p.size() && is_alpha(p[i])) ++i;
  if (i == 0 || i == p.size() || !all_digits(std::string_view(p).substr(i))) return p;
  std::string_view d = std::string_view(p).substr(i);
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  return std::string(d);
}

// The last page of a range ("1676" of "1676-1687", "1687" of "1676-87"), as
// a number, or 0.
long last_page_number(std::string_view pages, long first) {
  std::size_t dash = pages.find('-');
  if (dash == std::string_view::npos) return 0;
  std::string_view rest = pages.substr(dash);
  while (!rest.empty() && !is_digit(rest[0])) {
    if (is_alpha(rest[0]) && !(rest.size() > 1 && is_digit(rest[1]))) return 0;  // "13-May"
    rest.remove_prefix(1);
  }
  std::size_t n = 0;
  while (n < rest.size() && is_digit(rest[n]) && n < 9) ++n;
  if (n == 0) return 0;
  long last = std::stol(std::string(rest.substr(0, n)));
  // "1676-87": the last page written with the first page's leading digits left out.
  std::string f = std::to_string(first);
  if (n < f.size()) last = std::stol(f.substr(0, f.size() - n) + std::string(rest.substr(0, n)));
  return last;
}

// The pages two records give are one range of several pages: the same first
// page (letters before it aside) and the same last page, further on.  Two
// works of one volume never share that.
bool same_page_range(const Record& a, const Record& b) {
  std::string pa = page_number(a.pages);
  if (!all_digits(pa) || pa.size() > 9 || pa != page_number(b.pages)) return false;
  long first = std::stol(pa);
  long la = last_page_number(a.pages, first);
  return la > first && la == last_page_number(b.pages, first);
}

// The number of pages of a plain range "891-907" (17), 0 when the pages are
// no such range.
long page_count(const Record& r) {
  std::string p = page_number(r.pages);
  if (!all_digits(p) || p.empty() || p.size() > 9 || p != first_page(r.pages)) return 0;
  long first = std::stol(p), last = last_page_number(r.pages, first);
  return last > first ? last - first + 1 : 0;
}

// Two plain ranges of several pages that share a page at least ("945-948"
// and "948-961"): in one volume, no two works are printed on them but the
// one's end and the next's start.
bool page_ranges_meet(const Record& a, const Record& b) {
  const long ca = page_count(a), cb = page_count(b);
  if (!ca || !cb) return false;
  const long fa = std::stol(page_number(a.pages)), fb = std::stol(page_number(b.pages));
  return fa <= fb + cb - 1 && fb <= fa + ca - 1;
}

// One paper printed twice in a volume: two issues numbered as issues are
// (two digits at most: Embase's 209 and 210, or 1164 and 1165, are not
// issues of a volume), ranges of several pages apart, and the later issue on
// the later pages (Fresenius Environmental Bulletin 25(9):3340-3347 and
// 25(10):3915-3922, two Web of Science records).
bool issues_in_page_order(const Record& a, const Record& b) {
  auto issue = [](const Record& r) {
    const std::string i(trim(r.issue));
    return all_digits(i) && !i.empty() && i.size() <= 2 ? std::stol(i) : 0L;
  };
  const long ia = issue(a), ib = issue(b);
  if (!ia || !ib || ia == ib || !page_count(a) || !page_count(b) || page_ranges_meet(a, b)) return false;
  return (ia < ib) == (std::stol(page_number(a.pages)) < std::stol(page_number(b.pages)));
}

// The first pages of each range of "233-238+230-235+246-251" or
// "230-5, 246-51, 233-8".
std::set<std::string> range_starts(std::string_view pages) {
  std::set<std::string> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= pages.size(); ++i)
    if (i == pages.size() || pages[i] == ',' || pages[i] == '+' || pages[i] == ';') {
      std::string p = page_number(pages.substr(b, i - b));
      if (!p.empty()) out.insert(p);
      b = i + 1;
    }
  return out;
}

// The Greek letters of `raw` that stand alone (no Greek letter before or
// after them) written as their names: "Δ9" -> "delta9", "βH" -> "betaH".
std::string greek_letters_named(std::string_view raw) {
  static constexpr std::string_view kNames[] = {"alpha", "beta",  "gamma", "delta",   "epsilon", "zeta",    "eta",
                                                "theta", "iota",  "kappa", "lambda",  "mu",      "nu",      "xi",
                                                "omicron", "pi",  "rho",   "sigma",   "sigma",   "tau",     "upsilon",
                                                "phi",   "chi",   "psi",   "omega"};
  // The code point of a two-byte character of the Greek block at `i`
  // (U+0370-U+03FF, accented letters too), or 0.
  auto greek = [&raw](std::size_t i) -> unsigned {
    if (i + 1 >= raw.size()) return 0;
    const auto b0 = static_cast<unsigned char>(raw[i]), b1 = static_cast<unsigned char>(raw[i + 1]);
    if ((b0 != 0xCD && b0 != 0xCE && b0 != 0xCF) || (b1 & 0xC0) != 0x80) return 0;
    const unsigned cp = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
    return cp >= 0x370 ? cp : 0;
  };
  // A letter that has a name here: U+0391-U+03A9, U+03B1-U+03C9.
  auto named_letter = [](unsigned cp) {
    return (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x3B1 && cp <= 0x3C9);
  };
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    const unsigned cp = greek(i);
    if (!named_letter(cp)) {
      if (cp) {
        out.append(raw.substr(i, 2));
        i += 2;
      } else {
        out += raw[i++];
      }
      continue;
    }
    const bool before = i >= 2 && greek(i - 2), after = greek(i + 2);
    if (before || after) {
      out.append(raw.substr(i, 2));
    } else {
      out += kNames[cp >= 0x3B1 ? cp - 0x3B1 : cp - 0x391];
    }
    i += 2;
  }
  return out;
}

// Word-overlap similarity of two folded titles: 1 when equal, 0.9 when one is
// the other without its subtitle, else the Jaccard index of their words.
// A title as dedup compares it: folded, without the bracketed notes some
// databases append ("... infection. [Review] [33 refs]", "[French]"), and
// without the brackets of a translated title ("[Current aspects of ...]").
std::string title_key(std::string_view raw) {
  // Rich text tags ("The <i>Drosophila</i> genome") are not words.
  std::string plain;
  if (may_have_rich_text(raw)) {
    plain = strip_rich_text(raw);
    raw = plain;
  }
  // MEDLINE writes ">=" as ">or=" ("Women >or=30 years of age").
  std::string spelled;
  if (raw.find("or=") != std::string_view::npos) {
    spelled = std::string(raw);
    for (const char* op : {">or=", "<or="})
      for (std::size_t at; (at = spelled.find(op)) != std::string::npos;) spelled.replace(at, 4, std::string(1, op[0]) + "=");
    raw = spelled;
  }
  // A Greek letter standing for itself ("Δ9-THC", "βH-crystallins"), not
  // in a Greek word, is its name, as other databases spell it ("delta
  // 9-THC", "beta H-crystallins").
  std::string named;
  if (raw.find('\xCE') != std::string_view::npos || raw.find('\xCF') != std::string_view::npos) {
    named = greek_letters_named(raw);
    raw = named;
  }
  std::string_view t = trim(raw);
  for (;;) {
    while (!t.empty() && (t.back() == '.' || is_space(t.back()))) t.remove_suffix(1);
    if (t.empty() || t.back() != ']') break;
    std::size_t open = t.rfind('[');
    if (open == std::string_view::npos || open == 0) break;
    t = t.substr(0, open);
  }
  if (t.size() > 2 && t.front() == '[' && t.back() == ']' && t.find('[', 1) == std::string_view::npos)
    t = t.substr(1, t.size() - 2);
  return fold_words(t);
}

// The title in another language a record gives after its own, as Scopus
// writes it ("Prenatal diagnosis of Pentalogy of Cantrell: A case report;
// [Diagnóstico prenatal de pentalogía de Cantrell: Reporte de caso]"),
// folded, three words or more; else empty.  title_key drops it.
std::string bracketed_translation(std::string_view title) {
  std::string_view t = trim(title);
  while (!t.empty() && (t.back() == '.' || is_space(t.back()))) t.remove_suffix(1);
  if (t.empty() || t.back() != ']') return "";
  const std::size_t open = t.rfind("; [");
  if (open == std::string_view::npos || open == 0) return "";
  std::string k = fold_words(t.substr(open + 3, t.size() - open - 4));
  return split_words(k).size() >= 3 ? k : "";
}

// The title after the name of where it is printed, as Lens writes some
// titles: "<container> - <title>" ("The Map Reader: Theories of Mapping
// Practice and Cartographic Representation - Automation and Cartography"
// under the container "The Map Reader", "SIGGRAPH - Comparing figures by
// regression" under the proceedings' long name), folded, three words or
// more; else empty.  What stands before " - " must be the record's
// container (its words from the first) or an acronym alone (one word of
// three capitals or more), `venue` when given, else any container: the
// block keys, which know no container, take every such title.
std::vector<std::string> venue_words(std::string_view name);
std::string after_container_prefix(std::string_view title, const std::string* venue) {
  const std::size_t dash = title.find(" - ");
  if (dash == std::string_view::npos) return {};
  const std::string_view pre = trim(title.substr(0, dash));
  std::string rest = title_key(title.substr(dash + 3));
  if (split_words(rest).size() < 3 || pre.empty()) return {};
  if (!venue) return rest;
  const bool acronym = pre.size() >= 3 && pre.size() <= 12 &&
                       std::all_of(pre.begin(), pre.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const auto pw = venue_words(pre), vw = venue_words(*venue);
  const bool container = !vw.empty() && pw.size() >= vw.size() && std::equal(vw.begin(), vw.end(), pw.begin());
  return acronym || container ? rest : std::string();
}

// The small words of French, German, Spanish, Italian and Portuguese in a
// name or title ("comptes rendus des seances de la societe de biologie et de
// ses filiales": six).  Two or more name a journal in such a language, and a
// title without them under it is a translation (Ayats, Bermond & Bert 1967,
// "Comparative study of the action of psilocybine ...").
std::size_t other_language_words(std::string_view text) {
  static constexpr std::string_view kWords[] = {"de",  "des", "du",  "la",   "le",    "les", "et", "aux", "und",
                                                "der", "die", "das", "fur",  "del",   "della", "di", "dei", "degli",
                                                "y",   "e",   "do",  "da",   "dos",   "im",  "zur", "zum"};
  const std::string folded = fold_words(text);
  std::size_t n = 0;
  for (std::string_view w : split_words(folded))
    if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) ++n;
  return n;
}

// A folded title without a leading article ("a survey on ..." is "survey on
// ...").
std::string_view without_article(std::string_view folded) {
  for (std::string_view a : {"a ", "an ", "the "})
    if (folded.substr(0, a.size()) == a) return folded.substr(a.size());
  return folded;
}

// Equal but for spaces: "p16INK4A" and "p16(INK4A)" fold to "p16ink4a" and "p16 ink4a".
bool same_but_spaces(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  for (;;) {
    while (i < a.size() && a[i] == ' ') ++i;
    while (j < b.size() && b[j] == ' ') ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i++] != b[j++]) return false;
  }
}

// Whether two words are one word spelt two ways ("haemolytic" and
// "hemolytic", "paroxsmal" and "paroxysmal"): long enough, the same first
// letter, at most one edit apart per six letters, the very same digits
// ("phase3" is not "phase", nor "p15ink4b" "p16ink4a").  Short words never
// are ("men" and "women", "vivo" and "vitro").
bool near_word(std::string_view a, std::string_view b) {
  if (a.size() < 5 || b.size() < 5 || a[0] != b[0]) return false;
  auto digits = [](std::string_view w) {
    std::string d;
    for (char c : w)
      if (is_digit(c)) d += c;
    return d;
  };
  if (digits(a) != digits(b)) return false;
  const std::size_t k = std::max<std::size_t>(1, std::min(a.size(), b.size()) / 6);
  if (a.size() > b.size() + k || b.size() > a.size() + k) return false;
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > k) return false;
    std::swap(prev, cur);
  }
  return prev[b.size()] <= k;
}

// Whether two words of one length differ only by two adjacent letters
// swapped ("lds" and "lsd").
bool adjacent_swap(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  std::size_t k = 0;
  while (k < x.size() && x[k] == y[k]) ++k;
  return k + 1 < x.size() && x[k] == y[k + 1] && x[k + 1] == y[k] && x.substr(k + 2) == y.substr(k + 2);
}

// The one word in which two folded titles of as many words (four or more)
// differ, when it is two adjacent letters swapped ("lds" and "lsd"), as
// "lds / lsd"; else empty.  near_word does not look at words this short.
std::string swapped_letters(std::string_view ta, std::string_view tb) {
  auto wa = split_words(ta), wb = split_words(tb);
  if (wa.size() != wb.size() || wa.size() < 4) return "";
  std::size_t at = wa.size();
  for (std::size_t i = 0; i < wa.size(); ++i)
    if (wa[i] != wb[i]) {
      if (at != wa.size()) return "";
      at = i;
    }
  if (at == wa.size()) return "";
  std::string_view x = wa[at], y = wb[at];
  if (x.size() != y.size() || x.size() < 2 || !std::all_of(x.begin(), x.end(), is_alpha) ||
      !std::all_of(y.begin(), y.end(), is_alpha))
    return "";
  if (!adjacent_swap(x, y)) return "";
  return std::string(x) + " / " + std::string(y);
}

// Whether one compound family name is the other's first or last part
// ("Hernandez Pedro" and "Pedro", "Goicoechea de Jorge" and "de Jorge"),
// the part four letters or more.
bool family_part(const Creator& x, const Creator& y) {
  const std::string fx = fold_words(x.full_family()), fy = fold_words(y.full_family());
  const std::string& s = fx.size() < fy.size() ? fx : fy;
  const std::string& l = fx.size() < fy.size() ? fy : fx;
  if (s.size() < 4 || s.size() == l.size()) return false;
  return (starts_with(l, s) && l[s.size()] == ' ') || (l.size() > s.size() && l.compare(l.size() - s.size(), s.size(), s) == 0 &&
                                                       l[l.size() - s.size() - 1] == ' ');
}

// Two persons' names that are one person's as databases write it, or
// empty: the same family name with initials left out on one side ("Shin"
// and "Shin, J. I."), given and family name swapped ("Xiaoguang, Wang" and
// "Wang, X."), a letter lost from a long family name ("Hiess" and "Hiessl",
// with the same first initial), a compound family name in part ("Pedro, N.
// H." and "Hernandez Pedro, N.") or split after its first part ("Holt,
// Hansen K." and "Holt-Hansen, K.").  Returns the key it is reported under.
std::string same_person_spelt_otherwise(const Creator& x, const Creator& y) {
  if (x.is_literal() || y.is_literal()) return "";
  auto first_word = [](const std::string& folded) { return folded.substr(0, folded.find(' ')); };
  const std::string fx = family_key(x), fy = family_key(y);
  const std::string gx = fold_words(x.given), gy = fold_words(y.given);
  if (fx.empty() || fy.empty()) return "";
  if (fx == fy && (gx.empty() || gy.empty())) return fx;
  // Initials are letters, not bytes: "А" and "Б" share their lead byte.
  const std::string ix(first_letter(gx)), iy(first_letter(gy));
  if (!gx.empty() && !gy.empty()) {
    if ((first_word(gy) == fx && ix == first_letter(fy)) || (first_word(gx) == fy && iy == first_letter(fx)))
      return fx + " " + ix;
    // (A letter lost is counted on the names as written: "hiessl" and
    // "hiess", whose keys "hiesl" and "hies" are too short for near_word.)
    auto written = [](const Creator& c) {
      std::string f = fold_words(c.full_family());
      f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
      return f;
    };
    if (ix == iy && (near_word(fx, fy) || near_word(written(x), written(y)) || family_part(x, y)))
      return fx + " " + ix;
    // A compound family name split after its first part: "Holt, Hansen K."
    // and "Holt-Hansen, Kristian".
    auto split_after_first_part = [&first_word](const std::string& f_short, const std::string& g_short,
                                                const std::string& f_long, const std::string& g_long) {
      const std::string part = first_word(g_short);
      if (part.size() < 2 || part.size() == g_short.size() || f_short + part != f_long) return false;
      return first_letter(std::string_view(g_short).substr(part.size() + 1)) == first_letter(g_long);
    };
    if (split_after_first_part(fx, gx, fy, gy)) return fy + " " + iy;
    if (split_after_first_part(fy, gy, fx, gx)) return fx + " " + ix;
    // A name written family name first without a comma and read given name
    // first (ProQuest's "Teixeira da Silva Daniel": given "Teixeira", family
    // "da Silva Daniel"): its words in that order are the other's family and
    // given names.
    auto in_order = [](const Creator& c, bool family_first) {
      return fold_words(family_first ? c.full_family() + " " + c.given : c.given + " " + c.full_family());
    };
    if (in_order(x, false) == in_order(y, true)) return fy + " " + iy;
    if (in_order(y, false) == in_order(x, true)) return fx + " " + ix;
  }
  return "";
}

// The persons of a record dedup compares name by name (at most 20).
std::vector<const Creator*> persons_of(const Record& r) {
  std::vector<const Creator*> v;
  for (const Creator* c : creators_of(r))
    if (!c->is_literal() && v.size() < 20) v.push_back(c);
  return v;
}

// A creator the two records share, as its key, or empty: the same family
// name and first initial, or one person's name spelt another way.
std::string shared_creator_of(const Record& a, const Record& b) {
  auto ca = creator_keys(a), cb = creator_keys(b);
  for (const auto& k : ca)
    if (cb.count(k)) return k;
  for (const Creator* x : persons_of(a))
    for (const Creator* y : persons_of(b))
      if (std::string k = same_person_spelt_otherwise(*x, *y); !k.empty()) return k;
  return "";
}

// Whether `glued` is an author list a database glued into one name
// ("Niesenbaum Mauro E Salazar Amadou M Diop, Richard A.": three persons'
// family and given names run together, five words or more, an initial
// among them) that holds `x`'s family name (four letters or more) as one of
// its words.
bool in_glued_name(const Creator& x, const Creator& glued) {
  if (x.is_literal() || glued.is_literal()) return false;
  const std::string f = fold_words(x.full_family()), g = fold_words(glued.full_family());
  if (f.size() < 4 || f.find(' ') != std::string::npos) return false;
  const auto words = split_words(g);
  return words.size() >= 5 &&
         std::any_of(words.begin(), words.end(), [](std::string_view w) { return w.size() == 1; }) &&
         std::find(words.begin(), words.end(), std::string_view(f)) != words.end();
}

// Whether two persons at one place in two author lists are one person
// whose family name lost a letter ("Fen, Hailin" for "Feng, Hailin":
// Scopus's second author of Hu et al., CAC 2018, whose address is
// hlfeng@): the same given name written out (not initials), the family
// name the other's with one letter left out.  Short family names a letter
// apart are other people's ("Wang" and "Wan", "Zhang" and "Zhan"), so the
// place in the lists must agree.
bool letter_lost_in_family(const Creator& x, const Creator& y) {
  if (x.is_literal() || y.is_literal()) return false;
  const std::string gx = fold_words(x.given), gy = fold_words(y.given);
  if (gx.empty() || gx != gy || gx.find(' ') < 3 || gx.size() < 3) return false;
  std::string fx = fold_words(x.full_family()), fy = fold_words(y.full_family());
  if (fx.size() < fy.size()) std::swap(fx, fy);
  if (fy.size() < 2 || fx.size() != fy.size() + 1 || fx[0] != fy[0]) return false;
  std::size_t p = 0;
  while (p < fy.size() && fx[p] == fy[p]) ++p;
  return fx.compare(p + 1, std::string::npos, fy, p) == 0;
}

// The family names of `a`'s creators whom `b` does not name in any
// spelling (nor within an author list glued into one name, nor with a
// letter lost at the same place in the list); empty when either has more
// than 20 creators (a list cut or reordered by a database says nothing).
std::vector<std::string> creators_missing_from(const Record& a, const Record& b) {
  auto ca = creators_of(a), cb = creators_of(b);
  if (ca.size() > 20 || cb.size() > 20) return {};
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ca.size(); ++i) {
    const Creator* x = ca[i];
    const std::string kx = creator_key(*x);
    if (!std::any_of(cb.begin(), cb.end(), [&](const Creator* y) {
          return creator_key(*y) == kx || !same_person_spelt_otherwise(*x, *y).empty() || in_glued_name(*x, *y);
        }) &&
        !(i < cb.size() && letter_lost_in_family(*x, *cb[i])))
      out.push_back(x->is_literal() ? x->literal : x->full_family());
  }
  return out;
}

// The words of a journal or proceedings name that say which it is: folded,
// without small words, numbers ("51st", "2016", "vols 1-3") and a leading
// "Proceedings of the".
std::vector<std::string> venue_words(std::string_view name) {
  static const std::unordered_set<std::string_view> kSmall = {"of", "the", "and", "on", "in", "for", "de", "la", "le",
                                                             "des", "du", "et", "der", "und", "fur", "d", "l", "a",
                                                             "vol", "vols", "th", "st", "nd", "rd"};
  std::vector<std::string> out;
  const std::string folded = fold_words(name);
  for (auto w : split_words(folded)) {
    if (kSmall.count(w) || std::any_of(w.begin(), w.end(), [](char c) { return is_digit(c); })) continue;
    if (out.empty() && (w == "proceedings" || w == "proc" || w == "annual")) continue;
    out.emplace_back(w);
  }
  return out;
}

// One word written out or abbreviated ("j" of "journal", "natl" of "national").
bool abbreviates(std::string_view s, std::string_view l) {
  if (s.size() > l.size()) std::swap(s, l);
  if (s.empty() || s[0] != l[0]) return false;
  std::size_t j = 0;
  for (char c : l)
    if (j < s.size() && s[j] == c) ++j;
  return j == s.size();
}

// Where a record is printed: its journal or proceedings, else their short name.
const std::string& venue_of(const Record& r) {
  return r.container_title.empty() ? r.container_title_short : r.container_title;
}

// Whether two records give an ISSN in common.
bool share_issn(const Record& a, const Record& b) {
  for (const auto& x : a.issn)
    for (const auto& y : b.issn)
      if (issn_digits(x) == issn_digits(y)) return true;
  return false;
}

bool isbns_shared(const Record& a, const Record& b);

// A conference's name without the acronym it gives itself, first or last
// (Scopus's "ICACSIS 2015 - 2015 International Conference on Advanced
// Computer Science and Information Systems, Proceedings", Web of Science's
// "... INFORMATION SYSTEMS (ICACSIS)"): a word of four letters or more whose
// letters are, in order, initials of the name's other words.
std::vector<std::string> without_own_acronym(std::vector<std::string> w) {
  auto initials_spell = [](const std::string& acronym, auto first, auto last) {
    std::size_t j = 0;
    for (auto it = first; it != last && j < acronym.size(); ++it)
      if ((*it)[0] == acronym[j]) ++j;
    return j == acronym.size();
  };
  if (w.size() >= 4 && w.front().size() >= 4 && initials_spell(w.front(), w.begin() + 1, w.end()))
    w.erase(w.begin());
  if (w.size() >= 4 && w.back().size() >= 4 && initials_spell(w.back(), w.begin(), w.end() - 1)) w.pop_back();
  return w;
}

// Whether two names can be one journal or conference: the shorter name,
// word by word, from its first, written out or abbreviated in the longer
// ("N Engl J Med", "Nephron" and "Nephron - Clinical Practice", "Journal of
// clinical virology : the official publication of ...").  Unknown (true)
// when one is missing.  One ISBN is one book whatever the two records call
// it: Web of Science names a proceedings volume by its own title, Scopus by
// its series ("ACM International Conference Proceeding Series") or a title
// of its own, and dates it by the meeting or by the book (Kwok & Sun, ICCMS
// 2018: 2017 and 2018).  A series' ISSN is on every volume; an ISBN is not.
bool same_venue(const Record& a, const Record& b) {
  if (isbns_shared(a, b)) return true;
  auto wa = venue_words(venue_of(a)), wb = venue_words(venue_of(b));
  if (wa.empty() || wb.empty()) return true;
  // "ICIS : Transforming Society ..." and "International Conference on
  // Information Systems": an acronym first, the other's initials.
  auto initials = [](const std::vector<std::string>& w) {
    std::string out;
    for (const auto& x : w) out += x[0];
    return out;
  };
  if ((wa[0].size() >= 3 && wa[0] == initials(wb)) || (wb[0].size() >= 3 && wb[0] == initials(wa))) return true;
  auto fits = [](const std::vector<std::string>& sh, const std::vector<std::string>& lo) {
    if (!abbreviates(sh[0], lo[0])) return false;
    std::size_t j = 1;
    for (std::size_t i = 1; i < sh.size(); ++i) {
      while (j < lo.size() && !abbreviates(sh[i], lo[j])) ++j;
      if (j == lo.size()) return false;
      ++j;
    }
    return true;
  };
  auto fit = [&fits](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return x.size() <= y.size() ? fits(x, y) || (x.size() == y.size() && fits(y, x)) : fits(y, x);
  };
  if (fit(wa, wb)) return true;
  // Again without the acronym each name may give itself.
  const auto sa = without_own_acronym(wa), sb = without_own_acronym(wb);
  if ((sa.size() != wa.size() || sb.size() != wb.size()) && !sa.empty() && !sb.empty() && fit(sa, sb)) return true;
  // Names that differ under one ISSN and volume of two journal articles:
  // one journal (colandr's records of Ovid MEDLINE carry the original title
  // where the journal's name belongs).  Not for conference papers or
  // chapters: a book series' ISSN is on every volume of its proceedings.
  return a.type == "article-journal" && b.type == "article-journal" && share_issn(a, b) &&
         !normalize_volume(a.volume).empty() && normalize_volume(a.volume) == normalize_volume(b.volume);
}

// A Greek letter's name and a number ("delta", "8") written as the
// letter's initial and the number ("d8": "d8-THC" for "delta 8-THC").
bool greek_initial(std::string_view name, std::string_view number, std::string_view word) {
  static constexpr std::string_view kGreek[] = {"alpha", "beta",  "gamma", "delta", "epsilon", "zeta",  "eta",  "theta",
                                                "iota",  "kappa", "lambda", "mu",   "nu",      "xi",    "omicron", "pi",
                                                "rho",   "sigma", "tau",   "upsilon", "phi",   "chi",   "psi",  "omega"};
  if (number.empty() || !all_digits(number) || word.size() != number.size() + 1 || word[0] != name[0] ||
      word.substr(1) != number)
    return false;
  return std::find(std::begin(kGreek), std::end(kGreek), name) != std::end(kGreek);
}

// Two adjacent words of one title (`words`, in order) that are one word of
// the other, glued by a database or an OCR ("[14C]serotonin" folds to "14c
// serotonin", the scan's "14clerotonin"), or a Greek letter's name and its
// initial ("delta 8" and "d8").  Each such word of `theirs` (the other's
// unmatched words) is matched: it leaves `theirs`, and the two words leave
// `mine` (this title's unmatched words); returns how many.
std::size_t glued_words(const std::vector<std::string_view>& words, std::vector<std::string_view>& mine,
                        std::vector<std::string_view>& theirs) {
  std::size_t found = 0;
  auto unmatched = [&mine](std::string_view w) { return std::find(mine.begin(), mine.end(), w) != mine.end(); };
  for (std::size_t i = 0; i + 1 < words.size() && !theirs.empty(); ++i) {
    if (!unmatched(words[i]) && !unmatched(words[i + 1])) continue;
    const std::string glue = std::string(words[i]) + std::string(words[i + 1]);
    auto y = std::find_if(theirs.begin(), theirs.end(), [&](std::string_view w) {
      return w == glue || near_word(glue, w) || greek_initial(words[i], words[i + 1], w);
    });
    if (y == theirs.end()) continue;
    theirs.erase(y);
    for (std::string_view w : {words[i], words[i + 1]})
      if (auto m = std::find(mine.begin(), mine.end(), w); m != mine.end()) mine.erase(m);
    ++found;
  }
  return found;
}

// The words of two folded titles matched one to one: the same word, a word
// spelt two ways, or a word glued to its neighbour on one side; and the
// words of each left without a match.  Not matched further (`tried` false)
// when either side has more than four words the other lacks.
struct WordMatch {
  std::size_t matched = 0;
  std::vector<std::string_view> only_a, only_b;
  bool tried = true;
};
WordMatch match_words(const std::string& ta, const std::string& tb) {
  WordMatch m;
  auto wa = split_words(ta), wb = split_words(tb);
  std::unordered_set<std::string_view> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  for (auto w : sb) {
    if (sa.count(w)) ++m.matched;
    else m.only_b.push_back(w);
  }
  for (auto w : sa)
    if (!sb.count(w)) m.only_a.push_back(w);
  if (m.only_a.size() > 4 || m.only_b.size() > 4) {
    m.tried = false;
    return m;
  }
  for (auto x = m.only_a.begin(); x != m.only_a.end();) {
    auto y = std::find_if(m.only_b.begin(), m.only_b.end(), [&x](std::string_view w) { return near_word(*x, w); });
    if (y == m.only_b.end()) {
      ++x;
      continue;
    }
    ++m.matched;
    m.only_b.erase(y);
    x = m.only_a.erase(x);
  }
  m.matched += glued_words(wa, m.only_a, m.only_b) + glued_words(wb, m.only_b, m.only_a);
  return m;
}

// Word-overlap similarity of two folded titles: 1 when equal (a leading
// article aside), 0.9 when one is the other without its subtitle (also one
// glued to its subtitle without a space: "...statesthe examples of..."),
// else the Jaccard index of their words, a word spelt two ways, or glued to
// its neighbour on one side, counting as shared.
double title_similarity(const std::string& ta, const std::string& tb) {
  if (ta == tb || same_but_spaces(ta, tb)) return 1.0;
  // "A survey on federated unlearning ..." and "Survey on federated ...".
  if (std::string_view xa = without_article(ta), xb = without_article(tb);
      (xa.size() != ta.size() || xb.size() != tb.size()) && same_but_spaces(std::string(xa), std::string(xb)))
    return 1.0;
  auto wa = split_words(ta), wb = split_words(tb);
  if (wa.empty() || wb.empty()) return 0;
  const auto& shorter = wa.size() < wb.size() ? wa : wb;
  const auto& longer = wa.size() < wb.size() ? wb : wa;
  if (shorter.size() >= 4 && std::equal(shorter.begin(), shorter.end(), longer.begin())) return 0.9;
  const std::string& ts = ta.size() < tb.size() ? ta : tb;
  const std::string& tl = ta.size() < tb.size() ? tb : ta;
  if (ts.size() >= 30 && shorter.size() >= 4 && starts_with(tl, ts)) return 0.9;
  const WordMatch m = match_words(ta, tb);
  const std::size_t uni = m.matched + m.only_a.size() + m.only_b.size();
  return uni ? static_cast<double>(m.matched) / static_cast<double>(uni) : 0;
}

// A word that says what a title is about: not a small word, not a number,
// nor a word for the kind of study that translations of one title render
// each their way ("comparative study of the action of psilocybine" and "a
// comparative study of the effect of psilocybin").
bool content_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kSmall = {
      "effect", "effects", "action", "actions", "study", "studies", "analysis", "analyses", "role", "influence",
      "impact", "evaluation", "assessment", "investigation", "comparison", "research", "observations",
      "a",    "an",   "the",  "of",   "and",  "or",   "in",   "on",  "at",   "to",   "for",  "from", "by",
      "with", "as",   "its",  "their", "into", "upon", "via",  "vs",  "versus", "is",  "are",  "was",  "be",
      "de",   "la",   "le",   "les",  "des",  "du",   "et",   "der", "die",  "das",  "und",  "von",  "el",
      "en",   "y",    "del",  "di",   "il",   "e",    "ein",  "eine", "zur", "zum",  "bei",  "im",   "une",
      "un",   "au",   "aux",  "sur",  "dans", "par",  "pour", "los", "las",  "con",  "per"};
  return w.size() >= 3 && !kSmall.count(w) && std::any_of(w.begin(), w.end(), is_alpha);
}

// Two words that are one word written otherwise, where near_word is too
// strict: a letter left out, added, changed or two swapped ("lds" and "lsd",
// "centre" and "center", "pm10" and "pk10"), the first letter the same; or
// one word's stem, cut or inflected otherwise ("cercopith" and
// "cercopithecinae", "derivates" and "derivatives", "psychoses" and
// "psychotic"): four letters or more, two thirds of the shorter word.
bool variant_word(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  std::size_t p = 0;
  while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
  if (p >= 4 && 3 * p >= 2 * std::min(a.size(), b.size())) return true;
  // One edit after the common start: the rests are equal but for one letter
  // left out, changed, or swapped with the next.
  std::string_view x = a.substr(p), y = b.substr(p);
  if (x.size() < y.size()) std::swap(x, y);
  if (x.size() == y.size() + 1) return x.substr(1) == y;
  if (x.size() != y.size() || x.empty()) return false;
  return x.substr(1) == y.substr(1) || adjacent_swap(x, y);
}

// The first three content words of two folded titles are one by one the
// same word or one word written otherwise: "the problem of mutagenic side
// ..." and "problems of mutagenic side ...".
bool same_opening(const std::string& ta, const std::string& tb) {
  auto opening = [](const std::string& t) {
    std::vector<std::string_view> out;
    for (std::string_view w : split_words(t))
      if (content_word(w) && out.size() < 3) out.push_back(w);
    return out;
  };
  auto x = opening(ta), y = opening(tb);
  if (x.size() < 3 || y.size() < 3) return false;
  for (std::size_t i = 0; i < 3; ++i)
    if (x[i] != y[i] && !variant_word(x[i], y[i])) return false;
  return true;
}

// A word of one title put where the other has another word, neither a
// spelling of the other ("... [14C]serotonin synthesis ..." and "...
// [14C]melatonin synthesis ...", "Sexual self-schemas of bisexual men" and
// "... of gay men"), as "serotonin / melatonin"; else empty.  Small words
// and numbers do not count (the numbers have their own veto).
std::string substituted_word(const std::string& ta, const std::string& tb) {
  WordMatch m = match_words(ta, tb);
  if (!m.tried) return "";
  auto content = [](std::vector<std::string_view>& v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](std::string_view w) { return !content_word(w); }), v.end());
  };
  content(m.only_a);
  content(m.only_b);
  for (auto x = m.only_a.begin(); x != m.only_a.end();) {
    auto y = std::find_if(m.only_b.begin(), m.only_b.end(), [&x](std::string_view w) { return variant_word(*x, w); });
    if (y == m.only_b.end()) {
      ++x;
      continue;
    }
    m.only_b.erase(y);
    x = m.only_a.erase(x);
  }
  if (m.only_a.empty() || m.only_b.empty()) return "";
  // Each title's first such word, in the order of its words.
  auto first = [](const std::string& t, const std::vector<std::string_view>& only) {
    for (auto w : split_words(t))
      if (std::find(only.begin(), only.end(), w) != only.end()) return std::string(w);
    return std::string(only.front());
  };
  return first(ta, m.only_a) + " / " + first(tb, m.only_b);
}

// The folded title after a label and colon or ellipsis ("Short report: Tafenoquine for
// ..." -> "tafenoquine for ..."), or empty when there is no such label.
std::string without_label(std::string_view title) {
  // A colon, or an ellipsis ("How I did it ... <title>", Web of Science's
  // form of a magazine's section).
  std::size_t colon = title.find(':'), dots = title.find("...");
  std::size_t cut = std::min(colon == std::string_view::npos ? colon : colon + 1,
                             dots == std::string_view::npos ? dots : dots + 3);
  if (cut == std::string_view::npos || cut > 41) return "";
  return title_key(title.substr(cut));
}

// Words of one folded subtitle that the other lacks in any spelling, each
// way, under one main title ("... assessment: Invasives topic, 2015-20" and
// "... assessment—Fire topic, 2015-20"): a report series' parts.  The main
// title runs to the first colon or em dash (an en dash joins "2015–20").
// Empty when a title has no subtitle, the main titles differ, or one
// subtitle holds all the other's words.
std::string other_subtitles(std::string_view ta_raw, std::string_view tb_raw) {
  auto split = [](std::string_view t, std::string* main, std::string* sub) {
    std::size_t colon = t.find(':'), dash = t.find("\xE2\x80\x94");
    std::size_t at = std::min(colon, dash);
    if (at == std::string_view::npos || at < 10) return false;
    *main = title_key(t.substr(0, at));
    *sub = title_key(t.substr(at + (at == dash ? 3 : 1)));
    return !main->empty() && !sub->empty();
  };
  std::string ma, sa, mb, sb;
  if (!split(ta_raw, &ma, &sa) || !split(tb_raw, &mb, &sb) || ma != mb) return "";
  auto wa = split_words(sa), wb = split_words(sb);
  auto missing = [](const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
    std::string out;
    for (auto w : x)
      if (std::none_of(y.begin(), y.end(), [w](std::string_view v) { return v == w || near_word(v, w); }))
        out += (out.empty() ? "" : " ") + std::string(w);
    return out;
  };
  std::string only_a = missing(wa, wb), only_b = missing(wb, wa);
  return only_a.empty() || only_b.empty() ? "" : only_a + " / " + only_b;
}

// The numbers of a folded title ("focus 2 a randomized ..." -> {"2"}).
std::multiset<std::string_view> title_numbers(const std::string& folded) {
  std::multiset<std::string_view> out;
  for (auto w : split_words(folded))
    if (all_digits(w)) out.insert(w);
  return out;
}

// A Roman part number: "ii" … "xx" ("v" and "x" alone only after "part").
bool is_roman_part(std::string_view w) {
  static const std::unordered_set<std::string_view> kRoman = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi",
                                                              "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii",
                                                              "xix", "xx"};
  return kRoman.count(w) > 0;
}

// The words one folded title adds after the whole of the other (a
// subtitle, a part number), the shorter having three words or more; empty
// otherwise.  The views point into `ta` and `tb`.
std::vector<std::string_view> added_words(const std::string& ta, const std::string& tb) {
  auto wa = split_words(ta), wb = split_words(tb);
  const auto& shorter = wa.size() < wb.size() ? wa : wb;
  const auto& longer = wa.size() < wb.size() ? wb : wa;
  if (shorter.size() < 3 || longer.size() == shorter.size() ||
      !std::equal(shorter.begin(), shorter.end(), longer.begin()))
    return {};
  return {longer.begin() + static_cast<std::ptrdiff_t>(shorter.size()), longer.end()};
}

// Whether one folded title is the other with a part number after it
// ("personality and performance under psilocybin" and "... psilocybin ii",
// "... rivers part 2"): the second part of a series, whose first part often
// has no number.  A bare number is not one ("covid 19", "type 2").
bool adds_part_number(const std::string& ta, const std::string& tb) {
  auto added = added_words(ta, tb);
  if (added.size() == 1) return is_roman_part(added[0]);
  if (added.size() != 2 || (added[0] != "part" && added[0] != "pt")) return false;
  std::string_view n = added[1];
  return is_roman_part(n) || n == "v" || n == "x" || (all_digits(n) && n.size() <= 2 && n != "1");
}

// Whether one folded title is the other with the name of a section after it
// ("soft biological shells in bioengineering" and "... conclusion"): Web of
// Science's record of a book's chapter, not the book.  The rest may have a
// word spelt another way.
bool adds_section_name(const std::string& ta, const std::string& tb) {
  static const std::unordered_set<std::string_view> kSections = {
      "introduction", "conclusion", "conclusions", "preface", "foreword", "epilogue", "prologue", "afterword",
      "appendix", "appendices", "index", "bibliography", "references", "glossary", "summary", "acknowledgments",
      "acknowledgements", "contents"};
  auto wa = split_words(ta), wb = split_words(tb);
  const auto& shorter = wa.size() < wb.size() ? wa : wb;
  const auto& longer = wa.size() < wb.size() ? wb : wa;
  if (shorter.size() < 3 || longer.size() != shorter.size() + 1 || !kSections.count(longer.back())) return false;
  // The rest word for word, or a word spelt another way ("livelihoods",
  // "livelihood").
  for (std::size_t i = 0; i < shorter.size(); ++i)
    if (shorter[i] != longer[i] && !near_word(shorter[i], longer[i])) return false;
  return true;
}

// Words that name another population, condition or direction: titles
// otherwise alike name other studies ("... in adult patients with plasma
// therapy-resistant aHUS" and "... in adolescent patients ...", "in vitro"
// and "in vivo").  Each group holds classes of words that say the same
// ("paediatric", "pediatric", "children"); a word of one class in one title
// only and a word of another class of the group in the other only make the
// pair of contrasting words, else empty.
std::string contrasting_words(const std::string& ta, const std::string& tb) {
  using Class = std::vector<std::string_view>;
  static const std::vector<std::vector<Class>> kGroups = {
      {{"sensitive", "responsive"}, {"resistant", "refractory"}},
      {{"adult", "adults"},
       {"adolescent", "adolescents"},
       {"child", "children", "childhood", "pediatric", "paediatric"},
       {"infant", "infants", "neonatal", "neonates", "newborn", "newborns"},
       {"elderly"}},
      {{"men", "male", "males"}, {"women", "female", "females"}, {"boys"}, {"girls"}},
      {{"vivo"}, {"vitro"}},
      {{"acute"}, {"chronic"}},
      {{"benign"}, {"malignant"}},
      {{"positive"}, {"negative"}},
      {{"early"}, {"late"}},
      {{"increase", "increased", "increases"}, {"decrease", "decreased", "decreases"}},
      {{"upper"}, {"lower"}},
      {{"left"}, {"right"}},
      {{"first"}, {"second"}, {"third"}, {"fourth"}},
      {{"with"}, {"without"}},
      {{"before"}, {"after"}},
      {{"ii"}, {"iii"}, {"iv"}},
  };
  auto wa = split_words(ta), wb = split_words(tb);
  std::unordered_set<std::string_view> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  auto in = [](const std::unordered_set<std::string_view>& s, const Class& c) -> std::string_view {
    for (auto w : c)
      if (s.count(w)) return w;
    return {};
  };
  for (const auto& group : kGroups)
    for (const Class& x : group) {
      std::string_view wx = in(sa, x);
      if (wx.empty() || !in(sb, x).empty()) continue;
      for (const Class& y : group) {
        if (&y == &x) continue;
        std::string_view wy = in(sb, y);
        if (!wy.empty() && in(sa, y).empty()) return std::string(wx) + " / " + std::string(wy);
      }
    }
  return "";
}

// Issue numbers of which one lost its first digit ("3858" and "858", a
// database's cut): the same issue when everything else agrees.
bool issue_cut(std::string_view x, std::string_view y) {
  if (x.size() < y.size()) std::swap(x, y);
  return all_digits(x) && all_digits(y) && y.size() >= 2 && x.size() == y.size() + 1 && x.substr(1) == y;
}

// The share of the shorter title's words found in the longer one.
double title_containment(const std::string& ta, const std::string& tb) {
  auto wa = split_words(ta), wb = split_words(tb);
  if (wa.empty() || wb.empty()) return 0;
  const auto& shorter = wa.size() < wb.size() ? wa : wb;
  const auto& longer = wa.size() < wb.size() ? wb : wa;
  std::unordered_set<std::string_view> in(longer.begin(), longer.end());
  std::size_t found = 0;
  for (auto w : shorter) found += in.count(w);
  return static_cast<double>(found) / static_cast<double>(shorter.size());
}

// A notice about another work (erratum, correction, retraction, and Web of
// Science's "Title (vol 39, pg 2, 2009)"): it often carries the DOI or the
// title of the work it is about, and is not that work.
bool is_notice(const std::string& folded_title) {
  static const char* const kNotices[] = {"erratum", "errata", "corrigendum", "corrigenda", "correction",
                                         "retraction", "retracted", "expression of concern",
                                         "publisher correction", "author correction", "notice of retraction"};
  for (const char* n : kNotices)
    if (starts_with(folded_title, n) &&
        (folded_title.size() == std::strlen(n) || folded_title[std::strlen(n)] == ' '))
      return true;
  // Web of Science's corrections: the corrected title and where it appeared,
  // "Title (vol 39, pg 2, 2009)" -> "... vol 39 pg 2 2009".
  auto w = split_words(folded_title);
  std::size_t n = w.size();
  auto year = [](std::string_view s) { return s.size() == 4 && all_digits(s); };
  if (n >= 5 && w[n - 5] == "vol" && all_digits(w[n - 4]) && w[n - 3] == "pg" && year(w[n - 1])) return true;
  if (n >= 4 && w[n - 4] == "vol" && all_digits(w[n - 3]) && year(w[n - 1])) return true;
  return false;
}

// A title that names the kind of piece, not what it is about: a book's or
// an issue's front and back matter, a journal's standing sections, a
// database's placeholder ("Series Preface", "Editorial", "Guest editorial",
// "Editor's comments", "Introduction to the special issue", "Book reviews",
// "Index", "Contents", Klinische Wochenschrift's "Einzelreferate und
// Buchbesprechungen", "[Not Available]"), folded: every word one of those
// words, a small word or a number.  No title (a notice's label alone, "Erratum",
// leaves none) says no more.  Many works carry such a title, and it says
// nothing about which one a record is.
bool front_matter_title(const std::string& folded) {
  static const std::unordered_set<std::string_view> kKinds = {
      // English
      "editorial", "editorials", "editor", "editors", "guest", "preface", "prefaces", "foreword", "forewords",
      "introduction", "introductions", "introductory", "remarks", "series", "note", "notes", "comment", "comments",
      "commentary", "book", "books", "review", "reviews", "index", "indexes", "indices", "author", "authors",
      "subject", "contents", "table", "summary", "summaries", "conclusion", "conclusions", "abstracts",
      "acknowledgment", "acknowledgments", "acknowledgement", "acknowledgements", "reviewers", "referees",
      "erratum", "errata", "corrigendum", "corrigenda", "obituary", "obituaries", "memoriam", "response",
      "responses", "reply", "replies", "letter", "letters", "correspondence", "news", "announcement",
      "announcements", "front", "back", "matter", "cover", "title", "page", "masthead", "board", "afterword",
      "epilogue", "prologue", "appendix", "appendices", "bibliography", "references", "glossary", "welcome",
      "message", "chair", "chairs", "committee", "committees", "program", "programme", "keynote", "contributors",
      "about", "issue", "special", "volume", "miscellany", "miscellaneous", "varia", "untitled", "no", "not",
      "available",
      // German, French, Spanish, Portuguese, Italian
      "vorwort", "einleitung", "einfuhrung", "inhalt", "inhaltsverzeichnis", "register", "besprechungen",
      "buchbesprechungen", "referate", "einzelreferate", "sammelreferate", "literatur", "nachruf", "mitteilungen",
      "kleine", "avant", "propos", "editoriale", "sommaire", "comptes", "rendus", "redaction", "prefacio", "prologo",
      "introduccion", "introducao", "presentacion", "apresentacao", "indice", "resenas", "resenhas", "carta",
      "prefazione", "introduzione"};
  static const std::unordered_set<std::string_view> kSmall = {
      "a", "an", "the", "of", "to", "for", "from", "in", "on", "and", "this", "s", "by", "und", "der", "die", "das",
      "zur", "zum", "de", "la", "le", "les", "des", "du", "et", "del", "al", "el", "en", "y", "e", "da", "do", "di"};
  bool kind = false;
  for (std::string_view w : split_words(folded)) {
    if (kKinds.count(w)) kind = true;
    else if (!kSmall.count(w) && !all_digits(w)) return false;
  }
  return kind || folded.empty();
}

// A title that is a periodical's name, whole or after its name and a colon
// ("SOLSTICE: An Electronic Journal of Geography and Mathematics.", Google
// Scholar's hits of two issues' pieces, 2005 and 2006, other authors, in
// tributetotobler/bibliotobler; "International Journal of ..."): an
// article, a "journal" and "of", "for" or "on" after at most three words.
// Like a kind of piece's title (front_matter_title), it says nothing about
// which of the periodical's pieces a record is.
bool periodical_title(std::string_view raw) {
  auto names_one = [](std::string_view part) {
    const std::string f = fold_words(part);
    const auto w = split_words(f);
    std::size_t i = 0;
    if (i < w.size() && (w[i] == "a" || w[i] == "an" || w[i] == "the")) ++i;
    for (std::size_t j = i; j <= i + 3 && j + 2 < w.size(); ++j)
      if (w[j] == "journal" && (w[j + 1] == "of" || w[j + 1] == "for" || w[j + 1] == "on")) return w.size() <= 12;
    return false;
  };
  if (names_one(raw)) return true;
  const std::size_t colon = raw.find(':');
  return colon != std::string_view::npos && names_one(raw.substr(colon + 1));
}

// Where a notice says the work it is about appeared, at the end of its
// title: Web of Science's "(vol 39, pg 2, 2009)", Embase's "(New England
// Journal of Medicine (2009) 360 (542-544))".  The position of its opening
// parenthesis, or npos.
std::size_t where_printed(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || is_space(t.back()))) t.remove_suffix(1);
  if (t.empty() || t.back() != ')') return std::string_view::npos;
  std::size_t open = t.size() - 1;
  for (int depth = 0;; --open) {
    if (t[open] == ')') ++depth;
    else if (t[open] == '(' && --depth == 0) break;
    if (open == 0) return std::string_view::npos;
  }
  if (open == 0) return std::string_view::npos;
  std::string_view inner = t.substr(open + 1, t.size() - open - 2);
  if (istarts_with(inner, "vol ")) return open;
  // "(1900)" to "(2099)" after some words: a journal and its year.
  for (std::size_t p = inner.find('('); p != std::string_view::npos; p = inner.find('(', p + 1))
    if (p >= 3 && p + 5 < inner.size() && inner[p + 5] == ')' && all_digits(inner.substr(p + 1, 4)) &&
        (inner.substr(p + 1, 2) == "19" || inner.substr(p + 1, 2) == "20"))
      return open;
  return std::string_view::npos;
}

// Where a notice's label follows the title it is about, after a colon:
// PsycINFO's "\"Title\": Corrigendum." or "Title: Erratum".  The position
// of the colon, or npos.
std::size_t label_after(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || is_space(t.back()))) t.remove_suffix(1);
  std::size_t colon = t.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
  static const char* const kLabels[] = {"erratum", "errata", "corrigendum", "corrigenda", "correction", "retraction"};
  const std::string label = title_key(t.substr(colon + 1));
  for (const char* l : kLabels)
    if (label == l) return colon;
  return std::string_view::npos;
}

bool is_notice_title(std::string_view raw) {
  return is_notice(title_key(raw)) || where_printed(raw) != std::string_view::npos ||
         label_after(raw) != std::string_view::npos;
}

// A notice's title as dedup compares two notices about one work: without
// its label ("Erratum: ", "Erratum to - ") and without where the work
// appeared.  Two databases' records of one erratum then agree.
std::string notice_key(std::string_view raw) {
  std::string_view t = trim(raw);
  if (std::size_t at = label_after(t); at != std::string_view::npos) t = trim(t.substr(0, at));
  if (std::size_t at = where_printed(t); at != std::string_view::npos) t = trim(t.substr(0, at));
  if (is_notice(title_key(t.substr(0, std::min<std::size_t>(t.size(), 40))))) {
    std::size_t colon = t.find(':'), dash = t.find(" - ");
    std::size_t cut = std::min(colon == std::string_view::npos ? t.size() : colon + 1,
                               dash == std::string_view::npos ? t.size() : dash + 3);
    if (cut <= 40) t = t.substr(cut);
  }
  return title_key(t);
}

// Where a record is printed in its volume: its first page, else its
// article number (Scopus's C7), without the letters before it ("m2832").
std::string place_in_volume(const Record& r) {
  std::string p = page_number(r.pages);
  return p.empty() ? page_number(r.number) : p;
}

// PubMed titles an erratum as the work it corrects ("Open letter ...", BMJ
// 370:m2832, no authors) where another database writes "Erratum: Open
// letter ... (BMJ (2020) 370 (m2613) ...)": a record under the title a
// notice is about, printed where the notice is (the same journal, volume
// and first page or article number), is that notice.  The work itself is
// printed elsewhere (m2613).
bool titled_as_its_subject(const Record& plain, const Record& notice) {
  const std::string at = place_in_volume(plain);
  if (at.empty() || at != place_in_volume(notice)) return false;
  const std::string vol = normalize_volume(plain.volume);
  if (vol.empty() || vol != normalize_volume(notice.volume)) return false;
  if (venue_of(plain).empty() || venue_of(notice).empty() || !same_venue(plain, notice)) return false;
  const std::string about = notice_key(notice.title);
  return split_words(about).size() >= 4 && title_similarity(about, title_key(plain.title)) >= 0.9;
}

// Whether one of two records is a notice (erratum, correction,
// retraction) and the other is not: the other may be the same notice under
// the title of its subject (titled_as_its_subject), which makes both
// notices.  Sets `notice_a` and `notice_b`.
bool one_notice(const Record& a, const Record& b, bool& notice_a, bool& notice_b) {
  notice_a = is_notice_title(a.title);
  notice_b = is_notice_title(b.title);
  if (notice_a == notice_b) return false;
  if (notice_a ? titled_as_its_subject(b, a) : titled_as_its_subject(a, b)) {
    notice_a = notice_b = true;
    return false;
  }
  return true;
}

std::string fmt(const char* f, double x) {
  char buf[128];
  std::snprintf(buf, sizeof buf, f, x);
  return buf;
}

}  // namespace

std::string family_name_key(std::string_view family) {
  std::string folded;
  for (char ch : fold_words(family))
    if (ch != ' ') folded += ch;
  // fold() has made "ö" "o" and "ß" "ss"; "oe" (and "ae", "ue") is "o",
  // "ss" is "s" here, so that every way of writing the name is one key.
  std::string key;
  key.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char ch = folded[i];
    key += ch;
    const char next = i + 1 < folded.size() ? folded[i + 1] : '\0';
    if (((ch == 'a' || ch == 'o' || ch == 'u') && next == 'e') || (ch == 's' && next == 's')) ++i;
  }
  return key;
}

std::string issn_digits(std::string_view issn) {
  std::string d;
  for (char c : issn)
    if (is_digit(c) || c == 'x' || c == 'X') d += to_lower(c);
  return d;
}

std::string normalize_isbn(std::string_view isbn) {
  std::string d;
  for (char c : isbn) {
    if (is_digit(c)) d += c;
    else if ((c == 'X' || c == 'x') && d.size() == 9) d += 'X';
    else if (c == '-' || c == ' ') continue;
    else if (!d.empty()) break;  // "0262033844 (hardcover)"
  }
  if (d.size() == 10) {
    // ISBN-10 -> ISBN-13: "978", the first nine digits, a new check digit.
    std::string t = "978" + d.substr(0, 9);
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i) sum += (t[i] - '0') * (i % 2 ? 3 : 1);
    t += char('0' + (10 - sum % 10) % 10);
    return t;
  }
  if (d.size() == 13 && d.find('X') == std::string::npos) return d;
  return "";
}

std::string normalize_volume(std::string_view volume) {
  std::string_view v = trim(volume);
  std::size_t b = 0;
  while (b < v.size() && !is_digit(v[b])) ++b;
  if (b < v.size()) {
    std::size_t e = b;
    while (e < v.size() && is_digit(v[e])) ++e;
    while (b + 1 < e && v[b] == '0') ++b;  // "038" -> "38"
    return std::string(v.substr(b, e - b));
  }
  return fold_words(v);
}

std::string shared_identifier(const Record& a, const Record& b) {
  if (!a.doi.empty() && a.doi == b.doi) return "DOI " + a.doi;
  if (!a.pmid.empty() && a.pmid == b.pmid) return "PMID " + a.pmid;
  if (!a.pmcid.empty() && a.pmcid == b.pmcid) return "PMCID " + a.pmcid;
  // A UT is one whatever its case: Web of Science writes "WOS:000...", a
  // reference manager's or a user's copy may write "wos:000..." (the
  // store's lookup of a UT is NOCASE too).
  if (!a.wos_ut.empty() && iequals(a.wos_ut, b.wos_ut)) return "WoS UT " + a.wos_ut;
  if (!a.scopus_eid.empty() && a.scopus_eid == b.scopus_eid) return "Scopus EID " + a.scopus_eid;
  return "";
}

namespace {
double other_language_similarity(const Record& a, const Record& b);

// An issue that names a supplement: "Supplement 4", "SUPPL. 3", "S3".
bool supplement_issue(const std::string& issue) {
  return fold_words(issue).find("suppl") != std::string::npos ||
         (issue.size() >= 2 && (issue[0] == 'S' || issue[0] == 's') && is_digit(issue[1]));
}
}  // namespace

bool confirm_shared_identifier(const Record& a, const Record& b, std::string* why) {
  auto say = [why](std::string s) {
    if (why) *why = std::move(s);
  };
  bool notice_a = false, notice_b = false;
  const bool one = one_notice(a, b, notice_a, notice_b);
  // Two notices are compared by the title of what they are about.
  const std::string ta = notice_a && notice_b ? notice_key(a.title) : title_key(a.title);
  const std::string tb = notice_a && notice_b ? notice_key(b.title) : title_key(b.title);
  if (ta.empty() || tb.empty()) {
    say("no title on one side");
    return true;
  }
  if (one) {
    say("one is a notice (erratum, correction, retraction) about the other");
    return false;
  }
  double sim = title_similarity(ta, tb), contained = title_containment(ta, tb);
  // A title in another language one record gives beside its own (SciELO's
  // X1 English title of a Spanish article, MEDLINE's TT, Scopus's bracketed
  // translation) confirms when it is the other record's title, or holds it
  // (not by a few words in common: the weaker rules below read own titles).
  const double translated = other_language_similarity(a, b);
  // A journal's supplement of a meeting's abstracts often has one DOI for
  // all of them (Embase's "Transfusion 56(Supplement 4)", DOI
  // 10.1111/trf.13807, on every AABB 2016 abstract), several on one page.
  // A supplement written only in the pages ("S653-S654", "S768": CENTRAL's
  // records of Arthritis & Rheumatism 65's ACR 2013 abstracts, no issue) is
  // one too.
  auto supplement = [](const Record& r) {
    return supplement_issue(r.issue) || fold_words(r.volume).find("suppl") != std::string::npos ||
           supplement_issue(r.pages);
  };
  const bool in_supplement = supplement(a) || supplement(b);
  if (in_supplement && translated < 0.8 && sim < 0.9 && contained < 0.9) {
    // Titles alike but for what they are about ("Inactivation of
    // chikungunya virus with amotosalen/UVA in platelets ..." and "...
    // of trypanosoma cruzi ..."): two abstracts of one series.
    if (const std::string swapped = substituted_word(ta, tb); !swapped.empty()) {
      say("other abstracts of one supplement: the titles name other subjects (" + swapped + ")");
      return false;
    }
  }
  if (sim >= 0.5 || contained >= 0.8 || translated >= 0.8) {
    // Items on other first pages of one volume's supplement (two abstracts
    // under the supplement's DOI, "51" and "52"; "S653-S654" and "S768"):
    // other items, whatever the titles say.  Not outside a supplement: an
    // article number ("111" in Malaria Journal 19) against another count or
    // page.
    const std::string qa = page_number(a.pages), qb = page_number(b.pages);
    auto page = [](const std::string& q) { return all_digits(q) && !q.empty() && q.size() <= 4 && q != "1"; };
    // One volume: the same number, or one record's volume field holding the
    // supplement's number ("3)", the end of Embase's "30 (Supplement 3)",
    // beside its issue "S3") where the other gives the volume and the
    // supplement as its issue ("30", "SUPPL. 3").
    auto supplement_number = [](const Record& r) {
      return supplement_issue(r.issue) ? normalize_volume(r.issue) : std::string();
    };
    auto one_volume = [&](const Record& x, const Record& y) {
      const std::string vx = normalize_volume(x.volume), vy = normalize_volume(y.volume);
      if (vx.empty() || vy.empty()) return false;
      if (vx == vy) return true;
      const std::string sx = supplement_number(x), sy = supplement_number(y);
      return (all_digits(vx) && vx == sy && (sx.empty() || sx == vx)) ||
             (all_digits(vy) && vy == sx && (sy.empty() || sy == vy));
    };
    // Page ranges too when both write the supplement's letter before the
    // page ("S653-S654", "S768"): a page that lost it ("1428-1428", Embase's
    // of OUP's "i428" in ASySD's labelled set) is no other page.
    auto letters = [](const std::string& pages) {
      const std::string f = first_page(pages);
      std::size_t i = 0;
      while (i < f.size() && is_alpha(f[i])) ++i;
      return ascii_lower(std::string_view(f).substr(0, i));
    };
    const bool one_page = a.pages.find('-') == std::string::npos && b.pages.find('-') == std::string::npos;
    const bool lettered = !letters(a.pages).empty() && letters(a.pages) == letters(b.pages);
    if (page(qa) && page(qb) && qa != qb && (one_page || lettered) && one_volume(a, b) && in_supplement) {
      say("first pages " + qa + " and " + qb + (one_page ? " of one-page items" : " of items in one volume's supplement"));
      return false;
    }
    if (sim >= 0.5 || contained >= 0.8)
      say(fmt("title similarity %.2f", std::max(sim, contained)));
    else
      say(fmt("title similarity %.2f (a title in another language)", translated));
    return true;
  }
  // Two titles that differ in a supplement: two abstracts, however alike
  // their authors, year and page (Peng J.S.'s "Robotic transhiatal
  // esophagectomy" and "Robotic pelvic exenteration ...", both SSO 2019 on
  // page S64 of Annals of Surgical Oncology 26(Supplement 1)).
  if (in_supplement) {
    say(fmt("different title (similarity %.2f) in a supplement: other abstracts under its DOI", sim));
    return false;
  }
  // Translated or garbled titles: the first author, the year and the first
  // page say it is one work.  A title in the user's own words, on a record
  // without pages: the first author, the year and some of the title.
  // The first page, else the article number (ScienceDirect's page 113397
  // is Scopus's article number 113397).
  auto place = [](const Record& r) { return r.pages.empty() ? first_page(r.number) : first_page(r.pages); };
  std::string fa = first_author(a), pa = place(a), pb = place(b);
  if (!fa.empty() && fa == first_author(b) && a.issued.year && a.issued.year == b.issued.year) {
    if (!pa.empty() && pa == pb) {
      say("first author, year and first page agree");
      return true;
    }
    if ((pa.empty() || pb.empty()) && contained >= 0.4) {
      say(fmt("first author and year agree, pages on one side only, title overlap %.2f", contained));
      return true;
    }
  }
  say(fmt("different title (similarity %.2f)", sim));
  return false;
}

namespace {

enum class Conflict { none, weak, strong };

// Pages with each letter that looks like a digit ("S", "O", "l", "I", "B")
// written as that digit, and spaces left out: "S801-S809" is "5801-5809".
std::string digits_for_lookalikes(std::string_view pages) {
  std::string out;
  for (char c : trim(pages)) {
    switch (c) {
      case 'S': case 's': out += '5'; break;
      case 'O': case 'o': out += '0'; break;
      case 'l': case 'I': out += '1'; break;
      case 'B': out += '8'; break;
      case ' ': break;
      default: out += c;
    }
  }
  return out;
}

// A record whose pages field holds its article number (article_number.hpp:
// ScienceDirect's `pages = {113397}`, a library imported before the readers
// moved it), the number field empty or the same number.
bool page_is_article_number(const Record& r) {
  if (r.pages.size() < 6 || r.pages.find('-') != std::string::npos || !numbered_by_article(r.type)) return false;
  const std::string n = article_number_in_pages(r.pages);
  return !n.empty() && (r.number.empty() || page_number(r.number) == page_number(n));
}

// The record as the vetoes read it: such a page is the article number, as
// the readers now import it, so that ScienceDirect's page 113397 and
// Scopus's article number 113397 are compared as two article numbers.
Record placed_by_number(const Record& r) {
  if (!page_is_article_number(r)) return r;
  Record out = r;
  if (out.number.empty()) out.number = article_number_in_pages(out.pages);
  out.pages.clear();
  return out;
}

// A Cochrane review's id, "CD008173" (any case): the review's article
// number, shared by its versions.
bool cochrane_review_id(std::string_view s) {
  s = trim(s);
  return s.size() == 8 && (s[0] == 'C' || s[0] == 'c') && (s[1] == 'D' || s[1] == 'd') && all_digits(s.substr(2));
}

// A record of the Cochrane Database of Systematic Reviews: a review's id as
// its number, the DOI of one of a review's versions (10.1002/14651858.
// CD002273.pub2), or the database named as its journal ("Cochrane Database
// of Systematic Reviews", MEDLINE's "Cochrane Database Syst Rev").  The
// database has no print edition: a version is published in one issue of one
// year, and an update is a new version under a new year (and a new DOI,
// .pub2, .pub3, where a record gives one).
bool cochrane_review_record(const Record& r) {
  if (cochrane_review_id(r.number) || istarts_with(r.doi, "10.1002/14651858.cd")) return true;
  const auto w = split_words(fold_words(venue_of(r)));
  return w.size() >= 3 && w[0] == "cochrane" && (w[1] == "database" || w[1] == "db") &&
         (w[2] == "of" || w[2] == "syst" || w[2] == "systematic");
}

// Two first pages that differ.  Weak when one side may be numbered another
// way: online-first pages (1-21 against 1516-1536), an article number
// (e0123, or a bare number against a range), or one record's article number
// is the other's page.
Conflict compare_pages(const Record& a, const Record& b) {
  if (page_is_article_number(a) || page_is_article_number(b))
    return compare_pages(placed_by_number(a), placed_by_number(b));
  std::string pa = page_number(a.pages), pb = page_number(b.pages);
  if (pa.empty() != pb.empty()) {
    // An article number where one record gives no pages (Scopus's C7
    // "m2613") against the other's page without a range (PubMed's "m2832"):
    // two places, weakly (one database's number may be the other's page).
    // Against a range, weakly too (Mediators of Inflammation's article
    // 6305735 and an abstract on pages 25-26 of another journal's
    // supplement), unless the range starts at page 1 (a numbered article's
    // own pages, 1-12) or the ranged record gives the number too.
    const Record& paged = pa.empty() ? b : a;
    const Record& numbered = pa.empty() ? a : b;
    const std::string n = page_number(numbered.number);
    if (n.empty() || n == page_number(paged.pages) || n == page_number(paged.number)) return Conflict::none;
    if (paged.pages.find('-') == std::string::npos) return Conflict::weak;
    return page_number(paged.pages) == "1" ? Conflict::none : Conflict::weak;
  }
  if (pa.empty() && pb.empty()) {
    // Two article numbers: the same one places both alike; two others of
    // one shape (the same letters before as many digits: BMJ's m2613 and
    // m2832, Elsevier's 115634 and 110712), weakly.  Numbers of two shapes
    // count in two systems and say nothing (Web of Science's AR 1570485817,
    // Scopus's IEEE number 8987154 of one paper).
    const std::string na = page_number(a.number), nb = page_number(b.number);
    if (na.empty() || nb.empty() || na == nb) return Conflict::none;
    // Two Cochrane reviews' ids (CD and six digits): each names one review,
    // as two pages did when the readers kept the id as the page.
    if (cochrane_review_id(a.number) && cochrane_review_id(b.number)) return Conflict::strong;
    const std::string fa = first_page(a.number), fb = first_page(b.number);
    return fa.size() == fb.size() && fa.size() - na.size() == fb.size() - nb.size() &&
                   fa.substr(0, fa.size() - na.size()) == fb.substr(0, fb.size() - nb.size())
               ? Conflict::weak
               : Conflict::none;
  }
  if (pa == pb) return Conflict::none;
  // Several ranges, listed in another order ("233-238+230-235" and "230-5, 233-8").
  auto sa = range_starts(a.pages), sb = range_starts(b.pages);
  if ((sa.size() > 1 || sb.size() > 1) &&
      std::any_of(sa.begin(), sa.end(), [&sb](const std::string& p) { return sb.count(p) > 0; }))
    return Conflict::none;
  if ((!b.number.empty() && pa == page_number(b.number)) || (!a.number.empty() && pb == page_number(a.number)))
    return Conflict::none;
  // A lettered number without a range is an article number (BMJ's "c1804"
  // against the print page 1014); a lettered range ("JC6-9", "S33-38") is a
  // section's pages.
  auto article_number = [](const Record& r) {
    return r.pages.find('-') == std::string::npos && page_number(r.pages) != first_page(r.pages);
  };
  if (pa == "1" || pb == "1" || !all_digits(pa) || !all_digits(pb) || article_number(a) || article_number(b))
    return Conflict::weak;
  // "2297-2108" and "2097-2108", "S78-S89" and "S3-89": a typo in one first page.
  auto last_page = [](std::string_view p) {
    std::size_t dash = p.rfind('-');
    return dash == std::string_view::npos ? std::string() : page_number(p.substr(dash + 1));
  };
  std::string la = last_page(a.pages);
  if (!la.empty() && la == last_page(b.pages) && la.size() >= pa.size()) return Conflict::weak;
  // "S801-S809" and "5801-5809": one range read with a letter for the digit
  // it looks like (Web of Science's record of Ecology and Evolution
  // 5(24):5801-5809).
  if (digits_for_lookalikes(a.pages) == digits_for_lookalikes(b.pages)) return Conflict::weak;
  bool range_a = a.pages.find('-') != std::string::npos, range_b = b.pages.find('-') != std::string::npos;
  // A bare page on the page before another record's range is a page, not
  // an article number: a one-page piece printed before the article (Journal
  // of Health and Social Behavior's brief on 61(4):397 of Bierman &
  // Schieman's article on 398-417, titled as the article without its
  // subtitle).  A bare page within the range is the range's last page, all
  // a database kept ("488" of "487-488": cytology_screening's del Pino et
  // al.).
  if (range_a != range_b) {
    if (pa.size() > 9 || pb.size() > 9) return Conflict::weak;
    const long n = std::stol(range_a ? pb : pa), first = std::stol(range_a ? pa : pb);
    return n == first - 1 && last_page_number(range_a ? a.pages : b.pages, first) > first ? Conflict::strong
                                                                                          : Conflict::weak;
  }
  return Conflict::strong;
}

// A volume field that names months or seasons only ("(Jul)", "Jan-Feb",
// "Spring"): a date a database put there, not a volume.
bool names_months(const std::string& folded) {
  auto w = split_words(folded);
  return !w.empty() &&
         std::all_of(w.begin(), w.end(), [](std::string_view x) { return is_month_word(x) || is_season_word(x); });
}

// A volume field in words, folded, with no number and no Roman numeral
// ("Ph.D.", "Master's", "In press", "Suppl"): a thesis's degree or a
// database's note, which says nothing about another record's volume
// number; else empty.
std::string volume_words(const Record& r) {
  std::string v = normalize_volume(r.volume);
  if (v.empty() || std::any_of(v.begin(), v.end(), [](char c) { return is_digit(c); }) || names_months(v)) return "";
  if (v.find_first_not_of("ivxlcdm") == std::string::npos) return "";  // "XII"
  return v;
}

// The volume as the vetoes compare it: normalised, and nothing when it is
// only the year (a database's placeholder: Harvard Business Review "2016";
// Scopus's PeerJ "2013" of an article of January 2014, volume 2 in Web of
// Science) or a month (Frontiers' "(Jul)" in one database, "7" in another).
std::string volume_of(const Record& r) {
  std::string v = normalize_volume(r.volume);
  if (names_months(v) || !volume_words(r).empty()) return "";
  if (!r.issued.year || v.size() != 4 || !all_digits(v)) return v;
  const int year = std::stoi(v);
  return year >= r.issued.year - 1 && year <= r.issued.year ? std::string() : v;
}

// One volume written with its part before it ("2-10", Life Sciences Pt 2
// volume 10) and the other the volume alone ("10"): the last number of the
// one is the only number of the other.
bool volume_with_part(std::string_view x, std::string_view y) {
  auto numbers = [](std::string_view v) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size();) {
      if (!is_digit(v[i])) {
        ++i;
        continue;
      }
      std::size_t e = i;
      while (e < v.size() && is_digit(v[e])) ++e;
      out.push_back(normalize_volume(v.substr(i, e - i)));
      i = e;
    }
    return out;
  };
  auto nx = numbers(x), ny = numbers(y);
  if (nx.size() < ny.size()) std::swap(nx, ny);
  return ny.size() == 1 && nx.size() == 2 && nx.back() == ny.front();
}

// The issues a record gives, as the vetoes compare them (normalize_volume):
// its issue field, and the issue Embase writes inside the volume of an
// article without pages, "18 (8) (no pagination)" (in a library imported
// before the readers split it into volume, issue and article number); the
// EndNote export that carries it puts the article number ("1704") in the
// issue field, and so may another database's record of the article.
std::vector<std::string> issues_of(const Record& r) {
  std::vector<std::string> out;
  if (std::string i = normalize_volume(r.issue); !i.empty()) out.push_back(std::move(i));
  const std::string v = fold_words(r.volume);
  if (v.find("no pagination") != std::string::npos) {
    auto w = split_words(v);
    if (w.size() >= 4 && all_digits(w[0]) && all_digits(w[1]) && w[2] == "no" && w[3] == "pagination")
      out.push_back(normalize_volume(w[1]));
  }
  return out;
}

// Both records give an issue and none of one's issues is the other's, nor
// its article number (Embase's 11 (3), article number 791, against another
// database's 11, issue field 791).
bool other_issues(const Record& a, const Record& b) {
  const auto ia = issues_of(a), ib = issues_of(b);
  if (ia.empty() || ib.empty()) return false;
  for (const auto& x : ia)
    if (std::find(ib.begin(), ib.end(), x) != ib.end()) return false;
  auto numbered = [](const Record& x, const std::vector<std::string>& issues) {
    const std::string n = normalize_volume(x.number);
    return !n.empty() && std::find(issues.begin(), issues.end(), n) != issues.end();
  };
  return !numbered(a, ib) && !numbered(b, ia);
}

// A volume field holding a supplement's number ("1", or "1)": the end of
// "16 (Supplement 1)" cut by a table) where the other record gives the
// volume and the supplement as its issue ("16", "SUPPL. 1").
bool supplement_as_volume(const Record& x, const Record& y) {
  const std::string issue = fold_words(y.issue);
  if (issue.find("suppl") == std::string::npos || !x.issue.empty()) return false;
  const std::string n = normalize_volume(x.volume);
  return !n.empty() && all_digits(n) && n == normalize_volume(y.issue);
}

bool isbns_shared(const Record& a, const Record& b) {
  for (const auto& x : a.isbn) {
    std::string nx = normalize_isbn(x);
    if (nx.empty()) nx = x;
    for (const auto& y : b.isbn) {
      std::string ny = normalize_isbn(y);
      if (nx == (ny.empty() ? y : ny)) return true;
    }
  }
  return false;
}

// Both records give ISSNs and share none: two journals.  Not under one
// journal name of three words or more, written out alike: that is a
// journal's print ISSN in one database and its electronic ISSN in another
// (Scopus's 1018-8800 and SciELO's 1728-5917 of Acta Médica Peruana, both
// in Embase's record).
bool other_issns(const Record& a, const Record& b) {
  if (a.issn.empty() || b.issn.empty() || share_issn(a, b)) return false;
  const auto wa = venue_words(venue_of(a));
  return wa.size() < 3 || wa != venue_words(venue_of(b));
}

// The extra fields in which readers keep a work's title in another
// language: RIS's TT (a translated title, EndNote's %Q) and MEDLINE's
// (the original, transliterated), EndNote XML's translated-title; the
// original title of PubMed's VernacularTitle, Embase's "Original Title"
// column, CSL's original-title, biblatex's origtitle, and the one Ovid gives
// a journal article in T2 (MEDLINE, after the English "[...]") or T3
// (Embase), the journal in JF; and X1 of Web of Science's regional indexes
// (SciELO Citation Index: the English title of a Spanish or Portuguese
// article).
constexpr std::string_view kOtherTitleFields[] = {"TT",        "translated-title", "VernacularTitle", "Original Title",
                                                  "original-title", "origtitle",     "T2",              "T3",
                                                  "X1"};
constexpr std::string_view kOriginalTitleFields[] = {"VernacularTitle", "Original Title", "original-title", "origtitle",
                                                     "T2", "T3"};

// A T2 or T3 that names a meeting ("50th North American Congress of
// Clinical Toxicology, NACCT 2018. United States.", Embase's T3 of a
// conference abstract): no title.
bool names_meeting(std::string_view value) {
  const std::string f = fold_words(value);
  for (std::string_view w : split_words(f))
    if (w == "congress" || w == "conference" || w == "meeting" || w == "symposium" || w == "workshop" ||
        w == "proceedings" || (w.size() == 4 && all_digits(w) && (w[0] == '1' || w[0] == '2')))
      return true;
  return false;
}

// Whether a venue's name says it is a meeting's (a workshop, conference,
// congress, symposium, colloquium or meeting) or a journal's, and not both:
// "Journal of Physics: Conference Series" prints a conference's papers and
// says neither; "Proceedings of the National Academy of Sciences" is a
// journal ("proceedings" says neither either).  'm', 'j', or 0.
char venue_kind(const Record& r) {
  bool meeting = false, journal = false;
  const std::string folded = fold_words(venue_of(r));
  for (std::string_view w : split_words(folded)) {
    meeting = meeting || w == "conference" || w == "congress" || w == "symposium" || w == "workshop" ||
              w == "colloquium" || w == "meeting";
    journal = journal || w == "journal";
  }
  return meeting == journal ? 0 : meeting ? 'm' : 'j';
}

// The journal's ISSN a DOI spells out, with its check character right
// ("1097-198X"), else empty: Taylor & Francis's "10.1080/1097198X.2004.10856384"
// (ISSN, year, number), Elsevier's PII "10.1016/S0010-440X(64)80030-4" and
// its older "10.1016/0013-4694(71)90072-1", Wiley's SICI
// "10.1002/(SICI)1097-4571(199...)..." and Blackwell's
// "10.1111/j.1365-2648.2007.04567.x".  Such a DOI is a journal's article's,
// whatever the record leaves out of its venue.
std::string issn_in_doi(std::string_view doi) {
  std::string d;
  for (char c : doi) d += to_lower(c);
  auto issn_at = [&d](std::size_t at, bool hyphen) -> std::string {
    const std::size_t n = hyphen ? 9 : 8;
    if (d.size() < at + n) return {};
    std::string digits;
    for (std::size_t i = 0; i < n; ++i) {
      const char c = d[at + i];
      if (hyphen && i == 4) {
        if (c != '-') return {};
        continue;
      }
      if (!(is_digit(c) || (c == 'x' && digits.size() == 7))) return {};
      digits += c;
    }
    if (digits[7] != to_lower(issn_check_char(digits))) return {};
    std::string out = digits.substr(0, 4) + '-' + digits.substr(4);
    if (out.back() == 'x') out.back() = 'X';
    return out;
  };
  auto followed = [&d](std::size_t at, char c) { return at < d.size() && d[at] == c; };
  if (starts_with(d, "10.1080/")) {
    // ISSN, '.', a year of four digits, '.'.
    if (std::string issn = issn_at(8, false);
        !issn.empty() && followed(16, '.') && d.size() > 22 && all_digits(std::string_view(d).substr(17, 4)) &&
        followed(21, '.'))
      return issn;
    return {};
  }
  if (starts_with(d, "10.1016/")) {
    const std::size_t at = followed(8, 's') ? 9 : 8;
    for (bool hyphen : {true, false})
      if (std::string issn = issn_at(at, hyphen); !issn.empty() && followed(at + (hyphen ? 9 : 8), '(')) return issn;
    return {};
  }
  if (starts_with(d, "10.1002/(sici)")) {
    for (bool hyphen : {true, false})
      if (std::string issn = issn_at(14, hyphen); !issn.empty() && followed(14 + (hyphen ? 9 : 8), '(')) return issn;
    return {};
  }
  if (starts_with(d, "10.1111/j.") || starts_with(d, "10.1046/j.")) {
    if (std::string issn = issn_at(10, true); !issn.empty() && followed(19, '.')) return issn;
    return {};
  }
  return {};
}

// Whether an extra field's value can be a title in another language of the
// work titled `title` (folded by title_key): four words at least, not the
// title itself, not a meeting.
bool other_title_value(std::string_view value, const std::string& title) {
  const std::string k = title_key(value);
  return split_words(k).size() >= 4 && !same_but_spaces(k, title) && !names_meeting(value);
}

struct OtherTitle {
  std::string key;  // title_key of the value
  bool original;    // one of kOriginalTitleFields: the title as printed
};

// A record's titles in other languages (see kOtherTitleFields).  A T2 or T3
// counts on a journal article only, and not when it names the journal; a
// T2 only beside a bracketed title.
std::vector<OtherTitle> other_titles(const Record& r) {
  std::vector<OtherTitle> out;
  const std::string own = title_key(r.title);
  for (const ExtraField& e : r.extra) {
    if (std::find(std::begin(kOtherTitleFields), std::end(kOtherTitleFields), e.name) == std::end(kOtherTitleFields))
      continue;
    const bool ovid = e.name == "T2" || e.name == "T3";
    if (ovid && r.type != "article-journal") continue;
    // Ovid's Embase and PsycINFO write a book series in T2 ("Current Topics
    // in Behavioral Neurosciences"): an original title only beside MEDLINE's
    // bracketed translation.
    if (e.name == "T2" && trim(r.title).substr(0, 1) != "[") continue;
    if (!other_title_value(e.value, own)) continue;
    if (ovid && !venue_of(r).empty()) {
      Record j;
      j.container_title = e.value;
      if (same_venue(r, j) || title_key(e.value) == title_key(venue_of(r))) continue;
    }
    std::string k = title_key(e.value);
    if (std::none_of(out.begin(), out.end(), [&k](const OtherTitle& o) { return o.key == k; }))
      out.push_back({std::move(k), std::find(std::begin(kOriginalTitleFields), std::end(kOriginalTitleFields), e.name) !=
                                       std::end(kOriginalTitleFields)});
  }
  return out;
}

// The best likeness of two records' titles where one side's is a title in
// another language that record gives (other_titles, Scopus's bracketed
// translation), four words or more each: the larger of their similarity and
// containment, or 0.
double other_language_similarity(const Record& a, const Record& b) {
  auto titles = [](const Record& r) {
    std::vector<std::string> out{title_key(r.title)};
    for (const auto& o : other_titles(r)) out.push_back(o.key);
    if (std::string x = bracketed_translation(r.title); !x.empty()) out.push_back(std::move(x));
    return out;
  };
  const auto ta = titles(a), tb = titles(b);
  double best = 0;
  for (std::size_t i = 0; i < ta.size(); ++i)
    for (std::size_t j = 0; j < tb.size(); ++j) {
      if ((i == 0 && j == 0) || split_words(ta[i]).size() < 4 || split_words(tb[j]).size() < 4) continue;
      best = std::max({best, title_similarity(ta[i], tb[j]), title_containment(ta[i], tb[j])});
    }
  return best;
}

struct Verdict {
  double score = 0;
  bool vetoed = false;
  bool by_identifier = false;  // a shared identifier decided (either way)
  std::vector<std::string> reasons;
  void say(std::string s) { reasons.push_back(std::move(s)); }
  Verdict& veto(std::string s) {
    vetoed = true;
    score = 0;
    say(std::move(s));
    return *this;
  }
};

// A figshare item's DOI and the DOI of one of its versions ("10.2337/
// figshare.26117278" and "10.2337/figshare.26117278.v1": Lens gives both for
// one item): one item, not two DOIs.  Two versions stay two.
bool figshare_version(const std::string& x, const std::string& y) {
  const std::string& item = x.size() < y.size() ? x : y;
  const std::string& version = x.size() < y.size() ? y : x;
  if (item.find("figshare.") == std::string::npos || version.compare(0, item.size(), item) != 0) return false;
  std::string_view rest = std::string_view(version).substr(item.size());
  return rest.size() > 2 && rest.compare(0, 2, ".v") == 0 && all_digits(rest.substr(2));
}

// One ACM article under two DOIs: ACM's Digital Library registers a paper
// printed in a proceedings and in its SIG's newsletter or journal issue once
// under each parent, the article's own number after the parent's
// ("10.1145/800248.807389", SIGGRAPH '78's proceedings in Scopus and Lens;
// "10.1145/965139.807389", Computer Graphics 12(3) in Google Scholar: Tobler,
// "Comparing figures by regression").  The number after the dot is the
// article's in the Digital Library, one article whatever the parent: the two
// DOIs are no conflict, the rest of the records decides.  Another number
// under one parent is another paper of that proceedings.
std::string acm_article(const std::string& x, const std::string& y) {
  auto split = [](const std::string& d) -> std::pair<std::string_view, std::string_view> {
    if (d.compare(0, 8, "10.1145/") != 0) return {};
    const std::string_view rest = std::string_view(d).substr(8);
    const std::size_t dot = rest.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == rest.size()) return {};
    const std::string_view parent = rest.substr(0, dot), article = rest.substr(dot + 1);
    if (!all_digits(parent) || !all_digits(article)) return {};
    return {parent, article};
  };
  const auto [px, ax] = split(x);
  const auto [py, ay] = split(y);
  if (ax.empty() || ay.empty() || ax != ay || px == py) return "";
  return std::string(ax);
}

// The patent a record is, by its number without the kind code ("US7351183"
// of "US7351183B2"): Google Patents' link (Publish or Perish's ArticleURL
// of a Google Scholar hit, "https://patents.google.com/patent/US7351183B2/en"),
// or a patent's number field.  Two patents of one title and inventors (a
// continuation: US7351183B2 of 2008 and US7503875B2 of 2009, "Ratio shift
// control for a multiple ratio automatic transmission") are two documents,
// as two DOIs are.
std::string patent_of(const Record& r) {
  std::string n;
  const std::string_view url = r.url;
  for (std::string_view host : {"patents.google.com/patent/", "google.com/patents/"}) {
    const std::size_t at = url.find(host);
    if (at == std::string_view::npos) continue;
    std::size_t e = at + host.size();
    while (e < url.size() && (is_digit(url[e]) || (url[e] >= 'A' && url[e] <= 'Z'))) ++e;
    n = std::string(url.substr(at + host.size(), e - at - host.size()));
    break;
  }
  if (n.empty() && r.type == "patent") {
    for (char c : r.number) {
      if (is_digit(c) || (c >= 'A' && c <= 'Z'))
        n += c;
      else if (c >= 'a' && c <= 'z')
        n += static_cast<char>(c - 'a' + 'A');
    }
  }
  // A country's two letters, the number, a kind code (a letter, maybe a
  // digit) after the number's digits.
  if (n.size() < 5 || !(n[0] >= 'A' && n[0] <= 'Z') || !(n[1] >= 'A' && n[1] <= 'Z')) return "";
  std::size_t e = n.size();
  if (is_digit(n[e - 1]) && n[e - 2] >= 'A' && n[e - 2] <= 'Z' && is_digit(n[e - 3])) e -= 2;
  else if (n[e - 1] >= 'A' && n[e - 1] <= 'Z' && is_digit(n[e - 2])) e -= 1;
  return n.substr(0, e);
}

// Elsevier's item identifiers (PII) a record gives, normalized (capitals,
// no punctuation): in its link (ScienceDirect's ".../science/article/pii/
// S2213333X20300718", Elsevier's linking hub ".../retrieve/pii/...", a
// journal site's ".../article/S2213-333X(19)30006-X/abstract" or
// ".../article/PIIS0140-6736(20)30183-5/fulltext") and in an Elsevier DOI
// that spells one ("10.1016/S0140-6736(20)30183-5", "10.1016/0022-0981(88)
// 90191-8").  A PII names one item: an article, an abstract, an erratum.
// The extra fields in which PubMed's readers keep the publisher's item
// identifier: MEDLINE's LID and AID ("S1769-7212(19)30059-X [pii]"), PubMed
// XML's ArticleId and ELocationID ("pii S0022-0302(15)00395-1").  An
// Elsevier DOI since 2000 does not spell it (10.1016/j.ejmg.2019.03.004).
constexpr std::string_view kPiiFields[] = {"LID", "AID", "ArticleId", "ELocationID"};

std::set<std::string> elsevier_piis(const Record& r) {
  std::set<std::string> out;
  // `lettered`: an S or B PII only (another publisher's item id in PubMed,
  // eLife's "80092 [pii]", is none).
  auto take = [&out](std::string_view raw, bool lettered_only = false) {
    std::string n;
    for (char c : raw) {
      if (c == '/' || c == '?' || c == '#' || c == '&') break;
      if (is_digit(c) || (c >= 'A' && c <= 'Z')) n += c;
      else if (c >= 'a' && c <= 'z') n += static_cast<char>(c - 'a' + 'A');
    }
    if (starts_with(n, "PII")) n.erase(0, 3);
    // S or B, the ISSN or ISBN's digits, the year and the item's number
    // with its check character (17); before 1995 the digits alone (16).
    const bool lettered = n.size() == 17 && (n[0] == 'S' || n[0] == 'B');
    const bool bare = n.size() == 16 && n[0] != 'S' && n[0] != 'B';
    if (!lettered && (!bare || lettered_only)) return;
    for (std::size_t i = lettered ? 1 : 0; i + 1 < n.size(); ++i)
      if (!is_digit(n[i]) && !(n[i] == 'X' && i == (lettered ? 8u : 7u))) return;
    out.insert(n);
  };
  const std::string_view url = r.url;
  for (std::string_view mark : {"/pii/", "/article/"}) {
    const std::size_t at = url.find(mark);
    if (at != std::string_view::npos && (mark == "/pii/" || url.find("elsevier") != std::string_view::npos ||
                                         url.find("/article/S") == at || url.find("/article/PII") == at))
      take(url.substr(at + mark.size()));
  }
  if (starts_with(r.doi, "10.1016/")) take(std::string_view(r.doi).substr(8));
  for (const ExtraField& e : r.extra) {
    const std::string_view v = trim(e.value);
    if ((e.name == "LID" || e.name == "AID") && ends_with(v, "[pii]")) take(v.substr(0, v.size() - 5), true);
    else if ((e.name == "ArticleId" || e.name == "ELocationID") && starts_with(v, "pii ")) take(v.substr(4), true);
  }
  return out;
}

// The ISSN (or ISBN) part of a normalized PII: "S0034745020300287" gives
// "00347450"; before 1995 the first eight digits.
std::string_view pii_issn(std::string_view pii) {
  return pii.substr(pii.size() == 17 ? 1 : 0, 8);
}

// One work under two DOIs (a publisher's early and final DOI, a database's
// typo) or two PMIDs (one database's PMID of the next record): the same
// title (not a generic one), a shared creator, the same year, volume and
// first page, or article number where neither gives pages (in a volume
// that is no year, in no other issue: a Cochrane review's versions keep
// its number), leave no room for two works.  A title under four words
// ("Socially mediated speciation" under BioOne's SICI and Wiley's DOI) says
// less: the same journal, no other issue and the whole page range of several
// pages must agree too.
bool registered_twice(const Record& a, const Record& b) {
  const std::string ta = title_key(a.title);
  if (ta.empty() || !same_but_spaces(ta, title_key(b.title)) || is_notice_title(a.title)) return false;
  if (split_words(ta).size() < 4 &&
      (!same_page_range(a, b) || other_issues(a, b) || venue_of(a).empty() || venue_of(b).empty() || !same_venue(a, b)))
    return false;
  if (!a.issued.year || a.issued.year != b.issued.year) return false;
  if (a.volume.empty() || normalize_volume(a.volume) != normalize_volume(b.volume)) return false;
  std::string pa = first_page(a.pages), pb = first_page(b.pages);
  if (pa.empty() && pb.empty()) {
    if (volume_of(a).empty() || other_issues(a, b)) return false;
    pa = page_number(a.number), pb = page_number(b.number);
  }
  if (pa.empty() || pa != pb) return false;
  auto ca = creator_keys(a), cb = creator_keys(b);
  return std::any_of(ca.begin(), ca.end(), [&cb](const std::string& k) { return cb.count(k) > 0; });
}

// The same title of six words or more, no notice's.
bool same_long_title(const Record& a, const Record& b) {
  const std::string ta = title_key(a.title);
  return split_words(ta).size() >= 6 && same_but_spaces(ta, title_key(b.title)) && !is_notice_title(a.title);
}

// The same long title (six words or more), a shared creator, the same
// journal, volume and page range of several pages: one work whatever the
// years say (online first in 2021, in an issue of 2023; Lens dates Wiley's
// backfile by the year it went online, 2010 for Geographical Analysis
// 10(2):154-162 of 1978).  A shorter title (not a notice's) needs the same
// issue too ("Comparison of Plane Forms", "Geographic Interpolation").
bool printed_alike(const Record& a, const Record& b) {
  const std::string ta = title_key(a.title);
  if (ta.empty() || !same_but_spaces(ta, title_key(b.title)) || is_notice_title(a.title)) return false;
  if (!same_long_title(a, b) &&
      (a.issue.empty() || normalize_volume(a.issue) != normalize_volume(b.issue)))
    return false;
  if (volume_of(a).empty() || volume_of(a) != volume_of(b) || !same_page_range(a, b)) return false;
  if (venue_of(a).empty() || venue_of(b).empty() || !same_venue(a, b)) return false;
  return !shared_creator_of(a, b).empty();
}

// The same abstract, word for word: its first forty words, folded
// (databases add their copyright lines at the end, "© 2019 SPIE.").  Short
// abstracts say nothing.
bool same_abstract(const Record& a, const Record& b) {
  constexpr std::size_t kWords = 40;
  auto opening = [](const std::string& abstract) {
    const std::string f = fold_words(abstract);
    auto w = split_words(f);
    if (w.size() < kWords) return std::string();
    std::string out;
    for (std::size_t i = 0; i < kWords; ++i) out.append(w[i]).push_back(' ');
    return out;
  };
  const std::string oa = opening(a.abstract);
  return !oa.empty() && oa == opening(b.abstract);
}

// Years one apart under the same abstract, word for word: one paper Web of
// Science dates by the meeting and Scopus by IEEE Xplore's volume (print and
// electronic ISBNs of ITNEC 2017 in 2018; GUCON 2018's two printings).
bool year_apart_same_abstract(const Record& a, const Record& b) {
  return a.issued.year && b.issued.year && std::abs(a.issued.year - b.issued.year) == 1 && same_abstract(a, b);
}

// The same long title (six words or more), a shared creator and the same
// abstract, word for word (its first forty words: databases add their
// copyright lines at the end), two or three years apart, and nothing where
// they are printed that says otherwise (no other journal or volume): one work
// whose year one database has wrong (colandr's dedupe.io pairs: Azuela,
// "Illegal logging and local democracy", 2004 and 2006).
bool written_alike(const Record& a, const Record& b) {
  if (!a.issued.year || !b.issued.year || std::abs(a.issued.year - b.issued.year) > 3) return false;
  if (!same_long_title(a, b)) return false;
  if (!venue_of(a).empty() && !venue_of(b).empty() && !same_venue(a, b)) return false;
  if (!volume_of(a).empty() && !volume_of(b).empty() && volume_of(a) != volume_of(b)) return false;
  return same_abstract(a, b) && !shared_creator_of(a, b).empty();
}

// Two abstracts that say the same in nearly the same words: forty words or
// more each, and of the longer's words (counted as often as they occur)
// 85 in 100 in the other.  A database that rewrites the opening ("studied
// the electrophysiological effects of ..." for "the electrophysiological
// effects of ... were studied"), spells a word otherwise, cuts the abstract
// a little further on or appends its copyright line keeps that much; a
// companion paper of the same authors (the serotonin and the melatonin
// paper of one lab) says other things in words of its own (about 40 in 100).
bool abstracts_alike(const Record& a, const Record& b) {
  const std::string fa = fold_words(a.abstract), fb = fold_words(b.abstract);
  const auto wa = split_words(fa), wb = split_words(fb);
  if (wa.size() < 40 || wb.size() < 40) return false;
  std::unordered_map<std::string_view, int> count;
  for (auto w : wa) ++count[w];
  std::size_t shared = 0;
  for (auto w : wb)
    if (auto it = count.find(w); it != count.end() && it->second > 0) --it->second, ++shared;
  return 100 * shared >= 85 * std::max(wa.size(), wb.size());
}

// A record dated when the work first appeared, its preprint's year, under
// the journal that printed it later (Consensus, from Semantic Scholar: "Fast
// Yet Effective Machine Unlearning", IEEE Transactions on Neural Networks and
// Learning Systems, 2021, the arXiv version's year; IEEE Xplore 35(9) 2024),
// and the later record of it: the earlier names the journal but no volume,
// issue, pages or article number; the later names no other journal (but a
// renamed one: see below) and is one to three years later; the same title
// (a leading article aside) of four words or more, no notice's; the same first author, three persons or more
// in common, and one author list naming nobody the other lacks (a preprint
// gains an author, or a database cuts the list) unless both give the same
// abstract.  A journal's yearly piece
// under one title changes its author list each way (2016's "Ecological and
// human health risk assessment").
std::string deposit_of(const Record& r);
bool first_appeared_alike(const Record& a, const Record& b) {
  if (!a.issued.year || !b.issued.year || a.issued.year == b.issued.year || std::abs(a.issued.year - b.issued.year) > 3)
    return false;
  const Record& early = a.issued.year < b.issued.year ? a : b;
  const Record& late = &early == &a ? b : a;
  if (venue_of(early).empty() || !early.volume.empty() || !early.issue.empty() || !early.pages.empty() ||
      !early.number.empty())
    return false;
  // Another journal's name on the later record: the journal renamed in
  // between (Embase's "Article in Press" of 2022 under Revista de Psiquiatría
  // y Salud Mental and its ISSNs, the issue of 2024 under its new name,
  // Spanish Journal of Psychiatry and Mental Health, ISSNs of its own): two
  // journal articles, neither a deposit, a title of eight words or more, author
  // lists that each name nobody the other lacks, abstracts alike where both
  // give one.
  const bool other_journal = !venue_of(late).empty() && !same_venue(early, late);
  if (other_journal && (a.type != "article-journal" || b.type != "article-journal" || !deposit_of(a).empty() ||
                        !deposit_of(b).empty() || split_words(title_key(a.title)).size() < 8 ||
                        (!a.abstract.empty() && !b.abstract.empty() && !abstracts_alike(a, b))))
    return false;
  if (is_notice_title(a.title) || is_notice_title(b.title)) return false;
  const std::string ta = title_key(a.title), tb = title_key(b.title);
  const std::string_view ka = without_article(ta), kb = without_article(tb);
  if (split_words(ka).size() < 4 || !same_but_spaces(std::string(ka), std::string(kb))) return false;
  const auto pa = persons_of(a), pb = persons_of(b);
  if (pa.size() < 3 || pb.size() < 3 || first_author(a).empty() || first_author(a) != first_author(b)) return false;
  const auto only_a = creators_missing_from(a, b), only_b = creators_missing_from(b, a);
  // Each list naming someone the other lacks, under the same abstract word
  // for word: the preprint lacks an author the article gained, and a
  // database spells another so that no rule finds him (Consensus's "A Survey
  // of Machine Unlearning", 2022, without Zhao Ren; Web of Science's 2025
  // record, ACM TIST 16(5), with "Wee-Chung, Alan" for Alan Wee-Chung Liew).
  // A yearly piece under one title is written anew each year.
  if (!only_a.empty() && !only_b.empty() && !same_abstract(a, b)) return false;
  if (other_journal && (!only_a.empty() || !only_b.empty())) return false;
  return std::min(pa.size() - only_a.size(), pb.size() - only_b.size()) >= 3;
}

// An article online first, paginated 1-N, and in an issue up to three years
// later on N pages of the volume ("1-17" in 2019, "891-907" in 2021): the same
// long title, a shared creator, the same journal, no other volume or issue,
// and the online record the earlier one.
bool online_first_alike(const Record& a, const Record& b) {
  const Record& online = page_number(a.pages) == "1" ? a : b;
  const Record& issue = &online == &a ? b : a;
  if (page_number(online.pages) != "1" || page_number(issue.pages) == "1") return false;
  const long n = page_count(online);
  if (n < 2 || n != page_count(issue)) return false;
  if (!online.issued.year || !issue.issued.year || online.issued.year > issue.issued.year ||
      issue.issued.year - online.issued.year > 3)
    return false;
  if (!same_long_title(a, b)) return false;
  auto differ = [](const std::string& x, const std::string& y) { return !x.empty() && !y.empty() && x != y; };
  if (differ(normalize_volume(a.volume), normalize_volume(b.volume)) || differ(normalize_volume(a.issue), normalize_volume(b.issue)))
    return false;
  if (venue_of(a).empty() || venue_of(b).empty() || !same_venue(a, b)) return false;
  return !shared_creator_of(a, b).empty();
}

// An article filed ahead of print, without pages, under the volume and
// issue current when it went online, and the article in its issue of the
// next volume (EBSCO's Criminal Justice Abstracts: Quilty et al., Journal of
// Gambling Studies, "Jun2016, Vol. 32 Issue 2, pN.PAG", and 2017
// 33(1):115-129 beside it in the same database, PsycINFO, PubMed and
// Scopus): the same long title, author list (each names nobody the other
// lacks, two persons or more) and journal; the early record without pages
// or article number, its volume the one before the other's, its year the
// same or one before; the other record on pages; abstracts alike where both
// give one.  Two works of one title and authors in consecutive volumes
// each say where they are printed.
bool ahead_of_print_alike(const Record& a, const Record& b) {
  auto unplaced = [](const Record& r) { return r.pages.empty() && r.number.empty(); };
  if (unplaced(a) == unplaced(b)) return false;
  const Record& early = unplaced(a) ? a : b;
  const Record& late = &early == &a ? b : a;
  if (first_page(late.pages).empty()) return false;
  const std::string ve = volume_of(early), vl = volume_of(late);
  if (ve.empty() || vl.empty() || !all_digits(ve) || !all_digits(vl) || ve.size() > 6 || vl.size() > 6 ||
      std::stol(vl) - std::stol(ve) != 1)
    return false;
  if (!early.issued.year || !late.issued.year || early.issued.year > late.issued.year ||
      late.issued.year - early.issued.year > 1)
    return false;
  if (!same_long_title(a, b)) return false;
  if (venue_of(a).empty() || venue_of(b).empty() || !same_venue(a, b) || other_issns(a, b)) return false;
  if (persons_of(a).size() < 2 || persons_of(b).size() < 2 || !creators_missing_from(a, b).empty() ||
      !creators_missing_from(b, a).empty())
    return false;
  auto abstract_words = [](const Record& r) { return split_words(fold_words(r.abstract)).size(); };
  return abstract_words(a) < 40 || abstract_words(b) < 40 || abstracts_alike(a, b);
}

// A preprint, working paper or repository deposit (SSRN, arXiv, bioRxiv,
// medRxiv, Research Square, EGUsphere, OSF, Zenodo, figshare, NBER): what says so, or
// nothing.  Its DOI's registrant, its container, or a preprint's, a data
// set's or a generic record's type with a publisher and no journal, volume
// or pages (Lens's "GEN" for an SSRN paper or a figshare item, "Elsevier
// BV", "American Diabetes Association"; Lens's "GEN" record of a
// repository's copy of the article names no publisher: it is the article).
std::string deposit_of(const Record& r) {
  static constexpr std::string_view kDoiPrefixes[] = {
      "10.2139/ssrn.", "10.48550/arxiv.", "10.21203/rs.", "10.20944/preprints", "10.5281/zenodo.",
      "10.22541/au.", "10.1002/essoar.", "10.36227/techrxiv", "10.26434/chemrxiv", "10.2196/preprints.",
      "10.3386/w", "10.5194/egusphere", "10.1590/scielopreprints."};
  const std::string& doi = r.doi;
  for (std::string_view p : kDoiPrefixes)
    if (doi.compare(0, p.size(), p) == 0) return "DOI " + doi;
  // bioRxiv and medRxiv number their DOIs (10.1101/2020.01.02.123456,
  // 10.1101/123456); Cold Spring Harbor's journals do not (10.1101/gr.…).
  if (doi.compare(0, 8, "10.1101/") == 0 && doi.size() > 8 && is_digit(doi[8])) return "DOI " + doi;
  if (doi.find("/osf.io/") != std::string::npos || doi.find("figshare.") != std::string::npos) return "DOI " + doi;
  const std::string venue = fold_words(r.container_title);
  for (std::string_view w : {"ssrn", "rxiv", "research square", "preprint", "egusphere", "working paper", "repec", "zenodo",
                             "figshare", "authorea"})
    if (venue.find(w) != std::string::npos) return "in " + r.container_title;
  // A Google Scholar hit (Publish or Perish) has no type of its own and the
  // site it was found on for a publisher ("Taylor & Francis", "Wiley Online
  // Library" for a journal's article): a description of some publication,
  // no deposit by what it lacks.
  if ((r.type == "article" || r.type == "document" || r.type == "dataset") && !r.publisher.empty() && r.container_title.empty() &&
      r.container_title_short.empty() && r.volume.empty() && r.pages.empty() && r.isbn.empty() && !google_scholar_hit(r))
    return "a record of type " + r.type + " with no journal, volume or pages";
  return "";
}

// Where two records are printed says they are one piece: the same journal
// (one venue) and volume, or a book's ISBN in common; no other issue; the
// same first page or article number, or, with neither on either side, the
// same issue.  What two records under a title that names a kind of piece
// (front_matter_title) need besides: two books of one series each open with
// the series' preface, one text under the same title and editors.
bool placed_alike(const Record& a, const Record& b) {
  if (!isbns_shared(a, b) && (venue_of(a).empty() || venue_of(b).empty() || !same_venue(a, b) ||
                              volume_of(a).empty() || volume_of(a) != volume_of(b)))
    return false;
  if (other_issues(a, b)) return false;
  const std::string pa = place_in_volume(a), pb = place_in_volume(b);
  if (!pa.empty() || !pb.empty()) return pa == pb;
  return !a.issue.empty() && normalize_volume(a.issue) == normalize_volume(b.issue);
}

// Embase's record of a meeting's abstract: its check tag "Conference
// abstract" among the keywords (Embase's RIS and CSV, Cochrane CENTRAL's
// copies of Embase's records).
bool conference_abstract(const Record& r) {
  return std::any_of(r.keywords.begin(), r.keywords.end(),
                     [](const std::string& k) { return iequals(trim(k), "conference abstract"); });
}

// A title that is the record's author list (ProQuest's "Darrel H. Higa,
// Nicole Crepaz, Christina M. McDonald, ..., the Prevention Research
// Synthesis (PRS) Project" for Higa et al. 2020): the family names of three
// of its persons or more, half its persons at least, among the title's first
// words, the first author's first.
bool title_is_author_list(const Record& r) {
  const auto persons = persons_of(r);
  if (persons.size() < 3) return false;
  const std::string t = fold_words(r.title);
  const auto words = split_words(t);
  std::size_t named = 0;
  bool first = false;
  for (const Creator* c : persons) {
    const std::string f = fold_words(c->full_family());
    const auto at = std::find(words.begin(), words.end(), f);
    if (f.empty() || at == words.end()) continue;
    if (c == persons.front()) first = at - words.begin() < 5;
    ++named;
  }
  return first && named >= 3 && 2 * named >= persons.size();
}

// Whether a record is a Google Scholar hit whose venue is the site Scholar
// found it on, a host name ("pure.iiasa.ac.at", "cs.rice.edu"): Publish or
// Perish's BibTeX writes the site in `journal` where Scholar gave no source
// (its CSV keeps it as the Publisher).  A journal's name is no host name.
bool scholar_site(const Record& r) { return is_web_host(r.container_title) && google_scholar_hit(r); }

Record without_site(const Record& r) {
  Record out = r;
  out.container_title.clear();
  out.container_title_short.clear();
  return out;
}

Verdict judge(const Record& a, const Record& b, const DedupOptions& opt) {
  // A page that is the article number is read as the number (see
  // placed_by_number): the rules below compare pages with pages and
  // numbers with numbers.
  if (page_is_article_number(a) || page_is_article_number(b))
    return judge(placed_by_number(a), placed_by_number(b), opt);
  // A Google Scholar hit's site is no venue: judged as Publish or Perish's
  // CSV row of the hit, which names none.
  if (const bool sa = scholar_site(a), sb = scholar_site(b); sa || sb) {
    Verdict v = judge(sa ? without_site(a) : a, sb ? without_site(b) : b, opt);
    v.reasons.insert(v.reasons.begin(), "the journal of a Google Scholar hit read as the site Google Scholar found it on (" +
                                            (sa ? a : b).container_title + ")");
    return v;
  }
  Verdict v;
  auto differ = [](const std::string& x, const std::string& y) { return !x.empty() && !y.empty() && x != y; };
  const bool item_and_version = differ(a.doi, b.doi) && figshare_version(a.doi, b.doi);
  const std::string acm = differ(a.doi, b.doi) ? acm_article(a.doi, b.doi) : std::string();
  auto differ_doi = [&] { return differ(a.doi, b.doi) && !item_and_version && acm.empty(); };
  // Two identifiers that differ where another is shared, or the same long
  // title, creator and year are there: a conflict a user decides, listed
  // with the pairs kept apart (Scopus's DOI with its article number glued
  // on against Web of Science's, one PMID: issue #11).
  auto conflict = [&](std::string what) -> Verdict& {
    v.by_identifier = !shared_identifier(a, b).empty() ||
                      (same_long_title(a, b) && a.issued.year == b.issued.year && !shared_creator_of(a, b).empty());
    return v.veto(std::move(what));
  };
  if (differ_doi() && !registered_twice(a, b))
    return conflict("veto: different DOIs (" + a.doi + ", " + b.doi + ")");
  if (item_and_version) v.say("DOIs " + a.doi + " and " + b.doi + ": a figshare item and its version");
  if (!acm.empty())
    v.say("DOIs " + a.doi + " and " + b.doi + ": ACM's article " + acm + " under two parents (a proceedings and its SIG's issue)");
  if (differ(a.pmid, b.pmid) && !registered_twice(a, b))
    return conflict("veto: different PMIDs (" + a.pmid + ", " + b.pmid + ")");
  if (differ(a.pmid, b.pmid))
    v.say("different PMIDs (" + a.pmid + ", " + b.pmid + "), but title, creator, year, volume and page agree");
  if (differ(a.pmcid, b.pmcid)) return v.veto("veto: different PMCIDs (" + a.pmcid + ", " + b.pmcid + ")");
  if (const std::string pa = patent_of(a), pb = patent_of(b); differ(pa, pb))
    return v.veto("veto: two patents (" + pa + ", " + pb + ")");
  // Two Elsevier items (their PIIs, in their links or DOIs, share none): a
  // meeting's abstract and the case report of the next year under one
  // title (Robertson et al., Journal of Vascular Surgery: Venous and
  // Lymphatic Disorders, S2213-333X(19)30006-X and S2213333X20300718,
  // Google Scholar's hits in tributetotobler/bibliotobler).
  // Items of two journals (their PIIs' ISSNs differ) are no such
  // evidence: one article in a journal's Spanish and English editions
  // (Revista Colombiana de Psiquiatría's S0034-7450 and S2530-3120) is one
  // work (relabel.tsv's policy), a reprint another journal's item.
  if (const auto pa = elsevier_piis(a), pb = elsevier_piis(b);
      !pa.empty() && !pb.empty() &&
      std::none_of(pa.begin(), pa.end(), [&pb](const std::string& x) { return pb.count(x) > 0; }))
    for (const std::string& x : pa)
      for (const std::string& y : pb)
        if (pii_issn(x) == pii_issn(y))
          return v.veto("veto: two Elsevier items (PII " + x + ", " + y + ")");
  if (differ_doi()) v.say("different DOIs (" + a.doi + ", " + b.doi + "), but title, creator, year, volume and page agree");
  if (std::string id = shared_identifier(a, b); !id.empty()) {
    v.by_identifier = true;
    std::string why;
    if (!confirm_shared_identifier(a, b, &why)) return v.veto("kept apart: same " + id + ", " + why);
    v.score = 1;
    v.say("same " + id);
    v.say(why);
    return v;
  }
  // A preprint (or a deposit of the article's data or figures) and the
  // journal article of one title: two works.
  for (const Record* x : {&a, &b}) {
    const Record& y = x == &a ? b : a;
    if (y.type != "article-journal" || venue_of(y).empty() || !deposit_of(y).empty()) continue;
    if (std::string what = deposit_of(*x); !what.empty())
      return v.veto("veto: a preprint or deposit (" + what + ") and a journal article (" + venue_of(y) + ")");
  }
  // A numbered technical report and the chapter, conference paper or
  // article published from it (IRIDIA's TR/IRIDIA/2009-015 and its Springer
  // chapter): two works, as a preprint and its article are.
  for (const Record* x : {&a, &b}) {
    const Record& y = x == &a ? b : a;
    if (x->type == "report" && !x->number.empty() && venue_of(*x).empty() &&
        (y.type == "chapter" || y.type == "paper-conference" || y.type == "article-journal") && !venue_of(y).empty())
      return v.veto("veto: a report (" + x->number + ") and a " + y.type + " in " + venue_of(y));
  }
  // A chapter of another book and a whole book, by other first authors: a
  // handbook's chapter "The quadratic assignment problem" (Burkard, Cela et
  // al.) is not Cela's book "The Quadratic Assignment Problem: Theory and
  // Algorithms".
  for (const Record* x : {&a, &b}) {
    const Record& y = x == &a ? b : a;
    if (x->type == "chapter" && y.type == "book" && !venue_of(*x).empty() &&
        title_key(venue_of(*x)) != title_key(y.title) && !first_author(*x).empty() && !first_author(y).empty() &&
        first_author(*x) != first_author(y))
      return v.veto("veto: a chapter of " + venue_of(*x) + " and a book by another first author");
  }
  if (a.issued.year && b.issued.year && std::abs(a.issued.year - b.issued.year) > opt.max_year_gap &&
      !printed_alike(a, b) && !online_first_alike(a, b)) {
    if (written_alike(a, b))
      v.say("years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
            ", but the same title, creator and abstract");
    else if (first_appeared_alike(a, b))
      v.say("years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
            ", but the same title, journal and authors, the earlier record without volume or pages (the year it "
            "first appeared)");
    else
      return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year));
  }
  // Two titles in MEDLINE's brackets of a translation, of other years: two
  // records of MEDLINE, which gives one record one year (Duche's "[The
  // effects of psilocybin in a case of hysteria]" in La Semaine des
  // hopitaux 1961 and in its Therapeutique 1962: one text printed twice).
  auto bracketed = [](const Record& r) {
    std::string_view t = trim(r.title);
    while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
    return t.size() > 2 && t.front() == '[' && t.back() == ']';
  };
  if (a.issued.year && b.issued.year && a.issued.year != b.issued.year && bracketed(a) && bracketed(b))
    return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
                  " of two translated titles (MEDLINE's brackets): two records of one database");

  // Two notices are compared by the title of what they are about.
  bool notice_a = false, notice_b = false;
  if (one_notice(a, b, notice_a, notice_b))
    return v.veto("veto: one is a notice (erratum, correction, retraction) about the other");
  const bool notices = notice_a;
  if (notices && is_notice_title(a.title) != is_notice_title(b.title))
    v.say("a notice under the title of its subject, printed where the other notice is");
  std::string ta = notices ? notice_key(a.title) : title_key(a.title);
  std::string tb = notices ? notice_key(b.title) : title_key(b.title);
  // Titles in other languages (a translated title, the original beside
  // MEDLINE's bracketed English): two records that give the work's title in
  // two languages are compared by the titles of one language.  Two original
  // titles that differ are two works (two papers of one issue by the same
  // authors, each with its original title: Delay et al. 1959).
  if (!notices) {
    const auto oa = other_titles(a), ob = other_titles(b);
    bool both_original = false;
    double originals = 0;
    for (const auto& x : oa)
      for (const auto& y : ob)
        if (x.original && y.original) {
          both_original = true;
          originals = std::max(originals, title_similarity(x.key, y.key));
        }
    if (both_original && originals < 0.7)
      return v.veto("veto: other original titles");
    double best = title_similarity(ta, tb);
    std::string ka = ta, kb = tb;
    auto consider = [&](const std::string& x, const std::string& y) {
      if (split_words(x).size() < 4 || split_words(y).size() < 4) return;
      const double s = title_similarity(x, y);
      if (s > best && s >= 0.9) best = s, ka = x, kb = y;
    };
    for (const auto& y : ob) consider(ta, y.key);
    for (const auto& x : oa) {
      consider(x.key, tb);
      for (const auto& y : ob) consider(x.key, y.key);
    }
    const std::string xa = bracketed_translation(a.title), xb = bracketed_translation(b.title);
    if (!xb.empty()) consider(ta, xb);
    if (!xa.empty()) consider(xa, tb);
    if (!xa.empty() && !xb.empty()) consider(xa, xb);
    // Scopus's bracketed English against another database's English in a
    // field of its own (SciELO's X1 beside its Spanish title).
    for (const auto& y : ob)
      if (!xa.empty()) consider(xa, y.key);
    for (const auto& x : oa)
      if (!xb.empty()) consider(x.key, xb);
    if (ka != ta || kb != tb) {
      v.say("the title in another language (" + ka + "; " + kb + ")");
      ta = std::move(ka);
      tb = std::move(kb);
    }
    // Lens's "<container> - <title>" against the title alone.
    if (!same_but_spaces(ta, tb)) {
      const std::string pa = after_container_prefix(a.title, &venue_of(a)),
                        pb = after_container_prefix(b.title, &venue_of(b));
      if (!pa.empty() && same_but_spaces(pa, tb)) {
        ta = pa;
        v.say("the title after the name of its container (" + a.title + ")");
      } else if (!pb.empty() && same_but_spaces(ta, pb)) {
        tb = pb;
        v.say("the title after the name of its container (" + b.title + ")");
      }
    }
  }
  const bool same_title = !ta.empty() && same_but_spaces(ta, tb);
  const bool same_year = a.issued.year && a.issued.year == b.issued.year;
  // A title that names a kind of piece ("Series Preface", "Editorial") or
  // none: many works carry it, only where they are printed can tell them
  // apart (two books of one series each open with its preface, in Google
  // Scholar under one title, the series' editors and no year or pages).
  if (const bool kind_a = front_matter_title(ta); (kind_a || front_matter_title(tb)) && !placed_alike(a, b))
    return v.veto("veto: a title that names a kind of piece (" + (kind_a ? a.title : b.title) +
                  "), not printed in one place");
  if (const bool journal_a = periodical_title(a.title); (journal_a || periodical_title(b.title)) && !placed_alike(a, b))
    return v.veto("veto: a title that is a periodical's name (" + (journal_a ? a.title : b.title) +
                  "), not printed in one place");
  // Two years of the Cochrane Database of Systematic Reviews: two versions of
  // a review (its update, under one id and usually one title: Tan et al.'s
  // "Air versus oxygen for resuscitation of infants at birth", 2004 issue 3
  // and 2005 issue 2, CD002273, in bib-dedupe's test cases), which Cochrane
  // links and keeps, one citation each.
  if (a.issued.year && b.issued.year && !same_year && cochrane_review_record(a) && cochrane_review_record(b))
    return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
                  " of the Cochrane Database of Systematic Reviews: two versions of a review");
  // Other years in other venues: a conference abstract and the article of
  // the next year, one title at two conferences.
  if (a.issued.year && b.issued.year && !same_year && !same_venue(a, b) && !first_appeared_alike(a, b))
    return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
                  " in other venues (" + a.container_title + "; " + b.container_title + ")");
  // The same, where the journal is named by the DOI alone: a meeting's
  // paper and, another year, a record without venue whose DOI spells a
  // journal's ISSN (issn_in_doi), not one the paper's record gives: the
  // paper and its journal version, two works, as the veto above keeps them
  // apart when both records name their venue (bib-dedupe's test case:
  // Stahl, "Cultural Universality Versus Particularity in CMC", Americas
  // Conference on Information Systems 2003, and Stahl & Elbeltagi 2004,
  // DOI 10.1080/1097198X.2004.10856384).
  for (const Record* x : {&a, &b}) {
    const Record& y = x == &a ? b : a;
    if (!a.issued.year || !b.issued.year || same_year || venue_of(*x).empty() || !venue_of(y).empty()) continue;
    if (venue_kind(*x) != 'm' && x->type != "paper-conference") continue;
    const std::string issn = issn_in_doi(y.doi);
    if (issn.empty() || std::any_of(x->issn.begin(), x->issn.end(),
                                    [&](const std::string& i) { return issn_digits(i) == issn_digits(issn); }))
      continue;
    return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
                  ", a meeting's paper (" + venue_of(*x) + ") and a journal's article (ISSN " + issn + " in its DOI " +
                  y.doi + ")");
  }
  // Two conference abstracts (Embase's check tag "Conference abstract", in
  // Embase's and Cochrane CENTRAL's keywords) of one year in two journals
  // that cannot be one (names, ISSNs): one abstract printed by two
  // congresses, two works (nmn__central.ris: Zhu 2022, "Efficacy and safety
  // of two different low-dose rituximab regimens ...", Research and Practice
  // in Thrombosis and Haemostasis 6 and HemaSphere 6:3982, two DOIs).  Not
  // a journal's two names for one article: those are no abstracts.
  if (same_year && conference_abstract(a) && conference_abstract(b) && !venue_of(a).empty() &&
      !venue_of(b).empty() && !same_venue(a, b) && !share_issn(a, b))
    return v.veto("veto: two conference abstracts in two journals (" + a.container_title + "; " +
                  b.container_title + ")");
  // The same year in two journals, on other pages and in no volume of the
  // same number: a conference abstract in one journal's supplement and the
  // article in another (Mediators of Inflammation's article 6305735, its
  // volume the year, and Diabetes/Metabolism Research and Reviews 32 Suppl
  // 2:25-26).  A journal's name in two languages ("Aizheng", "Chinese
  // Journal of Cancer") keeps its volume number, or its ISSN.
  if (same_year && !venue_of(a).empty() && !venue_of(b).empty() && !same_venue(a, b) &&
      compare_pages(a, b) != Conflict::none && (volume_of(a).empty() || volume_of(a) != volume_of(b)) &&
      (a.issn.empty() || b.issn.empty() || other_issns(a, b)))
    return v.veto("veto: the same year in two journals on other pages (" + a.container_title + " " + a.pages + "; " +
                  b.container_title + " " + b.pages + ")");
  // The same year, a journal's article (in a volume) and a conference paper
  // in proceedings that are not that journal (names that cannot be one
  // venue, no ISSN in common): the paper and its journal version, two works
  // (Noothigattu et al. 2019, "Teaching AI agents ethical values using
  // reinforcement learning and policy orchestration": IJCAI 2019, pp.
  // 6377-6381, and IBM Journal of Research and Development 63(4-5), in Scopus
  // and in Web of Science alike).  Proceedings printed as a journal's issue
  // or a series' volume put the paper on the same first page (Journal of
  // Hydrodynamics 22(5):290 for ICHD 2010, Lecture Notes in Computer Science
  // 8095:430 for EC-TEL 2013, which Web of Science names by their titles).
  for (const Record* x : {&a, &b}) {
    const Record& y = x == &a ? b : a;
    if (same_year && x->type == "paper-conference" && y.type == "article-journal" && !volume_of(y).empty() &&
        !venue_of(*x).empty() && !venue_of(y).empty() && !same_venue(a, b) && !share_issn(a, b) &&
        (page_number(x->pages).empty() || page_number(x->pages) != page_number(y.pages)))
      return v.veto("veto: a conference paper (" + venue_of(*x) + ") and a journal article (" + venue_of(y) +
                    ") of one year");
  }
  // The same year, a venue named as a meeting's and one named as a
  // journal's, names that cannot be one venue, no ISSN, ISBN or DOI in
  // common and not on one first page: a workshop's paper and its journal
  // version, two works (bib-dedupe's test case: "Workshop of Digital
  // Studies" and "Journal of Digital Studies", Smith 2020, the same title;
  // the records' types say nothing, a BibTeX @article can be either).
  // Proceedings printed as a journal's issue put the paper on its first page.
  if (const char ka = venue_kind(a), kb = venue_kind(b);
      same_year && ka && kb && ka != kb && !same_venue(a, b) && !share_issn(a, b) && !isbns_shared(a, b) &&
      (a.doi.empty() || a.doi != b.doi) &&
      (page_number(a.pages).empty() || page_number(a.pages) != page_number(b.pages)))
    return v.veto("veto: a meeting's paper (" + venue_of(ka == 'm' ? a : b) + ") and a journal's article (" +
                  venue_of(ka == 'm' ? b : a) + ") of one year");
  // Other years, no venue on one side to say it is one journal, and one
  // title the other with a subtitle: two papers of a series ("Effects of X
  // on visual perception" 1968, "... visual perception. Spatial distortion
  // thresholds" 1969), not one work printed a year later.  So are two
  // papers of one conference, which meets every year: a meeting's paper and
  // the next meeting's with a subtitle added (bib-dedupe's test cases:
  // AMCIS 2024 "The Impact of Cognitive Load on Responses to Security
  // Alerts" and AMCIS 2025 "...: Investigating Human Errors").  A journal's
  // online-first record and its issue's are one work a year apart.  A
  // conference named with its year names the meeting whatever the record's
  // year says: Web of Science dates a paper by its meeting, Scopus by its
  // proceedings, and may drop a subtitle (pybibx: "PROCEEDINGS OF 2016 IEEE
  // SYMPOSIUM SERIES ON COMPUTATIONAL INTELLIGENCE" 2016 and "2016 IEEE
  // Symposium Series on Computational Intelligence, SSCI 2016" 2017).
  auto names_year = [](const std::string& venue) {
    for (std::string_view w : split_words(venue))
      if (w.size() == 4 && all_digits(w) && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20")) return true;
    return false;
  };
  const bool conference_papers = a.type == "paper-conference" && b.type == "paper-conference" &&
                                 !names_year(venue_of(a)) && !names_year(venue_of(b));
  if (a.issued.year && b.issued.year && !same_year &&
      (venue_of(a).empty() || venue_of(b).empty() || conference_papers) && !same_title &&
      !added_words(ta, tb).empty())
    return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) + ", " +
                  (conference_papers && !venue_of(a).empty() && !venue_of(b).empty() ? "two conference papers"
                                                                                      : "no venue on one side") +
                  ", a subtitle on one side only");
  // Other years, and each author list names someone the other does not: a
  // journal's yearly review under one title (2009, 2010, ...), its author
  // list changing a little every year, not one work printed a year later (a
  // database that cuts the list keeps a part of it, and names nobody new),
  // unless the earlier is the work's first appearance under the same
  // abstract (first_appeared_alike: a preprint's year and list).
  if (a.issued.year && b.issued.year && !same_year) {
    auto only_a = creators_missing_from(a, b), only_b = creators_missing_from(b, a);
    if (!only_a.empty() && !only_b.empty() && !first_appeared_alike(a, b)) {
      auto names = [](const std::vector<std::string>& v) {
        std::string out;
        for (const auto& n : v) out += (out.empty() ? "" : ", ") + n;
        return out;
      };
      return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year) +
                    ", each author list has names the other lacks (" + names(only_a) + "; " + names(only_b) + ")");
    }
  }
  // Where the two are printed: the same volume (or, without volumes, the
  // same journal or conference) and the same page range of several pages
  // hold one work only, whatever the titles and author lists say (a
  // translated title, a study group named instead of its chair).
  const bool same_place = !volume_of(a).empty() && !volume_of(b).empty()
                              ? volume_of(a) == volume_of(b)
                              : !a.container_title.empty() && !b.container_title.empty() && same_venue(a, b);
  const bool same_range = same_place && same_page_range(a, b);
  // The first page, or the article number where a record gives no pages.
  const bool same_first_page = same_place && !place_in_volume(a).empty() && place_in_volume(a) == place_in_volume(b);
  std::string shared_creator;
  const bool no_creators_a = creators_of(a).empty(), no_creators_b = creators_of(b).empty();
  const bool both_creators = !no_creators_a && !no_creators_b;
  if (both_creators) {
    shared_creator = shared_creator_of(a, b);
    if (shared_creator.empty()) {
      if (!same_range) return v.veto("veto: no creator in common");
      v.say("no creator in common, but the same volume and page range " + a.pages);
    }
  }
  // The same title (not a generic one), a creator and the year: differences
  // in numbering are the databases', not the works'.
  const bool strong = same_title && split_words(ta).size() >= 4 && !shared_creator.empty() &&
                      (same_year || a.doi.empty() != b.doi.empty());
  // Different volumes: parts of one book, issues of one column, a
  // conference's abstracts of two years, not one work.  Unless the one long
  // title, a creator, the year, the journal and a range of several pages
  // agree: then one database has the volume wrong (Embase's 209(2):253-262
  // for 210(2):253-262).
  // The same first page does as well when one side gives no last page
  // (CENTRAL's "170" against MEDLINE's "170-178").
  auto same_first_page_one_open = [](const Record& x, const Record& y) {
    const std::string px = page_number(x.pages);
    if (!all_digits(px) || px.size() > 9 || px == "1" || px != page_number(y.pages)) return false;
    const long first = std::stol(px);
    return last_page_number(x.pages, first) == 0 || last_page_number(y.pages, first) == 0;
  };
  // Two volumes in words that differ: a master's and a doctoral thesis.
  if (!volume_words(a).empty() && !volume_words(b).empty() && volume_words(a) != volume_words(b))
    return v.veto("veto: volumes " + a.volume + " and " + b.volume);
  if (!volume_of(a).empty() && !volume_of(b).empty() && volume_of(a) != volume_of(b)) {
    // A long title one typo apart ("psyhotomimetic") is the same title here.
    const bool alike = strong || (same_year && !shared_creator.empty() && split_words(ta).size() >= 6 &&
                                  title_similarity(ta, tb) >= 0.95);
    // "2-10" and "10" (a part and its volume) in one issue, under one long
    // title, creator and year: one volume.
    const bool part = strong && same_year && !a.issue.empty() &&
                      normalize_volume(a.issue) == normalize_volume(b.issue) && volume_with_part(a.volume, b.volume);
    // A supplement's number where the volume belongs ("1", or "1)" left of
    // Embase's "16 (Supplement 1)") against the volume with that supplement
    // as its issue ("16", "SUPPL. 1"), under one title, creator, year and
    // journal: one volume.
    const bool supplement = strong && same_year && !venue_of(a).empty() && !venue_of(b).empty() && same_venue(a, b) &&
                            (supplement_as_volume(a, b) || supplement_as_volume(b, a));
    if (part) {
      v.say("volumes " + a.volume + " and " + b.volume + " (a part and its volume), the same title, creator, year and issue");
    } else if (supplement) {
      v.say("volumes " + a.volume + " and " + b.volume + " (a supplement's number as the volume), the same title, creator, "
            "year and journal");
    } else if (alike && same_year && (same_page_range(a, b) || same_first_page_one_open(a, b)) &&
               !venue_of(a).empty() && !venue_of(b).empty() && same_venue(a, b)) {
      v.say("volumes " + a.volume + " and " + b.volume + ", but the same title, creator, year, journal and pages " +
            a.pages);
    } else if (ahead_of_print_alike(a, b)) {
      v.say("volumes " + a.volume + " and " + b.volume + " (ahead of print without pages under the volume of its day, "
            "and in its issue), the same title, authors and journal");
    } else if (alike && same_year && split_words(ta).size() >= 8 && a.pages.empty() && b.pages.empty() &&
               a.number.empty() && b.number.empty() && a.type == "article-journal" && b.type == "article-journal" &&
               share_issn(a, b) && !other_issns(a, b) && !other_issues(a, b) && same_venue(a, b)) {
      // Neither says where in its volume it is (no pages, no article
      // number): the volume is all that differs from one long title,
      // creator, year and journal ISSN, and one database has it wrong
      // (colandr 2024's pair match 54: Comprehensive Psychiatry, ISSN
      // 0010-440X, 1964, volume 5 issue 3 and volume "20").
      v.say("volumes " + a.volume + " and " + b.volume + ", but the same title, creator, year and journal ISSN, and "
            "no pages on either side");
    } else {
      return v.veto("veto: volumes " + a.volume + " and " + b.volume);
    }
  }
  // A translated title on the same pages by the same first author: MEDLINE
  // brackets the translation ("[Comparison of ...]"), other databases add
  // the original in brackets; without brackets, the issue must agree too
  // (some journals number the pages of each issue from 1).
  // The first author's name may be spelt another way ("Gruesser" and
  // "Grüsser" in Web of Science and PubMed).
  auto first_person = [](const Record& r) {
    auto list = creators_of(r);
    return list.empty() ? nullptr : list.front();
  };
  const bool same_first_author =
      !first_author(a).empty() &&
      (first_author(a) == first_author(b) ||
       (first_person(a) && first_person(b) && !same_person_spelt_otherwise(*first_person(a), *first_person(b)).empty()));
  const bool issues_differ = other_issues(a, b);
  // Without an author on one side (a database that lost them), the journal
  // and the year must agree as well.
  // A one- or two-word title ("Introduction") is no translation of another.
  const bool anonymous_side = no_creators_a != no_creators_b && same_year && split_words(ta).size() >= 3 &&
                              split_words(tb).size() >= 3 && !a.container_title.empty() &&
                              !b.container_title.empty() && same_venue(a, b);
  // One record titled with its author list (see title_is_author_list): its
  // title says nothing; where it is printed does, as for a translated title:
  // the same volume, issue and first page, year, first author, and one
  // author list within the other (ProQuest's title took the group author
  // the others list last).
  const bool names_for_title =
      title_is_author_list(a) != title_is_author_list(b) && same_place && same_first_page && same_year &&
      same_first_author && !issues_differ && !a.issue.empty() && !venue_of(a).empty() && !venue_of(b).empty() &&
      same_venue(a, b) && (creators_missing_from(a, b).empty() || creators_missing_from(b, a).empty());
  // A record that gives its title in two languages ("...; [...]") is
  // matched by its titles: the same range and first author under other
  // titles are two works (a journal that pages each article from 1: Revista
  // Peruana de Ginecologia y Obstetricia 66(4), two case reports by Lacunza
  // Paredes on pages 1-5).
  const bool gives_two_languages =
      !bracketed_translation(a.title).empty() || !bracketed_translation(b.title).empty();
  const bool translated = (same_range && !gives_two_languages && (same_first_author || anonymous_side) &&
                           (!issues_differ || a.title.find('[') != std::string::npos ||
                            b.title.find('[') != std::string::npos || title_containment(ta, tb) >= 0.5)) ||
                          names_for_title;
  if (!same_title && !translated) {
    if (std::string w = contrasting_words(ta, tb); !w.empty())
      return v.veto("veto: the titles name other groups or conditions (" + w + ")");
  }
  if (!same_title && !translated && !notices) {
    if (std::string w = other_subtitles(a.title, b.title); !w.empty())
      return v.veto("veto: one main title with other subtitles (" + w + ")");
  }
  if (!same_title && !translated && adds_section_name(ta, tb))
    return v.veto("veto: one title is the other with a section's name (" + a.title + "; " + b.title + ")");
  if (!same_title && !translated && adds_part_number(ta, tb))
    return v.veto("veto: one title is the other with a part number (" + a.title + "; " + b.title + ")");
  if (!same_title && !translated) {
    // "FOCUS 1: ..." and "FOCUS 2: ...": a number in one title that the
    // other lacks, each way, names another part or trial.
    auto na = title_numbers(ta), nb = title_numbers(tb);
    if (!std::includes(na.begin(), na.end(), nb.begin(), nb.end()) &&
        !std::includes(nb.begin(), nb.end(), na.begin(), na.end()))
      return v.veto("veto: the titles differ in their numbers");
  }
  if (same_title) {
    // The same title on different pages: parts of one book, issues of one
    // column, not one work.
    // Issues of one column without pages ("Editor's Comments", volume 26,
    // issues 1 to 4).  With pages, the pages decide: databases fill the
    // issue with other numbers too often.
    // A short title ("Editor's Comments") in two issues is one only on the
    // very same pages.
    const bool generic = split_words(ta).size() < 4;
    // An issue cut by a database ("3858" and "858") under one long title,
    // creator, year and volume is the same issue.
    const bool cut = strong && same_year && !volume_of(a).empty() && volume_of(a) == volume_of(b) &&
                     issue_cut(normalize_volume(a.issue), normalize_volume(b.issue));
    // An article number read from the pages (six digits or more, an
    // e-locator: see placed_by_number) says where the work is, as its page
    // did (PLOS ONE's e43268 against a record of issue 153 without one,
    // bib-dedupe's respiratory set), and so does a Cochrane review's id, a
    // page until the readers took it for the number (CD008173 against its
    // twin without one, dedupe-sweep's respiratory library, whose issues are
    // EndNote's record numbers): on one side only it is no evidence either
    // way, as a page on one side only is not.  A shorter number ("1705" of
    // Embase's "18 (9) (no pagination)") does not place a record against
    // another issue (18(8) without one): the issues decide.
    auto unplaced = [](const Record& r) {
      return first_page(r.pages).empty() && article_number_in_pages(r.number).empty() &&
             !cochrane_review_id(r.number);
    };
    if (issues_differ && !cut && ((unplaced(a) && unplaced(b)) ||
         (generic && fold_words(a.pages) != fold_words(b.pages))))
      return v.veto("veto: same title, issues " + a.issue + " and " + b.issue);
    Conflict pages = compare_pages(a, b);
    // One long title, a creator, the year and the volume: two ranges of
    // several pages each are the online and the print pagination (a one-page
    // abstract and the article stay apart); not in two journals (ISSNs
    // apart), nor in two issues or under two journal names on other page
    // counts: one paper printed twice, in issues 1 and 2 of a volume on 9
    // and 10 pages, or in two journals' volume 1 on 4 and 5 pages, is two
    // works.  Other issues or names alone say little (databases fill the
    // issue with other numbers, translate a journal's name: "Aizheng",
    // "Chinese Journal of Cancer"), other counts alone neither (one side's
    // pages may be wrong); but two issues of one journal in page order, the
    // same count or not, are the paper printed twice (issues_in_page_order).
    auto several_pages = [](const Record& r) {  // and plain numbers: "S33-38" is a supplement's
      std::string p = page_number(r.pages);
      return p == first_page(r.pages) && all_digits(p) && p.size() < 9 &&
             last_page_number(r.pages, std::stol(p)) > std::stol(p);
    };
    if (pages == Conflict::strong && strong && same_year && split_words(ta).size() >= 6 && !a.volume.empty() &&
        normalize_volume(a.volume) == normalize_volume(b.volume) && several_pages(a) && several_pages(b) &&
        !other_issns(a, b) &&
        (page_count(a) == page_count(b) ||
         ((!issues_differ || cut) && (venue_of(a).empty() || venue_of(b).empty() || same_venue(a, b)))) &&
        !(issues_differ && !cut && !venue_of(a).empty() && !venue_of(b).empty() && same_venue(a, b) &&
          issues_in_page_order(a, b)))
      pages = Conflict::weak;
    // A conference paper under the pages of two printings of one
    // proceedings (Web of Science's "VOLS 1-4" print, 1827-1832; IEEE
    // Xplore's, 2977-2982: ai-labour's Kobayashi & Yamada, IROS 2005): no
    // volume on either side, the one conference, the same long title,
    // creator and year, and as many pages on each side.  Conference papers
    // only: a journal's special issue of a symposium that prints one paper
    // twice (Journal of Coastal Research 2013, 909-914 and 1045-1050, two
    // DOIs: CiteSource's benchmark) holds two records of it.  Years one apart
    // do under the same abstract, word for word: Web of Science dates an IEEE
    // proceedings by the meeting, Scopus by Xplore's volume (plants' Goyal et
    // al., GUCON 2018, 398-404 in 2018 and 405-411 in 2019), as for ISBNs.
    bool printings = false;
    // What both printings' rules ask (asked last, after their cheaper tests): no volume on either side, several pages
    // on each, the one venue, no ISSNs apart.
    auto one_venue_other_pages = [&] {
      return a.volume.empty() && b.volume.empty() && several_pages(a) && several_pages(b) && !venue_of(a).empty() &&
             !venue_of(b).empty() && same_venue(a, b) && !other_issns(a, b);
    };
    if (pages == Conflict::strong && strong && (same_year || year_apart_same_abstract(a, b)) && split_words(ta).size() >= 6 &&
        a.type == "paper-conference" && b.type == "paper-conference" && page_count(a) == page_count(b) &&
        !issues_differ && one_venue_other_pages()) {
      pages = Conflict::weak;
      printings = true;
    }
    // A book's chapter on the pages of two printings of the book (Taylor &
    // Francis's 1989 print, 115-122 in Scopus; CRC Press's reissue, 88-92 in
    // Lens: tob's Tobler, "Frame independent spatial analysis", The
    // Accuracy of Spatial Databases): a chapter on one side, no volume or
    // issue on either, the one book, the same title, year and author list
    // (each names nobody the other lacks).  A book holds no two chapters of
    // one title by the same authors; a journal's column of one title in one
    // year has a volume (and, with volumes, the rules above decide).
    if (pages == Conflict::strong && strong && same_year && (a.type == "chapter" || b.type == "chapter") &&
        a.issue.empty() && b.issue.empty() && one_venue_other_pages() && creators_missing_from(a, b).empty() &&
        creators_missing_from(b, a).empty()) {
      pages = Conflict::weak;
      printings = true;
    }
    // One conference abstract on two pages of one volume (an abstract book
    // that prints it in two sessions, or a database's wrong page: Embase's
    // 15:22 and another's 15:52): the same long title, year, journal and
    // volume, no other issue, one page on each side, and the very same
    // author list (each names nobody the other lacks).
    auto one_page = [](const Record& r) {
      const std::string p = page_number(r.pages);
      if (!all_digits(p) || p.size() > 9) return false;
      const long last = last_page_number(r.pages, std::stol(p));
      return last == 0 || last == std::stol(p);
    };
    if (pages == Conflict::strong && strong && split_words(ta).size() >= 8 && !volume_of(a).empty() &&
        volume_of(a) == volume_of(b) && !issues_differ && one_page(a) && one_page(b) && !venue_of(a).empty() &&
        !venue_of(b).empty() && same_venue(a, b) && !other_issns(a, b) && persons_of(a).size() >= 2 &&
        creators_missing_from(a, b).empty() && creators_missing_from(b, a).empty()) {
      pages = Conflict::none;
      v.say("pages " + a.pages + " and " + b.pages + " (one abstract, the same authors, on two pages of volume " +
            a.volume + ")");
    }
    // A one-page "range" ("30-30") against a bare page ("61") is two single
    // pages, not an article number against a range: with author lists that
    // each name someone the other lacks, two abstracts of one title in one
    // abstract book.  The same author list, or one cut short, is a page a
    // database got wrong (haematology's Loirat pair: "1746-1746" and "9",
    // the issue, fields shifted).
    if (pages == Conflict::weak && one_page(a) && one_page(b) &&
        (a.pages.find('-') == std::string::npos) != (b.pages.find('-') == std::string::npos)) {
      auto only_a = creators_missing_from(a, b), only_b = creators_missing_from(b, a);
      if (!only_a.empty() && !only_b.empty())
        return v.veto("veto: same title, single pages " + a.pages + " and " + b.pages + ", author lists differ (" +
                      only_a.front() + "; " + only_b.front() + ")");
    }
    // A bare page against a range may be an article number or an online-first
    // page, but not in two issues of one volume: a thematic issue's two
    // "Introduction to ..." pieces, 7(3):135 and 7(2):69-70, are two works.
    const bool bare_against_range = (a.pages.find('-') == std::string::npos) != (b.pages.find('-') == std::string::npos);
    if (pages == Conflict::weak && issues_differ && !cut && bare_against_range && !a.volume.empty() &&
        normalize_volume(a.volume) == normalize_volume(b.volume) && all_digits(page_number(a.pages)) &&
        all_digits(page_number(b.pages)))
      pages = Conflict::strong;
    // Online first (1-N) and the issue's N pages of one journal: the rule's
    // long title, creator and journal are the evidence, whatever the years.
    if (pages != Conflict::none && online_first_alike(a, b)) {
      pages = Conflict::none;
      v.say("pages " + a.pages + " and " + b.pages + " (online first and in an issue)");
    }
    // One long title and author list (each names nobody the other lacks),
    // one journal and volume, on ranges that meet (945-948 and 948-961): the
    // end of one range is the other's start, a database's wrong first page
    // (cytology_screening's Zanotti & Belinson, Cleveland Clinic Journal of
    // Medicine 69, dated 2003 in one database and 2002 in the other).  Two
    // works of one title by the same authors never share a page.
    if (pages == Conflict::strong && same_title && split_words(ta).size() >= 6 && !shared_creator.empty() &&
        creators_missing_from(a, b).empty() && creators_missing_from(b, a).empty() && !volume_of(a).empty() &&
        volume_of(a) == volume_of(b) && !issues_differ && !venue_of(a).empty() && !venue_of(b).empty() &&
        same_venue(a, b) && !other_issns(a, b) && page_ranges_meet(a, b)) {
      pages = Conflict::none;
      v.say("pages " + a.pages + " and " + b.pages + " (ranges that meet in volume " + a.volume +
            "), the same title, authors and journal");
    }
    if (pages == Conflict::strong || (pages == Conflict::weak && !strong))
      return v.veto("veto: same title, pages " + a.pages + " and " + b.pages);
    if (pages == Conflict::weak)
      v.say("pages " + a.pages + " and " + b.pages +
            (printings ? " (two printings of one proceedings or book)"
             : digits_for_lookalikes(a.pages) == digits_for_lookalikes(b.pages) ? " (a letter read for a digit)"
                                                                                : " (online-first or article number)"));
  } else if (compare_pages(a, b) == Conflict::strong) {
    // Similar titles on different pages: an abstract and the article, two
    // abstracts of one group.
    return v.veto("veto: pages " + a.pages + " and " + b.pages);
  }
  if (!a.isbn.empty() && !b.isbn.empty() && !isbns_shared(a, b)) {
    // Print and electronic ISBNs of one book: the same title, creator and
    // year, or years one apart with the same abstract (Web of Science dates an
    // IEEE proceedings paper by the meeting, Scopus by Xplore's volume: ITNEC
    // 2017 in 2018).
    if (!(same_title && !shared_creator.empty() && (same_year || year_apart_same_abstract(a, b))))
      return v.veto("veto: different ISBNs");
    v.say(same_year ? "different ISBNs (print and electronic?)"
                    : "different ISBNs (print and electronic?) and years one apart, the same abstract");
  }

  v.score = title_similarity(ta, tb);
  bool raised = false;  // by what else the records say, not by their titles
  if (v.score < 0.9 && split_words(ta).size() >= 4 && split_words(tb).size() >= 4 &&
      (without_label(a.title) == tb || without_label(b.title) == ta))
    v.score = 0.9;  // "Short report: X" and "X"
  v.say(same_title ? "same normalized title" : fmt("title similarity %.2f", v.score));
  if (v.score < 0.9 && (translated || (same_first_page && same_first_author && title_containment(ta, tb) >= 0.8))) {
    v.score = 0.9;
    raised = true;
    v.say(names_for_title ? "a title that is the author list; the same journal, volume, issue, first page, year and authors"
          : translated ? (same_first_author ? "same volume, page range and first author (a translated title?)"
                                          : "same journal, volume, page range and year, no author on one side (a translated title?)")
                     : "same volume, first page and first author, most of the title");
  }
  // Two translations of one title (MEDLINE's "[Comparative study of the
  // action of psilocybine on ...]" and another database's "A comparative
  // study of the effect of psilocybin on ..."): one of them a translation
  // (bracketed, the record gives a title in another language, or its title
  // is none of the language its journal is named in), the same issue of one
  // journal, year and author list (each names nobody the other
  // lacks), most of the title's words, and no pages that say otherwise (one
  // side gives none).  Two papers of one issue by the same authors have
  // titles further apart (Delay et al.'s "Somatic effects of psilocybine"
  // and "The psychic effects of psilocybine and therapeutic perspectives"),
  // and without a translation one word apart ("TNF" and "TGF as a cue") is
  // another paper.  Translations further apart (MEDLINE's "[The problem of
  // mutagenic side effects of psychotropic substances 2: narcotics and
  // addictive drugs]" and "Problems of mutagenic side effects of
  // psychotropic substances", similarity .43) pass when only one of them is
  // a translation (two databases, not two MEDLINE records) and their first
  // three content words are alike: a translator renders the opening words
  // alike, Delay et al.'s two papers differ in their first ("somatic",
  // "psychic").  The journal may be its ISSN alone (the original title in
  // the translated record's journal field).
  auto a_translation = [](const Record& r) {
    return trim(r.title).substr(0, 1) == "[" || !other_titles(r).empty() ||
           (other_language_words(venue_of(r)) >= 2 && other_language_words(r.title) < 2);
  };
  const bool alike_enough =
      v.score >= 0.6 || (a_translation(a) != a_translation(b) && same_opening(ta, tb));
  if (v.score < 0.9 && alike_enough && (a_translation(a) || a_translation(b)) && same_year && same_first_author &&
      creators_missing_from(a, b).empty() && creators_missing_from(b, a).empty() && !volume_of(a).empty() &&
      volume_of(a) == volume_of(b) && !a.issue.empty() && !issues_differ && !venue_of(a).empty() &&
      !venue_of(b).empty() && (same_venue(a, b) || share_issn(a, b)) && !other_issns(a, b) &&
      (a.pages.empty() || b.pages.empty()) && split_words(ta).size() >= 4 && split_words(tb).size() >= 4) {
    v.say(v.score < 0.6 ? "same journal or ISSN, volume, issue, year and authors, the title's first words (two "
                          "translations?)"
                        : "same journal or ISSN, volume, issue, year and authors, most of the title (two translations?)");
    v.score = 0.9;
    raised = true;
  }
  // One word with two letters swapped ("LDS-25" and "LSD-25") in the same
  // issue of one journal, year and creator: a typo, not another work.
  if (v.score < 0.9 && same_year && !shared_creator.empty() && !volume_of(a).empty() && volume_of(a) == volume_of(b) &&
      !a.issue.empty() && normalize_volume(a.issue) == normalize_volume(b.issue) && !venue_of(a).empty() &&
      !venue_of(b).empty() && same_venue(a, b)) {
    if (std::string w = swapped_letters(ta, tb); !w.empty()) {
      v.score = 0.9;
      raised = true;
      v.say("one word with two letters swapped (" + w + "), the same journal, volume and issue");
    }
  }
  if (both_creators) {
    if (!shared_creator.empty()) v.say("shared creator " + shared_creator);
  } else if (!(translated && anonymous_side)) {  // where it is printed decided that already
    v.score -= 0.1;
    v.say("creators missing on one side");
    // No creators on either side and nowhere printed: the title and the
    // year are all the evidence (Copernicus's "Comment on egusphere-..."
    // records, one per referee).
    auto nowhere = [](const Record& r) { return venue_of(r).empty() && r.volume.empty() && r.pages.empty(); };
    if (no_creators_a && no_creators_b && nowhere(a) && nowhere(b)) {
      v.score -= 0.1;
      v.say("no creators, venue, volume or pages on either side");
    }
    // A short title ("Editorial", "Preface") without a year on one side:
    // nothing but the title says it is one work.
    if (split_words(ta).size() < 4 && (!a.issued.year || !b.issued.year)) {
      v.score -= 0.1;
      v.say("a short title, no year on one side");
    }
  }
  if (a.issued.year && b.issued.year) {
    if (same_year)
      v.say("same year " + std::to_string(a.issued.year));
    else {
      v.score -= 0.02;
      v.say("years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year));
    }
  }
  // The same abstract (reworded or not), year and authors (one list within
  // the other) under titles most of whose words agree: one work whose title
  // a database reworded (PsycINFO's "electrophysiological effects of
  // psilocybin in a cercopithecinae" for "electrophysiologic ... in a
  // baboon", Bermond & Bert 1969), not another paper; the vetoes above
  // (years, venues, volumes, pages, numbers, contrasting words) still hold.
  // Two issues say two records: Scopus gives each issue of a proceedings
  // volume a record of its own, titled by the proceedings and the issue's
  // part ("... TORQUE 2024 - Preface", "... - Offshore Wind"), each under the
  // proceedings' one abstract and editors.
  if (!same_title && !notices && !raised && v.score >= 0.6 && v.score < 0.9 && same_year && !issues_differ &&
      !shared_creator.empty() && (creators_missing_from(a, b).empty() || creators_missing_from(b, a).empty()) &&
      abstracts_alike(a, b)) {
    v.score = 0.9;
    raised = true;
    v.say("the same abstract reworded, the same year and authors, most of the title");
  }
  // One word of one title put for another word in the other ("... of
  // [14C]serotonin synthesis ..." and "... of [14C]melatonin synthesis ...",
  // "... of bisexual men" and "... of gay men"): a lab's series, companion
  // papers of one issue, not one work spelt two ways, unless where they are
  // printed says so (the same volume and page or article number), the
  // title is a translation the rules above matched by where it is printed,
  // or the abstract is the same (above).
  if (!same_title && !notices && !translated && !raised && v.score >= opt.threshold) {
    if (std::string w = substituted_word(ta, tb); !w.empty()) {
      // The same abstract word for word, the same author list and year, and
      // nothing where they are printed that says otherwise (no other volume
      // or issue; without volumes, no other journal): one text whose title a
      // database reworded (ai-labour's Benitez et al., SPIE volume 10950,
      // "... Identify Anomalies in ..." under the volume's title in Web of
      // Science, "... identify abnormalities in ..." under the series' in
      // Scopus); a lab's companion papers each have an abstract of their own.
      const bool volumes = !volume_of(a).empty() && !volume_of(b).empty();
      const bool one_text = same_year && same_abstract(a, b) && persons_of(a).size() >= 2 &&
                            creators_missing_from(a, b).empty() && creators_missing_from(b, a).empty() &&
                            (volumes ? volume_of(a) == volume_of(b)
                                     : venue_of(a).empty() || venue_of(b).empty() || same_venue(a, b)) &&
                            !issues_differ && !other_issns(a, b);
      if (one_text) {
        v.say("one title has a word where the other has another (" + w + "), under the same abstract, authors and year");
      } else if (!same_place || place_in_volume(a).empty() || place_in_volume(a) != place_in_volume(b)) {
        return v.veto("veto: one title has a word where the other has another (" + w + ")");
      } else {
        v.say("one title has a word where the other has another (" + w + "), on the same page of one volume");
      }
    }
  }
  v.score = std::max(0.0, v.score);
  return v;
}

}  // namespace

double duplicate_score(const Record& a, const Record& b, const DedupOptions& opt, std::vector<std::string>* why) {
  Verdict v = judge(a, b, opt);
  if (why) why->insert(why->end(), v.reasons.begin(), v.reasons.end());
  return v.score;
}

namespace {

constexpr std::size_t kMaxBlock = 64;

// What the rules read of a work besides its view (judged_view): its
// sources' titles in other languages (other_titles decides which are
// titles) and what says a record is a Google Scholar hit (deposit_of).  The
// view's own extra fields keep only the first source's value of each name.
struct JudgedFields {
  std::vector<ExtraField> language, scholar, piis;  // piis: PubMed's item identifiers (elsevier_piis)
  static std::vector<std::string> names() {
    std::vector<std::string> n(std::begin(kOtherTitleFields), std::end(kOtherTitleFields));
    n.insert(n.end(), std::begin(kGoogleScholarFields), std::end(kGoogleScholarFields));
    n.insert(n.end(), std::begin(kPiiFields), std::end(kPiiFields));
    return n;
  }
  // The view without references and extra fields.
  static RecordParts parts() {
    RecordParts p;
    p.references = p.extra = false;
    return p;
  }
  void add(std::string name, std::string value) {
    const bool gs = std::find(std::begin(kGoogleScholarFields), std::end(kGoogleScholarFields), name) !=
                    std::end(kGoogleScholarFields);
    const bool pii = std::find(std::begin(kPiiFields), std::end(kPiiFields), name) != std::end(kPiiFields);
    (gs ? scholar : pii ? piis : language).push_back({std::move(name), std::move(value), {}});
  }
  // Into a view read with parts(): the titles first, then Google Scholar's, then the PIIs.
  void give(Record& view) const {
    view.extra = language;
    view.extra.insert(view.extra.end(), scholar.begin(), scholar.end());
    view.extra.insert(view.extra.end(), piis.begin(), piis.end());
  }
};

// Groups built from accepted pairs, best first; a join that would put two
// works a veto keeps apart in one group is refused.
class Clusters {
 public:
  explicit Clusters(std::function<const Record&(std::int64_t)> record, const DedupOptions& opt,
                    const std::vector<std::pair<std::int64_t, std::int64_t>>& distinct)
      : record_(std::move(record)), opt_(opt), distinct_(distinct) {}

  // Joins the groups of a and b unless a pair across them is vetoed; returns
  // the veto's reason then.
  std::string join(std::int64_t a, std::int64_t b, double score, const std::vector<std::string>& why) {
    std::size_t ga = group_of(a), gb = group_of(b);
    if (ga == gb) return "";
    for (std::int64_t x : groups_[ga].works)
      for (std::int64_t y : groups_[gb].works) {
        if (std::binary_search(distinct_.begin(), distinct_.end(), std::make_pair(std::min(x, y), std::max(x, y))))
          return "kept apart: joining works " + std::to_string(x) + " and " + std::to_string(y) +
                 " refused: judged different by review";
        Verdict v = judge(record_(x), record_(y), opt_);
        if (v.vetoed && !redated_alike(x, y, ga, gb) && !units_agree(x, y, ga, gb))
          return "kept apart: joining works " + std::to_string(x) + " and " + std::to_string(y) + " refused: " +
                 v.reasons.back();
      }
    DuplicateGroup& into = groups_[ga];
    DuplicateGroup& from = groups_[gb];
    for (std::int64_t w : from.works) {
      into.works.push_back(w);
      group_[w] = ga;
    }
    into.score = std::min({into.score, from.score, score});
    for (const std::vector<std::string>* list : {static_cast<const std::vector<std::string>*>(&from.reasons), &why})
      for (const auto& r : *list)
        if (std::find(into.reasons.begin(), into.reasons.end(), r) == into.reasons.end()) into.reasons.push_back(r);
    from = DuplicateGroup{};
    return "";
  }

  // The groups formed so far become units: the works of one identifier
  // that the identifier merge on import makes one work (find_duplicates
  // joins the pairs sharing an identifier first).
  void close_units() {
    units_closed_ = true;
    for (std::size_t g = 0; g < groups_.size(); ++g)
      if (groups_[g].works.size() > 1) {
        for (std::int64_t w : groups_[g].works) unit_[w] = g;
        unit_members_[g] = groups_[g].works;
      }
  }

  std::vector<DuplicateGroup> result() {
    std::vector<DuplicateGroup> out;
    for (auto& g : groups_) {
      if (g.works.size() < 2) continue;
      std::sort(g.works.begin(), g.works.end());
      out.push_back(std::move(g));
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.works.front() < y.works.front(); });
    return out;
  }

 private:
  // Whether x and y, which a veto keeps apart, are one work once the year
  // of one of them is the year of a record of the two groups printed alike
  // with it in another year (the same title, creator, journal, volume and
  // page range: Lens's 2010 for Scopus's 1978 of Wiley's backfile): that
  // year is a database's date of putting it online, not the work's, and
  // says nothing against a third record of the work (Google Scholar's 1978,
  // which gives the journal only).
  bool redated_alike(std::int64_t x, std::int64_t y, std::size_t ga, std::size_t gb) {
    for (std::int64_t one : {x, y}) {
      const std::int64_t other = one == x ? y : x;
      const Record& r = record_(one);
      for (std::size_t g : {ga, gb})
        for (std::int64_t z : groups_[g].works) {
          const Record& w = record_(z);
          if (z == one || z == other || !r.issued.year || !w.issued.year || r.issued.year == w.issued.year ||
              !printed_alike(r, w))
            continue;
          Record redated = r;
          redated.issued = w.issued;
          if (!judge(redated, record_(other), opt_).vetoed) return true;
        }
    }
    return false;
  }

  std::size_t group_of(std::int64_t w) {
    auto it = group_.find(w);
    if (it != group_.end()) return it->second;
    groups_.push_back(DuplicateGroup{{w}, 1.0, {}});
    return group_[w] = groups_.size() - 1;
  }
  // Whether x and y, which a veto keeps apart, are one work when each is
  // judged as its unit: the record the identifier merge on import makes of
  // the works of one identifier (the groups that pairs sharing an
  // identifier formed, close_units; while those pairs are joined, the two
  // groups themselves), as Library::add judges a record against a work.  A
  // record with fewer details vetoes no work its unit's other records
  // confirm: PubMed's ahead-of-print record (no volume, no pages) of
  // Accinelli et al. 2021's Spanish edition against the English edition's
  // DOI, where Embase's record of the Spanish DOI gives the volume and pages
  // both share; SciELO's Spanish title whose X1 is another translation than
  // Web of Science's English title, where Embase's and Scopus's records of
  // the DOI carry both.
  bool units_agree(std::int64_t x, std::int64_t y, std::size_t ga, std::size_t gb) {
    if (!units_closed_) {
      if (groups_[ga].works.size() < 2 && groups_[gb].works.size() < 2) return false;
      return !judge(merged_of(groups_[ga].works), merged_of(groups_[gb].works), opt_).vetoed;
    }
    if (!unit_.count(x) && !unit_.count(y)) return false;
    return !judge(unit_record(x), unit_record(y), opt_).vetoed;
  }
  const Record& unit_record(std::int64_t w) {
    auto u = unit_.find(w);
    if (u == unit_.end()) return record_(w);
    auto it = unit_records_.find(u->second);
    if (it == unit_records_.end()) it = unit_records_.emplace(u->second, merged_of(unit_members_[u->second])).first;
    return it->second;
  }
  // The works as one record, the oldest first as import would have met
  // them, with every work's titles in other languages (as judged_view
  // gives a work's sources').
  Record merged_of(std::vector<std::int64_t> ids) {
    if (ids.size() == 1) return record_(ids.front());
    std::sort(ids.begin(), ids.end());
    std::vector<Record> members;
    for (std::int64_t id : ids) members.push_back(record_(id));
    Record merged = merge_records(members).record;
    merged.extra.clear();
    for (const Record& m : members) merged.extra.insert(merged.extra.end(), m.extra.begin(), m.extra.end());
    return merged;
  }

  std::function<const Record&(std::int64_t)> record_;
  const DedupOptions& opt_;
  const std::vector<std::pair<std::int64_t, std::int64_t>>& distinct_;
  std::vector<DuplicateGroup> groups_;
  std::unordered_map<std::int64_t, std::size_t> group_;
  std::unordered_map<std::int64_t, std::size_t> unit_;
  std::unordered_map<std::size_t, std::vector<std::int64_t>> unit_members_;
  std::unordered_map<std::size_t, Record> unit_records_;
  bool units_closed_ = false;
};

}  // namespace

namespace {
// The candidate pairs of works judged (judge, on `record`), the accepted
// ones grouped (Clusters): find_duplicates' groups of its blocks'
// candidates, group_records' of every pair of a few records.
std::vector<DuplicateGroup> group_candidates(const std::vector<std::pair<std::int64_t, std::int64_t>>& candidates,
                                             const std::function<const Record&(std::int64_t)>& record,
                                             const DedupOptions& opt,
                                             const std::vector<std::pair<std::int64_t, std::int64_t>>& distinct,
                                             std::vector<KeptApart>* kept_apart, std::vector<ScoredPair>* scored) {
  struct Pair {
    std::int64_t a, b;
    double score;
    std::vector<std::string> why;
    bool pages_agree;  // no page conflict, not even one the rules excused
    bool identifier;   // the two share a DOI, PMID, PMCID, WoS UT or Scopus EID
  };
  std::vector<Pair> accepted;
  std::vector<KeptApart> apart;
  for (const auto& [a, b] : candidates) {
    Verdict v = judge(record(a), record(b), opt);
    if (scored)
      scored->push_back({std::min(a, b), std::max(a, b), v.score, v.vetoed, title_similarity(title_key(record(a).title), title_key(record(b).title)),
                         v.reasons});
    if (v.vetoed && v.by_identifier) apart.push_back({a, b, v.reasons.back()});
    if (v.vetoed || v.score < opt.threshold) continue;
    accepted.push_back({a, b, v.score, std::move(v.reasons), compare_pages(record(a), record(b)) == Conflict::none,
                        !shared_identifier(record(a), record(b)).empty()});
  }
  // Best first; of pairs scored alike, those whose pages agree first: a join
  // the rules allowed on other pages (a translation printed elsewhere in the
  // issue, online-first pages) must not take a record into a group that then
  // refuses the record's own pages' match (Acta Médica Peruana 40(2): Embase
  // and Scopus at 104-110, SciELO's Spanish version at 135-141).
  // The pairs sharing an identifier come first: the works the identifier
  // merge on import would have made one form units, and a later join is
  // judged against a unit as import judges a record against a work.
  std::stable_sort(accepted.begin(), accepted.end(), [](const Pair& x, const Pair& y) {
    return x.identifier != y.identifier ? x.identifier
           : x.score != y.score         ? x.score > y.score
                                        : x.pages_agree > y.pages_agree;
  });
  Clusters clusters(record, opt, distinct);
  bool units = false;
  for (const Pair& p : accepted) {
    if (!p.identifier && !units) {
      clusters.close_units();
      units = true;
    }
    std::string refused = clusters.join(p.a, p.b, p.score, p.why);
    if (!refused.empty()) apart.push_back({p.a, p.b, std::move(refused)});
  }
  if (kept_apart) {
    std::sort(apart.begin(), apart.end(), [](const KeptApart& x, const KeptApart& y) {
      return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    *kept_apart = std::move(apart);
  }
  return clusters.result();
}
}  // namespace

std::vector<DuplicateGroup> find_duplicates(Library& lib, const DedupOptions& opt, std::vector<KeptApart>* kept_apart,
                                            std::vector<ScoredPair>* scored) {
  Library::Snapshot snapshot(lib);
  // Blocks: the first five title words, the same without vowels, and the
  // last five.  Titles that differ only in case, accents, punctuation,
  // spelling, a dropped subtitle or a label before the title share one; a
  // block too large
  // to compare all pairs in (generic titles) is split by year.
  std::unordered_map<std::string, std::vector<std::pair<std::int64_t, int>>> blocks;
  // A merged work's sources' titles besides its own ("HYbrid Job
  // Recommendation system" and "Hyred: Hybrid Job Recommendation System"
  // under one DOI): a third copy may match any of them.
  std::unordered_map<std::int64_t, std::vector<std::string>> other_titles;
  std::unordered_map<std::int64_t, std::string> work_title;
  // Read once (each summary reads the record's view in SQLite), used twice.
  std::vector<WorkSummary> summaries;
  lib.each_summary([&](const WorkSummary& w) {
    work_title[w.id] = title_key(w.title);
    summaries.push_back(w);
  });
  for (auto& [id, title] : lib.merged_source_titles()) {
    auto it = work_title.find(id);
    if (it == work_title.end()) continue;
    const std::string t = title_key(title);
    auto& list = other_titles[id];
    if (!t.empty() && t != it->second &&
        std::none_of(list.begin(), list.end(), [&t](const std::string& x) { return title_key(x) == t; }))
      list.push_back(std::move(title));
  }
  std::vector<std::pair<std::vector<std::string>, std::pair<std::int64_t, int>>> long_titles;
  std::unordered_set<std::string> short_titles;
  auto title_blocks = [&](std::int64_t id, int year, std::string_view title) {
    std::string t = title_key(title);
    auto ws = split_words(t);
    if (ws.empty()) return;
    std::string key;
    for (std::size_t i = 0; i < ws.size() && i < 5; ++i) {
      if (i) key += ' ';
      key.append(ws[i].data(), ws[i].size());
    }
    blocks[key].emplace_back(id, year);
    // The first five without their vowels: a word spelt two ways
    // ("haemolytic", "hemolytic") changes neither key otherwise.
    std::string skeleton = "#";
    for (std::size_t i = 0; i < ws.size() && i < 5; ++i) {
      skeleton += ' ';
      for (char c : ws[i])
        if (!std::strchr("aeiouy", c)) skeleton += c;
    }
    if (skeleton != "#" + std::string(" ") + key) blocks[skeleton].emplace_back(id, year);
    // And the last five: a label before the title ("Short report: ...")
    // changes the first words only.
    if (ws.size() >= 5) {
      std::string tail = "~";
      for (std::size_t i = ws.size() - 5; i < ws.size(); ++i) {
        tail += ' ';
        tail.append(ws[i].data(), ws[i].size());
      }
      blocks[tail].emplace_back(id, year);
    }
    // Three more keys, each for what the title keys miss:
    // - the first 24 letters without spaces and a leading article:
    //   "p16INK4A" and "p16(INK4A)", "A survey on ..." and "Survey on ...";
    //   a shorter title's, ten letters or more, all of them: "The spectrum
    //   of US 40" and "The spectrum of U.S. 40" ("us 40", "u s 40");
    // - a title of three or four words is also the start of the same title
    //   with its subtitle ("Diminished Control in Crowdsourcing" and
    //   "Diminished control in crowdsourcing: an investigation ...").
    std::string letters;
    bool whole = true;
    for (char c : without_article(t))
      if (c != ' ') {
        if (letters.size() < 24) letters += c;
        else whole = false;
      }
    if (letters.size() == 24 || (whole && letters.size() >= 10)) blocks["=" + letters].emplace_back(id, year);
    // - the first five words cut to five letters: a word with another
    //   ending ("electrophysiologic" and "electrophysiological") where the
    //   last five words differ as well ("in a baboon, papio papio" and "in
    //   a cercopithecinae, papio papio").
    if (ws.size() >= 5) {
      std::string stems = "%";
      for (std::size_t i = 0; i < 5; ++i) {
        stems += ' ';
        stems.append(ws[i].data(), std::min<std::size_t>(ws[i].size(), 5));
      }
      blocks[stems].emplace_back(id, year);
    }
    if (ws.size() == 3 || ws.size() == 4) {
      blocks["^" + t].emplace_back(id, year);
      short_titles.insert(t);
    } else if (ws.size() > 4) {
      long_titles.push_back({{std::string(ws[0]) + ' ' + std::string(ws[1]) + ' ' + std::string(ws[2]),
                              std::string(ws[0]) + ' ' + std::string(ws[1]) + ' ' + std::string(ws[2]) + ' ' +
                                  std::string(ws[3])},
                             {id, year}});
    }
  };
  // The titles in other languages its sources give (other_titles decides,
  // on the record, which of them are titles), and what says a record is a
  // Google Scholar hit (deposit_of): both from one scan of the sources
  // (each scan parses every source's JSON).
  std::unordered_map<std::int64_t, JudgedFields> judged_fields;
  for (auto& [id, name, value] : lib.source_extra_fields(JudgedFields::names()))
    judged_fields[id].add(std::move(name), std::move(value));
  // And the volume and first page: a translated title, a section heading
  // before the title ("MEDICAL PROGRESS ...").
  for (const WorkSummary& w : summaries) {
    title_blocks(w.id, w.year, w.title);
    // A notice also under the title of what it is about: another
    // database's record of it may carry that title alone (PubMed's errata).
    if (is_notice_title(w.title))
      if (std::string about = notice_key(w.title); !about.empty() && about != title_key(w.title))
        title_blocks(w.id, w.year, about);
    if (auto it = other_titles.find(w.id); it != other_titles.end())
      for (const auto& t : it->second) title_blocks(w.id, w.year, t);
    // Scopus's title in two languages ("English; [Spanish]"): another
    // database's record may give the second alone (SciELO's Spanish).
    if (std::string x = bracketed_translation(w.title); !x.empty()) title_blocks(w.id, w.year, x);
    // Lens's "<container> - <title>": the title alone too (judge checks the container).
    if (std::string x = after_container_prefix(w.title, nullptr); !x.empty()) title_blocks(w.id, w.year, x);
    if (auto it = judged_fields.find(w.id); it != judged_fields.end()) {
      const std::string own = title_key(w.title);
      for (const ExtraField& e : it->second.language)
        if (other_title_value(e.value, own) && (e.name != "T2" || trim(w.title).substr(0, 1) == "["))
          title_blocks(w.id, w.year, e.value);
    }
    std::string v = normalize_volume(w.volume), p = page_number(w.pages);
    if (!v.empty() && !p.empty()) blocks["@" + v + " " + p].emplace_back(w.id, w.year);
    // And the first author, year and volume: two translations of one title
    // in one issue, without pages.
    if (!v.empty() && w.year && w.authors.size() > 2) {
      std::string first = w.authors.substr(1, w.authors.find('|', 1) - 1);
      if (!first.empty()) blocks["&" + first + " " + std::to_string(w.year) + " " + v].emplace_back(w.id, w.year);
    }
  }
  for (const auto& [prefixes, entry] : long_titles)
    for (const auto& pre : prefixes)
      if (short_titles.count(pre)) blocks["^" + pre].push_back(entry);

  std::vector<std::pair<std::int64_t, std::int64_t>> candidates;
  // Within a volume-and-first-page block every year is paired (online
  // first and in an issue years later; judge decides), within a long title's
  // block three years (online first paginated 1-N, the issue later).
  auto pairs_of = [&](const std::vector<std::pair<std::int64_t, int>>& block, int max_gap) {
    for (std::size_t i = 0; i < block.size(); ++i)
      for (std::size_t j = i + 1; j < block.size(); ++j) {
        if (block[i].first == block[j].first) continue;  // two titles of one work
        if (max_gap >= 0 && block[i].second && block[j].second &&
            std::abs(block[i].second - block[j].second) > max_gap)
          continue;
        candidates.emplace_back(std::min(block[i].first, block[j].first), std::max(block[i].first, block[j].first));
      }
  };
  for (auto& [key, block] : blocks) {
    if (block.size() < 2) continue;
    if (block.size() <= kMaxBlock) {
      pairs_of(block, key[0] == '@' ? -1 : key[0] == '=' ? std::max(opt.max_year_gap, 3) : opt.max_year_gap);
      continue;
    }
    // The second keys (without vowels, last words) catch a few spellings;
    // their large blocks ("... a systematic review and meta analysis") are
    // common endings, not duplicates.
    if (std::strchr("#~@=^&%", key[0])) continue;
    // Split by year: a work and its duplicate are at most max_year_gap apart,
    // so each year's block also takes the following years.
    std::map<int, std::vector<std::pair<std::int64_t, int>>> by_year;
    for (const auto& e : block) by_year[e.second].push_back(e);
    for (auto it = by_year.begin(); it != by_year.end(); ++it) {
      std::vector<std::pair<std::int64_t, int>> sub = it->second;
      for (auto nx = std::next(it); nx != by_year.end() && nx->first - it->first <= opt.max_year_gap; ++nx)
        sub.insert(sub.end(), nx->second.begin(), nx->second.end());
      if (sub.size() <= kMaxBlock * 4) pairs_of(sub, opt.max_year_gap);
    }
  }
  // Works sharing an identifier (kept apart on import, or imported with
  // --no-merge) are compared whatever their titles.
  for (const auto& ids : lib.works_sharing_identifiers()) {
    // A supplement's DOI on hundreds of abstracts: each is compared with the
    // first only (titles decide the rest), so that every one of them is
    // listed in kept_apart.
    const std::size_t rows = ids.size() > kMaxBlock ? 1 : ids.size();
    for (std::size_t i = 0; i < rows; ++i)
      for (std::size_t j = i + 1; j < ids.size(); ++j)
        candidates.emplace_back(std::min(ids[i], ids[j]), std::max(ids[i], ids[j]));
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  const auto distinct = lib.distinct_pairs();  // sorted, a < b, like the candidates
  if (!distinct.empty())
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const auto& c) {
                                      return std::binary_search(distinct.begin(), distinct.end(),
                                                                std::make_pair(std::min(c.first, c.second),
                                                                               std::max(c.first, c.second)));
                                    }),
                     candidates.end());

  // Score candidates on full records, loaded once each.
  std::unordered_map<std::int64_t, Record> records;
  auto record = [&](std::int64_t id) -> const Record& {
    auto it = records.find(id);
    if (it == records.end()) {
      // What the vetoes and scores read (judged_view, for every work at once).
      it = records.emplace(id, lib.record(id, JudgedFields::parts()).value_or(Record{})).first;
      if (auto f = judged_fields.find(id); f != judged_fields.end()) f->second.give(it->second);
    }
    return it->second;
  };
  return group_candidates(candidates, record, opt, distinct, kept_apart, scored);
}

std::optional<Record> judged_view(Library& lib, std::int64_t work) {
  std::optional<Record> view = lib.record(work, JudgedFields::parts());
  if (!view) return view;
  static const std::vector<std::string> wanted = JudgedFields::names();
  JudgedFields fields;
  for (Record& s : lib.source_records(work, RecordParts{false, false, true, false}))
    for (ExtraField& e : s.extra)
      if (std::find(wanted.begin(), wanted.end(), e.name) != wanted.end())
        fields.add(std::move(e.name), std::move(e.value));
  fields.give(*view);
  return view;
}

std::vector<DuplicateGroup> group_records(const std::vector<Record>& records, const DedupOptions& opt,
                                          std::vector<KeptApart>* kept_apart) {
  std::vector<std::pair<std::int64_t, std::int64_t>> candidates;
  for (std::size_t i = 0; i < records.size(); ++i)
    for (std::size_t j = i + 1; j < records.size(); ++j)
      candidates.emplace_back(static_cast<std::int64_t>(i), static_cast<std::int64_t>(j));
  const std::vector<std::pair<std::int64_t, std::int64_t>> distinct;
  return group_candidates(
      candidates, [&](std::int64_t i) -> const Record& { return records[static_cast<std::size_t>(i)]; }, opt, distinct,
      kept_apart, nullptr);
}

Record judged_record(const std::vector<Record>& sources) {
  std::vector<Record> databases;
  for (const Record& s : sources)
    if (!is_user_record(s)) databases.push_back(s);
  if (databases.empty()) return Record{};
  Record r = merge_records(databases).record;
  r.references.clear();
  static const std::vector<std::string> wanted = JudgedFields::names();
  JudgedFields fields;
  for (const Record& s : databases)
    for (const ExtraField& e : s.extra)
      if (std::find(wanted.begin(), wanted.end(), e.name) != wanted.end()) fields.add(e.name, e.value);
  fields.give(r);
  return r;
}

}  // namespace refnet
