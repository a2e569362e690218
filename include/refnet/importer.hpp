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

enum class Format { unknown, bibtex, ris, crossref, endnote_xml, csl_json };

std::string_view format_name(Format f);  // "bibtex", "ris", "crossref", "endnote-xml", "csl-json"
// Also accepts "bib", "biblatex", "json", "endnote", "csl", "csljson"; unknown otherwise.
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

// A record's provenance as every parser fills it: the file `diags` names,
// the format, the line of the record's first byte (`offset`), and the
// content hash of its source text.
void set_provenance(Record& r, const Diagnostics& diags, std::string_view format, std::size_t offset,
                    std::string_view source);

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

// EndNote XML (EndNote 8 to 20, Mendeley's and Zotero's writers, the old
// upper-case <XML><RECORDS><RECORD> dialect): each <record> is parsed on its
// own with pugixml, so a malformed one is an error and the others import.
ParseStats parse_endnote_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink);

// CSL-JSON (an array of items, one item, or JSON Lines), as Zotero, Better
// BibTeX, citation.js and refnet's own exporter write it.
ParseStats parse_csl_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// JSON text whose first item is CSL (an `id`, a CSL `type`, `title` a
// string), not a Crossref work or message.
bool looks_like_csl_json(std::string_view json);

// What the text holds.  A page may hold both BibTeX and RIS; JSON is alone.
struct Detection {
  bool bibtex = false;
  bool ris = false;
  bool ris_embedded = false;  // records open with TY: skip text outside TY..ER
  bool crossref = false;
  bool endnote_xml = false;
  bool csl_json = false;
  bool any() const { return bibtex || ris || crossref || endnote_xml || csl_json; }
};
Detection detect_formats(std::string_view text);

// Decode-detect-parse for one input.  With `forced` != unknown only that
// parser runs on the whole text.  Diagnostics name `file`.
ParseStats import_text(std::string_view text, Format forced, Diagnostics& diags,
                       const RecordSink& sink, const BibtexOptions& bibtex = {});

}  // namespace refnet
