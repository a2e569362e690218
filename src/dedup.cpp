#include "refnet/dedup.hpp"

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

namespace refnet {

namespace {

// A family name with its particle, folded, without spaces: "de la Cruz"
// read as family "Cruz" with particle "de la" (BibTeX) or as family "de la
// Cruz" (RIS) is "delacruz" either way.
std::string family_key(const Creator& c) {
  std::string f = fold_words(c.full_family());
  f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
  return f;
}

// Family name + first initial, folded: "kassen m".
std::string creator_key(const Creator& c) {
  if (c.is_literal()) return fold_words(c.literal);
  std::string fam = family_key(c);
  std::string given = fold_words(c.given);
  return given.empty() ? fam : fam + " " + given.substr(0, 1);
}

std::set<std::string> creator_keys(const Record& r) {
  std::set<std::string> out;
  for (const auto* list : {&r.authors, &r.editors})
    for (const Creator& c : *list) out.insert(creator_key(c));
  return out;
}

// The first author's folded family name (or literal name), or empty.
std::string first_author(const Record& r) {
  const auto& list = r.authors.empty() ? r.editors : r.authors;
  if (list.empty()) return "";
  const Creator& c = list.front();
  return c.is_literal() ? fold_words(c.literal) : family_key(c);
}

// The first page: its leading letters and digits ("1516" of "1516-1536",
// "e0228001", "S105", "494" of "494‐496" with a Unicode hyphen), without
// leading zeros ("083-087" is page 83).
std::string first_page(std::string_view pages) {
  pages = trim(pages);
  std::size_t i = 0;
  while (i < pages.size() && (is_digit(pages[i]) || is_alpha(pages[i]))) ++i;
  std::string_view p = pages.substr(0, i);
  while (p.size() > 1 && p[0] == '0' && is_digit(p[1])) p.remove_prefix(1);
  return ascii_lower(p);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
}

// Word-overlap similarity of two folded titles: 1 when equal, 0.9 when one is
// the other without its subtitle, else the Jaccard index of their words.
// A title as dedup compares it: folded, without the bracketed notes some
// databases append ("... infection. [Review] [33 refs]", "[French]"), and
// without the brackets of a translated title ("[Current aspects of ...]").
std::string title_key(std::string_view raw) {
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
// letter, at most one edit apart per six letters.  Short words never are
// ("men" and "women", "vivo" and "vitro").
bool near_word(std::string_view a, std::string_view b) {
  if (a.size() < 5 || b.size() < 5 || a[0] != b[0]) return false;
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

// Word-overlap similarity of two folded titles: 1 when equal, 0.9 when one is
// the other without its subtitle (also one glued to its subtitle without a
// space: "...statesthe examples of..."), else the Jaccard index of their
// words, a word spelt two ways counting as shared.
double title_similarity(const std::string& ta, const std::string& tb) {
  if (ta == tb || same_but_spaces(ta, tb)) return 1.0;
  auto wa = split_words(ta), wb = split_words(tb);
  if (wa.empty() || wb.empty()) return 0;
  const auto& shorter = wa.size() < wb.size() ? wa : wb;
  const auto& longer = wa.size() < wb.size() ? wb : wa;
  if (shorter.size() >= 4 && std::equal(shorter.begin(), shorter.end(), longer.begin())) return 0.9;
  const std::string& ts = ta.size() < tb.size() ? ta : tb;
  const std::string& tl = ta.size() < tb.size() ? tb : ta;
  if (ts.size() >= 30 && shorter.size() >= 4 && starts_with(tl, ts)) return 0.9;
  std::unordered_set<std::string_view> sa(wa.begin(), wa.end()), sb(wb.begin(), wb.end());
  std::size_t common = 0;
  std::vector<std::string_view> only_a, only_b;
  for (auto w : sb) {
    if (sa.count(w)) ++common;
    else only_b.push_back(w);
  }
  for (auto w : sa)
    if (!sb.count(w)) only_a.push_back(w);
  std::size_t near = 0;
  if (only_a.size() <= 4 && only_b.size() <= 4)
    for (auto x : only_a)
      for (auto it = only_b.begin(); it != only_b.end(); ++it)
        if (near_word(x, *it)) {
          ++near;
          only_b.erase(it);
          break;
        }
  std::size_t uni = sa.size() + sb.size() - common - near;
  return uni ? static_cast<double>(common + near) / static_cast<double>(uni) : 0;
}

// The folded title after a label and colon ("Short report: Tafenoquine for
// ..." -> "tafenoquine for ..."), or empty when there is no such label.
std::string without_label(std::string_view title) {
  std::size_t colon = title.find(':');
  if (colon == std::string_view::npos || colon > 40) return "";
  return title_key(title.substr(colon + 1));
}

// The numbers of a folded title ("focus 2 a randomized ..." -> {"2"}).
std::multiset<std::string_view> title_numbers(const std::string& folded) {
  std::multiset<std::string_view> out;
  for (auto w : split_words(folded))
    if (all_digits(w)) out.insert(w);
  return out;
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

std::string fmt(const char* f, double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, x);
  return buf;
}

}  // namespace

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
  if (!a.wos_ut.empty() && a.wos_ut == b.wos_ut) return "WoS UT " + a.wos_ut;
  if (!a.scopus_eid.empty() && a.scopus_eid == b.scopus_eid) return "Scopus EID " + a.scopus_eid;
  return "";
}

bool confirm_shared_identifier(const Record& a, const Record& b, std::string* why) {
  auto say = [why](std::string s) {
    if (why) *why = std::move(s);
  };
  const std::string ta = title_key(a.title), tb = title_key(b.title);
  if (ta.empty() || tb.empty()) {
    say("no title on one side");
    return true;
  }
  if (is_notice(ta) != is_notice(tb)) {
    say("one is a notice (erratum, correction, retraction) about the other");
    return false;
  }
  double sim = title_similarity(ta, tb), contained = title_containment(ta, tb);
  if (sim >= 0.5 || contained >= 0.8) {
    say(fmt("title similarity %.2f", std::max(sim, contained)));
    return true;
  }
  // Translated or garbled titles: the first author, the year and the first
  // page say it is one work.  A title in the user's own words, on a record
  // without pages: the first author, the year and some of the title.
  std::string fa = first_author(a), pa = first_page(a.pages), pb = first_page(b.pages);
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

// Two first pages that differ.  Weak when one side may be numbered another
// way: online-first pages (1-21 against 1516-1536), an article number
// (e0123, or a bare number against a range), or one record's article number
// is the other's page.
Conflict compare_pages(const Record& a, const Record& b) {
  std::string pa = first_page(a.pages), pb = first_page(b.pages);
  if (pa.empty() || pb.empty() || pa == pb) return Conflict::none;
  if ((!b.number.empty() && pa == ascii_lower(trim(b.number))) ||
      (!a.number.empty() && pb == ascii_lower(trim(a.number))))
    return Conflict::none;
  if (pa == "1" || pb == "1" || !all_digits(pa) || !all_digits(pb)) return Conflict::weak;
  // "2297-2108" and "2097-2108": a typo in one first page.
  auto last_page = [](std::string_view p) {
    std::size_t dash = p.rfind('-');
    return dash == std::string_view::npos ? std::string() : first_page(p.substr(dash + 1));
  };
  std::string la = last_page(a.pages);
  if (!la.empty() && la == last_page(b.pages) && la.size() >= pa.size()) return Conflict::weak;
  bool range_a = a.pages.find('-') != std::string::npos, range_b = b.pages.find('-') != std::string::npos;
  if (range_a != range_b) return Conflict::weak;
  return Conflict::strong;
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

// One work under two DOIs (a publisher's early and final DOI, a database's
// typo): the same title (not a generic one), a shared creator, the same
// year, volume and first page leave no room for two works.
bool registered_twice(const Record& a, const Record& b) {
  const std::string ta = title_key(a.title);
  if (ta.empty() || !same_but_spaces(ta, title_key(b.title)) || split_words(ta).size() < 4 || is_notice(ta))
    return false;
  if (!a.issued.year || a.issued.year != b.issued.year) return false;
  if (a.volume.empty() || normalize_volume(a.volume) != normalize_volume(b.volume)) return false;
  std::string pa = first_page(a.pages);
  if (pa.empty() || pa != first_page(b.pages)) return false;
  auto ca = creator_keys(a), cb = creator_keys(b);
  return std::any_of(ca.begin(), ca.end(), [&cb](const std::string& k) { return cb.count(k) > 0; });
}

Verdict judge(const Record& a, const Record& b, const DedupOptions& opt) {
  Verdict v;
  auto differ = [](const std::string& x, const std::string& y) { return !x.empty() && !y.empty() && x != y; };
  if (differ(a.doi, b.doi) && !registered_twice(a, b))
    return v.veto("veto: different DOIs (" + a.doi + ", " + b.doi + ")");
  if (differ(a.pmid, b.pmid)) return v.veto("veto: different PMIDs (" + a.pmid + ", " + b.pmid + ")");
  if (differ(a.pmcid, b.pmcid)) return v.veto("veto: different PMCIDs (" + a.pmcid + ", " + b.pmcid + ")");
  if (differ(a.doi, b.doi)) v.say("different DOIs (" + a.doi + ", " + b.doi + "), but title, creator, year, volume and page agree");
  if (std::string id = shared_identifier(a, b); !id.empty()) {
    v.by_identifier = true;
    std::string why;
    if (!confirm_shared_identifier(a, b, &why)) return v.veto("kept apart: same " + id + ", " + why);
    v.score = 1;
    v.say("same " + id);
    v.say(why);
    return v;
  }
  if (a.issued.year && b.issued.year && std::abs(a.issued.year - b.issued.year) > opt.max_year_gap)
    return v.veto("veto: years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year));

  const std::string ta = title_key(a.title), tb = title_key(b.title);
  if (is_notice(ta) != is_notice(tb)) return v.veto("veto: one is a notice (erratum, correction, retraction) about the other");
  const bool same_title = !ta.empty() && same_but_spaces(ta, tb);
  const bool same_year = a.issued.year && a.issued.year == b.issued.year;
  std::string shared_creator;
  auto ca = creator_keys(a), cb = creator_keys(b);
  const bool both_creators = !ca.empty() && !cb.empty();
  if (both_creators) {
    for (const auto& k : ca)
      if (cb.count(k)) {
        shared_creator = k;
        break;
      }
    if (shared_creator.empty()) return v.veto("veto: no creator in common");
  }
  // The same title (not a generic one), a creator and the year: differences
  // in numbering are the databases', not the works'.
  const bool strong = same_title && split_words(ta).size() >= 4 && !shared_creator.empty() &&
                      (same_year || a.doi.empty() != b.doi.empty());
  // Different volumes: parts of one book, issues of one column, a
  // conference's abstracts of two years, not one work.
  if (!a.volume.empty() && !b.volume.empty() && normalize_volume(a.volume) != normalize_volume(b.volume))
    return v.veto("veto: volumes " + a.volume + " and " + b.volume);
  if (!same_title) {
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
    if (!a.issue.empty() && !b.issue.empty() && normalize_volume(a.issue) != normalize_volume(b.issue) &&
        ((first_page(a.pages).empty() && first_page(b.pages).empty()) ||
         (generic && fold_words(a.pages) != fold_words(b.pages))))
      return v.veto("veto: same title, issues " + a.issue + " and " + b.issue);
    Conflict pages = compare_pages(a, b);
    if (pages == Conflict::strong || (pages == Conflict::weak && !strong))
      return v.veto("veto: same title, pages " + a.pages + " and " + b.pages);
    if (pages == Conflict::weak) v.say("pages " + a.pages + " and " + b.pages + " (online-first or article number)");
  } else if (compare_pages(a, b) == Conflict::strong) {
    // Similar titles on different pages: an abstract and the article, two
    // abstracts of one group.
    return v.veto("veto: pages " + a.pages + " and " + b.pages);
  }
  if (!a.isbn.empty() && !b.isbn.empty() && !isbns_shared(a, b)) {
    // Print and electronic ISBNs of one book: the same title, creator and year.
    if (!(same_title && !shared_creator.empty() && same_year)) return v.veto("veto: different ISBNs");
    v.say("different ISBNs (print and electronic?)");
  }

  v.score = title_similarity(ta, tb);
  if (v.score < 0.9 && split_words(ta).size() >= 4 && split_words(tb).size() >= 4 &&
      (without_label(a.title) == tb || without_label(b.title) == ta))
    v.score = 0.9;  // "Short report: X" and "X"
  v.say(same_title ? "same normalized title" : fmt("title similarity %.2f", v.score));
  if (both_creators) {
    v.say("shared creator " + shared_creator);
  } else {
    v.score -= 0.1;
    v.say("creators missing on one side");
  }
  if (a.issued.year && b.issued.year) {
    if (same_year)
      v.say("same year " + std::to_string(a.issued.year));
    else {
      v.score -= 0.02;
      v.say("years " + std::to_string(a.issued.year) + " and " + std::to_string(b.issued.year));
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
        if (v.vetoed)
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
  std::size_t group_of(std::int64_t w) {
    auto it = group_.find(w);
    if (it != group_.end()) return it->second;
    groups_.push_back(DuplicateGroup{{w}, 1.0, {}});
    return group_[w] = groups_.size() - 1;
  }
  std::function<const Record&(std::int64_t)> record_;
  const DedupOptions& opt_;
  const std::vector<std::pair<std::int64_t, std::int64_t>>& distinct_;
  std::vector<DuplicateGroup> groups_;
  std::unordered_map<std::int64_t, std::size_t> group_;
};

}  // namespace

std::vector<DuplicateGroup> find_duplicates(Library& lib, const DedupOptions& opt, std::vector<KeptApart>* kept_apart,
                                            std::vector<ScoredPair>* scored) {
  // Blocks: the first five title words, the same without vowels, and the
  // last five.  Titles that differ only in case, accents, punctuation,
  // spelling, a dropped subtitle or a label before the title share one; a
  // block too large
  // to compare all pairs in (generic titles) is split by year.
  std::unordered_map<std::string, std::vector<std::pair<std::int64_t, int>>> blocks;
  lib.each_summary([&](const WorkSummary& w) {
    std::string t = title_key(w.title);
    auto ws = split_words(t);
    if (ws.empty()) return;
    std::string key;
    for (std::size_t i = 0; i < ws.size() && i < 5; ++i) {
      if (i) key += ' ';
      key.append(ws[i].data(), ws[i].size());
    }
    blocks[key].emplace_back(w.id, w.year);
    // The first five without their vowels: a word spelt two ways
    // ("haemolytic", "hemolytic") changes neither key otherwise.
    std::string skeleton = "#";
    for (std::size_t i = 0; i < ws.size() && i < 5; ++i) {
      skeleton += ' ';
      for (char c : ws[i])
        if (!std::strchr("aeiouy", c)) skeleton += c;
    }
    if (skeleton != "#" + std::string(" ") + key) blocks[skeleton].emplace_back(w.id, w.year);
    // And the last five: a label before the title ("Short report: ...")
    // changes the first words only.
    if (ws.size() < 5) return;
    std::string tail = "~";
    for (std::size_t i = ws.size() - 5; i < ws.size(); ++i) {
      tail += ' ';
      tail.append(ws[i].data(), ws[i].size());
    }
    blocks[tail].emplace_back(w.id, w.year);
  });

  std::vector<std::pair<std::int64_t, std::int64_t>> candidates;
  auto pairs_of = [&](const std::vector<std::pair<std::int64_t, int>>& block) {
    for (std::size_t i = 0; i < block.size(); ++i)
      for (std::size_t j = i + 1; j < block.size(); ++j) {
        if (block[i].second && block[j].second && std::abs(block[i].second - block[j].second) > opt.max_year_gap)
          continue;
        candidates.emplace_back(block[i].first, block[j].first);
      }
  };
  for (auto& [key, block] : blocks) {
    if (block.size() < 2) continue;
    if (block.size() <= kMaxBlock) {
      pairs_of(block);
      continue;
    }
    // The second keys (without vowels, last words) catch a few spellings;
    // their large blocks ("... a systematic review and meta analysis") are
    // common endings, not duplicates.
    if (key[0] == '#' || key[0] == '~') continue;
    // Split by year: a work and its duplicate are at most max_year_gap apart,
    // so each year's block also takes the following years.
    std::map<int, std::vector<std::pair<std::int64_t, int>>> by_year;
    for (const auto& e : block) by_year[e.second].push_back(e);
    for (auto it = by_year.begin(); it != by_year.end(); ++it) {
      std::vector<std::pair<std::int64_t, int>> sub = it->second;
      for (auto nx = std::next(it); nx != by_year.end() && nx->first - it->first <= opt.max_year_gap; ++nx)
        sub.insert(sub.end(), nx->second.begin(), nx->second.end());
      if (sub.size() <= kMaxBlock * 4) pairs_of(sub);
    }
  }
  // Works sharing an identifier (kept apart on import, or imported with
  // --no-merge) are compared whatever their titles.
  for (const auto& ids : lib.works_sharing_identifiers()) {
    if (ids.size() > kMaxBlock) continue;  // a supplement's DOI on hundreds of abstracts: titles decide
    for (std::size_t i = 0; i < ids.size(); ++i)
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
      // What the vetoes and scores read: no abstract, references or extra fields.
      RecordParts parts;
      parts.references = parts.abstract = parts.extra = false;
      it = records.emplace(id, lib.record(id, parts).value_or(Record{})).first;
    }
    return it->second;
  };
  struct Pair {
    std::int64_t a, b;
    double score;
    std::vector<std::string> why;
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
    accepted.push_back({a, b, v.score, std::move(v.reasons)});
  }
  std::stable_sort(accepted.begin(), accepted.end(), [](const Pair& x, const Pair& y) { return x.score > y.score; });
  Clusters clusters(record, opt, distinct);
  for (const Pair& p : accepted) {
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

}  // namespace refnet
