// Web of Science tagged ("Plain text", savedrecs.txt, .ciw) importer.
//
//   FN Clarivate Analytics Web of Science      file header (or "Thomson Reuters
//   VR 1.0                                      Web of Knowledge", or none)
//   PT J                                       a record opens at PT
//   AU Osei-Kyei, R                             two-letter tag, a space, value
//      Tam, V                                   three spaces: the next line of it
//   ...
//   ER                                          the record ends
//   EF                                          the file ends
//
// Two layers, as in ris.cpp: the lexer cuts the text into records of raw
// fields (tag, lines as string_views into the input), the builder maps one
// record to a Record.  Lists (AU, AF, CR, C1) have one item a line; every
// other field is one value wrapped over lines, joined with a space, except
// the abstract (AB), whose line breaks are paragraphs.
//
// Mapping rules (the tags the Record has no slot for go to `extra` under their
// tag, verbatim, in order):
// - AF (full names) is preferred to AU (initials) when both list the same
//   number of authors; CA (group authors) follow as literal authors.  GP, the
//   group author of the book or proceedings ("IEEE" on every paper of a
//   conference), is not the paper's author and stays in extra.  BE (book
//   editors: the editors of the book or proceedings) are the editors.
// - C1 "[Family, Given; Family, Given] Address" gives each named author that
//   affiliation; an address without brackets belongs to the only author, else
//   it stays in extra as C1.  OI "Family, Given/0000-0002-...; ..." gives
//   ORCIDs to the authors it names; entries naming no author stay in extra.
// - DE (author keywords) are the keywords, the terms networks use by default;
//   ID (Keywords Plus, WoS's own index terms) stays apart, in extra as ID.
// - SO is the container, JI (ISO abbreviation) the short title; J9 (the
//   29-character abbreviation the CR lines use) stays in extra.
// - PT and DT give the type and are also kept (DT says "Review", "Early
//   Access"); PY and PD the date, else EA (Early Access: "MAY 2021", kept
//   too); BP-EP the pages, AR the article number; SN and EI the ISSNs,
//   BN the ISBNs; PU and PI the publisher and its city; UT the accession
//   number (WOS:..., MEDLINE:...); PM, or the UT of a MEDLINE record, the PMID.
// - CR lines are cited references (reference_strings.hpp).
#include <algorithm>
#include <cstring>
#include <iterator>
#include <utility>

#include "left_references.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"
#include "ris_fields.hpp"
#include "spreadsheet_pages.hpp"
#include "wos_fields.hpp"

namespace refnet {

namespace {

constexpr std::uint16_t tag_code(char a, char b) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(a) << 8) | static_cast<unsigned char>(b));
}
constexpr std::uint16_t T(const char (&s)[3]) { return tag_code(s[0], s[1]); }

inline bool tag_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// "XY value" or a bare "XY" (ER, EF): a WoS tag line.
bool is_tag_line(std::string_view line) {
  return line.size() >= 2 && line[0] >= 'A' && line[0] <= 'Z' && tag_char(line[1]) &&
         (line.size() == 2 || line[2] == ' ');
}

struct RawField {
  std::uint16_t tag;
  std::size_t offset;                   // of the tag
  std::uint32_t first, last;            // RawRecord::lines[first, last)
};

struct RawRecord {
  std::size_t begin = 0, end = 0;       // byte range, PT to ER
  std::uint32_t line = 0;               // 1-based line of PT
  std::vector<RawField> fields;
  std::vector<std::string_view> lines;  // every value line, trimmed
  void clear() {
    fields.clear();
    lines.clear();
  }
};

std::string tag_name(std::uint16_t t) { return std::string{char(t >> 8), char(t & 0xff)}; }

}  // namespace


bool read_pd(std::string_view pd, Date& d) {
  bool all = true;
  for (std::string_view w : split_words(pd)) {
    bool digits = std::all_of(w.begin(), w.end(), is_digit);
    if (digits && w.size() == 4) {
      if (d.year == 0) d.year = std::stoi(std::string(w));
      else all = all && d.year == std::stoi(std::string(w));
    } else if (digits && w.size() <= 2 && d.month && !d.day) {
      d.day = std::stoi(std::string(w));
    } else if (int m = digits && w.size() <= 2 && w.size() == trim(pd).size() ? std::stoi(std::string(w)) : 0;
               m >= 1 && m <= 12 && !d.month && d.text.empty()) {
      // SciELO Citation Index writes the month alone, as its number ("PD
      // 06"; 43 of 58 records of a tab-delimited export): it was no date,
      // kept in extra.
      d.month = m;
    } else if (int sc = wos_season(w); sc && !d.month && d.text.empty()) {
      d.text = std::string(season_name(sc));
    } else if (int a = 0, b = 0; w.size() == 7 && w[3] == '-' && (a = month_from_prefix(w.substr(0, 3))) &&
                                 (b = month_from_prefix(w.substr(4))) > a && !d.month && !d.is_range()) {
      // "OCT-DEC": the issue's months, a range within its year (as WoS's
      // BibTeX month "OCT-DEC" is read); the year may come after (PY).
      d.month = a;
      d.end_month = b;
    } else if (int m = w.size() <= 9 ? month_from_abbreviation(w) : 0; m && !d.month) {
      d.month = m;
      if (w.size() != 3) all = false;  // "JAN-FEB", "Sept"
    } else {
      all = false;
    }
  }
  if (d.end_month && !d.end_year) d.end_year = d.year;  // 0 until the year is known
  return all;
}

