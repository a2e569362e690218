// Exporters: Records out, one file per format under exporters/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "refnet/record.hpp"

namespace refnet {

// What a writer left out or changed, for the command to tell the user
// (nothing disappears silently).  Filled on the writer's thread; read once
// the export is over.
struct ExportNotes {
  std::size_t vendor_fields = 0;  // fields the `paper` profile left out
  std::size_t vendor_notes = 0;   // database boilerplate taken out of notes
  // "key: crossref to PARENT, which is not exported: left out" and the like.
  std::vector<std::string> warnings;
  // Not what the writer did but what the works lack: the entries without a
  // field their type requires, which bibtex or biber will warn of.
  std::vector<std::string> incomplete;
};

// export --title-case: the case of the titles written (BibTeX, BibLaTeX,
// CSL-JSON, RIS).  keep: as stored; sentence: what CSL-JSON expects (the
// first word, proper nouns and acronyms capitalised, the rest lower case);
// title: English title case, the Chicago Manual's small words lower case.
// See exporters/title_case.cpp.
enum class TitleCase { keep, sentence, title };

// Which fields a BibTeX/BibLaTeX export writes.
enum class ExportProfile {
  // For a paper (the default): what a reader of the bibliography should
  // see; vendor noise (database boilerplate in notes, affiliations,
  // correspondence addresses, funding texts, owner/timestamp, reference
  // lists) is left out.
  paper,
  // Lossless archiving: every field, the reference list too (as a
  // `references` field the BibTeX importer reads back).
  full,
};

// What the library knows of a work beyond its record, for the CSV/TSV
// columns sources, tags, decision and reason ("; "-separated lists).
struct WorkFacts {
  std::string id;        // its id in the library (list and show print it)
  std::string sources;   // the labels of its source records
  std::string tags;
  std::string decision;  // include, exclude, maybe (its screen: tag: title/abstract)
  std::string reason;    // of an exclusion
  std::string fulltext_decision;  // include, exclude, maybe, not-retrieved (screen:fulltext:)
  std::string fulltext_reason;    // of a full-text exclusion
  std::string notes;     // the user's notes (refnet note), separated by a blank line
};

struct ExportOptions {
  bool ascii = false;  // BibTeX/BibLaTeX: write non-ASCII letters as LaTeX accents
  // CSV/TSV: the columns, comma-separated names from csv_column_list() or
  // "scopus" (a Scopus CSV export's columns); empty: key, authors, year,
  // title, container, volume, issue, pages, doi, url.
  std::string columns;
  bool bom = false;  // CSV/TSV: start with a UTF-8 byte order mark (for spreadsheets)
  ExportProfile profile = ExportProfile::paper;
  std::set<std::string> skip_fields;  // BibTeX field names never written (lower case)
  std::set<std::string> keep_fields;  // written even when the profile leaves them out
  // The keys (lower case) of the entries in this export, when known: a
  // `crossref`/`xref` to another key is left out (with a warning) rather
  // than left dangling, which bibtex and biber reject.
  const std::unordered_set<std::string>* exported_keys = nullptr;
  // Keys (lower case) whose `crossref`/`xref` closes a cycle (a -> b -> a):
  // left out with a warning, since biber stops at circular inheritance.
  const std::unordered_set<std::string>* crossref_cycles = nullptr;
  ExportNotes* notes = nullptr;
  // Keys of absorbed works by the key of the work that absorbed them:
  // biblatex writes them as `ids`, so that \cite{old} still resolves.
  const std::unordered_map<std::string, std::vector<std::string>>* aliases = nullptr;
  // CSV/TSV: the facts of each work, by its key.
  const std::unordered_map<std::string, WorkFacts>* work_facts = nullptr;
  // The user's notes on each work (`refnet note`), oldest first, by its key:
  // BibTeX/BibLaTeX `annote` (joined by a blank line), RIS `N1` (one a
  // note), CSL-JSON `annote`.
  const std::unordered_map<std::string, std::vector<std::string>>* user_notes = nullptr;
  // BibTeX/BibLaTeX: the tags of each work, by its key, written into
  // `keywords` (export --tags-as-keywords); null by default: tags are private.
  const std::unordered_map<std::string, std::vector<std::string>>* tags_as_keywords = nullptr;
  TitleCase title_case = TitleCase::keep;
  // BibTeX/BibLaTeX/CSL-JSON/RIS: the identity of the library the works are
  // exported from, written on each entry as refnet's mark (own_export_mark.hpp);
  // empty: none.  A mark a record was read with is never written.
  std::string library_mark;
  // The id of each exported work, by the key it is written under: the mark's
  // work part (own_export_mark_for); null: the library's part alone.
  const std::unordered_map<std::string, std::int64_t>* work_ids = nullptr;
};

// The title of `r` recased (letters only: the rich text tags and the
// protected spans keep their offsets, a protected span its letters).
void recase_title(Record& r, TitleCase mode);
// The same, returning the spans whose letters it kept (the source's
// protection, else the proper nouns of a sentence-case title, acronyms,
// inner capitals): what a BibTeX writer braces, since the recased title no
// longer shows which words were names ("Digital government in Kazakhstan
// and Estonia: Lessons from Europe" has more capitals than a sentence-case
// title has).
std::vector<Span> recase_title_kept(Record& r, TitleCase mode);
// `r` itself for TitleCase::keep, else a copy in `scratch` with its title recased.
const Record& with_title_case(const Record& r, TitleCase mode, Record& scratch);

// The list `by_key` (user_notes, tags_as_keywords) holds for `r`, or null.
inline const std::vector<std::string>* of_work(const std::unordered_map<std::string, std::vector<std::string>>* by_key,
                                               const Record& r) {
  if (!by_key) return nullptr;
  auto it = by_key->find(r.citekey);
  return it == by_key->end() || it->second.empty() ? nullptr : &it->second;
}

// The first keys of a warning's entries: "a1, a2, a3, a4, a5, ...".
inline std::string keys_named(const std::vector<std::string>& keys) {
  constexpr std::size_t kNamed = 5;
  std::string w;
  for (std::size_t k = 0; k < keys.size() && k < kNamed; ++k) w += (k ? ", " : "") + keys[k];
  if (keys.size() > kNamed) w += ", ...";
  return w;
}

// The extra fields (values a source gave that no Record member holds) an
// export did not write, counted by source format and field, for one warning
// each once the export is over: "12 values of PA (wos) not written: RIS has
// no field for it (k1, k2, ...)".  A writer tells, for each record, which of
// its extra fields it wrote (or said otherwise); the rest are counted.  The
// fields that are the record's type or the source's own markup (a .bib
// source's @preamble and entry type, RIS TY, EndNote's ref-type) are no values.
class UnwrittenExtras {
 public:
  // Counts the extra fields of `r` not in `written`.
  void record(const Record& r, const std::vector<const ExtraField*>& written);
  // The warnings, the most frequent field first; forgets the counts.  One
  // a field ("1640 values of PHST (medline) not written: BibTeX has no
  // field for it (k1, ...)") for a source format with at most three such
  // fields; a source format with more is said in one line where its first
  // field's would be, each field with its count ("7123 values of 34 fields
  // (medline) not written: BibTeX has no field for them: PHST 1640, AID
  // 591, ... (k1, k2, ...)"), so that a MEDLINE library's bookkeeping tags
  // do not bury what a paper needs to know.  A field in the export's own
  // format that another source of a merged work gave is said apart: the
  // format has the field, but the writer writes the work's record's own
  // fields only ("1 value of DP (ris) not written: the work's record is
  // another source's (bibtex), and RIS writes that record's own fields only").
  void say(std::string_view format, ExportNotes* notes);

