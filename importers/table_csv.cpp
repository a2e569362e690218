// Tables of references with no reader of their own: the CSV and TSV exports
// of Zotero, Rayyan, Covidence, Cochrane CENTRAL, CINAHL (EBSCOhost and EBSCO's new interface), Embase
// (also as Excel saves it, ';'-separated), OpenAlex, Google Scholar (Publish
// or Perish), RefWorks, Abstrackr, Lens as TSV, and a spreadsheet a person
// made with such columns.  Scopus, Web of Science, Lens, Dimensions, IEEE,
// SpringerLink and PubMed CSVs have their own readers, detected first.
//
//   "SEARCH QUERY","dinosaur:ti"                       <- lines before the header
//   -------------------------------------                 are skipped, said
//   "Title","Original Title","Author Names",...,"DOI",...
//
// The header is the first of the first 40 lines whose cells, split at ',',
// ';' or a tab (the separator naming most known columns), name a title
// column and at least two more known columns.  Each column is found by its
// name (compared without case); the first column of a slot fills it, and a
// column the Record has no slot for (or a second column of a filled slot) is
// kept in `extra` under its name: nothing is dropped.
//
// Cells:
// - Authors: separated by ';', '|' (OpenAlex), " and " (Rayyan, Abstrackr's
//   BibTeX names), or ',' between names that are each two words or more
//   ("Yang Z., Jiang B.", "Griffin DK, Larkin DM"); "Family, Given" alone is
//   one name, "Smith, J., Jones, K." pairs.  RefWorks's and Lens's "null"
//   given name is none.  Names glued without any separator ("Adeli K.Lewis G. F.",
//   ASySD's tables) are split at the dot of an initial before a family name,
//   said once a file (split_glued_citation_names).
// - Pages: "Pages", or "First Page"/"Start Page" with "Last Page"/"End
//   Page", read by normalize_pages (Unicode hyphens and dashes are '-').
// - PMIDs: a number, or PubMed's address of it (OpenAlex's "ids.pmid").
// - Dates: ISO, RIS-like and "M/D/YYYY" (EBSCO; Excel's ="..." quoting
//   removed); a year column fills a date without one.
// - Keywords: ';', '|' or (when neither) ',' separated; "*" major-topic
//   marks removed.  "Subjects" (CINAHL's headings) and Zotero's tags count.
// - Type: the exporter's name for it (journalArticle, Journal Article,
//   book section, Conference Paper, Thesis, IEEE CSDL's "Category"
//   Magazine or Conference Publication, ...) to a CSL type; kept in extra
//   when it names none (a "Category" that is a subject).
#include <algorithm>
#include <cstdio>
#include <array>

#include "cell_record.hpp"
#include "crossref_types.hpp"
#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ebsco_abstract.hpp"
#include "issue_first_day.hpp"
#include "refnet/url_host.hpp"
#include "misplaced_issue.hpp"
#include "ris_fields.hpp"
#include "scopus_fields.hpp"
#include "source_string.hpp"
#include "spreadsheet_pages.hpp"
#include "table_header.hpp"
#include "zotero_fields.hpp"
#include "refnet/doi.hpp"
#include "refnet/exporter.hpp"
#include "refnet/jats.hpp"
#include "refnet/months.hpp"
#include "refnet/name_ampersand.hpp"
#include "refnet/names.hpp"
#include "refnet/reference_strings.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/text.hpp"
#include "refnet/work_identifier.hpp"

namespace refnet {

namespace {

enum class Col {
  extra, title, authors, editors, container, container_short, source, year, date, month, volume, issue, pages,
  first_page, last_page, abstract, keywords, doi, pmid, pmcid, issn, isbn, publisher, place, url, language, type,
  references, booktitle,
  // EBSCOhost's CSV: "First Page" and "Page Count", no last page.
  page_count,
  // RefWorks: "MM/DD" of the year in its own column.
  month_day,
  // refnet's own CSV export (exporters/csv.cpp), read where its header is one
  // (refnet_columns): the citation key, the article number, the databases'
  // identifiers, the references written one text each, "; " between them.
  key, number, wos_ut, scopus_eid, reference_texts,
  // bibliometrix's data frame (bibliometrix_header): AF, the full names
  // (read where they are as many as AU's), UT (a WoS, Scopus or PubMed
  // accession number, told by its form), CR (cited references of a WoS
  // row, DB ISI), PG (MEDLINE's pages in a PubMed row, else WoS's
  // number of pages).
  full_names, ut, cited, pg
};
constexpr std::size_t kSlots = std::size_t(Col::pg) + 1;

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"Title", Col::title},
    {"Article Title", Col::title},
    {"Document Title", Col::title},
    {"Title Primary", Col::title},
    {"Primary Title", Col::title},
    {"Item Title", Col::title},  // SpringerLink's names, in tables without its other columns (Wiley's results)
    {"display_name", Col::title},  // OpenAlex: its only title column since 2024, after "title" before
    {"Authors", Col::authors},
    {"Author", Col::authors},
    {"Author(s)", Col::authors},
    {"Author Names", Col::authors},
    {"Authors, Primary", Col::authors},
    {"Author/s", Col::authors},
    {"authorships.author.display_name", Col::authors},
    {"contributors", Col::authors},  // EBSCO's new interface
    {"Editors", Col::editors},
    {"Editor", Col::editors},
    {"Journal", Col::container},
    {"Journal Title", Col::container},
    {"Journal Name", Col::container},
    {"Source Title", Col::container},
    {"Publication Title", Col::container},
    {"Publication", Col::container},
    {"Periodical Full", Col::container},
    {"Secondary Title", Col::container},
    {"primary_location.source.display_name", Col::container},
    {"Journal Abbreviation", Col::container_short},
    {"Abbreviated Source Title", Col::container_short},
    {"Periodical Abbrev", Col::container_short},
    {"Source", Col::source},
    {"booktitle", Col::booktitle},  // ACM DL: a paper's proceedings, a book's or a proceedings' own title
    {"Year", Col::year},
    {"Publication Year", Col::year},
    {"Published Year", Col::year},
    {"Pub Year", Col::year},
    {"publication_year", Col::year},
    {"Date", Col::date},
    {"Publication Date", Col::date},
    {"Date of Publication", Col::date},
    {"Date Published", Col::date},
    {"publication_date", Col::date},
    {"publicationDate", Col::date},  // EBSCO
    {"Published Month", Col::month},
    {"Pub Date Free From", Col::month_day},  // RefWorks: "03/30" beside "Pub Year"
    {"Month", Col::month},
    {"PUBLICATION_MONTH", Col::month},  // Europe PMC
    {"Volume", Col::volume},
    {"Volume number", Col::volume},  // the Virtual Health Library's (BVS) CSV, beside its "Issue number"
    {"biblio.volume", Col::volume},
    {"Issue", Col::issue},
    {"Number", Col::issue},
    {"Issue Number", Col::issue},
    {"biblio.issue", Col::issue},
    {"issue_no", Col::issue},  // ACM DL
    {"Pages", Col::pages},
    {"PAGE_INFO", Col::pages},  // Europe PMC
    {"First Page", Col::first_page},
    {"Start Page", Col::first_page},
    {"Page start", Col::first_page},
    {"StartPage", Col::first_page},  // Publish or Perish
    {"pageStart", Col::first_page},  // EBSCO
    {"biblio.first_page", Col::first_page},
    {"Beginning Page", Col::first_page},  // Web of Science's citation report
    {"Last Page", Col::last_page},
    {"Ending Page", Col::last_page},
    {"End Page", Col::last_page},
    {"Other Pages", Col::last_page},
    {"Page Count", Col::page_count},  // EBSCOhost
    {"Page end", Col::last_page},
    {"EndPage", Col::last_page},
    {"pageEnd", Col::last_page},
    {"biblio.last_page", Col::last_page},
    {"Article Number", Col::number},
    {"Abstract", Col::abstract},
    {"Abstract Note", Col::abstract},
    {"Keywords", Col::keywords},
    {"Author Keywords", Col::keywords},
    {"Manual Tags", Col::keywords},
    {"Automatic Tags", Col::keywords},
    {"Subjects", Col::keywords},
    // embase.com: the Emtree terms its RIS gives as KW lines (after the
    // Author Keywords column, which its RIS leaves out).
    {"Emtree Drug Index Terms (Major Focus)", Col::keywords},
    {"Emtree Drug Index Terms", Col::keywords},
    {"Emtree Medical Index Terms (Major Focus)", Col::keywords},
    {"Emtree Medical Index Terms", Col::keywords},  // kept in extra too (see Col::keywords)
    {"Embase Link", Col::url},  // the record on embase.com, its RIS's UR; kept in extra too (names the database)
    {"keywords.display_name", Col::keywords},
    {"referenced_works", Col::references},  // OpenAlex: the cited works' addresses
    {"DOI", Col::doi},
    {"Item DOI", Col::doi},
    {"PMID", Col::pmid},
    {"PubMed ID", Col::pmid},
    {"pubmed_id", Col::pmid},
    {"ids.pmid", Col::pmid},
    {"Medline PMID", Col::pmid},
    {"PMCID", Col::pmcid},
    {"pmc_id", Col::pmcid},
    {"ISSN", Col::issn},
    {"ISSNs", Col::issn},
    {"primary_location.source.issn", Col::issn},
    {"ISBN", Col::isbn},
    {"ISSN/ISBN", Col::issn},  // RefWorks: either, told apart by their form (classify_sn)
    {"ISBNs", Col::isbn},
    {"Publisher", Col::publisher},
    {"Book Publisher", Col::publisher},
    {"primary_location.source.host_organization_name", Col::publisher},
    {"Place Of Publication", Col::place},
    {"Place Published", Col::place},
    {"publisher_loc", Col::place},  // ACM DL
    {"URL", Col::url},
    {"URLs", Col::url},
    {"Link", Col::url},
    {"PLink", Col::url},
    {"ArticleURL", Col::url},  // Publish or Perish
    {"Language", Col::language},
    {"Article Language", Col::language},
    {"Item Type", Col::type},
    {"Publication Type", Col::type},
    {"Reference Type", Col::type},
    {"Document Type", Col::type},
    {"Doctype", Col::type},
    {"type_crossref", Col::type},
    {"Type", Col::type},      // Publish or Perish: BOOK, CITATION, PDF, HTML
    {"pubTypes", Col::type},  // EBSCO: Academic Journal, eBook...
    {"Category", Col::type},  // IEEE's CSDL: Magazine, Conference Publication (a subject stays in extra)
    // RIS tags as column names (synthesisr's and eviatlas' tables; ASReview
    // reads them): after the names above, which win a slot both fill.
    {"TY", Col::type},
    {"TI", Col::title},
    {"T1", Col::title},
    {"AU", Col::authors},
    {"A1", Col::authors},
    {"A2", Col::editors},
    {"ED", Col::editors},
    {"JO", Col::container},
    {"JF", Col::container},
    {"T2", Col::container},
    {"J2", Col::container_short},
    {"JA", Col::container_short},
    {"PY", Col::year},
    {"Y1", Col::date},
    {"DA", Col::date},
    {"VL", Col::volume},
    {"IS", Col::issue},
    {"SP", Col::first_page},
    {"EP", Col::last_page},
    {"AB", Col::abstract},
    {"N2", Col::abstract},
    {"KW", Col::keywords},
    {"DO", Col::doi},
    {"SN", Col::issn},
    {"UR", Col::url},
    {"PB", Col::publisher},
    {"CY", Col::place},
    {"LA", Col::language},
};

