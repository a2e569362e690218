// Zotero item JSON -> Records: what Zotero's API (items, or API objects with
// the item in "data"), Zotero's translator test cases and Better BibTeX's
// "BetterBibTeX JSON" export ({"config": ..., "items": [...]}) write.
//
// The text is cut into items by a string-aware scan (top-level array, the
// `items` array of a top-level object, or one item object), and each item is
// parsed on its own with nlohmann::json: a malformed item or an element that
// is not an object is one error and the next item imports.
//
// Zotero key                            Record
//   itemType                            type (kTypes; unknown: "document", warning, extra itemType)
//   creators [{firstName,lastName}|{name}, creatorType]
//                                       authors (author and the primary creators of other
//                                       types: inventor, programmer, artist...), editors;
//                                       others (translator, contributor, seriesEditor...)
//                                       to extra by creatorType, "Family, Given; ..."
//   title date volume issue pages url language abstractNote
//                                       the same slots (date read as parse_raw_date reads it)
//   publicationTitle bookTitle proceedingsTitle websiteTitle blogTitle
//   forumTitle encyclopediaTitle dictionaryTitle programTitle
//                                       container_title (a second one: extra by its key)
//   journalAbbreviation                 container_title_short
//   publisher, university, institution, company, label, distributor, network, studio
//                                       publisher (a second one: extra by its key)
//   place                               publisher_place
//   number reportNumber patentNumber billNumber episodeNumber
//                                       number
//   edition -> extra edition; series -> extra collection-title; accessDate -> extra accessed
//   DOI ISBN ISSN                       doi (normalized, else extra DOI, warning), isbn, issn
//   tags [{tag, type}]                  a manual tag (type 0 or none, or a string): a refnet
//                                       tag; an automatic one (type 1): keywords (zrdf40)
//   citationKey (Better BibTeX)         citekey
//   extra (a string, or BBT's array of lines): "PMID: ", "PMCID: ", "DOI: ",
//                                       "Citation Key: " lines read; other lines kept
//                                       in extra "extra"
//   uri (Zotero's item URI)             extra zotero-uri: the item's identity (zotero_item.hpp)
//   bookkeeping: itemID key version dateAdded dateModified collections relations
//                                       dropped, named in one warning per file
//   notes [{note}]                      refnet notes, as text (zotero_note_text); an empty
//                                       or repeated one counted in a warning
//   Better BibTeX's top-level "collections" ({key: {name, parent, items: [itemID]}}):
//                                       refnet collections, nested (kLibraryCollection)
//   attachments seeAlso                 ignored when empty; else dropped with a warning
//   anything else                       extra, by its key (strings as they are, the rest
//                                       as compact JSON)
#include <nlohmann/json.hpp>

#include <optional>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "source_string.hpp"
#include "refnet/doi.hpp"
#include "refnet/doi_placeholder.hpp"
#include "refnet/importer.hpp"
#include "refnet/jats.hpp"
#include "refnet/names.hpp"
#include "refnet/store.hpp"
#include "refnet/text.hpp"
#include "refnet/citekey.hpp"
#include "refnet/zotero_item.hpp"
#include "unsafe_keys.hpp"
#include "json_values.hpp"
#include "ris_fields.hpp"
#include "left_references.hpp"
#include "zotero_fields.hpp"

