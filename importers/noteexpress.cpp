// NoteExpress's tagged format, the "NoteExpress" export of CNKI, Wanfang and
// VIP (.net / .txt files):
//
//   {Reference Type}: Journal Article
//   {Title}: 计算机辅助导航技术在脊柱外科中的应用
//   {Author}: 潘紫麟;刘庆鹏;                       <- CNKI: one line, ';'-separated
//   {Author Address}: 哈尔滨医科大学附属第二医院骨科;
//   {Journal}: 医学综述
//   {Year}: 2021
//   {Issue}: 11
//   {Pages}: 2184-2188
//   {Keywords}: 脊柱疾病;计算机辅助;导航技术
//   {Abstract}: ...
//   {ISBN/ISSN}: 1006-2084
//   {Notes}: 11-3553/R
//   {Database Provider}: CNKI
//
// Wanfang writes one {Author} and one {Keywords} line per name or term, and
// {Translated Title}, {Translated Author}, {Translated Journal} in English.
// A record opens with its {Reference Type} line; a field is "{Label}:" and
// its value; a line that is no field line continues the field before it
// (Wanfang breaks abstracts so), joined with a space.
//
// Mapping rules (every field not named here is kept in extra under its label):
// - Reference Type the type, by EndNote's type names (NoteExpress uses them).
// - Title; Author (';'-separated, each line) the authors; Secondary Author
//   the editors; Journal, else Secondary Title, the container; Year; Date
//   when there is no Year; Volume; Issue; Pages; Keywords (';'-separated,
//   each line); Abstract; ISBN/ISSN; DOI; URL; Publisher; Place Published;
//   Language.
// - The translated fields, Author Address, Notes (the journal's CN number),
//   Database Provider are kept.
#include <algorithm>

#include "csv_rows.hpp"
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

struct NeRecord {
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  std::vector<Field> fields;
};

// "{Title}: value": the label and the value.
bool ne_field_line(std::string_view l, std::string_view& label, std::string_view& value) {
  if (l.size() < 4 || l.front() != '{') return false;
  std::size_t close = l.find("}:");
  if (close == std::string_view::npos || close < 2 || close > 40) return false;
  label = l.substr(1, close - 1);
  if (label.find_first_of("{}") != std::string_view::npos) return false;
  value = trim(l.substr(close + 2));
  return true;
}

class Builder {
 public:
  Builder(const NeRecord& rec, Diagnostics& diags) : rec_(rec), diags_(diags) {}
  bool build(Record& r);

 private:
  const NeRecord& rec_;
  Diagnostics& diags_;

  void add_names(const Field& f, std::vector<Creator>& to) { add_name_list(f.value, f.label, f.offset, diags_, to); }
};

