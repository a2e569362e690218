// Europe PMC REST API JSON -> Records: the search endpoint's responses
// (resultType=core, lite or idlist; format=json), an /article response
// ({"result": {...}}), an array of responses (the pages a client saved), or
// an array of results.  The same responses in XML (format=xml; not the
// Dublin Core one, format=dc) are read by the same rules, each <result> as
// the JSON object it mirrors (xml_value).
//
// The text is cut into results by a string-aware scan (json_values.hpp), and
// each result is parsed on its own with nlohmann::json: a malformed result is
// one error and the next imports.  A MED record is PubMed's, so the mapping
// follows the MEDLINE and PubMed XML readers' (NLM's closing period dropped
// from titles, MeSH headings "Descriptor/qualifier/..." as keywords, the
// authors' keywords also in extra "keyword").
//
// Europe PMC key                        Record
//   pmid pmcid doi                      pmid, pmcid, doi (not a DOI: extra doi, warning)
//   source id                           extra "europepmc" as "SOURCE/id" (europepmc.org/article/SOURCE/id)
//   title                               title (markup kept as rich text)
//   authorList.author [{firstName, lastName, initials, collectiveName,
//     authorId {type ORCID}, authorAffiliationDetailsList}]
//                                       authors (given: firstName, else initials), ORCID,
//                                       affiliations; without authorList (lite),
//                                       authorString in MEDLINE's citation form
//   journalInfo {volume, issue, dateOfPublication, journal {title,
//     isoabbreviation, medlineAbbreviation, issn, essn, nlmid}}
//                                       volume, issue, issued (as MEDLINE's DP), container_title,
//                                       container_title_short, issn; nlmid and a
//                                       medlineAbbreviation other than the ISO one to extra
//   lite: journalTitle journalVolume issue journalIssn
//                                       container_title, volume, issue, issn
//   pubYear firstPublicationDate        the date when journalInfo gives none: pubYear (a
//                                       preprint's: its posting day), else the year of the first
//                                       publication
//   pageInfo                            pages
//   abstractText                        abstract (its <h4> sections one a paragraph)
//   keywordList.keyword                 keywords, and extra "keyword" (the authors' own)
//   meshHeadingList.meshHeading         keywords "Descriptor/qualifier/qualifier"
//   pubTypeList.pubType (lite: pubType "a; b")
//                                       type as MEDLINE's PT (medline_type_csl), each also
//                                       extra "pubType"; source PPR is a preprint
//   bookOrReportDetails {publisher, comprisingTitle, yearOfPublication, edition, ...}
//                                       publisher (a preprint's server); a book's chapter:
//                                       container_title comprisingTitle; the rest to extra
//   language                            language
//   grantsList.grant                    extra "grant": "id (agency)", as PubMed XML's Grant
//   chemicalList.chemical               extra "chemical": "name (registry number)"
//   printPublicationDate electronicPublicationDate firstPublicationDate
//   dateOfCreation dateOfCompletion dateOfRevision
//                                       extra, as written (a re-export's date: export_date)
//   Europe PMC's own flags and counters (inEPMC, inPMC, hasPDF, has*, *AuthMan,
//   citedByCount, firstIndexDate, fullTextIdList, tmAccessionTypeList,
//   dataLinksTagsList, subsetList, journalIssueId, yearOfPublication/monthOfPublication
//   of journalInfo; authorString, authorIdList and affiliation when they repeat authorList)
//                                       dropped, named in one warning per file
//   anything else                       extra, by its key (strings as they are, the rest as
//                                       compact JSON)
#include <nlohmann/json.hpp>

#include <optional>
#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sstream>

#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/text.hpp"
#include "europepmc.hpp"
#include "json_values.hpp"
#include "ris_fields.hpp"
#include "xml_document.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "europepmc";

