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
// - "Authors" are "Given Family" names separated by "; " ("J. -P. Nominé").
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
  std::vector<Col> cols;
  for (const std::string& n : names) cols.push_back(column_named(kColumns, n, Col::extra));

  NameGuesses guesses;
  auto build = [&](const CsvRow& row, Record& r) {
    std::string start_page, end_page;
    int year = 0;
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
          for (const std::string& n : split_list(v, ";")) {
            NameGuess guess;
            Creator c = parse_given_first_name(n, &guess);
            guesses.add(guess, name, n, c, row.offsets[i]);
            if (!c.empty()) r.authors.push_back(std::move(c));
          }
          drop_anonymous_creators(r.authors, name, diags, row.offsets[i]);
          break;
        case Col::affiliations:
          affiliations = v;
          affiliations_at = row.offsets[i];
          affiliations_name = name;
          break;
        case Col::container: r.container_title = std::string(v); break;
        case Col::year:
          if (v.size() == 4 && std::all_of(v.begin(), v.end(), is_digit)) year = std::stoi(std::string(v));
          else r.add_extra(name, std::string(v));
          break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue: r.issue = std::string(v); break;
        case Col::start_page: start_page = std::string(v); break;
        case Col::end_page: end_page = std::string(v); break;
        case Col::abstract: r.abstract = std::string(v); break;
        case Col::issn: case Col::isbn: read_sn_cell(v, name, row.offsets[i], diags, r); break;
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r); break;
        case Col::url: r.url = std::string(v); break;
        case Col::keywords: add_keyword_list(v, r); break;
        case Col::publisher: r.publisher = std::string(v); break;
        case Col::identifier:
          r.type = ieee_type(v);
          r.add_extra(name, std::string(v));
          break;
        case Col::extra: r.add_extra(name, std::string(v)); break;
      }
    }
    settle_year(year, "Publication Year", r);
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
  return stats;
}

}  // namespace refnet
