// Dimensions API publications JSON -> Records.  The Dimensions DSL answers
// {"_stats": {"total_count": ...}, "publications": [...]} (caltechlibrary/
// sidewall's test data: the API's answers saved whole); dimcli's and other
// clients' users keep those, their pages as a list, or the publications as one
// array.  Before this reader refnet refused the file by name
// (json_dialects.cpp); before that the Crossref reader read works without
// authors, year or DOI.
//
// Key (the DSL's publication fields)     Record
//   id                                     extra "Publication ID" (the CSV's column)
//   title, abstract                        title, abstract (JATS read as text)
//   type                                   type (article, chapter, proceeding, preprint,
//                                          monograph, edited_book), kept in extra
//   authors                                authors: last_name, first_name, orcid (a list, or the
//                                          API's older "['0000-...']" text), raw_affiliation
//                                          (else each affiliation's raw_affiliation, else its
//                                          name, city and country); the older
//                                          author_affiliations ([[...]]: its first list) alike
//   journal.title / journal_title_raw      container; a chapter's book_title, a paper's
//                                          proceedings_title when there is no journal
//   volume, issue, pages                   volume, issue, pages
//   date / year                            the date ("2019-02-16"), another year kept in extra
//   doi, pmid, pmcid, issn, isbn           identifiers
//   publisher                              publisher
//   mesh_terms, keywords                   keywords (concepts stay in extra, as the CSV's)
//   reference_ids / references             references: each "pub.<id>" a reference whose raw
//                                          text is the ID; a cited work of the same file gives
//                                          its DOI
//   linkout                                url
//   times_cited                            extra "Times cited" (the CSV's name)
//   anything else                          extra under its key, as written (FOR, funders,
//                                          research_orgs, researchers, altmetric, open_access...)
#include <nlohmann/json.hpp>

#include <optional>
#include <unordered_map>

#include "csv_rows.hpp"
#include "json_values.hpp"
#include "ris_fields.hpp"
#include "scholarly_json.hpp"
#include "refnet/doi.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "dimensions";

// Dimensions' publication types.
std::string dimensions_type(std::string_view t) {
  std::string l = ascii_lower(trim(t));
  if (l == "chapter") return "chapter";
  if (l == "proceeding") return "paper-conference";
  if (l == "monograph" || l == "edited_book" || l == "book") return "book";
  if (l == "preprint") return "article";
  return "article-journal";
}

bool is_pub_id(std::string_view s) { return starts_with(s, "pub.") && s.size() > 4 && all_digits(s.substr(4)); }

class DimensionsReader {
 public:
  explicit DimensionsReader(Diagnostics& diags) : diags_(diags) {}

  bool read(const json& o, std::string_view src, std::size_t begin, Record& r) {
    YearCell year;
    std::string book, proceedings, journal_raw, date_name;
    for (auto it = o.begin(); it != o.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      if (v.is_null()) continue;
      const std::size_t at = member_offset(src, begin, k);
      if (k == "id") r.add_extra("Publication ID", json_text(v));
      else if (k == "title") r.title = json_text(v);
      else if (k == "abstract") {
        const std::string s = json_text(v);
        r.abstract = s.find("<jats:") != std::string::npos ? jats_to_text(s) : s;
      } else if (k == "type") {
        r.type = dimensions_type(json_text(v));
        r.add_extra("Publication Type", json_text(v));
      } else if (k == "authors" && v.is_array()) {
        authors(v, at, r);
      } else if (k == "author_affiliations" && v.is_array()) {
        // The API's older field: a list of author lists, the first the authors'.
        if (!v.empty() && v[0].is_array()) authors(v[0], at, r);
        else authors(v, at, r);
      } else if (k == "journal" && v.is_object()) {
        r.container_title = json_member_text(v, "title");
        if (std::string id = json_member_text(v, "id"); !id.empty()) r.add_extra("journal.id", id);
      } else if (k == "journal_title_raw") journal_raw = json_text(v);
      else if (k == "book_title") book = json_text(v);
      else if (k == "proceedings_title") proceedings = json_text(v);
      else if (k == "volume") r.volume = json_text(v);
      else if (k == "issue") r.issue = json_text(v);
      else if (k == "pages") r.pages = json_text(v);
      else if (k == "date") {
        const std::string s = json_text(v);
        Date d = parse_raw_date(s);
        if (d.year > 0) {
          r.issued = d, date_name = k;
        } else {
          diags_.warning(at, k + " is not a date, kept in extra: " + s);
          r.add_extra(k, s);
        }
      } else if (k == "year") {
        const std::string s = json_text(v);
        if (!s.empty())
          if (std::optional<int> y = year_cell(s, k, at, diags_, r, decimal_year_said_)) year = {*y, k, at};
      } else if (k == "doi") read_doi_cell(json_text(v), "doi", at, diags_, r);
      else if (k == "pmid") read_pmid_cell(json_text(v), "pmid", at, diags_, r);
      else if (k == "pmcid") {
        const std::string s = json_text(v);
        if (!s.empty()) r.pmcid = starts_with(ascii_lower(s), "pmc") ? "PMC" + s.substr(3) : "PMC" + s;
      } else if ((k == "issn" || k == "eissn" || k == "isbn") && (v.is_array() || v.is_string())) {
        for (const json& n : v.is_array() ? v : json::array({v}))
          if (std::string s = json_text(n); !s.empty()) read_sn_cell(s, k, at, diags_, r);
      } else if (k == "publisher") r.publisher = json_text(v);
      else if ((k == "mesh_terms" || k == "keywords") && v.is_array()) {
        for (const json& w : v) r.add_keyword(json_text(w));
      } else if ((k == "reference_ids" || k == "references") && v.is_array()) {
        for (const json& e : v) {
          const std::string id = json_text(e);
          if (id.empty()) continue;
          if (!is_pub_id(id))
            diags_.warning(at, "Dimensions reference '" + id + "' is not a publication ID (kept as written)");
          Reference ref;
          ref.raw = id;
          r.references.push_back(std::move(ref));
        }
      } else if (k == "linkout") r.url = json_text(v);
      else if (k == "times_cited") r.add_extra("Times cited", json_text(v));
      else if (!(v.is_string() && trim(v.get_ref<const std::string&>()).empty()) && !(v.is_array() && v.empty()))
        r.add_extra(k, json_extra_text(v));
    }
    settle_year(year, date_name, diags_, r);
    // A chapter's book, a paper's proceedings: the container when no journal is.
    for (const std::string* c : {&journal_raw, &book, &proceedings}) {
      if (c->empty()) continue;
      if (r.container_title.empty()) r.container_title = *c;
      else if (*c != r.container_title) r.add_extra(c == &book ? "book_title" : c == &proceedings ? "proceedings_title"
                                                                                                 : "journal_title_raw",
                                                    *c);
    }
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  }


