// SpringerLink's search-results CSV ("Download search results (CSV)"):
//
//   Item Title,Publication Title,Book Series Title,Journal Volume,Journal Issue,Item DOI,Authors,
//   Publication Year,URL,Content Type          ("Year" in exports since 2025)
//   "Fuzzy Redundancy Mechanism ...","Fuzzy Information Processing 2020","","","",
//   "10.1007/978-3-030-81561-5_17","Amira Abo HozaifaAhmed Shawky Moussa","2022","http://link...","Chapter"
//
// Columns are found by their header names (RFC 4180 CSV, src/csv.cpp); a
// column the Record has no slot for is kept in `extra` under its name.
//
// Mapping rules:
// - "Authors" runs the names together with nothing between them ("Andy
//   SmithTom Weber"): the cell is cut where a lower-case letter is followed
//   by a capital ("Smith|Tom"), or a Chinese name by a capital ("Xiao-qing
//   Chen 陈晓庆|Yu-jie Wang 王宇杰": the Chinese names are left to the cell,
//   with a note).  A capital after "Mc", "Mac", "Fitz", "O'", "D'"
//   ("McIntosh") is no cut; after "De", "Di", "Du", "Le", "La", "Da", "Van",
//   "Von" it is one when a name of two words follows ("Xiaobo Du|Hyun Kim",
//   not "Paul De|Francisco"), with a warning either way; a name in capitals
//   ("SMITHJane") cannot be cut, and a piece of one word is the start of the
//   next name ("Zhi|Hui Du" -> "ZhiHui Du"): such records get a warning
//   saying the split is uncertain.  The cell is kept in extra as written.  Titles
//   ("Prof.", "Dr.") are no part of a name: dropped, and said once a file.
// - "Content Type" gives the type ("Article", "Chapter", "Conference paper",
//   "Book", "ReferenceWorkEntry", "Protocol") and is kept.
// - "Publication Title" is the container (the journal, the book of a
//   chapter); for a book it is its series, kept as collection-title.
//   "Book Series Title" is collection-title.
#include <algorithm>

#include <utf8proc.h>

#include "csv_rows.hpp"
#include "refnet/doi.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// U+00A0 (no-break space) written as a plain space.
std::string no_break_spaces_as_spaces(std::string s) {
  for (std::size_t at; (at = s.find("\xC2\xA0")) != std::string::npos;) s.replace(at, 2, " ");
  return s;
}

enum class Col { extra, title, container, series, volume, issue, doi, authors, year, url, type };

constexpr std::pair<std::string_view, Col> kColumns[] = {
    {"Item Title", Col::title},       {"Publication Title", Col::container}, {"Book Series Title", Col::series},
    {"Journal Volume", Col::volume},  {"Journal Issue", Col::issue},         {"Item DOI", Col::doi},
    {"Authors", Col::authors},        {"Publication Year", Col::year},       {"URL", Col::url},
    {"Content Type", Col::type},      {"Year", Col::year},  // exports since 2025
};

// SpringerLink's content types, written with spaces or without
// ("Reference work entry", "ReferenceWorkEntry", "Living reference work
// entry"); "" for one not known (the record stays a generic document, the
// cell kept in extra).
std::string springer_type(std::string_view t) {
  std::string l;
  for (char c : ascii_lower(trim(t)))
    if (c != ' ') l += c;
  if (l.find("conference") != std::string::npos) return "paper-conference";
  if (l.find("referenceworkentry") != std::string::npos) return "entry-encyclopedia";
  if (l == "chapter" || l == "protocol") return "chapter";
  if (l == "book" || l == "referencework" || l == "bookseries") return "book";
  if (l == "article") return "article-journal";
  if (l == "journal") return "periodical";
  return "document";
}

// A letter's case by its Unicode category: 1 capital (Lu, Lt), -1 small
// (Ll), 2 another letter (Lo: Chinese, Japanese, Korean script), 0 none.
int letter_case(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? 1 : (c >= 'a' && c <= 'z') ? -1 : 0;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return 1;
    case UTF8PROC_CATEGORY_LL: return -1;
    case UTF8PROC_CATEGORY_LO: return 2;
    default: return 0;
  }
}

// Word starts after which a capital belongs to the same name ("McIntosh",
// "MacArthur", "FitzGerald", "O'Neil", "D'Angelo"): never a cut.
bool joins_capital(std::string_view fragment) {
  static constexpr std::string_view kPrefixes[] = {"Mc", "Mac", "Fitz", "O'", "D'"};
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [&](std::string_view p) { return fragment == p; });
}
// Words that are a family name of their own ("Xiaobo Du", "Hao De") as
// often as the start of one ("DeWitt", "LeBlanc", "VanDyke").
bool may_join_capital(std::string_view fragment) {
  static constexpr std::string_view kPrefixes[] = {"De", "Di", "Du", "Le", "La", "Da", "Van", "Von"};
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [&](std::string_view p) { return fragment == p; });
}

