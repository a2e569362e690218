// The Cochrane Library's plain-text export ("Export selected citation(s)",
// format "Plain text", citation-export.txt), for CENTRAL trials and CDSR
// reviews alike:
//
//   Record #1 of 271
//   ID: CD009275
//   AU: Han Shanshan
//   AU: Crowther Caroline A
//   TI: Different types of dietary advice for women with gestational diabetes mellitus
//   SO: Cochrane Database of Systematic Reviews
//   YR: 2017
//   NO: 2
//   PB: John Wiley & Sons, Ltd
//   KY: Caloric Restriction;Diabetes, Gestational [diet therapy];...;Female[checkword]
//   CC: PREG
//   DOI: 10.1002/14651858.CD009275.pub3
//   AB: Background: ...
//   US: http://onlinelibrary.wiley.com/doi/10.1002/14651858.CD009275.pub3/abstract
//
// A CENTRAL record has "ID: CN-01234567", "AU: Smith J", "VL", "PG", "XR:
// EMBASE 123...", "PM: PUBMED 123...", "PT: Journal Article".  Each record
// opens with its "Record #N of M" line; a field is a tag of two or three
// capitals or digits, ':', a space; a line that is no tag line continues
// the field before it (joined with a space).  The export writes lone CR line
// ends, which decode_text makes LF, and a BOM before each file's first
// line, which goes wherever it is (two downloads concatenated).  The
// headings' "of M" is checked against the records found: an export cut
// short is said.
//
// Mapping rules (every field not named here is kept in extra under its tag):
// - ID is kept in extra; a CDSR review's ID (CD009275) is also its article
//   number, as a citation of a Cochrane review gives it ("Art. No.: CD009275").
// - AU one author a line, family name first and no comma.  A record that
//   writes given names whole (a CDSR review, or any of its names ending in a
//   word that is no initial): "Crowther Caroline A", "Van Ryswyk Emer",
//   "Roqué i Figuls Marta", the first word is the family, with the particles
//   before or in it.  Else initials: "Smith J", "Lo Giudice D", every word
//   before them is the family.
// - TI title; SO container (a URL there, a trial registry's record, is the
//   URL); YR year; VL volume; NO issue; PG pages; PB publisher; DOI; US URL;
//   AB abstract; LA language; IS/SN ISSN or ISBN.
// - KY and MH the keywords, ';'-separated; the "[checkword]" mark of
//   Cochrane's check tags goes as MEDLINE's '*' does.
// - PM and XR "PUBMED 12345678" the PMID; XR's other databases kept.
// - PT the type: a conference abstract or proceeding is a paper-conference,
//   a trial registry record a document, else a journal article.
// A field given twice keeps its first value; the second goes to extra.
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
  std::string_view tag;
  std::size_t offset = 0;
  std::string value;
};

struct CochraneRecord {
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  std::vector<Field> fields;
};

// "AU: Smith J", "DOI: 10.1002/x", "NO:" (empty): the tag and the value.
bool cochrane_tag_line(std::string_view l, std::string_view& tag, std::string_view& value) {
  std::size_t n = 0;
  while (n < l.size() && n < 4 && ((l[n] >= 'A' && l[n] <= 'Z') || (n > 0 && is_digit(l[n])))) ++n;
  if (n < 2 || n > 3 || n >= l.size() || l[n] != ':') return false;
  if (n + 1 < l.size() && l[n + 1] != ' ' && l[n + 1] != '\t') return false;
  tag = l.substr(0, n);
  value = trim(l.substr(n + 1));
  return true;
}

// Whether a record's names give the given name whole ("Crowther Caroline
// A", "Han Shanshan": CDSR reviews, whose ID is CD and digits) or as initials
// ("Smith JA", "Lo Giudice D": CENTRAL's journal records): a review, or a
// record with a name of two words or more whose last word is no initial.
bool given_names_whole(const std::vector<std::string_view>& ids, const std::vector<std::string_view>& names) {
  for (std::string_view id : ids)
    if (id.size() == 8 && starts_with(id, "CD") && std::all_of(id.begin() + 2, id.end(), is_digit)) return true;
  return std::any_of(names.begin(), names.end(), [](std::string_view n) {
    if (n.find(',') != std::string_view::npos) return false;
    std::vector<std::string_view> words = split_words(n);
    return words.size() >= 2 && !is_initials(words.back()) && !is_name_suffix(words.back()) &&
           !is_corporate_name(words);
  });
}

