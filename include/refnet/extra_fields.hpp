// Fields a Record has no member for, kept among its extra fields under the
// name each source gives them, read back by one rule for every exporter:
// the series a book or chapter belongs to, its number in that series, and
// the edition.
//
//   series:        CSL/Zotero/EndNote/MEDLINE "collection-title", BibTeX
//                  "series", RIS "T2" where RIS's T2 is a series (a book's,
//                  a report's), else "T3" of a chapter or conference paper
//                  (a journal article's T3 is no series: Embase's
//                  conference name, "(var.pagings).")
//   series number: CSL "collection-number", BibTeX "number" of a book, a
//                  chapter or a proceedings paper (RIS has no tag for it)
//   edition:       CSL/Zotero/EndNote/BibTeX "edition", RIS "ET", for the
//                  types that have editions (books, chapters, reports,
//                  entries, software ...) and not shaped as a date: EndNote
//                  keeps a journal article's online date there
//   thesis degree: BibTeX "type" (mathesis, phdthesis or words) and the
//                  entry type (@mastersthesis; @phdthesis keeps none), CSL
//                  "genre", Zotero "thesisType", EndNote XML "work-type",
//                  ProQuest "Degree", Crossref "degree", RIS "M3" (and "M1"
//                  when its words name a degree), ERIC's MEDLINE "SO"
//                  ("Ph.D. Dissertation, Drexel University"), and a thesis's
//                  volume in words (EndNote's Degree field is its volume:
//                  RIS "VL  - Ph.D.")
#pragma once

#include <string>
#include <string_view>

#include "refnet/record.hpp"

