// The one model in the middle of refnet: every importer produces a Record,
// every exporter consumes it, the store persists it.
//
// The fields follow CSL-JSON so that mapping to and from every format is a
// table, not a code path.  Everything a source said that has no slot here is
// kept verbatim in `extra`, so that a round trip loses nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace refnet {

// A person or an organisation that created or edited a work.
// A corporate author ("{World Health Organization}" in BibTeX, a Crossref
// `name`) has only `literal`; a person has family/given and, when the source
// gave them, the von-part (`particle`: "van der", "de la") and the Jr-part
// (`suffix`: "Jr.", "III").
struct Creator {
  std::string family;
  std::string given;
  std::string particle;
  std::string suffix;
  std::string literal;
  std::string orcid;  // bare 0000-0000-0000-000X, no resolver prefix
  // Where the creator worked, as the source wrote it (WoS `C1`, PubMed `AD`,
  // Scopus "Authors with affiliations"), one entry per affiliation.
  std::vector<std::string> affiliations;

  bool is_literal() const { return family.empty() && !literal.empty(); }
  bool empty() const { return family.empty() && given.empty() && literal.empty(); }
  // "particle family" as it is sorted and cited: "van der Berg".
  std::string full_family() const;
  // "Given particle Family, Suffix" for display, or the literal.
  std::string display() const;
  friend bool operator==(const Creator& a, const Creator& b) {
    return a.family == b.family && a.given == b.given && a.particle == b.particle &&
           a.suffix == b.suffix && a.literal == b.literal && a.orcid == b.orcid &&
           a.affiliations == b.affiliations;
  }
};

// A partial date: any of year, month, day may be missing (0).  `text` keeps a
// date the source gave that could not be reduced to numbers ("Spring 2018",
// "in press"), and also the season/extra part of an RIS date.
struct Date {
  int year = 0;
  int month = 0;  // 1-12, 0 when unknown
  int day = 0;    // 1-31, 0 when unknown
  std::string text;
  // The end of a range (biblatex "2001/2003", "2001-03/2001-05", CSL
  // [[2001],[2003]], RIS "2001-2003"); all 0 when the date is not a range,
  // end_year kOpenEnd for a range with no end ("2001/").
  static constexpr int kOpenEnd = -1;
  int end_year = 0;
  int end_month = 0;
  int end_day = 0;

  bool empty() const { return year == 0 && month == 0 && day == 0 && text.empty(); }
  bool is_range() const { return end_year != 0; }
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.text == b.text && a.end_year == b.end_year &&
           a.end_month == b.end_month && a.end_day == b.end_day;
  }
};

// One cited work in a reference list.  `doi` is normalized when known; `raw`
// keeps the reference string as the source wrote it; the other fields are
// what could be read from it (Crossref gives them structured).
struct Reference {
  std::string key;  // Crossref `key`, when the source gave one
  std::string doi;
  std::string raw;
  std::string author;  // first author as written
  std::string year;
  std::string title;
  std::string container;
  std::string volume;
  std::string first_page;
  friend bool operator==(const Reference& a, const Reference& b) {
    return a.key == b.key && a.doi == b.doi && a.raw == b.raw && a.author == b.author &&
           a.year == b.year && a.title == b.title && a.container == b.container &&
           a.volume == b.volume && a.first_page == b.first_page;
  }
};

// A field the model has no slot for, kept verbatim: the source's own field
// name (lower case for BibTeX, the tag for RIS, the key for Crossref) and value.
struct ExtraField {
  std::string name;
  std::string value;
  // Empty: the field is in the record's own format.  In a merged work's view,
  // the format of the source it came from ("crossref", "ris") when that is not
  // the view's: exporters write a field back only in its own format.
  std::string format;
  friend bool operator==(const ExtraField& a, const ExtraField& b) {
    return a.name == b.name && a.value == b.value && a.format == b.format;
  }
};

// Where a record came from: the file, the format, the 1-based line of the
// record's first character, and a content hash of its source text plus format
// (how a re-import recognises a record it already has).
struct Provenance {
  std::string file;
  std::string format;  // "bibtex", "ris", "crossref"
  std::uint32_t line = 0;
  // 1-based column (in characters) where the record starts on `line`; 0 when
  // unknown.  A one-line EndNote XML or JSON file holds every record on line 1.
  std::uint32_t column = 0;
  std::uint64_t hash = 0;
  // The format of the record that gave the citekey when it is not `format`'s:
  // a table row's key read from a BibTeX or RIS record in one of its cells
  // (importers/cell_record.cpp).  The key is judged by that format's rules
  // (a RIS ID "CN-01779678" is an accession number, no key) and the row is
  // no row of refnet's own table, whose key column holds the library's keys.
  std::string key_format;
  // The format whose rules the citekey follows: key_format, else format.
  std::string_view keyed_by() const { return key_format.empty() ? std::string_view(format) : key_format; }
};

// "file:line:column" of a record's start, the head of a diagnostic about it.
std::string source_position(const Provenance& p);

// A byte range [begin, end) of a string.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
};

