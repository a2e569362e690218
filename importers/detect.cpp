// Which formats a text holds, decided from content, never from a file name.
#include <algorithm>
#include <cctype>
#include <set>

#include "refnet/article_number.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_supplement.hpp"
#include "refnet/ebscohost.hpp"
#include "refnet/encoding.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "refnet/journal_abbrev.hpp"
#include "refnet/jats.hpp"
#include "refnet/calendar.hpp"
#include "refnet/months.hpp"
#include "refnet/page_text.hpp"
#include "refnet/text.hpp"
#include "abstract_label.hpp"
#include "csv_quoted.hpp"
#include "csv_rows.hpp"
#include "ebsco_abstract.hpp"
#include "eppi_json.hpp"
#include "europepmc.hpp"
#include "final_period.hpp"
#include "left_references.hpp"
#include "mojibake.hpp"
#include "name_roles.hpp"
#include "number_labels.hpp"
#include "publication_status.hpp"
#include "s2_entry_types.hpp"
#include "pure_january_first.hpp"
#include "noteexpress.hpp"
#include "json_dialects.hpp"
#include "reflib_json.hpp"
#include "scopus_api_json.hpp"
#include "scholarly_json.hpp"
#include "spreadsheet_numbers.hpp"
#include "spreadsheet_pages.hpp"
#include "table_header.hpp"
#include "tex_in_names.hpp"
#include "retraction.hpp"
#include "xml_document.hpp"

namespace refnet {

std::string_view format_name(Format f) {
  switch (f) {
    case Format::bibtex: return "bibtex";
    case Format::ris: return "ris";
    case Format::crossref: return "crossref";
    case Format::medline: return "medline";
    case Format::pubmed_xml: return "pubmed-xml";
    case Format::wos: return "wos";
    case Format::scopus_csv: return "scopus-csv";
    case Format::endnote_xml: return "endnote-xml";
    case Format::csl_json: return "csl-json";
    case Format::wos_tab: return "wos-tab";
    case Format::lens_csv: return "lens";
    case Format::dimensions_csv: return "dimensions";
    case Format::zotero_json: return "zotero-json";
    case Format::ovid: return "ovid";
    case Format::ieee_csv: return "ieee-csv";
    case Format::springer_csv: return "springer-csv";
    case Format::pubmed_csv: return "pubmed-csv";
    case Format::table_csv: return "table";
    case Format::cochrane: return "cochrane";
    case Format::proquest: return "proquest";
    case Format::noteexpress: return "noteexpress";
    case Format::scopus_txt: return "scopus-txt";
    case Format::zotero_rdf: return "zotero-rdf";
    case Format::mods: return "mods";
    case Format::sciencedirect_txt: return "sciencedirect-txt";
    case Format::europepmc: return "europepmc";
    case Format::eppi_json: return "eppi-json";
    default: return "unknown";
  }
}

Format parse_format_name(std::string_view name) {
  std::string n = ascii_lower(name);
  if (n == "bibtex" || n == "bib" || n == "biblatex") return Format::bibtex;
  // EndNote's and RefWorks' tagged formats are read by the RIS reader.
  if (n == "ris" || n == "enw" || n == "endnote-tagged" || n == "refer" || n == "refworks" || n == "refworks-tagged")
    return Format::ris;
  // OpenAlex's JSON is read by the Crossref reader, which knows its works.
  if (n == "crossref" || n == "json" || n == "crossref-json" || n == "jsonl" || n == "openalex" || n == "openalex-json")
    return Format::crossref;
  if (n == "medline" || n == "nbib" || n == "pubmed") return Format::medline;
  if (n == "pubmed-xml" || n == "pubmedxml" || n == "pubmed_xml") return Format::pubmed_xml;
  if (n == "wos" || n == "wos-tagged" || n == "ciw") return Format::wos;
  if (n == "scopus-csv" || n == "scopus" || n == "csv") return Format::scopus_csv;
  if (n == "endnote" || n == "endnote-xml" || n == "enw-xml") return Format::endnote_xml;
  if (n == "csl" || n == "csl-json" || n == "csljson") return Format::csl_json;
  if (n == "wos-tab" || n == "wos-tsv" || n == "wos-tab-delimited") return Format::wos_tab;
  if (n == "lens" || n == "lens-csv") return Format::lens_csv;
  if (n == "dimensions" || n == "dimensions-csv") return Format::dimensions_csv;
  if (n == "zotero" || n == "zotero-json") return Format::zotero_json;
  if (n == "ovid" || n == "ovid-tagged") return Format::ovid;
  if (n == "ieee" || n == "ieee-csv") return Format::ieee_csv;
  if (n == "springer" || n == "springer-csv" || n == "springerlink") return Format::springer_csv;
  if (n == "pubmed-csv") return Format::pubmed_csv;
  if (n == "table" || n == "tsv" || n == "table-csv") return Format::table_csv;
  if (n == "cochrane" || n == "cochrane-txt" || n == "central" || n == "cdsr") return Format::cochrane;
  if (n == "proquest" || n == "proquest-txt") return Format::proquest;
  if (n == "noteexpress" || n == "ne" || n == "noteexpress-txt") return Format::noteexpress;
  if (n == "scopus-txt" || n == "scopus-text" || n == "scopus-plain") return Format::scopus_txt;
  if (n == "zotero-rdf" || n == "rdf") return Format::zotero_rdf;
  if (n == "mods" || n == "mods-xml") return Format::mods;
  if (n == "sciencedirect-txt" || n == "sciencedirect-text" || n == "sciencedirect") return Format::sciencedirect_txt;
  if (n == "europepmc" || n == "europe-pmc" || n == "epmc" || n == "europepmc-json") return Format::europepmc;
  if (n == "eppi-json" || n == "eppi" || n == "eppi-reviewer" || n == "eppi-reviewer-json") return Format::eppi_json;
  if (n == "estudy" || n == "e-study" || n == "cnki") return Format::noteexpress;  // read by the NoteExpress reader
  return Format::unknown;
}

void set_provenance_at(Record& r, const Diagnostics& diags, std::string_view format, TextPosition at,
                       std::string_view source) {
  r.provenance.file = diags.file();
  r.provenance.format = std::string(format);
  r.provenance.line = at.line;
  r.provenance.column = at.column;
  r.provenance.hash = content_hash(format, source);
  keep_doi_spelling(r, source);
}

void set_provenance(Record& r, const Diagnostics& diags, std::string_view format, std::size_t offset,
                    std::string_view source) {
  auto [line, column] = diags.position(offset);
  set_provenance_at(r, diags, format, TextPosition{line, column}, source);
}

void report_record(Diagnostics& diags, Severity s, const Record& r, std::string message) {
  diags.report_at(s, r.provenance.line, r.provenance.column, std::move(message));
}

namespace {

// JSON no reader of its own claimed (detect_formats' d.crossref): RefLib's
// (reflib_json.hpp), the Scopus Search API's (scopus_api_json.hpp), Lens.org's
// and the Dimensions API's (scholarly_json.hpp); a
// service's JSON refnet does not read refused by name (json_dialects.hpp);
// else Crossref's or OpenAlex's, which the Crossref reader reads.
ParseStats parse_other_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  if (looks_like_reflib_json(text)) return parse_reflib_json(text, diags, sink);
  if (looks_like_scopus_api_json(text)) return parse_scopus_api_json(text, diags, sink);
  if (looks_like_lens_json(text)) return parse_lens_json(text, diags, sink);
  if (looks_like_dimensions_json(text)) return parse_dimensions_json(text, diags, sink);
  // A service's JSON refnet has no reader for: refused by its name, not
  // read as Crossref's into works without authors, year or DOI.
  if (std::string name = unread_json_dialect(text); !name.empty()) {
    diags.file_error("the file is " + name + ", which refnet does not read (not Crossref JSON): nothing read");
    return {};
  }
  return parse_crossref_json(text, diags, sink);
}

// Europe PMC's REST responses, JSON or XML.
ParseStats parse_europepmc(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return looks_like_europepmc_xml(text) ? parse_europepmc_xml(text, diags, sink) : parse_europepmc_json(text, diags, sink);
}

// An RIS tag line: two characters (a capital letter, then a capital or a
// digit), one or two spaces, a dash, then a space or the line end.
bool is_ris_tag_line(std::string_view line) {
  if (line.size() < 4) return false;
  if (!(line[0] >= 'A' && line[0] <= 'Z')) return false;
  if (!((line[1] >= 'A' && line[1] <= 'Z') || is_digit(line[1]))) return false;
  std::size_t i = 2;
  if (line[i] != ' ') return false;
  ++i;
  if (i < line.size() && line[i] == ' ') ++i;
  if (i >= line.size() || line[i] != '-') return false;
  ++i;
  return i == line.size() || line[i] == ' ' || line[i] == '\t';
}

// "@word{" or "@word(" with optional white space before the delimiter.
bool is_bibtex_entry_at(std::string_view text, std::size_t at) {
  // Semantic Scholar's "@['JournalArticle', 'Conference']{".
  if (at + 1 < text.size() && text[at + 1] == '[') return s2_type_list_end(text, at + 1) != std::string_view::npos;
  std::size_t i = at + 1;
  std::size_t start = i;
  while (i < text.size() && (is_alpha(text[i]) || text[i] == '_' || text[i] == '-')) ++i;
  if (i == start) return false;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  return i < text.size() && (text[i] == '{' || text[i] == '(');
}

// Where the BibTeX entry opening at `at` (is_bibtex_entry_at) ends: after
// the brace (or parenthesis) that closes its body; `at` itself when it does
// not close (a cut file: its lines are left to the other readers).
std::size_t bibtex_entry_end(std::string_view text, std::size_t at) {
  std::size_t i = text.find_first_of("{(", at);
  if (i == std::string_view::npos) return at;
  const char close = text[i] == '{' ? '}' : ')';
  if (close == '}') {
    // Braces only: from one '}' to the next (memchr), the '{' between counted (std::count vectorises): every byte
    // of a BibTeX file passes here, and a byte at a time cost the BibTeX parse 14 % more instructions.
    std::size_t depth = 0;
    for (std::size_t from = i + 1;;) {
      const std::size_t shut = text.find('}', from);
      if (shut == std::string_view::npos) return at;
      depth += std::size_t(std::count(text.begin() + from, text.begin() + shut, '{'));
      if (depth == 0) return shut + 1;
      --depth;
      from = shut + 1;
    }
  }
  int depth = 0;
  for (++i; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '{') ++depth;
    else if (c == '}' && depth > 0) --depth;
    else if (c == close && depth == 0) return i + 1;
  }
  return at;
}

