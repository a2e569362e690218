// SpringerLink's search-results CSV ("Download search results (CSV)"):
//
//   Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,Item DOI,Authors,
//   Publication Year,URL,Content Type
//   "Fuzzy Redundancy Mechanism ...","Fuzzy Information Processing 2020","","","",
//   "10.1007/978-3-030-81561-5_17","Amira Abo HozaifaAhmed Shawky Moussa","2022","http://link...","Chapter"
//
// Columns are found by their header names (RFC 4180 CSV, src/csv.cpp); a
// column the Record has no slot for is kept in `extra` under its name.
//
// Mapping rules:
// - "Authors" runs the names together with nothing between them ("Andy
//   SmithTom Weber"): the cell is cut where a lower-case letter is followed
//   by a capital ("Smith|Tom").  A capital after "Mc", "Mac", "De", "Di",
//   "Le", "La", "Du", "Van", "Von", "Fitz", "O'" ("McIntosh", "DeWitt") is
//   no cut; a name in capitals ("SMITHJane") cannot be cut: such a record
//   gets a warning saying the split is uncertain.  The cell is kept in extra
//   as written.  Honorifics ("Prof.", "Dr.") are no part of a name.
// - "Content Type" gives the type ("Article", "Chapter", "Conference paper",
//   "Book", "ReferenceWorkEntry", "Protocol") and is kept.
// - "Publication Title" is the container (the journal, the book of a
//   chapter); for a book it is its series, kept as collection-title.
//   "Book Series Title" is collection-title.
#include <algorithm>

#include "csv_rows.hpp"
#include "refnet/doi.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

enum class Col { extra, title, container, series, volume, issue, doi, authors, year, url, type };

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"Item Title", Col::title},       {"Publication Title", Col::container}, {"Book Series Title", Col::series},
    {"Journal Volume", Col::volume},  {"Journal Issue", Col::issue},         {"Item DOI", Col::doi},
    {"Authors", Col::authors},        {"Publication Year", Col::year},       {"URL", Col::url},
    {"Content Type", Col::type},
};

std::string springer_type(std::string_view t) {
  std::string l = ascii_lower(trim(t));
  if (l.find("conference") != std::string::npos) return "paper-conference";
  if (l == "chapter" || l == "protocol") return "chapter";
  if (l == "book" || l == "reference work" || l == "book series") return "book";
  if (l == "referenceworkentry" || l == "reference work entry") return "entry-encyclopedia";
  return "article-journal";
}

// Case of a code point: Latin letters (ASCII, Latin-1, Latin Extended-A,
// where capitals and small letters alternate).
int letter_case(char32_t c) {  // 1 capital, -1 small, 0 neither
  if (c >= 'A' && c <= 'Z') return 1;
  if (c >= 'a' && c <= 'z') return -1;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return 1;
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return -1;
  if (c >= 0x100 && c <= 0x17F) return (c % 2 == 0) ? 1 : -1;
  return 0;
}

// The word fragments after which a capital is part of the same name.
bool camel_case_prefix(std::string_view fragment) {
  static constexpr std::string_view kPrefixes[] = {"Mc", "Mac", "De", "Di", "Le", "La", "Du", "Da", "Van", "Von",
                                                   "Fitz", "O'", "D'"};
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [&](std::string_view p) { return fragment == p; });
}

// "Prof. Dr. Janusz Kacprzyk" -> "Janusz Kacprzyk".
std::string_view without_honorifics(std::string_view name) {
  static constexpr std::string_view kTitles[] = {"Prof. ", "Dr. ", "Prof ", "Dr ", "PD ", "Assoc. Prof. ", "Dr.-Ing. "};
  for (bool again = true; again;) {
    again = false;
    name = trim(name);
    for (std::string_view t : kTitles)
      if (starts_with(name, t) && name.size() > t.size()) {
        name.remove_prefix(t.size());
        again = true;
      }
  }
  return name;
}

struct SplitNames {
  std::vector<std::string> names;
  std::string doubt;  // why the split may be wrong; empty when sure
};

