#include "refnet/merge.hpp"
#include "refnet/user_fields.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "refnet/cited_works.hpp"
#include "refnet/creator_lists.hpp"
#include "refnet/dedup.hpp"
#include "refnet/importer.hpp"
#include "refnet/source_keys.hpp"
#include "refnet/text.hpp"
#include "refnet/zotero_item.hpp"

namespace refnet {

namespace {

std::string creators_text(const std::vector<Creator>& v) {
  std::string out;
  for (const auto& c : v) {
    if (!out.empty()) out += "; ";
    out += c.is_literal() ? c.literal : c.full_family() + (c.given.empty() ? "" : ", " + c.given);
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "; ") + s;
  return out;
}

// How good a list of creators is: structured names over literal strings,
// full given names over initials.
int creators_quality(const std::vector<Creator>& v) {
  int q = 0;
  for (const auto& c : v) {
    if (c.is_literal()) continue;
    q += 2;
    std::size_t letters = 0;
    for (char ch : c.given)
      if (ch != '.' && ch != ' ' && ch != '-') ++letters;
    // "M." or "MJ" are initials; "Maxat" is a name.
    bool initials_only = letters <= 2 || c.given.find('.') != std::string::npos;
    if (!c.given.empty() && !initials_only) q += 1;
    if (!c.orcid.empty()) q += 1;
  }
  return q;
}

// Records the choice of one field: the value from `chosen`, and the
// differing values of the other sources.
// `value`, when given, is the value used, made from several sources: the
// chosen one's own is then among the alternatives when it differs.
template <class Get>
void note(std::vector<FieldChoice>& out, const char* field, const std::vector<Record>& src, std::size_t chosen,
          Get get, std::optional<std::string> value = std::nullopt) {
  FieldChoice c;
  c.field = field;
  c.source = chosen;
  c.value = value ? *value : get(src[chosen]);
  if (c.value.empty()) return;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (i == chosen && !value) continue;
    std::string v = get(src[i]);
    if (!v.empty() && v != c.value) c.alternatives.emplace_back(i, std::move(v));
  }
  out.push_back(std::move(c));
}

// The first source with a non-empty string field.
template <class Member>
std::size_t first_with(const std::vector<Record>& src, Member m) {
  for (std::size_t i = 0; i < src.size(); ++i)
    if (!(src[i].*m).empty()) return i;
  return 0;
}

// The first source with the field, unless its value is in capitals and a
// later source writes the field in mixed case (journal, publisher and
// place from Web of Science, then Scopus or Crossref): that one reads as
// the journal writes itself.  One word in capitals may be an acronym
// ("IEEE", "OECD"): it gives way only to the same word.
template <class Member>
std::size_t first_in_mixed_case(const std::vector<Record>& src, Member m) {
  std::size_t i = first_with(src, m);
  const std::string& v = src[i].*m;
  if (!in_capitals(v)) return i;
  const bool one_word = split_words(v).size() < 2;
  for (std::size_t k = i + 1; k < src.size(); ++k) {
    const std::string& w = src[k].*m;
    if (!w.empty() && !in_capitals(w) && (!one_word || fold(w) == fold(v))) return k;
  }
  return i;
}

// A value its source cut short with an ellipsis (Google Scholar's titles
// and sources, through Publish or Perish: "Computers and Electronics in
// …"): the text before it, folded; "" when `v` is whole.
std::string cut_short_head(std::string_view v) {
  v = trim(v);
  std::size_t cut = trailing_ellipsis(v);
  return cut > 0 ? fold_words(v.substr(0, v.size() - cut)) : std::string();
}

// Source i's value, unless it is cut short and another source writes the
// whole of it (the same text and more): that one.
template <class Member>
std::size_t whole_value(const std::vector<Record>& src, Member m, std::size_t i) {
  std::string head = cut_short_head(src[i].*m);
  if (head.empty()) return i;
  for (std::size_t k = 0; k < src.size(); ++k) {
    const std::string& w = src[k].*m;
    if (k == i || w.empty() || !cut_short_head(w).empty()) continue;
    std::string whole = fold_words(w);
    if (whole.size() > head.size() && starts_with(whole, head)) return k;
  }
  return i;
}

// The sources that vote on what a field says: one per database record (two
// exports of one Web of Science record say one thing once; Google Scholar's
// own duplicates are records of their own).
// leader[k]: the source whose vote k's is (k itself, else the first of its
// database record's, the newest export: merge_records orders them so).
std::vector<std::size_t> vote_leaders(const std::vector<Record>& src) {
  std::vector<std::size_t> leader(src.size());
  for (std::size_t b = 0; b < src.size(); ++b) {
    leader[b] = b;
    for (std::size_t a = 0; a < b && leader[b] == b; ++a)
      if (leader[a] == a && (same_database_record(src[b], src[a]) || edited_entry(src[b], src[a]))) leader[b] = a;
  }
  return leader;
}

// The sources that vote on one field, `keys[k]` what source k says of it:
// `votes`, but for the older readings of an entry a newer export of it
// changed (session 60).  An entry exported again from the tool that keeps it
// (a title corrected in Zotero: the same item's CSL-JSON, the same key's
// BibTeX) takes the place of its older export (same_database_record,
// edited_entry); the value that older export said, other exports of the same
// library still say (its BibTeX, RDF and RIS of before the correction):
// those readings of the old entry no longer vote on the field, so that the
// newer one is not outvoted by copies of what it corrects.  A database's
// record (Scopus, Web of Science, MEDLINE) is its own evidence and votes.
std::vector<bool> field_votes(const std::vector<Record>& src, const std::vector<std::size_t>& leader,
                              const std::vector<std::string>& keys) {
  std::vector<bool> out(src.size());
  for (std::size_t k = 0; k < src.size(); ++k) out[k] = leader[k] == k;
  for (std::size_t b = 0; b < src.size(); ++b) {
    const std::size_t a = leader[b];
    if (a == b || keys[a].empty() || keys[b].empty() || keys[b] == keys[a]) continue;
    for (std::size_t k = 0; k < src.size(); ++k)
      if (out[k] && leader[k] != a && keys[k] == keys[b] && !is_database_format(src[k].provenance.format)) out[k] = false;
  }
  return out;
}

// The source of the value most sources say, when the sources say different
// things: `keys[k]` is what source k says, its form aside ("" when it says
// nothing that can be compared), and only the sources `votes` names count.
// Source `i` when its value is said as often as any other (a tie keeps the
// field's own rule); else the first source of the one value said more often
// than every other.  A value one source writes wrong ("Artifiicial
// Intelligence", Google Scholar's title with its journal glued on, MEDLINE's
// "Health psychology : official journal of the Division of Health
// Psychology, American Psychological Association" beside two sources'
// "Health Psychology") gives way to what the others agree on.
std::size_t most_said(const std::vector<std::string>& keys, const std::vector<bool>& votes, std::size_t i) {
  auto said = [&](const std::string& key) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < keys.size(); ++k) n += votes[k] && !key.empty() && keys[k] == key;
    return n;
  };
  if (keys[i].empty()) return i;  // a value cut short that no source says whole stays (whole_value)
  const std::size_t mine = said(keys[i]);
  std::size_t best = keys.size(), best_n = 0;
  bool tied = false;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (!votes[k] || keys[k].empty() || (best < keys.size() && keys[k] == keys[best])) continue;
    std::size_t n = said(keys[k]);
    if (n > best_n) {
      best = k, best_n = n, tied = false;
    } else if (n == best_n) {
      tied = true;
    }
  }
  return best == keys.size() || tied || best_n <= mine ? i : best;
}