// OpenAlex JSON names its first work in its first kilobytes: "id" (or
// "ids": {"openalex": ...}) is "https://openalex.org/W...".
bool names_openalex_work(std::string_view body) {
  std::string_view head = body.substr(0, 1 << 16);
  constexpr std::string_view kWork = "\"https://openalex.org/W";
  for (std::size_t at = head.find(kWork); at != std::string_view::npos; at = head.find(kWork, at + 1)) {
    std::size_t k = at;
    while (k > 0 && is_space(head[k - 1])) --k;
    if (k == 0 || head[k - 1] != ':') continue;
    --k;
    while (k > 0 && is_space(head[k - 1])) --k;
    std::string_view before = head.substr(0, k);
    if (ends_with(before, "\"id\"") || ends_with(before, "\"openalex\"")) return true;
  }
  return false;
}

// PubMed XML names its elements in the first kilobytes (after the XML
// declaration and the DOCTYPE).
bool is_pubmed_xml(std::string_view body) {
  if (body.empty() || body.front() != '<') return false;
  std::string_view head = body.substr(0, 1 << 16);
  return head.find("<PubmedArticleSet") != std::string_view::npos || head.find("<PubmedArticle>") != std::string_view::npos ||
         head.find("<PubmedArticle ") != std::string_view::npos || head.find("<PubmedBookArticle") != std::string_view::npos;
}

// EndNote XML: after an optional XML declaration, an <xml> element (any
// case) whose first child is <records>.  EndNote, Mendeley and Zotero all
// write this wrapper; nothing else does.
bool is_endnote_xml(std::string_view body) {
  if (starts_with(body, "<?xml")) {
    std::size_t end = body.find("?>");
    if (end == std::string_view::npos) return false;
    body = trim(body.substr(end + 2));
  }
  if (!istarts_with(body, "<xml>")) return false;
  return istarts_with(trim(body.substr(5)), "<records");
}


// Whether the line at `first_tag` (the first that looks like a RIS, MEDLINE
// or BibTeX record's) is inside a quoted cell of a table whose header comes
// before it: an odd number of '"' before the line (a quote inside a quoted
// cell is written twice, so the count stays even outside cells), and the
// table's header (looks_like_table_csv) on a line before.  A RIS file opens
// with its TY line: no quote before it, nothing more asked.
bool tag_lines_in_table_cells(std::string_view text, std::size_t first_tag) {
  if (first_tag == std::string_view::npos || first_tag == 0) return false;
  const std::string_view before = text.substr(0, first_tag);
  if (std::count(before.begin(), before.end(), '"') % 2 == 0) return false;
  return table_header_before(text, first_tag);
}

}  // namespace

bool Detection::has(Format f) const {
  switch (f) {
    case Format::bibtex: return bibtex;
    case Format::ris: return ris;
    case Format::crossref: return crossref;
    case Format::medline: return medline;
    case Format::pubmed_xml: return pubmed_xml;
    case Format::wos: return wos;
    case Format::scopus_csv: return scopus_csv;
    case Format::endnote_xml: return endnote_xml;
    case Format::csl_json: return csl_json;
    case Format::wos_tab: return wos_tab;
    case Format::lens_csv: return lens_csv;
    case Format::dimensions_csv: return dimensions_csv;
    case Format::zotero_json: return zotero_json;
    case Format::ovid: return ovid;
    case Format::ieee_csv: return ieee_csv;
    case Format::springer_csv: return springer_csv;
    case Format::pubmed_csv: return pubmed_csv;
    case Format::table_csv: return table_csv;
    case Format::cochrane: return cochrane;
    case Format::proquest: return proquest;
    case Format::noteexpress: return noteexpress;
    case Format::scopus_txt: return scopus_txt;
    case Format::zotero_rdf: return zotero_rdf;
    case Format::mods: return mods;
    case Format::sciencedirect_txt: return sciencedirect_txt;
    case Format::europepmc: return europepmc;
    case Format::eppi_json: return eppi_json;
    case Format::unknown: break;
  }
  return false;
}

Detection detect_formats(std::string_view text) {
  Detection d;
  std::string_view body = trim(text);
  if (is_pubmed_xml(body)) {
    d.pubmed_xml = true;
    return d;
  }
  if (looks_like_zotero_rdf(body)) {
    d.zotero_rdf = true;
    return d;
  }
  if (looks_like_mods_xml(body)) {
    d.mods = true;
    return d;
  }
  if (looks_like_europepmc_xml(body)) {
    d.europepmc = true;
    return d;
  }
  if (!body.empty() && (body.front() == '{' || body.front() == '[')) {
    // JSON opens an object with a key (or closes it), an array with an
    // object, an array, or its end; a page opening "[PDF] Title" is not JSON.
    std::string_view rest = trim(body.substr(1));
    char next = rest.empty() ? '\0' : rest.front();
    if (body.front() == '{' ? (next == '"' || next == '}') : (next == '{' || next == '[' || next == ']')) {
      // EPPI-Reviewer's export is an object of members, as a Crossref
      // response is: its own reader (eppi_json.hpp).
      if (looks_like_eppi_json(body)) d.eppi_json = true;
      else if (looks_like_zotero_json(body)) d.zotero_json = true;
      else if (looks_like_europepmc_json(body)) d.europepmc = true;
      else if (names_openalex_work(body)) d.crossref = true;  // OpenAlex works: the Crossref reader knows them
      // RefLib's JSON, whose types "book", "thesis", "report" are CSL's
      // too: read by its reader (parse_other_json), not as CSL-JSON.
      else if (looks_like_reflib_json(body) || looks_like_scopus_api_json(body)) d.crossref = true;
      else if (looks_like_lens_json(body) || looks_like_dimensions_json(body)) d.crossref = true;  // parse_other_json
      else if (!unread_json_dialect(body).empty()) d.crossref = true;  // refused by name (parse_other_json)
      else if (looks_like_csl_json(body)) d.csl_json = true;
      else d.crossref = true;
      return d;
    }
  }
  if (looks_like_ovid_tagged(text)) {
    d.ovid = true;
    return d;
  }
  // Before the scan for BibTeX: ProQuest's report ends with a bibliography
  // of the same records, BibTeX among its citation styles.
  if (looks_like_proquest(text)) {
    d.proquest = true;
    return d;
  }
  if (looks_like_cochrane(text)) {
    d.cochrane = true;
    return d;
  }
  if (looks_like_noteexpress(text)) {
    d.noteexpress = true;
    return d;
  }
  if (looks_like_scopus_txt(text)) {
    d.scopus_txt = true;
    return d;
  }
  if (looks_like_sciencedirect_txt(text)) {
    d.sciencedirect_txt = true;
    return d;
  }
  if (looks_like_ieee_csv(text)) {
    d.ieee_csv = true;
    return d;
  }
  if (looks_like_springer_csv(text)) {
    d.springer_csv = true;
    return d;
  }
  if (looks_like_pubmed_csv(text)) {
    d.pubmed_csv = true;
    return d;
  }
  if (looks_like_wos_tagged(text)) {
    d.wos = true;
    return d;
  }
  if (looks_like_wos_tab(text)) {
    d.wos_tab = true;
    return d;
  }
  // Before Scopus: their headers also name "Title", "DOI", "Volume".
  if (looks_like_lens_csv(text)) {
    d.lens_csv = true;
    return d;
  }
  if (looks_like_dimensions_csv(text)) {
    d.dimensions_csv = true;
    return d;
  }
  if (looks_like_scopus_csv(text)) {
    d.scopus_csv = true;
    return d;
  }
  if (is_endnote_xml(body)) {
    d.endnote_xml = true;
    return d;
  }
  if (looks_like_endnote_tagged(text) || looks_like_refworks_tagged(text)) {  // read by the RIS reader
    d.ris = true;
    return d;
  }
  std::size_t ris_tags = 0, ty = 0, er = 0;
  // MEDLINE tag lines, and those only MEDLINE writes: a tag of three or four
  // characters (PMID, FAU, OWN, STAT), which RIS lacks.
  std::size_t medline_tags = 0, medline_long = 0;
  std::size_t pos = 0;
  // The end of the BibTeX entry the line is in: a RIS or MEDLINE tag line
  // inside an entry's value is the value's (Mendeley's annote holding an
  // EBSCO record's "TY - GEN"), no record of its own.
  std::size_t bibtex_until = 0;
  std::size_t first_tag = std::string_view::npos;  // the first line that looks RIS, MEDLINE or BibTeX
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    std::string_view t = line;
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    // From the '@' in the whole text: the '{' may be on a later line.
    if (pos >= bibtex_until && !t.empty() && t.front() == '@' &&
        is_bibtex_entry_at(text, static_cast<std::size_t>(t.data() - text.data()))) {
      d.bibtex = true;
      bibtex_until = bibtex_entry_end(text, static_cast<std::size_t>(t.data() - text.data()));
      first_tag = std::min(first_tag, pos);
    }
    if (pos < bibtex_until) {
      pos = end + 1;
      continue;
    }
    if (is_ris_tag_line(line)) {
      ++ris_tags;
      if (starts_with(line, "TY")) ++ty;
      if (starts_with(line, "ER")) ++er;
      first_tag = std::min(first_tag, pos);
    }
    if (is_medline_tag_line(line)) {
      ++medline_tags;
      if (line[2] != ' ') ++medline_long;
      first_tag = std::min(first_tag, pos);
    }
    pos = end + 1;
  }
  if (ty > 0 || (er > 0 && ris_tags >= 2)) {
    d.ris = true;
    // When records open with TY, text outside TY..ER is page noise and is
    // skipped; without any TY (old Scopus exports) every tag line belongs to
    // a record that ends at ER.
    d.ris_embedded = ty > 0;
  }
  // MEDLINE has no TY and no ER; its RIS-like two-letter tags (TI, AU, AB)
  // must never make it RIS.
  if (ty == 0 && medline_long > 0 && medline_tags >= 2) {
    d.medline = true;
    d.ris = false;
  }
  // A table whose cells hold records (a review team's sheet with each row's
  // RIS record in a cell): its header comes first, the tag lines inside
  // quoted cells.  A table, read by the table reader (which reads such a
  // cell as its row's record), not records cut out of its cells.
  if ((d.ris || d.medline || d.bibtex) && tag_lines_in_table_cells(text, first_tag)) d = Detection{};
  // Last: a table of references whose columns no reader above knows.
  if (!d.any() && looks_like_table_csv(text)) d.table_csv = true;
  return d;
}

