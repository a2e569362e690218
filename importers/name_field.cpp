// One name field of a tagged or XML export (name_field.hpp): the RIS
// reader's rules for a name or a list of names, shared with EndNote XML.
#include "name_field.hpp"

#include <algorithm>

#include "refnet/east_asian_names.hpp"
#include "refnet/names.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"
#include "ris_fields.hpp"
#include "scopus_fields.hpp"

namespace refnet {

namespace {
// What split_name_list joined ("Vernon, Julia R; G"), said.
std::string joined_initials_message(std::string_view label, const std::string& joined) {
  return std::string(label) + " '" + joined +
         "': initials alone after ';' are the rest of the given name before them, not a person: read as one name";
}
// "Lynne Stuart lstuart@usc.edu.au and Don Gorman" (the Indigenous Studies
// Portal's AU, typed by hand): an e-mail address among the words of a name
// field, bare or in brackets, is nobody's name.  The field without them;
// the addresses in `dropped`.
std::string without_email_addresses(std::string_view v, std::vector<std::string>& dropped) {
  std::string out;
  std::size_t i = 0;
  while (i < v.size()) {
    std::size_t e = v.find_first_of(" \t", i);
    if (e == std::string_view::npos) e = v.size();
    std::string_view word = v.substr(i, e - i);
    std::string_view core = word;
    while (!core.empty() && std::string_view("([<").find(core.front()) != std::string_view::npos) core.remove_prefix(1);
    while (!core.empty() && std::string_view(")]>,;").find(core.back()) != std::string_view::npos) core.remove_suffix(1);
    const std::size_t at = core.find('@');
    const bool address = at != std::string_view::npos && at > 0 && core.find('.', at) != std::string_view::npos &&
                         core.find('.', at) + 1 < core.size() && core.find('@', at + 1) == std::string_view::npos;
    if (address) {
      dropped.emplace_back(core);
      // What followed the address in its word (the ';' or ',' of a list) stays.
      const std::size_t tail = word.size() - (core.data() + core.size() - word.data());
      std::string_view rest = word.substr(word.size() - tail);
      while (!rest.empty() && std::string_view(")]>").find(rest.front()) != std::string_view::npos) rest.remove_prefix(1);
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += rest;
    } else {
      if (!out.empty() && out.back() != ' ' && !word.empty()) out += ' ';
      out += word;
    }
    i = e;
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
  }
  return std::string(trim(out));
}
}  // namespace

std::string add_name_list(std::string_view list, std::string_view label, std::size_t offset, Diagnostics& diags,
                          std::vector<Creator>& to, bool authors) {
  std::vector<std::string> joined;
  for (const std::string& n : split_name_list(list, &joined)) {
    if (is_et_al(n)) continue;
    Creator c = parse_ris_name(n);
    if (!c.empty()) to.push_back(std::move(c));
  }
  for (const std::string& j : joined) diags.warning(offset, joined_initials_message(label, j));
  return drop_anonymous_creators(to, label, diags, offset, authors);
}

namespace {

// A word of a person's name as people write it: a capital, then a small
// letter ("Anita", "Klaus-Dieter", "O'Sullivan", "Beißwenger"); not an
// acronym ("TECHNEAU", "WHO").
bool is_name_word(std::string_view w) {
  std::size_t i = 0;
  if (!is_upper_letter(next_utf8(w, i)) || i >= w.size()) return false;
  const char32_t second = next_utf8(w, i);
  return is_lower_letter(second) || (second == '\'' && i < w.size());
}

// The words of one person's name, or of its family or given part: one to
// four, each such a word, initials or a particle ("van", "de"), no
// organisation's word ("Institute"), no degree.
bool person_words(const std::vector<std::string_view>& w) {
  return !w.empty() && w.size() <= 4 && !is_corporate_name(w) && std::all_of(w.begin(), w.end(), [](std::string_view x) {
    return (is_name_word(x) || is_initials(x) || is_name_particle(x)) && !is_name_degree(x, false) &&
           !is_name_suffix(x);
  });
}

// A particle that starts a family name written first: lower case, or one
// of these capitalised ("Di Gennaro Roberta", "Van Hee Cynthia"; not "Du",
// "Da", "Das", "Le": Chinese, Indian, Vietnamese family names alone).
bool leading_particle(std::string_view x) {
  if (is_name_particle(x)) return true;
  for (std::string_view p : {"Van", "Von", "De", "Di", "Del", "Della", "Dos", "Der", "Den", "Ter", "Ten"})
    if (x == p) return true;
  return false;
}
bool elided(std::string_view x) {
  return x.find('\'') != std::string_view::npos || x.find("\u2019") != std::string_view::npos;
}

// The words of the family name that opens a name written family name first
// without a comma: particles and the word after them, and a particle inside
// it with the word after ("Scuderi Raffaele" 1, "van den Nouwelant Ryan" 3,
// "Teixeira da Silva Daniel" 3); 0 when nothing is left for a given name.
std::size_t family_name_words(const std::vector<std::string_view>& w) {
  std::size_t k = 0;
  while (k + 2 < w.size() && leading_particle(w[k])) ++k;
  ++k;
  while (k + 2 < w.size() && is_name_particle(w[k])) k += 2;
  return k < w.size() ? k : 0;
}

// How many words a name written family name first without a comma gives
// its family name ("Scuderi Raffaele" 1, "van den Nouwelant Ryan" and "Di
// Gennaro Roberta" 3, "Teixeira da Silva Daniel" 3), 0 where the name shows
// it is written given name first: an initial before the end ("C Andres
// Bedoya", "João F Guassi Moreira"), a particle or an elided word at the
// end ("Matteo Di Tullio", "Marco d'Errico", "Ann O'Leary"), a known given
// name first and none last ("Steven Sprick Schuster").
std::size_t family_words_first(const std::vector<std::string_view>& w) {
  if (w.size() < 2) return 0;
  std::size_t trailing = w.size();
  while (trailing > 1 && is_initials(w[trailing - 1])) --trailing;
  for (std::size_t i = 0; i < trailing; ++i)
    if (is_initials(w[i]) && w[i].size() <= 2) return 0;
  const std::string_view last = w[trailing - 1];
  if (trailing >= 2 && (leading_particle(w[trailing - 2]) || elided(last)) && !leading_particle(w[0]) &&
      !elided(w[0]))
    return 0;
  if (refparse::given_name_word(w[0]) && !refparse::given_name_word(last)) return 0;
  return family_name_words(w);
}

// "Jens Libbe", "Klaus-Dieter Beißwenger", "M. Angrick": given names or
// initials, then a family name ("Smith JA", "Lewis G. F." are the other way
// round; "Dr. Jens Libbe" is asked no further).
bool given_first_name(const std::vector<std::string_view>& w) {
  return w.size() >= 2 && person_words(w) && is_name_word(w.back()) && family_before_initials(w) == 0 &&
         leading_title_words(w) == 0;
}

// A person's name without a comma that may be written family name first:
// two to four words, two of them or more no initials ("Hui wang", "Jiang
// Wei", "Dal-Ré Rafael"), whose words do not show it written given name
// first (unmarked_name_order) and which family_words_first can read so.
bool maybe_family_first(std::string_view s) {
  return is_unmarked_person_name(s) && family_words_first(split_words(s)) > 0 && unmarked_name_order(s) >= 0;
}

bool same_person(const Creator& a, const Creator& b) {
  return a.family == b.family && a.given == b.given && a.particle == b.particle && a.literal == b.literal;
}

class NameFieldReader {
 public:
  NameFieldReader(const NameField& f, std::vector<Creator>& to, Diagnostics& diags)
      : f_(f), to_(to), diags_(diags), label_(f.label), offset_(f.offset) {}