void date_derwent_patent(std::string_view accession, Record& r, Diagnostics& diags, std::size_t offset) {
  accession = trim(accession);
  if (r.issued.year || !istarts_with(accession, "DIIDW:")) return;
  std::string_view number = trim(accession.substr(6));
  if (number.size() < 8 || !std::all_of(number.begin(), number.begin() + 4, is_digit)) return;
  const int year = std::stoi(std::string(number.substr(0, 4)));
  if (year < 1963 || year > 2100) return;  // the index began in 1963
  r.issued.year = year;
  diags.warning(offset, "Derwent patent without a date: dated " + std::to_string(year) + " by its accession number " +
                            std::string(accession) + " (the year it entered the Derwent Innovations Index)");
}

namespace {

// Derwent's PD: "CN209618737-U   12 Nov 2019   B66C-023/62   201989   Pages: 5
// Chinese", parts three spaces apart: the date and the language.
void derwent_pd(std::string_view pd, Record& r) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    std::size_t gap = pd.find("   ", start);
    std::string_view part = trim(pd.substr(start, gap == std::string_view::npos ? gap : gap - start));
    if (!part.empty()) parts.push_back(part);
    if (gap == std::string_view::npos) break;
    start = gap + 3;
  }
  for (std::size_t i = 1; i < parts.size() && !r.issued.year; ++i)
    if (Date d = parse_ris_date(parts[i]); d.year && d.month && d.text.empty()) r.issued = d;
  if (parts.size() > 2 && r.language.empty() && std::all_of(parts.back().begin(), parts.back().end(), is_alpha))
    r.language = std::string(parts.back());
}

// The CSL type of PT (J journal, B book, S series, P patent, C conference)
// and DT ("Article; Proceedings Paper", "Book Chapter", "Review").
std::string wos_type(std::string_view pt, std::string_view dt) {
  bool chapter = false, book = false, conference = false, dataset = false;
  for_each_list_item(dt, ";", [&](std::string_view t) {  // one pass, not one a question
    chapter = chapter || iequals(t, "Book Chapter");
    book = book || iequals(t, "Book");
    conference = conference || iequals(t, "Proceedings Paper") || iequals(t, "Meeting Abstract");
    dataset = dataset || iequals(t, "Data Paper") || iequals(t, "Data Set");
  });
  if (chapter) return "chapter";
  if (book) return "book";
  // A proceedings paper is one also where the proceedings are a book (PT B:
  // the Conference Proceedings Citation Index's "ICERI 2013" volume).
  if (conference) return "paper-conference";
  if (pt == "B") return "book";
  if (pt == "C") return "paper-conference";
  if (pt == "P") return "patent";
  if (dataset) return "dataset";
  return "article-journal";
}

// "Family, Given" of an AF/AU line compared with a name inside C1's brackets
// or before an OI slash: equal when folded, or the same family with the same
// first initial.  Case, accents and hyphens do not count.
bool same_person(const Creator& c, std::string_view written, std::string_view name) {
  if (fold_words(written) == fold_words(name)) return true;  // "Osei Kyei" is "Osei-Kyei"
  return same_family_and_initial(c, parse_ris_name(name));
}

// The author a C1 or OI name stands for: the one written the same way (C1
// repeats AF word for word), else the first same_person() accepts, else a
// group author (CA) of that name, skipping
// authors that already have an ORCID when `orcid` is set; npos when none.
std::size_t find_author(const Record& r, const std::vector<std::string_view>& written, std::string_view name,
                        bool orcid) {
  const std::size_t n = std::min(r.authors.size(), written.size());
  for (std::size_t a = 0; a < n; ++a)
    if (written[a] == name && !(orcid && !r.authors[a].orcid.empty())) return a;
  for (std::size_t a = 0; a < n; ++a)
    if (!(orcid && !r.authors[a].orcid.empty()) && same_person(r.authors[a], written[a], name)) return a;
  // A group author (CA) named in C1: "[ATLAS Collaboration] CERN, ...".
  for (std::size_t a = n; a < r.authors.size(); ++a)
    if (r.authors[a].is_literal() && fold_words(r.authors[a].literal) == fold_words(name)) return a;
  return std::string_view::npos;
}

// Iberian given names that are no family name, the words Web of Science's
// AF puts in front of a family name when a person has two given names
// (decolonizing-expertise's 'Manuel Serrano, Jose', merge-systematic-review's
// 'Raquel Badillo, Erika').  Given names that are family names too (Martin,
// Leon, Vicente, Montes...) are left out.
bool is_given_name_only(std::string_view w) {
  static constexpr std::string_view kGiven[] = {
      "jose", "juan", "maria", "ana", "raquel", "manuel", "luis", "carlos", "javier", "jorge", "francisco",
      "alejandro", "eduardo", "ignacio", "antonio", "miguel", "fernando", "sergio", "andres", "pablo", "pedro",
      "alberto", "roberto", "patricia", "isabel", "lucia", "laura", "elena", "teresa", "beatriz", "andrea", "erika"};
  if (w.find(' ') != std::string_view::npos) return false;
  const std::string f = ascii_lower(ascii_fold(w));
  return std::find(std::begin(kGiven), std::end(kGiven), f) != std::end(kGiven);
}