// Europe PMC's sources: MEDLINE, PubMed Central, preprints, Agricola, Chinese
// Biological Abstracts, CiteSeerX, theses, NHS, patents, NCBI Bookshelf.
bool is_source_code(std::string_view s) {
  for (std::string_view c : {"MED", "PMC", "PPR", "AGR", "CBA", "CTX", "ETH", "HIR", "PAT", "NBK"})
    if (s == c) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Cutting the text into results.

// The results of the response object at `p` ('{'): resultList.result's
// elements, or the /article endpoint's one "result".  `response` says
// whether the object is a response at all.
void results_of(std::string_view t, std::size_t p, std::vector<JsonRange>& out, bool first, bool* response = nullptr) {
  std::size_t list = json_member(t, p, "resultList");
  if (list != std::string_view::npos && list < t.size() && t[list] == '{') {
    if (response) *response = true;
    std::size_t rs = json_member(t, list, "result");
    if (rs != std::string_view::npos && rs < t.size() && t[rs] == '[') {
      std::vector<JsonRange> e = json_elements(t, rs, first);
      out.insert(out.end(), e.begin(), e.end());
    }
    return;
  }
  std::size_t one = json_member(t, p, "result");
  if (one != std::string_view::npos && one < t.size() && t[one] == '{') {
    if (response) *response = true;
    out.push_back({one, std::min(json_value_end(t, one), t.size())});
  }
}

// Every result of the text: a response, an array of responses, an array of
// results.
std::vector<JsonRange> results_in(std::string_view t, bool first = false) {
  std::vector<JsonRange> out;
  std::size_t p = 0;
  skip_json_ws(t, p);
  if (p >= t.size()) return out;
  if (t[p] == '{') {
    results_of(t, p, out, first);
    return out;
  }
  if (t[p] != '[') return out;
  for (const JsonRange& e : json_elements(t, p)) {
    if (e.begin >= t.size() || t[e.begin] != '{') {
      out.push_back(e);  // not an object: said when read
    } else {
      bool response = false;
      results_of(t, e.begin, out, first, &response);
      if (!response) out.push_back(e);  // a bare result
    }
    if (first && !out.empty()) break;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Values.

std::string text(const json& o, const char* key) {
  auto it = o.find(key);
  return it == o.end() ? std::string() : json_text(*it);
}

// The elements of o[outer][inner] (Europe PMC's lists: {"keywordList":
// {"keyword": [...]}}), or an empty array.
const json& list_of(const json& o, const char* outer, const char* inner) {
  static const json kEmpty = json::array();
  auto a = o.find(outer);
  if (a == o.end() || !a->is_object()) return kEmpty;
  auto b = a->find(inner);
  return b != a->end() && b->is_array() ? *b : kEmpty;
}

// Keys of a result that Europe PMC's own bookkeeping fills: dropped.
bool is_bookkeeping(std::string_view k) {
  if (k.size() > 3 && starts_with(k, "has") && k[3] >= 'A' && k[3] <= 'Z') return true;  // hasPDF, hasBook...
  for (std::string_view d : {"inEPMC", "inPMC", "authMan", "epmcAuthMan", "nihAuthMan", "citedByCount", "firstIndexDate",
                             "fullTextIdList", "tmAccessionTypeList", "dataLinksTagsList", "subsetList"})
    if (k == d) return true;
  return false;
}

// The title as Crossref's reader takes it: markup kept as rich text.
std::string title_text(std::string_view s) {
  return s.find('<') == std::string_view::npos ? collapse_space(s) : markup_to_rich_text(s);
}

class Mapper {
 public:
  Mapper(Diagnostics& diags, std::size_t at, std::set<std::string>& dropped)
      : diags_(diags), at_(at), dropped_(dropped) {}

  void map(const json& o, Record& r) {
    const std::string source = text(o, "source");
    for (auto it = o.begin(); it != o.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      if (v.is_null() || (v.is_string() && trim(v.get_ref<const std::string&>()).empty())) continue;
      if (k == "id" || k == "source") {
        continue;
      } else if (k == "pmid") {
        r.pmid = json_text(v);
      } else if (k == "pmcid") {
        r.pmcid = json_text(v);
      } else if (k == "doi") {
        std::string d = json_text(v);
        if (auto n = normalize_doi_said(d, "Europe PMC doi", diags_, at_)) {
          r.doi = std::move(*n);
        } else {
          diags_.warning(at_, "Europe PMC doi is not a DOI, kept in extra: " + d + placeholder_doi_note(d));
          r.add_extra("doi", d);
        }
      } else if (k == "title") {
        std::string t = title_text(json_text(v));
        r.title = source == "MED" ? drop_nlm_period(t) : t;
      } else if (k == "authorString") {
        author_string = json_text(v);
      } else if (k == "authorList") {
        authors(list_of(o, "authorList", "author"), r);
      } else if (k == "authorIdList") {
        author_ids = &v;
      } else if (k == "affiliation") {
        affiliation = json_text(v);
      } else if (k == "journalInfo" && v.is_object()) {
        journal_info(v, r);
      } else if (k == "journalTitle") {
        if (r.container_title.empty()) r.container_title = json_text(v);
      } else if (k == "journalVolume") {
        if (r.volume.empty()) r.volume = json_text(v);
      } else if (k == "issue") {
        if (r.issue.empty()) r.issue = json_text(v);
      } else if (k == "journalIssn") {
        classify_sn(json_text(v), r);
      } else if (k == "pubYear") {
        pub_year = json_text(v);
      } else if (k == "pageInfo") {
        r.pages = expand_page_range(json_text(v));
      } else if (k == "abstractText") {
        r.abstract = jats_to_text(json_text(v));
      } else if (k == "language") {
        r.language = json_text(v);
      } else if (k == "keywordList") {
        for (const json& kw : list_of(o, "keywordList", "keyword")) {
          std::string s = json_text(kw);
          if (s.empty()) continue;
          r.add_keyword(s);
          r.add_extra("keyword", s);
        }
      } else if (k == "meshHeadingList") {
        mesh(list_of(o, "meshHeadingList", "meshHeading"), r);
      } else if (k == "pubTypeList") {
        for (const json& t : list_of(o, "pubTypeList", "pubType"))
          if (std::string s = json_text(t); !s.empty()) pub_types.push_back(s);
      } else if (k == "pubType") {
        for (const std::string& s : split_list(json_text(v), ";")) pub_types.push_back(s);
      } else if (k == "bookOrReportDetails" && v.is_object()) {
        book = &v;
      } else if (k == "grantsList") {
        for (const json& g : list_of(o, "grantsList", "grant")) {
          std::string id = text(g, "grantId"), agency = text(g, "agency");
          if (!id.empty() || !agency.empty())
            r.add_extra("grant", id.empty() ? agency : agency.empty() ? id : id + " (" + agency + ")");
        }
      } else if (k == "chemicalList") {
        for (const json& c : list_of(o, "chemicalList", "chemical")) {
          std::string name = text(c, "name"), rn = text(c, "registryNumber");
          if (!name.empty()) r.add_extra("chemical", rn.empty() || rn == "0" ? name : name + " (" + rn + ")");
        }
      } else if (k == "firstPublicationDate") {
        first_date = json_text(v);
        r.add_extra(k, first_date);
      } else if (is_bookkeeping(k)) {
        dropped_.insert(k);
      } else {
        r.add_extra(k, json_extra_text(v));
      }
    }
    finish(o, source, r);
  }

  std::string author_string, affiliation, pub_year, first_date;
  std::vector<std::string> pub_types;
  const json* author_ids = nullptr;
  const json* book = nullptr;

 private:
  Diagnostics& diags_;
  std::size_t at_;
  std::set<std::string>& dropped_;

  void authors(const json& list, Record& r) {
    std::string placeholder;
    for (const json& a : list) {
      if (!a.is_object()) continue;
      Creator c;
      if (std::string cn = text(a, "collectiveName"); !cn.empty()) {
        c.literal = cn;
      } else {
        c.family = text(a, "lastName");
        c.given = text(a, "firstName");
        if (c.given.empty()) c.given = text(a, "initials");
        if (c.family.empty() && c.given.empty()) c = parse_citation_name(text(a, "fullName"));
      }
      if (auto id = a.find("authorId"); id != a.end() && id->is_object() && iequals(text(*id, "type"), "ORCID"))
        c.orcid = clean_orcid(text(*id, "value"));
      for (const json& aff : list_of(a, "authorAffiliationDetailsList", "authorAffiliation"))
        if (std::string s = text(aff, "affiliation"); !s.empty()) c.affiliations.push_back(std::move(s));
      if (c.empty()) continue;
      if (!said_anonymous(c, "Europe PMC author", diags_, at_, &placeholder)) r.authors.push_back(std::move(c));
    }
    keep_author_placeholder(r, std::move(placeholder));
  }

  void journal_info(const json& ji, Record& r) {
    for (auto it = ji.begin(); it != ji.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      if (k == "volume") {
        r.volume = json_text(v);
      } else if (k == "issue") {
        r.issue = json_text(v);
      } else if (k == "dateOfPublication") {
        r.issued = parse_medline_date(json_text(v));
      } else if (k == "journal" && v.is_object()) {
        std::string iso = text(v, "isoabbreviation");
        for (auto j = v.begin(); j != v.end(); ++j) {
          const std::string& jk = j.key();
          std::string s = json_text(j.value());
          if (s.empty()) continue;
          if (jk == "title") r.container_title = s;
          else if (jk == "isoabbreviation") r.container_title_short = s;
          else if (jk == "issn" || jk == "essn") continue;  // below, print first
          else if (jk == "medlineAbbreviation" && (s == iso || iso.empty())) {
            if (iso.empty()) r.container_title_short = s;
          } else r.add_extra(jk, s);
        }
        for (const char* key : {"issn", "essn"})
          if (std::string s = text(v, key); !s.empty()) read_issn_or_isbn(s, true, r);
      } else if (k == "journalIssueId" || k == "yearOfPublication" || k == "monthOfPublication") {
        dropped_.insert("journalInfo." + k);
      } else if (!v.is_null()) {
        r.add_extra(k, json_extra_text(v));
      }
    }
  }

  void mesh(const json& list, Record& r) {
    for (const json& h : list) {
      std::string k = text(h, "descriptorName");
      if (k.empty()) continue;
      for (const json& q : list_of(h, "meshQualifierList", "meshQualifier"))
        if (std::string s = text(q, "qualifierName"); !s.empty()) k += "/" + s;
      r.add_keyword(k);
    }
  }

  void finish(const json& o, const std::string& source, Record& r) {
    if (!source.empty()) r.add_extra("europepmc", source + "/" + text(o, "id"));
    // Names: the list when there is one, else the citation forms.
    if (r.authors.empty() && !author_string.empty()) {
      r.authors = parse_citation_name_list(author_string);
      drop_anonymous_authors(r, "Europe PMC authorString", diags_, at_);
    } else if (!author_string.empty()) {
      dropped_.insert("authorString");  // authorList's names in citation form
    }
    // The record's one affiliation is its first author's (authorList has it).
    if (!affiliation.empty()) {
      bool known = std::any_of(r.authors.begin(), r.authors.end(), [&](const Creator& c) {
        return std::find(c.affiliations.begin(), c.affiliations.end(), affiliation) != c.affiliations.end();
      });
      if (known) dropped_.insert("affiliation");
      else if (!r.authors.empty() && r.authors.front().affiliations.empty()) r.authors.front().affiliations.push_back(affiliation);
      else r.add_extra("affiliation", affiliation);
    }
    if (author_ids) {
      std::vector<std::string> missing;
      for (const json& id : list_of(o, "authorIdList", "authorId")) {
        if (!iequals(text(id, "type"), "ORCID")) {
          missing.push_back(text(id, "type") + " " + text(id, "value"));
          continue;
        }
        std::string orcid = clean_orcid(text(id, "value"));
        if (std::none_of(r.authors.begin(), r.authors.end(), [&](const Creator& c) { return c.orcid == orcid; }))
          missing.push_back("ORCID " + orcid);
      }
      if (missing.empty()) dropped_.insert("authorIdList");
      else r.add_extra("authorIdList", json_extra_text(*author_ids));
    }
    // A book's or a preprint's details.
    std::string comprising;
    if (book) {
      for (auto it = book->begin(); it != book->end(); ++it) {
        const std::string& k = it.key();
        std::string s = json_text(it.value());
        if (s.empty() && !it.value().is_structured()) continue;
        if (k == "publisher" && r.publisher.empty()) r.publisher = s;
        else if (k == "comprisingTitle") comprising = s;
        else if (k == "yearOfPublication" && pub_year.empty()) pub_year = s;
        else if (k == "yearOfPublication" && s == pub_year) continue;
        else r.add_extra(k, s.empty() ? json_extra_text(it.value()) : s);
      }
    }
    std::vector<std::string_view> pts(pub_types.begin(), pub_types.end());
    for (const std::string& t : pub_types) r.add_extra("pubType", t);
    if (source == "PPR") {
      r.type = "article";  // a preprint server's record, whatever its types say
    } else {
      r.type = medline_type_csl(pts, !comprising.empty(), !r.container_title.empty(), !r.pmid.empty(), !r.issue.empty());
    }
    if (!comprising.empty()) {
      if (r.container_title.empty() && (r.type == "chapter" || r.type == "paper-conference")) r.container_title = comprising;
      else r.add_extra("comprisingTitle", comprising);
    }
    // The date: journalInfo's; else a preprint's posting day, else pubYear
    // (a journal article's first publication day may be Europe PMC's
    // "2025-12-01" for NLM's "2025 Dec"), else the year of the first
    // publication.  firstPublicationDate stays in extra.
    if (r.issued.year == 0) {
      Date first = parse_raw_date(first_date);
      int year = pub_year.empty() ? 0 : std::atoi(pub_year.c_str());
      if (year == 0 || (source == "PPR" && first.year == year)) r.issued = first;
      else r.issued.year = year;
    } else if (!pub_year.empty() && std::to_string(r.issued.year) != pub_year) {
      r.add_extra("pubYear", pub_year);
    }
  }
};

}  // namespace

namespace {

// One result read: delivered, or rejected with an error when it names no work.
void read_result(const json& o, std::size_t at, std::string_view src, Diagnostics& diags, std::set<std::string>& dropped,
                 ParseStats& stats, const RecordSink& sink) {
  Record r;
  Mapper mapper(diags, at, dropped);
  mapper.map(o, r);
  if (r.title.empty() && r.doi.empty() && r.pmid.empty() && r.pmcid.empty() && r.authors.empty()) {
    diags.error(at, "Europe PMC result without title, DOI, PMID, PMCID or author: skipped");
    ++stats.rejected;
    return;
  }
  const auto [line, column] = diags.position(at);
  deliver_record_at(std::move(r), kFormat, src, {line, column}, diags, stats, sink);
}

void say_dropped(const std::set<std::string>& dropped, Diagnostics& diags) {
  if (dropped.empty()) return;
  std::string names;
  for (const auto& k : dropped) names += (names.empty() ? "" : ", ") + k;
  diags.report_at(Severity::warning, 0, 0, "Europe PMC's own flags, counters and repeats dropped from every result: " + names);
}

// An XML element as the JSON value Europe PMC writes for it: text (an object
// {attribute..., "value": text} when it has attributes: <authorId
// type="ORCID">), an object of its children (a name met twice an array), and
// a "...List" element's children always an array under their name.  Markup
// inside a title or an abstract stays markup.
json xml_value(pugi::xml_node n) {
  bool elements = false;
  for (pugi::xml_node c : n.children())
    if (c.type() == pugi::node_element) elements = true;
  std::string_view name = n.name();
  if (!elements || name == "title" || name == "abstractText") {
    std::string v;
    if (elements) {
      for (pugi::xml_node c : n.children()) {
        std::ostringstream out;
        c.print(out, "", pugi::format_raw);
        v += out.str();
      }
    } else {
      v = n.text().get();
    }
    if (!n.first_attribute()) return json(v);
    json o = json::object();
    for (pugi::xml_attribute a : n.attributes()) o[a.name()] = a.value();
    o["value"] = v;
    return o;
  }
  const bool list = ends_with(name, "List");
  json o = json::object();
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    json v = xml_value(c);
    auto it = o.find(c.name());
    if (it == o.end()) {
      o[c.name()] = list ? json::array({std::move(v)}) : std::move(v);
    } else {
      if (!it->is_array()) *it = json::array({std::move(*it)});
      it->push_back(std::move(v));
    }
  }
  return o;
}

}  // namespace

ParseStats parse_europepmc_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::set<std::string> dropped;
  for (const JsonRange& at : results_in(text)) {
    std::string_view src = text.substr(at.begin, at.end - at.begin);
    if (src.empty() || src.front() != '{') {
      diags.error(at.begin, "Europe PMC result is not an object: skipped");
      ++stats.rejected;
      continue;
    }
    std::optional<json> parsed = parse_json_element(src, at, "Europe PMC result", diags, stats);
    if (!parsed) continue;
    json& o = *parsed;
    read_result(o, at.begin, src, diags, dropped, stats, sink);
  }
  say_dropped(dropped, diags);
  return stats;
}

