// CSV and TSV tables: one row a work, a header row, the columns chosen by
// name (ExportOptions::columns).
//
// Quoting follows RFC 4180 for both separators: a cell holding the
// separator, a double quote, CR or LF is quoted, its quotes doubled; rows
// end with CRLF.  Python's csv module (excel and excel-tab dialects),
// LibreOffice and R's readr read this.  UTF-8, with a BOM when asked (Excel
// takes a file without one for the local 8-bit code page).
//
// Lists in one cell (authors, keywords, ISSNs, references) are joined with
// "; ", which neither bibliographic values nor spreadsheets use otherwise.
// `format` is the record's provenance: for a merged work, the format of the
// source its view names.  `id` (the work's id in the library), `sources` (every source's label), `tags`,
// `decision` and `reason` (its screening decision) are the work's, from
// ExportOptions::work_facts; without them `sources` is the file the view's
// record came from.
//
// `--columns scopus` writes the columns of a Scopus CSV export, under
// Scopus's names and in its order, with its cell formats ("Family I.J.;" in
// Authors, "Family, Given" in Author full names, pages split into start and
// end, ISSN without its hyphen), so that bibliometrix's
// convert2df(dbsource = "scopus", format = "csv") reads it.  Columns refnet
// has no value for (Author(s) ID, Cited by, CODEN, ...) are there, empty, as
// Scopus leaves a cell it has nothing for.
#include <algorithm>
#include <stdexcept>

#include "refnet/exporter.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

void join_into(std::string& out, const std::vector<std::string>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += "; ";
    out += items[i];
  }
}

// "Family, Given" (particle and suffix where CSL puts them), or the literal.
std::string full_name(const Creator& c) {
  if (c.is_literal()) return c.literal;
  std::string s = c.full_family();
  if (!c.given.empty()) s += ", " + c.given;
  if (!c.suffix.empty()) s += ", " + c.suffix;
  return s;
}



// Scopus's "Authors" form: "Baird J.K.", "van der Berg A.", a literal as it is.
std::string scopus_name(const Creator& c) {
  if (c.is_literal()) return c.literal;
  std::string s = c.full_family();
  std::string ini = initials(c.given);
  if (!ini.empty()) {
    s += ' ';
    for (char ch : ini) {
      s += ch;
      s += '.';
    }
  }
  return s;
}

// The names CSV can list ("and others" is no name), "; " between them, each
// as `form` writes it.
void names_into(std::string& out, const std::vector<Creator>& names, std::string (*form)(const Creator&) = full_name) {
  bool first = true;
  for (const Creator& c : names) {
    if (c.empty() || is_others(c)) continue;
    if (!first) out += "; ";
    first = false;
    out += form(c);
  }
}

// "235-256" -> start "235", end "256"; "e0196716" is a start alone.
std::pair<std::string_view, std::string_view> page_range(std::string_view pages) {
  std::size_t dash = pages.find('-');
  if (dash == std::string_view::npos) return {trim(pages), {}};
  return {trim(pages.substr(0, dash)), trim(pages.substr(dash + 1))};
}

std::string reference_text(const Reference& ref) {
  if (!ref.raw.empty()) return ref.raw;
  std::string s;
  auto add = [&s](std::string_view part, std::string_view before = ", ") {
    if (part.empty()) return;
    if (!s.empty()) s += before;
    s += part;
  };
  add(ref.author);
  add(ref.title);
  if (!ref.year.empty()) add("(" + ref.year + ")");
  add(ref.container, " ");
  add(ref.volume);
  if (!ref.first_page.empty()) add("p. " + ref.first_page);
  if (!ref.doi.empty()) add("DOI: " + ref.doi);
  return s;
}

// A reference Web of Science wrote ("Bernasconi G, 1996, P ROY SOC B-BIOL
// SCI, V263, P509, DOI 10.1098/..."): its second part a year.
bool wos_form(std::string_view raw) {
  std::size_t a = raw.find(", ");
  if (a == std::string_view::npos) return false;
  std::string_view rest = raw.substr(a + 2);
  std::string_view year = rest.substr(0, rest.find(','));
  return year.size() == 4 && all_digits(year);
}

