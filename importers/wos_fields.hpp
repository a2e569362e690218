// The Web of Science field rules, shared by the two WoS exports: the tagged
// "Plain text" file (wos_tagged.cpp) and the "Tab-delimited file"
// (wos_tab.cpp), which has the same two-letter fields as columns.  One
// mapping from tags to Record fields, written once in wos_tagged.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"
#include "left_references.hpp"

namespace refnet {

// One field of a WoS record: its two-letter tag, the offset in the text its
// diagnostics point at, and its lines: `lines[first, last)` of the record.
// A list field (AU, AF, C1, CR...) has one item a line, as the tagged file
// writes it; any other field is one value, possibly wrapped over lines.
struct WosField {
  char tag[2];
  std::size_t offset;
  std::uint32_t first, last;
};

// Maps one record's fields to `r` by the rules at the top of wos_tagged.cpp.
// False when the record has no title, no author and no DOI: the caller
// rejects it, with an error.  `lines` are views into `text`, the file's
// text (a repaired cited reference DOI is said where its line is written).
// `said` holds what is said once a file (a PY written as a decimal).
struct WosSaid {
  bool decimal_year = false;
};
bool build_wos_record(std::string_view text, const std::vector<WosField>& fields,
                      const std::vector<std::string_view>& lines, Diagnostics& diags, WosSaid& said, Record& r);

// HTML character references in WoS values ("Portable World &gt; Consumer
// tech", "review &amp; editing", "university&#8211; industry", a cited SICI
// DOI "15:20&lt;2161::AID-SIM359&gt;3.0.CO;2-D"): the WoS exports have no
// escapes, so they are the characters.  decode() rewrites a record's lines
// that hold one (the rewritten text kept in `store` until clear()); say()
// reports them once a file.
struct WosEntities : DecodedValues {
  // `fallback`: the offset said when the first line is not in `text`.
  void decode(std::string_view text, std::vector<std::string_view>& lines, std::size_t fallback);
  void say(Diagnostics& diags) const;
};

// A WoS date without its year field: PD ("MAR 15", "MAR", "2015 Apr 08" of
// MEDLINE records) or EA, the Early Access date ("NOV 2021"), read into `d`.
// True when every word was understood.  A range of months ("OCT-DEC") is
// the Date's month and end_month, its end_year the year when PD has one
// (else 0: the caller completes it from PY, or drops end_month).  A season
// ("SPR", "FAL 2021") dates the issue as the Date's text ("Spring",
// "Autumn") beside the year, as the other readers keep "Spring".
bool read_pd(std::string_view pd, Date& d);
// wos_season (a season as WoS writes one: "SPR", "FAL") is in months.hpp.

// A Derwent Innovations Index patent without a date (WoS's RIS and
// tab-delimited exports write none; the plain text's PD holds one): dated
// by the year its accession number begins with ("DIIDW:2018455987",
// "DIIDW:201836857M": the year the patent entered the index, its basic's
// publication year), said at `offset`.  Nothing when the record has a year
// or the number begins with none.
void date_derwent_patent(std::string_view accession, Record& r, Diagnostics& diags, std::size_t offset);

}  // namespace refnet
