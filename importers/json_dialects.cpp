// JSON of bibliographic services refnet has no reader for.  The Crossref
// reader takes any JSON no other reader claims; a service's own JSON read
// so gave works without authors, year or DOI (each "is this Crossref
// JSON?"), or every record rejected as "not a Crossref work".  (Semantic
// Scholar's papers and OpenAlex's works the Crossref reader reads; Lens.org's
// scholarly works and the Dimensions API's publications their own readers,
// scholarly_json.hpp, which detect.cpp asks first.)  The services here are
// told by their own keys, in their response or in their first record, and
// the file refused by name, saying what to export instead.
//
// Service (shape)                          told by
//   Lens.org's patents (JSON, API)         a record's "lens_id" beside "doc_number", "biblio"
//                                          or "jurisdiction"
//   DataCite REST API                      a record's "type" "dois" with "attributes"
//   OpenAlex entities other than works     "id" "https://openalex.org/A..." (authors), S (sources),
//                                          I (institutions), P (publishers), F (funders),
//                                          C (concepts), T (topics)
//   PubMed E-utilities JSON                {"header": {"type": "esummary" | "esearch" ...}}
//   Scopus Abstract Retrieval API          {"abstracts-retrieval-response": ...}
//   ISTEX API (api.istex.fr)               {"hits": [...]} whose records have "arkIstex"
#include <nlohmann/json.hpp>

#include "json_dialects.hpp"
#include "json_values.hpp"
#include "refnet/text.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;

// The object at p, parsed (null when it is none or malformed).
json object_at(std::string_view t, std::size_t p) {
  if (p >= t.size() || t[p] != '{') return nullptr;
  const std::size_t end = json_value_end(t, p);
  if (end == std::string_view::npos) return nullptr;
  json o = json::parse(t.substr(p, end - p), nullptr, false);
  return o.is_object() ? o : json(nullptr);
}

// The first element's start of the array at p; npos when none.
std::size_t first_of_array(std::string_view t, std::size_t p) {
  if (p >= t.size() || t[p] != '[') return std::string_view::npos;
  std::vector<JsonRange> e = json_elements(t, p, true);
  return e.empty() ? std::string_view::npos : e[0].begin;
}

std::string str(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A record's service, by its keys.
std::string record_dialect(const json& o) {
  if (!o.is_object()) return {};
  if (o.contains("lens_id") && (o.contains("doc_number") || o.contains("biblio") || o.contains("jurisdiction")))
    return "Lens.org's patent JSON (lens_id, doc_number, biblio: patents, not scholarly works)";
  if (str(o, "type") == "dois" && o.contains("attributes"))
    return "DataCite's REST API JSON (type \"dois\", attributes; DataCite's content negotiation gives BibTeX, RIS or "
           "CSL-JSON, which refnet reads)";
  if (o.contains("arkIstex") || (o.contains("corpusName") && o.contains("host")))
    return "the ISTEX API's JSON (arkIstex, corpusName, host; ISTEX exports RIS and BibTeX, which refnet reads)";
  const std::string id = str(o, "id");
  constexpr std::string_view kOpenAlex = "https://openalex.org/";
  if (starts_with(id, kOpenAlex) && id.size() > kOpenAlex.size() + 1 &&
      is_digit(id[kOpenAlex.size() + 1])) {
    switch (id[kOpenAlex.size()]) {
      case 'A': return "OpenAlex's authors (ids https://openalex.org/A...), not works";
      case 'S': return "OpenAlex's sources (ids https://openalex.org/S...), not works";
      case 'I': return "OpenAlex's institutions (ids https://openalex.org/I...), not works";
      case 'P': return "OpenAlex's publishers (ids https://openalex.org/P...), not works";
      case 'F': return "OpenAlex's funders (ids https://openalex.org/F...), not works";
      case 'C': return "OpenAlex's concepts (ids https://openalex.org/C...), not works";
      case 'T': return "OpenAlex's topics (ids https://openalex.org/T...), not works";
      default: break;
    }
  }
  return {};
}

}  // namespace

std::string unread_json_dialect(std::string_view t) {
  std::size_t p = 0;
  skip_json_ws(t, p);
  if (p >= t.size()) return {};
  if (t[p] == '[') {
    // An array of records, or of a service's responses.
    const std::size_t first = first_of_array(t, p);
    if (first == std::string_view::npos) return {};
    if (std::string name = record_dialect(object_at(t, first)); !name.empty()) return name;
    return t[first] == '{' ? unread_json_dialect(t.substr(first, json_value_end(t, first) - first)) : std::string();
  }
  if (t[p] != '{') return {};
  // Responses, by their own members.
  if (json_member(t, p, "abstracts-retrieval-response") != std::string_view::npos)
    return "the Scopus Abstract Retrieval API's JSON (abstracts-retrieval-response; its Search API's JSON and "
           "Scopus's CSV, RIS and BibTeX exports refnet reads)";
  if (std::size_t h = json_member(t, p, "header"); h != std::string_view::npos && h < t.size() && t[h] == '{') {
    json header = object_at(t, h);
    const std::string type = header.is_object() ? str(header, "type") : std::string();
    if (!type.empty() && (json_member(t, p, "result") != std::string_view::npos ||
                          json_member(t, p, "esearchresult") != std::string_view::npos))
      return "PubMed's E-utilities JSON (" + type +
             "; efetch's MEDLINE text or PubMed XML, which refnet reads, hold the records)";
  }
  for (const char* list : {"data", "results", "hits", "items"}) {
    const std::size_t a = json_member(t, p, list);
    if (a == std::string_view::npos) continue;
    if (std::string name = record_dialect(object_at(t, first_of_array(t, a))); !name.empty()) return name;
  }
  return record_dialect(object_at(t, p));
}

}  // namespace refnet