bool Builder::build(Record& r) {
  std::string year, date, secondary_title;
  std::size_t year_at = 0;
  bool doi_set = false;
  for (const Field& f : rec_.fields) {
    const std::string& label = f.label;
    const std::string& v = f.value;
    if (v.empty()) continue;
    auto keep = [&] { r.add_extra(label, v); };
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = v;
      else keep();
    };
    if (label == "Reference Type") {
      std::string_view csl = endnote_type_csl(v);
      if (!csl.empty()) {
        r.type = std::string(csl);
      } else {
        diags_.report(Severity::note, f.offset,
                      "Reference Type '" + v + "' is no type refnet knows: read as a journal article, kept in extra");
        keep();
      }
    } else if (label == "Title") {
      first(r.title);
    } else if (label == "Author") {
      add_names(f, r.authors);
    } else if (label == "Secondary Author") {
      add_names(f, r.editors);
    } else if (label == "Journal") {
      first(r.container_title);
    } else if (label == "Secondary Title") {
      first(secondary_title);
    } else if (label == "Year") {
      if (year.empty()) {
        year = v;
        year_at = f.offset;
      } else {
        keep();
      }
    } else if (label == "Date") {
      date = v;
      keep();
    } else if (label == "Volume") {
      first(r.volume);
    } else if (label == "Issue") {
      first(r.issue);
    } else if (label == "Pages") {
      if (r.pages.empty()) r.pages = normalize_pages(v);
      else keep();
    } else if (label == "Keywords") {
      add_keyword_list(v, r);
    } else if (label == "Abstract") {
      first(r.abstract);
    } else if (label == "ISBN/ISSN" || label == "ISSN" || label == "ISBN") {
      if (!classify_sn(v, r)) {
        diags_.warning(f.offset, label + " is not an ISSN or ISBN, kept in extra: " + v);
        keep();
      }
    } else if (label == "DOI") {
      if (doi_set) {
        keep();
      } else if (auto d = normalize_doi_said(v, label, diags_, f.offset)) {
        r.doi = std::move(*d);
        doi_set = true;
      } else {
        diags_.warning(f.offset, "DOI is not a DOI, kept in extra: " + v);
        keep();
      }
    } else if (label == "URL") {
      first(r.url);
    } else if (label == "Publisher") {
      first(r.publisher);
    } else if (label == "Place Published") {
      first(r.publisher_place);
    } else if (label == "Language") {
      first(r.language);
    } else {
      keep();
    }
  }
  if (!secondary_title.empty()) {
    if (r.container_title.empty()) r.container_title = secondary_title;
    else if (secondary_title != r.container_title) r.add_extra("Secondary Title", secondary_title);
  }
  if (!year.empty()) {
    bool digits = year.size() == 4 && std::all_of(year.begin(), year.end(), is_digit);
    if (digits) {
      r.issued.year = std::stoi(year);
    } else {
      diags_.warning(year_at, "Year " + year + " is not a year: kept in extra");
      r.add_extra("Year", year);
    }
  }
  if (!r.issued.year && !date.empty()) r.issued = parse_raw_date(date);
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
}

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    std::size_t pos = 0;
    std::uint32_t line_no = 1;
    while (pos < text_.size()) {
      std::size_t end = text_.find('\n', pos);
      if (end == std::string_view::npos) end = text_.size();
      line(pos, end, line_no);
      pos = end + 1;
      ++line_no;
    }
    finish();
    skipped_.say(diags_);
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  NeRecord rec_;
  bool in_record_ = false;
  ParseStats stats_;
  SkippedLines skipped_{"NoteExpress"};  // text outside the records, said once per run

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view l = trim(text_.substr(begin, end - begin));
    if (l.empty()) return;
    std::size_t at = static_cast<std::size_t>(l.data() - text_.data());
    std::string_view label, value;
    if (ne_field_line(l, label, value)) {
      if (label == "Reference Type" || !in_record_) {
        finish();
        skipped_.say(diags_);
        in_record_ = true;
        rec_.fields.clear();
        rec_.begin = at;
        rec_.line = line_no;
      }
      rec_.fields.push_back({std::string(label), at, std::string(value)});
      rec_.end = end;
      return;
    }
    if (!in_record_) {
      skipped_.add(at);
      return;
    }
    std::string& v = rec_.fields.back().value;
    if (!v.empty()) v += ' ';
    v += l;
    rec_.end = end;
  }

  void finish() {
    if (!in_record_) return;
    in_record_ = false;
    Record r;
    Builder b(rec_, diags_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, "NoteExpress record has no title, no author and no DOI; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), "noteexpress", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_,
                   stats_, sink_);
  }
};

}  // namespace

bool looks_like_noteexpress(std::string_view text) {
  std::size_t pos = 0;
  for (int lines = 0; lines < 40 && pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(pos, end - pos);
    pos = end + 1;
    if (starts_with(l, "\xEF\xBB\xBF")) l.remove_prefix(3);
    l = trim(l);
    if (l.empty()) continue;
    ++lines;
    std::string_view label, value;
    if (ne_field_line(l, label, value) && label == "Reference Type") return true;
  }
  return false;
}

ParseStats parse_noteexpress(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