// bibliometrix's data frame (convert2df's `M`, saved by write.csv or
// write.table: "AU","AF","TI","SO",...,"DB","SR"): Web of Science's field
// tags whatever database the rows came from (its DB column: ISI, SCOPUS,
// PUBMED...), lists joined by ';'.  Read by these tags as WoS's own reader
// reads them (wos_tagged.cpp): DE the keywords, ID (Keywords Plus) kept,
// BP-EP the pages, AR the article number.  A tag not named here is kept in
// extra: DA is the date of the export there (not RIS's date), SP a
// conference's sponsors, CY its date.  R's make.names names of a Scopus
// table beside them ("Page.start", "PubMed.ID") are read as the table's.
constexpr std::pair<std::string_view, Col> kBibliometrixColumns[] = {
    {"TI", Col::title},        {"AU", Col::authors},     {"AF", Col::full_names}, {"SO", Col::container},
    {"JI", Col::container_short}, {"PY", Col::year},     {"VL", Col::volume},     {"IS", Col::issue},
    {"BP", Col::first_page},   {"EP", Col::last_page},   {"AR", Col::number},     {"PG", Col::pg},
    {"AB", Col::abstract},     {"DE", Col::keywords},    {"DI", Col::doi},        {"SN", Col::issn},
    {"BN", Col::isbn},         {"PU", Col::publisher},   {"PI", Col::place},      {"LA", Col::language},
    {"DT", Col::type},         {"UT", Col::ut},          {"PM", Col::pmid},       {"PMID", Col::pmid},
    {"CR", Col::cited},        {"BE", Col::editors},
    // bibliometrix 1.x (isi2df, 2017): VO the volume, NU the issue, PP the pages.
    {"VO", Col::volume},       {"NU", Col::issue},       {"PP", Col::pages},
};

// Whether a header is bibliometrix's: its tags TI and AU beside SR (the
// short reference it adds) and DB (the database of each row).
bool is_bibliometrix_header(const std::vector<std::string>& names) {
  auto has = [&](std::string_view n) { return std::find(names.begin(), names.end(), n) != names.end(); };
  return has("TI") && has("AU") && has("SR") && has("DB");
}

// The column a header cell names: kColumns', and a name R's make.names
// wrote ("Source.title", "Page.start", "Author.Keywords": read.csv then
// write.csv of a database's table) read with spaces for its dots.  In
// bibliometrix's header (`bibliometrix`) its tags first, any other tag of
// two capitals kept in extra (no RIS tag: see kBibliometrixColumns).
Col table_column(std::string_view name, bool bibliometrix) {
  if (bibliometrix) {
    for (const auto& [n, c] : kBibliometrixColumns)
      if (name == n) return c;
    if (name.size() == 2 && std::all_of(name.begin(), name.end(), [](char ch) {
          return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        }))
      return Col::extra;
  }
  Col c = column_named(kColumns, name, Col::extra);
  if (c != Col::extra || name.find('.') == std::string_view::npos) return c;
  std::string spaced;
  for (char ch : name) {
    if (ch == '.') ch = ' ';
    if (ch != ' ' || (!spaced.empty() && spaced.back() != ' ')) spaced += ch;
  }
  return column_named(kColumns, trim(spaced), Col::extra);
}

// refnet's own CSV export: its header names only `--columns`' names
// (csv_column_list, written in lower case), each read into the field it was
// written from.  "number" is the article number here, not the issue (which
// has its own column); "key" the citation key, not a Zotero item key; the
// type a CSL type.  The facts of a work rather than its record (id, sources,
// format, tags, decision, reason, notes) and nrefs (counted from the
// references) are no record field: kept in extra, said.
constexpr std::pair<std::string_view, Col> kRefnetColumns[] = {
    {"key", Col::key},
    {"type", Col::type},
    {"authors", Col::authors},
    {"editors", Col::editors},
    {"year", Col::year},
    {"date", Col::date},
    {"title", Col::title},
    {"container", Col::container},
    {"container_short", Col::container_short},
    {"volume", Col::volume},
    {"issue", Col::issue},
    {"pages", Col::pages},
    {"number", Col::number},
    {"publisher", Col::publisher},
    {"place", Col::place},
    {"doi", Col::doi},
    {"pmid", Col::pmid},
    {"pmcid", Col::pmcid},
    {"wos_ut", Col::wos_ut},
    {"scopus_eid", Col::scopus_eid},
    {"issn", Col::issn},
    {"isbn", Col::isbn},
    {"url", Col::url},
    {"language", Col::language},
    {"keywords", Col::keywords},
    {"abstract", Col::abstract},
    {"references", Col::reference_texts},
};

// Whether a header is refnet's own: every cell one of csv_column_list()'s
// names as the export writes it (lower case, '_' not a space), a title
// among them.
bool is_refnet_header(const std::vector<std::string>& cells) {
  static const std::vector<std::string> names = split_list(csv_column_list(), ",");
  bool title = false;
  for (const std::string& c : cells) {
    if (std::find(names.begin(), names.end(), trim(c)) == names.end()) return false;
    title |= trim(c) == "title";
  }
  return title;
}

// Slots that list (a second column adds to them) rather than hold one value.
// OpenAlex's referenced_works: "https://openalex.org/W1|https://openalex.org/W2"
// (its web CSV), or as R or Python wrote a list column ('c("https://…", …)',
// "['https://…', …]").  Each work address is a reference (raw text: the
// address, as the OpenAlex JSON reader keeps it).  False when the cell holds
// anything else: then it is kept in extra as well.
bool read_openalex_references(std::string_view v, Record& r) {
  bool only_addresses = true;
  std::size_t i = 0;
  while (i < v.size()) {
    const std::size_t b = v.find_first_not_of(" \t|;,[]()'\"", i);
    if (b == std::string_view::npos) break;
    std::size_t e = v.find_first_of(" \t|;,[]()'\"", b);
    if (e == std::string_view::npos) e = v.size();
    const std::string_view token = v.substr(b, e - b);
    i = e;
    if (!work_identifier("openalex", token).empty()) {
      Reference ref;
      ref.raw = std::string(token);
      r.references.push_back(std::move(ref));
    } else if (!(token == "c" || token == "list" || token == "NA")) {
      only_addresses = false;
    }
  }
  return only_addresses;
}

bool is_list_slot(Col c) { return c == Col::keywords || c == Col::extra; }

struct Layout {
  std::size_t header = std::string_view::npos;  // offset of the header line
  char separator = ',';
};

// `"AU" "AF" "TI"`: quoted cells, each closed before one space or the
// line's end (R's write.table header, sep = " ").
bool quoted_words(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] != '"') return false;
    const std::size_t close = line.find('"', i + 1);
    if (close == std::string_view::npos) return false;
    i = close + 1;
    if (i < line.size() && (line[i] != ' ' || i + 1 == line.size())) return false;
    ++i;
  }
  return true;
}

// Where the header is, and its separator: see the file comment.
Layout find_header(std::string_view text) {
  Layout best;
  std::size_t pos = csv_start(text);
  for (int n = 0; n < 40 && pos < text.size(); ++n) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    std::size_t known_best = 0;
    for (char sep : {'\t', ';', ',', ' '}) {
      if (line.find(sep) == std::string_view::npos) continue;
      // Cells between spaces (R's write.table with its defaults): only a
      // line of quoted names, one space between them.
      if (sep == ' ' && !quoted_words(line)) continue;
      bool title = false;
      std::size_t known = 0;
      std::array<bool, kSlots> seen{};
      Diagnostics scratch;  // a line that is no CSV row is no header, nothing to say
      std::vector<CsvRow> rows = read_csv(line, scratch, sep);
      if (rows.empty()) continue;
      // Web of Science's header of field tags ("PT AU AF TI SO..."): its
      // tags are no RIS tags, and its own reader reads it.
      const std::string_view first = rows.front().cells.empty() ? "" : trim(rows.front().cells.front());
      if (first == "PT" || first == "FN") continue;
      if (is_refnet_header(rows.front().cells)) {
        best.header = pos;
        best.separator = sep;
        return best;
      }
      for (const std::string& cell : rows.front().cells) {
        Col c = table_column(trim(cell), false);
        if (c == Col::extra || seen[std::size_t(c)]) continue;
        seen[std::size_t(c)] = true;
        title |= c == Col::title;
        ++known;
      }
      if (title && known >= 3 && known > known_best) {
        known_best = known;
        best.header = pos;
        best.separator = sep;
      }
    }
    if (best.header != std::string_view::npos) return best;
    pos = end + 1;
  }
  return {};
}

// Excel's formula quoting of a text cell: ="4/3/2024".
std::string_view without_formula_quotes(std::string_view v) {
  if (v.size() >= 3 && starts_with(v, "=\"") && v.back() == '"') return v.substr(2, v.size() - 3);
  return v;
}

// The order of a file's N/N/YYYY dates, as the one spreadsheet that saved
// them all writes them: day first when some write a first number over 12
// ("17/12/2020") and none a second one, month first the other way round;
// else unknown.  `example`: a date that shows it.  Only a date that is a
// whole cell counts (a time may follow it): an abstract's "declared on
// 30/01/2020" is the author's, not the spreadsheet's (review67).
enum class SlashOrder { unknown, month_first, day_first };
SlashOrder slash_date_order(std::string_view text, std::string& example) {
  std::size_t day_first = 0, month_first = 0;
  std::string day_example, month_example;
  auto digits_before = [&](std::size_t i) {  // the 1-2 digits that end at i
    std::size_t b = i;
    while (b > 0 && i - b < 3 && is_digit(text[b - 1])) --b;
    return b;
  };
  for (std::size_t i = text.find('/'); i != std::string_view::npos; i = text.find('/', i + 1)) {
    const std::size_t a = digits_before(i);
    auto cell_edge = [](char c) { return c == ',' || c == ';' || c == '\t' || c == '"' || c == '\n' || c == '\r'; };
    if (a == i || i - a > 2 || (a > 0 && !cell_edge(text[a - 1]))) continue;
    std::size_t j = i + 1;
    while (j < text.size() && j - i <= 3 && is_digit(text[j])) ++j;
    if (j == i + 1 || j - i > 3 || j >= text.size() || text[j] != '/') continue;
    std::size_t k = j + 1;
    while (k < text.size() && k - j <= 5 && is_digit(text[k])) ++k;
    if (k - j != 5 || (k < text.size() && !cell_edge(text[k]) && text[k] != ' ')) continue;
    const int first = std::stoi(std::string(text.substr(a, i - a))),
              second = std::stoi(std::string(text.substr(i + 1, j - i - 1)));
    if (first > 12 && first <= 31 && second >= 1 && second <= 12 && !day_first++)
      day_example = std::string(text.substr(a, k - a));
    if (second > 12 && second <= 31 && first >= 1 && first <= 12 && !month_first++)
      month_example = std::string(text.substr(a, k - a));
  }
  if (day_first && !month_first) {
    example = day_example;
    return SlashOrder::day_first;
  }
  if (month_first && !day_first) {
    example = month_example;
    return SlashOrder::month_first;
  }
  return SlashOrder::unknown;
}

// "02/01/2018": an N/N/YYYY cell (a time may follow) whose first two numbers
// could each be the month, which only the file's other dates order.
bool ambiguous_slash_date(std::string_view v) {
  v = trim(without_formula_quotes(trim(v)));
  const std::size_t s1 = v.find('/');
  if (s1 == std::string_view::npos || s1 == 0 || s1 > 2) return false;
  const std::size_t s2 = v.find('/', s1 + 1);
  if (s2 == std::string_view::npos || s2 == s1 + 1 || s2 - s1 > 3 || v.size() < s2 + 5) return false;
  for (std::size_t i = 0; i < s2 + 5; ++i)
    if (i != s1 && i != s2 && !is_digit(v[i])) return false;
  if (v.size() > s2 + 5 && v[s2 + 5] != ' ') return false;
  const int first = std::stoi(std::string(v.substr(0, s1))), second = std::stoi(std::string(v.substr(s1 + 1, s2 - s1 - 1)));
  return first >= 1 && first <= 12 && second >= 1 && second <= 12;
}