  bool read() {
    std::string_view v = f_.value;
    std::string without_addresses;
    if (v.find('@') != std::string_view::npos) {
      std::vector<std::string> dropped;
      without_addresses = without_email_addresses(v, dropped);
      if (!dropped.empty() && !without_addresses.empty()) {
        for (const std::string& a : dropped)
          diags_.warning(offset_, label_ + " '" + std::string(v) + "': the e-mail address " + a +
                                       " is no part of a name: dropped");
        v = without_addresses;
      }
    }
    // "Smith, J.; Doe, K." in one AU line, as some exporters write it.
    if (v.find(';') != std::string::npos) {
      std::vector<std::string> joined;
      for (const std::string& n : split_name_list(v, &joined)) {
        // "Catherine Cook; Melanie MacKinnon; Marcia Anderson & Ian Whetter"
        // (the Indigenous Studies Portal): a piece of the list may join two
        // people by 'and' or '&', as a line of its own may.
        if ((n.find(" and ") != std::string::npos || n.find(" & ") != std::string::npos) && joined_people(n))
          continue;
        one(n);
      }
      for (const std::string& j : joined) diags_.warning(offset_, joined_initials_message(label_, j));
      return true;
    }
    // "Yoosofan, Ahmad: Ashrafi, Alireza" (a publisher's EndNote citation):
    // people written "Family, Given" joined by ": ", which no name holds.
    if (v.find(": ") != std::string::npos) {
      std::vector<std::string> people;
      for (std::size_t from = 0; from <= v.size();) {
        std::size_t at = v.find(": ", from);
        people.emplace_back(trim(v.substr(from, at == std::string_view::npos ? at : at - from)));
        from = at == std::string_view::npos ? v.size() + 1 : at + 2;
      }
      if (std::all_of(people.begin(), people.end(), [](const std::string& n) {
            std::size_t comma = n.find(',');
            return comma != std::string::npos && comma > 0 && n.find(',', comma + 1) == std::string::npos &&
                   !trim(std::string_view(n).substr(comma + 1)).empty();
          })) {
        diags_.warning(offset_, label_ + " holds " + std::to_string(people.size()) + " names joined by ': ' ('" +
                                     std::string(v) + "'): read as " + std::to_string(people.size()) + " people");
        for (const std::string& n : people) one(n);
        return true;
      }
    }
    if (v.find(" and ") != std::string_view::npos || v.find(" & ") != std::string_view::npos) {
      if (joined_people(v)) return true;
      // "Fischer, Anita, Rouault, Pascale, ... and Pawlowsky-Reusing, Erika",
      // "M. Angrick, A. Burger & H. Lehmann" (KWB's EndNote library): a list
      // whose last name is joined by 'and' or '&', read as the same list with
      // commas when it is a list of people; an organisation's 'and'
      // ("Department of Health and Human Services") leaves the field whole.
      std::string commas(v);
      for (std::string_view joiner : {" and ", " & "})
        for (std::size_t at = commas.find(joiner); at != std::string::npos; at = commas.find(joiner, at))
          commas.replace(at, joiner.size(), ", ");
      if (comma_list(std::move(commas), true)) return true;
    }
    return comma_list(std::string(v), false);
  }

