// Web of Science "Tab-delimited file" export (savedrecs.txt, the input
// VOSviewer and CiteSpace users often get).
//
//   PT<TAB>AU<TAB>BA<TAB>BE<TAB>GP<TAB>AF<TAB>...<TAB>UT<TAB>PM<TAB>...   header: the tags
//   J<TAB>Chung, CYS; Yam, VWW<TAB><TAB>...                             one record a row
//
// The "Win" variant is UTF-16LE with a BOM and CRLF rows, the "Mac" one
// UTF-8; decode_text() makes both UTF-8 with LF.  Cells are never quoted (a
// title may begin with a quote character), so a row is cut at tabs only.
//
// The columns are the two-letter fields of the tagged export, so each row is
// turned into the fields the tagged reader builds (wos_fields.hpp) and
// mapped by the same rules: a list field, which the tagged export writes one
// item a line, is "; "-separated here and split back into items.  C1 is
// split between "]...; [" groups only, since its brackets hold "; " too.
// What the tab file cannot say: the paragraph breaks of an abstract (it is
// one line).  Records carry the provenance format "wos", as the tagged
// export's do: the same fields under the same names (networks read TC and
// Keywords Plus, review counts "Web of Science", by that name).
//
// Re-saved by a spreadsheet or R, the file quotes the cells that hold a
// comma or a quote ("Muller, L; Tipold, A", "a ""quoted"" word"); saved as
// CSV it is comma-separated under the same header of tags.  Such a file,
// told by its first row's AU or AF cell written in quotes (WoS's own never
// begins a name with one) or by commas between the header's tags, is read
// as CSV (src/csv.cpp: quoted cells may hold tabs, commas and line breaks),
// said once.
#include <cstring>
#include <deque>
#include <utility>
#include <vector>

#include "refnet/importer.hpp"
#include "refnet/text.hpp"
#include "csv_rows.hpp"
#include "spreadsheet_pages.hpp"
#include "wos_fields.hpp"

