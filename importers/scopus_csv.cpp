// Scopus CSV importer.
//
// Scopus has changed its CSV layout several times (43 columns until about
// 2022, 46 with "Author full names" and funding, 54+ with "Funding Text 1..N"
// and more), so nothing here depends on a column's position: the header row
// names the columns and each name maps to a slot.  A column the Record has no
// slot for is kept in `extra` under its header name ("Cited by", "Index
// Keywords", "Funding Text 1", "Author(s) ID", ...), so nothing is lost.
//
// Mapping rules:
// - Authors: "Author full names" ("Family, Given (Scopus ID); ...") when
//   present, else "Authors" ("Xie B.; Jin Y." since 2020, "Osei-Kyei R., Tam
//   V." before).  "Authors with affiliations" gives each author affiliations
//   (in order when it lists as many authors, else by family name and initial).
// - "Author Keywords" are the keywords; "Index Keywords" stay apart in extra.
// - "References" ("; "-separated Scopus reference strings) are the references.
// - "Document Type" gives the type and is kept; "[No abstract available]"
//   is kept in extra, not taken for an abstract.
// - ISSN "00323579" is written 0032-3579.
// - A row with more cells than the header holds more funding texts than the
//   header's "Funding Text 1..N" (Scopus writes the header so): the surplus
//   cells are "Funding Text N+1...", the later columns shift back in place.
// - "NA" alone in a cell (R's missing value, in a file re-saved by R) is no
//   value: read as empty, said once a column (read_csv_records, for every
//   CSV reader).
// - The column names of Scopus's Simplified and Traditional Chinese
//   interfaces are read as their English ones; see settle_chinese_authors
//   for the authors column they have misnamed.
#include <algorithm>
#include <cstdlib>
#include <set>

