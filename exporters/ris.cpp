// RIS as Zotero writes it: `TAG  - value`, CRLF line ends, one value per
// line (authors, keywords, ISSNs repeat their tag), a blank line after ER.
//
// refnet's mark (own_export_mark.hpp) goes on a line of its own before TY.
// Tag order: TY TI AU A2 PY DA T2 VL IS SP EP PB CY SN DO UR KW AB LA (ID), then
// the extra tags of a record that came from RIS (kept verbatim: N1, M3,
// U2, ...), then ER.  Extra fields of other formats are not RIS tags and are
// left out, except a BibTeX `note`, which becomes N1.
#include <algorithm>
#include <cstring>
#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "refnet/exporter.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/months.hpp"
#include "refnet/jats.hpp"
#include "refnet/latex.hpp"
#include "refnet/names.hpp"
#include "refnet/own_export_mark.hpp"
#include "refnet/text.hpp"
#include "../importers/ris_fields.hpp"
#include "../importers/ris_kept_apart.hpp"

namespace refnet {

namespace {

struct TypeRow {
  std::string_view csl, ris;
};
// The RIS importer's canonical type for each CSL type (importers/ris.cpp),
// so that a record goes back under the type it came with; types it has no
// row for take the nearest one.
constexpr TypeRow kTypes[] = {
    {"article-journal", "JOUR"}, {"article", "JOUR"},          {"review", "JOUR"},
    {"review-book", "JOUR"},     {"article-magazine", "MGZN"},  {"article-newspaper", "NEWS"},
    {"book", "BOOK"},            {"classic", "CLSWK"},          {"collection", "CTLG"},
    {"chapter", "CHAP"},         {"paper-conference", "CONF"},  {"thesis", "THES"},
    {"report", "RPRT"},          {"webpage", "ELEC"},           {"post", "ELEC"},
    {"post-weblog", "BLOG"},     {"dataset", "DATA"},           {"software", "COMP"},
    {"patent", "PAT"},           {"manuscript", "MANSCPT"},     {"map", "MAP"},
    {"bill", "BILL"},            {"legal_case", "CASE"},        {"legislation", "STAT"},
    {"motion_picture", "MPCT"},  {"personal_communication", "PCOMM"}, {"interview", "PCOMM"},
    {"graphic", "ART"},          {"figure", "FIGURE"},          {"song", "SOUND"},
    {"entry-encyclopedia", "ENCYC"}, {"entry-dictionary", "DICT"}, {"standard", "STAND"},
    {"pamphlet", "PAMP"},        {"hearing", "HEAR"},           {"speech", "SLIDE"},
    {"periodical", "SER"},       {"musical_score", "MUSIC"},    {"document", "GEN"},
};

bool is_ris_tag(std::string_view t) {
  return t.size() == 2 && t[0] >= 'A' && t[0] <= 'Z' && ((t[1] >= 'A' && t[1] <= 'Z') || is_digit(t[1]));
}

// The first CR or LF of `v` from `from`, else v.size(): memchr's wide
// scans, not a test a byte (a value rarely has either).
std::size_t line_break(std::string_view v, std::size_t from) {
  const char* p = v.data() + from;
  std::size_t left = v.size() - from;
  if (const void* lf = std::memchr(p, '\n', left)) left = static_cast<std::size_t>(static_cast<const char*>(lf) - p);
  if (const void* cr = std::memchr(p, '\r', left)) left = static_cast<std::size_t>(static_cast<const char*>(cr) - p);
  return from + left;
}

class TagWriter {
 public:
  explicit TagWriter(std::string& out) : out_(out) {}
  // One tag line; line breaks inside the value become CRLF continuation lines.
  void tag(std::string_view t, std::string_view value) {
    value = trim(value);
    if (value.empty()) return;
    out_ += t;
    out_ += "  - ";
    for (std::size_t i = 0; i < value.size();) {
      std::size_t j = line_break(value, i);
      out_.append(value.data() + i, j - i);
      if (j == value.size()) break;
      if (value[j] == '\n') out_ += "\r\n";
      i = j + 1;
    }
    out_ += "\r\n";
  }

