// Scopus's plain-text export ("Text" in Scopus's export dialog, scopus.txt).
//
//   Scopus                                   <- "# Scopus" until 2022; a header, skipped
//   EXPORT DATE: 17 October 2024             <- "# EXPORT DATE:04 Feb 2022" until 2022
//
//   Biel M.                                  <- the authors ("Family, I., Family, I." until 2022)
//   AUTHOR FULL NAMES: Biel, Magdalena (57913188700)      <- since 2023
//   57913188700                              <- the Scopus author IDs
//   FAMILY OWNERSHIP AS A FACTOR ...         <- the title
//   (2024) Polish Journal of Management Studies, 29 (2), pp. 121 - 137, Cited 0 times.
//   DOI: 10.17512/pjms.2024.29.2.06          <- here since 2023, below the blank line before
//   https://www.scopus.com/inward/record.uri?eid=2-s2.0-85201621883&...
//
//   AFFILIATIONS: ...                        <- labelled fields, the CSV's columns in capitals
//   ABSTRACT: ...
//   REFERENCES: Aparicio G., ..., (2017);    <- one reference a line
//   Basco R., ..., (2012);
//   ...
//   DOCUMENT TYPE: Article
//   SOURCE: Scopus                           <- ends the record
//
// A record runs from its first line to its "SOURCE: Scopus" line.  Its head
// (the lines before the first blank line) is read by position: the authors
// ("[No author name available]" when none), AUTHOR FULL NAMES, the line of
// author IDs, the title, the source line "(Year) Source, Volume (Issue),
// art. no. N, pp. A - B, Cited N times.", DOI, the record's Scopus link.
// Below, a line opening with a label Scopus writes (its CSV's column names
// in capitals: "AUTHOR KEYWORDS:", "FUNDING TEXT 2:") opens a field; a
// label repeated ("FUNDING DETAILS:" once a funder) adds to its field, "; "
// between; other lines continue the field above them (REFERENCES, one a
// line).  Another capitalised "LABEL: value" below a one-line field is kept
// in extra under its label, with a warning; a line that continues nothing
// is kept in extra as "Scopus text", with a warning.  A last record with no
// "SOURCE: Scopus" line (a download cut short) is read from what it holds,
// and said.
//
// Each field is read as the Scopus CSV reads the column of that name
// (importers/scopus_fields.cpp): authors, author full names with their IDs,
// author keywords as keywords and index keywords apart, references through
// the cited-reference parser, PubMed ID, ISSN, document type...; the source
// line's parts as the Year, Source title, Volume, Issue, Art. No., Page
// start/end and Cited by columns, the link as Link (and its EID as EID).
// Fields a Record has no slot for are kept in extra under the CSV's name
// ("Funding Details", "Index Keywords", "Author(s) ID"), so that a record
// reads the same from either export.
#include <algorithm>
#include <vector>

#include "refnet/importer.hpp"
#include "refnet/record.hpp"
#include "refnet/text.hpp"
#include "ris_fields.hpp"
#include "scopus_fields.hpp"

namespace refnet {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view without_bom(std::string_view line) {
  if (starts_with(line, kBom)) line.remove_prefix(kBom.size());
  return line;
}

// "Scopus", "# Scopus", "EXPORT DATE: ...", "# EXPORT DATE:...".
bool is_header_line(std::string_view line) {
  line = trim(without_bom(line));
  if (starts_with(line, "# ")) line.remove_prefix(2);
  return line == "Scopus" || starts_with(line, "EXPORT DATE:");
}

bool is_end_line(std::string_view line) { return trim(line) == "SOURCE: Scopus"; }

// The label of "LABEL: value" when it is in capitals ("FUNDING TEXT 2",
// "CHEMICALS/CAS"), else empty.
std::string_view capital_label(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 40) return {};
  if (colon + 1 < line.size() && line[colon + 1] != ' ') return {};
  std::string_view label = line.substr(0, colon);
  int letters = 0;
  for (char c : label) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (!(is_digit(c) || c == ' ' || c == '/' || c == '(' || c == ')' || c == '&' || c == '-' || c == '.'))
      return {};
  }
  return letters >= 2 && label.front() >= 'A' && label.front() <= 'Z' ? label : std::string_view{};
}

