// Personal names in the forms bibliographic sources write them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

// One BibTeX name, given raw (not LaTeX-decoded) so that brace groups such
// as "{Barnes and Noble}" and "{\"U}ber" keep their grouping; each part is
// LaTeX-decoded after the split.  Handles the three forms
//   First von Last / von Last, First / von Last, Jr, First
// and a wholly braced "{World Health Organization}" as a literal.
Creator parse_bibtex_name(std::string_view raw);
// Splits a BibTeX name list on " and " at brace depth 0 and parses each.
// "and others" becomes a literal "others" creator (exported back as is).
// biblatex's extended name format ("family=Rabble, given=Richard,
// prefix=von") is read too; its options ("useprefix=true", a list item
// "useprefix=false") are no part of a name: their text goes to `options`.
// The Cochrane Library's lists of "Family, Initials" separated by commas
// ("Rautiainen, R, Lehtola, MM, and Verbeek, JH") are read as the people
// they are; `comma_pairs` counts the people so read.  Scopus's "null" for
// missing initials ("Ramli null") is left out; `placeholders` counts them.
std::vector<Creator> parse_bibtex_names(std::string_view raw, std::vector<std::string>* options = nullptr,
                                        std::size_t* comma_pairs = nullptr, std::size_t* placeholders = nullptr);
// Web of Science's BibTeX writes its editors in one more pair of braces
// ("{Brafman, RI and Roberts, FS}"), which makes them one literal to BibTeX:
// what the braces hold when it is a list of "Family, Initials" (one name
// or more), else empty ("{Barnes and Noble}").
std::string_view braced_name_list(std::string_view raw);
// That "others" creator: the list goes on unnamed.
bool is_others(const Creator& c);

// What parse_ris_name decided that the name itself does not say: a name
// written given name first ("José Luis García Márquez") whose word before
// the last is a frequent Spanish surname is read with two surnames (family
// "García Márquez"); databases write such names both ways.
// A title before the name or a degree after it ("Prof. Dr.", "PhD", "MD,
// MPH") is dropped when a NameGuess is given, to be said; without one the
// name is read as written.
struct NameGuess {
  bool two_surnames = false;
  std::string titles;  // what was dropped: "Prof. Dr.", "MD, MPH"
  // "van, Ballegooijen M", "Del, Mistro A": a name in citation form cut
  // at its first space into "Family, Given" (bib-dedupe's tables), read as
  // "van Ballegooijen, M".
  bool particle_cut = false;
  // "Smith, John, Alireza": the third part, kept as the suffix, is none
  // (no Jr, III; a degree is dropped before): the caller says it.
  std::string not_suffix;
  // A bracket the name does not open or close, dropped ("WR Tobler]":
  // Google Scholar's names through Publish or Perish).
  std::string stray;
};

// "Family, Given", "Family, Given, Suffix", "Family G.", "Family GH" (PubMed
// and WoS initials), or a single word: the forms of RIS AU lines; and names
// written given name first ("Maxat Kassen", "G. Kalbe", "Mark Van Vugt").
// `guess`, when given, is told what was guessed.
Creator parse_ris_name(std::string_view s, NameGuess* guess = nullptr);
// A name in MEDLINE's citation form, family name then initials (MEDLINE's
// AU, PubMed's CSV): parse_ris_name, but a last word of four to six packed
// capitals is initials ("Silva EJNL"), where parse_ris_name reads a family
// name in capitals after a given name ("Maria COSTA").
Creator parse_citation_name(std::string_view s, NameGuess* guess = nullptr);
// A list of such names as PubMed's CSV ("Authors") and Europe PMC
// ("authorString") write it: ','-separated, a collective name after "; "
// ("Miles A; Anopheles gambiae 1000 Genomes Consortium, Lawniczak MKN."),
// the list ending with a period that is no part of the last name.  Each
// read by parse_citation_name; "et al" after a name (PubMed cut long lists
// so before 2020) is the literal "others".
std::vector<Creator> parse_citation_name_list(std::string_view list);
// A name from a source that writes every name given name first (Lens, IEEE,
// SpringerLink, OpenAlex display names, bylines): parse_ris_name, but a name
// in capitals without a comma or dots is given first too ("SEAN LEE",
// "KANG XIE"), where parse_ris_name reads WoS's "SMITH JA".
Creator parse_given_first_name(std::string_view s, NameGuess* guess = nullptr);

