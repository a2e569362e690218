// A table cell holding a whole record: see cell_record.hpp.
#include "cell_record.hpp"

#include <algorithm>
#include <tuple>

#include "refnet/importer.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// A RIS tag line: a capital, a capital or a digit, one or two spaces, a
// dash, then a space or the line's end (detect.cpp's test).
bool ris_tag_line(std::string_view line) {
  if (line.size() < 4 || !(line[0] >= 'A' && line[0] <= 'Z')) return false;
  if (!((line[1] >= 'A' && line[1] <= 'Z') || is_digit(line[1])) || line[2] != ' ') return false;
  std::size_t i = 3;
  if (i < line.size() && line[i] == ' ') ++i;
  if (i >= line.size() || line[i] != '-') return false;
  ++i;
  return i == line.size() || line[i] == ' ' || line[i] == '\t';
}

// Letters and digits only, lower case: a value the row and the cell write
// alike but for case, spaces and punctuation is one value.
std::string loose(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
  return ascii_lower(out);
}

std::string families(const std::vector<Creator>& names) {
  std::string out;
  for (const Creator& c : names) out += loose(c.is_literal() ? c.literal : c.full_family()) + ";";
  return out;
}

std::string displays(const std::vector<Creator>& names) {
  std::string out;
  for (const Creator& c : names) out += (out.empty() ? "" : "; ") + c.display();
  return out;
}

std::string year_text(const Date& d) { return d.text.empty() ? std::to_string(d.year) : d.text; }

// Where the character at `line` and `column` (1-based, as a reader's
// diagnostics give them) of the cell is in the file: the cell's text starts
// at `start`.  A quote written twice before it on its line moves the file's
// column one further than the cell's: the column is the cell's (a line of a
// RIS value rarely holds one).
std::size_t file_offset(std::string_view text, std::size_t start, std::uint32_t line, std::uint32_t column) {
  std::size_t at = start;
  for (std::uint32_t l = 1; l < line; ++l) {
    const std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) return at;
    at = nl + 1;
  }
  for (std::uint32_t c = 1; c < column && at < text.size() && text[at] != '\n';) {
    ++at;
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) ++c;
  }
  return at;
}

}  // namespace

std::string_view record_in_cell(std::string_view cell) {
  std::size_t b = cell.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  cell.remove_prefix(b);
  if (cell.front() == '@') {
    // One entry, whole: "@type{key," ... "}" and nothing after it.
    const std::size_t open = cell.find_first_of("{(");
    if (open == std::string_view::npos || open < 2) return {};
    for (std::size_t i = 1; i < open; ++i)
      if (!is_alpha(cell[i])) return {};
    const std::size_t e = cell.find_last_not_of(" \t\r\n");
    return cell[e] == (cell[open] == '{' ? '}' : ')') && cell.find("\n@", open) == std::string_view::npos
               ? std::string_view("BibTeX")
               : std::string_view();
  }
  std::size_t end = cell.find('\n');
  if (!starts_with(cell, "TY") || !ris_tag_line(cell.substr(0, end))) return {};
  while (end != std::string_view::npos) {
    const std::size_t from = end + 1;
    end = cell.find('\n', from);
    if (ris_tag_line(cell.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from)))
      return "RIS";
  }
  return {};
}