// What a text says, its form aside: its words folded, "&" and "and" one
// ("Genes & Genomics", "Genes and Genomics"), a leading "The" none ("The
// Journal of physiology", "Journal of Physiology").
std::string text_key(std::string_view v) {
  const std::string folded = fold_words(strip_rich_text(v));  // held: split_words gives views into it
  std::string key;
  for (std::string_view w : split_words(folded))
    if (w != "and" && (w != "the" || !key.empty())) key += std::string(key.empty() ? "" : " ") + std::string(w);
  return key;
}

// Each source's text_key of a field; "" for a value cut short, which may be
// the beginning of any of them.
std::vector<std::string> text_keys(const std::vector<Record>& src, std::string Record::*m) {
  std::vector<std::string> keys(src.size());
  for (std::size_t k = 0; k < src.size(); ++k) {
    const std::string& v = src[k].*m;
    if (!v.empty() && trailing_ellipsis(trim(v)) == 0) keys[k] = text_key(v);
  }
  return keys;
}

// Source i's journal name, or the name the journal goes by when i's is
// another source's with a catalogue's qualifier after it: MEDLINE's "AIDS
// (London, England)", "Journal of urban health : bulletin of the New York
// Academy of Medicine" and "Canadian journal of public health = Revue
// canadienne de sante publique" beside Scopus's "AIDS", "Journal of Urban
// Health" and "Canadian Journal of Public Health".  Of one name in several
// forms, the one that capitalises its words as the journal does ("Social
// Science and Medicine" over MEDLINE's sentence case "Social science &
// medicine"), never one in capitals.
std::size_t journal_name(const std::vector<Record>& src, const std::vector<std::string>& keys, std::size_t i) {
  const std::string& v = src[i].container_title;
  if (const std::size_t cut = v.find_first_of("(:="); cut != std::string::npos && cut > 0) {
    const std::string head = text_key(std::string_view(v).substr(0, cut));
    for (std::size_t k = 0; k < src.size() && !head.empty(); ++k)
      if (k != i && keys[k] == head && !in_capitals(src[k].container_title)) {
        i = k;
        break;
      }
  }
  auto capitalised = [](const std::string& name) {
    std::size_t n = 0;
    for (std::string_view w : split_words(name)) n += w.size() > 3 && w[0] >= 'A' && w[0] <= 'Z';
    return n;
  };
  std::size_t best = capitalised(src[i].container_title);
  for (std::size_t k = 0; k < src.size(); ++k)
    if (k != i && !keys[i].empty() && keys[k] == keys[i] && !in_capitals(src[k].container_title))
      if (std::size_t n = capitalised(src[k].container_title); n > best) i = k, best = n;
  return i;
}

// Source i's pages, or another source's writing the same pages more fully: a
// range from the page source i gives alone (Cochrane CENTRAL's and
// ABI/INFORM's first page "2421" beside "2421-2431") or leaves open (Web of
// Science's "537-&"), and the whole form of an abbreviated range ("1001-19",
// "1001-1019").  Another range is another source's claim, not a fuller form:
// it stays i's.
std::size_t fuller_pages(const std::vector<Record>& src, std::size_t i) {
  auto first_page = [](const std::string& p) { return p.substr(0, p.find('-')); };
  auto fullness = [](const std::string& raw, const std::string& p) {
    const std::size_t dash = p.find('-');
    if (dash == std::string::npos || dash + 1 == p.size() || p.compare(dash + 1, std::string::npos, "&") == 0) return 0;
    return expand_page_range(raw) == std::string(trim(raw)) ? 2 : 1;  // whole, or abbreviated
  };
  const std::string mine = normalize_pages(src[i].pages);
  const int have = fullness(src[i].pages, mine);
  if (mine.empty() || have == 2) return i;
  for (std::size_t k = 0; k < src.size(); ++k) {
    const std::string theirs = normalize_pages(src[k].pages);
    if (k == i || !iequals(first_page(theirs), first_page(mine))) continue;
    const int got = fullness(src[k].pages, theirs);
    if (got > have && (have == 0 || theirs == mine)) return k;
  }
  return i;
}