// A degree or fellowship written after a name ("PhD", "Ph.D.", "FRCP",
// "FACSM", "ChB", "B Arch"): no part of it.  With `after_given` (a family
// name and a given name stand before it: "Smith, John, MD", Ovid's
// "Peterson, James A. MPH") also those of two or three capitals that
// initials spell too ("MD", "MPH", "MA", "MB", "DO": "Anderson MD" is M. D.
// Anderson).  The one list of every reader that drops degrees.
bool is_name_degree(std::string_view word, bool after_given);

// How many words at the start of a name are titles ("Dr.", "Prof.", "Sir"):
// 2 for "Prof. Dr. Janusz Kacprzyk" and "Assoc. Prof. Ali Kaya".
std::size_t leading_title_words(const std::vector<std::string_view>& words);
// A title or degree alone, no name ("Dr.", "Prof. Dr.", "PhD"): what
// Scopus's comma lists cut off after a name ("Khan K.U., Dr., Atlas F.").
bool is_title_alone(std::string_view s);

// A structured name's given name that begins with titles ("Dr. Iram",
// CSL JSON, Zotero JSON and RDF, Crossref): the titles are dropped from
// c.given, and what the reader says of it returned: "WHO: a title is no part
// of a name: dropped 'Dr.' from 'Dr. Iram Khan'"; "" when there were none or
// nothing but titles ("Sir" alone stays).
std::string drop_given_titles(Creator& c, std::string_view who);

// The guesses of one file's names, said once a file: "12 names written given
// name first read with two Spanish surnames, the first 'José Luis García
// Márquez' (family 'García Márquez'): the source does not say which words
// are the family name".  For readers of given-first names (tables, Lens,
// IEEE, SpringerLink).
class NameGuesses {
 public:
  // `label` names the field ("Author/s"), `offset` the name's place.
  void add(const NameGuess& g, std::string_view label, std::string_view written, const Creator& c,
           std::size_t offset);
  // One warning per kind of guess, at the first name's offset; titles and
  // degrees dropped are a guess's kind too ("Authors: 23 names carried a
  // title or degree, dropped; the first: 'Prof.' from 'Prof. Rafik A. Aliev'").
  void say(Diagnostics& diags) const;
  // A value whose names were glued (split_glued_citation_names), split in `n`:
  // said once a file, with the first ("Author: 1731 values held names
  // glued without a separator, split at the dot of an initial before a
  // family name; the first 'Adeli K.Lewis G. F.' (2 names)").
  void add_glued(std::string_view label, std::string_view written, std::size_t n, std::size_t offset);

 private:
  std::size_t two_surnames_ = 0;
  std::size_t first_offset_ = 0;
  std::string label_, first_written_, first_family_;
  std::size_t titles_ = 0;
  std::size_t titles_offset_ = 0;
  std::string titles_label_, titles_written_, titles_dropped_;
  std::size_t stray_ = 0, stray_offset_ = 0;
  std::string stray_label_, stray_written_, stray_dropped_;
  std::size_t particle_cut_ = 0, particle_cut_offset_ = 0;
  std::string particle_cut_label_, particle_cut_written_;
  std::size_t glued_ = 0, glued_names_ = 0, glued_first_n_ = 0;
  std::size_t glued_offset_ = 0;
  std::string glued_label_, glued_written_;
};
// "et al.", "et al", "et. al.", "[et al.]" (any case, white space around):
// written where a name stands, the list goes on unnamed (BibTeX's "others").
bool is_et_al(std::string_view s);

// "Jr", "Jr.", "Sr", "II", "III", "IV", "2nd": a generation, written after
// a name.  Every reader asks this one rule for "Family Jr, Given" (Web of
// Science's AF "Silva Jr, Wilson", its BibTeX "Brooks III, Charles L.").
bool is_generation_suffix(std::string_view word);
// One capital letter, dotted or not ("I", "V", "K."): the initial Web of
// Science moves after a given name ("Hausladen, Carina, I"), no generation.
bool is_lone_initial(std::string_view w);