namespace {
// The records of PubMed's legacy "Summary (text)" (before 2020): numbered
// paragraphs "N: Authors. Title. Journal. Date;Vol:Pages. PubMed PMID: N."
// wrapped at 80 columns, so that "PMID:" and its number may be a line apart.
// A user's notes between them ("# selected", "# excluded": lines opening
// '#') part paragraphs as a blank line does, and a number may have no space
// after its colon ("3:Zhang L, ...").  0 when `body` does not open "1:"
// (after such notes) or no paragraph holds "PubMed PMID: <number>"; else
// the paragraphs that open "N:" after a blank line or a note, one a record
// (a citation pasted in among them without its PMID too).
std::size_t pubmed_legacy_summary_records(std::string_view body) {
  auto numbered = [](std::string_view line) {
    std::size_t colon = line.find(':');
    return colon != std::string_view::npos && colon > 0 && colon + 1 < line.size() &&
           all_digits(line.substr(0, colon)) && !is_digit(line[colon + 1]);
  };
  bool opened = false;
  for (std::size_t p = 0; p < body.size() && !opened;) {
    std::size_t e = body.find('\n', p);
    if (e == std::string_view::npos) e = body.size();
    std::string_view line = trim(body.substr(p, e - p));
    p = e + 1;
    if (line.empty() || line.front() == '#') continue;
    if (!starts_with(line, "1:") || !numbered(line)) return 0;
    opened = true;
  }
  if (!opened) return 0;
  std::size_t n = 0, with_pmid = 0;
  bool blank_before = true, open = false;
  std::string paragraph;  // the open record's text, lines joined by a space
  auto close = [&] {
    if (!open) return;
    ++n;
    std::size_t at = paragraph.find("PubMed PMID:");
    if (at == std::string::npos) return;
    std::string_view id = trim(std::string_view(paragraph).substr(at + 12));
    with_pmid += !id.empty() && is_digit(id.front());
  };
  for (std::size_t p = 0; p < body.size();) {
    std::size_t e = body.find('\n', p);
    if (e == std::string_view::npos) e = body.size();
    std::string_view line = trim(body.substr(p, e - p));
    p = e + 1;
    if (line.empty() || line.front() == '#') {
      blank_before = true;
      continue;
    }
    if (blank_before && numbered(line)) {
      close();
      open = true;
      paragraph.clear();
    }
    blank_before = false;
    if (open) paragraph.append(paragraph.empty() ? "" : " ").append(line);
  }
  close();
  return with_pmid ? n : 0;
}

// The records of PubMed's "Abstract (text)" or "Summary (text)" save
// format: 0 when `text` is not one (its first line opens "1. ", and lines
// open "PMID: <number>"; or the legacy summary above); else its PMID lines,
// one a record.
std::size_t pubmed_text_records(std::string_view text) {
  std::string_view body = trim(text);
  if (starts_with(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
  if (std::size_t legacy = pubmed_legacy_summary_records(body)) return legacy;
  if (!starts_with(body, "1. ")) return 0;
  std::size_t n = 0;
  for (std::size_t p = 0; p < text.size();) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = trim(text.substr(p, e - p));
    if (starts_with(line, "PMID: ")) {
      std::string_view id = line.substr(6, line.find(' ', 6) == std::string_view::npos ? std::string_view::npos
                                                                                        : line.find(' ', 6) - 6);
      n += !id.empty() && all_digits(id);
    }
    p = e + 1;
  }
  return n;
}

// PubMed's XML display that a browser saved as a page ("Save as" on
// pubmed/?term=...&report=xml&format=text): the XML escaped inside <pre>
// ("<pre>&lt;PubmedArticle&gt;...").  The XML of its <pre> elements, their
// character references decoded once, everything else blanked and every line
// end kept, so that a line of the XML is the page's line; "" when `text` is
// no such page.
std::string pubmed_xml_in_pre(std::string_view text) {
  if (!is_html_page(text) || (text.find("&lt;PubmedArticle") == std::string_view::npos &&
                              text.find("&lt;PubmedBookArticle") == std::string_view::npos))
    return {};
  const std::string low = ascii_lower(text);
  std::string out;
  out.reserve(text.size());
  auto blank = [&out](std::string_view s) {
    for (char c : s) out.push_back(c == '\n' ? '\n' : ' ');
  };
  std::size_t p = 0;
  bool any = false;
  for (std::size_t open = low.find("<pre"); open != std::string::npos; open = low.find("<pre", p)) {
    const std::size_t gt = low.find('>', open);
    if (gt == std::string::npos) break;
    if (gt != open + 4 && !is_space(low[open + 4])) {  // <preface>, no <pre>
      blank(text.substr(p, gt + 1 - p));
      p = gt + 1;
      continue;
    }
    const std::size_t close = std::min(low.find("</pre>", gt), text.size());
    blank(text.substr(p, gt + 1 - p));
    out += decode_entities(text.substr(gt + 1, close - gt - 1));
    any = true;
    p = close;
  }
  blank(text.substr(p));
  return any ? out : std::string();
}

// PubMed's "PMID" save format: one PubMed ID a line and nothing else (a
// BOM, blank lines, CRLF aside).  0 when `text` is not one; else its IDs.
std::size_t pmid_list_records(std::string_view text) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t n = 0;
  for (std::size_t p = 0; p < text.size();) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = trim(text.substr(p, e - p));
    p = e + 1;
    if (line.empty()) continue;
    if (line.size() > 9 || !all_digits(line)) return 0;
    ++n;
  }
  return n;
}
}  // namespace

