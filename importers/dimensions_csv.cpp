// Dimensions (app.dimensions.ai) publications CSV export.
//
//   About the data: Exported on Sep 30, 2026. Criteria: ...            a note line (quoted or not)
//   Rank,Publication ID,DOI,PMID,PMCID,Title,Abstract,Acknowledgements,Funding,Source title,
//   Anthology title,MeSH terms,Publication Date,PubYear,Volume,Issue,Pagination,Open Access,
//   Publication Type,Authors,Authors (Raw Affiliation),Corresponding Authors,Authors Affiliations,
//   ...,Times cited,...,Cited references,...
//
// Columns are found by their header names (RFC 4180 CSV, src/csv.cpp); a
// column the Record has no slot for is kept in `extra` under its name.  The
// note line is the file's header and is not a record.
//
// Mapping rules:
// - "Authors" are "Family, Given" names separated by "; ".
// - "Source title" is the container; a chapter's "Anthology title" (its
//   book) is the container when there is no source title, else extra.  The
//   older combined "Source title/Anthology title" column is the container.
// - "Publication Date" (2020-03-01, 2020-03, 2020) gives the date,
//   "PubYear" the year when the date has none.
// - "Pagination" ("100-110") are the pages; "MeSH terms" are keywords.
// - "Cited references" are the references: entries
//     [Family, Given; Family, Given]|Title|Source|Year|Volume|Issue|Pages|DOI|pub.ID|
//   separated by ';' (a ';' inside the author brackets does not cut).  The
//   first author, title, source, year, volume, first page and DOI become the
//   reference's fields; its text is kept as raw.  An entry with fewer than
//   eight fields is kept as raw text, with a warning.
#include <algorithm>

#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ris_fields.hpp"
#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Col {
  extra, doi, pmid, pmcid, title, abstract, source, anthology, mesh, date, year, volume, issue, pagination,
  type, authors, url, issn, publisher, references
};

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"DOI", Col::doi},
    {"PMID", Col::pmid},
    {"PMCID", Col::pmcid},
    {"Title", Col::title},
    {"Abstract", Col::abstract},
    {"Source title", Col::source},
    {"Source title/Anthology title", Col::source},
    {"Anthology title", Col::anthology},
    {"MeSH terms", Col::mesh},
    {"Publication Date", Col::date},
    {"PubYear", Col::year},
    {"Volume", Col::volume},
    {"Issue", Col::issue},
    {"Pagination", Col::pagination},
    {"Publication Type", Col::type},
    {"Authors", Col::authors},
    {"Source Linkout", Col::url},
    {"ISSN", Col::issn},
    {"ISBN", Col::issn},
    {"Publisher", Col::publisher},
    {"Cited references", Col::references},
};

// Dimensions' publication types.
std::string dimensions_type(std::string_view t) {
  std::string l = ascii_lower(trim(t));
  if (l == "chapter") return "chapter";
  if (l == "monograph" || l == "edited book" || l == "book") return "book";
  if (l == "proceeding" || l == "proceedings") return "paper-conference";
  if (l == "preprint") return "article";
  return "article-journal";
}

bool is_note_line(std::string_view line) {
  if (!line.empty() && line.front() == '"') line.remove_prefix(1);
  return istarts_with(line, "About the data");
}

// The header row names "Publication ID" and "Title".
bool is_dimensions_header(std::string_view line) {
  return line.find("Publication ID") != std::string_view::npos && line.find("Title") != std::string_view::npos;
}

