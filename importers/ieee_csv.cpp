// IEEE Xplore's CSV export ("Export", "CSV" of search results):
//
//   "Document Title",Authors,"Author Affiliations","Publication Title",Date Added To Xplore,
//   "Publication Year","Volume","Issue","Start Page","End Page","Abstract","ISSN",ISBNs,"DOI",
//   Funding Information,PDF Link,"Author Keywords","IEEE Terms","INSPEC Controlled Terms",
//   "INSPEC Non-Controlled Terms","Mesh_Terms",Article Citation Count,Patent Citation Count,
//   "Reference Count","License",Online Date,Issue Date,"Meeting Date","Publisher",Document Identifier
//
// Columns are found by their header names (RFC 4180 CSV, src/csv.cpp); a
// column the Record has no slot for is kept in `extra` under its name.
//
// Mapping rules:
// - "Authors" are "Given Family" names separated by "; " ("J. -P. Nominé");
//   HTML character references in it or in "Author Affiliations"
//   ("B&#x00E9;atrix") are decoded before the split.
//   "Author Affiliations" is the same list of affiliations, one an author:
//   each author gets theirs when the two lists are as long (IEEE's "NA" is
//   none); when they are not, the cell is kept in extra, with a warning.
// - "Start Page" and "End Page" are the pages.
// - "ISSN" and "ISBNs" are ISSNs and ISBNs.
// - "Author Keywords", "IEEE Terms" and "Mesh_Terms" are the keywords (IEEE's
//   own RIS export writes author keywords and IEEE terms as KW alike); the
//   INSPEC terms stay in extra.
// - "Document Identifier" ("IEEE Conferences", "IEEE Journals", "IEEE
//   Magazines", "IEEE Books", "IEEE Standards"...) gives the type and is
//   kept.
// - "PDF Link" (stamp.jsp?arnumber=N, the only link with Xplore's article
//   number) is the URL.
#include <algorithm>
#include <deque>

#include "left_references.hpp"
#include "csv_rows.hpp"
#include "ris_fields.hpp"
#include "refnet/jats.hpp"
#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Col {
  extra, title, authors, affiliations, container, year, volume, issue, start_page, end_page, abstract, issn, isbn,
  doi, url, keywords, publisher, identifier
};

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"Document Title", Col::title},
    {"Authors", Col::authors},
    {"Author Affiliations", Col::affiliations},
    {"Publication Title", Col::container},
    {"Publication Year", Col::year},
    {"Year", Col::year},
    {"Volume", Col::volume},
    {"Issue", Col::issue},
    {"Start Page", Col::start_page},
    {"End Page", Col::end_page},
    {"Abstract", Col::abstract},
    {"ISSN", Col::issn},
    {"ISBNs", Col::isbn},
    {"ISBN", Col::isbn},
    {"EISBN", Col::isbn},
    {"DOI", Col::doi},
    {"PDF Link", Col::url},
    {"Author Keywords", Col::keywords},
    {"IEEE Terms", Col::keywords},
    {"Mesh_Terms", Col::keywords},
    {"Publisher", Col::publisher},
    {"Document Identifier", Col::identifier},
};

// Xplore's content types, as "Document Identifier" names them.
std::string ieee_type(std::string_view t) {
  std::string l = ascii_lower(trim(t));
  if (l.find("conference") != std::string::npos) return "paper-conference";
  if (l.find("standard") != std::string::npos) return "standard";
  if (l.find("book") != std::string::npos) return "chapter";  // "IEEE Books", "Wiley-IEEE Press eBook Chapters"
  if (l.find("course") != std::string::npos) return "document";
  return "article-journal";  // Journals, Magazines, Early Access Articles
}

// The check character of an ISBN's first 12 (ISBN-13) or 9 (ISBN-10) digits.
char isbn_check(std::string_view digits) {
  int sum = 0;
  if (digits.size() == 12) {
    for (std::size_t k = 0; k < 12; ++k) sum += (digits[k] - '0') * (k % 2 ? 3 : 1);
    return static_cast<char>('0' + (10 - sum % 10) % 10);
  }
  for (std::size_t k = 0; k < 9; ++k) sum += (digits[k] - '0') * static_cast<int>(10 - k);
  int c = (11 - sum % 11) % 11;
  return c == 10 ? 'X' : static_cast<char>('0' + c);
}

