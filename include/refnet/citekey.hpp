// Citation keys: generated from a pattern, ASCII-folded, unique in a library.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "refnet/record.hpp"

namespace refnet {

// The default pattern: first author's family name, year, first
// non-stop-word of the title, all lower case: "kassen2018promoting".
inline constexpr std::string_view kDefaultKeyPattern = "[auth:lower][year][shorttitle:lower]";

// Expands a JabRef/Better-BibTeX-like pattern for a record.  The result is
// ASCII-folded ("ü"->"u", "ø"->"o", "ł"->"l", "ß"->"ss") with unsafe
// characters removed; it may be empty.  Throws std::invalid_argument for a
// pattern that does not parse, naming the offending part.
std::string expand_key_pattern(std::string_view pattern, const Record& r);

// True when a library key can be `key` as it is: ASCII letters, digits and
// _ : . - only, a letter, digit or _ at each end.  Any other key a source
// brings (a DOI as ACM and PLOS write them, non-ASCII) is replaced.
bool is_safe_key(std::string_view key);

// True when `key` is one refnet made for `source` (a record as imported) and
// no person or database gave: the default pattern's key with a suffix a, b,
// ... (the pattern's key was taken), or the pattern's key itself when the
// source is of a format whose records carry no key of their own (RIS without
// ID, Web of Science...): a .bib's or CSL-JSON's key that equals the pattern
// (Google Scholar's keys do) is the user's.
bool made_up_key(std::string_view key, const Record& source);

// Hands out keys that are unique among `taken` (which it extends): the
// candidate itself, else candidate+"a", "b", ... "z", "aa", ...
// Uniqueness ignores ASCII case: BibTeX and biber compare keys without
// case ("Repeated entry" for He1981 beside he1981).
class KeyAssigner {
 public:
  explicit KeyAssigner(const std::unordered_set<std::string>& taken,
                       std::string pattern = std::string(kDefaultKeyPattern));
  // A key that came with the record (BibTeX) is kept when it is safe, free
  // and chosen by a person (not a hex hash or a bare number); otherwise one
  // is generated from the pattern.
  std::string assign(const Record& r);
  // Generates from the pattern, ignoring any key the record has.
  std::string generate(const Record& r);

  // assign() in two halves, so that the costly half (expanding the pattern)
  // can run on another thread, ahead of the half that needs the set of
  // taken keys.  propose() is const and needs no taken set: the record's own
  // key when a person chose it, else the pattern's expansion.
  struct Proposal {
    std::string key;
    bool own = false;  // the record's own key; the pattern was not expanded
  };
  Proposal propose(const Record& r) const;
  // What assign(r) returns, given propose(r).
  std::string assign(const Record& r, const Proposal& p);
  // Reserve a key already in use.
  void take(const std::string& key) { taken_.insert(folded(key)); }
  void release(const std::string& key) { taken_.erase(folded(key)); }
  // Reserve `key` if it is free; false when it is taken.
  bool claim(const std::string& key) { return taken_.insert(folded(key)).second; }

 private:
  static std::string folded(std::string_view key);
  std::string unique(std::string candidate);
  std::unordered_set<std::string> taken_;  // lower case
  std::string pattern_;
};

}  // namespace refnet