namespace refnet {

namespace {

using json = nlohmann::json;
constexpr std::string_view kFormat = "zotero-json";

// ---------------------------------------------------------------------------
// Cutting the text into items (json_values.hpp).

using Range = JsonRange;

// The items of the text: a top-level array's elements, a top-level object's
// `items` array, or the object itself.
std::vector<Range> items_of(std::string_view t, bool first = false) {
  std::size_t p = 0;
  skip_json_ws(t, p);
  if (p >= t.size()) return {};
  if (t[p] == '[') return json_elements(t, p, first);
  if (t[p] != '{') return {};
  std::size_t items = json_member(t, p, "items");
  if (items != std::string_view::npos && items < t.size() && t[items] == '[') return json_elements(t, items, first);
  return {{p, std::min(json_value_end(t, p), t.size())}};
}

// An API object holds its item in "data".
const json& item_of(const json& j) {
  if (j.is_object() && !j.contains("itemType")) {
    auto data = j.find("data");
    if (data != j.end() && data->is_object() && data->contains("itemType")) return *data;
  }
  return j;
}

// ---------------------------------------------------------------------------
// Values.

bool one_of(std::string_view key, std::initializer_list<std::string_view> keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// ---------------------------------------------------------------------------
// One item.

class ItemMapper {
 public:
  ItemMapper(Diagnostics& diags, std::size_t offset, std::set<std::string>& dropped, ZoteroExtraJoins& joins,
             UnsafeKeys& unsafe_keys)
      : diags_(diags), offset_(offset), dropped_(dropped), joins_(joins), unsafe_keys_(unsafe_keys) {}

  void map(const json& item, Record& r) {
    for (const auto& [key, v] : item.items()) {
      if (v.is_null() || (v.is_string() && trim(v.get_ref<const std::string&>()).empty())) continue;
      if (key == "itemType") type(v, r);
      else if (key == "title") r.title = collapse_space(json_text(v));
      else if (key == "creators") creators(v, r);
      else if (key == "date") {
        const std::string text = json_text(v);
        r.issued = parse_raw_date(text);
        if (std::string w = free_date_warning("Zotero 'date'", text, r.issued); !w.empty()) warn(std::move(w));
      }
      else if (one_of(key, {"publicationTitle", "bookTitle", "proceedingsTitle", "websiteTitle", "blogTitle",
                            "forumTitle", "encyclopediaTitle", "dictionaryTitle", "programTitle"}))
        first_or_extra(r.container_title, key, collapse_space(json_text(v)), r);
      else if (key == "journalAbbreviation") r.container_title_short = collapse_space(json_text(v));
      else if (key == "volume") r.volume = json_text(v);
      else if (key == "issue") r.issue = json_text(v);
      else if (key == "pages") r.pages = normalize_pages(json_text(v));
      else if (one_of(key, {"number", "reportNumber", "patentNumber", "billNumber", "episodeNumber"}))
        first_or_extra(r.number, key, json_text(v), r);
      else if (one_of(key, {"publisher", "university", "institution", "company", "label", "distributor", "network",
                            "studio"}))
        first_or_extra(r.publisher, key, json_text(v), r);
      else if (key == "place") r.publisher_place = json_text(v);
      else if (key == "edition") r.add_extra("edition", json_text(v));
      else if (key == "series") r.add_extra("collection-title", json_text(v));
      else if (key == "accessDate") r.add_extra("accessed", json_text(v));
      else if (key == "DOI") doi(json_text(v), r);
      else if (key == "ISBN" || key == "ISSN") read_issn_or_isbn(json_text(v), key == "ISSN", r);
      else if (key == "url") r.url = json_text(v);
      else if (key == "abstractNote") r.abstract = json_text(v);
      else if (key == "language") r.language = json_text(v);
      else if (key == "tags") tags(v, r);
      else if (key == "citationKey") citation_key(json_text(v), r);
      else if (key == "uri" && !zotero_item_uri(json_text(v)).empty())
        r.add_extra("zotero-uri", json_text(v));  // the item's identity (zotero_item.hpp), kept (session 61)
      else if (key == "extra") extra(v, r);
      else if (one_of(key, {"itemID", "key", "version", "dateAdded", "dateModified", "collections", "relations",
                            "uri", "libraryID"}))
        dropped_.insert(key);
      else if (key == "notes") notes(v, r);
      else if (one_of(key, {"attachments", "seeAlso"})) {
        if (!(v.is_array() && v.empty())) warn("Zotero '" + key + "' dropped: refnet keeps no " + key);
      } else if (!(v.is_array() && v.empty())) {
        r.add_extra(key, json_extra_text(v));
      }
    }
    // No DOI: the one of a resolver's or publisher's address in url, as
    // every reader takes it (doi_in_url).
    if (r.doi.empty() && !r.url.empty())
      if (auto d = doi_in_url(r.url, "Zotero url", diags_, offset_)) r.doi = std::move(*d);
  }

 private:
  Diagnostics& diags_;
  std::size_t offset_;
  std::set<std::string>& dropped_;
  ZoteroExtraJoins& joins_;
  UnsafeKeys& unsafe_keys_;

  void warn(std::string what) { diags_.warning(offset_, std::move(what)); }

  // A key a library key cannot be: said once a file as Zotero RDF's are
  // (session 61; before, said of RDF's z:citationKey only).
  void citation_key(std::string key, Record& r) {
    if (!key.empty() && !is_safe_key(key)) unsafe_keys_.add(key, offset_);
    r.citekey = std::move(key);
  }

  static void first_or_extra(std::string& slot, const std::string& key, std::string value, Record& r) {
    if (slot.empty()) slot = std::move(value);
    else r.add_extra(key, std::move(value));
  }

  void type(const json& v, Record& r) {
    std::string t = json_text(v);
    std::string_view csl = zotero_csl_type(t);
    if (!csl.empty()) {
      r.type = std::string(csl);
      if (csl == "document" && t != "document") r.add_extra("itemType", t);
      return;
    }
    warn("Zotero item type '" + t + "' is not one refnet knows: read as a generic document");
    r.type = "document";
    r.add_extra("itemType", t);
  }

  void creators(const json& v, Record& r) {
    if (!v.is_array()) {
      warn("Zotero 'creators' is not a list: kept in extra");
      r.add_extra("creators", json_extra_text(v));
      return;
    }
    std::vector<std::pair<std::string, std::string>> others;  // creatorType, "Family, Given"
    std::string placeholder;                                  // an unsigned work's "[Anonymous]"
    for (const auto& c : v) {
      if (!c.is_object()) {
        warn("a Zotero creator is not an object: kept in extra");
        r.add_extra("creators", json_extra_text(c));
        continue;
      }
      Creator n;
      n.family = c.contains("lastName") ? collapse_space(json_text(c["lastName"])) : std::string();
      n.given = c.contains("firstName") ? collapse_space(json_text(c["firstName"])) : std::string();
      if (c.contains("name")) n.literal = collapse_space(json_text(c["name"]));
      if (!n.literal.empty() && !n.family.empty()) n.literal.clear();
      std::string role = c.contains("creatorType") ? json_text(c["creatorType"]) : "author";
      if (std::string said = read_zotero_name_parts(n, "Zotero " + role); !said.empty()) warn(said);
      split_family_particle(n);   // "van Raaij" in lastName
      organisation_as_literal(n);  // "World Health Organization" in lastName, no firstName
      if (std::string said = drop_given_titles(n, "Zotero " + role); !said.empty()) warn(said);
      const bool primary = is_zotero_primary_creator(role);
      if (n.empty() || said_anonymous(n, "Zotero " + role, diags_, offset_, primary ? &placeholder : nullptr)) continue;
      if (primary) {
        r.authors.push_back(std::move(n));
      } else if (role == "editor") {
        r.editors.push_back(std::move(n));
      } else {
        std::string name = n.is_literal() ? n.literal : n.given.empty() ? n.family : n.family + ", " + n.given;
        auto it = std::find_if(others.begin(), others.end(), [&](const auto& o) { return o.first == role; });
        if (it == others.end()) others.emplace_back(role, std::move(name));
        else it->second += "; " + name;
      }
    }
    for (auto& [role, names] : others) r.add_extra(role, std::move(names));
    keep_author_placeholder(r, std::move(placeholder));
  }

  void doi(const std::string& s, Record& r) { read_zotero_doi(s, r, diags_, offset_); }

  void tags(const json& v, Record& r) {
    if (!v.is_array()) {
      r.add_extra("tags", json_extra_text(v));
      return;
    }
    for (const auto& t : v) {
      if (t.is_string()) add_zotero_tag(json_text(t), false, r);
      else if (t.is_object() && t.contains("tag"))
        add_zotero_tag(json_text(t["tag"]), t.contains("type") && t["type"].is_number() && t["type"] == 1, r);
      else r.add_extra("tags", json_extra_text(t));
    }
  }

  // Child notes ({"note": "<p>html</p>"} or strings): refnet notes, as text.
  void notes(const json& v, Record& r) {
    if (!v.is_array()) {
      r.add_extra("note", json_extra_text(v));
      return;
    }
    for (const auto& n : v) {
      const std::string html = n.is_object() && n.contains("note") ? json_text(n["note"])
                               : n.is_string()                     ? json_text(n)
                                                                   : std::string();
      if (html.empty() && !n.is_string()) {
        r.add_extra("note", json_extra_text(n));
        continue;
      }
      if (add_zotero_note(html, r) != ZoteroNote::added) ++skipped_notes;
    }
  }

 public:
  std::size_t skipped_notes = 0;  // empty or repeating one of the item

 private:

  // Zotero's `extra`: one "Key: value" a line, some of which name fields.
  void extra(const json& v, Record& r) {
    std::vector<std::string> lines;
    if (v.is_array()) {
      for (const auto& l : v) lines.push_back(json_extra_text(l));
    } else {
      for (std::string& l : split_list(json_extra_text(v), "\n")) lines.push_back(std::move(l));
    }
    for (const std::string& raw : lines) {
      read_zotero_extra_line(raw, r, diags_, offset_, joins_);
    }
  }
};

}  // namespace

// Zotero's item types and the CSL types Zotero itself maps them to.
std::string_view zotero_csl_type(std::string_view t) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {"journalArticle", "article-journal"}, {"magazineArticle", "article-magazine"},
      {"newspaperArticle", "article-newspaper"}, {"book", "book"}, {"bookSection", "chapter"},
      {"conferencePaper", "paper-conference"}, {"thesis", "thesis"}, {"report", "report"},
      {"webpage", "webpage"}, {"blogPost", "post-weblog"}, {"forumPost", "post"},
      {"manuscript", "manuscript"}, {"patent", "patent"}, {"document", "document"},
      {"letter", "personal_communication"}, {"email", "personal_communication"},
      {"instantMessage", "personal_communication"}, {"interview", "interview"}, {"film", "motion_picture"},
      {"videoRecording", "motion_picture"}, {"artwork", "graphic"}, {"map", "map"},
      {"encyclopediaArticle", "entry-encyclopedia"}, {"dictionaryEntry", "entry-dictionary"},
      {"preprint", "article"}, {"statute", "legislation"}, {"case", "legal_case"}, {"bill", "bill"},
      {"hearing", "bill"}, {"presentation", "speech"}, {"computerProgram", "software"}, {"dataset", "dataset"},
      {"audioRecording", "song"}, {"podcast", "song"}, {"radioBroadcast", "broadcast"},
      {"tvBroadcast", "broadcast"}, {"standard", "standard"}};
  for (const auto& [zotero, csl] : kTypes)
    if (zotero == t) return is_csl_type(csl) ? csl : "document";
  return {};
}