// "57913188700", "7404809114;6701605943;", "57267731100; 57190066599".
bool is_id_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || !is_digit(line.front())) return false;
  return std::all_of(line.begin(), line.end(), [](char c) { return is_digit(c) || c == ';' || c == ' '; });
}

// Initials alone ("J.", "A.B.", "K.Yu.", "J.-W."): the given part of a
// "Family, I." name in the comma lists of 2022.
bool is_initials(std::string_view s) {
  s = trim(s);
  if (s.size() < 2 || s.back() != '.' || !(s.front() >= 'A' && s.front() <= 'Z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return is_alpha(c) || c == '.' || c == '-'; });
}

// The authors line of 2022, "Roe, J., Doe, A.B., the CMD-3 Collaboration",
// as the CSV's ';' list "Roe, J.; Doe, A.B.; the CMD-3 Collaboration";
// other lines ("Xie B., Jin Y.", "Xie B.; Jin Y.") as they are.
std::string authors_list(std::string_view line) {
  if (line.find(';') != std::string_view::npos) return std::string(line);
  std::vector<std::string> parts = split_list(line, ",");
  if (std::none_of(parts.begin(), parts.end(), [](const std::string& p) { return is_initials(p); }))
    return std::string(line);
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!out.empty()) out += "; ";
    out += parts[i];
    if (i + 1 < parts.size() && is_initials(parts[i + 1]) && !is_initials(parts[i])) out += ", " + parts[++i];
  }
  return out;
}

// A volume, with its issue in parentheses: "29 (2)", "159-160", "12 (4 Pt 2)".
bool volume_issue(std::string_view piece, std::string& volume, std::string& issue) {
  piece = trim(piece);
  std::string_view v = piece, i;
  if (!piece.empty() && piece.back() == ')') {
    std::size_t open = piece.find(" (");
    if (open == std::string_view::npos) return false;
    v = piece.substr(0, open);
    i = piece.substr(open + 2, piece.size() - open - 3);
  }
  if (v.empty() || v.find_first_of(" ()") != std::string_view::npos ||
      std::none_of(v.begin(), v.end(), [](char c) { return is_digit(c); }))
    return false;
  volume = std::string(v);
  issue = std::string(trim(i));
  return true;
}