// Where a copyright notice at the end of an abstract begins, or its size
// when it has none: a mark that opens a sentence in the last 400 bytes,
// "©" ("© 2020 Elsevier Ltd", BMJ's "© Author(s) (or their employer(s))
// 2021. Re-use permitted under CC BY-NC. ..."), "(C)" and a year (Web of
// Science's "(C) 2016 Elsevier Ltd. All rights reserved."), "Copyright" and
// either ("Copyright © 2022 Elsevier Inc. All rights reserved.").  A
// sentence that opens "Copyright law ..." is the abstract's own.
std::size_t notice_start(std::string_view a) {
  constexpr std::string_view mark = "\xC2\xA9";
  auto year_after = [&](std::size_t at) {
    while (at < a.size() && a[at] == ' ') ++at;
    return at < a.size() && (is_digit(a[at]) || a.compare(at, mark.size(), mark) == 0);
  };
  for (std::size_t at = a.size() > 400 ? a.size() - 400 : 0; at < a.size(); ++at) {
    std::size_t before = at;
    while (before > 0 && is_space(a[before - 1])) --before;
    if (before > 0 && std::string_view(".!?)]").find(a[before - 1]) == std::string_view::npos) continue;
    if (a.compare(at, mark.size(), mark) == 0 ||
        ((a.compare(at, 3, "(C)") == 0 || a.compare(at, 3, "(c)") == 0) && year_after(at + 3)))
      return at;
    if (a.compare(at, 9, "Copyright") == 0) {
      std::size_t next = at + 9;
      if (next < a.size() && a[next] == ':') ++next;
      if (year_after(next) || a.compare(next, 4, " (C)") == 0 || a.compare(next, 4, " (c)") == 0) return at;
    }
  }
  return a.size();
}

// What one source's reference list gave a work's one list (one_reference_list).
struct ListShare {
  std::size_t joined = 0;  // its references naming a cited work of the list
  std::size_t added = 0;   // its references the list lacked, added to it
};

// Whether a first author and year (reference_author's folded family) is
// near one of `near`: a word of the family in common ("urbani", "baroni
// urbani") and the year within one (Scopus's 1972, WoS's 1973 for one
// article).  Near is where the identity may have missed one cited work.
using AuthorYear = std::pair<std::vector<std::string>, int>;
AuthorYear author_year(const Reference& r) {
  std::vector<std::string> words;
  // The family name held here: split_words' views into the pair
  // reference_author returns would outlive it in a range-for's initializer
  // (its temporaries end before the loop, until C++23).
  const std::string family = reference_author(r.author).first;
  for (std::string_view w : split_words(family)) words.emplace_back(w);
  int year = 0;
  for (char c : trim(r.year)) {
    if (!is_digit(c) || year > 9999) break;
    year = year * 10 + (c - '0');
  }
  return {std::move(words), year};
}
bool near_any(const AuthorYear& x, const std::vector<AuthorYear>& near) {
  for (const AuthorYear& y : near)
    if (std::abs(x.second - y.second) <= 1)
      for (const std::string& w : x.first)
        if (std::find(y.first.begin(), y.first.end(), w) != y.first.end()) return true;
  return false;
}

// A work's one reference list (a work found in Web of Science and Scopus
// holds the same references twice, once in each database's form): the list
// of the source with the most references (the first of those, the newest
// export of a database record coming first), each of its references
// completed from the other sources' references naming the same cited work
// (cited_works.hpp: first author, year, volume, first page, title, journal)
// with what it lacks: the DOI Web of Science gives, the title Scopus gives.
// Its raw text stays its source's.  A reference of another source naming
// no cited work of the list is added to it when no reference of the list
// is near it (the same family name word, the year within one): a work one
// database left out (Web of Science's list of a 2006 article lacks a
// citation Scopus's has); near one, it is taken for a form the identity
// does not see ("Baroni Urbani, C." for "URBANI CB") and left in its
// source.  The other lists stay whole in their sources (refnet show).
// Returns the list's source, src.size() when none has one; share[k]: what
// source k gave.
std::size_t one_reference_list(const std::vector<Record>& src, std::vector<Reference>& out,
                               std::vector<ListShare>& share) {
  std::size_t from = src.size();
  for (std::size_t k = 0; k < src.size(); ++k)
    if (!src[k].references.empty() && (from == src.size() || src[k].references.size() > src[from].references.size()))
      from = k;
  share.assign(src.size(), {});
  if (from == src.size()) return from;
  // A DOI the list gives twice (Crossref's list of 10.7717/peerj.10050
  // holds 10.1093/beheco/arr220 twice) is one reference.
  out.clear();
  std::unordered_set<std::string> dois;
  for (const Reference& ref : src[from].references)
    if (ref.doi.empty() || dois.insert(reference_doi_key(ref.doi)).second) out.push_back(ref);
  // No other source has a reference to join or add (a Crossref record merged with its BibTeX or RIS entry): the
  // list is its own, without reading its cited works.
  bool others = false;
  for (std::size_t k = 0; k < src.size(); ++k) others = others || (k != from && !src[k].references.empty());
  if (!others) return from;
  CitedWorks works;
  std::unordered_map<std::uint32_t, std::size_t> mine;  // cited work -> its reference in `out`
  std::vector<AuthorYear> near;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (std::uint32_t w = works.add(out[i]); w != UINT32_MAX) mine.emplace(w, i);
    near.push_back(author_year(out[i]));
  }
  for (std::size_t k = 0; k < src.size(); ++k) {
    if (k == from) continue;
    std::vector<const Reference*> unjoined;
    for (const Reference& other : src[k].references) {
      std::uint32_t w = works.add(other);
      auto it = mine.find(w);
      if (w == UINT32_MAX) continue;
      if (it == mine.end()) {
        unjoined.push_back(&other);
        continue;
      }
      ++share[k].joined;
      Reference& ref = out[it->second];
      for (auto field : {&Reference::doi, &Reference::title, &Reference::container, &Reference::volume,
                         &Reference::first_page, &Reference::year, &Reference::author})
        if (trim(ref.*field).empty() && !trim(other.*field).empty()) ref.*field = other.*field;
    }
    // After the whole list is joined: a reference is near only the list's.
    for (const Reference* other : unjoined) {
      AuthorYear ay = author_year(*other);
      if (ay.first.empty() || !ay.second || near_any(ay, near)) continue;
      mine.emplace(works.add(*other), out.size());
      out.push_back(*other);
      near.push_back(std::move(ay));
      ++share[k].added;
    }
  }
  return from;
}

}  // namespace