// AF 'Kuen-Hung, Tsai' beside AU 'Tsai, H': AF wrote the given name where the
// family goes and the family last.  Returns the name as AU reads it
// ('Tsai, Kuen-Hung'), else "".
std::string af_swapped(std::string_view af, std::string_view au) {
  const std::size_t ac = af.find(','), uc = au.find(',');
  if (ac == std::string_view::npos || uc == std::string_view::npos || af.find(',', ac + 1) != std::string_view::npos)
    return {};
  const std::string_view family = trim(af.substr(0, ac)), given = trim(af.substr(ac + 1));
  const std::string_view au_family = trim(au.substr(0, uc));
  if (given.empty() || given.find(' ') != std::string_view::npos || fold_words(given) != fold_words(au_family) ||
      fold_words(family) == fold_words(au_family))
    return {};
  return std::string(given) + ", " + std::string(family);
}

// AF 'Line Vazquez-Larios, Ana' beside AU 'Vazquez-Larios, AL' (the paper
// thanks 'ALV-L'): AF moved a given name into a hyphenated family name, which
// AU's initials list after the given names' ('Jacob Cristobal-Perez, Edson',
// AU 'Cristobal-Perez, EJ').  Returns the name as AU reads it ('Vazquez-Larios,
// Ana Line') and the words moved ('Line'), else "".  An unhyphenated family
// stays as AF writes it, 'Montes Escobar, Karime' (AU 'Escobar, KM') a
// double family name, unless the word moved is a given name and no family
// name ('Manuel Serrano, Jose', AU 'Serrano, JM'; 'Raquel Badillo, Erika').
std::pair<std::string, std::string> af_given_back(std::string_view af, std::string_view au) {
  const std::size_t ac = af.find(','), uc = au.find(',');
  if (ac == std::string_view::npos || uc == std::string_view::npos || af.find(',', ac + 1) != std::string_view::npos)
    return {};
  const std::string_view family = trim(af.substr(0, ac)), given = trim(af.substr(ac + 1));
  const std::string_view au_family = trim(au.substr(0, uc)), initials = trim(au.substr(uc + 1));
  if (given.empty() || au_family.find(' ') != std::string_view::npos || family.size() < au_family.size() + 2 ||
      family[family.size() - au_family.size() - 1] != ' ')
    return {};
  const std::string_view kept = family.substr(family.size() - au_family.size());
  const std::string_view moved = trim(family.substr(0, family.size() - au_family.size()));
  if (fold_words(kept) != fold_words(au_family)) return {};
  if (au_family.find('-') == std::string_view::npos && !is_given_name_only(moved)) return {};
  // AU's initials: the given names' first letters, then the moved words' first.
  const std::string given_ascii = ascii_fold(std::string(given)), moved_ascii = ascii_fold(std::string(moved));
  std::string expected, written;
  for (std::string_view w : split_words(given_ascii)) expected += to_upper(w[0]);
  expected += to_upper(moved_ascii[0]);
  for (char c : initials)
    if (is_alpha(c)) written += to_upper(c);
  if (written.compare(0, expected.size(), expected) != 0) return {};
  return {std::string(kept) + ", " + std::string(given) + " " + std::string(moved), std::string(moved)};
}