// The reference as Scopus writes one: "Family, I.J., Title (Year) Source,
// Volume, p. First." (a WoS author "Bernasconi G" as "Bernasconi, G.").
std::string scopus_reference_text(const Reference& ref) {
  if (!wos_form(ref.raw)) return reference_text(ref);
  std::string s;
  std::string_view author = trim(ref.author);
  if (std::size_t space = author.rfind(' '); space != std::string_view::npos && !author.empty() &&
                                             in_capitals(author.substr(space + 1)) && author.find(',') == std::string_view::npos) {
    s += std::string(author.substr(0, space)) + ", ";
    for (char c : author.substr(space + 1))
      if (is_alpha(c)) s += std::string(1, c) + ".";
  } else {
    s += std::string(author);
  }
  auto add = [&s](std::string_view part, std::string_view before) {
    if (part.empty()) return;
    if (!s.empty()) s += before;
    s += part;
  };
  add(ref.title, ", ");
  if (!ref.year.empty()) add("(" + ref.year + ")", s.empty() ? "" : (ref.title.empty() ? ", " : " "));
  add(ref.container, " ");
  add(ref.volume, ", ");
  if (!ref.first_page.empty()) add("p. " + ref.first_page, ", ");
  return s;
}

// Scopus's References cell: "; " between references (as bibliometrix reads
// it), though a Scopus reference has "; " between its own authors.  Each in
// Scopus's form, also those of a work whose reference list is Web of
// Science's (bibliometrix reads Scopus's form from a Scopus table).
void references_into(const Record& r, std::string& o) {
  for (std::size_t i = 0; i < r.references.size(); ++i) {
    if (i) o += "; ";
    o += scopus_reference_text(r.references[i]);
  }
}

// refnet's `references` column: one reference a line of the cell, so that
// the table reader gets each back whole ("Aria M.; Cuccurullo C., ...",
// "...CO;2-8" hold ';').
void reference_lines_into(const Record& r, std::string& o) {
  for (std::size_t i = 0; i < r.references.size(); ++i) {
    if (i) o += '\n';
    o += collapse_space(reference_text(r.references[i]));
  }
}

std::string scopus_type(std::string_view csl) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {"article-journal", "Article"}, {"review", "Review"},           {"book", "Book"},
      {"chapter", "Book chapter"},    {"paper-conference", "Conference paper"}, {"report", "Report"},
      {"article", "Article"},         {"article-magazine", "Article"}, {"article-newspaper", "Article"},
  };
  for (const auto& [from, to] : kTypes)
    if (from == csl) return std::string(to);
  return std::string(csl);
}

// Which parts of a record a column reads (see RecordParts).
enum Needs : unsigned { kPlain = 0, kCreators = 1, kAbstract = 2, kReferences = 4, kExtra = 8 };

struct Column {
  std::string_view name;    // as --columns names it
  std::string_view header;  // the header cell
  unsigned needs;
  void (*cell)(const Record&, std::string&);
  // A fact of the work rather than its record (ExportOptions::work_facts):
  // taken from there when given, else `cell` writes what the record knows.
  std::string WorkFacts::*fact = nullptr;
};