// The entries of a "Cited references" cell: cut at ';' outside brackets,
// where an entry ends ("...|pub.1234|;") or the next opens with '['.
std::vector<std::string_view> reference_entries(std::string_view cell) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    char c = cell[i];
    if (c == '[') ++depth;
    else if (c == ']' && depth > 0) --depth;
    else if (c == ';' && depth == 0 &&
             (ends_with(trim(cell.substr(start, i - start)), "|") || starts_with(trim(cell.substr(i + 1)), "["))) {
      if (!trim(cell.substr(start, i - start)).empty()) out.push_back(trim(cell.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (!trim(cell.substr(start)).empty()) out.push_back(trim(cell.substr(start)));
  return out;
}

// One entry: false when it does not have the eight '|'-separated fields.
// A DOI repaired or dropped is said at its place in `text`, the cell being at
// `cell_offset`.
bool dimensions_reference(std::string_view entry, Reference& ref, std::string_view text, std::size_t cell_offset,
                          Diagnostics& diags) {
  ref.raw = std::string(entry);
  std::vector<std::string_view> f;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= entry.size(); ++i) {
    if (i < entry.size() && entry[i] == '[') ++depth;
    else if (i < entry.size() && entry[i] == ']' && depth > 0) --depth;
    else if (i == entry.size() || (entry[i] == '|' && depth == 0)) {
      f.push_back(trim(entry.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (f.size() < 8) return false;
  std::string_view authors = f[0];
  if (!authors.empty() && authors.front() == '[') authors.remove_prefix(1);
  if (!authors.empty() && authors.back() == ']') authors.remove_suffix(1);
  ref.author = std::string(trim(authors.substr(0, authors.find(';'))));
  ref.title = std::string(f[1]);
  ref.container = std::string(f[2]);
  if (f[3].size() == 4 && std::all_of(f[3].begin(), f[3].end(), is_digit)) ref.year = std::string(f[3]);
  ref.volume = std::string(f[4]);
  ref.first_page = std::string(trim(f[6].substr(0, f[6].find('-'))));
  if (!f[7].empty()) {
    std::size_t at = offset_in_cell(text, cell_offset, f[7]);
    if (auto d = normalize_doi_said(f[7], "cited reference DOI", diags, at))
      ref.doi = std::move(*d);
    else
      diags.warning(at, "cited reference DOI is not a DOI, dropped (the reference keeps its text): " +
                            std::string(f[7]));
  }
  return true;
}

}  // namespace

bool looks_like_dimensions_csv(std::string_view text) {
  text.remove_prefix(csv_start(text));
  std::size_t nl = text.find('\n');
  std::string_view first = text.substr(0, nl);
  if (is_note_line(first)) {
    if (nl == std::string_view::npos) return false;
    std::string_view rest = text.substr(nl + 1);
    return is_dimensions_header(rest.substr(0, rest.find('\n')));
  }
  return (starts_with(first, "Rank,") || starts_with(first, "\"Rank\",")) && is_dimensions_header(first);
}

ParseStats parse_dimensions_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  // The note line (it may hold commas, quoted or not): the header follows.
  if (!header.cells.empty() && is_note_line(header.cells[0]) && !reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  const std::vector<Col> cols = columns_named(kColumns, names, Col::extra);

  bool decimal_year_said = false;  // a year "2019.0", said once a file
  bool serial_date_said = false;   // a date "43831", a spreadsheet's day number: said once a file
  bool text_mark_said = false;     // an identifier "'10.1000/x": said once a file
  std::vector<std::string> extra_dates_said;  // extra date columns of day numbers, each said once
  auto build = [&](const CsvRow& row, Record& r) {
    YearCell year;
    SerialDateCell serial;
    std::string date_name;
    std::string anthology;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      std::string_view v = trim(row.cells[i]);
      if (v.empty()) continue;
      const std::string& name = names[i];
      switch (cols[i]) {
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::pmid: read_pmid_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::pmcid: r.pmcid = std::string(v); break;
        case Col::title: r.title = std::string(v); break;
        case Col::abstract: r.abstract = std::string(v); break;
        case Col::source: r.container_title = std::string(v); break;
        case Col::anthology: anthology = std::string(v); break;
        case Col::mesh: add_keyword_list(v, r); break;
        case Col::date:
          date_name = name;
          if (read_serial_date_cell(v, name, row.offsets[i], r, serial)) break;
          r.issued = parse_raw_date(v);
          say_date_parts_left_out(name, v, r.issued, diags, row.offsets[i]);
          break;
        case Col::year:
          if (std::optional<int> y = year_cell(v, name, row.offsets[i], diags, r, decimal_year_said)) year = {*y, name, row.offsets[i]};
          break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue: r.issue = std::string(v); break;
        case Col::pagination: r.pages = normalize_pages(v); break;
        case Col::type:
          r.type = dimensions_type(v);
          r.add_extra(name, std::string(v));
          break;
        case Col::authors:
          for (const std::string& n : split_list(v, ";")) {
            Creator c = parse_ris_name(n);
            if (!c.empty()) r.authors.push_back(std::move(c));
          }
          drop_anonymous_authors(r, name, diags, row.offsets[i]);
          break;
        case Col::url: r.url = std::string(v); break;
        case Col::issn: read_sn_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::publisher: r.publisher = std::string(v); break;
        case Col::references:
          for (std::string_view entry : reference_entries(v))
            if (!dimensions_reference(entry, r.references.emplace_back(), text, row.offsets[i], diags))
              diags.warning(row.offsets[i], "cited reference is not in Dimensions' [authors]|title|source|year|... "
                                            "layout, kept as text: " + std::string(entry));
          break;
        case Col::extra: add_extra_cell(v, name, row.offsets[i], diags, r, extra_dates_said); break;
      }
    }
    if (!anthology.empty()) {
      if (r.container_title.empty()) r.container_title = anthology;
      else r.add_extra("Anthology title", anthology);
    }
    settle_serial_date(serial, year, diags, r, serial_date_said);
    settle_year(year, date_name, diags, r);
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  };
  return read_csv_records(text, reader, cols.size(), diags, sink, "dimensions", "Dimensions", build);
}

}  // namespace refnet
