// ProQuest's plain-text export ("Text only", ProQuestDocuments-<date>.txt)
// of every ProQuest database (ProQuest Central, ABI/INFORM, Dissertations &
// Theses Global, Sociological Abstracts, ERIC...):
//
//   ____________________________________________________________
//   Report Information from ProQuest            <- a header: skipped, with a note
//   ...
//   ____________________________________________________________
//   Document 1 of 2
//
//   Title of the work                           <- the headline: the title when no Title field
//   Author: Smith, John; Doe, Jane
//   Publication info: Journal of X 12.3 (2019): 45-67.
//   ProQuest document link
//   Abstract: ...
//   Links: ...
//   Full text: ...                              <- paragraphs, any number of lines
//   Subject: A; B
//   Title: Title of the work
//   Publication title: Journal of X
//   Volume: 12 / Issue: 3 / Pages: 45-67 / Publication year: 2019 / Publication date: Mar 2019
//   ISSN: 1234-5678 / Source type: Scholarly Journals / Document type: Journal Article
//   DOI: https://doi.org/10.x / ProQuest document ID: 1234567 / Document URL: https://www.proquest.com/docview/1234567
//   Database: ProQuest Central
//   ____________________________________________________________
//   Contact ProQuest                            <- a footer: skipped, with a note
//
// A record opens with "Document N of M" (or, without it, is the block
// between two lines of underscores that holds a Title or ProQuest document
// ID field) and ends at the next line of underscores.  Its first line is the
// headline; then a field is a "Label: value" line.  A label ProQuest writes
// (Author, Abstract, Links, Subject, Title, Publication title, Advisor...;
// kLabels below) always opens a field; another capitalised label of at most
// six words does too, except inside the Abstract or the Full text, whose
// "Methods: ..." paragraphs stay theirs.  Other lines continue the field
// before them (joined with a space).  Below the author, the web page's link
// to the document ("ProQuest document link", or its URL in older exports) is
// the record's URL when it has no Document URL.  What is not a record (the
// report's header, its table of contents, the bibliography that repeats the
// records in a citation style, the footer) is skipped with a note.
//
// The details below the abstract come in ProQuest's order (2020s) or
// alphabetically (2015: Advisor, Classification, ... Title, University/
// institution, as metaknowledge's test file has them).
//
// Mapping rules (every field not named here is kept in extra under its label):
// - Title the title, else the headline; Author ';'-separated "Family, Given"
//   names (the first Author field: ProQuest repeats it under the details);
//   Editor the editors.
// - Publication title the container; Volume, Issue, Pages (else First page);
//   Publication date, else Publication year (else Degree date) the date;
//   Publisher; Place of publication; ISSN, E-ISSN, eISSN, ISBN; DOI;
//   Language of publication (else Language); Document URL the URL; Abstract.
// - Subject, MeSH, Keywords the keywords (';'-separated); Identifier /
//   keyword, whose commas are also inside its terms ("Philosophy, religion
//   and theology, Entrenchment"), is kept.
// - Source type and Document type give the type, as Zotero's ProQuest
//   translator maps them (Scholarly and Trade Journals, Newspapers, Wire Feeds,
//   Magazines, Dissertations & Theses, Conference Papers & Proceedings,
//   Reports, Books, Book chapters).
// - A thesis (ProQuest Dissertations & Theses): University/institution is
//   its publisher, Dissertation/thesis number its number; Place of
//   publication (UMI's Ann Arbor), Degree, Advisor, Committee member,
//   Department are kept.
// - PubMed ID the PMID.
#include <algorithm>

#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ris_fields.hpp"
#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "skipped_lines.hpp"

