// MEDLINE importer: PubMed's "PubMed format" (.nbib, .txt), and the same
// tagged text as ERIC and Ovid write it.
//
//   PMID- 8692918
//   TI  - The structure of bovine F1-ATPase complexed with the antibiotic
//         inhibitor aurovertin B.
//   FAU - van Raaij, M J
//   AU  - van Raaij MJ
//   AD  - Medical Research Council Laboratory of Molecular Biology, ...
//
// A tag line is a tag of two to four capitals or digits padded with spaces
// to four columns, a dash in the fifth (ERIC: "ISSN - "), then a space and
// the value.  Long
// values wrap onto lines indented by six spaces.  Records are separated by a
// blank line; a PMID line also opens a new record (concatenated exports).
// ERIC writes records with no PMID.
//
// Two layers, as for RIS: the lexer turns the text into records of raw
// fields (string_views into the input), the builder maps one record to a
// Record.  A field with a slot goes there; every other one goes to `extra`
// under its tag, in order, so nothing is lost.
//
// Authors come in pairs: FAU (full name, "Family, Given") then AU (the
// citation form, "Family GI").  FAU is preferred; an AU without its FAU (old
// records, ERIC) stands for itself.  AD (affiliation) and AUID (ORCID)
// follow the author they belong to; ED/FED are the same for editors, CN is
// a corporate author in list order.
#include <algorithm>
#include <cstring>
#include <deque>

#include "final_period.hpp"
#include "left_references.hpp"
#include "ris_fields.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

// If `line` is a MEDLINE tag line, the length of its tag (2-4) and where the
// value starts; else tag length 0.
struct TagLine {
  std::size_t tag_len = 0;
  std::size_t value_at = 0;
};

inline bool tag_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

TagLine medline_tag_line(std::string_view line) {
  TagLine t;
  if (line.size() < 5 || !(line[0] >= 'A' && line[0] <= 'Z')) return t;
  std::size_t n = 1;
  while (n < 4 && n < line.size() && tag_char(line[n])) ++n;
  if (n < 2) return t;
  // The dash is in the fifth column; ERIC writes "ISSN - " with a space
  // between a four-letter tag and the dash.
  std::size_t i = n;
  while (i < line.size() && i < 5 && line[i] == ' ') ++i;
  if (i < 4 || i >= line.size() || line[i] != '-') return t;
  if (i + 1 < line.size() && line[i + 1] != ' ' && line[i + 1] != '\t') return t;
  t.tag_len = n;
  t.value_at = std::min(line.size(), i + 2);
  return t;
}

// A tag packed into an integer ("AU" -> 'A','U',' ',' '), compared as one.
constexpr std::uint32_t tag4(std::string_view t) {
  std::uint32_t c = 0;
  for (std::size_t i = 0; i < 4; ++i) c = (c << 8) | static_cast<unsigned char>(i < t.size() ? t[i] : ' ');
  return c;
}

struct RawField {
  std::string_view tag;
  std::uint32_t code;  // tag4(tag)
  std::size_t offset;        // byte offset of the tag
  std::string_view value;    // on the tag line, trimmed
  std::uint32_t cont_begin;  // continuation lines: RawRecord::conts[cont_begin, cont_end)
  std::uint32_t cont_end;
};

struct RawRecord {
  std::vector<RawField> fields;
  std::vector<std::string_view> conts;
  std::size_t begin = 0, end = 0;
  std::uint32_t line = 0;
  bool has_pmid = false;
};

// ---------------------------------------------------------------------------
// Values.


int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

namespace {

// "[Title in English]": the bracket that opens the title closes it at its end.
bool bracketed_whole(std::string_view t) {
  if (t.size() < 3 || t.front() != '[' || t.back() != ']') return false;
  int depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '[') ++depth;
    else if (t[i] == ']' && --depth == 0) return i + 1 == t.size();
  }
  return false;
}

}  // namespace

bool nlm_translated_title(std::string_view title) {
  title = trim(title);
  if (!title.empty() && title.back() == '.') title.remove_suffix(1);
  return bracketed_whole(title);
}

std::string drop_nlm_period(std::string_view title) {
  title = trim(title);
  std::size_t n = title.size();
  // NLM's translated title, "[Title in English].": its brackets say only
  // that (the language is LA's), and go with the period.
  // ("[Title.]" too: the period inside is NLM's then.)
  if (n >= 4 && title[n - 1] == '.' && bracketed_whole(title.substr(0, n - 1))) return drop_nlm_period(title.substr(1, n - 3));
  if (bracketed_whole(title)) return drop_nlm_period(title.substr(1, n - 2));
  return drop_final_period(title);
}