// AF 'Stenko, D., V' beside AU 'Stenko, DV' (and 'Atsani, S., I', AU
// 'Atsani, SI'): AF wrote the last initial where a suffix goes, and it read
// as "the fifth" (or "the first").  When AU's initials end with that letter
// it is the given name's.  Returns the name as AU reads it ('Stenko, D. V.')
// and the letter, else "".
std::pair<std::string, std::string> af_initial_as_suffix(std::string_view af, std::string_view au) {
  const std::size_t ac = af.find(','), uc = au.find(',');
  if (ac == std::string_view::npos || uc == std::string_view::npos) return {};
  const std::size_t sc = af.find(',', ac + 1);
  if (sc == std::string_view::npos || af.find(',', sc + 1) != std::string_view::npos) return {};
  const std::string_view family = trim(af.substr(0, ac)), given = trim(af.substr(ac + 1, sc - ac - 1));
  const std::string_view letter = trim(af.substr(sc + 1)), initials = trim(au.substr(uc + 1));
  if (letter != "V" && letter != "I") return {};
  if (given.empty() || fold_words(family) != fold_words(trim(au.substr(0, uc))) || initials.size() < 2 ||
      !std::all_of(initials.begin(), initials.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
      initials.back() != letter[0])
    return {};
  return {std::string(family) + ", " + std::string(given) + " " + std::string(letter) + ".", std::string(letter)};
}

class Builder {
 public:
  // `extras` holds, while a record is built, the values that go to its
  // extra (a buffer the parser keeps from record to record).
  using Extras = std::vector<std::pair<std::uint16_t, std::string>>;
  Builder(std::string_view text, const RawRecord& rec, Diagnostics& diags, WosSaid& said, Extras& extras)
      : text_(text), rec_(rec), diags_(diags), said_(said), extras_(extras) {}
  // Fills `r`, whose `references` may hold the references of an earlier
  // record: they are parsed over in order (their strings' buffers kept), and
  // references() says how many this record has; the rest are not its own.
  bool build(Record& r);
  std::size_t references() const { return references_; }

 private:
  std::string_view text_;
  const RawRecord& rec_;
  Diagnostics& diags_;
  WosSaid& said_;
  Extras& extras_;  // tag, value: in the order of the fields, moved to r.extra at the end (allocated once)
  std::size_t references_ = 0;
  bool said_family_first_ = false;  // an AU name without a comma read family first: said once a record

  // The lines of a field joined: with '\n' (paragraphs, lists) or a space.
  std::string joined(const RawField& f, char sep) const {
    std::string v;
    for (std::uint32_t i = f.first; i < f.last; ++i) {
      if (i > f.first) v.push_back(sep);
      v.append(rec_.lines[i]);
    }
    return v;
  }
  void extra(Record&, const RawField& f, char sep = ' ') {
    std::string v = joined(f, sep);
    if (!v.empty()) extras_.emplace_back(f.tag, std::move(v));
  }
  void affiliations(Record& r, const RawField& f, const std::vector<std::string_view>& written);
  void orcids(Record& r, const RawField& f, const std::vector<std::string_view>& written);
};

void Builder::affiliations(Record& r, const RawField& f, const std::vector<std::string_view>& written) {
  std::string kept;
  for (std::uint32_t i = f.first; i < f.last; ++i) {
    std::string_view line = rec_.lines[i];
    std::size_t close = line.find(']');
    if (line.empty() || line[0] != '[' || close == std::string_view::npos) {
      if (r.authors.size() == 1) r.authors[0].affiliations.emplace_back(line);
      else kept += (kept.empty() ? "" : "\n") + std::string(line);
      continue;
    }
    std::string_view address = trim(line.substr(close + 1));
    bool all_found = true;
    for_each_list_item(line.substr(1, close - 1), ";", [&](std::string_view name) {
      std::size_t a = find_author(r, written, name, false);
      if (a != std::string_view::npos) r.authors[a].affiliations.emplace_back(address);
      all_found = all_found && a != std::string_view::npos;
    });
    if (!all_found) {
      diags_.warning(f.offset, "C1 names an author the record does not list; the address is kept in extra: " +
                                   std::string(line));
      kept += (kept.empty() ? "" : "\n") + std::string(line);
    }
  }
  if (!kept.empty()) extras_.emplace_back(T("C1"), std::move(kept));
}

void Builder::orcids(Record& r, const RawField& f, const std::vector<std::string_view>& written) {
  std::string kept;
  const std::string all = joined(f, ' ');
  for_each_list_item(all, ";", [&](std::string_view entry) {
    std::size_t slash = entry.rfind('/');
    bool used = false;
    if (slash != std::string_view::npos) {
      std::string_view id = trim(entry.substr(slash + 1));
      std::string_view name = trim(entry.substr(0, slash));
      std::size_t a = id.size() == 19 && id[4] == '-' && id[9] == '-' && id[14] == '-'
                          ? find_author(r, written, name, true)
                          : std::string_view::npos;
      if (a != std::string_view::npos) {
        r.authors[a].orcid = std::string(id);
        used = true;
      }
    }
    if (!used) {
      if (!kept.empty()) kept += "; ";
      kept += entry;
    }
  });
  if (!kept.empty()) extras_.emplace_back(T("OI"), std::move(kept));
}

bool Builder::build(Record& r) {
  extras_.clear();
  const auto& fs = rec_.fields;
  const RawField *au = nullptr, *af = nullptr, *c1 = nullptr, *oi = nullptr, *pt = nullptr, *dt = nullptr,
                 *ut = nullptr;
  for (const RawField& f : fs) {
    const RawField** slot = nullptr;
    switch (f.tag) {
      case T("AU"): slot = &au; break;
      case T("AF"): slot = &af; break;
      case T("C1"): slot = &c1; break;
      case T("OI"): slot = &oi; break;
      case T("PT"): slot = &pt; break;
      case T("DT"): slot = &dt; break;
      case T("UT"): slot = &ut; break;
      default: break;
    }
    if (slot && !*slot) *slot = &f;
  }
  r.type = wos_type(pt ? joined(*pt, ' ') : std::string(), dt ? joined(*dt, ' ') : std::string());

  // Authors: AF when it lists as many as AU, else AU.  An AF with more
  // names than AU is read too: Current Contents' AU runs its names together
  // ("Roach, MCThompson, FRJones-Farrand, T"), its AF does not.
  const RawField* names = au;
  if (af && (!au || au->last - au->first <= af->last - af->first)) names = af;
  std::vector<std::string_view> written;  // each author as the chosen field wrote it
  std::string placeholder;                // "[Anonymous]": an unsigned work
  if (names) {
    // One Creator a line: reserved at once (a Creator is seven strings and a
    // vector; growing the list moved them all, about 2 reallocations a record).
    r.authors.reserve(r.authors.size() + (names->last - names->first));
    written.reserve(names->last - names->first);
  }
  if (names)
    for (std::uint32_t i = names->first; i < names->last; ++i) {
      std::string_view name = rec_.lines[i];
      // BIOSIS: "Tingley, Morgan W. (morgan.tingley@uconn.edu)": the
      // e-mail is not the name's; it is kept as EM, WoS's e-mail field.
      if (std::size_t open = name.rfind(" ("); open != std::string_view::npos && ends_with(name, ")") &&
                                                 name.find('@', open) != std::string_view::npos) {
        extras_.emplace_back(T("EM"), std::string(name.substr(open + 2, name.size() - open - 3)));
        name = trim(name.substr(0, open));
      }
      Creator c = parse_ris_name(name);
      // BIOSIS and Zoological Record write a Chinese name in AU family first
      // without WoS's comma ("Ding Zhen-jun", "Liu Jia", beside "Liu, Justin"),
      // as every AU name is family first ("BREININGER D R"): the first word
      // is the family name, not the last (before: family "Zhen-jun").
      if (names == au && name.find(',') == std::string_view::npos) {
        const std::vector<std::string_view> w = split_words(name);
        // Not with initials after a particle ("VAN DEN BERGH L M J": old
        // BIOSIS, initials without a comma) nor a particle first.  These 15
        // particles, not names.hpp's is_name_particle (39): its other words
        // hold family names this rule reads first ("Lo", Chinese; "Do",
        // Vietnamese).  Measured in session 66: no comma-less AU name of
        // litsearchr's 19 BIOSIS, Zoological Record, Current Contents, MEDLINE
        // and Core Collection exports, of fixtures/, ../shared/corpora or the
        // dedup sets (261 names) begins with one of the 24 words it adds, so
        // unifying would change no real file and risks those names.
        const bool initials = std::any_of(w.begin() + 1, w.end(), [](std::string_view x) {
          while (!x.empty() && x.back() == '.') x.remove_suffix(1);
          return x.size() <= 1;
        });
        const std::string lead = ascii_lower(w[0]);
        const bool particle = lead == "van" || lead == "von" || lead == "de" || lead == "da" || lead == "del" ||
                              lead == "di" || lead == "du" || lead == "le" || lead == "la" || lead == "den" ||
                              lead == "der" || lead == "dos" || lead == "das" || lead == "al" || lead == "el";
        if (w.size() >= 2 && !initials && !particle && fold_words(c.full_family()) != fold_words(w[0]) &&
            std::all_of(w.begin(), w.end(), [](std::string_view x) { return !x.empty() && is_alpha(x[0]); })) {
          Creator first = parse_ris_name(std::string(w[0]) + ", " + std::string(trim(name.substr(w[1].data() - name.data()))));
          if (!first.empty() && fold_words(first.full_family()) == fold_words(w[0])) {
            if (!said_family_first_) {
              diags_.report(Severity::note, names->offset,
                            "AU '" + std::string(name) + "' has no comma: family first, as Web of Science writes every "
                            "AU name (BIOSIS, Zoological Record: Chinese names): family '" + first.family +
                            "', given '" + first.given + "' (said once a record)");
              said_family_first_ = true;
            }
            c = std::move(first);
          }
        }
      }
      // "Zheng Muqiang" in AF, "Zheng, MQ" in AU: an AF name without a comma
      // whose first word is AU's family name is written family first.
      if (names == af && au && au->last - au->first == af->last - af->first && name.find(',') == std::string_view::npos) {
        const Creator short_form = parse_ris_name(rec_.lines[au->first + (i - af->first)]);
        const std::vector<std::string_view> w = split_words(name);
        if (!short_form.family.empty() && w.size() >= 2 && fold_words(short_form.full_family()) == fold_words(w[0])) {
          c = parse_ris_name(std::string(w[0]) + ", " + std::string(trim(name.substr(w[1].data() - name.data()))));
        } else if (!short_form.family.empty() && w.size() >= 2 &&
                   fold_words(short_form.full_family()) == fold_words(w.back()) &&
                   fold_words(c.full_family()) != fold_words(w.back())) {
          // "The Hong Phong Nguyen" in AF, "Nguyen, THP" in AU: given names first.
          c = parse_ris_name(std::string(w.back()) + ", " + std::string(trim(name.substr(0, w.back().data() - name.data()))));
          diags_.warning(names->offset, "AF '" + std::string(name) + "' has no comma; AU '" +
                                            std::string(rec_.lines[au->first + (i - af->first)]) +
                                            "' says its family: family '" + c.family + "', given '" + c.given + "'");
        }
      } else if (names == af && au && au->last - au->first == af->last - af->first) {
        const std::string_view short_name = rec_.lines[au->first + (i - af->first)];
        if (auto [back, moved] = af_given_back(name, short_name); !back.empty()) {
          c = parse_ris_name(back);
          diags_.warning(names->offset, "AF '" + std::string(name) + "': '" + moved + "' is a given name (AU '" +
                                            std::string(short_name) + "'): read as '" + back + "'");
        } else if (auto [read, letter] = af_initial_as_suffix(name, short_name); !read.empty()) {
          c = parse_ris_name(read);
          diags_.warning(names->offset, "AF '" + std::string(name) + "': '" + letter +
                                            "' is an initial, not a suffix (AU '" + std::string(short_name) +
                                            "'): read as '" + read + "'");
        } else if (std::string swapped = af_swapped(name, short_name); !swapped.empty()) {
          c = parse_ris_name(swapped);
          diags_.warning(names->offset, "AF '" + std::string(name) + "' has the family name last (AU '" +
                                            std::string(short_name) + "'): read as '" + swapped + "'");
        }
      }
      // "[Anonymous]": no author (dropped here, so `written` stays in step).
      if (c.empty()) continue;
      if (said_anonymous(c, names == au ? "AU" : "AF", diags_, names->offset, &placeholder)) continue;
      r.authors.push_back(std::move(c));
      written.push_back(name);
    }
  keep_author_placeholder(r, std::move(placeholder));
  // Current Contents separates keywords with commas, not "; ".
  const bool current_contents = ut && starts_with(rec_.lines[ut->first], "CCC:");
  // Derwent Innovations Index: PD is "<patent number>   12 Nov 2019   <IPC>
  // <week>   Pages: 5   Chinese", PI the priority application, PN the patent
  // numbers (PN is the part number elsewhere), AE the assignees.
  const bool derwent = ut && starts_with(rec_.lines[ut->first], "DIIDW:");

  bool have_py = false;
  std::string bp, ep, ps, ea;
  for (const RawField& f : fs) {
    if (f.first == f.last) continue;  // a tag with no value carries nothing
    auto once = [&](std::string& slot, char sep = ' ') {
      if (slot.empty()) slot = joined(f, sep);
      else extra(r, f, sep);
    };
    switch (f.tag) {
      case T("PT"): case T("DT"):
        extra(r, f);  // the type is derived, the words are kept
        break;
      case T("AU"): case T("AF"):
        if (&f != names) extra(r, f, '\n');
        break;
      case T("BE"):
        // The book's or the proceedings' editors, one a line as AU ("Mousseau,
        // TA"); a line may hold several ("Bansal, A and Singhal, A").
        for (std::uint32_t i = f.first; i < f.last; ++i)
          for_each_list_item(rec_.lines[i], ";", [&](std::string_view names) {
            for (;;) {
              const std::size_t at = names.find(" and ");
              if (Creator c = parse_ris_name(trim(names.substr(0, at))); !c.empty()) r.editors.push_back(std::move(c));
              if (at == std::string_view::npos) break;
              names.remove_prefix(at + 5);
            }
          });
        break;
      case T("CA"):
        for (std::uint32_t i = f.first; i < f.last; ++i)
          for_each_list_item(rec_.lines[i], ";", [&](std::string_view g) {
            Creator c;
            c.literal = std::string(g);
            r.authors.push_back(std::move(c));
          });
        break;
      case T("C1"):
        if (&f == c1) affiliations(r, f, written);
        else extra(r, f, '\n');
        break;
      case T("OI"):
        if (&f == oi) orcids(r, f, written);
        else extra(r, f);
        break;
      case T("TI"): once(r.title); break;
      case T("SO"): once(r.container_title); break;
      case T("JI"): once(r.container_title_short); break;
      case T("DE"): {
        const std::string words = joined(f, ' ');
        const char* sep = current_contents && words.find(';') == std::string::npos ? "," : ";";
        r.keywords.reserve(r.keywords.size() + std::count(words.begin(), words.end(), sep[0]) + 1);
        for_each_list_item(words, sep, [&](std::string_view k) { r.add_keyword(k); });
        break;
      }
      case T("AB"): once(r.abstract, '\n'); break;
      case T("PY"): {
        std::string v = joined(f, ' ');
        if (is_zero_year(v)) {
          diags_.warning(f.offset, zero_year_message("PY", v));
          extra(r, f);
        } else if (!have_py && v.size() == 4 && std::all_of(v.begin(), v.end(), is_digit)) {
          r.issued.year = std::stoi(v);
          have_py = true;
        } else if (const int year = year_from_decimal(v); !have_py && year) {
          // "2025.0": a table of WoS's Excel export that a script saved
          // (pandas writes a Year column with an empty cell as floats).
          say_decimal_year(diags_, f.offset, "PY", v, year, said_.decimal_year);
          r.issued.year = year;
          have_py = true;
        } else {
          if (!have_py) diags_.warning(f.offset, "PY is not a year, kept in extra: " + v);
          extra(r, f);
        }
        break;
      }
      case T("PD"): {
        if (derwent) {
          derwent_pd(joined(f, ' '), r);
          extra(r, f);
          break;
        }
        Date d = r.issued;
        if (!read_pd(joined(f, ' '), d) || (r.issued.year && d.year != r.issued.year)) extra(r, f);
        if (d.year == r.issued.year || !r.issued.year) r.issued = d;
        break;
      }
      case T("EA"):
        if (ea.empty()) ea = joined(f, ' ');
        extra(r, f);
        break;
      case T("VL"): once(r.volume); break;
      case T("IS"): once(r.issue); break;
      case T("BP"): once(bp); break;
      case T("EP"): once(ep); break;
      case T("AR"): once(r.number); break;
      case T("PS"): once(ps); break;
      case T("DI"): {
        std::string v = joined(f, ' ');
        if (r.doi.empty()) {
          bool listed = false;
          if (auto d = doi_of_field(v, "DI", diags_, f.offset, &listed)) {
            r.doi = std::move(*d);
            if (!listed) break;  // a list of identifiers stays in extra as written
          } else {
            diags_.warning(f.offset, "DI is not a DOI, kept in extra: " + v + placeholder_doi_note(v));
          }
        }
        extra(r, f);
        break;
      }
      case T("SN"): case T("EI"): case T("BN"): {
        auto& list = f.tag == T("BN") ? r.isbn : r.issn;
        for_each_list_item(joined(f, ' '), ";", [&](std::string_view s) {
          if (std::find(list.begin(), list.end(), s) == list.end()) list.emplace_back(s);
        });
        break;
      }
      case T("PU"): once(r.publisher); break;
      case T("PI"):
        if (derwent) extra(r, f);
        else once(r.publisher_place);
        break;
      case T("PN"):
        if (derwent && r.number.empty()) {
          const std::string pn = joined(f, ' ');
          r.number = std::string(trim(std::string_view(pn).substr(0, pn.find(';'))));
        }
        extra(r, f);
        break;
      case T("AE"): extra(r, f, '\n'); break;
      case T("LA"): once(r.language); break;
      case T("UT"): once(r.wos_ut); break;
      case T("PM"): once(r.pmid); break;
      case T("CR"): {
        r.references.reserve(references_ + (f.last - f.first));
        std::vector<DoiRepair> repairs;  // allocates only for a DOI repaired
        for (std::uint32_t i = f.first; i < f.last; ++i, ++references_) {
          const std::string_view line = rec_.lines[i];
          parse_wos_reference(line, references_ < r.references.size() ? r.references[references_]
                                                                      : r.references.emplace_back(), &repairs);
          // Said where the line is written (the lines are the text's own).
          for (const DoiRepair& d : repairs) {
            const bool in_text = line.data() >= text_.data() && line.data() <= text_.data() + text_.size();
            say_doi_repair(d, "cited reference DOI", diags_,
                           in_text ? static_cast<std::size_t>(line.data() - text_.data()) + d.at : f.offset);
          }
          repairs.clear();
        }
        break;
      }
      default:
        extra(r, f);
        break;
    }
  }
  // PD's months "OCT-DEC" before PY's year: the range ends in that year;
  // without a year, the first month alone.
  if (r.issued.end_month && !r.issued.end_year) {
    if (r.issued.year) r.issued.end_year = r.issued.year;
    else r.issued.end_month = 0;
  }
  // An Early Access record has no PY or PD until its issue: EA's month and
  // year date it (EA is kept).
  if (!r.issued.year && !r.issued.month && !ea.empty()) {
    Date d;
    read_pd(ea, d);
    if (d.year) r.issued = d;
  }
  if (derwent) date_derwent_patent(r.wos_ut, r, diags_, ut->offset);
  // A MEDLINE record of an All Databases export: its UT is the PMID.
  if (r.pmid.empty() && starts_with(r.wos_ut, "MEDLINE:")) r.pmid = r.wos_ut.substr(8);
  // PS, the page span of BIOSIS, MEDLINE, Zoological Record (the last two
  // have no BP/EP): the pages when BP and EP are absent; "Article No.: 16"
  // (BIOSIS, with BP 16) the article number.
  if (istarts_with(ps, "Article No.:")) {
    std::string n(trim(std::string_view(ps).substr(12)));
    if (r.number.empty()) r.number = n;
    else if (r.number != n) extras_.emplace_back(T("PS"), ps);
    if (bp == n && ep.empty()) bp.clear();
  } else if (!ps.empty()) {
    // MEDLINE's abbreviated ranges ("4348-64") are made whole (normalize_pages).
    // BIOSIS's span without BP ("PS 58,62-63", "EP 63": a list of pages, EP
    // its last) is the pages, not EP alone.
    if (bp.empty() && (ep.empty() || ends_with(ps, ep))) {
      r.pages = normalize_pages(ps);
      ep.clear();
    } else {
      extras_.emplace_back(T("PS"), ps);
    }
  }
  if (r.pages.empty()) r.pages = bp;
  if (!ep.empty() && ep != bp) r.pages += (r.pages.empty() ? "" : "-") + ep;
  // MEDLINE and Zoological Record end every title with NLM's period.
  if (starts_with(r.wos_ut, "MEDLINE:") || starts_with(r.wos_ut, "ZOOREC:")) r.title = drop_nlm_period(r.title);
  r.extra.reserve(r.extra.size() + extras_.size());
  for (auto& [tag, value] : extras_) r.add_extra(tag_name(tag), std::move(value));
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
}

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    const char* data = text_.data();
    const std::size_t n = text_.size();
    std::size_t pos = 0;
    if (starts_with(text_, "\xEF\xBB\xBF")) pos = 3;
    std::uint32_t line_no = 1;
    while (pos < n && !ended_) {
      const void* nl = std::memchr(data + pos, '\n', n - pos);
      std::size_t end = nl ? static_cast<const char*>(nl) - data : n;
      line(pos, end, line_no);
      pos = end + 1;
      ++line_no;
    }
    if (in_record_) {
      diags_.warning(rec_.begin, "WoS record not closed by ER before the end of the input");
      finish();
    }
    entities_.say(diags_);
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  bool in_record_ = false, ended_ = false;
  WosSaid said_;
  RawRecord rec_;
  WosEntities entities_;
  ParseStats stats_;

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view l = text_.substr(begin, end - begin);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    // A tag line (its first byte a letter: never blank) is trimmed once, after its tag.
    if (is_tag_line(l)) {
      std::uint16_t tag = tag_code(l[0], l[1]);
      tag_line(tag, l.size() > 2 ? trim(l.substr(3)) : std::string_view(), begin, begin + l.size(), line_no);
      return;
    }
    // Web of Knowledge's exports of about 2012 write the authors'
    // ResearcherIDs on lines of their own under the title, tagged with three
    // letters ("RID A-1282-2008"): the author identifiers (RI), not more title.
    if (in_record_ && l.size() > 4 && l.substr(0, 4) == "RID ") {
      tag_line(T("RI"), trim(l.substr(4)), begin, begin + l.size(), line_no);
      return;
    }
    std::string_view value = trim(l);
    if (value.empty()) return;
    if (!in_record_) {
      diags_.warning(begin, "text outside a WoS record skipped");
      return;
    }
    // Three spaces (asked inline: every CR line but the first is one of these).
    if (!(l.size() >= 3 && l[0] == ' ' && l[1] == ' ' && l[2] == ' ') || rec_.fields.empty())
      diags_.warning(begin, "line is not a WoS tag line and not indented; read as the next line of the field above");
    if (rec_.fields.empty()) return;
    rec_.lines.push_back(value);
    rec_.fields.back().last = static_cast<std::uint32_t>(rec_.lines.size());
    rec_.end = begin + l.size();
  }

  void tag_line(std::uint16_t tag, std::string_view value, std::size_t off, std::size_t end, std::uint32_t line_no) {
    if (!in_record_) {
      if (tag == T("FN") || tag == T("VR") || tag == T("ER")) return;  // header
      if (tag == T("EF")) {
        ended_ = true;
        return;
      }
      if (tag != T("PT"))
        diags_.warning(off, "WoS record does not open with PT; it opens at " + tag_name(tag));
      start(off, line_no);
    } else if (tag == T("ER")) {
      rec_.end = end;
      finish();
      return;
    } else if (tag == T("PT") || tag == T("EF")) {
      diags_.warning(rec_.begin, "WoS record not closed by ER; it ends where " + tag_name(tag) + " begins");
      finish();
      if (tag == T("EF")) {
        ended_ = true;
        return;
      }
      start(off, line_no);
    }
    auto at = static_cast<std::uint32_t>(rec_.lines.size());
    if (!value.empty()) rec_.lines.push_back(value);
    rec_.fields.push_back({tag, off, at, static_cast<std::uint32_t>(rec_.lines.size())});
    rec_.end = end;
  }

  void start(std::size_t off, std::uint32_t line_no) {
    in_record_ = true;
    rec_.clear();
    rec_.begin = rec_.end = off;
    rec_.line = line_no;
  }

  void finish() {
    in_record_ = false;
    Record r;
    r.references = std::move(spare_);
    // As many references to parse over as the record has CR lines, when
    // earlier records left them.
    std::size_t cr = 0;
    for (const RawField& f : rec_.fields)
      if (f.tag == T("CR")) cr += f.last - f.first;
    if (r.references.size() < cr && !unused_.empty()) {
      r.references.reserve(cr);
      for (; r.references.size() < cr && !unused_.empty(); unused_.pop_back())
        r.references.push_back(std::move(unused_.back()));
    }
    entities_.store.clear();
    entities_.decode(text_, rec_.lines, rec_.begin);
    Builder b(text_, rec_, diags_, said_, extras_);
    const bool built = b.build(r);
    // References of an earlier record this one did not parse over wait, out
    // of the record, for the next.
    if (b.references() < r.references.size()) {
      std::move(r.references.begin() + b.references(), r.references.end(), std::back_inserter(unused_));
      r.references.resize(b.references());
    }
    if (!built) {
      diags_.error(rec_.begin, "WoS record has no title, no author and no DOI; skipped");
      ++stats_.rejected;
      keep_references(r);
      return;
    }
    deliver_record(std::move(r), "wos", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_, stats_,
                   sink_);
    keep_references(r);
  }
  // deliver_record hands the sink an rvalue reference: a sink that kept the
  // record moved its references away; one that did not leaves them, and the
  // next record parses over them (parse_wos_reference sets every field anew),
  // with no allocation for a string its buffer holds.
  void keep_references(Record& r) {
    if (!r.references.empty()) spare_ = std::move(r.references);
  }
  // The references of the last record the sink did not keep (about 35, 10 KB
  // with their strings, a record), and those earlier records left beyond the
  // number the next one had (moved between the two as the count of CR lines
  // changes from record to record, not every record).
  std::vector<Reference> spare_, unused_;
  Builder::Extras extras_;
};

}  // namespace