namespace {
MergedView merge_imported(const std::vector<Record>& src);
}  // namespace

bool is_database_format(std::string_view f) {
  for (std::string_view d : {"wos", "scopus-csv", "scopus-txt", "lens", "dimensions", "medline", "pubmed-xml", "crossref", "ovid", "ieee-csv",
                             "springer-csv", "pubmed-csv", "sciencedirect-txt", "europepmc"})
    if (f == d) return true;
  return false;
}
namespace {
bool is_pubmed_format(std::string_view f) { return f == "medline" || f == "pubmed-xml"; }
}  // namespace

namespace {
// Zotero's item keys: eight of 23456789ABCDEFGHIJKLMNPQRSTUVWXYZ.
bool is_zotero_key(std::string_view key) {
  return key.size() == 8 && std::all_of(key.begin(), key.end(), [](char c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); });
}

// The names a record's extra fields give an item's URI or key under (a .bib
// entry's fields, Zotero JSON's "uri" and refnet's CSL-JSON custom
// "zotero-uri" as the readers keep them).
bool names_zotero_item(std::string_view name, bool& key_alone) {
  // Most records' extra fields name none: one look at the first letter.
  const char first = name.empty() ? '\0' : static_cast<char>(name[0] | 0x20);  // ASCII letters in lower case
  if (first != 'z' && first != 'u' && first != 'i') return false;
  for (std::string_view n : {"zotero-uri", "zotero_uri", "zoterouri", "uri", "zotero", "zotero-link", "zotero-select"})
    if (iequals(name, n)) {
      key_alone = false;
      return true;
    }
  for (std::string_view n : {"zotero-key", "zotero_key", "zoterokey", "itemkey", "zotero-item-key"})
    if (iequals(name, n)) {
      key_alone = true;
      return true;
    }
  return false;
}
}  // namespace

std::string zotero_item(const Record& r) {
  if (r.provenance.format == "csl-json")
    if (std::string i = zotero_item_uri(r.get_extra("id")); !i.empty()) return i;
  std::string keyed;  // a key alone: the URI, when one is given too, says more
  for (const ExtraField& f : r.extra) {
    bool key_alone = false;
    if (!names_zotero_item(f.name, key_alone)) continue;
    std::string i = zotero_item_uri(f.value, key_alone);
    if (i.empty()) continue;
    if (!key_alone) return i;
    if (keyed.empty()) keyed = std::move(i);
  }
  return keyed;
}

std::string_view zotero_rdf_item(const Record& r) {
  if (r.provenance.format != "zotero-rdf") return {};
  return r.get_extra("zotero-item-id");
}

std::string zotero_item_uri(std::string_view id, bool key_alone) {
  id = trim(id);
  if (key_alone) return is_zotero_key(id) ? "items/" + std::string(id) : std::string();
  // zotero://select/library/items/KEY (the user's library), .../groups/5/
  // items/KEY, the old zotero://select/items/1_KEY (a library's local
  // number, then the key); Better BibTeX's zotero://select/items/@citekey
  // names a key of its own, no item.
  if (istarts_with(id, "zotero://select/")) {
    const std::vector<std::string> parts = split_list(std::string(id.substr(16)), "/");
    if (parts.size() == 3 && parts[0] == "library" && parts[1] == "items" && is_zotero_key(parts[2]))
      return "items/" + parts[2];
    if (parts.size() == 4 && (parts[0] == "groups" || parts[0] == "users") && parts[2] == "items" &&
        !parts[1].empty() && std::all_of(parts[1].begin(), parts[1].end(), is_digit) && is_zotero_key(parts[3]))
      return "zotero.org/" + parts[0] + "/" + parts[1] + "/items/" + parts[3];
    if (parts.size() == 2 && parts[0] == "items") {
      const std::size_t u = parts[1].find('_');
      if (u != std::string::npos && u > 0 && is_zotero_key(std::string_view(parts[1]).substr(u + 1)))
        return "items/" + parts[1].substr(u + 1);
    }
    return "";
  }
  for (std::string_view scheme : {"http://", "https://"})
    if (istarts_with(id, scheme)) {
      id.remove_prefix(scheme.size());
      break;
    }
  if (istarts_with(id, "www.")) id.remove_prefix(4);
  // zotero.org/users/96641/items/BDQRTS3T, zotero.org/groups/N/items/KEY,
  // zotero.org/users/local/AbCd1234/items/KEY: a library, then an item key.
  if (!istarts_with(id, "zotero.org/")) return "";
  const std::vector<std::string> parts = split_list(std::string(id), "/");
  if (parts.size() < 5 || (parts[1] != "users" && parts[1] != "groups") || parts[parts.size() - 2] != "items") return "";
  if (!is_zotero_key(parts.back())) return "";
  return "zotero.org/" + std::string(id.substr(11));
}

std::string_view zotero_item_key(std::string_view item) {
  const std::size_t slash = item.rfind('/');
  return slash == std::string_view::npos ? item : item.substr(slash + 1);
}

