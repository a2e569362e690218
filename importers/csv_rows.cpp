// The row loop the CSV exports share; see csv_rows.hpp.
#include "csv_rows.hpp"
#include "info_pmid.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/text.hpp"
#include "ris_fields.hpp"
#include "spreadsheet_numbers.hpp"
#include "spreadsheet_pages.hpp"

namespace refnet {

bool csv_name_equals(std::string_view table_name, std::string_view header_name) {
  // '_' is a space: IEEE Xplore writes "Mesh_Terms" always and, in older
  // exports, "Publication_Year".
  header_name = trim(header_name);
  if (table_name.size() != header_name.size()) return false;
  for (std::size_t i = 0; i < table_name.size(); ++i) {
    char a = table_name[i] == '_' ? ' ' : to_lower(table_name[i]);
    char b = header_name[i] == '_' ? ' ' : to_lower(header_name[i]);
    if (a != b) return false;
  }
  return true;
}

std::vector<std::string> csv_header_names(const CsvRow& header) {
  std::vector<std::string> names;
  names.reserve(header.cells.size());
  for (const std::string& h : header.cells) names.emplace_back(trim(h));
  return names;
}

std::string_view csv_header_line(std::string_view text) {
  text.remove_prefix(csv_start(text));
  return text.substr(0, text.find('\n'));
}

namespace {
std::string_view without_bom_and_line_end(std::string_view s) {
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

bool is_header_again(std::string_view header_line, std::string_view row) {
  header_line = without_bom_and_line_end(header_line);
  return !header_line.empty() && without_bom_and_line_end(row) == header_line;
}

void say_header_again(Diagnostics& diags, std::size_t offset) {
  diags.report(Severity::note, offset,
               "the header again (two exports joined into one file?): read as the header, not as a record");
}

ParseStats read_csv_records(std::string_view text, CsvReader& reader, std::size_t columns, Diagnostics& diags,
                            const RecordSink& sink, std::string_view format, std::string_view what,
                            const std::function<bool(const CsvRow&, Record&)>& build,
                            const std::function<bool(const CsvRow&)>& fits,
                            const std::function<bool(CsvRow&, CsvRow&)>& glued) {
  ParseStats stats;
  CsvRow row, next;
  const std::string_view header = csv_header_line(text);
  // R's missing value: a cell that is "NA" alone is no value (the file was
  // written or re-saved by R), said once a column with its count; so are
  // pandas's and Python's ("nan", "NaN", "None": a column turned to text
  // before it was written) and a spreadsheet's error values ("#N/A",
  // "#VALUE!": a formula's cell saved as what it showed).  Before, "nan"
  // was a work's pages and "#VALUE!" its volume, without a word.
  static constexpr std::string_view kMissing[] = {"NA",    "nan",     "NaN",   "None",   "#N/A",
                                                  "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!"};
  constexpr std::size_t kKinds = std::size(kMissing);
  std::vector<std::array<std::pair<std::size_t, std::size_t>, kKinds>> na;  // per column and value: first offset, cells
  const std::size_t header_end = reader.offset();          // the reader has read the header row
  // "Title,Year,...,Last column;;;;": a comma-separated export opened by a
  // spreadsheet whose separator is ';' and saved again.  It cut each row at
  // the ';' inside its cells ("Smith, J; Lee, K") and quoted the pieces: the
  // rows no longer fit the header, and no rule gets them back.  Said once.
  // A row with a quote in it was read by the spreadsheet's rules (a quoted
  // first cell's quotes taken as its own, the rest of the row run into it)
  // and written again with its quotes doubled: its cells are not the
  // export's even where their count fits the header (a real Scopus file:
  // 146 of 819 rows, read as titles "2025" and journals '78""').  Only a
  // row without quotes comes through as it was.
  std::string_view hl = header;
  while (!hl.empty() && (hl.back() == '\r' || hl.back() == ' ')) hl.remove_suffix(1);
  const bool resaved = ends_with(hl, ";;") && hl.find(',') != std::string_view::npos;
  if (resaved)
    diags.error(static_cast<std::size_t>(hl.data() + hl.size() - text.data()) - 2,
                "the header ends in ';;': this " + std::string(what) +
                    " export was re-saved by a spreadsheet that separates cells with ';', which cut its rows at "
                    "the ';' inside cells and re-quoted them; its rows with quotes are skipped (open the original "
                    "export as comma-separated, or export it again)");
  std::size_t empty_rows = 0, first_empty_row = 0;
  while (reader.next(row)) {
    if (row.malformed) {
      ++stats.rejected;
      continue;
    }
    if (row.cells.size() == 1 && trim(row.cells[0]).empty()) continue;  // a blank line
    // A row of separators alone (",,,,": a blank line as a spreadsheet
    // writes it) holds nothing: skipped, said once below.
    if (std::all_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return trim(c).empty(); })) {
      if (!empty_rows++) first_empty_row = row.offset;
      continue;
    }
    if (is_header_again(header, text.substr(row.offset, reader.offset() - row.offset))) {
      say_header_again(diags, row.offset);
      continue;
    }
    if (resaved && text.substr(row.offset, reader.offset() - row.offset).find('"') != std::string_view::npos) {
      diags.error(row.offset, "row re-quoted by the spreadsheet that re-saved the file: its cells are not the " +
                                  std::string(what) + " export's; skipped");
      ++stats.rejected;
      continue;
    }
    if (fits ? !fits(row) : row.cells.size() != columns) {
      diags.error(row.offset, "row has " + std::to_string(row.cells.size()) + " cells, the header " +
                                  std::to_string(columns) + "; skipped");
      ++stats.rejected;
      continue;
    }
    // A row's cells to a record; a second record in them (its line break
    // lost) is cut off by `glued` and read after it, from the same source text.
    std::string_view source = text.substr(row.offset, reader.offset() - row.offset);
    auto read_row = [&](CsvRow& one) {
      for (std::size_t i = 0; i < one.cells.size(); ++i)
        for (std::size_t k = 0; k < kKinds; ++k)
          if (one.cells[i] == kMissing[k]) {
            if (na.size() <= i) na.resize(i + 1);
            if (!na[i][k].second++) na[i][k].first = one.offsets[i];
            one.cells[i].clear();
            break;
          }
      Record r;
      if (!build(one, r)) {
        diags.error(one.offset, std::string(what) + " row has no title, no author and no DOI; skipped");
        ++stats.rejected;
        return;
      }
      deliver_record(std::move(r), format, source, diags.line_of(one.offset), diags, stats, sink);
    };
    const bool two = glued && glued(row, next);
    read_row(row);
    if (two) read_row(next);
  }
  if (empty_rows)
    diags.warning(first_empty_row, std::to_string(empty_rows) + (empty_rows > 1 ? " rows" : " row") +
                                       " with no value in any cell (blank lines as a spreadsheet writes them): skipped");
  if (!na.empty()) {
    // The header row: the line the reader read last before the records
    // (Dimensions' note line comes before it).
    std::size_t b = header_end >= 2 ? text.rfind('\n', header_end - 2) : std::string_view::npos;
    b = b == std::string_view::npos ? 0 : b + 1;
    Diagnostics scratch;  // the header was read (and said) by the reader
    std::vector<CsvRow> names = read_csv(text.substr(b, header_end - b), scratch, reader.separator());
    for (std::size_t i = 0; i < na.size(); ++i)
      for (std::size_t k = 0; k < kKinds; ++k) {
        const auto [first, cells] = na[i][k];
        if (!cells) continue;
        std::string column = !names.empty() && i < names[0].cells.size() ? std::string(trim(names[0].cells[i]))
                                                                         : "column " + std::to_string(i + 1);
        diags.warning(first, column + ": '" + std::string(kMissing[k]) + "' in " + std::to_string(cells) +
                                 (cells == 1 ? " row" : " rows") + " read as no value (" +
                                 (k == 0 ? "R's missing value: the file was written or re-saved by R"
                                  : k <= 3 ? "Python's missing value: the file was written or re-saved by a script "
                                             "(pandas)"
                                           : "a spreadsheet's error value: the file was saved by a spreadsheet") +
                                 ")");
      }
  }
  return stats;
}

std::size_t offset_in_cell(std::string_view text, std::size_t cell_offset, std::string_view piece,
                           std::size_t cell_end) {
  std::size_t at = piece.empty() ? std::string_view::npos : text.find(piece, cell_offset);
  return at == std::string_view::npos || at > cell_end || piece.size() > cell_end - at ? cell_offset : at;
}

std::string_view without_text_mark(std::string_view v, const std::string& column, std::size_t offset,
                                   Diagnostics& diags, bool& said) {
  if (v.size() < 2 || v[0] != '\'' || !is_digit(v[1])) return v;
  if (!said)
    diags.warning(offset, column + " '" + std::string(v) + "' begins with a spreadsheet's text mark (an apostrophe "
                          "that kept it from being read as a number or formula): read without it (said once a file)");
  said = true;
  return v.substr(1);
}

namespace {
// "Date Added", "Create Date", "Publication Date (online)": the word "date".
bool names_a_date(std::string_view column) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t at = 0; at + 4 <= column.size(); ++at)
    if (iequals(column.substr(at, 4), "date") && (at == 0 || !letter(column[at - 1])) &&
        (at + 4 == column.size() || !letter(column[at + 4])))
      return true;
  return false;
}
}  // namespace

