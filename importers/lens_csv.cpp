// Lens.org scholarly works CSV export.
//
//   Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,ISSNs,Publisher,
//   Source Country,Author/s,Abstract,Volume,Issue Number,Start Page,End Page,Fields of Study,Keywords,
//   MeSH Terms,Chemicals,Funding,Source URLs,External URL,PMID,DOI,Microsoft Academic ID,PMCID,
//   Citing Patents Count,References,Citing Works Count,Is Open Access,Open Access License,Open Access Colour
//
// Columns are found by their header names (RFC 4180 CSV, src/csv.cpp); a
// column the Record has no slot for is kept in `extra` under its name.
//
// Mapping rules:
// - "Author/s" are "Given Family" names separated by "; ".
// - "Date Published" (2020-11-22) gives the date, "Publication Year" the
//   year when the date has none (a different year is kept in extra).
// - "Keywords" are the keywords, then the "MeSH Terms" (as MEDLINE's MH);
//   "Fields of Study" (Lens's own classification) stay in extra.
// - "ISSNs" ("21945411; 21945403") are written 2194-5411.
// - "External URL" is the URL; "Source URLs" stay in extra.
// - "References" are ';'-separated identifiers: a DOI becomes a reference
//   with that DOI, anything else (a Lens ID, 000-928-794-577-264) a
//   reference whose raw text is the identifier, so that two works citing the
//   same Lens ID share a cited work (co-citation, coupling); when the Lens ID
//   is a work of the same file, the reference also gets that work's DOI
//   (citation).
// - A PMID, DOI or ISSN that is not one is kept in extra, with a warning
//   (R's "NA" alone, in files re-saved by R, is no value: read_csv_records).
// - An abstract in JATS markup (<jats:p>) is read as text.
#include <algorithm>
#include <unordered_map>

#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ris_fields.hpp"
#include "scholarly_json.hpp"
#include "refnet/doi.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Col {
  extra, lens_id, title, date, year, type, source, issns, publisher, authors, abstract, volume, issue,
  start_page, end_page, keywords, mesh, url, pmid, doi, pmcid, references
};

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"Title", Col::title},
    {"Date Published", Col::date},
    {"Publication Year", Col::year},
    {"Publication Type", Col::type},
    {"Source Title", Col::source},
    {"ISSNs", Col::issns},
    {"Publisher", Col::publisher},
    {"Author/s", Col::authors},
    {"Abstract", Col::abstract},
    {"Volume", Col::volume},
    {"Issue Number", Col::issue},
    {"Start Page", Col::start_page},
    {"End Page", Col::end_page},
    {"Keywords", Col::keywords},
    {"MeSH Terms", Col::mesh},
    {"External URL", Col::url},
    {"PMID", Col::pmid},
    {"DOI", Col::doi},
    {"PMCID", Col::pmcid},
    {"References", Col::references},
};

// One entry of "References": a DOI, else an identifier kept as raw text.
// A repaired DOI is said at its place in `text`, the cell being at `cell_offset`.
Reference lens_reference(std::string_view id, std::string_view text, std::size_t cell_offset, Diagnostics& diags) {
  Reference ref;
  ref.raw = std::string(id);
  if (auto d = normalize_doi_said(id, "cited reference", diags, offset_in_cell(text, cell_offset, id)))
    ref.doi = std::move(*d);
  return ref;
}

