// Lens.org scholarly JSON -> Records.  Lens exports a search's works as JSON
// Lines (one record a line: cambialens/lens-api-doc's lens-export.jsonl), and
// its Scholarly API answers {"total": ..., "data": [...]} with the same
// records; clients save those, or their pages as a list.  Before this reader
// refnet refused the file by name (json_dialects.cpp); before that the
// Crossref reader read works without authors, year or DOI.
//
// Key (Lens's documented schema)        Record
//   lens_id                               extra "Lens ID" (as the CSV's column: networks
//                                         match references to works by it)
//   title                                 title
//   publication_type                      type (as the CSV's Publication Type), kept in extra
//   date_published_parts / date_published / year_published   the date ([2020, 8, 20];
//                                         "2020-08-20T00:00:00..."; the year alone), another
//                                         year_published kept in extra
//   authors                               authors: last_name, first_name (else initials),
//                                         collective_name a literal name, the ORCID of
//                                         ids, affiliations (name_original, else name)
//   source.title / publisher / issn       container, publisher, ISSNs ("10273239": 1027-3239);
//                                         source's type, country, ASJC kept in extra
//   volume, issue, start_page-end_page    volume, issue, pages
//   external_ids                          doi, pmid, pmcid ("pmc7173241": PMC7173241); magid,
//                                         coreid kept in extra
//   abstract                              abstract (JATS read as text)
//   keywords, mesh_terms                  keywords (a MeSH heading with its qualifier as
//                                         MEDLINE writes it, "Europe/epidemiology")
//   languages                             language (the first; more kept in extra)
//   references                            references: {"lens_id"} alone is a reference whose raw
//                                         text is the Lens ID (as the CSV's References); with
//                                         the API's "text" the text is its raw string, read for
//                                         its parts, the Lens ID its key; a cited work of the same
//                                         file gives its DOI
//   scholarly_citations_count             extra "Citing Works Count" (the CSV's name)
//   the export of 2019-2021 (restrepo/lens's lens-export.json): record_lens_id as lens_id,
//   citation_ids as external_ids, journal (title_full) as source, pages_start/pages_end,
//   referenced_by_count / referenced_by_patent_count  extra "Citing Works Count" / "Citing
//                                         Patents Count" (the CSV's names); an author listed again
//                                         with the same seq (once per affiliation) is one person; a
//                                         reference's numeric lens_id (the API of 2020) its Lens ID
//   anything else                         extra under its key, as written (fields_of_study,
//                                         scholarly_citations, source_urls, open_access, funding,
//                                         chemicals, mesh ids, created, ...)
#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "csv_rows.hpp"
#include "json_values.hpp"
#include "ris_fields.hpp"
#include "scholarly_json.hpp"
#include "refnet/doi.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/refparse.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "lens";

void collect(std::string_view t, std::size_t p, std::string_view list, std::vector<JsonRange>& out, std::size_t limit,
             int depth) {
  if (p >= t.size() || depth > 3 || out.size() >= limit) return;
  if (t[p] == '[') {
    for (const JsonRange& e : json_elements(t, p, limit == 1)) {
      if (out.size() >= limit) return;
      if (t[e.begin] == '{' && json_member(t, e.begin, list) != std::string_view::npos)
        collect(t, e.begin, list, out, limit, depth + 1);
      else
        out.push_back(e);
    }
    return;
  }
  if (t[p] != '{') return;
  if (std::size_t a = json_member(t, p, list); a != std::string_view::npos && a < t.size() && t[a] == '[') {
    collect(t, a, list, out, limit, depth + 1);
    return;
  }
  const std::size_t end = json_value_end(t, p);
  out.push_back({p, end == std::string_view::npos ? t.size() : end});
}

// A Lens ID, "000-781-931-144-518" or "...-14X".
bool is_lens_id(std::string_view s) {
  if (s.size() != 19) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i % 4 == 3) {
      if (s[i] != '-') return false;
    } else if (!is_digit(s[i]) && !(i == 18 && (s[i] == 'X' || s[i] == 'x'))) {
      return false;
    }
  }
  return true;
}