std::string describe_content(std::string_view text) {
  Detection d = detect_formats(text);
  std::string found;
  auto name = [&found](const char* n) { found += found.empty() ? n : std::string(" and ") + n; };
  if (d.bibtex) name("BibTeX");
  if (d.ris) name("RIS");
  if (d.crossref)
    name(looks_like_reflib_json(text)         ? "RefLib JSON"
         : looks_like_scopus_api_json(text) ? "Scopus Search API JSON"
         : looks_like_lens_json(text)       ? "Lens.org JSON"
         : looks_like_dimensions_json(text) ? "Dimensions API JSON"
                                            : "JSON");
  if (d.eppi_json) name("EPPI-Reviewer JSON");
  if (d.medline) name("MEDLINE");
  if (d.pubmed_xml) name("PubMed XML");
  if (d.wos) name("Web of Science tagged text");
  if (d.scopus_csv) name("Scopus CSV");
  if (d.endnote_xml) name("EndNote XML");
  if (d.csl_json) name("CSL-JSON");
  if (d.wos_tab) name("a Web of Science tab-delimited file");
  if (d.lens_csv) name("Lens.org CSV");
  if (d.dimensions_csv) name("Dimensions CSV");
  if (d.zotero_json) name("Zotero item JSON");
  if (d.ovid) name("Ovid's field format");
  if (d.ieee_csv) name("IEEE Xplore CSV");
  if (d.springer_csv) name("SpringerLink CSV");
  if (d.pubmed_csv) name("PubMed CSV");
  if (d.table_csv) name("a table of references (CSV/TSV)");
  if (d.cochrane) name("the Cochrane Library's plain text");
  if (d.proquest) name("ProQuest's plain text");
  if (d.noteexpress) name(looks_like_cnki_estudy(text) ? "CNKI E-Study" : "NoteExpress");
  if (d.scopus_txt) name("Scopus's plain text");
  if (d.zotero_rdf) name("Zotero RDF");
  if (d.mods) name("MODS XML");
  if (d.sciencedirect_txt) name("ScienceDirect's plain text");
  if (d.europepmc) name(starts_with(trim(text), "<") ? "Europe PMC XML" : "Europe PMC JSON");
  if (!found.empty()) return found;
  std::string_view body = trim(text);
  if (body.empty()) return "empty";
  if (body.substr(0, 4096).find('\0') != std::string_view::npos) return "binary data";
  if (starts_with(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
  // A text a crawler opened with a comment ("<!-- source: ... -->") is read
  // as a page (import_text): described as one.
  if (std::string_view after = after_leading_comments(body); body.front() == '<' && !after.empty()) body = after;
  if (body.front() == '<') {
    std::string_view head = body.substr(0, 4096);
    if (is_html_page(body)) return describe_page(text);
    if (std::string_view root = xml_root_name(head); !root.empty()) return "an XML document <" + std::string(root) + ">";
    return "XML";
  }
  std::size_t nl = body.find('\n');
  std::string_view first = body.substr(0, nl);
  if (std::count(first.begin(), first.end(), '\t') >= 2) return "a tab-separated table";
  if (std::count(first.begin(), first.end(), ',') >= 2 && first.find('"') != std::string_view::npos) {
    return "a CSV table with no title column refnet knows (Title, Article Title, Document Title...; --format table)";
  }
  return describe_page(text);
}

namespace {

// Exports of line-tagged formats written one after the other into one file
// (`cat savedrecs.txt scopus.ris pubmed.nbib > all.txt`): each reader takes
// the other formats' tag lines for its own, so each part must go to its own.
enum class Tagged { none, ris, refer, medline, wos, bibtex };

const char* tagged_name(Tagged t) {
  switch (t) {
    case Tagged::ris: return "RIS";
    case Tagged::refer: return "EndNote tagged";
    case Tagged::medline: return "MEDLINE";
    case Tagged::wos: return "Web of Science";
    case Tagged::bibtex: return "BibTeX";
    default: return "";
  }
}

// The format whose record (or export) `line` opens: RIS "TY  - ", EndNote
// "%0 ", MEDLINE "PMID- ", Web of Science "FN " (its header) or "PT J"
// (MEDLINE's "PT  - Journal Article" has a space where WoS has the type),
// BibTeX "@article{".
Tagged record_start(std::string_view line) {
  if (starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3);  // a BOM where `cat` joined two files
  if (line.size() < 4) return Tagged::none;
  switch (line[0]) {
    case 'T': return line[1] == 'Y' && is_ris_tag_line(line) ? Tagged::ris : Tagged::none;
    case '%': return line[1] == '0' && line[2] == ' ' ? Tagged::refer : Tagged::none;
    case 'P':
      if (starts_with(line, "PMID-")) return Tagged::medline;
      return line[1] == 'T' && line[2] == ' ' && line[3] != ' ' && line[3] != '-' ? Tagged::wos : Tagged::none;
    case 'F': return line[1] == 'N' && line[2] == ' ' ? Tagged::wos : Tagged::none;
    case '@': return is_bibtex_entry_at(line, 0) ? Tagged::bibtex : Tagged::none;
    default: return Tagged::none;
  }
}

struct TaggedPart {
  std::size_t begin;  // offset of the line that opens the part
  Tagged kind;
};

// The runs of records of one format, in order; one run when the file is of
// one format (or of none).
std::vector<TaggedPart> tagged_parts(std::string_view text) {
  std::vector<TaggedPart> parts;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    Tagged t = record_start(text.substr(pos, end - pos));
    if (t != Tagged::none && (parts.empty() || parts.back().kind != t)) parts.push_back({pos, t});
    pos = end + 1;
  }
  return parts;
}

// Where part k's bytes are in a text of `size` bytes: the first part holds
// what comes before its first record (a page's text, said by its reader),
// and each part what follows its records.
std::pair<std::size_t, std::size_t> part_span(const std::vector<TaggedPart>& parts, std::size_t k, std::size_t size) {
  return {k ? parts[k].begin : 0, k + 1 < parts.size() ? parts[k + 1].begin : size};
}

// The parts' texts in turn, each a view of one copy of the file in which
// every byte before the part is blanked (line ends kept), so that offsets,
// lines and columns stay the file's.  One copy for all the parts.
class PartTexts {
 public:
  PartTexts(std::string_view text, const std::vector<TaggedPart>& parts) : copy_(text), parts_(parts) {}
  std::string_view operator[](std::size_t k) {
    auto [begin, end] = part_span(parts_, k, copy_.size());
    for (; blanked_ < begin; ++blanked_)
      if (copy_[blanked_] != '\n' && copy_[blanked_] != '\r') copy_[blanked_] = ' ';
    return std::string_view(copy_).substr(0, end);
  }

 private:
  std::string copy_;
  const std::vector<TaggedPart>& parts_;
  std::size_t blanked_ = 0;
};

// Whether the parts go to their own readers: two formats at least, one of
// them MEDLINE or Web of Science (BibTeX and RIS on one page are both read
// over the whole text: each reader skips the other's lines).
bool read_apart(const std::vector<TaggedPart>& parts) {
  if (parts.size() < 2) return false;
  return std::any_of(parts.begin(), parts.end(),
                     [](const TaggedPart& p) { return p.kind == Tagged::medline || p.kind == Tagged::wos; });
}

// A header line's first cell, unquoted, with the separator after it:
// "Authors," of both `Authors,Author(s) ID,...` and `"Authors","Author full
// names",...`; empty when the line has no separator.
std::string first_header_cell(std::string_view line) {
  const bool quoted = !line.empty() && line.front() == '"';
  const std::size_t close = quoted ? line.find('"', 1) : 0;
  if (close == std::string_view::npos) return {};
  const std::size_t cut = line.find_first_of(",;\t", close);
  if (cut == std::string_view::npos || cut == 0) return {};
  return std::string(quoted ? line.substr(1, close - 1) : line.substr(0, cut)) + line[cut];
}

// Exports of one database joined with other columns (`cat scopus1.csv
// scopus2.csv` where the two exports chose other fields, Web of Science
// tab-delimited files of two databases): where each later export's header
// line begins.  A later header is a line that opens with the first header's
// first cell ("Authors", "PT", "Lens ID") and, read as the start of a file,
// is an export of the same format; the first header again, byte for byte,
// is no new part (its reader skips it, with a note).
std::vector<std::size_t> later_headers(std::string_view text, bool (*looks_like)(std::string_view)) {
  std::vector<std::size_t> at;
  std::string_view header = csv_header_line(text);
  const std::size_t end = static_cast<std::size_t>(header.data() - text.data()) + header.size();  // its '\n'
  if (end >= text.size()) return at;
  if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
  const std::string first_cell = first_header_cell(header);
  if (first_cell.empty()) return at;
  for (std::size_t pos = end + 1; pos < text.size();) {
    std::size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(pos, e - pos);
    const std::size_t bom = starts_with(line, "\xEF\xBB\xBF") ? 3 : 0;
    line.remove_prefix(bom);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const bool candidate = line.size() > first_cell.size() && (line.front() == first_cell.front() || line.front() == '"');
    if (candidate && line != header && first_header_cell(line) == first_cell && looks_like(text.substr(pos)))
      at.push_back(pos);
    pos = e + 1;
  }
  return at;
}

}  // namespace

namespace {

// Each run of at least `min_run` spaces or tabs inside a line of `s` made one
// space; how many runs were.
std::size_t squeeze_blanks(std::string& s, std::size_t min_run) {
  // Most values hold no two blanks in a row (the runs counted are at least
  // two long): look before copying.
  if (min_run >= 2) {
    std::size_t at = 0;
    for (bool blank = false; at < s.size(); ++at) {
      const bool b = s[at] == ' ' || s[at] == '\t';
      if (b && blank) break;
      blank = b;
    }
    if (at == s.size()) return 0;
  }
  std::size_t runs = 0;
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != ' ' && s[i] != '\t') {
      out.push_back(s[i++]);
      continue;
    }
    std::size_t e = i;
    while (e < s.size() && (s[e] == ' ' || s[e] == '\t')) ++e;
    const bool inside = i > 0 && e < s.size() && s[i - 1] != '\n' && s[e] != '\n';
    if (inside && e - i >= min_run) {
      out.push_back(' ');
      ++runs;
    } else {
      out.append(s, i, e - i);
    }
    i = e;
  }
  if (runs) s = std::move(out);
  return runs;
}

// Whether `abbrev` is an abbreviation of the journal name `name`: the two
// match, and a word of `abbrev` is cut from one of `name`'s ("Am J Clin
// Dermatol", "American journal of clinical dermatology").  Not one name
// written twice ("Journal of Consumer Research", "The Journal of consumer
// research"), nor a name and its qualified form ("Genes", "Genes (Basel)").
bool abbreviated_name(std::string_view abbrev, std::string_view name) {
  const JournalKey a = journal_key(abbrev), n = journal_key(name);
  if (a.empty() || n.empty() || !journals_match(a, n)) return false;
  for (const std::string& w : a.words) {
    if (std::find(n.words.begin(), n.words.end(), w) != n.words.end()) continue;
    for (const std::string& full : n.words)
      if (full.size() > w.size() && abbreviates(w, full)) return true;
  }
  return false;
}

