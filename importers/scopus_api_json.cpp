// Scopus Search API JSON -> Records.  Elsevier's Scopus Search API answers
// {"search-results": {"opensearch:totalResults": ..., "entry": [...]}};
// R's rscopus and Python's pybliometrics users save the entries as one array
// (mcguinlu/COVID_suicide_living's dump.json: 1,778 of them), or the pages'
// responses as a list.  Each entry is a Scopus record under PRISM and Dublin
// Core names, read by the Scopus CSV's field rules (scopus_fields.hpp), so a
// record reads the same from the API as from Scopus's CSV.  Before this
// reader the Crossref reader took the file and rejected every entry ("not a
// Crossref work").
//
// API key                   Scopus field (scopus_fields.cpp says what it becomes)
//   dc:title                 Title
//   dc:creator               Authors: the STANDARD view's first author alone ("Nomura K."),
//                            said once a file (the others are not in the file)
//   author                   Author full names, from the COMPLETE view's array
//                            (surname, given-name, authid): every author
//   prism:publicationName    Source title
//   prism:volume prism:issueIdentifier article-number    Volume, Issue, Art. No.
//   prism:pageRange          Page start, Page end ("211-216")
//   prism:coverDate          the date: its year; its month and day as far as
//                            prism:coverDisplayDate names them ("December 2021":
//                            2021-12; Scopus writes the first of the month to the
//                            coverDate of every monthly issue); "January-February
//                            2021" a range of months; a display naming another
//                            year, or more, kept in extra (another year said)
//   prism:doi pubmed-id eid  DOI, PubMed ID, EID
//   prism:issn prism:eIssn   ISSN ("1342078X": 1342-078X), both
//   prism:isbn               ISBN (an array of {"$": ...})
//   subtypeDescription       Document Type ("Article", "Conference Paper", ...)
//   dc:description           Abstract (COMPLETE view)
//   authkeywords             Author Keywords (" | " between them)
//   link "scopus"            Link (the record's page on scopus.com)
//   anything else            extra under its key (citedby-count, affiliation, source-id,
//                            openaccess, pii, prism:aggregationType, ...)
//   dropped, said once a file: @_fa, the API's other links and prism:url (its
//   addresses of the record), dc:identifier ("SCOPUS_ID:" and the EID's
//   number), subtype (subtypeDescription's code), openaccessFlag, freetoread,
//   freetoreadLabel (openaccess's), a coverDisplayDate the date holds.
#include <nlohmann/json.hpp>

#include <optional>

#include <algorithm>
#include <set>

#include "refnet/importer.hpp"
#include "refnet/months.hpp"
#include "refnet/text.hpp"
#include "json_values.hpp"
#include "months_of_year.hpp"
#include "scopus_api_json.hpp"
#include "scopus_fields.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "scopus-api-json";

// The entries' ranges: an array of entries or of responses, a response, or
// one entry.
void collect_entries(std::string_view t, std::size_t p, std::vector<JsonRange>& out, int depth = 0) {
  skip_json_ws(t, p);
  if (p >= t.size() || depth > 3) return;
  if (t[p] == '[') {
    for (const JsonRange& e : json_elements(t, p)) {
      if (t[e.begin] == '{' && json_member(t, e.begin, "search-results") != std::string_view::npos)
        collect_entries(t, e.begin, out, depth + 1);
      else
        out.push_back(e);
    }
    return;
  }
  if (t[p] != '{') return;
  if (std::size_t sr = json_member(t, p, "search-results"); sr != std::string_view::npos) {
    if (sr < t.size() && t[sr] == '{') {
      std::size_t entries = json_member(t, sr, "entry");
      if (entries != std::string_view::npos && entries < t.size() && t[entries] == '[')
        for (const JsonRange& e : json_elements(t, entries)) out.push_back(e);
    }
    return;
  }
  const std::size_t end = json_value_end(t, p);
  out.push_back({p, end == std::string_view::npos ? t.size() : end});
}

std::string text_of(const json& v) {
  if (v.is_string() || v.is_number()) return json_text(v);
  return {};
}