bool is_zotero_primary_creator(std::string_view t) {
  static const char* const kPrimary[] = {"author", "inventor", "programmer", "artist", "director", "interviewee",
                                         "podcaster", "presenter", "cartographer", "performer", "sponsor",
                                         "composer", "contributor_primary"};
  return std::any_of(std::begin(kPrimary), std::end(kPrimary), [t](const char* k) { return t == k; });
}

void read_zotero_doi(const std::string& s, Record& r, Diagnostics& diags, std::size_t offset) {
  if (bool listed; auto d = doi_of_field(s, "DOI", diags, offset, &listed)) {
    if (listed) r.add_extra("DOI", s);  // a list of identifiers stays as written
    r.doi = std::move(*d);
  } else if (auto sd = normalize_short_doi(s)) {  // "10/fhcmr3": the source's DOI (doi.hpp)
    r.doi = std::move(*sd);
  } else if (!s.empty()) {
    diags.warning(offset, "Zotero DOI '" + s + "' is not a DOI" + placeholder_doi_note(s) + ": kept in extra");
    r.add_extra("DOI", s);
  }
}

std::string read_zotero_name_parts(Creator& n, std::string_view who) {
  std::string said;
  auto say = [&](std::string what) { said += (said.empty() ? std::string(who) + ": " : "; ") + what; };
  const std::string family_written = n.family;
  // "<suffix>Jr.</suffix>": a translator's markup around a suffix.
  std::string_view family = trim(n.family);
  if (starts_with(family, "<suffix>") && ends_with(family, "</suffix>"))
    family = trim(family.substr(8, family.size() - 8 - 9));
  // The part after a last comma when it is a suffix, the part before it kept.
  auto comma_suffix = [](std::string_view part, bool generation_only) -> std::size_t {
    std::size_t comma = part.rfind(',');
    if (comma == std::string_view::npos) return comma;
    std::string_view after = trim(part.substr(comma + 1));
    return (generation_only ? is_generation_suffix(after) : is_name_suffix(after)) ? comma : std::string_view::npos;
  };
  std::string_view given = trim(n.given);
  if (!given.empty() && is_generation_suffix(family)) {
    // The family name is in the given name, its last word: "Osmar Abílio
    // de Carvalho" (a particle before it is the family's), "Frederic J.
    // Fleron," (the comma that stood before the suffix).
    if (given.back() == ',') given = trim(given.substr(0, given.size() - 1));
    std::vector<std::string_view> w = split_words(given);
    auto join = [&w](std::size_t from, std::size_t to) {
      std::string out;
      for (std::size_t i = from; i < to; ++i) out += (i > from ? " " : "") + std::string(w[i]);
      return out;
    };
    if (w.size() >= 2) {
      std::size_t p = w.size() - 1;
      while (p > 1 && is_name_particle(w[p - 1])) --p;
      const std::string written = std::string(given) + ", " + std::string(family);
      n.suffix = std::string(family);
      n.family = std::string(w.back());
      n.particle = join(p, w.size() - 1);
      n.given = join(0, p);
      say("the family name '" + family_written + "' is a suffix alone: read as '" + written + "'");
      return said;
    }
  }
  auto stray_comma = [&](std::string& part, const char* what) {
    std::string_view t = trim(part);
    if (t.empty() || t.back() != ',') return;
    say(std::string("a comma ends the ") + what + " '" + part + "': dropped");
    part = std::string(trim(t.substr(0, t.size() - 1)));
  };
  stray_comma(n.family, "family name");
  // "Reich," and "Simon": "Reich, Simon" split at its last space, the
  // family name one word and no comma in it ("Frank E.," ends in initials:
  // a given name).
  std::string_view g = trim(n.given);
  const std::vector<std::string_view> given_words =
      g.empty() || g.back() != ',' ? std::vector<std::string_view>() : split_words(g.substr(0, g.size() - 1));
  if (!given_words.empty() && comma_suffix(g, false) == std::string::npos && !n.family.empty() &&
      split_words(n.family).size() == 1 && !is_initials(given_words.back())) {
    const std::string family = std::string(trim(g.substr(0, g.size() - 1)));
    say("the given name '" + n.given + "' ends in a comma: the family name, read as '" + family + ", " + n.family +
        "'");
    n.given = std::move(n.family);
    n.family = family;
  }
  stray_comma(n.given, "given name");
  // "Mitchell, Jr" in the family name, "Michael, III" in the given name.
  if (std::size_t comma = comma_suffix(n.family, true); comma != std::string::npos && n.suffix.empty()) {
    n.suffix = std::string(trim(std::string_view(n.family).substr(comma + 1)));
    n.family = std::string(trim(std::string_view(n.family).substr(0, comma)));
  }
  if (std::size_t comma = comma_suffix(n.given, false); comma != std::string::npos && n.suffix.empty()) {
    n.suffix = std::string(trim(std::string_view(n.given).substr(comma + 1)));
    n.given = std::string(trim(std::string_view(n.given).substr(0, comma)));
  }
  return said;
}