std::string drop_final_period(std::string_view title) {
  title = trim(title);
  std::size_t n = title.size();
  if (n < 2 || title[n - 1] != '.' || title[n - 2] == '.') return std::string(title);
  // "... in the U.S." and "... aurovertin B.": the period ends an
  // abbreviation or an initial, and stays.
  char before = title[n - 2];
  if (before >= 'A' && before <= 'Z' && (n < 3 || title[n - 3] == '.' || title[n - 3] == ' ')) return std::string(title);
  return std::string(title.substr(0, n - 1));
}

std::string medline_type_csl(const std::vector<std::string_view>& pts, bool has_bti, bool has_journal, bool has_pmid,
                             bool has_issue) {
  auto any = [&](auto pred) { return std::any_of(pts.begin(), pts.end(), pred); };
  if (any([](std::string_view p) { return iequals(p, "Book Chapter"); }) || has_bti) return "chapter";
  if (any([](std::string_view p) { return iequals(p, "Book") || iequals(p, "Books"); })) return "book";
  if (any([](std::string_view p) { return istarts_with(p, "Dissertations/Theses"); })) return "thesis";
  if (any([](std::string_view p) { return iequals(p, "Preprint"); })) return "article";
  if (any([](std::string_view p) { return iequals(p, "Journal Article") || iequals(p, "Journal Articles"); }))
    return "article-journal";
  if (any([](std::string_view p) { return istarts_with(p, "Reports - "); }))
    return has_journal && has_issue ? "article-journal" : "report";
  if (any([](std::string_view p) { return istarts_with(p, "Speeches/Meeting Papers"); })) return "speech";
  return has_journal || has_pmid ? "article-journal" : "document";
}

