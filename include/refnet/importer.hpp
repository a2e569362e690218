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

enum class Format {
  unknown, bibtex, ris, crossref, medline, pubmed_xml, wos, scopus_csv, endnote_xml, csl_json,
  wos_tab, lens_csv, dimensions_csv, zotero_json, ovid, ieee_csv, springer_csv, pubmed_csv, table_csv,
  cochrane, proquest, noteexpress, scopus_txt, zotero_rdf, mods, sciencedirect_txt, europepmc, eppi_json
};

// "bibtex", "ris", "crossref", "medline", "pubmed-xml", "wos", "scopus-csv",
// "endnote-xml", "csl-json", "wos-tab", "lens", "dimensions", "zotero-json",
// "ovid", "ieee-csv", "springer-csv", "pubmed-csv", "table", "cochrane",
// "proquest", "noteexpress", "scopus-txt", "zotero-rdf", "mods", "sciencedirect-txt",
// "europepmc", "eppi-json"
std::string_view format_name(Format f);
// Also accepts "bib", "biblatex", "json", "nbib", "pubmed" (PubMed's own name
// for its MEDLINE text), "wos-tagged", "csv", "endnote", "csl", "csljson",
// "wos-tsv", "lens-csv", "dimensions-csv", "zotero", "ovid-tagged", "ieee",
// "springer", "springerlink", "tsv", "cochrane-txt", "central", "cdsr",
// "proquest-txt", "ne", "noteexpress-txt", "scopus-text", "scopus-plain", "rdf", "mods-xml", "europe-pmc", "epmc", "eppi",
// "eppi-reviewer"; unknown
// otherwise.
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

// A line and a column (in characters), both 1-based.
struct TextPosition {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

// A record's provenance as every parser fills it: the file `diags` names,
// the format, the line of the record's first byte (`offset`), and the
// content hash of its source text.
void set_provenance(Record& r, const Diagnostics& diags, std::string_view format, std::size_t offset,
                    std::string_view source);
// The same, given the record's first line and column rather than its first
// byte.
void set_provenance_at(Record& r, const Diagnostics& diags, std::string_view format, TextPosition at,
                       std::string_view source);
// A diagnostic about a whole record, at its start (its provenance's line and
// column): a retraction, control characters removed, an incomplete record.
void report_record(Diagnostics& diags, Severity s, const Record& r, std::string message);
// What every parser does with a record it has built: fills its provenance
// (file from diags.file(), `format`, `line`, content_hash(format, source)),
// counts it and passes it to the sink.
void deliver_record(Record&& r, std::string_view format, std::string_view source, std::uint32_t line,
                    const Diagnostics& diags, ParseStats& stats, const RecordSink& sink);

// The same as deliver_record, at a line and column: a record that need not
// start its line (one-line XML and JSON exports hold every record on line 1).
void deliver_record_at(Record&& r, std::string_view format, std::string_view source, TextPosition at,
                       const Diagnostics& diags, ParseStats& stats, const RecordSink& sink);

// Positions of offsets into one text that come in order (a reader's
// records), each counted on from the one before: linear over the file, a
// one-line file too.  Faster than Diagnostics' line search, which keeps
// marks for going back.
class PositionCounter {
 public:
  explicit PositionCounter(std::string_view text) : text_(text) {}
  TextPosition at(std::size_t offset);

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  TextPosition at_;
};

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
// EndNote's tagged format ("%0 Journal Article", "%A Smith, J"; .enw),
// which parse_ris reads too.
bool looks_like_endnote_tagged(std::string_view text);
// RefWorks' tagged format ("RT Journal Article", "A1 Sharma Ashutosh"; CNKI,
// Wanfang and VIP's RefWorks export), which parse_ris reads too.
bool looks_like_refworks_tagged(std::string_view text);
// The CSL type of an EndNote reference type name ("Journal Article",
// "Book Section"), or "" when it is none.
std::string_view endnote_type_csl(std::string_view name);
// The CSL type a BibTeX/BibLaTeX entry type (lower case: "misc", "online")
// is read as; a type the reader does not know is a "document".  The
// BibTeX writer says which works it writes under a type read back as another.
std::string_view bibtex_entry_csl_type(std::string_view entry_type);

// Crossref REST API JSON: a `work` or `work-list` message, a bare work, a bare
// array, an unwrapped {"items": [...]}, or JSON Lines.
ParseStats parse_crossref_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);