namespace {

// One line of Zotero's `extra` ("PMID: 123", "DOI: 10...", "Citation Key:
// x"): the fields it names read, any other line kept in extra "extra".
void read_extra_line(std::string_view raw, Record& r, Diagnostics& diags, std::size_t offset) {
  std::string_view line = trim(raw);
  if (line.empty()) return;
  std::size_t colon = line.find(':');
  std::string_view k = colon == std::string_view::npos ? std::string_view() : trim(line.substr(0, colon));
  std::string value = colon == std::string_view::npos ? std::string() : std::string(trim(line.substr(colon + 1)));
  if (k == "PMID" && r.pmid.empty()) r.pmid = value;
  else if (k == "PMCID" && r.pmcid.empty()) r.pmcid = value;
  else if (k == "DOI" && r.doi.empty()) read_zotero_doi(value, r, diags, offset);
  else if (k == "Citation Key" && (r.citekey.empty() || r.citekey == value)) r.citekey = value;
  else if (!(k == "Citation Key" && r.citekey == value)) r.add_extra("extra", std::string(line));
}

// The identifiers a joined line is split before, each with its value's shape.
constexpr std::string_view kJoinedKeys[] = {"PMID:", "PMCID:", "DOI:"};

bool identifier_alone(std::string_view key, std::string_view v) {
  auto digits = [](std::string_view d) {
    return !d.empty() && d.size() <= 10 && std::all_of(d.begin(), d.end(), [](char c) { return is_digit(c); });
  };
  if (key == "PMID:") return digits(v);
  if (key == "PMCID:") return starts_with(v, "PMC") && digits(v.substr(3));
  return starts_with(v, "10.") && v.find('/') != std::string_view::npos &&
         std::none_of(v.begin(), v.end(), [](char c) { return is_space(c); });
}

// A line of several "Key: value" lines joined: its lines, or none when it
// is one line.  It must start with a key of Zotero's: a field's label,
// which Zotero writes for a field the item type lacks ("Place: United
// States"), or an identifier's.
std::vector<std::string_view> joined_extra_lines(std::string_view line) {
  static constexpr std::string_view kKeys[] = {
      "PMID", "PMCID", "DOI", "Citation Key", "ISSN", "ISBN", "Place", "Publisher", "Type", "Medium", "Genre",
      "Archive", "Archive Location", "Call Number", "Language", "Rights", "Series", "Series Title", "Series Number",
      "Edition", "Number", "Issue", "Volume", "Pages", "Original Date", "Original Publisher", "Original Place",
      "Original Title", "Event Place", "Publisher Place", "Status", "Submitted", "Issued"};
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos ||
      std::find(std::begin(kKeys), std::end(kKeys), line.substr(0, colon)) == std::end(kKeys))
    return {};
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 1; i < line.size(); ++i)
    if (is_space(line[i - 1]))
      for (std::string_view k : kJoinedKeys)
        if (line.substr(i, k.size()) == k) starts.push_back(i);
  if (starts.size() == 1) return {};
  std::vector<std::string_view> lines;
  for (std::size_t n = 0; n < starts.size(); ++n) {
    std::size_t end = n + 1 < starts.size() ? starts[n + 1] : line.size();
    std::string_view one = trim(line.substr(starts[n], end - starts[n]));
    for (std::string_view k : kJoinedKeys)
      if (starts_with(one, k) && !identifier_alone(k, trim(one.substr(k.size())))) return {};
    lines.push_back(one);
  }
  return lines;
}

}  // namespace

