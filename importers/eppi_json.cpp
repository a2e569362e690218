// EPPI-Reviewer's JSON export of a review -> Records.  EPPI-Reviewer (the
// EPPI Centre's systematic-review tool, much used in social science and
// education) writes one object: "CodeSets" (the review's coding tools, each
// a tree of codes under "Attributes"."AttributesList") and "References" (the
// items, each with its fields as EPPI keeps them and the ids of the codes
// given to it).  Before this reader the Crossref reader took the file and
// read of each item its DOI, URL and short title, its other fields kept in
// extra unread: 385 works without title, authors, year, journal or
// abstract, of which only the 48 without a DOI were warned about
// (infoqualitylab's Empirical Retraction Lit).
//
// The References array is cut into items by a string-aware scan
// (json_values.hpp) and each item parsed on its own: a malformed item is one
// error and the next imports.
//
// EPPI key                    Record
//   Title                     title
//   ParentTitle               container_title (the journal, the book of a chapter, the proceedings);
//                             a book's, a report's or a thesis's series (extra collection-title)
//   Authors                   authors: "Dal-Ré Rafael ; Abbas Mohamed; Morel Chantal M; " (EPPI's
//                             every name family name first, without a comma; ShortTitle names
//                             the first author's family name, "Teixeira da Silva (2016)")
//   ParentAuthors             editors (of the book or the proceedings), written the same way
//   Year Month                issued ("2019", "October")
//   TypeName                  type ("Journal, Article", "Book, Chapter", "Conference
//                             Proceedings", "Report", "Dissertation", ...; one EPPI has no
//                             CSL type for also to extra TypeName)
//   Volume Issue Pages        volume, issue, pages (dashes as every reader reads them; "e5593-e5593" one page)
//   StandardNumber            issn / isbn ("0342-4642 (Linking)", "9781728155296 (ISBN)"), a
//                             Web of Science UT ("WOS:000313660900001"; "WOS:... ER", the end tag
//                             of the RIS record EPPI imported, without it, said); anything else extra
//   Publisher City            publisher, publisher_place (a journal's City, PubMed's country of
//                             the journal, "United States": extra City)
//   Institution               a thesis's or a report's publisher when it has none, else extra
//   DOI URL Abstract          doi, url (a PubMed link also gives the PMID), abstract
//   Keywords                  keywords, one a line (PubMed's major-topic '*' dropped)
//   Codes                     extra "eppi-code": the code's path in its code set ("Comparison
//                             Sets > Language > English"), its additional text after ': '
//   ItemStatusTooltip         extra "eppi-status" ("Included in review", "Excluded", ...)
//   ShortTitle                extra "eppi-short-title" (EPPI's label "Dal-Ré (2019)", no short title)
//   ItemId OldItemId Comments Country Edition Availability DateCreated CreatedBy
//   DateEdited EditedBy Outcomes (when any)
//                             extra, by their keys
//   QuickCitation ItemStatus  dropped (a citation built from the fields above; the status's
//                             letter beside its words), said once a file
#include <nlohmann/json.hpp>

#include <optional>

#include <map>
#include <set>

#include "refnet/calendar.hpp"
#include "refnet/doi.hpp"
#include "refnet/extra_fields.hpp"
#include "refnet/importer.hpp"
#include "refnet/months.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "eppi_json.hpp"
#include "json_values.hpp"
#include "first_url.hpp"
#include "name_field.hpp"
#include "ris_fields.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "eppi-json";

// EPPI's reference types (its TypeName) as CSL types; "" for one it has no
// CSL type for.
std::string_view csl_type(std::string_view eppi) {
  static const std::map<std::string_view, std::string_view> kTypes = {
      {"Journal, Article", "article-journal"},
      {"Article In A Periodical", "article-magazine"},
      {"Book, Whole", "book"},
      {"Book, Chapter", "chapter"},
      {"Conference Proceedings", "paper-conference"},
      {"Dissertation", "thesis"},
      {"Report", "report"},
      {"Document From Internet Site", "webpage"},
      {"Web Site", "webpage"},
      {"DVD, Video, Media", "motion_picture"},
      {"Interview", "interview"},
      {"Generic", "document"},
  };
  auto it = kTypes.find(eppi);
  return it == kTypes.end() ? std::string_view() : it->second;
}