// IEEE Xplore's CSV of about 2018-2020 (its "Publication_Year" layout) glues
// a proceedings' ISBNs together and cuts the cell's last two characters, the
// last ISBN's '-' and check digit: "978-1-5386-0569-1978-1-5386-0568-4978-
// 1-5386-0570", "0-7803-9778-90-7803-9777", "978-1-4673-5261" (alanaecp/
// ieee_csv2bib's IEEE.csv: 224 of 235 rows).  The ISBNs, hyphenated as
// written, each before the last checked by its check digit, the last one
// completed with the check digit its digits determine; nothing when the
// cell is not such a run.
std::vector<std::string> glued_cut_isbns(std::string_view v) {
  std::vector<std::string> groups = split_list(v, "-");
  if (groups.size() < 3) return {};
  for (const std::string& g : groups)
    if (g.empty() || !std::all_of(g.begin(), g.end(), [](char c) { return is_digit(c) || c == 'X'; })) return {};
  std::vector<std::string> isbns;
  std::size_t i = 0;
  while (i < groups.size()) {
    // An ISBN-13 opens with 978 or 979 and has 12 digits before its check digit; an ISBN-10 9.
    const bool thirteen = (groups[i] == "978" || groups[i] == "979") && i + 3 < groups.size();
    const std::size_t n = thirteen ? 4 : 3;
    if (i + n > groups.size()) return {};
    std::string written, digits;
    for (std::size_t k = i; k < i + n; ++k) {
      written += (k == i ? "" : "-") + groups[k];
      digits += groups[k];
    }
    if (digits.size() != (thirteen ? 12u : 9u) || digits.find('X') != std::string::npos) return {};
    const char check = isbn_check(digits);
    if (i + n == groups.size()) {  // the last, cut short
      isbns.push_back(written + "-" + check);
      break;
    }
    std::string& next = groups[i + n];  // its check digit, then the next ISBN's first group
    if (next[0] != check || next.size() < 2) return {};
    isbns.push_back(written + "-" + check);
    next.erase(0, 1);
    i += n;
  }
  return isbns;
}

// HTML character references in a name list ("B. B&#x00E9;atrix-May; S. I.
// &#x015E;tefan", ECSA2025_Paper108's ieeexplore.csv): decoded before the
// cell is split at ';', whose reference's own ';' cut the name in two.  Said
// once a file, with the first cell.
struct EntityCells {
  DecodedValues cells;  // the decoded cells the record's views point into
  std::string label, first;
  std::string_view decode(std::string_view v, const std::string& name, std::size_t at) {
    const std::size_t before = cells.count;
    std::string_view d = cells.decode(v, at);
    if (before == 0 && cells.count == 1) {
      label = name;
      first = std::string(v);
    }
    return d;
  }
  void say(Diagnostics& diags) const {
    if (!cells.count) return;
    diags.warning(cells.first, label + ": HTML character references in " + std::to_string(cells.count) +
                                   (cells.count == 1 ? " cell" : " cells") + " ('" + first +
                                   "'): read as the characters before the names were split at ';'");
  }
};

// Said once a file, with the first cell.
struct GluedIsbns {
  std::size_t cells = 0, offset = 0;
  std::string label, first;
  std::vector<std::string> first_read;
  void say(Diagnostics& diags) const {
    if (!cells) return;
    std::string read;
    for (const std::string& s : first_read) read += (read.empty() ? "" : ", ") + s;
    const bool one = cells == 1;
    diags.warning(offset, label + ": " + std::to_string(cells) + (one ? " cell glues" : " cells glue") +
                              " ISBNs without a separator and " + (one ? "lacks" : "lack") +
                              " the last one's check digit (IEEE Xplore's CSV of about 2018-2020): split, each "
                              "checked by its check digit, the last one's computed, the cell kept in extra; the "
                              "first '" + first + "' read as " + read);
  }
};

}  // namespace

bool looks_like_ieee_csv(std::string_view text) {
  std::string_view header = csv_header_line(text);
  if (!(starts_with(header, "\"Document Title\",") || starts_with(header, "Document Title,"))) return false;
  return header.find("Date Added To Xplore") != std::string_view::npos ||
         header.find("Author Affiliations") != std::string_view::npos;
}