namespace refnet {

namespace {

struct Field {
  std::string label;
  std::size_t offset = 0;
  std::string value;
};

struct ProquestRecord {
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  std::string headline;
  std::size_t headline_at = 0;
  std::vector<Field> fields;
  std::string doc_link;   // the document's URL written below the author
  bool numbered = false;  // opened by "Document N of M"
};

// The labels ProQuest writes (its text exports of 2015 to the 2020s, the
// label lists of the scripts that read them).
constexpr std::string_view kLabels[] = {
    "Author", "Publication info", "Abstract", "Links", "Full text", "Full Text", "Subject", "Title", "Editor",
    "Translated title", "Alternate title", "Information provider", "Author e-mail address", "Author affiliation",
    "Section", "Headnote", "Location", "Company / organization", "Classification", "Identifier / keyword",
    "People", "Business indexing term", "Product name", "Named person", "MeSH", "Credit", "Illustration",
    "Publication title", "Volume", "Issue", "Pages", "First page", "Publication year", "Publication date",
    "Year", "Publisher", "Place of publication", "Country of publication", "Publication subject", "ISSN",
    "E-ISSN", "e-ISSN", "eISSN", "ISBN", "e-ISBN", "Source type", "Language of publication", "Language", "Document type",
    "Document feature", "DOI", "ProQuest document ID", "Document URL", "Copyright", "Last updated", "Database",
    "Advisor", "Committee member", "Degree", "Degree date", "Department", "Dissertation/thesis number",
    "Number of pages", "School code", "Source", "University location", "University/institution",
    "Accession number", "PubMed ID", "Update", "Conference title", "Keywords", "Subject terms"};

bool is_separator(std::string_view l) {
  return l.size() >= 20 && l.find_first_not_of('_') == std::string_view::npos;
}

// "Document 12 of 250".
bool is_document_heading(std::string_view l) {
  if (!starts_with(l, "Document ")) return false;
  std::string_view rest = l.substr(9);
  std::size_t n = 0;
  while (n < rest.size() && is_digit(rest[n])) ++n;
  if (n == 0 || !starts_with(rest.substr(n), " of ")) return false;
  rest = rest.substr(n + 4);
  return !rest.empty() && std::all_of(rest.begin(), rest.end(), is_digit);
}

// "Publication title: X", "University/institution: Y", "Identifier /
// keyword: Z", "e-ISSN: W": a label of at most six words, ':' and a space
// (or the line end).
bool label_line(std::string_view l, std::string_view& label, std::string_view& value) {
  std::size_t colon = l.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 60) return false;
  if (colon + 1 < l.size() && l[colon + 1] != ' ' && l[colon + 1] != '\t') return false;
  std::string_view lab = l.substr(0, colon);
  if (!is_alpha(lab.front())) return false;
  std::size_t words = 1;
  for (char c : lab) {
    if (c == ' ') ++words;
    else if (!is_alpha(c) && c != '/' && c != '&' && c != '-' && c != '(' && c != ')' && c != '.' && !is_digit(c))
      return false;
  }
  if (words > 6) return false;
  label = lab;
  value = trim(l.substr(colon + 1));
  return true;
}

bool is_known_label(std::string_view label) {
  return std::any_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view k) { return label == k; });
}

// The web page's link to the document, written below the author in older
// exports: "http://search.proquest.com.proxy.lib.uwaterloo.ca/docview/1548716365?accountid=14906".
bool is_document_link(std::string_view l) {
  return (istarts_with(l, "http://") || istarts_with(l, "https://")) && l.find("/docview/") != std::string_view::npos &&
         l.find(' ') == std::string_view::npos;
}

std::string proquest_type(const std::vector<std::string_view>& kinds) {
  auto any = [&](std::string_view w) {
    return std::any_of(kinds.begin(), kinds.end(),
                       [&](std::string_view k) { return ascii_lower(k).find(w) != std::string::npos; });
  };
  if (any("dissertation") || any("thesis") || any("theses")) return "thesis";
  if (any("conference")) return "paper-conference";
  if (any("chapter")) return "chapter";
  if (any("newspaper") || any("wire feed")) return "article-newspaper";
  if (any("magazine")) return "article-magazine";
  if (any("scholarly journal") || any("trade journal") || any("journal article") || any("periodical"))
    return "article-journal";
  if (any("report")) return "report";
  if (any("book")) return "book";
  if (any("blog") || any("website")) return "webpage";
  return "article-journal";
}