// Lens's internal number of a work (the Scholarly API of 2020 wrote a
// reference's "lens_id" so, and a record's "_id": restrepo/lens) as its Lens
// ID: 14 digits and the ISO 7064 MOD 11-2 check digit (as ORCID's), in
// groups of three: 2430705673162 -> "024-307-056-731-628".  Empty when the
// text is no such number.
std::string lens_id_of_number(std::string_view n) {
  if (n.empty() || n.size() > 14 || !std::all_of(n.begin(), n.end(), [](char c) { return is_digit(c); })) return {};
  std::string digits = std::string(14 - n.size(), '0') + std::string(n);
  int total = 0;
  for (char c : digits) total = (total + (c - '0')) * 2 % 11;
  const int check = (12 - total % 11) % 11;
  digits += check == 10 ? 'X' : static_cast<char>('0' + check);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && i % 3 == 0) out += '-';
    out += digits[i];
  }
  return out;
}

class LensReader {
 public:
  LensReader(std::string_view text, Diagnostics& diags) : text_(text), diags_(diags) {}

  bool read(const json& o, std::string_view src, std::size_t begin, Record& r) {
    YearCell year;
    std::string start_page, end_page;
    std::string date_name;
    bool dated = false;
    for (auto it = o.begin(); it != o.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      if (v.is_null()) continue;
      const std::size_t at = member_offset(src, begin, k);
      if (k == "lens_id" || k == "record_lens_id") r.add_extra("Lens ID", json_text(v));
      else if (k == "title") r.title = json_text(v);
      else if (k == "publication_type") {
        r.type = lens_type(json_text(v));
        r.add_extra("Publication Type", json_text(v));
      } else if (k == "date_published_parts" && v.is_array() && !v.empty()) {
        Date d;
        int* parts[] = {&d.year, &d.month, &d.day};
        for (std::size_t i = 0; i < v.size() && i < 3; ++i)
          if (v[i].is_number_integer()) *parts[i] = v[i].get<int>();
        if (d.year > 0) r.issued = d, dated = true, date_name = k;
      } else if (k == "date_published") {
        if (!dated) {
          const std::string s = json_text(v);
          Date d = parse_raw_date(std::string_view(s).substr(0, 10));
          if (d.year > 0) r.issued = d, date_name = k;
        }
      } else if (k == "year_published") {
        const std::string s = json_text(v);
        if (!s.empty())
          if (std::optional<int> y = year_cell(s, k, at, diags_, r, decimal_year_said_)) year = {*y, k, at};
      } else if (k == "authors" && v.is_array()) {
        authors(v, at, r);
      } else if ((k == "source" || k == "journal") && v.is_object()) {
        source(v, k, at, r);
      } else if (k == "volume") r.volume = json_text(v);
      else if (k == "issue") r.issue = json_text(v);
      else if (k == "start_page" || k == "pages_start") start_page = json_text(v);
      else if (k == "end_page" || k == "pages_end") end_page = json_text(v);
      else if ((k == "external_ids" || k == "citation_ids") && v.is_array()) {
        external_ids(v, at, r);
      } else if (k == "abstract") {
        const std::string s = json_text(v);
        r.abstract = s.find("<jats:") != std::string::npos ? jats_to_text(s) : s;
      } else if (k == "keywords" && v.is_array()) {
        for (const json& w : v) r.add_keyword(json_text(w));
      } else if (k == "mesh_terms" && v.is_array()) {
        mesh_terms(v, r);
      } else if (k == "languages" && v.is_array()) {
        for (const json& l : v)
          if (std::string s = json_text(l); !s.empty() && r.language.empty()) r.language = s;
        if (v.size() > 1) r.add_extra(k, json_extra_text(v));
      } else if (k == "references" && v.is_array()) {
        references(v, at, r);
      } else if (k == "scholarly_citations_count" || k == "referenced_by_count") {
        r.add_extra("Citing Works Count", json_text(v));
      } else if (k == "referenced_by_patent_count") {
        r.add_extra("Citing Patents Count", json_text(v));
      } else if (!(v.is_string() && trim(v.get_ref<const std::string&>()).empty()) && !(v.is_array() && v.empty())) {
        r.add_extra(k, json_extra_text(v));
      }
    }
    settle_year(year, date_name, diags_, r);
    r.pages = start_page;
    if (!end_page.empty() && end_page != start_page) r.pages += (r.pages.empty() ? "" : "-") + end_page;
    return !r.title.empty() || !r.authors.empty() || !r.doi.empty();
  }


