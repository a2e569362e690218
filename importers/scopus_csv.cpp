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
#include "refnet/csv.hpp"
#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Col {
  extra, authors, full_names, with_affiliations, title, year, source, volume, issue, art_no, page_start,
  page_end, doi, link, abstract, author_keywords, references, editors, publisher, issn, isbn, pubmed,
  language, abbreviated, doc_type, eid
};

struct ColName {
  std::string_view name;
  Col col;
};
constexpr ColName kColumns[] = {
    {"Authors", Col::authors},
    {"Author full names", Col::full_names},
    {"Authors with affiliations", Col::with_affiliations},
    {"Title", Col::title},
    {"Year", Col::year},
    {"Source title", Col::source},
    {"Volume", Col::volume},
    {"Issue", Col::issue},
    {"Art. No.", Col::art_no},
    {"Page start", Col::page_start},
    {"Page end", Col::page_end},
    {"DOI", Col::doi},
    {"Link", Col::link},
    {"Abstract", Col::abstract},
    {"Author Keywords", Col::author_keywords},
    {"References", Col::references},
    {"Editors", Col::editors},
    {"Publisher", Col::publisher},
    {"ISSN", Col::issn},
    {"ISBN", Col::isbn},
    {"PubMed ID", Col::pubmed},
    {"Language of Original Document", Col::language},
    {"Abbreviated Source Title", Col::abbreviated},
    {"Document Type", Col::doc_type},
    {"EID", Col::eid},
    // Scopus's Simplified Chinese interface.
    {"作者", Col::authors},
    {"含归属机构的作者", Col::with_affiliations},
    {"文献标题", Col::title},
    {"标题", Col::title},
    {"年份", Col::year},
    {"来源出版物名称", Col::source},
    {"卷", Col::volume},
    {"期", Col::issue},
    {"论文编号", Col::art_no},
    {"文献编号", Col::art_no},
    {"起始页码", Col::page_start},
    {"结束页码", Col::page_end},
    {"链接", Col::link},
    {"摘要", Col::abstract},
    {"作者关键字", Col::author_keywords},
    {"参考文献", Col::references},
    {"编辑", Col::editors},
    {"出版商", Col::publisher},
    {"原始文献语言", Col::language},
    {"来源出版物名称缩写", Col::abbreviated},
    {"文献类型", Col::doc_type},
    // Traditional Chinese (書名: the title in 2017).
    {"文獻標題", Col::title},
    {"標題", Col::title},
    {"書名", Col::title},
    {"來源出版物名稱", Col::source},
    {"論文編號", Col::art_no},
    {"起始頁碼", Col::page_start},
    {"結束頁碼", Col::page_end},
    {"連結", Col::link},
    {"作者關鍵字", Col::author_keywords},
    {"參考文獻", Col::references},
    {"編輯", Col::editors},
    {"原始文獻語言", Col::language},
    {"來源出版物名稱縮寫", Col::abbreviated},
    {"文獻類型", Col::doc_type},
};

Col column_of(std::string_view name) {
  name = trim(name);
  for (const ColName& c : kColumns)
    if (iequals(c.name, name)) return c.col;
  return Col::extra;
}

// A list of names: ';'-separated since 2020, ','-separated before (each
// name then has no comma of its own: "Osei-Kyei R.").
std::vector<std::string> name_list(std::string_view v) {
  return split_list(v, v.find(';') != std::string_view::npos ? ";" : ",");
}

// "Xie, Binbin (57202419971)" -> "Xie, Binbin".
std::string_view without_id(std::string_view s) {
  s = trim(s);
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind(" (");
    if (open != std::string_view::npos &&
        std::all_of(s.begin() + open + 2, s.end() - 1, [](char c) { return is_digit(c); }))
      s = trim(s.substr(0, open));
  }
  return s;
}

std::vector<Creator> creators(std::string_view v, bool full_names) {
  std::vector<Creator> out;
  if (trim(v).empty() || istarts_with(trim(v), "[No author name available]")) return out;
  for (const std::string& n : full_names ? split_list(v, ";") : name_list(v)) {
    // "Roach M.C., Thompson F.R., III, Jones-Farrand T." (2019): a suffix
    // cut off by the comma list belongs to the name before it.
    if (std::string_view s = trim(n); is_name_suffix(s) && !out.empty() && out.back().suffix.empty()) {
      out.back().suffix = std::string(s);
      continue;
    }
    Creator c = parse_ris_name(without_id(n));
    if (!c.empty()) out.push_back(std::move(c));
  }
  return out;
}

