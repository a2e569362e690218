// RefLib's JSON -> Records.  RefLib (IEBH/RefLib, MIT; the Bond University
// Institute for Evidence-Based Healthcare's library behind its systematic
// review tools: SRA, dedupe-sweep, polyglot) reads EndNote XML, RIS and
// MEDLINE into one object per reference and writes those objects as a JSON
// array.  Its fields are EndNote's under camel-case names, so each is mapped
// back to its EndNote XML name (as RefLib's own EndNote XML writer does,
// modules/endnoteXml.js) and the record built by the EndNote XML reader's
// rules (endnote_fields.hpp): a reference reads the same from RefLib's JSON
// as from the EndNote XML it came from.  Before this reader the Crossref
// reader took the file: 102 works of RefLib's test library (blue-light.json)
// without authors, year or DOI, 204 warnings.
//
// RefLib key               EndNote XML field (endnote_xml.cpp says what it becomes)
//   type                   ref-type, by RefLib's name for it ("journalArticle" -> "Journal Article";
//                          "unknown": none)
//   title journal          title, secondary-title
//   titleShort journalAlt periodical    short-title, alt-title, full-title
//   authors keywords urls  authors, keywords, related-urls (arrays, one value each)
//   year date              year, pub-dates ("Dec", "Mar 27", "2018/04/17")
//   doi                    electronic-resource-num
//   accession accessionNum accession-num
//   address researchNotes accessDate workType    auth-address, research-notes, access-date, work-type
//   databaseProvider database    remote-database-provider, remote-database-name
//   recNumber              not kept, said once a file (EndNote's record
//                          number, as EndNote XML's rec-number)
//   pages volume number isbn abstract label caption notes section language publisher
//   edition custom1..custom8   the same names
//   anything else          extra under its key, said once a file (RefLib's MEDLINE reader's
//                          medline* keys, its RIS reader's RIS* keys)
//
// The array is cut into items by a string-aware scan (json_values.hpp) and
// each item parsed on its own: a malformed item is one error and the next
// imports.
#include <nlohmann/json.hpp>

#include <optional>

#include <algorithm>
#include <set>

#include "refnet/importer.hpp"
#include "refnet/text.hpp"
#include "endnote_fields.hpp"
#include "json_values.hpp"
#include "reflib_json.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "reflib-json";

struct KeyName {
  std::string_view reflib, endnote;
};

// RefLib's keys (lib/fields.js, and those its readers add) and their
// EndNote XML names.
constexpr KeyName kKeys[] = {
    {"recNumber", "rec-number"},
    {"type", "ref-type"},
    {"title", "title"},
    {"journal", "secondary-title"},
    {"titleShort", "short-title"},
    {"journalAlt", "alt-title"},
    {"periodical", "full-title"},
    {"authors", "authors"},
    {"date", "pub-dates"},
    {"year", "year"},
    {"urls", "related-urls"},
    {"pages", "pages"},
    {"volume", "volume"},
    {"number", "number"},
    {"isbn", "isbn"},
    {"abstract", "abstract"},
    {"label", "label"},
    {"caption", "caption"},
    {"notes", "notes"},
    {"address", "auth-address"},
    {"researchNotes", "research-notes"},
    {"keywords", "keywords"},
    {"accessDate", "access-date"},
    {"accession", "accession-num"},
    {"accessionNum", "accession-num"},
    {"doi", "electronic-resource-num"},
    {"section", "section"},
    {"language", "language"},
    {"databaseProvider", "remote-database-provider"},
    {"database", "remote-database-name"},
    {"workType", "work-type"},
    {"publisher", "publisher"},
    {"edition", "edition"},
    {"custom1", "custom1"},
    {"custom2", "custom2"},
    {"custom3", "custom3"},
    {"custom4", "custom4"},
    {"custom5", "custom5"},
    {"custom6", "custom6"},
    {"custom7", "custom7"},
    {"custom8", "custom8"},
};

std::string_view endnote_name(std::string_view key) {
  for (const KeyName& k : kKeys)
    if (k.reflib == key) return k.endnote;
  return {};
}