ParseStats parse_europepmc_xml(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::set<std::string> dropped;
  XmlDocument xml;
  load_xml_document(xml, text, "Europe PMC XML", diags);
  pugi::xml_node root = xml.root();
  std::vector<pugi::xml_node> results;
  if (pugi::xml_node list = root.child("resultList")) {
    for (pugi::xml_node r : list.children("result")) results.push_back(r);
  } else if (pugi::xml_node one = root.child("result")) {
    results.push_back(one);
  }
  for (pugi::xml_node n : results) {
    const XmlSpan span = xml_element_span(n, text, xml);
    if (span.cut_short) {
      diags.error(span.begin, "Europe PMC result cut short by the XML error; skipped");
      ++stats.rejected;
      continue;
    }
    read_result(xml_value(n), span.begin, span.of(text), diags, dropped, stats, sink);
  }
  say_dropped(dropped, diags);
  return stats;
}

bool looks_like_europepmc_xml(std::string_view text) {
  std::string_view head = xml_head(text);
  return xml_root_name(head) == "responseWrapper" &&
         (head.find("<hitCount>") != std::string_view::npos || head.find("<resultList>") != std::string_view::npos) &&
         head.find("<rdf:RDF") == std::string_view::npos;
}

bool looks_like_europepmc_json(std::string_view t) {
  std::size_t p = 0;
  skip_json_ws(t, p);
  // An object is a response only with a member "resultList" or "result"
  // (json_member compares keys as written): a text without either string is
  // none, found in one pass (a Crossref response of megabytes was walked three
  // times to learn this).
  if (p < t.size() && t[p] == '{' && t.find("\"result", p) == std::string_view::npos) return false;
  // A search response names its hit count beside its result list, even
  // when the list is empty.
  if (p < t.size() && t[p] == '{' && json_member(t, p, "resultList") != std::string_view::npos &&
      json_member(t, p, "hitCount") != std::string_view::npos)
    return true;
  std::vector<JsonRange> first = results_in(t, true);
  if (first.empty()) return false;
  std::string_view src = t.substr(first[0].begin, first[0].end - first[0].begin);
  if (src.empty() || src.front() != '{') return false;
  json o = json::parse(src, nullptr, false);
  if (!o.is_object()) return false;
  auto s = o.find("source");
  return s != o.end() && s->is_string() && is_source_code(s->get<std::string>()) && o.contains("id");
}

}  // namespace refnet