// "December 2021", "1 December 2021", "2021", "March-April 2021",
// "Spring 2021": whether it names a month, and a day, with nothing else
// (false when it says more than a month and a day of the year).
bool display_parts(std::string_view display, int year, bool& month, bool& day, int& other_year) {
  month = day = false;
  bool other = false;
  for_each_list_item(display, " ", [&](std::string_view w) {
    w = trim(w);
    if (w.empty()) return;
    if (w.size() == 4 && all_digits(w)) {
      const int y = std::stoi(std::string(w));
      if (y != year) other_year = y, other = true;
      return;
    }
    if (w.size() <= 2 && all_digits(w)) {
      other = other || day;
      day = true;
      return;
    }
    if (month_from_prefix(w) && w.find('-') == std::string_view::npos) {
      other = other || month;
      month = true;
      return;
    }
    other = true;
  });
  return !other;
}

// "January-February 2021" -> "January-February": the display's words
// before its year, when it ends with one.
std::string_view display_months(std::string_view display) {
  display = trim(display);
  const std::size_t space = display.rfind(' ');
  if (space == std::string_view::npos || !all_digits(display.substr(space + 1))) return {};
  return trim(display.substr(0, space));
}

class EntryReader {
 public:
  EntryReader(std::string_view text, Diagnostics& diags) : text_(text), diags_(diags) {}

  std::set<std::string> dropped;
  bool first_author_only = false;
  void say_names() {
    names_.say(diags_);
    cited_drops_.say(diags_);
  }