// refnet's own columns, by the names of the Record fields.
constexpr Column kColumns[] = {
    {"id", "id", kPlain, [](const Record&, std::string&) {}, &WorkFacts::id},
    {"key", "key", kPlain, [](const Record& r, std::string& o) { o += r.citekey; }},
    {"type", "type", kPlain, [](const Record& r, std::string& o) { o += r.type; }},
    {"authors", "authors", kCreators, [](const Record& r, std::string& o) { names_into(o, r.authors); }},
    {"editors", "editors", kCreators, [](const Record& r, std::string& o) { names_into(o, r.editors); }},
    {"year", "year", kPlain, [](const Record& r, std::string& o) { if (r.issued.year) o += std::to_string(r.issued.year); }},
    {"date", "date", kPlain, [](const Record& r, std::string& o) { o += format_date(r.issued); }},
    {"title", "title", kPlain, [](const Record& r, std::string& o) { o += strip_rich_text(r.title); }},
    {"container", "container", kPlain, [](const Record& r, std::string& o) { o += r.container_title; }},
    {"container_short", "container_short", kPlain, [](const Record& r, std::string& o) { o += r.container_title_short; }},
    {"volume", "volume", kPlain, [](const Record& r, std::string& o) { o += r.volume; }},
    {"issue", "issue", kPlain, [](const Record& r, std::string& o) { o += r.issue; }},
    {"pages", "pages", kPlain, [](const Record& r, std::string& o) { o += r.pages; }},
    {"number", "number", kPlain, [](const Record& r, std::string& o) { o += r.number; }},
    {"publisher", "publisher", kPlain, [](const Record& r, std::string& o) { o += r.publisher; }},
    {"place", "place", kPlain, [](const Record& r, std::string& o) { o += r.publisher_place; }},
    {"doi", "doi", kPlain, [](const Record& r, std::string& o) { o += r.spelled_doi(); }},
    {"pmid", "pmid", kPlain, [](const Record& r, std::string& o) { o += r.pmid; }},
    {"pmcid", "pmcid", kPlain, [](const Record& r, std::string& o) { o += r.pmcid; }},
    {"wos_ut", "wos_ut", kPlain, [](const Record& r, std::string& o) { o += r.wos_ut; }},
    {"scopus_eid", "scopus_eid", kPlain, [](const Record& r, std::string& o) { o += r.scopus_eid; }},
    {"issn", "issn", kPlain, [](const Record& r, std::string& o) { join_into(o, r.issn); }},
    {"isbn", "isbn", kPlain, [](const Record& r, std::string& o) { join_into(o, r.isbn); }},
    {"url", "url", kPlain, [](const Record& r, std::string& o) { o += r.url; }},
    {"language", "language", kPlain, [](const Record& r, std::string& o) { o += r.language; }},
    {"keywords", "keywords", kPlain, [](const Record& r, std::string& o) { join_into(o, r.keywords); }},
    {"abstract", "abstract", kAbstract, [](const Record& r, std::string& o) { o += r.abstract; }},
    {"references", "references", kReferences, reference_lines_into},
    {"nrefs", "nrefs", kReferences, [](const Record& r, std::string& o) { o += std::to_string(r.references.size()); }},
    {"sources", "sources", kPlain, [](const Record& r, std::string& o) { o += r.provenance.file; }, &WorkFacts::sources},
    {"format", "format", kPlain, [](const Record& r, std::string& o) { o += r.provenance.format; }},
    {"tags", "tags", kPlain, [](const Record&, std::string&) {}, &WorkFacts::tags},
    {"decision", "decision", kPlain, [](const Record&, std::string&) {}, &WorkFacts::decision},
    {"reason", "reason", kPlain, [](const Record&, std::string&) {}, &WorkFacts::reason},
    {"fulltext_decision", "fulltext_decision", kPlain, [](const Record&, std::string&) {}, &WorkFacts::fulltext_decision},
    {"fulltext_reason", "fulltext_reason", kPlain, [](const Record&, std::string&) {}, &WorkFacts::fulltext_reason},
    {"notes", "notes", kPlain, [](const Record&, std::string&) {}, &WorkFacts::notes},
};

constexpr std::string_view kDefaultColumns = "key,authors,year,title,container,volume,issue,pages,doi,url";

void affiliations_into(const Record& r, std::string& o, bool with_author) {
  std::vector<std::string> seen;
  bool first = true;
  for (const Creator& c : r.authors) {
    for (const std::string& a : c.affiliations) {
      if (!with_author) {
        if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
        seen.push_back(a);
      }
      if (!first) o += "; ";
      first = false;
      if (with_author) o += full_name(c) + ", ";
      o += a;
    }
  }
}

