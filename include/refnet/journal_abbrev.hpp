// Journal names as references write them, compared: a full title
// ("Journal of the American Chemical Society"), its ISO 4 abbreviation
// ("J. Am. Chem. Soc."), Web of Science's J9 form in capitals and cut at 20
// characters ("J AM CHEM SOC", "SYSTEMS APPROACH MAN") are one journal;
// "Phys Rev A" and "Phys Rev B" are two.
//
// The rule is ISO 4's (LTWA): an abbreviation keeps the significant words of
// the title, in order, each cut after some letters ("Inform" for
// "Information") or contracted keeping its first and last letters ("Natl"
// for "National", "Mgmt" for "Management"), and drops articles, prepositions
// and conjunctions.  So after folding (case, accents, punctuation) and
// dropping those stop words, two names match when they have as many words
// and each pair of words abbreviates one the other (or one word is two of
// the other written together: "Multicriteria", "Multi-Criteria").  "Part" or
// "Series" before a section letter is dropped ("Transp. Res. Part A",
// "TRANSPORT RES A-POL"); a last parenthesis ("Omega (Westport)") and a
// subtitle after a colon ("Physica A: Statistical Mechanics...") may be
// missing from the other name.  A small table holds what the rule cannot
// see: acronyms ("PNAS"), words ISO 4 abbreviates otherwise ("Jpn" for
// "Japanese"), titles whose abbreviation drops words.  And JabRef's lists
// (data/journal_abbrev_jabref.tsv) name more: the titles and abbreviations
// the rules do not match ("Bois For. Trop." for "Bois et Forêts des
// Tropiques": "For" is no stop word there).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace refnet {

// A journal name ready to compare: its significant words, folded, with the
// table applied.  Prepare each distinct name once: matching is then a few
// string comparisons.
struct JournalKey {
  std::vector<std::string> words;
  // Written in capitals and exactly 20 characters long: WoS's J9 form, which
  // may have lost trailing words.
  bool maybe_cut = false;
  // In capitals, 19 characters long, three words or more: J9 cut where the
  // 20th character was a space ("J LOSS PREVENT PROC"), when the other name
  // is not in capitals.
  bool cut_at_space = false;
  // Written in capitals (as WoS's J9 is).
  bool capitals = false;
  // In capitals with a hyphen ("OMEGA-INT J MANAGE S", "WATER-SUI",
  // "J AGR SCI-CAMBRIDGE"): the words before the last hyphen, which J9
  // follows with a subtitle, section or place another form of the name may
  // go without; 0 for any other name.
  std::size_t before_hyphen = 0;
  // The row of JabRef's lists (data/journal_abbrev_jabref.tsv, counted from
  // 1) whose title or abbreviation the name is, 0 when none: two names of
  // one row are one journal, whatever the rules say.
  std::uint32_t listed = 0;
  // The journal of the hand table's "~" lines (a journal under its former
  // and present titles: `Proceedings of the Royal Society of London. Series
  // B` and `... B: Biological Sciences`) whose titles the name matches by the
  // rules, counted from 1; 0 for none (or two).  Two names of one are one
  // journal: `Proc R Soc Lond B` is `P ROY SOC B-BIOL SCI`.
  std::uint32_t renamed = 0;
  // The words without a last parenthesis ("Omega (Westport)": omega), and
  // without that and a subtitle after a colon or a spaced dash ("Physica A:
  // Statistical Mechanics...": physica a); empty when the name has none:
  // the name a reference without them may give.
  std::vector<std::string> without_parenthesis, without_subtitle;
  // The words without a city written after the title ("J Zool Lond",
  // "Nature, Lond.", "Psyche Camb", WoS's "ANN BOT-LONDON"): the place
  // older citation styles and MEDLINE add to a title, which another form of
  // the name goes without ("J ZOOL", "NATURE"); empty when the name ends
  // with no such place.  Not a country: "Proc Natl Acad Sci India" is not
  // PNAS.
  std::vector<std::string> without_place;
  bool empty() const { return words.empty(); }
  // The words joined by single spaces, as the tables key a name.
  std::string text() const;
};

JournalKey journal_key(std::string_view name);

// Whether two prepared names can be the same journal.  An empty key matches
// nothing (say "unknown" yourself when a name is missing).
bool journals_match(const JournalKey& a, const JournalKey& b);
bool journals_match(std::string_view a, std::string_view b);

// Whether `abbrev` (folded) abbreviates `word` (folded) by ISO 4's rules:
// equal, a prefix of it ("inform", "information"), or a contraction of four
// letters or more keeping its first letters, then consonants in order, down
// to its last letter ("natl", "national"; "mgmt"; not "res" for "reviews"
// nor "economica" for "econometrica"); or the word of seven letters or more
// with one letter after the first left out ("muliple", "modeling").  A
// single letter abbreviates nothing but itself: "a" of "Phys Rev A" is a
// section, not "applied".
bool abbreviates(std::string_view abbrev, std::string_view word);

}  // namespace refnet