// One work as the Crossref API returns it for /works/{doi}: a `work` message
// or a bare work object, mapped as parse_crossref_json maps each work.  A
// list, an API error or malformed JSON is an error diagnostic and no record.
// Like every parser, diags.set_source() must have been called with `json`.
ParseStats parse_crossref_work(std::string_view json, Diagnostics& diags, const RecordSink& sink);

// MEDLINE tagged text: PubMed's "PubMed format" (.nbib), ERIC's and Ovid's
// MEDLINE export.  Records are separated by blank lines (a PMID line also
// opens one); text around them is ignored.
ParseStats parse_medline(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// `PMID- `, `TI  - `, `FAU - `: a tag of 2-4 capitals or digits padded to
// four columns, a dash, a space (or the line end).
bool is_medline_tag_line(std::string_view line);
// A MEDLINE date (DP "1996 Jul 9", "2010 Sep-Oct", DEP "20211227", PubMed
// XML's MedlineDate): year, month and day when the text names one of each;
// the text is kept in Date::text when it says more (a range, a season).
Date parse_medline_date(std::string_view s);
// The CSL type of a record's publication types as MEDLINE (PT), PubMed XML
// and ERIC write them ("Journal Article", "Preprint", "Book Chapter",
// "Reports - Research"; any case), most specific first.  `has_bti`: the
// record names the book it is part of.  A PubMed record (`has_pmid`) or one
// in a journal is a journal article unless its types say otherwise.
std::string medline_type_csl(const std::vector<std::string_view>& pts, bool has_bti, bool has_journal, bool has_pmid,
                             bool has_issue);
// NLM ends every article title with a period it adds itself ("Effect of X
// on Y."): dropped, so that PubMed's titles match the publisher's and a style
// does not print "Y..".  A period after a capital initial ("U.S.",
// "vitamin B.") is kept.
std::string drop_nlm_period(std::string_view title);
// Whether a title is NLM's English translation of a title in another
// language, "[Title in English]." (MEDLINE's brackets hold the whole title):
// drop_nlm_period reads it without them.
bool nlm_translated_title(std::string_view title);

// PubMed XML (efetch, "Send to: File, XML"): PubmedArticle and
// PubmedBookArticle elements, inside a PubmedArticleSet or not.  Read with
// pugixml; a document that is not well-formed is one error at the place
// pugixml stopped, and the articles before it are kept.
ParseStats parse_pubmed_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink);

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
// Scopus's plain-text ("Text") export: "Scopus" and "EXPORT DATE:" lines
// (both after "# " until 2022), then records of positional head lines and
// labelled fields, each ended by "SOURCE: Scopus"; every field read as the
// CSV reader reads its column.  Rules at the top of importers/scopus_txt.cpp.
ParseStats parse_scopus_txt(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// "Scopus" (or "# Scopus") as the first line and "EXPORT DATE:" the next.
bool looks_like_scopus_txt(std::string_view text);
// ScienceDirect's plain-text export ("Export citation to text"): blocks of
// comma-ended head lines (authors, title, journal, "Volume N, Issue M",
// year, pages, ISSN, DOI) to the article's address in parentheses, then
// "Abstract:" and "Keywords:".  Rules at the top of importers/sciencedirect_txt.cpp.
ParseStats parse_sciencedirect_txt(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A first block with a year line and the "(https://www.sciencedirect.com/" line.
bool looks_like_sciencedirect_txt(std::string_view text);
// Europe PMC's REST API JSON (search, resultType core, lite or idlist; an
// /article response; an array of such responses, as clients save their
// pages).  Rules at the top of importers/europepmc_json.cpp.
ParseStats parse_europepmc_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A JSON object with "resultList" (or "result") whose first result has
// Europe PMC's "source" and "id", or an array of such objects.
bool looks_like_europepmc_json(std::string_view text);
// Web of Science "Tab-delimited file" export (UTF-16 "Win"/"Mac" or UTF-8):
// a header row of the two-letter tags of the tagged export (PT, AU, ... UT),
// then one record a row, list fields ("; "-separated AU, AF, C1, CR) split
// and every field mapped as parse_wos_tagged maps it (wos_fields.hpp).
ParseStats parse_wos_tab(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A first row "PT<TAB>AU<TAB>..." of at least ten two-letter tags.
bool looks_like_wos_tab(std::string_view text);

// Lens.org scholarly works CSV export ("Lens ID", "Title", ... "References"
// of Lens IDs).  Columns found by their header names.
ParseStats parse_lens_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A CSV header row opening with "Lens ID" and naming "Title".
bool looks_like_lens_csv(std::string_view text);

// Dimensions publications CSV export: an "About the data: ..." line, then
// a header row ("Rank", "Publication ID", "DOI", ... "Cited references").
ParseStats parse_dimensions_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// An "About the data" line followed by a header naming "Publication ID"
// and "Title", or such a header alone.
bool looks_like_dimensions_csv(std::string_view text);

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

// Zotero item JSON: what Zotero's API, its translator test cases and Better
// BibTeX's "BetterBibTeX JSON" export write (items with an `itemType`,
// `creators` of firstName/lastName or name), as an array of items, one item,
// {"items": [...]} (with BBT's "config" beside it) or API objects holding
// the item in "data".  Rules at the top of importers/zotero_json.cpp.
ParseStats parse_zotero_json(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// JSON whose first item has a string `itemType`.
bool looks_like_zotero_json(std::string_view json);

// Ovid's own field format ("<1. >" before each record, "VN  - Ovid
// Technologies", tagged fields, no TY/ER): its Citavi, EndNote and
// Reference Manager direct exports.  Rules at the top of importers/ovid_tagged.cpp.
ParseStats parse_ovid_tagged(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A "VN  - Ovid Technologies" line among the first lines (after "<1. >").
bool looks_like_ovid_tagged(std::string_view text);

// IEEE Xplore's CSV export ("Document Title", "Authors", "Author
// Affiliations", ... "Document Identifier").  Columns found by their header names.
ParseStats parse_ieee_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A header opening with "Document Title" and naming "Date Added To Xplore"
// or "Author Affiliations".
bool looks_like_ieee_csv(std::string_view text);

// SpringerLink's search-results CSV ("Item Title", "Publication Title", ...
// "Content Type"), whose Authors cell runs the names together.
ParseStats parse_springer_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A header naming "Item Title", "Item DOI" and "Content Type".
bool looks_like_springer_csv(std::string_view text);

// PubMed's CSV export (PMID, Title, Authors, Citation, First Author,
// Journal/Book, Publication Year, Create Date, PMCID, NIHMS ID, DOI).
ParseStats parse_pubmed_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A header opening with PMID, Title, Authors, Citation.
bool looks_like_pubmed_csv(std::string_view text);

// A CSV or TSV table of references with no reader of its own (Zotero,
// Rayyan, Covidence, Cochrane, CINAHL, Embase, OpenAlex, Google Scholar,
// RefWorks...): columns found by their names (importers/table_csv.cpp).
ParseStats parse_table_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// One of the first 40 lines is a header naming a title column and two more
// known columns.
bool looks_like_table_csv(std::string_view text);

// The Cochrane Library's plain-text export (CENTRAL trials, CDSR reviews):
// "Record #1 of 250", then "ID: CN-01234567", "AU: Smith J", "TI: ...",
// "SO: ...", "YR: ..." lines.  Rules at the top of importers/cochrane.cpp.
ParseStats parse_cochrane(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A "Record #N of M" line followed by an "ID: " line among the first lines.
bool looks_like_cochrane(std::string_view text);

// ProQuest's plain-text export ("Text only", "ProQuestDocuments-*.txt"):
// records between lines of underscores, "Label: value" fields (Title,
// Author, Publication title, ProQuest document ID...), including ProQuest
// Dissertations & Theses.  Rules at the top of importers/proquest.cpp.
ParseStats parse_proquest(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A "ProQuest document ID:" line, or a "Document URL:" line naming
// proquest.com, near a "Title:" line.
bool looks_like_proquest(std::string_view text);

// NoteExpress's tagged export (CNKI, Wanfang, VIP): "{Reference Type}:
// Journal Article", "{Title}: ...", "{Author}: a;b;".  Rules at the top of
// importers/noteexpress.cpp.
ParseStats parse_noteexpress(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// A "{Reference Type}:" line among the first lines.
bool looks_like_noteexpress(std::string_view text);

// Zotero RDF (Zotero's "Zotero RDF" export): every item under rdf:RDF is a
// record; attachments, notes and collections are counted and said.  Rules at
// the top of importers/zotero_rdf.cpp.
ParseStats parse_zotero_rdf(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// An <rdf:RDF> document that binds Zotero's export namespace in its first kilobytes.
bool looks_like_zotero_rdf(std::string_view text);

// MODS XML (bibutils' bib2xml/ris2xml, Zotero's and JabRef's MODS
// exports, library catalogues and repositories, alone or in an OAI-PMH or
// SRU response): every <mods> is a record.  Rules at the top of
// importers/mods_xml.cpp.
ParseStats parse_mods_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink);
// An XML document whose root is <mods> or <modsCollection> (any prefix), or
// that binds MODS's namespace and holds a <mods> in its first kilobytes.
bool looks_like_mods_xml(std::string_view text);

// What the text holds.  A page may hold both BibTeX and RIS; JSON is alone.
struct Detection {
  bool bibtex = false;
  bool ris = false;
  bool ris_embedded = false;  // records open with TY: skip text outside TY..ER
  bool crossref = false;
  bool medline = false;
  bool pubmed_xml = false;
  bool wos = false;         // alone, like JSON
  bool scopus_csv = false;  // alone
  bool endnote_xml = false;
  bool csl_json = false;
  bool wos_tab = false;         // alone
  bool lens_csv = false;        // alone
  bool dimensions_csv = false;  // alone
  bool zotero_json = false;
  bool ovid = false;          // alone
  bool ieee_csv = false;      // alone
  bool springer_csv = false;  // alone
  bool pubmed_csv = false;    // alone
  bool table_csv = false;     // alone, and only when nothing else is found
  bool cochrane = false;      // alone
  bool proquest = false;      // alone
  bool noteexpress = false;   // alone
  bool scopus_txt = false;    // alone
  bool zotero_rdf = false;    // alone
  bool mods = false;          // alone
  bool sciencedirect_txt = false;  // alone
  bool europepmc = false;
  bool eppi_json = false;  // alone
  bool any() const {
    return bibtex || ris || crossref || medline || pubmed_xml || wos || scopus_csv || endnote_xml || csl_json ||
           wos_tab || lens_csv || dimensions_csv || zotero_json || ovid || ieee_csv || springer_csv || pubmed_csv ||
           table_csv || cochrane || proquest || noteexpress || scopus_txt || zotero_rdf || mods ||
           sciencedirect_txt || europepmc || eppi_json;
  }
  bool has(Format f) const;
};
Detection detect_formats(std::string_view text);

// What a text looks like, for messages ("MEDLINE", "PubMed XML", "an XML
// document <records>", "HTML", "CSV", "empty"...): names the detected format,
// else guesses from the first bytes.
std::string describe_content(std::string_view text);

// Decode-detect-parse for one input.  With `forced` != unknown only that
// parser runs on the whole text, unless the text is clearly another format
// (a MEDLINE file forced as RIS, XML forced as BibTeX): then it is one error
// naming what the text looks like, and nothing is read.  Diagnostics name
// `file`.
ParseStats import_text(std::string_view text, Format forced, Diagnostics& diags,
                       const RecordSink& sink, const BibtexOptions& bibtex = {});

}  // namespace refnet
