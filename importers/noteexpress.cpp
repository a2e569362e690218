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
//
// CNKI's E-Study export (知网研学, its default) and its custom export
// (自定义) write "English-中文: value" lines, read by the same rules:
//
//   DataType: 1                          <- 1 journal, 2 thesis, 3 conference, 4 newspaper
//   Title-题名: 医学综述撰写中的注意事项
//   Author-作者: 施洋;
//   Source-刊名: 中国科技信息             <- the journal; a thesis' university
//   Year-年: 2013
//   PubTime-出版时间: 2013-04-01
//   Keyword-关键词: 医学综述;写作;规范化
//   Summary-摘要: ...
//   Period-期: 07                        <- the issue (Roll-卷 the volume)
//   Page-页码: 161
//   SrcDatabase-来源库: 期刊              <- opens a custom export's record; 博士/硕士: a thesis
//   Organ-机构: 新疆医科大学学报编辑部;
//   Link-链接: https://kns.cnki.net/kcms/detail/detail.aspx?FileName=...
//
// A record opens with "DataType:", or with a Title or SrcDatabase line when
// the record before has one.  Title, Author, Source, Year, PubTime (the
// date), Keyword, Summary, Period, Roll/Volume, Page, ISSN, ISBN, DOI,
// Link/URL and Publisher are read as their NoteExpress counterparts; every
// other line (Organ, PageCount, SrcDatabase, CLC, Fund, FirstDuty...) is
// kept in extra under its label as written.  Provenance format
// "cnki-estudy".
#include <algorithm>

#include "csv_rows.hpp"
#include "date_parts.hpp"
#include "ris_fields.hpp"
#include "refnet/doi.hpp"
#include "refnet/importer.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "noteexpress.hpp"
#include "skipped_lines.hpp"

namespace refnet {

namespace {

struct Field {
  std::string label;  // NoteExpress's label, or what an E-Study label means in its terms
  std::size_t offset = 0;
  std::string value;
  std::string written = {};  // an E-Study label as written ("Organ-机构"): its name in extra
};

struct NeRecord {
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  std::vector<Field> fields;
  bool estudy = false;
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

// E-Study's English labels read as their NoteExpress counterparts.
constexpr std::pair<std::string_view, std::string_view> kEstudyLabels[] = {
    {"Title", "Title"},   {"Author", "Author"},     {"Source", "Journal"}, {"Year", "Year"},
    {"PubTime", "Date"},  {"Keyword", "Keywords"},  {"Summary", "Abstract"}, {"Period", "Issue"},
    {"Roll", "Volume"},   {"Volume", "Volume"},     {"Page", "Pages"},     {"ISSN", "ISSN"},
    {"ISBN", "ISBN"},     {"DOI", "DOI"},           {"Link", "URL"},       {"URL", "URL"},
    {"Publisher", "Publisher"}, {"DataType", "DataType"}, {"SrcDatabase", "SrcDatabase"}};

// "Title-题名: value" (E-Study, CNKI's custom export), "DataType: 1": the
// English label, the label as written and the value.  The English part is
// letters; the part after '-' names it in Chinese (any non-ASCII text).
bool estudy_field_line(std::string_view l, std::string_view& english, std::string_view& written,
                       std::string_view& value) {
  std::size_t i = 0;
  while (i < l.size() && i < 24 && is_alpha(l[i])) ++i;
  if (i < 2) return false;
  english = l.substr(0, i);
  std::size_t colon = i;
  if (i < l.size() && l[i] == '-') {
    colon = l.find(':', i);
    const std::size_t wide = l.find("\xEF\xBC\x9A", i);  // '：'
    if (wide < colon) colon = wide;
    if (colon == std::string_view::npos || colon - i < 2 || colon - i > 40) return false;
    std::string_view chinese = l.substr(i + 1, colon - i - 1);
    if (is_ascii(chinese) && chinese != english) return false;  // "DOI-DOI"
  } else if (english != "DataType" || i >= l.size() || l[i] != ':') {
    return false;
  }
  written = l.substr(0, colon);
  const std::size_t after = colon + (l[colon] == ':' ? 1 : 3);
  value = trim(l.substr(std::min(after, l.size())));
  return true;
}

// The type an E-Study "DataType" or a "SrcDatabase" names; empty if none.
std::string_view estudy_type(std::string_view v) {
  v = trim(v);
  if (v == "1" || v.find("期刊") != std::string_view::npos) return "article-journal";
  if (v == "2" || v.find("博士") != std::string_view::npos || v.find("硕士") != std::string_view::npos) return "thesis";
  if (v == "3" || v.find("会议") != std::string_view::npos) return "paper-conference";
  if (v == "4" || v.find("报纸") != std::string_view::npos) return "article-newspaper";
  return {};
}

class Builder {
 public:
  Builder(const NeRecord& rec, Diagnostics& diags) : rec_(rec), diags_(diags) {}
  bool build(Record& r);