namespace refnet {

namespace {

inline bool tag_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool is_tag(std::string_view s) { return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && tag_char(s[1]); }

// The fields the tagged export writes one item a line.
bool is_list_tag(std::string_view t) {
  static constexpr std::string_view lists[] = {"AU", "AF", "BA", "BE", "BF", "CA", "CR", "C1"};
  for (std::string_view l : lists)
    if (t == l) return true;
  return false;
}

// The cells of one row (a line without its end), cut at tabs.
void cut_cells(std::string_view line, std::vector<std::string_view>& cells) {
  cells.clear();
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
}

// "a; b; c" -> a, b, c: cut at "; " (a SICI DOI in a CR holds ";2" with no
// space: "10.1639/0044-7447(2002)031[0437:RASDBA]2.0.CO;2").  C1 of the
// author-address form, "[A; B] Addr 1;
// [C] Addr 2", is cut only where the next group opens with a bracket: the
// brackets hold "; " too, and so may an address.
void split_items(std::string_view v, bool brackets, std::vector<std::string_view>& out) {
  brackets = brackets && starts_with(v, "[");
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (brackets && v[i] == '[') ++depth;
    else if (brackets && v[i] == ']' && depth > 0) --depth;
    else if (v[i] == ';' && depth == 0 && (i + 1 == v.size() || v[i + 1] == ' ') &&
             (!brackets || starts_with(trim(v.substr(i + 1)), "["))) {
      std::string_view item = trim(v.substr(start, i - start));
      if (!item.empty()) out.push_back(item);
      start = i + 1;
    }
  }
  std::string_view item = trim(v.substr(start));
  if (!item.empty()) out.push_back(item);
}

// WoS's "Excel" export names its columns instead of tagging them
// ("Publication Type", "Article Title", "Cited References", "UT (Unique WOS
// ID)"); saved as text or CSV by the spreadsheet it is the tab file under
// other names.  Each name and the tag it stands for (WoS's field list).
constexpr std::pair<std::string_view, std::string_view> kColumnNames[] = {
    {"Publication Type", "PT"}, {"Authors", "AU"}, {"Book Authors", "BA"}, {"Book Editors", "BE"},
    {"Book Group Authors", "GP"}, {"Author Full Names", "AF"}, {"Book Author Full Names", "BF"},
    {"Group Authors", "CA"}, {"Article Title", "TI"}, {"Source Title", "SO"}, {"Book Series Title", "SE"},
    {"Book Series Subtitle", "BS"}, {"Language", "LA"}, {"Document Type", "DT"}, {"Conference Title", "CT"},
    {"Conference Date", "CY"}, {"Conference Location", "CL"}, {"Conference Sponsor", "SP"},
    {"Conference Sponsors", "SP"}, {"Conference Host", "HO"}, {"Author Keywords", "DE"}, {"Keywords Plus", "ID"},
    {"Abstract", "AB"}, {"Addresses", "C1"}, {"Affiliations", "C3"}, {"Reprint Addresses", "RP"},
    {"Email Addresses", "EM"}, {"Researcher Ids", "RI"}, {"ORCIDs", "OI"}, {"Funding Orgs", "FU"},
    {"Funding Name Preferred", "FP"}, {"Funding Text", "FX"}, {"Cited References", "CR"},
    {"Cited Reference Count", "NR"}, {"Times Cited, WoS Core", "TC"}, {"Times Cited, All Databases", "Z9"},
    {"180 Day Usage Count", "U1"}, {"Since 2013 Usage Count", "U2"}, {"Publisher", "PU"},
    {"Publisher City", "PI"}, {"Publisher Address", "PA"}, {"ISSN", "SN"}, {"eISSN", "EI"}, {"ISBN", "BN"},
    {"Journal Abbreviation", "J9"}, {"Journal ISO Abbreviation", "JI"}, {"Publication Date", "PD"},
    {"Publication Year", "PY"}, {"Volume", "VL"}, {"Issue", "IS"}, {"Part Number", "PN"}, {"Supplement", "SU"},
    {"Special Issue", "SI"}, {"Meeting Abstract", "MA"}, {"Start Page", "BP"}, {"End Page", "EP"},
    {"Article Number", "AR"}, {"DOI", "DI"}, {"DOI Link", "DL"}, {"Book DOI", "D2"},
    {"Early Access Date", "EA"}, {"Number of Pages", "PG"}, {"WoS Categories", "WC"},
    {"Web of Science Categories", "WC"}, {"Web of Science Index", "WE"}, {"Research Areas", "SC"},
    {"IDS Number", "GA"}, {"Pubmed Id", "PM"}, {"Open Access Designations", "OA"},
    {"Highly Cited Status", "HC"}, {"Hot Paper Status", "HP"}, {"Date of Export", "DA"},
    {"UT (Unique WOS ID)", "UT"}, {"UT (Unique ID)", "UT"},
    // A tool's shorter names for three (tathianamb/conbrepro-analisys's
    // CSV: "Title", "Keywords", "Year" among WoS's own and its UT).
    {"Title", "TI"}, {"Keywords", "DE"}, {"Year", "PY"}};

// The tag a header cell stands for: the cell itself when it is a tag, the
// tag of a column name above, else empty.
std::string_view column_tag(std::string_view cell) {
  cell = trim(cell);
  if (is_tag(cell)) return cell;
  for (const auto& [name, tag] : kColumnNames)
    if (cell == name) return tag;
  return {};
}

// The header's cells, cut at `sep` outside quotes ("Times Cited, WoS Core"
// is quoted in a CSV), each without its quotes: views into `header`.
std::vector<std::string_view> header_cells(std::string_view header, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= header.size(); ++i) {
    if (i < header.size() && header[i] == '"') quoted = !quoted;
    if (i < header.size() && (header[i] != sep || quoted)) continue;
    std::string_view cell = trim(header.substr(start, i - start));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
    out.push_back(cell);
    start = i + 1;
  }
  return out;
}

