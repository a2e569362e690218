// Importers: UTF-8 text in, Records and Diagnostics out.  One file per format
// under importers/; the format is detected from content, not from the name.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "refnet/diagnostics.hpp"
#include "refnet/record.hpp"

namespace refnet {

enum class Format { unknown, bibtex, ris, crossref, wos, scopus_csv };

std::string_view format_name(Format f);  // "bibtex", "ris", "crossref", "wos", "scopus-csv"
// Also accepts "bib", "biblatex", "json", "wos-tagged", "csv"; unknown otherwise.
Format parse_format_name(std::string_view name);

// Receives each complete record.  Nothing half-parsed is ever passed on.
using RecordSink = std::function<void(Record&&)>;

struct ParseStats {
  std::size_t records = 0;   // passed to the sink
  std::size_t rejected = 0;  // malformed entries skipped (each with an error diagnostic)
  std::size_t macros = 0;    // BibTeX @string definitions read (input for later files)
};

// Every parser takes text as decode_text() returns it (UTF-8, LF line ends),
// reports through `diags` (whose set_source() was called with the same text),
// fills each record's provenance (file from diags.file(), format, line, and
// content_hash(format, source text of the record)), and goes on after a bad
// entry with the next one.  Text between records is ignored, so records
// embedded in a web page are found.

// What every parser does with a record it has built: fills its provenance
// (file from diags.file(), `format`, `line`, content_hash(format, source)),
// counts it and passes it to the sink.
void deliver_record(Record&& r, std::string_view format, std::string_view source, std::uint32_t line,
                    const Diagnostics& diags, ParseStats& stats, const RecordSink& sink);

// BibTeX and BibLaTeX.  `macros` pre-seeds @string definitions (e.g. from
// other files given on the same command line); definitions found are added.
struct BibtexContext;
struct BibtexOptions {
  // Cross-file state (macros, crossref/xdata targets) shared by the files of
  // one import; see BibtexContext.  Null: each call stands alone.
  BibtexContext* context = nullptr;
};

// What one BibTeX file leaves for the next files of the same import
// (`refnet import abbrev.bib crossref.bib biblio.bib`): the @string macros
// defined so far (lower-case name -> value after expansion) and the entries a
// later `crossref`/`xdata` may name (lower-case key -> type and fields, field
// names lower case, values raw after macro expansion).  Entries kept are the
// container types (book, proceedings, collection, mv*, reference, periodical),
// @xdata, and, in a file that uses crossref or xdata, every entry after the
// first use.
struct BibtexContext {
  struct Entry {
    std::string type;  // lower case
    std::string key;   // as written
    std::vector<std::pair<std::string, std::string>> fields;
  };
  std::unordered_map<std::string, std::string> macros;
  std::unordered_map<std::string, Entry> entries;
};
ParseStats parse_bibtex(std::string_view text, Diagnostics& diags, const RecordSink& sink,
                        const BibtexOptions& options = {});

// RIS, in the dialects of Scopus, Web of Science, PubMed, Zotero, EndNote, IEEE.
// `embedded`: records open with a TY line and end with ER; any text outside
// TY..ER (a web page around the records, junk before and after) is skipped.
// Without it, the text is RIS as a whole and a record may lack TY (old Scopus
// exports): it starts at the first tag line after the previous ER.
ParseStats parse_ris(std::string_view text, Diagnostics& diags, const RecordSink& sink,
                     bool embedded = false);

// Crossref REST API JSON: a `work` or `work-list` message, a bare work, a bare
// array, an unwrapped {"items": [...]}, or JSON Lines.
ParseStats parse_crossref_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);

// One work as the Crossref API returns it for /works/{doi}: a `work` message
// or a bare work object, mapped as parse_crossref_json maps each work.  A
// list, an API error or malformed JSON is an error diagnostic and no record.
// Like every parser, diags.set_source() must have been called with `json`.
ParseStats parse_crossref_work(std::string_view json, Diagnostics& diags, const RecordSink& sink);

// Web of Science tagged text (Plain text export, savedrecs.txt, .ciw): PT..ER
// records of two-letter tags, CR cited references parsed into references.
// The rules of the mapping are at the top of importers/wos_tagged.cpp.
ParseStats parse_wos_tagged(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// An FN header, or a file opening with "PT J" that has ER and UT/AU lines.
bool looks_like_wos_tagged(std::string_view text);

// Scopus CSV export (any layout since ~2016; columns found by their header
// names, see importers/scopus_csv.cpp), and any CSV whose header names
// Scopus's columns.  Rows that are not well-formed CSV, or hold more or fewer
// cells than the header, are errors and skipped.
ParseStats parse_scopus_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A CSV header row naming at least "Title" and two more Scopus columns.
bool looks_like_scopus_csv(std::string_view text);

// What the text holds.  A page may hold both BibTeX and RIS; JSON is alone.
struct Detection {
  bool bibtex = false;
  bool ris = false;
  bool ris_embedded = false;  // records open with TY: skip text outside TY..ER
  bool crossref = false;
  bool wos = false;         // alone, like JSON
  bool scopus_csv = false;  // alone
  bool any() const { return bibtex || ris || crossref || wos || scopus_csv; }
};
Detection detect_formats(std::string_view text);

// Decode-detect-parse for one input.  With `forced` != unknown only that
// parser runs on the whole text.  Diagnostics name `file`.
ParseStats import_text(std::string_view text, Format forced, Diagnostics& diags,
                       const RecordSink& sink, const BibtexOptions& bibtex = {});

}  // namespace refnet