bool same_zotero_item(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || zotero_item_key(a) != zotero_item_key(b)) return false;
  // "zotero.org/users/96641" of "zotero.org/users/96641/items/KEY"; "" of "items/KEY".
  auto library = [](std::string_view i) {
    const std::size_t at = i.rfind("/items/");
    return at == std::string_view::npos ? std::string_view() : i.substr(0, at);
  };
  const std::string_view la = library(a), lb = library(b);
  if (la.empty() || lb.empty() || la == lb) return true;
  // A library never synced (users/local/<id>) keeps its items' keys when it
  // is: the same item as users/N's.
  return la.find("/local/") != std::string_view::npos || lb.find("/local/") != std::string_view::npos;
}

bool same_database_record(const Record& a, const Record& b) {
  const std::string& af = a.provenance.format;
  const std::string& bf = b.provenance.format;
  if (af == kUserFormat || bf == kUserFormat) return false;
  // One item of one Zotero library (its URI, the id of Zotero's CSL-JSON),
  // whatever was edited in it between the exports (session 60).
  if (const std::string item = zotero_item(a); !item.empty() && same_zotero_item(item, zotero_item(b))) return true;
  // Zotero RDF's "#item_123", the item's row in one Zotero installation:
  // its RDF exports name it so, but every installation has its own #item_1,
  // so the rest of the record must be the entry's too (its title, or its
  // first author and year: one of them edited between the exports).
  if (const std::string_view n = zotero_rdf_item(a); !n.empty() && n == zotero_rdf_item(b)) {
    const bool title = !a.title.empty() && fold_words(strip_rich_text(a.title)) == fold_words(strip_rich_text(b.title));
    const bool first = !a.authors.empty() && !b.authors.empty() && a.issued.year && a.issued.year == b.issued.year &&
                       family_name_key(a.authors.front().full_family()) == family_name_key(b.authors.front().full_family());
    if (title || first) return true;
  }
  // An entry a person keyed, exported again by the same tool (BibTeX, RIS):
  // the key is its identifier there, with its title and year (a key alone,
  // "smith2020", names other works in other libraries).  A review sheet's
  // BibTeX cell is such an entry too (Provenance::key_format).
  if (a.provenance.keyed_by() == b.provenance.keyed_by() && !is_database_format(a.provenance.keyed_by()) &&
      !a.citekey.empty() && a.citekey == b.citekey &&
      a.issued.year == b.issued.year && !a.title.empty() &&
      fold_words(strip_rich_text(a.title)) == fold_words(strip_rich_text(b.title)))
    return true;
  if (!a.wos_ut.empty() && iequals(a.wos_ut, b.wos_ut)) return true;
  if (!a.scopus_eid.empty() && iequals(a.scopus_eid, b.scopus_eid)) return true;
  if (!a.pmid.empty() && a.pmid == b.pmid && is_pubmed_format(af) && is_pubmed_format(bf)) return true;
  return !a.doi.empty() && iequals(a.doi, b.doi) && af == bf && is_database_format(af);
}

namespace {

// "2022-10-05" (Web of Science DA, Crossref and PubMed XML dates as the
// importers write them) or "20221005" (MEDLINE LR): a whole day, or nothing.
Date numeric_date(std::string_view v) {
  std::string digits;
  for (char c : trim(v))
    if (c != '-') digits += c;
  if (digits.size() != 8 || !std::all_of(digits.begin(), digits.end(), is_digit)) return {};
  Date d = parse_medline_date(digits);
  return d.day ? d : Date{};
}

// Scopus RIS: "Export Date: 3 July 2020".
Date scopus_export_note(std::string_view note) {
  constexpr std::string_view label = "Export Date:";
  if (!istarts_with(note, label)) return {};
  std::vector<std::string_view> words = split_words(note.substr(label.size()));
  if (words.size() != 3) return {};
  Date d = parse_medline_date(std::string(words[2]) + " " + std::string(words[1]) + " " + std::string(words[0]));
  return d.day && d.text.empty() ? d : Date{};
}

bool before(const Date& a, const Date& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

}  // namespace

Date export_date(const Record& r) {
  const std::string& f = r.provenance.format;
  auto first_of = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
      if (Date d = numeric_date(r.get_extra(n)); !d.empty()) return d;
    return Date{};
  };
  if (f == "wos") return first_of({"DA"});  // the tab-delimited export too
  if (f == "medline") return first_of({"LR", "DCOM", "DA"});
  if (f == "pubmed-xml") return first_of({"DateRevised", "DateCompleted", "DateCreated"});
  if (f == "crossref") return first_of({"indexed", "deposited"});
  if (f == "europepmc") return first_of({"dateOfRevision", "dateOfCompletion", "dateOfCreation"});
  if (f == "ris")
    for (const ExtraField& e : r.extra)
      if (e.name == "N1")
        if (Date d = scopus_export_note(e.value); !d.empty()) return d;
  return {};
}

bool supersedes(const Record& later, const Record& earlier) {
  if (!same_database_record(later, earlier)) return false;
  const Date l = export_date(later), e = export_date(earlier);
  return l.empty() || e.empty() || !before(l, e);
}