// "Osei-Kyei, R., School of ..., Australia; Tam, V., ..." (until 2022) or
// "Xie B., Key Laboratory ..., China; Jin Y., ..." (since).
void add_affiliations(std::string_view v, std::vector<Creator>& authors) {
  std::vector<std::pair<Creator, std::string>> entries;
  for (const std::string& e : split_list(v, ";")) {
    std::string_view s = e;
    std::size_t c1 = s.find(", ");
    if (c1 == std::string_view::npos) continue;
    std::size_t name_end = c1;
    std::size_t c2 = s.find(", ", c1 + 2);
    std::string_view second = trim(s.substr(c1 + 2, c2 == std::string_view::npos ? std::string_view::npos : c2 - c1 - 2));
    bool initials_part = !second.empty() && second.back() == '.' && second.size() <= 12 &&
                         std::none_of(second.begin(), second.end(), [](char c) { return c == ' '; });
    if (initials_part) name_end = c2 == std::string_view::npos ? s.size() : c2;
    // "Thompson, F.R., III, U.S. Forest Service, ...": the suffix is the name's.
    if (initials_part && c2 != std::string_view::npos) {
      std::size_t c3 = s.find(", ", c2 + 2);
      if (is_name_suffix(trim(s.substr(c2 + 2, c3 == std::string_view::npos ? std::string_view::npos : c3 - c2 - 2))))
        name_end = c3 == std::string_view::npos ? s.size() : c3;
    }
    Creator who = parse_ris_name(s.substr(0, name_end));
    std::string_view affiliation = name_end < s.size() ? trim(s.substr(name_end + 1)) : std::string_view();
    entries.emplace_back(std::move(who), std::string(affiliation));
  }
  bool in_order = entries.size() == authors.size();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].second.empty()) continue;
    if (in_order) {
      authors[i].affiliations.push_back(entries[i].second);
      continue;
    }
    for (Creator& a : authors)
      if (same_family_and_initial(a, entries[i].first)) {
        if (std::find(a.affiliations.begin(), a.affiliations.end(), entries[i].second) == a.affiliations.end())
          a.affiliations.push_back(entries[i].second);
        break;
      }
  }
}