// A date the calendar does not have (CSL-JSON [2013, 31], RIS DA
// 2013/02/30, MEDLINE "2013 Feb 30"), whatever reader kept it: the month or
// the day that cannot be goes, and what went is said ("" when nothing did).
std::string drop_impossible_date_parts(Date& d) {
  std::string said;
  auto check = [&](int year, int& month, int& day) {
    if (month < 0 || month > 12) {
      said += (said.empty() ? "" : "; ") + std::string("month ") + std::to_string(month) + " is no month: left out" +
              (day ? " with the day " + std::to_string(day) : "");
      month = day = 0;
    } else if (month == 0 && day != 0) {
      said += (said.empty() ? "" : "; ") + std::string("day ") + std::to_string(day) + " without a month: left out";
      day = 0;
    } else if (month && (day < 0 || day > days_in_month(year, month))) {
      said += (said.empty() ? "" : "; ") + month_of_year(year, month) + " has " +
              std::to_string(days_in_month(year, month)) + " days: day " + std::to_string(day) + " left out";
      day = 0;
    }
  };
  check(d.year, d.month, d.day);
  if (d.is_range()) check(d.end_year > 0 ? d.end_year : d.year, d.end_month, d.end_day);
  return said;
}

}  // namespace

namespace {

// A book's part (a chapter, a conference paper, an encyclopedia's entry)
// whose record gives its book's DOI first and its own after it: a DOI list
// (RIS DO, WoS DI, BibTeX doi, CSL-JSON DOI: "10.1002/9781444354614,
// 10.1002/9781444354614.ch1"), a second DO line or doi field, or a link to
// the part's DOI.  The readers took the first, the book's, which every
// chapter of the book shares; the DOI that extends it with a part's suffix
// (is_part_doi) is the part's own and becomes the record's, the book's kept
// in extra.  What is said, empty when nothing changed.
// Ovid MEDLINE's notes after a title: a review's label and its count of
// references ("Title. [Review] [33 refs]", "Title?. [Review]", "Title. [45
// refs]"), the language of a title translated into English ("... [33 refs]
// [Romanian]"), and its notes of other works: "Title.[Erratum appears in
// Chest 1993 May;103(5):1640]", "[Comment in: ...]", "[Retraction in: ...]"
// (IEBH/dedupe-sweep's respiratory set, an EndNote library of Ovid's
// records: 5 errata).  The title without them and the period NLM ends it
// with, or empty when it ends with no such note ("The history of science
// [Review]", a book review's, follows no sentence's end; so does a language
// name in brackets).  `label` gets the review's label and count, `moved`
// the notes of other works as MEDLINE's tags name them (EIN, CIN, RIN) and
// `language` the language.
struct OvidTitleNotes {
  std::string label;
  std::vector<std::pair<std::string, std::string>> moved;  // tag, the note's text
  std::string language;
};

bool is_language_name(std::string_view w) {
  static const char* const kLanguages[] = {
      "Afrikaans", "Arabic", "Bosnian", "Bulgarian", "Catalan", "Chinese", "Croatian", "Czech", "Danish", "Dutch",
      "Estonian", "Finnish", "French", "German", "Greek", "Hebrew", "Hungarian", "Icelandic", "Indonesian",
      "Italian", "Japanese", "Korean", "Latvian", "Lithuanian", "Macedonian", "Norwegian", "Persian", "Polish",
      "Portuguese", "Romanian", "Russian", "Serbian", "Slovak", "Slovenian", "Spanish", "Swedish", "Thai",
      "Turkish", "Ukrainian", "Vietnamese"};
  for (const char* l : kLanguages)
    if (w == l) return true;
  return false;
}

std::string without_ovid_title_notes(std::string_view title, OvidTitleNotes& notes) {
  std::string_view t = trim(title);
  bool cut = false;
  std::string label;
  // A note the source cut short, its ']' lost with the title's end
  // ("...trial.[Erratum appears in J Pediatr Surg. 2009 Sep;44(9):1865 Note:
  // Rivard, Doug": a title of 255 characters).
  for (const auto& [head, tag] : {std::pair<std::string_view, const char*>{"[Erratum appears in", "EIN"},
                                  {"[Comment in", "CIN"}, {"[Retraction in", "RIN"}}) {
    const std::size_t at = t.rfind(head);
    if (at == std::string_view::npos || at == 0 || t.find(']', at) != std::string_view::npos) continue;
    // After a sentence's end, as Ovid glues it ("trial.[Erratum ...").
    const std::string_view lead = trim(t.substr(0, at));
    if (lead.empty() || (lead.back() != '.' && lead.back() != '?' && lead.back() != ']')) continue;
    std::string_view rest = trim(t.substr(at + head.size()));
    if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
    if (rest.empty()) continue;
    notes.moved.emplace_back(tag, std::string(rest) + " [cut short by the source]");
    t = trim(t.substr(0, at));
    cut = true;
    break;
  }
  while (!t.empty() && t.back() == ']') {
    // The '[' the last ']' closes ("[Erratum appears in ... [corrected to ...]]").
    std::size_t open = std::string_view::npos;
    int depth = 0;
    for (std::size_t i = t.size(); i-- > 0;) {
      if (t[i] == ']') ++depth;
      else if (t[i] == '[' && --depth == 0) {
        open = i;
        break;
      }
    }
    if (open == std::string_view::npos || open == 0) break;
    const std::string_view inner = trim(t.substr(open + 1, t.size() - open - 2));
    const std::string_view before = trim(t.substr(0, open));
    const bool after_sentence = cut || (!before.empty() && (before.back() == '.' || before.back() == '?'));
    // A language after a sentence's end or after another of Ovid's notes
    // ("[Review] [12 refs] [Romanian]", whichever was cut first).
    const bool after_note = after_sentence || (!before.empty() && before.back() == ']');
    auto note_of = [&](std::string_view head) -> std::string_view {
      if (!istarts_with(inner, head)) return {};
      std::string_view rest = trim(inner.substr(head.size()));
      if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
      return rest;
    };
    if (std::string_view e = note_of("Erratum appears in"); !e.empty()) notes.moved.emplace_back("EIN", e);
    else if (std::string_view c = note_of("Comment in"); !c.empty()) notes.moved.emplace_back("CIN", c);
    else if (std::string_view rt = note_of("Retraction in"); !rt.empty()) notes.moved.emplace_back("RIN", rt);
    else if (ends_with(inner, " refs") && inner.size() > 5 && all_digits(inner.substr(0, inner.size() - 5)))
      label = "[" + std::string(inner) + "]" + (label.empty() ? "" : " " + label);
    else if (inner == "Review" && after_sentence)
      label = "[Review]" + (label.empty() ? "" : " " + label);
    else if (is_language_name(inner) && after_note && notes.language.empty())
      notes.language = std::string(inner);
    else
      break;
    t = before;
    cut = true;
  }
  if (!cut || t.empty()) {
    notes = OvidTitleNotes();
    return {};
  }
  notes.label = std::move(label);
  return drop_final_period(t);
}

// "CD010458", "Cd007917": a Cochrane review's id (CD and six digits).
bool is_cochrane_review_id(std::string_view s) {
  s = trim(s);
  return s.size() == 8 && (s[0] == 'C' || s[0] == 'c') && (s[1] == 'D' || s[1] == 'd') && all_digits(s.substr(2));
}

std::string part_doi_over_book(Record& r) {
  static const std::string_view kParts[] = {"chapter", "paper-conference", "entry", "entry-encyclopedia",
                                            "entry-dictionary"};
  if (r.doi.empty() || std::find(std::begin(kParts), std::end(kParts), r.type) == std::end(kParts)) return {};
  std::string own;
  bool book_kept = false;
  auto look = [&](std::string_view value) {
    for_each_list_item(value, "; ,\t\n\r", [&](std::string_view piece) {
      std::optional<std::string> d = normalize_doi(piece);
      if (!d) return;
      if (*d == r.doi) book_kept = true;
      else if (own.empty() && is_part_doi(*d, r.doi)) own = std::move(*d);
    });
  };
  for (const ExtraField& f : r.extra)
    if (iequals(f.name, "DO") || iequals(f.name, "DI") || iequals(f.name, "doi")) look(f.value);
  if (own.empty() && !r.url.empty()) look(r.url);
  if (own.empty()) return {};
  std::string book = std::move(r.doi);
  r.doi = own;
  if (!book_kept) r.add_extra("book-doi", book);
  return "DOI " + book + " is the book's, which this " + (r.type == "paper-conference" ? "paper" : "part") +
         "'s own DOI, " + own + ", extends (given after it): read as the record's DOI, the book's kept in extra";
}

}  // namespace