// The user's own source (refnet set/edit) is applied over the merge of the
// imported ones: what the user said wins, whatever is imported later.
// The imported ones are merged in import order, but for the exports of a
// database record: the newest (by export date when each has one, else the
// last imported) takes the place of the first imported, the older ones
// right behind it, newest first (see supersedes()).
MergedView merge_records(const std::vector<Record>& src) {
  std::vector<std::size_t> user, imported;
  for (std::size_t i = 0; i < src.size(); ++i) (is_user_record(src[i]) ? user : imported).push_back(i);
  {
    std::vector<std::size_t> order;
    std::vector<bool> placed(imported.size(), false);
    for (std::size_t a = 0; a < imported.size(); ++a) {
      if (placed[a]) continue;
      std::vector<std::size_t> group{a};
      for (std::size_t b = a + 1; b < imported.size(); ++b)
        if (!placed[b] && (same_database_record(src[imported[b]], src[imported[a]]) ||
                           edited_entry(src[imported[b]], src[imported[a]])))
          group.push_back(b);
      // Newest first: the last imported, unless every export says its date.
      std::reverse(group.begin(), group.end());
      std::vector<Date> dates;
      for (std::size_t g : group) dates.push_back(export_date(src[imported[g]]));
      if (std::none_of(dates.begin(), dates.end(), [](const Date& d) { return d.empty(); })) {
        std::vector<std::size_t> by_date(group.size());
        for (std::size_t k = 0; k < by_date.size(); ++k) by_date[k] = k;
        std::stable_sort(by_date.begin(), by_date.end(),
                         [&](std::size_t x, std::size_t y) { return before(dates[y], dates[x]); });
        std::vector<std::size_t> sorted;
        for (std::size_t k : by_date) sorted.push_back(group[k]);
        group = std::move(sorted);
      }
      for (std::size_t g : group) {
        placed[g] = true;
        order.push_back(imported[g]);
      }
    }
    imported = std::move(order);
  }
  const bool reordered = !std::is_sorted(imported.begin(), imported.end());
  if (!reordered && (user.empty() || imported.empty())) return merge_imported(src);
  std::vector<Record> records;
  for (std::size_t i : imported) records.push_back(src[i]);
  MergedView mv = merge_imported(records);
  // The work's key and provenance stay those of its first record.
  if (!imported.empty()) {
    const std::size_t first = *std::min_element(imported.begin(), imported.end());
    mv.record.citekey = src[first].citekey;
    mv.record.provenance = src[first].provenance;
  }
  for (auto& c : mv.choices) {
    c.source = imported[c.source];
    for (auto& alt : c.alternatives) alt.first = imported[alt.first];
  }
  for (std::size_t u : user) {
    const Record before = mv.record;
    for (const std::string& field : apply_user_record(mv.record, src[u])) {
      std::string value = field_text(mv.record, field), old = field_text(before, field);
      // The imported merge names its rows its own way ("container", "issued"): one row a field.
      auto it = std::find_if(mv.choices.begin(), mv.choices.end(), [&](const FieldChoice& c) {
        return c.field == field || canonical_field(c.field) == field ||
               (c.field == "container_short" && field == "container-title-short");
      });
      if (it == mv.choices.end()) {
        it = mv.choices.insert(mv.choices.end(), FieldChoice{field, u, {}, {}});
        if (!old.empty() && old != value) it->alternatives.emplace_back(imported.front(), old);
      } else if (it->source != u) {
        it->alternatives.insert(it->alternatives.begin(), {it->source, it->value});
      }
      it->source = u;
      it->value = value.empty() ? "(removed by the user)" : value;
    }
  }
  return mv;
}