 private:
  Diagnostics& diags_;
  bool decimal_year_said_ = false;  // a year "2019.0", said once a file


  // "0000-0002-2735-148X", ["0000-..."], or the older API's text of a
  // Python list, "['0000-0002-2735-148X']".
  static std::string orcid_of(const json& v) {
    std::string s;
    if (v.is_array()) {
      for (const json& e : v)
        if (s.empty()) s = json_text(e);
    } else {
      s = json_text(v);
    }
    std::string bare;
    for (char c : s)
      if (c != '[' && c != ']' && c != '\'' && c != '"' && c != ' ') bare.push_back(c);
    const std::size_t comma = bare.find(',');
    if (comma != std::string::npos) bare.resize(comma);
    return bare.empty() ? std::string() : clean_orcid(bare);
  }

  static std::string affiliation_text(const json& aff) {
    if (!aff.is_object()) return json_text(aff);
    if (std::string raw = json_member_text(aff, "raw_affiliation"); !raw.empty()) return raw;
    std::string s = json_member_text(aff, "name");
    for (const char* part : {"city", "country"})
      if (std::string p = json_member_text(aff, part); !p.empty() && s.find(p) == std::string::npos)
        s += (s.empty() ? "" : ", ") + p;
    return s;
  }

  void authors(const json& v, std::size_t at, Record& r) {
    for (const json& a : v) {
      if (!a.is_object()) continue;
      Creator c;
      c.family = json_member_text(a, "last_name");
      c.given = json_member_text(a, "first_name");
      if (c.family.empty()) {
        c.literal = c.given;
        c.given.clear();
      }
      if (auto o = a.find("orcid"); o != a.end() && !o->is_null()) c.orcid = orcid_of(*o);
      auto add = [&](std::string s) {
        if (!trim(s).empty() && std::find(c.affiliations.begin(), c.affiliations.end(), s) == c.affiliations.end())
          c.affiliations.push_back(std::move(s));
      };
      if (auto raw = a.find("raw_affiliation"); raw != a.end() && raw->is_array() && !raw->empty()) {
        for (const json& s : *raw) add(json_text(s));
      } else if (auto affs = a.find("affiliations"); affs != a.end() && affs->is_array()) {
        for (const json& aff : *affs) add(affiliation_text(aff));
      }
      if (c.empty()) {
        diags_.warning(at, "Dimensions author with no name: " + json_extra_text(a) + " (not read)");
        continue;
      }
      r.authors.push_back(std::move(c));
    }
  }
};

}  // namespace

ParseStats parse_dimensions_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  const std::vector<JsonRange> entries = scholarly_json_records(text, "publications");
  DimensionsReader reader(diags);
  ParseStats stats = read_scholarly_records(text, entries, reader, kFormat, "Dimensions publication", "Publication ID", diags, sink);
  if (entries.empty()) diags.file_error("Dimensions JSON without publications: nothing read");
  return stats;
}

bool looks_like_dimensions_json(std::string_view text) {
  // Neither "publications" nor a "pub." ID: none, found without walking the
  // JSON (asked of every JSON no reader claimed).
  if (text.find("\"publications\"") == std::string_view::npos && text.find("\"pub.") == std::string_view::npos)
    return false;
  std::size_t p = starts_with(text, "\xEF\xBB\xBF") ? 3 : 0;
  skip_json_ws(text, p);
  if (p < text.size() && text[p] == '{' && json_member(text, p, "_stats") != std::string_view::npos) {
    const std::size_t pubs = json_member(text, p, "publications");
    if (pubs != std::string_view::npos && pubs < text.size() && text[pubs] == '[') return true;
  }
  const std::vector<JsonRange> first = scholarly_json_records(text, "publications", 1);
  if (first.empty() || text[first[0].begin] != '{') return false;
  const std::size_t id = json_member(text, first[0].begin, "id");
  if (id == std::string_view::npos || id >= text.size() || text[id] != '"') return false;
  const std::size_t end = json_value_end(text, id);
  return end != std::string_view::npos && end > id + 1 && is_pub_id(text.substr(id + 1, end - id - 2));
}

}  // namespace refnet