// The header row's separator: a tab (WoS's own), a comma (saved as CSV),
// or none when the first row is no header of WoS tags (or of the Excel
// export's column names).
char wos_tab_separator(std::string_view text) {
  text.remove_prefix(csv_start(text));
  std::string_view header = text.substr(0, text.find('\n'));
  if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
  for (char sep : {'\t', ','}) {
    const bool tags = header.size() >= 3 && header[0] == 'P' && header[1] == 'T' && header[2] == sep;
    // The names' first cell in quotes too: R's write.csv quotes every cell.
    const std::string_view first = starts_with(header, "\"Publication Type\"") ? header.substr(1) : header;
    const bool names = starts_with(first, "Publication Type") &&
                       first.size() > 16 + (first.data() != header.data()) &&
                       first[16 + (first.data() != header.data())] == sep;
    if (!tags && !names) continue;
    std::size_t known = 0;
    bool title = false, ut = false;
    for (std::string_view cell : header_cells(header, sep)) {
      std::string_view tag = tags ? (is_tag(cell) ? cell : std::string_view()) : column_tag(cell);
      known += !tag.empty();
      title = title || tag == "TI";
      ut = ut || tag == "UT";
    }
    if (tags) return known >= 10 ? sep : '\0';
    // Names: the ones Dimensions and Lens share ("Publication Type",
    // "Authors", "Source Title") are not enough; WoS's own must be there.
    return known >= 10 && title && ut ? sep : '\0';
  }
  return '\0';
}

// Whether a tab-separated file quotes its cells: the first row's AU or AF
// cell (a list of names, a comma in each) is written in quotes.
bool tab_file_quotes_cells(std::string_view text, const std::vector<std::string_view>& header, std::size_t pos) {
  std::size_t nl = text.find('\n', pos);
  std::string_view row = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
  std::vector<std::string_view> cells;
  cut_cells(row, cells);
  for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i)
    if ((header[i] == "AU" || header[i] == "AF") && starts_with(cells[i], "\"") && cells[i].size() > 1)
      return true;
  return false;
}

}  // namespace

bool looks_like_wos_tab(std::string_view text) { return wos_tab_separator(text) != '\0'; }