// "Andy SmithTom Weber" -> "Andy Smith", "Tom Weber".
SplitNames split_glued_names(std::string_view cell) {
  SplitNames out;
  std::size_t start = 0, word = 0;
  int prev = 0;
  for (std::size_t i = 0; i < cell.size();) {
    std::size_t at = i;
    char32_t c = next_utf8(cell, i);
    int k = letter_case(c);
    if (c == ' ' || c == '-') word = i;
    if (k == 1 && prev == -1) {
      std::string_view fragment = cell.substr(word, at - word);
      if (camel_case_prefix(fragment)) {
        if (out.doubt.empty()) {
          std::size_t e = cell.find(' ', word);
          out.doubt = "'" + std::string(cell.substr(word, e == std::string_view::npos ? e : e - word)) +
                      "' is not cut after '" + std::string(fragment) + "'";
        }
      } else {
        out.names.emplace_back(trim(cell.substr(start, at - start)));
        start = word = at;
      }
    }
    prev = k;
  }
  out.names.emplace_back(trim(cell.substr(start)));
  for (const std::string& n : out.names) {
    if (!out.doubt.empty()) break;
    std::vector<std::string_view> w = split_words(without_honorifics(n));
    // A name in capitals glued to the next ("SMITHJane Doe"), or a single word.
    for (std::string_view x : w) {
      std::size_t caps = 0;
      while (caps < x.size() && x[caps] >= 'A' && x[caps] <= 'Z') ++caps;
      if (caps >= 2 && caps < x.size() && x[caps] >= 'a' && x[caps] <= 'z')
        out.doubt = "'" + std::string(x) + "' may be two names run together";
    }
    if (out.doubt.empty() && w.size() == 1) out.doubt = "'" + n + "' is a single word";
    if (out.doubt.empty() && w.size() > 5) out.doubt = "'" + n + "' has " + std::to_string(w.size()) + " words";
  }
  return out;
}

}  // namespace

bool looks_like_springer_csv(std::string_view text) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string_view header = text.substr(0, text.find('\n'));
  return header.find("Item Title") != std::string_view::npos && header.find("Item DOI") != std::string_view::npos &&
         header.find("Content Type") != std::string_view::npos;
}

ParseStats parse_springer_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  std::vector<Col> cols;
  for (const std::string& n : names) cols.push_back(column_named(kColumns, n, Col::extra));

  auto build = [&](const CsvRow& row, Record& r) {
    std::string container;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      std::string_view v = trim(row.cells[i]);
      if (v.empty()) continue;
      const std::string& name = names[i];
      switch (cols[i]) {
        case Col::title: r.title = std::string(v); break;
        case Col::container: container = std::string(v); break;
        case Col::series: r.add_extra("collection-title", std::string(v)); break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue: r.issue = std::string(v); break;
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r); break;
        case Col::authors: {
          SplitNames split = split_glued_names(v);
          for (const std::string& n : split.names) {
            Creator c = parse_bibtex_name(without_honorifics(n));
            if (!c.empty()) r.authors.push_back(std::move(c));
          }
          drop_anonymous_creators(r.authors, name, diags, row.offsets[i]);
          if (!split.doubt.empty())
            diags.warning(row.offsets[i], name + " runs the names together: cut into " +
                                              std::to_string(split.names.size()) + ", uncertain (" + split.doubt +
                                              "); the cell is kept in extra");
          r.add_extra(name, std::string(v));
          break;
        }
        case Col::year:
          if (v.size() == 4 && std::all_of(v.begin(), v.end(), is_digit)) r.issued.year = std::stoi(std::string(v));
          else r.add_extra(name, std::string(v));
          break;
        case Col::url: r.url = std::string(v); break;
        case Col::type:
          r.type = springer_type(v);
          r.add_extra(name, std::string(v));
          break;
        case Col::extra: r.add_extra(name, std::string(v)); break;
      }
    }
    // A book's "Publication Title" is its series.
    if (r.type == "book" && !container.empty()) r.add_extra("collection-title", container);
    else r.container_title = container;
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  };
  return read_csv_records(text, reader, cols.size(), diags, sink, "springer-csv", "SpringerLink CSV", build);
}

}  // namespace refnet
