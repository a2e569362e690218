// One work's creators as several sources write them, person by person: the
// merged view keeps one source's list (its persons, their order) and writes
// each person in the best form any source gives that person.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// Whether two creators are one person written two ways: the family names
// (particle included) the same after folding case, accents, hyphens and
// spaces, and the German and Nordic transliterations (`Muñoz-Laboy` /
// `Munoz-Laboy`, `Müller` / `Mueller` / `Muller`, `Strauß` / `Strauss`,
// `Møller` / `Moeller`, `Hößelbarth` / `Hoselbarth` / `Hosselbarth`: "ß"
// and "ss" are "s", as dedup's family_name_key writes them), and given
// names that agree word by word, a word agreeing with its initial (`Miguel` / `M.`, `Ethan Czuy` / `E.C.`,
// `M. Isabel` / `M.I.`; not `Yuming` / `Yue Leon`).  Two literal names
// (group authors) are one when their folded words are.
bool same_person(const Creator& a, const Creator& b);

// How many words of given names are written in full: "Carol L." 1, "Ethan
// Czuy" 2, "E.C.", "MJ", "Ch." 0.
std::size_t given_names_in_full(std::string_view given);

// Which creator of `other` stands for each creator of `list`: other[k] for
// list[k] when same_person says so, else none (SIZE_MAX).  Only lists that
// align are paired: the same number of creators, or one list the beginning
// of the other (a list cut short, a group author the other adds at its end)
// with every creator of the shorter one paired.  Otherwise none is.
std::vector<std::size_t> align_creators(const std::vector<Creator>& list, const std::vector<Creator>& other);

// Whether `longer` names more creators than `list` and begins with every one
// of them, person for person (a list cut short, "and others" aside; a group
// author MEDLINE adds at the end of the persons Scopus lists).
bool extends_creators(const std::vector<Creator>& longer, const std::vector<Creator>& list);

// `person` written in the best form of `forms` (each same_person with it):
// the family name (with its particle) spelled with diacritics over its ASCII
// transliteration, in mixed case over capitals, hyphens and apostrophes
// kept; the given names in full over initials (`Miguel` over `M.`, `Jia
// Coco` over `Jia C`), then with diacritics; a suffix, ORCID and
// affiliations the person lacks.  Ties keep `person`'s.  Returns whether
// anything changed.
bool complete_person(Creator& person, const std::vector<const Creator*>& forms);

}  // namespace refnet