// Lens's CSV writes a line break inside a cell as ';' (and the indentation
// after it), between and inside an abstract's JATS elements too:
// "<jats:title>Abstract</jats:title>;   <jats:p>;   We investigate ... a
// field;   <jats:italic>K</jats:italic>;   , when ...", "&#x0D;;".  Read into
// the text, 18 of 2,000 abstracts of two real exports opened with ';' and
// more held "field; K; ,".  Such a ';' is left out: right after an opening
// <jats:p>/<jats:sec>/<jats:title>; right after a block's end (p, sec,
// title, ...) when the next element or the cell's end follows, or two blanks
// and more; right after an inline element's end (italic, bold, sup, sub, sc)
// when two blanks and more or the cell's end follow; before an element's
// start after two blanks and more; after a carriage return's reference.  A
// ';' of the text stays: "in vivo</jats:italic>; in vitro", and between two
// inline elements one blank apart, "<jats:italic>Escherichia
// coli</jats:italic>; <jats:italic>Staphylococcus aureus</jats:italic>"
// (review68b: read "Escherichia coli Staphylococcus aureus").  The number of
// ';' left out is added to `dropped` (the caller says them).
std::string without_jats_breaks(std::string_view v, std::size_t& dropped) {
  auto blanks = [&](std::size_t q) {
    std::size_t e = q;
    while (e < v.size() && is_space(v[e])) ++e;
    return e;
  };
  auto block_open = [&](std::size_t lt) {
    for (std::string_view t : {"<jats:p>", "<jats:sec>", "<jats:title>", "<jats:p ", "<jats:sec "})
      if (v.substr(lt).rfind(t, 0) == 0) return true;
    return false;
  };
  // An element whose end is inside a sentence: a ';' after it followed by the
  // next such element may be the text's.
  auto inline_end = [&](std::size_t lt) {
    for (std::string_view t : {"</jats:italic>", "</jats:bold>", "</jats:sup>", "</jats:sub>", "</jats:sc>",
                               "</jats:underline>", "</jats:monospace>", "</jats:inline-formula>"})
      if (v.substr(lt).rfind(t, 0) == 0) return true;
    return false;
  };
  std::string out;
  out.reserve(v.size());
  std::size_t last_tag_end = std::string_view::npos, last_tag_start = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '<' && v.substr(i).rfind("<jats:", 0) == 0) last_tag_start = i;
    if (c == '<' && v.substr(i).rfind("</jats:", 0) == 0) last_tag_start = i;
    if (c == '>') last_tag_end = i;
    if (c != ';') {
      out += c;
      continue;
    }
    const std::size_t next = blanks(i + 1);
    const bool many = next - (i + 1) >= 2;
    const bool element_next = next >= v.size() || v.substr(next).rfind("<jats:", 0) == 0 ||
                              v.substr(next).rfind("</jats:", 0) == 0;
    bool drop = false;
    if (last_tag_end != std::string_view::npos && last_tag_end + 1 == i) {
      const bool closing = v[last_tag_start + 1] == '/';
      if (!closing) drop = block_open(last_tag_start);
      else if (inline_end(last_tag_start)) drop = many || next >= v.size();
      else drop = element_next || many;
    } else if (many && element_next) {
      drop = true;
    } else if (i >= 6 && (v.substr(i - 6, 6) == "&#x0D;" || v.substr(i - 6, 6) == "&#x0d;")) {
      drop = true;
    }
    if (!drop) out += c;
    else ++dropped;
  }
  return out;
}

}  // namespace

// Lens's publication types ("journal article", "book chapter",
// "conference proceedings article", "dissertation", "preprint", ...):
// scholarly_json.hpp.
std::string lens_type(std::string_view t) {
  std::string l = ascii_lower(trim(t));
  if (l == "book chapter") return "chapter";
  if (l == "book" || l == "edited book") return "book";
  if (l == "conference proceedings article" || l == "conference proceedings") return "paper-conference";
  if (l == "dissertation" || l == "thesis") return "thesis";
  if (l == "dataset") return "dataset";
  if (l == "report") return "report";
  if (l == "preprint") return "article";
  return "article-journal";
}

bool looks_like_lens_csv(std::string_view text) {
  std::string_view header = csv_header_line(text);
  if (!(starts_with(header, "Lens ID,") || starts_with(header, "\"Lens ID\","))) return false;
  return header.find("Title") != std::string_view::npos;
}