// The code set trees of the file: each code's id and its path of names.
std::map<long long, std::string> code_paths(std::string_view text, std::size_t root) {
  std::map<long long, std::string> paths;
  const std::size_t at = json_member(text, root, "CodeSets");
  if (at == std::string_view::npos || at >= text.size() || text[at] != '[') return paths;
  const std::size_t end = json_value_end(text, at);
  if (end == std::string_view::npos) return paths;
  json sets = json::parse(text.substr(at, end - at), nullptr, false);
  if (!sets.is_array()) return paths;
  auto walk = [&paths](auto& self, const json& node, const std::string& prefix) -> void {
    auto attributes = node.find("Attributes");
    if (attributes == node.end() || !attributes->is_object()) return;
    auto list = attributes->find("AttributesList");
    if (list == attributes->end() || !list->is_array()) return;
    for (const json& a : *list) {
      if (!a.is_object()) continue;
      const std::string path = prefix + " > " + json_member_text(a, "AttributeName");
      auto id = a.find("AttributeId");
      if (id != a.end() && id->is_number_integer()) paths[id->get<long long>()] = path;
      self(self, a, path);
    }
  };
  for (const json& set : sets)
    if (set.is_object()) walk(walk, set, json_member_text(set, "SetName"));
  return paths;
}

// EPPI's names: "Family Given Second; " each, the list ended by "; ".
void read_names(std::string_view list, std::string_view first_family, std::vector<Creator>& to) {
  bool first = true;
  for_each_list_item(list, ";", [&](std::string_view n) {
    n = trim(n);
    if (n.empty()) return;
    Creator c = family_first_name(n, first ? first_family : std::string_view());
    first = false;
    if (!c.empty()) to.push_back(std::move(c));
  });
}

// EPPI's Pages, its RIS's SP and EP joined: "390–395" (an en dash, as
// written), "e5593-e5593" (SP and EP alike, which the RIS reader reads as
// the one page): read as every other reader's pages (normalize_pages).
std::string pages(std::string_view written) {
  std::string p = normalize_pages(written);
  if (std::size_t dash = p.find('-'); dash != std::string::npos && p.find('-', dash + 1) == std::string::npos &&
                                      dash > 0 && p.compare(0, dash, p, dash + 1) == 0)
    p.resize(dash);
  return p;
}

// ShortTitle "Dal-Ré (2019)", "Teixeira da Silva (2016)": the first
// author's family name EPPI made it of.
std::string_view short_title_family(std::string_view st) {
  st = trim(st);
  const std::size_t open = st.rfind(" (");
  if (open == std::string_view::npos || st.empty() || st.back() != ')') return {};
  return trim(st.substr(0, open));
}

class ItemReader {
 public:
  ItemReader(const std::map<long long, std::string>& codes, std::set<std::string>& dropped, Diagnostics& diags)
      : codes_(codes), dropped_(dropped), diags_(diags) {}