struct Field {
  std::string name;  // the CSV's name, else the label as written
  ScopusField field;
  std::string value;
  std::size_t offset;
};

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    std::size_t pos = 0;
    bool header = true;  // before the first record, or after one: a header may come
    while (pos < text_.size()) {
      std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view line = text_.substr(pos, end - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (begin_ == npos) {
        if (trim(without_bom(line)).empty()) {
        } else if (header && is_header_line(line)) {
          // Exports joined (`cat scopus1.txt scopus2.txt`): said, not data.
          if (records_seen_) diags_.report(Severity::note, pos, "another export's header line skipped: " + std::string(trim(line)));
        } else {
          start(pos);
          header = false;
          take(without_bom(line), pos + (line.size() - without_bom(line).size()));
        }
      } else if (is_end_line(line)) {
        // The CSV's Source column ("Scopus").
        add("Source", ScopusField::extra, trim(line).substr(8), pos + 8);
        end_ = end;
        finish(false);
        header = true;
      } else {
        take(line, pos);
      }
      pos = end + 1;
    }
    if (begin_ != npos) {
      end_ = text_.size();
      finish(true);
    }
    names_.say(diags_);
    cited_drops_.say(diags_);
    return stats_;
  }

 private:
  static constexpr std::size_t npos = std::string_view::npos;
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  NameGuesses names_;  // names glued without a separator, said once
  CitedDrops cited_drops_;  // what the cited-reference parser left out, said once a file
  ParseStats stats_;
  bool records_seen_ = false;

  // The record being read.
  std::size_t begin_ = npos, end_ = npos;
  bool in_head_ = true, authors_seen_ = false, source_seen_ = false;
  std::vector<Field> fields_;
  std::size_t open_ = npos;      // the field the next lines continue (its index)
  bool open_multiline_ = false;  // REFERENCES, ABSTRACT: a capitalised "Results: ..." line continues it
  std::string title_;
  std::size_t title_at_ = npos;

  void start(std::size_t at) {
    begin_ = at;
    in_head_ = true;
    authors_seen_ = source_seen_ = false;
    fields_.clear();
    open_ = npos;
    title_.clear();
    title_at_ = npos;
  }

  // The new field's index.
  std::size_t add(std::string name, ScopusField f, std::string_view value, std::size_t at) {
    fields_.push_back({std::move(name), f, std::string(trim(value)), at});
    return fields_.size() - 1;
  }

  // "LABEL: value" as a field of the record, or false when the label is none
  // Scopus writes.
  bool labelled(std::string_view line, std::size_t at) {
    std::string_view label = capital_label(line);
    if (label.empty()) return false;
    std::string name = scopus_field_name(label);
    if (name.empty()) return false;
    std::size_t skip = label.size() + 1;
    while (skip < line.size() && line[skip] == ' ') ++skip;
    std::string_view value = line.substr(skip);
    ScopusField f = scopus_field(name);
    open_multiline_ = f == ScopusField::references || f == ScopusField::abstract;
    // A label repeated (a funder a line) adds to its field.
    for (std::size_t k = 0; k < fields_.size(); ++k)
      if (Field& x = fields_[k]; x.name == name && f == ScopusField::extra) {
        if (!trim(value).empty()) x.value += (x.value.empty() ? "" : "; ") + std::string(trim(value));
        open_ = k;
        return true;
      }
    open_ = add(name, f, value, at + skip);
    return true;
  }

  void take(std::string_view line, std::size_t at) {
    if (trim(line).empty()) {
      in_head_ = false;
      open_ = npos;
      return;
    }
    if (in_head_ && head_line(line, at)) return;
    in_head_ = false;
    if (labelled(line, at)) return;
    if (open_ != npos && (open_multiline_ || capital_label(line).empty())) {
      std::string& v = fields_[open_].value;
      v += (v.empty() ? "" : " ") + std::string(trim(line));
      return;
    }
    if (std::string_view label = capital_label(line); !label.empty()) {
      diags_.warning(at, "Scopus text: field " + std::string(label) + " is not a field Scopus writes; kept in extra under its label");
      std::size_t skip = label.size() + 1;
      open_ = add(std::string(label), ScopusField::extra, line.substr(std::min(skip, line.size())), at + skip);
      open_multiline_ = false;
      return;
    }
    diags_.warning(at, "Scopus text: line not understood (no field above it to continue); kept in extra as \"Scopus text\"");
    add("Scopus text", ScopusField::extra, line, at);
  }

  // A line of the record's head, read by its place; false when it is none
  // (a labelled field, the head being over).
  bool head_line(std::string_view line, std::size_t at) {
    std::string_view t = trim(line);
    if (istarts_with(t, "AUTHOR FULL NAMES:") || istarts_with(t, "DOI:")) {
      if (istarts_with(t, "AUTHOR FULL NAMES:")) authors_seen_ = true;
      labelled(line, at);
      open_ = npos;
      return true;
    }
    if (!authors_seen_) {
      authors_seen_ = true;
      add("Authors", ScopusField::authors, authors_list(t), at);
      return true;
    }
    if (title_at_ == npos && is_id_line(t)) {
      add("Author(s) ID", ScopusField::extra, t, at);
      return true;
    }
    if (istarts_with(t, "https://") || istarts_with(t, "http://")) {
      add("Link", ScopusField::link, t, at);
      if (std::string_view eid = scopus_eid_in_url(t); !eid.empty()) add("EID", ScopusField::eid, eid, at);
      return true;
    }
    if (!source_seen_ && title_at_ != npos && source_line(t, at)) {
      source_seen_ = true;
      return true;
    }
    if (source_seen_) return false;
    if (title_at_ == npos) title_at_ = at;
    title_ += (title_.empty() ? "" : " ") + std::string(t);
    return true;
  }

  // "(2024) Journal, 29 (2), pp. 121 - 137, Cited 0 times.": the Year, Source
  // title, Volume, Issue, Art. No., Page start/end and Cited by columns.
  bool source_line(std::string_view t, std::size_t at) {
    if (t.size() < 7 || t[0] != '(' || t[5] != ')' || t[6] != ' ' || !all_digits(t.substr(1, 4))) return false;
    add("Year", ScopusField::year, t.substr(1, 4), at + 1);
    std::string_view s = trim(t.substr(7));
    // "Cited 0 times.", "Cited 1 time." at the end.
    if (std::size_t c = s.rfind("Cited "); c != npos) {
      std::string_view n = s.substr(c + 6);
      std::size_t d = 0;
      while (d < n.size() && is_digit(n[d])) ++d;
      std::string_view rest = n.substr(d);
      if (d > 0 && (rest == " times." || rest == " time." || rest == " times" || rest == " time")) {
        add("Cited by", ScopusField::extra, n.substr(0, d), at);
        s = trim(s.substr(0, c));
      }
    }
    std::vector<std::string> pieces = split_list(s, ",");
    std::string volume, issue;
    while (pieces.size() > 1) {
      std::string_view p = trim(pieces.back());
      // The line's closing period: "pp. 99-102.", "art. no. C04032, .", "7 p.".
      if (pieces.size() > 1 && ends_with(p, ".") && (p.size() == 1 || p.find(' ') != std::string_view::npos))
        p.remove_suffix(1);
      p = trim(p);
      if (p.empty() || p == ".") {
        pieces.pop_back();
      } else if (starts_with(p, "pp.") || starts_with(p, "p. ")) {
        std::string_view range = trim(p.substr(p.find('.') + 1));
        std::size_t dash = range.find('-');
        add("Page start", ScopusField::page_start, trim(range.substr(0, dash)), at);
        if (dash != npos) add("Page end", ScopusField::page_end, trim(range.substr(dash + 1)), at);
        pieces.pop_back();
      } else if (ends_with(p, " p") && all_digits(p.substr(0, p.size() - 2))) {
        add("Page count", ScopusField::extra, p.substr(0, p.size() - 2), at);  // "7 p.": the CSV's Page count
        pieces.pop_back();
      } else if (starts_with(p, "art. no.")) {
        add("Art. No.", ScopusField::art_no, trim(p.substr(8)), at);
        pieces.pop_back();
      } else {
        if (volume_issue(p, volume, issue)) {
          add("Volume", ScopusField::volume, volume, at);
          add("Issue", ScopusField::issue, issue, at);
          pieces.pop_back();
        }
        break;
      }
    }
    std::string source;
    for (const std::string& p : pieces) source += (source.empty() ? "" : ", ") + p;
    add("Source title", ScopusField::source, source, at + 7);
    return true;
  }

  void finish(bool truncated) {
    const std::size_t at = begin_;
    begin_ = npos;
    records_seen_ = true;
    std::string_view source = text_.substr(at, end_ - at);
    const std::uint32_t line = diags_.line_of(at);
    Record r;
    ScopusRecordFields fields;
    fields.names = &names_;
    fields.cited_drops = &cited_drops_;
    fields.has_full_names = std::any_of(fields_.begin(), fields_.end(),
                                        [](const Field& f) { return f.field == ScopusField::full_names; });
    if (title_at_ != npos) add("Title", ScopusField::title, title_, title_at_);
    for (const Field& f : fields_) set_scopus_field(r, f.field, f.name, f.value, text_, f.offset, diags_, fields);
    const bool ok = finish_scopus_record(r, fields);
    if (truncated)
      diags_.warning(at, std::string("Scopus text: the last record is truncated (no \"SOURCE: Scopus\" line ends it)") +
                                 (ok ? "; read from what it holds" : ""));
    if (!ok) {
      diags_.error(at, "Scopus text record has no title, no author and no DOI; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), "scopus-txt", source, line, diags_, stats_, sink_);
  }
};

}  // namespace

bool looks_like_scopus_txt(std::string_view text) {
  // "Scopus" (or "# Scopus") as the first line, "EXPORT DATE:" next (Scopus's
  // BibTeX export opens so too: then "@ARTICLE{" follows), and a record's
  // line of its own: its end or its full names.
  int seen = 0;
  bool header = false, records = false;
  for_each_first_line(text, 8, [&](std::string_view l) {
    l = trim(without_bom(l));
    if (l.empty()) return true;
    if (seen == 0 || seen == 1) {
      if (starts_with(l, "# ")) l.remove_prefix(2);
      header = seen++ == 0 ? l == "Scopus" : starts_with(l, "EXPORT DATE:");
      return header;
    }
    records = l.front() != '@' && !starts_with(l, "TY  -") && !starts_with(l, "%0 ");
    return false;
  });
  if (!header || !records) return false;
  for (std::string_view mark : {"\nSOURCE: Scopus", "\nAUTHOR FULL NAMES:"})
    if (text.find(mark) != std::string_view::npos) return true;
  return false;
}

ParseStats parse_scopus_txt(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