bool merge_cell_record(std::string_view text, std::size_t at, std::string_view cell, std::string_view format,
                       const std::string& column, Record& row, bool& typed, Diagnostics& diags,
                       CellRecords& tally) {
  // The cell's text as its reader reads it: a RIS record without ER closed
  // at the cell's end (Rayyan writes none in its cells).
  std::string body(cell);
  if (format == "RIS") {
    const std::size_t last_end = body.find_last_not_of(" \t\r\n");
    const std::size_t last = body.rfind('\n', last_end);
    const std::string_view last_line =
        std::string_view(body).substr(last == std::string::npos ? 0 : last + 1, last_end - (last == std::string::npos ? 0 : last + 1) + 1);
    if (!starts_with(last_line, "ER")) body += "\nER  - \n";
  }
  Diagnostics scratch(Diagnostics::kAll);
  scratch.set_source(diags.file(), body);
  std::vector<Record> got;
  const auto keep = [&](Record&& r) { got.push_back(std::move(r)); };
  if (format == "RIS") parse_ris(body, scratch, keep, true);
  else parse_bibtex(body, scratch, keep);
  const std::size_t start = at < text.size() && text[at] == '"' ? at + 1 : at;
  for (const Diagnostic& d : scratch.items())
    diags.report(d.severity, d.line ? file_offset(text, start, d.line, d.column) : start,
                 "in the " + std::string(format) + " record of column \"" + column + "\": " + d.message);
  if (got.size() != 1) {
    if (got.size() > 1)
      diags.warning(start, "column \"" + column + "\" holds " + std::to_string(got.size()) + " " + std::string(format) +
                               " records, not one: the cell kept in extra as written");
    return false;
  }
  Record& c = got.front();

  std::vector<std::string> differ;  // the fields where the cell says another value
  auto other = [&](const char* field, std::string value) {
    row.add_extra(column + ": " + field, std::move(value));
    differ.emplace_back(field);
  };
  auto fill = [&](std::string& mine, std::string& theirs, const char* field) {
    if (theirs.empty()) return;
    if (mine.empty()) mine = std::move(theirs);
    else if (loose(mine) != loose(theirs)) other(field, std::move(theirs));
  };
  if (row.title.empty()) row.title_nocase = c.title_nocase;
  fill(row.title, c.title, "title");
  fill(row.container_title, c.container_title, "container");
  fill(row.container_title_short, c.container_title_short, "journal abbreviation");
  fill(row.volume, c.volume, "volume");
  fill(row.issue, c.issue, "issue");
  fill(row.pages, c.pages, "pages");
  fill(row.number, c.number, "number");
  fill(row.publisher, c.publisher, "publisher");
  fill(row.publisher_place, c.publisher_place, "place");
  if (row.doi.empty()) row.doi_spelling = c.doi_spelling;
  fill(row.doi, c.doi, "DOI");
  fill(row.pmid, c.pmid, "PMID");
  fill(row.pmcid, c.pmcid, "PMCID");
  fill(row.wos_ut, c.wos_ut, "WoS UT");
  fill(row.scopus_eid, c.scopus_eid, "Scopus EID");
  fill(row.url, c.url, "URL");
  fill(row.abstract, c.abstract, "abstract");
  fill(row.language, c.language, "language");
  // The cell's record's key, judged as its format's (a BibTeX entry's key,
  // a RIS ID that may be an accession number): Provenance::key_format.
  if (row.citekey.empty() && !c.citekey.empty()) {
    row.citekey = c.citekey;
    row.provenance.key_format = c.provenance.format;
  }
  if (!typed && !c.type.empty()) row.type = c.type, typed = true;
  if (c.issued.year) {
    if (!row.issued.year) row.issued = c.issued;
    else if (row.issued.year != c.issued.year) other("year", year_text(c.issued));
    else if (!row.issued.month) row.issued = c.issued;
  }
  for (auto [mine, theirs, field] : {std::tuple{&row.authors, &c.authors, "authors"},
                                     std::tuple{&row.editors, &c.editors, "editors"}}) {
    if (theirs->empty()) continue;
    if (mine->empty()) *mine = std::move(*theirs);
    else if (families(*mine) != families(*theirs)) other(field, displays(*theirs));
  }
  for (auto [mine, theirs] : {std::pair{&row.issn, &c.issn}, std::pair{&row.isbn, &c.isbn}})
    for (std::string& v : *theirs)
      if (std::find(mine->begin(), mine->end(), v) == mine->end()) mine->push_back(std::move(v));
  for (const std::string& k : c.keywords) row.add_keyword(k);
  for (Reference& ref : c.references)
    if (std::find(row.references.begin(), row.references.end(), ref) == row.references.end())
      row.references.push_back(std::move(ref));
  for (ExtraField& e : c.extra) row.extra.push_back(std::move(e));

  auto col = std::find_if(tally.columns.begin(), tally.columns.end(),
                          [&](const CellRecords::Column& k) { return k.name == column && k.format == format; });
  if (col == tally.columns.end()) col = tally.columns.insert(col, {column, std::string(format), 0, start});
  ++col->cells;
  if (!differ.empty() && tally.differing++ == 0) {
    tally.first_differing = start;
    for (const std::string& f : differ) tally.first_differing_fields += (tally.first_differing_fields.empty() ? "" : ", ") + f;
  }
  return true;
}

void say_cell_records(const CellRecords& tally, Diagnostics& diags) {
  for (const CellRecords::Column& k : tally.columns)
    diags.report(Severity::note, k.first_at,
                 std::to_string(k.cells) + (k.cells == 1 ? " cell" : " cells") + " of column \"" + k.name + "\" hold" +
                     (k.cells == 1 ? "s" : "") + " a whole " + k.format +
                     " record: each read as its row's record, its fields filling those the row's own columns "
                     "leave empty" + (k.format == "RIS" ? " (a record without ER ends with its cell)" : ""));
  if (tally.differing > 0)
    diags.warning(tally.first_differing,
                  std::to_string(tally.differing) + (tally.differing == 1 ? " row's record" : " rows' records") +
                      " in a cell differ from the row's own columns (the first: " + tally.first_differing_fields +
                      "): the row's values kept, the cell's in extra under \"<column>: <field>\"");
}

}  // namespace refnet