void add_extra_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                    std::vector<std::string>& said) {
  bool time = false;
  const Date d = names_a_date(column) ? date_from_spreadsheet_serial(v, &time) : Date{};
  if (!d.year) {
    r.add_extra(column, std::string(v));
    return;
  }
  const std::string iso = iso_date(d, '-');
  if (std::find(said.begin(), said.end(), column) == said.end()) {
    said.push_back(column);
    diags.warning(offset, serial_date_message(column, v, d, time, "a column"));
  }
  r.add_extra(column, iso);
}

void read_doi_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                   bool* text_mark_said) {
  if (text_mark_said) v = without_text_mark(v, column, offset, diags, *text_mark_said);
  // Lens writes the DOIs of the works it merged into one row: "10.1/a; 10.1/b"
  // (or a DOI beside a URN, a handle): the first, the cell kept in extra.
  bool listed = false;
  if (auto d = doi_of_field(v, column, diags, offset, &listed)) {
    r.doi = std::move(*d);
    if (listed) r.add_extra(column, std::string(v));
    return;
  }
  // A shortDOI ("10/fhcmr3": Zotero's DOI field after its shortDOI plugin)
  // is the source's DOI, kept as written (doi.hpp).
  if (auto sd = normalize_short_doi(v)) {
    r.doi = std::move(*sd);
    return;
  }
  if (take_info_pmid(r, v, column, diags, offset)) return;
  diags.warning(offset, column + " is not a DOI, kept in extra: " + std::string(v) + placeholder_doi_note(v));
  r.add_extra(column, std::string(v));
}