  bool read(const json& o, std::string_view src, std::size_t begin, Record& r) {
    ScopusRecordFields fields;
    fields.names = &names_;
    fields.cited_drops = &cited_drops_;
    auto author = o.find("author");
    fields.has_full_names = author != o.end() && author->is_array() && !author->empty();
    std::string cover, display, print_issn, e_issn;
    std::size_t cover_at = begin;
    for (auto it = o.begin(); it != o.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      const std::size_t at = member_offset(src, begin, k);
      auto set = [&](ScopusField f, const char* name, const std::string& value) {
        if (!trim(value).empty()) set_scopus_field(r, f, name, value, text_, at, diags_, fields);
      };
      if (k == "dc:title") set(ScopusField::title, "Title", text_of(v));
      else if (k == "dc:creator") {
        if (!fields.has_full_names) {
          set(ScopusField::authors, "Authors", text_of(v));
          first_author_only = true;
        }
      } else if (k == "author") set(ScopusField::full_names, "Author full names", full_names(v));
      else if (k == "prism:publicationName") set(ScopusField::source, "Source title", text_of(v));
      else if (k == "prism:volume") set(ScopusField::volume, "Volume", text_of(v));
      else if (k == "prism:issueIdentifier") set(ScopusField::issue, "Issue", text_of(v));
      else if (k == "article-number") set(ScopusField::art_no, "Art. No.", text_of(v));
      else if (k == "prism:pageRange") {
        const std::string pages = text_of(v);
        const std::size_t dash = pages.find('-');
        set(ScopusField::page_start, "Page start", std::string(trim(std::string_view(pages).substr(0, dash))));
        if (dash != std::string::npos)
          set(ScopusField::page_end, "Page end", std::string(trim(std::string_view(pages).substr(dash + 1))));
      } else if (k == "prism:doi") set(ScopusField::doi, "DOI", text_of(v));
      else if (k == "pubmed-id") set(ScopusField::pubmed, "PubMed ID", text_of(v));
      else if (k == "eid") set(ScopusField::eid, "EID", text_of(v));
      else if (k == "prism:issn") print_issn = text_of(v);
      else if (k == "prism:eIssn") e_issn = text_of(v);
      else if (k == "prism:isbn") set(ScopusField::isbn, "ISBN", isbns(v));
      else if (k == "subtypeDescription") {
        // The API's "Chapter" is the CSV's "Book Chapter".
        std::string t = text_of(v);
        set(ScopusField::doc_type, "Document Type", t == "Chapter" ? "Book Chapter" : t);
      }
      else if (k == "dc:description") set(ScopusField::abstract, "Abstract", text_of(v));
      else if (k == "authkeywords") {
        std::string kw = text_of(v);
        for (std::size_t bar = kw.find('|'); bar != std::string::npos; bar = kw.find('|', bar)) kw[bar] = ';';
        set(ScopusField::author_keywords, "Author Keywords", kw);
      } else if (k == "prism:coverDate") {
        cover = text_of(v);
        cover_at = at;
      } else if (k == "prism:coverDisplayDate") {
        display = text_of(v);
      } else if (k == "link") {
        links(v, fields, r, at);
      } else if (k == "@_fa" || k == "prism:url" || k == "dc:identifier" || k == "subtype" ||
                 k == "openaccessFlag" || k == "freetoread" || k == "freetoreadLabel") {
        if (!v.is_null()) dropped.insert(k);
      } else if (!v.is_null()) {
        std::string e = v.is_string() || v.is_number() ? json_text(v) : json_extra_text(v);
        if (!trim(e).empty()) r.add_extra(k, std::move(e));
      }
    }
    date(cover, display, cover_at, r);
    // The print ISSN first, as the CSV's ISSN is (the keys come sorted).
    for (const std::string& issn : {print_issn, e_issn})
      if (!trim(issn).empty()) set_scopus_field(r, ScopusField::issn, "ISSN", issn, text_, begin, diags_, fields);
    return finish_scopus_record(r, fields);
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  NameGuesses names_;
  CitedDrops cited_drops_;  // what the cited-reference parser left out, said once a file

  // The COMPLETE view's authors as the CSV's Author full names: "Surname,
  // Given (authid); ...".
  static std::string full_names(const json& v) {
    std::string out;
    if (!v.is_array()) return out;
    for (const json& a : v) {
      if (!a.is_object()) continue;
      std::string family = a.contains("surname") ? text_of(a["surname"]) : std::string();
      std::string given = a.contains("given-name") ? text_of(a["given-name"]) : std::string();
      if (given.empty() && a.contains("initials")) given = text_of(a["initials"]);
      std::string name = family.empty() ? (a.contains("authname") ? text_of(a["authname"]) : std::string())
                                        : family + (given.empty() ? "" : ", " + given);
      if (trim(name).empty()) continue;
      if (a.contains("authid") && !text_of(a["authid"]).empty()) name += " (" + text_of(a["authid"]) + ")";
      out += (out.empty() ? "" : "; ") + name;
    }
    return out;
  }

  static std::string isbns(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    std::string out;
    if (v.is_array())
      for (const json& e : v) {
        std::string s = e.is_object() && e.contains("$") ? text_of(e["$"]) : text_of(e);
        if (!s.empty()) out += (out.empty() ? "" : "; ") + s;
      }
    return out;
  }

  // The record's page on scopus.com (link "scopus") as the CSV's Link; the
  // API's own addresses dropped.
  void links(const json& v, ScopusRecordFields& fields, Record& r, std::size_t at) {
    if (!v.is_array()) return;
    for (const json& l : v) {
      if (!l.is_object()) continue;
      if (l.contains("@ref") && text_of(l["@ref"]) == "scopus" && l.contains("@href"))
        set_scopus_field(r, ScopusField::link, "Link", text_of(l["@href"]), text_, at, diags_, fields);
      else
        dropped.insert("link (the API's addresses)");
    }
  }

  void date(const std::string& cover, const std::string& display, std::size_t at, Record& r) {
    if (cover.empty()) {
      if (!display.empty()) r.add_extra("prism:coverDisplayDate", display);
      return;
    }
    // "2021-12-01"
    const bool iso = cover.size() == 10 && cover[4] == '-' && cover[7] == '-' && all_digits(cover.substr(0, 4)) &&
                     all_digits(cover.substr(5, 2)) && all_digits(cover.substr(8, 2));
    if (!iso) {
      diags_.warning(at, "prism:coverDate '" + cover + "' is not a date (YYYY-MM-DD): kept in extra");
      r.add_extra("prism:coverDate", cover);
      if (!display.empty()) r.add_extra("prism:coverDisplayDate", display);
      return;
    }
    r.issued.year = std::stoi(cover.substr(0, 4));
    bool month = true, day = true;
    int other_year = 0;
    const bool plain = display.empty() || display_parts(display, r.issued.year, month, day, other_year);
    if (other_year) {
      // "December 2020" beside "2021-12-01" (mcguinlu/COVID_suicide_living's
      // dump.json: a letter online in 2020, in the 2021 volume): the year of
      // coverDate (Scopus's Year), the display kept and said.
      diags_.warning(at, "prism:coverDisplayDate '" + display + "' names another year than prism:coverDate '" +
                             cover + "': read as " + cover.substr(0, 4) +
                             " (Scopus's year), the display kept in extra (prism:coverDisplayDate)");
      month = day = false;
    }
    if (display.empty()) day = false;  // the first of the month Scopus writes to a monthly issue's
    if (month || day) r.issued.month = std::stoi(cover.substr(5, 2));
    if (day) r.issued.day = std::stoi(cover.substr(8, 2));
    // "January-February 2021": a double issue, read as MEDLINE's "2021
    // Jan-Feb" is, a range of months.
    if (MonthRange m; !plain && !other_year && month_range_of_year(display_months(display), r.issued.year, m)) {
      take_month_range(r.issued, m, display_months(display));
      dropped.insert("prism:coverDisplayDate (read into the date)");
      return;
    }
    if (!plain) r.add_extra("prism:coverDisplayDate", display);
    else if (!display.empty()) dropped.insert("prism:coverDisplayDate (read into the date)");
  }
};

}  // namespace