// RefLib's reference types (modules/endnoteXml.js) and EndNote's names.
constexpr KeyName kTypes[] = {
    {"aggregatedDatabase", "Aggregated Database"},
    {"ancientText", "Ancient Text"},
    {"artwork", "Artwork"},
    {"audioVisualMaterial", "Audiovisual Material"},
    {"bill", "Bill"},
    {"blog", "Blog"},
    {"book", "Book"},
    {"bookSection", "Book Section"},
    {"case", "Case"},
    {"catalog", "Catalog"},
    {"chartOrTable", "Chart or Table"},
    {"classicalWork", "Classical Work"},
    {"computerProgram", "Computer Program"},
    {"conferencePaper", "Conference Paper"},
    {"conferenceProceedings", "Conference Proceedings"},
    {"dataset", "Dataset"},
    {"dictionary", "Dictionary"},
    {"editedBook", "Edited Book"},
    {"electronicArticle", "Electronic Article"},
    {"electronicBook", "Electronic Book"},
    {"electronicBookSection", "Electronic Book Section"},
    {"encyclopedia", "Encyclopedia"},
    {"equation", "Equation"},
    {"figure", "Figure"},
    {"filmOrBroadcast", "Film or Broadcast"},
    {"generic", "Generic"},
    {"governmentDocument", "Government Document"},
    {"grant", "Grant"},
    {"hearing", "Hearing"},
    {"journalArticle", "Journal Article"},
    {"legalRuleOrRegulation", "Legal Rule or Regulation"},
    {"magazineArticle", "Magazine Article"},
    {"manuscript", "Manuscript"},
    {"map", "Map"},
    {"music", "Music"},
    {"newspaperArticle", "Newspaper Article"},
    {"onlineDatabase", "Online Database"},
    {"onlineMultimedia", "Online Multimedia"},
    {"pamphlet", "Pamphlet"},
    {"patent", "Patent"},
    {"personalCommunication", "Personal Communication"},
    {"report", "Report"},
    {"serial", "Serial"},
    {"standard", "Standard"},
    {"statute", "Statute"},
    {"thesis", "Thesis"},
    {"unknown", "Generic"},
    {"unpublished", "Unpublished Work"},
    {"web", "Web Page"},
};

std::string_view endnote_type(std::string_view reflib) {
  for (const KeyName& t : kTypes)
    if (t.reflib == reflib) return t.endnote;
  return {};
}

// A value as EndNote's text: a string or number as it is, an array's
// strings one a line ('\r', EndNote's separator); anything else empty.
std::string endnote_value(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return json_text(v);
  std::string out;
  if (v.is_array())
    for (const json& e : v) {
      std::string s = e.is_string() ? e.get<std::string>() : json_text(e);
      if (trim(s).empty()) continue;
      if (!out.empty()) out += '\r';
      out += s;
    }
  return out;
}

}  // namespace