void read_pmid_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                    bool* text_mark_said) {
  if (text_mark_said) v = without_text_mark(v, column, offset, diags, *text_mark_said);
  // OpenAlex: "https://pubmed.ncbi.nlm.nih.gov/35434524".
  bool pmc = false;
  std::string_view number = pubmed_link_id(v, pmc);
  if (number.empty() || pmc) number = v;
  // A number a script or spreadsheet wrote as a decimal ("32145678.0") or
  // in scientific notation: import_text's per-record pass reads or moves it
  // (spreadsheet_numbers.hpp), and says so.
  if (std::all_of(number.begin(), number.end(), is_digit) ||
      !whole_number_from_decimal(number, false).empty() ||
      scientific_notation(number)) {
    r.pmid = std::string(number);
    return;
  }
  diags.warning(offset, column + " is not a number, kept in extra: " + std::string(v));
  r.add_extra(column, std::string(v));
}

void read_sn_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags, Record& r,
                  bool* text_mark_said) {
  if (text_mark_said) v = without_text_mark(v, column, offset, diags, *text_mark_said);
  if (classify_sn(v, r)) return;
  // An ISSN whose leading zeros a spreadsheet dropped ("219916"): the
  // per-record pass reads it, its check digit right, and says so
  // (read_spreadsheet_numbers).
  if (!issn_without_zeros(v).empty()) {
    r.issn.emplace_back(trim(v));
    return;
  }
  diags.warning(offset, column + " is not a list of ISSNs or ISBNs, kept in extra: " + std::string(v));
  r.add_extra(column, std::string(v));
}

std::optional<int> year_cell(std::string_view v, const std::string& column, std::size_t offset, Diagnostics& diags,
                             Record& r, bool& decimal_said) {
  if (v.size() == 4 && all_digits(v)) return std::stoi(std::string(v));
  if (const int year = year_from_decimal(v)) {  // "2019.0": a table a script saved
    say_decimal_year(diags, offset, column, v, year, decimal_said);
    return year;
  }
  diags.warning(offset, column + " is not a year, kept in extra: " + std::string(v));
  r.add_extra(column, std::string(v));
  return std::nullopt;
}

bool read_serial_date_cell(std::string_view v, const std::string& column, std::size_t offset, Record& r,
                           SerialDateCell& cell) {
  const Date d = date_from_spreadsheet_serial(v);
  if (!d.year) return false;
  r.issued = d;
  cell = {std::string(trim(v)), column, offset};
  return true;
}

void settle_serial_date(const SerialDateCell& cell, const YearCell& year, Diagnostics& diags, Record& r, bool& said) {
  if (cell.written.empty()) return;
  if (year.year && year.year != r.issued.year) {
    const std::string iso = iso_date(r.issued, '-');
    diags.warning(cell.offset, cell.column + " '" + cell.written + "' is no date: as a spreadsheet's day number it is " +
                                   iso + ", which " + year.column + " (" + std::to_string(year.year) +
                                   ") does not confirm; kept in extra");
    r.issued = Date{};
    r.add_extra(cell.column, cell.written);
    return;
  }
  if (said) return;
  said = true;
  bool time = false;
  date_from_spreadsheet_serial(cell.written, &time);
  diags.warning(cell.offset, serial_date_message(cell.column, cell.written, r.issued, time));
}

void settle_year(const YearCell& year, std::string_view date_column, Diagnostics& diags, Record& r) {
  if (!year.year) return;
  if (!r.issued.year) {
    r.issued.year = year.year;
  } else if (year.year != r.issued.year) {
    const std::string kept = std::to_string(r.issued.year), other = std::to_string(year.year);
    diags.warning(year.offset, (date_column.empty() ? std::string("the date") : std::string(date_column)) + " says " +
                                   kept + ", " + year.column + " says " + other + ", kept " + kept +
                                   " as the year and " + other + " in extra");
    r.add_extra(year.column, other);
  }
}

void add_keyword_list(std::string_view cell, Record& r) {
  for_each_list_item(cell, ";", [&](std::string_view k) { r.add_keyword(k); });
}

}  // namespace refnet