namespace {
MergedView merge_imported(const std::vector<Record>& src) {
  MergedView mv;
  if (src.empty()) return mv;
  if (src.size() == 1) {
    mv.record = src[0];
    return mv;
  }
  Record& r = mv.record;
  auto& ch = mv.choices;

  // Plain fields: the first source that has them; for text a person reads,
  // the first that does not write it in capitals, unless more sources say
  // another text (most_said): then the first of those that does not.
  const std::vector<std::size_t> leaders = vote_leaders(src);
  auto scalar = [&](const char* name, std::string Record::*m, bool text = false) {
    std::size_t i = text ? whole_value(src, m, first_in_mixed_case(src, m)) : first_with(src, m);
    if (text) {
      const std::vector<std::string> keys = text_keys(src, m);
      if (std::size_t j = most_said(keys, field_votes(src, leaders, keys), i); j != i) {
        i = j;
        for (std::size_t k = j; k < src.size(); ++k)
          if (keys[k] == keys[j] && !in_capitals(src[k].*m)) {
            i = k;
            break;
          }
      }
      if (m == &Record::container_title) i = journal_name(src, keys, i);
    }
    r.*m = src[i].*m;
    note(ch, name, src, i, [m](const Record& x) { return x.*m; });
    return i;
  };
  std::size_t t = scalar("title", &Record::title, true);
  r.title_nocase = src[t].title_nocase;
  scalar("container", &Record::container_title, true);
  scalar("container_short", &Record::container_title_short);
  // Volume, issue and pages say where the work is as one: they come from
  // one source, the first with the most of them, so that an online-first
  // record's pages ("1-19") never sit beside a later export's volume and
  // issue (39(4), 1001-1019).  What that source lacks, the others fill.
  auto parts = [](const Record& x) { return !x.volume.empty() + !x.issue.empty() + !x.pages.empty(); };
  std::size_t loc = 0;
  for (std::size_t k = 1; k < src.size(); ++k)
    if (parts(src[k]) > parts(src[loc])) loc = k;
  {
    for (auto [name, m] : {std::pair{"volume", &Record::volume}, std::pair{"issue", &Record::issue},
                           std::pair{"pages", &Record::pages}}) {
      std::size_t i = (src[loc].*m).empty() ? first_with(src, m) : loc;
      if (m == &Record::pages) i = fuller_pages(src, i);
      r.*m = src[i].*m;
      note(ch, name, src, i, [m = m](const Record& x) { return x.*m; });
    }
  }
  scalar("number", &Record::number);
  scalar("publisher", &Record::publisher, true);
  scalar("place", &Record::publisher_place, true);
  {
    // The DOI as Crossref (its registrant) spells it, else as the first
    // source that kept a spelling of it does (a source keeps one only when
    // it is not all lower case).
    scalar("doi", &Record::doi);
    const Record* spelled = nullptr;
    for (const Record& s : src) {
      if (s.doi != r.doi) continue;
      if (s.provenance.format == "crossref") {
        spelled = &s;
        break;
      }
      if (!spelled && &s.spelled_doi() != &s.doi) spelled = &s;
    }
    if (spelled) r.doi_spelling = spelled->doi_spelling;
    // `show` names the source of the spelling, and no other spelling of it as another value.
    if (!r.doi.empty() && !ch.empty() && ch.back().field == "doi") {
      FieldChoice& c = ch.back();
      if (spelled) c.source = static_cast<std::size_t>(spelled - src.data());
      c.value = r.spelled_doi();
      c.alternatives.erase(std::remove_if(c.alternatives.begin(), c.alternatives.end(),
                                          [&](const auto& alt) { return iequals(alt.second, c.value); }),
                           c.alternatives.end());
    }
  }
  scalar("pmid", &Record::pmid);
  scalar("pmcid", &Record::pmcid);
  scalar("wos_ut", &Record::wos_ut);
  scalar("scopus_eid", &Record::scopus_eid);
  scalar("url", &Record::url);
  scalar("language", &Record::language);
  {
    // The type of the first source, unless it only said "document".
    std::size_t i = 0;
    for (std::size_t k = 0; k < src.size(); ++k)
      if (src[k].type != "document") {
        i = k;
        break;
      }
    r.type = src[i].type;
    note(ch, "type", src, i, [](const Record& x) { return x.type; });
  }
  {
    // The date of the year most sources give, of years given as often the
    // first source's (Lens dates Wiley's backfile by the year it went
    // online: 2007 for Behavioral Science 12(1) of 1967, which Scopus and
    // Web of Science give); a source agreeing on the year but giving month
    // and day completes it.
    // Of years given as often, one ten years or more after another is the
    // year a database put an old issue online (Lens gives 2010 for
    // Geographical Analysis 7(4) of 1975, which Scopus gives): the earlier.
    // Of online-first and issue years (a year or three apart) given as
    // often, the issue's: the year of the source whose volume, issue and
    // pages the work shows, when it gives more of them than the source of
    // the other year (Ovid MEDLINE's 2026 for The Journal of Nutrition 156(2):101263
    // beside Cochrane CENTRAL's 2025 with the article number alone); else
    // the first's.
    std::vector<std::string> year_keys(src.size());
    for (std::size_t k = 0; k < src.size(); ++k)
      if (src[k].issued.year) year_keys[k] = std::to_string(src[k].issued.year);
    const std::vector<bool> year_votes = field_votes(src, leaders, year_keys);
    std::map<int, std::size_t> said;
    for (std::size_t k = 0; k < src.size(); ++k)
      if (src[k].issued.year && year_votes[k]) ++said[src[k].issued.year];
    std::size_t i = src.size();
    for (std::size_t k = 0; k < src.size(); ++k)
      if (src[k].issued.year && (i == src.size() || said[src[k].issued.year] > said[src[i].issued.year])) i = k;
    if (i == src.size()) i = 0;
    for (std::size_t k = 0; k < src.size(); ++k)
      if (src[k].issued.year && said[src[k].issued.year] == said[src[i].issued.year] &&
          src[k].issued.year + 10 <= src[i].issued.year)
        i = k;
    if (const int y = src[loc].issued.year; y && y != src[i].issued.year && said[y] == said[src[i].issued.year] &&
                                            std::abs(y - src[i].issued.year) < 10 && parts(src[loc]) > parts(src[i]))
      i = loc;
    std::size_t best = i;
    auto date_parts = [](const Date& d) { return (d.year != 0) + (d.month != 0) + (d.day != 0); };
    for (std::size_t k = 0; k < src.size(); ++k)
      if (src[k].issued.year == src[i].issued.year && date_parts(src[k].issued) > date_parts(src[best].issued))
        best = k;
    r.issued = src[best].issued;
    note(ch, "issued", src, best, [](const Record& x) { return format_date(x.issued); });
  }
  {
    // The abstract that says the most: the most of its words before a
    // copyright notice at its end; of abstracts that say as much, one
    // without the notice (Scopus's and Embase's "© 2020 Elsevier Ltd" beside
    // MEDLINE's and CENTRAL's same text without it), else the first.
    std::size_t i = 0, said = 0;
    bool found = false, notice = false;
    for (std::size_t k = 0; k < src.size(); ++k) {
      const std::string& a = src[k].abstract;
      if (a.empty()) continue;
      const std::size_t body = notice_start(a);
      const std::size_t n = fold_words(std::string_view(a).substr(0, body)).size();
      if (!found || n > said || (n == said && notice && body == a.size()))
        i = k, said = n, notice = body < a.size(), found = true;
    }
    r.abstract = src[i].abstract;
    note(ch, "abstract", src, i, [](const Record& x) { return x.abstract; });
  }
  auto creators = [&](const char* name, std::vector<Creator> Record::*m) {
    std::size_t i = 0;
    for (std::size_t k = 1; k < src.size(); ++k)
      if (creators_quality(src[k].*m) > creators_quality(src[i].*m) ||
          ((src[i].*m).empty() && !(src[k].*m).empty()))
        i = k;
    // Unless more sources name other persons (ProQuest's "Ming-Hui, Huang"
    // and "Mohammad, Jafar Tarokh" beside Web of Science's "Huang, MH" and
    // "Tarokh, MJ" and Scopus's "Huang, M.-H." and "Tarokh, M.J."): the best
    // of the lists that name them.
    {
      std::vector<std::string> keys(src.size());
      for (std::size_t k = 0; k < src.size(); ++k)
        for (const Creator& c : src[k].*m)
          keys[k] += (c.is_literal() ? fold_words(c.literal) : family_name_key(c.full_family())) + "|";
      if (std::size_t j = most_said(keys, field_votes(src, leaders, keys), i); j != i) {
        i = j;
        for (std::size_t k = j + 1; k < src.size(); ++k)
          if (keys[k] == keys[j] && creators_quality(src[k].*m) > creators_quality(src[i].*m)) i = k;
      }
    }
    // A longer list that begins with the chosen one, person for person (a
    // group author MEDLINE adds at the end, a list another source cut
    // short): the longer one, so that no person is dropped.
    for (std::size_t k = 0; k < src.size(); ++k)
      if (extends_creators(src[k].*m, src[i].*m)) i = k;
    r.*m = src[i].*m;
    // Each person in the best form the sources aligned with the list give
    // (creator_lists.hpp: Scopus's "Muñoz-Laboy" with MEDLINE's "Miguel").
    std::vector<std::vector<const Creator*>> forms((r.*m).size());
    for (std::size_t k = 0; k < src.size(); ++k) {
      if (k == i) continue;
      std::vector<std::size_t> pairs = align_creators(r.*m, src[k].*m);
      for (std::size_t p = 0; p < pairs.size(); ++p)
        if (pairs[p] != SIZE_MAX) forms[p].push_back(&(src[k].*m)[pairs[p]]);
    }
    for (std::size_t p = 0; p < forms.size(); ++p) complete_person((r.*m)[p], forms[p]);
    // ORCIDs another source knows of a person its list did not align with
    // this one's (complete_person took the aligned ones'): the one person of
    // that family name in both lists, never a namesake ("Thompson, Ron"
    // beside "Thompson, Jeffrey J." took his ORCID before session 59).
    auto of_family = [](const std::vector<Creator>& list, const std::string& family) {
      return std::count_if(list.begin(), list.end(),
                           [&](const Creator& x) { return !x.is_literal() && fold(x.family) == family; });
    };
    for (Creator& c : r.*m) {
      if (!c.orcid.empty() || c.is_literal()) continue;
      const std::string family = fold(c.family);
      if (of_family(r.*m, family) != 1) continue;
      for (const Record& o : src)
        if (of_family(o.*m, family) == 1)
          for (const Creator& oc : o.*m)
            if (!oc.orcid.empty() && !oc.is_literal() && fold(oc.family) == family && c.orcid.empty()) c.orcid = oc.orcid;
    }
    // The list as merged; each source's own where it differs.
    note(ch, name, src, i, [m](const Record& x) { return creators_text(x.*m); }, creators_text(r.*m));
  };
  creators("authors", &Record::authors);
  creators("editors", &Record::editors);

  // Unions.
  // Each value once, in the first spelling met: `key` says when two are one
  // ("978-0-8153-4432-2", "9780815344322" and its ISBN-10 "0-8153-4432-8").
  auto union_strings = [&](const char* name, std::vector<std::string> Record::*m, auto key) {
    std::unordered_set<std::string> seen;
    for (const Record& s : src)
      for (const auto& v : s.*m)
        if (seen.insert(key(v)).second) (r.*m).push_back(v);
    note(ch, name, src, first_with(src, m), [&r, m](const Record&) { return join(r.*m); });
  };
  union_strings("issn", &Record::issn, [](const std::string& v) {
    std::string d = issn_digits(v);
    return d.size() == 8 ? d : v;  // "0028-0836" and "00280836"
  });
  union_strings("isbn", &Record::isbn, [](const std::string& v) {
    std::string d = normalize_isbn(v);
    return d.empty() ? v : d;
  });
  union_strings("keywords", &Record::keywords, [](const std::string& v) { return fold(v); });
  std::vector<ListShare> share;
  if (std::size_t from = one_reference_list(src, r.references, share); from < src.size()) {
    FieldChoice c;
    c.field = "references";
    c.source = from;
    c.value = std::to_string(r.references.size()) + " references";
    for (std::size_t k = 0; k < src.size(); ++k)
      if (k != from && !src[k].references.empty())
        c.alternatives.emplace_back(k, std::to_string(src[k].references.size()) + " references, " +
                                           std::to_string(share[k].joined) + " of them joined to the view's" +
                                           (share[k].added ? ", " + std::to_string(share[k].added) + " added to it" : ""));
    ch.push_back(std::move(c));
  }
  {
    // Extra fields are named in their source's format (a BibTeX field, an
    // RIS tag, a Crossref key): those of sources in another format than the
    // first's, whose provenance the view carries, are marked with theirs.
    // A name's values all come from the first source that has it (MEDLINE
    // repeats PT, AID; WoS may repeat a tag).
    std::unordered_set<std::string> names;
    for (const Record& s : src) {
      const bool foreign = s.provenance.format != src[0].provenance.format;
      std::unordered_set<std::string> mine;
      for (ExtraField e : s.extra) {
        if (foreign && e.format.empty()) e.format = s.provenance.format;
        std::string key = e.format + ":" + e.name;
        if (names.insert(key).second) mine.insert(key);
        if (mine.count(key)) r.extra.push_back(std::move(e));
      }
    }
  }
  r.citekey = src[0].citekey;
  r.provenance = src[0].provenance;
  return mv;
}
}  // namespace

std::string crossref_parent_key(const Record& r) {
  if (r.provenance.format != "bibtex") return "";
  return std::string(trim(r.get_extra("crossref")));
}

bool inherit_from_parent(Record& child, const Record& parent) {
  bool filled = false;
  auto take = [&filled](auto& mine, const auto& theirs) {
    if (mine.empty() && !theirs.empty()) {
      mine = theirs;
      filled = true;
    }
  };
  take(child.container_title, strip_rich_text(parent.title));
  take(child.authors, parent.authors);
  take(child.editors, parent.editors);
  if (!child.issued.year && parent.issued.year) {
    child.issued = parent.issued;
    filled = true;
  }
  take(child.volume, parent.volume);
  take(child.publisher, parent.publisher);
  take(child.publisher_place, parent.publisher_place);
  take(child.isbn, parent.isbn);
  take(child.issn, parent.issn);
  take(child.language, parent.language);
  return filled;
}

}  // namespace refnet