ParseStats parse_scopus_api_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::vector<JsonRange> entries;
  collect_entries(text, 0, entries);
  EntryReader reader(text, diags);
  std::size_t empty_results = 0;
  for (const JsonRange& at : entries) {
    std::string_view src = text.substr(at.begin, at.end - at.begin);
    std::optional<json> parsed = parse_json_object(src, at, "Scopus API entry", diags, stats);
    if (!parsed) continue;
    json& o = *parsed;
    // An empty search's one entry: {"@_fa": "true", "error": "Result set was empty"}.
    if (auto err = o.find("error"); err != o.end() && o.size() <= 2) {
      diags.report(Severity::note, at.begin, "Scopus API entry says '" + text_of(*err) + "': no record");
      ++empty_results;
      continue;
    }
    Record r;
    if (!reader.read(o, src, at.begin, r)) {
      diags.error(at.begin, "Scopus API entry without title, author or DOI: skipped");
      ++stats.rejected;
      continue;
    }
    const auto [line, column] = diags.position(at.begin);
    deliver_record_at(std::move(r), kFormat, src, {line, column}, diags, stats, sink);
  }
  reader.say_names();
  if (entries.empty()) diags.file_error("Scopus Search API JSON without entries: nothing read");
  if (reader.first_author_only)
    diags.report_at(Severity::warning, 0, 0,
                    "Scopus's Search API names the first author only (dc:creator, its STANDARD view; the COMPLETE "
                    "view's 'author' array has them all): works read with their first author, the others are not "
                    "in the file");
  if (!reader.dropped.empty()) {
    std::string names;
    for (const std::string& k : reader.dropped) names += (names.empty() ? "" : ", ") + k;
    diags.report_at(Severity::warning, 0, 0,
                    "Scopus API bookkeeping dropped from every entry: " + names +
                        " (the API's flags and addresses, codes of fields read)");
  }
  return stats;
}

bool looks_like_scopus_api_json(std::string_view text) {
  std::size_t p = 0;
  skip_json_ws(text, p);
  if (p >= text.size()) return false;
  // A response names "search-results" first; an array of responses or of
  // entries: its first.
  std::size_t first = p;
  if (text[p] == '[') {
    std::vector<JsonRange> e = json_elements(text, p, true);
    if (e.empty()) return false;
    first = e[0].begin;
  }
  if (text[first] != '{') return false;
  if (json_member(text, first, "search-results") != std::string_view::npos) {
    const std::size_t sr = json_member(text, first, "search-results");
    return sr < text.size() && text[sr] == '{' && json_member(text, sr, "entry") != std::string_view::npos;
  }
  for (const char* key : {"eid", "dc:identifier"}) {
    const std::size_t v = json_member(text, first, key);
    if (v == std::string_view::npos || v >= text.size() || text[v] != '"') continue;
    std::string_view s = text.substr(v + 1, 16);
    if (starts_with(s, "2-s2.0-") || starts_with(s, "SCOPUS_ID:")) return true;
  }
  return false;
}

}  // namespace refnet