 private:
  struct Count {
    std::string name, source_format;  // the field and the format it came in
    // Of a source not the work's record (a merged work's other source): the
    // format of the work's record; empty for the record's own fields.
    std::string record_format;
    std::size_t values = 0;
    std::vector<std::string> keys;
  };
  std::vector<Count> counts_;  // in order of first sight
};

// Each writer is given the records in the order to write them; each record's
// citekey is set.  Output is deterministic: the same records give the same
// bytes.
void write_bibtex(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});
void write_biblatex(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});
void write_ris(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});
void write_csljson(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt = {});

// The same writers, one record at a time, so that an export streams: begin()
// once, record() for each record in order, end() once.  Each appends its
// text to `out` (the caller drains it when it likes); the bytes are exactly
// those of the vector functions above for the same records.
class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  virtual void begin(std::string& out) { (void)out; }
  virtual void record(std::string& out, const Record& r) = 0;
  virtual void end(std::string& out) { (void)out; }
  // The parts of a record the format writes: a reader need decode no others.
  virtual RecordParts parts() const = 0;
};
std::unique_ptr<RecordWriter> bibtex_writer(const ExportOptions& opt = {});
std::unique_ptr<RecordWriter> biblatex_writer(const ExportOptions& opt = {});
std::unique_ptr<RecordWriter> ris_writer(const ExportOptions& opt = {});
std::unique_ptr<RecordWriter> csljson_writer(const ExportOptions& opt = {});
// CSV (RFC 4180) and TSV tables, one row a work under a header row.  Throw
// std::invalid_argument when opt.columns names a column there is not.
std::unique_ptr<RecordWriter> csv_writer(const ExportOptions& opt = {});
std::unique_ptr<RecordWriter> tsv_writer(const ExportOptions& opt = {});
// The names --columns accepts, ", "-separated, in the order of the table.
std::string csv_column_list();
// The columns of a record's own fields, which refnet's table reader reads
// back into them, ","-separated in the order of the table: refnet's own
// CSV of one record written whole (store.cpp's own_export_round_trips).
std::string csv_record_columns();
// The other names --columns accepts ("journal=container, ..."): what users
// and other tools call those columns.
std::string csv_column_aliases();

// begin(), record() for each record, end(), written to `out` in 1 MB chunks:
// the vector functions above, for any RecordWriter.
void write_records(RecordWriter& w, std::ostream& out, const std::vector<Record>& records);

}  // namespace refnet