// Cochrane's names, family first without a comma (see the rules above);
// `whole`: the record writes given names whole.
Creator cochrane_name(std::string_view s, bool whole) {
  s = trim(s);
  if (s.find(',') != std::string_view::npos) return parse_ris_name(s);
  std::vector<std::string_view> words = split_words(s);
  if (words.size() < 2 || !whole || is_corporate_name(words)) return parse_ris_name(s);
  // A given name written whole: the family is the first word, with the
  // particles before it ("Van Ryswyk", "de Souza") and the words a lower-case
  // particle or conjunction joins ("Roqué i Figuls").
  std::size_t family = 0;
  while (family + 1 < words.size() && is_name_particle(ascii_lower(words[family]))) ++family;
  ++family;
  while (family + 1 < words.size() && !words[family].empty() && words[family].front() >= 'a' &&
         words[family].front() <= 'z')
    family += 2;
  if (family >= words.size()) return parse_ris_name(s);
  auto join = [&](std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + std::string(words[i]);
    return out;
  };
  return parse_ris_name(join(0, family) + ", " + join(family, words.size()));
}

// "Diabetes, Gestational [diet therapy]" stays; "Female[checkword]" -> "Female".
void add_cochrane_keywords(std::string_view v, Record& r) {
  for_each_list_item(v, ";", [&](std::string_view k) {
    k = trim(k);
    if (ends_with(k, "[checkword]")) k = trim(k.substr(0, k.size() - 11));
    if (!k.empty()) r.add_keyword(without_major_topic_marks(k));
  });
}

std::string cochrane_type(const std::vector<std::string_view>& kinds) {
  auto any = [&](std::string_view w) {
    return std::any_of(kinds.begin(), kinds.end(),
                       [&](std::string_view k) { return ascii_lower(k).find(w) != std::string::npos; });
  };
  if (any("conference") || any("congress") || any("proceeding")) return "paper-conference";
  if (any("trial registry") || any("registry record")) return "document";
  return "article-journal";
}

class Builder {
 public:
  Builder(const CochraneRecord& rec, Diagnostics& diags) : rec_(rec), diags_(diags) {}
  bool build(Record& r);

 private:
  const CochraneRecord& rec_;
  Diagnostics& diags_;

  // "PUBMED 12345678" (PM, XR): the PMID, true; anything else false.
  bool read_pubmed(const Field& f, Record& r) {
    std::string_view v = trim(f.value);
    if (!istarts_with(v, "PUBMED")) return false;
    std::string_view id = trim(v.substr(6));
    if (id.empty() || id.size() > 9 || !std::all_of(id.begin(), id.end(), is_digit)) {
      diags_.warning(f.offset, std::string(f.tag) + " " + std::string(v) + " names no PubMed ID: kept in extra");
      return false;
    }
    if (r.pmid.empty()) r.pmid = std::string(id);
    else if (r.pmid != id) return false;
    return true;
  }
};