ParseStats import_text(std::string_view text, Format forced, Diagnostics& diags, const RecordSink& record_sink,
                       const BibtexOptions& bibtex) {
  // Control characters that came escaped (JSON "\u001b") go here, for every
  // format; raw ones went in decode_text.
  // An abstract in markup (Lens's and Dimensions' RIS, Scopus's CSV, a
  // Zotero note pasted as the abstract) is read as text here, for every
  // format; readers of markup formats (Crossref, PubMed XML) did already.
  bool markup_said = false, keyword_markup_said = false, blanks_said = false, short_container_said = false,
       number_said = false, references_said = false, mojibake_said = false, ebsco_period_said = false,
       ebsco_label_said = false, ebsco_copyright_said = false, ovid_label_said = false, csv_quotes_said = false,
       abstract_label_said = false, spreadsheet_pages_said = false, spreadsheet_issue_said = false,
       tex_names_said = false, name_role_said = false,
       name_editors_said = false, status_said = false,
       number_label_said = false;
  std::set<std::string> ovid_notes_said;  // EIN, CIN, RIN, language
  bool cochrane_id_said = false;
  SpreadsheetNumbersSaid spreadsheet_numbers_said;
  const PureJanuaryFirst pure_date = pure_january_first(text);
  RecordSink sink = [&](Record&& r) {
    if (std::size_t n = remove_control_characters(r))
      report_record(diags, Severity::warning, r,
                        std::to_string(n) + " control character" + (n > 1 ? "s" : "") + " removed from this record");
    if (has_markup(r.abstract) || has_escaped_markup(r.abstract)) {
      // Lens escapes some once more inside its JATS ("<jats:p>&amp;lt;p&amp;gt;The EU ... &amp;amp;#8211;"):
      // read until no markup is left, then the references that were escaped with it.
      for (int pass = 0; pass < 3 && (has_markup(r.abstract) || has_escaped_markup(r.abstract)); ++pass)
        r.abstract = jats_to_text(r.abstract);
      if (r.abstract.find('&') != std::string::npos) r.abstract = decode_entities(r.abstract);
      if (!markup_said)
        report_record(diags, Severity::warning, r,
                          "the abstract is written in markup (JATS or HTML tags such as <p>, <sup>): read as text, "
                          "sub- and superscripts in Unicode where it has them (said once a file)");
      markup_said = true;
    }
    // A database's line wrapping left inside a value (Web of Science's
    // Derwent records in RIS: "metal            nanoparticle"): a run of
    // blanks inside a title, or of eight and more inside a line of an
    // abstract, is one space.  (Shorter runs in abstracts stand for breaks:
    // the Cochrane Library's plain text, Zotero and Dimensions write a
    // paragraph, a list item or a heading's end as three or four spaces.)
    if (squeeze_blanks(r.title, 2) + squeeze_blanks(r.abstract, 8) > 0 && !blanks_said) {
      report_record(diags, Severity::note, r,
                        "runs of white space inside a title or abstract (the database's line wrapping) read as one "
                        "space (said once a file)");
      blanks_said = true;
    }
    // Keywords too (Scopus: "N<sub>Sγ</sub>-closure"): a keyword map's
    // node is the text.
    for (std::string& k : r.keywords)
      if (has_markup(k)) {
        k = markup_to_text(k);
        if (!keyword_markup_said)
          report_record(diags, Severity::warning, r,
                            "a keyword is written in markup (HTML tags such as <sub>, <i>): read as text (said once a file)");
        keyword_markup_said = true;
      }
    // HTML character references its reader left as text (BibTeX's "p &lt;
    // 0.05", Scopus's CSV, a value of RIS or Zotero's JSON with a '<' of text
    // in it): the characters (left_references.hpp).  Not in CSL-JSON, whose
    // reader reads its own escapes (entities in a title with markup) and
    // keeps the rest as written: refnet's own export of a title holding the
    // text "&amp;" reads back as it was.
    if (r.provenance.format != "csl-json") {
      std::string first;
      if (decode_left_references(r, first) > 0 && !references_said) {
        if (first.size() > 80) first = std::string(utf8_prefix(first, 77)) + "...";
        report_record(diags, Severity::warning, r,
                      "HTML character references left as text ('" + first +
                          "'): read as the characters ('&lt;' as '<', '&amp;' as '&'; said once a file)");
        references_said = true;
      }
    }
    // UTF-8 read as Windows-1252 before the file was written ("FranÃ§ois",
    // "Copyright Â© 2012", "childrenâ€™s"): the characters (mojibake.hpp).
    {
      std::string first;
      if (repair_mojibake(r, first) > 0 && !mojibake_said) {
        report_record(diags, Severity::warning, r,
                      "text whose UTF-8 was read as Windows-1252 before this file was written ('" +
                          mojibake_excerpt(first) + "'): repaired, 'Ã©' as 'é', 'â€™' as '’' (said once a file)");
        mojibake_said = true;
      }
    }
    // TeX's accent commands in the names of a format without TeX (a table
    // built from BibTeX: "Karla\v{s}"; tex_in_names.hpp): the letters.
    {
      std::string first;
      if (std::size_t n = read_tex_accents_in_names(r, first); n > 0 && !tex_names_said) {
        report_record(diags, Severity::warning, r,
                      "a name written with TeX's accent commands ('" + first +
                          "') in a format without TeX: read as the letters they stand for (said once a file)");
        tex_names_said = true;
      }
    }
    // A role after a name, in the name's field ("Michael Sirivianos
    // (Eds.)": ACM's reference format copied into a table; name_roles.hpp):
    // the name without it, the list the editors where it names them.
    if (NameRoles roles = read_roles_in_names(r); roles.names > 0) {
      if (roles.made_editors ? !name_editors_said : !name_role_said)
        report_record(diags, Severity::warning, r,
                      "a name written with its role ('" + roles.first + "'): the name read without '(" + roles.role +
                          ")'" +
                          (roles.made_editors ? ", and the record's authors read as its editors, whom the role names"
                                              : "") +
                          " (said once a file)");
      (roles.made_editors ? name_editors_said : name_role_said) = true;
    }
    // A value still one CSV field, its quotes around it and its inner
    // quotes doubled (csv_quoted.hpp: a library that once went through CSV,
    // IEBH's dedupe-sweep respiratory one): the field's text; a title the
    // database cut at its length limit, its closing quote lost, said.
    if (CsvFieldsUnquoted u = unquote_csv_fields(r); u.values > 0) {
      if (!csv_quotes_said) {
        std::string first = u.first.size() > 80 ? std::string(utf8_prefix(u.first, 77)) + "..." : u.first;
        report_record(diags, Severity::warning, r,
                      "a value written as a CSV field, in its quotes with its inner quotes doubled (" + first +
                          "): read as the field's text (the library went through CSV; said once a file)");
      }
      csv_quotes_said = true;
      if (u.title_cut)
        report_record(diags, Severity::warning, r,
                      "the title '" + std::string(utf8_prefix(r.title, 60)) + "...' opens a CSV field that never "
                          "closes: cut at " + std::to_string(u.title_length) +
                          " characters, a database's length limit; its end is lost");
    }
    // A meeting abstract's label after its title ("[Abstract]", "[abstract
    // no: 134]": CENTRAL's; abstract_label.hpp): the work's kind, its genre.
    if (std::string label, title = without_abstract_label(r.title, label); !title.empty()) {
      if (!abstract_label_said)
        report_record(diags, Severity::note, r,
                      "the label '[" + label + "]' after the title says the work is a meeting abstract: moved out "
                      "of the title to the genre (said once a file)");
      abstract_label_said = true;
      r.title_nocase.erase(std::remove_if(r.title_nocase.begin(), r.title_nocase.end(),
                                          [&](const Span& s) { return s.end > title.size(); }),
                           r.title_nocase.end());
      for (ExtraField& f : r.extra)  // a short title the source copied from the title (EndNote's short-title)
        if (f.value == r.title && (iequals(f.name, "short-title") || iequals(f.name, "title-short") ||
                                   iequals(f.name, "shorttitle") || f.name == "ST"))
          f.value = title;
      r.title = std::move(title);
      if (genre_of(r)) r.add_extra("title-label", std::move(label));
      else r.extra.push_back({"genre", std::move(label), "csl-json"});
    }
    // Pages a spreadsheet read as a date ("01-Aug", "Dec-18":
    // spreadsheet_pages.hpp): the range again.
    if (std::string pages = pages_from_spreadsheet_date(r.pages); !pages.empty()) {
      if (!spreadsheet_pages_said)
        report_record(diags, Severity::warning, r,
                      "pages '" + r.pages + "' are a page range a spreadsheet read as a date (day-month, or "
                          "month-year when the last page is no month): read as " + pages + " (said once a file)");
      spreadsheet_pages_said = true;
      r.pages = std::move(pages);
    }
    // An issue range so read ("Nov-13": 11-13).
    if (std::string issue = issue_from_spreadsheet_date(r.issue); !issue.empty()) {
      if (!spreadsheet_issue_said)
        report_record(diags, Severity::warning, r,
                      "issue '" + r.issue + "' is an issue range a spreadsheet read as a date (" +
                          (is_digit(r.issue.front()) ? "day-month" : "month-year") + "): read as " + issue +
                          " (said once a file)");
      spreadsheet_issue_said = true;
      r.issue = std::move(issue);
    }
    // Volume, issue and pages a script wrote as decimals ("16.0",
    // "307.0-326.0"), a PMID or ISBN so written ("40788791.0"), a number or
    // identifier in a spreadsheet's scientific notation ("2.05031E+15",
    // digits lost): spreadsheet_numbers.hpp.
    read_spreadsheet_numbers(r, diags, spreadsheet_numbers_said);
    // A publication status where a number goes ("[Epub ahead of print]" as
    // the volume or pages, Dimensions' "ahead-of-print": publication_status.hpp):
    // no number; the work's status, kept in extra.
    if (StatusMoved m = move_publication_status(r); !m.field.empty()) {
      if (!status_said)
        report_record(diags, Severity::warning, r,
                      "'" + m.written + "' in the " + m.field + " field is the work's publication status, not a " +
                          (m.field == "pages" ? "page" : m.field) +
                          ": moved out of the field and kept as its status (said once a file)");
      status_said = true;
    }
    // A volume or issue with its label ("v. 40", AGRIS's; "Issue 1/2":
    // number_labels.hpp): the number.
    if (LabelsCut cut = cut_number_labels(r); !cut.field.empty()) {
      if (!number_label_said)
        report_record(diags, Severity::warning, r,
                      "the " + cut.field + " '" + cut.written + "' is written with its label: read as " + cut.read +
                          " (said once a file)");
      number_label_said = true;
    }
    // EBSCOhost ends the titles of most of its databases with a period, in
    // each export (RIS, BibTeX, CSV: Criminal Justice Abstracts 39 of 41
    // titles, the other two questions; Academic Search, CINAHL, Environment
    // Index, PsycINFO's BibTeX; not EconLit's): not the title's, which other
    // databases give without it.  (NLM's of a MEDLINE record went in its
    // reader, with its translated title's brackets.)
    if (!r.title.empty() && r.title.back() == '.' && from_ebscohost(r)) {
      std::string title = drop_final_period(r.title);
      if (title.size() < r.title.size()) {
        if (!ebsco_period_said)
          report_record(diags, Severity::note, r,
                        "EBSCOhost ends its titles with a period: read without it ('" + title +
                            "'; an abbreviation's period stays; said once a file)");
        ebsco_period_said = true;
        r.title = std::move(title);
      }
    }
    // EBSCOhost ends an abstract with whose it is ("[ABSTRACT FROM
    // AUTHOR]"), in its RIS, CSV and BibTeX and in the libraries that saved
    // its records (Zotero's RIS, EPPI-Reviewer's JSON): a label, not text;
    // and its copyright statement, which Zotero joins to the abstract (its
    // RIS's second AB, kept in extra by the RIS reader; cut by the table
    // reader): kept in extra, as theirs.
    if (std::size_t c = ebsco_copyright_at(r.abstract); c != std::string::npos) {
      r.add_extra("AB", r.abstract.substr(c));
      r.abstract = std::string(trim(std::string_view(r.abstract).substr(0, c)));
      if (!ebsco_copyright_said)
        report_record(diags, Severity::note, r,
                      "an abstract ends in EBSCOhost's copyright statement ('Copyright of ... is the property of "
                      "...'): cut from the abstract, kept in extra as AB (said once a file)");
      ebsco_copyright_said = true;
    }
    if (std::string_view kept = without_ebsco_abstract_label(r.abstract); kept.size() < r.abstract.size()) {
      if (!ebsco_label_said)
        report_record(diags, Severity::note, r,
                      "EBSCOhost's label after an abstract ('" +
                          std::string(trim(std::string_view(r.abstract).substr(
                              static_cast<std::size_t>(kept.data() - r.abstract.data()) + kept.size()))) +
                          "', whose the abstract is) is no part of it: cut (said once a file)");
      ebsco_label_said = true;
      r.abstract = std::string(kept);
    }
    // Ovid MEDLINE's "[Review] [33 refs]" after a title, which its field
    // format's reader drops: in the RIS, tables and libraries that carry its
    // records too (bib-dedupe's cytology screening set, 55 titles); its
    // language and notes of other works there moved to their fields.
    if (OvidTitleNotes notes; true) {
      if (std::string title = without_ovid_title_notes(r.title, notes); !title.empty()) {
        if (!notes.label.empty()) {
          if (!ovid_label_said)
            report_record(diags, Severity::note, r,
                          "Ovid's label after a title ('" + notes.label +
                              "', a review's and its count of references) is no part of it: cut, with NLM's period "
                              "before it (said once a file)");
          ovid_label_said = true;
        }
        for (auto& [tag, note] : notes.moved) {
          if (ovid_notes_said.insert(tag).second)
            report_record(diags, Severity::note, r,
                          "Ovid's note after a title ('" + note + "', " +
                              (tag == "EIN" ? "where its erratum appears" : tag == "CIN" ? "a comment on it"
                                                                                        : "its retraction") +
                              ") is no part of it: moved to extra " + tag + " as MEDLINE keeps it (said once a file)");
          r.add_extra(tag, std::move(note));
        }
        if (!notes.language.empty()) {
          if (ovid_notes_said.insert("language").second)
            report_record(diags, Severity::note, r,
                          "Ovid's note of the language after a title ('[" + notes.language + "]', the title translated "
                              "into English) is no part of it: " +
                              (r.language.empty() ? "read as the language" : "dropped, the language given apart") +
                              " (said once a file)");
          if (r.language.empty()) r.language = notes.language;
        }
        r.title = std::move(title);
      }
    }
    // A container that abbreviates its "short" title, shorter than it: the
    // two the wrong way round (EndNote's PubMed import writes the NLM
    // abbreviation as the journal and the name as its abbreviation: XML
    // full-title "Am J Clin Dermatol", abbr-1 "American journal of clinical
    // dermatology"; RIS T2 and J2).
    if (r.container_title_short.size() > r.container_title.size() && !r.container_title.empty() &&
        abbreviated_name(r.container_title, r.container_title_short)) {
      if (!short_container_said)
        report_record(diags, Severity::warning, r,
                          "the container '" + r.container_title + "' abbreviates its short title '" +
                              r.container_title_short + "' (EndNote's PubMed import writes them so): read the other "
                              "way round (said once a file)");
      short_container_said = true;
      std::swap(r.container_title, r.container_title_short);
    }
    // The Cochrane Library's review id written as the page (EndNote's
    // PubMed import: "Cd010458", IEBH/dedupe-sweep's tafenoquine library;
    // PubMed's PG "CD010458"): the review's article number, in Cochrane's
    // capitals, not a page.
    if (is_cochrane_review_id(r.pages) && numbered_by_article(r.type) &&
        (r.number.empty() || iequals(r.number, r.pages))) {
      std::string id = r.pages;
      for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (!cochrane_id_said)
        report_record(diags, Severity::note, r,
                      "page '" + r.pages + "' is the Cochrane Library's review id: read as the article number " + id +
                          ", not a page (said once a file)");
      cochrane_id_said = true;
      r.number = std::move(id);
      r.pages.clear();
    }
    // An article number written as the page (article_number.hpp:
    // ScienceDirect's BibTeX `pages = {113397}`, PubMed's PG 940397, SAGE's
    // e-locator 0886260520966669, PLOS's e0198859), for every format: the
    // article number (CSL `number`, BibTeX `eid`, RIS C7), as Scopus gives
    // it, not a page.  A number field holding another number keeps both.
    if (std::string page = read_pages_as_article_number(r); !page.empty()) {
      if (!number_said)
        report_record(diags, Severity::note, r,
                      "page " + page + " is an article number (" +
                          (page[0] == 'e' || page[0] == 'E' ? std::string("an e-locator") : std::string("six digits or more")) +
                          " without a range): read as the article number, not a page (said once a file)");
      number_said = true;
    }
    if (std::string said = part_doi_over_book(r); !said.empty()) report_record(diags, Severity::warning, r, said);
    if (std::string said = drop_impossible_date_parts(r.issued); !said.empty())
      report_record(diags, Severity::warning, r, "the date is not in the calendar: " + said);
    // Pure's "Jan 1" of a work known by its year (pure_january_first.hpp):
    // the year alone, said.
    // Only the page's own work (review68's finding 5).
    if (pure_date.year && r.issued.year == pure_date.year && r.issued.month == 1 && r.issued.day == 1 &&
        !r.issued.is_range() && pure_own_work(pure_date, r.title)) {
      r.issued.month = r.issued.day = 0;
      report_record(diags, Severity::warning, r,
                    "the page's 'Publication status' (line " + std::to_string(diags.line_of(pure_date.at)) + ", " +
                        pure_date.status + ") dates the work '" + pure_date.written +
                        "', the research portal's (Elsevier Pure) date of a work known by its year: read as " +
                        std::to_string(pure_date.year) + " alone, its month and day 1 dropped");
    }
    // A retracted work stays visible as one (retraction.hpp).
    mark_retraction(r, diags);
    record_sink(std::move(r));
  };
  ParseStats total;
  auto add = [&total](ParseStats s) {
    total.records += s.records;
    total.rejected += s.rejected;
    total.macros += s.macros;
  };
  if (forced != Format::unknown) {
    // Forcing a format the bytes clearly are not would glue the whole file
    // into one record (a MEDLINE file read as RIS): refuse, and say why.
    Detection seen = detect_formats(text);
    // An XML document is no text format's input, recognised or not.
    bool xml = starts_with(trim(text), "<?xml") && (forced == Format::bibtex || forced == Format::ris ||
                                                    forced == Format::crossref || forced == Format::medline);
    if ((seen.any() && !seen.has(forced)) || xml) {
      diags.file_error("--format " + std::string(format_name(forced)) + ": the input looks like " + describe_content(text) +
                       ", not " + std::string(format_name(forced)) + "; nothing read (leave --format out to detect it)");
      return total;
    }
  }
  switch (forced) {
    case Format::bibtex: return parse_bibtex(text, diags, sink, bibtex);
    case Format::medline: return parse_medline(text, diags, sink);
    case Format::pubmed_xml: return parse_pubmed_xml(text, diags, sink);
    case Format::ris: return parse_ris(text, diags, sink, false);
    case Format::crossref: return parse_other_json(text, diags, sink);
    case Format::wos: return parse_wos_tagged(text, diags, sink);
    case Format::scopus_csv: return parse_scopus_csv(text, diags, sink);
    case Format::endnote_xml: return parse_endnote_xml(text, diags, sink);
    case Format::csl_json: return parse_csl_json(text, diags, sink);
    case Format::wos_tab: return parse_wos_tab(text, diags, sink);
    case Format::lens_csv: return parse_lens_csv(text, diags, sink);
    case Format::dimensions_csv: return parse_dimensions_csv(text, diags, sink);
    case Format::zotero_json: return parse_zotero_json(text, diags, sink);
    case Format::ovid: return parse_ovid_tagged(text, diags, sink);
    case Format::ieee_csv: return parse_ieee_csv(text, diags, sink);
    case Format::springer_csv: return parse_springer_csv(text, diags, sink);
    case Format::pubmed_csv: return parse_pubmed_csv(text, diags, sink);
    case Format::table_csv: return parse_table_csv(text, diags, sink);
    case Format::cochrane: return parse_cochrane(text, diags, sink);
    case Format::proquest: return parse_proquest(text, diags, sink);
    case Format::noteexpress: return parse_noteexpress(text, diags, sink);
    case Format::scopus_txt: return parse_scopus_txt(text, diags, sink);
    case Format::zotero_rdf: return parse_zotero_rdf(text, diags, sink);
    case Format::mods: return parse_mods_xml(text, diags, sink);
    case Format::sciencedirect_txt: return parse_sciencedirect_txt(text, diags, sink);
    case Format::europepmc: return parse_europepmc(text, diags, sink);
    case Format::eppi_json: return parse_eppi_json(text, diags, sink);
    case Format::unknown: break;
  }
  Detection d = detect_formats(text);
  if (d.wos || d.ris || d.medline || d.bibtex) {
    std::vector<TaggedPart> parts = tagged_parts(text);
    // Each part must look like its format alone, else this is one file with
    // a stray line (a "PT J" in an RIS abstract's next line), read whole.
    // (Detection needs no offsets: each part's own bytes, uncopied.)
    bool apart = read_apart(parts);
    for (std::size_t k = 0; apart && k < parts.size(); ++k) {
      auto [begin, end] = part_span(parts, k, text.size());
      Detection pd = detect_formats(text.substr(begin, end - begin));
      const Tagged kind = parts[k].kind;
      apart = (kind == Tagged::wos && pd.wos) || (kind == Tagged::medline && pd.medline && !pd.bibtex) ||
              (kind == Tagged::bibtex && pd.bibtex && !pd.ris && !pd.medline) ||
              ((kind == Tagged::ris || kind == Tagged::refer) && pd.ris && !pd.medline && !pd.wos);
    }
    if (apart) {
      std::string what = "the file holds exports of several formats one after the other, each part read as its own: ";
      for (std::size_t k = 0; k < parts.size(); ++k)
        what += std::string(k ? "; " : "") + tagged_name(parts[k].kind) + " from line " +
                std::to_string(diags.line_of(parts[k].begin));
      diags.report(Severity::note, parts[1].begin, what);
      PartTexts texts(text, parts);
      for (std::size_t k = 0; k < parts.size(); ++k) add(import_text(texts[k], Format::unknown, diags, record_sink, bibtex));
      return total;
    }
  }
  {
    bool (*looks_like)(std::string_view) = d.scopus_csv    ? looks_like_scopus_csv
                                           : d.wos_tab     ? looks_like_wos_tab
                                           : d.lens_csv    ? looks_like_lens_csv
                                           : d.ieee_csv    ? looks_like_ieee_csv
                                           : d.springer_csv ? looks_like_springer_csv
                                           : d.pubmed_csv  ? looks_like_pubmed_csv
                                                           : nullptr;
    std::vector<std::size_t> headers = looks_like ? later_headers(text, looks_like) : std::vector<std::size_t>{};
    if (!headers.empty()) {
      std::vector<TaggedPart> parts{{0, Tagged::none}};
      for (std::size_t h : headers) parts.push_back({h, Tagged::none});
      std::string what = "the file holds " + std::to_string(parts.size()) +
                         " exports of one database with other columns, one after the other, each read with its own "
                         "header: from line 1";
      for (std::size_t h : headers) what += ", line " + std::to_string(diags.line_of(h));
      diags.report(Severity::note, headers.front(), what);
      PartTexts texts(text, parts);
      for (std::size_t k = 0; k < parts.size(); ++k) add(import_text(texts[k], Format::unknown, diags, record_sink, bibtex));
      return total;
    }
  }
  if (d.wos) add(parse_wos_tagged(text, diags, sink));
  if (d.scopus_csv) add(parse_scopus_csv(text, diags, sink));
  if (d.wos_tab) add(parse_wos_tab(text, diags, sink));
  if (d.lens_csv) add(parse_lens_csv(text, diags, sink));
  if (d.dimensions_csv) add(parse_dimensions_csv(text, diags, sink));
  if (d.crossref) add(parse_other_json(text, diags, sink));
  if (d.csl_json) add(parse_csl_json(text, diags, sink));
  if (d.zotero_json) add(parse_zotero_json(text, diags, sink));
  if (d.ovid) add(parse_ovid_tagged(text, diags, sink));
  if (d.ieee_csv) add(parse_ieee_csv(text, diags, sink));
  if (d.springer_csv) add(parse_springer_csv(text, diags, sink));
  if (d.pubmed_csv) add(parse_pubmed_csv(text, diags, sink));
  if (d.table_csv) add(parse_table_csv(text, diags, sink));
  if (d.cochrane) add(parse_cochrane(text, diags, sink));
  if (d.proquest) add(parse_proquest(text, diags, sink));
  if (d.noteexpress) add(parse_noteexpress(text, diags, sink));
  if (d.scopus_txt) add(parse_scopus_txt(text, diags, sink));
  if (d.zotero_rdf) add(parse_zotero_rdf(text, diags, sink));
  if (d.mods) add(parse_mods_xml(text, diags, sink));
  if (d.sciencedirect_txt) add(parse_sciencedirect_txt(text, diags, sink));
  if (d.europepmc) add(parse_europepmc(text, diags, sink));
  if (d.eppi_json) add(parse_eppi_json(text, diags, sink));
  if (d.endnote_xml) add(parse_endnote_xml(text, diags, sink));
  if (d.bibtex) add(parse_bibtex(text, diags, sink, bibtex));
  if (d.ris) add(parse_ris(text, diags, sink, d.ris_embedded));
  if (d.medline) add(parse_medline(text, diags, sink));
  if (d.pubmed_xml) add(parse_pubmed_xml(text, diags, sink));
  // PubMed's XML display saved by a browser: the PubMed XML in its <pre>
  // read, its lines the page's (audit51: the page gave no record).
  if (!d.any()) {
    if (std::string xml = pubmed_xml_in_pre(text); !xml.empty()) {
      diags.report(Severity::note, 0,
                   "a page a browser saved of PubMed's XML display: the PubMed XML escaped in its <pre> is read");
      const std::string file = diags.file();
      diags.set_source(file, xml);
      add(parse_pubmed_xml(xml, diags, sink));
      diags.set_source(file, text);
      return total;
    }
  }
  // PubMed's "Abstract (text)" and "Summary (text)" formats: no reader;
  // refused whole, every record counted as rejected, rather than read as a
  // page (no record found, none counted).
  if (!d.any()) {
    if (std::size_t n = pubmed_text_records(text)) {
      diags.error(0, "PubMed's text format (\"Abstract (text)\", \"Summary (text)\") is not read: its " +
                         std::to_string(n) + (n == 1 ? " record is" : " records are") +
                         " rejected; save them from PubMed in PubMed format (.nbib) or as CSV, which refnet reads");
      total.rejected += n;
      return total;
    }
  }
  // PubMed's PMID list: IDs, no record; refused whole, each ID counted as
  // a rejected record, and what to save instead said.
  if (!d.any()) {
    if (std::size_t n = pmid_list_records(text)) {
      diags.error(0, "a list of PubMed IDs (PubMed's \"PMID\" save format) holds no records: its " +
                         std::to_string(n) + (n == 1 ? " ID is" : " IDs are") +
                         " rejected; search PubMed for them (the list pasted into the search box) and save the "
                         "results in PubMed format (.nbib), as XML or as CSV, which refnet reads");
      total.rejected += n;
      return total;
    }
  }
  // No structured format: a page (text or HTML), read for its article and
  // reference lists.  An XML document of a kind refnet does not read is no page;
  // a text a crawler opened with a comment ("<!-- source: https://... -->") is.
  std::string_view body = after_leading_comments(text);
  if (!d.any() && (body.empty() || body.front() != '<' || is_html_page(body))) add(parse_page_text(text, diags, sink));
  return total;
}

void deliver_record(Record&& r, std::string_view format, std::string_view source, std::uint32_t line,
                    const Diagnostics& diags, ParseStats& stats, const RecordSink& sink) {
  // A line-based record starts its line; line 0 (no position) has no column.
  deliver_record_at(std::move(r), format, source, TextPosition{line, line ? 1u : 0u}, diags, stats, sink);
}

void deliver_record_at(Record&& r, std::string_view format, std::string_view source, TextPosition at,
                       const Diagnostics& diags, ParseStats& stats, const RecordSink& sink) {
  set_provenance_at(r, diags, format, at, source);
  ++stats.records;
  sink(std::move(r));
}

TextPosition PositionCounter::at(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset < pos_) {  // back: from the start
    pos_ = 0;
    at_ = TextPosition{};
  }
  std::string_view between = text_.substr(pos_, offset - pos_);
  if (std::size_t n = count_newlines(between.data(), between.size())) {
    at_.line += static_cast<std::uint32_t>(n);
    at_.column = 1;
    between.remove_prefix(between.rfind('\n') + 1);
  }
  at_.column += static_cast<std::uint32_t>(utf8_length(between));
  pos_ = offset;
  return at_;
}

}  // namespace refnet