 private:
  // "Clobert, J. and M. Baguette" (Mendeley's EndNote XML), "Smith, John &
  // Doe, Jane": two or more people joined by 'and' or '&', each written
  // "Family, Given" or without a comma, given name first or family name
  // then initials.  An organisation's 'and' ("Department of Health and Human
  // Services", "Johnson & Johnson") joins no such people.
  bool joined_people(std::string_view v) {
    std::vector<std::string_view> people;
    for (std::size_t from = 0;;) {
      std::size_t at = std::min(v.find(" and ", from), v.find(" & ", from));
      people.push_back(trim(v.substr(from, at == std::string_view::npos ? at : at - from)));
      if (at == std::string_view::npos) break;
      from = v.find(' ', at + 1) + 1;
    }
    if (people.size() < 2) return false;
    for (std::string_view p : people) {
      const std::size_t comma = p.find(',');
      if (comma == std::string_view::npos) {
        const std::vector<std::string_view> w = split_words(p);
        const std::size_t k = family_before_initials(w);
        if (!given_first_name(w) && !(k > 0 && k <= 4 && person_words(w))) return false;
        continue;
      }
      const std::vector<std::string_view> fam = split_words(p.substr(0, comma)), given = split_words(p.substr(comma + 1));
      if (p.find(',', comma + 1) != std::string_view::npos || !person_words(fam) || !person_words(given) ||
          is_initials(fam.front()))  // "M. Angrick, A. Burger & H. Lehmann": a list, read below
        return false;
    }
    diags_.warning(offset_, label_ + " holds " + std::to_string(people.size()) + " names joined by 'and' or '&' ('" +
                                std::string(v) + "'): read as " + std::to_string(people.size()) + " people");
    for (std::string_view p : people) one(p);
    return true;
  }

  const NameField& f_;
  std::vector<Creator>& to_;
  Diagnostics& diags_;
  const std::string label_;
  const std::size_t offset_;