 private:
  std::string& out_;
};

void put_ris_name(std::string& out, const Creator& c) {
  if (c.is_literal()) {
    out += c.literal;
    return;
  }
  if (!c.particle.empty()) {  // c.full_family(), without the copy
    out += c.particle;
    out += ' ';
  }
  out += c.family;
  if (!c.given.empty() || !c.suffix.empty()) {
    out += ", ";
    out += c.given;
  }
  if (!c.suffix.empty()) {
    out += ", ";
    out += c.suffix;
  }
}

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  return s.size() < 2 ? "0" + s : s;
}

// YYYY/MM/DD, shortened when the month or day is unknown; the free text of a
// date after the fourth field, as RIS has it ("2018///Spring").
std::string ris_date(const Date& d) {
  if (d.year <= 0) return {};  // a date that is only text goes in PY
  std::string out = std::to_string(d.year);
  std::string mm = d.month >= 1 && d.month <= 12 ? two_digits(d.month) : "";
  std::string dd = !mm.empty() && d.day >= 1 && d.day <= 31 ? two_digits(d.day) : "";
  if (!d.text.empty()) return out + "/" + mm + "/" + dd + "/" + d.text;
  if (mm.empty()) return {};  // PY says it all
  out += "/" + mm;
  if (!dd.empty()) out += "/" + dd;
  return out;
}

// The RIS reader also reads EndNote's and RefWorks' tagged text: their
// extra fields are RIS tags too (%Z is N1, %S is T3, ...).
bool is_ris_source(const Record& r) {
  return r.provenance.format == "ris" || r.provenance.format == "endnote-tagged" ||
         r.provenance.format == "refworks-tagged";
}

// The record's TY: an RIS source's own, else the row of its CSL type, else GEN.
std::string_view ris_type(const Record& r) {
  std::string_view kept = is_ris_source(r) ? r.get_extra("TY") : std::string_view{};
  if (is_ris_tag(kept) || (kept.size() > 2 && kept.size() <= 8)) return kept;
  for (const auto& row : kTypes)
    if (row.csl == r.type) return row.ris;
  return "GEN";
}

// `kept_apart`: counts the extra values written as notes that name their
// tag (below).  Returns the TY written.
std::string_view write_record(std::string& out, const Record& r, std::string& name, const ExportOptions& opt,
                              std::vector<const ExtraField*>& used, std::size_t& kept_apart) {
  used.clear();
  TagWriter w(out);
  const bool from_ris = is_ris_source(r);
  const std::string_view type = ris_type(r);
  // refnet's mark, a line of its own before TY, where JSTOR writes the RIS
  // header before each record: no tag, so no field or note to any reader
  // (own_export_mark.hpp).
  if (std::string mark = own_export_mark_for(opt.library_mark, opt.work_ids, r.citekey); !mark.empty()) {
    out += kRisMarkLine;
    out += ' ';
    out += mark;
    out += "\r\n";
  }
  w.tag("TY", type);
  w.tag("TI", r.title);
  // The short title from another format (BibTeX shorttitle, CSL
  // title-short, EndNote's short-title); an RIS source's own ST is written
  // back with its tags.
  const ExtraValue st = short_title_of(r);
  if (st && !st.verbatim_in(r, "ris")) {
    w.tag("ST", st.text);
    used.push_back(st.field);
  }
  for (const auto& c : r.authors) {
    if (is_others(c)) continue;
    name.clear();
    put_ris_name(name, c);
    w.tag("AU", name);
  }
  // An unsigned work: the source's placeholder ("[Anonymous]"), which
  // refnet and Zotero read back as they read it first.
  if (std::string_view p = r.get_extra("author-placeholder"); !p.empty() && r.authors.empty())
    w.tag("AU", p);
  for (const auto& c : r.editors) {
    if (is_others(c)) continue;
    name.clear();
    put_ris_name(name, c);
    w.tag("A2", name);
  }
  // The creators' affiliations, each once, in AD (Zotero's and EndNote's
  // author address), unless an RIS source's own AD lines are written back
  // (below).  RIS ties an AD to no name: the reader keeps them as AD.
  // Without any, the addresses another format gave apart from the names
  // (EndNote's auth-address, a .bib source's affiliation).
  if (!(from_ris && !r.get_extra("AD").empty())) {
    std::vector<std::string_view> written;
    for (const auto* names : {&r.authors, &r.editors})
      for (const Creator& c : *names)
        for (const std::string& a : c.affiliations)
          if (std::find(written.begin(), written.end(), a) == written.end()) {
            written.push_back(a);
            w.tag("AD", a);
          }
    if (written.empty() && !from_ris)
      for (const ExtraField* f : address_fields(r)) {
        w.tag("AD", r.provenance.format == "bibtex" && f->format.empty() ? latex_paragraphs_to_unicode(f->value)
                                                                          : f->value);
        used.push_back(f);
      }
  }
  // A range of years as RIS sources write one ("2001-2003", which the
  // importer reads back); DA keeps the start's month and day.
  if (r.issued.year > 0 && r.issued.end_year > r.issued.year)
    w.tag("PY", std::to_string(r.issued.year) + "-" + std::to_string(r.issued.end_year));
  else if (r.issued.year != 0) w.tag("PY", year_words(r.issued.year));  // "535 BCE" before the common era
  else w.tag("PY", r.issued.text);  // "in press", "Spring": as the source said it
  w.tag("DA", ris_date(r.issued));
  // For types whose T2 the RIS importer reads as a series, the container goes in BT.
  w.tag(ris_t2_is_series(r.type) ? "BT" : "T2", r.container_title);
  w.tag("VL", r.volume);
  w.tag("IS", r.issue);
  // "235-256" -> SP 235, EP 256; anything else ("1-5, 7-9", "e1234") stays whole in SP.
  const std::string whole = expand_page_range(r.pages);  // "809-19" stored by an older import
  std::string_view pages = whole;
  std::size_t dash = pages.find('-');
  if (dash != std::string_view::npos && pages.find('-', dash + 1) == std::string_view::npos &&
      pages.find(',') == std::string_view::npos && dash > 0 && dash + 1 < pages.size()) {
    w.tag("SP", pages.substr(0, dash));
    w.tag("EP", pages.substr(dash + 1));
  } else {
    w.tag("SP", pages);
  }
  // The article or report number, the journal abbreviation and the
  // database accession number, unless the source's own tags still hold them.
  // (An RIS source's own C7, J2, AN, C2 lines kept in extra are not these:
  // they go in notes below, kept_apart.)
  auto own = [&](std::string_view tag) { return from_ris && !r.get_extra(tag).empty(); };
  w.tag("C7", r.number);
  w.tag("J2", r.container_title_short);
  // Every identifier on its own AN line, the PMID labelled ("PMID:...": a
  // bare number is a PMID only where DB says PubMed); the PMCID in C2, as
  // Zotero and EndNote write it.
  w.tag("AN", r.wos_ut);
  if (!r.pmid.empty()) w.tag("AN", "PMID:" + r.pmid);
  w.tag("AN", r.scopus_eid);
  w.tag("C2", r.pmcid);
  // The series (T2 where RIS's T2 is one, else T3, as Zotero writes them)
  // and the edition, unless the source's own tags hold them (below). RIS
  // has no tag for the number in a series.
  const ExtraValue series = series_of(r), edition = edition_of(r);
  if (series && !series.verbatim_in(r, "ris")) {
    w.tag(ris_t2_is_series(r.type) && !own("T2") ? "T2" : "T3", series.text);
    used.push_back(series.field);
  }
  if (edition && !edition.verbatim_in(r, "ris") && !own("ET")) {
    w.tag("ET", edition.text);
    used.push_back(edition.field);
  }
  // A thesis's kind ("Master's thesis") from another format, where Zotero
  // and EndNote write it (an RIS source's own tags are written back below).
  if (r.type == "thesis" && !from_ris) {
    ThesisDegree degree = thesis_degree(r);
    w.tag("M3", thesis_genre(degree));
    if (const ExtraField* f = degree_field(r, degree)) used.push_back(f);
  }
  // Any other work's kind (Zotero's Type field: a preprint's "Working
  // paper"), where Zotero's RIS writes it: M3, Type of Work.
  if (ExtraValue genre = genre_of(r); genre && !own("M3")) {
    w.tag("M3", genre.text);
    used.push_back(genre.field);
  }
  // When a web page was looked at (Zotero's Accessed, BibTeX urldate, CSL
  // accessed), where Zotero's and EndNote's RIS write it.
  if (const AccessDate a = access_date_of(r); a && !own("Y2") && !is_ris_source(r)) {
    w.tag("Y2", a.date.year > 0 ? iso_date(a.date, '/') : a.date.text);
    used.push_back(a.field);
  }
  w.tag("PB", r.publisher);
  w.tag("CY", r.publisher_place);
  for (const auto& s : r.issn) w.tag("SN", s);
  for (const auto& s : r.isbn) w.tag("SN", s);
  w.tag("DO", r.spelled_doi());
  w.tag("UR", r.url);
  for (const auto& k : r.keywords) w.tag("KW", k);
  w.tag("AB", r.abstract);
  w.tag("LA", r.language);
  w.tag("ID", r.citekey);  // the key, whatever the source: the importer reads it back from ID
  // refnet's own export read back: an N1 equal to one of the work's notes,
  // which are written below, is not written twice (issue 11).
  const auto* user_notes = of_work(opt.user_notes, r);
  auto a_user_note = [&](std::string_view v) {
    return user_notes && std::any_of(user_notes->begin(), user_notes->end(),
                                     [&](const std::string& n) { return trim(n) == trim(v); });
  };
  if (from_ris) {
    for (const auto& f : r.extra)
      if (f.format.empty() && is_ris_tag(f.name) && f.name != "TY" && f.name != "ER") {
        const std::string value = f.name == "N1" ? html_note_to_text(f.value) : f.value;  // Zotero's HTML notes: their text
        if (f.name == "N1" && a_user_note(value)) {
          used.push_back(&f);
          continue;
        }
        // A value kept apart from the field its tag names (Ovid's NLM code
        // in IS, EBSCO's copyright as a second AB, a database's accession
        // number in AN, MEDLINE's investigators in A2) would be read as
        // that field under its tag, by refnet and by every other reader:
        // it goes in a note that names the tag, which refnet reads back
        // into the same extra field.  The source's own series, edition
        // and short title keep their tags (T2 is a book's series).
        // So does a database's name or link that would change how the
        // fields written above are read (a title's final period).
        if (&f != series.field && &f != edition.field && &f != st.field &&
            (ris_tag_reads_as_field(f.name, value) || ris_tag_changes_reading(r, f.name, value))) {
          w.tag("N1", ris_kept_apart_note(f.name, value));
          ++kept_apart;
        } else {
          w.tag(f.name, value);
        }
        used.push_back(&f);
      }
  }
  // The notes of other formats (CSL note, EndNote's notes, a .bib source's
  // note and annote: LaTeX, its text here), each an N1.
  if (!from_ris)
    for (const ExtraField* f : note_fields(r)) {
      const bool latex = (f->format.empty() ? r.provenance.format : f->format) == "bibtex";
      const std::string value = latex ? latex_paragraphs_to_unicode(f->value) : html_note_to_text(f->value);
      if (!a_user_note(value)) w.tag("N1", value);
      used.push_back(f);
    }
  // The source's annotation (a CSL-JSON item's annote, the spans the reference parser kept): RIS has no tag of its
  // own for it, an N1 (before: "1 value of annote (csl-json) not written: RIS has no field for it").
  for (const ExtraField* f : annotation_fields(r)) {
    std::string value = html_note_to_text(f->value);
    if (may_have_rich_text(value)) value = strip_rich_text(value);  // CSL's <i>...</i>
    if (!a_user_note(value)) w.tag("N1", value);
    used.push_back(f);
  }
  // biblatex's annotation (BibTeX's annote is among note_fields), as its text (before: "not written").
  for (const ExtraField& f : r.extra)
    if ((f.format.empty() ? r.provenance.format : f.format) == "bibtex" && iequals(f.name, "annotation") &&
        !trim(f.value).empty()) {
      const std::string value = latex_paragraphs_to_unicode(f.value);
      if (!a_user_note(value)) w.tag("N1", value);
      used.push_back(&f);
    }
  if (user_notes)
    for (const auto& n : *user_notes) w.tag("N1", n);
  out += "ER  - \r\n\r\n";
  return type;
}

class RisRecordWriter : public RecordWriter {
 public:
  explicit RisRecordWriter(const ExportOptions& opt) : opt_(opt) {}
  void record(std::string& out, const Record& r) override {
    const Record& rec = with_title_case(r, opt_.title_case, recased_);
    const std::size_t kept_before = kept_apart_;
    const std::string_view ty = write_record(out, rec, name_, opt_, used_, kept_apart_);
    if (kept_apart_ > kept_before) kept_apart_keys_.push_back(r.citekey);
    // A type RIS has no TY of its own for goes under the nearest one, which
    // an RIS reader takes for another type (a preprint's JOUR is a journal
    // article's): said, as the BibTeX writer says its @misc.
    if (std::string back = csl_type_of_ris(ty); !back.empty() && back != rec.type)
      retyped_[rec.type + '\t' + std::string(ty) + '\t' + back].push_back(r.citekey);
    unwritten_.record(rec, used_);
    std::size_t orcids = 0;
    for (const auto* names : {&r.authors, &r.editors})
      for (const Creator& c : *names) orcids += !c.orcid.empty();
    if (orcids) {
      orcids_ += orcids;
      orcid_keys_.push_back(r.citekey);
    }
    // PY writes a range of whole years ("2001-2003"); any other range (Web of
    // Science's "OCT-DEC 2019", biblatex's "2001-03/2001-05") loses its end.
    const Date& d = r.issued;
    if (d.is_range() && !(d.end_year > d.year && d.month == 0 && d.day == 0 && d.end_month == 0 && d.end_day == 0))
      range_keys_.push_back(r.citekey);
  }
  // RIS has no tag for a name's ORCID: said once an export.
  void end(std::string&) override {
    unwritten_.say("RIS", opt_.notes);
    if (opt_.notes && kept_apart_)
      opt_.notes->warnings.push_back(std::to_string(kept_apart_) + " values of " + std::to_string(kept_apart_keys_.size()) +
                                  (kept_apart_keys_.size() == 1 ? " work" : " works") +
                                  " that their source kept apart from the field their tag names (an NLM code in IS, "
                                  "a second abstract, another database's AN) written as notes 'N1  - IS (kept apart "
                                  "by refnet): ...', not under the tag a reader takes as the field; refnet reads them "
                                  "back (" + keys_named(kept_apart_keys_) + ")");
    kept_apart_ = 0;
    kept_apart_keys_.clear();
    if (opt_.notes && !range_keys_.empty())
      opt_.notes->warnings.push_back(std::to_string(range_keys_.size()) +
                                     (range_keys_.size() == 1 ? " work's" : " works'") +
                                     " date range written as its start: RIS's DA holds one date and PY a range of "
                                     "whole years (CSL-JSON and biblatex keep the range) (" + keys_named(range_keys_) + ")");
    range_keys_.clear();
    if (opt_.notes)
      for (const auto& [types, keys] : retyped_) {
        const std::size_t t1 = types.find('\t'), t2 = types.find('\t', t1 + 1);
        opt_.notes->warnings.push_back(std::to_string(keys.size()) + " " + types.substr(0, t1) +
                                       (keys.size() == 1 ? " work" : " works") + " written as TY  - " +
                                       types.substr(t1 + 1, t2 - t1 - 1) + ", which reads back as " +
                                       types.substr(t2 + 1) + " (" + keys_named(keys) + ")");
      }
    retyped_.clear();
    if (!opt_.notes || !orcids_) return;
    opt_.notes->warnings.push_back(std::to_string(orcids_) + " creators' ORCIDs of " +
                                   std::to_string(orcid_keys_.size()) +
                                   (orcid_keys_.size() == 1 ? " work" : " works") +
                                   " not written: RIS has no tag for them (CSL-JSON keeps them as ORCID, biblatex as "
                                   "author+an:orcid) (" + keys_named(orcid_keys_) + ")");
    orcids_ = 0;
    orcid_keys_.clear();
  }
  // Everything but the reference list (the extra fields hold TY, the RIS
  // tags of an RIS source and the note of a BibTeX one).
  RecordParts parts() const override {
    RecordParts p;
    p.references = false;
    return p;
  }

 private:
  std::string name_;  // scratch
  std::vector<const ExtraField*> used_;  // the extra fields the record being written holds
  UnwrittenExtras unwritten_;
  std::size_t kept_apart_ = 0;  // extra values written as notes naming their tag, and their works
  std::vector<std::string> kept_apart_keys_;
  std::vector<std::string> range_keys_;  // the works whose date range's end DA cannot hold
  // "article\tJOUR\tarticle-journal" -> the keys of the works whose TY reads back as another type
  std::map<std::string, std::vector<std::string>> retyped_;
  std::size_t orcids_ = 0;  // ORCIDs not written, and the keys of their works
  std::vector<std::string> orcid_keys_;
  Record recased_;  // the record with its title recased (--title-case)
  ExportOptions opt_;
};

}  // namespace

std::unique_ptr<RecordWriter> ris_writer(const ExportOptions& opt) { return std::make_unique<RisRecordWriter>(opt); }

void write_ris(std::ostream& out, const std::vector<Record>& records, const ExportOptions& opt) {
  RisRecordWriter w(opt);
  write_records(w, out, records);
}

}  // namespace refnet