ParseStats parse_lens_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  std::vector<Col> cols;
  for (const std::string& n : names) cols.push_back(iequals(n, "Lens ID") ? Col::lens_id : column_named(kColumns, n, Col::extra));

  NameGuesses guesses;
  bool decimal_year_said = false;  // a year "2019.0", said once a file
  bool serial_date_said = false;   // a date "43831", a spreadsheet's day number: said once a file
  bool text_mark_said = false;     // an identifier "'10.1000/x": said once a file
  std::vector<std::string> extra_dates_said;  // extra date columns of day numbers, each said once
  // Lens's ';' line breaks left out of abstracts' JATS: said once a file, at
  // the first such abstract.
  std::size_t breaks_dropped = 0, break_abstracts = 0, first_break_at = 0;
  std::string break_column;
  auto build = [&](const CsvRow& row, Record& r) {
    std::string start_page, end_page;
    YearCell year;
    SerialDateCell serial;
    std::string date_name;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      std::string_view v = trim(row.cells[i]);
      if (v.empty()) continue;
      const std::string& name = names[i];
      switch (cols[i]) {
        case Col::lens_id: r.add_extra(name, std::string(v)); break;
        case Col::title: r.title = std::string(v); break;
        case Col::date:
          date_name = name;
          if (read_serial_date_cell(v, name, row.offsets[i], r, serial)) break;
          r.issued = parse_raw_date(v);
          say_date_parts_left_out(name, v, r.issued, diags, row.offsets[i]);
          break;
        case Col::year:
          if (std::optional<int> y = year_cell(v, name, row.offsets[i], diags, r, decimal_year_said)) year = {*y, name, row.offsets[i]};
          break;
        case Col::type:
          r.type = lens_type(v);
          r.add_extra(name, std::string(v));
          break;
        case Col::source: r.container_title = std::string(v); break;
        case Col::issns: read_sn_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::publisher: r.publisher = std::string(v); break;
        case Col::authors:
          for (const std::string& n : split_list(v, ";")) {
            NameGuess guess;
            Creator c = parse_given_first_name(n, &guess);
            guesses.add(guess, name, n, c, row.offsets[i]);
            if (!c.empty()) r.authors.push_back(std::move(c));
          }
          drop_anonymous_authors(r, name, diags, row.offsets[i]);
          break;
        case Col::abstract:
          if (v.find("<jats:") == std::string_view::npos) {
            r.abstract = std::string(v);
            break;
          }
          {
            std::size_t dropped = 0;
            r.abstract = jats_to_text(without_jats_breaks(v, dropped));
            if (dropped > 0 && break_abstracts++ == 0) {
              first_break_at = row.offsets[i];
              break_column = name;
            }
            breaks_dropped += dropped;
          }
          break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue: r.issue = std::string(v); break;
        case Col::start_page: start_page = std::string(v); break;
        case Col::end_page: end_page = std::string(v); break;
        case Col::keywords: case Col::mesh: add_keyword_list(v, r); break;
        case Col::url: r.url = std::string(v); break;
        case Col::pmid: read_pmid_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::pmcid: r.pmcid = std::string(v); break;
        case Col::references:
          for (const std::string& id : split_list(v, ";")) r.references.push_back(lens_reference(id, text, row.offsets[i], diags));
          break;
        case Col::extra: add_extra_cell(v, name, row.offsets[i], diags, r, extra_dates_said); break;
      }
    }
    settle_serial_date(serial, year, diags, r, serial_date_said);
    settle_year(year, date_name, diags, r);
    r.pages = start_page;
    if (!end_page.empty() && end_page != start_page) r.pages += (r.pages.empty() ? "" : "-") + end_page;
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  };
  // The records are kept until the end of the file: a reference naming the
  // Lens ID of a work of the file gets that work's DOI, so that citations
  // between the works of one export are found (by DOI).
  std::vector<Record> records;
  std::unordered_map<std::string, std::string> doi_of;  // Lens ID -> DOI
  ParseStats stats = read_csv_records(text, reader, cols.size(), diags, [&](Record&& r) {
    std::string_view id = r.get_extra("Lens ID");
    if (!id.empty() && !r.doi.empty()) doi_of.emplace(std::string(id), r.doi);
    records.push_back(std::move(r));
  }, "lens", "Lens", build);
  guesses.say(diags);
  if (breaks_dropped > 0)
    diags.warning(first_break_at, break_column + ": " + std::to_string(breaks_dropped) +
                                      " ';' Lens wrote for line breaks in the JATS markup of " +
                                      std::to_string(break_abstracts) +
                                      (break_abstracts == 1 ? " abstract" : " abstracts") +
                                      " left out (the first here; a ';' of the text is kept)");
  for (Record& r : records) {
    for (Reference& ref : r.references)
      if (ref.doi.empty())
        if (auto it = doi_of.find(ref.raw); it != doi_of.end()) ref.doi = it->second;
    sink(std::move(r));
  }
  return stats;
}

}  // namespace refnet