  void one_name(std::string_view s) {
    // "Speelman, Stijn and" (CiteSource's WoS_early.ris, the last author of
    // 62 records): the "and" of a BibTeX list the names were cut from.
    if (s.size() > 4 && ends_with(s, " and") && s.find(',') != std::string_view::npos) {
      diags_.warning(offset_, label_ + " '" + std::string(s) +
                                   "': the 'and' left at its end by the list it was cut from is no part of the name: "
                                   "dropped");
      s = trim(s.substr(0, s.size() - 4));
    }
    // "et al." as a name (EndNote, hand-made lists): BibTeX's "and others".
    if (is_et_al(s)) {
      if (!to_.empty()) {
        Creator others;
        others.literal = "others";
        to_.push_back(std::move(others));
      }
      return;
    }
    // "Kompetenzzentrum Wasser Berlin," (EndNote's mark of an organisation);
    // "Fritz, Birgit," (a slip: the person).
    if (s.size() > 1 && s.back() == ',') {
      Creator c = endnote_name(s, label_, diags_, offset_);
      if (!c.empty()) to_.push_back(std::move(c));
      return;
    }
    NameGuess guess;
    Creator c = parse_ris_name(s, &guess);
    if (!guess.not_suffix.empty())
      diags_.warning(offset_, label_ + " '" + std::string(s) + "': '" + guess.not_suffix +
                                   "' after the given name is no suffix (Jr, III) nor a degree: kept as the suffix");
    // "Sudmeier-Rieux, Dr. Karen" (Lens): the title dropped is said.
    if (!guess.titles.empty()) {
      NameGuess titles;
      titles.titles = guess.titles;
      NameGuesses said;
      said.add(titles, label_, s, c, offset_);
      said.say(diags_);
    }
    // RefWorks writes "Last, First"; CNKI, Wanfang and VIP leave the comma
    // out and keep the order: "Sharma Ashutosh", "Zhang San".  ProQuest
    // leaves it out of some names, most of them family first too.
    if (f_.family_first_said && s.find(',') == std::string_view::npos) {
      std::vector<std::string_view> w = split_words(s);
      const std::size_t k = !f_.family_first_certain ? family_words_first(w)
                            : w.size() < 2 || is_corporate_name(w) ? 0
                                                                   : family_name_words(w);
      if (k > 0) {
        std::size_t cut = static_cast<std::size_t>(w[k - 1].data() + w[k - 1].size() - s.data());
        Creator ff = parse_ris_name(std::string(trim(s.substr(0, cut))) + ", " + std::string(trim(s.substr(cut))));
        if (ff.family != c.family || ff.given != c.given || ff.particle != c.particle || !c.literal.empty()) {
          if (!*f_.family_first_said)
            diags_.warning(offset_, "names without a comma are read family name first, as " +
                                         std::string(f_.family_first_source) + " writes them" +
                                         (f_.family_first_source == "CNKI" || f_.family_first_certain
                                              ? ""
                                              : " (where the name does not show its order, a guess)") +
                                         ": '" + std::string(s) + "' is " + ff.full_family() + ", " + ff.given +
                                         " (said once for the file)");
          *f_.family_first_said = true;
          c = std::move(ff);
        }
      }
    } else if (int shown = 0; f_.shown_family_first && c.literal.empty() && s.find(',') == std::string_view::npos &&
                              is_unmarked_person_name(s) && (shown = shows_family_first(s)) > 0) {
      // "Higuera-Cetina Carlos Iván" in a ProQuest file of "Family, Given"
      // names: its words show the order.
      const bool by_file = shown == 2;
      std::vector<std::string_view> w = split_words(s);
      const std::size_t k = family_words_first(w);
      if (k > 0) {
        std::size_t cut = static_cast<std::size_t>(w[k - 1].data() + w[k - 1].size() - s.data());
        Creator ff = parse_ris_name(std::string(trim(s.substr(0, cut))) + ", " + std::string(trim(s.substr(cut))));
        if (!ff.family.empty() && !same_person(ff, c)) {
          NameField::ShownFamilyFirst& n = *f_.shown_family_first;
          if (n.count++ == 0) {
            n.at = offset_;
            n.first = "'" + std::string(s) + "' is " + ff.full_family() + ", " + ff.given;
            n.first_by_file = by_file;
          }
          if (by_file) ++n.by_file;
          c = std::move(ff);
        }
      }
    } else if (f_.given_first_guess_said && !*f_.given_first_guess_said && c.literal.empty() &&
               s.find(',') == std::string_view::npos && maybe_family_first(s) &&
               !same_person(family_first_name(s), c)) {
      diags_.warning(offset_, "names without a comma are read given name first, as most sources write them (a "
                              "guess where the name does not show it): '" +
                                  std::string(s) + "' is " + c.full_family() + ", " + c.given +
                                  " (said once for the file)");
      *f_.given_first_guess_said = true;
    }
    if (!c.empty()) to_.push_back(std::move(c));
  }
  // A name without a comma whose words show it written family name first
  // (unmarked_name_order), the file's own given names counted as known
  // given names (NameField's file_given_words), and which
  // family_words_first can read so.
  // 1 where the known given names show it, 2 where a given name of the
  // file's does, else 0.
  int shows_family_first(std::string_view s) const {
    const std::vector<std::string_view> w = split_words(s);
    if (family_words_first(w) == 0) return 0;
    std::size_t trailing = w.size();
    while (trailing > 1 && is_initials(w[trailing - 1])) --trailing;
    // "Xiaoming Li", "Sipho Thomas": a common family name last shows no
    // order ("Thomas JA" its initials do).
    if (trailing == w.size() && common_family_word(w.back())) return 0;
    if (unmarked_name_order(s) > 0) return 1;
    if (unmarked_name_order(s) < 0 || !f_.file_given_words || w.size() < 2) return 0;
    auto given = [&](std::string_view x) {
      return refparse::given_name_word(x) || f_.file_given_words->count(std::string(x)) > 0;
    };
    return given(w[trailing - 1]) && !given(w[0]) ? 2 : 0;
  }
  // "Birgit Fritz et al.": the person, then "and others" (it was one literal
  // name, or "et al." in the given name).
  void one(std::string_view s) {
    std::string_view name = name_before_et_al(s, label_, diags_, offset_);
    if (name.size() == s.size()) return one_name(s);
    one_name(name);
    one_name("et al.");
  }