namespace refnet {

// The CSL types whose RIS T2 is a series rather than the container the work
// appears in (the RIS importer keeps such a T2 as an extra field; the RIS
// exporter writes their container in BT).
bool ris_t2_is_series(std::string_view csl_type);

// The CSL types whose BibTeX `number` is the number in a series (btxdoc:
// "the number of a journal, magazine, technical report, or of a work in a
// series"), not an issue: books, chapters, proceedings papers.
bool bibtex_number_is_series_number(std::string_view csl_type);

// One value found among the extra fields: the field (null when there is
// none) and its text (a BibTeX source's LaTeX decoded).
struct ExtraValue {
  const ExtraField* field = nullptr;
  std::string text;
  explicit operator bool() const { return field != nullptr; }
  // Whether the field is in `format`'s own spelling and the record's own
  // format: an exporter of that format writes it back verbatim already.
  bool verbatim_in(const Record& r, std::string_view format) const;
};

ExtraValue series_of(const Record& r);
ExtraValue series_number_of(const Record& r);
ExtraValue edition_of(const Record& r);
// A whole work's number of pages: BibTeX pagetotal/numpages, CSL
// number-of-pages, RIS SP of a book, thesis or manuscript without pages.
ExtraValue page_count_of(const Record& r);
// Whether an extra field names one of Record::keywords as the authors' own:
// MEDLINE's OT, PubMed XML's KeywordList Keyword, Europe PMC's keywordList
// keyword, kept beside the keywords (which hold the MeSH headings too) so
// that a keyword map tells them from MeSH's check tags.  No value of its own: written with the keywords.
bool is_own_keyword_field(const Record& r, const ExtraField& f);
// A thesis's or book's number of pages written as one ("215 p", "xii, 388 pp.", "96 pages"), not where it starts;
// page_count_number: the count ("215", "xii, 388"), empty when `pages` is no such count.
bool is_page_count(std::string_view pages);
std::string_view page_count_number(std::string_view pages);
// Whether a work's pages are its number of pages: a whole book's, thesis's
// or manuscript's, no range ("414", "xvi, 414"), as Zotero's and EndNote's
// RIS write them in SP and EndNote keeps them in Pages (its "Number of
// Pages" of those types).  The readers keep such pages as the count.
bool pages_are_page_count(std::string_view csl_type, std::string_view pages);
// The kind of work in the source's words where its type does not say it
// (a preprint's "Working paper", a blog post's "Tweet", a report's "Policy
// brief"): CSL "genre", and Zotero's "Type" field under the names its
// formats give it (Zotero RDF z:type, read as "genre"; Zotero JSON genre,
// reportType, letterType, manuscriptType, mapType, presentationType,
// websiteType, postType).  Not a thesis's: thesis_degree says that.  Other
// formats' type fields are left alone: Web of Science's BibTeX `type`, Scopus'
// RIS M3 and EndNote's work-type name the document type ("Article").
ExtraValue genre_of(const Record& r);
// When the work was looked at online (a web page's "Accessed"), from the
// first field that gives it: CSL/Zotero JSON/MODS "accessed" (CSL's a date
// object, kept as compact JSON), Zotero RDF "dateSubmitted" (Zotero's
// Accessed), BibTeX "urldate", EndNote XML "access-date", RIS "Y2".  `date`
// holds its year, month and day (access_date), else its text.
struct AccessDate {
  const ExtraField* field = nullptr;
  Date date;
  explicit operator bool() const { return field != nullptr; }
};
AccessDate access_date_of(const Record& r);
// When the work was first made available, online before its issue (CSL's
// available-date), from the first field that gives it: MEDLINE "DEP"
// (20211227), PubMed XML "ArticleDate", Crossref "published-online", Web of
// Science "EA" (its early access date: "MAR 2021"), CSL "available-date".
// Its field and date, as access_date_of gives them; none when no field
// gives a year.
AccessDate available_date_of(const Record& r);
// A date's year, month and day as far as it has them, `sep` between them:
// "2019-11-06", "2021/03" (no time, no range).
std::string iso_date(const Date& d, char sep);
// An access date as the sources write it: "2021/03/04/" (RIS), "2020-11-30"
// or "2019-07" (BibTeX), with a time after it ("2019-11-06 19:43:44", Zotero
// RDF; "2020-11-30T10:00:00Z", Zotero JSON), which is left out; a CSL date
// object ({"date-parts":[[2020,11,30]]}).  Anything else is a literal date
// (Date::text).
Date access_date(std::string_view s);
// The short title: CSL "title-short" (Zotero's "shortTitle"), BibTeX
// "shorttitle", EndNote's "short-title", RIS "ST".
ExtraValue short_title_of(const Record& r);
// The creators' addresses a source gave apart from the names, each value
// one field: EndNote XML "auth-address", BibTeX "affiliation"/"affiliations"
// (Web of Science's, Scopus's), IEEE's and tables' "Author Affiliations",
// "Affiliations", Scopus CSV's "Affiliations"; RIS's own AD is RIS's.
std::vector<const ExtraField*> address_fields(const Record& r);
// The notes a source gave (not refnet's user notes): CSL "note", EndNote
// "notes", BibTeX "note" and "annote", RIS N1 of an RIS-like source.
std::vector<const ExtraField*> note_fields(const Record& r);
// The annotation a source gave, which no standard style prints: CSL "annote" (a CSL-JSON item's; the spans the
// reference parser kept), not a .bib source's annote (among note_fields) nor an RIS-like source's.  BibTeX writes it
// as annote, biblatex as annotation, RIS as N1, CSL-JSON as annote.
std::vector<const ExtraField*> annotation_fields(const Record& r);

// The degree a thesis was written for, as its words say it: "Master's
// thesis", "M.A.", "MSc thesis", "Tesis de maestría", "mathesis" are a
// master's; "Ph.D.", "Doctoral dissertation", "Dissertation", "Ed.D.",
// "Thèse de doctorat", "phdthesis" a doctorate; "Thesis", "Bachelor's
// thesis", "Diplomarbeit", "Habilitation" neither (unknown).  The one table
// of words every exporter uses.
enum class Degree { unknown, masters, doctoral };
Degree degree_of_words(std::string_view words);

// A thesis's degree, from the first source field above that names one.
// `words` are the source's own words for the kind of thesis when no field
// names a degree ("Diplomarbeit", "Bachelor's thesis"; empty when no field
// says anything), `in_volume` that the degree was read from the volume
// (which then is no volume).  Unknown for a record that is no thesis.
// The record's issued date as the exporters write it: a year before the
// common era kept as text ("535 BCE", year_from_words) is that year, the
// text then said by it.  The importers read such years since bib27; works
// stored before keep the text in the library, hence this.
Date issued_of(const Record& r);

// What an EDTF date the source gave says beyond its year (the importers read
// "199X" as 1990, "1951?" and "1909~" as 1951 and 1909, and keep the date as
// written among the extra fields): a biblatex `date` of a .bib source, a CSL
// `issued` with "circa".  `field` is that extra field (null when the date
// said nothing more); `text` the date as the source wrote it (the CSL one
// rebuilt as EDTF: "1931~").
struct DateQualifiers {
  const ExtraField* field = nullptr;
  std::string text;
  bool unspecified = false;  // digits given as X: "199X", "19XX"
  bool uncertain = false;    // '?' (or '%')
  bool approximate = false;  // '~' (or '%'), CSL circa
  explicit operator bool() const { return unspecified || uncertain || approximate; }
  // The year as a bibtex year field says it: "199X", "1951?", "1909".
  std::string year_text(int year) const;
};
DateQualifiers date_qualifiers(const Record& r);
// An EDTF date's qualifiers as a .bib `date` or `origdate` writes them: X
// digits in the year ("199X"), and ? ~ % at its end ("1951?") or on one of its
// parts (EDTF level 2: "1985?-03", the year uncertain); `text` the date as
// written.  A range ("1900/1955") says its own years: nothing.
DateQualifiers edtf_qualifiers(std::string_view edtf);
// The date without its qualifiers: "1985?-03" -> "1985-03".
std::string edtf_unqualified(std::string_view edtf);
// A CSL date object's "circa" ({"date-parts":[[1931]],"circa":true}): set,
// and not false, 0, null or "".
bool csl_circa(std::string_view json);

struct ThesisDegree {
  Degree degree = Degree::unknown;
  std::string words;
  bool in_volume = false;
};
ThesisDegree thesis_degree(const Record& r);
// The extra field thesis_degree read the degree's words from, or null (none,
// or the volume).
const ExtraField* degree_field(const Record& r, const ThesisDegree& d);

// The words a bibliography prints for the kind of thesis, as CSL's genre
// and RIS's M3 hold them: "Master's thesis", "PhD thesis" (biblatex's
// English strings for mathesis and phdthesis), the source's own words when
// they name no degree, else empty.
std::string thesis_genre(const ThesisDegree& d);

}  // namespace refnet