// "J", "JA", "J.-P.", "I.J.K.L.": a word of initials as PubMed, Web of
// Science, Scopus and Embase write given names.
bool is_initials(std::string_view word);
// "LFAM", "MSZS": up to six capitals without dots, as Web of Science and
// MEDLINE pack the initials of people with many given names (is_initials
// takes three undotted capitals at most: a fourth could be a family name in
// capitals, so only where the word's place says "initials" is this asked).
bool is_packed_initials(std::string_view word);
// A word all in Han, kana or Hangul, the scripts in which a name is written
// family name first ("山田 太郎", "김 철수"), a whole name often one word
// ("曾婷").
bool is_cjk_word(std::string_view word);
// Names in citation form glued without a separator, each initial's dot
// followed at once by the next family name: "Adeli K.Lewis G. F.",
// "Westergren H.El Hachmane M.", "Veltkamp R.de Gloria A." (ASySD's
// labelled sets, Scopus CSV's Editors).  The names, two or more, each
// family words then initials; empty when `s` is not that (a value with a
// ',', ';' or '|', one name, a dotted word of a name: "Schafer A.Th.",
// "Sessa B.St.J.", "St.John A.").
std::vector<std::string> split_glued_citation_names(std::string_view s);
// A ", " list whose pieces alternate a family name and its dotted initials,
// as Scopus's CSV wrote names until about 2019: "Aka, J., Ugaglia, A.A.,
// Lescot, J.-M." -> "Aka, J.", "Ugaglia, A.A.", "Lescot, J.-M." (a suffix
// after the initials stays with its name: "Thompson, F.R., III"; a family
// name Scopus left without initials is a name alone, "Family,"; fewer such
// than pairs).
// Empty when the pieces are not that shape: a piece that is a whole name
// ("Osei-Kyei R.", the later layout), initials without a dot or without a
// family name before them.
std::vector<std::string> pair_family_initials(const std::vector<std::string>& pieces);
// (SpringerLink glues names written given first, "Andy SmithTom Weber": its
// reader splits those at the capital after a small letter.)

// The names of a ';' list written in one field (an RIS AU line with several,
// ProQuest's "Author: Smith, John; Lee, Kim", NoteExpress), each trimmed,
// empty pieces left out.  A piece of initials alone after a name written
// "Family, Given" is the rest of that given name, not a person: ProQuest's
// "Vernon, Julia R; G" is "Vernon, Julia R G" (so MEDLINE and PsycINFO
// write her, Scopus "Vernon, J.R.G.").  It is joined to the name, and each
// value so read ("Vernon, Julia R; G") added to `joined`, for the reader to say.
std::vector<std::string> split_name_list(std::string_view list, std::vector<std::string>* joined = nullptr);

// "Lewis G. F.", "Kumar A.B.C.D.", "Smith JA", "van der Berg J.": family
// words, then only initials (names written without a comma by old Scopus
// RIS and BibTeX, Embase/Ovid, Medline).  The number of family words, or 0
// when `words` is not that shape (an initial first: "G. Kalbe").  Every
// reader uses this one rule.
std::size_t family_before_initials(const std::vector<std::string_view>& words);

// A family name written whole in one field ("van der Berg" in Zotero's
// lastName, a CSL family without its non-dropping-particle): its leading
// particles ("van der") go to c.particle, as parse_ris_name and the BibTeX
// von part put them, so that sorting, keys and the BibTeX export see "Berg".
// Only known particles move ("zhou wei", "de" alone stay whole); a creator
// with a particle already is left as it is.
void split_family_particle(Creator& c);

// A name given as a family name alone (CSL and Crossref "family" without
// "given", Zotero's lastName without firstName) that reads as an
// organisation ("World Health Organization", "National Opinion Research
// Center") becomes a literal, as every reader of a name in one field reads
// it.  One word ("NCSL", "Plato") stays a family name.  A group's noun as the
// family name and its name as the given name ("Collaboration", "DESI": Zotero's
// guess from "DESI Collaboration") is the group in written order
// (group_in_written_order).
void organisation_as_literal(Creator& c);

// A capital or small letter, ASCII and beyond: Latin-1, Latin Extended-A
// (capitals even, small letters odd, but for the shifted run 0139-0148 and
// 0179-017E), Greek and Cyrillic.  Enough for dotted initials: "Bauce É.",
// "Marini M.Â.", "Sólymos Pé.", "Procheş Ş.".
bool is_upper_letter(char32_t c);
bool is_lower_letter(char32_t c);