  // The list of names separated by commas (`joined`: 'and' and '&' were
  // taken for commas; then only a list of people is read, else false).
  bool comma_list(std::string v, bool joined) {
    // "Griffiths RR, Johnson MW, Richards WA" (Ovid's Cochrane CENTRAL): names
    // written family first with initials, the list separated by commas.  Only
    // when every piece has that shape: "Kelly, Anne, Jr" is one person.
    std::vector<std::string_view> pieces;
    for_each_list_item(v, ",", [&](std::string_view p) { pieces.push_back(p); });
    // "Smith J, Jones KL, et al.": the list, then "and others".
    const bool et_al = pieces.size() >= 2 && is_et_al(pieces.back());
    if (et_al) {
      pieces.pop_back();
      v.resize(v.rfind(','));
    }
    // MEDLINE gives some people four or five initials ("Coelho MSZS", "Ryti
    // NRI" passes already): among a list of such names, a piece ending in
    // four to six undotted capitals is one too, read as "Coelho, MSZS".
    auto packed = [](const std::vector<std::string_view>& w) {
      if (w.size() < 2 || w.size() > 4 || w.back().size() < 4 || !is_packed_initials(w.back())) return false;
      return std::none_of(w.begin(), w.end() - 1, [](std::string_view x) { return is_initials(x); });
    };
    // A list lower-cased whole ("kraehenmann r, preller kh, ...", colandr's
    // training data) has no capitals to tell initials by: a last word of one
    // to three letters after longer words is taken for them.
    const bool lower = std::none_of(v.begin(), v.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    auto lower_initials = [&](const std::vector<std::string_view>& w) {
      return lower && w.size() >= 2 && w.size() <= 4 && w.back().size() <= 3 &&
             std::all_of(w.back().begin(), w.back().end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
             std::all_of(w.begin(), w.end() - 1, [](std::string_view x) { return x.size() >= 2; });
    };
    std::vector<bool> long_initials(pieces.size(), false);
    std::size_t strict = 0, loose = 0;
    bool list = pieces.size() >= 2;
    for (std::size_t i = 0; list && i < pieces.size(); ++i) {
      std::vector<std::string_view> w = split_words(pieces[i]);
      std::size_t k = family_before_initials(w);
      if (k > 0 && k <= 4) ++strict;
      else if (lower_initials(w)) long_initials[i] = true, ++strict;
      else if (packed(w)) long_initials[i] = true, ++loose;
      else list = false;
    }
    if (list && loose > 0 && (strict < 2 || strict < 2 * loose)) list = false;
    // CNKI's "A1 郭一平,王亮", "A1 曾婷,刘玉兰,张成昱,赵熊" (most of its records
    // separate names with ';'): whole names in Han, kana or Hangul, one word
    // each, separated by commas are a list, not "Family, Given".
    if (pieces.size() >= 2 && std::all_of(pieces.begin(), pieces.end(), [](std::string_view p) {
          std::vector<std::string_view> w = split_words(p);
          return w.size() == 1 && is_cjk_word(w[0]);
        }))
      list = true;
    // "Smith, J., Jones, K. L.": people written family, initials, one after
    // the other.  A family name is no initials; the pieces between are.
    bool pairs = false;
    if (!list && pieces.size() >= 4 && pieces.size() % 2 == 0) {
      pairs = true;
      for (std::size_t i = 0; pairs && i < pieces.size(); i += 2) {
        std::vector<std::string_view> fam = split_words(pieces[i]), ini = split_words(pieces[i + 1]);
        pairs = !fam.empty() && !ini.empty() && !std::all_of(fam.begin(), fam.end(), [](std::string_view x) { return is_initials(x); }) &&
                std::all_of(ini.begin(), ini.end(), [](std::string_view x) { return is_initials(x); });
      }
    }
    // Joined by 'and' ("Fischer, Anita, ..., Van Assel, Johan and
    // Pawlowsky-Reusing, Erika"), the given names may be written out: every
    // piece the words of a person's name.
    bool given_names = false;
    if (!list && !pairs && joined && pieces.size() >= 4 && pieces.size() % 2 == 0)
      pairs = given_names = std::all_of(pieces.begin(), pieces.end(), [](std::string_view p) {
        return person_words(split_words(p));
      });
    const std::string and_said = joined ? ", 'and' or '&' read as a comma" : "";
    if (pairs) {
      diags_.warning(offset_, label_ + " holds " + std::to_string(pieces.size() / 2) + " names written family, " +
                                   (given_names ? "given" : "initials") + " ('" + std::string(pieces[0]) + ", " +
                                   std::string(pieces[1]) + ", ...'): read as " +
                                   std::to_string(pieces.size() / 2) + " people" + and_said);
      for (std::size_t i = 0; i < pieces.size(); i += 2) one(std::string(pieces[i]) + ", " + std::string(pieces[i + 1]));
      if (et_al) one("et al.");
      return true;
    }
    // "Fonseca C., Efraín R." (Dimensions) among other AU lines of one
    // person each: a family name with an abbreviated second part, then the
    // given name; a list on a line of its own stays a list.
    if (list && pieces.size() == 2 && v.find('.') != std::string::npos) {
      if (f_.siblings && !f_.siblings().empty()) list = false;
    }
    // "Teufel II, Ronald J" (WoS records as a tool wrote them to RIS) beside
    // lines of the same tag written "Last, First" ("van Kleef, Richard C",
    // whose pieces are no family name with initials): a family name and its
    // suffix II, III or IV, then the given name, one person as its neighbours
    // are, not "Teufel II" and "Ronald J".
    const auto generational = [](std::string_view p) {
      std::vector<std::string_view> w = split_words(p);
      return w.size() >= 2 && (w.back() == "II" || w.back() == "III" || w.back() == "IV");
    };
    if (list && pieces.size() == 2 && generational(pieces[0])) {
      for (std::string_view g : f_.siblings ? f_.siblings() : std::vector<std::string_view>()) {
        std::vector<std::string_view> other;
        for_each_list_item(g, ",", [&](std::string_view p) { other.push_back(p); });
        if (other.size() == 2 && std::any_of(other.begin(), other.end(), [](std::string_view p) {
              return family_before_initials(split_words(p)) == 0;
            })) {
          list = false;
          break;
        }
      }
    }
    // "Jens Libbe, Darla Nickel, Stephanie Bock, ..." (KWB's EndNote
    // library): names written given name first, separated by commas; three
    // at least (two joined by 'and'), each a person's name of two to four
    // words: "Rodríguez García, María José" and "Kelly, Anne, Jr" are one.
    if (!list && !pairs && pieces.size() >= (joined ? 2u : 3u) &&
        std::all_of(pieces.begin(), pieces.end(), [](std::string_view p) { return given_first_name(split_words(p)); })) {
      diags_.warning(offset_, label_ + " holds " + std::to_string(pieces.size()) +
                                   " names written given name first ('" + std::string(pieces[0]) + ", " +
                                   std::string(pieces[1]) + (pieces.size() > 2 ? ", ...'" : "'") + "): read as " +
                                   std::to_string(pieces.size()) + " people" + and_said);
      for (std::string_view p : pieces) one(p);
      if (et_al) one("et al.");
      return true;
    }
    // "Andrea Sterzuk, Russell Fayant" (the Indigenous Studies Portal, whose
    // names are typed given name first): in a file whose names without a
    // comma show given name first (NameField::file_given_first), two names
    // the first of which opens with a known given name and ends with none,
    // the second ending with no known given name either, are two people,
    // not "Family, Given".  A family name of two words before given names
    // ends them otherwise ("Vera Portilla, Angel Francisco", "Ochoa Amaya,
    // Juan Manuel" stay one), and where the file's names all have a comma
    // (Scopus's, WoS's "Abdul Rahman, Mohd Azlan") nothing is asked.
    if (f_.file_given_first && !list && !pairs && !joined && pieces.size() == 2) {
      const std::vector<std::string_view> first = split_words(pieces[0]), second = split_words(pieces[1]);
      if (given_first_name(first) && given_first_name(second) && unmarked_name_order(pieces[0]) < 0 &&
          !refparse::given_name_word(second.back())) {
        diags_.warning(offset_, label_ + " holds 2 names written given name first ('" + std::string(trim(v)) +
                                     "'), as this file writes its names: read as 2 people, not as one written family "
                                     "name first");
        for (std::string_view p : pieces) one(p);
        return true;
      }
    }
    if (joined && !list) return false;  // an organisation's 'and', or no list: read as written
    // "Khan A.U., Khan K.U., Dr., Atlas F., Dr." (Scopus's authors of
    // 2020-2023, a table's cell turned into one AU line): Scopus's reader
    // reads them, the titles dropped and said, a suffix given to the name
    // before it ("Ebron G.P., Jr.").
    if (std::vector<std::string> parts(pieces.begin(), pieces.end()); !list && scopus_comma_list(parts)) {
      std::vector<std::pair<std::string, std::string>> titles;
      std::vector<Creator> people = scopus_creators(v, false, nullptr, &titles);
      diags_.warning(offset_, label_ + " holds " + std::to_string(people.size()) +
                                   " names in Scopus's comma list ('" + std::string(pieces[0]) + ", " +
                                   std::string(pieces[1]) + ", ...'): read as " + std::to_string(people.size()) +
                                   " people");
      NameGuesses said;
      for (const auto& [written, title] : titles) {
        NameGuess g;
        g.titles = title;
        said.add(g, label_, written, Creator(), offset_);
      }
      said.say(diags_);
      for (Creator& c : people) to_.push_back(std::move(c));
      if (et_al) one("et al.");
      return true;
    }
    if (!list) {
      // APA PsycInfo via Ovid writes the authors of every work the article
      // cites in one A2, thousands of characters: "Achenbach, T., Rescorla,
      // L., Achenbach, Achenbach, T.M., ...".  One name has at most two
      // commas; five pieces and more, a third of them initials, are names
      // this field cannot tell apart.
      // A person keeps no comma once read ("Kelly, Anne, Jr", "Smith, John,
      // MD, MPH" lose theirs): one still in the name means a list this field
      // cannot tell apart ("Alles, Kaplan, Blofeld, Boisen, ...").
      NameGuess g;  // with it, titles and degrees are dropped
      Creator c = parse_ris_name(v, &g);
      const bool comma_left = c.literal.empty() && (c.family.find(',') != std::string::npos ||
                                                    c.given.find(',') != std::string::npos ||
                                                    c.suffix.find(',') != std::string::npos);
      // ProQuest's "Moore, Ami, PhD, MPH, CPH": one person and credentials,
      // however many pieces and capitals.
      const bool credentials = !g.titles.empty() && !comma_left;
      std::size_t initials = 0;
      for (std::string_view p : pieces) {
        std::vector<std::string_view> w = split_words(p);  // "T.M.", "S. R."
        initials += !w.empty() && std::all_of(w.begin(), w.end(), [](std::string_view x) { return is_initials(x); });
      }
      if (!credentials && pieces.size() >= 5 && initials * 3 >= pieces.size()) return false;
      if (pieces.size() >= 3 && comma_left) return false;
      one(v);
      if (et_al) one("et al.");
      return true;
    }
    diags_.warning(offset_, label_ + " holds " + std::to_string(pieces.size()) +
                                 " names separated by commas ('" + std::string(pieces[0]) + ", " +
                                 std::string(pieces[1]) + (pieces.size() > 2 ? ", ...'" : "'") +
                                 "): read as " + std::to_string(pieces.size()) + " people" + and_said);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      if (!long_initials[i]) {
        one(pieces[i]);
        continue;
      }
      std::string_view p = trim(pieces[i]);
      std::size_t cut = p.find_last_of(' ');
      one(std::string(trim(p.substr(0, cut))) + ", " + std::string(p.substr(cut + 1)));
    }
    if (et_al) one("et al.");
    return true;
  }
};

}  // namespace

bool read_name_field(const NameField& f, std::vector<Creator>& to, Diagnostics& diags) {
  return NameFieldReader(f, to, diags).read();
}

void keep_unread_names(Record& r, std::string_view label, std::string value, Diagnostics& diags, std::size_t offset) {
  diags.warning(offset, std::string(label) + " holds " + std::to_string(std::count(value.begin(), value.end(), ',') + 1) +
                            " comma-separated pieces, no name and no list of names ('" +
                            std::string(utf8_prefix(value, 40)) +
                            "...', the cited works' authors?): kept in extra, not read as creators");
  r.add_extra(std::string(label), std::move(value));
}

bool is_unmarked_person_name(std::string_view name) {
  const std::vector<std::string_view> w = split_words(name);
  const auto words = std::count_if(w.begin(), w.end(), [](std::string_view x) { return !is_initials(x); });
  return words >= 2 && person_words(w);
}

Creator family_first_name(std::string_view name, std::string_view family) {
  const std::string_view s = trim(name);
  const std::vector<std::string_view> w = split_words(s);
  if (w.size() < 2 || is_corporate_name(w)) return parse_ris_name(s);
  std::size_t k = 0;
  if (const std::vector<std::string_view> f = split_words(family);
      !f.empty() && f.size() < w.size() && std::equal(f.begin(), f.end(), w.begin()))
    k = f.size();
  // A known family that a particle continues is the start of it: EPPI's
  // ShortTitle "Teixeira (2021)" names "Teixeira da Silva Jaime A"'s first
  // word only (2 of its 385 items; the others "Teixeira da Silva (2016)").
  while (k > 0 && k + 2 < w.size() && is_name_particle(w[k])) k += 2;
  if (k == 0) k = family_name_words(w);
  if (k == 0) return parse_ris_name(s);
  const std::size_t cut = static_cast<std::size_t>(w[k - 1].data() + w[k - 1].size() - s.data());
  return parse_ris_name(std::string(s.substr(0, cut)) + ", " + std::string(trim(s.substr(cut))));
}

bool common_family_word(std::string_view w) {
  // Known given names (refparse::given_name_word) written as a family name
  // in real exports 10 times or more, and at least a fifth as often as a
  // given name: the "Family, Given" AU and A1 names of 330 RIS files
  // (../shared/corpora, /tmp/dedup65/data, fixtures/; 109,750 names):
  // Thomas 91 family, 102 given; Martin 87, 82; Nelson 51, 2; ...
  static const std::unordered_set<std::string_view> given_and_family = {
      "Abbas",  "Abdullah", "Adam",    "Alexander", "Ali",     "Amin",      "Anthony", "Anton",  "Aziz",    "Ben",
      "Bernard", "Bruce",   "Elias",   "Falk",      "Francis", "Frank",     "George",  "Gregory", "Henry",  "Herbert",
      "Hoang",  "Ibrahim",  "Ismail",  "Jacob",     "James",   "Joseph",    "Lawrence", "Lee",   "Leo",     "Leon",
      "Leonard", "Leslie",  "Lian",    "Lloyd",     "Luca",    "Lucas",     "Mahmoud", "Marin",  "Marino",  "Martin",
      "Medina", "Miguel",   "Morgan",  "Nelson",    "Oliver",  "Paul",      "Philip",  "Ray",    "Rosa",    "Roy",
      "Ryan",   "Samuel",   "Simon",   "Thomas",    "Valentine", "Vera",    "Vincent", "Walter", "Ward",    "Werner",
      "Yilmaz", "Yong"};
  return east_asian_family_name(w) || given_and_family.count(w) > 0;
}

int unmarked_name_order(std::string_view name) {
  if (name.find(',') != std::string_view::npos) return 0;
  const std::vector<std::string_view> w = split_words(name);
  if (w.size() < 2 || w.size() > 5) return 0;
  std::size_t trailing = w.size();
  while (trailing > 1 && is_initials(w[trailing - 1])) --trailing;
  if (is_initials(w[0])) return 0;
  const bool given_first = refparse::given_name_word(w[0]), given_last = refparse::given_name_word(w[trailing - 1]);
  if (given_first && !given_last) return -1;
  return trailing < w.size() || (given_last && !given_first) || leading_particle(w[0]) ? 1 : 0;
}

}  // namespace refnet