// DP: "1996 Jul 9", "2015 May", "2021", "2010 Sep-Oct", "2003 Spring",
// "2001 Jan 5-18", ERIC's "Article 10 2019"; DEP and PubMed XML's
// MedlineDate: "20211227", "1998 Dec-1999 Jan".  The year, and the month and
// day when the text names exactly one; what is not reduced to numbers stays
// in `text`.
Date parse_medline_date(std::string_view s) {
  Date d;
  s = trim(s);
  if (s.empty()) return d;
  if (s.size() == 8 && all_digits(s)) {  // DEP: 20211227
    d.year = to_int(s.substr(0, 4));
    int m = to_int(s.substr(4, 2)), day = to_int(s.substr(6, 2));
    if (m >= 1 && m <= 12) {
      d.month = m;
      if (day >= 1 && day <= 31) d.day = day;
    }
    return d;
  }
  std::vector<std::string_view> words;
  std::size_t i = 0;
  bool range = false;
  while (i < s.size()) {
    if (s[i] == '-') range = true;
    if (!is_alpha(s[i]) && !is_digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    bool digits = is_digit(s[i]);
    while (i < s.size() && (digits ? is_digit(s[i]) : is_alpha(s[i]))) ++i;
    words.push_back(s.substr(start, i - start));
  }
  int years = 0, months = 0, days = 0, others = 0, month = 0, day = 0;
  for (std::string_view w : words) {
    if (all_digits(w) && w.size() == 4) {
      if (years++ == 0) d.year = to_int(w);
    } else if (all_digits(w) && w.size() <= 2 && months == 1) {
      if (days++ == 0) day = to_int(w);
    } else if (int m = month_from_abbreviation(w); m && w.size() <= 9) {
      if (months++ == 0) month = m;
    } else {
      ++others;
    }
  }
  // "2010 Sep-Oct" and "2001 Jan 5-18" are ranges: the first month is the
  // month, a range of days gives no day; the text keeps the whole.
  if (months >= 1) d.month = month;
  if (months == 1 && days == 1 && !range && day >= 1 && day <= 31) d.day = day;
  if (others || months > 1 || days > 1 || years > 1 || (range && months + days > 0) || d.year == 0)
    d.text = std::string(s);
  // "2022 Jan-Feb", "1998 Dec-1999 Jan": a range of months, the text kept
  // (RIS's DA and the BibTeX writers say it as the source did).
  if (MonthRange m; range && months == 2 && read_month_range(s, m)) {
    d.year = m.year;
    d.month = m.month;
    d.end_year = m.end_year;
    d.end_month = m.end_month;
  }
  return d;
}


namespace {

// "0027-8424 (Print)", ERIC's "EISSN-2375-5636": the ISSN, or empty.
std::string issn_in(std::string_view v) {
  for (std::size_t i = 0; i + 9 <= v.size(); ++i) {
    std::string_view w = v.substr(i, 9);
    if (all_digits(w.substr(0, 4)) && w[4] == '-' && all_digits(w.substr(5, 3)) && (is_digit(w[8]) || w[8] == 'X' || w[8] == 'x') &&
        (i == 0 || !is_digit(v[i - 1])) && (i + 9 == v.size() || !is_digit(v[i + 9]))) {
      std::string out(w);
      out[8] = to_upper(out[8]);
      return out;
    }
  }
  return {};
}

// "10.1016/j.puhe.2015.01.018 [doi]" -> the value and the kind ("doi").
std::pair<std::string_view, std::string_view> bracket_kind(std::string_view v) {
  v = trim(v);
  if (!v.empty() && v.back() == ']') {
    std::size_t open = v.rfind('[');
    if (open != std::string_view::npos)
      return {trim(v.substr(0, open)), v.substr(open + 1, v.size() - open - 2)};
  }
  return {v, {}};
}

bool is_book_like(std::string_view type) { return type == "book" || type == "chapter" || type == "report" || type == "thesis"; }

class Builder {
 public:
  Builder(const RawRecord& rec, Diagnostics& diags) : rec_(rec), diags_(diags) {}
  bool build(Record& r);

 private:
  const RawRecord& rec_;
  Diagnostics& diags_;

  std::string value(const RawField& f) const {
    if (f.cont_begin == f.cont_end) return std::string(f.value);
    std::string out(f.value);
    for (std::uint32_t i = f.cont_begin; i < f.cont_end; ++i) {
      if (!out.empty()) out += ' ';
      out.append(rec_.conts[i]);
    }
    return out;
  }
};

void add_keyword(Record& r, std::string_view k) {
  // "*Gambling", "Gambling/epidemiology/*psychology": PubMed's major-topic
  // mark is not part of the term.
  r.add_keyword(without_major_topic_marks(k));
}

bool Builder::build(Record& r) {
  const auto& fs = rec_.fields;
  std::vector<std::string_view> pts;
  bool has_bti = false, has_journal = false, has_ti = false, has_pg = false, has_issue = false;
  bool number_from_aid = false;  // r.number is an AID's item ID, which an LID's locator replaces
  std::size_t full_names = 0;
  for (const RawField& f : fs) {
    if (f.code == tag4("PT")) pts.push_back(f.value);
    else if (f.code == tag4("BTI")) has_bti = true;
    else if (f.code == tag4("JT") || f.code == tag4("TA")) has_journal = true;
    else if (f.code == tag4("TI")) has_ti = true;
    else if (f.code == tag4("PG")) has_pg = true;
    else if (f.code == tag4("VI") || f.code == tag4("IP")) has_issue = true;
    else if (f.code == tag4("FAU") || f.code == tag4("CN")) ++full_names;
  }
  r.authors.reserve(full_names);
  r.extra.reserve(fs.size());
  r.type = medline_type_csl(pts, has_bti && has_ti, has_journal, rec_.has_pmid, has_issue);
  const bool book_like = is_book_like(r.type);

  // The creator list the last FAU/AU/FED/ED/CN went to, and whether the
  // last FAU (FED) still waits for its AU (ED).
  std::vector<Creator>* last_list = nullptr;
  bool fau_open = false, fed_open = false;
  std::string placeholder;  // an unsigned work's "Anonymous" (dropped from the authors)
  bool doi_set = false, date_set = false, abstract_set = false;
  std::string dep, bti, jt, ta;
  std::vector<std::string> pending_ad;
  for (const RawField& f : fs) {
    const std::string_view tag = f.tag;
    const std::uint32_t code = f.code;
    std::string v = value(f);
    if (v.empty()) continue;
    auto keep = [&] { r.add_extra(std::string(tag), std::move(v)); };
    // A field with one slot: the first value fills it, a later one is kept.
    auto first = [&](std::string& slot) {
      if (slot.empty()) slot = std::move(v);
      else keep();
    };
    if (code == tag4("PMID")) {
      if (r.pmid.empty()) r.pmid = v;
      else keep();
    } else if (code == tag4("TI")) {
      if (r.title.empty()) r.title = drop_nlm_period(v);
      else keep();
    } else if (code == tag4("BTI")) {
      bti = std::move(v);
    } else if (code == tag4("FAU") || code == tag4("FED")) {
      auto& list = code == tag4("FAU") ? r.authors : r.editors;
      Creator c = parse_ris_name(v);
      if (c.empty()) continue;
      // "Anonymous": no person; its AU (ED) is still the citation form of it.
      if (!said_anonymous(c, tag, diags_, f.offset, &list == &r.authors ? &placeholder : nullptr)) {
        list.push_back(std::move(c));
        last_list = &list;
      }
      (code == tag4("FAU") ? fau_open : fed_open) = true;
    } else if (code == tag4("AU") || code == tag4("ED")) {
      bool& open = code == tag4("AU") ? fau_open : fed_open;
      auto& list = code == tag4("AU") ? r.authors : r.editors;
      if (open) {  // the citation form of the full name just read
        open = false;
        continue;
      }
      if (is_et_al(v)) {
        keep();
        continue;
      }
      Creator c = parse_citation_name(v);
      if (c.empty() || said_anonymous(c, tag, diags_, f.offset, &list == &r.authors ? &placeholder : nullptr)) continue;
      list.push_back(std::move(c));
      last_list = &list;
    } else if (code == tag4("CN")) {
      Creator c;
      c.literal = std::move(v);
      r.authors.push_back(std::move(c));
      last_list = &r.authors;
      fau_open = false;
    } else if (code == tag4("AD")) {
      // Before 2013 the one AD of a record came before the authors and was
      // the first author's: it waits for that author.
      if (last_list && !last_list->empty()) last_list->back().affiliations.push_back(std::move(v));
      else pending_ad.push_back(std::move(v));
    } else if (code == tag4("AUID")) {
      std::string_view id = trim(v);
      if (istarts_with(id, "ORCID:") && last_list && !last_list->empty() && last_list->back().orcid.empty()) {
        last_list->back().orcid = clean_orcid(trim(id.substr(6)));
      } else {
        keep();
      }
    } else if (code == tag4("JT")) {
      jt = std::move(v);
    } else if (code == tag4("TA")) {
      ta = std::move(v);
    } else if (code == tag4("VI")) {
      first(r.volume);
    } else if (code == tag4("IP")) {
      first(r.issue);
    } else if (code == tag4("PG")) {
      if (r.pages.empty()) r.pages = expand_page_range(v);
      else keep();
    } else if (code == tag4("DP")) {
      if (!date_set) {
        r.issued = parse_medline_date(v);
        date_set = true;
      } else {
        keep();
      }
    } else if (code == tag4("DEP")) {
      dep = v;
      keep();
    } else if (code == tag4("AB")) {
      if (!abstract_set) {
        r.abstract = std::move(v);
        abstract_set = true;
      } else {
        keep();
      }
    } else if (code == tag4("MH")) {
      add_keyword(r, v);
    } else if (code == tag4("OT")) {
      // Not MeSH (the authors' keywords, under OTO NOTNLM): kept as such
      // too, so that a map tells them from MeSH's check tags (own_keywords).
      add_keyword(r, v);
      r.add_extra("OT", std::string(trim(v)));
    } else if (code == tag4("LID") || code == tag4("AID")) {
      auto [id, kind] = bracket_kind(v);
      if (!doi_set && iequals(kind, "doi")) {
        if (auto d = normalize_doi_said(id, tag, diags_, f.offset)) {
          r.doi = std::move(*d);
          doi_set = true;
          continue;
        }
        diags_.warning(f.offset, std::string(tag) + " marked [doi] is not a DOI, kept in extra: " + std::string(id) +
                                     placeholder_doi_note(id));
      } else if (kind.empty() && (istarts_with(id, "http://") || istarts_with(id, "https://") || istarts_with(id, "www."))) {
        // ERIC: AID is the publisher's link, LID the ERIC catalog entry.
        if (!doi_set) {
          if (auto d = find_doi_said(id, tag, diags_, f.offset)) {
            r.doi = std::move(*d);
            doi_set = true;
          }
        }
        if (r.url.empty() && code == tag4("AID")) {
          r.url = std::string(id);
          continue;
        }
      } else if ((kind == "pii" || (kind.empty() && code == tag4("LID"))) && !has_pg && id.size() <= 12 &&
                 (r.number.empty() || (kind.empty() && number_from_aid)) &&
                 std::all_of(id.begin(), id.end(), [](char c) { return is_alpha(c) || is_digit(c); })) {
        // An electronic article's locator ("1042", "e0268950") when there
        // are no pages; a publisher's item id ("S0033-3506(15)00037-2") is not.
        // An LID without a kind is the locator PubMed cites ("LID - e80092",
        // SO "11:e80092"), before an AID's item ID ("80092 [pii]", eLife's).
        r.number = std::string(id);
        number_from_aid = code == tag4("AID");
      }
      keep();
    } else if (code == tag4("PMC")) {
      first(r.pmcid);
    } else if (code == tag4("LA")) {
      first(r.language);
    } else if (code == tag4("IS") || code == tag4("ISSN")) {
      std::string issn = issn_in(v);
      if (issn.empty()) {
        keep();
      } else if (std::find(r.issn.begin(), r.issn.end(), issn) == r.issn.end()) {
        r.issn.push_back(std::move(issn));
      }
    } else if (code == tag4("ISBN")) {
      if (std::find(r.isbn.begin(), r.isbn.end(), v) == r.isbn.end()) r.isbn.push_back(std::move(v));
    } else if (code == tag4("PB")) {
      first(r.publisher);
    } else if (code == tag4("CTI")) {
      // A Bookshelf book's series, as PubMed XML's CollectionTitle.
      r.add_extra("collection-title", std::move(v));
    } else if (code == tag4("PL") && book_like && r.publisher_place.empty()) {
      // A journal's PL is the country it is published in, not a place of
      // publication of the work: kept in extra.
      r.publisher_place = std::move(v);
    } else if (code == tag4("SO") && r.type == "thesis" && r.publisher.empty() && v.find("Dissertation, ") != std::string::npos) {
      // ERIC: "Ph.D. Dissertation, Drexel University".
      r.publisher = std::string(trim(std::string_view(v).substr(v.find("Dissertation, ") + 14)));
      keep();
    } else {
      keep();
    }
  }

  if (!pending_ad.empty()) {
    if (!r.authors.empty()) {
      auto& aff = r.authors.front().affiliations;
      aff.insert(aff.begin(), pending_ad.begin(), pending_ad.end());
    } else {
      for (auto& a : pending_ad) r.add_extra("AD", std::move(a));
    }
  }

  // Containers: a chapter's book title; a journal's full and short name.
  // ERIC's JT on a report, book or thesis is the publisher or distributor.
  if (r.type == "chapter") {
    r.container_title = bti;
  } else if (!bti.empty()) {
    if (r.title.empty()) r.title = bti;
    else r.add_extra("BTI", bti);
  }
  if (!jt.empty()) {
    if (book_like && r.publisher.empty()) r.publisher = jt;
    else if (book_like || !r.container_title.empty()) r.add_extra("JT", jt);
    else r.container_title = jt;
  }
  if (!ta.empty()) {
    r.container_title_short = ta;
    if (r.container_title.empty() && !book_like) r.container_title = ta;
  }
  if (!date_set && !dep.empty()) r.issued = parse_medline_date(dep);
  keep_author_placeholder(r, std::move(placeholder));
  return !r.title.empty() || !r.authors.empty() || !r.doi.empty() || !r.pmid.empty();
}

// ---------------------------------------------------------------------------
// The lexer.

class Parser {
 public:
  Parser(std::string_view text, Diagnostics& diags, const RecordSink& sink)
      : text_(text), diags_(diags), sink_(sink) {}

  ParseStats run() {
    const char* data = text_.data();
    const std::size_t n = text_.size();
    std::size_t pos = 0;
    std::uint32_t line_no = 1;
    while (pos < n) {
      const void* nl = std::memchr(data + pos, '\n', n - pos);
      std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) : n;
      line(pos, end, line_no);
      pos = end + 1;
      ++line_no;
    }
    if (in_record_) {
      said_cut_short();
      finish();
    }
    if (entities_.count)
      diags_.warning(entities_.first, std::to_string(entities_.count) +
                                          (entities_.count == 1 ? " value holds" : " values hold") +
                                          " HTML character references ('&lt;', '&amp;', '&#x2010;'...: PubMed's text "
                                          "escapes '<', '>' and '&' of titles and abstracts): decoded");
    return stats_;
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  const RecordSink& sink_;
  bool in_record_ = false;
  RawRecord rec_;
  ParseStats stats_;
  // The tag every finished record so far ended with ("SO": PubMed's last),
  // empty when they differ, and how many did.
  std::string_view last_tag_;
  std::size_t last_tag_records_ = 0;
  // Values with HTML character references ("P &lt; 0.05"): the first's
  // offset, how many (said once a file); their decoded text, which the
  // record's fields view until it is built.
  DecodedValues entities_;

  // MEDLINE has no escapes: PubMed's text writes '<', '>' and '&' (and some
  // characters) as HTML character references, which are the characters.
  void decode_references() {
    entities_.store.clear();
    for (RawField& f : rec_.fields) {
      f.value = entities_.decode(f.value, f.offset);
      for (std::uint32_t i = f.cont_begin; i < f.cont_end; ++i) rec_.conts[i] = entities_.decode(rec_.conts[i], f.offset);
    }
  }

  // A file that ends inside a record, without a line end, whose last record
  // lacks the closing tag all the others have: a download cut short, its
  // last field perhaps cut mid-word.  Said; the record is kept.
  void said_cut_short() {
    if (last_tag_records_ < 2 || last_tag_.empty() || text_.empty() || text_.back() == '\n' || rec_.fields.empty())
      return;
    if (rec_.fields.back().tag == last_tag_) return;
    diags_.warning(rec_.fields.back().offset,
                   "the file ends inside this record, which ends without the " + std::string(last_tag_) +
                       " line every other record of the file ends with: the file was cut short? (its " +
                       std::string(rec_.fields.back().tag) + " may be incomplete)");
  }

  void line(std::size_t begin, std::size_t end, std::uint32_t line_no) {
    std::string_view l = text_.substr(begin, end - begin);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    TagLine t = medline_tag_line(l);
    if (t.tag_len) {
      std::string_view tag = l.substr(0, t.tag_len);
      bool opens = !in_record_ || (tag == "PMID" && !rec_.fields.empty());
      if (opens) {
        if (in_record_) finish();
        start(begin, line_no);
      }
      if (tag == "PMID") rec_.has_pmid = true;
      auto c = static_cast<std::uint32_t>(rec_.conts.size());
      rec_.fields.push_back({tag, tag4(tag), begin, trim(l.substr(t.value_at)), c, c});
      rec_.end = begin + l.size();
      return;
    }
    std::string_view s = trim(l);
    if (s.empty()) {
      if (in_record_) finish();  // a blank line ends the record
      return;
    }
    if (!in_record_) return;  // text around the records
    if (l.front() != ' ' && l.front() != '\t')
      diags_.warning(begin, "MEDLINE line is neither a tag line nor an indented continuation; read as a continuation of " +
                                std::string(rec_.fields.back().tag));
    rec_.conts.push_back(s);
    rec_.fields.back().cont_end = static_cast<std::uint32_t>(rec_.conts.size());
    rec_.end = begin + l.size();
  }

  void start(std::size_t off, std::uint32_t line_no) {
    in_record_ = true;
    rec_.fields.clear();
    rec_.conts.clear();
    rec_.begin = rec_.end = off;
    rec_.line = line_no;
    rec_.has_pmid = false;
  }

  void finish() {
    in_record_ = false;
    if (!rec_.fields.empty()) {
      std::string_view last = rec_.fields.back().tag;
      if (last_tag_records_++ == 0) last_tag_ = last;
      else if (last != last_tag_) last_tag_ = {};
    }
    decode_references();
    Record r;
    Builder b(rec_, diags_);
    if (!b.build(r)) {
      diags_.error(rec_.begin, "MEDLINE record has no title, no author, no DOI and no PMID; skipped");
      ++stats_.rejected;
      return;
    }
    deliver_record(std::move(r), "medline", text_.substr(rec_.begin, rec_.end - rec_.begin), rec_.line, diags_,
                   stats_, sink_);
  }
};

}  // namespace

bool is_medline_tag_line(std::string_view line) { return medline_tag_line(line).tag_len != 0; }

ParseStats parse_medline(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  Parser p(text, diags, sink);
  return p.run();
}

}  // namespace refnet