 private:
  const NeRecord& rec_;
  Diagnostics& diags_;

  std::string add_names(const Field& f, std::vector<Creator>& to, bool authors) {
    return add_name_list(f.value, f.label, f.offset, diags_, to, authors);
  }
};

bool Builder::build(Record& r) {
  std::string year, date, date_label, secondary_title;
  std::size_t year_at = 0, date_at = 0;
  bool doi_set = false, typed = false;
  for (const Field& f : rec_.fields) {
    const std::string& label = f.label;
    const std::string& v = f.value;
    if (v.empty()) continue;
    auto keep = [&] { r.add_extra(f.written.empty() ? label : f.written, v); };
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = v;
      else keep();
    };
    if (label == "DataType" || label == "SrcDatabase") {
      // DataType decides; SrcDatabase (kept) when there is none.
      std::string_view csl = estudy_type(v);
      if (label == "SrcDatabase") keep();
      if (!csl.empty() && (!typed || label == "DataType")) {
        r.type = std::string(csl);
        typed = label == "DataType";
      } else if (csl.empty() && label == "DataType") {
        diags_.report(Severity::note, f.offset,
                      "DataType '" + v + "' is no type refnet knows: read as a journal article, kept in extra");
        keep();
      }
    } else if (label == "Reference Type") {
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
      keep_author_placeholder(r, add_names(f, r.authors, true));
    } else if (label == "Secondary Author") {
      add_names(f, r.editors, false);
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
      date_label = f.written.empty() ? label : f.written;
      date_at = f.offset;
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
      if (!take_doi_field(r, doi_set, v, label, diags_, f.offset)) keep();
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
  if (!date.empty()) {
    // The date when there is no Year; in E-Study's files PubTime is the full
    // date of the Year: "2021-03-15", "2019-10".  What the date read leaves
    // out ("2021-13-05": month 13) is said; the text stays in extra.
    Date d = parse_raw_date(date);
    if (!r.issued.year || (rec_.estudy && d.year && d.year == r.issued.year && d.text.empty())) {
      r.issued = d;
      say_date_parts_left_out(date_label, date, d, diags_, date_at);
    }
  }
  if (rec_.estudy) {
    // A thesis' "source" is its university.
    if (r.type == "thesis" && r.publisher.empty()) std::swap(r.publisher, r.container_title);
  }
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
}

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink) : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    for_each_text_line(text_, [this](std::size_t begin, std::size_t end, std::uint32_t line_no) {
      line(begin, end, line_no);
    });
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
    std::string_view label, value, written;
    if (ne_field_line(l, label, value)) {
      if (label == "Reference Type" || !in_record_) open(at, line_no, false);
      rec_.fields.push_back({std::string(label), at, std::string(value)});
      rec_.end = end;
      return;
    }
    if (estudy_field_line(l, label, written, value)) {
      std::string_view meaning;
      for (const auto& [english, ne] : kEstudyLabels)
        if (english == label) meaning = ne;
      const bool again = (meaning == "Title" || meaning == "SrcDatabase") &&
                         std::any_of(rec_.fields.begin(), rec_.fields.end(),
                                     [&](const Field& f) { return f.label == meaning; });
      if (meaning == "DataType" || !in_record_ || again) open(at, line_no, true);
      rec_.fields.push_back({std::string(meaning.empty() ? written : meaning), at, std::string(value), std::string(written)});
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

  void open(std::size_t at, std::uint32_t line_no, bool estudy) {
    finish();
    skipped_.say(diags_);
    in_record_ = true;
    rec_.fields.clear();
    rec_.begin = at;
    rec_.line = line_no;
    rec_.estudy = estudy;
  }

  void finish() {
    if (!in_record_) return;
    in_record_ = false;
    Record r;
    Builder b(rec_, diags_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, std::string(rec_.estudy ? "CNKI E-Study" : "NoteExpress") +
                                   " record has no title, no author and no DOI; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), rec_.estudy ? "cnki-estudy" : "noteexpress", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_,
                   stats_, sink_);
  }
};

}  // namespace

bool looks_like_cnki_estudy(std::string_view text) {
  // A Title line and two more E-Study lines among the first 40 lines, the
  // first of them a field line.
  std::size_t fields = 0;
  bool first = true, title = false, found = false;
  for_each_first_line(text, 40, [&](std::string_view l) {
    std::string_view english, written, value;
    const bool field = estudy_field_line(l, english, written, value);
    if (!field && first) return false;
    first = false;
    fields += field;
    title |= field && english == "Title";
    found = title && fields >= 3;
    return !found;
  });
  return found;
}

bool looks_like_noteexpress(std::string_view text) {
  if (looks_like_cnki_estudy(text)) return true;
  bool found = false;
  for_each_first_line(text, 40, [&](std::string_view l) {
    std::string_view label, value;
    found = ne_field_line(l, label, value) && label == "Reference Type";
    return !found;
  });
  return found;
}

ParseStats parse_noteexpress(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