#include "csv_rows.hpp"
#include "scopus_fields.hpp"
#include "refnet/csv.hpp"
#include "refnet/importer.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink)
      : text_(text), diags_(diags), sink_(sink), reader_(text, diags) {}

  ParseStats run() {
    CsvRow row;
    if (!reader_.next(row)) return {};
    for (const std::string& h : row.cells) {
      header_names_.emplace_back(trim(h));
      header_cols_.push_back(scopus_field(h));
      if (istarts_with(header_names_.back(), "Funding Text ")) last_funding_ = header_names_.size() - 1;
    }
    settle_chinese_authors(row);
    has_full_names_ = std::find(header_cols_.begin(), header_cols_.end(), ScopusField::full_names) != header_cols_.end();
    header_ = header_names_;
    cols_ = header_cols_;
    ParseStats stats = read_csv_records(
        text_, reader_, header_cols_.size(), diags_, sink_, "scopus-csv", "Scopus",
        [this](const CsvRow& row, Record& r) { return build(row, r); }, [this](const CsvRow& row) { return fit(row); });
    names_.say(diags_);
    cited_drops_.say(diags_);
    return stats;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  CsvReader reader_;
  NameGuesses names_;  // names glued without a separator, said once
  CitedDrops cited_drops_;  // what the cited-reference parser left out, said once a file
  bool decimal_year_said_ = false;  // a Year "2019.0", said once
  bool text_mark_said_ = false;     // a DOI "'10.1000/x", said once
  std::vector<std::string> header_names_;  // the header row
  std::vector<ScopusField> header_cols_;
  std::size_t last_funding_ = std::string::npos;  // the header's last "Funding Text N"
  bool said_funding_ = false;
  std::vector<std::string> header_;  // the columns of the current row
  std::vector<ScopusField> cols_;

  // Scopus's header names "Funding Text 1" (or up to N) whatever its rows
  // hold: a row with more funding texts has more cells, and the cells after
  // them shift.  The surplus cells are read as the next Funding Texts.  False
  // when the row's width cannot be explained so.
  bool fit(const CsvRow& row) {
    const std::size_t n = row.cells.size(), h = header_cols_.size();
    if (n == cols_.size()) return true;
    if (n < h || last_funding_ == std::string::npos) return false;
    const std::size_t surplus = n - h;
    header_.assign(header_names_.begin(), header_names_.begin() + last_funding_ + 1);
    cols_.assign(header_cols_.begin(), header_cols_.begin() + last_funding_ + 1);
    std::string_view last = header_names_[last_funding_];
    int k = std::atoi(std::string(last.substr(std::string_view("Funding Text ").size())).c_str());
    for (std::size_t i = 1; i <= surplus; ++i) {
      header_.push_back("Funding Text " + std::to_string(k + i));
      cols_.push_back(ScopusField::extra);
    }
    header_.insert(header_.end(), header_names_.begin() + last_funding_ + 1, header_names_.end());
    cols_.insert(cols_.end(), header_cols_.begin() + last_funding_ + 1, header_cols_.end());
    if (!said_funding_) {
      diags_.warning(row.offset, "row has more cells than the header (" + std::to_string(n) + " > " +
                                     std::to_string(h) + "): read as more Funding Texts, as Scopus writes them");
      said_funding_ = true;
    }
    return true;
  }
  bool has_full_names_ = false;

  // Scopus's Chinese interfaces have named the authors column wrong: in
  // Traditional Chinese of 2017 作者關鍵字 ("author keywords") over the
  // authors in the first column, where Scopus always puts them; later 作者
  // ("authors") over the author keywords too.  A first column named as the
  // author keywords, with no authors column, is the authors; a second
  // authors column is kept in extra.  Both said.
  void settle_chinese_authors(const CsvRow& row) {
    bool authors = false;
    for (std::size_t i = 0; i < header_cols_.size(); ++i) {
      if (header_cols_[i] != ScopusField::authors) continue;
      if (authors) {
        diags_.warning(row.offsets[i], "second column named " + header_names_[i] +
                                           " (authors): kept in extra, the first one's are the authors");
        header_cols_[i] = ScopusField::extra;
      }
      authors = true;
    }
    if (!authors && !header_cols_.empty() && header_cols_[0] == ScopusField::author_keywords &&
        std::find(header_cols_.begin(), header_cols_.end(), ScopusField::full_names) == header_cols_.end()) {
      diags_.warning(row.offsets[0], "first column named " + header_names_[0] +
                                         " (author keywords) read as the authors, as Scopus writes them first");
      header_cols_[0] = ScopusField::authors;
    }
  }

  bool build(const CsvRow& row, Record& r) {
    ScopusRecordFields fields;
    fields.has_full_names = has_full_names_;
    fields.names = &names_;
    fields.cited_drops = &cited_drops_;
    fields.decimal_year_said = &decimal_year_said_;
    fields.text_mark_said = &text_mark_said_;
    for (std::size_t i = 0; i < cols_.size(); ++i)
      set_scopus_field(r, cols_[i], header_[i], row.cells[i], text_, row.offsets[i], diags_, fields);
    return finish_scopus_record(r, fields);
  }
};

}  // namespace

bool looks_like_scopus_csv(std::string_view text) {
  std::string_view header = csv_header_line(text);
  // "Source title" or "EID", which every Scopus layout has: other tables
  // (Zotero's CSV export) also name "Title", "DOI", "Volume", "Issue".
  bool title = false, scopus = false;
  int known = 0;
  for (const std::string& cell : split_list(header, ",")) {
    std::string_view c = cell;
    if (c.size() >= 2 && c.front() == '"' && c.back() == '"') c = c.substr(1, c.size() - 2);
    // Web of Science's citation report ("Title,Authors,...,Source Title,
    // Publication Date,Publication Year,...,Total Citations,Average per
    // Year,1985,..."): a table (table_csv.cpp), not Scopus's.
    if (c == "Average per Year") return false;
    ScopusField col = scopus_field(c);
    title = title || col == ScopusField::title;
    scopus = scopus || col == ScopusField::source || col == ScopusField::eid;
    known += col != ScopusField::extra;
  }
  return title && scopus && known >= 3;
}

ParseStats parse_scopus_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