void read_zotero_extra_line(std::string_view raw, Record& r, Diagnostics& diags, std::size_t offset,
                            ZoteroExtraJoins& joins) {
  std::string_view line = trim(raw);
  std::vector<std::string_view> lines = joined_extra_lines(line);
  if (lines.empty()) return read_extra_line(line, r, diags, offset);
  if (joins.lines++ == 0) {
    joins.offset = offset;
    joins.first = std::string(line);
  }
  for (std::string_view one : lines) read_extra_line(one, r, diags, offset);
}

void ZoteroEntities::decode(Record& r, std::size_t at) {
  const std::size_t before = fields;
  fields += decode_left_references(r, first);
  if (before == 0 && fields > 0) offset = at;
}

void ZoteroEntities::say(Diagnostics& diags) const {
  if (fields == 0) return;
  diags.warning(offset, std::to_string(fields) + (fields == 1 ? " field holds" : " fields hold") +
                            " HTML character references as text (the first: '" + first +
                            "'): decoded to the character");
}

void ZoteroExtraJoins::say(Diagnostics& diags) const {
  if (lines == 0) return;
  diags.warning(offset, "Zotero's Extra: " + std::to_string(lines) + (lines == 1 ? " line holds" : " lines hold") +
                            " several lines joined on one (the first: '" + first +
                            "'): read as lines starting at each 'PMID:', 'PMCID:' or 'DOI:' its identifier alone "
                            "follows");
}