ParseStats parse_wos_tab(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  const char sep = wos_tab_separator(text) == ',' ? ',' : '\t';
  std::size_t pos = csv_start(text);
  // One line: [begin, end) without its '\n' and a '\r' before it.
  auto next_line = [&](std::size_t& begin) -> std::string_view {
    begin = pos;
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  };

  std::size_t header_at = 0;
  const std::string_view header_line = next_line(header_at);
  std::vector<std::string_view> header = header_cells(header_line, sep);
  while (!header.empty() && trim(header.back()).empty()) header.pop_back();  // a trailing tab
  const bool named = !starts_with(header_line, "PT");
  if (named)
    diags.report(Severity::note, header_at,
                 "Web of Science's Excel export saved as " + std::string(sep == ',' ? "CSV" : "tab-delimited text") +
                     ": its column names read as the WoS field tags they stand for");
  const std::vector<std::string_view> column_names = header;  // as written: what is said names them
  std::vector<bool> usable(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string_view tag = column_tag(header[i]);
    usable[i] = !tag.empty();
    if (!usable[i])
      diags.warning(static_cast<std::size_t>(header[i].data() - text.data()),
                    "column '" + std::string(header[i]) + "' is not a WoS field " + (named ? "name" : "tag") +
                        "; its values are not read");
    else
      header[i] = tag;  // a static tag for a name: the cells are read under it
  }

  std::vector<std::string_view> cells, lines;
  std::vector<std::size_t> offsets;
  std::vector<WosField> fields;
  WosEntities entities;
  WosSaid said;
  bool doi_link_said = false;  // a DOI Link "0.0": said once a file
  bool text_mark_said = false;  // an identifier "'10.1000/x": said once a file
  bool decimal_count_said = false;  // a count "12.0": said once a file
  std::deque<std::string> counts;  // a row's counts so read (its lines point into them)
  // One row's cells (views into the text, or into a CSV row's unquoted
  // cells) and where each is written; `begin` and `end` bound its text.
  auto record = [&](std::size_t begin, std::size_t end) {
    // WoS ends every row with a tab: an empty cell past the header's last.
    while (cells.size() > header.size() && trim(cells.back()).empty()) cells.pop_back();
    if (cells.size() != header.size()) {
      diags.error(begin, "row has " + std::to_string(cells.size()) + " cells, the header " +
                             std::to_string(header.size()) + "; skipped");
      ++stats.rejected;
      return;
    }
    fields.clear();
    lines.clear();
    counts.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      std::string_view v = trim(cells[i]);
      if (v.empty() || !usable[i]) continue;
      const std::string_view tag = header[i];
      // A spreadsheet's text mark before an identifier ("'10.1000/x").
      if (tag == "DI" || tag == "D2" || tag == "SN" || tag == "EI" || tag == "BN" || tag == "PM")
        v = without_text_mark(v, std::string(column_names[i]), offsets[i], diags, text_mark_said);
      // Counts a script saved as decimals ("12.0": pandas writes an integer
      // column with an empty cell as floats, as it does the volumes): the
      // numbers, said once a file.
      if (tag == "NR" || tag == "TC" || tag == "Z9" || tag == "U1" || tag == "U2" || tag == "PG") {
        if (std::string whole = whole_number_from_decimal(v, false); !whole.empty()) {
          if (!decimal_count_said)
            diags.warning(offsets[i], decimal_read_message(column_names[i], v, whole));
          decimal_count_said = true;
          v = counts.emplace_back(std::move(whole));
        }
      }
      // The Excel export's DOI Link is a link formula; a script (pandas)
      // that read the sheet saved its value, "0.0" (every row with a DOI in
      // danillocelino/slr_churn_unlearning_uid's webofscience.csv): no link.
      if (header[i] == "DL" && (all_digits(v) || !whole_number_from_decimal(v, false).empty())) {
        if (!doi_link_said)
          diags.warning(offsets[i], std::string(named ? "DOI Link" : "DL") + " '" + std::string(v) +
                                        "' is no link (a spreadsheet's link formula saved as its value by a "
                                        "script): not kept (said once a file)");
        doi_link_said = true;
        continue;
      }
      WosField f{{header[i][0], header[i][1]}, offsets[i], static_cast<std::uint32_t>(lines.size()), 0};
      if (is_list_tag(header[i])) split_items(v, header[i] == "C1", lines);
      else lines.push_back(v);
      f.last = static_cast<std::uint32_t>(lines.size());
      fields.push_back(f);
    }
    entities.store.clear();
    entities.decode(text, lines, begin);
    Record r;
    if (!build_wos_record(text, fields, lines, diags, said, r)) {
      diags.error(begin, "WoS row has no title, no author and no DOI; skipped");
      ++stats.rejected;
      return;
    }
    std::string_view source = text.substr(begin, end - begin);
    while (!source.empty() && (source.back() == '\n' || source.back() == '\r')) source.remove_suffix(1);
    deliver_record(std::move(r), "wos", source, diags.line_of(begin), diags, stats, sink);
  };

  if (sep == ',' || tab_file_quotes_cells(text, header, pos)) {
    diags.report(Severity::note, header_at,
                 sep == ','
                     ? "Web of Science fields saved as CSV (comma-separated, cells quoted): read as CSV"
                     : "Web of Science tab-delimited file with quoted cells (re-saved by a spreadsheet or R): "
                       "read as CSV, the quotes removed");
    CsvReader rows(text, diags, sep);
    CsvRow row;
    rows.next(row);  // the header, read above
    while (rows.next(row)) {
      if (row.malformed) {
        ++stats.rejected;
        continue;
      }
      const std::size_t end = rows.offset();
      if (row.cells.size() == 1 && trim(row.cells[0]).empty()) continue;  // a blank line
      if (is_header_again(header_line, text.substr(row.offset, end - row.offset))) {
        say_header_again(diags, row.offset);
        continue;
      }
      cells.assign(row.cells.begin(), row.cells.end());
      offsets = row.offsets;
      record(row.offset, end);
    }
    entities.say(diags);
    return stats;
  }

  while (pos < text.size()) {
    std::size_t begin = 0;
    std::string_view row = next_line(begin);
    if (trim(row).empty()) continue;
    if (is_header_again(header_line, row)) {  // savedrecs (1).txt and (2).txt joined: WoS exports 1,000 at a time
      say_header_again(diags, begin);
      continue;
    }
    cut_cells(row, cells);
    offsets.clear();
    for (std::string_view c : cells) offsets.push_back(static_cast<std::size_t>(c.data() - text.data()));
    record(begin, begin + row.size());
  }
  entities.say(diags);
  return stats;
}

}  // namespace refnet