ParseStats parse_ieee_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  const std::vector<Col> cols = columns_named(kColumns, names, Col::extra);

  NameGuesses guesses;
  GluedIsbns glued;
  EntityCells entities;
  bool decimal_year_said = false;  // a year "2019.0", said once a file
  bool text_mark_said = false;     // an identifier "'10.1000/x": said once a file
  std::vector<std::string> extra_dates_said;  // extra date columns of day numbers, each said once
  auto build = [&](const CsvRow& row, Record& r) {
    std::string start_page, end_page;
    YearCell year;
    std::string_view affiliations;
    std::size_t affiliations_at = 0;
    std::string affiliations_name;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      std::string_view v = trim(row.cells[i]);
      if (v.empty()) continue;
      const std::string& name = names[i];
      switch (cols[i]) {
        case Col::title:
          // "X<sup>e</sup><inf>HPC</inf> Ponte Vecchio": read as IEEE's RIS TI is.
          r.title = may_have_rich_text(v) && has_other_markup(v) ? markup_to_rich_text(v) : std::string(v);
          break;
        case Col::authors:
          v = entities.decode(v, name, row.offsets[i]);
          for (const std::string& n : split_list(v, ";")) {
            NameGuess guess;
            Creator c = parse_given_first_name(n, &guess);
            guesses.add(guess, name, n, c, row.offsets[i]);
            if (!c.empty()) r.authors.push_back(std::move(c));
          }
          drop_anonymous_authors(r, name, diags, row.offsets[i]);
          break;
        case Col::affiliations:
          affiliations = entities.decode(v, name, row.offsets[i]);
          affiliations_at = row.offsets[i];
          affiliations_name = name;
          break;
        case Col::container: r.container_title = std::string(v); break;
        case Col::year:
          if (std::optional<int> y = year_cell(v, name, row.offsets[i], diags, r, decimal_year_said)) year = {*y, name, row.offsets[i]};
          break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue: r.issue = std::string(v); break;
        case Col::start_page: start_page = std::string(v); break;
        case Col::end_page: end_page = std::string(v); break;
        case Col::abstract: r.abstract = std::string(v); break;
        case Col::isbn:
          v = without_text_mark(v, name, row.offsets[i], diags, text_mark_said);
          if (!classify_sn(v, r)) {
            std::vector<std::string> isbns = glued_cut_isbns(v);
            if (isbns.empty()) {
              read_sn_cell(v, name, row.offsets[i], diags, r);
              break;
            }
            if (glued.cells++ == 0) {
              glued.offset = row.offsets[i];
              glued.label = name;
              glued.first = std::string(v);
              glued.first_read = isbns;
            }
            for (std::string& s : isbns)
              if (std::find(r.isbn.begin(), r.isbn.end(), s) == r.isbn.end()) r.isbn.push_back(std::move(s));
            r.add_extra(name, std::string(v));
          }
          break;
        case Col::issn: read_sn_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::url: r.url = std::string(v); break;
        case Col::keywords: add_keyword_list(v, r); break;
        case Col::publisher: r.publisher = std::string(v); break;
        case Col::identifier:
          r.type = ieee_type(v);
          r.add_extra(name, std::string(v));
          break;
        case Col::extra: add_extra_cell(v, name, row.offsets[i], diags, r, extra_dates_said); break;
      }
    }
    settle_year(year, "", diags, r);  // no date column read: never another year
    r.pages = start_page;
    if (!end_page.empty() && end_page != start_page) r.pages += (r.pages.empty() ? "" : "-") + end_page;
    if (!affiliations.empty()) {
      std::vector<std::string> each = split_list(affiliations, ";");
      if (each.size() == r.authors.size()) {
        for (std::size_t k = 0; k < each.size(); ++k)
          if (!iequals(each[k], "NA")) r.authors[k].affiliations.push_back(std::move(each[k]));
      } else {
        diags.warning(affiliations_at, affiliations_name + " lists " + std::to_string(each.size()) +
                                           " affiliations for " + std::to_string(r.authors.size()) +
                                           " authors: kept in extra, given to no author");
        r.add_extra(affiliations_name, std::string(affiliations));
      }
    }
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  };
  ParseStats stats = read_csv_records(text, reader, cols.size(), diags, sink, "ieee-csv", "IEEE Xplore CSV", build);
  guesses.say(diags);
  glued.say(diags);
  entities.say(diags);
  return stats;
}

}  // namespace refnet