// A date cell: what a date read with parse_raw_date leaves out is said at
// `at` under the column's `name`.  `order`: the table's N/N/YYYY is
// M/D/YYYY (EBSCOhost's: its RIS of the same search has Y1 2024/04/03 for
// its CSV's ="4/3/2024", and its own RIS notes "Source Info: 4/3/2024, Vol.
// 19 Issue 4"), or D/M/YYYY, or either (slash_date_order).
Date read_date(std::string_view v, std::string_view name, Diagnostics& diags, std::size_t at, SlashOrder order) {
  v = trim(without_formula_quotes(v));
  // N/N/YYYY (EBSCO, spreadsheets): the year, and the month and day when
  // the numbers or the file's order tell them apart.
  std::size_t a = v.find('/'), b = a == std::string_view::npos ? a : v.find('/', a + 1);
  if (b != std::string_view::npos && v.size() - b - 1 == 4 && a >= 1 && a <= 2 && b - a - 1 >= 1 && b - a - 1 <= 2 &&
      std::all_of(v.begin(), v.end(), [](char c) { return is_digit(c) || c == '/'; })) {
    Date d;
    d.year = std::stoi(std::string(v.substr(b + 1)));
    int m = std::stoi(std::string(v.substr(0, a))), day = std::stoi(std::string(v.substr(a + 1, b - a - 1)));
    if (order == SlashOrder::day_first || (order == SlashOrder::unknown && m > 12)) std::swap(m, day);
    if (m >= 1 && m <= 12 && day >= 1 && day <= 31 && (day > 12 || order != SlashOrder::unknown)) d.month = m, d.day = day;
    else d.text = std::string(v);
    return d;
  }
  Date d = parse_raw_date(v);
  say_date_parts_left_out(name, v, d, diags, at);
  if (!d.year) {
    // "Jun2023": the year where the text has one.
    for (std::size_t i = 0; i + 4 <= v.size(); ++i) {
      bool edge = (i == 0 || !is_digit(v[i - 1])) && (i + 4 == v.size() || !is_digit(v[i + 4]));
      if (edge && std::all_of(v.begin() + i, v.begin() + i + 4, is_digit) && (v[i] == '1' || v[i] == '2')) {
        d.year = std::stoi(std::string(v.substr(i, 4)));
        if (d.text.empty()) d.text = std::string(v);
        break;
      }
    }
  }
  return d;
}

// refnet's own date cell (format_date): "2023-04-05", a range "2001/2003",
// "2023-04/2023-06", "2020/" (no end), the source's text after it in
// parentheses: "2023-04/2023-06 (2023 Apr-Jun)", "(in press)".  False when
// the cell is not written so.
bool read_refnet_date(std::string_view v, Date& d) {
  const std::size_t numbers = std::min(v.find_first_not_of("0123456789-/"), v.size());
  std::string_view rest = trim(v.substr(numbers));
  if (!rest.empty() && !(rest.size() >= 2 && rest.front() == '(' && rest.back() == ')')) return false;
  auto ymd = [](std::string_view s, int& y, int& m, int& day) {
    std::vector<std::string> parts = split_list(s, "-");
    if (parts.size() > 3 || std::any_of(parts.begin(), parts.end(), [](const std::string& p) { return p.size() > 4; }))
      return false;
    int* into[] = {&y, &m, &day};
    for (std::size_t i = 0; i < parts.size(); ++i) *into[i] = std::stoi(parts[i]);
    return true;
  };
  std::string_view start = trim(v.substr(0, numbers)), end;
  const std::size_t slash = start.find('/');
  if (slash != std::string_view::npos) end = start.substr(slash + 1), start = start.substr(0, slash);
  Date out;
  if (!ymd(start, out.year, out.month, out.day) || !ymd(end, out.end_year, out.end_month, out.end_day)) return false;
  if (slash != std::string_view::npos && !out.end_year) out.end_year = Date::kOpenEnd;
  if (out.month > 12 || out.end_month > 12 || out.day > 31 || out.end_day > 31) return false;
  if (!rest.empty()) out.text = std::string(rest.substr(1, rest.size() - 2));
  d = out;
  return true;
}

// The terms of a ','-separated keyword list, each trimmed: a comma inside
// parentheses is no separator (Emtree's subheadings: "bronchogenic
// duplication cyst (diagnosis, surgery)"), nor, in Emtree's lists (`emtree`),
// one without a space after it ("2,3,7,8 tetrachlorodibenzo para dioxin").
template <typename F>
void for_each_term(std::string_view v, bool emtree, F&& fn) {
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= v.size(); ++i) {
    const char c = i < v.size() ? v[i] : ',';
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    if (c != ',' || (i < v.size() && (depth > 0 || (emtree && i + 1 < v.size() && v[i + 1] != ' ')))) continue;
    if (std::string_view t = trim(v.substr(start, i - start)); !t.empty()) fn(t);
    start = i + 1;
  }
}

// A list column as Python or R wrote it, a quoted string an item:
// "['Estrogen', 'Human']" (a DataFrame's list saved by to_csv), 'c("a",
// "b")' (R's).  False, `items` untouched, when `v` is not one whole.
bool quoted_list(std::string_view v, std::vector<std::string>& items) {
  std::size_t i;
  char close;
  if (starts_with(v, "[")) i = 1, close = ']';
  else if (starts_with(v, "c(")) i = 2, close = ')';
  else return false;
  std::vector<std::string> got;
  for (;;) {
    while (i < v.size() && v[i] == ' ') ++i;
    if (i >= v.size() || (v[i] != '\'' && v[i] != '"')) return false;
    const char q = v[i++];
    std::string item;
    while (i < v.size() && v[i] != q) {
      if (v[i] == '\\' && i + 1 < v.size()) ++i;  // \' inside '...'
      item.push_back(v[i++]);
    }
    if (i >= v.size()) return false;
    got.push_back(std::move(item));
    ++i;
    while (i < v.size() && v[i] == ' ') ++i;
    if (i < v.size() && v[i] == ',') {
      ++i;
      continue;
    }
    if (i + 1 != v.size() || v[i] != close) return false;
    items = std::move(got);
    return true;
  }
}

// A pipe-separated value (OpenAlex) read as a ';'-separated one.
std::string pipes_to_semicolons(std::string_view v) {
  std::string s(v);
  std::replace(s.begin(), s.end(), '|', ';');
  return s;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  for_each_list_item(s, " ", [&n](std::string_view) { ++n; });
  return n;
}

