// Cited-reference identity: which references, of many reference lists and
// many sources, name one cited work.  References are the same cited work
// when their parsed fields agree, not when their text is equal: "Pawlak Z,
// 1982, INT J COMPUT INF SCI, V11, P341" (Web of Science) and "Pawlak, Z.,
// Rough sets (1982) Int. J. Comput. Inf. Sci., 11 (5), pp. 341-356"
// (Scopus) are one work.  The network builders (co-citation, coupling,
// citation with external works) and the merge of a work's sources (one
// reference list per work, merge.cpp) decide it here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "refnet/journal_abbrev.hpp"
#include "refnet/record.hpp"

namespace refnet {

// Volume and page compare as written, minus case and white space.
std::string reference_number(std::string_view s);

// The first author of a reference as folded family name and initial, from
// the forms sources write: "Amgoud L" (WoS), "Amgoud, L." (Scopus),
// "Amgoud" (Crossref), "Anderson J. M" (initials apart); a generation after
// the family name is left out ("Chapin III F.S.", "Chapin III, F.S.": chapin).
std::pair<std::string, char> reference_author(std::string_view a);

// DOIs compare lower case and without backslashes: the BibTeX importer keeps
// a WoS DOI field's "\_" (10.1007/978-1-4020-5802-8\_15) while the same DOI in
// Cited-References reads "_15".  No registered DOI holds a backslash.
std::string reference_doi_key(std::string_view doi);

// Whether two folded titles (fold_words) name one work as CitedWorks
// compares them: equal, but for spaces, one the other's start of three
// words or more, or within a few typing slips with the same numbers (one in
// 12 letters; one in 5 when volume and first page already agree).
bool cited_titles_agree(const std::string& a, const std::string& b, bool volume_and_page);

// A work or cited work labelled without an author: its title's first 40
// bytes, cut before a character (network labels, "Title (Year)").
std::string title_label(std::string_view title);

// A cited work: the references that agree on it (see CitedWorks).
struct CitedItem {
  std::string key;  // "x:10.1000/abc" or "x:amgoud l 2009 artif intell v173 p413"
  std::string label, doi, title;
  int year = 0;
  std::string family, volume, first_page;  // folded, as compared
  std::size_t references = 0;  // references added to it
  std::size_t citing = 0;      // distinct citing documents (counted by the caller)
};

// Cited works, grown one reference at a time.  A DOI on both references
// decides; otherwise first author (family name, and initial when both have
// one) and year must be equal, volume and first page must not differ,
// titles must not differ (a typing slip aside: one edit in 12 letters, in 5
// when volume and page agree, the same numbers: "Part I" is not "Part
// II"), and journals must match by ISO 4's rules (journal_abbrev.hpp)
// unless the titles agree ("PHYS REV A" is not "PHYS REV B"); and
// something must speak for the match: the title, volume and first page,
// first page and journal, or, for what has neither volume nor page (a
// book), the source, which may be the other's title: Web of Science names
// a book by its title cut to 20 characters ("Berg B., 2008, PLANT LITTER
// DECOMPO"), Scopus by its title.  References are compared only within
// their (first author, year) block, and there only with the cited works
// that could agree: those of the same first page, those whose title starts
// with the same three words, and, for a reference without a page, those
// without one.  A cited work is compared by the first value of each field
// its references gave, and by every title and journal they wrote.  A
// reference no cited work of its year agrees with may be one whose year is
// one apart (Web of Science's issue year, Scopus's online-first year): when
// first author, volume and first page are equal and the titles agree
// (or, one without a title, the journals); the cited work then takes the
// year most of its references give.
class CitedWorks {
 public:
  // The cited work of `r` (an index into items()), a new one when no
  // earlier reference agrees with it; UINT32_MAX when `r` says nothing
  // that identifies it.
  std::uint32_t add(const Reference& r);
  std::size_t size() const { return works_.size(); }
  // The cited works: keyed by DOI when one of their references has one,
  // else by the folded text of their first reference; labelled by their
  // most complete reference.
  std::vector<CitedItem> items() const;
  // After the last add(): a cited work that only Web of Science's source cut to
  // 20 characters names, without page, title or DOI ("Bouyssou D, 2006, INT
  // SERIES OPERATION, V86"), joins the one work of its first author and year
  // with a page or a DOI whose journal that cut begins ("Bouyssou D, 2006, INT
  // SER OPER RES MAN, V86, P1, DOI 10.1007/0-387-31099-1"), its volume not
  // another; with two such works ("Figueira J, 2005, INT SERIES OPERATION":
  // the book, V78 P1, or its chapter, V78 P133) it stays apart.  Returns each
  // work's index before (add()'s answers) -> its index in items() now.
  std::vector<std::uint32_t> settle();

  // Evidence for the order of a name Web of Science writes in full, without
  // a comma ("Melanie Mitchell, 2009", given name first as the cited work's
  // metadata had it; "Finegan Bryan, 2004", family name first): the authors
  // the library holds, with their given name written out ("Mitchell,
  // Melanie") or their initial and the year of their work, and the
  // references naming theirs by initials, with their year ("Mitchell M,
  // 2009").  A full name is read in the order one of them confirms and the
  // other does not (else by the lexicon of given names), for the cited work
  // it joins and its label.  An initial without the year proves little:
  // "MALCOLM JR, 1982" is not Malcolm Jobling.  Told before the references are added.
  using KnownAuthors = std::unordered_set<std::string>;
  void know_author(std::string_view family, std::string_view given, int year);
  void know(const Reference& r);  // its first author, when named by initials

 private:
  struct Fields {
    std::string doi, raw, family, volume, page, title;
    char initial = 0;
    int year = 0;
    std::uint32_t journal = UINT32_MAX;        // index into journals_
    std::uint32_t title_journal = UINT32_MAX;  // without a volume: the title as a source name
  };
  struct Work {
    Fields f;  // what its references say, the first value of each field
    std::string first_raw;
    // The distinct titles, journals and book titles (as source names) its
    // references wrote, up to 8 of each.
    std::vector<std::string> titles;
    std::vector<std::uint32_t> journals, title_journals;
    // The first author as its best-cased reference writes it (see
    // name_case_score in cited_works.cpp), and how well that is cased.
    std::string cased_author;
    int cased_score = -1;
    // The years its references give, with how many give each.
    std::vector<std::pair<int, std::size_t>> years;
    Reference best;  // its most complete reference
    int best_score = -1;
    std::size_t references = 0;
  };

  Fields fields_of(const Reference& r);
  std::uint32_t journal_of(std::string_view name);  // interned into journals_; UINT32_MAX for none
  bool journals_agree(std::uint32_t a, std::uint32_t b) const;
  bool compatible(const Work& w, const Fields& f) const;
  // `f` is `w` under a year one apart: same first author, volume and first
  // page, and the titles agree, or, one of them without a title, the journals.
  bool year_apart(const Work& w, const Fields& f) const;
  void merge(std::uint32_t at, Fields& f, const Reference& r);

  std::vector<Work> works_;
  KnownAuthors known_;
  std::unordered_map<std::string, std::uint32_t> by_doi_, by_raw_;
  // "family|year|p<page>", "family|year|t<three title words>" (and "u..."
  // for those without a page), "family|year|-" (no page): the cited works a
  // reference of that block may agree with.
  std::unordered_map<std::string, std::vector<std::uint32_t>> index_;
  std::vector<std::uint32_t> candidates_;
  std::unordered_map<std::string, std::uint32_t> journal_at_;
  std::vector<JournalKey> journals_;
};

}  // namespace refnet