  // Said once a file: the authors listed again for another affiliation.
  void finish() {
    if (numbered_)
      diags_.warning(numbered_at_, std::to_string(numbered_) +
                                       " references give numeric Lens IDs (Lens's internal number of a work): "
                                       "written as Lens IDs, 14 digits and their check digit (" +
                                       numbered_example_ + ")");
    if (repeated_)
      diags_.warning(repeated_at_, std::to_string(repeated_) +
                                       " Lens author entries repeat an author of the same work once per affiliation "
                                       "(the same seq and name): read as one person each, the affiliations joined");
  }

 private:
  std::string_view text_;
  Diagnostics& diags_;
  bool decimal_year_said_ = false;  // a year "2019.0", said once a file
  std::size_t repeated_ = 0;        // author entries read as an earlier one of the same seq
  std::size_t repeated_at_ = 0;
  std::size_t numbered_ = 0;  // references whose lens_id was Lens's internal number
  std::size_t numbered_at_ = 0;
  std::string numbered_example_;


  void authors(const json& v, std::size_t at, Record& r) {
    // Lens's export of 2019-2021 lists an author once per affiliation, each
    // time with the same "seq" (restrepo/lens: 52 entries in 35 of 155
    // works): one person, the affiliations joined.
    std::vector<std::pair<long long, std::size_t>> seen;  // seq -> index in r.authors
    for (const json& a : v) {
      if (!a.is_object()) continue;
      Creator c;
      c.family = json_member_text(a, "last_name");
      c.given = json_member_text(a, "first_name");
      if (c.given.empty()) c.given = json_member_text(a, "initials");
      if (c.family.empty()) {
        c.literal = json_member_text(a, "collective_name");
        if (c.literal.empty()) c.literal = json_member_text(a, "full_name");
        c.given.clear();
      }
      if (auto ids = a.find("ids"); ids != a.end() && ids->is_array())
        for (const json& id : *ids)
          if (id.is_object() && json_member_text(id, "type") == "orcid") c.orcid = clean_orcid(json_member_text(id, "value"));
      if (auto affs = a.find("affiliations"); affs != a.end() && affs->is_array())
        for (const json& aff : *affs) {
          if (!aff.is_object()) continue;
          std::string name = json_member_text(aff, "name_original");
          if (name.empty()) name = json_member_text(aff, "name");
          if (name.empty()) name = json_member_text(aff, "institution");
          // Lens's name_original keeps the publisher's trailing ';'.
          while (!name.empty() && (name.back() == ';' || is_space(name.back()))) name.pop_back();
          if (!name.empty() && std::find(c.affiliations.begin(), c.affiliations.end(), name) == c.affiliations.end())
            c.affiliations.push_back(std::move(name));
        }
      if (c.empty()) {
        diags_.warning(at, "Lens author with no name: " + json_extra_text(a) + " (not read)");
        continue;
      }
      if (auto seq = a.find("seq"); seq != a.end() && seq->is_number_integer()) {
        const long long n = seq->get<long long>();
        auto same = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == n; });
        if (same != seen.end()) {
          Creator& first = r.authors[same->second];
          if (first.family == c.family && first.given == c.given && first.literal == c.literal) {
            for (std::string& aff : c.affiliations)
              if (std::find(first.affiliations.begin(), first.affiliations.end(), aff) == first.affiliations.end())
                first.affiliations.push_back(std::move(aff));
            if (first.orcid.empty()) first.orcid = c.orcid;
            if (!repeated_) repeated_at_ = at;
            ++repeated_;
            continue;
          }
        } else {
          seen.emplace_back(n, r.authors.size());
        }
      }
      r.authors.push_back(std::move(c));
    }
  }

  // "source" (the export since 2021, the API) or "journal" (the export of
  // 2019-2021: its title "title_full").
  void source(const json& s, const std::string& name, std::size_t at, Record& r) {
    for (auto it = s.begin(); it != s.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      if (v.is_null()) continue;
      if (k == "title" || (k == "title_full" && r.container_title.empty())) r.container_title = json_text(v);
      else if (k == "publisher") r.publisher = json_text(v);
      else if (k == "issn" && v.is_array()) {
        for (const json& i : v) {
          const std::string n = i.is_object() ? json_member_text(i, "value") : json_text(i);
          if (!n.empty()) read_sn_cell(n, name + ".issn", at, diags_, r);
        }
      } else if (!(v.is_array() && v.empty())) {
        r.add_extra(name + "." + k, json_extra_text(v));
      }
    }
  }

  void external_ids(const json& v, std::size_t at, Record& r) {
    for (const json& id : v) {
      if (!id.is_object()) continue;
      const std::string type = json_member_text(id, "type");
      const std::string value = json_member_text(id, "value");
      if (value.empty()) continue;
      if (type == "doi" && r.doi.empty()) read_doi_cell(value, "external_ids doi", at, diags_, r);
      else if (type == "pmid" && r.pmid.empty()) read_pmid_cell(value, "external_ids pmid", at, diags_, r);
      else if (type == "pmcid" && r.pmcid.empty())
        r.pmcid = starts_with(ascii_lower(value), "pmc") ? "PMC" + value.substr(3) : "PMC" + value;
      else r.add_extra(type.empty() ? "external_ids" : type, value);
    }
  }

  // MEDLINE's MH: "Heading/qualifier"; the MeSH ids kept in extra.
  static void mesh_terms(const json& v, Record& r) {
    for (const json& m : v) {
      if (!m.is_object()) {
        r.add_keyword(json_text(m));
        continue;
      }
      std::string heading = json_member_text(m, "mesh_heading");
      if (heading.empty()) continue;
      if (std::string q = json_member_text(m, "qualifier_name"); !q.empty()) heading += "/" + q;
      r.add_keyword(heading);
    }
    r.add_extra("mesh_terms", json_extra_text(v));
  }

  void references(const json& v, std::size_t at, Record& r) {
    for (const json& e : v) {
      Reference ref;
      std::string id = e.is_object() ? json_member_text(e, "lens_id") : json_text(e);
      std::string text = e.is_object() ? json_member_text(e, "text") : std::string();
      if (std::string lens = lens_id_of_number(id); !lens.empty()) {
        if (!numbered_) numbered_at_ = at, numbered_example_ = id + " -> " + lens;
        ++numbered_;
        id = std::move(lens);
      }
      if (!text.empty()) {
        ref.raw = text;
        ref.key = id;
        std::vector<DoiRepair> repairs;
        complete_reference(ref, &repairs);
      } else if (!id.empty()) {
        ref.raw = id;
      } else {
        diags_.warning(at, "Lens reference with no Lens ID and no text: " + json_extra_text(e) + " (not read)");
        continue;
      }
      if (!id.empty() && !is_lens_id(id))
        diags_.warning(at, "Lens reference's lens_id '" + id + "' is not a Lens ID (kept as written)");
      r.references.push_back(std::move(ref));
    }
  }
};

}  // namespace