// The columns of a Scopus CSV export (2020 on), in its order.
constexpr Column kScopusColumns[] = {
    {"", "Authors", kCreators, [](const Record& r, std::string& o) { names_into(o, r.authors, scopus_name); }},
    {"", "Author full names", kCreators, [](const Record& r, std::string& o) { names_into(o, r.authors); }},
    {"", "Author(s) ID", kPlain, [](const Record&, std::string&) {}},
    {"", "Title", kPlain, [](const Record& r, std::string& o) { o += strip_rich_text(r.title); }},
    {"", "Year", kPlain, [](const Record& r, std::string& o) { if (r.issued.year) o += std::to_string(r.issued.year); }},
    {"", "Source title", kPlain, [](const Record& r, std::string& o) { o += r.container_title; }},
    {"", "Volume", kPlain, [](const Record& r, std::string& o) { o += r.volume; }},
    {"", "Issue", kPlain, [](const Record& r, std::string& o) { o += r.issue; }},
    {"", "Art. No.", kPlain, [](const Record& r, std::string& o) { o += r.number; }},
    {"", "Page start", kPlain, [](const Record& r, std::string& o) { o += page_range(r.pages).first; }},
    {"", "Page end", kPlain, [](const Record& r, std::string& o) { o += page_range(r.pages).second; }},
    {"", "Page count", kPlain, [](const Record&, std::string&) {}},
    {"", "Cited by", kPlain, [](const Record&, std::string&) {}},
    {"", "DOI", kPlain, [](const Record& r, std::string& o) { o += r.spelled_doi(); }},
    {"", "Link", kPlain, [](const Record& r, std::string& o) { o += r.url; }},
    {"", "Affiliations", kCreators, [](const Record& r, std::string& o) { affiliations_into(r, o, false); }},
    {"", "Authors with affiliations", kCreators, [](const Record& r, std::string& o) { affiliations_into(r, o, true); }},
    {"", "Abstract", kAbstract, [](const Record& r, std::string& o) { o += r.abstract; }},
    {"", "Author Keywords", kPlain, [](const Record& r, std::string& o) { join_into(o, r.keywords); }},
    {"", "Index Keywords", kPlain, [](const Record&, std::string&) {}},
    {"", "References", kReferences, references_into},
    {"", "Correspondence Address", kPlain, [](const Record&, std::string&) {}},
    {"", "Editors", kCreators, [](const Record& r, std::string& o) { names_into(o, r.editors); }},
    {"", "Publisher", kPlain, [](const Record& r, std::string& o) { o += r.publisher; }},
    {"", "ISSN", kPlain,
     [](const Record& r, std::string& o) {
       for (std::size_t i = 0; i < r.issn.size(); ++i) {
         if (i) o += "; ";
         for (char c : r.issn[i])
           if (c != '-') o += c;
       }
     }},
    {"", "ISBN", kPlain, [](const Record& r, std::string& o) { join_into(o, r.isbn); }},
    {"", "CODEN", kPlain, [](const Record&, std::string&) {}},
    {"", "PubMed ID", kPlain, [](const Record& r, std::string& o) { o += r.pmid; }},
    {"", "Language of Original Document", kPlain, [](const Record& r, std::string& o) { o += r.language; }},
    {"", "Abbreviated Source Title", kPlain, [](const Record& r, std::string& o) { o += r.container_title_short; }},
    {"", "Document Type", kPlain, [](const Record& r, std::string& o) { o += scopus_type(r.type); }},
    {"", "Publication Stage", kPlain, [](const Record&, std::string& o) { o += "Final"; }},
    {"", "Open Access", kPlain, [](const Record&, std::string&) {}},
    {"", "Source", kPlain, [](const Record& r, std::string& o) { o += r.scopus_eid.empty() ? "refnet" : "Scopus"; }},
    {"", "EID", kPlain, [](const Record& r, std::string& o) { o += r.scopus_eid; }},
};

// Names users type for refnet's columns (what other tools and formats call
// them), case, spaces and '-' aside: each the column of its canonical name,
// whose header it writes (the name refnet's table reader reads back).
constexpr std::pair<std::string_view, std::string_view> kColumnAliases[] = {
    {"journal", "container"},          {"journal_title", "container"},  {"journaltitle", "container"},
    {"source", "container"},           {"source_title", "container"},   {"container_title", "container"},
    {"publication", "container"},      {"journal_abbrev", "container_short"},
    {"journal_abbreviation", "container_short"}, {"container_title_short", "container_short"},
    {"author", "authors"},             {"editor", "editors"},           {"page", "pages"},
    {"keyword", "keywords"},           {"tag", "tags"},                 {"note", "notes"},
    {"citekey", "key"},                {"citation_key", "key"},         {"issued", "date"},
    {"publisher_place", "place"},      {"location", "place"},           {"address", "place"},
    {"article_number", "number"},      {"eid", "scopus_eid"},           {"ut", "wos_ut"},
    {"link", "url"},                   {"reference", "references"},
};

