// The fields of a Scopus record as both of Scopus's field-by-field exports
// carry them: the CSV (a column a field, "Author full names") and the
// plain-text export (a labelled line a field, "AUTHOR FULL NAMES: ...").
// One mapping for both, so that a record reads the same from either; the
// rules are at the top of importers/scopus_csv.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "refnet/diagnostics.hpp"
#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "refnet/record.hpp"
#include "refnet/reference_strings.hpp"

namespace refnet {

enum class ScopusField {
  extra, authors, full_names, with_affiliations, title, year, source, volume, issue, art_no, page_start,
  page_end, doi, link, abstract, author_keywords, references, editors, publisher, issn, isbn, pubmed,
  language, abbreviated, doc_type, eid
};

// The field a CSV header or a text label names, in any case ("Author full
// names", "AUTHOR FULL NAMES", the Chinese interfaces' 作者); extra when none.
ScopusField scopus_field(std::string_view name);

// Scopus's own spelling of a field, as its CSV header writes it ("Funding
// Text 2" for "FUNDING TEXT 2", "Index Keywords", "Cited by"); empty when
// `name` is no field Scopus writes.  Extra fields are kept under this name,
// whichever export they came from.
std::string scopus_field_name(std::string_view name);

// What the fields of one record leave for its end.
struct ScopusRecordFields {
  bool has_full_names = false;  // the record has an "Author full names" field: its authors
  bool conference_review = false;  // its document type: a volume of proceedings
  std::string page_start, page_end;
  std::string with_affiliations;
  std::string authors_value;  // the Authors field as written, when its names were read from it
  // The file's names glued without a separator (Editors before 2020:
  // "Kumar A.Mozar S."), said once by the reader; each reader sets it.
  NameGuesses* names = nullptr;
  // A Year written as a decimal ("2019.0") said: once a file where the reader
  // keeps it (the CSV reader), else at each.
  bool* decimal_year_said = nullptr;
  // A DOI, ISSN, ISBN or PubMed ID with a spreadsheet's text mark
  // ("'10.1000/x") read past, said once a file, where the reader sets it
  // (the CSV reader: without_text_mark).
  bool* text_mark_said = nullptr;
  // What the cited-reference parser left out, the file's, said by the reader
  // once a file (null: said at each record).
  class CitedDrops* cited_drops = nullptr;
};

// One field's value read into `r` (an empty value is nothing).  `name` the
// field's name, for extra and messages; `offset` where the value starts in
// `text` (the reader's whole text), for diagnostics.
void set_scopus_field(Record& r, ScopusField field, const std::string& name, const std::string& value,
                      std::string_view text, std::size_t offset, Diagnostics& diags, ScopusRecordFields& fields);

// The CSL type of Scopus's "Document Type" ("Conference Paper", "Book
// Chapter", "Book", "Data Paper"; anything else a journal article), for its
// CSV and for its BibTeX's document_type / type.
std::string scopus_type(std::string_view t);

// Scopus's "Conference Review" (its document type): the record of a whole
// volume of proceedings, titled with the conference's name, editors and no
// author, not a paper in it.
bool is_scopus_conference_review(std::string_view document_type);

// `r`, its fields read, read as a volume of proceedings: CSL "book" (as
// Crossref's "proceedings" and ACM's "proceeding") with BibTeX's entry type
// @proceedings, kept as the BibTeX reader keeps a .bib @proceedings (extra
// `entrytype`), in BibTeX's format when `r` is another format's record, so
// that only a BibTeX export writes it (and needs no author for it).  A
// container that repeats the title (Scopus's source title of a volume that
// is in no series) is the volume's own title: kept as the extra field
// `container_field`, as the BibTeX reader keeps such a booktitle.
void read_as_proceedings_volume(Record& r, bool bibtex_record, const std::string& container_field);

// The record's pages and its authors' affiliations, once every field is
// read; false when it holds no title, no author and no DOI.
bool finish_scopus_record(Record& r, const ScopusRecordFields& fields);

// The "; "-separated names of an Authors or Editors field ("Xie B.; Jin Y.",
// before 2020 "Osei-Kyei R., Tam V."), or of an Author full names field
// ("Xie, Binbin (57202419971); ..."), when `full_names`.  A value of names
// glued without a separator ("Kumar A.Mozar S.") is split, and `glued` (when
// given) set to how many names it held.  A title or degree alone between
// the commas after a name ("Khan K.U., Dr., Atlas F."): the name's, no
// person; dropped, and the name and it ("Khan K.U., Dr.") added to `titles`
// (when given) for the reader to say.
std::vector<Creator> scopus_creators(std::string_view value, bool full_names, std::size_t* glued = nullptr,
                                     std::vector<std::pair<std::string, std::string>>* titles = nullptr);

// Scopus's comma list with a title or suffix cut off after a name ("Khan
// A.U., Khan K.U., Dr., Atlas F.", "Ebron G.P., Jr."), split at its commas:
// names written family first with initials, two at least, and titles or
// suffixes between them.  scopus_creators reads it.
bool scopus_comma_list(const std::vector<std::string>& parts);

// What the cited-reference parser left out of the references' fields
// (ReferenceDrop), a file's: said once a file per kind, with how many and the
// first, at the first's reference ("cited references: 104 values left out
// of the fields as a genre mark after the title (GB/T 7714), the reference's
// text keeps them; the first '[J]' of 'Wang X., ... [J], ...'").
class CitedDrops {
 public:
  void add(const ReferenceDrop& d, std::size_t offset);
  void say(Diagnostics& diags);

 private:
  struct Kind {
    const char* what;
    std::size_t count = 0, offset = 0;
    std::string value, reference;
  };
  std::vector<Kind> kinds_;
};

// A Scopus reference list (CSV's References, BibTeX's references, RIS's
// "N1  - References:"): its references into `out`, the DOIs repaired said
// where each is written (`at_written(written)` gives its offset), the
// references Scopus wrote as "undefined" said at `offset`.  What the parser
// left out of their fields is added to `*drops` (the reader says it once a
// file), said at once when `drops` is null.
template <class AtWritten>
void read_scopus_reference_list(std::string_view list, std::vector<Reference>& out, Diagnostics& diags,
                                std::size_t offset, AtWritten at_written, CitedDrops* drops) {
  std::vector<DoiRepair> repairs;
  std::vector<ReferenceDrop> left;
  std::size_t placeholders = 0;
  add_scopus_references(list, out, &repairs, &placeholders, &left);
  for (const DoiRepair& d : repairs) say_doi_repair(d, "cited reference DOI", diags, at_written(d.written));
  if (!left.empty()) {
    CitedDrops here;
    CitedDrops& to = drops ? *drops : here;
    for (const ReferenceDrop& d : left) to.add(d, at_written(d.reference));
    if (!drops) here.say(diags);
  }
  if (placeholders)
    diags.warning(offset, std::to_string(placeholders) +
                              (placeholders == 1 ? " cited reference is" : " cited references are") +
                              " 'undefined' (what Scopus writes for a reference it could not render): left out");
}

}  // namespace refnet