namespace {
// Better BibTeX's top-level "collections": each item's (by itemID) paths,
// the names from the top collection down, '\n' between them.
std::map<std::string, std::vector<std::string>> bbt_collections(std::string_view t) {
  std::map<std::string, std::vector<std::string>> out;
  std::size_t p = 0;
  skip_json_ws(t, p);
  if (p >= t.size() || t[p] != '{') return out;
  std::size_t at = json_member(t, p, "collections");
  if (at == std::string_view::npos || at >= t.size() || t[at] != '{') return out;
  std::size_t end = json_value_end(t, at);
  if (end == std::string_view::npos) return out;
  json all = json::parse(t.substr(at, end - at), nullptr, false);
  if (!all.is_object()) return out;
  auto name_of = [&](const json& c) {
    return c.contains("name") && c["name"].is_string() ? collapse_space(c["name"].get<std::string>()) : std::string();
  };
  for (const auto& [key, c] : all.items()) {
    if (!c.is_object()) continue;
    std::string path = name_of(c);
    if (path.empty()) path = "Zotero collection " + key;
    std::string up = c.contains("parent") && c["parent"].is_string() ? c["parent"].get<std::string>() : "";
    for (int depth = 0; depth < 64 && !up.empty() && all.contains(up) && all[up].is_object(); ++depth) {
      const json& parent = all[up];
      std::string name = name_of(parent);
      path = (name.empty() ? "Zotero collection " + up : name) + "\n" + path;
      up = parent.contains("parent") && parent["parent"].is_string() ? parent["parent"].get<std::string>() : "";
    }
    if (!c.contains("items") || !c["items"].is_array()) continue;
    for (const auto& id : c["items"]) out[id.is_string() ? id.get<std::string>() : id.dump()].push_back(path);
  }
  return out;
}
}  // namespace

