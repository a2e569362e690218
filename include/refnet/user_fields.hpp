// The user's own corrections to a work (`refnet set`, `unset`, `edit`).
//
// They are kept as one more source of the work, of format "user" (one per
// work, its hash the work's ID), whose record holds the fields the user set
// and, as extra fields of format "unset", the fields the user removed.
// merge_records (merge.cpp) applies it over every imported source, so a
// later import or merge never overrides what the user said.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

inline constexpr std::string_view kUserFormat = "user";
// Whether a source record is the user's corrections, not an import.
inline bool is_user_record(const Record& r) { return r.provenance.format == kUserFormat; }

// A field name or value the user gave that refnet cannot take.
struct FieldError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// The canonical name of a field given by its BibTeX or CSL name (title,
// author, editor, year, date, journal / container-title / booktitle,
// journal-abbrev, volume, issue, number, pages, doi, pmid, pmcid, keywords,
// abstract, type, note, url, publisher, address / publisher-place, issn,
// isbn, language; biblatex's subtitle, titleaddon, maintitle, origtitle,
// translator, bookauthor, series, edition, volumes, part, origdate,
// origpublisher, origlocation, origlanguage, pubstate, eventtitle, venue),
// case ignored; "" when unknown.
std::string canonical_field(std::string_view name);
// Whether `name` is one of the fields a work keeps as an extra field under
// its BibTeX name (translator, origdate, subtitle, edition, series, ...).
bool is_extra_field(std::string_view name);
// The field a user means by `name` on a work of CSL type `type`: BibTeX's
// `number` is the issue (as the BibTeX importer and `refnet edit` read it)
// but of a report, a patent or a standard, whose number it is; an article
// number is asked for as `eid` or `article-number`.  Else `name` itself.
std::string user_field_meant(std::string_view name, std::string_view type);
// Every canonical name, in a fixed order; and them comma-separated, for messages.
std::vector<std::string> field_names();
std::string known_fields();

// The field's value in a record, as text (authors "Family, Given and ...",
// keywords "a; b", date "2020-05-01").
std::string field_text(const Record& r, std::string_view canonical);

// Sets / removes a field in the user's record.  Throws FieldError for an
// unknown field or a bad value (a DOI that is not one, a year that is not
// a number, a type CSL does not know).
void set_user_field(Record& user, std::string_view field, std::string_view value);
void unset_user_field(Record& user, std::string_view field);

// Applies the user's record over a view: every field it sets replaces the
// view's, every field it unset is emptied.  Returns the canonical names of
// the fields it decided.
std::vector<std::string> apply_user_record(Record& view, const Record& user);

// An EDTF date as biblatex reads one (origdate, date): YYYY, YYYY-MM,
// YYYY-MM-DD, a season YYYY-21..41, unspecified digits (199X), a qualifier
// ~ ? % at the end, a year before the common era, or a range START/END.
bool edtf_date(std::string_view s);

}  // namespace refnet