  void read(const json& o, Record& r, std::size_t at) {
    std::string year, month, institution, city, parent;
    const std::string first_family(short_title_family(json_member_text(o, "ShortTitle")));
    for (auto it = o.begin(); it != o.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      const std::string s = json_text(v);
      if (k == "Title") r.title = s;
      else if (k == "ParentTitle") parent = s;
      else if (k == "ShortTitle") {
        if (!s.empty()) r.add_extra("eppi-short-title", s);
      }
      else if (k == "Authors") read_names(s, first_family, r.authors);
      else if (k == "ParentAuthors") read_names(s, {}, r.editors);
      else if (k == "Year") year = s;
      else if (k == "Month") month = s;
      else if (k == "TypeName") {
        if (std::string_view t = csl_type(s); !t.empty()) r.type = std::string(t);
        else if (!s.empty()) r.add_extra("TypeName", s);
      } else if (k == "Volume") r.volume = s;
      else if (k == "Issue") r.issue = s;
      else if (k == "Pages") r.pages = pages(s);
      else if (k == "StandardNumber") standard_number(s, r, at);
      else if (k == "Publisher") r.publisher = s;
      else if (k == "City") city = s;
      else if (k == "Institution") institution = s;
      else if (k == "DOI") doi(s, r);
      else if (k == "URL") url(s, r, at);
      else if (k == "Abstract") r.abstract = s;
      else if (k == "Keywords") {
        for_each_list_item(s, "\n", [&r](std::string_view kw) {
          if (std::string w = without_major_topic_marks(trim(kw)); !w.empty()) r.add_keyword(w);
        });
      } else if (k == "Codes") codes(v, r);
      else if (k == "ItemStatusTooltip") {
        if (!s.empty()) r.add_extra("eppi-status", s);
      } else if (k == "QuickCitation" || k == "ItemStatus") {
        dropped_.insert(k);
      } else if (k == "Outcomes" && v.is_array() && v.empty()) {
        continue;
      } else {
        std::string e = s.empty() && !v.is_string() && !v.is_null() ? json_extra_text(v) : s;
        if (!e.empty()) r.add_extra(k, std::move(e));
      }
    }
    r.issued = parse_ris_date(year);
    read_month(trim(month), r, at);
    if (!parent.empty()) {
      if (ris_t2_is_series(r.type)) r.add_extra("collection-title", parent);
      else r.container_title = parent;
    }
    if (!city.empty()) {
      if (r.type == "article-journal" || r.type == "article-magazine") r.add_extra("City", city);
      else r.publisher_place = city;
    }
    if (!institution.empty()) {
      if (r.publisher.empty() && (r.type == "thesis" || r.type == "report")) r.publisher = institution;
      else r.add_extra("Institution", institution);
    }
    // "https://doi.org/10.1086/712817" where DOI is empty: the DOI, as every
    // reader takes it (doi_in_url).
    if (r.doi.empty() && !r.url.empty())
      if (auto d = doi_in_url(r.url, "EPPI-Reviewer URL", diags_, at)) r.doi = std::move(*d);
  }

 private:
  // Month: "March"; two months, or one and a dash, where EPPI cut the value
  // at ten characters ("July-Augus", "September-"): read, the cut said.
  void read_month(std::string_view month, Record& r, std::size_t at) {
    if (month.empty()) return;
    const std::size_t dash = month.find('-');
    const int m = month_from_prefix(trim(month.substr(0, dash)));
    const std::string_view rest = dash == std::string_view::npos ? std::string_view() : trim(month.substr(dash + 1));
    const int end = rest.empty() ? 0 : month_from_prefix(rest);
    if (!m || r.issued.year <= 0 || r.issued.month || (!rest.empty() && end <= m)) {
      r.add_extra("Month", std::string(month));
      return;
    }
    r.issued.month = m;
    if (end) r.issued.end_year = r.issued.year, r.issued.end_month = end;
    if (dash != std::string_view::npos)
      diags_.warning(at, "Month '" + std::string(month) + "' (EPPI keeps ten characters): read as " +
                             month_of_year(0, m) + (end ? " to " + month_of_year(0, end) : std::string()));
  }

  const std::map<long long, std::string>& codes_;
  std::set<std::string>& dropped_;
  Diagnostics& diags_;
  bool end_tag_said_ = false;

