// One name field as reference managers' tagged and XML exports write it: a
// person, an organisation, or a list of people typed into one field (RIS
// AU/A2 lines, EndNote's tagged %A and its XML <author>).  The RIS reader
// and the EndNote XML reader read such a field with this one function.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

struct NameField {
  std::string_view value;
  std::string_view label;  // what diagnostics call the field: "AU", "author"
  std::size_t offset = 0;  // where they point
  // The record's other values of the same field (other AU lines, other
  // <author> elements of the role): "Fonseca C., Efraín R." beside others is
  // one person, alone a list of two.  Asked only for such rare shapes (a
  // record may have thousands of AU lines).
  std::function<std::vector<std::string_view>()> siblings;
  // CNKI's and ProQuest's names without a comma are family name first (the
  // RIS reader of such a file passes its flag, said once a file); nullptr:
  // given first.
  bool* family_first_said = nullptr;
  // Who writes them so, for what is said: "CNKI", "ProQuest" (whose order
  // is a guess where the name does not show it), "EPPI-Reviewer", "this
  // file" (whose names that show their order show family first).
  std::string_view family_first_source = "CNKI";
  // The source writes every name family name first, whatever its words
  // show ("Steen R Grant", EPPI-Reviewer): none is read given first.
  bool family_first_certain = false;
  // Names without a comma read given name first where they show no order
  // ("Hui wang", "Jiang Wei"): said once a file with this flag; nullptr
  // where the reader does not say it.
  bool* given_first_guess_said = nullptr;
  // The file writes its names without a comma given name first (the RIS
  // reader's vote on the names that show their order): there two names
  // separated by a comma, each given name first ("Andrea Sterzuk, Russell
  // Fayant"), are two people, not "Family, Given".
  bool file_given_first = false;
  // ProQuest's names without a comma where its file does not show them
  // family name first (its vote ties or goes the other way): a name whose
  // own words show family name first (unmarked_name_order: a known given
  // name last, none first, and no common family name last; initials last)
  // is read so, counted here (the reader says them once a file); nullptr
  // elsewhere.
  struct ShownFamilyFirst {
    std::size_t count = 0;    // names read so
    std::size_t by_file = 0;  // of them, by a given name of the file's (file_given_words)
    std::size_t at = 0;       // the first's offset
    std::string first;        // "'Higuera-Cetina Carlos Iván' is Higuera-Cetina, Carlos Iván"
    bool first_by_file = false;
  };
  ShownFamilyFirst* shown_family_first = nullptr;
  // With it, the given names of the file's "Family, Given" names
  // ("Lozada-Martínez, Iván David": "Iván", "David") show a name's order as
  // the known given names do ("Higuera-Cetina Carlos Iván"): no word the
  // file also writes as a family name, no common family name
  // (common_family_word).
  const std::unordered_set<std::string>* file_given_words = nullptr;
};

// Reads the names of `f` into `to`, each said where it was guessed: a ';'
// list, people joined by ': ', comma lists of names written family then
// initials ("Griffiths RR, Johnson MW"), family and initials in turn
// ("Smith, J., Jones, K. L."), given name first ("Jens Libbe, Darla Nickel,
// Stephanie Bock"), the last joined by 'and' or '&' ("Fischer, Anita, ...
// and Pawlowsky-Reusing, Erika", "M. Angrick, A. Burger & H. Lehmann"),
// Scopus's comma list, EndNote's trailing comma of an organisation, "et
// al.".  False when the field is no name and no list of names this can tell
// apart (Ovid's list of the cited works' authors): nothing added, the
// caller keeps the value (keep_unread_names).
bool read_name_field(const NameField& f, std::vector<Creator>& to, Diagnostics& diags);

// A name field read_name_field could not read: kept in r's extra under
// `label`, and said at `offset`.
void keep_unread_names(Record& r, std::string_view label, std::string value, Diagnostics& diags, std::size_t offset);

// The order a name written without a comma shows by the words that name
// its parts, which the names of one source written so share: 1 family name
// first (initials last, "Hashim Intan H M"; a particle first, "Di Gennaro
// Roberta"; a known given name last, "Amano Takashi"), -1 given name first
// (a known given name first, "Steven Sprick Schuster"), 0 neither
// ("Scuderi Raffaele"; "R Noah Padgett" and "Ann O'Leary" show their own
// order, not their source's).
int unmarked_name_order(std::string_view name);
// A word that is a common family name, so that a name ending with it shows
// no order by it: the commonest Chinese and Korean family names ("Xiaoming
// Li") and the known given names (refparse::given_name_word) that real
// exports write as family names as well ("Sipho Thomas").
bool common_family_word(std::string_view w);
// A name without a comma that can vote on its file's order: a person's
// words (no organisation's, "AUSTRALASIAN INST MIN & MET"), two of them or
// more no initials ("Auer M.E." is family first everywhere).
bool is_unmarked_person_name(std::string_view name);

// A name its source writes family name first without a comma, whatever its
// words show ("Dal-Ré Rafael", "Steen R Grant", "Teixeira da Silva Jaime A",
// "van Eck Nees Jan": EPPI-Reviewer's every name): the family name is
// `family` where the name opens with its words (EPPI's short title "Teixeira
// da Silva (2016)" names the first author's), else its particles and the
// word after them.  One word, or an organisation's name, as parse_ris_name
// reads it.
Creator family_first_name(std::string_view name, std::string_view family = {});

}  // namespace refnet