// One of Google Scholar's names (Publish or Perish: initials, then the
// family name) made ready for parse_ris_name: a bracket the name does not
// open or close dropped ("WR Tobler]"), and a title in capitals after the
// family name ("W TOBLER DR") written as parse_ris_name knows titles ("Dr"),
// so that it drops it and says so: Google Scholar puts no initials after a
// family name.  Before them it does ("DR Smith", "MR Smith Jones" are
// D. R. Smith and M. R. Smith Jones).
std::string scholar_name(std::string_view s, NameGuess& guess) {
  std::string out;
  std::size_t round = 0, square = 0;
  for (char c : s) {
    if (c == '(') ++round;
    else if (c == '[') ++square;
    else if ((c == ')' && round == 0) || (c == ']' && square == 0)) {
      guess.stray += c;
      continue;
    }
    else if (c == ')') --round;
    else if (c == ']') --square;
    out += c;
  }
  if (round > 0 || square > 0) {  // opened, never closed ("[WR Tobler")
    std::string kept;
    for (char c : out)
      if ((c == '(' && round > 0) || (c == '[' && square > 0)) guess.stray += c;
      else kept += c;
    out = std::move(kept);
  }
  out = std::string(trim(out));
  std::vector<std::string> words;
  for (auto w : split_words(out)) words.emplace_back(w);
  if (words.size() < 3) return out;
  auto as_title = [](std::string& w) {
    if (w.size() < 2 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return;
    std::string t = w.substr(0, 1);
    for (std::size_t i = 1; i < w.size(); ++i) t += static_cast<char>(w[i] - 'A' + 'a');
    if (is_title_alone(t)) w = std::move(t);
  };
  as_title(words.back());
  std::string joined;
  for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
  return joined;
}

// The Scopus author IDs of a cell of Scopus's "Author full names" ("Xie,
// Binbin (57202419971); Jin, Y. (7403254233)"), ";"-separated; empty
// unless every name of the cell ends in one.
std::string scopus_author_ids(std::string_view cell) {
  std::string ids;
  bool every = true;
  for_each_list_item(cell, ";", [&](std::string_view name) {
    name = trim(name);
    if (name.empty()) return;
    const std::size_t open = name.rfind(" (");
    std::string_view id = open == std::string_view::npos || name.back() != ')'
                              ? std::string_view()
                              : name.substr(open + 2, name.size() - open - 3);
    if (id.size() < 6 || id.size() > 12 || !std::all_of(id.begin(), id.end(), is_digit)) {
      every = false;
      return;
    }
    ids += (ids.empty() ? "" : ";") + std::string(id);
  });
  return every ? ids : std::string();
}

// The names of an authors cell; see the file comment.  `uncertain` is set
// when a ','-separated cell fits no pattern (read as one name).  With
// `comma_lists` (Publish or Perish, which writes every list "A Smith, Bo
// Jones, Mustaqeem"), ',' separates people whatever the pieces look like.
// The Virtual Health Library's (BVS) and SciELO's CSV write a row's
// citation in Source after the journal's name (the row's Journal):
// "J Psychiatr Res;139: 179-184, 2021 07.", "J Interprof Care;30(3): 370-7,
// 2016 May.", "Revista de Ciencias Humanísticas y Sociales (ReHuSo); 8(1);
// 132-145".  Its volume, issue and pages (MEDLINE's short ranges made
// whole); all empty when Source is not the journal's name, ';' and a volume.
struct CitedIn {
  std::string volume, issue, pages;
};
CitedIn cited_after_journal(std::string_view source, std::string_view journal) {
  source = trim(source);
  journal = trim(journal);
  if (journal.empty() || source.size() <= journal.size() + 1 || source.substr(0, journal.size()) != journal ||
      source[journal.size()] != ';')
    return {};
  std::string_view rest = trim(source.substr(journal.size() + 1));
  std::size_t i = 0;
  while (i < rest.size() && rest[i] != '(' && rest[i] != ':' && rest[i] != ';' && rest[i] != ',') ++i;
  const std::string_view volume = trim(rest.substr(0, i));
  // "Diálogo andino; (67); 88-98": an issue without a volume.
  if (volume.empty() && !(i < rest.size() && rest[i] == '(')) return {};
  if (!volume.empty() && (volume.size() > 12 || !std::all_of(volume.begin(), volume.end(), [](char c) {
        return is_digit(c) || is_alpha(c) || c == '-' || c == ' ' || c == '.';
      }) || !std::any_of(volume.begin(), volume.end(), [](char c) { return is_digit(c); })))
    return {};
  // A volume with nothing after it (no issue, no pages) is no citation:
  // an ahead-of-print row's "Nature;2020 Jun 25.", a preprint's "medRxiv;
  // 2020." write the date there (review67).
  if (i == rest.size()) return {};
  CitedIn c;
  c.volume = std::string(volume);
  if (i < rest.size() && rest[i] == '(') {
    const std::size_t close = rest.find(')', i);
    if (close == std::string_view::npos) return {};
    c.issue = std::string(trim(rest.substr(i + 1, close - i - 1)));
    if (c.volume.empty() && c.issue.empty()) return {};
    i = close + 1;
  }
  while (i < rest.size() && is_space(rest[i])) ++i;
  if (i < rest.size() && (rest[i] == ':' || rest[i] == ';')) {
    std::string_view after = rest.substr(i + 1);
    const std::string_view pages = trim(after.substr(0, after.find_first_of(",;")));
    if (!pages.empty() && std::all_of(pages.begin(), pages.end(), [](char ch) { return is_digit(ch) || is_alpha(ch) || ch == '-'; }) &&
        std::any_of(pages.begin(), pages.end(), [](char ch) { return is_digit(ch); }))
      c.pages = expand_page_range(pages);
  }
  return c;
}

std::vector<Creator> read_names(std::string_view v, bool& uncertain, NameGuesses& guesses, std::string_view label,
                                std::size_t offset, bool comma_lists, bool semicolon_lists, bool* ampersand = nullptr) {
  std::string cell = collapse_space(v);
  std::vector<std::string> pieces;
  // APA's list, "Dracott, K., Robinson, C. V., & Birdsall, C." (a reference
  // manager's APA citation copied into the sheet): the ampersand a comma when
  // the list is then family names and initials in turn (a firm's "Johnson &
  // Johnson, Inc." is not).
  if (std::string list = ampersand_as_comma(cell); !list.empty() && cell.find_first_of(";|") == std::string::npos) {
    std::vector<std::string> parts = split_list(list, ",");
    bool pairs = parts.size() >= 4 && parts.size() % 2 == 0;
    for (std::size_t i = 0; pairs && i < parts.size(); i += 2)
      pairs = family_then_initials(split_words(parts[i]), split_words(parts[i + 1]));
    if (pairs) {
      if (ampersand) *ampersand = true;
      for (std::size_t i = 0; i < parts.size(); i += 2) pieces.push_back(parts[i] + ", " + parts[i + 1]);
    }
  }
  if (!pieces.empty()) {
    // read above
  } else if (cell.find(';') != std::string::npos) pieces = split_list(cell, ";");
  else if (semicolon_lists) pieces.push_back(cell);  // refnet's, Zotero's: "Family, Given; ...", one name without a ';' 
  else if (cell.find('|') != std::string::npos) pieces = split_list(cell, "|");
  else if (cell.find(" and ") != std::string::npos) {
    std::string_view rest = cell;
    for (std::size_t p = rest.find(" and "); p != std::string_view::npos; p = rest.find(" and ")) {
      // A citation's list, given names first, with a comma before its "and"
      // ("Thanh Tam Nguyen, Thanh Trung Huynh, Zhao Ren, and Quoc Viet Hung
      // Nguyen": ACM's reference format copied into a table), or three
      // names or more between commas: each comma separates two people.  Not
      // "van der Berg, Jan Willem and ...", one name's family and given.
      std::string_view before = trim(rest.substr(0, p));
      const bool oxford = !before.empty() && before.back() == ',';
      if (oxford) before.remove_suffix(1);
      std::vector<std::string> parts = split_list(std::string(before), ",");
      const bool people = parts.size() >= (oxford ? 2u : 3u) &&
                          std::all_of(parts.begin(), parts.end(), [](const std::string& x) {
                            return word_count(x) >= 2 && !is_initials(trim(x.substr(x.rfind(' ') + 1)));
                          });
      if (people) pieces.insert(pieces.end(), parts.begin(), parts.end());
      else pieces.emplace_back(trim(rest.substr(0, p)));
      rest.remove_prefix(p + 5);
    }
    pieces.emplace_back(trim(rest));
  } else if (cell.find(',') != std::string::npos) {
    std::vector<std::string> parts = split_list(cell, ",");
    bool all_full = std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return word_count(p) >= 2; });
    // Two pieces without an initial in either ("Du Rietz, Ebba Eva
    // Charlotte", Covidence's) are one name's family and given names; a list
    // of two is written with initials ("Liu R., Adler D.G.").
    auto has_initial = [](const std::string& p) {
      bool any = false;
      for_each_list_item(p, " ", [&](std::string_view w) { any = any || is_initials(w); });
      return any;
    };
    if (all_full && parts.size() == 2 && !has_initial(parts[0]) && !has_initial(parts[1])) all_full = false;
    bool pairs = parts.size() % 2 == 0;
    for (std::size_t i = 1; pairs && i < parts.size(); i += 2) pairs = is_initials(trim(parts[i])) || word_count(parts[i]) == 1;
    // "Weissman, Myrna M", "Darke, P. G.", "Morrissette, Debbi Ann",
    // "Pittman, F. S. 3rd": a family name of one word, then given names: one
    // person (Covidence, Zotero).  Not "Mustaqeem, SU Khan": initials, then a
    // word, is a second person written given names first.
    auto family_given = [&] {
      if (parts.size() != 2 || word_count(parts[0]) != 1) return false;
      std::vector<std::string_view> words = split_words(parts[1]);
      if (words.size() < 2) return false;
      if (words.size() > 2 && is_generation_suffix(words.back())) words.pop_back();
      return !is_initials(words.front()) || is_initials(words.back());
    };
    if (comma_lists || parts.size() == 1 || (all_full && parts.size() >= 2)) {
      // One name and a comma after it: a list cut short after its first
      // name ("AI Schulte-Hostedde, ...", Google Scholar's, once the
      // ellipsis is said and gone).
      pieces = parts;
    } else if (pairs) {
      for (std::size_t i = 0; i + 1 < parts.size(); i += 2) pieces.push_back(parts[i] + ", " + parts[i + 1]);
    } else if (family_given()) {
      pieces.push_back(cell);
    } else if (scopus_comma_list(parts)) {
      // "Khan A.U., Khan K.U., Dr., Atlas F., Dr." (Scopus's authors of
      // 2020-2023 copied into a table): Scopus's reader reads them, the
      // titles dropped and said, a suffix given to the name before it.
      std::vector<std::pair<std::string, std::string>> titles;
      std::vector<Creator> people = scopus_creators(cell, false, nullptr, &titles);
      for (const auto& [written, title] : titles) {
        NameGuess g;
        g.titles = title;
        guesses.add(g, label, written, Creator(), offset);
      }
      return people;
    } else {
      uncertain = true;
      pieces.push_back(cell);
    }
  } else if (std::vector<std::string> glued = split_glued_citation_names(cell); !glued.empty()) {
    // ASySD's "Adeli K.Lewis G. F.": names glued without a separator.
    guesses.add_glued(label, cell, glued.size(), offset);
    pieces = std::move(glued);
  } else {
    pieces.push_back(cell);
  }
  std::vector<Creator> names;
  for (std::string& p : pieces) {
    std::string_view t = trim(p);
    while (!t.empty() && (t.back() == '.' && t.size() > 1 && t[t.size() - 2] == ' ')) t.remove_suffix(1);
    // RefWorks: "van den Hoven,null"; Lens, given names first: "null van den
    // Hoven": a family name, no given name.
    std::string s(t);
    if (ends_with(s, ",null") || starts_with(s, "null ")) {
      Creator c;
      c.family = std::string(trim(ends_with(s, ",null") ? std::string_view(s).substr(0, s.size() - 5)
                                                        : std::string_view(s).substr(5)));
      split_family_particle(c);
      if (!c.family.empty()) names.push_back(std::move(c));
      continue;
    }
    if (trim(s).empty()) continue;
    NameGuess guess;
    if (semicolon_lists && s.find(',') == std::string::npos && s.find(' ') != std::string::npos) {
      // refnet and Zotero write a person "Family, Given": a name of words
      // without a comma is an organisation's, or Zotero's single-field name
      // ("Ben Walton", "New York Public Library": a literal, as written).
      Creator c;
      c.literal = s;
      names.push_back(std::move(c));
      continue;
    }
    const std::string written = s;
    if (comma_lists) s = scholar_name(s, guess);
    Creator c = parse_ris_name(s, &guess);
    guesses.add(guess, label, written, c, offset);
    if (!c.empty()) names.push_back(std::move(c));
  }
  return names;
}

// The exporters' type names to CSL types; "" when the name is none of them.
std::string csl_type_of(std::string_view name) {
  // Publish or Perish copies a Crossref search's types ("peer-review",
  // "reference-entry", "posted-content").
  if (std::string crossref = crossref_csl_type(ascii_lower(trim(name))); !crossref.empty()) return crossref;
  std::string n;
  for (char c : ascii_lower(trim(name)))
    if (c != ' ' && c != '-' && c != '_') n += c;
  if (n.empty()) return "";
  if (n == "journalarticle" || n == "article" || n == "journal" || n == "review" || n == "erratum" || n == "letter" ||
      n == "editorial" || n == "note" || n == "shortsurvey" || n == "articleinpress" || n == "magazinearticle" ||
      n == "newspaperarticle" || n == "comment" || n == "reviewarticle" || n == "academicjournal" || n == "magazine")
    return n == "magazinearticle" || n == "magazine" ? "article-magazine"
           : n == "newspaperarticle"                 ? "article-newspaper"
                                                     : "article-journal";
  if (n == "booksection" || n == "bookchapter" || n == "chapter" || n == "incollection" || n == "inbook")
    return "chapter";
  if (n == "book" || n == "wholebook" || n == "editedbook" || n == "monograph" || n == "ebook" ||
      n == "proceeding" || n == "proceedings")  // ACM DL: a volume of proceedings
    return "book";
  if (n.find("conference") != std::string::npos || n.find("proceeding") != std::string::npos ||
      n == "inproceedings" || n == "proceedingsarticle")
    return "paper-conference";
  if (n == "thesis" || n == "dissertation" || n.find("thesis") != std::string::npos) return "thesis";
  if (n == "report" || n == "techreport" || n == "technicalreport" || n == "governmentdocument") return "report";
  if (n == "preprint" || n == "postedcontent") return "article";
  if (n == "webpage" || n == "website") return "webpage";
  if (n == "dataset") return "dataset";
  if (n == "patent") return "patent";
  return "";
}

// Embase's "CSV - Fields by Row": a record is a block of lines, one a
// field, its name first and its values after it (a name, an address, a
// keyword a cell); a blank line ends the block.
//
//   "TITLE","Development of novel liver-targeting glucocorticoid prodrugs"
//   "AUTHOR NAMES","Wang Y.","Guo D.","Winkler R."
//   "MEDLINE PMID","38203148","http://www.ncbi.nlm.nih.gov/pubmed/38203148"
//
// Known when the first line names the title column and holds one value that
// names no column, and the second line starts with a known column's name.
bool is_fields_by_row(std::string_view text) {
  std::size_t pos = csv_start(text);
  Diagnostics scratch;  // a text that is no CSV is no such table, nothing to say
  CsvReader reader(text.substr(pos), scratch, ',');
  CsvRow first, second;
  if (!reader.next(first) || !reader.next(second) || first.cells.size() != 2 || second.cells.size() < 2) return false;
  return column_named(kColumns, trim(first.cells[0]), Col::extra) == Col::title &&
         column_named(kColumns, trim(first.cells[1]), Col::extra) == Col::extra &&
         column_named(kColumns, trim(second.cells[0]), Col::extra) != Col::extra;
}

// The blocks of a Fields by Row table, each turned into a row of the
// table its field names make (in the order they first come): a list's
// values (names, keywords) joined by "; ", another field's first value in
// its cell and the values after it in `more`, kept in extra.
struct FieldsByRow {
  struct Block {
    CsvRow row;
    std::vector<std::pair<std::string, std::string>> more;  // field name, a value after the first
    std::size_t end = 0;                                    // of the block's text
    bool malformed = false;
  };
  std::vector<std::string> names;
  std::vector<Block> blocks;
};

FieldsByRow read_fields_by_row(std::string_view text, Diagnostics& diags) {
  FieldsByRow t;
  CsvReader reader(text, diags, ',');
  CsvRow line;
  FieldsByRow::Block block;
  bool open = false;
  auto close = [&] {
    if (open) t.blocks.push_back(std::move(block));
    block = FieldsByRow::Block();
    open = false;
  };
  while (reader.next(line)) {
    if (std::all_of(line.cells.begin(), line.cells.end(), [](const std::string& c) { return trim(c).empty(); })) {
      close();
      continue;
    }
    if (!open) block.row.offset = line.offset, open = true;
    block.end = reader.offset();
    block.malformed |= line.malformed;
    const std::string name(trim(line.cells[0]));
    std::size_t i = std::find(t.names.begin(), t.names.end(), name) - t.names.begin();
    if (i == t.names.size()) t.names.push_back(name);
    if (block.row.cells.size() <= i) block.row.cells.resize(i + 1), block.row.offsets.resize(i + 1);
    const Col c = column_named(kColumns, name, Col::extra);
    const bool list = c == Col::authors || c == Col::editors || is_list_slot(c);
    std::string& cell = block.row.cells[i];
    if (cell.empty()) block.row.offsets[i] = line.offsets.size() > 1 ? line.offsets[1] : line.offsets[0];
    for (std::size_t k = 1; k < line.cells.size(); ++k) {
      std::string_view v = trim(line.cells[k]);
      if (v.empty()) continue;
      if (cell.empty()) cell = std::string(v);
      else if (list) cell += (c == Col::extra ? "\n" : "; ") + std::string(v);
      else block.more.emplace_back(name, std::string(v));
    }
  }
  close();
  for (FieldsByRow::Block& b : t.blocks) b.row.cells.resize(t.names.size()), b.row.offsets.resize(t.names.size(), b.row.offset);
  return t;
}

