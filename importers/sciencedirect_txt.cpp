// ScienceDirect's plain-text export ("Export citation to text", a .txt).
//
//   Thomas S. Bianchi, Ann Other,            <- the authors, given name first
//   Feeding ecology of subsurface ...,       <- the title
//   Journal of Experimental Marine Biology and Ecology,   <- the journal (a book's title)
//   Volume 115, Issue 1,                     <- "Volume 37, Part 1"; absent in press
//   1988,                                    <- the year
//   Pages 79-97,                             <- "100154," an article number; "," none
//   ISSN 0022-0981,                          <- "ISBN ..." for a book's chapter
//   https://doi.org/10.1016/0022-0981(88)90191-8.
//   (https://www.sciencedirect.com/science/article/pii/0022098188901918)
//   Abstract: This study describes ...       <- further lines continue it (structured abstracts)
//   Keywords: Benthic diatom; Deposit-feeder; Sediment transport
//
// A record is a block of lines between blank lines.  Its head runs to the
// line of its ScienceDirect address in parentheses and is read by place:
// the year line (four digits and a comma) parts it; before it the authors,
// the title and the journal, with the "Volume" and "Editor(s):" lines
// where they stand; after it the pages, ISSN or ISBN and DOI, each by its
// shape.  A head line that fits no place is kept in extra as
// "ScienceDirect text", with a warning; a block without the address line is
// no record and is said, skipped.
#include <algorithm>
#include <vector>

#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

constexpr std::string_view kFormat = "sciencedirect-txt";
constexpr std::string_view kAddress = "(https://www.sciencedirect.com/";

struct Line {
  std::string_view text;  // without its line end
  std::size_t offset;
};

bool is_year_line(std::string_view t) { return t.size() == 5 && t.back() == ',' && all_digits(t.substr(0, 4)); }

bool is_address_line(std::string_view t) { return starts_with(t, kAddress) && ends_with(t, ")"); }

// The value of a head line: without the comma that ends it.
std::string_view value_of(std::string_view t) {
  t = trim(t);
  if (!t.empty() && t.back() == ',') t.remove_suffix(1);
  return trim(t);
}

// "Volume 115, Issue 1", "Volume 37, Part 1", "Volume 40, Issues 1–2".
void read_volume(std::string_view v, Record& r) {
  bool first = true;
  for_each_list_item(v, ",", [&](std::string_view piece) {
    if (first) {
      r.volume = std::string(trim(piece.substr(std::string_view("Volume").size())));
      first = false;
    } else if (starts_with(piece, "Issues ") || starts_with(piece, "Issue ")) {
      r.issue = std::string(trim(piece.substr(piece.find(' ') + 1)));
    } else {
      r.issue += (r.issue.empty() ? "" : ", ") + std::string(piece);
    }
  });
  r.issue = normalize_pages(r.issue);
}