struct Record {
  std::string type = "article-journal";  // a CSL type
  std::string title;
  // Byte ranges of `title` whose capitalisation the source protected
  // ("{K}azakhstan", "{DNA}" in BibTeX).  The braces are gone from `title`;
  // the exporters put them back from here.
  std::vector<Span> title_nocase;
  std::string container_title;
  std::string container_title_short;  // journal abbreviation: RIS J2/JA, Crossref short-container-title, MEDLINE TA
  std::vector<Creator> authors;
  std::vector<Creator> editors;
  Date issued;
  std::string volume;
  std::string issue;
  std::string pages;  // "235-256", an en dash is normalised to '-'
  // An article number (Crossref `article-number`, RIS `C7`, Scopus `Art. No.`),
  // or a report's or patent's number: CSL `number`.
  std::string number;
  std::string publisher;
  std::string publisher_place;
  std::vector<std::string> issn;
  std::vector<std::string> isbn;
  std::string doi;  // normalized: lower case, no resolver prefix
  // The DOI as the source spelled it when that is not `doi` ("10.1016/
  // S0140-6736(20)30183-5"; DOIs are case-insensitive, so `doi` is what is
  // compared and indexed), empty otherwise.  Exporters write spelled_doi().
  std::string doi_spelling;
  // Database identifiers, bare: PubMed's PMID ("12345678"), PubMed Central's
  // PMCID ("PMC1234567"), Web of Science's accession number (UT, as written:
  // "WOS:000123456700001", "MEDLINE:1234"), Scopus's EID ("2-s2.0-85041599919").
  std::string pmid;
  std::string pmcid;
  std::string wos_ut;
  std::string scopus_eid;
  std::string url;
  std::string abstract;
  std::string language;
  std::vector<std::string> keywords;
  std::vector<Reference> references;
  std::string citekey;  // as the source gave it, or as refnet assigned it
  std::vector<ExtraField> extra;
  Provenance provenance;

  // The DOI to write: `doi` as the source spelled it (doi_spelling, when it
  // still spells `doi`), else `doi`.
  const std::string& spelled_doi() const;
  // The first value of an extra field, or empty.
  std::string_view get_extra(std::string_view name) const;
  void add_extra(std::string name, std::string value) {
    extra.push_back({std::move(name), std::move(value), {}});
  }
  // Adds the keyword k, trimmed, unless it is empty or already there (ASCII
  // case aside: "Gambling" and "gambling" are one keyword).
  void add_keyword(std::string_view k);
};

// CSL types refnet uses (a subset of the CSL 1.0.2 list; see csl_types in
// record.cpp).  Importers map their own types to these.
bool is_csl_type(std::string_view type);

// Serialize a Record to a compact JSON object and back.  This is how the
// store persists records, and what `--json` prints.  Round trip is exact.
// record_from_json reads any valid JSON (keys in any order, unknown keys and
// values of the wrong type ignored, the last of duplicate keys wins) and
// throws RecordJsonError on text that is not JSON.
std::string to_json(const Record& r);
Record record_from_json(std::string_view json);

// Text given to record_from_json is not JSON (or a number field holds a
// string, null, an array or an object): `offset` is the byte where it went wrong.
struct RecordJsonError : std::runtime_error {
  std::size_t offset;
  RecordJsonError(std::size_t at, const std::string& what)
      : std::runtime_error("record JSON: " + what + " at byte " + std::to_string(at)), offset(at) {}
};

// Which parts of a stored record a reader needs: the parts left out are
// skipped over in the JSON, not decoded (a keyword map of 100k works need not
// build their 370k references, an export no abstract it does not write).
struct RecordParts {
  bool references = true;
  bool abstract = true;
  bool extra = true;
  bool creators = true;  // authors and editors
  static RecordParts all() { return {}; }
};
// As record_from_json, leaving the parts not asked for empty.
Record record_from_json(std::string_view json, const RecordParts& parts);

// "2018-01-01", "2018-01", "2018", with any text in parentheses: "2018 (Spring)".
std::string format_date(const Date& d);

// Field-by-field equality, ignoring provenance.
bool same_content(const Record& a, const Record& b);

// An accession number (RIS `AN`, BibTeX `unique-id`, a Scopus URL's `eid=`)
// that is an identifier the Record has a field for: a Web of Science UT
// (`WOS:000…`; `MEDLINE:123` also gives the PMID), a Scopus EID (`2-s2.0-…`),
// or, when the record comes from PubMed or MEDLINE, a PMID (digits).  Fills
// the field when it is empty or already says the same.
enum class Accession { filled, not_identifier, conflict };
Accession take_accession(Record& r, std::string_view value, bool pubmed_database);
// The EID a Scopus record's URL carries, the only place Scopus RIS and
// BibTeX write it: "https://www.scopus.com/inward/record.uri?eid=2-s2.0-
// 85079532227&doi=...&partnerID=40" gives "2-s2.0-85079532227"; empty for
// any other URL.
std::string_view scopus_eid_in_url(std::string_view url);

// A PMCID as written: "PMC" and digits ("PMC3456789").
bool is_pmcid(std::string_view s);

}  // namespace refnet