// "Mar 2019", "Mar 15, 2019", "Spring 2019", "2019": what parse_ris_date
// reads once the comma goes.
Date proquest_date(std::string_view v) {
  std::string s;
  for (char c : v) s += c == ',' ? ' ' : c;
  return parse_ris_date(collapse_space(s));
}

class Builder {
 public:
  // What was said once a file: "Abstract: None available.", a newspaper's
  // place after its title.
  struct Said {
    bool no_abstract = false, place = false;
  };
  Builder(const ProquestRecord& rec, Diagnostics& diags, Said& said) : rec_(rec), diags_(diags), said_(said) {}
  bool build(Record& r);

 private:
  const ProquestRecord& rec_;
  Diagnostics& diags_;
  Said& said_;

  std::string add_names(const Field& f, std::vector<Creator>& to, bool authors) {
    return add_name_list(f.value, f.label, f.offset, diags_, to, authors);
  }
};

bool Builder::build(Record& r) {
  std::vector<std::string_view> kinds;
  for (const Field& f : rec_.fields)
    if (f.label == "Source type" || f.label == "Document type") kinds.push_back(f.value);
  r.type = proquest_type(kinds);

  std::string year, date, degree_date, first_page, institution, language_alt;
  std::size_t year_at = 0, date_at = 0, degree_date_at = 0, container_at = 0;
  std::string first_author;  // the value of the first Author field
  bool doi_set = false;
  for (const Field& f : rec_.fields) {
    const std::string& label = f.label;
    const std::string& v = f.value;
    if (v.empty()) continue;
    auto keep = [&] { r.add_extra(label, v); };
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = v;
      else if (slot != v) keep();
    };
    if (label == "Title") {
      first(r.title);
    } else if (label == "Author") {
      if (first_author.empty()) {
        first_author = v;
        keep_author_placeholder(r, add_names(f, r.authors, true));
      } else if (v != first_author) {
        keep();
      }
    } else if (label == "Editor") {
      add_names(f, r.editors, false);
    } else if (label == "Publication title") {
      if (r.container_title.empty()) container_at = f.offset;
      first(r.container_title);
    } else if (label == "Volume") {
      first(r.volume);
    } else if (label == "Issue") {
      first(r.issue);
    } else if (label == "Pages") {
      if (r.pages.empty()) r.pages = normalize_pages(v);
      else keep();
    } else if (label == "First page") {
      first_page = v;
      keep();
    } else if (label == "Publication year") {
      if (year.empty()) {
        year = v;
        year_at = f.offset;
      } else {
        keep();
      }
    } else if (label == "Publication date") {
      if (date.empty()) {
        date = v;
        date_at = f.offset;
      } else {
        keep();
      }
    } else if (label == "Degree date") {
      degree_date = v;
      degree_date_at = f.offset;
      keep();
    } else if (label == "Publisher") {
      first(r.publisher);
    } else if (label == "Place of publication" && r.type != "thesis") {
      first(r.publisher_place);
    } else if (label == "University/institution") {
      institution = v;
      keep();
    } else if (label == "ISSN" || label == "E-ISSN" || label == "e-ISSN" || label == "eISSN" || label == "ISBN" ||
               label == "e-ISBN") {
      if (!classify_sn(v, r)) {
        diags_.warning(f.offset, label + " is not an ISSN or ISBN, kept in extra: " + v);
        keep();
      }
    } else if (label == "DOI") {
      if (!take_doi_field(r, doi_set, v, label, diags_, f.offset)) keep();
    } else if (label == "Language of publication") {
      first(r.language);
    } else if (label == "Language") {
      language_alt = v;
      keep();
    } else if (label == "Document URL") {
      first(r.url);
    } else if (label == "Abstract") {
      // "Abstract: None available." (every record of a newspaper search,
      // Canadian Newsstream) says there is none: no abstract, kept.
      if (iequals(trim(v), "None available.") || iequals(trim(v), "None available")) {
        if (!said_.no_abstract)
          diags_.report(Severity::note, f.offset,
                        "'Abstract: " + v + "' is no abstract: kept in extra (said once a file)");
        said_.no_abstract = true;
        keep();
      } else {
        first(r.abstract);
      }
    } else if (label == "Subject" || label == "MeSH" || label == "Keywords" || label == "Subject terms") {
      add_keyword_list(v, r);
      if (label != "Subject") keep();
    } else if (label == "Dissertation/thesis number") {
      first(r.number);
    } else if (label == "PubMed ID") {
      bool digits = v.size() <= 9 && std::all_of(v.begin(), v.end(), is_digit);
      if (digits && r.pmid.empty()) {
        r.pmid = v;
      } else {
        if (!digits) diags_.warning(f.offset, "PubMed ID " + v + " is not a PubMed ID: kept in extra");
        keep();
      }
    } else {
      keep();
    }
  }
  if (!rec_.doc_link.empty()) {
    if (r.url.empty()) r.url = rec_.doc_link;
    else if (r.url != rec_.doc_link) r.add_extra("document link", rec_.doc_link);
  }
  // A newspaper's title with its place after it ("The Spectator; Hamilton,
  // Ont.", "Toronto Star; Toronto, Ont.": Place of publication "Hamilton"):
  // the place is no part of the title (kept as written in extra).
  if (std::size_t semi = r.container_title.rfind("; ");
      semi != std::string::npos && !r.publisher_place.empty() &&
      istarts_with(trim(std::string_view(r.container_title).substr(semi + 2)), r.publisher_place)) {
    if (!said_.place)
      diags_.report(Severity::note, container_at,
                    "'Publication title: " + r.container_title +
                        "' ends with the place of publication: the title is what comes before it (said once a file)");
    said_.place = true;
    r.add_extra("Publication title", r.container_title);
    r.container_title = std::string(trim(std::string_view(r.container_title).substr(0, semi)));
  }
  if (r.title.empty() && !rec_.headline.empty()) r.title = rec_.headline;
  else if (!rec_.headline.empty() && rec_.headline != r.title) r.add_extra("headline", rec_.headline);
  if (r.pages.empty() && !first_page.empty()) r.pages = normalize_pages(first_page);
  if (r.language.empty()) r.language = language_alt;
  if (r.type == "thesis" && !institution.empty() && r.publisher.empty()) r.publisher = institution;

  // The date: Publication date, else Publication year, else Degree date; a
  // year that says another year is kept.
  if (!date.empty()) {
    r.issued = proquest_date(date);
    say_date_parts_left_out("Publication date", date, r.issued, diags_, date_at);
    if (!r.issued.year) diags_.warning(date_at, "Publication date " + date + " gives no year: kept in extra");
    if (!r.issued.year) {
      r.add_extra("Publication date", date);
      r.issued = Date();
    }
  }
  if (!year.empty()) {
    bool digits = year.size() == 4 && std::all_of(year.begin(), year.end(), is_digit);
    int y = digits ? std::stoi(year) : 0;
    if (!digits) diags_.warning(year_at, "Publication year " + year + " is not a year: kept in extra");
    if (y && !r.issued.year) r.issued.year = y;
    else if (!digits || y != r.issued.year) r.add_extra("Publication year", year);
  }
  if (!r.issued.year && !degree_date.empty()) {
    r.issued = proquest_date(degree_date);
    say_date_parts_left_out("Degree date", degree_date, r.issued, diags_, degree_date_at);
  }
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty() || !r.pmid.empty();
}

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    for_each_text_line(text_, [this](std::size_t begin, std::size_t end, std::uint32_t line_no) {
      line(begin, end, line_no);
    });
    close_block();
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  ProquestRecord rec_;
  bool open_ = false;          // a block (record or not) has begun
  Builder::Said said_;         // what the builder said once a file
  std::vector<std::size_t> lines_;  // offsets of the block's unread lines
  std::size_t block_lines_ = 0;     // the block's non-blank lines
  ParseStats stats_;

  void start(std::size_t at, std::uint32_t line_no, bool numbered) {
    rec_ = ProquestRecord();
    rec_.begin = rec_.end = at;
    rec_.line = line_no;
    rec_.numbered = numbered;
    open_ = true;
    lines_.clear();
    block_lines_ = 0;
  }

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view raw = text_.substr(begin, end - begin);
    if (starts_with(raw, "\xEF\xBB\xBF")) raw.remove_prefix(3);
    std::string_view l = trim(raw);
    if (l.empty()) return;
    std::size_t at = static_cast<std::size_t>(l.data() - text_.data());
    if (is_separator(l)) {
      close_block();
      return;
    }
    if (is_document_heading(l)) {
      close_block();
      start(at, line_no, true);
      return;
    }
    if (!open_) start(at, line_no, false);
    rec_.end = end;
    ++block_lines_;
    std::string_view label, value;
    bool headline_next = rec_.headline.empty() && rec_.fields.empty();
    bool in_text = !rec_.fields.empty() && (rec_.fields.back().label == "Abstract" ||
                                            rec_.fields.back().label == "Full text" ||
                                            rec_.fields.back().label == "Full Text");
    if (label_line(l, label, value) &&
        (is_known_label(label) || (!headline_next && !in_text && label.front() >= 'A' && label.front() <= 'Z'))) {
      rec_.fields.push_back({std::string(label), at, std::string(value)});
      return;
    }
    if (l == "ProQuest document link") return;  // the web page's link text
    if (headline_next) {
      rec_.headline = std::string(l);
      rec_.headline_at = at;
      return;
    }
    // The document's link right below the headline, when the record has no
    // author and no "Publication info" line (a newspaper's web edition).
    if (rec_.fields.empty() && !rec_.headline.empty() && rec_.doc_link.empty() && is_document_link(l)) {
      rec_.doc_link = std::string(l);
      return;
    }
    if (rec_.fields.empty()) {
      lines_.push_back(at);
      return;
    }
    if (rec_.doc_link.empty() && is_document_link(l) &&
        (rec_.fields.back().label == "Author" || rec_.fields.back().label == "Publication info")) {
      rec_.doc_link = std::string(l);
      return;
    }
    std::string& v = rec_.fields.back().value;
    if (!v.empty()) v += ' ';
    v += l;
  }

  bool holds_record() const {
    if (rec_.numbered) return true;
    return std::any_of(rec_.fields.begin(), rec_.fields.end(),
                       [](const Field& f) { return f.label == "Title" || f.label == "ProQuest document ID"; });
  }

  void close_block() {
    if (!open_) return;
    open_ = false;
    if (!holds_record()) {
      // The report's header, its table of contents, the bibliography that
      // repeats the records in a citation style, the footer: ProQuest's own
      // text around the records.
      std::string_view first = rec_.headline;
      std::string_view own = starts_with(first, "Report Information from ProQuest") ? "header"
                             : starts_with(first, "Table of contents")               ? "table of contents"
                             : starts_with(first, "Bibliography") ? "bibliography (the records again, in a citation style)"
                             : starts_with(first, "Contact ProQuest") || starts_with(first, "Contact us at") ? "footer"
                                                                                                            : "";
      std::string what = std::to_string(block_lines_) + " line" + (block_lines_ > 1 ? "s" : "") +
                         " outside the ProQuest records skipped";
      if (!own.empty()) diags_.report(Severity::note, rec_.begin, what + ": the report's " + std::string(own));
      else diags_.warning(rec_.begin, what);
      return;
    }
    if (!lines_.empty())
      diags_.warning(lines_.front(), std::to_string(lines_.size()) + " line" + (lines_.size() > 1 ? "s" : "") +
                                         " between the headline and the first field skipped");
    Record r;
    Builder b(rec_, diags_, said_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, "ProQuest record has no title, no author, no DOI and no PMID; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), "proquest", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_,
                   stats_, sink_);
  }
};

}  // namespace

bool looks_like_proquest(std::string_view text) {
  // ProQuest's own field, at a line start, and a Title or a document heading.
  std::size_t id = text.find("\nProQuest document ID:");
  if (id == std::string_view::npos) return false;
  return text.find("\nTitle: ") != std::string_view::npos || text.find("\nDocument 1 of ") != std::string_view::npos;
}

ParseStats parse_proquest(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