std::string scopus_type(std::string_view t) {
  if (iequals(t, "Conference Paper") || iequals(t, "Conference Review")) return "paper-conference";
  if (iequals(t, "Book Chapter")) return "chapter";
  if (iequals(t, "Book")) return "book";
  if (iequals(t, "Data Paper")) return "dataset";
  return "article-journal";
}

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink)
      : text_(text), diags_(diags), sink_(sink), reader_(text, diags) {}

  ParseStats run() {
    CsvRow row;
    if (!reader_.next(row)) return {};
    for (const std::string& h : row.cells) {
      header_names_.emplace_back(trim(h));
      header_cols_.push_back(column_of(h));
      if (istarts_with(header_names_.back(), "Funding Text ")) last_funding_ = header_names_.size() - 1;
    }
    settle_chinese_authors(row);
    has_full_names_ = std::find(header_cols_.begin(), header_cols_.end(), Col::full_names) != header_cols_.end();
    header_ = header_names_;
    cols_ = header_cols_;
    return read_csv_records(
        text_, reader_, header_cols_.size(), diags_, sink_, "scopus-csv", "Scopus",
        [this](const CsvRow& row, Record& r) { return build(row, r); }, [this](const CsvRow& row) { return fit(row); });
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  CsvReader reader_;
  std::vector<std::string> header_names_;  // the header row
  std::vector<Col> header_cols_;
  std::size_t last_funding_ = std::string::npos;  // the header's last "Funding Text N"
  bool said_funding_ = false;
  std::vector<std::string> header_;  // the columns of the current row
  std::vector<Col> cols_;

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
      cols_.push_back(Col::extra);
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
      if (header_cols_[i] != Col::authors) continue;
      if (authors) {
        diags_.warning(row.offsets[i], "second column named " + header_names_[i] +
                                           " (authors): kept in extra, the first one's are the authors");
        header_cols_[i] = Col::extra;
      }
      authors = true;
    }
    if (!authors && !header_cols_.empty() && header_cols_[0] == Col::author_keywords &&
        std::find(header_cols_.begin(), header_cols_.end(), Col::full_names) == header_cols_.end()) {
      diags_.warning(row.offsets[0], "first column named " + header_names_[0] +
                                         " (author keywords) read as the authors, as Scopus writes them first");
      header_cols_[0] = Col::authors;
    }
  }

  bool build(const CsvRow& row, Record& r) {
    std::string page_start, page_end;
    const std::string* with_affiliations = nullptr;
    for (std::size_t i = 0; i < cols_.size(); ++i) {
      const std::string& v = row.cells[i];
      if (trim(v).empty()) continue;
      switch (cols_[i]) {
        case Col::authors:
          if (!has_full_names_ || r.authors.empty()) {
            r.authors = creators(v, false);
            drop_anonymous_creators(r.authors, header_[i], diags_, row.offsets[i]);
          } else {
            r.add_extra(header_[i], v);
          }
          break;
        case Col::full_names: {
          auto full = creators(v, true);
          drop_anonymous_creators(full, header_[i], diags_, row.offsets[i]);
          if (!full.empty()) r.authors = std::move(full);
          r.add_extra(header_[i], v);  // the Scopus author IDs
          break;
        }
        case Col::with_affiliations: with_affiliations = &v; break;
        case Col::title: r.title = std::string(trim(v)); break;
        case Col::year:
          if (v.size() == 4 && std::all_of(v.begin(), v.end(), is_digit)) r.issued.year = std::stoi(v);
          else r.add_extra(header_[i], v);
          break;
        case Col::source: r.container_title = v; break;
        case Col::volume: r.volume = v; break;
        case Col::issue: r.issue = v; break;
        case Col::art_no: r.number = v; break;
        case Col::page_start: page_start = v; break;
        case Col::page_end: page_end = v; break;
        case Col::doi:
          if (auto d = normalize_doi_said(v, header_[i], diags_, row.offsets[i])) {
            r.doi = std::move(*d);
          } else {
            diags_.warning(row.offsets[i], "DOI is not a DOI, kept in extra: " + v);
            r.add_extra(header_[i], v);
          }
          break;
        case Col::link: r.url = v; break;
        case Col::abstract:
          if (istarts_with(v, "[No abstract available]")) r.add_extra(header_[i], v);
          else r.abstract = v;
          break;
        case Col::author_keywords:
          for_each_list_item(v, ";", [&](std::string_view k) { r.add_keyword(k); });
          break;
        case Col::references: {
          std::vector<DoiRepair> repairs;
          add_scopus_references(v, r.references, &repairs);
          for (const DoiRepair& d : repairs)
            say_doi_repair(d, "cited reference DOI", diags_, offset_in_cell(text_, row.offsets[i], d.written));
          break;
        }
        case Col::editors:
          r.editors = creators(v, false);
          drop_anonymous_creators(r.editors, header_[i], diags_, row.offsets[i]);
          break;
        case Col::publisher: r.publisher = v; break;
        case Col::issn:
          for (std::string s : split_list(v, ";,")) {
            if (s.size() == 8 && s.find('-') == std::string::npos) s.insert(4, "-");
            r.issn.push_back(std::move(s));
          }
          break;
        case Col::isbn: r.isbn = split_list(v, ";,"); break;
        case Col::pubmed: r.pmid = std::string(trim(v)); break;
        case Col::language: r.language = v; break;
        case Col::abbreviated: r.container_title_short = v; break;
        case Col::doc_type:
          r.type = scopus_type(trim(v));
          r.add_extra(header_[i], v);
          break;
        case Col::eid: r.scopus_eid = std::string(trim(v)); break;
        case Col::extra: r.add_extra(header_[i], v); break;
      }
    }
    if (with_affiliations) add_affiliations(*with_affiliations, r.authors);
    r.pages = page_start;
    if (!page_end.empty() && page_end != page_start) r.pages += (r.pages.empty() ? "" : "-") + page_end;
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
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
    Col col = column_of(c);
    title = title || col == Col::title;
    scopus = scopus || col == Col::source || col == Col::eid;
    known += col != Col::extra;
  }
  return title && scopus && known >= 3;
}

ParseStats parse_scopus_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