ParseStats parse_zotero_json(std::string_view text, Diagnostics& diags, const RecordSink& sink) {
  ParseStats stats;
  std::set<std::string> dropped;
  ZoteroExtraJoins joins;
  ZoteroEntities entities;
  const std::map<std::string, std::vector<std::string>> collections = bbt_collections(text);
  std::size_t skipped_notes = 0;
  UnsafeKeys unsafe_keys;
  for (const Range& at : items_of(text)) {
    std::string_view src = text.substr(at.begin, at.end - at.begin);
    if (src.empty() || src.front() != '{') {
      diags.error(at.begin, "Zotero JSON array element is not an item (an object): skipped");
      ++stats.rejected;
      continue;
    }
    std::optional<json> parsed = parse_json_element(src, at, "Zotero JSON item", diags, stats);
    if (!parsed) continue;
    json& j = *parsed;
    const json& item = item_of(j);
    if (!item.contains("itemType")) {
      diags.error(at.begin, "not a Zotero item (no itemType): skipped");
      ++stats.rejected;
      continue;
    }
    Record r;
    ItemMapper mapper(diags, at.begin, dropped, joins, unsafe_keys);
    mapper.map(item, r);
    entities.decode(r, at.begin);
    skipped_notes += mapper.skipped_notes;
    if (auto id = item.find("itemID"); id != item.end() && !collections.empty()) {
      auto it = collections.find(id->is_string() ? id->get<std::string>() : id->dump());
      if (it != collections.end())
        for (const std::string& path : it->second) r.add_extra(std::string(kLibraryCollection), path);
    }
    if (std::string said = split_no_pagination(r.volume, r.issue, r.number); !said.empty())
      diags.report(Severity::note, at.begin, said);
    const auto [line, column] = diags.position(at.begin);
    deliver_record_at(std::move(r), kFormat, src, {line, column}, diags, stats, sink);
  }
  joins.say(diags);
  entities.say(diags);
  unsafe_keys.say(diags, "citationKey");
  if (skipped_notes)
    diags.report_at(Severity::warning, 0, 0,
                      std::to_string(skipped_notes) + (skipped_notes == 1 ? " note" : " notes") +
                          " of items skipped: empty, or repeating a note of the same item word for word");
  if (!dropped.empty()) {
    std::string names;
    for (const auto& k : dropped) names += (names.empty() ? "" : ", ") + k;
    diags.report_at(Severity::warning, 0, 0,
                      "Zotero's bookkeeping dropped from every item: " + names + " (Zotero's own ids and timestamps)");
  }
  return stats;
}

bool looks_like_zotero_json(std::string_view t) {
  // Every Zotero item names its itemType: a text without the key anywhere is
  // none, found in one pass (a Crossref response of megabytes was walked
  // twice, looking for a top-level "items" and for its end, to learn this).
  if (t.find("\"itemType\"") == std::string_view::npos) return false;
  std::vector<Range> items = items_of(t, true);
  if (items.empty()) return false;
  std::string_view first = t.substr(items[0].begin, items[0].end - items[0].begin);
  if (first.empty() || first.front() != '{' || first.find("\"itemType\"") == std::string_view::npos) return false;
  json j = json::parse(first, nullptr, false);
  const json& item = item_of(j);
  return item.is_object() && item.contains("itemType") && item["itemType"].is_string();
}