ParseStats parse_reflib_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::size_t root = 0;
  skip_json_ws(text, root);
  if (root >= text.size() || text[root] != '[') {
    diags.file_error("RefLib JSON is an array of references; this text is not one: nothing read");
    return stats;
  }
  std::set<std::string> unknown_keys, unknown_types;
  // recNumber, EndNote's number of the record in its library file: not kept,
  // said once a file with how many, as EndNote XML's rec-number.
  std::size_t rec_numbers = 0, rec_number_at = 0;
  std::string rec_number_first, rec_number_last;
  for (const JsonRange& at : json_elements(text, root)) {
    std::string_view src = text.substr(at.begin, at.end - at.begin);
    std::optional<json> parsed = parse_json_object(src, at, "RefLib reference", diags, stats);
    if (!parsed) continue;
    json& o = *parsed;
    EndnoteFields in;
    in.offset = at.begin;
    in.type_offset = at.begin;
    for (auto it = o.begin(); it != o.end(); ++it) {
      const std::string& k = it.key();
      const json& v = it.value();
      const std::size_t off = member_offset(src, at.begin, k);
      if (k == "type") {
        const std::string t = endnote_value(v);
        in.type_offset = off;
        if (std::string_view name = endnote_type(trim(t)); !name.empty()) {
          in.type_name = std::string(name);
        } else if (!trim(t).empty()) {
          if (unknown_types.insert(t).second)
            diags.warning(off, "RefLib type '" + t + "' is none of RefLib's types: read as a generic document, "
                               "kept in extra (type)");
          in.fields.push_back({"type", t, off});
        }
        continue;
      }
      std::string_view name = endnote_name(k);
      std::string value = endnote_value(v);
      if (k == "recNumber" && !trim(value).empty() && all_digits(trim(value))) {
        if (rec_numbers++ == 0) rec_number_at = off, rec_number_first = std::string(trim(value));
        rec_number_last = std::string(trim(value));
        continue;
      }
      if (name.empty()) {
        // Not a key of RefLib's list: kept under its own, said once a file.
        if (value.empty() && !v.is_null() && !(v.is_array() && v.empty())) value = json_extra_text(v);
        if (trim(value).empty()) continue;
        unknown_keys.insert(k);
        in.fields.push_back({k, std::move(value), off});
        continue;
      }
      if (value.empty() && !v.is_null() && !v.is_string() && !(v.is_array() && v.empty())) {
        // An object where RefLib writes text: kept as written, said.
        value = json_extra_text(v);
        diags.warning(off, "RefLib's '" + k + "' is " + (v.is_array() ? "an array of other than text" : "no text") +
                               ": kept in extra (" + k + ") as written");
        in.fields.push_back({k, std::move(value), off});
        continue;
      }
      in.fields.push_back({std::string(name), std::move(value), off});
    }
    Record r;
    if (!build_endnote_record(in, r, diags)) {
      diags.error(at.begin, "RefLib reference without title, authors, journal, DOI or URL: skipped");
      ++stats.rejected;
      continue;
    }
    const auto [line, column] = diags.position(at.begin);
    deliver_record_at(std::move(r), kFormat, src, {line, column}, diags, stats, sink);
  }
  if (rec_numbers)
    diags.report(Severity::note, rec_number_at,
                 "recNumber of " + std::to_string(rec_numbers) +
                     (rec_numbers == 1 ? " reference ('" + rec_number_first + "')"
                                       : " references ('" + rec_number_first + "' ... '" + rec_number_last + "')") +
                     ": EndNote's record numbers in the library file RefLib read, no key and no identifier "
                     "elsewhere: not kept, the works get keys made");
  if (!unknown_keys.empty()) {
    std::string names;
    for (const std::string& k : unknown_keys) names += (names.empty() ? "" : ", ") + k;
    diags.report_at(Severity::warning, 0, 0,
                    "RefLib keys refnet does not map kept in extra under their names: " + names);
  }
  return stats;
}

bool looks_like_reflib_json(std::string_view text) {
  std::size_t p = 0;
  skip_json_ws(text, p);
  if (p >= text.size() || text[p] != '[') return false;
  std::vector<JsonRange> first = json_elements(text, p, true);
  if (first.empty() || text[first[0].begin] != '{') return false;
  json o = json::parse(text.substr(first[0].begin, first[0].end - first[0].begin), nullptr, false);
  if (!o.is_object() || o.empty()) return false;
  // Every key RefLib's (its MEDLINE reader's medline* and RIS reader's RIS*
  // keys too), a title or authors, and one key no other JSON refnet reads
  // has with its value so: CSL-JSON's "number", "volume", "title", "type"
  // are RefLib's too.
  bool own = false;
  for (auto it = o.begin(); it != o.end(); ++it) {
    const std::string& k = it.key();
    if (endnote_name(k).empty() && !starts_with(k, "medline") && !starts_with(k, "RIS")) return false;
    if (k == "recNumber" || k == "journal" || k == "urls" || k == "isbn" || k == "researchNotes" ||
        k == "databaseProvider" || k == "workType" || k == "accessionNum" || k == "titleShort" || k == "journalAlt")
      own = true;
    if (k == "authors" && it.value().is_array() && !it.value().empty() && it.value().front().is_string()) own = true;
  }
  if (auto t = o.find("type"); t != o.end() && !(t->is_string() && !endnote_type(t->get<std::string>()).empty()))
    return false;
  return own && (o.contains("title") || o.contains("authors"));
}

}  // namespace refnet