// "Xiao-qing Chen 陈晓庆": the name in Chinese script after the Latin one.
std::string_view without_other_script(std::string_view name) {
  std::size_t sp = name.rfind(' ');
  if (sp == std::string_view::npos) return name;
  std::string_view last = name.substr(sp + 1);
  for (std::size_t i = 0; i < last.size();)
    if (letter_case(next_utf8(last, i)) != 2) return name;
  return trim(name.substr(0, sp));
}

struct SplitNames {
  std::vector<std::string> names;
  std::string doubt;  // why the split may be wrong; empty when sure
  bool other_script = false;  // names in Chinese script dropped (the cell is kept)
};

// "Andy SmithTom Weber" -> "Andy Smith", "Tom Weber".
SplitNames split_glued_names(std::string_view cell) {
  struct Cut {
    std::size_t at;
    std::string_view fragment;  // the word start before the capital, when ambiguous
  };
  std::vector<Cut> cuts;
  SplitNames out;
  std::size_t word = 0;
  int prev = 0;
  for (std::size_t i = 0; i < cell.size();) {
    std::size_t at = i;
    char32_t c = next_utf8(cell, i);
    int k = letter_case(c);
    if (k == 1 && (prev == -1 || prev == 2)) {
      std::string_view fragment = cell.substr(word, at - word);
      if (!joins_capital(fragment)) cuts.push_back({at, may_join_capital(fragment) ? fragment : std::string_view()});
    }
    if (c == ' ' || c == '-') word = i;
    prev = k;
  }
  // An ambiguous cut ("Du|Hyun", "De|Francisco") is made when what follows
  // it, up to the next cut, is a name of two words or more.
  std::size_t start = 0;
  for (std::size_t n = 0; n < cuts.size(); ++n) {
    const Cut& c = cuts[n];
    if (!c.fragment.empty()) {
      std::size_t next = n + 1 < cuts.size() ? cuts[n + 1].at : cell.size();
      bool cut = trim(cell.substr(c.at, next - c.at)).find(' ') != std::string_view::npos;
      std::size_t e = cell.find(' ', c.at);
      std::string word_at(cell.substr(c.at - c.fragment.size(), e == std::string_view::npos ? e : e - c.at + c.fragment.size()));
      if (out.doubt.empty())
        out.doubt = "'" + word_at + "' " + (cut ? "cut" : "not cut") + " after '" + std::string(c.fragment) + "'";
      if (!cut) continue;
    }
    out.names.emplace_back(trim(cell.substr(start, c.at - start)));
    start = c.at;
  }
  out.names.emplace_back(trim(cell.substr(start)));
  // A piece of one word before another piece is the first half of a given
  // name written in two capitals ("ZhiHui Du", "WonWoo Ro"): joined again.
  for (std::size_t k = 0; k + 1 < out.names.size();) {
    const std::vector<std::string_view> words = split_words(out.names[k]);
    if (words.size() - leading_title_words(words) != 1) {
      ++k;
      continue;
    }
    if (out.doubt.empty()) out.doubt = "'" + out.names[k] + "' read as the start of '" + out.names[k] + out.names[k + 1] + "'";
    out.names[k + 1] = out.names[k] + out.names[k + 1];
    out.names.erase(out.names.begin() + static_cast<std::ptrdiff_t>(k));
  }
  for (std::string& n : out.names) {
    std::string_view latin = without_other_script(n);
    if (latin.size() != n.size()) {
      out.other_script = true;
      n = std::string(latin);
    }
  }
  for (const std::string& n : out.names) {
    if (!out.doubt.empty()) break;
    std::vector<std::string_view> w = split_words(n);
    w.erase(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(leading_title_words(w)));
    // A name in capitals glued to the next ("SMITHJane Doe"), or a single word.
    for (std::string_view x : w) {
      std::size_t caps = 0;
      while (caps < x.size() && x[caps] >= 'A' && x[caps] <= 'Z') ++caps;
      if (caps >= 2 && caps < x.size() && x[caps] >= 'a' && x[caps] <= 'z')
        out.doubt = "'" + std::string(x) + "' may be two names run together";
    }
    if (out.doubt.empty() && w.size() == 1) out.doubt = "'" + n + "' is a single word";
    if (out.doubt.empty() && w.size() > 6) out.doubt = "'" + n + "' has " + std::to_string(w.size()) + " words";
  }
  return out;
}

}  // namespace

bool looks_like_springer_csv(std::string_view text) {
  std::string_view header = csv_header_line(text);
  return header.find("Item Title") != std::string_view::npos && header.find("Item DOI") != std::string_view::npos &&
         header.find("Content Type") != std::string_view::npos;
}