namespace {
// The lower-case name of the tag at html[at] ('<'), and where it ends (after '>').
struct HtmlTag {
  std::string name;  // "p", "/p", "br", "img"
  std::string_view attributes;
  std::size_t end = 0;
};
HtmlTag html_tag(std::string_view html, std::size_t at) {
  HtmlTag t;
  std::size_t i = at + 1;
  while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '/' || html[i] == '!'))
    t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
  // The end: the first '>' outside a quoted attribute value.
  char quote = 0;
  std::size_t j = i;
  for (; j < html.size(); ++j) {
    if (quote) {
      if (html[j] == quote) quote = 0;
    } else if (html[j] == '"' || html[j] == '\'') {
      quote = html[j];
    } else if (html[j] == '>') {
      break;
    }
  }
  t.attributes = html.substr(i, j - i);
  t.end = j < html.size() ? j + 1 : html.size();
  return t;
}
// The value of attribute `name` in a tag's attributes, entities decoded.
std::string html_attribute(std::string_view attrs, std::string_view name) {
  for (std::size_t at = 0; (at = attrs.find(name, at)) != std::string_view::npos; at += name.size()) {
    if (at > 0 && !is_space(attrs[at - 1])) continue;
    std::size_t i = at + name.size();
    while (i < attrs.size() && is_space(attrs[i])) ++i;
    if (i >= attrs.size() || attrs[i] != '=') continue;
    ++i;
    while (i < attrs.size() && is_space(attrs[i])) ++i;
    if (i >= attrs.size()) return {};
    char q = attrs[i];
    std::size_t end = q == '"' || q == '\'' ? attrs.find(q, i + 1) : attrs.find_first_of(" \t\n", i);
    if (q == '"' || q == '\'') ++i;
    if (end == std::string_view::npos) end = attrs.size();
    return decode_entities(attrs.substr(i, end - i));
  }
  return {};
}
bool is_block_tag(std::string_view n) {
  if (!n.empty() && n[0] == '/') n.remove_prefix(1);
  static const std::set<std::string_view> kBlocks = {"p",  "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                                      "tr", "ul", "ol", "table", "blockquote", "pre", "hr", "dt", "dd"};
  return kBlocks.count(n) != 0;
}
}  // namespace

std::string zotero_note_text(std::string_view html) {
  std::string out, line;  // `line`: the current line's raw text, entities not decoded yet
  std::string href;       // the open link's address
  std::size_t link_start = 0;
  auto end_line = [&] {
    // A no-break space (Zotero's editor writes "<p>&nbsp;</p>" for an empty line) is space here.
    std::string text = decode_entities(line);
    for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at))
      text.replace(at, 2, " ");
    text = collapse_space(text);
    if (!text.empty()) out += (out.empty() ? "" : "\n") + text;
    line.clear();
    link_start = 0;
  };
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] != '<') {
      std::size_t next = html.find('<', i);
      if (next == std::string_view::npos) next = html.size();
      line.append(html.substr(i, next - i));
      i = next;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      std::size_t end = html.find("-->", i);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const unsigned char after = i + 1 < html.size() ? static_cast<unsigned char>(html[i + 1]) : ' ';
    if (!std::isalpha(after) && after != '/') {  // "a < b": text
      line += "&lt;";
      ++i;
      continue;
    }
    HtmlTag t = html_tag(html, i);
    i = t.end;
    if (t.name == "style" || t.name == "script") {
      std::size_t close = html.find("</" + t.name, i);
      i = close == std::string_view::npos ? html.size() : html_tag(html, close).end;
    } else if (is_block_tag(t.name)) {
      end_line();
      if (t.name == "li") line = "- ";
    } else if (t.name == "img") {
      std::string alt = collapse_space(html_attribute(t.attributes, "alt"));
      line += alt.empty() ? " [image] " : " [image: " + alt + "] ";
    } else if (t.name == "a") {
      href = html_attribute(t.attributes, "href");
      link_start = line.size();
    } else if (t.name == "/a") {
      const std::string text = collapse_space(decode_entities(std::string_view(line).substr(std::min(link_start, line.size()))));
      if (!href.empty() && text != href && starts_with(href, "http")) line += " <" + href + ">";
      href.clear();
    }
  }
  end_line();
  return out;
}

void add_zotero_tag(std::string_view tag, bool automatic, Record& r) {
  std::string t = collapse_space(tag);
  if (t.empty()) return;
  if (automatic) return r.add_keyword(t);
  for (const ExtraField& f : r.extra)
    if (f.name == kLibraryTag && f.value == t) return;
  r.add_extra(std::string(kLibraryTag), std::move(t));
}

ZoteroNote add_zotero_note(std::string_view html, Record& r) {
  std::string text = zotero_note_text(html);
  if (text.empty()) return ZoteroNote::empty;
  for (const ExtraField& f : r.extra)
    if (f.name == kLibraryNote && f.value == text) return ZoteroNote::repeated;
  r.add_extra(std::string(kLibraryNote), std::move(text));
  return ZoteroNote::added;
}

}  // namespace refnet