std::vector<JsonRange> scholarly_json_records(std::string_view text, std::string_view list, std::size_t limit) {
  std::vector<JsonRange> out;
  std::size_t p = 0;
  if (starts_with(text, "\xEF\xBB\xBF")) p = 3;
  for (;;) {
    skip_json_ws(text, p);
    if (p >= text.size() || out.size() >= limit) break;
    if (text[p] != '{' && text[p] != '[') break;
    collect(text, p, list, out, limit, 0);
    if (out.size() >= limit) break;
    const std::size_t end = json_value_end(text, p);
    if (end == std::string_view::npos || end <= p) break;
    p = end;
  }
  return out;
}

ParseStats parse_lens_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  const std::vector<JsonRange> entries = scholarly_json_records(text, "data");
  LensReader reader(text, diags);
  ParseStats stats = read_scholarly_records(text, entries, reader, kFormat, "Lens record", "Lens ID", diags, sink);
  reader.finish();
  if (entries.empty()) diags.file_error("Lens.org JSON without records: nothing read");
  return stats;
}

bool looks_like_lens_json(std::string_view text) {
  // A text naming no "lens_id" is none: asked of every JSON no reader
  // claimed, so found without walking the JSON (the work guard's Crossref file).
  // The export of 2019-2021 names it "record_lens_id".
  if (text.find("lens_id\"") == std::string_view::npos) return false;
  const std::vector<JsonRange> first = scholarly_json_records(text, "data", 1);
  if (first.empty() || text[first[0].begin] != '{') return false;
  const std::size_t p = first[0].begin;
  std::size_t id = json_member(text, p, "lens_id");
  if (id == std::string_view::npos) id = json_member(text, p, "record_lens_id");
  if (id == std::string_view::npos || id >= text.size() || text[id] != '"') return false;
  // A patent: "doc_number", "jurisdiction", "biblio" (json_dialects.cpp refuses it).
  for (const char* patent : {"doc_number", "biblio", "jurisdiction", "doc_key"})
    if (json_member(text, p, patent) != std::string_view::npos) return false;
  return true;
}

}  // namespace refnet