// "van", "de", "la", "dalla", "'t": a lower-case word that is a particle of
// a family name (the von part), as opposed to a lower-case given name
// ("sudhin jacob") or a word of an organisation's name ("at", "for").
bool is_name_particle(std::string_view word);
// A generation suffix: "Jr", "Jr.", "Sr.", "II", "III", "IV", "V", "2nd", "3rd".
bool is_name_suffix(std::string_view word);
// Words that make a comma-less name an organisation rather than a person:
// "Corporation", "University", "INST", a digit, '&', parentheses.
bool is_corporate_name(const std::vector<std::string_view>& words);
// A group's own noun ("Consortium", "Group", "Collaboration", "Investigators",
// any case): written alone before a comma ("Consortium, C. H. I."), it
// names the group, not a person's family name.
bool is_group_noun(std::string_view word);
// Such a noun as a family name, the group's own name as the given name
// ("Collaboration", "DESI"; "Consortium", "C. H. I."): the group in written
// order, "DESI Collaboration"; "" for any other name.
std::string group_in_written_order(std::string_view family, std::string_view given);

// Initials of a given name: "Jean-Paul Maxat" -> "J.-P. M." style is not
// needed; this gives the letters: "JPM".
std::string initials(std::string_view given);

// An ORCID iD bare and upper case: "https://orcid.org/0000-0002-1825-009x"
// -> "0000-0002-1825-009X".
std::string clean_orcid(std::string_view s);

// Two spellings of one author in one record ("Osei-Kyei, Robert" in WoS AF,
// "Osei Kyei, Robert" in its OI, "Xie B." in Scopus): the same family name
// when folded (case, accents, hyphens aside) and the same first initial when
// both give one.
bool same_family_and_initial(const Creator& a, const Creator& b);

// A database's placeholder for no author ("Anonymous" in ProQuest and Ovid
// MEDLINE, "[Anonymous]" in Web of Science, "Anon."): not a person.
bool is_anonymous_creator(const Creator& c);
// True, with a warning at `offset` when `c` is such a placeholder: for a reader that
// drops it while reading its names (Web of Science keeps AU/AF in step with C1).
// `placeholder` is given for a record's authors ("<label> 'Anonymous' is a
// placeholder for no author, not a person: kept as the work's author
// placeholder when no author is named"); when still empty it gets the
// placeholder as written, for keep_author_placeholder once the record's
// authors are all read.  Without it (editors): "... for no name, not a
// person: dropped".
bool said_anonymous(const Creator& c, std::string_view label, Diagnostics& diags, std::size_t offset,
                    std::string* placeholder = nullptr);
// Removes such placeholders from an importer's names, each said at `offset`
// as said_anonymous says it (`authors`: the list is the record's authors).
// `keep_literal`: a literal name ("{Anonymous}"
// braced in BibTeX) is the name the work is cited under, kept; WoS's
// "[Anonymous]" stays a placeholder.  Returns the first placeholder as
// written ("[Anonymous]") of an author list, "" when none or of editors.
std::string drop_anonymous_creators(std::vector<Creator>& names, std::string_view label, Diagnostics& diags,
                                    std::size_t offset, bool authors, bool keep_literal = false);
// A placeholder's text as the source wrote it: "[Anonymous]".
std::string anonymous_text(const Creator& c);
// The source's word that the work is unsigned ("[Anonymous]", dropped from
// its authors), kept in extra as "author-placeholder" when no author is left,
// so that the exporters write what bibtex and biber read for an unsigned work
// (author = {Anonymous}; biblatex's options = {useauthor=false}).
void keep_author_placeholder(Record& r, std::string placeholder);
// The one rule of every reader for a list of a record's names: its
// placeholders dropped (drop_anonymous_creators); when `names` is the record's
// authors, the first kept as its author-placeholder if no author is left
// (keep_author_placeholder).  A placeholder among editors is no unsigned work.
void drop_anonymous_names(Record& r, std::vector<Creator>& names, std::string_view label, Diagnostics& diags,
                          std::size_t offset, bool keep_literal = false);
// drop_anonymous_names on the record's authors.
void drop_anonymous_authors(Record& r, std::string_view label, Diagnostics& diags, std::size_t offset,
                            bool keep_literal = false);

}  // namespace refnet