  void standard_number(std::string s, Record& r, std::size_t at) {
    if (s.empty()) return;
    if (classify_sn(s, r)) return;
    // "WOS:000485943600017 ER": the end tag of the RIS record EPPI imported
    // it from, glued to the record's last field.
    if (ends_with(s, " ER") && take_accession(r, trim(std::string_view(s).substr(0, s.size() - 3)), false) ==
                                   Accession::filled) {
      if (!end_tag_said_)
        diags_.warning(at,
                           "StandardNumber '" + s + "' ends in ' ER', the end tag of the RIS record EPPI-Reviewer "
                           "imported it from: read without it (said once for the file)");
      end_tag_said_ = true;
      return;
    }
    if (take_accession(r, s, false) == Accession::filled) return;
    r.add_extra("StandardNumber", s);
  }
  static void doi(const std::string& s, Record& r) {
    if (s.empty()) return;
    if (std::optional<std::string> d = normalize_doi(s)) r.doi = *d;
    else r.add_extra("DOI", s);
  }
  // "https://www.mdpi.com/2304-6775/2/1/27 files/22022/27.html": the link,
  // then the path of the copy a Zotero library stored (items EPPI imported
  // from one): the link is the URL, the rest kept in extra and said.
  void url(const std::string& s, Record& r, std::size_t at) const {
    if (s.empty()) return;
    const std::size_t cut = end_of_first_url(s);
    r.url = s.substr(0, cut);
    if (cut != std::string::npos) {
      std::string_view rest = trim(std::string_view(s).substr(cut + 1));
      while (!rest.empty() && rest.front() == ';') rest = trim(rest.substr(1));
      if (!rest.empty()) {
        diags_.warning(at, "URL '" + s + "': the link, then '" + std::string(rest) +
                             "' (a stored copy's path?): the link read as the URL, the rest kept in extra (URL)");
        r.add_extra("URL", std::string(rest));
      }
    }
    bool pmcid = false;
    std::string_view id = pubmed_link_id(s, pmcid);
    if (!id.empty()) (pmcid ? r.pmcid : r.pmid) = std::string(id);
  }
  void codes(const json& v, Record& r) const {
    if (!v.is_array()) return;
    for (const json& c : v) {
      if (!c.is_object()) continue;
      auto id = c.find("AttributeId");
      if (id == c.end() || !id->is_number_integer()) continue;
      auto path = codes_.find(id->get<long long>());
      std::string code = path != codes_.end() ? path->second : "code " + std::to_string(id->get<long long>());
      if (std::string more = json_member_text(c, "AdditionalText"); !more.empty()) code += ": " + more;
      r.add_extra("eppi-code", std::move(code));
      if (auto arm = c.find("ArmTitle"); arm != c.end() && !json_text(*arm).empty())
        r.add_extra("eppi-code-arm", json_text(*arm));
      if (auto ft = c.find("ItemAttributeFullTextDetails"); ft != c.end() && ft->is_array() && !ft->empty())
        r.add_extra("eppi-code-text", json_extra_text(*ft));
    }
  }
};

}  // namespace

ParseStats parse_eppi_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::size_t root = 0;
  skip_json_ws(text, root);
  const std::size_t refs = root < text.size() && text[root] == '{' ? json_member(text, root, "References")
                                                                     : std::string_view::npos;
  if (refs == std::string_view::npos || refs >= text.size() || text[refs] != '[') {
    diags.file_error("EPPI-Reviewer JSON without a \"References\" array: nothing read");
    return stats;
  }
  const std::map<long long, std::string> codes = code_paths(text, root);
  std::set<std::string> dropped;
  ItemReader reader(codes, dropped, diags);
  for (const JsonRange& at : json_elements(text, refs)) {
    std::string_view src = text.substr(at.begin, at.end - at.begin);
    std::optional<json> parsed = parse_json_object(src, at, "EPPI-Reviewer reference", diags, stats);
    if (!parsed) continue;
    json& o = *parsed;
    Record r;
    reader.read(o, r, at.begin);
    if (r.title.empty() && r.doi.empty() && r.authors.empty() && r.container_title.empty()) {
      diags.error(at.begin, "EPPI-Reviewer reference without title, DOI, author or parent title: skipped");
      ++stats.rejected;
      continue;
    }
    const auto [line, column] = diags.position(at.begin);
    deliver_record_at(std::move(r), kFormat, src, {line, column}, diags, stats, sink);
  }
  if (!dropped.empty()) {
    std::string names;
    for (const std::string& k : dropped) names += (names.empty() ? "" : ", ") + k;
    diags.report_at(Severity::warning, 0, 0,
                      "EPPI-Reviewer's " + names +
                          " dropped from every reference (a citation made of the fields read, the status's letter "
                          "beside its words in eppi-status)");
  }
  return stats;
}

bool looks_like_eppi_json(std::string_view text) {
  std::size_t p = 0;
  skip_json_ws(text, p);
  if (p >= text.size() || text[p] != '{' || text.find("\"ShortTitle\"") == std::string_view::npos) return false;
  const std::size_t refs = json_member(text, p, "References");
  if (refs == std::string_view::npos || refs >= text.size() || text[refs] != '[') return false;
  std::vector<JsonRange> first = json_elements(text, refs, true);
  if (first.empty()) return false;
  json o = json::parse(text.substr(first[0].begin, first[0].end - first[0].begin), nullptr, false);
  return o.is_object() && o.contains("ItemId") && o.contains("ShortTitle");
}

}  // namespace refnet