ParseStats parse_springer_csv(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  CsvReader reader(text, diags);
  CsvRow header;
  if (!reader.next(header)) return {};
  const std::vector<std::string> names = csv_header_names(header);
  const std::vector<Col> cols = columns_named(kColumns, names, Col::extra);

  NameGuesses guesses;
  bool decimal_year_said = false;  // a year "2019.0", said once a file
  bool text_mark_said = false;     // a DOI "'10.1000/x": said once a file
  auto build = [&](const CsvRow& row, Record& r) {
    std::string container;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      std::string_view v = trim(row.cells[i]);
      if (v.empty()) continue;
      const std::string& name = names[i];
      switch (cols[i]) {
        // Springer's titles keep the line breaks and indentation of their
        // MathML ("CPU\n                $$+$$\n  +  GPU"): one space each.
        // Newer exports write the no-break spaces of a title as character
        // references ("Machine Unlearning in&#xa0;MRI Reconstruction"): decoded,
        // a no-break space is a space.
        case Col::title: r.title = collapse_space(no_break_spaces_as_spaces(decode_entities(v))); break;
        case Col::container: container = collapse_space(no_break_spaces_as_spaces(decode_entities(v))); break;
        case Col::series: r.add_extra("collection-title", std::string(v)); break;
        case Col::volume: r.volume = std::string(v); break;
        case Col::issue: r.issue = std::string(v); break;
        case Col::doi: read_doi_cell(v, name, row.offsets[i], diags, r, &text_mark_said); break;
        case Col::authors: {
          SplitNames split = split_glued_names(v);
          for (const std::string& n : split.names) {
            NameGuess guess;
            Creator c = parse_given_first_name(n, &guess);
            guesses.add(guess, name, n, c, row.offsets[i]);
            if (!c.empty()) r.authors.push_back(std::move(c));
          }
          drop_anonymous_authors(r, name, diags, row.offsets[i]);
          if (split.other_script)
            diags.report(Severity::note, row.offsets[i],
                         name + ": the names written again in Chinese script are left to the cell, kept in extra");
          if (!split.doubt.empty())
            diags.warning(row.offsets[i], name + " runs the names together: cut into " +
                                              std::to_string(split.names.size()) + ", uncertain (" + split.doubt +
                                              "); the cell is kept in extra");
          r.add_extra(name, std::string(v));
          break;
        }
        case Col::year:
          if (std::optional<int> y = year_cell(v, name, row.offsets[i], diags, r, decimal_year_said)) r.issued.year = *y;
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
  // A row that goes on past the named columns into the header's unnamed
  // ones ("...,Content Type,,,,,,,,,": a spreadsheet widened the table)
  // holds a second record when its line break was lost: the last named cell
  // is the content type, a '"', then the next record's title
  // ("Article\"Influence of Collaboration in ...", its other cells after it).
  std::size_t named = names.size();
  while (named > 0 && names[named - 1].empty()) --named;
  auto glued = [&](CsvRow& row, CsvRow& next) {
    if (named < 2 || row.cells.size() <= named) return false;
    std::size_t last_value = row.cells.size();
    while (last_value > named && trim(row.cells[last_value - 1]).empty()) --last_value;
    if (last_value == named) return false;
    const std::string& cell = row.cells[named - 1];
    std::size_t quote = cell.find('"');
    if (cols[named - 1] == Col::type && quote != std::string::npos && quote > 0 &&
        springer_type(cell.substr(0, quote)) != "document" && last_value - named <= named - 1) {
      next = CsvRow{};
      next.offset = row.offsets[named - 1] + quote + 1;
      next.cells.assign(row.cells.size(), "");
      next.offsets.assign(row.cells.size(), next.offset);
      next.cells[0] = cell.substr(quote + 1);
      for (std::size_t i = named; i < last_value; ++i) {
        next.cells[i - named + 1] = std::move(row.cells[i]);
        next.offsets[i - named + 1] = row.offsets[i];
        row.cells[i].clear();
      }
      row.cells[named - 1].resize(quote);
      diags.warning(next.offset, "a second record, '" + next.cells[0] + "', follows this row's content type '" +
                                     row.cells[named - 1] + "' in the same line (its line break lost): read as a record");
      return true;
    }
    std::size_t values = 0, first = last_value;
    for (std::size_t i = named; i < last_value; ++i)
      if (!trim(row.cells[i]).empty()) ++values, first = std::min(first, i);
    diags.warning(row.offsets[first], "row has " + std::to_string(values) + (values > 1 ? " values" : " value") +
                                          " in columns the header does not name: kept in extra");
    return false;
  };
  ParseStats stats = read_csv_records(text, reader, cols.size(), diags, sink, "springer-csv", "SpringerLink CSV", build,
                                      nullptr, glued);
  guesses.say(diags);
  return stats;
}

}  // namespace refnet