// A name as ScienceDirect writes every one, given name first: "Thomas S.
// Bianchi", "Antonio De Nicola", "Jing-Wen ZHONG".  A last word in capitals
// is the family name ("Xin MA"), never initials after it as in WoS's "Ma X".
Creator read_name(std::string_view n) {
  n = trim(n);
  std::size_t space = n.rfind(' ');
  if (space != std::string_view::npos && space > 0) {
    std::string_view last = n.substr(space + 1), rest = trim(n.substr(0, space));
    auto capital = [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; };
    auto has_lower = [](std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; }); };
    if (last.size() >= 2 && std::all_of(last.begin(), last.end(), capital) && has_lower(rest)) {
      Creator c;
      c.family = std::string(last);
      c.given = std::string(rest);
      return c;
    }
  }
  return parse_given_first_name(n);
}

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    std::vector<Line> block;
    std::size_t pos = 0;
    while (pos <= text_.size()) {
      std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view line = text_.substr(pos, end - pos);
      if (starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3), pos += 3;
      if (trim(line).empty()) {
        if (!block.empty()) read_block(block);
        block.clear();
      } else {
        block.push_back({line, pos});
      }
      pos = end + 1;
    }
    if (!block.empty()) read_block(block);
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  ParseStats stats_;

  void read_block(const std::vector<Line>& block) {
    auto address = std::find_if(block.begin(), block.end(), [](const Line& l) { return is_address_line(trim(l.text)); });
    const std::size_t begin = block.front().offset;
    const std::size_t end = block.back().offset + block.back().text.size();
    if (address == block.end()) {
      diags_.warning(begin, std::to_string(block.size()) + (block.size() == 1 ? " line" : " lines") +
                                " outside any ScienceDirect record skipped (no \"" + std::string(kAddress) +
                                "...)\" line)");
      return;
    }
    Record r;
    const std::size_t head = static_cast<std::size_t>(address - block.begin());
    std::string_view url = trim(address->text);
    r.url = std::string(url.substr(1, url.size() - 2));
    read_head(block, head, r);
    read_tail(block, head + 1, r);
    if (r.title.empty() && r.authors.empty() && r.doi.empty()) {
      diags_.error(begin, "ScienceDirect text record has no title, no author and no DOI; skipped");
      ++stats_.rejected;
      return;
    }
    keep_doi_spelling(r, text_.substr(begin, end - begin));
    deliver_record(std::move(r), kFormat, text_.substr(begin, end - begin), diags_.line_of(begin), diags_, stats_,
                   sink_);
  }

  void unplaced(Record& r, const Line& l) {
    diags_.warning(l.offset, "ScienceDirect text: line not understood; kept in extra as \"ScienceDirect text\"");
    r.add_extra("ScienceDirect text", std::string(trim(l.text)));
  }

  void read_head(const std::vector<Line>& block, std::size_t head, Record& r) {
    std::size_t year = head;
    for (std::size_t i = 1; i < head; ++i)
      if (is_year_line(trim(block[i].text))) {
        year = i;
        break;
      }
    if (year < head) r.issued.year = std::stoi(std::string(trim(block[year].text).substr(0, 4)));
    // Before the year: authors, title, journal; the volume and editors by their words.
    std::vector<const Line*> named;
    for (std::size_t i = 0; i < year; ++i) {
      std::string_view v = value_of(block[i].text);
      if (starts_with(v, "Volume ") && named.size() >= 2) {
        read_volume(v, r);
      } else if (starts_with(v, "Editor(s): ")) {
        for_each_list_item(v.substr(11), ",", [&](std::string_view n) { r.editors.push_back(read_name(n)); });
      } else {
        named.push_back(&block[i]);
      }
    }
    std::size_t n = named.size();
    std::size_t t = n >= 3 ? 1 : 0;  // the title's place: after the authors when there are three lines
    if (n >= 3)
      for_each_list_item(value_of(named[0]->text), ",",
                         [&](std::string_view a) { r.authors.push_back(read_name(a)); });
    if (n >= 1) r.title = std::string(value_of(named[t]->text));
    if (n >= 2) r.container_title = std::string(value_of(named[t + 1]->text));
    for (std::size_t i = t + 2; i < n; ++i) {
      if (r.publisher.empty() && i == t + 2) r.publisher = std::string(value_of(named[i]->text));
      else unplaced(r, *named[i]);
    }
    // After the year: pages or an article number, ISSN or ISBN, the DOI.
    for (std::size_t i = year + 1; i < head; ++i) {
      std::string_view v = value_of(block[i].text);
      std::string_view t2 = trim(block[i].text);
      if (v.empty()) continue;  // "," where an article in press has its pages
      if (starts_with(v, "Pages ")) {
        r.pages = normalize_pages(v.substr(6));
      } else if (starts_with(v, "ISSN ")) {
        r.issn.push_back(std::string(trim(v.substr(5))));
      } else if (starts_with(v, "ISBN ")) {
        r.isbn.push_back(std::string(trim(v.substr(5))));
      } else if (istarts_with(t2, "https://doi.org/") || istarts_with(t2, "http://dx.doi.org/") ||
                 istarts_with(t2, "https://dx.doi.org/")) {
        if (ends_with(t2, ".")) t2.remove_suffix(1);  // the sentence's period ScienceDirect ends it with
        if (auto doi = normalize_doi_said(t2, "DOI", diags_, block[i].offset)) r.doi = *doi;
        else unplaced(r, block[i]);
      } else if (i == year + 1 && v.find(' ') == std::string_view::npos && ends_with(t2, ",")) {
        r.number = std::string(v);  // an article number: "100154", "e12345"
      } else {
        unplaced(r, block[i]);
      }
    }
    if (r.issn.empty() && !r.isbn.empty()) r.type = "chapter";
  }

  // "Abstract: ..." and the lines continuing it, "Keywords: a; b".
  void read_tail(const std::vector<Line>& block, std::size_t from, Record& r) {
    bool in_abstract = false;
    for (std::size_t i = from; i < block.size(); ++i) {
      std::string_view t = trim(block[i].text);
      if (starts_with(t, "Abstract:")) {
        r.abstract = std::string(trim(t.substr(9)));
        in_abstract = true;
      } else if (starts_with(t, "Keywords:")) {
        for_each_list_item(t.substr(9), ";", [&](std::string_view k) { r.add_keyword(k); });
        in_abstract = false;
      } else if (in_abstract) {
        r.abstract += (r.abstract.empty() ? "" : "\n") + std::string(t);
      } else {
        unplaced(r, block[i]);
      }
    }
  }
};

}  // namespace

bool looks_like_sciencedirect_txt(std::string_view text) {
  // The first block: its first line ends with a comma, a year line, then
  // the line of its ScienceDirect address within its first fifteen lines.
  std::size_t pos = 0;
  bool year = false, first = true;
  for (int lines = 0; lines < 15 && pos < text.size(); ++lines) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view t = trim(text.substr(pos, end - pos));
    if (starts_with(t, "\xEF\xBB\xBF")) t = trim(t.substr(3));
    pos = end + 1;
    if (t.empty()) {
      if (first) continue;
      return false;
    }
    if (first && !ends_with(t, ",")) return false;
    first = false;
    if (is_year_line(t)) year = true;
    else if (is_address_line(t)) return year;
  }
  return false;
}

ParseStats parse_sciencedirect_txt(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