// Names cells cut by the source with an ellipsis (Google Scholar's, through
// Publish or Perish: one list in four of a real file): the first few said
// where they stand, with the name cut after or before, the rest counted.
struct CutLists {
  static constexpr std::size_t kSaidHere = 3;
  std::size_t count = 0, at = 0;
  std::string column;
  bool said_here(const std::string& name, std::size_t where) {
    if (count++ == 0) column = name, at = where;
    return count <= kSaidHere;
  }
};

}  // namespace

bool table_header_before(std::string_view text, std::size_t offset) {
  const std::size_t header = find_header(text).header;
  return header != std::string_view::npos && header < offset;
}

bool looks_like_table_csv(std::string_view text) {
  return find_header(text).header != std::string_view::npos || is_fields_by_row(text);
}

ParseStats parse_table_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  FieldsByRow by_row;
  if (is_fields_by_row(text)) by_row = read_fields_by_row(text, diags);
  const Layout layout = by_row.blocks.empty() ? find_header(text) : Layout{csv_start(text), ','};
  if (layout.header == std::string_view::npos) {
    diags.file_error("no table header naming a title column and two more known columns (Authors, Year, DOI, "
                     "Journal, Abstract...) in the first 40 lines; nothing read");
    return {};
  }
  CsvReader reader(text, diags, layout.separator);
  CsvRow header;
  std::size_t skipped = 0, first_skipped = std::string_view::npos;
  while (by_row.blocks.empty() && reader.next(header) && header.offset < layout.header) {
    bool blank = std::all_of(header.cells.begin(), header.cells.end(), [](const std::string& c) {
      return trim(c).find_first_not_of("-=_ ") == std::string_view::npos;
    });
    if (!blank && first_skipped == std::string_view::npos) first_skipped = header.offset;
    skipped += !blank;
  }
  if (skipped)
    diags.warning(first_skipped, std::to_string(skipped) + " line" + (skipped > 1 ? "s" : "") +
                                     " before the table's header skipped (the export's search query or title): " +
                                     std::string(trim(text.substr(first_skipped, std::min<std::size_t>(
                                                                                      80, text.find('\n', first_skipped) - first_skipped)))));
  std::vector<std::string> names = by_row.blocks.empty() ? csv_header_names(header) : by_row.names;
  // R's write.table with row names (its default) names one column fewer
  // than its rows hold: their first cell is the row's name (as read.table
  // reads it), kept under "column 1".  Every one of the first rows (up to
  // five) must be so, its first and last cells not empty: a row ending with
  // a separator (the old PubMed CSV's trailing comma), or one stray row,
  // names nothing more.
  if (by_row.blocks.empty()) {
    Diagnostics scratch;  // the rows are read, and said, below
    CsvReader peek(text.substr(reader.offset()), scratch, layout.separator);
    CsvRow row;
    int rows = 0;
    bool named = true;
    while (named && rows < 5 && peek.next(row)) {
      if (row.cells.size() == 1 && trim(row.cells[0]).empty()) continue;  // a blank line
      ++rows;
      named = !row.malformed && row.cells.size() == names.size() + 1 && !trim(row.cells.front()).empty() &&
              !trim(row.cells.back()).empty();
    }
    if (named && rows > 0) {
      names.insert(names.begin(), "");
      header.offsets.insert(header.offsets.begin(), header.offset);
      diags.report(Severity::note, layout.header,
                   "the header names one column fewer than the rows hold: their first cell is R's row names "
                   "(write.table), kept as 'column 1'");
    }
  }
  // A column the header leaves without a name: its values are kept under
  // its number ("column 4"), said once a file.
  std::vector<bool> unnamed(names.size());
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i].empty()) unnamed[i] = true, names[i] = "column " + std::to_string(i + 1);
  std::vector<bool> valued(names.size());  // a column read into extra held a value
  // Publish or Perish's header: "Cites,Authors,Title,Year,Source,Publisher,ArticleURL,CitesURL,...".
  const bool publish_or_perish = std::find(names.begin(), names.end(), "CitesURL") != names.end() &&
                                 std::find(names.begin(), names.end(), "ArticleURL") != names.end();
  std::size_t unnamed_values = 0, first_unnamed = 0;
  ZoteroExtraJoins extra_joins;  // Zotero's Extra lines joined on one
  const bool refnet_table = by_row.blocks.empty() && is_refnet_header(names);
  // Zotero's CSV export ("Key","Item Type","Publication Year","Author",...)
  // writes names as refnet does: a person "Last, First", people joined by
  // "; ", a single-field name (an organisation's) as it is, without a comma.
  const bool zotero_table = by_row.blocks.empty() && names.size() >= 2 && names[0] == "Key" && names[1] == "Item Type";
  const bool bibliometrix = by_row.blocks.empty() && !refnet_table && is_bibliometrix_header(names);
  // EBSCOhost's CSV (its old interface's "PLink", the new one's "plink"): dates M/D/YYYY.
  const bool ebsco_table =
      std::any_of(names.begin(), names.end(), [](const std::string& n) { return iequals(n, "PLink"); });
  // EBSCO Research's coverDate, the issue's date in its words ("Mar2024"):
  // publicationDate's day 01 beside one naming no day is none (issue_first_day.hpp).
  const std::size_t cover_col = static_cast<std::size_t>(
      std::find_if(names.begin(), names.end(), [](const std::string& n) { return n == "coverDate"; }) - names.begin());
  bool issue_first_day_said = false;
  // Europe PMC's CSV export (its site's, the columns of its
  // rest2delimited.xsl: SOURCE, EXTERNAL_ID, PMCID, DOI, AUTHORS, ...,
  // PAGE_INFO, ..., IN_EPMC, EPMC_AUTH_MAN): SOURCE is the record's source
  // in Europe PMC (MED, PMC, PPR, AGR...), not a journal; EXTERNAL_ID its id
  // there, the PMID where SOURCE is MED.
  auto named = [&](std::string_view n) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& x) { return iequals(x, n); });
  };
  const bool europepmc_table = named("SOURCE") && named("EXTERNAL_ID") && named("IN_EPMC");
  // SciELO's CSV export ("ID,Title,Author(s),Source,Journal,Language(s),
  // Publication year,Fulltext URL"): its authors "Family, Given" joined by
  // commas too ("Maldonado Alegre, Fernando Camilo, Ulloa Córdova, Vanessa
  // Dora"): an even number of pieces is that many pairs.
  const bool scielo_table = named("Author(s)") && named("Language(s)");
  std::pair<std::size_t, std::size_t> scielo_pairs{0, 0};  // cells read as SciELO's pairs: the first, how many
  std::pair<std::size_t, std::size_t> scielo_organisations{0, 0};  // organisations among them: the first, how many
  std::string first_scielo_organisation;
  std::pair<std::size_t, std::size_t> sources_read{0, 0};  // rows whose Source gave a volume, issue or pages
  // RefWorks's table (its "Reference Type" and "Periodical Full" columns).
  const bool refworks_table = named("Reference Type") && named("Periodical Full");
  std::pair<std::size_t, std::size_t> bibtex_residue{0, 0};  // cells ending in a BibTeX '}': the first, how many
  std::string first_residue;
  std::string first_source_read;
  if (bibliometrix)
    diags.report(Severity::note, layout.header,
                 "bibliometrix's data frame: its columns read as the Web of Science field tags they are, the "
                 "cited references (CR) of its WoS rows (DB ISI) as WoS's");
  std::vector<Col> cols(names.size(), Col::extra);
  {
    std::array<bool, kSlots> taken{};
    // In bibliometrix's header its tags fill their slots first (BP before
    // the "Page.start" of the Scopus table it came from).
    for (int pass = bibliometrix ? 0 : 1; pass < 2; ++pass)
      for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& n = names[i];
        const bool tag = bibliometrix && std::any_of(std::begin(kBibliometrixColumns), std::end(kBibliometrixColumns),
                                                     [&](const auto& e) { return e.first == n; });
        if (bibliometrix && tag != (pass == 0)) continue;
        Col c = refnet_table ? column_named(kRefnetColumns, n, Col::extra) : table_column(n, bibliometrix);
        if (!is_list_slot(c) && taken[std::size_t(c)]) c = Col::extra;  // a second title, DOI...: kept
        taken[std::size_t(c)] = true;
        cols[i] = c;
      }
  }

  NameGuesses guesses;
  CellRecords cell_records;  // cells holding a whole record, said once a file
  CutLists cut_ends, cut_starts;
  std::pair<std::size_t, std::size_t> ampersands{0, 0};  // cells read as APA's '&' lists: the first, how many
  std::string first_ampersand;
  // Titles and sources the source cut short with an ellipsis (Google
  // Scholar's, through Publish or Perish): kept as written, said once a
  // file; a merge with another database's record takes the whole text.
  std::size_t cut_titles = 0, cut_sources = 0, cut_abstracts = 0, first_cut = std::string_view::npos;
  std::size_t first_cut_abstract = 0;
  std::size_t host_publishers = 0, first_host_publisher = 0;
  bool decimal_year_said = false;  // a Year "2019.0", said once a file
  bool serial_date_said = false;   // a date "43831", a spreadsheet's day number: said once a file
  bool text_mark_said = false;     // an identifier "'10.1000/x": said once a file
  std::vector<std::string> extra_dates_said;  // extra date columns of day numbers (Date Added), each said once
  // N/N/YYYY dates: which number is the day (slash_date_order), said once.
  std::string slash_example;
  const SlashOrder slash_order = slash_date_order(text, slash_example);
  bool slash_order_said = false;
  std::vector<std::pair<std::string, std::size_t>> hosts;  // each site and its count, in first-seen order
  std::size_t twice_escaped = 0, first_twice = 0;  // cells with "&amp;gt;"
  std::size_t more_than_links = 0, first_more_than_link = 0;  // URL cells with more than their first link
  std::size_t copyrights = 0, first_copyright = 0;            // EBSCO's copyright statement after an abstract
  auto count_cut = [&](std::string_view v, std::size_t& n, std::size_t at) {
    if (trailing_ellipsis(v) > 0 || leading_ellipsis(v) > 0) {  // "… Journal of Paleontology"
      ++n;
      first_cut = std::min(first_cut, at);
    }
  };
  // bibliometrix's AF, UT, CR and PG of a row, once its other columns are
  // read: see kBibliometrixColumns.
  auto read_bibliometrix_row = [&](Record& r, const std::string& full_names, std::size_t full_at,
                                   const std::string& ut, const std::string& cited, std::size_t cited_at,
                                   const std::string& pg) {
    const std::string db(trim(r.get_extra("DB")));
    if (!full_names.empty()) {
      bool uncertain = false;
      // Scopus's "Author full names", each with its Scopus author ID
      // ("DALEY, WAYNE (7004233922)", glauberbalthazar83/PoultryBibliometric's
      // dadosbiblio.csv: 266 names kept with their IDs before): Scopus's
      // reader reads them, the IDs kept in extra as Scopus's CSV keeps them.
      std::vector<Creator> full;
      if (std::string ids = scopus_author_ids(full_names); !ids.empty()) {
        full = scopus_creators(full_names, true);
        if (full.size() == r.authors.size() && r.get_extra("Author(s) ID").empty()) r.add_extra("Author(s) ID", ids);
      } else {
        full = read_names(full_names, uncertain, guesses, "AF", full_at, false, false);
      }
      if (!uncertain && !full.empty() && full.size() == r.authors.size()) r.authors = std::move(full);
      else r.add_extra("AF", full_names);
    }
    if (starts_with(ut, "WOS:")) r.wos_ut = ut;
    // bibliometrix 1.x wrote the WoS accession "ISI000418878500012".
    else if (starts_with(ut, "ISI") && ut.size() == 18 && std::all_of(ut.begin() + 3, ut.end(), is_digit))
      r.wos_ut = "WOS:" + ut.substr(3);
    else if (starts_with(ut, "2-s2.0-")) r.scopus_eid = ut;
    else if (!ut.empty() && db == "PUBMED" && std::all_of(ut.begin(), ut.end(), is_digit) && (r.pmid.empty() || r.pmid == ut))
      r.pmid = ut;
    else if (!ut.empty()) r.add_extra("UT", ut);
    if (!pg.empty()) {
      if (db == "PUBMED" && r.pages.empty()) r.pages = normalize_pages(pg);
      else r.add_extra("PG", pg);
    }
    if (cited.empty()) return;
    std::vector<DoiRepair> repairs;
    if (db == "ISI" && cited.find("   ") != std::string::npos) {
      // bibliometrix 1.x (2017) kept WoS's lines with their indentation:
      // "BOTHA E., 2012, ONLINE CONSUMER BEHA, P83.   CALDER BJ, 2009, ...",
      // one reference before each run of three spaces (the period after
      // each is no part of it).
      for (std::size_t b = 0; b < cited.size();) {
        std::size_t e = cited.find("   ", b);
        if (e == std::string::npos) e = cited.size();
        std::string_view line = trim(std::string_view(cited).substr(b, e - b));
        if (!line.empty() && line.back() == '.') line.remove_suffix(1);
        if (!line.empty()) r.references.push_back(parse_wos_reference(line, &repairs));
        b = cited.find_first_not_of(' ', e);
        if (b == std::string::npos) break;
      }
    } else if (db == "ISI") {
      // ";"-joined WoS lines; a SICI DOI's ";2-8" is inside one.
      for (std::size_t b = 0; b < cited.size();) {
        std::size_t e = cited.find(';', b);
        while (e != std::string::npos && cited.compare(e + 1, 2, "2-") == 0) e = cited.find(';', e + 1);
        if (e == std::string::npos) e = cited.size();
        if (std::string_view line = trim(std::string_view(cited).substr(b, e - b)); !line.empty())
          r.references.push_back(parse_wos_reference(line, &repairs));
        b = e + 1;
      }
    } else {
      // A Scopus row's references as bibliometrix joined them: no real file
      // seen yet (audit37), so kept as written.
      r.add_extra("CR", cited);
    }
    for (const DoiRepair& rep : repairs) say_doi_repair(rep, "cited reference DOI", diags, cited_at);
  };
  auto build = [&](const CsvRow& row, Record& r) {
    YearCell year;
    SerialDateCell serial;
    std::string date_name;
    std::string first, last, last_name, page_count, source, month, booktitle, month_day, month_day_name, month_name;
    std::size_t month_at = row.offset;
    std::string epmc_id, epmc_source;  // Europe PMC's EXTERNAL_ID and SOURCE
    std::size_t epmc_id_col = 0, epmc_id_at = 0;
    std::size_t last_at = row.offset;
    std::string full_names, ut, cited, pg;  // bibliometrix's AF, UT, CR, PG: read once the row's DB is known
    std::size_t full_at = row.offset, cited_at = row.offset;
    std::string url_name;  // the link's column and where its cell is
    std::size_t url_at = row.offset;
    bool typed = false;
    std::vector<std::pair<std::size_t, std::string_view>> record_cells;  // cells holding a whole record, its format
    for (std::size_t i = 0; i < cols.size() && i < row.cells.size(); ++i) {
      std::string_view v = trim(without_formula_quotes(trim(row.cells[i])));
      if (v.empty()) continue;
      // A cell holding a whole RIS record or BibTeX entry (a review team's
      // sheet, each row's Rayyan record in a column): read once the row's
      // own columns are (cell_record.hpp).
      if (cols[i] == Col::extra && !refnet_table)
        if (std::string_view f = record_in_cell(row.cells[i]); !f.empty()) {
          record_cells.emplace_back(i, f);
          continue;
        }
      // ACM DL writes its non-ASCII letters as character references
      // ("M. In&#233;s  Torres"), whose ';' would cut a list of names.  A
      // cell with markup ("<p>&lt;strong&gt;...", Publish or Perish) is
      // left as written: decoded, its escaped tags would become tags.
      // refnet's own export writes the values as stored: none decoded.
      std::string decoded;
      if (!refnet_table && v.find('&') != std::string_view::npos && v.find(';') != std::string_view::npos &&
          v.find('<') == std::string_view::npos) {
        bool twice = false;
        decoded = decode_entities(v, twice);
        v = decoded;
        if (twice && twice_escaped++ == 0) first_twice = row.offsets[i];
      }
      // RefWorks's CSV of Web of Science records it read from WoS's BibTeX
      // keeps that BibTeX's closing braces and escapes: "NORDIC
      // PSYCHOLOGY}", "PSYCHOLOGY \& HEALTH}", ISSN "1901-2276}".  A cell
      // ending in a '}' it never opened is read without it, its "\&", "\%"
      // and "\_" as the characters.
      std::string unbraced;
      if (refworks_table && v.size() > 1 && v.back() == '}' && v.find('{') == std::string_view::npos) {
        std::string_view body = v.substr(0, v.size() - 1);
        for (std::size_t k = 0; k < body.size(); ++k) {
          if (body[k] == '\\' && k + 1 < body.size() && (body[k + 1] == '&' || body[k + 1] == '%' || body[k + 1] == '_'))
            ++k;
          unbraced += body[k];
        }
        if (bibtex_residue.second++ == 0) bibtex_residue.first = row.offsets[i], first_residue = std::string(v);
        v = unbraced;
      }
      const std::string& name = names[i];
      const std::size_t at = row.offsets[i];
      // A spreadsheet's text mark before an identifier ("'10.1000/x",
      // "'9781234567897": an apostrophe typed so that the sheet would not
      // read it as a number, a date or a formula, written out with it by a
      // script): the identifier.  Before, "DOI is not a DOI, kept in extra".
      if (!refnet_table &&
          (cols[i] == Col::doi || cols[i] == Col::issn || cols[i] == Col::isbn || cols[i] == Col::pmid))
        v = without_text_mark(v, name, at, diags, text_mark_said);
      switch (cols[i]) {
        case Col::title:
          r.title = collapse_space(v);
          count_cut(r.title, cut_titles, at);
          break;
        case Col::authors:
        case Col::editors: {
          // Google Scholar (Publish or Perish) cuts a long list short with
          // an ellipsis, "PM Barrett, KJ Willis, S Jones, R Smith…" or
          // "JE Estes, ...", and at its start: "…, IL Schafer, Y Shefti".
          auto without_separators = [](std::string_view s) {
            while (!s.empty() && (s.front() == ',' || s.front() == ';' || is_space(s.front()))) s.remove_prefix(1);
            while (!s.empty() && (s.back() == ',' || s.back() == ';' || is_space(s.back()))) s.remove_suffix(1);
            return s;
          };
          if (std::size_t cut = leading_ellipsis(v); cut > 0 && cut < v.size()) {
            std::string_view mark = v.substr(0, cut);
            v = without_separators(v.substr(cut));
            std::string_view first = trim(v.substr(0, v.find_first_of(",;")));
            if (cut_starts.said_here(name, at))
              diags.warning(at, name + ": the list of names is cut at its start by the source ('" + std::string(mark) +
                                    "'): the names before '" + std::string(first) + "' are missing");
          }
          if (std::size_t cut = trailing_ellipsis(v); cut > 0) {
            std::string_view mark = v.substr(v.size() - cut);
            v = without_separators(v.substr(0, v.size() - cut));
            std::size_t sep = v.find_last_of(",;");
            std::string_view last = trim(sep == std::string_view::npos ? v : v.substr(sep + 1));
            if (cut_ends.said_here(name, at))
              diags.warning(at, name + ": the list of names is cut short by the source ('" + std::string(mark) +
                                    "'): the names after '" + std::string(last) + "' are missing");
          }
          bool uncertain = false;
          bool ampersand = false;
          std::string paired;
          if (scielo_table && v.find_first_of(";|") == std::string_view::npos) {
            std::vector<std::string> parts = split_list(collapse_space(v), ",");
            // An organisation among the pairs is one piece alone ("Ministerio
            // de Salud, Instituto Nacional de Salud"; "Organización
            // Panamericana de la Salud, Pérez Gómez, Juan Carlos"): when every
            // run of the other pieces pairs up.
            std::vector<bool> alone(parts.size(), false);
            std::size_t organisations = 0;
            for (std::size_t k = 0; k < parts.size(); ++k) {
              const std::vector<std::string_view> words = split_words(parts[k]);
              alone[k] = words.size() >= 2 && is_corporate_name(words);
              organisations += alone[k];
            }
            if (organisations > 0) {
              std::size_t run = 0;
              for (std::size_t k = 0; k <= parts.size() && organisations > 0; ++k) {
                if (k < parts.size() && !alone[k]) {
                  ++run;
                  continue;
                }
                if (run % 2) organisations = 0;  // a piece left without its pair: not this reading
                run = 0;
              }
            }
            if (organisations > 0 || (parts.size() >= 2 && parts.size() % 2 == 0)) {
              for (std::size_t k = 0; k < parts.size(); k += alone[k] && organisations ? 1 : 2) {
                paired += paired.empty() ? "" : "; ";
                if (alone[k] && organisations) {
                  paired += std::string(trim(parts[k]));
                  if (scielo_organisations.second++ == 0) {
                    scielo_organisations.first = at;
                    first_scielo_organisation = std::string(trim(parts[k]));
                  }
                } else {
                  paired += std::string(trim(parts[k])) + ", " + std::string(trim(parts[k + 1]));
                }
              }
              if (scielo_pairs.second++ == 0) scielo_pairs.first = at;
              v = paired;
            }
          }
          std::vector<Creator> people = read_names(v, uncertain, guesses, name, at, publish_or_perish,
                                                   refnet_table || zotero_table || !paired.empty(), &ampersand);
          if (ampersand && ampersands.second++ == 0) {
            ampersands.first = at;
            first_ampersand = collapse_space(v);
          }
          if (uncertain)
            diags.warning(at, name + ": names not separated by ';' or \" and \"; read as one name: " + std::string(v));
          auto& to = cols[i] == Col::authors ? r.authors : r.editors;
          for (Creator& c : people) to.push_back(std::move(c));
          drop_anonymous_names(r, to, name, diags, at);
          break;
        }
        case Col::container: r.container_title = collapse_space(v); break;
        case Col::key: r.citekey = std::string(v); break;
        case Col::full_names:
          full_names = std::string(v);
          full_at = at;
          break;
        case Col::ut: ut = std::string(v); break;
        case Col::cited:
          cited = std::string(v);
          cited_at = at;
          break;
        case Col::pg: pg = std::string(v); break;
        case Col::number: r.number = std::string(v); break;
        case Col::wos_ut: r.wos_ut = std::string(v); break;
        case Col::scopus_eid: r.scopus_eid = std::string(v); break;
        case Col::reference_texts:
          // One a line (refnet's export since csv33); "; " between them in
          // older ones (a SICI DOI's ";2-8" is inside one).
          for (std::size_t b = 0; b < v.size();) {
            const std::string_view sep = v.find('\n') != std::string_view::npos ? "\n" : "; ";
            std::size_t e = std::min(v.find(sep, b), v.size());
            if (std::string_view t = trim(v.substr(b, e - b)); !t.empty()) {
              Reference ref;
              ref.raw = std::string(t);
              r.references.push_back(std::move(ref));
            }
            b = e + sep.size();
          }
          break;
        case Col::container_short: r.container_title_short = std::string(v); break;
        case Col::source:
          source = std::string(v);
          count_cut(v, cut_sources, at);
          break;
        case Col::booktitle: booktitle = collapse_space(v); break;
        case Col::year:
          if (std::optional<int> y = year_cell(v, name, at, diags, r, decimal_year_said)) year = {*y, name, at};
          break;
        case Col::date: {
          Date d;
          if (!refnet_table && read_serial_date_cell(v, name, at, r, serial)) {
            date_name = name;
            break;
          }
          if (!refnet_table || !read_refnet_date(v, d)) {
            d = read_date(v, name, diags, at, ebsco_table ? SlashOrder::month_first : slash_order);
            // Day and month told apart by the file's other dates alone (an
            // N/N/YYYY cell whose two numbers could each be the month): said
            // once, at that cell (review67: not an ISO date's).
            if (slash_order != SlashOrder::unknown && !ebsco_table && d.month && ambiguous_slash_date(v) &&
                !slash_order_said) {
              slash_order_said = true;
              const bool day_first = slash_order == SlashOrder::day_first;
              const std::string iso = iso_date(d, '-');
              const std::size_t slash = slash_example.find('/');
              const std::string over = day_first ? slash_example.substr(0, slash)
                                                 : slash_example.substr(slash + 1, slash_example.rfind('/') - slash - 1);
              diags.warning(at, name + " '" + std::string(v) + "' read " + (day_first ? "day" : "month") +
                                    " first, as " + iso + ": the file writes its dates " +
                                    (day_first ? "day" : "month") + " first ('" + slash_example + "': no month " +
                                    over + "), as a spreadsheet in a " + (day_first ? "day-month" : "month-day") +
                                    " locale saves them (said once a file)");
            }
          }
          if (d.year) {
            r.issued = d, date_name = name;
          } else {
            diags.warning(at, name + " is not a date, kept in extra: " + std::string(v));
            r.add_extra(name, std::string(v));
          }
          break;
        }
        case Col::month:
          month = std::string(v);
          month_name = name;
          month_at = at;
          break;
        case Col::month_day:
          month_day = std::string(v);
          month_day_name = name;
          break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue:
          if (MisplacedIssue m = misplaced_issue(v); !m.what.empty()) {
            const std::string kept_as = m.column.empty() ? name : std::string(m.column);
            diags.warning(at, misplaced_issue_said(name, v, m, kept_as));
            r.add_extra(kept_as, std::string(v));
          } else {
            r.issue = std::string(v);
          }
          break;
        case Col::pages: r.pages = normalize_pages(v); break;
        case Col::first_page: first = normalize_pages(v); break;
        case Col::page_count:
          page_count = std::string(v);
          r.add_extra(name, std::string(v));
          break;
        case Col::last_page:
          last = normalize_pages(v);
          last_name = name;
          last_at = at;
          break;
        case Col::abstract:
          if (std::size_t c = ebsco_copyright_at(v); c != std::string_view::npos) {
            r.add_extra(name, std::string(v.substr(c)));
            v = trim(v.substr(0, c));
            if (copyrights++ == 0) first_copyright = at;
          }
          // Google Scholar's snippet of the abstract, "…the growth of ... fast…".
          if (!v.empty() && (leading_ellipsis(v) > 0 || trailing_ellipsis(v) > 0) && cut_abstracts++ == 0)
            first_cut_abstract = at;
          r.abstract = std::string(v);
          break;
        case Col::keywords: {
          auto add = [&](std::string_view k) { r.add_keyword(without_major_topic_marks(k)); };
          if (istarts_with(name, "Emtree ")) {
            // Emtree's terms as its RIS gives them, without their subheadings
            // ("keratin (endogenous compound)" is KW keratin); a term a cell in
            // Embase's Fields by Row (joined by "; " there).  Which terms are
            // the work's major focus, and their subheadings, nothing else
            // says: the column is kept as written too (and names the
            // database: database_of).
            auto term = [&](std::string_view k) {
              if (std::size_t open = k.find(" ("); open != std::string_view::npos && k.back() == ')')
                k = trim(k.substr(0, open));
              add(k);
            };
            if (v.find(';') != std::string_view::npos) for_each_list_item(v, ";", term);
            else for_each_term(v, true, term);
            r.add_extra(name, std::string(v));
          } else if (std::vector<std::string> items; !refnet_table && quoted_list(v, items)) {
            // "['Estrogen', 'Human']": a review's sheet written by pandas.
            for (const std::string& k : items) add(k);
          } else if (refnet_table || v.find(';') != std::string_view::npos) {
            for_each_list_item(v, ";", add);
          } else if (v.find('|') != std::string_view::npos) {
            for_each_list_item(v, "|", add);
          } else {
            for_each_term(v, false, add);
          }
          break;
        }
        case Col::doi: {
          // Rayyan: "10.1002/ar.25520     LK  - https://..." (RIS left in
          // the cell): the DOI before the space, the cell kept.
          std::string_view token = v.substr(0, v.find_first_of(" \t"));
          if (token.size() < v.size() && normalize_doi(token)) {
            diags.warning(at, name + " holds more than a DOI: " + std::string(token) + " read, the cell kept in extra");
            r.add_extra(name, std::string(v));
            v = token;
          }
          read_doi_cell(v, name, at, diags, r);
          break;
        }
        case Col::pmid:
          // Cochrane: "PUBMED 37362617"; Abstrackr: 0 for none.
          if (istarts_with(v, "PUBMED ")) v.remove_prefix(7);
          if (v != "0") read_pmid_cell(v, name, at, diags, r);
          break;
        case Col::pmcid: r.pmcid = std::string(v); break;
        case Col::issn:
        case Col::isbn: {
          // OpenAlex: "0195-6671|1095-998X"; Rayyan: ["1932-8494", "1932-8486"] (classify_sn reads both).
          read_sn_cell(pipes_to_semicolons(v), name, at, diags, r);
          break;
        }
        case Col::publisher:
          // Google Scholar's "publisher" is often the site it found the
          // work on ("researchgate.net", "books.google.com"): no publisher.
          if (is_web_host(v)) {
            r.add_extra(name, std::string(v));
            if (host_publishers++ == 0) first_host_publisher = at;
            auto h = std::find_if(hosts.begin(), hosts.end(), [&](const auto& e) { return e.first == v; });
            if (h == hosts.end()) hosts.emplace_back(std::string(v), 1);
            else ++h->second;
          } else {
            r.publisher = std::string(v);
          }
          break;
        case Col::place: r.publisher_place = std::string(v); break;
        case Col::url:
          url_name = name;
          url_at = at;
          // "https://onlinelibrary.wiley.com/doi/abs/...;http://dx.doi.org/...",
          // RefWorks' "https://... https://..." (every link it knows), Rayyan's
          // "https://...     U2  - L2029880245" (RIS left in the cell): the
          // first link, the cell kept, said once a file.
          if (std::size_t cut = std::min(v.find(";http"), v.find_first_of(" \t\n")); cut != std::string_view::npos &&
              istarts_with(v, "http")) {
            r.url = std::string(trim(v.substr(0, cut)));
            r.add_extra(name, std::string(v));
            if (more_than_links++ == 0) first_more_than_link = at;
          } else {
            r.url = std::string(v);
            // database_of names Embase by this column (a tool's table, Rayyan's, links embase.com too).
            if (name == "Embase Link") r.add_extra(name, std::string(v));
          }
          break;
        case Col::language: r.language = std::string(v); break;
        case Col::type: {
          // Zotero's CSV names its item types as Zotero does ("blogPost",
          // "presentation", "podcast"): the CSL types Zotero maps them to.
          const std::string_view zotero = iequals(name, "Item Type") ? zotero_csl_type(v) : std::string_view();
          std::string t = refnet_table && is_csl_type(v) ? std::string(v)
                          : !zotero.empty()               ? std::string(zotero)
                          : iequals(name, "TY")           ? csl_type_of_ris(v)
                                                          : csl_type_of(v);
          if (!t.empty() && !typed) r.type = t, typed = true;
          else r.add_extra(name, std::string(v));
          break;
        }
        case Col::references:
          if (!read_openalex_references(v, r)) r.add_extra(name, std::string(v));
          break;
        case Col::extra:
          // Zotero's Extra: its lines as Zotero's other exports' ("DOI:" of
          // an item type without a DOI field, "PMID:"...), the rest in extra.
          if (zotero_table && name == "Extra") {
            for (const std::string& line : split_list(v, "\r\n"))
              read_zotero_extra_line(line, r, diags, at, extra_joins);
            break;
          }
          if (europepmc_table && iequals(name, "EXTERNAL_ID")) {
            epmc_id = std::string(v);
            epmc_id_col = i;
            epmc_id_at = at;
            break;
          }
          if (unnamed[i] && unnamed_values++ == 0) first_unnamed = at;
          valued[i] = true;
          // A date column a spreadsheet saved as day numbers ("Date
          // Added" 44259.5242): the date, said (not refnet's own table).
          if (refnet_table) r.add_extra(name, std::string(v));
          else add_extra_cell(v, name, at, diags, r, extra_dates_said);
          break;
      }
    }
    if (bibliometrix) read_bibliometrix_row(r, full_names, full_at, ut, cited, cited_at, pg);
    if (europepmc_table) {
      epmc_source = std::move(source);
      source.clear();
      if (!epmc_source.empty()) r.add_extra("SOURCE", epmc_source);
      if (!epmc_id.empty() && epmc_source == "MED" && r.pmid.empty()) {
        read_pmid_cell(epmc_id, "EXTERNAL_ID", epmc_id_at, diags, r);
      } else if (!epmc_id.empty()) {
        valued[epmc_id_col] = true;
        r.add_extra("EXTERNAL_ID", epmc_id);
      }
    }
    // "Source" is the journal where no other column names it (Cochrane);
    // beside one (Embase's citation line) it is kept.  Embase's CSV before
    // 2020 has no other: its Source is the whole citation ("Cancer (2004)
    // 102:4 (253-258). Date of Publication: 25 Aug 2004"), read for the
    // journal and what the row's own columns left empty, and kept.
    // Embase's article number is in its citation line only ("Medicine in
    // Drug Discovery (2024) 21 Article Number: 100172. Date of
    // Publication: ..."): read where the row has none, the line kept.
    auto article_number = [&](const SourceParts& s) {
      if (r.number.empty() && !s.number.empty() && ascii_lower(source).find("article number:") != std::string::npos)
        r.number = s.number;
    };
    if (!source.empty() && !r.container_title.empty()) {
      article_number(parse_source_string(source));
      // The Virtual Health Library's and SciELO's CSV: the volume, issue and
      // pages only in Source, after the journal's name and a ';'.
      if (CitedIn c = cited_after_journal(source, r.container_title); !c.volume.empty() || !c.issue.empty() || !c.pages.empty()) {
        bool read = false;
        if (r.volume.empty() && !c.volume.empty()) r.volume = c.volume, read = true;
        if (r.issue.empty() && !c.issue.empty()) r.issue = c.issue, read = true;
        if (r.pages.empty() && first.empty() && !c.pages.empty()) r.pages = c.pages, read = true;
        if (read && sources_read.second++ == 0) sources_read.first = row.offset, first_source_read = source;
      }
      r.add_extra("Source", source);
    } else if (!source.empty()) {
      SourceParts s = parse_source_string(source);
      if (s.date.year && !s.journal.empty() && (!s.volume.empty() || !s.pages.empty() || !s.number.empty())) {
        r.container_title = s.journal;
        if (r.volume.empty()) r.volume = s.volume;
        if (r.issue.empty()) r.issue = s.issue;
        if (r.pages.empty() && first.empty()) r.pages = s.pages;
        article_number(s);
        if (!r.issued.year && !year.year) r.issued = s.date;
        r.add_extra("Source", source);
      } else {
        r.container_title = source;
      }
    }
    // ACM DL's "booktitle": the work's own title where the row has none (a
    // book, a volume of proceedings, a technical report), else the
    // proceedings of a paper (ACM types it "article" as it does a journal's).
    if (!booktitle.empty()) {
      if (r.title.empty()) {
        r.title = booktitle;
      } else if (r.container_title.empty()) {
        r.container_title = booktitle;
        if (r.type.empty() || r.type == "article-journal") r.type = "paper-conference";
      } else {
        r.add_extra("booktitle", booktitle);
      }
    }
    // A link to the work's DOI ("https://doi.org/10...", a publisher's
    // "/doi/abs/10..." page) when the row gives none, as the RIS and BibTeX
    // readers take it.
    if (r.doi.empty() && !r.url.empty())
      if (auto d = doi_in_url(r.url, url_name, diags, url_at)) r.doi = std::move(*d);
    // Publish or Perish's DOI is Google Scholar's, taken from the page's
    // address: a page that goes on after the DOI (taylorfrancis.com, Oxford
    // Academic) gave it the page's path.
    if (!r.doi.empty() && !r.url.empty())
      if (std::size_t n = doi_length_in_page(r.doi, r.url); n < r.doi.size()) {
        diags.warning(row.offset, "DOI " + r.doi + " is the DOI of the page " + r.url +
                                      " with the page's path after it: " + r.doi.substr(0, n) + " kept");
        r.doi.resize(n);
      }
    // No type the row says and no journal or book it is in (Google Scholar's
    // rows in Publish or Perish: a thesis, a report, a web page as often as
    // an article): a document, not a journal article without a journal.
    if (!typed && r.type == "article-journal" && r.container_title.empty()) r.type = "document";
    // EBSCOhost writes the first page and the count of pages: the last page
    // is first + count - 1 (its RIS of the same records has it as EP).
    if (last.empty() && !first.empty() && first.size() <= 6 && all_digits(first) && !page_count.empty() &&
        page_count.size() <= 4 && all_digits(page_count) && std::stoi(page_count) > 1)
      last = std::to_string(std::stoi(first) + std::stoi(page_count) - 1);
    if (r.pages.empty() && !first.empty()) {
      r.pages = last.empty() || last == first ? first : first + "-" + last;
    } else if (r.pages.empty() && !last.empty() && iequals(last_name, "Other Pages")) {
      // RefWorks' "Other Pages" without a "Start Page" is the whole range or
      // the article's number ("S105", "e0144626"), as RIS's OP alone is.
      r.pages = last;
    } else if (!first.empty() || !last.empty()) {
      if (r.pages.empty())
        diags.warning(last_at, last_name + " '" + last + "' without a first page: kept in extra, not read as the pages");
      r.add_extra("Start/End Page", first + "-" + last);
    }
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
      diags.report(Severity::note, row.offset, said);
    settle_serial_date(serial, year, diags, r, serial_date_said);
    settle_year(year, date_name, diags, r);
    if (date_name == "publicationDate" && cover_col < row.cells.size()) {
      const std::string_view cover = trim(row.cells[cover_col]);
      if (drop_issue_first_day(r.issued, cover) && !issue_first_day_said) {
        issue_first_day_said = true;
        diags.warning(row.offset, "publicationDate's day 01 beside coverDate '" + std::string(cover) +
                                      "' is EBSCO's first day of the issue's " + (r.issued.month ? "month" : "year") +
                                      ", no day: read as " + format_date(r.issued) +
                                      " (said once a file; coverDate kept in extra)");
      }
    }
    if (!month.empty()) {
      // "3", "03", or the month's name ("September": ACM DL's CSV; it was
      // dropped without a word where the date had no month).
      std::string_view word = month;
      if (!word.empty() && word.back() == '.') word.remove_suffix(1);
      int m = word.size() <= 2 && std::all_of(word.begin(), word.end(), is_digit) ? std::stoi(std::string(word))
              : word.find_first_of(" -/") == std::string_view::npos ? month_from_prefix(word)
                                                                    : 0;
      if (m < 1 || m > 12) {
        diags.warning(month_at, month_name + " is not a month, kept in extra: " + month);
        r.add_extra("Month", month);
      } else if (!r.issued.month && r.issued.year) {
        r.issued.month = m;
      } else if (m != r.issued.month) {
        if (r.issued.month)
          diags.warning(month_at, (date_name.empty() ? std::string("the date") : date_name) + " says month " +
                                      std::to_string(r.issued.month) + ", " + month_name + " says " + month +
                                      ": kept " + std::to_string(r.issued.month) + " as the month and " + month +
                                      " in extra");
        r.add_extra("Month", month);
      }
    }
    if (!month_day.empty()) {
      // "03/30"; free text ("Spring") is kept as written.
      const bool mmdd = month_day.size() == 5 && month_day[2] == '/' && is_digit(month_day[0]) &&
                        is_digit(month_day[1]) && is_digit(month_day[3]) && is_digit(month_day[4]);
      const int m = mmdd ? std::stoi(month_day.substr(0, 2)) : 0, day = mmdd ? std::stoi(month_day.substr(3)) : 0;
      if (m >= 1 && m <= 12 && day >= 1 && day <= 31 && r.issued.year && !r.issued.month)
        r.issued.month = m, r.issued.day = day;
      else if (!mmdd || m != r.issued.month || day != r.issued.day) r.add_extra(month_day_name, month_day);
    }
    // The row's own columns read (its year too), a cell's record fills what they leave.
    for (const auto& [i, f] : record_cells)
      if (!merge_cell_record(text, row.offsets[i], row.cells[i], f, names[i], r, typed, diags, cell_records)) {
        valued[i] = true;
        r.add_extra(names[i], row.cells[i]);
      }
    // A row of refnet's own table is a work the library kept and wrote, with
    // whatever it holds (biber's test entries: a key and pages; a RIS record
    // of notes only: its key): read as the record it is, not rejected
    // (session 64's round trip rejected 64 such rows of the corpora).
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty() || !r.pmid.empty() ||
           (refnet_table &&
            std::any_of(row.cells.begin(), row.cells.end(), [](const std::string& c) { return !trim(c).empty(); }));
  };
  // A row narrower than the header is read as its first columns (Abstrackr
  // writes its unlabelled citations as a second table of 8 columns), said.
  auto fits = [&](const CsvRow& row) {
    if (row.cells.size() == cols.size()) return true;
    if (row.cells.size() < 2 || row.cells.size() > cols.size()) return false;
    diags.warning(row.offset, "row has " + std::to_string(row.cells.size()) + " cells, the header " +
                                  std::to_string(cols.size()) + ": read as the first " +
                                  std::to_string(row.cells.size()) + " columns");
    return true;
  };
  ParseStats stats;
  if (by_row.blocks.empty()) stats = read_csv_records(text, reader, cols.size(), diags, sink, "table", "table", build, fits);
  for (FieldsByRow::Block& b : by_row.blocks) {
    Record r;
    if (b.malformed) {
      ++stats.rejected;  // the reader said what is wrong
    } else if (!build(b.row, r)) {
      diags.error(b.row.offset, "record has no title, no author and no DOI; skipped");
      ++stats.rejected;
    } else {
      for (auto& [name, value] : b.more) r.add_extra(name, value);
      deliver_record(std::move(r), "table", text.substr(b.row.offset, b.end - b.row.offset),
                     diags.line_of(b.row.offset), diags, stats, sink);
    }
  }
  guesses.say(diags);
  say_cell_records(cell_records, diags);
  for (const auto& [cut, how] : {std::pair<const CutLists*, const char*>{&cut_ends, "cut short by the source: the names after their last name"},
                                 {&cut_starts, "cut at their start by the source: the names before their first name"}})
    if (cut->count > CutLists::kSaidHere) {
      const std::size_t more = cut->count - CutLists::kSaidHere;
      diags.warning(cut->at, std::to_string(more) + " more " + cut->column + (more > 1 ? " cells " : " cell ") + how +
                                 " are missing (an ellipsis ends or begins the list)");
    }
  if (bibtex_residue.second > 0)
    diags.warning(bibtex_residue.first,
                  std::to_string(bibtex_residue.second) + (bibtex_residue.second == 1 ? " cell ends" : " cells end") +
                      " in a '}' it never opened, BibTeX's left by the tool that wrote the table (RefWorks reading "
                      "Web of Science's BibTeX; the first '" + std::string(utf8_prefix(first_residue, 60)) +
                      "'): read without it, its \\&, \\% and \\_ as the characters");
  if (sources_read.second > 0)
    diags.report(Severity::note, sources_read.first,
                 std::to_string(sources_read.second) + (sources_read.second == 1 ? " row's" : " rows'") +
                     " volume, issue or pages read from Source, after the journal's name (the Virtual Health "
                     "Library's and SciELO's citation, '" + first_source_read + "'), where the row's own columns "
                     "have none; Source kept");
  if (scielo_pairs.second > 0)
    diags.report(Severity::note, scielo_pairs.first, std::to_string(scielo_pairs.second) +
                                       (scielo_pairs.second == 1 ? " names cell" : " names cells") +
                                       " of SciELO's CSV join 'Family, Given' pairs by commas: read pair by pair "
                                       "(an odd number of pieces is left one name, said)" +
                                       (scielo_organisations.second
                                            ? "; " + std::to_string(scielo_organisations.second) +
                                                  (scielo_organisations.second == 1 ? " piece names an organisation"
                                                                                    : " pieces name an organisation") +
                                                  " ('" + first_scielo_organisation + "'): read as a name alone"
                                            : std::string()));
  if (ampersands.second > 0)
    diags.warning(ampersands.first, std::to_string(ampersands.second) +
                                        (ampersands.second == 1 ? " names cell holds" : " names cells hold") +
                                        " APA's list of names, an '&' before the last: the '&' read as a comma, "
                                        "family names and initials in turn; the first '" + first_ampersand + "'");
  extra_joins.say(diags);
  if (host_publishers > 0) {
    // The file's own sites, the most frequent first (a tie: first seen).
    std::stable_sort(hosts.begin(), hosts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string named;
    for (std::size_t i = 0; i < hosts.size() && i < 3; ++i) named += (i ? ", '" : "'") + hosts[i].first + "'";
    if (hosts.size() > 3) named += ", and " + std::to_string(hosts.size() - 3) + " more";
    diags.warning(first_host_publisher, std::to_string(host_publishers) +
                                            " publishers are the web site the work was found on (" + named +
                                            "), no publisher: kept in extra");
  }
  if (unnamed_values > 0) {
    std::string as;  // the unnamed columns that hold a value
    for (std::size_t i = 0; i < names.size(); ++i)
      if (unnamed[i] && valued[i]) as += (as.empty() ? "'" : ", '") + names[i] + "'";
    diags.warning(first_unnamed, std::to_string(unnamed_values) + (unnamed_values == 1 ? " value" : " values") +
                                     " in columns the header does not name: kept in extra as " + as);
  }
  // The named columns no slot reads (or a second one of a filled slot)
  // that held a value: said once a file, where the header names the first.
  std::string unread;
  std::size_t unread_n = 0, first_unread = layout.header;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (cols[i] == Col::extra && !unnamed[i] && valued[i]) {
      if (unread_n++ == 0 && i < header.offsets.size()) first_unread = header.offsets[i];
      unread += (unread.empty() ? "\"" : ", \"") + names[i] + "\"";
    }
  if (unread_n > 0)
    diags.warning(first_unread, (unread_n == 1 ? "column " : "columns ") + unread +
                                    " not read into a field: their values kept in extra under the column's name");
  if (more_than_links > 0)
    diags.warning(first_more_than_link, std::to_string(more_than_links) +
                                            (more_than_links == 1 ? " URL cell holds" : " URL cells hold") +
                                            " more than one link (or text after it): the first link read, the cell "
                                            "kept in extra");
  if (copyrights > 0)
    diags.report(Severity::note, first_copyright,
                 std::to_string(copyrights) + (copyrights == 1 ? " abstract ends" : " abstracts end") +
                     " in EBSCO's copyright statement ('Copyright of ... is the property of ...', its RIS's second "
                     "AB): cut from the abstract, kept in extra under the column's name");
  if (twice_escaped > 0)
    diags.warning(first_twice, std::to_string(twice_escaped) + (twice_escaped == 1 ? " cell holds" : " cells hold") +
                                   " character references escaped twice ('&amp;gt;'): decoded to the character");
  if (cut_titles + cut_sources > 0)
    diags.warning(first_cut, std::to_string(cut_titles) + " titles and " + std::to_string(cut_sources) +
                                 " sources end in an ellipsis or begin with one: the source cut them short (Google "
                                 "Scholar does); kept as written, a duplicate from another database gives the whole "
                                 "text");
  if (cut_abstracts > 0)
    diags.warning(first_cut_abstract, std::to_string(cut_abstracts) +
                                          " abstracts begin or end in an ellipsis: snippets of the abstract, cut short "
                                          "by the source (Google Scholar's); kept as written");
  return stats;
}

}  // namespace refnet