bool Builder::build(Record& r) {
  std::vector<std::string_view> kinds, ids, names;
  for (const Field& f : rec_.fields) {
    if (f.tag == "PT") kinds.push_back(f.value);
    else if (f.tag == "ID") ids.push_back(f.value);
    else if (f.tag == "AU" || f.tag == "ED") names.push_back(f.value);
  }
  r.type = cochrane_type(kinds);
  const bool whole = given_names_whole(ids, names);

  std::string yr;
  std::size_t yr_at = 0;
  bool doi_set = false;
  for (const Field& f : rec_.fields) {
    const std::string_view tag = f.tag;
    const std::string& v = f.value;
    if (v.empty()) continue;
    auto keep = [&] { r.add_extra(std::string(tag), v); };
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = v;
      else keep();
    };
    if (tag == "ID") {
      keep();
      // A CDSR review's ID is its article number: CD009275.
      if (v.size() == 8 && starts_with(v, "CD") && std::all_of(v.begin() + 2, v.end(), is_digit) && r.number.empty())
        r.number = v;
    } else if (tag == "AU") {
      if (is_et_al(v)) continue;
      Creator c = cochrane_name(v, whole);
      if (!c.empty()) r.authors.push_back(std::move(c));
    } else if (tag == "ED") {
      Creator c = cochrane_name(v, whole);
      if (!c.empty()) r.editors.push_back(std::move(c));
    } else if (tag == "TI") {
      first(r.title);
    } else if (tag == "SO") {
      if (istarts_with(v, "http://") || istarts_with(v, "https://")) {
        if (r.url.empty()) r.url = v;
        keep();
      } else {
        first(r.container_title);
      }
    } else if (tag == "YR") {
      if (yr.empty()) {
        yr = v;
        yr_at = f.offset;
      } else {
        keep();
      }
    } else if (tag == "VL") {
      first(r.volume);
    } else if (tag == "NO") {
      first(r.issue);
    } else if (tag == "PG") {
      if (r.pages.empty()) r.pages = normalize_pages(v);
      else keep();
    } else if (tag == "PB") {
      first(r.publisher);
    } else if (tag == "AB") {
      first(r.abstract);
    } else if (tag == "LA") {
      first(r.language);
    } else if (tag == "KY" || tag == "MH") {
      add_cochrane_keywords(v, r);
    } else if (tag == "DOI" || tag == "DO") {
      if (!take_doi_field(r, doi_set, v, tag, diags_, f.offset)) keep();
    } else if (tag == "US") {
      first(r.url);
    } else if (tag == "PM" || tag == "XR") {
      if (!read_pubmed(f, r)) keep();
    } else if (tag == "IS" || tag == "SN") {
      if (!classify_sn(v, r)) {
        diags_.warning(f.offset, std::string(tag) + " is not an ISSN or ISBN, kept in extra: " + v);
        keep();
      }
    } else {
      keep();
    }
  }
  if (!yr.empty()) {
    bool year = yr.size() == 4 && std::all_of(yr.begin(), yr.end(), is_digit);
    if (year) {
      r.issued.year = std::stoi(yr);
    } else {
      diags_.warning(yr_at, "YR " + yr + " is not a year: kept in extra");
      r.add_extra("YR", yr);
    }
  }
  drop_anonymous_authors(r, "AU", diags_, rec_.begin);
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty() || !r.pmid.empty();
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
    said_count();
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  CochraneRecord rec_;
  bool in_record_ = false;
  ParseStats stats_;
  SkippedLines skipped_{"Cochrane"};  // text outside the records, said once per run
  // The export's headings: "of M" of its first, where, and how many came.
  std::size_t series_of_ = 0, series_at_ = 0, series_seen_ = 0;

  // An export cut short (a download that stopped, records deleted by hand):
  // its headings say more records than it holds.
  void said_count() {
    if (series_of_ && series_seen_ != series_of_)
      diags_.warning(series_at_, "the export's headings say " + std::to_string(series_of_) + " records (\"of " +
                                     std::to_string(series_of_) + "\"), " + std::to_string(series_seen_) +
                                     " are in the file");
    series_of_ = series_seen_ = 0;
  }

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view raw = text_.substr(begin, end - begin);
    if (starts_with(raw, "\xEF\xBB\xBF")) raw.remove_prefix(3);
    std::string_view l = trim(raw);
    if (l.empty()) return;
    std::size_t at = static_cast<std::size_t>(l.data() - text_.data());
    std::size_t number = 0, of = 0;
    if (is_record_heading(l, &number, &of)) {
      finish();
      skipped_.say(diags_);
      // "Record #1 of M" opens an export (or its first download): the one
      // before it should have held all its records.
      if (number == 1) said_count();
      if (series_of_ == 0) {
        series_of_ = of;
        series_at_ = at;
      }
      ++series_seen_;
      in_record_ = true;
      rec_.fields.clear();
      rec_.begin = rec_.end = at;
      rec_.line = line_no;
      return;
    }
    std::string_view tag, value;
    if (in_record_ && cochrane_tag_line(l, tag, value)) {
      rec_.fields.push_back({tag, at, std::string(value)});
      rec_.end = end;
      return;
    }
    if (!in_record_ || rec_.fields.empty()) {
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
    if (rec_.fields.empty()) {
      diags_.error(rec_.begin, "Cochrane record heading with no fields; skipped");
      ++stats_.rejected;
      return;
    }
    Record r;
    Builder b(rec_, diags_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, "Cochrane record has no title, no author, no DOI and no PMID; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), "cochrane", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_,
                   stats_, sink_);
  }
};

}  // namespace

bool looks_like_cochrane(std::string_view text) {
  // A record heading among the first lines, and a Cochrane tag line next.
  bool heading = false, found = false;
  for_each_first_line(text, 40, [&](std::string_view l) {
    if (heading) {
      std::string_view tag, value;
      found = cochrane_tag_line(l, tag, value);
      return false;
    }
    heading = is_record_heading(l);
    return true;
  });
  return found;
}

ParseStats parse_cochrane(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  return Parser(text, diags, sink).run();
}

}  // namespace refnet