const Column* find_column(std::string_view typed) {
  std::string name;
  for (char c : trim(typed)) name += (c == ' ' || c == '-') ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [alias, canonical] : kColumnAliases)
    if (alias == name) name = std::string(canonical);
  for (const Column& c : kColumns)
    if (c.name == name) return &c;
  return nullptr;
}

std::vector<const Column*> select_columns(std::string_view spec) {
  std::vector<const Column*> out;
  if (trim(spec).empty()) spec = kDefaultColumns;
  if (iequals(trim(spec), "scopus")) {
    for (const Column& c : kScopusColumns) out.push_back(&c);
    return out;
  }
  for (const std::string& name : split_list(spec, ",")) {
    const Column* found = find_column(name);
    if (!found)
      throw std::invalid_argument("--columns: '" + name + "' is not a column (" + csv_column_list() + "; also " +
                                  csv_column_aliases() + ")");
    out.push_back(found);
  }
  return out;
}

class CsvRecordWriter : public RecordWriter {
 public:
  CsvRecordWriter(char sep, const ExportOptions& opt)
      : sep_(sep), bom_(opt.bom), columns_(select_columns(opt.columns)), facts_(opt.work_facts) {}

  void begin(std::string& out) override {
    if (bom_) out += "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (i) out += sep_;
      put_cell(out, columns_[i]->header);
    }
    out += "\r\n";
  }
  void record(std::string& out, const Record& r) override {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (i) out += sep_;
      cell_.clear();
      const Column& c = *columns_[i];
      const WorkFacts* f = nullptr;
      if (c.fact && facts_)
        if (auto it = facts_->find(r.citekey); it != facts_->end()) f = &it->second;
      // A work without sources in the library (its facts give other
      // columns): its record's file, as for a work with no facts.
      if (f && !(f->*c.fact).empty()) cell_ += f->*c.fact;
      else c.cell(r, cell_);
      put_cell(out, cell_);
    }
    out += "\r\n";
  }
  RecordParts parts() const override {
    unsigned needs = 0;
    for (const Column* c : columns_) needs |= c->needs;
    RecordParts p;
    p.creators = needs & kCreators;
    p.abstract = needs & kAbstract;
    p.references = needs & kReferences;
    p.extra = needs & kExtra;
    return p;
  }

 private:
  char sep_;
  bool bom_;
  std::vector<const Column*> columns_;
  const std::unordered_map<std::string, WorkFacts>* facts_;
  std::string cell_;

  void put_cell(std::string& out, std::string_view s) const {
    bool quote = false;
    for (char c : s)
      if (c == sep_ || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    if (!quote) {
      out += s;
      return;
    }
    out += '"';
    for (char c : s) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
};

}  // namespace

std::string csv_column_list() {
  std::string out;
  for (const Column& c : kColumns) {
    if (!out.empty()) out += ", ";
    out += c.name;
  }
  return out;
}

std::string csv_record_columns() {
  std::string out;
  for (const Column& c : kColumns) {
    // A work's facts (id, sources, tags, decisions, notes), its references
    // (nrefs counts them) and the format its record was read from are no
    // field the table reader fills.
    if (c.fact || (c.needs & kReferences) || c.name == "format") continue;
    if (!out.empty()) out += ",";
    out += c.name;
  }
  return out;
}

std::string csv_column_aliases() {
  std::string out;
  for (const auto& [alias, canonical] : kColumnAliases) {
    if (!out.empty()) out += ", ";
    out += std::string(alias) + "=" + std::string(canonical);
  }
  return out;
}

std::unique_ptr<RecordWriter> csv_writer(const ExportOptions& opt) { return std::make_unique<CsvRecordWriter>(',', opt); }
std::unique_ptr<RecordWriter> tsv_writer(const ExportOptions& opt) { return std::make_unique<CsvRecordWriter>('\t', opt); }

}  // namespace refnet