bool looks_like_wos_tagged(std::string_view text) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  // "FN Clarivate Analytics Web of Science", "FN Thomson Reuters Web of
  // Knowledge", "FN ISI Export Format"; a header-less file opens with "PT J".
  if (starts_with(text, "FN ")) return text.find("\nVR ") != std::string_view::npos || text.find("\nPT ") != std::string_view::npos;
  if (!(starts_with(text, "PT ") && text.size() > 4 && tag_char(text[3]))) return false;
  return text.find("\nER") != std::string_view::npos && (text.find("\nUT ") != std::string_view::npos ||
                                                         text.find("\nAU ") != std::string_view::npos);
}

ParseStats parse_wos_tagged(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

void WosEntities::decode(std::string_view text, std::vector<std::string_view>& lines, std::size_t fallback) {
  for (std::string_view& line : lines) {
    if (line.find('&') == std::string_view::npos) continue;
    const bool in_text = line.data() >= text.data() && line.data() <= text.data() + text.size();
    line = DecodedValues::decode(
        line, in_text ? static_cast<std::size_t>(line.data() - text.data()) + line.find('&') : fallback);
  }
}

void WosEntities::say(Diagnostics& diags) const {
  if (count == 0) return;
  diags.warning(first, std::to_string(count) + (count == 1 ? " value holds" : " values hold") +
                           " HTML character references ('&amp;', '&gt;', '&#8211;'...; WoS writes them in titles, "
                           "keywords and cited references): decoded");
}

bool build_wos_record(std::string_view text, const std::vector<WosField>& fields,
                      const std::vector<std::string_view>& lines, Diagnostics& diags, WosSaid& said, Record& r) {
  RawRecord rec;
  rec.lines = lines;
  rec.fields.reserve(fields.size());
  for (const WosField& f : fields) rec.fields.push_back({tag_code(f.tag[0], f.tag[1]), f.offset, f.first, f.last});
  Builder::Extras extras;
  Builder b(text, rec, diags, said, extras);
  const bool ok = b.build(r);
  r.references.resize(b.references());  // `r` may have come with references of its own: only this row's are kept
  return ok;
}

}  // namespace refnet
