// PubMed's CSV export ("Save", format CSV, of a search result):
//
//   PMID,Title,Authors,Citation,First Author,Journal/Book,Publication Year,Create Date,PMCID,NIHMS ID,DOI
//   "35227408","Chatbot-Delivered Psychotherapy ...","Lim SM, Shiau CWC, Cheng LJ, Lau Y.",
//   "Behav Ther. 2022 Mar;53(2):334-347. doi: 10.1016/j.beth.2021.09.007. Epub 2021 Oct 12.",
//   "Lim SM","Behav Ther","2022","2022/03/01",,,"10.1016/j.beth.2021.09.007"
//
// PubMed before 2020 wrote another layout, every row ending with a comma
// the header lacks (an empty cell past the last column):
//
//   Title,URL,Description,Details,ShortDetails,Resource,Type,Identifiers,Db,EntrezUID,Properties
//   "Allergen components in ... meta-analysis.","/pubmed/31301691","Nilsson C, Berthold M, ...",
//   "Pediatr Allergy Immunol. 2019 Jul 13. doi: 10.1111/pai.13110. [Epub ahead of print]",
//   "Pediatr Allergy Immunol.  2019","PubMed","citation","PMID:31301691","pubmed","31301691","create date:...",
//
// Its "Description" is the authors, "Details" the citation and "EntrezUID"
// the PMID; the rest stays in extra.
//
// Columns are found by their header names (RFC 4180 CSV, src/csv.cpp); a
// column the Record has no slot for is kept in `extra` under its name.
//
// Mapping rules:
// - "Authors" are MEDLINE's citation names ("Lim SM"), ','-separated, the
//   list ending with a period; a collective name (MEDLINE's CN) comes after
//   "; " ("Miles A; Anopheles gambiae 1000 Genomes Consortium, Lawniczak
//   MKN."): ';' separates authors too.
// - "Citation" is read by parse_source_string (source_string.hpp): the
//   date, volume, issue and pages; it is kept in extra as written.  Its DOI
//   stands in for an empty "DOI" cell.
// - "Journal/Book" is the container (NLM's abbreviation); a book chapter
//   ("In: ..." citation) is a chapter; a book's citation ("Ottawa (ON):
//   Publisher; 2019 Jun.") gives its place, publisher and date.
// - "Publication Year" is the year when the citation gave none (another year
//   is kept in extra); "First Author" repeats Authors and "Create Date" is
//   PubMed's: both stay in extra.
#include <algorithm>

#include "csv_rows.hpp"
#include "source_string.hpp"
#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Col { extra, pmid, title, authors, citation, journal, year, pmcid, doi };

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"PMID", Col::pmid},       {"Title", Col::title},         {"Authors", Col::authors},
    {"Citation", Col::citation}, {"Journal/Book", Col::journal}, {"Publication Year", Col::year},
    {"PMCID", Col::pmcid},     {"DOI", Col::doi},
    // PubMed before 2020.
    {"Description", Col::authors}, {"Details", Col::citation}, {"EntrezUID", Col::pmid},
};

}  // namespace

bool looks_like_pubmed_csv(std::string_view text) {
  std::string_view header = csv_header_line(text);
  return starts_with(header, "PMID,Title,Authors,Citation") || starts_with(header, "\"PMID\",\"Title\",\"Authors\",\"Citation\"") ||
         starts_with(header, "Title,URL,Description,Details,ShortDetails,Resource,Type,Identifiers,Db,EntrezUID");
}

ParseStats parse_pubmed_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  const std::vector<Col> cols = columns_named(kColumns, names, Col::extra);

  bool decimal_year_said = false;  // a year "2019.0", said once a file
  bool text_mark_said = false;     // an identifier "'10.1000/x": said once a file
  std::vector<std::string> extra_dates_said;  // extra date columns of day numbers (Create Date), each said once
  auto build = [&](const CsvRow& row, Record& r) {
    YearCell year;
    std::string_view citation;
    std::size_t citation_at = 0;
    std::string citation_name;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      std::string_view v = trim(row.cells[i]);
      if (v.empty()) continue;
      const std::string& name = names[i];
      switch (cols[i]) {
        case Col::pmid: read_pmid_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::title: r.title = drop_nlm_period(v); break;
        case Col::authors:
          for (Creator& c : parse_citation_name_list(v)) r.authors.push_back(std::move(c));
          drop_anonymous_authors(r, name, diags, row.offsets[i]);
          break;
        case Col::citation:
          citation = v;
          citation_at = row.offsets[i];
          citation_name = name;
          r.add_extra(name, std::string(v));
          break;
        case Col::journal: r.container_title = std::string(v); break;
        case Col::year:
          if (std::optional<int> y = year_cell(v, name, row.offsets[i], diags, r, decimal_year_said)) year = {*y, name, row.offsets[i]};
          break;
        case Col::pmcid: r.pmcid = std::string(v); break;
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::extra: add_extra_cell(v, name, row.offsets[i], diags, r, extra_dates_said); break;
      }
    }
    if (!citation.empty()) {
      if (istarts_with(citation, "In: ")) {
        r.type = "chapter";
      } else {
        SourceParts s = parse_source_string(citation);
        r.issued = s.date;
        if (s.book) {  // "Ottawa (ON): Canadian Agency ...; 2019 Jun." (NCBI Bookshelf)
          r.type = "book";
          r.publisher = s.publisher;
          r.publisher_place = s.place;
        }
        r.volume = s.volume;
        r.issue = s.issue;
        r.pages = s.pages;
        if (r.container_title.empty()) r.container_title = s.journal;
        if (r.doi.empty() && !s.doi.empty()) read_doi_cell(s.doi, "Citation DOI", citation_at, diags, r);
        if (!s.doi.empty() && !r.doi.empty() && normalize_doi(s.doi) != std::optional<std::string>(r.doi))
          diags.warning(citation_at, "Citation names DOI " + s.doi + ", the DOI column " + r.doi +
                                         ": the DOI column's is kept");
      }
    }
    settle_year(year, citation_name, diags, r);
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty() || !r.pmid.empty();
  };
  // PubMed before 2020 ended every row with a comma: one empty cell more
  // than the header names, nothing in it.
  auto fits = [&](const CsvRow& row) {
    return row.cells.size() == cols.size() || (row.cells.size() == cols.size() + 1 && trim(row.cells.back()).empty());
  };
  return read_csv_records(text, reader, cols.size(), diags, sink, "pubmed-csv", "PubMed CSV", build, fits);
}

}  // namespace refnet
